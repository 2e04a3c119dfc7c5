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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".373", %"vlan_d0_vlan_tags1.to_ipv4"], [%".498", %"pppoe_d0.to_ipv4"], [%".647", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1900", %"vlan_d0_vlan_tags2.to_ipv4"], [%".1966", %"hsr_d0_vlan_tags2.to_ipv4"], [%".6123", %"widening.test.9"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".373", %"vlan_d0_vlan_tags1.to_ipv6"], [%".498", %"pppoe_d0.to_ipv6"], [%".647", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1900", %"vlan_d0_vlan_tags2.to_ipv6"], [%".1966", %"hsr_d0_vlan_tags2.to_ipv6"], [%".6068", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.42", %"pppoe_d0.to_ipv6"], [%"data.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.270", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.42", %"pppoe_d0.to_ipv6"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.270", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.42", %"pppoe_d0.to_ipv6"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".205" = getelementptr i8, ptr %"hdr.1", i64 40
  %".206" = icmp ugt ptr %".205", %"data_end.3"
  br i1 %".206", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".208" = getelementptr i8, ptr %"hdr.1", i64 0
  %".209" = load i32, ptr %".208", align 4
  %".210" = getelementptr i8, ptr %"hdr.1", i64 6
  %".211" = load i8, ptr %".210", align 1
  %".212" = getelementptr i8, ptr %"hdr.1", i64 8
  %".213" = load i64, ptr %".212", align 8
  %".214" = getelementptr i8, ptr %"hdr.1", i64 16
  %".215" = load i64, ptr %".214", align 8
  %".216" = getelementptr i8, ptr %"hdr.1", i64 24
  %".217" = load i64, ptr %".216", align 8
  %".218" = getelementptr i8, ptr %"hdr.1", i64 32
  %".219" = load i64, ptr %".218", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".209", %"ipv6_d0.linear"], [%".238", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".211", %"ipv6_d0.linear"], [%".240", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".213", %"ipv6_d0.linear"], [%".242", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".215", %"ipv6_d0.linear"], [%".244", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".217", %"ipv6_d0.linear"], [%".246", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".219", %"ipv6_d0.linear"], [%".248", %"ipv6_d0.copy_failed.endif"]
  %"data.29" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.28", %"ipv6_d0.copy_failed.endif"]
  %"data_end.29" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.28", %"ipv6_d0.copy_failed.endif"]
  %"keys.29" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.28", %"ipv6_d0.copy_failed.endif"]
  %".250" = getelementptr i8, ptr %"keys.29", i64 9
  store i8 %"w6_1", ptr %".250", align 1
  %".252" = getelementptr i8, ptr %"keys.29", i64 16
  store i64 %"w8_8", ptr %".252", align 8
  %".254" = getelementptr i8, ptr %"keys.29", i64 24
  store i64 %"w16_8", ptr %".254", align 8
  %".256" = getelementptr i8, ptr %"keys.29", i64 32
  store i64 %"w24_8", ptr %".256", align 8
  %".258" = getelementptr i8, ptr %"keys.29", i64 40
  store i64 %"w32_8", ptr %".258", align 8
  %".260" = trunc i64 34525 to i16
  %".261" = getelementptr i8, ptr %"keys.29", i64 4
  store i16 %".260", ptr %".261", align 2
  %".263" = trunc i64 34525 to i16
  %".264" = call i16 @"llvm.bswap.i16"(i16 %".263")
  %".265" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".264", ptr %".265", align 2
  %".267" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".268" = zext i32 %".267" to i64
  %".269" = and i64 %".268", 1048575
  %".270" = trunc i64 %".269" to i32
  %".271" = call i32 @"llvm.bswap.i32"(i32 %".270")
  %".272" = getelementptr i8, ptr %"keys.29", i64 52
  store i32 %".271", ptr %".272", align 4
  %".274" = add i64 %"cursor.2", 40
  %".275" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".276" = zext i32 %".275" to i64
  %".277" = and i64 %".276", 1048575
  %".278" = icmp ne i64 %".277", 0
  %".279" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.3" = load volatile i32, ptr %".279", align 4
  %".280" = and i32 %"flags.3", 2
  %".281" = icmp ne i32 %".280", 0
  %".282" = and i1 %".278", %".281"
  br i1 %".282", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".346" = getelementptr i8, ptr %"hdr.2", i64 4
  %".347" = icmp ugt ptr %".346", %"data_end.4"
  br i1 %".347", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".349" = getelementptr i8, ptr %"hdr.2", i64 2
  %".350" = load i16, ptr %".349", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".350", %"vlan_d0_vlan_tags1.linear"], [%".369", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".371" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %"w2_2", ptr %".371", align 2
  %".373" = add i64 %"cursor.3", 4
  %".374" = trunc i64 %".373" to i16
  %".375" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".374", ptr %".375", align 2
  %".377" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".378" = zext i16 %".377" to i64
  switch i16 %"w2_2", label %"vlan_d0_vlan_tags1.unknown" [i16 8, label %"vlan_d0_vlan_tags1.to_ipv4" i16 56710, label %"vlan_d0_vlan_tags1.to_ipv6" i16 129, label %"vlan_d0_vlan_tags1.to_vlan" i16 43144, label %"vlan_d0_vlan_tags1.to_vlan.1" i16 18312, label %"vlan_d0_vlan_tags1.to_mpls" i16 18568, label %"vlan_d0_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags1.to_arp" i16 13696, label %"vlan_d0_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags1.to_ptp" i16 649, label %"vlan_d0_vlan_tags1.to_cfm" i16 51848, label %"vlan_d0_vlan_tags1.to_tipc" i16 1673, label %"vlan_d0_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags1.to_hsr" i16 64392, label %"vlan_d0_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags1.to_batadv"]  , !prof !1
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".274", %"ipv6_d0.to_mpls"], [%".373", %"vlan_d0_vlan_tags1.to_mpls"], [%".373", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".498", %"pppoe_d0.to_mpls"], [%".498", %"pppoe_d0.to_mpls.1"], [%".647", %"hsr_d0_vlan_tags1.to_mpls"], [%".647", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1900", %"vlan_d0_vlan_tags2.to_mpls"], [%".1900", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".1966", %"hsr_d0_vlan_tags2.to_mpls"], [%".1966", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".5062", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".5164", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".6134", %"widening.test.10"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.16", %"ipv4_d0.to_mpls"], [%"data.29", %"ipv6_d0.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.42", %"pppoe_d0.to_mpls"], [%"data.42", %"pppoe_d0.to_mpls.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.276", %"widening.test.10"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.16", %"ipv4_d0.to_mpls"], [%"data_end.29", %"ipv6_d0.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.42", %"pppoe_d0.to_mpls"], [%"data_end.42", %"pppoe_d0.to_mpls.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.276", %"widening.test.10"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.16", %"ipv4_d0.to_mpls"], [%"keys.29", %"ipv6_d0.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.42", %"pppoe_d0.to_mpls"], [%"keys.42", %"pppoe_d0.to_mpls.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.10"]
  %".400" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".401" = getelementptr i8, ptr %"hdr.3", i64 4
  %".402" = icmp ugt ptr %".401", %"data_end.5"
  br i1 %".402", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".404" = getelementptr i8, ptr %"hdr.3", i64 2
  %".405" = load i8, ptr %".404", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".405", %"mpls_d0_mpls_labels1.linear"], [%".424", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".426" = add i64 %"cursor.4", 4
  %".427" = zext i8 %"w2_1" to i64
  %".428" = and i64 %".427", 1
  switch i64 %".428", label %"mpls_d0_mpls_labels1.unknown" [i64 0, label %"mpls_d0_mpls_labels1.to_mpls" i64 1, label %"mpls_d0_mpls_labels1.to_ip_version"]
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels2:
  %"cursor.29" = phi  i64 [%".426", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.39" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.39" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.39" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %".2005" = add i64 %"cursor.29", 4
  %"hdr.26" = getelementptr i8, ptr %"data.39", i64 %"cursor.29"
  %".2006" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2007" = icmp ugt ptr %".2006", %"data_end.39"
  br i1 %".2007", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2009" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2010" = load i8, ptr %".2009", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2010", %"mpls_d0_mpls_labels2.linear"], [%".2029", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.111" = phi  ptr [%"data.39", %"mpls_d0_mpls_labels2.linear"], [%"data.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.39", %"mpls_d0_mpls_labels2.linear"], [%"data_end.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.39", %"mpls_d0_mpls_labels2.linear"], [%"keys.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2031" = add i64 %"cursor.29", 4
  %".2032" = zext i8 %"w2_1.1" to i64
  %".2033" = and i64 %".2032", 1
  switch i64 %".2033", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels3:
  %"cursor.51" = phi  i64 [%".2031", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.112" = phi  ptr [%"data.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.112" = phi  ptr [%"keys.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %".3789" = add i64 %"cursor.51", 4
  %"hdr.45" = getelementptr i8, ptr %"data.112", i64 %"cursor.51"
  %".3790" = getelementptr i8, ptr %"hdr.45", i64 4
  %".3791" = icmp ugt ptr %".3790", %"data_end.112"
  br i1 %".3791", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".3793" = getelementptr i8, ptr %"hdr.45", i64 2
  %".3794" = load i8, ptr %".3793", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".3794", %"mpls_d0_mpls_labels3.linear"], [%".3813", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.184" = phi  ptr [%"data.112", %"mpls_d0_mpls_labels3.linear"], [%"data.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.184" = phi  ptr [%"data_end.112", %"mpls_d0_mpls_labels3.linear"], [%"data_end.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.184" = phi  ptr [%"keys.112", %"mpls_d0_mpls_labels3.linear"], [%"keys.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".3815" = add i64 %"cursor.51", 4
  %".3816" = zext i8 %"w2_1.3" to i64
  %".3817" = and i64 %".3816", 1
  switch i64 %".3817", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels4:
  %"cursor.70" = phi  i64 [%".3815", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.185" = phi  ptr [%"data.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.185" = phi  ptr [%"data_end.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.185" = phi  ptr [%"keys.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %".5259" = add i64 %"cursor.70", 4
  %"hdr.62" = getelementptr i8, ptr %"data.185", i64 %"cursor.70"
  %".5260" = getelementptr i8, ptr %"hdr.62", i64 4
  %".5261" = icmp ugt ptr %".5260", %"data_end.185"
  br i1 %".5261", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5263" = getelementptr i8, ptr %"hdr.62", i64 2
  %".5264" = load i8, ptr %".5263", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5264", %"mpls_d0_mpls_labels4.linear"], [%".5283", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.236" = phi  ptr [%"data.185", %"mpls_d0_mpls_labels4.linear"], [%"data.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.236" = phi  ptr [%"data_end.185", %"mpls_d0_mpls_labels4.linear"], [%"data_end.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.236" = phi  ptr [%"keys.185", %"mpls_d0_mpls_labels4.linear"], [%"keys.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5285" = add i64 %"cursor.70", 4
  %".5286" = zext i8 %"w2_1.5" to i64
  %".5287" = and i64 %".5286", 1
  switch i64 %".5287", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels4.to_mpls:
  %".5293" = trunc i64 %".5285" to i16
  %".5294" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5293", ptr %".5294", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".373", %"vlan_d0_vlan_tags1.to_pppoe"], [%".647", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1900", %"vlan_d0_vlan_tags2.to_pppoe"], [%".1966", %"hsr_d0_vlan_tags2.to_pppoe"], [%".6057", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.269", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.269", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".448" = getelementptr i8, ptr %"hdr.4", i64 8
  %".449" = icmp ugt ptr %".448", %"data_end.6"
  br i1 %".449", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".451" = getelementptr i8, ptr %"hdr.4", i64 0
  %".452" = load i8, ptr %".451", align 1
  %".453" = getelementptr i8, ptr %"hdr.4", i64 1
  %".454" = load i8, ptr %".453", align 1
  %".455" = getelementptr i8, ptr %"hdr.4", i64 6
  %".456" = load i16, ptr %".455", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".452", %"pppoe_d0.linear"], [%".475", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".454", %"pppoe_d0.linear"], [%".477", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".456", %"pppoe_d0.linear"], [%".479", %"pppoe_d0.copy_failed.endif"]
  %"data.42" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.41", %"pppoe_d0.copy_failed.endif"]
  %"data_end.42" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.41", %"pppoe_d0.copy_failed.endif"]
  %"keys.42" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.41", %"pppoe_d0.copy_failed.endif"]
  %".481" = zext i8 %"w0_1.1" to i64
  %".482" = lshr i64 %".481", 4
  %".483" = and i64 %".482", 15
  %".484" = icmp eq i64 %".483", 1
  %".485" = zext i8 %"w0_1.1" to i64
  %".486" = and i64 %".485", 15
  %".487" = icmp eq i64 %".486", 1
  %".488" = and i1 %".484", %".487"
  %".489" = zext i8 %"w1_1" to i64
  %".490" = icmp eq i64 %".489", 0
  %".491" = and i1 %".488", %".490"
  %".492" = xor i1 %".491", -1
  br i1 %".492", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".373", %"vlan_d0_vlan_tags1.to_arp"], [%".373", %"vlan_d0_vlan_tags1.to_arp.1"], [%".647", %"hsr_d0_vlan_tags1.to_arp"], [%".647", %"hsr_d0_vlan_tags1.to_arp.1"], [%".720", %"batadv_d0.stop_at_encap.endif.7"], [%".720", %"batadv_d0.stop_at_encap.endif.8"], [%".1900", %"vlan_d0_vlan_tags2.to_arp"], [%".1900", %"vlan_d0_vlan_tags2.to_arp.1"], [%".1966", %"hsr_d0_vlan_tags2.to_arp"], [%".1966", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2120", %"vlan_d1_vlan_tags1.to_arp"], [%".2120", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2310", %"hsr_d1_vlan_tags1.to_arp"], [%".2310", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.5", %"gre_d0.to_arp"], [%"end.5", %"gre_d0.to_arp.1"], [%".3864", %"vlan_d1_vlan_tags2.to_arp"], [%".3864", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3930", %"hsr_d1_vlan_tags2.to_arp"], [%".3930", %"hsr_d1_vlan_tags2.to_arp.1"], [%".4047", %"ethernet_d1.to_arp"], [%".4047", %"ethernet_d1.to_arp.1"], [%".6288", %"widening.test.24"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_arp"], [%"data.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.109", %"hsr_d0_vlan_tags2.to_arp"], [%"data.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.116", %"vlan_d1_vlan_tags1.to_arp"], [%"data.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_arp"], [%"data.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.154", %"gre_d0.to_arp"], [%"data.154", %"gre_d0.to_arp.1"], [%"data.187", %"vlan_d1_vlan_tags2.to_arp"], [%"data.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.189", %"hsr_d1_vlan_tags2.to_arp"], [%"data.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.194", %"ethernet_d1.to_arp"], [%"data.194", %"ethernet_d1.to_arp.1"], [%"data.290", %"widening.test.24"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.154", %"gre_d0.to_arp"], [%"data_end.154", %"gre_d0.to_arp.1"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.194", %"ethernet_d1.to_arp"], [%"data_end.194", %"ethernet_d1.to_arp.1"], [%"data_end.290", %"widening.test.24"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.109", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.116", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.154", %"gre_d0.to_arp"], [%"keys.154", %"gre_d0.to_arp.1"], [%"keys.187", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.189", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.194", %"ethernet_d1.to_arp"], [%"keys.194", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.24"]
  %".533" = add i64 %"cursor.6", 0
  %".534" = trunc i64 %".533" to i16
  %".535" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".534", ptr %".535", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".373", %"vlan_d0_vlan_tags1.to_ptp"], [%".647", %"hsr_d0_vlan_tags1.to_ptp"], [%".720", %"batadv_d0.stop_at_encap.endif.9"], [%".1900", %"vlan_d0_vlan_tags2.to_ptp"], [%".1966", %"hsr_d0_vlan_tags2.to_ptp"], [%".2120", %"vlan_d1_vlan_tags1.to_ptp"], [%".2310", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.5", %"gre_d0.to_ptp"], [%".3864", %"vlan_d1_vlan_tags2.to_ptp"], [%".3930", %"hsr_d1_vlan_tags2.to_ptp"], [%".4047", %"ethernet_d1.to_ptp"], [%".6277", %"widening.test.23"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.154", %"gre_d0.to_ptp"], [%"data.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.194", %"ethernet_d1.to_ptp"], [%"data.289", %"widening.test.23"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.154", %"gre_d0.to_ptp"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.194", %"ethernet_d1.to_ptp"], [%"data_end.289", %"widening.test.23"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.154", %"gre_d0.to_ptp"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.194", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.23"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".538" = getelementptr i8, ptr %"hdr.5", i64 34
  %".539" = icmp ugt ptr %".538", %"data_end.8"
  br i1 %".539", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.45" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.44", %"ptp.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.44", %"ptp.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.44", %"ptp.copy_failed.endif"]
  %".559" = add i64 %"cursor.7", 34
  %".560" = trunc i64 %".559" to i16
  %".561" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".560", ptr %".561", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".373", %"vlan_d0_vlan_tags1.to_cfm"], [%".647", %"hsr_d0_vlan_tags1.to_cfm"], [%".720", %"batadv_d0.stop_at_encap.endif.10"], [%".1900", %"vlan_d0_vlan_tags2.to_cfm"], [%".1966", %"hsr_d0_vlan_tags2.to_cfm"], [%".2120", %"vlan_d1_vlan_tags1.to_cfm"], [%".2310", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.5", %"gre_d0.to_cfm"], [%".3864", %"vlan_d1_vlan_tags2.to_cfm"], [%".3930", %"hsr_d1_vlan_tags2.to_cfm"], [%".4047", %"ethernet_d1.to_cfm"], [%".6266", %"widening.test.22"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.154", %"gre_d0.to_cfm"], [%"data.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.194", %"ethernet_d1.to_cfm"], [%"data.288", %"widening.test.22"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.154", %"gre_d0.to_cfm"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.194", %"ethernet_d1.to_cfm"], [%"data_end.288", %"widening.test.22"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.154", %"gre_d0.to_cfm"], [%"keys.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.194", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.22"]
  %".564" = add i64 %"cursor.8", 0
  %".565" = trunc i64 %".564" to i16
  %".566" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".565", ptr %".566", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".373", %"vlan_d0_vlan_tags1.to_tipc"], [%".647", %"hsr_d0_vlan_tags1.to_tipc"], [%".720", %"batadv_d0.stop_at_encap.endif.11"], [%".1900", %"vlan_d0_vlan_tags2.to_tipc"], [%".1966", %"hsr_d0_vlan_tags2.to_tipc"], [%".2120", %"vlan_d1_vlan_tags1.to_tipc"], [%".2310", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.5", %"gre_d0.to_tipc"], [%".3864", %"vlan_d1_vlan_tags2.to_tipc"], [%".3930", %"hsr_d1_vlan_tags2.to_tipc"], [%".4047", %"ethernet_d1.to_tipc"], [%".6255", %"widening.test.21"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.53", %"batadv_d0.stop_at_encap.endif.11"], [%"data.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.154", %"gre_d0.to_tipc"], [%"data.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.194", %"ethernet_d1.to_tipc"], [%"data.287", %"widening.test.21"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.154", %"gre_d0.to_tipc"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.194", %"ethernet_d1.to_tipc"], [%"data_end.287", %"widening.test.21"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.154", %"gre_d0.to_tipc"], [%"keys.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.194", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.21"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".569" = getelementptr i8, ptr %"hdr.6", i64 16
  %".570" = icmp ugt ptr %".569", %"data_end.10"
  br i1 %".570", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.47" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.46", %"tipc.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.46", %"tipc.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.46", %"tipc.copy_failed.endif"]
  %".590" = trunc i64 %"cursor.9" to i16
  %".591" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".590", ptr %".591", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".373", %"vlan_d0_vlan_tags1.to_fcoe"], [%".647", %"hsr_d0_vlan_tags1.to_fcoe"], [%".720", %"batadv_d0.stop_at_encap.endif.12"], [%".1900", %"vlan_d0_vlan_tags2.to_fcoe"], [%".1966", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2120", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2310", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.5", %"gre_d0.to_fcoe"], [%".3864", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3930", %"hsr_d1_vlan_tags2.to_fcoe"], [%".4047", %"ethernet_d1.to_fcoe"], [%".6244", %"widening.test.20"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.53", %"batadv_d0.stop_at_encap.endif.12"], [%"data.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.154", %"gre_d0.to_fcoe"], [%"data.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.194", %"ethernet_d1.to_fcoe"], [%"data.286", %"widening.test.20"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.154", %"gre_d0.to_fcoe"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.194", %"ethernet_d1.to_fcoe"], [%"data_end.286", %"widening.test.20"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.154", %"gre_d0.to_fcoe"], [%"keys.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.194", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.20"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".594" = getelementptr i8, ptr %"hdr.7", i64 38
  %".595" = icmp ugt ptr %".594", %"data_end.11"
  br i1 %".595", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.49" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.48", %"fcoe.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.48", %"fcoe.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.48", %"fcoe.copy_failed.endif"]
  %".615" = add i64 %"cursor.10", 38
  %".616" = trunc i64 %".615" to i16
  %".617" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".616", ptr %".617", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".620" = getelementptr i8, ptr %"hdr.8", i64 6
  %".621" = icmp ugt ptr %".620", %"data_end.12"
  br i1 %".621", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".623" = getelementptr i8, ptr %"hdr.8", i64 4
  %".624" = load i16, ptr %".623", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".624", %"hsr_d0_vlan_tags1.linear"], [%".643", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".645" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %"w4_2", ptr %".645", align 2
  %".647" = add i64 %"cursor.11", 6
  %".648" = trunc i64 %".647" to i16
  %".649" = getelementptr i8, ptr %"keys.51", i64 0
  store i16 %".648", ptr %".649", align 2
  %".651" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".652" = zext i16 %".651" to i64
  switch i16 %"w4_2", label %"hsr_d0_vlan_tags1.unknown" [i16 8, label %"hsr_d0_vlan_tags1.to_ipv4" i16 56710, label %"hsr_d0_vlan_tags1.to_ipv6" i16 129, label %"hsr_d0_vlan_tags1.to_vlan" i16 43144, label %"hsr_d0_vlan_tags1.to_vlan.1" i16 18312, label %"hsr_d0_vlan_tags1.to_mpls" i16 18568, label %"hsr_d0_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags1.to_arp" i16 13696, label %"hsr_d0_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags1.to_ptp" i16 649, label %"hsr_d0_vlan_tags1.to_cfm" i16 51848, label %"hsr_d0_vlan_tags1.to_tipc" i16 1673, label %"hsr_d0_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags1.to_hsr" i16 64392, label %"hsr_d0_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags1.to_batadv"]  , !prof !1
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".373", %"vlan_d0_vlan_tags1.to_batadv"], [%".647", %"hsr_d0_vlan_tags1.to_batadv"], [%".1900", %"vlan_d0_vlan_tags2.to_batadv"], [%".1966", %"hsr_d0_vlan_tags2.to_batadv"], [%".6046", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.268", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.268", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".674" = getelementptr i8, ptr %"hdr.9", i64 24
  %".675" = icmp ugt ptr %".674", %"data_end.13"
  br i1 %".675", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".677" = getelementptr i8, ptr %"hdr.9", i64 0
  %".678" = load i8, ptr %".677", align 1
  %".679" = getelementptr i8, ptr %"hdr.9", i64 1
  %".680" = load i8, ptr %".679", align 1
  %".681" = getelementptr i8, ptr %"hdr.9", i64 22
  %".682" = load i16, ptr %".681", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".678", %"batadv_d0.linear"], [%".701", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".680", %"batadv_d0.linear"], [%".703", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".682", %"batadv_d0.linear"], [%".705", %"batadv_d0.copy_failed.endif"]
  %"data.53" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.52", %"batadv_d0.copy_failed.endif"]
  %"data_end.53" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.52", %"batadv_d0.copy_failed.endif"]
  %"keys.53" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.52", %"batadv_d0.copy_failed.endif"]
  %".707" = zext i8 %"w1_1.1" to i64
  %".708" = icmp eq i64 %".707", 15
  %".709" = zext i8 %"w0_1.2" to i64
  %".710" = icmp eq i64 %".709", 64
  %".711" = and i1 %".708", %".710"
  %".712" = xor i1 %".711", -1
  br i1 %".712", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  %".108" = trunc i64 2048 to i16
  %".109" = call i16 @"llvm.bswap.i16"(i16 %".108")
  %".110" = getelementptr i8, ptr %"keys.15", i64 10
  store i16 %".109", ptr %".110", align 2
  %".112" = add i64 %"cursor.1", 20
  %".113" = zext i8 %"w0_1" to i64
  %".114" = and i64 %".113", 15
  %".115" = icmp eq i64 %".114", 5
  %".116" = xor i1 %".115", -1
  br i1 %".116", label %"ipv4_d0.variable", label %"ipv4_d0.no_variable", !prof !0
ipv4_d0.no_variable:
  br label %"ipv4_d0.variable.endif"
ipv4_d0.variable.endif:
  %"end" = phi  i64 [%".112", %"ipv4_d0.no_variable"], [%".124", %"ipv4_d0.variable"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.no_variable"], [%"data.15", %"ipv4_d0.variable"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.no_variable"], [%"data_end.15", %"ipv4_d0.variable"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.no_variable"], [%"keys.15", %"ipv4_d0.variable"]
  %".126" = and i16 %"w6_2", 65343
  %".127" = icmp ne i16 %".126", 0
  %".128" = and i16 %"w6_2", 65311
  %".129" = icmp eq i16 %".128", 0
  br i1 %".127", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif", !prof !0
ipv4_d0.fragment.endif:
  %".151" = zext i8 %"w9_1" to i64
  switch i64 %".151", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.to_tcp:
  br label %"tcp"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".274", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1560", %"ipv6_d1.to_tcp"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".5062", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".5164", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".5536", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".5644", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".6486", %"widening.test.42"]
  %"data.17" = phi  ptr [%"data.16", %"ipv4_d0.to_tcp"], [%"data.29", %"ipv6_d0.to_tcp"], [%"data.91", %"ipv4_d1.to_tcp"], [%"data.95", %"ipv6_d1.to_tcp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.308", %"widening.test.42"]
  %"data_end.17" = phi  ptr [%"data_end.16", %"ipv4_d0.to_tcp"], [%"data_end.29", %"ipv6_d0.to_tcp"], [%"data_end.91", %"ipv4_d1.to_tcp"], [%"data_end.95", %"ipv6_d1.to_tcp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.308", %"widening.test.42"]
  %"keys.17" = phi  ptr [%"keys.16", %"ipv4_d0.to_tcp"], [%"keys.29", %"ipv6_d0.to_tcp"], [%"keys.91", %"ipv4_d1.to_tcp"], [%"keys.95", %"ipv6_d1.to_tcp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.42"]
  %"hdr.10" = getelementptr i8, ptr %"data.17", i64 %"cursor.13"
  %".936" = getelementptr i8, ptr %"hdr.10", i64 4
  %".937" = icmp ugt ptr %".936", %"data_end.17"
  br i1 %".937", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".939" = getelementptr i8, ptr %"hdr.10", i64 0
  %".940" = load i32, ptr %".939", align 4
  br label %"tcp.header"
tcp.header:
  %"w0_4.1" = phi  i32 [%".940", %"tcp.linear"], [%".959", %"tcp.copy_failed.endif"]
  %"data.60" = phi  ptr [%"data.17", %"tcp.linear"], [%"data.59", %"tcp.copy_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.17", %"tcp.linear"], [%"data_end.59", %"tcp.copy_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.17", %"tcp.linear"], [%"keys.59", %"tcp.copy_failed.endif"]
  %".961" = getelementptr i8, ptr %"keys.60", i64 12
  store i32 %"w0_4.1", ptr %".961", align 4
  switch i64 0, label %"tcp.unknown" [i64 0, label %"tcp.to_tcp_header"]
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.13", %"tcp.to_tcp_header"]
  %"data.61" = phi  ptr [%"data.60", %"tcp.to_tcp_header"]
  %"data_end.61" = phi  ptr [%"data_end.60", %"tcp.to_tcp_header"]
  %"keys.61" = phi  ptr [%"keys.60", %"tcp.to_tcp_header"]
  %"hdr.33" = getelementptr i8, ptr %"data.61", i64 %"cursor.37"
  %".2647" = getelementptr i8, ptr %"hdr.33", i64 20
  %".2648" = icmp ugt ptr %".2647", %"data_end.61"
  br i1 %".2648", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2650" = getelementptr i8, ptr %"hdr.33", i64 12
  %".2651" = load i8, ptr %".2650", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2651", %"tcp_header.linear"], [%".2670", %"tcp_header.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.61", %"tcp_header.linear"], [%"data.128", %"tcp_header.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.61", %"tcp_header.linear"], [%"data_end.128", %"tcp_header.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.61", %"tcp_header.linear"], [%"keys.128", %"tcp_header.copy_failed.endif"]
  %".2672" = zext i8 %"w12_1" to i64
  %".2673" = lshr i64 %".2672", 4
  %".2674" = and i64 %".2673", 15
  %".2675" = icmp uge i64 %".2674", 5
  %".2676" = xor i1 %".2675", -1
  br i1 %".2676", label %"tcp_header.require", label %"tcp_header.require.endif"
ipv4_d0.variable:
  %".119" = zext i8 %"w0_1" to i64
  %".120" = and i64 %".119", 15
  %".121" = mul i64 %".120", 4
  %".122" = sub i64 %".121", 20
  %".123" = add i64 %".122", 20
  %".124" = add i64 %"cursor.1", %".123"
  br label %"ipv4_d0.variable.endif"
ipv4_d0.fragment:
  %".131" = getelementptr i8, ptr %"keys.16", i64 6
  store i8 1, ptr %".131", align 1
  br i1 %".129", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.first_fragment:
  %".134" = getelementptr i8, ptr %"keys.16", i64 7
  store i8 1, ptr %".134", align 1
  %".136" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags" = load volatile i32, ptr %".136", align 4
  %".137" = and i32 %"flags", 1
  %".138" = icmp ne i32 %".137", 0
  %".139" = xor i1 %".138", -1
  br i1 %".139", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".146" = trunc i64 %"end" to i16
  %".147" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".146", ptr %".147", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".141" = trunc i64 %"end" to i16
  %".142" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".141", ptr %".142", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".153" = trunc i64 %"end" to i16
  %".154" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".153", ptr %".154", align 2
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
  %".166" = trunc i64 34887 to i16
  %".167" = call i16 @"llvm.bswap.i16"(i16 %".166")
  %".168" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".167", ptr %".168", align 2
  br label %"mpls_d0_mpls_labels1"
ipv4_d0.to_ipv4:
  %".171" = trunc i64 2048 to i16
  %".172" = call i16 @"llvm.bswap.i16"(i16 %".171")
  %".173" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".172", ptr %".173", align 2
  %".175" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".175", align 1
  %".177" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.1" = load volatile i32, ptr %".177", align 4
  %".178" = and i32 %"flags.1", 4
  %".179" = icmp ne i32 %".178", 0
  br i1 %".179", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".188" = trunc i64 34525 to i16
  %".189" = call i16 @"llvm.bswap.i16"(i16 %".188")
  %".190" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".189", ptr %".190", align 2
  %".192" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".192", align 1
  %".194" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.2" = load volatile i32, ptr %".194", align 4
  %".195" = and i32 %"flags.2", 4
  %".196" = icmp ne i32 %".195", 0
  br i1 %".196", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
udp_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".274", %"ipv6_d0.to_udp"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".5062", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".5164", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".6156", %"widening.test.12"]
  %"data.18" = phi  ptr [%"data.16", %"ipv4_d0.to_udp"], [%"data.29", %"ipv6_d0.to_udp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.278", %"widening.test.12"]
  %"data_end.18" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udp"], [%"data_end.29", %"ipv6_d0.to_udp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.278", %"widening.test.12"]
  %"keys.18" = phi  ptr [%"keys.16", %"ipv4_d0.to_udp"], [%"keys.29", %"ipv6_d0.to_udp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys", %"widening.test.12"]
  %"hdr.11" = getelementptr i8, ptr %"data.18", i64 %"cursor.14"
  %".969" = getelementptr i8, ptr %"hdr.11", i64 4
  %".970" = icmp ugt ptr %".969", %"data_end.18"
  br i1 %".970", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".972" = getelementptr i8, ptr %"hdr.11", i64 0
  %".973" = load i32, ptr %".972", align 4
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_4.2" = phi  i32 [%".973", %"udp_d0.linear"], [%".992", %"udp_d0.copy_failed.endif"]
  %"data.63" = phi  ptr [%"data.18", %"udp_d0.linear"], [%"data.62", %"udp_d0.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.18", %"udp_d0.linear"], [%"data_end.62", %"udp_d0.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.18", %"udp_d0.linear"], [%"keys.62", %"udp_d0.copy_failed.endif"]
  %".994" = getelementptr i8, ptr %"keys.63", i64 12
  store i32 %"w0_4.2", ptr %".994", align 4
  %".996" = add i64 %"cursor.14", 4
  %".997" = add i64 4, 4
  %".998" = getelementptr i8, ptr %"data.63", i64 %"cursor.14"
  %".999" = getelementptr i8, ptr %".998", i64 %".997"
  %".1000" = icmp ugt ptr %".999", %"data_end.63"
  br i1 %".1000", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.65" = phi  ptr [%"data.63", %"udp_d0.header"], [%"data.64", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.63", %"udp_d0.header"], [%"data_end.64", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.63", %"udp_d0.header"], [%"keys.64", %"udp_d0.copy_last_byte_failed.endif"]
  %".1021" = add i64 %"cursor.14", %".997"
  %".1022" = lshr i32 %"w0_4.2", 16
  %".1023" = trunc i32 %".1022" to i16
  %".1024" = call i16 @"llvm.bswap.i16"(i16 %".1023")
  %".1025" = zext i16 %".1024" to i64
  switch i16 %".1023", label %"udp_d0.unknown" [i16 46354, label %"udp_d0.to_vxlan" i16 49431, label %"udp_d0.to_geneve" i16 49175, label %"udp_d0.to_gue" i16 26632, label %"udp_d0.to_gtpu" i16 24862, label %"udp_d0.to_shim"]  , !prof !4
udp_d0.to_vxlan:
  br label %"vxlan_d0"
vxlan_d0:
  %"cursor.38" = phi  i64 [%".1021", %"udp_d0.to_vxlan"]
  %"data.66" = phi  ptr [%"data.65", %"udp_d0.to_vxlan"]
  %"data_end.66" = phi  ptr [%"data_end.65", %"udp_d0.to_vxlan"]
  %"keys.66" = phi  ptr [%"keys.65", %"udp_d0.to_vxlan"]
  %"hdr.34" = getelementptr i8, ptr %"data.66", i64 %"cursor.38"
  %".2725" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2726" = icmp ugt ptr %".2725", %"data_end.66"
  br i1 %".2726", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.134" = phi  ptr [%"data.66", %"vxlan_d0.linear"], [%"data.133", %"vxlan_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.66", %"vxlan_d0.linear"], [%"data_end.133", %"vxlan_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.66", %"vxlan_d0.linear"], [%"keys.133", %"vxlan_d0.copy_failed.endif"]
  %".2746" = add i64 %"cursor.38", 8
  %".2747" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".2747", align 1
  %".2749" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.52" = load volatile i32, ptr %".2749", align 4
  %".2750" = and i32 %"flags.52", 4
  %".2751" = icmp ne i32 %".2750", 0
  br i1 %".2751", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".274", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1560", %"ipv6_d1.to_udplite"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".5062", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".5164", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".5536", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".5644", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".6464", %"widening.test.40"]
  %"data.19" = phi  ptr [%"data.16", %"ipv4_d0.to_udplite"], [%"data.29", %"ipv6_d0.to_udplite"], [%"data.91", %"ipv4_d1.to_udplite"], [%"data.95", %"ipv6_d1.to_udplite"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.306", %"widening.test.40"]
  %"data_end.19" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udplite"], [%"data_end.29", %"ipv6_d0.to_udplite"], [%"data_end.91", %"ipv4_d1.to_udplite"], [%"data_end.95", %"ipv6_d1.to_udplite"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.306", %"widening.test.40"]
  %"keys.19" = phi  ptr [%"keys.16", %"ipv4_d0.to_udplite"], [%"keys.29", %"ipv6_d0.to_udplite"], [%"keys.91", %"ipv4_d1.to_udplite"], [%"keys.95", %"ipv6_d1.to_udplite"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.40"]
  %"hdr.12" = getelementptr i8, ptr %"data.19", i64 %"cursor.15"
  %".1036" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1037" = icmp ugt ptr %".1036", %"data_end.19"
  br i1 %".1037", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1039" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1040" = load i32, ptr %".1039", align 4
  br label %"udplite.header"
udplite.header:
  %"w0_4.3" = phi  i32 [%".1040", %"udplite.linear"], [%".1059", %"udplite.copy_failed.endif"]
  %"data.72" = phi  ptr [%"data.19", %"udplite.linear"], [%"data.71", %"udplite.copy_failed.endif"]
  %"data_end.72" = phi  ptr [%"data_end.19", %"udplite.linear"], [%"data_end.71", %"udplite.copy_failed.endif"]
  %"keys.72" = phi  ptr [%"keys.19", %"udplite.linear"], [%"keys.71", %"udplite.copy_failed.endif"]
  %".1061" = getelementptr i8, ptr %"keys.72", i64 12
  store i32 %"w0_4.3", ptr %".1061", align 4
  %".1063" = add i64 %"cursor.15", 4
  %".1064" = add i64 4, 4
  %".1065" = getelementptr i8, ptr %"data.72", i64 %"cursor.15"
  %".1066" = getelementptr i8, ptr %".1065", i64 %".1064"
  %".1067" = icmp ugt ptr %".1066", %"data_end.72"
  br i1 %".1067", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.74" = phi  ptr [%"data.72", %"udplite.header"], [%"data.73", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.74" = phi  ptr [%"data_end.72", %"udplite.header"], [%"data_end.73", %"udplite.copy_last_byte_failed.endif"]
  %"keys.74" = phi  ptr [%"keys.72", %"udplite.header"], [%"keys.73", %"udplite.copy_last_byte_failed.endif"]
  %".1088" = add i64 %"cursor.15", %".1064"
  %".1089" = trunc i64 %"cursor.15" to i16
  %".1090" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1089", ptr %".1090", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".274", %"ipv6_d0.to_gre_version"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".5062", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".5164", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".6145", %"widening.test.11"]
  %"data.20" = phi  ptr [%"data.16", %"ipv4_d0.to_gre_version"], [%"data.29", %"ipv6_d0.to_gre_version"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.277", %"widening.test.11"]
  %"data_end.20" = phi  ptr [%"data_end.16", %"ipv4_d0.to_gre_version"], [%"data_end.29", %"ipv6_d0.to_gre_version"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.277", %"widening.test.11"]
  %"keys.20" = phi  ptr [%"keys.16", %"ipv4_d0.to_gre_version"], [%"keys.29", %"ipv6_d0.to_gre_version"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.11"]
  %"hdr.13" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1093" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1094" = icmp ugt ptr %".1093", %"data_end.20"
  br i1 %".1094", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1096" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1097" = load i8, ptr %".1096", align 1
  %".1098" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1099" = load i8, ptr %".1098", align 1
  %".1100" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1101" = load i16, ptr %".1100", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1097", %"gre_version_d0.linear"], [%".1120", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1099", %"gre_version_d0.linear"], [%".1122", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1101", %"gre_version_d0.linear"], [%".1124", %"gre_version_d0.copy_failed.endif"]
  %"data.76" = phi  ptr [%"data.20", %"gre_version_d0.linear"], [%"data.75", %"gre_version_d0.copy_failed.endif"]
  %"data_end.76" = phi  ptr [%"data_end.20", %"gre_version_d0.linear"], [%"data_end.75", %"gre_version_d0.copy_failed.endif"]
  %"keys.76" = phi  ptr [%"keys.20", %"gre_version_d0.linear"], [%"keys.75", %"gre_version_d0.copy_failed.endif"]
  %".1126" = zext i8 %"w0_1.3" to i64
  %".1127" = lshr i64 %".1126", 6
  %".1128" = and i64 %".1127", 1
  %".1129" = icmp ne i64 %".1128", 0
  %".1130" = zext i8 %"w1_1.2" to i64
  %".1131" = and i64 %".1130", 7
  %".1132" = icmp ugt i64 %".1131", 1
  %".1133" = or i1 %".1129", %".1132"
  br i1 %".1133", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
gre_version_d0.stop_before.endif:
  %".1139" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %"w2_2.1", ptr %".1139", align 2
  %".1141" = zext i8 %"w1_1.2" to i64
  %".1142" = and i64 %".1141", 7
  switch i64 %".1142", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.43" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.77" = phi  ptr [%"data.76", %"gre_version_d0.to_gre"]
  %"data_end.77" = phi  ptr [%"data_end.76", %"gre_version_d0.to_gre"]
  %"keys.77" = phi  ptr [%"keys.76", %"gre_version_d0.to_gre"]
  %".3091" = add i64 %"cursor.43", 4
  %".3092" = and i8 %"w0_1.3", 176
  %".3093" = icmp eq i8 %".3092", 0
  %".3094" = xor i1 %".3093", -1
  br i1 %".3094", label %"gre_d0.variable", label %"gre_d0.no_variable", !prof !0
gre_d0.no_variable:
  br label %"gre_d0.variable.endif"
gre_d0.variable.endif:
  %"end.5" = phi  i64 [%".3091", %"gre_d0.no_variable"], [%".3133", %"gre_d0.variable_part"]
  %"data.154" = phi  ptr [%"data.77", %"gre_d0.no_variable"], [%"data.153", %"gre_d0.variable_part"]
  %"data_end.154" = phi  ptr [%"data_end.77", %"gre_d0.no_variable"], [%"data_end.153", %"gre_d0.variable_part"]
  %"keys.154" = phi  ptr [%"keys.77", %"gre_d0.no_variable"], [%"keys.153", %"gre_d0.variable_part"]
  %".3135" = getelementptr i8, ptr %"keys.154", i64 8
  store i8 1, ptr %".3135", align 1
  %".3137" = getelementptr i8, ptr %"keys.154", i64 48
  %"flags.57" = load volatile i32, ptr %".3137", align 4
  %".3138" = and i32 %"flags.57", 4
  %".3139" = icmp ne i32 %".3138", 0
  br i1 %".3139", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".274", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1560", %"ipv6_d1.to_sctp"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".5062", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".5164", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".5536", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".5644", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".6442", %"widening.test.38"]
  %"data.21" = phi  ptr [%"data.16", %"ipv4_d0.to_sctp"], [%"data.29", %"ipv6_d0.to_sctp"], [%"data.91", %"ipv4_d1.to_sctp"], [%"data.95", %"ipv6_d1.to_sctp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.304", %"widening.test.38"]
  %"data_end.21" = phi  ptr [%"data_end.16", %"ipv4_d0.to_sctp"], [%"data_end.29", %"ipv6_d0.to_sctp"], [%"data_end.91", %"ipv4_d1.to_sctp"], [%"data_end.95", %"ipv6_d1.to_sctp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.304", %"widening.test.38"]
  %"keys.21" = phi  ptr [%"keys.16", %"ipv4_d0.to_sctp"], [%"keys.29", %"ipv6_d0.to_sctp"], [%"keys.91", %"ipv4_d1.to_sctp"], [%"keys.95", %"ipv6_d1.to_sctp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.38"]
  %"hdr.14" = getelementptr i8, ptr %"data.21", i64 %"cursor.17"
  %".1150" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1151" = icmp ugt ptr %".1150", %"data_end.21"
  br i1 %".1151", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1153" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1154" = load i32, ptr %".1153", align 4
  br label %"sctp.header"
sctp.header:
  %"w0_4.4" = phi  i32 [%".1154", %"sctp.linear"], [%".1173", %"sctp.copy_failed.endif"]
  %"data.80" = phi  ptr [%"data.21", %"sctp.linear"], [%"data.79", %"sctp.copy_failed.endif"]
  %"data_end.80" = phi  ptr [%"data_end.21", %"sctp.linear"], [%"data_end.79", %"sctp.copy_failed.endif"]
  %"keys.80" = phi  ptr [%"keys.21", %"sctp.linear"], [%"keys.79", %"sctp.copy_failed.endif"]
  %".1175" = getelementptr i8, ptr %"keys.80", i64 12
  store i32 %"w0_4.4", ptr %".1175", align 4
  %".1177" = add i64 %"cursor.17", 4
  %".1178" = trunc i64 %"cursor.17" to i16
  %".1179" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1178", ptr %".1179", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".274", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1560", %"ipv6_d1.to_dccp"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".5062", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".5164", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".5536", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".5644", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".6431", %"widening.test.37"]
  %"data.22" = phi  ptr [%"data.16", %"ipv4_d0.to_dccp"], [%"data.29", %"ipv6_d0.to_dccp"], [%"data.91", %"ipv4_d1.to_dccp"], [%"data.95", %"ipv6_d1.to_dccp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.303", %"widening.test.37"]
  %"data_end.22" = phi  ptr [%"data_end.16", %"ipv4_d0.to_dccp"], [%"data_end.29", %"ipv6_d0.to_dccp"], [%"data_end.91", %"ipv4_d1.to_dccp"], [%"data_end.95", %"ipv6_d1.to_dccp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.303", %"widening.test.37"]
  %"keys.22" = phi  ptr [%"keys.16", %"ipv4_d0.to_dccp"], [%"keys.29", %"ipv6_d0.to_dccp"], [%"keys.91", %"ipv4_d1.to_dccp"], [%"keys.95", %"ipv6_d1.to_dccp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.37"]
  %"hdr.15" = getelementptr i8, ptr %"data.22", i64 %"cursor.18"
  %".1182" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1183" = icmp ugt ptr %".1182", %"data_end.22"
  br i1 %".1183", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1185" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1186" = load i32, ptr %".1185", align 4
  br label %"dccp.header"
dccp.header:
  %"w0_4.5" = phi  i32 [%".1186", %"dccp.linear"], [%".1205", %"dccp.copy_failed.endif"]
  %"data.82" = phi  ptr [%"data.22", %"dccp.linear"], [%"data.81", %"dccp.copy_failed.endif"]
  %"data_end.82" = phi  ptr [%"data_end.22", %"dccp.linear"], [%"data_end.81", %"dccp.copy_failed.endif"]
  %"keys.82" = phi  ptr [%"keys.22", %"dccp.linear"], [%"keys.81", %"dccp.copy_failed.endif"]
  %".1207" = getelementptr i8, ptr %"keys.82", i64 12
  store i32 %"w0_4.5", ptr %".1207", align 4
  %".1209" = add i64 %"cursor.18", 4
  %".1210" = trunc i64 %"cursor.18" to i16
  %".1211" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1210", ptr %".1211", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".274", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1560", %"ipv6_d1.to_esp"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".5062", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".5164", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".5536", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".5644", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".6420", %"widening.test.36"]
  %"data.23" = phi  ptr [%"data.16", %"ipv4_d0.to_esp"], [%"data.29", %"ipv6_d0.to_esp"], [%"data.91", %"ipv4_d1.to_esp"], [%"data.95", %"ipv6_d1.to_esp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.302", %"widening.test.36"]
  %"data_end.23" = phi  ptr [%"data_end.16", %"ipv4_d0.to_esp"], [%"data_end.29", %"ipv6_d0.to_esp"], [%"data_end.91", %"ipv4_d1.to_esp"], [%"data_end.95", %"ipv6_d1.to_esp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.302", %"widening.test.36"]
  %"keys.23" = phi  ptr [%"keys.16", %"ipv4_d0.to_esp"], [%"keys.29", %"ipv6_d0.to_esp"], [%"keys.91", %"ipv4_d1.to_esp"], [%"keys.95", %"ipv6_d1.to_esp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.36"]
  %"hdr.16" = getelementptr i8, ptr %"data.23", i64 %"cursor.19"
  %".1214" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1215" = icmp ugt ptr %".1214", %"data_end.23"
  br i1 %".1215", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1217" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1218" = load i32, ptr %".1217", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.6" = phi  i32 [%".1218", %"esp.linear"], [%".1237", %"esp.copy_failed.endif"]
  %"data.84" = phi  ptr [%"data.23", %"esp.linear"], [%"data.83", %"esp.copy_failed.endif"]
  %"data_end.84" = phi  ptr [%"data_end.23", %"esp.linear"], [%"data_end.83", %"esp.copy_failed.endif"]
  %"keys.84" = phi  ptr [%"keys.23", %"esp.linear"], [%"keys.83", %"esp.copy_failed.endif"]
  %".1239" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.6")
  %".1240" = zext i32 %".1239" to i64
  %".1241" = lshr i64 %".1240", 16
  %".1242" = trunc i64 %".1241" to i16
  %".1243" = call i16 @"llvm.bswap.i16"(i16 %".1242")
  %".1244" = getelementptr i8, ptr %"keys.84", i64 12
  store i16 %".1243", ptr %".1244", align 2
  %".1246" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.6")
  %".1247" = zext i32 %".1246" to i64
  %".1248" = and i64 %".1247", 65535
  %".1249" = trunc i64 %".1248" to i16
  %".1250" = call i16 @"llvm.bswap.i16"(i16 %".1249")
  %".1251" = getelementptr i8, ptr %"keys.84", i64 14
  store i16 %".1250", ptr %".1251", align 2
  %".1253" = add i64 %"cursor.19", 4
  %".1254" = trunc i64 %"cursor.19" to i16
  %".1255" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1254", ptr %".1255", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".274", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1560", %"ipv6_d1.to_ah"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".5062", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".5164", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".5536", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".5644", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".6409", %"widening.test.35"]
  %"data.24" = phi  ptr [%"data.16", %"ipv4_d0.to_ah"], [%"data.29", %"ipv6_d0.to_ah"], [%"data.91", %"ipv4_d1.to_ah"], [%"data.95", %"ipv6_d1.to_ah"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.301", %"widening.test.35"]
  %"data_end.24" = phi  ptr [%"data_end.16", %"ipv4_d0.to_ah"], [%"data_end.29", %"ipv6_d0.to_ah"], [%"data_end.91", %"ipv4_d1.to_ah"], [%"data_end.95", %"ipv6_d1.to_ah"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.301", %"widening.test.35"]
  %"keys.24" = phi  ptr [%"keys.16", %"ipv4_d0.to_ah"], [%"keys.29", %"ipv6_d0.to_ah"], [%"keys.91", %"ipv4_d1.to_ah"], [%"keys.95", %"ipv6_d1.to_ah"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.35"]
  %"hdr.17" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1258" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1259" = icmp ugt ptr %".1258", %"data_end.24"
  br i1 %".1259", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1261" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1262" = load i32, ptr %".1261", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1262", %"ah.linear"], [%".1281", %"ah.copy_failed.endif"]
  %"data.86" = phi  ptr [%"data.24", %"ah.linear"], [%"data.85", %"ah.copy_failed.endif"]
  %"data_end.86" = phi  ptr [%"data_end.24", %"ah.linear"], [%"data_end.85", %"ah.copy_failed.endif"]
  %"keys.86" = phi  ptr [%"keys.24", %"ah.linear"], [%"keys.85", %"ah.copy_failed.endif"]
  %".1283" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1284" = zext i32 %".1283" to i64
  %".1285" = lshr i64 %".1284", 16
  %".1286" = trunc i64 %".1285" to i16
  %".1287" = call i16 @"llvm.bswap.i16"(i16 %".1286")
  %".1288" = getelementptr i8, ptr %"keys.86", i64 12
  store i16 %".1287", ptr %".1288", align 2
  %".1290" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1291" = zext i32 %".1290" to i64
  %".1292" = and i64 %".1291", 65535
  %".1293" = trunc i64 %".1292" to i16
  %".1294" = call i16 @"llvm.bswap.i16"(i16 %".1293")
  %".1295" = getelementptr i8, ptr %"keys.86", i64 14
  store i16 %".1294", ptr %".1295", align 2
  %".1297" = add i64 %"cursor.20", 8
  %".1298" = trunc i64 %"cursor.20" to i16
  %".1299" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1298", ptr %".1299", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"], [%".6398", %"widening.test.34"]
  %"data.25" = phi  ptr [%"data.16", %"ipv4_d0.to_icmp"], [%"data.91", %"ipv4_d1.to_icmp"], [%"data.300", %"widening.test.34"]
  %"data_end.25" = phi  ptr [%"data_end.16", %"ipv4_d0.to_icmp"], [%"data_end.91", %"ipv4_d1.to_icmp"], [%"data_end.300", %"widening.test.34"]
  %"keys.25" = phi  ptr [%"keys.16", %"ipv4_d0.to_icmp"], [%"keys.91", %"ipv4_d1.to_icmp"], [%"keys", %"widening.test.34"]
  %"hdr.18" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1302" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1303" = icmp ugt ptr %".1302", %"data_end.25"
  br i1 %".1303", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.88" = phi  ptr [%"data.25", %"icmp.linear"], [%"data.87", %"icmp.copy_failed.endif"]
  %"data_end.88" = phi  ptr [%"data_end.25", %"icmp.linear"], [%"data_end.87", %"icmp.copy_failed.endif"]
  %"keys.88" = phi  ptr [%"keys.25", %"icmp.linear"], [%"keys.87", %"icmp.copy_failed.endif"]
  %".1323" = add i64 %"cursor.21", 4
  %".1324" = trunc i64 %"cursor.21" to i16
  %".1325" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1324", ptr %".1325", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".181" = trunc i64 %"end" to i16
  %".182" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".181", ptr %".182", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".185" = getelementptr i8, ptr %"keys.16", i64 12
  store i32 0, ptr %".185", align 4
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".274", %"ipv6_d0.stop_at_encap.endif"], [%".720", %"batadv_d0.stop_at_encap.endif"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.30", %"ip_version_d1.to_ipv4"], [%".2120", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2248", %"pppoe_d1.to_ipv4"], [%".2310", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.3", %"geneve_d0.to_ipv4"], [%"end.4", %"gue_d0.to_ipv4"], [%".3070", %"shim_d0.to_ipv4"], [%"end.5", %"gre_d0.to_ipv4"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3864", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3930", %"hsr_d1_vlan_tags2.to_ipv4"], [%".4047", %"ethernet_d1.to_ipv4"], [%".4152", %"ppp_d0.stop_at_encap.endif"], [%".5062", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".5164", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".6376", %"widening.test.32"]
  %"data.26" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif"], [%"data.29", %"ipv6_d0.stop_at_encap.endif"], [%"data.53", %"batadv_d0.stop_at_encap.endif"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.114", %"ip_version_d1.to_ipv4"], [%"data.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.123", %"pppoe_d1.to_ipv4"], [%"data.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.140", %"geneve_d0.to_ipv4"], [%"data.145", %"gue_d0.to_ipv4"], [%"data.151", %"shim_d0.to_ipv4"], [%"data.154", %"gre_d0.to_ipv4"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.194", %"ethernet_d1.to_ipv4"], [%"data.201", %"ppp_d0.stop_at_encap.endif"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.298", %"widening.test.32"]
  %"data_end.26" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.114", %"ip_version_d1.to_ipv4"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.123", %"pppoe_d1.to_ipv4"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.140", %"geneve_d0.to_ipv4"], [%"data_end.145", %"gue_d0.to_ipv4"], [%"data_end.151", %"shim_d0.to_ipv4"], [%"data_end.154", %"gre_d0.to_ipv4"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.194", %"ethernet_d1.to_ipv4"], [%"data_end.201", %"ppp_d0.stop_at_encap.endif"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.298", %"widening.test.32"]
  %"keys.26" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif"], [%"keys.53", %"batadv_d0.stop_at_encap.endif"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.114", %"ip_version_d1.to_ipv4"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.123", %"pppoe_d1.to_ipv4"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.140", %"geneve_d0.to_ipv4"], [%"keys.145", %"gue_d0.to_ipv4"], [%"keys.151", %"shim_d0.to_ipv4"], [%"keys.154", %"gre_d0.to_ipv4"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.194", %"ethernet_d1.to_ipv4"], [%"keys.201", %"ppp_d0.stop_at_encap.endif"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.32"]
  %"hdr.19" = getelementptr i8, ptr %"data.26", i64 %"cursor.22"
  %".1328" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1329" = icmp ugt ptr %".1328", %"data_end.26"
  br i1 %".1329", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1331" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1332" = load i8, ptr %".1331", align 1
  %".1333" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1334" = load i16, ptr %".1333", align 2
  %".1335" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1336" = load i8, ptr %".1335", align 1
  %".1337" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1338" = load i64, ptr %".1337", align 8
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1332", %"ipv4_d1.linear"], [%".1357", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1334", %"ipv4_d1.linear"], [%".1359", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1336", %"ipv4_d1.linear"], [%".1361", %"ipv4_d1.copy_failed.endif"]
  %"w12_8.1" = phi  i64 [%".1338", %"ipv4_d1.linear"], [%".1370", %"ipv4_d1.copy_failed.endif"]
  %"data.90" = phi  ptr [%"data.26", %"ipv4_d1.linear"], [%"data.89", %"ipv4_d1.copy_failed.endif"]
  %"data_end.90" = phi  ptr [%"data_end.26", %"ipv4_d1.linear"], [%"data_end.89", %"ipv4_d1.copy_failed.endif"]
  %"keys.90" = phi  ptr [%"keys.26", %"ipv4_d1.linear"], [%"keys.89", %"ipv4_d1.copy_failed.endif"]
  %".1372" = zext i8 %"w0_1.4" to i64
  %".1373" = and i64 %".1372", 15
  %".1374" = icmp uge i64 %".1373", 5
  %".1375" = xor i1 %".1374", -1
  br i1 %".1375", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".198" = trunc i64 %"end" to i16
  %".199" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".198", ptr %".199", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".202" = getelementptr i8, ptr %"keys.16", i64 12
  store i32 0, ptr %".202", align 4
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".274", %"ipv6_d0.stop_at_encap.endif.1"], [%".720", %"batadv_d0.stop_at_encap.endif.1"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.30", %"ip_version_d1.to_ipv6"], [%".2120", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2248", %"pppoe_d1.to_ipv6"], [%".2310", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.3", %"geneve_d0.to_ipv6"], [%"end.4", %"gue_d0.to_ipv6"], [%"end.5", %"gre_d0.to_ipv6"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3864", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3930", %"hsr_d1_vlan_tags2.to_ipv6"], [%".4047", %"ethernet_d1.to_ipv6"], [%".4152", %"ppp_d0.stop_at_encap.endif.1"], [%".5062", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5164", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".6310", %"widening.test.26"]
  %"data.27" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.114", %"ip_version_d1.to_ipv6"], [%"data.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.123", %"pppoe_d1.to_ipv6"], [%"data.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.140", %"geneve_d0.to_ipv6"], [%"data.145", %"gue_d0.to_ipv6"], [%"data.154", %"gre_d0.to_ipv6"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.194", %"ethernet_d1.to_ipv6"], [%"data.201", %"ppp_d0.stop_at_encap.endif.1"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.292", %"widening.test.26"]
  %"data_end.27" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.114", %"ip_version_d1.to_ipv6"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.123", %"pppoe_d1.to_ipv6"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.140", %"geneve_d0.to_ipv6"], [%"data_end.145", %"gue_d0.to_ipv6"], [%"data_end.154", %"gre_d0.to_ipv6"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.194", %"ethernet_d1.to_ipv6"], [%"data_end.201", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.292", %"widening.test.26"]
  %"keys.27" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.114", %"ip_version_d1.to_ipv6"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.123", %"pppoe_d1.to_ipv6"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.140", %"geneve_d0.to_ipv6"], [%"keys.145", %"gue_d0.to_ipv6"], [%"keys.154", %"gre_d0.to_ipv6"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.194", %"ethernet_d1.to_ipv6"], [%"keys.201", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.26"]
  %"hdr.20" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1491" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1492" = icmp ugt ptr %".1491", %"data_end.27"
  br i1 %".1492", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1494" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1495" = load i32, ptr %".1494", align 4
  %".1496" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1497" = load i8, ptr %".1496", align 1
  %".1498" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1499" = load i64, ptr %".1498", align 8
  %".1500" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1501" = load i64, ptr %".1500", align 8
  %".1502" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1503" = load i64, ptr %".1502", align 8
  %".1504" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1505" = load i64, ptr %".1504", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.7" = phi  i32 [%".1495", %"ipv6_d1.linear"], [%".1524", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1497", %"ipv6_d1.linear"], [%".1526", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1499", %"ipv6_d1.linear"], [%".1528", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1501", %"ipv6_d1.linear"], [%".1530", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1503", %"ipv6_d1.linear"], [%".1532", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1505", %"ipv6_d1.linear"], [%".1534", %"ipv6_d1.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.27", %"ipv6_d1.linear"], [%"data.94", %"ipv6_d1.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.27", %"ipv6_d1.linear"], [%"data_end.94", %"ipv6_d1.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.27", %"ipv6_d1.linear"], [%"keys.94", %"ipv6_d1.copy_failed.endif"]
  %".1536" = getelementptr i8, ptr %"keys.95", i64 9
  store i8 %"w6_1.1", ptr %".1536", align 1
  %".1538" = getelementptr i8, ptr %"keys.95", i64 16
  store i64 %"w8_8.1", ptr %".1538", align 8
  %".1540" = getelementptr i8, ptr %"keys.95", i64 24
  store i64 %"w16_8.1", ptr %".1540", align 8
  %".1542" = getelementptr i8, ptr %"keys.95", i64 32
  store i64 %"w24_8.1", ptr %".1542", align 8
  %".1544" = getelementptr i8, ptr %"keys.95", i64 40
  store i64 %"w32_8.1", ptr %".1544", align 8
  %".1546" = trunc i64 34525 to i16
  %".1547" = getelementptr i8, ptr %"keys.95", i64 4
  store i16 %".1546", ptr %".1547", align 2
  %".1549" = trunc i64 34525 to i16
  %".1550" = call i16 @"llvm.bswap.i16"(i16 %".1549")
  %".1551" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1550", ptr %".1551", align 2
  %".1553" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.7")
  %".1554" = zext i32 %".1553" to i64
  %".1555" = and i64 %".1554", 1048575
  %".1556" = trunc i64 %".1555" to i32
  %".1557" = call i32 @"llvm.bswap.i32"(i32 %".1556")
  %".1558" = getelementptr i8, ptr %"keys.95", i64 52
  store i32 %".1557", ptr %".1558", align 4
  %".1560" = add i64 %"cursor.23", 40
  %".1561" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.7")
  %".1562" = zext i32 %".1561" to i64
  %".1563" = and i64 %".1562", 1048575
  %".1564" = icmp ne i64 %".1563", 0
  %".1565" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.26" = load volatile i32, ptr %".1565", align 4
  %".1566" = and i32 %"flags.26", 2
  %".1567" = icmp ne i32 %".1566", 0
  %".1568" = and i1 %".1564", %".1567"
  br i1 %".1568", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".221" = trunc i64 %"cursor.2" to i32
  %".222" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".221", [40 x i8]* %"header_copy", i32 40)
  %".223" = icmp eq i64 %".222", 0
  %".224" = getelementptr i8, ptr %"ctx.2", i64 76
  %".225" = load i32, ptr %".224", align 4
  %".226" = zext i32 %".225" to i64
  %"data.28" = inttoptr i64 %".226" to ptr
  %".227" = getelementptr i8, ptr %"ctx.2", i64 80
  %".228" = load i32, ptr %".227", align 4
  %".229" = zext i32 %".228" to i64
  %"data_end.28" = inttoptr i64 %".229" to ptr
  %".230" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.28" = load ptr, ptr %".230", align 8
  %".231" = xor i1 %".223", -1
  br i1 %".231", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".233" = trunc i64 %"cursor.2" to i16
  %".234" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".233", ptr %".234", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".237" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".238" = load volatile i32, [40 x i8]* %".237", align 4
  %".239" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".240" = load volatile i8, [40 x i8]* %".239", align 1
  %".241" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".242" = load volatile i64, [40 x i8]* %".241", align 8
  %".243" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".244" = load volatile i64, [40 x i8]* %".243", align 8
  %".245" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".246" = load volatile i64, [40 x i8]* %".245", align 8
  %".247" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".248" = load volatile i64, [40 x i8]* %".247", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".284" = trunc i64 %".274" to i16
  %".285" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".284", ptr %".285", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".288" = zext i8 %"w6_1" to i64
  switch i64 %".288", label %"ipv6_d0.unknown" [i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]  , !prof !1
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".290" = trunc i64 %".274" to i16
  %".291" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".290", ptr %".291", align 2
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
  %".307" = trunc i64 34887 to i16
  %".308" = call i16 @"llvm.bswap.i16"(i16 %".307")
  %".309" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".308", ptr %".309", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_d0.to_ipv4:
  %".312" = trunc i64 2048 to i16
  %".313" = call i16 @"llvm.bswap.i16"(i16 %".312")
  %".314" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".313", ptr %".314", align 2
  %".316" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".316", align 1
  %".318" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.4" = load volatile i32, ptr %".318", align 4
  %".319" = and i32 %"flags.4", 4
  %".320" = icmp ne i32 %".319", 0
  br i1 %".320", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".329" = trunc i64 34525 to i16
  %".330" = call i16 @"llvm.bswap.i16"(i16 %".329")
  %".331" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".330", ptr %".331", align 2
  %".333" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".333", align 1
  %".335" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.5" = load volatile i32, ptr %".335", align 4
  %".336" = and i32 %"flags.5", 4
  %".337" = icmp ne i32 %".336", 0
  br i1 %".337", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.24" = phi  i64 [%".274", %"ipv6_d0.to_ipv6_opts"], [%".274", %"ipv6_d0.to_ipv6_opts.1"], [%".274", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.30" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_opts"], [%"data.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.30" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_opts"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.30" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_opts"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.30", i64 %"cursor.24"
  %".1638" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1639" = icmp ugt ptr %".1638", %"data_end.30"
  br i1 %".1639", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1641" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1642" = load i8, ptr %".1641", align 1
  %".1643" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1644" = load i8, ptr %".1643", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1642", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1663", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1644", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1665", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.98", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.98", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.98", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1667" = getelementptr i8, ptr %"keys.99", i64 9
  store i8 %"w0_1.5", ptr %".1667", align 1
  %".1669" = add i64 %"cursor.24", 2
  %".1670" = zext i8 %"w1_1.3" to i64
  %".1671" = mul i64 %".1670", 8
  %".1672" = add i64 %".1671", 6
  %".1673" = add i64 %".1672", 2
  %".1674" = add i64 %"cursor.24", %".1673"
  %".1675" = zext i8 %"w0_1.5" to i64
  switch i64 %".1675", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".274", %"ipv6_d0.to_ipv6_frag"]
  %"data.31" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.31" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_frag"]
  %"keys.31" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.31", i64 %"cursor.25"
  %".1733" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1734" = icmp ugt ptr %".1733", %"data_end.31"
  br i1 %".1734", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1736" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1737" = load i8, ptr %".1736", align 1
  %".1738" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1739" = load i16, ptr %".1738", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1737", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1758", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1739", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1760", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1762" = getelementptr i8, ptr %"keys.103", i64 9
  store i8 %"w0_1.6", ptr %".1762", align 1
  %".1764" = add i64 %"cursor.25", 8
  %".1765" = icmp ne i64 1, 0
  %".1766" = and i16 %"w2_2.2", 63743
  %".1767" = icmp eq i16 %".1766", 0
  br i1 %".1765", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1789" = zext i8 %"w0_1.6" to i64
  switch i64 %".1789", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
icmpv6:
  %"cursor.26" = phi  i64 [%".274", %"ipv6_d0.to_icmpv6"], [%".1560", %"ipv6_d1.to_icmpv6"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".5062", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".5164", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".5536", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".5644", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".6365", %"widening.test.31"]
  %"data.32" = phi  ptr [%"data.29", %"ipv6_d0.to_icmpv6"], [%"data.95", %"ipv6_d1.to_icmpv6"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.297", %"widening.test.31"]
  %"data_end.32" = phi  ptr [%"data_end.29", %"ipv6_d0.to_icmpv6"], [%"data_end.95", %"ipv6_d1.to_icmpv6"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.297", %"widening.test.31"]
  %"keys.32" = phi  ptr [%"keys.29", %"ipv6_d0.to_icmpv6"], [%"keys.95", %"ipv6_d1.to_icmpv6"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.31"]
  %"hdr.23" = getelementptr i8, ptr %"data.32", i64 %"cursor.26"
  %".1847" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1848" = icmp ugt ptr %".1847", %"data_end.32"
  br i1 %".1848", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.105" = phi  ptr [%"data.32", %"icmpv6.linear"], [%"data.104", %"icmpv6.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.32", %"icmpv6.linear"], [%"data_end.104", %"icmpv6.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.32", %"icmpv6.linear"], [%"keys.104", %"icmpv6.copy_failed.endif"]
  %".1868" = add i64 %"cursor.26", 4
  %".1869" = trunc i64 %"cursor.26" to i16
  %".1870" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1869", ptr %".1870", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".322" = trunc i64 %".274" to i16
  %".323" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".322", ptr %".323", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".326" = getelementptr i8, ptr %"keys.29", i64 12
  store i32 0, ptr %".326", align 4
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".339" = trunc i64 %".274" to i16
  %".340" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".339", ptr %".340", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".343" = getelementptr i8, ptr %"keys.29", i64 12
  store i32 0, ptr %".343", align 4
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".352" = trunc i64 %"cursor.3" to i32
  %".353" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".352", [40 x i8]* %"header_copy", i32 4)
  %".354" = icmp eq i64 %".353", 0
  %".355" = getelementptr i8, ptr %"ctx.3", i64 76
  %".356" = load i32, ptr %".355", align 4
  %".357" = zext i32 %".356" to i64
  %"data.33" = inttoptr i64 %".357" to ptr
  %".358" = getelementptr i8, ptr %"ctx.3", i64 80
  %".359" = load i32, ptr %".358", align 4
  %".360" = zext i32 %".359" to i64
  %"data_end.33" = inttoptr i64 %".360" to ptr
  %".361" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.33" = load ptr, ptr %".361", align 8
  %".362" = xor i1 %".354", -1
  br i1 %".362", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".364" = trunc i64 %"cursor.3" to i16
  %".365" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".364", ptr %".365", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".368" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".369" = load volatile i16, [40 x i8]* %".368", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".380" = trunc i64 %".373" to i16
  %".381" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".380", ptr %".381", align 2
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
  %"cursor.27" = phi  i64 [%".373", %"vlan_d0_vlan_tags1.to_vlan"], [%".373", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".647", %"hsr_d0_vlan_tags1.to_vlan"], [%".647", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".6035", %"widening.test.1"]
  %"data.35" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.267", %"widening.test.1"]
  %"data_end.35" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.267", %"widening.test.1"]
  %"keys.35" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.35", i64 %"cursor.27"
  %".1873" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1874" = icmp ugt ptr %".1873", %"data_end.35"
  br i1 %".1874", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1876" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1877" = load i16, ptr %".1876", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.3" = phi  i16 [%".1877", %"vlan_d0_vlan_tags2.linear"], [%".1896", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags2.linear"], [%"data.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags2.linear"], [%"data_end.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags2.linear"], [%"keys.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1898" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %"w2_2.3", ptr %".1898", align 2
  %".1900" = add i64 %"cursor.27", 4
  %".1901" = trunc i64 %".1900" to i16
  %".1902" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".1901", ptr %".1902", align 2
  %".1904" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1905" = zext i16 %".1904" to i64
  switch i16 %"w2_2.3", label %"vlan_d0_vlan_tags2.unknown" [i16 8, label %"vlan_d0_vlan_tags2.to_ipv4" i16 56710, label %"vlan_d0_vlan_tags2.to_ipv6" i16 129, label %"vlan_d0_vlan_tags2.to_vlan" i16 43144, label %"vlan_d0_vlan_tags2.to_vlan.1" i16 18312, label %"vlan_d0_vlan_tags2.to_mpls" i16 18568, label %"vlan_d0_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d0_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d0_vlan_tags2.to_arp" i16 13696, label %"vlan_d0_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d0_vlan_tags2.to_ptp" i16 649, label %"vlan_d0_vlan_tags2.to_cfm" i16 51848, label %"vlan_d0_vlan_tags2.to_tipc" i16 1673, label %"vlan_d0_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d0_vlan_tags2.to_hsr" i16 64392, label %"vlan_d0_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".373", %"vlan_d0_vlan_tags1.to_hsr"], [%".373", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".647", %"hsr_d0_vlan_tags1.to_hsr"], [%".647", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".6024", %"widening.test"]
  %"data.36" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.266", %"widening.test"]
  %"data_end.36" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.266", %"widening.test"]
  %"keys.36" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.36", i64 %"cursor.28"
  %".1939" = getelementptr i8, ptr %"hdr.25", i64 6
  %".1940" = icmp ugt ptr %".1939", %"data_end.36"
  br i1 %".1940", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".1942" = getelementptr i8, ptr %"hdr.25", i64 4
  %".1943" = load i16, ptr %".1942", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".1943", %"hsr_d0_vlan_tags2.linear"], [%".1962", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.36", %"hsr_d0_vlan_tags2.linear"], [%"data.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.36", %"hsr_d0_vlan_tags2.linear"], [%"data_end.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.36", %"hsr_d0_vlan_tags2.linear"], [%"keys.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".1964" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %"w4_2.1", ptr %".1964", align 2
  %".1966" = add i64 %"cursor.28", 6
  %".1967" = trunc i64 %".1966" to i16
  %".1968" = getelementptr i8, ptr %"keys.109", i64 0
  store i16 %".1967", ptr %".1968", align 2
  %".1970" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1971" = zext i16 %".1970" to i64
  switch i16 %"w4_2.1", label %"hsr_d0_vlan_tags2.unknown" [i16 8, label %"hsr_d0_vlan_tags2.to_ipv4" i16 56710, label %"hsr_d0_vlan_tags2.to_ipv6" i16 129, label %"hsr_d0_vlan_tags2.to_vlan" i16 43144, label %"hsr_d0_vlan_tags2.to_vlan.1" i16 18312, label %"hsr_d0_vlan_tags2.to_mpls" i16 18568, label %"hsr_d0_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d0_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d0_vlan_tags2.to_arp" i16 13696, label %"hsr_d0_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d0_vlan_tags2.to_ptp" i16 649, label %"hsr_d0_vlan_tags2.to_cfm" i16 51848, label %"hsr_d0_vlan_tags2.to_tipc" i16 1673, label %"hsr_d0_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d0_vlan_tags2.to_hsr" i16 64392, label %"hsr_d0_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".407" = trunc i64 %"cursor.4" to i32
  %".408" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".407", [40 x i8]* %"header_copy", i32 4)
  %".409" = icmp eq i64 %".408", 0
  %".410" = getelementptr i8, ptr %"ctx.4", i64 76
  %".411" = load i32, ptr %".410", align 4
  %".412" = zext i32 %".411" to i64
  %"data.37" = inttoptr i64 %".412" to ptr
  %".413" = getelementptr i8, ptr %"ctx.4", i64 80
  %".414" = load i32, ptr %".413", align 4
  %".415" = zext i32 %".414" to i64
  %"data_end.37" = inttoptr i64 %".415" to ptr
  %".416" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.37" = load ptr, ptr %".416", align 8
  %".417" = xor i1 %".409", -1
  br i1 %".417", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".419" = trunc i64 %".400" to i16
  %".420" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".419", ptr %".420", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".423" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".424" = load volatile i8, [40 x i8]* %".423", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".430" = trunc i64 %".426" to i16
  %".431" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".430", ptr %".431", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_ip_version:
  %".435" = getelementptr i8, ptr %"keys.38", i64 8
  store i8 1, ptr %".435", align 1
  %".437" = getelementptr i8, ptr %"keys.38", i64 48
  %"flags.6" = load volatile i32, ptr %".437", align 4
  %".438" = and i32 %"flags.6", 4
  %".439" = icmp ne i32 %".438", 0
  br i1 %".439", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif"
mpls_d0_mpls_labels1.stop_at_encap:
  %".441" = trunc i64 %".426" to i16
  %".442" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".441", ptr %".442", align 2
  br label %"return"
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".445" = getelementptr i8, ptr %"keys.38", i64 12
  store i32 0, ptr %".445", align 4
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.30" = phi  i64 [%".426", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%".2031", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%".3004", %"gtpu_d0.to_ip_version"], [%".3815", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%".4092", %"gtpu_opt_d1.to_ip_version"], [%".5285", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%".5386", %"gtpu_next_d1.to_ip_version"], [%".5892", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%".5998", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%".6167", %"widening.test.13"]
  %"data.40" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.147", %"gtpu_d0.to_ip_version"], [%"data.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.196", %"gtpu_opt_d1.to_ip_version"], [%"data.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.241", %"gtpu_next_d1.to_ip_version"], [%"data.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data.279", %"widening.test.13"]
  %"data_end.40" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.147", %"gtpu_d0.to_ip_version"], [%"data_end.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.196", %"gtpu_opt_d1.to_ip_version"], [%"data_end.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.241", %"gtpu_next_d1.to_ip_version"], [%"data_end.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data_end.279", %"widening.test.13"]
  %"keys.40" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.147", %"gtpu_d0.to_ip_version"], [%"keys.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.196", %"gtpu_opt_d1.to_ip_version"], [%"keys.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.241", %"gtpu_next_d1.to_ip_version"], [%"keys.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"keys", %"widening.test.13"]
  %"hdr.27" = getelementptr i8, ptr %"data.40", i64 %"cursor.30"
  %".2053" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2054" = icmp ugt ptr %".2053", %"data_end.40"
  br i1 %".2054", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2056" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2057" = load i8, ptr %".2056", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2057", %"ip_version_d1.linear"], [%".2076", %"ip_version_d1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.40", %"ip_version_d1.linear"], [%"data.113", %"ip_version_d1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.40", %"ip_version_d1.linear"], [%"data_end.113", %"ip_version_d1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.40", %"ip_version_d1.linear"], [%"keys.113", %"ip_version_d1.copy_failed.endif"]
  %".2078" = zext i8 %"w0_1.7" to i64
  %".2079" = lshr i64 %".2078", 4
  %".2080" = and i64 %".2079", 15
  switch i64 %".2080", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
ip_version_d1.to_ipv4:
  br label %"ipv4_d1"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".458" = trunc i64 %"cursor.5" to i32
  %".459" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".458", [40 x i8]* %"header_copy", i32 8)
  %".460" = icmp eq i64 %".459", 0
  %".461" = getelementptr i8, ptr %"ctx.5", i64 76
  %".462" = load i32, ptr %".461", align 4
  %".463" = zext i32 %".462" to i64
  %"data.41" = inttoptr i64 %".463" to ptr
  %".464" = getelementptr i8, ptr %"ctx.5", i64 80
  %".465" = load i32, ptr %".464", align 4
  %".466" = zext i32 %".465" to i64
  %"data_end.41" = inttoptr i64 %".466" to ptr
  %".467" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.41" = load ptr, ptr %".467", align 8
  %".468" = xor i1 %".460", -1
  br i1 %".468", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".470" = trunc i64 %"cursor.5" to i16
  %".471" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".470", ptr %".471", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".474" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".475" = load volatile i8, [40 x i8]* %".474", align 1
  %".476" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".477" = load volatile i8, [40 x i8]* %".476", align 1
  %".478" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".479" = load volatile i16, [40 x i8]* %".478", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".494" = trunc i64 %"cursor.5" to i16
  %".495" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".494", ptr %".495", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".498" = add i64 %"cursor.5", 8
  %".499" = trunc i64 %".498" to i16
  %".500" = getelementptr i8, ptr %"keys.42", i64 0
  store i16 %".499", ptr %".500", align 2
  %".502" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".503" = zext i16 %".502" to i64
  switch i16 %"w6_2.1", label %"pppoe_d0.unknown" [i16 8448, label %"pppoe_d0.to_ipv4" i16 22272, label %"pppoe_d0.to_ipv6" i16 33026, label %"pppoe_d0.to_mpls" i16 33538, label %"pppoe_d0.to_mpls.1"]  , !prof !3
pppoe_d0.to_ipv4:
  %".512" = trunc i64 2048 to i16
  %".513" = call i16 @"llvm.bswap.i16"(i16 %".512")
  %".514" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".513", ptr %".514", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".505" = and i64 %".503", 257
  %".506" = icmp eq i64 %".505", 1
  br i1 %".506", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv6:
  %".517" = trunc i64 34525 to i16
  %".518" = call i16 @"llvm.bswap.i16"(i16 %".517")
  %".519" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".518", ptr %".519", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".522" = trunc i64 34887 to i16
  %".523" = call i16 @"llvm.bswap.i16"(i16 %".522")
  %".524" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".523", ptr %".524", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".527" = trunc i64 34888 to i16
  %".528" = call i16 @"llvm.bswap.i16"(i16 %".527")
  %".529" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".528", ptr %".529", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".508" = trunc i64 %".498" to i16
  %".509" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".508", ptr %".509", align 2
  br label %"return"
ppp_other:
  %"cursor.31" = phi  i64 [%".498", %"pppoe_d0.to_ppp_other"], [%".2248", %"pppoe_d1.to_ppp_other"]
  %"data.43" = phi  ptr [%"data.42", %"pppoe_d0.to_ppp_other"], [%"data.123", %"pppoe_d1.to_ppp_other"]
  %"data_end.43" = phi  ptr [%"data_end.42", %"pppoe_d0.to_ppp_other"], [%"data_end.123", %"pppoe_d1.to_ppp_other"]
  %"keys.43" = phi  ptr [%"keys.42", %"pppoe_d0.to_ppp_other"], [%"keys.123", %"pppoe_d1.to_ppp_other"]
  %".2088" = add i64 %"cursor.31", 0
  %".2089" = trunc i64 %".2088" to i16
  %".2090" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".2089", ptr %".2090", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".542" = trunc i64 %"cursor.7" to i32
  %".543" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".542", [40 x i8]* %"header_copy", i32 34)
  %".544" = icmp eq i64 %".543", 0
  %".545" = getelementptr i8, ptr %"ctx.6", i64 76
  %".546" = load i32, ptr %".545", align 4
  %".547" = zext i32 %".546" to i64
  %"data.44" = inttoptr i64 %".547" to ptr
  %".548" = getelementptr i8, ptr %"ctx.6", i64 80
  %".549" = load i32, ptr %".548", align 4
  %".550" = zext i32 %".549" to i64
  %"data_end.44" = inttoptr i64 %".550" to ptr
  %".551" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.44" = load ptr, ptr %".551", align 8
  %".552" = xor i1 %".544", -1
  br i1 %".552", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".554" = trunc i64 %"cursor.7" to i16
  %".555" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".554", ptr %".555", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".573" = trunc i64 %"cursor.9" to i32
  %".574" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".573", [40 x i8]* %"header_copy", i32 16)
  %".575" = icmp eq i64 %".574", 0
  %".576" = getelementptr i8, ptr %"ctx.7", i64 76
  %".577" = load i32, ptr %".576", align 4
  %".578" = zext i32 %".577" to i64
  %"data.46" = inttoptr i64 %".578" to ptr
  %".579" = getelementptr i8, ptr %"ctx.7", i64 80
  %".580" = load i32, ptr %".579", align 4
  %".581" = zext i32 %".580" to i64
  %"data_end.46" = inttoptr i64 %".581" to ptr
  %".582" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.46" = load ptr, ptr %".582", align 8
  %".583" = xor i1 %".575", -1
  br i1 %".583", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".585" = trunc i64 %"cursor.9" to i16
  %".586" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".585", ptr %".586", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".598" = trunc i64 %"cursor.10" to i32
  %".599" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".598", [40 x i8]* %"header_copy", i32 38)
  %".600" = icmp eq i64 %".599", 0
  %".601" = getelementptr i8, ptr %"ctx.8", i64 76
  %".602" = load i32, ptr %".601", align 4
  %".603" = zext i32 %".602" to i64
  %"data.48" = inttoptr i64 %".603" to ptr
  %".604" = getelementptr i8, ptr %"ctx.8", i64 80
  %".605" = load i32, ptr %".604", align 4
  %".606" = zext i32 %".605" to i64
  %"data_end.48" = inttoptr i64 %".606" to ptr
  %".607" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.48" = load ptr, ptr %".607", align 8
  %".608" = xor i1 %".600", -1
  br i1 %".608", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".610" = trunc i64 %"cursor.10" to i16
  %".611" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".610", ptr %".611", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".626" = trunc i64 %"cursor.11" to i32
  %".627" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".626", [40 x i8]* %"header_copy", i32 6)
  %".628" = icmp eq i64 %".627", 0
  %".629" = getelementptr i8, ptr %"ctx.9", i64 76
  %".630" = load i32, ptr %".629", align 4
  %".631" = zext i32 %".630" to i64
  %"data.50" = inttoptr i64 %".631" to ptr
  %".632" = getelementptr i8, ptr %"ctx.9", i64 80
  %".633" = load i32, ptr %".632", align 4
  %".634" = zext i32 %".633" to i64
  %"data_end.50" = inttoptr i64 %".634" to ptr
  %".635" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.50" = load ptr, ptr %".635", align 8
  %".636" = xor i1 %".628", -1
  br i1 %".636", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".638" = trunc i64 %"cursor.11" to i16
  %".639" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".638", ptr %".639", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".642" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".643" = load volatile i16, [40 x i8]* %".642", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".654" = trunc i64 %".647" to i16
  %".655" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".654", ptr %".655", align 2
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
  %".684" = trunc i64 %"cursor.12" to i32
  %".685" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".684", [40 x i8]* %"header_copy", i32 24)
  %".686" = icmp eq i64 %".685", 0
  %".687" = getelementptr i8, ptr %"ctx.10", i64 76
  %".688" = load i32, ptr %".687", align 4
  %".689" = zext i32 %".688" to i64
  %"data.52" = inttoptr i64 %".689" to ptr
  %".690" = getelementptr i8, ptr %"ctx.10", i64 80
  %".691" = load i32, ptr %".690", align 4
  %".692" = zext i32 %".691" to i64
  %"data_end.52" = inttoptr i64 %".692" to ptr
  %".693" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.52" = load ptr, ptr %".693", align 8
  %".694" = xor i1 %".686", -1
  br i1 %".694", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".696" = trunc i64 %"cursor.12" to i16
  %".697" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".696", ptr %".697", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".700" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".701" = load volatile i8, [40 x i8]* %".700", align 1
  %".702" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".703" = load volatile i8, [40 x i8]* %".702", align 1
  %".704" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".705" = load volatile i16, [40 x i8]* %".704", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".714" = trunc i64 %"cursor.12" to i16
  %".715" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".714", ptr %".715", align 2
  br label %"return"
batadv_d0.require.endif:
  %".718" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %"w22_2", ptr %".718", align 2
  %".720" = add i64 %"cursor.12", 24
  %".721" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".722" = zext i16 %".721" to i64
  switch i16 %"w22_2", label %"batadv_d0.unknown" [i16 8, label %"batadv_d0.to_ipv4" i16 56710, label %"batadv_d0.to_ipv6" i16 129, label %"batadv_d0.to_vlan" i16 43144, label %"batadv_d0.to_vlan.1" i16 18312, label %"batadv_d0.to_mpls" i16 18568, label %"batadv_d0.to_mpls.1" i16 25736, label %"batadv_d0.to_pppoe" i16 1544, label %"batadv_d0.to_arp" i16 13696, label %"batadv_d0.to_arp.1" i16 63368, label %"batadv_d0.to_ptp" i16 649, label %"batadv_d0.to_cfm" i16 51848, label %"batadv_d0.to_tipc" i16 1673, label %"batadv_d0.to_fcoe" i16 12169, label %"batadv_d0.to_hsr" i16 64392, label %"batadv_d0.to_hsr.1" i16 1347, label %"batadv_d0.to_batadv"]  , !prof !1
batadv_d0.to_ipv4:
  %".728" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".728", align 1
  %".730" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.7" = load volatile i32, ptr %".730", align 4
  %".731" = and i32 %"flags.7", 4
  %".732" = icmp ne i32 %".731", 0
  br i1 %".732", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.unknown:
  %".724" = trunc i64 %".720" to i16
  %".725" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".724", ptr %".725", align 2
  br label %"return"
batadv_d0.to_ipv6:
  %".741" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".741", align 1
  %".743" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.8" = load volatile i32, ptr %".743", align 4
  %".744" = and i32 %"flags.8", 4
  %".745" = icmp ne i32 %".744", 0
  br i1 %".745", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".754" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".754", align 1
  %".756" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.9" = load volatile i32, ptr %".756", align 4
  %".757" = and i32 %"flags.9", 4
  %".758" = icmp ne i32 %".757", 0
  br i1 %".758", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".767" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".767", align 1
  %".769" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.10" = load volatile i32, ptr %".769", align 4
  %".770" = and i32 %"flags.10", 4
  %".771" = icmp ne i32 %".770", 0
  br i1 %".771", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".780" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".780", align 1
  %".782" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.11" = load volatile i32, ptr %".782", align 4
  %".783" = and i32 %"flags.11", 4
  %".784" = icmp ne i32 %".783", 0
  br i1 %".784", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".793" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".793", align 1
  %".795" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.12" = load volatile i32, ptr %".795", align 4
  %".796" = and i32 %"flags.12", 4
  %".797" = icmp ne i32 %".796", 0
  br i1 %".797", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".806" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".806", align 1
  %".808" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.13" = load volatile i32, ptr %".808", align 4
  %".809" = and i32 %"flags.13", 4
  %".810" = icmp ne i32 %".809", 0
  br i1 %".810", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".819" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".819", align 1
  %".821" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.14" = load volatile i32, ptr %".821", align 4
  %".822" = and i32 %"flags.14", 4
  %".823" = icmp ne i32 %".822", 0
  br i1 %".823", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".832" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".832", align 1
  %".834" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.15" = load volatile i32, ptr %".834", align 4
  %".835" = and i32 %"flags.15", 4
  %".836" = icmp ne i32 %".835", 0
  br i1 %".836", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".845" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".845", align 1
  %".847" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.16" = load volatile i32, ptr %".847", align 4
  %".848" = and i32 %"flags.16", 4
  %".849" = icmp ne i32 %".848", 0
  br i1 %".849", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".858" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".858", align 1
  %".860" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.17" = load volatile i32, ptr %".860", align 4
  %".861" = and i32 %"flags.17", 4
  %".862" = icmp ne i32 %".861", 0
  br i1 %".862", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".871" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".871", align 1
  %".873" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.18" = load volatile i32, ptr %".873", align 4
  %".874" = and i32 %"flags.18", 4
  %".875" = icmp ne i32 %".874", 0
  br i1 %".875", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".884" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".884", align 1
  %".886" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.19" = load volatile i32, ptr %".886", align 4
  %".887" = and i32 %"flags.19", 4
  %".888" = icmp ne i32 %".887", 0
  br i1 %".888", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".897" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".897", align 1
  %".899" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.20" = load volatile i32, ptr %".899", align 4
  %".900" = and i32 %"flags.20", 4
  %".901" = icmp ne i32 %".900", 0
  br i1 %".901", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".910" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".910", align 1
  %".912" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.21" = load volatile i32, ptr %".912", align 4
  %".913" = and i32 %"flags.21", 4
  %".914" = icmp ne i32 %".913", 0
  br i1 %".914", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".923" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".923", align 1
  %".925" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.22" = load volatile i32, ptr %".925", align 4
  %".926" = and i32 %"flags.22", 4
  %".927" = icmp ne i32 %".926", 0
  br i1 %".927", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".734" = trunc i64 %".720" to i16
  %".735" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".734", ptr %".735", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  %".738" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".738", align 4
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".747" = trunc i64 %".720" to i16
  %".748" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".747", ptr %".748", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  %".751" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".751", align 4
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".760" = trunc i64 %".720" to i16
  %".761" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".760", ptr %".761", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  %".764" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".764", align 4
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".720", %"batadv_d0.stop_at_encap.endif.2"], [%".720", %"batadv_d0.stop_at_encap.endif.3"], [%"end.5", %"gre_d0.to_vlan"], [%"end.5", %"gre_d0.to_vlan.1"], [%".4047", %"ethernet_d1.to_vlan"], [%".4047", %"ethernet_d1.to_vlan.1"], [%".6200", %"widening.test.16"]
  %"data.54" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data.154", %"gre_d0.to_vlan"], [%"data.154", %"gre_d0.to_vlan.1"], [%"data.194", %"ethernet_d1.to_vlan"], [%"data.194", %"ethernet_d1.to_vlan.1"], [%"data.282", %"widening.test.16"]
  %"data_end.54" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.154", %"gre_d0.to_vlan"], [%"data_end.154", %"gre_d0.to_vlan.1"], [%"data_end.194", %"ethernet_d1.to_vlan"], [%"data_end.194", %"ethernet_d1.to_vlan.1"], [%"data_end.282", %"widening.test.16"]
  %"keys.54" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.154", %"gre_d0.to_vlan"], [%"keys.154", %"gre_d0.to_vlan.1"], [%"keys.194", %"ethernet_d1.to_vlan"], [%"keys.194", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.16"]
  %"hdr.28" = getelementptr i8, ptr %"data.54", i64 %"cursor.32"
  %".2093" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2094" = icmp ugt ptr %".2093", %"data_end.54"
  br i1 %".2094", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2096" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2097" = load i16, ptr %".2096", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.4" = phi  i16 [%".2097", %"vlan_d1_vlan_tags1.linear"], [%".2116", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.116" = phi  ptr [%"data.54", %"vlan_d1_vlan_tags1.linear"], [%"data.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.54", %"vlan_d1_vlan_tags1.linear"], [%"data_end.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.54", %"vlan_d1_vlan_tags1.linear"], [%"keys.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2118" = getelementptr i8, ptr %"keys.116", i64 10
  store i16 %"w2_2.4", ptr %".2118", align 2
  %".2120" = add i64 %"cursor.32", 4
  %".2121" = trunc i64 %".2120" to i16
  %".2122" = getelementptr i8, ptr %"keys.116", i64 0
  store i16 %".2121", ptr %".2122", align 2
  %".2124" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2125" = zext i16 %".2124" to i64
  switch i16 %"w2_2.4", label %"vlan_d1_vlan_tags1.unknown" [i16 8, label %"vlan_d1_vlan_tags1.to_ipv4" i16 56710, label %"vlan_d1_vlan_tags1.to_ipv6" i16 129, label %"vlan_d1_vlan_tags1.to_vlan" i16 43144, label %"vlan_d1_vlan_tags1.to_vlan.1" i16 18312, label %"vlan_d1_vlan_tags1.to_mpls" i16 18568, label %"vlan_d1_vlan_tags1.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags1.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags1.to_arp" i16 13696, label %"vlan_d1_vlan_tags1.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags1.to_ptp" i16 649, label %"vlan_d1_vlan_tags1.to_cfm" i16 51848, label %"vlan_d1_vlan_tags1.to_tipc" i16 1673, label %"vlan_d1_vlan_tags1.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags1.to_hsr" i16 64392, label %"vlan_d1_vlan_tags1.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.3:
  %".773" = trunc i64 %".720" to i16
  %".774" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".773", ptr %".774", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  %".777" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".777", align 4
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".786" = trunc i64 %".720" to i16
  %".787" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".786", ptr %".787", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  %".790" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".790", align 4
  br label %"mpls_d1_mpls_labels1"
mpls_d1_mpls_labels1:
  %"cursor.33" = phi  i64 [%".720", %"batadv_d0.stop_at_encap.endif.4"], [%".720", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1560", %"ipv6_d1.to_mpls"], [%".2120", %"vlan_d1_vlan_tags1.to_mpls"], [%".2120", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2248", %"pppoe_d1.to_mpls"], [%".2248", %"pppoe_d1.to_mpls.1"], [%".2310", %"hsr_d1_vlan_tags1.to_mpls"], [%".2310", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.5", %"gre_d0.to_mpls"], [%"end.5", %"gre_d0.to_mpls.1"], [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".3864", %"vlan_d1_vlan_tags2.to_mpls"], [%".3864", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3930", %"hsr_d1_vlan_tags2.to_mpls"], [%".3930", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".4047", %"ethernet_d1.to_mpls"], [%".4047", %"ethernet_d1.to_mpls.1"], [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".5536", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".5644", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".6387", %"widening.test.33"]
  %"data.55" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data.91", %"ipv4_d1.to_mpls"], [%"data.95", %"ipv6_d1.to_mpls"], [%"data.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.123", %"pppoe_d1.to_mpls"], [%"data.123", %"pppoe_d1.to_mpls.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.154", %"gre_d0.to_mpls"], [%"data.154", %"gre_d0.to_mpls.1"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.194", %"ethernet_d1.to_mpls"], [%"data.194", %"ethernet_d1.to_mpls.1"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.299", %"widening.test.33"]
  %"data_end.55" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.91", %"ipv4_d1.to_mpls"], [%"data_end.95", %"ipv6_d1.to_mpls"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.123", %"pppoe_d1.to_mpls"], [%"data_end.123", %"pppoe_d1.to_mpls.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.154", %"gre_d0.to_mpls"], [%"data_end.154", %"gre_d0.to_mpls.1"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.194", %"ethernet_d1.to_mpls"], [%"data_end.194", %"ethernet_d1.to_mpls.1"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.299", %"widening.test.33"]
  %"keys.55" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.91", %"ipv4_d1.to_mpls"], [%"keys.95", %"ipv6_d1.to_mpls"], [%"keys.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.123", %"pppoe_d1.to_mpls"], [%"keys.123", %"pppoe_d1.to_mpls.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.154", %"gre_d0.to_mpls"], [%"keys.154", %"gre_d0.to_mpls.1"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.194", %"ethernet_d1.to_mpls"], [%"keys.194", %"ethernet_d1.to_mpls.1"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.33"]
  %".2147" = add i64 %"cursor.33", 4
  %"hdr.29" = getelementptr i8, ptr %"data.55", i64 %"cursor.33"
  %".2148" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2149" = icmp ugt ptr %".2148", %"data_end.55"
  br i1 %".2149", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2151" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2152" = load i8, ptr %".2151", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2152", %"mpls_d1_mpls_labels1.linear"], [%".2171", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.120" = phi  ptr [%"data.55", %"mpls_d1_mpls_labels1.linear"], [%"data.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.120" = phi  ptr [%"data_end.55", %"mpls_d1_mpls_labels1.linear"], [%"data_end.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.120" = phi  ptr [%"keys.55", %"mpls_d1_mpls_labels1.linear"], [%"keys.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2173" = add i64 %"cursor.33", 4
  %".2174" = zext i8 %"w2_1.2" to i64
  %".2175" = and i64 %".2174", 1
  switch i64 %".2175", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
mpls_d1_mpls_labels1.to_mpls:
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels2:
  %"cursor.54" = phi  i64 [%".2173", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.121" = phi  ptr [%"data.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.121" = phi  ptr [%"data_end.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.121" = phi  ptr [%"keys.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %".3969" = add i64 %"cursor.54", 4
  %"hdr.48" = getelementptr i8, ptr %"data.121", i64 %"cursor.54"
  %".3970" = getelementptr i8, ptr %"hdr.48", i64 4
  %".3971" = icmp ugt ptr %".3970", %"data_end.121"
  br i1 %".3971", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".3973" = getelementptr i8, ptr %"hdr.48", i64 2
  %".3974" = load i8, ptr %".3973", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".3974", %"mpls_d1_mpls_labels2.linear"], [%".3993", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.191" = phi  ptr [%"data.121", %"mpls_d1_mpls_labels2.linear"], [%"data.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.191" = phi  ptr [%"data_end.121", %"mpls_d1_mpls_labels2.linear"], [%"data_end.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.191" = phi  ptr [%"keys.121", %"mpls_d1_mpls_labels2.linear"], [%"keys.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".3995" = add i64 %"cursor.54", 4
  %".3996" = zext i8 %"w2_1.4" to i64
  %".3997" = and i64 %".3996", 1
  switch i64 %".3997", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels2.to_mpls:
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels3:
  %"cursor.71" = phi  i64 [%".3995", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.192" = phi  ptr [%"data.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.192" = phi  ptr [%"data_end.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.192" = phi  ptr [%"keys.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %".5310" = add i64 %"cursor.71", 4
  %"hdr.63" = getelementptr i8, ptr %"data.192", i64 %"cursor.71"
  %".5311" = getelementptr i8, ptr %"hdr.63", i64 4
  %".5312" = icmp ugt ptr %".5311", %"data_end.192"
  br i1 %".5312", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".5314" = getelementptr i8, ptr %"hdr.63", i64 2
  %".5315" = load i8, ptr %".5314", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".5315", %"mpls_d1_mpls_labels3.linear"], [%".5334", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.238" = phi  ptr [%"data.192", %"mpls_d1_mpls_labels3.linear"], [%"data.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.238" = phi  ptr [%"data_end.192", %"mpls_d1_mpls_labels3.linear"], [%"data_end.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.238" = phi  ptr [%"keys.192", %"mpls_d1_mpls_labels3.linear"], [%"keys.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".5336" = add i64 %"cursor.71", 4
  %".5337" = zext i8 %"w2_1.6" to i64
  %".5338" = and i64 %".5337", 1
  switch i64 %".5338", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels3.to_mpls:
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels4:
  %"cursor.77" = phi  i64 [%".5336", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.239" = phi  ptr [%"data.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.239" = phi  ptr [%"data_end.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.239" = phi  ptr [%"keys.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %".5745" = add i64 %"cursor.77", 4
  %"hdr.68" = getelementptr i8, ptr %"data.239", i64 %"cursor.77"
  %".5746" = getelementptr i8, ptr %"hdr.68", i64 4
  %".5747" = icmp ugt ptr %".5746", %"data_end.239"
  br i1 %".5747", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".5749" = getelementptr i8, ptr %"hdr.68", i64 2
  %".5750" = load i8, ptr %".5749", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".5750", %"mpls_d1_mpls_labels4.linear"], [%".5769", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.250" = phi  ptr [%"data.239", %"mpls_d1_mpls_labels4.linear"], [%"data.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.250" = phi  ptr [%"data_end.239", %"mpls_d1_mpls_labels4.linear"], [%"data_end.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.250" = phi  ptr [%"keys.239", %"mpls_d1_mpls_labels4.linear"], [%"keys.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".5771" = add i64 %"cursor.77", 4
  %".5772" = zext i8 %"w2_1.7" to i64
  %".5773" = and i64 %".5772", 1
  switch i64 %".5773", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels4.to_mpls:
  %".5779" = trunc i64 %".5771" to i16
  %".5780" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5779", ptr %".5780", align 2
  br label %"return"
batadv_d0.stop_at_encap.5:
  %".799" = trunc i64 %".720" to i16
  %".800" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".799", ptr %".800", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  %".803" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".803", align 4
  br label %"mpls_d1_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".812" = trunc i64 %".720" to i16
  %".813" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".812", ptr %".813", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  %".816" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".816", align 4
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.34" = phi  i64 [%".720", %"batadv_d0.stop_at_encap.endif.6"], [%".2120", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2310", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.5", %"gre_d0.to_pppoe"], [%".3864", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3930", %"hsr_d1_vlan_tags2.to_pppoe"], [%".4047", %"ethernet_d1.to_pppoe"], [%".6299", %"widening.test.25"]
  %"data.56" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.154", %"gre_d0.to_pppoe"], [%"data.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.194", %"ethernet_d1.to_pppoe"], [%"data.291", %"widening.test.25"]
  %"data_end.56" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.154", %"gre_d0.to_pppoe"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.194", %"ethernet_d1.to_pppoe"], [%"data_end.291", %"widening.test.25"]
  %"keys.56" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.154", %"gre_d0.to_pppoe"], [%"keys.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.194", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.25"]
  %"hdr.30" = getelementptr i8, ptr %"data.56", i64 %"cursor.34"
  %".2198" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2199" = icmp ugt ptr %".2198", %"data_end.56"
  br i1 %".2199", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2201" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2202" = load i8, ptr %".2201", align 1
  %".2203" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2204" = load i8, ptr %".2203", align 1
  %".2205" = getelementptr i8, ptr %"hdr.30", i64 6
  %".2206" = load i16, ptr %".2205", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".2202", %"pppoe_d1.linear"], [%".2225", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2204", %"pppoe_d1.linear"], [%".2227", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2206", %"pppoe_d1.linear"], [%".2229", %"pppoe_d1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.56", %"pppoe_d1.linear"], [%"data.122", %"pppoe_d1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.56", %"pppoe_d1.linear"], [%"data_end.122", %"pppoe_d1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.56", %"pppoe_d1.linear"], [%"keys.122", %"pppoe_d1.copy_failed.endif"]
  %".2231" = zext i8 %"w0_1.8" to i64
  %".2232" = lshr i64 %".2231", 4
  %".2233" = and i64 %".2232", 15
  %".2234" = icmp eq i64 %".2233", 1
  %".2235" = zext i8 %"w0_1.8" to i64
  %".2236" = and i64 %".2235", 15
  %".2237" = icmp eq i64 %".2236", 1
  %".2238" = and i1 %".2234", %".2237"
  %".2239" = zext i8 %"w1_1.4" to i64
  %".2240" = icmp eq i64 %".2239", 0
  %".2241" = and i1 %".2238", %".2240"
  %".2242" = xor i1 %".2241", -1
  br i1 %".2242", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".825" = trunc i64 %".720" to i16
  %".826" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".825", ptr %".826", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  %".829" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".829", align 4
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".838" = trunc i64 %".720" to i16
  %".839" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".838", ptr %".839", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  %".842" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".842", align 4
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".851" = trunc i64 %".720" to i16
  %".852" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".851", ptr %".852", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  %".855" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".855", align 4
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".864" = trunc i64 %".720" to i16
  %".865" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".864", ptr %".865", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  %".868" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".868", align 4
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".877" = trunc i64 %".720" to i16
  %".878" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".877", ptr %".878", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  %".881" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".881", align 4
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".890" = trunc i64 %".720" to i16
  %".891" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".890", ptr %".891", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  %".894" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".894", align 4
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".903" = trunc i64 %".720" to i16
  %".904" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".903", ptr %".904", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  %".907" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".907", align 4
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.35" = phi  i64 [%".720", %"batadv_d0.stop_at_encap.endif.13"], [%".720", %"batadv_d0.stop_at_encap.endif.14"], [%"end.5", %"gre_d0.to_hsr"], [%"end.5", %"gre_d0.to_hsr.1"], [%".4047", %"ethernet_d1.to_hsr"], [%".4047", %"ethernet_d1.to_hsr.1"], [%".6189", %"widening.test.15"]
  %"data.57" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.13"], [%"data.53", %"batadv_d0.stop_at_encap.endif.14"], [%"data.154", %"gre_d0.to_hsr"], [%"data.154", %"gre_d0.to_hsr.1"], [%"data.194", %"ethernet_d1.to_hsr"], [%"data.194", %"ethernet_d1.to_hsr.1"], [%"data.281", %"widening.test.15"]
  %"data_end.57" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.154", %"gre_d0.to_hsr"], [%"data_end.154", %"gre_d0.to_hsr.1"], [%"data_end.194", %"ethernet_d1.to_hsr"], [%"data_end.194", %"ethernet_d1.to_hsr.1"], [%"data_end.281", %"widening.test.15"]
  %"keys.57" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.154", %"gre_d0.to_hsr"], [%"keys.154", %"gre_d0.to_hsr.1"], [%"keys.194", %"ethernet_d1.to_hsr"], [%"keys.194", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.15"]
  %"hdr.31" = getelementptr i8, ptr %"data.57", i64 %"cursor.35"
  %".2283" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2284" = icmp ugt ptr %".2283", %"data_end.57"
  br i1 %".2284", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2286" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2287" = load i16, ptr %".2286", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2287", %"hsr_d1_vlan_tags1.linear"], [%".2306", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.57", %"hsr_d1_vlan_tags1.linear"], [%"data.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.57", %"hsr_d1_vlan_tags1.linear"], [%"data_end.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.57", %"hsr_d1_vlan_tags1.linear"], [%"keys.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2308" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %"w4_2.2", ptr %".2308", align 2
  %".2310" = add i64 %"cursor.35", 6
  %".2311" = trunc i64 %".2310" to i16
  %".2312" = getelementptr i8, ptr %"keys.125", i64 0
  store i16 %".2311", ptr %".2312", align 2
  %".2314" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2315" = zext i16 %".2314" to i64
  switch i16 %"w4_2.2", label %"hsr_d1_vlan_tags1.unknown" [i16 8, label %"hsr_d1_vlan_tags1.to_ipv4" i16 56710, label %"hsr_d1_vlan_tags1.to_ipv6" i16 129, label %"hsr_d1_vlan_tags1.to_vlan" i16 43144, label %"hsr_d1_vlan_tags1.to_vlan.1" i16 18312, label %"hsr_d1_vlan_tags1.to_mpls" i16 18568, label %"hsr_d1_vlan_tags1.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags1.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags1.to_arp" i16 13696, label %"hsr_d1_vlan_tags1.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags1.to_ptp" i16 649, label %"hsr_d1_vlan_tags1.to_cfm" i16 51848, label %"hsr_d1_vlan_tags1.to_tipc" i16 1673, label %"hsr_d1_vlan_tags1.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags1.to_hsr" i16 64392, label %"hsr_d1_vlan_tags1.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.14:
  %".916" = trunc i64 %".720" to i16
  %".917" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".916", ptr %".917", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  %".920" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".920", align 4
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".929" = trunc i64 %".720" to i16
  %".930" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".929", ptr %".930", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  %".933" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".933", align 4
  br label %"batadv_d1"
batadv_d1:
  %"cursor.36" = phi  i64 [%".720", %"batadv_d0.stop_at_encap.endif.15"], [%".2120", %"vlan_d1_vlan_tags1.to_batadv"], [%".2310", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.5", %"gre_d0.to_batadv"], [%".3864", %"vlan_d1_vlan_tags2.to_batadv"], [%".3930", %"hsr_d1_vlan_tags2.to_batadv"], [%".4047", %"ethernet_d1.to_batadv"], [%".6233", %"widening.test.19"]
  %"data.58" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.15"], [%"data.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.154", %"gre_d0.to_batadv"], [%"data.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.194", %"ethernet_d1.to_batadv"], [%"data.285", %"widening.test.19"]
  %"data_end.58" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.154", %"gre_d0.to_batadv"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.194", %"ethernet_d1.to_batadv"], [%"data_end.285", %"widening.test.19"]
  %"keys.58" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.154", %"gre_d0.to_batadv"], [%"keys.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.194", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.19"]
  %"hdr.32" = getelementptr i8, ptr %"data.58", i64 %"cursor.36"
  %".2337" = getelementptr i8, ptr %"hdr.32", i64 24
  %".2338" = icmp ugt ptr %".2337", %"data_end.58"
  br i1 %".2338", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2340" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2341" = load i8, ptr %".2340", align 1
  %".2342" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2343" = load i8, ptr %".2342", align 1
  %".2344" = getelementptr i8, ptr %"hdr.32", i64 22
  %".2345" = load i16, ptr %".2344", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.9" = phi  i8 [%".2341", %"batadv_d1.linear"], [%".2364", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2343", %"batadv_d1.linear"], [%".2366", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2345", %"batadv_d1.linear"], [%".2368", %"batadv_d1.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.58", %"batadv_d1.linear"], [%"data.126", %"batadv_d1.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.58", %"batadv_d1.linear"], [%"data_end.126", %"batadv_d1.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.58", %"batadv_d1.linear"], [%"keys.126", %"batadv_d1.copy_failed.endif"]
  %".2370" = zext i8 %"w1_1.5" to i64
  %".2371" = icmp eq i64 %".2370", 15
  %".2372" = zext i8 %"w0_1.9" to i64
  %".2373" = icmp eq i64 %".2372", 64
  %".2374" = and i1 %".2371", %".2373"
  %".2375" = xor i1 %".2374", -1
  br i1 %".2375", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".942" = trunc i64 %"cursor.13" to i32
  %".943" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".942", [40 x i8]* %"header_copy", i32 4)
  %".944" = icmp eq i64 %".943", 0
  %".945" = getelementptr i8, ptr %"ctx.11", i64 76
  %".946" = load i32, ptr %".945", align 4
  %".947" = zext i32 %".946" to i64
  %"data.59" = inttoptr i64 %".947" to ptr
  %".948" = getelementptr i8, ptr %"ctx.11", i64 80
  %".949" = load i32, ptr %".948", align 4
  %".950" = zext i32 %".949" to i64
  %"data_end.59" = inttoptr i64 %".950" to ptr
  %".951" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.59" = load ptr, ptr %".951", align 8
  %".952" = xor i1 %".944", -1
  br i1 %".952", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".954" = trunc i64 %"cursor.13" to i16
  %".955" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".954", ptr %".955", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".958" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".959" = load volatile i32, [40 x i8]* %".958", align 4
  br label %"tcp.header"
tcp.unknown:
  %".964" = trunc i64 %"cursor.13" to i16
  %".965" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".964", ptr %".965", align 2
  br label %"return"
udp_d0.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".975" = trunc i64 %"cursor.14" to i32
  %".976" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".975", [40 x i8]* %"header_copy", i32 4)
  %".977" = icmp eq i64 %".976", 0
  %".978" = getelementptr i8, ptr %"ctx.12", i64 76
  %".979" = load i32, ptr %".978", align 4
  %".980" = zext i32 %".979" to i64
  %"data.62" = inttoptr i64 %".980" to ptr
  %".981" = getelementptr i8, ptr %"ctx.12", i64 80
  %".982" = load i32, ptr %".981", align 4
  %".983" = zext i32 %".982" to i64
  %"data_end.62" = inttoptr i64 %".983" to ptr
  %".984" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.62" = load ptr, ptr %".984", align 8
  %".985" = xor i1 %".977", -1
  br i1 %".985", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".987" = trunc i64 %"cursor.14" to i16
  %".988" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".987", ptr %".988", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".991" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".992" = load volatile i32, [40 x i8]* %".991", align 4
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".1002" = add i64 %"cursor.14", %".997"
  %".1003" = sub i64 %".1002", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1004" = trunc i64 %".1003" to i32
  %".1005" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1004", i64* %"last_byte", i32 1)
  %".1006" = icmp eq i64 %".1005", 0
  %".1007" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1008" = load i32, ptr %".1007", align 4
  %".1009" = zext i32 %".1008" to i64
  %"data.64" = inttoptr i64 %".1009" to ptr
  %".1010" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1011" = load i32, ptr %".1010", align 4
  %".1012" = zext i32 %".1011" to i64
  %"data_end.64" = inttoptr i64 %".1012" to ptr
  %".1013" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.64" = load ptr, ptr %".1013", align 8
  %".1014" = xor i1 %".1006", -1
  br i1 %".1014", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".1016" = trunc i64 %"cursor.14" to i16
  %".1017" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1016", ptr %".1017", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".1027" = trunc i64 %"cursor.14" to i16
  %".1028" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1027", ptr %".1028", align 2
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
  %"cursor.39" = phi  i64 [%".1021", %"udp_d0.to_geneve"]
  %"data.67" = phi  ptr [%"data.65", %"udp_d0.to_geneve"]
  %"data_end.67" = phi  ptr [%"data_end.65", %"udp_d0.to_geneve"]
  %"keys.67" = phi  ptr [%"keys.65", %"udp_d0.to_geneve"]
  %"hdr.35" = getelementptr i8, ptr %"data.67", i64 %"cursor.39"
  %".2765" = getelementptr i8, ptr %"hdr.35", i64 8
  %".2766" = icmp ugt ptr %".2765", %"data_end.67"
  br i1 %".2766", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".2768" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2769" = load i8, ptr %".2768", align 1
  %".2770" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2771" = load i16, ptr %".2770", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.10" = phi  i8 [%".2769", %"geneve_d0.linear"], [%".2790", %"geneve_d0.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".2771", %"geneve_d0.linear"], [%".2792", %"geneve_d0.copy_failed.endif"]
  %"data.137" = phi  ptr [%"data.67", %"geneve_d0.linear"], [%"data.136", %"geneve_d0.copy_failed.endif"]
  %"data_end.137" = phi  ptr [%"data_end.67", %"geneve_d0.linear"], [%"data_end.136", %"geneve_d0.copy_failed.endif"]
  %"keys.137" = phi  ptr [%"keys.67", %"geneve_d0.linear"], [%"keys.136", %"geneve_d0.copy_failed.endif"]
  %".2794" = zext i8 %"w0_1.10" to i64
  %".2795" = lshr i64 %".2794", 6
  %".2796" = and i64 %".2795", 3
  %".2797" = icmp ne i64 %".2796", 0
  br i1 %".2797", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif", !prof !0
geneve_d0.stop_before.endif:
  %".2803" = add i64 %"cursor.39", 8
  %".2804" = and i8 %"w0_1.10", 63
  %".2805" = icmp eq i8 %".2804", 0
  %".2806" = xor i1 %".2805", -1
  br i1 %".2806", label %"geneve_d0.variable", label %"geneve_d0.no_variable", !prof !0
geneve_d0.no_variable:
  br label %"geneve_d0.variable.endif"
geneve_d0.variable.endif:
  %"end.3" = phi  i64 [%".2803", %"geneve_d0.no_variable"], [%".2836", %"geneve_d0.variable_part"]
  %"data.140" = phi  ptr [%"data.137", %"geneve_d0.no_variable"], [%"data.139", %"geneve_d0.variable_part"]
  %"data_end.140" = phi  ptr [%"data_end.137", %"geneve_d0.no_variable"], [%"data_end.139", %"geneve_d0.variable_part"]
  %"keys.140" = phi  ptr [%"keys.137", %"geneve_d0.no_variable"], [%"keys.139", %"geneve_d0.variable_part"]
  %".2838" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".2838", align 1
  %".2840" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.53" = load volatile i32, ptr %".2840", align 4
  %".2841" = and i32 %"flags.53", 4
  %".2842" = icmp ne i32 %".2841", 0
  br i1 %".2842", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
gue_d0:
  %"cursor.40" = phi  i64 [%".1021", %"udp_d0.to_gue"]
  %"data.68" = phi  ptr [%"data.65", %"udp_d0.to_gue"]
  %"data_end.68" = phi  ptr [%"data_end.65", %"udp_d0.to_gue"]
  %"keys.68" = phi  ptr [%"keys.65", %"udp_d0.to_gue"]
  %"hdr.36" = getelementptr i8, ptr %"data.68", i64 %"cursor.40"
  %".2860" = getelementptr i8, ptr %"hdr.36", i64 4
  %".2861" = icmp ugt ptr %".2860", %"data_end.68"
  br i1 %".2861", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".2863" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2864" = load i8, ptr %".2863", align 1
  %".2865" = getelementptr i8, ptr %"hdr.36", i64 1
  %".2866" = load i8, ptr %".2865", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.11" = phi  i8 [%".2864", %"gue_d0.linear"], [%".2885", %"gue_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2866", %"gue_d0.linear"], [%".2887", %"gue_d0.copy_failed.endif"]
  %"data.142" = phi  ptr [%"data.68", %"gue_d0.linear"], [%"data.141", %"gue_d0.copy_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.68", %"gue_d0.linear"], [%"data_end.141", %"gue_d0.copy_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.68", %"gue_d0.linear"], [%"keys.141", %"gue_d0.copy_failed.endif"]
  %".2889" = zext i8 %"w0_1.11" to i64
  %".2890" = lshr i64 %".2889", 6
  %".2891" = and i64 %".2890", 3
  %".2892" = icmp ne i64 %".2891", 0
  %".2893" = zext i8 %"w0_1.11" to i64
  %".2894" = lshr i64 %".2893", 5
  %".2895" = and i64 %".2894", 1
  %".2896" = icmp ne i64 %".2895", 0
  %".2897" = or i1 %".2892", %".2896"
  br i1 %".2897", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif", !prof !0
gue_d0.stop_before.endif:
  %".2903" = add i64 %"cursor.40", 4
  %".2904" = and i8 %"w0_1.11", 31
  %".2905" = icmp eq i8 %".2904", 0
  %".2906" = xor i1 %".2905", -1
  br i1 %".2906", label %"gue_d0.variable", label %"gue_d0.no_variable", !prof !0
gue_d0.no_variable:
  br label %"gue_d0.variable.endif"
gue_d0.variable.endif:
  %"end.4" = phi  i64 [%".2903", %"gue_d0.no_variable"], [%".2936", %"gue_d0.variable_part"]
  %"data.145" = phi  ptr [%"data.142", %"gue_d0.no_variable"], [%"data.144", %"gue_d0.variable_part"]
  %"data_end.145" = phi  ptr [%"data_end.142", %"gue_d0.no_variable"], [%"data_end.144", %"gue_d0.variable_part"]
  %"keys.145" = phi  ptr [%"keys.142", %"gue_d0.no_variable"], [%"keys.144", %"gue_d0.variable_part"]
  %".2938" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".2938", align 1
  %".2940" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.54" = load volatile i32, ptr %".2940", align 4
  %".2941" = and i32 %"flags.54", 4
  %".2942" = icmp ne i32 %".2941", 0
  br i1 %".2942", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gtpu_d0:
  %"cursor.41" = phi  i64 [%".1021", %"udp_d0.to_gtpu"]
  %"data.69" = phi  ptr [%"data.65", %"udp_d0.to_gtpu"]
  %"data_end.69" = phi  ptr [%"data_end.65", %"udp_d0.to_gtpu"]
  %"keys.69" = phi  ptr [%"keys.65", %"udp_d0.to_gtpu"]
  %"hdr.37" = getelementptr i8, ptr %"data.69", i64 %"cursor.41"
  %".2958" = getelementptr i8, ptr %"hdr.37", i64 8
  %".2959" = icmp ugt ptr %".2958", %"data_end.69"
  br i1 %".2959", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".2961" = getelementptr i8, ptr %"hdr.37", i64 0
  %".2962" = load i8, ptr %".2961", align 1
  %".2963" = getelementptr i8, ptr %"hdr.37", i64 1
  %".2964" = load i8, ptr %".2963", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.12" = phi  i8 [%".2962", %"gtpu_d0.linear"], [%".2983", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2964", %"gtpu_d0.linear"], [%".2985", %"gtpu_d0.copy_failed.endif"]
  %"data.147" = phi  ptr [%"data.69", %"gtpu_d0.linear"], [%"data.146", %"gtpu_d0.copy_failed.endif"]
  %"data_end.147" = phi  ptr [%"data_end.69", %"gtpu_d0.linear"], [%"data_end.146", %"gtpu_d0.copy_failed.endif"]
  %"keys.147" = phi  ptr [%"keys.69", %"gtpu_d0.linear"], [%"keys.146", %"gtpu_d0.copy_failed.endif"]
  %".2987" = zext i8 %"w0_1.12" to i64
  %".2988" = lshr i64 %".2987", 5
  %".2989" = and i64 %".2988", 7
  %".2990" = icmp ne i64 %".2989", 1
  %".2991" = zext i8 %"w0_1.12" to i64
  %".2992" = lshr i64 %".2991", 4
  %".2993" = and i64 %".2992", 1
  %".2994" = icmp ne i64 %".2993", 1
  %".2995" = or i1 %".2990", %".2994"
  %".2996" = zext i8 %"w1_1.7" to i64
  %".2997" = icmp ne i64 %".2996", 255
  %".2998" = or i1 %".2995", %".2997"
  br i1 %".2998", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif", !prof !0
gtpu_d0.stop_before.endif:
  %".3004" = add i64 %"cursor.41", 8
  %".3005" = getelementptr i8, ptr %"keys.147", i64 8
  store i8 1, ptr %".3005", align 1
  %".3007" = getelementptr i8, ptr %"keys.147", i64 48
  %"flags.55" = load volatile i32, ptr %".3007", align 4
  %".3008" = and i32 %"flags.55", 4
  %".3009" = icmp ne i32 %".3008", 0
  br i1 %".3009", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
shim_d0:
  %"cursor.42" = phi  i64 [%".1021", %"udp_d0.to_shim"]
  %"data.70" = phi  ptr [%"data.65", %"udp_d0.to_shim"]
  %"data_end.70" = phi  ptr [%"data_end.65", %"udp_d0.to_shim"]
  %"keys.70" = phi  ptr [%"keys.65", %"udp_d0.to_shim"]
  %"hdr.38" = getelementptr i8, ptr %"data.70", i64 %"cursor.42"
  %".3045" = getelementptr i8, ptr %"hdr.38", i64 8
  %".3046" = icmp ugt ptr %".3045", %"data_end.70"
  br i1 %".3046", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".3048" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3049" = load i16, ptr %".3048", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.6" = phi  i16 [%".3049", %"shim_d0.linear"], [%".3068", %"shim_d0.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.70", %"shim_d0.linear"], [%"data.150", %"shim_d0.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.70", %"shim_d0.linear"], [%"data_end.150", %"shim_d0.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.70", %"shim_d0.linear"], [%"keys.150", %"shim_d0.copy_failed.endif"]
  %".3070" = add i64 %"cursor.42", 8
  %".3071" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".3071", align 1
  %".3073" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.56" = load volatile i32, ptr %".3073", align 4
  %".3074" = and i32 %"flags.56", 4
  %".3075" = icmp ne i32 %".3074", 0
  br i1 %".3075", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1042" = trunc i64 %"cursor.15" to i32
  %".1043" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1042", [40 x i8]* %"header_copy", i32 4)
  %".1044" = icmp eq i64 %".1043", 0
  %".1045" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1046" = load i32, ptr %".1045", align 4
  %".1047" = zext i32 %".1046" to i64
  %"data.71" = inttoptr i64 %".1047" to ptr
  %".1048" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1049" = load i32, ptr %".1048", align 4
  %".1050" = zext i32 %".1049" to i64
  %"data_end.71" = inttoptr i64 %".1050" to ptr
  %".1051" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.71" = load ptr, ptr %".1051", align 8
  %".1052" = xor i1 %".1044", -1
  br i1 %".1052", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1054" = trunc i64 %"cursor.15" to i16
  %".1055" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1054", ptr %".1055", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1058" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1059" = load volatile i32, [40 x i8]* %".1058", align 4
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1069" = add i64 %"cursor.15", %".1064"
  %".1070" = sub i64 %".1069", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1071" = trunc i64 %".1070" to i32
  %".1072" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1071", i64* %"last_byte", i32 1)
  %".1073" = icmp eq i64 %".1072", 0
  %".1074" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1075" = load i32, ptr %".1074", align 4
  %".1076" = zext i32 %".1075" to i64
  %"data.73" = inttoptr i64 %".1076" to ptr
  %".1077" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1078" = load i32, ptr %".1077", align 4
  %".1079" = zext i32 %".1078" to i64
  %"data_end.73" = inttoptr i64 %".1079" to ptr
  %".1080" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.73" = load ptr, ptr %".1080", align 8
  %".1081" = xor i1 %".1073", -1
  br i1 %".1081", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1083" = trunc i64 %"cursor.15" to i16
  %".1084" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1083", ptr %".1084", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1103" = trunc i64 %"cursor.16" to i32
  %".1104" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1103", [40 x i8]* %"header_copy", i32 4)
  %".1105" = icmp eq i64 %".1104", 0
  %".1106" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1107" = load i32, ptr %".1106", align 4
  %".1108" = zext i32 %".1107" to i64
  %"data.75" = inttoptr i64 %".1108" to ptr
  %".1109" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1110" = load i32, ptr %".1109", align 4
  %".1111" = zext i32 %".1110" to i64
  %"data_end.75" = inttoptr i64 %".1111" to ptr
  %".1112" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.75" = load ptr, ptr %".1112", align 8
  %".1113" = xor i1 %".1105", -1
  br i1 %".1113", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1115" = trunc i64 %"cursor.16" to i16
  %".1116" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1115", ptr %".1116", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1119" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1120" = load volatile i8, [40 x i8]* %".1119", align 1
  %".1121" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1122" = load volatile i8, [40 x i8]* %".1121", align 1
  %".1123" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1124" = load volatile i16, [40 x i8]* %".1123", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1135" = trunc i64 %"cursor.16" to i16
  %".1136" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1135", ptr %".1136", align 2
  br label %"return"
gre_version_d0.unknown:
  %".1144" = trunc i64 %"cursor.16" to i16
  %".1145" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1144", ptr %".1145", align 2
  br label %"return"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
pptp_d0:
  %"cursor.44" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.78" = phi  ptr [%"data.76", %"gre_version_d0.to_pptp"]
  %"data_end.78" = phi  ptr [%"data_end.76", %"gre_version_d0.to_pptp"]
  %"keys.78" = phi  ptr [%"keys.76", %"gre_version_d0.to_pptp"]
  %".3171" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".3172" = zext i16 %".3171" to i64
  %".3173" = icmp ne i64 %".3172", 34827
  %".3174" = zext i8 %"w0_1.3" to i64
  %".3175" = lshr i64 %".3174", 5
  %".3176" = and i64 %".3175", 1
  %".3177" = icmp eq i64 %".3176", 0
  %".3178" = or i1 %".3173", %".3177"
  br i1 %".3178", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".3184" = add i64 %"cursor.44", 4
  %".3185" = zext i8 %"w0_1.3" to i64
  %".3186" = lshr i64 %".3185", 7
  %".3187" = and i64 %".3186", 1
  %".3188" = zext i8 %"w0_1.3" to i64
  %".3189" = lshr i64 %".3188", 5
  %".3190" = and i64 %".3189", 1
  %".3191" = add i64 %".3187", %".3190"
  %".3192" = zext i8 %"w0_1.3" to i64
  %".3193" = lshr i64 %".3192", 4
  %".3194" = and i64 %".3193", 1
  %".3195" = add i64 %".3191", %".3194"
  %".3196" = zext i8 %"w1_1.2" to i64
  %".3197" = lshr i64 %".3196", 7
  %".3198" = and i64 %".3197", 1
  %".3199" = add i64 %".3195", %".3198"
  %".3200" = mul i64 %".3199", 4
  %".3201" = add i64 %".3200", 4
  %".3202" = getelementptr i8, ptr %"data.78", i64 %"cursor.44"
  %".3203" = getelementptr i8, ptr %".3202", i64 %".3201"
  %".3204" = icmp ugt ptr %".3203", %"data_end.78"
  br i1 %".3204", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.156" = phi  ptr [%"data.78", %"pptp_d0.stop_before.endif"], [%"data.155", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.156" = phi  ptr [%"data_end.78", %"pptp_d0.stop_before.endif"], [%"data_end.155", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.156" = phi  ptr [%"keys.78", %"pptp_d0.stop_before.endif"], [%"keys.155", %"pptp_d0.copy_last_byte_failed.endif"]
  %".3225" = add i64 %"cursor.44", %".3201"
  %".3226" = add i64 %"cursor.44", 8
  %".3227" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3226")
  %".3228" = icmp eq i64 %".3200", 4
  %"end.6" = select  i1 %".3228", i64 %".3227", i64 %".3225"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.58" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.157" = phi  ptr [%"data.156", %"pptp_d0.to_ppp"]
  %"data_end.157" = phi  ptr [%"data_end.156", %"pptp_d0.to_ppp"]
  %"keys.157" = phi  ptr [%"keys.156", %"pptp_d0.to_ppp"]
  %"hdr.52" = getelementptr i8, ptr %"data.157", i64 %"cursor.58"
  %".4127" = getelementptr i8, ptr %"hdr.52", i64 4
  %".4128" = icmp ugt ptr %".4127", %"data_end.157"
  br i1 %".4128", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4130" = getelementptr i8, ptr %"hdr.52", i64 2
  %".4131" = load i16, ptr %".4130", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.11" = phi  i16 [%".4131", %"ppp_d0.linear"], [%".4150", %"ppp_d0.copy_failed.endif"]
  %"data.201" = phi  ptr [%"data.157", %"ppp_d0.linear"], [%"data.200", %"ppp_d0.copy_failed.endif"]
  %"data_end.201" = phi  ptr [%"data_end.157", %"ppp_d0.linear"], [%"data_end.200", %"ppp_d0.copy_failed.endif"]
  %"keys.201" = phi  ptr [%"keys.157", %"ppp_d0.linear"], [%"keys.200", %"ppp_d0.copy_failed.endif"]
  %".4152" = add i64 %"cursor.58", 4
  %".4153" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".4154" = zext i16 %".4153" to i64
  switch i16 %"w2_2.11", label %"ppp_d0.unknown" [i16 8448, label %"ppp_d0.to_ipv4" i16 22272, label %"ppp_d0.to_ipv6"]
ppp_d0.to_ipv4:
  %".4163" = trunc i64 2048 to i16
  %".4164" = call i16 @"llvm.bswap.i16"(i16 %".4163")
  %".4165" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".4164", ptr %".4165", align 2
  %".4167" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4167", align 1
  %".4169" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.70" = load volatile i32, ptr %".4169", align 4
  %".4170" = and i32 %"flags.70", 4
  %".4171" = icmp ne i32 %".4170", 0
  br i1 %".4171", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1156" = trunc i64 %"cursor.17" to i32
  %".1157" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1156", [40 x i8]* %"header_copy", i32 4)
  %".1158" = icmp eq i64 %".1157", 0
  %".1159" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1160" = load i32, ptr %".1159", align 4
  %".1161" = zext i32 %".1160" to i64
  %"data.79" = inttoptr i64 %".1161" to ptr
  %".1162" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1163" = load i32, ptr %".1162", align 4
  %".1164" = zext i32 %".1163" to i64
  %"data_end.79" = inttoptr i64 %".1164" to ptr
  %".1165" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.79" = load ptr, ptr %".1165", align 8
  %".1166" = xor i1 %".1158", -1
  br i1 %".1166", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1168" = trunc i64 %"cursor.17" to i16
  %".1169" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1168", ptr %".1169", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1172" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1173" = load volatile i32, [40 x i8]* %".1172", align 4
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1188" = trunc i64 %"cursor.18" to i32
  %".1189" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1188", [40 x i8]* %"header_copy", i32 4)
  %".1190" = icmp eq i64 %".1189", 0
  %".1191" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1192" = load i32, ptr %".1191", align 4
  %".1193" = zext i32 %".1192" to i64
  %"data.81" = inttoptr i64 %".1193" to ptr
  %".1194" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1195" = load i32, ptr %".1194", align 4
  %".1196" = zext i32 %".1195" to i64
  %"data_end.81" = inttoptr i64 %".1196" to ptr
  %".1197" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.81" = load ptr, ptr %".1197", align 8
  %".1198" = xor i1 %".1190", -1
  br i1 %".1198", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1200" = trunc i64 %"cursor.18" to i16
  %".1201" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1200", ptr %".1201", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1204" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1205" = load volatile i32, [40 x i8]* %".1204", align 4
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1220" = trunc i64 %"cursor.19" to i32
  %".1221" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1220", [40 x i8]* %"header_copy", i32 4)
  %".1222" = icmp eq i64 %".1221", 0
  %".1223" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1224" = load i32, ptr %".1223", align 4
  %".1225" = zext i32 %".1224" to i64
  %"data.83" = inttoptr i64 %".1225" to ptr
  %".1226" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1227" = load i32, ptr %".1226", align 4
  %".1228" = zext i32 %".1227" to i64
  %"data_end.83" = inttoptr i64 %".1228" to ptr
  %".1229" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.83" = load ptr, ptr %".1229", align 8
  %".1230" = xor i1 %".1222", -1
  br i1 %".1230", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1232" = trunc i64 %"cursor.19" to i16
  %".1233" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1232", ptr %".1233", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1236" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1237" = load volatile i32, [40 x i8]* %".1236", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1264" = trunc i64 %"cursor.20" to i32
  %".1265" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1264", [40 x i8]* %"header_copy", i32 8)
  %".1266" = icmp eq i64 %".1265", 0
  %".1267" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1268" = load i32, ptr %".1267", align 4
  %".1269" = zext i32 %".1268" to i64
  %"data.85" = inttoptr i64 %".1269" to ptr
  %".1270" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1271" = load i32, ptr %".1270", align 4
  %".1272" = zext i32 %".1271" to i64
  %"data_end.85" = inttoptr i64 %".1272" to ptr
  %".1273" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.85" = load ptr, ptr %".1273", align 8
  %".1274" = xor i1 %".1266", -1
  br i1 %".1274", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1276" = trunc i64 %"cursor.20" to i16
  %".1277" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1276", ptr %".1277", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1280" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1281" = load volatile i32, [40 x i8]* %".1280", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1306" = trunc i64 %"cursor.21" to i32
  %".1307" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1306", [40 x i8]* %"header_copy", i32 4)
  %".1308" = icmp eq i64 %".1307", 0
  %".1309" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1310" = load i32, ptr %".1309", align 4
  %".1311" = zext i32 %".1310" to i64
  %"data.87" = inttoptr i64 %".1311" to ptr
  %".1312" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1313" = load i32, ptr %".1312", align 4
  %".1314" = zext i32 %".1313" to i64
  %"data_end.87" = inttoptr i64 %".1314" to ptr
  %".1315" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.87" = load ptr, ptr %".1315", align 8
  %".1316" = xor i1 %".1308", -1
  br i1 %".1316", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1318" = trunc i64 %"cursor.21" to i16
  %".1319" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1318", ptr %".1319", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1340" = trunc i64 %"cursor.22" to i32
  %".1341" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1340", [40 x i8]* %"header_copy", i32 20)
  %".1342" = icmp eq i64 %".1341", 0
  %".1343" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1344" = load i32, ptr %".1343", align 4
  %".1345" = zext i32 %".1344" to i64
  %"data.89" = inttoptr i64 %".1345" to ptr
  %".1346" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1347" = load i32, ptr %".1346", align 4
  %".1348" = zext i32 %".1347" to i64
  %"data_end.89" = inttoptr i64 %".1348" to ptr
  %".1349" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.89" = load ptr, ptr %".1349", align 8
  %".1350" = xor i1 %".1342", -1
  br i1 %".1350", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1352" = trunc i64 %"cursor.22" to i16
  %".1353" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1352", ptr %".1353", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1356" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1357" = load volatile i8, [40 x i8]* %".1356", align 1
  %".1358" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1359" = load volatile i16, [40 x i8]* %".1358", align 2
  %".1360" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1361" = load volatile i8, [40 x i8]* %".1360", align 1
  %".1362" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1363" = load volatile i32, [40 x i8]* %".1362", align 4
  %".1364" = zext i32 %".1363" to i64
  %".1365" = shl i64 %".1364", 0
  %".1366" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1367" = load volatile i32, [40 x i8]* %".1366", align 4
  %".1368" = zext i32 %".1367" to i64
  %".1369" = shl i64 %".1368", 32
  %".1370" = or i64 %".1365", %".1369"
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1377" = trunc i64 %"cursor.22" to i16
  %".1378" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1377", ptr %".1378", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1381" = getelementptr i8, ptr %"keys.90", i64 9
  store i8 %"w9_1.1", ptr %".1381", align 1
  %".1383" = getelementptr i8, ptr %"keys.90", i64 16
  store i64 %"w12_8.1", ptr %".1383", align 8
  %".1385" = trunc i64 2048 to i16
  %".1386" = getelementptr i8, ptr %"keys.90", i64 4
  store i16 %".1385", ptr %".1386", align 2
  %".1388" = trunc i64 2048 to i16
  %".1389" = call i16 @"llvm.bswap.i16"(i16 %".1388")
  %".1390" = getelementptr i8, ptr %"keys.90", i64 10
  store i16 %".1389", ptr %".1390", align 2
  %".1392" = add i64 %"cursor.22", 20
  %".1393" = zext i8 %"w0_1.4" to i64
  %".1394" = and i64 %".1393", 15
  %".1395" = icmp eq i64 %".1394", 5
  %".1396" = xor i1 %".1395", -1
  br i1 %".1396", label %"ipv4_d1.variable", label %"ipv4_d1.no_variable", !prof !0
ipv4_d1.no_variable:
  br label %"ipv4_d1.variable.endif"
ipv4_d1.variable.endif:
  %"end.1" = phi  i64 [%".1392", %"ipv4_d1.no_variable"], [%".1404", %"ipv4_d1.variable"]
  %"data.91" = phi  ptr [%"data.90", %"ipv4_d1.no_variable"], [%"data.90", %"ipv4_d1.variable"]
  %"data_end.91" = phi  ptr [%"data_end.90", %"ipv4_d1.no_variable"], [%"data_end.90", %"ipv4_d1.variable"]
  %"keys.91" = phi  ptr [%"keys.90", %"ipv4_d1.no_variable"], [%"keys.90", %"ipv4_d1.variable"]
  %".1406" = and i16 %"w6_2.2", 65343
  %".1407" = icmp ne i16 %".1406", 0
  %".1408" = and i16 %"w6_2.2", 65311
  %".1409" = icmp eq i16 %".1408", 0
  br i1 %".1407", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1431" = zext i8 %"w9_1.1" to i64
  switch i64 %".1431", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.variable:
  %".1399" = zext i8 %"w0_1.4" to i64
  %".1400" = and i64 %".1399", 15
  %".1401" = mul i64 %".1400", 4
  %".1402" = sub i64 %".1401", 20
  %".1403" = add i64 %".1402", 20
  %".1404" = add i64 %"cursor.22", %".1403"
  br label %"ipv4_d1.variable.endif"
ipv4_d1.fragment:
  %".1411" = getelementptr i8, ptr %"keys.91", i64 6
  store i8 1, ptr %".1411", align 1
  br i1 %".1409", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.first_fragment:
  %".1414" = getelementptr i8, ptr %"keys.91", i64 7
  store i8 1, ptr %".1414", align 1
  %".1416" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.23" = load volatile i32, ptr %".1416", align 4
  %".1417" = and i32 %"flags.23", 1
  %".1418" = icmp ne i32 %".1417", 0
  %".1419" = xor i1 %".1418", -1
  br i1 %".1419", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1426" = trunc i64 %"end.1" to i16
  %".1427" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1426", ptr %".1427", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1421" = trunc i64 %"end.1" to i16
  %".1422" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1421", ptr %".1422", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1433" = trunc i64 %"end.1" to i16
  %".1434" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1433", ptr %".1434", align 2
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
  %".1446" = trunc i64 34887 to i16
  %".1447" = call i16 @"llvm.bswap.i16"(i16 %".1446")
  %".1448" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1447", ptr %".1448", align 2
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1451" = trunc i64 2048 to i16
  %".1452" = call i16 @"llvm.bswap.i16"(i16 %".1451")
  %".1453" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1452", ptr %".1453", align 2
  %".1455" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1455", align 1
  %".1457" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.24" = load volatile i32, ptr %".1457", align 4
  %".1458" = and i32 %"flags.24", 4
  %".1459" = icmp ne i32 %".1458", 0
  br i1 %".1459", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1471" = trunc i64 34525 to i16
  %".1472" = call i16 @"llvm.bswap.i16"(i16 %".1471")
  %".1473" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1472", ptr %".1473", align 2
  %".1475" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1475", align 1
  %".1477" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.25" = load volatile i32, ptr %".1477", align 4
  %".1478" = and i32 %"flags.25", 4
  %".1479" = icmp ne i32 %".1478", 0
  br i1 %".1479", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
udp_d1:
  %"cursor.45" = phi  i64 [%"end.1", %"ipv4_d1.to_udp"], [%".1560", %"ipv6_d1.to_udp"], [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".5536", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".5644", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".6475", %"widening.test.41"]
  %"data.92" = phi  ptr [%"data.91", %"ipv4_d1.to_udp"], [%"data.95", %"ipv6_d1.to_udp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.307", %"widening.test.41"]
  %"data_end.92" = phi  ptr [%"data_end.91", %"ipv4_d1.to_udp"], [%"data_end.95", %"ipv6_d1.to_udp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.307", %"widening.test.41"]
  %"keys.92" = phi  ptr [%"keys.91", %"ipv4_d1.to_udp"], [%"keys.95", %"ipv6_d1.to_udp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.41"]
  %"hdr.39" = getelementptr i8, ptr %"data.92", i64 %"cursor.45"
  %".3235" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3236" = icmp ugt ptr %".3235", %"data_end.92"
  br i1 %".3236", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".3238" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3239" = load i32, ptr %".3238", align 4
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_4.8" = phi  i32 [%".3239", %"udp_d1.linear"], [%".3258", %"udp_d1.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.92", %"udp_d1.linear"], [%"data.158", %"udp_d1.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.92", %"udp_d1.linear"], [%"data_end.158", %"udp_d1.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.92", %"udp_d1.linear"], [%"keys.158", %"udp_d1.copy_failed.endif"]
  %".3260" = getelementptr i8, ptr %"keys.159", i64 12
  store i32 %"w0_4.8", ptr %".3260", align 4
  %".3262" = add i64 %"cursor.45", 4
  %".3263" = add i64 4, 4
  %".3264" = getelementptr i8, ptr %"data.159", i64 %"cursor.45"
  %".3265" = getelementptr i8, ptr %".3264", i64 %".3263"
  %".3266" = icmp ugt ptr %".3265", %"data_end.159"
  br i1 %".3266", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.161" = phi  ptr [%"data.159", %"udp_d1.header"], [%"data.160", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.159", %"udp_d1.header"], [%"data_end.160", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.159", %"udp_d1.header"], [%"keys.160", %"udp_d1.copy_last_byte_failed.endif"]
  %".3287" = add i64 %"cursor.45", %".3263"
  %".3288" = lshr i32 %"w0_4.8", 16
  %".3289" = trunc i32 %".3288" to i16
  %".3290" = call i16 @"llvm.bswap.i16"(i16 %".3289")
  %".3291" = zext i16 %".3290" to i64
  switch i16 %".3289", label %"udp_d1.unknown" [i16 46354, label %"udp_d1.to_vxlan" i16 49431, label %"udp_d1.to_geneve" i16 49175, label %"udp_d1.to_gue" i16 26632, label %"udp_d1.to_gtpu" i16 24862, label %"udp_d1.to_shim"]  , !prof !4
udp_d1.to_vxlan:
  br label %"vxlan_d1"
vxlan_d1:
  %"cursor.59" = phi  i64 [%".3287", %"udp_d1.to_vxlan"]
  %"data.162" = phi  ptr [%"data.161", %"udp_d1.to_vxlan"]
  %"data_end.162" = phi  ptr [%"data_end.161", %"udp_d1.to_vxlan"]
  %"keys.162" = phi  ptr [%"keys.161", %"udp_d1.to_vxlan"]
  %"hdr.53" = getelementptr i8, ptr %"data.162", i64 %"cursor.59"
  %".4214" = getelementptr i8, ptr %"hdr.53", i64 8
  %".4215" = icmp ugt ptr %".4214", %"data_end.162"
  br i1 %".4215", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.204" = phi  ptr [%"data.162", %"vxlan_d1.linear"], [%"data.203", %"vxlan_d1.copy_failed.endif"]
  %"data_end.204" = phi  ptr [%"data_end.162", %"vxlan_d1.linear"], [%"data_end.203", %"vxlan_d1.copy_failed.endif"]
  %"keys.204" = phi  ptr [%"keys.162", %"vxlan_d1.linear"], [%"keys.203", %"vxlan_d1.copy_failed.endif"]
  %".4235" = add i64 %"cursor.59", 8
  %".4236" = getelementptr i8, ptr %"keys.204", i64 8
  store i8 1, ptr %".4236", align 1
  %".4238" = getelementptr i8, ptr %"keys.204", i64 48
  %"flags.73" = load volatile i32, ptr %".4238", align 4
  %".4239" = and i32 %"flags.73", 4
  %".4240" = icmp ne i32 %".4239", 0
  br i1 %".4240", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
gre_version_d1:
  %"cursor.46" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1560", %"ipv6_d1.to_gre_version"], [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".5536", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".5644", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".6453", %"widening.test.39"]
  %"data.93" = phi  ptr [%"data.91", %"ipv4_d1.to_gre_version"], [%"data.95", %"ipv6_d1.to_gre_version"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.305", %"widening.test.39"]
  %"data_end.93" = phi  ptr [%"data_end.91", %"ipv4_d1.to_gre_version"], [%"data_end.95", %"ipv6_d1.to_gre_version"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.305", %"widening.test.39"]
  %"keys.93" = phi  ptr [%"keys.91", %"ipv4_d1.to_gre_version"], [%"keys.95", %"ipv6_d1.to_gre_version"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.39"]
  %"hdr.40" = getelementptr i8, ptr %"data.93", i64 %"cursor.46"
  %".3302" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3303" = icmp ugt ptr %".3302", %"data_end.93"
  br i1 %".3303", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3305" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3306" = load i8, ptr %".3305", align 1
  %".3307" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3308" = load i8, ptr %".3307", align 1
  %".3309" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3310" = load i16, ptr %".3309", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.13" = phi  i8 [%".3306", %"gre_version_d1.linear"], [%".3329", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3308", %"gre_version_d1.linear"], [%".3331", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".3310", %"gre_version_d1.linear"], [%".3333", %"gre_version_d1.copy_failed.endif"]
  %"data.168" = phi  ptr [%"data.93", %"gre_version_d1.linear"], [%"data.167", %"gre_version_d1.copy_failed.endif"]
  %"data_end.168" = phi  ptr [%"data_end.93", %"gre_version_d1.linear"], [%"data_end.167", %"gre_version_d1.copy_failed.endif"]
  %"keys.168" = phi  ptr [%"keys.93", %"gre_version_d1.linear"], [%"keys.167", %"gre_version_d1.copy_failed.endif"]
  %".3335" = zext i8 %"w0_1.13" to i64
  %".3336" = lshr i64 %".3335", 6
  %".3337" = and i64 %".3336", 1
  %".3338" = icmp ne i64 %".3337", 0
  %".3339" = zext i8 %"w1_1.8" to i64
  %".3340" = and i64 %".3339", 7
  %".3341" = icmp ugt i64 %".3340", 1
  %".3342" = or i1 %".3338", %".3341"
  br i1 %".3342", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".3348" = getelementptr i8, ptr %"keys.168", i64 10
  store i16 %"w2_2.7", ptr %".3348", align 2
  %".3350" = zext i8 %"w1_1.8" to i64
  %".3351" = and i64 %".3350", 7
  switch i64 %".3351", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.64" = phi  i64 [%"cursor.46", %"gre_version_d1.to_gre"]
  %"data.169" = phi  ptr [%"data.168", %"gre_version_d1.to_gre"]
  %"data_end.169" = phi  ptr [%"data_end.168", %"gre_version_d1.to_gre"]
  %"keys.169" = phi  ptr [%"keys.168", %"gre_version_d1.to_gre"]
  %".4610" = add i64 %"cursor.64", 4
  %".4611" = and i8 %"w0_1.13", 176
  %".4612" = icmp eq i8 %".4611", 0
  %".4613" = xor i1 %".4612", -1
  br i1 %".4613", label %"gre_d1.variable", label %"gre_d1.no_variable", !prof !0
gre_d1.no_variable:
  br label %"gre_d1.variable.endif"
gre_d1.variable.endif:
  %"end.9" = phi  i64 [%".4610", %"gre_d1.no_variable"], [%".4652", %"gre_d1.variable_part"]
  %"data.221" = phi  ptr [%"data.169", %"gre_d1.no_variable"], [%"data.220", %"gre_d1.variable_part"]
  %"data_end.221" = phi  ptr [%"data_end.169", %"gre_d1.no_variable"], [%"data_end.220", %"gre_d1.variable_part"]
  %"keys.221" = phi  ptr [%"keys.169", %"gre_d1.no_variable"], [%"keys.220", %"gre_d1.variable_part"]
  %".4654" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".4654", align 1
  %".4656" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.78" = load volatile i32, ptr %".4656", align 4
  %".4657" = and i32 %"flags.78", 4
  %".4658" = icmp ne i32 %".4657", 0
  br i1 %".4658", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
ipv4_d1.stop_at_encap:
  %".1461" = trunc i64 %"end.1" to i16
  %".1462" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1461", ptr %".1462", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1465" = getelementptr i8, ptr %"keys.91", i64 12
  store i32 0, ptr %".1465", align 4
  %".1467" = trunc i64 %"end.1" to i16
  %".1468" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1467", ptr %".1468", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1481" = trunc i64 %"end.1" to i16
  %".1482" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1481", ptr %".1482", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1485" = getelementptr i8, ptr %"keys.91", i64 12
  store i32 0, ptr %".1485", align 4
  %".1487" = trunc i64 %"end.1" to i16
  %".1488" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1487", ptr %".1488", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1507" = trunc i64 %"cursor.23" to i32
  %".1508" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1507", [40 x i8]* %"header_copy", i32 40)
  %".1509" = icmp eq i64 %".1508", 0
  %".1510" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1511" = load i32, ptr %".1510", align 4
  %".1512" = zext i32 %".1511" to i64
  %"data.94" = inttoptr i64 %".1512" to ptr
  %".1513" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1514" = load i32, ptr %".1513", align 4
  %".1515" = zext i32 %".1514" to i64
  %"data_end.94" = inttoptr i64 %".1515" to ptr
  %".1516" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.94" = load ptr, ptr %".1516", align 8
  %".1517" = xor i1 %".1509", -1
  br i1 %".1517", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1519" = trunc i64 %"cursor.23" to i16
  %".1520" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1519", ptr %".1520", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1523" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1524" = load volatile i32, [40 x i8]* %".1523", align 4
  %".1525" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1526" = load volatile i8, [40 x i8]* %".1525", align 1
  %".1527" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1528" = load volatile i64, [40 x i8]* %".1527", align 8
  %".1529" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1530" = load volatile i64, [40 x i8]* %".1529", align 8
  %".1531" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1532" = load volatile i64, [40 x i8]* %".1531", align 8
  %".1533" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1534" = load volatile i64, [40 x i8]* %".1533", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1570" = trunc i64 %".1560" to i16
  %".1571" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1570", ptr %".1571", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1574" = zext i8 %"w6_1.1" to i64
  switch i64 %".1574", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1576" = trunc i64 %".1560" to i16
  %".1577" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1576", ptr %".1577", align 2
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
  %".1593" = trunc i64 34887 to i16
  %".1594" = call i16 @"llvm.bswap.i16"(i16 %".1593")
  %".1595" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1594", ptr %".1595", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1598" = trunc i64 2048 to i16
  %".1599" = call i16 @"llvm.bswap.i16"(i16 %".1598")
  %".1600" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1599", ptr %".1600", align 2
  %".1602" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1602", align 1
  %".1604" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.27" = load volatile i32, ptr %".1604", align 4
  %".1605" = and i32 %"flags.27", 4
  %".1606" = icmp ne i32 %".1605", 0
  br i1 %".1606", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1618" = trunc i64 34525 to i16
  %".1619" = call i16 @"llvm.bswap.i16"(i16 %".1618")
  %".1620" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1619", ptr %".1620", align 2
  %".1622" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1622", align 1
  %".1624" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.28" = load volatile i32, ptr %".1624", align 4
  %".1625" = and i32 %"flags.28", 4
  %".1626" = icmp ne i32 %".1625", 0
  br i1 %".1626", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.47" = phi  i64 [%".1560", %"ipv6_d1.to_ipv6_opts"], [%".1560", %"ipv6_d1.to_ipv6_opts.1"], [%".1560", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.96" = phi  ptr [%"data.95", %"ipv6_d1.to_ipv6_opts"], [%"data.95", %"ipv6_d1.to_ipv6_opts.1"], [%"data.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.96" = phi  ptr [%"data_end.95", %"ipv6_d1.to_ipv6_opts"], [%"data_end.95", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.96" = phi  ptr [%"keys.95", %"ipv6_d1.to_ipv6_opts"], [%"keys.95", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.41" = getelementptr i8, ptr %"data.96", i64 %"cursor.47"
  %".3359" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3360" = icmp ugt ptr %".3359", %"data_end.96"
  br i1 %".3360", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3362" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3363" = load i8, ptr %".3362", align 1
  %".3364" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3365" = load i8, ptr %".3364", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.14" = phi  i8 [%".3363", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3384", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3365", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3386", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.172" = phi  ptr [%"data.96", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.172" = phi  ptr [%"data_end.96", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.172" = phi  ptr [%"keys.96", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3388" = getelementptr i8, ptr %"keys.172", i64 9
  store i8 %"w0_1.14", ptr %".3388", align 1
  %".3390" = add i64 %"cursor.47", 2
  %".3391" = zext i8 %"w1_1.9" to i64
  %".3392" = mul i64 %".3391", 8
  %".3393" = add i64 %".3392", 6
  %".3394" = add i64 %".3393", 2
  %".3395" = add i64 %"cursor.47", %".3394"
  %".3396" = zext i8 %"w0_1.14" to i64
  switch i64 %".3396", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.48" = phi  i64 [%".1560", %"ipv6_d1.to_ipv6_frag"]
  %"data.97" = phi  ptr [%"data.95", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.97" = phi  ptr [%"data_end.95", %"ipv6_d1.to_ipv6_frag"]
  %"keys.97" = phi  ptr [%"keys.95", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.42" = getelementptr i8, ptr %"data.97", i64 %"cursor.48"
  %".3460" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3461" = icmp ugt ptr %".3460", %"data_end.97"
  br i1 %".3461", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3463" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3464" = load i8, ptr %".3463", align 1
  %".3465" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3466" = load i16, ptr %".3465", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.15" = phi  i8 [%".3464", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3485", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.8" = phi  i16 [%".3466", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3487", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.176" = phi  ptr [%"data.97", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.97", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.97", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3489" = getelementptr i8, ptr %"keys.176", i64 9
  store i8 %"w0_1.15", ptr %".3489", align 1
  %".3491" = add i64 %"cursor.48", 8
  %".3492" = icmp ne i64 1, 0
  %".3493" = and i16 %"w2_2.8", 63743
  %".3494" = icmp eq i16 %".3493", 0
  br i1 %".3492", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3516" = zext i8 %"w0_1.15" to i64
  switch i64 %".3516", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d1.stop_at_encap:
  %".1608" = trunc i64 %".1560" to i16
  %".1609" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1608", ptr %".1609", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1612" = getelementptr i8, ptr %"keys.95", i64 12
  store i32 0, ptr %".1612", align 4
  %".1614" = trunc i64 %".1560" to i16
  %".1615" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1614", ptr %".1615", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1628" = trunc i64 %".1560" to i16
  %".1629" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1628", ptr %".1629", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1632" = getelementptr i8, ptr %"keys.95", i64 12
  store i32 0, ptr %".1632", align 4
  %".1634" = trunc i64 %".1560" to i16
  %".1635" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1634", ptr %".1635", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1646" = trunc i64 %"cursor.24" to i32
  %".1647" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1646", [40 x i8]* %"header_copy", i32 2)
  %".1648" = icmp eq i64 %".1647", 0
  %".1649" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1650" = load i32, ptr %".1649", align 4
  %".1651" = zext i32 %".1650" to i64
  %"data.98" = inttoptr i64 %".1651" to ptr
  %".1652" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1653" = load i32, ptr %".1652", align 4
  %".1654" = zext i32 %".1653" to i64
  %"data_end.98" = inttoptr i64 %".1654" to ptr
  %".1655" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.98" = load ptr, ptr %".1655", align 8
  %".1656" = xor i1 %".1648", -1
  br i1 %".1656", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1658" = trunc i64 %"cursor.24" to i16
  %".1659" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".1658", ptr %".1659", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1662" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1663" = load volatile i8, [40 x i8]* %".1662", align 1
  %".1664" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1665" = load volatile i8, [40 x i8]* %".1664", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1677" = trunc i64 %".1674" to i16
  %".1678" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1677", ptr %".1678", align 2
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
  %".1694" = trunc i64 34887 to i16
  %".1695" = call i16 @"llvm.bswap.i16"(i16 %".1694")
  %".1696" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1695", ptr %".1696", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1699" = trunc i64 2048 to i16
  %".1700" = call i16 @"llvm.bswap.i16"(i16 %".1699")
  %".1701" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1700", ptr %".1701", align 2
  %".1703" = getelementptr i8, ptr %"keys.99", i64 8
  store i8 1, ptr %".1703", align 1
  %".1705" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.29" = load volatile i32, ptr %".1705", align 4
  %".1706" = and i32 %"flags.29", 4
  %".1707" = icmp ne i32 %".1706", 0
  br i1 %".1707", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1716" = trunc i64 34525 to i16
  %".1717" = call i16 @"llvm.bswap.i16"(i16 %".1716")
  %".1718" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1717", ptr %".1718", align 2
  %".1720" = getelementptr i8, ptr %"keys.99", i64 8
  store i8 1, ptr %".1720", align 1
  %".1722" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.30" = load volatile i32, ptr %".1722", align 4
  %".1723" = and i32 %"flags.30", 4
  %".1724" = icmp ne i32 %".1723", 0
  br i1 %".1724", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.49" = phi  i64 [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".6090", %"widening.test.6"]
  %"data.100" = phi  ptr [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.272", %"widening.test.6"]
  %"data_end.100" = phi  ptr [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.272", %"widening.test.6"]
  %"keys.100" = phi  ptr [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.43" = getelementptr i8, ptr %"data.100", i64 %"cursor.49"
  %".3580" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3581" = icmp ugt ptr %".3580", %"data_end.100"
  br i1 %".3581", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3583" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3584" = load i8, ptr %".3583", align 1
  %".3585" = getelementptr i8, ptr %"hdr.43", i64 1
  %".3586" = load i8, ptr %".3585", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.16" = phi  i8 [%".3584", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3605", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3586", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3607", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.178" = phi  ptr [%"data.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.178" = phi  ptr [%"data_end.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.178" = phi  ptr [%"keys.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3609" = getelementptr i8, ptr %"keys.178", i64 9
  store i8 %"w0_1.16", ptr %".3609", align 1
  %".3611" = add i64 %"cursor.49", 2
  %".3612" = zext i8 %"w1_1.10" to i64
  %".3613" = mul i64 %".3612", 8
  %".3614" = add i64 %".3613", 6
  %".3615" = add i64 %".3614", 2
  %".3616" = add i64 %"cursor.49", %".3615"
  %".3617" = zext i8 %"w0_1.16" to i64
  switch i64 %".3617", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.50" = phi  i64 [%".1674", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1764", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".6079", %"widening.test.5"]
  %"data.101" = phi  ptr [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.271", %"widening.test.5"]
  %"data_end.101" = phi  ptr [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.271", %"widening.test.5"]
  %"keys.101" = phi  ptr [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.44" = getelementptr i8, ptr %"data.101", i64 %"cursor.50"
  %".3675" = getelementptr i8, ptr %"hdr.44", i64 8
  %".3676" = icmp ugt ptr %".3675", %"data_end.101"
  br i1 %".3676", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3678" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3679" = load i8, ptr %".3678", align 1
  %".3680" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3681" = load i16, ptr %".3680", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".3679", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3700", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".3681", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3702", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.182" = phi  ptr [%"data.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.182" = phi  ptr [%"data_end.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.182" = phi  ptr [%"keys.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3704" = getelementptr i8, ptr %"keys.182", i64 9
  store i8 %"w0_1.17", ptr %".3704", align 1
  %".3706" = add i64 %"cursor.50", 8
  %".3707" = icmp ne i64 1, 0
  %".3708" = and i16 %"w2_2.9", 63743
  %".3709" = icmp eq i16 %".3708", 0
  br i1 %".3707", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3731" = zext i8 %"w0_1.17" to i64
  switch i64 %".3731", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1709" = trunc i64 %".1674" to i16
  %".1710" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1709", ptr %".1710", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1713" = getelementptr i8, ptr %"keys.99", i64 12
  store i32 0, ptr %".1713", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1726" = trunc i64 %".1674" to i16
  %".1727" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1726", ptr %".1727", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1730" = getelementptr i8, ptr %"keys.99", i64 12
  store i32 0, ptr %".1730", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1741" = trunc i64 %"cursor.25" to i32
  %".1742" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1741", [40 x i8]* %"header_copy", i32 8)
  %".1743" = icmp eq i64 %".1742", 0
  %".1744" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1745" = load i32, ptr %".1744", align 4
  %".1746" = zext i32 %".1745" to i64
  %"data.102" = inttoptr i64 %".1746" to ptr
  %".1747" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1748" = load i32, ptr %".1747", align 4
  %".1749" = zext i32 %".1748" to i64
  %"data_end.102" = inttoptr i64 %".1749" to ptr
  %".1750" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.102" = load ptr, ptr %".1750", align 8
  %".1751" = xor i1 %".1743", -1
  br i1 %".1751", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1753" = trunc i64 %"cursor.25" to i16
  %".1754" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".1753", ptr %".1754", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1757" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1758" = load volatile i8, [40 x i8]* %".1757", align 1
  %".1759" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1760" = load volatile i16, [40 x i8]* %".1759", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1769" = getelementptr i8, ptr %"keys.103", i64 6
  store i8 1, ptr %".1769", align 1
  br i1 %".1767", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1772" = getelementptr i8, ptr %"keys.103", i64 7
  store i8 1, ptr %".1772", align 1
  %".1774" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.31" = load volatile i32, ptr %".1774", align 4
  %".1775" = and i32 %"flags.31", 1
  %".1776" = icmp ne i32 %".1775", 0
  %".1777" = xor i1 %".1776", -1
  br i1 %".1777", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1784" = trunc i64 %".1764" to i16
  %".1785" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1784", ptr %".1785", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1779" = trunc i64 %".1764" to i16
  %".1780" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1779", ptr %".1780", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1791" = trunc i64 %".1764" to i16
  %".1792" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1791", ptr %".1792", align 2
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
  %".1808" = trunc i64 34887 to i16
  %".1809" = call i16 @"llvm.bswap.i16"(i16 %".1808")
  %".1810" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".1809", ptr %".1810", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1813" = trunc i64 2048 to i16
  %".1814" = call i16 @"llvm.bswap.i16"(i16 %".1813")
  %".1815" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".1814", ptr %".1815", align 2
  %".1817" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".1817", align 1
  %".1819" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.32" = load volatile i32, ptr %".1819", align 4
  %".1820" = and i32 %"flags.32", 4
  %".1821" = icmp ne i32 %".1820", 0
  br i1 %".1821", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1830" = trunc i64 34525 to i16
  %".1831" = call i16 @"llvm.bswap.i16"(i16 %".1830")
  %".1832" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".1831", ptr %".1832", align 2
  %".1834" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".1834", align 1
  %".1836" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.33" = load volatile i32, ptr %".1836", align 4
  %".1837" = and i32 %"flags.33", 4
  %".1838" = icmp ne i32 %".1837", 0
  br i1 %".1838", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1823" = trunc i64 %".1764" to i16
  %".1824" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1823", ptr %".1824", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".1827" = getelementptr i8, ptr %"keys.103", i64 12
  store i32 0, ptr %".1827", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1840" = trunc i64 %".1764" to i16
  %".1841" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1840", ptr %".1841", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1844" = getelementptr i8, ptr %"keys.103", i64 12
  store i32 0, ptr %".1844", align 4
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1851" = trunc i64 %"cursor.26" to i32
  %".1852" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1851", [40 x i8]* %"header_copy", i32 4)
  %".1853" = icmp eq i64 %".1852", 0
  %".1854" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1855" = load i32, ptr %".1854", align 4
  %".1856" = zext i32 %".1855" to i64
  %"data.104" = inttoptr i64 %".1856" to ptr
  %".1857" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1858" = load i32, ptr %".1857", align 4
  %".1859" = zext i32 %".1858" to i64
  %"data_end.104" = inttoptr i64 %".1859" to ptr
  %".1860" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.104" = load ptr, ptr %".1860", align 8
  %".1861" = xor i1 %".1853", -1
  br i1 %".1861", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1863" = trunc i64 %"cursor.26" to i16
  %".1864" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".1863", ptr %".1864", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1879" = trunc i64 %"cursor.27" to i32
  %".1880" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1879", [40 x i8]* %"header_copy", i32 4)
  %".1881" = icmp eq i64 %".1880", 0
  %".1882" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1883" = load i32, ptr %".1882", align 4
  %".1884" = zext i32 %".1883" to i64
  %"data.106" = inttoptr i64 %".1884" to ptr
  %".1885" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1886" = load i32, ptr %".1885", align 4
  %".1887" = zext i32 %".1886" to i64
  %"data_end.106" = inttoptr i64 %".1887" to ptr
  %".1888" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.106" = load ptr, ptr %".1888", align 8
  %".1889" = xor i1 %".1881", -1
  br i1 %".1889", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1891" = trunc i64 %"cursor.27" to i16
  %".1892" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".1891", ptr %".1892", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1895" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1896" = load volatile i16, [40 x i8]* %".1895", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1907" = trunc i64 %".1900" to i16
  %".1908" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1907", ptr %".1908", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1913" = trunc i64 %".1900" to i16
  %".1914" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1913", ptr %".1914", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1917" = trunc i64 %".1900" to i16
  %".1918" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1917", ptr %".1918", align 2
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
  %".1930" = trunc i64 %".1900" to i16
  %".1931" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1930", ptr %".1931", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".1934" = trunc i64 %".1900" to i16
  %".1935" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1934", ptr %".1935", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1945" = trunc i64 %"cursor.28" to i32
  %".1946" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1945", [40 x i8]* %"header_copy", i32 6)
  %".1947" = icmp eq i64 %".1946", 0
  %".1948" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1949" = load i32, ptr %".1948", align 4
  %".1950" = zext i32 %".1949" to i64
  %"data.108" = inttoptr i64 %".1950" to ptr
  %".1951" = getelementptr i8, ptr %"ctx.28", i64 80
  %".1952" = load i32, ptr %".1951", align 4
  %".1953" = zext i32 %".1952" to i64
  %"data_end.108" = inttoptr i64 %".1953" to ptr
  %".1954" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.108" = load ptr, ptr %".1954", align 8
  %".1955" = xor i1 %".1947", -1
  br i1 %".1955", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".1957" = trunc i64 %"cursor.28" to i16
  %".1958" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".1957", ptr %".1958", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".1961" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1962" = load volatile i16, [40 x i8]* %".1961", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".1973" = trunc i64 %".1966" to i16
  %".1974" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".1973", ptr %".1974", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".1979" = trunc i64 %".1966" to i16
  %".1980" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".1979", ptr %".1980", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".1983" = trunc i64 %".1966" to i16
  %".1984" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".1983", ptr %".1984", align 2
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
  %".1996" = trunc i64 %".1966" to i16
  %".1997" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".1996", ptr %".1997", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2000" = trunc i64 %".1966" to i16
  %".2001" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2000", ptr %".2001", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
mpls_d0_mpls_labels2.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2012" = trunc i64 %"cursor.29" to i32
  %".2013" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2012", [40 x i8]* %"header_copy", i32 4)
  %".2014" = icmp eq i64 %".2013", 0
  %".2015" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2016" = load i32, ptr %".2015", align 4
  %".2017" = zext i32 %".2016" to i64
  %"data.110" = inttoptr i64 %".2017" to ptr
  %".2018" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2019" = load i32, ptr %".2018", align 4
  %".2020" = zext i32 %".2019" to i64
  %"data_end.110" = inttoptr i64 %".2020" to ptr
  %".2021" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.110" = load ptr, ptr %".2021", align 8
  %".2022" = xor i1 %".2014", -1
  br i1 %".2022", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2024" = trunc i64 %".2005" to i16
  %".2025" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2024", ptr %".2025", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2028" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2029" = load volatile i8, [40 x i8]* %".2028", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2035" = trunc i64 %".2031" to i16
  %".2036" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2035", ptr %".2036", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_ip_version:
  %".2040" = getelementptr i8, ptr %"keys.111", i64 8
  store i8 1, ptr %".2040", align 1
  %".2042" = getelementptr i8, ptr %"keys.111", i64 48
  %"flags.34" = load volatile i32, ptr %".2042", align 4
  %".2043" = and i32 %"flags.34", 4
  %".2044" = icmp ne i32 %".2043", 0
  br i1 %".2044", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels2.stop_at_encap:
  %".2046" = trunc i64 %".2031" to i16
  %".2047" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2046", ptr %".2047", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2050" = getelementptr i8, ptr %"keys.111", i64 12
  store i32 0, ptr %".2050", align 4
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2059" = trunc i64 %"cursor.30" to i32
  %".2060" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2059", [40 x i8]* %"header_copy", i32 1)
  %".2061" = icmp eq i64 %".2060", 0
  %".2062" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2063" = load i32, ptr %".2062", align 4
  %".2064" = zext i32 %".2063" to i64
  %"data.113" = inttoptr i64 %".2064" to ptr
  %".2065" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2066" = load i32, ptr %".2065", align 4
  %".2067" = zext i32 %".2066" to i64
  %"data_end.113" = inttoptr i64 %".2067" to ptr
  %".2068" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.113" = load ptr, ptr %".2068", align 8
  %".2069" = xor i1 %".2061", -1
  br i1 %".2069", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2071" = trunc i64 %"cursor.30" to i16
  %".2072" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2071", ptr %".2072", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2075" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2076" = load volatile i8, [40 x i8]* %".2075", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2082" = trunc i64 %"cursor.30" to i16
  %".2083" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2082", ptr %".2083", align 2
  br label %"return"
ip_version_d1.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2099" = trunc i64 %"cursor.32" to i32
  %".2100" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2099", [40 x i8]* %"header_copy", i32 4)
  %".2101" = icmp eq i64 %".2100", 0
  %".2102" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2103" = load i32, ptr %".2102", align 4
  %".2104" = zext i32 %".2103" to i64
  %"data.115" = inttoptr i64 %".2104" to ptr
  %".2105" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2106" = load i32, ptr %".2105", align 4
  %".2107" = zext i32 %".2106" to i64
  %"data_end.115" = inttoptr i64 %".2107" to ptr
  %".2108" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.115" = load ptr, ptr %".2108", align 8
  %".2109" = xor i1 %".2101", -1
  br i1 %".2109", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2111" = trunc i64 %"cursor.32" to i16
  %".2112" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2111", ptr %".2112", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2115" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2116" = load volatile i16, [40 x i8]* %".2115", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2127" = trunc i64 %".2120" to i16
  %".2128" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2127", ptr %".2128", align 2
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
  %"cursor.52" = phi  i64 [%".2120", %"vlan_d1_vlan_tags1.to_vlan"], [%".2120", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2310", %"hsr_d1_vlan_tags1.to_vlan"], [%".2310", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".6222", %"widening.test.18"]
  %"data.117" = phi  ptr [%"data.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.284", %"widening.test.18"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.284", %"widening.test.18"]
  %"keys.117" = phi  ptr [%"keys.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.18"]
  %"hdr.46" = getelementptr i8, ptr %"data.117", i64 %"cursor.52"
  %".3837" = getelementptr i8, ptr %"hdr.46", i64 4
  %".3838" = icmp ugt ptr %".3837", %"data_end.117"
  br i1 %".3838", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3840" = getelementptr i8, ptr %"hdr.46", i64 2
  %".3841" = load i16, ptr %".3840", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.10" = phi  i16 [%".3841", %"vlan_d1_vlan_tags2.linear"], [%".3860", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.187" = phi  ptr [%"data.117", %"vlan_d1_vlan_tags2.linear"], [%"data.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.187" = phi  ptr [%"data_end.117", %"vlan_d1_vlan_tags2.linear"], [%"data_end.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.187" = phi  ptr [%"keys.117", %"vlan_d1_vlan_tags2.linear"], [%"keys.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3862" = getelementptr i8, ptr %"keys.187", i64 10
  store i16 %"w2_2.10", ptr %".3862", align 2
  %".3864" = add i64 %"cursor.52", 4
  %".3865" = trunc i64 %".3864" to i16
  %".3866" = getelementptr i8, ptr %"keys.187", i64 0
  store i16 %".3865", ptr %".3866", align 2
  %".3868" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3869" = zext i16 %".3868" to i64
  switch i16 %"w2_2.10", label %"vlan_d1_vlan_tags2.unknown" [i16 8, label %"vlan_d1_vlan_tags2.to_ipv4" i16 56710, label %"vlan_d1_vlan_tags2.to_ipv6" i16 129, label %"vlan_d1_vlan_tags2.to_vlan" i16 43144, label %"vlan_d1_vlan_tags2.to_vlan.1" i16 18312, label %"vlan_d1_vlan_tags2.to_mpls" i16 18568, label %"vlan_d1_vlan_tags2.to_mpls.1" i16 25736, label %"vlan_d1_vlan_tags2.to_pppoe" i16 1544, label %"vlan_d1_vlan_tags2.to_arp" i16 13696, label %"vlan_d1_vlan_tags2.to_arp.1" i16 63368, label %"vlan_d1_vlan_tags2.to_ptp" i16 649, label %"vlan_d1_vlan_tags2.to_cfm" i16 51848, label %"vlan_d1_vlan_tags2.to_tipc" i16 1673, label %"vlan_d1_vlan_tags2.to_fcoe" i16 12169, label %"vlan_d1_vlan_tags2.to_hsr" i16 64392, label %"vlan_d1_vlan_tags2.to_hsr.1" i16 1347, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.53" = phi  i64 [%".2120", %"vlan_d1_vlan_tags1.to_hsr"], [%".2120", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2310", %"hsr_d1_vlan_tags1.to_hsr"], [%".2310", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".6211", %"widening.test.17"]
  %"data.118" = phi  ptr [%"data.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.283", %"widening.test.17"]
  %"data_end.118" = phi  ptr [%"data_end.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.283", %"widening.test.17"]
  %"keys.118" = phi  ptr [%"keys.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.17"]
  %"hdr.47" = getelementptr i8, ptr %"data.118", i64 %"cursor.53"
  %".3903" = getelementptr i8, ptr %"hdr.47", i64 6
  %".3904" = icmp ugt ptr %".3903", %"data_end.118"
  br i1 %".3904", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3906" = getelementptr i8, ptr %"hdr.47", i64 4
  %".3907" = load i16, ptr %".3906", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3907", %"hsr_d1_vlan_tags2.linear"], [%".3926", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.189" = phi  ptr [%"data.118", %"hsr_d1_vlan_tags2.linear"], [%"data.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.189" = phi  ptr [%"data_end.118", %"hsr_d1_vlan_tags2.linear"], [%"data_end.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.189" = phi  ptr [%"keys.118", %"hsr_d1_vlan_tags2.linear"], [%"keys.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3928" = getelementptr i8, ptr %"keys.189", i64 10
  store i16 %"w4_2.3", ptr %".3928", align 2
  %".3930" = add i64 %"cursor.53", 6
  %".3931" = trunc i64 %".3930" to i16
  %".3932" = getelementptr i8, ptr %"keys.189", i64 0
  store i16 %".3931", ptr %".3932", align 2
  %".3934" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3935" = zext i16 %".3934" to i64
  switch i16 %"w4_2.3", label %"hsr_d1_vlan_tags2.unknown" [i16 8, label %"hsr_d1_vlan_tags2.to_ipv4" i16 56710, label %"hsr_d1_vlan_tags2.to_ipv6" i16 129, label %"hsr_d1_vlan_tags2.to_vlan" i16 43144, label %"hsr_d1_vlan_tags2.to_vlan.1" i16 18312, label %"hsr_d1_vlan_tags2.to_mpls" i16 18568, label %"hsr_d1_vlan_tags2.to_mpls.1" i16 25736, label %"hsr_d1_vlan_tags2.to_pppoe" i16 1544, label %"hsr_d1_vlan_tags2.to_arp" i16 13696, label %"hsr_d1_vlan_tags2.to_arp.1" i16 63368, label %"hsr_d1_vlan_tags2.to_ptp" i16 649, label %"hsr_d1_vlan_tags2.to_cfm" i16 51848, label %"hsr_d1_vlan_tags2.to_tipc" i16 1673, label %"hsr_d1_vlan_tags2.to_fcoe" i16 12169, label %"hsr_d1_vlan_tags2.to_hsr" i16 64392, label %"hsr_d1_vlan_tags2.to_hsr.1" i16 1347, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
mpls_d1_mpls_labels1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2154" = trunc i64 %"cursor.33" to i32
  %".2155" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2154", [40 x i8]* %"header_copy", i32 4)
  %".2156" = icmp eq i64 %".2155", 0
  %".2157" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2158" = load i32, ptr %".2157", align 4
  %".2159" = zext i32 %".2158" to i64
  %"data.119" = inttoptr i64 %".2159" to ptr
  %".2160" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2161" = load i32, ptr %".2160", align 4
  %".2162" = zext i32 %".2161" to i64
  %"data_end.119" = inttoptr i64 %".2162" to ptr
  %".2163" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.119" = load ptr, ptr %".2163", align 8
  %".2164" = xor i1 %".2156", -1
  br i1 %".2164", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2166" = trunc i64 %".2147" to i16
  %".2167" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2166", ptr %".2167", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2170" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2171" = load volatile i8, [40 x i8]* %".2170", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2177" = trunc i64 %".2173" to i16
  %".2178" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2177", ptr %".2178", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_ip_version:
  %".2182" = getelementptr i8, ptr %"keys.120", i64 8
  store i8 1, ptr %".2182", align 1
  %".2184" = getelementptr i8, ptr %"keys.120", i64 48
  %"flags.35" = load volatile i32, ptr %".2184", align 4
  %".2185" = and i32 %"flags.35", 4
  %".2186" = icmp ne i32 %".2185", 0
  br i1 %".2186", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels1.stop_at_encap:
  %".2188" = trunc i64 %".2173" to i16
  %".2189" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2188", ptr %".2189", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2192" = getelementptr i8, ptr %"keys.120", i64 12
  store i32 0, ptr %".2192", align 4
  %".2194" = trunc i64 %".2173" to i16
  %".2195" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2194", ptr %".2195", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2208" = trunc i64 %"cursor.34" to i32
  %".2209" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2208", [40 x i8]* %"header_copy", i32 8)
  %".2210" = icmp eq i64 %".2209", 0
  %".2211" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2212" = load i32, ptr %".2211", align 4
  %".2213" = zext i32 %".2212" to i64
  %"data.122" = inttoptr i64 %".2213" to ptr
  %".2214" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2215" = load i32, ptr %".2214", align 4
  %".2216" = zext i32 %".2215" to i64
  %"data_end.122" = inttoptr i64 %".2216" to ptr
  %".2217" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.122" = load ptr, ptr %".2217", align 8
  %".2218" = xor i1 %".2210", -1
  br i1 %".2218", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2220" = trunc i64 %"cursor.34" to i16
  %".2221" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2220", ptr %".2221", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2224" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2225" = load volatile i8, [40 x i8]* %".2224", align 1
  %".2226" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2227" = load volatile i8, [40 x i8]* %".2226", align 1
  %".2228" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2229" = load volatile i16, [40 x i8]* %".2228", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2244" = trunc i64 %"cursor.34" to i16
  %".2245" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2244", ptr %".2245", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2248" = add i64 %"cursor.34", 8
  %".2249" = trunc i64 %".2248" to i16
  %".2250" = getelementptr i8, ptr %"keys.123", i64 0
  store i16 %".2249", ptr %".2250", align 2
  %".2252" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2253" = zext i16 %".2252" to i64
  switch i16 %"w6_2.3", label %"pppoe_d1.unknown" [i16 8448, label %"pppoe_d1.to_ipv4" i16 22272, label %"pppoe_d1.to_ipv6" i16 33026, label %"pppoe_d1.to_mpls" i16 33538, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.to_ipv4:
  %".2262" = trunc i64 2048 to i16
  %".2263" = call i16 @"llvm.bswap.i16"(i16 %".2262")
  %".2264" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2263", ptr %".2264", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2255" = and i64 %".2253", 257
  %".2256" = icmp eq i64 %".2255", 1
  br i1 %".2256", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv6:
  %".2267" = trunc i64 34525 to i16
  %".2268" = call i16 @"llvm.bswap.i16"(i16 %".2267")
  %".2269" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2268", ptr %".2269", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2272" = trunc i64 34887 to i16
  %".2273" = call i16 @"llvm.bswap.i16"(i16 %".2272")
  %".2274" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2273", ptr %".2274", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2277" = trunc i64 34888 to i16
  %".2278" = call i16 @"llvm.bswap.i16"(i16 %".2277")
  %".2279" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2278", ptr %".2279", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2258" = trunc i64 %".2248" to i16
  %".2259" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2258", ptr %".2259", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2289" = trunc i64 %"cursor.35" to i32
  %".2290" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2289", [40 x i8]* %"header_copy", i32 6)
  %".2291" = icmp eq i64 %".2290", 0
  %".2292" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2293" = load i32, ptr %".2292", align 4
  %".2294" = zext i32 %".2293" to i64
  %"data.124" = inttoptr i64 %".2294" to ptr
  %".2295" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2296" = load i32, ptr %".2295", align 4
  %".2297" = zext i32 %".2296" to i64
  %"data_end.124" = inttoptr i64 %".2297" to ptr
  %".2298" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.124" = load ptr, ptr %".2298", align 8
  %".2299" = xor i1 %".2291", -1
  br i1 %".2299", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2301" = trunc i64 %"cursor.35" to i16
  %".2302" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2301", ptr %".2302", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2305" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2306" = load volatile i16, [40 x i8]* %".2305", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2317" = trunc i64 %".2310" to i16
  %".2318" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2317", ptr %".2318", align 2
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
  %".2347" = trunc i64 %"cursor.36" to i32
  %".2348" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2347", [40 x i8]* %"header_copy", i32 24)
  %".2349" = icmp eq i64 %".2348", 0
  %".2350" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2351" = load i32, ptr %".2350", align 4
  %".2352" = zext i32 %".2351" to i64
  %"data.126" = inttoptr i64 %".2352" to ptr
  %".2353" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2354" = load i32, ptr %".2353", align 4
  %".2355" = zext i32 %".2354" to i64
  %"data_end.126" = inttoptr i64 %".2355" to ptr
  %".2356" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.126" = load ptr, ptr %".2356", align 8
  %".2357" = xor i1 %".2349", -1
  br i1 %".2357", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2359" = trunc i64 %"cursor.36" to i16
  %".2360" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2359", ptr %".2360", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2363" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2364" = load volatile i8, [40 x i8]* %".2363", align 1
  %".2365" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2366" = load volatile i8, [40 x i8]* %".2365", align 1
  %".2367" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2368" = load volatile i16, [40 x i8]* %".2367", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2377" = trunc i64 %"cursor.36" to i16
  %".2378" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2377", ptr %".2378", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2381" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %"w22_2.1", ptr %".2381", align 2
  %".2383" = add i64 %"cursor.36", 24
  %".2384" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2385" = zext i16 %".2384" to i64
  switch i16 %"w22_2.1", label %"batadv_d1.unknown" [i16 8, label %"batadv_d1.to_ipv4" i16 56710, label %"batadv_d1.to_ipv6" i16 129, label %"batadv_d1.to_vlan" i16 43144, label %"batadv_d1.to_vlan.1" i16 18312, label %"batadv_d1.to_mpls" i16 18568, label %"batadv_d1.to_mpls.1" i16 25736, label %"batadv_d1.to_pppoe" i16 1544, label %"batadv_d1.to_arp" i16 13696, label %"batadv_d1.to_arp.1" i16 63368, label %"batadv_d1.to_ptp" i16 649, label %"batadv_d1.to_cfm" i16 51848, label %"batadv_d1.to_tipc" i16 1673, label %"batadv_d1.to_fcoe" i16 12169, label %"batadv_d1.to_hsr" i16 64392, label %"batadv_d1.to_hsr.1" i16 1347, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.to_ipv4:
  %".2391" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2391", align 1
  %".2393" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.36" = load volatile i32, ptr %".2393", align 4
  %".2394" = and i32 %"flags.36", 4
  %".2395" = icmp ne i32 %".2394", 0
  br i1 %".2395", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.unknown:
  %".2387" = trunc i64 %".2383" to i16
  %".2388" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2387", ptr %".2388", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2407" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2407", align 1
  %".2409" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.37" = load volatile i32, ptr %".2409", align 4
  %".2410" = and i32 %"flags.37", 4
  %".2411" = icmp ne i32 %".2410", 0
  br i1 %".2411", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2423" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2423", align 1
  %".2425" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.38" = load volatile i32, ptr %".2425", align 4
  %".2426" = and i32 %"flags.38", 4
  %".2427" = icmp ne i32 %".2426", 0
  br i1 %".2427", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2439" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2439", align 1
  %".2441" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.39" = load volatile i32, ptr %".2441", align 4
  %".2442" = and i32 %"flags.39", 4
  %".2443" = icmp ne i32 %".2442", 0
  br i1 %".2443", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2455" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2455", align 1
  %".2457" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.40" = load volatile i32, ptr %".2457", align 4
  %".2458" = and i32 %"flags.40", 4
  %".2459" = icmp ne i32 %".2458", 0
  br i1 %".2459", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2471" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2471", align 1
  %".2473" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.41" = load volatile i32, ptr %".2473", align 4
  %".2474" = and i32 %"flags.41", 4
  %".2475" = icmp ne i32 %".2474", 0
  br i1 %".2475", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2487" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2487", align 1
  %".2489" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.42" = load volatile i32, ptr %".2489", align 4
  %".2490" = and i32 %"flags.42", 4
  %".2491" = icmp ne i32 %".2490", 0
  br i1 %".2491", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2503" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2503", align 1
  %".2505" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.43" = load volatile i32, ptr %".2505", align 4
  %".2506" = and i32 %"flags.43", 4
  %".2507" = icmp ne i32 %".2506", 0
  br i1 %".2507", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2519" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2519", align 1
  %".2521" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.44" = load volatile i32, ptr %".2521", align 4
  %".2522" = and i32 %"flags.44", 4
  %".2523" = icmp ne i32 %".2522", 0
  br i1 %".2523", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2535" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2535", align 1
  %".2537" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.45" = load volatile i32, ptr %".2537", align 4
  %".2538" = and i32 %"flags.45", 4
  %".2539" = icmp ne i32 %".2538", 0
  br i1 %".2539", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2551" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2551", align 1
  %".2553" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.46" = load volatile i32, ptr %".2553", align 4
  %".2554" = and i32 %"flags.46", 4
  %".2555" = icmp ne i32 %".2554", 0
  br i1 %".2555", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2567" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2567", align 1
  %".2569" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.47" = load volatile i32, ptr %".2569", align 4
  %".2570" = and i32 %"flags.47", 4
  %".2571" = icmp ne i32 %".2570", 0
  br i1 %".2571", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2583" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2583", align 1
  %".2585" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.48" = load volatile i32, ptr %".2585", align 4
  %".2586" = and i32 %"flags.48", 4
  %".2587" = icmp ne i32 %".2586", 0
  br i1 %".2587", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2599" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2599", align 1
  %".2601" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.49" = load volatile i32, ptr %".2601", align 4
  %".2602" = and i32 %"flags.49", 4
  %".2603" = icmp ne i32 %".2602", 0
  br i1 %".2603", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2615" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2615", align 1
  %".2617" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.50" = load volatile i32, ptr %".2617", align 4
  %".2618" = and i32 %"flags.50", 4
  %".2619" = icmp ne i32 %".2618", 0
  br i1 %".2619", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2631" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2631", align 1
  %".2633" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.51" = load volatile i32, ptr %".2633", align 4
  %".2634" = and i32 %"flags.51", 4
  %".2635" = icmp ne i32 %".2634", 0
  br i1 %".2635", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2397" = trunc i64 %".2383" to i16
  %".2398" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2397", ptr %".2398", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2401" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2401", align 4
  %".2403" = trunc i64 %".2383" to i16
  %".2404" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2403", ptr %".2404", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2413" = trunc i64 %".2383" to i16
  %".2414" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2413", ptr %".2414", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2417" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2417", align 4
  %".2419" = trunc i64 %".2383" to i16
  %".2420" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2419", ptr %".2420", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2429" = trunc i64 %".2383" to i16
  %".2430" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2429", ptr %".2430", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2433" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2433", align 4
  %".2435" = trunc i64 %".2383" to i16
  %".2436" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2435", ptr %".2436", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2445" = trunc i64 %".2383" to i16
  %".2446" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2445", ptr %".2446", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2449" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2449", align 4
  %".2451" = trunc i64 %".2383" to i16
  %".2452" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2451", ptr %".2452", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2461" = trunc i64 %".2383" to i16
  %".2462" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2461", ptr %".2462", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2465" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2465", align 4
  %".2467" = trunc i64 %".2383" to i16
  %".2468" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2467", ptr %".2468", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2477" = trunc i64 %".2383" to i16
  %".2478" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2477", ptr %".2478", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2481" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2481", align 4
  %".2483" = trunc i64 %".2383" to i16
  %".2484" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2483", ptr %".2484", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2493" = trunc i64 %".2383" to i16
  %".2494" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2493", ptr %".2494", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2497" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2497", align 4
  %".2499" = trunc i64 %".2383" to i16
  %".2500" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2499", ptr %".2500", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2509" = trunc i64 %".2383" to i16
  %".2510" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2509", ptr %".2510", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2513" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2513", align 4
  %".2515" = trunc i64 %".2383" to i16
  %".2516" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2515", ptr %".2516", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2525" = trunc i64 %".2383" to i16
  %".2526" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2525", ptr %".2526", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2529" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2529", align 4
  %".2531" = trunc i64 %".2383" to i16
  %".2532" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2531", ptr %".2532", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2541" = trunc i64 %".2383" to i16
  %".2542" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2541", ptr %".2542", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2545" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2545", align 4
  %".2547" = trunc i64 %".2383" to i16
  %".2548" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2547", ptr %".2548", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2557" = trunc i64 %".2383" to i16
  %".2558" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2557", ptr %".2558", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2561" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2561", align 4
  %".2563" = trunc i64 %".2383" to i16
  %".2564" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2563", ptr %".2564", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2573" = trunc i64 %".2383" to i16
  %".2574" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2573", ptr %".2574", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2577" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2577", align 4
  %".2579" = trunc i64 %".2383" to i16
  %".2580" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2579", ptr %".2580", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2589" = trunc i64 %".2383" to i16
  %".2590" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2589", ptr %".2590", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2593" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2593", align 4
  %".2595" = trunc i64 %".2383" to i16
  %".2596" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2595", ptr %".2596", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2605" = trunc i64 %".2383" to i16
  %".2606" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2605", ptr %".2606", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2609" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2609", align 4
  %".2611" = trunc i64 %".2383" to i16
  %".2612" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2611", ptr %".2612", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2621" = trunc i64 %".2383" to i16
  %".2622" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2621", ptr %".2622", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2625" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2625", align 4
  %".2627" = trunc i64 %".2383" to i16
  %".2628" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2627", ptr %".2628", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2637" = trunc i64 %".2383" to i16
  %".2638" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2637", ptr %".2638", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2641" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2641", align 4
  %".2643" = trunc i64 %".2383" to i16
  %".2644" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2643", ptr %".2644", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2653" = trunc i64 %"cursor.37" to i32
  %".2654" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2653", [40 x i8]* %"header_copy", i32 20)
  %".2655" = icmp eq i64 %".2654", 0
  %".2656" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2657" = load i32, ptr %".2656", align 4
  %".2658" = zext i32 %".2657" to i64
  %"data.128" = inttoptr i64 %".2658" to ptr
  %".2659" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2660" = load i32, ptr %".2659", align 4
  %".2661" = zext i32 %".2660" to i64
  %"data_end.128" = inttoptr i64 %".2661" to ptr
  %".2662" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.128" = load ptr, ptr %".2662", align 8
  %".2663" = xor i1 %".2655", -1
  br i1 %".2663", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2665" = trunc i64 %"cursor.37" to i16
  %".2666" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2665", ptr %".2666", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2669" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2670" = load volatile i8, [40 x i8]* %".2669", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2678" = trunc i64 %"cursor.37" to i16
  %".2679" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".2678", ptr %".2679", align 2
  br label %"return"
tcp_header.require.endif:
  %".2682" = add i64 %"cursor.37", 20
  %".2683" = zext i8 %"w12_1" to i64
  %".2684" = lshr i64 %".2683", 4
  %".2685" = and i64 %".2684", 15
  %".2686" = icmp eq i64 %".2685", 5
  %".2687" = xor i1 %".2686", -1
  br i1 %".2687", label %"tcp_header.variable", label %"tcp_header.no_variable", !prof !0
tcp_header.no_variable:
  br label %"tcp_header.variable.endif"
tcp_header.variable.endif:
  %"end.2" = phi  i64 [%".2682", %"tcp_header.no_variable"], [%".2719", %"tcp_header.variable_part"]
  %"data.132" = phi  ptr [%"data.129", %"tcp_header.no_variable"], [%"data.131", %"tcp_header.variable_part"]
  %"data_end.132" = phi  ptr [%"data_end.129", %"tcp_header.no_variable"], [%"data_end.131", %"tcp_header.variable_part"]
  %"keys.132" = phi  ptr [%"keys.129", %"tcp_header.no_variable"], [%"keys.131", %"tcp_header.variable_part"]
  %".2721" = trunc i64 %"cursor.37" to i16
  %".2722" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2721", ptr %".2722", align 2
  br label %"return"
tcp_header.variable:
  %".2690" = zext i8 %"w12_1" to i64
  %".2691" = lshr i64 %".2690", 4
  %".2692" = and i64 %".2691", 15
  %".2693" = mul i64 %".2692", 4
  %".2694" = sub i64 %".2693", 20
  %".2695" = add i64 %".2694", 20
  %".2696" = getelementptr i8, ptr %"data.129", i64 %"cursor.37"
  %".2697" = getelementptr i8, ptr %".2696", i64 %".2695"
  %".2698" = icmp ugt ptr %".2697", %"data_end.129"
  br i1 %".2698", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.131" = phi  ptr [%"data.129", %"tcp_header.variable"], [%"data.130", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.129", %"tcp_header.variable"], [%"data_end.130", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.129", %"tcp_header.variable"], [%"keys.130", %"tcp_header.copy_last_byte_failed.endif"]
  %".2719" = add i64 %"cursor.37", %".2695"
  br label %"tcp_header.variable.endif"
tcp_header.copy_last_byte:
  %".2700" = add i64 %"cursor.37", %".2695"
  %".2701" = sub i64 %".2700", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2702" = trunc i64 %".2701" to i32
  %".2703" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2702", i64* %"last_byte", i32 1)
  %".2704" = icmp eq i64 %".2703", 0
  %".2705" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2706" = load i32, ptr %".2705", align 4
  %".2707" = zext i32 %".2706" to i64
  %"data.130" = inttoptr i64 %".2707" to ptr
  %".2708" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2709" = load i32, ptr %".2708", align 4
  %".2710" = zext i32 %".2709" to i64
  %"data_end.130" = inttoptr i64 %".2710" to ptr
  %".2711" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.130" = load ptr, ptr %".2711", align 8
  %".2712" = xor i1 %".2704", -1
  br i1 %".2712", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2714" = trunc i64 %"cursor.37" to i16
  %".2715" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".2714", ptr %".2715", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2729" = trunc i64 %"cursor.38" to i32
  %".2730" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2729", [40 x i8]* %"header_copy", i32 8)
  %".2731" = icmp eq i64 %".2730", 0
  %".2732" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2733" = load i32, ptr %".2732", align 4
  %".2734" = zext i32 %".2733" to i64
  %"data.133" = inttoptr i64 %".2734" to ptr
  %".2735" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2736" = load i32, ptr %".2735", align 4
  %".2737" = zext i32 %".2736" to i64
  %"data_end.133" = inttoptr i64 %".2737" to ptr
  %".2738" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.133" = load ptr, ptr %".2738", align 8
  %".2739" = xor i1 %".2731", -1
  br i1 %".2739", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".2741" = trunc i64 %"cursor.38" to i16
  %".2742" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".2741", ptr %".2742", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".2753" = trunc i64 %".2746" to i16
  %".2754" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2753", ptr %".2754", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  %".2757" = getelementptr i8, ptr %"keys.134", i64 12
  store i32 0, ptr %".2757", align 4
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.55" = phi  i64 [%".2746", %"vxlan_d0.to_ethernet"], [%"end.3", %"geneve_d0.to_ethernet"], [%"end.5", %"gre_d0.to_ethernet"], [%".6178", %"widening.test.14"]
  %"data.135" = phi  ptr [%"data.134", %"vxlan_d0.to_ethernet"], [%"data.140", %"geneve_d0.to_ethernet"], [%"data.154", %"gre_d0.to_ethernet"], [%"data.280", %"widening.test.14"]
  %"data_end.135" = phi  ptr [%"data_end.134", %"vxlan_d0.to_ethernet"], [%"data_end.140", %"geneve_d0.to_ethernet"], [%"data_end.154", %"gre_d0.to_ethernet"], [%"data_end.280", %"widening.test.14"]
  %"keys.135" = phi  ptr [%"keys.134", %"vxlan_d0.to_ethernet"], [%"keys.140", %"geneve_d0.to_ethernet"], [%"keys.154", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.14"]
  %"hdr.49" = getelementptr i8, ptr %"data.135", i64 %"cursor.55"
  %".4020" = getelementptr i8, ptr %"hdr.49", i64 14
  %".4021" = icmp ugt ptr %".4020", %"data_end.135"
  br i1 %".4021", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4023" = getelementptr i8, ptr %"hdr.49", i64 12
  %".4024" = load i16, ptr %".4023", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4024", %"ethernet_d1.linear"], [%".4043", %"ethernet_d1.copy_failed.endif"]
  %"data.194" = phi  ptr [%"data.135", %"ethernet_d1.linear"], [%"data.193", %"ethernet_d1.copy_failed.endif"]
  %"data_end.194" = phi  ptr [%"data_end.135", %"ethernet_d1.linear"], [%"data_end.193", %"ethernet_d1.copy_failed.endif"]
  %"keys.194" = phi  ptr [%"keys.135", %"ethernet_d1.linear"], [%"keys.193", %"ethernet_d1.copy_failed.endif"]
  %".4045" = getelementptr i8, ptr %"keys.194", i64 10
  store i16 %"w12_2", ptr %".4045", align 2
  %".4047" = add i64 %"cursor.55", 14
  %".4048" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4049" = zext i16 %".4048" to i64
  switch i16 %"w12_2", label %"ethernet_d1.unknown" [i16 8, label %"ethernet_d1.to_ipv4" i16 56710, label %"ethernet_d1.to_ipv6" i16 129, label %"ethernet_d1.to_vlan" i16 43144, label %"ethernet_d1.to_vlan.1" i16 18312, label %"ethernet_d1.to_mpls" i16 18568, label %"ethernet_d1.to_mpls.1" i16 25736, label %"ethernet_d1.to_pppoe" i16 1544, label %"ethernet_d1.to_arp" i16 13696, label %"ethernet_d1.to_arp.1" i16 63368, label %"ethernet_d1.to_ptp" i16 649, label %"ethernet_d1.to_cfm" i16 51848, label %"ethernet_d1.to_tipc" i16 1673, label %"ethernet_d1.to_fcoe" i16 12169, label %"ethernet_d1.to_hsr" i16 64392, label %"ethernet_d1.to_hsr.1" i16 1347, label %"ethernet_d1.to_batadv"]  , !prof !1
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
vxlan_d0.unknown:
  %".2760" = trunc i64 %".2746" to i16
  %".2761" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2760", ptr %".2761", align 2
  br label %"return"
geneve_d0.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2773" = trunc i64 %"cursor.39" to i32
  %".2774" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2773", [40 x i8]* %"header_copy", i32 8)
  %".2775" = icmp eq i64 %".2774", 0
  %".2776" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2777" = load i32, ptr %".2776", align 4
  %".2778" = zext i32 %".2777" to i64
  %"data.136" = inttoptr i64 %".2778" to ptr
  %".2779" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2780" = load i32, ptr %".2779", align 4
  %".2781" = zext i32 %".2780" to i64
  %"data_end.136" = inttoptr i64 %".2781" to ptr
  %".2782" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.136" = load ptr, ptr %".2782", align 8
  %".2783" = xor i1 %".2775", -1
  br i1 %".2783", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".2785" = trunc i64 %"cursor.39" to i16
  %".2786" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".2785", ptr %".2786", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".2789" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2790" = load volatile i8, [40 x i8]* %".2789", align 1
  %".2791" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2792" = load volatile i16, [40 x i8]* %".2791", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".2799" = trunc i64 %"cursor.39" to i16
  %".2800" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".2799", ptr %".2800", align 2
  br label %"return"
geneve_d0.variable:
  %".2809" = zext i8 %"w0_1.10" to i64
  %".2810" = and i64 %".2809", 63
  %".2811" = mul i64 %".2810", 4
  %".2812" = add i64 %".2811", 8
  %".2813" = getelementptr i8, ptr %"data.137", i64 %"cursor.39"
  %".2814" = getelementptr i8, ptr %".2813", i64 %".2812"
  %".2815" = icmp ugt ptr %".2814", %"data_end.137"
  br i1 %".2815", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.139" = phi  ptr [%"data.137", %"geneve_d0.variable"], [%"data.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.139" = phi  ptr [%"data_end.137", %"geneve_d0.variable"], [%"data_end.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.139" = phi  ptr [%"keys.137", %"geneve_d0.variable"], [%"keys.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %".2836" = add i64 %"cursor.39", %".2812"
  br label %"geneve_d0.variable.endif"
geneve_d0.copy_last_byte:
  %".2817" = add i64 %"cursor.39", %".2812"
  %".2818" = sub i64 %".2817", 1
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2819" = trunc i64 %".2818" to i32
  %".2820" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".2819", i64* %"last_byte", i32 1)
  %".2821" = icmp eq i64 %".2820", 0
  %".2822" = getelementptr i8, ptr %"ctx.40", i64 76
  %".2823" = load i32, ptr %".2822", align 4
  %".2824" = zext i32 %".2823" to i64
  %"data.138" = inttoptr i64 %".2824" to ptr
  %".2825" = getelementptr i8, ptr %"ctx.40", i64 80
  %".2826" = load i32, ptr %".2825", align 4
  %".2827" = zext i32 %".2826" to i64
  %"data_end.138" = inttoptr i64 %".2827" to ptr
  %".2828" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.138" = load ptr, ptr %".2828", align 8
  %".2829" = xor i1 %".2821", -1
  br i1 %".2829", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".2831" = trunc i64 %"cursor.39" to i16
  %".2832" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".2831", ptr %".2832", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".2844" = trunc i64 %"end.3" to i16
  %".2845" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".2844", ptr %".2845", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".2848" = getelementptr i8, ptr %"keys.140", i64 12
  store i32 0, ptr %".2848", align 4
  %".2850" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".2851" = zext i16 %".2850" to i64
  switch i16 %"w2_2.5", label %"geneve_d0.unknown" [i16 22629, label %"geneve_d0.to_ethernet" i16 8, label %"geneve_d0.to_ipv4" i16 56710, label %"geneve_d0.to_ipv6"]  , !prof !5
geneve_d0.to_ethernet:
  br label %"ethernet_d1"
geneve_d0.unknown:
  %".2853" = trunc i64 %"end.3" to i16
  %".2854" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".2853", ptr %".2854", align 2
  br label %"return"
geneve_d0.to_ipv4:
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2868" = trunc i64 %"cursor.40" to i32
  %".2869" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".2868", [40 x i8]* %"header_copy", i32 4)
  %".2870" = icmp eq i64 %".2869", 0
  %".2871" = getelementptr i8, ptr %"ctx.41", i64 76
  %".2872" = load i32, ptr %".2871", align 4
  %".2873" = zext i32 %".2872" to i64
  %"data.141" = inttoptr i64 %".2873" to ptr
  %".2874" = getelementptr i8, ptr %"ctx.41", i64 80
  %".2875" = load i32, ptr %".2874", align 4
  %".2876" = zext i32 %".2875" to i64
  %"data_end.141" = inttoptr i64 %".2876" to ptr
  %".2877" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.141" = load ptr, ptr %".2877", align 8
  %".2878" = xor i1 %".2870", -1
  br i1 %".2878", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".2880" = trunc i64 %"cursor.40" to i16
  %".2881" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".2880", ptr %".2881", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".2884" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2885" = load volatile i8, [40 x i8]* %".2884", align 1
  %".2886" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2887" = load volatile i8, [40 x i8]* %".2886", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".2899" = trunc i64 %"cursor.40" to i16
  %".2900" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".2899", ptr %".2900", align 2
  br label %"return"
gue_d0.variable:
  %".2909" = zext i8 %"w0_1.11" to i64
  %".2910" = and i64 %".2909", 31
  %".2911" = mul i64 %".2910", 4
  %".2912" = add i64 %".2911", 4
  %".2913" = getelementptr i8, ptr %"data.142", i64 %"cursor.40"
  %".2914" = getelementptr i8, ptr %".2913", i64 %".2912"
  %".2915" = icmp ugt ptr %".2914", %"data_end.142"
  br i1 %".2915", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.144" = phi  ptr [%"data.142", %"gue_d0.variable"], [%"data.143", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.142", %"gue_d0.variable"], [%"data_end.143", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.142", %"gue_d0.variable"], [%"keys.143", %"gue_d0.copy_last_byte_failed.endif"]
  %".2936" = add i64 %"cursor.40", %".2912"
  br label %"gue_d0.variable.endif"
gue_d0.copy_last_byte:
  %".2917" = add i64 %"cursor.40", %".2912"
  %".2918" = sub i64 %".2917", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2919" = trunc i64 %".2918" to i32
  %".2920" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".2919", i64* %"last_byte", i32 1)
  %".2921" = icmp eq i64 %".2920", 0
  %".2922" = getelementptr i8, ptr %"ctx.42", i64 76
  %".2923" = load i32, ptr %".2922", align 4
  %".2924" = zext i32 %".2923" to i64
  %"data.143" = inttoptr i64 %".2924" to ptr
  %".2925" = getelementptr i8, ptr %"ctx.42", i64 80
  %".2926" = load i32, ptr %".2925", align 4
  %".2927" = zext i32 %".2926" to i64
  %"data_end.143" = inttoptr i64 %".2927" to ptr
  %".2928" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.143" = load ptr, ptr %".2928", align 8
  %".2929" = xor i1 %".2921", -1
  br i1 %".2929", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".2931" = trunc i64 %"cursor.40" to i16
  %".2932" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".2931", ptr %".2932", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".2944" = trunc i64 %"end.4" to i16
  %".2945" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".2944", ptr %".2945", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".2948" = getelementptr i8, ptr %"keys.145", i64 12
  store i32 0, ptr %".2948", align 4
  %".2950" = zext i8 %"w1_1.6" to i64
  switch i64 %".2950", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.to_ipv4:
  br label %"ipv4_d1"
gue_d0.unknown:
  %".2952" = trunc i64 %"end.4" to i16
  %".2953" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".2952", ptr %".2953", align 2
  br label %"return"
gue_d0.to_ipv6:
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2966" = trunc i64 %"cursor.41" to i32
  %".2967" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".2966", [40 x i8]* %"header_copy", i32 8)
  %".2968" = icmp eq i64 %".2967", 0
  %".2969" = getelementptr i8, ptr %"ctx.43", i64 76
  %".2970" = load i32, ptr %".2969", align 4
  %".2971" = zext i32 %".2970" to i64
  %"data.146" = inttoptr i64 %".2971" to ptr
  %".2972" = getelementptr i8, ptr %"ctx.43", i64 80
  %".2973" = load i32, ptr %".2972", align 4
  %".2974" = zext i32 %".2973" to i64
  %"data_end.146" = inttoptr i64 %".2974" to ptr
  %".2975" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.146" = load ptr, ptr %".2975", align 8
  %".2976" = xor i1 %".2968", -1
  br i1 %".2976", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".2978" = trunc i64 %"cursor.41" to i16
  %".2979" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".2978", ptr %".2979", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".2982" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2983" = load volatile i8, [40 x i8]* %".2982", align 1
  %".2984" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2985" = load volatile i8, [40 x i8]* %".2984", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".3000" = trunc i64 %"cursor.41" to i16
  %".3001" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3000", ptr %".3001", align 2
  br label %"return"
gtpu_d0.stop_at_encap:
  %".3011" = trunc i64 %".3004" to i16
  %".3012" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3011", ptr %".3012", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".3015" = getelementptr i8, ptr %"keys.147", i64 12
  store i32 0, ptr %".3015", align 4
  %".3017" = zext i8 %"w0_1.12" to i64
  %".3018" = lshr i64 %".3017", 2
  %".3019" = and i64 %".3018", 1
  %".3020" = mul i64 %".3019", 4
  %".3021" = zext i8 %"w0_1.12" to i64
  %".3022" = lshr i64 %".3021", 1
  %".3023" = and i64 %".3022", 1
  %".3024" = mul i64 %".3023", 2
  %".3025" = add i64 %".3020", %".3024"
  %".3026" = zext i8 %"w0_1.12" to i64
  %".3027" = and i64 %".3026", 1
  %".3028" = add i64 %".3025", %".3027"
  %".3029" = icmp uge i64 %".3028", 1
  %".3030" = icmp ule i64 %".3028", 3
  %".3031" = and i1 %".3029", %".3030"
  br i1 %".3031", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
gtpu_d0.unknown:
  %".3038" = trunc i64 %".3004" to i16
  %".3039" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3038", ptr %".3039", align 2
  br label %"return"
gtpu_d0.to_gtpu_opt:
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".3033" = icmp uge i64 %".3028", 4
  %".3034" = icmp ule i64 %".3028", 7
  %".3035" = and i1 %".3033", %".3034"
  br i1 %".3035", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  switch i64 %".3028", label %"gtpu_d0.unknown" [i64 0, label %"gtpu_d0.to_ip_version"]
gtpu_d0.to_ip_version:
  br label %"ip_version_d1"
gtpu_opt_d1:
  %"cursor.56" = phi  i64 [%".3004", %"gtpu_d0.to_gtpu_opt"]
  %"data.148" = phi  ptr [%"data.147", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.148" = phi  ptr [%"data_end.147", %"gtpu_d0.to_gtpu_opt"]
  %"keys.148" = phi  ptr [%"keys.147", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.50" = getelementptr i8, ptr %"data.148", i64 %"cursor.56"
  %".4071" = getelementptr i8, ptr %"hdr.50", i64 4
  %".4072" = icmp ugt ptr %".4071", %"data_end.148"
  br i1 %".4072", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.196" = phi  ptr [%"data.148", %"gtpu_opt_d1.linear"], [%"data.195", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.196" = phi  ptr [%"data_end.148", %"gtpu_opt_d1.linear"], [%"data_end.195", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.196" = phi  ptr [%"keys.148", %"gtpu_opt_d1.linear"], [%"keys.195", %"gtpu_opt_d1.copy_failed.endif"]
  %".4092" = add i64 %"cursor.56", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_opt_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_seq_d1:
  %"cursor.57" = phi  i64 [%".3004", %"gtpu_d0.to_gtpu_seq"]
  %"data.149" = phi  ptr [%"data.147", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.149" = phi  ptr [%"data_end.147", %"gtpu_d0.to_gtpu_seq"]
  %"keys.149" = phi  ptr [%"keys.147", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.51" = getelementptr i8, ptr %"data.149", i64 %"cursor.57"
  %".4099" = getelementptr i8, ptr %"hdr.51", i64 3
  %".4100" = icmp ugt ptr %".4099", %"data_end.149"
  br i1 %".4100", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.198" = phi  ptr [%"data.149", %"gtpu_seq_d1.linear"], [%"data.197", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.198" = phi  ptr [%"data_end.149", %"gtpu_seq_d1.linear"], [%"data_end.197", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.198" = phi  ptr [%"keys.149", %"gtpu_seq_d1.linear"], [%"keys.197", %"gtpu_seq_d1.copy_failed.endif"]
  %".4120" = add i64 %"cursor.57", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
gtpu_seq_d1.to_gtpu_next:
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.72" = phi  i64 [%".4120", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.199" = phi  ptr [%"data.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.199" = phi  ptr [%"data_end.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.199" = phi  ptr [%"keys.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.64" = getelementptr i8, ptr %"data.199", i64 %"cursor.72"
  %".5361" = getelementptr i8, ptr %"hdr.64", i64 1
  %".5362" = icmp ugt ptr %".5361", %"data_end.199"
  br i1 %".5362", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5364" = getelementptr i8, ptr %"hdr.64", i64 0
  %".5365" = load i8, ptr %".5364", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.25" = phi  i8 [%".5365", %"gtpu_next_d1.linear"], [%".5384", %"gtpu_next_d1.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.199", %"gtpu_next_d1.linear"], [%"data.240", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.199", %"gtpu_next_d1.linear"], [%"data_end.240", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.199", %"gtpu_next_d1.linear"], [%"keys.240", %"gtpu_next_d1.copy_failed.endif"]
  %".5386" = add i64 %"cursor.72", 1
  %".5387" = zext i8 %"w0_1.25" to i64
  %".5388" = icmp uge i64 %".5387", 1
  %".5389" = icmp ule i64 %".5387", 255
  %".5390" = and i1 %".5388", %".5389"
  br i1 %".5390", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
shim_d0.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3051" = trunc i64 %"cursor.42" to i32
  %".3052" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3051", [40 x i8]* %"header_copy", i32 8)
  %".3053" = icmp eq i64 %".3052", 0
  %".3054" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3055" = load i32, ptr %".3054", align 4
  %".3056" = zext i32 %".3055" to i64
  %"data.150" = inttoptr i64 %".3056" to ptr
  %".3057" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3058" = load i32, ptr %".3057", align 4
  %".3059" = zext i32 %".3058" to i64
  %"data_end.150" = inttoptr i64 %".3059" to ptr
  %".3060" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.150" = load ptr, ptr %".3060", align 8
  %".3061" = xor i1 %".3053", -1
  br i1 %".3061", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3063" = trunc i64 %"cursor.42" to i16
  %".3064" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3063", ptr %".3064", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3067" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3068" = load volatile i16, [40 x i8]* %".3067", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".3077" = trunc i64 %".3070" to i16
  %".3078" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3077", ptr %".3078", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".3081" = getelementptr i8, ptr %"keys.151", i64 12
  store i32 0, ptr %".3081", align 4
  %".3083" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".3084" = zext i16 %".3083" to i64
  switch i16 %"w2_2.6", label %"shim_d0.unknown" [i16 8, label %"shim_d0.to_ipv4"]
shim_d0.to_ipv4:
  br label %"ipv4_d1"
shim_d0.unknown:
  %".3086" = trunc i64 %".3070" to i16
  %".3087" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3086", ptr %".3087", align 2
  br label %"return"
gre_d0.variable:
  %".3097" = zext i8 %"w0_1.3" to i64
  %".3098" = lshr i64 %".3097", 7
  %".3099" = and i64 %".3098", 1
  %".3100" = zext i8 %"w0_1.3" to i64
  %".3101" = lshr i64 %".3100", 5
  %".3102" = and i64 %".3101", 1
  %".3103" = add i64 %".3099", %".3102"
  %".3104" = zext i8 %"w0_1.3" to i64
  %".3105" = lshr i64 %".3104", 4
  %".3106" = and i64 %".3105", 1
  %".3107" = add i64 %".3103", %".3106"
  %".3108" = mul i64 %".3107", 4
  %".3109" = add i64 %".3108", 4
  %".3110" = getelementptr i8, ptr %"data.77", i64 %"cursor.43"
  %".3111" = getelementptr i8, ptr %".3110", i64 %".3109"
  %".3112" = icmp ugt ptr %".3111", %"data_end.77"
  br i1 %".3112", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.153" = phi  ptr [%"data.77", %"gre_d0.variable"], [%"data.152", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.77", %"gre_d0.variable"], [%"data_end.152", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.77", %"gre_d0.variable"], [%"keys.152", %"gre_d0.copy_last_byte_failed.endif"]
  %".3133" = add i64 %"cursor.43", %".3109"
  br label %"gre_d0.variable.endif"
gre_d0.copy_last_byte:
  %".3114" = add i64 %"cursor.43", %".3109"
  %".3115" = sub i64 %".3114", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3116" = trunc i64 %".3115" to i32
  %".3117" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3116", i64* %"last_byte", i32 1)
  %".3118" = icmp eq i64 %".3117", 0
  %".3119" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3120" = load i32, ptr %".3119", align 4
  %".3121" = zext i32 %".3120" to i64
  %"data.152" = inttoptr i64 %".3121" to ptr
  %".3122" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3123" = load i32, ptr %".3122", align 4
  %".3124" = zext i32 %".3123" to i64
  %"data_end.152" = inttoptr i64 %".3124" to ptr
  %".3125" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.152" = load ptr, ptr %".3125", align 8
  %".3126" = xor i1 %".3118", -1
  br i1 %".3126", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3128" = trunc i64 %"cursor.43" to i16
  %".3129" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3128", ptr %".3129", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3141" = trunc i64 %"end.5" to i16
  %".3142" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3141", ptr %".3142", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".3145" = getelementptr i8, ptr %"keys.154", i64 12
  store i32 0, ptr %".3145", align 4
  %".3147" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".3148" = zext i16 %".3147" to i64
  switch i16 %"w2_2.1", label %"gre_d0.unknown" [i16 8, label %"gre_d0.to_ipv4" i16 56710, label %"gre_d0.to_ipv6" i16 129, label %"gre_d0.to_vlan" i16 43144, label %"gre_d0.to_vlan.1" i16 18312, label %"gre_d0.to_mpls" i16 18568, label %"gre_d0.to_mpls.1" i16 25736, label %"gre_d0.to_pppoe" i16 1544, label %"gre_d0.to_arp" i16 13696, label %"gre_d0.to_arp.1" i16 63368, label %"gre_d0.to_ptp" i16 649, label %"gre_d0.to_cfm" i16 51848, label %"gre_d0.to_tipc" i16 1673, label %"gre_d0.to_fcoe" i16 12169, label %"gre_d0.to_hsr" i16 64392, label %"gre_d0.to_hsr.1" i16 1347, label %"gre_d0.to_batadv" i16 22629, label %"gre_d0.to_ethernet"]  , !prof !6
gre_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.unknown:
  %".3150" = trunc i64 %"end.5" to i16
  %".3151" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3150", ptr %".3151", align 2
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
  %".3180" = trunc i64 %"cursor.44" to i16
  %".3181" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".3180", ptr %".3181", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".3206" = add i64 %"cursor.44", %".3201"
  %".3207" = sub i64 %".3206", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3208" = trunc i64 %".3207" to i32
  %".3209" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3208", i64* %"last_byte", i32 1)
  %".3210" = icmp eq i64 %".3209", 0
  %".3211" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3212" = load i32, ptr %".3211", align 4
  %".3213" = zext i32 %".3212" to i64
  %"data.155" = inttoptr i64 %".3213" to ptr
  %".3214" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3215" = load i32, ptr %".3214", align 4
  %".3216" = zext i32 %".3215" to i64
  %"data_end.155" = inttoptr i64 %".3216" to ptr
  %".3217" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.155" = load ptr, ptr %".3217", align 8
  %".3218" = xor i1 %".3210", -1
  br i1 %".3218", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3220" = trunc i64 %"cursor.44" to i16
  %".3221" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3220", ptr %".3221", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3230" = trunc i64 %"end.6" to i16
  %".3231" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3230", ptr %".3231", align 2
  br label %"return"
udp_d1.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3241" = trunc i64 %"cursor.45" to i32
  %".3242" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3241", [40 x i8]* %"header_copy", i32 4)
  %".3243" = icmp eq i64 %".3242", 0
  %".3244" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3245" = load i32, ptr %".3244", align 4
  %".3246" = zext i32 %".3245" to i64
  %"data.158" = inttoptr i64 %".3246" to ptr
  %".3247" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3248" = load i32, ptr %".3247", align 4
  %".3249" = zext i32 %".3248" to i64
  %"data_end.158" = inttoptr i64 %".3249" to ptr
  %".3250" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.158" = load ptr, ptr %".3250", align 8
  %".3251" = xor i1 %".3243", -1
  br i1 %".3251", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3253" = trunc i64 %"cursor.45" to i16
  %".3254" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".3253", ptr %".3254", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".3257" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3258" = load volatile i32, [40 x i8]* %".3257", align 4
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".3268" = add i64 %"cursor.45", %".3263"
  %".3269" = sub i64 %".3268", 1
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3270" = trunc i64 %".3269" to i32
  %".3271" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3270", i64* %"last_byte", i32 1)
  %".3272" = icmp eq i64 %".3271", 0
  %".3273" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3274" = load i32, ptr %".3273", align 4
  %".3275" = zext i32 %".3274" to i64
  %"data.160" = inttoptr i64 %".3275" to ptr
  %".3276" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3277" = load i32, ptr %".3276", align 4
  %".3278" = zext i32 %".3277" to i64
  %"data_end.160" = inttoptr i64 %".3278" to ptr
  %".3279" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.160" = load ptr, ptr %".3279", align 8
  %".3280" = xor i1 %".3272", -1
  br i1 %".3280", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3282" = trunc i64 %"cursor.45" to i16
  %".3283" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".3282", ptr %".3283", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3293" = trunc i64 %"cursor.45" to i16
  %".3294" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3293", ptr %".3294", align 2
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
  %"cursor.60" = phi  i64 [%".3287", %"udp_d1.to_geneve"]
  %"data.163" = phi  ptr [%"data.161", %"udp_d1.to_geneve"]
  %"data_end.163" = phi  ptr [%"data_end.161", %"udp_d1.to_geneve"]
  %"keys.163" = phi  ptr [%"keys.161", %"udp_d1.to_geneve"]
  %"hdr.54" = getelementptr i8, ptr %"data.163", i64 %"cursor.60"
  %".4257" = getelementptr i8, ptr %"hdr.54", i64 8
  %".4258" = icmp ugt ptr %".4257", %"data_end.163"
  br i1 %".4258", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4260" = getelementptr i8, ptr %"hdr.54", i64 0
  %".4261" = load i8, ptr %".4260", align 1
  %".4262" = getelementptr i8, ptr %"hdr.54", i64 2
  %".4263" = load i16, ptr %".4262", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.18" = phi  i8 [%".4261", %"geneve_d1.linear"], [%".4282", %"geneve_d1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".4263", %"geneve_d1.linear"], [%".4284", %"geneve_d1.copy_failed.endif"]
  %"data.206" = phi  ptr [%"data.163", %"geneve_d1.linear"], [%"data.205", %"geneve_d1.copy_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.163", %"geneve_d1.linear"], [%"data_end.205", %"geneve_d1.copy_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.163", %"geneve_d1.linear"], [%"keys.205", %"geneve_d1.copy_failed.endif"]
  %".4286" = zext i8 %"w0_1.18" to i64
  %".4287" = lshr i64 %".4286", 6
  %".4288" = and i64 %".4287", 3
  %".4289" = icmp ne i64 %".4288", 0
  br i1 %".4289", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif", !prof !0
geneve_d1.stop_before.endif:
  %".4295" = add i64 %"cursor.60", 8
  %".4296" = and i8 %"w0_1.18", 63
  %".4297" = icmp eq i8 %".4296", 0
  %".4298" = xor i1 %".4297", -1
  br i1 %".4298", label %"geneve_d1.variable", label %"geneve_d1.no_variable", !prof !0
geneve_d1.no_variable:
  br label %"geneve_d1.variable.endif"
geneve_d1.variable.endif:
  %"end.7" = phi  i64 [%".4295", %"geneve_d1.no_variable"], [%".4328", %"geneve_d1.variable_part"]
  %"data.209" = phi  ptr [%"data.206", %"geneve_d1.no_variable"], [%"data.208", %"geneve_d1.variable_part"]
  %"data_end.209" = phi  ptr [%"data_end.206", %"geneve_d1.no_variable"], [%"data_end.208", %"geneve_d1.variable_part"]
  %"keys.209" = phi  ptr [%"keys.206", %"geneve_d1.no_variable"], [%"keys.208", %"geneve_d1.variable_part"]
  %".4330" = getelementptr i8, ptr %"keys.209", i64 8
  store i8 1, ptr %".4330", align 1
  %".4332" = getelementptr i8, ptr %"keys.209", i64 48
  %"flags.74" = load volatile i32, ptr %".4332", align 4
  %".4333" = and i32 %"flags.74", 4
  %".4334" = icmp ne i32 %".4333", 0
  br i1 %".4334", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
gue_d1:
  %"cursor.61" = phi  i64 [%".3287", %"udp_d1.to_gue"]
  %"data.164" = phi  ptr [%"data.161", %"udp_d1.to_gue"]
  %"data_end.164" = phi  ptr [%"data_end.161", %"udp_d1.to_gue"]
  %"keys.164" = phi  ptr [%"keys.161", %"udp_d1.to_gue"]
  %"hdr.55" = getelementptr i8, ptr %"data.164", i64 %"cursor.61"
  %".4361" = getelementptr i8, ptr %"hdr.55", i64 4
  %".4362" = icmp ugt ptr %".4361", %"data_end.164"
  br i1 %".4362", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4364" = getelementptr i8, ptr %"hdr.55", i64 0
  %".4365" = load i8, ptr %".4364", align 1
  %".4366" = getelementptr i8, ptr %"hdr.55", i64 1
  %".4367" = load i8, ptr %".4366", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.19" = phi  i8 [%".4365", %"gue_d1.linear"], [%".4386", %"gue_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4367", %"gue_d1.linear"], [%".4388", %"gue_d1.copy_failed.endif"]
  %"data.211" = phi  ptr [%"data.164", %"gue_d1.linear"], [%"data.210", %"gue_d1.copy_failed.endif"]
  %"data_end.211" = phi  ptr [%"data_end.164", %"gue_d1.linear"], [%"data_end.210", %"gue_d1.copy_failed.endif"]
  %"keys.211" = phi  ptr [%"keys.164", %"gue_d1.linear"], [%"keys.210", %"gue_d1.copy_failed.endif"]
  %".4390" = zext i8 %"w0_1.19" to i64
  %".4391" = lshr i64 %".4390", 6
  %".4392" = and i64 %".4391", 3
  %".4393" = icmp ne i64 %".4392", 0
  %".4394" = zext i8 %"w0_1.19" to i64
  %".4395" = lshr i64 %".4394", 5
  %".4396" = and i64 %".4395", 1
  %".4397" = icmp ne i64 %".4396", 0
  %".4398" = or i1 %".4393", %".4397"
  br i1 %".4398", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif", !prof !0
gue_d1.stop_before.endif:
  %".4404" = add i64 %"cursor.61", 4
  %".4405" = and i8 %"w0_1.19", 31
  %".4406" = icmp eq i8 %".4405", 0
  %".4407" = xor i1 %".4406", -1
  br i1 %".4407", label %"gue_d1.variable", label %"gue_d1.no_variable", !prof !0
gue_d1.no_variable:
  br label %"gue_d1.variable.endif"
gue_d1.variable.endif:
  %"end.8" = phi  i64 [%".4404", %"gue_d1.no_variable"], [%".4437", %"gue_d1.variable_part"]
  %"data.214" = phi  ptr [%"data.211", %"gue_d1.no_variable"], [%"data.213", %"gue_d1.variable_part"]
  %"data_end.214" = phi  ptr [%"data_end.211", %"gue_d1.no_variable"], [%"data_end.213", %"gue_d1.variable_part"]
  %"keys.214" = phi  ptr [%"keys.211", %"gue_d1.no_variable"], [%"keys.213", %"gue_d1.variable_part"]
  %".4439" = getelementptr i8, ptr %"keys.214", i64 8
  store i8 1, ptr %".4439", align 1
  %".4441" = getelementptr i8, ptr %"keys.214", i64 48
  %"flags.75" = load volatile i32, ptr %".4441", align 4
  %".4442" = and i32 %"flags.75", 4
  %".4443" = icmp ne i32 %".4442", 0
  br i1 %".4443", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gtpu_d1:
  %"cursor.62" = phi  i64 [%".3287", %"udp_d1.to_gtpu"]
  %"data.165" = phi  ptr [%"data.161", %"udp_d1.to_gtpu"]
  %"data_end.165" = phi  ptr [%"data_end.161", %"udp_d1.to_gtpu"]
  %"keys.165" = phi  ptr [%"keys.161", %"udp_d1.to_gtpu"]
  %"hdr.56" = getelementptr i8, ptr %"data.165", i64 %"cursor.62"
  %".4465" = getelementptr i8, ptr %"hdr.56", i64 8
  %".4466" = icmp ugt ptr %".4465", %"data_end.165"
  br i1 %".4466", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".4468" = getelementptr i8, ptr %"hdr.56", i64 0
  %".4469" = load i8, ptr %".4468", align 1
  %".4470" = getelementptr i8, ptr %"hdr.56", i64 1
  %".4471" = load i8, ptr %".4470", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.20" = phi  i8 [%".4469", %"gtpu_d1.linear"], [%".4490", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4471", %"gtpu_d1.linear"], [%".4492", %"gtpu_d1.copy_failed.endif"]
  %"data.216" = phi  ptr [%"data.165", %"gtpu_d1.linear"], [%"data.215", %"gtpu_d1.copy_failed.endif"]
  %"data_end.216" = phi  ptr [%"data_end.165", %"gtpu_d1.linear"], [%"data_end.215", %"gtpu_d1.copy_failed.endif"]
  %"keys.216" = phi  ptr [%"keys.165", %"gtpu_d1.linear"], [%"keys.215", %"gtpu_d1.copy_failed.endif"]
  %".4494" = zext i8 %"w0_1.20" to i64
  %".4495" = lshr i64 %".4494", 5
  %".4496" = and i64 %".4495", 7
  %".4497" = icmp ne i64 %".4496", 1
  %".4498" = zext i8 %"w0_1.20" to i64
  %".4499" = lshr i64 %".4498", 4
  %".4500" = and i64 %".4499", 1
  %".4501" = icmp ne i64 %".4500", 1
  %".4502" = or i1 %".4497", %".4501"
  %".4503" = zext i8 %"w1_1.12" to i64
  %".4504" = icmp ne i64 %".4503", 255
  %".4505" = or i1 %".4502", %".4504"
  br i1 %".4505", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif", !prof !0
gtpu_d1.stop_before.endif:
  %".4511" = add i64 %"cursor.62", 8
  %".4512" = getelementptr i8, ptr %"keys.216", i64 8
  store i8 1, ptr %".4512", align 1
  %".4514" = getelementptr i8, ptr %"keys.216", i64 48
  %"flags.76" = load volatile i32, ptr %".4514", align 4
  %".4515" = and i32 %"flags.76", 4
  %".4516" = icmp ne i32 %".4515", 0
  br i1 %".4516", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
shim_d1:
  %"cursor.63" = phi  i64 [%".3287", %"udp_d1.to_shim"]
  %"data.166" = phi  ptr [%"data.161", %"udp_d1.to_shim"]
  %"data_end.166" = phi  ptr [%"data_end.161", %"udp_d1.to_shim"]
  %"keys.166" = phi  ptr [%"keys.161", %"udp_d1.to_shim"]
  %"hdr.57" = getelementptr i8, ptr %"data.166", i64 %"cursor.63"
  %".4561" = getelementptr i8, ptr %"hdr.57", i64 8
  %".4562" = icmp ugt ptr %".4561", %"data_end.166"
  br i1 %".4562", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4564" = getelementptr i8, ptr %"hdr.57", i64 2
  %".4565" = load i16, ptr %".4564", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.13" = phi  i16 [%".4565", %"shim_d1.linear"], [%".4584", %"shim_d1.copy_failed.endif"]
  %"data.218" = phi  ptr [%"data.166", %"shim_d1.linear"], [%"data.217", %"shim_d1.copy_failed.endif"]
  %"data_end.218" = phi  ptr [%"data_end.166", %"shim_d1.linear"], [%"data_end.217", %"shim_d1.copy_failed.endif"]
  %"keys.218" = phi  ptr [%"keys.166", %"shim_d1.linear"], [%"keys.217", %"shim_d1.copy_failed.endif"]
  %".4586" = add i64 %"cursor.63", 8
  %".4587" = getelementptr i8, ptr %"keys.218", i64 8
  store i8 1, ptr %".4587", align 1
  %".4589" = getelementptr i8, ptr %"keys.218", i64 48
  %"flags.77" = load volatile i32, ptr %".4589", align 4
  %".4590" = and i32 %"flags.77", 4
  %".4591" = icmp ne i32 %".4590", 0
  br i1 %".4591", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_version_d1.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3312" = trunc i64 %"cursor.46" to i32
  %".3313" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3312", [40 x i8]* %"header_copy", i32 4)
  %".3314" = icmp eq i64 %".3313", 0
  %".3315" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3316" = load i32, ptr %".3315", align 4
  %".3317" = zext i32 %".3316" to i64
  %"data.167" = inttoptr i64 %".3317" to ptr
  %".3318" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3319" = load i32, ptr %".3318", align 4
  %".3320" = zext i32 %".3319" to i64
  %"data_end.167" = inttoptr i64 %".3320" to ptr
  %".3321" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.167" = load ptr, ptr %".3321", align 8
  %".3322" = xor i1 %".3314", -1
  br i1 %".3322", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3324" = trunc i64 %"cursor.46" to i16
  %".3325" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3324", ptr %".3325", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3328" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3329" = load volatile i8, [40 x i8]* %".3328", align 1
  %".3330" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3331" = load volatile i8, [40 x i8]* %".3330", align 1
  %".3332" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3333" = load volatile i16, [40 x i8]* %".3332", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3344" = trunc i64 %"cursor.46" to i16
  %".3345" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3344", ptr %".3345", align 2
  br label %"return"
gre_version_d1.unknown:
  %".3353" = trunc i64 %"cursor.46" to i16
  %".3354" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3353", ptr %".3354", align 2
  br label %"return"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
pptp_d1:
  %"cursor.65" = phi  i64 [%"cursor.46", %"gre_version_d1.to_pptp"]
  %"data.170" = phi  ptr [%"data.168", %"gre_version_d1.to_pptp"]
  %"data_end.170" = phi  ptr [%"data_end.168", %"gre_version_d1.to_pptp"]
  %"keys.170" = phi  ptr [%"keys.168", %"gre_version_d1.to_pptp"]
  %".4741" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".4742" = zext i16 %".4741" to i64
  %".4743" = icmp ne i64 %".4742", 34827
  %".4744" = zext i8 %"w0_1.13" to i64
  %".4745" = lshr i64 %".4744", 5
  %".4746" = and i64 %".4745", 1
  %".4747" = icmp eq i64 %".4746", 0
  %".4748" = or i1 %".4743", %".4747"
  br i1 %".4748", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".4754" = add i64 %"cursor.65", 4
  %".4755" = zext i8 %"w0_1.13" to i64
  %".4756" = lshr i64 %".4755", 7
  %".4757" = and i64 %".4756", 1
  %".4758" = zext i8 %"w0_1.13" to i64
  %".4759" = lshr i64 %".4758", 5
  %".4760" = and i64 %".4759", 1
  %".4761" = add i64 %".4757", %".4760"
  %".4762" = zext i8 %"w0_1.13" to i64
  %".4763" = lshr i64 %".4762", 4
  %".4764" = and i64 %".4763", 1
  %".4765" = add i64 %".4761", %".4764"
  %".4766" = zext i8 %"w1_1.8" to i64
  %".4767" = lshr i64 %".4766", 7
  %".4768" = and i64 %".4767", 1
  %".4769" = add i64 %".4765", %".4768"
  %".4770" = mul i64 %".4769", 4
  %".4771" = add i64 %".4770", 4
  %".4772" = getelementptr i8, ptr %"data.170", i64 %"cursor.65"
  %".4773" = getelementptr i8, ptr %".4772", i64 %".4771"
  %".4774" = icmp ugt ptr %".4773", %"data_end.170"
  br i1 %".4774", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.223" = phi  ptr [%"data.170", %"pptp_d1.stop_before.endif"], [%"data.222", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.223" = phi  ptr [%"data_end.170", %"pptp_d1.stop_before.endif"], [%"data_end.222", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.223" = phi  ptr [%"keys.170", %"pptp_d1.stop_before.endif"], [%"keys.222", %"pptp_d1.copy_last_byte_failed.endif"]
  %".4795" = add i64 %"cursor.65", %".4771"
  %".4796" = add i64 %"cursor.65", 8
  %".4797" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4796")
  %".4798" = icmp eq i64 %".4770", 4
  %"end.10" = select  i1 %".4798", i64 %".4797", i64 %".4795"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.74" = phi  i64 [%"end.10", %"pptp_d1.to_ppp"]
  %"data.224" = phi  ptr [%"data.223", %"pptp_d1.to_ppp"]
  %"data_end.224" = phi  ptr [%"data_end.223", %"pptp_d1.to_ppp"]
  %"keys.224" = phi  ptr [%"keys.223", %"pptp_d1.to_ppp"]
  %"hdr.65" = getelementptr i8, ptr %"data.224", i64 %"cursor.74"
  %".5404" = getelementptr i8, ptr %"hdr.65", i64 4
  %".5405" = icmp ugt ptr %".5404", %"data_end.224"
  br i1 %".5405", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5407" = getelementptr i8, ptr %"hdr.65", i64 2
  %".5408" = load i16, ptr %".5407", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.16" = phi  i16 [%".5408", %"ppp_d1.linear"], [%".5427", %"ppp_d1.copy_failed.endif"]
  %"data.244" = phi  ptr [%"data.224", %"ppp_d1.linear"], [%"data.243", %"ppp_d1.copy_failed.endif"]
  %"data_end.244" = phi  ptr [%"data_end.224", %"ppp_d1.linear"], [%"data_end.243", %"ppp_d1.copy_failed.endif"]
  %"keys.244" = phi  ptr [%"keys.224", %"ppp_d1.linear"], [%"keys.243", %"ppp_d1.copy_failed.endif"]
  %".5429" = add i64 %"cursor.74", 4
  %".5430" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".5431" = zext i16 %".5430" to i64
  switch i16 %"w2_2.16", label %"ppp_d1.unknown" [i16 8448, label %"ppp_d1.to_ipv4" i16 22272, label %"ppp_d1.to_ipv6"]
ppp_d1.to_ipv4:
  %".5440" = trunc i64 2048 to i16
  %".5441" = call i16 @"llvm.bswap.i16"(i16 %".5440")
  %".5442" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5441", ptr %".5442", align 2
  %".5444" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5444", align 1
  %".5446" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.91" = load volatile i32, ptr %".5446", align 4
  %".5447" = and i32 %"flags.91", 4
  %".5448" = icmp ne i32 %".5447", 0
  br i1 %".5448", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3367" = trunc i64 %"cursor.47" to i32
  %".3368" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3367", [40 x i8]* %"header_copy", i32 2)
  %".3369" = icmp eq i64 %".3368", 0
  %".3370" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3371" = load i32, ptr %".3370", align 4
  %".3372" = zext i32 %".3371" to i64
  %"data.171" = inttoptr i64 %".3372" to ptr
  %".3373" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3374" = load i32, ptr %".3373", align 4
  %".3375" = zext i32 %".3374" to i64
  %"data_end.171" = inttoptr i64 %".3375" to ptr
  %".3376" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.171" = load ptr, ptr %".3376", align 8
  %".3377" = xor i1 %".3369", -1
  br i1 %".3377", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3379" = trunc i64 %"cursor.47" to i16
  %".3380" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3379", ptr %".3380", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3383" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3384" = load volatile i8, [40 x i8]* %".3383", align 1
  %".3385" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3386" = load volatile i8, [40 x i8]* %".3385", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3398" = trunc i64 %".3395" to i16
  %".3399" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3398", ptr %".3399", align 2
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
  %".3415" = trunc i64 34887 to i16
  %".3416" = call i16 @"llvm.bswap.i16"(i16 %".3415")
  %".3417" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3416", ptr %".3417", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3420" = trunc i64 2048 to i16
  %".3421" = call i16 @"llvm.bswap.i16"(i16 %".3420")
  %".3422" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3421", ptr %".3422", align 2
  %".3424" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3424", align 1
  %".3426" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.58" = load volatile i32, ptr %".3426", align 4
  %".3427" = and i32 %"flags.58", 4
  %".3428" = icmp ne i32 %".3427", 0
  br i1 %".3428", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3440" = trunc i64 34525 to i16
  %".3441" = call i16 @"llvm.bswap.i16"(i16 %".3440")
  %".3442" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3441", ptr %".3442", align 2
  %".3444" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3444", align 1
  %".3446" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.59" = load volatile i32, ptr %".3446", align 4
  %".3447" = and i32 %"flags.59", 4
  %".3448" = icmp ne i32 %".3447", 0
  br i1 %".3448", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.66" = phi  i64 [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".6332", %"widening.test.28"]
  %"data.173" = phi  ptr [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.294", %"widening.test.28"]
  %"data_end.173" = phi  ptr [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.294", %"widening.test.28"]
  %"keys.173" = phi  ptr [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.28"]
  %"hdr.58" = getelementptr i8, ptr %"data.173", i64 %"cursor.66"
  %".4805" = getelementptr i8, ptr %"hdr.58", i64 2
  %".4806" = icmp ugt ptr %".4805", %"data_end.173"
  br i1 %".4806", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".4808" = getelementptr i8, ptr %"hdr.58", i64 0
  %".4809" = load i8, ptr %".4808", align 1
  %".4810" = getelementptr i8, ptr %"hdr.58", i64 1
  %".4811" = load i8, ptr %".4810", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.21" = phi  i8 [%".4809", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4830", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4811", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4832", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.226" = phi  ptr [%"data.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.226" = phi  ptr [%"data_end.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.226" = phi  ptr [%"keys.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".4834" = getelementptr i8, ptr %"keys.226", i64 9
  store i8 %"w0_1.21", ptr %".4834", align 1
  %".4836" = add i64 %"cursor.66", 2
  %".4837" = zext i8 %"w1_1.13" to i64
  %".4838" = mul i64 %".4837", 8
  %".4839" = add i64 %".4838", 6
  %".4840" = add i64 %".4839", 2
  %".4841" = add i64 %"cursor.66", %".4840"
  %".4842" = zext i8 %"w0_1.21" to i64
  switch i64 %".4842", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.67" = phi  i64 [%".3395", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".3491", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".6321", %"widening.test.27"]
  %"data.174" = phi  ptr [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.293", %"widening.test.27"]
  %"data_end.174" = phi  ptr [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.293", %"widening.test.27"]
  %"keys.174" = phi  ptr [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.27"]
  %"hdr.59" = getelementptr i8, ptr %"data.174", i64 %"cursor.67"
  %".4906" = getelementptr i8, ptr %"hdr.59", i64 8
  %".4907" = icmp ugt ptr %".4906", %"data_end.174"
  br i1 %".4907", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".4909" = getelementptr i8, ptr %"hdr.59", i64 0
  %".4910" = load i8, ptr %".4909", align 1
  %".4911" = getelementptr i8, ptr %"hdr.59", i64 2
  %".4912" = load i16, ptr %".4911", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.22" = phi  i8 [%".4910", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4931", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".4912", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4933", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.230" = phi  ptr [%"data.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.230" = phi  ptr [%"data_end.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.230" = phi  ptr [%"keys.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".4935" = getelementptr i8, ptr %"keys.230", i64 9
  store i8 %"w0_1.22", ptr %".4935", align 1
  %".4937" = add i64 %"cursor.67", 8
  %".4938" = icmp ne i64 1, 0
  %".4939" = and i16 %"w2_2.14", 63743
  %".4940" = icmp eq i16 %".4939", 0
  br i1 %".4938", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".4962" = zext i8 %"w0_1.22" to i64
  switch i64 %".4962", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3430" = trunc i64 %".3395" to i16
  %".3431" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3430", ptr %".3431", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3434" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3434", align 4
  %".3436" = trunc i64 %".3395" to i16
  %".3437" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3436", ptr %".3437", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3450" = trunc i64 %".3395" to i16
  %".3451" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3450", ptr %".3451", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3454" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3454", align 4
  %".3456" = trunc i64 %".3395" to i16
  %".3457" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3456", ptr %".3457", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3468" = trunc i64 %"cursor.48" to i32
  %".3469" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3468", [40 x i8]* %"header_copy", i32 8)
  %".3470" = icmp eq i64 %".3469", 0
  %".3471" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3472" = load i32, ptr %".3471", align 4
  %".3473" = zext i32 %".3472" to i64
  %"data.175" = inttoptr i64 %".3473" to ptr
  %".3474" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3475" = load i32, ptr %".3474", align 4
  %".3476" = zext i32 %".3475" to i64
  %"data_end.175" = inttoptr i64 %".3476" to ptr
  %".3477" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.175" = load ptr, ptr %".3477", align 8
  %".3478" = xor i1 %".3470", -1
  br i1 %".3478", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3480" = trunc i64 %"cursor.48" to i16
  %".3481" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".3480", ptr %".3481", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3484" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3485" = load volatile i8, [40 x i8]* %".3484", align 1
  %".3486" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3487" = load volatile i16, [40 x i8]* %".3486", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3496" = getelementptr i8, ptr %"keys.176", i64 6
  store i8 1, ptr %".3496", align 1
  br i1 %".3494", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3499" = getelementptr i8, ptr %"keys.176", i64 7
  store i8 1, ptr %".3499", align 1
  %".3501" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.60" = load volatile i32, ptr %".3501", align 4
  %".3502" = and i32 %"flags.60", 1
  %".3503" = icmp ne i32 %".3502", 0
  %".3504" = xor i1 %".3503", -1
  br i1 %".3504", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3511" = trunc i64 %".3491" to i16
  %".3512" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3511", ptr %".3512", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3506" = trunc i64 %".3491" to i16
  %".3507" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3506", ptr %".3507", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3518" = trunc i64 %".3491" to i16
  %".3519" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3518", ptr %".3519", align 2
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
  %".3535" = trunc i64 34887 to i16
  %".3536" = call i16 @"llvm.bswap.i16"(i16 %".3535")
  %".3537" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3536", ptr %".3537", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3540" = trunc i64 2048 to i16
  %".3541" = call i16 @"llvm.bswap.i16"(i16 %".3540")
  %".3542" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3541", ptr %".3542", align 2
  %".3544" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3544", align 1
  %".3546" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.61" = load volatile i32, ptr %".3546", align 4
  %".3547" = and i32 %"flags.61", 4
  %".3548" = icmp ne i32 %".3547", 0
  br i1 %".3548", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3560" = trunc i64 34525 to i16
  %".3561" = call i16 @"llvm.bswap.i16"(i16 %".3560")
  %".3562" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3561", ptr %".3562", align 2
  %".3564" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3564", align 1
  %".3566" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.62" = load volatile i32, ptr %".3566", align 4
  %".3567" = and i32 %"flags.62", 4
  %".3568" = icmp ne i32 %".3567", 0
  br i1 %".3568", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3550" = trunc i64 %".3491" to i16
  %".3551" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3550", ptr %".3551", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3554" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3554", align 4
  %".3556" = trunc i64 %".3491" to i16
  %".3557" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3556", ptr %".3557", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3570" = trunc i64 %".3491" to i16
  %".3571" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3570", ptr %".3571", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3574" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3574", align 4
  %".3576" = trunc i64 %".3491" to i16
  %".3577" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3576", ptr %".3577", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3588" = trunc i64 %"cursor.49" to i32
  %".3589" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3588", [40 x i8]* %"header_copy", i32 2)
  %".3590" = icmp eq i64 %".3589", 0
  %".3591" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3592" = load i32, ptr %".3591", align 4
  %".3593" = zext i32 %".3592" to i64
  %"data.177" = inttoptr i64 %".3593" to ptr
  %".3594" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3595" = load i32, ptr %".3594", align 4
  %".3596" = zext i32 %".3595" to i64
  %"data_end.177" = inttoptr i64 %".3596" to ptr
  %".3597" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.177" = load ptr, ptr %".3597", align 8
  %".3598" = xor i1 %".3590", -1
  br i1 %".3598", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3600" = trunc i64 %"cursor.49" to i16
  %".3601" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".3600", ptr %".3601", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3604" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3605" = load volatile i8, [40 x i8]* %".3604", align 1
  %".3606" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3607" = load volatile i8, [40 x i8]* %".3606", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3619" = trunc i64 %".3616" to i16
  %".3620" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3619", ptr %".3620", align 2
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
  %".3636" = trunc i64 34887 to i16
  %".3637" = call i16 @"llvm.bswap.i16"(i16 %".3636")
  %".3638" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".3637", ptr %".3638", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3641" = trunc i64 2048 to i16
  %".3642" = call i16 @"llvm.bswap.i16"(i16 %".3641")
  %".3643" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".3642", ptr %".3643", align 2
  %".3645" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".3645", align 1
  %".3647" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.63" = load volatile i32, ptr %".3647", align 4
  %".3648" = and i32 %"flags.63", 4
  %".3649" = icmp ne i32 %".3648", 0
  br i1 %".3649", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3658" = trunc i64 34525 to i16
  %".3659" = call i16 @"llvm.bswap.i16"(i16 %".3658")
  %".3660" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".3659", ptr %".3660", align 2
  %".3662" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".3662", align 1
  %".3664" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.64" = load volatile i32, ptr %".3664", align 4
  %".3665" = and i32 %"flags.64", 4
  %".3666" = icmp ne i32 %".3665", 0
  br i1 %".3666", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.68" = phi  i64 [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".6112", %"widening.test.8"]
  %"data.179" = phi  ptr [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.274", %"widening.test.8"]
  %"data_end.179" = phi  ptr [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.274", %"widening.test.8"]
  %"keys.179" = phi  ptr [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.60" = getelementptr i8, ptr %"data.179", i64 %"cursor.68"
  %".5026" = getelementptr i8, ptr %"hdr.60", i64 2
  %".5027" = icmp ugt ptr %".5026", %"data_end.179"
  br i1 %".5027", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5029" = getelementptr i8, ptr %"hdr.60", i64 0
  %".5030" = load i8, ptr %".5029", align 1
  %".5031" = getelementptr i8, ptr %"hdr.60", i64 1
  %".5032" = load i8, ptr %".5031", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".5030", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5051", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5032", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5053", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.232" = phi  ptr [%"data.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.232" = phi  ptr [%"data_end.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.232" = phi  ptr [%"keys.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5055" = getelementptr i8, ptr %"keys.232", i64 9
  store i8 %"w0_1.23", ptr %".5055", align 1
  %".5057" = add i64 %"cursor.68", 2
  %".5058" = zext i8 %"w1_1.14" to i64
  %".5059" = mul i64 %".5058", 8
  %".5060" = add i64 %".5059", 6
  %".5061" = add i64 %".5060", 2
  %".5062" = add i64 %"cursor.68", %".5061"
  %".5063" = zext i8 %"w0_1.23" to i64
  switch i64 %".5063", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.69" = phi  i64 [%".3616", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3706", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".6101", %"widening.test.7"]
  %"data.180" = phi  ptr [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.273", %"widening.test.7"]
  %"data_end.180" = phi  ptr [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.273", %"widening.test.7"]
  %"keys.180" = phi  ptr [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.61" = getelementptr i8, ptr %"data.180", i64 %"cursor.69"
  %".5133" = getelementptr i8, ptr %"hdr.61", i64 8
  %".5134" = icmp ugt ptr %".5133", %"data_end.180"
  br i1 %".5134", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5136" = getelementptr i8, ptr %"hdr.61", i64 0
  %".5137" = load i8, ptr %".5136", align 1
  %".5138" = getelementptr i8, ptr %"hdr.61", i64 2
  %".5139" = load i16, ptr %".5138", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.24" = phi  i8 [%".5137", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5158", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".5139", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5160", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.234" = phi  ptr [%"data.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.234" = phi  ptr [%"data_end.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.234" = phi  ptr [%"keys.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5162" = getelementptr i8, ptr %"keys.234", i64 9
  store i8 %"w0_1.24", ptr %".5162", align 1
  %".5164" = add i64 %"cursor.69", 8
  %".5165" = icmp ne i64 1, 0
  %".5166" = and i16 %"w2_2.15", 63743
  %".5167" = icmp eq i16 %".5166", 0
  br i1 %".5165", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5189" = zext i8 %"w0_1.24" to i64
  switch i64 %".5189", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3651" = trunc i64 %".3616" to i16
  %".3652" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3651", ptr %".3652", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3655" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".3655", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3668" = trunc i64 %".3616" to i16
  %".3669" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3668", ptr %".3669", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3672" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".3672", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3683" = trunc i64 %"cursor.50" to i32
  %".3684" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3683", [40 x i8]* %"header_copy", i32 8)
  %".3685" = icmp eq i64 %".3684", 0
  %".3686" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3687" = load i32, ptr %".3686", align 4
  %".3688" = zext i32 %".3687" to i64
  %"data.181" = inttoptr i64 %".3688" to ptr
  %".3689" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3690" = load i32, ptr %".3689", align 4
  %".3691" = zext i32 %".3690" to i64
  %"data_end.181" = inttoptr i64 %".3691" to ptr
  %".3692" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.181" = load ptr, ptr %".3692", align 8
  %".3693" = xor i1 %".3685", -1
  br i1 %".3693", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3695" = trunc i64 %"cursor.50" to i16
  %".3696" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".3695", ptr %".3696", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3699" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3700" = load volatile i8, [40 x i8]* %".3699", align 1
  %".3701" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3702" = load volatile i16, [40 x i8]* %".3701", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3711" = getelementptr i8, ptr %"keys.182", i64 6
  store i8 1, ptr %".3711", align 1
  br i1 %".3709", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3714" = getelementptr i8, ptr %"keys.182", i64 7
  store i8 1, ptr %".3714", align 1
  %".3716" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.65" = load volatile i32, ptr %".3716", align 4
  %".3717" = and i32 %"flags.65", 1
  %".3718" = icmp ne i32 %".3717", 0
  %".3719" = xor i1 %".3718", -1
  br i1 %".3719", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3726" = trunc i64 %".3706" to i16
  %".3727" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3726", ptr %".3727", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3721" = trunc i64 %".3706" to i16
  %".3722" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3721", ptr %".3722", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3733" = trunc i64 %".3706" to i16
  %".3734" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3733", ptr %".3734", align 2
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
  %".3750" = trunc i64 34887 to i16
  %".3751" = call i16 @"llvm.bswap.i16"(i16 %".3750")
  %".3752" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".3751", ptr %".3752", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3755" = trunc i64 2048 to i16
  %".3756" = call i16 @"llvm.bswap.i16"(i16 %".3755")
  %".3757" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".3756", ptr %".3757", align 2
  %".3759" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".3759", align 1
  %".3761" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.66" = load volatile i32, ptr %".3761", align 4
  %".3762" = and i32 %"flags.66", 4
  %".3763" = icmp ne i32 %".3762", 0
  br i1 %".3763", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3772" = trunc i64 34525 to i16
  %".3773" = call i16 @"llvm.bswap.i16"(i16 %".3772")
  %".3774" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".3773", ptr %".3774", align 2
  %".3776" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".3776", align 1
  %".3778" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.67" = load volatile i32, ptr %".3778", align 4
  %".3779" = and i32 %"flags.67", 4
  %".3780" = icmp ne i32 %".3779", 0
  br i1 %".3780", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3765" = trunc i64 %".3706" to i16
  %".3766" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3765", ptr %".3766", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3769" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".3769", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3782" = trunc i64 %".3706" to i16
  %".3783" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3782", ptr %".3783", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3786" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".3786", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3796" = trunc i64 %"cursor.51" to i32
  %".3797" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".3796", [40 x i8]* %"header_copy", i32 4)
  %".3798" = icmp eq i64 %".3797", 0
  %".3799" = getelementptr i8, ptr %"ctx.54", i64 76
  %".3800" = load i32, ptr %".3799", align 4
  %".3801" = zext i32 %".3800" to i64
  %"data.183" = inttoptr i64 %".3801" to ptr
  %".3802" = getelementptr i8, ptr %"ctx.54", i64 80
  %".3803" = load i32, ptr %".3802", align 4
  %".3804" = zext i32 %".3803" to i64
  %"data_end.183" = inttoptr i64 %".3804" to ptr
  %".3805" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.183" = load ptr, ptr %".3805", align 8
  %".3806" = xor i1 %".3798", -1
  br i1 %".3806", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".3808" = trunc i64 %".3789" to i16
  %".3809" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".3808", ptr %".3809", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".3812" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3813" = load volatile i8, [40 x i8]* %".3812", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".3819" = trunc i64 %".3815" to i16
  %".3820" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".3819", ptr %".3820", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_ip_version:
  %".3824" = getelementptr i8, ptr %"keys.184", i64 8
  store i8 1, ptr %".3824", align 1
  %".3826" = getelementptr i8, ptr %"keys.184", i64 48
  %"flags.68" = load volatile i32, ptr %".3826", align 4
  %".3827" = and i32 %"flags.68", 4
  %".3828" = icmp ne i32 %".3827", 0
  br i1 %".3828", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels3.stop_at_encap:
  %".3830" = trunc i64 %".3815" to i16
  %".3831" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".3830", ptr %".3831", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".3834" = getelementptr i8, ptr %"keys.184", i64 12
  store i32 0, ptr %".3834", align 4
  br label %"ip_version_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3843" = trunc i64 %"cursor.52" to i32
  %".3844" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".3843", [40 x i8]* %"header_copy", i32 4)
  %".3845" = icmp eq i64 %".3844", 0
  %".3846" = getelementptr i8, ptr %"ctx.55", i64 76
  %".3847" = load i32, ptr %".3846", align 4
  %".3848" = zext i32 %".3847" to i64
  %"data.186" = inttoptr i64 %".3848" to ptr
  %".3849" = getelementptr i8, ptr %"ctx.55", i64 80
  %".3850" = load i32, ptr %".3849", align 4
  %".3851" = zext i32 %".3850" to i64
  %"data_end.186" = inttoptr i64 %".3851" to ptr
  %".3852" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.186" = load ptr, ptr %".3852", align 8
  %".3853" = xor i1 %".3845", -1
  br i1 %".3853", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3855" = trunc i64 %"cursor.52" to i16
  %".3856" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".3855", ptr %".3856", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3859" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3860" = load volatile i16, [40 x i8]* %".3859", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3871" = trunc i64 %".3864" to i16
  %".3872" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3871", ptr %".3872", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3877" = trunc i64 %".3864" to i16
  %".3878" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3877", ptr %".3878", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3881" = trunc i64 %".3864" to i16
  %".3882" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3881", ptr %".3882", align 2
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
  %".3894" = trunc i64 %".3864" to i16
  %".3895" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3894", ptr %".3895", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3898" = trunc i64 %".3864" to i16
  %".3899" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3898", ptr %".3899", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3909" = trunc i64 %"cursor.53" to i32
  %".3910" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".3909", [40 x i8]* %"header_copy", i32 6)
  %".3911" = icmp eq i64 %".3910", 0
  %".3912" = getelementptr i8, ptr %"ctx.56", i64 76
  %".3913" = load i32, ptr %".3912", align 4
  %".3914" = zext i32 %".3913" to i64
  %"data.188" = inttoptr i64 %".3914" to ptr
  %".3915" = getelementptr i8, ptr %"ctx.56", i64 80
  %".3916" = load i32, ptr %".3915", align 4
  %".3917" = zext i32 %".3916" to i64
  %"data_end.188" = inttoptr i64 %".3917" to ptr
  %".3918" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.188" = load ptr, ptr %".3918", align 8
  %".3919" = xor i1 %".3911", -1
  br i1 %".3919", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3921" = trunc i64 %"cursor.53" to i16
  %".3922" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".3921", ptr %".3922", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3925" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3926" = load volatile i16, [40 x i8]* %".3925", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3937" = trunc i64 %".3930" to i16
  %".3938" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3937", ptr %".3938", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3943" = trunc i64 %".3930" to i16
  %".3944" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3943", ptr %".3944", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3947" = trunc i64 %".3930" to i16
  %".3948" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3947", ptr %".3948", align 2
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
  %".3960" = trunc i64 %".3930" to i16
  %".3961" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3960", ptr %".3961", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3964" = trunc i64 %".3930" to i16
  %".3965" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3964", ptr %".3965", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
mpls_d1_mpls_labels2.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3976" = trunc i64 %"cursor.54" to i32
  %".3977" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".3976", [40 x i8]* %"header_copy", i32 4)
  %".3978" = icmp eq i64 %".3977", 0
  %".3979" = getelementptr i8, ptr %"ctx.57", i64 76
  %".3980" = load i32, ptr %".3979", align 4
  %".3981" = zext i32 %".3980" to i64
  %"data.190" = inttoptr i64 %".3981" to ptr
  %".3982" = getelementptr i8, ptr %"ctx.57", i64 80
  %".3983" = load i32, ptr %".3982", align 4
  %".3984" = zext i32 %".3983" to i64
  %"data_end.190" = inttoptr i64 %".3984" to ptr
  %".3985" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.190" = load ptr, ptr %".3985", align 8
  %".3986" = xor i1 %".3978", -1
  br i1 %".3986", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".3988" = trunc i64 %".3969" to i16
  %".3989" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".3988", ptr %".3989", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".3992" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3993" = load volatile i8, [40 x i8]* %".3992", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".3999" = trunc i64 %".3995" to i16
  %".4000" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".3999", ptr %".4000", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_ip_version:
  %".4004" = getelementptr i8, ptr %"keys.191", i64 8
  store i8 1, ptr %".4004", align 1
  %".4006" = getelementptr i8, ptr %"keys.191", i64 48
  %"flags.69" = load volatile i32, ptr %".4006", align 4
  %".4007" = and i32 %"flags.69", 4
  %".4008" = icmp ne i32 %".4007", 0
  br i1 %".4008", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels2.stop_at_encap:
  %".4010" = trunc i64 %".3995" to i16
  %".4011" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4010", ptr %".4011", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".4014" = getelementptr i8, ptr %"keys.191", i64 12
  store i32 0, ptr %".4014", align 4
  %".4016" = trunc i64 %".3995" to i16
  %".4017" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4016", ptr %".4017", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4026" = trunc i64 %"cursor.55" to i32
  %".4027" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4026", [40 x i8]* %"header_copy", i32 14)
  %".4028" = icmp eq i64 %".4027", 0
  %".4029" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4030" = load i32, ptr %".4029", align 4
  %".4031" = zext i32 %".4030" to i64
  %"data.193" = inttoptr i64 %".4031" to ptr
  %".4032" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4033" = load i32, ptr %".4032", align 4
  %".4034" = zext i32 %".4033" to i64
  %"data_end.193" = inttoptr i64 %".4034" to ptr
  %".4035" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.193" = load ptr, ptr %".4035", align 8
  %".4036" = xor i1 %".4028", -1
  br i1 %".4036", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4038" = trunc i64 %"cursor.55" to i16
  %".4039" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4038", ptr %".4039", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4042" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4043" = load volatile i16, [40 x i8]* %".4042", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4051" = trunc i64 %".4047" to i16
  %".4052" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4051", ptr %".4052", align 2
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
  %".4075" = trunc i64 %"cursor.56" to i32
  %".4076" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4075", [40 x i8]* %"header_copy", i32 4)
  %".4077" = icmp eq i64 %".4076", 0
  %".4078" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4079" = load i32, ptr %".4078", align 4
  %".4080" = zext i32 %".4079" to i64
  %"data.195" = inttoptr i64 %".4080" to ptr
  %".4081" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4082" = load i32, ptr %".4081", align 4
  %".4083" = zext i32 %".4082" to i64
  %"data_end.195" = inttoptr i64 %".4083" to ptr
  %".4084" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.195" = load ptr, ptr %".4084", align 8
  %".4085" = xor i1 %".4077", -1
  br i1 %".4085", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4087" = trunc i64 %"cursor.56" to i16
  %".4088" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4087", ptr %".4088", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4094" = trunc i64 %".4092" to i16
  %".4095" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".4094", ptr %".4095", align 2
  br label %"return"
gtpu_seq_d1.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4103" = trunc i64 %"cursor.57" to i32
  %".4104" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4103", [40 x i8]* %"header_copy", i32 3)
  %".4105" = icmp eq i64 %".4104", 0
  %".4106" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4107" = load i32, ptr %".4106", align 4
  %".4108" = zext i32 %".4107" to i64
  %"data.197" = inttoptr i64 %".4108" to ptr
  %".4109" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4110" = load i32, ptr %".4109", align 4
  %".4111" = zext i32 %".4110" to i64
  %"data_end.197" = inttoptr i64 %".4111" to ptr
  %".4112" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.197" = load ptr, ptr %".4112", align 8
  %".4113" = xor i1 %".4105", -1
  br i1 %".4113", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4115" = trunc i64 %"cursor.57" to i16
  %".4116" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4115", ptr %".4116", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4122" = trunc i64 %".4120" to i16
  %".4123" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4122", ptr %".4123", align 2
  br label %"return"
ppp_d0.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4133" = trunc i64 %"cursor.58" to i32
  %".4134" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4133", [40 x i8]* %"header_copy", i32 4)
  %".4135" = icmp eq i64 %".4134", 0
  %".4136" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4137" = load i32, ptr %".4136", align 4
  %".4138" = zext i32 %".4137" to i64
  %"data.200" = inttoptr i64 %".4138" to ptr
  %".4139" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4140" = load i32, ptr %".4139", align 4
  %".4141" = zext i32 %".4140" to i64
  %"data_end.200" = inttoptr i64 %".4141" to ptr
  %".4142" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.200" = load ptr, ptr %".4142", align 8
  %".4143" = xor i1 %".4135", -1
  br i1 %".4143", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4145" = trunc i64 %"cursor.58" to i16
  %".4146" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4145", ptr %".4146", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4149" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4150" = load volatile i16, [40 x i8]* %".4149", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4156" = and i64 %".4154", 0
  %".4157" = icmp eq i64 %".4156", 0
  br i1 %".4157", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv6:
  %".4180" = trunc i64 34525 to i16
  %".4181" = call i16 @"llvm.bswap.i16"(i16 %".4180")
  %".4182" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".4181", ptr %".4182", align 2
  %".4184" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4184", align 1
  %".4186" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.71" = load volatile i32, ptr %".4186", align 4
  %".4187" = and i32 %"flags.71", 4
  %".4188" = icmp ne i32 %".4187", 0
  br i1 %".4188", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4197" = trunc i64 34827 to i16
  %".4198" = call i16 @"llvm.bswap.i16"(i16 %".4197")
  %".4199" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".4198", ptr %".4199", align 2
  %".4201" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4201", align 1
  %".4203" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.72" = load volatile i32, ptr %".4203", align 4
  %".4204" = and i32 %"flags.72", 4
  %".4205" = icmp ne i32 %".4204", 0
  br i1 %".4205", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4159" = trunc i64 %".4152" to i16
  %".4160" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4159", ptr %".4160", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4173" = trunc i64 %".4152" to i16
  %".4174" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4173", ptr %".4174", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4177" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4177", align 4
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4190" = trunc i64 %".4152" to i16
  %".4191" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4190", ptr %".4191", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4194" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4194", align 4
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4207" = trunc i64 %".4152" to i16
  %".4208" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4207", ptr %".4208", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".4211" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4211", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.73" = phi  i64 [%".4152", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.202" = phi  ptr [%"data.201", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.202" = phi  ptr [%"data_end.201", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.202" = phi  ptr [%"keys.201", %"ppp_d0.stop_at_encap.endif.2"]
  %".5399" = add i64 %"cursor.73", 0
  %".5400" = trunc i64 %".5399" to i16
  %".5401" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5400", ptr %".5401", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4218" = trunc i64 %"cursor.59" to i32
  %".4219" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4218", [40 x i8]* %"header_copy", i32 8)
  %".4220" = icmp eq i64 %".4219", 0
  %".4221" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4222" = load i32, ptr %".4221", align 4
  %".4223" = zext i32 %".4222" to i64
  %"data.203" = inttoptr i64 %".4223" to ptr
  %".4224" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4225" = load i32, ptr %".4224", align 4
  %".4226" = zext i32 %".4225" to i64
  %"data_end.203" = inttoptr i64 %".4226" to ptr
  %".4227" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.203" = load ptr, ptr %".4227", align 8
  %".4228" = xor i1 %".4220", -1
  br i1 %".4228", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".4230" = trunc i64 %"cursor.59" to i16
  %".4231" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".4230", ptr %".4231", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".4242" = trunc i64 %".4235" to i16
  %".4243" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4242", ptr %".4243", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".4246" = getelementptr i8, ptr %"keys.204", i64 12
  store i32 0, ptr %".4246", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.to_ethernet:
  %".4253" = trunc i64 %".4235" to i16
  %".4254" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4253", ptr %".4254", align 2
  br label %"return"
vxlan_d1.unknown:
  %".4249" = trunc i64 %".4235" to i16
  %".4250" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4249", ptr %".4250", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4265" = trunc i64 %"cursor.60" to i32
  %".4266" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4265", [40 x i8]* %"header_copy", i32 8)
  %".4267" = icmp eq i64 %".4266", 0
  %".4268" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4269" = load i32, ptr %".4268", align 4
  %".4270" = zext i32 %".4269" to i64
  %"data.205" = inttoptr i64 %".4270" to ptr
  %".4271" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4272" = load i32, ptr %".4271", align 4
  %".4273" = zext i32 %".4272" to i64
  %"data_end.205" = inttoptr i64 %".4273" to ptr
  %".4274" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.205" = load ptr, ptr %".4274", align 8
  %".4275" = xor i1 %".4267", -1
  br i1 %".4275", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4277" = trunc i64 %"cursor.60" to i16
  %".4278" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4277", ptr %".4278", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4281" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4282" = load volatile i8, [40 x i8]* %".4281", align 1
  %".4283" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4284" = load volatile i16, [40 x i8]* %".4283", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4291" = trunc i64 %"cursor.60" to i16
  %".4292" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4291", ptr %".4292", align 2
  br label %"return"
geneve_d1.variable:
  %".4301" = zext i8 %"w0_1.18" to i64
  %".4302" = and i64 %".4301", 63
  %".4303" = mul i64 %".4302", 4
  %".4304" = add i64 %".4303", 8
  %".4305" = getelementptr i8, ptr %"data.206", i64 %"cursor.60"
  %".4306" = getelementptr i8, ptr %".4305", i64 %".4304"
  %".4307" = icmp ugt ptr %".4306", %"data_end.206"
  br i1 %".4307", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.208" = phi  ptr [%"data.206", %"geneve_d1.variable"], [%"data.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.206", %"geneve_d1.variable"], [%"data_end.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.206", %"geneve_d1.variable"], [%"keys.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %".4328" = add i64 %"cursor.60", %".4304"
  br label %"geneve_d1.variable.endif"
geneve_d1.copy_last_byte:
  %".4309" = add i64 %"cursor.60", %".4304"
  %".4310" = sub i64 %".4309", 1
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4311" = trunc i64 %".4310" to i32
  %".4312" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4311", i64* %"last_byte", i32 1)
  %".4313" = icmp eq i64 %".4312", 0
  %".4314" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4315" = load i32, ptr %".4314", align 4
  %".4316" = zext i32 %".4315" to i64
  %"data.207" = inttoptr i64 %".4316" to ptr
  %".4317" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4318" = load i32, ptr %".4317", align 4
  %".4319" = zext i32 %".4318" to i64
  %"data_end.207" = inttoptr i64 %".4319" to ptr
  %".4320" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.207" = load ptr, ptr %".4320", align 8
  %".4321" = xor i1 %".4313", -1
  br i1 %".4321", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4323" = trunc i64 %"cursor.60" to i16
  %".4324" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".4323", ptr %".4324", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4336" = trunc i64 %"end.7" to i16
  %".4337" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4336", ptr %".4337", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".4340" = getelementptr i8, ptr %"keys.209", i64 12
  store i32 0, ptr %".4340", align 4
  %".4342" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".4343" = zext i16 %".4342" to i64
  switch i16 %"w2_2.12", label %"geneve_d1.unknown" [i16 22629, label %"geneve_d1.to_ethernet" i16 8, label %"geneve_d1.to_ipv4" i16 56710, label %"geneve_d1.to_ipv6"]  , !prof !5
geneve_d1.to_ethernet:
  %".4349" = trunc i64 %"end.7" to i16
  %".4350" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4349", ptr %".4350", align 2
  br label %"return"
geneve_d1.unknown:
  %".4345" = trunc i64 %"end.7" to i16
  %".4346" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4345", ptr %".4346", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4353" = trunc i64 %"end.7" to i16
  %".4354" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4353", ptr %".4354", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4357" = trunc i64 %"end.7" to i16
  %".4358" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4357", ptr %".4358", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4369" = trunc i64 %"cursor.61" to i32
  %".4370" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4369", [40 x i8]* %"header_copy", i32 4)
  %".4371" = icmp eq i64 %".4370", 0
  %".4372" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4373" = load i32, ptr %".4372", align 4
  %".4374" = zext i32 %".4373" to i64
  %"data.210" = inttoptr i64 %".4374" to ptr
  %".4375" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4376" = load i32, ptr %".4375", align 4
  %".4377" = zext i32 %".4376" to i64
  %"data_end.210" = inttoptr i64 %".4377" to ptr
  %".4378" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.210" = load ptr, ptr %".4378", align 8
  %".4379" = xor i1 %".4371", -1
  br i1 %".4379", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4381" = trunc i64 %"cursor.61" to i16
  %".4382" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4381", ptr %".4382", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4385" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4386" = load volatile i8, [40 x i8]* %".4385", align 1
  %".4387" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4388" = load volatile i8, [40 x i8]* %".4387", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4400" = trunc i64 %"cursor.61" to i16
  %".4401" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4400", ptr %".4401", align 2
  br label %"return"
gue_d1.variable:
  %".4410" = zext i8 %"w0_1.19" to i64
  %".4411" = and i64 %".4410", 31
  %".4412" = mul i64 %".4411", 4
  %".4413" = add i64 %".4412", 4
  %".4414" = getelementptr i8, ptr %"data.211", i64 %"cursor.61"
  %".4415" = getelementptr i8, ptr %".4414", i64 %".4413"
  %".4416" = icmp ugt ptr %".4415", %"data_end.211"
  br i1 %".4416", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.213" = phi  ptr [%"data.211", %"gue_d1.variable"], [%"data.212", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.213" = phi  ptr [%"data_end.211", %"gue_d1.variable"], [%"data_end.212", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.213" = phi  ptr [%"keys.211", %"gue_d1.variable"], [%"keys.212", %"gue_d1.copy_last_byte_failed.endif"]
  %".4437" = add i64 %"cursor.61", %".4413"
  br label %"gue_d1.variable.endif"
gue_d1.copy_last_byte:
  %".4418" = add i64 %"cursor.61", %".4413"
  %".4419" = sub i64 %".4418", 1
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4420" = trunc i64 %".4419" to i32
  %".4421" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4420", i64* %"last_byte", i32 1)
  %".4422" = icmp eq i64 %".4421", 0
  %".4423" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4424" = load i32, ptr %".4423", align 4
  %".4425" = zext i32 %".4424" to i64
  %"data.212" = inttoptr i64 %".4425" to ptr
  %".4426" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4427" = load i32, ptr %".4426", align 4
  %".4428" = zext i32 %".4427" to i64
  %"data_end.212" = inttoptr i64 %".4428" to ptr
  %".4429" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.212" = load ptr, ptr %".4429", align 8
  %".4430" = xor i1 %".4422", -1
  br i1 %".4430", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4432" = trunc i64 %"cursor.61" to i16
  %".4433" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4432", ptr %".4433", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4445" = trunc i64 %"end.8" to i16
  %".4446" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4445", ptr %".4446", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".4449" = getelementptr i8, ptr %"keys.214", i64 12
  store i32 0, ptr %".4449", align 4
  %".4451" = zext i8 %"w1_1.11" to i64
  switch i64 %".4451", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.to_ipv4:
  %".4457" = trunc i64 %"end.8" to i16
  %".4458" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4457", ptr %".4458", align 2
  br label %"return"
gue_d1.unknown:
  %".4453" = trunc i64 %"end.8" to i16
  %".4454" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4453", ptr %".4454", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4461" = trunc i64 %"end.8" to i16
  %".4462" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4461", ptr %".4462", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4473" = trunc i64 %"cursor.62" to i32
  %".4474" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4473", [40 x i8]* %"header_copy", i32 8)
  %".4475" = icmp eq i64 %".4474", 0
  %".4476" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4477" = load i32, ptr %".4476", align 4
  %".4478" = zext i32 %".4477" to i64
  %"data.215" = inttoptr i64 %".4478" to ptr
  %".4479" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4480" = load i32, ptr %".4479", align 4
  %".4481" = zext i32 %".4480" to i64
  %"data_end.215" = inttoptr i64 %".4481" to ptr
  %".4482" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.215" = load ptr, ptr %".4482", align 8
  %".4483" = xor i1 %".4475", -1
  br i1 %".4483", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4485" = trunc i64 %"cursor.62" to i16
  %".4486" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".4485", ptr %".4486", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".4489" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4490" = load volatile i8, [40 x i8]* %".4489", align 1
  %".4491" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4492" = load volatile i8, [40 x i8]* %".4491", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".4507" = trunc i64 %"cursor.62" to i16
  %".4508" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4507", ptr %".4508", align 2
  br label %"return"
gtpu_d1.stop_at_encap:
  %".4518" = trunc i64 %".4511" to i16
  %".4519" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4518", ptr %".4519", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".4522" = getelementptr i8, ptr %"keys.216", i64 12
  store i32 0, ptr %".4522", align 4
  %".4524" = zext i8 %"w0_1.20" to i64
  %".4525" = lshr i64 %".4524", 2
  %".4526" = and i64 %".4525", 1
  %".4527" = mul i64 %".4526", 4
  %".4528" = zext i8 %"w0_1.20" to i64
  %".4529" = lshr i64 %".4528", 1
  %".4530" = and i64 %".4529", 1
  %".4531" = mul i64 %".4530", 2
  %".4532" = add i64 %".4527", %".4531"
  %".4533" = zext i8 %"w0_1.20" to i64
  %".4534" = and i64 %".4533", 1
  %".4535" = add i64 %".4532", %".4534"
  %".4536" = icmp uge i64 %".4535", 1
  %".4537" = icmp ule i64 %".4535", 3
  %".4538" = and i1 %".4536", %".4537"
  br i1 %".4538", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".4545" = trunc i64 %".4511" to i16
  %".4546" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4545", ptr %".4546", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4553" = trunc i64 %".4511" to i16
  %".4554" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4553", ptr %".4554", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4557" = trunc i64 %".4511" to i16
  %".4558" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4557", ptr %".4558", align 2
  br label %"return"
gtpu_d1.select:
  %".4540" = icmp uge i64 %".4535", 4
  %".4541" = icmp ule i64 %".4535", 7
  %".4542" = and i1 %".4540", %".4541"
  br i1 %".4542", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".4535", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
gtpu_d1.to_ip_version:
  %".4549" = trunc i64 %".4511" to i16
  %".4550" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4549", ptr %".4550", align 2
  br label %"return"
shim_d1.copy:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4567" = trunc i64 %"cursor.63" to i32
  %".4568" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4567", [40 x i8]* %"header_copy", i32 8)
  %".4569" = icmp eq i64 %".4568", 0
  %".4570" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4571" = load i32, ptr %".4570", align 4
  %".4572" = zext i32 %".4571" to i64
  %"data.217" = inttoptr i64 %".4572" to ptr
  %".4573" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4574" = load i32, ptr %".4573", align 4
  %".4575" = zext i32 %".4574" to i64
  %"data_end.217" = inttoptr i64 %".4575" to ptr
  %".4576" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.217" = load ptr, ptr %".4576", align 8
  %".4577" = xor i1 %".4569", -1
  br i1 %".4577", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4579" = trunc i64 %"cursor.63" to i16
  %".4580" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".4579", ptr %".4580", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4583" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4584" = load volatile i16, [40 x i8]* %".4583", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4593" = trunc i64 %".4586" to i16
  %".4594" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4593", ptr %".4594", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".4597" = getelementptr i8, ptr %"keys.218", i64 12
  store i32 0, ptr %".4597", align 4
  %".4599" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4600" = zext i16 %".4599" to i64
  switch i16 %"w2_2.13", label %"shim_d1.unknown" [i16 8, label %"shim_d1.to_ipv4"]
shim_d1.to_ipv4:
  %".4606" = trunc i64 %".4586" to i16
  %".4607" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4606", ptr %".4607", align 2
  br label %"return"
shim_d1.unknown:
  %".4602" = trunc i64 %".4586" to i16
  %".4603" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4602", ptr %".4603", align 2
  br label %"return"
gre_d1.variable:
  %".4616" = zext i8 %"w0_1.13" to i64
  %".4617" = lshr i64 %".4616", 7
  %".4618" = and i64 %".4617", 1
  %".4619" = zext i8 %"w0_1.13" to i64
  %".4620" = lshr i64 %".4619", 5
  %".4621" = and i64 %".4620", 1
  %".4622" = add i64 %".4618", %".4621"
  %".4623" = zext i8 %"w0_1.13" to i64
  %".4624" = lshr i64 %".4623", 4
  %".4625" = and i64 %".4624", 1
  %".4626" = add i64 %".4622", %".4625"
  %".4627" = mul i64 %".4626", 4
  %".4628" = add i64 %".4627", 4
  %".4629" = getelementptr i8, ptr %"data.169", i64 %"cursor.64"
  %".4630" = getelementptr i8, ptr %".4629", i64 %".4628"
  %".4631" = icmp ugt ptr %".4630", %"data_end.169"
  br i1 %".4631", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.220" = phi  ptr [%"data.169", %"gre_d1.variable"], [%"data.219", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.220" = phi  ptr [%"data_end.169", %"gre_d1.variable"], [%"data_end.219", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.220" = phi  ptr [%"keys.169", %"gre_d1.variable"], [%"keys.219", %"gre_d1.copy_last_byte_failed.endif"]
  %".4652" = add i64 %"cursor.64", %".4628"
  br label %"gre_d1.variable.endif"
gre_d1.copy_last_byte:
  %".4633" = add i64 %"cursor.64", %".4628"
  %".4634" = sub i64 %".4633", 1
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4635" = trunc i64 %".4634" to i32
  %".4636" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".4635", i64* %"last_byte", i32 1)
  %".4637" = icmp eq i64 %".4636", 0
  %".4638" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4639" = load i32, ptr %".4638", align 4
  %".4640" = zext i32 %".4639" to i64
  %"data.219" = inttoptr i64 %".4640" to ptr
  %".4641" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4642" = load i32, ptr %".4641", align 4
  %".4643" = zext i32 %".4642" to i64
  %"data_end.219" = inttoptr i64 %".4643" to ptr
  %".4644" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.219" = load ptr, ptr %".4644", align 8
  %".4645" = xor i1 %".4637", -1
  br i1 %".4645", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4647" = trunc i64 %"cursor.64" to i16
  %".4648" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".4647", ptr %".4648", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4660" = trunc i64 %"end.9" to i16
  %".4661" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4660", ptr %".4661", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4664" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".4664", align 4
  %".4666" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".4667" = zext i16 %".4666" to i64
  switch i16 %"w2_2.7", label %"gre_d1.unknown" [i16 8, label %"gre_d1.to_ipv4" i16 56710, label %"gre_d1.to_ipv6" i16 129, label %"gre_d1.to_vlan" i16 43144, label %"gre_d1.to_vlan.1" i16 18312, label %"gre_d1.to_mpls" i16 18568, label %"gre_d1.to_mpls.1" i16 25736, label %"gre_d1.to_pppoe" i16 1544, label %"gre_d1.to_arp" i16 13696, label %"gre_d1.to_arp.1" i16 63368, label %"gre_d1.to_ptp" i16 649, label %"gre_d1.to_cfm" i16 51848, label %"gre_d1.to_tipc" i16 1673, label %"gre_d1.to_fcoe" i16 12169, label %"gre_d1.to_hsr" i16 64392, label %"gre_d1.to_hsr.1" i16 1347, label %"gre_d1.to_batadv" i16 22629, label %"gre_d1.to_ethernet"]  , !prof !6
gre_d1.to_ipv4:
  %".4673" = trunc i64 %"end.9" to i16
  %".4674" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4673", ptr %".4674", align 2
  br label %"return"
gre_d1.unknown:
  %".4669" = trunc i64 %"end.9" to i16
  %".4670" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4669", ptr %".4670", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4677" = trunc i64 %"end.9" to i16
  %".4678" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4677", ptr %".4678", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4681" = trunc i64 %"end.9" to i16
  %".4682" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4681", ptr %".4682", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4685" = trunc i64 %"end.9" to i16
  %".4686" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4685", ptr %".4686", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4689" = trunc i64 %"end.9" to i16
  %".4690" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4689", ptr %".4690", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4693" = trunc i64 %"end.9" to i16
  %".4694" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4693", ptr %".4694", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4697" = trunc i64 %"end.9" to i16
  %".4698" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4697", ptr %".4698", align 2
  br label %"return"
gre_d1.to_arp:
  %".4701" = trunc i64 %"end.9" to i16
  %".4702" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4701", ptr %".4702", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4705" = trunc i64 %"end.9" to i16
  %".4706" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4705", ptr %".4706", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4709" = trunc i64 %"end.9" to i16
  %".4710" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4709", ptr %".4710", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4713" = trunc i64 %"end.9" to i16
  %".4714" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4713", ptr %".4714", align 2
  br label %"return"
gre_d1.to_tipc:
  %".4717" = trunc i64 %"end.9" to i16
  %".4718" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4717", ptr %".4718", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".4721" = trunc i64 %"end.9" to i16
  %".4722" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4721", ptr %".4722", align 2
  br label %"return"
gre_d1.to_hsr:
  %".4725" = trunc i64 %"end.9" to i16
  %".4726" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4725", ptr %".4726", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".4729" = trunc i64 %"end.9" to i16
  %".4730" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4729", ptr %".4730", align 2
  br label %"return"
gre_d1.to_batadv:
  %".4733" = trunc i64 %"end.9" to i16
  %".4734" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4733", ptr %".4734", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".4737" = trunc i64 %"end.9" to i16
  %".4738" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4737", ptr %".4738", align 2
  br label %"return"
pptp_d1.stop_before:
  %".4750" = trunc i64 %"cursor.65" to i16
  %".4751" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".4750", ptr %".4751", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".4776" = add i64 %"cursor.65", %".4771"
  %".4777" = sub i64 %".4776", 1
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4778" = trunc i64 %".4777" to i32
  %".4779" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".4778", i64* %"last_byte", i32 1)
  %".4780" = icmp eq i64 %".4779", 0
  %".4781" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4782" = load i32, ptr %".4781", align 4
  %".4783" = zext i32 %".4782" to i64
  %"data.222" = inttoptr i64 %".4783" to ptr
  %".4784" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4785" = load i32, ptr %".4784", align 4
  %".4786" = zext i32 %".4785" to i64
  %"data_end.222" = inttoptr i64 %".4786" to ptr
  %".4787" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.222" = load ptr, ptr %".4787", align 8
  %".4788" = xor i1 %".4780", -1
  br i1 %".4788", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".4790" = trunc i64 %"cursor.65" to i16
  %".4791" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".4790", ptr %".4791", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".4800" = trunc i64 %"end.10" to i16
  %".4801" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".4800", ptr %".4801", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4813" = trunc i64 %"cursor.66" to i32
  %".4814" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".4813", [40 x i8]* %"header_copy", i32 2)
  %".4815" = icmp eq i64 %".4814", 0
  %".4816" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4817" = load i32, ptr %".4816", align 4
  %".4818" = zext i32 %".4817" to i64
  %"data.225" = inttoptr i64 %".4818" to ptr
  %".4819" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4820" = load i32, ptr %".4819", align 4
  %".4821" = zext i32 %".4820" to i64
  %"data_end.225" = inttoptr i64 %".4821" to ptr
  %".4822" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.225" = load ptr, ptr %".4822", align 8
  %".4823" = xor i1 %".4815", -1
  br i1 %".4823", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".4825" = trunc i64 %"cursor.66" to i16
  %".4826" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".4825", ptr %".4826", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".4829" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4830" = load volatile i8, [40 x i8]* %".4829", align 1
  %".4831" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4832" = load volatile i8, [40 x i8]* %".4831", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".4844" = trunc i64 %".4841" to i16
  %".4845" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4844", ptr %".4845", align 2
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
  %".4861" = trunc i64 34887 to i16
  %".4862" = call i16 @"llvm.bswap.i16"(i16 %".4861")
  %".4863" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".4862", ptr %".4863", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".4866" = trunc i64 2048 to i16
  %".4867" = call i16 @"llvm.bswap.i16"(i16 %".4866")
  %".4868" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".4867", ptr %".4868", align 2
  %".4870" = getelementptr i8, ptr %"keys.226", i64 8
  store i8 1, ptr %".4870", align 1
  %".4872" = getelementptr i8, ptr %"keys.226", i64 48
  %"flags.79" = load volatile i32, ptr %".4872", align 4
  %".4873" = and i32 %"flags.79", 4
  %".4874" = icmp ne i32 %".4873", 0
  br i1 %".4874", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".4886" = trunc i64 34525 to i16
  %".4887" = call i16 @"llvm.bswap.i16"(i16 %".4886")
  %".4888" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".4887", ptr %".4888", align 2
  %".4890" = getelementptr i8, ptr %"keys.226", i64 8
  store i8 1, ptr %".4890", align 1
  %".4892" = getelementptr i8, ptr %"keys.226", i64 48
  %"flags.80" = load volatile i32, ptr %".4892", align 4
  %".4893" = and i32 %"flags.80", 4
  %".4894" = icmp ne i32 %".4893", 0
  br i1 %".4894", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.75" = phi  i64 [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".6354", %"widening.test.30"]
  %"data.227" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.296", %"widening.test.30"]
  %"data_end.227" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.296", %"widening.test.30"]
  %"keys.227" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.30"]
  %"hdr.66" = getelementptr i8, ptr %"data.227", i64 %"cursor.75"
  %".5500" = getelementptr i8, ptr %"hdr.66", i64 2
  %".5501" = icmp ugt ptr %".5500", %"data_end.227"
  br i1 %".5501", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5503" = getelementptr i8, ptr %"hdr.66", i64 0
  %".5504" = load i8, ptr %".5503", align 1
  %".5505" = getelementptr i8, ptr %"hdr.66", i64 1
  %".5506" = load i8, ptr %".5505", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.26" = phi  i8 [%".5504", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5525", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5506", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5527", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.246" = phi  ptr [%"data.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.246" = phi  ptr [%"data_end.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.246" = phi  ptr [%"keys.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5529" = getelementptr i8, ptr %"keys.246", i64 9
  store i8 %"w0_1.26", ptr %".5529", align 1
  %".5531" = add i64 %"cursor.75", 2
  %".5532" = zext i8 %"w1_1.15" to i64
  %".5533" = mul i64 %".5532", 8
  %".5534" = add i64 %".5533", 6
  %".5535" = add i64 %".5534", 2
  %".5536" = add i64 %"cursor.75", %".5535"
  %".5537" = zext i8 %"w0_1.26" to i64
  switch i64 %".5537", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.76" = phi  i64 [%".4841", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".4937", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".6343", %"widening.test.29"]
  %"data.228" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.295", %"widening.test.29"]
  %"data_end.228" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.295", %"widening.test.29"]
  %"keys.228" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.29"]
  %"hdr.67" = getelementptr i8, ptr %"data.228", i64 %"cursor.76"
  %".5613" = getelementptr i8, ptr %"hdr.67", i64 8
  %".5614" = icmp ugt ptr %".5613", %"data_end.228"
  br i1 %".5614", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".5616" = getelementptr i8, ptr %"hdr.67", i64 0
  %".5617" = load i8, ptr %".5616", align 1
  %".5618" = getelementptr i8, ptr %"hdr.67", i64 2
  %".5619" = load i16, ptr %".5618", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".5617", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5638", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.17" = phi  i16 [%".5619", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5640", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.248" = phi  ptr [%"data.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.248" = phi  ptr [%"data_end.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.248" = phi  ptr [%"keys.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".5642" = getelementptr i8, ptr %"keys.248", i64 9
  store i8 %"w0_1.27", ptr %".5642", align 1
  %".5644" = add i64 %"cursor.76", 8
  %".5645" = icmp ne i64 1, 0
  %".5646" = and i16 %"w2_2.17", 63743
  %".5647" = icmp eq i16 %".5646", 0
  br i1 %".5645", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".5669" = zext i8 %"w0_1.27" to i64
  switch i64 %".5669", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".4876" = trunc i64 %".4841" to i16
  %".4877" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4876", ptr %".4877", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".4880" = getelementptr i8, ptr %"keys.226", i64 12
  store i32 0, ptr %".4880", align 4
  %".4882" = trunc i64 %".4841" to i16
  %".4883" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4882", ptr %".4883", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".4896" = trunc i64 %".4841" to i16
  %".4897" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4896", ptr %".4897", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".4900" = getelementptr i8, ptr %"keys.226", i64 12
  store i32 0, ptr %".4900", align 4
  %".4902" = trunc i64 %".4841" to i16
  %".4903" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4902", ptr %".4903", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4914" = trunc i64 %"cursor.67" to i32
  %".4915" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".4914", [40 x i8]* %"header_copy", i32 8)
  %".4916" = icmp eq i64 %".4915", 0
  %".4917" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4918" = load i32, ptr %".4917", align 4
  %".4919" = zext i32 %".4918" to i64
  %"data.229" = inttoptr i64 %".4919" to ptr
  %".4920" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4921" = load i32, ptr %".4920", align 4
  %".4922" = zext i32 %".4921" to i64
  %"data_end.229" = inttoptr i64 %".4922" to ptr
  %".4923" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.229" = load ptr, ptr %".4923", align 8
  %".4924" = xor i1 %".4916", -1
  br i1 %".4924", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".4926" = trunc i64 %"cursor.67" to i16
  %".4927" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".4926", ptr %".4927", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".4930" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4931" = load volatile i8, [40 x i8]* %".4930", align 1
  %".4932" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4933" = load volatile i16, [40 x i8]* %".4932", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".4942" = getelementptr i8, ptr %"keys.230", i64 6
  store i8 1, ptr %".4942", align 1
  br i1 %".4940", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".4945" = getelementptr i8, ptr %"keys.230", i64 7
  store i8 1, ptr %".4945", align 1
  %".4947" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.81" = load volatile i32, ptr %".4947", align 4
  %".4948" = and i32 %"flags.81", 1
  %".4949" = icmp ne i32 %".4948", 0
  %".4950" = xor i1 %".4949", -1
  br i1 %".4950", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".4957" = trunc i64 %".4937" to i16
  %".4958" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4957", ptr %".4958", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".4952" = trunc i64 %".4937" to i16
  %".4953" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4952", ptr %".4953", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".4964" = trunc i64 %".4937" to i16
  %".4965" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4964", ptr %".4965", align 2
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
  %".4981" = trunc i64 34887 to i16
  %".4982" = call i16 @"llvm.bswap.i16"(i16 %".4981")
  %".4983" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".4982", ptr %".4983", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".4986" = trunc i64 2048 to i16
  %".4987" = call i16 @"llvm.bswap.i16"(i16 %".4986")
  %".4988" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".4987", ptr %".4988", align 2
  %".4990" = getelementptr i8, ptr %"keys.230", i64 8
  store i8 1, ptr %".4990", align 1
  %".4992" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.82" = load volatile i32, ptr %".4992", align 4
  %".4993" = and i32 %"flags.82", 4
  %".4994" = icmp ne i32 %".4993", 0
  br i1 %".4994", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".5006" = trunc i64 34525 to i16
  %".5007" = call i16 @"llvm.bswap.i16"(i16 %".5006")
  %".5008" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".5007", ptr %".5008", align 2
  %".5010" = getelementptr i8, ptr %"keys.230", i64 8
  store i8 1, ptr %".5010", align 1
  %".5012" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.83" = load volatile i32, ptr %".5012", align 4
  %".5013" = and i32 %"flags.83", 4
  %".5014" = icmp ne i32 %".5013", 0
  br i1 %".5014", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".4996" = trunc i64 %".4937" to i16
  %".4997" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4996", ptr %".4997", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".5000" = getelementptr i8, ptr %"keys.230", i64 12
  store i32 0, ptr %".5000", align 4
  %".5002" = trunc i64 %".4937" to i16
  %".5003" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5002", ptr %".5003", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".5016" = trunc i64 %".4937" to i16
  %".5017" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5016", ptr %".5017", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5020" = getelementptr i8, ptr %"keys.230", i64 12
  store i32 0, ptr %".5020", align 4
  %".5022" = trunc i64 %".4937" to i16
  %".5023" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5022", ptr %".5023", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5034" = trunc i64 %"cursor.68" to i32
  %".5035" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5034", [40 x i8]* %"header_copy", i32 2)
  %".5036" = icmp eq i64 %".5035", 0
  %".5037" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5038" = load i32, ptr %".5037", align 4
  %".5039" = zext i32 %".5038" to i64
  %"data.231" = inttoptr i64 %".5039" to ptr
  %".5040" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5041" = load i32, ptr %".5040", align 4
  %".5042" = zext i32 %".5041" to i64
  %"data_end.231" = inttoptr i64 %".5042" to ptr
  %".5043" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.231" = load ptr, ptr %".5043", align 8
  %".5044" = xor i1 %".5036", -1
  br i1 %".5044", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5046" = trunc i64 %"cursor.68" to i16
  %".5047" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5046", ptr %".5047", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5050" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5051" = load volatile i8, [40 x i8]* %".5050", align 1
  %".5052" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5053" = load volatile i8, [40 x i8]* %".5052", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5065" = trunc i64 %".5062" to i16
  %".5066" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5065", ptr %".5066", align 2
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
  %".5077" = trunc i64 %".5062" to i16
  %".5078" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5077", ptr %".5078", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5081" = trunc i64 %".5062" to i16
  %".5082" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5081", ptr %".5082", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5085" = trunc i64 %".5062" to i16
  %".5086" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5085", ptr %".5086", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5089" = trunc i64 %".5062" to i16
  %".5090" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5089", ptr %".5090", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5094" = trunc i64 34887 to i16
  %".5095" = call i16 @"llvm.bswap.i16"(i16 %".5094")
  %".5096" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5095", ptr %".5096", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5099" = trunc i64 2048 to i16
  %".5100" = call i16 @"llvm.bswap.i16"(i16 %".5099")
  %".5101" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5100", ptr %".5101", align 2
  %".5103" = getelementptr i8, ptr %"keys.232", i64 8
  store i8 1, ptr %".5103", align 1
  %".5105" = getelementptr i8, ptr %"keys.232", i64 48
  %"flags.84" = load volatile i32, ptr %".5105", align 4
  %".5106" = and i32 %"flags.84", 4
  %".5107" = icmp ne i32 %".5106", 0
  br i1 %".5107", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5116" = trunc i64 34525 to i16
  %".5117" = call i16 @"llvm.bswap.i16"(i16 %".5116")
  %".5118" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5117", ptr %".5118", align 2
  %".5120" = getelementptr i8, ptr %"keys.232", i64 8
  store i8 1, ptr %".5120", align 1
  %".5122" = getelementptr i8, ptr %"keys.232", i64 48
  %"flags.85" = load volatile i32, ptr %".5122", align 4
  %".5123" = and i32 %"flags.85", 4
  %".5124" = icmp ne i32 %".5123", 0
  br i1 %".5124", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5109" = trunc i64 %".5062" to i16
  %".5110" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5109", ptr %".5110", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5113" = getelementptr i8, ptr %"keys.232", i64 12
  store i32 0, ptr %".5113", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5126" = trunc i64 %".5062" to i16
  %".5127" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5126", ptr %".5127", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5130" = getelementptr i8, ptr %"keys.232", i64 12
  store i32 0, ptr %".5130", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5141" = trunc i64 %"cursor.69" to i32
  %".5142" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5141", [40 x i8]* %"header_copy", i32 8)
  %".5143" = icmp eq i64 %".5142", 0
  %".5144" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5145" = load i32, ptr %".5144", align 4
  %".5146" = zext i32 %".5145" to i64
  %"data.233" = inttoptr i64 %".5146" to ptr
  %".5147" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5148" = load i32, ptr %".5147", align 4
  %".5149" = zext i32 %".5148" to i64
  %"data_end.233" = inttoptr i64 %".5149" to ptr
  %".5150" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.233" = load ptr, ptr %".5150", align 8
  %".5151" = xor i1 %".5143", -1
  br i1 %".5151", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5153" = trunc i64 %"cursor.69" to i16
  %".5154" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5153", ptr %".5154", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5157" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5158" = load volatile i8, [40 x i8]* %".5157", align 1
  %".5159" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5160" = load volatile i16, [40 x i8]* %".5159", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5169" = getelementptr i8, ptr %"keys.234", i64 6
  store i8 1, ptr %".5169", align 1
  br i1 %".5167", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5172" = getelementptr i8, ptr %"keys.234", i64 7
  store i8 1, ptr %".5172", align 1
  %".5174" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.86" = load volatile i32, ptr %".5174", align 4
  %".5175" = and i32 %"flags.86", 1
  %".5176" = icmp ne i32 %".5175", 0
  %".5177" = xor i1 %".5176", -1
  br i1 %".5177", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5184" = trunc i64 %".5164" to i16
  %".5185" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5184", ptr %".5185", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5179" = trunc i64 %".5164" to i16
  %".5180" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5179", ptr %".5180", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5191" = trunc i64 %".5164" to i16
  %".5192" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5191", ptr %".5192", align 2
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
  %".5203" = trunc i64 %".5164" to i16
  %".5204" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5203", ptr %".5204", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5207" = trunc i64 %".5164" to i16
  %".5208" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5207", ptr %".5208", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5211" = trunc i64 %".5164" to i16
  %".5212" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5211", ptr %".5212", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5215" = trunc i64 %".5164" to i16
  %".5216" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5215", ptr %".5216", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5220" = trunc i64 34887 to i16
  %".5221" = call i16 @"llvm.bswap.i16"(i16 %".5220")
  %".5222" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5221", ptr %".5222", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5225" = trunc i64 2048 to i16
  %".5226" = call i16 @"llvm.bswap.i16"(i16 %".5225")
  %".5227" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5226", ptr %".5227", align 2
  %".5229" = getelementptr i8, ptr %"keys.234", i64 8
  store i8 1, ptr %".5229", align 1
  %".5231" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.87" = load volatile i32, ptr %".5231", align 4
  %".5232" = and i32 %"flags.87", 4
  %".5233" = icmp ne i32 %".5232", 0
  br i1 %".5233", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5242" = trunc i64 34525 to i16
  %".5243" = call i16 @"llvm.bswap.i16"(i16 %".5242")
  %".5244" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5243", ptr %".5244", align 2
  %".5246" = getelementptr i8, ptr %"keys.234", i64 8
  store i8 1, ptr %".5246", align 1
  %".5248" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.88" = load volatile i32, ptr %".5248", align 4
  %".5249" = and i32 %"flags.88", 4
  %".5250" = icmp ne i32 %".5249", 0
  br i1 %".5250", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5235" = trunc i64 %".5164" to i16
  %".5236" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5235", ptr %".5236", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5239" = getelementptr i8, ptr %"keys.234", i64 12
  store i32 0, ptr %".5239", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5252" = trunc i64 %".5164" to i16
  %".5253" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5252", ptr %".5253", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5256" = getelementptr i8, ptr %"keys.234", i64 12
  store i32 0, ptr %".5256", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5266" = trunc i64 %"cursor.70" to i32
  %".5267" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5266", [40 x i8]* %"header_copy", i32 4)
  %".5268" = icmp eq i64 %".5267", 0
  %".5269" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5270" = load i32, ptr %".5269", align 4
  %".5271" = zext i32 %".5270" to i64
  %"data.235" = inttoptr i64 %".5271" to ptr
  %".5272" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5273" = load i32, ptr %".5272", align 4
  %".5274" = zext i32 %".5273" to i64
  %"data_end.235" = inttoptr i64 %".5274" to ptr
  %".5275" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.235" = load ptr, ptr %".5275", align 8
  %".5276" = xor i1 %".5268", -1
  br i1 %".5276", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5278" = trunc i64 %".5259" to i16
  %".5279" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5278", ptr %".5279", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5282" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5283" = load volatile i8, [40 x i8]* %".5282", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5289" = trunc i64 %".5285" to i16
  %".5290" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5289", ptr %".5290", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5297" = getelementptr i8, ptr %"keys.236", i64 8
  store i8 1, ptr %".5297", align 1
  %".5299" = getelementptr i8, ptr %"keys.236", i64 48
  %"flags.89" = load volatile i32, ptr %".5299", align 4
  %".5300" = and i32 %"flags.89", 4
  %".5301" = icmp ne i32 %".5300", 0
  br i1 %".5301", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5303" = trunc i64 %".5285" to i16
  %".5304" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5303", ptr %".5304", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5307" = getelementptr i8, ptr %"keys.236", i64 12
  store i32 0, ptr %".5307", align 4
  br label %"ip_version_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5317" = trunc i64 %"cursor.71" to i32
  %".5318" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5317", [40 x i8]* %"header_copy", i32 4)
  %".5319" = icmp eq i64 %".5318", 0
  %".5320" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5321" = load i32, ptr %".5320", align 4
  %".5322" = zext i32 %".5321" to i64
  %"data.237" = inttoptr i64 %".5322" to ptr
  %".5323" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5324" = load i32, ptr %".5323", align 4
  %".5325" = zext i32 %".5324" to i64
  %"data_end.237" = inttoptr i64 %".5325" to ptr
  %".5326" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.237" = load ptr, ptr %".5326", align 8
  %".5327" = xor i1 %".5319", -1
  br i1 %".5327", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".5329" = trunc i64 %".5310" to i16
  %".5330" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5329", ptr %".5330", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".5333" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5334" = load volatile i8, [40 x i8]* %".5333", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".5340" = trunc i64 %".5336" to i16
  %".5341" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5340", ptr %".5341", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_ip_version:
  %".5345" = getelementptr i8, ptr %"keys.238", i64 8
  store i8 1, ptr %".5345", align 1
  %".5347" = getelementptr i8, ptr %"keys.238", i64 48
  %"flags.90" = load volatile i32, ptr %".5347", align 4
  %".5348" = and i32 %"flags.90", 4
  %".5349" = icmp ne i32 %".5348", 0
  br i1 %".5349", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels3.stop_at_encap:
  %".5351" = trunc i64 %".5336" to i16
  %".5352" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5351", ptr %".5352", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".5355" = getelementptr i8, ptr %"keys.238", i64 12
  store i32 0, ptr %".5355", align 4
  %".5357" = trunc i64 %".5336" to i16
  %".5358" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5357", ptr %".5358", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5367" = trunc i64 %"cursor.72" to i32
  %".5368" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5367", [40 x i8]* %"header_copy", i32 1)
  %".5369" = icmp eq i64 %".5368", 0
  %".5370" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5371" = load i32, ptr %".5370", align 4
  %".5372" = zext i32 %".5371" to i64
  %"data.240" = inttoptr i64 %".5372" to ptr
  %".5373" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5374" = load i32, ptr %".5373", align 4
  %".5375" = zext i32 %".5374" to i64
  %"data_end.240" = inttoptr i64 %".5375" to ptr
  %".5376" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.240" = load ptr, ptr %".5376", align 8
  %".5377" = xor i1 %".5369", -1
  br i1 %".5377", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5379" = trunc i64 %"cursor.72" to i16
  %".5380" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".5379", ptr %".5380", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5383" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5384" = load volatile i8, [40 x i8]* %".5383", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5393" = trunc i64 %".5386" to i16
  %".5394" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5393", ptr %".5394", align 2
  br label %"return"
gtpu_next_d1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".5387", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_next_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_ext_d1_gtpu_ext1:
  %"cursor.78" = phi  i64 [%".5386", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.242" = phi  ptr [%"data.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.242" = phi  ptr [%"data_end.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.242" = phi  ptr [%"keys.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.69" = getelementptr i8, ptr %"data.242", i64 %"cursor.78"
  %".5799" = getelementptr i8, ptr %"hdr.69", i64 1
  %".5800" = icmp ugt ptr %".5799", %"data_end.242"
  br i1 %".5800", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".5802" = getelementptr i8, ptr %"hdr.69", i64 0
  %".5803" = load i8, ptr %".5802", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.28" = phi  i8 [%".5803", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".5822", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.252" = phi  ptr [%"data.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.252" = phi  ptr [%"data_end.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.252" = phi  ptr [%"keys.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".5824" = zext i8 %"w0_1.28" to i64
  %".5825" = icmp uge i64 %".5824", 1
  %".5826" = xor i1 %".5825", -1
  br i1 %".5826", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
ppp_d1.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5410" = trunc i64 %"cursor.74" to i32
  %".5411" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5410", [40 x i8]* %"header_copy", i32 4)
  %".5412" = icmp eq i64 %".5411", 0
  %".5413" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5414" = load i32, ptr %".5413", align 4
  %".5415" = zext i32 %".5414" to i64
  %"data.243" = inttoptr i64 %".5415" to ptr
  %".5416" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5417" = load i32, ptr %".5416", align 4
  %".5418" = zext i32 %".5417" to i64
  %"data_end.243" = inttoptr i64 %".5418" to ptr
  %".5419" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.243" = load ptr, ptr %".5419", align 8
  %".5420" = xor i1 %".5412", -1
  br i1 %".5420", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5422" = trunc i64 %"cursor.74" to i16
  %".5423" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5422", ptr %".5423", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5426" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5427" = load volatile i16, [40 x i8]* %".5426", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5433" = and i64 %".5431", 0
  %".5434" = icmp eq i64 %".5433", 0
  br i1 %".5434", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv6:
  %".5460" = trunc i64 34525 to i16
  %".5461" = call i16 @"llvm.bswap.i16"(i16 %".5460")
  %".5462" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5461", ptr %".5462", align 2
  %".5464" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5464", align 1
  %".5466" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.92" = load volatile i32, ptr %".5466", align 4
  %".5467" = and i32 %"flags.92", 4
  %".5468" = icmp ne i32 %".5467", 0
  br i1 %".5468", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".5480" = trunc i64 34827 to i16
  %".5481" = call i16 @"llvm.bswap.i16"(i16 %".5480")
  %".5482" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5481", ptr %".5482", align 2
  %".5484" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5484", align 1
  %".5486" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.93" = load volatile i32, ptr %".5486", align 4
  %".5487" = and i32 %"flags.93", 4
  %".5488" = icmp ne i32 %".5487", 0
  br i1 %".5488", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".5436" = trunc i64 %".5429" to i16
  %".5437" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5436", ptr %".5437", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5450" = trunc i64 %".5429" to i16
  %".5451" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5450", ptr %".5451", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".5454" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5454", align 4
  %".5456" = trunc i64 %".5429" to i16
  %".5457" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5456", ptr %".5457", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5470" = trunc i64 %".5429" to i16
  %".5471" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5470", ptr %".5471", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".5474" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5474", align 4
  %".5476" = trunc i64 %".5429" to i16
  %".5477" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5476", ptr %".5477", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".5490" = trunc i64 %".5429" to i16
  %".5491" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5490", ptr %".5491", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".5494" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5494", align 4
  %".5496" = trunc i64 %".5429" to i16
  %".5497" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5496", ptr %".5497", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5508" = trunc i64 %"cursor.75" to i32
  %".5509" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".5508", [40 x i8]* %"header_copy", i32 2)
  %".5510" = icmp eq i64 %".5509", 0
  %".5511" = getelementptr i8, ptr %"ctx.79", i64 76
  %".5512" = load i32, ptr %".5511", align 4
  %".5513" = zext i32 %".5512" to i64
  %"data.245" = inttoptr i64 %".5513" to ptr
  %".5514" = getelementptr i8, ptr %"ctx.79", i64 80
  %".5515" = load i32, ptr %".5514", align 4
  %".5516" = zext i32 %".5515" to i64
  %"data_end.245" = inttoptr i64 %".5516" to ptr
  %".5517" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.245" = load ptr, ptr %".5517", align 8
  %".5518" = xor i1 %".5510", -1
  br i1 %".5518", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5520" = trunc i64 %"cursor.75" to i16
  %".5521" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5520", ptr %".5521", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5524" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5525" = load volatile i8, [40 x i8]* %".5524", align 1
  %".5526" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5527" = load volatile i8, [40 x i8]* %".5526", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5539" = trunc i64 %".5536" to i16
  %".5540" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5539", ptr %".5540", align 2
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
  %".5551" = trunc i64 %".5536" to i16
  %".5552" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5551", ptr %".5552", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5555" = trunc i64 %".5536" to i16
  %".5556" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5555", ptr %".5556", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5559" = trunc i64 %".5536" to i16
  %".5560" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5559", ptr %".5560", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5563" = trunc i64 %".5536" to i16
  %".5564" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5563", ptr %".5564", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".5568" = trunc i64 34887 to i16
  %".5569" = call i16 @"llvm.bswap.i16"(i16 %".5568")
  %".5570" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".5569", ptr %".5570", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".5573" = trunc i64 2048 to i16
  %".5574" = call i16 @"llvm.bswap.i16"(i16 %".5573")
  %".5575" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".5574", ptr %".5575", align 2
  %".5577" = getelementptr i8, ptr %"keys.246", i64 8
  store i8 1, ptr %".5577", align 1
  %".5579" = getelementptr i8, ptr %"keys.246", i64 48
  %"flags.94" = load volatile i32, ptr %".5579", align 4
  %".5580" = and i32 %"flags.94", 4
  %".5581" = icmp ne i32 %".5580", 0
  br i1 %".5581", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".5593" = trunc i64 34525 to i16
  %".5594" = call i16 @"llvm.bswap.i16"(i16 %".5593")
  %".5595" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".5594", ptr %".5595", align 2
  %".5597" = getelementptr i8, ptr %"keys.246", i64 8
  store i8 1, ptr %".5597", align 1
  %".5599" = getelementptr i8, ptr %"keys.246", i64 48
  %"flags.95" = load volatile i32, ptr %".5599", align 4
  %".5600" = and i32 %"flags.95", 4
  %".5601" = icmp ne i32 %".5600", 0
  br i1 %".5601", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".5583" = trunc i64 %".5536" to i16
  %".5584" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5583", ptr %".5584", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".5587" = getelementptr i8, ptr %"keys.246", i64 12
  store i32 0, ptr %".5587", align 4
  %".5589" = trunc i64 %".5536" to i16
  %".5590" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5589", ptr %".5590", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".5603" = trunc i64 %".5536" to i16
  %".5604" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5603", ptr %".5604", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5607" = getelementptr i8, ptr %"keys.246", i64 12
  store i32 0, ptr %".5607", align 4
  %".5609" = trunc i64 %".5536" to i16
  %".5610" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5609", ptr %".5610", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5621" = trunc i64 %"cursor.76" to i32
  %".5622" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".5621", [40 x i8]* %"header_copy", i32 8)
  %".5623" = icmp eq i64 %".5622", 0
  %".5624" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5625" = load i32, ptr %".5624", align 4
  %".5626" = zext i32 %".5625" to i64
  %"data.247" = inttoptr i64 %".5626" to ptr
  %".5627" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5628" = load i32, ptr %".5627", align 4
  %".5629" = zext i32 %".5628" to i64
  %"data_end.247" = inttoptr i64 %".5629" to ptr
  %".5630" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.247" = load ptr, ptr %".5630", align 8
  %".5631" = xor i1 %".5623", -1
  br i1 %".5631", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".5633" = trunc i64 %"cursor.76" to i16
  %".5634" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5633", ptr %".5634", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".5637" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5638" = load volatile i8, [40 x i8]* %".5637", align 1
  %".5639" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5640" = load volatile i16, [40 x i8]* %".5639", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".5649" = getelementptr i8, ptr %"keys.248", i64 6
  store i8 1, ptr %".5649", align 1
  br i1 %".5647", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".5652" = getelementptr i8, ptr %"keys.248", i64 7
  store i8 1, ptr %".5652", align 1
  %".5654" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.96" = load volatile i32, ptr %".5654", align 4
  %".5655" = and i32 %"flags.96", 1
  %".5656" = icmp ne i32 %".5655", 0
  %".5657" = xor i1 %".5656", -1
  br i1 %".5657", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".5664" = trunc i64 %".5644" to i16
  %".5665" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5664", ptr %".5665", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".5659" = trunc i64 %".5644" to i16
  %".5660" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5659", ptr %".5660", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".5671" = trunc i64 %".5644" to i16
  %".5672" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5671", ptr %".5672", align 2
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
  %".5683" = trunc i64 %".5644" to i16
  %".5684" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5683", ptr %".5684", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5687" = trunc i64 %".5644" to i16
  %".5688" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5687", ptr %".5688", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5691" = trunc i64 %".5644" to i16
  %".5692" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5691", ptr %".5692", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".5695" = trunc i64 %".5644" to i16
  %".5696" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5695", ptr %".5696", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5700" = trunc i64 34887 to i16
  %".5701" = call i16 @"llvm.bswap.i16"(i16 %".5700")
  %".5702" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".5701", ptr %".5702", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5705" = trunc i64 2048 to i16
  %".5706" = call i16 @"llvm.bswap.i16"(i16 %".5705")
  %".5707" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".5706", ptr %".5707", align 2
  %".5709" = getelementptr i8, ptr %"keys.248", i64 8
  store i8 1, ptr %".5709", align 1
  %".5711" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.97" = load volatile i32, ptr %".5711", align 4
  %".5712" = and i32 %"flags.97", 4
  %".5713" = icmp ne i32 %".5712", 0
  br i1 %".5713", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5725" = trunc i64 34525 to i16
  %".5726" = call i16 @"llvm.bswap.i16"(i16 %".5725")
  %".5727" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".5726", ptr %".5727", align 2
  %".5729" = getelementptr i8, ptr %"keys.248", i64 8
  store i8 1, ptr %".5729", align 1
  %".5731" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.98" = load volatile i32, ptr %".5731", align 4
  %".5732" = and i32 %"flags.98", 4
  %".5733" = icmp ne i32 %".5732", 0
  br i1 %".5733", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5715" = trunc i64 %".5644" to i16
  %".5716" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5715", ptr %".5716", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5719" = getelementptr i8, ptr %"keys.248", i64 12
  store i32 0, ptr %".5719", align 4
  %".5721" = trunc i64 %".5644" to i16
  %".5722" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5721", ptr %".5722", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".5735" = trunc i64 %".5644" to i16
  %".5736" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5735", ptr %".5736", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5739" = getelementptr i8, ptr %"keys.248", i64 12
  store i32 0, ptr %".5739", align 4
  %".5741" = trunc i64 %".5644" to i16
  %".5742" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5741", ptr %".5742", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5752" = trunc i64 %"cursor.77" to i32
  %".5753" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".5752", [40 x i8]* %"header_copy", i32 4)
  %".5754" = icmp eq i64 %".5753", 0
  %".5755" = getelementptr i8, ptr %"ctx.81", i64 76
  %".5756" = load i32, ptr %".5755", align 4
  %".5757" = zext i32 %".5756" to i64
  %"data.249" = inttoptr i64 %".5757" to ptr
  %".5758" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5759" = load i32, ptr %".5758", align 4
  %".5760" = zext i32 %".5759" to i64
  %"data_end.249" = inttoptr i64 %".5760" to ptr
  %".5761" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.249" = load ptr, ptr %".5761", align 8
  %".5762" = xor i1 %".5754", -1
  br i1 %".5762", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".5764" = trunc i64 %".5745" to i16
  %".5765" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".5764", ptr %".5765", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".5768" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5769" = load volatile i8, [40 x i8]* %".5768", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".5775" = trunc i64 %".5771" to i16
  %".5776" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5775", ptr %".5776", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".5783" = getelementptr i8, ptr %"keys.250", i64 8
  store i8 1, ptr %".5783", align 1
  %".5785" = getelementptr i8, ptr %"keys.250", i64 48
  %"flags.99" = load volatile i32, ptr %".5785", align 4
  %".5786" = and i32 %"flags.99", 4
  %".5787" = icmp ne i32 %".5786", 0
  br i1 %".5787", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".5789" = trunc i64 %".5771" to i16
  %".5790" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5789", ptr %".5790", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".5793" = getelementptr i8, ptr %"keys.250", i64 12
  store i32 0, ptr %".5793", align 4
  %".5795" = trunc i64 %".5771" to i16
  %".5796" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5795", ptr %".5796", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5805" = trunc i64 %"cursor.78" to i32
  %".5806" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".5805", [40 x i8]* %"header_copy", i32 1)
  %".5807" = icmp eq i64 %".5806", 0
  %".5808" = getelementptr i8, ptr %"ctx.82", i64 76
  %".5809" = load i32, ptr %".5808", align 4
  %".5810" = zext i32 %".5809" to i64
  %"data.251" = inttoptr i64 %".5810" to ptr
  %".5811" = getelementptr i8, ptr %"ctx.82", i64 80
  %".5812" = load i32, ptr %".5811", align 4
  %".5813" = zext i32 %".5812" to i64
  %"data_end.251" = inttoptr i64 %".5813" to ptr
  %".5814" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.251" = load ptr, ptr %".5814", align 8
  %".5815" = xor i1 %".5807", -1
  br i1 %".5815", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".5817" = trunc i64 %"cursor.78" to i16
  %".5818" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".5817", ptr %".5818", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".5821" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5822" = load volatile i8, [40 x i8]* %".5821", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".5828" = trunc i64 %"cursor.78" to i16
  %".5829" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".5828", ptr %".5829", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".5832" = add i64 %"cursor.78", 1
  %".5833" = zext i8 %"w0_1.28" to i64
  %".5834" = mul i64 %".5833", 4
  %".5835" = sub i64 %".5834", 2
  %".5836" = add i64 %".5835", 1
  %".5837" = getelementptr i8, ptr %"data.252", i64 %"cursor.78"
  %".5838" = getelementptr i8, ptr %".5837", i64 %".5836"
  %".5839" = icmp ugt ptr %".5838", %"data_end.252"
  br i1 %".5839", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.254" = phi  ptr [%"data.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.254" = phi  ptr [%"data_end.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.254" = phi  ptr [%"keys.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %".5860" = add i64 %"cursor.78", %".5836"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.79" = phi  i64 [%".5860", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.255" = phi  ptr [%"data.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.255" = phi  ptr [%"data_end.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.255" = phi  ptr [%"keys.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.70" = getelementptr i8, ptr %"data.255", i64 %"cursor.79"
  %".5867" = getelementptr i8, ptr %"hdr.70", i64 1
  %".5868" = icmp ugt ptr %".5867", %"data_end.255"
  br i1 %".5868", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".5870" = getelementptr i8, ptr %"hdr.70", i64 0
  %".5871" = load i8, ptr %".5870", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.29" = phi  i8 [%".5871", %"gtpu_next_d1_gtpu_ext1.linear"], [%".5890", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.257" = phi  ptr [%"data.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.257" = phi  ptr [%"data_end.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.257" = phi  ptr [%"keys.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".5892" = add i64 %"cursor.79", 1
  %".5893" = zext i8 %"w0_1.29" to i64
  %".5894" = icmp uge i64 %".5893", 1
  %".5895" = icmp ule i64 %".5893", 255
  %".5896" = and i1 %".5894", %".5895"
  br i1 %".5896", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".5841" = add i64 %"cursor.78", %".5836"
  %".5842" = sub i64 %".5841", 1
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5843" = trunc i64 %".5842" to i32
  %".5844" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".5843", i64* %"last_byte", i32 1)
  %".5845" = icmp eq i64 %".5844", 0
  %".5846" = getelementptr i8, ptr %"ctx.83", i64 76
  %".5847" = load i32, ptr %".5846", align 4
  %".5848" = zext i32 %".5847" to i64
  %"data.253" = inttoptr i64 %".5848" to ptr
  %".5849" = getelementptr i8, ptr %"ctx.83", i64 80
  %".5850" = load i32, ptr %".5849", align 4
  %".5851" = zext i32 %".5850" to i64
  %"data_end.253" = inttoptr i64 %".5851" to ptr
  %".5852" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.253" = load ptr, ptr %".5852", align 8
  %".5853" = xor i1 %".5845", -1
  br i1 %".5853", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".5855" = trunc i64 %"cursor.78" to i16
  %".5856" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".5855", ptr %".5856", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".5862" = trunc i64 %".5860" to i16
  %".5863" = getelementptr i8, ptr %"keys.254", i64 2
  store i16 %".5862", ptr %".5863", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5873" = trunc i64 %"cursor.79" to i32
  %".5874" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".5873", [40 x i8]* %"header_copy", i32 1)
  %".5875" = icmp eq i64 %".5874", 0
  %".5876" = getelementptr i8, ptr %"ctx.84", i64 76
  %".5877" = load i32, ptr %".5876", align 4
  %".5878" = zext i32 %".5877" to i64
  %"data.256" = inttoptr i64 %".5878" to ptr
  %".5879" = getelementptr i8, ptr %"ctx.84", i64 80
  %".5880" = load i32, ptr %".5879", align 4
  %".5881" = zext i32 %".5880" to i64
  %"data_end.256" = inttoptr i64 %".5881" to ptr
  %".5882" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.256" = load ptr, ptr %".5882", align 8
  %".5883" = xor i1 %".5875", -1
  br i1 %".5883", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".5885" = trunc i64 %"cursor.79" to i16
  %".5886" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".5885", ptr %".5886", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".5889" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5890" = load volatile i8, [40 x i8]* %".5889", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".5899" = trunc i64 %".5892" to i16
  %".5900" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".5899", ptr %".5900", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".5893", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_next_d1_gtpu_ext1.to_ip_version:
  br label %"ip_version_d1"
gtpu_ext_d1_gtpu_ext2:
  %"cursor.80" = phi  i64 [%".5892", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.258" = phi  ptr [%"data.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.258" = phi  ptr [%"data_end.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.258" = phi  ptr [%"keys.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.71" = getelementptr i8, ptr %"data.258", i64 %"cursor.80"
  %".5905" = getelementptr i8, ptr %"hdr.71", i64 1
  %".5906" = icmp ugt ptr %".5905", %"data_end.258"
  br i1 %".5906", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".5908" = getelementptr i8, ptr %"hdr.71", i64 0
  %".5909" = load i8, ptr %".5908", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.30" = phi  i8 [%".5909", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".5928", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.260" = phi  ptr [%"data.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.260" = phi  ptr [%"data_end.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.260" = phi  ptr [%"keys.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".5930" = zext i8 %"w0_1.30" to i64
  %".5931" = icmp uge i64 %".5930", 1
  %".5932" = xor i1 %".5931", -1
  br i1 %".5932", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5911" = trunc i64 %"cursor.80" to i32
  %".5912" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".5911", [40 x i8]* %"header_copy", i32 1)
  %".5913" = icmp eq i64 %".5912", 0
  %".5914" = getelementptr i8, ptr %"ctx.85", i64 76
  %".5915" = load i32, ptr %".5914", align 4
  %".5916" = zext i32 %".5915" to i64
  %"data.259" = inttoptr i64 %".5916" to ptr
  %".5917" = getelementptr i8, ptr %"ctx.85", i64 80
  %".5918" = load i32, ptr %".5917", align 4
  %".5919" = zext i32 %".5918" to i64
  %"data_end.259" = inttoptr i64 %".5919" to ptr
  %".5920" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.259" = load ptr, ptr %".5920", align 8
  %".5921" = xor i1 %".5913", -1
  br i1 %".5921", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".5923" = trunc i64 %"cursor.80" to i16
  %".5924" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".5923", ptr %".5924", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".5927" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5928" = load volatile i8, [40 x i8]* %".5927", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".5934" = trunc i64 %"cursor.80" to i16
  %".5935" = getelementptr i8, ptr %"keys.260", i64 2
  store i16 %".5934", ptr %".5935", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".5938" = add i64 %"cursor.80", 1
  %".5939" = zext i8 %"w0_1.30" to i64
  %".5940" = mul i64 %".5939", 4
  %".5941" = sub i64 %".5940", 2
  %".5942" = add i64 %".5941", 1
  %".5943" = getelementptr i8, ptr %"data.260", i64 %"cursor.80"
  %".5944" = getelementptr i8, ptr %".5943", i64 %".5942"
  %".5945" = icmp ugt ptr %".5944", %"data_end.260"
  br i1 %".5945", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.262" = phi  ptr [%"data.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.262" = phi  ptr [%"data_end.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.262" = phi  ptr [%"keys.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %".5966" = add i64 %"cursor.80", %".5942"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.81" = phi  i64 [%".5966", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.263" = phi  ptr [%"data.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.263" = phi  ptr [%"data_end.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.263" = phi  ptr [%"keys.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.72" = getelementptr i8, ptr %"data.263", i64 %"cursor.81"
  %".5973" = getelementptr i8, ptr %"hdr.72", i64 1
  %".5974" = icmp ugt ptr %".5973", %"data_end.263"
  br i1 %".5974", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".5976" = getelementptr i8, ptr %"hdr.72", i64 0
  %".5977" = load i8, ptr %".5976", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.31" = phi  i8 [%".5977", %"gtpu_next_d1_gtpu_ext2.linear"], [%".5996", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.265" = phi  ptr [%"data.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.265" = phi  ptr [%"data_end.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.265" = phi  ptr [%"keys.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".5998" = add i64 %"cursor.81", 1
  %".5999" = zext i8 %"w0_1.31" to i64
  %".6000" = icmp uge i64 %".5999", 1
  %".6001" = icmp ule i64 %".5999", 255
  %".6002" = and i1 %".6000", %".6001"
  br i1 %".6002", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".5947" = add i64 %"cursor.80", %".5942"
  %".5948" = sub i64 %".5947", 1
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5949" = trunc i64 %".5948" to i32
  %".5950" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".5949", i64* %"last_byte", i32 1)
  %".5951" = icmp eq i64 %".5950", 0
  %".5952" = getelementptr i8, ptr %"ctx.86", i64 76
  %".5953" = load i32, ptr %".5952", align 4
  %".5954" = zext i32 %".5953" to i64
  %"data.261" = inttoptr i64 %".5954" to ptr
  %".5955" = getelementptr i8, ptr %"ctx.86", i64 80
  %".5956" = load i32, ptr %".5955", align 4
  %".5957" = zext i32 %".5956" to i64
  %"data_end.261" = inttoptr i64 %".5957" to ptr
  %".5958" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.261" = load ptr, ptr %".5958", align 8
  %".5959" = xor i1 %".5951", -1
  br i1 %".5959", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".5961" = trunc i64 %"cursor.80" to i16
  %".5962" = getelementptr i8, ptr %"keys.261", i64 2
  store i16 %".5961", ptr %".5962", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".5968" = trunc i64 %".5966" to i16
  %".5969" = getelementptr i8, ptr %"keys.262", i64 2
  store i16 %".5968", ptr %".5969", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5979" = trunc i64 %"cursor.81" to i32
  %".5980" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".5979", [40 x i8]* %"header_copy", i32 1)
  %".5981" = icmp eq i64 %".5980", 0
  %".5982" = getelementptr i8, ptr %"ctx.87", i64 76
  %".5983" = load i32, ptr %".5982", align 4
  %".5984" = zext i32 %".5983" to i64
  %"data.264" = inttoptr i64 %".5984" to ptr
  %".5985" = getelementptr i8, ptr %"ctx.87", i64 80
  %".5986" = load i32, ptr %".5985", align 4
  %".5987" = zext i32 %".5986" to i64
  %"data_end.264" = inttoptr i64 %".5987" to ptr
  %".5988" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.264" = load ptr, ptr %".5988", align 8
  %".5989" = xor i1 %".5981", -1
  br i1 %".5989", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".5991" = trunc i64 %"cursor.81" to i16
  %".5992" = getelementptr i8, ptr %"keys.264", i64 2
  store i16 %".5991", ptr %".5992", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".5995" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5996" = load volatile i8, [40 x i8]* %".5995", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".6005" = trunc i64 %".5998" to i16
  %".6006" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".6005", ptr %".6006", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".6010" = trunc i64 %".5998" to i16
  %".6011" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".6010", ptr %".6011", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".5999", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
gtpu_next_d1_gtpu_ext2.to_ip_version:
  br label %"ip_version_d1"
widening.test:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6016" = getelementptr i8, ptr %"ctx.88", i64 76
  %".6017" = load i32, ptr %".6016", align 4
  %".6018" = zext i32 %".6017" to i64
  %"data.266" = inttoptr i64 %".6018" to ptr
  %".6019" = getelementptr i8, ptr %"ctx.88", i64 80
  %".6020" = load i32, ptr %".6019", align 4
  %".6021" = zext i32 %".6020" to i64
  %"data_end.266" = inttoptr i64 %".6021" to ptr
  %".6022" = getelementptr i8, ptr %"keys", i64 0
  %".6023" = load volatile i16, ptr %".6022", align 2
  %".6024" = zext i16 %".6023" to i64
  %".6025" = icmp ugt i64 %".6024", 261
  br i1 %".6025", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6027" = getelementptr i8, ptr %"ctx.89", i64 76
  %".6028" = load i32, ptr %".6027", align 4
  %".6029" = zext i32 %".6028" to i64
  %"data.267" = inttoptr i64 %".6029" to ptr
  %".6030" = getelementptr i8, ptr %"ctx.89", i64 80
  %".6031" = load i32, ptr %".6030", align 4
  %".6032" = zext i32 %".6031" to i64
  %"data_end.267" = inttoptr i64 %".6032" to ptr
  %".6033" = getelementptr i8, ptr %"keys", i64 0
  %".6034" = load volatile i16, ptr %".6033", align 2
  %".6035" = zext i16 %".6034" to i64
  %".6036" = icmp ugt i64 %".6035", 261
  br i1 %".6036", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6038" = getelementptr i8, ptr %"ctx.90", i64 76
  %".6039" = load i32, ptr %".6038", align 4
  %".6040" = zext i32 %".6039" to i64
  %"data.268" = inttoptr i64 %".6040" to ptr
  %".6041" = getelementptr i8, ptr %"ctx.90", i64 80
  %".6042" = load i32, ptr %".6041", align 4
  %".6043" = zext i32 %".6042" to i64
  %"data_end.268" = inttoptr i64 %".6043" to ptr
  %".6044" = getelementptr i8, ptr %"keys", i64 0
  %".6045" = load volatile i16, ptr %".6044", align 2
  %".6046" = zext i16 %".6045" to i64
  %".6047" = icmp ugt i64 %".6046", 267
  br i1 %".6047", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6049" = getelementptr i8, ptr %"ctx.91", i64 76
  %".6050" = load i32, ptr %".6049", align 4
  %".6051" = zext i32 %".6050" to i64
  %"data.269" = inttoptr i64 %".6051" to ptr
  %".6052" = getelementptr i8, ptr %"ctx.91", i64 80
  %".6053" = load i32, ptr %".6052", align 4
  %".6054" = zext i32 %".6053" to i64
  %"data_end.269" = inttoptr i64 %".6054" to ptr
  %".6055" = getelementptr i8, ptr %"keys", i64 0
  %".6056" = load volatile i16, ptr %".6055", align 2
  %".6057" = zext i16 %".6056" to i64
  %".6058" = icmp ugt i64 %".6057", 267
  br i1 %".6058", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6060" = getelementptr i8, ptr %"ctx.92", i64 76
  %".6061" = load i32, ptr %".6060", align 4
  %".6062" = zext i32 %".6061" to i64
  %"data.270" = inttoptr i64 %".6062" to ptr
  %".6063" = getelementptr i8, ptr %"ctx.92", i64 80
  %".6064" = load i32, ptr %".6063", align 4
  %".6065" = zext i32 %".6064" to i64
  %"data_end.270" = inttoptr i64 %".6065" to ptr
  %".6066" = getelementptr i8, ptr %"keys", i64 0
  %".6067" = load volatile i16, ptr %".6066", align 2
  %".6068" = zext i16 %".6067" to i64
  %".6069" = icmp ugt i64 %".6068", 275
  br i1 %".6069", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6071" = getelementptr i8, ptr %"ctx.93", i64 76
  %".6072" = load i32, ptr %".6071", align 4
  %".6073" = zext i32 %".6072" to i64
  %"data.271" = inttoptr i64 %".6073" to ptr
  %".6074" = getelementptr i8, ptr %"ctx.93", i64 80
  %".6075" = load i32, ptr %".6074", align 4
  %".6076" = zext i32 %".6075" to i64
  %"data_end.271" = inttoptr i64 %".6076" to ptr
  %".6077" = getelementptr i8, ptr %"keys", i64 0
  %".6078" = load volatile i16, ptr %".6077", align 2
  %".6079" = zext i16 %".6078" to i64
  %".6080" = icmp ugt i64 %".6079", 2363
  br i1 %".6080", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6082" = getelementptr i8, ptr %"ctx.94", i64 76
  %".6083" = load i32, ptr %".6082", align 4
  %".6084" = zext i32 %".6083" to i64
  %"data.272" = inttoptr i64 %".6084" to ptr
  %".6085" = getelementptr i8, ptr %"ctx.94", i64 80
  %".6086" = load i32, ptr %".6085", align 4
  %".6087" = zext i32 %".6086" to i64
  %"data_end.272" = inttoptr i64 %".6087" to ptr
  %".6088" = getelementptr i8, ptr %"keys", i64 0
  %".6089" = load volatile i16, ptr %".6088", align 2
  %".6090" = zext i16 %".6089" to i64
  %".6091" = icmp ugt i64 %".6090", 2363
  br i1 %".6091", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.95" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6093" = getelementptr i8, ptr %"ctx.95", i64 76
  %".6094" = load i32, ptr %".6093", align 4
  %".6095" = zext i32 %".6094" to i64
  %"data.273" = inttoptr i64 %".6095" to ptr
  %".6096" = getelementptr i8, ptr %"ctx.95", i64 80
  %".6097" = load i32, ptr %".6096", align 4
  %".6098" = zext i32 %".6097" to i64
  %"data_end.273" = inttoptr i64 %".6098" to ptr
  %".6099" = getelementptr i8, ptr %"keys", i64 0
  %".6100" = load volatile i16, ptr %".6099", align 2
  %".6101" = zext i16 %".6100" to i64
  %".6102" = icmp ugt i64 %".6101", 4411
  br i1 %".6102", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.96" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6104" = getelementptr i8, ptr %"ctx.96", i64 76
  %".6105" = load i32, ptr %".6104", align 4
  %".6106" = zext i32 %".6105" to i64
  %"data.274" = inttoptr i64 %".6106" to ptr
  %".6107" = getelementptr i8, ptr %"ctx.96", i64 80
  %".6108" = load i32, ptr %".6107", align 4
  %".6109" = zext i32 %".6108" to i64
  %"data_end.274" = inttoptr i64 %".6109" to ptr
  %".6110" = getelementptr i8, ptr %"keys", i64 0
  %".6111" = load volatile i16, ptr %".6110", align 2
  %".6112" = zext i16 %".6111" to i64
  %".6113" = icmp ugt i64 %".6112", 4411
  br i1 %".6113", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.97" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6115" = getelementptr i8, ptr %"ctx.97", i64 76
  %".6116" = load i32, ptr %".6115", align 4
  %".6117" = zext i32 %".6116" to i64
  %"data.275" = inttoptr i64 %".6117" to ptr
  %".6118" = getelementptr i8, ptr %"ctx.97", i64 80
  %".6119" = load i32, ptr %".6118", align 4
  %".6120" = zext i32 %".6119" to i64
  %"data_end.275" = inttoptr i64 %".6120" to ptr
  %".6121" = getelementptr i8, ptr %"keys", i64 0
  %".6122" = load volatile i16, ptr %".6121", align 2
  %".6123" = zext i16 %".6122" to i64
  %".6124" = icmp ugt i64 %".6123", 275
  br i1 %".6124", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.98" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6126" = getelementptr i8, ptr %"ctx.98", i64 76
  %".6127" = load i32, ptr %".6126", align 4
  %".6128" = zext i32 %".6127" to i64
  %"data.276" = inttoptr i64 %".6128" to ptr
  %".6129" = getelementptr i8, ptr %"ctx.98", i64 80
  %".6130" = load i32, ptr %".6129", align 4
  %".6131" = zext i32 %".6130" to i64
  %"data_end.276" = inttoptr i64 %".6131" to ptr
  %".6132" = getelementptr i8, ptr %"keys", i64 0
  %".6133" = load volatile i16, ptr %".6132", align 2
  %".6134" = zext i16 %".6133" to i64
  %".6135" = icmp ugt i64 %".6134", 6459
  br i1 %".6135", label %"widening.test.11", label %"mpls_d0_mpls_labels1"
widening.test.11:
  %"ctx.99" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6137" = getelementptr i8, ptr %"ctx.99", i64 76
  %".6138" = load i32, ptr %".6137", align 4
  %".6139" = zext i32 %".6138" to i64
  %"data.277" = inttoptr i64 %".6139" to ptr
  %".6140" = getelementptr i8, ptr %"ctx.99", i64 80
  %".6141" = load i32, ptr %".6140", align 4
  %".6142" = zext i32 %".6141" to i64
  %"data_end.277" = inttoptr i64 %".6142" to ptr
  %".6143" = getelementptr i8, ptr %"keys", i64 0
  %".6144" = load volatile i16, ptr %".6143", align 2
  %".6145" = zext i16 %".6144" to i64
  %".6146" = icmp ugt i64 %".6145", 6459
  br i1 %".6146", label %"widening.test.12", label %"gre_version_d0"
widening.test.12:
  %"ctx.100" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6148" = getelementptr i8, ptr %"ctx.100", i64 76
  %".6149" = load i32, ptr %".6148", align 4
  %".6150" = zext i32 %".6149" to i64
  %"data.278" = inttoptr i64 %".6150" to ptr
  %".6151" = getelementptr i8, ptr %"ctx.100", i64 80
  %".6152" = load i32, ptr %".6151", align 4
  %".6153" = zext i32 %".6152" to i64
  %"data_end.278" = inttoptr i64 %".6153" to ptr
  %".6154" = getelementptr i8, ptr %"keys", i64 0
  %".6155" = load volatile i16, ptr %".6154", align 2
  %".6156" = zext i16 %".6155" to i64
  %".6157" = icmp ugt i64 %".6156", 6459
  br i1 %".6157", label %"widening.test.13", label %"udp_d0"
widening.test.13:
  %"ctx.101" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6159" = getelementptr i8, ptr %"ctx.101", i64 76
  %".6160" = load i32, ptr %".6159", align 4
  %".6161" = zext i32 %".6160" to i64
  %"data.279" = inttoptr i64 %".6161" to ptr
  %".6162" = getelementptr i8, ptr %"ctx.101", i64 80
  %".6163" = load i32, ptr %".6162", align 4
  %".6164" = zext i32 %".6163" to i64
  %"data_end.279" = inttoptr i64 %".6164" to ptr
  %".6165" = getelementptr i8, ptr %"keys", i64 0
  %".6166" = load volatile i16, ptr %".6165", align 2
  %".6167" = zext i16 %".6166" to i64
  %".6168" = icmp ugt i64 %".6167", 8519
  br i1 %".6168", label %"widening.test.14", label %"ip_version_d1"
widening.test.14:
  %"ctx.102" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6170" = getelementptr i8, ptr %"ctx.102", i64 76
  %".6171" = load i32, ptr %".6170", align 4
  %".6172" = zext i32 %".6171" to i64
  %"data.280" = inttoptr i64 %".6172" to ptr
  %".6173" = getelementptr i8, ptr %"ctx.102", i64 80
  %".6174" = load i32, ptr %".6173", align 4
  %".6175" = zext i32 %".6174" to i64
  %"data_end.280" = inttoptr i64 %".6175" to ptr
  %".6176" = getelementptr i8, ptr %"keys", i64 0
  %".6177" = load volatile i16, ptr %".6176", align 2
  %".6178" = zext i16 %".6177" to i64
  %".6179" = icmp ugt i64 %".6178", 6727
  br i1 %".6179", label %"widening.test.15", label %"ethernet_d1"
widening.test.15:
  %"ctx.103" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6181" = getelementptr i8, ptr %"ctx.103", i64 76
  %".6182" = load i32, ptr %".6181", align 4
  %".6183" = zext i32 %".6182" to i64
  %"data.281" = inttoptr i64 %".6183" to ptr
  %".6184" = getelementptr i8, ptr %"ctx.103", i64 80
  %".6185" = load i32, ptr %".6184", align 4
  %".6186" = zext i32 %".6185" to i64
  %"data_end.281" = inttoptr i64 %".6186" to ptr
  %".6187" = getelementptr i8, ptr %"keys", i64 0
  %".6188" = load volatile i16, ptr %".6187", align 2
  %".6189" = zext i16 %".6188" to i64
  %".6190" = icmp ugt i64 %".6189", 6741
  br i1 %".6190", label %"widening.test.16", label %"hsr_d1_vlan_tags1"
widening.test.16:
  %"ctx.104" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6192" = getelementptr i8, ptr %"ctx.104", i64 76
  %".6193" = load i32, ptr %".6192", align 4
  %".6194" = zext i32 %".6193" to i64
  %"data.282" = inttoptr i64 %".6194" to ptr
  %".6195" = getelementptr i8, ptr %"ctx.104", i64 80
  %".6196" = load i32, ptr %".6195", align 4
  %".6197" = zext i32 %".6196" to i64
  %"data_end.282" = inttoptr i64 %".6197" to ptr
  %".6198" = getelementptr i8, ptr %"keys", i64 0
  %".6199" = load volatile i16, ptr %".6198", align 2
  %".6200" = zext i16 %".6199" to i64
  %".6201" = icmp ugt i64 %".6200", 6741
  br i1 %".6201", label %"widening.test.17", label %"vlan_d1_vlan_tags1"
widening.test.17:
  %"ctx.105" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6203" = getelementptr i8, ptr %"ctx.105", i64 76
  %".6204" = load i32, ptr %".6203", align 4
  %".6205" = zext i32 %".6204" to i64
  %"data.283" = inttoptr i64 %".6205" to ptr
  %".6206" = getelementptr i8, ptr %"ctx.105", i64 80
  %".6207" = load i32, ptr %".6206", align 4
  %".6208" = zext i32 %".6207" to i64
  %"data_end.283" = inttoptr i64 %".6208" to ptr
  %".6209" = getelementptr i8, ptr %"keys", i64 0
  %".6210" = load volatile i16, ptr %".6209", align 2
  %".6211" = zext i16 %".6210" to i64
  %".6212" = icmp ugt i64 %".6211", 6747
  br i1 %".6212", label %"widening.test.18", label %"hsr_d1_vlan_tags2"
widening.test.18:
  %"ctx.106" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6214" = getelementptr i8, ptr %"ctx.106", i64 76
  %".6215" = load i32, ptr %".6214", align 4
  %".6216" = zext i32 %".6215" to i64
  %"data.284" = inttoptr i64 %".6216" to ptr
  %".6217" = getelementptr i8, ptr %"ctx.106", i64 80
  %".6218" = load i32, ptr %".6217", align 4
  %".6219" = zext i32 %".6218" to i64
  %"data_end.284" = inttoptr i64 %".6219" to ptr
  %".6220" = getelementptr i8, ptr %"keys", i64 0
  %".6221" = load volatile i16, ptr %".6220", align 2
  %".6222" = zext i16 %".6221" to i64
  %".6223" = icmp ugt i64 %".6222", 6747
  br i1 %".6223", label %"widening.test.19", label %"vlan_d1_vlan_tags2"
widening.test.19:
  %"ctx.107" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6225" = getelementptr i8, ptr %"ctx.107", i64 76
  %".6226" = load i32, ptr %".6225", align 4
  %".6227" = zext i32 %".6226" to i64
  %"data.285" = inttoptr i64 %".6227" to ptr
  %".6228" = getelementptr i8, ptr %"ctx.107", i64 80
  %".6229" = load i32, ptr %".6228", align 4
  %".6230" = zext i32 %".6229" to i64
  %"data_end.285" = inttoptr i64 %".6230" to ptr
  %".6231" = getelementptr i8, ptr %"keys", i64 0
  %".6232" = load volatile i16, ptr %".6231", align 2
  %".6233" = zext i16 %".6232" to i64
  %".6234" = icmp ugt i64 %".6233", 6753
  br i1 %".6234", label %"widening.test.20", label %"batadv_d1"
widening.test.20:
  %"ctx.108" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6236" = getelementptr i8, ptr %"ctx.108", i64 76
  %".6237" = load i32, ptr %".6236", align 4
  %".6238" = zext i32 %".6237" to i64
  %"data.286" = inttoptr i64 %".6238" to ptr
  %".6239" = getelementptr i8, ptr %"ctx.108", i64 80
  %".6240" = load i32, ptr %".6239", align 4
  %".6241" = zext i32 %".6240" to i64
  %"data_end.286" = inttoptr i64 %".6241" to ptr
  %".6242" = getelementptr i8, ptr %"keys", i64 0
  %".6243" = load volatile i16, ptr %".6242", align 2
  %".6244" = zext i16 %".6243" to i64
  %".6245" = icmp ugt i64 %".6244", 6753
  br i1 %".6245", label %"widening.test.21", label %"fcoe"
widening.test.21:
  %"ctx.109" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6247" = getelementptr i8, ptr %"ctx.109", i64 76
  %".6248" = load i32, ptr %".6247", align 4
  %".6249" = zext i32 %".6248" to i64
  %"data.287" = inttoptr i64 %".6249" to ptr
  %".6250" = getelementptr i8, ptr %"ctx.109", i64 80
  %".6251" = load i32, ptr %".6250", align 4
  %".6252" = zext i32 %".6251" to i64
  %"data_end.287" = inttoptr i64 %".6252" to ptr
  %".6253" = getelementptr i8, ptr %"keys", i64 0
  %".6254" = load volatile i16, ptr %".6253", align 2
  %".6255" = zext i16 %".6254" to i64
  %".6256" = icmp ugt i64 %".6255", 6753
  br i1 %".6256", label %"widening.test.22", label %"tipc"
widening.test.22:
  %"ctx.110" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6258" = getelementptr i8, ptr %"ctx.110", i64 76
  %".6259" = load i32, ptr %".6258", align 4
  %".6260" = zext i32 %".6259" to i64
  %"data.288" = inttoptr i64 %".6260" to ptr
  %".6261" = getelementptr i8, ptr %"ctx.110", i64 80
  %".6262" = load i32, ptr %".6261", align 4
  %".6263" = zext i32 %".6262" to i64
  %"data_end.288" = inttoptr i64 %".6263" to ptr
  %".6264" = getelementptr i8, ptr %"keys", i64 0
  %".6265" = load volatile i16, ptr %".6264", align 2
  %".6266" = zext i16 %".6265" to i64
  %".6267" = icmp ugt i64 %".6266", 6753
  br i1 %".6267", label %"widening.test.23", label %"cfm"
widening.test.23:
  %"ctx.111" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6269" = getelementptr i8, ptr %"ctx.111", i64 76
  %".6270" = load i32, ptr %".6269", align 4
  %".6271" = zext i32 %".6270" to i64
  %"data.289" = inttoptr i64 %".6271" to ptr
  %".6272" = getelementptr i8, ptr %"ctx.111", i64 80
  %".6273" = load i32, ptr %".6272", align 4
  %".6274" = zext i32 %".6273" to i64
  %"data_end.289" = inttoptr i64 %".6274" to ptr
  %".6275" = getelementptr i8, ptr %"keys", i64 0
  %".6276" = load volatile i16, ptr %".6275", align 2
  %".6277" = zext i16 %".6276" to i64
  %".6278" = icmp ugt i64 %".6277", 6753
  br i1 %".6278", label %"widening.test.24", label %"ptp"
widening.test.24:
  %"ctx.112" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6280" = getelementptr i8, ptr %"ctx.112", i64 76
  %".6281" = load i32, ptr %".6280", align 4
  %".6282" = zext i32 %".6281" to i64
  %"data.290" = inttoptr i64 %".6282" to ptr
  %".6283" = getelementptr i8, ptr %"ctx.112", i64 80
  %".6284" = load i32, ptr %".6283", align 4
  %".6285" = zext i32 %".6284" to i64
  %"data_end.290" = inttoptr i64 %".6285" to ptr
  %".6286" = getelementptr i8, ptr %"keys", i64 0
  %".6287" = load volatile i16, ptr %".6286", align 2
  %".6288" = zext i16 %".6287" to i64
  %".6289" = icmp ugt i64 %".6288", 6753
  br i1 %".6289", label %"widening.test.25", label %"arp"
widening.test.25:
  %"ctx.113" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6291" = getelementptr i8, ptr %"ctx.113", i64 76
  %".6292" = load i32, ptr %".6291", align 4
  %".6293" = zext i32 %".6292" to i64
  %"data.291" = inttoptr i64 %".6293" to ptr
  %".6294" = getelementptr i8, ptr %"ctx.113", i64 80
  %".6295" = load i32, ptr %".6294", align 4
  %".6296" = zext i32 %".6295" to i64
  %"data_end.291" = inttoptr i64 %".6296" to ptr
  %".6297" = getelementptr i8, ptr %"keys", i64 0
  %".6298" = load volatile i16, ptr %".6297", align 2
  %".6299" = zext i16 %".6298" to i64
  %".6300" = icmp ugt i64 %".6299", 6753
  br i1 %".6300", label %"widening.test.26", label %"pppoe_d1"
widening.test.26:
  %"ctx.114" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6302" = getelementptr i8, ptr %"ctx.114", i64 76
  %".6303" = load i32, ptr %".6302", align 4
  %".6304" = zext i32 %".6303" to i64
  %"data.292" = inttoptr i64 %".6304" to ptr
  %".6305" = getelementptr i8, ptr %"ctx.114", i64 80
  %".6306" = load i32, ptr %".6305", align 4
  %".6307" = zext i32 %".6306" to i64
  %"data_end.292" = inttoptr i64 %".6307" to ptr
  %".6308" = getelementptr i8, ptr %"keys", i64 0
  %".6309" = load volatile i16, ptr %".6308", align 2
  %".6310" = zext i16 %".6309" to i64
  %".6311" = icmp ugt i64 %".6310", 8519
  br i1 %".6311", label %"widening.test.27", label %"ipv6_d1"
widening.test.27:
  %"ctx.115" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6313" = getelementptr i8, ptr %"ctx.115", i64 76
  %".6314" = load i32, ptr %".6313", align 4
  %".6315" = zext i32 %".6314" to i64
  %"data.293" = inttoptr i64 %".6315" to ptr
  %".6316" = getelementptr i8, ptr %"ctx.115", i64 80
  %".6317" = load i32, ptr %".6316", align 4
  %".6318" = zext i32 %".6317" to i64
  %"data_end.293" = inttoptr i64 %".6318" to ptr
  %".6319" = getelementptr i8, ptr %"keys", i64 0
  %".6320" = load volatile i16, ptr %".6319", align 2
  %".6321" = zext i16 %".6320" to i64
  %".6322" = icmp ugt i64 %".6321", 10607
  br i1 %".6322", label %"widening.test.28", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.28:
  %"ctx.116" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6324" = getelementptr i8, ptr %"ctx.116", i64 76
  %".6325" = load i32, ptr %".6324", align 4
  %".6326" = zext i32 %".6325" to i64
  %"data.294" = inttoptr i64 %".6326" to ptr
  %".6327" = getelementptr i8, ptr %"ctx.116", i64 80
  %".6328" = load i32, ptr %".6327", align 4
  %".6329" = zext i32 %".6328" to i64
  %"data_end.294" = inttoptr i64 %".6329" to ptr
  %".6330" = getelementptr i8, ptr %"keys", i64 0
  %".6331" = load volatile i16, ptr %".6330", align 2
  %".6332" = zext i16 %".6331" to i64
  %".6333" = icmp ugt i64 %".6332", 10607
  br i1 %".6333", label %"widening.test.29", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.29:
  %"ctx.117" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6335" = getelementptr i8, ptr %"ctx.117", i64 76
  %".6336" = load i32, ptr %".6335", align 4
  %".6337" = zext i32 %".6336" to i64
  %"data.295" = inttoptr i64 %".6337" to ptr
  %".6338" = getelementptr i8, ptr %"ctx.117", i64 80
  %".6339" = load i32, ptr %".6338", align 4
  %".6340" = zext i32 %".6339" to i64
  %"data_end.295" = inttoptr i64 %".6340" to ptr
  %".6341" = getelementptr i8, ptr %"keys", i64 0
  %".6342" = load volatile i16, ptr %".6341", align 2
  %".6343" = zext i16 %".6342" to i64
  %".6344" = icmp ugt i64 %".6343", 12655
  br i1 %".6344", label %"widening.test.30", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.30:
  %"ctx.118" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6346" = getelementptr i8, ptr %"ctx.118", i64 76
  %".6347" = load i32, ptr %".6346", align 4
  %".6348" = zext i32 %".6347" to i64
  %"data.296" = inttoptr i64 %".6348" to ptr
  %".6349" = getelementptr i8, ptr %"ctx.118", i64 80
  %".6350" = load i32, ptr %".6349", align 4
  %".6351" = zext i32 %".6350" to i64
  %"data_end.296" = inttoptr i64 %".6351" to ptr
  %".6352" = getelementptr i8, ptr %"keys", i64 0
  %".6353" = load volatile i16, ptr %".6352", align 2
  %".6354" = zext i16 %".6353" to i64
  %".6355" = icmp ugt i64 %".6354", 12655
  br i1 %".6355", label %"widening.test.31", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.31:
  %"ctx.119" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6357" = getelementptr i8, ptr %"ctx.119", i64 76
  %".6358" = load i32, ptr %".6357", align 4
  %".6359" = zext i32 %".6358" to i64
  %"data.297" = inttoptr i64 %".6359" to ptr
  %".6360" = getelementptr i8, ptr %"ctx.119", i64 80
  %".6361" = load i32, ptr %".6360", align 4
  %".6362" = zext i32 %".6361" to i64
  %"data_end.297" = inttoptr i64 %".6362" to ptr
  %".6363" = getelementptr i8, ptr %"keys", i64 0
  %".6364" = load volatile i16, ptr %".6363", align 2
  %".6365" = zext i16 %".6364" to i64
  %".6366" = icmp ugt i64 %".6365", 14703
  br i1 %".6366", label %"widening.test.32", label %"icmpv6"
widening.test.32:
  %"ctx.120" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6368" = getelementptr i8, ptr %"ctx.120", i64 76
  %".6369" = load i32, ptr %".6368", align 4
  %".6370" = zext i32 %".6369" to i64
  %"data.298" = inttoptr i64 %".6370" to ptr
  %".6371" = getelementptr i8, ptr %"ctx.120", i64 80
  %".6372" = load i32, ptr %".6371", align 4
  %".6373" = zext i32 %".6372" to i64
  %"data_end.298" = inttoptr i64 %".6373" to ptr
  %".6374" = getelementptr i8, ptr %"keys", i64 0
  %".6375" = load volatile i16, ptr %".6374", align 2
  %".6376" = zext i16 %".6375" to i64
  %".6377" = icmp ugt i64 %".6376", 8519
  br i1 %".6377", label %"widening.test.33", label %"ipv4_d1"
widening.test.33:
  %"ctx.121" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6379" = getelementptr i8, ptr %"ctx.121", i64 76
  %".6380" = load i32, ptr %".6379", align 4
  %".6381" = zext i32 %".6380" to i64
  %"data.299" = inttoptr i64 %".6381" to ptr
  %".6382" = getelementptr i8, ptr %"ctx.121", i64 80
  %".6383" = load i32, ptr %".6382", align 4
  %".6384" = zext i32 %".6383" to i64
  %"data_end.299" = inttoptr i64 %".6384" to ptr
  %".6385" = getelementptr i8, ptr %"keys", i64 0
  %".6386" = load volatile i16, ptr %".6385", align 2
  %".6387" = zext i16 %".6386" to i64
  %".6388" = icmp ugt i64 %".6387", 14703
  br i1 %".6388", label %"widening.test.34", label %"mpls_d1_mpls_labels1"
widening.test.34:
  %"ctx.122" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6390" = getelementptr i8, ptr %"ctx.122", i64 76
  %".6391" = load i32, ptr %".6390", align 4
  %".6392" = zext i32 %".6391" to i64
  %"data.300" = inttoptr i64 %".6392" to ptr
  %".6393" = getelementptr i8, ptr %"ctx.122", i64 80
  %".6394" = load i32, ptr %".6393", align 4
  %".6395" = zext i32 %".6394" to i64
  %"data_end.300" = inttoptr i64 %".6395" to ptr
  %".6396" = getelementptr i8, ptr %"keys", i64 0
  %".6397" = load volatile i16, ptr %".6396", align 2
  %".6398" = zext i16 %".6397" to i64
  %".6399" = icmp ugt i64 %".6398", 8579
  br i1 %".6399", label %"widening.test.35", label %"icmp"
widening.test.35:
  %"ctx.123" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6401" = getelementptr i8, ptr %"ctx.123", i64 76
  %".6402" = load i32, ptr %".6401", align 4
  %".6403" = zext i32 %".6402" to i64
  %"data.301" = inttoptr i64 %".6403" to ptr
  %".6404" = getelementptr i8, ptr %"ctx.123", i64 80
  %".6405" = load i32, ptr %".6404", align 4
  %".6406" = zext i32 %".6405" to i64
  %"data_end.301" = inttoptr i64 %".6406" to ptr
  %".6407" = getelementptr i8, ptr %"keys", i64 0
  %".6408" = load volatile i16, ptr %".6407", align 2
  %".6409" = zext i16 %".6408" to i64
  %".6410" = icmp ugt i64 %".6409", 14703
  br i1 %".6410", label %"widening.test.36", label %"ah"
widening.test.36:
  %"ctx.124" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6412" = getelementptr i8, ptr %"ctx.124", i64 76
  %".6413" = load i32, ptr %".6412", align 4
  %".6414" = zext i32 %".6413" to i64
  %"data.302" = inttoptr i64 %".6414" to ptr
  %".6415" = getelementptr i8, ptr %"ctx.124", i64 80
  %".6416" = load i32, ptr %".6415", align 4
  %".6417" = zext i32 %".6416" to i64
  %"data_end.302" = inttoptr i64 %".6417" to ptr
  %".6418" = getelementptr i8, ptr %"keys", i64 0
  %".6419" = load volatile i16, ptr %".6418", align 2
  %".6420" = zext i16 %".6419" to i64
  %".6421" = icmp ugt i64 %".6420", 14703
  br i1 %".6421", label %"widening.test.37", label %"esp"
widening.test.37:
  %"ctx.125" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6423" = getelementptr i8, ptr %"ctx.125", i64 76
  %".6424" = load i32, ptr %".6423", align 4
  %".6425" = zext i32 %".6424" to i64
  %"data.303" = inttoptr i64 %".6425" to ptr
  %".6426" = getelementptr i8, ptr %"ctx.125", i64 80
  %".6427" = load i32, ptr %".6426", align 4
  %".6428" = zext i32 %".6427" to i64
  %"data_end.303" = inttoptr i64 %".6428" to ptr
  %".6429" = getelementptr i8, ptr %"keys", i64 0
  %".6430" = load volatile i16, ptr %".6429", align 2
  %".6431" = zext i16 %".6430" to i64
  %".6432" = icmp ugt i64 %".6431", 14703
  br i1 %".6432", label %"widening.test.38", label %"dccp"
widening.test.38:
  %"ctx.126" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6434" = getelementptr i8, ptr %"ctx.126", i64 76
  %".6435" = load i32, ptr %".6434", align 4
  %".6436" = zext i32 %".6435" to i64
  %"data.304" = inttoptr i64 %".6436" to ptr
  %".6437" = getelementptr i8, ptr %"ctx.126", i64 80
  %".6438" = load i32, ptr %".6437", align 4
  %".6439" = zext i32 %".6438" to i64
  %"data_end.304" = inttoptr i64 %".6439" to ptr
  %".6440" = getelementptr i8, ptr %"keys", i64 0
  %".6441" = load volatile i16, ptr %".6440", align 2
  %".6442" = zext i16 %".6441" to i64
  %".6443" = icmp ugt i64 %".6442", 14703
  br i1 %".6443", label %"widening.test.39", label %"sctp"
widening.test.39:
  %"ctx.127" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6445" = getelementptr i8, ptr %"ctx.127", i64 76
  %".6446" = load i32, ptr %".6445", align 4
  %".6447" = zext i32 %".6446" to i64
  %"data.305" = inttoptr i64 %".6447" to ptr
  %".6448" = getelementptr i8, ptr %"ctx.127", i64 80
  %".6449" = load i32, ptr %".6448", align 4
  %".6450" = zext i32 %".6449" to i64
  %"data_end.305" = inttoptr i64 %".6450" to ptr
  %".6451" = getelementptr i8, ptr %"keys", i64 0
  %".6452" = load volatile i16, ptr %".6451", align 2
  %".6453" = zext i16 %".6452" to i64
  %".6454" = icmp ugt i64 %".6453", 14703
  br i1 %".6454", label %"widening.test.40", label %"gre_version_d1"
widening.test.40:
  %"ctx.128" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6456" = getelementptr i8, ptr %"ctx.128", i64 76
  %".6457" = load i32, ptr %".6456", align 4
  %".6458" = zext i32 %".6457" to i64
  %"data.306" = inttoptr i64 %".6458" to ptr
  %".6459" = getelementptr i8, ptr %"ctx.128", i64 80
  %".6460" = load i32, ptr %".6459", align 4
  %".6461" = zext i32 %".6460" to i64
  %"data_end.306" = inttoptr i64 %".6461" to ptr
  %".6462" = getelementptr i8, ptr %"keys", i64 0
  %".6463" = load volatile i16, ptr %".6462", align 2
  %".6464" = zext i16 %".6463" to i64
  %".6465" = icmp ugt i64 %".6464", 14703
  br i1 %".6465", label %"widening.test.41", label %"udplite"
widening.test.41:
  %"ctx.129" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6467" = getelementptr i8, ptr %"ctx.129", i64 76
  %".6468" = load i32, ptr %".6467", align 4
  %".6469" = zext i32 %".6468" to i64
  %"data.307" = inttoptr i64 %".6469" to ptr
  %".6470" = getelementptr i8, ptr %"ctx.129", i64 80
  %".6471" = load i32, ptr %".6470", align 4
  %".6472" = zext i32 %".6471" to i64
  %"data_end.307" = inttoptr i64 %".6472" to ptr
  %".6473" = getelementptr i8, ptr %"keys", i64 0
  %".6474" = load volatile i16, ptr %".6473", align 2
  %".6475" = zext i16 %".6474" to i64
  %".6476" = icmp ugt i64 %".6475", 14703
  br i1 %".6476", label %"widening.test.42", label %"udp_d1"
widening.test.42:
  %"ctx.130" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6478" = getelementptr i8, ptr %"ctx.130", i64 76
  %".6479" = load i32, ptr %".6478", align 4
  %".6480" = zext i32 %".6479" to i64
  %"data.308" = inttoptr i64 %".6480" to ptr
  %".6481" = getelementptr i8, ptr %"ctx.130", i64 80
  %".6482" = load i32, ptr %".6481", align 4
  %".6483" = zext i32 %".6482" to i64
  %"data_end.308" = inttoptr i64 %".6483" to ptr
  %".6484" = getelementptr i8, ptr %"keys", i64 0
  %".6485" = load volatile i16, ptr %".6484", align 2
  %".6486" = zext i16 %".6485" to i64
  %".6487" = icmp ugt i64 %".6486", 14703
  br i1 %".6487", label %"widening.beyond", label %"tcp"
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