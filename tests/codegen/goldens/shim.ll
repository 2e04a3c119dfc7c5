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
  switch i64 %"n_proto", label %"entry_d0.unknown" [i64 2048, label %"entry_d0.to_ipv4" i64 34525, label %"entry_d0.to_ipv6" i64 33024, label %"entry_d0.to_vlan" i64 34984, label %"entry_d0.to_vlan.1" i64 34887, label %"entry_d0.to_mpls" i64 34888, label %"entry_d0.to_mpls.1" i64 34916, label %"entry_d0.to_pppoe" i64 2054, label %"entry_d0.to_arp" i64 32821, label %"entry_d0.to_arp.1" i64 35063, label %"entry_d0.to_ptp" i64 35074, label %"entry_d0.to_cfm" i64 35018, label %"entry_d0.to_tipc" i64 35078, label %"entry_d0.to_fcoe" i64 35119, label %"entry_d0.to_hsr" i64 35067, label %"entry_d0.to_hsr.1" i64 17157, label %"entry_d0.to_batadv"]  , !prof !1
entry_d0.to_ipv4:
  br label %"ipv4_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".384", %"vlan_d0_vlan_tags1.to_ipv4"], [%".509", %"pppoe_d0.to_ipv4"], [%".662", %"hsr_d0_vlan_tags1.to_ipv4"], [%".2008", %"vlan_d0_vlan_tags2.to_ipv4"], [%".2078", %"hsr_d0_vlan_tags2.to_ipv4"], [%".6305", %"widening.test.9"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".384", %"vlan_d0_vlan_tags1.to_ipv6"], [%".509", %"pppoe_d0.to_ipv6"], [%".662", %"hsr_d0_vlan_tags1.to_ipv6"], [%".2008", %"vlan_d0_vlan_tags2.to_ipv6"], [%".2078", %"hsr_d0_vlan_tags2.to_ipv6"], [%".6250", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.42", %"pppoe_d0.to_ipv6"], [%"data.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.270", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.42", %"pppoe_d0.to_ipv6"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.270", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.42", %"pppoe_d0.to_ipv6"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".210" = getelementptr i8, ptr %"hdr.1", i64 40
  %".211" = icmp ugt ptr %".210", %"data_end.3"
  br i1 %".211", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".213" = getelementptr i8, ptr %"hdr.1", i64 0
  %".214" = load i32, ptr %".213", align 4
  %".215" = getelementptr i8, ptr %"hdr.1", i64 6
  %".216" = load i8, ptr %".215", align 1
  %".217" = getelementptr i8, ptr %"hdr.1", i64 8
  %".218" = load i64, ptr %".217", align 8
  %".219" = getelementptr i8, ptr %"hdr.1", i64 16
  %".220" = load i64, ptr %".219", align 8
  %".221" = getelementptr i8, ptr %"hdr.1", i64 24
  %".222" = load i64, ptr %".221", align 8
  %".223" = getelementptr i8, ptr %"hdr.1", i64 32
  %".224" = load i64, ptr %".223", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".214", %"ipv6_d0.linear"], [%".243", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".216", %"ipv6_d0.linear"], [%".245", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".218", %"ipv6_d0.linear"], [%".247", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".220", %"ipv6_d0.linear"], [%".249", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".222", %"ipv6_d0.linear"], [%".251", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".224", %"ipv6_d0.linear"], [%".253", %"ipv6_d0.copy_failed.endif"]
  %"data.29" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.28", %"ipv6_d0.copy_failed.endif"]
  %"data_end.29" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.28", %"ipv6_d0.copy_failed.endif"]
  %"keys.29" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.28", %"ipv6_d0.copy_failed.endif"]
  %".255" = trunc i64 34525 to i16
  %".256" = getelementptr i8, ptr %"keys.29", i64 4
  store i16 %".255", ptr %".256", align 2
  %".258" = trunc i64 34525 to i16
  %".259" = call i16 @"llvm.bswap.i16"(i16 %".258")
  %".260" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".259", ptr %".260", align 2
  %".262" = getelementptr i8, ptr %"keys.29", i64 16
  store i64 %"w8_8", ptr %".262", align 8
  %".264" = getelementptr i8, ptr %"keys.29", i64 24
  store i64 %"w16_8", ptr %".264", align 8
  %".266" = getelementptr i8, ptr %"keys.29", i64 32
  store i64 %"w24_8", ptr %".266", align 8
  %".268" = getelementptr i8, ptr %"keys.29", i64 40
  store i64 %"w32_8", ptr %".268", align 8
  %".270" = zext i8 %"w6_1" to i64
  %".271" = trunc i64 %".270" to i8
  %".272" = getelementptr i8, ptr %"keys.29", i64 9
  store i8 %".271", ptr %".272", align 1
  %".274" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".275" = zext i32 %".274" to i64
  %".276" = and i64 %".275", 1048575
  %".277" = trunc i64 %".276" to i32
  %".278" = call i32 @"llvm.bswap.i32"(i32 %".277")
  %".279" = getelementptr i8, ptr %"keys.29", i64 52
  store i32 %".278", ptr %".279", align 4
  %".281" = add i64 %"cursor.2", 40
  %".282" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".283" = zext i32 %".282" to i64
  %".284" = and i64 %".283", 1048575
  %".285" = icmp ne i64 %".284", 0
  %".286" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.3" = load volatile i32, ptr %".286", align 4
  %".287" = and i32 %"flags.3", 2
  %".288" = icmp ne i32 %".287", 0
  %".289" = and i1 %".285", %".288"
  br i1 %".289", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".353" = getelementptr i8, ptr %"hdr.2", i64 4
  %".354" = icmp ugt ptr %".353", %"data_end.4"
  br i1 %".354", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".356" = getelementptr i8, ptr %"hdr.2", i64 2
  %".357" = load i16, ptr %".356", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".357", %"vlan_d0_vlan_tags1.linear"], [%".376", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".378" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".379" = zext i16 %".378" to i64
  %".380" = trunc i64 %".379" to i16
  %".381" = call i16 @"llvm.bswap.i16"(i16 %".380")
  %".382" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %".381", ptr %".382", align 2
  %".384" = add i64 %"cursor.3", 4
  %".385" = trunc i64 %".384" to i16
  %".386" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".385", ptr %".386", align 2
  %".388" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".389" = zext i16 %".388" to i64
  switch i64 %".389", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]  , !prof !1
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".281", %"ipv6_d0.to_mpls"], [%".384", %"vlan_d0_vlan_tags1.to_mpls"], [%".384", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".509", %"pppoe_d0.to_mpls"], [%".509", %"pppoe_d0.to_mpls.1"], [%".662", %"hsr_d0_vlan_tags1.to_mpls"], [%".662", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".2008", %"vlan_d0_vlan_tags2.to_mpls"], [%".2008", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".2078", %"hsr_d0_vlan_tags2.to_mpls"], [%".2078", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".5234", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".5338", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".6316", %"widening.test.10"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.16", %"ipv4_d0.to_mpls"], [%"data.29", %"ipv6_d0.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.42", %"pppoe_d0.to_mpls"], [%"data.42", %"pppoe_d0.to_mpls.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.276", %"widening.test.10"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.16", %"ipv4_d0.to_mpls"], [%"data_end.29", %"ipv6_d0.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.42", %"pppoe_d0.to_mpls"], [%"data_end.42", %"pppoe_d0.to_mpls.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.276", %"widening.test.10"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.16", %"ipv4_d0.to_mpls"], [%"keys.29", %"ipv6_d0.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.42", %"pppoe_d0.to_mpls"], [%"keys.42", %"pppoe_d0.to_mpls.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.10"]
  %".411" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".412" = getelementptr i8, ptr %"hdr.3", i64 4
  %".413" = icmp ugt ptr %".412", %"data_end.5"
  br i1 %".413", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".415" = getelementptr i8, ptr %"hdr.3", i64 2
  %".416" = load i8, ptr %".415", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".416", %"mpls_d0_mpls_labels1.linear"], [%".435", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".437" = add i64 %"cursor.4", 4
  %".438" = zext i8 %"w2_1" to i64
  %".439" = and i64 %".438", 1
  switch i64 %".439", label %"mpls_d0_mpls_labels1.unknown" [i64 0, label %"mpls_d0_mpls_labels1.to_mpls" i64 1, label %"mpls_d0_mpls_labels1.to_ip_version"]
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels2:
  %"cursor.29" = phi  i64 [%".437", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.39" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.39" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.39" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %".2117" = add i64 %"cursor.29", 4
  %"hdr.26" = getelementptr i8, ptr %"data.39", i64 %"cursor.29"
  %".2118" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2119" = icmp ugt ptr %".2118", %"data_end.39"
  br i1 %".2119", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2121" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2122" = load i8, ptr %".2121", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2122", %"mpls_d0_mpls_labels2.linear"], [%".2141", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.111" = phi  ptr [%"data.39", %"mpls_d0_mpls_labels2.linear"], [%"data.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.39", %"mpls_d0_mpls_labels2.linear"], [%"data_end.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.39", %"mpls_d0_mpls_labels2.linear"], [%"keys.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2143" = add i64 %"cursor.29", 4
  %".2144" = zext i8 %"w2_1.1" to i64
  %".2145" = and i64 %".2144", 1
  switch i64 %".2145", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels3:
  %"cursor.51" = phi  i64 [%".2143", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.112" = phi  ptr [%"data.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.112" = phi  ptr [%"keys.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %".3941" = add i64 %"cursor.51", 4
  %"hdr.45" = getelementptr i8, ptr %"data.112", i64 %"cursor.51"
  %".3942" = getelementptr i8, ptr %"hdr.45", i64 4
  %".3943" = icmp ugt ptr %".3942", %"data_end.112"
  br i1 %".3943", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".3945" = getelementptr i8, ptr %"hdr.45", i64 2
  %".3946" = load i8, ptr %".3945", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".3946", %"mpls_d0_mpls_labels3.linear"], [%".3965", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.184" = phi  ptr [%"data.112", %"mpls_d0_mpls_labels3.linear"], [%"data.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.184" = phi  ptr [%"data_end.112", %"mpls_d0_mpls_labels3.linear"], [%"data_end.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.184" = phi  ptr [%"keys.112", %"mpls_d0_mpls_labels3.linear"], [%"keys.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".3967" = add i64 %"cursor.51", 4
  %".3968" = zext i8 %"w2_1.3" to i64
  %".3969" = and i64 %".3968", 1
  switch i64 %".3969", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels4:
  %"cursor.70" = phi  i64 [%".3967", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.185" = phi  ptr [%"data.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.185" = phi  ptr [%"data_end.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.185" = phi  ptr [%"keys.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %".5435" = add i64 %"cursor.70", 4
  %"hdr.62" = getelementptr i8, ptr %"data.185", i64 %"cursor.70"
  %".5436" = getelementptr i8, ptr %"hdr.62", i64 4
  %".5437" = icmp ugt ptr %".5436", %"data_end.185"
  br i1 %".5437", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5439" = getelementptr i8, ptr %"hdr.62", i64 2
  %".5440" = load i8, ptr %".5439", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5440", %"mpls_d0_mpls_labels4.linear"], [%".5459", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.236" = phi  ptr [%"data.185", %"mpls_d0_mpls_labels4.linear"], [%"data.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.236" = phi  ptr [%"data_end.185", %"mpls_d0_mpls_labels4.linear"], [%"data_end.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.236" = phi  ptr [%"keys.185", %"mpls_d0_mpls_labels4.linear"], [%"keys.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5461" = add i64 %"cursor.70", 4
  %".5462" = zext i8 %"w2_1.5" to i64
  %".5463" = and i64 %".5462", 1
  switch i64 %".5463", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels4.to_mpls:
  %".5469" = trunc i64 %".5461" to i16
  %".5470" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5469", ptr %".5470", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".384", %"vlan_d0_vlan_tags1.to_pppoe"], [%".662", %"hsr_d0_vlan_tags1.to_pppoe"], [%".2008", %"vlan_d0_vlan_tags2.to_pppoe"], [%".2078", %"hsr_d0_vlan_tags2.to_pppoe"], [%".6239", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.269", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.269", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".459" = getelementptr i8, ptr %"hdr.4", i64 8
  %".460" = icmp ugt ptr %".459", %"data_end.6"
  br i1 %".460", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".462" = getelementptr i8, ptr %"hdr.4", i64 0
  %".463" = load i8, ptr %".462", align 1
  %".464" = getelementptr i8, ptr %"hdr.4", i64 1
  %".465" = load i8, ptr %".464", align 1
  %".466" = getelementptr i8, ptr %"hdr.4", i64 6
  %".467" = load i16, ptr %".466", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".463", %"pppoe_d0.linear"], [%".486", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".465", %"pppoe_d0.linear"], [%".488", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".467", %"pppoe_d0.linear"], [%".490", %"pppoe_d0.copy_failed.endif"]
  %"data.42" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.41", %"pppoe_d0.copy_failed.endif"]
  %"data_end.42" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.41", %"pppoe_d0.copy_failed.endif"]
  %"keys.42" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.41", %"pppoe_d0.copy_failed.endif"]
  %".492" = zext i8 %"w0_1.1" to i64
  %".493" = lshr i64 %".492", 4
  %".494" = and i64 %".493", 15
  %".495" = icmp eq i64 %".494", 1
  %".496" = zext i8 %"w0_1.1" to i64
  %".497" = and i64 %".496", 15
  %".498" = icmp eq i64 %".497", 1
  %".499" = and i1 %".495", %".498"
  %".500" = zext i8 %"w1_1" to i64
  %".501" = icmp eq i64 %".500", 0
  %".502" = and i1 %".499", %".501"
  %".503" = xor i1 %".502", -1
  br i1 %".503", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".384", %"vlan_d0_vlan_tags1.to_arp"], [%".384", %"vlan_d0_vlan_tags1.to_arp.1"], [%".662", %"hsr_d0_vlan_tags1.to_arp"], [%".662", %"hsr_d0_vlan_tags1.to_arp.1"], [%".739", %"batadv_d0.stop_at_encap.endif.7"], [%".739", %"batadv_d0.stop_at_encap.endif.8"], [%".2008", %"vlan_d0_vlan_tags2.to_arp"], [%".2008", %"vlan_d0_vlan_tags2.to_arp.1"], [%".2078", %"hsr_d0_vlan_tags2.to_arp"], [%".2078", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2236", %"vlan_d1_vlan_tags1.to_arp"], [%".2236", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2430", %"hsr_d1_vlan_tags1.to_arp"], [%".2430", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.5", %"gre_d0.to_arp"], [%"end.5", %"gre_d0.to_arp.1"], [%".4020", %"vlan_d1_vlan_tags2.to_arp"], [%".4020", %"vlan_d1_vlan_tags2.to_arp.1"], [%".4090", %"hsr_d1_vlan_tags2.to_arp"], [%".4090", %"hsr_d1_vlan_tags2.to_arp.1"], [%".4211", %"ethernet_d1.to_arp"], [%".4211", %"ethernet_d1.to_arp.1"], [%".6470", %"widening.test.24"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_arp"], [%"data.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.109", %"hsr_d0_vlan_tags2.to_arp"], [%"data.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.116", %"vlan_d1_vlan_tags1.to_arp"], [%"data.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_arp"], [%"data.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.154", %"gre_d0.to_arp"], [%"data.154", %"gre_d0.to_arp.1"], [%"data.187", %"vlan_d1_vlan_tags2.to_arp"], [%"data.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.189", %"hsr_d1_vlan_tags2.to_arp"], [%"data.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.194", %"ethernet_d1.to_arp"], [%"data.194", %"ethernet_d1.to_arp.1"], [%"data.290", %"widening.test.24"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.154", %"gre_d0.to_arp"], [%"data_end.154", %"gre_d0.to_arp.1"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.194", %"ethernet_d1.to_arp"], [%"data_end.194", %"ethernet_d1.to_arp.1"], [%"data_end.290", %"widening.test.24"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.109", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.116", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.154", %"gre_d0.to_arp"], [%"keys.154", %"gre_d0.to_arp.1"], [%"keys.187", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.189", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.194", %"ethernet_d1.to_arp"], [%"keys.194", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.24"]
  %".544" = add i64 %"cursor.6", 0
  %".545" = trunc i64 %".544" to i16
  %".546" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".545", ptr %".546", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".384", %"vlan_d0_vlan_tags1.to_ptp"], [%".662", %"hsr_d0_vlan_tags1.to_ptp"], [%".739", %"batadv_d0.stop_at_encap.endif.9"], [%".2008", %"vlan_d0_vlan_tags2.to_ptp"], [%".2078", %"hsr_d0_vlan_tags2.to_ptp"], [%".2236", %"vlan_d1_vlan_tags1.to_ptp"], [%".2430", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.5", %"gre_d0.to_ptp"], [%".4020", %"vlan_d1_vlan_tags2.to_ptp"], [%".4090", %"hsr_d1_vlan_tags2.to_ptp"], [%".4211", %"ethernet_d1.to_ptp"], [%".6459", %"widening.test.23"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.154", %"gre_d0.to_ptp"], [%"data.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.194", %"ethernet_d1.to_ptp"], [%"data.289", %"widening.test.23"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.154", %"gre_d0.to_ptp"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.194", %"ethernet_d1.to_ptp"], [%"data_end.289", %"widening.test.23"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.154", %"gre_d0.to_ptp"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.194", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.23"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".549" = getelementptr i8, ptr %"hdr.5", i64 34
  %".550" = icmp ugt ptr %".549", %"data_end.8"
  br i1 %".550", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.45" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.44", %"ptp.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.44", %"ptp.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.44", %"ptp.copy_failed.endif"]
  %".570" = add i64 %"cursor.7", 34
  %".571" = trunc i64 %".570" to i16
  %".572" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".571", ptr %".572", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".384", %"vlan_d0_vlan_tags1.to_cfm"], [%".662", %"hsr_d0_vlan_tags1.to_cfm"], [%".739", %"batadv_d0.stop_at_encap.endif.10"], [%".2008", %"vlan_d0_vlan_tags2.to_cfm"], [%".2078", %"hsr_d0_vlan_tags2.to_cfm"], [%".2236", %"vlan_d1_vlan_tags1.to_cfm"], [%".2430", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.5", %"gre_d0.to_cfm"], [%".4020", %"vlan_d1_vlan_tags2.to_cfm"], [%".4090", %"hsr_d1_vlan_tags2.to_cfm"], [%".4211", %"ethernet_d1.to_cfm"], [%".6448", %"widening.test.22"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.154", %"gre_d0.to_cfm"], [%"data.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.194", %"ethernet_d1.to_cfm"], [%"data.288", %"widening.test.22"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.154", %"gre_d0.to_cfm"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.194", %"ethernet_d1.to_cfm"], [%"data_end.288", %"widening.test.22"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.154", %"gre_d0.to_cfm"], [%"keys.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.194", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.22"]
  %".575" = add i64 %"cursor.8", 0
  %".576" = trunc i64 %".575" to i16
  %".577" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".576", ptr %".577", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".384", %"vlan_d0_vlan_tags1.to_tipc"], [%".662", %"hsr_d0_vlan_tags1.to_tipc"], [%".739", %"batadv_d0.stop_at_encap.endif.11"], [%".2008", %"vlan_d0_vlan_tags2.to_tipc"], [%".2078", %"hsr_d0_vlan_tags2.to_tipc"], [%".2236", %"vlan_d1_vlan_tags1.to_tipc"], [%".2430", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.5", %"gre_d0.to_tipc"], [%".4020", %"vlan_d1_vlan_tags2.to_tipc"], [%".4090", %"hsr_d1_vlan_tags2.to_tipc"], [%".4211", %"ethernet_d1.to_tipc"], [%".6437", %"widening.test.21"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.53", %"batadv_d0.stop_at_encap.endif.11"], [%"data.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.154", %"gre_d0.to_tipc"], [%"data.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.194", %"ethernet_d1.to_tipc"], [%"data.287", %"widening.test.21"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.154", %"gre_d0.to_tipc"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.194", %"ethernet_d1.to_tipc"], [%"data_end.287", %"widening.test.21"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.154", %"gre_d0.to_tipc"], [%"keys.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.194", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.21"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".580" = getelementptr i8, ptr %"hdr.6", i64 16
  %".581" = icmp ugt ptr %".580", %"data_end.10"
  br i1 %".581", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.47" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.46", %"tipc.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.46", %"tipc.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.46", %"tipc.copy_failed.endif"]
  %".601" = trunc i64 %"cursor.9" to i16
  %".602" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".601", ptr %".602", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".384", %"vlan_d0_vlan_tags1.to_fcoe"], [%".662", %"hsr_d0_vlan_tags1.to_fcoe"], [%".739", %"batadv_d0.stop_at_encap.endif.12"], [%".2008", %"vlan_d0_vlan_tags2.to_fcoe"], [%".2078", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2236", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2430", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.5", %"gre_d0.to_fcoe"], [%".4020", %"vlan_d1_vlan_tags2.to_fcoe"], [%".4090", %"hsr_d1_vlan_tags2.to_fcoe"], [%".4211", %"ethernet_d1.to_fcoe"], [%".6426", %"widening.test.20"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.53", %"batadv_d0.stop_at_encap.endif.12"], [%"data.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.154", %"gre_d0.to_fcoe"], [%"data.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.194", %"ethernet_d1.to_fcoe"], [%"data.286", %"widening.test.20"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.154", %"gre_d0.to_fcoe"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.194", %"ethernet_d1.to_fcoe"], [%"data_end.286", %"widening.test.20"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.154", %"gre_d0.to_fcoe"], [%"keys.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.194", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.20"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".605" = getelementptr i8, ptr %"hdr.7", i64 38
  %".606" = icmp ugt ptr %".605", %"data_end.11"
  br i1 %".606", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.49" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.48", %"fcoe.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.48", %"fcoe.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.48", %"fcoe.copy_failed.endif"]
  %".626" = add i64 %"cursor.10", 38
  %".627" = trunc i64 %".626" to i16
  %".628" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".627", ptr %".628", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".631" = getelementptr i8, ptr %"hdr.8", i64 6
  %".632" = icmp ugt ptr %".631", %"data_end.12"
  br i1 %".632", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".634" = getelementptr i8, ptr %"hdr.8", i64 4
  %".635" = load i16, ptr %".634", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".635", %"hsr_d0_vlan_tags1.linear"], [%".654", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".656" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".657" = zext i16 %".656" to i64
  %".658" = trunc i64 %".657" to i16
  %".659" = call i16 @"llvm.bswap.i16"(i16 %".658")
  %".660" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %".659", ptr %".660", align 2
  %".662" = add i64 %"cursor.11", 6
  %".663" = trunc i64 %".662" to i16
  %".664" = getelementptr i8, ptr %"keys.51", i64 0
  store i16 %".663", ptr %".664", align 2
  %".666" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".667" = zext i16 %".666" to i64
  switch i64 %".667", label %"hsr_d0_vlan_tags1.unknown" [i64 2048, label %"hsr_d0_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags1.to_vlan" i64 34984, label %"hsr_d0_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags1.to_mpls" i64 34888, label %"hsr_d0_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags1.to_arp" i64 32821, label %"hsr_d0_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags1.to_ptp" i64 35074, label %"hsr_d0_vlan_tags1.to_cfm" i64 35018, label %"hsr_d0_vlan_tags1.to_tipc" i64 35078, label %"hsr_d0_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags1.to_hsr" i64 35067, label %"hsr_d0_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags1.to_batadv"]  , !prof !1
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".384", %"vlan_d0_vlan_tags1.to_batadv"], [%".662", %"hsr_d0_vlan_tags1.to_batadv"], [%".2008", %"vlan_d0_vlan_tags2.to_batadv"], [%".2078", %"hsr_d0_vlan_tags2.to_batadv"], [%".6228", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.268", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.268", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".689" = getelementptr i8, ptr %"hdr.9", i64 24
  %".690" = icmp ugt ptr %".689", %"data_end.13"
  br i1 %".690", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".692" = getelementptr i8, ptr %"hdr.9", i64 0
  %".693" = load i8, ptr %".692", align 1
  %".694" = getelementptr i8, ptr %"hdr.9", i64 1
  %".695" = load i8, ptr %".694", align 1
  %".696" = getelementptr i8, ptr %"hdr.9", i64 22
  %".697" = load i16, ptr %".696", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".693", %"batadv_d0.linear"], [%".716", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".695", %"batadv_d0.linear"], [%".718", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".697", %"batadv_d0.linear"], [%".720", %"batadv_d0.copy_failed.endif"]
  %"data.53" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.52", %"batadv_d0.copy_failed.endif"]
  %"data_end.53" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.52", %"batadv_d0.copy_failed.endif"]
  %"keys.53" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.52", %"batadv_d0.copy_failed.endif"]
  %".722" = zext i8 %"w1_1.1" to i64
  %".723" = icmp eq i64 %".722", 15
  %".724" = zext i8 %"w0_1.2" to i64
  %".725" = icmp eq i64 %".724", 64
  %".726" = and i1 %".723", %".725"
  %".727" = xor i1 %".726", -1
  br i1 %".727", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  %".116" = icmp eq i64 %".115", 5
  %".117" = xor i1 %".116", -1
  br i1 %".117", label %"ipv4_d0.variable", label %"ipv4_d0.no_variable", !prof !0
ipv4_d0.no_variable:
  br label %"ipv4_d0.variable.endif"
ipv4_d0.variable.endif:
  %"end" = phi  i64 [%".113", %"ipv4_d0.no_variable"], [%".125", %"ipv4_d0.variable"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.no_variable"], [%"data.15", %"ipv4_d0.variable"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.no_variable"], [%"data_end.15", %"ipv4_d0.variable"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.no_variable"], [%"keys.15", %"ipv4_d0.variable"]
  %".127" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".128" = zext i16 %".127" to i64
  %".129" = and i64 %".128", 16383
  %".130" = icmp ne i64 %".129", 0
  %".131" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".132" = zext i16 %".131" to i64
  %".133" = and i64 %".132", 8191
  %".134" = icmp eq i64 %".133", 0
  br i1 %".130", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif", !prof !0
ipv4_d0.fragment.endif:
  %".156" = zext i8 %"w9_1" to i64
  switch i64 %".156", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.to_tcp:
  br label %"tcp"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".281", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1658", %"ipv6_d1.to_tcp"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".5234", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".5338", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".5714", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".5824", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".6668", %"widening.test.42"]
  %"data.17" = phi  ptr [%"data.16", %"ipv4_d0.to_tcp"], [%"data.29", %"ipv6_d0.to_tcp"], [%"data.91", %"ipv4_d1.to_tcp"], [%"data.95", %"ipv6_d1.to_tcp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.308", %"widening.test.42"]
  %"data_end.17" = phi  ptr [%"data_end.16", %"ipv4_d0.to_tcp"], [%"data_end.29", %"ipv6_d0.to_tcp"], [%"data_end.91", %"ipv4_d1.to_tcp"], [%"data_end.95", %"ipv6_d1.to_tcp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.308", %"widening.test.42"]
  %"keys.17" = phi  ptr [%"keys.16", %"ipv4_d0.to_tcp"], [%"keys.29", %"ipv6_d0.to_tcp"], [%"keys.91", %"ipv4_d1.to_tcp"], [%"keys.95", %"ipv6_d1.to_tcp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.42"]
  %"hdr.10" = getelementptr i8, ptr %"data.17", i64 %"cursor.13"
  %".955" = getelementptr i8, ptr %"hdr.10", i64 4
  %".956" = icmp ugt ptr %".955", %"data_end.17"
  br i1 %".956", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".958" = getelementptr i8, ptr %"hdr.10", i64 0
  %".959" = load i16, ptr %".958", align 2
  %".960" = getelementptr i8, ptr %"hdr.10", i64 2
  %".961" = load i16, ptr %".960", align 2
  br label %"tcp.header"
tcp.header:
  %"w0_2" = phi  i16 [%".959", %"tcp.linear"], [%".980", %"tcp.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".961", %"tcp.linear"], [%".982", %"tcp.copy_failed.endif"]
  %"data.60" = phi  ptr [%"data.17", %"tcp.linear"], [%"data.59", %"tcp.copy_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.17", %"tcp.linear"], [%"data_end.59", %"tcp.copy_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.17", %"tcp.linear"], [%"keys.59", %"tcp.copy_failed.endif"]
  %".984" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".985" = zext i16 %".984" to i64
  %".986" = trunc i64 %".985" to i16
  %".987" = call i16 @"llvm.bswap.i16"(i16 %".986")
  %".988" = getelementptr i8, ptr %"keys.60", i64 12
  store i16 %".987", ptr %".988", align 2
  %".990" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".991" = zext i16 %".990" to i64
  %".992" = trunc i64 %".991" to i16
  %".993" = call i16 @"llvm.bswap.i16"(i16 %".992")
  %".994" = getelementptr i8, ptr %"keys.60", i64 14
  store i16 %".993", ptr %".994", align 2
  switch i64 0, label %"tcp.unknown" [i64 0, label %"tcp.to_tcp_header"]
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.13", %"tcp.to_tcp_header"]
  %"data.61" = phi  ptr [%"data.60", %"tcp.to_tcp_header"]
  %"data_end.61" = phi  ptr [%"data_end.60", %"tcp.to_tcp_header"]
  %"keys.61" = phi  ptr [%"keys.60", %"tcp.to_tcp_header"]
  %"hdr.33" = getelementptr i8, ptr %"data.61", i64 %"cursor.37"
  %".2771" = getelementptr i8, ptr %"hdr.33", i64 20
  %".2772" = icmp ugt ptr %".2771", %"data_end.61"
  br i1 %".2772", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2774" = getelementptr i8, ptr %"hdr.33", i64 12
  %".2775" = load i8, ptr %".2774", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2775", %"tcp_header.linear"], [%".2794", %"tcp_header.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.61", %"tcp_header.linear"], [%"data.128", %"tcp_header.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.61", %"tcp_header.linear"], [%"data_end.128", %"tcp_header.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.61", %"tcp_header.linear"], [%"keys.128", %"tcp_header.copy_failed.endif"]
  %".2796" = zext i8 %"w12_1" to i64
  %".2797" = lshr i64 %".2796", 4
  %".2798" = and i64 %".2797", 15
  %".2799" = icmp uge i64 %".2798", 5
  %".2800" = xor i1 %".2799", -1
  br i1 %".2800", label %"tcp_header.require", label %"tcp_header.require.endif"
ipv4_d0.variable:
  %".120" = zext i8 %"w0_1" to i64
  %".121" = and i64 %".120", 15
  %".122" = mul i64 %".121", 4
  %".123" = sub i64 %".122", 20
  %".124" = add i64 %".123", 20
  %".125" = add i64 %"cursor.1", %".124"
  br label %"ipv4_d0.variable.endif"
ipv4_d0.fragment:
  %".136" = getelementptr i8, ptr %"keys.16", i64 6
  store i8 1, ptr %".136", align 1
  br i1 %".134", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.first_fragment:
  %".139" = getelementptr i8, ptr %"keys.16", i64 7
  store i8 1, ptr %".139", align 1
  %".141" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags" = load volatile i32, ptr %".141", align 4
  %".142" = and i32 %"flags", 1
  %".143" = icmp ne i32 %".142", 0
  %".144" = xor i1 %".143", -1
  br i1 %".144", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".151" = trunc i64 %"end" to i16
  %".152" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".151", ptr %".152", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".146" = trunc i64 %"end" to i16
  %".147" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".146", ptr %".147", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".158" = trunc i64 %"end" to i16
  %".159" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".158", ptr %".159", align 2
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
  %".171" = trunc i64 34887 to i16
  %".172" = call i16 @"llvm.bswap.i16"(i16 %".171")
  %".173" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".172", ptr %".173", align 2
  br label %"mpls_d0_mpls_labels1"
ipv4_d0.to_ipv4:
  %".176" = trunc i64 2048 to i16
  %".177" = call i16 @"llvm.bswap.i16"(i16 %".176")
  %".178" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".177", ptr %".178", align 2
  %".180" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".180", align 1
  %".182" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.1" = load volatile i32, ptr %".182", align 4
  %".183" = and i32 %"flags.1", 4
  %".184" = icmp ne i32 %".183", 0
  br i1 %".184", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".193" = trunc i64 34525 to i16
  %".194" = call i16 @"llvm.bswap.i16"(i16 %".193")
  %".195" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".194", ptr %".195", align 2
  %".197" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".197", align 1
  %".199" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.2" = load volatile i32, ptr %".199", align 4
  %".200" = and i32 %"flags.2", 4
  %".201" = icmp ne i32 %".200", 0
  br i1 %".201", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
udp_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".281", %"ipv6_d0.to_udp"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".5234", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".5338", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".6338", %"widening.test.12"]
  %"data.18" = phi  ptr [%"data.16", %"ipv4_d0.to_udp"], [%"data.29", %"ipv6_d0.to_udp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.278", %"widening.test.12"]
  %"data_end.18" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udp"], [%"data_end.29", %"ipv6_d0.to_udp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.278", %"widening.test.12"]
  %"keys.18" = phi  ptr [%"keys.16", %"ipv4_d0.to_udp"], [%"keys.29", %"ipv6_d0.to_udp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys", %"widening.test.12"]
  %"hdr.11" = getelementptr i8, ptr %"data.18", i64 %"cursor.14"
  %".1002" = getelementptr i8, ptr %"hdr.11", i64 4
  %".1003" = icmp ugt ptr %".1002", %"data_end.18"
  br i1 %".1003", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".1005" = getelementptr i8, ptr %"hdr.11", i64 0
  %".1006" = load i16, ptr %".1005", align 2
  %".1007" = getelementptr i8, ptr %"hdr.11", i64 2
  %".1008" = load i16, ptr %".1007", align 2
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_2.1" = phi  i16 [%".1006", %"udp_d0.linear"], [%".1027", %"udp_d0.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1008", %"udp_d0.linear"], [%".1029", %"udp_d0.copy_failed.endif"]
  %"data.63" = phi  ptr [%"data.18", %"udp_d0.linear"], [%"data.62", %"udp_d0.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.18", %"udp_d0.linear"], [%"data_end.62", %"udp_d0.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.18", %"udp_d0.linear"], [%"keys.62", %"udp_d0.copy_failed.endif"]
  %".1031" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".1032" = zext i16 %".1031" to i64
  %".1033" = trunc i64 %".1032" to i16
  %".1034" = call i16 @"llvm.bswap.i16"(i16 %".1033")
  %".1035" = getelementptr i8, ptr %"keys.63", i64 12
  store i16 %".1034", ptr %".1035", align 2
  %".1037" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1038" = zext i16 %".1037" to i64
  %".1039" = trunc i64 %".1038" to i16
  %".1040" = call i16 @"llvm.bswap.i16"(i16 %".1039")
  %".1041" = getelementptr i8, ptr %"keys.63", i64 14
  store i16 %".1040", ptr %".1041", align 2
  %".1043" = add i64 %"cursor.14", 4
  %".1044" = add i64 4, 4
  %".1045" = getelementptr i8, ptr %"data.63", i64 %"cursor.14"
  %".1046" = getelementptr i8, ptr %".1045", i64 %".1044"
  %".1047" = icmp ugt ptr %".1046", %"data_end.63"
  br i1 %".1047", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.65" = phi  ptr [%"data.63", %"udp_d0.header"], [%"data.64", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.63", %"udp_d0.header"], [%"data_end.64", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.63", %"udp_d0.header"], [%"keys.64", %"udp_d0.copy_last_byte_failed.endif"]
  %".1068" = add i64 %"cursor.14", %".1044"
  %".1069" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1070" = zext i16 %".1069" to i64
  switch i64 %".1070", label %"udp_d0.unknown" [i64 4789, label %"udp_d0.to_vxlan" i64 6081, label %"udp_d0.to_geneve" i64 6080, label %"udp_d0.to_gue" i64 2152, label %"udp_d0.to_gtpu" i64 7777, label %"udp_d0.to_shim"]  , !prof !4
udp_d0.to_vxlan:
  br label %"vxlan_d0"
vxlan_d0:
  %"cursor.38" = phi  i64 [%".1068", %"udp_d0.to_vxlan"]
  %"data.66" = phi  ptr [%"data.65", %"udp_d0.to_vxlan"]
  %"data_end.66" = phi  ptr [%"data_end.65", %"udp_d0.to_vxlan"]
  %"keys.66" = phi  ptr [%"keys.65", %"udp_d0.to_vxlan"]
  %"hdr.34" = getelementptr i8, ptr %"data.66", i64 %"cursor.38"
  %".2849" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2850" = icmp ugt ptr %".2849", %"data_end.66"
  br i1 %".2850", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.134" = phi  ptr [%"data.66", %"vxlan_d0.linear"], [%"data.133", %"vxlan_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.66", %"vxlan_d0.linear"], [%"data_end.133", %"vxlan_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.66", %"vxlan_d0.linear"], [%"keys.133", %"vxlan_d0.copy_failed.endif"]
  %".2870" = add i64 %"cursor.38", 8
  %".2871" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".2871", align 1
  %".2873" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.52" = load volatile i32, ptr %".2873", align 4
  %".2874" = and i32 %"flags.52", 4
  %".2875" = icmp ne i32 %".2874", 0
  br i1 %".2875", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".281", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1658", %"ipv6_d1.to_udplite"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".5234", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".5338", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".5714", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".5824", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".6646", %"widening.test.40"]
  %"data.19" = phi  ptr [%"data.16", %"ipv4_d0.to_udplite"], [%"data.29", %"ipv6_d0.to_udplite"], [%"data.91", %"ipv4_d1.to_udplite"], [%"data.95", %"ipv6_d1.to_udplite"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.306", %"widening.test.40"]
  %"data_end.19" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udplite"], [%"data_end.29", %"ipv6_d0.to_udplite"], [%"data_end.91", %"ipv4_d1.to_udplite"], [%"data_end.95", %"ipv6_d1.to_udplite"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.306", %"widening.test.40"]
  %"keys.19" = phi  ptr [%"keys.16", %"ipv4_d0.to_udplite"], [%"keys.29", %"ipv6_d0.to_udplite"], [%"keys.91", %"ipv4_d1.to_udplite"], [%"keys.95", %"ipv6_d1.to_udplite"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.40"]
  %"hdr.12" = getelementptr i8, ptr %"data.19", i64 %"cursor.15"
  %".1081" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1082" = icmp ugt ptr %".1081", %"data_end.19"
  br i1 %".1082", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1084" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1085" = load i16, ptr %".1084", align 2
  %".1086" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1087" = load i16, ptr %".1086", align 2
  br label %"udplite.header"
udplite.header:
  %"w0_2.2" = phi  i16 [%".1085", %"udplite.linear"], [%".1106", %"udplite.copy_failed.endif"]
  %"w2_2.3" = phi  i16 [%".1087", %"udplite.linear"], [%".1108", %"udplite.copy_failed.endif"]
  %"data.72" = phi  ptr [%"data.19", %"udplite.linear"], [%"data.71", %"udplite.copy_failed.endif"]
  %"data_end.72" = phi  ptr [%"data_end.19", %"udplite.linear"], [%"data_end.71", %"udplite.copy_failed.endif"]
  %"keys.72" = phi  ptr [%"keys.19", %"udplite.linear"], [%"keys.71", %"udplite.copy_failed.endif"]
  %".1110" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".1111" = zext i16 %".1110" to i64
  %".1112" = trunc i64 %".1111" to i16
  %".1113" = call i16 @"llvm.bswap.i16"(i16 %".1112")
  %".1114" = getelementptr i8, ptr %"keys.72", i64 12
  store i16 %".1113", ptr %".1114", align 2
  %".1116" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1117" = zext i16 %".1116" to i64
  %".1118" = trunc i64 %".1117" to i16
  %".1119" = call i16 @"llvm.bswap.i16"(i16 %".1118")
  %".1120" = getelementptr i8, ptr %"keys.72", i64 14
  store i16 %".1119", ptr %".1120", align 2
  %".1122" = add i64 %"cursor.15", 4
  %".1123" = add i64 4, 4
  %".1124" = getelementptr i8, ptr %"data.72", i64 %"cursor.15"
  %".1125" = getelementptr i8, ptr %".1124", i64 %".1123"
  %".1126" = icmp ugt ptr %".1125", %"data_end.72"
  br i1 %".1126", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.74" = phi  ptr [%"data.72", %"udplite.header"], [%"data.73", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.74" = phi  ptr [%"data_end.72", %"udplite.header"], [%"data_end.73", %"udplite.copy_last_byte_failed.endif"]
  %"keys.74" = phi  ptr [%"keys.72", %"udplite.header"], [%"keys.73", %"udplite.copy_last_byte_failed.endif"]
  %".1147" = add i64 %"cursor.15", %".1123"
  %".1148" = trunc i64 %"cursor.15" to i16
  %".1149" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1148", ptr %".1149", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".281", %"ipv6_d0.to_gre_version"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".5234", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".5338", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".6327", %"widening.test.11"]
  %"data.20" = phi  ptr [%"data.16", %"ipv4_d0.to_gre_version"], [%"data.29", %"ipv6_d0.to_gre_version"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.277", %"widening.test.11"]
  %"data_end.20" = phi  ptr [%"data_end.16", %"ipv4_d0.to_gre_version"], [%"data_end.29", %"ipv6_d0.to_gre_version"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.277", %"widening.test.11"]
  %"keys.20" = phi  ptr [%"keys.16", %"ipv4_d0.to_gre_version"], [%"keys.29", %"ipv6_d0.to_gre_version"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.11"]
  %"hdr.13" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1152" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1153" = icmp ugt ptr %".1152", %"data_end.20"
  br i1 %".1153", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1155" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1156" = load i8, ptr %".1155", align 1
  %".1157" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1158" = load i8, ptr %".1157", align 1
  %".1159" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1160" = load i16, ptr %".1159", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1156", %"gre_version_d0.linear"], [%".1179", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1158", %"gre_version_d0.linear"], [%".1181", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1160", %"gre_version_d0.linear"], [%".1183", %"gre_version_d0.copy_failed.endif"]
  %"data.76" = phi  ptr [%"data.20", %"gre_version_d0.linear"], [%"data.75", %"gre_version_d0.copy_failed.endif"]
  %"data_end.76" = phi  ptr [%"data_end.20", %"gre_version_d0.linear"], [%"data_end.75", %"gre_version_d0.copy_failed.endif"]
  %"keys.76" = phi  ptr [%"keys.20", %"gre_version_d0.linear"], [%"keys.75", %"gre_version_d0.copy_failed.endif"]
  %".1185" = zext i8 %"w0_1.3" to i64
  %".1186" = lshr i64 %".1185", 6
  %".1187" = and i64 %".1186", 1
  %".1188" = icmp ne i64 %".1187", 0
  %".1189" = zext i8 %"w1_1.2" to i64
  %".1190" = and i64 %".1189", 7
  %".1191" = icmp ugt i64 %".1190", 1
  %".1192" = or i1 %".1188", %".1191"
  br i1 %".1192", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
gre_version_d0.stop_before.endif:
  %".1198" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1199" = zext i16 %".1198" to i64
  %".1200" = trunc i64 %".1199" to i16
  %".1201" = call i16 @"llvm.bswap.i16"(i16 %".1200")
  %".1202" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %".1201", ptr %".1202", align 2
  %".1204" = zext i8 %"w1_1.2" to i64
  %".1205" = and i64 %".1204", 7
  switch i64 %".1205", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.43" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.77" = phi  ptr [%"data.76", %"gre_version_d0.to_gre"]
  %"data_end.77" = phi  ptr [%"data_end.76", %"gre_version_d0.to_gre"]
  %"keys.77" = phi  ptr [%"keys.76", %"gre_version_d0.to_gre"]
  %".3215" = add i64 %"cursor.43", 4
  %".3216" = and i8 %"w0_1.3", 176
  %".3217" = icmp eq i8 %".3216", 0
  %".3218" = xor i1 %".3217", -1
  br i1 %".3218", label %"gre_d0.variable", label %"gre_d0.no_variable", !prof !0
gre_d0.no_variable:
  br label %"gre_d0.variable.endif"
gre_d0.variable.endif:
  %"end.5" = phi  i64 [%".3215", %"gre_d0.no_variable"], [%".3257", %"gre_d0.variable_part"]
  %"data.154" = phi  ptr [%"data.77", %"gre_d0.no_variable"], [%"data.153", %"gre_d0.variable_part"]
  %"data_end.154" = phi  ptr [%"data_end.77", %"gre_d0.no_variable"], [%"data_end.153", %"gre_d0.variable_part"]
  %"keys.154" = phi  ptr [%"keys.77", %"gre_d0.no_variable"], [%"keys.153", %"gre_d0.variable_part"]
  %".3259" = getelementptr i8, ptr %"keys.154", i64 8
  store i8 1, ptr %".3259", align 1
  %".3261" = getelementptr i8, ptr %"keys.154", i64 48
  %"flags.57" = load volatile i32, ptr %".3261", align 4
  %".3262" = and i32 %"flags.57", 4
  %".3263" = icmp ne i32 %".3262", 0
  br i1 %".3263", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".281", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1658", %"ipv6_d1.to_sctp"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".5234", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".5338", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".5714", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".5824", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".6624", %"widening.test.38"]
  %"data.21" = phi  ptr [%"data.16", %"ipv4_d0.to_sctp"], [%"data.29", %"ipv6_d0.to_sctp"], [%"data.91", %"ipv4_d1.to_sctp"], [%"data.95", %"ipv6_d1.to_sctp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.304", %"widening.test.38"]
  %"data_end.21" = phi  ptr [%"data_end.16", %"ipv4_d0.to_sctp"], [%"data_end.29", %"ipv6_d0.to_sctp"], [%"data_end.91", %"ipv4_d1.to_sctp"], [%"data_end.95", %"ipv6_d1.to_sctp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.304", %"widening.test.38"]
  %"keys.21" = phi  ptr [%"keys.16", %"ipv4_d0.to_sctp"], [%"keys.29", %"ipv6_d0.to_sctp"], [%"keys.91", %"ipv4_d1.to_sctp"], [%"keys.95", %"ipv6_d1.to_sctp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.38"]
  %"hdr.14" = getelementptr i8, ptr %"data.21", i64 %"cursor.17"
  %".1213" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1214" = icmp ugt ptr %".1213", %"data_end.21"
  br i1 %".1214", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1216" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1217" = load i16, ptr %".1216", align 2
  %".1218" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1219" = load i16, ptr %".1218", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1217", %"sctp.linear"], [%".1238", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1219", %"sctp.linear"], [%".1240", %"sctp.copy_failed.endif"]
  %"data.80" = phi  ptr [%"data.21", %"sctp.linear"], [%"data.79", %"sctp.copy_failed.endif"]
  %"data_end.80" = phi  ptr [%"data_end.21", %"sctp.linear"], [%"data_end.79", %"sctp.copy_failed.endif"]
  %"keys.80" = phi  ptr [%"keys.21", %"sctp.linear"], [%"keys.79", %"sctp.copy_failed.endif"]
  %".1242" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1243" = zext i16 %".1242" to i64
  %".1244" = trunc i64 %".1243" to i16
  %".1245" = call i16 @"llvm.bswap.i16"(i16 %".1244")
  %".1246" = getelementptr i8, ptr %"keys.80", i64 12
  store i16 %".1245", ptr %".1246", align 2
  %".1248" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1249" = zext i16 %".1248" to i64
  %".1250" = trunc i64 %".1249" to i16
  %".1251" = call i16 @"llvm.bswap.i16"(i16 %".1250")
  %".1252" = getelementptr i8, ptr %"keys.80", i64 14
  store i16 %".1251", ptr %".1252", align 2
  %".1254" = add i64 %"cursor.17", 4
  %".1255" = trunc i64 %"cursor.17" to i16
  %".1256" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1255", ptr %".1256", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".281", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1658", %"ipv6_d1.to_dccp"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".5234", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".5338", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".5714", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".5824", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".6613", %"widening.test.37"]
  %"data.22" = phi  ptr [%"data.16", %"ipv4_d0.to_dccp"], [%"data.29", %"ipv6_d0.to_dccp"], [%"data.91", %"ipv4_d1.to_dccp"], [%"data.95", %"ipv6_d1.to_dccp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.303", %"widening.test.37"]
  %"data_end.22" = phi  ptr [%"data_end.16", %"ipv4_d0.to_dccp"], [%"data_end.29", %"ipv6_d0.to_dccp"], [%"data_end.91", %"ipv4_d1.to_dccp"], [%"data_end.95", %"ipv6_d1.to_dccp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.303", %"widening.test.37"]
  %"keys.22" = phi  ptr [%"keys.16", %"ipv4_d0.to_dccp"], [%"keys.29", %"ipv6_d0.to_dccp"], [%"keys.91", %"ipv4_d1.to_dccp"], [%"keys.95", %"ipv6_d1.to_dccp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.37"]
  %"hdr.15" = getelementptr i8, ptr %"data.22", i64 %"cursor.18"
  %".1259" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1260" = icmp ugt ptr %".1259", %"data_end.22"
  br i1 %".1260", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1262" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1263" = load i16, ptr %".1262", align 2
  %".1264" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1265" = load i16, ptr %".1264", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1263", %"dccp.linear"], [%".1284", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1265", %"dccp.linear"], [%".1286", %"dccp.copy_failed.endif"]
  %"data.82" = phi  ptr [%"data.22", %"dccp.linear"], [%"data.81", %"dccp.copy_failed.endif"]
  %"data_end.82" = phi  ptr [%"data_end.22", %"dccp.linear"], [%"data_end.81", %"dccp.copy_failed.endif"]
  %"keys.82" = phi  ptr [%"keys.22", %"dccp.linear"], [%"keys.81", %"dccp.copy_failed.endif"]
  %".1288" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1289" = zext i16 %".1288" to i64
  %".1290" = trunc i64 %".1289" to i16
  %".1291" = call i16 @"llvm.bswap.i16"(i16 %".1290")
  %".1292" = getelementptr i8, ptr %"keys.82", i64 12
  store i16 %".1291", ptr %".1292", align 2
  %".1294" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1295" = zext i16 %".1294" to i64
  %".1296" = trunc i64 %".1295" to i16
  %".1297" = call i16 @"llvm.bswap.i16"(i16 %".1296")
  %".1298" = getelementptr i8, ptr %"keys.82", i64 14
  store i16 %".1297", ptr %".1298", align 2
  %".1300" = add i64 %"cursor.18", 4
  %".1301" = trunc i64 %"cursor.18" to i16
  %".1302" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1301", ptr %".1302", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".281", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1658", %"ipv6_d1.to_esp"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".5234", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".5338", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".5714", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".5824", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".6602", %"widening.test.36"]
  %"data.23" = phi  ptr [%"data.16", %"ipv4_d0.to_esp"], [%"data.29", %"ipv6_d0.to_esp"], [%"data.91", %"ipv4_d1.to_esp"], [%"data.95", %"ipv6_d1.to_esp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.302", %"widening.test.36"]
  %"data_end.23" = phi  ptr [%"data_end.16", %"ipv4_d0.to_esp"], [%"data_end.29", %"ipv6_d0.to_esp"], [%"data_end.91", %"ipv4_d1.to_esp"], [%"data_end.95", %"ipv6_d1.to_esp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.302", %"widening.test.36"]
  %"keys.23" = phi  ptr [%"keys.16", %"ipv4_d0.to_esp"], [%"keys.29", %"ipv6_d0.to_esp"], [%"keys.91", %"ipv4_d1.to_esp"], [%"keys.95", %"ipv6_d1.to_esp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.36"]
  %"hdr.16" = getelementptr i8, ptr %"data.23", i64 %"cursor.19"
  %".1305" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1306" = icmp ugt ptr %".1305", %"data_end.23"
  br i1 %".1306", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1308" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1309" = load i32, ptr %".1308", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1309", %"esp.linear"], [%".1328", %"esp.copy_failed.endif"]
  %"data.84" = phi  ptr [%"data.23", %"esp.linear"], [%"data.83", %"esp.copy_failed.endif"]
  %"data_end.84" = phi  ptr [%"data_end.23", %"esp.linear"], [%"data_end.83", %"esp.copy_failed.endif"]
  %"keys.84" = phi  ptr [%"keys.23", %"esp.linear"], [%"keys.83", %"esp.copy_failed.endif"]
  %".1330" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1331" = zext i32 %".1330" to i64
  %".1332" = lshr i64 %".1331", 16
  %".1333" = trunc i64 %".1332" to i16
  %".1334" = call i16 @"llvm.bswap.i16"(i16 %".1333")
  %".1335" = getelementptr i8, ptr %"keys.84", i64 12
  store i16 %".1334", ptr %".1335", align 2
  %".1337" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1338" = zext i32 %".1337" to i64
  %".1339" = and i64 %".1338", 65535
  %".1340" = trunc i64 %".1339" to i16
  %".1341" = call i16 @"llvm.bswap.i16"(i16 %".1340")
  %".1342" = getelementptr i8, ptr %"keys.84", i64 14
  store i16 %".1341", ptr %".1342", align 2
  %".1344" = add i64 %"cursor.19", 4
  %".1345" = trunc i64 %"cursor.19" to i16
  %".1346" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1345", ptr %".1346", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".281", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1658", %"ipv6_d1.to_ah"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".5234", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".5338", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".5714", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".5824", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".6591", %"widening.test.35"]
  %"data.24" = phi  ptr [%"data.16", %"ipv4_d0.to_ah"], [%"data.29", %"ipv6_d0.to_ah"], [%"data.91", %"ipv4_d1.to_ah"], [%"data.95", %"ipv6_d1.to_ah"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.301", %"widening.test.35"]
  %"data_end.24" = phi  ptr [%"data_end.16", %"ipv4_d0.to_ah"], [%"data_end.29", %"ipv6_d0.to_ah"], [%"data_end.91", %"ipv4_d1.to_ah"], [%"data_end.95", %"ipv6_d1.to_ah"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.301", %"widening.test.35"]
  %"keys.24" = phi  ptr [%"keys.16", %"ipv4_d0.to_ah"], [%"keys.29", %"ipv6_d0.to_ah"], [%"keys.91", %"ipv4_d1.to_ah"], [%"keys.95", %"ipv6_d1.to_ah"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.35"]
  %"hdr.17" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1349" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1350" = icmp ugt ptr %".1349", %"data_end.24"
  br i1 %".1350", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1352" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1353" = load i32, ptr %".1352", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1353", %"ah.linear"], [%".1372", %"ah.copy_failed.endif"]
  %"data.86" = phi  ptr [%"data.24", %"ah.linear"], [%"data.85", %"ah.copy_failed.endif"]
  %"data_end.86" = phi  ptr [%"data_end.24", %"ah.linear"], [%"data_end.85", %"ah.copy_failed.endif"]
  %"keys.86" = phi  ptr [%"keys.24", %"ah.linear"], [%"keys.85", %"ah.copy_failed.endif"]
  %".1374" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1375" = zext i32 %".1374" to i64
  %".1376" = lshr i64 %".1375", 16
  %".1377" = trunc i64 %".1376" to i16
  %".1378" = call i16 @"llvm.bswap.i16"(i16 %".1377")
  %".1379" = getelementptr i8, ptr %"keys.86", i64 12
  store i16 %".1378", ptr %".1379", align 2
  %".1381" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1382" = zext i32 %".1381" to i64
  %".1383" = and i64 %".1382", 65535
  %".1384" = trunc i64 %".1383" to i16
  %".1385" = call i16 @"llvm.bswap.i16"(i16 %".1384")
  %".1386" = getelementptr i8, ptr %"keys.86", i64 14
  store i16 %".1385", ptr %".1386", align 2
  %".1388" = add i64 %"cursor.20", 8
  %".1389" = trunc i64 %"cursor.20" to i16
  %".1390" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1389", ptr %".1390", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"], [%".6580", %"widening.test.34"]
  %"data.25" = phi  ptr [%"data.16", %"ipv4_d0.to_icmp"], [%"data.91", %"ipv4_d1.to_icmp"], [%"data.300", %"widening.test.34"]
  %"data_end.25" = phi  ptr [%"data_end.16", %"ipv4_d0.to_icmp"], [%"data_end.91", %"ipv4_d1.to_icmp"], [%"data_end.300", %"widening.test.34"]
  %"keys.25" = phi  ptr [%"keys.16", %"ipv4_d0.to_icmp"], [%"keys.91", %"ipv4_d1.to_icmp"], [%"keys", %"widening.test.34"]
  %"hdr.18" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1393" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1394" = icmp ugt ptr %".1393", %"data_end.25"
  br i1 %".1394", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.88" = phi  ptr [%"data.25", %"icmp.linear"], [%"data.87", %"icmp.copy_failed.endif"]
  %"data_end.88" = phi  ptr [%"data_end.25", %"icmp.linear"], [%"data_end.87", %"icmp.copy_failed.endif"]
  %"keys.88" = phi  ptr [%"keys.25", %"icmp.linear"], [%"keys.87", %"icmp.copy_failed.endif"]
  %".1414" = add i64 %"cursor.21", 4
  %".1415" = trunc i64 %"cursor.21" to i16
  %".1416" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1415", ptr %".1416", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".186" = trunc i64 %"end" to i16
  %".187" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".186", ptr %".187", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".190" = getelementptr i8, ptr %"keys.16", i64 12
  store i32 0, ptr %".190", align 4
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".281", %"ipv6_d0.stop_at_encap.endif"], [%".739", %"batadv_d0.stop_at_encap.endif"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.30", %"ip_version_d1.to_ipv4"], [%".2236", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2364", %"pppoe_d1.to_ipv4"], [%".2430", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.3", %"geneve_d0.to_ipv4"], [%"end.4", %"gue_d0.to_ipv4"], [%".3194", %"shim_d0.to_ipv4"], [%"end.5", %"gre_d0.to_ipv4"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".4020", %"vlan_d1_vlan_tags2.to_ipv4"], [%".4090", %"hsr_d1_vlan_tags2.to_ipv4"], [%".4211", %"ethernet_d1.to_ipv4"], [%".4316", %"ppp_d0.stop_at_encap.endif"], [%".5234", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".5338", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".6558", %"widening.test.32"]
  %"data.26" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif"], [%"data.29", %"ipv6_d0.stop_at_encap.endif"], [%"data.53", %"batadv_d0.stop_at_encap.endif"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.114", %"ip_version_d1.to_ipv4"], [%"data.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.123", %"pppoe_d1.to_ipv4"], [%"data.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.140", %"geneve_d0.to_ipv4"], [%"data.145", %"gue_d0.to_ipv4"], [%"data.151", %"shim_d0.to_ipv4"], [%"data.154", %"gre_d0.to_ipv4"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.194", %"ethernet_d1.to_ipv4"], [%"data.201", %"ppp_d0.stop_at_encap.endif"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.298", %"widening.test.32"]
  %"data_end.26" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.114", %"ip_version_d1.to_ipv4"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.123", %"pppoe_d1.to_ipv4"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.140", %"geneve_d0.to_ipv4"], [%"data_end.145", %"gue_d0.to_ipv4"], [%"data_end.151", %"shim_d0.to_ipv4"], [%"data_end.154", %"gre_d0.to_ipv4"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.194", %"ethernet_d1.to_ipv4"], [%"data_end.201", %"ppp_d0.stop_at_encap.endif"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.298", %"widening.test.32"]
  %"keys.26" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif"], [%"keys.53", %"batadv_d0.stop_at_encap.endif"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.114", %"ip_version_d1.to_ipv4"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.123", %"pppoe_d1.to_ipv4"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.140", %"geneve_d0.to_ipv4"], [%"keys.145", %"gue_d0.to_ipv4"], [%"keys.151", %"shim_d0.to_ipv4"], [%"keys.154", %"gre_d0.to_ipv4"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.194", %"ethernet_d1.to_ipv4"], [%"keys.201", %"ppp_d0.stop_at_encap.endif"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.32"]
  %"hdr.19" = getelementptr i8, ptr %"data.26", i64 %"cursor.22"
  %".1419" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1420" = icmp ugt ptr %".1419", %"data_end.26"
  br i1 %".1420", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1422" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1423" = load i8, ptr %".1422", align 1
  %".1424" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1425" = load i16, ptr %".1424", align 2
  %".1426" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1427" = load i8, ptr %".1426", align 1
  %".1428" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1429" = load i32, ptr %".1428", align 4
  %".1430" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1431" = load i32, ptr %".1430", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1423", %"ipv4_d1.linear"], [%".1450", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1425", %"ipv4_d1.linear"], [%".1452", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1427", %"ipv4_d1.linear"], [%".1454", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1429", %"ipv4_d1.linear"], [%".1456", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1431", %"ipv4_d1.linear"], [%".1458", %"ipv4_d1.copy_failed.endif"]
  %"data.90" = phi  ptr [%"data.26", %"ipv4_d1.linear"], [%"data.89", %"ipv4_d1.copy_failed.endif"]
  %"data_end.90" = phi  ptr [%"data_end.26", %"ipv4_d1.linear"], [%"data_end.89", %"ipv4_d1.copy_failed.endif"]
  %"keys.90" = phi  ptr [%"keys.26", %"ipv4_d1.linear"], [%"keys.89", %"ipv4_d1.copy_failed.endif"]
  %".1460" = zext i8 %"w0_1.4" to i64
  %".1461" = and i64 %".1460", 15
  %".1462" = icmp uge i64 %".1461", 5
  %".1463" = xor i1 %".1462", -1
  br i1 %".1463", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".203" = trunc i64 %"end" to i16
  %".204" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".203", ptr %".204", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".207" = getelementptr i8, ptr %"keys.16", i64 12
  store i32 0, ptr %".207", align 4
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".281", %"ipv6_d0.stop_at_encap.endif.1"], [%".739", %"batadv_d0.stop_at_encap.endif.1"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.30", %"ip_version_d1.to_ipv6"], [%".2236", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2364", %"pppoe_d1.to_ipv6"], [%".2430", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.3", %"geneve_d0.to_ipv6"], [%"end.4", %"gue_d0.to_ipv6"], [%"end.5", %"gre_d0.to_ipv6"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".4020", %"vlan_d1_vlan_tags2.to_ipv6"], [%".4090", %"hsr_d1_vlan_tags2.to_ipv6"], [%".4211", %"ethernet_d1.to_ipv6"], [%".4316", %"ppp_d0.stop_at_encap.endif.1"], [%".5234", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5338", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".6492", %"widening.test.26"]
  %"data.27" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.114", %"ip_version_d1.to_ipv6"], [%"data.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.123", %"pppoe_d1.to_ipv6"], [%"data.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.140", %"geneve_d0.to_ipv6"], [%"data.145", %"gue_d0.to_ipv6"], [%"data.154", %"gre_d0.to_ipv6"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.194", %"ethernet_d1.to_ipv6"], [%"data.201", %"ppp_d0.stop_at_encap.endif.1"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.292", %"widening.test.26"]
  %"data_end.27" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.114", %"ip_version_d1.to_ipv6"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.123", %"pppoe_d1.to_ipv6"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.140", %"geneve_d0.to_ipv6"], [%"data_end.145", %"gue_d0.to_ipv6"], [%"data_end.154", %"gre_d0.to_ipv6"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.194", %"ethernet_d1.to_ipv6"], [%"data_end.201", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.292", %"widening.test.26"]
  %"keys.27" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.114", %"ip_version_d1.to_ipv6"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.123", %"pppoe_d1.to_ipv6"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.140", %"geneve_d0.to_ipv6"], [%"keys.145", %"gue_d0.to_ipv6"], [%"keys.154", %"gre_d0.to_ipv6"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.194", %"ethernet_d1.to_ipv6"], [%"keys.201", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.26"]
  %"hdr.20" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1587" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1588" = icmp ugt ptr %".1587", %"data_end.27"
  br i1 %".1588", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1590" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1591" = load i32, ptr %".1590", align 4
  %".1592" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1593" = load i8, ptr %".1592", align 1
  %".1594" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1595" = load i64, ptr %".1594", align 8
  %".1596" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1597" = load i64, ptr %".1596", align 8
  %".1598" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1599" = load i64, ptr %".1598", align 8
  %".1600" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1601" = load i64, ptr %".1600", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1591", %"ipv6_d1.linear"], [%".1620", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1593", %"ipv6_d1.linear"], [%".1622", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1595", %"ipv6_d1.linear"], [%".1624", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1597", %"ipv6_d1.linear"], [%".1626", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1599", %"ipv6_d1.linear"], [%".1628", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1601", %"ipv6_d1.linear"], [%".1630", %"ipv6_d1.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.27", %"ipv6_d1.linear"], [%"data.94", %"ipv6_d1.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.27", %"ipv6_d1.linear"], [%"data_end.94", %"ipv6_d1.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.27", %"ipv6_d1.linear"], [%"keys.94", %"ipv6_d1.copy_failed.endif"]
  %".1632" = trunc i64 34525 to i16
  %".1633" = getelementptr i8, ptr %"keys.95", i64 4
  store i16 %".1632", ptr %".1633", align 2
  %".1635" = trunc i64 34525 to i16
  %".1636" = call i16 @"llvm.bswap.i16"(i16 %".1635")
  %".1637" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1636", ptr %".1637", align 2
  %".1639" = getelementptr i8, ptr %"keys.95", i64 16
  store i64 %"w8_8.1", ptr %".1639", align 8
  %".1641" = getelementptr i8, ptr %"keys.95", i64 24
  store i64 %"w16_8.1", ptr %".1641", align 8
  %".1643" = getelementptr i8, ptr %"keys.95", i64 32
  store i64 %"w24_8.1", ptr %".1643", align 8
  %".1645" = getelementptr i8, ptr %"keys.95", i64 40
  store i64 %"w32_8.1", ptr %".1645", align 8
  %".1647" = zext i8 %"w6_1.1" to i64
  %".1648" = trunc i64 %".1647" to i8
  %".1649" = getelementptr i8, ptr %"keys.95", i64 9
  store i8 %".1648", ptr %".1649", align 1
  %".1651" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1652" = zext i32 %".1651" to i64
  %".1653" = and i64 %".1652", 1048575
  %".1654" = trunc i64 %".1653" to i32
  %".1655" = call i32 @"llvm.bswap.i32"(i32 %".1654")
  %".1656" = getelementptr i8, ptr %"keys.95", i64 52
  store i32 %".1655", ptr %".1656", align 4
  %".1658" = add i64 %"cursor.23", 40
  %".1659" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1660" = zext i32 %".1659" to i64
  %".1661" = and i64 %".1660", 1048575
  %".1662" = icmp ne i64 %".1661", 0
  %".1663" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.26" = load volatile i32, ptr %".1663", align 4
  %".1664" = and i32 %"flags.26", 2
  %".1665" = icmp ne i32 %".1664", 0
  %".1666" = and i1 %".1662", %".1665"
  br i1 %".1666", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".226" = trunc i64 %"cursor.2" to i32
  %".227" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".226", [40 x i8]* %"header_copy", i32 40)
  %".228" = icmp eq i64 %".227", 0
  %".229" = getelementptr i8, ptr %"ctx.2", i64 76
  %".230" = load i32, ptr %".229", align 4
  %".231" = zext i32 %".230" to i64
  %"data.28" = inttoptr i64 %".231" to ptr
  %".232" = getelementptr i8, ptr %"ctx.2", i64 80
  %".233" = load i32, ptr %".232", align 4
  %".234" = zext i32 %".233" to i64
  %"data_end.28" = inttoptr i64 %".234" to ptr
  %".235" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.28" = load ptr, ptr %".235", align 8
  %".236" = xor i1 %".228", -1
  br i1 %".236", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".238" = trunc i64 %"cursor.2" to i16
  %".239" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".238", ptr %".239", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".242" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".243" = load volatile i32, [40 x i8]* %".242", align 4
  %".244" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".245" = load volatile i8, [40 x i8]* %".244", align 1
  %".246" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".247" = load volatile i64, [40 x i8]* %".246", align 8
  %".248" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".249" = load volatile i64, [40 x i8]* %".248", align 8
  %".250" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".251" = load volatile i64, [40 x i8]* %".250", align 8
  %".252" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".253" = load volatile i64, [40 x i8]* %".252", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".291" = trunc i64 %".281" to i16
  %".292" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".291", ptr %".292", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".295" = zext i8 %"w6_1" to i64
  switch i64 %".295", label %"ipv6_d0.unknown" [i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]  , !prof !1
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".297" = trunc i64 %".281" to i16
  %".298" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".297", ptr %".298", align 2
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
  %".314" = trunc i64 34887 to i16
  %".315" = call i16 @"llvm.bswap.i16"(i16 %".314")
  %".316" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".315", ptr %".316", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_d0.to_ipv4:
  %".319" = trunc i64 2048 to i16
  %".320" = call i16 @"llvm.bswap.i16"(i16 %".319")
  %".321" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".320", ptr %".321", align 2
  %".323" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".323", align 1
  %".325" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.4" = load volatile i32, ptr %".325", align 4
  %".326" = and i32 %"flags.4", 4
  %".327" = icmp ne i32 %".326", 0
  br i1 %".327", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".336" = trunc i64 34525 to i16
  %".337" = call i16 @"llvm.bswap.i16"(i16 %".336")
  %".338" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".337", ptr %".338", align 2
  %".340" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".340", align 1
  %".342" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.5" = load volatile i32, ptr %".342", align 4
  %".343" = and i32 %"flags.5", 4
  %".344" = icmp ne i32 %".343", 0
  br i1 %".344", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.24" = phi  i64 [%".281", %"ipv6_d0.to_ipv6_opts"], [%".281", %"ipv6_d0.to_ipv6_opts.1"], [%".281", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.30" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_opts"], [%"data.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.30" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_opts"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.30" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_opts"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.30", i64 %"cursor.24"
  %".1736" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1737" = icmp ugt ptr %".1736", %"data_end.30"
  br i1 %".1737", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1739" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1740" = load i8, ptr %".1739", align 1
  %".1741" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1742" = load i8, ptr %".1741", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1740", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1761", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1742", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1763", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.98", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.98", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.98", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1765" = zext i8 %"w0_1.5" to i64
  %".1766" = trunc i64 %".1765" to i8
  %".1767" = getelementptr i8, ptr %"keys.99", i64 9
  store i8 %".1766", ptr %".1767", align 1
  %".1769" = add i64 %"cursor.24", 2
  %".1770" = zext i8 %"w1_1.3" to i64
  %".1771" = mul i64 %".1770", 8
  %".1772" = add i64 %".1771", 6
  %".1773" = add i64 %".1772", 2
  %".1774" = add i64 %"cursor.24", %".1773"
  %".1775" = zext i8 %"w0_1.5" to i64
  switch i64 %".1775", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".281", %"ipv6_d0.to_ipv6_frag"]
  %"data.31" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.31" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_frag"]
  %"keys.31" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.31", i64 %"cursor.25"
  %".1833" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1834" = icmp ugt ptr %".1833", %"data_end.31"
  br i1 %".1834", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1836" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1837" = load i8, ptr %".1836", align 1
  %".1838" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1839" = load i16, ptr %".1838", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1837", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1858", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1839", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1860", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1862" = zext i8 %"w0_1.6" to i64
  %".1863" = trunc i64 %".1862" to i8
  %".1864" = getelementptr i8, ptr %"keys.103", i64 9
  store i8 %".1863", ptr %".1864", align 1
  %".1866" = add i64 %"cursor.25", 8
  %".1867" = icmp ne i64 1, 0
  %".1868" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1869" = zext i16 %".1868" to i64
  %".1870" = and i64 %".1869", 65528
  %".1871" = icmp eq i64 %".1870", 0
  br i1 %".1867", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1893" = zext i8 %"w0_1.6" to i64
  switch i64 %".1893", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
icmpv6:
  %"cursor.26" = phi  i64 [%".281", %"ipv6_d0.to_icmpv6"], [%".1658", %"ipv6_d1.to_icmpv6"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".5234", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".5338", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".5714", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".5824", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".6547", %"widening.test.31"]
  %"data.32" = phi  ptr [%"data.29", %"ipv6_d0.to_icmpv6"], [%"data.95", %"ipv6_d1.to_icmpv6"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.297", %"widening.test.31"]
  %"data_end.32" = phi  ptr [%"data_end.29", %"ipv6_d0.to_icmpv6"], [%"data_end.95", %"ipv6_d1.to_icmpv6"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.297", %"widening.test.31"]
  %"keys.32" = phi  ptr [%"keys.29", %"ipv6_d0.to_icmpv6"], [%"keys.95", %"ipv6_d1.to_icmpv6"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.31"]
  %"hdr.23" = getelementptr i8, ptr %"data.32", i64 %"cursor.26"
  %".1951" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1952" = icmp ugt ptr %".1951", %"data_end.32"
  br i1 %".1952", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.105" = phi  ptr [%"data.32", %"icmpv6.linear"], [%"data.104", %"icmpv6.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.32", %"icmpv6.linear"], [%"data_end.104", %"icmpv6.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.32", %"icmpv6.linear"], [%"keys.104", %"icmpv6.copy_failed.endif"]
  %".1972" = add i64 %"cursor.26", 4
  %".1973" = trunc i64 %"cursor.26" to i16
  %".1974" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1973", ptr %".1974", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".329" = trunc i64 %".281" to i16
  %".330" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".329", ptr %".330", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".333" = getelementptr i8, ptr %"keys.29", i64 12
  store i32 0, ptr %".333", align 4
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".346" = trunc i64 %".281" to i16
  %".347" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".346", ptr %".347", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".350" = getelementptr i8, ptr %"keys.29", i64 12
  store i32 0, ptr %".350", align 4
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".359" = trunc i64 %"cursor.3" to i32
  %".360" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".359", [40 x i8]* %"header_copy", i32 4)
  %".361" = icmp eq i64 %".360", 0
  %".362" = getelementptr i8, ptr %"ctx.3", i64 76
  %".363" = load i32, ptr %".362", align 4
  %".364" = zext i32 %".363" to i64
  %"data.33" = inttoptr i64 %".364" to ptr
  %".365" = getelementptr i8, ptr %"ctx.3", i64 80
  %".366" = load i32, ptr %".365", align 4
  %".367" = zext i32 %".366" to i64
  %"data_end.33" = inttoptr i64 %".367" to ptr
  %".368" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.33" = load ptr, ptr %".368", align 8
  %".369" = xor i1 %".361", -1
  br i1 %".369", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".371" = trunc i64 %"cursor.3" to i16
  %".372" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".371", ptr %".372", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".375" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".376" = load volatile i16, [40 x i8]* %".375", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".391" = trunc i64 %".384" to i16
  %".392" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".391", ptr %".392", align 2
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
  %"cursor.27" = phi  i64 [%".384", %"vlan_d0_vlan_tags1.to_vlan"], [%".384", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".662", %"hsr_d0_vlan_tags1.to_vlan"], [%".662", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".6217", %"widening.test.1"]
  %"data.35" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.267", %"widening.test.1"]
  %"data_end.35" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.267", %"widening.test.1"]
  %"keys.35" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.35", i64 %"cursor.27"
  %".1977" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1978" = icmp ugt ptr %".1977", %"data_end.35"
  br i1 %".1978", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1980" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1981" = load i16, ptr %".1980", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1981", %"vlan_d0_vlan_tags2.linear"], [%".2000", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags2.linear"], [%"data.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags2.linear"], [%"data_end.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags2.linear"], [%"keys.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".2002" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2003" = zext i16 %".2002" to i64
  %".2004" = trunc i64 %".2003" to i16
  %".2005" = call i16 @"llvm.bswap.i16"(i16 %".2004")
  %".2006" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %".2005", ptr %".2006", align 2
  %".2008" = add i64 %"cursor.27", 4
  %".2009" = trunc i64 %".2008" to i16
  %".2010" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".2009", ptr %".2010", align 2
  %".2012" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".2013" = zext i16 %".2012" to i64
  switch i64 %".2013", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".384", %"vlan_d0_vlan_tags1.to_hsr"], [%".384", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".662", %"hsr_d0_vlan_tags1.to_hsr"], [%".662", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".6206", %"widening.test"]
  %"data.36" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.266", %"widening.test"]
  %"data_end.36" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.266", %"widening.test"]
  %"keys.36" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.36", i64 %"cursor.28"
  %".2047" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2048" = icmp ugt ptr %".2047", %"data_end.36"
  br i1 %".2048", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".2050" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2051" = load i16, ptr %".2050", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".2051", %"hsr_d0_vlan_tags2.linear"], [%".2070", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.36", %"hsr_d0_vlan_tags2.linear"], [%"data.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.36", %"hsr_d0_vlan_tags2.linear"], [%"data_end.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.36", %"hsr_d0_vlan_tags2.linear"], [%"keys.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".2072" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2073" = zext i16 %".2072" to i64
  %".2074" = trunc i64 %".2073" to i16
  %".2075" = call i16 @"llvm.bswap.i16"(i16 %".2074")
  %".2076" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %".2075", ptr %".2076", align 2
  %".2078" = add i64 %"cursor.28", 6
  %".2079" = trunc i64 %".2078" to i16
  %".2080" = getelementptr i8, ptr %"keys.109", i64 0
  store i16 %".2079", ptr %".2080", align 2
  %".2082" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2083" = zext i16 %".2082" to i64
  switch i64 %".2083", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".418" = trunc i64 %"cursor.4" to i32
  %".419" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".418", [40 x i8]* %"header_copy", i32 4)
  %".420" = icmp eq i64 %".419", 0
  %".421" = getelementptr i8, ptr %"ctx.4", i64 76
  %".422" = load i32, ptr %".421", align 4
  %".423" = zext i32 %".422" to i64
  %"data.37" = inttoptr i64 %".423" to ptr
  %".424" = getelementptr i8, ptr %"ctx.4", i64 80
  %".425" = load i32, ptr %".424", align 4
  %".426" = zext i32 %".425" to i64
  %"data_end.37" = inttoptr i64 %".426" to ptr
  %".427" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.37" = load ptr, ptr %".427", align 8
  %".428" = xor i1 %".420", -1
  br i1 %".428", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".430" = trunc i64 %".411" to i16
  %".431" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".430", ptr %".431", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".434" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".435" = load volatile i8, [40 x i8]* %".434", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".441" = trunc i64 %".437" to i16
  %".442" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".441", ptr %".442", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_ip_version:
  %".446" = getelementptr i8, ptr %"keys.38", i64 8
  store i8 1, ptr %".446", align 1
  %".448" = getelementptr i8, ptr %"keys.38", i64 48
  %"flags.6" = load volatile i32, ptr %".448", align 4
  %".449" = and i32 %"flags.6", 4
  %".450" = icmp ne i32 %".449", 0
  br i1 %".450", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif"
mpls_d0_mpls_labels1.stop_at_encap:
  %".452" = trunc i64 %".437" to i16
  %".453" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".452", ptr %".453", align 2
  br label %"return"
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".456" = getelementptr i8, ptr %"keys.38", i64 12
  store i32 0, ptr %".456", align 4
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.30" = phi  i64 [%".437", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%".2143", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%".3128", %"gtpu_d0.to_ip_version"], [%".3967", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%".4256", %"gtpu_opt_d1.to_ip_version"], [%".5461", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%".5562", %"gtpu_next_d1.to_ip_version"], [%".6074", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%".6180", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%".6349", %"widening.test.13"]
  %"data.40" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.147", %"gtpu_d0.to_ip_version"], [%"data.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.196", %"gtpu_opt_d1.to_ip_version"], [%"data.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.241", %"gtpu_next_d1.to_ip_version"], [%"data.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data.279", %"widening.test.13"]
  %"data_end.40" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.147", %"gtpu_d0.to_ip_version"], [%"data_end.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.196", %"gtpu_opt_d1.to_ip_version"], [%"data_end.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.241", %"gtpu_next_d1.to_ip_version"], [%"data_end.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data_end.279", %"widening.test.13"]
  %"keys.40" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.147", %"gtpu_d0.to_ip_version"], [%"keys.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.196", %"gtpu_opt_d1.to_ip_version"], [%"keys.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.241", %"gtpu_next_d1.to_ip_version"], [%"keys.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"keys", %"widening.test.13"]
  %"hdr.27" = getelementptr i8, ptr %"data.40", i64 %"cursor.30"
  %".2165" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2166" = icmp ugt ptr %".2165", %"data_end.40"
  br i1 %".2166", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2168" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2169" = load i8, ptr %".2168", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2169", %"ip_version_d1.linear"], [%".2188", %"ip_version_d1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.40", %"ip_version_d1.linear"], [%"data.113", %"ip_version_d1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.40", %"ip_version_d1.linear"], [%"data_end.113", %"ip_version_d1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.40", %"ip_version_d1.linear"], [%"keys.113", %"ip_version_d1.copy_failed.endif"]
  %".2190" = zext i8 %"w0_1.7" to i64
  %".2191" = lshr i64 %".2190", 4
  %".2192" = and i64 %".2191", 15
  switch i64 %".2192", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
ip_version_d1.to_ipv4:
  br label %"ipv4_d1"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".469" = trunc i64 %"cursor.5" to i32
  %".470" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".469", [40 x i8]* %"header_copy", i32 8)
  %".471" = icmp eq i64 %".470", 0
  %".472" = getelementptr i8, ptr %"ctx.5", i64 76
  %".473" = load i32, ptr %".472", align 4
  %".474" = zext i32 %".473" to i64
  %"data.41" = inttoptr i64 %".474" to ptr
  %".475" = getelementptr i8, ptr %"ctx.5", i64 80
  %".476" = load i32, ptr %".475", align 4
  %".477" = zext i32 %".476" to i64
  %"data_end.41" = inttoptr i64 %".477" to ptr
  %".478" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.41" = load ptr, ptr %".478", align 8
  %".479" = xor i1 %".471", -1
  br i1 %".479", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".481" = trunc i64 %"cursor.5" to i16
  %".482" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".481", ptr %".482", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".485" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".486" = load volatile i8, [40 x i8]* %".485", align 1
  %".487" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".488" = load volatile i8, [40 x i8]* %".487", align 1
  %".489" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".490" = load volatile i16, [40 x i8]* %".489", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".505" = trunc i64 %"cursor.5" to i16
  %".506" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".505", ptr %".506", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".509" = add i64 %"cursor.5", 8
  %".510" = trunc i64 %".509" to i16
  %".511" = getelementptr i8, ptr %"keys.42", i64 0
  store i16 %".510", ptr %".511", align 2
  %".513" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".514" = zext i16 %".513" to i64
  switch i64 %".514", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]  , !prof !3
pppoe_d0.to_ipv4:
  %".523" = trunc i64 2048 to i16
  %".524" = call i16 @"llvm.bswap.i16"(i16 %".523")
  %".525" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".524", ptr %".525", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".516" = and i64 %".514", 257
  %".517" = icmp eq i64 %".516", 1
  br i1 %".517", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv6:
  %".528" = trunc i64 34525 to i16
  %".529" = call i16 @"llvm.bswap.i16"(i16 %".528")
  %".530" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".529", ptr %".530", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".533" = trunc i64 34887 to i16
  %".534" = call i16 @"llvm.bswap.i16"(i16 %".533")
  %".535" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".534", ptr %".535", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".538" = trunc i64 34888 to i16
  %".539" = call i16 @"llvm.bswap.i16"(i16 %".538")
  %".540" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".539", ptr %".540", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".519" = trunc i64 %".509" to i16
  %".520" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".519", ptr %".520", align 2
  br label %"return"
ppp_other:
  %"cursor.31" = phi  i64 [%".509", %"pppoe_d0.to_ppp_other"], [%".2364", %"pppoe_d1.to_ppp_other"]
  %"data.43" = phi  ptr [%"data.42", %"pppoe_d0.to_ppp_other"], [%"data.123", %"pppoe_d1.to_ppp_other"]
  %"data_end.43" = phi  ptr [%"data_end.42", %"pppoe_d0.to_ppp_other"], [%"data_end.123", %"pppoe_d1.to_ppp_other"]
  %"keys.43" = phi  ptr [%"keys.42", %"pppoe_d0.to_ppp_other"], [%"keys.123", %"pppoe_d1.to_ppp_other"]
  %".2200" = add i64 %"cursor.31", 0
  %".2201" = trunc i64 %".2200" to i16
  %".2202" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".2201", ptr %".2202", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".553" = trunc i64 %"cursor.7" to i32
  %".554" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".553", [40 x i8]* %"header_copy", i32 34)
  %".555" = icmp eq i64 %".554", 0
  %".556" = getelementptr i8, ptr %"ctx.6", i64 76
  %".557" = load i32, ptr %".556", align 4
  %".558" = zext i32 %".557" to i64
  %"data.44" = inttoptr i64 %".558" to ptr
  %".559" = getelementptr i8, ptr %"ctx.6", i64 80
  %".560" = load i32, ptr %".559", align 4
  %".561" = zext i32 %".560" to i64
  %"data_end.44" = inttoptr i64 %".561" to ptr
  %".562" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.44" = load ptr, ptr %".562", align 8
  %".563" = xor i1 %".555", -1
  br i1 %".563", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".565" = trunc i64 %"cursor.7" to i16
  %".566" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".565", ptr %".566", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".584" = trunc i64 %"cursor.9" to i32
  %".585" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".584", [40 x i8]* %"header_copy", i32 16)
  %".586" = icmp eq i64 %".585", 0
  %".587" = getelementptr i8, ptr %"ctx.7", i64 76
  %".588" = load i32, ptr %".587", align 4
  %".589" = zext i32 %".588" to i64
  %"data.46" = inttoptr i64 %".589" to ptr
  %".590" = getelementptr i8, ptr %"ctx.7", i64 80
  %".591" = load i32, ptr %".590", align 4
  %".592" = zext i32 %".591" to i64
  %"data_end.46" = inttoptr i64 %".592" to ptr
  %".593" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.46" = load ptr, ptr %".593", align 8
  %".594" = xor i1 %".586", -1
  br i1 %".594", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".596" = trunc i64 %"cursor.9" to i16
  %".597" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".596", ptr %".597", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".609" = trunc i64 %"cursor.10" to i32
  %".610" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".609", [40 x i8]* %"header_copy", i32 38)
  %".611" = icmp eq i64 %".610", 0
  %".612" = getelementptr i8, ptr %"ctx.8", i64 76
  %".613" = load i32, ptr %".612", align 4
  %".614" = zext i32 %".613" to i64
  %"data.48" = inttoptr i64 %".614" to ptr
  %".615" = getelementptr i8, ptr %"ctx.8", i64 80
  %".616" = load i32, ptr %".615", align 4
  %".617" = zext i32 %".616" to i64
  %"data_end.48" = inttoptr i64 %".617" to ptr
  %".618" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.48" = load ptr, ptr %".618", align 8
  %".619" = xor i1 %".611", -1
  br i1 %".619", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".621" = trunc i64 %"cursor.10" to i16
  %".622" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".621", ptr %".622", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".637" = trunc i64 %"cursor.11" to i32
  %".638" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".637", [40 x i8]* %"header_copy", i32 6)
  %".639" = icmp eq i64 %".638", 0
  %".640" = getelementptr i8, ptr %"ctx.9", i64 76
  %".641" = load i32, ptr %".640", align 4
  %".642" = zext i32 %".641" to i64
  %"data.50" = inttoptr i64 %".642" to ptr
  %".643" = getelementptr i8, ptr %"ctx.9", i64 80
  %".644" = load i32, ptr %".643", align 4
  %".645" = zext i32 %".644" to i64
  %"data_end.50" = inttoptr i64 %".645" to ptr
  %".646" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.50" = load ptr, ptr %".646", align 8
  %".647" = xor i1 %".639", -1
  br i1 %".647", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".649" = trunc i64 %"cursor.11" to i16
  %".650" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".649", ptr %".650", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".653" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".654" = load volatile i16, [40 x i8]* %".653", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".669" = trunc i64 %".662" to i16
  %".670" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".669", ptr %".670", align 2
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
  %".699" = trunc i64 %"cursor.12" to i32
  %".700" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".699", [40 x i8]* %"header_copy", i32 24)
  %".701" = icmp eq i64 %".700", 0
  %".702" = getelementptr i8, ptr %"ctx.10", i64 76
  %".703" = load i32, ptr %".702", align 4
  %".704" = zext i32 %".703" to i64
  %"data.52" = inttoptr i64 %".704" to ptr
  %".705" = getelementptr i8, ptr %"ctx.10", i64 80
  %".706" = load i32, ptr %".705", align 4
  %".707" = zext i32 %".706" to i64
  %"data_end.52" = inttoptr i64 %".707" to ptr
  %".708" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.52" = load ptr, ptr %".708", align 8
  %".709" = xor i1 %".701", -1
  br i1 %".709", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".711" = trunc i64 %"cursor.12" to i16
  %".712" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".711", ptr %".712", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".715" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".716" = load volatile i8, [40 x i8]* %".715", align 1
  %".717" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".718" = load volatile i8, [40 x i8]* %".717", align 1
  %".719" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".720" = load volatile i16, [40 x i8]* %".719", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".729" = trunc i64 %"cursor.12" to i16
  %".730" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".729", ptr %".730", align 2
  br label %"return"
batadv_d0.require.endif:
  %".733" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".734" = zext i16 %".733" to i64
  %".735" = trunc i64 %".734" to i16
  %".736" = call i16 @"llvm.bswap.i16"(i16 %".735")
  %".737" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %".736", ptr %".737", align 2
  %".739" = add i64 %"cursor.12", 24
  %".740" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".741" = zext i16 %".740" to i64
  switch i64 %".741", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 33024, label %"batadv_d0.to_vlan" i64 34984, label %"batadv_d0.to_vlan.1" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe" i64 35119, label %"batadv_d0.to_hsr" i64 35067, label %"batadv_d0.to_hsr.1" i64 17157, label %"batadv_d0.to_batadv"]  , !prof !1
batadv_d0.to_ipv4:
  %".747" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".747", align 1
  %".749" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.7" = load volatile i32, ptr %".749", align 4
  %".750" = and i32 %"flags.7", 4
  %".751" = icmp ne i32 %".750", 0
  br i1 %".751", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.unknown:
  %".743" = trunc i64 %".739" to i16
  %".744" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".743", ptr %".744", align 2
  br label %"return"
batadv_d0.to_ipv6:
  %".760" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".760", align 1
  %".762" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.8" = load volatile i32, ptr %".762", align 4
  %".763" = and i32 %"flags.8", 4
  %".764" = icmp ne i32 %".763", 0
  br i1 %".764", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".773" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".773", align 1
  %".775" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.9" = load volatile i32, ptr %".775", align 4
  %".776" = and i32 %"flags.9", 4
  %".777" = icmp ne i32 %".776", 0
  br i1 %".777", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".786" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".786", align 1
  %".788" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.10" = load volatile i32, ptr %".788", align 4
  %".789" = and i32 %"flags.10", 4
  %".790" = icmp ne i32 %".789", 0
  br i1 %".790", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".799" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".799", align 1
  %".801" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.11" = load volatile i32, ptr %".801", align 4
  %".802" = and i32 %"flags.11", 4
  %".803" = icmp ne i32 %".802", 0
  br i1 %".803", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".812" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".812", align 1
  %".814" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.12" = load volatile i32, ptr %".814", align 4
  %".815" = and i32 %"flags.12", 4
  %".816" = icmp ne i32 %".815", 0
  br i1 %".816", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".825" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".825", align 1
  %".827" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.13" = load volatile i32, ptr %".827", align 4
  %".828" = and i32 %"flags.13", 4
  %".829" = icmp ne i32 %".828", 0
  br i1 %".829", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".838" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".838", align 1
  %".840" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.14" = load volatile i32, ptr %".840", align 4
  %".841" = and i32 %"flags.14", 4
  %".842" = icmp ne i32 %".841", 0
  br i1 %".842", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".851" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".851", align 1
  %".853" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.15" = load volatile i32, ptr %".853", align 4
  %".854" = and i32 %"flags.15", 4
  %".855" = icmp ne i32 %".854", 0
  br i1 %".855", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".864" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".864", align 1
  %".866" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.16" = load volatile i32, ptr %".866", align 4
  %".867" = and i32 %"flags.16", 4
  %".868" = icmp ne i32 %".867", 0
  br i1 %".868", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".877" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".877", align 1
  %".879" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.17" = load volatile i32, ptr %".879", align 4
  %".880" = and i32 %"flags.17", 4
  %".881" = icmp ne i32 %".880", 0
  br i1 %".881", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".890" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".890", align 1
  %".892" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.18" = load volatile i32, ptr %".892", align 4
  %".893" = and i32 %"flags.18", 4
  %".894" = icmp ne i32 %".893", 0
  br i1 %".894", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".903" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".903", align 1
  %".905" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.19" = load volatile i32, ptr %".905", align 4
  %".906" = and i32 %"flags.19", 4
  %".907" = icmp ne i32 %".906", 0
  br i1 %".907", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".916" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".916", align 1
  %".918" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.20" = load volatile i32, ptr %".918", align 4
  %".919" = and i32 %"flags.20", 4
  %".920" = icmp ne i32 %".919", 0
  br i1 %".920", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".929" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".929", align 1
  %".931" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.21" = load volatile i32, ptr %".931", align 4
  %".932" = and i32 %"flags.21", 4
  %".933" = icmp ne i32 %".932", 0
  br i1 %".933", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".942" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".942", align 1
  %".944" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.22" = load volatile i32, ptr %".944", align 4
  %".945" = and i32 %"flags.22", 4
  %".946" = icmp ne i32 %".945", 0
  br i1 %".946", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".753" = trunc i64 %".739" to i16
  %".754" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".753", ptr %".754", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  %".757" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".757", align 4
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".766" = trunc i64 %".739" to i16
  %".767" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".766", ptr %".767", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  %".770" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".770", align 4
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".779" = trunc i64 %".739" to i16
  %".780" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".779", ptr %".780", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  %".783" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".783", align 4
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".739", %"batadv_d0.stop_at_encap.endif.2"], [%".739", %"batadv_d0.stop_at_encap.endif.3"], [%"end.5", %"gre_d0.to_vlan"], [%"end.5", %"gre_d0.to_vlan.1"], [%".4211", %"ethernet_d1.to_vlan"], [%".4211", %"ethernet_d1.to_vlan.1"], [%".6382", %"widening.test.16"]
  %"data.54" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data.154", %"gre_d0.to_vlan"], [%"data.154", %"gre_d0.to_vlan.1"], [%"data.194", %"ethernet_d1.to_vlan"], [%"data.194", %"ethernet_d1.to_vlan.1"], [%"data.282", %"widening.test.16"]
  %"data_end.54" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.154", %"gre_d0.to_vlan"], [%"data_end.154", %"gre_d0.to_vlan.1"], [%"data_end.194", %"ethernet_d1.to_vlan"], [%"data_end.194", %"ethernet_d1.to_vlan.1"], [%"data_end.282", %"widening.test.16"]
  %"keys.54" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.154", %"gre_d0.to_vlan"], [%"keys.154", %"gre_d0.to_vlan.1"], [%"keys.194", %"ethernet_d1.to_vlan"], [%"keys.194", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.16"]
  %"hdr.28" = getelementptr i8, ptr %"data.54", i64 %"cursor.32"
  %".2205" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2206" = icmp ugt ptr %".2205", %"data_end.54"
  br i1 %".2206", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2208" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2209" = load i16, ptr %".2208", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.9" = phi  i16 [%".2209", %"vlan_d1_vlan_tags1.linear"], [%".2228", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.116" = phi  ptr [%"data.54", %"vlan_d1_vlan_tags1.linear"], [%"data.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.54", %"vlan_d1_vlan_tags1.linear"], [%"data_end.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.54", %"vlan_d1_vlan_tags1.linear"], [%"keys.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2230" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2231" = zext i16 %".2230" to i64
  %".2232" = trunc i64 %".2231" to i16
  %".2233" = call i16 @"llvm.bswap.i16"(i16 %".2232")
  %".2234" = getelementptr i8, ptr %"keys.116", i64 10
  store i16 %".2233", ptr %".2234", align 2
  %".2236" = add i64 %"cursor.32", 4
  %".2237" = trunc i64 %".2236" to i16
  %".2238" = getelementptr i8, ptr %"keys.116", i64 0
  store i16 %".2237", ptr %".2238", align 2
  %".2240" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2241" = zext i16 %".2240" to i64
  switch i64 %".2241", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.3:
  %".792" = trunc i64 %".739" to i16
  %".793" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".792", ptr %".793", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  %".796" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".796", align 4
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".805" = trunc i64 %".739" to i16
  %".806" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".805", ptr %".806", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  %".809" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".809", align 4
  br label %"mpls_d1_mpls_labels1"
mpls_d1_mpls_labels1:
  %"cursor.33" = phi  i64 [%".739", %"batadv_d0.stop_at_encap.endif.4"], [%".739", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1658", %"ipv6_d1.to_mpls"], [%".2236", %"vlan_d1_vlan_tags1.to_mpls"], [%".2236", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2364", %"pppoe_d1.to_mpls"], [%".2364", %"pppoe_d1.to_mpls.1"], [%".2430", %"hsr_d1_vlan_tags1.to_mpls"], [%".2430", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.5", %"gre_d0.to_mpls"], [%"end.5", %"gre_d0.to_mpls.1"], [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".4020", %"vlan_d1_vlan_tags2.to_mpls"], [%".4020", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".4090", %"hsr_d1_vlan_tags2.to_mpls"], [%".4090", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".4211", %"ethernet_d1.to_mpls"], [%".4211", %"ethernet_d1.to_mpls.1"], [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".5714", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".5824", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".6569", %"widening.test.33"]
  %"data.55" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data.91", %"ipv4_d1.to_mpls"], [%"data.95", %"ipv6_d1.to_mpls"], [%"data.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.123", %"pppoe_d1.to_mpls"], [%"data.123", %"pppoe_d1.to_mpls.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.154", %"gre_d0.to_mpls"], [%"data.154", %"gre_d0.to_mpls.1"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.194", %"ethernet_d1.to_mpls"], [%"data.194", %"ethernet_d1.to_mpls.1"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.299", %"widening.test.33"]
  %"data_end.55" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.91", %"ipv4_d1.to_mpls"], [%"data_end.95", %"ipv6_d1.to_mpls"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.123", %"pppoe_d1.to_mpls"], [%"data_end.123", %"pppoe_d1.to_mpls.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.154", %"gre_d0.to_mpls"], [%"data_end.154", %"gre_d0.to_mpls.1"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.194", %"ethernet_d1.to_mpls"], [%"data_end.194", %"ethernet_d1.to_mpls.1"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.299", %"widening.test.33"]
  %"keys.55" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.91", %"ipv4_d1.to_mpls"], [%"keys.95", %"ipv6_d1.to_mpls"], [%"keys.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.123", %"pppoe_d1.to_mpls"], [%"keys.123", %"pppoe_d1.to_mpls.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.154", %"gre_d0.to_mpls"], [%"keys.154", %"gre_d0.to_mpls.1"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.194", %"ethernet_d1.to_mpls"], [%"keys.194", %"ethernet_d1.to_mpls.1"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.33"]
  %".2263" = add i64 %"cursor.33", 4
  %"hdr.29" = getelementptr i8, ptr %"data.55", i64 %"cursor.33"
  %".2264" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2265" = icmp ugt ptr %".2264", %"data_end.55"
  br i1 %".2265", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2267" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2268" = load i8, ptr %".2267", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2268", %"mpls_d1_mpls_labels1.linear"], [%".2287", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.120" = phi  ptr [%"data.55", %"mpls_d1_mpls_labels1.linear"], [%"data.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.120" = phi  ptr [%"data_end.55", %"mpls_d1_mpls_labels1.linear"], [%"data_end.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.120" = phi  ptr [%"keys.55", %"mpls_d1_mpls_labels1.linear"], [%"keys.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2289" = add i64 %"cursor.33", 4
  %".2290" = zext i8 %"w2_1.2" to i64
  %".2291" = and i64 %".2290", 1
  switch i64 %".2291", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
mpls_d1_mpls_labels1.to_mpls:
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels2:
  %"cursor.54" = phi  i64 [%".2289", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.121" = phi  ptr [%"data.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.121" = phi  ptr [%"data_end.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.121" = phi  ptr [%"keys.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %".4129" = add i64 %"cursor.54", 4
  %"hdr.48" = getelementptr i8, ptr %"data.121", i64 %"cursor.54"
  %".4130" = getelementptr i8, ptr %"hdr.48", i64 4
  %".4131" = icmp ugt ptr %".4130", %"data_end.121"
  br i1 %".4131", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".4133" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4134" = load i8, ptr %".4133", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".4134", %"mpls_d1_mpls_labels2.linear"], [%".4153", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.191" = phi  ptr [%"data.121", %"mpls_d1_mpls_labels2.linear"], [%"data.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.191" = phi  ptr [%"data_end.121", %"mpls_d1_mpls_labels2.linear"], [%"data_end.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.191" = phi  ptr [%"keys.121", %"mpls_d1_mpls_labels2.linear"], [%"keys.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".4155" = add i64 %"cursor.54", 4
  %".4156" = zext i8 %"w2_1.4" to i64
  %".4157" = and i64 %".4156", 1
  switch i64 %".4157", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels2.to_mpls:
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels3:
  %"cursor.71" = phi  i64 [%".4155", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.192" = phi  ptr [%"data.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.192" = phi  ptr [%"data_end.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.192" = phi  ptr [%"keys.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %".5486" = add i64 %"cursor.71", 4
  %"hdr.63" = getelementptr i8, ptr %"data.192", i64 %"cursor.71"
  %".5487" = getelementptr i8, ptr %"hdr.63", i64 4
  %".5488" = icmp ugt ptr %".5487", %"data_end.192"
  br i1 %".5488", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".5490" = getelementptr i8, ptr %"hdr.63", i64 2
  %".5491" = load i8, ptr %".5490", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".5491", %"mpls_d1_mpls_labels3.linear"], [%".5510", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.238" = phi  ptr [%"data.192", %"mpls_d1_mpls_labels3.linear"], [%"data.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.238" = phi  ptr [%"data_end.192", %"mpls_d1_mpls_labels3.linear"], [%"data_end.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.238" = phi  ptr [%"keys.192", %"mpls_d1_mpls_labels3.linear"], [%"keys.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".5512" = add i64 %"cursor.71", 4
  %".5513" = zext i8 %"w2_1.6" to i64
  %".5514" = and i64 %".5513", 1
  switch i64 %".5514", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels3.to_mpls:
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels4:
  %"cursor.77" = phi  i64 [%".5512", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.239" = phi  ptr [%"data.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.239" = phi  ptr [%"data_end.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.239" = phi  ptr [%"keys.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %".5927" = add i64 %"cursor.77", 4
  %"hdr.68" = getelementptr i8, ptr %"data.239", i64 %"cursor.77"
  %".5928" = getelementptr i8, ptr %"hdr.68", i64 4
  %".5929" = icmp ugt ptr %".5928", %"data_end.239"
  br i1 %".5929", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".5931" = getelementptr i8, ptr %"hdr.68", i64 2
  %".5932" = load i8, ptr %".5931", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".5932", %"mpls_d1_mpls_labels4.linear"], [%".5951", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.250" = phi  ptr [%"data.239", %"mpls_d1_mpls_labels4.linear"], [%"data.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.250" = phi  ptr [%"data_end.239", %"mpls_d1_mpls_labels4.linear"], [%"data_end.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.250" = phi  ptr [%"keys.239", %"mpls_d1_mpls_labels4.linear"], [%"keys.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".5953" = add i64 %"cursor.77", 4
  %".5954" = zext i8 %"w2_1.7" to i64
  %".5955" = and i64 %".5954", 1
  switch i64 %".5955", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels4.to_mpls:
  %".5961" = trunc i64 %".5953" to i16
  %".5962" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5961", ptr %".5962", align 2
  br label %"return"
batadv_d0.stop_at_encap.5:
  %".818" = trunc i64 %".739" to i16
  %".819" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".818", ptr %".819", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  %".822" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".822", align 4
  br label %"mpls_d1_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".831" = trunc i64 %".739" to i16
  %".832" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".831", ptr %".832", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  %".835" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".835", align 4
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.34" = phi  i64 [%".739", %"batadv_d0.stop_at_encap.endif.6"], [%".2236", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2430", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.5", %"gre_d0.to_pppoe"], [%".4020", %"vlan_d1_vlan_tags2.to_pppoe"], [%".4090", %"hsr_d1_vlan_tags2.to_pppoe"], [%".4211", %"ethernet_d1.to_pppoe"], [%".6481", %"widening.test.25"]
  %"data.56" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.154", %"gre_d0.to_pppoe"], [%"data.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.194", %"ethernet_d1.to_pppoe"], [%"data.291", %"widening.test.25"]
  %"data_end.56" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.154", %"gre_d0.to_pppoe"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.194", %"ethernet_d1.to_pppoe"], [%"data_end.291", %"widening.test.25"]
  %"keys.56" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.154", %"gre_d0.to_pppoe"], [%"keys.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.194", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.25"]
  %"hdr.30" = getelementptr i8, ptr %"data.56", i64 %"cursor.34"
  %".2314" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2315" = icmp ugt ptr %".2314", %"data_end.56"
  br i1 %".2315", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2317" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2318" = load i8, ptr %".2317", align 1
  %".2319" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2320" = load i8, ptr %".2319", align 1
  %".2321" = getelementptr i8, ptr %"hdr.30", i64 6
  %".2322" = load i16, ptr %".2321", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".2318", %"pppoe_d1.linear"], [%".2341", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2320", %"pppoe_d1.linear"], [%".2343", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2322", %"pppoe_d1.linear"], [%".2345", %"pppoe_d1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.56", %"pppoe_d1.linear"], [%"data.122", %"pppoe_d1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.56", %"pppoe_d1.linear"], [%"data_end.122", %"pppoe_d1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.56", %"pppoe_d1.linear"], [%"keys.122", %"pppoe_d1.copy_failed.endif"]
  %".2347" = zext i8 %"w0_1.8" to i64
  %".2348" = lshr i64 %".2347", 4
  %".2349" = and i64 %".2348", 15
  %".2350" = icmp eq i64 %".2349", 1
  %".2351" = zext i8 %"w0_1.8" to i64
  %".2352" = and i64 %".2351", 15
  %".2353" = icmp eq i64 %".2352", 1
  %".2354" = and i1 %".2350", %".2353"
  %".2355" = zext i8 %"w1_1.4" to i64
  %".2356" = icmp eq i64 %".2355", 0
  %".2357" = and i1 %".2354", %".2356"
  %".2358" = xor i1 %".2357", -1
  br i1 %".2358", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".844" = trunc i64 %".739" to i16
  %".845" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".844", ptr %".845", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  %".848" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".848", align 4
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".857" = trunc i64 %".739" to i16
  %".858" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".857", ptr %".858", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  %".861" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".861", align 4
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".870" = trunc i64 %".739" to i16
  %".871" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".870", ptr %".871", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  %".874" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".874", align 4
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".883" = trunc i64 %".739" to i16
  %".884" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".883", ptr %".884", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  %".887" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".887", align 4
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".896" = trunc i64 %".739" to i16
  %".897" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".896", ptr %".897", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  %".900" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".900", align 4
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".909" = trunc i64 %".739" to i16
  %".910" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".909", ptr %".910", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  %".913" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".913", align 4
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".922" = trunc i64 %".739" to i16
  %".923" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".922", ptr %".923", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  %".926" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".926", align 4
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.35" = phi  i64 [%".739", %"batadv_d0.stop_at_encap.endif.13"], [%".739", %"batadv_d0.stop_at_encap.endif.14"], [%"end.5", %"gre_d0.to_hsr"], [%"end.5", %"gre_d0.to_hsr.1"], [%".4211", %"ethernet_d1.to_hsr"], [%".4211", %"ethernet_d1.to_hsr.1"], [%".6371", %"widening.test.15"]
  %"data.57" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.13"], [%"data.53", %"batadv_d0.stop_at_encap.endif.14"], [%"data.154", %"gre_d0.to_hsr"], [%"data.154", %"gre_d0.to_hsr.1"], [%"data.194", %"ethernet_d1.to_hsr"], [%"data.194", %"ethernet_d1.to_hsr.1"], [%"data.281", %"widening.test.15"]
  %"data_end.57" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.154", %"gre_d0.to_hsr"], [%"data_end.154", %"gre_d0.to_hsr.1"], [%"data_end.194", %"ethernet_d1.to_hsr"], [%"data_end.194", %"ethernet_d1.to_hsr.1"], [%"data_end.281", %"widening.test.15"]
  %"keys.57" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.154", %"gre_d0.to_hsr"], [%"keys.154", %"gre_d0.to_hsr.1"], [%"keys.194", %"ethernet_d1.to_hsr"], [%"keys.194", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.15"]
  %"hdr.31" = getelementptr i8, ptr %"data.57", i64 %"cursor.35"
  %".2399" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2400" = icmp ugt ptr %".2399", %"data_end.57"
  br i1 %".2400", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2402" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2403" = load i16, ptr %".2402", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2403", %"hsr_d1_vlan_tags1.linear"], [%".2422", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.57", %"hsr_d1_vlan_tags1.linear"], [%"data.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.57", %"hsr_d1_vlan_tags1.linear"], [%"data_end.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.57", %"hsr_d1_vlan_tags1.linear"], [%"keys.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2424" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2425" = zext i16 %".2424" to i64
  %".2426" = trunc i64 %".2425" to i16
  %".2427" = call i16 @"llvm.bswap.i16"(i16 %".2426")
  %".2428" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %".2427", ptr %".2428", align 2
  %".2430" = add i64 %"cursor.35", 6
  %".2431" = trunc i64 %".2430" to i16
  %".2432" = getelementptr i8, ptr %"keys.125", i64 0
  store i16 %".2431", ptr %".2432", align 2
  %".2434" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2435" = zext i16 %".2434" to i64
  switch i64 %".2435", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.14:
  %".935" = trunc i64 %".739" to i16
  %".936" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".935", ptr %".936", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  %".939" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".939", align 4
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".948" = trunc i64 %".739" to i16
  %".949" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".948", ptr %".949", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  %".952" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".952", align 4
  br label %"batadv_d1"
batadv_d1:
  %"cursor.36" = phi  i64 [%".739", %"batadv_d0.stop_at_encap.endif.15"], [%".2236", %"vlan_d1_vlan_tags1.to_batadv"], [%".2430", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.5", %"gre_d0.to_batadv"], [%".4020", %"vlan_d1_vlan_tags2.to_batadv"], [%".4090", %"hsr_d1_vlan_tags2.to_batadv"], [%".4211", %"ethernet_d1.to_batadv"], [%".6415", %"widening.test.19"]
  %"data.58" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.15"], [%"data.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.154", %"gre_d0.to_batadv"], [%"data.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.194", %"ethernet_d1.to_batadv"], [%"data.285", %"widening.test.19"]
  %"data_end.58" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.154", %"gre_d0.to_batadv"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.194", %"ethernet_d1.to_batadv"], [%"data_end.285", %"widening.test.19"]
  %"keys.58" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.154", %"gre_d0.to_batadv"], [%"keys.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.194", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.19"]
  %"hdr.32" = getelementptr i8, ptr %"data.58", i64 %"cursor.36"
  %".2457" = getelementptr i8, ptr %"hdr.32", i64 24
  %".2458" = icmp ugt ptr %".2457", %"data_end.58"
  br i1 %".2458", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2460" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2461" = load i8, ptr %".2460", align 1
  %".2462" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2463" = load i8, ptr %".2462", align 1
  %".2464" = getelementptr i8, ptr %"hdr.32", i64 22
  %".2465" = load i16, ptr %".2464", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.9" = phi  i8 [%".2461", %"batadv_d1.linear"], [%".2484", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2463", %"batadv_d1.linear"], [%".2486", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2465", %"batadv_d1.linear"], [%".2488", %"batadv_d1.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.58", %"batadv_d1.linear"], [%"data.126", %"batadv_d1.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.58", %"batadv_d1.linear"], [%"data_end.126", %"batadv_d1.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.58", %"batadv_d1.linear"], [%"keys.126", %"batadv_d1.copy_failed.endif"]
  %".2490" = zext i8 %"w1_1.5" to i64
  %".2491" = icmp eq i64 %".2490", 15
  %".2492" = zext i8 %"w0_1.9" to i64
  %".2493" = icmp eq i64 %".2492", 64
  %".2494" = and i1 %".2491", %".2493"
  %".2495" = xor i1 %".2494", -1
  br i1 %".2495", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".963" = trunc i64 %"cursor.13" to i32
  %".964" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".963", [40 x i8]* %"header_copy", i32 4)
  %".965" = icmp eq i64 %".964", 0
  %".966" = getelementptr i8, ptr %"ctx.11", i64 76
  %".967" = load i32, ptr %".966", align 4
  %".968" = zext i32 %".967" to i64
  %"data.59" = inttoptr i64 %".968" to ptr
  %".969" = getelementptr i8, ptr %"ctx.11", i64 80
  %".970" = load i32, ptr %".969", align 4
  %".971" = zext i32 %".970" to i64
  %"data_end.59" = inttoptr i64 %".971" to ptr
  %".972" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.59" = load ptr, ptr %".972", align 8
  %".973" = xor i1 %".965", -1
  br i1 %".973", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".975" = trunc i64 %"cursor.13" to i16
  %".976" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".975", ptr %".976", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".979" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".980" = load volatile i16, [40 x i8]* %".979", align 2
  %".981" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".982" = load volatile i16, [40 x i8]* %".981", align 2
  br label %"tcp.header"
tcp.unknown:
  %".997" = trunc i64 %"cursor.13" to i16
  %".998" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".997", ptr %".998", align 2
  br label %"return"
udp_d0.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1010" = trunc i64 %"cursor.14" to i32
  %".1011" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".1010", [40 x i8]* %"header_copy", i32 4)
  %".1012" = icmp eq i64 %".1011", 0
  %".1013" = getelementptr i8, ptr %"ctx.12", i64 76
  %".1014" = load i32, ptr %".1013", align 4
  %".1015" = zext i32 %".1014" to i64
  %"data.62" = inttoptr i64 %".1015" to ptr
  %".1016" = getelementptr i8, ptr %"ctx.12", i64 80
  %".1017" = load i32, ptr %".1016", align 4
  %".1018" = zext i32 %".1017" to i64
  %"data_end.62" = inttoptr i64 %".1018" to ptr
  %".1019" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.62" = load ptr, ptr %".1019", align 8
  %".1020" = xor i1 %".1012", -1
  br i1 %".1020", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".1022" = trunc i64 %"cursor.14" to i16
  %".1023" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1022", ptr %".1023", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".1026" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1027" = load volatile i16, [40 x i8]* %".1026", align 2
  %".1028" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1029" = load volatile i16, [40 x i8]* %".1028", align 2
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".1049" = add i64 %"cursor.14", %".1044"
  %".1050" = sub i64 %".1049", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1051" = trunc i64 %".1050" to i32
  %".1052" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1051", i64* %"last_byte", i32 1)
  %".1053" = icmp eq i64 %".1052", 0
  %".1054" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1055" = load i32, ptr %".1054", align 4
  %".1056" = zext i32 %".1055" to i64
  %"data.64" = inttoptr i64 %".1056" to ptr
  %".1057" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1058" = load i32, ptr %".1057", align 4
  %".1059" = zext i32 %".1058" to i64
  %"data_end.64" = inttoptr i64 %".1059" to ptr
  %".1060" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.64" = load ptr, ptr %".1060", align 8
  %".1061" = xor i1 %".1053", -1
  br i1 %".1061", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".1063" = trunc i64 %"cursor.14" to i16
  %".1064" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1063", ptr %".1064", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".1072" = trunc i64 %"cursor.14" to i16
  %".1073" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1072", ptr %".1073", align 2
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
  %"cursor.39" = phi  i64 [%".1068", %"udp_d0.to_geneve"]
  %"data.67" = phi  ptr [%"data.65", %"udp_d0.to_geneve"]
  %"data_end.67" = phi  ptr [%"data_end.65", %"udp_d0.to_geneve"]
  %"keys.67" = phi  ptr [%"keys.65", %"udp_d0.to_geneve"]
  %"hdr.35" = getelementptr i8, ptr %"data.67", i64 %"cursor.39"
  %".2889" = getelementptr i8, ptr %"hdr.35", i64 8
  %".2890" = icmp ugt ptr %".2889", %"data_end.67"
  br i1 %".2890", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".2892" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2893" = load i8, ptr %".2892", align 1
  %".2894" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2895" = load i16, ptr %".2894", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.10" = phi  i8 [%".2893", %"geneve_d0.linear"], [%".2914", %"geneve_d0.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2895", %"geneve_d0.linear"], [%".2916", %"geneve_d0.copy_failed.endif"]
  %"data.137" = phi  ptr [%"data.67", %"geneve_d0.linear"], [%"data.136", %"geneve_d0.copy_failed.endif"]
  %"data_end.137" = phi  ptr [%"data_end.67", %"geneve_d0.linear"], [%"data_end.136", %"geneve_d0.copy_failed.endif"]
  %"keys.137" = phi  ptr [%"keys.67", %"geneve_d0.linear"], [%"keys.136", %"geneve_d0.copy_failed.endif"]
  %".2918" = zext i8 %"w0_1.10" to i64
  %".2919" = lshr i64 %".2918", 6
  %".2920" = and i64 %".2919", 3
  %".2921" = icmp ne i64 %".2920", 0
  br i1 %".2921", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif", !prof !0
geneve_d0.stop_before.endif:
  %".2927" = add i64 %"cursor.39", 8
  %".2928" = and i8 %"w0_1.10", 63
  %".2929" = icmp eq i8 %".2928", 0
  %".2930" = xor i1 %".2929", -1
  br i1 %".2930", label %"geneve_d0.variable", label %"geneve_d0.no_variable", !prof !0
geneve_d0.no_variable:
  br label %"geneve_d0.variable.endif"
geneve_d0.variable.endif:
  %"end.3" = phi  i64 [%".2927", %"geneve_d0.no_variable"], [%".2960", %"geneve_d0.variable_part"]
  %"data.140" = phi  ptr [%"data.137", %"geneve_d0.no_variable"], [%"data.139", %"geneve_d0.variable_part"]
  %"data_end.140" = phi  ptr [%"data_end.137", %"geneve_d0.no_variable"], [%"data_end.139", %"geneve_d0.variable_part"]
  %"keys.140" = phi  ptr [%"keys.137", %"geneve_d0.no_variable"], [%"keys.139", %"geneve_d0.variable_part"]
  %".2962" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".2962", align 1
  %".2964" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.53" = load volatile i32, ptr %".2964", align 4
  %".2965" = and i32 %"flags.53", 4
  %".2966" = icmp ne i32 %".2965", 0
  br i1 %".2966", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
gue_d0:
  %"cursor.40" = phi  i64 [%".1068", %"udp_d0.to_gue"]
  %"data.68" = phi  ptr [%"data.65", %"udp_d0.to_gue"]
  %"data_end.68" = phi  ptr [%"data_end.65", %"udp_d0.to_gue"]
  %"keys.68" = phi  ptr [%"keys.65", %"udp_d0.to_gue"]
  %"hdr.36" = getelementptr i8, ptr %"data.68", i64 %"cursor.40"
  %".2984" = getelementptr i8, ptr %"hdr.36", i64 4
  %".2985" = icmp ugt ptr %".2984", %"data_end.68"
  br i1 %".2985", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".2987" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2988" = load i8, ptr %".2987", align 1
  %".2989" = getelementptr i8, ptr %"hdr.36", i64 1
  %".2990" = load i8, ptr %".2989", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.11" = phi  i8 [%".2988", %"gue_d0.linear"], [%".3009", %"gue_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2990", %"gue_d0.linear"], [%".3011", %"gue_d0.copy_failed.endif"]
  %"data.142" = phi  ptr [%"data.68", %"gue_d0.linear"], [%"data.141", %"gue_d0.copy_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.68", %"gue_d0.linear"], [%"data_end.141", %"gue_d0.copy_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.68", %"gue_d0.linear"], [%"keys.141", %"gue_d0.copy_failed.endif"]
  %".3013" = zext i8 %"w0_1.11" to i64
  %".3014" = lshr i64 %".3013", 6
  %".3015" = and i64 %".3014", 3
  %".3016" = icmp ne i64 %".3015", 0
  %".3017" = zext i8 %"w0_1.11" to i64
  %".3018" = lshr i64 %".3017", 5
  %".3019" = and i64 %".3018", 1
  %".3020" = icmp ne i64 %".3019", 0
  %".3021" = or i1 %".3016", %".3020"
  br i1 %".3021", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif", !prof !0
gue_d0.stop_before.endif:
  %".3027" = add i64 %"cursor.40", 4
  %".3028" = and i8 %"w0_1.11", 31
  %".3029" = icmp eq i8 %".3028", 0
  %".3030" = xor i1 %".3029", -1
  br i1 %".3030", label %"gue_d0.variable", label %"gue_d0.no_variable", !prof !0
gue_d0.no_variable:
  br label %"gue_d0.variable.endif"
gue_d0.variable.endif:
  %"end.4" = phi  i64 [%".3027", %"gue_d0.no_variable"], [%".3060", %"gue_d0.variable_part"]
  %"data.145" = phi  ptr [%"data.142", %"gue_d0.no_variable"], [%"data.144", %"gue_d0.variable_part"]
  %"data_end.145" = phi  ptr [%"data_end.142", %"gue_d0.no_variable"], [%"data_end.144", %"gue_d0.variable_part"]
  %"keys.145" = phi  ptr [%"keys.142", %"gue_d0.no_variable"], [%"keys.144", %"gue_d0.variable_part"]
  %".3062" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".3062", align 1
  %".3064" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.54" = load volatile i32, ptr %".3064", align 4
  %".3065" = and i32 %"flags.54", 4
  %".3066" = icmp ne i32 %".3065", 0
  br i1 %".3066", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gtpu_d0:
  %"cursor.41" = phi  i64 [%".1068", %"udp_d0.to_gtpu"]
  %"data.69" = phi  ptr [%"data.65", %"udp_d0.to_gtpu"]
  %"data_end.69" = phi  ptr [%"data_end.65", %"udp_d0.to_gtpu"]
  %"keys.69" = phi  ptr [%"keys.65", %"udp_d0.to_gtpu"]
  %"hdr.37" = getelementptr i8, ptr %"data.69", i64 %"cursor.41"
  %".3082" = getelementptr i8, ptr %"hdr.37", i64 8
  %".3083" = icmp ugt ptr %".3082", %"data_end.69"
  br i1 %".3083", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".3085" = getelementptr i8, ptr %"hdr.37", i64 0
  %".3086" = load i8, ptr %".3085", align 1
  %".3087" = getelementptr i8, ptr %"hdr.37", i64 1
  %".3088" = load i8, ptr %".3087", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.12" = phi  i8 [%".3086", %"gtpu_d0.linear"], [%".3107", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".3088", %"gtpu_d0.linear"], [%".3109", %"gtpu_d0.copy_failed.endif"]
  %"data.147" = phi  ptr [%"data.69", %"gtpu_d0.linear"], [%"data.146", %"gtpu_d0.copy_failed.endif"]
  %"data_end.147" = phi  ptr [%"data_end.69", %"gtpu_d0.linear"], [%"data_end.146", %"gtpu_d0.copy_failed.endif"]
  %"keys.147" = phi  ptr [%"keys.69", %"gtpu_d0.linear"], [%"keys.146", %"gtpu_d0.copy_failed.endif"]
  %".3111" = zext i8 %"w0_1.12" to i64
  %".3112" = lshr i64 %".3111", 5
  %".3113" = and i64 %".3112", 7
  %".3114" = icmp ne i64 %".3113", 1
  %".3115" = zext i8 %"w0_1.12" to i64
  %".3116" = lshr i64 %".3115", 4
  %".3117" = and i64 %".3116", 1
  %".3118" = icmp ne i64 %".3117", 1
  %".3119" = or i1 %".3114", %".3118"
  %".3120" = zext i8 %"w1_1.7" to i64
  %".3121" = icmp ne i64 %".3120", 255
  %".3122" = or i1 %".3119", %".3121"
  br i1 %".3122", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif", !prof !0
gtpu_d0.stop_before.endif:
  %".3128" = add i64 %"cursor.41", 8
  %".3129" = getelementptr i8, ptr %"keys.147", i64 8
  store i8 1, ptr %".3129", align 1
  %".3131" = getelementptr i8, ptr %"keys.147", i64 48
  %"flags.55" = load volatile i32, ptr %".3131", align 4
  %".3132" = and i32 %"flags.55", 4
  %".3133" = icmp ne i32 %".3132", 0
  br i1 %".3133", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
shim_d0:
  %"cursor.42" = phi  i64 [%".1068", %"udp_d0.to_shim"]
  %"data.70" = phi  ptr [%"data.65", %"udp_d0.to_shim"]
  %"data_end.70" = phi  ptr [%"data_end.65", %"udp_d0.to_shim"]
  %"keys.70" = phi  ptr [%"keys.65", %"udp_d0.to_shim"]
  %"hdr.38" = getelementptr i8, ptr %"data.70", i64 %"cursor.42"
  %".3169" = getelementptr i8, ptr %"hdr.38", i64 8
  %".3170" = icmp ugt ptr %".3169", %"data_end.70"
  br i1 %".3170", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".3172" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3173" = load i16, ptr %".3172", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.11" = phi  i16 [%".3173", %"shim_d0.linear"], [%".3192", %"shim_d0.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.70", %"shim_d0.linear"], [%"data.150", %"shim_d0.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.70", %"shim_d0.linear"], [%"data_end.150", %"shim_d0.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.70", %"shim_d0.linear"], [%"keys.150", %"shim_d0.copy_failed.endif"]
  %".3194" = add i64 %"cursor.42", 8
  %".3195" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".3195", align 1
  %".3197" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.56" = load volatile i32, ptr %".3197", align 4
  %".3198" = and i32 %"flags.56", 4
  %".3199" = icmp ne i32 %".3198", 0
  br i1 %".3199", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1089" = trunc i64 %"cursor.15" to i32
  %".1090" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1089", [40 x i8]* %"header_copy", i32 4)
  %".1091" = icmp eq i64 %".1090", 0
  %".1092" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1093" = load i32, ptr %".1092", align 4
  %".1094" = zext i32 %".1093" to i64
  %"data.71" = inttoptr i64 %".1094" to ptr
  %".1095" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1096" = load i32, ptr %".1095", align 4
  %".1097" = zext i32 %".1096" to i64
  %"data_end.71" = inttoptr i64 %".1097" to ptr
  %".1098" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.71" = load ptr, ptr %".1098", align 8
  %".1099" = xor i1 %".1091", -1
  br i1 %".1099", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1101" = trunc i64 %"cursor.15" to i16
  %".1102" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1101", ptr %".1102", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1105" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1106" = load volatile i16, [40 x i8]* %".1105", align 2
  %".1107" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1108" = load volatile i16, [40 x i8]* %".1107", align 2
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1128" = add i64 %"cursor.15", %".1123"
  %".1129" = sub i64 %".1128", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1130" = trunc i64 %".1129" to i32
  %".1131" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1130", i64* %"last_byte", i32 1)
  %".1132" = icmp eq i64 %".1131", 0
  %".1133" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1134" = load i32, ptr %".1133", align 4
  %".1135" = zext i32 %".1134" to i64
  %"data.73" = inttoptr i64 %".1135" to ptr
  %".1136" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1137" = load i32, ptr %".1136", align 4
  %".1138" = zext i32 %".1137" to i64
  %"data_end.73" = inttoptr i64 %".1138" to ptr
  %".1139" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.73" = load ptr, ptr %".1139", align 8
  %".1140" = xor i1 %".1132", -1
  br i1 %".1140", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1142" = trunc i64 %"cursor.15" to i16
  %".1143" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1142", ptr %".1143", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1162" = trunc i64 %"cursor.16" to i32
  %".1163" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1162", [40 x i8]* %"header_copy", i32 4)
  %".1164" = icmp eq i64 %".1163", 0
  %".1165" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1166" = load i32, ptr %".1165", align 4
  %".1167" = zext i32 %".1166" to i64
  %"data.75" = inttoptr i64 %".1167" to ptr
  %".1168" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1169" = load i32, ptr %".1168", align 4
  %".1170" = zext i32 %".1169" to i64
  %"data_end.75" = inttoptr i64 %".1170" to ptr
  %".1171" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.75" = load ptr, ptr %".1171", align 8
  %".1172" = xor i1 %".1164", -1
  br i1 %".1172", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1174" = trunc i64 %"cursor.16" to i16
  %".1175" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1174", ptr %".1175", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1178" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1179" = load volatile i8, [40 x i8]* %".1178", align 1
  %".1180" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1181" = load volatile i8, [40 x i8]* %".1180", align 1
  %".1182" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1183" = load volatile i16, [40 x i8]* %".1182", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1194" = trunc i64 %"cursor.16" to i16
  %".1195" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1194", ptr %".1195", align 2
  br label %"return"
gre_version_d0.unknown:
  %".1207" = trunc i64 %"cursor.16" to i16
  %".1208" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1207", ptr %".1208", align 2
  br label %"return"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
pptp_d0:
  %"cursor.44" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.78" = phi  ptr [%"data.76", %"gre_version_d0.to_pptp"]
  %"data_end.78" = phi  ptr [%"data_end.76", %"gre_version_d0.to_pptp"]
  %"keys.78" = phi  ptr [%"keys.76", %"gre_version_d0.to_pptp"]
  %".3295" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3296" = zext i16 %".3295" to i64
  %".3297" = icmp ne i64 %".3296", 34827
  %".3298" = zext i8 %"w0_1.3" to i64
  %".3299" = lshr i64 %".3298", 5
  %".3300" = and i64 %".3299", 1
  %".3301" = icmp eq i64 %".3300", 0
  %".3302" = or i1 %".3297", %".3301"
  br i1 %".3302", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
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
  %".3326" = getelementptr i8, ptr %"data.78", i64 %"cursor.44"
  %".3327" = getelementptr i8, ptr %".3326", i64 %".3325"
  %".3328" = icmp ugt ptr %".3327", %"data_end.78"
  br i1 %".3328", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.156" = phi  ptr [%"data.78", %"pptp_d0.stop_before.endif"], [%"data.155", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.156" = phi  ptr [%"data_end.78", %"pptp_d0.stop_before.endif"], [%"data_end.155", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.156" = phi  ptr [%"keys.78", %"pptp_d0.stop_before.endif"], [%"keys.155", %"pptp_d0.copy_last_byte_failed.endif"]
  %".3349" = add i64 %"cursor.44", %".3325"
  %".3350" = add i64 %"cursor.44", 8
  %".3351" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3350")
  %".3352" = icmp eq i64 %".3324", 4
  %"end.6" = select  i1 %".3352", i64 %".3351", i64 %".3349"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.58" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.157" = phi  ptr [%"data.156", %"pptp_d0.to_ppp"]
  %"data_end.157" = phi  ptr [%"data_end.156", %"pptp_d0.to_ppp"]
  %"keys.157" = phi  ptr [%"keys.156", %"pptp_d0.to_ppp"]
  %"hdr.52" = getelementptr i8, ptr %"data.157", i64 %"cursor.58"
  %".4291" = getelementptr i8, ptr %"hdr.52", i64 4
  %".4292" = icmp ugt ptr %".4291", %"data_end.157"
  br i1 %".4292", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4294" = getelementptr i8, ptr %"hdr.52", i64 2
  %".4295" = load i16, ptr %".4294", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.17" = phi  i16 [%".4295", %"ppp_d0.linear"], [%".4314", %"ppp_d0.copy_failed.endif"]
  %"data.201" = phi  ptr [%"data.157", %"ppp_d0.linear"], [%"data.200", %"ppp_d0.copy_failed.endif"]
  %"data_end.201" = phi  ptr [%"data_end.157", %"ppp_d0.linear"], [%"data_end.200", %"ppp_d0.copy_failed.endif"]
  %"keys.201" = phi  ptr [%"keys.157", %"ppp_d0.linear"], [%"keys.200", %"ppp_d0.copy_failed.endif"]
  %".4316" = add i64 %"cursor.58", 4
  %".4317" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4318" = zext i16 %".4317" to i64
  switch i64 %".4318", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
ppp_d0.to_ipv4:
  %".4327" = trunc i64 2048 to i16
  %".4328" = call i16 @"llvm.bswap.i16"(i16 %".4327")
  %".4329" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".4328", ptr %".4329", align 2
  %".4331" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4331", align 1
  %".4333" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.70" = load volatile i32, ptr %".4333", align 4
  %".4334" = and i32 %"flags.70", 4
  %".4335" = icmp ne i32 %".4334", 0
  br i1 %".4335", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1221" = trunc i64 %"cursor.17" to i32
  %".1222" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1221", [40 x i8]* %"header_copy", i32 4)
  %".1223" = icmp eq i64 %".1222", 0
  %".1224" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1225" = load i32, ptr %".1224", align 4
  %".1226" = zext i32 %".1225" to i64
  %"data.79" = inttoptr i64 %".1226" to ptr
  %".1227" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1228" = load i32, ptr %".1227", align 4
  %".1229" = zext i32 %".1228" to i64
  %"data_end.79" = inttoptr i64 %".1229" to ptr
  %".1230" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.79" = load ptr, ptr %".1230", align 8
  %".1231" = xor i1 %".1223", -1
  br i1 %".1231", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1233" = trunc i64 %"cursor.17" to i16
  %".1234" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1233", ptr %".1234", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1237" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1238" = load volatile i16, [40 x i8]* %".1237", align 2
  %".1239" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1240" = load volatile i16, [40 x i8]* %".1239", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1267" = trunc i64 %"cursor.18" to i32
  %".1268" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1267", [40 x i8]* %"header_copy", i32 4)
  %".1269" = icmp eq i64 %".1268", 0
  %".1270" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1271" = load i32, ptr %".1270", align 4
  %".1272" = zext i32 %".1271" to i64
  %"data.81" = inttoptr i64 %".1272" to ptr
  %".1273" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1274" = load i32, ptr %".1273", align 4
  %".1275" = zext i32 %".1274" to i64
  %"data_end.81" = inttoptr i64 %".1275" to ptr
  %".1276" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.81" = load ptr, ptr %".1276", align 8
  %".1277" = xor i1 %".1269", -1
  br i1 %".1277", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1279" = trunc i64 %"cursor.18" to i16
  %".1280" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1279", ptr %".1280", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1283" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1284" = load volatile i16, [40 x i8]* %".1283", align 2
  %".1285" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1286" = load volatile i16, [40 x i8]* %".1285", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1311" = trunc i64 %"cursor.19" to i32
  %".1312" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1311", [40 x i8]* %"header_copy", i32 4)
  %".1313" = icmp eq i64 %".1312", 0
  %".1314" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1315" = load i32, ptr %".1314", align 4
  %".1316" = zext i32 %".1315" to i64
  %"data.83" = inttoptr i64 %".1316" to ptr
  %".1317" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1318" = load i32, ptr %".1317", align 4
  %".1319" = zext i32 %".1318" to i64
  %"data_end.83" = inttoptr i64 %".1319" to ptr
  %".1320" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.83" = load ptr, ptr %".1320", align 8
  %".1321" = xor i1 %".1313", -1
  br i1 %".1321", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1323" = trunc i64 %"cursor.19" to i16
  %".1324" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1323", ptr %".1324", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1327" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1328" = load volatile i32, [40 x i8]* %".1327", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1355" = trunc i64 %"cursor.20" to i32
  %".1356" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1355", [40 x i8]* %"header_copy", i32 8)
  %".1357" = icmp eq i64 %".1356", 0
  %".1358" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1359" = load i32, ptr %".1358", align 4
  %".1360" = zext i32 %".1359" to i64
  %"data.85" = inttoptr i64 %".1360" to ptr
  %".1361" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1362" = load i32, ptr %".1361", align 4
  %".1363" = zext i32 %".1362" to i64
  %"data_end.85" = inttoptr i64 %".1363" to ptr
  %".1364" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.85" = load ptr, ptr %".1364", align 8
  %".1365" = xor i1 %".1357", -1
  br i1 %".1365", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1367" = trunc i64 %"cursor.20" to i16
  %".1368" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1367", ptr %".1368", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1371" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1372" = load volatile i32, [40 x i8]* %".1371", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1397" = trunc i64 %"cursor.21" to i32
  %".1398" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1397", [40 x i8]* %"header_copy", i32 4)
  %".1399" = icmp eq i64 %".1398", 0
  %".1400" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1401" = load i32, ptr %".1400", align 4
  %".1402" = zext i32 %".1401" to i64
  %"data.87" = inttoptr i64 %".1402" to ptr
  %".1403" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1404" = load i32, ptr %".1403", align 4
  %".1405" = zext i32 %".1404" to i64
  %"data_end.87" = inttoptr i64 %".1405" to ptr
  %".1406" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.87" = load ptr, ptr %".1406", align 8
  %".1407" = xor i1 %".1399", -1
  br i1 %".1407", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1409" = trunc i64 %"cursor.21" to i16
  %".1410" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1409", ptr %".1410", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1433" = trunc i64 %"cursor.22" to i32
  %".1434" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1433", [40 x i8]* %"header_copy", i32 20)
  %".1435" = icmp eq i64 %".1434", 0
  %".1436" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1437" = load i32, ptr %".1436", align 4
  %".1438" = zext i32 %".1437" to i64
  %"data.89" = inttoptr i64 %".1438" to ptr
  %".1439" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1440" = load i32, ptr %".1439", align 4
  %".1441" = zext i32 %".1440" to i64
  %"data_end.89" = inttoptr i64 %".1441" to ptr
  %".1442" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.89" = load ptr, ptr %".1442", align 8
  %".1443" = xor i1 %".1435", -1
  br i1 %".1443", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1445" = trunc i64 %"cursor.22" to i16
  %".1446" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1445", ptr %".1446", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1449" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1450" = load volatile i8, [40 x i8]* %".1449", align 1
  %".1451" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1452" = load volatile i16, [40 x i8]* %".1451", align 2
  %".1453" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1454" = load volatile i8, [40 x i8]* %".1453", align 1
  %".1455" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1456" = load volatile i32, [40 x i8]* %".1455", align 4
  %".1457" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1458" = load volatile i32, [40 x i8]* %".1457", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1465" = trunc i64 %"cursor.22" to i16
  %".1466" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1465", ptr %".1466", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1469" = trunc i64 2048 to i16
  %".1470" = getelementptr i8, ptr %"keys.90", i64 4
  store i16 %".1469", ptr %".1470", align 2
  %".1472" = trunc i64 2048 to i16
  %".1473" = call i16 @"llvm.bswap.i16"(i16 %".1472")
  %".1474" = getelementptr i8, ptr %"keys.90", i64 10
  store i16 %".1473", ptr %".1474", align 2
  %".1476" = getelementptr i8, ptr %"keys.90", i64 16
  store i32 %"w12_4.1", ptr %".1476", align 4
  %".1478" = getelementptr i8, ptr %"keys.90", i64 20
  store i32 %"w16_4.1", ptr %".1478", align 4
  %".1480" = zext i8 %"w9_1.1" to i64
  %".1481" = trunc i64 %".1480" to i8
  %".1482" = getelementptr i8, ptr %"keys.90", i64 9
  store i8 %".1481", ptr %".1482", align 1
  %".1484" = add i64 %"cursor.22", 20
  %".1485" = zext i8 %"w0_1.4" to i64
  %".1486" = and i64 %".1485", 15
  %".1487" = icmp eq i64 %".1486", 5
  %".1488" = xor i1 %".1487", -1
  br i1 %".1488", label %"ipv4_d1.variable", label %"ipv4_d1.no_variable", !prof !0
ipv4_d1.no_variable:
  br label %"ipv4_d1.variable.endif"
ipv4_d1.variable.endif:
  %"end.1" = phi  i64 [%".1484", %"ipv4_d1.no_variable"], [%".1496", %"ipv4_d1.variable"]
  %"data.91" = phi  ptr [%"data.90", %"ipv4_d1.no_variable"], [%"data.90", %"ipv4_d1.variable"]
  %"data_end.91" = phi  ptr [%"data_end.90", %"ipv4_d1.no_variable"], [%"data_end.90", %"ipv4_d1.variable"]
  %"keys.91" = phi  ptr [%"keys.90", %"ipv4_d1.no_variable"], [%"keys.90", %"ipv4_d1.variable"]
  %".1498" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1499" = zext i16 %".1498" to i64
  %".1500" = and i64 %".1499", 16383
  %".1501" = icmp ne i64 %".1500", 0
  %".1502" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1503" = zext i16 %".1502" to i64
  %".1504" = and i64 %".1503", 8191
  %".1505" = icmp eq i64 %".1504", 0
  br i1 %".1501", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1527" = zext i8 %"w9_1.1" to i64
  switch i64 %".1527", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.variable:
  %".1491" = zext i8 %"w0_1.4" to i64
  %".1492" = and i64 %".1491", 15
  %".1493" = mul i64 %".1492", 4
  %".1494" = sub i64 %".1493", 20
  %".1495" = add i64 %".1494", 20
  %".1496" = add i64 %"cursor.22", %".1495"
  br label %"ipv4_d1.variable.endif"
ipv4_d1.fragment:
  %".1507" = getelementptr i8, ptr %"keys.91", i64 6
  store i8 1, ptr %".1507", align 1
  br i1 %".1505", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.first_fragment:
  %".1510" = getelementptr i8, ptr %"keys.91", i64 7
  store i8 1, ptr %".1510", align 1
  %".1512" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.23" = load volatile i32, ptr %".1512", align 4
  %".1513" = and i32 %"flags.23", 1
  %".1514" = icmp ne i32 %".1513", 0
  %".1515" = xor i1 %".1514", -1
  br i1 %".1515", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1522" = trunc i64 %"end.1" to i16
  %".1523" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1522", ptr %".1523", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1517" = trunc i64 %"end.1" to i16
  %".1518" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1517", ptr %".1518", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1529" = trunc i64 %"end.1" to i16
  %".1530" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1529", ptr %".1530", align 2
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
  %".1542" = trunc i64 34887 to i16
  %".1543" = call i16 @"llvm.bswap.i16"(i16 %".1542")
  %".1544" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1543", ptr %".1544", align 2
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1547" = trunc i64 2048 to i16
  %".1548" = call i16 @"llvm.bswap.i16"(i16 %".1547")
  %".1549" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1548", ptr %".1549", align 2
  %".1551" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1551", align 1
  %".1553" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.24" = load volatile i32, ptr %".1553", align 4
  %".1554" = and i32 %"flags.24", 4
  %".1555" = icmp ne i32 %".1554", 0
  br i1 %".1555", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1567" = trunc i64 34525 to i16
  %".1568" = call i16 @"llvm.bswap.i16"(i16 %".1567")
  %".1569" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1568", ptr %".1569", align 2
  %".1571" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1571", align 1
  %".1573" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.25" = load volatile i32, ptr %".1573", align 4
  %".1574" = and i32 %"flags.25", 4
  %".1575" = icmp ne i32 %".1574", 0
  br i1 %".1575", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
udp_d1:
  %"cursor.45" = phi  i64 [%"end.1", %"ipv4_d1.to_udp"], [%".1658", %"ipv6_d1.to_udp"], [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".5714", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".5824", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".6657", %"widening.test.41"]
  %"data.92" = phi  ptr [%"data.91", %"ipv4_d1.to_udp"], [%"data.95", %"ipv6_d1.to_udp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.307", %"widening.test.41"]
  %"data_end.92" = phi  ptr [%"data_end.91", %"ipv4_d1.to_udp"], [%"data_end.95", %"ipv6_d1.to_udp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.307", %"widening.test.41"]
  %"keys.92" = phi  ptr [%"keys.91", %"ipv4_d1.to_udp"], [%"keys.95", %"ipv6_d1.to_udp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.41"]
  %"hdr.39" = getelementptr i8, ptr %"data.92", i64 %"cursor.45"
  %".3359" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3360" = icmp ugt ptr %".3359", %"data_end.92"
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
  %"data.159" = phi  ptr [%"data.92", %"udp_d1.linear"], [%"data.158", %"udp_d1.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.92", %"udp_d1.linear"], [%"data_end.158", %"udp_d1.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.92", %"udp_d1.linear"], [%"keys.158", %"udp_d1.copy_failed.endif"]
  %".3388" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.5")
  %".3389" = zext i16 %".3388" to i64
  %".3390" = trunc i64 %".3389" to i16
  %".3391" = call i16 @"llvm.bswap.i16"(i16 %".3390")
  %".3392" = getelementptr i8, ptr %"keys.159", i64 12
  store i16 %".3391", ptr %".3392", align 2
  %".3394" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3395" = zext i16 %".3394" to i64
  %".3396" = trunc i64 %".3395" to i16
  %".3397" = call i16 @"llvm.bswap.i16"(i16 %".3396")
  %".3398" = getelementptr i8, ptr %"keys.159", i64 14
  store i16 %".3397", ptr %".3398", align 2
  %".3400" = add i64 %"cursor.45", 4
  %".3401" = add i64 4, 4
  %".3402" = getelementptr i8, ptr %"data.159", i64 %"cursor.45"
  %".3403" = getelementptr i8, ptr %".3402", i64 %".3401"
  %".3404" = icmp ugt ptr %".3403", %"data_end.159"
  br i1 %".3404", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.161" = phi  ptr [%"data.159", %"udp_d1.header"], [%"data.160", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.159", %"udp_d1.header"], [%"data_end.160", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.159", %"udp_d1.header"], [%"keys.160", %"udp_d1.copy_last_byte_failed.endif"]
  %".3425" = add i64 %"cursor.45", %".3401"
  %".3426" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3427" = zext i16 %".3426" to i64
  switch i64 %".3427", label %"udp_d1.unknown" [i64 4789, label %"udp_d1.to_vxlan" i64 6081, label %"udp_d1.to_geneve" i64 6080, label %"udp_d1.to_gue" i64 2152, label %"udp_d1.to_gtpu" i64 7777, label %"udp_d1.to_shim"]  , !prof !4
udp_d1.to_vxlan:
  br label %"vxlan_d1"
vxlan_d1:
  %"cursor.59" = phi  i64 [%".3425", %"udp_d1.to_vxlan"]
  %"data.162" = phi  ptr [%"data.161", %"udp_d1.to_vxlan"]
  %"data_end.162" = phi  ptr [%"data_end.161", %"udp_d1.to_vxlan"]
  %"keys.162" = phi  ptr [%"keys.161", %"udp_d1.to_vxlan"]
  %"hdr.53" = getelementptr i8, ptr %"data.162", i64 %"cursor.59"
  %".4378" = getelementptr i8, ptr %"hdr.53", i64 8
  %".4379" = icmp ugt ptr %".4378", %"data_end.162"
  br i1 %".4379", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.204" = phi  ptr [%"data.162", %"vxlan_d1.linear"], [%"data.203", %"vxlan_d1.copy_failed.endif"]
  %"data_end.204" = phi  ptr [%"data_end.162", %"vxlan_d1.linear"], [%"data_end.203", %"vxlan_d1.copy_failed.endif"]
  %"keys.204" = phi  ptr [%"keys.162", %"vxlan_d1.linear"], [%"keys.203", %"vxlan_d1.copy_failed.endif"]
  %".4399" = add i64 %"cursor.59", 8
  %".4400" = getelementptr i8, ptr %"keys.204", i64 8
  store i8 1, ptr %".4400", align 1
  %".4402" = getelementptr i8, ptr %"keys.204", i64 48
  %"flags.73" = load volatile i32, ptr %".4402", align 4
  %".4403" = and i32 %"flags.73", 4
  %".4404" = icmp ne i32 %".4403", 0
  br i1 %".4404", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
gre_version_d1:
  %"cursor.46" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1658", %"ipv6_d1.to_gre_version"], [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".5714", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".5824", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".6635", %"widening.test.39"]
  %"data.93" = phi  ptr [%"data.91", %"ipv4_d1.to_gre_version"], [%"data.95", %"ipv6_d1.to_gre_version"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.305", %"widening.test.39"]
  %"data_end.93" = phi  ptr [%"data_end.91", %"ipv4_d1.to_gre_version"], [%"data_end.95", %"ipv6_d1.to_gre_version"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.305", %"widening.test.39"]
  %"keys.93" = phi  ptr [%"keys.91", %"ipv4_d1.to_gre_version"], [%"keys.95", %"ipv6_d1.to_gre_version"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.39"]
  %"hdr.40" = getelementptr i8, ptr %"data.93", i64 %"cursor.46"
  %".3438" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3439" = icmp ugt ptr %".3438", %"data_end.93"
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
  %"data.168" = phi  ptr [%"data.93", %"gre_version_d1.linear"], [%"data.167", %"gre_version_d1.copy_failed.endif"]
  %"data_end.168" = phi  ptr [%"data_end.93", %"gre_version_d1.linear"], [%"data_end.167", %"gre_version_d1.copy_failed.endif"]
  %"keys.168" = phi  ptr [%"keys.93", %"gre_version_d1.linear"], [%"keys.167", %"gre_version_d1.copy_failed.endif"]
  %".3471" = zext i8 %"w0_1.13" to i64
  %".3472" = lshr i64 %".3471", 6
  %".3473" = and i64 %".3472", 1
  %".3474" = icmp ne i64 %".3473", 0
  %".3475" = zext i8 %"w1_1.8" to i64
  %".3476" = and i64 %".3475", 7
  %".3477" = icmp ugt i64 %".3476", 1
  %".3478" = or i1 %".3474", %".3477"
  br i1 %".3478", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".3484" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3485" = zext i16 %".3484" to i64
  %".3486" = trunc i64 %".3485" to i16
  %".3487" = call i16 @"llvm.bswap.i16"(i16 %".3486")
  %".3488" = getelementptr i8, ptr %"keys.168", i64 10
  store i16 %".3487", ptr %".3488", align 2
  %".3490" = zext i8 %"w1_1.8" to i64
  %".3491" = and i64 %".3490", 7
  switch i64 %".3491", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.64" = phi  i64 [%"cursor.46", %"gre_version_d1.to_gre"]
  %"data.169" = phi  ptr [%"data.168", %"gre_version_d1.to_gre"]
  %"data_end.169" = phi  ptr [%"data_end.168", %"gre_version_d1.to_gre"]
  %"keys.169" = phi  ptr [%"keys.168", %"gre_version_d1.to_gre"]
  %".4774" = add i64 %"cursor.64", 4
  %".4775" = and i8 %"w0_1.13", 176
  %".4776" = icmp eq i8 %".4775", 0
  %".4777" = xor i1 %".4776", -1
  br i1 %".4777", label %"gre_d1.variable", label %"gre_d1.no_variable", !prof !0
gre_d1.no_variable:
  br label %"gre_d1.variable.endif"
gre_d1.variable.endif:
  %"end.9" = phi  i64 [%".4774", %"gre_d1.no_variable"], [%".4816", %"gre_d1.variable_part"]
  %"data.221" = phi  ptr [%"data.169", %"gre_d1.no_variable"], [%"data.220", %"gre_d1.variable_part"]
  %"data_end.221" = phi  ptr [%"data_end.169", %"gre_d1.no_variable"], [%"data_end.220", %"gre_d1.variable_part"]
  %"keys.221" = phi  ptr [%"keys.169", %"gre_d1.no_variable"], [%"keys.220", %"gre_d1.variable_part"]
  %".4818" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".4818", align 1
  %".4820" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.78" = load volatile i32, ptr %".4820", align 4
  %".4821" = and i32 %"flags.78", 4
  %".4822" = icmp ne i32 %".4821", 0
  br i1 %".4822", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
ipv4_d1.stop_at_encap:
  %".1557" = trunc i64 %"end.1" to i16
  %".1558" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1557", ptr %".1558", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1561" = getelementptr i8, ptr %"keys.91", i64 12
  store i32 0, ptr %".1561", align 4
  %".1563" = trunc i64 %"end.1" to i16
  %".1564" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1563", ptr %".1564", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1577" = trunc i64 %"end.1" to i16
  %".1578" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1577", ptr %".1578", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1581" = getelementptr i8, ptr %"keys.91", i64 12
  store i32 0, ptr %".1581", align 4
  %".1583" = trunc i64 %"end.1" to i16
  %".1584" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1583", ptr %".1584", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1603" = trunc i64 %"cursor.23" to i32
  %".1604" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1603", [40 x i8]* %"header_copy", i32 40)
  %".1605" = icmp eq i64 %".1604", 0
  %".1606" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1607" = load i32, ptr %".1606", align 4
  %".1608" = zext i32 %".1607" to i64
  %"data.94" = inttoptr i64 %".1608" to ptr
  %".1609" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1610" = load i32, ptr %".1609", align 4
  %".1611" = zext i32 %".1610" to i64
  %"data_end.94" = inttoptr i64 %".1611" to ptr
  %".1612" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.94" = load ptr, ptr %".1612", align 8
  %".1613" = xor i1 %".1605", -1
  br i1 %".1613", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1615" = trunc i64 %"cursor.23" to i16
  %".1616" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1615", ptr %".1616", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1619" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1620" = load volatile i32, [40 x i8]* %".1619", align 4
  %".1621" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1622" = load volatile i8, [40 x i8]* %".1621", align 1
  %".1623" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1624" = load volatile i64, [40 x i8]* %".1623", align 8
  %".1625" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1626" = load volatile i64, [40 x i8]* %".1625", align 8
  %".1627" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1628" = load volatile i64, [40 x i8]* %".1627", align 8
  %".1629" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1630" = load volatile i64, [40 x i8]* %".1629", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1668" = trunc i64 %".1658" to i16
  %".1669" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1668", ptr %".1669", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1672" = zext i8 %"w6_1.1" to i64
  switch i64 %".1672", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1674" = trunc i64 %".1658" to i16
  %".1675" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1674", ptr %".1675", align 2
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
  %".1691" = trunc i64 34887 to i16
  %".1692" = call i16 @"llvm.bswap.i16"(i16 %".1691")
  %".1693" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1692", ptr %".1693", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1696" = trunc i64 2048 to i16
  %".1697" = call i16 @"llvm.bswap.i16"(i16 %".1696")
  %".1698" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1697", ptr %".1698", align 2
  %".1700" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1700", align 1
  %".1702" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.27" = load volatile i32, ptr %".1702", align 4
  %".1703" = and i32 %"flags.27", 4
  %".1704" = icmp ne i32 %".1703", 0
  br i1 %".1704", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1716" = trunc i64 34525 to i16
  %".1717" = call i16 @"llvm.bswap.i16"(i16 %".1716")
  %".1718" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1717", ptr %".1718", align 2
  %".1720" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1720", align 1
  %".1722" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.28" = load volatile i32, ptr %".1722", align 4
  %".1723" = and i32 %"flags.28", 4
  %".1724" = icmp ne i32 %".1723", 0
  br i1 %".1724", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.47" = phi  i64 [%".1658", %"ipv6_d1.to_ipv6_opts"], [%".1658", %"ipv6_d1.to_ipv6_opts.1"], [%".1658", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.96" = phi  ptr [%"data.95", %"ipv6_d1.to_ipv6_opts"], [%"data.95", %"ipv6_d1.to_ipv6_opts.1"], [%"data.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.96" = phi  ptr [%"data_end.95", %"ipv6_d1.to_ipv6_opts"], [%"data_end.95", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.96" = phi  ptr [%"keys.95", %"ipv6_d1.to_ipv6_opts"], [%"keys.95", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.41" = getelementptr i8, ptr %"data.96", i64 %"cursor.47"
  %".3499" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3500" = icmp ugt ptr %".3499", %"data_end.96"
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
  %"data.172" = phi  ptr [%"data.96", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.172" = phi  ptr [%"data_end.96", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.172" = phi  ptr [%"keys.96", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3528" = zext i8 %"w0_1.14" to i64
  %".3529" = trunc i64 %".3528" to i8
  %".3530" = getelementptr i8, ptr %"keys.172", i64 9
  store i8 %".3529", ptr %".3530", align 1
  %".3532" = add i64 %"cursor.47", 2
  %".3533" = zext i8 %"w1_1.9" to i64
  %".3534" = mul i64 %".3533", 8
  %".3535" = add i64 %".3534", 6
  %".3536" = add i64 %".3535", 2
  %".3537" = add i64 %"cursor.47", %".3536"
  %".3538" = zext i8 %"w0_1.14" to i64
  switch i64 %".3538", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.48" = phi  i64 [%".1658", %"ipv6_d1.to_ipv6_frag"]
  %"data.97" = phi  ptr [%"data.95", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.97" = phi  ptr [%"data_end.95", %"ipv6_d1.to_ipv6_frag"]
  %"keys.97" = phi  ptr [%"keys.95", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.42" = getelementptr i8, ptr %"data.97", i64 %"cursor.48"
  %".3602" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3603" = icmp ugt ptr %".3602", %"data_end.97"
  br i1 %".3603", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3605" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3606" = load i8, ptr %".3605", align 1
  %".3607" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3608" = load i16, ptr %".3607", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.15" = phi  i8 [%".3606", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3627", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".3608", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3629", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.176" = phi  ptr [%"data.97", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.97", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.97", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3631" = zext i8 %"w0_1.15" to i64
  %".3632" = trunc i64 %".3631" to i8
  %".3633" = getelementptr i8, ptr %"keys.176", i64 9
  store i8 %".3632", ptr %".3633", align 1
  %".3635" = add i64 %"cursor.48", 8
  %".3636" = icmp ne i64 1, 0
  %".3637" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3638" = zext i16 %".3637" to i64
  %".3639" = and i64 %".3638", 65528
  %".3640" = icmp eq i64 %".3639", 0
  br i1 %".3636", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3662" = zext i8 %"w0_1.15" to i64
  switch i64 %".3662", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d1.stop_at_encap:
  %".1706" = trunc i64 %".1658" to i16
  %".1707" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1706", ptr %".1707", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1710" = getelementptr i8, ptr %"keys.95", i64 12
  store i32 0, ptr %".1710", align 4
  %".1712" = trunc i64 %".1658" to i16
  %".1713" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1712", ptr %".1713", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1726" = trunc i64 %".1658" to i16
  %".1727" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1726", ptr %".1727", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1730" = getelementptr i8, ptr %"keys.95", i64 12
  store i32 0, ptr %".1730", align 4
  %".1732" = trunc i64 %".1658" to i16
  %".1733" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1732", ptr %".1733", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1744" = trunc i64 %"cursor.24" to i32
  %".1745" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1744", [40 x i8]* %"header_copy", i32 2)
  %".1746" = icmp eq i64 %".1745", 0
  %".1747" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1748" = load i32, ptr %".1747", align 4
  %".1749" = zext i32 %".1748" to i64
  %"data.98" = inttoptr i64 %".1749" to ptr
  %".1750" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1751" = load i32, ptr %".1750", align 4
  %".1752" = zext i32 %".1751" to i64
  %"data_end.98" = inttoptr i64 %".1752" to ptr
  %".1753" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.98" = load ptr, ptr %".1753", align 8
  %".1754" = xor i1 %".1746", -1
  br i1 %".1754", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1756" = trunc i64 %"cursor.24" to i16
  %".1757" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".1756", ptr %".1757", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1760" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1761" = load volatile i8, [40 x i8]* %".1760", align 1
  %".1762" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1763" = load volatile i8, [40 x i8]* %".1762", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1777" = trunc i64 %".1774" to i16
  %".1778" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1777", ptr %".1778", align 2
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
  %".1794" = trunc i64 34887 to i16
  %".1795" = call i16 @"llvm.bswap.i16"(i16 %".1794")
  %".1796" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1795", ptr %".1796", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1799" = trunc i64 2048 to i16
  %".1800" = call i16 @"llvm.bswap.i16"(i16 %".1799")
  %".1801" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1800", ptr %".1801", align 2
  %".1803" = getelementptr i8, ptr %"keys.99", i64 8
  store i8 1, ptr %".1803", align 1
  %".1805" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.29" = load volatile i32, ptr %".1805", align 4
  %".1806" = and i32 %"flags.29", 4
  %".1807" = icmp ne i32 %".1806", 0
  br i1 %".1807", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1816" = trunc i64 34525 to i16
  %".1817" = call i16 @"llvm.bswap.i16"(i16 %".1816")
  %".1818" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1817", ptr %".1818", align 2
  %".1820" = getelementptr i8, ptr %"keys.99", i64 8
  store i8 1, ptr %".1820", align 1
  %".1822" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.30" = load volatile i32, ptr %".1822", align 4
  %".1823" = and i32 %"flags.30", 4
  %".1824" = icmp ne i32 %".1823", 0
  br i1 %".1824", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.49" = phi  i64 [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".6272", %"widening.test.6"]
  %"data.100" = phi  ptr [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.272", %"widening.test.6"]
  %"data_end.100" = phi  ptr [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.272", %"widening.test.6"]
  %"keys.100" = phi  ptr [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.43" = getelementptr i8, ptr %"data.100", i64 %"cursor.49"
  %".3726" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3727" = icmp ugt ptr %".3726", %"data_end.100"
  br i1 %".3727", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3729" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3730" = load i8, ptr %".3729", align 1
  %".3731" = getelementptr i8, ptr %"hdr.43", i64 1
  %".3732" = load i8, ptr %".3731", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.16" = phi  i8 [%".3730", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3751", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3732", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3753", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.178" = phi  ptr [%"data.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.178" = phi  ptr [%"data_end.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.178" = phi  ptr [%"keys.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3755" = zext i8 %"w0_1.16" to i64
  %".3756" = trunc i64 %".3755" to i8
  %".3757" = getelementptr i8, ptr %"keys.178", i64 9
  store i8 %".3756", ptr %".3757", align 1
  %".3759" = add i64 %"cursor.49", 2
  %".3760" = zext i8 %"w1_1.10" to i64
  %".3761" = mul i64 %".3760", 8
  %".3762" = add i64 %".3761", 6
  %".3763" = add i64 %".3762", 2
  %".3764" = add i64 %"cursor.49", %".3763"
  %".3765" = zext i8 %"w0_1.16" to i64
  switch i64 %".3765", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.50" = phi  i64 [%".1774", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1866", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".6261", %"widening.test.5"]
  %"data.101" = phi  ptr [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.271", %"widening.test.5"]
  %"data_end.101" = phi  ptr [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.271", %"widening.test.5"]
  %"keys.101" = phi  ptr [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.44" = getelementptr i8, ptr %"data.101", i64 %"cursor.50"
  %".3823" = getelementptr i8, ptr %"hdr.44", i64 8
  %".3824" = icmp ugt ptr %".3823", %"data_end.101"
  br i1 %".3824", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3826" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3827" = load i8, ptr %".3826", align 1
  %".3828" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3829" = load i16, ptr %".3828", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".3827", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3848", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3829", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3850", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.182" = phi  ptr [%"data.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.182" = phi  ptr [%"data_end.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.182" = phi  ptr [%"keys.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3852" = zext i8 %"w0_1.17" to i64
  %".3853" = trunc i64 %".3852" to i8
  %".3854" = getelementptr i8, ptr %"keys.182", i64 9
  store i8 %".3853", ptr %".3854", align 1
  %".3856" = add i64 %"cursor.50", 8
  %".3857" = icmp ne i64 1, 0
  %".3858" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3859" = zext i16 %".3858" to i64
  %".3860" = and i64 %".3859", 65528
  %".3861" = icmp eq i64 %".3860", 0
  br i1 %".3857", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3883" = zext i8 %"w0_1.17" to i64
  switch i64 %".3883", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1809" = trunc i64 %".1774" to i16
  %".1810" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1809", ptr %".1810", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1813" = getelementptr i8, ptr %"keys.99", i64 12
  store i32 0, ptr %".1813", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1826" = trunc i64 %".1774" to i16
  %".1827" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1826", ptr %".1827", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1830" = getelementptr i8, ptr %"keys.99", i64 12
  store i32 0, ptr %".1830", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1841" = trunc i64 %"cursor.25" to i32
  %".1842" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1841", [40 x i8]* %"header_copy", i32 8)
  %".1843" = icmp eq i64 %".1842", 0
  %".1844" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1845" = load i32, ptr %".1844", align 4
  %".1846" = zext i32 %".1845" to i64
  %"data.102" = inttoptr i64 %".1846" to ptr
  %".1847" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1848" = load i32, ptr %".1847", align 4
  %".1849" = zext i32 %".1848" to i64
  %"data_end.102" = inttoptr i64 %".1849" to ptr
  %".1850" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.102" = load ptr, ptr %".1850", align 8
  %".1851" = xor i1 %".1843", -1
  br i1 %".1851", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1853" = trunc i64 %"cursor.25" to i16
  %".1854" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".1853", ptr %".1854", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1857" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1858" = load volatile i8, [40 x i8]* %".1857", align 1
  %".1859" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1860" = load volatile i16, [40 x i8]* %".1859", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1873" = getelementptr i8, ptr %"keys.103", i64 6
  store i8 1, ptr %".1873", align 1
  br i1 %".1871", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1876" = getelementptr i8, ptr %"keys.103", i64 7
  store i8 1, ptr %".1876", align 1
  %".1878" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.31" = load volatile i32, ptr %".1878", align 4
  %".1879" = and i32 %"flags.31", 1
  %".1880" = icmp ne i32 %".1879", 0
  %".1881" = xor i1 %".1880", -1
  br i1 %".1881", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1888" = trunc i64 %".1866" to i16
  %".1889" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1888", ptr %".1889", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1883" = trunc i64 %".1866" to i16
  %".1884" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1883", ptr %".1884", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1895" = trunc i64 %".1866" to i16
  %".1896" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1895", ptr %".1896", align 2
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
  %".1912" = trunc i64 34887 to i16
  %".1913" = call i16 @"llvm.bswap.i16"(i16 %".1912")
  %".1914" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".1913", ptr %".1914", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1917" = trunc i64 2048 to i16
  %".1918" = call i16 @"llvm.bswap.i16"(i16 %".1917")
  %".1919" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".1918", ptr %".1919", align 2
  %".1921" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".1921", align 1
  %".1923" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.32" = load volatile i32, ptr %".1923", align 4
  %".1924" = and i32 %"flags.32", 4
  %".1925" = icmp ne i32 %".1924", 0
  br i1 %".1925", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1934" = trunc i64 34525 to i16
  %".1935" = call i16 @"llvm.bswap.i16"(i16 %".1934")
  %".1936" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".1935", ptr %".1936", align 2
  %".1938" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".1938", align 1
  %".1940" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.33" = load volatile i32, ptr %".1940", align 4
  %".1941" = and i32 %"flags.33", 4
  %".1942" = icmp ne i32 %".1941", 0
  br i1 %".1942", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1927" = trunc i64 %".1866" to i16
  %".1928" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1927", ptr %".1928", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".1931" = getelementptr i8, ptr %"keys.103", i64 12
  store i32 0, ptr %".1931", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1944" = trunc i64 %".1866" to i16
  %".1945" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1944", ptr %".1945", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1948" = getelementptr i8, ptr %"keys.103", i64 12
  store i32 0, ptr %".1948", align 4
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1955" = trunc i64 %"cursor.26" to i32
  %".1956" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1955", [40 x i8]* %"header_copy", i32 4)
  %".1957" = icmp eq i64 %".1956", 0
  %".1958" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1959" = load i32, ptr %".1958", align 4
  %".1960" = zext i32 %".1959" to i64
  %"data.104" = inttoptr i64 %".1960" to ptr
  %".1961" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1962" = load i32, ptr %".1961", align 4
  %".1963" = zext i32 %".1962" to i64
  %"data_end.104" = inttoptr i64 %".1963" to ptr
  %".1964" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.104" = load ptr, ptr %".1964", align 8
  %".1965" = xor i1 %".1957", -1
  br i1 %".1965", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1967" = trunc i64 %"cursor.26" to i16
  %".1968" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".1967", ptr %".1968", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1983" = trunc i64 %"cursor.27" to i32
  %".1984" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1983", [40 x i8]* %"header_copy", i32 4)
  %".1985" = icmp eq i64 %".1984", 0
  %".1986" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1987" = load i32, ptr %".1986", align 4
  %".1988" = zext i32 %".1987" to i64
  %"data.106" = inttoptr i64 %".1988" to ptr
  %".1989" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1990" = load i32, ptr %".1989", align 4
  %".1991" = zext i32 %".1990" to i64
  %"data_end.106" = inttoptr i64 %".1991" to ptr
  %".1992" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.106" = load ptr, ptr %".1992", align 8
  %".1993" = xor i1 %".1985", -1
  br i1 %".1993", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1995" = trunc i64 %"cursor.27" to i16
  %".1996" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".1995", ptr %".1996", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1999" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2000" = load volatile i16, [40 x i8]* %".1999", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".2015" = trunc i64 %".2008" to i16
  %".2016" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2015", ptr %".2016", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".2021" = trunc i64 %".2008" to i16
  %".2022" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2021", ptr %".2022", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".2025" = trunc i64 %".2008" to i16
  %".2026" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2025", ptr %".2026", align 2
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
  %".2038" = trunc i64 %".2008" to i16
  %".2039" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2038", ptr %".2039", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2042" = trunc i64 %".2008" to i16
  %".2043" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2042", ptr %".2043", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2053" = trunc i64 %"cursor.28" to i32
  %".2054" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2053", [40 x i8]* %"header_copy", i32 6)
  %".2055" = icmp eq i64 %".2054", 0
  %".2056" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2057" = load i32, ptr %".2056", align 4
  %".2058" = zext i32 %".2057" to i64
  %"data.108" = inttoptr i64 %".2058" to ptr
  %".2059" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2060" = load i32, ptr %".2059", align 4
  %".2061" = zext i32 %".2060" to i64
  %"data_end.108" = inttoptr i64 %".2061" to ptr
  %".2062" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.108" = load ptr, ptr %".2062", align 8
  %".2063" = xor i1 %".2055", -1
  br i1 %".2063", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".2065" = trunc i64 %"cursor.28" to i16
  %".2066" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2065", ptr %".2066", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".2069" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2070" = load volatile i16, [40 x i8]* %".2069", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2085" = trunc i64 %".2078" to i16
  %".2086" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2085", ptr %".2086", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2091" = trunc i64 %".2078" to i16
  %".2092" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2091", ptr %".2092", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2095" = trunc i64 %".2078" to i16
  %".2096" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2095", ptr %".2096", align 2
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
  %".2108" = trunc i64 %".2078" to i16
  %".2109" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2108", ptr %".2109", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2112" = trunc i64 %".2078" to i16
  %".2113" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2112", ptr %".2113", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
mpls_d0_mpls_labels2.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2124" = trunc i64 %"cursor.29" to i32
  %".2125" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2124", [40 x i8]* %"header_copy", i32 4)
  %".2126" = icmp eq i64 %".2125", 0
  %".2127" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2128" = load i32, ptr %".2127", align 4
  %".2129" = zext i32 %".2128" to i64
  %"data.110" = inttoptr i64 %".2129" to ptr
  %".2130" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2131" = load i32, ptr %".2130", align 4
  %".2132" = zext i32 %".2131" to i64
  %"data_end.110" = inttoptr i64 %".2132" to ptr
  %".2133" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.110" = load ptr, ptr %".2133", align 8
  %".2134" = xor i1 %".2126", -1
  br i1 %".2134", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2136" = trunc i64 %".2117" to i16
  %".2137" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2136", ptr %".2137", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2140" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2141" = load volatile i8, [40 x i8]* %".2140", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2147" = trunc i64 %".2143" to i16
  %".2148" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2147", ptr %".2148", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_ip_version:
  %".2152" = getelementptr i8, ptr %"keys.111", i64 8
  store i8 1, ptr %".2152", align 1
  %".2154" = getelementptr i8, ptr %"keys.111", i64 48
  %"flags.34" = load volatile i32, ptr %".2154", align 4
  %".2155" = and i32 %"flags.34", 4
  %".2156" = icmp ne i32 %".2155", 0
  br i1 %".2156", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels2.stop_at_encap:
  %".2158" = trunc i64 %".2143" to i16
  %".2159" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2158", ptr %".2159", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2162" = getelementptr i8, ptr %"keys.111", i64 12
  store i32 0, ptr %".2162", align 4
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2171" = trunc i64 %"cursor.30" to i32
  %".2172" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2171", [40 x i8]* %"header_copy", i32 1)
  %".2173" = icmp eq i64 %".2172", 0
  %".2174" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2175" = load i32, ptr %".2174", align 4
  %".2176" = zext i32 %".2175" to i64
  %"data.113" = inttoptr i64 %".2176" to ptr
  %".2177" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2178" = load i32, ptr %".2177", align 4
  %".2179" = zext i32 %".2178" to i64
  %"data_end.113" = inttoptr i64 %".2179" to ptr
  %".2180" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.113" = load ptr, ptr %".2180", align 8
  %".2181" = xor i1 %".2173", -1
  br i1 %".2181", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2183" = trunc i64 %"cursor.30" to i16
  %".2184" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2183", ptr %".2184", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2187" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2188" = load volatile i8, [40 x i8]* %".2187", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2194" = trunc i64 %"cursor.30" to i16
  %".2195" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2194", ptr %".2195", align 2
  br label %"return"
ip_version_d1.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2211" = trunc i64 %"cursor.32" to i32
  %".2212" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2211", [40 x i8]* %"header_copy", i32 4)
  %".2213" = icmp eq i64 %".2212", 0
  %".2214" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2215" = load i32, ptr %".2214", align 4
  %".2216" = zext i32 %".2215" to i64
  %"data.115" = inttoptr i64 %".2216" to ptr
  %".2217" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2218" = load i32, ptr %".2217", align 4
  %".2219" = zext i32 %".2218" to i64
  %"data_end.115" = inttoptr i64 %".2219" to ptr
  %".2220" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.115" = load ptr, ptr %".2220", align 8
  %".2221" = xor i1 %".2213", -1
  br i1 %".2221", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2223" = trunc i64 %"cursor.32" to i16
  %".2224" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2223", ptr %".2224", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2227" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2228" = load volatile i16, [40 x i8]* %".2227", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2243" = trunc i64 %".2236" to i16
  %".2244" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2243", ptr %".2244", align 2
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
  %"cursor.52" = phi  i64 [%".2236", %"vlan_d1_vlan_tags1.to_vlan"], [%".2236", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2430", %"hsr_d1_vlan_tags1.to_vlan"], [%".2430", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".6404", %"widening.test.18"]
  %"data.117" = phi  ptr [%"data.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.284", %"widening.test.18"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.284", %"widening.test.18"]
  %"keys.117" = phi  ptr [%"keys.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.18"]
  %"hdr.46" = getelementptr i8, ptr %"data.117", i64 %"cursor.52"
  %".3989" = getelementptr i8, ptr %"hdr.46", i64 4
  %".3990" = icmp ugt ptr %".3989", %"data_end.117"
  br i1 %".3990", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3992" = getelementptr i8, ptr %"hdr.46", i64 2
  %".3993" = load i16, ptr %".3992", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.16" = phi  i16 [%".3993", %"vlan_d1_vlan_tags2.linear"], [%".4012", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.187" = phi  ptr [%"data.117", %"vlan_d1_vlan_tags2.linear"], [%"data.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.187" = phi  ptr [%"data_end.117", %"vlan_d1_vlan_tags2.linear"], [%"data_end.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.187" = phi  ptr [%"keys.117", %"vlan_d1_vlan_tags2.linear"], [%"keys.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".4014" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4015" = zext i16 %".4014" to i64
  %".4016" = trunc i64 %".4015" to i16
  %".4017" = call i16 @"llvm.bswap.i16"(i16 %".4016")
  %".4018" = getelementptr i8, ptr %"keys.187", i64 10
  store i16 %".4017", ptr %".4018", align 2
  %".4020" = add i64 %"cursor.52", 4
  %".4021" = trunc i64 %".4020" to i16
  %".4022" = getelementptr i8, ptr %"keys.187", i64 0
  store i16 %".4021", ptr %".4022", align 2
  %".4024" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4025" = zext i16 %".4024" to i64
  switch i64 %".4025", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.53" = phi  i64 [%".2236", %"vlan_d1_vlan_tags1.to_hsr"], [%".2236", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2430", %"hsr_d1_vlan_tags1.to_hsr"], [%".2430", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".6393", %"widening.test.17"]
  %"data.118" = phi  ptr [%"data.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.283", %"widening.test.17"]
  %"data_end.118" = phi  ptr [%"data_end.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.283", %"widening.test.17"]
  %"keys.118" = phi  ptr [%"keys.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.17"]
  %"hdr.47" = getelementptr i8, ptr %"data.118", i64 %"cursor.53"
  %".4059" = getelementptr i8, ptr %"hdr.47", i64 6
  %".4060" = icmp ugt ptr %".4059", %"data_end.118"
  br i1 %".4060", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".4062" = getelementptr i8, ptr %"hdr.47", i64 4
  %".4063" = load i16, ptr %".4062", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".4063", %"hsr_d1_vlan_tags2.linear"], [%".4082", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.189" = phi  ptr [%"data.118", %"hsr_d1_vlan_tags2.linear"], [%"data.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.189" = phi  ptr [%"data_end.118", %"hsr_d1_vlan_tags2.linear"], [%"data_end.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.189" = phi  ptr [%"keys.118", %"hsr_d1_vlan_tags2.linear"], [%"keys.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".4084" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4085" = zext i16 %".4084" to i64
  %".4086" = trunc i64 %".4085" to i16
  %".4087" = call i16 @"llvm.bswap.i16"(i16 %".4086")
  %".4088" = getelementptr i8, ptr %"keys.189", i64 10
  store i16 %".4087", ptr %".4088", align 2
  %".4090" = add i64 %"cursor.53", 6
  %".4091" = trunc i64 %".4090" to i16
  %".4092" = getelementptr i8, ptr %"keys.189", i64 0
  store i16 %".4091", ptr %".4092", align 2
  %".4094" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4095" = zext i16 %".4094" to i64
  switch i64 %".4095", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
mpls_d1_mpls_labels1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2270" = trunc i64 %"cursor.33" to i32
  %".2271" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2270", [40 x i8]* %"header_copy", i32 4)
  %".2272" = icmp eq i64 %".2271", 0
  %".2273" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2274" = load i32, ptr %".2273", align 4
  %".2275" = zext i32 %".2274" to i64
  %"data.119" = inttoptr i64 %".2275" to ptr
  %".2276" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2277" = load i32, ptr %".2276", align 4
  %".2278" = zext i32 %".2277" to i64
  %"data_end.119" = inttoptr i64 %".2278" to ptr
  %".2279" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.119" = load ptr, ptr %".2279", align 8
  %".2280" = xor i1 %".2272", -1
  br i1 %".2280", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2282" = trunc i64 %".2263" to i16
  %".2283" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2282", ptr %".2283", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2286" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2287" = load volatile i8, [40 x i8]* %".2286", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2293" = trunc i64 %".2289" to i16
  %".2294" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2293", ptr %".2294", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_ip_version:
  %".2298" = getelementptr i8, ptr %"keys.120", i64 8
  store i8 1, ptr %".2298", align 1
  %".2300" = getelementptr i8, ptr %"keys.120", i64 48
  %"flags.35" = load volatile i32, ptr %".2300", align 4
  %".2301" = and i32 %"flags.35", 4
  %".2302" = icmp ne i32 %".2301", 0
  br i1 %".2302", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels1.stop_at_encap:
  %".2304" = trunc i64 %".2289" to i16
  %".2305" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2304", ptr %".2305", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2308" = getelementptr i8, ptr %"keys.120", i64 12
  store i32 0, ptr %".2308", align 4
  %".2310" = trunc i64 %".2289" to i16
  %".2311" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2310", ptr %".2311", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2324" = trunc i64 %"cursor.34" to i32
  %".2325" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2324", [40 x i8]* %"header_copy", i32 8)
  %".2326" = icmp eq i64 %".2325", 0
  %".2327" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2328" = load i32, ptr %".2327", align 4
  %".2329" = zext i32 %".2328" to i64
  %"data.122" = inttoptr i64 %".2329" to ptr
  %".2330" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2331" = load i32, ptr %".2330", align 4
  %".2332" = zext i32 %".2331" to i64
  %"data_end.122" = inttoptr i64 %".2332" to ptr
  %".2333" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.122" = load ptr, ptr %".2333", align 8
  %".2334" = xor i1 %".2326", -1
  br i1 %".2334", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2336" = trunc i64 %"cursor.34" to i16
  %".2337" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2336", ptr %".2337", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2340" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2341" = load volatile i8, [40 x i8]* %".2340", align 1
  %".2342" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2343" = load volatile i8, [40 x i8]* %".2342", align 1
  %".2344" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2345" = load volatile i16, [40 x i8]* %".2344", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2360" = trunc i64 %"cursor.34" to i16
  %".2361" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2360", ptr %".2361", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2364" = add i64 %"cursor.34", 8
  %".2365" = trunc i64 %".2364" to i16
  %".2366" = getelementptr i8, ptr %"keys.123", i64 0
  store i16 %".2365", ptr %".2366", align 2
  %".2368" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2369" = zext i16 %".2368" to i64
  switch i64 %".2369", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.to_ipv4:
  %".2378" = trunc i64 2048 to i16
  %".2379" = call i16 @"llvm.bswap.i16"(i16 %".2378")
  %".2380" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2379", ptr %".2380", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2371" = and i64 %".2369", 257
  %".2372" = icmp eq i64 %".2371", 1
  br i1 %".2372", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv6:
  %".2383" = trunc i64 34525 to i16
  %".2384" = call i16 @"llvm.bswap.i16"(i16 %".2383")
  %".2385" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2384", ptr %".2385", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2388" = trunc i64 34887 to i16
  %".2389" = call i16 @"llvm.bswap.i16"(i16 %".2388")
  %".2390" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2389", ptr %".2390", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2393" = trunc i64 34888 to i16
  %".2394" = call i16 @"llvm.bswap.i16"(i16 %".2393")
  %".2395" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2394", ptr %".2395", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2374" = trunc i64 %".2364" to i16
  %".2375" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2374", ptr %".2375", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2405" = trunc i64 %"cursor.35" to i32
  %".2406" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2405", [40 x i8]* %"header_copy", i32 6)
  %".2407" = icmp eq i64 %".2406", 0
  %".2408" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2409" = load i32, ptr %".2408", align 4
  %".2410" = zext i32 %".2409" to i64
  %"data.124" = inttoptr i64 %".2410" to ptr
  %".2411" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2412" = load i32, ptr %".2411", align 4
  %".2413" = zext i32 %".2412" to i64
  %"data_end.124" = inttoptr i64 %".2413" to ptr
  %".2414" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.124" = load ptr, ptr %".2414", align 8
  %".2415" = xor i1 %".2407", -1
  br i1 %".2415", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2417" = trunc i64 %"cursor.35" to i16
  %".2418" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2417", ptr %".2418", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2421" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2422" = load volatile i16, [40 x i8]* %".2421", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2437" = trunc i64 %".2430" to i16
  %".2438" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2437", ptr %".2438", align 2
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
  %".2467" = trunc i64 %"cursor.36" to i32
  %".2468" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2467", [40 x i8]* %"header_copy", i32 24)
  %".2469" = icmp eq i64 %".2468", 0
  %".2470" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2471" = load i32, ptr %".2470", align 4
  %".2472" = zext i32 %".2471" to i64
  %"data.126" = inttoptr i64 %".2472" to ptr
  %".2473" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2474" = load i32, ptr %".2473", align 4
  %".2475" = zext i32 %".2474" to i64
  %"data_end.126" = inttoptr i64 %".2475" to ptr
  %".2476" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.126" = load ptr, ptr %".2476", align 8
  %".2477" = xor i1 %".2469", -1
  br i1 %".2477", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2479" = trunc i64 %"cursor.36" to i16
  %".2480" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2479", ptr %".2480", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2483" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2484" = load volatile i8, [40 x i8]* %".2483", align 1
  %".2485" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2486" = load volatile i8, [40 x i8]* %".2485", align 1
  %".2487" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2488" = load volatile i16, [40 x i8]* %".2487", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2497" = trunc i64 %"cursor.36" to i16
  %".2498" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2497", ptr %".2498", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2501" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2502" = zext i16 %".2501" to i64
  %".2503" = trunc i64 %".2502" to i16
  %".2504" = call i16 @"llvm.bswap.i16"(i16 %".2503")
  %".2505" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %".2504", ptr %".2505", align 2
  %".2507" = add i64 %"cursor.36", 24
  %".2508" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2509" = zext i16 %".2508" to i64
  switch i64 %".2509", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.to_ipv4:
  %".2515" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2515", align 1
  %".2517" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.36" = load volatile i32, ptr %".2517", align 4
  %".2518" = and i32 %"flags.36", 4
  %".2519" = icmp ne i32 %".2518", 0
  br i1 %".2519", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.unknown:
  %".2511" = trunc i64 %".2507" to i16
  %".2512" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2511", ptr %".2512", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2531" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2531", align 1
  %".2533" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.37" = load volatile i32, ptr %".2533", align 4
  %".2534" = and i32 %"flags.37", 4
  %".2535" = icmp ne i32 %".2534", 0
  br i1 %".2535", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2547" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2547", align 1
  %".2549" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.38" = load volatile i32, ptr %".2549", align 4
  %".2550" = and i32 %"flags.38", 4
  %".2551" = icmp ne i32 %".2550", 0
  br i1 %".2551", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2563" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2563", align 1
  %".2565" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.39" = load volatile i32, ptr %".2565", align 4
  %".2566" = and i32 %"flags.39", 4
  %".2567" = icmp ne i32 %".2566", 0
  br i1 %".2567", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2579" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2579", align 1
  %".2581" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.40" = load volatile i32, ptr %".2581", align 4
  %".2582" = and i32 %"flags.40", 4
  %".2583" = icmp ne i32 %".2582", 0
  br i1 %".2583", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2595" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2595", align 1
  %".2597" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.41" = load volatile i32, ptr %".2597", align 4
  %".2598" = and i32 %"flags.41", 4
  %".2599" = icmp ne i32 %".2598", 0
  br i1 %".2599", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2611" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2611", align 1
  %".2613" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.42" = load volatile i32, ptr %".2613", align 4
  %".2614" = and i32 %"flags.42", 4
  %".2615" = icmp ne i32 %".2614", 0
  br i1 %".2615", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2627" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2627", align 1
  %".2629" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.43" = load volatile i32, ptr %".2629", align 4
  %".2630" = and i32 %"flags.43", 4
  %".2631" = icmp ne i32 %".2630", 0
  br i1 %".2631", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2643" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2643", align 1
  %".2645" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.44" = load volatile i32, ptr %".2645", align 4
  %".2646" = and i32 %"flags.44", 4
  %".2647" = icmp ne i32 %".2646", 0
  br i1 %".2647", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2659" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2659", align 1
  %".2661" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.45" = load volatile i32, ptr %".2661", align 4
  %".2662" = and i32 %"flags.45", 4
  %".2663" = icmp ne i32 %".2662", 0
  br i1 %".2663", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2675" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2675", align 1
  %".2677" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.46" = load volatile i32, ptr %".2677", align 4
  %".2678" = and i32 %"flags.46", 4
  %".2679" = icmp ne i32 %".2678", 0
  br i1 %".2679", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2691" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2691", align 1
  %".2693" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.47" = load volatile i32, ptr %".2693", align 4
  %".2694" = and i32 %"flags.47", 4
  %".2695" = icmp ne i32 %".2694", 0
  br i1 %".2695", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2707" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2707", align 1
  %".2709" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.48" = load volatile i32, ptr %".2709", align 4
  %".2710" = and i32 %"flags.48", 4
  %".2711" = icmp ne i32 %".2710", 0
  br i1 %".2711", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2723" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2723", align 1
  %".2725" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.49" = load volatile i32, ptr %".2725", align 4
  %".2726" = and i32 %"flags.49", 4
  %".2727" = icmp ne i32 %".2726", 0
  br i1 %".2727", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2739" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2739", align 1
  %".2741" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.50" = load volatile i32, ptr %".2741", align 4
  %".2742" = and i32 %"flags.50", 4
  %".2743" = icmp ne i32 %".2742", 0
  br i1 %".2743", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2755" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2755", align 1
  %".2757" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.51" = load volatile i32, ptr %".2757", align 4
  %".2758" = and i32 %"flags.51", 4
  %".2759" = icmp ne i32 %".2758", 0
  br i1 %".2759", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2521" = trunc i64 %".2507" to i16
  %".2522" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2521", ptr %".2522", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2525" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2525", align 4
  %".2527" = trunc i64 %".2507" to i16
  %".2528" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2527", ptr %".2528", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2537" = trunc i64 %".2507" to i16
  %".2538" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2537", ptr %".2538", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2541" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2541", align 4
  %".2543" = trunc i64 %".2507" to i16
  %".2544" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2543", ptr %".2544", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2553" = trunc i64 %".2507" to i16
  %".2554" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2553", ptr %".2554", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2557" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2557", align 4
  %".2559" = trunc i64 %".2507" to i16
  %".2560" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2559", ptr %".2560", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2569" = trunc i64 %".2507" to i16
  %".2570" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2569", ptr %".2570", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2573" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2573", align 4
  %".2575" = trunc i64 %".2507" to i16
  %".2576" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2575", ptr %".2576", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2585" = trunc i64 %".2507" to i16
  %".2586" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2585", ptr %".2586", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2589" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2589", align 4
  %".2591" = trunc i64 %".2507" to i16
  %".2592" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2591", ptr %".2592", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2601" = trunc i64 %".2507" to i16
  %".2602" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2601", ptr %".2602", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2605" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2605", align 4
  %".2607" = trunc i64 %".2507" to i16
  %".2608" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2607", ptr %".2608", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2617" = trunc i64 %".2507" to i16
  %".2618" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2617", ptr %".2618", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2621" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2621", align 4
  %".2623" = trunc i64 %".2507" to i16
  %".2624" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2623", ptr %".2624", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2633" = trunc i64 %".2507" to i16
  %".2634" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2633", ptr %".2634", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2637" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2637", align 4
  %".2639" = trunc i64 %".2507" to i16
  %".2640" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2639", ptr %".2640", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2649" = trunc i64 %".2507" to i16
  %".2650" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2649", ptr %".2650", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2653" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2653", align 4
  %".2655" = trunc i64 %".2507" to i16
  %".2656" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2655", ptr %".2656", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2665" = trunc i64 %".2507" to i16
  %".2666" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2665", ptr %".2666", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2669" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2669", align 4
  %".2671" = trunc i64 %".2507" to i16
  %".2672" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2671", ptr %".2672", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2681" = trunc i64 %".2507" to i16
  %".2682" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2681", ptr %".2682", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2685" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2685", align 4
  %".2687" = trunc i64 %".2507" to i16
  %".2688" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2687", ptr %".2688", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2697" = trunc i64 %".2507" to i16
  %".2698" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2697", ptr %".2698", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2701" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2701", align 4
  %".2703" = trunc i64 %".2507" to i16
  %".2704" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2703", ptr %".2704", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2713" = trunc i64 %".2507" to i16
  %".2714" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2713", ptr %".2714", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2717" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2717", align 4
  %".2719" = trunc i64 %".2507" to i16
  %".2720" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2719", ptr %".2720", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2729" = trunc i64 %".2507" to i16
  %".2730" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2729", ptr %".2730", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2733" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2733", align 4
  %".2735" = trunc i64 %".2507" to i16
  %".2736" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2735", ptr %".2736", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2745" = trunc i64 %".2507" to i16
  %".2746" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2745", ptr %".2746", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2749" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2749", align 4
  %".2751" = trunc i64 %".2507" to i16
  %".2752" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2751", ptr %".2752", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2761" = trunc i64 %".2507" to i16
  %".2762" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2761", ptr %".2762", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2765" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2765", align 4
  %".2767" = trunc i64 %".2507" to i16
  %".2768" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2767", ptr %".2768", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2777" = trunc i64 %"cursor.37" to i32
  %".2778" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2777", [40 x i8]* %"header_copy", i32 20)
  %".2779" = icmp eq i64 %".2778", 0
  %".2780" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2781" = load i32, ptr %".2780", align 4
  %".2782" = zext i32 %".2781" to i64
  %"data.128" = inttoptr i64 %".2782" to ptr
  %".2783" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2784" = load i32, ptr %".2783", align 4
  %".2785" = zext i32 %".2784" to i64
  %"data_end.128" = inttoptr i64 %".2785" to ptr
  %".2786" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.128" = load ptr, ptr %".2786", align 8
  %".2787" = xor i1 %".2779", -1
  br i1 %".2787", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2789" = trunc i64 %"cursor.37" to i16
  %".2790" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2789", ptr %".2790", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2793" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2794" = load volatile i8, [40 x i8]* %".2793", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2802" = trunc i64 %"cursor.37" to i16
  %".2803" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".2802", ptr %".2803", align 2
  br label %"return"
tcp_header.require.endif:
  %".2806" = add i64 %"cursor.37", 20
  %".2807" = zext i8 %"w12_1" to i64
  %".2808" = lshr i64 %".2807", 4
  %".2809" = and i64 %".2808", 15
  %".2810" = icmp eq i64 %".2809", 5
  %".2811" = xor i1 %".2810", -1
  br i1 %".2811", label %"tcp_header.variable", label %"tcp_header.no_variable", !prof !0
tcp_header.no_variable:
  br label %"tcp_header.variable.endif"
tcp_header.variable.endif:
  %"end.2" = phi  i64 [%".2806", %"tcp_header.no_variable"], [%".2843", %"tcp_header.variable_part"]
  %"data.132" = phi  ptr [%"data.129", %"tcp_header.no_variable"], [%"data.131", %"tcp_header.variable_part"]
  %"data_end.132" = phi  ptr [%"data_end.129", %"tcp_header.no_variable"], [%"data_end.131", %"tcp_header.variable_part"]
  %"keys.132" = phi  ptr [%"keys.129", %"tcp_header.no_variable"], [%"keys.131", %"tcp_header.variable_part"]
  %".2845" = trunc i64 %"cursor.37" to i16
  %".2846" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2845", ptr %".2846", align 2
  br label %"return"
tcp_header.variable:
  %".2814" = zext i8 %"w12_1" to i64
  %".2815" = lshr i64 %".2814", 4
  %".2816" = and i64 %".2815", 15
  %".2817" = mul i64 %".2816", 4
  %".2818" = sub i64 %".2817", 20
  %".2819" = add i64 %".2818", 20
  %".2820" = getelementptr i8, ptr %"data.129", i64 %"cursor.37"
  %".2821" = getelementptr i8, ptr %".2820", i64 %".2819"
  %".2822" = icmp ugt ptr %".2821", %"data_end.129"
  br i1 %".2822", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.131" = phi  ptr [%"data.129", %"tcp_header.variable"], [%"data.130", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.129", %"tcp_header.variable"], [%"data_end.130", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.129", %"tcp_header.variable"], [%"keys.130", %"tcp_header.copy_last_byte_failed.endif"]
  %".2843" = add i64 %"cursor.37", %".2819"
  br label %"tcp_header.variable.endif"
tcp_header.copy_last_byte:
  %".2824" = add i64 %"cursor.37", %".2819"
  %".2825" = sub i64 %".2824", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2826" = trunc i64 %".2825" to i32
  %".2827" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2826", i64* %"last_byte", i32 1)
  %".2828" = icmp eq i64 %".2827", 0
  %".2829" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2830" = load i32, ptr %".2829", align 4
  %".2831" = zext i32 %".2830" to i64
  %"data.130" = inttoptr i64 %".2831" to ptr
  %".2832" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2833" = load i32, ptr %".2832", align 4
  %".2834" = zext i32 %".2833" to i64
  %"data_end.130" = inttoptr i64 %".2834" to ptr
  %".2835" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.130" = load ptr, ptr %".2835", align 8
  %".2836" = xor i1 %".2828", -1
  br i1 %".2836", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2838" = trunc i64 %"cursor.37" to i16
  %".2839" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".2838", ptr %".2839", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2853" = trunc i64 %"cursor.38" to i32
  %".2854" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2853", [40 x i8]* %"header_copy", i32 8)
  %".2855" = icmp eq i64 %".2854", 0
  %".2856" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2857" = load i32, ptr %".2856", align 4
  %".2858" = zext i32 %".2857" to i64
  %"data.133" = inttoptr i64 %".2858" to ptr
  %".2859" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2860" = load i32, ptr %".2859", align 4
  %".2861" = zext i32 %".2860" to i64
  %"data_end.133" = inttoptr i64 %".2861" to ptr
  %".2862" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.133" = load ptr, ptr %".2862", align 8
  %".2863" = xor i1 %".2855", -1
  br i1 %".2863", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".2865" = trunc i64 %"cursor.38" to i16
  %".2866" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".2865", ptr %".2866", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".2877" = trunc i64 %".2870" to i16
  %".2878" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2877", ptr %".2878", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  %".2881" = getelementptr i8, ptr %"keys.134", i64 12
  store i32 0, ptr %".2881", align 4
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.55" = phi  i64 [%".2870", %"vxlan_d0.to_ethernet"], [%"end.3", %"geneve_d0.to_ethernet"], [%"end.5", %"gre_d0.to_ethernet"], [%".6360", %"widening.test.14"]
  %"data.135" = phi  ptr [%"data.134", %"vxlan_d0.to_ethernet"], [%"data.140", %"geneve_d0.to_ethernet"], [%"data.154", %"gre_d0.to_ethernet"], [%"data.280", %"widening.test.14"]
  %"data_end.135" = phi  ptr [%"data_end.134", %"vxlan_d0.to_ethernet"], [%"data_end.140", %"geneve_d0.to_ethernet"], [%"data_end.154", %"gre_d0.to_ethernet"], [%"data_end.280", %"widening.test.14"]
  %"keys.135" = phi  ptr [%"keys.134", %"vxlan_d0.to_ethernet"], [%"keys.140", %"geneve_d0.to_ethernet"], [%"keys.154", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.14"]
  %"hdr.49" = getelementptr i8, ptr %"data.135", i64 %"cursor.55"
  %".4180" = getelementptr i8, ptr %"hdr.49", i64 14
  %".4181" = icmp ugt ptr %".4180", %"data_end.135"
  br i1 %".4181", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4183" = getelementptr i8, ptr %"hdr.49", i64 12
  %".4184" = load i16, ptr %".4183", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4184", %"ethernet_d1.linear"], [%".4203", %"ethernet_d1.copy_failed.endif"]
  %"data.194" = phi  ptr [%"data.135", %"ethernet_d1.linear"], [%"data.193", %"ethernet_d1.copy_failed.endif"]
  %"data_end.194" = phi  ptr [%"data_end.135", %"ethernet_d1.linear"], [%"data_end.193", %"ethernet_d1.copy_failed.endif"]
  %"keys.194" = phi  ptr [%"keys.135", %"ethernet_d1.linear"], [%"keys.193", %"ethernet_d1.copy_failed.endif"]
  %".4205" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4206" = zext i16 %".4205" to i64
  %".4207" = trunc i64 %".4206" to i16
  %".4208" = call i16 @"llvm.bswap.i16"(i16 %".4207")
  %".4209" = getelementptr i8, ptr %"keys.194", i64 10
  store i16 %".4208", ptr %".4209", align 2
  %".4211" = add i64 %"cursor.55", 14
  %".4212" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4213" = zext i16 %".4212" to i64
  switch i64 %".4213", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
vxlan_d0.unknown:
  %".2884" = trunc i64 %".2870" to i16
  %".2885" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2884", ptr %".2885", align 2
  br label %"return"
geneve_d0.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2897" = trunc i64 %"cursor.39" to i32
  %".2898" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2897", [40 x i8]* %"header_copy", i32 8)
  %".2899" = icmp eq i64 %".2898", 0
  %".2900" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2901" = load i32, ptr %".2900", align 4
  %".2902" = zext i32 %".2901" to i64
  %"data.136" = inttoptr i64 %".2902" to ptr
  %".2903" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2904" = load i32, ptr %".2903", align 4
  %".2905" = zext i32 %".2904" to i64
  %"data_end.136" = inttoptr i64 %".2905" to ptr
  %".2906" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.136" = load ptr, ptr %".2906", align 8
  %".2907" = xor i1 %".2899", -1
  br i1 %".2907", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".2909" = trunc i64 %"cursor.39" to i16
  %".2910" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".2909", ptr %".2910", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".2913" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2914" = load volatile i8, [40 x i8]* %".2913", align 1
  %".2915" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2916" = load volatile i16, [40 x i8]* %".2915", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".2923" = trunc i64 %"cursor.39" to i16
  %".2924" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".2923", ptr %".2924", align 2
  br label %"return"
geneve_d0.variable:
  %".2933" = zext i8 %"w0_1.10" to i64
  %".2934" = and i64 %".2933", 63
  %".2935" = mul i64 %".2934", 4
  %".2936" = add i64 %".2935", 8
  %".2937" = getelementptr i8, ptr %"data.137", i64 %"cursor.39"
  %".2938" = getelementptr i8, ptr %".2937", i64 %".2936"
  %".2939" = icmp ugt ptr %".2938", %"data_end.137"
  br i1 %".2939", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.139" = phi  ptr [%"data.137", %"geneve_d0.variable"], [%"data.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.139" = phi  ptr [%"data_end.137", %"geneve_d0.variable"], [%"data_end.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.139" = phi  ptr [%"keys.137", %"geneve_d0.variable"], [%"keys.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %".2960" = add i64 %"cursor.39", %".2936"
  br label %"geneve_d0.variable.endif"
geneve_d0.copy_last_byte:
  %".2941" = add i64 %"cursor.39", %".2936"
  %".2942" = sub i64 %".2941", 1
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2943" = trunc i64 %".2942" to i32
  %".2944" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".2943", i64* %"last_byte", i32 1)
  %".2945" = icmp eq i64 %".2944", 0
  %".2946" = getelementptr i8, ptr %"ctx.40", i64 76
  %".2947" = load i32, ptr %".2946", align 4
  %".2948" = zext i32 %".2947" to i64
  %"data.138" = inttoptr i64 %".2948" to ptr
  %".2949" = getelementptr i8, ptr %"ctx.40", i64 80
  %".2950" = load i32, ptr %".2949", align 4
  %".2951" = zext i32 %".2950" to i64
  %"data_end.138" = inttoptr i64 %".2951" to ptr
  %".2952" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.138" = load ptr, ptr %".2952", align 8
  %".2953" = xor i1 %".2945", -1
  br i1 %".2953", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".2955" = trunc i64 %"cursor.39" to i16
  %".2956" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".2955", ptr %".2956", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".2968" = trunc i64 %"end.3" to i16
  %".2969" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".2968", ptr %".2969", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".2972" = getelementptr i8, ptr %"keys.140", i64 12
  store i32 0, ptr %".2972", align 4
  %".2974" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2975" = zext i16 %".2974" to i64
  switch i64 %".2975", label %"geneve_d0.unknown" [i64 25944, label %"geneve_d0.to_ethernet" i64 2048, label %"geneve_d0.to_ipv4" i64 34525, label %"geneve_d0.to_ipv6"]  , !prof !5
geneve_d0.to_ethernet:
  br label %"ethernet_d1"
geneve_d0.unknown:
  %".2977" = trunc i64 %"end.3" to i16
  %".2978" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".2977", ptr %".2978", align 2
  br label %"return"
geneve_d0.to_ipv4:
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2992" = trunc i64 %"cursor.40" to i32
  %".2993" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".2992", [40 x i8]* %"header_copy", i32 4)
  %".2994" = icmp eq i64 %".2993", 0
  %".2995" = getelementptr i8, ptr %"ctx.41", i64 76
  %".2996" = load i32, ptr %".2995", align 4
  %".2997" = zext i32 %".2996" to i64
  %"data.141" = inttoptr i64 %".2997" to ptr
  %".2998" = getelementptr i8, ptr %"ctx.41", i64 80
  %".2999" = load i32, ptr %".2998", align 4
  %".3000" = zext i32 %".2999" to i64
  %"data_end.141" = inttoptr i64 %".3000" to ptr
  %".3001" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.141" = load ptr, ptr %".3001", align 8
  %".3002" = xor i1 %".2994", -1
  br i1 %".3002", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".3004" = trunc i64 %"cursor.40" to i16
  %".3005" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".3004", ptr %".3005", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".3008" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3009" = load volatile i8, [40 x i8]* %".3008", align 1
  %".3010" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3011" = load volatile i8, [40 x i8]* %".3010", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".3023" = trunc i64 %"cursor.40" to i16
  %".3024" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".3023", ptr %".3024", align 2
  br label %"return"
gue_d0.variable:
  %".3033" = zext i8 %"w0_1.11" to i64
  %".3034" = and i64 %".3033", 31
  %".3035" = mul i64 %".3034", 4
  %".3036" = add i64 %".3035", 4
  %".3037" = getelementptr i8, ptr %"data.142", i64 %"cursor.40"
  %".3038" = getelementptr i8, ptr %".3037", i64 %".3036"
  %".3039" = icmp ugt ptr %".3038", %"data_end.142"
  br i1 %".3039", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.144" = phi  ptr [%"data.142", %"gue_d0.variable"], [%"data.143", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.142", %"gue_d0.variable"], [%"data_end.143", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.142", %"gue_d0.variable"], [%"keys.143", %"gue_d0.copy_last_byte_failed.endif"]
  %".3060" = add i64 %"cursor.40", %".3036"
  br label %"gue_d0.variable.endif"
gue_d0.copy_last_byte:
  %".3041" = add i64 %"cursor.40", %".3036"
  %".3042" = sub i64 %".3041", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3043" = trunc i64 %".3042" to i32
  %".3044" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3043", i64* %"last_byte", i32 1)
  %".3045" = icmp eq i64 %".3044", 0
  %".3046" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3047" = load i32, ptr %".3046", align 4
  %".3048" = zext i32 %".3047" to i64
  %"data.143" = inttoptr i64 %".3048" to ptr
  %".3049" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3050" = load i32, ptr %".3049", align 4
  %".3051" = zext i32 %".3050" to i64
  %"data_end.143" = inttoptr i64 %".3051" to ptr
  %".3052" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.143" = load ptr, ptr %".3052", align 8
  %".3053" = xor i1 %".3045", -1
  br i1 %".3053", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".3055" = trunc i64 %"cursor.40" to i16
  %".3056" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".3055", ptr %".3056", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".3068" = trunc i64 %"end.4" to i16
  %".3069" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3068", ptr %".3069", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".3072" = getelementptr i8, ptr %"keys.145", i64 12
  store i32 0, ptr %".3072", align 4
  %".3074" = zext i8 %"w1_1.6" to i64
  switch i64 %".3074", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.to_ipv4:
  br label %"ipv4_d1"
gue_d0.unknown:
  %".3076" = trunc i64 %"end.4" to i16
  %".3077" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3076", ptr %".3077", align 2
  br label %"return"
gue_d0.to_ipv6:
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3090" = trunc i64 %"cursor.41" to i32
  %".3091" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3090", [40 x i8]* %"header_copy", i32 8)
  %".3092" = icmp eq i64 %".3091", 0
  %".3093" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3094" = load i32, ptr %".3093", align 4
  %".3095" = zext i32 %".3094" to i64
  %"data.146" = inttoptr i64 %".3095" to ptr
  %".3096" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3097" = load i32, ptr %".3096", align 4
  %".3098" = zext i32 %".3097" to i64
  %"data_end.146" = inttoptr i64 %".3098" to ptr
  %".3099" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.146" = load ptr, ptr %".3099", align 8
  %".3100" = xor i1 %".3092", -1
  br i1 %".3100", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".3102" = trunc i64 %"cursor.41" to i16
  %".3103" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3102", ptr %".3103", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".3106" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3107" = load volatile i8, [40 x i8]* %".3106", align 1
  %".3108" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3109" = load volatile i8, [40 x i8]* %".3108", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".3124" = trunc i64 %"cursor.41" to i16
  %".3125" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3124", ptr %".3125", align 2
  br label %"return"
gtpu_d0.stop_at_encap:
  %".3135" = trunc i64 %".3128" to i16
  %".3136" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3135", ptr %".3136", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".3139" = getelementptr i8, ptr %"keys.147", i64 12
  store i32 0, ptr %".3139", align 4
  %".3141" = zext i8 %"w0_1.12" to i64
  %".3142" = lshr i64 %".3141", 2
  %".3143" = and i64 %".3142", 1
  %".3144" = mul i64 %".3143", 4
  %".3145" = zext i8 %"w0_1.12" to i64
  %".3146" = lshr i64 %".3145", 1
  %".3147" = and i64 %".3146", 1
  %".3148" = mul i64 %".3147", 2
  %".3149" = add i64 %".3144", %".3148"
  %".3150" = zext i8 %"w0_1.12" to i64
  %".3151" = and i64 %".3150", 1
  %".3152" = add i64 %".3149", %".3151"
  %".3153" = icmp uge i64 %".3152", 1
  %".3154" = icmp ule i64 %".3152", 3
  %".3155" = and i1 %".3153", %".3154"
  br i1 %".3155", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
gtpu_d0.unknown:
  %".3162" = trunc i64 %".3128" to i16
  %".3163" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3162", ptr %".3163", align 2
  br label %"return"
gtpu_d0.to_gtpu_opt:
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".3157" = icmp uge i64 %".3152", 4
  %".3158" = icmp ule i64 %".3152", 7
  %".3159" = and i1 %".3157", %".3158"
  br i1 %".3159", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  switch i64 %".3152", label %"gtpu_d0.unknown" [i64 0, label %"gtpu_d0.to_ip_version"]
gtpu_d0.to_ip_version:
  br label %"ip_version_d1"
gtpu_opt_d1:
  %"cursor.56" = phi  i64 [%".3128", %"gtpu_d0.to_gtpu_opt"]
  %"data.148" = phi  ptr [%"data.147", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.148" = phi  ptr [%"data_end.147", %"gtpu_d0.to_gtpu_opt"]
  %"keys.148" = phi  ptr [%"keys.147", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.50" = getelementptr i8, ptr %"data.148", i64 %"cursor.56"
  %".4235" = getelementptr i8, ptr %"hdr.50", i64 4
  %".4236" = icmp ugt ptr %".4235", %"data_end.148"
  br i1 %".4236", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.196" = phi  ptr [%"data.148", %"gtpu_opt_d1.linear"], [%"data.195", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.196" = phi  ptr [%"data_end.148", %"gtpu_opt_d1.linear"], [%"data_end.195", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.196" = phi  ptr [%"keys.148", %"gtpu_opt_d1.linear"], [%"keys.195", %"gtpu_opt_d1.copy_failed.endif"]
  %".4256" = add i64 %"cursor.56", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_opt_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_seq_d1:
  %"cursor.57" = phi  i64 [%".3128", %"gtpu_d0.to_gtpu_seq"]
  %"data.149" = phi  ptr [%"data.147", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.149" = phi  ptr [%"data_end.147", %"gtpu_d0.to_gtpu_seq"]
  %"keys.149" = phi  ptr [%"keys.147", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.51" = getelementptr i8, ptr %"data.149", i64 %"cursor.57"
  %".4263" = getelementptr i8, ptr %"hdr.51", i64 3
  %".4264" = icmp ugt ptr %".4263", %"data_end.149"
  br i1 %".4264", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.198" = phi  ptr [%"data.149", %"gtpu_seq_d1.linear"], [%"data.197", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.198" = phi  ptr [%"data_end.149", %"gtpu_seq_d1.linear"], [%"data_end.197", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.198" = phi  ptr [%"keys.149", %"gtpu_seq_d1.linear"], [%"keys.197", %"gtpu_seq_d1.copy_failed.endif"]
  %".4284" = add i64 %"cursor.57", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
gtpu_seq_d1.to_gtpu_next:
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.72" = phi  i64 [%".4284", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.199" = phi  ptr [%"data.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.199" = phi  ptr [%"data_end.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.199" = phi  ptr [%"keys.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.64" = getelementptr i8, ptr %"data.199", i64 %"cursor.72"
  %".5537" = getelementptr i8, ptr %"hdr.64", i64 1
  %".5538" = icmp ugt ptr %".5537", %"data_end.199"
  br i1 %".5538", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5540" = getelementptr i8, ptr %"hdr.64", i64 0
  %".5541" = load i8, ptr %".5540", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.25" = phi  i8 [%".5541", %"gtpu_next_d1.linear"], [%".5560", %"gtpu_next_d1.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.199", %"gtpu_next_d1.linear"], [%"data.240", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.199", %"gtpu_next_d1.linear"], [%"data_end.240", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.199", %"gtpu_next_d1.linear"], [%"keys.240", %"gtpu_next_d1.copy_failed.endif"]
  %".5562" = add i64 %"cursor.72", 1
  %".5563" = zext i8 %"w0_1.25" to i64
  %".5564" = icmp uge i64 %".5563", 1
  %".5565" = icmp ule i64 %".5563", 255
  %".5566" = and i1 %".5564", %".5565"
  br i1 %".5566", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
shim_d0.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3175" = trunc i64 %"cursor.42" to i32
  %".3176" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3175", [40 x i8]* %"header_copy", i32 8)
  %".3177" = icmp eq i64 %".3176", 0
  %".3178" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3179" = load i32, ptr %".3178", align 4
  %".3180" = zext i32 %".3179" to i64
  %"data.150" = inttoptr i64 %".3180" to ptr
  %".3181" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3182" = load i32, ptr %".3181", align 4
  %".3183" = zext i32 %".3182" to i64
  %"data_end.150" = inttoptr i64 %".3183" to ptr
  %".3184" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.150" = load ptr, ptr %".3184", align 8
  %".3185" = xor i1 %".3177", -1
  br i1 %".3185", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3187" = trunc i64 %"cursor.42" to i16
  %".3188" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3187", ptr %".3188", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3191" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3192" = load volatile i16, [40 x i8]* %".3191", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".3201" = trunc i64 %".3194" to i16
  %".3202" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3201", ptr %".3202", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".3205" = getelementptr i8, ptr %"keys.151", i64 12
  store i32 0, ptr %".3205", align 4
  %".3207" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".3208" = zext i16 %".3207" to i64
  switch i64 %".3208", label %"shim_d0.unknown" [i64 2048, label %"shim_d0.to_ipv4"]
shim_d0.to_ipv4:
  br label %"ipv4_d1"
shim_d0.unknown:
  %".3210" = trunc i64 %".3194" to i16
  %".3211" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3210", ptr %".3211", align 2
  br label %"return"
gre_d0.variable:
  %".3221" = zext i8 %"w0_1.3" to i64
  %".3222" = lshr i64 %".3221", 7
  %".3223" = and i64 %".3222", 1
  %".3224" = zext i8 %"w0_1.3" to i64
  %".3225" = lshr i64 %".3224", 5
  %".3226" = and i64 %".3225", 1
  %".3227" = add i64 %".3223", %".3226"
  %".3228" = zext i8 %"w0_1.3" to i64
  %".3229" = lshr i64 %".3228", 4
  %".3230" = and i64 %".3229", 1
  %".3231" = add i64 %".3227", %".3230"
  %".3232" = mul i64 %".3231", 4
  %".3233" = add i64 %".3232", 4
  %".3234" = getelementptr i8, ptr %"data.77", i64 %"cursor.43"
  %".3235" = getelementptr i8, ptr %".3234", i64 %".3233"
  %".3236" = icmp ugt ptr %".3235", %"data_end.77"
  br i1 %".3236", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.153" = phi  ptr [%"data.77", %"gre_d0.variable"], [%"data.152", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.77", %"gre_d0.variable"], [%"data_end.152", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.77", %"gre_d0.variable"], [%"keys.152", %"gre_d0.copy_last_byte_failed.endif"]
  %".3257" = add i64 %"cursor.43", %".3233"
  br label %"gre_d0.variable.endif"
gre_d0.copy_last_byte:
  %".3238" = add i64 %"cursor.43", %".3233"
  %".3239" = sub i64 %".3238", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3240" = trunc i64 %".3239" to i32
  %".3241" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3240", i64* %"last_byte", i32 1)
  %".3242" = icmp eq i64 %".3241", 0
  %".3243" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3244" = load i32, ptr %".3243", align 4
  %".3245" = zext i32 %".3244" to i64
  %"data.152" = inttoptr i64 %".3245" to ptr
  %".3246" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3247" = load i32, ptr %".3246", align 4
  %".3248" = zext i32 %".3247" to i64
  %"data_end.152" = inttoptr i64 %".3248" to ptr
  %".3249" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.152" = load ptr, ptr %".3249", align 8
  %".3250" = xor i1 %".3242", -1
  br i1 %".3250", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3252" = trunc i64 %"cursor.43" to i16
  %".3253" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3252", ptr %".3253", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3265" = trunc i64 %"end.5" to i16
  %".3266" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3265", ptr %".3266", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".3269" = getelementptr i8, ptr %"keys.154", i64 12
  store i32 0, ptr %".3269", align 4
  %".3271" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3272" = zext i16 %".3271" to i64
  switch i64 %".3272", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !6
gre_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.unknown:
  %".3274" = trunc i64 %"end.5" to i16
  %".3275" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3274", ptr %".3275", align 2
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
  %".3304" = trunc i64 %"cursor.44" to i16
  %".3305" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".3304", ptr %".3305", align 2
  br label %"return"
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
  %"data.155" = inttoptr i64 %".3337" to ptr
  %".3338" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3339" = load i32, ptr %".3338", align 4
  %".3340" = zext i32 %".3339" to i64
  %"data_end.155" = inttoptr i64 %".3340" to ptr
  %".3341" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.155" = load ptr, ptr %".3341", align 8
  %".3342" = xor i1 %".3334", -1
  br i1 %".3342", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3344" = trunc i64 %"cursor.44" to i16
  %".3345" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3344", ptr %".3345", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3354" = trunc i64 %"end.6" to i16
  %".3355" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3354", ptr %".3355", align 2
  br label %"return"
udp_d1.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3367" = trunc i64 %"cursor.45" to i32
  %".3368" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3367", [40 x i8]* %"header_copy", i32 4)
  %".3369" = icmp eq i64 %".3368", 0
  %".3370" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3371" = load i32, ptr %".3370", align 4
  %".3372" = zext i32 %".3371" to i64
  %"data.158" = inttoptr i64 %".3372" to ptr
  %".3373" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3374" = load i32, ptr %".3373", align 4
  %".3375" = zext i32 %".3374" to i64
  %"data_end.158" = inttoptr i64 %".3375" to ptr
  %".3376" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.158" = load ptr, ptr %".3376", align 8
  %".3377" = xor i1 %".3369", -1
  br i1 %".3377", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3379" = trunc i64 %"cursor.45" to i16
  %".3380" = getelementptr i8, ptr %"keys.158", i64 2
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
  %"data.160" = inttoptr i64 %".3413" to ptr
  %".3414" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3415" = load i32, ptr %".3414", align 4
  %".3416" = zext i32 %".3415" to i64
  %"data_end.160" = inttoptr i64 %".3416" to ptr
  %".3417" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.160" = load ptr, ptr %".3417", align 8
  %".3418" = xor i1 %".3410", -1
  br i1 %".3418", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3420" = trunc i64 %"cursor.45" to i16
  %".3421" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".3420", ptr %".3421", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3429" = trunc i64 %"cursor.45" to i16
  %".3430" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3429", ptr %".3430", align 2
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
  %"cursor.60" = phi  i64 [%".3425", %"udp_d1.to_geneve"]
  %"data.163" = phi  ptr [%"data.161", %"udp_d1.to_geneve"]
  %"data_end.163" = phi  ptr [%"data_end.161", %"udp_d1.to_geneve"]
  %"keys.163" = phi  ptr [%"keys.161", %"udp_d1.to_geneve"]
  %"hdr.54" = getelementptr i8, ptr %"data.163", i64 %"cursor.60"
  %".4421" = getelementptr i8, ptr %"hdr.54", i64 8
  %".4422" = icmp ugt ptr %".4421", %"data_end.163"
  br i1 %".4422", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4424" = getelementptr i8, ptr %"hdr.54", i64 0
  %".4425" = load i8, ptr %".4424", align 1
  %".4426" = getelementptr i8, ptr %"hdr.54", i64 2
  %".4427" = load i16, ptr %".4426", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.18" = phi  i8 [%".4425", %"geneve_d1.linear"], [%".4446", %"geneve_d1.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4427", %"geneve_d1.linear"], [%".4448", %"geneve_d1.copy_failed.endif"]
  %"data.206" = phi  ptr [%"data.163", %"geneve_d1.linear"], [%"data.205", %"geneve_d1.copy_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.163", %"geneve_d1.linear"], [%"data_end.205", %"geneve_d1.copy_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.163", %"geneve_d1.linear"], [%"keys.205", %"geneve_d1.copy_failed.endif"]
  %".4450" = zext i8 %"w0_1.18" to i64
  %".4451" = lshr i64 %".4450", 6
  %".4452" = and i64 %".4451", 3
  %".4453" = icmp ne i64 %".4452", 0
  br i1 %".4453", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif", !prof !0
geneve_d1.stop_before.endif:
  %".4459" = add i64 %"cursor.60", 8
  %".4460" = and i8 %"w0_1.18", 63
  %".4461" = icmp eq i8 %".4460", 0
  %".4462" = xor i1 %".4461", -1
  br i1 %".4462", label %"geneve_d1.variable", label %"geneve_d1.no_variable", !prof !0
geneve_d1.no_variable:
  br label %"geneve_d1.variable.endif"
geneve_d1.variable.endif:
  %"end.7" = phi  i64 [%".4459", %"geneve_d1.no_variable"], [%".4492", %"geneve_d1.variable_part"]
  %"data.209" = phi  ptr [%"data.206", %"geneve_d1.no_variable"], [%"data.208", %"geneve_d1.variable_part"]
  %"data_end.209" = phi  ptr [%"data_end.206", %"geneve_d1.no_variable"], [%"data_end.208", %"geneve_d1.variable_part"]
  %"keys.209" = phi  ptr [%"keys.206", %"geneve_d1.no_variable"], [%"keys.208", %"geneve_d1.variable_part"]
  %".4494" = getelementptr i8, ptr %"keys.209", i64 8
  store i8 1, ptr %".4494", align 1
  %".4496" = getelementptr i8, ptr %"keys.209", i64 48
  %"flags.74" = load volatile i32, ptr %".4496", align 4
  %".4497" = and i32 %"flags.74", 4
  %".4498" = icmp ne i32 %".4497", 0
  br i1 %".4498", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
gue_d1:
  %"cursor.61" = phi  i64 [%".3425", %"udp_d1.to_gue"]
  %"data.164" = phi  ptr [%"data.161", %"udp_d1.to_gue"]
  %"data_end.164" = phi  ptr [%"data_end.161", %"udp_d1.to_gue"]
  %"keys.164" = phi  ptr [%"keys.161", %"udp_d1.to_gue"]
  %"hdr.55" = getelementptr i8, ptr %"data.164", i64 %"cursor.61"
  %".4525" = getelementptr i8, ptr %"hdr.55", i64 4
  %".4526" = icmp ugt ptr %".4525", %"data_end.164"
  br i1 %".4526", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4528" = getelementptr i8, ptr %"hdr.55", i64 0
  %".4529" = load i8, ptr %".4528", align 1
  %".4530" = getelementptr i8, ptr %"hdr.55", i64 1
  %".4531" = load i8, ptr %".4530", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.19" = phi  i8 [%".4529", %"gue_d1.linear"], [%".4550", %"gue_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4531", %"gue_d1.linear"], [%".4552", %"gue_d1.copy_failed.endif"]
  %"data.211" = phi  ptr [%"data.164", %"gue_d1.linear"], [%"data.210", %"gue_d1.copy_failed.endif"]
  %"data_end.211" = phi  ptr [%"data_end.164", %"gue_d1.linear"], [%"data_end.210", %"gue_d1.copy_failed.endif"]
  %"keys.211" = phi  ptr [%"keys.164", %"gue_d1.linear"], [%"keys.210", %"gue_d1.copy_failed.endif"]
  %".4554" = zext i8 %"w0_1.19" to i64
  %".4555" = lshr i64 %".4554", 6
  %".4556" = and i64 %".4555", 3
  %".4557" = icmp ne i64 %".4556", 0
  %".4558" = zext i8 %"w0_1.19" to i64
  %".4559" = lshr i64 %".4558", 5
  %".4560" = and i64 %".4559", 1
  %".4561" = icmp ne i64 %".4560", 0
  %".4562" = or i1 %".4557", %".4561"
  br i1 %".4562", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif", !prof !0
gue_d1.stop_before.endif:
  %".4568" = add i64 %"cursor.61", 4
  %".4569" = and i8 %"w0_1.19", 31
  %".4570" = icmp eq i8 %".4569", 0
  %".4571" = xor i1 %".4570", -1
  br i1 %".4571", label %"gue_d1.variable", label %"gue_d1.no_variable", !prof !0
gue_d1.no_variable:
  br label %"gue_d1.variable.endif"
gue_d1.variable.endif:
  %"end.8" = phi  i64 [%".4568", %"gue_d1.no_variable"], [%".4601", %"gue_d1.variable_part"]
  %"data.214" = phi  ptr [%"data.211", %"gue_d1.no_variable"], [%"data.213", %"gue_d1.variable_part"]
  %"data_end.214" = phi  ptr [%"data_end.211", %"gue_d1.no_variable"], [%"data_end.213", %"gue_d1.variable_part"]
  %"keys.214" = phi  ptr [%"keys.211", %"gue_d1.no_variable"], [%"keys.213", %"gue_d1.variable_part"]
  %".4603" = getelementptr i8, ptr %"keys.214", i64 8
  store i8 1, ptr %".4603", align 1
  %".4605" = getelementptr i8, ptr %"keys.214", i64 48
  %"flags.75" = load volatile i32, ptr %".4605", align 4
  %".4606" = and i32 %"flags.75", 4
  %".4607" = icmp ne i32 %".4606", 0
  br i1 %".4607", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gtpu_d1:
  %"cursor.62" = phi  i64 [%".3425", %"udp_d1.to_gtpu"]
  %"data.165" = phi  ptr [%"data.161", %"udp_d1.to_gtpu"]
  %"data_end.165" = phi  ptr [%"data_end.161", %"udp_d1.to_gtpu"]
  %"keys.165" = phi  ptr [%"keys.161", %"udp_d1.to_gtpu"]
  %"hdr.56" = getelementptr i8, ptr %"data.165", i64 %"cursor.62"
  %".4629" = getelementptr i8, ptr %"hdr.56", i64 8
  %".4630" = icmp ugt ptr %".4629", %"data_end.165"
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
  %"data.216" = phi  ptr [%"data.165", %"gtpu_d1.linear"], [%"data.215", %"gtpu_d1.copy_failed.endif"]
  %"data_end.216" = phi  ptr [%"data_end.165", %"gtpu_d1.linear"], [%"data_end.215", %"gtpu_d1.copy_failed.endif"]
  %"keys.216" = phi  ptr [%"keys.165", %"gtpu_d1.linear"], [%"keys.215", %"gtpu_d1.copy_failed.endif"]
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
  br i1 %".4669", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif", !prof !0
gtpu_d1.stop_before.endif:
  %".4675" = add i64 %"cursor.62", 8
  %".4676" = getelementptr i8, ptr %"keys.216", i64 8
  store i8 1, ptr %".4676", align 1
  %".4678" = getelementptr i8, ptr %"keys.216", i64 48
  %"flags.76" = load volatile i32, ptr %".4678", align 4
  %".4679" = and i32 %"flags.76", 4
  %".4680" = icmp ne i32 %".4679", 0
  br i1 %".4680", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
shim_d1:
  %"cursor.63" = phi  i64 [%".3425", %"udp_d1.to_shim"]
  %"data.166" = phi  ptr [%"data.161", %"udp_d1.to_shim"]
  %"data_end.166" = phi  ptr [%"data_end.161", %"udp_d1.to_shim"]
  %"keys.166" = phi  ptr [%"keys.161", %"udp_d1.to_shim"]
  %"hdr.57" = getelementptr i8, ptr %"data.166", i64 %"cursor.63"
  %".4725" = getelementptr i8, ptr %"hdr.57", i64 8
  %".4726" = icmp ugt ptr %".4725", %"data_end.166"
  br i1 %".4726", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4728" = getelementptr i8, ptr %"hdr.57", i64 2
  %".4729" = load i16, ptr %".4728", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.19" = phi  i16 [%".4729", %"shim_d1.linear"], [%".4748", %"shim_d1.copy_failed.endif"]
  %"data.218" = phi  ptr [%"data.166", %"shim_d1.linear"], [%"data.217", %"shim_d1.copy_failed.endif"]
  %"data_end.218" = phi  ptr [%"data_end.166", %"shim_d1.linear"], [%"data_end.217", %"shim_d1.copy_failed.endif"]
  %"keys.218" = phi  ptr [%"keys.166", %"shim_d1.linear"], [%"keys.217", %"shim_d1.copy_failed.endif"]
  %".4750" = add i64 %"cursor.63", 8
  %".4751" = getelementptr i8, ptr %"keys.218", i64 8
  store i8 1, ptr %".4751", align 1
  %".4753" = getelementptr i8, ptr %"keys.218", i64 48
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
  %"data.167" = inttoptr i64 %".3453" to ptr
  %".3454" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3455" = load i32, ptr %".3454", align 4
  %".3456" = zext i32 %".3455" to i64
  %"data_end.167" = inttoptr i64 %".3456" to ptr
  %".3457" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.167" = load ptr, ptr %".3457", align 8
  %".3458" = xor i1 %".3450", -1
  br i1 %".3458", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3460" = trunc i64 %"cursor.46" to i16
  %".3461" = getelementptr i8, ptr %"keys.167", i64 2
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
  %".3481" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3480", ptr %".3481", align 2
  br label %"return"
gre_version_d1.unknown:
  %".3493" = trunc i64 %"cursor.46" to i16
  %".3494" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3493", ptr %".3494", align 2
  br label %"return"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
pptp_d1:
  %"cursor.65" = phi  i64 [%"cursor.46", %"gre_version_d1.to_pptp"]
  %"data.170" = phi  ptr [%"data.168", %"gre_version_d1.to_pptp"]
  %"data_end.170" = phi  ptr [%"data_end.168", %"gre_version_d1.to_pptp"]
  %"keys.170" = phi  ptr [%"keys.168", %"gre_version_d1.to_pptp"]
  %".4905" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4906" = zext i16 %".4905" to i64
  %".4907" = icmp ne i64 %".4906", 34827
  %".4908" = zext i8 %"w0_1.13" to i64
  %".4909" = lshr i64 %".4908", 5
  %".4910" = and i64 %".4909", 1
  %".4911" = icmp eq i64 %".4910", 0
  %".4912" = or i1 %".4907", %".4911"
  br i1 %".4912", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".4918" = add i64 %"cursor.65", 4
  %".4919" = zext i8 %"w0_1.13" to i64
  %".4920" = lshr i64 %".4919", 7
  %".4921" = and i64 %".4920", 1
  %".4922" = zext i8 %"w0_1.13" to i64
  %".4923" = lshr i64 %".4922", 5
  %".4924" = and i64 %".4923", 1
  %".4925" = add i64 %".4921", %".4924"
  %".4926" = zext i8 %"w0_1.13" to i64
  %".4927" = lshr i64 %".4926", 4
  %".4928" = and i64 %".4927", 1
  %".4929" = add i64 %".4925", %".4928"
  %".4930" = zext i8 %"w1_1.8" to i64
  %".4931" = lshr i64 %".4930", 7
  %".4932" = and i64 %".4931", 1
  %".4933" = add i64 %".4929", %".4932"
  %".4934" = mul i64 %".4933", 4
  %".4935" = add i64 %".4934", 4
  %".4936" = getelementptr i8, ptr %"data.170", i64 %"cursor.65"
  %".4937" = getelementptr i8, ptr %".4936", i64 %".4935"
  %".4938" = icmp ugt ptr %".4937", %"data_end.170"
  br i1 %".4938", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.223" = phi  ptr [%"data.170", %"pptp_d1.stop_before.endif"], [%"data.222", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.223" = phi  ptr [%"data_end.170", %"pptp_d1.stop_before.endif"], [%"data_end.222", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.223" = phi  ptr [%"keys.170", %"pptp_d1.stop_before.endif"], [%"keys.222", %"pptp_d1.copy_last_byte_failed.endif"]
  %".4959" = add i64 %"cursor.65", %".4935"
  %".4960" = add i64 %"cursor.65", 8
  %".4961" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4960")
  %".4962" = icmp eq i64 %".4934", 4
  %"end.10" = select  i1 %".4962", i64 %".4961", i64 %".4959"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.74" = phi  i64 [%"end.10", %"pptp_d1.to_ppp"]
  %"data.224" = phi  ptr [%"data.223", %"pptp_d1.to_ppp"]
  %"data_end.224" = phi  ptr [%"data_end.223", %"pptp_d1.to_ppp"]
  %"keys.224" = phi  ptr [%"keys.223", %"pptp_d1.to_ppp"]
  %"hdr.65" = getelementptr i8, ptr %"data.224", i64 %"cursor.74"
  %".5580" = getelementptr i8, ptr %"hdr.65", i64 4
  %".5581" = icmp ugt ptr %".5580", %"data_end.224"
  br i1 %".5581", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5583" = getelementptr i8, ptr %"hdr.65", i64 2
  %".5584" = load i16, ptr %".5583", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.22" = phi  i16 [%".5584", %"ppp_d1.linear"], [%".5603", %"ppp_d1.copy_failed.endif"]
  %"data.244" = phi  ptr [%"data.224", %"ppp_d1.linear"], [%"data.243", %"ppp_d1.copy_failed.endif"]
  %"data_end.244" = phi  ptr [%"data_end.224", %"ppp_d1.linear"], [%"data_end.243", %"ppp_d1.copy_failed.endif"]
  %"keys.244" = phi  ptr [%"keys.224", %"ppp_d1.linear"], [%"keys.243", %"ppp_d1.copy_failed.endif"]
  %".5605" = add i64 %"cursor.74", 4
  %".5606" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".5607" = zext i16 %".5606" to i64
  switch i64 %".5607", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ppp_d1.to_ipv4:
  %".5616" = trunc i64 2048 to i16
  %".5617" = call i16 @"llvm.bswap.i16"(i16 %".5616")
  %".5618" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5617", ptr %".5618", align 2
  %".5620" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5620", align 1
  %".5622" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.91" = load volatile i32, ptr %".5622", align 4
  %".5623" = and i32 %"flags.91", 4
  %".5624" = icmp ne i32 %".5623", 0
  br i1 %".5624", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3507" = trunc i64 %"cursor.47" to i32
  %".3508" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3507", [40 x i8]* %"header_copy", i32 2)
  %".3509" = icmp eq i64 %".3508", 0
  %".3510" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3511" = load i32, ptr %".3510", align 4
  %".3512" = zext i32 %".3511" to i64
  %"data.171" = inttoptr i64 %".3512" to ptr
  %".3513" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3514" = load i32, ptr %".3513", align 4
  %".3515" = zext i32 %".3514" to i64
  %"data_end.171" = inttoptr i64 %".3515" to ptr
  %".3516" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.171" = load ptr, ptr %".3516", align 8
  %".3517" = xor i1 %".3509", -1
  br i1 %".3517", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3519" = trunc i64 %"cursor.47" to i16
  %".3520" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3519", ptr %".3520", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3523" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3524" = load volatile i8, [40 x i8]* %".3523", align 1
  %".3525" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3526" = load volatile i8, [40 x i8]* %".3525", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3540" = trunc i64 %".3537" to i16
  %".3541" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3540", ptr %".3541", align 2
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
  %".3557" = trunc i64 34887 to i16
  %".3558" = call i16 @"llvm.bswap.i16"(i16 %".3557")
  %".3559" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3558", ptr %".3559", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3562" = trunc i64 2048 to i16
  %".3563" = call i16 @"llvm.bswap.i16"(i16 %".3562")
  %".3564" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3563", ptr %".3564", align 2
  %".3566" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3566", align 1
  %".3568" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.58" = load volatile i32, ptr %".3568", align 4
  %".3569" = and i32 %"flags.58", 4
  %".3570" = icmp ne i32 %".3569", 0
  br i1 %".3570", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3582" = trunc i64 34525 to i16
  %".3583" = call i16 @"llvm.bswap.i16"(i16 %".3582")
  %".3584" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3583", ptr %".3584", align 2
  %".3586" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3586", align 1
  %".3588" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.59" = load volatile i32, ptr %".3588", align 4
  %".3589" = and i32 %"flags.59", 4
  %".3590" = icmp ne i32 %".3589", 0
  br i1 %".3590", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.66" = phi  i64 [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".6514", %"widening.test.28"]
  %"data.173" = phi  ptr [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.294", %"widening.test.28"]
  %"data_end.173" = phi  ptr [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.294", %"widening.test.28"]
  %"keys.173" = phi  ptr [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.28"]
  %"hdr.58" = getelementptr i8, ptr %"data.173", i64 %"cursor.66"
  %".4969" = getelementptr i8, ptr %"hdr.58", i64 2
  %".4970" = icmp ugt ptr %".4969", %"data_end.173"
  br i1 %".4970", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".4972" = getelementptr i8, ptr %"hdr.58", i64 0
  %".4973" = load i8, ptr %".4972", align 1
  %".4974" = getelementptr i8, ptr %"hdr.58", i64 1
  %".4975" = load i8, ptr %".4974", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.21" = phi  i8 [%".4973", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4994", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4975", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4996", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.226" = phi  ptr [%"data.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.226" = phi  ptr [%"data_end.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.226" = phi  ptr [%"keys.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".4998" = zext i8 %"w0_1.21" to i64
  %".4999" = trunc i64 %".4998" to i8
  %".5000" = getelementptr i8, ptr %"keys.226", i64 9
  store i8 %".4999", ptr %".5000", align 1
  %".5002" = add i64 %"cursor.66", 2
  %".5003" = zext i8 %"w1_1.13" to i64
  %".5004" = mul i64 %".5003", 8
  %".5005" = add i64 %".5004", 6
  %".5006" = add i64 %".5005", 2
  %".5007" = add i64 %"cursor.66", %".5006"
  %".5008" = zext i8 %"w0_1.21" to i64
  switch i64 %".5008", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.67" = phi  i64 [%".3537", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".3635", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".6503", %"widening.test.27"]
  %"data.174" = phi  ptr [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.293", %"widening.test.27"]
  %"data_end.174" = phi  ptr [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.293", %"widening.test.27"]
  %"keys.174" = phi  ptr [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.27"]
  %"hdr.59" = getelementptr i8, ptr %"data.174", i64 %"cursor.67"
  %".5072" = getelementptr i8, ptr %"hdr.59", i64 8
  %".5073" = icmp ugt ptr %".5072", %"data_end.174"
  br i1 %".5073", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".5075" = getelementptr i8, ptr %"hdr.59", i64 0
  %".5076" = load i8, ptr %".5075", align 1
  %".5077" = getelementptr i8, ptr %"hdr.59", i64 2
  %".5078" = load i16, ptr %".5077", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.22" = phi  i8 [%".5076", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5097", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.20" = phi  i16 [%".5078", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5099", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.230" = phi  ptr [%"data.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.230" = phi  ptr [%"data_end.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.230" = phi  ptr [%"keys.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".5101" = zext i8 %"w0_1.22" to i64
  %".5102" = trunc i64 %".5101" to i8
  %".5103" = getelementptr i8, ptr %"keys.230", i64 9
  store i8 %".5102", ptr %".5103", align 1
  %".5105" = add i64 %"cursor.67", 8
  %".5106" = icmp ne i64 1, 0
  %".5107" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5108" = zext i16 %".5107" to i64
  %".5109" = and i64 %".5108", 65528
  %".5110" = icmp eq i64 %".5109", 0
  br i1 %".5106", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".5132" = zext i8 %"w0_1.22" to i64
  switch i64 %".5132", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3572" = trunc i64 %".3537" to i16
  %".3573" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3572", ptr %".3573", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3576" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3576", align 4
  %".3578" = trunc i64 %".3537" to i16
  %".3579" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3578", ptr %".3579", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3592" = trunc i64 %".3537" to i16
  %".3593" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3592", ptr %".3593", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3596" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3596", align 4
  %".3598" = trunc i64 %".3537" to i16
  %".3599" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3598", ptr %".3599", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3610" = trunc i64 %"cursor.48" to i32
  %".3611" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3610", [40 x i8]* %"header_copy", i32 8)
  %".3612" = icmp eq i64 %".3611", 0
  %".3613" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3614" = load i32, ptr %".3613", align 4
  %".3615" = zext i32 %".3614" to i64
  %"data.175" = inttoptr i64 %".3615" to ptr
  %".3616" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3617" = load i32, ptr %".3616", align 4
  %".3618" = zext i32 %".3617" to i64
  %"data_end.175" = inttoptr i64 %".3618" to ptr
  %".3619" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.175" = load ptr, ptr %".3619", align 8
  %".3620" = xor i1 %".3612", -1
  br i1 %".3620", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3622" = trunc i64 %"cursor.48" to i16
  %".3623" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".3622", ptr %".3623", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3626" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3627" = load volatile i8, [40 x i8]* %".3626", align 1
  %".3628" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3629" = load volatile i16, [40 x i8]* %".3628", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3642" = getelementptr i8, ptr %"keys.176", i64 6
  store i8 1, ptr %".3642", align 1
  br i1 %".3640", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3645" = getelementptr i8, ptr %"keys.176", i64 7
  store i8 1, ptr %".3645", align 1
  %".3647" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.60" = load volatile i32, ptr %".3647", align 4
  %".3648" = and i32 %"flags.60", 1
  %".3649" = icmp ne i32 %".3648", 0
  %".3650" = xor i1 %".3649", -1
  br i1 %".3650", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3657" = trunc i64 %".3635" to i16
  %".3658" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3657", ptr %".3658", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3652" = trunc i64 %".3635" to i16
  %".3653" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3652", ptr %".3653", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3664" = trunc i64 %".3635" to i16
  %".3665" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3664", ptr %".3665", align 2
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
  %".3681" = trunc i64 34887 to i16
  %".3682" = call i16 @"llvm.bswap.i16"(i16 %".3681")
  %".3683" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3682", ptr %".3683", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3686" = trunc i64 2048 to i16
  %".3687" = call i16 @"llvm.bswap.i16"(i16 %".3686")
  %".3688" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3687", ptr %".3688", align 2
  %".3690" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3690", align 1
  %".3692" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.61" = load volatile i32, ptr %".3692", align 4
  %".3693" = and i32 %"flags.61", 4
  %".3694" = icmp ne i32 %".3693", 0
  br i1 %".3694", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3706" = trunc i64 34525 to i16
  %".3707" = call i16 @"llvm.bswap.i16"(i16 %".3706")
  %".3708" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3707", ptr %".3708", align 2
  %".3710" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3710", align 1
  %".3712" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.62" = load volatile i32, ptr %".3712", align 4
  %".3713" = and i32 %"flags.62", 4
  %".3714" = icmp ne i32 %".3713", 0
  br i1 %".3714", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3696" = trunc i64 %".3635" to i16
  %".3697" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3696", ptr %".3697", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3700" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3700", align 4
  %".3702" = trunc i64 %".3635" to i16
  %".3703" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3702", ptr %".3703", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3716" = trunc i64 %".3635" to i16
  %".3717" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3716", ptr %".3717", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3720" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3720", align 4
  %".3722" = trunc i64 %".3635" to i16
  %".3723" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3722", ptr %".3723", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3734" = trunc i64 %"cursor.49" to i32
  %".3735" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3734", [40 x i8]* %"header_copy", i32 2)
  %".3736" = icmp eq i64 %".3735", 0
  %".3737" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3738" = load i32, ptr %".3737", align 4
  %".3739" = zext i32 %".3738" to i64
  %"data.177" = inttoptr i64 %".3739" to ptr
  %".3740" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3741" = load i32, ptr %".3740", align 4
  %".3742" = zext i32 %".3741" to i64
  %"data_end.177" = inttoptr i64 %".3742" to ptr
  %".3743" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.177" = load ptr, ptr %".3743", align 8
  %".3744" = xor i1 %".3736", -1
  br i1 %".3744", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3746" = trunc i64 %"cursor.49" to i16
  %".3747" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".3746", ptr %".3747", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3750" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3751" = load volatile i8, [40 x i8]* %".3750", align 1
  %".3752" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3753" = load volatile i8, [40 x i8]* %".3752", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3767" = trunc i64 %".3764" to i16
  %".3768" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3767", ptr %".3768", align 2
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
  %".3784" = trunc i64 34887 to i16
  %".3785" = call i16 @"llvm.bswap.i16"(i16 %".3784")
  %".3786" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".3785", ptr %".3786", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3789" = trunc i64 2048 to i16
  %".3790" = call i16 @"llvm.bswap.i16"(i16 %".3789")
  %".3791" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".3790", ptr %".3791", align 2
  %".3793" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".3793", align 1
  %".3795" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.63" = load volatile i32, ptr %".3795", align 4
  %".3796" = and i32 %"flags.63", 4
  %".3797" = icmp ne i32 %".3796", 0
  br i1 %".3797", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3806" = trunc i64 34525 to i16
  %".3807" = call i16 @"llvm.bswap.i16"(i16 %".3806")
  %".3808" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".3807", ptr %".3808", align 2
  %".3810" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".3810", align 1
  %".3812" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.64" = load volatile i32, ptr %".3812", align 4
  %".3813" = and i32 %"flags.64", 4
  %".3814" = icmp ne i32 %".3813", 0
  br i1 %".3814", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.68" = phi  i64 [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".6294", %"widening.test.8"]
  %"data.179" = phi  ptr [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.274", %"widening.test.8"]
  %"data_end.179" = phi  ptr [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.274", %"widening.test.8"]
  %"keys.179" = phi  ptr [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.60" = getelementptr i8, ptr %"data.179", i64 %"cursor.68"
  %".5196" = getelementptr i8, ptr %"hdr.60", i64 2
  %".5197" = icmp ugt ptr %".5196", %"data_end.179"
  br i1 %".5197", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5199" = getelementptr i8, ptr %"hdr.60", i64 0
  %".5200" = load i8, ptr %".5199", align 1
  %".5201" = getelementptr i8, ptr %"hdr.60", i64 1
  %".5202" = load i8, ptr %".5201", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".5200", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5221", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5202", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5223", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.232" = phi  ptr [%"data.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.232" = phi  ptr [%"data_end.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.232" = phi  ptr [%"keys.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5225" = zext i8 %"w0_1.23" to i64
  %".5226" = trunc i64 %".5225" to i8
  %".5227" = getelementptr i8, ptr %"keys.232", i64 9
  store i8 %".5226", ptr %".5227", align 1
  %".5229" = add i64 %"cursor.68", 2
  %".5230" = zext i8 %"w1_1.14" to i64
  %".5231" = mul i64 %".5230", 8
  %".5232" = add i64 %".5231", 6
  %".5233" = add i64 %".5232", 2
  %".5234" = add i64 %"cursor.68", %".5233"
  %".5235" = zext i8 %"w0_1.23" to i64
  switch i64 %".5235", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.69" = phi  i64 [%".3764", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3856", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".6283", %"widening.test.7"]
  %"data.180" = phi  ptr [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.273", %"widening.test.7"]
  %"data_end.180" = phi  ptr [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.273", %"widening.test.7"]
  %"keys.180" = phi  ptr [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.61" = getelementptr i8, ptr %"data.180", i64 %"cursor.69"
  %".5305" = getelementptr i8, ptr %"hdr.61", i64 8
  %".5306" = icmp ugt ptr %".5305", %"data_end.180"
  br i1 %".5306", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5308" = getelementptr i8, ptr %"hdr.61", i64 0
  %".5309" = load i8, ptr %".5308", align 1
  %".5310" = getelementptr i8, ptr %"hdr.61", i64 2
  %".5311" = load i16, ptr %".5310", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.24" = phi  i8 [%".5309", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5330", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.21" = phi  i16 [%".5311", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5332", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.234" = phi  ptr [%"data.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.234" = phi  ptr [%"data_end.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.234" = phi  ptr [%"keys.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5334" = zext i8 %"w0_1.24" to i64
  %".5335" = trunc i64 %".5334" to i8
  %".5336" = getelementptr i8, ptr %"keys.234", i64 9
  store i8 %".5335", ptr %".5336", align 1
  %".5338" = add i64 %"cursor.69", 8
  %".5339" = icmp ne i64 1, 0
  %".5340" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5341" = zext i16 %".5340" to i64
  %".5342" = and i64 %".5341", 65528
  %".5343" = icmp eq i64 %".5342", 0
  br i1 %".5339", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5365" = zext i8 %"w0_1.24" to i64
  switch i64 %".5365", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3799" = trunc i64 %".3764" to i16
  %".3800" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3799", ptr %".3800", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3803" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".3803", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3816" = trunc i64 %".3764" to i16
  %".3817" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3816", ptr %".3817", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3820" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".3820", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3831" = trunc i64 %"cursor.50" to i32
  %".3832" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3831", [40 x i8]* %"header_copy", i32 8)
  %".3833" = icmp eq i64 %".3832", 0
  %".3834" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3835" = load i32, ptr %".3834", align 4
  %".3836" = zext i32 %".3835" to i64
  %"data.181" = inttoptr i64 %".3836" to ptr
  %".3837" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3838" = load i32, ptr %".3837", align 4
  %".3839" = zext i32 %".3838" to i64
  %"data_end.181" = inttoptr i64 %".3839" to ptr
  %".3840" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.181" = load ptr, ptr %".3840", align 8
  %".3841" = xor i1 %".3833", -1
  br i1 %".3841", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3843" = trunc i64 %"cursor.50" to i16
  %".3844" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".3843", ptr %".3844", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3847" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3848" = load volatile i8, [40 x i8]* %".3847", align 1
  %".3849" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3850" = load volatile i16, [40 x i8]* %".3849", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3863" = getelementptr i8, ptr %"keys.182", i64 6
  store i8 1, ptr %".3863", align 1
  br i1 %".3861", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3866" = getelementptr i8, ptr %"keys.182", i64 7
  store i8 1, ptr %".3866", align 1
  %".3868" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.65" = load volatile i32, ptr %".3868", align 4
  %".3869" = and i32 %"flags.65", 1
  %".3870" = icmp ne i32 %".3869", 0
  %".3871" = xor i1 %".3870", -1
  br i1 %".3871", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3878" = trunc i64 %".3856" to i16
  %".3879" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3878", ptr %".3879", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3873" = trunc i64 %".3856" to i16
  %".3874" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3873", ptr %".3874", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3885" = trunc i64 %".3856" to i16
  %".3886" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3885", ptr %".3886", align 2
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
  %".3902" = trunc i64 34887 to i16
  %".3903" = call i16 @"llvm.bswap.i16"(i16 %".3902")
  %".3904" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".3903", ptr %".3904", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3907" = trunc i64 2048 to i16
  %".3908" = call i16 @"llvm.bswap.i16"(i16 %".3907")
  %".3909" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".3908", ptr %".3909", align 2
  %".3911" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".3911", align 1
  %".3913" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.66" = load volatile i32, ptr %".3913", align 4
  %".3914" = and i32 %"flags.66", 4
  %".3915" = icmp ne i32 %".3914", 0
  br i1 %".3915", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3924" = trunc i64 34525 to i16
  %".3925" = call i16 @"llvm.bswap.i16"(i16 %".3924")
  %".3926" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".3925", ptr %".3926", align 2
  %".3928" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".3928", align 1
  %".3930" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.67" = load volatile i32, ptr %".3930", align 4
  %".3931" = and i32 %"flags.67", 4
  %".3932" = icmp ne i32 %".3931", 0
  br i1 %".3932", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3917" = trunc i64 %".3856" to i16
  %".3918" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3917", ptr %".3918", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3921" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".3921", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3934" = trunc i64 %".3856" to i16
  %".3935" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3934", ptr %".3935", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3938" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".3938", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3948" = trunc i64 %"cursor.51" to i32
  %".3949" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".3948", [40 x i8]* %"header_copy", i32 4)
  %".3950" = icmp eq i64 %".3949", 0
  %".3951" = getelementptr i8, ptr %"ctx.54", i64 76
  %".3952" = load i32, ptr %".3951", align 4
  %".3953" = zext i32 %".3952" to i64
  %"data.183" = inttoptr i64 %".3953" to ptr
  %".3954" = getelementptr i8, ptr %"ctx.54", i64 80
  %".3955" = load i32, ptr %".3954", align 4
  %".3956" = zext i32 %".3955" to i64
  %"data_end.183" = inttoptr i64 %".3956" to ptr
  %".3957" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.183" = load ptr, ptr %".3957", align 8
  %".3958" = xor i1 %".3950", -1
  br i1 %".3958", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".3960" = trunc i64 %".3941" to i16
  %".3961" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".3960", ptr %".3961", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".3964" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3965" = load volatile i8, [40 x i8]* %".3964", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".3971" = trunc i64 %".3967" to i16
  %".3972" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".3971", ptr %".3972", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_ip_version:
  %".3976" = getelementptr i8, ptr %"keys.184", i64 8
  store i8 1, ptr %".3976", align 1
  %".3978" = getelementptr i8, ptr %"keys.184", i64 48
  %"flags.68" = load volatile i32, ptr %".3978", align 4
  %".3979" = and i32 %"flags.68", 4
  %".3980" = icmp ne i32 %".3979", 0
  br i1 %".3980", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels3.stop_at_encap:
  %".3982" = trunc i64 %".3967" to i16
  %".3983" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".3982", ptr %".3983", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".3986" = getelementptr i8, ptr %"keys.184", i64 12
  store i32 0, ptr %".3986", align 4
  br label %"ip_version_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3995" = trunc i64 %"cursor.52" to i32
  %".3996" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".3995", [40 x i8]* %"header_copy", i32 4)
  %".3997" = icmp eq i64 %".3996", 0
  %".3998" = getelementptr i8, ptr %"ctx.55", i64 76
  %".3999" = load i32, ptr %".3998", align 4
  %".4000" = zext i32 %".3999" to i64
  %"data.186" = inttoptr i64 %".4000" to ptr
  %".4001" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4002" = load i32, ptr %".4001", align 4
  %".4003" = zext i32 %".4002" to i64
  %"data_end.186" = inttoptr i64 %".4003" to ptr
  %".4004" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.186" = load ptr, ptr %".4004", align 8
  %".4005" = xor i1 %".3997", -1
  br i1 %".4005", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".4007" = trunc i64 %"cursor.52" to i16
  %".4008" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".4007", ptr %".4008", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".4011" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4012" = load volatile i16, [40 x i8]* %".4011", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".4027" = trunc i64 %".4020" to i16
  %".4028" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4027", ptr %".4028", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".4033" = trunc i64 %".4020" to i16
  %".4034" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4033", ptr %".4034", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".4037" = trunc i64 %".4020" to i16
  %".4038" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4037", ptr %".4038", align 2
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
  %".4050" = trunc i64 %".4020" to i16
  %".4051" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4050", ptr %".4051", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".4054" = trunc i64 %".4020" to i16
  %".4055" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4054", ptr %".4055", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4065" = trunc i64 %"cursor.53" to i32
  %".4066" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".4065", [40 x i8]* %"header_copy", i32 6)
  %".4067" = icmp eq i64 %".4066", 0
  %".4068" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4069" = load i32, ptr %".4068", align 4
  %".4070" = zext i32 %".4069" to i64
  %"data.188" = inttoptr i64 %".4070" to ptr
  %".4071" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4072" = load i32, ptr %".4071", align 4
  %".4073" = zext i32 %".4072" to i64
  %"data_end.188" = inttoptr i64 %".4073" to ptr
  %".4074" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.188" = load ptr, ptr %".4074", align 8
  %".4075" = xor i1 %".4067", -1
  br i1 %".4075", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".4077" = trunc i64 %"cursor.53" to i16
  %".4078" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4077", ptr %".4078", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".4081" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".4082" = load volatile i16, [40 x i8]* %".4081", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".4097" = trunc i64 %".4090" to i16
  %".4098" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4097", ptr %".4098", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".4103" = trunc i64 %".4090" to i16
  %".4104" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4103", ptr %".4104", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".4107" = trunc i64 %".4090" to i16
  %".4108" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4107", ptr %".4108", align 2
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
  %".4120" = trunc i64 %".4090" to i16
  %".4121" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4120", ptr %".4121", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".4124" = trunc i64 %".4090" to i16
  %".4125" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4124", ptr %".4125", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
mpls_d1_mpls_labels2.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4136" = trunc i64 %"cursor.54" to i32
  %".4137" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4136", [40 x i8]* %"header_copy", i32 4)
  %".4138" = icmp eq i64 %".4137", 0
  %".4139" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4140" = load i32, ptr %".4139", align 4
  %".4141" = zext i32 %".4140" to i64
  %"data.190" = inttoptr i64 %".4141" to ptr
  %".4142" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4143" = load i32, ptr %".4142", align 4
  %".4144" = zext i32 %".4143" to i64
  %"data_end.190" = inttoptr i64 %".4144" to ptr
  %".4145" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.190" = load ptr, ptr %".4145", align 8
  %".4146" = xor i1 %".4138", -1
  br i1 %".4146", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".4148" = trunc i64 %".4129" to i16
  %".4149" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".4148", ptr %".4149", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".4152" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4153" = load volatile i8, [40 x i8]* %".4152", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".4159" = trunc i64 %".4155" to i16
  %".4160" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4159", ptr %".4160", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_ip_version:
  %".4164" = getelementptr i8, ptr %"keys.191", i64 8
  store i8 1, ptr %".4164", align 1
  %".4166" = getelementptr i8, ptr %"keys.191", i64 48
  %"flags.69" = load volatile i32, ptr %".4166", align 4
  %".4167" = and i32 %"flags.69", 4
  %".4168" = icmp ne i32 %".4167", 0
  br i1 %".4168", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels2.stop_at_encap:
  %".4170" = trunc i64 %".4155" to i16
  %".4171" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4170", ptr %".4171", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".4174" = getelementptr i8, ptr %"keys.191", i64 12
  store i32 0, ptr %".4174", align 4
  %".4176" = trunc i64 %".4155" to i16
  %".4177" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4176", ptr %".4177", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4186" = trunc i64 %"cursor.55" to i32
  %".4187" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4186", [40 x i8]* %"header_copy", i32 14)
  %".4188" = icmp eq i64 %".4187", 0
  %".4189" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4190" = load i32, ptr %".4189", align 4
  %".4191" = zext i32 %".4190" to i64
  %"data.193" = inttoptr i64 %".4191" to ptr
  %".4192" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4193" = load i32, ptr %".4192", align 4
  %".4194" = zext i32 %".4193" to i64
  %"data_end.193" = inttoptr i64 %".4194" to ptr
  %".4195" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.193" = load ptr, ptr %".4195", align 8
  %".4196" = xor i1 %".4188", -1
  br i1 %".4196", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4198" = trunc i64 %"cursor.55" to i16
  %".4199" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4198", ptr %".4199", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4202" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4203" = load volatile i16, [40 x i8]* %".4202", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4215" = trunc i64 %".4211" to i16
  %".4216" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4215", ptr %".4216", align 2
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
  %".4239" = trunc i64 %"cursor.56" to i32
  %".4240" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4239", [40 x i8]* %"header_copy", i32 4)
  %".4241" = icmp eq i64 %".4240", 0
  %".4242" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4243" = load i32, ptr %".4242", align 4
  %".4244" = zext i32 %".4243" to i64
  %"data.195" = inttoptr i64 %".4244" to ptr
  %".4245" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4246" = load i32, ptr %".4245", align 4
  %".4247" = zext i32 %".4246" to i64
  %"data_end.195" = inttoptr i64 %".4247" to ptr
  %".4248" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.195" = load ptr, ptr %".4248", align 8
  %".4249" = xor i1 %".4241", -1
  br i1 %".4249", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4251" = trunc i64 %"cursor.56" to i16
  %".4252" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4251", ptr %".4252", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4258" = trunc i64 %".4256" to i16
  %".4259" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".4258", ptr %".4259", align 2
  br label %"return"
gtpu_seq_d1.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4267" = trunc i64 %"cursor.57" to i32
  %".4268" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4267", [40 x i8]* %"header_copy", i32 3)
  %".4269" = icmp eq i64 %".4268", 0
  %".4270" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4271" = load i32, ptr %".4270", align 4
  %".4272" = zext i32 %".4271" to i64
  %"data.197" = inttoptr i64 %".4272" to ptr
  %".4273" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4274" = load i32, ptr %".4273", align 4
  %".4275" = zext i32 %".4274" to i64
  %"data_end.197" = inttoptr i64 %".4275" to ptr
  %".4276" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.197" = load ptr, ptr %".4276", align 8
  %".4277" = xor i1 %".4269", -1
  br i1 %".4277", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4279" = trunc i64 %"cursor.57" to i16
  %".4280" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4279", ptr %".4280", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4286" = trunc i64 %".4284" to i16
  %".4287" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4286", ptr %".4287", align 2
  br label %"return"
ppp_d0.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4297" = trunc i64 %"cursor.58" to i32
  %".4298" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4297", [40 x i8]* %"header_copy", i32 4)
  %".4299" = icmp eq i64 %".4298", 0
  %".4300" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4301" = load i32, ptr %".4300", align 4
  %".4302" = zext i32 %".4301" to i64
  %"data.200" = inttoptr i64 %".4302" to ptr
  %".4303" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4304" = load i32, ptr %".4303", align 4
  %".4305" = zext i32 %".4304" to i64
  %"data_end.200" = inttoptr i64 %".4305" to ptr
  %".4306" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.200" = load ptr, ptr %".4306", align 8
  %".4307" = xor i1 %".4299", -1
  br i1 %".4307", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4309" = trunc i64 %"cursor.58" to i16
  %".4310" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4309", ptr %".4310", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4313" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4314" = load volatile i16, [40 x i8]* %".4313", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4320" = and i64 %".4318", 0
  %".4321" = icmp eq i64 %".4320", 0
  br i1 %".4321", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv6:
  %".4344" = trunc i64 34525 to i16
  %".4345" = call i16 @"llvm.bswap.i16"(i16 %".4344")
  %".4346" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".4345", ptr %".4346", align 2
  %".4348" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4348", align 1
  %".4350" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.71" = load volatile i32, ptr %".4350", align 4
  %".4351" = and i32 %"flags.71", 4
  %".4352" = icmp ne i32 %".4351", 0
  br i1 %".4352", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4361" = trunc i64 34827 to i16
  %".4362" = call i16 @"llvm.bswap.i16"(i16 %".4361")
  %".4363" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".4362", ptr %".4363", align 2
  %".4365" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4365", align 1
  %".4367" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.72" = load volatile i32, ptr %".4367", align 4
  %".4368" = and i32 %"flags.72", 4
  %".4369" = icmp ne i32 %".4368", 0
  br i1 %".4369", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4323" = trunc i64 %".4316" to i16
  %".4324" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4323", ptr %".4324", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4337" = trunc i64 %".4316" to i16
  %".4338" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4337", ptr %".4338", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4341" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4341", align 4
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4354" = trunc i64 %".4316" to i16
  %".4355" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4354", ptr %".4355", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4358" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4358", align 4
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4371" = trunc i64 %".4316" to i16
  %".4372" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4371", ptr %".4372", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".4375" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4375", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.73" = phi  i64 [%".4316", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.202" = phi  ptr [%"data.201", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.202" = phi  ptr [%"data_end.201", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.202" = phi  ptr [%"keys.201", %"ppp_d0.stop_at_encap.endif.2"]
  %".5575" = add i64 %"cursor.73", 0
  %".5576" = trunc i64 %".5575" to i16
  %".5577" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5576", ptr %".5577", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4382" = trunc i64 %"cursor.59" to i32
  %".4383" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4382", [40 x i8]* %"header_copy", i32 8)
  %".4384" = icmp eq i64 %".4383", 0
  %".4385" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4386" = load i32, ptr %".4385", align 4
  %".4387" = zext i32 %".4386" to i64
  %"data.203" = inttoptr i64 %".4387" to ptr
  %".4388" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4389" = load i32, ptr %".4388", align 4
  %".4390" = zext i32 %".4389" to i64
  %"data_end.203" = inttoptr i64 %".4390" to ptr
  %".4391" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.203" = load ptr, ptr %".4391", align 8
  %".4392" = xor i1 %".4384", -1
  br i1 %".4392", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".4394" = trunc i64 %"cursor.59" to i16
  %".4395" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".4394", ptr %".4395", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".4406" = trunc i64 %".4399" to i16
  %".4407" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4406", ptr %".4407", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".4410" = getelementptr i8, ptr %"keys.204", i64 12
  store i32 0, ptr %".4410", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.to_ethernet:
  %".4417" = trunc i64 %".4399" to i16
  %".4418" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4417", ptr %".4418", align 2
  br label %"return"
vxlan_d1.unknown:
  %".4413" = trunc i64 %".4399" to i16
  %".4414" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4413", ptr %".4414", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4429" = trunc i64 %"cursor.60" to i32
  %".4430" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4429", [40 x i8]* %"header_copy", i32 8)
  %".4431" = icmp eq i64 %".4430", 0
  %".4432" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4433" = load i32, ptr %".4432", align 4
  %".4434" = zext i32 %".4433" to i64
  %"data.205" = inttoptr i64 %".4434" to ptr
  %".4435" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4436" = load i32, ptr %".4435", align 4
  %".4437" = zext i32 %".4436" to i64
  %"data_end.205" = inttoptr i64 %".4437" to ptr
  %".4438" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.205" = load ptr, ptr %".4438", align 8
  %".4439" = xor i1 %".4431", -1
  br i1 %".4439", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4441" = trunc i64 %"cursor.60" to i16
  %".4442" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4441", ptr %".4442", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4445" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4446" = load volatile i8, [40 x i8]* %".4445", align 1
  %".4447" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4448" = load volatile i16, [40 x i8]* %".4447", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4455" = trunc i64 %"cursor.60" to i16
  %".4456" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4455", ptr %".4456", align 2
  br label %"return"
geneve_d1.variable:
  %".4465" = zext i8 %"w0_1.18" to i64
  %".4466" = and i64 %".4465", 63
  %".4467" = mul i64 %".4466", 4
  %".4468" = add i64 %".4467", 8
  %".4469" = getelementptr i8, ptr %"data.206", i64 %"cursor.60"
  %".4470" = getelementptr i8, ptr %".4469", i64 %".4468"
  %".4471" = icmp ugt ptr %".4470", %"data_end.206"
  br i1 %".4471", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.208" = phi  ptr [%"data.206", %"geneve_d1.variable"], [%"data.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.206", %"geneve_d1.variable"], [%"data_end.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.206", %"geneve_d1.variable"], [%"keys.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %".4492" = add i64 %"cursor.60", %".4468"
  br label %"geneve_d1.variable.endif"
geneve_d1.copy_last_byte:
  %".4473" = add i64 %"cursor.60", %".4468"
  %".4474" = sub i64 %".4473", 1
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4475" = trunc i64 %".4474" to i32
  %".4476" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4475", i64* %"last_byte", i32 1)
  %".4477" = icmp eq i64 %".4476", 0
  %".4478" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4479" = load i32, ptr %".4478", align 4
  %".4480" = zext i32 %".4479" to i64
  %"data.207" = inttoptr i64 %".4480" to ptr
  %".4481" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4482" = load i32, ptr %".4481", align 4
  %".4483" = zext i32 %".4482" to i64
  %"data_end.207" = inttoptr i64 %".4483" to ptr
  %".4484" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.207" = load ptr, ptr %".4484", align 8
  %".4485" = xor i1 %".4477", -1
  br i1 %".4485", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4487" = trunc i64 %"cursor.60" to i16
  %".4488" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".4487", ptr %".4488", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4500" = trunc i64 %"end.7" to i16
  %".4501" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4500", ptr %".4501", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".4504" = getelementptr i8, ptr %"keys.209", i64 12
  store i32 0, ptr %".4504", align 4
  %".4506" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4507" = zext i16 %".4506" to i64
  switch i64 %".4507", label %"geneve_d1.unknown" [i64 25944, label %"geneve_d1.to_ethernet" i64 2048, label %"geneve_d1.to_ipv4" i64 34525, label %"geneve_d1.to_ipv6"]  , !prof !5
geneve_d1.to_ethernet:
  %".4513" = trunc i64 %"end.7" to i16
  %".4514" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4513", ptr %".4514", align 2
  br label %"return"
geneve_d1.unknown:
  %".4509" = trunc i64 %"end.7" to i16
  %".4510" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4509", ptr %".4510", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4517" = trunc i64 %"end.7" to i16
  %".4518" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4517", ptr %".4518", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4521" = trunc i64 %"end.7" to i16
  %".4522" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4521", ptr %".4522", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4533" = trunc i64 %"cursor.61" to i32
  %".4534" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4533", [40 x i8]* %"header_copy", i32 4)
  %".4535" = icmp eq i64 %".4534", 0
  %".4536" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4537" = load i32, ptr %".4536", align 4
  %".4538" = zext i32 %".4537" to i64
  %"data.210" = inttoptr i64 %".4538" to ptr
  %".4539" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4540" = load i32, ptr %".4539", align 4
  %".4541" = zext i32 %".4540" to i64
  %"data_end.210" = inttoptr i64 %".4541" to ptr
  %".4542" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.210" = load ptr, ptr %".4542", align 8
  %".4543" = xor i1 %".4535", -1
  br i1 %".4543", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4545" = trunc i64 %"cursor.61" to i16
  %".4546" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4545", ptr %".4546", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4549" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4550" = load volatile i8, [40 x i8]* %".4549", align 1
  %".4551" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4552" = load volatile i8, [40 x i8]* %".4551", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4564" = trunc i64 %"cursor.61" to i16
  %".4565" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4564", ptr %".4565", align 2
  br label %"return"
gue_d1.variable:
  %".4574" = zext i8 %"w0_1.19" to i64
  %".4575" = and i64 %".4574", 31
  %".4576" = mul i64 %".4575", 4
  %".4577" = add i64 %".4576", 4
  %".4578" = getelementptr i8, ptr %"data.211", i64 %"cursor.61"
  %".4579" = getelementptr i8, ptr %".4578", i64 %".4577"
  %".4580" = icmp ugt ptr %".4579", %"data_end.211"
  br i1 %".4580", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.213" = phi  ptr [%"data.211", %"gue_d1.variable"], [%"data.212", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.213" = phi  ptr [%"data_end.211", %"gue_d1.variable"], [%"data_end.212", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.213" = phi  ptr [%"keys.211", %"gue_d1.variable"], [%"keys.212", %"gue_d1.copy_last_byte_failed.endif"]
  %".4601" = add i64 %"cursor.61", %".4577"
  br label %"gue_d1.variable.endif"
gue_d1.copy_last_byte:
  %".4582" = add i64 %"cursor.61", %".4577"
  %".4583" = sub i64 %".4582", 1
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4584" = trunc i64 %".4583" to i32
  %".4585" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4584", i64* %"last_byte", i32 1)
  %".4586" = icmp eq i64 %".4585", 0
  %".4587" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4588" = load i32, ptr %".4587", align 4
  %".4589" = zext i32 %".4588" to i64
  %"data.212" = inttoptr i64 %".4589" to ptr
  %".4590" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4591" = load i32, ptr %".4590", align 4
  %".4592" = zext i32 %".4591" to i64
  %"data_end.212" = inttoptr i64 %".4592" to ptr
  %".4593" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.212" = load ptr, ptr %".4593", align 8
  %".4594" = xor i1 %".4586", -1
  br i1 %".4594", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4596" = trunc i64 %"cursor.61" to i16
  %".4597" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4596", ptr %".4597", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4609" = trunc i64 %"end.8" to i16
  %".4610" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4609", ptr %".4610", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".4613" = getelementptr i8, ptr %"keys.214", i64 12
  store i32 0, ptr %".4613", align 4
  %".4615" = zext i8 %"w1_1.11" to i64
  switch i64 %".4615", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.to_ipv4:
  %".4621" = trunc i64 %"end.8" to i16
  %".4622" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4621", ptr %".4622", align 2
  br label %"return"
gue_d1.unknown:
  %".4617" = trunc i64 %"end.8" to i16
  %".4618" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4617", ptr %".4618", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4625" = trunc i64 %"end.8" to i16
  %".4626" = getelementptr i8, ptr %"keys.214", i64 2
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
  %"data.215" = inttoptr i64 %".4642" to ptr
  %".4643" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4644" = load i32, ptr %".4643", align 4
  %".4645" = zext i32 %".4644" to i64
  %"data_end.215" = inttoptr i64 %".4645" to ptr
  %".4646" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.215" = load ptr, ptr %".4646", align 8
  %".4647" = xor i1 %".4639", -1
  br i1 %".4647", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4649" = trunc i64 %"cursor.62" to i16
  %".4650" = getelementptr i8, ptr %"keys.215", i64 2
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
  %".4672" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4671", ptr %".4672", align 2
  br label %"return"
gtpu_d1.stop_at_encap:
  %".4682" = trunc i64 %".4675" to i16
  %".4683" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4682", ptr %".4683", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".4686" = getelementptr i8, ptr %"keys.216", i64 12
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
  %".4710" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4709", ptr %".4710", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4717" = trunc i64 %".4675" to i16
  %".4718" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4717", ptr %".4718", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4721" = trunc i64 %".4675" to i16
  %".4722" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4721", ptr %".4722", align 2
  br label %"return"
gtpu_d1.select:
  %".4704" = icmp uge i64 %".4699", 4
  %".4705" = icmp ule i64 %".4699", 7
  %".4706" = and i1 %".4704", %".4705"
  br i1 %".4706", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".4699", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
gtpu_d1.to_ip_version:
  %".4713" = trunc i64 %".4675" to i16
  %".4714" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4713", ptr %".4714", align 2
  br label %"return"
shim_d1.copy:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4731" = trunc i64 %"cursor.63" to i32
  %".4732" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4731", [40 x i8]* %"header_copy", i32 8)
  %".4733" = icmp eq i64 %".4732", 0
  %".4734" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4735" = load i32, ptr %".4734", align 4
  %".4736" = zext i32 %".4735" to i64
  %"data.217" = inttoptr i64 %".4736" to ptr
  %".4737" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4738" = load i32, ptr %".4737", align 4
  %".4739" = zext i32 %".4738" to i64
  %"data_end.217" = inttoptr i64 %".4739" to ptr
  %".4740" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.217" = load ptr, ptr %".4740", align 8
  %".4741" = xor i1 %".4733", -1
  br i1 %".4741", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4743" = trunc i64 %"cursor.63" to i16
  %".4744" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".4743", ptr %".4744", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4747" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4748" = load volatile i16, [40 x i8]* %".4747", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4757" = trunc i64 %".4750" to i16
  %".4758" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4757", ptr %".4758", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".4761" = getelementptr i8, ptr %"keys.218", i64 12
  store i32 0, ptr %".4761", align 4
  %".4763" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".4764" = zext i16 %".4763" to i64
  switch i64 %".4764", label %"shim_d1.unknown" [i64 2048, label %"shim_d1.to_ipv4"]
shim_d1.to_ipv4:
  %".4770" = trunc i64 %".4750" to i16
  %".4771" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4770", ptr %".4771", align 2
  br label %"return"
shim_d1.unknown:
  %".4766" = trunc i64 %".4750" to i16
  %".4767" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4766", ptr %".4767", align 2
  br label %"return"
gre_d1.variable:
  %".4780" = zext i8 %"w0_1.13" to i64
  %".4781" = lshr i64 %".4780", 7
  %".4782" = and i64 %".4781", 1
  %".4783" = zext i8 %"w0_1.13" to i64
  %".4784" = lshr i64 %".4783", 5
  %".4785" = and i64 %".4784", 1
  %".4786" = add i64 %".4782", %".4785"
  %".4787" = zext i8 %"w0_1.13" to i64
  %".4788" = lshr i64 %".4787", 4
  %".4789" = and i64 %".4788", 1
  %".4790" = add i64 %".4786", %".4789"
  %".4791" = mul i64 %".4790", 4
  %".4792" = add i64 %".4791", 4
  %".4793" = getelementptr i8, ptr %"data.169", i64 %"cursor.64"
  %".4794" = getelementptr i8, ptr %".4793", i64 %".4792"
  %".4795" = icmp ugt ptr %".4794", %"data_end.169"
  br i1 %".4795", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.220" = phi  ptr [%"data.169", %"gre_d1.variable"], [%"data.219", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.220" = phi  ptr [%"data_end.169", %"gre_d1.variable"], [%"data_end.219", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.220" = phi  ptr [%"keys.169", %"gre_d1.variable"], [%"keys.219", %"gre_d1.copy_last_byte_failed.endif"]
  %".4816" = add i64 %"cursor.64", %".4792"
  br label %"gre_d1.variable.endif"
gre_d1.copy_last_byte:
  %".4797" = add i64 %"cursor.64", %".4792"
  %".4798" = sub i64 %".4797", 1
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4799" = trunc i64 %".4798" to i32
  %".4800" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".4799", i64* %"last_byte", i32 1)
  %".4801" = icmp eq i64 %".4800", 0
  %".4802" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4803" = load i32, ptr %".4802", align 4
  %".4804" = zext i32 %".4803" to i64
  %"data.219" = inttoptr i64 %".4804" to ptr
  %".4805" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4806" = load i32, ptr %".4805", align 4
  %".4807" = zext i32 %".4806" to i64
  %"data_end.219" = inttoptr i64 %".4807" to ptr
  %".4808" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.219" = load ptr, ptr %".4808", align 8
  %".4809" = xor i1 %".4801", -1
  br i1 %".4809", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4811" = trunc i64 %"cursor.64" to i16
  %".4812" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".4811", ptr %".4812", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4824" = trunc i64 %"end.9" to i16
  %".4825" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4824", ptr %".4825", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4828" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".4828", align 4
  %".4830" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4831" = zext i16 %".4830" to i64
  switch i64 %".4831", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !6
gre_d1.to_ipv4:
  %".4837" = trunc i64 %"end.9" to i16
  %".4838" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4837", ptr %".4838", align 2
  br label %"return"
gre_d1.unknown:
  %".4833" = trunc i64 %"end.9" to i16
  %".4834" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4833", ptr %".4834", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4841" = trunc i64 %"end.9" to i16
  %".4842" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4841", ptr %".4842", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4845" = trunc i64 %"end.9" to i16
  %".4846" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4845", ptr %".4846", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4849" = trunc i64 %"end.9" to i16
  %".4850" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4849", ptr %".4850", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4853" = trunc i64 %"end.9" to i16
  %".4854" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4853", ptr %".4854", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4857" = trunc i64 %"end.9" to i16
  %".4858" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4857", ptr %".4858", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4861" = trunc i64 %"end.9" to i16
  %".4862" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4861", ptr %".4862", align 2
  br label %"return"
gre_d1.to_arp:
  %".4865" = trunc i64 %"end.9" to i16
  %".4866" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4865", ptr %".4866", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4869" = trunc i64 %"end.9" to i16
  %".4870" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4869", ptr %".4870", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4873" = trunc i64 %"end.9" to i16
  %".4874" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4873", ptr %".4874", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4877" = trunc i64 %"end.9" to i16
  %".4878" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4877", ptr %".4878", align 2
  br label %"return"
gre_d1.to_tipc:
  %".4881" = trunc i64 %"end.9" to i16
  %".4882" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4881", ptr %".4882", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".4885" = trunc i64 %"end.9" to i16
  %".4886" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4885", ptr %".4886", align 2
  br label %"return"
gre_d1.to_hsr:
  %".4889" = trunc i64 %"end.9" to i16
  %".4890" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4889", ptr %".4890", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".4893" = trunc i64 %"end.9" to i16
  %".4894" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4893", ptr %".4894", align 2
  br label %"return"
gre_d1.to_batadv:
  %".4897" = trunc i64 %"end.9" to i16
  %".4898" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4897", ptr %".4898", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".4901" = trunc i64 %"end.9" to i16
  %".4902" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4901", ptr %".4902", align 2
  br label %"return"
pptp_d1.stop_before:
  %".4914" = trunc i64 %"cursor.65" to i16
  %".4915" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".4914", ptr %".4915", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".4940" = add i64 %"cursor.65", %".4935"
  %".4941" = sub i64 %".4940", 1
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4942" = trunc i64 %".4941" to i32
  %".4943" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".4942", i64* %"last_byte", i32 1)
  %".4944" = icmp eq i64 %".4943", 0
  %".4945" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4946" = load i32, ptr %".4945", align 4
  %".4947" = zext i32 %".4946" to i64
  %"data.222" = inttoptr i64 %".4947" to ptr
  %".4948" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4949" = load i32, ptr %".4948", align 4
  %".4950" = zext i32 %".4949" to i64
  %"data_end.222" = inttoptr i64 %".4950" to ptr
  %".4951" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.222" = load ptr, ptr %".4951", align 8
  %".4952" = xor i1 %".4944", -1
  br i1 %".4952", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".4954" = trunc i64 %"cursor.65" to i16
  %".4955" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".4954", ptr %".4955", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".4964" = trunc i64 %"end.10" to i16
  %".4965" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".4964", ptr %".4965", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4977" = trunc i64 %"cursor.66" to i32
  %".4978" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".4977", [40 x i8]* %"header_copy", i32 2)
  %".4979" = icmp eq i64 %".4978", 0
  %".4980" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4981" = load i32, ptr %".4980", align 4
  %".4982" = zext i32 %".4981" to i64
  %"data.225" = inttoptr i64 %".4982" to ptr
  %".4983" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4984" = load i32, ptr %".4983", align 4
  %".4985" = zext i32 %".4984" to i64
  %"data_end.225" = inttoptr i64 %".4985" to ptr
  %".4986" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.225" = load ptr, ptr %".4986", align 8
  %".4987" = xor i1 %".4979", -1
  br i1 %".4987", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".4989" = trunc i64 %"cursor.66" to i16
  %".4990" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".4989", ptr %".4990", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".4993" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4994" = load volatile i8, [40 x i8]* %".4993", align 1
  %".4995" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4996" = load volatile i8, [40 x i8]* %".4995", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".5010" = trunc i64 %".5007" to i16
  %".5011" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5010", ptr %".5011", align 2
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
  %".5027" = trunc i64 34887 to i16
  %".5028" = call i16 @"llvm.bswap.i16"(i16 %".5027")
  %".5029" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".5028", ptr %".5029", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".5032" = trunc i64 2048 to i16
  %".5033" = call i16 @"llvm.bswap.i16"(i16 %".5032")
  %".5034" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".5033", ptr %".5034", align 2
  %".5036" = getelementptr i8, ptr %"keys.226", i64 8
  store i8 1, ptr %".5036", align 1
  %".5038" = getelementptr i8, ptr %"keys.226", i64 48
  %"flags.79" = load volatile i32, ptr %".5038", align 4
  %".5039" = and i32 %"flags.79", 4
  %".5040" = icmp ne i32 %".5039", 0
  br i1 %".5040", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".5052" = trunc i64 34525 to i16
  %".5053" = call i16 @"llvm.bswap.i16"(i16 %".5052")
  %".5054" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".5053", ptr %".5054", align 2
  %".5056" = getelementptr i8, ptr %"keys.226", i64 8
  store i8 1, ptr %".5056", align 1
  %".5058" = getelementptr i8, ptr %"keys.226", i64 48
  %"flags.80" = load volatile i32, ptr %".5058", align 4
  %".5059" = and i32 %"flags.80", 4
  %".5060" = icmp ne i32 %".5059", 0
  br i1 %".5060", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.75" = phi  i64 [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".6536", %"widening.test.30"]
  %"data.227" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.296", %"widening.test.30"]
  %"data_end.227" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.296", %"widening.test.30"]
  %"keys.227" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.30"]
  %"hdr.66" = getelementptr i8, ptr %"data.227", i64 %"cursor.75"
  %".5676" = getelementptr i8, ptr %"hdr.66", i64 2
  %".5677" = icmp ugt ptr %".5676", %"data_end.227"
  br i1 %".5677", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5679" = getelementptr i8, ptr %"hdr.66", i64 0
  %".5680" = load i8, ptr %".5679", align 1
  %".5681" = getelementptr i8, ptr %"hdr.66", i64 1
  %".5682" = load i8, ptr %".5681", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.26" = phi  i8 [%".5680", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5701", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5682", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5703", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.246" = phi  ptr [%"data.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.246" = phi  ptr [%"data_end.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.246" = phi  ptr [%"keys.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5705" = zext i8 %"w0_1.26" to i64
  %".5706" = trunc i64 %".5705" to i8
  %".5707" = getelementptr i8, ptr %"keys.246", i64 9
  store i8 %".5706", ptr %".5707", align 1
  %".5709" = add i64 %"cursor.75", 2
  %".5710" = zext i8 %"w1_1.15" to i64
  %".5711" = mul i64 %".5710", 8
  %".5712" = add i64 %".5711", 6
  %".5713" = add i64 %".5712", 2
  %".5714" = add i64 %"cursor.75", %".5713"
  %".5715" = zext i8 %"w0_1.26" to i64
  switch i64 %".5715", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.76" = phi  i64 [%".5007", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".5105", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".6525", %"widening.test.29"]
  %"data.228" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.295", %"widening.test.29"]
  %"data_end.228" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.295", %"widening.test.29"]
  %"keys.228" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.29"]
  %"hdr.67" = getelementptr i8, ptr %"data.228", i64 %"cursor.76"
  %".5791" = getelementptr i8, ptr %"hdr.67", i64 8
  %".5792" = icmp ugt ptr %".5791", %"data_end.228"
  br i1 %".5792", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".5794" = getelementptr i8, ptr %"hdr.67", i64 0
  %".5795" = load i8, ptr %".5794", align 1
  %".5796" = getelementptr i8, ptr %"hdr.67", i64 2
  %".5797" = load i16, ptr %".5796", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".5795", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5816", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.23" = phi  i16 [%".5797", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5818", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.248" = phi  ptr [%"data.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.248" = phi  ptr [%"data_end.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.248" = phi  ptr [%"keys.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".5820" = zext i8 %"w0_1.27" to i64
  %".5821" = trunc i64 %".5820" to i8
  %".5822" = getelementptr i8, ptr %"keys.248", i64 9
  store i8 %".5821", ptr %".5822", align 1
  %".5824" = add i64 %"cursor.76", 8
  %".5825" = icmp ne i64 1, 0
  %".5826" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.23")
  %".5827" = zext i16 %".5826" to i64
  %".5828" = and i64 %".5827", 65528
  %".5829" = icmp eq i64 %".5828", 0
  br i1 %".5825", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".5851" = zext i8 %"w0_1.27" to i64
  switch i64 %".5851", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".5042" = trunc i64 %".5007" to i16
  %".5043" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5042", ptr %".5043", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".5046" = getelementptr i8, ptr %"keys.226", i64 12
  store i32 0, ptr %".5046", align 4
  %".5048" = trunc i64 %".5007" to i16
  %".5049" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5048", ptr %".5049", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".5062" = trunc i64 %".5007" to i16
  %".5063" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5062", ptr %".5063", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5066" = getelementptr i8, ptr %"keys.226", i64 12
  store i32 0, ptr %".5066", align 4
  %".5068" = trunc i64 %".5007" to i16
  %".5069" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5068", ptr %".5069", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5080" = trunc i64 %"cursor.67" to i32
  %".5081" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".5080", [40 x i8]* %"header_copy", i32 8)
  %".5082" = icmp eq i64 %".5081", 0
  %".5083" = getelementptr i8, ptr %"ctx.72", i64 76
  %".5084" = load i32, ptr %".5083", align 4
  %".5085" = zext i32 %".5084" to i64
  %"data.229" = inttoptr i64 %".5085" to ptr
  %".5086" = getelementptr i8, ptr %"ctx.72", i64 80
  %".5087" = load i32, ptr %".5086", align 4
  %".5088" = zext i32 %".5087" to i64
  %"data_end.229" = inttoptr i64 %".5088" to ptr
  %".5089" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.229" = load ptr, ptr %".5089", align 8
  %".5090" = xor i1 %".5082", -1
  br i1 %".5090", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".5092" = trunc i64 %"cursor.67" to i16
  %".5093" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5092", ptr %".5093", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".5096" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5097" = load volatile i8, [40 x i8]* %".5096", align 1
  %".5098" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5099" = load volatile i16, [40 x i8]* %".5098", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".5112" = getelementptr i8, ptr %"keys.230", i64 6
  store i8 1, ptr %".5112", align 1
  br i1 %".5110", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".5115" = getelementptr i8, ptr %"keys.230", i64 7
  store i8 1, ptr %".5115", align 1
  %".5117" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.81" = load volatile i32, ptr %".5117", align 4
  %".5118" = and i32 %"flags.81", 1
  %".5119" = icmp ne i32 %".5118", 0
  %".5120" = xor i1 %".5119", -1
  br i1 %".5120", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".5127" = trunc i64 %".5105" to i16
  %".5128" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5127", ptr %".5128", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".5122" = trunc i64 %".5105" to i16
  %".5123" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5122", ptr %".5123", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".5134" = trunc i64 %".5105" to i16
  %".5135" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5134", ptr %".5135", align 2
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
  %".5151" = trunc i64 34887 to i16
  %".5152" = call i16 @"llvm.bswap.i16"(i16 %".5151")
  %".5153" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".5152", ptr %".5153", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".5156" = trunc i64 2048 to i16
  %".5157" = call i16 @"llvm.bswap.i16"(i16 %".5156")
  %".5158" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".5157", ptr %".5158", align 2
  %".5160" = getelementptr i8, ptr %"keys.230", i64 8
  store i8 1, ptr %".5160", align 1
  %".5162" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.82" = load volatile i32, ptr %".5162", align 4
  %".5163" = and i32 %"flags.82", 4
  %".5164" = icmp ne i32 %".5163", 0
  br i1 %".5164", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".5176" = trunc i64 34525 to i16
  %".5177" = call i16 @"llvm.bswap.i16"(i16 %".5176")
  %".5178" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".5177", ptr %".5178", align 2
  %".5180" = getelementptr i8, ptr %"keys.230", i64 8
  store i8 1, ptr %".5180", align 1
  %".5182" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.83" = load volatile i32, ptr %".5182", align 4
  %".5183" = and i32 %"flags.83", 4
  %".5184" = icmp ne i32 %".5183", 0
  br i1 %".5184", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".5166" = trunc i64 %".5105" to i16
  %".5167" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5166", ptr %".5167", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".5170" = getelementptr i8, ptr %"keys.230", i64 12
  store i32 0, ptr %".5170", align 4
  %".5172" = trunc i64 %".5105" to i16
  %".5173" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5172", ptr %".5173", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".5186" = trunc i64 %".5105" to i16
  %".5187" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5186", ptr %".5187", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5190" = getelementptr i8, ptr %"keys.230", i64 12
  store i32 0, ptr %".5190", align 4
  %".5192" = trunc i64 %".5105" to i16
  %".5193" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5192", ptr %".5193", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5204" = trunc i64 %"cursor.68" to i32
  %".5205" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5204", [40 x i8]* %"header_copy", i32 2)
  %".5206" = icmp eq i64 %".5205", 0
  %".5207" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5208" = load i32, ptr %".5207", align 4
  %".5209" = zext i32 %".5208" to i64
  %"data.231" = inttoptr i64 %".5209" to ptr
  %".5210" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5211" = load i32, ptr %".5210", align 4
  %".5212" = zext i32 %".5211" to i64
  %"data_end.231" = inttoptr i64 %".5212" to ptr
  %".5213" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.231" = load ptr, ptr %".5213", align 8
  %".5214" = xor i1 %".5206", -1
  br i1 %".5214", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5216" = trunc i64 %"cursor.68" to i16
  %".5217" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5216", ptr %".5217", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5220" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5221" = load volatile i8, [40 x i8]* %".5220", align 1
  %".5222" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5223" = load volatile i8, [40 x i8]* %".5222", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5237" = trunc i64 %".5234" to i16
  %".5238" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5237", ptr %".5238", align 2
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
  %".5249" = trunc i64 %".5234" to i16
  %".5250" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5249", ptr %".5250", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5253" = trunc i64 %".5234" to i16
  %".5254" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5253", ptr %".5254", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5257" = trunc i64 %".5234" to i16
  %".5258" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5257", ptr %".5258", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5261" = trunc i64 %".5234" to i16
  %".5262" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5261", ptr %".5262", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5266" = trunc i64 34887 to i16
  %".5267" = call i16 @"llvm.bswap.i16"(i16 %".5266")
  %".5268" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5267", ptr %".5268", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5271" = trunc i64 2048 to i16
  %".5272" = call i16 @"llvm.bswap.i16"(i16 %".5271")
  %".5273" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5272", ptr %".5273", align 2
  %".5275" = getelementptr i8, ptr %"keys.232", i64 8
  store i8 1, ptr %".5275", align 1
  %".5277" = getelementptr i8, ptr %"keys.232", i64 48
  %"flags.84" = load volatile i32, ptr %".5277", align 4
  %".5278" = and i32 %"flags.84", 4
  %".5279" = icmp ne i32 %".5278", 0
  br i1 %".5279", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5288" = trunc i64 34525 to i16
  %".5289" = call i16 @"llvm.bswap.i16"(i16 %".5288")
  %".5290" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5289", ptr %".5290", align 2
  %".5292" = getelementptr i8, ptr %"keys.232", i64 8
  store i8 1, ptr %".5292", align 1
  %".5294" = getelementptr i8, ptr %"keys.232", i64 48
  %"flags.85" = load volatile i32, ptr %".5294", align 4
  %".5295" = and i32 %"flags.85", 4
  %".5296" = icmp ne i32 %".5295", 0
  br i1 %".5296", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5281" = trunc i64 %".5234" to i16
  %".5282" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5281", ptr %".5282", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5285" = getelementptr i8, ptr %"keys.232", i64 12
  store i32 0, ptr %".5285", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5298" = trunc i64 %".5234" to i16
  %".5299" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5298", ptr %".5299", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5302" = getelementptr i8, ptr %"keys.232", i64 12
  store i32 0, ptr %".5302", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5313" = trunc i64 %"cursor.69" to i32
  %".5314" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5313", [40 x i8]* %"header_copy", i32 8)
  %".5315" = icmp eq i64 %".5314", 0
  %".5316" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5317" = load i32, ptr %".5316", align 4
  %".5318" = zext i32 %".5317" to i64
  %"data.233" = inttoptr i64 %".5318" to ptr
  %".5319" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5320" = load i32, ptr %".5319", align 4
  %".5321" = zext i32 %".5320" to i64
  %"data_end.233" = inttoptr i64 %".5321" to ptr
  %".5322" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.233" = load ptr, ptr %".5322", align 8
  %".5323" = xor i1 %".5315", -1
  br i1 %".5323", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5325" = trunc i64 %"cursor.69" to i16
  %".5326" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5325", ptr %".5326", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5329" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5330" = load volatile i8, [40 x i8]* %".5329", align 1
  %".5331" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5332" = load volatile i16, [40 x i8]* %".5331", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5345" = getelementptr i8, ptr %"keys.234", i64 6
  store i8 1, ptr %".5345", align 1
  br i1 %".5343", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5348" = getelementptr i8, ptr %"keys.234", i64 7
  store i8 1, ptr %".5348", align 1
  %".5350" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.86" = load volatile i32, ptr %".5350", align 4
  %".5351" = and i32 %"flags.86", 1
  %".5352" = icmp ne i32 %".5351", 0
  %".5353" = xor i1 %".5352", -1
  br i1 %".5353", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5360" = trunc i64 %".5338" to i16
  %".5361" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5360", ptr %".5361", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5355" = trunc i64 %".5338" to i16
  %".5356" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5355", ptr %".5356", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5367" = trunc i64 %".5338" to i16
  %".5368" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5367", ptr %".5368", align 2
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
  %".5379" = trunc i64 %".5338" to i16
  %".5380" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5379", ptr %".5380", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5383" = trunc i64 %".5338" to i16
  %".5384" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5383", ptr %".5384", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5387" = trunc i64 %".5338" to i16
  %".5388" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5387", ptr %".5388", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5391" = trunc i64 %".5338" to i16
  %".5392" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5391", ptr %".5392", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5396" = trunc i64 34887 to i16
  %".5397" = call i16 @"llvm.bswap.i16"(i16 %".5396")
  %".5398" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5397", ptr %".5398", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5401" = trunc i64 2048 to i16
  %".5402" = call i16 @"llvm.bswap.i16"(i16 %".5401")
  %".5403" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5402", ptr %".5403", align 2
  %".5405" = getelementptr i8, ptr %"keys.234", i64 8
  store i8 1, ptr %".5405", align 1
  %".5407" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.87" = load volatile i32, ptr %".5407", align 4
  %".5408" = and i32 %"flags.87", 4
  %".5409" = icmp ne i32 %".5408", 0
  br i1 %".5409", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5418" = trunc i64 34525 to i16
  %".5419" = call i16 @"llvm.bswap.i16"(i16 %".5418")
  %".5420" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5419", ptr %".5420", align 2
  %".5422" = getelementptr i8, ptr %"keys.234", i64 8
  store i8 1, ptr %".5422", align 1
  %".5424" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.88" = load volatile i32, ptr %".5424", align 4
  %".5425" = and i32 %"flags.88", 4
  %".5426" = icmp ne i32 %".5425", 0
  br i1 %".5426", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5411" = trunc i64 %".5338" to i16
  %".5412" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5411", ptr %".5412", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5415" = getelementptr i8, ptr %"keys.234", i64 12
  store i32 0, ptr %".5415", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5428" = trunc i64 %".5338" to i16
  %".5429" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5428", ptr %".5429", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5432" = getelementptr i8, ptr %"keys.234", i64 12
  store i32 0, ptr %".5432", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5442" = trunc i64 %"cursor.70" to i32
  %".5443" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5442", [40 x i8]* %"header_copy", i32 4)
  %".5444" = icmp eq i64 %".5443", 0
  %".5445" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5446" = load i32, ptr %".5445", align 4
  %".5447" = zext i32 %".5446" to i64
  %"data.235" = inttoptr i64 %".5447" to ptr
  %".5448" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5449" = load i32, ptr %".5448", align 4
  %".5450" = zext i32 %".5449" to i64
  %"data_end.235" = inttoptr i64 %".5450" to ptr
  %".5451" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.235" = load ptr, ptr %".5451", align 8
  %".5452" = xor i1 %".5444", -1
  br i1 %".5452", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5454" = trunc i64 %".5435" to i16
  %".5455" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5454", ptr %".5455", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5458" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5459" = load volatile i8, [40 x i8]* %".5458", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5465" = trunc i64 %".5461" to i16
  %".5466" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5465", ptr %".5466", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5473" = getelementptr i8, ptr %"keys.236", i64 8
  store i8 1, ptr %".5473", align 1
  %".5475" = getelementptr i8, ptr %"keys.236", i64 48
  %"flags.89" = load volatile i32, ptr %".5475", align 4
  %".5476" = and i32 %"flags.89", 4
  %".5477" = icmp ne i32 %".5476", 0
  br i1 %".5477", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5479" = trunc i64 %".5461" to i16
  %".5480" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5479", ptr %".5480", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5483" = getelementptr i8, ptr %"keys.236", i64 12
  store i32 0, ptr %".5483", align 4
  br label %"ip_version_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5493" = trunc i64 %"cursor.71" to i32
  %".5494" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5493", [40 x i8]* %"header_copy", i32 4)
  %".5495" = icmp eq i64 %".5494", 0
  %".5496" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5497" = load i32, ptr %".5496", align 4
  %".5498" = zext i32 %".5497" to i64
  %"data.237" = inttoptr i64 %".5498" to ptr
  %".5499" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5500" = load i32, ptr %".5499", align 4
  %".5501" = zext i32 %".5500" to i64
  %"data_end.237" = inttoptr i64 %".5501" to ptr
  %".5502" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.237" = load ptr, ptr %".5502", align 8
  %".5503" = xor i1 %".5495", -1
  br i1 %".5503", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".5505" = trunc i64 %".5486" to i16
  %".5506" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5505", ptr %".5506", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".5509" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5510" = load volatile i8, [40 x i8]* %".5509", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".5516" = trunc i64 %".5512" to i16
  %".5517" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5516", ptr %".5517", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_ip_version:
  %".5521" = getelementptr i8, ptr %"keys.238", i64 8
  store i8 1, ptr %".5521", align 1
  %".5523" = getelementptr i8, ptr %"keys.238", i64 48
  %"flags.90" = load volatile i32, ptr %".5523", align 4
  %".5524" = and i32 %"flags.90", 4
  %".5525" = icmp ne i32 %".5524", 0
  br i1 %".5525", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels3.stop_at_encap:
  %".5527" = trunc i64 %".5512" to i16
  %".5528" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5527", ptr %".5528", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".5531" = getelementptr i8, ptr %"keys.238", i64 12
  store i32 0, ptr %".5531", align 4
  %".5533" = trunc i64 %".5512" to i16
  %".5534" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5533", ptr %".5534", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5543" = trunc i64 %"cursor.72" to i32
  %".5544" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5543", [40 x i8]* %"header_copy", i32 1)
  %".5545" = icmp eq i64 %".5544", 0
  %".5546" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5547" = load i32, ptr %".5546", align 4
  %".5548" = zext i32 %".5547" to i64
  %"data.240" = inttoptr i64 %".5548" to ptr
  %".5549" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5550" = load i32, ptr %".5549", align 4
  %".5551" = zext i32 %".5550" to i64
  %"data_end.240" = inttoptr i64 %".5551" to ptr
  %".5552" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.240" = load ptr, ptr %".5552", align 8
  %".5553" = xor i1 %".5545", -1
  br i1 %".5553", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5555" = trunc i64 %"cursor.72" to i16
  %".5556" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".5555", ptr %".5556", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5559" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5560" = load volatile i8, [40 x i8]* %".5559", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5569" = trunc i64 %".5562" to i16
  %".5570" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5569", ptr %".5570", align 2
  br label %"return"
gtpu_next_d1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".5563", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_next_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_ext_d1_gtpu_ext1:
  %"cursor.78" = phi  i64 [%".5562", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.242" = phi  ptr [%"data.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.242" = phi  ptr [%"data_end.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.242" = phi  ptr [%"keys.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.69" = getelementptr i8, ptr %"data.242", i64 %"cursor.78"
  %".5981" = getelementptr i8, ptr %"hdr.69", i64 1
  %".5982" = icmp ugt ptr %".5981", %"data_end.242"
  br i1 %".5982", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".5984" = getelementptr i8, ptr %"hdr.69", i64 0
  %".5985" = load i8, ptr %".5984", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.28" = phi  i8 [%".5985", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".6004", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.252" = phi  ptr [%"data.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.252" = phi  ptr [%"data_end.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.252" = phi  ptr [%"keys.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".6006" = zext i8 %"w0_1.28" to i64
  %".6007" = icmp uge i64 %".6006", 1
  %".6008" = xor i1 %".6007", -1
  br i1 %".6008", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
ppp_d1.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5586" = trunc i64 %"cursor.74" to i32
  %".5587" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5586", [40 x i8]* %"header_copy", i32 4)
  %".5588" = icmp eq i64 %".5587", 0
  %".5589" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5590" = load i32, ptr %".5589", align 4
  %".5591" = zext i32 %".5590" to i64
  %"data.243" = inttoptr i64 %".5591" to ptr
  %".5592" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5593" = load i32, ptr %".5592", align 4
  %".5594" = zext i32 %".5593" to i64
  %"data_end.243" = inttoptr i64 %".5594" to ptr
  %".5595" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.243" = load ptr, ptr %".5595", align 8
  %".5596" = xor i1 %".5588", -1
  br i1 %".5596", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5598" = trunc i64 %"cursor.74" to i16
  %".5599" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5598", ptr %".5599", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5602" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5603" = load volatile i16, [40 x i8]* %".5602", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5609" = and i64 %".5607", 0
  %".5610" = icmp eq i64 %".5609", 0
  br i1 %".5610", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv6:
  %".5636" = trunc i64 34525 to i16
  %".5637" = call i16 @"llvm.bswap.i16"(i16 %".5636")
  %".5638" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5637", ptr %".5638", align 2
  %".5640" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5640", align 1
  %".5642" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.92" = load volatile i32, ptr %".5642", align 4
  %".5643" = and i32 %"flags.92", 4
  %".5644" = icmp ne i32 %".5643", 0
  br i1 %".5644", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".5656" = trunc i64 34827 to i16
  %".5657" = call i16 @"llvm.bswap.i16"(i16 %".5656")
  %".5658" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5657", ptr %".5658", align 2
  %".5660" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5660", align 1
  %".5662" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.93" = load volatile i32, ptr %".5662", align 4
  %".5663" = and i32 %"flags.93", 4
  %".5664" = icmp ne i32 %".5663", 0
  br i1 %".5664", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".5612" = trunc i64 %".5605" to i16
  %".5613" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5612", ptr %".5613", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5626" = trunc i64 %".5605" to i16
  %".5627" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5626", ptr %".5627", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".5630" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5630", align 4
  %".5632" = trunc i64 %".5605" to i16
  %".5633" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5632", ptr %".5633", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5646" = trunc i64 %".5605" to i16
  %".5647" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5646", ptr %".5647", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".5650" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5650", align 4
  %".5652" = trunc i64 %".5605" to i16
  %".5653" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5652", ptr %".5653", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".5666" = trunc i64 %".5605" to i16
  %".5667" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5666", ptr %".5667", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".5670" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5670", align 4
  %".5672" = trunc i64 %".5605" to i16
  %".5673" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5672", ptr %".5673", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5684" = trunc i64 %"cursor.75" to i32
  %".5685" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".5684", [40 x i8]* %"header_copy", i32 2)
  %".5686" = icmp eq i64 %".5685", 0
  %".5687" = getelementptr i8, ptr %"ctx.79", i64 76
  %".5688" = load i32, ptr %".5687", align 4
  %".5689" = zext i32 %".5688" to i64
  %"data.245" = inttoptr i64 %".5689" to ptr
  %".5690" = getelementptr i8, ptr %"ctx.79", i64 80
  %".5691" = load i32, ptr %".5690", align 4
  %".5692" = zext i32 %".5691" to i64
  %"data_end.245" = inttoptr i64 %".5692" to ptr
  %".5693" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.245" = load ptr, ptr %".5693", align 8
  %".5694" = xor i1 %".5686", -1
  br i1 %".5694", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5696" = trunc i64 %"cursor.75" to i16
  %".5697" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5696", ptr %".5697", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5700" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5701" = load volatile i8, [40 x i8]* %".5700", align 1
  %".5702" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5703" = load volatile i8, [40 x i8]* %".5702", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5717" = trunc i64 %".5714" to i16
  %".5718" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5717", ptr %".5718", align 2
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
  %".5729" = trunc i64 %".5714" to i16
  %".5730" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5729", ptr %".5730", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5733" = trunc i64 %".5714" to i16
  %".5734" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5733", ptr %".5734", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5737" = trunc i64 %".5714" to i16
  %".5738" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5737", ptr %".5738", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5741" = trunc i64 %".5714" to i16
  %".5742" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5741", ptr %".5742", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".5746" = trunc i64 34887 to i16
  %".5747" = call i16 @"llvm.bswap.i16"(i16 %".5746")
  %".5748" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".5747", ptr %".5748", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".5751" = trunc i64 2048 to i16
  %".5752" = call i16 @"llvm.bswap.i16"(i16 %".5751")
  %".5753" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".5752", ptr %".5753", align 2
  %".5755" = getelementptr i8, ptr %"keys.246", i64 8
  store i8 1, ptr %".5755", align 1
  %".5757" = getelementptr i8, ptr %"keys.246", i64 48
  %"flags.94" = load volatile i32, ptr %".5757", align 4
  %".5758" = and i32 %"flags.94", 4
  %".5759" = icmp ne i32 %".5758", 0
  br i1 %".5759", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".5771" = trunc i64 34525 to i16
  %".5772" = call i16 @"llvm.bswap.i16"(i16 %".5771")
  %".5773" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".5772", ptr %".5773", align 2
  %".5775" = getelementptr i8, ptr %"keys.246", i64 8
  store i8 1, ptr %".5775", align 1
  %".5777" = getelementptr i8, ptr %"keys.246", i64 48
  %"flags.95" = load volatile i32, ptr %".5777", align 4
  %".5778" = and i32 %"flags.95", 4
  %".5779" = icmp ne i32 %".5778", 0
  br i1 %".5779", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".5761" = trunc i64 %".5714" to i16
  %".5762" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5761", ptr %".5762", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".5765" = getelementptr i8, ptr %"keys.246", i64 12
  store i32 0, ptr %".5765", align 4
  %".5767" = trunc i64 %".5714" to i16
  %".5768" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5767", ptr %".5768", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".5781" = trunc i64 %".5714" to i16
  %".5782" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5781", ptr %".5782", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5785" = getelementptr i8, ptr %"keys.246", i64 12
  store i32 0, ptr %".5785", align 4
  %".5787" = trunc i64 %".5714" to i16
  %".5788" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5787", ptr %".5788", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5799" = trunc i64 %"cursor.76" to i32
  %".5800" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".5799", [40 x i8]* %"header_copy", i32 8)
  %".5801" = icmp eq i64 %".5800", 0
  %".5802" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5803" = load i32, ptr %".5802", align 4
  %".5804" = zext i32 %".5803" to i64
  %"data.247" = inttoptr i64 %".5804" to ptr
  %".5805" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5806" = load i32, ptr %".5805", align 4
  %".5807" = zext i32 %".5806" to i64
  %"data_end.247" = inttoptr i64 %".5807" to ptr
  %".5808" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.247" = load ptr, ptr %".5808", align 8
  %".5809" = xor i1 %".5801", -1
  br i1 %".5809", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".5811" = trunc i64 %"cursor.76" to i16
  %".5812" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5811", ptr %".5812", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".5815" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5816" = load volatile i8, [40 x i8]* %".5815", align 1
  %".5817" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5818" = load volatile i16, [40 x i8]* %".5817", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".5831" = getelementptr i8, ptr %"keys.248", i64 6
  store i8 1, ptr %".5831", align 1
  br i1 %".5829", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".5834" = getelementptr i8, ptr %"keys.248", i64 7
  store i8 1, ptr %".5834", align 1
  %".5836" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.96" = load volatile i32, ptr %".5836", align 4
  %".5837" = and i32 %"flags.96", 1
  %".5838" = icmp ne i32 %".5837", 0
  %".5839" = xor i1 %".5838", -1
  br i1 %".5839", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".5846" = trunc i64 %".5824" to i16
  %".5847" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5846", ptr %".5847", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".5841" = trunc i64 %".5824" to i16
  %".5842" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5841", ptr %".5842", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".5853" = trunc i64 %".5824" to i16
  %".5854" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5853", ptr %".5854", align 2
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
  %".5865" = trunc i64 %".5824" to i16
  %".5866" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5865", ptr %".5866", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5869" = trunc i64 %".5824" to i16
  %".5870" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5869", ptr %".5870", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5873" = trunc i64 %".5824" to i16
  %".5874" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5873", ptr %".5874", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".5877" = trunc i64 %".5824" to i16
  %".5878" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5877", ptr %".5878", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5882" = trunc i64 34887 to i16
  %".5883" = call i16 @"llvm.bswap.i16"(i16 %".5882")
  %".5884" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".5883", ptr %".5884", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5887" = trunc i64 2048 to i16
  %".5888" = call i16 @"llvm.bswap.i16"(i16 %".5887")
  %".5889" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".5888", ptr %".5889", align 2
  %".5891" = getelementptr i8, ptr %"keys.248", i64 8
  store i8 1, ptr %".5891", align 1
  %".5893" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.97" = load volatile i32, ptr %".5893", align 4
  %".5894" = and i32 %"flags.97", 4
  %".5895" = icmp ne i32 %".5894", 0
  br i1 %".5895", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5907" = trunc i64 34525 to i16
  %".5908" = call i16 @"llvm.bswap.i16"(i16 %".5907")
  %".5909" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".5908", ptr %".5909", align 2
  %".5911" = getelementptr i8, ptr %"keys.248", i64 8
  store i8 1, ptr %".5911", align 1
  %".5913" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.98" = load volatile i32, ptr %".5913", align 4
  %".5914" = and i32 %"flags.98", 4
  %".5915" = icmp ne i32 %".5914", 0
  br i1 %".5915", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5897" = trunc i64 %".5824" to i16
  %".5898" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5897", ptr %".5898", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5901" = getelementptr i8, ptr %"keys.248", i64 12
  store i32 0, ptr %".5901", align 4
  %".5903" = trunc i64 %".5824" to i16
  %".5904" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5903", ptr %".5904", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".5917" = trunc i64 %".5824" to i16
  %".5918" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5917", ptr %".5918", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5921" = getelementptr i8, ptr %"keys.248", i64 12
  store i32 0, ptr %".5921", align 4
  %".5923" = trunc i64 %".5824" to i16
  %".5924" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5923", ptr %".5924", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5934" = trunc i64 %"cursor.77" to i32
  %".5935" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".5934", [40 x i8]* %"header_copy", i32 4)
  %".5936" = icmp eq i64 %".5935", 0
  %".5937" = getelementptr i8, ptr %"ctx.81", i64 76
  %".5938" = load i32, ptr %".5937", align 4
  %".5939" = zext i32 %".5938" to i64
  %"data.249" = inttoptr i64 %".5939" to ptr
  %".5940" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5941" = load i32, ptr %".5940", align 4
  %".5942" = zext i32 %".5941" to i64
  %"data_end.249" = inttoptr i64 %".5942" to ptr
  %".5943" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.249" = load ptr, ptr %".5943", align 8
  %".5944" = xor i1 %".5936", -1
  br i1 %".5944", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".5946" = trunc i64 %".5927" to i16
  %".5947" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".5946", ptr %".5947", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".5950" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5951" = load volatile i8, [40 x i8]* %".5950", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".5957" = trunc i64 %".5953" to i16
  %".5958" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5957", ptr %".5958", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".5965" = getelementptr i8, ptr %"keys.250", i64 8
  store i8 1, ptr %".5965", align 1
  %".5967" = getelementptr i8, ptr %"keys.250", i64 48
  %"flags.99" = load volatile i32, ptr %".5967", align 4
  %".5968" = and i32 %"flags.99", 4
  %".5969" = icmp ne i32 %".5968", 0
  br i1 %".5969", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".5971" = trunc i64 %".5953" to i16
  %".5972" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5971", ptr %".5972", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".5975" = getelementptr i8, ptr %"keys.250", i64 12
  store i32 0, ptr %".5975", align 4
  %".5977" = trunc i64 %".5953" to i16
  %".5978" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5977", ptr %".5978", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5987" = trunc i64 %"cursor.78" to i32
  %".5988" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".5987", [40 x i8]* %"header_copy", i32 1)
  %".5989" = icmp eq i64 %".5988", 0
  %".5990" = getelementptr i8, ptr %"ctx.82", i64 76
  %".5991" = load i32, ptr %".5990", align 4
  %".5992" = zext i32 %".5991" to i64
  %"data.251" = inttoptr i64 %".5992" to ptr
  %".5993" = getelementptr i8, ptr %"ctx.82", i64 80
  %".5994" = load i32, ptr %".5993", align 4
  %".5995" = zext i32 %".5994" to i64
  %"data_end.251" = inttoptr i64 %".5995" to ptr
  %".5996" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.251" = load ptr, ptr %".5996", align 8
  %".5997" = xor i1 %".5989", -1
  br i1 %".5997", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".5999" = trunc i64 %"cursor.78" to i16
  %".6000" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".5999", ptr %".6000", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".6003" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6004" = load volatile i8, [40 x i8]* %".6003", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".6010" = trunc i64 %"cursor.78" to i16
  %".6011" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".6010", ptr %".6011", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".6014" = add i64 %"cursor.78", 1
  %".6015" = zext i8 %"w0_1.28" to i64
  %".6016" = mul i64 %".6015", 4
  %".6017" = sub i64 %".6016", 2
  %".6018" = add i64 %".6017", 1
  %".6019" = getelementptr i8, ptr %"data.252", i64 %"cursor.78"
  %".6020" = getelementptr i8, ptr %".6019", i64 %".6018"
  %".6021" = icmp ugt ptr %".6020", %"data_end.252"
  br i1 %".6021", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.254" = phi  ptr [%"data.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.254" = phi  ptr [%"data_end.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.254" = phi  ptr [%"keys.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %".6042" = add i64 %"cursor.78", %".6018"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.79" = phi  i64 [%".6042", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.255" = phi  ptr [%"data.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.255" = phi  ptr [%"data_end.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.255" = phi  ptr [%"keys.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.70" = getelementptr i8, ptr %"data.255", i64 %"cursor.79"
  %".6049" = getelementptr i8, ptr %"hdr.70", i64 1
  %".6050" = icmp ugt ptr %".6049", %"data_end.255"
  br i1 %".6050", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".6052" = getelementptr i8, ptr %"hdr.70", i64 0
  %".6053" = load i8, ptr %".6052", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.29" = phi  i8 [%".6053", %"gtpu_next_d1_gtpu_ext1.linear"], [%".6072", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.257" = phi  ptr [%"data.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.257" = phi  ptr [%"data_end.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.257" = phi  ptr [%"keys.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".6074" = add i64 %"cursor.79", 1
  %".6075" = zext i8 %"w0_1.29" to i64
  %".6076" = icmp uge i64 %".6075", 1
  %".6077" = icmp ule i64 %".6075", 255
  %".6078" = and i1 %".6076", %".6077"
  br i1 %".6078", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".6023" = add i64 %"cursor.78", %".6018"
  %".6024" = sub i64 %".6023", 1
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6025" = trunc i64 %".6024" to i32
  %".6026" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".6025", i64* %"last_byte", i32 1)
  %".6027" = icmp eq i64 %".6026", 0
  %".6028" = getelementptr i8, ptr %"ctx.83", i64 76
  %".6029" = load i32, ptr %".6028", align 4
  %".6030" = zext i32 %".6029" to i64
  %"data.253" = inttoptr i64 %".6030" to ptr
  %".6031" = getelementptr i8, ptr %"ctx.83", i64 80
  %".6032" = load i32, ptr %".6031", align 4
  %".6033" = zext i32 %".6032" to i64
  %"data_end.253" = inttoptr i64 %".6033" to ptr
  %".6034" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.253" = load ptr, ptr %".6034", align 8
  %".6035" = xor i1 %".6027", -1
  br i1 %".6035", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".6037" = trunc i64 %"cursor.78" to i16
  %".6038" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".6037", ptr %".6038", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".6044" = trunc i64 %".6042" to i16
  %".6045" = getelementptr i8, ptr %"keys.254", i64 2
  store i16 %".6044", ptr %".6045", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6055" = trunc i64 %"cursor.79" to i32
  %".6056" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".6055", [40 x i8]* %"header_copy", i32 1)
  %".6057" = icmp eq i64 %".6056", 0
  %".6058" = getelementptr i8, ptr %"ctx.84", i64 76
  %".6059" = load i32, ptr %".6058", align 4
  %".6060" = zext i32 %".6059" to i64
  %"data.256" = inttoptr i64 %".6060" to ptr
  %".6061" = getelementptr i8, ptr %"ctx.84", i64 80
  %".6062" = load i32, ptr %".6061", align 4
  %".6063" = zext i32 %".6062" to i64
  %"data_end.256" = inttoptr i64 %".6063" to ptr
  %".6064" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.256" = load ptr, ptr %".6064", align 8
  %".6065" = xor i1 %".6057", -1
  br i1 %".6065", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".6067" = trunc i64 %"cursor.79" to i16
  %".6068" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".6067", ptr %".6068", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".6071" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6072" = load volatile i8, [40 x i8]* %".6071", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".6081" = trunc i64 %".6074" to i16
  %".6082" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".6081", ptr %".6082", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".6075", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_next_d1_gtpu_ext1.to_ip_version:
  br label %"ip_version_d1"
gtpu_ext_d1_gtpu_ext2:
  %"cursor.80" = phi  i64 [%".6074", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.258" = phi  ptr [%"data.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.258" = phi  ptr [%"data_end.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.258" = phi  ptr [%"keys.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.71" = getelementptr i8, ptr %"data.258", i64 %"cursor.80"
  %".6087" = getelementptr i8, ptr %"hdr.71", i64 1
  %".6088" = icmp ugt ptr %".6087", %"data_end.258"
  br i1 %".6088", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".6090" = getelementptr i8, ptr %"hdr.71", i64 0
  %".6091" = load i8, ptr %".6090", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.30" = phi  i8 [%".6091", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".6110", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.260" = phi  ptr [%"data.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.260" = phi  ptr [%"data_end.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.260" = phi  ptr [%"keys.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".6112" = zext i8 %"w0_1.30" to i64
  %".6113" = icmp uge i64 %".6112", 1
  %".6114" = xor i1 %".6113", -1
  br i1 %".6114", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6093" = trunc i64 %"cursor.80" to i32
  %".6094" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".6093", [40 x i8]* %"header_copy", i32 1)
  %".6095" = icmp eq i64 %".6094", 0
  %".6096" = getelementptr i8, ptr %"ctx.85", i64 76
  %".6097" = load i32, ptr %".6096", align 4
  %".6098" = zext i32 %".6097" to i64
  %"data.259" = inttoptr i64 %".6098" to ptr
  %".6099" = getelementptr i8, ptr %"ctx.85", i64 80
  %".6100" = load i32, ptr %".6099", align 4
  %".6101" = zext i32 %".6100" to i64
  %"data_end.259" = inttoptr i64 %".6101" to ptr
  %".6102" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.259" = load ptr, ptr %".6102", align 8
  %".6103" = xor i1 %".6095", -1
  br i1 %".6103", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".6105" = trunc i64 %"cursor.80" to i16
  %".6106" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".6105", ptr %".6106", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".6109" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6110" = load volatile i8, [40 x i8]* %".6109", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".6116" = trunc i64 %"cursor.80" to i16
  %".6117" = getelementptr i8, ptr %"keys.260", i64 2
  store i16 %".6116", ptr %".6117", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".6120" = add i64 %"cursor.80", 1
  %".6121" = zext i8 %"w0_1.30" to i64
  %".6122" = mul i64 %".6121", 4
  %".6123" = sub i64 %".6122", 2
  %".6124" = add i64 %".6123", 1
  %".6125" = getelementptr i8, ptr %"data.260", i64 %"cursor.80"
  %".6126" = getelementptr i8, ptr %".6125", i64 %".6124"
  %".6127" = icmp ugt ptr %".6126", %"data_end.260"
  br i1 %".6127", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.262" = phi  ptr [%"data.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.262" = phi  ptr [%"data_end.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.262" = phi  ptr [%"keys.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %".6148" = add i64 %"cursor.80", %".6124"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.81" = phi  i64 [%".6148", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.263" = phi  ptr [%"data.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.263" = phi  ptr [%"data_end.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.263" = phi  ptr [%"keys.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.72" = getelementptr i8, ptr %"data.263", i64 %"cursor.81"
  %".6155" = getelementptr i8, ptr %"hdr.72", i64 1
  %".6156" = icmp ugt ptr %".6155", %"data_end.263"
  br i1 %".6156", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".6158" = getelementptr i8, ptr %"hdr.72", i64 0
  %".6159" = load i8, ptr %".6158", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.31" = phi  i8 [%".6159", %"gtpu_next_d1_gtpu_ext2.linear"], [%".6178", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.265" = phi  ptr [%"data.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.265" = phi  ptr [%"data_end.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.265" = phi  ptr [%"keys.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".6180" = add i64 %"cursor.81", 1
  %".6181" = zext i8 %"w0_1.31" to i64
  %".6182" = icmp uge i64 %".6181", 1
  %".6183" = icmp ule i64 %".6181", 255
  %".6184" = and i1 %".6182", %".6183"
  br i1 %".6184", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".6129" = add i64 %"cursor.80", %".6124"
  %".6130" = sub i64 %".6129", 1
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6131" = trunc i64 %".6130" to i32
  %".6132" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".6131", i64* %"last_byte", i32 1)
  %".6133" = icmp eq i64 %".6132", 0
  %".6134" = getelementptr i8, ptr %"ctx.86", i64 76
  %".6135" = load i32, ptr %".6134", align 4
  %".6136" = zext i32 %".6135" to i64
  %"data.261" = inttoptr i64 %".6136" to ptr
  %".6137" = getelementptr i8, ptr %"ctx.86", i64 80
  %".6138" = load i32, ptr %".6137", align 4
  %".6139" = zext i32 %".6138" to i64
  %"data_end.261" = inttoptr i64 %".6139" to ptr
  %".6140" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.261" = load ptr, ptr %".6140", align 8
  %".6141" = xor i1 %".6133", -1
  br i1 %".6141", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".6143" = trunc i64 %"cursor.80" to i16
  %".6144" = getelementptr i8, ptr %"keys.261", i64 2
  store i16 %".6143", ptr %".6144", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".6150" = trunc i64 %".6148" to i16
  %".6151" = getelementptr i8, ptr %"keys.262", i64 2
  store i16 %".6150", ptr %".6151", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6161" = trunc i64 %"cursor.81" to i32
  %".6162" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".6161", [40 x i8]* %"header_copy", i32 1)
  %".6163" = icmp eq i64 %".6162", 0
  %".6164" = getelementptr i8, ptr %"ctx.87", i64 76
  %".6165" = load i32, ptr %".6164", align 4
  %".6166" = zext i32 %".6165" to i64
  %"data.264" = inttoptr i64 %".6166" to ptr
  %".6167" = getelementptr i8, ptr %"ctx.87", i64 80
  %".6168" = load i32, ptr %".6167", align 4
  %".6169" = zext i32 %".6168" to i64
  %"data_end.264" = inttoptr i64 %".6169" to ptr
  %".6170" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.264" = load ptr, ptr %".6170", align 8
  %".6171" = xor i1 %".6163", -1
  br i1 %".6171", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".6173" = trunc i64 %"cursor.81" to i16
  %".6174" = getelementptr i8, ptr %"keys.264", i64 2
  store i16 %".6173", ptr %".6174", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".6177" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6178" = load volatile i8, [40 x i8]* %".6177", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".6187" = trunc i64 %".6180" to i16
  %".6188" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".6187", ptr %".6188", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".6192" = trunc i64 %".6180" to i16
  %".6193" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".6192", ptr %".6193", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".6181", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
gtpu_next_d1_gtpu_ext2.to_ip_version:
  br label %"ip_version_d1"
widening.test:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6198" = getelementptr i8, ptr %"ctx.88", i64 76
  %".6199" = load i32, ptr %".6198", align 4
  %".6200" = zext i32 %".6199" to i64
  %"data.266" = inttoptr i64 %".6200" to ptr
  %".6201" = getelementptr i8, ptr %"ctx.88", i64 80
  %".6202" = load i32, ptr %".6201", align 4
  %".6203" = zext i32 %".6202" to i64
  %"data_end.266" = inttoptr i64 %".6203" to ptr
  %".6204" = getelementptr i8, ptr %"keys", i64 0
  %".6205" = load volatile i16, ptr %".6204", align 2
  %".6206" = zext i16 %".6205" to i64
  %".6207" = icmp ugt i64 %".6206", 261
  br i1 %".6207", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6209" = getelementptr i8, ptr %"ctx.89", i64 76
  %".6210" = load i32, ptr %".6209", align 4
  %".6211" = zext i32 %".6210" to i64
  %"data.267" = inttoptr i64 %".6211" to ptr
  %".6212" = getelementptr i8, ptr %"ctx.89", i64 80
  %".6213" = load i32, ptr %".6212", align 4
  %".6214" = zext i32 %".6213" to i64
  %"data_end.267" = inttoptr i64 %".6214" to ptr
  %".6215" = getelementptr i8, ptr %"keys", i64 0
  %".6216" = load volatile i16, ptr %".6215", align 2
  %".6217" = zext i16 %".6216" to i64
  %".6218" = icmp ugt i64 %".6217", 261
  br i1 %".6218", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6220" = getelementptr i8, ptr %"ctx.90", i64 76
  %".6221" = load i32, ptr %".6220", align 4
  %".6222" = zext i32 %".6221" to i64
  %"data.268" = inttoptr i64 %".6222" to ptr
  %".6223" = getelementptr i8, ptr %"ctx.90", i64 80
  %".6224" = load i32, ptr %".6223", align 4
  %".6225" = zext i32 %".6224" to i64
  %"data_end.268" = inttoptr i64 %".6225" to ptr
  %".6226" = getelementptr i8, ptr %"keys", i64 0
  %".6227" = load volatile i16, ptr %".6226", align 2
  %".6228" = zext i16 %".6227" to i64
  %".6229" = icmp ugt i64 %".6228", 267
  br i1 %".6229", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6231" = getelementptr i8, ptr %"ctx.91", i64 76
  %".6232" = load i32, ptr %".6231", align 4
  %".6233" = zext i32 %".6232" to i64
  %"data.269" = inttoptr i64 %".6233" to ptr
  %".6234" = getelementptr i8, ptr %"ctx.91", i64 80
  %".6235" = load i32, ptr %".6234", align 4
  %".6236" = zext i32 %".6235" to i64
  %"data_end.269" = inttoptr i64 %".6236" to ptr
  %".6237" = getelementptr i8, ptr %"keys", i64 0
  %".6238" = load volatile i16, ptr %".6237", align 2
  %".6239" = zext i16 %".6238" to i64
  %".6240" = icmp ugt i64 %".6239", 267
  br i1 %".6240", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6242" = getelementptr i8, ptr %"ctx.92", i64 76
  %".6243" = load i32, ptr %".6242", align 4
  %".6244" = zext i32 %".6243" to i64
  %"data.270" = inttoptr i64 %".6244" to ptr
  %".6245" = getelementptr i8, ptr %"ctx.92", i64 80
  %".6246" = load i32, ptr %".6245", align 4
  %".6247" = zext i32 %".6246" to i64
  %"data_end.270" = inttoptr i64 %".6247" to ptr
  %".6248" = getelementptr i8, ptr %"keys", i64 0
  %".6249" = load volatile i16, ptr %".6248", align 2
  %".6250" = zext i16 %".6249" to i64
  %".6251" = icmp ugt i64 %".6250", 275
  br i1 %".6251", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6253" = getelementptr i8, ptr %"ctx.93", i64 76
  %".6254" = load i32, ptr %".6253", align 4
  %".6255" = zext i32 %".6254" to i64
  %"data.271" = inttoptr i64 %".6255" to ptr
  %".6256" = getelementptr i8, ptr %"ctx.93", i64 80
  %".6257" = load i32, ptr %".6256", align 4
  %".6258" = zext i32 %".6257" to i64
  %"data_end.271" = inttoptr i64 %".6258" to ptr
  %".6259" = getelementptr i8, ptr %"keys", i64 0
  %".6260" = load volatile i16, ptr %".6259", align 2
  %".6261" = zext i16 %".6260" to i64
  %".6262" = icmp ugt i64 %".6261", 2363
  br i1 %".6262", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6264" = getelementptr i8, ptr %"ctx.94", i64 76
  %".6265" = load i32, ptr %".6264", align 4
  %".6266" = zext i32 %".6265" to i64
  %"data.272" = inttoptr i64 %".6266" to ptr
  %".6267" = getelementptr i8, ptr %"ctx.94", i64 80
  %".6268" = load i32, ptr %".6267", align 4
  %".6269" = zext i32 %".6268" to i64
  %"data_end.272" = inttoptr i64 %".6269" to ptr
  %".6270" = getelementptr i8, ptr %"keys", i64 0
  %".6271" = load volatile i16, ptr %".6270", align 2
  %".6272" = zext i16 %".6271" to i64
  %".6273" = icmp ugt i64 %".6272", 2363
  br i1 %".6273", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.95" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6275" = getelementptr i8, ptr %"ctx.95", i64 76
  %".6276" = load i32, ptr %".6275", align 4
  %".6277" = zext i32 %".6276" to i64
  %"data.273" = inttoptr i64 %".6277" to ptr
  %".6278" = getelementptr i8, ptr %"ctx.95", i64 80
  %".6279" = load i32, ptr %".6278", align 4
  %".6280" = zext i32 %".6279" to i64
  %"data_end.273" = inttoptr i64 %".6280" to ptr
  %".6281" = getelementptr i8, ptr %"keys", i64 0
  %".6282" = load volatile i16, ptr %".6281", align 2
  %".6283" = zext i16 %".6282" to i64
  %".6284" = icmp ugt i64 %".6283", 4411
  br i1 %".6284", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.96" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6286" = getelementptr i8, ptr %"ctx.96", i64 76
  %".6287" = load i32, ptr %".6286", align 4
  %".6288" = zext i32 %".6287" to i64
  %"data.274" = inttoptr i64 %".6288" to ptr
  %".6289" = getelementptr i8, ptr %"ctx.96", i64 80
  %".6290" = load i32, ptr %".6289", align 4
  %".6291" = zext i32 %".6290" to i64
  %"data_end.274" = inttoptr i64 %".6291" to ptr
  %".6292" = getelementptr i8, ptr %"keys", i64 0
  %".6293" = load volatile i16, ptr %".6292", align 2
  %".6294" = zext i16 %".6293" to i64
  %".6295" = icmp ugt i64 %".6294", 4411
  br i1 %".6295", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.97" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6297" = getelementptr i8, ptr %"ctx.97", i64 76
  %".6298" = load i32, ptr %".6297", align 4
  %".6299" = zext i32 %".6298" to i64
  %"data.275" = inttoptr i64 %".6299" to ptr
  %".6300" = getelementptr i8, ptr %"ctx.97", i64 80
  %".6301" = load i32, ptr %".6300", align 4
  %".6302" = zext i32 %".6301" to i64
  %"data_end.275" = inttoptr i64 %".6302" to ptr
  %".6303" = getelementptr i8, ptr %"keys", i64 0
  %".6304" = load volatile i16, ptr %".6303", align 2
  %".6305" = zext i16 %".6304" to i64
  %".6306" = icmp ugt i64 %".6305", 275
  br i1 %".6306", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.98" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6308" = getelementptr i8, ptr %"ctx.98", i64 76
  %".6309" = load i32, ptr %".6308", align 4
  %".6310" = zext i32 %".6309" to i64
  %"data.276" = inttoptr i64 %".6310" to ptr
  %".6311" = getelementptr i8, ptr %"ctx.98", i64 80
  %".6312" = load i32, ptr %".6311", align 4
  %".6313" = zext i32 %".6312" to i64
  %"data_end.276" = inttoptr i64 %".6313" to ptr
  %".6314" = getelementptr i8, ptr %"keys", i64 0
  %".6315" = load volatile i16, ptr %".6314", align 2
  %".6316" = zext i16 %".6315" to i64
  %".6317" = icmp ugt i64 %".6316", 6459
  br i1 %".6317", label %"widening.test.11", label %"mpls_d0_mpls_labels1"
widening.test.11:
  %"ctx.99" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6319" = getelementptr i8, ptr %"ctx.99", i64 76
  %".6320" = load i32, ptr %".6319", align 4
  %".6321" = zext i32 %".6320" to i64
  %"data.277" = inttoptr i64 %".6321" to ptr
  %".6322" = getelementptr i8, ptr %"ctx.99", i64 80
  %".6323" = load i32, ptr %".6322", align 4
  %".6324" = zext i32 %".6323" to i64
  %"data_end.277" = inttoptr i64 %".6324" to ptr
  %".6325" = getelementptr i8, ptr %"keys", i64 0
  %".6326" = load volatile i16, ptr %".6325", align 2
  %".6327" = zext i16 %".6326" to i64
  %".6328" = icmp ugt i64 %".6327", 6459
  br i1 %".6328", label %"widening.test.12", label %"gre_version_d0"
widening.test.12:
  %"ctx.100" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6330" = getelementptr i8, ptr %"ctx.100", i64 76
  %".6331" = load i32, ptr %".6330", align 4
  %".6332" = zext i32 %".6331" to i64
  %"data.278" = inttoptr i64 %".6332" to ptr
  %".6333" = getelementptr i8, ptr %"ctx.100", i64 80
  %".6334" = load i32, ptr %".6333", align 4
  %".6335" = zext i32 %".6334" to i64
  %"data_end.278" = inttoptr i64 %".6335" to ptr
  %".6336" = getelementptr i8, ptr %"keys", i64 0
  %".6337" = load volatile i16, ptr %".6336", align 2
  %".6338" = zext i16 %".6337" to i64
  %".6339" = icmp ugt i64 %".6338", 6459
  br i1 %".6339", label %"widening.test.13", label %"udp_d0"
widening.test.13:
  %"ctx.101" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6341" = getelementptr i8, ptr %"ctx.101", i64 76
  %".6342" = load i32, ptr %".6341", align 4
  %".6343" = zext i32 %".6342" to i64
  %"data.279" = inttoptr i64 %".6343" to ptr
  %".6344" = getelementptr i8, ptr %"ctx.101", i64 80
  %".6345" = load i32, ptr %".6344", align 4
  %".6346" = zext i32 %".6345" to i64
  %"data_end.279" = inttoptr i64 %".6346" to ptr
  %".6347" = getelementptr i8, ptr %"keys", i64 0
  %".6348" = load volatile i16, ptr %".6347", align 2
  %".6349" = zext i16 %".6348" to i64
  %".6350" = icmp ugt i64 %".6349", 8519
  br i1 %".6350", label %"widening.test.14", label %"ip_version_d1"
widening.test.14:
  %"ctx.102" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6352" = getelementptr i8, ptr %"ctx.102", i64 76
  %".6353" = load i32, ptr %".6352", align 4
  %".6354" = zext i32 %".6353" to i64
  %"data.280" = inttoptr i64 %".6354" to ptr
  %".6355" = getelementptr i8, ptr %"ctx.102", i64 80
  %".6356" = load i32, ptr %".6355", align 4
  %".6357" = zext i32 %".6356" to i64
  %"data_end.280" = inttoptr i64 %".6357" to ptr
  %".6358" = getelementptr i8, ptr %"keys", i64 0
  %".6359" = load volatile i16, ptr %".6358", align 2
  %".6360" = zext i16 %".6359" to i64
  %".6361" = icmp ugt i64 %".6360", 6727
  br i1 %".6361", label %"widening.test.15", label %"ethernet_d1"
widening.test.15:
  %"ctx.103" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6363" = getelementptr i8, ptr %"ctx.103", i64 76
  %".6364" = load i32, ptr %".6363", align 4
  %".6365" = zext i32 %".6364" to i64
  %"data.281" = inttoptr i64 %".6365" to ptr
  %".6366" = getelementptr i8, ptr %"ctx.103", i64 80
  %".6367" = load i32, ptr %".6366", align 4
  %".6368" = zext i32 %".6367" to i64
  %"data_end.281" = inttoptr i64 %".6368" to ptr
  %".6369" = getelementptr i8, ptr %"keys", i64 0
  %".6370" = load volatile i16, ptr %".6369", align 2
  %".6371" = zext i16 %".6370" to i64
  %".6372" = icmp ugt i64 %".6371", 6741
  br i1 %".6372", label %"widening.test.16", label %"hsr_d1_vlan_tags1"
widening.test.16:
  %"ctx.104" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6374" = getelementptr i8, ptr %"ctx.104", i64 76
  %".6375" = load i32, ptr %".6374", align 4
  %".6376" = zext i32 %".6375" to i64
  %"data.282" = inttoptr i64 %".6376" to ptr
  %".6377" = getelementptr i8, ptr %"ctx.104", i64 80
  %".6378" = load i32, ptr %".6377", align 4
  %".6379" = zext i32 %".6378" to i64
  %"data_end.282" = inttoptr i64 %".6379" to ptr
  %".6380" = getelementptr i8, ptr %"keys", i64 0
  %".6381" = load volatile i16, ptr %".6380", align 2
  %".6382" = zext i16 %".6381" to i64
  %".6383" = icmp ugt i64 %".6382", 6741
  br i1 %".6383", label %"widening.test.17", label %"vlan_d1_vlan_tags1"
widening.test.17:
  %"ctx.105" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6385" = getelementptr i8, ptr %"ctx.105", i64 76
  %".6386" = load i32, ptr %".6385", align 4
  %".6387" = zext i32 %".6386" to i64
  %"data.283" = inttoptr i64 %".6387" to ptr
  %".6388" = getelementptr i8, ptr %"ctx.105", i64 80
  %".6389" = load i32, ptr %".6388", align 4
  %".6390" = zext i32 %".6389" to i64
  %"data_end.283" = inttoptr i64 %".6390" to ptr
  %".6391" = getelementptr i8, ptr %"keys", i64 0
  %".6392" = load volatile i16, ptr %".6391", align 2
  %".6393" = zext i16 %".6392" to i64
  %".6394" = icmp ugt i64 %".6393", 6747
  br i1 %".6394", label %"widening.test.18", label %"hsr_d1_vlan_tags2"
widening.test.18:
  %"ctx.106" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6396" = getelementptr i8, ptr %"ctx.106", i64 76
  %".6397" = load i32, ptr %".6396", align 4
  %".6398" = zext i32 %".6397" to i64
  %"data.284" = inttoptr i64 %".6398" to ptr
  %".6399" = getelementptr i8, ptr %"ctx.106", i64 80
  %".6400" = load i32, ptr %".6399", align 4
  %".6401" = zext i32 %".6400" to i64
  %"data_end.284" = inttoptr i64 %".6401" to ptr
  %".6402" = getelementptr i8, ptr %"keys", i64 0
  %".6403" = load volatile i16, ptr %".6402", align 2
  %".6404" = zext i16 %".6403" to i64
  %".6405" = icmp ugt i64 %".6404", 6747
  br i1 %".6405", label %"widening.test.19", label %"vlan_d1_vlan_tags2"
widening.test.19:
  %"ctx.107" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6407" = getelementptr i8, ptr %"ctx.107", i64 76
  %".6408" = load i32, ptr %".6407", align 4
  %".6409" = zext i32 %".6408" to i64
  %"data.285" = inttoptr i64 %".6409" to ptr
  %".6410" = getelementptr i8, ptr %"ctx.107", i64 80
  %".6411" = load i32, ptr %".6410", align 4
  %".6412" = zext i32 %".6411" to i64
  %"data_end.285" = inttoptr i64 %".6412" to ptr
  %".6413" = getelementptr i8, ptr %"keys", i64 0
  %".6414" = load volatile i16, ptr %".6413", align 2
  %".6415" = zext i16 %".6414" to i64
  %".6416" = icmp ugt i64 %".6415", 6753
  br i1 %".6416", label %"widening.test.20", label %"batadv_d1"
widening.test.20:
  %"ctx.108" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6418" = getelementptr i8, ptr %"ctx.108", i64 76
  %".6419" = load i32, ptr %".6418", align 4
  %".6420" = zext i32 %".6419" to i64
  %"data.286" = inttoptr i64 %".6420" to ptr
  %".6421" = getelementptr i8, ptr %"ctx.108", i64 80
  %".6422" = load i32, ptr %".6421", align 4
  %".6423" = zext i32 %".6422" to i64
  %"data_end.286" = inttoptr i64 %".6423" to ptr
  %".6424" = getelementptr i8, ptr %"keys", i64 0
  %".6425" = load volatile i16, ptr %".6424", align 2
  %".6426" = zext i16 %".6425" to i64
  %".6427" = icmp ugt i64 %".6426", 6753
  br i1 %".6427", label %"widening.test.21", label %"fcoe"
widening.test.21:
  %"ctx.109" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6429" = getelementptr i8, ptr %"ctx.109", i64 76
  %".6430" = load i32, ptr %".6429", align 4
  %".6431" = zext i32 %".6430" to i64
  %"data.287" = inttoptr i64 %".6431" to ptr
  %".6432" = getelementptr i8, ptr %"ctx.109", i64 80
  %".6433" = load i32, ptr %".6432", align 4
  %".6434" = zext i32 %".6433" to i64
  %"data_end.287" = inttoptr i64 %".6434" to ptr
  %".6435" = getelementptr i8, ptr %"keys", i64 0
  %".6436" = load volatile i16, ptr %".6435", align 2
  %".6437" = zext i16 %".6436" to i64
  %".6438" = icmp ugt i64 %".6437", 6753
  br i1 %".6438", label %"widening.test.22", label %"tipc"
widening.test.22:
  %"ctx.110" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6440" = getelementptr i8, ptr %"ctx.110", i64 76
  %".6441" = load i32, ptr %".6440", align 4
  %".6442" = zext i32 %".6441" to i64
  %"data.288" = inttoptr i64 %".6442" to ptr
  %".6443" = getelementptr i8, ptr %"ctx.110", i64 80
  %".6444" = load i32, ptr %".6443", align 4
  %".6445" = zext i32 %".6444" to i64
  %"data_end.288" = inttoptr i64 %".6445" to ptr
  %".6446" = getelementptr i8, ptr %"keys", i64 0
  %".6447" = load volatile i16, ptr %".6446", align 2
  %".6448" = zext i16 %".6447" to i64
  %".6449" = icmp ugt i64 %".6448", 6753
  br i1 %".6449", label %"widening.test.23", label %"cfm"
widening.test.23:
  %"ctx.111" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6451" = getelementptr i8, ptr %"ctx.111", i64 76
  %".6452" = load i32, ptr %".6451", align 4
  %".6453" = zext i32 %".6452" to i64
  %"data.289" = inttoptr i64 %".6453" to ptr
  %".6454" = getelementptr i8, ptr %"ctx.111", i64 80
  %".6455" = load i32, ptr %".6454", align 4
  %".6456" = zext i32 %".6455" to i64
  %"data_end.289" = inttoptr i64 %".6456" to ptr
  %".6457" = getelementptr i8, ptr %"keys", i64 0
  %".6458" = load volatile i16, ptr %".6457", align 2
  %".6459" = zext i16 %".6458" to i64
  %".6460" = icmp ugt i64 %".6459", 6753
  br i1 %".6460", label %"widening.test.24", label %"ptp"
widening.test.24:
  %"ctx.112" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6462" = getelementptr i8, ptr %"ctx.112", i64 76
  %".6463" = load i32, ptr %".6462", align 4
  %".6464" = zext i32 %".6463" to i64
  %"data.290" = inttoptr i64 %".6464" to ptr
  %".6465" = getelementptr i8, ptr %"ctx.112", i64 80
  %".6466" = load i32, ptr %".6465", align 4
  %".6467" = zext i32 %".6466" to i64
  %"data_end.290" = inttoptr i64 %".6467" to ptr
  %".6468" = getelementptr i8, ptr %"keys", i64 0
  %".6469" = load volatile i16, ptr %".6468", align 2
  %".6470" = zext i16 %".6469" to i64
  %".6471" = icmp ugt i64 %".6470", 6753
  br i1 %".6471", label %"widening.test.25", label %"arp"
widening.test.25:
  %"ctx.113" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6473" = getelementptr i8, ptr %"ctx.113", i64 76
  %".6474" = load i32, ptr %".6473", align 4
  %".6475" = zext i32 %".6474" to i64
  %"data.291" = inttoptr i64 %".6475" to ptr
  %".6476" = getelementptr i8, ptr %"ctx.113", i64 80
  %".6477" = load i32, ptr %".6476", align 4
  %".6478" = zext i32 %".6477" to i64
  %"data_end.291" = inttoptr i64 %".6478" to ptr
  %".6479" = getelementptr i8, ptr %"keys", i64 0
  %".6480" = load volatile i16, ptr %".6479", align 2
  %".6481" = zext i16 %".6480" to i64
  %".6482" = icmp ugt i64 %".6481", 6753
  br i1 %".6482", label %"widening.test.26", label %"pppoe_d1"
widening.test.26:
  %"ctx.114" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6484" = getelementptr i8, ptr %"ctx.114", i64 76
  %".6485" = load i32, ptr %".6484", align 4
  %".6486" = zext i32 %".6485" to i64
  %"data.292" = inttoptr i64 %".6486" to ptr
  %".6487" = getelementptr i8, ptr %"ctx.114", i64 80
  %".6488" = load i32, ptr %".6487", align 4
  %".6489" = zext i32 %".6488" to i64
  %"data_end.292" = inttoptr i64 %".6489" to ptr
  %".6490" = getelementptr i8, ptr %"keys", i64 0
  %".6491" = load volatile i16, ptr %".6490", align 2
  %".6492" = zext i16 %".6491" to i64
  %".6493" = icmp ugt i64 %".6492", 8519
  br i1 %".6493", label %"widening.test.27", label %"ipv6_d1"
widening.test.27:
  %"ctx.115" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6495" = getelementptr i8, ptr %"ctx.115", i64 76
  %".6496" = load i32, ptr %".6495", align 4
  %".6497" = zext i32 %".6496" to i64
  %"data.293" = inttoptr i64 %".6497" to ptr
  %".6498" = getelementptr i8, ptr %"ctx.115", i64 80
  %".6499" = load i32, ptr %".6498", align 4
  %".6500" = zext i32 %".6499" to i64
  %"data_end.293" = inttoptr i64 %".6500" to ptr
  %".6501" = getelementptr i8, ptr %"keys", i64 0
  %".6502" = load volatile i16, ptr %".6501", align 2
  %".6503" = zext i16 %".6502" to i64
  %".6504" = icmp ugt i64 %".6503", 10607
  br i1 %".6504", label %"widening.test.28", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.28:
  %"ctx.116" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6506" = getelementptr i8, ptr %"ctx.116", i64 76
  %".6507" = load i32, ptr %".6506", align 4
  %".6508" = zext i32 %".6507" to i64
  %"data.294" = inttoptr i64 %".6508" to ptr
  %".6509" = getelementptr i8, ptr %"ctx.116", i64 80
  %".6510" = load i32, ptr %".6509", align 4
  %".6511" = zext i32 %".6510" to i64
  %"data_end.294" = inttoptr i64 %".6511" to ptr
  %".6512" = getelementptr i8, ptr %"keys", i64 0
  %".6513" = load volatile i16, ptr %".6512", align 2
  %".6514" = zext i16 %".6513" to i64
  %".6515" = icmp ugt i64 %".6514", 10607
  br i1 %".6515", label %"widening.test.29", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.29:
  %"ctx.117" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6517" = getelementptr i8, ptr %"ctx.117", i64 76
  %".6518" = load i32, ptr %".6517", align 4
  %".6519" = zext i32 %".6518" to i64
  %"data.295" = inttoptr i64 %".6519" to ptr
  %".6520" = getelementptr i8, ptr %"ctx.117", i64 80
  %".6521" = load i32, ptr %".6520", align 4
  %".6522" = zext i32 %".6521" to i64
  %"data_end.295" = inttoptr i64 %".6522" to ptr
  %".6523" = getelementptr i8, ptr %"keys", i64 0
  %".6524" = load volatile i16, ptr %".6523", align 2
  %".6525" = zext i16 %".6524" to i64
  %".6526" = icmp ugt i64 %".6525", 12655
  br i1 %".6526", label %"widening.test.30", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.30:
  %"ctx.118" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6528" = getelementptr i8, ptr %"ctx.118", i64 76
  %".6529" = load i32, ptr %".6528", align 4
  %".6530" = zext i32 %".6529" to i64
  %"data.296" = inttoptr i64 %".6530" to ptr
  %".6531" = getelementptr i8, ptr %"ctx.118", i64 80
  %".6532" = load i32, ptr %".6531", align 4
  %".6533" = zext i32 %".6532" to i64
  %"data_end.296" = inttoptr i64 %".6533" to ptr
  %".6534" = getelementptr i8, ptr %"keys", i64 0
  %".6535" = load volatile i16, ptr %".6534", align 2
  %".6536" = zext i16 %".6535" to i64
  %".6537" = icmp ugt i64 %".6536", 12655
  br i1 %".6537", label %"widening.test.31", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.31:
  %"ctx.119" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6539" = getelementptr i8, ptr %"ctx.119", i64 76
  %".6540" = load i32, ptr %".6539", align 4
  %".6541" = zext i32 %".6540" to i64
  %"data.297" = inttoptr i64 %".6541" to ptr
  %".6542" = getelementptr i8, ptr %"ctx.119", i64 80
  %".6543" = load i32, ptr %".6542", align 4
  %".6544" = zext i32 %".6543" to i64
  %"data_end.297" = inttoptr i64 %".6544" to ptr
  %".6545" = getelementptr i8, ptr %"keys", i64 0
  %".6546" = load volatile i16, ptr %".6545", align 2
  %".6547" = zext i16 %".6546" to i64
  %".6548" = icmp ugt i64 %".6547", 14703
  br i1 %".6548", label %"widening.test.32", label %"icmpv6"
widening.test.32:
  %"ctx.120" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6550" = getelementptr i8, ptr %"ctx.120", i64 76
  %".6551" = load i32, ptr %".6550", align 4
  %".6552" = zext i32 %".6551" to i64
  %"data.298" = inttoptr i64 %".6552" to ptr
  %".6553" = getelementptr i8, ptr %"ctx.120", i64 80
  %".6554" = load i32, ptr %".6553", align 4
  %".6555" = zext i32 %".6554" to i64
  %"data_end.298" = inttoptr i64 %".6555" to ptr
  %".6556" = getelementptr i8, ptr %"keys", i64 0
  %".6557" = load volatile i16, ptr %".6556", align 2
  %".6558" = zext i16 %".6557" to i64
  %".6559" = icmp ugt i64 %".6558", 8519
  br i1 %".6559", label %"widening.test.33", label %"ipv4_d1"
widening.test.33:
  %"ctx.121" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6561" = getelementptr i8, ptr %"ctx.121", i64 76
  %".6562" = load i32, ptr %".6561", align 4
  %".6563" = zext i32 %".6562" to i64
  %"data.299" = inttoptr i64 %".6563" to ptr
  %".6564" = getelementptr i8, ptr %"ctx.121", i64 80
  %".6565" = load i32, ptr %".6564", align 4
  %".6566" = zext i32 %".6565" to i64
  %"data_end.299" = inttoptr i64 %".6566" to ptr
  %".6567" = getelementptr i8, ptr %"keys", i64 0
  %".6568" = load volatile i16, ptr %".6567", align 2
  %".6569" = zext i16 %".6568" to i64
  %".6570" = icmp ugt i64 %".6569", 14703
  br i1 %".6570", label %"widening.test.34", label %"mpls_d1_mpls_labels1"
widening.test.34:
  %"ctx.122" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6572" = getelementptr i8, ptr %"ctx.122", i64 76
  %".6573" = load i32, ptr %".6572", align 4
  %".6574" = zext i32 %".6573" to i64
  %"data.300" = inttoptr i64 %".6574" to ptr
  %".6575" = getelementptr i8, ptr %"ctx.122", i64 80
  %".6576" = load i32, ptr %".6575", align 4
  %".6577" = zext i32 %".6576" to i64
  %"data_end.300" = inttoptr i64 %".6577" to ptr
  %".6578" = getelementptr i8, ptr %"keys", i64 0
  %".6579" = load volatile i16, ptr %".6578", align 2
  %".6580" = zext i16 %".6579" to i64
  %".6581" = icmp ugt i64 %".6580", 8579
  br i1 %".6581", label %"widening.test.35", label %"icmp"
widening.test.35:
  %"ctx.123" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6583" = getelementptr i8, ptr %"ctx.123", i64 76
  %".6584" = load i32, ptr %".6583", align 4
  %".6585" = zext i32 %".6584" to i64
  %"data.301" = inttoptr i64 %".6585" to ptr
  %".6586" = getelementptr i8, ptr %"ctx.123", i64 80
  %".6587" = load i32, ptr %".6586", align 4
  %".6588" = zext i32 %".6587" to i64
  %"data_end.301" = inttoptr i64 %".6588" to ptr
  %".6589" = getelementptr i8, ptr %"keys", i64 0
  %".6590" = load volatile i16, ptr %".6589", align 2
  %".6591" = zext i16 %".6590" to i64
  %".6592" = icmp ugt i64 %".6591", 14703
  br i1 %".6592", label %"widening.test.36", label %"ah"
widening.test.36:
  %"ctx.124" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6594" = getelementptr i8, ptr %"ctx.124", i64 76
  %".6595" = load i32, ptr %".6594", align 4
  %".6596" = zext i32 %".6595" to i64
  %"data.302" = inttoptr i64 %".6596" to ptr
  %".6597" = getelementptr i8, ptr %"ctx.124", i64 80
  %".6598" = load i32, ptr %".6597", align 4
  %".6599" = zext i32 %".6598" to i64
  %"data_end.302" = inttoptr i64 %".6599" to ptr
  %".6600" = getelementptr i8, ptr %"keys", i64 0
  %".6601" = load volatile i16, ptr %".6600", align 2
  %".6602" = zext i16 %".6601" to i64
  %".6603" = icmp ugt i64 %".6602", 14703
  br i1 %".6603", label %"widening.test.37", label %"esp"
widening.test.37:
  %"ctx.125" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6605" = getelementptr i8, ptr %"ctx.125", i64 76
  %".6606" = load i32, ptr %".6605", align 4
  %".6607" = zext i32 %".6606" to i64
  %"data.303" = inttoptr i64 %".6607" to ptr
  %".6608" = getelementptr i8, ptr %"ctx.125", i64 80
  %".6609" = load i32, ptr %".6608", align 4
  %".6610" = zext i32 %".6609" to i64
  %"data_end.303" = inttoptr i64 %".6610" to ptr
  %".6611" = getelementptr i8, ptr %"keys", i64 0
  %".6612" = load volatile i16, ptr %".6611", align 2
  %".6613" = zext i16 %".6612" to i64
  %".6614" = icmp ugt i64 %".6613", 14703
  br i1 %".6614", label %"widening.test.38", label %"dccp"
widening.test.38:
  %"ctx.126" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6616" = getelementptr i8, ptr %"ctx.126", i64 76
  %".6617" = load i32, ptr %".6616", align 4
  %".6618" = zext i32 %".6617" to i64
  %"data.304" = inttoptr i64 %".6618" to ptr
  %".6619" = getelementptr i8, ptr %"ctx.126", i64 80
  %".6620" = load i32, ptr %".6619", align 4
  %".6621" = zext i32 %".6620" to i64
  %"data_end.304" = inttoptr i64 %".6621" to ptr
  %".6622" = getelementptr i8, ptr %"keys", i64 0
  %".6623" = load volatile i16, ptr %".6622", align 2
  %".6624" = zext i16 %".6623" to i64
  %".6625" = icmp ugt i64 %".6624", 14703
  br i1 %".6625", label %"widening.test.39", label %"sctp"
widening.test.39:
  %"ctx.127" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6627" = getelementptr i8, ptr %"ctx.127", i64 76
  %".6628" = load i32, ptr %".6627", align 4
  %".6629" = zext i32 %".6628" to i64
  %"data.305" = inttoptr i64 %".6629" to ptr
  %".6630" = getelementptr i8, ptr %"ctx.127", i64 80
  %".6631" = load i32, ptr %".6630", align 4
  %".6632" = zext i32 %".6631" to i64
  %"data_end.305" = inttoptr i64 %".6632" to ptr
  %".6633" = getelementptr i8, ptr %"keys", i64 0
  %".6634" = load volatile i16, ptr %".6633", align 2
  %".6635" = zext i16 %".6634" to i64
  %".6636" = icmp ugt i64 %".6635", 14703
  br i1 %".6636", label %"widening.test.40", label %"gre_version_d1"
widening.test.40:
  %"ctx.128" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6638" = getelementptr i8, ptr %"ctx.128", i64 76
  %".6639" = load i32, ptr %".6638", align 4
  %".6640" = zext i32 %".6639" to i64
  %"data.306" = inttoptr i64 %".6640" to ptr
  %".6641" = getelementptr i8, ptr %"ctx.128", i64 80
  %".6642" = load i32, ptr %".6641", align 4
  %".6643" = zext i32 %".6642" to i64
  %"data_end.306" = inttoptr i64 %".6643" to ptr
  %".6644" = getelementptr i8, ptr %"keys", i64 0
  %".6645" = load volatile i16, ptr %".6644", align 2
  %".6646" = zext i16 %".6645" to i64
  %".6647" = icmp ugt i64 %".6646", 14703
  br i1 %".6647", label %"widening.test.41", label %"udplite"
widening.test.41:
  %"ctx.129" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6649" = getelementptr i8, ptr %"ctx.129", i64 76
  %".6650" = load i32, ptr %".6649", align 4
  %".6651" = zext i32 %".6650" to i64
  %"data.307" = inttoptr i64 %".6651" to ptr
  %".6652" = getelementptr i8, ptr %"ctx.129", i64 80
  %".6653" = load i32, ptr %".6652", align 4
  %".6654" = zext i32 %".6653" to i64
  %"data_end.307" = inttoptr i64 %".6654" to ptr
  %".6655" = getelementptr i8, ptr %"keys", i64 0
  %".6656" = load volatile i16, ptr %".6655", align 2
  %".6657" = zext i16 %".6656" to i64
  %".6658" = icmp ugt i64 %".6657", 14703
  br i1 %".6658", label %"widening.test.42", label %"udp_d1"
widening.test.42:
  %"ctx.130" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6660" = getelementptr i8, ptr %"ctx.130", i64 76
  %".6661" = load i32, ptr %".6660", align 4
  %".6662" = zext i32 %".6661" to i64
  %"data.308" = inttoptr i64 %".6662" to ptr
  %".6663" = getelementptr i8, ptr %"ctx.130", i64 80
  %".6664" = load i32, ptr %".6663", align 4
  %".6665" = zext i32 %".6664" to i64
  %"data_end.308" = inttoptr i64 %".6665" to ptr
  %".6666" = getelementptr i8, ptr %"keys", i64 0
  %".6667" = load volatile i16, ptr %".6666", align 2
  %".6668" = zext i16 %".6667" to i64
  %".6669" = icmp ugt i64 %".6668", 14703
  br i1 %".6669", label %"widening.beyond", label %"tcp"
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