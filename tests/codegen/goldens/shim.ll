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
entry_d0.to_ipv4:
  br label %"ipv4_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".380", %"vlan_d0_vlan_tags1.to_ipv4"], [%".505", %"pppoe_d0.to_ipv4"], [%".658", %"hsr_d0_vlan_tags1.to_ipv4"], [%".2000", %"vlan_d0_vlan_tags2.to_ipv4"], [%".2070", %"hsr_d0_vlan_tags2.to_ipv4"], [%".6312", %"widening.test.9"]
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
entry_d0.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
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
ipv6_d0:
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".380", %"vlan_d0_vlan_tags1.to_ipv6"], [%".505", %"pppoe_d0.to_ipv6"], [%".658", %"hsr_d0_vlan_tags1.to_ipv6"], [%".2000", %"vlan_d0_vlan_tags2.to_ipv6"], [%".2070", %"hsr_d0_vlan_tags2.to_ipv6"], [%".6257", %"widening.test.4"]
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
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".277", %"ipv6_d0.to_mpls"], [%".380", %"vlan_d0_vlan_tags1.to_mpls"], [%".380", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".505", %"pppoe_d0.to_mpls"], [%".505", %"pppoe_d0.to_mpls.1"], [%".658", %"hsr_d0_vlan_tags1.to_mpls"], [%".658", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".2000", %"vlan_d0_vlan_tags2.to_mpls"], [%".2000", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".2070", %"hsr_d0_vlan_tags2.to_mpls"], [%".2070", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".5241", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".5345", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".6323", %"widening.test.10"]
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
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels2:
  %"cursor.29" = phi  i64 [%".433", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.38" = phi  ptr [%"data.37", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.38" = phi  ptr [%"data_end.37", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.38" = phi  ptr [%"keys.37", %"mpls_d0_mpls_labels1.to_mpls"]
  %".2109" = add i64 %"cursor.29", 4
  %"hdr.26" = getelementptr i8, ptr %"data.38", i64 %"cursor.29"
  %".2110" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2111" = icmp ugt ptr %".2110", %"data_end.38"
  br i1 %".2111", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2113" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2114" = load i8, ptr %".2113", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2114", %"mpls_d0_mpls_labels2.linear"], [%".2133", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels2.linear"], [%"data.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels2.linear"], [%"data_end.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels2.linear"], [%"keys.108", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2135" = add i64 %"cursor.29", 4
  %".2136" = zext i8 %"w2_1.1" to i64
  %".2137" = and i64 %".2136", 1
  switch i64 %".2137", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels3:
  %"cursor.51" = phi  i64 [%".2135", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.110" = phi  ptr [%"data.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.110" = phi  ptr [%"data_end.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.110" = phi  ptr [%"keys.109", %"mpls_d0_mpls_labels2.to_mpls"]
  %".3938" = add i64 %"cursor.51", 4
  %"hdr.45" = getelementptr i8, ptr %"data.110", i64 %"cursor.51"
  %".3939" = getelementptr i8, ptr %"hdr.45", i64 4
  %".3940" = icmp ugt ptr %".3939", %"data_end.110"
  br i1 %".3940", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".3942" = getelementptr i8, ptr %"hdr.45", i64 2
  %".3943" = load i8, ptr %".3942", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".3943", %"mpls_d0_mpls_labels3.linear"], [%".3962", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.178" = phi  ptr [%"data.110", %"mpls_d0_mpls_labels3.linear"], [%"data.177", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.178" = phi  ptr [%"data_end.110", %"mpls_d0_mpls_labels3.linear"], [%"data_end.177", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.178" = phi  ptr [%"keys.110", %"mpls_d0_mpls_labels3.linear"], [%"keys.177", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".3964" = add i64 %"cursor.51", 4
  %".3965" = zext i8 %"w2_1.3" to i64
  %".3966" = and i64 %".3965", 1
  switch i64 %".3966", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels4:
  %"cursor.70" = phi  i64 [%".3964", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.179" = phi  ptr [%"data.178", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.179" = phi  ptr [%"data_end.178", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.179" = phi  ptr [%"keys.178", %"mpls_d0_mpls_labels3.to_mpls"]
  %".5442" = add i64 %"cursor.70", 4
  %"hdr.62" = getelementptr i8, ptr %"data.179", i64 %"cursor.70"
  %".5443" = getelementptr i8, ptr %"hdr.62", i64 4
  %".5444" = icmp ugt ptr %".5443", %"data_end.179"
  br i1 %".5444", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5446" = getelementptr i8, ptr %"hdr.62", i64 2
  %".5447" = load i8, ptr %".5446", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5447", %"mpls_d0_mpls_labels4.linear"], [%".5466", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.227" = phi  ptr [%"data.179", %"mpls_d0_mpls_labels4.linear"], [%"data.226", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.227" = phi  ptr [%"data_end.179", %"mpls_d0_mpls_labels4.linear"], [%"data_end.226", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.227" = phi  ptr [%"keys.179", %"mpls_d0_mpls_labels4.linear"], [%"keys.226", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5468" = add i64 %"cursor.70", 4
  %".5469" = zext i8 %"w2_1.5" to i64
  %".5470" = and i64 %".5469", 1
  switch i64 %".5470", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels4.to_mpls:
  %".5476" = trunc i64 %".5468" to i16
  %".5477" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5476", ptr %".5477", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".380", %"vlan_d0_vlan_tags1.to_pppoe"], [%".658", %"hsr_d0_vlan_tags1.to_pppoe"], [%".2000", %"vlan_d0_vlan_tags2.to_pppoe"], [%".2070", %"hsr_d0_vlan_tags2.to_pppoe"], [%".6246", %"widening.test.3"]
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
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".380", %"vlan_d0_vlan_tags1.to_arp"], [%".380", %"vlan_d0_vlan_tags1.to_arp.1"], [%".658", %"hsr_d0_vlan_tags1.to_arp"], [%".658", %"hsr_d0_vlan_tags1.to_arp.1"], [%".735", %"batadv_d0.stop_at_encap.endif.7"], [%".735", %"batadv_d0.stop_at_encap.endif.8"], [%".2000", %"vlan_d0_vlan_tags2.to_arp"], [%".2000", %"vlan_d0_vlan_tags2.to_arp.1"], [%".2070", %"hsr_d0_vlan_tags2.to_arp"], [%".2070", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2228", %"vlan_d1_vlan_tags1.to_arp"], [%".2228", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2422", %"hsr_d1_vlan_tags1.to_arp"], [%".2422", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.5", %"gre_d0.to_arp"], [%"end.5", %"gre_d0.to_arp.1"], [%".4017", %"vlan_d1_vlan_tags2.to_arp"], [%".4017", %"vlan_d1_vlan_tags2.to_arp.1"], [%".4087", %"hsr_d1_vlan_tags2.to_arp"], [%".4087", %"hsr_d1_vlan_tags2.to_arp.1"], [%".4208", %"ethernet_d1.to_arp"], [%".4208", %"ethernet_d1.to_arp.1"], [%".6477", %"widening.test.24"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_arp"], [%"data.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.52", %"batadv_d0.stop_at_encap.endif.7"], [%"data.52", %"batadv_d0.stop_at_encap.endif.8"], [%"data.105", %"vlan_d0_vlan_tags2.to_arp"], [%"data.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.107", %"hsr_d0_vlan_tags2.to_arp"], [%"data.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.114", %"vlan_d1_vlan_tags1.to_arp"], [%"data.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_arp"], [%"data.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.148", %"gre_d0.to_arp"], [%"data.148", %"gre_d0.to_arp.1"], [%"data.181", %"vlan_d1_vlan_tags2.to_arp"], [%"data.181", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.183", %"hsr_d1_vlan_tags2.to_arp"], [%"data.183", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.188", %"ethernet_d1.to_arp"], [%"data.188", %"ethernet_d1.to_arp.1"], [%"data.281", %"widening.test.24"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.148", %"gre_d0.to_arp"], [%"data_end.148", %"gre_d0.to_arp.1"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.188", %"ethernet_d1.to_arp"], [%"data_end.188", %"ethernet_d1.to_arp.1"], [%"data_end.281", %"widening.test.24"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.105", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.107", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.114", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.148", %"gre_d0.to_arp"], [%"keys.148", %"gre_d0.to_arp.1"], [%"keys.181", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.181", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.183", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.183", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.188", %"ethernet_d1.to_arp"], [%"keys.188", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.24"]
  %".540" = add i64 %"cursor.6", 0
  %".541" = trunc i64 %".540" to i16
  %".542" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".541", ptr %".542", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".380", %"vlan_d0_vlan_tags1.to_ptp"], [%".658", %"hsr_d0_vlan_tags1.to_ptp"], [%".735", %"batadv_d0.stop_at_encap.endif.9"], [%".2000", %"vlan_d0_vlan_tags2.to_ptp"], [%".2070", %"hsr_d0_vlan_tags2.to_ptp"], [%".2228", %"vlan_d1_vlan_tags1.to_ptp"], [%".2422", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.5", %"gre_d0.to_ptp"], [%".4017", %"vlan_d1_vlan_tags2.to_ptp"], [%".4087", %"hsr_d1_vlan_tags2.to_ptp"], [%".4208", %"ethernet_d1.to_ptp"], [%".6466", %"widening.test.23"]
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
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".380", %"vlan_d0_vlan_tags1.to_cfm"], [%".658", %"hsr_d0_vlan_tags1.to_cfm"], [%".735", %"batadv_d0.stop_at_encap.endif.10"], [%".2000", %"vlan_d0_vlan_tags2.to_cfm"], [%".2070", %"hsr_d0_vlan_tags2.to_cfm"], [%".2228", %"vlan_d1_vlan_tags1.to_cfm"], [%".2422", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.5", %"gre_d0.to_cfm"], [%".4017", %"vlan_d1_vlan_tags2.to_cfm"], [%".4087", %"hsr_d1_vlan_tags2.to_cfm"], [%".4208", %"ethernet_d1.to_cfm"], [%".6455", %"widening.test.22"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.52", %"batadv_d0.stop_at_encap.endif.10"], [%"data.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.148", %"gre_d0.to_cfm"], [%"data.181", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.183", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.188", %"ethernet_d1.to_cfm"], [%"data.279", %"widening.test.22"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.148", %"gre_d0.to_cfm"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.188", %"ethernet_d1.to_cfm"], [%"data_end.279", %"widening.test.22"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.148", %"gre_d0.to_cfm"], [%"keys.181", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.183", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.188", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.22"]
  %".571" = add i64 %"cursor.8", 0
  %".572" = trunc i64 %".571" to i16
  %".573" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".572", ptr %".573", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".380", %"vlan_d0_vlan_tags1.to_tipc"], [%".658", %"hsr_d0_vlan_tags1.to_tipc"], [%".735", %"batadv_d0.stop_at_encap.endif.11"], [%".2000", %"vlan_d0_vlan_tags2.to_tipc"], [%".2070", %"hsr_d0_vlan_tags2.to_tipc"], [%".2228", %"vlan_d1_vlan_tags1.to_tipc"], [%".2422", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.5", %"gre_d0.to_tipc"], [%".4017", %"vlan_d1_vlan_tags2.to_tipc"], [%".4087", %"hsr_d1_vlan_tags2.to_tipc"], [%".4208", %"ethernet_d1.to_tipc"], [%".6444", %"widening.test.21"]
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
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".380", %"vlan_d0_vlan_tags1.to_fcoe"], [%".658", %"hsr_d0_vlan_tags1.to_fcoe"], [%".735", %"batadv_d0.stop_at_encap.endif.12"], [%".2000", %"vlan_d0_vlan_tags2.to_fcoe"], [%".2070", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2228", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2422", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.5", %"gre_d0.to_fcoe"], [%".4017", %"vlan_d1_vlan_tags2.to_fcoe"], [%".4087", %"hsr_d1_vlan_tags2.to_fcoe"], [%".4208", %"ethernet_d1.to_fcoe"], [%".6433", %"widening.test.20"]
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
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".380", %"vlan_d0_vlan_tags1.to_batadv"], [%".658", %"hsr_d0_vlan_tags1.to_batadv"], [%".2000", %"vlan_d0_vlan_tags2.to_batadv"], [%".2070", %"hsr_d0_vlan_tags2.to_batadv"], [%".6235", %"widening.test.2"]
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
  br i1 %".126", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif", !prof !0
ipv4_d0.fragment.endif:
  %".152" = zext i8 %"w9_1" to i64
  switch i64 %".152", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.to_tcp:
  br label %"tcp"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".277", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1650", %"ipv6_d1.to_tcp"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".5241", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".5345", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".5721", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".5831", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".6664", %"widening.test.41"]
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
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.13", %"tcp.to_tcp_header"]
  %"data.60" = phi  ptr [%"data.59", %"tcp.to_tcp_header"]
  %"data_end.60" = phi  ptr [%"data_end.59", %"tcp.to_tcp_header"]
  %"keys.60" = phi  ptr [%"keys.59", %"tcp.to_tcp_header"]
  %"hdr.33" = getelementptr i8, ptr %"data.60", i64 %"cursor.37"
  %".2763" = getelementptr i8, ptr %"hdr.33", i64 20
  %".2764" = icmp ugt ptr %".2763", %"data_end.60"
  br i1 %".2764", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2766" = getelementptr i8, ptr %"hdr.33", i64 12
  %".2767" = load i8, ptr %".2766", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2767", %"tcp_header.linear"], [%".2786", %"tcp_header.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.60", %"tcp_header.linear"], [%"data.126", %"tcp_header.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.60", %"tcp_header.linear"], [%"data_end.126", %"tcp_header.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.60", %"tcp_header.linear"], [%"keys.126", %"tcp_header.copy_failed.endif"]
  %".2788" = zext i8 %"w12_1" to i64
  %".2789" = lshr i64 %".2788", 4
  %".2790" = and i64 %".2789", 15
  %".2791" = icmp uge i64 %".2790", 5
  %".2792" = xor i1 %".2791", -1
  br i1 %".2792", label %"tcp_header.require", label %"tcp_header.require.endif"
ipv4_d0.fragment:
  %".132" = getelementptr i8, ptr %"keys.15", i64 6
  store i8 1, ptr %".132", align 1
  br i1 %".130", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
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
udp_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".277", %"ipv6_d0.to_udp"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".5241", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".5345", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".6345", %"widening.test.12"]
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
udp_d0.to_vxlan:
  br label %"vxlan_d0"
vxlan_d0:
  %"cursor.38" = phi  i64 [%".1064", %"udp_d0.to_vxlan"]
  %"data.65" = phi  ptr [%"data.64", %"udp_d0.to_vxlan"]
  %"data_end.65" = phi  ptr [%"data_end.64", %"udp_d0.to_vxlan"]
  %"keys.65" = phi  ptr [%"keys.64", %"udp_d0.to_vxlan"]
  %"hdr.34" = getelementptr i8, ptr %"data.65", i64 %"cursor.38"
  %".2836" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2837" = icmp ugt ptr %".2836", %"data_end.65"
  br i1 %".2837", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.131" = phi  ptr [%"data.65", %"vxlan_d0.linear"], [%"data.130", %"vxlan_d0.copy_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.65", %"vxlan_d0.linear"], [%"data_end.130", %"vxlan_d0.copy_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.65", %"vxlan_d0.linear"], [%"keys.130", %"vxlan_d0.copy_failed.endif"]
  %".2857" = add i64 %"cursor.38", 8
  %".2858" = getelementptr i8, ptr %"keys.131", i64 8
  store i8 1, ptr %".2858", align 1
  %".2860" = getelementptr i8, ptr %"keys.131", i64 48
  %"flags.52" = load volatile i32, ptr %".2860", align 4
  %".2861" = and i32 %"flags.52", 4
  %".2862" = icmp ne i32 %".2861", 0
  br i1 %".2862", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".277", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1650", %"ipv6_d1.to_udplite"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".5241", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".5345", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".5721", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".5831", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".6642", %"widening.test.39"]
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
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".277", %"ipv6_d0.to_gre_version"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".5241", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".5345", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".6334", %"widening.test.11"]
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
  br i1 %".1188", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
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
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.43" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.76" = phi  ptr [%"data.75", %"gre_version_d0.to_gre"]
  %"data_end.76" = phi  ptr [%"data_end.75", %"gre_version_d0.to_gre"]
  %"keys.76" = phi  ptr [%"keys.75", %"gre_version_d0.to_gre"]
  %".3196" = zext i8 %"w1_1.2" to i64
  %".3197" = and i64 %".3196", 7
  %".3198" = icmp ne i64 %".3197", 0
  %".3199" = zext i8 %"w0_1.3" to i64
  %".3200" = lshr i64 %".3199", 6
  %".3201" = and i64 %".3200", 1
  %".3202" = icmp ne i64 %".3201", 0
  %".3203" = or i1 %".3198", %".3202"
  br i1 %".3203", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif", !prof !0
gre_d0.stop_before.endif:
  %".3209" = add i64 %"cursor.43", 4
  %".3210" = zext i8 %"w0_1.3" to i64
  %".3211" = lshr i64 %".3210", 7
  %".3212" = and i64 %".3211", 1
  %".3213" = zext i8 %"w0_1.3" to i64
  %".3214" = lshr i64 %".3213", 5
  %".3215" = and i64 %".3214", 1
  %".3216" = add i64 %".3212", %".3215"
  %".3217" = zext i8 %"w0_1.3" to i64
  %".3218" = lshr i64 %".3217", 4
  %".3219" = and i64 %".3218", 1
  %".3220" = add i64 %".3216", %".3219"
  %".3221" = mul i64 %".3220", 4
  %".3222" = add i64 %".3221", 4
  %".3223" = getelementptr i8, ptr %"data.76", i64 %"cursor.43"
  %".3224" = getelementptr i8, ptr %".3223", i64 %".3222"
  %".3225" = icmp ugt ptr %".3224", %"data_end.76"
  br i1 %".3225", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.148" = phi  ptr [%"data.76", %"gre_d0.stop_before.endif"], [%"data.147", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.148" = phi  ptr [%"data_end.76", %"gre_d0.stop_before.endif"], [%"data_end.147", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.148" = phi  ptr [%"keys.76", %"gre_d0.stop_before.endif"], [%"keys.147", %"gre_d0.copy_last_byte_failed.endif"]
  %".3246" = add i64 %"cursor.43", %".3222"
  %".3247" = add i64 %"cursor.43", 4
  %".3248" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3247")
  %".3249" = icmp eq i64 %".3221", 0
  %"end.5" = select  i1 %".3249", i64 %".3248", i64 %".3246"
  %".3250" = getelementptr i8, ptr %"keys.148", i64 8
  store i8 1, ptr %".3250", align 1
  %".3252" = getelementptr i8, ptr %"keys.148", i64 48
  %"flags.57" = load volatile i32, ptr %".3252", align 4
  %".3253" = and i32 %"flags.57", 4
  %".3254" = icmp ne i32 %".3253", 0
  br i1 %".3254", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".277", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1650", %"ipv6_d1.to_sctp"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".5241", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".5345", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".5721", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".5831", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".6620", %"widening.test.37"]
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
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".277", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1650", %"ipv6_d1.to_dccp"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".5241", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".5345", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".5721", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".5831", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".6609", %"widening.test.36"]
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
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".277", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1650", %"ipv6_d1.to_esp"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".5241", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".5345", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".5721", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".5831", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".6598", %"widening.test.35"]
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
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".277", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1650", %"ipv6_d1.to_ah"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".5241", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".5345", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".5721", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".5831", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".6587", %"widening.test.34"]
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
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".277", %"ipv6_d0.stop_at_encap.endif"], [%".735", %"batadv_d0.stop_at_encap.endif"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.30", %"ip_version_d1.to_ipv4"], [%".2228", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2356", %"pppoe_d1.to_ipv4"], [%".2422", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.3", %"geneve_d0.to_ipv4"], [%"end.4", %"gue_d0.to_ipv4"], [%".3175", %"shim_d0.to_ipv4"], [%"end.5", %"gre_d0.to_ipv4"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".4017", %"vlan_d1_vlan_tags2.to_ipv4"], [%".4087", %"hsr_d1_vlan_tags2.to_ipv4"], [%".4208", %"ethernet_d1.to_ipv4"], [%".4313", %"ppp_d0.stop_at_encap.endif"], [%".5241", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".5345", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".6565", %"widening.test.32"]
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
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".277", %"ipv6_d0.stop_at_encap.endif.1"], [%".735", %"batadv_d0.stop_at_encap.endif.1"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.30", %"ip_version_d1.to_ipv6"], [%".2228", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2356", %"pppoe_d1.to_ipv6"], [%".2422", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.3", %"geneve_d0.to_ipv6"], [%"end.4", %"gue_d0.to_ipv6"], [%"end.5", %"gre_d0.to_ipv6"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".4017", %"vlan_d1_vlan_tags2.to_ipv6"], [%".4087", %"hsr_d1_vlan_tags2.to_ipv6"], [%".4208", %"ethernet_d1.to_ipv6"], [%".4313", %"ppp_d0.stop_at_encap.endif.1"], [%".5241", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5345", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".6499", %"widening.test.26"]
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
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".293" = trunc i64 %".277" to i16
  %".294" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".293", ptr %".294", align 2
  br label %"return"
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
  %".1767" = zext i8 %"w0_1.5" to i64
  switch i64 %".1767", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".277", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.30", i64 %"cursor.25"
  %".1825" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1826" = icmp ugt ptr %".1825", %"data_end.30"
  br i1 %".1826", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1828" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1829" = load i8, ptr %".1828", align 1
  %".1830" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1831" = load i16, ptr %".1830", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1829", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1850", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1831", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1852", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.101" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.100", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.100", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.100", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1854" = zext i8 %"w0_1.6" to i64
  %".1855" = trunc i64 %".1854" to i8
  %".1856" = getelementptr i8, ptr %"keys.101", i64 9
  store i8 %".1855", ptr %".1856", align 1
  %".1858" = add i64 %"cursor.25", 8
  %".1859" = icmp ne i64 1, 0
  %".1860" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1861" = zext i16 %".1860" to i64
  %".1862" = and i64 %".1861", 65528
  %".1863" = icmp eq i64 %".1862", 0
  br i1 %".1859", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1885" = zext i8 %"w0_1.6" to i64
  switch i64 %".1885", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
icmpv6:
  %"cursor.26" = phi  i64 [%".277", %"ipv6_d0.to_icmpv6"], [%".1650", %"ipv6_d1.to_icmpv6"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".5241", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".5345", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".5721", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".5831", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".6554", %"widening.test.31"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.93", %"ipv6_d1.to_icmpv6"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.225", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.288", %"widening.test.31"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.93", %"ipv6_d1.to_icmpv6"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.225", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.288", %"widening.test.31"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.93", %"ipv6_d1.to_icmpv6"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.223", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.225", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.31"]
  %"hdr.23" = getelementptr i8, ptr %"data.31", i64 %"cursor.26"
  %".1943" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1944" = icmp ugt ptr %".1943", %"data_end.31"
  br i1 %".1944", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.103" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.102", %"icmpv6.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.102", %"icmpv6.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.102", %"icmpv6.copy_failed.endif"]
  %".1964" = add i64 %"cursor.26", 4
  %".1965" = trunc i64 %"cursor.26" to i16
  %".1966" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1965", ptr %".1966", align 2
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
  %"cursor.27" = phi  i64 [%".380", %"vlan_d0_vlan_tags1.to_vlan"], [%".380", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".658", %"hsr_d0_vlan_tags1.to_vlan"], [%".658", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".6224", %"widening.test.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.258", %"widening.test.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.258", %"widening.test.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.34", i64 %"cursor.27"
  %".1969" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1970" = icmp ugt ptr %".1969", %"data_end.34"
  br i1 %".1970", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1972" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1973" = load i16, ptr %".1972", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1973", %"vlan_d0_vlan_tags2.linear"], [%".1992", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.104", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.104", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.104", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1994" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1995" = zext i16 %".1994" to i64
  %".1996" = trunc i64 %".1995" to i16
  %".1997" = call i16 @"llvm.bswap.i16"(i16 %".1996")
  %".1998" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".1997", ptr %".1998", align 2
  %".2000" = add i64 %"cursor.27", 4
  %".2001" = trunc i64 %".2000" to i16
  %".2002" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2001", ptr %".2002", align 2
  %".2004" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2005" = zext i16 %".2004" to i64
  switch i64 %".2005", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".380", %"vlan_d0_vlan_tags1.to_hsr"], [%".380", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".658", %"hsr_d0_vlan_tags1.to_hsr"], [%".658", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".6213", %"widening.test"]
  %"data.35" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.257", %"widening.test"]
  %"data_end.35" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.257", %"widening.test"]
  %"keys.35" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.35", i64 %"cursor.28"
  %".2039" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2040" = icmp ugt ptr %".2039", %"data_end.35"
  br i1 %".2040", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".2042" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2043" = load i16, ptr %".2042", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".2043", %"hsr_d0_vlan_tags2.linear"], [%".2062", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.35", %"hsr_d0_vlan_tags2.linear"], [%"data.106", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.35", %"hsr_d0_vlan_tags2.linear"], [%"data_end.106", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.35", %"hsr_d0_vlan_tags2.linear"], [%"keys.106", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".2064" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2065" = zext i16 %".2064" to i64
  %".2066" = trunc i64 %".2065" to i16
  %".2067" = call i16 @"llvm.bswap.i16"(i16 %".2066")
  %".2068" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %".2067", ptr %".2068", align 2
  %".2070" = add i64 %"cursor.28", 6
  %".2071" = trunc i64 %".2070" to i16
  %".2072" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2071", ptr %".2072", align 2
  %".2074" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2075" = zext i16 %".2074" to i64
  switch i64 %".2075", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
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
mpls_d0_mpls_labels1.to_ip_version:
  %".442" = getelementptr i8, ptr %"keys.37", i64 8
  store i8 1, ptr %".442", align 1
  %".444" = getelementptr i8, ptr %"keys.37", i64 48
  %"flags.6" = load volatile i32, ptr %".444", align 4
  %".445" = and i32 %"flags.6", 4
  %".446" = icmp ne i32 %".445", 0
  br i1 %".446", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif"
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
  %"cursor.30" = phi  i64 [%".433", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%".2135", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%".3109", %"gtpu_d0.to_ip_version"], [%".3964", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%".4253", %"gtpu_opt_d1.to_ip_version"], [%".5468", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%".5569", %"gtpu_next_d1.to_ip_version"], [%".6081", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%".6187", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%".6356", %"widening.test.13"]
  %"data.39" = phi  ptr [%"data.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.142", %"gtpu_d0.to_ip_version"], [%"data.178", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.190", %"gtpu_opt_d1.to_ip_version"], [%"data.227", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.232", %"gtpu_next_d1.to_ip_version"], [%"data.248", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.256", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data.270", %"widening.test.13"]
  %"data_end.39" = phi  ptr [%"data_end.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.142", %"gtpu_d0.to_ip_version"], [%"data_end.178", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.190", %"gtpu_opt_d1.to_ip_version"], [%"data_end.227", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.232", %"gtpu_next_d1.to_ip_version"], [%"data_end.248", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.256", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data_end.270", %"widening.test.13"]
  %"keys.39" = phi  ptr [%"keys.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.142", %"gtpu_d0.to_ip_version"], [%"keys.178", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.190", %"gtpu_opt_d1.to_ip_version"], [%"keys.227", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.232", %"gtpu_next_d1.to_ip_version"], [%"keys.248", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.256", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"keys", %"widening.test.13"]
  %"hdr.27" = getelementptr i8, ptr %"data.39", i64 %"cursor.30"
  %".2157" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2158" = icmp ugt ptr %".2157", %"data_end.39"
  br i1 %".2158", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2160" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2161" = load i8, ptr %".2160", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2161", %"ip_version_d1.linear"], [%".2180", %"ip_version_d1.copy_failed.endif"]
  %"data.112" = phi  ptr [%"data.39", %"ip_version_d1.linear"], [%"data.111", %"ip_version_d1.copy_failed.endif"]
  %"data_end.112" = phi  ptr [%"data_end.39", %"ip_version_d1.linear"], [%"data_end.111", %"ip_version_d1.copy_failed.endif"]
  %"keys.112" = phi  ptr [%"keys.39", %"ip_version_d1.linear"], [%"keys.111", %"ip_version_d1.copy_failed.endif"]
  %".2182" = zext i8 %"w0_1.7" to i64
  %".2183" = lshr i64 %".2182", 4
  %".2184" = and i64 %".2183", 15
  switch i64 %".2184", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
ip_version_d1.to_ipv4:
  br label %"ipv4_d1"
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
pppoe_d0.to_ipv4:
  %".519" = trunc i64 2048 to i16
  %".520" = call i16 @"llvm.bswap.i16"(i16 %".519")
  %".521" = getelementptr i8, ptr %"keys.41", i64 10
  store i16 %".520", ptr %".521", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".512" = and i64 %".510", 257
  %".513" = icmp eq i64 %".512", 1
  br i1 %".513", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
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
  %"cursor.31" = phi  i64 [%".505", %"pppoe_d0.to_ppp_other"], [%".2356", %"pppoe_d1.to_ppp_other"]
  %"data.42" = phi  ptr [%"data.41", %"pppoe_d0.to_ppp_other"], [%"data.121", %"pppoe_d1.to_ppp_other"]
  %"data_end.42" = phi  ptr [%"data_end.41", %"pppoe_d0.to_ppp_other"], [%"data_end.121", %"pppoe_d1.to_ppp_other"]
  %"keys.42" = phi  ptr [%"keys.41", %"pppoe_d0.to_ppp_other"], [%"keys.121", %"pppoe_d1.to_ppp_other"]
  %".2192" = add i64 %"cursor.31", 0
  %".2193" = trunc i64 %".2192" to i16
  %".2194" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".2193", ptr %".2194", align 2
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
batadv_d0.to_ipv4:
  %".743" = getelementptr i8, ptr %"keys.52", i64 8
  store i8 1, ptr %".743", align 1
  %".745" = getelementptr i8, ptr %"keys.52", i64 48
  %"flags.7" = load volatile i32, ptr %".745", align 4
  %".746" = and i32 %"flags.7", 4
  %".747" = icmp ne i32 %".746", 0
  br i1 %".747", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.unknown:
  %".739" = trunc i64 %".735" to i16
  %".740" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".739", ptr %".740", align 2
  br label %"return"
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
  %"cursor.32" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.2"], [%".735", %"batadv_d0.stop_at_encap.endif.3"], [%"end.5", %"gre_d0.to_vlan"], [%"end.5", %"gre_d0.to_vlan.1"], [%".4208", %"ethernet_d1.to_vlan"], [%".4208", %"ethernet_d1.to_vlan.1"], [%".6389", %"widening.test.16"]
  %"data.53" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.2"], [%"data.52", %"batadv_d0.stop_at_encap.endif.3"], [%"data.148", %"gre_d0.to_vlan"], [%"data.148", %"gre_d0.to_vlan.1"], [%"data.188", %"ethernet_d1.to_vlan"], [%"data.188", %"ethernet_d1.to_vlan.1"], [%"data.273", %"widening.test.16"]
  %"data_end.53" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.148", %"gre_d0.to_vlan"], [%"data_end.148", %"gre_d0.to_vlan.1"], [%"data_end.188", %"ethernet_d1.to_vlan"], [%"data_end.188", %"ethernet_d1.to_vlan.1"], [%"data_end.273", %"widening.test.16"]
  %"keys.53" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.148", %"gre_d0.to_vlan"], [%"keys.148", %"gre_d0.to_vlan.1"], [%"keys.188", %"ethernet_d1.to_vlan"], [%"keys.188", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.16"]
  %"hdr.28" = getelementptr i8, ptr %"data.53", i64 %"cursor.32"
  %".2197" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2198" = icmp ugt ptr %".2197", %"data_end.53"
  br i1 %".2198", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2200" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2201" = load i16, ptr %".2200", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.9" = phi  i16 [%".2201", %"vlan_d1_vlan_tags1.linear"], [%".2220", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.53", %"vlan_d1_vlan_tags1.linear"], [%"data.113", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.53", %"vlan_d1_vlan_tags1.linear"], [%"data_end.113", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.53", %"vlan_d1_vlan_tags1.linear"], [%"keys.113", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2222" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2223" = zext i16 %".2222" to i64
  %".2224" = trunc i64 %".2223" to i16
  %".2225" = call i16 @"llvm.bswap.i16"(i16 %".2224")
  %".2226" = getelementptr i8, ptr %"keys.114", i64 10
  store i16 %".2225", ptr %".2226", align 2
  %".2228" = add i64 %"cursor.32", 4
  %".2229" = trunc i64 %".2228" to i16
  %".2230" = getelementptr i8, ptr %"keys.114", i64 0
  store i16 %".2229", ptr %".2230", align 2
  %".2232" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2233" = zext i16 %".2232" to i64
  switch i64 %".2233", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
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
  %"cursor.33" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.4"], [%".735", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1650", %"ipv6_d1.to_mpls"], [%".2228", %"vlan_d1_vlan_tags1.to_mpls"], [%".2228", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2356", %"pppoe_d1.to_mpls"], [%".2356", %"pppoe_d1.to_mpls.1"], [%".2422", %"hsr_d1_vlan_tags1.to_mpls"], [%".2422", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.5", %"gre_d0.to_mpls"], [%"end.5", %"gre_d0.to_mpls.1"], [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".4017", %"vlan_d1_vlan_tags2.to_mpls"], [%".4017", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".4087", %"hsr_d1_vlan_tags2.to_mpls"], [%".4087", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".4208", %"ethernet_d1.to_mpls"], [%".4208", %"ethernet_d1.to_mpls.1"], [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".5721", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".5831", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".6576", %"widening.test.33"]
  %"data.54" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.4"], [%"data.52", %"batadv_d0.stop_at_encap.endif.5"], [%"data.89", %"ipv4_d1.to_mpls"], [%"data.93", %"ipv6_d1.to_mpls"], [%"data.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.121", %"pppoe_d1.to_mpls"], [%"data.121", %"pppoe_d1.to_mpls.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.148", %"gre_d0.to_mpls"], [%"data.148", %"gre_d0.to_mpls.1"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.181", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.181", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.183", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.183", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.188", %"ethernet_d1.to_mpls"], [%"data.188", %"ethernet_d1.to_mpls.1"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.290", %"widening.test.33"]
  %"data_end.54" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.89", %"ipv4_d1.to_mpls"], [%"data_end.93", %"ipv6_d1.to_mpls"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.121", %"pppoe_d1.to_mpls"], [%"data_end.121", %"pppoe_d1.to_mpls.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.148", %"gre_d0.to_mpls"], [%"data_end.148", %"gre_d0.to_mpls.1"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.188", %"ethernet_d1.to_mpls"], [%"data_end.188", %"ethernet_d1.to_mpls.1"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.290", %"widening.test.33"]
  %"keys.54" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.89", %"ipv4_d1.to_mpls"], [%"keys.93", %"ipv6_d1.to_mpls"], [%"keys.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.121", %"pppoe_d1.to_mpls"], [%"keys.121", %"pppoe_d1.to_mpls.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.148", %"gre_d0.to_mpls"], [%"keys.148", %"gre_d0.to_mpls.1"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.181", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.181", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.183", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.183", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.188", %"ethernet_d1.to_mpls"], [%"keys.188", %"ethernet_d1.to_mpls.1"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.33"]
  %".2255" = add i64 %"cursor.33", 4
  %"hdr.29" = getelementptr i8, ptr %"data.54", i64 %"cursor.33"
  %".2256" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2257" = icmp ugt ptr %".2256", %"data_end.54"
  br i1 %".2257", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2259" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2260" = load i8, ptr %".2259", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2260", %"mpls_d1_mpls_labels1.linear"], [%".2279", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.118" = phi  ptr [%"data.54", %"mpls_d1_mpls_labels1.linear"], [%"data.117", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.118" = phi  ptr [%"data_end.54", %"mpls_d1_mpls_labels1.linear"], [%"data_end.117", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.118" = phi  ptr [%"keys.54", %"mpls_d1_mpls_labels1.linear"], [%"keys.117", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2281" = add i64 %"cursor.33", 4
  %".2282" = zext i8 %"w2_1.2" to i64
  %".2283" = and i64 %".2282", 1
  switch i64 %".2283", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
mpls_d1_mpls_labels1.to_mpls:
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels2:
  %"cursor.54" = phi  i64 [%".2281", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.119" = phi  ptr [%"data.118", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.119" = phi  ptr [%"data_end.118", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.119" = phi  ptr [%"keys.118", %"mpls_d1_mpls_labels1.to_mpls"]
  %".4126" = add i64 %"cursor.54", 4
  %"hdr.48" = getelementptr i8, ptr %"data.119", i64 %"cursor.54"
  %".4127" = getelementptr i8, ptr %"hdr.48", i64 4
  %".4128" = icmp ugt ptr %".4127", %"data_end.119"
  br i1 %".4128", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".4130" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4131" = load i8, ptr %".4130", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".4131", %"mpls_d1_mpls_labels2.linear"], [%".4150", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.185" = phi  ptr [%"data.119", %"mpls_d1_mpls_labels2.linear"], [%"data.184", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.185" = phi  ptr [%"data_end.119", %"mpls_d1_mpls_labels2.linear"], [%"data_end.184", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.185" = phi  ptr [%"keys.119", %"mpls_d1_mpls_labels2.linear"], [%"keys.184", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".4152" = add i64 %"cursor.54", 4
  %".4153" = zext i8 %"w2_1.4" to i64
  %".4154" = and i64 %".4153", 1
  switch i64 %".4154", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels2.to_mpls:
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels3:
  %"cursor.71" = phi  i64 [%".4152", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.186" = phi  ptr [%"data.185", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.186" = phi  ptr [%"data_end.185", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.186" = phi  ptr [%"keys.185", %"mpls_d1_mpls_labels2.to_mpls"]
  %".5493" = add i64 %"cursor.71", 4
  %"hdr.63" = getelementptr i8, ptr %"data.186", i64 %"cursor.71"
  %".5494" = getelementptr i8, ptr %"hdr.63", i64 4
  %".5495" = icmp ugt ptr %".5494", %"data_end.186"
  br i1 %".5495", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".5497" = getelementptr i8, ptr %"hdr.63", i64 2
  %".5498" = load i8, ptr %".5497", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".5498", %"mpls_d1_mpls_labels3.linear"], [%".5517", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.229" = phi  ptr [%"data.186", %"mpls_d1_mpls_labels3.linear"], [%"data.228", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.229" = phi  ptr [%"data_end.186", %"mpls_d1_mpls_labels3.linear"], [%"data_end.228", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.229" = phi  ptr [%"keys.186", %"mpls_d1_mpls_labels3.linear"], [%"keys.228", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".5519" = add i64 %"cursor.71", 4
  %".5520" = zext i8 %"w2_1.6" to i64
  %".5521" = and i64 %".5520", 1
  switch i64 %".5521", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels3.to_mpls:
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels4:
  %"cursor.77" = phi  i64 [%".5519", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.230" = phi  ptr [%"data.229", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.230" = phi  ptr [%"data_end.229", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.230" = phi  ptr [%"keys.229", %"mpls_d1_mpls_labels3.to_mpls"]
  %".5934" = add i64 %"cursor.77", 4
  %"hdr.68" = getelementptr i8, ptr %"data.230", i64 %"cursor.77"
  %".5935" = getelementptr i8, ptr %"hdr.68", i64 4
  %".5936" = icmp ugt ptr %".5935", %"data_end.230"
  br i1 %".5936", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".5938" = getelementptr i8, ptr %"hdr.68", i64 2
  %".5939" = load i8, ptr %".5938", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".5939", %"mpls_d1_mpls_labels4.linear"], [%".5958", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.230", %"mpls_d1_mpls_labels4.linear"], [%"data.240", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.230", %"mpls_d1_mpls_labels4.linear"], [%"data_end.240", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.230", %"mpls_d1_mpls_labels4.linear"], [%"keys.240", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".5960" = add i64 %"cursor.77", 4
  %".5961" = zext i8 %"w2_1.7" to i64
  %".5962" = and i64 %".5961", 1
  switch i64 %".5962", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels4.to_mpls:
  %".5968" = trunc i64 %".5960" to i16
  %".5969" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5968", ptr %".5969", align 2
  br label %"return"
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
  %"cursor.34" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.6"], [%".2228", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2422", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.5", %"gre_d0.to_pppoe"], [%".4017", %"vlan_d1_vlan_tags2.to_pppoe"], [%".4087", %"hsr_d1_vlan_tags2.to_pppoe"], [%".4208", %"ethernet_d1.to_pppoe"], [%".6488", %"widening.test.25"]
  %"data.55" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.6"], [%"data.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.148", %"gre_d0.to_pppoe"], [%"data.181", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.183", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.188", %"ethernet_d1.to_pppoe"], [%"data.282", %"widening.test.25"]
  %"data_end.55" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.148", %"gre_d0.to_pppoe"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.188", %"ethernet_d1.to_pppoe"], [%"data_end.282", %"widening.test.25"]
  %"keys.55" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.148", %"gre_d0.to_pppoe"], [%"keys.181", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.183", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.188", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.25"]
  %"hdr.30" = getelementptr i8, ptr %"data.55", i64 %"cursor.34"
  %".2306" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2307" = icmp ugt ptr %".2306", %"data_end.55"
  br i1 %".2307", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2309" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2310" = load i8, ptr %".2309", align 1
  %".2311" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2312" = load i8, ptr %".2311", align 1
  %".2313" = getelementptr i8, ptr %"hdr.30", i64 6
  %".2314" = load i16, ptr %".2313", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".2310", %"pppoe_d1.linear"], [%".2333", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2312", %"pppoe_d1.linear"], [%".2335", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2314", %"pppoe_d1.linear"], [%".2337", %"pppoe_d1.copy_failed.endif"]
  %"data.121" = phi  ptr [%"data.55", %"pppoe_d1.linear"], [%"data.120", %"pppoe_d1.copy_failed.endif"]
  %"data_end.121" = phi  ptr [%"data_end.55", %"pppoe_d1.linear"], [%"data_end.120", %"pppoe_d1.copy_failed.endif"]
  %"keys.121" = phi  ptr [%"keys.55", %"pppoe_d1.linear"], [%"keys.120", %"pppoe_d1.copy_failed.endif"]
  %".2339" = zext i8 %"w0_1.8" to i64
  %".2340" = lshr i64 %".2339", 4
  %".2341" = and i64 %".2340", 15
  %".2342" = icmp eq i64 %".2341", 1
  %".2343" = zext i8 %"w0_1.8" to i64
  %".2344" = and i64 %".2343", 15
  %".2345" = icmp eq i64 %".2344", 1
  %".2346" = and i1 %".2342", %".2345"
  %".2347" = zext i8 %"w1_1.4" to i64
  %".2348" = icmp eq i64 %".2347", 0
  %".2349" = and i1 %".2346", %".2348"
  %".2350" = xor i1 %".2349", -1
  br i1 %".2350", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
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
  %"cursor.35" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.13"], [%".735", %"batadv_d0.stop_at_encap.endif.14"], [%"end.5", %"gre_d0.to_hsr"], [%"end.5", %"gre_d0.to_hsr.1"], [%".4208", %"ethernet_d1.to_hsr"], [%".4208", %"ethernet_d1.to_hsr.1"], [%".6378", %"widening.test.15"]
  %"data.56" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.13"], [%"data.52", %"batadv_d0.stop_at_encap.endif.14"], [%"data.148", %"gre_d0.to_hsr"], [%"data.148", %"gre_d0.to_hsr.1"], [%"data.188", %"ethernet_d1.to_hsr"], [%"data.188", %"ethernet_d1.to_hsr.1"], [%"data.272", %"widening.test.15"]
  %"data_end.56" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.148", %"gre_d0.to_hsr"], [%"data_end.148", %"gre_d0.to_hsr.1"], [%"data_end.188", %"ethernet_d1.to_hsr"], [%"data_end.188", %"ethernet_d1.to_hsr.1"], [%"data_end.272", %"widening.test.15"]
  %"keys.56" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.148", %"gre_d0.to_hsr"], [%"keys.148", %"gre_d0.to_hsr.1"], [%"keys.188", %"ethernet_d1.to_hsr"], [%"keys.188", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.15"]
  %"hdr.31" = getelementptr i8, ptr %"data.56", i64 %"cursor.35"
  %".2391" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2392" = icmp ugt ptr %".2391", %"data_end.56"
  br i1 %".2392", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2394" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2395" = load i16, ptr %".2394", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2395", %"hsr_d1_vlan_tags1.linear"], [%".2414", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.56", %"hsr_d1_vlan_tags1.linear"], [%"data.122", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.56", %"hsr_d1_vlan_tags1.linear"], [%"data_end.122", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.56", %"hsr_d1_vlan_tags1.linear"], [%"keys.122", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2416" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2417" = zext i16 %".2416" to i64
  %".2418" = trunc i64 %".2417" to i16
  %".2419" = call i16 @"llvm.bswap.i16"(i16 %".2418")
  %".2420" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2419", ptr %".2420", align 2
  %".2422" = add i64 %"cursor.35", 6
  %".2423" = trunc i64 %".2422" to i16
  %".2424" = getelementptr i8, ptr %"keys.123", i64 0
  store i16 %".2423", ptr %".2424", align 2
  %".2426" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2427" = zext i16 %".2426" to i64
  switch i64 %".2427", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
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
  %"cursor.36" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.15"], [%".2228", %"vlan_d1_vlan_tags1.to_batadv"], [%".2422", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.5", %"gre_d0.to_batadv"], [%".4017", %"vlan_d1_vlan_tags2.to_batadv"], [%".4087", %"hsr_d1_vlan_tags2.to_batadv"], [%".4208", %"ethernet_d1.to_batadv"], [%".6422", %"widening.test.19"]
  %"data.57" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.15"], [%"data.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.148", %"gre_d0.to_batadv"], [%"data.181", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.183", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.188", %"ethernet_d1.to_batadv"], [%"data.276", %"widening.test.19"]
  %"data_end.57" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.148", %"gre_d0.to_batadv"], [%"data_end.181", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.183", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.188", %"ethernet_d1.to_batadv"], [%"data_end.276", %"widening.test.19"]
  %"keys.57" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.148", %"gre_d0.to_batadv"], [%"keys.181", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.183", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.188", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.19"]
  %"hdr.32" = getelementptr i8, ptr %"data.57", i64 %"cursor.36"
  %".2449" = getelementptr i8, ptr %"hdr.32", i64 24
  %".2450" = icmp ugt ptr %".2449", %"data_end.57"
  br i1 %".2450", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2452" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2453" = load i8, ptr %".2452", align 1
  %".2454" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2455" = load i8, ptr %".2454", align 1
  %".2456" = getelementptr i8, ptr %"hdr.32", i64 22
  %".2457" = load i16, ptr %".2456", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.9" = phi  i8 [%".2453", %"batadv_d1.linear"], [%".2476", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2455", %"batadv_d1.linear"], [%".2478", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2457", %"batadv_d1.linear"], [%".2480", %"batadv_d1.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.57", %"batadv_d1.linear"], [%"data.124", %"batadv_d1.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.57", %"batadv_d1.linear"], [%"data_end.124", %"batadv_d1.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.57", %"batadv_d1.linear"], [%"keys.124", %"batadv_d1.copy_failed.endif"]
  %".2482" = zext i8 %"w1_1.5" to i64
  %".2483" = icmp eq i64 %".2482", 15
  %".2484" = zext i8 %"w0_1.9" to i64
  %".2485" = icmp eq i64 %".2484", 64
  %".2486" = and i1 %".2483", %".2485"
  %".2487" = xor i1 %".2486", -1
  br i1 %".2487", label %"batadv_d1.require", label %"batadv_d1.require.endif"
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
udp_d0.to_geneve:
  br label %"geneve_d0"
udp_d0.to_gue:
  br label %"gue_d0"
udp_d0.to_gtpu:
  br label %"gtpu_d0"
udp_d0.to_shim:
  br label %"shim_d0"
geneve_d0:
  %"cursor.39" = phi  i64 [%".1064", %"udp_d0.to_geneve"]
  %"data.66" = phi  ptr [%"data.64", %"udp_d0.to_geneve"]
  %"data_end.66" = phi  ptr [%"data_end.64", %"udp_d0.to_geneve"]
  %"keys.66" = phi  ptr [%"keys.64", %"udp_d0.to_geneve"]
  %"hdr.35" = getelementptr i8, ptr %"data.66", i64 %"cursor.39"
  %".2876" = getelementptr i8, ptr %"hdr.35", i64 8
  %".2877" = icmp ugt ptr %".2876", %"data_end.66"
  br i1 %".2877", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".2879" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2880" = load i8, ptr %".2879", align 1
  %".2881" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2882" = load i16, ptr %".2881", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.10" = phi  i8 [%".2880", %"geneve_d0.linear"], [%".2901", %"geneve_d0.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2882", %"geneve_d0.linear"], [%".2903", %"geneve_d0.copy_failed.endif"]
  %"data.134" = phi  ptr [%"data.66", %"geneve_d0.linear"], [%"data.133", %"geneve_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.66", %"geneve_d0.linear"], [%"data_end.133", %"geneve_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.66", %"geneve_d0.linear"], [%"keys.133", %"geneve_d0.copy_failed.endif"]
  %".2905" = zext i8 %"w0_1.10" to i64
  %".2906" = lshr i64 %".2905", 6
  %".2907" = and i64 %".2906", 3
  %".2908" = icmp ne i64 %".2907", 0
  br i1 %".2908", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif", !prof !0
geneve_d0.stop_before.endif:
  %".2914" = add i64 %"cursor.39", 8
  %".2915" = zext i8 %"w0_1.10" to i64
  %".2916" = and i64 %".2915", 63
  %".2917" = mul i64 %".2916", 4
  %".2918" = add i64 %".2917", 8
  %".2919" = getelementptr i8, ptr %"data.134", i64 %"cursor.39"
  %".2920" = getelementptr i8, ptr %".2919", i64 %".2918"
  %".2921" = icmp ugt ptr %".2920", %"data_end.134"
  br i1 %".2921", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.136" = phi  ptr [%"data.134", %"geneve_d0.stop_before.endif"], [%"data.135", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.134", %"geneve_d0.stop_before.endif"], [%"data_end.135", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.134", %"geneve_d0.stop_before.endif"], [%"keys.135", %"geneve_d0.copy_last_byte_failed.endif"]
  %".2942" = add i64 %"cursor.39", %".2918"
  %".2943" = add i64 %"cursor.39", 8
  %".2944" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2943")
  %".2945" = icmp eq i64 %".2917", 0
  %"end.3" = select  i1 %".2945", i64 %".2944", i64 %".2942"
  %".2946" = getelementptr i8, ptr %"keys.136", i64 8
  store i8 1, ptr %".2946", align 1
  %".2948" = getelementptr i8, ptr %"keys.136", i64 48
  %"flags.53" = load volatile i32, ptr %".2948", align 4
  %".2949" = and i32 %"flags.53", 4
  %".2950" = icmp ne i32 %".2949", 0
  br i1 %".2950", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
gue_d0:
  %"cursor.40" = phi  i64 [%".1064", %"udp_d0.to_gue"]
  %"data.67" = phi  ptr [%"data.64", %"udp_d0.to_gue"]
  %"data_end.67" = phi  ptr [%"data_end.64", %"udp_d0.to_gue"]
  %"keys.67" = phi  ptr [%"keys.64", %"udp_d0.to_gue"]
  %"hdr.36" = getelementptr i8, ptr %"data.67", i64 %"cursor.40"
  %".2968" = getelementptr i8, ptr %"hdr.36", i64 4
  %".2969" = icmp ugt ptr %".2968", %"data_end.67"
  br i1 %".2969", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".2971" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2972" = load i8, ptr %".2971", align 1
  %".2973" = getelementptr i8, ptr %"hdr.36", i64 1
  %".2974" = load i8, ptr %".2973", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.11" = phi  i8 [%".2972", %"gue_d0.linear"], [%".2993", %"gue_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2974", %"gue_d0.linear"], [%".2995", %"gue_d0.copy_failed.endif"]
  %"data.138" = phi  ptr [%"data.67", %"gue_d0.linear"], [%"data.137", %"gue_d0.copy_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.67", %"gue_d0.linear"], [%"data_end.137", %"gue_d0.copy_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.67", %"gue_d0.linear"], [%"keys.137", %"gue_d0.copy_failed.endif"]
  %".2997" = zext i8 %"w0_1.11" to i64
  %".2998" = lshr i64 %".2997", 6
  %".2999" = and i64 %".2998", 3
  %".3000" = icmp ne i64 %".2999", 0
  %".3001" = zext i8 %"w0_1.11" to i64
  %".3002" = lshr i64 %".3001", 5
  %".3003" = and i64 %".3002", 1
  %".3004" = icmp ne i64 %".3003", 0
  %".3005" = or i1 %".3000", %".3004"
  br i1 %".3005", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif", !prof !0
gue_d0.stop_before.endif:
  %".3011" = add i64 %"cursor.40", 4
  %".3012" = zext i8 %"w0_1.11" to i64
  %".3013" = and i64 %".3012", 31
  %".3014" = mul i64 %".3013", 4
  %".3015" = add i64 %".3014", 4
  %".3016" = getelementptr i8, ptr %"data.138", i64 %"cursor.40"
  %".3017" = getelementptr i8, ptr %".3016", i64 %".3015"
  %".3018" = icmp ugt ptr %".3017", %"data_end.138"
  br i1 %".3018", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.140" = phi  ptr [%"data.138", %"gue_d0.stop_before.endif"], [%"data.139", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.138", %"gue_d0.stop_before.endif"], [%"data_end.139", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.138", %"gue_d0.stop_before.endif"], [%"keys.139", %"gue_d0.copy_last_byte_failed.endif"]
  %".3039" = add i64 %"cursor.40", %".3015"
  %".3040" = add i64 %"cursor.40", 4
  %".3041" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3040")
  %".3042" = icmp eq i64 %".3014", 0
  %"end.4" = select  i1 %".3042", i64 %".3041", i64 %".3039"
  %".3043" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3043", align 1
  %".3045" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.54" = load volatile i32, ptr %".3045", align 4
  %".3046" = and i32 %"flags.54", 4
  %".3047" = icmp ne i32 %".3046", 0
  br i1 %".3047", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gtpu_d0:
  %"cursor.41" = phi  i64 [%".1064", %"udp_d0.to_gtpu"]
  %"data.68" = phi  ptr [%"data.64", %"udp_d0.to_gtpu"]
  %"data_end.68" = phi  ptr [%"data_end.64", %"udp_d0.to_gtpu"]
  %"keys.68" = phi  ptr [%"keys.64", %"udp_d0.to_gtpu"]
  %"hdr.37" = getelementptr i8, ptr %"data.68", i64 %"cursor.41"
  %".3063" = getelementptr i8, ptr %"hdr.37", i64 8
  %".3064" = icmp ugt ptr %".3063", %"data_end.68"
  br i1 %".3064", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".3066" = getelementptr i8, ptr %"hdr.37", i64 0
  %".3067" = load i8, ptr %".3066", align 1
  %".3068" = getelementptr i8, ptr %"hdr.37", i64 1
  %".3069" = load i8, ptr %".3068", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.12" = phi  i8 [%".3067", %"gtpu_d0.linear"], [%".3088", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3069", %"gtpu_d0.linear"], [%".3090", %"gtpu_d0.copy_failed.endif"]
  %"data.142" = phi  ptr [%"data.68", %"gtpu_d0.linear"], [%"data.141", %"gtpu_d0.copy_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.68", %"gtpu_d0.linear"], [%"data_end.141", %"gtpu_d0.copy_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.68", %"gtpu_d0.linear"], [%"keys.141", %"gtpu_d0.copy_failed.endif"]
  %".3092" = zext i8 %"w0_1.12" to i64
  %".3093" = lshr i64 %".3092", 5
  %".3094" = and i64 %".3093", 7
  %".3095" = icmp ne i64 %".3094", 1
  %".3096" = zext i8 %"w0_1.12" to i64
  %".3097" = lshr i64 %".3096", 4
  %".3098" = and i64 %".3097", 1
  %".3099" = icmp ne i64 %".3098", 1
  %".3100" = or i1 %".3095", %".3099"
  %".3101" = zext i8 %"w1_1.7" to i64
  %".3102" = icmp ne i64 %".3101", 255
  %".3103" = or i1 %".3100", %".3102"
  br i1 %".3103", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif", !prof !0
gtpu_d0.stop_before.endif:
  %".3109" = add i64 %"cursor.41", 8
  %".3110" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".3110", align 1
  %".3112" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.55" = load volatile i32, ptr %".3112", align 4
  %".3113" = and i32 %"flags.55", 4
  %".3114" = icmp ne i32 %".3113", 0
  br i1 %".3114", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
shim_d0:
  %"cursor.42" = phi  i64 [%".1064", %"udp_d0.to_shim"]
  %"data.69" = phi  ptr [%"data.64", %"udp_d0.to_shim"]
  %"data_end.69" = phi  ptr [%"data_end.64", %"udp_d0.to_shim"]
  %"keys.69" = phi  ptr [%"keys.64", %"udp_d0.to_shim"]
  %"hdr.38" = getelementptr i8, ptr %"data.69", i64 %"cursor.42"
  %".3150" = getelementptr i8, ptr %"hdr.38", i64 8
  %".3151" = icmp ugt ptr %".3150", %"data_end.69"
  br i1 %".3151", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".3153" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3154" = load i16, ptr %".3153", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.11" = phi  i16 [%".3154", %"shim_d0.linear"], [%".3173", %"shim_d0.copy_failed.endif"]
  %"data.146" = phi  ptr [%"data.69", %"shim_d0.linear"], [%"data.145", %"shim_d0.copy_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.69", %"shim_d0.linear"], [%"data_end.145", %"shim_d0.copy_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.69", %"shim_d0.linear"], [%"keys.145", %"shim_d0.copy_failed.endif"]
  %".3175" = add i64 %"cursor.42", 8
  %".3176" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3176", align 1
  %".3178" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.56" = load volatile i32, ptr %".3178", align 4
  %".3179" = and i32 %"flags.56", 4
  %".3180" = icmp ne i32 %".3179", 0
  br i1 %".3180", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
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
gre_version_d0.unknown:
  %".1203" = trunc i64 %"cursor.16" to i16
  %".1204" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1203", ptr %".1204", align 2
  br label %"return"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
pptp_d0:
  %"cursor.44" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.77" = phi  ptr [%"data.75", %"gre_version_d0.to_pptp"]
  %"data_end.77" = phi  ptr [%"data_end.75", %"gre_version_d0.to_pptp"]
  %"keys.77" = phi  ptr [%"keys.75", %"gre_version_d0.to_pptp"]
  %".3292" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3293" = zext i16 %".3292" to i64
  %".3294" = icmp ne i64 %".3293", 34827
  %".3295" = zext i8 %"w0_1.3" to i64
  %".3296" = lshr i64 %".3295", 5
  %".3297" = and i64 %".3296", 1
  %".3298" = icmp eq i64 %".3297", 0
  %".3299" = or i1 %".3294", %".3298"
  br i1 %".3299", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".3305" = add i64 %"cursor.44", 4
  %".3306" = zext i8 %"w0_1.3" to i64
  %".3307" = lshr i64 %".3306", 7
  %".3308" = and i64 %".3307", 1
  %".3309" = zext i8 %"w0_1.3" to i64
  %".3310" = lshr i64 %".3309", 5
  %".3311" = and i64 %".3310", 1
  %".3312" = add i64 %".3308", %".3311"
  %".3313" = zext i8 %"w0_1.3" to i64
  %".3314" = lshr i64 %".3313", 4
  %".3315" = and i64 %".3314", 1
  %".3316" = add i64 %".3312", %".3315"
  %".3317" = zext i8 %"w1_1.2" to i64
  %".3318" = lshr i64 %".3317", 7
  %".3319" = and i64 %".3318", 1
  %".3320" = add i64 %".3316", %".3319"
  %".3321" = mul i64 %".3320", 4
  %".3322" = add i64 %".3321", 4
  %".3323" = getelementptr i8, ptr %"data.77", i64 %"cursor.44"
  %".3324" = getelementptr i8, ptr %".3323", i64 %".3322"
  %".3325" = icmp ugt ptr %".3324", %"data_end.77"
  br i1 %".3325", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.150" = phi  ptr [%"data.77", %"pptp_d0.stop_before.endif"], [%"data.149", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.150" = phi  ptr [%"data_end.77", %"pptp_d0.stop_before.endif"], [%"data_end.149", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.150" = phi  ptr [%"keys.77", %"pptp_d0.stop_before.endif"], [%"keys.149", %"pptp_d0.copy_last_byte_failed.endif"]
  %".3346" = add i64 %"cursor.44", %".3322"
  %".3347" = add i64 %"cursor.44", 4
  %".3348" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3347")
  %".3349" = icmp eq i64 %".3321", 0
  %"end.6" = select  i1 %".3349", i64 %".3348", i64 %".3346"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.58" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.151" = phi  ptr [%"data.150", %"pptp_d0.to_ppp"]
  %"data_end.151" = phi  ptr [%"data_end.150", %"pptp_d0.to_ppp"]
  %"keys.151" = phi  ptr [%"keys.150", %"pptp_d0.to_ppp"]
  %"hdr.52" = getelementptr i8, ptr %"data.151", i64 %"cursor.58"
  %".4288" = getelementptr i8, ptr %"hdr.52", i64 4
  %".4289" = icmp ugt ptr %".4288", %"data_end.151"
  br i1 %".4289", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4291" = getelementptr i8, ptr %"hdr.52", i64 2
  %".4292" = load i16, ptr %".4291", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.17" = phi  i16 [%".4292", %"ppp_d0.linear"], [%".4311", %"ppp_d0.copy_failed.endif"]
  %"data.195" = phi  ptr [%"data.151", %"ppp_d0.linear"], [%"data.194", %"ppp_d0.copy_failed.endif"]
  %"data_end.195" = phi  ptr [%"data_end.151", %"ppp_d0.linear"], [%"data_end.194", %"ppp_d0.copy_failed.endif"]
  %"keys.195" = phi  ptr [%"keys.151", %"ppp_d0.linear"], [%"keys.194", %"ppp_d0.copy_failed.endif"]
  %".4313" = add i64 %"cursor.58", 4
  %".4314" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4315" = zext i16 %".4314" to i64
  switch i64 %".4315", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
ppp_d0.to_ipv4:
  %".4324" = trunc i64 2048 to i16
  %".4325" = call i16 @"llvm.bswap.i16"(i16 %".4324")
  %".4326" = getelementptr i8, ptr %"keys.195", i64 10
  store i16 %".4325", ptr %".4326", align 2
  %".4328" = getelementptr i8, ptr %"keys.195", i64 8
  store i8 1, ptr %".4328", align 1
  %".4330" = getelementptr i8, ptr %"keys.195", i64 48
  %"flags.70" = load volatile i32, ptr %".4330", align 4
  %".4331" = and i32 %"flags.70", 4
  %".4332" = icmp ne i32 %".4331", 0
  br i1 %".4332", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
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
  br i1 %".1493", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1519" = zext i8 %"w9_1.1" to i64
  switch i64 %".1519", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.fragment:
  %".1499" = getelementptr i8, ptr %"keys.89", i64 6
  store i8 1, ptr %".1499", align 1
  br i1 %".1497", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
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
  %"cursor.45" = phi  i64 [%"end.1", %"ipv4_d1.to_udp"], [%".1650", %"ipv6_d1.to_udp"], [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".5721", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".5831", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".6653", %"widening.test.40"]
  %"data.90" = phi  ptr [%"data.89", %"ipv4_d1.to_udp"], [%"data.93", %"ipv6_d1.to_udp"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.297", %"widening.test.40"]
  %"data_end.90" = phi  ptr [%"data_end.89", %"ipv4_d1.to_udp"], [%"data_end.93", %"ipv6_d1.to_udp"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.297", %"widening.test.40"]
  %"keys.90" = phi  ptr [%"keys.89", %"ipv4_d1.to_udp"], [%"keys.93", %"ipv6_d1.to_udp"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.40"]
  %"hdr.39" = getelementptr i8, ptr %"data.90", i64 %"cursor.45"
  %".3356" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3357" = icmp ugt ptr %".3356", %"data_end.90"
  br i1 %".3357", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".3359" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3360" = load i16, ptr %".3359", align 2
  %".3361" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3362" = load i16, ptr %".3361", align 2
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_2.5" = phi  i16 [%".3360", %"udp_d1.linear"], [%".3381", %"udp_d1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3362", %"udp_d1.linear"], [%".3383", %"udp_d1.copy_failed.endif"]
  %"data.153" = phi  ptr [%"data.90", %"udp_d1.linear"], [%"data.152", %"udp_d1.copy_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.90", %"udp_d1.linear"], [%"data_end.152", %"udp_d1.copy_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.90", %"udp_d1.linear"], [%"keys.152", %"udp_d1.copy_failed.endif"]
  %".3385" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.5")
  %".3386" = zext i16 %".3385" to i64
  %".3387" = trunc i64 %".3386" to i16
  %".3388" = call i16 @"llvm.bswap.i16"(i16 %".3387")
  %".3389" = getelementptr i8, ptr %"keys.153", i64 12
  store i16 %".3388", ptr %".3389", align 2
  %".3391" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3392" = zext i16 %".3391" to i64
  %".3393" = trunc i64 %".3392" to i16
  %".3394" = call i16 @"llvm.bswap.i16"(i16 %".3393")
  %".3395" = getelementptr i8, ptr %"keys.153", i64 14
  store i16 %".3394", ptr %".3395", align 2
  %".3397" = add i64 %"cursor.45", 4
  %".3398" = add i64 4, 4
  %".3399" = getelementptr i8, ptr %"data.153", i64 %"cursor.45"
  %".3400" = getelementptr i8, ptr %".3399", i64 %".3398"
  %".3401" = icmp ugt ptr %".3400", %"data_end.153"
  br i1 %".3401", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.155" = phi  ptr [%"data.153", %"udp_d1.header"], [%"data.154", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.155" = phi  ptr [%"data_end.153", %"udp_d1.header"], [%"data_end.154", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.155" = phi  ptr [%"keys.153", %"udp_d1.header"], [%"keys.154", %"udp_d1.copy_last_byte_failed.endif"]
  %".3422" = add i64 %"cursor.45", %".3398"
  %".3423" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3424" = zext i16 %".3423" to i64
  switch i64 %".3424", label %"udp_d1.unknown" [i64 4789, label %"udp_d1.to_vxlan" i64 6081, label %"udp_d1.to_geneve" i64 6080, label %"udp_d1.to_gue" i64 2152, label %"udp_d1.to_gtpu" i64 7777, label %"udp_d1.to_shim"]  , !prof !4
udp_d1.to_vxlan:
  br label %"vxlan_d1"
vxlan_d1:
  %"cursor.59" = phi  i64 [%".3422", %"udp_d1.to_vxlan"]
  %"data.156" = phi  ptr [%"data.155", %"udp_d1.to_vxlan"]
  %"data_end.156" = phi  ptr [%"data_end.155", %"udp_d1.to_vxlan"]
  %"keys.156" = phi  ptr [%"keys.155", %"udp_d1.to_vxlan"]
  %"hdr.53" = getelementptr i8, ptr %"data.156", i64 %"cursor.59"
  %".4375" = getelementptr i8, ptr %"hdr.53", i64 8
  %".4376" = icmp ugt ptr %".4375", %"data_end.156"
  br i1 %".4376", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.198" = phi  ptr [%"data.156", %"vxlan_d1.linear"], [%"data.197", %"vxlan_d1.copy_failed.endif"]
  %"data_end.198" = phi  ptr [%"data_end.156", %"vxlan_d1.linear"], [%"data_end.197", %"vxlan_d1.copy_failed.endif"]
  %"keys.198" = phi  ptr [%"keys.156", %"vxlan_d1.linear"], [%"keys.197", %"vxlan_d1.copy_failed.endif"]
  %".4396" = add i64 %"cursor.59", 8
  %".4397" = getelementptr i8, ptr %"keys.198", i64 8
  store i8 1, ptr %".4397", align 1
  %".4399" = getelementptr i8, ptr %"keys.198", i64 48
  %"flags.73" = load volatile i32, ptr %".4399", align 4
  %".4400" = and i32 %"flags.73", 4
  %".4401" = icmp ne i32 %".4400", 0
  br i1 %".4401", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
gre_version_d1:
  %"cursor.46" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1650", %"ipv6_d1.to_gre_version"], [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".5721", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".5831", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".6631", %"widening.test.38"]
  %"data.91" = phi  ptr [%"data.89", %"ipv4_d1.to_gre_version"], [%"data.93", %"ipv6_d1.to_gre_version"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.237", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.239", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.295", %"widening.test.38"]
  %"data_end.91" = phi  ptr [%"data_end.89", %"ipv4_d1.to_gre_version"], [%"data_end.93", %"ipv6_d1.to_gre_version"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.237", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.239", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.295", %"widening.test.38"]
  %"keys.91" = phi  ptr [%"keys.89", %"ipv4_d1.to_gre_version"], [%"keys.93", %"ipv6_d1.to_gre_version"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.237", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.239", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.38"]
  %"hdr.40" = getelementptr i8, ptr %"data.91", i64 %"cursor.46"
  %".3435" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3436" = icmp ugt ptr %".3435", %"data_end.91"
  br i1 %".3436", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3438" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3439" = load i8, ptr %".3438", align 1
  %".3440" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3441" = load i8, ptr %".3440", align 1
  %".3442" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3443" = load i16, ptr %".3442", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.13" = phi  i8 [%".3439", %"gre_version_d1.linear"], [%".3462", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3441", %"gre_version_d1.linear"], [%".3464", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".3443", %"gre_version_d1.linear"], [%".3466", %"gre_version_d1.copy_failed.endif"]
  %"data.162" = phi  ptr [%"data.91", %"gre_version_d1.linear"], [%"data.161", %"gre_version_d1.copy_failed.endif"]
  %"data_end.162" = phi  ptr [%"data_end.91", %"gre_version_d1.linear"], [%"data_end.161", %"gre_version_d1.copy_failed.endif"]
  %"keys.162" = phi  ptr [%"keys.91", %"gre_version_d1.linear"], [%"keys.161", %"gre_version_d1.copy_failed.endif"]
  %".3468" = zext i8 %"w0_1.13" to i64
  %".3469" = lshr i64 %".3468", 6
  %".3470" = and i64 %".3469", 1
  %".3471" = icmp ne i64 %".3470", 0
  %".3472" = zext i8 %"w1_1.8" to i64
  %".3473" = and i64 %".3472", 7
  %".3474" = icmp ugt i64 %".3473", 1
  %".3475" = or i1 %".3471", %".3474"
  br i1 %".3475", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".3481" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3482" = zext i16 %".3481" to i64
  %".3483" = trunc i64 %".3482" to i16
  %".3484" = call i16 @"llvm.bswap.i16"(i16 %".3483")
  %".3485" = getelementptr i8, ptr %"keys.162", i64 10
  store i16 %".3484", ptr %".3485", align 2
  %".3487" = zext i8 %"w1_1.8" to i64
  %".3488" = and i64 %".3487", 7
  switch i64 %".3488", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.64" = phi  i64 [%"cursor.46", %"gre_version_d1.to_gre"]
  %"data.163" = phi  ptr [%"data.162", %"gre_version_d1.to_gre"]
  %"data_end.163" = phi  ptr [%"data_end.162", %"gre_version_d1.to_gre"]
  %"keys.163" = phi  ptr [%"keys.162", %"gre_version_d1.to_gre"]
  %".4765" = zext i8 %"w1_1.8" to i64
  %".4766" = and i64 %".4765", 7
  %".4767" = icmp ne i64 %".4766", 0
  %".4768" = zext i8 %"w0_1.13" to i64
  %".4769" = lshr i64 %".4768", 6
  %".4770" = and i64 %".4769", 1
  %".4771" = icmp ne i64 %".4770", 0
  %".4772" = or i1 %".4767", %".4771"
  br i1 %".4772", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif", !prof !0
gre_d1.stop_before.endif:
  %".4778" = add i64 %"cursor.64", 4
  %".4779" = zext i8 %"w0_1.13" to i64
  %".4780" = lshr i64 %".4779", 7
  %".4781" = and i64 %".4780", 1
  %".4782" = zext i8 %"w0_1.13" to i64
  %".4783" = lshr i64 %".4782", 5
  %".4784" = and i64 %".4783", 1
  %".4785" = add i64 %".4781", %".4784"
  %".4786" = zext i8 %"w0_1.13" to i64
  %".4787" = lshr i64 %".4786", 4
  %".4788" = and i64 %".4787", 1
  %".4789" = add i64 %".4785", %".4788"
  %".4790" = mul i64 %".4789", 4
  %".4791" = add i64 %".4790", 4
  %".4792" = getelementptr i8, ptr %"data.163", i64 %"cursor.64"
  %".4793" = getelementptr i8, ptr %".4792", i64 %".4791"
  %".4794" = icmp ugt ptr %".4793", %"data_end.163"
  br i1 %".4794", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.212" = phi  ptr [%"data.163", %"gre_d1.stop_before.endif"], [%"data.211", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.212" = phi  ptr [%"data_end.163", %"gre_d1.stop_before.endif"], [%"data_end.211", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.212" = phi  ptr [%"keys.163", %"gre_d1.stop_before.endif"], [%"keys.211", %"gre_d1.copy_last_byte_failed.endif"]
  %".4815" = add i64 %"cursor.64", %".4791"
  %".4816" = add i64 %"cursor.64", 4
  %".4817" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4816")
  %".4818" = icmp eq i64 %".4790", 0
  %"end.9" = select  i1 %".4818", i64 %".4817", i64 %".4815"
  %".4819" = getelementptr i8, ptr %"keys.212", i64 8
  store i8 1, ptr %".4819", align 1
  %".4821" = getelementptr i8, ptr %"keys.212", i64 48
  %"flags.78" = load volatile i32, ptr %".4821", align 4
  %".4822" = and i32 %"flags.78", 4
  %".4823" = icmp ne i32 %".4822", 0
  br i1 %".4823", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
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
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1666" = trunc i64 %".1650" to i16
  %".1667" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".1666", ptr %".1667", align 2
  br label %"return"
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
  %".3496" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3497" = icmp ugt ptr %".3496", %"data_end.94"
  br i1 %".3497", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3499" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3500" = load i8, ptr %".3499", align 1
  %".3501" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3502" = load i8, ptr %".3501", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.14" = phi  i8 [%".3500", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3521", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3502", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3523", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.166" = phi  ptr [%"data.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.165", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.166" = phi  ptr [%"data_end.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.165", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.166" = phi  ptr [%"keys.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.165", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3525" = zext i8 %"w0_1.14" to i64
  %".3526" = trunc i64 %".3525" to i8
  %".3527" = getelementptr i8, ptr %"keys.166", i64 9
  store i8 %".3526", ptr %".3527", align 1
  %".3529" = add i64 %"cursor.47", 2
  %".3530" = zext i8 %"w1_1.9" to i64
  %".3531" = mul i64 %".3530", 8
  %".3532" = add i64 %".3531", 6
  %".3533" = add i64 %".3532", 2
  %".3534" = add i64 %"cursor.47", %".3533"
  %".3535" = zext i8 %"w0_1.14" to i64
  switch i64 %".3535", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.48" = phi  i64 [%".1650", %"ipv6_d1.to_ipv6_frag"]
  %"data.95" = phi  ptr [%"data.93", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.95" = phi  ptr [%"data_end.93", %"ipv6_d1.to_ipv6_frag"]
  %"keys.95" = phi  ptr [%"keys.93", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.42" = getelementptr i8, ptr %"data.95", i64 %"cursor.48"
  %".3599" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3600" = icmp ugt ptr %".3599", %"data_end.95"
  br i1 %".3600", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3602" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3603" = load i8, ptr %".3602", align 1
  %".3604" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3605" = load i16, ptr %".3604", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.15" = phi  i8 [%".3603", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3624", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".3605", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3626", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.170" = phi  ptr [%"data.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.169", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.170" = phi  ptr [%"data_end.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.169", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.170" = phi  ptr [%"keys.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.169", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3628" = zext i8 %"w0_1.15" to i64
  %".3629" = trunc i64 %".3628" to i8
  %".3630" = getelementptr i8, ptr %"keys.170", i64 9
  store i8 %".3629", ptr %".3630", align 1
  %".3632" = add i64 %"cursor.48", 8
  %".3633" = icmp ne i64 1, 0
  %".3634" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3635" = zext i16 %".3634" to i64
  %".3636" = and i64 %".3635", 65528
  %".3637" = icmp eq i64 %".3636", 0
  br i1 %".3633", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3659" = zext i8 %"w0_1.15" to i64
  switch i64 %".3659", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
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
  %".1769" = trunc i64 %".1766" to i16
  %".1770" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1769", ptr %".1770", align 2
  br label %"return"
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
  %".1786" = trunc i64 34887 to i16
  %".1787" = call i16 @"llvm.bswap.i16"(i16 %".1786")
  %".1788" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1787", ptr %".1788", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1791" = trunc i64 2048 to i16
  %".1792" = call i16 @"llvm.bswap.i16"(i16 %".1791")
  %".1793" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1792", ptr %".1793", align 2
  %".1795" = getelementptr i8, ptr %"keys.97", i64 8
  store i8 1, ptr %".1795", align 1
  %".1797" = getelementptr i8, ptr %"keys.97", i64 48
  %"flags.29" = load volatile i32, ptr %".1797", align 4
  %".1798" = and i32 %"flags.29", 4
  %".1799" = icmp ne i32 %".1798", 0
  br i1 %".1799", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1808" = trunc i64 34525 to i16
  %".1809" = call i16 @"llvm.bswap.i16"(i16 %".1808")
  %".1810" = getelementptr i8, ptr %"keys.97", i64 10
  store i16 %".1809", ptr %".1810", align 2
  %".1812" = getelementptr i8, ptr %"keys.97", i64 8
  store i8 1, ptr %".1812", align 1
  %".1814" = getelementptr i8, ptr %"keys.97", i64 48
  %"flags.30" = load volatile i32, ptr %".1814", align 4
  %".1815" = and i32 %"flags.30", 4
  %".1816" = icmp ne i32 %".1815", 0
  br i1 %".1816", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.49" = phi  i64 [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".6279", %"widening.test.6"]
  %"data.98" = phi  ptr [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.263", %"widening.test.6"]
  %"data_end.98" = phi  ptr [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.263", %"widening.test.6"]
  %"keys.98" = phi  ptr [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.43" = getelementptr i8, ptr %"data.98", i64 %"cursor.49"
  %".3723" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3724" = icmp ugt ptr %".3723", %"data_end.98"
  br i1 %".3724", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3726" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3727" = load i8, ptr %".3726", align 1
  %".3728" = getelementptr i8, ptr %"hdr.43", i64 1
  %".3729" = load i8, ptr %".3728", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.16" = phi  i8 [%".3727", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3748", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3729", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3750", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.172" = phi  ptr [%"data.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.171", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.172" = phi  ptr [%"data_end.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.171", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.172" = phi  ptr [%"keys.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.171", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3752" = zext i8 %"w0_1.16" to i64
  %".3753" = trunc i64 %".3752" to i8
  %".3754" = getelementptr i8, ptr %"keys.172", i64 9
  store i8 %".3753", ptr %".3754", align 1
  %".3756" = add i64 %"cursor.49", 2
  %".3757" = zext i8 %"w1_1.10" to i64
  %".3758" = mul i64 %".3757", 8
  %".3759" = add i64 %".3758", 6
  %".3760" = add i64 %".3759", 2
  %".3761" = add i64 %"cursor.49", %".3760"
  %".3762" = zext i8 %"w0_1.16" to i64
  switch i64 %".3762", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.50" = phi  i64 [%".1766", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".6268", %"widening.test.5"]
  %"data.99" = phi  ptr [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.262", %"widening.test.5"]
  %"data_end.99" = phi  ptr [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.262", %"widening.test.5"]
  %"keys.99" = phi  ptr [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.44" = getelementptr i8, ptr %"data.99", i64 %"cursor.50"
  %".3820" = getelementptr i8, ptr %"hdr.44", i64 8
  %".3821" = icmp ugt ptr %".3820", %"data_end.99"
  br i1 %".3821", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3823" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3824" = load i8, ptr %".3823", align 1
  %".3825" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3826" = load i16, ptr %".3825", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".3824", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3845", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3826", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3847", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.176" = phi  ptr [%"data.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.175", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.175", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.175", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3849" = zext i8 %"w0_1.17" to i64
  %".3850" = trunc i64 %".3849" to i8
  %".3851" = getelementptr i8, ptr %"keys.176", i64 9
  store i8 %".3850", ptr %".3851", align 1
  %".3853" = add i64 %"cursor.50", 8
  %".3854" = icmp ne i64 1, 0
  %".3855" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3856" = zext i16 %".3855" to i64
  %".3857" = and i64 %".3856", 65528
  %".3858" = icmp eq i64 %".3857", 0
  br i1 %".3854", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3880" = zext i8 %"w0_1.17" to i64
  switch i64 %".3880", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1801" = trunc i64 %".1766" to i16
  %".1802" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1801", ptr %".1802", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1805" = getelementptr i8, ptr %"keys.97", i64 12
  store i32 0, ptr %".1805", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1818" = trunc i64 %".1766" to i16
  %".1819" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".1818", ptr %".1819", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1822" = getelementptr i8, ptr %"keys.97", i64 12
  store i32 0, ptr %".1822", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1833" = trunc i64 %"cursor.25" to i32
  %".1834" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1833", [40 x i8]* %"header_copy", i32 8)
  %".1835" = icmp eq i64 %".1834", 0
  %".1836" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1837" = load i32, ptr %".1836", align 4
  %".1838" = zext i32 %".1837" to i64
  %"data.100" = inttoptr i64 %".1838" to ptr
  %".1839" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1840" = load i32, ptr %".1839", align 4
  %".1841" = zext i32 %".1840" to i64
  %"data_end.100" = inttoptr i64 %".1841" to ptr
  %".1842" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.100" = load ptr, ptr %".1842", align 8
  %".1843" = xor i1 %".1835", -1
  br i1 %".1843", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1845" = trunc i64 %"cursor.25" to i16
  %".1846" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".1845", ptr %".1846", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1849" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1850" = load volatile i8, [40 x i8]* %".1849", align 1
  %".1851" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1852" = load volatile i16, [40 x i8]* %".1851", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1865" = getelementptr i8, ptr %"keys.101", i64 6
  store i8 1, ptr %".1865", align 1
  br i1 %".1863", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1868" = getelementptr i8, ptr %"keys.101", i64 7
  store i8 1, ptr %".1868", align 1
  %".1870" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.31" = load volatile i32, ptr %".1870", align 4
  %".1871" = and i32 %"flags.31", 1
  %".1872" = icmp ne i32 %".1871", 0
  %".1873" = xor i1 %".1872", -1
  br i1 %".1873", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1880" = trunc i64 %".1858" to i16
  %".1881" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1880", ptr %".1881", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1875" = trunc i64 %".1858" to i16
  %".1876" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1875", ptr %".1876", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1887" = trunc i64 %".1858" to i16
  %".1888" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1887", ptr %".1888", align 2
  br label %"return"
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
  %".1904" = trunc i64 34887 to i16
  %".1905" = call i16 @"llvm.bswap.i16"(i16 %".1904")
  %".1906" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1905", ptr %".1906", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1909" = trunc i64 2048 to i16
  %".1910" = call i16 @"llvm.bswap.i16"(i16 %".1909")
  %".1911" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1910", ptr %".1911", align 2
  %".1913" = getelementptr i8, ptr %"keys.101", i64 8
  store i8 1, ptr %".1913", align 1
  %".1915" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.32" = load volatile i32, ptr %".1915", align 4
  %".1916" = and i32 %"flags.32", 4
  %".1917" = icmp ne i32 %".1916", 0
  br i1 %".1917", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1926" = trunc i64 34525 to i16
  %".1927" = call i16 @"llvm.bswap.i16"(i16 %".1926")
  %".1928" = getelementptr i8, ptr %"keys.101", i64 10
  store i16 %".1927", ptr %".1928", align 2
  %".1930" = getelementptr i8, ptr %"keys.101", i64 8
  store i8 1, ptr %".1930", align 1
  %".1932" = getelementptr i8, ptr %"keys.101", i64 48
  %"flags.33" = load volatile i32, ptr %".1932", align 4
  %".1933" = and i32 %"flags.33", 4
  %".1934" = icmp ne i32 %".1933", 0
  br i1 %".1934", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1919" = trunc i64 %".1858" to i16
  %".1920" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1919", ptr %".1920", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".1923" = getelementptr i8, ptr %"keys.101", i64 12
  store i32 0, ptr %".1923", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1936" = trunc i64 %".1858" to i16
  %".1937" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1936", ptr %".1937", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1940" = getelementptr i8, ptr %"keys.101", i64 12
  store i32 0, ptr %".1940", align 4
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1947" = trunc i64 %"cursor.26" to i32
  %".1948" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1947", [40 x i8]* %"header_copy", i32 4)
  %".1949" = icmp eq i64 %".1948", 0
  %".1950" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1951" = load i32, ptr %".1950", align 4
  %".1952" = zext i32 %".1951" to i64
  %"data.102" = inttoptr i64 %".1952" to ptr
  %".1953" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1954" = load i32, ptr %".1953", align 4
  %".1955" = zext i32 %".1954" to i64
  %"data_end.102" = inttoptr i64 %".1955" to ptr
  %".1956" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.102" = load ptr, ptr %".1956", align 8
  %".1957" = xor i1 %".1949", -1
  br i1 %".1957", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1959" = trunc i64 %"cursor.26" to i16
  %".1960" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".1959", ptr %".1960", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1975" = trunc i64 %"cursor.27" to i32
  %".1976" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1975", [40 x i8]* %"header_copy", i32 4)
  %".1977" = icmp eq i64 %".1976", 0
  %".1978" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1979" = load i32, ptr %".1978", align 4
  %".1980" = zext i32 %".1979" to i64
  %"data.104" = inttoptr i64 %".1980" to ptr
  %".1981" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1982" = load i32, ptr %".1981", align 4
  %".1983" = zext i32 %".1982" to i64
  %"data_end.104" = inttoptr i64 %".1983" to ptr
  %".1984" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.104" = load ptr, ptr %".1984", align 8
  %".1985" = xor i1 %".1977", -1
  br i1 %".1985", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1987" = trunc i64 %"cursor.27" to i16
  %".1988" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".1987", ptr %".1988", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1991" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1992" = load volatile i16, [40 x i8]* %".1991", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".2007" = trunc i64 %".2000" to i16
  %".2008" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2007", ptr %".2008", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2013" = trunc i64 %".2000" to i16
  %".2014" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2013", ptr %".2014", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2017" = trunc i64 %".2000" to i16
  %".2018" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2017", ptr %".2018", align 2
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
  %".2030" = trunc i64 %".2000" to i16
  %".2031" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2030", ptr %".2031", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2034" = trunc i64 %".2000" to i16
  %".2035" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2034", ptr %".2035", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2045" = trunc i64 %"cursor.28" to i32
  %".2046" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2045", [40 x i8]* %"header_copy", i32 6)
  %".2047" = icmp eq i64 %".2046", 0
  %".2048" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2049" = load i32, ptr %".2048", align 4
  %".2050" = zext i32 %".2049" to i64
  %"data.106" = inttoptr i64 %".2050" to ptr
  %".2051" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2052" = load i32, ptr %".2051", align 4
  %".2053" = zext i32 %".2052" to i64
  %"data_end.106" = inttoptr i64 %".2053" to ptr
  %".2054" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.106" = load ptr, ptr %".2054", align 8
  %".2055" = xor i1 %".2047", -1
  br i1 %".2055", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".2057" = trunc i64 %"cursor.28" to i16
  %".2058" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2057", ptr %".2058", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".2061" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2062" = load volatile i16, [40 x i8]* %".2061", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2077" = trunc i64 %".2070" to i16
  %".2078" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2077", ptr %".2078", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2083" = trunc i64 %".2070" to i16
  %".2084" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2083", ptr %".2084", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2087" = trunc i64 %".2070" to i16
  %".2088" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2087", ptr %".2088", align 2
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
  %".2100" = trunc i64 %".2070" to i16
  %".2101" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2100", ptr %".2101", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2104" = trunc i64 %".2070" to i16
  %".2105" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2104", ptr %".2105", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
mpls_d0_mpls_labels2.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2116" = trunc i64 %"cursor.29" to i32
  %".2117" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2116", [40 x i8]* %"header_copy", i32 4)
  %".2118" = icmp eq i64 %".2117", 0
  %".2119" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2120" = load i32, ptr %".2119", align 4
  %".2121" = zext i32 %".2120" to i64
  %"data.108" = inttoptr i64 %".2121" to ptr
  %".2122" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2123" = load i32, ptr %".2122", align 4
  %".2124" = zext i32 %".2123" to i64
  %"data_end.108" = inttoptr i64 %".2124" to ptr
  %".2125" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.108" = load ptr, ptr %".2125", align 8
  %".2126" = xor i1 %".2118", -1
  br i1 %".2126", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2128" = trunc i64 %".2109" to i16
  %".2129" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2128", ptr %".2129", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2132" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2133" = load volatile i8, [40 x i8]* %".2132", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2139" = trunc i64 %".2135" to i16
  %".2140" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2139", ptr %".2140", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_ip_version:
  %".2144" = getelementptr i8, ptr %"keys.109", i64 8
  store i8 1, ptr %".2144", align 1
  %".2146" = getelementptr i8, ptr %"keys.109", i64 48
  %"flags.34" = load volatile i32, ptr %".2146", align 4
  %".2147" = and i32 %"flags.34", 4
  %".2148" = icmp ne i32 %".2147", 0
  br i1 %".2148", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels2.stop_at_encap:
  %".2150" = trunc i64 %".2135" to i16
  %".2151" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2150", ptr %".2151", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2154" = getelementptr i8, ptr %"keys.109", i64 12
  store i32 0, ptr %".2154", align 4
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2163" = trunc i64 %"cursor.30" to i32
  %".2164" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2163", [40 x i8]* %"header_copy", i32 1)
  %".2165" = icmp eq i64 %".2164", 0
  %".2166" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2167" = load i32, ptr %".2166", align 4
  %".2168" = zext i32 %".2167" to i64
  %"data.111" = inttoptr i64 %".2168" to ptr
  %".2169" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2170" = load i32, ptr %".2169", align 4
  %".2171" = zext i32 %".2170" to i64
  %"data_end.111" = inttoptr i64 %".2171" to ptr
  %".2172" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.111" = load ptr, ptr %".2172", align 8
  %".2173" = xor i1 %".2165", -1
  br i1 %".2173", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2175" = trunc i64 %"cursor.30" to i16
  %".2176" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2175", ptr %".2176", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2179" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2180" = load volatile i8, [40 x i8]* %".2179", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2186" = trunc i64 %"cursor.30" to i16
  %".2187" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2186", ptr %".2187", align 2
  br label %"return"
ip_version_d1.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2203" = trunc i64 %"cursor.32" to i32
  %".2204" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2203", [40 x i8]* %"header_copy", i32 4)
  %".2205" = icmp eq i64 %".2204", 0
  %".2206" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2207" = load i32, ptr %".2206", align 4
  %".2208" = zext i32 %".2207" to i64
  %"data.113" = inttoptr i64 %".2208" to ptr
  %".2209" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2210" = load i32, ptr %".2209", align 4
  %".2211" = zext i32 %".2210" to i64
  %"data_end.113" = inttoptr i64 %".2211" to ptr
  %".2212" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.113" = load ptr, ptr %".2212", align 8
  %".2213" = xor i1 %".2205", -1
  br i1 %".2213", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2215" = trunc i64 %"cursor.32" to i16
  %".2216" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2215", ptr %".2216", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2219" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2220" = load volatile i16, [40 x i8]* %".2219", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2235" = trunc i64 %".2228" to i16
  %".2236" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2235", ptr %".2236", align 2
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
vlan_d1_vlan_tags2:
  %"cursor.52" = phi  i64 [%".2228", %"vlan_d1_vlan_tags1.to_vlan"], [%".2228", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2422", %"hsr_d1_vlan_tags1.to_vlan"], [%".2422", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".6411", %"widening.test.18"]
  %"data.115" = phi  ptr [%"data.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.123", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.275", %"widening.test.18"]
  %"data_end.115" = phi  ptr [%"data_end.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.275", %"widening.test.18"]
  %"keys.115" = phi  ptr [%"keys.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.123", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.18"]
  %"hdr.46" = getelementptr i8, ptr %"data.115", i64 %"cursor.52"
  %".3986" = getelementptr i8, ptr %"hdr.46", i64 4
  %".3987" = icmp ugt ptr %".3986", %"data_end.115"
  br i1 %".3987", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3989" = getelementptr i8, ptr %"hdr.46", i64 2
  %".3990" = load i16, ptr %".3989", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.16" = phi  i16 [%".3990", %"vlan_d1_vlan_tags2.linear"], [%".4009", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.181" = phi  ptr [%"data.115", %"vlan_d1_vlan_tags2.linear"], [%"data.180", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.181" = phi  ptr [%"data_end.115", %"vlan_d1_vlan_tags2.linear"], [%"data_end.180", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.181" = phi  ptr [%"keys.115", %"vlan_d1_vlan_tags2.linear"], [%"keys.180", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".4011" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4012" = zext i16 %".4011" to i64
  %".4013" = trunc i64 %".4012" to i16
  %".4014" = call i16 @"llvm.bswap.i16"(i16 %".4013")
  %".4015" = getelementptr i8, ptr %"keys.181", i64 10
  store i16 %".4014", ptr %".4015", align 2
  %".4017" = add i64 %"cursor.52", 4
  %".4018" = trunc i64 %".4017" to i16
  %".4019" = getelementptr i8, ptr %"keys.181", i64 0
  store i16 %".4018", ptr %".4019", align 2
  %".4021" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4022" = zext i16 %".4021" to i64
  switch i64 %".4022", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.53" = phi  i64 [%".2228", %"vlan_d1_vlan_tags1.to_hsr"], [%".2228", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2422", %"hsr_d1_vlan_tags1.to_hsr"], [%".2422", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".6400", %"widening.test.17"]
  %"data.116" = phi  ptr [%"data.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.123", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.274", %"widening.test.17"]
  %"data_end.116" = phi  ptr [%"data_end.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.274", %"widening.test.17"]
  %"keys.116" = phi  ptr [%"keys.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.123", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.17"]
  %"hdr.47" = getelementptr i8, ptr %"data.116", i64 %"cursor.53"
  %".4056" = getelementptr i8, ptr %"hdr.47", i64 6
  %".4057" = icmp ugt ptr %".4056", %"data_end.116"
  br i1 %".4057", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".4059" = getelementptr i8, ptr %"hdr.47", i64 4
  %".4060" = load i16, ptr %".4059", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".4060", %"hsr_d1_vlan_tags2.linear"], [%".4079", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.183" = phi  ptr [%"data.116", %"hsr_d1_vlan_tags2.linear"], [%"data.182", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.183" = phi  ptr [%"data_end.116", %"hsr_d1_vlan_tags2.linear"], [%"data_end.182", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.183" = phi  ptr [%"keys.116", %"hsr_d1_vlan_tags2.linear"], [%"keys.182", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".4081" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4082" = zext i16 %".4081" to i64
  %".4083" = trunc i64 %".4082" to i16
  %".4084" = call i16 @"llvm.bswap.i16"(i16 %".4083")
  %".4085" = getelementptr i8, ptr %"keys.183", i64 10
  store i16 %".4084", ptr %".4085", align 2
  %".4087" = add i64 %"cursor.53", 6
  %".4088" = trunc i64 %".4087" to i16
  %".4089" = getelementptr i8, ptr %"keys.183", i64 0
  store i16 %".4088", ptr %".4089", align 2
  %".4091" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4092" = zext i16 %".4091" to i64
  switch i64 %".4092", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
mpls_d1_mpls_labels1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2262" = trunc i64 %"cursor.33" to i32
  %".2263" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2262", [40 x i8]* %"header_copy", i32 4)
  %".2264" = icmp eq i64 %".2263", 0
  %".2265" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2266" = load i32, ptr %".2265", align 4
  %".2267" = zext i32 %".2266" to i64
  %"data.117" = inttoptr i64 %".2267" to ptr
  %".2268" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2269" = load i32, ptr %".2268", align 4
  %".2270" = zext i32 %".2269" to i64
  %"data_end.117" = inttoptr i64 %".2270" to ptr
  %".2271" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.117" = load ptr, ptr %".2271", align 8
  %".2272" = xor i1 %".2264", -1
  br i1 %".2272", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2274" = trunc i64 %".2255" to i16
  %".2275" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".2274", ptr %".2275", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2278" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2279" = load volatile i8, [40 x i8]* %".2278", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2285" = trunc i64 %".2281" to i16
  %".2286" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2285", ptr %".2286", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_ip_version:
  %".2290" = getelementptr i8, ptr %"keys.118", i64 8
  store i8 1, ptr %".2290", align 1
  %".2292" = getelementptr i8, ptr %"keys.118", i64 48
  %"flags.35" = load volatile i32, ptr %".2292", align 4
  %".2293" = and i32 %"flags.35", 4
  %".2294" = icmp ne i32 %".2293", 0
  br i1 %".2294", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels1.stop_at_encap:
  %".2296" = trunc i64 %".2281" to i16
  %".2297" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2296", ptr %".2297", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2300" = getelementptr i8, ptr %"keys.118", i64 12
  store i32 0, ptr %".2300", align 4
  %".2302" = trunc i64 %".2281" to i16
  %".2303" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2302", ptr %".2303", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2316" = trunc i64 %"cursor.34" to i32
  %".2317" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2316", [40 x i8]* %"header_copy", i32 8)
  %".2318" = icmp eq i64 %".2317", 0
  %".2319" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2320" = load i32, ptr %".2319", align 4
  %".2321" = zext i32 %".2320" to i64
  %"data.120" = inttoptr i64 %".2321" to ptr
  %".2322" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2323" = load i32, ptr %".2322", align 4
  %".2324" = zext i32 %".2323" to i64
  %"data_end.120" = inttoptr i64 %".2324" to ptr
  %".2325" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.120" = load ptr, ptr %".2325", align 8
  %".2326" = xor i1 %".2318", -1
  br i1 %".2326", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2328" = trunc i64 %"cursor.34" to i16
  %".2329" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2328", ptr %".2329", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2332" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2333" = load volatile i8, [40 x i8]* %".2332", align 1
  %".2334" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2335" = load volatile i8, [40 x i8]* %".2334", align 1
  %".2336" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2337" = load volatile i16, [40 x i8]* %".2336", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2352" = trunc i64 %"cursor.34" to i16
  %".2353" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2352", ptr %".2353", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2356" = add i64 %"cursor.34", 8
  %".2357" = trunc i64 %".2356" to i16
  %".2358" = getelementptr i8, ptr %"keys.121", i64 0
  store i16 %".2357", ptr %".2358", align 2
  %".2360" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2361" = zext i16 %".2360" to i64
  switch i64 %".2361", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.to_ipv4:
  %".2370" = trunc i64 2048 to i16
  %".2371" = call i16 @"llvm.bswap.i16"(i16 %".2370")
  %".2372" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2371", ptr %".2372", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2363" = and i64 %".2361", 257
  %".2364" = icmp eq i64 %".2363", 1
  br i1 %".2364", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv6:
  %".2375" = trunc i64 34525 to i16
  %".2376" = call i16 @"llvm.bswap.i16"(i16 %".2375")
  %".2377" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2376", ptr %".2377", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2380" = trunc i64 34887 to i16
  %".2381" = call i16 @"llvm.bswap.i16"(i16 %".2380")
  %".2382" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2381", ptr %".2382", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2385" = trunc i64 34888 to i16
  %".2386" = call i16 @"llvm.bswap.i16"(i16 %".2385")
  %".2387" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2386", ptr %".2387", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2366" = trunc i64 %".2356" to i16
  %".2367" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2366", ptr %".2367", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2397" = trunc i64 %"cursor.35" to i32
  %".2398" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2397", [40 x i8]* %"header_copy", i32 6)
  %".2399" = icmp eq i64 %".2398", 0
  %".2400" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2401" = load i32, ptr %".2400", align 4
  %".2402" = zext i32 %".2401" to i64
  %"data.122" = inttoptr i64 %".2402" to ptr
  %".2403" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2404" = load i32, ptr %".2403", align 4
  %".2405" = zext i32 %".2404" to i64
  %"data_end.122" = inttoptr i64 %".2405" to ptr
  %".2406" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.122" = load ptr, ptr %".2406", align 8
  %".2407" = xor i1 %".2399", -1
  br i1 %".2407", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2409" = trunc i64 %"cursor.35" to i16
  %".2410" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2409", ptr %".2410", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2413" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2414" = load volatile i16, [40 x i8]* %".2413", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2429" = trunc i64 %".2422" to i16
  %".2430" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2429", ptr %".2430", align 2
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
batadv_d1.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2459" = trunc i64 %"cursor.36" to i32
  %".2460" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2459", [40 x i8]* %"header_copy", i32 24)
  %".2461" = icmp eq i64 %".2460", 0
  %".2462" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2463" = load i32, ptr %".2462", align 4
  %".2464" = zext i32 %".2463" to i64
  %"data.124" = inttoptr i64 %".2464" to ptr
  %".2465" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2466" = load i32, ptr %".2465", align 4
  %".2467" = zext i32 %".2466" to i64
  %"data_end.124" = inttoptr i64 %".2467" to ptr
  %".2468" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.124" = load ptr, ptr %".2468", align 8
  %".2469" = xor i1 %".2461", -1
  br i1 %".2469", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2471" = trunc i64 %"cursor.36" to i16
  %".2472" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2471", ptr %".2472", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2475" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2476" = load volatile i8, [40 x i8]* %".2475", align 1
  %".2477" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2478" = load volatile i8, [40 x i8]* %".2477", align 1
  %".2479" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2480" = load volatile i16, [40 x i8]* %".2479", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2489" = trunc i64 %"cursor.36" to i16
  %".2490" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2489", ptr %".2490", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2493" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2494" = zext i16 %".2493" to i64
  %".2495" = trunc i64 %".2494" to i16
  %".2496" = call i16 @"llvm.bswap.i16"(i16 %".2495")
  %".2497" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".2496", ptr %".2497", align 2
  %".2499" = add i64 %"cursor.36", 24
  %".2500" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2501" = zext i16 %".2500" to i64
  switch i64 %".2501", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.to_ipv4:
  %".2507" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2507", align 1
  %".2509" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.36" = load volatile i32, ptr %".2509", align 4
  %".2510" = and i32 %"flags.36", 4
  %".2511" = icmp ne i32 %".2510", 0
  br i1 %".2511", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.unknown:
  %".2503" = trunc i64 %".2499" to i16
  %".2504" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2503", ptr %".2504", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2523" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2523", align 1
  %".2525" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.37" = load volatile i32, ptr %".2525", align 4
  %".2526" = and i32 %"flags.37", 4
  %".2527" = icmp ne i32 %".2526", 0
  br i1 %".2527", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2539" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2539", align 1
  %".2541" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.38" = load volatile i32, ptr %".2541", align 4
  %".2542" = and i32 %"flags.38", 4
  %".2543" = icmp ne i32 %".2542", 0
  br i1 %".2543", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2555" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2555", align 1
  %".2557" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.39" = load volatile i32, ptr %".2557", align 4
  %".2558" = and i32 %"flags.39", 4
  %".2559" = icmp ne i32 %".2558", 0
  br i1 %".2559", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2571" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2571", align 1
  %".2573" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.40" = load volatile i32, ptr %".2573", align 4
  %".2574" = and i32 %"flags.40", 4
  %".2575" = icmp ne i32 %".2574", 0
  br i1 %".2575", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2587" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2587", align 1
  %".2589" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.41" = load volatile i32, ptr %".2589", align 4
  %".2590" = and i32 %"flags.41", 4
  %".2591" = icmp ne i32 %".2590", 0
  br i1 %".2591", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2603" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2603", align 1
  %".2605" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.42" = load volatile i32, ptr %".2605", align 4
  %".2606" = and i32 %"flags.42", 4
  %".2607" = icmp ne i32 %".2606", 0
  br i1 %".2607", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2619" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2619", align 1
  %".2621" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.43" = load volatile i32, ptr %".2621", align 4
  %".2622" = and i32 %"flags.43", 4
  %".2623" = icmp ne i32 %".2622", 0
  br i1 %".2623", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2635" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2635", align 1
  %".2637" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.44" = load volatile i32, ptr %".2637", align 4
  %".2638" = and i32 %"flags.44", 4
  %".2639" = icmp ne i32 %".2638", 0
  br i1 %".2639", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2651" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2651", align 1
  %".2653" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.45" = load volatile i32, ptr %".2653", align 4
  %".2654" = and i32 %"flags.45", 4
  %".2655" = icmp ne i32 %".2654", 0
  br i1 %".2655", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2667" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2667", align 1
  %".2669" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.46" = load volatile i32, ptr %".2669", align 4
  %".2670" = and i32 %"flags.46", 4
  %".2671" = icmp ne i32 %".2670", 0
  br i1 %".2671", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2683" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2683", align 1
  %".2685" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.47" = load volatile i32, ptr %".2685", align 4
  %".2686" = and i32 %"flags.47", 4
  %".2687" = icmp ne i32 %".2686", 0
  br i1 %".2687", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2699" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2699", align 1
  %".2701" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.48" = load volatile i32, ptr %".2701", align 4
  %".2702" = and i32 %"flags.48", 4
  %".2703" = icmp ne i32 %".2702", 0
  br i1 %".2703", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2715" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2715", align 1
  %".2717" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.49" = load volatile i32, ptr %".2717", align 4
  %".2718" = and i32 %"flags.49", 4
  %".2719" = icmp ne i32 %".2718", 0
  br i1 %".2719", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2731" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2731", align 1
  %".2733" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.50" = load volatile i32, ptr %".2733", align 4
  %".2734" = and i32 %"flags.50", 4
  %".2735" = icmp ne i32 %".2734", 0
  br i1 %".2735", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2747" = getelementptr i8, ptr %"keys.125", i64 8
  store i8 1, ptr %".2747", align 1
  %".2749" = getelementptr i8, ptr %"keys.125", i64 48
  %"flags.51" = load volatile i32, ptr %".2749", align 4
  %".2750" = and i32 %"flags.51", 4
  %".2751" = icmp ne i32 %".2750", 0
  br i1 %".2751", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2513" = trunc i64 %".2499" to i16
  %".2514" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2513", ptr %".2514", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2517" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2517", align 4
  %".2519" = trunc i64 %".2499" to i16
  %".2520" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2519", ptr %".2520", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2529" = trunc i64 %".2499" to i16
  %".2530" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2529", ptr %".2530", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2533" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2533", align 4
  %".2535" = trunc i64 %".2499" to i16
  %".2536" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2535", ptr %".2536", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2545" = trunc i64 %".2499" to i16
  %".2546" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2545", ptr %".2546", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2549" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2549", align 4
  %".2551" = trunc i64 %".2499" to i16
  %".2552" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2551", ptr %".2552", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2561" = trunc i64 %".2499" to i16
  %".2562" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2561", ptr %".2562", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2565" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2565", align 4
  %".2567" = trunc i64 %".2499" to i16
  %".2568" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2567", ptr %".2568", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2577" = trunc i64 %".2499" to i16
  %".2578" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2577", ptr %".2578", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2581" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2581", align 4
  %".2583" = trunc i64 %".2499" to i16
  %".2584" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2583", ptr %".2584", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2593" = trunc i64 %".2499" to i16
  %".2594" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2593", ptr %".2594", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2597" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2597", align 4
  %".2599" = trunc i64 %".2499" to i16
  %".2600" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2599", ptr %".2600", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2609" = trunc i64 %".2499" to i16
  %".2610" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2609", ptr %".2610", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2613" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2613", align 4
  %".2615" = trunc i64 %".2499" to i16
  %".2616" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2615", ptr %".2616", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2625" = trunc i64 %".2499" to i16
  %".2626" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2625", ptr %".2626", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2629" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2629", align 4
  %".2631" = trunc i64 %".2499" to i16
  %".2632" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2631", ptr %".2632", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2641" = trunc i64 %".2499" to i16
  %".2642" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2641", ptr %".2642", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2645" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2645", align 4
  %".2647" = trunc i64 %".2499" to i16
  %".2648" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2647", ptr %".2648", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2657" = trunc i64 %".2499" to i16
  %".2658" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2657", ptr %".2658", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2661" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2661", align 4
  %".2663" = trunc i64 %".2499" to i16
  %".2664" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2663", ptr %".2664", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2673" = trunc i64 %".2499" to i16
  %".2674" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2673", ptr %".2674", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2677" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2677", align 4
  %".2679" = trunc i64 %".2499" to i16
  %".2680" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2679", ptr %".2680", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2689" = trunc i64 %".2499" to i16
  %".2690" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2689", ptr %".2690", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2693" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2693", align 4
  %".2695" = trunc i64 %".2499" to i16
  %".2696" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2695", ptr %".2696", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2705" = trunc i64 %".2499" to i16
  %".2706" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2705", ptr %".2706", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2709" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2709", align 4
  %".2711" = trunc i64 %".2499" to i16
  %".2712" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2711", ptr %".2712", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2721" = trunc i64 %".2499" to i16
  %".2722" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2721", ptr %".2722", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2725" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2725", align 4
  %".2727" = trunc i64 %".2499" to i16
  %".2728" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2727", ptr %".2728", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2737" = trunc i64 %".2499" to i16
  %".2738" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2737", ptr %".2738", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2741" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2741", align 4
  %".2743" = trunc i64 %".2499" to i16
  %".2744" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2743", ptr %".2744", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2753" = trunc i64 %".2499" to i16
  %".2754" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2753", ptr %".2754", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2757" = getelementptr i8, ptr %"keys.125", i64 12
  store i32 0, ptr %".2757", align 4
  %".2759" = trunc i64 %".2499" to i16
  %".2760" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2759", ptr %".2760", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2769" = trunc i64 %"cursor.37" to i32
  %".2770" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2769", [40 x i8]* %"header_copy", i32 20)
  %".2771" = icmp eq i64 %".2770", 0
  %".2772" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2773" = load i32, ptr %".2772", align 4
  %".2774" = zext i32 %".2773" to i64
  %"data.126" = inttoptr i64 %".2774" to ptr
  %".2775" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2776" = load i32, ptr %".2775", align 4
  %".2777" = zext i32 %".2776" to i64
  %"data_end.126" = inttoptr i64 %".2777" to ptr
  %".2778" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.126" = load ptr, ptr %".2778", align 8
  %".2779" = xor i1 %".2771", -1
  br i1 %".2779", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2781" = trunc i64 %"cursor.37" to i16
  %".2782" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2781", ptr %".2782", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2785" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2786" = load volatile i8, [40 x i8]* %".2785", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2794" = trunc i64 %"cursor.37" to i16
  %".2795" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2794", ptr %".2795", align 2
  br label %"return"
tcp_header.require.endif:
  %".2798" = add i64 %"cursor.37", 20
  %".2799" = zext i8 %"w12_1" to i64
  %".2800" = lshr i64 %".2799", 4
  %".2801" = and i64 %".2800", 15
  %".2802" = mul i64 %".2801", 4
  %".2803" = sub i64 %".2802", 20
  %".2804" = add i64 %".2803", 20
  %".2805" = getelementptr i8, ptr %"data.127", i64 %"cursor.37"
  %".2806" = getelementptr i8, ptr %".2805", i64 %".2804"
  %".2807" = icmp ugt ptr %".2806", %"data_end.127"
  br i1 %".2807", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.129" = phi  ptr [%"data.127", %"tcp_header.require.endif"], [%"data.128", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.127", %"tcp_header.require.endif"], [%"data_end.128", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.127", %"tcp_header.require.endif"], [%"keys.128", %"tcp_header.copy_last_byte_failed.endif"]
  %".2828" = add i64 %"cursor.37", %".2804"
  %".2829" = add i64 %"cursor.37", 20
  %".2830" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2829")
  %".2831" = icmp eq i64 %".2803", 0
  %"end.2" = select  i1 %".2831", i64 %".2830", i64 %".2828"
  %".2832" = trunc i64 %"cursor.37" to i16
  %".2833" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".2832", ptr %".2833", align 2
  br label %"return"
tcp_header.copy_last_byte:
  %".2809" = add i64 %"cursor.37", %".2804"
  %".2810" = sub i64 %".2809", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2811" = trunc i64 %".2810" to i32
  %".2812" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2811", i64* %"last_byte", i32 1)
  %".2813" = icmp eq i64 %".2812", 0
  %".2814" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2815" = load i32, ptr %".2814", align 4
  %".2816" = zext i32 %".2815" to i64
  %"data.128" = inttoptr i64 %".2816" to ptr
  %".2817" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2818" = load i32, ptr %".2817", align 4
  %".2819" = zext i32 %".2818" to i64
  %"data_end.128" = inttoptr i64 %".2819" to ptr
  %".2820" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.128" = load ptr, ptr %".2820", align 8
  %".2821" = xor i1 %".2813", -1
  br i1 %".2821", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2823" = trunc i64 %"cursor.37" to i16
  %".2824" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2823", ptr %".2824", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2840" = trunc i64 %"cursor.38" to i32
  %".2841" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2840", [40 x i8]* %"header_copy", i32 8)
  %".2842" = icmp eq i64 %".2841", 0
  %".2843" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2844" = load i32, ptr %".2843", align 4
  %".2845" = zext i32 %".2844" to i64
  %"data.130" = inttoptr i64 %".2845" to ptr
  %".2846" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2847" = load i32, ptr %".2846", align 4
  %".2848" = zext i32 %".2847" to i64
  %"data_end.130" = inttoptr i64 %".2848" to ptr
  %".2849" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.130" = load ptr, ptr %".2849", align 8
  %".2850" = xor i1 %".2842", -1
  br i1 %".2850", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".2852" = trunc i64 %"cursor.38" to i16
  %".2853" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".2852", ptr %".2853", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".2864" = trunc i64 %".2857" to i16
  %".2865" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".2864", ptr %".2865", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  %".2868" = getelementptr i8, ptr %"keys.131", i64 12
  store i32 0, ptr %".2868", align 4
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.55" = phi  i64 [%".2857", %"vxlan_d0.to_ethernet"], [%"end.3", %"geneve_d0.to_ethernet"], [%"end.5", %"gre_d0.to_ethernet"], [%".6367", %"widening.test.14"]
  %"data.132" = phi  ptr [%"data.131", %"vxlan_d0.to_ethernet"], [%"data.136", %"geneve_d0.to_ethernet"], [%"data.148", %"gre_d0.to_ethernet"], [%"data.271", %"widening.test.14"]
  %"data_end.132" = phi  ptr [%"data_end.131", %"vxlan_d0.to_ethernet"], [%"data_end.136", %"geneve_d0.to_ethernet"], [%"data_end.148", %"gre_d0.to_ethernet"], [%"data_end.271", %"widening.test.14"]
  %"keys.132" = phi  ptr [%"keys.131", %"vxlan_d0.to_ethernet"], [%"keys.136", %"geneve_d0.to_ethernet"], [%"keys.148", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.14"]
  %"hdr.49" = getelementptr i8, ptr %"data.132", i64 %"cursor.55"
  %".4177" = getelementptr i8, ptr %"hdr.49", i64 14
  %".4178" = icmp ugt ptr %".4177", %"data_end.132"
  br i1 %".4178", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4180" = getelementptr i8, ptr %"hdr.49", i64 12
  %".4181" = load i16, ptr %".4180", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4181", %"ethernet_d1.linear"], [%".4200", %"ethernet_d1.copy_failed.endif"]
  %"data.188" = phi  ptr [%"data.132", %"ethernet_d1.linear"], [%"data.187", %"ethernet_d1.copy_failed.endif"]
  %"data_end.188" = phi  ptr [%"data_end.132", %"ethernet_d1.linear"], [%"data_end.187", %"ethernet_d1.copy_failed.endif"]
  %"keys.188" = phi  ptr [%"keys.132", %"ethernet_d1.linear"], [%"keys.187", %"ethernet_d1.copy_failed.endif"]
  %".4202" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4203" = zext i16 %".4202" to i64
  %".4204" = trunc i64 %".4203" to i16
  %".4205" = call i16 @"llvm.bswap.i16"(i16 %".4204")
  %".4206" = getelementptr i8, ptr %"keys.188", i64 10
  store i16 %".4205", ptr %".4206", align 2
  %".4208" = add i64 %"cursor.55", 14
  %".4209" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4210" = zext i16 %".4209" to i64
  switch i64 %".4210", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
vxlan_d0.unknown:
  %".2871" = trunc i64 %".2857" to i16
  %".2872" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".2871", ptr %".2872", align 2
  br label %"return"
geneve_d0.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2884" = trunc i64 %"cursor.39" to i32
  %".2885" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2884", [40 x i8]* %"header_copy", i32 8)
  %".2886" = icmp eq i64 %".2885", 0
  %".2887" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2888" = load i32, ptr %".2887", align 4
  %".2889" = zext i32 %".2888" to i64
  %"data.133" = inttoptr i64 %".2889" to ptr
  %".2890" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2891" = load i32, ptr %".2890", align 4
  %".2892" = zext i32 %".2891" to i64
  %"data_end.133" = inttoptr i64 %".2892" to ptr
  %".2893" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.133" = load ptr, ptr %".2893", align 8
  %".2894" = xor i1 %".2886", -1
  br i1 %".2894", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".2896" = trunc i64 %"cursor.39" to i16
  %".2897" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".2896", ptr %".2897", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".2900" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2901" = load volatile i8, [40 x i8]* %".2900", align 1
  %".2902" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2903" = load volatile i16, [40 x i8]* %".2902", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".2910" = trunc i64 %"cursor.39" to i16
  %".2911" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2910", ptr %".2911", align 2
  br label %"return"
geneve_d0.copy_last_byte:
  %".2923" = add i64 %"cursor.39", %".2918"
  %".2924" = sub i64 %".2923", 1
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2925" = trunc i64 %".2924" to i32
  %".2926" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".2925", i64* %"last_byte", i32 1)
  %".2927" = icmp eq i64 %".2926", 0
  %".2928" = getelementptr i8, ptr %"ctx.40", i64 76
  %".2929" = load i32, ptr %".2928", align 4
  %".2930" = zext i32 %".2929" to i64
  %"data.135" = inttoptr i64 %".2930" to ptr
  %".2931" = getelementptr i8, ptr %"ctx.40", i64 80
  %".2932" = load i32, ptr %".2931", align 4
  %".2933" = zext i32 %".2932" to i64
  %"data_end.135" = inttoptr i64 %".2933" to ptr
  %".2934" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.135" = load ptr, ptr %".2934", align 8
  %".2935" = xor i1 %".2927", -1
  br i1 %".2935", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".2937" = trunc i64 %"cursor.39" to i16
  %".2938" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".2937", ptr %".2938", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".2952" = trunc i64 %"end.3" to i16
  %".2953" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".2952", ptr %".2953", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".2956" = getelementptr i8, ptr %"keys.136", i64 12
  store i32 0, ptr %".2956", align 4
  %".2958" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2959" = zext i16 %".2958" to i64
  switch i64 %".2959", label %"geneve_d0.unknown" [i64 25944, label %"geneve_d0.to_ethernet" i64 2048, label %"geneve_d0.to_ipv4" i64 34525, label %"geneve_d0.to_ipv6"]  , !prof !5
geneve_d0.to_ethernet:
  br label %"ethernet_d1"
geneve_d0.unknown:
  %".2961" = trunc i64 %"end.3" to i16
  %".2962" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".2961", ptr %".2962", align 2
  br label %"return"
geneve_d0.to_ipv4:
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2976" = trunc i64 %"cursor.40" to i32
  %".2977" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".2976", [40 x i8]* %"header_copy", i32 4)
  %".2978" = icmp eq i64 %".2977", 0
  %".2979" = getelementptr i8, ptr %"ctx.41", i64 76
  %".2980" = load i32, ptr %".2979", align 4
  %".2981" = zext i32 %".2980" to i64
  %"data.137" = inttoptr i64 %".2981" to ptr
  %".2982" = getelementptr i8, ptr %"ctx.41", i64 80
  %".2983" = load i32, ptr %".2982", align 4
  %".2984" = zext i32 %".2983" to i64
  %"data_end.137" = inttoptr i64 %".2984" to ptr
  %".2985" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.137" = load ptr, ptr %".2985", align 8
  %".2986" = xor i1 %".2978", -1
  br i1 %".2986", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".2988" = trunc i64 %"cursor.40" to i16
  %".2989" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".2988", ptr %".2989", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".2992" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2993" = load volatile i8, [40 x i8]* %".2992", align 1
  %".2994" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2995" = load volatile i8, [40 x i8]* %".2994", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".3007" = trunc i64 %"cursor.40" to i16
  %".3008" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3007", ptr %".3008", align 2
  br label %"return"
gue_d0.copy_last_byte:
  %".3020" = add i64 %"cursor.40", %".3015"
  %".3021" = sub i64 %".3020", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3022" = trunc i64 %".3021" to i32
  %".3023" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3022", i64* %"last_byte", i32 1)
  %".3024" = icmp eq i64 %".3023", 0
  %".3025" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3026" = load i32, ptr %".3025", align 4
  %".3027" = zext i32 %".3026" to i64
  %"data.139" = inttoptr i64 %".3027" to ptr
  %".3028" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3029" = load i32, ptr %".3028", align 4
  %".3030" = zext i32 %".3029" to i64
  %"data_end.139" = inttoptr i64 %".3030" to ptr
  %".3031" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.139" = load ptr, ptr %".3031", align 8
  %".3032" = xor i1 %".3024", -1
  br i1 %".3032", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".3034" = trunc i64 %"cursor.40" to i16
  %".3035" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".3034", ptr %".3035", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".3049" = trunc i64 %"end.4" to i16
  %".3050" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3049", ptr %".3050", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".3053" = getelementptr i8, ptr %"keys.140", i64 12
  store i32 0, ptr %".3053", align 4
  %".3055" = zext i8 %"w1_1.6" to i64
  switch i64 %".3055", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.to_ipv4:
  br label %"ipv4_d1"
gue_d0.unknown:
  %".3057" = trunc i64 %"end.4" to i16
  %".3058" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3057", ptr %".3058", align 2
  br label %"return"
gue_d0.to_ipv6:
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3071" = trunc i64 %"cursor.41" to i32
  %".3072" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3071", [40 x i8]* %"header_copy", i32 8)
  %".3073" = icmp eq i64 %".3072", 0
  %".3074" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3075" = load i32, ptr %".3074", align 4
  %".3076" = zext i32 %".3075" to i64
  %"data.141" = inttoptr i64 %".3076" to ptr
  %".3077" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3078" = load i32, ptr %".3077", align 4
  %".3079" = zext i32 %".3078" to i64
  %"data_end.141" = inttoptr i64 %".3079" to ptr
  %".3080" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.141" = load ptr, ptr %".3080", align 8
  %".3081" = xor i1 %".3073", -1
  br i1 %".3081", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".3083" = trunc i64 %"cursor.41" to i16
  %".3084" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3083", ptr %".3084", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".3087" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3088" = load volatile i8, [40 x i8]* %".3087", align 1
  %".3089" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3090" = load volatile i8, [40 x i8]* %".3089", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".3105" = trunc i64 %"cursor.41" to i16
  %".3106" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3105", ptr %".3106", align 2
  br label %"return"
gtpu_d0.stop_at_encap:
  %".3116" = trunc i64 %".3109" to i16
  %".3117" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3116", ptr %".3117", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".3120" = getelementptr i8, ptr %"keys.142", i64 12
  store i32 0, ptr %".3120", align 4
  %".3122" = zext i8 %"w0_1.12" to i64
  %".3123" = lshr i64 %".3122", 2
  %".3124" = and i64 %".3123", 1
  %".3125" = mul i64 %".3124", 4
  %".3126" = zext i8 %"w0_1.12" to i64
  %".3127" = lshr i64 %".3126", 1
  %".3128" = and i64 %".3127", 1
  %".3129" = mul i64 %".3128", 2
  %".3130" = add i64 %".3125", %".3129"
  %".3131" = zext i8 %"w0_1.12" to i64
  %".3132" = and i64 %".3131", 1
  %".3133" = add i64 %".3130", %".3132"
  %".3134" = icmp uge i64 %".3133", 1
  %".3135" = icmp ule i64 %".3133", 3
  %".3136" = and i1 %".3134", %".3135"
  br i1 %".3136", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
gtpu_d0.unknown:
  %".3143" = trunc i64 %".3109" to i16
  %".3144" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3143", ptr %".3144", align 2
  br label %"return"
gtpu_d0.to_gtpu_opt:
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".3138" = icmp uge i64 %".3133", 4
  %".3139" = icmp ule i64 %".3133", 7
  %".3140" = and i1 %".3138", %".3139"
  br i1 %".3140", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  switch i64 %".3133", label %"gtpu_d0.unknown" [i64 0, label %"gtpu_d0.to_ip_version"]
gtpu_d0.to_ip_version:
  br label %"ip_version_d1"
gtpu_opt_d1:
  %"cursor.56" = phi  i64 [%".3109", %"gtpu_d0.to_gtpu_opt"]
  %"data.143" = phi  ptr [%"data.142", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.143" = phi  ptr [%"data_end.142", %"gtpu_d0.to_gtpu_opt"]
  %"keys.143" = phi  ptr [%"keys.142", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.50" = getelementptr i8, ptr %"data.143", i64 %"cursor.56"
  %".4232" = getelementptr i8, ptr %"hdr.50", i64 4
  %".4233" = icmp ugt ptr %".4232", %"data_end.143"
  br i1 %".4233", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.190" = phi  ptr [%"data.143", %"gtpu_opt_d1.linear"], [%"data.189", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.190" = phi  ptr [%"data_end.143", %"gtpu_opt_d1.linear"], [%"data_end.189", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.190" = phi  ptr [%"keys.143", %"gtpu_opt_d1.linear"], [%"keys.189", %"gtpu_opt_d1.copy_failed.endif"]
  %".4253" = add i64 %"cursor.56", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_opt_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_seq_d1:
  %"cursor.57" = phi  i64 [%".3109", %"gtpu_d0.to_gtpu_seq"]
  %"data.144" = phi  ptr [%"data.142", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.144" = phi  ptr [%"data_end.142", %"gtpu_d0.to_gtpu_seq"]
  %"keys.144" = phi  ptr [%"keys.142", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.51" = getelementptr i8, ptr %"data.144", i64 %"cursor.57"
  %".4260" = getelementptr i8, ptr %"hdr.51", i64 3
  %".4261" = icmp ugt ptr %".4260", %"data_end.144"
  br i1 %".4261", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.192" = phi  ptr [%"data.144", %"gtpu_seq_d1.linear"], [%"data.191", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.192" = phi  ptr [%"data_end.144", %"gtpu_seq_d1.linear"], [%"data_end.191", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.192" = phi  ptr [%"keys.144", %"gtpu_seq_d1.linear"], [%"keys.191", %"gtpu_seq_d1.copy_failed.endif"]
  %".4281" = add i64 %"cursor.57", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
gtpu_seq_d1.to_gtpu_next:
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.72" = phi  i64 [%".4281", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.193" = phi  ptr [%"data.192", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.193" = phi  ptr [%"data_end.192", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.193" = phi  ptr [%"keys.192", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.64" = getelementptr i8, ptr %"data.193", i64 %"cursor.72"
  %".5544" = getelementptr i8, ptr %"hdr.64", i64 1
  %".5545" = icmp ugt ptr %".5544", %"data_end.193"
  br i1 %".5545", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5547" = getelementptr i8, ptr %"hdr.64", i64 0
  %".5548" = load i8, ptr %".5547", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.25" = phi  i8 [%".5548", %"gtpu_next_d1.linear"], [%".5567", %"gtpu_next_d1.copy_failed.endif"]
  %"data.232" = phi  ptr [%"data.193", %"gtpu_next_d1.linear"], [%"data.231", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.232" = phi  ptr [%"data_end.193", %"gtpu_next_d1.linear"], [%"data_end.231", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.232" = phi  ptr [%"keys.193", %"gtpu_next_d1.linear"], [%"keys.231", %"gtpu_next_d1.copy_failed.endif"]
  %".5569" = add i64 %"cursor.72", 1
  %".5570" = zext i8 %"w0_1.25" to i64
  %".5571" = icmp uge i64 %".5570", 1
  %".5572" = icmp ule i64 %".5570", 255
  %".5573" = and i1 %".5571", %".5572"
  br i1 %".5573", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
shim_d0.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3156" = trunc i64 %"cursor.42" to i32
  %".3157" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3156", [40 x i8]* %"header_copy", i32 8)
  %".3158" = icmp eq i64 %".3157", 0
  %".3159" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3160" = load i32, ptr %".3159", align 4
  %".3161" = zext i32 %".3160" to i64
  %"data.145" = inttoptr i64 %".3161" to ptr
  %".3162" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3163" = load i32, ptr %".3162", align 4
  %".3164" = zext i32 %".3163" to i64
  %"data_end.145" = inttoptr i64 %".3164" to ptr
  %".3165" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.145" = load ptr, ptr %".3165", align 8
  %".3166" = xor i1 %".3158", -1
  br i1 %".3166", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3168" = trunc i64 %"cursor.42" to i16
  %".3169" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3168", ptr %".3169", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3172" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3173" = load volatile i16, [40 x i8]* %".3172", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".3182" = trunc i64 %".3175" to i16
  %".3183" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3182", ptr %".3183", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".3186" = getelementptr i8, ptr %"keys.146", i64 12
  store i32 0, ptr %".3186", align 4
  %".3188" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".3189" = zext i16 %".3188" to i64
  switch i64 %".3189", label %"shim_d0.unknown" [i64 2048, label %"shim_d0.to_ipv4"]
shim_d0.to_ipv4:
  br label %"ipv4_d1"
shim_d0.unknown:
  %".3191" = trunc i64 %".3175" to i16
  %".3192" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3191", ptr %".3192", align 2
  br label %"return"
gre_d0.stop_before:
  %".3205" = trunc i64 %"cursor.43" to i16
  %".3206" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".3205", ptr %".3206", align 2
  br label %"return"
gre_d0.copy_last_byte:
  %".3227" = add i64 %"cursor.43", %".3222"
  %".3228" = sub i64 %".3227", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3229" = trunc i64 %".3228" to i32
  %".3230" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3229", i64* %"last_byte", i32 1)
  %".3231" = icmp eq i64 %".3230", 0
  %".3232" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3233" = load i32, ptr %".3232", align 4
  %".3234" = zext i32 %".3233" to i64
  %"data.147" = inttoptr i64 %".3234" to ptr
  %".3235" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3236" = load i32, ptr %".3235", align 4
  %".3237" = zext i32 %".3236" to i64
  %"data_end.147" = inttoptr i64 %".3237" to ptr
  %".3238" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.147" = load ptr, ptr %".3238", align 8
  %".3239" = xor i1 %".3231", -1
  br i1 %".3239", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3241" = trunc i64 %"cursor.43" to i16
  %".3242" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3241", ptr %".3242", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3256" = trunc i64 %"end.5" to i16
  %".3257" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3256", ptr %".3257", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".3260" = getelementptr i8, ptr %"keys.148", i64 12
  store i32 0, ptr %".3260", align 4
  %".3262" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3263" = zext i16 %".3262" to i64
  %".3264" = trunc i64 %".3263" to i16
  %".3265" = call i16 @"llvm.bswap.i16"(i16 %".3264")
  %".3266" = getelementptr i8, ptr %"keys.148", i64 10
  store i16 %".3265", ptr %".3266", align 2
  %".3268" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3269" = zext i16 %".3268" to i64
  switch i64 %".3269", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !6
gre_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.unknown:
  %".3271" = trunc i64 %"end.5" to i16
  %".3272" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3271", ptr %".3272", align 2
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
pptp_d0.stop_before:
  %".3301" = trunc i64 %"cursor.44" to i16
  %".3302" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".3301", ptr %".3302", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".3327" = add i64 %"cursor.44", %".3322"
  %".3328" = sub i64 %".3327", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3329" = trunc i64 %".3328" to i32
  %".3330" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3329", i64* %"last_byte", i32 1)
  %".3331" = icmp eq i64 %".3330", 0
  %".3332" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3333" = load i32, ptr %".3332", align 4
  %".3334" = zext i32 %".3333" to i64
  %"data.149" = inttoptr i64 %".3334" to ptr
  %".3335" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3336" = load i32, ptr %".3335", align 4
  %".3337" = zext i32 %".3336" to i64
  %"data_end.149" = inttoptr i64 %".3337" to ptr
  %".3338" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.149" = load ptr, ptr %".3338", align 8
  %".3339" = xor i1 %".3331", -1
  br i1 %".3339", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3341" = trunc i64 %"cursor.44" to i16
  %".3342" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3341", ptr %".3342", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3351" = trunc i64 %"end.6" to i16
  %".3352" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3351", ptr %".3352", align 2
  br label %"return"
udp_d1.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3364" = trunc i64 %"cursor.45" to i32
  %".3365" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3364", [40 x i8]* %"header_copy", i32 4)
  %".3366" = icmp eq i64 %".3365", 0
  %".3367" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3368" = load i32, ptr %".3367", align 4
  %".3369" = zext i32 %".3368" to i64
  %"data.152" = inttoptr i64 %".3369" to ptr
  %".3370" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3371" = load i32, ptr %".3370", align 4
  %".3372" = zext i32 %".3371" to i64
  %"data_end.152" = inttoptr i64 %".3372" to ptr
  %".3373" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.152" = load ptr, ptr %".3373", align 8
  %".3374" = xor i1 %".3366", -1
  br i1 %".3374", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3376" = trunc i64 %"cursor.45" to i16
  %".3377" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3376", ptr %".3377", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".3380" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3381" = load volatile i16, [40 x i8]* %".3380", align 2
  %".3382" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3383" = load volatile i16, [40 x i8]* %".3382", align 2
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".3403" = add i64 %"cursor.45", %".3398"
  %".3404" = sub i64 %".3403", 1
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3405" = trunc i64 %".3404" to i32
  %".3406" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3405", i64* %"last_byte", i32 1)
  %".3407" = icmp eq i64 %".3406", 0
  %".3408" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3409" = load i32, ptr %".3408", align 4
  %".3410" = zext i32 %".3409" to i64
  %"data.154" = inttoptr i64 %".3410" to ptr
  %".3411" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3412" = load i32, ptr %".3411", align 4
  %".3413" = zext i32 %".3412" to i64
  %"data_end.154" = inttoptr i64 %".3413" to ptr
  %".3414" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.154" = load ptr, ptr %".3414", align 8
  %".3415" = xor i1 %".3407", -1
  br i1 %".3415", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3417" = trunc i64 %"cursor.45" to i16
  %".3418" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3417", ptr %".3418", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3426" = trunc i64 %"cursor.45" to i16
  %".3427" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3426", ptr %".3427", align 2
  br label %"return"
udp_d1.to_geneve:
  br label %"geneve_d1"
udp_d1.to_gue:
  br label %"gue_d1"
udp_d1.to_gtpu:
  br label %"gtpu_d1"
udp_d1.to_shim:
  br label %"shim_d1"
geneve_d1:
  %"cursor.60" = phi  i64 [%".3422", %"udp_d1.to_geneve"]
  %"data.157" = phi  ptr [%"data.155", %"udp_d1.to_geneve"]
  %"data_end.157" = phi  ptr [%"data_end.155", %"udp_d1.to_geneve"]
  %"keys.157" = phi  ptr [%"keys.155", %"udp_d1.to_geneve"]
  %"hdr.54" = getelementptr i8, ptr %"data.157", i64 %"cursor.60"
  %".4418" = getelementptr i8, ptr %"hdr.54", i64 8
  %".4419" = icmp ugt ptr %".4418", %"data_end.157"
  br i1 %".4419", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4421" = getelementptr i8, ptr %"hdr.54", i64 0
  %".4422" = load i8, ptr %".4421", align 1
  %".4423" = getelementptr i8, ptr %"hdr.54", i64 2
  %".4424" = load i16, ptr %".4423", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.18" = phi  i8 [%".4422", %"geneve_d1.linear"], [%".4443", %"geneve_d1.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4424", %"geneve_d1.linear"], [%".4445", %"geneve_d1.copy_failed.endif"]
  %"data.200" = phi  ptr [%"data.157", %"geneve_d1.linear"], [%"data.199", %"geneve_d1.copy_failed.endif"]
  %"data_end.200" = phi  ptr [%"data_end.157", %"geneve_d1.linear"], [%"data_end.199", %"geneve_d1.copy_failed.endif"]
  %"keys.200" = phi  ptr [%"keys.157", %"geneve_d1.linear"], [%"keys.199", %"geneve_d1.copy_failed.endif"]
  %".4447" = zext i8 %"w0_1.18" to i64
  %".4448" = lshr i64 %".4447", 6
  %".4449" = and i64 %".4448", 3
  %".4450" = icmp ne i64 %".4449", 0
  br i1 %".4450", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif", !prof !0
geneve_d1.stop_before.endif:
  %".4456" = add i64 %"cursor.60", 8
  %".4457" = zext i8 %"w0_1.18" to i64
  %".4458" = and i64 %".4457", 63
  %".4459" = mul i64 %".4458", 4
  %".4460" = add i64 %".4459", 8
  %".4461" = getelementptr i8, ptr %"data.200", i64 %"cursor.60"
  %".4462" = getelementptr i8, ptr %".4461", i64 %".4460"
  %".4463" = icmp ugt ptr %".4462", %"data_end.200"
  br i1 %".4463", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.202" = phi  ptr [%"data.200", %"geneve_d1.stop_before.endif"], [%"data.201", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.202" = phi  ptr [%"data_end.200", %"geneve_d1.stop_before.endif"], [%"data_end.201", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.202" = phi  ptr [%"keys.200", %"geneve_d1.stop_before.endif"], [%"keys.201", %"geneve_d1.copy_last_byte_failed.endif"]
  %".4484" = add i64 %"cursor.60", %".4460"
  %".4485" = add i64 %"cursor.60", 8
  %".4486" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4485")
  %".4487" = icmp eq i64 %".4459", 0
  %"end.7" = select  i1 %".4487", i64 %".4486", i64 %".4484"
  %".4488" = getelementptr i8, ptr %"keys.202", i64 8
  store i8 1, ptr %".4488", align 1
  %".4490" = getelementptr i8, ptr %"keys.202", i64 48
  %"flags.74" = load volatile i32, ptr %".4490", align 4
  %".4491" = and i32 %"flags.74", 4
  %".4492" = icmp ne i32 %".4491", 0
  br i1 %".4492", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
gue_d1:
  %"cursor.61" = phi  i64 [%".3422", %"udp_d1.to_gue"]
  %"data.158" = phi  ptr [%"data.155", %"udp_d1.to_gue"]
  %"data_end.158" = phi  ptr [%"data_end.155", %"udp_d1.to_gue"]
  %"keys.158" = phi  ptr [%"keys.155", %"udp_d1.to_gue"]
  %"hdr.55" = getelementptr i8, ptr %"data.158", i64 %"cursor.61"
  %".4519" = getelementptr i8, ptr %"hdr.55", i64 4
  %".4520" = icmp ugt ptr %".4519", %"data_end.158"
  br i1 %".4520", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4522" = getelementptr i8, ptr %"hdr.55", i64 0
  %".4523" = load i8, ptr %".4522", align 1
  %".4524" = getelementptr i8, ptr %"hdr.55", i64 1
  %".4525" = load i8, ptr %".4524", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.19" = phi  i8 [%".4523", %"gue_d1.linear"], [%".4544", %"gue_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4525", %"gue_d1.linear"], [%".4546", %"gue_d1.copy_failed.endif"]
  %"data.204" = phi  ptr [%"data.158", %"gue_d1.linear"], [%"data.203", %"gue_d1.copy_failed.endif"]
  %"data_end.204" = phi  ptr [%"data_end.158", %"gue_d1.linear"], [%"data_end.203", %"gue_d1.copy_failed.endif"]
  %"keys.204" = phi  ptr [%"keys.158", %"gue_d1.linear"], [%"keys.203", %"gue_d1.copy_failed.endif"]
  %".4548" = zext i8 %"w0_1.19" to i64
  %".4549" = lshr i64 %".4548", 6
  %".4550" = and i64 %".4549", 3
  %".4551" = icmp ne i64 %".4550", 0
  %".4552" = zext i8 %"w0_1.19" to i64
  %".4553" = lshr i64 %".4552", 5
  %".4554" = and i64 %".4553", 1
  %".4555" = icmp ne i64 %".4554", 0
  %".4556" = or i1 %".4551", %".4555"
  br i1 %".4556", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif", !prof !0
gue_d1.stop_before.endif:
  %".4562" = add i64 %"cursor.61", 4
  %".4563" = zext i8 %"w0_1.19" to i64
  %".4564" = and i64 %".4563", 31
  %".4565" = mul i64 %".4564", 4
  %".4566" = add i64 %".4565", 4
  %".4567" = getelementptr i8, ptr %"data.204", i64 %"cursor.61"
  %".4568" = getelementptr i8, ptr %".4567", i64 %".4566"
  %".4569" = icmp ugt ptr %".4568", %"data_end.204"
  br i1 %".4569", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.206" = phi  ptr [%"data.204", %"gue_d1.stop_before.endif"], [%"data.205", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.204", %"gue_d1.stop_before.endif"], [%"data_end.205", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.204", %"gue_d1.stop_before.endif"], [%"keys.205", %"gue_d1.copy_last_byte_failed.endif"]
  %".4590" = add i64 %"cursor.61", %".4566"
  %".4591" = add i64 %"cursor.61", 4
  %".4592" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4591")
  %".4593" = icmp eq i64 %".4565", 0
  %"end.8" = select  i1 %".4593", i64 %".4592", i64 %".4590"
  %".4594" = getelementptr i8, ptr %"keys.206", i64 8
  store i8 1, ptr %".4594", align 1
  %".4596" = getelementptr i8, ptr %"keys.206", i64 48
  %"flags.75" = load volatile i32, ptr %".4596", align 4
  %".4597" = and i32 %"flags.75", 4
  %".4598" = icmp ne i32 %".4597", 0
  br i1 %".4598", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gtpu_d1:
  %"cursor.62" = phi  i64 [%".3422", %"udp_d1.to_gtpu"]
  %"data.159" = phi  ptr [%"data.155", %"udp_d1.to_gtpu"]
  %"data_end.159" = phi  ptr [%"data_end.155", %"udp_d1.to_gtpu"]
  %"keys.159" = phi  ptr [%"keys.155", %"udp_d1.to_gtpu"]
  %"hdr.56" = getelementptr i8, ptr %"data.159", i64 %"cursor.62"
  %".4620" = getelementptr i8, ptr %"hdr.56", i64 8
  %".4621" = icmp ugt ptr %".4620", %"data_end.159"
  br i1 %".4621", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".4623" = getelementptr i8, ptr %"hdr.56", i64 0
  %".4624" = load i8, ptr %".4623", align 1
  %".4625" = getelementptr i8, ptr %"hdr.56", i64 1
  %".4626" = load i8, ptr %".4625", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.20" = phi  i8 [%".4624", %"gtpu_d1.linear"], [%".4645", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4626", %"gtpu_d1.linear"], [%".4647", %"gtpu_d1.copy_failed.endif"]
  %"data.208" = phi  ptr [%"data.159", %"gtpu_d1.linear"], [%"data.207", %"gtpu_d1.copy_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.159", %"gtpu_d1.linear"], [%"data_end.207", %"gtpu_d1.copy_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.159", %"gtpu_d1.linear"], [%"keys.207", %"gtpu_d1.copy_failed.endif"]
  %".4649" = zext i8 %"w0_1.20" to i64
  %".4650" = lshr i64 %".4649", 5
  %".4651" = and i64 %".4650", 7
  %".4652" = icmp ne i64 %".4651", 1
  %".4653" = zext i8 %"w0_1.20" to i64
  %".4654" = lshr i64 %".4653", 4
  %".4655" = and i64 %".4654", 1
  %".4656" = icmp ne i64 %".4655", 1
  %".4657" = or i1 %".4652", %".4656"
  %".4658" = zext i8 %"w1_1.12" to i64
  %".4659" = icmp ne i64 %".4658", 255
  %".4660" = or i1 %".4657", %".4659"
  br i1 %".4660", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif", !prof !0
gtpu_d1.stop_before.endif:
  %".4666" = add i64 %"cursor.62", 8
  %".4667" = getelementptr i8, ptr %"keys.208", i64 8
  store i8 1, ptr %".4667", align 1
  %".4669" = getelementptr i8, ptr %"keys.208", i64 48
  %"flags.76" = load volatile i32, ptr %".4669", align 4
  %".4670" = and i32 %"flags.76", 4
  %".4671" = icmp ne i32 %".4670", 0
  br i1 %".4671", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
shim_d1:
  %"cursor.63" = phi  i64 [%".3422", %"udp_d1.to_shim"]
  %"data.160" = phi  ptr [%"data.155", %"udp_d1.to_shim"]
  %"data_end.160" = phi  ptr [%"data_end.155", %"udp_d1.to_shim"]
  %"keys.160" = phi  ptr [%"keys.155", %"udp_d1.to_shim"]
  %"hdr.57" = getelementptr i8, ptr %"data.160", i64 %"cursor.63"
  %".4716" = getelementptr i8, ptr %"hdr.57", i64 8
  %".4717" = icmp ugt ptr %".4716", %"data_end.160"
  br i1 %".4717", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4719" = getelementptr i8, ptr %"hdr.57", i64 2
  %".4720" = load i16, ptr %".4719", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.19" = phi  i16 [%".4720", %"shim_d1.linear"], [%".4739", %"shim_d1.copy_failed.endif"]
  %"data.210" = phi  ptr [%"data.160", %"shim_d1.linear"], [%"data.209", %"shim_d1.copy_failed.endif"]
  %"data_end.210" = phi  ptr [%"data_end.160", %"shim_d1.linear"], [%"data_end.209", %"shim_d1.copy_failed.endif"]
  %"keys.210" = phi  ptr [%"keys.160", %"shim_d1.linear"], [%"keys.209", %"shim_d1.copy_failed.endif"]
  %".4741" = add i64 %"cursor.63", 8
  %".4742" = getelementptr i8, ptr %"keys.210", i64 8
  store i8 1, ptr %".4742", align 1
  %".4744" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.77" = load volatile i32, ptr %".4744", align 4
  %".4745" = and i32 %"flags.77", 4
  %".4746" = icmp ne i32 %".4745", 0
  br i1 %".4746", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_version_d1.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3445" = trunc i64 %"cursor.46" to i32
  %".3446" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3445", [40 x i8]* %"header_copy", i32 4)
  %".3447" = icmp eq i64 %".3446", 0
  %".3448" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3449" = load i32, ptr %".3448", align 4
  %".3450" = zext i32 %".3449" to i64
  %"data.161" = inttoptr i64 %".3450" to ptr
  %".3451" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3452" = load i32, ptr %".3451", align 4
  %".3453" = zext i32 %".3452" to i64
  %"data_end.161" = inttoptr i64 %".3453" to ptr
  %".3454" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.161" = load ptr, ptr %".3454", align 8
  %".3455" = xor i1 %".3447", -1
  br i1 %".3455", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3457" = trunc i64 %"cursor.46" to i16
  %".3458" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3457", ptr %".3458", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3461" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3462" = load volatile i8, [40 x i8]* %".3461", align 1
  %".3463" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3464" = load volatile i8, [40 x i8]* %".3463", align 1
  %".3465" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3466" = load volatile i16, [40 x i8]* %".3465", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3477" = trunc i64 %"cursor.46" to i16
  %".3478" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3477", ptr %".3478", align 2
  br label %"return"
gre_version_d1.unknown:
  %".3490" = trunc i64 %"cursor.46" to i16
  %".3491" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".3490", ptr %".3491", align 2
  br label %"return"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
pptp_d1:
  %"cursor.65" = phi  i64 [%"cursor.46", %"gre_version_d1.to_pptp"]
  %"data.164" = phi  ptr [%"data.162", %"gre_version_d1.to_pptp"]
  %"data_end.164" = phi  ptr [%"data_end.162", %"gre_version_d1.to_pptp"]
  %"keys.164" = phi  ptr [%"keys.162", %"gre_version_d1.to_pptp"]
  %".4912" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4913" = zext i16 %".4912" to i64
  %".4914" = icmp ne i64 %".4913", 34827
  %".4915" = zext i8 %"w0_1.13" to i64
  %".4916" = lshr i64 %".4915", 5
  %".4917" = and i64 %".4916", 1
  %".4918" = icmp eq i64 %".4917", 0
  %".4919" = or i1 %".4914", %".4918"
  br i1 %".4919", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".4925" = add i64 %"cursor.65", 4
  %".4926" = zext i8 %"w0_1.13" to i64
  %".4927" = lshr i64 %".4926", 7
  %".4928" = and i64 %".4927", 1
  %".4929" = zext i8 %"w0_1.13" to i64
  %".4930" = lshr i64 %".4929", 5
  %".4931" = and i64 %".4930", 1
  %".4932" = add i64 %".4928", %".4931"
  %".4933" = zext i8 %"w0_1.13" to i64
  %".4934" = lshr i64 %".4933", 4
  %".4935" = and i64 %".4934", 1
  %".4936" = add i64 %".4932", %".4935"
  %".4937" = zext i8 %"w1_1.8" to i64
  %".4938" = lshr i64 %".4937", 7
  %".4939" = and i64 %".4938", 1
  %".4940" = add i64 %".4936", %".4939"
  %".4941" = mul i64 %".4940", 4
  %".4942" = add i64 %".4941", 4
  %".4943" = getelementptr i8, ptr %"data.164", i64 %"cursor.65"
  %".4944" = getelementptr i8, ptr %".4943", i64 %".4942"
  %".4945" = icmp ugt ptr %".4944", %"data_end.164"
  br i1 %".4945", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.214" = phi  ptr [%"data.164", %"pptp_d1.stop_before.endif"], [%"data.213", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.214" = phi  ptr [%"data_end.164", %"pptp_d1.stop_before.endif"], [%"data_end.213", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.214" = phi  ptr [%"keys.164", %"pptp_d1.stop_before.endif"], [%"keys.213", %"pptp_d1.copy_last_byte_failed.endif"]
  %".4966" = add i64 %"cursor.65", %".4942"
  %".4967" = add i64 %"cursor.65", 4
  %".4968" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4967")
  %".4969" = icmp eq i64 %".4941", 0
  %"end.10" = select  i1 %".4969", i64 %".4968", i64 %".4966"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.74" = phi  i64 [%"end.10", %"pptp_d1.to_ppp"]
  %"data.215" = phi  ptr [%"data.214", %"pptp_d1.to_ppp"]
  %"data_end.215" = phi  ptr [%"data_end.214", %"pptp_d1.to_ppp"]
  %"keys.215" = phi  ptr [%"keys.214", %"pptp_d1.to_ppp"]
  %"hdr.65" = getelementptr i8, ptr %"data.215", i64 %"cursor.74"
  %".5587" = getelementptr i8, ptr %"hdr.65", i64 4
  %".5588" = icmp ugt ptr %".5587", %"data_end.215"
  br i1 %".5588", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5590" = getelementptr i8, ptr %"hdr.65", i64 2
  %".5591" = load i16, ptr %".5590", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.22" = phi  i16 [%".5591", %"ppp_d1.linear"], [%".5610", %"ppp_d1.copy_failed.endif"]
  %"data.235" = phi  ptr [%"data.215", %"ppp_d1.linear"], [%"data.234", %"ppp_d1.copy_failed.endif"]
  %"data_end.235" = phi  ptr [%"data_end.215", %"ppp_d1.linear"], [%"data_end.234", %"ppp_d1.copy_failed.endif"]
  %"keys.235" = phi  ptr [%"keys.215", %"ppp_d1.linear"], [%"keys.234", %"ppp_d1.copy_failed.endif"]
  %".5612" = add i64 %"cursor.74", 4
  %".5613" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".5614" = zext i16 %".5613" to i64
  switch i64 %".5614", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ppp_d1.to_ipv4:
  %".5623" = trunc i64 2048 to i16
  %".5624" = call i16 @"llvm.bswap.i16"(i16 %".5623")
  %".5625" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".5624", ptr %".5625", align 2
  %".5627" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".5627", align 1
  %".5629" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.91" = load volatile i32, ptr %".5629", align 4
  %".5630" = and i32 %"flags.91", 4
  %".5631" = icmp ne i32 %".5630", 0
  br i1 %".5631", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3504" = trunc i64 %"cursor.47" to i32
  %".3505" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3504", [40 x i8]* %"header_copy", i32 2)
  %".3506" = icmp eq i64 %".3505", 0
  %".3507" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3508" = load i32, ptr %".3507", align 4
  %".3509" = zext i32 %".3508" to i64
  %"data.165" = inttoptr i64 %".3509" to ptr
  %".3510" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3511" = load i32, ptr %".3510", align 4
  %".3512" = zext i32 %".3511" to i64
  %"data_end.165" = inttoptr i64 %".3512" to ptr
  %".3513" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.165" = load ptr, ptr %".3513", align 8
  %".3514" = xor i1 %".3506", -1
  br i1 %".3514", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3516" = trunc i64 %"cursor.47" to i16
  %".3517" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3516", ptr %".3517", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3520" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3521" = load volatile i8, [40 x i8]* %".3520", align 1
  %".3522" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3523" = load volatile i8, [40 x i8]* %".3522", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3537" = trunc i64 %".3534" to i16
  %".3538" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3537", ptr %".3538", align 2
  br label %"return"
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
  %".3554" = trunc i64 34887 to i16
  %".3555" = call i16 @"llvm.bswap.i16"(i16 %".3554")
  %".3556" = getelementptr i8, ptr %"keys.166", i64 10
  store i16 %".3555", ptr %".3556", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3559" = trunc i64 2048 to i16
  %".3560" = call i16 @"llvm.bswap.i16"(i16 %".3559")
  %".3561" = getelementptr i8, ptr %"keys.166", i64 10
  store i16 %".3560", ptr %".3561", align 2
  %".3563" = getelementptr i8, ptr %"keys.166", i64 8
  store i8 1, ptr %".3563", align 1
  %".3565" = getelementptr i8, ptr %"keys.166", i64 48
  %"flags.58" = load volatile i32, ptr %".3565", align 4
  %".3566" = and i32 %"flags.58", 4
  %".3567" = icmp ne i32 %".3566", 0
  br i1 %".3567", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3579" = trunc i64 34525 to i16
  %".3580" = call i16 @"llvm.bswap.i16"(i16 %".3579")
  %".3581" = getelementptr i8, ptr %"keys.166", i64 10
  store i16 %".3580", ptr %".3581", align 2
  %".3583" = getelementptr i8, ptr %"keys.166", i64 8
  store i8 1, ptr %".3583", align 1
  %".3585" = getelementptr i8, ptr %"keys.166", i64 48
  %"flags.59" = load volatile i32, ptr %".3585", align 4
  %".3586" = and i32 %"flags.59", 4
  %".3587" = icmp ne i32 %".3586", 0
  br i1 %".3587", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.66" = phi  i64 [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".6521", %"widening.test.28"]
  %"data.167" = phi  ptr [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.285", %"widening.test.28"]
  %"data_end.167" = phi  ptr [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.285", %"widening.test.28"]
  %"keys.167" = phi  ptr [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.28"]
  %"hdr.58" = getelementptr i8, ptr %"data.167", i64 %"cursor.66"
  %".4976" = getelementptr i8, ptr %"hdr.58", i64 2
  %".4977" = icmp ugt ptr %".4976", %"data_end.167"
  br i1 %".4977", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".4979" = getelementptr i8, ptr %"hdr.58", i64 0
  %".4980" = load i8, ptr %".4979", align 1
  %".4981" = getelementptr i8, ptr %"hdr.58", i64 1
  %".4982" = load i8, ptr %".4981", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.21" = phi  i8 [%".4980", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5001", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4982", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5003", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.217" = phi  ptr [%"data.167", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.216", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.217" = phi  ptr [%"data_end.167", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.216", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.217" = phi  ptr [%"keys.167", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.216", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".5005" = zext i8 %"w0_1.21" to i64
  %".5006" = trunc i64 %".5005" to i8
  %".5007" = getelementptr i8, ptr %"keys.217", i64 9
  store i8 %".5006", ptr %".5007", align 1
  %".5009" = add i64 %"cursor.66", 2
  %".5010" = zext i8 %"w1_1.13" to i64
  %".5011" = mul i64 %".5010", 8
  %".5012" = add i64 %".5011", 6
  %".5013" = add i64 %".5012", 2
  %".5014" = add i64 %"cursor.66", %".5013"
  %".5015" = zext i8 %"w0_1.21" to i64
  switch i64 %".5015", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.67" = phi  i64 [%".3534", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".3632", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".6510", %"widening.test.27"]
  %"data.168" = phi  ptr [%"data.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.284", %"widening.test.27"]
  %"data_end.168" = phi  ptr [%"data_end.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.284", %"widening.test.27"]
  %"keys.168" = phi  ptr [%"keys.166", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.170", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.27"]
  %"hdr.59" = getelementptr i8, ptr %"data.168", i64 %"cursor.67"
  %".5079" = getelementptr i8, ptr %"hdr.59", i64 8
  %".5080" = icmp ugt ptr %".5079", %"data_end.168"
  br i1 %".5080", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".5082" = getelementptr i8, ptr %"hdr.59", i64 0
  %".5083" = load i8, ptr %".5082", align 1
  %".5084" = getelementptr i8, ptr %"hdr.59", i64 2
  %".5085" = load i16, ptr %".5084", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.22" = phi  i8 [%".5083", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5104", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.20" = phi  i16 [%".5085", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5106", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.221" = phi  ptr [%"data.168", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.221" = phi  ptr [%"data_end.168", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.221" = phi  ptr [%"keys.168", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.220", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".5108" = zext i8 %"w0_1.22" to i64
  %".5109" = trunc i64 %".5108" to i8
  %".5110" = getelementptr i8, ptr %"keys.221", i64 9
  store i8 %".5109", ptr %".5110", align 1
  %".5112" = add i64 %"cursor.67", 8
  %".5113" = icmp ne i64 1, 0
  %".5114" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5115" = zext i16 %".5114" to i64
  %".5116" = and i64 %".5115", 65528
  %".5117" = icmp eq i64 %".5116", 0
  br i1 %".5113", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".5139" = zext i8 %"w0_1.22" to i64
  switch i64 %".5139", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3569" = trunc i64 %".3534" to i16
  %".3570" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3569", ptr %".3570", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3573" = getelementptr i8, ptr %"keys.166", i64 12
  store i32 0, ptr %".3573", align 4
  %".3575" = trunc i64 %".3534" to i16
  %".3576" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3575", ptr %".3576", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3589" = trunc i64 %".3534" to i16
  %".3590" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3589", ptr %".3590", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3593" = getelementptr i8, ptr %"keys.166", i64 12
  store i32 0, ptr %".3593", align 4
  %".3595" = trunc i64 %".3534" to i16
  %".3596" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3595", ptr %".3596", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3607" = trunc i64 %"cursor.48" to i32
  %".3608" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3607", [40 x i8]* %"header_copy", i32 8)
  %".3609" = icmp eq i64 %".3608", 0
  %".3610" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3611" = load i32, ptr %".3610", align 4
  %".3612" = zext i32 %".3611" to i64
  %"data.169" = inttoptr i64 %".3612" to ptr
  %".3613" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3614" = load i32, ptr %".3613", align 4
  %".3615" = zext i32 %".3614" to i64
  %"data_end.169" = inttoptr i64 %".3615" to ptr
  %".3616" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.169" = load ptr, ptr %".3616", align 8
  %".3617" = xor i1 %".3609", -1
  br i1 %".3617", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3619" = trunc i64 %"cursor.48" to i16
  %".3620" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".3619", ptr %".3620", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3623" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3624" = load volatile i8, [40 x i8]* %".3623", align 1
  %".3625" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3626" = load volatile i16, [40 x i8]* %".3625", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3639" = getelementptr i8, ptr %"keys.170", i64 6
  store i8 1, ptr %".3639", align 1
  br i1 %".3637", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3642" = getelementptr i8, ptr %"keys.170", i64 7
  store i8 1, ptr %".3642", align 1
  %".3644" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.60" = load volatile i32, ptr %".3644", align 4
  %".3645" = and i32 %"flags.60", 1
  %".3646" = icmp ne i32 %".3645", 0
  %".3647" = xor i1 %".3646", -1
  br i1 %".3647", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3654" = trunc i64 %".3632" to i16
  %".3655" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3654", ptr %".3655", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3649" = trunc i64 %".3632" to i16
  %".3650" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3649", ptr %".3650", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3661" = trunc i64 %".3632" to i16
  %".3662" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3661", ptr %".3662", align 2
  br label %"return"
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
  %".3678" = trunc i64 34887 to i16
  %".3679" = call i16 @"llvm.bswap.i16"(i16 %".3678")
  %".3680" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3679", ptr %".3680", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3683" = trunc i64 2048 to i16
  %".3684" = call i16 @"llvm.bswap.i16"(i16 %".3683")
  %".3685" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3684", ptr %".3685", align 2
  %".3687" = getelementptr i8, ptr %"keys.170", i64 8
  store i8 1, ptr %".3687", align 1
  %".3689" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.61" = load volatile i32, ptr %".3689", align 4
  %".3690" = and i32 %"flags.61", 4
  %".3691" = icmp ne i32 %".3690", 0
  br i1 %".3691", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3703" = trunc i64 34525 to i16
  %".3704" = call i16 @"llvm.bswap.i16"(i16 %".3703")
  %".3705" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3704", ptr %".3705", align 2
  %".3707" = getelementptr i8, ptr %"keys.170", i64 8
  store i8 1, ptr %".3707", align 1
  %".3709" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.62" = load volatile i32, ptr %".3709", align 4
  %".3710" = and i32 %"flags.62", 4
  %".3711" = icmp ne i32 %".3710", 0
  br i1 %".3711", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3693" = trunc i64 %".3632" to i16
  %".3694" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3693", ptr %".3694", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3697" = getelementptr i8, ptr %"keys.170", i64 12
  store i32 0, ptr %".3697", align 4
  %".3699" = trunc i64 %".3632" to i16
  %".3700" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3699", ptr %".3700", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3713" = trunc i64 %".3632" to i16
  %".3714" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3713", ptr %".3714", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3717" = getelementptr i8, ptr %"keys.170", i64 12
  store i32 0, ptr %".3717", align 4
  %".3719" = trunc i64 %".3632" to i16
  %".3720" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3719", ptr %".3720", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3731" = trunc i64 %"cursor.49" to i32
  %".3732" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3731", [40 x i8]* %"header_copy", i32 2)
  %".3733" = icmp eq i64 %".3732", 0
  %".3734" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3735" = load i32, ptr %".3734", align 4
  %".3736" = zext i32 %".3735" to i64
  %"data.171" = inttoptr i64 %".3736" to ptr
  %".3737" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3738" = load i32, ptr %".3737", align 4
  %".3739" = zext i32 %".3738" to i64
  %"data_end.171" = inttoptr i64 %".3739" to ptr
  %".3740" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.171" = load ptr, ptr %".3740", align 8
  %".3741" = xor i1 %".3733", -1
  br i1 %".3741", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3743" = trunc i64 %"cursor.49" to i16
  %".3744" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3743", ptr %".3744", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3747" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3748" = load volatile i8, [40 x i8]* %".3747", align 1
  %".3749" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3750" = load volatile i8, [40 x i8]* %".3749", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3764" = trunc i64 %".3761" to i16
  %".3765" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3764", ptr %".3765", align 2
  br label %"return"
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
  %".3781" = trunc i64 34887 to i16
  %".3782" = call i16 @"llvm.bswap.i16"(i16 %".3781")
  %".3783" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3782", ptr %".3783", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3786" = trunc i64 2048 to i16
  %".3787" = call i16 @"llvm.bswap.i16"(i16 %".3786")
  %".3788" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3787", ptr %".3788", align 2
  %".3790" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3790", align 1
  %".3792" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.63" = load volatile i32, ptr %".3792", align 4
  %".3793" = and i32 %"flags.63", 4
  %".3794" = icmp ne i32 %".3793", 0
  br i1 %".3794", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3803" = trunc i64 34525 to i16
  %".3804" = call i16 @"llvm.bswap.i16"(i16 %".3803")
  %".3805" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3804", ptr %".3805", align 2
  %".3807" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3807", align 1
  %".3809" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.64" = load volatile i32, ptr %".3809", align 4
  %".3810" = and i32 %"flags.64", 4
  %".3811" = icmp ne i32 %".3810", 0
  br i1 %".3811", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.68" = phi  i64 [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".6301", %"widening.test.8"]
  %"data.173" = phi  ptr [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.265", %"widening.test.8"]
  %"data_end.173" = phi  ptr [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.265", %"widening.test.8"]
  %"keys.173" = phi  ptr [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.60" = getelementptr i8, ptr %"data.173", i64 %"cursor.68"
  %".5203" = getelementptr i8, ptr %"hdr.60", i64 2
  %".5204" = icmp ugt ptr %".5203", %"data_end.173"
  br i1 %".5204", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5206" = getelementptr i8, ptr %"hdr.60", i64 0
  %".5207" = load i8, ptr %".5206", align 1
  %".5208" = getelementptr i8, ptr %"hdr.60", i64 1
  %".5209" = load i8, ptr %".5208", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".5207", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5228", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5209", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5230", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.223" = phi  ptr [%"data.173", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.223" = phi  ptr [%"data_end.173", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.223" = phi  ptr [%"keys.173", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.222", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5232" = zext i8 %"w0_1.23" to i64
  %".5233" = trunc i64 %".5232" to i8
  %".5234" = getelementptr i8, ptr %"keys.223", i64 9
  store i8 %".5233", ptr %".5234", align 1
  %".5236" = add i64 %"cursor.68", 2
  %".5237" = zext i8 %"w1_1.14" to i64
  %".5238" = mul i64 %".5237", 8
  %".5239" = add i64 %".5238", 6
  %".5240" = add i64 %".5239", 2
  %".5241" = add i64 %"cursor.68", %".5240"
  %".5242" = zext i8 %"w0_1.23" to i64
  switch i64 %".5242", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.69" = phi  i64 [%".3761", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3853", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".6290", %"widening.test.7"]
  %"data.174" = phi  ptr [%"data.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.264", %"widening.test.7"]
  %"data_end.174" = phi  ptr [%"data_end.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.264", %"widening.test.7"]
  %"keys.174" = phi  ptr [%"keys.172", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.176", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.61" = getelementptr i8, ptr %"data.174", i64 %"cursor.69"
  %".5312" = getelementptr i8, ptr %"hdr.61", i64 8
  %".5313" = icmp ugt ptr %".5312", %"data_end.174"
  br i1 %".5313", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5315" = getelementptr i8, ptr %"hdr.61", i64 0
  %".5316" = load i8, ptr %".5315", align 1
  %".5317" = getelementptr i8, ptr %"hdr.61", i64 2
  %".5318" = load i16, ptr %".5317", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.24" = phi  i8 [%".5316", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5337", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.21" = phi  i16 [%".5318", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5339", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.225" = phi  ptr [%"data.174", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.224", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.225" = phi  ptr [%"data_end.174", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.224", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.225" = phi  ptr [%"keys.174", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.224", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5341" = zext i8 %"w0_1.24" to i64
  %".5342" = trunc i64 %".5341" to i8
  %".5343" = getelementptr i8, ptr %"keys.225", i64 9
  store i8 %".5342", ptr %".5343", align 1
  %".5345" = add i64 %"cursor.69", 8
  %".5346" = icmp ne i64 1, 0
  %".5347" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5348" = zext i16 %".5347" to i64
  %".5349" = and i64 %".5348", 65528
  %".5350" = icmp eq i64 %".5349", 0
  br i1 %".5346", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5372" = zext i8 %"w0_1.24" to i64
  switch i64 %".5372", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3796" = trunc i64 %".3761" to i16
  %".3797" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3796", ptr %".3797", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3800" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3800", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3813" = trunc i64 %".3761" to i16
  %".3814" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3813", ptr %".3814", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3817" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3817", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3828" = trunc i64 %"cursor.50" to i32
  %".3829" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3828", [40 x i8]* %"header_copy", i32 8)
  %".3830" = icmp eq i64 %".3829", 0
  %".3831" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3832" = load i32, ptr %".3831", align 4
  %".3833" = zext i32 %".3832" to i64
  %"data.175" = inttoptr i64 %".3833" to ptr
  %".3834" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3835" = load i32, ptr %".3834", align 4
  %".3836" = zext i32 %".3835" to i64
  %"data_end.175" = inttoptr i64 %".3836" to ptr
  %".3837" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.175" = load ptr, ptr %".3837", align 8
  %".3838" = xor i1 %".3830", -1
  br i1 %".3838", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3840" = trunc i64 %"cursor.50" to i16
  %".3841" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".3840", ptr %".3841", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3844" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3845" = load volatile i8, [40 x i8]* %".3844", align 1
  %".3846" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3847" = load volatile i16, [40 x i8]* %".3846", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3860" = getelementptr i8, ptr %"keys.176", i64 6
  store i8 1, ptr %".3860", align 1
  br i1 %".3858", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3863" = getelementptr i8, ptr %"keys.176", i64 7
  store i8 1, ptr %".3863", align 1
  %".3865" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.65" = load volatile i32, ptr %".3865", align 4
  %".3866" = and i32 %"flags.65", 1
  %".3867" = icmp ne i32 %".3866", 0
  %".3868" = xor i1 %".3867", -1
  br i1 %".3868", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3875" = trunc i64 %".3853" to i16
  %".3876" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3875", ptr %".3876", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3870" = trunc i64 %".3853" to i16
  %".3871" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3870", ptr %".3871", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3882" = trunc i64 %".3853" to i16
  %".3883" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3882", ptr %".3883", align 2
  br label %"return"
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
  %".3899" = trunc i64 34887 to i16
  %".3900" = call i16 @"llvm.bswap.i16"(i16 %".3899")
  %".3901" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3900", ptr %".3901", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3904" = trunc i64 2048 to i16
  %".3905" = call i16 @"llvm.bswap.i16"(i16 %".3904")
  %".3906" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3905", ptr %".3906", align 2
  %".3908" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3908", align 1
  %".3910" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.66" = load volatile i32, ptr %".3910", align 4
  %".3911" = and i32 %"flags.66", 4
  %".3912" = icmp ne i32 %".3911", 0
  br i1 %".3912", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3921" = trunc i64 34525 to i16
  %".3922" = call i16 @"llvm.bswap.i16"(i16 %".3921")
  %".3923" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3922", ptr %".3923", align 2
  %".3925" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3925", align 1
  %".3927" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.67" = load volatile i32, ptr %".3927", align 4
  %".3928" = and i32 %"flags.67", 4
  %".3929" = icmp ne i32 %".3928", 0
  br i1 %".3929", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3914" = trunc i64 %".3853" to i16
  %".3915" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3914", ptr %".3915", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3918" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3918", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3931" = trunc i64 %".3853" to i16
  %".3932" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3931", ptr %".3932", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3935" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3935", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3945" = trunc i64 %"cursor.51" to i32
  %".3946" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".3945", [40 x i8]* %"header_copy", i32 4)
  %".3947" = icmp eq i64 %".3946", 0
  %".3948" = getelementptr i8, ptr %"ctx.54", i64 76
  %".3949" = load i32, ptr %".3948", align 4
  %".3950" = zext i32 %".3949" to i64
  %"data.177" = inttoptr i64 %".3950" to ptr
  %".3951" = getelementptr i8, ptr %"ctx.54", i64 80
  %".3952" = load i32, ptr %".3951", align 4
  %".3953" = zext i32 %".3952" to i64
  %"data_end.177" = inttoptr i64 %".3953" to ptr
  %".3954" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.177" = load ptr, ptr %".3954", align 8
  %".3955" = xor i1 %".3947", -1
  br i1 %".3955", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".3957" = trunc i64 %".3938" to i16
  %".3958" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".3957", ptr %".3958", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".3961" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3962" = load volatile i8, [40 x i8]* %".3961", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".3968" = trunc i64 %".3964" to i16
  %".3969" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3968", ptr %".3969", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_ip_version:
  %".3973" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".3973", align 1
  %".3975" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.68" = load volatile i32, ptr %".3975", align 4
  %".3976" = and i32 %"flags.68", 4
  %".3977" = icmp ne i32 %".3976", 0
  br i1 %".3977", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels3.stop_at_encap:
  %".3979" = trunc i64 %".3964" to i16
  %".3980" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3979", ptr %".3980", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".3983" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".3983", align 4
  br label %"ip_version_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3992" = trunc i64 %"cursor.52" to i32
  %".3993" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".3992", [40 x i8]* %"header_copy", i32 4)
  %".3994" = icmp eq i64 %".3993", 0
  %".3995" = getelementptr i8, ptr %"ctx.55", i64 76
  %".3996" = load i32, ptr %".3995", align 4
  %".3997" = zext i32 %".3996" to i64
  %"data.180" = inttoptr i64 %".3997" to ptr
  %".3998" = getelementptr i8, ptr %"ctx.55", i64 80
  %".3999" = load i32, ptr %".3998", align 4
  %".4000" = zext i32 %".3999" to i64
  %"data_end.180" = inttoptr i64 %".4000" to ptr
  %".4001" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.180" = load ptr, ptr %".4001", align 8
  %".4002" = xor i1 %".3994", -1
  br i1 %".4002", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".4004" = trunc i64 %"cursor.52" to i16
  %".4005" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".4004", ptr %".4005", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".4008" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4009" = load volatile i16, [40 x i8]* %".4008", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".4024" = trunc i64 %".4017" to i16
  %".4025" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4024", ptr %".4025", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".4030" = trunc i64 %".4017" to i16
  %".4031" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4030", ptr %".4031", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".4034" = trunc i64 %".4017" to i16
  %".4035" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4034", ptr %".4035", align 2
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
  %".4047" = trunc i64 %".4017" to i16
  %".4048" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4047", ptr %".4048", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".4051" = trunc i64 %".4017" to i16
  %".4052" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4051", ptr %".4052", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4062" = trunc i64 %"cursor.53" to i32
  %".4063" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".4062", [40 x i8]* %"header_copy", i32 6)
  %".4064" = icmp eq i64 %".4063", 0
  %".4065" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4066" = load i32, ptr %".4065", align 4
  %".4067" = zext i32 %".4066" to i64
  %"data.182" = inttoptr i64 %".4067" to ptr
  %".4068" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4069" = load i32, ptr %".4068", align 4
  %".4070" = zext i32 %".4069" to i64
  %"data_end.182" = inttoptr i64 %".4070" to ptr
  %".4071" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.182" = load ptr, ptr %".4071", align 8
  %".4072" = xor i1 %".4064", -1
  br i1 %".4072", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".4074" = trunc i64 %"cursor.53" to i16
  %".4075" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4074", ptr %".4075", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".4078" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".4079" = load volatile i16, [40 x i8]* %".4078", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".4094" = trunc i64 %".4087" to i16
  %".4095" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4094", ptr %".4095", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".4100" = trunc i64 %".4087" to i16
  %".4101" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4100", ptr %".4101", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".4104" = trunc i64 %".4087" to i16
  %".4105" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4104", ptr %".4105", align 2
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
  %".4117" = trunc i64 %".4087" to i16
  %".4118" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4117", ptr %".4118", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".4121" = trunc i64 %".4087" to i16
  %".4122" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4121", ptr %".4122", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
mpls_d1_mpls_labels2.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4133" = trunc i64 %"cursor.54" to i32
  %".4134" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4133", [40 x i8]* %"header_copy", i32 4)
  %".4135" = icmp eq i64 %".4134", 0
  %".4136" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4137" = load i32, ptr %".4136", align 4
  %".4138" = zext i32 %".4137" to i64
  %"data.184" = inttoptr i64 %".4138" to ptr
  %".4139" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4140" = load i32, ptr %".4139", align 4
  %".4141" = zext i32 %".4140" to i64
  %"data_end.184" = inttoptr i64 %".4141" to ptr
  %".4142" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.184" = load ptr, ptr %".4142", align 8
  %".4143" = xor i1 %".4135", -1
  br i1 %".4143", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".4145" = trunc i64 %".4126" to i16
  %".4146" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4145", ptr %".4146", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".4149" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4150" = load volatile i8, [40 x i8]* %".4149", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".4156" = trunc i64 %".4152" to i16
  %".4157" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4156", ptr %".4157", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_ip_version:
  %".4161" = getelementptr i8, ptr %"keys.185", i64 8
  store i8 1, ptr %".4161", align 1
  %".4163" = getelementptr i8, ptr %"keys.185", i64 48
  %"flags.69" = load volatile i32, ptr %".4163", align 4
  %".4164" = and i32 %"flags.69", 4
  %".4165" = icmp ne i32 %".4164", 0
  br i1 %".4165", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels2.stop_at_encap:
  %".4167" = trunc i64 %".4152" to i16
  %".4168" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4167", ptr %".4168", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".4171" = getelementptr i8, ptr %"keys.185", i64 12
  store i32 0, ptr %".4171", align 4
  %".4173" = trunc i64 %".4152" to i16
  %".4174" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4173", ptr %".4174", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4183" = trunc i64 %"cursor.55" to i32
  %".4184" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4183", [40 x i8]* %"header_copy", i32 14)
  %".4185" = icmp eq i64 %".4184", 0
  %".4186" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4187" = load i32, ptr %".4186", align 4
  %".4188" = zext i32 %".4187" to i64
  %"data.187" = inttoptr i64 %".4188" to ptr
  %".4189" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4190" = load i32, ptr %".4189", align 4
  %".4191" = zext i32 %".4190" to i64
  %"data_end.187" = inttoptr i64 %".4191" to ptr
  %".4192" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.187" = load ptr, ptr %".4192", align 8
  %".4193" = xor i1 %".4185", -1
  br i1 %".4193", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4195" = trunc i64 %"cursor.55" to i16
  %".4196" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4195", ptr %".4196", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4199" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4200" = load volatile i16, [40 x i8]* %".4199", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4212" = trunc i64 %".4208" to i16
  %".4213" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4212", ptr %".4213", align 2
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
gtpu_opt_d1.copy:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4236" = trunc i64 %"cursor.56" to i32
  %".4237" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4236", [40 x i8]* %"header_copy", i32 4)
  %".4238" = icmp eq i64 %".4237", 0
  %".4239" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4240" = load i32, ptr %".4239", align 4
  %".4241" = zext i32 %".4240" to i64
  %"data.189" = inttoptr i64 %".4241" to ptr
  %".4242" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4243" = load i32, ptr %".4242", align 4
  %".4244" = zext i32 %".4243" to i64
  %"data_end.189" = inttoptr i64 %".4244" to ptr
  %".4245" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.189" = load ptr, ptr %".4245", align 8
  %".4246" = xor i1 %".4238", -1
  br i1 %".4246", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4248" = trunc i64 %"cursor.56" to i16
  %".4249" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4248", ptr %".4249", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4255" = trunc i64 %".4253" to i16
  %".4256" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".4255", ptr %".4256", align 2
  br label %"return"
gtpu_seq_d1.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4264" = trunc i64 %"cursor.57" to i32
  %".4265" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4264", [40 x i8]* %"header_copy", i32 3)
  %".4266" = icmp eq i64 %".4265", 0
  %".4267" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4268" = load i32, ptr %".4267", align 4
  %".4269" = zext i32 %".4268" to i64
  %"data.191" = inttoptr i64 %".4269" to ptr
  %".4270" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4271" = load i32, ptr %".4270", align 4
  %".4272" = zext i32 %".4271" to i64
  %"data_end.191" = inttoptr i64 %".4272" to ptr
  %".4273" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.191" = load ptr, ptr %".4273", align 8
  %".4274" = xor i1 %".4266", -1
  br i1 %".4274", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4276" = trunc i64 %"cursor.57" to i16
  %".4277" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4276", ptr %".4277", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4283" = trunc i64 %".4281" to i16
  %".4284" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4283", ptr %".4284", align 2
  br label %"return"
ppp_d0.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4294" = trunc i64 %"cursor.58" to i32
  %".4295" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4294", [40 x i8]* %"header_copy", i32 4)
  %".4296" = icmp eq i64 %".4295", 0
  %".4297" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4298" = load i32, ptr %".4297", align 4
  %".4299" = zext i32 %".4298" to i64
  %"data.194" = inttoptr i64 %".4299" to ptr
  %".4300" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4301" = load i32, ptr %".4300", align 4
  %".4302" = zext i32 %".4301" to i64
  %"data_end.194" = inttoptr i64 %".4302" to ptr
  %".4303" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.194" = load ptr, ptr %".4303", align 8
  %".4304" = xor i1 %".4296", -1
  br i1 %".4304", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4306" = trunc i64 %"cursor.58" to i16
  %".4307" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4306", ptr %".4307", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4310" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4311" = load volatile i16, [40 x i8]* %".4310", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4317" = and i64 %".4315", 0
  %".4318" = icmp eq i64 %".4317", 0
  br i1 %".4318", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv6:
  %".4341" = trunc i64 34525 to i16
  %".4342" = call i16 @"llvm.bswap.i16"(i16 %".4341")
  %".4343" = getelementptr i8, ptr %"keys.195", i64 10
  store i16 %".4342", ptr %".4343", align 2
  %".4345" = getelementptr i8, ptr %"keys.195", i64 8
  store i8 1, ptr %".4345", align 1
  %".4347" = getelementptr i8, ptr %"keys.195", i64 48
  %"flags.71" = load volatile i32, ptr %".4347", align 4
  %".4348" = and i32 %"flags.71", 4
  %".4349" = icmp ne i32 %".4348", 0
  br i1 %".4349", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4358" = trunc i64 34827 to i16
  %".4359" = call i16 @"llvm.bswap.i16"(i16 %".4358")
  %".4360" = getelementptr i8, ptr %"keys.195", i64 10
  store i16 %".4359", ptr %".4360", align 2
  %".4362" = getelementptr i8, ptr %"keys.195", i64 8
  store i8 1, ptr %".4362", align 1
  %".4364" = getelementptr i8, ptr %"keys.195", i64 48
  %"flags.72" = load volatile i32, ptr %".4364", align 4
  %".4365" = and i32 %"flags.72", 4
  %".4366" = icmp ne i32 %".4365", 0
  br i1 %".4366", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4320" = trunc i64 %".4313" to i16
  %".4321" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4320", ptr %".4321", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4334" = trunc i64 %".4313" to i16
  %".4335" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4334", ptr %".4335", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4338" = getelementptr i8, ptr %"keys.195", i64 12
  store i32 0, ptr %".4338", align 4
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4351" = trunc i64 %".4313" to i16
  %".4352" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4351", ptr %".4352", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4355" = getelementptr i8, ptr %"keys.195", i64 12
  store i32 0, ptr %".4355", align 4
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4368" = trunc i64 %".4313" to i16
  %".4369" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4368", ptr %".4369", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".4372" = getelementptr i8, ptr %"keys.195", i64 12
  store i32 0, ptr %".4372", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.73" = phi  i64 [%".4313", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.196" = phi  ptr [%"data.195", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.196" = phi  ptr [%"data_end.195", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.196" = phi  ptr [%"keys.195", %"ppp_d0.stop_at_encap.endif.2"]
  %".5582" = add i64 %"cursor.73", 0
  %".5583" = trunc i64 %".5582" to i16
  %".5584" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".5583", ptr %".5584", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4379" = trunc i64 %"cursor.59" to i32
  %".4380" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4379", [40 x i8]* %"header_copy", i32 8)
  %".4381" = icmp eq i64 %".4380", 0
  %".4382" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4383" = load i32, ptr %".4382", align 4
  %".4384" = zext i32 %".4383" to i64
  %"data.197" = inttoptr i64 %".4384" to ptr
  %".4385" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4386" = load i32, ptr %".4385", align 4
  %".4387" = zext i32 %".4386" to i64
  %"data_end.197" = inttoptr i64 %".4387" to ptr
  %".4388" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.197" = load ptr, ptr %".4388", align 8
  %".4389" = xor i1 %".4381", -1
  br i1 %".4389", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".4391" = trunc i64 %"cursor.59" to i16
  %".4392" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4391", ptr %".4392", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".4403" = trunc i64 %".4396" to i16
  %".4404" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4403", ptr %".4404", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".4407" = getelementptr i8, ptr %"keys.198", i64 12
  store i32 0, ptr %".4407", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.to_ethernet:
  %".4414" = trunc i64 %".4396" to i16
  %".4415" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4414", ptr %".4415", align 2
  br label %"return"
vxlan_d1.unknown:
  %".4410" = trunc i64 %".4396" to i16
  %".4411" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4410", ptr %".4411", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4426" = trunc i64 %"cursor.60" to i32
  %".4427" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4426", [40 x i8]* %"header_copy", i32 8)
  %".4428" = icmp eq i64 %".4427", 0
  %".4429" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4430" = load i32, ptr %".4429", align 4
  %".4431" = zext i32 %".4430" to i64
  %"data.199" = inttoptr i64 %".4431" to ptr
  %".4432" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4433" = load i32, ptr %".4432", align 4
  %".4434" = zext i32 %".4433" to i64
  %"data_end.199" = inttoptr i64 %".4434" to ptr
  %".4435" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.199" = load ptr, ptr %".4435", align 8
  %".4436" = xor i1 %".4428", -1
  br i1 %".4436", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4438" = trunc i64 %"cursor.60" to i16
  %".4439" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4438", ptr %".4439", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4442" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4443" = load volatile i8, [40 x i8]* %".4442", align 1
  %".4444" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4445" = load volatile i16, [40 x i8]* %".4444", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4452" = trunc i64 %"cursor.60" to i16
  %".4453" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4452", ptr %".4453", align 2
  br label %"return"
geneve_d1.copy_last_byte:
  %".4465" = add i64 %"cursor.60", %".4460"
  %".4466" = sub i64 %".4465", 1
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4467" = trunc i64 %".4466" to i32
  %".4468" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4467", i64* %"last_byte", i32 1)
  %".4469" = icmp eq i64 %".4468", 0
  %".4470" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4471" = load i32, ptr %".4470", align 4
  %".4472" = zext i32 %".4471" to i64
  %"data.201" = inttoptr i64 %".4472" to ptr
  %".4473" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4474" = load i32, ptr %".4473", align 4
  %".4475" = zext i32 %".4474" to i64
  %"data_end.201" = inttoptr i64 %".4475" to ptr
  %".4476" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.201" = load ptr, ptr %".4476", align 8
  %".4477" = xor i1 %".4469", -1
  br i1 %".4477", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4479" = trunc i64 %"cursor.60" to i16
  %".4480" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4479", ptr %".4480", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4494" = trunc i64 %"end.7" to i16
  %".4495" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4494", ptr %".4495", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".4498" = getelementptr i8, ptr %"keys.202", i64 12
  store i32 0, ptr %".4498", align 4
  %".4500" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4501" = zext i16 %".4500" to i64
  switch i64 %".4501", label %"geneve_d1.unknown" [i64 25944, label %"geneve_d1.to_ethernet" i64 2048, label %"geneve_d1.to_ipv4" i64 34525, label %"geneve_d1.to_ipv6"]  , !prof !5
geneve_d1.to_ethernet:
  %".4507" = trunc i64 %"end.7" to i16
  %".4508" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4507", ptr %".4508", align 2
  br label %"return"
geneve_d1.unknown:
  %".4503" = trunc i64 %"end.7" to i16
  %".4504" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4503", ptr %".4504", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4511" = trunc i64 %"end.7" to i16
  %".4512" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4511", ptr %".4512", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4515" = trunc i64 %"end.7" to i16
  %".4516" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4515", ptr %".4516", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4527" = trunc i64 %"cursor.61" to i32
  %".4528" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4527", [40 x i8]* %"header_copy", i32 4)
  %".4529" = icmp eq i64 %".4528", 0
  %".4530" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4531" = load i32, ptr %".4530", align 4
  %".4532" = zext i32 %".4531" to i64
  %"data.203" = inttoptr i64 %".4532" to ptr
  %".4533" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4534" = load i32, ptr %".4533", align 4
  %".4535" = zext i32 %".4534" to i64
  %"data_end.203" = inttoptr i64 %".4535" to ptr
  %".4536" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.203" = load ptr, ptr %".4536", align 8
  %".4537" = xor i1 %".4529", -1
  br i1 %".4537", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4539" = trunc i64 %"cursor.61" to i16
  %".4540" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".4539", ptr %".4540", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4543" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4544" = load volatile i8, [40 x i8]* %".4543", align 1
  %".4545" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4546" = load volatile i8, [40 x i8]* %".4545", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4558" = trunc i64 %"cursor.61" to i16
  %".4559" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4558", ptr %".4559", align 2
  br label %"return"
gue_d1.copy_last_byte:
  %".4571" = add i64 %"cursor.61", %".4566"
  %".4572" = sub i64 %".4571", 1
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4573" = trunc i64 %".4572" to i32
  %".4574" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4573", i64* %"last_byte", i32 1)
  %".4575" = icmp eq i64 %".4574", 0
  %".4576" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4577" = load i32, ptr %".4576", align 4
  %".4578" = zext i32 %".4577" to i64
  %"data.205" = inttoptr i64 %".4578" to ptr
  %".4579" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4580" = load i32, ptr %".4579", align 4
  %".4581" = zext i32 %".4580" to i64
  %"data_end.205" = inttoptr i64 %".4581" to ptr
  %".4582" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.205" = load ptr, ptr %".4582", align 8
  %".4583" = xor i1 %".4575", -1
  br i1 %".4583", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4585" = trunc i64 %"cursor.61" to i16
  %".4586" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4585", ptr %".4586", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4600" = trunc i64 %"end.8" to i16
  %".4601" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4600", ptr %".4601", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".4604" = getelementptr i8, ptr %"keys.206", i64 12
  store i32 0, ptr %".4604", align 4
  %".4606" = zext i8 %"w1_1.11" to i64
  switch i64 %".4606", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.to_ipv4:
  %".4612" = trunc i64 %"end.8" to i16
  %".4613" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4612", ptr %".4613", align 2
  br label %"return"
gue_d1.unknown:
  %".4608" = trunc i64 %"end.8" to i16
  %".4609" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4608", ptr %".4609", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4616" = trunc i64 %"end.8" to i16
  %".4617" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4616", ptr %".4617", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4628" = trunc i64 %"cursor.62" to i32
  %".4629" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4628", [40 x i8]* %"header_copy", i32 8)
  %".4630" = icmp eq i64 %".4629", 0
  %".4631" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4632" = load i32, ptr %".4631", align 4
  %".4633" = zext i32 %".4632" to i64
  %"data.207" = inttoptr i64 %".4633" to ptr
  %".4634" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4635" = load i32, ptr %".4634", align 4
  %".4636" = zext i32 %".4635" to i64
  %"data_end.207" = inttoptr i64 %".4636" to ptr
  %".4637" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.207" = load ptr, ptr %".4637", align 8
  %".4638" = xor i1 %".4630", -1
  br i1 %".4638", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4640" = trunc i64 %"cursor.62" to i16
  %".4641" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".4640", ptr %".4641", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".4644" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4645" = load volatile i8, [40 x i8]* %".4644", align 1
  %".4646" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4647" = load volatile i8, [40 x i8]* %".4646", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".4662" = trunc i64 %"cursor.62" to i16
  %".4663" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4662", ptr %".4663", align 2
  br label %"return"
gtpu_d1.stop_at_encap:
  %".4673" = trunc i64 %".4666" to i16
  %".4674" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4673", ptr %".4674", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".4677" = getelementptr i8, ptr %"keys.208", i64 12
  store i32 0, ptr %".4677", align 4
  %".4679" = zext i8 %"w0_1.20" to i64
  %".4680" = lshr i64 %".4679", 2
  %".4681" = and i64 %".4680", 1
  %".4682" = mul i64 %".4681", 4
  %".4683" = zext i8 %"w0_1.20" to i64
  %".4684" = lshr i64 %".4683", 1
  %".4685" = and i64 %".4684", 1
  %".4686" = mul i64 %".4685", 2
  %".4687" = add i64 %".4682", %".4686"
  %".4688" = zext i8 %"w0_1.20" to i64
  %".4689" = and i64 %".4688", 1
  %".4690" = add i64 %".4687", %".4689"
  %".4691" = icmp uge i64 %".4690", 1
  %".4692" = icmp ule i64 %".4690", 3
  %".4693" = and i1 %".4691", %".4692"
  br i1 %".4693", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".4700" = trunc i64 %".4666" to i16
  %".4701" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4700", ptr %".4701", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4708" = trunc i64 %".4666" to i16
  %".4709" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4708", ptr %".4709", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4712" = trunc i64 %".4666" to i16
  %".4713" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4712", ptr %".4713", align 2
  br label %"return"
gtpu_d1.select:
  %".4695" = icmp uge i64 %".4690", 4
  %".4696" = icmp ule i64 %".4690", 7
  %".4697" = and i1 %".4695", %".4696"
  br i1 %".4697", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".4690", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
gtpu_d1.to_ip_version:
  %".4704" = trunc i64 %".4666" to i16
  %".4705" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4704", ptr %".4705", align 2
  br label %"return"
shim_d1.copy:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4722" = trunc i64 %"cursor.63" to i32
  %".4723" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4722", [40 x i8]* %"header_copy", i32 8)
  %".4724" = icmp eq i64 %".4723", 0
  %".4725" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4726" = load i32, ptr %".4725", align 4
  %".4727" = zext i32 %".4726" to i64
  %"data.209" = inttoptr i64 %".4727" to ptr
  %".4728" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4729" = load i32, ptr %".4728", align 4
  %".4730" = zext i32 %".4729" to i64
  %"data_end.209" = inttoptr i64 %".4730" to ptr
  %".4731" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.209" = load ptr, ptr %".4731", align 8
  %".4732" = xor i1 %".4724", -1
  br i1 %".4732", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4734" = trunc i64 %"cursor.63" to i16
  %".4735" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4734", ptr %".4735", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4738" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4739" = load volatile i16, [40 x i8]* %".4738", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4748" = trunc i64 %".4741" to i16
  %".4749" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4748", ptr %".4749", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".4752" = getelementptr i8, ptr %"keys.210", i64 12
  store i32 0, ptr %".4752", align 4
  %".4754" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".4755" = zext i16 %".4754" to i64
  switch i64 %".4755", label %"shim_d1.unknown" [i64 2048, label %"shim_d1.to_ipv4"]
shim_d1.to_ipv4:
  %".4761" = trunc i64 %".4741" to i16
  %".4762" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4761", ptr %".4762", align 2
  br label %"return"
shim_d1.unknown:
  %".4757" = trunc i64 %".4741" to i16
  %".4758" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4757", ptr %".4758", align 2
  br label %"return"
gre_d1.stop_before:
  %".4774" = trunc i64 %"cursor.64" to i16
  %".4775" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".4774", ptr %".4775", align 2
  br label %"return"
gre_d1.copy_last_byte:
  %".4796" = add i64 %"cursor.64", %".4791"
  %".4797" = sub i64 %".4796", 1
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4798" = trunc i64 %".4797" to i32
  %".4799" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".4798", i64* %"last_byte", i32 1)
  %".4800" = icmp eq i64 %".4799", 0
  %".4801" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4802" = load i32, ptr %".4801", align 4
  %".4803" = zext i32 %".4802" to i64
  %"data.211" = inttoptr i64 %".4803" to ptr
  %".4804" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4805" = load i32, ptr %".4804", align 4
  %".4806" = zext i32 %".4805" to i64
  %"data_end.211" = inttoptr i64 %".4806" to ptr
  %".4807" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.211" = load ptr, ptr %".4807", align 8
  %".4808" = xor i1 %".4800", -1
  br i1 %".4808", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4810" = trunc i64 %"cursor.64" to i16
  %".4811" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4810", ptr %".4811", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4825" = trunc i64 %"end.9" to i16
  %".4826" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4825", ptr %".4826", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4829" = getelementptr i8, ptr %"keys.212", i64 12
  store i32 0, ptr %".4829", align 4
  %".4831" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4832" = zext i16 %".4831" to i64
  %".4833" = trunc i64 %".4832" to i16
  %".4834" = call i16 @"llvm.bswap.i16"(i16 %".4833")
  %".4835" = getelementptr i8, ptr %"keys.212", i64 10
  store i16 %".4834", ptr %".4835", align 2
  %".4837" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4838" = zext i16 %".4837" to i64
  switch i64 %".4838", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !6
gre_d1.to_ipv4:
  %".4844" = trunc i64 %"end.9" to i16
  %".4845" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4844", ptr %".4845", align 2
  br label %"return"
gre_d1.unknown:
  %".4840" = trunc i64 %"end.9" to i16
  %".4841" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4840", ptr %".4841", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4848" = trunc i64 %"end.9" to i16
  %".4849" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4848", ptr %".4849", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4852" = trunc i64 %"end.9" to i16
  %".4853" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4852", ptr %".4853", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4856" = trunc i64 %"end.9" to i16
  %".4857" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4856", ptr %".4857", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4860" = trunc i64 %"end.9" to i16
  %".4861" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4860", ptr %".4861", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4864" = trunc i64 %"end.9" to i16
  %".4865" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4864", ptr %".4865", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4868" = trunc i64 %"end.9" to i16
  %".4869" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4868", ptr %".4869", align 2
  br label %"return"
gre_d1.to_arp:
  %".4872" = trunc i64 %"end.9" to i16
  %".4873" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4872", ptr %".4873", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4876" = trunc i64 %"end.9" to i16
  %".4877" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4876", ptr %".4877", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4880" = trunc i64 %"end.9" to i16
  %".4881" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4880", ptr %".4881", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4884" = trunc i64 %"end.9" to i16
  %".4885" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4884", ptr %".4885", align 2
  br label %"return"
gre_d1.to_tipc:
  %".4888" = trunc i64 %"end.9" to i16
  %".4889" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4888", ptr %".4889", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".4892" = trunc i64 %"end.9" to i16
  %".4893" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4892", ptr %".4893", align 2
  br label %"return"
gre_d1.to_hsr:
  %".4896" = trunc i64 %"end.9" to i16
  %".4897" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4896", ptr %".4897", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".4900" = trunc i64 %"end.9" to i16
  %".4901" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4900", ptr %".4901", align 2
  br label %"return"
gre_d1.to_batadv:
  %".4904" = trunc i64 %"end.9" to i16
  %".4905" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4904", ptr %".4905", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".4908" = trunc i64 %"end.9" to i16
  %".4909" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4908", ptr %".4909", align 2
  br label %"return"
pptp_d1.stop_before:
  %".4921" = trunc i64 %"cursor.65" to i16
  %".4922" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".4921", ptr %".4922", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".4947" = add i64 %"cursor.65", %".4942"
  %".4948" = sub i64 %".4947", 1
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4949" = trunc i64 %".4948" to i32
  %".4950" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".4949", i64* %"last_byte", i32 1)
  %".4951" = icmp eq i64 %".4950", 0
  %".4952" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4953" = load i32, ptr %".4952", align 4
  %".4954" = zext i32 %".4953" to i64
  %"data.213" = inttoptr i64 %".4954" to ptr
  %".4955" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4956" = load i32, ptr %".4955", align 4
  %".4957" = zext i32 %".4956" to i64
  %"data_end.213" = inttoptr i64 %".4957" to ptr
  %".4958" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.213" = load ptr, ptr %".4958", align 8
  %".4959" = xor i1 %".4951", -1
  br i1 %".4959", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".4961" = trunc i64 %"cursor.65" to i16
  %".4962" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4961", ptr %".4962", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".4971" = trunc i64 %"end.10" to i16
  %".4972" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4971", ptr %".4972", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4984" = trunc i64 %"cursor.66" to i32
  %".4985" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".4984", [40 x i8]* %"header_copy", i32 2)
  %".4986" = icmp eq i64 %".4985", 0
  %".4987" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4988" = load i32, ptr %".4987", align 4
  %".4989" = zext i32 %".4988" to i64
  %"data.216" = inttoptr i64 %".4989" to ptr
  %".4990" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4991" = load i32, ptr %".4990", align 4
  %".4992" = zext i32 %".4991" to i64
  %"data_end.216" = inttoptr i64 %".4992" to ptr
  %".4993" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.216" = load ptr, ptr %".4993", align 8
  %".4994" = xor i1 %".4986", -1
  br i1 %".4994", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".4996" = trunc i64 %"cursor.66" to i16
  %".4997" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4996", ptr %".4997", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".5000" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5001" = load volatile i8, [40 x i8]* %".5000", align 1
  %".5002" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5003" = load volatile i8, [40 x i8]* %".5002", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".5017" = trunc i64 %".5014" to i16
  %".5018" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5017", ptr %".5018", align 2
  br label %"return"
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
  %".5034" = trunc i64 34887 to i16
  %".5035" = call i16 @"llvm.bswap.i16"(i16 %".5034")
  %".5036" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".5035", ptr %".5036", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".5039" = trunc i64 2048 to i16
  %".5040" = call i16 @"llvm.bswap.i16"(i16 %".5039")
  %".5041" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".5040", ptr %".5041", align 2
  %".5043" = getelementptr i8, ptr %"keys.217", i64 8
  store i8 1, ptr %".5043", align 1
  %".5045" = getelementptr i8, ptr %"keys.217", i64 48
  %"flags.79" = load volatile i32, ptr %".5045", align 4
  %".5046" = and i32 %"flags.79", 4
  %".5047" = icmp ne i32 %".5046", 0
  br i1 %".5047", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".5059" = trunc i64 34525 to i16
  %".5060" = call i16 @"llvm.bswap.i16"(i16 %".5059")
  %".5061" = getelementptr i8, ptr %"keys.217", i64 10
  store i16 %".5060", ptr %".5061", align 2
  %".5063" = getelementptr i8, ptr %"keys.217", i64 8
  store i8 1, ptr %".5063", align 1
  %".5065" = getelementptr i8, ptr %"keys.217", i64 48
  %"flags.80" = load volatile i32, ptr %".5065", align 4
  %".5066" = and i32 %"flags.80", 4
  %".5067" = icmp ne i32 %".5066", 0
  br i1 %".5067", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.75" = phi  i64 [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".6543", %"widening.test.30"]
  %"data.218" = phi  ptr [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.287", %"widening.test.30"]
  %"data_end.218" = phi  ptr [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.287", %"widening.test.30"]
  %"keys.218" = phi  ptr [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.30"]
  %"hdr.66" = getelementptr i8, ptr %"data.218", i64 %"cursor.75"
  %".5683" = getelementptr i8, ptr %"hdr.66", i64 2
  %".5684" = icmp ugt ptr %".5683", %"data_end.218"
  br i1 %".5684", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5686" = getelementptr i8, ptr %"hdr.66", i64 0
  %".5687" = load i8, ptr %".5686", align 1
  %".5688" = getelementptr i8, ptr %"hdr.66", i64 1
  %".5689" = load i8, ptr %".5688", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.26" = phi  i8 [%".5687", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5708", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5689", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5710", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.237" = phi  ptr [%"data.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.236", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.237" = phi  ptr [%"data_end.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.236", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.237" = phi  ptr [%"keys.218", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.236", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5712" = zext i8 %"w0_1.26" to i64
  %".5713" = trunc i64 %".5712" to i8
  %".5714" = getelementptr i8, ptr %"keys.237", i64 9
  store i8 %".5713", ptr %".5714", align 1
  %".5716" = add i64 %"cursor.75", 2
  %".5717" = zext i8 %"w1_1.15" to i64
  %".5718" = mul i64 %".5717", 8
  %".5719" = add i64 %".5718", 6
  %".5720" = add i64 %".5719", 2
  %".5721" = add i64 %"cursor.75", %".5720"
  %".5722" = zext i8 %"w0_1.26" to i64
  switch i64 %".5722", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.76" = phi  i64 [%".5014", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".5112", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".6532", %"widening.test.29"]
  %"data.219" = phi  ptr [%"data.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.286", %"widening.test.29"]
  %"data_end.219" = phi  ptr [%"data_end.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.286", %"widening.test.29"]
  %"keys.219" = phi  ptr [%"keys.217", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.221", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.29"]
  %"hdr.67" = getelementptr i8, ptr %"data.219", i64 %"cursor.76"
  %".5798" = getelementptr i8, ptr %"hdr.67", i64 8
  %".5799" = icmp ugt ptr %".5798", %"data_end.219"
  br i1 %".5799", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".5801" = getelementptr i8, ptr %"hdr.67", i64 0
  %".5802" = load i8, ptr %".5801", align 1
  %".5803" = getelementptr i8, ptr %"hdr.67", i64 2
  %".5804" = load i16, ptr %".5803", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".5802", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5823", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.23" = phi  i16 [%".5804", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5825", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.239" = phi  ptr [%"data.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.238", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.239" = phi  ptr [%"data_end.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.238", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.239" = phi  ptr [%"keys.219", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.238", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".5827" = zext i8 %"w0_1.27" to i64
  %".5828" = trunc i64 %".5827" to i8
  %".5829" = getelementptr i8, ptr %"keys.239", i64 9
  store i8 %".5828", ptr %".5829", align 1
  %".5831" = add i64 %"cursor.76", 8
  %".5832" = icmp ne i64 1, 0
  %".5833" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.23")
  %".5834" = zext i16 %".5833" to i64
  %".5835" = and i64 %".5834", 65528
  %".5836" = icmp eq i64 %".5835", 0
  br i1 %".5832", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".5858" = zext i8 %"w0_1.27" to i64
  switch i64 %".5858", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".5049" = trunc i64 %".5014" to i16
  %".5050" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5049", ptr %".5050", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".5053" = getelementptr i8, ptr %"keys.217", i64 12
  store i32 0, ptr %".5053", align 4
  %".5055" = trunc i64 %".5014" to i16
  %".5056" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5055", ptr %".5056", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".5069" = trunc i64 %".5014" to i16
  %".5070" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5069", ptr %".5070", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5073" = getelementptr i8, ptr %"keys.217", i64 12
  store i32 0, ptr %".5073", align 4
  %".5075" = trunc i64 %".5014" to i16
  %".5076" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".5075", ptr %".5076", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5087" = trunc i64 %"cursor.67" to i32
  %".5088" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".5087", [40 x i8]* %"header_copy", i32 8)
  %".5089" = icmp eq i64 %".5088", 0
  %".5090" = getelementptr i8, ptr %"ctx.72", i64 76
  %".5091" = load i32, ptr %".5090", align 4
  %".5092" = zext i32 %".5091" to i64
  %"data.220" = inttoptr i64 %".5092" to ptr
  %".5093" = getelementptr i8, ptr %"ctx.72", i64 80
  %".5094" = load i32, ptr %".5093", align 4
  %".5095" = zext i32 %".5094" to i64
  %"data_end.220" = inttoptr i64 %".5095" to ptr
  %".5096" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.220" = load ptr, ptr %".5096", align 8
  %".5097" = xor i1 %".5089", -1
  br i1 %".5097", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".5099" = trunc i64 %"cursor.67" to i16
  %".5100" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5099", ptr %".5100", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".5103" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5104" = load volatile i8, [40 x i8]* %".5103", align 1
  %".5105" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5106" = load volatile i16, [40 x i8]* %".5105", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".5119" = getelementptr i8, ptr %"keys.221", i64 6
  store i8 1, ptr %".5119", align 1
  br i1 %".5117", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".5122" = getelementptr i8, ptr %"keys.221", i64 7
  store i8 1, ptr %".5122", align 1
  %".5124" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.81" = load volatile i32, ptr %".5124", align 4
  %".5125" = and i32 %"flags.81", 1
  %".5126" = icmp ne i32 %".5125", 0
  %".5127" = xor i1 %".5126", -1
  br i1 %".5127", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".5134" = trunc i64 %".5112" to i16
  %".5135" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5134", ptr %".5135", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".5129" = trunc i64 %".5112" to i16
  %".5130" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5129", ptr %".5130", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".5141" = trunc i64 %".5112" to i16
  %".5142" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5141", ptr %".5142", align 2
  br label %"return"
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
  %".5158" = trunc i64 34887 to i16
  %".5159" = call i16 @"llvm.bswap.i16"(i16 %".5158")
  %".5160" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5159", ptr %".5160", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".5163" = trunc i64 2048 to i16
  %".5164" = call i16 @"llvm.bswap.i16"(i16 %".5163")
  %".5165" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5164", ptr %".5165", align 2
  %".5167" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".5167", align 1
  %".5169" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.82" = load volatile i32, ptr %".5169", align 4
  %".5170" = and i32 %"flags.82", 4
  %".5171" = icmp ne i32 %".5170", 0
  br i1 %".5171", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".5183" = trunc i64 34525 to i16
  %".5184" = call i16 @"llvm.bswap.i16"(i16 %".5183")
  %".5185" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5184", ptr %".5185", align 2
  %".5187" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".5187", align 1
  %".5189" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.83" = load volatile i32, ptr %".5189", align 4
  %".5190" = and i32 %"flags.83", 4
  %".5191" = icmp ne i32 %".5190", 0
  br i1 %".5191", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".5173" = trunc i64 %".5112" to i16
  %".5174" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5173", ptr %".5174", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".5177" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".5177", align 4
  %".5179" = trunc i64 %".5112" to i16
  %".5180" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5179", ptr %".5180", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".5193" = trunc i64 %".5112" to i16
  %".5194" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5193", ptr %".5194", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5197" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".5197", align 4
  %".5199" = trunc i64 %".5112" to i16
  %".5200" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5199", ptr %".5200", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5211" = trunc i64 %"cursor.68" to i32
  %".5212" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5211", [40 x i8]* %"header_copy", i32 2)
  %".5213" = icmp eq i64 %".5212", 0
  %".5214" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5215" = load i32, ptr %".5214", align 4
  %".5216" = zext i32 %".5215" to i64
  %"data.222" = inttoptr i64 %".5216" to ptr
  %".5217" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5218" = load i32, ptr %".5217", align 4
  %".5219" = zext i32 %".5218" to i64
  %"data_end.222" = inttoptr i64 %".5219" to ptr
  %".5220" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.222" = load ptr, ptr %".5220", align 8
  %".5221" = xor i1 %".5213", -1
  br i1 %".5221", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5223" = trunc i64 %"cursor.68" to i16
  %".5224" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".5223", ptr %".5224", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5227" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5228" = load volatile i8, [40 x i8]* %".5227", align 1
  %".5229" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5230" = load volatile i8, [40 x i8]* %".5229", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5244" = trunc i64 %".5241" to i16
  %".5245" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5244", ptr %".5245", align 2
  br label %"return"
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
  %".5256" = trunc i64 %".5241" to i16
  %".5257" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5256", ptr %".5257", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5260" = trunc i64 %".5241" to i16
  %".5261" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5260", ptr %".5261", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5264" = trunc i64 %".5241" to i16
  %".5265" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5264", ptr %".5265", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5268" = trunc i64 %".5241" to i16
  %".5269" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5268", ptr %".5269", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5273" = trunc i64 34887 to i16
  %".5274" = call i16 @"llvm.bswap.i16"(i16 %".5273")
  %".5275" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5274", ptr %".5275", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5278" = trunc i64 2048 to i16
  %".5279" = call i16 @"llvm.bswap.i16"(i16 %".5278")
  %".5280" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5279", ptr %".5280", align 2
  %".5282" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5282", align 1
  %".5284" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.84" = load volatile i32, ptr %".5284", align 4
  %".5285" = and i32 %"flags.84", 4
  %".5286" = icmp ne i32 %".5285", 0
  br i1 %".5286", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5295" = trunc i64 34525 to i16
  %".5296" = call i16 @"llvm.bswap.i16"(i16 %".5295")
  %".5297" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5296", ptr %".5297", align 2
  %".5299" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5299", align 1
  %".5301" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.85" = load volatile i32, ptr %".5301", align 4
  %".5302" = and i32 %"flags.85", 4
  %".5303" = icmp ne i32 %".5302", 0
  br i1 %".5303", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5288" = trunc i64 %".5241" to i16
  %".5289" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5288", ptr %".5289", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5292" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5292", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5305" = trunc i64 %".5241" to i16
  %".5306" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5305", ptr %".5306", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5309" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5309", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5320" = trunc i64 %"cursor.69" to i32
  %".5321" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5320", [40 x i8]* %"header_copy", i32 8)
  %".5322" = icmp eq i64 %".5321", 0
  %".5323" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5324" = load i32, ptr %".5323", align 4
  %".5325" = zext i32 %".5324" to i64
  %"data.224" = inttoptr i64 %".5325" to ptr
  %".5326" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5327" = load i32, ptr %".5326", align 4
  %".5328" = zext i32 %".5327" to i64
  %"data_end.224" = inttoptr i64 %".5328" to ptr
  %".5329" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.224" = load ptr, ptr %".5329", align 8
  %".5330" = xor i1 %".5322", -1
  br i1 %".5330", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5332" = trunc i64 %"cursor.69" to i16
  %".5333" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".5332", ptr %".5333", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5336" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5337" = load volatile i8, [40 x i8]* %".5336", align 1
  %".5338" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5339" = load volatile i16, [40 x i8]* %".5338", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5352" = getelementptr i8, ptr %"keys.225", i64 6
  store i8 1, ptr %".5352", align 1
  br i1 %".5350", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5355" = getelementptr i8, ptr %"keys.225", i64 7
  store i8 1, ptr %".5355", align 1
  %".5357" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.86" = load volatile i32, ptr %".5357", align 4
  %".5358" = and i32 %"flags.86", 1
  %".5359" = icmp ne i32 %".5358", 0
  %".5360" = xor i1 %".5359", -1
  br i1 %".5360", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5367" = trunc i64 %".5345" to i16
  %".5368" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5367", ptr %".5368", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5362" = trunc i64 %".5345" to i16
  %".5363" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5362", ptr %".5363", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5374" = trunc i64 %".5345" to i16
  %".5375" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5374", ptr %".5375", align 2
  br label %"return"
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
  %".5386" = trunc i64 %".5345" to i16
  %".5387" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5386", ptr %".5387", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5390" = trunc i64 %".5345" to i16
  %".5391" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5390", ptr %".5391", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5394" = trunc i64 %".5345" to i16
  %".5395" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5394", ptr %".5395", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5398" = trunc i64 %".5345" to i16
  %".5399" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5398", ptr %".5399", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5403" = trunc i64 34887 to i16
  %".5404" = call i16 @"llvm.bswap.i16"(i16 %".5403")
  %".5405" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5404", ptr %".5405", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5408" = trunc i64 2048 to i16
  %".5409" = call i16 @"llvm.bswap.i16"(i16 %".5408")
  %".5410" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5409", ptr %".5410", align 2
  %".5412" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".5412", align 1
  %".5414" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.87" = load volatile i32, ptr %".5414", align 4
  %".5415" = and i32 %"flags.87", 4
  %".5416" = icmp ne i32 %".5415", 0
  br i1 %".5416", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5425" = trunc i64 34525 to i16
  %".5426" = call i16 @"llvm.bswap.i16"(i16 %".5425")
  %".5427" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5426", ptr %".5427", align 2
  %".5429" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".5429", align 1
  %".5431" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.88" = load volatile i32, ptr %".5431", align 4
  %".5432" = and i32 %"flags.88", 4
  %".5433" = icmp ne i32 %".5432", 0
  br i1 %".5433", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5418" = trunc i64 %".5345" to i16
  %".5419" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5418", ptr %".5419", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5422" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".5422", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5435" = trunc i64 %".5345" to i16
  %".5436" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5435", ptr %".5436", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5439" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".5439", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5449" = trunc i64 %"cursor.70" to i32
  %".5450" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5449", [40 x i8]* %"header_copy", i32 4)
  %".5451" = icmp eq i64 %".5450", 0
  %".5452" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5453" = load i32, ptr %".5452", align 4
  %".5454" = zext i32 %".5453" to i64
  %"data.226" = inttoptr i64 %".5454" to ptr
  %".5455" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5456" = load i32, ptr %".5455", align 4
  %".5457" = zext i32 %".5456" to i64
  %"data_end.226" = inttoptr i64 %".5457" to ptr
  %".5458" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.226" = load ptr, ptr %".5458", align 8
  %".5459" = xor i1 %".5451", -1
  br i1 %".5459", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5461" = trunc i64 %".5442" to i16
  %".5462" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5461", ptr %".5462", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5465" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5466" = load volatile i8, [40 x i8]* %".5465", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5472" = trunc i64 %".5468" to i16
  %".5473" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5472", ptr %".5473", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5480" = getelementptr i8, ptr %"keys.227", i64 8
  store i8 1, ptr %".5480", align 1
  %".5482" = getelementptr i8, ptr %"keys.227", i64 48
  %"flags.89" = load volatile i32, ptr %".5482", align 4
  %".5483" = and i32 %"flags.89", 4
  %".5484" = icmp ne i32 %".5483", 0
  br i1 %".5484", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5486" = trunc i64 %".5468" to i16
  %".5487" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5486", ptr %".5487", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5490" = getelementptr i8, ptr %"keys.227", i64 12
  store i32 0, ptr %".5490", align 4
  br label %"ip_version_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5500" = trunc i64 %"cursor.71" to i32
  %".5501" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5500", [40 x i8]* %"header_copy", i32 4)
  %".5502" = icmp eq i64 %".5501", 0
  %".5503" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5504" = load i32, ptr %".5503", align 4
  %".5505" = zext i32 %".5504" to i64
  %"data.228" = inttoptr i64 %".5505" to ptr
  %".5506" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5507" = load i32, ptr %".5506", align 4
  %".5508" = zext i32 %".5507" to i64
  %"data_end.228" = inttoptr i64 %".5508" to ptr
  %".5509" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.228" = load ptr, ptr %".5509", align 8
  %".5510" = xor i1 %".5502", -1
  br i1 %".5510", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".5512" = trunc i64 %".5493" to i16
  %".5513" = getelementptr i8, ptr %"keys.228", i64 2
  store i16 %".5512", ptr %".5513", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".5516" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5517" = load volatile i8, [40 x i8]* %".5516", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".5523" = trunc i64 %".5519" to i16
  %".5524" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5523", ptr %".5524", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_ip_version:
  %".5528" = getelementptr i8, ptr %"keys.229", i64 8
  store i8 1, ptr %".5528", align 1
  %".5530" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.90" = load volatile i32, ptr %".5530", align 4
  %".5531" = and i32 %"flags.90", 4
  %".5532" = icmp ne i32 %".5531", 0
  br i1 %".5532", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels3.stop_at_encap:
  %".5534" = trunc i64 %".5519" to i16
  %".5535" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5534", ptr %".5535", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".5538" = getelementptr i8, ptr %"keys.229", i64 12
  store i32 0, ptr %".5538", align 4
  %".5540" = trunc i64 %".5519" to i16
  %".5541" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5540", ptr %".5541", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5550" = trunc i64 %"cursor.72" to i32
  %".5551" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5550", [40 x i8]* %"header_copy", i32 1)
  %".5552" = icmp eq i64 %".5551", 0
  %".5553" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5554" = load i32, ptr %".5553", align 4
  %".5555" = zext i32 %".5554" to i64
  %"data.231" = inttoptr i64 %".5555" to ptr
  %".5556" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5557" = load i32, ptr %".5556", align 4
  %".5558" = zext i32 %".5557" to i64
  %"data_end.231" = inttoptr i64 %".5558" to ptr
  %".5559" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.231" = load ptr, ptr %".5559", align 8
  %".5560" = xor i1 %".5552", -1
  br i1 %".5560", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5562" = trunc i64 %"cursor.72" to i16
  %".5563" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5562", ptr %".5563", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5566" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5567" = load volatile i8, [40 x i8]* %".5566", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5576" = trunc i64 %".5569" to i16
  %".5577" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5576", ptr %".5577", align 2
  br label %"return"
gtpu_next_d1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".5570", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_next_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_ext_d1_gtpu_ext1:
  %"cursor.78" = phi  i64 [%".5569", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.233" = phi  ptr [%"data.232", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.233" = phi  ptr [%"data_end.232", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.233" = phi  ptr [%"keys.232", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.69" = getelementptr i8, ptr %"data.233", i64 %"cursor.78"
  %".5988" = getelementptr i8, ptr %"hdr.69", i64 1
  %".5989" = icmp ugt ptr %".5988", %"data_end.233"
  br i1 %".5989", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".5991" = getelementptr i8, ptr %"hdr.69", i64 0
  %".5992" = load i8, ptr %".5991", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.28" = phi  i8 [%".5992", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".6011", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.243" = phi  ptr [%"data.233", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.242", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.243" = phi  ptr [%"data_end.233", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.242", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.243" = phi  ptr [%"keys.233", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.242", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".6013" = zext i8 %"w0_1.28" to i64
  %".6014" = icmp uge i64 %".6013", 1
  %".6015" = xor i1 %".6014", -1
  br i1 %".6015", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
ppp_d1.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5593" = trunc i64 %"cursor.74" to i32
  %".5594" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5593", [40 x i8]* %"header_copy", i32 4)
  %".5595" = icmp eq i64 %".5594", 0
  %".5596" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5597" = load i32, ptr %".5596", align 4
  %".5598" = zext i32 %".5597" to i64
  %"data.234" = inttoptr i64 %".5598" to ptr
  %".5599" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5600" = load i32, ptr %".5599", align 4
  %".5601" = zext i32 %".5600" to i64
  %"data_end.234" = inttoptr i64 %".5601" to ptr
  %".5602" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.234" = load ptr, ptr %".5602", align 8
  %".5603" = xor i1 %".5595", -1
  br i1 %".5603", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5605" = trunc i64 %"cursor.74" to i16
  %".5606" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5605", ptr %".5606", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5609" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5610" = load volatile i16, [40 x i8]* %".5609", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5616" = and i64 %".5614", 0
  %".5617" = icmp eq i64 %".5616", 0
  br i1 %".5617", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv6:
  %".5643" = trunc i64 34525 to i16
  %".5644" = call i16 @"llvm.bswap.i16"(i16 %".5643")
  %".5645" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".5644", ptr %".5645", align 2
  %".5647" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".5647", align 1
  %".5649" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.92" = load volatile i32, ptr %".5649", align 4
  %".5650" = and i32 %"flags.92", 4
  %".5651" = icmp ne i32 %".5650", 0
  br i1 %".5651", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".5663" = trunc i64 34827 to i16
  %".5664" = call i16 @"llvm.bswap.i16"(i16 %".5663")
  %".5665" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".5664", ptr %".5665", align 2
  %".5667" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".5667", align 1
  %".5669" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.93" = load volatile i32, ptr %".5669", align 4
  %".5670" = and i32 %"flags.93", 4
  %".5671" = icmp ne i32 %".5670", 0
  br i1 %".5671", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".5619" = trunc i64 %".5612" to i16
  %".5620" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5619", ptr %".5620", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5633" = trunc i64 %".5612" to i16
  %".5634" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5633", ptr %".5634", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".5637" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".5637", align 4
  %".5639" = trunc i64 %".5612" to i16
  %".5640" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5639", ptr %".5640", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5653" = trunc i64 %".5612" to i16
  %".5654" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5653", ptr %".5654", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".5657" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".5657", align 4
  %".5659" = trunc i64 %".5612" to i16
  %".5660" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5659", ptr %".5660", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".5673" = trunc i64 %".5612" to i16
  %".5674" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5673", ptr %".5674", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".5677" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".5677", align 4
  %".5679" = trunc i64 %".5612" to i16
  %".5680" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5679", ptr %".5680", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5691" = trunc i64 %"cursor.75" to i32
  %".5692" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".5691", [40 x i8]* %"header_copy", i32 2)
  %".5693" = icmp eq i64 %".5692", 0
  %".5694" = getelementptr i8, ptr %"ctx.79", i64 76
  %".5695" = load i32, ptr %".5694", align 4
  %".5696" = zext i32 %".5695" to i64
  %"data.236" = inttoptr i64 %".5696" to ptr
  %".5697" = getelementptr i8, ptr %"ctx.79", i64 80
  %".5698" = load i32, ptr %".5697", align 4
  %".5699" = zext i32 %".5698" to i64
  %"data_end.236" = inttoptr i64 %".5699" to ptr
  %".5700" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.236" = load ptr, ptr %".5700", align 8
  %".5701" = xor i1 %".5693", -1
  br i1 %".5701", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5703" = trunc i64 %"cursor.75" to i16
  %".5704" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5703", ptr %".5704", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5707" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5708" = load volatile i8, [40 x i8]* %".5707", align 1
  %".5709" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5710" = load volatile i8, [40 x i8]* %".5709", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5724" = trunc i64 %".5721" to i16
  %".5725" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5724", ptr %".5725", align 2
  br label %"return"
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
  %".5736" = trunc i64 %".5721" to i16
  %".5737" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5736", ptr %".5737", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5740" = trunc i64 %".5721" to i16
  %".5741" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5740", ptr %".5741", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5744" = trunc i64 %".5721" to i16
  %".5745" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5744", ptr %".5745", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5748" = trunc i64 %".5721" to i16
  %".5749" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5748", ptr %".5749", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".5753" = trunc i64 34887 to i16
  %".5754" = call i16 @"llvm.bswap.i16"(i16 %".5753")
  %".5755" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".5754", ptr %".5755", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".5758" = trunc i64 2048 to i16
  %".5759" = call i16 @"llvm.bswap.i16"(i16 %".5758")
  %".5760" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".5759", ptr %".5760", align 2
  %".5762" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".5762", align 1
  %".5764" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.94" = load volatile i32, ptr %".5764", align 4
  %".5765" = and i32 %"flags.94", 4
  %".5766" = icmp ne i32 %".5765", 0
  br i1 %".5766", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".5778" = trunc i64 34525 to i16
  %".5779" = call i16 @"llvm.bswap.i16"(i16 %".5778")
  %".5780" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".5779", ptr %".5780", align 2
  %".5782" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".5782", align 1
  %".5784" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.95" = load volatile i32, ptr %".5784", align 4
  %".5785" = and i32 %"flags.95", 4
  %".5786" = icmp ne i32 %".5785", 0
  br i1 %".5786", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".5768" = trunc i64 %".5721" to i16
  %".5769" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5768", ptr %".5769", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".5772" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".5772", align 4
  %".5774" = trunc i64 %".5721" to i16
  %".5775" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5774", ptr %".5775", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".5788" = trunc i64 %".5721" to i16
  %".5789" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5788", ptr %".5789", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5792" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".5792", align 4
  %".5794" = trunc i64 %".5721" to i16
  %".5795" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5794", ptr %".5795", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5806" = trunc i64 %"cursor.76" to i32
  %".5807" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".5806", [40 x i8]* %"header_copy", i32 8)
  %".5808" = icmp eq i64 %".5807", 0
  %".5809" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5810" = load i32, ptr %".5809", align 4
  %".5811" = zext i32 %".5810" to i64
  %"data.238" = inttoptr i64 %".5811" to ptr
  %".5812" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5813" = load i32, ptr %".5812", align 4
  %".5814" = zext i32 %".5813" to i64
  %"data_end.238" = inttoptr i64 %".5814" to ptr
  %".5815" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.238" = load ptr, ptr %".5815", align 8
  %".5816" = xor i1 %".5808", -1
  br i1 %".5816", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".5818" = trunc i64 %"cursor.76" to i16
  %".5819" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5818", ptr %".5819", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".5822" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5823" = load volatile i8, [40 x i8]* %".5822", align 1
  %".5824" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5825" = load volatile i16, [40 x i8]* %".5824", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".5838" = getelementptr i8, ptr %"keys.239", i64 6
  store i8 1, ptr %".5838", align 1
  br i1 %".5836", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".5841" = getelementptr i8, ptr %"keys.239", i64 7
  store i8 1, ptr %".5841", align 1
  %".5843" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.96" = load volatile i32, ptr %".5843", align 4
  %".5844" = and i32 %"flags.96", 1
  %".5845" = icmp ne i32 %".5844", 0
  %".5846" = xor i1 %".5845", -1
  br i1 %".5846", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".5853" = trunc i64 %".5831" to i16
  %".5854" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5853", ptr %".5854", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".5848" = trunc i64 %".5831" to i16
  %".5849" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5848", ptr %".5849", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".5860" = trunc i64 %".5831" to i16
  %".5861" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5860", ptr %".5861", align 2
  br label %"return"
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
  %".5872" = trunc i64 %".5831" to i16
  %".5873" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5872", ptr %".5873", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5876" = trunc i64 %".5831" to i16
  %".5877" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5876", ptr %".5877", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5880" = trunc i64 %".5831" to i16
  %".5881" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5880", ptr %".5881", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".5884" = trunc i64 %".5831" to i16
  %".5885" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5884", ptr %".5885", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5889" = trunc i64 34887 to i16
  %".5890" = call i16 @"llvm.bswap.i16"(i16 %".5889")
  %".5891" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".5890", ptr %".5891", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5894" = trunc i64 2048 to i16
  %".5895" = call i16 @"llvm.bswap.i16"(i16 %".5894")
  %".5896" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".5895", ptr %".5896", align 2
  %".5898" = getelementptr i8, ptr %"keys.239", i64 8
  store i8 1, ptr %".5898", align 1
  %".5900" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.97" = load volatile i32, ptr %".5900", align 4
  %".5901" = and i32 %"flags.97", 4
  %".5902" = icmp ne i32 %".5901", 0
  br i1 %".5902", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5914" = trunc i64 34525 to i16
  %".5915" = call i16 @"llvm.bswap.i16"(i16 %".5914")
  %".5916" = getelementptr i8, ptr %"keys.239", i64 10
  store i16 %".5915", ptr %".5916", align 2
  %".5918" = getelementptr i8, ptr %"keys.239", i64 8
  store i8 1, ptr %".5918", align 1
  %".5920" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.98" = load volatile i32, ptr %".5920", align 4
  %".5921" = and i32 %"flags.98", 4
  %".5922" = icmp ne i32 %".5921", 0
  br i1 %".5922", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5904" = trunc i64 %".5831" to i16
  %".5905" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5904", ptr %".5905", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5908" = getelementptr i8, ptr %"keys.239", i64 12
  store i32 0, ptr %".5908", align 4
  %".5910" = trunc i64 %".5831" to i16
  %".5911" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5910", ptr %".5911", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".5924" = trunc i64 %".5831" to i16
  %".5925" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5924", ptr %".5925", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5928" = getelementptr i8, ptr %"keys.239", i64 12
  store i32 0, ptr %".5928", align 4
  %".5930" = trunc i64 %".5831" to i16
  %".5931" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5930", ptr %".5931", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5941" = trunc i64 %"cursor.77" to i32
  %".5942" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".5941", [40 x i8]* %"header_copy", i32 4)
  %".5943" = icmp eq i64 %".5942", 0
  %".5944" = getelementptr i8, ptr %"ctx.81", i64 76
  %".5945" = load i32, ptr %".5944", align 4
  %".5946" = zext i32 %".5945" to i64
  %"data.240" = inttoptr i64 %".5946" to ptr
  %".5947" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5948" = load i32, ptr %".5947", align 4
  %".5949" = zext i32 %".5948" to i64
  %"data_end.240" = inttoptr i64 %".5949" to ptr
  %".5950" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.240" = load ptr, ptr %".5950", align 8
  %".5951" = xor i1 %".5943", -1
  br i1 %".5951", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".5953" = trunc i64 %".5934" to i16
  %".5954" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".5953", ptr %".5954", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".5957" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5958" = load volatile i8, [40 x i8]* %".5957", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".5964" = trunc i64 %".5960" to i16
  %".5965" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5964", ptr %".5965", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".5972" = getelementptr i8, ptr %"keys.241", i64 8
  store i8 1, ptr %".5972", align 1
  %".5974" = getelementptr i8, ptr %"keys.241", i64 48
  %"flags.99" = load volatile i32, ptr %".5974", align 4
  %".5975" = and i32 %"flags.99", 4
  %".5976" = icmp ne i32 %".5975", 0
  br i1 %".5976", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".5978" = trunc i64 %".5960" to i16
  %".5979" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5978", ptr %".5979", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".5982" = getelementptr i8, ptr %"keys.241", i64 12
  store i32 0, ptr %".5982", align 4
  %".5984" = trunc i64 %".5960" to i16
  %".5985" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5984", ptr %".5985", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5994" = trunc i64 %"cursor.78" to i32
  %".5995" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".5994", [40 x i8]* %"header_copy", i32 1)
  %".5996" = icmp eq i64 %".5995", 0
  %".5997" = getelementptr i8, ptr %"ctx.82", i64 76
  %".5998" = load i32, ptr %".5997", align 4
  %".5999" = zext i32 %".5998" to i64
  %"data.242" = inttoptr i64 %".5999" to ptr
  %".6000" = getelementptr i8, ptr %"ctx.82", i64 80
  %".6001" = load i32, ptr %".6000", align 4
  %".6002" = zext i32 %".6001" to i64
  %"data_end.242" = inttoptr i64 %".6002" to ptr
  %".6003" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.242" = load ptr, ptr %".6003", align 8
  %".6004" = xor i1 %".5996", -1
  br i1 %".6004", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".6006" = trunc i64 %"cursor.78" to i16
  %".6007" = getelementptr i8, ptr %"keys.242", i64 2
  store i16 %".6006", ptr %".6007", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".6010" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6011" = load volatile i8, [40 x i8]* %".6010", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".6017" = trunc i64 %"cursor.78" to i16
  %".6018" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6017", ptr %".6018", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".6021" = add i64 %"cursor.78", 1
  %".6022" = zext i8 %"w0_1.28" to i64
  %".6023" = mul i64 %".6022", 4
  %".6024" = sub i64 %".6023", 2
  %".6025" = add i64 %".6024", 1
  %".6026" = getelementptr i8, ptr %"data.243", i64 %"cursor.78"
  %".6027" = getelementptr i8, ptr %".6026", i64 %".6025"
  %".6028" = icmp ugt ptr %".6027", %"data_end.243"
  br i1 %".6028", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.245" = phi  ptr [%"data.243", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.244", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.245" = phi  ptr [%"data_end.243", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.244", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.245" = phi  ptr [%"keys.243", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.244", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %".6049" = add i64 %"cursor.78", %".6025"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.79" = phi  i64 [%".6049", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.246" = phi  ptr [%"data.245", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.246" = phi  ptr [%"data_end.245", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.246" = phi  ptr [%"keys.245", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.70" = getelementptr i8, ptr %"data.246", i64 %"cursor.79"
  %".6056" = getelementptr i8, ptr %"hdr.70", i64 1
  %".6057" = icmp ugt ptr %".6056", %"data_end.246"
  br i1 %".6057", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".6059" = getelementptr i8, ptr %"hdr.70", i64 0
  %".6060" = load i8, ptr %".6059", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.29" = phi  i8 [%".6060", %"gtpu_next_d1_gtpu_ext1.linear"], [%".6079", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.248" = phi  ptr [%"data.246", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.247", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.248" = phi  ptr [%"data_end.246", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.247", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.248" = phi  ptr [%"keys.246", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.247", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".6081" = add i64 %"cursor.79", 1
  %".6082" = zext i8 %"w0_1.29" to i64
  %".6083" = icmp uge i64 %".6082", 1
  %".6084" = icmp ule i64 %".6082", 255
  %".6085" = and i1 %".6083", %".6084"
  br i1 %".6085", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".6030" = add i64 %"cursor.78", %".6025"
  %".6031" = sub i64 %".6030", 1
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6032" = trunc i64 %".6031" to i32
  %".6033" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".6032", i64* %"last_byte", i32 1)
  %".6034" = icmp eq i64 %".6033", 0
  %".6035" = getelementptr i8, ptr %"ctx.83", i64 76
  %".6036" = load i32, ptr %".6035", align 4
  %".6037" = zext i32 %".6036" to i64
  %"data.244" = inttoptr i64 %".6037" to ptr
  %".6038" = getelementptr i8, ptr %"ctx.83", i64 80
  %".6039" = load i32, ptr %".6038", align 4
  %".6040" = zext i32 %".6039" to i64
  %"data_end.244" = inttoptr i64 %".6040" to ptr
  %".6041" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.244" = load ptr, ptr %".6041", align 8
  %".6042" = xor i1 %".6034", -1
  br i1 %".6042", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".6044" = trunc i64 %"cursor.78" to i16
  %".6045" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".6044", ptr %".6045", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".6051" = trunc i64 %".6049" to i16
  %".6052" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6051", ptr %".6052", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6062" = trunc i64 %"cursor.79" to i32
  %".6063" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".6062", [40 x i8]* %"header_copy", i32 1)
  %".6064" = icmp eq i64 %".6063", 0
  %".6065" = getelementptr i8, ptr %"ctx.84", i64 76
  %".6066" = load i32, ptr %".6065", align 4
  %".6067" = zext i32 %".6066" to i64
  %"data.247" = inttoptr i64 %".6067" to ptr
  %".6068" = getelementptr i8, ptr %"ctx.84", i64 80
  %".6069" = load i32, ptr %".6068", align 4
  %".6070" = zext i32 %".6069" to i64
  %"data_end.247" = inttoptr i64 %".6070" to ptr
  %".6071" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.247" = load ptr, ptr %".6071", align 8
  %".6072" = xor i1 %".6064", -1
  br i1 %".6072", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".6074" = trunc i64 %"cursor.79" to i16
  %".6075" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".6074", ptr %".6075", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".6078" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6079" = load volatile i8, [40 x i8]* %".6078", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".6088" = trunc i64 %".6081" to i16
  %".6089" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6088", ptr %".6089", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".6082", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_next_d1_gtpu_ext1.to_ip_version:
  br label %"ip_version_d1"
gtpu_ext_d1_gtpu_ext2:
  %"cursor.80" = phi  i64 [%".6081", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.249" = phi  ptr [%"data.248", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.249" = phi  ptr [%"data_end.248", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.249" = phi  ptr [%"keys.248", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.71" = getelementptr i8, ptr %"data.249", i64 %"cursor.80"
  %".6094" = getelementptr i8, ptr %"hdr.71", i64 1
  %".6095" = icmp ugt ptr %".6094", %"data_end.249"
  br i1 %".6095", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".6097" = getelementptr i8, ptr %"hdr.71", i64 0
  %".6098" = load i8, ptr %".6097", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.30" = phi  i8 [%".6098", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".6117", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.251" = phi  ptr [%"data.249", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.250", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.251" = phi  ptr [%"data_end.249", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.250", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.251" = phi  ptr [%"keys.249", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.250", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".6119" = zext i8 %"w0_1.30" to i64
  %".6120" = icmp uge i64 %".6119", 1
  %".6121" = xor i1 %".6120", -1
  br i1 %".6121", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6100" = trunc i64 %"cursor.80" to i32
  %".6101" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".6100", [40 x i8]* %"header_copy", i32 1)
  %".6102" = icmp eq i64 %".6101", 0
  %".6103" = getelementptr i8, ptr %"ctx.85", i64 76
  %".6104" = load i32, ptr %".6103", align 4
  %".6105" = zext i32 %".6104" to i64
  %"data.250" = inttoptr i64 %".6105" to ptr
  %".6106" = getelementptr i8, ptr %"ctx.85", i64 80
  %".6107" = load i32, ptr %".6106", align 4
  %".6108" = zext i32 %".6107" to i64
  %"data_end.250" = inttoptr i64 %".6108" to ptr
  %".6109" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.250" = load ptr, ptr %".6109", align 8
  %".6110" = xor i1 %".6102", -1
  br i1 %".6110", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".6112" = trunc i64 %"cursor.80" to i16
  %".6113" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6112", ptr %".6113", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".6116" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6117" = load volatile i8, [40 x i8]* %".6116", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".6123" = trunc i64 %"cursor.80" to i16
  %".6124" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".6123", ptr %".6124", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".6127" = add i64 %"cursor.80", 1
  %".6128" = zext i8 %"w0_1.30" to i64
  %".6129" = mul i64 %".6128", 4
  %".6130" = sub i64 %".6129", 2
  %".6131" = add i64 %".6130", 1
  %".6132" = getelementptr i8, ptr %"data.251", i64 %"cursor.80"
  %".6133" = getelementptr i8, ptr %".6132", i64 %".6131"
  %".6134" = icmp ugt ptr %".6133", %"data_end.251"
  br i1 %".6134", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.253" = phi  ptr [%"data.251", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.252", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.253" = phi  ptr [%"data_end.251", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.252", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.253" = phi  ptr [%"keys.251", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.252", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %".6155" = add i64 %"cursor.80", %".6131"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.81" = phi  i64 [%".6155", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.254" = phi  ptr [%"data.253", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.254" = phi  ptr [%"data_end.253", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.254" = phi  ptr [%"keys.253", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.72" = getelementptr i8, ptr %"data.254", i64 %"cursor.81"
  %".6162" = getelementptr i8, ptr %"hdr.72", i64 1
  %".6163" = icmp ugt ptr %".6162", %"data_end.254"
  br i1 %".6163", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".6165" = getelementptr i8, ptr %"hdr.72", i64 0
  %".6166" = load i8, ptr %".6165", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.31" = phi  i8 [%".6166", %"gtpu_next_d1_gtpu_ext2.linear"], [%".6185", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.256" = phi  ptr [%"data.254", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.255", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.256" = phi  ptr [%"data_end.254", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.255", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.256" = phi  ptr [%"keys.254", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.255", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".6187" = add i64 %"cursor.81", 1
  %".6188" = zext i8 %"w0_1.31" to i64
  %".6189" = icmp uge i64 %".6188", 1
  %".6190" = icmp ule i64 %".6188", 255
  %".6191" = and i1 %".6189", %".6190"
  br i1 %".6191", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".6136" = add i64 %"cursor.80", %".6131"
  %".6137" = sub i64 %".6136", 1
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6138" = trunc i64 %".6137" to i32
  %".6139" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".6138", i64* %"last_byte", i32 1)
  %".6140" = icmp eq i64 %".6139", 0
  %".6141" = getelementptr i8, ptr %"ctx.86", i64 76
  %".6142" = load i32, ptr %".6141", align 4
  %".6143" = zext i32 %".6142" to i64
  %"data.252" = inttoptr i64 %".6143" to ptr
  %".6144" = getelementptr i8, ptr %"ctx.86", i64 80
  %".6145" = load i32, ptr %".6144", align 4
  %".6146" = zext i32 %".6145" to i64
  %"data_end.252" = inttoptr i64 %".6146" to ptr
  %".6147" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.252" = load ptr, ptr %".6147", align 8
  %".6148" = xor i1 %".6140", -1
  br i1 %".6148", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".6150" = trunc i64 %"cursor.80" to i16
  %".6151" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".6150", ptr %".6151", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".6157" = trunc i64 %".6155" to i16
  %".6158" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".6157", ptr %".6158", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6168" = trunc i64 %"cursor.81" to i32
  %".6169" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".6168", [40 x i8]* %"header_copy", i32 1)
  %".6170" = icmp eq i64 %".6169", 0
  %".6171" = getelementptr i8, ptr %"ctx.87", i64 76
  %".6172" = load i32, ptr %".6171", align 4
  %".6173" = zext i32 %".6172" to i64
  %"data.255" = inttoptr i64 %".6173" to ptr
  %".6174" = getelementptr i8, ptr %"ctx.87", i64 80
  %".6175" = load i32, ptr %".6174", align 4
  %".6176" = zext i32 %".6175" to i64
  %"data_end.255" = inttoptr i64 %".6176" to ptr
  %".6177" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.255" = load ptr, ptr %".6177", align 8
  %".6178" = xor i1 %".6170", -1
  br i1 %".6178", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".6180" = trunc i64 %"cursor.81" to i16
  %".6181" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".6180", ptr %".6181", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".6184" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6185" = load volatile i8, [40 x i8]* %".6184", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".6194" = trunc i64 %".6187" to i16
  %".6195" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".6194", ptr %".6195", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".6199" = trunc i64 %".6187" to i16
  %".6200" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".6199", ptr %".6200", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".6188", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
gtpu_next_d1_gtpu_ext2.to_ip_version:
  br label %"ip_version_d1"
widening.test:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6205" = getelementptr i8, ptr %"ctx.88", i64 76
  %".6206" = load i32, ptr %".6205", align 4
  %".6207" = zext i32 %".6206" to i64
  %"data.257" = inttoptr i64 %".6207" to ptr
  %".6208" = getelementptr i8, ptr %"ctx.88", i64 80
  %".6209" = load i32, ptr %".6208", align 4
  %".6210" = zext i32 %".6209" to i64
  %"data_end.257" = inttoptr i64 %".6210" to ptr
  %".6211" = getelementptr i8, ptr %"keys", i64 0
  %".6212" = load volatile i16, ptr %".6211", align 2
  %".6213" = zext i16 %".6212" to i64
  %".6214" = icmp ugt i64 %".6213", 261
  br i1 %".6214", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6216" = getelementptr i8, ptr %"ctx.89", i64 76
  %".6217" = load i32, ptr %".6216", align 4
  %".6218" = zext i32 %".6217" to i64
  %"data.258" = inttoptr i64 %".6218" to ptr
  %".6219" = getelementptr i8, ptr %"ctx.89", i64 80
  %".6220" = load i32, ptr %".6219", align 4
  %".6221" = zext i32 %".6220" to i64
  %"data_end.258" = inttoptr i64 %".6221" to ptr
  %".6222" = getelementptr i8, ptr %"keys", i64 0
  %".6223" = load volatile i16, ptr %".6222", align 2
  %".6224" = zext i16 %".6223" to i64
  %".6225" = icmp ugt i64 %".6224", 261
  br i1 %".6225", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6227" = getelementptr i8, ptr %"ctx.90", i64 76
  %".6228" = load i32, ptr %".6227", align 4
  %".6229" = zext i32 %".6228" to i64
  %"data.259" = inttoptr i64 %".6229" to ptr
  %".6230" = getelementptr i8, ptr %"ctx.90", i64 80
  %".6231" = load i32, ptr %".6230", align 4
  %".6232" = zext i32 %".6231" to i64
  %"data_end.259" = inttoptr i64 %".6232" to ptr
  %".6233" = getelementptr i8, ptr %"keys", i64 0
  %".6234" = load volatile i16, ptr %".6233", align 2
  %".6235" = zext i16 %".6234" to i64
  %".6236" = icmp ugt i64 %".6235", 267
  br i1 %".6236", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6238" = getelementptr i8, ptr %"ctx.91", i64 76
  %".6239" = load i32, ptr %".6238", align 4
  %".6240" = zext i32 %".6239" to i64
  %"data.260" = inttoptr i64 %".6240" to ptr
  %".6241" = getelementptr i8, ptr %"ctx.91", i64 80
  %".6242" = load i32, ptr %".6241", align 4
  %".6243" = zext i32 %".6242" to i64
  %"data_end.260" = inttoptr i64 %".6243" to ptr
  %".6244" = getelementptr i8, ptr %"keys", i64 0
  %".6245" = load volatile i16, ptr %".6244", align 2
  %".6246" = zext i16 %".6245" to i64
  %".6247" = icmp ugt i64 %".6246", 267
  br i1 %".6247", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6249" = getelementptr i8, ptr %"ctx.92", i64 76
  %".6250" = load i32, ptr %".6249", align 4
  %".6251" = zext i32 %".6250" to i64
  %"data.261" = inttoptr i64 %".6251" to ptr
  %".6252" = getelementptr i8, ptr %"ctx.92", i64 80
  %".6253" = load i32, ptr %".6252", align 4
  %".6254" = zext i32 %".6253" to i64
  %"data_end.261" = inttoptr i64 %".6254" to ptr
  %".6255" = getelementptr i8, ptr %"keys", i64 0
  %".6256" = load volatile i16, ptr %".6255", align 2
  %".6257" = zext i16 %".6256" to i64
  %".6258" = icmp ugt i64 %".6257", 275
  br i1 %".6258", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6260" = getelementptr i8, ptr %"ctx.93", i64 76
  %".6261" = load i32, ptr %".6260", align 4
  %".6262" = zext i32 %".6261" to i64
  %"data.262" = inttoptr i64 %".6262" to ptr
  %".6263" = getelementptr i8, ptr %"ctx.93", i64 80
  %".6264" = load i32, ptr %".6263", align 4
  %".6265" = zext i32 %".6264" to i64
  %"data_end.262" = inttoptr i64 %".6265" to ptr
  %".6266" = getelementptr i8, ptr %"keys", i64 0
  %".6267" = load volatile i16, ptr %".6266", align 2
  %".6268" = zext i16 %".6267" to i64
  %".6269" = icmp ugt i64 %".6268", 2363
  br i1 %".6269", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6271" = getelementptr i8, ptr %"ctx.94", i64 76
  %".6272" = load i32, ptr %".6271", align 4
  %".6273" = zext i32 %".6272" to i64
  %"data.263" = inttoptr i64 %".6273" to ptr
  %".6274" = getelementptr i8, ptr %"ctx.94", i64 80
  %".6275" = load i32, ptr %".6274", align 4
  %".6276" = zext i32 %".6275" to i64
  %"data_end.263" = inttoptr i64 %".6276" to ptr
  %".6277" = getelementptr i8, ptr %"keys", i64 0
  %".6278" = load volatile i16, ptr %".6277", align 2
  %".6279" = zext i16 %".6278" to i64
  %".6280" = icmp ugt i64 %".6279", 2363
  br i1 %".6280", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.95" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6282" = getelementptr i8, ptr %"ctx.95", i64 76
  %".6283" = load i32, ptr %".6282", align 4
  %".6284" = zext i32 %".6283" to i64
  %"data.264" = inttoptr i64 %".6284" to ptr
  %".6285" = getelementptr i8, ptr %"ctx.95", i64 80
  %".6286" = load i32, ptr %".6285", align 4
  %".6287" = zext i32 %".6286" to i64
  %"data_end.264" = inttoptr i64 %".6287" to ptr
  %".6288" = getelementptr i8, ptr %"keys", i64 0
  %".6289" = load volatile i16, ptr %".6288", align 2
  %".6290" = zext i16 %".6289" to i64
  %".6291" = icmp ugt i64 %".6290", 4411
  br i1 %".6291", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.96" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6293" = getelementptr i8, ptr %"ctx.96", i64 76
  %".6294" = load i32, ptr %".6293", align 4
  %".6295" = zext i32 %".6294" to i64
  %"data.265" = inttoptr i64 %".6295" to ptr
  %".6296" = getelementptr i8, ptr %"ctx.96", i64 80
  %".6297" = load i32, ptr %".6296", align 4
  %".6298" = zext i32 %".6297" to i64
  %"data_end.265" = inttoptr i64 %".6298" to ptr
  %".6299" = getelementptr i8, ptr %"keys", i64 0
  %".6300" = load volatile i16, ptr %".6299", align 2
  %".6301" = zext i16 %".6300" to i64
  %".6302" = icmp ugt i64 %".6301", 4411
  br i1 %".6302", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.97" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6304" = getelementptr i8, ptr %"ctx.97", i64 76
  %".6305" = load i32, ptr %".6304", align 4
  %".6306" = zext i32 %".6305" to i64
  %"data.266" = inttoptr i64 %".6306" to ptr
  %".6307" = getelementptr i8, ptr %"ctx.97", i64 80
  %".6308" = load i32, ptr %".6307", align 4
  %".6309" = zext i32 %".6308" to i64
  %"data_end.266" = inttoptr i64 %".6309" to ptr
  %".6310" = getelementptr i8, ptr %"keys", i64 0
  %".6311" = load volatile i16, ptr %".6310", align 2
  %".6312" = zext i16 %".6311" to i64
  %".6313" = icmp ugt i64 %".6312", 275
  br i1 %".6313", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.98" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6315" = getelementptr i8, ptr %"ctx.98", i64 76
  %".6316" = load i32, ptr %".6315", align 4
  %".6317" = zext i32 %".6316" to i64
  %"data.267" = inttoptr i64 %".6317" to ptr
  %".6318" = getelementptr i8, ptr %"ctx.98", i64 80
  %".6319" = load i32, ptr %".6318", align 4
  %".6320" = zext i32 %".6319" to i64
  %"data_end.267" = inttoptr i64 %".6320" to ptr
  %".6321" = getelementptr i8, ptr %"keys", i64 0
  %".6322" = load volatile i16, ptr %".6321", align 2
  %".6323" = zext i16 %".6322" to i64
  %".6324" = icmp ugt i64 %".6323", 6459
  br i1 %".6324", label %"widening.test.11", label %"mpls_d0_mpls_labels1"
widening.test.11:
  %"ctx.99" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6326" = getelementptr i8, ptr %"ctx.99", i64 76
  %".6327" = load i32, ptr %".6326", align 4
  %".6328" = zext i32 %".6327" to i64
  %"data.268" = inttoptr i64 %".6328" to ptr
  %".6329" = getelementptr i8, ptr %"ctx.99", i64 80
  %".6330" = load i32, ptr %".6329", align 4
  %".6331" = zext i32 %".6330" to i64
  %"data_end.268" = inttoptr i64 %".6331" to ptr
  %".6332" = getelementptr i8, ptr %"keys", i64 0
  %".6333" = load volatile i16, ptr %".6332", align 2
  %".6334" = zext i16 %".6333" to i64
  %".6335" = icmp ugt i64 %".6334", 6459
  br i1 %".6335", label %"widening.test.12", label %"gre_version_d0"
widening.test.12:
  %"ctx.100" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6337" = getelementptr i8, ptr %"ctx.100", i64 76
  %".6338" = load i32, ptr %".6337", align 4
  %".6339" = zext i32 %".6338" to i64
  %"data.269" = inttoptr i64 %".6339" to ptr
  %".6340" = getelementptr i8, ptr %"ctx.100", i64 80
  %".6341" = load i32, ptr %".6340", align 4
  %".6342" = zext i32 %".6341" to i64
  %"data_end.269" = inttoptr i64 %".6342" to ptr
  %".6343" = getelementptr i8, ptr %"keys", i64 0
  %".6344" = load volatile i16, ptr %".6343", align 2
  %".6345" = zext i16 %".6344" to i64
  %".6346" = icmp ugt i64 %".6345", 6459
  br i1 %".6346", label %"widening.test.13", label %"udp_d0"
widening.test.13:
  %"ctx.101" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6348" = getelementptr i8, ptr %"ctx.101", i64 76
  %".6349" = load i32, ptr %".6348", align 4
  %".6350" = zext i32 %".6349" to i64
  %"data.270" = inttoptr i64 %".6350" to ptr
  %".6351" = getelementptr i8, ptr %"ctx.101", i64 80
  %".6352" = load i32, ptr %".6351", align 4
  %".6353" = zext i32 %".6352" to i64
  %"data_end.270" = inttoptr i64 %".6353" to ptr
  %".6354" = getelementptr i8, ptr %"keys", i64 0
  %".6355" = load volatile i16, ptr %".6354", align 2
  %".6356" = zext i16 %".6355" to i64
  %".6357" = icmp ugt i64 %".6356", 8519
  br i1 %".6357", label %"widening.test.14", label %"ip_version_d1"
widening.test.14:
  %"ctx.102" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6359" = getelementptr i8, ptr %"ctx.102", i64 76
  %".6360" = load i32, ptr %".6359", align 4
  %".6361" = zext i32 %".6360" to i64
  %"data.271" = inttoptr i64 %".6361" to ptr
  %".6362" = getelementptr i8, ptr %"ctx.102", i64 80
  %".6363" = load i32, ptr %".6362", align 4
  %".6364" = zext i32 %".6363" to i64
  %"data_end.271" = inttoptr i64 %".6364" to ptr
  %".6365" = getelementptr i8, ptr %"keys", i64 0
  %".6366" = load volatile i16, ptr %".6365", align 2
  %".6367" = zext i16 %".6366" to i64
  %".6368" = icmp ugt i64 %".6367", 6727
  br i1 %".6368", label %"widening.test.15", label %"ethernet_d1"
widening.test.15:
  %"ctx.103" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6370" = getelementptr i8, ptr %"ctx.103", i64 76
  %".6371" = load i32, ptr %".6370", align 4
  %".6372" = zext i32 %".6371" to i64
  %"data.272" = inttoptr i64 %".6372" to ptr
  %".6373" = getelementptr i8, ptr %"ctx.103", i64 80
  %".6374" = load i32, ptr %".6373", align 4
  %".6375" = zext i32 %".6374" to i64
  %"data_end.272" = inttoptr i64 %".6375" to ptr
  %".6376" = getelementptr i8, ptr %"keys", i64 0
  %".6377" = load volatile i16, ptr %".6376", align 2
  %".6378" = zext i16 %".6377" to i64
  %".6379" = icmp ugt i64 %".6378", 6741
  br i1 %".6379", label %"widening.test.16", label %"hsr_d1_vlan_tags1"
widening.test.16:
  %"ctx.104" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6381" = getelementptr i8, ptr %"ctx.104", i64 76
  %".6382" = load i32, ptr %".6381", align 4
  %".6383" = zext i32 %".6382" to i64
  %"data.273" = inttoptr i64 %".6383" to ptr
  %".6384" = getelementptr i8, ptr %"ctx.104", i64 80
  %".6385" = load i32, ptr %".6384", align 4
  %".6386" = zext i32 %".6385" to i64
  %"data_end.273" = inttoptr i64 %".6386" to ptr
  %".6387" = getelementptr i8, ptr %"keys", i64 0
  %".6388" = load volatile i16, ptr %".6387", align 2
  %".6389" = zext i16 %".6388" to i64
  %".6390" = icmp ugt i64 %".6389", 6741
  br i1 %".6390", label %"widening.test.17", label %"vlan_d1_vlan_tags1"
widening.test.17:
  %"ctx.105" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6392" = getelementptr i8, ptr %"ctx.105", i64 76
  %".6393" = load i32, ptr %".6392", align 4
  %".6394" = zext i32 %".6393" to i64
  %"data.274" = inttoptr i64 %".6394" to ptr
  %".6395" = getelementptr i8, ptr %"ctx.105", i64 80
  %".6396" = load i32, ptr %".6395", align 4
  %".6397" = zext i32 %".6396" to i64
  %"data_end.274" = inttoptr i64 %".6397" to ptr
  %".6398" = getelementptr i8, ptr %"keys", i64 0
  %".6399" = load volatile i16, ptr %".6398", align 2
  %".6400" = zext i16 %".6399" to i64
  %".6401" = icmp ugt i64 %".6400", 6747
  br i1 %".6401", label %"widening.test.18", label %"hsr_d1_vlan_tags2"
widening.test.18:
  %"ctx.106" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6403" = getelementptr i8, ptr %"ctx.106", i64 76
  %".6404" = load i32, ptr %".6403", align 4
  %".6405" = zext i32 %".6404" to i64
  %"data.275" = inttoptr i64 %".6405" to ptr
  %".6406" = getelementptr i8, ptr %"ctx.106", i64 80
  %".6407" = load i32, ptr %".6406", align 4
  %".6408" = zext i32 %".6407" to i64
  %"data_end.275" = inttoptr i64 %".6408" to ptr
  %".6409" = getelementptr i8, ptr %"keys", i64 0
  %".6410" = load volatile i16, ptr %".6409", align 2
  %".6411" = zext i16 %".6410" to i64
  %".6412" = icmp ugt i64 %".6411", 6747
  br i1 %".6412", label %"widening.test.19", label %"vlan_d1_vlan_tags2"
widening.test.19:
  %"ctx.107" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6414" = getelementptr i8, ptr %"ctx.107", i64 76
  %".6415" = load i32, ptr %".6414", align 4
  %".6416" = zext i32 %".6415" to i64
  %"data.276" = inttoptr i64 %".6416" to ptr
  %".6417" = getelementptr i8, ptr %"ctx.107", i64 80
  %".6418" = load i32, ptr %".6417", align 4
  %".6419" = zext i32 %".6418" to i64
  %"data_end.276" = inttoptr i64 %".6419" to ptr
  %".6420" = getelementptr i8, ptr %"keys", i64 0
  %".6421" = load volatile i16, ptr %".6420", align 2
  %".6422" = zext i16 %".6421" to i64
  %".6423" = icmp ugt i64 %".6422", 6753
  br i1 %".6423", label %"widening.test.20", label %"batadv_d1"
widening.test.20:
  %"ctx.108" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6425" = getelementptr i8, ptr %"ctx.108", i64 76
  %".6426" = load i32, ptr %".6425", align 4
  %".6427" = zext i32 %".6426" to i64
  %"data.277" = inttoptr i64 %".6427" to ptr
  %".6428" = getelementptr i8, ptr %"ctx.108", i64 80
  %".6429" = load i32, ptr %".6428", align 4
  %".6430" = zext i32 %".6429" to i64
  %"data_end.277" = inttoptr i64 %".6430" to ptr
  %".6431" = getelementptr i8, ptr %"keys", i64 0
  %".6432" = load volatile i16, ptr %".6431", align 2
  %".6433" = zext i16 %".6432" to i64
  %".6434" = icmp ugt i64 %".6433", 6753
  br i1 %".6434", label %"widening.test.21", label %"fcoe"
widening.test.21:
  %"ctx.109" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6436" = getelementptr i8, ptr %"ctx.109", i64 76
  %".6437" = load i32, ptr %".6436", align 4
  %".6438" = zext i32 %".6437" to i64
  %"data.278" = inttoptr i64 %".6438" to ptr
  %".6439" = getelementptr i8, ptr %"ctx.109", i64 80
  %".6440" = load i32, ptr %".6439", align 4
  %".6441" = zext i32 %".6440" to i64
  %"data_end.278" = inttoptr i64 %".6441" to ptr
  %".6442" = getelementptr i8, ptr %"keys", i64 0
  %".6443" = load volatile i16, ptr %".6442", align 2
  %".6444" = zext i16 %".6443" to i64
  %".6445" = icmp ugt i64 %".6444", 6753
  br i1 %".6445", label %"widening.test.22", label %"tipc"
widening.test.22:
  %"ctx.110" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6447" = getelementptr i8, ptr %"ctx.110", i64 76
  %".6448" = load i32, ptr %".6447", align 4
  %".6449" = zext i32 %".6448" to i64
  %"data.279" = inttoptr i64 %".6449" to ptr
  %".6450" = getelementptr i8, ptr %"ctx.110", i64 80
  %".6451" = load i32, ptr %".6450", align 4
  %".6452" = zext i32 %".6451" to i64
  %"data_end.279" = inttoptr i64 %".6452" to ptr
  %".6453" = getelementptr i8, ptr %"keys", i64 0
  %".6454" = load volatile i16, ptr %".6453", align 2
  %".6455" = zext i16 %".6454" to i64
  %".6456" = icmp ugt i64 %".6455", 6753
  br i1 %".6456", label %"widening.test.23", label %"cfm"
widening.test.23:
  %"ctx.111" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6458" = getelementptr i8, ptr %"ctx.111", i64 76
  %".6459" = load i32, ptr %".6458", align 4
  %".6460" = zext i32 %".6459" to i64
  %"data.280" = inttoptr i64 %".6460" to ptr
  %".6461" = getelementptr i8, ptr %"ctx.111", i64 80
  %".6462" = load i32, ptr %".6461", align 4
  %".6463" = zext i32 %".6462" to i64
  %"data_end.280" = inttoptr i64 %".6463" to ptr
  %".6464" = getelementptr i8, ptr %"keys", i64 0
  %".6465" = load volatile i16, ptr %".6464", align 2
  %".6466" = zext i16 %".6465" to i64
  %".6467" = icmp ugt i64 %".6466", 6753
  br i1 %".6467", label %"widening.test.24", label %"ptp"
widening.test.24:
  %"ctx.112" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6469" = getelementptr i8, ptr %"ctx.112", i64 76
  %".6470" = load i32, ptr %".6469", align 4
  %".6471" = zext i32 %".6470" to i64
  %"data.281" = inttoptr i64 %".6471" to ptr
  %".6472" = getelementptr i8, ptr %"ctx.112", i64 80
  %".6473" = load i32, ptr %".6472", align 4
  %".6474" = zext i32 %".6473" to i64
  %"data_end.281" = inttoptr i64 %".6474" to ptr
  %".6475" = getelementptr i8, ptr %"keys", i64 0
  %".6476" = load volatile i16, ptr %".6475", align 2
  %".6477" = zext i16 %".6476" to i64
  %".6478" = icmp ugt i64 %".6477", 6753
  br i1 %".6478", label %"widening.test.25", label %"arp"
widening.test.25:
  %"ctx.113" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6480" = getelementptr i8, ptr %"ctx.113", i64 76
  %".6481" = load i32, ptr %".6480", align 4
  %".6482" = zext i32 %".6481" to i64
  %"data.282" = inttoptr i64 %".6482" to ptr
  %".6483" = getelementptr i8, ptr %"ctx.113", i64 80
  %".6484" = load i32, ptr %".6483", align 4
  %".6485" = zext i32 %".6484" to i64
  %"data_end.282" = inttoptr i64 %".6485" to ptr
  %".6486" = getelementptr i8, ptr %"keys", i64 0
  %".6487" = load volatile i16, ptr %".6486", align 2
  %".6488" = zext i16 %".6487" to i64
  %".6489" = icmp ugt i64 %".6488", 6753
  br i1 %".6489", label %"widening.test.26", label %"pppoe_d1"
widening.test.26:
  %"ctx.114" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6491" = getelementptr i8, ptr %"ctx.114", i64 76
  %".6492" = load i32, ptr %".6491", align 4
  %".6493" = zext i32 %".6492" to i64
  %"data.283" = inttoptr i64 %".6493" to ptr
  %".6494" = getelementptr i8, ptr %"ctx.114", i64 80
  %".6495" = load i32, ptr %".6494", align 4
  %".6496" = zext i32 %".6495" to i64
  %"data_end.283" = inttoptr i64 %".6496" to ptr
  %".6497" = getelementptr i8, ptr %"keys", i64 0
  %".6498" = load volatile i16, ptr %".6497", align 2
  %".6499" = zext i16 %".6498" to i64
  %".6500" = icmp ugt i64 %".6499", 8519
  br i1 %".6500", label %"widening.test.27", label %"ipv6_d1"
widening.test.27:
  %"ctx.115" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6502" = getelementptr i8, ptr %"ctx.115", i64 76
  %".6503" = load i32, ptr %".6502", align 4
  %".6504" = zext i32 %".6503" to i64
  %"data.284" = inttoptr i64 %".6504" to ptr
  %".6505" = getelementptr i8, ptr %"ctx.115", i64 80
  %".6506" = load i32, ptr %".6505", align 4
  %".6507" = zext i32 %".6506" to i64
  %"data_end.284" = inttoptr i64 %".6507" to ptr
  %".6508" = getelementptr i8, ptr %"keys", i64 0
  %".6509" = load volatile i16, ptr %".6508", align 2
  %".6510" = zext i16 %".6509" to i64
  %".6511" = icmp ugt i64 %".6510", 10607
  br i1 %".6511", label %"widening.test.28", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.28:
  %"ctx.116" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6513" = getelementptr i8, ptr %"ctx.116", i64 76
  %".6514" = load i32, ptr %".6513", align 4
  %".6515" = zext i32 %".6514" to i64
  %"data.285" = inttoptr i64 %".6515" to ptr
  %".6516" = getelementptr i8, ptr %"ctx.116", i64 80
  %".6517" = load i32, ptr %".6516", align 4
  %".6518" = zext i32 %".6517" to i64
  %"data_end.285" = inttoptr i64 %".6518" to ptr
  %".6519" = getelementptr i8, ptr %"keys", i64 0
  %".6520" = load volatile i16, ptr %".6519", align 2
  %".6521" = zext i16 %".6520" to i64
  %".6522" = icmp ugt i64 %".6521", 10607
  br i1 %".6522", label %"widening.test.29", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.29:
  %"ctx.117" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6524" = getelementptr i8, ptr %"ctx.117", i64 76
  %".6525" = load i32, ptr %".6524", align 4
  %".6526" = zext i32 %".6525" to i64
  %"data.286" = inttoptr i64 %".6526" to ptr
  %".6527" = getelementptr i8, ptr %"ctx.117", i64 80
  %".6528" = load i32, ptr %".6527", align 4
  %".6529" = zext i32 %".6528" to i64
  %"data_end.286" = inttoptr i64 %".6529" to ptr
  %".6530" = getelementptr i8, ptr %"keys", i64 0
  %".6531" = load volatile i16, ptr %".6530", align 2
  %".6532" = zext i16 %".6531" to i64
  %".6533" = icmp ugt i64 %".6532", 12655
  br i1 %".6533", label %"widening.test.30", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.30:
  %"ctx.118" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6535" = getelementptr i8, ptr %"ctx.118", i64 76
  %".6536" = load i32, ptr %".6535", align 4
  %".6537" = zext i32 %".6536" to i64
  %"data.287" = inttoptr i64 %".6537" to ptr
  %".6538" = getelementptr i8, ptr %"ctx.118", i64 80
  %".6539" = load i32, ptr %".6538", align 4
  %".6540" = zext i32 %".6539" to i64
  %"data_end.287" = inttoptr i64 %".6540" to ptr
  %".6541" = getelementptr i8, ptr %"keys", i64 0
  %".6542" = load volatile i16, ptr %".6541", align 2
  %".6543" = zext i16 %".6542" to i64
  %".6544" = icmp ugt i64 %".6543", 12655
  br i1 %".6544", label %"widening.test.31", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.31:
  %"ctx.119" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6546" = getelementptr i8, ptr %"ctx.119", i64 76
  %".6547" = load i32, ptr %".6546", align 4
  %".6548" = zext i32 %".6547" to i64
  %"data.288" = inttoptr i64 %".6548" to ptr
  %".6549" = getelementptr i8, ptr %"ctx.119", i64 80
  %".6550" = load i32, ptr %".6549", align 4
  %".6551" = zext i32 %".6550" to i64
  %"data_end.288" = inttoptr i64 %".6551" to ptr
  %".6552" = getelementptr i8, ptr %"keys", i64 0
  %".6553" = load volatile i16, ptr %".6552", align 2
  %".6554" = zext i16 %".6553" to i64
  %".6555" = icmp ugt i64 %".6554", 14703
  br i1 %".6555", label %"widening.test.32", label %"icmpv6"
widening.test.32:
  %"ctx.120" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6557" = getelementptr i8, ptr %"ctx.120", i64 76
  %".6558" = load i32, ptr %".6557", align 4
  %".6559" = zext i32 %".6558" to i64
  %"data.289" = inttoptr i64 %".6559" to ptr
  %".6560" = getelementptr i8, ptr %"ctx.120", i64 80
  %".6561" = load i32, ptr %".6560", align 4
  %".6562" = zext i32 %".6561" to i64
  %"data_end.289" = inttoptr i64 %".6562" to ptr
  %".6563" = getelementptr i8, ptr %"keys", i64 0
  %".6564" = load volatile i16, ptr %".6563", align 2
  %".6565" = zext i16 %".6564" to i64
  %".6566" = icmp ugt i64 %".6565", 8519
  br i1 %".6566", label %"widening.test.33", label %"ipv4_d1"
widening.test.33:
  %"ctx.121" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6568" = getelementptr i8, ptr %"ctx.121", i64 76
  %".6569" = load i32, ptr %".6568", align 4
  %".6570" = zext i32 %".6569" to i64
  %"data.290" = inttoptr i64 %".6570" to ptr
  %".6571" = getelementptr i8, ptr %"ctx.121", i64 80
  %".6572" = load i32, ptr %".6571", align 4
  %".6573" = zext i32 %".6572" to i64
  %"data_end.290" = inttoptr i64 %".6573" to ptr
  %".6574" = getelementptr i8, ptr %"keys", i64 0
  %".6575" = load volatile i16, ptr %".6574", align 2
  %".6576" = zext i16 %".6575" to i64
  %".6577" = icmp ugt i64 %".6576", 14703
  br i1 %".6577", label %"widening.test.34", label %"mpls_d1_mpls_labels1"
widening.test.34:
  %"ctx.122" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6579" = getelementptr i8, ptr %"ctx.122", i64 76
  %".6580" = load i32, ptr %".6579", align 4
  %".6581" = zext i32 %".6580" to i64
  %"data.291" = inttoptr i64 %".6581" to ptr
  %".6582" = getelementptr i8, ptr %"ctx.122", i64 80
  %".6583" = load i32, ptr %".6582", align 4
  %".6584" = zext i32 %".6583" to i64
  %"data_end.291" = inttoptr i64 %".6584" to ptr
  %".6585" = getelementptr i8, ptr %"keys", i64 0
  %".6586" = load volatile i16, ptr %".6585", align 2
  %".6587" = zext i16 %".6586" to i64
  %".6588" = icmp ugt i64 %".6587", 14703
  br i1 %".6588", label %"widening.test.35", label %"ah"
widening.test.35:
  %"ctx.123" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6590" = getelementptr i8, ptr %"ctx.123", i64 76
  %".6591" = load i32, ptr %".6590", align 4
  %".6592" = zext i32 %".6591" to i64
  %"data.292" = inttoptr i64 %".6592" to ptr
  %".6593" = getelementptr i8, ptr %"ctx.123", i64 80
  %".6594" = load i32, ptr %".6593", align 4
  %".6595" = zext i32 %".6594" to i64
  %"data_end.292" = inttoptr i64 %".6595" to ptr
  %".6596" = getelementptr i8, ptr %"keys", i64 0
  %".6597" = load volatile i16, ptr %".6596", align 2
  %".6598" = zext i16 %".6597" to i64
  %".6599" = icmp ugt i64 %".6598", 14703
  br i1 %".6599", label %"widening.test.36", label %"esp"
widening.test.36:
  %"ctx.124" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6601" = getelementptr i8, ptr %"ctx.124", i64 76
  %".6602" = load i32, ptr %".6601", align 4
  %".6603" = zext i32 %".6602" to i64
  %"data.293" = inttoptr i64 %".6603" to ptr
  %".6604" = getelementptr i8, ptr %"ctx.124", i64 80
  %".6605" = load i32, ptr %".6604", align 4
  %".6606" = zext i32 %".6605" to i64
  %"data_end.293" = inttoptr i64 %".6606" to ptr
  %".6607" = getelementptr i8, ptr %"keys", i64 0
  %".6608" = load volatile i16, ptr %".6607", align 2
  %".6609" = zext i16 %".6608" to i64
  %".6610" = icmp ugt i64 %".6609", 14703
  br i1 %".6610", label %"widening.test.37", label %"dccp"
widening.test.37:
  %"ctx.125" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6612" = getelementptr i8, ptr %"ctx.125", i64 76
  %".6613" = load i32, ptr %".6612", align 4
  %".6614" = zext i32 %".6613" to i64
  %"data.294" = inttoptr i64 %".6614" to ptr
  %".6615" = getelementptr i8, ptr %"ctx.125", i64 80
  %".6616" = load i32, ptr %".6615", align 4
  %".6617" = zext i32 %".6616" to i64
  %"data_end.294" = inttoptr i64 %".6617" to ptr
  %".6618" = getelementptr i8, ptr %"keys", i64 0
  %".6619" = load volatile i16, ptr %".6618", align 2
  %".6620" = zext i16 %".6619" to i64
  %".6621" = icmp ugt i64 %".6620", 14703
  br i1 %".6621", label %"widening.test.38", label %"sctp"
widening.test.38:
  %"ctx.126" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6623" = getelementptr i8, ptr %"ctx.126", i64 76
  %".6624" = load i32, ptr %".6623", align 4
  %".6625" = zext i32 %".6624" to i64
  %"data.295" = inttoptr i64 %".6625" to ptr
  %".6626" = getelementptr i8, ptr %"ctx.126", i64 80
  %".6627" = load i32, ptr %".6626", align 4
  %".6628" = zext i32 %".6627" to i64
  %"data_end.295" = inttoptr i64 %".6628" to ptr
  %".6629" = getelementptr i8, ptr %"keys", i64 0
  %".6630" = load volatile i16, ptr %".6629", align 2
  %".6631" = zext i16 %".6630" to i64
  %".6632" = icmp ugt i64 %".6631", 14703
  br i1 %".6632", label %"widening.test.39", label %"gre_version_d1"
widening.test.39:
  %"ctx.127" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6634" = getelementptr i8, ptr %"ctx.127", i64 76
  %".6635" = load i32, ptr %".6634", align 4
  %".6636" = zext i32 %".6635" to i64
  %"data.296" = inttoptr i64 %".6636" to ptr
  %".6637" = getelementptr i8, ptr %"ctx.127", i64 80
  %".6638" = load i32, ptr %".6637", align 4
  %".6639" = zext i32 %".6638" to i64
  %"data_end.296" = inttoptr i64 %".6639" to ptr
  %".6640" = getelementptr i8, ptr %"keys", i64 0
  %".6641" = load volatile i16, ptr %".6640", align 2
  %".6642" = zext i16 %".6641" to i64
  %".6643" = icmp ugt i64 %".6642", 14703
  br i1 %".6643", label %"widening.test.40", label %"udplite"
widening.test.40:
  %"ctx.128" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6645" = getelementptr i8, ptr %"ctx.128", i64 76
  %".6646" = load i32, ptr %".6645", align 4
  %".6647" = zext i32 %".6646" to i64
  %"data.297" = inttoptr i64 %".6647" to ptr
  %".6648" = getelementptr i8, ptr %"ctx.128", i64 80
  %".6649" = load i32, ptr %".6648", align 4
  %".6650" = zext i32 %".6649" to i64
  %"data_end.297" = inttoptr i64 %".6650" to ptr
  %".6651" = getelementptr i8, ptr %"keys", i64 0
  %".6652" = load volatile i16, ptr %".6651", align 2
  %".6653" = zext i16 %".6652" to i64
  %".6654" = icmp ugt i64 %".6653", 14703
  br i1 %".6654", label %"widening.test.41", label %"udp_d1"
widening.test.41:
  %"ctx.129" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6656" = getelementptr i8, ptr %"ctx.129", i64 76
  %".6657" = load i32, ptr %".6656", align 4
  %".6658" = zext i32 %".6657" to i64
  %"data.298" = inttoptr i64 %".6658" to ptr
  %".6659" = getelementptr i8, ptr %"ctx.129", i64 80
  %".6660" = load i32, ptr %".6659", align 4
  %".6661" = zext i32 %".6660" to i64
  %"data_end.298" = inttoptr i64 %".6661" to ptr
  %".6662" = getelementptr i8, ptr %"keys", i64 0
  %".6663" = load volatile i16, ptr %".6662", align 2
  %".6664" = zext i16 %".6663" to i64
  %".6665" = icmp ugt i64 %".6664", 14703
  br i1 %".6665", label %"widening.beyond", label %"tcp"
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