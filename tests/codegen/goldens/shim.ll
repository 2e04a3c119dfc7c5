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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_d0_mpls_labels1.copy_failed"], [0, %"mpls_d0_mpls_labels1.unknown"], [0, %"mpls_d0_mpls_labels1.stop_at_encap"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0_vlan_tags1.copy_failed"], [2, %"hsr_d0_vlan_tags1.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"batadv_d0.stop_at_encap.11"], [0, %"batadv_d0.stop_at_encap.12"], [0, %"batadv_d0.stop_at_encap.13"], [0, %"batadv_d0.stop_at_encap.14"], [0, %"batadv_d0.stop_at_encap.15"], [0, %"tcp.copy_failed"], [0, %"tcp.unknown"], [0, %"udp_d0.copy_failed"], [0, %"udp_d0.copy_last_byte_failed"], [0, %"udp_d0.unknown"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"vlan_d0_vlan_tags2.to_hsr"], [0, %"vlan_d0_vlan_tags2.to_hsr.1"], [2, %"hsr_d0_vlan_tags2.copy_failed"], [2, %"hsr_d0_vlan_tags2.unknown"], [0, %"hsr_d0_vlan_tags2.to_vlan"], [0, %"hsr_d0_vlan_tags2.to_vlan.1"], [0, %"hsr_d0_vlan_tags2.to_hsr"], [0, %"hsr_d0_vlan_tags2.to_hsr.1"], [0, %"mpls_d0_mpls_labels2.copy_failed"], [0, %"mpls_d0_mpls_labels2.unknown"], [0, %"mpls_d0_mpls_labels2.stop_at_encap"], [2, %"ip_version_d1.copy_failed"], [0, %"ip_version_d1.unknown"], [0, %"ppp_other"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [0, %"mpls_d1_mpls_labels1.copy_failed"], [0, %"mpls_d1_mpls_labels1.unknown"], [0, %"mpls_d1_mpls_labels1.stop_at_encap"], [0, %"mpls_d1_mpls_labels1.stop_at_encap.endif"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"hsr_d1_vlan_tags1.copy_failed"], [2, %"hsr_d1_vlan_tags1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [0, %"batadv_d1.stop_at_encap.11"], [0, %"batadv_d1.stop_at_encap.endif.11"], [0, %"batadv_d1.stop_at_encap.12"], [0, %"batadv_d1.stop_at_encap.endif.12"], [0, %"batadv_d1.stop_at_encap.13"], [0, %"batadv_d1.stop_at_encap.endif.13"], [0, %"batadv_d1.stop_at_encap.14"], [0, %"batadv_d1.stop_at_encap.endif.14"], [0, %"batadv_d1.stop_at_encap.15"], [0, %"batadv_d1.stop_at_encap.endif.15"], [2, %"tcp_header.copy_failed"], [2, %"tcp_header.require"], [2, %"tcp_header.copy_last_byte_failed"], [0, %"tcp_header.variable.endif"], [2, %"vxlan_d0.copy_failed"], [0, %"vxlan_d0.stop_at_encap"], [0, %"vxlan_d0.unknown"], [2, %"geneve_d0.copy_failed"], [0, %"geneve_d0.stop_before"], [2, %"geneve_d0.copy_last_byte_failed"], [0, %"geneve_d0.stop_at_encap"], [0, %"geneve_d0.unknown"], [2, %"gue_d0.copy_failed"], [0, %"gue_d0.stop_before"], [2, %"gue_d0.copy_last_byte_failed"], [0, %"gue_d0.stop_at_encap"], [0, %"gue_d0.unknown"], [2, %"gtpu_d0.copy_failed"], [0, %"gtpu_d0.stop_before"], [0, %"gtpu_d0.stop_at_encap"], [0, %"gtpu_d0.unknown"], [2, %"shim_d0.copy_failed"], [0, %"shim_d0.stop_at_encap"], [0, %"shim_d0.unknown"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [0, %"udp_d1.copy_failed"], [0, %"udp_d1.copy_last_byte_failed"], [0, %"udp_d1.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels3.copy_failed"], [0, %"mpls_d0_mpls_labels3.unknown"], [0, %"mpls_d0_mpls_labels3.stop_at_encap"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [0, %"vlan_d1_vlan_tags2.to_hsr"], [0, %"vlan_d1_vlan_tags2.to_hsr.1"], [2, %"hsr_d1_vlan_tags2.copy_failed"], [2, %"hsr_d1_vlan_tags2.unknown"], [0, %"hsr_d1_vlan_tags2.to_vlan"], [0, %"hsr_d1_vlan_tags2.to_vlan.1"], [0, %"hsr_d1_vlan_tags2.to_hsr"], [0, %"hsr_d1_vlan_tags2.to_hsr.1"], [0, %"mpls_d1_mpls_labels2.copy_failed"], [0, %"mpls_d1_mpls_labels2.unknown"], [0, %"mpls_d1_mpls_labels2.stop_at_encap"], [0, %"mpls_d1_mpls_labels2.stop_at_encap.endif"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"gtpu_opt_d1.copy_failed"], [0, %"gtpu_opt_d1.unknown"], [2, %"gtpu_seq_d1.copy_failed"], [0, %"gtpu_seq_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"vxlan_d1.copy_failed"], [0, %"vxlan_d1.stop_at_encap"], [0, %"vxlan_d1.unknown"], [0, %"vxlan_d1.to_ethernet"], [2, %"geneve_d1.copy_failed"], [0, %"geneve_d1.stop_before"], [2, %"geneve_d1.copy_last_byte_failed"], [0, %"geneve_d1.stop_at_encap"], [0, %"geneve_d1.unknown"], [0, %"geneve_d1.to_ethernet"], [0, %"geneve_d1.to_ipv4"], [0, %"geneve_d1.to_ipv6"], [2, %"gue_d1.copy_failed"], [0, %"gue_d1.stop_before"], [2, %"gue_d1.copy_last_byte_failed"], [0, %"gue_d1.stop_at_encap"], [0, %"gue_d1.unknown"], [0, %"gue_d1.to_ipv4"], [0, %"gue_d1.to_ipv6"], [2, %"gtpu_d1.copy_failed"], [0, %"gtpu_d1.stop_before"], [0, %"gtpu_d1.stop_at_encap"], [0, %"gtpu_d1.unknown"], [0, %"gtpu_d1.to_ip_version"], [0, %"gtpu_d1.to_gtpu_opt"], [0, %"gtpu_d1.to_gtpu_seq"], [2, %"shim_d1.copy_failed"], [0, %"shim_d1.stop_at_encap"], [0, %"shim_d1.unknown"], [0, %"shim_d1.to_ipv4"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels4.copy_failed"], [0, %"mpls_d0_mpls_labels4.unknown"], [0, %"mpls_d0_mpls_labels4.to_mpls"], [0, %"mpls_d0_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.copy_failed"], [0, %"mpls_d1_mpls_labels3.unknown"], [0, %"mpls_d1_mpls_labels3.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.stop_at_encap.endif"], [2, %"gtpu_next_d1.copy_failed"], [0, %"gtpu_next_d1.unknown"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [0, %"mpls_d1_mpls_labels4.copy_failed"], [0, %"mpls_d1_mpls_labels4.unknown"], [0, %"mpls_d1_mpls_labels4.to_mpls"], [0, %"mpls_d1_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels4.stop_at_encap.endif"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext1.require"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext1.unknown"], [2, %"gtpu_next_d1_gtpu_ext1.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext1.unknown"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext2.require"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext2.unknown"], [2, %"gtpu_next_d1_gtpu_ext2.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext2.unknown"], [0, %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext"], [129, %"widening.beyond"]
  ret i32 %"verdict"
entry.continue:
  br label %"return"
entry_d0:
  %"cursor" = phi  i64 [%"nhoff", %"program"]
  %"data.1" = phi  ptr [%"data", %"program"]
  %"data_end.1" = phi  ptr [%"data_end", %"program"]
  %"keys.1" = phi  ptr [%"keys", %"program"]
  %".26" = add i64 %"cursor", 0
  switch i16 %".15", label %"entry_d0.unknown" [i16 8, label %"entry_d0.to_ipv4" i16 56710, label %"entry_d0.to_ipv6" i16 129, label %"entry_d0.to_vlan" i16 43144, label %"entry_d0.to_vlan.1" i16 18312, label %"entry_d0.to_mpls" i16 18568, label %"entry_d0.to_mpls.1" i16 25736, label %"entry_d0.to_pppoe" i16 1544, label %"entry_d0.to_arp" i16 13696, label %"entry_d0.to_arp.1" i16 63368, label %"entry_d0.to_ptp" i16 649, label %"entry_d0.to_cfm" i16 51848, label %"entry_d0.to_tipc" i16 1673, label %"entry_d0.to_fcoe" i16 12169, label %"entry_d0.to_hsr" i16 64392, label %"entry_d0.to_hsr.1" i16 1347, label %"entry_d0.to_batadv"]  , !prof !1
entry_d0.to_ipv4:
  br label %"ipv4_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".357", %"vlan_d0_vlan_tags1.to_ipv4"], [%".482", %"pppoe_d0.to_ipv4"], [%".631", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1868", %"vlan_d0_vlan_tags2.to_ipv4"], [%".1934", %"hsr_d0_vlan_tags2.to_ipv4"], [%".6051", %"widening.test.9"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.42", %"pppoe_d0.to_ipv4"], [%"data.51", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data.107", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data.109", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data.275", %"widening.test.9"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.42", %"pppoe_d0.to_ipv4"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data_end.275", %"widening.test.9"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.42", %"pppoe_d0.to_ipv4"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ipv4"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ipv4"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ipv4"], [%"keys", %"widening.test.9"]
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
  %".58" = load i64, ptr %".57", align 8
  br label %"ipv4_d0.header"
ipv4_d0.header:
  %"w0_1" = phi  i8 [%".52", %"ipv4_d0.linear"], [%".77", %"ipv4_d0.copy_failed.endif"]
  %"w6_2" = phi  i16 [%".54", %"ipv4_d0.linear"], [%".79", %"ipv4_d0.copy_failed.endif"]
  %"w9_1" = phi  i8 [%".56", %"ipv4_d0.linear"], [%".81", %"ipv4_d0.copy_failed.endif"]
  %"w12_8" = phi  i64 [%".58", %"ipv4_d0.linear"], [%".90", %"ipv4_d0.copy_failed.endif"]
  %"data.15" = phi  ptr [%"data.2", %"ipv4_d0.linear"], [%"data.14", %"ipv4_d0.copy_failed.endif"]
  %"data_end.15" = phi  ptr [%"data_end.2", %"ipv4_d0.linear"], [%"data_end.14", %"ipv4_d0.copy_failed.endif"]
  %"keys.15" = phi  ptr [%"keys.2", %"ipv4_d0.linear"], [%"keys.14", %"ipv4_d0.copy_failed.endif"]
  %".92" = zext i8 %"w0_1" to i64
  %".93" = and i64 %".92", 15
  %".94" = icmp uge i64 %".93", 5
  %".95" = xor i1 %".94", -1
  br i1 %".95", label %"ipv4_d0.require", label %"ipv4_d0.require.endif"
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".357", %"vlan_d0_vlan_tags1.to_ipv6"], [%".482", %"pppoe_d0.to_ipv6"], [%".631", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1868", %"vlan_d0_vlan_tags2.to_ipv6"], [%".1934", %"hsr_d0_vlan_tags2.to_ipv6"], [%".5996", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.42", %"pppoe_d0.to_ipv6"], [%"data.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.270", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.42", %"pppoe_d0.to_ipv6"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.270", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.42", %"pppoe_d0.to_ipv6"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".197" = getelementptr i8, ptr %"hdr.1", i64 40
  %".198" = icmp ugt ptr %".197", %"data_end.3"
  br i1 %".198", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".200" = getelementptr i8, ptr %"hdr.1", i64 0
  %".201" = load i32, ptr %".200", align 4
  %".202" = getelementptr i8, ptr %"hdr.1", i64 6
  %".203" = load i8, ptr %".202", align 1
  %".204" = getelementptr i8, ptr %"hdr.1", i64 8
  %".205" = load i64, ptr %".204", align 8
  %".206" = getelementptr i8, ptr %"hdr.1", i64 16
  %".207" = load i64, ptr %".206", align 8
  %".208" = getelementptr i8, ptr %"hdr.1", i64 24
  %".209" = load i64, ptr %".208", align 8
  %".210" = getelementptr i8, ptr %"hdr.1", i64 32
  %".211" = load i64, ptr %".210", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".201", %"ipv6_d0.linear"], [%".230", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".203", %"ipv6_d0.linear"], [%".232", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".205", %"ipv6_d0.linear"], [%".234", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".207", %"ipv6_d0.linear"], [%".236", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".209", %"ipv6_d0.linear"], [%".238", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".211", %"ipv6_d0.linear"], [%".240", %"ipv6_d0.copy_failed.endif"]
  %"data.29" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.28", %"ipv6_d0.copy_failed.endif"]
  %"data_end.29" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.28", %"ipv6_d0.copy_failed.endif"]
  %"keys.29" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.28", %"ipv6_d0.copy_failed.endif"]
  %".242" = getelementptr i8, ptr %"keys.29", i64 9
  store i8 %"w6_1", ptr %".242", align 1
  %".244" = getelementptr i8, ptr %"keys.29", i64 16
  store i64 %"w8_8", ptr %".244", align 8
  %".246" = getelementptr i8, ptr %"keys.29", i64 24
  store i64 %"w16_8", ptr %".246", align 8
  %".248" = getelementptr i8, ptr %"keys.29", i64 32
  store i64 %"w24_8", ptr %".248", align 8
  %".250" = getelementptr i8, ptr %"keys.29", i64 40
  store i64 %"w32_8", ptr %".250", align 8
  %".252" = trunc i64 34525 to i16
  %".253" = getelementptr i8, ptr %"keys.29", i64 4
  store i16 %".252", ptr %".253", align 2
  %".255" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".256" = zext i32 %".255" to i64
  %".257" = and i64 %".256", 1048575
  %".258" = trunc i64 %".257" to i32
  %".259" = call i32 @"llvm.bswap.i32"(i32 %".258")
  %".260" = getelementptr i8, ptr %"keys.29", i64 52
  store i32 %".259", ptr %".260", align 4
  %".262" = add i64 %"cursor.2", 40
  %".263" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".264" = zext i32 %".263" to i64
  %".265" = and i64 %".264", 1048575
  %".266" = icmp ne i64 %".265", 0
  %".267" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.3" = load volatile i32, ptr %".267", align 4
  %".268" = and i32 %"flags.3", 2
  %".269" = icmp ne i32 %".268", 0
  %".270" = and i1 %".266", %".269"
  br i1 %".270", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".330" = getelementptr i8, ptr %"hdr.2", i64 4
  %".331" = icmp ugt ptr %".330", %"data_end.4"
  br i1 %".331", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".333" = getelementptr i8, ptr %"hdr.2", i64 2
  %".334" = load i16, ptr %".333", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".334", %"vlan_d0_vlan_tags1.linear"], [%".353", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".355" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %"w2_2", ptr %".355", align 2
  %".357" = add i64 %"cursor.3", 4
  %".358" = trunc i64 %".357" to i16
  %".359" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".358", ptr %".359", align 2
  %".361" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".362" = zext i16 %".361" to i64
  switch i16 %"w2_2", label %"vlan_d0_vlan_tags1.unknown" [i16 8, label %"vlan_d0_vlan_tags1.to_ipv4" i16 56710, label %"vlan_d0_vlan_tags1.to_ipv6" i16 129, label %"vlan_d0_vlan_tags1.to_vlan" i16 43144, label %"vlan_d0_vlan_tags1.to_vlan.1" i16 18312, label %"vlan_d0_vlan_tags1.to_mpls" i16 18568, label %"vlan_d0_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags1.to_arp" i16 13696, label %"vlan_d0_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags1.to_ptp" i16 649, label %"vlan_d0_vlan_tags1.to_cfm" i16 51848, label %"vlan_d0_vlan_tags1.to_tipc" i16 1673, label %"vlan_d0_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags1.to_hsr" i16 64392, label %"vlan_d0_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags1.to_batadv"]  , !prof !1
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".262", %"ipv6_d0.to_mpls"], [%".357", %"vlan_d0_vlan_tags1.to_mpls"], [%".357", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".482", %"pppoe_d0.to_mpls"], [%".482", %"pppoe_d0.to_mpls.1"], [%".631", %"hsr_d0_vlan_tags1.to_mpls"], [%".631", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1868", %"vlan_d0_vlan_tags2.to_mpls"], [%".1868", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".1934", %"hsr_d0_vlan_tags2.to_mpls"], [%".1934", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".5006", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".5104", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".6062", %"widening.test.10"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.16", %"ipv4_d0.to_mpls"], [%"data.29", %"ipv6_d0.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.42", %"pppoe_d0.to_mpls"], [%"data.42", %"pppoe_d0.to_mpls.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.276", %"widening.test.10"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.16", %"ipv4_d0.to_mpls"], [%"data_end.29", %"ipv6_d0.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.42", %"pppoe_d0.to_mpls"], [%"data_end.42", %"pppoe_d0.to_mpls.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.276", %"widening.test.10"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.16", %"ipv4_d0.to_mpls"], [%"keys.29", %"ipv6_d0.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.42", %"pppoe_d0.to_mpls"], [%"keys.42", %"pppoe_d0.to_mpls.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.10"]
  %".384" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".385" = getelementptr i8, ptr %"hdr.3", i64 4
  %".386" = icmp ugt ptr %".385", %"data_end.5"
  br i1 %".386", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".388" = getelementptr i8, ptr %"hdr.3", i64 2
  %".389" = load i8, ptr %".388", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".389", %"mpls_d0_mpls_labels1.linear"], [%".408", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".410" = add i64 %"cursor.4", 4
  %".411" = zext i8 %"w2_1" to i64
  %".412" = and i64 %".411", 1
  switch i64 %".412", label %"mpls_d0_mpls_labels1.unknown" [i64 0, label %"mpls_d0_mpls_labels1.to_mpls" i64 1, label %"mpls_d0_mpls_labels1.to_ip_version"]
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels2:
  %"cursor.29" = phi  i64 [%".410", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.39" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.39" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.39" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %".1973" = add i64 %"cursor.29", 4
  %"hdr.26" = getelementptr i8, ptr %"data.39", i64 %"cursor.29"
  %".1974" = getelementptr i8, ptr %"hdr.26", i64 4
  %".1975" = icmp ugt ptr %".1974", %"data_end.39"
  br i1 %".1975", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".1977" = getelementptr i8, ptr %"hdr.26", i64 2
  %".1978" = load i8, ptr %".1977", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".1978", %"mpls_d0_mpls_labels2.linear"], [%".1997", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.111" = phi  ptr [%"data.39", %"mpls_d0_mpls_labels2.linear"], [%"data.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.39", %"mpls_d0_mpls_labels2.linear"], [%"data_end.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.39", %"mpls_d0_mpls_labels2.linear"], [%"keys.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".1999" = add i64 %"cursor.29", 4
  %".2000" = zext i8 %"w2_1.1" to i64
  %".2001" = and i64 %".2000", 1
  switch i64 %".2001", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels3:
  %"cursor.51" = phi  i64 [%".1999", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.112" = phi  ptr [%"data.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.112" = phi  ptr [%"keys.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %".3741" = add i64 %"cursor.51", 4
  %"hdr.45" = getelementptr i8, ptr %"data.112", i64 %"cursor.51"
  %".3742" = getelementptr i8, ptr %"hdr.45", i64 4
  %".3743" = icmp ugt ptr %".3742", %"data_end.112"
  br i1 %".3743", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".3745" = getelementptr i8, ptr %"hdr.45", i64 2
  %".3746" = load i8, ptr %".3745", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".3746", %"mpls_d0_mpls_labels3.linear"], [%".3765", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.184" = phi  ptr [%"data.112", %"mpls_d0_mpls_labels3.linear"], [%"data.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.184" = phi  ptr [%"data_end.112", %"mpls_d0_mpls_labels3.linear"], [%"data_end.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.184" = phi  ptr [%"keys.112", %"mpls_d0_mpls_labels3.linear"], [%"keys.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".3767" = add i64 %"cursor.51", 4
  %".3768" = zext i8 %"w2_1.3" to i64
  %".3769" = and i64 %".3768", 1
  switch i64 %".3769", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels4:
  %"cursor.70" = phi  i64 [%".3767", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.185" = phi  ptr [%"data.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.185" = phi  ptr [%"data_end.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.185" = phi  ptr [%"keys.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %".5195" = add i64 %"cursor.70", 4
  %"hdr.62" = getelementptr i8, ptr %"data.185", i64 %"cursor.70"
  %".5196" = getelementptr i8, ptr %"hdr.62", i64 4
  %".5197" = icmp ugt ptr %".5196", %"data_end.185"
  br i1 %".5197", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5199" = getelementptr i8, ptr %"hdr.62", i64 2
  %".5200" = load i8, ptr %".5199", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5200", %"mpls_d0_mpls_labels4.linear"], [%".5219", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.236" = phi  ptr [%"data.185", %"mpls_d0_mpls_labels4.linear"], [%"data.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.236" = phi  ptr [%"data_end.185", %"mpls_d0_mpls_labels4.linear"], [%"data_end.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.236" = phi  ptr [%"keys.185", %"mpls_d0_mpls_labels4.linear"], [%"keys.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5221" = add i64 %"cursor.70", 4
  %".5222" = zext i8 %"w2_1.5" to i64
  %".5223" = and i64 %".5222", 1
  switch i64 %".5223", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels4.to_mpls:
  %".5229" = trunc i64 %".5221" to i16
  %".5230" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5229", ptr %".5230", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".357", %"vlan_d0_vlan_tags1.to_pppoe"], [%".631", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1868", %"vlan_d0_vlan_tags2.to_pppoe"], [%".1934", %"hsr_d0_vlan_tags2.to_pppoe"], [%".5985", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.269", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.269", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".432" = getelementptr i8, ptr %"hdr.4", i64 8
  %".433" = icmp ugt ptr %".432", %"data_end.6"
  br i1 %".433", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".435" = getelementptr i8, ptr %"hdr.4", i64 0
  %".436" = load i8, ptr %".435", align 1
  %".437" = getelementptr i8, ptr %"hdr.4", i64 1
  %".438" = load i8, ptr %".437", align 1
  %".439" = getelementptr i8, ptr %"hdr.4", i64 6
  %".440" = load i16, ptr %".439", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".436", %"pppoe_d0.linear"], [%".459", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".438", %"pppoe_d0.linear"], [%".461", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".440", %"pppoe_d0.linear"], [%".463", %"pppoe_d0.copy_failed.endif"]
  %"data.42" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.41", %"pppoe_d0.copy_failed.endif"]
  %"data_end.42" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.41", %"pppoe_d0.copy_failed.endif"]
  %"keys.42" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.41", %"pppoe_d0.copy_failed.endif"]
  %".465" = zext i8 %"w0_1.1" to i64
  %".466" = lshr i64 %".465", 4
  %".467" = and i64 %".466", 15
  %".468" = icmp eq i64 %".467", 1
  %".469" = zext i8 %"w0_1.1" to i64
  %".470" = and i64 %".469", 15
  %".471" = icmp eq i64 %".470", 1
  %".472" = and i1 %".468", %".471"
  %".473" = zext i8 %"w1_1" to i64
  %".474" = icmp eq i64 %".473", 0
  %".475" = and i1 %".472", %".474"
  %".476" = xor i1 %".475", -1
  br i1 %".476", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".357", %"vlan_d0_vlan_tags1.to_arp"], [%".357", %"vlan_d0_vlan_tags1.to_arp.1"], [%".631", %"hsr_d0_vlan_tags1.to_arp"], [%".631", %"hsr_d0_vlan_tags1.to_arp.1"], [%".704", %"batadv_d0.stop_at_encap.endif.7"], [%".704", %"batadv_d0.stop_at_encap.endif.8"], [%".1868", %"vlan_d0_vlan_tags2.to_arp"], [%".1868", %"vlan_d0_vlan_tags2.to_arp.1"], [%".1934", %"hsr_d0_vlan_tags2.to_arp"], [%".1934", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2088", %"vlan_d1_vlan_tags1.to_arp"], [%".2088", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2278", %"hsr_d1_vlan_tags1.to_arp"], [%".2278", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.5", %"gre_d0.to_arp"], [%"end.5", %"gre_d0.to_arp.1"], [%".3816", %"vlan_d1_vlan_tags2.to_arp"], [%".3816", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3882", %"hsr_d1_vlan_tags2.to_arp"], [%".3882", %"hsr_d1_vlan_tags2.to_arp.1"], [%".3999", %"ethernet_d1.to_arp"], [%".3999", %"ethernet_d1.to_arp.1"], [%".6216", %"widening.test.24"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_arp"], [%"data.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.109", %"hsr_d0_vlan_tags2.to_arp"], [%"data.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.116", %"vlan_d1_vlan_tags1.to_arp"], [%"data.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_arp"], [%"data.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.154", %"gre_d0.to_arp"], [%"data.154", %"gre_d0.to_arp.1"], [%"data.187", %"vlan_d1_vlan_tags2.to_arp"], [%"data.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.189", %"hsr_d1_vlan_tags2.to_arp"], [%"data.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.194", %"ethernet_d1.to_arp"], [%"data.194", %"ethernet_d1.to_arp.1"], [%"data.290", %"widening.test.24"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.154", %"gre_d0.to_arp"], [%"data_end.154", %"gre_d0.to_arp.1"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.194", %"ethernet_d1.to_arp"], [%"data_end.194", %"ethernet_d1.to_arp.1"], [%"data_end.290", %"widening.test.24"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.109", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.116", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.154", %"gre_d0.to_arp"], [%"keys.154", %"gre_d0.to_arp.1"], [%"keys.187", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.189", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.194", %"ethernet_d1.to_arp"], [%"keys.194", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.24"]
  %".517" = add i64 %"cursor.6", 0
  %".518" = trunc i64 %".517" to i16
  %".519" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".518", ptr %".519", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".357", %"vlan_d0_vlan_tags1.to_ptp"], [%".631", %"hsr_d0_vlan_tags1.to_ptp"], [%".704", %"batadv_d0.stop_at_encap.endif.9"], [%".1868", %"vlan_d0_vlan_tags2.to_ptp"], [%".1934", %"hsr_d0_vlan_tags2.to_ptp"], [%".2088", %"vlan_d1_vlan_tags1.to_ptp"], [%".2278", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.5", %"gre_d0.to_ptp"], [%".3816", %"vlan_d1_vlan_tags2.to_ptp"], [%".3882", %"hsr_d1_vlan_tags2.to_ptp"], [%".3999", %"ethernet_d1.to_ptp"], [%".6205", %"widening.test.23"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.154", %"gre_d0.to_ptp"], [%"data.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.194", %"ethernet_d1.to_ptp"], [%"data.289", %"widening.test.23"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.154", %"gre_d0.to_ptp"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.194", %"ethernet_d1.to_ptp"], [%"data_end.289", %"widening.test.23"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.154", %"gre_d0.to_ptp"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.194", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.23"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".522" = getelementptr i8, ptr %"hdr.5", i64 34
  %".523" = icmp ugt ptr %".522", %"data_end.8"
  br i1 %".523", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.45" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.44", %"ptp.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.44", %"ptp.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.44", %"ptp.copy_failed.endif"]
  %".543" = add i64 %"cursor.7", 34
  %".544" = trunc i64 %".543" to i16
  %".545" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".544", ptr %".545", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".357", %"vlan_d0_vlan_tags1.to_cfm"], [%".631", %"hsr_d0_vlan_tags1.to_cfm"], [%".704", %"batadv_d0.stop_at_encap.endif.10"], [%".1868", %"vlan_d0_vlan_tags2.to_cfm"], [%".1934", %"hsr_d0_vlan_tags2.to_cfm"], [%".2088", %"vlan_d1_vlan_tags1.to_cfm"], [%".2278", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.5", %"gre_d0.to_cfm"], [%".3816", %"vlan_d1_vlan_tags2.to_cfm"], [%".3882", %"hsr_d1_vlan_tags2.to_cfm"], [%".3999", %"ethernet_d1.to_cfm"], [%".6194", %"widening.test.22"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.154", %"gre_d0.to_cfm"], [%"data.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.194", %"ethernet_d1.to_cfm"], [%"data.288", %"widening.test.22"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.154", %"gre_d0.to_cfm"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.194", %"ethernet_d1.to_cfm"], [%"data_end.288", %"widening.test.22"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.154", %"gre_d0.to_cfm"], [%"keys.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.194", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.22"]
  %".548" = add i64 %"cursor.8", 0
  %".549" = trunc i64 %".548" to i16
  %".550" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".549", ptr %".550", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".357", %"vlan_d0_vlan_tags1.to_tipc"], [%".631", %"hsr_d0_vlan_tags1.to_tipc"], [%".704", %"batadv_d0.stop_at_encap.endif.11"], [%".1868", %"vlan_d0_vlan_tags2.to_tipc"], [%".1934", %"hsr_d0_vlan_tags2.to_tipc"], [%".2088", %"vlan_d1_vlan_tags1.to_tipc"], [%".2278", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.5", %"gre_d0.to_tipc"], [%".3816", %"vlan_d1_vlan_tags2.to_tipc"], [%".3882", %"hsr_d1_vlan_tags2.to_tipc"], [%".3999", %"ethernet_d1.to_tipc"], [%".6183", %"widening.test.21"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.53", %"batadv_d0.stop_at_encap.endif.11"], [%"data.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.154", %"gre_d0.to_tipc"], [%"data.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.194", %"ethernet_d1.to_tipc"], [%"data.287", %"widening.test.21"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.154", %"gre_d0.to_tipc"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.194", %"ethernet_d1.to_tipc"], [%"data_end.287", %"widening.test.21"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.154", %"gre_d0.to_tipc"], [%"keys.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.194", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.21"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".553" = getelementptr i8, ptr %"hdr.6", i64 16
  %".554" = icmp ugt ptr %".553", %"data_end.10"
  br i1 %".554", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.47" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.46", %"tipc.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.46", %"tipc.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.46", %"tipc.copy_failed.endif"]
  %".574" = trunc i64 %"cursor.9" to i16
  %".575" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".574", ptr %".575", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".357", %"vlan_d0_vlan_tags1.to_fcoe"], [%".631", %"hsr_d0_vlan_tags1.to_fcoe"], [%".704", %"batadv_d0.stop_at_encap.endif.12"], [%".1868", %"vlan_d0_vlan_tags2.to_fcoe"], [%".1934", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2088", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2278", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.5", %"gre_d0.to_fcoe"], [%".3816", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3882", %"hsr_d1_vlan_tags2.to_fcoe"], [%".3999", %"ethernet_d1.to_fcoe"], [%".6172", %"widening.test.20"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.53", %"batadv_d0.stop_at_encap.endif.12"], [%"data.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.154", %"gre_d0.to_fcoe"], [%"data.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.194", %"ethernet_d1.to_fcoe"], [%"data.286", %"widening.test.20"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.154", %"gre_d0.to_fcoe"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.194", %"ethernet_d1.to_fcoe"], [%"data_end.286", %"widening.test.20"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.154", %"gre_d0.to_fcoe"], [%"keys.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.194", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.20"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".578" = getelementptr i8, ptr %"hdr.7", i64 38
  %".579" = icmp ugt ptr %".578", %"data_end.11"
  br i1 %".579", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.49" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.48", %"fcoe.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.48", %"fcoe.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.48", %"fcoe.copy_failed.endif"]
  %".599" = add i64 %"cursor.10", 38
  %".600" = trunc i64 %".599" to i16
  %".601" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".600", ptr %".601", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".604" = getelementptr i8, ptr %"hdr.8", i64 6
  %".605" = icmp ugt ptr %".604", %"data_end.12"
  br i1 %".605", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".607" = getelementptr i8, ptr %"hdr.8", i64 4
  %".608" = load i16, ptr %".607", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".608", %"hsr_d0_vlan_tags1.linear"], [%".627", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".629" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %"w4_2", ptr %".629", align 2
  %".631" = add i64 %"cursor.11", 6
  %".632" = trunc i64 %".631" to i16
  %".633" = getelementptr i8, ptr %"keys.51", i64 0
  store i16 %".632", ptr %".633", align 2
  %".635" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".636" = zext i16 %".635" to i64
  switch i16 %"w4_2", label %"hsr_d0_vlan_tags1.unknown" [i16 8, label %"hsr_d0_vlan_tags1.to_ipv4" i16 56710, label %"hsr_d0_vlan_tags1.to_ipv6" i16 129, label %"hsr_d0_vlan_tags1.to_vlan" i16 43144, label %"hsr_d0_vlan_tags1.to_vlan.1" i16 18312, label %"hsr_d0_vlan_tags1.to_mpls" i16 18568, label %"hsr_d0_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags1.to_arp" i16 13696, label %"hsr_d0_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags1.to_ptp" i16 649, label %"hsr_d0_vlan_tags1.to_cfm" i16 51848, label %"hsr_d0_vlan_tags1.to_tipc" i16 1673, label %"hsr_d0_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags1.to_hsr" i16 64392, label %"hsr_d0_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags1.to_batadv"]  , !prof !1
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".357", %"vlan_d0_vlan_tags1.to_batadv"], [%".631", %"hsr_d0_vlan_tags1.to_batadv"], [%".1868", %"vlan_d0_vlan_tags2.to_batadv"], [%".1934", %"hsr_d0_vlan_tags2.to_batadv"], [%".5974", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.268", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.268", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".658" = getelementptr i8, ptr %"hdr.9", i64 24
  %".659" = icmp ugt ptr %".658", %"data_end.13"
  br i1 %".659", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".661" = getelementptr i8, ptr %"hdr.9", i64 0
  %".662" = load i8, ptr %".661", align 1
  %".663" = getelementptr i8, ptr %"hdr.9", i64 1
  %".664" = load i8, ptr %".663", align 1
  %".665" = getelementptr i8, ptr %"hdr.9", i64 22
  %".666" = load i16, ptr %".665", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".662", %"batadv_d0.linear"], [%".685", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".664", %"batadv_d0.linear"], [%".687", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".666", %"batadv_d0.linear"], [%".689", %"batadv_d0.copy_failed.endif"]
  %"data.53" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.52", %"batadv_d0.copy_failed.endif"]
  %"data_end.53" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.52", %"batadv_d0.copy_failed.endif"]
  %"keys.53" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.52", %"batadv_d0.copy_failed.endif"]
  %".691" = zext i8 %"w1_1.1" to i64
  %".692" = icmp eq i64 %".691", 15
  %".693" = zext i8 %"w0_1.2" to i64
  %".694" = icmp eq i64 %".693", 64
  %".695" = and i1 %".692", %".694"
  %".696" = xor i1 %".695", -1
  br i1 %".696", label %"batadv_d0.require", label %"batadv_d0.require.endif"
ipv4_d0.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".60" = trunc i64 %"cursor.1" to i32
  %".61" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".60", [40 x i8]* %"header_copy", i32 20)
  %".62" = icmp eq i64 %".61", 0
  %".63" = getelementptr i8, ptr %"ctx.1", i64 76
  %".64" = load i32, ptr %".63", align 4
  %".65" = zext i32 %".64" to i64
  %"data.14" = inttoptr i64 %".65" to ptr
  %".66" = getelementptr i8, ptr %"ctx.1", i64 80
  %".67" = load i32, ptr %".66", align 4
  %".68" = zext i32 %".67" to i64
  %"data_end.14" = inttoptr i64 %".68" to ptr
  %".69" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.14" = load ptr, ptr %".69", align 8
  %".70" = xor i1 %".62", -1
  br i1 %".70", label %"ipv4_d0.copy_failed", label %"ipv4_d0.copy_failed.endif"
ipv4_d0.copy_failed:
  %".72" = trunc i64 %"cursor.1" to i16
  %".73" = getelementptr i8, ptr %"keys.14", i64 2
  store i16 %".72", ptr %".73", align 2
  br label %"return"
ipv4_d0.copy_failed.endif:
  %".76" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".77" = load volatile i8, [40 x i8]* %".76", align 1
  %".78" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".79" = load volatile i16, [40 x i8]* %".78", align 2
  %".80" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".81" = load volatile i8, [40 x i8]* %".80", align 1
  %".82" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".83" = load volatile i32, [40 x i8]* %".82", align 4
  %".84" = zext i32 %".83" to i64
  %".85" = shl i64 %".84", 0
  %".86" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".87" = load volatile i32, [40 x i8]* %".86", align 4
  %".88" = zext i32 %".87" to i64
  %".89" = shl i64 %".88", 32
  %".90" = or i64 %".85", %".89"
  br label %"ipv4_d0.header"
ipv4_d0.require:
  %".97" = trunc i64 %"cursor.1" to i16
  %".98" = getelementptr i8, ptr %"keys.15", i64 2
  store i16 %".97", ptr %".98", align 2
  br label %"return"
ipv4_d0.require.endif:
  %".101" = getelementptr i8, ptr %"keys.15", i64 9
  store i8 %"w9_1", ptr %".101", align 1
  %".103" = getelementptr i8, ptr %"keys.15", i64 16
  store i64 %"w12_8", ptr %".103", align 8
  %".105" = trunc i64 2048 to i16
  %".106" = getelementptr i8, ptr %"keys.15", i64 4
  store i16 %".105", ptr %".106", align 2
  %".108" = add i64 %"cursor.1", 20
  %".109" = zext i8 %"w0_1" to i64
  %".110" = and i64 %".109", 15
  %".111" = icmp eq i64 %".110", 5
  %".112" = xor i1 %".111", -1
  br i1 %".112", label %"ipv4_d0.variable", label %"ipv4_d0.no_variable", !prof !0
ipv4_d0.no_variable:
  br label %"ipv4_d0.variable.endif"
ipv4_d0.variable.endif:
  %"end" = phi  i64 [%".108", %"ipv4_d0.no_variable"], [%".120", %"ipv4_d0.variable"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.no_variable"], [%"data.15", %"ipv4_d0.variable"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.no_variable"], [%"data_end.15", %"ipv4_d0.variable"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.no_variable"], [%"keys.15", %"ipv4_d0.variable"]
  %".122" = and i16 %"w6_2", 65343
  %".123" = icmp ne i16 %".122", 0
  %".124" = and i16 %"w6_2", 65311
  %".125" = icmp eq i16 %".124", 0
  br i1 %".123", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif", !prof !0
ipv4_d0.fragment.endif:
  %".147" = zext i8 %"w9_1" to i64
  switch i64 %".147", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.to_tcp:
  br label %"tcp"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".262", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1540", %"ipv6_d1.to_tcp"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".5006", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".5104", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".5472", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".5576", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".6414", %"widening.test.42"]
  %"data.17" = phi  ptr [%"data.16", %"ipv4_d0.to_tcp"], [%"data.29", %"ipv6_d0.to_tcp"], [%"data.91", %"ipv4_d1.to_tcp"], [%"data.95", %"ipv6_d1.to_tcp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.308", %"widening.test.42"]
  %"data_end.17" = phi  ptr [%"data_end.16", %"ipv4_d0.to_tcp"], [%"data_end.29", %"ipv6_d0.to_tcp"], [%"data_end.91", %"ipv4_d1.to_tcp"], [%"data_end.95", %"ipv6_d1.to_tcp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.308", %"widening.test.42"]
  %"keys.17" = phi  ptr [%"keys.16", %"ipv4_d0.to_tcp"], [%"keys.29", %"ipv6_d0.to_tcp"], [%"keys.91", %"ipv4_d1.to_tcp"], [%"keys.95", %"ipv6_d1.to_tcp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.42"]
  %"hdr.10" = getelementptr i8, ptr %"data.17", i64 %"cursor.13"
  %".920" = getelementptr i8, ptr %"hdr.10", i64 4
  %".921" = icmp ugt ptr %".920", %"data_end.17"
  br i1 %".921", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".923" = getelementptr i8, ptr %"hdr.10", i64 0
  %".924" = load i32, ptr %".923", align 4
  br label %"tcp.header"
tcp.header:
  %"w0_4.1" = phi  i32 [%".924", %"tcp.linear"], [%".943", %"tcp.copy_failed.endif"]
  %"data.60" = phi  ptr [%"data.17", %"tcp.linear"], [%"data.59", %"tcp.copy_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.17", %"tcp.linear"], [%"data_end.59", %"tcp.copy_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.17", %"tcp.linear"], [%"keys.59", %"tcp.copy_failed.endif"]
  %".945" = getelementptr i8, ptr %"keys.60", i64 12
  store i32 %"w0_4.1", ptr %".945", align 4
  switch i64 0, label %"tcp.unknown" [i64 0, label %"tcp.to_tcp_header"]
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.13", %"tcp.to_tcp_header"]
  %"data.61" = phi  ptr [%"data.60", %"tcp.to_tcp_header"]
  %"data_end.61" = phi  ptr [%"data_end.60", %"tcp.to_tcp_header"]
  %"keys.61" = phi  ptr [%"keys.60", %"tcp.to_tcp_header"]
  %"hdr.33" = getelementptr i8, ptr %"data.61", i64 %"cursor.37"
  %".2615" = getelementptr i8, ptr %"hdr.33", i64 20
  %".2616" = icmp ugt ptr %".2615", %"data_end.61"
  br i1 %".2616", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2618" = getelementptr i8, ptr %"hdr.33", i64 12
  %".2619" = load i8, ptr %".2618", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2619", %"tcp_header.linear"], [%".2638", %"tcp_header.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.61", %"tcp_header.linear"], [%"data.128", %"tcp_header.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.61", %"tcp_header.linear"], [%"data_end.128", %"tcp_header.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.61", %"tcp_header.linear"], [%"keys.128", %"tcp_header.copy_failed.endif"]
  %".2640" = zext i8 %"w12_1" to i64
  %".2641" = lshr i64 %".2640", 4
  %".2642" = and i64 %".2641", 15
  %".2643" = icmp uge i64 %".2642", 5
  %".2644" = xor i1 %".2643", -1
  br i1 %".2644", label %"tcp_header.require", label %"tcp_header.require.endif"
ipv4_d0.variable:
  %".115" = zext i8 %"w0_1" to i64
  %".116" = and i64 %".115", 15
  %".117" = mul i64 %".116", 4
  %".118" = sub i64 %".117", 20
  %".119" = add i64 %".118", 20
  %".120" = add i64 %"cursor.1", %".119"
  br label %"ipv4_d0.variable.endif"
ipv4_d0.fragment:
  %".127" = getelementptr i8, ptr %"keys.16", i64 6
  store i8 1, ptr %".127", align 1
  br i1 %".125", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.first_fragment:
  %".130" = getelementptr i8, ptr %"keys.16", i64 7
  store i8 1, ptr %".130", align 1
  %".132" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags" = load volatile i32, ptr %".132", align 4
  %".133" = and i32 %"flags", 1
  %".134" = icmp ne i32 %".133", 0
  %".135" = xor i1 %".134", -1
  br i1 %".135", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".142" = trunc i64 %"end" to i16
  %".143" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".142", ptr %".143", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".137" = trunc i64 %"end" to i16
  %".138" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".137", ptr %".138", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".149" = trunc i64 %"end" to i16
  %".150" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".149", ptr %".150", align 2
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
  %".162" = trunc i64 34887 to i16
  %".163" = call i16 @"llvm.bswap.i16"(i16 %".162")
  %".164" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".163", ptr %".164", align 2
  br label %"mpls_d0_mpls_labels1"
ipv4_d0.to_ipv4:
  %".167" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".167", align 1
  %".169" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.1" = load volatile i32, ptr %".169", align 4
  %".170" = and i32 %"flags.1", 4
  %".171" = icmp ne i32 %".170", 0
  br i1 %".171", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".180" = trunc i64 34525 to i16
  %".181" = call i16 @"llvm.bswap.i16"(i16 %".180")
  %".182" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".181", ptr %".182", align 2
  %".184" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".184", align 1
  %".186" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.2" = load volatile i32, ptr %".186", align 4
  %".187" = and i32 %"flags.2", 4
  %".188" = icmp ne i32 %".187", 0
  br i1 %".188", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
udp_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".262", %"ipv6_d0.to_udp"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".5006", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".5104", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".6084", %"widening.test.12"]
  %"data.18" = phi  ptr [%"data.16", %"ipv4_d0.to_udp"], [%"data.29", %"ipv6_d0.to_udp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.278", %"widening.test.12"]
  %"data_end.18" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udp"], [%"data_end.29", %"ipv6_d0.to_udp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.278", %"widening.test.12"]
  %"keys.18" = phi  ptr [%"keys.16", %"ipv4_d0.to_udp"], [%"keys.29", %"ipv6_d0.to_udp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys", %"widening.test.12"]
  %"hdr.11" = getelementptr i8, ptr %"data.18", i64 %"cursor.14"
  %".953" = getelementptr i8, ptr %"hdr.11", i64 4
  %".954" = icmp ugt ptr %".953", %"data_end.18"
  br i1 %".954", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".956" = getelementptr i8, ptr %"hdr.11", i64 0
  %".957" = load i32, ptr %".956", align 4
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_4.2" = phi  i32 [%".957", %"udp_d0.linear"], [%".976", %"udp_d0.copy_failed.endif"]
  %"data.63" = phi  ptr [%"data.18", %"udp_d0.linear"], [%"data.62", %"udp_d0.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.18", %"udp_d0.linear"], [%"data_end.62", %"udp_d0.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.18", %"udp_d0.linear"], [%"keys.62", %"udp_d0.copy_failed.endif"]
  %".978" = getelementptr i8, ptr %"keys.63", i64 12
  store i32 %"w0_4.2", ptr %".978", align 4
  %".980" = add i64 %"cursor.14", 4
  %".981" = add i64 4, 4
  %".982" = getelementptr i8, ptr %"data.63", i64 %"cursor.14"
  %".983" = getelementptr i8, ptr %".982", i64 %".981"
  %".984" = icmp ugt ptr %".983", %"data_end.63"
  br i1 %".984", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.65" = phi  ptr [%"data.63", %"udp_d0.header"], [%"data.64", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.63", %"udp_d0.header"], [%"data_end.64", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.63", %"udp_d0.header"], [%"keys.64", %"udp_d0.copy_last_byte_failed.endif"]
  %".1005" = add i64 %"cursor.14", %".981"
  %".1006" = lshr i32 %"w0_4.2", 16
  %".1007" = trunc i32 %".1006" to i16
  %".1008" = call i16 @"llvm.bswap.i16"(i16 %".1007")
  %".1009" = zext i16 %".1008" to i64
  switch i16 %".1007", label %"udp_d0.unknown" [i16 46354, label %"udp_d0.to_vxlan" i16 49431, label %"udp_d0.to_geneve" i16 49175, label %"udp_d0.to_gue" i16 26632, label %"udp_d0.to_gtpu" i16 24862, label %"udp_d0.to_shim"]  , !prof !4
udp_d0.to_vxlan:
  br label %"vxlan_d0"
vxlan_d0:
  %"cursor.38" = phi  i64 [%".1005", %"udp_d0.to_vxlan"]
  %"data.66" = phi  ptr [%"data.65", %"udp_d0.to_vxlan"]
  %"data_end.66" = phi  ptr [%"data_end.65", %"udp_d0.to_vxlan"]
  %"keys.66" = phi  ptr [%"keys.65", %"udp_d0.to_vxlan"]
  %"hdr.34" = getelementptr i8, ptr %"data.66", i64 %"cursor.38"
  %".2693" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2694" = icmp ugt ptr %".2693", %"data_end.66"
  br i1 %".2694", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.134" = phi  ptr [%"data.66", %"vxlan_d0.linear"], [%"data.133", %"vxlan_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.66", %"vxlan_d0.linear"], [%"data_end.133", %"vxlan_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.66", %"vxlan_d0.linear"], [%"keys.133", %"vxlan_d0.copy_failed.endif"]
  %".2714" = add i64 %"cursor.38", 8
  %".2715" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".2715", align 1
  %".2717" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.52" = load volatile i32, ptr %".2717", align 4
  %".2718" = and i32 %"flags.52", 4
  %".2719" = icmp ne i32 %".2718", 0
  br i1 %".2719", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".262", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1540", %"ipv6_d1.to_udplite"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".5006", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".5104", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".5472", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".5576", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".6392", %"widening.test.40"]
  %"data.19" = phi  ptr [%"data.16", %"ipv4_d0.to_udplite"], [%"data.29", %"ipv6_d0.to_udplite"], [%"data.91", %"ipv4_d1.to_udplite"], [%"data.95", %"ipv6_d1.to_udplite"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.306", %"widening.test.40"]
  %"data_end.19" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udplite"], [%"data_end.29", %"ipv6_d0.to_udplite"], [%"data_end.91", %"ipv4_d1.to_udplite"], [%"data_end.95", %"ipv6_d1.to_udplite"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.306", %"widening.test.40"]
  %"keys.19" = phi  ptr [%"keys.16", %"ipv4_d0.to_udplite"], [%"keys.29", %"ipv6_d0.to_udplite"], [%"keys.91", %"ipv4_d1.to_udplite"], [%"keys.95", %"ipv6_d1.to_udplite"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.40"]
  %"hdr.12" = getelementptr i8, ptr %"data.19", i64 %"cursor.15"
  %".1020" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1021" = icmp ugt ptr %".1020", %"data_end.19"
  br i1 %".1021", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1023" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1024" = load i32, ptr %".1023", align 4
  br label %"udplite.header"
udplite.header:
  %"w0_4.3" = phi  i32 [%".1024", %"udplite.linear"], [%".1043", %"udplite.copy_failed.endif"]
  %"data.72" = phi  ptr [%"data.19", %"udplite.linear"], [%"data.71", %"udplite.copy_failed.endif"]
  %"data_end.72" = phi  ptr [%"data_end.19", %"udplite.linear"], [%"data_end.71", %"udplite.copy_failed.endif"]
  %"keys.72" = phi  ptr [%"keys.19", %"udplite.linear"], [%"keys.71", %"udplite.copy_failed.endif"]
  %".1045" = getelementptr i8, ptr %"keys.72", i64 12
  store i32 %"w0_4.3", ptr %".1045", align 4
  %".1047" = add i64 %"cursor.15", 4
  %".1048" = add i64 4, 4
  %".1049" = getelementptr i8, ptr %"data.72", i64 %"cursor.15"
  %".1050" = getelementptr i8, ptr %".1049", i64 %".1048"
  %".1051" = icmp ugt ptr %".1050", %"data_end.72"
  br i1 %".1051", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.74" = phi  ptr [%"data.72", %"udplite.header"], [%"data.73", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.74" = phi  ptr [%"data_end.72", %"udplite.header"], [%"data_end.73", %"udplite.copy_last_byte_failed.endif"]
  %"keys.74" = phi  ptr [%"keys.72", %"udplite.header"], [%"keys.73", %"udplite.copy_last_byte_failed.endif"]
  %".1072" = add i64 %"cursor.15", %".1048"
  %".1073" = trunc i64 %"cursor.15" to i16
  %".1074" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1073", ptr %".1074", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".262", %"ipv6_d0.to_gre_version"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".5006", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".5104", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".6073", %"widening.test.11"]
  %"data.20" = phi  ptr [%"data.16", %"ipv4_d0.to_gre_version"], [%"data.29", %"ipv6_d0.to_gre_version"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.277", %"widening.test.11"]
  %"data_end.20" = phi  ptr [%"data_end.16", %"ipv4_d0.to_gre_version"], [%"data_end.29", %"ipv6_d0.to_gre_version"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.277", %"widening.test.11"]
  %"keys.20" = phi  ptr [%"keys.16", %"ipv4_d0.to_gre_version"], [%"keys.29", %"ipv6_d0.to_gre_version"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.11"]
  %"hdr.13" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1077" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1078" = icmp ugt ptr %".1077", %"data_end.20"
  br i1 %".1078", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1080" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1081" = load i8, ptr %".1080", align 1
  %".1082" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1083" = load i8, ptr %".1082", align 1
  %".1084" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1085" = load i16, ptr %".1084", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1081", %"gre_version_d0.linear"], [%".1104", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1083", %"gre_version_d0.linear"], [%".1106", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1085", %"gre_version_d0.linear"], [%".1108", %"gre_version_d0.copy_failed.endif"]
  %"data.76" = phi  ptr [%"data.20", %"gre_version_d0.linear"], [%"data.75", %"gre_version_d0.copy_failed.endif"]
  %"data_end.76" = phi  ptr [%"data_end.20", %"gre_version_d0.linear"], [%"data_end.75", %"gre_version_d0.copy_failed.endif"]
  %"keys.76" = phi  ptr [%"keys.20", %"gre_version_d0.linear"], [%"keys.75", %"gre_version_d0.copy_failed.endif"]
  %".1110" = zext i8 %"w0_1.3" to i64
  %".1111" = lshr i64 %".1110", 6
  %".1112" = and i64 %".1111", 1
  %".1113" = icmp ne i64 %".1112", 0
  %".1114" = zext i8 %"w1_1.2" to i64
  %".1115" = and i64 %".1114", 7
  %".1116" = icmp ugt i64 %".1115", 1
  %".1117" = or i1 %".1113", %".1116"
  br i1 %".1117", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
gre_version_d0.stop_before.endif:
  %".1123" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %"w2_2.1", ptr %".1123", align 2
  %".1125" = zext i8 %"w1_1.2" to i64
  %".1126" = and i64 %".1125", 7
  switch i64 %".1126", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.43" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.77" = phi  ptr [%"data.76", %"gre_version_d0.to_gre"]
  %"data_end.77" = phi  ptr [%"data_end.76", %"gre_version_d0.to_gre"]
  %"keys.77" = phi  ptr [%"keys.76", %"gre_version_d0.to_gre"]
  %".3059" = add i64 %"cursor.43", 4
  %".3060" = and i8 %"w0_1.3", 176
  %".3061" = icmp eq i8 %".3060", 0
  %".3062" = xor i1 %".3061", -1
  br i1 %".3062", label %"gre_d0.variable", label %"gre_d0.no_variable", !prof !0
gre_d0.no_variable:
  br label %"gre_d0.variable.endif"
gre_d0.variable.endif:
  %"end.5" = phi  i64 [%".3059", %"gre_d0.no_variable"], [%".3101", %"gre_d0.variable_part"]
  %"data.154" = phi  ptr [%"data.77", %"gre_d0.no_variable"], [%"data.153", %"gre_d0.variable_part"]
  %"data_end.154" = phi  ptr [%"data_end.77", %"gre_d0.no_variable"], [%"data_end.153", %"gre_d0.variable_part"]
  %"keys.154" = phi  ptr [%"keys.77", %"gre_d0.no_variable"], [%"keys.153", %"gre_d0.variable_part"]
  %".3103" = getelementptr i8, ptr %"keys.154", i64 8
  store i8 1, ptr %".3103", align 1
  %".3105" = getelementptr i8, ptr %"keys.154", i64 48
  %"flags.57" = load volatile i32, ptr %".3105", align 4
  %".3106" = and i32 %"flags.57", 4
  %".3107" = icmp ne i32 %".3106", 0
  br i1 %".3107", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".262", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1540", %"ipv6_d1.to_sctp"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".5006", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".5104", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".5472", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".5576", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".6370", %"widening.test.38"]
  %"data.21" = phi  ptr [%"data.16", %"ipv4_d0.to_sctp"], [%"data.29", %"ipv6_d0.to_sctp"], [%"data.91", %"ipv4_d1.to_sctp"], [%"data.95", %"ipv6_d1.to_sctp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.304", %"widening.test.38"]
  %"data_end.21" = phi  ptr [%"data_end.16", %"ipv4_d0.to_sctp"], [%"data_end.29", %"ipv6_d0.to_sctp"], [%"data_end.91", %"ipv4_d1.to_sctp"], [%"data_end.95", %"ipv6_d1.to_sctp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.304", %"widening.test.38"]
  %"keys.21" = phi  ptr [%"keys.16", %"ipv4_d0.to_sctp"], [%"keys.29", %"ipv6_d0.to_sctp"], [%"keys.91", %"ipv4_d1.to_sctp"], [%"keys.95", %"ipv6_d1.to_sctp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.38"]
  %"hdr.14" = getelementptr i8, ptr %"data.21", i64 %"cursor.17"
  %".1134" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1135" = icmp ugt ptr %".1134", %"data_end.21"
  br i1 %".1135", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1137" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1138" = load i32, ptr %".1137", align 4
  br label %"sctp.header"
sctp.header:
  %"w0_4.4" = phi  i32 [%".1138", %"sctp.linear"], [%".1157", %"sctp.copy_failed.endif"]
  %"data.80" = phi  ptr [%"data.21", %"sctp.linear"], [%"data.79", %"sctp.copy_failed.endif"]
  %"data_end.80" = phi  ptr [%"data_end.21", %"sctp.linear"], [%"data_end.79", %"sctp.copy_failed.endif"]
  %"keys.80" = phi  ptr [%"keys.21", %"sctp.linear"], [%"keys.79", %"sctp.copy_failed.endif"]
  %".1159" = getelementptr i8, ptr %"keys.80", i64 12
  store i32 %"w0_4.4", ptr %".1159", align 4
  %".1161" = add i64 %"cursor.17", 4
  %".1162" = trunc i64 %"cursor.17" to i16
  %".1163" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1162", ptr %".1163", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".262", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1540", %"ipv6_d1.to_dccp"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".5006", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".5104", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".5472", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".5576", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".6359", %"widening.test.37"]
  %"data.22" = phi  ptr [%"data.16", %"ipv4_d0.to_dccp"], [%"data.29", %"ipv6_d0.to_dccp"], [%"data.91", %"ipv4_d1.to_dccp"], [%"data.95", %"ipv6_d1.to_dccp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.303", %"widening.test.37"]
  %"data_end.22" = phi  ptr [%"data_end.16", %"ipv4_d0.to_dccp"], [%"data_end.29", %"ipv6_d0.to_dccp"], [%"data_end.91", %"ipv4_d1.to_dccp"], [%"data_end.95", %"ipv6_d1.to_dccp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.303", %"widening.test.37"]
  %"keys.22" = phi  ptr [%"keys.16", %"ipv4_d0.to_dccp"], [%"keys.29", %"ipv6_d0.to_dccp"], [%"keys.91", %"ipv4_d1.to_dccp"], [%"keys.95", %"ipv6_d1.to_dccp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.37"]
  %"hdr.15" = getelementptr i8, ptr %"data.22", i64 %"cursor.18"
  %".1166" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1167" = icmp ugt ptr %".1166", %"data_end.22"
  br i1 %".1167", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1169" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1170" = load i32, ptr %".1169", align 4
  br label %"dccp.header"
dccp.header:
  %"w0_4.5" = phi  i32 [%".1170", %"dccp.linear"], [%".1189", %"dccp.copy_failed.endif"]
  %"data.82" = phi  ptr [%"data.22", %"dccp.linear"], [%"data.81", %"dccp.copy_failed.endif"]
  %"data_end.82" = phi  ptr [%"data_end.22", %"dccp.linear"], [%"data_end.81", %"dccp.copy_failed.endif"]
  %"keys.82" = phi  ptr [%"keys.22", %"dccp.linear"], [%"keys.81", %"dccp.copy_failed.endif"]
  %".1191" = getelementptr i8, ptr %"keys.82", i64 12
  store i32 %"w0_4.5", ptr %".1191", align 4
  %".1193" = add i64 %"cursor.18", 4
  %".1194" = trunc i64 %"cursor.18" to i16
  %".1195" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1194", ptr %".1195", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".262", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1540", %"ipv6_d1.to_esp"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".5006", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".5104", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".5472", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".5576", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".6348", %"widening.test.36"]
  %"data.23" = phi  ptr [%"data.16", %"ipv4_d0.to_esp"], [%"data.29", %"ipv6_d0.to_esp"], [%"data.91", %"ipv4_d1.to_esp"], [%"data.95", %"ipv6_d1.to_esp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.302", %"widening.test.36"]
  %"data_end.23" = phi  ptr [%"data_end.16", %"ipv4_d0.to_esp"], [%"data_end.29", %"ipv6_d0.to_esp"], [%"data_end.91", %"ipv4_d1.to_esp"], [%"data_end.95", %"ipv6_d1.to_esp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.302", %"widening.test.36"]
  %"keys.23" = phi  ptr [%"keys.16", %"ipv4_d0.to_esp"], [%"keys.29", %"ipv6_d0.to_esp"], [%"keys.91", %"ipv4_d1.to_esp"], [%"keys.95", %"ipv6_d1.to_esp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.36"]
  %"hdr.16" = getelementptr i8, ptr %"data.23", i64 %"cursor.19"
  %".1198" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1199" = icmp ugt ptr %".1198", %"data_end.23"
  br i1 %".1199", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1201" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1202" = load i32, ptr %".1201", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.6" = phi  i32 [%".1202", %"esp.linear"], [%".1221", %"esp.copy_failed.endif"]
  %"data.84" = phi  ptr [%"data.23", %"esp.linear"], [%"data.83", %"esp.copy_failed.endif"]
  %"data_end.84" = phi  ptr [%"data_end.23", %"esp.linear"], [%"data_end.83", %"esp.copy_failed.endif"]
  %"keys.84" = phi  ptr [%"keys.23", %"esp.linear"], [%"keys.83", %"esp.copy_failed.endif"]
  %".1223" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.6")
  %".1224" = zext i32 %".1223" to i64
  %".1225" = lshr i64 %".1224", 16
  %".1226" = trunc i64 %".1225" to i16
  %".1227" = call i16 @"llvm.bswap.i16"(i16 %".1226")
  %".1228" = getelementptr i8, ptr %"keys.84", i64 12
  store i16 %".1227", ptr %".1228", align 2
  %".1230" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.6")
  %".1231" = zext i32 %".1230" to i64
  %".1232" = and i64 %".1231", 65535
  %".1233" = trunc i64 %".1232" to i16
  %".1234" = call i16 @"llvm.bswap.i16"(i16 %".1233")
  %".1235" = getelementptr i8, ptr %"keys.84", i64 14
  store i16 %".1234", ptr %".1235", align 2
  %".1237" = add i64 %"cursor.19", 4
  %".1238" = trunc i64 %"cursor.19" to i16
  %".1239" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1238", ptr %".1239", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".262", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1540", %"ipv6_d1.to_ah"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".5006", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".5104", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".5472", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".5576", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".6337", %"widening.test.35"]
  %"data.24" = phi  ptr [%"data.16", %"ipv4_d0.to_ah"], [%"data.29", %"ipv6_d0.to_ah"], [%"data.91", %"ipv4_d1.to_ah"], [%"data.95", %"ipv6_d1.to_ah"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.301", %"widening.test.35"]
  %"data_end.24" = phi  ptr [%"data_end.16", %"ipv4_d0.to_ah"], [%"data_end.29", %"ipv6_d0.to_ah"], [%"data_end.91", %"ipv4_d1.to_ah"], [%"data_end.95", %"ipv6_d1.to_ah"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.301", %"widening.test.35"]
  %"keys.24" = phi  ptr [%"keys.16", %"ipv4_d0.to_ah"], [%"keys.29", %"ipv6_d0.to_ah"], [%"keys.91", %"ipv4_d1.to_ah"], [%"keys.95", %"ipv6_d1.to_ah"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.35"]
  %"hdr.17" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1242" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1243" = icmp ugt ptr %".1242", %"data_end.24"
  br i1 %".1243", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1245" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1246" = load i32, ptr %".1245", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1246", %"ah.linear"], [%".1265", %"ah.copy_failed.endif"]
  %"data.86" = phi  ptr [%"data.24", %"ah.linear"], [%"data.85", %"ah.copy_failed.endif"]
  %"data_end.86" = phi  ptr [%"data_end.24", %"ah.linear"], [%"data_end.85", %"ah.copy_failed.endif"]
  %"keys.86" = phi  ptr [%"keys.24", %"ah.linear"], [%"keys.85", %"ah.copy_failed.endif"]
  %".1267" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1268" = zext i32 %".1267" to i64
  %".1269" = lshr i64 %".1268", 16
  %".1270" = trunc i64 %".1269" to i16
  %".1271" = call i16 @"llvm.bswap.i16"(i16 %".1270")
  %".1272" = getelementptr i8, ptr %"keys.86", i64 12
  store i16 %".1271", ptr %".1272", align 2
  %".1274" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1275" = zext i32 %".1274" to i64
  %".1276" = and i64 %".1275", 65535
  %".1277" = trunc i64 %".1276" to i16
  %".1278" = call i16 @"llvm.bswap.i16"(i16 %".1277")
  %".1279" = getelementptr i8, ptr %"keys.86", i64 14
  store i16 %".1278", ptr %".1279", align 2
  %".1281" = add i64 %"cursor.20", 8
  %".1282" = trunc i64 %"cursor.20" to i16
  %".1283" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1282", ptr %".1283", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"], [%".6326", %"widening.test.34"]
  %"data.25" = phi  ptr [%"data.16", %"ipv4_d0.to_icmp"], [%"data.91", %"ipv4_d1.to_icmp"], [%"data.300", %"widening.test.34"]
  %"data_end.25" = phi  ptr [%"data_end.16", %"ipv4_d0.to_icmp"], [%"data_end.91", %"ipv4_d1.to_icmp"], [%"data_end.300", %"widening.test.34"]
  %"keys.25" = phi  ptr [%"keys.16", %"ipv4_d0.to_icmp"], [%"keys.91", %"ipv4_d1.to_icmp"], [%"keys", %"widening.test.34"]
  %"hdr.18" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1286" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1287" = icmp ugt ptr %".1286", %"data_end.25"
  br i1 %".1287", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.88" = phi  ptr [%"data.25", %"icmp.linear"], [%"data.87", %"icmp.copy_failed.endif"]
  %"data_end.88" = phi  ptr [%"data_end.25", %"icmp.linear"], [%"data_end.87", %"icmp.copy_failed.endif"]
  %"keys.88" = phi  ptr [%"keys.25", %"icmp.linear"], [%"keys.87", %"icmp.copy_failed.endif"]
  %".1307" = add i64 %"cursor.21", 4
  %".1308" = trunc i64 %"cursor.21" to i16
  %".1309" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1308", ptr %".1309", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".173" = trunc i64 %"end" to i16
  %".174" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".173", ptr %".174", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".177" = getelementptr i8, ptr %"keys.16", i64 12
  store i32 0, ptr %".177", align 4
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".262", %"ipv6_d0.stop_at_encap.endif"], [%".704", %"batadv_d0.stop_at_encap.endif"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.30", %"ip_version_d1.to_ipv4"], [%".2088", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2216", %"pppoe_d1.to_ipv4"], [%".2278", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.3", %"geneve_d0.to_ipv4"], [%"end.4", %"gue_d0.to_ipv4"], [%".3038", %"shim_d0.to_ipv4"], [%"end.5", %"gre_d0.to_ipv4"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3816", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3882", %"hsr_d1_vlan_tags2.to_ipv4"], [%".3999", %"ethernet_d1.to_ipv4"], [%".4104", %"ppp_d0.stop_at_encap.endif"], [%".5006", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".5104", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".6304", %"widening.test.32"]
  %"data.26" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif"], [%"data.29", %"ipv6_d0.stop_at_encap.endif"], [%"data.53", %"batadv_d0.stop_at_encap.endif"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.114", %"ip_version_d1.to_ipv4"], [%"data.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.123", %"pppoe_d1.to_ipv4"], [%"data.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.140", %"geneve_d0.to_ipv4"], [%"data.145", %"gue_d0.to_ipv4"], [%"data.151", %"shim_d0.to_ipv4"], [%"data.154", %"gre_d0.to_ipv4"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.194", %"ethernet_d1.to_ipv4"], [%"data.201", %"ppp_d0.stop_at_encap.endif"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.298", %"widening.test.32"]
  %"data_end.26" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.114", %"ip_version_d1.to_ipv4"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.123", %"pppoe_d1.to_ipv4"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.140", %"geneve_d0.to_ipv4"], [%"data_end.145", %"gue_d0.to_ipv4"], [%"data_end.151", %"shim_d0.to_ipv4"], [%"data_end.154", %"gre_d0.to_ipv4"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.194", %"ethernet_d1.to_ipv4"], [%"data_end.201", %"ppp_d0.stop_at_encap.endif"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.298", %"widening.test.32"]
  %"keys.26" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif"], [%"keys.53", %"batadv_d0.stop_at_encap.endif"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.114", %"ip_version_d1.to_ipv4"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.123", %"pppoe_d1.to_ipv4"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.140", %"geneve_d0.to_ipv4"], [%"keys.145", %"gue_d0.to_ipv4"], [%"keys.151", %"shim_d0.to_ipv4"], [%"keys.154", %"gre_d0.to_ipv4"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.194", %"ethernet_d1.to_ipv4"], [%"keys.201", %"ppp_d0.stop_at_encap.endif"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.32"]
  %"hdr.19" = getelementptr i8, ptr %"data.26", i64 %"cursor.22"
  %".1312" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1313" = icmp ugt ptr %".1312", %"data_end.26"
  br i1 %".1313", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1315" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1316" = load i8, ptr %".1315", align 1
  %".1317" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1318" = load i16, ptr %".1317", align 2
  %".1319" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1320" = load i8, ptr %".1319", align 1
  %".1321" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1322" = load i64, ptr %".1321", align 8
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1316", %"ipv4_d1.linear"], [%".1341", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1318", %"ipv4_d1.linear"], [%".1343", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1320", %"ipv4_d1.linear"], [%".1345", %"ipv4_d1.copy_failed.endif"]
  %"w12_8.1" = phi  i64 [%".1322", %"ipv4_d1.linear"], [%".1354", %"ipv4_d1.copy_failed.endif"]
  %"data.90" = phi  ptr [%"data.26", %"ipv4_d1.linear"], [%"data.89", %"ipv4_d1.copy_failed.endif"]
  %"data_end.90" = phi  ptr [%"data_end.26", %"ipv4_d1.linear"], [%"data_end.89", %"ipv4_d1.copy_failed.endif"]
  %"keys.90" = phi  ptr [%"keys.26", %"ipv4_d1.linear"], [%"keys.89", %"ipv4_d1.copy_failed.endif"]
  %".1356" = zext i8 %"w0_1.4" to i64
  %".1357" = and i64 %".1356", 15
  %".1358" = icmp uge i64 %".1357", 5
  %".1359" = xor i1 %".1358", -1
  br i1 %".1359", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".190" = trunc i64 %"end" to i16
  %".191" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".190", ptr %".191", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".194" = getelementptr i8, ptr %"keys.16", i64 12
  store i32 0, ptr %".194", align 4
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".262", %"ipv6_d0.stop_at_encap.endif.1"], [%".704", %"batadv_d0.stop_at_encap.endif.1"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.30", %"ip_version_d1.to_ipv6"], [%".2088", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2216", %"pppoe_d1.to_ipv6"], [%".2278", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.3", %"geneve_d0.to_ipv6"], [%"end.4", %"gue_d0.to_ipv6"], [%"end.5", %"gre_d0.to_ipv6"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3816", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3882", %"hsr_d1_vlan_tags2.to_ipv6"], [%".3999", %"ethernet_d1.to_ipv6"], [%".4104", %"ppp_d0.stop_at_encap.endif.1"], [%".5006", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5104", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".6238", %"widening.test.26"]
  %"data.27" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.114", %"ip_version_d1.to_ipv6"], [%"data.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.123", %"pppoe_d1.to_ipv6"], [%"data.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.140", %"geneve_d0.to_ipv6"], [%"data.145", %"gue_d0.to_ipv6"], [%"data.154", %"gre_d0.to_ipv6"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.194", %"ethernet_d1.to_ipv6"], [%"data.201", %"ppp_d0.stop_at_encap.endif.1"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.292", %"widening.test.26"]
  %"data_end.27" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.114", %"ip_version_d1.to_ipv6"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.123", %"pppoe_d1.to_ipv6"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.140", %"geneve_d0.to_ipv6"], [%"data_end.145", %"gue_d0.to_ipv6"], [%"data_end.154", %"gre_d0.to_ipv6"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.194", %"ethernet_d1.to_ipv6"], [%"data_end.201", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.292", %"widening.test.26"]
  %"keys.27" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.114", %"ip_version_d1.to_ipv6"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.123", %"pppoe_d1.to_ipv6"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.140", %"geneve_d0.to_ipv6"], [%"keys.145", %"gue_d0.to_ipv6"], [%"keys.154", %"gre_d0.to_ipv6"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.194", %"ethernet_d1.to_ipv6"], [%"keys.201", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.26"]
  %"hdr.20" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1471" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1472" = icmp ugt ptr %".1471", %"data_end.27"
  br i1 %".1472", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1474" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1475" = load i32, ptr %".1474", align 4
  %".1476" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1477" = load i8, ptr %".1476", align 1
  %".1478" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1479" = load i64, ptr %".1478", align 8
  %".1480" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1481" = load i64, ptr %".1480", align 8
  %".1482" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1483" = load i64, ptr %".1482", align 8
  %".1484" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1485" = load i64, ptr %".1484", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.7" = phi  i32 [%".1475", %"ipv6_d1.linear"], [%".1504", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1477", %"ipv6_d1.linear"], [%".1506", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1479", %"ipv6_d1.linear"], [%".1508", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1481", %"ipv6_d1.linear"], [%".1510", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1483", %"ipv6_d1.linear"], [%".1512", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1485", %"ipv6_d1.linear"], [%".1514", %"ipv6_d1.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.27", %"ipv6_d1.linear"], [%"data.94", %"ipv6_d1.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.27", %"ipv6_d1.linear"], [%"data_end.94", %"ipv6_d1.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.27", %"ipv6_d1.linear"], [%"keys.94", %"ipv6_d1.copy_failed.endif"]
  %".1516" = getelementptr i8, ptr %"keys.95", i64 9
  store i8 %"w6_1.1", ptr %".1516", align 1
  %".1518" = getelementptr i8, ptr %"keys.95", i64 16
  store i64 %"w8_8.1", ptr %".1518", align 8
  %".1520" = getelementptr i8, ptr %"keys.95", i64 24
  store i64 %"w16_8.1", ptr %".1520", align 8
  %".1522" = getelementptr i8, ptr %"keys.95", i64 32
  store i64 %"w24_8.1", ptr %".1522", align 8
  %".1524" = getelementptr i8, ptr %"keys.95", i64 40
  store i64 %"w32_8.1", ptr %".1524", align 8
  %".1526" = trunc i64 34525 to i16
  %".1527" = getelementptr i8, ptr %"keys.95", i64 4
  store i16 %".1526", ptr %".1527", align 2
  %".1529" = trunc i64 34525 to i16
  %".1530" = call i16 @"llvm.bswap.i16"(i16 %".1529")
  %".1531" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1530", ptr %".1531", align 2
  %".1533" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.7")
  %".1534" = zext i32 %".1533" to i64
  %".1535" = and i64 %".1534", 1048575
  %".1536" = trunc i64 %".1535" to i32
  %".1537" = call i32 @"llvm.bswap.i32"(i32 %".1536")
  %".1538" = getelementptr i8, ptr %"keys.95", i64 52
  store i32 %".1537", ptr %".1538", align 4
  %".1540" = add i64 %"cursor.23", 40
  %".1541" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.7")
  %".1542" = zext i32 %".1541" to i64
  %".1543" = and i64 %".1542", 1048575
  %".1544" = icmp ne i64 %".1543", 0
  %".1545" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.26" = load volatile i32, ptr %".1545", align 4
  %".1546" = and i32 %"flags.26", 2
  %".1547" = icmp ne i32 %".1546", 0
  %".1548" = and i1 %".1544", %".1547"
  br i1 %".1548", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".213" = trunc i64 %"cursor.2" to i32
  %".214" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".213", [40 x i8]* %"header_copy", i32 40)
  %".215" = icmp eq i64 %".214", 0
  %".216" = getelementptr i8, ptr %"ctx.2", i64 76
  %".217" = load i32, ptr %".216", align 4
  %".218" = zext i32 %".217" to i64
  %"data.28" = inttoptr i64 %".218" to ptr
  %".219" = getelementptr i8, ptr %"ctx.2", i64 80
  %".220" = load i32, ptr %".219", align 4
  %".221" = zext i32 %".220" to i64
  %"data_end.28" = inttoptr i64 %".221" to ptr
  %".222" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.28" = load ptr, ptr %".222", align 8
  %".223" = xor i1 %".215", -1
  br i1 %".223", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".225" = trunc i64 %"cursor.2" to i16
  %".226" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".225", ptr %".226", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".229" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".230" = load volatile i32, [40 x i8]* %".229", align 4
  %".231" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".232" = load volatile i8, [40 x i8]* %".231", align 1
  %".233" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".234" = load volatile i64, [40 x i8]* %".233", align 8
  %".235" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".236" = load volatile i64, [40 x i8]* %".235", align 8
  %".237" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".238" = load volatile i64, [40 x i8]* %".237", align 8
  %".239" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".240" = load volatile i64, [40 x i8]* %".239", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".272" = trunc i64 %".262" to i16
  %".273" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".272", ptr %".273", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".276" = zext i8 %"w6_1" to i64
  switch i64 %".276", label %"ipv6_d0.unknown" [i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]  , !prof !1
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".278" = trunc i64 %".262" to i16
  %".279" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".278", ptr %".279", align 2
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
  %".295" = trunc i64 34887 to i16
  %".296" = call i16 @"llvm.bswap.i16"(i16 %".295")
  %".297" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".296", ptr %".297", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_d0.to_ipv4:
  %".300" = trunc i64 2048 to i16
  %".301" = call i16 @"llvm.bswap.i16"(i16 %".300")
  %".302" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".301", ptr %".302", align 2
  %".304" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".304", align 1
  %".306" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.4" = load volatile i32, ptr %".306", align 4
  %".307" = and i32 %"flags.4", 4
  %".308" = icmp ne i32 %".307", 0
  br i1 %".308", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".317" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".317", align 1
  %".319" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.5" = load volatile i32, ptr %".319", align 4
  %".320" = and i32 %"flags.5", 4
  %".321" = icmp ne i32 %".320", 0
  br i1 %".321", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.24" = phi  i64 [%".262", %"ipv6_d0.to_ipv6_opts"], [%".262", %"ipv6_d0.to_ipv6_opts.1"], [%".262", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.30" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_opts"], [%"data.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.30" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_opts"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.30" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_opts"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.30", i64 %"cursor.24"
  %".1614" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1615" = icmp ugt ptr %".1614", %"data_end.30"
  br i1 %".1615", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1617" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1618" = load i8, ptr %".1617", align 1
  %".1619" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1620" = load i8, ptr %".1619", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1618", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1639", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1620", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1641", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.98", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.98", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.98", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1643" = getelementptr i8, ptr %"keys.99", i64 9
  store i8 %"w0_1.5", ptr %".1643", align 1
  %".1645" = add i64 %"cursor.24", 2
  %".1646" = zext i8 %"w1_1.3" to i64
  %".1647" = mul i64 %".1646", 8
  %".1648" = add i64 %".1647", 6
  %".1649" = add i64 %".1648", 2
  %".1650" = add i64 %"cursor.24", %".1649"
  %".1651" = zext i8 %"w0_1.5" to i64
  switch i64 %".1651", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".262", %"ipv6_d0.to_ipv6_frag"]
  %"data.31" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.31" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_frag"]
  %"keys.31" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.31", i64 %"cursor.25"
  %".1705" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1706" = icmp ugt ptr %".1705", %"data_end.31"
  br i1 %".1706", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1708" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1709" = load i8, ptr %".1708", align 1
  %".1710" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1711" = load i16, ptr %".1710", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1709", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1730", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1711", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1732", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1734" = getelementptr i8, ptr %"keys.103", i64 9
  store i8 %"w0_1.6", ptr %".1734", align 1
  %".1736" = add i64 %"cursor.25", 8
  %".1737" = icmp ne i64 1, 0
  %".1738" = and i16 %"w2_2.2", 63743
  %".1739" = icmp eq i16 %".1738", 0
  br i1 %".1737", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1761" = zext i8 %"w0_1.6" to i64
  switch i64 %".1761", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
icmpv6:
  %"cursor.26" = phi  i64 [%".262", %"ipv6_d0.to_icmpv6"], [%".1540", %"ipv6_d1.to_icmpv6"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".5006", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".5104", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".5472", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".5576", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".6293", %"widening.test.31"]
  %"data.32" = phi  ptr [%"data.29", %"ipv6_d0.to_icmpv6"], [%"data.95", %"ipv6_d1.to_icmpv6"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.297", %"widening.test.31"]
  %"data_end.32" = phi  ptr [%"data_end.29", %"ipv6_d0.to_icmpv6"], [%"data_end.95", %"ipv6_d1.to_icmpv6"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.297", %"widening.test.31"]
  %"keys.32" = phi  ptr [%"keys.29", %"ipv6_d0.to_icmpv6"], [%"keys.95", %"ipv6_d1.to_icmpv6"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.31"]
  %"hdr.23" = getelementptr i8, ptr %"data.32", i64 %"cursor.26"
  %".1815" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1816" = icmp ugt ptr %".1815", %"data_end.32"
  br i1 %".1816", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.105" = phi  ptr [%"data.32", %"icmpv6.linear"], [%"data.104", %"icmpv6.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.32", %"icmpv6.linear"], [%"data_end.104", %"icmpv6.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.32", %"icmpv6.linear"], [%"keys.104", %"icmpv6.copy_failed.endif"]
  %".1836" = add i64 %"cursor.26", 4
  %".1837" = trunc i64 %"cursor.26" to i16
  %".1838" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1837", ptr %".1838", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".310" = trunc i64 %".262" to i16
  %".311" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".310", ptr %".311", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".314" = getelementptr i8, ptr %"keys.29", i64 12
  store i32 0, ptr %".314", align 4
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".323" = trunc i64 %".262" to i16
  %".324" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".323", ptr %".324", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".327" = getelementptr i8, ptr %"keys.29", i64 12
  store i32 0, ptr %".327", align 4
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".336" = trunc i64 %"cursor.3" to i32
  %".337" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".336", [40 x i8]* %"header_copy", i32 4)
  %".338" = icmp eq i64 %".337", 0
  %".339" = getelementptr i8, ptr %"ctx.3", i64 76
  %".340" = load i32, ptr %".339", align 4
  %".341" = zext i32 %".340" to i64
  %"data.33" = inttoptr i64 %".341" to ptr
  %".342" = getelementptr i8, ptr %"ctx.3", i64 80
  %".343" = load i32, ptr %".342", align 4
  %".344" = zext i32 %".343" to i64
  %"data_end.33" = inttoptr i64 %".344" to ptr
  %".345" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.33" = load ptr, ptr %".345", align 8
  %".346" = xor i1 %".338", -1
  br i1 %".346", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".348" = trunc i64 %"cursor.3" to i16
  %".349" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".348", ptr %".349", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".352" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".353" = load volatile i16, [40 x i8]* %".352", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".364" = trunc i64 %".357" to i16
  %".365" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".364", ptr %".365", align 2
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
  %"cursor.27" = phi  i64 [%".357", %"vlan_d0_vlan_tags1.to_vlan"], [%".357", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".631", %"hsr_d0_vlan_tags1.to_vlan"], [%".631", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".5963", %"widening.test.1"]
  %"data.35" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.267", %"widening.test.1"]
  %"data_end.35" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.267", %"widening.test.1"]
  %"keys.35" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.35", i64 %"cursor.27"
  %".1841" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1842" = icmp ugt ptr %".1841", %"data_end.35"
  br i1 %".1842", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1844" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1845" = load i16, ptr %".1844", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.3" = phi  i16 [%".1845", %"vlan_d0_vlan_tags2.linear"], [%".1864", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags2.linear"], [%"data.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags2.linear"], [%"data_end.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags2.linear"], [%"keys.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1866" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %"w2_2.3", ptr %".1866", align 2
  %".1868" = add i64 %"cursor.27", 4
  %".1869" = trunc i64 %".1868" to i16
  %".1870" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".1869", ptr %".1870", align 2
  %".1872" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1873" = zext i16 %".1872" to i64
  switch i16 %"w2_2.3", label %"vlan_d0_vlan_tags2.unknown" [i16 8, label %"vlan_d0_vlan_tags2.to_ipv4" i16 56710, label %"vlan_d0_vlan_tags2.to_ipv6" i16 129, label %"vlan_d0_vlan_tags2.to_vlan" i16 43144, label %"vlan_d0_vlan_tags2.to_vlan.1" i16 18312, label %"vlan_d0_vlan_tags2.to_mpls" i16 18568, label %"vlan_d0_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags2.to_arp" i16 13696, label %"vlan_d0_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags2.to_ptp" i16 649, label %"vlan_d0_vlan_tags2.to_cfm" i16 51848, label %"vlan_d0_vlan_tags2.to_tipc" i16 1673, label %"vlan_d0_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags2.to_hsr" i16 64392, label %"vlan_d0_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".357", %"vlan_d0_vlan_tags1.to_hsr"], [%".357", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".631", %"hsr_d0_vlan_tags1.to_hsr"], [%".631", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".5952", %"widening.test"]
  %"data.36" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.266", %"widening.test"]
  %"data_end.36" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.266", %"widening.test"]
  %"keys.36" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.36", i64 %"cursor.28"
  %".1907" = getelementptr i8, ptr %"hdr.25", i64 6
  %".1908" = icmp ugt ptr %".1907", %"data_end.36"
  br i1 %".1908", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".1910" = getelementptr i8, ptr %"hdr.25", i64 4
  %".1911" = load i16, ptr %".1910", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".1911", %"hsr_d0_vlan_tags2.linear"], [%".1930", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.36", %"hsr_d0_vlan_tags2.linear"], [%"data.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.36", %"hsr_d0_vlan_tags2.linear"], [%"data_end.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.36", %"hsr_d0_vlan_tags2.linear"], [%"keys.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".1932" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %"w4_2.1", ptr %".1932", align 2
  %".1934" = add i64 %"cursor.28", 6
  %".1935" = trunc i64 %".1934" to i16
  %".1936" = getelementptr i8, ptr %"keys.109", i64 0
  store i16 %".1935", ptr %".1936", align 2
  %".1938" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1939" = zext i16 %".1938" to i64
  switch i16 %"w4_2.1", label %"hsr_d0_vlan_tags2.unknown" [i16 8, label %"hsr_d0_vlan_tags2.to_ipv4" i16 56710, label %"hsr_d0_vlan_tags2.to_ipv6" i16 129, label %"hsr_d0_vlan_tags2.to_vlan" i16 43144, label %"hsr_d0_vlan_tags2.to_vlan.1" i16 18312, label %"hsr_d0_vlan_tags2.to_mpls" i16 18568, label %"hsr_d0_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags2.to_arp" i16 13696, label %"hsr_d0_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags2.to_ptp" i16 649, label %"hsr_d0_vlan_tags2.to_cfm" i16 51848, label %"hsr_d0_vlan_tags2.to_tipc" i16 1673, label %"hsr_d0_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags2.to_hsr" i16 64392, label %"hsr_d0_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".391" = trunc i64 %"cursor.4" to i32
  %".392" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".391", [40 x i8]* %"header_copy", i32 4)
  %".393" = icmp eq i64 %".392", 0
  %".394" = getelementptr i8, ptr %"ctx.4", i64 76
  %".395" = load i32, ptr %".394", align 4
  %".396" = zext i32 %".395" to i64
  %"data.37" = inttoptr i64 %".396" to ptr
  %".397" = getelementptr i8, ptr %"ctx.4", i64 80
  %".398" = load i32, ptr %".397", align 4
  %".399" = zext i32 %".398" to i64
  %"data_end.37" = inttoptr i64 %".399" to ptr
  %".400" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.37" = load ptr, ptr %".400", align 8
  %".401" = xor i1 %".393", -1
  br i1 %".401", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".403" = trunc i64 %".384" to i16
  %".404" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".403", ptr %".404", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".407" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".408" = load volatile i8, [40 x i8]* %".407", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".414" = trunc i64 %".410" to i16
  %".415" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".414", ptr %".415", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_ip_version:
  %".419" = getelementptr i8, ptr %"keys.38", i64 8
  store i8 1, ptr %".419", align 1
  %".421" = getelementptr i8, ptr %"keys.38", i64 48
  %"flags.6" = load volatile i32, ptr %".421", align 4
  %".422" = and i32 %"flags.6", 4
  %".423" = icmp ne i32 %".422", 0
  br i1 %".423", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif"
mpls_d0_mpls_labels1.stop_at_encap:
  %".425" = trunc i64 %".410" to i16
  %".426" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".425", ptr %".426", align 2
  br label %"return"
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".429" = getelementptr i8, ptr %"keys.38", i64 12
  store i32 0, ptr %".429", align 4
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.30" = phi  i64 [%".410", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%".1999", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%".2972", %"gtpu_d0.to_ip_version"], [%".3767", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%".4044", %"gtpu_opt_d1.to_ip_version"], [%".5221", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%".5322", %"gtpu_next_d1.to_ip_version"], [%".5820", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%".5926", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%".6095", %"widening.test.13"]
  %"data.40" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.147", %"gtpu_d0.to_ip_version"], [%"data.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.196", %"gtpu_opt_d1.to_ip_version"], [%"data.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.241", %"gtpu_next_d1.to_ip_version"], [%"data.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data.279", %"widening.test.13"]
  %"data_end.40" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.147", %"gtpu_d0.to_ip_version"], [%"data_end.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.196", %"gtpu_opt_d1.to_ip_version"], [%"data_end.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.241", %"gtpu_next_d1.to_ip_version"], [%"data_end.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data_end.279", %"widening.test.13"]
  %"keys.40" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.147", %"gtpu_d0.to_ip_version"], [%"keys.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.196", %"gtpu_opt_d1.to_ip_version"], [%"keys.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.241", %"gtpu_next_d1.to_ip_version"], [%"keys.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"keys", %"widening.test.13"]
  %"hdr.27" = getelementptr i8, ptr %"data.40", i64 %"cursor.30"
  %".2021" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2022" = icmp ugt ptr %".2021", %"data_end.40"
  br i1 %".2022", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2024" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2025" = load i8, ptr %".2024", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2025", %"ip_version_d1.linear"], [%".2044", %"ip_version_d1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.40", %"ip_version_d1.linear"], [%"data.113", %"ip_version_d1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.40", %"ip_version_d1.linear"], [%"data_end.113", %"ip_version_d1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.40", %"ip_version_d1.linear"], [%"keys.113", %"ip_version_d1.copy_failed.endif"]
  %".2046" = zext i8 %"w0_1.7" to i64
  %".2047" = lshr i64 %".2046", 4
  %".2048" = and i64 %".2047", 15
  switch i64 %".2048", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
ip_version_d1.to_ipv4:
  br label %"ipv4_d1"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".442" = trunc i64 %"cursor.5" to i32
  %".443" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".442", [40 x i8]* %"header_copy", i32 8)
  %".444" = icmp eq i64 %".443", 0
  %".445" = getelementptr i8, ptr %"ctx.5", i64 76
  %".446" = load i32, ptr %".445", align 4
  %".447" = zext i32 %".446" to i64
  %"data.41" = inttoptr i64 %".447" to ptr
  %".448" = getelementptr i8, ptr %"ctx.5", i64 80
  %".449" = load i32, ptr %".448", align 4
  %".450" = zext i32 %".449" to i64
  %"data_end.41" = inttoptr i64 %".450" to ptr
  %".451" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.41" = load ptr, ptr %".451", align 8
  %".452" = xor i1 %".444", -1
  br i1 %".452", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".454" = trunc i64 %"cursor.5" to i16
  %".455" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".454", ptr %".455", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".458" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".459" = load volatile i8, [40 x i8]* %".458", align 1
  %".460" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".461" = load volatile i8, [40 x i8]* %".460", align 1
  %".462" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".463" = load volatile i16, [40 x i8]* %".462", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".478" = trunc i64 %"cursor.5" to i16
  %".479" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".478", ptr %".479", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".482" = add i64 %"cursor.5", 8
  %".483" = trunc i64 %".482" to i16
  %".484" = getelementptr i8, ptr %"keys.42", i64 0
  store i16 %".483", ptr %".484", align 2
  %".486" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".487" = zext i16 %".486" to i64
  switch i16 %"w6_2.1", label %"pppoe_d0.unknown" [i16 8448, label %"pppoe_d0.to_ipv4" i16 22272, label %"pppoe_d0.to_ipv6" i16 33026, label %"pppoe_d0.to_mpls" i16 33538, label %"pppoe_d0.to_mpls.1"]  , !prof !3
pppoe_d0.to_ipv4:
  %".496" = trunc i64 2048 to i16
  %".497" = call i16 @"llvm.bswap.i16"(i16 %".496")
  %".498" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".497", ptr %".498", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".489" = and i64 %".487", 257
  %".490" = icmp eq i64 %".489", 1
  br i1 %".490", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv6:
  %".501" = trunc i64 34525 to i16
  %".502" = call i16 @"llvm.bswap.i16"(i16 %".501")
  %".503" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".502", ptr %".503", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".506" = trunc i64 34887 to i16
  %".507" = call i16 @"llvm.bswap.i16"(i16 %".506")
  %".508" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".507", ptr %".508", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".511" = trunc i64 34888 to i16
  %".512" = call i16 @"llvm.bswap.i16"(i16 %".511")
  %".513" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".512", ptr %".513", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".492" = trunc i64 %".482" to i16
  %".493" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".492", ptr %".493", align 2
  br label %"return"
ppp_other:
  %"cursor.31" = phi  i64 [%".482", %"pppoe_d0.to_ppp_other"], [%".2216", %"pppoe_d1.to_ppp_other"]
  %"data.43" = phi  ptr [%"data.42", %"pppoe_d0.to_ppp_other"], [%"data.123", %"pppoe_d1.to_ppp_other"]
  %"data_end.43" = phi  ptr [%"data_end.42", %"pppoe_d0.to_ppp_other"], [%"data_end.123", %"pppoe_d1.to_ppp_other"]
  %"keys.43" = phi  ptr [%"keys.42", %"pppoe_d0.to_ppp_other"], [%"keys.123", %"pppoe_d1.to_ppp_other"]
  %".2056" = add i64 %"cursor.31", 0
  %".2057" = trunc i64 %".2056" to i16
  %".2058" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".2057", ptr %".2058", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".526" = trunc i64 %"cursor.7" to i32
  %".527" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".526", [40 x i8]* %"header_copy", i32 34)
  %".528" = icmp eq i64 %".527", 0
  %".529" = getelementptr i8, ptr %"ctx.6", i64 76
  %".530" = load i32, ptr %".529", align 4
  %".531" = zext i32 %".530" to i64
  %"data.44" = inttoptr i64 %".531" to ptr
  %".532" = getelementptr i8, ptr %"ctx.6", i64 80
  %".533" = load i32, ptr %".532", align 4
  %".534" = zext i32 %".533" to i64
  %"data_end.44" = inttoptr i64 %".534" to ptr
  %".535" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.44" = load ptr, ptr %".535", align 8
  %".536" = xor i1 %".528", -1
  br i1 %".536", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".538" = trunc i64 %"cursor.7" to i16
  %".539" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".538", ptr %".539", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".557" = trunc i64 %"cursor.9" to i32
  %".558" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".557", [40 x i8]* %"header_copy", i32 16)
  %".559" = icmp eq i64 %".558", 0
  %".560" = getelementptr i8, ptr %"ctx.7", i64 76
  %".561" = load i32, ptr %".560", align 4
  %".562" = zext i32 %".561" to i64
  %"data.46" = inttoptr i64 %".562" to ptr
  %".563" = getelementptr i8, ptr %"ctx.7", i64 80
  %".564" = load i32, ptr %".563", align 4
  %".565" = zext i32 %".564" to i64
  %"data_end.46" = inttoptr i64 %".565" to ptr
  %".566" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.46" = load ptr, ptr %".566", align 8
  %".567" = xor i1 %".559", -1
  br i1 %".567", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".569" = trunc i64 %"cursor.9" to i16
  %".570" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".569", ptr %".570", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".582" = trunc i64 %"cursor.10" to i32
  %".583" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".582", [40 x i8]* %"header_copy", i32 38)
  %".584" = icmp eq i64 %".583", 0
  %".585" = getelementptr i8, ptr %"ctx.8", i64 76
  %".586" = load i32, ptr %".585", align 4
  %".587" = zext i32 %".586" to i64
  %"data.48" = inttoptr i64 %".587" to ptr
  %".588" = getelementptr i8, ptr %"ctx.8", i64 80
  %".589" = load i32, ptr %".588", align 4
  %".590" = zext i32 %".589" to i64
  %"data_end.48" = inttoptr i64 %".590" to ptr
  %".591" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.48" = load ptr, ptr %".591", align 8
  %".592" = xor i1 %".584", -1
  br i1 %".592", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".594" = trunc i64 %"cursor.10" to i16
  %".595" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".594", ptr %".595", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".610" = trunc i64 %"cursor.11" to i32
  %".611" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".610", [40 x i8]* %"header_copy", i32 6)
  %".612" = icmp eq i64 %".611", 0
  %".613" = getelementptr i8, ptr %"ctx.9", i64 76
  %".614" = load i32, ptr %".613", align 4
  %".615" = zext i32 %".614" to i64
  %"data.50" = inttoptr i64 %".615" to ptr
  %".616" = getelementptr i8, ptr %"ctx.9", i64 80
  %".617" = load i32, ptr %".616", align 4
  %".618" = zext i32 %".617" to i64
  %"data_end.50" = inttoptr i64 %".618" to ptr
  %".619" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.50" = load ptr, ptr %".619", align 8
  %".620" = xor i1 %".612", -1
  br i1 %".620", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".622" = trunc i64 %"cursor.11" to i16
  %".623" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".622", ptr %".623", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".626" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".627" = load volatile i16, [40 x i8]* %".626", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".638" = trunc i64 %".631" to i16
  %".639" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".638", ptr %".639", align 2
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
  %".668" = trunc i64 %"cursor.12" to i32
  %".669" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".668", [40 x i8]* %"header_copy", i32 24)
  %".670" = icmp eq i64 %".669", 0
  %".671" = getelementptr i8, ptr %"ctx.10", i64 76
  %".672" = load i32, ptr %".671", align 4
  %".673" = zext i32 %".672" to i64
  %"data.52" = inttoptr i64 %".673" to ptr
  %".674" = getelementptr i8, ptr %"ctx.10", i64 80
  %".675" = load i32, ptr %".674", align 4
  %".676" = zext i32 %".675" to i64
  %"data_end.52" = inttoptr i64 %".676" to ptr
  %".677" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.52" = load ptr, ptr %".677", align 8
  %".678" = xor i1 %".670", -1
  br i1 %".678", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".680" = trunc i64 %"cursor.12" to i16
  %".681" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".680", ptr %".681", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".684" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".685" = load volatile i8, [40 x i8]* %".684", align 1
  %".686" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".687" = load volatile i8, [40 x i8]* %".686", align 1
  %".688" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".689" = load volatile i16, [40 x i8]* %".688", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".698" = trunc i64 %"cursor.12" to i16
  %".699" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".698", ptr %".699", align 2
  br label %"return"
batadv_d0.require.endif:
  %".702" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %"w22_2", ptr %".702", align 2
  %".704" = add i64 %"cursor.12", 24
  %".705" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".706" = zext i16 %".705" to i64
  switch i16 %"w22_2", label %"batadv_d0.unknown" [i16 8, label %"batadv_d0.to_ipv4" i16 56710, label %"batadv_d0.to_ipv6" i16 129, label %"batadv_d0.to_vlan" i16 43144, label %"batadv_d0.to_vlan.1" i16 18312, label %"batadv_d0.to_mpls" i16 18568, label %"batadv_d0.to_mpls.1" i16 25736, label %"batadv_d0.to_pppoe" i16 1544, label %"batadv_d0.to_arp" i16 13696, label %"batadv_d0.to_arp.1" i16 63368, label %"batadv_d0.to_ptp" i16 649, label %"batadv_d0.to_cfm" i16 51848, label %"batadv_d0.to_tipc" i16 1673, label %"batadv_d0.to_fcoe" i16 12169, label %"batadv_d0.to_hsr" i16 64392, label %"batadv_d0.to_hsr.1" i16 1347, label %"batadv_d0.to_batadv"]  , !prof !1
batadv_d0.to_ipv4:
  %".712" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".712", align 1
  %".714" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.7" = load volatile i32, ptr %".714", align 4
  %".715" = and i32 %"flags.7", 4
  %".716" = icmp ne i32 %".715", 0
  br i1 %".716", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.unknown:
  %".708" = trunc i64 %".704" to i16
  %".709" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".708", ptr %".709", align 2
  br label %"return"
batadv_d0.to_ipv6:
  %".725" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".725", align 1
  %".727" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.8" = load volatile i32, ptr %".727", align 4
  %".728" = and i32 %"flags.8", 4
  %".729" = icmp ne i32 %".728", 0
  br i1 %".729", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".738" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".738", align 1
  %".740" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.9" = load volatile i32, ptr %".740", align 4
  %".741" = and i32 %"flags.9", 4
  %".742" = icmp ne i32 %".741", 0
  br i1 %".742", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".751" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".751", align 1
  %".753" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.10" = load volatile i32, ptr %".753", align 4
  %".754" = and i32 %"flags.10", 4
  %".755" = icmp ne i32 %".754", 0
  br i1 %".755", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".764" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".764", align 1
  %".766" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.11" = load volatile i32, ptr %".766", align 4
  %".767" = and i32 %"flags.11", 4
  %".768" = icmp ne i32 %".767", 0
  br i1 %".768", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".777" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".777", align 1
  %".779" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.12" = load volatile i32, ptr %".779", align 4
  %".780" = and i32 %"flags.12", 4
  %".781" = icmp ne i32 %".780", 0
  br i1 %".781", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".790" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".790", align 1
  %".792" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.13" = load volatile i32, ptr %".792", align 4
  %".793" = and i32 %"flags.13", 4
  %".794" = icmp ne i32 %".793", 0
  br i1 %".794", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".803" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".803", align 1
  %".805" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.14" = load volatile i32, ptr %".805", align 4
  %".806" = and i32 %"flags.14", 4
  %".807" = icmp ne i32 %".806", 0
  br i1 %".807", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".816" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".816", align 1
  %".818" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.15" = load volatile i32, ptr %".818", align 4
  %".819" = and i32 %"flags.15", 4
  %".820" = icmp ne i32 %".819", 0
  br i1 %".820", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".829" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".829", align 1
  %".831" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.16" = load volatile i32, ptr %".831", align 4
  %".832" = and i32 %"flags.16", 4
  %".833" = icmp ne i32 %".832", 0
  br i1 %".833", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".842" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".842", align 1
  %".844" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.17" = load volatile i32, ptr %".844", align 4
  %".845" = and i32 %"flags.17", 4
  %".846" = icmp ne i32 %".845", 0
  br i1 %".846", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".855" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".855", align 1
  %".857" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.18" = load volatile i32, ptr %".857", align 4
  %".858" = and i32 %"flags.18", 4
  %".859" = icmp ne i32 %".858", 0
  br i1 %".859", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".868" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".868", align 1
  %".870" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.19" = load volatile i32, ptr %".870", align 4
  %".871" = and i32 %"flags.19", 4
  %".872" = icmp ne i32 %".871", 0
  br i1 %".872", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".881" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".881", align 1
  %".883" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.20" = load volatile i32, ptr %".883", align 4
  %".884" = and i32 %"flags.20", 4
  %".885" = icmp ne i32 %".884", 0
  br i1 %".885", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".894" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".894", align 1
  %".896" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.21" = load volatile i32, ptr %".896", align 4
  %".897" = and i32 %"flags.21", 4
  %".898" = icmp ne i32 %".897", 0
  br i1 %".898", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".907" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".907", align 1
  %".909" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.22" = load volatile i32, ptr %".909", align 4
  %".910" = and i32 %"flags.22", 4
  %".911" = icmp ne i32 %".910", 0
  br i1 %".911", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".718" = trunc i64 %".704" to i16
  %".719" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".718", ptr %".719", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  %".722" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".722", align 4
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".731" = trunc i64 %".704" to i16
  %".732" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".731", ptr %".732", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  %".735" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".735", align 4
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".744" = trunc i64 %".704" to i16
  %".745" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".744", ptr %".745", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  %".748" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".748", align 4
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".704", %"batadv_d0.stop_at_encap.endif.2"], [%".704", %"batadv_d0.stop_at_encap.endif.3"], [%"end.5", %"gre_d0.to_vlan"], [%"end.5", %"gre_d0.to_vlan.1"], [%".3999", %"ethernet_d1.to_vlan"], [%".3999", %"ethernet_d1.to_vlan.1"], [%".6128", %"widening.test.16"]
  %"data.54" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data.154", %"gre_d0.to_vlan"], [%"data.154", %"gre_d0.to_vlan.1"], [%"data.194", %"ethernet_d1.to_vlan"], [%"data.194", %"ethernet_d1.to_vlan.1"], [%"data.282", %"widening.test.16"]
  %"data_end.54" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.154", %"gre_d0.to_vlan"], [%"data_end.154", %"gre_d0.to_vlan.1"], [%"data_end.194", %"ethernet_d1.to_vlan"], [%"data_end.194", %"ethernet_d1.to_vlan.1"], [%"data_end.282", %"widening.test.16"]
  %"keys.54" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.154", %"gre_d0.to_vlan"], [%"keys.154", %"gre_d0.to_vlan.1"], [%"keys.194", %"ethernet_d1.to_vlan"], [%"keys.194", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.16"]
  %"hdr.28" = getelementptr i8, ptr %"data.54", i64 %"cursor.32"
  %".2061" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2062" = icmp ugt ptr %".2061", %"data_end.54"
  br i1 %".2062", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2064" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2065" = load i16, ptr %".2064", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.4" = phi  i16 [%".2065", %"vlan_d1_vlan_tags1.linear"], [%".2084", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.116" = phi  ptr [%"data.54", %"vlan_d1_vlan_tags1.linear"], [%"data.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.54", %"vlan_d1_vlan_tags1.linear"], [%"data_end.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.54", %"vlan_d1_vlan_tags1.linear"], [%"keys.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2086" = getelementptr i8, ptr %"keys.116", i64 10
  store i16 %"w2_2.4", ptr %".2086", align 2
  %".2088" = add i64 %"cursor.32", 4
  %".2089" = trunc i64 %".2088" to i16
  %".2090" = getelementptr i8, ptr %"keys.116", i64 0
  store i16 %".2089", ptr %".2090", align 2
  %".2092" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2093" = zext i16 %".2092" to i64
  switch i16 %"w2_2.4", label %"vlan_d1_vlan_tags1.unknown" [i16 8, label %"vlan_d1_vlan_tags1.to_ipv4" i16 56710, label %"vlan_d1_vlan_tags1.to_ipv6" i16 129, label %"vlan_d1_vlan_tags1.to_vlan" i16 43144, label %"vlan_d1_vlan_tags1.to_vlan.1" i16 18312, label %"vlan_d1_vlan_tags1.to_mpls" i16 18568, label %"vlan_d1_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags1.to_arp" i16 13696, label %"vlan_d1_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags1.to_ptp" i16 649, label %"vlan_d1_vlan_tags1.to_cfm" i16 51848, label %"vlan_d1_vlan_tags1.to_tipc" i16 1673, label %"vlan_d1_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags1.to_hsr" i16 64392, label %"vlan_d1_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.3:
  %".757" = trunc i64 %".704" to i16
  %".758" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".757", ptr %".758", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  %".761" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".761", align 4
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".770" = trunc i64 %".704" to i16
  %".771" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".770", ptr %".771", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  %".774" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".774", align 4
  br label %"mpls_d1_mpls_labels1"
mpls_d1_mpls_labels1:
  %"cursor.33" = phi  i64 [%".704", %"batadv_d0.stop_at_encap.endif.4"], [%".704", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1540", %"ipv6_d1.to_mpls"], [%".2088", %"vlan_d1_vlan_tags1.to_mpls"], [%".2088", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2216", %"pppoe_d1.to_mpls"], [%".2216", %"pppoe_d1.to_mpls.1"], [%".2278", %"hsr_d1_vlan_tags1.to_mpls"], [%".2278", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.5", %"gre_d0.to_mpls"], [%"end.5", %"gre_d0.to_mpls.1"], [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".3816", %"vlan_d1_vlan_tags2.to_mpls"], [%".3816", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3882", %"hsr_d1_vlan_tags2.to_mpls"], [%".3882", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".3999", %"ethernet_d1.to_mpls"], [%".3999", %"ethernet_d1.to_mpls.1"], [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".5472", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".5576", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".6315", %"widening.test.33"]
  %"data.55" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data.91", %"ipv4_d1.to_mpls"], [%"data.95", %"ipv6_d1.to_mpls"], [%"data.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.123", %"pppoe_d1.to_mpls"], [%"data.123", %"pppoe_d1.to_mpls.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.154", %"gre_d0.to_mpls"], [%"data.154", %"gre_d0.to_mpls.1"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.194", %"ethernet_d1.to_mpls"], [%"data.194", %"ethernet_d1.to_mpls.1"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.299", %"widening.test.33"]
  %"data_end.55" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.91", %"ipv4_d1.to_mpls"], [%"data_end.95", %"ipv6_d1.to_mpls"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.123", %"pppoe_d1.to_mpls"], [%"data_end.123", %"pppoe_d1.to_mpls.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.154", %"gre_d0.to_mpls"], [%"data_end.154", %"gre_d0.to_mpls.1"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.194", %"ethernet_d1.to_mpls"], [%"data_end.194", %"ethernet_d1.to_mpls.1"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.299", %"widening.test.33"]
  %"keys.55" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.91", %"ipv4_d1.to_mpls"], [%"keys.95", %"ipv6_d1.to_mpls"], [%"keys.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.123", %"pppoe_d1.to_mpls"], [%"keys.123", %"pppoe_d1.to_mpls.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.154", %"gre_d0.to_mpls"], [%"keys.154", %"gre_d0.to_mpls.1"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.194", %"ethernet_d1.to_mpls"], [%"keys.194", %"ethernet_d1.to_mpls.1"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.33"]
  %".2115" = add i64 %"cursor.33", 4
  %"hdr.29" = getelementptr i8, ptr %"data.55", i64 %"cursor.33"
  %".2116" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2117" = icmp ugt ptr %".2116", %"data_end.55"
  br i1 %".2117", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2119" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2120" = load i8, ptr %".2119", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2120", %"mpls_d1_mpls_labels1.linear"], [%".2139", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.120" = phi  ptr [%"data.55", %"mpls_d1_mpls_labels1.linear"], [%"data.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.120" = phi  ptr [%"data_end.55", %"mpls_d1_mpls_labels1.linear"], [%"data_end.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.120" = phi  ptr [%"keys.55", %"mpls_d1_mpls_labels1.linear"], [%"keys.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2141" = add i64 %"cursor.33", 4
  %".2142" = zext i8 %"w2_1.2" to i64
  %".2143" = and i64 %".2142", 1
  switch i64 %".2143", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
mpls_d1_mpls_labels1.to_mpls:
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels2:
  %"cursor.54" = phi  i64 [%".2141", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.121" = phi  ptr [%"data.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.121" = phi  ptr [%"data_end.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.121" = phi  ptr [%"keys.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %".3921" = add i64 %"cursor.54", 4
  %"hdr.48" = getelementptr i8, ptr %"data.121", i64 %"cursor.54"
  %".3922" = getelementptr i8, ptr %"hdr.48", i64 4
  %".3923" = icmp ugt ptr %".3922", %"data_end.121"
  br i1 %".3923", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".3925" = getelementptr i8, ptr %"hdr.48", i64 2
  %".3926" = load i8, ptr %".3925", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".3926", %"mpls_d1_mpls_labels2.linear"], [%".3945", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.191" = phi  ptr [%"data.121", %"mpls_d1_mpls_labels2.linear"], [%"data.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.191" = phi  ptr [%"data_end.121", %"mpls_d1_mpls_labels2.linear"], [%"data_end.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.191" = phi  ptr [%"keys.121", %"mpls_d1_mpls_labels2.linear"], [%"keys.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".3947" = add i64 %"cursor.54", 4
  %".3948" = zext i8 %"w2_1.4" to i64
  %".3949" = and i64 %".3948", 1
  switch i64 %".3949", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels2.to_mpls:
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels3:
  %"cursor.71" = phi  i64 [%".3947", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.192" = phi  ptr [%"data.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.192" = phi  ptr [%"data_end.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.192" = phi  ptr [%"keys.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %".5246" = add i64 %"cursor.71", 4
  %"hdr.63" = getelementptr i8, ptr %"data.192", i64 %"cursor.71"
  %".5247" = getelementptr i8, ptr %"hdr.63", i64 4
  %".5248" = icmp ugt ptr %".5247", %"data_end.192"
  br i1 %".5248", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".5250" = getelementptr i8, ptr %"hdr.63", i64 2
  %".5251" = load i8, ptr %".5250", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".5251", %"mpls_d1_mpls_labels3.linear"], [%".5270", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.238" = phi  ptr [%"data.192", %"mpls_d1_mpls_labels3.linear"], [%"data.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.238" = phi  ptr [%"data_end.192", %"mpls_d1_mpls_labels3.linear"], [%"data_end.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.238" = phi  ptr [%"keys.192", %"mpls_d1_mpls_labels3.linear"], [%"keys.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".5272" = add i64 %"cursor.71", 4
  %".5273" = zext i8 %"w2_1.6" to i64
  %".5274" = and i64 %".5273", 1
  switch i64 %".5274", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels3.to_mpls:
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels4:
  %"cursor.77" = phi  i64 [%".5272", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.239" = phi  ptr [%"data.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.239" = phi  ptr [%"data_end.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.239" = phi  ptr [%"keys.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %".5673" = add i64 %"cursor.77", 4
  %"hdr.68" = getelementptr i8, ptr %"data.239", i64 %"cursor.77"
  %".5674" = getelementptr i8, ptr %"hdr.68", i64 4
  %".5675" = icmp ugt ptr %".5674", %"data_end.239"
  br i1 %".5675", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".5677" = getelementptr i8, ptr %"hdr.68", i64 2
  %".5678" = load i8, ptr %".5677", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".5678", %"mpls_d1_mpls_labels4.linear"], [%".5697", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.250" = phi  ptr [%"data.239", %"mpls_d1_mpls_labels4.linear"], [%"data.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.250" = phi  ptr [%"data_end.239", %"mpls_d1_mpls_labels4.linear"], [%"data_end.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.250" = phi  ptr [%"keys.239", %"mpls_d1_mpls_labels4.linear"], [%"keys.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".5699" = add i64 %"cursor.77", 4
  %".5700" = zext i8 %"w2_1.7" to i64
  %".5701" = and i64 %".5700", 1
  switch i64 %".5701", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels4.to_mpls:
  %".5707" = trunc i64 %".5699" to i16
  %".5708" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5707", ptr %".5708", align 2
  br label %"return"
batadv_d0.stop_at_encap.5:
  %".783" = trunc i64 %".704" to i16
  %".784" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".783", ptr %".784", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  %".787" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".787", align 4
  br label %"mpls_d1_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".796" = trunc i64 %".704" to i16
  %".797" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".796", ptr %".797", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  %".800" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".800", align 4
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.34" = phi  i64 [%".704", %"batadv_d0.stop_at_encap.endif.6"], [%".2088", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2278", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.5", %"gre_d0.to_pppoe"], [%".3816", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3882", %"hsr_d1_vlan_tags2.to_pppoe"], [%".3999", %"ethernet_d1.to_pppoe"], [%".6227", %"widening.test.25"]
  %"data.56" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.154", %"gre_d0.to_pppoe"], [%"data.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.194", %"ethernet_d1.to_pppoe"], [%"data.291", %"widening.test.25"]
  %"data_end.56" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.154", %"gre_d0.to_pppoe"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.194", %"ethernet_d1.to_pppoe"], [%"data_end.291", %"widening.test.25"]
  %"keys.56" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.154", %"gre_d0.to_pppoe"], [%"keys.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.194", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.25"]
  %"hdr.30" = getelementptr i8, ptr %"data.56", i64 %"cursor.34"
  %".2166" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2167" = icmp ugt ptr %".2166", %"data_end.56"
  br i1 %".2167", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2169" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2170" = load i8, ptr %".2169", align 1
  %".2171" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2172" = load i8, ptr %".2171", align 1
  %".2173" = getelementptr i8, ptr %"hdr.30", i64 6
  %".2174" = load i16, ptr %".2173", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".2170", %"pppoe_d1.linear"], [%".2193", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2172", %"pppoe_d1.linear"], [%".2195", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2174", %"pppoe_d1.linear"], [%".2197", %"pppoe_d1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.56", %"pppoe_d1.linear"], [%"data.122", %"pppoe_d1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.56", %"pppoe_d1.linear"], [%"data_end.122", %"pppoe_d1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.56", %"pppoe_d1.linear"], [%"keys.122", %"pppoe_d1.copy_failed.endif"]
  %".2199" = zext i8 %"w0_1.8" to i64
  %".2200" = lshr i64 %".2199", 4
  %".2201" = and i64 %".2200", 15
  %".2202" = icmp eq i64 %".2201", 1
  %".2203" = zext i8 %"w0_1.8" to i64
  %".2204" = and i64 %".2203", 15
  %".2205" = icmp eq i64 %".2204", 1
  %".2206" = and i1 %".2202", %".2205"
  %".2207" = zext i8 %"w1_1.4" to i64
  %".2208" = icmp eq i64 %".2207", 0
  %".2209" = and i1 %".2206", %".2208"
  %".2210" = xor i1 %".2209", -1
  br i1 %".2210", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".809" = trunc i64 %".704" to i16
  %".810" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".809", ptr %".810", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  %".813" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".813", align 4
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".822" = trunc i64 %".704" to i16
  %".823" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".822", ptr %".823", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  %".826" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".826", align 4
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".835" = trunc i64 %".704" to i16
  %".836" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".835", ptr %".836", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  %".839" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".839", align 4
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".848" = trunc i64 %".704" to i16
  %".849" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".848", ptr %".849", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  %".852" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".852", align 4
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".861" = trunc i64 %".704" to i16
  %".862" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".861", ptr %".862", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  %".865" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".865", align 4
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".874" = trunc i64 %".704" to i16
  %".875" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".874", ptr %".875", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  %".878" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".878", align 4
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".887" = trunc i64 %".704" to i16
  %".888" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".887", ptr %".888", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  %".891" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".891", align 4
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.35" = phi  i64 [%".704", %"batadv_d0.stop_at_encap.endif.13"], [%".704", %"batadv_d0.stop_at_encap.endif.14"], [%"end.5", %"gre_d0.to_hsr"], [%"end.5", %"gre_d0.to_hsr.1"], [%".3999", %"ethernet_d1.to_hsr"], [%".3999", %"ethernet_d1.to_hsr.1"], [%".6117", %"widening.test.15"]
  %"data.57" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.13"], [%"data.53", %"batadv_d0.stop_at_encap.endif.14"], [%"data.154", %"gre_d0.to_hsr"], [%"data.154", %"gre_d0.to_hsr.1"], [%"data.194", %"ethernet_d1.to_hsr"], [%"data.194", %"ethernet_d1.to_hsr.1"], [%"data.281", %"widening.test.15"]
  %"data_end.57" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.154", %"gre_d0.to_hsr"], [%"data_end.154", %"gre_d0.to_hsr.1"], [%"data_end.194", %"ethernet_d1.to_hsr"], [%"data_end.194", %"ethernet_d1.to_hsr.1"], [%"data_end.281", %"widening.test.15"]
  %"keys.57" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.154", %"gre_d0.to_hsr"], [%"keys.154", %"gre_d0.to_hsr.1"], [%"keys.194", %"ethernet_d1.to_hsr"], [%"keys.194", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.15"]
  %"hdr.31" = getelementptr i8, ptr %"data.57", i64 %"cursor.35"
  %".2251" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2252" = icmp ugt ptr %".2251", %"data_end.57"
  br i1 %".2252", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2254" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2255" = load i16, ptr %".2254", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2255", %"hsr_d1_vlan_tags1.linear"], [%".2274", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.57", %"hsr_d1_vlan_tags1.linear"], [%"data.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.57", %"hsr_d1_vlan_tags1.linear"], [%"data_end.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.57", %"hsr_d1_vlan_tags1.linear"], [%"keys.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2276" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %"w4_2.2", ptr %".2276", align 2
  %".2278" = add i64 %"cursor.35", 6
  %".2279" = trunc i64 %".2278" to i16
  %".2280" = getelementptr i8, ptr %"keys.125", i64 0
  store i16 %".2279", ptr %".2280", align 2
  %".2282" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2283" = zext i16 %".2282" to i64
  switch i16 %"w4_2.2", label %"hsr_d1_vlan_tags1.unknown" [i16 8, label %"hsr_d1_vlan_tags1.to_ipv4" i16 56710, label %"hsr_d1_vlan_tags1.to_ipv6" i16 129, label %"hsr_d1_vlan_tags1.to_vlan" i16 43144, label %"hsr_d1_vlan_tags1.to_vlan.1" i16 18312, label %"hsr_d1_vlan_tags1.to_mpls" i16 18568, label %"hsr_d1_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags1.to_arp" i16 13696, label %"hsr_d1_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags1.to_ptp" i16 649, label %"hsr_d1_vlan_tags1.to_cfm" i16 51848, label %"hsr_d1_vlan_tags1.to_tipc" i16 1673, label %"hsr_d1_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags1.to_hsr" i16 64392, label %"hsr_d1_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.14:
  %".900" = trunc i64 %".704" to i16
  %".901" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".900", ptr %".901", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  %".904" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".904", align 4
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".913" = trunc i64 %".704" to i16
  %".914" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".913", ptr %".914", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  %".917" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".917", align 4
  br label %"batadv_d1"
batadv_d1:
  %"cursor.36" = phi  i64 [%".704", %"batadv_d0.stop_at_encap.endif.15"], [%".2088", %"vlan_d1_vlan_tags1.to_batadv"], [%".2278", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.5", %"gre_d0.to_batadv"], [%".3816", %"vlan_d1_vlan_tags2.to_batadv"], [%".3882", %"hsr_d1_vlan_tags2.to_batadv"], [%".3999", %"ethernet_d1.to_batadv"], [%".6161", %"widening.test.19"]
  %"data.58" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.15"], [%"data.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.154", %"gre_d0.to_batadv"], [%"data.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.194", %"ethernet_d1.to_batadv"], [%"data.285", %"widening.test.19"]
  %"data_end.58" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.154", %"gre_d0.to_batadv"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.194", %"ethernet_d1.to_batadv"], [%"data_end.285", %"widening.test.19"]
  %"keys.58" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.154", %"gre_d0.to_batadv"], [%"keys.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.194", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.19"]
  %"hdr.32" = getelementptr i8, ptr %"data.58", i64 %"cursor.36"
  %".2305" = getelementptr i8, ptr %"hdr.32", i64 24
  %".2306" = icmp ugt ptr %".2305", %"data_end.58"
  br i1 %".2306", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2308" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2309" = load i8, ptr %".2308", align 1
  %".2310" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2311" = load i8, ptr %".2310", align 1
  %".2312" = getelementptr i8, ptr %"hdr.32", i64 22
  %".2313" = load i16, ptr %".2312", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.9" = phi  i8 [%".2309", %"batadv_d1.linear"], [%".2332", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2311", %"batadv_d1.linear"], [%".2334", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2313", %"batadv_d1.linear"], [%".2336", %"batadv_d1.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.58", %"batadv_d1.linear"], [%"data.126", %"batadv_d1.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.58", %"batadv_d1.linear"], [%"data_end.126", %"batadv_d1.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.58", %"batadv_d1.linear"], [%"keys.126", %"batadv_d1.copy_failed.endif"]
  %".2338" = zext i8 %"w1_1.5" to i64
  %".2339" = icmp eq i64 %".2338", 15
  %".2340" = zext i8 %"w0_1.9" to i64
  %".2341" = icmp eq i64 %".2340", 64
  %".2342" = and i1 %".2339", %".2341"
  %".2343" = xor i1 %".2342", -1
  br i1 %".2343", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".926" = trunc i64 %"cursor.13" to i32
  %".927" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".926", [40 x i8]* %"header_copy", i32 4)
  %".928" = icmp eq i64 %".927", 0
  %".929" = getelementptr i8, ptr %"ctx.11", i64 76
  %".930" = load i32, ptr %".929", align 4
  %".931" = zext i32 %".930" to i64
  %"data.59" = inttoptr i64 %".931" to ptr
  %".932" = getelementptr i8, ptr %"ctx.11", i64 80
  %".933" = load i32, ptr %".932", align 4
  %".934" = zext i32 %".933" to i64
  %"data_end.59" = inttoptr i64 %".934" to ptr
  %".935" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.59" = load ptr, ptr %".935", align 8
  %".936" = xor i1 %".928", -1
  br i1 %".936", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".938" = trunc i64 %"cursor.13" to i16
  %".939" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".938", ptr %".939", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".942" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".943" = load volatile i32, [40 x i8]* %".942", align 4
  br label %"tcp.header"
tcp.unknown:
  %".948" = trunc i64 %"cursor.13" to i16
  %".949" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".948", ptr %".949", align 2
  br label %"return"
udp_d0.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".959" = trunc i64 %"cursor.14" to i32
  %".960" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".959", [40 x i8]* %"header_copy", i32 4)
  %".961" = icmp eq i64 %".960", 0
  %".962" = getelementptr i8, ptr %"ctx.12", i64 76
  %".963" = load i32, ptr %".962", align 4
  %".964" = zext i32 %".963" to i64
  %"data.62" = inttoptr i64 %".964" to ptr
  %".965" = getelementptr i8, ptr %"ctx.12", i64 80
  %".966" = load i32, ptr %".965", align 4
  %".967" = zext i32 %".966" to i64
  %"data_end.62" = inttoptr i64 %".967" to ptr
  %".968" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.62" = load ptr, ptr %".968", align 8
  %".969" = xor i1 %".961", -1
  br i1 %".969", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".971" = trunc i64 %"cursor.14" to i16
  %".972" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".971", ptr %".972", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".975" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".976" = load volatile i32, [40 x i8]* %".975", align 4
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".986" = add i64 %"cursor.14", %".981"
  %".987" = sub i64 %".986", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".988" = trunc i64 %".987" to i32
  %".989" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".988", i64* %"last_byte", i32 1)
  %".990" = icmp eq i64 %".989", 0
  %".991" = getelementptr i8, ptr %"ctx.13", i64 76
  %".992" = load i32, ptr %".991", align 4
  %".993" = zext i32 %".992" to i64
  %"data.64" = inttoptr i64 %".993" to ptr
  %".994" = getelementptr i8, ptr %"ctx.13", i64 80
  %".995" = load i32, ptr %".994", align 4
  %".996" = zext i32 %".995" to i64
  %"data_end.64" = inttoptr i64 %".996" to ptr
  %".997" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.64" = load ptr, ptr %".997", align 8
  %".998" = xor i1 %".990", -1
  br i1 %".998", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".1000" = trunc i64 %"cursor.14" to i16
  %".1001" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1000", ptr %".1001", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".1011" = trunc i64 %"cursor.14" to i16
  %".1012" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1011", ptr %".1012", align 2
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
  %"cursor.39" = phi  i64 [%".1005", %"udp_d0.to_geneve"]
  %"data.67" = phi  ptr [%"data.65", %"udp_d0.to_geneve"]
  %"data_end.67" = phi  ptr [%"data_end.65", %"udp_d0.to_geneve"]
  %"keys.67" = phi  ptr [%"keys.65", %"udp_d0.to_geneve"]
  %"hdr.35" = getelementptr i8, ptr %"data.67", i64 %"cursor.39"
  %".2733" = getelementptr i8, ptr %"hdr.35", i64 8
  %".2734" = icmp ugt ptr %".2733", %"data_end.67"
  br i1 %".2734", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".2736" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2737" = load i8, ptr %".2736", align 1
  %".2738" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2739" = load i16, ptr %".2738", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.10" = phi  i8 [%".2737", %"geneve_d0.linear"], [%".2758", %"geneve_d0.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".2739", %"geneve_d0.linear"], [%".2760", %"geneve_d0.copy_failed.endif"]
  %"data.137" = phi  ptr [%"data.67", %"geneve_d0.linear"], [%"data.136", %"geneve_d0.copy_failed.endif"]
  %"data_end.137" = phi  ptr [%"data_end.67", %"geneve_d0.linear"], [%"data_end.136", %"geneve_d0.copy_failed.endif"]
  %"keys.137" = phi  ptr [%"keys.67", %"geneve_d0.linear"], [%"keys.136", %"geneve_d0.copy_failed.endif"]
  %".2762" = zext i8 %"w0_1.10" to i64
  %".2763" = lshr i64 %".2762", 6
  %".2764" = and i64 %".2763", 3
  %".2765" = icmp ne i64 %".2764", 0
  br i1 %".2765", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif", !prof !0
geneve_d0.stop_before.endif:
  %".2771" = add i64 %"cursor.39", 8
  %".2772" = and i8 %"w0_1.10", 63
  %".2773" = icmp eq i8 %".2772", 0
  %".2774" = xor i1 %".2773", -1
  br i1 %".2774", label %"geneve_d0.variable", label %"geneve_d0.no_variable", !prof !0
geneve_d0.no_variable:
  br label %"geneve_d0.variable.endif"
geneve_d0.variable.endif:
  %"end.3" = phi  i64 [%".2771", %"geneve_d0.no_variable"], [%".2804", %"geneve_d0.variable_part"]
  %"data.140" = phi  ptr [%"data.137", %"geneve_d0.no_variable"], [%"data.139", %"geneve_d0.variable_part"]
  %"data_end.140" = phi  ptr [%"data_end.137", %"geneve_d0.no_variable"], [%"data_end.139", %"geneve_d0.variable_part"]
  %"keys.140" = phi  ptr [%"keys.137", %"geneve_d0.no_variable"], [%"keys.139", %"geneve_d0.variable_part"]
  %".2806" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".2806", align 1
  %".2808" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.53" = load volatile i32, ptr %".2808", align 4
  %".2809" = and i32 %"flags.53", 4
  %".2810" = icmp ne i32 %".2809", 0
  br i1 %".2810", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
gue_d0:
  %"cursor.40" = phi  i64 [%".1005", %"udp_d0.to_gue"]
  %"data.68" = phi  ptr [%"data.65", %"udp_d0.to_gue"]
  %"data_end.68" = phi  ptr [%"data_end.65", %"udp_d0.to_gue"]
  %"keys.68" = phi  ptr [%"keys.65", %"udp_d0.to_gue"]
  %"hdr.36" = getelementptr i8, ptr %"data.68", i64 %"cursor.40"
  %".2828" = getelementptr i8, ptr %"hdr.36", i64 4
  %".2829" = icmp ugt ptr %".2828", %"data_end.68"
  br i1 %".2829", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".2831" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2832" = load i8, ptr %".2831", align 1
  %".2833" = getelementptr i8, ptr %"hdr.36", i64 1
  %".2834" = load i8, ptr %".2833", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.11" = phi  i8 [%".2832", %"gue_d0.linear"], [%".2853", %"gue_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2834", %"gue_d0.linear"], [%".2855", %"gue_d0.copy_failed.endif"]
  %"data.142" = phi  ptr [%"data.68", %"gue_d0.linear"], [%"data.141", %"gue_d0.copy_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.68", %"gue_d0.linear"], [%"data_end.141", %"gue_d0.copy_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.68", %"gue_d0.linear"], [%"keys.141", %"gue_d0.copy_failed.endif"]
  %".2857" = zext i8 %"w0_1.11" to i64
  %".2858" = lshr i64 %".2857", 6
  %".2859" = and i64 %".2858", 3
  %".2860" = icmp ne i64 %".2859", 0
  %".2861" = zext i8 %"w0_1.11" to i64
  %".2862" = lshr i64 %".2861", 5
  %".2863" = and i64 %".2862", 1
  %".2864" = icmp ne i64 %".2863", 0
  %".2865" = or i1 %".2860", %".2864"
  br i1 %".2865", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif", !prof !0
gue_d0.stop_before.endif:
  %".2871" = add i64 %"cursor.40", 4
  %".2872" = and i8 %"w0_1.11", 31
  %".2873" = icmp eq i8 %".2872", 0
  %".2874" = xor i1 %".2873", -1
  br i1 %".2874", label %"gue_d0.variable", label %"gue_d0.no_variable", !prof !0
gue_d0.no_variable:
  br label %"gue_d0.variable.endif"
gue_d0.variable.endif:
  %"end.4" = phi  i64 [%".2871", %"gue_d0.no_variable"], [%".2904", %"gue_d0.variable_part"]
  %"data.145" = phi  ptr [%"data.142", %"gue_d0.no_variable"], [%"data.144", %"gue_d0.variable_part"]
  %"data_end.145" = phi  ptr [%"data_end.142", %"gue_d0.no_variable"], [%"data_end.144", %"gue_d0.variable_part"]
  %"keys.145" = phi  ptr [%"keys.142", %"gue_d0.no_variable"], [%"keys.144", %"gue_d0.variable_part"]
  %".2906" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".2906", align 1
  %".2908" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.54" = load volatile i32, ptr %".2908", align 4
  %".2909" = and i32 %"flags.54", 4
  %".2910" = icmp ne i32 %".2909", 0
  br i1 %".2910", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gtpu_d0:
  %"cursor.41" = phi  i64 [%".1005", %"udp_d0.to_gtpu"]
  %"data.69" = phi  ptr [%"data.65", %"udp_d0.to_gtpu"]
  %"data_end.69" = phi  ptr [%"data_end.65", %"udp_d0.to_gtpu"]
  %"keys.69" = phi  ptr [%"keys.65", %"udp_d0.to_gtpu"]
  %"hdr.37" = getelementptr i8, ptr %"data.69", i64 %"cursor.41"
  %".2926" = getelementptr i8, ptr %"hdr.37", i64 8
  %".2927" = icmp ugt ptr %".2926", %"data_end.69"
  br i1 %".2927", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".2929" = getelementptr i8, ptr %"hdr.37", i64 0
  %".2930" = load i8, ptr %".2929", align 1
  %".2931" = getelementptr i8, ptr %"hdr.37", i64 1
  %".2932" = load i8, ptr %".2931", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.12" = phi  i8 [%".2930", %"gtpu_d0.linear"], [%".2951", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2932", %"gtpu_d0.linear"], [%".2953", %"gtpu_d0.copy_failed.endif"]
  %"data.147" = phi  ptr [%"data.69", %"gtpu_d0.linear"], [%"data.146", %"gtpu_d0.copy_failed.endif"]
  %"data_end.147" = phi  ptr [%"data_end.69", %"gtpu_d0.linear"], [%"data_end.146", %"gtpu_d0.copy_failed.endif"]
  %"keys.147" = phi  ptr [%"keys.69", %"gtpu_d0.linear"], [%"keys.146", %"gtpu_d0.copy_failed.endif"]
  %".2955" = zext i8 %"w0_1.12" to i64
  %".2956" = lshr i64 %".2955", 5
  %".2957" = and i64 %".2956", 7
  %".2958" = icmp ne i64 %".2957", 1
  %".2959" = zext i8 %"w0_1.12" to i64
  %".2960" = lshr i64 %".2959", 4
  %".2961" = and i64 %".2960", 1
  %".2962" = icmp ne i64 %".2961", 1
  %".2963" = or i1 %".2958", %".2962"
  %".2964" = zext i8 %"w1_1.7" to i64
  %".2965" = icmp ne i64 %".2964", 255
  %".2966" = or i1 %".2963", %".2965"
  br i1 %".2966", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif", !prof !0
gtpu_d0.stop_before.endif:
  %".2972" = add i64 %"cursor.41", 8
  %".2973" = getelementptr i8, ptr %"keys.147", i64 8
  store i8 1, ptr %".2973", align 1
  %".2975" = getelementptr i8, ptr %"keys.147", i64 48
  %"flags.55" = load volatile i32, ptr %".2975", align 4
  %".2976" = and i32 %"flags.55", 4
  %".2977" = icmp ne i32 %".2976", 0
  br i1 %".2977", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
shim_d0:
  %"cursor.42" = phi  i64 [%".1005", %"udp_d0.to_shim"]
  %"data.70" = phi  ptr [%"data.65", %"udp_d0.to_shim"]
  %"data_end.70" = phi  ptr [%"data_end.65", %"udp_d0.to_shim"]
  %"keys.70" = phi  ptr [%"keys.65", %"udp_d0.to_shim"]
  %"hdr.38" = getelementptr i8, ptr %"data.70", i64 %"cursor.42"
  %".3013" = getelementptr i8, ptr %"hdr.38", i64 8
  %".3014" = icmp ugt ptr %".3013", %"data_end.70"
  br i1 %".3014", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".3016" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3017" = load i16, ptr %".3016", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.6" = phi  i16 [%".3017", %"shim_d0.linear"], [%".3036", %"shim_d0.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.70", %"shim_d0.linear"], [%"data.150", %"shim_d0.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.70", %"shim_d0.linear"], [%"data_end.150", %"shim_d0.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.70", %"shim_d0.linear"], [%"keys.150", %"shim_d0.copy_failed.endif"]
  %".3038" = add i64 %"cursor.42", 8
  %".3039" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".3039", align 1
  %".3041" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.56" = load volatile i32, ptr %".3041", align 4
  %".3042" = and i32 %"flags.56", 4
  %".3043" = icmp ne i32 %".3042", 0
  br i1 %".3043", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1026" = trunc i64 %"cursor.15" to i32
  %".1027" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1026", [40 x i8]* %"header_copy", i32 4)
  %".1028" = icmp eq i64 %".1027", 0
  %".1029" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1030" = load i32, ptr %".1029", align 4
  %".1031" = zext i32 %".1030" to i64
  %"data.71" = inttoptr i64 %".1031" to ptr
  %".1032" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1033" = load i32, ptr %".1032", align 4
  %".1034" = zext i32 %".1033" to i64
  %"data_end.71" = inttoptr i64 %".1034" to ptr
  %".1035" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.71" = load ptr, ptr %".1035", align 8
  %".1036" = xor i1 %".1028", -1
  br i1 %".1036", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1038" = trunc i64 %"cursor.15" to i16
  %".1039" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1038", ptr %".1039", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1042" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1043" = load volatile i32, [40 x i8]* %".1042", align 4
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1053" = add i64 %"cursor.15", %".1048"
  %".1054" = sub i64 %".1053", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1055" = trunc i64 %".1054" to i32
  %".1056" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1055", i64* %"last_byte", i32 1)
  %".1057" = icmp eq i64 %".1056", 0
  %".1058" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1059" = load i32, ptr %".1058", align 4
  %".1060" = zext i32 %".1059" to i64
  %"data.73" = inttoptr i64 %".1060" to ptr
  %".1061" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1062" = load i32, ptr %".1061", align 4
  %".1063" = zext i32 %".1062" to i64
  %"data_end.73" = inttoptr i64 %".1063" to ptr
  %".1064" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.73" = load ptr, ptr %".1064", align 8
  %".1065" = xor i1 %".1057", -1
  br i1 %".1065", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1067" = trunc i64 %"cursor.15" to i16
  %".1068" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1067", ptr %".1068", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1087" = trunc i64 %"cursor.16" to i32
  %".1088" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1087", [40 x i8]* %"header_copy", i32 4)
  %".1089" = icmp eq i64 %".1088", 0
  %".1090" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1091" = load i32, ptr %".1090", align 4
  %".1092" = zext i32 %".1091" to i64
  %"data.75" = inttoptr i64 %".1092" to ptr
  %".1093" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1094" = load i32, ptr %".1093", align 4
  %".1095" = zext i32 %".1094" to i64
  %"data_end.75" = inttoptr i64 %".1095" to ptr
  %".1096" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.75" = load ptr, ptr %".1096", align 8
  %".1097" = xor i1 %".1089", -1
  br i1 %".1097", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1099" = trunc i64 %"cursor.16" to i16
  %".1100" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1099", ptr %".1100", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1103" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1104" = load volatile i8, [40 x i8]* %".1103", align 1
  %".1105" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1106" = load volatile i8, [40 x i8]* %".1105", align 1
  %".1107" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1108" = load volatile i16, [40 x i8]* %".1107", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1119" = trunc i64 %"cursor.16" to i16
  %".1120" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1119", ptr %".1120", align 2
  br label %"return"
gre_version_d0.unknown:
  %".1128" = trunc i64 %"cursor.16" to i16
  %".1129" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1128", ptr %".1129", align 2
  br label %"return"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
pptp_d0:
  %"cursor.44" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.78" = phi  ptr [%"data.76", %"gre_version_d0.to_pptp"]
  %"data_end.78" = phi  ptr [%"data_end.76", %"gre_version_d0.to_pptp"]
  %"keys.78" = phi  ptr [%"keys.76", %"gre_version_d0.to_pptp"]
  %".3139" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".3140" = zext i16 %".3139" to i64
  %".3141" = icmp ne i64 %".3140", 34827
  %".3142" = zext i8 %"w0_1.3" to i64
  %".3143" = lshr i64 %".3142", 5
  %".3144" = and i64 %".3143", 1
  %".3145" = icmp eq i64 %".3144", 0
  %".3146" = or i1 %".3141", %".3145"
  br i1 %".3146", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".3152" = add i64 %"cursor.44", 4
  %".3153" = zext i8 %"w0_1.3" to i64
  %".3154" = lshr i64 %".3153", 7
  %".3155" = and i64 %".3154", 1
  %".3156" = zext i8 %"w0_1.3" to i64
  %".3157" = lshr i64 %".3156", 5
  %".3158" = and i64 %".3157", 1
  %".3159" = add i64 %".3155", %".3158"
  %".3160" = zext i8 %"w0_1.3" to i64
  %".3161" = lshr i64 %".3160", 4
  %".3162" = and i64 %".3161", 1
  %".3163" = add i64 %".3159", %".3162"
  %".3164" = zext i8 %"w1_1.2" to i64
  %".3165" = lshr i64 %".3164", 7
  %".3166" = and i64 %".3165", 1
  %".3167" = add i64 %".3163", %".3166"
  %".3168" = mul i64 %".3167", 4
  %".3169" = add i64 %".3168", 4
  %".3170" = getelementptr i8, ptr %"data.78", i64 %"cursor.44"
  %".3171" = getelementptr i8, ptr %".3170", i64 %".3169"
  %".3172" = icmp ugt ptr %".3171", %"data_end.78"
  br i1 %".3172", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.156" = phi  ptr [%"data.78", %"pptp_d0.stop_before.endif"], [%"data.155", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.156" = phi  ptr [%"data_end.78", %"pptp_d0.stop_before.endif"], [%"data_end.155", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.156" = phi  ptr [%"keys.78", %"pptp_d0.stop_before.endif"], [%"keys.155", %"pptp_d0.copy_last_byte_failed.endif"]
  %".3193" = add i64 %"cursor.44", %".3169"
  %".3194" = add i64 %"cursor.44", 8
  %".3195" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3194")
  %".3196" = icmp eq i64 %".3168", 4
  %"end.6" = select  i1 %".3196", i64 %".3195", i64 %".3193"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.58" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.157" = phi  ptr [%"data.156", %"pptp_d0.to_ppp"]
  %"data_end.157" = phi  ptr [%"data_end.156", %"pptp_d0.to_ppp"]
  %"keys.157" = phi  ptr [%"keys.156", %"pptp_d0.to_ppp"]
  %"hdr.52" = getelementptr i8, ptr %"data.157", i64 %"cursor.58"
  %".4079" = getelementptr i8, ptr %"hdr.52", i64 4
  %".4080" = icmp ugt ptr %".4079", %"data_end.157"
  br i1 %".4080", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4082" = getelementptr i8, ptr %"hdr.52", i64 2
  %".4083" = load i16, ptr %".4082", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.11" = phi  i16 [%".4083", %"ppp_d0.linear"], [%".4102", %"ppp_d0.copy_failed.endif"]
  %"data.201" = phi  ptr [%"data.157", %"ppp_d0.linear"], [%"data.200", %"ppp_d0.copy_failed.endif"]
  %"data_end.201" = phi  ptr [%"data_end.157", %"ppp_d0.linear"], [%"data_end.200", %"ppp_d0.copy_failed.endif"]
  %"keys.201" = phi  ptr [%"keys.157", %"ppp_d0.linear"], [%"keys.200", %"ppp_d0.copy_failed.endif"]
  %".4104" = add i64 %"cursor.58", 4
  %".4105" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".4106" = zext i16 %".4105" to i64
  switch i16 %"w2_2.11", label %"ppp_d0.unknown" [i16 8448, label %"ppp_d0.to_ipv4" i16 22272, label %"ppp_d0.to_ipv6"]
ppp_d0.to_ipv4:
  %".4115" = trunc i64 2048 to i16
  %".4116" = call i16 @"llvm.bswap.i16"(i16 %".4115")
  %".4117" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".4116", ptr %".4117", align 2
  %".4119" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4119", align 1
  %".4121" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.70" = load volatile i32, ptr %".4121", align 4
  %".4122" = and i32 %"flags.70", 4
  %".4123" = icmp ne i32 %".4122", 0
  br i1 %".4123", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1140" = trunc i64 %"cursor.17" to i32
  %".1141" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1140", [40 x i8]* %"header_copy", i32 4)
  %".1142" = icmp eq i64 %".1141", 0
  %".1143" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1144" = load i32, ptr %".1143", align 4
  %".1145" = zext i32 %".1144" to i64
  %"data.79" = inttoptr i64 %".1145" to ptr
  %".1146" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1147" = load i32, ptr %".1146", align 4
  %".1148" = zext i32 %".1147" to i64
  %"data_end.79" = inttoptr i64 %".1148" to ptr
  %".1149" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.79" = load ptr, ptr %".1149", align 8
  %".1150" = xor i1 %".1142", -1
  br i1 %".1150", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1152" = trunc i64 %"cursor.17" to i16
  %".1153" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1152", ptr %".1153", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1156" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1157" = load volatile i32, [40 x i8]* %".1156", align 4
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1172" = trunc i64 %"cursor.18" to i32
  %".1173" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1172", [40 x i8]* %"header_copy", i32 4)
  %".1174" = icmp eq i64 %".1173", 0
  %".1175" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1176" = load i32, ptr %".1175", align 4
  %".1177" = zext i32 %".1176" to i64
  %"data.81" = inttoptr i64 %".1177" to ptr
  %".1178" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1179" = load i32, ptr %".1178", align 4
  %".1180" = zext i32 %".1179" to i64
  %"data_end.81" = inttoptr i64 %".1180" to ptr
  %".1181" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.81" = load ptr, ptr %".1181", align 8
  %".1182" = xor i1 %".1174", -1
  br i1 %".1182", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1184" = trunc i64 %"cursor.18" to i16
  %".1185" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1184", ptr %".1185", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1188" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1189" = load volatile i32, [40 x i8]* %".1188", align 4
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1204" = trunc i64 %"cursor.19" to i32
  %".1205" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1204", [40 x i8]* %"header_copy", i32 4)
  %".1206" = icmp eq i64 %".1205", 0
  %".1207" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1208" = load i32, ptr %".1207", align 4
  %".1209" = zext i32 %".1208" to i64
  %"data.83" = inttoptr i64 %".1209" to ptr
  %".1210" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1211" = load i32, ptr %".1210", align 4
  %".1212" = zext i32 %".1211" to i64
  %"data_end.83" = inttoptr i64 %".1212" to ptr
  %".1213" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.83" = load ptr, ptr %".1213", align 8
  %".1214" = xor i1 %".1206", -1
  br i1 %".1214", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1216" = trunc i64 %"cursor.19" to i16
  %".1217" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1216", ptr %".1217", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1220" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1221" = load volatile i32, [40 x i8]* %".1220", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1248" = trunc i64 %"cursor.20" to i32
  %".1249" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1248", [40 x i8]* %"header_copy", i32 8)
  %".1250" = icmp eq i64 %".1249", 0
  %".1251" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1252" = load i32, ptr %".1251", align 4
  %".1253" = zext i32 %".1252" to i64
  %"data.85" = inttoptr i64 %".1253" to ptr
  %".1254" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1255" = load i32, ptr %".1254", align 4
  %".1256" = zext i32 %".1255" to i64
  %"data_end.85" = inttoptr i64 %".1256" to ptr
  %".1257" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.85" = load ptr, ptr %".1257", align 8
  %".1258" = xor i1 %".1250", -1
  br i1 %".1258", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1260" = trunc i64 %"cursor.20" to i16
  %".1261" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1260", ptr %".1261", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1264" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1265" = load volatile i32, [40 x i8]* %".1264", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1290" = trunc i64 %"cursor.21" to i32
  %".1291" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1290", [40 x i8]* %"header_copy", i32 4)
  %".1292" = icmp eq i64 %".1291", 0
  %".1293" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1294" = load i32, ptr %".1293", align 4
  %".1295" = zext i32 %".1294" to i64
  %"data.87" = inttoptr i64 %".1295" to ptr
  %".1296" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1297" = load i32, ptr %".1296", align 4
  %".1298" = zext i32 %".1297" to i64
  %"data_end.87" = inttoptr i64 %".1298" to ptr
  %".1299" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.87" = load ptr, ptr %".1299", align 8
  %".1300" = xor i1 %".1292", -1
  br i1 %".1300", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1302" = trunc i64 %"cursor.21" to i16
  %".1303" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1302", ptr %".1303", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1324" = trunc i64 %"cursor.22" to i32
  %".1325" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1324", [40 x i8]* %"header_copy", i32 20)
  %".1326" = icmp eq i64 %".1325", 0
  %".1327" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1328" = load i32, ptr %".1327", align 4
  %".1329" = zext i32 %".1328" to i64
  %"data.89" = inttoptr i64 %".1329" to ptr
  %".1330" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1331" = load i32, ptr %".1330", align 4
  %".1332" = zext i32 %".1331" to i64
  %"data_end.89" = inttoptr i64 %".1332" to ptr
  %".1333" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.89" = load ptr, ptr %".1333", align 8
  %".1334" = xor i1 %".1326", -1
  br i1 %".1334", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1336" = trunc i64 %"cursor.22" to i16
  %".1337" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1336", ptr %".1337", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1340" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1341" = load volatile i8, [40 x i8]* %".1340", align 1
  %".1342" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1343" = load volatile i16, [40 x i8]* %".1342", align 2
  %".1344" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1345" = load volatile i8, [40 x i8]* %".1344", align 1
  %".1346" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1347" = load volatile i32, [40 x i8]* %".1346", align 4
  %".1348" = zext i32 %".1347" to i64
  %".1349" = shl i64 %".1348", 0
  %".1350" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1351" = load volatile i32, [40 x i8]* %".1350", align 4
  %".1352" = zext i32 %".1351" to i64
  %".1353" = shl i64 %".1352", 32
  %".1354" = or i64 %".1349", %".1353"
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1361" = trunc i64 %"cursor.22" to i16
  %".1362" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1361", ptr %".1362", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1365" = getelementptr i8, ptr %"keys.90", i64 9
  store i8 %"w9_1.1", ptr %".1365", align 1
  %".1367" = getelementptr i8, ptr %"keys.90", i64 16
  store i64 %"w12_8.1", ptr %".1367", align 8
  %".1369" = trunc i64 2048 to i16
  %".1370" = getelementptr i8, ptr %"keys.90", i64 4
  store i16 %".1369", ptr %".1370", align 2
  %".1372" = trunc i64 2048 to i16
  %".1373" = call i16 @"llvm.bswap.i16"(i16 %".1372")
  %".1374" = getelementptr i8, ptr %"keys.90", i64 10
  store i16 %".1373", ptr %".1374", align 2
  %".1376" = add i64 %"cursor.22", 20
  %".1377" = zext i8 %"w0_1.4" to i64
  %".1378" = and i64 %".1377", 15
  %".1379" = icmp eq i64 %".1378", 5
  %".1380" = xor i1 %".1379", -1
  br i1 %".1380", label %"ipv4_d1.variable", label %"ipv4_d1.no_variable", !prof !0
ipv4_d1.no_variable:
  br label %"ipv4_d1.variable.endif"
ipv4_d1.variable.endif:
  %"end.1" = phi  i64 [%".1376", %"ipv4_d1.no_variable"], [%".1388", %"ipv4_d1.variable"]
  %"data.91" = phi  ptr [%"data.90", %"ipv4_d1.no_variable"], [%"data.90", %"ipv4_d1.variable"]
  %"data_end.91" = phi  ptr [%"data_end.90", %"ipv4_d1.no_variable"], [%"data_end.90", %"ipv4_d1.variable"]
  %"keys.91" = phi  ptr [%"keys.90", %"ipv4_d1.no_variable"], [%"keys.90", %"ipv4_d1.variable"]
  %".1390" = and i16 %"w6_2.2", 65343
  %".1391" = icmp ne i16 %".1390", 0
  %".1392" = and i16 %"w6_2.2", 65311
  %".1393" = icmp eq i16 %".1392", 0
  br i1 %".1391", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1415" = zext i8 %"w9_1.1" to i64
  switch i64 %".1415", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.variable:
  %".1383" = zext i8 %"w0_1.4" to i64
  %".1384" = and i64 %".1383", 15
  %".1385" = mul i64 %".1384", 4
  %".1386" = sub i64 %".1385", 20
  %".1387" = add i64 %".1386", 20
  %".1388" = add i64 %"cursor.22", %".1387"
  br label %"ipv4_d1.variable.endif"
ipv4_d1.fragment:
  %".1395" = getelementptr i8, ptr %"keys.91", i64 6
  store i8 1, ptr %".1395", align 1
  br i1 %".1393", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.first_fragment:
  %".1398" = getelementptr i8, ptr %"keys.91", i64 7
  store i8 1, ptr %".1398", align 1
  %".1400" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.23" = load volatile i32, ptr %".1400", align 4
  %".1401" = and i32 %"flags.23", 1
  %".1402" = icmp ne i32 %".1401", 0
  %".1403" = xor i1 %".1402", -1
  br i1 %".1403", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1410" = trunc i64 %"end.1" to i16
  %".1411" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1410", ptr %".1411", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1405" = trunc i64 %"end.1" to i16
  %".1406" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1405", ptr %".1406", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1417" = trunc i64 %"end.1" to i16
  %".1418" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1417", ptr %".1418", align 2
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
  %".1430" = trunc i64 34887 to i16
  %".1431" = call i16 @"llvm.bswap.i16"(i16 %".1430")
  %".1432" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1431", ptr %".1432", align 2
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1435" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1435", align 1
  %".1437" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.24" = load volatile i32, ptr %".1437", align 4
  %".1438" = and i32 %"flags.24", 4
  %".1439" = icmp ne i32 %".1438", 0
  br i1 %".1439", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1451" = trunc i64 34525 to i16
  %".1452" = call i16 @"llvm.bswap.i16"(i16 %".1451")
  %".1453" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1452", ptr %".1453", align 2
  %".1455" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1455", align 1
  %".1457" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.25" = load volatile i32, ptr %".1457", align 4
  %".1458" = and i32 %"flags.25", 4
  %".1459" = icmp ne i32 %".1458", 0
  br i1 %".1459", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
udp_d1:
  %"cursor.45" = phi  i64 [%"end.1", %"ipv4_d1.to_udp"], [%".1540", %"ipv6_d1.to_udp"], [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".5472", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".5576", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".6403", %"widening.test.41"]
  %"data.92" = phi  ptr [%"data.91", %"ipv4_d1.to_udp"], [%"data.95", %"ipv6_d1.to_udp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.307", %"widening.test.41"]
  %"data_end.92" = phi  ptr [%"data_end.91", %"ipv4_d1.to_udp"], [%"data_end.95", %"ipv6_d1.to_udp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.307", %"widening.test.41"]
  %"keys.92" = phi  ptr [%"keys.91", %"ipv4_d1.to_udp"], [%"keys.95", %"ipv6_d1.to_udp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.41"]
  %"hdr.39" = getelementptr i8, ptr %"data.92", i64 %"cursor.45"
  %".3203" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3204" = icmp ugt ptr %".3203", %"data_end.92"
  br i1 %".3204", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".3206" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3207" = load i32, ptr %".3206", align 4
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_4.8" = phi  i32 [%".3207", %"udp_d1.linear"], [%".3226", %"udp_d1.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.92", %"udp_d1.linear"], [%"data.158", %"udp_d1.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.92", %"udp_d1.linear"], [%"data_end.158", %"udp_d1.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.92", %"udp_d1.linear"], [%"keys.158", %"udp_d1.copy_failed.endif"]
  %".3228" = getelementptr i8, ptr %"keys.159", i64 12
  store i32 %"w0_4.8", ptr %".3228", align 4
  %".3230" = add i64 %"cursor.45", 4
  %".3231" = add i64 4, 4
  %".3232" = getelementptr i8, ptr %"data.159", i64 %"cursor.45"
  %".3233" = getelementptr i8, ptr %".3232", i64 %".3231"
  %".3234" = icmp ugt ptr %".3233", %"data_end.159"
  br i1 %".3234", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.161" = phi  ptr [%"data.159", %"udp_d1.header"], [%"data.160", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.159", %"udp_d1.header"], [%"data_end.160", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.159", %"udp_d1.header"], [%"keys.160", %"udp_d1.copy_last_byte_failed.endif"]
  %".3255" = add i64 %"cursor.45", %".3231"
  %".3256" = lshr i32 %"w0_4.8", 16
  %".3257" = trunc i32 %".3256" to i16
  %".3258" = call i16 @"llvm.bswap.i16"(i16 %".3257")
  %".3259" = zext i16 %".3258" to i64
  switch i16 %".3257", label %"udp_d1.unknown" [i16 46354, label %"udp_d1.to_vxlan" i16 49431, label %"udp_d1.to_geneve" i16 49175, label %"udp_d1.to_gue" i16 26632, label %"udp_d1.to_gtpu" i16 24862, label %"udp_d1.to_shim"]  , !prof !4
udp_d1.to_vxlan:
  br label %"vxlan_d1"
vxlan_d1:
  %"cursor.59" = phi  i64 [%".3255", %"udp_d1.to_vxlan"]
  %"data.162" = phi  ptr [%"data.161", %"udp_d1.to_vxlan"]
  %"data_end.162" = phi  ptr [%"data_end.161", %"udp_d1.to_vxlan"]
  %"keys.162" = phi  ptr [%"keys.161", %"udp_d1.to_vxlan"]
  %"hdr.53" = getelementptr i8, ptr %"data.162", i64 %"cursor.59"
  %".4166" = getelementptr i8, ptr %"hdr.53", i64 8
  %".4167" = icmp ugt ptr %".4166", %"data_end.162"
  br i1 %".4167", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.204" = phi  ptr [%"data.162", %"vxlan_d1.linear"], [%"data.203", %"vxlan_d1.copy_failed.endif"]
  %"data_end.204" = phi  ptr [%"data_end.162", %"vxlan_d1.linear"], [%"data_end.203", %"vxlan_d1.copy_failed.endif"]
  %"keys.204" = phi  ptr [%"keys.162", %"vxlan_d1.linear"], [%"keys.203", %"vxlan_d1.copy_failed.endif"]
  %".4187" = add i64 %"cursor.59", 8
  %".4188" = getelementptr i8, ptr %"keys.204", i64 8
  store i8 1, ptr %".4188", align 1
  %".4190" = getelementptr i8, ptr %"keys.204", i64 48
  %"flags.73" = load volatile i32, ptr %".4190", align 4
  %".4191" = and i32 %"flags.73", 4
  %".4192" = icmp ne i32 %".4191", 0
  br i1 %".4192", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
gre_version_d1:
  %"cursor.46" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1540", %"ipv6_d1.to_gre_version"], [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".5472", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".5576", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".6381", %"widening.test.39"]
  %"data.93" = phi  ptr [%"data.91", %"ipv4_d1.to_gre_version"], [%"data.95", %"ipv6_d1.to_gre_version"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.305", %"widening.test.39"]
  %"data_end.93" = phi  ptr [%"data_end.91", %"ipv4_d1.to_gre_version"], [%"data_end.95", %"ipv6_d1.to_gre_version"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.305", %"widening.test.39"]
  %"keys.93" = phi  ptr [%"keys.91", %"ipv4_d1.to_gre_version"], [%"keys.95", %"ipv6_d1.to_gre_version"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.39"]
  %"hdr.40" = getelementptr i8, ptr %"data.93", i64 %"cursor.46"
  %".3270" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3271" = icmp ugt ptr %".3270", %"data_end.93"
  br i1 %".3271", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3273" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3274" = load i8, ptr %".3273", align 1
  %".3275" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3276" = load i8, ptr %".3275", align 1
  %".3277" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3278" = load i16, ptr %".3277", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.13" = phi  i8 [%".3274", %"gre_version_d1.linear"], [%".3297", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3276", %"gre_version_d1.linear"], [%".3299", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".3278", %"gre_version_d1.linear"], [%".3301", %"gre_version_d1.copy_failed.endif"]
  %"data.168" = phi  ptr [%"data.93", %"gre_version_d1.linear"], [%"data.167", %"gre_version_d1.copy_failed.endif"]
  %"data_end.168" = phi  ptr [%"data_end.93", %"gre_version_d1.linear"], [%"data_end.167", %"gre_version_d1.copy_failed.endif"]
  %"keys.168" = phi  ptr [%"keys.93", %"gre_version_d1.linear"], [%"keys.167", %"gre_version_d1.copy_failed.endif"]
  %".3303" = zext i8 %"w0_1.13" to i64
  %".3304" = lshr i64 %".3303", 6
  %".3305" = and i64 %".3304", 1
  %".3306" = icmp ne i64 %".3305", 0
  %".3307" = zext i8 %"w1_1.8" to i64
  %".3308" = and i64 %".3307", 7
  %".3309" = icmp ugt i64 %".3308", 1
  %".3310" = or i1 %".3306", %".3309"
  br i1 %".3310", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".3316" = getelementptr i8, ptr %"keys.168", i64 10
  store i16 %"w2_2.7", ptr %".3316", align 2
  %".3318" = zext i8 %"w1_1.8" to i64
  %".3319" = and i64 %".3318", 7
  switch i64 %".3319", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.64" = phi  i64 [%"cursor.46", %"gre_version_d1.to_gre"]
  %"data.169" = phi  ptr [%"data.168", %"gre_version_d1.to_gre"]
  %"data_end.169" = phi  ptr [%"data_end.168", %"gre_version_d1.to_gre"]
  %"keys.169" = phi  ptr [%"keys.168", %"gre_version_d1.to_gre"]
  %".4562" = add i64 %"cursor.64", 4
  %".4563" = and i8 %"w0_1.13", 176
  %".4564" = icmp eq i8 %".4563", 0
  %".4565" = xor i1 %".4564", -1
  br i1 %".4565", label %"gre_d1.variable", label %"gre_d1.no_variable", !prof !0
gre_d1.no_variable:
  br label %"gre_d1.variable.endif"
gre_d1.variable.endif:
  %"end.9" = phi  i64 [%".4562", %"gre_d1.no_variable"], [%".4604", %"gre_d1.variable_part"]
  %"data.221" = phi  ptr [%"data.169", %"gre_d1.no_variable"], [%"data.220", %"gre_d1.variable_part"]
  %"data_end.221" = phi  ptr [%"data_end.169", %"gre_d1.no_variable"], [%"data_end.220", %"gre_d1.variable_part"]
  %"keys.221" = phi  ptr [%"keys.169", %"gre_d1.no_variable"], [%"keys.220", %"gre_d1.variable_part"]
  %".4606" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".4606", align 1
  %".4608" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.78" = load volatile i32, ptr %".4608", align 4
  %".4609" = and i32 %"flags.78", 4
  %".4610" = icmp ne i32 %".4609", 0
  br i1 %".4610", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
ipv4_d1.stop_at_encap:
  %".1441" = trunc i64 %"end.1" to i16
  %".1442" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1441", ptr %".1442", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1445" = getelementptr i8, ptr %"keys.91", i64 12
  store i32 0, ptr %".1445", align 4
  %".1447" = trunc i64 %"end.1" to i16
  %".1448" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1447", ptr %".1448", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1461" = trunc i64 %"end.1" to i16
  %".1462" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1461", ptr %".1462", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1465" = getelementptr i8, ptr %"keys.91", i64 12
  store i32 0, ptr %".1465", align 4
  %".1467" = trunc i64 %"end.1" to i16
  %".1468" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1467", ptr %".1468", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1487" = trunc i64 %"cursor.23" to i32
  %".1488" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1487", [40 x i8]* %"header_copy", i32 40)
  %".1489" = icmp eq i64 %".1488", 0
  %".1490" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1491" = load i32, ptr %".1490", align 4
  %".1492" = zext i32 %".1491" to i64
  %"data.94" = inttoptr i64 %".1492" to ptr
  %".1493" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1494" = load i32, ptr %".1493", align 4
  %".1495" = zext i32 %".1494" to i64
  %"data_end.94" = inttoptr i64 %".1495" to ptr
  %".1496" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.94" = load ptr, ptr %".1496", align 8
  %".1497" = xor i1 %".1489", -1
  br i1 %".1497", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1499" = trunc i64 %"cursor.23" to i16
  %".1500" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1499", ptr %".1500", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1503" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1504" = load volatile i32, [40 x i8]* %".1503", align 4
  %".1505" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1506" = load volatile i8, [40 x i8]* %".1505", align 1
  %".1507" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1508" = load volatile i64, [40 x i8]* %".1507", align 8
  %".1509" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1510" = load volatile i64, [40 x i8]* %".1509", align 8
  %".1511" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1512" = load volatile i64, [40 x i8]* %".1511", align 8
  %".1513" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1514" = load volatile i64, [40 x i8]* %".1513", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1550" = trunc i64 %".1540" to i16
  %".1551" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1550", ptr %".1551", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1554" = zext i8 %"w6_1.1" to i64
  switch i64 %".1554", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1556" = trunc i64 %".1540" to i16
  %".1557" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1556", ptr %".1557", align 2
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
  %".1573" = trunc i64 34887 to i16
  %".1574" = call i16 @"llvm.bswap.i16"(i16 %".1573")
  %".1575" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1574", ptr %".1575", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1578" = trunc i64 2048 to i16
  %".1579" = call i16 @"llvm.bswap.i16"(i16 %".1578")
  %".1580" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1579", ptr %".1580", align 2
  %".1582" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1582", align 1
  %".1584" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.27" = load volatile i32, ptr %".1584", align 4
  %".1585" = and i32 %"flags.27", 4
  %".1586" = icmp ne i32 %".1585", 0
  br i1 %".1586", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1598" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1598", align 1
  %".1600" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.28" = load volatile i32, ptr %".1600", align 4
  %".1601" = and i32 %"flags.28", 4
  %".1602" = icmp ne i32 %".1601", 0
  br i1 %".1602", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.47" = phi  i64 [%".1540", %"ipv6_d1.to_ipv6_opts"], [%".1540", %"ipv6_d1.to_ipv6_opts.1"], [%".1540", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.96" = phi  ptr [%"data.95", %"ipv6_d1.to_ipv6_opts"], [%"data.95", %"ipv6_d1.to_ipv6_opts.1"], [%"data.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.96" = phi  ptr [%"data_end.95", %"ipv6_d1.to_ipv6_opts"], [%"data_end.95", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.96" = phi  ptr [%"keys.95", %"ipv6_d1.to_ipv6_opts"], [%"keys.95", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.41" = getelementptr i8, ptr %"data.96", i64 %"cursor.47"
  %".3327" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3328" = icmp ugt ptr %".3327", %"data_end.96"
  br i1 %".3328", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3330" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3331" = load i8, ptr %".3330", align 1
  %".3332" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3333" = load i8, ptr %".3332", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.14" = phi  i8 [%".3331", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3352", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3333", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3354", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.172" = phi  ptr [%"data.96", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.172" = phi  ptr [%"data_end.96", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.172" = phi  ptr [%"keys.96", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3356" = getelementptr i8, ptr %"keys.172", i64 9
  store i8 %"w0_1.14", ptr %".3356", align 1
  %".3358" = add i64 %"cursor.47", 2
  %".3359" = zext i8 %"w1_1.9" to i64
  %".3360" = mul i64 %".3359", 8
  %".3361" = add i64 %".3360", 6
  %".3362" = add i64 %".3361", 2
  %".3363" = add i64 %"cursor.47", %".3362"
  %".3364" = zext i8 %"w0_1.14" to i64
  switch i64 %".3364", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.48" = phi  i64 [%".1540", %"ipv6_d1.to_ipv6_frag"]
  %"data.97" = phi  ptr [%"data.95", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.97" = phi  ptr [%"data_end.95", %"ipv6_d1.to_ipv6_frag"]
  %"keys.97" = phi  ptr [%"keys.95", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.42" = getelementptr i8, ptr %"data.97", i64 %"cursor.48"
  %".3424" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3425" = icmp ugt ptr %".3424", %"data_end.97"
  br i1 %".3425", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3427" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3428" = load i8, ptr %".3427", align 1
  %".3429" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3430" = load i16, ptr %".3429", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.15" = phi  i8 [%".3428", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3449", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.8" = phi  i16 [%".3430", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3451", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.176" = phi  ptr [%"data.97", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.97", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.97", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3453" = getelementptr i8, ptr %"keys.176", i64 9
  store i8 %"w0_1.15", ptr %".3453", align 1
  %".3455" = add i64 %"cursor.48", 8
  %".3456" = icmp ne i64 1, 0
  %".3457" = and i16 %"w2_2.8", 63743
  %".3458" = icmp eq i16 %".3457", 0
  br i1 %".3456", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3480" = zext i8 %"w0_1.15" to i64
  switch i64 %".3480", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d1.stop_at_encap:
  %".1588" = trunc i64 %".1540" to i16
  %".1589" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1588", ptr %".1589", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1592" = getelementptr i8, ptr %"keys.95", i64 12
  store i32 0, ptr %".1592", align 4
  %".1594" = trunc i64 %".1540" to i16
  %".1595" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1594", ptr %".1595", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1604" = trunc i64 %".1540" to i16
  %".1605" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1604", ptr %".1605", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1608" = getelementptr i8, ptr %"keys.95", i64 12
  store i32 0, ptr %".1608", align 4
  %".1610" = trunc i64 %".1540" to i16
  %".1611" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1610", ptr %".1611", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1622" = trunc i64 %"cursor.24" to i32
  %".1623" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1622", [40 x i8]* %"header_copy", i32 2)
  %".1624" = icmp eq i64 %".1623", 0
  %".1625" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1626" = load i32, ptr %".1625", align 4
  %".1627" = zext i32 %".1626" to i64
  %"data.98" = inttoptr i64 %".1627" to ptr
  %".1628" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1629" = load i32, ptr %".1628", align 4
  %".1630" = zext i32 %".1629" to i64
  %"data_end.98" = inttoptr i64 %".1630" to ptr
  %".1631" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.98" = load ptr, ptr %".1631", align 8
  %".1632" = xor i1 %".1624", -1
  br i1 %".1632", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1634" = trunc i64 %"cursor.24" to i16
  %".1635" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".1634", ptr %".1635", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1638" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1639" = load volatile i8, [40 x i8]* %".1638", align 1
  %".1640" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1641" = load volatile i8, [40 x i8]* %".1640", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1653" = trunc i64 %".1650" to i16
  %".1654" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1653", ptr %".1654", align 2
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
  %".1670" = trunc i64 34887 to i16
  %".1671" = call i16 @"llvm.bswap.i16"(i16 %".1670")
  %".1672" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1671", ptr %".1672", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1675" = trunc i64 2048 to i16
  %".1676" = call i16 @"llvm.bswap.i16"(i16 %".1675")
  %".1677" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1676", ptr %".1677", align 2
  %".1679" = getelementptr i8, ptr %"keys.99", i64 8
  store i8 1, ptr %".1679", align 1
  %".1681" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.29" = load volatile i32, ptr %".1681", align 4
  %".1682" = and i32 %"flags.29", 4
  %".1683" = icmp ne i32 %".1682", 0
  br i1 %".1683", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1692" = getelementptr i8, ptr %"keys.99", i64 8
  store i8 1, ptr %".1692", align 1
  %".1694" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.30" = load volatile i32, ptr %".1694", align 4
  %".1695" = and i32 %"flags.30", 4
  %".1696" = icmp ne i32 %".1695", 0
  br i1 %".1696", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.49" = phi  i64 [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".6018", %"widening.test.6"]
  %"data.100" = phi  ptr [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.272", %"widening.test.6"]
  %"data_end.100" = phi  ptr [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.272", %"widening.test.6"]
  %"keys.100" = phi  ptr [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.43" = getelementptr i8, ptr %"data.100", i64 %"cursor.49"
  %".3540" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3541" = icmp ugt ptr %".3540", %"data_end.100"
  br i1 %".3541", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3543" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3544" = load i8, ptr %".3543", align 1
  %".3545" = getelementptr i8, ptr %"hdr.43", i64 1
  %".3546" = load i8, ptr %".3545", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.16" = phi  i8 [%".3544", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3565", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3546", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3567", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.178" = phi  ptr [%"data.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.178" = phi  ptr [%"data_end.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.178" = phi  ptr [%"keys.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3569" = getelementptr i8, ptr %"keys.178", i64 9
  store i8 %"w0_1.16", ptr %".3569", align 1
  %".3571" = add i64 %"cursor.49", 2
  %".3572" = zext i8 %"w1_1.10" to i64
  %".3573" = mul i64 %".3572", 8
  %".3574" = add i64 %".3573", 6
  %".3575" = add i64 %".3574", 2
  %".3576" = add i64 %"cursor.49", %".3575"
  %".3577" = zext i8 %"w0_1.16" to i64
  switch i64 %".3577", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.50" = phi  i64 [%".1650", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1736", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".6007", %"widening.test.5"]
  %"data.101" = phi  ptr [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.271", %"widening.test.5"]
  %"data_end.101" = phi  ptr [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.271", %"widening.test.5"]
  %"keys.101" = phi  ptr [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.44" = getelementptr i8, ptr %"data.101", i64 %"cursor.50"
  %".3631" = getelementptr i8, ptr %"hdr.44", i64 8
  %".3632" = icmp ugt ptr %".3631", %"data_end.101"
  br i1 %".3632", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3634" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3635" = load i8, ptr %".3634", align 1
  %".3636" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3637" = load i16, ptr %".3636", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".3635", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3656", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".3637", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3658", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.182" = phi  ptr [%"data.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.182" = phi  ptr [%"data_end.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.182" = phi  ptr [%"keys.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3660" = getelementptr i8, ptr %"keys.182", i64 9
  store i8 %"w0_1.17", ptr %".3660", align 1
  %".3662" = add i64 %"cursor.50", 8
  %".3663" = icmp ne i64 1, 0
  %".3664" = and i16 %"w2_2.9", 63743
  %".3665" = icmp eq i16 %".3664", 0
  br i1 %".3663", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3687" = zext i8 %"w0_1.17" to i64
  switch i64 %".3687", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1685" = trunc i64 %".1650" to i16
  %".1686" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1685", ptr %".1686", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1689" = getelementptr i8, ptr %"keys.99", i64 12
  store i32 0, ptr %".1689", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1698" = trunc i64 %".1650" to i16
  %".1699" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1698", ptr %".1699", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1702" = getelementptr i8, ptr %"keys.99", i64 12
  store i32 0, ptr %".1702", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1713" = trunc i64 %"cursor.25" to i32
  %".1714" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1713", [40 x i8]* %"header_copy", i32 8)
  %".1715" = icmp eq i64 %".1714", 0
  %".1716" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1717" = load i32, ptr %".1716", align 4
  %".1718" = zext i32 %".1717" to i64
  %"data.102" = inttoptr i64 %".1718" to ptr
  %".1719" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1720" = load i32, ptr %".1719", align 4
  %".1721" = zext i32 %".1720" to i64
  %"data_end.102" = inttoptr i64 %".1721" to ptr
  %".1722" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.102" = load ptr, ptr %".1722", align 8
  %".1723" = xor i1 %".1715", -1
  br i1 %".1723", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1725" = trunc i64 %"cursor.25" to i16
  %".1726" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".1725", ptr %".1726", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1729" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1730" = load volatile i8, [40 x i8]* %".1729", align 1
  %".1731" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1732" = load volatile i16, [40 x i8]* %".1731", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1741" = getelementptr i8, ptr %"keys.103", i64 6
  store i8 1, ptr %".1741", align 1
  br i1 %".1739", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1744" = getelementptr i8, ptr %"keys.103", i64 7
  store i8 1, ptr %".1744", align 1
  %".1746" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.31" = load volatile i32, ptr %".1746", align 4
  %".1747" = and i32 %"flags.31", 1
  %".1748" = icmp ne i32 %".1747", 0
  %".1749" = xor i1 %".1748", -1
  br i1 %".1749", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1756" = trunc i64 %".1736" to i16
  %".1757" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1756", ptr %".1757", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1751" = trunc i64 %".1736" to i16
  %".1752" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1751", ptr %".1752", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1763" = trunc i64 %".1736" to i16
  %".1764" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1763", ptr %".1764", align 2
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
  %".1780" = trunc i64 34887 to i16
  %".1781" = call i16 @"llvm.bswap.i16"(i16 %".1780")
  %".1782" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".1781", ptr %".1782", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1785" = trunc i64 2048 to i16
  %".1786" = call i16 @"llvm.bswap.i16"(i16 %".1785")
  %".1787" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".1786", ptr %".1787", align 2
  %".1789" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".1789", align 1
  %".1791" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.32" = load volatile i32, ptr %".1791", align 4
  %".1792" = and i32 %"flags.32", 4
  %".1793" = icmp ne i32 %".1792", 0
  br i1 %".1793", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1802" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".1802", align 1
  %".1804" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.33" = load volatile i32, ptr %".1804", align 4
  %".1805" = and i32 %"flags.33", 4
  %".1806" = icmp ne i32 %".1805", 0
  br i1 %".1806", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1795" = trunc i64 %".1736" to i16
  %".1796" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1795", ptr %".1796", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".1799" = getelementptr i8, ptr %"keys.103", i64 12
  store i32 0, ptr %".1799", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1808" = trunc i64 %".1736" to i16
  %".1809" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1808", ptr %".1809", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1812" = getelementptr i8, ptr %"keys.103", i64 12
  store i32 0, ptr %".1812", align 4
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1819" = trunc i64 %"cursor.26" to i32
  %".1820" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1819", [40 x i8]* %"header_copy", i32 4)
  %".1821" = icmp eq i64 %".1820", 0
  %".1822" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1823" = load i32, ptr %".1822", align 4
  %".1824" = zext i32 %".1823" to i64
  %"data.104" = inttoptr i64 %".1824" to ptr
  %".1825" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1826" = load i32, ptr %".1825", align 4
  %".1827" = zext i32 %".1826" to i64
  %"data_end.104" = inttoptr i64 %".1827" to ptr
  %".1828" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.104" = load ptr, ptr %".1828", align 8
  %".1829" = xor i1 %".1821", -1
  br i1 %".1829", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1831" = trunc i64 %"cursor.26" to i16
  %".1832" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".1831", ptr %".1832", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1847" = trunc i64 %"cursor.27" to i32
  %".1848" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1847", [40 x i8]* %"header_copy", i32 4)
  %".1849" = icmp eq i64 %".1848", 0
  %".1850" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1851" = load i32, ptr %".1850", align 4
  %".1852" = zext i32 %".1851" to i64
  %"data.106" = inttoptr i64 %".1852" to ptr
  %".1853" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1854" = load i32, ptr %".1853", align 4
  %".1855" = zext i32 %".1854" to i64
  %"data_end.106" = inttoptr i64 %".1855" to ptr
  %".1856" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.106" = load ptr, ptr %".1856", align 8
  %".1857" = xor i1 %".1849", -1
  br i1 %".1857", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1859" = trunc i64 %"cursor.27" to i16
  %".1860" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".1859", ptr %".1860", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1863" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1864" = load volatile i16, [40 x i8]* %".1863", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1875" = trunc i64 %".1868" to i16
  %".1876" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1875", ptr %".1876", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1881" = trunc i64 %".1868" to i16
  %".1882" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1881", ptr %".1882", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1885" = trunc i64 %".1868" to i16
  %".1886" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1885", ptr %".1886", align 2
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
  %".1898" = trunc i64 %".1868" to i16
  %".1899" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1898", ptr %".1899", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".1902" = trunc i64 %".1868" to i16
  %".1903" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1902", ptr %".1903", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1913" = trunc i64 %"cursor.28" to i32
  %".1914" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1913", [40 x i8]* %"header_copy", i32 6)
  %".1915" = icmp eq i64 %".1914", 0
  %".1916" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1917" = load i32, ptr %".1916", align 4
  %".1918" = zext i32 %".1917" to i64
  %"data.108" = inttoptr i64 %".1918" to ptr
  %".1919" = getelementptr i8, ptr %"ctx.28", i64 80
  %".1920" = load i32, ptr %".1919", align 4
  %".1921" = zext i32 %".1920" to i64
  %"data_end.108" = inttoptr i64 %".1921" to ptr
  %".1922" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.108" = load ptr, ptr %".1922", align 8
  %".1923" = xor i1 %".1915", -1
  br i1 %".1923", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".1925" = trunc i64 %"cursor.28" to i16
  %".1926" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".1925", ptr %".1926", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".1929" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1930" = load volatile i16, [40 x i8]* %".1929", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".1941" = trunc i64 %".1934" to i16
  %".1942" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".1941", ptr %".1942", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".1947" = trunc i64 %".1934" to i16
  %".1948" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".1947", ptr %".1948", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".1951" = trunc i64 %".1934" to i16
  %".1952" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".1951", ptr %".1952", align 2
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
  %".1964" = trunc i64 %".1934" to i16
  %".1965" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".1964", ptr %".1965", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".1968" = trunc i64 %".1934" to i16
  %".1969" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".1968", ptr %".1969", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
mpls_d0_mpls_labels2.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1980" = trunc i64 %"cursor.29" to i32
  %".1981" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".1980", [40 x i8]* %"header_copy", i32 4)
  %".1982" = icmp eq i64 %".1981", 0
  %".1983" = getelementptr i8, ptr %"ctx.29", i64 76
  %".1984" = load i32, ptr %".1983", align 4
  %".1985" = zext i32 %".1984" to i64
  %"data.110" = inttoptr i64 %".1985" to ptr
  %".1986" = getelementptr i8, ptr %"ctx.29", i64 80
  %".1987" = load i32, ptr %".1986", align 4
  %".1988" = zext i32 %".1987" to i64
  %"data_end.110" = inttoptr i64 %".1988" to ptr
  %".1989" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.110" = load ptr, ptr %".1989", align 8
  %".1990" = xor i1 %".1982", -1
  br i1 %".1990", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".1992" = trunc i64 %".1973" to i16
  %".1993" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".1992", ptr %".1993", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".1996" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1997" = load volatile i8, [40 x i8]* %".1996", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2003" = trunc i64 %".1999" to i16
  %".2004" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2003", ptr %".2004", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_ip_version:
  %".2008" = getelementptr i8, ptr %"keys.111", i64 8
  store i8 1, ptr %".2008", align 1
  %".2010" = getelementptr i8, ptr %"keys.111", i64 48
  %"flags.34" = load volatile i32, ptr %".2010", align 4
  %".2011" = and i32 %"flags.34", 4
  %".2012" = icmp ne i32 %".2011", 0
  br i1 %".2012", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels2.stop_at_encap:
  %".2014" = trunc i64 %".1999" to i16
  %".2015" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2014", ptr %".2015", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2018" = getelementptr i8, ptr %"keys.111", i64 12
  store i32 0, ptr %".2018", align 4
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2027" = trunc i64 %"cursor.30" to i32
  %".2028" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2027", [40 x i8]* %"header_copy", i32 1)
  %".2029" = icmp eq i64 %".2028", 0
  %".2030" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2031" = load i32, ptr %".2030", align 4
  %".2032" = zext i32 %".2031" to i64
  %"data.113" = inttoptr i64 %".2032" to ptr
  %".2033" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2034" = load i32, ptr %".2033", align 4
  %".2035" = zext i32 %".2034" to i64
  %"data_end.113" = inttoptr i64 %".2035" to ptr
  %".2036" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.113" = load ptr, ptr %".2036", align 8
  %".2037" = xor i1 %".2029", -1
  br i1 %".2037", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2039" = trunc i64 %"cursor.30" to i16
  %".2040" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2039", ptr %".2040", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2043" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2044" = load volatile i8, [40 x i8]* %".2043", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2050" = trunc i64 %"cursor.30" to i16
  %".2051" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2050", ptr %".2051", align 2
  br label %"return"
ip_version_d1.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2067" = trunc i64 %"cursor.32" to i32
  %".2068" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2067", [40 x i8]* %"header_copy", i32 4)
  %".2069" = icmp eq i64 %".2068", 0
  %".2070" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2071" = load i32, ptr %".2070", align 4
  %".2072" = zext i32 %".2071" to i64
  %"data.115" = inttoptr i64 %".2072" to ptr
  %".2073" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2074" = load i32, ptr %".2073", align 4
  %".2075" = zext i32 %".2074" to i64
  %"data_end.115" = inttoptr i64 %".2075" to ptr
  %".2076" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.115" = load ptr, ptr %".2076", align 8
  %".2077" = xor i1 %".2069", -1
  br i1 %".2077", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2079" = trunc i64 %"cursor.32" to i16
  %".2080" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2079", ptr %".2080", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2083" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2084" = load volatile i16, [40 x i8]* %".2083", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2095" = trunc i64 %".2088" to i16
  %".2096" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2095", ptr %".2096", align 2
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
  %"cursor.52" = phi  i64 [%".2088", %"vlan_d1_vlan_tags1.to_vlan"], [%".2088", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2278", %"hsr_d1_vlan_tags1.to_vlan"], [%".2278", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".6150", %"widening.test.18"]
  %"data.117" = phi  ptr [%"data.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.284", %"widening.test.18"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.284", %"widening.test.18"]
  %"keys.117" = phi  ptr [%"keys.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.18"]
  %"hdr.46" = getelementptr i8, ptr %"data.117", i64 %"cursor.52"
  %".3789" = getelementptr i8, ptr %"hdr.46", i64 4
  %".3790" = icmp ugt ptr %".3789", %"data_end.117"
  br i1 %".3790", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3792" = getelementptr i8, ptr %"hdr.46", i64 2
  %".3793" = load i16, ptr %".3792", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.10" = phi  i16 [%".3793", %"vlan_d1_vlan_tags2.linear"], [%".3812", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.187" = phi  ptr [%"data.117", %"vlan_d1_vlan_tags2.linear"], [%"data.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.187" = phi  ptr [%"data_end.117", %"vlan_d1_vlan_tags2.linear"], [%"data_end.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.187" = phi  ptr [%"keys.117", %"vlan_d1_vlan_tags2.linear"], [%"keys.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3814" = getelementptr i8, ptr %"keys.187", i64 10
  store i16 %"w2_2.10", ptr %".3814", align 2
  %".3816" = add i64 %"cursor.52", 4
  %".3817" = trunc i64 %".3816" to i16
  %".3818" = getelementptr i8, ptr %"keys.187", i64 0
  store i16 %".3817", ptr %".3818", align 2
  %".3820" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3821" = zext i16 %".3820" to i64
  switch i16 %"w2_2.10", label %"vlan_d1_vlan_tags2.unknown" [i16 8, label %"vlan_d1_vlan_tags2.to_ipv4" i16 56710, label %"vlan_d1_vlan_tags2.to_ipv6" i16 129, label %"vlan_d1_vlan_tags2.to_vlan" i16 43144, label %"vlan_d1_vlan_tags2.to_vlan.1" i16 18312, label %"vlan_d1_vlan_tags2.to_mpls" i16 18568, label %"vlan_d1_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags2.to_arp" i16 13696, label %"vlan_d1_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags2.to_ptp" i16 649, label %"vlan_d1_vlan_tags2.to_cfm" i16 51848, label %"vlan_d1_vlan_tags2.to_tipc" i16 1673, label %"vlan_d1_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags2.to_hsr" i16 64392, label %"vlan_d1_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.53" = phi  i64 [%".2088", %"vlan_d1_vlan_tags1.to_hsr"], [%".2088", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2278", %"hsr_d1_vlan_tags1.to_hsr"], [%".2278", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".6139", %"widening.test.17"]
  %"data.118" = phi  ptr [%"data.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.283", %"widening.test.17"]
  %"data_end.118" = phi  ptr [%"data_end.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.283", %"widening.test.17"]
  %"keys.118" = phi  ptr [%"keys.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.17"]
  %"hdr.47" = getelementptr i8, ptr %"data.118", i64 %"cursor.53"
  %".3855" = getelementptr i8, ptr %"hdr.47", i64 6
  %".3856" = icmp ugt ptr %".3855", %"data_end.118"
  br i1 %".3856", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3858" = getelementptr i8, ptr %"hdr.47", i64 4
  %".3859" = load i16, ptr %".3858", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3859", %"hsr_d1_vlan_tags2.linear"], [%".3878", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.189" = phi  ptr [%"data.118", %"hsr_d1_vlan_tags2.linear"], [%"data.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.189" = phi  ptr [%"data_end.118", %"hsr_d1_vlan_tags2.linear"], [%"data_end.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.189" = phi  ptr [%"keys.118", %"hsr_d1_vlan_tags2.linear"], [%"keys.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3880" = getelementptr i8, ptr %"keys.189", i64 10
  store i16 %"w4_2.3", ptr %".3880", align 2
  %".3882" = add i64 %"cursor.53", 6
  %".3883" = trunc i64 %".3882" to i16
  %".3884" = getelementptr i8, ptr %"keys.189", i64 0
  store i16 %".3883", ptr %".3884", align 2
  %".3886" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3887" = zext i16 %".3886" to i64
  switch i16 %"w4_2.3", label %"hsr_d1_vlan_tags2.unknown" [i16 8, label %"hsr_d1_vlan_tags2.to_ipv4" i16 56710, label %"hsr_d1_vlan_tags2.to_ipv6" i16 129, label %"hsr_d1_vlan_tags2.to_vlan" i16 43144, label %"hsr_d1_vlan_tags2.to_vlan.1" i16 18312, label %"hsr_d1_vlan_tags2.to_mpls" i16 18568, label %"hsr_d1_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags2.to_arp" i16 13696, label %"hsr_d1_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags2.to_ptp" i16 649, label %"hsr_d1_vlan_tags2.to_cfm" i16 51848, label %"hsr_d1_vlan_tags2.to_tipc" i16 1673, label %"hsr_d1_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags2.to_hsr" i16 64392, label %"hsr_d1_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
mpls_d1_mpls_labels1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2122" = trunc i64 %"cursor.33" to i32
  %".2123" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2122", [40 x i8]* %"header_copy", i32 4)
  %".2124" = icmp eq i64 %".2123", 0
  %".2125" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2126" = load i32, ptr %".2125", align 4
  %".2127" = zext i32 %".2126" to i64
  %"data.119" = inttoptr i64 %".2127" to ptr
  %".2128" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2129" = load i32, ptr %".2128", align 4
  %".2130" = zext i32 %".2129" to i64
  %"data_end.119" = inttoptr i64 %".2130" to ptr
  %".2131" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.119" = load ptr, ptr %".2131", align 8
  %".2132" = xor i1 %".2124", -1
  br i1 %".2132", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2134" = trunc i64 %".2115" to i16
  %".2135" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2134", ptr %".2135", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2138" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2139" = load volatile i8, [40 x i8]* %".2138", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2145" = trunc i64 %".2141" to i16
  %".2146" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2145", ptr %".2146", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_ip_version:
  %".2150" = getelementptr i8, ptr %"keys.120", i64 8
  store i8 1, ptr %".2150", align 1
  %".2152" = getelementptr i8, ptr %"keys.120", i64 48
  %"flags.35" = load volatile i32, ptr %".2152", align 4
  %".2153" = and i32 %"flags.35", 4
  %".2154" = icmp ne i32 %".2153", 0
  br i1 %".2154", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels1.stop_at_encap:
  %".2156" = trunc i64 %".2141" to i16
  %".2157" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2156", ptr %".2157", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2160" = getelementptr i8, ptr %"keys.120", i64 12
  store i32 0, ptr %".2160", align 4
  %".2162" = trunc i64 %".2141" to i16
  %".2163" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2162", ptr %".2163", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2176" = trunc i64 %"cursor.34" to i32
  %".2177" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2176", [40 x i8]* %"header_copy", i32 8)
  %".2178" = icmp eq i64 %".2177", 0
  %".2179" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2180" = load i32, ptr %".2179", align 4
  %".2181" = zext i32 %".2180" to i64
  %"data.122" = inttoptr i64 %".2181" to ptr
  %".2182" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2183" = load i32, ptr %".2182", align 4
  %".2184" = zext i32 %".2183" to i64
  %"data_end.122" = inttoptr i64 %".2184" to ptr
  %".2185" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.122" = load ptr, ptr %".2185", align 8
  %".2186" = xor i1 %".2178", -1
  br i1 %".2186", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2188" = trunc i64 %"cursor.34" to i16
  %".2189" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2188", ptr %".2189", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2192" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2193" = load volatile i8, [40 x i8]* %".2192", align 1
  %".2194" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2195" = load volatile i8, [40 x i8]* %".2194", align 1
  %".2196" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2197" = load volatile i16, [40 x i8]* %".2196", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2212" = trunc i64 %"cursor.34" to i16
  %".2213" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2212", ptr %".2213", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2216" = add i64 %"cursor.34", 8
  %".2217" = trunc i64 %".2216" to i16
  %".2218" = getelementptr i8, ptr %"keys.123", i64 0
  store i16 %".2217", ptr %".2218", align 2
  %".2220" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2221" = zext i16 %".2220" to i64
  switch i16 %"w6_2.3", label %"pppoe_d1.unknown" [i16 8448, label %"pppoe_d1.to_ipv4" i16 22272, label %"pppoe_d1.to_ipv6" i16 33026, label %"pppoe_d1.to_mpls" i16 33538, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.to_ipv4:
  %".2230" = trunc i64 2048 to i16
  %".2231" = call i16 @"llvm.bswap.i16"(i16 %".2230")
  %".2232" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2231", ptr %".2232", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2223" = and i64 %".2221", 257
  %".2224" = icmp eq i64 %".2223", 1
  br i1 %".2224", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv6:
  %".2235" = trunc i64 34525 to i16
  %".2236" = call i16 @"llvm.bswap.i16"(i16 %".2235")
  %".2237" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2236", ptr %".2237", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2240" = trunc i64 34887 to i16
  %".2241" = call i16 @"llvm.bswap.i16"(i16 %".2240")
  %".2242" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2241", ptr %".2242", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2245" = trunc i64 34888 to i16
  %".2246" = call i16 @"llvm.bswap.i16"(i16 %".2245")
  %".2247" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2246", ptr %".2247", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2226" = trunc i64 %".2216" to i16
  %".2227" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2226", ptr %".2227", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2257" = trunc i64 %"cursor.35" to i32
  %".2258" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2257", [40 x i8]* %"header_copy", i32 6)
  %".2259" = icmp eq i64 %".2258", 0
  %".2260" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2261" = load i32, ptr %".2260", align 4
  %".2262" = zext i32 %".2261" to i64
  %"data.124" = inttoptr i64 %".2262" to ptr
  %".2263" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2264" = load i32, ptr %".2263", align 4
  %".2265" = zext i32 %".2264" to i64
  %"data_end.124" = inttoptr i64 %".2265" to ptr
  %".2266" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.124" = load ptr, ptr %".2266", align 8
  %".2267" = xor i1 %".2259", -1
  br i1 %".2267", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2269" = trunc i64 %"cursor.35" to i16
  %".2270" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2269", ptr %".2270", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2273" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2274" = load volatile i16, [40 x i8]* %".2273", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2285" = trunc i64 %".2278" to i16
  %".2286" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2285", ptr %".2286", align 2
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
  %".2315" = trunc i64 %"cursor.36" to i32
  %".2316" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2315", [40 x i8]* %"header_copy", i32 24)
  %".2317" = icmp eq i64 %".2316", 0
  %".2318" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2319" = load i32, ptr %".2318", align 4
  %".2320" = zext i32 %".2319" to i64
  %"data.126" = inttoptr i64 %".2320" to ptr
  %".2321" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2322" = load i32, ptr %".2321", align 4
  %".2323" = zext i32 %".2322" to i64
  %"data_end.126" = inttoptr i64 %".2323" to ptr
  %".2324" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.126" = load ptr, ptr %".2324", align 8
  %".2325" = xor i1 %".2317", -1
  br i1 %".2325", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2327" = trunc i64 %"cursor.36" to i16
  %".2328" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2327", ptr %".2328", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2331" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2332" = load volatile i8, [40 x i8]* %".2331", align 1
  %".2333" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2334" = load volatile i8, [40 x i8]* %".2333", align 1
  %".2335" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2336" = load volatile i16, [40 x i8]* %".2335", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2345" = trunc i64 %"cursor.36" to i16
  %".2346" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2345", ptr %".2346", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2349" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %"w22_2.1", ptr %".2349", align 2
  %".2351" = add i64 %"cursor.36", 24
  %".2352" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2353" = zext i16 %".2352" to i64
  switch i16 %"w22_2.1", label %"batadv_d1.unknown" [i16 8, label %"batadv_d1.to_ipv4" i16 56710, label %"batadv_d1.to_ipv6" i16 129, label %"batadv_d1.to_vlan" i16 43144, label %"batadv_d1.to_vlan.1" i16 18312, label %"batadv_d1.to_mpls" i16 18568, label %"batadv_d1.to_mpls.1" i16 25736, label %"batadv_d1.to_pppoe" i16 1544, label %"batadv_d1.to_arp" i16 13696, label %"batadv_d1.to_arp.1" i16 63368, label %"batadv_d1.to_ptp" i16 649, label %"batadv_d1.to_cfm" i16 51848, label %"batadv_d1.to_tipc" i16 1673, label %"batadv_d1.to_fcoe" i16 12169, label %"batadv_d1.to_hsr" i16 64392, label %"batadv_d1.to_hsr.1" i16 1347, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.to_ipv4:
  %".2359" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2359", align 1
  %".2361" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.36" = load volatile i32, ptr %".2361", align 4
  %".2362" = and i32 %"flags.36", 4
  %".2363" = icmp ne i32 %".2362", 0
  br i1 %".2363", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.unknown:
  %".2355" = trunc i64 %".2351" to i16
  %".2356" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2355", ptr %".2356", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2375" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2375", align 1
  %".2377" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.37" = load volatile i32, ptr %".2377", align 4
  %".2378" = and i32 %"flags.37", 4
  %".2379" = icmp ne i32 %".2378", 0
  br i1 %".2379", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2391" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2391", align 1
  %".2393" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.38" = load volatile i32, ptr %".2393", align 4
  %".2394" = and i32 %"flags.38", 4
  %".2395" = icmp ne i32 %".2394", 0
  br i1 %".2395", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2407" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2407", align 1
  %".2409" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.39" = load volatile i32, ptr %".2409", align 4
  %".2410" = and i32 %"flags.39", 4
  %".2411" = icmp ne i32 %".2410", 0
  br i1 %".2411", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2423" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2423", align 1
  %".2425" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.40" = load volatile i32, ptr %".2425", align 4
  %".2426" = and i32 %"flags.40", 4
  %".2427" = icmp ne i32 %".2426", 0
  br i1 %".2427", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2439" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2439", align 1
  %".2441" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.41" = load volatile i32, ptr %".2441", align 4
  %".2442" = and i32 %"flags.41", 4
  %".2443" = icmp ne i32 %".2442", 0
  br i1 %".2443", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2455" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2455", align 1
  %".2457" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.42" = load volatile i32, ptr %".2457", align 4
  %".2458" = and i32 %"flags.42", 4
  %".2459" = icmp ne i32 %".2458", 0
  br i1 %".2459", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2471" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2471", align 1
  %".2473" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.43" = load volatile i32, ptr %".2473", align 4
  %".2474" = and i32 %"flags.43", 4
  %".2475" = icmp ne i32 %".2474", 0
  br i1 %".2475", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2487" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2487", align 1
  %".2489" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.44" = load volatile i32, ptr %".2489", align 4
  %".2490" = and i32 %"flags.44", 4
  %".2491" = icmp ne i32 %".2490", 0
  br i1 %".2491", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2503" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2503", align 1
  %".2505" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.45" = load volatile i32, ptr %".2505", align 4
  %".2506" = and i32 %"flags.45", 4
  %".2507" = icmp ne i32 %".2506", 0
  br i1 %".2507", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2519" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2519", align 1
  %".2521" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.46" = load volatile i32, ptr %".2521", align 4
  %".2522" = and i32 %"flags.46", 4
  %".2523" = icmp ne i32 %".2522", 0
  br i1 %".2523", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2535" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2535", align 1
  %".2537" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.47" = load volatile i32, ptr %".2537", align 4
  %".2538" = and i32 %"flags.47", 4
  %".2539" = icmp ne i32 %".2538", 0
  br i1 %".2539", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2551" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2551", align 1
  %".2553" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.48" = load volatile i32, ptr %".2553", align 4
  %".2554" = and i32 %"flags.48", 4
  %".2555" = icmp ne i32 %".2554", 0
  br i1 %".2555", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2567" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2567", align 1
  %".2569" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.49" = load volatile i32, ptr %".2569", align 4
  %".2570" = and i32 %"flags.49", 4
  %".2571" = icmp ne i32 %".2570", 0
  br i1 %".2571", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2583" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2583", align 1
  %".2585" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.50" = load volatile i32, ptr %".2585", align 4
  %".2586" = and i32 %"flags.50", 4
  %".2587" = icmp ne i32 %".2586", 0
  br i1 %".2587", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2599" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2599", align 1
  %".2601" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.51" = load volatile i32, ptr %".2601", align 4
  %".2602" = and i32 %"flags.51", 4
  %".2603" = icmp ne i32 %".2602", 0
  br i1 %".2603", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2365" = trunc i64 %".2351" to i16
  %".2366" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2365", ptr %".2366", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2369" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2369", align 4
  %".2371" = trunc i64 %".2351" to i16
  %".2372" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2371", ptr %".2372", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2381" = trunc i64 %".2351" to i16
  %".2382" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2381", ptr %".2382", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2385" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2385", align 4
  %".2387" = trunc i64 %".2351" to i16
  %".2388" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2387", ptr %".2388", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2397" = trunc i64 %".2351" to i16
  %".2398" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2397", ptr %".2398", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2401" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2401", align 4
  %".2403" = trunc i64 %".2351" to i16
  %".2404" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2403", ptr %".2404", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2413" = trunc i64 %".2351" to i16
  %".2414" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2413", ptr %".2414", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2417" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2417", align 4
  %".2419" = trunc i64 %".2351" to i16
  %".2420" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2419", ptr %".2420", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2429" = trunc i64 %".2351" to i16
  %".2430" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2429", ptr %".2430", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2433" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2433", align 4
  %".2435" = trunc i64 %".2351" to i16
  %".2436" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2435", ptr %".2436", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2445" = trunc i64 %".2351" to i16
  %".2446" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2445", ptr %".2446", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2449" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2449", align 4
  %".2451" = trunc i64 %".2351" to i16
  %".2452" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2451", ptr %".2452", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2461" = trunc i64 %".2351" to i16
  %".2462" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2461", ptr %".2462", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2465" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2465", align 4
  %".2467" = trunc i64 %".2351" to i16
  %".2468" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2467", ptr %".2468", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2477" = trunc i64 %".2351" to i16
  %".2478" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2477", ptr %".2478", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2481" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2481", align 4
  %".2483" = trunc i64 %".2351" to i16
  %".2484" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2483", ptr %".2484", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2493" = trunc i64 %".2351" to i16
  %".2494" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2493", ptr %".2494", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2497" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2497", align 4
  %".2499" = trunc i64 %".2351" to i16
  %".2500" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2499", ptr %".2500", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2509" = trunc i64 %".2351" to i16
  %".2510" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2509", ptr %".2510", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2513" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2513", align 4
  %".2515" = trunc i64 %".2351" to i16
  %".2516" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2515", ptr %".2516", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2525" = trunc i64 %".2351" to i16
  %".2526" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2525", ptr %".2526", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2529" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2529", align 4
  %".2531" = trunc i64 %".2351" to i16
  %".2532" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2531", ptr %".2532", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2541" = trunc i64 %".2351" to i16
  %".2542" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2541", ptr %".2542", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2545" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2545", align 4
  %".2547" = trunc i64 %".2351" to i16
  %".2548" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2547", ptr %".2548", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2557" = trunc i64 %".2351" to i16
  %".2558" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2557", ptr %".2558", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2561" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2561", align 4
  %".2563" = trunc i64 %".2351" to i16
  %".2564" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2563", ptr %".2564", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2573" = trunc i64 %".2351" to i16
  %".2574" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2573", ptr %".2574", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2577" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2577", align 4
  %".2579" = trunc i64 %".2351" to i16
  %".2580" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2579", ptr %".2580", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2589" = trunc i64 %".2351" to i16
  %".2590" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2589", ptr %".2590", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2593" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2593", align 4
  %".2595" = trunc i64 %".2351" to i16
  %".2596" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2595", ptr %".2596", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2605" = trunc i64 %".2351" to i16
  %".2606" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2605", ptr %".2606", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2609" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2609", align 4
  %".2611" = trunc i64 %".2351" to i16
  %".2612" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2611", ptr %".2612", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2621" = trunc i64 %"cursor.37" to i32
  %".2622" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2621", [40 x i8]* %"header_copy", i32 20)
  %".2623" = icmp eq i64 %".2622", 0
  %".2624" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2625" = load i32, ptr %".2624", align 4
  %".2626" = zext i32 %".2625" to i64
  %"data.128" = inttoptr i64 %".2626" to ptr
  %".2627" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2628" = load i32, ptr %".2627", align 4
  %".2629" = zext i32 %".2628" to i64
  %"data_end.128" = inttoptr i64 %".2629" to ptr
  %".2630" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.128" = load ptr, ptr %".2630", align 8
  %".2631" = xor i1 %".2623", -1
  br i1 %".2631", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2633" = trunc i64 %"cursor.37" to i16
  %".2634" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2633", ptr %".2634", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2637" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2638" = load volatile i8, [40 x i8]* %".2637", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2646" = trunc i64 %"cursor.37" to i16
  %".2647" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".2646", ptr %".2647", align 2
  br label %"return"
tcp_header.require.endif:
  %".2650" = add i64 %"cursor.37", 20
  %".2651" = zext i8 %"w12_1" to i64
  %".2652" = lshr i64 %".2651", 4
  %".2653" = and i64 %".2652", 15
  %".2654" = icmp eq i64 %".2653", 5
  %".2655" = xor i1 %".2654", -1
  br i1 %".2655", label %"tcp_header.variable", label %"tcp_header.no_variable", !prof !0
tcp_header.no_variable:
  br label %"tcp_header.variable.endif"
tcp_header.variable.endif:
  %"end.2" = phi  i64 [%".2650", %"tcp_header.no_variable"], [%".2687", %"tcp_header.variable_part"]
  %"data.132" = phi  ptr [%"data.129", %"tcp_header.no_variable"], [%"data.131", %"tcp_header.variable_part"]
  %"data_end.132" = phi  ptr [%"data_end.129", %"tcp_header.no_variable"], [%"data_end.131", %"tcp_header.variable_part"]
  %"keys.132" = phi  ptr [%"keys.129", %"tcp_header.no_variable"], [%"keys.131", %"tcp_header.variable_part"]
  %".2689" = trunc i64 %"cursor.37" to i16
  %".2690" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2689", ptr %".2690", align 2
  br label %"return"
tcp_header.variable:
  %".2658" = zext i8 %"w12_1" to i64
  %".2659" = lshr i64 %".2658", 4
  %".2660" = and i64 %".2659", 15
  %".2661" = mul i64 %".2660", 4
  %".2662" = sub i64 %".2661", 20
  %".2663" = add i64 %".2662", 20
  %".2664" = getelementptr i8, ptr %"data.129", i64 %"cursor.37"
  %".2665" = getelementptr i8, ptr %".2664", i64 %".2663"
  %".2666" = icmp ugt ptr %".2665", %"data_end.129"
  br i1 %".2666", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.131" = phi  ptr [%"data.129", %"tcp_header.variable"], [%"data.130", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.129", %"tcp_header.variable"], [%"data_end.130", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.129", %"tcp_header.variable"], [%"keys.130", %"tcp_header.copy_last_byte_failed.endif"]
  %".2687" = add i64 %"cursor.37", %".2663"
  br label %"tcp_header.variable.endif"
tcp_header.copy_last_byte:
  %".2668" = add i64 %"cursor.37", %".2663"
  %".2669" = sub i64 %".2668", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2670" = trunc i64 %".2669" to i32
  %".2671" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2670", i64* %"last_byte", i32 1)
  %".2672" = icmp eq i64 %".2671", 0
  %".2673" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2674" = load i32, ptr %".2673", align 4
  %".2675" = zext i32 %".2674" to i64
  %"data.130" = inttoptr i64 %".2675" to ptr
  %".2676" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2677" = load i32, ptr %".2676", align 4
  %".2678" = zext i32 %".2677" to i64
  %"data_end.130" = inttoptr i64 %".2678" to ptr
  %".2679" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.130" = load ptr, ptr %".2679", align 8
  %".2680" = xor i1 %".2672", -1
  br i1 %".2680", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2682" = trunc i64 %"cursor.37" to i16
  %".2683" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".2682", ptr %".2683", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2697" = trunc i64 %"cursor.38" to i32
  %".2698" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2697", [40 x i8]* %"header_copy", i32 8)
  %".2699" = icmp eq i64 %".2698", 0
  %".2700" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2701" = load i32, ptr %".2700", align 4
  %".2702" = zext i32 %".2701" to i64
  %"data.133" = inttoptr i64 %".2702" to ptr
  %".2703" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2704" = load i32, ptr %".2703", align 4
  %".2705" = zext i32 %".2704" to i64
  %"data_end.133" = inttoptr i64 %".2705" to ptr
  %".2706" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.133" = load ptr, ptr %".2706", align 8
  %".2707" = xor i1 %".2699", -1
  br i1 %".2707", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".2709" = trunc i64 %"cursor.38" to i16
  %".2710" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".2709", ptr %".2710", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".2721" = trunc i64 %".2714" to i16
  %".2722" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2721", ptr %".2722", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  %".2725" = getelementptr i8, ptr %"keys.134", i64 12
  store i32 0, ptr %".2725", align 4
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.55" = phi  i64 [%".2714", %"vxlan_d0.to_ethernet"], [%"end.3", %"geneve_d0.to_ethernet"], [%"end.5", %"gre_d0.to_ethernet"], [%".6106", %"widening.test.14"]
  %"data.135" = phi  ptr [%"data.134", %"vxlan_d0.to_ethernet"], [%"data.140", %"geneve_d0.to_ethernet"], [%"data.154", %"gre_d0.to_ethernet"], [%"data.280", %"widening.test.14"]
  %"data_end.135" = phi  ptr [%"data_end.134", %"vxlan_d0.to_ethernet"], [%"data_end.140", %"geneve_d0.to_ethernet"], [%"data_end.154", %"gre_d0.to_ethernet"], [%"data_end.280", %"widening.test.14"]
  %"keys.135" = phi  ptr [%"keys.134", %"vxlan_d0.to_ethernet"], [%"keys.140", %"geneve_d0.to_ethernet"], [%"keys.154", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.14"]
  %"hdr.49" = getelementptr i8, ptr %"data.135", i64 %"cursor.55"
  %".3972" = getelementptr i8, ptr %"hdr.49", i64 14
  %".3973" = icmp ugt ptr %".3972", %"data_end.135"
  br i1 %".3973", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".3975" = getelementptr i8, ptr %"hdr.49", i64 12
  %".3976" = load i16, ptr %".3975", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".3976", %"ethernet_d1.linear"], [%".3995", %"ethernet_d1.copy_failed.endif"]
  %"data.194" = phi  ptr [%"data.135", %"ethernet_d1.linear"], [%"data.193", %"ethernet_d1.copy_failed.endif"]
  %"data_end.194" = phi  ptr [%"data_end.135", %"ethernet_d1.linear"], [%"data_end.193", %"ethernet_d1.copy_failed.endif"]
  %"keys.194" = phi  ptr [%"keys.135", %"ethernet_d1.linear"], [%"keys.193", %"ethernet_d1.copy_failed.endif"]
  %".3997" = getelementptr i8, ptr %"keys.194", i64 10
  store i16 %"w12_2", ptr %".3997", align 2
  %".3999" = add i64 %"cursor.55", 14
  %".4000" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4001" = zext i16 %".4000" to i64
  switch i16 %"w12_2", label %"ethernet_d1.unknown" [i16 8, label %"ethernet_d1.to_ipv4" i16 56710, label %"ethernet_d1.to_ipv6" i16 129, label %"ethernet_d1.to_vlan" i16 43144, label %"ethernet_d1.to_vlan.1" i16 18312, label %"ethernet_d1.to_mpls" i16 18568, label %"ethernet_d1.to_mpls.1" i16 25736, label %"ethernet_d1.to_pppoe" i16 1544, label %"ethernet_d1.to_arp" i16 13696, label %"ethernet_d1.to_arp.1" i16 63368, label %"ethernet_d1.to_ptp" i16 649, label %"ethernet_d1.to_cfm" i16 51848, label %"ethernet_d1.to_tipc" i16 1673, label %"ethernet_d1.to_fcoe" i16 12169, label %"ethernet_d1.to_hsr" i16 64392, label %"ethernet_d1.to_hsr.1" i16 1347, label %"ethernet_d1.to_batadv"]  , !prof !1
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
vxlan_d0.unknown:
  %".2728" = trunc i64 %".2714" to i16
  %".2729" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2728", ptr %".2729", align 2
  br label %"return"
geneve_d0.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2741" = trunc i64 %"cursor.39" to i32
  %".2742" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2741", [40 x i8]* %"header_copy", i32 8)
  %".2743" = icmp eq i64 %".2742", 0
  %".2744" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2745" = load i32, ptr %".2744", align 4
  %".2746" = zext i32 %".2745" to i64
  %"data.136" = inttoptr i64 %".2746" to ptr
  %".2747" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2748" = load i32, ptr %".2747", align 4
  %".2749" = zext i32 %".2748" to i64
  %"data_end.136" = inttoptr i64 %".2749" to ptr
  %".2750" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.136" = load ptr, ptr %".2750", align 8
  %".2751" = xor i1 %".2743", -1
  br i1 %".2751", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".2753" = trunc i64 %"cursor.39" to i16
  %".2754" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".2753", ptr %".2754", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".2757" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2758" = load volatile i8, [40 x i8]* %".2757", align 1
  %".2759" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2760" = load volatile i16, [40 x i8]* %".2759", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".2767" = trunc i64 %"cursor.39" to i16
  %".2768" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".2767", ptr %".2768", align 2
  br label %"return"
geneve_d0.variable:
  %".2777" = zext i8 %"w0_1.10" to i64
  %".2778" = and i64 %".2777", 63
  %".2779" = mul i64 %".2778", 4
  %".2780" = add i64 %".2779", 8
  %".2781" = getelementptr i8, ptr %"data.137", i64 %"cursor.39"
  %".2782" = getelementptr i8, ptr %".2781", i64 %".2780"
  %".2783" = icmp ugt ptr %".2782", %"data_end.137"
  br i1 %".2783", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.139" = phi  ptr [%"data.137", %"geneve_d0.variable"], [%"data.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.139" = phi  ptr [%"data_end.137", %"geneve_d0.variable"], [%"data_end.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.139" = phi  ptr [%"keys.137", %"geneve_d0.variable"], [%"keys.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %".2804" = add i64 %"cursor.39", %".2780"
  br label %"geneve_d0.variable.endif"
geneve_d0.copy_last_byte:
  %".2785" = add i64 %"cursor.39", %".2780"
  %".2786" = sub i64 %".2785", 1
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2787" = trunc i64 %".2786" to i32
  %".2788" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".2787", i64* %"last_byte", i32 1)
  %".2789" = icmp eq i64 %".2788", 0
  %".2790" = getelementptr i8, ptr %"ctx.40", i64 76
  %".2791" = load i32, ptr %".2790", align 4
  %".2792" = zext i32 %".2791" to i64
  %"data.138" = inttoptr i64 %".2792" to ptr
  %".2793" = getelementptr i8, ptr %"ctx.40", i64 80
  %".2794" = load i32, ptr %".2793", align 4
  %".2795" = zext i32 %".2794" to i64
  %"data_end.138" = inttoptr i64 %".2795" to ptr
  %".2796" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.138" = load ptr, ptr %".2796", align 8
  %".2797" = xor i1 %".2789", -1
  br i1 %".2797", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".2799" = trunc i64 %"cursor.39" to i16
  %".2800" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".2799", ptr %".2800", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".2812" = trunc i64 %"end.3" to i16
  %".2813" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".2812", ptr %".2813", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".2816" = getelementptr i8, ptr %"keys.140", i64 12
  store i32 0, ptr %".2816", align 4
  %".2818" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".2819" = zext i16 %".2818" to i64
  switch i16 %"w2_2.5", label %"geneve_d0.unknown" [i16 22629, label %"geneve_d0.to_ethernet" i16 8, label %"geneve_d0.to_ipv4" i16 56710, label %"geneve_d0.to_ipv6"]  , !prof !5
geneve_d0.to_ethernet:
  br label %"ethernet_d1"
geneve_d0.unknown:
  %".2821" = trunc i64 %"end.3" to i16
  %".2822" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".2821", ptr %".2822", align 2
  br label %"return"
geneve_d0.to_ipv4:
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2836" = trunc i64 %"cursor.40" to i32
  %".2837" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".2836", [40 x i8]* %"header_copy", i32 4)
  %".2838" = icmp eq i64 %".2837", 0
  %".2839" = getelementptr i8, ptr %"ctx.41", i64 76
  %".2840" = load i32, ptr %".2839", align 4
  %".2841" = zext i32 %".2840" to i64
  %"data.141" = inttoptr i64 %".2841" to ptr
  %".2842" = getelementptr i8, ptr %"ctx.41", i64 80
  %".2843" = load i32, ptr %".2842", align 4
  %".2844" = zext i32 %".2843" to i64
  %"data_end.141" = inttoptr i64 %".2844" to ptr
  %".2845" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.141" = load ptr, ptr %".2845", align 8
  %".2846" = xor i1 %".2838", -1
  br i1 %".2846", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".2848" = trunc i64 %"cursor.40" to i16
  %".2849" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".2848", ptr %".2849", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".2852" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2853" = load volatile i8, [40 x i8]* %".2852", align 1
  %".2854" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2855" = load volatile i8, [40 x i8]* %".2854", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".2867" = trunc i64 %"cursor.40" to i16
  %".2868" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".2867", ptr %".2868", align 2
  br label %"return"
gue_d0.variable:
  %".2877" = zext i8 %"w0_1.11" to i64
  %".2878" = and i64 %".2877", 31
  %".2879" = mul i64 %".2878", 4
  %".2880" = add i64 %".2879", 4
  %".2881" = getelementptr i8, ptr %"data.142", i64 %"cursor.40"
  %".2882" = getelementptr i8, ptr %".2881", i64 %".2880"
  %".2883" = icmp ugt ptr %".2882", %"data_end.142"
  br i1 %".2883", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.144" = phi  ptr [%"data.142", %"gue_d0.variable"], [%"data.143", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.142", %"gue_d0.variable"], [%"data_end.143", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.142", %"gue_d0.variable"], [%"keys.143", %"gue_d0.copy_last_byte_failed.endif"]
  %".2904" = add i64 %"cursor.40", %".2880"
  br label %"gue_d0.variable.endif"
gue_d0.copy_last_byte:
  %".2885" = add i64 %"cursor.40", %".2880"
  %".2886" = sub i64 %".2885", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2887" = trunc i64 %".2886" to i32
  %".2888" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".2887", i64* %"last_byte", i32 1)
  %".2889" = icmp eq i64 %".2888", 0
  %".2890" = getelementptr i8, ptr %"ctx.42", i64 76
  %".2891" = load i32, ptr %".2890", align 4
  %".2892" = zext i32 %".2891" to i64
  %"data.143" = inttoptr i64 %".2892" to ptr
  %".2893" = getelementptr i8, ptr %"ctx.42", i64 80
  %".2894" = load i32, ptr %".2893", align 4
  %".2895" = zext i32 %".2894" to i64
  %"data_end.143" = inttoptr i64 %".2895" to ptr
  %".2896" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.143" = load ptr, ptr %".2896", align 8
  %".2897" = xor i1 %".2889", -1
  br i1 %".2897", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".2899" = trunc i64 %"cursor.40" to i16
  %".2900" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".2899", ptr %".2900", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".2912" = trunc i64 %"end.4" to i16
  %".2913" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".2912", ptr %".2913", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".2916" = getelementptr i8, ptr %"keys.145", i64 12
  store i32 0, ptr %".2916", align 4
  %".2918" = zext i8 %"w1_1.6" to i64
  switch i64 %".2918", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.to_ipv4:
  br label %"ipv4_d1"
gue_d0.unknown:
  %".2920" = trunc i64 %"end.4" to i16
  %".2921" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".2920", ptr %".2921", align 2
  br label %"return"
gue_d0.to_ipv6:
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2934" = trunc i64 %"cursor.41" to i32
  %".2935" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".2934", [40 x i8]* %"header_copy", i32 8)
  %".2936" = icmp eq i64 %".2935", 0
  %".2937" = getelementptr i8, ptr %"ctx.43", i64 76
  %".2938" = load i32, ptr %".2937", align 4
  %".2939" = zext i32 %".2938" to i64
  %"data.146" = inttoptr i64 %".2939" to ptr
  %".2940" = getelementptr i8, ptr %"ctx.43", i64 80
  %".2941" = load i32, ptr %".2940", align 4
  %".2942" = zext i32 %".2941" to i64
  %"data_end.146" = inttoptr i64 %".2942" to ptr
  %".2943" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.146" = load ptr, ptr %".2943", align 8
  %".2944" = xor i1 %".2936", -1
  br i1 %".2944", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".2946" = trunc i64 %"cursor.41" to i16
  %".2947" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".2946", ptr %".2947", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".2950" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2951" = load volatile i8, [40 x i8]* %".2950", align 1
  %".2952" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2953" = load volatile i8, [40 x i8]* %".2952", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".2968" = trunc i64 %"cursor.41" to i16
  %".2969" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".2968", ptr %".2969", align 2
  br label %"return"
gtpu_d0.stop_at_encap:
  %".2979" = trunc i64 %".2972" to i16
  %".2980" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".2979", ptr %".2980", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".2983" = getelementptr i8, ptr %"keys.147", i64 12
  store i32 0, ptr %".2983", align 4
  %".2985" = zext i8 %"w0_1.12" to i64
  %".2986" = lshr i64 %".2985", 2
  %".2987" = and i64 %".2986", 1
  %".2988" = mul i64 %".2987", 4
  %".2989" = zext i8 %"w0_1.12" to i64
  %".2990" = lshr i64 %".2989", 1
  %".2991" = and i64 %".2990", 1
  %".2992" = mul i64 %".2991", 2
  %".2993" = add i64 %".2988", %".2992"
  %".2994" = zext i8 %"w0_1.12" to i64
  %".2995" = and i64 %".2994", 1
  %".2996" = add i64 %".2993", %".2995"
  %".2997" = icmp uge i64 %".2996", 1
  %".2998" = icmp ule i64 %".2996", 3
  %".2999" = and i1 %".2997", %".2998"
  br i1 %".2999", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
gtpu_d0.unknown:
  %".3006" = trunc i64 %".2972" to i16
  %".3007" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3006", ptr %".3007", align 2
  br label %"return"
gtpu_d0.to_gtpu_opt:
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".3001" = icmp uge i64 %".2996", 4
  %".3002" = icmp ule i64 %".2996", 7
  %".3003" = and i1 %".3001", %".3002"
  br i1 %".3003", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  switch i64 %".2996", label %"gtpu_d0.unknown" [i64 0, label %"gtpu_d0.to_ip_version"]
gtpu_d0.to_ip_version:
  br label %"ip_version_d1"
gtpu_opt_d1:
  %"cursor.56" = phi  i64 [%".2972", %"gtpu_d0.to_gtpu_opt"]
  %"data.148" = phi  ptr [%"data.147", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.148" = phi  ptr [%"data_end.147", %"gtpu_d0.to_gtpu_opt"]
  %"keys.148" = phi  ptr [%"keys.147", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.50" = getelementptr i8, ptr %"data.148", i64 %"cursor.56"
  %".4023" = getelementptr i8, ptr %"hdr.50", i64 4
  %".4024" = icmp ugt ptr %".4023", %"data_end.148"
  br i1 %".4024", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.196" = phi  ptr [%"data.148", %"gtpu_opt_d1.linear"], [%"data.195", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.196" = phi  ptr [%"data_end.148", %"gtpu_opt_d1.linear"], [%"data_end.195", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.196" = phi  ptr [%"keys.148", %"gtpu_opt_d1.linear"], [%"keys.195", %"gtpu_opt_d1.copy_failed.endif"]
  %".4044" = add i64 %"cursor.56", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_opt_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_seq_d1:
  %"cursor.57" = phi  i64 [%".2972", %"gtpu_d0.to_gtpu_seq"]
  %"data.149" = phi  ptr [%"data.147", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.149" = phi  ptr [%"data_end.147", %"gtpu_d0.to_gtpu_seq"]
  %"keys.149" = phi  ptr [%"keys.147", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.51" = getelementptr i8, ptr %"data.149", i64 %"cursor.57"
  %".4051" = getelementptr i8, ptr %"hdr.51", i64 3
  %".4052" = icmp ugt ptr %".4051", %"data_end.149"
  br i1 %".4052", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.198" = phi  ptr [%"data.149", %"gtpu_seq_d1.linear"], [%"data.197", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.198" = phi  ptr [%"data_end.149", %"gtpu_seq_d1.linear"], [%"data_end.197", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.198" = phi  ptr [%"keys.149", %"gtpu_seq_d1.linear"], [%"keys.197", %"gtpu_seq_d1.copy_failed.endif"]
  %".4072" = add i64 %"cursor.57", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
gtpu_seq_d1.to_gtpu_next:
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.72" = phi  i64 [%".4072", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.199" = phi  ptr [%"data.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.199" = phi  ptr [%"data_end.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.199" = phi  ptr [%"keys.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.64" = getelementptr i8, ptr %"data.199", i64 %"cursor.72"
  %".5297" = getelementptr i8, ptr %"hdr.64", i64 1
  %".5298" = icmp ugt ptr %".5297", %"data_end.199"
  br i1 %".5298", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5300" = getelementptr i8, ptr %"hdr.64", i64 0
  %".5301" = load i8, ptr %".5300", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.25" = phi  i8 [%".5301", %"gtpu_next_d1.linear"], [%".5320", %"gtpu_next_d1.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.199", %"gtpu_next_d1.linear"], [%"data.240", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.199", %"gtpu_next_d1.linear"], [%"data_end.240", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.199", %"gtpu_next_d1.linear"], [%"keys.240", %"gtpu_next_d1.copy_failed.endif"]
  %".5322" = add i64 %"cursor.72", 1
  %".5323" = zext i8 %"w0_1.25" to i64
  %".5324" = icmp uge i64 %".5323", 1
  %".5325" = icmp ule i64 %".5323", 255
  %".5326" = and i1 %".5324", %".5325"
  br i1 %".5326", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
shim_d0.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3019" = trunc i64 %"cursor.42" to i32
  %".3020" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3019", [40 x i8]* %"header_copy", i32 8)
  %".3021" = icmp eq i64 %".3020", 0
  %".3022" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3023" = load i32, ptr %".3022", align 4
  %".3024" = zext i32 %".3023" to i64
  %"data.150" = inttoptr i64 %".3024" to ptr
  %".3025" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3026" = load i32, ptr %".3025", align 4
  %".3027" = zext i32 %".3026" to i64
  %"data_end.150" = inttoptr i64 %".3027" to ptr
  %".3028" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.150" = load ptr, ptr %".3028", align 8
  %".3029" = xor i1 %".3021", -1
  br i1 %".3029", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3031" = trunc i64 %"cursor.42" to i16
  %".3032" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3031", ptr %".3032", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3035" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3036" = load volatile i16, [40 x i8]* %".3035", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".3045" = trunc i64 %".3038" to i16
  %".3046" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3045", ptr %".3046", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".3049" = getelementptr i8, ptr %"keys.151", i64 12
  store i32 0, ptr %".3049", align 4
  %".3051" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".3052" = zext i16 %".3051" to i64
  switch i16 %"w2_2.6", label %"shim_d0.unknown" [i16 8, label %"shim_d0.to_ipv4"]
shim_d0.to_ipv4:
  br label %"ipv4_d1"
shim_d0.unknown:
  %".3054" = trunc i64 %".3038" to i16
  %".3055" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3054", ptr %".3055", align 2
  br label %"return"
gre_d0.variable:
  %".3065" = zext i8 %"w0_1.3" to i64
  %".3066" = lshr i64 %".3065", 7
  %".3067" = and i64 %".3066", 1
  %".3068" = zext i8 %"w0_1.3" to i64
  %".3069" = lshr i64 %".3068", 5
  %".3070" = and i64 %".3069", 1
  %".3071" = add i64 %".3067", %".3070"
  %".3072" = zext i8 %"w0_1.3" to i64
  %".3073" = lshr i64 %".3072", 4
  %".3074" = and i64 %".3073", 1
  %".3075" = add i64 %".3071", %".3074"
  %".3076" = mul i64 %".3075", 4
  %".3077" = add i64 %".3076", 4
  %".3078" = getelementptr i8, ptr %"data.77", i64 %"cursor.43"
  %".3079" = getelementptr i8, ptr %".3078", i64 %".3077"
  %".3080" = icmp ugt ptr %".3079", %"data_end.77"
  br i1 %".3080", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.153" = phi  ptr [%"data.77", %"gre_d0.variable"], [%"data.152", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.77", %"gre_d0.variable"], [%"data_end.152", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.77", %"gre_d0.variable"], [%"keys.152", %"gre_d0.copy_last_byte_failed.endif"]
  %".3101" = add i64 %"cursor.43", %".3077"
  br label %"gre_d0.variable.endif"
gre_d0.copy_last_byte:
  %".3082" = add i64 %"cursor.43", %".3077"
  %".3083" = sub i64 %".3082", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3084" = trunc i64 %".3083" to i32
  %".3085" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3084", i64* %"last_byte", i32 1)
  %".3086" = icmp eq i64 %".3085", 0
  %".3087" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3088" = load i32, ptr %".3087", align 4
  %".3089" = zext i32 %".3088" to i64
  %"data.152" = inttoptr i64 %".3089" to ptr
  %".3090" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3091" = load i32, ptr %".3090", align 4
  %".3092" = zext i32 %".3091" to i64
  %"data_end.152" = inttoptr i64 %".3092" to ptr
  %".3093" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.152" = load ptr, ptr %".3093", align 8
  %".3094" = xor i1 %".3086", -1
  br i1 %".3094", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3096" = trunc i64 %"cursor.43" to i16
  %".3097" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3096", ptr %".3097", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3109" = trunc i64 %"end.5" to i16
  %".3110" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3109", ptr %".3110", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".3113" = getelementptr i8, ptr %"keys.154", i64 12
  store i32 0, ptr %".3113", align 4
  %".3115" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".3116" = zext i16 %".3115" to i64
  switch i16 %"w2_2.1", label %"gre_d0.unknown" [i16 8, label %"gre_d0.to_ipv4" i16 56710, label %"gre_d0.to_ipv6" i16 129, label %"gre_d0.to_vlan" i16 43144, label %"gre_d0.to_vlan.1" i16 18312, label %"gre_d0.to_mpls" i16 18568, label %"gre_d0.to_mpls.1" i16 25736, label %"gre_d0.to_pppoe" i16 1544, label %"gre_d0.to_arp" i16 13696, label %"gre_d0.to_arp.1" i16 63368, label %"gre_d0.to_ptp" i16 649, label %"gre_d0.to_cfm" i16 51848, label %"gre_d0.to_tipc" i16 1673, label %"gre_d0.to_fcoe" i16 12169, label %"gre_d0.to_hsr" i16 64392, label %"gre_d0.to_hsr.1" i16 1347, label %"gre_d0.to_batadv" i16 22629, label %"gre_d0.to_ethernet"]  , !prof !6
gre_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.unknown:
  %".3118" = trunc i64 %"end.5" to i16
  %".3119" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3118", ptr %".3119", align 2
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
  %".3148" = trunc i64 %"cursor.44" to i16
  %".3149" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".3148", ptr %".3149", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".3174" = add i64 %"cursor.44", %".3169"
  %".3175" = sub i64 %".3174", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3176" = trunc i64 %".3175" to i32
  %".3177" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3176", i64* %"last_byte", i32 1)
  %".3178" = icmp eq i64 %".3177", 0
  %".3179" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3180" = load i32, ptr %".3179", align 4
  %".3181" = zext i32 %".3180" to i64
  %"data.155" = inttoptr i64 %".3181" to ptr
  %".3182" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3183" = load i32, ptr %".3182", align 4
  %".3184" = zext i32 %".3183" to i64
  %"data_end.155" = inttoptr i64 %".3184" to ptr
  %".3185" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.155" = load ptr, ptr %".3185", align 8
  %".3186" = xor i1 %".3178", -1
  br i1 %".3186", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3188" = trunc i64 %"cursor.44" to i16
  %".3189" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3188", ptr %".3189", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3198" = trunc i64 %"end.6" to i16
  %".3199" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3198", ptr %".3199", align 2
  br label %"return"
udp_d1.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3209" = trunc i64 %"cursor.45" to i32
  %".3210" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3209", [40 x i8]* %"header_copy", i32 4)
  %".3211" = icmp eq i64 %".3210", 0
  %".3212" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3213" = load i32, ptr %".3212", align 4
  %".3214" = zext i32 %".3213" to i64
  %"data.158" = inttoptr i64 %".3214" to ptr
  %".3215" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3216" = load i32, ptr %".3215", align 4
  %".3217" = zext i32 %".3216" to i64
  %"data_end.158" = inttoptr i64 %".3217" to ptr
  %".3218" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.158" = load ptr, ptr %".3218", align 8
  %".3219" = xor i1 %".3211", -1
  br i1 %".3219", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3221" = trunc i64 %"cursor.45" to i16
  %".3222" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".3221", ptr %".3222", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".3225" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3226" = load volatile i32, [40 x i8]* %".3225", align 4
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".3236" = add i64 %"cursor.45", %".3231"
  %".3237" = sub i64 %".3236", 1
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3238" = trunc i64 %".3237" to i32
  %".3239" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3238", i64* %"last_byte", i32 1)
  %".3240" = icmp eq i64 %".3239", 0
  %".3241" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3242" = load i32, ptr %".3241", align 4
  %".3243" = zext i32 %".3242" to i64
  %"data.160" = inttoptr i64 %".3243" to ptr
  %".3244" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3245" = load i32, ptr %".3244", align 4
  %".3246" = zext i32 %".3245" to i64
  %"data_end.160" = inttoptr i64 %".3246" to ptr
  %".3247" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.160" = load ptr, ptr %".3247", align 8
  %".3248" = xor i1 %".3240", -1
  br i1 %".3248", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3250" = trunc i64 %"cursor.45" to i16
  %".3251" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".3250", ptr %".3251", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3261" = trunc i64 %"cursor.45" to i16
  %".3262" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3261", ptr %".3262", align 2
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
  %"cursor.60" = phi  i64 [%".3255", %"udp_d1.to_geneve"]
  %"data.163" = phi  ptr [%"data.161", %"udp_d1.to_geneve"]
  %"data_end.163" = phi  ptr [%"data_end.161", %"udp_d1.to_geneve"]
  %"keys.163" = phi  ptr [%"keys.161", %"udp_d1.to_geneve"]
  %"hdr.54" = getelementptr i8, ptr %"data.163", i64 %"cursor.60"
  %".4209" = getelementptr i8, ptr %"hdr.54", i64 8
  %".4210" = icmp ugt ptr %".4209", %"data_end.163"
  br i1 %".4210", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4212" = getelementptr i8, ptr %"hdr.54", i64 0
  %".4213" = load i8, ptr %".4212", align 1
  %".4214" = getelementptr i8, ptr %"hdr.54", i64 2
  %".4215" = load i16, ptr %".4214", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.18" = phi  i8 [%".4213", %"geneve_d1.linear"], [%".4234", %"geneve_d1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".4215", %"geneve_d1.linear"], [%".4236", %"geneve_d1.copy_failed.endif"]
  %"data.206" = phi  ptr [%"data.163", %"geneve_d1.linear"], [%"data.205", %"geneve_d1.copy_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.163", %"geneve_d1.linear"], [%"data_end.205", %"geneve_d1.copy_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.163", %"geneve_d1.linear"], [%"keys.205", %"geneve_d1.copy_failed.endif"]
  %".4238" = zext i8 %"w0_1.18" to i64
  %".4239" = lshr i64 %".4238", 6
  %".4240" = and i64 %".4239", 3
  %".4241" = icmp ne i64 %".4240", 0
  br i1 %".4241", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif", !prof !0
geneve_d1.stop_before.endif:
  %".4247" = add i64 %"cursor.60", 8
  %".4248" = and i8 %"w0_1.18", 63
  %".4249" = icmp eq i8 %".4248", 0
  %".4250" = xor i1 %".4249", -1
  br i1 %".4250", label %"geneve_d1.variable", label %"geneve_d1.no_variable", !prof !0
geneve_d1.no_variable:
  br label %"geneve_d1.variable.endif"
geneve_d1.variable.endif:
  %"end.7" = phi  i64 [%".4247", %"geneve_d1.no_variable"], [%".4280", %"geneve_d1.variable_part"]
  %"data.209" = phi  ptr [%"data.206", %"geneve_d1.no_variable"], [%"data.208", %"geneve_d1.variable_part"]
  %"data_end.209" = phi  ptr [%"data_end.206", %"geneve_d1.no_variable"], [%"data_end.208", %"geneve_d1.variable_part"]
  %"keys.209" = phi  ptr [%"keys.206", %"geneve_d1.no_variable"], [%"keys.208", %"geneve_d1.variable_part"]
  %".4282" = getelementptr i8, ptr %"keys.209", i64 8
  store i8 1, ptr %".4282", align 1
  %".4284" = getelementptr i8, ptr %"keys.209", i64 48
  %"flags.74" = load volatile i32, ptr %".4284", align 4
  %".4285" = and i32 %"flags.74", 4
  %".4286" = icmp ne i32 %".4285", 0
  br i1 %".4286", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
gue_d1:
  %"cursor.61" = phi  i64 [%".3255", %"udp_d1.to_gue"]
  %"data.164" = phi  ptr [%"data.161", %"udp_d1.to_gue"]
  %"data_end.164" = phi  ptr [%"data_end.161", %"udp_d1.to_gue"]
  %"keys.164" = phi  ptr [%"keys.161", %"udp_d1.to_gue"]
  %"hdr.55" = getelementptr i8, ptr %"data.164", i64 %"cursor.61"
  %".4313" = getelementptr i8, ptr %"hdr.55", i64 4
  %".4314" = icmp ugt ptr %".4313", %"data_end.164"
  br i1 %".4314", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4316" = getelementptr i8, ptr %"hdr.55", i64 0
  %".4317" = load i8, ptr %".4316", align 1
  %".4318" = getelementptr i8, ptr %"hdr.55", i64 1
  %".4319" = load i8, ptr %".4318", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.19" = phi  i8 [%".4317", %"gue_d1.linear"], [%".4338", %"gue_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4319", %"gue_d1.linear"], [%".4340", %"gue_d1.copy_failed.endif"]
  %"data.211" = phi  ptr [%"data.164", %"gue_d1.linear"], [%"data.210", %"gue_d1.copy_failed.endif"]
  %"data_end.211" = phi  ptr [%"data_end.164", %"gue_d1.linear"], [%"data_end.210", %"gue_d1.copy_failed.endif"]
  %"keys.211" = phi  ptr [%"keys.164", %"gue_d1.linear"], [%"keys.210", %"gue_d1.copy_failed.endif"]
  %".4342" = zext i8 %"w0_1.19" to i64
  %".4343" = lshr i64 %".4342", 6
  %".4344" = and i64 %".4343", 3
  %".4345" = icmp ne i64 %".4344", 0
  %".4346" = zext i8 %"w0_1.19" to i64
  %".4347" = lshr i64 %".4346", 5
  %".4348" = and i64 %".4347", 1
  %".4349" = icmp ne i64 %".4348", 0
  %".4350" = or i1 %".4345", %".4349"
  br i1 %".4350", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif", !prof !0
gue_d1.stop_before.endif:
  %".4356" = add i64 %"cursor.61", 4
  %".4357" = and i8 %"w0_1.19", 31
  %".4358" = icmp eq i8 %".4357", 0
  %".4359" = xor i1 %".4358", -1
  br i1 %".4359", label %"gue_d1.variable", label %"gue_d1.no_variable", !prof !0
gue_d1.no_variable:
  br label %"gue_d1.variable.endif"
gue_d1.variable.endif:
  %"end.8" = phi  i64 [%".4356", %"gue_d1.no_variable"], [%".4389", %"gue_d1.variable_part"]
  %"data.214" = phi  ptr [%"data.211", %"gue_d1.no_variable"], [%"data.213", %"gue_d1.variable_part"]
  %"data_end.214" = phi  ptr [%"data_end.211", %"gue_d1.no_variable"], [%"data_end.213", %"gue_d1.variable_part"]
  %"keys.214" = phi  ptr [%"keys.211", %"gue_d1.no_variable"], [%"keys.213", %"gue_d1.variable_part"]
  %".4391" = getelementptr i8, ptr %"keys.214", i64 8
  store i8 1, ptr %".4391", align 1
  %".4393" = getelementptr i8, ptr %"keys.214", i64 48
  %"flags.75" = load volatile i32, ptr %".4393", align 4
  %".4394" = and i32 %"flags.75", 4
  %".4395" = icmp ne i32 %".4394", 0
  br i1 %".4395", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gtpu_d1:
  %"cursor.62" = phi  i64 [%".3255", %"udp_d1.to_gtpu"]
  %"data.165" = phi  ptr [%"data.161", %"udp_d1.to_gtpu"]
  %"data_end.165" = phi  ptr [%"data_end.161", %"udp_d1.to_gtpu"]
  %"keys.165" = phi  ptr [%"keys.161", %"udp_d1.to_gtpu"]
  %"hdr.56" = getelementptr i8, ptr %"data.165", i64 %"cursor.62"
  %".4417" = getelementptr i8, ptr %"hdr.56", i64 8
  %".4418" = icmp ugt ptr %".4417", %"data_end.165"
  br i1 %".4418", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".4420" = getelementptr i8, ptr %"hdr.56", i64 0
  %".4421" = load i8, ptr %".4420", align 1
  %".4422" = getelementptr i8, ptr %"hdr.56", i64 1
  %".4423" = load i8, ptr %".4422", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.20" = phi  i8 [%".4421", %"gtpu_d1.linear"], [%".4442", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4423", %"gtpu_d1.linear"], [%".4444", %"gtpu_d1.copy_failed.endif"]
  %"data.216" = phi  ptr [%"data.165", %"gtpu_d1.linear"], [%"data.215", %"gtpu_d1.copy_failed.endif"]
  %"data_end.216" = phi  ptr [%"data_end.165", %"gtpu_d1.linear"], [%"data_end.215", %"gtpu_d1.copy_failed.endif"]
  %"keys.216" = phi  ptr [%"keys.165", %"gtpu_d1.linear"], [%"keys.215", %"gtpu_d1.copy_failed.endif"]
  %".4446" = zext i8 %"w0_1.20" to i64
  %".4447" = lshr i64 %".4446", 5
  %".4448" = and i64 %".4447", 7
  %".4449" = icmp ne i64 %".4448", 1
  %".4450" = zext i8 %"w0_1.20" to i64
  %".4451" = lshr i64 %".4450", 4
  %".4452" = and i64 %".4451", 1
  %".4453" = icmp ne i64 %".4452", 1
  %".4454" = or i1 %".4449", %".4453"
  %".4455" = zext i8 %"w1_1.12" to i64
  %".4456" = icmp ne i64 %".4455", 255
  %".4457" = or i1 %".4454", %".4456"
  br i1 %".4457", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif", !prof !0
gtpu_d1.stop_before.endif:
  %".4463" = add i64 %"cursor.62", 8
  %".4464" = getelementptr i8, ptr %"keys.216", i64 8
  store i8 1, ptr %".4464", align 1
  %".4466" = getelementptr i8, ptr %"keys.216", i64 48
  %"flags.76" = load volatile i32, ptr %".4466", align 4
  %".4467" = and i32 %"flags.76", 4
  %".4468" = icmp ne i32 %".4467", 0
  br i1 %".4468", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
shim_d1:
  %"cursor.63" = phi  i64 [%".3255", %"udp_d1.to_shim"]
  %"data.166" = phi  ptr [%"data.161", %"udp_d1.to_shim"]
  %"data_end.166" = phi  ptr [%"data_end.161", %"udp_d1.to_shim"]
  %"keys.166" = phi  ptr [%"keys.161", %"udp_d1.to_shim"]
  %"hdr.57" = getelementptr i8, ptr %"data.166", i64 %"cursor.63"
  %".4513" = getelementptr i8, ptr %"hdr.57", i64 8
  %".4514" = icmp ugt ptr %".4513", %"data_end.166"
  br i1 %".4514", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4516" = getelementptr i8, ptr %"hdr.57", i64 2
  %".4517" = load i16, ptr %".4516", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.13" = phi  i16 [%".4517", %"shim_d1.linear"], [%".4536", %"shim_d1.copy_failed.endif"]
  %"data.218" = phi  ptr [%"data.166", %"shim_d1.linear"], [%"data.217", %"shim_d1.copy_failed.endif"]
  %"data_end.218" = phi  ptr [%"data_end.166", %"shim_d1.linear"], [%"data_end.217", %"shim_d1.copy_failed.endif"]
  %"keys.218" = phi  ptr [%"keys.166", %"shim_d1.linear"], [%"keys.217", %"shim_d1.copy_failed.endif"]
  %".4538" = add i64 %"cursor.63", 8
  %".4539" = getelementptr i8, ptr %"keys.218", i64 8
  store i8 1, ptr %".4539", align 1
  %".4541" = getelementptr i8, ptr %"keys.218", i64 48
  %"flags.77" = load volatile i32, ptr %".4541", align 4
  %".4542" = and i32 %"flags.77", 4
  %".4543" = icmp ne i32 %".4542", 0
  br i1 %".4543", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_version_d1.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3280" = trunc i64 %"cursor.46" to i32
  %".3281" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3280", [40 x i8]* %"header_copy", i32 4)
  %".3282" = icmp eq i64 %".3281", 0
  %".3283" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3284" = load i32, ptr %".3283", align 4
  %".3285" = zext i32 %".3284" to i64
  %"data.167" = inttoptr i64 %".3285" to ptr
  %".3286" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3287" = load i32, ptr %".3286", align 4
  %".3288" = zext i32 %".3287" to i64
  %"data_end.167" = inttoptr i64 %".3288" to ptr
  %".3289" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.167" = load ptr, ptr %".3289", align 8
  %".3290" = xor i1 %".3282", -1
  br i1 %".3290", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3292" = trunc i64 %"cursor.46" to i16
  %".3293" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3292", ptr %".3293", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3296" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3297" = load volatile i8, [40 x i8]* %".3296", align 1
  %".3298" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3299" = load volatile i8, [40 x i8]* %".3298", align 1
  %".3300" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3301" = load volatile i16, [40 x i8]* %".3300", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3312" = trunc i64 %"cursor.46" to i16
  %".3313" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3312", ptr %".3313", align 2
  br label %"return"
gre_version_d1.unknown:
  %".3321" = trunc i64 %"cursor.46" to i16
  %".3322" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3321", ptr %".3322", align 2
  br label %"return"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
pptp_d1:
  %"cursor.65" = phi  i64 [%"cursor.46", %"gre_version_d1.to_pptp"]
  %"data.170" = phi  ptr [%"data.168", %"gre_version_d1.to_pptp"]
  %"data_end.170" = phi  ptr [%"data_end.168", %"gre_version_d1.to_pptp"]
  %"keys.170" = phi  ptr [%"keys.168", %"gre_version_d1.to_pptp"]
  %".4693" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".4694" = zext i16 %".4693" to i64
  %".4695" = icmp ne i64 %".4694", 34827
  %".4696" = zext i8 %"w0_1.13" to i64
  %".4697" = lshr i64 %".4696", 5
  %".4698" = and i64 %".4697", 1
  %".4699" = icmp eq i64 %".4698", 0
  %".4700" = or i1 %".4695", %".4699"
  br i1 %".4700", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".4706" = add i64 %"cursor.65", 4
  %".4707" = zext i8 %"w0_1.13" to i64
  %".4708" = lshr i64 %".4707", 7
  %".4709" = and i64 %".4708", 1
  %".4710" = zext i8 %"w0_1.13" to i64
  %".4711" = lshr i64 %".4710", 5
  %".4712" = and i64 %".4711", 1
  %".4713" = add i64 %".4709", %".4712"
  %".4714" = zext i8 %"w0_1.13" to i64
  %".4715" = lshr i64 %".4714", 4
  %".4716" = and i64 %".4715", 1
  %".4717" = add i64 %".4713", %".4716"
  %".4718" = zext i8 %"w1_1.8" to i64
  %".4719" = lshr i64 %".4718", 7
  %".4720" = and i64 %".4719", 1
  %".4721" = add i64 %".4717", %".4720"
  %".4722" = mul i64 %".4721", 4
  %".4723" = add i64 %".4722", 4
  %".4724" = getelementptr i8, ptr %"data.170", i64 %"cursor.65"
  %".4725" = getelementptr i8, ptr %".4724", i64 %".4723"
  %".4726" = icmp ugt ptr %".4725", %"data_end.170"
  br i1 %".4726", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.223" = phi  ptr [%"data.170", %"pptp_d1.stop_before.endif"], [%"data.222", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.223" = phi  ptr [%"data_end.170", %"pptp_d1.stop_before.endif"], [%"data_end.222", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.223" = phi  ptr [%"keys.170", %"pptp_d1.stop_before.endif"], [%"keys.222", %"pptp_d1.copy_last_byte_failed.endif"]
  %".4747" = add i64 %"cursor.65", %".4723"
  %".4748" = add i64 %"cursor.65", 8
  %".4749" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4748")
  %".4750" = icmp eq i64 %".4722", 4
  %"end.10" = select  i1 %".4750", i64 %".4749", i64 %".4747"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.74" = phi  i64 [%"end.10", %"pptp_d1.to_ppp"]
  %"data.224" = phi  ptr [%"data.223", %"pptp_d1.to_ppp"]
  %"data_end.224" = phi  ptr [%"data_end.223", %"pptp_d1.to_ppp"]
  %"keys.224" = phi  ptr [%"keys.223", %"pptp_d1.to_ppp"]
  %"hdr.65" = getelementptr i8, ptr %"data.224", i64 %"cursor.74"
  %".5340" = getelementptr i8, ptr %"hdr.65", i64 4
  %".5341" = icmp ugt ptr %".5340", %"data_end.224"
  br i1 %".5341", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5343" = getelementptr i8, ptr %"hdr.65", i64 2
  %".5344" = load i16, ptr %".5343", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.16" = phi  i16 [%".5344", %"ppp_d1.linear"], [%".5363", %"ppp_d1.copy_failed.endif"]
  %"data.244" = phi  ptr [%"data.224", %"ppp_d1.linear"], [%"data.243", %"ppp_d1.copy_failed.endif"]
  %"data_end.244" = phi  ptr [%"data_end.224", %"ppp_d1.linear"], [%"data_end.243", %"ppp_d1.copy_failed.endif"]
  %"keys.244" = phi  ptr [%"keys.224", %"ppp_d1.linear"], [%"keys.243", %"ppp_d1.copy_failed.endif"]
  %".5365" = add i64 %"cursor.74", 4
  %".5366" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".5367" = zext i16 %".5366" to i64
  switch i16 %"w2_2.16", label %"ppp_d1.unknown" [i16 8448, label %"ppp_d1.to_ipv4" i16 22272, label %"ppp_d1.to_ipv6"]
ppp_d1.to_ipv4:
  %".5376" = trunc i64 2048 to i16
  %".5377" = call i16 @"llvm.bswap.i16"(i16 %".5376")
  %".5378" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5377", ptr %".5378", align 2
  %".5380" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5380", align 1
  %".5382" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.91" = load volatile i32, ptr %".5382", align 4
  %".5383" = and i32 %"flags.91", 4
  %".5384" = icmp ne i32 %".5383", 0
  br i1 %".5384", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3335" = trunc i64 %"cursor.47" to i32
  %".3336" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3335", [40 x i8]* %"header_copy", i32 2)
  %".3337" = icmp eq i64 %".3336", 0
  %".3338" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3339" = load i32, ptr %".3338", align 4
  %".3340" = zext i32 %".3339" to i64
  %"data.171" = inttoptr i64 %".3340" to ptr
  %".3341" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3342" = load i32, ptr %".3341", align 4
  %".3343" = zext i32 %".3342" to i64
  %"data_end.171" = inttoptr i64 %".3343" to ptr
  %".3344" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.171" = load ptr, ptr %".3344", align 8
  %".3345" = xor i1 %".3337", -1
  br i1 %".3345", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3347" = trunc i64 %"cursor.47" to i16
  %".3348" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3347", ptr %".3348", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3351" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3352" = load volatile i8, [40 x i8]* %".3351", align 1
  %".3353" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3354" = load volatile i8, [40 x i8]* %".3353", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3366" = trunc i64 %".3363" to i16
  %".3367" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3366", ptr %".3367", align 2
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
  %".3383" = trunc i64 34887 to i16
  %".3384" = call i16 @"llvm.bswap.i16"(i16 %".3383")
  %".3385" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3384", ptr %".3385", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3388" = trunc i64 2048 to i16
  %".3389" = call i16 @"llvm.bswap.i16"(i16 %".3388")
  %".3390" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3389", ptr %".3390", align 2
  %".3392" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3392", align 1
  %".3394" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.58" = load volatile i32, ptr %".3394", align 4
  %".3395" = and i32 %"flags.58", 4
  %".3396" = icmp ne i32 %".3395", 0
  br i1 %".3396", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3408" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3408", align 1
  %".3410" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.59" = load volatile i32, ptr %".3410", align 4
  %".3411" = and i32 %"flags.59", 4
  %".3412" = icmp ne i32 %".3411", 0
  br i1 %".3412", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.66" = phi  i64 [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".6260", %"widening.test.28"]
  %"data.173" = phi  ptr [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.294", %"widening.test.28"]
  %"data_end.173" = phi  ptr [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.294", %"widening.test.28"]
  %"keys.173" = phi  ptr [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.28"]
  %"hdr.58" = getelementptr i8, ptr %"data.173", i64 %"cursor.66"
  %".4757" = getelementptr i8, ptr %"hdr.58", i64 2
  %".4758" = icmp ugt ptr %".4757", %"data_end.173"
  br i1 %".4758", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".4760" = getelementptr i8, ptr %"hdr.58", i64 0
  %".4761" = load i8, ptr %".4760", align 1
  %".4762" = getelementptr i8, ptr %"hdr.58", i64 1
  %".4763" = load i8, ptr %".4762", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.21" = phi  i8 [%".4761", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4782", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4763", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4784", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.226" = phi  ptr [%"data.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.226" = phi  ptr [%"data_end.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.226" = phi  ptr [%"keys.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".4786" = getelementptr i8, ptr %"keys.226", i64 9
  store i8 %"w0_1.21", ptr %".4786", align 1
  %".4788" = add i64 %"cursor.66", 2
  %".4789" = zext i8 %"w1_1.13" to i64
  %".4790" = mul i64 %".4789", 8
  %".4791" = add i64 %".4790", 6
  %".4792" = add i64 %".4791", 2
  %".4793" = add i64 %"cursor.66", %".4792"
  %".4794" = zext i8 %"w0_1.21" to i64
  switch i64 %".4794", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.67" = phi  i64 [%".3363", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".3455", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".6249", %"widening.test.27"]
  %"data.174" = phi  ptr [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.293", %"widening.test.27"]
  %"data_end.174" = phi  ptr [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.293", %"widening.test.27"]
  %"keys.174" = phi  ptr [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.27"]
  %"hdr.59" = getelementptr i8, ptr %"data.174", i64 %"cursor.67"
  %".4854" = getelementptr i8, ptr %"hdr.59", i64 8
  %".4855" = icmp ugt ptr %".4854", %"data_end.174"
  br i1 %".4855", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".4857" = getelementptr i8, ptr %"hdr.59", i64 0
  %".4858" = load i8, ptr %".4857", align 1
  %".4859" = getelementptr i8, ptr %"hdr.59", i64 2
  %".4860" = load i16, ptr %".4859", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.22" = phi  i8 [%".4858", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4879", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".4860", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4881", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.230" = phi  ptr [%"data.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.230" = phi  ptr [%"data_end.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.230" = phi  ptr [%"keys.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".4883" = getelementptr i8, ptr %"keys.230", i64 9
  store i8 %"w0_1.22", ptr %".4883", align 1
  %".4885" = add i64 %"cursor.67", 8
  %".4886" = icmp ne i64 1, 0
  %".4887" = and i16 %"w2_2.14", 63743
  %".4888" = icmp eq i16 %".4887", 0
  br i1 %".4886", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".4910" = zext i8 %"w0_1.22" to i64
  switch i64 %".4910", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3398" = trunc i64 %".3363" to i16
  %".3399" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3398", ptr %".3399", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3402" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3402", align 4
  %".3404" = trunc i64 %".3363" to i16
  %".3405" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3404", ptr %".3405", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3414" = trunc i64 %".3363" to i16
  %".3415" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3414", ptr %".3415", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3418" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3418", align 4
  %".3420" = trunc i64 %".3363" to i16
  %".3421" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3420", ptr %".3421", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3432" = trunc i64 %"cursor.48" to i32
  %".3433" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3432", [40 x i8]* %"header_copy", i32 8)
  %".3434" = icmp eq i64 %".3433", 0
  %".3435" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3436" = load i32, ptr %".3435", align 4
  %".3437" = zext i32 %".3436" to i64
  %"data.175" = inttoptr i64 %".3437" to ptr
  %".3438" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3439" = load i32, ptr %".3438", align 4
  %".3440" = zext i32 %".3439" to i64
  %"data_end.175" = inttoptr i64 %".3440" to ptr
  %".3441" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.175" = load ptr, ptr %".3441", align 8
  %".3442" = xor i1 %".3434", -1
  br i1 %".3442", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3444" = trunc i64 %"cursor.48" to i16
  %".3445" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".3444", ptr %".3445", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3448" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3449" = load volatile i8, [40 x i8]* %".3448", align 1
  %".3450" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3451" = load volatile i16, [40 x i8]* %".3450", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3460" = getelementptr i8, ptr %"keys.176", i64 6
  store i8 1, ptr %".3460", align 1
  br i1 %".3458", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3463" = getelementptr i8, ptr %"keys.176", i64 7
  store i8 1, ptr %".3463", align 1
  %".3465" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.60" = load volatile i32, ptr %".3465", align 4
  %".3466" = and i32 %"flags.60", 1
  %".3467" = icmp ne i32 %".3466", 0
  %".3468" = xor i1 %".3467", -1
  br i1 %".3468", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3475" = trunc i64 %".3455" to i16
  %".3476" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3475", ptr %".3476", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3470" = trunc i64 %".3455" to i16
  %".3471" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3470", ptr %".3471", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3482" = trunc i64 %".3455" to i16
  %".3483" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3482", ptr %".3483", align 2
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
  %".3499" = trunc i64 34887 to i16
  %".3500" = call i16 @"llvm.bswap.i16"(i16 %".3499")
  %".3501" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3500", ptr %".3501", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3504" = trunc i64 2048 to i16
  %".3505" = call i16 @"llvm.bswap.i16"(i16 %".3504")
  %".3506" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3505", ptr %".3506", align 2
  %".3508" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3508", align 1
  %".3510" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.61" = load volatile i32, ptr %".3510", align 4
  %".3511" = and i32 %"flags.61", 4
  %".3512" = icmp ne i32 %".3511", 0
  br i1 %".3512", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3524" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3524", align 1
  %".3526" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.62" = load volatile i32, ptr %".3526", align 4
  %".3527" = and i32 %"flags.62", 4
  %".3528" = icmp ne i32 %".3527", 0
  br i1 %".3528", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3514" = trunc i64 %".3455" to i16
  %".3515" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3514", ptr %".3515", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3518" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3518", align 4
  %".3520" = trunc i64 %".3455" to i16
  %".3521" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3520", ptr %".3521", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3530" = trunc i64 %".3455" to i16
  %".3531" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3530", ptr %".3531", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3534" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3534", align 4
  %".3536" = trunc i64 %".3455" to i16
  %".3537" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3536", ptr %".3537", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3548" = trunc i64 %"cursor.49" to i32
  %".3549" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3548", [40 x i8]* %"header_copy", i32 2)
  %".3550" = icmp eq i64 %".3549", 0
  %".3551" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3552" = load i32, ptr %".3551", align 4
  %".3553" = zext i32 %".3552" to i64
  %"data.177" = inttoptr i64 %".3553" to ptr
  %".3554" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3555" = load i32, ptr %".3554", align 4
  %".3556" = zext i32 %".3555" to i64
  %"data_end.177" = inttoptr i64 %".3556" to ptr
  %".3557" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.177" = load ptr, ptr %".3557", align 8
  %".3558" = xor i1 %".3550", -1
  br i1 %".3558", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3560" = trunc i64 %"cursor.49" to i16
  %".3561" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".3560", ptr %".3561", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3564" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3565" = load volatile i8, [40 x i8]* %".3564", align 1
  %".3566" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3567" = load volatile i8, [40 x i8]* %".3566", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3579" = trunc i64 %".3576" to i16
  %".3580" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3579", ptr %".3580", align 2
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
  %".3596" = trunc i64 34887 to i16
  %".3597" = call i16 @"llvm.bswap.i16"(i16 %".3596")
  %".3598" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".3597", ptr %".3598", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3601" = trunc i64 2048 to i16
  %".3602" = call i16 @"llvm.bswap.i16"(i16 %".3601")
  %".3603" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".3602", ptr %".3603", align 2
  %".3605" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".3605", align 1
  %".3607" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.63" = load volatile i32, ptr %".3607", align 4
  %".3608" = and i32 %"flags.63", 4
  %".3609" = icmp ne i32 %".3608", 0
  br i1 %".3609", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3618" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".3618", align 1
  %".3620" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.64" = load volatile i32, ptr %".3620", align 4
  %".3621" = and i32 %"flags.64", 4
  %".3622" = icmp ne i32 %".3621", 0
  br i1 %".3622", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.68" = phi  i64 [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".6040", %"widening.test.8"]
  %"data.179" = phi  ptr [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.274", %"widening.test.8"]
  %"data_end.179" = phi  ptr [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.274", %"widening.test.8"]
  %"keys.179" = phi  ptr [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.60" = getelementptr i8, ptr %"data.179", i64 %"cursor.68"
  %".4970" = getelementptr i8, ptr %"hdr.60", i64 2
  %".4971" = icmp ugt ptr %".4970", %"data_end.179"
  br i1 %".4971", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".4973" = getelementptr i8, ptr %"hdr.60", i64 0
  %".4974" = load i8, ptr %".4973", align 1
  %".4975" = getelementptr i8, ptr %"hdr.60", i64 1
  %".4976" = load i8, ptr %".4975", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".4974", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".4995", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".4976", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".4997", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.232" = phi  ptr [%"data.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.232" = phi  ptr [%"data_end.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.232" = phi  ptr [%"keys.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".4999" = getelementptr i8, ptr %"keys.232", i64 9
  store i8 %"w0_1.23", ptr %".4999", align 1
  %".5001" = add i64 %"cursor.68", 2
  %".5002" = zext i8 %"w1_1.14" to i64
  %".5003" = mul i64 %".5002", 8
  %".5004" = add i64 %".5003", 6
  %".5005" = add i64 %".5004", 2
  %".5006" = add i64 %"cursor.68", %".5005"
  %".5007" = zext i8 %"w0_1.23" to i64
  switch i64 %".5007", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.69" = phi  i64 [%".3576", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3662", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".6029", %"widening.test.7"]
  %"data.180" = phi  ptr [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.273", %"widening.test.7"]
  %"data_end.180" = phi  ptr [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.273", %"widening.test.7"]
  %"keys.180" = phi  ptr [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.61" = getelementptr i8, ptr %"data.180", i64 %"cursor.69"
  %".5073" = getelementptr i8, ptr %"hdr.61", i64 8
  %".5074" = icmp ugt ptr %".5073", %"data_end.180"
  br i1 %".5074", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5076" = getelementptr i8, ptr %"hdr.61", i64 0
  %".5077" = load i8, ptr %".5076", align 1
  %".5078" = getelementptr i8, ptr %"hdr.61", i64 2
  %".5079" = load i16, ptr %".5078", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.24" = phi  i8 [%".5077", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5098", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".5079", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5100", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.234" = phi  ptr [%"data.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.234" = phi  ptr [%"data_end.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.234" = phi  ptr [%"keys.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5102" = getelementptr i8, ptr %"keys.234", i64 9
  store i8 %"w0_1.24", ptr %".5102", align 1
  %".5104" = add i64 %"cursor.69", 8
  %".5105" = icmp ne i64 1, 0
  %".5106" = and i16 %"w2_2.15", 63743
  %".5107" = icmp eq i16 %".5106", 0
  br i1 %".5105", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5129" = zext i8 %"w0_1.24" to i64
  switch i64 %".5129", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3611" = trunc i64 %".3576" to i16
  %".3612" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3611", ptr %".3612", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3615" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".3615", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3624" = trunc i64 %".3576" to i16
  %".3625" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3624", ptr %".3625", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3628" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".3628", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3639" = trunc i64 %"cursor.50" to i32
  %".3640" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3639", [40 x i8]* %"header_copy", i32 8)
  %".3641" = icmp eq i64 %".3640", 0
  %".3642" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3643" = load i32, ptr %".3642", align 4
  %".3644" = zext i32 %".3643" to i64
  %"data.181" = inttoptr i64 %".3644" to ptr
  %".3645" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3646" = load i32, ptr %".3645", align 4
  %".3647" = zext i32 %".3646" to i64
  %"data_end.181" = inttoptr i64 %".3647" to ptr
  %".3648" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.181" = load ptr, ptr %".3648", align 8
  %".3649" = xor i1 %".3641", -1
  br i1 %".3649", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3651" = trunc i64 %"cursor.50" to i16
  %".3652" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".3651", ptr %".3652", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3655" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3656" = load volatile i8, [40 x i8]* %".3655", align 1
  %".3657" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3658" = load volatile i16, [40 x i8]* %".3657", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3667" = getelementptr i8, ptr %"keys.182", i64 6
  store i8 1, ptr %".3667", align 1
  br i1 %".3665", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3670" = getelementptr i8, ptr %"keys.182", i64 7
  store i8 1, ptr %".3670", align 1
  %".3672" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.65" = load volatile i32, ptr %".3672", align 4
  %".3673" = and i32 %"flags.65", 1
  %".3674" = icmp ne i32 %".3673", 0
  %".3675" = xor i1 %".3674", -1
  br i1 %".3675", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3682" = trunc i64 %".3662" to i16
  %".3683" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3682", ptr %".3683", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3677" = trunc i64 %".3662" to i16
  %".3678" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3677", ptr %".3678", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3689" = trunc i64 %".3662" to i16
  %".3690" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3689", ptr %".3690", align 2
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
  %".3706" = trunc i64 34887 to i16
  %".3707" = call i16 @"llvm.bswap.i16"(i16 %".3706")
  %".3708" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".3707", ptr %".3708", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3711" = trunc i64 2048 to i16
  %".3712" = call i16 @"llvm.bswap.i16"(i16 %".3711")
  %".3713" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".3712", ptr %".3713", align 2
  %".3715" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".3715", align 1
  %".3717" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.66" = load volatile i32, ptr %".3717", align 4
  %".3718" = and i32 %"flags.66", 4
  %".3719" = icmp ne i32 %".3718", 0
  br i1 %".3719", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3728" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".3728", align 1
  %".3730" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.67" = load volatile i32, ptr %".3730", align 4
  %".3731" = and i32 %"flags.67", 4
  %".3732" = icmp ne i32 %".3731", 0
  br i1 %".3732", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3721" = trunc i64 %".3662" to i16
  %".3722" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3721", ptr %".3722", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3725" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".3725", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3734" = trunc i64 %".3662" to i16
  %".3735" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3734", ptr %".3735", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3738" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".3738", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3748" = trunc i64 %"cursor.51" to i32
  %".3749" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".3748", [40 x i8]* %"header_copy", i32 4)
  %".3750" = icmp eq i64 %".3749", 0
  %".3751" = getelementptr i8, ptr %"ctx.54", i64 76
  %".3752" = load i32, ptr %".3751", align 4
  %".3753" = zext i32 %".3752" to i64
  %"data.183" = inttoptr i64 %".3753" to ptr
  %".3754" = getelementptr i8, ptr %"ctx.54", i64 80
  %".3755" = load i32, ptr %".3754", align 4
  %".3756" = zext i32 %".3755" to i64
  %"data_end.183" = inttoptr i64 %".3756" to ptr
  %".3757" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.183" = load ptr, ptr %".3757", align 8
  %".3758" = xor i1 %".3750", -1
  br i1 %".3758", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".3760" = trunc i64 %".3741" to i16
  %".3761" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".3760", ptr %".3761", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".3764" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3765" = load volatile i8, [40 x i8]* %".3764", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".3771" = trunc i64 %".3767" to i16
  %".3772" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".3771", ptr %".3772", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_ip_version:
  %".3776" = getelementptr i8, ptr %"keys.184", i64 8
  store i8 1, ptr %".3776", align 1
  %".3778" = getelementptr i8, ptr %"keys.184", i64 48
  %"flags.68" = load volatile i32, ptr %".3778", align 4
  %".3779" = and i32 %"flags.68", 4
  %".3780" = icmp ne i32 %".3779", 0
  br i1 %".3780", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels3.stop_at_encap:
  %".3782" = trunc i64 %".3767" to i16
  %".3783" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".3782", ptr %".3783", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".3786" = getelementptr i8, ptr %"keys.184", i64 12
  store i32 0, ptr %".3786", align 4
  br label %"ip_version_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3795" = trunc i64 %"cursor.52" to i32
  %".3796" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".3795", [40 x i8]* %"header_copy", i32 4)
  %".3797" = icmp eq i64 %".3796", 0
  %".3798" = getelementptr i8, ptr %"ctx.55", i64 76
  %".3799" = load i32, ptr %".3798", align 4
  %".3800" = zext i32 %".3799" to i64
  %"data.186" = inttoptr i64 %".3800" to ptr
  %".3801" = getelementptr i8, ptr %"ctx.55", i64 80
  %".3802" = load i32, ptr %".3801", align 4
  %".3803" = zext i32 %".3802" to i64
  %"data_end.186" = inttoptr i64 %".3803" to ptr
  %".3804" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.186" = load ptr, ptr %".3804", align 8
  %".3805" = xor i1 %".3797", -1
  br i1 %".3805", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3807" = trunc i64 %"cursor.52" to i16
  %".3808" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".3807", ptr %".3808", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3811" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3812" = load volatile i16, [40 x i8]* %".3811", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3823" = trunc i64 %".3816" to i16
  %".3824" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3823", ptr %".3824", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3829" = trunc i64 %".3816" to i16
  %".3830" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3829", ptr %".3830", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3833" = trunc i64 %".3816" to i16
  %".3834" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3833", ptr %".3834", align 2
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
  %".3846" = trunc i64 %".3816" to i16
  %".3847" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3846", ptr %".3847", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3850" = trunc i64 %".3816" to i16
  %".3851" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3850", ptr %".3851", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3861" = trunc i64 %"cursor.53" to i32
  %".3862" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".3861", [40 x i8]* %"header_copy", i32 6)
  %".3863" = icmp eq i64 %".3862", 0
  %".3864" = getelementptr i8, ptr %"ctx.56", i64 76
  %".3865" = load i32, ptr %".3864", align 4
  %".3866" = zext i32 %".3865" to i64
  %"data.188" = inttoptr i64 %".3866" to ptr
  %".3867" = getelementptr i8, ptr %"ctx.56", i64 80
  %".3868" = load i32, ptr %".3867", align 4
  %".3869" = zext i32 %".3868" to i64
  %"data_end.188" = inttoptr i64 %".3869" to ptr
  %".3870" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.188" = load ptr, ptr %".3870", align 8
  %".3871" = xor i1 %".3863", -1
  br i1 %".3871", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3873" = trunc i64 %"cursor.53" to i16
  %".3874" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".3873", ptr %".3874", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3877" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3878" = load volatile i16, [40 x i8]* %".3877", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3889" = trunc i64 %".3882" to i16
  %".3890" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3889", ptr %".3890", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3895" = trunc i64 %".3882" to i16
  %".3896" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3895", ptr %".3896", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3899" = trunc i64 %".3882" to i16
  %".3900" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3899", ptr %".3900", align 2
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
  %".3912" = trunc i64 %".3882" to i16
  %".3913" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3912", ptr %".3913", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3916" = trunc i64 %".3882" to i16
  %".3917" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3916", ptr %".3917", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
mpls_d1_mpls_labels2.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3928" = trunc i64 %"cursor.54" to i32
  %".3929" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".3928", [40 x i8]* %"header_copy", i32 4)
  %".3930" = icmp eq i64 %".3929", 0
  %".3931" = getelementptr i8, ptr %"ctx.57", i64 76
  %".3932" = load i32, ptr %".3931", align 4
  %".3933" = zext i32 %".3932" to i64
  %"data.190" = inttoptr i64 %".3933" to ptr
  %".3934" = getelementptr i8, ptr %"ctx.57", i64 80
  %".3935" = load i32, ptr %".3934", align 4
  %".3936" = zext i32 %".3935" to i64
  %"data_end.190" = inttoptr i64 %".3936" to ptr
  %".3937" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.190" = load ptr, ptr %".3937", align 8
  %".3938" = xor i1 %".3930", -1
  br i1 %".3938", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".3940" = trunc i64 %".3921" to i16
  %".3941" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".3940", ptr %".3941", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".3944" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3945" = load volatile i8, [40 x i8]* %".3944", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".3951" = trunc i64 %".3947" to i16
  %".3952" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".3951", ptr %".3952", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_ip_version:
  %".3956" = getelementptr i8, ptr %"keys.191", i64 8
  store i8 1, ptr %".3956", align 1
  %".3958" = getelementptr i8, ptr %"keys.191", i64 48
  %"flags.69" = load volatile i32, ptr %".3958", align 4
  %".3959" = and i32 %"flags.69", 4
  %".3960" = icmp ne i32 %".3959", 0
  br i1 %".3960", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels2.stop_at_encap:
  %".3962" = trunc i64 %".3947" to i16
  %".3963" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".3962", ptr %".3963", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".3966" = getelementptr i8, ptr %"keys.191", i64 12
  store i32 0, ptr %".3966", align 4
  %".3968" = trunc i64 %".3947" to i16
  %".3969" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".3968", ptr %".3969", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3978" = trunc i64 %"cursor.55" to i32
  %".3979" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".3978", [40 x i8]* %"header_copy", i32 14)
  %".3980" = icmp eq i64 %".3979", 0
  %".3981" = getelementptr i8, ptr %"ctx.58", i64 76
  %".3982" = load i32, ptr %".3981", align 4
  %".3983" = zext i32 %".3982" to i64
  %"data.193" = inttoptr i64 %".3983" to ptr
  %".3984" = getelementptr i8, ptr %"ctx.58", i64 80
  %".3985" = load i32, ptr %".3984", align 4
  %".3986" = zext i32 %".3985" to i64
  %"data_end.193" = inttoptr i64 %".3986" to ptr
  %".3987" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.193" = load ptr, ptr %".3987", align 8
  %".3988" = xor i1 %".3980", -1
  br i1 %".3988", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".3990" = trunc i64 %"cursor.55" to i16
  %".3991" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".3990", ptr %".3991", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".3994" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".3995" = load volatile i16, [40 x i8]* %".3994", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4003" = trunc i64 %".3999" to i16
  %".4004" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4003", ptr %".4004", align 2
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
  %".4027" = trunc i64 %"cursor.56" to i32
  %".4028" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4027", [40 x i8]* %"header_copy", i32 4)
  %".4029" = icmp eq i64 %".4028", 0
  %".4030" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4031" = load i32, ptr %".4030", align 4
  %".4032" = zext i32 %".4031" to i64
  %"data.195" = inttoptr i64 %".4032" to ptr
  %".4033" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4034" = load i32, ptr %".4033", align 4
  %".4035" = zext i32 %".4034" to i64
  %"data_end.195" = inttoptr i64 %".4035" to ptr
  %".4036" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.195" = load ptr, ptr %".4036", align 8
  %".4037" = xor i1 %".4029", -1
  br i1 %".4037", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4039" = trunc i64 %"cursor.56" to i16
  %".4040" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4039", ptr %".4040", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4046" = trunc i64 %".4044" to i16
  %".4047" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".4046", ptr %".4047", align 2
  br label %"return"
gtpu_seq_d1.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4055" = trunc i64 %"cursor.57" to i32
  %".4056" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4055", [40 x i8]* %"header_copy", i32 3)
  %".4057" = icmp eq i64 %".4056", 0
  %".4058" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4059" = load i32, ptr %".4058", align 4
  %".4060" = zext i32 %".4059" to i64
  %"data.197" = inttoptr i64 %".4060" to ptr
  %".4061" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4062" = load i32, ptr %".4061", align 4
  %".4063" = zext i32 %".4062" to i64
  %"data_end.197" = inttoptr i64 %".4063" to ptr
  %".4064" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.197" = load ptr, ptr %".4064", align 8
  %".4065" = xor i1 %".4057", -1
  br i1 %".4065", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4067" = trunc i64 %"cursor.57" to i16
  %".4068" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4067", ptr %".4068", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4074" = trunc i64 %".4072" to i16
  %".4075" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4074", ptr %".4075", align 2
  br label %"return"
ppp_d0.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4085" = trunc i64 %"cursor.58" to i32
  %".4086" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4085", [40 x i8]* %"header_copy", i32 4)
  %".4087" = icmp eq i64 %".4086", 0
  %".4088" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4089" = load i32, ptr %".4088", align 4
  %".4090" = zext i32 %".4089" to i64
  %"data.200" = inttoptr i64 %".4090" to ptr
  %".4091" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4092" = load i32, ptr %".4091", align 4
  %".4093" = zext i32 %".4092" to i64
  %"data_end.200" = inttoptr i64 %".4093" to ptr
  %".4094" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.200" = load ptr, ptr %".4094", align 8
  %".4095" = xor i1 %".4087", -1
  br i1 %".4095", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4097" = trunc i64 %"cursor.58" to i16
  %".4098" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4097", ptr %".4098", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4101" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4102" = load volatile i16, [40 x i8]* %".4101", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4108" = and i64 %".4106", 0
  %".4109" = icmp eq i64 %".4108", 0
  br i1 %".4109", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv6:
  %".4132" = trunc i64 34525 to i16
  %".4133" = call i16 @"llvm.bswap.i16"(i16 %".4132")
  %".4134" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".4133", ptr %".4134", align 2
  %".4136" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4136", align 1
  %".4138" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.71" = load volatile i32, ptr %".4138", align 4
  %".4139" = and i32 %"flags.71", 4
  %".4140" = icmp ne i32 %".4139", 0
  br i1 %".4140", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4149" = trunc i64 34827 to i16
  %".4150" = call i16 @"llvm.bswap.i16"(i16 %".4149")
  %".4151" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".4150", ptr %".4151", align 2
  %".4153" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4153", align 1
  %".4155" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.72" = load volatile i32, ptr %".4155", align 4
  %".4156" = and i32 %"flags.72", 4
  %".4157" = icmp ne i32 %".4156", 0
  br i1 %".4157", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4111" = trunc i64 %".4104" to i16
  %".4112" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4111", ptr %".4112", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4125" = trunc i64 %".4104" to i16
  %".4126" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4125", ptr %".4126", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4129" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4129", align 4
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4142" = trunc i64 %".4104" to i16
  %".4143" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4142", ptr %".4143", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4146" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4146", align 4
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4159" = trunc i64 %".4104" to i16
  %".4160" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4159", ptr %".4160", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".4163" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4163", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.73" = phi  i64 [%".4104", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.202" = phi  ptr [%"data.201", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.202" = phi  ptr [%"data_end.201", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.202" = phi  ptr [%"keys.201", %"ppp_d0.stop_at_encap.endif.2"]
  %".5335" = add i64 %"cursor.73", 0
  %".5336" = trunc i64 %".5335" to i16
  %".5337" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5336", ptr %".5337", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4170" = trunc i64 %"cursor.59" to i32
  %".4171" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4170", [40 x i8]* %"header_copy", i32 8)
  %".4172" = icmp eq i64 %".4171", 0
  %".4173" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4174" = load i32, ptr %".4173", align 4
  %".4175" = zext i32 %".4174" to i64
  %"data.203" = inttoptr i64 %".4175" to ptr
  %".4176" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4177" = load i32, ptr %".4176", align 4
  %".4178" = zext i32 %".4177" to i64
  %"data_end.203" = inttoptr i64 %".4178" to ptr
  %".4179" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.203" = load ptr, ptr %".4179", align 8
  %".4180" = xor i1 %".4172", -1
  br i1 %".4180", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".4182" = trunc i64 %"cursor.59" to i16
  %".4183" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".4182", ptr %".4183", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".4194" = trunc i64 %".4187" to i16
  %".4195" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4194", ptr %".4195", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".4198" = getelementptr i8, ptr %"keys.204", i64 12
  store i32 0, ptr %".4198", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.to_ethernet:
  %".4205" = trunc i64 %".4187" to i16
  %".4206" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4205", ptr %".4206", align 2
  br label %"return"
vxlan_d1.unknown:
  %".4201" = trunc i64 %".4187" to i16
  %".4202" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4201", ptr %".4202", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4217" = trunc i64 %"cursor.60" to i32
  %".4218" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4217", [40 x i8]* %"header_copy", i32 8)
  %".4219" = icmp eq i64 %".4218", 0
  %".4220" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4221" = load i32, ptr %".4220", align 4
  %".4222" = zext i32 %".4221" to i64
  %"data.205" = inttoptr i64 %".4222" to ptr
  %".4223" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4224" = load i32, ptr %".4223", align 4
  %".4225" = zext i32 %".4224" to i64
  %"data_end.205" = inttoptr i64 %".4225" to ptr
  %".4226" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.205" = load ptr, ptr %".4226", align 8
  %".4227" = xor i1 %".4219", -1
  br i1 %".4227", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4229" = trunc i64 %"cursor.60" to i16
  %".4230" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4229", ptr %".4230", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4233" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4234" = load volatile i8, [40 x i8]* %".4233", align 1
  %".4235" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4236" = load volatile i16, [40 x i8]* %".4235", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4243" = trunc i64 %"cursor.60" to i16
  %".4244" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4243", ptr %".4244", align 2
  br label %"return"
geneve_d1.variable:
  %".4253" = zext i8 %"w0_1.18" to i64
  %".4254" = and i64 %".4253", 63
  %".4255" = mul i64 %".4254", 4
  %".4256" = add i64 %".4255", 8
  %".4257" = getelementptr i8, ptr %"data.206", i64 %"cursor.60"
  %".4258" = getelementptr i8, ptr %".4257", i64 %".4256"
  %".4259" = icmp ugt ptr %".4258", %"data_end.206"
  br i1 %".4259", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.208" = phi  ptr [%"data.206", %"geneve_d1.variable"], [%"data.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.206", %"geneve_d1.variable"], [%"data_end.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.206", %"geneve_d1.variable"], [%"keys.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %".4280" = add i64 %"cursor.60", %".4256"
  br label %"geneve_d1.variable.endif"
geneve_d1.copy_last_byte:
  %".4261" = add i64 %"cursor.60", %".4256"
  %".4262" = sub i64 %".4261", 1
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4263" = trunc i64 %".4262" to i32
  %".4264" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4263", i64* %"last_byte", i32 1)
  %".4265" = icmp eq i64 %".4264", 0
  %".4266" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4267" = load i32, ptr %".4266", align 4
  %".4268" = zext i32 %".4267" to i64
  %"data.207" = inttoptr i64 %".4268" to ptr
  %".4269" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4270" = load i32, ptr %".4269", align 4
  %".4271" = zext i32 %".4270" to i64
  %"data_end.207" = inttoptr i64 %".4271" to ptr
  %".4272" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.207" = load ptr, ptr %".4272", align 8
  %".4273" = xor i1 %".4265", -1
  br i1 %".4273", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4275" = trunc i64 %"cursor.60" to i16
  %".4276" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".4275", ptr %".4276", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4288" = trunc i64 %"end.7" to i16
  %".4289" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4288", ptr %".4289", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".4292" = getelementptr i8, ptr %"keys.209", i64 12
  store i32 0, ptr %".4292", align 4
  %".4294" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".4295" = zext i16 %".4294" to i64
  switch i16 %"w2_2.12", label %"geneve_d1.unknown" [i16 22629, label %"geneve_d1.to_ethernet" i16 8, label %"geneve_d1.to_ipv4" i16 56710, label %"geneve_d1.to_ipv6"]  , !prof !5
geneve_d1.to_ethernet:
  %".4301" = trunc i64 %"end.7" to i16
  %".4302" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4301", ptr %".4302", align 2
  br label %"return"
geneve_d1.unknown:
  %".4297" = trunc i64 %"end.7" to i16
  %".4298" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4297", ptr %".4298", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4305" = trunc i64 %"end.7" to i16
  %".4306" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4305", ptr %".4306", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4309" = trunc i64 %"end.7" to i16
  %".4310" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4309", ptr %".4310", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4321" = trunc i64 %"cursor.61" to i32
  %".4322" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4321", [40 x i8]* %"header_copy", i32 4)
  %".4323" = icmp eq i64 %".4322", 0
  %".4324" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4325" = load i32, ptr %".4324", align 4
  %".4326" = zext i32 %".4325" to i64
  %"data.210" = inttoptr i64 %".4326" to ptr
  %".4327" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4328" = load i32, ptr %".4327", align 4
  %".4329" = zext i32 %".4328" to i64
  %"data_end.210" = inttoptr i64 %".4329" to ptr
  %".4330" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.210" = load ptr, ptr %".4330", align 8
  %".4331" = xor i1 %".4323", -1
  br i1 %".4331", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4333" = trunc i64 %"cursor.61" to i16
  %".4334" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4333", ptr %".4334", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4337" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4338" = load volatile i8, [40 x i8]* %".4337", align 1
  %".4339" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4340" = load volatile i8, [40 x i8]* %".4339", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4352" = trunc i64 %"cursor.61" to i16
  %".4353" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4352", ptr %".4353", align 2
  br label %"return"
gue_d1.variable:
  %".4362" = zext i8 %"w0_1.19" to i64
  %".4363" = and i64 %".4362", 31
  %".4364" = mul i64 %".4363", 4
  %".4365" = add i64 %".4364", 4
  %".4366" = getelementptr i8, ptr %"data.211", i64 %"cursor.61"
  %".4367" = getelementptr i8, ptr %".4366", i64 %".4365"
  %".4368" = icmp ugt ptr %".4367", %"data_end.211"
  br i1 %".4368", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.213" = phi  ptr [%"data.211", %"gue_d1.variable"], [%"data.212", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.213" = phi  ptr [%"data_end.211", %"gue_d1.variable"], [%"data_end.212", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.213" = phi  ptr [%"keys.211", %"gue_d1.variable"], [%"keys.212", %"gue_d1.copy_last_byte_failed.endif"]
  %".4389" = add i64 %"cursor.61", %".4365"
  br label %"gue_d1.variable.endif"
gue_d1.copy_last_byte:
  %".4370" = add i64 %"cursor.61", %".4365"
  %".4371" = sub i64 %".4370", 1
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4372" = trunc i64 %".4371" to i32
  %".4373" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4372", i64* %"last_byte", i32 1)
  %".4374" = icmp eq i64 %".4373", 0
  %".4375" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4376" = load i32, ptr %".4375", align 4
  %".4377" = zext i32 %".4376" to i64
  %"data.212" = inttoptr i64 %".4377" to ptr
  %".4378" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4379" = load i32, ptr %".4378", align 4
  %".4380" = zext i32 %".4379" to i64
  %"data_end.212" = inttoptr i64 %".4380" to ptr
  %".4381" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.212" = load ptr, ptr %".4381", align 8
  %".4382" = xor i1 %".4374", -1
  br i1 %".4382", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4384" = trunc i64 %"cursor.61" to i16
  %".4385" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4384", ptr %".4385", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4397" = trunc i64 %"end.8" to i16
  %".4398" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4397", ptr %".4398", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".4401" = getelementptr i8, ptr %"keys.214", i64 12
  store i32 0, ptr %".4401", align 4
  %".4403" = zext i8 %"w1_1.11" to i64
  switch i64 %".4403", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.to_ipv4:
  %".4409" = trunc i64 %"end.8" to i16
  %".4410" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4409", ptr %".4410", align 2
  br label %"return"
gue_d1.unknown:
  %".4405" = trunc i64 %"end.8" to i16
  %".4406" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4405", ptr %".4406", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4413" = trunc i64 %"end.8" to i16
  %".4414" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4413", ptr %".4414", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4425" = trunc i64 %"cursor.62" to i32
  %".4426" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4425", [40 x i8]* %"header_copy", i32 8)
  %".4427" = icmp eq i64 %".4426", 0
  %".4428" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4429" = load i32, ptr %".4428", align 4
  %".4430" = zext i32 %".4429" to i64
  %"data.215" = inttoptr i64 %".4430" to ptr
  %".4431" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4432" = load i32, ptr %".4431", align 4
  %".4433" = zext i32 %".4432" to i64
  %"data_end.215" = inttoptr i64 %".4433" to ptr
  %".4434" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.215" = load ptr, ptr %".4434", align 8
  %".4435" = xor i1 %".4427", -1
  br i1 %".4435", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4437" = trunc i64 %"cursor.62" to i16
  %".4438" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".4437", ptr %".4438", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".4441" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4442" = load volatile i8, [40 x i8]* %".4441", align 1
  %".4443" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4444" = load volatile i8, [40 x i8]* %".4443", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".4459" = trunc i64 %"cursor.62" to i16
  %".4460" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4459", ptr %".4460", align 2
  br label %"return"
gtpu_d1.stop_at_encap:
  %".4470" = trunc i64 %".4463" to i16
  %".4471" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4470", ptr %".4471", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".4474" = getelementptr i8, ptr %"keys.216", i64 12
  store i32 0, ptr %".4474", align 4
  %".4476" = zext i8 %"w0_1.20" to i64
  %".4477" = lshr i64 %".4476", 2
  %".4478" = and i64 %".4477", 1
  %".4479" = mul i64 %".4478", 4
  %".4480" = zext i8 %"w0_1.20" to i64
  %".4481" = lshr i64 %".4480", 1
  %".4482" = and i64 %".4481", 1
  %".4483" = mul i64 %".4482", 2
  %".4484" = add i64 %".4479", %".4483"
  %".4485" = zext i8 %"w0_1.20" to i64
  %".4486" = and i64 %".4485", 1
  %".4487" = add i64 %".4484", %".4486"
  %".4488" = icmp uge i64 %".4487", 1
  %".4489" = icmp ule i64 %".4487", 3
  %".4490" = and i1 %".4488", %".4489"
  br i1 %".4490", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".4497" = trunc i64 %".4463" to i16
  %".4498" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4497", ptr %".4498", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4505" = trunc i64 %".4463" to i16
  %".4506" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4505", ptr %".4506", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4509" = trunc i64 %".4463" to i16
  %".4510" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4509", ptr %".4510", align 2
  br label %"return"
gtpu_d1.select:
  %".4492" = icmp uge i64 %".4487", 4
  %".4493" = icmp ule i64 %".4487", 7
  %".4494" = and i1 %".4492", %".4493"
  br i1 %".4494", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".4487", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
gtpu_d1.to_ip_version:
  %".4501" = trunc i64 %".4463" to i16
  %".4502" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4501", ptr %".4502", align 2
  br label %"return"
shim_d1.copy:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4519" = trunc i64 %"cursor.63" to i32
  %".4520" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4519", [40 x i8]* %"header_copy", i32 8)
  %".4521" = icmp eq i64 %".4520", 0
  %".4522" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4523" = load i32, ptr %".4522", align 4
  %".4524" = zext i32 %".4523" to i64
  %"data.217" = inttoptr i64 %".4524" to ptr
  %".4525" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4526" = load i32, ptr %".4525", align 4
  %".4527" = zext i32 %".4526" to i64
  %"data_end.217" = inttoptr i64 %".4527" to ptr
  %".4528" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.217" = load ptr, ptr %".4528", align 8
  %".4529" = xor i1 %".4521", -1
  br i1 %".4529", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4531" = trunc i64 %"cursor.63" to i16
  %".4532" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".4531", ptr %".4532", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4535" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4536" = load volatile i16, [40 x i8]* %".4535", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4545" = trunc i64 %".4538" to i16
  %".4546" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4545", ptr %".4546", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".4549" = getelementptr i8, ptr %"keys.218", i64 12
  store i32 0, ptr %".4549", align 4
  %".4551" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4552" = zext i16 %".4551" to i64
  switch i16 %"w2_2.13", label %"shim_d1.unknown" [i16 8, label %"shim_d1.to_ipv4"]
shim_d1.to_ipv4:
  %".4558" = trunc i64 %".4538" to i16
  %".4559" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4558", ptr %".4559", align 2
  br label %"return"
shim_d1.unknown:
  %".4554" = trunc i64 %".4538" to i16
  %".4555" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4554", ptr %".4555", align 2
  br label %"return"
gre_d1.variable:
  %".4568" = zext i8 %"w0_1.13" to i64
  %".4569" = lshr i64 %".4568", 7
  %".4570" = and i64 %".4569", 1
  %".4571" = zext i8 %"w0_1.13" to i64
  %".4572" = lshr i64 %".4571", 5
  %".4573" = and i64 %".4572", 1
  %".4574" = add i64 %".4570", %".4573"
  %".4575" = zext i8 %"w0_1.13" to i64
  %".4576" = lshr i64 %".4575", 4
  %".4577" = and i64 %".4576", 1
  %".4578" = add i64 %".4574", %".4577"
  %".4579" = mul i64 %".4578", 4
  %".4580" = add i64 %".4579", 4
  %".4581" = getelementptr i8, ptr %"data.169", i64 %"cursor.64"
  %".4582" = getelementptr i8, ptr %".4581", i64 %".4580"
  %".4583" = icmp ugt ptr %".4582", %"data_end.169"
  br i1 %".4583", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.220" = phi  ptr [%"data.169", %"gre_d1.variable"], [%"data.219", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.220" = phi  ptr [%"data_end.169", %"gre_d1.variable"], [%"data_end.219", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.220" = phi  ptr [%"keys.169", %"gre_d1.variable"], [%"keys.219", %"gre_d1.copy_last_byte_failed.endif"]
  %".4604" = add i64 %"cursor.64", %".4580"
  br label %"gre_d1.variable.endif"
gre_d1.copy_last_byte:
  %".4585" = add i64 %"cursor.64", %".4580"
  %".4586" = sub i64 %".4585", 1
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4587" = trunc i64 %".4586" to i32
  %".4588" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".4587", i64* %"last_byte", i32 1)
  %".4589" = icmp eq i64 %".4588", 0
  %".4590" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4591" = load i32, ptr %".4590", align 4
  %".4592" = zext i32 %".4591" to i64
  %"data.219" = inttoptr i64 %".4592" to ptr
  %".4593" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4594" = load i32, ptr %".4593", align 4
  %".4595" = zext i32 %".4594" to i64
  %"data_end.219" = inttoptr i64 %".4595" to ptr
  %".4596" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.219" = load ptr, ptr %".4596", align 8
  %".4597" = xor i1 %".4589", -1
  br i1 %".4597", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4599" = trunc i64 %"cursor.64" to i16
  %".4600" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".4599", ptr %".4600", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4612" = trunc i64 %"end.9" to i16
  %".4613" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4612", ptr %".4613", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4616" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".4616", align 4
  %".4618" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".4619" = zext i16 %".4618" to i64
  switch i16 %"w2_2.7", label %"gre_d1.unknown" [i16 8, label %"gre_d1.to_ipv4" i16 56710, label %"gre_d1.to_ipv6" i16 129, label %"gre_d1.to_vlan" i16 43144, label %"gre_d1.to_vlan.1" i16 18312, label %"gre_d1.to_mpls" i16 18568, label %"gre_d1.to_mpls.1" i16 25736, label %"gre_d1.to_pppoe" i16 1544, label %"gre_d1.to_arp" i16 13696, label %"gre_d1.to_arp.1" i16 63368, label %"gre_d1.to_ptp" i16 649, label %"gre_d1.to_cfm" i16 51848, label %"gre_d1.to_tipc" i16 1673, label %"gre_d1.to_fcoe" i16 12169, label %"gre_d1.to_hsr" i16 64392, label %"gre_d1.to_hsr.1" i16 1347, label %"gre_d1.to_batadv" i16 22629, label %"gre_d1.to_ethernet"]  , !prof !6
gre_d1.to_ipv4:
  %".4625" = trunc i64 %"end.9" to i16
  %".4626" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4625", ptr %".4626", align 2
  br label %"return"
gre_d1.unknown:
  %".4621" = trunc i64 %"end.9" to i16
  %".4622" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4621", ptr %".4622", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4629" = trunc i64 %"end.9" to i16
  %".4630" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4629", ptr %".4630", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4633" = trunc i64 %"end.9" to i16
  %".4634" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4633", ptr %".4634", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4637" = trunc i64 %"end.9" to i16
  %".4638" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4637", ptr %".4638", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4641" = trunc i64 %"end.9" to i16
  %".4642" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4641", ptr %".4642", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4645" = trunc i64 %"end.9" to i16
  %".4646" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4645", ptr %".4646", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4649" = trunc i64 %"end.9" to i16
  %".4650" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4649", ptr %".4650", align 2
  br label %"return"
gre_d1.to_arp:
  %".4653" = trunc i64 %"end.9" to i16
  %".4654" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4653", ptr %".4654", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4657" = trunc i64 %"end.9" to i16
  %".4658" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4657", ptr %".4658", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4661" = trunc i64 %"end.9" to i16
  %".4662" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4661", ptr %".4662", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4665" = trunc i64 %"end.9" to i16
  %".4666" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4665", ptr %".4666", align 2
  br label %"return"
gre_d1.to_tipc:
  %".4669" = trunc i64 %"end.9" to i16
  %".4670" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4669", ptr %".4670", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".4673" = trunc i64 %"end.9" to i16
  %".4674" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4673", ptr %".4674", align 2
  br label %"return"
gre_d1.to_hsr:
  %".4677" = trunc i64 %"end.9" to i16
  %".4678" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4677", ptr %".4678", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".4681" = trunc i64 %"end.9" to i16
  %".4682" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4681", ptr %".4682", align 2
  br label %"return"
gre_d1.to_batadv:
  %".4685" = trunc i64 %"end.9" to i16
  %".4686" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4685", ptr %".4686", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".4689" = trunc i64 %"end.9" to i16
  %".4690" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4689", ptr %".4690", align 2
  br label %"return"
pptp_d1.stop_before:
  %".4702" = trunc i64 %"cursor.65" to i16
  %".4703" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".4702", ptr %".4703", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".4728" = add i64 %"cursor.65", %".4723"
  %".4729" = sub i64 %".4728", 1
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4730" = trunc i64 %".4729" to i32
  %".4731" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".4730", i64* %"last_byte", i32 1)
  %".4732" = icmp eq i64 %".4731", 0
  %".4733" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4734" = load i32, ptr %".4733", align 4
  %".4735" = zext i32 %".4734" to i64
  %"data.222" = inttoptr i64 %".4735" to ptr
  %".4736" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4737" = load i32, ptr %".4736", align 4
  %".4738" = zext i32 %".4737" to i64
  %"data_end.222" = inttoptr i64 %".4738" to ptr
  %".4739" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.222" = load ptr, ptr %".4739", align 8
  %".4740" = xor i1 %".4732", -1
  br i1 %".4740", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".4742" = trunc i64 %"cursor.65" to i16
  %".4743" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".4742", ptr %".4743", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".4752" = trunc i64 %"end.10" to i16
  %".4753" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".4752", ptr %".4753", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4765" = trunc i64 %"cursor.66" to i32
  %".4766" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".4765", [40 x i8]* %"header_copy", i32 2)
  %".4767" = icmp eq i64 %".4766", 0
  %".4768" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4769" = load i32, ptr %".4768", align 4
  %".4770" = zext i32 %".4769" to i64
  %"data.225" = inttoptr i64 %".4770" to ptr
  %".4771" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4772" = load i32, ptr %".4771", align 4
  %".4773" = zext i32 %".4772" to i64
  %"data_end.225" = inttoptr i64 %".4773" to ptr
  %".4774" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.225" = load ptr, ptr %".4774", align 8
  %".4775" = xor i1 %".4767", -1
  br i1 %".4775", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".4777" = trunc i64 %"cursor.66" to i16
  %".4778" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".4777", ptr %".4778", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".4781" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4782" = load volatile i8, [40 x i8]* %".4781", align 1
  %".4783" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4784" = load volatile i8, [40 x i8]* %".4783", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".4796" = trunc i64 %".4793" to i16
  %".4797" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4796", ptr %".4797", align 2
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
  %".4813" = trunc i64 34887 to i16
  %".4814" = call i16 @"llvm.bswap.i16"(i16 %".4813")
  %".4815" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".4814", ptr %".4815", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".4818" = trunc i64 2048 to i16
  %".4819" = call i16 @"llvm.bswap.i16"(i16 %".4818")
  %".4820" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".4819", ptr %".4820", align 2
  %".4822" = getelementptr i8, ptr %"keys.226", i64 8
  store i8 1, ptr %".4822", align 1
  %".4824" = getelementptr i8, ptr %"keys.226", i64 48
  %"flags.79" = load volatile i32, ptr %".4824", align 4
  %".4825" = and i32 %"flags.79", 4
  %".4826" = icmp ne i32 %".4825", 0
  br i1 %".4826", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".4838" = getelementptr i8, ptr %"keys.226", i64 8
  store i8 1, ptr %".4838", align 1
  %".4840" = getelementptr i8, ptr %"keys.226", i64 48
  %"flags.80" = load volatile i32, ptr %".4840", align 4
  %".4841" = and i32 %"flags.80", 4
  %".4842" = icmp ne i32 %".4841", 0
  br i1 %".4842", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.75" = phi  i64 [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".6282", %"widening.test.30"]
  %"data.227" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.296", %"widening.test.30"]
  %"data_end.227" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.296", %"widening.test.30"]
  %"keys.227" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.30"]
  %"hdr.66" = getelementptr i8, ptr %"data.227", i64 %"cursor.75"
  %".5436" = getelementptr i8, ptr %"hdr.66", i64 2
  %".5437" = icmp ugt ptr %".5436", %"data_end.227"
  br i1 %".5437", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5439" = getelementptr i8, ptr %"hdr.66", i64 0
  %".5440" = load i8, ptr %".5439", align 1
  %".5441" = getelementptr i8, ptr %"hdr.66", i64 1
  %".5442" = load i8, ptr %".5441", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.26" = phi  i8 [%".5440", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5461", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5442", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5463", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.246" = phi  ptr [%"data.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.246" = phi  ptr [%"data_end.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.246" = phi  ptr [%"keys.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5465" = getelementptr i8, ptr %"keys.246", i64 9
  store i8 %"w0_1.26", ptr %".5465", align 1
  %".5467" = add i64 %"cursor.75", 2
  %".5468" = zext i8 %"w1_1.15" to i64
  %".5469" = mul i64 %".5468", 8
  %".5470" = add i64 %".5469", 6
  %".5471" = add i64 %".5470", 2
  %".5472" = add i64 %"cursor.75", %".5471"
  %".5473" = zext i8 %"w0_1.26" to i64
  switch i64 %".5473", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.76" = phi  i64 [%".4793", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".4885", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".6271", %"widening.test.29"]
  %"data.228" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.295", %"widening.test.29"]
  %"data_end.228" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.295", %"widening.test.29"]
  %"keys.228" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.29"]
  %"hdr.67" = getelementptr i8, ptr %"data.228", i64 %"cursor.76"
  %".5545" = getelementptr i8, ptr %"hdr.67", i64 8
  %".5546" = icmp ugt ptr %".5545", %"data_end.228"
  br i1 %".5546", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".5548" = getelementptr i8, ptr %"hdr.67", i64 0
  %".5549" = load i8, ptr %".5548", align 1
  %".5550" = getelementptr i8, ptr %"hdr.67", i64 2
  %".5551" = load i16, ptr %".5550", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".5549", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5570", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.17" = phi  i16 [%".5551", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5572", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.248" = phi  ptr [%"data.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.248" = phi  ptr [%"data_end.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.248" = phi  ptr [%"keys.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".5574" = getelementptr i8, ptr %"keys.248", i64 9
  store i8 %"w0_1.27", ptr %".5574", align 1
  %".5576" = add i64 %"cursor.76", 8
  %".5577" = icmp ne i64 1, 0
  %".5578" = and i16 %"w2_2.17", 63743
  %".5579" = icmp eq i16 %".5578", 0
  br i1 %".5577", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".5601" = zext i8 %"w0_1.27" to i64
  switch i64 %".5601", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".4828" = trunc i64 %".4793" to i16
  %".4829" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4828", ptr %".4829", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".4832" = getelementptr i8, ptr %"keys.226", i64 12
  store i32 0, ptr %".4832", align 4
  %".4834" = trunc i64 %".4793" to i16
  %".4835" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4834", ptr %".4835", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".4844" = trunc i64 %".4793" to i16
  %".4845" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4844", ptr %".4845", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".4848" = getelementptr i8, ptr %"keys.226", i64 12
  store i32 0, ptr %".4848", align 4
  %".4850" = trunc i64 %".4793" to i16
  %".4851" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4850", ptr %".4851", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4862" = trunc i64 %"cursor.67" to i32
  %".4863" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".4862", [40 x i8]* %"header_copy", i32 8)
  %".4864" = icmp eq i64 %".4863", 0
  %".4865" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4866" = load i32, ptr %".4865", align 4
  %".4867" = zext i32 %".4866" to i64
  %"data.229" = inttoptr i64 %".4867" to ptr
  %".4868" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4869" = load i32, ptr %".4868", align 4
  %".4870" = zext i32 %".4869" to i64
  %"data_end.229" = inttoptr i64 %".4870" to ptr
  %".4871" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.229" = load ptr, ptr %".4871", align 8
  %".4872" = xor i1 %".4864", -1
  br i1 %".4872", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".4874" = trunc i64 %"cursor.67" to i16
  %".4875" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".4874", ptr %".4875", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".4878" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4879" = load volatile i8, [40 x i8]* %".4878", align 1
  %".4880" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4881" = load volatile i16, [40 x i8]* %".4880", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".4890" = getelementptr i8, ptr %"keys.230", i64 6
  store i8 1, ptr %".4890", align 1
  br i1 %".4888", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".4893" = getelementptr i8, ptr %"keys.230", i64 7
  store i8 1, ptr %".4893", align 1
  %".4895" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.81" = load volatile i32, ptr %".4895", align 4
  %".4896" = and i32 %"flags.81", 1
  %".4897" = icmp ne i32 %".4896", 0
  %".4898" = xor i1 %".4897", -1
  br i1 %".4898", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".4905" = trunc i64 %".4885" to i16
  %".4906" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4905", ptr %".4906", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".4900" = trunc i64 %".4885" to i16
  %".4901" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4900", ptr %".4901", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".4912" = trunc i64 %".4885" to i16
  %".4913" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4912", ptr %".4913", align 2
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
  %".4929" = trunc i64 34887 to i16
  %".4930" = call i16 @"llvm.bswap.i16"(i16 %".4929")
  %".4931" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".4930", ptr %".4931", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".4934" = trunc i64 2048 to i16
  %".4935" = call i16 @"llvm.bswap.i16"(i16 %".4934")
  %".4936" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".4935", ptr %".4936", align 2
  %".4938" = getelementptr i8, ptr %"keys.230", i64 8
  store i8 1, ptr %".4938", align 1
  %".4940" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.82" = load volatile i32, ptr %".4940", align 4
  %".4941" = and i32 %"flags.82", 4
  %".4942" = icmp ne i32 %".4941", 0
  br i1 %".4942", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".4954" = getelementptr i8, ptr %"keys.230", i64 8
  store i8 1, ptr %".4954", align 1
  %".4956" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.83" = load volatile i32, ptr %".4956", align 4
  %".4957" = and i32 %"flags.83", 4
  %".4958" = icmp ne i32 %".4957", 0
  br i1 %".4958", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".4944" = trunc i64 %".4885" to i16
  %".4945" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4944", ptr %".4945", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".4948" = getelementptr i8, ptr %"keys.230", i64 12
  store i32 0, ptr %".4948", align 4
  %".4950" = trunc i64 %".4885" to i16
  %".4951" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4950", ptr %".4951", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".4960" = trunc i64 %".4885" to i16
  %".4961" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4960", ptr %".4961", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".4964" = getelementptr i8, ptr %"keys.230", i64 12
  store i32 0, ptr %".4964", align 4
  %".4966" = trunc i64 %".4885" to i16
  %".4967" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4966", ptr %".4967", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4978" = trunc i64 %"cursor.68" to i32
  %".4979" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".4978", [40 x i8]* %"header_copy", i32 2)
  %".4980" = icmp eq i64 %".4979", 0
  %".4981" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4982" = load i32, ptr %".4981", align 4
  %".4983" = zext i32 %".4982" to i64
  %"data.231" = inttoptr i64 %".4983" to ptr
  %".4984" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4985" = load i32, ptr %".4984", align 4
  %".4986" = zext i32 %".4985" to i64
  %"data_end.231" = inttoptr i64 %".4986" to ptr
  %".4987" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.231" = load ptr, ptr %".4987", align 8
  %".4988" = xor i1 %".4980", -1
  br i1 %".4988", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".4990" = trunc i64 %"cursor.68" to i16
  %".4991" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".4990", ptr %".4991", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".4994" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4995" = load volatile i8, [40 x i8]* %".4994", align 1
  %".4996" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4997" = load volatile i8, [40 x i8]* %".4996", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5009" = trunc i64 %".5006" to i16
  %".5010" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5009", ptr %".5010", align 2
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
  %".5021" = trunc i64 %".5006" to i16
  %".5022" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5021", ptr %".5022", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5025" = trunc i64 %".5006" to i16
  %".5026" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5025", ptr %".5026", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5029" = trunc i64 %".5006" to i16
  %".5030" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5029", ptr %".5030", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5033" = trunc i64 %".5006" to i16
  %".5034" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5033", ptr %".5034", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5038" = trunc i64 34887 to i16
  %".5039" = call i16 @"llvm.bswap.i16"(i16 %".5038")
  %".5040" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5039", ptr %".5040", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5043" = trunc i64 2048 to i16
  %".5044" = call i16 @"llvm.bswap.i16"(i16 %".5043")
  %".5045" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5044", ptr %".5045", align 2
  %".5047" = getelementptr i8, ptr %"keys.232", i64 8
  store i8 1, ptr %".5047", align 1
  %".5049" = getelementptr i8, ptr %"keys.232", i64 48
  %"flags.84" = load volatile i32, ptr %".5049", align 4
  %".5050" = and i32 %"flags.84", 4
  %".5051" = icmp ne i32 %".5050", 0
  br i1 %".5051", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5060" = getelementptr i8, ptr %"keys.232", i64 8
  store i8 1, ptr %".5060", align 1
  %".5062" = getelementptr i8, ptr %"keys.232", i64 48
  %"flags.85" = load volatile i32, ptr %".5062", align 4
  %".5063" = and i32 %"flags.85", 4
  %".5064" = icmp ne i32 %".5063", 0
  br i1 %".5064", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5053" = trunc i64 %".5006" to i16
  %".5054" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5053", ptr %".5054", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5057" = getelementptr i8, ptr %"keys.232", i64 12
  store i32 0, ptr %".5057", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5066" = trunc i64 %".5006" to i16
  %".5067" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5066", ptr %".5067", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5070" = getelementptr i8, ptr %"keys.232", i64 12
  store i32 0, ptr %".5070", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5081" = trunc i64 %"cursor.69" to i32
  %".5082" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5081", [40 x i8]* %"header_copy", i32 8)
  %".5083" = icmp eq i64 %".5082", 0
  %".5084" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5085" = load i32, ptr %".5084", align 4
  %".5086" = zext i32 %".5085" to i64
  %"data.233" = inttoptr i64 %".5086" to ptr
  %".5087" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5088" = load i32, ptr %".5087", align 4
  %".5089" = zext i32 %".5088" to i64
  %"data_end.233" = inttoptr i64 %".5089" to ptr
  %".5090" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.233" = load ptr, ptr %".5090", align 8
  %".5091" = xor i1 %".5083", -1
  br i1 %".5091", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5093" = trunc i64 %"cursor.69" to i16
  %".5094" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5093", ptr %".5094", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5097" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5098" = load volatile i8, [40 x i8]* %".5097", align 1
  %".5099" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5100" = load volatile i16, [40 x i8]* %".5099", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5109" = getelementptr i8, ptr %"keys.234", i64 6
  store i8 1, ptr %".5109", align 1
  br i1 %".5107", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5112" = getelementptr i8, ptr %"keys.234", i64 7
  store i8 1, ptr %".5112", align 1
  %".5114" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.86" = load volatile i32, ptr %".5114", align 4
  %".5115" = and i32 %"flags.86", 1
  %".5116" = icmp ne i32 %".5115", 0
  %".5117" = xor i1 %".5116", -1
  br i1 %".5117", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5124" = trunc i64 %".5104" to i16
  %".5125" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5124", ptr %".5125", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5119" = trunc i64 %".5104" to i16
  %".5120" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5119", ptr %".5120", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5131" = trunc i64 %".5104" to i16
  %".5132" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5131", ptr %".5132", align 2
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
  %".5143" = trunc i64 %".5104" to i16
  %".5144" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5143", ptr %".5144", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5147" = trunc i64 %".5104" to i16
  %".5148" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5147", ptr %".5148", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5151" = trunc i64 %".5104" to i16
  %".5152" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5151", ptr %".5152", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5155" = trunc i64 %".5104" to i16
  %".5156" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5155", ptr %".5156", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5160" = trunc i64 34887 to i16
  %".5161" = call i16 @"llvm.bswap.i16"(i16 %".5160")
  %".5162" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5161", ptr %".5162", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5165" = trunc i64 2048 to i16
  %".5166" = call i16 @"llvm.bswap.i16"(i16 %".5165")
  %".5167" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5166", ptr %".5167", align 2
  %".5169" = getelementptr i8, ptr %"keys.234", i64 8
  store i8 1, ptr %".5169", align 1
  %".5171" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.87" = load volatile i32, ptr %".5171", align 4
  %".5172" = and i32 %"flags.87", 4
  %".5173" = icmp ne i32 %".5172", 0
  br i1 %".5173", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5182" = getelementptr i8, ptr %"keys.234", i64 8
  store i8 1, ptr %".5182", align 1
  %".5184" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.88" = load volatile i32, ptr %".5184", align 4
  %".5185" = and i32 %"flags.88", 4
  %".5186" = icmp ne i32 %".5185", 0
  br i1 %".5186", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5175" = trunc i64 %".5104" to i16
  %".5176" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5175", ptr %".5176", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5179" = getelementptr i8, ptr %"keys.234", i64 12
  store i32 0, ptr %".5179", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5188" = trunc i64 %".5104" to i16
  %".5189" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5188", ptr %".5189", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5192" = getelementptr i8, ptr %"keys.234", i64 12
  store i32 0, ptr %".5192", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5202" = trunc i64 %"cursor.70" to i32
  %".5203" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5202", [40 x i8]* %"header_copy", i32 4)
  %".5204" = icmp eq i64 %".5203", 0
  %".5205" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5206" = load i32, ptr %".5205", align 4
  %".5207" = zext i32 %".5206" to i64
  %"data.235" = inttoptr i64 %".5207" to ptr
  %".5208" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5209" = load i32, ptr %".5208", align 4
  %".5210" = zext i32 %".5209" to i64
  %"data_end.235" = inttoptr i64 %".5210" to ptr
  %".5211" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.235" = load ptr, ptr %".5211", align 8
  %".5212" = xor i1 %".5204", -1
  br i1 %".5212", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5214" = trunc i64 %".5195" to i16
  %".5215" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5214", ptr %".5215", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5218" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5219" = load volatile i8, [40 x i8]* %".5218", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5225" = trunc i64 %".5221" to i16
  %".5226" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5225", ptr %".5226", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5233" = getelementptr i8, ptr %"keys.236", i64 8
  store i8 1, ptr %".5233", align 1
  %".5235" = getelementptr i8, ptr %"keys.236", i64 48
  %"flags.89" = load volatile i32, ptr %".5235", align 4
  %".5236" = and i32 %"flags.89", 4
  %".5237" = icmp ne i32 %".5236", 0
  br i1 %".5237", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5239" = trunc i64 %".5221" to i16
  %".5240" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5239", ptr %".5240", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5243" = getelementptr i8, ptr %"keys.236", i64 12
  store i32 0, ptr %".5243", align 4
  br label %"ip_version_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5253" = trunc i64 %"cursor.71" to i32
  %".5254" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5253", [40 x i8]* %"header_copy", i32 4)
  %".5255" = icmp eq i64 %".5254", 0
  %".5256" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5257" = load i32, ptr %".5256", align 4
  %".5258" = zext i32 %".5257" to i64
  %"data.237" = inttoptr i64 %".5258" to ptr
  %".5259" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5260" = load i32, ptr %".5259", align 4
  %".5261" = zext i32 %".5260" to i64
  %"data_end.237" = inttoptr i64 %".5261" to ptr
  %".5262" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.237" = load ptr, ptr %".5262", align 8
  %".5263" = xor i1 %".5255", -1
  br i1 %".5263", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".5265" = trunc i64 %".5246" to i16
  %".5266" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5265", ptr %".5266", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".5269" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5270" = load volatile i8, [40 x i8]* %".5269", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".5276" = trunc i64 %".5272" to i16
  %".5277" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5276", ptr %".5277", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_ip_version:
  %".5281" = getelementptr i8, ptr %"keys.238", i64 8
  store i8 1, ptr %".5281", align 1
  %".5283" = getelementptr i8, ptr %"keys.238", i64 48
  %"flags.90" = load volatile i32, ptr %".5283", align 4
  %".5284" = and i32 %"flags.90", 4
  %".5285" = icmp ne i32 %".5284", 0
  br i1 %".5285", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels3.stop_at_encap:
  %".5287" = trunc i64 %".5272" to i16
  %".5288" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5287", ptr %".5288", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".5291" = getelementptr i8, ptr %"keys.238", i64 12
  store i32 0, ptr %".5291", align 4
  %".5293" = trunc i64 %".5272" to i16
  %".5294" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5293", ptr %".5294", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5303" = trunc i64 %"cursor.72" to i32
  %".5304" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5303", [40 x i8]* %"header_copy", i32 1)
  %".5305" = icmp eq i64 %".5304", 0
  %".5306" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5307" = load i32, ptr %".5306", align 4
  %".5308" = zext i32 %".5307" to i64
  %"data.240" = inttoptr i64 %".5308" to ptr
  %".5309" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5310" = load i32, ptr %".5309", align 4
  %".5311" = zext i32 %".5310" to i64
  %"data_end.240" = inttoptr i64 %".5311" to ptr
  %".5312" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.240" = load ptr, ptr %".5312", align 8
  %".5313" = xor i1 %".5305", -1
  br i1 %".5313", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5315" = trunc i64 %"cursor.72" to i16
  %".5316" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".5315", ptr %".5316", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5319" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5320" = load volatile i8, [40 x i8]* %".5319", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5329" = trunc i64 %".5322" to i16
  %".5330" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5329", ptr %".5330", align 2
  br label %"return"
gtpu_next_d1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".5323", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_next_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_ext_d1_gtpu_ext1:
  %"cursor.78" = phi  i64 [%".5322", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.242" = phi  ptr [%"data.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.242" = phi  ptr [%"data_end.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.242" = phi  ptr [%"keys.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.69" = getelementptr i8, ptr %"data.242", i64 %"cursor.78"
  %".5727" = getelementptr i8, ptr %"hdr.69", i64 1
  %".5728" = icmp ugt ptr %".5727", %"data_end.242"
  br i1 %".5728", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".5730" = getelementptr i8, ptr %"hdr.69", i64 0
  %".5731" = load i8, ptr %".5730", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.28" = phi  i8 [%".5731", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".5750", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.252" = phi  ptr [%"data.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.252" = phi  ptr [%"data_end.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.252" = phi  ptr [%"keys.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".5752" = zext i8 %"w0_1.28" to i64
  %".5753" = icmp uge i64 %".5752", 1
  %".5754" = xor i1 %".5753", -1
  br i1 %".5754", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
ppp_d1.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5346" = trunc i64 %"cursor.74" to i32
  %".5347" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5346", [40 x i8]* %"header_copy", i32 4)
  %".5348" = icmp eq i64 %".5347", 0
  %".5349" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5350" = load i32, ptr %".5349", align 4
  %".5351" = zext i32 %".5350" to i64
  %"data.243" = inttoptr i64 %".5351" to ptr
  %".5352" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5353" = load i32, ptr %".5352", align 4
  %".5354" = zext i32 %".5353" to i64
  %"data_end.243" = inttoptr i64 %".5354" to ptr
  %".5355" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.243" = load ptr, ptr %".5355", align 8
  %".5356" = xor i1 %".5348", -1
  br i1 %".5356", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5358" = trunc i64 %"cursor.74" to i16
  %".5359" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5358", ptr %".5359", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5362" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5363" = load volatile i16, [40 x i8]* %".5362", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5369" = and i64 %".5367", 0
  %".5370" = icmp eq i64 %".5369", 0
  br i1 %".5370", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv6:
  %".5396" = trunc i64 34525 to i16
  %".5397" = call i16 @"llvm.bswap.i16"(i16 %".5396")
  %".5398" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5397", ptr %".5398", align 2
  %".5400" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5400", align 1
  %".5402" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.92" = load volatile i32, ptr %".5402", align 4
  %".5403" = and i32 %"flags.92", 4
  %".5404" = icmp ne i32 %".5403", 0
  br i1 %".5404", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".5416" = trunc i64 34827 to i16
  %".5417" = call i16 @"llvm.bswap.i16"(i16 %".5416")
  %".5418" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5417", ptr %".5418", align 2
  %".5420" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5420", align 1
  %".5422" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.93" = load volatile i32, ptr %".5422", align 4
  %".5423" = and i32 %"flags.93", 4
  %".5424" = icmp ne i32 %".5423", 0
  br i1 %".5424", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".5372" = trunc i64 %".5365" to i16
  %".5373" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5372", ptr %".5373", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5386" = trunc i64 %".5365" to i16
  %".5387" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5386", ptr %".5387", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".5390" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5390", align 4
  %".5392" = trunc i64 %".5365" to i16
  %".5393" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5392", ptr %".5393", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5406" = trunc i64 %".5365" to i16
  %".5407" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5406", ptr %".5407", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".5410" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5410", align 4
  %".5412" = trunc i64 %".5365" to i16
  %".5413" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5412", ptr %".5413", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".5426" = trunc i64 %".5365" to i16
  %".5427" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5426", ptr %".5427", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".5430" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5430", align 4
  %".5432" = trunc i64 %".5365" to i16
  %".5433" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5432", ptr %".5433", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5444" = trunc i64 %"cursor.75" to i32
  %".5445" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".5444", [40 x i8]* %"header_copy", i32 2)
  %".5446" = icmp eq i64 %".5445", 0
  %".5447" = getelementptr i8, ptr %"ctx.79", i64 76
  %".5448" = load i32, ptr %".5447", align 4
  %".5449" = zext i32 %".5448" to i64
  %"data.245" = inttoptr i64 %".5449" to ptr
  %".5450" = getelementptr i8, ptr %"ctx.79", i64 80
  %".5451" = load i32, ptr %".5450", align 4
  %".5452" = zext i32 %".5451" to i64
  %"data_end.245" = inttoptr i64 %".5452" to ptr
  %".5453" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.245" = load ptr, ptr %".5453", align 8
  %".5454" = xor i1 %".5446", -1
  br i1 %".5454", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5456" = trunc i64 %"cursor.75" to i16
  %".5457" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5456", ptr %".5457", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5460" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5461" = load volatile i8, [40 x i8]* %".5460", align 1
  %".5462" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5463" = load volatile i8, [40 x i8]* %".5462", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5475" = trunc i64 %".5472" to i16
  %".5476" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5475", ptr %".5476", align 2
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
  %".5487" = trunc i64 %".5472" to i16
  %".5488" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5487", ptr %".5488", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5491" = trunc i64 %".5472" to i16
  %".5492" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5491", ptr %".5492", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5495" = trunc i64 %".5472" to i16
  %".5496" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5495", ptr %".5496", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5499" = trunc i64 %".5472" to i16
  %".5500" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5499", ptr %".5500", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".5504" = trunc i64 34887 to i16
  %".5505" = call i16 @"llvm.bswap.i16"(i16 %".5504")
  %".5506" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".5505", ptr %".5506", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".5509" = trunc i64 2048 to i16
  %".5510" = call i16 @"llvm.bswap.i16"(i16 %".5509")
  %".5511" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".5510", ptr %".5511", align 2
  %".5513" = getelementptr i8, ptr %"keys.246", i64 8
  store i8 1, ptr %".5513", align 1
  %".5515" = getelementptr i8, ptr %"keys.246", i64 48
  %"flags.94" = load volatile i32, ptr %".5515", align 4
  %".5516" = and i32 %"flags.94", 4
  %".5517" = icmp ne i32 %".5516", 0
  br i1 %".5517", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".5529" = getelementptr i8, ptr %"keys.246", i64 8
  store i8 1, ptr %".5529", align 1
  %".5531" = getelementptr i8, ptr %"keys.246", i64 48
  %"flags.95" = load volatile i32, ptr %".5531", align 4
  %".5532" = and i32 %"flags.95", 4
  %".5533" = icmp ne i32 %".5532", 0
  br i1 %".5533", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".5519" = trunc i64 %".5472" to i16
  %".5520" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5519", ptr %".5520", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".5523" = getelementptr i8, ptr %"keys.246", i64 12
  store i32 0, ptr %".5523", align 4
  %".5525" = trunc i64 %".5472" to i16
  %".5526" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5525", ptr %".5526", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".5535" = trunc i64 %".5472" to i16
  %".5536" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5535", ptr %".5536", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5539" = getelementptr i8, ptr %"keys.246", i64 12
  store i32 0, ptr %".5539", align 4
  %".5541" = trunc i64 %".5472" to i16
  %".5542" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5541", ptr %".5542", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5553" = trunc i64 %"cursor.76" to i32
  %".5554" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".5553", [40 x i8]* %"header_copy", i32 8)
  %".5555" = icmp eq i64 %".5554", 0
  %".5556" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5557" = load i32, ptr %".5556", align 4
  %".5558" = zext i32 %".5557" to i64
  %"data.247" = inttoptr i64 %".5558" to ptr
  %".5559" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5560" = load i32, ptr %".5559", align 4
  %".5561" = zext i32 %".5560" to i64
  %"data_end.247" = inttoptr i64 %".5561" to ptr
  %".5562" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.247" = load ptr, ptr %".5562", align 8
  %".5563" = xor i1 %".5555", -1
  br i1 %".5563", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".5565" = trunc i64 %"cursor.76" to i16
  %".5566" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5565", ptr %".5566", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".5569" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5570" = load volatile i8, [40 x i8]* %".5569", align 1
  %".5571" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5572" = load volatile i16, [40 x i8]* %".5571", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".5581" = getelementptr i8, ptr %"keys.248", i64 6
  store i8 1, ptr %".5581", align 1
  br i1 %".5579", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".5584" = getelementptr i8, ptr %"keys.248", i64 7
  store i8 1, ptr %".5584", align 1
  %".5586" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.96" = load volatile i32, ptr %".5586", align 4
  %".5587" = and i32 %"flags.96", 1
  %".5588" = icmp ne i32 %".5587", 0
  %".5589" = xor i1 %".5588", -1
  br i1 %".5589", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".5596" = trunc i64 %".5576" to i16
  %".5597" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5596", ptr %".5597", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".5591" = trunc i64 %".5576" to i16
  %".5592" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5591", ptr %".5592", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".5603" = trunc i64 %".5576" to i16
  %".5604" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5603", ptr %".5604", align 2
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
  %".5615" = trunc i64 %".5576" to i16
  %".5616" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5615", ptr %".5616", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5619" = trunc i64 %".5576" to i16
  %".5620" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5619", ptr %".5620", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5623" = trunc i64 %".5576" to i16
  %".5624" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5623", ptr %".5624", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".5627" = trunc i64 %".5576" to i16
  %".5628" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5627", ptr %".5628", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5632" = trunc i64 34887 to i16
  %".5633" = call i16 @"llvm.bswap.i16"(i16 %".5632")
  %".5634" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".5633", ptr %".5634", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5637" = trunc i64 2048 to i16
  %".5638" = call i16 @"llvm.bswap.i16"(i16 %".5637")
  %".5639" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".5638", ptr %".5639", align 2
  %".5641" = getelementptr i8, ptr %"keys.248", i64 8
  store i8 1, ptr %".5641", align 1
  %".5643" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.97" = load volatile i32, ptr %".5643", align 4
  %".5644" = and i32 %"flags.97", 4
  %".5645" = icmp ne i32 %".5644", 0
  br i1 %".5645", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5657" = getelementptr i8, ptr %"keys.248", i64 8
  store i8 1, ptr %".5657", align 1
  %".5659" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.98" = load volatile i32, ptr %".5659", align 4
  %".5660" = and i32 %"flags.98", 4
  %".5661" = icmp ne i32 %".5660", 0
  br i1 %".5661", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5647" = trunc i64 %".5576" to i16
  %".5648" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5647", ptr %".5648", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5651" = getelementptr i8, ptr %"keys.248", i64 12
  store i32 0, ptr %".5651", align 4
  %".5653" = trunc i64 %".5576" to i16
  %".5654" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5653", ptr %".5654", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".5663" = trunc i64 %".5576" to i16
  %".5664" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5663", ptr %".5664", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5667" = getelementptr i8, ptr %"keys.248", i64 12
  store i32 0, ptr %".5667", align 4
  %".5669" = trunc i64 %".5576" to i16
  %".5670" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5669", ptr %".5670", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5680" = trunc i64 %"cursor.77" to i32
  %".5681" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".5680", [40 x i8]* %"header_copy", i32 4)
  %".5682" = icmp eq i64 %".5681", 0
  %".5683" = getelementptr i8, ptr %"ctx.81", i64 76
  %".5684" = load i32, ptr %".5683", align 4
  %".5685" = zext i32 %".5684" to i64
  %"data.249" = inttoptr i64 %".5685" to ptr
  %".5686" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5687" = load i32, ptr %".5686", align 4
  %".5688" = zext i32 %".5687" to i64
  %"data_end.249" = inttoptr i64 %".5688" to ptr
  %".5689" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.249" = load ptr, ptr %".5689", align 8
  %".5690" = xor i1 %".5682", -1
  br i1 %".5690", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".5692" = trunc i64 %".5673" to i16
  %".5693" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".5692", ptr %".5693", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".5696" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5697" = load volatile i8, [40 x i8]* %".5696", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".5703" = trunc i64 %".5699" to i16
  %".5704" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5703", ptr %".5704", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".5711" = getelementptr i8, ptr %"keys.250", i64 8
  store i8 1, ptr %".5711", align 1
  %".5713" = getelementptr i8, ptr %"keys.250", i64 48
  %"flags.99" = load volatile i32, ptr %".5713", align 4
  %".5714" = and i32 %"flags.99", 4
  %".5715" = icmp ne i32 %".5714", 0
  br i1 %".5715", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".5717" = trunc i64 %".5699" to i16
  %".5718" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5717", ptr %".5718", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".5721" = getelementptr i8, ptr %"keys.250", i64 12
  store i32 0, ptr %".5721", align 4
  %".5723" = trunc i64 %".5699" to i16
  %".5724" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5723", ptr %".5724", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5733" = trunc i64 %"cursor.78" to i32
  %".5734" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".5733", [40 x i8]* %"header_copy", i32 1)
  %".5735" = icmp eq i64 %".5734", 0
  %".5736" = getelementptr i8, ptr %"ctx.82", i64 76
  %".5737" = load i32, ptr %".5736", align 4
  %".5738" = zext i32 %".5737" to i64
  %"data.251" = inttoptr i64 %".5738" to ptr
  %".5739" = getelementptr i8, ptr %"ctx.82", i64 80
  %".5740" = load i32, ptr %".5739", align 4
  %".5741" = zext i32 %".5740" to i64
  %"data_end.251" = inttoptr i64 %".5741" to ptr
  %".5742" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.251" = load ptr, ptr %".5742", align 8
  %".5743" = xor i1 %".5735", -1
  br i1 %".5743", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".5745" = trunc i64 %"cursor.78" to i16
  %".5746" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".5745", ptr %".5746", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".5749" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5750" = load volatile i8, [40 x i8]* %".5749", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".5756" = trunc i64 %"cursor.78" to i16
  %".5757" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".5756", ptr %".5757", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".5760" = add i64 %"cursor.78", 1
  %".5761" = zext i8 %"w0_1.28" to i64
  %".5762" = mul i64 %".5761", 4
  %".5763" = sub i64 %".5762", 2
  %".5764" = add i64 %".5763", 1
  %".5765" = getelementptr i8, ptr %"data.252", i64 %"cursor.78"
  %".5766" = getelementptr i8, ptr %".5765", i64 %".5764"
  %".5767" = icmp ugt ptr %".5766", %"data_end.252"
  br i1 %".5767", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.254" = phi  ptr [%"data.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.254" = phi  ptr [%"data_end.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.254" = phi  ptr [%"keys.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %".5788" = add i64 %"cursor.78", %".5764"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.79" = phi  i64 [%".5788", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.255" = phi  ptr [%"data.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.255" = phi  ptr [%"data_end.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.255" = phi  ptr [%"keys.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.70" = getelementptr i8, ptr %"data.255", i64 %"cursor.79"
  %".5795" = getelementptr i8, ptr %"hdr.70", i64 1
  %".5796" = icmp ugt ptr %".5795", %"data_end.255"
  br i1 %".5796", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".5798" = getelementptr i8, ptr %"hdr.70", i64 0
  %".5799" = load i8, ptr %".5798", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.29" = phi  i8 [%".5799", %"gtpu_next_d1_gtpu_ext1.linear"], [%".5818", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.257" = phi  ptr [%"data.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.257" = phi  ptr [%"data_end.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.257" = phi  ptr [%"keys.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".5820" = add i64 %"cursor.79", 1
  %".5821" = zext i8 %"w0_1.29" to i64
  %".5822" = icmp uge i64 %".5821", 1
  %".5823" = icmp ule i64 %".5821", 255
  %".5824" = and i1 %".5822", %".5823"
  br i1 %".5824", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".5769" = add i64 %"cursor.78", %".5764"
  %".5770" = sub i64 %".5769", 1
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5771" = trunc i64 %".5770" to i32
  %".5772" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".5771", i64* %"last_byte", i32 1)
  %".5773" = icmp eq i64 %".5772", 0
  %".5774" = getelementptr i8, ptr %"ctx.83", i64 76
  %".5775" = load i32, ptr %".5774", align 4
  %".5776" = zext i32 %".5775" to i64
  %"data.253" = inttoptr i64 %".5776" to ptr
  %".5777" = getelementptr i8, ptr %"ctx.83", i64 80
  %".5778" = load i32, ptr %".5777", align 4
  %".5779" = zext i32 %".5778" to i64
  %"data_end.253" = inttoptr i64 %".5779" to ptr
  %".5780" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.253" = load ptr, ptr %".5780", align 8
  %".5781" = xor i1 %".5773", -1
  br i1 %".5781", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".5783" = trunc i64 %"cursor.78" to i16
  %".5784" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".5783", ptr %".5784", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".5790" = trunc i64 %".5788" to i16
  %".5791" = getelementptr i8, ptr %"keys.254", i64 2
  store i16 %".5790", ptr %".5791", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5801" = trunc i64 %"cursor.79" to i32
  %".5802" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".5801", [40 x i8]* %"header_copy", i32 1)
  %".5803" = icmp eq i64 %".5802", 0
  %".5804" = getelementptr i8, ptr %"ctx.84", i64 76
  %".5805" = load i32, ptr %".5804", align 4
  %".5806" = zext i32 %".5805" to i64
  %"data.256" = inttoptr i64 %".5806" to ptr
  %".5807" = getelementptr i8, ptr %"ctx.84", i64 80
  %".5808" = load i32, ptr %".5807", align 4
  %".5809" = zext i32 %".5808" to i64
  %"data_end.256" = inttoptr i64 %".5809" to ptr
  %".5810" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.256" = load ptr, ptr %".5810", align 8
  %".5811" = xor i1 %".5803", -1
  br i1 %".5811", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".5813" = trunc i64 %"cursor.79" to i16
  %".5814" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".5813", ptr %".5814", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".5817" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5818" = load volatile i8, [40 x i8]* %".5817", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".5827" = trunc i64 %".5820" to i16
  %".5828" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".5827", ptr %".5828", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".5821", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_next_d1_gtpu_ext1.to_ip_version:
  br label %"ip_version_d1"
gtpu_ext_d1_gtpu_ext2:
  %"cursor.80" = phi  i64 [%".5820", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.258" = phi  ptr [%"data.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.258" = phi  ptr [%"data_end.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.258" = phi  ptr [%"keys.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.71" = getelementptr i8, ptr %"data.258", i64 %"cursor.80"
  %".5833" = getelementptr i8, ptr %"hdr.71", i64 1
  %".5834" = icmp ugt ptr %".5833", %"data_end.258"
  br i1 %".5834", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".5836" = getelementptr i8, ptr %"hdr.71", i64 0
  %".5837" = load i8, ptr %".5836", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.30" = phi  i8 [%".5837", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".5856", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.260" = phi  ptr [%"data.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.260" = phi  ptr [%"data_end.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.260" = phi  ptr [%"keys.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".5858" = zext i8 %"w0_1.30" to i64
  %".5859" = icmp uge i64 %".5858", 1
  %".5860" = xor i1 %".5859", -1
  br i1 %".5860", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5839" = trunc i64 %"cursor.80" to i32
  %".5840" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".5839", [40 x i8]* %"header_copy", i32 1)
  %".5841" = icmp eq i64 %".5840", 0
  %".5842" = getelementptr i8, ptr %"ctx.85", i64 76
  %".5843" = load i32, ptr %".5842", align 4
  %".5844" = zext i32 %".5843" to i64
  %"data.259" = inttoptr i64 %".5844" to ptr
  %".5845" = getelementptr i8, ptr %"ctx.85", i64 80
  %".5846" = load i32, ptr %".5845", align 4
  %".5847" = zext i32 %".5846" to i64
  %"data_end.259" = inttoptr i64 %".5847" to ptr
  %".5848" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.259" = load ptr, ptr %".5848", align 8
  %".5849" = xor i1 %".5841", -1
  br i1 %".5849", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".5851" = trunc i64 %"cursor.80" to i16
  %".5852" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".5851", ptr %".5852", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".5855" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5856" = load volatile i8, [40 x i8]* %".5855", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".5862" = trunc i64 %"cursor.80" to i16
  %".5863" = getelementptr i8, ptr %"keys.260", i64 2
  store i16 %".5862", ptr %".5863", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".5866" = add i64 %"cursor.80", 1
  %".5867" = zext i8 %"w0_1.30" to i64
  %".5868" = mul i64 %".5867", 4
  %".5869" = sub i64 %".5868", 2
  %".5870" = add i64 %".5869", 1
  %".5871" = getelementptr i8, ptr %"data.260", i64 %"cursor.80"
  %".5872" = getelementptr i8, ptr %".5871", i64 %".5870"
  %".5873" = icmp ugt ptr %".5872", %"data_end.260"
  br i1 %".5873", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.262" = phi  ptr [%"data.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.262" = phi  ptr [%"data_end.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.262" = phi  ptr [%"keys.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %".5894" = add i64 %"cursor.80", %".5870"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.81" = phi  i64 [%".5894", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.263" = phi  ptr [%"data.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.263" = phi  ptr [%"data_end.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.263" = phi  ptr [%"keys.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.72" = getelementptr i8, ptr %"data.263", i64 %"cursor.81"
  %".5901" = getelementptr i8, ptr %"hdr.72", i64 1
  %".5902" = icmp ugt ptr %".5901", %"data_end.263"
  br i1 %".5902", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".5904" = getelementptr i8, ptr %"hdr.72", i64 0
  %".5905" = load i8, ptr %".5904", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.31" = phi  i8 [%".5905", %"gtpu_next_d1_gtpu_ext2.linear"], [%".5924", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.265" = phi  ptr [%"data.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.265" = phi  ptr [%"data_end.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.265" = phi  ptr [%"keys.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".5926" = add i64 %"cursor.81", 1
  %".5927" = zext i8 %"w0_1.31" to i64
  %".5928" = icmp uge i64 %".5927", 1
  %".5929" = icmp ule i64 %".5927", 255
  %".5930" = and i1 %".5928", %".5929"
  br i1 %".5930", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".5875" = add i64 %"cursor.80", %".5870"
  %".5876" = sub i64 %".5875", 1
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5877" = trunc i64 %".5876" to i32
  %".5878" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".5877", i64* %"last_byte", i32 1)
  %".5879" = icmp eq i64 %".5878", 0
  %".5880" = getelementptr i8, ptr %"ctx.86", i64 76
  %".5881" = load i32, ptr %".5880", align 4
  %".5882" = zext i32 %".5881" to i64
  %"data.261" = inttoptr i64 %".5882" to ptr
  %".5883" = getelementptr i8, ptr %"ctx.86", i64 80
  %".5884" = load i32, ptr %".5883", align 4
  %".5885" = zext i32 %".5884" to i64
  %"data_end.261" = inttoptr i64 %".5885" to ptr
  %".5886" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.261" = load ptr, ptr %".5886", align 8
  %".5887" = xor i1 %".5879", -1
  br i1 %".5887", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".5889" = trunc i64 %"cursor.80" to i16
  %".5890" = getelementptr i8, ptr %"keys.261", i64 2
  store i16 %".5889", ptr %".5890", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".5896" = trunc i64 %".5894" to i16
  %".5897" = getelementptr i8, ptr %"keys.262", i64 2
  store i16 %".5896", ptr %".5897", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5907" = trunc i64 %"cursor.81" to i32
  %".5908" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".5907", [40 x i8]* %"header_copy", i32 1)
  %".5909" = icmp eq i64 %".5908", 0
  %".5910" = getelementptr i8, ptr %"ctx.87", i64 76
  %".5911" = load i32, ptr %".5910", align 4
  %".5912" = zext i32 %".5911" to i64
  %"data.264" = inttoptr i64 %".5912" to ptr
  %".5913" = getelementptr i8, ptr %"ctx.87", i64 80
  %".5914" = load i32, ptr %".5913", align 4
  %".5915" = zext i32 %".5914" to i64
  %"data_end.264" = inttoptr i64 %".5915" to ptr
  %".5916" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.264" = load ptr, ptr %".5916", align 8
  %".5917" = xor i1 %".5909", -1
  br i1 %".5917", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".5919" = trunc i64 %"cursor.81" to i16
  %".5920" = getelementptr i8, ptr %"keys.264", i64 2
  store i16 %".5919", ptr %".5920", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".5923" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5924" = load volatile i8, [40 x i8]* %".5923", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".5933" = trunc i64 %".5926" to i16
  %".5934" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".5933", ptr %".5934", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".5938" = trunc i64 %".5926" to i16
  %".5939" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".5938", ptr %".5939", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".5927", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
gtpu_next_d1_gtpu_ext2.to_ip_version:
  br label %"ip_version_d1"
widening.test:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5944" = getelementptr i8, ptr %"ctx.88", i64 76
  %".5945" = load i32, ptr %".5944", align 4
  %".5946" = zext i32 %".5945" to i64
  %"data.266" = inttoptr i64 %".5946" to ptr
  %".5947" = getelementptr i8, ptr %"ctx.88", i64 80
  %".5948" = load i32, ptr %".5947", align 4
  %".5949" = zext i32 %".5948" to i64
  %"data_end.266" = inttoptr i64 %".5949" to ptr
  %".5950" = getelementptr i8, ptr %"keys", i64 0
  %".5951" = load volatile i16, ptr %".5950", align 2
  %".5952" = zext i16 %".5951" to i64
  %".5953" = icmp ugt i64 %".5952", 261
  br i1 %".5953", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5955" = getelementptr i8, ptr %"ctx.89", i64 76
  %".5956" = load i32, ptr %".5955", align 4
  %".5957" = zext i32 %".5956" to i64
  %"data.267" = inttoptr i64 %".5957" to ptr
  %".5958" = getelementptr i8, ptr %"ctx.89", i64 80
  %".5959" = load i32, ptr %".5958", align 4
  %".5960" = zext i32 %".5959" to i64
  %"data_end.267" = inttoptr i64 %".5960" to ptr
  %".5961" = getelementptr i8, ptr %"keys", i64 0
  %".5962" = load volatile i16, ptr %".5961", align 2
  %".5963" = zext i16 %".5962" to i64
  %".5964" = icmp ugt i64 %".5963", 261
  br i1 %".5964", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5966" = getelementptr i8, ptr %"ctx.90", i64 76
  %".5967" = load i32, ptr %".5966", align 4
  %".5968" = zext i32 %".5967" to i64
  %"data.268" = inttoptr i64 %".5968" to ptr
  %".5969" = getelementptr i8, ptr %"ctx.90", i64 80
  %".5970" = load i32, ptr %".5969", align 4
  %".5971" = zext i32 %".5970" to i64
  %"data_end.268" = inttoptr i64 %".5971" to ptr
  %".5972" = getelementptr i8, ptr %"keys", i64 0
  %".5973" = load volatile i16, ptr %".5972", align 2
  %".5974" = zext i16 %".5973" to i64
  %".5975" = icmp ugt i64 %".5974", 267
  br i1 %".5975", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5977" = getelementptr i8, ptr %"ctx.91", i64 76
  %".5978" = load i32, ptr %".5977", align 4
  %".5979" = zext i32 %".5978" to i64
  %"data.269" = inttoptr i64 %".5979" to ptr
  %".5980" = getelementptr i8, ptr %"ctx.91", i64 80
  %".5981" = load i32, ptr %".5980", align 4
  %".5982" = zext i32 %".5981" to i64
  %"data_end.269" = inttoptr i64 %".5982" to ptr
  %".5983" = getelementptr i8, ptr %"keys", i64 0
  %".5984" = load volatile i16, ptr %".5983", align 2
  %".5985" = zext i16 %".5984" to i64
  %".5986" = icmp ugt i64 %".5985", 267
  br i1 %".5986", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5988" = getelementptr i8, ptr %"ctx.92", i64 76
  %".5989" = load i32, ptr %".5988", align 4
  %".5990" = zext i32 %".5989" to i64
  %"data.270" = inttoptr i64 %".5990" to ptr
  %".5991" = getelementptr i8, ptr %"ctx.92", i64 80
  %".5992" = load i32, ptr %".5991", align 4
  %".5993" = zext i32 %".5992" to i64
  %"data_end.270" = inttoptr i64 %".5993" to ptr
  %".5994" = getelementptr i8, ptr %"keys", i64 0
  %".5995" = load volatile i16, ptr %".5994", align 2
  %".5996" = zext i16 %".5995" to i64
  %".5997" = icmp ugt i64 %".5996", 275
  br i1 %".5997", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5999" = getelementptr i8, ptr %"ctx.93", i64 76
  %".6000" = load i32, ptr %".5999", align 4
  %".6001" = zext i32 %".6000" to i64
  %"data.271" = inttoptr i64 %".6001" to ptr
  %".6002" = getelementptr i8, ptr %"ctx.93", i64 80
  %".6003" = load i32, ptr %".6002", align 4
  %".6004" = zext i32 %".6003" to i64
  %"data_end.271" = inttoptr i64 %".6004" to ptr
  %".6005" = getelementptr i8, ptr %"keys", i64 0
  %".6006" = load volatile i16, ptr %".6005", align 2
  %".6007" = zext i16 %".6006" to i64
  %".6008" = icmp ugt i64 %".6007", 2363
  br i1 %".6008", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6010" = getelementptr i8, ptr %"ctx.94", i64 76
  %".6011" = load i32, ptr %".6010", align 4
  %".6012" = zext i32 %".6011" to i64
  %"data.272" = inttoptr i64 %".6012" to ptr
  %".6013" = getelementptr i8, ptr %"ctx.94", i64 80
  %".6014" = load i32, ptr %".6013", align 4
  %".6015" = zext i32 %".6014" to i64
  %"data_end.272" = inttoptr i64 %".6015" to ptr
  %".6016" = getelementptr i8, ptr %"keys", i64 0
  %".6017" = load volatile i16, ptr %".6016", align 2
  %".6018" = zext i16 %".6017" to i64
  %".6019" = icmp ugt i64 %".6018", 2363
  br i1 %".6019", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.95" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6021" = getelementptr i8, ptr %"ctx.95", i64 76
  %".6022" = load i32, ptr %".6021", align 4
  %".6023" = zext i32 %".6022" to i64
  %"data.273" = inttoptr i64 %".6023" to ptr
  %".6024" = getelementptr i8, ptr %"ctx.95", i64 80
  %".6025" = load i32, ptr %".6024", align 4
  %".6026" = zext i32 %".6025" to i64
  %"data_end.273" = inttoptr i64 %".6026" to ptr
  %".6027" = getelementptr i8, ptr %"keys", i64 0
  %".6028" = load volatile i16, ptr %".6027", align 2
  %".6029" = zext i16 %".6028" to i64
  %".6030" = icmp ugt i64 %".6029", 4411
  br i1 %".6030", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.96" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6032" = getelementptr i8, ptr %"ctx.96", i64 76
  %".6033" = load i32, ptr %".6032", align 4
  %".6034" = zext i32 %".6033" to i64
  %"data.274" = inttoptr i64 %".6034" to ptr
  %".6035" = getelementptr i8, ptr %"ctx.96", i64 80
  %".6036" = load i32, ptr %".6035", align 4
  %".6037" = zext i32 %".6036" to i64
  %"data_end.274" = inttoptr i64 %".6037" to ptr
  %".6038" = getelementptr i8, ptr %"keys", i64 0
  %".6039" = load volatile i16, ptr %".6038", align 2
  %".6040" = zext i16 %".6039" to i64
  %".6041" = icmp ugt i64 %".6040", 4411
  br i1 %".6041", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.97" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6043" = getelementptr i8, ptr %"ctx.97", i64 76
  %".6044" = load i32, ptr %".6043", align 4
  %".6045" = zext i32 %".6044" to i64
  %"data.275" = inttoptr i64 %".6045" to ptr
  %".6046" = getelementptr i8, ptr %"ctx.97", i64 80
  %".6047" = load i32, ptr %".6046", align 4
  %".6048" = zext i32 %".6047" to i64
  %"data_end.275" = inttoptr i64 %".6048" to ptr
  %".6049" = getelementptr i8, ptr %"keys", i64 0
  %".6050" = load volatile i16, ptr %".6049", align 2
  %".6051" = zext i16 %".6050" to i64
  %".6052" = icmp ugt i64 %".6051", 275
  br i1 %".6052", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.98" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6054" = getelementptr i8, ptr %"ctx.98", i64 76
  %".6055" = load i32, ptr %".6054", align 4
  %".6056" = zext i32 %".6055" to i64
  %"data.276" = inttoptr i64 %".6056" to ptr
  %".6057" = getelementptr i8, ptr %"ctx.98", i64 80
  %".6058" = load i32, ptr %".6057", align 4
  %".6059" = zext i32 %".6058" to i64
  %"data_end.276" = inttoptr i64 %".6059" to ptr
  %".6060" = getelementptr i8, ptr %"keys", i64 0
  %".6061" = load volatile i16, ptr %".6060", align 2
  %".6062" = zext i16 %".6061" to i64
  %".6063" = icmp ugt i64 %".6062", 6459
  br i1 %".6063", label %"widening.test.11", label %"mpls_d0_mpls_labels1"
widening.test.11:
  %"ctx.99" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6065" = getelementptr i8, ptr %"ctx.99", i64 76
  %".6066" = load i32, ptr %".6065", align 4
  %".6067" = zext i32 %".6066" to i64
  %"data.277" = inttoptr i64 %".6067" to ptr
  %".6068" = getelementptr i8, ptr %"ctx.99", i64 80
  %".6069" = load i32, ptr %".6068", align 4
  %".6070" = zext i32 %".6069" to i64
  %"data_end.277" = inttoptr i64 %".6070" to ptr
  %".6071" = getelementptr i8, ptr %"keys", i64 0
  %".6072" = load volatile i16, ptr %".6071", align 2
  %".6073" = zext i16 %".6072" to i64
  %".6074" = icmp ugt i64 %".6073", 6459
  br i1 %".6074", label %"widening.test.12", label %"gre_version_d0"
widening.test.12:
  %"ctx.100" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6076" = getelementptr i8, ptr %"ctx.100", i64 76
  %".6077" = load i32, ptr %".6076", align 4
  %".6078" = zext i32 %".6077" to i64
  %"data.278" = inttoptr i64 %".6078" to ptr
  %".6079" = getelementptr i8, ptr %"ctx.100", i64 80
  %".6080" = load i32, ptr %".6079", align 4
  %".6081" = zext i32 %".6080" to i64
  %"data_end.278" = inttoptr i64 %".6081" to ptr
  %".6082" = getelementptr i8, ptr %"keys", i64 0
  %".6083" = load volatile i16, ptr %".6082", align 2
  %".6084" = zext i16 %".6083" to i64
  %".6085" = icmp ugt i64 %".6084", 6459
  br i1 %".6085", label %"widening.test.13", label %"udp_d0"
widening.test.13:
  %"ctx.101" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6087" = getelementptr i8, ptr %"ctx.101", i64 76
  %".6088" = load i32, ptr %".6087", align 4
  %".6089" = zext i32 %".6088" to i64
  %"data.279" = inttoptr i64 %".6089" to ptr
  %".6090" = getelementptr i8, ptr %"ctx.101", i64 80
  %".6091" = load i32, ptr %".6090", align 4
  %".6092" = zext i32 %".6091" to i64
  %"data_end.279" = inttoptr i64 %".6092" to ptr
  %".6093" = getelementptr i8, ptr %"keys", i64 0
  %".6094" = load volatile i16, ptr %".6093", align 2
  %".6095" = zext i16 %".6094" to i64
  %".6096" = icmp ugt i64 %".6095", 8519
  br i1 %".6096", label %"widening.test.14", label %"ip_version_d1"
widening.test.14:
  %"ctx.102" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6098" = getelementptr i8, ptr %"ctx.102", i64 76
  %".6099" = load i32, ptr %".6098", align 4
  %".6100" = zext i32 %".6099" to i64
  %"data.280" = inttoptr i64 %".6100" to ptr
  %".6101" = getelementptr i8, ptr %"ctx.102", i64 80
  %".6102" = load i32, ptr %".6101", align 4
  %".6103" = zext i32 %".6102" to i64
  %"data_end.280" = inttoptr i64 %".6103" to ptr
  %".6104" = getelementptr i8, ptr %"keys", i64 0
  %".6105" = load volatile i16, ptr %".6104", align 2
  %".6106" = zext i16 %".6105" to i64
  %".6107" = icmp ugt i64 %".6106", 6727
  br i1 %".6107", label %"widening.test.15", label %"ethernet_d1"
widening.test.15:
  %"ctx.103" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6109" = getelementptr i8, ptr %"ctx.103", i64 76
  %".6110" = load i32, ptr %".6109", align 4
  %".6111" = zext i32 %".6110" to i64
  %"data.281" = inttoptr i64 %".6111" to ptr
  %".6112" = getelementptr i8, ptr %"ctx.103", i64 80
  %".6113" = load i32, ptr %".6112", align 4
  %".6114" = zext i32 %".6113" to i64
  %"data_end.281" = inttoptr i64 %".6114" to ptr
  %".6115" = getelementptr i8, ptr %"keys", i64 0
  %".6116" = load volatile i16, ptr %".6115", align 2
  %".6117" = zext i16 %".6116" to i64
  %".6118" = icmp ugt i64 %".6117", 6741
  br i1 %".6118", label %"widening.test.16", label %"hsr_d1_vlan_tags1"
widening.test.16:
  %"ctx.104" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6120" = getelementptr i8, ptr %"ctx.104", i64 76
  %".6121" = load i32, ptr %".6120", align 4
  %".6122" = zext i32 %".6121" to i64
  %"data.282" = inttoptr i64 %".6122" to ptr
  %".6123" = getelementptr i8, ptr %"ctx.104", i64 80
  %".6124" = load i32, ptr %".6123", align 4
  %".6125" = zext i32 %".6124" to i64
  %"data_end.282" = inttoptr i64 %".6125" to ptr
  %".6126" = getelementptr i8, ptr %"keys", i64 0
  %".6127" = load volatile i16, ptr %".6126", align 2
  %".6128" = zext i16 %".6127" to i64
  %".6129" = icmp ugt i64 %".6128", 6741
  br i1 %".6129", label %"widening.test.17", label %"vlan_d1_vlan_tags1"
widening.test.17:
  %"ctx.105" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6131" = getelementptr i8, ptr %"ctx.105", i64 76
  %".6132" = load i32, ptr %".6131", align 4
  %".6133" = zext i32 %".6132" to i64
  %"data.283" = inttoptr i64 %".6133" to ptr
  %".6134" = getelementptr i8, ptr %"ctx.105", i64 80
  %".6135" = load i32, ptr %".6134", align 4
  %".6136" = zext i32 %".6135" to i64
  %"data_end.283" = inttoptr i64 %".6136" to ptr
  %".6137" = getelementptr i8, ptr %"keys", i64 0
  %".6138" = load volatile i16, ptr %".6137", align 2
  %".6139" = zext i16 %".6138" to i64
  %".6140" = icmp ugt i64 %".6139", 6747
  br i1 %".6140", label %"widening.test.18", label %"hsr_d1_vlan_tags2"
widening.test.18:
  %"ctx.106" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6142" = getelementptr i8, ptr %"ctx.106", i64 76
  %".6143" = load i32, ptr %".6142", align 4
  %".6144" = zext i32 %".6143" to i64
  %"data.284" = inttoptr i64 %".6144" to ptr
  %".6145" = getelementptr i8, ptr %"ctx.106", i64 80
  %".6146" = load i32, ptr %".6145", align 4
  %".6147" = zext i32 %".6146" to i64
  %"data_end.284" = inttoptr i64 %".6147" to ptr
  %".6148" = getelementptr i8, ptr %"keys", i64 0
  %".6149" = load volatile i16, ptr %".6148", align 2
  %".6150" = zext i16 %".6149" to i64
  %".6151" = icmp ugt i64 %".6150", 6747
  br i1 %".6151", label %"widening.test.19", label %"vlan_d1_vlan_tags2"
widening.test.19:
  %"ctx.107" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6153" = getelementptr i8, ptr %"ctx.107", i64 76
  %".6154" = load i32, ptr %".6153", align 4
  %".6155" = zext i32 %".6154" to i64
  %"data.285" = inttoptr i64 %".6155" to ptr
  %".6156" = getelementptr i8, ptr %"ctx.107", i64 80
  %".6157" = load i32, ptr %".6156", align 4
  %".6158" = zext i32 %".6157" to i64
  %"data_end.285" = inttoptr i64 %".6158" to ptr
  %".6159" = getelementptr i8, ptr %"keys", i64 0
  %".6160" = load volatile i16, ptr %".6159", align 2
  %".6161" = zext i16 %".6160" to i64
  %".6162" = icmp ugt i64 %".6161", 6753
  br i1 %".6162", label %"widening.test.20", label %"batadv_d1"
widening.test.20:
  %"ctx.108" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6164" = getelementptr i8, ptr %"ctx.108", i64 76
  %".6165" = load i32, ptr %".6164", align 4
  %".6166" = zext i32 %".6165" to i64
  %"data.286" = inttoptr i64 %".6166" to ptr
  %".6167" = getelementptr i8, ptr %"ctx.108", i64 80
  %".6168" = load i32, ptr %".6167", align 4
  %".6169" = zext i32 %".6168" to i64
  %"data_end.286" = inttoptr i64 %".6169" to ptr
  %".6170" = getelementptr i8, ptr %"keys", i64 0
  %".6171" = load volatile i16, ptr %".6170", align 2
  %".6172" = zext i16 %".6171" to i64
  %".6173" = icmp ugt i64 %".6172", 6753
  br i1 %".6173", label %"widening.test.21", label %"fcoe"
widening.test.21:
  %"ctx.109" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6175" = getelementptr i8, ptr %"ctx.109", i64 76
  %".6176" = load i32, ptr %".6175", align 4
  %".6177" = zext i32 %".6176" to i64
  %"data.287" = inttoptr i64 %".6177" to ptr
  %".6178" = getelementptr i8, ptr %"ctx.109", i64 80
  %".6179" = load i32, ptr %".6178", align 4
  %".6180" = zext i32 %".6179" to i64
  %"data_end.287" = inttoptr i64 %".6180" to ptr
  %".6181" = getelementptr i8, ptr %"keys", i64 0
  %".6182" = load volatile i16, ptr %".6181", align 2
  %".6183" = zext i16 %".6182" to i64
  %".6184" = icmp ugt i64 %".6183", 6753
  br i1 %".6184", label %"widening.test.22", label %"tipc"
widening.test.22:
  %"ctx.110" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6186" = getelementptr i8, ptr %"ctx.110", i64 76
  %".6187" = load i32, ptr %".6186", align 4
  %".6188" = zext i32 %".6187" to i64
  %"data.288" = inttoptr i64 %".6188" to ptr
  %".6189" = getelementptr i8, ptr %"ctx.110", i64 80
  %".6190" = load i32, ptr %".6189", align 4
  %".6191" = zext i32 %".6190" to i64
  %"data_end.288" = inttoptr i64 %".6191" to ptr
  %".6192" = getelementptr i8, ptr %"keys", i64 0
  %".6193" = load volatile i16, ptr %".6192", align 2
  %".6194" = zext i16 %".6193" to i64
  %".6195" = icmp ugt i64 %".6194", 6753
  br i1 %".6195", label %"widening.test.23", label %"cfm"
widening.test.23:
  %"ctx.111" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6197" = getelementptr i8, ptr %"ctx.111", i64 76
  %".6198" = load i32, ptr %".6197", align 4
  %".6199" = zext i32 %".6198" to i64
  %"data.289" = inttoptr i64 %".6199" to ptr
  %".6200" = getelementptr i8, ptr %"ctx.111", i64 80
  %".6201" = load i32, ptr %".6200", align 4
  %".6202" = zext i32 %".6201" to i64
  %"data_end.289" = inttoptr i64 %".6202" to ptr
  %".6203" = getelementptr i8, ptr %"keys", i64 0
  %".6204" = load volatile i16, ptr %".6203", align 2
  %".6205" = zext i16 %".6204" to i64
  %".6206" = icmp ugt i64 %".6205", 6753
  br i1 %".6206", label %"widening.test.24", label %"ptp"
widening.test.24:
  %"ctx.112" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6208" = getelementptr i8, ptr %"ctx.112", i64 76
  %".6209" = load i32, ptr %".6208", align 4
  %".6210" = zext i32 %".6209" to i64
  %"data.290" = inttoptr i64 %".6210" to ptr
  %".6211" = getelementptr i8, ptr %"ctx.112", i64 80
  %".6212" = load i32, ptr %".6211", align 4
  %".6213" = zext i32 %".6212" to i64
  %"data_end.290" = inttoptr i64 %".6213" to ptr
  %".6214" = getelementptr i8, ptr %"keys", i64 0
  %".6215" = load volatile i16, ptr %".6214", align 2
  %".6216" = zext i16 %".6215" to i64
  %".6217" = icmp ugt i64 %".6216", 6753
  br i1 %".6217", label %"widening.test.25", label %"arp"
widening.test.25:
  %"ctx.113" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6219" = getelementptr i8, ptr %"ctx.113", i64 76
  %".6220" = load i32, ptr %".6219", align 4
  %".6221" = zext i32 %".6220" to i64
  %"data.291" = inttoptr i64 %".6221" to ptr
  %".6222" = getelementptr i8, ptr %"ctx.113", i64 80
  %".6223" = load i32, ptr %".6222", align 4
  %".6224" = zext i32 %".6223" to i64
  %"data_end.291" = inttoptr i64 %".6224" to ptr
  %".6225" = getelementptr i8, ptr %"keys", i64 0
  %".6226" = load volatile i16, ptr %".6225", align 2
  %".6227" = zext i16 %".6226" to i64
  %".6228" = icmp ugt i64 %".6227", 6753
  br i1 %".6228", label %"widening.test.26", label %"pppoe_d1"
widening.test.26:
  %"ctx.114" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6230" = getelementptr i8, ptr %"ctx.114", i64 76
  %".6231" = load i32, ptr %".6230", align 4
  %".6232" = zext i32 %".6231" to i64
  %"data.292" = inttoptr i64 %".6232" to ptr
  %".6233" = getelementptr i8, ptr %"ctx.114", i64 80
  %".6234" = load i32, ptr %".6233", align 4
  %".6235" = zext i32 %".6234" to i64
  %"data_end.292" = inttoptr i64 %".6235" to ptr
  %".6236" = getelementptr i8, ptr %"keys", i64 0
  %".6237" = load volatile i16, ptr %".6236", align 2
  %".6238" = zext i16 %".6237" to i64
  %".6239" = icmp ugt i64 %".6238", 8519
  br i1 %".6239", label %"widening.test.27", label %"ipv6_d1"
widening.test.27:
  %"ctx.115" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6241" = getelementptr i8, ptr %"ctx.115", i64 76
  %".6242" = load i32, ptr %".6241", align 4
  %".6243" = zext i32 %".6242" to i64
  %"data.293" = inttoptr i64 %".6243" to ptr
  %".6244" = getelementptr i8, ptr %"ctx.115", i64 80
  %".6245" = load i32, ptr %".6244", align 4
  %".6246" = zext i32 %".6245" to i64
  %"data_end.293" = inttoptr i64 %".6246" to ptr
  %".6247" = getelementptr i8, ptr %"keys", i64 0
  %".6248" = load volatile i16, ptr %".6247", align 2
  %".6249" = zext i16 %".6248" to i64
  %".6250" = icmp ugt i64 %".6249", 10607
  br i1 %".6250", label %"widening.test.28", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.28:
  %"ctx.116" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6252" = getelementptr i8, ptr %"ctx.116", i64 76
  %".6253" = load i32, ptr %".6252", align 4
  %".6254" = zext i32 %".6253" to i64
  %"data.294" = inttoptr i64 %".6254" to ptr
  %".6255" = getelementptr i8, ptr %"ctx.116", i64 80
  %".6256" = load i32, ptr %".6255", align 4
  %".6257" = zext i32 %".6256" to i64
  %"data_end.294" = inttoptr i64 %".6257" to ptr
  %".6258" = getelementptr i8, ptr %"keys", i64 0
  %".6259" = load volatile i16, ptr %".6258", align 2
  %".6260" = zext i16 %".6259" to i64
  %".6261" = icmp ugt i64 %".6260", 10607
  br i1 %".6261", label %"widening.test.29", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.29:
  %"ctx.117" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6263" = getelementptr i8, ptr %"ctx.117", i64 76
  %".6264" = load i32, ptr %".6263", align 4
  %".6265" = zext i32 %".6264" to i64
  %"data.295" = inttoptr i64 %".6265" to ptr
  %".6266" = getelementptr i8, ptr %"ctx.117", i64 80
  %".6267" = load i32, ptr %".6266", align 4
  %".6268" = zext i32 %".6267" to i64
  %"data_end.295" = inttoptr i64 %".6268" to ptr
  %".6269" = getelementptr i8, ptr %"keys", i64 0
  %".6270" = load volatile i16, ptr %".6269", align 2
  %".6271" = zext i16 %".6270" to i64
  %".6272" = icmp ugt i64 %".6271", 12655
  br i1 %".6272", label %"widening.test.30", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.30:
  %"ctx.118" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6274" = getelementptr i8, ptr %"ctx.118", i64 76
  %".6275" = load i32, ptr %".6274", align 4
  %".6276" = zext i32 %".6275" to i64
  %"data.296" = inttoptr i64 %".6276" to ptr
  %".6277" = getelementptr i8, ptr %"ctx.118", i64 80
  %".6278" = load i32, ptr %".6277", align 4
  %".6279" = zext i32 %".6278" to i64
  %"data_end.296" = inttoptr i64 %".6279" to ptr
  %".6280" = getelementptr i8, ptr %"keys", i64 0
  %".6281" = load volatile i16, ptr %".6280", align 2
  %".6282" = zext i16 %".6281" to i64
  %".6283" = icmp ugt i64 %".6282", 12655
  br i1 %".6283", label %"widening.test.31", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.31:
  %"ctx.119" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6285" = getelementptr i8, ptr %"ctx.119", i64 76
  %".6286" = load i32, ptr %".6285", align 4
  %".6287" = zext i32 %".6286" to i64
  %"data.297" = inttoptr i64 %".6287" to ptr
  %".6288" = getelementptr i8, ptr %"ctx.119", i64 80
  %".6289" = load i32, ptr %".6288", align 4
  %".6290" = zext i32 %".6289" to i64
  %"data_end.297" = inttoptr i64 %".6290" to ptr
  %".6291" = getelementptr i8, ptr %"keys", i64 0
  %".6292" = load volatile i16, ptr %".6291", align 2
  %".6293" = zext i16 %".6292" to i64
  %".6294" = icmp ugt i64 %".6293", 14703
  br i1 %".6294", label %"widening.test.32", label %"icmpv6"
widening.test.32:
  %"ctx.120" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6296" = getelementptr i8, ptr %"ctx.120", i64 76
  %".6297" = load i32, ptr %".6296", align 4
  %".6298" = zext i32 %".6297" to i64
  %"data.298" = inttoptr i64 %".6298" to ptr
  %".6299" = getelementptr i8, ptr %"ctx.120", i64 80
  %".6300" = load i32, ptr %".6299", align 4
  %".6301" = zext i32 %".6300" to i64
  %"data_end.298" = inttoptr i64 %".6301" to ptr
  %".6302" = getelementptr i8, ptr %"keys", i64 0
  %".6303" = load volatile i16, ptr %".6302", align 2
  %".6304" = zext i16 %".6303" to i64
  %".6305" = icmp ugt i64 %".6304", 8519
  br i1 %".6305", label %"widening.test.33", label %"ipv4_d1"
widening.test.33:
  %"ctx.121" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6307" = getelementptr i8, ptr %"ctx.121", i64 76
  %".6308" = load i32, ptr %".6307", align 4
  %".6309" = zext i32 %".6308" to i64
  %"data.299" = inttoptr i64 %".6309" to ptr
  %".6310" = getelementptr i8, ptr %"ctx.121", i64 80
  %".6311" = load i32, ptr %".6310", align 4
  %".6312" = zext i32 %".6311" to i64
  %"data_end.299" = inttoptr i64 %".6312" to ptr
  %".6313" = getelementptr i8, ptr %"keys", i64 0
  %".6314" = load volatile i16, ptr %".6313", align 2
  %".6315" = zext i16 %".6314" to i64
  %".6316" = icmp ugt i64 %".6315", 14703
  br i1 %".6316", label %"widening.test.34", label %"mpls_d1_mpls_labels1"
widening.test.34:
  %"ctx.122" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6318" = getelementptr i8, ptr %"ctx.122", i64 76
  %".6319" = load i32, ptr %".6318", align 4
  %".6320" = zext i32 %".6319" to i64
  %"data.300" = inttoptr i64 %".6320" to ptr
  %".6321" = getelementptr i8, ptr %"ctx.122", i64 80
  %".6322" = load i32, ptr %".6321", align 4
  %".6323" = zext i32 %".6322" to i64
  %"data_end.300" = inttoptr i64 %".6323" to ptr
  %".6324" = getelementptr i8, ptr %"keys", i64 0
  %".6325" = load volatile i16, ptr %".6324", align 2
  %".6326" = zext i16 %".6325" to i64
  %".6327" = icmp ugt i64 %".6326", 8579
  br i1 %".6327", label %"widening.test.35", label %"icmp"
widening.test.35:
  %"ctx.123" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6329" = getelementptr i8, ptr %"ctx.123", i64 76
  %".6330" = load i32, ptr %".6329", align 4
  %".6331" = zext i32 %".6330" to i64
  %"data.301" = inttoptr i64 %".6331" to ptr
  %".6332" = getelementptr i8, ptr %"ctx.123", i64 80
  %".6333" = load i32, ptr %".6332", align 4
  %".6334" = zext i32 %".6333" to i64
  %"data_end.301" = inttoptr i64 %".6334" to ptr
  %".6335" = getelementptr i8, ptr %"keys", i64 0
  %".6336" = load volatile i16, ptr %".6335", align 2
  %".6337" = zext i16 %".6336" to i64
  %".6338" = icmp ugt i64 %".6337", 14703
  br i1 %".6338", label %"widening.test.36", label %"ah"
widening.test.36:
  %"ctx.124" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6340" = getelementptr i8, ptr %"ctx.124", i64 76
  %".6341" = load i32, ptr %".6340", align 4
  %".6342" = zext i32 %".6341" to i64
  %"data.302" = inttoptr i64 %".6342" to ptr
  %".6343" = getelementptr i8, ptr %"ctx.124", i64 80
  %".6344" = load i32, ptr %".6343", align 4
  %".6345" = zext i32 %".6344" to i64
  %"data_end.302" = inttoptr i64 %".6345" to ptr
  %".6346" = getelementptr i8, ptr %"keys", i64 0
  %".6347" = load volatile i16, ptr %".6346", align 2
  %".6348" = zext i16 %".6347" to i64
  %".6349" = icmp ugt i64 %".6348", 14703
  br i1 %".6349", label %"widening.test.37", label %"esp"
widening.test.37:
  %"ctx.125" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6351" = getelementptr i8, ptr %"ctx.125", i64 76
  %".6352" = load i32, ptr %".6351", align 4
  %".6353" = zext i32 %".6352" to i64
  %"data.303" = inttoptr i64 %".6353" to ptr
  %".6354" = getelementptr i8, ptr %"ctx.125", i64 80
  %".6355" = load i32, ptr %".6354", align 4
  %".6356" = zext i32 %".6355" to i64
  %"data_end.303" = inttoptr i64 %".6356" to ptr
  %".6357" = getelementptr i8, ptr %"keys", i64 0
  %".6358" = load volatile i16, ptr %".6357", align 2
  %".6359" = zext i16 %".6358" to i64
  %".6360" = icmp ugt i64 %".6359", 14703
  br i1 %".6360", label %"widening.test.38", label %"dccp"
widening.test.38:
  %"ctx.126" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6362" = getelementptr i8, ptr %"ctx.126", i64 76
  %".6363" = load i32, ptr %".6362", align 4
  %".6364" = zext i32 %".6363" to i64
  %"data.304" = inttoptr i64 %".6364" to ptr
  %".6365" = getelementptr i8, ptr %"ctx.126", i64 80
  %".6366" = load i32, ptr %".6365", align 4
  %".6367" = zext i32 %".6366" to i64
  %"data_end.304" = inttoptr i64 %".6367" to ptr
  %".6368" = getelementptr i8, ptr %"keys", i64 0
  %".6369" = load volatile i16, ptr %".6368", align 2
  %".6370" = zext i16 %".6369" to i64
  %".6371" = icmp ugt i64 %".6370", 14703
  br i1 %".6371", label %"widening.test.39", label %"sctp"
widening.test.39:
  %"ctx.127" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6373" = getelementptr i8, ptr %"ctx.127", i64 76
  %".6374" = load i32, ptr %".6373", align 4
  %".6375" = zext i32 %".6374" to i64
  %"data.305" = inttoptr i64 %".6375" to ptr
  %".6376" = getelementptr i8, ptr %"ctx.127", i64 80
  %".6377" = load i32, ptr %".6376", align 4
  %".6378" = zext i32 %".6377" to i64
  %"data_end.305" = inttoptr i64 %".6378" to ptr
  %".6379" = getelementptr i8, ptr %"keys", i64 0
  %".6380" = load volatile i16, ptr %".6379", align 2
  %".6381" = zext i16 %".6380" to i64
  %".6382" = icmp ugt i64 %".6381", 14703
  br i1 %".6382", label %"widening.test.40", label %"gre_version_d1"
widening.test.40:
  %"ctx.128" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6384" = getelementptr i8, ptr %"ctx.128", i64 76
  %".6385" = load i32, ptr %".6384", align 4
  %".6386" = zext i32 %".6385" to i64
  %"data.306" = inttoptr i64 %".6386" to ptr
  %".6387" = getelementptr i8, ptr %"ctx.128", i64 80
  %".6388" = load i32, ptr %".6387", align 4
  %".6389" = zext i32 %".6388" to i64
  %"data_end.306" = inttoptr i64 %".6389" to ptr
  %".6390" = getelementptr i8, ptr %"keys", i64 0
  %".6391" = load volatile i16, ptr %".6390", align 2
  %".6392" = zext i16 %".6391" to i64
  %".6393" = icmp ugt i64 %".6392", 14703
  br i1 %".6393", label %"widening.test.41", label %"udplite"
widening.test.41:
  %"ctx.129" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6395" = getelementptr i8, ptr %"ctx.129", i64 76
  %".6396" = load i32, ptr %".6395", align 4
  %".6397" = zext i32 %".6396" to i64
  %"data.307" = inttoptr i64 %".6397" to ptr
  %".6398" = getelementptr i8, ptr %"ctx.129", i64 80
  %".6399" = load i32, ptr %".6398", align 4
  %".6400" = zext i32 %".6399" to i64
  %"data_end.307" = inttoptr i64 %".6400" to ptr
  %".6401" = getelementptr i8, ptr %"keys", i64 0
  %".6402" = load volatile i16, ptr %".6401", align 2
  %".6403" = zext i16 %".6402" to i64
  %".6404" = icmp ugt i64 %".6403", 14703
  br i1 %".6404", label %"widening.test.42", label %"udp_d1"
widening.test.42:
  %"ctx.130" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6406" = getelementptr i8, ptr %"ctx.130", i64 76
  %".6407" = load i32, ptr %".6406", align 4
  %".6408" = zext i32 %".6407" to i64
  %"data.308" = inttoptr i64 %".6408" to ptr
  %".6409" = getelementptr i8, ptr %"ctx.130", i64 80
  %".6410" = load i32, ptr %".6409", align 4
  %".6411" = zext i32 %".6410" to i64
  %"data_end.308" = inttoptr i64 %".6411" to ptr
  %".6412" = getelementptr i8, ptr %"keys", i64 0
  %".6413" = load volatile i16, ptr %".6412", align 2
  %".6414" = zext i16 %".6413" to i64
  %".6415" = icmp ugt i64 %".6414", 14703
  br i1 %".6415", label %"widening.beyond", label %"tcp"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }
!1 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!2 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }
!3 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16 }
!4 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4 }
!5 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64 }
!6 = !{ !"branch_weights", i32 1, i32 1024, i32 256, i32 64, i32 16, i32 4, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1 }