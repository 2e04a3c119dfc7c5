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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".377", %"vlan_d0_vlan_tags1.to_ipv4"], [%".502", %"pppoe_d0.to_ipv4"], [%".651", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1910", %"vlan_d0_vlan_tags2.to_ipv4"], [%".1976", %"hsr_d0_vlan_tags2.to_ipv4"], [%".6143", %"widening.test.9"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".377", %"vlan_d0_vlan_tags1.to_ipv6"], [%".502", %"pppoe_d0.to_ipv6"], [%".651", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1910", %"vlan_d0_vlan_tags2.to_ipv6"], [%".1976", %"hsr_d0_vlan_tags2.to_ipv6"], [%".6088", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.42", %"pppoe_d0.to_ipv6"], [%"data.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.270", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.42", %"pppoe_d0.to_ipv6"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.270", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.42", %"pppoe_d0.to_ipv6"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".209" = getelementptr i8, ptr %"hdr.1", i64 40
  %".210" = icmp ugt ptr %".209", %"data_end.3"
  br i1 %".210", label %"ipv6_d0.copy", label %"ipv6_d0.linear", !prof !0
ipv6_d0.linear:
  %".212" = getelementptr i8, ptr %"hdr.1", i64 0
  %".213" = load i32, ptr %".212", align 4
  %".214" = getelementptr i8, ptr %"hdr.1", i64 6
  %".215" = load i8, ptr %".214", align 1
  %".216" = getelementptr i8, ptr %"hdr.1", i64 8
  %".217" = load i64, ptr %".216", align 8
  %".218" = getelementptr i8, ptr %"hdr.1", i64 16
  %".219" = load i64, ptr %".218", align 8
  %".220" = getelementptr i8, ptr %"hdr.1", i64 24
  %".221" = load i64, ptr %".220", align 8
  %".222" = getelementptr i8, ptr %"hdr.1", i64 32
  %".223" = load i64, ptr %".222", align 8
  br label %"ipv6_d0.header"
ipv6_d0.header:
  %"w0_4" = phi  i32 [%".213", %"ipv6_d0.linear"], [%".242", %"ipv6_d0.copy_failed.endif"]
  %"w6_1" = phi  i8 [%".215", %"ipv6_d0.linear"], [%".244", %"ipv6_d0.copy_failed.endif"]
  %"w8_8" = phi  i64 [%".217", %"ipv6_d0.linear"], [%".246", %"ipv6_d0.copy_failed.endif"]
  %"w16_8" = phi  i64 [%".219", %"ipv6_d0.linear"], [%".248", %"ipv6_d0.copy_failed.endif"]
  %"w24_8" = phi  i64 [%".221", %"ipv6_d0.linear"], [%".250", %"ipv6_d0.copy_failed.endif"]
  %"w32_8" = phi  i64 [%".223", %"ipv6_d0.linear"], [%".252", %"ipv6_d0.copy_failed.endif"]
  %"data.29" = phi  ptr [%"data.3", %"ipv6_d0.linear"], [%"data.28", %"ipv6_d0.copy_failed.endif"]
  %"data_end.29" = phi  ptr [%"data_end.3", %"ipv6_d0.linear"], [%"data_end.28", %"ipv6_d0.copy_failed.endif"]
  %"keys.29" = phi  ptr [%"keys.3", %"ipv6_d0.linear"], [%"keys.28", %"ipv6_d0.copy_failed.endif"]
  %".254" = getelementptr i8, ptr %"keys.29", i64 9
  store i8 %"w6_1", ptr %".254", align 1
  %".256" = getelementptr i8, ptr %"keys.29", i64 16
  store i64 %"w8_8", ptr %".256", align 8
  %".258" = getelementptr i8, ptr %"keys.29", i64 24
  store i64 %"w16_8", ptr %".258", align 8
  %".260" = getelementptr i8, ptr %"keys.29", i64 32
  store i64 %"w24_8", ptr %".260", align 8
  %".262" = getelementptr i8, ptr %"keys.29", i64 40
  store i64 %"w32_8", ptr %".262", align 8
  %".264" = trunc i64 34525 to i16
  %".265" = getelementptr i8, ptr %"keys.29", i64 4
  store i16 %".264", ptr %".265", align 2
  %".267" = trunc i64 34525 to i16
  %".268" = call i16 @"llvm.bswap.i16"(i16 %".267")
  %".269" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".268", ptr %".269", align 2
  %".271" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".272" = zext i32 %".271" to i64
  %".273" = and i64 %".272", 1048575
  %".274" = trunc i64 %".273" to i32
  %".275" = call i32 @"llvm.bswap.i32"(i32 %".274")
  %".276" = getelementptr i8, ptr %"keys.29", i64 52
  store i32 %".275", ptr %".276", align 4
  %".278" = add i64 %"cursor.2", 40
  %".279" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".280" = zext i32 %".279" to i64
  %".281" = and i64 %".280", 1048575
  %".282" = icmp ne i64 %".281", 0
  %".283" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.3" = load volatile i32, ptr %".283", align 4
  %".284" = and i32 %"flags.3", 2
  %".285" = icmp ne i32 %".284", 0
  %".286" = and i1 %".282", %".285"
  br i1 %".286", label %"ipv6_d0.stop_if", label %"ipv6_d0.stop_if.endif"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".26", %"entry_d0.to_vlan"], [%".26", %"entry_d0.to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"entry_d0.to_vlan"], [%"data.1", %"entry_d0.to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"entry_d0.to_vlan"], [%"data_end.1", %"entry_d0.to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"entry_d0.to_vlan"], [%"keys.1", %"entry_d0.to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".350" = getelementptr i8, ptr %"hdr.2", i64 4
  %".351" = icmp ugt ptr %".350", %"data_end.4"
  br i1 %".351", label %"vlan_d0_vlan_tags1.copy", label %"vlan_d0_vlan_tags1.linear", !prof !0
vlan_d0_vlan_tags1.linear:
  %".353" = getelementptr i8, ptr %"hdr.2", i64 2
  %".354" = load i16, ptr %".353", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.header:
  %"w2_2" = phi  i16 [%".354", %"vlan_d0_vlan_tags1.linear"], [%".373", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data.34" = phi  ptr [%"data.4", %"vlan_d0_vlan_tags1.linear"], [%"data.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.34" = phi  ptr [%"data_end.4", %"vlan_d0_vlan_tags1.linear"], [%"data_end.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %"keys.34" = phi  ptr [%"keys.4", %"vlan_d0_vlan_tags1.linear"], [%"keys.33", %"vlan_d0_vlan_tags1.copy_failed.endif"]
  %".375" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %"w2_2", ptr %".375", align 2
  %".377" = add i64 %"cursor.3", 4
  %".378" = trunc i64 %".377" to i16
  %".379" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".378", ptr %".379", align 2
  %".381" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".382" = zext i16 %".381" to i64
  switch i64 %".382", label %"vlan_d0_vlan_tags1.unknown" [i64 2048, label %"vlan_d0_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags1.to_vlan" i64 34984, label %"vlan_d0_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags1.to_mpls" i64 34888, label %"vlan_d0_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags1.to_arp" i64 32821, label %"vlan_d0_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags1.to_ptp" i64 35074, label %"vlan_d0_vlan_tags1.to_cfm" i64 35018, label %"vlan_d0_vlan_tags1.to_tipc" i64 35078, label %"vlan_d0_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags1.to_hsr" i64 35067, label %"vlan_d0_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags1.to_batadv"]  , !prof !1
vlan_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".278", %"ipv6_d0.to_mpls"], [%".377", %"vlan_d0_vlan_tags1.to_mpls"], [%".377", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".502", %"pppoe_d0.to_mpls"], [%".502", %"pppoe_d0.to_mpls.1"], [%".651", %"hsr_d0_vlan_tags1.to_mpls"], [%".651", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1910", %"vlan_d0_vlan_tags2.to_mpls"], [%".1910", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".1976", %"hsr_d0_vlan_tags2.to_mpls"], [%".1976", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".5078", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".5180", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".6154", %"widening.test.10"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.16", %"ipv4_d0.to_mpls"], [%"data.29", %"ipv6_d0.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.42", %"pppoe_d0.to_mpls"], [%"data.42", %"pppoe_d0.to_mpls.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.276", %"widening.test.10"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.16", %"ipv4_d0.to_mpls"], [%"data_end.29", %"ipv6_d0.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.42", %"pppoe_d0.to_mpls"], [%"data_end.42", %"pppoe_d0.to_mpls.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.276", %"widening.test.10"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.16", %"ipv4_d0.to_mpls"], [%"keys.29", %"ipv6_d0.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.34", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.42", %"pppoe_d0.to_mpls"], [%"keys.42", %"pppoe_d0.to_mpls.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.51", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.107", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.109", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.109", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.10"]
  %".404" = add i64 %"cursor.4", 4
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".405" = getelementptr i8, ptr %"hdr.3", i64 4
  %".406" = icmp ugt ptr %".405", %"data_end.5"
  br i1 %".406", label %"mpls_d0_mpls_labels1.copy", label %"mpls_d0_mpls_labels1.linear", !prof !0
mpls_d0_mpls_labels1.linear:
  %".408" = getelementptr i8, ptr %"hdr.3", i64 2
  %".409" = load i8, ptr %".408", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.header:
  %"w2_1" = phi  i8 [%".409", %"mpls_d0_mpls_labels1.linear"], [%".428", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data.38" = phi  ptr [%"data.5", %"mpls_d0_mpls_labels1.linear"], [%"data.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"data_end.38" = phi  ptr [%"data_end.5", %"mpls_d0_mpls_labels1.linear"], [%"data_end.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %"keys.38" = phi  ptr [%"keys.5", %"mpls_d0_mpls_labels1.linear"], [%"keys.37", %"mpls_d0_mpls_labels1.copy_failed.endif"]
  %".430" = add i64 %"cursor.4", 4
  %".431" = zext i8 %"w2_1" to i64
  %".432" = and i64 %".431", 1
  switch i64 %".432", label %"mpls_d0_mpls_labels1.unknown" [i64 0, label %"mpls_d0_mpls_labels1.to_mpls" i64 1, label %"mpls_d0_mpls_labels1.to_ip_version"]
mpls_d0_mpls_labels1.to_mpls:
  br label %"mpls_d0_mpls_labels2"
mpls_d0_mpls_labels2:
  %"cursor.29" = phi  i64 [%".430", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data.39" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"data_end.39" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %"keys.39" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.to_mpls"]
  %".2015" = add i64 %"cursor.29", 4
  %"hdr.26" = getelementptr i8, ptr %"data.39", i64 %"cursor.29"
  %".2016" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2017" = icmp ugt ptr %".2016", %"data_end.39"
  br i1 %".2017", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2019" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2020" = load i8, ptr %".2019", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2020", %"mpls_d0_mpls_labels2.linear"], [%".2039", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.111" = phi  ptr [%"data.39", %"mpls_d0_mpls_labels2.linear"], [%"data.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.111" = phi  ptr [%"data_end.39", %"mpls_d0_mpls_labels2.linear"], [%"data_end.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.111" = phi  ptr [%"keys.39", %"mpls_d0_mpls_labels2.linear"], [%"keys.110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2041" = add i64 %"cursor.29", 4
  %".2042" = zext i8 %"w2_1.1" to i64
  %".2043" = and i64 %".2042", 1
  switch i64 %".2043", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels3:
  %"cursor.51" = phi  i64 [%".2041", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.112" = phi  ptr [%"data.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.112" = phi  ptr [%"data_end.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.112" = phi  ptr [%"keys.111", %"mpls_d0_mpls_labels2.to_mpls"]
  %".3803" = add i64 %"cursor.51", 4
  %"hdr.45" = getelementptr i8, ptr %"data.112", i64 %"cursor.51"
  %".3804" = getelementptr i8, ptr %"hdr.45", i64 4
  %".3805" = icmp ugt ptr %".3804", %"data_end.112"
  br i1 %".3805", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".3807" = getelementptr i8, ptr %"hdr.45", i64 2
  %".3808" = load i8, ptr %".3807", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".3808", %"mpls_d0_mpls_labels3.linear"], [%".3827", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.184" = phi  ptr [%"data.112", %"mpls_d0_mpls_labels3.linear"], [%"data.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.184" = phi  ptr [%"data_end.112", %"mpls_d0_mpls_labels3.linear"], [%"data_end.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.184" = phi  ptr [%"keys.112", %"mpls_d0_mpls_labels3.linear"], [%"keys.183", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".3829" = add i64 %"cursor.51", 4
  %".3830" = zext i8 %"w2_1.3" to i64
  %".3831" = and i64 %".3830", 1
  switch i64 %".3831", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels4:
  %"cursor.70" = phi  i64 [%".3829", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.185" = phi  ptr [%"data.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.185" = phi  ptr [%"data_end.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.185" = phi  ptr [%"keys.184", %"mpls_d0_mpls_labels3.to_mpls"]
  %".5277" = add i64 %"cursor.70", 4
  %"hdr.62" = getelementptr i8, ptr %"data.185", i64 %"cursor.70"
  %".5278" = getelementptr i8, ptr %"hdr.62", i64 4
  %".5279" = icmp ugt ptr %".5278", %"data_end.185"
  br i1 %".5279", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5281" = getelementptr i8, ptr %"hdr.62", i64 2
  %".5282" = load i8, ptr %".5281", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5282", %"mpls_d0_mpls_labels4.linear"], [%".5301", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.236" = phi  ptr [%"data.185", %"mpls_d0_mpls_labels4.linear"], [%"data.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.236" = phi  ptr [%"data_end.185", %"mpls_d0_mpls_labels4.linear"], [%"data_end.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.236" = phi  ptr [%"keys.185", %"mpls_d0_mpls_labels4.linear"], [%"keys.235", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5303" = add i64 %"cursor.70", 4
  %".5304" = zext i8 %"w2_1.5" to i64
  %".5305" = and i64 %".5304", 1
  switch i64 %".5305", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels4.to_mpls:
  %".5311" = trunc i64 %".5303" to i16
  %".5312" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5311", ptr %".5312", align 2
  br label %"return"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".377", %"vlan_d0_vlan_tags1.to_pppoe"], [%".651", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1910", %"vlan_d0_vlan_tags2.to_pppoe"], [%".1976", %"hsr_d0_vlan_tags2.to_pppoe"], [%".6077", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.269", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.269", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.51", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.107", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.109", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".452" = getelementptr i8, ptr %"hdr.4", i64 8
  %".453" = icmp ugt ptr %".452", %"data_end.6"
  br i1 %".453", label %"pppoe_d0.copy", label %"pppoe_d0.linear", !prof !0
pppoe_d0.linear:
  %".455" = getelementptr i8, ptr %"hdr.4", i64 0
  %".456" = load i8, ptr %".455", align 1
  %".457" = getelementptr i8, ptr %"hdr.4", i64 1
  %".458" = load i8, ptr %".457", align 1
  %".459" = getelementptr i8, ptr %"hdr.4", i64 6
  %".460" = load i16, ptr %".459", align 2
  br label %"pppoe_d0.header"
pppoe_d0.header:
  %"w0_1.1" = phi  i8 [%".456", %"pppoe_d0.linear"], [%".479", %"pppoe_d0.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".458", %"pppoe_d0.linear"], [%".481", %"pppoe_d0.copy_failed.endif"]
  %"w6_2.1" = phi  i16 [%".460", %"pppoe_d0.linear"], [%".483", %"pppoe_d0.copy_failed.endif"]
  %"data.42" = phi  ptr [%"data.6", %"pppoe_d0.linear"], [%"data.41", %"pppoe_d0.copy_failed.endif"]
  %"data_end.42" = phi  ptr [%"data_end.6", %"pppoe_d0.linear"], [%"data_end.41", %"pppoe_d0.copy_failed.endif"]
  %"keys.42" = phi  ptr [%"keys.6", %"pppoe_d0.linear"], [%"keys.41", %"pppoe_d0.copy_failed.endif"]
  %".485" = zext i8 %"w0_1.1" to i64
  %".486" = lshr i64 %".485", 4
  %".487" = and i64 %".486", 15
  %".488" = icmp eq i64 %".487", 1
  %".489" = zext i8 %"w0_1.1" to i64
  %".490" = and i64 %".489", 15
  %".491" = icmp eq i64 %".490", 1
  %".492" = and i1 %".488", %".491"
  %".493" = zext i8 %"w1_1" to i64
  %".494" = icmp eq i64 %".493", 0
  %".495" = and i1 %".492", %".494"
  %".496" = xor i1 %".495", -1
  br i1 %".496", label %"pppoe_d0.require", label %"pppoe_d0.require.endif"
arp:
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".377", %"vlan_d0_vlan_tags1.to_arp"], [%".377", %"vlan_d0_vlan_tags1.to_arp.1"], [%".651", %"hsr_d0_vlan_tags1.to_arp"], [%".651", %"hsr_d0_vlan_tags1.to_arp.1"], [%".724", %"batadv_d0.stop_at_encap.endif.7"], [%".724", %"batadv_d0.stop_at_encap.endif.8"], [%".1910", %"vlan_d0_vlan_tags2.to_arp"], [%".1910", %"vlan_d0_vlan_tags2.to_arp.1"], [%".1976", %"hsr_d0_vlan_tags2.to_arp"], [%".1976", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2130", %"vlan_d1_vlan_tags1.to_arp"], [%".2130", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2320", %"hsr_d1_vlan_tags1.to_arp"], [%".2320", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.5", %"gre_d0.to_arp"], [%"end.5", %"gre_d0.to_arp.1"], [%".3878", %"vlan_d1_vlan_tags2.to_arp"], [%".3878", %"vlan_d1_vlan_tags2.to_arp.1"], [%".3944", %"hsr_d1_vlan_tags2.to_arp"], [%".3944", %"hsr_d1_vlan_tags2.to_arp.1"], [%".4061", %"ethernet_d1.to_arp"], [%".4061", %"ethernet_d1.to_arp.1"], [%".6308", %"widening.test.24"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_arp"], [%"data.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.109", %"hsr_d0_vlan_tags2.to_arp"], [%"data.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.116", %"vlan_d1_vlan_tags1.to_arp"], [%"data.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_arp"], [%"data.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.154", %"gre_d0.to_arp"], [%"data.154", %"gre_d0.to_arp.1"], [%"data.187", %"vlan_d1_vlan_tags2.to_arp"], [%"data.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.189", %"hsr_d1_vlan_tags2.to_arp"], [%"data.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.194", %"ethernet_d1.to_arp"], [%"data.194", %"ethernet_d1.to_arp.1"], [%"data.290", %"widening.test.24"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.154", %"gre_d0.to_arp"], [%"data_end.154", %"gre_d0.to_arp.1"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.194", %"ethernet_d1.to_arp"], [%"data_end.194", %"ethernet_d1.to_arp.1"], [%"data_end.290", %"widening.test.24"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.51", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.107", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.109", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.109", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.116", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.116", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.125", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.154", %"gre_d0.to_arp"], [%"keys.154", %"gre_d0.to_arp.1"], [%"keys.187", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.187", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.189", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.189", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.194", %"ethernet_d1.to_arp"], [%"keys.194", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.24"]
  %".537" = add i64 %"cursor.6", 0
  %".538" = trunc i64 %".537" to i16
  %".539" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".538", ptr %".539", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".377", %"vlan_d0_vlan_tags1.to_ptp"], [%".651", %"hsr_d0_vlan_tags1.to_ptp"], [%".724", %"batadv_d0.stop_at_encap.endif.9"], [%".1910", %"vlan_d0_vlan_tags2.to_ptp"], [%".1976", %"hsr_d0_vlan_tags2.to_ptp"], [%".2130", %"vlan_d1_vlan_tags1.to_ptp"], [%".2320", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.5", %"gre_d0.to_ptp"], [%".3878", %"vlan_d1_vlan_tags2.to_ptp"], [%".3944", %"hsr_d1_vlan_tags2.to_ptp"], [%".4061", %"ethernet_d1.to_ptp"], [%".6297", %"widening.test.23"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.154", %"gre_d0.to_ptp"], [%"data.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.194", %"ethernet_d1.to_ptp"], [%"data.289", %"widening.test.23"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.154", %"gre_d0.to_ptp"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.194", %"ethernet_d1.to_ptp"], [%"data_end.289", %"widening.test.23"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.34", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.51", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.107", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.109", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.154", %"gre_d0.to_ptp"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.194", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.23"]
  %"hdr.5" = getelementptr i8, ptr %"data.8", i64 %"cursor.7"
  %".542" = getelementptr i8, ptr %"hdr.5", i64 34
  %".543" = icmp ugt ptr %".542", %"data_end.8"
  br i1 %".543", label %"ptp.copy", label %"ptp.linear", !prof !0
ptp.linear:
  br label %"ptp.header"
ptp.header:
  %"data.45" = phi  ptr [%"data.8", %"ptp.linear"], [%"data.44", %"ptp.copy_failed.endif"]
  %"data_end.45" = phi  ptr [%"data_end.8", %"ptp.linear"], [%"data_end.44", %"ptp.copy_failed.endif"]
  %"keys.45" = phi  ptr [%"keys.8", %"ptp.linear"], [%"keys.44", %"ptp.copy_failed.endif"]
  %".563" = add i64 %"cursor.7", 34
  %".564" = trunc i64 %".563" to i16
  %".565" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".564", ptr %".565", align 2
  br label %"return"
cfm:
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".377", %"vlan_d0_vlan_tags1.to_cfm"], [%".651", %"hsr_d0_vlan_tags1.to_cfm"], [%".724", %"batadv_d0.stop_at_encap.endif.10"], [%".1910", %"vlan_d0_vlan_tags2.to_cfm"], [%".1976", %"hsr_d0_vlan_tags2.to_cfm"], [%".2130", %"vlan_d1_vlan_tags1.to_cfm"], [%".2320", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.5", %"gre_d0.to_cfm"], [%".3878", %"vlan_d1_vlan_tags2.to_cfm"], [%".3944", %"hsr_d1_vlan_tags2.to_cfm"], [%".4061", %"ethernet_d1.to_cfm"], [%".6286", %"widening.test.22"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.154", %"gre_d0.to_cfm"], [%"data.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.194", %"ethernet_d1.to_cfm"], [%"data.288", %"widening.test.22"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.154", %"gre_d0.to_cfm"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.194", %"ethernet_d1.to_cfm"], [%"data_end.288", %"widening.test.22"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.34", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.51", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.107", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.109", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.116", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.125", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.154", %"gre_d0.to_cfm"], [%"keys.187", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.189", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.194", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.22"]
  %".568" = add i64 %"cursor.8", 0
  %".569" = trunc i64 %".568" to i16
  %".570" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".569", ptr %".570", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".377", %"vlan_d0_vlan_tags1.to_tipc"], [%".651", %"hsr_d0_vlan_tags1.to_tipc"], [%".724", %"batadv_d0.stop_at_encap.endif.11"], [%".1910", %"vlan_d0_vlan_tags2.to_tipc"], [%".1976", %"hsr_d0_vlan_tags2.to_tipc"], [%".2130", %"vlan_d1_vlan_tags1.to_tipc"], [%".2320", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.5", %"gre_d0.to_tipc"], [%".3878", %"vlan_d1_vlan_tags2.to_tipc"], [%".3944", %"hsr_d1_vlan_tags2.to_tipc"], [%".4061", %"ethernet_d1.to_tipc"], [%".6275", %"widening.test.21"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.53", %"batadv_d0.stop_at_encap.endif.11"], [%"data.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.154", %"gre_d0.to_tipc"], [%"data.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.194", %"ethernet_d1.to_tipc"], [%"data.287", %"widening.test.21"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.154", %"gre_d0.to_tipc"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.194", %"ethernet_d1.to_tipc"], [%"data_end.287", %"widening.test.21"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.34", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.51", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.107", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.109", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.116", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.125", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.154", %"gre_d0.to_tipc"], [%"keys.187", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.189", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.194", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.21"]
  %"hdr.6" = getelementptr i8, ptr %"data.10", i64 %"cursor.9"
  %".573" = getelementptr i8, ptr %"hdr.6", i64 16
  %".574" = icmp ugt ptr %".573", %"data_end.10"
  br i1 %".574", label %"tipc.copy", label %"tipc.linear", !prof !0
tipc.linear:
  br label %"tipc.header"
tipc.header:
  %"data.47" = phi  ptr [%"data.10", %"tipc.linear"], [%"data.46", %"tipc.copy_failed.endif"]
  %"data_end.47" = phi  ptr [%"data_end.10", %"tipc.linear"], [%"data_end.46", %"tipc.copy_failed.endif"]
  %"keys.47" = phi  ptr [%"keys.10", %"tipc.linear"], [%"keys.46", %"tipc.copy_failed.endif"]
  %".594" = trunc i64 %"cursor.9" to i16
  %".595" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".594", ptr %".595", align 2
  br label %"return"
fcoe:
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".377", %"vlan_d0_vlan_tags1.to_fcoe"], [%".651", %"hsr_d0_vlan_tags1.to_fcoe"], [%".724", %"batadv_d0.stop_at_encap.endif.12"], [%".1910", %"vlan_d0_vlan_tags2.to_fcoe"], [%".1976", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2130", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2320", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.5", %"gre_d0.to_fcoe"], [%".3878", %"vlan_d1_vlan_tags2.to_fcoe"], [%".3944", %"hsr_d1_vlan_tags2.to_fcoe"], [%".4061", %"ethernet_d1.to_fcoe"], [%".6264", %"widening.test.20"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.53", %"batadv_d0.stop_at_encap.endif.12"], [%"data.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.154", %"gre_d0.to_fcoe"], [%"data.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.194", %"ethernet_d1.to_fcoe"], [%"data.286", %"widening.test.20"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.154", %"gre_d0.to_fcoe"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.194", %"ethernet_d1.to_fcoe"], [%"data_end.286", %"widening.test.20"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.34", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.51", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.107", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.109", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.116", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.125", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.154", %"gre_d0.to_fcoe"], [%"keys.187", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.189", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.194", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.20"]
  %"hdr.7" = getelementptr i8, ptr %"data.11", i64 %"cursor.10"
  %".598" = getelementptr i8, ptr %"hdr.7", i64 38
  %".599" = icmp ugt ptr %".598", %"data_end.11"
  br i1 %".599", label %"fcoe.copy", label %"fcoe.linear", !prof !0
fcoe.linear:
  br label %"fcoe.header"
fcoe.header:
  %"data.49" = phi  ptr [%"data.11", %"fcoe.linear"], [%"data.48", %"fcoe.copy_failed.endif"]
  %"data_end.49" = phi  ptr [%"data_end.11", %"fcoe.linear"], [%"data_end.48", %"fcoe.copy_failed.endif"]
  %"keys.49" = phi  ptr [%"keys.11", %"fcoe.linear"], [%"keys.48", %"fcoe.copy_failed.endif"]
  %".619" = add i64 %"cursor.10", 38
  %".620" = trunc i64 %".619" to i16
  %".621" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".620", ptr %".621", align 2
  br label %"return"
hsr_d0_vlan_tags1:
  %"cursor.11" = phi  i64 [%".26", %"entry_d0.to_hsr"], [%".26", %"entry_d0.to_hsr.1"]
  %"data.12" = phi  ptr [%"data.1", %"entry_d0.to_hsr"], [%"data.1", %"entry_d0.to_hsr.1"]
  %"data_end.12" = phi  ptr [%"data_end.1", %"entry_d0.to_hsr"], [%"data_end.1", %"entry_d0.to_hsr.1"]
  %"keys.12" = phi  ptr [%"keys.1", %"entry_d0.to_hsr"], [%"keys.1", %"entry_d0.to_hsr.1"]
  %"hdr.8" = getelementptr i8, ptr %"data.12", i64 %"cursor.11"
  %".624" = getelementptr i8, ptr %"hdr.8", i64 6
  %".625" = icmp ugt ptr %".624", %"data_end.12"
  br i1 %".625", label %"hsr_d0_vlan_tags1.copy", label %"hsr_d0_vlan_tags1.linear", !prof !0
hsr_d0_vlan_tags1.linear:
  %".627" = getelementptr i8, ptr %"hdr.8", i64 4
  %".628" = load i16, ptr %".627", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.header:
  %"w4_2" = phi  i16 [%".628", %"hsr_d0_vlan_tags1.linear"], [%".647", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data.51" = phi  ptr [%"data.12", %"hsr_d0_vlan_tags1.linear"], [%"data.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"data_end.51" = phi  ptr [%"data_end.12", %"hsr_d0_vlan_tags1.linear"], [%"data_end.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %"keys.51" = phi  ptr [%"keys.12", %"hsr_d0_vlan_tags1.linear"], [%"keys.50", %"hsr_d0_vlan_tags1.copy_failed.endif"]
  %".649" = getelementptr i8, ptr %"keys.51", i64 10
  store i16 %"w4_2", ptr %".649", align 2
  %".651" = add i64 %"cursor.11", 6
  %".652" = trunc i64 %".651" to i16
  %".653" = getelementptr i8, ptr %"keys.51", i64 0
  store i16 %".652", ptr %".653", align 2
  %".655" = call i16 @"llvm.bswap.i16"(i16 %"w4_2")
  %".656" = zext i16 %".655" to i64
  switch i64 %".656", label %"hsr_d0_vlan_tags1.unknown" [i64 2048, label %"hsr_d0_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags1.to_vlan" i64 34984, label %"hsr_d0_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags1.to_mpls" i64 34888, label %"hsr_d0_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags1.to_arp" i64 32821, label %"hsr_d0_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags1.to_ptp" i64 35074, label %"hsr_d0_vlan_tags1.to_cfm" i64 35018, label %"hsr_d0_vlan_tags1.to_tipc" i64 35078, label %"hsr_d0_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags1.to_hsr" i64 35067, label %"hsr_d0_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags1.to_batadv"]  , !prof !1
hsr_d0_vlan_tags1.to_ipv4:
  br label %"ipv4_d0"
batadv_d0:
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".377", %"vlan_d0_vlan_tags1.to_batadv"], [%".651", %"hsr_d0_vlan_tags1.to_batadv"], [%".1910", %"vlan_d0_vlan_tags2.to_batadv"], [%".1976", %"hsr_d0_vlan_tags2.to_batadv"], [%".6066", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.268", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.268", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.34", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.51", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.107", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.109", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
  %"hdr.9" = getelementptr i8, ptr %"data.13", i64 %"cursor.12"
  %".678" = getelementptr i8, ptr %"hdr.9", i64 24
  %".679" = icmp ugt ptr %".678", %"data_end.13"
  br i1 %".679", label %"batadv_d0.copy", label %"batadv_d0.linear", !prof !0
batadv_d0.linear:
  %".681" = getelementptr i8, ptr %"hdr.9", i64 0
  %".682" = load i8, ptr %".681", align 1
  %".683" = getelementptr i8, ptr %"hdr.9", i64 1
  %".684" = load i8, ptr %".683", align 1
  %".685" = getelementptr i8, ptr %"hdr.9", i64 22
  %".686" = load i16, ptr %".685", align 2
  br label %"batadv_d0.header"
batadv_d0.header:
  %"w0_1.2" = phi  i8 [%".682", %"batadv_d0.linear"], [%".705", %"batadv_d0.copy_failed.endif"]
  %"w1_1.1" = phi  i8 [%".684", %"batadv_d0.linear"], [%".707", %"batadv_d0.copy_failed.endif"]
  %"w22_2" = phi  i16 [%".686", %"batadv_d0.linear"], [%".709", %"batadv_d0.copy_failed.endif"]
  %"data.53" = phi  ptr [%"data.13", %"batadv_d0.linear"], [%"data.52", %"batadv_d0.copy_failed.endif"]
  %"data_end.53" = phi  ptr [%"data_end.13", %"batadv_d0.linear"], [%"data_end.52", %"batadv_d0.copy_failed.endif"]
  %"keys.53" = phi  ptr [%"keys.13", %"batadv_d0.linear"], [%"keys.52", %"batadv_d0.copy_failed.endif"]
  %".711" = zext i8 %"w1_1.1" to i64
  %".712" = icmp eq i64 %".711", 15
  %".713" = zext i8 %"w0_1.2" to i64
  %".714" = icmp eq i64 %".713", 64
  %".715" = and i1 %".712", %".714"
  %".716" = xor i1 %".715", -1
  br i1 %".716", label %"batadv_d0.require", label %"batadv_d0.require.endif"
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
  %".126" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".127" = zext i16 %".126" to i64
  %".128" = and i64 %".127", 16383
  %".129" = icmp ne i64 %".128", 0
  %".130" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".131" = zext i16 %".130" to i64
  %".132" = and i64 %".131", 8191
  %".133" = icmp eq i64 %".132", 0
  br i1 %".129", label %"ipv4_d0.fragment", label %"ipv4_d0.fragment.endif", !prof !0
ipv4_d0.fragment.endif:
  %".155" = zext i8 %"w9_1" to i64
  switch i64 %".155", label %"ipv4_d0.unknown" [i64 6, label %"ipv4_d0.to_tcp" i64 17, label %"ipv4_d0.to_udp" i64 136, label %"ipv4_d0.to_udplite" i64 47, label %"ipv4_d0.to_gre_version" i64 132, label %"ipv4_d0.to_sctp" i64 33, label %"ipv4_d0.to_dccp" i64 50, label %"ipv4_d0.to_esp" i64 51, label %"ipv4_d0.to_ah" i64 1, label %"ipv4_d0.to_icmp" i64 137, label %"ipv4_d0.to_mpls" i64 4, label %"ipv4_d0.to_ipv4" i64 41, label %"ipv4_d0.to_ipv6"]  , !prof !2
ipv4_d0.to_tcp:
  br label %"tcp"
tcp:
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".278", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1568", %"ipv6_d1.to_tcp"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".5078", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".5180", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".5554", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".5662", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".6506", %"widening.test.42"]
  %"data.17" = phi  ptr [%"data.16", %"ipv4_d0.to_tcp"], [%"data.29", %"ipv6_d0.to_tcp"], [%"data.91", %"ipv4_d1.to_tcp"], [%"data.95", %"ipv6_d1.to_tcp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.308", %"widening.test.42"]
  %"data_end.17" = phi  ptr [%"data_end.16", %"ipv4_d0.to_tcp"], [%"data_end.29", %"ipv6_d0.to_tcp"], [%"data_end.91", %"ipv4_d1.to_tcp"], [%"data_end.95", %"ipv6_d1.to_tcp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.308", %"widening.test.42"]
  %"keys.17" = phi  ptr [%"keys.16", %"ipv4_d0.to_tcp"], [%"keys.29", %"ipv6_d0.to_tcp"], [%"keys.91", %"ipv4_d1.to_tcp"], [%"keys.95", %"ipv6_d1.to_tcp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.42"]
  %"hdr.10" = getelementptr i8, ptr %"data.17", i64 %"cursor.13"
  %".940" = getelementptr i8, ptr %"hdr.10", i64 4
  %".941" = icmp ugt ptr %".940", %"data_end.17"
  br i1 %".941", label %"tcp.copy", label %"tcp.linear", !prof !0
tcp.linear:
  %".943" = getelementptr i8, ptr %"hdr.10", i64 0
  %".944" = load i32, ptr %".943", align 4
  br label %"tcp.header"
tcp.header:
  %"w0_4.1" = phi  i32 [%".944", %"tcp.linear"], [%".963", %"tcp.copy_failed.endif"]
  %"data.60" = phi  ptr [%"data.17", %"tcp.linear"], [%"data.59", %"tcp.copy_failed.endif"]
  %"data_end.60" = phi  ptr [%"data_end.17", %"tcp.linear"], [%"data_end.59", %"tcp.copy_failed.endif"]
  %"keys.60" = phi  ptr [%"keys.17", %"tcp.linear"], [%"keys.59", %"tcp.copy_failed.endif"]
  %".965" = getelementptr i8, ptr %"keys.60", i64 12
  store i32 %"w0_4.1", ptr %".965", align 4
  switch i64 0, label %"tcp.unknown" [i64 0, label %"tcp.to_tcp_header"]
tcp.to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.13", %"tcp.to_tcp_header"]
  %"data.61" = phi  ptr [%"data.60", %"tcp.to_tcp_header"]
  %"data_end.61" = phi  ptr [%"data_end.60", %"tcp.to_tcp_header"]
  %"keys.61" = phi  ptr [%"keys.60", %"tcp.to_tcp_header"]
  %"hdr.33" = getelementptr i8, ptr %"data.61", i64 %"cursor.37"
  %".2657" = getelementptr i8, ptr %"hdr.33", i64 20
  %".2658" = icmp ugt ptr %".2657", %"data_end.61"
  br i1 %".2658", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2660" = getelementptr i8, ptr %"hdr.33", i64 12
  %".2661" = load i8, ptr %".2660", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2661", %"tcp_header.linear"], [%".2680", %"tcp_header.copy_failed.endif"]
  %"data.129" = phi  ptr [%"data.61", %"tcp_header.linear"], [%"data.128", %"tcp_header.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.61", %"tcp_header.linear"], [%"data_end.128", %"tcp_header.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.61", %"tcp_header.linear"], [%"keys.128", %"tcp_header.copy_failed.endif"]
  %".2682" = zext i8 %"w12_1" to i64
  %".2683" = lshr i64 %".2682", 4
  %".2684" = and i64 %".2683", 15
  %".2685" = icmp uge i64 %".2684", 5
  %".2686" = xor i1 %".2685", -1
  br i1 %".2686", label %"tcp_header.require", label %"tcp_header.require.endif"
ipv4_d0.variable:
  %".119" = zext i8 %"w0_1" to i64
  %".120" = and i64 %".119", 15
  %".121" = mul i64 %".120", 4
  %".122" = sub i64 %".121", 20
  %".123" = add i64 %".122", 20
  %".124" = add i64 %"cursor.1", %".123"
  br label %"ipv4_d0.variable.endif"
ipv4_d0.fragment:
  %".135" = getelementptr i8, ptr %"keys.16", i64 6
  store i8 1, ptr %".135", align 1
  br i1 %".133", label %"ipv4_d0.first_fragment", label %"ipv4_d0.later_fragment"
ipv4_d0.first_fragment:
  %".138" = getelementptr i8, ptr %"keys.16", i64 7
  store i8 1, ptr %".138", align 1
  %".140" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags" = load volatile i32, ptr %".140", align 4
  %".141" = and i32 %"flags", 1
  %".142" = icmp ne i32 %".141", 0
  %".143" = xor i1 %".142", -1
  br i1 %".143", label %"ipv4_d0.no_parse_1st_frag", label %"ipv4_d0.no_parse_1st_frag.endif"
ipv4_d0.later_fragment:
  %".150" = trunc i64 %"end" to i16
  %".151" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".150", ptr %".151", align 2
  br label %"return"
ipv4_d0.first_fragment.endif:
  br label %"ipv4_d0.fragment.endif"
ipv4_d0.no_parse_1st_frag:
  %".145" = trunc i64 %"end" to i16
  %".146" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".145", ptr %".146", align 2
  br label %"return"
ipv4_d0.no_parse_1st_frag.endif:
  br label %"ipv4_d0.first_fragment.endif"
ipv4_d0.unknown:
  %".157" = trunc i64 %"end" to i16
  %".158" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".157", ptr %".158", align 2
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
  %".170" = trunc i64 34887 to i16
  %".171" = call i16 @"llvm.bswap.i16"(i16 %".170")
  %".172" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".171", ptr %".172", align 2
  br label %"mpls_d0_mpls_labels1"
ipv4_d0.to_ipv4:
  %".175" = trunc i64 2048 to i16
  %".176" = call i16 @"llvm.bswap.i16"(i16 %".175")
  %".177" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".176", ptr %".177", align 2
  %".179" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".179", align 1
  %".181" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.1" = load volatile i32, ptr %".181", align 4
  %".182" = and i32 %"flags.1", 4
  %".183" = icmp ne i32 %".182", 0
  br i1 %".183", label %"ipv4_d0.stop_at_encap", label %"ipv4_d0.stop_at_encap.endif"
ipv4_d0.to_ipv6:
  %".192" = trunc i64 34525 to i16
  %".193" = call i16 @"llvm.bswap.i16"(i16 %".192")
  %".194" = getelementptr i8, ptr %"keys.16", i64 10
  store i16 %".193", ptr %".194", align 2
  %".196" = getelementptr i8, ptr %"keys.16", i64 8
  store i8 1, ptr %".196", align 1
  %".198" = getelementptr i8, ptr %"keys.16", i64 48
  %"flags.2" = load volatile i32, ptr %".198", align 4
  %".199" = and i32 %"flags.2", 4
  %".200" = icmp ne i32 %".199", 0
  br i1 %".200", label %"ipv4_d0.stop_at_encap.1", label %"ipv4_d0.stop_at_encap.endif.1"
udp_d0:
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".278", %"ipv6_d0.to_udp"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".5078", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".5180", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".6176", %"widening.test.12"]
  %"data.18" = phi  ptr [%"data.16", %"ipv4_d0.to_udp"], [%"data.29", %"ipv6_d0.to_udp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.278", %"widening.test.12"]
  %"data_end.18" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udp"], [%"data_end.29", %"ipv6_d0.to_udp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.278", %"widening.test.12"]
  %"keys.18" = phi  ptr [%"keys.16", %"ipv4_d0.to_udp"], [%"keys.29", %"ipv6_d0.to_udp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys", %"widening.test.12"]
  %"hdr.11" = getelementptr i8, ptr %"data.18", i64 %"cursor.14"
  %".973" = getelementptr i8, ptr %"hdr.11", i64 4
  %".974" = icmp ugt ptr %".973", %"data_end.18"
  br i1 %".974", label %"udp_d0.copy", label %"udp_d0.linear", !prof !0
udp_d0.linear:
  %".976" = getelementptr i8, ptr %"hdr.11", i64 0
  %".977" = load i32, ptr %".976", align 4
  br label %"udp_d0.header"
udp_d0.header:
  %"w0_4.2" = phi  i32 [%".977", %"udp_d0.linear"], [%".996", %"udp_d0.copy_failed.endif"]
  %"data.63" = phi  ptr [%"data.18", %"udp_d0.linear"], [%"data.62", %"udp_d0.copy_failed.endif"]
  %"data_end.63" = phi  ptr [%"data_end.18", %"udp_d0.linear"], [%"data_end.62", %"udp_d0.copy_failed.endif"]
  %"keys.63" = phi  ptr [%"keys.18", %"udp_d0.linear"], [%"keys.62", %"udp_d0.copy_failed.endif"]
  %".998" = getelementptr i8, ptr %"keys.63", i64 12
  store i32 %"w0_4.2", ptr %".998", align 4
  %".1000" = add i64 %"cursor.14", 4
  %".1001" = add i64 4, 4
  %".1002" = getelementptr i8, ptr %"data.63", i64 %"cursor.14"
  %".1003" = getelementptr i8, ptr %".1002", i64 %".1001"
  %".1004" = icmp ugt ptr %".1003", %"data_end.63"
  br i1 %".1004", label %"udp_d0.copy_last_byte", label %"udp_d0.variable_part", !prof !0
udp_d0.variable_part:
  %"data.65" = phi  ptr [%"data.63", %"udp_d0.header"], [%"data.64", %"udp_d0.copy_last_byte_failed.endif"]
  %"data_end.65" = phi  ptr [%"data_end.63", %"udp_d0.header"], [%"data_end.64", %"udp_d0.copy_last_byte_failed.endif"]
  %"keys.65" = phi  ptr [%"keys.63", %"udp_d0.header"], [%"keys.64", %"udp_d0.copy_last_byte_failed.endif"]
  %".1025" = add i64 %"cursor.14", %".1001"
  %".1026" = lshr i32 %"w0_4.2", 16
  %".1027" = trunc i32 %".1026" to i16
  %".1028" = call i16 @"llvm.bswap.i16"(i16 %".1027")
  %".1029" = zext i16 %".1028" to i64
  switch i64 %".1029", label %"udp_d0.unknown" [i64 4789, label %"udp_d0.to_vxlan" i64 6081, label %"udp_d0.to_geneve" i64 6080, label %"udp_d0.to_gue" i64 2152, label %"udp_d0.to_gtpu" i64 7777, label %"udp_d0.to_shim"]  , !prof !4
udp_d0.to_vxlan:
  br label %"vxlan_d0"
vxlan_d0:
  %"cursor.38" = phi  i64 [%".1025", %"udp_d0.to_vxlan"]
  %"data.66" = phi  ptr [%"data.65", %"udp_d0.to_vxlan"]
  %"data_end.66" = phi  ptr [%"data_end.65", %"udp_d0.to_vxlan"]
  %"keys.66" = phi  ptr [%"keys.65", %"udp_d0.to_vxlan"]
  %"hdr.34" = getelementptr i8, ptr %"data.66", i64 %"cursor.38"
  %".2735" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2736" = icmp ugt ptr %".2735", %"data_end.66"
  br i1 %".2736", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.134" = phi  ptr [%"data.66", %"vxlan_d0.linear"], [%"data.133", %"vxlan_d0.copy_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.66", %"vxlan_d0.linear"], [%"data_end.133", %"vxlan_d0.copy_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.66", %"vxlan_d0.linear"], [%"keys.133", %"vxlan_d0.copy_failed.endif"]
  %".2756" = add i64 %"cursor.38", 8
  %".2757" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".2757", align 1
  %".2759" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.52" = load volatile i32, ptr %".2759", align 4
  %".2760" = and i32 %"flags.52", 4
  %".2761" = icmp ne i32 %".2760", 0
  br i1 %".2761", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
udplite:
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".278", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1568", %"ipv6_d1.to_udplite"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".5078", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".5180", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".5554", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".5662", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".6484", %"widening.test.40"]
  %"data.19" = phi  ptr [%"data.16", %"ipv4_d0.to_udplite"], [%"data.29", %"ipv6_d0.to_udplite"], [%"data.91", %"ipv4_d1.to_udplite"], [%"data.95", %"ipv6_d1.to_udplite"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.306", %"widening.test.40"]
  %"data_end.19" = phi  ptr [%"data_end.16", %"ipv4_d0.to_udplite"], [%"data_end.29", %"ipv6_d0.to_udplite"], [%"data_end.91", %"ipv4_d1.to_udplite"], [%"data_end.95", %"ipv6_d1.to_udplite"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.306", %"widening.test.40"]
  %"keys.19" = phi  ptr [%"keys.16", %"ipv4_d0.to_udplite"], [%"keys.29", %"ipv6_d0.to_udplite"], [%"keys.91", %"ipv4_d1.to_udplite"], [%"keys.95", %"ipv6_d1.to_udplite"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.40"]
  %"hdr.12" = getelementptr i8, ptr %"data.19", i64 %"cursor.15"
  %".1040" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1041" = icmp ugt ptr %".1040", %"data_end.19"
  br i1 %".1041", label %"udplite.copy", label %"udplite.linear", !prof !0
udplite.linear:
  %".1043" = getelementptr i8, ptr %"hdr.12", i64 0
  %".1044" = load i32, ptr %".1043", align 4
  br label %"udplite.header"
udplite.header:
  %"w0_4.3" = phi  i32 [%".1044", %"udplite.linear"], [%".1063", %"udplite.copy_failed.endif"]
  %"data.72" = phi  ptr [%"data.19", %"udplite.linear"], [%"data.71", %"udplite.copy_failed.endif"]
  %"data_end.72" = phi  ptr [%"data_end.19", %"udplite.linear"], [%"data_end.71", %"udplite.copy_failed.endif"]
  %"keys.72" = phi  ptr [%"keys.19", %"udplite.linear"], [%"keys.71", %"udplite.copy_failed.endif"]
  %".1065" = getelementptr i8, ptr %"keys.72", i64 12
  store i32 %"w0_4.3", ptr %".1065", align 4
  %".1067" = add i64 %"cursor.15", 4
  %".1068" = add i64 4, 4
  %".1069" = getelementptr i8, ptr %"data.72", i64 %"cursor.15"
  %".1070" = getelementptr i8, ptr %".1069", i64 %".1068"
  %".1071" = icmp ugt ptr %".1070", %"data_end.72"
  br i1 %".1071", label %"udplite.copy_last_byte", label %"udplite.variable_part", !prof !0
udplite.variable_part:
  %"data.74" = phi  ptr [%"data.72", %"udplite.header"], [%"data.73", %"udplite.copy_last_byte_failed.endif"]
  %"data_end.74" = phi  ptr [%"data_end.72", %"udplite.header"], [%"data_end.73", %"udplite.copy_last_byte_failed.endif"]
  %"keys.74" = phi  ptr [%"keys.72", %"udplite.header"], [%"keys.73", %"udplite.copy_last_byte_failed.endif"]
  %".1092" = add i64 %"cursor.15", %".1068"
  %".1093" = trunc i64 %"cursor.15" to i16
  %".1094" = getelementptr i8, ptr %"keys.74", i64 2
  store i16 %".1093", ptr %".1094", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".278", %"ipv6_d0.to_gre_version"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".5078", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".5180", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".6165", %"widening.test.11"]
  %"data.20" = phi  ptr [%"data.16", %"ipv4_d0.to_gre_version"], [%"data.29", %"ipv6_d0.to_gre_version"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.277", %"widening.test.11"]
  %"data_end.20" = phi  ptr [%"data_end.16", %"ipv4_d0.to_gre_version"], [%"data_end.29", %"ipv6_d0.to_gre_version"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.277", %"widening.test.11"]
  %"keys.20" = phi  ptr [%"keys.16", %"ipv4_d0.to_gre_version"], [%"keys.29", %"ipv6_d0.to_gre_version"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.11"]
  %"hdr.13" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1097" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1098" = icmp ugt ptr %".1097", %"data_end.20"
  br i1 %".1098", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1100" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1101" = load i8, ptr %".1100", align 1
  %".1102" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1103" = load i8, ptr %".1102", align 1
  %".1104" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1105" = load i16, ptr %".1104", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1101", %"gre_version_d0.linear"], [%".1124", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1103", %"gre_version_d0.linear"], [%".1126", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".1105", %"gre_version_d0.linear"], [%".1128", %"gre_version_d0.copy_failed.endif"]
  %"data.76" = phi  ptr [%"data.20", %"gre_version_d0.linear"], [%"data.75", %"gre_version_d0.copy_failed.endif"]
  %"data_end.76" = phi  ptr [%"data_end.20", %"gre_version_d0.linear"], [%"data_end.75", %"gre_version_d0.copy_failed.endif"]
  %"keys.76" = phi  ptr [%"keys.20", %"gre_version_d0.linear"], [%"keys.75", %"gre_version_d0.copy_failed.endif"]
  %".1130" = zext i8 %"w0_1.3" to i64
  %".1131" = lshr i64 %".1130", 6
  %".1132" = and i64 %".1131", 1
  %".1133" = icmp ne i64 %".1132", 0
  %".1134" = zext i8 %"w1_1.2" to i64
  %".1135" = and i64 %".1134", 7
  %".1136" = icmp ugt i64 %".1135", 1
  %".1137" = or i1 %".1133", %".1136"
  br i1 %".1137", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif", !prof !0
gre_version_d0.stop_before.endif:
  %".1143" = getelementptr i8, ptr %"keys.76", i64 10
  store i16 %"w2_2.1", ptr %".1143", align 2
  %".1145" = zext i8 %"w1_1.2" to i64
  %".1146" = and i64 %".1145", 7
  switch i64 %".1146", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_d0:
  %"cursor.43" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.77" = phi  ptr [%"data.76", %"gre_version_d0.to_gre"]
  %"data_end.77" = phi  ptr [%"data_end.76", %"gre_version_d0.to_gre"]
  %"keys.77" = phi  ptr [%"keys.76", %"gre_version_d0.to_gre"]
  %".3101" = add i64 %"cursor.43", 4
  %".3102" = and i8 %"w0_1.3", 176
  %".3103" = icmp eq i8 %".3102", 0
  %".3104" = xor i1 %".3103", -1
  br i1 %".3104", label %"gre_d0.variable", label %"gre_d0.no_variable", !prof !0
gre_d0.no_variable:
  br label %"gre_d0.variable.endif"
gre_d0.variable.endif:
  %"end.5" = phi  i64 [%".3101", %"gre_d0.no_variable"], [%".3143", %"gre_d0.variable_part"]
  %"data.154" = phi  ptr [%"data.77", %"gre_d0.no_variable"], [%"data.153", %"gre_d0.variable_part"]
  %"data_end.154" = phi  ptr [%"data_end.77", %"gre_d0.no_variable"], [%"data_end.153", %"gre_d0.variable_part"]
  %"keys.154" = phi  ptr [%"keys.77", %"gre_d0.no_variable"], [%"keys.153", %"gre_d0.variable_part"]
  %".3145" = getelementptr i8, ptr %"keys.154", i64 8
  store i8 1, ptr %".3145", align 1
  %".3147" = getelementptr i8, ptr %"keys.154", i64 48
  %"flags.57" = load volatile i32, ptr %".3147", align 4
  %".3148" = and i32 %"flags.57", 4
  %".3149" = icmp ne i32 %".3148", 0
  br i1 %".3149", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".278", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1568", %"ipv6_d1.to_sctp"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".5078", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".5180", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".5554", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".5662", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".6462", %"widening.test.38"]
  %"data.21" = phi  ptr [%"data.16", %"ipv4_d0.to_sctp"], [%"data.29", %"ipv6_d0.to_sctp"], [%"data.91", %"ipv4_d1.to_sctp"], [%"data.95", %"ipv6_d1.to_sctp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.304", %"widening.test.38"]
  %"data_end.21" = phi  ptr [%"data_end.16", %"ipv4_d0.to_sctp"], [%"data_end.29", %"ipv6_d0.to_sctp"], [%"data_end.91", %"ipv4_d1.to_sctp"], [%"data_end.95", %"ipv6_d1.to_sctp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.304", %"widening.test.38"]
  %"keys.21" = phi  ptr [%"keys.16", %"ipv4_d0.to_sctp"], [%"keys.29", %"ipv6_d0.to_sctp"], [%"keys.91", %"ipv4_d1.to_sctp"], [%"keys.95", %"ipv6_d1.to_sctp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.38"]
  %"hdr.14" = getelementptr i8, ptr %"data.21", i64 %"cursor.17"
  %".1154" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1155" = icmp ugt ptr %".1154", %"data_end.21"
  br i1 %".1155", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1157" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1158" = load i32, ptr %".1157", align 4
  br label %"sctp.header"
sctp.header:
  %"w0_4.4" = phi  i32 [%".1158", %"sctp.linear"], [%".1177", %"sctp.copy_failed.endif"]
  %"data.80" = phi  ptr [%"data.21", %"sctp.linear"], [%"data.79", %"sctp.copy_failed.endif"]
  %"data_end.80" = phi  ptr [%"data_end.21", %"sctp.linear"], [%"data_end.79", %"sctp.copy_failed.endif"]
  %"keys.80" = phi  ptr [%"keys.21", %"sctp.linear"], [%"keys.79", %"sctp.copy_failed.endif"]
  %".1179" = getelementptr i8, ptr %"keys.80", i64 12
  store i32 %"w0_4.4", ptr %".1179", align 4
  %".1181" = add i64 %"cursor.17", 4
  %".1182" = trunc i64 %"cursor.17" to i16
  %".1183" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1182", ptr %".1183", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".278", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1568", %"ipv6_d1.to_dccp"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".5078", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".5180", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".5554", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".5662", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".6451", %"widening.test.37"]
  %"data.22" = phi  ptr [%"data.16", %"ipv4_d0.to_dccp"], [%"data.29", %"ipv6_d0.to_dccp"], [%"data.91", %"ipv4_d1.to_dccp"], [%"data.95", %"ipv6_d1.to_dccp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.303", %"widening.test.37"]
  %"data_end.22" = phi  ptr [%"data_end.16", %"ipv4_d0.to_dccp"], [%"data_end.29", %"ipv6_d0.to_dccp"], [%"data_end.91", %"ipv4_d1.to_dccp"], [%"data_end.95", %"ipv6_d1.to_dccp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.303", %"widening.test.37"]
  %"keys.22" = phi  ptr [%"keys.16", %"ipv4_d0.to_dccp"], [%"keys.29", %"ipv6_d0.to_dccp"], [%"keys.91", %"ipv4_d1.to_dccp"], [%"keys.95", %"ipv6_d1.to_dccp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.37"]
  %"hdr.15" = getelementptr i8, ptr %"data.22", i64 %"cursor.18"
  %".1186" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1187" = icmp ugt ptr %".1186", %"data_end.22"
  br i1 %".1187", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1189" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1190" = load i32, ptr %".1189", align 4
  br label %"dccp.header"
dccp.header:
  %"w0_4.5" = phi  i32 [%".1190", %"dccp.linear"], [%".1209", %"dccp.copy_failed.endif"]
  %"data.82" = phi  ptr [%"data.22", %"dccp.linear"], [%"data.81", %"dccp.copy_failed.endif"]
  %"data_end.82" = phi  ptr [%"data_end.22", %"dccp.linear"], [%"data_end.81", %"dccp.copy_failed.endif"]
  %"keys.82" = phi  ptr [%"keys.22", %"dccp.linear"], [%"keys.81", %"dccp.copy_failed.endif"]
  %".1211" = getelementptr i8, ptr %"keys.82", i64 12
  store i32 %"w0_4.5", ptr %".1211", align 4
  %".1213" = add i64 %"cursor.18", 4
  %".1214" = trunc i64 %"cursor.18" to i16
  %".1215" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1214", ptr %".1215", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".278", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1568", %"ipv6_d1.to_esp"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".5078", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".5180", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".5554", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".5662", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".6440", %"widening.test.36"]
  %"data.23" = phi  ptr [%"data.16", %"ipv4_d0.to_esp"], [%"data.29", %"ipv6_d0.to_esp"], [%"data.91", %"ipv4_d1.to_esp"], [%"data.95", %"ipv6_d1.to_esp"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.302", %"widening.test.36"]
  %"data_end.23" = phi  ptr [%"data_end.16", %"ipv4_d0.to_esp"], [%"data_end.29", %"ipv6_d0.to_esp"], [%"data_end.91", %"ipv4_d1.to_esp"], [%"data_end.95", %"ipv6_d1.to_esp"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.302", %"widening.test.36"]
  %"keys.23" = phi  ptr [%"keys.16", %"ipv4_d0.to_esp"], [%"keys.29", %"ipv6_d0.to_esp"], [%"keys.91", %"ipv4_d1.to_esp"], [%"keys.95", %"ipv6_d1.to_esp"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.36"]
  %"hdr.16" = getelementptr i8, ptr %"data.23", i64 %"cursor.19"
  %".1218" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1219" = icmp ugt ptr %".1218", %"data_end.23"
  br i1 %".1219", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1221" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1222" = load i32, ptr %".1221", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.6" = phi  i32 [%".1222", %"esp.linear"], [%".1241", %"esp.copy_failed.endif"]
  %"data.84" = phi  ptr [%"data.23", %"esp.linear"], [%"data.83", %"esp.copy_failed.endif"]
  %"data_end.84" = phi  ptr [%"data_end.23", %"esp.linear"], [%"data_end.83", %"esp.copy_failed.endif"]
  %"keys.84" = phi  ptr [%"keys.23", %"esp.linear"], [%"keys.83", %"esp.copy_failed.endif"]
  %".1243" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.6")
  %".1244" = zext i32 %".1243" to i64
  %".1245" = lshr i64 %".1244", 16
  %".1246" = trunc i64 %".1245" to i16
  %".1247" = call i16 @"llvm.bswap.i16"(i16 %".1246")
  %".1248" = getelementptr i8, ptr %"keys.84", i64 12
  store i16 %".1247", ptr %".1248", align 2
  %".1250" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.6")
  %".1251" = zext i32 %".1250" to i64
  %".1252" = and i64 %".1251", 65535
  %".1253" = trunc i64 %".1252" to i16
  %".1254" = call i16 @"llvm.bswap.i16"(i16 %".1253")
  %".1255" = getelementptr i8, ptr %"keys.84", i64 14
  store i16 %".1254", ptr %".1255", align 2
  %".1257" = add i64 %"cursor.19", 4
  %".1258" = trunc i64 %"cursor.19" to i16
  %".1259" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1258", ptr %".1259", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".278", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1568", %"ipv6_d1.to_ah"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".5078", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".5180", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".5554", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".5662", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".6429", %"widening.test.35"]
  %"data.24" = phi  ptr [%"data.16", %"ipv4_d0.to_ah"], [%"data.29", %"ipv6_d0.to_ah"], [%"data.91", %"ipv4_d1.to_ah"], [%"data.95", %"ipv6_d1.to_ah"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.301", %"widening.test.35"]
  %"data_end.24" = phi  ptr [%"data_end.16", %"ipv4_d0.to_ah"], [%"data_end.29", %"ipv6_d0.to_ah"], [%"data_end.91", %"ipv4_d1.to_ah"], [%"data_end.95", %"ipv6_d1.to_ah"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.301", %"widening.test.35"]
  %"keys.24" = phi  ptr [%"keys.16", %"ipv4_d0.to_ah"], [%"keys.29", %"ipv6_d0.to_ah"], [%"keys.91", %"ipv4_d1.to_ah"], [%"keys.95", %"ipv6_d1.to_ah"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.35"]
  %"hdr.17" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1262" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1263" = icmp ugt ptr %".1262", %"data_end.24"
  br i1 %".1263", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1265" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1266" = load i32, ptr %".1265", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1266", %"ah.linear"], [%".1285", %"ah.copy_failed.endif"]
  %"data.86" = phi  ptr [%"data.24", %"ah.linear"], [%"data.85", %"ah.copy_failed.endif"]
  %"data_end.86" = phi  ptr [%"data_end.24", %"ah.linear"], [%"data_end.85", %"ah.copy_failed.endif"]
  %"keys.86" = phi  ptr [%"keys.24", %"ah.linear"], [%"keys.85", %"ah.copy_failed.endif"]
  %".1287" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1288" = zext i32 %".1287" to i64
  %".1289" = lshr i64 %".1288", 16
  %".1290" = trunc i64 %".1289" to i16
  %".1291" = call i16 @"llvm.bswap.i16"(i16 %".1290")
  %".1292" = getelementptr i8, ptr %"keys.86", i64 12
  store i16 %".1291", ptr %".1292", align 2
  %".1294" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1295" = zext i32 %".1294" to i64
  %".1296" = and i64 %".1295", 65535
  %".1297" = trunc i64 %".1296" to i16
  %".1298" = call i16 @"llvm.bswap.i16"(i16 %".1297")
  %".1299" = getelementptr i8, ptr %"keys.86", i64 14
  store i16 %".1298", ptr %".1299", align 2
  %".1301" = add i64 %"cursor.20", 8
  %".1302" = trunc i64 %"cursor.20" to i16
  %".1303" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1302", ptr %".1303", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"], [%".6418", %"widening.test.34"]
  %"data.25" = phi  ptr [%"data.16", %"ipv4_d0.to_icmp"], [%"data.91", %"ipv4_d1.to_icmp"], [%"data.300", %"widening.test.34"]
  %"data_end.25" = phi  ptr [%"data_end.16", %"ipv4_d0.to_icmp"], [%"data_end.91", %"ipv4_d1.to_icmp"], [%"data_end.300", %"widening.test.34"]
  %"keys.25" = phi  ptr [%"keys.16", %"ipv4_d0.to_icmp"], [%"keys.91", %"ipv4_d1.to_icmp"], [%"keys", %"widening.test.34"]
  %"hdr.18" = getelementptr i8, ptr %"data.25", i64 %"cursor.21"
  %".1306" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1307" = icmp ugt ptr %".1306", %"data_end.25"
  br i1 %".1307", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.88" = phi  ptr [%"data.25", %"icmp.linear"], [%"data.87", %"icmp.copy_failed.endif"]
  %"data_end.88" = phi  ptr [%"data_end.25", %"icmp.linear"], [%"data_end.87", %"icmp.copy_failed.endif"]
  %"keys.88" = phi  ptr [%"keys.25", %"icmp.linear"], [%"keys.87", %"icmp.copy_failed.endif"]
  %".1327" = add i64 %"cursor.21", 4
  %".1328" = trunc i64 %"cursor.21" to i16
  %".1329" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".1328", ptr %".1329", align 2
  br label %"return"
ipv4_d0.stop_at_encap:
  %".185" = trunc i64 %"end" to i16
  %".186" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".185", ptr %".186", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif:
  %".189" = getelementptr i8, ptr %"keys.16", i64 12
  store i32 0, ptr %".189", align 4
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".278", %"ipv6_d0.stop_at_encap.endif"], [%".724", %"batadv_d0.stop_at_encap.endif"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.30", %"ip_version_d1.to_ipv4"], [%".2130", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2258", %"pppoe_d1.to_ipv4"], [%".2320", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.3", %"geneve_d0.to_ipv4"], [%"end.4", %"gue_d0.to_ipv4"], [%".3080", %"shim_d0.to_ipv4"], [%"end.5", %"gre_d0.to_ipv4"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3878", %"vlan_d1_vlan_tags2.to_ipv4"], [%".3944", %"hsr_d1_vlan_tags2.to_ipv4"], [%".4061", %"ethernet_d1.to_ipv4"], [%".4166", %"ppp_d0.stop_at_encap.endif"], [%".5078", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".5180", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".6396", %"widening.test.32"]
  %"data.26" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif"], [%"data.29", %"ipv6_d0.stop_at_encap.endif"], [%"data.53", %"batadv_d0.stop_at_encap.endif"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.114", %"ip_version_d1.to_ipv4"], [%"data.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.123", %"pppoe_d1.to_ipv4"], [%"data.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.140", %"geneve_d0.to_ipv4"], [%"data.145", %"gue_d0.to_ipv4"], [%"data.151", %"shim_d0.to_ipv4"], [%"data.154", %"gre_d0.to_ipv4"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.194", %"ethernet_d1.to_ipv4"], [%"data.201", %"ppp_d0.stop_at_encap.endif"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.298", %"widening.test.32"]
  %"data_end.26" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.114", %"ip_version_d1.to_ipv4"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.123", %"pppoe_d1.to_ipv4"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.140", %"geneve_d0.to_ipv4"], [%"data_end.145", %"gue_d0.to_ipv4"], [%"data_end.151", %"shim_d0.to_ipv4"], [%"data_end.154", %"gre_d0.to_ipv4"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.194", %"ethernet_d1.to_ipv4"], [%"data_end.201", %"ppp_d0.stop_at_encap.endif"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.298", %"widening.test.32"]
  %"keys.26" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif"], [%"keys.53", %"batadv_d0.stop_at_encap.endif"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.114", %"ip_version_d1.to_ipv4"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.123", %"pppoe_d1.to_ipv4"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.140", %"geneve_d0.to_ipv4"], [%"keys.145", %"gue_d0.to_ipv4"], [%"keys.151", %"shim_d0.to_ipv4"], [%"keys.154", %"gre_d0.to_ipv4"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.194", %"ethernet_d1.to_ipv4"], [%"keys.201", %"ppp_d0.stop_at_encap.endif"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.32"]
  %"hdr.19" = getelementptr i8, ptr %"data.26", i64 %"cursor.22"
  %".1332" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1333" = icmp ugt ptr %".1332", %"data_end.26"
  br i1 %".1333", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1335" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1336" = load i8, ptr %".1335", align 1
  %".1337" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1338" = load i16, ptr %".1337", align 2
  %".1339" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1340" = load i8, ptr %".1339", align 1
  %".1341" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1342" = load i64, ptr %".1341", align 8
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1336", %"ipv4_d1.linear"], [%".1361", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1338", %"ipv4_d1.linear"], [%".1363", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1340", %"ipv4_d1.linear"], [%".1365", %"ipv4_d1.copy_failed.endif"]
  %"w12_8.1" = phi  i64 [%".1342", %"ipv4_d1.linear"], [%".1374", %"ipv4_d1.copy_failed.endif"]
  %"data.90" = phi  ptr [%"data.26", %"ipv4_d1.linear"], [%"data.89", %"ipv4_d1.copy_failed.endif"]
  %"data_end.90" = phi  ptr [%"data_end.26", %"ipv4_d1.linear"], [%"data_end.89", %"ipv4_d1.copy_failed.endif"]
  %"keys.90" = phi  ptr [%"keys.26", %"ipv4_d1.linear"], [%"keys.89", %"ipv4_d1.copy_failed.endif"]
  %".1376" = zext i8 %"w0_1.4" to i64
  %".1377" = and i64 %".1376", 15
  %".1378" = icmp uge i64 %".1377", 5
  %".1379" = xor i1 %".1378", -1
  br i1 %".1379", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
ipv4_d0.stop_at_encap.1:
  %".202" = trunc i64 %"end" to i16
  %".203" = getelementptr i8, ptr %"keys.16", i64 2
  store i16 %".202", ptr %".203", align 2
  br label %"return"
ipv4_d0.stop_at_encap.endif.1:
  %".206" = getelementptr i8, ptr %"keys.16", i64 12
  store i32 0, ptr %".206", align 4
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".278", %"ipv6_d0.stop_at_encap.endif.1"], [%".724", %"batadv_d0.stop_at_encap.endif.1"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.30", %"ip_version_d1.to_ipv6"], [%".2130", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2258", %"pppoe_d1.to_ipv6"], [%".2320", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.3", %"geneve_d0.to_ipv6"], [%"end.4", %"gue_d0.to_ipv6"], [%"end.5", %"gre_d0.to_ipv6"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3878", %"vlan_d1_vlan_tags2.to_ipv6"], [%".3944", %"hsr_d1_vlan_tags2.to_ipv6"], [%".4061", %"ethernet_d1.to_ipv6"], [%".4166", %"ppp_d0.stop_at_encap.endif.1"], [%".5078", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5180", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".6330", %"widening.test.26"]
  %"data.27" = phi  ptr [%"data.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.114", %"ip_version_d1.to_ipv6"], [%"data.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.123", %"pppoe_d1.to_ipv6"], [%"data.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.140", %"geneve_d0.to_ipv6"], [%"data.145", %"gue_d0.to_ipv6"], [%"data.154", %"gre_d0.to_ipv6"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.194", %"ethernet_d1.to_ipv6"], [%"data.201", %"ppp_d0.stop_at_encap.endif.1"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.292", %"widening.test.26"]
  %"data_end.27" = phi  ptr [%"data_end.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.114", %"ip_version_d1.to_ipv6"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.123", %"pppoe_d1.to_ipv6"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.140", %"geneve_d0.to_ipv6"], [%"data_end.145", %"gue_d0.to_ipv6"], [%"data_end.154", %"gre_d0.to_ipv6"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.194", %"ethernet_d1.to_ipv6"], [%"data_end.201", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.292", %"widening.test.26"]
  %"keys.27" = phi  ptr [%"keys.16", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.29", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.114", %"ip_version_d1.to_ipv6"], [%"keys.116", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.123", %"pppoe_d1.to_ipv6"], [%"keys.125", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.140", %"geneve_d0.to_ipv6"], [%"keys.145", %"gue_d0.to_ipv6"], [%"keys.154", %"gre_d0.to_ipv6"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.187", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.189", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.194", %"ethernet_d1.to_ipv6"], [%"keys.201", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.26"]
  %"hdr.20" = getelementptr i8, ptr %"data.27", i64 %"cursor.23"
  %".1499" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1500" = icmp ugt ptr %".1499", %"data_end.27"
  br i1 %".1500", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1502" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1503" = load i32, ptr %".1502", align 4
  %".1504" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1505" = load i8, ptr %".1504", align 1
  %".1506" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1507" = load i64, ptr %".1506", align 8
  %".1508" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1509" = load i64, ptr %".1508", align 8
  %".1510" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1511" = load i64, ptr %".1510", align 8
  %".1512" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1513" = load i64, ptr %".1512", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.7" = phi  i32 [%".1503", %"ipv6_d1.linear"], [%".1532", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1505", %"ipv6_d1.linear"], [%".1534", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1507", %"ipv6_d1.linear"], [%".1536", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1509", %"ipv6_d1.linear"], [%".1538", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1511", %"ipv6_d1.linear"], [%".1540", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1513", %"ipv6_d1.linear"], [%".1542", %"ipv6_d1.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.27", %"ipv6_d1.linear"], [%"data.94", %"ipv6_d1.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.27", %"ipv6_d1.linear"], [%"data_end.94", %"ipv6_d1.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.27", %"ipv6_d1.linear"], [%"keys.94", %"ipv6_d1.copy_failed.endif"]
  %".1544" = getelementptr i8, ptr %"keys.95", i64 9
  store i8 %"w6_1.1", ptr %".1544", align 1
  %".1546" = getelementptr i8, ptr %"keys.95", i64 16
  store i64 %"w8_8.1", ptr %".1546", align 8
  %".1548" = getelementptr i8, ptr %"keys.95", i64 24
  store i64 %"w16_8.1", ptr %".1548", align 8
  %".1550" = getelementptr i8, ptr %"keys.95", i64 32
  store i64 %"w24_8.1", ptr %".1550", align 8
  %".1552" = getelementptr i8, ptr %"keys.95", i64 40
  store i64 %"w32_8.1", ptr %".1552", align 8
  %".1554" = trunc i64 34525 to i16
  %".1555" = getelementptr i8, ptr %"keys.95", i64 4
  store i16 %".1554", ptr %".1555", align 2
  %".1557" = trunc i64 34525 to i16
  %".1558" = call i16 @"llvm.bswap.i16"(i16 %".1557")
  %".1559" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1558", ptr %".1559", align 2
  %".1561" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.7")
  %".1562" = zext i32 %".1561" to i64
  %".1563" = and i64 %".1562", 1048575
  %".1564" = trunc i64 %".1563" to i32
  %".1565" = call i32 @"llvm.bswap.i32"(i32 %".1564")
  %".1566" = getelementptr i8, ptr %"keys.95", i64 52
  store i32 %".1565", ptr %".1566", align 4
  %".1568" = add i64 %"cursor.23", 40
  %".1569" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.7")
  %".1570" = zext i32 %".1569" to i64
  %".1571" = and i64 %".1570", 1048575
  %".1572" = icmp ne i64 %".1571", 0
  %".1573" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.26" = load volatile i32, ptr %".1573", align 4
  %".1574" = and i32 %"flags.26", 2
  %".1575" = icmp ne i32 %".1574", 0
  %".1576" = and i1 %".1572", %".1575"
  br i1 %".1576", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
ipv6_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".225" = trunc i64 %"cursor.2" to i32
  %".226" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".225", [40 x i8]* %"header_copy", i32 40)
  %".227" = icmp eq i64 %".226", 0
  %".228" = getelementptr i8, ptr %"ctx.2", i64 76
  %".229" = load i32, ptr %".228", align 4
  %".230" = zext i32 %".229" to i64
  %"data.28" = inttoptr i64 %".230" to ptr
  %".231" = getelementptr i8, ptr %"ctx.2", i64 80
  %".232" = load i32, ptr %".231", align 4
  %".233" = zext i32 %".232" to i64
  %"data_end.28" = inttoptr i64 %".233" to ptr
  %".234" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.28" = load ptr, ptr %".234", align 8
  %".235" = xor i1 %".227", -1
  br i1 %".235", label %"ipv6_d0.copy_failed", label %"ipv6_d0.copy_failed.endif"
ipv6_d0.copy_failed:
  %".237" = trunc i64 %"cursor.2" to i16
  %".238" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".237", ptr %".238", align 2
  br label %"return"
ipv6_d0.copy_failed.endif:
  %".241" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".242" = load volatile i32, [40 x i8]* %".241", align 4
  %".243" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".244" = load volatile i8, [40 x i8]* %".243", align 1
  %".245" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".246" = load volatile i64, [40 x i8]* %".245", align 8
  %".247" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".248" = load volatile i64, [40 x i8]* %".247", align 8
  %".249" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".250" = load volatile i64, [40 x i8]* %".249", align 8
  %".251" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".252" = load volatile i64, [40 x i8]* %".251", align 8
  br label %"ipv6_d0.header"
ipv6_d0.stop_if:
  %".288" = trunc i64 %".278" to i16
  %".289" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".288", ptr %".289", align 2
  br label %"return"
ipv6_d0.stop_if.endif:
  %".292" = zext i8 %"w6_1" to i64
  switch i64 %".292", label %"ipv6_d0.unknown" [i64 6, label %"ipv6_d0.to_tcp" i64 17, label %"ipv6_d0.to_udp" i64 136, label %"ipv6_d0.to_udplite" i64 47, label %"ipv6_d0.to_gre_version" i64 132, label %"ipv6_d0.to_sctp" i64 33, label %"ipv6_d0.to_dccp" i64 50, label %"ipv6_d0.to_esp" i64 51, label %"ipv6_d0.to_ah" i64 0, label %"ipv6_d0.to_ipv6_opts" i64 43, label %"ipv6_d0.to_ipv6_opts.1" i64 60, label %"ipv6_d0.to_ipv6_opts.2" i64 44, label %"ipv6_d0.to_ipv6_frag" i64 58, label %"ipv6_d0.to_icmpv6" i64 137, label %"ipv6_d0.to_mpls" i64 4, label %"ipv6_d0.to_ipv4" i64 41, label %"ipv6_d0.to_ipv6"]  , !prof !1
ipv6_d0.to_tcp:
  br label %"tcp"
ipv6_d0.unknown:
  %".294" = trunc i64 %".278" to i16
  %".295" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".294", ptr %".295", align 2
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
  %".311" = trunc i64 34887 to i16
  %".312" = call i16 @"llvm.bswap.i16"(i16 %".311")
  %".313" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".312", ptr %".313", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_d0.to_ipv4:
  %".316" = trunc i64 2048 to i16
  %".317" = call i16 @"llvm.bswap.i16"(i16 %".316")
  %".318" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".317", ptr %".318", align 2
  %".320" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".320", align 1
  %".322" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.4" = load volatile i32, ptr %".322", align 4
  %".323" = and i32 %"flags.4", 4
  %".324" = icmp ne i32 %".323", 0
  br i1 %".324", label %"ipv6_d0.stop_at_encap", label %"ipv6_d0.stop_at_encap.endif"
ipv6_d0.to_ipv6:
  %".333" = trunc i64 34525 to i16
  %".334" = call i16 @"llvm.bswap.i16"(i16 %".333")
  %".335" = getelementptr i8, ptr %"keys.29", i64 10
  store i16 %".334", ptr %".335", align 2
  %".337" = getelementptr i8, ptr %"keys.29", i64 8
  store i8 1, ptr %".337", align 1
  %".339" = getelementptr i8, ptr %"keys.29", i64 48
  %"flags.5" = load volatile i32, ptr %".339", align 4
  %".340" = and i32 %"flags.5", 4
  %".341" = icmp ne i32 %".340", 0
  br i1 %".341", label %"ipv6_d0.stop_at_encap.1", label %"ipv6_d0.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.24" = phi  i64 [%".278", %"ipv6_d0.to_ipv6_opts"], [%".278", %"ipv6_d0.to_ipv6_opts.1"], [%".278", %"ipv6_d0.to_ipv6_opts.2"]
  %"data.30" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_opts"], [%"data.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"data_end.30" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_opts"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.1"], [%"data_end.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"keys.30" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_opts"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.1"], [%"keys.29", %"ipv6_d0.to_ipv6_opts.2"]
  %"hdr.21" = getelementptr i8, ptr %"data.30", i64 %"cursor.24"
  %".1646" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1647" = icmp ugt ptr %".1646", %"data_end.30"
  br i1 %".1647", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1649" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1650" = load i8, ptr %".1649", align 1
  %".1651" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1652" = load i8, ptr %".1651", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1650", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1671", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1652", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1673", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.98", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.98", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.30", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.98", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1675" = getelementptr i8, ptr %"keys.99", i64 9
  store i8 %"w0_1.5", ptr %".1675", align 1
  %".1677" = add i64 %"cursor.24", 2
  %".1678" = zext i8 %"w1_1.3" to i64
  %".1679" = mul i64 %".1678", 8
  %".1680" = add i64 %".1679", 6
  %".1681" = add i64 %".1680", 2
  %".1682" = add i64 %"cursor.24", %".1681"
  %".1683" = zext i8 %"w0_1.5" to i64
  switch i64 %".1683", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".278", %"ipv6_d0.to_ipv6_frag"]
  %"data.31" = phi  ptr [%"data.29", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.31" = phi  ptr [%"data_end.29", %"ipv6_d0.to_ipv6_frag"]
  %"keys.31" = phi  ptr [%"keys.29", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.31", i64 %"cursor.25"
  %".1741" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1742" = icmp ugt ptr %".1741", %"data_end.31"
  br i1 %".1742", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1744" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1745" = load i8, ptr %".1744", align 1
  %".1746" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1747" = load i16, ptr %".1746", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1745", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1766", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".1747", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1768", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.31", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.102", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1770" = getelementptr i8, ptr %"keys.103", i64 9
  store i8 %"w0_1.6", ptr %".1770", align 1
  %".1772" = add i64 %"cursor.25", 8
  %".1773" = icmp ne i64 1, 0
  %".1774" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".1775" = zext i16 %".1774" to i64
  %".1776" = and i64 %".1775", 65528
  %".1777" = icmp eq i64 %".1776", 0
  br i1 %".1773", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1799" = zext i8 %"w0_1.6" to i64
  switch i64 %".1799", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.to_tcp:
  br label %"tcp"
icmpv6:
  %"cursor.26" = phi  i64 [%".278", %"ipv6_d0.to_icmpv6"], [%".1568", %"ipv6_d1.to_icmpv6"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".5078", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".5180", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".5554", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".5662", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".6385", %"widening.test.31"]
  %"data.32" = phi  ptr [%"data.29", %"ipv6_d0.to_icmpv6"], [%"data.95", %"ipv6_d1.to_icmpv6"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.297", %"widening.test.31"]
  %"data_end.32" = phi  ptr [%"data_end.29", %"ipv6_d0.to_icmpv6"], [%"data_end.95", %"ipv6_d1.to_icmpv6"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.297", %"widening.test.31"]
  %"keys.32" = phi  ptr [%"keys.29", %"ipv6_d0.to_icmpv6"], [%"keys.95", %"ipv6_d1.to_icmpv6"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.232", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.234", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.31"]
  %"hdr.23" = getelementptr i8, ptr %"data.32", i64 %"cursor.26"
  %".1857" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1858" = icmp ugt ptr %".1857", %"data_end.32"
  br i1 %".1858", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.105" = phi  ptr [%"data.32", %"icmpv6.linear"], [%"data.104", %"icmpv6.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.32", %"icmpv6.linear"], [%"data_end.104", %"icmpv6.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.32", %"icmpv6.linear"], [%"keys.104", %"icmpv6.copy_failed.endif"]
  %".1878" = add i64 %"cursor.26", 4
  %".1879" = trunc i64 %"cursor.26" to i16
  %".1880" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".1879", ptr %".1880", align 2
  br label %"return"
ipv6_d0.stop_at_encap:
  %".326" = trunc i64 %".278" to i16
  %".327" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".326", ptr %".327", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif:
  %".330" = getelementptr i8, ptr %"keys.29", i64 12
  store i32 0, ptr %".330", align 4
  br label %"ipv4_d1"
ipv6_d0.stop_at_encap.1:
  %".343" = trunc i64 %".278" to i16
  %".344" = getelementptr i8, ptr %"keys.29", i64 2
  store i16 %".343", ptr %".344", align 2
  br label %"return"
ipv6_d0.stop_at_encap.endif.1:
  %".347" = getelementptr i8, ptr %"keys.29", i64 12
  store i32 0, ptr %".347", align 4
  br label %"ipv6_d1"
vlan_d0_vlan_tags1.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".356" = trunc i64 %"cursor.3" to i32
  %".357" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".356", [40 x i8]* %"header_copy", i32 4)
  %".358" = icmp eq i64 %".357", 0
  %".359" = getelementptr i8, ptr %"ctx.3", i64 76
  %".360" = load i32, ptr %".359", align 4
  %".361" = zext i32 %".360" to i64
  %"data.33" = inttoptr i64 %".361" to ptr
  %".362" = getelementptr i8, ptr %"ctx.3", i64 80
  %".363" = load i32, ptr %".362", align 4
  %".364" = zext i32 %".363" to i64
  %"data_end.33" = inttoptr i64 %".364" to ptr
  %".365" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.33" = load ptr, ptr %".365", align 8
  %".366" = xor i1 %".358", -1
  br i1 %".366", label %"vlan_d0_vlan_tags1.copy_failed", label %"vlan_d0_vlan_tags1.copy_failed.endif"
vlan_d0_vlan_tags1.copy_failed:
  %".368" = trunc i64 %"cursor.3" to i16
  %".369" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".368", ptr %".369", align 2
  br label %"return"
vlan_d0_vlan_tags1.copy_failed.endif:
  %".372" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".373" = load volatile i16, [40 x i8]* %".372", align 2
  br label %"vlan_d0_vlan_tags1.header"
vlan_d0_vlan_tags1.unknown:
  %".384" = trunc i64 %".377" to i16
  %".385" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".384", ptr %".385", align 2
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
  %"cursor.27" = phi  i64 [%".377", %"vlan_d0_vlan_tags1.to_vlan"], [%".377", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".651", %"hsr_d0_vlan_tags1.to_vlan"], [%".651", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".6055", %"widening.test.1"]
  %"data.35" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.267", %"widening.test.1"]
  %"data_end.35" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.267", %"widening.test.1"]
  %"keys.35" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.34", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.51", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.35", i64 %"cursor.27"
  %".1883" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1884" = icmp ugt ptr %".1883", %"data_end.35"
  br i1 %".1884", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1886" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1887" = load i16, ptr %".1886", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.3" = phi  i16 [%".1887", %"vlan_d0_vlan_tags2.linear"], [%".1906", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.35", %"vlan_d0_vlan_tags2.linear"], [%"data.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.35", %"vlan_d0_vlan_tags2.linear"], [%"data_end.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.35", %"vlan_d0_vlan_tags2.linear"], [%"keys.106", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1908" = getelementptr i8, ptr %"keys.107", i64 10
  store i16 %"w2_2.3", ptr %".1908", align 2
  %".1910" = add i64 %"cursor.27", 4
  %".1911" = trunc i64 %".1910" to i16
  %".1912" = getelementptr i8, ptr %"keys.107", i64 0
  store i16 %".1911", ptr %".1912", align 2
  %".1914" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".1915" = zext i16 %".1914" to i64
  switch i64 %".1915", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".377", %"vlan_d0_vlan_tags1.to_hsr"], [%".377", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".651", %"hsr_d0_vlan_tags1.to_hsr"], [%".651", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".6044", %"widening.test"]
  %"data.36" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.266", %"widening.test"]
  %"data_end.36" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.266", %"widening.test"]
  %"keys.36" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.34", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.51", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.51", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.36", i64 %"cursor.28"
  %".1949" = getelementptr i8, ptr %"hdr.25", i64 6
  %".1950" = icmp ugt ptr %".1949", %"data_end.36"
  br i1 %".1950", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".1952" = getelementptr i8, ptr %"hdr.25", i64 4
  %".1953" = load i16, ptr %".1952", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".1953", %"hsr_d0_vlan_tags2.linear"], [%".1972", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.109" = phi  ptr [%"data.36", %"hsr_d0_vlan_tags2.linear"], [%"data.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.109" = phi  ptr [%"data_end.36", %"hsr_d0_vlan_tags2.linear"], [%"data_end.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.109" = phi  ptr [%"keys.36", %"hsr_d0_vlan_tags2.linear"], [%"keys.108", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".1974" = getelementptr i8, ptr %"keys.109", i64 10
  store i16 %"w4_2.1", ptr %".1974", align 2
  %".1976" = add i64 %"cursor.28", 6
  %".1977" = trunc i64 %".1976" to i16
  %".1978" = getelementptr i8, ptr %"keys.109", i64 0
  store i16 %".1977", ptr %".1978", align 2
  %".1980" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".1981" = zext i16 %".1980" to i64
  switch i64 %".1981", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
mpls_d0_mpls_labels1.copy:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".411" = trunc i64 %"cursor.4" to i32
  %".412" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".411", [40 x i8]* %"header_copy", i32 4)
  %".413" = icmp eq i64 %".412", 0
  %".414" = getelementptr i8, ptr %"ctx.4", i64 76
  %".415" = load i32, ptr %".414", align 4
  %".416" = zext i32 %".415" to i64
  %"data.37" = inttoptr i64 %".416" to ptr
  %".417" = getelementptr i8, ptr %"ctx.4", i64 80
  %".418" = load i32, ptr %".417", align 4
  %".419" = zext i32 %".418" to i64
  %"data_end.37" = inttoptr i64 %".419" to ptr
  %".420" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.37" = load ptr, ptr %".420", align 8
  %".421" = xor i1 %".413", -1
  br i1 %".421", label %"mpls_d0_mpls_labels1.copy_failed", label %"mpls_d0_mpls_labels1.copy_failed.endif"
mpls_d0_mpls_labels1.copy_failed:
  %".423" = trunc i64 %".404" to i16
  %".424" = getelementptr i8, ptr %"keys.37", i64 2
  store i16 %".423", ptr %".424", align 2
  br label %"return"
mpls_d0_mpls_labels1.copy_failed.endif:
  %".427" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".428" = load volatile i8, [40 x i8]* %".427", align 1
  br label %"mpls_d0_mpls_labels1.header"
mpls_d0_mpls_labels1.unknown:
  %".434" = trunc i64 %".430" to i16
  %".435" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".434", ptr %".435", align 2
  br label %"return"
mpls_d0_mpls_labels1.to_ip_version:
  %".439" = getelementptr i8, ptr %"keys.38", i64 8
  store i8 1, ptr %".439", align 1
  %".441" = getelementptr i8, ptr %"keys.38", i64 48
  %"flags.6" = load volatile i32, ptr %".441", align 4
  %".442" = and i32 %"flags.6", 4
  %".443" = icmp ne i32 %".442", 0
  br i1 %".443", label %"mpls_d0_mpls_labels1.stop_at_encap", label %"mpls_d0_mpls_labels1.stop_at_encap.endif"
mpls_d0_mpls_labels1.stop_at_encap:
  %".445" = trunc i64 %".430" to i16
  %".446" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".445", ptr %".446", align 2
  br label %"return"
mpls_d0_mpls_labels1.stop_at_encap.endif:
  %".449" = getelementptr i8, ptr %"keys.38", i64 12
  store i32 0, ptr %".449", align 4
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.30" = phi  i64 [%".430", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%".2041", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%".3014", %"gtpu_d0.to_ip_version"], [%".3829", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%".4106", %"gtpu_opt_d1.to_ip_version"], [%".5303", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%".5404", %"gtpu_next_d1.to_ip_version"], [%".5912", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%".6018", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%".6187", %"widening.test.13"]
  %"data.40" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.147", %"gtpu_d0.to_ip_version"], [%"data.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.196", %"gtpu_opt_d1.to_ip_version"], [%"data.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.241", %"gtpu_next_d1.to_ip_version"], [%"data.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data.279", %"widening.test.13"]
  %"data_end.40" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.147", %"gtpu_d0.to_ip_version"], [%"data_end.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.196", %"gtpu_opt_d1.to_ip_version"], [%"data_end.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.241", %"gtpu_next_d1.to_ip_version"], [%"data_end.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data_end.279", %"widening.test.13"]
  %"keys.40" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.111", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.147", %"gtpu_d0.to_ip_version"], [%"keys.184", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.196", %"gtpu_opt_d1.to_ip_version"], [%"keys.236", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.241", %"gtpu_next_d1.to_ip_version"], [%"keys.257", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.265", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"keys", %"widening.test.13"]
  %"hdr.27" = getelementptr i8, ptr %"data.40", i64 %"cursor.30"
  %".2063" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2064" = icmp ugt ptr %".2063", %"data_end.40"
  br i1 %".2064", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2066" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2067" = load i8, ptr %".2066", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2067", %"ip_version_d1.linear"], [%".2086", %"ip_version_d1.copy_failed.endif"]
  %"data.114" = phi  ptr [%"data.40", %"ip_version_d1.linear"], [%"data.113", %"ip_version_d1.copy_failed.endif"]
  %"data_end.114" = phi  ptr [%"data_end.40", %"ip_version_d1.linear"], [%"data_end.113", %"ip_version_d1.copy_failed.endif"]
  %"keys.114" = phi  ptr [%"keys.40", %"ip_version_d1.linear"], [%"keys.113", %"ip_version_d1.copy_failed.endif"]
  %".2088" = zext i8 %"w0_1.7" to i64
  %".2089" = lshr i64 %".2088", 4
  %".2090" = and i64 %".2089", 15
  switch i64 %".2090", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
ip_version_d1.to_ipv4:
  br label %"ipv4_d1"
pppoe_d0.copy:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".462" = trunc i64 %"cursor.5" to i32
  %".463" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".462", [40 x i8]* %"header_copy", i32 8)
  %".464" = icmp eq i64 %".463", 0
  %".465" = getelementptr i8, ptr %"ctx.5", i64 76
  %".466" = load i32, ptr %".465", align 4
  %".467" = zext i32 %".466" to i64
  %"data.41" = inttoptr i64 %".467" to ptr
  %".468" = getelementptr i8, ptr %"ctx.5", i64 80
  %".469" = load i32, ptr %".468", align 4
  %".470" = zext i32 %".469" to i64
  %"data_end.41" = inttoptr i64 %".470" to ptr
  %".471" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.41" = load ptr, ptr %".471", align 8
  %".472" = xor i1 %".464", -1
  br i1 %".472", label %"pppoe_d0.copy_failed", label %"pppoe_d0.copy_failed.endif"
pppoe_d0.copy_failed:
  %".474" = trunc i64 %"cursor.5" to i16
  %".475" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".474", ptr %".475", align 2
  br label %"return"
pppoe_d0.copy_failed.endif:
  %".478" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".479" = load volatile i8, [40 x i8]* %".478", align 1
  %".480" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".481" = load volatile i8, [40 x i8]* %".480", align 1
  %".482" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".483" = load volatile i16, [40 x i8]* %".482", align 2
  br label %"pppoe_d0.header"
pppoe_d0.require:
  %".498" = trunc i64 %"cursor.5" to i16
  %".499" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".498", ptr %".499", align 2
  br label %"return"
pppoe_d0.require.endif:
  %".502" = add i64 %"cursor.5", 8
  %".503" = trunc i64 %".502" to i16
  %".504" = getelementptr i8, ptr %"keys.42", i64 0
  store i16 %".503", ptr %".504", align 2
  %".506" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".507" = zext i16 %".506" to i64
  switch i64 %".507", label %"pppoe_d0.unknown" [i64 33, label %"pppoe_d0.to_ipv4" i64 87, label %"pppoe_d0.to_ipv6" i64 641, label %"pppoe_d0.to_mpls" i64 643, label %"pppoe_d0.to_mpls.1"]  , !prof !3
pppoe_d0.to_ipv4:
  %".516" = trunc i64 2048 to i16
  %".517" = call i16 @"llvm.bswap.i16"(i16 %".516")
  %".518" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".517", ptr %".518", align 2
  br label %"ipv4_d0"
pppoe_d0.unknown:
  %".509" = and i64 %".507", 257
  %".510" = icmp eq i64 %".509", 1
  br i1 %".510", label %"pppoe_d0.to_ppp_other", label %"pppoe_d0.select"
pppoe_d0.to_ipv6:
  %".521" = trunc i64 34525 to i16
  %".522" = call i16 @"llvm.bswap.i16"(i16 %".521")
  %".523" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".522", ptr %".523", align 2
  br label %"ipv6_d0"
pppoe_d0.to_mpls:
  %".526" = trunc i64 34887 to i16
  %".527" = call i16 @"llvm.bswap.i16"(i16 %".526")
  %".528" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".527", ptr %".528", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_mpls.1:
  %".531" = trunc i64 34888 to i16
  %".532" = call i16 @"llvm.bswap.i16"(i16 %".531")
  %".533" = getelementptr i8, ptr %"keys.42", i64 10
  store i16 %".532", ptr %".533", align 2
  br label %"mpls_d0_mpls_labels1"
pppoe_d0.to_ppp_other:
  br label %"ppp_other"
pppoe_d0.select:
  %".512" = trunc i64 %".502" to i16
  %".513" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".512", ptr %".513", align 2
  br label %"return"
ppp_other:
  %"cursor.31" = phi  i64 [%".502", %"pppoe_d0.to_ppp_other"], [%".2258", %"pppoe_d1.to_ppp_other"]
  %"data.43" = phi  ptr [%"data.42", %"pppoe_d0.to_ppp_other"], [%"data.123", %"pppoe_d1.to_ppp_other"]
  %"data_end.43" = phi  ptr [%"data_end.42", %"pppoe_d0.to_ppp_other"], [%"data_end.123", %"pppoe_d1.to_ppp_other"]
  %"keys.43" = phi  ptr [%"keys.42", %"pppoe_d0.to_ppp_other"], [%"keys.123", %"pppoe_d1.to_ppp_other"]
  %".2098" = add i64 %"cursor.31", 0
  %".2099" = trunc i64 %".2098" to i16
  %".2100" = getelementptr i8, ptr %"keys.43", i64 2
  store i16 %".2099", ptr %".2100", align 2
  br label %"return"
ptp.copy:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".546" = trunc i64 %"cursor.7" to i32
  %".547" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".546", [40 x i8]* %"header_copy", i32 34)
  %".548" = icmp eq i64 %".547", 0
  %".549" = getelementptr i8, ptr %"ctx.6", i64 76
  %".550" = load i32, ptr %".549", align 4
  %".551" = zext i32 %".550" to i64
  %"data.44" = inttoptr i64 %".551" to ptr
  %".552" = getelementptr i8, ptr %"ctx.6", i64 80
  %".553" = load i32, ptr %".552", align 4
  %".554" = zext i32 %".553" to i64
  %"data_end.44" = inttoptr i64 %".554" to ptr
  %".555" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.44" = load ptr, ptr %".555", align 8
  %".556" = xor i1 %".548", -1
  br i1 %".556", label %"ptp.copy_failed", label %"ptp.copy_failed.endif"
ptp.copy_failed:
  %".558" = trunc i64 %"cursor.7" to i16
  %".559" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".558", ptr %".559", align 2
  br label %"return"
ptp.copy_failed.endif:
  br label %"ptp.header"
tipc.copy:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".577" = trunc i64 %"cursor.9" to i32
  %".578" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".577", [40 x i8]* %"header_copy", i32 16)
  %".579" = icmp eq i64 %".578", 0
  %".580" = getelementptr i8, ptr %"ctx.7", i64 76
  %".581" = load i32, ptr %".580", align 4
  %".582" = zext i32 %".581" to i64
  %"data.46" = inttoptr i64 %".582" to ptr
  %".583" = getelementptr i8, ptr %"ctx.7", i64 80
  %".584" = load i32, ptr %".583", align 4
  %".585" = zext i32 %".584" to i64
  %"data_end.46" = inttoptr i64 %".585" to ptr
  %".586" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.46" = load ptr, ptr %".586", align 8
  %".587" = xor i1 %".579", -1
  br i1 %".587", label %"tipc.copy_failed", label %"tipc.copy_failed.endif"
tipc.copy_failed:
  %".589" = trunc i64 %"cursor.9" to i16
  %".590" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".589", ptr %".590", align 2
  br label %"return"
tipc.copy_failed.endif:
  br label %"tipc.header"
fcoe.copy:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".602" = trunc i64 %"cursor.10" to i32
  %".603" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".602", [40 x i8]* %"header_copy", i32 38)
  %".604" = icmp eq i64 %".603", 0
  %".605" = getelementptr i8, ptr %"ctx.8", i64 76
  %".606" = load i32, ptr %".605", align 4
  %".607" = zext i32 %".606" to i64
  %"data.48" = inttoptr i64 %".607" to ptr
  %".608" = getelementptr i8, ptr %"ctx.8", i64 80
  %".609" = load i32, ptr %".608", align 4
  %".610" = zext i32 %".609" to i64
  %"data_end.48" = inttoptr i64 %".610" to ptr
  %".611" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.48" = load ptr, ptr %".611", align 8
  %".612" = xor i1 %".604", -1
  br i1 %".612", label %"fcoe.copy_failed", label %"fcoe.copy_failed.endif"
fcoe.copy_failed:
  %".614" = trunc i64 %"cursor.10" to i16
  %".615" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".614", ptr %".615", align 2
  br label %"return"
fcoe.copy_failed.endif:
  br label %"fcoe.header"
hsr_d0_vlan_tags1.copy:
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".630" = trunc i64 %"cursor.11" to i32
  %".631" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".630", [40 x i8]* %"header_copy", i32 6)
  %".632" = icmp eq i64 %".631", 0
  %".633" = getelementptr i8, ptr %"ctx.9", i64 76
  %".634" = load i32, ptr %".633", align 4
  %".635" = zext i32 %".634" to i64
  %"data.50" = inttoptr i64 %".635" to ptr
  %".636" = getelementptr i8, ptr %"ctx.9", i64 80
  %".637" = load i32, ptr %".636", align 4
  %".638" = zext i32 %".637" to i64
  %"data_end.50" = inttoptr i64 %".638" to ptr
  %".639" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.50" = load ptr, ptr %".639", align 8
  %".640" = xor i1 %".632", -1
  br i1 %".640", label %"hsr_d0_vlan_tags1.copy_failed", label %"hsr_d0_vlan_tags1.copy_failed.endif"
hsr_d0_vlan_tags1.copy_failed:
  %".642" = trunc i64 %"cursor.11" to i16
  %".643" = getelementptr i8, ptr %"keys.50", i64 2
  store i16 %".642", ptr %".643", align 2
  br label %"return"
hsr_d0_vlan_tags1.copy_failed.endif:
  %".646" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".647" = load volatile i16, [40 x i8]* %".646", align 2
  br label %"hsr_d0_vlan_tags1.header"
hsr_d0_vlan_tags1.unknown:
  %".658" = trunc i64 %".651" to i16
  %".659" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".658", ptr %".659", align 2
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
  %".688" = trunc i64 %"cursor.12" to i32
  %".689" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".688", [40 x i8]* %"header_copy", i32 24)
  %".690" = icmp eq i64 %".689", 0
  %".691" = getelementptr i8, ptr %"ctx.10", i64 76
  %".692" = load i32, ptr %".691", align 4
  %".693" = zext i32 %".692" to i64
  %"data.52" = inttoptr i64 %".693" to ptr
  %".694" = getelementptr i8, ptr %"ctx.10", i64 80
  %".695" = load i32, ptr %".694", align 4
  %".696" = zext i32 %".695" to i64
  %"data_end.52" = inttoptr i64 %".696" to ptr
  %".697" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.52" = load ptr, ptr %".697", align 8
  %".698" = xor i1 %".690", -1
  br i1 %".698", label %"batadv_d0.copy_failed", label %"batadv_d0.copy_failed.endif"
batadv_d0.copy_failed:
  %".700" = trunc i64 %"cursor.12" to i16
  %".701" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".700", ptr %".701", align 2
  br label %"return"
batadv_d0.copy_failed.endif:
  %".704" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".705" = load volatile i8, [40 x i8]* %".704", align 1
  %".706" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".707" = load volatile i8, [40 x i8]* %".706", align 1
  %".708" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".709" = load volatile i16, [40 x i8]* %".708", align 2
  br label %"batadv_d0.header"
batadv_d0.require:
  %".718" = trunc i64 %"cursor.12" to i16
  %".719" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".718", ptr %".719", align 2
  br label %"return"
batadv_d0.require.endif:
  %".722" = getelementptr i8, ptr %"keys.53", i64 10
  store i16 %"w22_2", ptr %".722", align 2
  %".724" = add i64 %"cursor.12", 24
  %".725" = call i16 @"llvm.bswap.i16"(i16 %"w22_2")
  %".726" = zext i16 %".725" to i64
  switch i64 %".726", label %"batadv_d0.unknown" [i64 2048, label %"batadv_d0.to_ipv4" i64 34525, label %"batadv_d0.to_ipv6" i64 33024, label %"batadv_d0.to_vlan" i64 34984, label %"batadv_d0.to_vlan.1" i64 34887, label %"batadv_d0.to_mpls" i64 34888, label %"batadv_d0.to_mpls.1" i64 34916, label %"batadv_d0.to_pppoe" i64 2054, label %"batadv_d0.to_arp" i64 32821, label %"batadv_d0.to_arp.1" i64 35063, label %"batadv_d0.to_ptp" i64 35074, label %"batadv_d0.to_cfm" i64 35018, label %"batadv_d0.to_tipc" i64 35078, label %"batadv_d0.to_fcoe" i64 35119, label %"batadv_d0.to_hsr" i64 35067, label %"batadv_d0.to_hsr.1" i64 17157, label %"batadv_d0.to_batadv"]  , !prof !1
batadv_d0.to_ipv4:
  %".732" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".732", align 1
  %".734" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.7" = load volatile i32, ptr %".734", align 4
  %".735" = and i32 %"flags.7", 4
  %".736" = icmp ne i32 %".735", 0
  br i1 %".736", label %"batadv_d0.stop_at_encap", label %"batadv_d0.stop_at_encap.endif"
batadv_d0.unknown:
  %".728" = trunc i64 %".724" to i16
  %".729" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".728", ptr %".729", align 2
  br label %"return"
batadv_d0.to_ipv6:
  %".745" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".745", align 1
  %".747" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.8" = load volatile i32, ptr %".747", align 4
  %".748" = and i32 %"flags.8", 4
  %".749" = icmp ne i32 %".748", 0
  br i1 %".749", label %"batadv_d0.stop_at_encap.1", label %"batadv_d0.stop_at_encap.endif.1"
batadv_d0.to_vlan:
  %".758" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".758", align 1
  %".760" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.9" = load volatile i32, ptr %".760", align 4
  %".761" = and i32 %"flags.9", 4
  %".762" = icmp ne i32 %".761", 0
  br i1 %".762", label %"batadv_d0.stop_at_encap.2", label %"batadv_d0.stop_at_encap.endif.2"
batadv_d0.to_vlan.1:
  %".771" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".771", align 1
  %".773" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.10" = load volatile i32, ptr %".773", align 4
  %".774" = and i32 %"flags.10", 4
  %".775" = icmp ne i32 %".774", 0
  br i1 %".775", label %"batadv_d0.stop_at_encap.3", label %"batadv_d0.stop_at_encap.endif.3"
batadv_d0.to_mpls:
  %".784" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".784", align 1
  %".786" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.11" = load volatile i32, ptr %".786", align 4
  %".787" = and i32 %"flags.11", 4
  %".788" = icmp ne i32 %".787", 0
  br i1 %".788", label %"batadv_d0.stop_at_encap.4", label %"batadv_d0.stop_at_encap.endif.4"
batadv_d0.to_mpls.1:
  %".797" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".797", align 1
  %".799" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.12" = load volatile i32, ptr %".799", align 4
  %".800" = and i32 %"flags.12", 4
  %".801" = icmp ne i32 %".800", 0
  br i1 %".801", label %"batadv_d0.stop_at_encap.5", label %"batadv_d0.stop_at_encap.endif.5"
batadv_d0.to_pppoe:
  %".810" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".810", align 1
  %".812" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.13" = load volatile i32, ptr %".812", align 4
  %".813" = and i32 %"flags.13", 4
  %".814" = icmp ne i32 %".813", 0
  br i1 %".814", label %"batadv_d0.stop_at_encap.6", label %"batadv_d0.stop_at_encap.endif.6"
batadv_d0.to_arp:
  %".823" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".823", align 1
  %".825" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.14" = load volatile i32, ptr %".825", align 4
  %".826" = and i32 %"flags.14", 4
  %".827" = icmp ne i32 %".826", 0
  br i1 %".827", label %"batadv_d0.stop_at_encap.7", label %"batadv_d0.stop_at_encap.endif.7"
batadv_d0.to_arp.1:
  %".836" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".836", align 1
  %".838" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.15" = load volatile i32, ptr %".838", align 4
  %".839" = and i32 %"flags.15", 4
  %".840" = icmp ne i32 %".839", 0
  br i1 %".840", label %"batadv_d0.stop_at_encap.8", label %"batadv_d0.stop_at_encap.endif.8"
batadv_d0.to_ptp:
  %".849" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".849", align 1
  %".851" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.16" = load volatile i32, ptr %".851", align 4
  %".852" = and i32 %"flags.16", 4
  %".853" = icmp ne i32 %".852", 0
  br i1 %".853", label %"batadv_d0.stop_at_encap.9", label %"batadv_d0.stop_at_encap.endif.9"
batadv_d0.to_cfm:
  %".862" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".862", align 1
  %".864" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.17" = load volatile i32, ptr %".864", align 4
  %".865" = and i32 %"flags.17", 4
  %".866" = icmp ne i32 %".865", 0
  br i1 %".866", label %"batadv_d0.stop_at_encap.10", label %"batadv_d0.stop_at_encap.endif.10"
batadv_d0.to_tipc:
  %".875" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".875", align 1
  %".877" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.18" = load volatile i32, ptr %".877", align 4
  %".878" = and i32 %"flags.18", 4
  %".879" = icmp ne i32 %".878", 0
  br i1 %".879", label %"batadv_d0.stop_at_encap.11", label %"batadv_d0.stop_at_encap.endif.11"
batadv_d0.to_fcoe:
  %".888" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".888", align 1
  %".890" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.19" = load volatile i32, ptr %".890", align 4
  %".891" = and i32 %"flags.19", 4
  %".892" = icmp ne i32 %".891", 0
  br i1 %".892", label %"batadv_d0.stop_at_encap.12", label %"batadv_d0.stop_at_encap.endif.12"
batadv_d0.to_hsr:
  %".901" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".901", align 1
  %".903" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.20" = load volatile i32, ptr %".903", align 4
  %".904" = and i32 %"flags.20", 4
  %".905" = icmp ne i32 %".904", 0
  br i1 %".905", label %"batadv_d0.stop_at_encap.13", label %"batadv_d0.stop_at_encap.endif.13"
batadv_d0.to_hsr.1:
  %".914" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".914", align 1
  %".916" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.21" = load volatile i32, ptr %".916", align 4
  %".917" = and i32 %"flags.21", 4
  %".918" = icmp ne i32 %".917", 0
  br i1 %".918", label %"batadv_d0.stop_at_encap.14", label %"batadv_d0.stop_at_encap.endif.14"
batadv_d0.to_batadv:
  %".927" = getelementptr i8, ptr %"keys.53", i64 8
  store i8 1, ptr %".927", align 1
  %".929" = getelementptr i8, ptr %"keys.53", i64 48
  %"flags.22" = load volatile i32, ptr %".929", align 4
  %".930" = and i32 %"flags.22", 4
  %".931" = icmp ne i32 %".930", 0
  br i1 %".931", label %"batadv_d0.stop_at_encap.15", label %"batadv_d0.stop_at_encap.endif.15"
batadv_d0.stop_at_encap:
  %".738" = trunc i64 %".724" to i16
  %".739" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".738", ptr %".739", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif:
  %".742" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".742", align 4
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.1:
  %".751" = trunc i64 %".724" to i16
  %".752" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".751", ptr %".752", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.1:
  %".755" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".755", align 4
  br label %"ipv6_d1"
batadv_d0.stop_at_encap.2:
  %".764" = trunc i64 %".724" to i16
  %".765" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".764", ptr %".765", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.2:
  %".768" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".768", align 4
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.32" = phi  i64 [%".724", %"batadv_d0.stop_at_encap.endif.2"], [%".724", %"batadv_d0.stop_at_encap.endif.3"], [%"end.5", %"gre_d0.to_vlan"], [%"end.5", %"gre_d0.to_vlan.1"], [%".4061", %"ethernet_d1.to_vlan"], [%".4061", %"ethernet_d1.to_vlan.1"], [%".6220", %"widening.test.16"]
  %"data.54" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data.154", %"gre_d0.to_vlan"], [%"data.154", %"gre_d0.to_vlan.1"], [%"data.194", %"ethernet_d1.to_vlan"], [%"data.194", %"ethernet_d1.to_vlan.1"], [%"data.282", %"widening.test.16"]
  %"data_end.54" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.154", %"gre_d0.to_vlan"], [%"data_end.154", %"gre_d0.to_vlan.1"], [%"data_end.194", %"ethernet_d1.to_vlan"], [%"data_end.194", %"ethernet_d1.to_vlan.1"], [%"data_end.282", %"widening.test.16"]
  %"keys.54" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.154", %"gre_d0.to_vlan"], [%"keys.154", %"gre_d0.to_vlan.1"], [%"keys.194", %"ethernet_d1.to_vlan"], [%"keys.194", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.16"]
  %"hdr.28" = getelementptr i8, ptr %"data.54", i64 %"cursor.32"
  %".2103" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2104" = icmp ugt ptr %".2103", %"data_end.54"
  br i1 %".2104", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2106" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2107" = load i16, ptr %".2106", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.4" = phi  i16 [%".2107", %"vlan_d1_vlan_tags1.linear"], [%".2126", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.116" = phi  ptr [%"data.54", %"vlan_d1_vlan_tags1.linear"], [%"data.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.54", %"vlan_d1_vlan_tags1.linear"], [%"data_end.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.54", %"vlan_d1_vlan_tags1.linear"], [%"keys.115", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2128" = getelementptr i8, ptr %"keys.116", i64 10
  store i16 %"w2_2.4", ptr %".2128", align 2
  %".2130" = add i64 %"cursor.32", 4
  %".2131" = trunc i64 %".2130" to i16
  %".2132" = getelementptr i8, ptr %"keys.116", i64 0
  store i16 %".2131", ptr %".2132", align 2
  %".2134" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".2135" = zext i16 %".2134" to i64
  switch i64 %".2135", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
vlan_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.3:
  %".777" = trunc i64 %".724" to i16
  %".778" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".777", ptr %".778", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.3:
  %".781" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".781", align 4
  br label %"vlan_d1_vlan_tags1"
batadv_d0.stop_at_encap.4:
  %".790" = trunc i64 %".724" to i16
  %".791" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".790", ptr %".791", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.4:
  %".794" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".794", align 4
  br label %"mpls_d1_mpls_labels1"
mpls_d1_mpls_labels1:
  %"cursor.33" = phi  i64 [%".724", %"batadv_d0.stop_at_encap.endif.4"], [%".724", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1568", %"ipv6_d1.to_mpls"], [%".2130", %"vlan_d1_vlan_tags1.to_mpls"], [%".2130", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2258", %"pppoe_d1.to_mpls"], [%".2258", %"pppoe_d1.to_mpls.1"], [%".2320", %"hsr_d1_vlan_tags1.to_mpls"], [%".2320", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.5", %"gre_d0.to_mpls"], [%"end.5", %"gre_d0.to_mpls.1"], [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".3878", %"vlan_d1_vlan_tags2.to_mpls"], [%".3878", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".3944", %"hsr_d1_vlan_tags2.to_mpls"], [%".3944", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".4061", %"ethernet_d1.to_mpls"], [%".4061", %"ethernet_d1.to_mpls.1"], [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".5554", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".5662", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".6407", %"widening.test.33"]
  %"data.55" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data.91", %"ipv4_d1.to_mpls"], [%"data.95", %"ipv6_d1.to_mpls"], [%"data.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.123", %"pppoe_d1.to_mpls"], [%"data.123", %"pppoe_d1.to_mpls.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.154", %"gre_d0.to_mpls"], [%"data.154", %"gre_d0.to_mpls.1"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.194", %"ethernet_d1.to_mpls"], [%"data.194", %"ethernet_d1.to_mpls.1"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.299", %"widening.test.33"]
  %"data_end.55" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.91", %"ipv4_d1.to_mpls"], [%"data_end.95", %"ipv6_d1.to_mpls"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.123", %"pppoe_d1.to_mpls"], [%"data_end.123", %"pppoe_d1.to_mpls.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.154", %"gre_d0.to_mpls"], [%"data_end.154", %"gre_d0.to_mpls.1"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.194", %"ethernet_d1.to_mpls"], [%"data_end.194", %"ethernet_d1.to_mpls.1"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.299", %"widening.test.33"]
  %"keys.55" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.91", %"ipv4_d1.to_mpls"], [%"keys.95", %"ipv6_d1.to_mpls"], [%"keys.116", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.116", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.123", %"pppoe_d1.to_mpls"], [%"keys.123", %"pppoe_d1.to_mpls.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.125", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.154", %"gre_d0.to_mpls"], [%"keys.154", %"gre_d0.to_mpls.1"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.187", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.187", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.189", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.189", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.194", %"ethernet_d1.to_mpls"], [%"keys.194", %"ethernet_d1.to_mpls.1"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.33"]
  %".2157" = add i64 %"cursor.33", 4
  %"hdr.29" = getelementptr i8, ptr %"data.55", i64 %"cursor.33"
  %".2158" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2159" = icmp ugt ptr %".2158", %"data_end.55"
  br i1 %".2159", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2161" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2162" = load i8, ptr %".2161", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2162", %"mpls_d1_mpls_labels1.linear"], [%".2181", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.120" = phi  ptr [%"data.55", %"mpls_d1_mpls_labels1.linear"], [%"data.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.120" = phi  ptr [%"data_end.55", %"mpls_d1_mpls_labels1.linear"], [%"data_end.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.120" = phi  ptr [%"keys.55", %"mpls_d1_mpls_labels1.linear"], [%"keys.119", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2183" = add i64 %"cursor.33", 4
  %".2184" = zext i8 %"w2_1.2" to i64
  %".2185" = and i64 %".2184", 1
  switch i64 %".2185", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
mpls_d1_mpls_labels1.to_mpls:
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels2:
  %"cursor.54" = phi  i64 [%".2183", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.121" = phi  ptr [%"data.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.121" = phi  ptr [%"data_end.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.121" = phi  ptr [%"keys.120", %"mpls_d1_mpls_labels1.to_mpls"]
  %".3983" = add i64 %"cursor.54", 4
  %"hdr.48" = getelementptr i8, ptr %"data.121", i64 %"cursor.54"
  %".3984" = getelementptr i8, ptr %"hdr.48", i64 4
  %".3985" = icmp ugt ptr %".3984", %"data_end.121"
  br i1 %".3985", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".3987" = getelementptr i8, ptr %"hdr.48", i64 2
  %".3988" = load i8, ptr %".3987", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".3988", %"mpls_d1_mpls_labels2.linear"], [%".4007", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.191" = phi  ptr [%"data.121", %"mpls_d1_mpls_labels2.linear"], [%"data.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.191" = phi  ptr [%"data_end.121", %"mpls_d1_mpls_labels2.linear"], [%"data_end.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.191" = phi  ptr [%"keys.121", %"mpls_d1_mpls_labels2.linear"], [%"keys.190", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".4009" = add i64 %"cursor.54", 4
  %".4010" = zext i8 %"w2_1.4" to i64
  %".4011" = and i64 %".4010", 1
  switch i64 %".4011", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels2.to_mpls:
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels3:
  %"cursor.71" = phi  i64 [%".4009", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.192" = phi  ptr [%"data.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.192" = phi  ptr [%"data_end.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.192" = phi  ptr [%"keys.191", %"mpls_d1_mpls_labels2.to_mpls"]
  %".5328" = add i64 %"cursor.71", 4
  %"hdr.63" = getelementptr i8, ptr %"data.192", i64 %"cursor.71"
  %".5329" = getelementptr i8, ptr %"hdr.63", i64 4
  %".5330" = icmp ugt ptr %".5329", %"data_end.192"
  br i1 %".5330", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".5332" = getelementptr i8, ptr %"hdr.63", i64 2
  %".5333" = load i8, ptr %".5332", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".5333", %"mpls_d1_mpls_labels3.linear"], [%".5352", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.238" = phi  ptr [%"data.192", %"mpls_d1_mpls_labels3.linear"], [%"data.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.238" = phi  ptr [%"data_end.192", %"mpls_d1_mpls_labels3.linear"], [%"data_end.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.238" = phi  ptr [%"keys.192", %"mpls_d1_mpls_labels3.linear"], [%"keys.237", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".5354" = add i64 %"cursor.71", 4
  %".5355" = zext i8 %"w2_1.6" to i64
  %".5356" = and i64 %".5355", 1
  switch i64 %".5356", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels3.to_mpls:
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels4:
  %"cursor.77" = phi  i64 [%".5354", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.239" = phi  ptr [%"data.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.239" = phi  ptr [%"data_end.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.239" = phi  ptr [%"keys.238", %"mpls_d1_mpls_labels3.to_mpls"]
  %".5765" = add i64 %"cursor.77", 4
  %"hdr.68" = getelementptr i8, ptr %"data.239", i64 %"cursor.77"
  %".5766" = getelementptr i8, ptr %"hdr.68", i64 4
  %".5767" = icmp ugt ptr %".5766", %"data_end.239"
  br i1 %".5767", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".5769" = getelementptr i8, ptr %"hdr.68", i64 2
  %".5770" = load i8, ptr %".5769", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".5770", %"mpls_d1_mpls_labels4.linear"], [%".5789", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.250" = phi  ptr [%"data.239", %"mpls_d1_mpls_labels4.linear"], [%"data.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.250" = phi  ptr [%"data_end.239", %"mpls_d1_mpls_labels4.linear"], [%"data_end.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.250" = phi  ptr [%"keys.239", %"mpls_d1_mpls_labels4.linear"], [%"keys.249", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".5791" = add i64 %"cursor.77", 4
  %".5792" = zext i8 %"w2_1.7" to i64
  %".5793" = and i64 %".5792", 1
  switch i64 %".5793", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels4.to_mpls:
  %".5799" = trunc i64 %".5791" to i16
  %".5800" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5799", ptr %".5800", align 2
  br label %"return"
batadv_d0.stop_at_encap.5:
  %".803" = trunc i64 %".724" to i16
  %".804" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".803", ptr %".804", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.5:
  %".807" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".807", align 4
  br label %"mpls_d1_mpls_labels1"
batadv_d0.stop_at_encap.6:
  %".816" = trunc i64 %".724" to i16
  %".817" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".816", ptr %".817", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.6:
  %".820" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".820", align 4
  br label %"pppoe_d1"
pppoe_d1:
  %"cursor.34" = phi  i64 [%".724", %"batadv_d0.stop_at_encap.endif.6"], [%".2130", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2320", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.5", %"gre_d0.to_pppoe"], [%".3878", %"vlan_d1_vlan_tags2.to_pppoe"], [%".3944", %"hsr_d1_vlan_tags2.to_pppoe"], [%".4061", %"ethernet_d1.to_pppoe"], [%".6319", %"widening.test.25"]
  %"data.56" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.154", %"gre_d0.to_pppoe"], [%"data.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.194", %"ethernet_d1.to_pppoe"], [%"data.291", %"widening.test.25"]
  %"data_end.56" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.154", %"gre_d0.to_pppoe"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.194", %"ethernet_d1.to_pppoe"], [%"data_end.291", %"widening.test.25"]
  %"keys.56" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.116", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.125", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.154", %"gre_d0.to_pppoe"], [%"keys.187", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.189", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.194", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.25"]
  %"hdr.30" = getelementptr i8, ptr %"data.56", i64 %"cursor.34"
  %".2208" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2209" = icmp ugt ptr %".2208", %"data_end.56"
  br i1 %".2209", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2211" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2212" = load i8, ptr %".2211", align 1
  %".2213" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2214" = load i8, ptr %".2213", align 1
  %".2215" = getelementptr i8, ptr %"hdr.30", i64 6
  %".2216" = load i16, ptr %".2215", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".2212", %"pppoe_d1.linear"], [%".2235", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2214", %"pppoe_d1.linear"], [%".2237", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2216", %"pppoe_d1.linear"], [%".2239", %"pppoe_d1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.56", %"pppoe_d1.linear"], [%"data.122", %"pppoe_d1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.56", %"pppoe_d1.linear"], [%"data_end.122", %"pppoe_d1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.56", %"pppoe_d1.linear"], [%"keys.122", %"pppoe_d1.copy_failed.endif"]
  %".2241" = zext i8 %"w0_1.8" to i64
  %".2242" = lshr i64 %".2241", 4
  %".2243" = and i64 %".2242", 15
  %".2244" = icmp eq i64 %".2243", 1
  %".2245" = zext i8 %"w0_1.8" to i64
  %".2246" = and i64 %".2245", 15
  %".2247" = icmp eq i64 %".2246", 1
  %".2248" = and i1 %".2244", %".2247"
  %".2249" = zext i8 %"w1_1.4" to i64
  %".2250" = icmp eq i64 %".2249", 0
  %".2251" = and i1 %".2248", %".2250"
  %".2252" = xor i1 %".2251", -1
  br i1 %".2252", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
batadv_d0.stop_at_encap.7:
  %".829" = trunc i64 %".724" to i16
  %".830" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".829", ptr %".830", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.7:
  %".833" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".833", align 4
  br label %"arp"
batadv_d0.stop_at_encap.8:
  %".842" = trunc i64 %".724" to i16
  %".843" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".842", ptr %".843", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.8:
  %".846" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".846", align 4
  br label %"arp"
batadv_d0.stop_at_encap.9:
  %".855" = trunc i64 %".724" to i16
  %".856" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".855", ptr %".856", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.9:
  %".859" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".859", align 4
  br label %"ptp"
batadv_d0.stop_at_encap.10:
  %".868" = trunc i64 %".724" to i16
  %".869" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".868", ptr %".869", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.10:
  %".872" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".872", align 4
  br label %"cfm"
batadv_d0.stop_at_encap.11:
  %".881" = trunc i64 %".724" to i16
  %".882" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".881", ptr %".882", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.11:
  %".885" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".885", align 4
  br label %"tipc"
batadv_d0.stop_at_encap.12:
  %".894" = trunc i64 %".724" to i16
  %".895" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".894", ptr %".895", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.12:
  %".898" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".898", align 4
  br label %"fcoe"
batadv_d0.stop_at_encap.13:
  %".907" = trunc i64 %".724" to i16
  %".908" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".907", ptr %".908", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.13:
  %".911" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".911", align 4
  br label %"hsr_d1_vlan_tags1"
hsr_d1_vlan_tags1:
  %"cursor.35" = phi  i64 [%".724", %"batadv_d0.stop_at_encap.endif.13"], [%".724", %"batadv_d0.stop_at_encap.endif.14"], [%"end.5", %"gre_d0.to_hsr"], [%"end.5", %"gre_d0.to_hsr.1"], [%".4061", %"ethernet_d1.to_hsr"], [%".4061", %"ethernet_d1.to_hsr.1"], [%".6209", %"widening.test.15"]
  %"data.57" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.13"], [%"data.53", %"batadv_d0.stop_at_encap.endif.14"], [%"data.154", %"gre_d0.to_hsr"], [%"data.154", %"gre_d0.to_hsr.1"], [%"data.194", %"ethernet_d1.to_hsr"], [%"data.194", %"ethernet_d1.to_hsr.1"], [%"data.281", %"widening.test.15"]
  %"data_end.57" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.53", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.154", %"gre_d0.to_hsr"], [%"data_end.154", %"gre_d0.to_hsr.1"], [%"data_end.194", %"ethernet_d1.to_hsr"], [%"data_end.194", %"ethernet_d1.to_hsr.1"], [%"data_end.281", %"widening.test.15"]
  %"keys.57" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.53", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.154", %"gre_d0.to_hsr"], [%"keys.154", %"gre_d0.to_hsr.1"], [%"keys.194", %"ethernet_d1.to_hsr"], [%"keys.194", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.15"]
  %"hdr.31" = getelementptr i8, ptr %"data.57", i64 %"cursor.35"
  %".2293" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2294" = icmp ugt ptr %".2293", %"data_end.57"
  br i1 %".2294", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2296" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2297" = load i16, ptr %".2296", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2297", %"hsr_d1_vlan_tags1.linear"], [%".2316", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.57", %"hsr_d1_vlan_tags1.linear"], [%"data.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.57", %"hsr_d1_vlan_tags1.linear"], [%"data_end.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.57", %"hsr_d1_vlan_tags1.linear"], [%"keys.124", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2318" = getelementptr i8, ptr %"keys.125", i64 10
  store i16 %"w4_2.2", ptr %".2318", align 2
  %".2320" = add i64 %"cursor.35", 6
  %".2321" = trunc i64 %".2320" to i16
  %".2322" = getelementptr i8, ptr %"keys.125", i64 0
  store i16 %".2321", ptr %".2322", align 2
  %".2324" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2325" = zext i16 %".2324" to i64
  switch i64 %".2325", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
hsr_d1_vlan_tags1.to_ipv4:
  br label %"ipv4_d1"
batadv_d0.stop_at_encap.14:
  %".920" = trunc i64 %".724" to i16
  %".921" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".920", ptr %".921", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.14:
  %".924" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".924", align 4
  br label %"hsr_d1_vlan_tags1"
batadv_d0.stop_at_encap.15:
  %".933" = trunc i64 %".724" to i16
  %".934" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".933", ptr %".934", align 2
  br label %"return"
batadv_d0.stop_at_encap.endif.15:
  %".937" = getelementptr i8, ptr %"keys.53", i64 12
  store i32 0, ptr %".937", align 4
  br label %"batadv_d1"
batadv_d1:
  %"cursor.36" = phi  i64 [%".724", %"batadv_d0.stop_at_encap.endif.15"], [%".2130", %"vlan_d1_vlan_tags1.to_batadv"], [%".2320", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.5", %"gre_d0.to_batadv"], [%".3878", %"vlan_d1_vlan_tags2.to_batadv"], [%".3944", %"hsr_d1_vlan_tags2.to_batadv"], [%".4061", %"ethernet_d1.to_batadv"], [%".6253", %"widening.test.19"]
  %"data.58" = phi  ptr [%"data.53", %"batadv_d0.stop_at_encap.endif.15"], [%"data.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.154", %"gre_d0.to_batadv"], [%"data.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.194", %"ethernet_d1.to_batadv"], [%"data.285", %"widening.test.19"]
  %"data_end.58" = phi  ptr [%"data_end.53", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.154", %"gre_d0.to_batadv"], [%"data_end.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.194", %"ethernet_d1.to_batadv"], [%"data_end.285", %"widening.test.19"]
  %"keys.58" = phi  ptr [%"keys.53", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.116", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.125", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.154", %"gre_d0.to_batadv"], [%"keys.187", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.189", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.194", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.19"]
  %"hdr.32" = getelementptr i8, ptr %"data.58", i64 %"cursor.36"
  %".2347" = getelementptr i8, ptr %"hdr.32", i64 24
  %".2348" = icmp ugt ptr %".2347", %"data_end.58"
  br i1 %".2348", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2350" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2351" = load i8, ptr %".2350", align 1
  %".2352" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2353" = load i8, ptr %".2352", align 1
  %".2354" = getelementptr i8, ptr %"hdr.32", i64 22
  %".2355" = load i16, ptr %".2354", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.9" = phi  i8 [%".2351", %"batadv_d1.linear"], [%".2374", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2353", %"batadv_d1.linear"], [%".2376", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2355", %"batadv_d1.linear"], [%".2378", %"batadv_d1.copy_failed.endif"]
  %"data.127" = phi  ptr [%"data.58", %"batadv_d1.linear"], [%"data.126", %"batadv_d1.copy_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.58", %"batadv_d1.linear"], [%"data_end.126", %"batadv_d1.copy_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.58", %"batadv_d1.linear"], [%"keys.126", %"batadv_d1.copy_failed.endif"]
  %".2380" = zext i8 %"w1_1.5" to i64
  %".2381" = icmp eq i64 %".2380", 15
  %".2382" = zext i8 %"w0_1.9" to i64
  %".2383" = icmp eq i64 %".2382", 64
  %".2384" = and i1 %".2381", %".2383"
  %".2385" = xor i1 %".2384", -1
  br i1 %".2385", label %"batadv_d1.require", label %"batadv_d1.require.endif"
tcp.copy:
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".946" = trunc i64 %"cursor.13" to i32
  %".947" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".946", [40 x i8]* %"header_copy", i32 4)
  %".948" = icmp eq i64 %".947", 0
  %".949" = getelementptr i8, ptr %"ctx.11", i64 76
  %".950" = load i32, ptr %".949", align 4
  %".951" = zext i32 %".950" to i64
  %"data.59" = inttoptr i64 %".951" to ptr
  %".952" = getelementptr i8, ptr %"ctx.11", i64 80
  %".953" = load i32, ptr %".952", align 4
  %".954" = zext i32 %".953" to i64
  %"data_end.59" = inttoptr i64 %".954" to ptr
  %".955" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.59" = load ptr, ptr %".955", align 8
  %".956" = xor i1 %".948", -1
  br i1 %".956", label %"tcp.copy_failed", label %"tcp.copy_failed.endif"
tcp.copy_failed:
  %".958" = trunc i64 %"cursor.13" to i16
  %".959" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".958", ptr %".959", align 2
  br label %"return"
tcp.copy_failed.endif:
  %".962" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".963" = load volatile i32, [40 x i8]* %".962", align 4
  br label %"tcp.header"
tcp.unknown:
  %".968" = trunc i64 %"cursor.13" to i16
  %".969" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".968", ptr %".969", align 2
  br label %"return"
udp_d0.copy:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".979" = trunc i64 %"cursor.14" to i32
  %".980" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".979", [40 x i8]* %"header_copy", i32 4)
  %".981" = icmp eq i64 %".980", 0
  %".982" = getelementptr i8, ptr %"ctx.12", i64 76
  %".983" = load i32, ptr %".982", align 4
  %".984" = zext i32 %".983" to i64
  %"data.62" = inttoptr i64 %".984" to ptr
  %".985" = getelementptr i8, ptr %"ctx.12", i64 80
  %".986" = load i32, ptr %".985", align 4
  %".987" = zext i32 %".986" to i64
  %"data_end.62" = inttoptr i64 %".987" to ptr
  %".988" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.62" = load ptr, ptr %".988", align 8
  %".989" = xor i1 %".981", -1
  br i1 %".989", label %"udp_d0.copy_failed", label %"udp_d0.copy_failed.endif"
udp_d0.copy_failed:
  %".991" = trunc i64 %"cursor.14" to i16
  %".992" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".991", ptr %".992", align 2
  br label %"return"
udp_d0.copy_failed.endif:
  %".995" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".996" = load volatile i32, [40 x i8]* %".995", align 4
  br label %"udp_d0.header"
udp_d0.copy_last_byte:
  %".1006" = add i64 %"cursor.14", %".1001"
  %".1007" = sub i64 %".1006", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1008" = trunc i64 %".1007" to i32
  %".1009" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".1008", i64* %"last_byte", i32 1)
  %".1010" = icmp eq i64 %".1009", 0
  %".1011" = getelementptr i8, ptr %"ctx.13", i64 76
  %".1012" = load i32, ptr %".1011", align 4
  %".1013" = zext i32 %".1012" to i64
  %"data.64" = inttoptr i64 %".1013" to ptr
  %".1014" = getelementptr i8, ptr %"ctx.13", i64 80
  %".1015" = load i32, ptr %".1014", align 4
  %".1016" = zext i32 %".1015" to i64
  %"data_end.64" = inttoptr i64 %".1016" to ptr
  %".1017" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.64" = load ptr, ptr %".1017", align 8
  %".1018" = xor i1 %".1010", -1
  br i1 %".1018", label %"udp_d0.copy_last_byte_failed", label %"udp_d0.copy_last_byte_failed.endif"
udp_d0.copy_last_byte_failed:
  %".1020" = trunc i64 %"cursor.14" to i16
  %".1021" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1020", ptr %".1021", align 2
  br label %"return"
udp_d0.copy_last_byte_failed.endif:
  br label %"udp_d0.variable_part"
udp_d0.unknown:
  %".1031" = trunc i64 %"cursor.14" to i16
  %".1032" = getelementptr i8, ptr %"keys.65", i64 2
  store i16 %".1031", ptr %".1032", align 2
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
  %"cursor.39" = phi  i64 [%".1025", %"udp_d0.to_geneve"]
  %"data.67" = phi  ptr [%"data.65", %"udp_d0.to_geneve"]
  %"data_end.67" = phi  ptr [%"data_end.65", %"udp_d0.to_geneve"]
  %"keys.67" = phi  ptr [%"keys.65", %"udp_d0.to_geneve"]
  %"hdr.35" = getelementptr i8, ptr %"data.67", i64 %"cursor.39"
  %".2775" = getelementptr i8, ptr %"hdr.35", i64 8
  %".2776" = icmp ugt ptr %".2775", %"data_end.67"
  br i1 %".2776", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".2778" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2779" = load i8, ptr %".2778", align 1
  %".2780" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2781" = load i16, ptr %".2780", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.10" = phi  i8 [%".2779", %"geneve_d0.linear"], [%".2800", %"geneve_d0.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".2781", %"geneve_d0.linear"], [%".2802", %"geneve_d0.copy_failed.endif"]
  %"data.137" = phi  ptr [%"data.67", %"geneve_d0.linear"], [%"data.136", %"geneve_d0.copy_failed.endif"]
  %"data_end.137" = phi  ptr [%"data_end.67", %"geneve_d0.linear"], [%"data_end.136", %"geneve_d0.copy_failed.endif"]
  %"keys.137" = phi  ptr [%"keys.67", %"geneve_d0.linear"], [%"keys.136", %"geneve_d0.copy_failed.endif"]
  %".2804" = zext i8 %"w0_1.10" to i64
  %".2805" = lshr i64 %".2804", 6
  %".2806" = and i64 %".2805", 3
  %".2807" = icmp ne i64 %".2806", 0
  br i1 %".2807", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif", !prof !0
geneve_d0.stop_before.endif:
  %".2813" = add i64 %"cursor.39", 8
  %".2814" = and i8 %"w0_1.10", 63
  %".2815" = icmp eq i8 %".2814", 0
  %".2816" = xor i1 %".2815", -1
  br i1 %".2816", label %"geneve_d0.variable", label %"geneve_d0.no_variable", !prof !0
geneve_d0.no_variable:
  br label %"geneve_d0.variable.endif"
geneve_d0.variable.endif:
  %"end.3" = phi  i64 [%".2813", %"geneve_d0.no_variable"], [%".2846", %"geneve_d0.variable_part"]
  %"data.140" = phi  ptr [%"data.137", %"geneve_d0.no_variable"], [%"data.139", %"geneve_d0.variable_part"]
  %"data_end.140" = phi  ptr [%"data_end.137", %"geneve_d0.no_variable"], [%"data_end.139", %"geneve_d0.variable_part"]
  %"keys.140" = phi  ptr [%"keys.137", %"geneve_d0.no_variable"], [%"keys.139", %"geneve_d0.variable_part"]
  %".2848" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".2848", align 1
  %".2850" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.53" = load volatile i32, ptr %".2850", align 4
  %".2851" = and i32 %"flags.53", 4
  %".2852" = icmp ne i32 %".2851", 0
  br i1 %".2852", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
gue_d0:
  %"cursor.40" = phi  i64 [%".1025", %"udp_d0.to_gue"]
  %"data.68" = phi  ptr [%"data.65", %"udp_d0.to_gue"]
  %"data_end.68" = phi  ptr [%"data_end.65", %"udp_d0.to_gue"]
  %"keys.68" = phi  ptr [%"keys.65", %"udp_d0.to_gue"]
  %"hdr.36" = getelementptr i8, ptr %"data.68", i64 %"cursor.40"
  %".2870" = getelementptr i8, ptr %"hdr.36", i64 4
  %".2871" = icmp ugt ptr %".2870", %"data_end.68"
  br i1 %".2871", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".2873" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2874" = load i8, ptr %".2873", align 1
  %".2875" = getelementptr i8, ptr %"hdr.36", i64 1
  %".2876" = load i8, ptr %".2875", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.11" = phi  i8 [%".2874", %"gue_d0.linear"], [%".2895", %"gue_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2876", %"gue_d0.linear"], [%".2897", %"gue_d0.copy_failed.endif"]
  %"data.142" = phi  ptr [%"data.68", %"gue_d0.linear"], [%"data.141", %"gue_d0.copy_failed.endif"]
  %"data_end.142" = phi  ptr [%"data_end.68", %"gue_d0.linear"], [%"data_end.141", %"gue_d0.copy_failed.endif"]
  %"keys.142" = phi  ptr [%"keys.68", %"gue_d0.linear"], [%"keys.141", %"gue_d0.copy_failed.endif"]
  %".2899" = zext i8 %"w0_1.11" to i64
  %".2900" = lshr i64 %".2899", 6
  %".2901" = and i64 %".2900", 3
  %".2902" = icmp ne i64 %".2901", 0
  %".2903" = zext i8 %"w0_1.11" to i64
  %".2904" = lshr i64 %".2903", 5
  %".2905" = and i64 %".2904", 1
  %".2906" = icmp ne i64 %".2905", 0
  %".2907" = or i1 %".2902", %".2906"
  br i1 %".2907", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif", !prof !0
gue_d0.stop_before.endif:
  %".2913" = add i64 %"cursor.40", 4
  %".2914" = and i8 %"w0_1.11", 31
  %".2915" = icmp eq i8 %".2914", 0
  %".2916" = xor i1 %".2915", -1
  br i1 %".2916", label %"gue_d0.variable", label %"gue_d0.no_variable", !prof !0
gue_d0.no_variable:
  br label %"gue_d0.variable.endif"
gue_d0.variable.endif:
  %"end.4" = phi  i64 [%".2913", %"gue_d0.no_variable"], [%".2946", %"gue_d0.variable_part"]
  %"data.145" = phi  ptr [%"data.142", %"gue_d0.no_variable"], [%"data.144", %"gue_d0.variable_part"]
  %"data_end.145" = phi  ptr [%"data_end.142", %"gue_d0.no_variable"], [%"data_end.144", %"gue_d0.variable_part"]
  %"keys.145" = phi  ptr [%"keys.142", %"gue_d0.no_variable"], [%"keys.144", %"gue_d0.variable_part"]
  %".2948" = getelementptr i8, ptr %"keys.145", i64 8
  store i8 1, ptr %".2948", align 1
  %".2950" = getelementptr i8, ptr %"keys.145", i64 48
  %"flags.54" = load volatile i32, ptr %".2950", align 4
  %".2951" = and i32 %"flags.54", 4
  %".2952" = icmp ne i32 %".2951", 0
  br i1 %".2952", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gtpu_d0:
  %"cursor.41" = phi  i64 [%".1025", %"udp_d0.to_gtpu"]
  %"data.69" = phi  ptr [%"data.65", %"udp_d0.to_gtpu"]
  %"data_end.69" = phi  ptr [%"data_end.65", %"udp_d0.to_gtpu"]
  %"keys.69" = phi  ptr [%"keys.65", %"udp_d0.to_gtpu"]
  %"hdr.37" = getelementptr i8, ptr %"data.69", i64 %"cursor.41"
  %".2968" = getelementptr i8, ptr %"hdr.37", i64 8
  %".2969" = icmp ugt ptr %".2968", %"data_end.69"
  br i1 %".2969", label %"gtpu_d0.copy", label %"gtpu_d0.linear", !prof !0
gtpu_d0.linear:
  %".2971" = getelementptr i8, ptr %"hdr.37", i64 0
  %".2972" = load i8, ptr %".2971", align 1
  %".2973" = getelementptr i8, ptr %"hdr.37", i64 1
  %".2974" = load i8, ptr %".2973", align 1
  br label %"gtpu_d0.header"
gtpu_d0.header:
  %"w0_1.12" = phi  i8 [%".2972", %"gtpu_d0.linear"], [%".2993", %"gtpu_d0.copy_failed.endif"]
  %"w1_1.7" = phi  i8 [%".2974", %"gtpu_d0.linear"], [%".2995", %"gtpu_d0.copy_failed.endif"]
  %"data.147" = phi  ptr [%"data.69", %"gtpu_d0.linear"], [%"data.146", %"gtpu_d0.copy_failed.endif"]
  %"data_end.147" = phi  ptr [%"data_end.69", %"gtpu_d0.linear"], [%"data_end.146", %"gtpu_d0.copy_failed.endif"]
  %"keys.147" = phi  ptr [%"keys.69", %"gtpu_d0.linear"], [%"keys.146", %"gtpu_d0.copy_failed.endif"]
  %".2997" = zext i8 %"w0_1.12" to i64
  %".2998" = lshr i64 %".2997", 5
  %".2999" = and i64 %".2998", 7
  %".3000" = icmp ne i64 %".2999", 1
  %".3001" = zext i8 %"w0_1.12" to i64
  %".3002" = lshr i64 %".3001", 4
  %".3003" = and i64 %".3002", 1
  %".3004" = icmp ne i64 %".3003", 1
  %".3005" = or i1 %".3000", %".3004"
  %".3006" = zext i8 %"w1_1.7" to i64
  %".3007" = icmp ne i64 %".3006", 255
  %".3008" = or i1 %".3005", %".3007"
  br i1 %".3008", label %"gtpu_d0.stop_before", label %"gtpu_d0.stop_before.endif", !prof !0
gtpu_d0.stop_before.endif:
  %".3014" = add i64 %"cursor.41", 8
  %".3015" = getelementptr i8, ptr %"keys.147", i64 8
  store i8 1, ptr %".3015", align 1
  %".3017" = getelementptr i8, ptr %"keys.147", i64 48
  %"flags.55" = load volatile i32, ptr %".3017", align 4
  %".3018" = and i32 %"flags.55", 4
  %".3019" = icmp ne i32 %".3018", 0
  br i1 %".3019", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
shim_d0:
  %"cursor.42" = phi  i64 [%".1025", %"udp_d0.to_shim"]
  %"data.70" = phi  ptr [%"data.65", %"udp_d0.to_shim"]
  %"data_end.70" = phi  ptr [%"data_end.65", %"udp_d0.to_shim"]
  %"keys.70" = phi  ptr [%"keys.65", %"udp_d0.to_shim"]
  %"hdr.38" = getelementptr i8, ptr %"data.70", i64 %"cursor.42"
  %".3055" = getelementptr i8, ptr %"hdr.38", i64 8
  %".3056" = icmp ugt ptr %".3055", %"data_end.70"
  br i1 %".3056", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".3058" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3059" = load i16, ptr %".3058", align 2
  br label %"shim_d0.header"
shim_d0.header:
  %"w2_2.6" = phi  i16 [%".3059", %"shim_d0.linear"], [%".3078", %"shim_d0.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.70", %"shim_d0.linear"], [%"data.150", %"shim_d0.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.70", %"shim_d0.linear"], [%"data_end.150", %"shim_d0.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.70", %"shim_d0.linear"], [%"keys.150", %"shim_d0.copy_failed.endif"]
  %".3080" = add i64 %"cursor.42", 8
  %".3081" = getelementptr i8, ptr %"keys.151", i64 8
  store i8 1, ptr %".3081", align 1
  %".3083" = getelementptr i8, ptr %"keys.151", i64 48
  %"flags.56" = load volatile i32, ptr %".3083", align 4
  %".3084" = and i32 %"flags.56", 4
  %".3085" = icmp ne i32 %".3084", 0
  br i1 %".3085", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
udplite.copy:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1046" = trunc i64 %"cursor.15" to i32
  %".1047" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".1046", [40 x i8]* %"header_copy", i32 4)
  %".1048" = icmp eq i64 %".1047", 0
  %".1049" = getelementptr i8, ptr %"ctx.14", i64 76
  %".1050" = load i32, ptr %".1049", align 4
  %".1051" = zext i32 %".1050" to i64
  %"data.71" = inttoptr i64 %".1051" to ptr
  %".1052" = getelementptr i8, ptr %"ctx.14", i64 80
  %".1053" = load i32, ptr %".1052", align 4
  %".1054" = zext i32 %".1053" to i64
  %"data_end.71" = inttoptr i64 %".1054" to ptr
  %".1055" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.71" = load ptr, ptr %".1055", align 8
  %".1056" = xor i1 %".1048", -1
  br i1 %".1056", label %"udplite.copy_failed", label %"udplite.copy_failed.endif"
udplite.copy_failed:
  %".1058" = trunc i64 %"cursor.15" to i16
  %".1059" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1058", ptr %".1059", align 2
  br label %"return"
udplite.copy_failed.endif:
  %".1062" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1063" = load volatile i32, [40 x i8]* %".1062", align 4
  br label %"udplite.header"
udplite.copy_last_byte:
  %".1073" = add i64 %"cursor.15", %".1068"
  %".1074" = sub i64 %".1073", 1
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1075" = trunc i64 %".1074" to i32
  %".1076" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1075", i64* %"last_byte", i32 1)
  %".1077" = icmp eq i64 %".1076", 0
  %".1078" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1079" = load i32, ptr %".1078", align 4
  %".1080" = zext i32 %".1079" to i64
  %"data.73" = inttoptr i64 %".1080" to ptr
  %".1081" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1082" = load i32, ptr %".1081", align 4
  %".1083" = zext i32 %".1082" to i64
  %"data_end.73" = inttoptr i64 %".1083" to ptr
  %".1084" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.73" = load ptr, ptr %".1084", align 8
  %".1085" = xor i1 %".1077", -1
  br i1 %".1085", label %"udplite.copy_last_byte_failed", label %"udplite.copy_last_byte_failed.endif"
udplite.copy_last_byte_failed:
  %".1087" = trunc i64 %"cursor.15" to i16
  %".1088" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1087", ptr %".1088", align 2
  br label %"return"
udplite.copy_last_byte_failed.endif:
  br label %"udplite.variable_part"
gre_version_d0.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1107" = trunc i64 %"cursor.16" to i32
  %".1108" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1107", [40 x i8]* %"header_copy", i32 4)
  %".1109" = icmp eq i64 %".1108", 0
  %".1110" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1111" = load i32, ptr %".1110", align 4
  %".1112" = zext i32 %".1111" to i64
  %"data.75" = inttoptr i64 %".1112" to ptr
  %".1113" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1114" = load i32, ptr %".1113", align 4
  %".1115" = zext i32 %".1114" to i64
  %"data_end.75" = inttoptr i64 %".1115" to ptr
  %".1116" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.75" = load ptr, ptr %".1116", align 8
  %".1117" = xor i1 %".1109", -1
  br i1 %".1117", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1119" = trunc i64 %"cursor.16" to i16
  %".1120" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".1119", ptr %".1120", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1123" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1124" = load volatile i8, [40 x i8]* %".1123", align 1
  %".1125" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1126" = load volatile i8, [40 x i8]* %".1125", align 1
  %".1127" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1128" = load volatile i16, [40 x i8]* %".1127", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1139" = trunc i64 %"cursor.16" to i16
  %".1140" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1139", ptr %".1140", align 2
  br label %"return"
gre_version_d0.unknown:
  %".1148" = trunc i64 %"cursor.16" to i16
  %".1149" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1148", ptr %".1149", align 2
  br label %"return"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
pptp_d0:
  %"cursor.44" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.78" = phi  ptr [%"data.76", %"gre_version_d0.to_pptp"]
  %"data_end.78" = phi  ptr [%"data_end.76", %"gre_version_d0.to_pptp"]
  %"keys.78" = phi  ptr [%"keys.76", %"gre_version_d0.to_pptp"]
  %".3181" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".3182" = zext i16 %".3181" to i64
  %".3183" = icmp ne i64 %".3182", 34827
  %".3184" = zext i8 %"w0_1.3" to i64
  %".3185" = lshr i64 %".3184", 5
  %".3186" = and i64 %".3185", 1
  %".3187" = icmp eq i64 %".3186", 0
  %".3188" = or i1 %".3183", %".3187"
  br i1 %".3188", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif", !prof !0
pptp_d0.stop_before.endif:
  %".3194" = add i64 %"cursor.44", 4
  %".3195" = zext i8 %"w0_1.3" to i64
  %".3196" = lshr i64 %".3195", 7
  %".3197" = and i64 %".3196", 1
  %".3198" = zext i8 %"w0_1.3" to i64
  %".3199" = lshr i64 %".3198", 5
  %".3200" = and i64 %".3199", 1
  %".3201" = add i64 %".3197", %".3200"
  %".3202" = zext i8 %"w0_1.3" to i64
  %".3203" = lshr i64 %".3202", 4
  %".3204" = and i64 %".3203", 1
  %".3205" = add i64 %".3201", %".3204"
  %".3206" = zext i8 %"w1_1.2" to i64
  %".3207" = lshr i64 %".3206", 7
  %".3208" = and i64 %".3207", 1
  %".3209" = add i64 %".3205", %".3208"
  %".3210" = mul i64 %".3209", 4
  %".3211" = add i64 %".3210", 4
  %".3212" = getelementptr i8, ptr %"data.78", i64 %"cursor.44"
  %".3213" = getelementptr i8, ptr %".3212", i64 %".3211"
  %".3214" = icmp ugt ptr %".3213", %"data_end.78"
  br i1 %".3214", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.156" = phi  ptr [%"data.78", %"pptp_d0.stop_before.endif"], [%"data.155", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.156" = phi  ptr [%"data_end.78", %"pptp_d0.stop_before.endif"], [%"data_end.155", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.156" = phi  ptr [%"keys.78", %"pptp_d0.stop_before.endif"], [%"keys.155", %"pptp_d0.copy_last_byte_failed.endif"]
  %".3235" = add i64 %"cursor.44", %".3211"
  %".3236" = add i64 %"cursor.44", 8
  %".3237" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3236")
  %".3238" = icmp eq i64 %".3210", 4
  %"end.6" = select  i1 %".3238", i64 %".3237", i64 %".3235"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.58" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.157" = phi  ptr [%"data.156", %"pptp_d0.to_ppp"]
  %"data_end.157" = phi  ptr [%"data_end.156", %"pptp_d0.to_ppp"]
  %"keys.157" = phi  ptr [%"keys.156", %"pptp_d0.to_ppp"]
  %"hdr.52" = getelementptr i8, ptr %"data.157", i64 %"cursor.58"
  %".4141" = getelementptr i8, ptr %"hdr.52", i64 4
  %".4142" = icmp ugt ptr %".4141", %"data_end.157"
  br i1 %".4142", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4144" = getelementptr i8, ptr %"hdr.52", i64 2
  %".4145" = load i16, ptr %".4144", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.11" = phi  i16 [%".4145", %"ppp_d0.linear"], [%".4164", %"ppp_d0.copy_failed.endif"]
  %"data.201" = phi  ptr [%"data.157", %"ppp_d0.linear"], [%"data.200", %"ppp_d0.copy_failed.endif"]
  %"data_end.201" = phi  ptr [%"data_end.157", %"ppp_d0.linear"], [%"data_end.200", %"ppp_d0.copy_failed.endif"]
  %"keys.201" = phi  ptr [%"keys.157", %"ppp_d0.linear"], [%"keys.200", %"ppp_d0.copy_failed.endif"]
  %".4166" = add i64 %"cursor.58", 4
  %".4167" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".4168" = zext i16 %".4167" to i64
  switch i64 %".4168", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
ppp_d0.to_ipv4:
  %".4177" = trunc i64 2048 to i16
  %".4178" = call i16 @"llvm.bswap.i16"(i16 %".4177")
  %".4179" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".4178", ptr %".4179", align 2
  %".4181" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4181", align 1
  %".4183" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.70" = load volatile i32, ptr %".4183", align 4
  %".4184" = and i32 %"flags.70", 4
  %".4185" = icmp ne i32 %".4184", 0
  br i1 %".4185", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
sctp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1160" = trunc i64 %"cursor.17" to i32
  %".1161" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1160", [40 x i8]* %"header_copy", i32 4)
  %".1162" = icmp eq i64 %".1161", 0
  %".1163" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1164" = load i32, ptr %".1163", align 4
  %".1165" = zext i32 %".1164" to i64
  %"data.79" = inttoptr i64 %".1165" to ptr
  %".1166" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1167" = load i32, ptr %".1166", align 4
  %".1168" = zext i32 %".1167" to i64
  %"data_end.79" = inttoptr i64 %".1168" to ptr
  %".1169" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.79" = load ptr, ptr %".1169", align 8
  %".1170" = xor i1 %".1162", -1
  br i1 %".1170", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1172" = trunc i64 %"cursor.17" to i16
  %".1173" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1172", ptr %".1173", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1176" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1177" = load volatile i32, [40 x i8]* %".1176", align 4
  br label %"sctp.header"
dccp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1192" = trunc i64 %"cursor.18" to i32
  %".1193" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1192", [40 x i8]* %"header_copy", i32 4)
  %".1194" = icmp eq i64 %".1193", 0
  %".1195" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1196" = load i32, ptr %".1195", align 4
  %".1197" = zext i32 %".1196" to i64
  %"data.81" = inttoptr i64 %".1197" to ptr
  %".1198" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1199" = load i32, ptr %".1198", align 4
  %".1200" = zext i32 %".1199" to i64
  %"data_end.81" = inttoptr i64 %".1200" to ptr
  %".1201" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.81" = load ptr, ptr %".1201", align 8
  %".1202" = xor i1 %".1194", -1
  br i1 %".1202", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1204" = trunc i64 %"cursor.18" to i16
  %".1205" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1204", ptr %".1205", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1208" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1209" = load volatile i32, [40 x i8]* %".1208", align 4
  br label %"dccp.header"
esp.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1224" = trunc i64 %"cursor.19" to i32
  %".1225" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1224", [40 x i8]* %"header_copy", i32 4)
  %".1226" = icmp eq i64 %".1225", 0
  %".1227" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1228" = load i32, ptr %".1227", align 4
  %".1229" = zext i32 %".1228" to i64
  %"data.83" = inttoptr i64 %".1229" to ptr
  %".1230" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1231" = load i32, ptr %".1230", align 4
  %".1232" = zext i32 %".1231" to i64
  %"data_end.83" = inttoptr i64 %".1232" to ptr
  %".1233" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.83" = load ptr, ptr %".1233", align 8
  %".1234" = xor i1 %".1226", -1
  br i1 %".1234", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1236" = trunc i64 %"cursor.19" to i16
  %".1237" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1236", ptr %".1237", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1240" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1241" = load volatile i32, [40 x i8]* %".1240", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1268" = trunc i64 %"cursor.20" to i32
  %".1269" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1268", [40 x i8]* %"header_copy", i32 8)
  %".1270" = icmp eq i64 %".1269", 0
  %".1271" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1272" = load i32, ptr %".1271", align 4
  %".1273" = zext i32 %".1272" to i64
  %"data.85" = inttoptr i64 %".1273" to ptr
  %".1274" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1275" = load i32, ptr %".1274", align 4
  %".1276" = zext i32 %".1275" to i64
  %"data_end.85" = inttoptr i64 %".1276" to ptr
  %".1277" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.85" = load ptr, ptr %".1277", align 8
  %".1278" = xor i1 %".1270", -1
  br i1 %".1278", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1280" = trunc i64 %"cursor.20" to i16
  %".1281" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1280", ptr %".1281", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1284" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1285" = load volatile i32, [40 x i8]* %".1284", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1310" = trunc i64 %"cursor.21" to i32
  %".1311" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1310", [40 x i8]* %"header_copy", i32 4)
  %".1312" = icmp eq i64 %".1311", 0
  %".1313" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1314" = load i32, ptr %".1313", align 4
  %".1315" = zext i32 %".1314" to i64
  %"data.87" = inttoptr i64 %".1315" to ptr
  %".1316" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1317" = load i32, ptr %".1316", align 4
  %".1318" = zext i32 %".1317" to i64
  %"data_end.87" = inttoptr i64 %".1318" to ptr
  %".1319" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.87" = load ptr, ptr %".1319", align 8
  %".1320" = xor i1 %".1312", -1
  br i1 %".1320", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1322" = trunc i64 %"cursor.21" to i16
  %".1323" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1322", ptr %".1323", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1344" = trunc i64 %"cursor.22" to i32
  %".1345" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1344", [40 x i8]* %"header_copy", i32 20)
  %".1346" = icmp eq i64 %".1345", 0
  %".1347" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1348" = load i32, ptr %".1347", align 4
  %".1349" = zext i32 %".1348" to i64
  %"data.89" = inttoptr i64 %".1349" to ptr
  %".1350" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1351" = load i32, ptr %".1350", align 4
  %".1352" = zext i32 %".1351" to i64
  %"data_end.89" = inttoptr i64 %".1352" to ptr
  %".1353" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.89" = load ptr, ptr %".1353", align 8
  %".1354" = xor i1 %".1346", -1
  br i1 %".1354", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1356" = trunc i64 %"cursor.22" to i16
  %".1357" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".1356", ptr %".1357", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1360" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1361" = load volatile i8, [40 x i8]* %".1360", align 1
  %".1362" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1363" = load volatile i16, [40 x i8]* %".1362", align 2
  %".1364" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1365" = load volatile i8, [40 x i8]* %".1364", align 1
  %".1366" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1367" = load volatile i32, [40 x i8]* %".1366", align 4
  %".1368" = zext i32 %".1367" to i64
  %".1369" = shl i64 %".1368", 0
  %".1370" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1371" = load volatile i32, [40 x i8]* %".1370", align 4
  %".1372" = zext i32 %".1371" to i64
  %".1373" = shl i64 %".1372", 32
  %".1374" = or i64 %".1369", %".1373"
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1381" = trunc i64 %"cursor.22" to i16
  %".1382" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1381", ptr %".1382", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1385" = getelementptr i8, ptr %"keys.90", i64 9
  store i8 %"w9_1.1", ptr %".1385", align 1
  %".1387" = getelementptr i8, ptr %"keys.90", i64 16
  store i64 %"w12_8.1", ptr %".1387", align 8
  %".1389" = trunc i64 2048 to i16
  %".1390" = getelementptr i8, ptr %"keys.90", i64 4
  store i16 %".1389", ptr %".1390", align 2
  %".1392" = trunc i64 2048 to i16
  %".1393" = call i16 @"llvm.bswap.i16"(i16 %".1392")
  %".1394" = getelementptr i8, ptr %"keys.90", i64 10
  store i16 %".1393", ptr %".1394", align 2
  %".1396" = add i64 %"cursor.22", 20
  %".1397" = zext i8 %"w0_1.4" to i64
  %".1398" = and i64 %".1397", 15
  %".1399" = icmp eq i64 %".1398", 5
  %".1400" = xor i1 %".1399", -1
  br i1 %".1400", label %"ipv4_d1.variable", label %"ipv4_d1.no_variable", !prof !0
ipv4_d1.no_variable:
  br label %"ipv4_d1.variable.endif"
ipv4_d1.variable.endif:
  %"end.1" = phi  i64 [%".1396", %"ipv4_d1.no_variable"], [%".1408", %"ipv4_d1.variable"]
  %"data.91" = phi  ptr [%"data.90", %"ipv4_d1.no_variable"], [%"data.90", %"ipv4_d1.variable"]
  %"data_end.91" = phi  ptr [%"data_end.90", %"ipv4_d1.no_variable"], [%"data_end.90", %"ipv4_d1.variable"]
  %"keys.91" = phi  ptr [%"keys.90", %"ipv4_d1.no_variable"], [%"keys.90", %"ipv4_d1.variable"]
  %".1410" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1411" = zext i16 %".1410" to i64
  %".1412" = and i64 %".1411", 16383
  %".1413" = icmp ne i64 %".1412", 0
  %".1414" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1415" = zext i16 %".1414" to i64
  %".1416" = and i64 %".1415", 8191
  %".1417" = icmp eq i64 %".1416", 0
  br i1 %".1413", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif", !prof !0
ipv4_d1.fragment.endif:
  %".1439" = zext i8 %"w9_1.1" to i64
  switch i64 %".1439", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.to_tcp:
  br label %"tcp"
ipv4_d1.variable:
  %".1403" = zext i8 %"w0_1.4" to i64
  %".1404" = and i64 %".1403", 15
  %".1405" = mul i64 %".1404", 4
  %".1406" = sub i64 %".1405", 20
  %".1407" = add i64 %".1406", 20
  %".1408" = add i64 %"cursor.22", %".1407"
  br label %"ipv4_d1.variable.endif"
ipv4_d1.fragment:
  %".1419" = getelementptr i8, ptr %"keys.91", i64 6
  store i8 1, ptr %".1419", align 1
  br i1 %".1417", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.first_fragment:
  %".1422" = getelementptr i8, ptr %"keys.91", i64 7
  store i8 1, ptr %".1422", align 1
  %".1424" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.23" = load volatile i32, ptr %".1424", align 4
  %".1425" = and i32 %"flags.23", 1
  %".1426" = icmp ne i32 %".1425", 0
  %".1427" = xor i1 %".1426", -1
  br i1 %".1427", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1434" = trunc i64 %"end.1" to i16
  %".1435" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1434", ptr %".1435", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1429" = trunc i64 %"end.1" to i16
  %".1430" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1429", ptr %".1430", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1441" = trunc i64 %"end.1" to i16
  %".1442" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1441", ptr %".1442", align 2
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
  %".1454" = trunc i64 34887 to i16
  %".1455" = call i16 @"llvm.bswap.i16"(i16 %".1454")
  %".1456" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1455", ptr %".1456", align 2
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1459" = trunc i64 2048 to i16
  %".1460" = call i16 @"llvm.bswap.i16"(i16 %".1459")
  %".1461" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1460", ptr %".1461", align 2
  %".1463" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1463", align 1
  %".1465" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.24" = load volatile i32, ptr %".1465", align 4
  %".1466" = and i32 %"flags.24", 4
  %".1467" = icmp ne i32 %".1466", 0
  br i1 %".1467", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1479" = trunc i64 34525 to i16
  %".1480" = call i16 @"llvm.bswap.i16"(i16 %".1479")
  %".1481" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1480", ptr %".1481", align 2
  %".1483" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1483", align 1
  %".1485" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.25" = load volatile i32, ptr %".1485", align 4
  %".1486" = and i32 %"flags.25", 4
  %".1487" = icmp ne i32 %".1486", 0
  br i1 %".1487", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
udp_d1:
  %"cursor.45" = phi  i64 [%"end.1", %"ipv4_d1.to_udp"], [%".1568", %"ipv6_d1.to_udp"], [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".5554", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".5662", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".6495", %"widening.test.41"]
  %"data.92" = phi  ptr [%"data.91", %"ipv4_d1.to_udp"], [%"data.95", %"ipv6_d1.to_udp"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.307", %"widening.test.41"]
  %"data_end.92" = phi  ptr [%"data_end.91", %"ipv4_d1.to_udp"], [%"data_end.95", %"ipv6_d1.to_udp"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.307", %"widening.test.41"]
  %"keys.92" = phi  ptr [%"keys.91", %"ipv4_d1.to_udp"], [%"keys.95", %"ipv6_d1.to_udp"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.41"]
  %"hdr.39" = getelementptr i8, ptr %"data.92", i64 %"cursor.45"
  %".3245" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3246" = icmp ugt ptr %".3245", %"data_end.92"
  br i1 %".3246", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".3248" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3249" = load i32, ptr %".3248", align 4
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_4.8" = phi  i32 [%".3249", %"udp_d1.linear"], [%".3268", %"udp_d1.copy_failed.endif"]
  %"data.159" = phi  ptr [%"data.92", %"udp_d1.linear"], [%"data.158", %"udp_d1.copy_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.92", %"udp_d1.linear"], [%"data_end.158", %"udp_d1.copy_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.92", %"udp_d1.linear"], [%"keys.158", %"udp_d1.copy_failed.endif"]
  %".3270" = getelementptr i8, ptr %"keys.159", i64 12
  store i32 %"w0_4.8", ptr %".3270", align 4
  %".3272" = add i64 %"cursor.45", 4
  %".3273" = add i64 4, 4
  %".3274" = getelementptr i8, ptr %"data.159", i64 %"cursor.45"
  %".3275" = getelementptr i8, ptr %".3274", i64 %".3273"
  %".3276" = icmp ugt ptr %".3275", %"data_end.159"
  br i1 %".3276", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.161" = phi  ptr [%"data.159", %"udp_d1.header"], [%"data.160", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.161" = phi  ptr [%"data_end.159", %"udp_d1.header"], [%"data_end.160", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.161" = phi  ptr [%"keys.159", %"udp_d1.header"], [%"keys.160", %"udp_d1.copy_last_byte_failed.endif"]
  %".3297" = add i64 %"cursor.45", %".3273"
  %".3298" = lshr i32 %"w0_4.8", 16
  %".3299" = trunc i32 %".3298" to i16
  %".3300" = call i16 @"llvm.bswap.i16"(i16 %".3299")
  %".3301" = zext i16 %".3300" to i64
  switch i64 %".3301", label %"udp_d1.unknown" [i64 4789, label %"udp_d1.to_vxlan" i64 6081, label %"udp_d1.to_geneve" i64 6080, label %"udp_d1.to_gue" i64 2152, label %"udp_d1.to_gtpu" i64 7777, label %"udp_d1.to_shim"]  , !prof !4
udp_d1.to_vxlan:
  br label %"vxlan_d1"
vxlan_d1:
  %"cursor.59" = phi  i64 [%".3297", %"udp_d1.to_vxlan"]
  %"data.162" = phi  ptr [%"data.161", %"udp_d1.to_vxlan"]
  %"data_end.162" = phi  ptr [%"data_end.161", %"udp_d1.to_vxlan"]
  %"keys.162" = phi  ptr [%"keys.161", %"udp_d1.to_vxlan"]
  %"hdr.53" = getelementptr i8, ptr %"data.162", i64 %"cursor.59"
  %".4228" = getelementptr i8, ptr %"hdr.53", i64 8
  %".4229" = icmp ugt ptr %".4228", %"data_end.162"
  br i1 %".4229", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.204" = phi  ptr [%"data.162", %"vxlan_d1.linear"], [%"data.203", %"vxlan_d1.copy_failed.endif"]
  %"data_end.204" = phi  ptr [%"data_end.162", %"vxlan_d1.linear"], [%"data_end.203", %"vxlan_d1.copy_failed.endif"]
  %"keys.204" = phi  ptr [%"keys.162", %"vxlan_d1.linear"], [%"keys.203", %"vxlan_d1.copy_failed.endif"]
  %".4249" = add i64 %"cursor.59", 8
  %".4250" = getelementptr i8, ptr %"keys.204", i64 8
  store i8 1, ptr %".4250", align 1
  %".4252" = getelementptr i8, ptr %"keys.204", i64 48
  %"flags.73" = load volatile i32, ptr %".4252", align 4
  %".4253" = and i32 %"flags.73", 4
  %".4254" = icmp ne i32 %".4253", 0
  br i1 %".4254", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
gre_version_d1:
  %"cursor.46" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1568", %"ipv6_d1.to_gre_version"], [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".5554", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".5662", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".6473", %"widening.test.39"]
  %"data.93" = phi  ptr [%"data.91", %"ipv4_d1.to_gre_version"], [%"data.95", %"ipv6_d1.to_gre_version"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.305", %"widening.test.39"]
  %"data_end.93" = phi  ptr [%"data_end.91", %"ipv4_d1.to_gre_version"], [%"data_end.95", %"ipv6_d1.to_gre_version"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.305", %"widening.test.39"]
  %"keys.93" = phi  ptr [%"keys.91", %"ipv4_d1.to_gre_version"], [%"keys.95", %"ipv6_d1.to_gre_version"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.246", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.248", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.39"]
  %"hdr.40" = getelementptr i8, ptr %"data.93", i64 %"cursor.46"
  %".3312" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3313" = icmp ugt ptr %".3312", %"data_end.93"
  br i1 %".3313", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3315" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3316" = load i8, ptr %".3315", align 1
  %".3317" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3318" = load i8, ptr %".3317", align 1
  %".3319" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3320" = load i16, ptr %".3319", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.13" = phi  i8 [%".3316", %"gre_version_d1.linear"], [%".3339", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3318", %"gre_version_d1.linear"], [%".3341", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".3320", %"gre_version_d1.linear"], [%".3343", %"gre_version_d1.copy_failed.endif"]
  %"data.168" = phi  ptr [%"data.93", %"gre_version_d1.linear"], [%"data.167", %"gre_version_d1.copy_failed.endif"]
  %"data_end.168" = phi  ptr [%"data_end.93", %"gre_version_d1.linear"], [%"data_end.167", %"gre_version_d1.copy_failed.endif"]
  %"keys.168" = phi  ptr [%"keys.93", %"gre_version_d1.linear"], [%"keys.167", %"gre_version_d1.copy_failed.endif"]
  %".3345" = zext i8 %"w0_1.13" to i64
  %".3346" = lshr i64 %".3345", 6
  %".3347" = and i64 %".3346", 1
  %".3348" = icmp ne i64 %".3347", 0
  %".3349" = zext i8 %"w1_1.8" to i64
  %".3350" = and i64 %".3349", 7
  %".3351" = icmp ugt i64 %".3350", 1
  %".3352" = or i1 %".3348", %".3351"
  br i1 %".3352", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif", !prof !0
gre_version_d1.stop_before.endif:
  %".3358" = getelementptr i8, ptr %"keys.168", i64 10
  store i16 %"w2_2.7", ptr %".3358", align 2
  %".3360" = zext i8 %"w1_1.8" to i64
  %".3361" = and i64 %".3360", 7
  switch i64 %".3361", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_d1:
  %"cursor.64" = phi  i64 [%"cursor.46", %"gre_version_d1.to_gre"]
  %"data.169" = phi  ptr [%"data.168", %"gre_version_d1.to_gre"]
  %"data_end.169" = phi  ptr [%"data_end.168", %"gre_version_d1.to_gre"]
  %"keys.169" = phi  ptr [%"keys.168", %"gre_version_d1.to_gre"]
  %".4624" = add i64 %"cursor.64", 4
  %".4625" = and i8 %"w0_1.13", 176
  %".4626" = icmp eq i8 %".4625", 0
  %".4627" = xor i1 %".4626", -1
  br i1 %".4627", label %"gre_d1.variable", label %"gre_d1.no_variable", !prof !0
gre_d1.no_variable:
  br label %"gre_d1.variable.endif"
gre_d1.variable.endif:
  %"end.9" = phi  i64 [%".4624", %"gre_d1.no_variable"], [%".4666", %"gre_d1.variable_part"]
  %"data.221" = phi  ptr [%"data.169", %"gre_d1.no_variable"], [%"data.220", %"gre_d1.variable_part"]
  %"data_end.221" = phi  ptr [%"data_end.169", %"gre_d1.no_variable"], [%"data_end.220", %"gre_d1.variable_part"]
  %"keys.221" = phi  ptr [%"keys.169", %"gre_d1.no_variable"], [%"keys.220", %"gre_d1.variable_part"]
  %".4668" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".4668", align 1
  %".4670" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.78" = load volatile i32, ptr %".4670", align 4
  %".4671" = and i32 %"flags.78", 4
  %".4672" = icmp ne i32 %".4671", 0
  br i1 %".4672", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
ipv4_d1.stop_at_encap:
  %".1469" = trunc i64 %"end.1" to i16
  %".1470" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1469", ptr %".1470", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1473" = getelementptr i8, ptr %"keys.91", i64 12
  store i32 0, ptr %".1473", align 4
  %".1475" = trunc i64 %"end.1" to i16
  %".1476" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1475", ptr %".1476", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1489" = trunc i64 %"end.1" to i16
  %".1490" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1489", ptr %".1490", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1493" = getelementptr i8, ptr %"keys.91", i64 12
  store i32 0, ptr %".1493", align 4
  %".1495" = trunc i64 %"end.1" to i16
  %".1496" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1495", ptr %".1496", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1515" = trunc i64 %"cursor.23" to i32
  %".1516" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1515", [40 x i8]* %"header_copy", i32 40)
  %".1517" = icmp eq i64 %".1516", 0
  %".1518" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1519" = load i32, ptr %".1518", align 4
  %".1520" = zext i32 %".1519" to i64
  %"data.94" = inttoptr i64 %".1520" to ptr
  %".1521" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1522" = load i32, ptr %".1521", align 4
  %".1523" = zext i32 %".1522" to i64
  %"data_end.94" = inttoptr i64 %".1523" to ptr
  %".1524" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.94" = load ptr, ptr %".1524", align 8
  %".1525" = xor i1 %".1517", -1
  br i1 %".1525", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1527" = trunc i64 %"cursor.23" to i16
  %".1528" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1527", ptr %".1528", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1531" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1532" = load volatile i32, [40 x i8]* %".1531", align 4
  %".1533" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1534" = load volatile i8, [40 x i8]* %".1533", align 1
  %".1535" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1536" = load volatile i64, [40 x i8]* %".1535", align 8
  %".1537" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1538" = load volatile i64, [40 x i8]* %".1537", align 8
  %".1539" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1540" = load volatile i64, [40 x i8]* %".1539", align 8
  %".1541" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1542" = load volatile i64, [40 x i8]* %".1541", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1578" = trunc i64 %".1568" to i16
  %".1579" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1578", ptr %".1579", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1582" = zext i8 %"w6_1.1" to i64
  switch i64 %".1582", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.to_tcp:
  br label %"tcp"
ipv6_d1.unknown:
  %".1584" = trunc i64 %".1568" to i16
  %".1585" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1584", ptr %".1585", align 2
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
  %".1601" = trunc i64 34887 to i16
  %".1602" = call i16 @"llvm.bswap.i16"(i16 %".1601")
  %".1603" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1602", ptr %".1603", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1606" = trunc i64 2048 to i16
  %".1607" = call i16 @"llvm.bswap.i16"(i16 %".1606")
  %".1608" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1607", ptr %".1608", align 2
  %".1610" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1610", align 1
  %".1612" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.27" = load volatile i32, ptr %".1612", align 4
  %".1613" = and i32 %"flags.27", 4
  %".1614" = icmp ne i32 %".1613", 0
  br i1 %".1614", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1626" = trunc i64 34525 to i16
  %".1627" = call i16 @"llvm.bswap.i16"(i16 %".1626")
  %".1628" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1627", ptr %".1628", align 2
  %".1630" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1630", align 1
  %".1632" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.28" = load volatile i32, ptr %".1632", align 4
  %".1633" = and i32 %"flags.28", 4
  %".1634" = icmp ne i32 %".1633", 0
  br i1 %".1634", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.47" = phi  i64 [%".1568", %"ipv6_d1.to_ipv6_opts"], [%".1568", %"ipv6_d1.to_ipv6_opts.1"], [%".1568", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.96" = phi  ptr [%"data.95", %"ipv6_d1.to_ipv6_opts"], [%"data.95", %"ipv6_d1.to_ipv6_opts.1"], [%"data.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.96" = phi  ptr [%"data_end.95", %"ipv6_d1.to_ipv6_opts"], [%"data_end.95", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.96" = phi  ptr [%"keys.95", %"ipv6_d1.to_ipv6_opts"], [%"keys.95", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.95", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.41" = getelementptr i8, ptr %"data.96", i64 %"cursor.47"
  %".3369" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3370" = icmp ugt ptr %".3369", %"data_end.96"
  br i1 %".3370", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3372" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3373" = load i8, ptr %".3372", align 1
  %".3374" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3375" = load i8, ptr %".3374", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.14" = phi  i8 [%".3373", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3394", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3375", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3396", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.172" = phi  ptr [%"data.96", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.172" = phi  ptr [%"data_end.96", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.172" = phi  ptr [%"keys.96", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.171", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3398" = getelementptr i8, ptr %"keys.172", i64 9
  store i8 %"w0_1.14", ptr %".3398", align 1
  %".3400" = add i64 %"cursor.47", 2
  %".3401" = zext i8 %"w1_1.9" to i64
  %".3402" = mul i64 %".3401", 8
  %".3403" = add i64 %".3402", 6
  %".3404" = add i64 %".3403", 2
  %".3405" = add i64 %"cursor.47", %".3404"
  %".3406" = zext i8 %"w0_1.14" to i64
  switch i64 %".3406", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.48" = phi  i64 [%".1568", %"ipv6_d1.to_ipv6_frag"]
  %"data.97" = phi  ptr [%"data.95", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.97" = phi  ptr [%"data_end.95", %"ipv6_d1.to_ipv6_frag"]
  %"keys.97" = phi  ptr [%"keys.95", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.42" = getelementptr i8, ptr %"data.97", i64 %"cursor.48"
  %".3470" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3471" = icmp ugt ptr %".3470", %"data_end.97"
  br i1 %".3471", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3473" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3474" = load i8, ptr %".3473", align 1
  %".3475" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3476" = load i16, ptr %".3475", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.15" = phi  i8 [%".3474", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3495", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.8" = phi  i16 [%".3476", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3497", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.176" = phi  ptr [%"data.97", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.97", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.97", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.175", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3499" = getelementptr i8, ptr %"keys.176", i64 9
  store i8 %"w0_1.15", ptr %".3499", align 1
  %".3501" = add i64 %"cursor.48", 8
  %".3502" = icmp ne i64 1, 0
  %".3503" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".3504" = zext i16 %".3503" to i64
  %".3505" = and i64 %".3504", 65528
  %".3506" = icmp eq i64 %".3505", 0
  br i1 %".3502", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3528" = zext i8 %"w0_1.15" to i64
  switch i64 %".3528", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.to_tcp:
  br label %"tcp"
ipv6_d1.stop_at_encap:
  %".1616" = trunc i64 %".1568" to i16
  %".1617" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1616", ptr %".1617", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1620" = getelementptr i8, ptr %"keys.95", i64 12
  store i32 0, ptr %".1620", align 4
  %".1622" = trunc i64 %".1568" to i16
  %".1623" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1622", ptr %".1623", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1636" = trunc i64 %".1568" to i16
  %".1637" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1636", ptr %".1637", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1640" = getelementptr i8, ptr %"keys.95", i64 12
  store i32 0, ptr %".1640", align 4
  %".1642" = trunc i64 %".1568" to i16
  %".1643" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1642", ptr %".1643", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1654" = trunc i64 %"cursor.24" to i32
  %".1655" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1654", [40 x i8]* %"header_copy", i32 2)
  %".1656" = icmp eq i64 %".1655", 0
  %".1657" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1658" = load i32, ptr %".1657", align 4
  %".1659" = zext i32 %".1658" to i64
  %"data.98" = inttoptr i64 %".1659" to ptr
  %".1660" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1661" = load i32, ptr %".1660", align 4
  %".1662" = zext i32 %".1661" to i64
  %"data_end.98" = inttoptr i64 %".1662" to ptr
  %".1663" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.98" = load ptr, ptr %".1663", align 8
  %".1664" = xor i1 %".1656", -1
  br i1 %".1664", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1666" = trunc i64 %"cursor.24" to i16
  %".1667" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".1666", ptr %".1667", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1670" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1671" = load volatile i8, [40 x i8]* %".1670", align 1
  %".1672" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1673" = load volatile i8, [40 x i8]* %".1672", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1685" = trunc i64 %".1682" to i16
  %".1686" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1685", ptr %".1686", align 2
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
  %".1702" = trunc i64 34887 to i16
  %".1703" = call i16 @"llvm.bswap.i16"(i16 %".1702")
  %".1704" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1703", ptr %".1704", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1707" = trunc i64 2048 to i16
  %".1708" = call i16 @"llvm.bswap.i16"(i16 %".1707")
  %".1709" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1708", ptr %".1709", align 2
  %".1711" = getelementptr i8, ptr %"keys.99", i64 8
  store i8 1, ptr %".1711", align 1
  %".1713" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.29" = load volatile i32, ptr %".1713", align 4
  %".1714" = and i32 %"flags.29", 4
  %".1715" = icmp ne i32 %".1714", 0
  br i1 %".1715", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1724" = trunc i64 34525 to i16
  %".1725" = call i16 @"llvm.bswap.i16"(i16 %".1724")
  %".1726" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1725", ptr %".1726", align 2
  %".1728" = getelementptr i8, ptr %"keys.99", i64 8
  store i8 1, ptr %".1728", align 1
  %".1730" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.30" = load volatile i32, ptr %".1730", align 4
  %".1731" = and i32 %"flags.30", 4
  %".1732" = icmp ne i32 %".1731", 0
  br i1 %".1732", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.49" = phi  i64 [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".6110", %"widening.test.6"]
  %"data.100" = phi  ptr [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.272", %"widening.test.6"]
  %"data_end.100" = phi  ptr [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.272", %"widening.test.6"]
  %"keys.100" = phi  ptr [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.43" = getelementptr i8, ptr %"data.100", i64 %"cursor.49"
  %".3592" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3593" = icmp ugt ptr %".3592", %"data_end.100"
  br i1 %".3593", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3595" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3596" = load i8, ptr %".3595", align 1
  %".3597" = getelementptr i8, ptr %"hdr.43", i64 1
  %".3598" = load i8, ptr %".3597", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.16" = phi  i8 [%".3596", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3617", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3598", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3619", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.178" = phi  ptr [%"data.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.178" = phi  ptr [%"data_end.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.178" = phi  ptr [%"keys.100", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.177", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3621" = getelementptr i8, ptr %"keys.178", i64 9
  store i8 %"w0_1.16", ptr %".3621", align 1
  %".3623" = add i64 %"cursor.49", 2
  %".3624" = zext i8 %"w1_1.10" to i64
  %".3625" = mul i64 %".3624", 8
  %".3626" = add i64 %".3625", 6
  %".3627" = add i64 %".3626", 2
  %".3628" = add i64 %"cursor.49", %".3627"
  %".3629" = zext i8 %"w0_1.16" to i64
  switch i64 %".3629", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.50" = phi  i64 [%".1682", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1772", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".6099", %"widening.test.5"]
  %"data.101" = phi  ptr [%"data.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.271", %"widening.test.5"]
  %"data_end.101" = phi  ptr [%"data_end.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.271", %"widening.test.5"]
  %"keys.101" = phi  ptr [%"keys.99", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.103", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.44" = getelementptr i8, ptr %"data.101", i64 %"cursor.50"
  %".3687" = getelementptr i8, ptr %"hdr.44", i64 8
  %".3688" = icmp ugt ptr %".3687", %"data_end.101"
  br i1 %".3688", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3690" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3691" = load i8, ptr %".3690", align 1
  %".3692" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3693" = load i16, ptr %".3692", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".3691", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3712", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.9" = phi  i16 [%".3693", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3714", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.182" = phi  ptr [%"data.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.182" = phi  ptr [%"data_end.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.182" = phi  ptr [%"keys.101", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.181", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3716" = getelementptr i8, ptr %"keys.182", i64 9
  store i8 %"w0_1.17", ptr %".3716", align 1
  %".3718" = add i64 %"cursor.50", 8
  %".3719" = icmp ne i64 1, 0
  %".3720" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".3721" = zext i16 %".3720" to i64
  %".3722" = and i64 %".3721", 65528
  %".3723" = icmp eq i64 %".3722", 0
  br i1 %".3719", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3745" = zext i8 %"w0_1.17" to i64
  switch i64 %".3745", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1717" = trunc i64 %".1682" to i16
  %".1718" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1717", ptr %".1718", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1721" = getelementptr i8, ptr %"keys.99", i64 12
  store i32 0, ptr %".1721", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1734" = trunc i64 %".1682" to i16
  %".1735" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1734", ptr %".1735", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1738" = getelementptr i8, ptr %"keys.99", i64 12
  store i32 0, ptr %".1738", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1749" = trunc i64 %"cursor.25" to i32
  %".1750" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1749", [40 x i8]* %"header_copy", i32 8)
  %".1751" = icmp eq i64 %".1750", 0
  %".1752" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1753" = load i32, ptr %".1752", align 4
  %".1754" = zext i32 %".1753" to i64
  %"data.102" = inttoptr i64 %".1754" to ptr
  %".1755" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1756" = load i32, ptr %".1755", align 4
  %".1757" = zext i32 %".1756" to i64
  %"data_end.102" = inttoptr i64 %".1757" to ptr
  %".1758" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.102" = load ptr, ptr %".1758", align 8
  %".1759" = xor i1 %".1751", -1
  br i1 %".1759", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1761" = trunc i64 %"cursor.25" to i16
  %".1762" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".1761", ptr %".1762", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1765" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1766" = load volatile i8, [40 x i8]* %".1765", align 1
  %".1767" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1768" = load volatile i16, [40 x i8]* %".1767", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1779" = getelementptr i8, ptr %"keys.103", i64 6
  store i8 1, ptr %".1779", align 1
  br i1 %".1777", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1782" = getelementptr i8, ptr %"keys.103", i64 7
  store i8 1, ptr %".1782", align 1
  %".1784" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.31" = load volatile i32, ptr %".1784", align 4
  %".1785" = and i32 %"flags.31", 1
  %".1786" = icmp ne i32 %".1785", 0
  %".1787" = xor i1 %".1786", -1
  br i1 %".1787", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1794" = trunc i64 %".1772" to i16
  %".1795" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1794", ptr %".1795", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1789" = trunc i64 %".1772" to i16
  %".1790" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1789", ptr %".1790", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1801" = trunc i64 %".1772" to i16
  %".1802" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1801", ptr %".1802", align 2
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
  %".1818" = trunc i64 34887 to i16
  %".1819" = call i16 @"llvm.bswap.i16"(i16 %".1818")
  %".1820" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".1819", ptr %".1820", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1823" = trunc i64 2048 to i16
  %".1824" = call i16 @"llvm.bswap.i16"(i16 %".1823")
  %".1825" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".1824", ptr %".1825", align 2
  %".1827" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".1827", align 1
  %".1829" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.32" = load volatile i32, ptr %".1829", align 4
  %".1830" = and i32 %"flags.32", 4
  %".1831" = icmp ne i32 %".1830", 0
  br i1 %".1831", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1840" = trunc i64 34525 to i16
  %".1841" = call i16 @"llvm.bswap.i16"(i16 %".1840")
  %".1842" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".1841", ptr %".1842", align 2
  %".1844" = getelementptr i8, ptr %"keys.103", i64 8
  store i8 1, ptr %".1844", align 1
  %".1846" = getelementptr i8, ptr %"keys.103", i64 48
  %"flags.33" = load volatile i32, ptr %".1846", align 4
  %".1847" = and i32 %"flags.33", 4
  %".1848" = icmp ne i32 %".1847", 0
  br i1 %".1848", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1833" = trunc i64 %".1772" to i16
  %".1834" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1833", ptr %".1834", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".1837" = getelementptr i8, ptr %"keys.103", i64 12
  store i32 0, ptr %".1837", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1850" = trunc i64 %".1772" to i16
  %".1851" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1850", ptr %".1851", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1854" = getelementptr i8, ptr %"keys.103", i64 12
  store i32 0, ptr %".1854", align 4
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1861" = trunc i64 %"cursor.26" to i32
  %".1862" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1861", [40 x i8]* %"header_copy", i32 4)
  %".1863" = icmp eq i64 %".1862", 0
  %".1864" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1865" = load i32, ptr %".1864", align 4
  %".1866" = zext i32 %".1865" to i64
  %"data.104" = inttoptr i64 %".1866" to ptr
  %".1867" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1868" = load i32, ptr %".1867", align 4
  %".1869" = zext i32 %".1868" to i64
  %"data_end.104" = inttoptr i64 %".1869" to ptr
  %".1870" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.104" = load ptr, ptr %".1870", align 8
  %".1871" = xor i1 %".1863", -1
  br i1 %".1871", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1873" = trunc i64 %"cursor.26" to i16
  %".1874" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".1873", ptr %".1874", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1889" = trunc i64 %"cursor.27" to i32
  %".1890" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1889", [40 x i8]* %"header_copy", i32 4)
  %".1891" = icmp eq i64 %".1890", 0
  %".1892" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1893" = load i32, ptr %".1892", align 4
  %".1894" = zext i32 %".1893" to i64
  %"data.106" = inttoptr i64 %".1894" to ptr
  %".1895" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1896" = load i32, ptr %".1895", align 4
  %".1897" = zext i32 %".1896" to i64
  %"data_end.106" = inttoptr i64 %".1897" to ptr
  %".1898" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.106" = load ptr, ptr %".1898", align 8
  %".1899" = xor i1 %".1891", -1
  br i1 %".1899", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1901" = trunc i64 %"cursor.27" to i16
  %".1902" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".1901", ptr %".1902", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1905" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1906" = load volatile i16, [40 x i8]* %".1905", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1917" = trunc i64 %".1910" to i16
  %".1918" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1917", ptr %".1918", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1923" = trunc i64 %".1910" to i16
  %".1924" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1923", ptr %".1924", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1927" = trunc i64 %".1910" to i16
  %".1928" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1927", ptr %".1928", align 2
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
  %".1940" = trunc i64 %".1910" to i16
  %".1941" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1940", ptr %".1941", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".1944" = trunc i64 %".1910" to i16
  %".1945" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".1944", ptr %".1945", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1955" = trunc i64 %"cursor.28" to i32
  %".1956" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1955", [40 x i8]* %"header_copy", i32 6)
  %".1957" = icmp eq i64 %".1956", 0
  %".1958" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1959" = load i32, ptr %".1958", align 4
  %".1960" = zext i32 %".1959" to i64
  %"data.108" = inttoptr i64 %".1960" to ptr
  %".1961" = getelementptr i8, ptr %"ctx.28", i64 80
  %".1962" = load i32, ptr %".1961", align 4
  %".1963" = zext i32 %".1962" to i64
  %"data_end.108" = inttoptr i64 %".1963" to ptr
  %".1964" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.108" = load ptr, ptr %".1964", align 8
  %".1965" = xor i1 %".1957", -1
  br i1 %".1965", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".1967" = trunc i64 %"cursor.28" to i16
  %".1968" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".1967", ptr %".1968", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".1971" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1972" = load volatile i16, [40 x i8]* %".1971", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".1983" = trunc i64 %".1976" to i16
  %".1984" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".1983", ptr %".1984", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".1989" = trunc i64 %".1976" to i16
  %".1990" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".1989", ptr %".1990", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".1993" = trunc i64 %".1976" to i16
  %".1994" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".1993", ptr %".1994", align 2
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
  %".2006" = trunc i64 %".1976" to i16
  %".2007" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2006", ptr %".2007", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2010" = trunc i64 %".1976" to i16
  %".2011" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2010", ptr %".2011", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
mpls_d0_mpls_labels2.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2022" = trunc i64 %"cursor.29" to i32
  %".2023" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2022", [40 x i8]* %"header_copy", i32 4)
  %".2024" = icmp eq i64 %".2023", 0
  %".2025" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2026" = load i32, ptr %".2025", align 4
  %".2027" = zext i32 %".2026" to i64
  %"data.110" = inttoptr i64 %".2027" to ptr
  %".2028" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2029" = load i32, ptr %".2028", align 4
  %".2030" = zext i32 %".2029" to i64
  %"data_end.110" = inttoptr i64 %".2030" to ptr
  %".2031" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.110" = load ptr, ptr %".2031", align 8
  %".2032" = xor i1 %".2024", -1
  br i1 %".2032", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2034" = trunc i64 %".2015" to i16
  %".2035" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2034", ptr %".2035", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2038" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2039" = load volatile i8, [40 x i8]* %".2038", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2045" = trunc i64 %".2041" to i16
  %".2046" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2045", ptr %".2046", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_ip_version:
  %".2050" = getelementptr i8, ptr %"keys.111", i64 8
  store i8 1, ptr %".2050", align 1
  %".2052" = getelementptr i8, ptr %"keys.111", i64 48
  %"flags.34" = load volatile i32, ptr %".2052", align 4
  %".2053" = and i32 %"flags.34", 4
  %".2054" = icmp ne i32 %".2053", 0
  br i1 %".2054", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels2.stop_at_encap:
  %".2056" = trunc i64 %".2041" to i16
  %".2057" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2056", ptr %".2057", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2060" = getelementptr i8, ptr %"keys.111", i64 12
  store i32 0, ptr %".2060", align 4
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2069" = trunc i64 %"cursor.30" to i32
  %".2070" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2069", [40 x i8]* %"header_copy", i32 1)
  %".2071" = icmp eq i64 %".2070", 0
  %".2072" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2073" = load i32, ptr %".2072", align 4
  %".2074" = zext i32 %".2073" to i64
  %"data.113" = inttoptr i64 %".2074" to ptr
  %".2075" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2076" = load i32, ptr %".2075", align 4
  %".2077" = zext i32 %".2076" to i64
  %"data_end.113" = inttoptr i64 %".2077" to ptr
  %".2078" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.113" = load ptr, ptr %".2078", align 8
  %".2079" = xor i1 %".2071", -1
  br i1 %".2079", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2081" = trunc i64 %"cursor.30" to i16
  %".2082" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2081", ptr %".2082", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2085" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2086" = load volatile i8, [40 x i8]* %".2085", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2092" = trunc i64 %"cursor.30" to i16
  %".2093" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".2092", ptr %".2093", align 2
  br label %"return"
ip_version_d1.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2109" = trunc i64 %"cursor.32" to i32
  %".2110" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2109", [40 x i8]* %"header_copy", i32 4)
  %".2111" = icmp eq i64 %".2110", 0
  %".2112" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2113" = load i32, ptr %".2112", align 4
  %".2114" = zext i32 %".2113" to i64
  %"data.115" = inttoptr i64 %".2114" to ptr
  %".2115" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2116" = load i32, ptr %".2115", align 4
  %".2117" = zext i32 %".2116" to i64
  %"data_end.115" = inttoptr i64 %".2117" to ptr
  %".2118" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.115" = load ptr, ptr %".2118", align 8
  %".2119" = xor i1 %".2111", -1
  br i1 %".2119", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2121" = trunc i64 %"cursor.32" to i16
  %".2122" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2121", ptr %".2122", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2125" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2126" = load volatile i16, [40 x i8]* %".2125", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2137" = trunc i64 %".2130" to i16
  %".2138" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2137", ptr %".2138", align 2
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
  %"cursor.52" = phi  i64 [%".2130", %"vlan_d1_vlan_tags1.to_vlan"], [%".2130", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2320", %"hsr_d1_vlan_tags1.to_vlan"], [%".2320", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".6242", %"widening.test.18"]
  %"data.117" = phi  ptr [%"data.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.284", %"widening.test.18"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.284", %"widening.test.18"]
  %"keys.117" = phi  ptr [%"keys.116", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.116", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.125", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.18"]
  %"hdr.46" = getelementptr i8, ptr %"data.117", i64 %"cursor.52"
  %".3851" = getelementptr i8, ptr %"hdr.46", i64 4
  %".3852" = icmp ugt ptr %".3851", %"data_end.117"
  br i1 %".3852", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3854" = getelementptr i8, ptr %"hdr.46", i64 2
  %".3855" = load i16, ptr %".3854", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.10" = phi  i16 [%".3855", %"vlan_d1_vlan_tags2.linear"], [%".3874", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.187" = phi  ptr [%"data.117", %"vlan_d1_vlan_tags2.linear"], [%"data.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.187" = phi  ptr [%"data_end.117", %"vlan_d1_vlan_tags2.linear"], [%"data_end.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.187" = phi  ptr [%"keys.117", %"vlan_d1_vlan_tags2.linear"], [%"keys.186", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3876" = getelementptr i8, ptr %"keys.187", i64 10
  store i16 %"w2_2.10", ptr %".3876", align 2
  %".3878" = add i64 %"cursor.52", 4
  %".3879" = trunc i64 %".3878" to i16
  %".3880" = getelementptr i8, ptr %"keys.187", i64 0
  store i16 %".3879", ptr %".3880", align 2
  %".3882" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".3883" = zext i16 %".3882" to i64
  switch i64 %".3883", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2:
  %"cursor.53" = phi  i64 [%".2130", %"vlan_d1_vlan_tags1.to_hsr"], [%".2130", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2320", %"hsr_d1_vlan_tags1.to_hsr"], [%".2320", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".6231", %"widening.test.17"]
  %"data.118" = phi  ptr [%"data.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.283", %"widening.test.17"]
  %"data_end.118" = phi  ptr [%"data_end.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.283", %"widening.test.17"]
  %"keys.118" = phi  ptr [%"keys.116", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.116", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.125", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.125", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.17"]
  %"hdr.47" = getelementptr i8, ptr %"data.118", i64 %"cursor.53"
  %".3917" = getelementptr i8, ptr %"hdr.47", i64 6
  %".3918" = icmp ugt ptr %".3917", %"data_end.118"
  br i1 %".3918", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".3920" = getelementptr i8, ptr %"hdr.47", i64 4
  %".3921" = load i16, ptr %".3920", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".3921", %"hsr_d1_vlan_tags2.linear"], [%".3940", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.189" = phi  ptr [%"data.118", %"hsr_d1_vlan_tags2.linear"], [%"data.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.189" = phi  ptr [%"data_end.118", %"hsr_d1_vlan_tags2.linear"], [%"data_end.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.189" = phi  ptr [%"keys.118", %"hsr_d1_vlan_tags2.linear"], [%"keys.188", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".3942" = getelementptr i8, ptr %"keys.189", i64 10
  store i16 %"w4_2.3", ptr %".3942", align 2
  %".3944" = add i64 %"cursor.53", 6
  %".3945" = trunc i64 %".3944" to i16
  %".3946" = getelementptr i8, ptr %"keys.189", i64 0
  store i16 %".3945", ptr %".3946", align 2
  %".3948" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".3949" = zext i16 %".3948" to i64
  switch i64 %".3949", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
mpls_d1_mpls_labels1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2164" = trunc i64 %"cursor.33" to i32
  %".2165" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2164", [40 x i8]* %"header_copy", i32 4)
  %".2166" = icmp eq i64 %".2165", 0
  %".2167" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2168" = load i32, ptr %".2167", align 4
  %".2169" = zext i32 %".2168" to i64
  %"data.119" = inttoptr i64 %".2169" to ptr
  %".2170" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2171" = load i32, ptr %".2170", align 4
  %".2172" = zext i32 %".2171" to i64
  %"data_end.119" = inttoptr i64 %".2172" to ptr
  %".2173" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.119" = load ptr, ptr %".2173", align 8
  %".2174" = xor i1 %".2166", -1
  br i1 %".2174", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2176" = trunc i64 %".2157" to i16
  %".2177" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2176", ptr %".2177", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2180" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2181" = load volatile i8, [40 x i8]* %".2180", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2187" = trunc i64 %".2183" to i16
  %".2188" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2187", ptr %".2188", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_ip_version:
  %".2192" = getelementptr i8, ptr %"keys.120", i64 8
  store i8 1, ptr %".2192", align 1
  %".2194" = getelementptr i8, ptr %"keys.120", i64 48
  %"flags.35" = load volatile i32, ptr %".2194", align 4
  %".2195" = and i32 %"flags.35", 4
  %".2196" = icmp ne i32 %".2195", 0
  br i1 %".2196", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels1.stop_at_encap:
  %".2198" = trunc i64 %".2183" to i16
  %".2199" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2198", ptr %".2199", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2202" = getelementptr i8, ptr %"keys.120", i64 12
  store i32 0, ptr %".2202", align 4
  %".2204" = trunc i64 %".2183" to i16
  %".2205" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2204", ptr %".2205", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2218" = trunc i64 %"cursor.34" to i32
  %".2219" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2218", [40 x i8]* %"header_copy", i32 8)
  %".2220" = icmp eq i64 %".2219", 0
  %".2221" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2222" = load i32, ptr %".2221", align 4
  %".2223" = zext i32 %".2222" to i64
  %"data.122" = inttoptr i64 %".2223" to ptr
  %".2224" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2225" = load i32, ptr %".2224", align 4
  %".2226" = zext i32 %".2225" to i64
  %"data_end.122" = inttoptr i64 %".2226" to ptr
  %".2227" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.122" = load ptr, ptr %".2227", align 8
  %".2228" = xor i1 %".2220", -1
  br i1 %".2228", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2230" = trunc i64 %"cursor.34" to i16
  %".2231" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2230", ptr %".2231", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2234" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2235" = load volatile i8, [40 x i8]* %".2234", align 1
  %".2236" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2237" = load volatile i8, [40 x i8]* %".2236", align 1
  %".2238" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2239" = load volatile i16, [40 x i8]* %".2238", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2254" = trunc i64 %"cursor.34" to i16
  %".2255" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2254", ptr %".2255", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2258" = add i64 %"cursor.34", 8
  %".2259" = trunc i64 %".2258" to i16
  %".2260" = getelementptr i8, ptr %"keys.123", i64 0
  store i16 %".2259", ptr %".2260", align 2
  %".2262" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2263" = zext i16 %".2262" to i64
  switch i64 %".2263", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.to_ipv4:
  %".2272" = trunc i64 2048 to i16
  %".2273" = call i16 @"llvm.bswap.i16"(i16 %".2272")
  %".2274" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2273", ptr %".2274", align 2
  br label %"ipv4_d1"
pppoe_d1.unknown:
  %".2265" = and i64 %".2263", 257
  %".2266" = icmp eq i64 %".2265", 1
  br i1 %".2266", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv6:
  %".2277" = trunc i64 34525 to i16
  %".2278" = call i16 @"llvm.bswap.i16"(i16 %".2277")
  %".2279" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2278", ptr %".2279", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2282" = trunc i64 34887 to i16
  %".2283" = call i16 @"llvm.bswap.i16"(i16 %".2282")
  %".2284" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2283", ptr %".2284", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2287" = trunc i64 34888 to i16
  %".2288" = call i16 @"llvm.bswap.i16"(i16 %".2287")
  %".2289" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2288", ptr %".2289", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2268" = trunc i64 %".2258" to i16
  %".2269" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2268", ptr %".2269", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2299" = trunc i64 %"cursor.35" to i32
  %".2300" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2299", [40 x i8]* %"header_copy", i32 6)
  %".2301" = icmp eq i64 %".2300", 0
  %".2302" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2303" = load i32, ptr %".2302", align 4
  %".2304" = zext i32 %".2303" to i64
  %"data.124" = inttoptr i64 %".2304" to ptr
  %".2305" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2306" = load i32, ptr %".2305", align 4
  %".2307" = zext i32 %".2306" to i64
  %"data_end.124" = inttoptr i64 %".2307" to ptr
  %".2308" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.124" = load ptr, ptr %".2308", align 8
  %".2309" = xor i1 %".2301", -1
  br i1 %".2309", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2311" = trunc i64 %"cursor.35" to i16
  %".2312" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2311", ptr %".2312", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2315" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2316" = load volatile i16, [40 x i8]* %".2315", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2327" = trunc i64 %".2320" to i16
  %".2328" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2327", ptr %".2328", align 2
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
  %".2357" = trunc i64 %"cursor.36" to i32
  %".2358" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2357", [40 x i8]* %"header_copy", i32 24)
  %".2359" = icmp eq i64 %".2358", 0
  %".2360" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2361" = load i32, ptr %".2360", align 4
  %".2362" = zext i32 %".2361" to i64
  %"data.126" = inttoptr i64 %".2362" to ptr
  %".2363" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2364" = load i32, ptr %".2363", align 4
  %".2365" = zext i32 %".2364" to i64
  %"data_end.126" = inttoptr i64 %".2365" to ptr
  %".2366" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.126" = load ptr, ptr %".2366", align 8
  %".2367" = xor i1 %".2359", -1
  br i1 %".2367", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2369" = trunc i64 %"cursor.36" to i16
  %".2370" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2369", ptr %".2370", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2373" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2374" = load volatile i8, [40 x i8]* %".2373", align 1
  %".2375" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2376" = load volatile i8, [40 x i8]* %".2375", align 1
  %".2377" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2378" = load volatile i16, [40 x i8]* %".2377", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2387" = trunc i64 %"cursor.36" to i16
  %".2388" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2387", ptr %".2388", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2391" = getelementptr i8, ptr %"keys.127", i64 10
  store i16 %"w22_2.1", ptr %".2391", align 2
  %".2393" = add i64 %"cursor.36", 24
  %".2394" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2395" = zext i16 %".2394" to i64
  switch i64 %".2395", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.to_ipv4:
  %".2401" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2401", align 1
  %".2403" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.36" = load volatile i32, ptr %".2403", align 4
  %".2404" = and i32 %"flags.36", 4
  %".2405" = icmp ne i32 %".2404", 0
  br i1 %".2405", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.unknown:
  %".2397" = trunc i64 %".2393" to i16
  %".2398" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2397", ptr %".2398", align 2
  br label %"return"
batadv_d1.to_ipv6:
  %".2417" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2417", align 1
  %".2419" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.37" = load volatile i32, ptr %".2419", align 4
  %".2420" = and i32 %"flags.37", 4
  %".2421" = icmp ne i32 %".2420", 0
  br i1 %".2421", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2433" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2433", align 1
  %".2435" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.38" = load volatile i32, ptr %".2435", align 4
  %".2436" = and i32 %"flags.38", 4
  %".2437" = icmp ne i32 %".2436", 0
  br i1 %".2437", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2449" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2449", align 1
  %".2451" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.39" = load volatile i32, ptr %".2451", align 4
  %".2452" = and i32 %"flags.39", 4
  %".2453" = icmp ne i32 %".2452", 0
  br i1 %".2453", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2465" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2465", align 1
  %".2467" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.40" = load volatile i32, ptr %".2467", align 4
  %".2468" = and i32 %"flags.40", 4
  %".2469" = icmp ne i32 %".2468", 0
  br i1 %".2469", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2481" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2481", align 1
  %".2483" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.41" = load volatile i32, ptr %".2483", align 4
  %".2484" = and i32 %"flags.41", 4
  %".2485" = icmp ne i32 %".2484", 0
  br i1 %".2485", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2497" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2497", align 1
  %".2499" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.42" = load volatile i32, ptr %".2499", align 4
  %".2500" = and i32 %"flags.42", 4
  %".2501" = icmp ne i32 %".2500", 0
  br i1 %".2501", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2513" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2513", align 1
  %".2515" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.43" = load volatile i32, ptr %".2515", align 4
  %".2516" = and i32 %"flags.43", 4
  %".2517" = icmp ne i32 %".2516", 0
  br i1 %".2517", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2529" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2529", align 1
  %".2531" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.44" = load volatile i32, ptr %".2531", align 4
  %".2532" = and i32 %"flags.44", 4
  %".2533" = icmp ne i32 %".2532", 0
  br i1 %".2533", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2545" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2545", align 1
  %".2547" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.45" = load volatile i32, ptr %".2547", align 4
  %".2548" = and i32 %"flags.45", 4
  %".2549" = icmp ne i32 %".2548", 0
  br i1 %".2549", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2561" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2561", align 1
  %".2563" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.46" = load volatile i32, ptr %".2563", align 4
  %".2564" = and i32 %"flags.46", 4
  %".2565" = icmp ne i32 %".2564", 0
  br i1 %".2565", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2577" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2577", align 1
  %".2579" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.47" = load volatile i32, ptr %".2579", align 4
  %".2580" = and i32 %"flags.47", 4
  %".2581" = icmp ne i32 %".2580", 0
  br i1 %".2581", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2593" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2593", align 1
  %".2595" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.48" = load volatile i32, ptr %".2595", align 4
  %".2596" = and i32 %"flags.48", 4
  %".2597" = icmp ne i32 %".2596", 0
  br i1 %".2597", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2609" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2609", align 1
  %".2611" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.49" = load volatile i32, ptr %".2611", align 4
  %".2612" = and i32 %"flags.49", 4
  %".2613" = icmp ne i32 %".2612", 0
  br i1 %".2613", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2625" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2625", align 1
  %".2627" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.50" = load volatile i32, ptr %".2627", align 4
  %".2628" = and i32 %"flags.50", 4
  %".2629" = icmp ne i32 %".2628", 0
  br i1 %".2629", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2641" = getelementptr i8, ptr %"keys.127", i64 8
  store i8 1, ptr %".2641", align 1
  %".2643" = getelementptr i8, ptr %"keys.127", i64 48
  %"flags.51" = load volatile i32, ptr %".2643", align 4
  %".2644" = and i32 %"flags.51", 4
  %".2645" = icmp ne i32 %".2644", 0
  br i1 %".2645", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2407" = trunc i64 %".2393" to i16
  %".2408" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2407", ptr %".2408", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2411" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2411", align 4
  %".2413" = trunc i64 %".2393" to i16
  %".2414" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2413", ptr %".2414", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2423" = trunc i64 %".2393" to i16
  %".2424" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2423", ptr %".2424", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2427" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2427", align 4
  %".2429" = trunc i64 %".2393" to i16
  %".2430" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2429", ptr %".2430", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2439" = trunc i64 %".2393" to i16
  %".2440" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2439", ptr %".2440", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2443" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2443", align 4
  %".2445" = trunc i64 %".2393" to i16
  %".2446" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2445", ptr %".2446", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2455" = trunc i64 %".2393" to i16
  %".2456" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2455", ptr %".2456", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2459" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2459", align 4
  %".2461" = trunc i64 %".2393" to i16
  %".2462" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2461", ptr %".2462", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2471" = trunc i64 %".2393" to i16
  %".2472" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2471", ptr %".2472", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2475" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2475", align 4
  %".2477" = trunc i64 %".2393" to i16
  %".2478" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2477", ptr %".2478", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2487" = trunc i64 %".2393" to i16
  %".2488" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2487", ptr %".2488", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2491" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2491", align 4
  %".2493" = trunc i64 %".2393" to i16
  %".2494" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2493", ptr %".2494", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2503" = trunc i64 %".2393" to i16
  %".2504" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2503", ptr %".2504", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2507" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2507", align 4
  %".2509" = trunc i64 %".2393" to i16
  %".2510" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2509", ptr %".2510", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2519" = trunc i64 %".2393" to i16
  %".2520" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2519", ptr %".2520", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2523" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2523", align 4
  %".2525" = trunc i64 %".2393" to i16
  %".2526" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2525", ptr %".2526", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2535" = trunc i64 %".2393" to i16
  %".2536" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2535", ptr %".2536", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2539" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2539", align 4
  %".2541" = trunc i64 %".2393" to i16
  %".2542" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2541", ptr %".2542", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2551" = trunc i64 %".2393" to i16
  %".2552" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2551", ptr %".2552", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2555" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2555", align 4
  %".2557" = trunc i64 %".2393" to i16
  %".2558" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2557", ptr %".2558", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2567" = trunc i64 %".2393" to i16
  %".2568" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2567", ptr %".2568", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2571" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2571", align 4
  %".2573" = trunc i64 %".2393" to i16
  %".2574" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2573", ptr %".2574", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2583" = trunc i64 %".2393" to i16
  %".2584" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2583", ptr %".2584", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2587" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2587", align 4
  %".2589" = trunc i64 %".2393" to i16
  %".2590" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2589", ptr %".2590", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2599" = trunc i64 %".2393" to i16
  %".2600" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2599", ptr %".2600", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2603" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2603", align 4
  %".2605" = trunc i64 %".2393" to i16
  %".2606" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2605", ptr %".2606", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2615" = trunc i64 %".2393" to i16
  %".2616" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2615", ptr %".2616", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2619" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2619", align 4
  %".2621" = trunc i64 %".2393" to i16
  %".2622" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2621", ptr %".2622", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2631" = trunc i64 %".2393" to i16
  %".2632" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2631", ptr %".2632", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2635" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2635", align 4
  %".2637" = trunc i64 %".2393" to i16
  %".2638" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2637", ptr %".2638", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2647" = trunc i64 %".2393" to i16
  %".2648" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2647", ptr %".2648", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2651" = getelementptr i8, ptr %"keys.127", i64 12
  store i32 0, ptr %".2651", align 4
  %".2653" = trunc i64 %".2393" to i16
  %".2654" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2653", ptr %".2654", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2663" = trunc i64 %"cursor.37" to i32
  %".2664" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2663", [40 x i8]* %"header_copy", i32 20)
  %".2665" = icmp eq i64 %".2664", 0
  %".2666" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2667" = load i32, ptr %".2666", align 4
  %".2668" = zext i32 %".2667" to i64
  %"data.128" = inttoptr i64 %".2668" to ptr
  %".2669" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2670" = load i32, ptr %".2669", align 4
  %".2671" = zext i32 %".2670" to i64
  %"data_end.128" = inttoptr i64 %".2671" to ptr
  %".2672" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.128" = load ptr, ptr %".2672", align 8
  %".2673" = xor i1 %".2665", -1
  br i1 %".2673", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2675" = trunc i64 %"cursor.37" to i16
  %".2676" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2675", ptr %".2676", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2679" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2680" = load volatile i8, [40 x i8]* %".2679", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2688" = trunc i64 %"cursor.37" to i16
  %".2689" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".2688", ptr %".2689", align 2
  br label %"return"
tcp_header.require.endif:
  %".2692" = add i64 %"cursor.37", 20
  %".2693" = zext i8 %"w12_1" to i64
  %".2694" = lshr i64 %".2693", 4
  %".2695" = and i64 %".2694", 15
  %".2696" = icmp eq i64 %".2695", 5
  %".2697" = xor i1 %".2696", -1
  br i1 %".2697", label %"tcp_header.variable", label %"tcp_header.no_variable", !prof !0
tcp_header.no_variable:
  br label %"tcp_header.variable.endif"
tcp_header.variable.endif:
  %"end.2" = phi  i64 [%".2692", %"tcp_header.no_variable"], [%".2729", %"tcp_header.variable_part"]
  %"data.132" = phi  ptr [%"data.129", %"tcp_header.no_variable"], [%"data.131", %"tcp_header.variable_part"]
  %"data_end.132" = phi  ptr [%"data_end.129", %"tcp_header.no_variable"], [%"data_end.131", %"tcp_header.variable_part"]
  %"keys.132" = phi  ptr [%"keys.129", %"tcp_header.no_variable"], [%"keys.131", %"tcp_header.variable_part"]
  %".2731" = trunc i64 %"cursor.37" to i16
  %".2732" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2731", ptr %".2732", align 2
  br label %"return"
tcp_header.variable:
  %".2700" = zext i8 %"w12_1" to i64
  %".2701" = lshr i64 %".2700", 4
  %".2702" = and i64 %".2701", 15
  %".2703" = mul i64 %".2702", 4
  %".2704" = sub i64 %".2703", 20
  %".2705" = add i64 %".2704", 20
  %".2706" = getelementptr i8, ptr %"data.129", i64 %"cursor.37"
  %".2707" = getelementptr i8, ptr %".2706", i64 %".2705"
  %".2708" = icmp ugt ptr %".2707", %"data_end.129"
  br i1 %".2708", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.131" = phi  ptr [%"data.129", %"tcp_header.variable"], [%"data.130", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.131" = phi  ptr [%"data_end.129", %"tcp_header.variable"], [%"data_end.130", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.131" = phi  ptr [%"keys.129", %"tcp_header.variable"], [%"keys.130", %"tcp_header.copy_last_byte_failed.endif"]
  %".2729" = add i64 %"cursor.37", %".2705"
  br label %"tcp_header.variable.endif"
tcp_header.copy_last_byte:
  %".2710" = add i64 %"cursor.37", %".2705"
  %".2711" = sub i64 %".2710", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2712" = trunc i64 %".2711" to i32
  %".2713" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2712", i64* %"last_byte", i32 1)
  %".2714" = icmp eq i64 %".2713", 0
  %".2715" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2716" = load i32, ptr %".2715", align 4
  %".2717" = zext i32 %".2716" to i64
  %"data.130" = inttoptr i64 %".2717" to ptr
  %".2718" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2719" = load i32, ptr %".2718", align 4
  %".2720" = zext i32 %".2719" to i64
  %"data_end.130" = inttoptr i64 %".2720" to ptr
  %".2721" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.130" = load ptr, ptr %".2721", align 8
  %".2722" = xor i1 %".2714", -1
  br i1 %".2722", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2724" = trunc i64 %"cursor.37" to i16
  %".2725" = getelementptr i8, ptr %"keys.130", i64 2
  store i16 %".2724", ptr %".2725", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2739" = trunc i64 %"cursor.38" to i32
  %".2740" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2739", [40 x i8]* %"header_copy", i32 8)
  %".2741" = icmp eq i64 %".2740", 0
  %".2742" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2743" = load i32, ptr %".2742", align 4
  %".2744" = zext i32 %".2743" to i64
  %"data.133" = inttoptr i64 %".2744" to ptr
  %".2745" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2746" = load i32, ptr %".2745", align 4
  %".2747" = zext i32 %".2746" to i64
  %"data_end.133" = inttoptr i64 %".2747" to ptr
  %".2748" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.133" = load ptr, ptr %".2748", align 8
  %".2749" = xor i1 %".2741", -1
  br i1 %".2749", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".2751" = trunc i64 %"cursor.38" to i16
  %".2752" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".2751", ptr %".2752", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".2763" = trunc i64 %".2756" to i16
  %".2764" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2763", ptr %".2764", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  %".2767" = getelementptr i8, ptr %"keys.134", i64 12
  store i32 0, ptr %".2767", align 4
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.55" = phi  i64 [%".2756", %"vxlan_d0.to_ethernet"], [%"end.3", %"geneve_d0.to_ethernet"], [%"end.5", %"gre_d0.to_ethernet"], [%".6198", %"widening.test.14"]
  %"data.135" = phi  ptr [%"data.134", %"vxlan_d0.to_ethernet"], [%"data.140", %"geneve_d0.to_ethernet"], [%"data.154", %"gre_d0.to_ethernet"], [%"data.280", %"widening.test.14"]
  %"data_end.135" = phi  ptr [%"data_end.134", %"vxlan_d0.to_ethernet"], [%"data_end.140", %"geneve_d0.to_ethernet"], [%"data_end.154", %"gre_d0.to_ethernet"], [%"data_end.280", %"widening.test.14"]
  %"keys.135" = phi  ptr [%"keys.134", %"vxlan_d0.to_ethernet"], [%"keys.140", %"geneve_d0.to_ethernet"], [%"keys.154", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.14"]
  %"hdr.49" = getelementptr i8, ptr %"data.135", i64 %"cursor.55"
  %".4034" = getelementptr i8, ptr %"hdr.49", i64 14
  %".4035" = icmp ugt ptr %".4034", %"data_end.135"
  br i1 %".4035", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4037" = getelementptr i8, ptr %"hdr.49", i64 12
  %".4038" = load i16, ptr %".4037", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4038", %"ethernet_d1.linear"], [%".4057", %"ethernet_d1.copy_failed.endif"]
  %"data.194" = phi  ptr [%"data.135", %"ethernet_d1.linear"], [%"data.193", %"ethernet_d1.copy_failed.endif"]
  %"data_end.194" = phi  ptr [%"data_end.135", %"ethernet_d1.linear"], [%"data_end.193", %"ethernet_d1.copy_failed.endif"]
  %"keys.194" = phi  ptr [%"keys.135", %"ethernet_d1.linear"], [%"keys.193", %"ethernet_d1.copy_failed.endif"]
  %".4059" = getelementptr i8, ptr %"keys.194", i64 10
  store i16 %"w12_2", ptr %".4059", align 2
  %".4061" = add i64 %"cursor.55", 14
  %".4062" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4063" = zext i16 %".4062" to i64
  switch i64 %".4063", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
ethernet_d1.to_ipv4:
  br label %"ipv4_d1"
vxlan_d0.unknown:
  %".2770" = trunc i64 %".2756" to i16
  %".2771" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2770", ptr %".2771", align 2
  br label %"return"
geneve_d0.copy:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2783" = trunc i64 %"cursor.39" to i32
  %".2784" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2783", [40 x i8]* %"header_copy", i32 8)
  %".2785" = icmp eq i64 %".2784", 0
  %".2786" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2787" = load i32, ptr %".2786", align 4
  %".2788" = zext i32 %".2787" to i64
  %"data.136" = inttoptr i64 %".2788" to ptr
  %".2789" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2790" = load i32, ptr %".2789", align 4
  %".2791" = zext i32 %".2790" to i64
  %"data_end.136" = inttoptr i64 %".2791" to ptr
  %".2792" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.136" = load ptr, ptr %".2792", align 8
  %".2793" = xor i1 %".2785", -1
  br i1 %".2793", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".2795" = trunc i64 %"cursor.39" to i16
  %".2796" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".2795", ptr %".2796", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".2799" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2800" = load volatile i8, [40 x i8]* %".2799", align 1
  %".2801" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2802" = load volatile i16, [40 x i8]* %".2801", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".2809" = trunc i64 %"cursor.39" to i16
  %".2810" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".2809", ptr %".2810", align 2
  br label %"return"
geneve_d0.variable:
  %".2819" = zext i8 %"w0_1.10" to i64
  %".2820" = and i64 %".2819", 63
  %".2821" = mul i64 %".2820", 4
  %".2822" = add i64 %".2821", 8
  %".2823" = getelementptr i8, ptr %"data.137", i64 %"cursor.39"
  %".2824" = getelementptr i8, ptr %".2823", i64 %".2822"
  %".2825" = icmp ugt ptr %".2824", %"data_end.137"
  br i1 %".2825", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.139" = phi  ptr [%"data.137", %"geneve_d0.variable"], [%"data.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.139" = phi  ptr [%"data_end.137", %"geneve_d0.variable"], [%"data_end.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.139" = phi  ptr [%"keys.137", %"geneve_d0.variable"], [%"keys.138", %"geneve_d0.copy_last_byte_failed.endif"]
  %".2846" = add i64 %"cursor.39", %".2822"
  br label %"geneve_d0.variable.endif"
geneve_d0.copy_last_byte:
  %".2827" = add i64 %"cursor.39", %".2822"
  %".2828" = sub i64 %".2827", 1
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2829" = trunc i64 %".2828" to i32
  %".2830" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".2829", i64* %"last_byte", i32 1)
  %".2831" = icmp eq i64 %".2830", 0
  %".2832" = getelementptr i8, ptr %"ctx.40", i64 76
  %".2833" = load i32, ptr %".2832", align 4
  %".2834" = zext i32 %".2833" to i64
  %"data.138" = inttoptr i64 %".2834" to ptr
  %".2835" = getelementptr i8, ptr %"ctx.40", i64 80
  %".2836" = load i32, ptr %".2835", align 4
  %".2837" = zext i32 %".2836" to i64
  %"data_end.138" = inttoptr i64 %".2837" to ptr
  %".2838" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.138" = load ptr, ptr %".2838", align 8
  %".2839" = xor i1 %".2831", -1
  br i1 %".2839", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".2841" = trunc i64 %"cursor.39" to i16
  %".2842" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".2841", ptr %".2842", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".2854" = trunc i64 %"end.3" to i16
  %".2855" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".2854", ptr %".2855", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".2858" = getelementptr i8, ptr %"keys.140", i64 12
  store i32 0, ptr %".2858", align 4
  %".2860" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".2861" = zext i16 %".2860" to i64
  switch i64 %".2861", label %"geneve_d0.unknown" [i64 25944, label %"geneve_d0.to_ethernet" i64 2048, label %"geneve_d0.to_ipv4" i64 34525, label %"geneve_d0.to_ipv6"]  , !prof !5
geneve_d0.to_ethernet:
  br label %"ethernet_d1"
geneve_d0.unknown:
  %".2863" = trunc i64 %"end.3" to i16
  %".2864" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".2863", ptr %".2864", align 2
  br label %"return"
geneve_d0.to_ipv4:
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2878" = trunc i64 %"cursor.40" to i32
  %".2879" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".2878", [40 x i8]* %"header_copy", i32 4)
  %".2880" = icmp eq i64 %".2879", 0
  %".2881" = getelementptr i8, ptr %"ctx.41", i64 76
  %".2882" = load i32, ptr %".2881", align 4
  %".2883" = zext i32 %".2882" to i64
  %"data.141" = inttoptr i64 %".2883" to ptr
  %".2884" = getelementptr i8, ptr %"ctx.41", i64 80
  %".2885" = load i32, ptr %".2884", align 4
  %".2886" = zext i32 %".2885" to i64
  %"data_end.141" = inttoptr i64 %".2886" to ptr
  %".2887" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.141" = load ptr, ptr %".2887", align 8
  %".2888" = xor i1 %".2880", -1
  br i1 %".2888", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".2890" = trunc i64 %"cursor.40" to i16
  %".2891" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".2890", ptr %".2891", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".2894" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2895" = load volatile i8, [40 x i8]* %".2894", align 1
  %".2896" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2897" = load volatile i8, [40 x i8]* %".2896", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".2909" = trunc i64 %"cursor.40" to i16
  %".2910" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".2909", ptr %".2910", align 2
  br label %"return"
gue_d0.variable:
  %".2919" = zext i8 %"w0_1.11" to i64
  %".2920" = and i64 %".2919", 31
  %".2921" = mul i64 %".2920", 4
  %".2922" = add i64 %".2921", 4
  %".2923" = getelementptr i8, ptr %"data.142", i64 %"cursor.40"
  %".2924" = getelementptr i8, ptr %".2923", i64 %".2922"
  %".2925" = icmp ugt ptr %".2924", %"data_end.142"
  br i1 %".2925", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.144" = phi  ptr [%"data.142", %"gue_d0.variable"], [%"data.143", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.142", %"gue_d0.variable"], [%"data_end.143", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.142", %"gue_d0.variable"], [%"keys.143", %"gue_d0.copy_last_byte_failed.endif"]
  %".2946" = add i64 %"cursor.40", %".2922"
  br label %"gue_d0.variable.endif"
gue_d0.copy_last_byte:
  %".2927" = add i64 %"cursor.40", %".2922"
  %".2928" = sub i64 %".2927", 1
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2929" = trunc i64 %".2928" to i32
  %".2930" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".2929", i64* %"last_byte", i32 1)
  %".2931" = icmp eq i64 %".2930", 0
  %".2932" = getelementptr i8, ptr %"ctx.42", i64 76
  %".2933" = load i32, ptr %".2932", align 4
  %".2934" = zext i32 %".2933" to i64
  %"data.143" = inttoptr i64 %".2934" to ptr
  %".2935" = getelementptr i8, ptr %"ctx.42", i64 80
  %".2936" = load i32, ptr %".2935", align 4
  %".2937" = zext i32 %".2936" to i64
  %"data_end.143" = inttoptr i64 %".2937" to ptr
  %".2938" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.143" = load ptr, ptr %".2938", align 8
  %".2939" = xor i1 %".2931", -1
  br i1 %".2939", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".2941" = trunc i64 %"cursor.40" to i16
  %".2942" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".2941", ptr %".2942", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".2954" = trunc i64 %"end.4" to i16
  %".2955" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".2954", ptr %".2955", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".2958" = getelementptr i8, ptr %"keys.145", i64 12
  store i32 0, ptr %".2958", align 4
  %".2960" = zext i8 %"w1_1.6" to i64
  switch i64 %".2960", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.to_ipv4:
  br label %"ipv4_d1"
gue_d0.unknown:
  %".2962" = trunc i64 %"end.4" to i16
  %".2963" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".2962", ptr %".2963", align 2
  br label %"return"
gue_d0.to_ipv6:
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2976" = trunc i64 %"cursor.41" to i32
  %".2977" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".2976", [40 x i8]* %"header_copy", i32 8)
  %".2978" = icmp eq i64 %".2977", 0
  %".2979" = getelementptr i8, ptr %"ctx.43", i64 76
  %".2980" = load i32, ptr %".2979", align 4
  %".2981" = zext i32 %".2980" to i64
  %"data.146" = inttoptr i64 %".2981" to ptr
  %".2982" = getelementptr i8, ptr %"ctx.43", i64 80
  %".2983" = load i32, ptr %".2982", align 4
  %".2984" = zext i32 %".2983" to i64
  %"data_end.146" = inttoptr i64 %".2984" to ptr
  %".2985" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.146" = load ptr, ptr %".2985", align 8
  %".2986" = xor i1 %".2978", -1
  br i1 %".2986", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".2988" = trunc i64 %"cursor.41" to i16
  %".2989" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".2988", ptr %".2989", align 2
  br label %"return"
gtpu_d0.copy_failed.endif:
  %".2992" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2993" = load volatile i8, [40 x i8]* %".2992", align 1
  %".2994" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2995" = load volatile i8, [40 x i8]* %".2994", align 1
  br label %"gtpu_d0.header"
gtpu_d0.stop_before:
  %".3010" = trunc i64 %"cursor.41" to i16
  %".3011" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3010", ptr %".3011", align 2
  br label %"return"
gtpu_d0.stop_at_encap:
  %".3021" = trunc i64 %".3014" to i16
  %".3022" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3021", ptr %".3022", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".3025" = getelementptr i8, ptr %"keys.147", i64 12
  store i32 0, ptr %".3025", align 4
  %".3027" = zext i8 %"w0_1.12" to i64
  %".3028" = lshr i64 %".3027", 2
  %".3029" = and i64 %".3028", 1
  %".3030" = mul i64 %".3029", 4
  %".3031" = zext i8 %"w0_1.12" to i64
  %".3032" = lshr i64 %".3031", 1
  %".3033" = and i64 %".3032", 1
  %".3034" = mul i64 %".3033", 2
  %".3035" = add i64 %".3030", %".3034"
  %".3036" = zext i8 %"w0_1.12" to i64
  %".3037" = and i64 %".3036", 1
  %".3038" = add i64 %".3035", %".3037"
  %".3039" = icmp uge i64 %".3038", 1
  %".3040" = icmp ule i64 %".3038", 3
  %".3041" = and i1 %".3039", %".3040"
  br i1 %".3041", label %"gtpu_d0.to_gtpu_opt", label %"gtpu_d0.select"
gtpu_d0.unknown:
  %".3048" = trunc i64 %".3014" to i16
  %".3049" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3048", ptr %".3049", align 2
  br label %"return"
gtpu_d0.to_gtpu_opt:
  br label %"gtpu_opt_d1"
gtpu_d0.to_gtpu_seq:
  br label %"gtpu_seq_d1"
gtpu_d0.select:
  %".3043" = icmp uge i64 %".3038", 4
  %".3044" = icmp ule i64 %".3038", 7
  %".3045" = and i1 %".3043", %".3044"
  br i1 %".3045", label %"gtpu_d0.to_gtpu_seq", label %"gtpu_d0.select.1"
gtpu_d0.select.1:
  switch i64 %".3038", label %"gtpu_d0.unknown" [i64 0, label %"gtpu_d0.to_ip_version"]
gtpu_d0.to_ip_version:
  br label %"ip_version_d1"
gtpu_opt_d1:
  %"cursor.56" = phi  i64 [%".3014", %"gtpu_d0.to_gtpu_opt"]
  %"data.148" = phi  ptr [%"data.147", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.148" = phi  ptr [%"data_end.147", %"gtpu_d0.to_gtpu_opt"]
  %"keys.148" = phi  ptr [%"keys.147", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.50" = getelementptr i8, ptr %"data.148", i64 %"cursor.56"
  %".4085" = getelementptr i8, ptr %"hdr.50", i64 4
  %".4086" = icmp ugt ptr %".4085", %"data_end.148"
  br i1 %".4086", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.196" = phi  ptr [%"data.148", %"gtpu_opt_d1.linear"], [%"data.195", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.196" = phi  ptr [%"data_end.148", %"gtpu_opt_d1.linear"], [%"data_end.195", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.196" = phi  ptr [%"keys.148", %"gtpu_opt_d1.linear"], [%"keys.195", %"gtpu_opt_d1.copy_failed.endif"]
  %".4106" = add i64 %"cursor.56", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_opt_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_seq_d1:
  %"cursor.57" = phi  i64 [%".3014", %"gtpu_d0.to_gtpu_seq"]
  %"data.149" = phi  ptr [%"data.147", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.149" = phi  ptr [%"data_end.147", %"gtpu_d0.to_gtpu_seq"]
  %"keys.149" = phi  ptr [%"keys.147", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.51" = getelementptr i8, ptr %"data.149", i64 %"cursor.57"
  %".4113" = getelementptr i8, ptr %"hdr.51", i64 3
  %".4114" = icmp ugt ptr %".4113", %"data_end.149"
  br i1 %".4114", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.198" = phi  ptr [%"data.149", %"gtpu_seq_d1.linear"], [%"data.197", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.198" = phi  ptr [%"data_end.149", %"gtpu_seq_d1.linear"], [%"data_end.197", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.198" = phi  ptr [%"keys.149", %"gtpu_seq_d1.linear"], [%"keys.197", %"gtpu_seq_d1.copy_failed.endif"]
  %".4134" = add i64 %"cursor.57", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
gtpu_seq_d1.to_gtpu_next:
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.72" = phi  i64 [%".4134", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.199" = phi  ptr [%"data.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.199" = phi  ptr [%"data_end.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.199" = phi  ptr [%"keys.198", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.64" = getelementptr i8, ptr %"data.199", i64 %"cursor.72"
  %".5379" = getelementptr i8, ptr %"hdr.64", i64 1
  %".5380" = icmp ugt ptr %".5379", %"data_end.199"
  br i1 %".5380", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5382" = getelementptr i8, ptr %"hdr.64", i64 0
  %".5383" = load i8, ptr %".5382", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.25" = phi  i8 [%".5383", %"gtpu_next_d1.linear"], [%".5402", %"gtpu_next_d1.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.199", %"gtpu_next_d1.linear"], [%"data.240", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.199", %"gtpu_next_d1.linear"], [%"data_end.240", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.199", %"gtpu_next_d1.linear"], [%"keys.240", %"gtpu_next_d1.copy_failed.endif"]
  %".5404" = add i64 %"cursor.72", 1
  %".5405" = zext i8 %"w0_1.25" to i64
  %".5406" = icmp uge i64 %".5405", 1
  %".5407" = icmp ule i64 %".5405", 255
  %".5408" = and i1 %".5406", %".5407"
  br i1 %".5408", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
shim_d0.copy:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3061" = trunc i64 %"cursor.42" to i32
  %".3062" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3061", [40 x i8]* %"header_copy", i32 8)
  %".3063" = icmp eq i64 %".3062", 0
  %".3064" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3065" = load i32, ptr %".3064", align 4
  %".3066" = zext i32 %".3065" to i64
  %"data.150" = inttoptr i64 %".3066" to ptr
  %".3067" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3068" = load i32, ptr %".3067", align 4
  %".3069" = zext i32 %".3068" to i64
  %"data_end.150" = inttoptr i64 %".3069" to ptr
  %".3070" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.150" = load ptr, ptr %".3070", align 8
  %".3071" = xor i1 %".3063", -1
  br i1 %".3071", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3073" = trunc i64 %"cursor.42" to i16
  %".3074" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3073", ptr %".3074", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3077" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3078" = load volatile i16, [40 x i8]* %".3077", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".3087" = trunc i64 %".3080" to i16
  %".3088" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3087", ptr %".3088", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".3091" = getelementptr i8, ptr %"keys.151", i64 12
  store i32 0, ptr %".3091", align 4
  %".3093" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".3094" = zext i16 %".3093" to i64
  switch i64 %".3094", label %"shim_d0.unknown" [i64 2048, label %"shim_d0.to_ipv4"]
shim_d0.to_ipv4:
  br label %"ipv4_d1"
shim_d0.unknown:
  %".3096" = trunc i64 %".3080" to i16
  %".3097" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3096", ptr %".3097", align 2
  br label %"return"
gre_d0.variable:
  %".3107" = zext i8 %"w0_1.3" to i64
  %".3108" = lshr i64 %".3107", 7
  %".3109" = and i64 %".3108", 1
  %".3110" = zext i8 %"w0_1.3" to i64
  %".3111" = lshr i64 %".3110", 5
  %".3112" = and i64 %".3111", 1
  %".3113" = add i64 %".3109", %".3112"
  %".3114" = zext i8 %"w0_1.3" to i64
  %".3115" = lshr i64 %".3114", 4
  %".3116" = and i64 %".3115", 1
  %".3117" = add i64 %".3113", %".3116"
  %".3118" = mul i64 %".3117", 4
  %".3119" = add i64 %".3118", 4
  %".3120" = getelementptr i8, ptr %"data.77", i64 %"cursor.43"
  %".3121" = getelementptr i8, ptr %".3120", i64 %".3119"
  %".3122" = icmp ugt ptr %".3121", %"data_end.77"
  br i1 %".3122", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.153" = phi  ptr [%"data.77", %"gre_d0.variable"], [%"data.152", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.77", %"gre_d0.variable"], [%"data_end.152", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.77", %"gre_d0.variable"], [%"keys.152", %"gre_d0.copy_last_byte_failed.endif"]
  %".3143" = add i64 %"cursor.43", %".3119"
  br label %"gre_d0.variable.endif"
gre_d0.copy_last_byte:
  %".3124" = add i64 %"cursor.43", %".3119"
  %".3125" = sub i64 %".3124", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3126" = trunc i64 %".3125" to i32
  %".3127" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3126", i64* %"last_byte", i32 1)
  %".3128" = icmp eq i64 %".3127", 0
  %".3129" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3130" = load i32, ptr %".3129", align 4
  %".3131" = zext i32 %".3130" to i64
  %"data.152" = inttoptr i64 %".3131" to ptr
  %".3132" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3133" = load i32, ptr %".3132", align 4
  %".3134" = zext i32 %".3133" to i64
  %"data_end.152" = inttoptr i64 %".3134" to ptr
  %".3135" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.152" = load ptr, ptr %".3135", align 8
  %".3136" = xor i1 %".3128", -1
  br i1 %".3136", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3138" = trunc i64 %"cursor.43" to i16
  %".3139" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3138", ptr %".3139", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3151" = trunc i64 %"end.5" to i16
  %".3152" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3151", ptr %".3152", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".3155" = getelementptr i8, ptr %"keys.154", i64 12
  store i32 0, ptr %".3155", align 4
  %".3157" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".3158" = zext i16 %".3157" to i64
  switch i64 %".3158", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !6
gre_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.unknown:
  %".3160" = trunc i64 %"end.5" to i16
  %".3161" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3160", ptr %".3161", align 2
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
  %".3190" = trunc i64 %"cursor.44" to i16
  %".3191" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".3190", ptr %".3191", align 2
  br label %"return"
pptp_d0.copy_last_byte:
  %".3216" = add i64 %"cursor.44", %".3211"
  %".3217" = sub i64 %".3216", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3218" = trunc i64 %".3217" to i32
  %".3219" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3218", i64* %"last_byte", i32 1)
  %".3220" = icmp eq i64 %".3219", 0
  %".3221" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3222" = load i32, ptr %".3221", align 4
  %".3223" = zext i32 %".3222" to i64
  %"data.155" = inttoptr i64 %".3223" to ptr
  %".3224" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3225" = load i32, ptr %".3224", align 4
  %".3226" = zext i32 %".3225" to i64
  %"data_end.155" = inttoptr i64 %".3226" to ptr
  %".3227" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.155" = load ptr, ptr %".3227", align 8
  %".3228" = xor i1 %".3220", -1
  br i1 %".3228", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3230" = trunc i64 %"cursor.44" to i16
  %".3231" = getelementptr i8, ptr %"keys.155", i64 2
  store i16 %".3230", ptr %".3231", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3240" = trunc i64 %"end.6" to i16
  %".3241" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3240", ptr %".3241", align 2
  br label %"return"
udp_d1.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3251" = trunc i64 %"cursor.45" to i32
  %".3252" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3251", [40 x i8]* %"header_copy", i32 4)
  %".3253" = icmp eq i64 %".3252", 0
  %".3254" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3255" = load i32, ptr %".3254", align 4
  %".3256" = zext i32 %".3255" to i64
  %"data.158" = inttoptr i64 %".3256" to ptr
  %".3257" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3258" = load i32, ptr %".3257", align 4
  %".3259" = zext i32 %".3258" to i64
  %"data_end.158" = inttoptr i64 %".3259" to ptr
  %".3260" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.158" = load ptr, ptr %".3260", align 8
  %".3261" = xor i1 %".3253", -1
  br i1 %".3261", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3263" = trunc i64 %"cursor.45" to i16
  %".3264" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".3263", ptr %".3264", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".3267" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3268" = load volatile i32, [40 x i8]* %".3267", align 4
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".3278" = add i64 %"cursor.45", %".3273"
  %".3279" = sub i64 %".3278", 1
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3280" = trunc i64 %".3279" to i32
  %".3281" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3280", i64* %"last_byte", i32 1)
  %".3282" = icmp eq i64 %".3281", 0
  %".3283" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3284" = load i32, ptr %".3283", align 4
  %".3285" = zext i32 %".3284" to i64
  %"data.160" = inttoptr i64 %".3285" to ptr
  %".3286" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3287" = load i32, ptr %".3286", align 4
  %".3288" = zext i32 %".3287" to i64
  %"data_end.160" = inttoptr i64 %".3288" to ptr
  %".3289" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.160" = load ptr, ptr %".3289", align 8
  %".3290" = xor i1 %".3282", -1
  br i1 %".3290", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3292" = trunc i64 %"cursor.45" to i16
  %".3293" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".3292", ptr %".3293", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3303" = trunc i64 %"cursor.45" to i16
  %".3304" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".3303", ptr %".3304", align 2
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
  %"cursor.60" = phi  i64 [%".3297", %"udp_d1.to_geneve"]
  %"data.163" = phi  ptr [%"data.161", %"udp_d1.to_geneve"]
  %"data_end.163" = phi  ptr [%"data_end.161", %"udp_d1.to_geneve"]
  %"keys.163" = phi  ptr [%"keys.161", %"udp_d1.to_geneve"]
  %"hdr.54" = getelementptr i8, ptr %"data.163", i64 %"cursor.60"
  %".4271" = getelementptr i8, ptr %"hdr.54", i64 8
  %".4272" = icmp ugt ptr %".4271", %"data_end.163"
  br i1 %".4272", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4274" = getelementptr i8, ptr %"hdr.54", i64 0
  %".4275" = load i8, ptr %".4274", align 1
  %".4276" = getelementptr i8, ptr %"hdr.54", i64 2
  %".4277" = load i16, ptr %".4276", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.18" = phi  i8 [%".4275", %"geneve_d1.linear"], [%".4296", %"geneve_d1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".4277", %"geneve_d1.linear"], [%".4298", %"geneve_d1.copy_failed.endif"]
  %"data.206" = phi  ptr [%"data.163", %"geneve_d1.linear"], [%"data.205", %"geneve_d1.copy_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.163", %"geneve_d1.linear"], [%"data_end.205", %"geneve_d1.copy_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.163", %"geneve_d1.linear"], [%"keys.205", %"geneve_d1.copy_failed.endif"]
  %".4300" = zext i8 %"w0_1.18" to i64
  %".4301" = lshr i64 %".4300", 6
  %".4302" = and i64 %".4301", 3
  %".4303" = icmp ne i64 %".4302", 0
  br i1 %".4303", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif", !prof !0
geneve_d1.stop_before.endif:
  %".4309" = add i64 %"cursor.60", 8
  %".4310" = and i8 %"w0_1.18", 63
  %".4311" = icmp eq i8 %".4310", 0
  %".4312" = xor i1 %".4311", -1
  br i1 %".4312", label %"geneve_d1.variable", label %"geneve_d1.no_variable", !prof !0
geneve_d1.no_variable:
  br label %"geneve_d1.variable.endif"
geneve_d1.variable.endif:
  %"end.7" = phi  i64 [%".4309", %"geneve_d1.no_variable"], [%".4342", %"geneve_d1.variable_part"]
  %"data.209" = phi  ptr [%"data.206", %"geneve_d1.no_variable"], [%"data.208", %"geneve_d1.variable_part"]
  %"data_end.209" = phi  ptr [%"data_end.206", %"geneve_d1.no_variable"], [%"data_end.208", %"geneve_d1.variable_part"]
  %"keys.209" = phi  ptr [%"keys.206", %"geneve_d1.no_variable"], [%"keys.208", %"geneve_d1.variable_part"]
  %".4344" = getelementptr i8, ptr %"keys.209", i64 8
  store i8 1, ptr %".4344", align 1
  %".4346" = getelementptr i8, ptr %"keys.209", i64 48
  %"flags.74" = load volatile i32, ptr %".4346", align 4
  %".4347" = and i32 %"flags.74", 4
  %".4348" = icmp ne i32 %".4347", 0
  br i1 %".4348", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
gue_d1:
  %"cursor.61" = phi  i64 [%".3297", %"udp_d1.to_gue"]
  %"data.164" = phi  ptr [%"data.161", %"udp_d1.to_gue"]
  %"data_end.164" = phi  ptr [%"data_end.161", %"udp_d1.to_gue"]
  %"keys.164" = phi  ptr [%"keys.161", %"udp_d1.to_gue"]
  %"hdr.55" = getelementptr i8, ptr %"data.164", i64 %"cursor.61"
  %".4375" = getelementptr i8, ptr %"hdr.55", i64 4
  %".4376" = icmp ugt ptr %".4375", %"data_end.164"
  br i1 %".4376", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4378" = getelementptr i8, ptr %"hdr.55", i64 0
  %".4379" = load i8, ptr %".4378", align 1
  %".4380" = getelementptr i8, ptr %"hdr.55", i64 1
  %".4381" = load i8, ptr %".4380", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.19" = phi  i8 [%".4379", %"gue_d1.linear"], [%".4400", %"gue_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4381", %"gue_d1.linear"], [%".4402", %"gue_d1.copy_failed.endif"]
  %"data.211" = phi  ptr [%"data.164", %"gue_d1.linear"], [%"data.210", %"gue_d1.copy_failed.endif"]
  %"data_end.211" = phi  ptr [%"data_end.164", %"gue_d1.linear"], [%"data_end.210", %"gue_d1.copy_failed.endif"]
  %"keys.211" = phi  ptr [%"keys.164", %"gue_d1.linear"], [%"keys.210", %"gue_d1.copy_failed.endif"]
  %".4404" = zext i8 %"w0_1.19" to i64
  %".4405" = lshr i64 %".4404", 6
  %".4406" = and i64 %".4405", 3
  %".4407" = icmp ne i64 %".4406", 0
  %".4408" = zext i8 %"w0_1.19" to i64
  %".4409" = lshr i64 %".4408", 5
  %".4410" = and i64 %".4409", 1
  %".4411" = icmp ne i64 %".4410", 0
  %".4412" = or i1 %".4407", %".4411"
  br i1 %".4412", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif", !prof !0
gue_d1.stop_before.endif:
  %".4418" = add i64 %"cursor.61", 4
  %".4419" = and i8 %"w0_1.19", 31
  %".4420" = icmp eq i8 %".4419", 0
  %".4421" = xor i1 %".4420", -1
  br i1 %".4421", label %"gue_d1.variable", label %"gue_d1.no_variable", !prof !0
gue_d1.no_variable:
  br label %"gue_d1.variable.endif"
gue_d1.variable.endif:
  %"end.8" = phi  i64 [%".4418", %"gue_d1.no_variable"], [%".4451", %"gue_d1.variable_part"]
  %"data.214" = phi  ptr [%"data.211", %"gue_d1.no_variable"], [%"data.213", %"gue_d1.variable_part"]
  %"data_end.214" = phi  ptr [%"data_end.211", %"gue_d1.no_variable"], [%"data_end.213", %"gue_d1.variable_part"]
  %"keys.214" = phi  ptr [%"keys.211", %"gue_d1.no_variable"], [%"keys.213", %"gue_d1.variable_part"]
  %".4453" = getelementptr i8, ptr %"keys.214", i64 8
  store i8 1, ptr %".4453", align 1
  %".4455" = getelementptr i8, ptr %"keys.214", i64 48
  %"flags.75" = load volatile i32, ptr %".4455", align 4
  %".4456" = and i32 %"flags.75", 4
  %".4457" = icmp ne i32 %".4456", 0
  br i1 %".4457", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gtpu_d1:
  %"cursor.62" = phi  i64 [%".3297", %"udp_d1.to_gtpu"]
  %"data.165" = phi  ptr [%"data.161", %"udp_d1.to_gtpu"]
  %"data_end.165" = phi  ptr [%"data_end.161", %"udp_d1.to_gtpu"]
  %"keys.165" = phi  ptr [%"keys.161", %"udp_d1.to_gtpu"]
  %"hdr.56" = getelementptr i8, ptr %"data.165", i64 %"cursor.62"
  %".4479" = getelementptr i8, ptr %"hdr.56", i64 8
  %".4480" = icmp ugt ptr %".4479", %"data_end.165"
  br i1 %".4480", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".4482" = getelementptr i8, ptr %"hdr.56", i64 0
  %".4483" = load i8, ptr %".4482", align 1
  %".4484" = getelementptr i8, ptr %"hdr.56", i64 1
  %".4485" = load i8, ptr %".4484", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.20" = phi  i8 [%".4483", %"gtpu_d1.linear"], [%".4504", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4485", %"gtpu_d1.linear"], [%".4506", %"gtpu_d1.copy_failed.endif"]
  %"data.216" = phi  ptr [%"data.165", %"gtpu_d1.linear"], [%"data.215", %"gtpu_d1.copy_failed.endif"]
  %"data_end.216" = phi  ptr [%"data_end.165", %"gtpu_d1.linear"], [%"data_end.215", %"gtpu_d1.copy_failed.endif"]
  %"keys.216" = phi  ptr [%"keys.165", %"gtpu_d1.linear"], [%"keys.215", %"gtpu_d1.copy_failed.endif"]
  %".4508" = zext i8 %"w0_1.20" to i64
  %".4509" = lshr i64 %".4508", 5
  %".4510" = and i64 %".4509", 7
  %".4511" = icmp ne i64 %".4510", 1
  %".4512" = zext i8 %"w0_1.20" to i64
  %".4513" = lshr i64 %".4512", 4
  %".4514" = and i64 %".4513", 1
  %".4515" = icmp ne i64 %".4514", 1
  %".4516" = or i1 %".4511", %".4515"
  %".4517" = zext i8 %"w1_1.12" to i64
  %".4518" = icmp ne i64 %".4517", 255
  %".4519" = or i1 %".4516", %".4518"
  br i1 %".4519", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif", !prof !0
gtpu_d1.stop_before.endif:
  %".4525" = add i64 %"cursor.62", 8
  %".4526" = getelementptr i8, ptr %"keys.216", i64 8
  store i8 1, ptr %".4526", align 1
  %".4528" = getelementptr i8, ptr %"keys.216", i64 48
  %"flags.76" = load volatile i32, ptr %".4528", align 4
  %".4529" = and i32 %"flags.76", 4
  %".4530" = icmp ne i32 %".4529", 0
  br i1 %".4530", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
shim_d1:
  %"cursor.63" = phi  i64 [%".3297", %"udp_d1.to_shim"]
  %"data.166" = phi  ptr [%"data.161", %"udp_d1.to_shim"]
  %"data_end.166" = phi  ptr [%"data_end.161", %"udp_d1.to_shim"]
  %"keys.166" = phi  ptr [%"keys.161", %"udp_d1.to_shim"]
  %"hdr.57" = getelementptr i8, ptr %"data.166", i64 %"cursor.63"
  %".4575" = getelementptr i8, ptr %"hdr.57", i64 8
  %".4576" = icmp ugt ptr %".4575", %"data_end.166"
  br i1 %".4576", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4578" = getelementptr i8, ptr %"hdr.57", i64 2
  %".4579" = load i16, ptr %".4578", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.13" = phi  i16 [%".4579", %"shim_d1.linear"], [%".4598", %"shim_d1.copy_failed.endif"]
  %"data.218" = phi  ptr [%"data.166", %"shim_d1.linear"], [%"data.217", %"shim_d1.copy_failed.endif"]
  %"data_end.218" = phi  ptr [%"data_end.166", %"shim_d1.linear"], [%"data_end.217", %"shim_d1.copy_failed.endif"]
  %"keys.218" = phi  ptr [%"keys.166", %"shim_d1.linear"], [%"keys.217", %"shim_d1.copy_failed.endif"]
  %".4600" = add i64 %"cursor.63", 8
  %".4601" = getelementptr i8, ptr %"keys.218", i64 8
  store i8 1, ptr %".4601", align 1
  %".4603" = getelementptr i8, ptr %"keys.218", i64 48
  %"flags.77" = load volatile i32, ptr %".4603", align 4
  %".4604" = and i32 %"flags.77", 4
  %".4605" = icmp ne i32 %".4604", 0
  br i1 %".4605", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_version_d1.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3322" = trunc i64 %"cursor.46" to i32
  %".3323" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3322", [40 x i8]* %"header_copy", i32 4)
  %".3324" = icmp eq i64 %".3323", 0
  %".3325" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3326" = load i32, ptr %".3325", align 4
  %".3327" = zext i32 %".3326" to i64
  %"data.167" = inttoptr i64 %".3327" to ptr
  %".3328" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3329" = load i32, ptr %".3328", align 4
  %".3330" = zext i32 %".3329" to i64
  %"data_end.167" = inttoptr i64 %".3330" to ptr
  %".3331" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.167" = load ptr, ptr %".3331", align 8
  %".3332" = xor i1 %".3324", -1
  br i1 %".3332", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3334" = trunc i64 %"cursor.46" to i16
  %".3335" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3334", ptr %".3335", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3338" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3339" = load volatile i8, [40 x i8]* %".3338", align 1
  %".3340" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3341" = load volatile i8, [40 x i8]* %".3340", align 1
  %".3342" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3343" = load volatile i16, [40 x i8]* %".3342", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3354" = trunc i64 %"cursor.46" to i16
  %".3355" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3354", ptr %".3355", align 2
  br label %"return"
gre_version_d1.unknown:
  %".3363" = trunc i64 %"cursor.46" to i16
  %".3364" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3363", ptr %".3364", align 2
  br label %"return"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
pptp_d1:
  %"cursor.65" = phi  i64 [%"cursor.46", %"gre_version_d1.to_pptp"]
  %"data.170" = phi  ptr [%"data.168", %"gre_version_d1.to_pptp"]
  %"data_end.170" = phi  ptr [%"data_end.168", %"gre_version_d1.to_pptp"]
  %"keys.170" = phi  ptr [%"keys.168", %"gre_version_d1.to_pptp"]
  %".4755" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".4756" = zext i16 %".4755" to i64
  %".4757" = icmp ne i64 %".4756", 34827
  %".4758" = zext i8 %"w0_1.13" to i64
  %".4759" = lshr i64 %".4758", 5
  %".4760" = and i64 %".4759", 1
  %".4761" = icmp eq i64 %".4760", 0
  %".4762" = or i1 %".4757", %".4761"
  br i1 %".4762", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif", !prof !0
pptp_d1.stop_before.endif:
  %".4768" = add i64 %"cursor.65", 4
  %".4769" = zext i8 %"w0_1.13" to i64
  %".4770" = lshr i64 %".4769", 7
  %".4771" = and i64 %".4770", 1
  %".4772" = zext i8 %"w0_1.13" to i64
  %".4773" = lshr i64 %".4772", 5
  %".4774" = and i64 %".4773", 1
  %".4775" = add i64 %".4771", %".4774"
  %".4776" = zext i8 %"w0_1.13" to i64
  %".4777" = lshr i64 %".4776", 4
  %".4778" = and i64 %".4777", 1
  %".4779" = add i64 %".4775", %".4778"
  %".4780" = zext i8 %"w1_1.8" to i64
  %".4781" = lshr i64 %".4780", 7
  %".4782" = and i64 %".4781", 1
  %".4783" = add i64 %".4779", %".4782"
  %".4784" = mul i64 %".4783", 4
  %".4785" = add i64 %".4784", 4
  %".4786" = getelementptr i8, ptr %"data.170", i64 %"cursor.65"
  %".4787" = getelementptr i8, ptr %".4786", i64 %".4785"
  %".4788" = icmp ugt ptr %".4787", %"data_end.170"
  br i1 %".4788", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.223" = phi  ptr [%"data.170", %"pptp_d1.stop_before.endif"], [%"data.222", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.223" = phi  ptr [%"data_end.170", %"pptp_d1.stop_before.endif"], [%"data_end.222", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.223" = phi  ptr [%"keys.170", %"pptp_d1.stop_before.endif"], [%"keys.222", %"pptp_d1.copy_last_byte_failed.endif"]
  %".4809" = add i64 %"cursor.65", %".4785"
  %".4810" = add i64 %"cursor.65", 8
  %".4811" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4810")
  %".4812" = icmp eq i64 %".4784", 4
  %"end.10" = select  i1 %".4812", i64 %".4811", i64 %".4809"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.74" = phi  i64 [%"end.10", %"pptp_d1.to_ppp"]
  %"data.224" = phi  ptr [%"data.223", %"pptp_d1.to_ppp"]
  %"data_end.224" = phi  ptr [%"data_end.223", %"pptp_d1.to_ppp"]
  %"keys.224" = phi  ptr [%"keys.223", %"pptp_d1.to_ppp"]
  %"hdr.65" = getelementptr i8, ptr %"data.224", i64 %"cursor.74"
  %".5422" = getelementptr i8, ptr %"hdr.65", i64 4
  %".5423" = icmp ugt ptr %".5422", %"data_end.224"
  br i1 %".5423", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5425" = getelementptr i8, ptr %"hdr.65", i64 2
  %".5426" = load i16, ptr %".5425", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.16" = phi  i16 [%".5426", %"ppp_d1.linear"], [%".5445", %"ppp_d1.copy_failed.endif"]
  %"data.244" = phi  ptr [%"data.224", %"ppp_d1.linear"], [%"data.243", %"ppp_d1.copy_failed.endif"]
  %"data_end.244" = phi  ptr [%"data_end.224", %"ppp_d1.linear"], [%"data_end.243", %"ppp_d1.copy_failed.endif"]
  %"keys.244" = phi  ptr [%"keys.224", %"ppp_d1.linear"], [%"keys.243", %"ppp_d1.copy_failed.endif"]
  %".5447" = add i64 %"cursor.74", 4
  %".5448" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".5449" = zext i16 %".5448" to i64
  switch i64 %".5449", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ppp_d1.to_ipv4:
  %".5458" = trunc i64 2048 to i16
  %".5459" = call i16 @"llvm.bswap.i16"(i16 %".5458")
  %".5460" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5459", ptr %".5460", align 2
  %".5462" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5462", align 1
  %".5464" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.91" = load volatile i32, ptr %".5464", align 4
  %".5465" = and i32 %"flags.91", 4
  %".5466" = icmp ne i32 %".5465", 0
  br i1 %".5466", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3377" = trunc i64 %"cursor.47" to i32
  %".3378" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3377", [40 x i8]* %"header_copy", i32 2)
  %".3379" = icmp eq i64 %".3378", 0
  %".3380" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3381" = load i32, ptr %".3380", align 4
  %".3382" = zext i32 %".3381" to i64
  %"data.171" = inttoptr i64 %".3382" to ptr
  %".3383" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3384" = load i32, ptr %".3383", align 4
  %".3385" = zext i32 %".3384" to i64
  %"data_end.171" = inttoptr i64 %".3385" to ptr
  %".3386" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.171" = load ptr, ptr %".3386", align 8
  %".3387" = xor i1 %".3379", -1
  br i1 %".3387", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3389" = trunc i64 %"cursor.47" to i16
  %".3390" = getelementptr i8, ptr %"keys.171", i64 2
  store i16 %".3389", ptr %".3390", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3393" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3394" = load volatile i8, [40 x i8]* %".3393", align 1
  %".3395" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3396" = load volatile i8, [40 x i8]* %".3395", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3408" = trunc i64 %".3405" to i16
  %".3409" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3408", ptr %".3409", align 2
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
  %".3425" = trunc i64 34887 to i16
  %".3426" = call i16 @"llvm.bswap.i16"(i16 %".3425")
  %".3427" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3426", ptr %".3427", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3430" = trunc i64 2048 to i16
  %".3431" = call i16 @"llvm.bswap.i16"(i16 %".3430")
  %".3432" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3431", ptr %".3432", align 2
  %".3434" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3434", align 1
  %".3436" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.58" = load volatile i32, ptr %".3436", align 4
  %".3437" = and i32 %"flags.58", 4
  %".3438" = icmp ne i32 %".3437", 0
  br i1 %".3438", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3450" = trunc i64 34525 to i16
  %".3451" = call i16 @"llvm.bswap.i16"(i16 %".3450")
  %".3452" = getelementptr i8, ptr %"keys.172", i64 10
  store i16 %".3451", ptr %".3452", align 2
  %".3454" = getelementptr i8, ptr %"keys.172", i64 8
  store i8 1, ptr %".3454", align 1
  %".3456" = getelementptr i8, ptr %"keys.172", i64 48
  %"flags.59" = load volatile i32, ptr %".3456", align 4
  %".3457" = and i32 %"flags.59", 4
  %".3458" = icmp ne i32 %".3457", 0
  br i1 %".3458", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.66" = phi  i64 [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".6352", %"widening.test.28"]
  %"data.173" = phi  ptr [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.294", %"widening.test.28"]
  %"data_end.173" = phi  ptr [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.294", %"widening.test.28"]
  %"keys.173" = phi  ptr [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.28"]
  %"hdr.58" = getelementptr i8, ptr %"data.173", i64 %"cursor.66"
  %".4819" = getelementptr i8, ptr %"hdr.58", i64 2
  %".4820" = icmp ugt ptr %".4819", %"data_end.173"
  br i1 %".4820", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".4822" = getelementptr i8, ptr %"hdr.58", i64 0
  %".4823" = load i8, ptr %".4822", align 1
  %".4824" = getelementptr i8, ptr %"hdr.58", i64 1
  %".4825" = load i8, ptr %".4824", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.21" = phi  i8 [%".4823", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4844", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4825", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4846", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.226" = phi  ptr [%"data.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.226" = phi  ptr [%"data_end.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.226" = phi  ptr [%"keys.173", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".4848" = getelementptr i8, ptr %"keys.226", i64 9
  store i8 %"w0_1.21", ptr %".4848", align 1
  %".4850" = add i64 %"cursor.66", 2
  %".4851" = zext i8 %"w1_1.13" to i64
  %".4852" = mul i64 %".4851", 8
  %".4853" = add i64 %".4852", 6
  %".4854" = add i64 %".4853", 2
  %".4855" = add i64 %"cursor.66", %".4854"
  %".4856" = zext i8 %"w0_1.21" to i64
  switch i64 %".4856", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.67" = phi  i64 [%".3405", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".3501", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".6341", %"widening.test.27"]
  %"data.174" = phi  ptr [%"data.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.293", %"widening.test.27"]
  %"data_end.174" = phi  ptr [%"data_end.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.293", %"widening.test.27"]
  %"keys.174" = phi  ptr [%"keys.172", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.176", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.27"]
  %"hdr.59" = getelementptr i8, ptr %"data.174", i64 %"cursor.67"
  %".4920" = getelementptr i8, ptr %"hdr.59", i64 8
  %".4921" = icmp ugt ptr %".4920", %"data_end.174"
  br i1 %".4921", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".4923" = getelementptr i8, ptr %"hdr.59", i64 0
  %".4924" = load i8, ptr %".4923", align 1
  %".4925" = getelementptr i8, ptr %"hdr.59", i64 2
  %".4926" = load i16, ptr %".4925", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.22" = phi  i8 [%".4924", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4945", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".4926", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".4947", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.230" = phi  ptr [%"data.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.230" = phi  ptr [%"data_end.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.230" = phi  ptr [%"keys.174", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".4949" = getelementptr i8, ptr %"keys.230", i64 9
  store i8 %"w0_1.22", ptr %".4949", align 1
  %".4951" = add i64 %"cursor.67", 8
  %".4952" = icmp ne i64 1, 0
  %".4953" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".4954" = zext i16 %".4953" to i64
  %".4955" = and i64 %".4954", 65528
  %".4956" = icmp eq i64 %".4955", 0
  br i1 %".4952", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".4978" = zext i8 %"w0_1.22" to i64
  switch i64 %".4978", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3440" = trunc i64 %".3405" to i16
  %".3441" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3440", ptr %".3441", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3444" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3444", align 4
  %".3446" = trunc i64 %".3405" to i16
  %".3447" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3446", ptr %".3447", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3460" = trunc i64 %".3405" to i16
  %".3461" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3460", ptr %".3461", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3464" = getelementptr i8, ptr %"keys.172", i64 12
  store i32 0, ptr %".3464", align 4
  %".3466" = trunc i64 %".3405" to i16
  %".3467" = getelementptr i8, ptr %"keys.172", i64 2
  store i16 %".3466", ptr %".3467", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3478" = trunc i64 %"cursor.48" to i32
  %".3479" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3478", [40 x i8]* %"header_copy", i32 8)
  %".3480" = icmp eq i64 %".3479", 0
  %".3481" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3482" = load i32, ptr %".3481", align 4
  %".3483" = zext i32 %".3482" to i64
  %"data.175" = inttoptr i64 %".3483" to ptr
  %".3484" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3485" = load i32, ptr %".3484", align 4
  %".3486" = zext i32 %".3485" to i64
  %"data_end.175" = inttoptr i64 %".3486" to ptr
  %".3487" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.175" = load ptr, ptr %".3487", align 8
  %".3488" = xor i1 %".3480", -1
  br i1 %".3488", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3490" = trunc i64 %"cursor.48" to i16
  %".3491" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".3490", ptr %".3491", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3494" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3495" = load volatile i8, [40 x i8]* %".3494", align 1
  %".3496" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3497" = load volatile i16, [40 x i8]* %".3496", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3508" = getelementptr i8, ptr %"keys.176", i64 6
  store i8 1, ptr %".3508", align 1
  br i1 %".3506", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3511" = getelementptr i8, ptr %"keys.176", i64 7
  store i8 1, ptr %".3511", align 1
  %".3513" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.60" = load volatile i32, ptr %".3513", align 4
  %".3514" = and i32 %"flags.60", 1
  %".3515" = icmp ne i32 %".3514", 0
  %".3516" = xor i1 %".3515", -1
  br i1 %".3516", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3523" = trunc i64 %".3501" to i16
  %".3524" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3523", ptr %".3524", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3518" = trunc i64 %".3501" to i16
  %".3519" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3518", ptr %".3519", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3530" = trunc i64 %".3501" to i16
  %".3531" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3530", ptr %".3531", align 2
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
  %".3547" = trunc i64 34887 to i16
  %".3548" = call i16 @"llvm.bswap.i16"(i16 %".3547")
  %".3549" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3548", ptr %".3549", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3552" = trunc i64 2048 to i16
  %".3553" = call i16 @"llvm.bswap.i16"(i16 %".3552")
  %".3554" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3553", ptr %".3554", align 2
  %".3556" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3556", align 1
  %".3558" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.61" = load volatile i32, ptr %".3558", align 4
  %".3559" = and i32 %"flags.61", 4
  %".3560" = icmp ne i32 %".3559", 0
  br i1 %".3560", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3572" = trunc i64 34525 to i16
  %".3573" = call i16 @"llvm.bswap.i16"(i16 %".3572")
  %".3574" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3573", ptr %".3574", align 2
  %".3576" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3576", align 1
  %".3578" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.62" = load volatile i32, ptr %".3578", align 4
  %".3579" = and i32 %"flags.62", 4
  %".3580" = icmp ne i32 %".3579", 0
  br i1 %".3580", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3562" = trunc i64 %".3501" to i16
  %".3563" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3562", ptr %".3563", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3566" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3566", align 4
  %".3568" = trunc i64 %".3501" to i16
  %".3569" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3568", ptr %".3569", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3582" = trunc i64 %".3501" to i16
  %".3583" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3582", ptr %".3583", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3586" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3586", align 4
  %".3588" = trunc i64 %".3501" to i16
  %".3589" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3588", ptr %".3589", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3600" = trunc i64 %"cursor.49" to i32
  %".3601" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3600", [40 x i8]* %"header_copy", i32 2)
  %".3602" = icmp eq i64 %".3601", 0
  %".3603" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3604" = load i32, ptr %".3603", align 4
  %".3605" = zext i32 %".3604" to i64
  %"data.177" = inttoptr i64 %".3605" to ptr
  %".3606" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3607" = load i32, ptr %".3606", align 4
  %".3608" = zext i32 %".3607" to i64
  %"data_end.177" = inttoptr i64 %".3608" to ptr
  %".3609" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.177" = load ptr, ptr %".3609", align 8
  %".3610" = xor i1 %".3602", -1
  br i1 %".3610", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3612" = trunc i64 %"cursor.49" to i16
  %".3613" = getelementptr i8, ptr %"keys.177", i64 2
  store i16 %".3612", ptr %".3613", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3616" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3617" = load volatile i8, [40 x i8]* %".3616", align 1
  %".3618" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3619" = load volatile i8, [40 x i8]* %".3618", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3631" = trunc i64 %".3628" to i16
  %".3632" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3631", ptr %".3632", align 2
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
  %".3648" = trunc i64 34887 to i16
  %".3649" = call i16 @"llvm.bswap.i16"(i16 %".3648")
  %".3650" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".3649", ptr %".3650", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3653" = trunc i64 2048 to i16
  %".3654" = call i16 @"llvm.bswap.i16"(i16 %".3653")
  %".3655" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".3654", ptr %".3655", align 2
  %".3657" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".3657", align 1
  %".3659" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.63" = load volatile i32, ptr %".3659", align 4
  %".3660" = and i32 %"flags.63", 4
  %".3661" = icmp ne i32 %".3660", 0
  br i1 %".3661", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3670" = trunc i64 34525 to i16
  %".3671" = call i16 @"llvm.bswap.i16"(i16 %".3670")
  %".3672" = getelementptr i8, ptr %"keys.178", i64 10
  store i16 %".3671", ptr %".3672", align 2
  %".3674" = getelementptr i8, ptr %"keys.178", i64 8
  store i8 1, ptr %".3674", align 1
  %".3676" = getelementptr i8, ptr %"keys.178", i64 48
  %"flags.64" = load volatile i32, ptr %".3676", align 4
  %".3677" = and i32 %"flags.64", 4
  %".3678" = icmp ne i32 %".3677", 0
  br i1 %".3678", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.68" = phi  i64 [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".6132", %"widening.test.8"]
  %"data.179" = phi  ptr [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.274", %"widening.test.8"]
  %"data_end.179" = phi  ptr [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.274", %"widening.test.8"]
  %"keys.179" = phi  ptr [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.60" = getelementptr i8, ptr %"data.179", i64 %"cursor.68"
  %".5042" = getelementptr i8, ptr %"hdr.60", i64 2
  %".5043" = icmp ugt ptr %".5042", %"data_end.179"
  br i1 %".5043", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5045" = getelementptr i8, ptr %"hdr.60", i64 0
  %".5046" = load i8, ptr %".5045", align 1
  %".5047" = getelementptr i8, ptr %"hdr.60", i64 1
  %".5048" = load i8, ptr %".5047", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".5046", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5067", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5048", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5069", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.232" = phi  ptr [%"data.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.232" = phi  ptr [%"data_end.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.232" = phi  ptr [%"keys.179", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5071" = getelementptr i8, ptr %"keys.232", i64 9
  store i8 %"w0_1.23", ptr %".5071", align 1
  %".5073" = add i64 %"cursor.68", 2
  %".5074" = zext i8 %"w1_1.14" to i64
  %".5075" = mul i64 %".5074", 8
  %".5076" = add i64 %".5075", 6
  %".5077" = add i64 %".5076", 2
  %".5078" = add i64 %"cursor.68", %".5077"
  %".5079" = zext i8 %"w0_1.23" to i64
  switch i64 %".5079", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.69" = phi  i64 [%".3628", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3718", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".6121", %"widening.test.7"]
  %"data.180" = phi  ptr [%"data.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.273", %"widening.test.7"]
  %"data_end.180" = phi  ptr [%"data_end.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.273", %"widening.test.7"]
  %"keys.180" = phi  ptr [%"keys.178", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.182", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.61" = getelementptr i8, ptr %"data.180", i64 %"cursor.69"
  %".5149" = getelementptr i8, ptr %"hdr.61", i64 8
  %".5150" = icmp ugt ptr %".5149", %"data_end.180"
  br i1 %".5150", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5152" = getelementptr i8, ptr %"hdr.61", i64 0
  %".5153" = load i8, ptr %".5152", align 1
  %".5154" = getelementptr i8, ptr %"hdr.61", i64 2
  %".5155" = load i16, ptr %".5154", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.24" = phi  i8 [%".5153", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5174", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".5155", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5176", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.234" = phi  ptr [%"data.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.234" = phi  ptr [%"data_end.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.234" = phi  ptr [%"keys.180", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5178" = getelementptr i8, ptr %"keys.234", i64 9
  store i8 %"w0_1.24", ptr %".5178", align 1
  %".5180" = add i64 %"cursor.69", 8
  %".5181" = icmp ne i64 1, 0
  %".5182" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".5183" = zext i16 %".5182" to i64
  %".5184" = and i64 %".5183", 65528
  %".5185" = icmp eq i64 %".5184", 0
  br i1 %".5181", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5207" = zext i8 %"w0_1.24" to i64
  switch i64 %".5207", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3663" = trunc i64 %".3628" to i16
  %".3664" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3663", ptr %".3664", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3667" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".3667", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3680" = trunc i64 %".3628" to i16
  %".3681" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3680", ptr %".3681", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3684" = getelementptr i8, ptr %"keys.178", i64 12
  store i32 0, ptr %".3684", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3695" = trunc i64 %"cursor.50" to i32
  %".3696" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3695", [40 x i8]* %"header_copy", i32 8)
  %".3697" = icmp eq i64 %".3696", 0
  %".3698" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3699" = load i32, ptr %".3698", align 4
  %".3700" = zext i32 %".3699" to i64
  %"data.181" = inttoptr i64 %".3700" to ptr
  %".3701" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3702" = load i32, ptr %".3701", align 4
  %".3703" = zext i32 %".3702" to i64
  %"data_end.181" = inttoptr i64 %".3703" to ptr
  %".3704" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.181" = load ptr, ptr %".3704", align 8
  %".3705" = xor i1 %".3697", -1
  br i1 %".3705", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3707" = trunc i64 %"cursor.50" to i16
  %".3708" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".3707", ptr %".3708", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3711" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3712" = load volatile i8, [40 x i8]* %".3711", align 1
  %".3713" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3714" = load volatile i16, [40 x i8]* %".3713", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3725" = getelementptr i8, ptr %"keys.182", i64 6
  store i8 1, ptr %".3725", align 1
  br i1 %".3723", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3728" = getelementptr i8, ptr %"keys.182", i64 7
  store i8 1, ptr %".3728", align 1
  %".3730" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.65" = load volatile i32, ptr %".3730", align 4
  %".3731" = and i32 %"flags.65", 1
  %".3732" = icmp ne i32 %".3731", 0
  %".3733" = xor i1 %".3732", -1
  br i1 %".3733", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3740" = trunc i64 %".3718" to i16
  %".3741" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3740", ptr %".3741", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3735" = trunc i64 %".3718" to i16
  %".3736" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3735", ptr %".3736", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3747" = trunc i64 %".3718" to i16
  %".3748" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3747", ptr %".3748", align 2
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
  %".3764" = trunc i64 34887 to i16
  %".3765" = call i16 @"llvm.bswap.i16"(i16 %".3764")
  %".3766" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".3765", ptr %".3766", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3769" = trunc i64 2048 to i16
  %".3770" = call i16 @"llvm.bswap.i16"(i16 %".3769")
  %".3771" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".3770", ptr %".3771", align 2
  %".3773" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".3773", align 1
  %".3775" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.66" = load volatile i32, ptr %".3775", align 4
  %".3776" = and i32 %"flags.66", 4
  %".3777" = icmp ne i32 %".3776", 0
  br i1 %".3777", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3786" = trunc i64 34525 to i16
  %".3787" = call i16 @"llvm.bswap.i16"(i16 %".3786")
  %".3788" = getelementptr i8, ptr %"keys.182", i64 10
  store i16 %".3787", ptr %".3788", align 2
  %".3790" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".3790", align 1
  %".3792" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.67" = load volatile i32, ptr %".3792", align 4
  %".3793" = and i32 %"flags.67", 4
  %".3794" = icmp ne i32 %".3793", 0
  br i1 %".3794", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3779" = trunc i64 %".3718" to i16
  %".3780" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3779", ptr %".3780", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3783" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".3783", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3796" = trunc i64 %".3718" to i16
  %".3797" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".3796", ptr %".3797", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3800" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".3800", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3810" = trunc i64 %"cursor.51" to i32
  %".3811" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".3810", [40 x i8]* %"header_copy", i32 4)
  %".3812" = icmp eq i64 %".3811", 0
  %".3813" = getelementptr i8, ptr %"ctx.54", i64 76
  %".3814" = load i32, ptr %".3813", align 4
  %".3815" = zext i32 %".3814" to i64
  %"data.183" = inttoptr i64 %".3815" to ptr
  %".3816" = getelementptr i8, ptr %"ctx.54", i64 80
  %".3817" = load i32, ptr %".3816", align 4
  %".3818" = zext i32 %".3817" to i64
  %"data_end.183" = inttoptr i64 %".3818" to ptr
  %".3819" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.183" = load ptr, ptr %".3819", align 8
  %".3820" = xor i1 %".3812", -1
  br i1 %".3820", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".3822" = trunc i64 %".3803" to i16
  %".3823" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".3822", ptr %".3823", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".3826" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3827" = load volatile i8, [40 x i8]* %".3826", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".3833" = trunc i64 %".3829" to i16
  %".3834" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".3833", ptr %".3834", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_ip_version:
  %".3838" = getelementptr i8, ptr %"keys.184", i64 8
  store i8 1, ptr %".3838", align 1
  %".3840" = getelementptr i8, ptr %"keys.184", i64 48
  %"flags.68" = load volatile i32, ptr %".3840", align 4
  %".3841" = and i32 %"flags.68", 4
  %".3842" = icmp ne i32 %".3841", 0
  br i1 %".3842", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels3.stop_at_encap:
  %".3844" = trunc i64 %".3829" to i16
  %".3845" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".3844", ptr %".3845", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".3848" = getelementptr i8, ptr %"keys.184", i64 12
  store i32 0, ptr %".3848", align 4
  br label %"ip_version_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3857" = trunc i64 %"cursor.52" to i32
  %".3858" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".3857", [40 x i8]* %"header_copy", i32 4)
  %".3859" = icmp eq i64 %".3858", 0
  %".3860" = getelementptr i8, ptr %"ctx.55", i64 76
  %".3861" = load i32, ptr %".3860", align 4
  %".3862" = zext i32 %".3861" to i64
  %"data.186" = inttoptr i64 %".3862" to ptr
  %".3863" = getelementptr i8, ptr %"ctx.55", i64 80
  %".3864" = load i32, ptr %".3863", align 4
  %".3865" = zext i32 %".3864" to i64
  %"data_end.186" = inttoptr i64 %".3865" to ptr
  %".3866" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.186" = load ptr, ptr %".3866", align 8
  %".3867" = xor i1 %".3859", -1
  br i1 %".3867", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3869" = trunc i64 %"cursor.52" to i16
  %".3870" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".3869", ptr %".3870", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3873" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3874" = load volatile i16, [40 x i8]* %".3873", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".3885" = trunc i64 %".3878" to i16
  %".3886" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3885", ptr %".3886", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".3891" = trunc i64 %".3878" to i16
  %".3892" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3891", ptr %".3892", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".3895" = trunc i64 %".3878" to i16
  %".3896" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3895", ptr %".3896", align 2
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
  %".3908" = trunc i64 %".3878" to i16
  %".3909" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3908", ptr %".3909", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".3912" = trunc i64 %".3878" to i16
  %".3913" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".3912", ptr %".3913", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3923" = trunc i64 %"cursor.53" to i32
  %".3924" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".3923", [40 x i8]* %"header_copy", i32 6)
  %".3925" = icmp eq i64 %".3924", 0
  %".3926" = getelementptr i8, ptr %"ctx.56", i64 76
  %".3927" = load i32, ptr %".3926", align 4
  %".3928" = zext i32 %".3927" to i64
  %"data.188" = inttoptr i64 %".3928" to ptr
  %".3929" = getelementptr i8, ptr %"ctx.56", i64 80
  %".3930" = load i32, ptr %".3929", align 4
  %".3931" = zext i32 %".3930" to i64
  %"data_end.188" = inttoptr i64 %".3931" to ptr
  %".3932" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.188" = load ptr, ptr %".3932", align 8
  %".3933" = xor i1 %".3925", -1
  br i1 %".3933", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".3935" = trunc i64 %"cursor.53" to i16
  %".3936" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".3935", ptr %".3936", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".3939" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".3940" = load volatile i16, [40 x i8]* %".3939", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".3951" = trunc i64 %".3944" to i16
  %".3952" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3951", ptr %".3952", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".3957" = trunc i64 %".3944" to i16
  %".3958" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3957", ptr %".3958", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".3961" = trunc i64 %".3944" to i16
  %".3962" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3961", ptr %".3962", align 2
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
  %".3974" = trunc i64 %".3944" to i16
  %".3975" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3974", ptr %".3975", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".3978" = trunc i64 %".3944" to i16
  %".3979" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".3978", ptr %".3979", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
mpls_d1_mpls_labels2.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3990" = trunc i64 %"cursor.54" to i32
  %".3991" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".3990", [40 x i8]* %"header_copy", i32 4)
  %".3992" = icmp eq i64 %".3991", 0
  %".3993" = getelementptr i8, ptr %"ctx.57", i64 76
  %".3994" = load i32, ptr %".3993", align 4
  %".3995" = zext i32 %".3994" to i64
  %"data.190" = inttoptr i64 %".3995" to ptr
  %".3996" = getelementptr i8, ptr %"ctx.57", i64 80
  %".3997" = load i32, ptr %".3996", align 4
  %".3998" = zext i32 %".3997" to i64
  %"data_end.190" = inttoptr i64 %".3998" to ptr
  %".3999" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.190" = load ptr, ptr %".3999", align 8
  %".4000" = xor i1 %".3992", -1
  br i1 %".4000", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".4002" = trunc i64 %".3983" to i16
  %".4003" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".4002", ptr %".4003", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".4006" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4007" = load volatile i8, [40 x i8]* %".4006", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".4013" = trunc i64 %".4009" to i16
  %".4014" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4013", ptr %".4014", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_ip_version:
  %".4018" = getelementptr i8, ptr %"keys.191", i64 8
  store i8 1, ptr %".4018", align 1
  %".4020" = getelementptr i8, ptr %"keys.191", i64 48
  %"flags.69" = load volatile i32, ptr %".4020", align 4
  %".4021" = and i32 %"flags.69", 4
  %".4022" = icmp ne i32 %".4021", 0
  br i1 %".4022", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels2.stop_at_encap:
  %".4024" = trunc i64 %".4009" to i16
  %".4025" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4024", ptr %".4025", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".4028" = getelementptr i8, ptr %"keys.191", i64 12
  store i32 0, ptr %".4028", align 4
  %".4030" = trunc i64 %".4009" to i16
  %".4031" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4030", ptr %".4031", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4040" = trunc i64 %"cursor.55" to i32
  %".4041" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4040", [40 x i8]* %"header_copy", i32 14)
  %".4042" = icmp eq i64 %".4041", 0
  %".4043" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4044" = load i32, ptr %".4043", align 4
  %".4045" = zext i32 %".4044" to i64
  %"data.193" = inttoptr i64 %".4045" to ptr
  %".4046" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4047" = load i32, ptr %".4046", align 4
  %".4048" = zext i32 %".4047" to i64
  %"data_end.193" = inttoptr i64 %".4048" to ptr
  %".4049" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.193" = load ptr, ptr %".4049", align 8
  %".4050" = xor i1 %".4042", -1
  br i1 %".4050", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4052" = trunc i64 %"cursor.55" to i16
  %".4053" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4052", ptr %".4053", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4056" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4057" = load volatile i16, [40 x i8]* %".4056", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4065" = trunc i64 %".4061" to i16
  %".4066" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4065", ptr %".4066", align 2
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
  %".4089" = trunc i64 %"cursor.56" to i32
  %".4090" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4089", [40 x i8]* %"header_copy", i32 4)
  %".4091" = icmp eq i64 %".4090", 0
  %".4092" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4093" = load i32, ptr %".4092", align 4
  %".4094" = zext i32 %".4093" to i64
  %"data.195" = inttoptr i64 %".4094" to ptr
  %".4095" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4096" = load i32, ptr %".4095", align 4
  %".4097" = zext i32 %".4096" to i64
  %"data_end.195" = inttoptr i64 %".4097" to ptr
  %".4098" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.195" = load ptr, ptr %".4098", align 8
  %".4099" = xor i1 %".4091", -1
  br i1 %".4099", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4101" = trunc i64 %"cursor.56" to i16
  %".4102" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4101", ptr %".4102", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4108" = trunc i64 %".4106" to i16
  %".4109" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".4108", ptr %".4109", align 2
  br label %"return"
gtpu_seq_d1.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4117" = trunc i64 %"cursor.57" to i32
  %".4118" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4117", [40 x i8]* %"header_copy", i32 3)
  %".4119" = icmp eq i64 %".4118", 0
  %".4120" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4121" = load i32, ptr %".4120", align 4
  %".4122" = zext i32 %".4121" to i64
  %"data.197" = inttoptr i64 %".4122" to ptr
  %".4123" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4124" = load i32, ptr %".4123", align 4
  %".4125" = zext i32 %".4124" to i64
  %"data_end.197" = inttoptr i64 %".4125" to ptr
  %".4126" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.197" = load ptr, ptr %".4126", align 8
  %".4127" = xor i1 %".4119", -1
  br i1 %".4127", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4129" = trunc i64 %"cursor.57" to i16
  %".4130" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4129", ptr %".4130", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4136" = trunc i64 %".4134" to i16
  %".4137" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4136", ptr %".4137", align 2
  br label %"return"
ppp_d0.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4147" = trunc i64 %"cursor.58" to i32
  %".4148" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4147", [40 x i8]* %"header_copy", i32 4)
  %".4149" = icmp eq i64 %".4148", 0
  %".4150" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4151" = load i32, ptr %".4150", align 4
  %".4152" = zext i32 %".4151" to i64
  %"data.200" = inttoptr i64 %".4152" to ptr
  %".4153" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4154" = load i32, ptr %".4153", align 4
  %".4155" = zext i32 %".4154" to i64
  %"data_end.200" = inttoptr i64 %".4155" to ptr
  %".4156" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.200" = load ptr, ptr %".4156", align 8
  %".4157" = xor i1 %".4149", -1
  br i1 %".4157", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4159" = trunc i64 %"cursor.58" to i16
  %".4160" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4159", ptr %".4160", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4163" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4164" = load volatile i16, [40 x i8]* %".4163", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4170" = and i64 %".4168", 0
  %".4171" = icmp eq i64 %".4170", 0
  br i1 %".4171", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv6:
  %".4194" = trunc i64 34525 to i16
  %".4195" = call i16 @"llvm.bswap.i16"(i16 %".4194")
  %".4196" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".4195", ptr %".4196", align 2
  %".4198" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4198", align 1
  %".4200" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.71" = load volatile i32, ptr %".4200", align 4
  %".4201" = and i32 %"flags.71", 4
  %".4202" = icmp ne i32 %".4201", 0
  br i1 %".4202", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4211" = trunc i64 34827 to i16
  %".4212" = call i16 @"llvm.bswap.i16"(i16 %".4211")
  %".4213" = getelementptr i8, ptr %"keys.201", i64 10
  store i16 %".4212", ptr %".4213", align 2
  %".4215" = getelementptr i8, ptr %"keys.201", i64 8
  store i8 1, ptr %".4215", align 1
  %".4217" = getelementptr i8, ptr %"keys.201", i64 48
  %"flags.72" = load volatile i32, ptr %".4217", align 4
  %".4218" = and i32 %"flags.72", 4
  %".4219" = icmp ne i32 %".4218", 0
  br i1 %".4219", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4173" = trunc i64 %".4166" to i16
  %".4174" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4173", ptr %".4174", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4187" = trunc i64 %".4166" to i16
  %".4188" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4187", ptr %".4188", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4191" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4191", align 4
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4204" = trunc i64 %".4166" to i16
  %".4205" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4204", ptr %".4205", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4208" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4208", align 4
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4221" = trunc i64 %".4166" to i16
  %".4222" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4221", ptr %".4222", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".4225" = getelementptr i8, ptr %"keys.201", i64 12
  store i32 0, ptr %".4225", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.73" = phi  i64 [%".4166", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.202" = phi  ptr [%"data.201", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.202" = phi  ptr [%"data_end.201", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.202" = phi  ptr [%"keys.201", %"ppp_d0.stop_at_encap.endif.2"]
  %".5417" = add i64 %"cursor.73", 0
  %".5418" = trunc i64 %".5417" to i16
  %".5419" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".5418", ptr %".5419", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4232" = trunc i64 %"cursor.59" to i32
  %".4233" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4232", [40 x i8]* %"header_copy", i32 8)
  %".4234" = icmp eq i64 %".4233", 0
  %".4235" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4236" = load i32, ptr %".4235", align 4
  %".4237" = zext i32 %".4236" to i64
  %"data.203" = inttoptr i64 %".4237" to ptr
  %".4238" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4239" = load i32, ptr %".4238", align 4
  %".4240" = zext i32 %".4239" to i64
  %"data_end.203" = inttoptr i64 %".4240" to ptr
  %".4241" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.203" = load ptr, ptr %".4241", align 8
  %".4242" = xor i1 %".4234", -1
  br i1 %".4242", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".4244" = trunc i64 %"cursor.59" to i16
  %".4245" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".4244", ptr %".4245", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".4256" = trunc i64 %".4249" to i16
  %".4257" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4256", ptr %".4257", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".4260" = getelementptr i8, ptr %"keys.204", i64 12
  store i32 0, ptr %".4260", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.to_ethernet:
  %".4267" = trunc i64 %".4249" to i16
  %".4268" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4267", ptr %".4268", align 2
  br label %"return"
vxlan_d1.unknown:
  %".4263" = trunc i64 %".4249" to i16
  %".4264" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4263", ptr %".4264", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4279" = trunc i64 %"cursor.60" to i32
  %".4280" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4279", [40 x i8]* %"header_copy", i32 8)
  %".4281" = icmp eq i64 %".4280", 0
  %".4282" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4283" = load i32, ptr %".4282", align 4
  %".4284" = zext i32 %".4283" to i64
  %"data.205" = inttoptr i64 %".4284" to ptr
  %".4285" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4286" = load i32, ptr %".4285", align 4
  %".4287" = zext i32 %".4286" to i64
  %"data_end.205" = inttoptr i64 %".4287" to ptr
  %".4288" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.205" = load ptr, ptr %".4288", align 8
  %".4289" = xor i1 %".4281", -1
  br i1 %".4289", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4291" = trunc i64 %"cursor.60" to i16
  %".4292" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4291", ptr %".4292", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4295" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4296" = load volatile i8, [40 x i8]* %".4295", align 1
  %".4297" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4298" = load volatile i16, [40 x i8]* %".4297", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4305" = trunc i64 %"cursor.60" to i16
  %".4306" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4305", ptr %".4306", align 2
  br label %"return"
geneve_d1.variable:
  %".4315" = zext i8 %"w0_1.18" to i64
  %".4316" = and i64 %".4315", 63
  %".4317" = mul i64 %".4316", 4
  %".4318" = add i64 %".4317", 8
  %".4319" = getelementptr i8, ptr %"data.206", i64 %"cursor.60"
  %".4320" = getelementptr i8, ptr %".4319", i64 %".4318"
  %".4321" = icmp ugt ptr %".4320", %"data_end.206"
  br i1 %".4321", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.208" = phi  ptr [%"data.206", %"geneve_d1.variable"], [%"data.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.206", %"geneve_d1.variable"], [%"data_end.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.206", %"geneve_d1.variable"], [%"keys.207", %"geneve_d1.copy_last_byte_failed.endif"]
  %".4342" = add i64 %"cursor.60", %".4318"
  br label %"geneve_d1.variable.endif"
geneve_d1.copy_last_byte:
  %".4323" = add i64 %"cursor.60", %".4318"
  %".4324" = sub i64 %".4323", 1
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4325" = trunc i64 %".4324" to i32
  %".4326" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4325", i64* %"last_byte", i32 1)
  %".4327" = icmp eq i64 %".4326", 0
  %".4328" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4329" = load i32, ptr %".4328", align 4
  %".4330" = zext i32 %".4329" to i64
  %"data.207" = inttoptr i64 %".4330" to ptr
  %".4331" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4332" = load i32, ptr %".4331", align 4
  %".4333" = zext i32 %".4332" to i64
  %"data_end.207" = inttoptr i64 %".4333" to ptr
  %".4334" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.207" = load ptr, ptr %".4334", align 8
  %".4335" = xor i1 %".4327", -1
  br i1 %".4335", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4337" = trunc i64 %"cursor.60" to i16
  %".4338" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".4337", ptr %".4338", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4350" = trunc i64 %"end.7" to i16
  %".4351" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4350", ptr %".4351", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".4354" = getelementptr i8, ptr %"keys.209", i64 12
  store i32 0, ptr %".4354", align 4
  %".4356" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".4357" = zext i16 %".4356" to i64
  switch i64 %".4357", label %"geneve_d1.unknown" [i64 25944, label %"geneve_d1.to_ethernet" i64 2048, label %"geneve_d1.to_ipv4" i64 34525, label %"geneve_d1.to_ipv6"]  , !prof !5
geneve_d1.to_ethernet:
  %".4363" = trunc i64 %"end.7" to i16
  %".4364" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4363", ptr %".4364", align 2
  br label %"return"
geneve_d1.unknown:
  %".4359" = trunc i64 %"end.7" to i16
  %".4360" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4359", ptr %".4360", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4367" = trunc i64 %"end.7" to i16
  %".4368" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4367", ptr %".4368", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4371" = trunc i64 %"end.7" to i16
  %".4372" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4371", ptr %".4372", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4383" = trunc i64 %"cursor.61" to i32
  %".4384" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4383", [40 x i8]* %"header_copy", i32 4)
  %".4385" = icmp eq i64 %".4384", 0
  %".4386" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4387" = load i32, ptr %".4386", align 4
  %".4388" = zext i32 %".4387" to i64
  %"data.210" = inttoptr i64 %".4388" to ptr
  %".4389" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4390" = load i32, ptr %".4389", align 4
  %".4391" = zext i32 %".4390" to i64
  %"data_end.210" = inttoptr i64 %".4391" to ptr
  %".4392" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.210" = load ptr, ptr %".4392", align 8
  %".4393" = xor i1 %".4385", -1
  br i1 %".4393", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4395" = trunc i64 %"cursor.61" to i16
  %".4396" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4395", ptr %".4396", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4399" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4400" = load volatile i8, [40 x i8]* %".4399", align 1
  %".4401" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4402" = load volatile i8, [40 x i8]* %".4401", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4414" = trunc i64 %"cursor.61" to i16
  %".4415" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4414", ptr %".4415", align 2
  br label %"return"
gue_d1.variable:
  %".4424" = zext i8 %"w0_1.19" to i64
  %".4425" = and i64 %".4424", 31
  %".4426" = mul i64 %".4425", 4
  %".4427" = add i64 %".4426", 4
  %".4428" = getelementptr i8, ptr %"data.211", i64 %"cursor.61"
  %".4429" = getelementptr i8, ptr %".4428", i64 %".4427"
  %".4430" = icmp ugt ptr %".4429", %"data_end.211"
  br i1 %".4430", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.213" = phi  ptr [%"data.211", %"gue_d1.variable"], [%"data.212", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.213" = phi  ptr [%"data_end.211", %"gue_d1.variable"], [%"data_end.212", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.213" = phi  ptr [%"keys.211", %"gue_d1.variable"], [%"keys.212", %"gue_d1.copy_last_byte_failed.endif"]
  %".4451" = add i64 %"cursor.61", %".4427"
  br label %"gue_d1.variable.endif"
gue_d1.copy_last_byte:
  %".4432" = add i64 %"cursor.61", %".4427"
  %".4433" = sub i64 %".4432", 1
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4434" = trunc i64 %".4433" to i32
  %".4435" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4434", i64* %"last_byte", i32 1)
  %".4436" = icmp eq i64 %".4435", 0
  %".4437" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4438" = load i32, ptr %".4437", align 4
  %".4439" = zext i32 %".4438" to i64
  %"data.212" = inttoptr i64 %".4439" to ptr
  %".4440" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4441" = load i32, ptr %".4440", align 4
  %".4442" = zext i32 %".4441" to i64
  %"data_end.212" = inttoptr i64 %".4442" to ptr
  %".4443" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.212" = load ptr, ptr %".4443", align 8
  %".4444" = xor i1 %".4436", -1
  br i1 %".4444", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4446" = trunc i64 %"cursor.61" to i16
  %".4447" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4446", ptr %".4447", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4459" = trunc i64 %"end.8" to i16
  %".4460" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4459", ptr %".4460", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".4463" = getelementptr i8, ptr %"keys.214", i64 12
  store i32 0, ptr %".4463", align 4
  %".4465" = zext i8 %"w1_1.11" to i64
  switch i64 %".4465", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.to_ipv4:
  %".4471" = trunc i64 %"end.8" to i16
  %".4472" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4471", ptr %".4472", align 2
  br label %"return"
gue_d1.unknown:
  %".4467" = trunc i64 %"end.8" to i16
  %".4468" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4467", ptr %".4468", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4475" = trunc i64 %"end.8" to i16
  %".4476" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4475", ptr %".4476", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4487" = trunc i64 %"cursor.62" to i32
  %".4488" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4487", [40 x i8]* %"header_copy", i32 8)
  %".4489" = icmp eq i64 %".4488", 0
  %".4490" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4491" = load i32, ptr %".4490", align 4
  %".4492" = zext i32 %".4491" to i64
  %"data.215" = inttoptr i64 %".4492" to ptr
  %".4493" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4494" = load i32, ptr %".4493", align 4
  %".4495" = zext i32 %".4494" to i64
  %"data_end.215" = inttoptr i64 %".4495" to ptr
  %".4496" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.215" = load ptr, ptr %".4496", align 8
  %".4497" = xor i1 %".4489", -1
  br i1 %".4497", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4499" = trunc i64 %"cursor.62" to i16
  %".4500" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".4499", ptr %".4500", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".4503" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4504" = load volatile i8, [40 x i8]* %".4503", align 1
  %".4505" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4506" = load volatile i8, [40 x i8]* %".4505", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".4521" = trunc i64 %"cursor.62" to i16
  %".4522" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4521", ptr %".4522", align 2
  br label %"return"
gtpu_d1.stop_at_encap:
  %".4532" = trunc i64 %".4525" to i16
  %".4533" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4532", ptr %".4533", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".4536" = getelementptr i8, ptr %"keys.216", i64 12
  store i32 0, ptr %".4536", align 4
  %".4538" = zext i8 %"w0_1.20" to i64
  %".4539" = lshr i64 %".4538", 2
  %".4540" = and i64 %".4539", 1
  %".4541" = mul i64 %".4540", 4
  %".4542" = zext i8 %"w0_1.20" to i64
  %".4543" = lshr i64 %".4542", 1
  %".4544" = and i64 %".4543", 1
  %".4545" = mul i64 %".4544", 2
  %".4546" = add i64 %".4541", %".4545"
  %".4547" = zext i8 %"w0_1.20" to i64
  %".4548" = and i64 %".4547", 1
  %".4549" = add i64 %".4546", %".4548"
  %".4550" = icmp uge i64 %".4549", 1
  %".4551" = icmp ule i64 %".4549", 3
  %".4552" = and i1 %".4550", %".4551"
  br i1 %".4552", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".4559" = trunc i64 %".4525" to i16
  %".4560" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4559", ptr %".4560", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4567" = trunc i64 %".4525" to i16
  %".4568" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4567", ptr %".4568", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4571" = trunc i64 %".4525" to i16
  %".4572" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4571", ptr %".4572", align 2
  br label %"return"
gtpu_d1.select:
  %".4554" = icmp uge i64 %".4549", 4
  %".4555" = icmp ule i64 %".4549", 7
  %".4556" = and i1 %".4554", %".4555"
  br i1 %".4556", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".4549", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
gtpu_d1.to_ip_version:
  %".4563" = trunc i64 %".4525" to i16
  %".4564" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4563", ptr %".4564", align 2
  br label %"return"
shim_d1.copy:
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4581" = trunc i64 %"cursor.63" to i32
  %".4582" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4581", [40 x i8]* %"header_copy", i32 8)
  %".4583" = icmp eq i64 %".4582", 0
  %".4584" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4585" = load i32, ptr %".4584", align 4
  %".4586" = zext i32 %".4585" to i64
  %"data.217" = inttoptr i64 %".4586" to ptr
  %".4587" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4588" = load i32, ptr %".4587", align 4
  %".4589" = zext i32 %".4588" to i64
  %"data_end.217" = inttoptr i64 %".4589" to ptr
  %".4590" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.217" = load ptr, ptr %".4590", align 8
  %".4591" = xor i1 %".4583", -1
  br i1 %".4591", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4593" = trunc i64 %"cursor.63" to i16
  %".4594" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".4593", ptr %".4594", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4597" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4598" = load volatile i16, [40 x i8]* %".4597", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4607" = trunc i64 %".4600" to i16
  %".4608" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4607", ptr %".4608", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".4611" = getelementptr i8, ptr %"keys.218", i64 12
  store i32 0, ptr %".4611", align 4
  %".4613" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4614" = zext i16 %".4613" to i64
  switch i64 %".4614", label %"shim_d1.unknown" [i64 2048, label %"shim_d1.to_ipv4"]
shim_d1.to_ipv4:
  %".4620" = trunc i64 %".4600" to i16
  %".4621" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4620", ptr %".4621", align 2
  br label %"return"
shim_d1.unknown:
  %".4616" = trunc i64 %".4600" to i16
  %".4617" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4616", ptr %".4617", align 2
  br label %"return"
gre_d1.variable:
  %".4630" = zext i8 %"w0_1.13" to i64
  %".4631" = lshr i64 %".4630", 7
  %".4632" = and i64 %".4631", 1
  %".4633" = zext i8 %"w0_1.13" to i64
  %".4634" = lshr i64 %".4633", 5
  %".4635" = and i64 %".4634", 1
  %".4636" = add i64 %".4632", %".4635"
  %".4637" = zext i8 %"w0_1.13" to i64
  %".4638" = lshr i64 %".4637", 4
  %".4639" = and i64 %".4638", 1
  %".4640" = add i64 %".4636", %".4639"
  %".4641" = mul i64 %".4640", 4
  %".4642" = add i64 %".4641", 4
  %".4643" = getelementptr i8, ptr %"data.169", i64 %"cursor.64"
  %".4644" = getelementptr i8, ptr %".4643", i64 %".4642"
  %".4645" = icmp ugt ptr %".4644", %"data_end.169"
  br i1 %".4645", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.220" = phi  ptr [%"data.169", %"gre_d1.variable"], [%"data.219", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.220" = phi  ptr [%"data_end.169", %"gre_d1.variable"], [%"data_end.219", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.220" = phi  ptr [%"keys.169", %"gre_d1.variable"], [%"keys.219", %"gre_d1.copy_last_byte_failed.endif"]
  %".4666" = add i64 %"cursor.64", %".4642"
  br label %"gre_d1.variable.endif"
gre_d1.copy_last_byte:
  %".4647" = add i64 %"cursor.64", %".4642"
  %".4648" = sub i64 %".4647", 1
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4649" = trunc i64 %".4648" to i32
  %".4650" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".4649", i64* %"last_byte", i32 1)
  %".4651" = icmp eq i64 %".4650", 0
  %".4652" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4653" = load i32, ptr %".4652", align 4
  %".4654" = zext i32 %".4653" to i64
  %"data.219" = inttoptr i64 %".4654" to ptr
  %".4655" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4656" = load i32, ptr %".4655", align 4
  %".4657" = zext i32 %".4656" to i64
  %"data_end.219" = inttoptr i64 %".4657" to ptr
  %".4658" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.219" = load ptr, ptr %".4658", align 8
  %".4659" = xor i1 %".4651", -1
  br i1 %".4659", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4661" = trunc i64 %"cursor.64" to i16
  %".4662" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".4661", ptr %".4662", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4674" = trunc i64 %"end.9" to i16
  %".4675" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4674", ptr %".4675", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4678" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".4678", align 4
  %".4680" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".4681" = zext i16 %".4680" to i64
  switch i64 %".4681", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !6
gre_d1.to_ipv4:
  %".4687" = trunc i64 %"end.9" to i16
  %".4688" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4687", ptr %".4688", align 2
  br label %"return"
gre_d1.unknown:
  %".4683" = trunc i64 %"end.9" to i16
  %".4684" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4683", ptr %".4684", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4691" = trunc i64 %"end.9" to i16
  %".4692" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4691", ptr %".4692", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4695" = trunc i64 %"end.9" to i16
  %".4696" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4695", ptr %".4696", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4699" = trunc i64 %"end.9" to i16
  %".4700" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4699", ptr %".4700", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4703" = trunc i64 %"end.9" to i16
  %".4704" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4703", ptr %".4704", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4707" = trunc i64 %"end.9" to i16
  %".4708" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4707", ptr %".4708", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4711" = trunc i64 %"end.9" to i16
  %".4712" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4711", ptr %".4712", align 2
  br label %"return"
gre_d1.to_arp:
  %".4715" = trunc i64 %"end.9" to i16
  %".4716" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4715", ptr %".4716", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4719" = trunc i64 %"end.9" to i16
  %".4720" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4719", ptr %".4720", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4723" = trunc i64 %"end.9" to i16
  %".4724" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4723", ptr %".4724", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4727" = trunc i64 %"end.9" to i16
  %".4728" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4727", ptr %".4728", align 2
  br label %"return"
gre_d1.to_tipc:
  %".4731" = trunc i64 %"end.9" to i16
  %".4732" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4731", ptr %".4732", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".4735" = trunc i64 %"end.9" to i16
  %".4736" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4735", ptr %".4736", align 2
  br label %"return"
gre_d1.to_hsr:
  %".4739" = trunc i64 %"end.9" to i16
  %".4740" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4739", ptr %".4740", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".4743" = trunc i64 %"end.9" to i16
  %".4744" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4743", ptr %".4744", align 2
  br label %"return"
gre_d1.to_batadv:
  %".4747" = trunc i64 %"end.9" to i16
  %".4748" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4747", ptr %".4748", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".4751" = trunc i64 %"end.9" to i16
  %".4752" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".4751", ptr %".4752", align 2
  br label %"return"
pptp_d1.stop_before:
  %".4764" = trunc i64 %"cursor.65" to i16
  %".4765" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".4764", ptr %".4765", align 2
  br label %"return"
pptp_d1.copy_last_byte:
  %".4790" = add i64 %"cursor.65", %".4785"
  %".4791" = sub i64 %".4790", 1
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4792" = trunc i64 %".4791" to i32
  %".4793" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".4792", i64* %"last_byte", i32 1)
  %".4794" = icmp eq i64 %".4793", 0
  %".4795" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4796" = load i32, ptr %".4795", align 4
  %".4797" = zext i32 %".4796" to i64
  %"data.222" = inttoptr i64 %".4797" to ptr
  %".4798" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4799" = load i32, ptr %".4798", align 4
  %".4800" = zext i32 %".4799" to i64
  %"data_end.222" = inttoptr i64 %".4800" to ptr
  %".4801" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.222" = load ptr, ptr %".4801", align 8
  %".4802" = xor i1 %".4794", -1
  br i1 %".4802", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".4804" = trunc i64 %"cursor.65" to i16
  %".4805" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".4804", ptr %".4805", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".4814" = trunc i64 %"end.10" to i16
  %".4815" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".4814", ptr %".4815", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4827" = trunc i64 %"cursor.66" to i32
  %".4828" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".4827", [40 x i8]* %"header_copy", i32 2)
  %".4829" = icmp eq i64 %".4828", 0
  %".4830" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4831" = load i32, ptr %".4830", align 4
  %".4832" = zext i32 %".4831" to i64
  %"data.225" = inttoptr i64 %".4832" to ptr
  %".4833" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4834" = load i32, ptr %".4833", align 4
  %".4835" = zext i32 %".4834" to i64
  %"data_end.225" = inttoptr i64 %".4835" to ptr
  %".4836" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.225" = load ptr, ptr %".4836", align 8
  %".4837" = xor i1 %".4829", -1
  br i1 %".4837", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".4839" = trunc i64 %"cursor.66" to i16
  %".4840" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".4839", ptr %".4840", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".4843" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4844" = load volatile i8, [40 x i8]* %".4843", align 1
  %".4845" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4846" = load volatile i8, [40 x i8]* %".4845", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".4858" = trunc i64 %".4855" to i16
  %".4859" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4858", ptr %".4859", align 2
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
  %".4875" = trunc i64 34887 to i16
  %".4876" = call i16 @"llvm.bswap.i16"(i16 %".4875")
  %".4877" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".4876", ptr %".4877", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".4880" = trunc i64 2048 to i16
  %".4881" = call i16 @"llvm.bswap.i16"(i16 %".4880")
  %".4882" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".4881", ptr %".4882", align 2
  %".4884" = getelementptr i8, ptr %"keys.226", i64 8
  store i8 1, ptr %".4884", align 1
  %".4886" = getelementptr i8, ptr %"keys.226", i64 48
  %"flags.79" = load volatile i32, ptr %".4886", align 4
  %".4887" = and i32 %"flags.79", 4
  %".4888" = icmp ne i32 %".4887", 0
  br i1 %".4888", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".4900" = trunc i64 34525 to i16
  %".4901" = call i16 @"llvm.bswap.i16"(i16 %".4900")
  %".4902" = getelementptr i8, ptr %"keys.226", i64 10
  store i16 %".4901", ptr %".4902", align 2
  %".4904" = getelementptr i8, ptr %"keys.226", i64 8
  store i8 1, ptr %".4904", align 1
  %".4906" = getelementptr i8, ptr %"keys.226", i64 48
  %"flags.80" = load volatile i32, ptr %".4906", align 4
  %".4907" = and i32 %"flags.80", 4
  %".4908" = icmp ne i32 %".4907", 0
  br i1 %".4908", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.75" = phi  i64 [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".6374", %"widening.test.30"]
  %"data.227" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.296", %"widening.test.30"]
  %"data_end.227" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.296", %"widening.test.30"]
  %"keys.227" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.30"]
  %"hdr.66" = getelementptr i8, ptr %"data.227", i64 %"cursor.75"
  %".5518" = getelementptr i8, ptr %"hdr.66", i64 2
  %".5519" = icmp ugt ptr %".5518", %"data_end.227"
  br i1 %".5519", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5521" = getelementptr i8, ptr %"hdr.66", i64 0
  %".5522" = load i8, ptr %".5521", align 1
  %".5523" = getelementptr i8, ptr %"hdr.66", i64 1
  %".5524" = load i8, ptr %".5523", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.26" = phi  i8 [%".5522", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5543", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5524", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5545", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.246" = phi  ptr [%"data.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.246" = phi  ptr [%"data_end.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.246" = phi  ptr [%"keys.227", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5547" = getelementptr i8, ptr %"keys.246", i64 9
  store i8 %"w0_1.26", ptr %".5547", align 1
  %".5549" = add i64 %"cursor.75", 2
  %".5550" = zext i8 %"w1_1.15" to i64
  %".5551" = mul i64 %".5550", 8
  %".5552" = add i64 %".5551", 6
  %".5553" = add i64 %".5552", 2
  %".5554" = add i64 %"cursor.75", %".5553"
  %".5555" = zext i8 %"w0_1.26" to i64
  switch i64 %".5555", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_opts_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.76" = phi  i64 [%".4855", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".4951", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".6363", %"widening.test.29"]
  %"data.228" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.295", %"widening.test.29"]
  %"data_end.228" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.295", %"widening.test.29"]
  %"keys.228" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.230", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.29"]
  %"hdr.67" = getelementptr i8, ptr %"data.228", i64 %"cursor.76"
  %".5631" = getelementptr i8, ptr %"hdr.67", i64 8
  %".5632" = icmp ugt ptr %".5631", %"data_end.228"
  br i1 %".5632", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".5634" = getelementptr i8, ptr %"hdr.67", i64 0
  %".5635" = load i8, ptr %".5634", align 1
  %".5636" = getelementptr i8, ptr %"hdr.67", i64 2
  %".5637" = load i16, ptr %".5636", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".5635", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5656", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.17" = phi  i16 [%".5637", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5658", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.248" = phi  ptr [%"data.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.248" = phi  ptr [%"data_end.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.248" = phi  ptr [%"keys.228", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".5660" = getelementptr i8, ptr %"keys.248", i64 9
  store i8 %"w0_1.27", ptr %".5660", align 1
  %".5662" = add i64 %"cursor.76", 8
  %".5663" = icmp ne i64 1, 0
  %".5664" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".5665" = zext i16 %".5664" to i64
  %".5666" = and i64 %".5665", 65528
  %".5667" = icmp eq i64 %".5666", 0
  br i1 %".5663", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif", !prof !0
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".5689" = zext i8 %"w0_1.27" to i64
  switch i64 %".5689", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.to_tcp:
  br label %"tcp"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".4890" = trunc i64 %".4855" to i16
  %".4891" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4890", ptr %".4891", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".4894" = getelementptr i8, ptr %"keys.226", i64 12
  store i32 0, ptr %".4894", align 4
  %".4896" = trunc i64 %".4855" to i16
  %".4897" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4896", ptr %".4897", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".4910" = trunc i64 %".4855" to i16
  %".4911" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4910", ptr %".4911", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".4914" = getelementptr i8, ptr %"keys.226", i64 12
  store i32 0, ptr %".4914", align 4
  %".4916" = trunc i64 %".4855" to i16
  %".4917" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".4916", ptr %".4917", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4928" = trunc i64 %"cursor.67" to i32
  %".4929" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".4928", [40 x i8]* %"header_copy", i32 8)
  %".4930" = icmp eq i64 %".4929", 0
  %".4931" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4932" = load i32, ptr %".4931", align 4
  %".4933" = zext i32 %".4932" to i64
  %"data.229" = inttoptr i64 %".4933" to ptr
  %".4934" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4935" = load i32, ptr %".4934", align 4
  %".4936" = zext i32 %".4935" to i64
  %"data_end.229" = inttoptr i64 %".4936" to ptr
  %".4937" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.229" = load ptr, ptr %".4937", align 8
  %".4938" = xor i1 %".4930", -1
  br i1 %".4938", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".4940" = trunc i64 %"cursor.67" to i16
  %".4941" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".4940", ptr %".4941", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".4944" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4945" = load volatile i8, [40 x i8]* %".4944", align 1
  %".4946" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4947" = load volatile i16, [40 x i8]* %".4946", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".4958" = getelementptr i8, ptr %"keys.230", i64 6
  store i8 1, ptr %".4958", align 1
  br i1 %".4956", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".4961" = getelementptr i8, ptr %"keys.230", i64 7
  store i8 1, ptr %".4961", align 1
  %".4963" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.81" = load volatile i32, ptr %".4963", align 4
  %".4964" = and i32 %"flags.81", 1
  %".4965" = icmp ne i32 %".4964", 0
  %".4966" = xor i1 %".4965", -1
  br i1 %".4966", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".4973" = trunc i64 %".4951" to i16
  %".4974" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4973", ptr %".4974", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".4968" = trunc i64 %".4951" to i16
  %".4969" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4968", ptr %".4969", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".4980" = trunc i64 %".4951" to i16
  %".4981" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".4980", ptr %".4981", align 2
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
  %".4997" = trunc i64 34887 to i16
  %".4998" = call i16 @"llvm.bswap.i16"(i16 %".4997")
  %".4999" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".4998", ptr %".4999", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".5002" = trunc i64 2048 to i16
  %".5003" = call i16 @"llvm.bswap.i16"(i16 %".5002")
  %".5004" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".5003", ptr %".5004", align 2
  %".5006" = getelementptr i8, ptr %"keys.230", i64 8
  store i8 1, ptr %".5006", align 1
  %".5008" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.82" = load volatile i32, ptr %".5008", align 4
  %".5009" = and i32 %"flags.82", 4
  %".5010" = icmp ne i32 %".5009", 0
  br i1 %".5010", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".5022" = trunc i64 34525 to i16
  %".5023" = call i16 @"llvm.bswap.i16"(i16 %".5022")
  %".5024" = getelementptr i8, ptr %"keys.230", i64 10
  store i16 %".5023", ptr %".5024", align 2
  %".5026" = getelementptr i8, ptr %"keys.230", i64 8
  store i8 1, ptr %".5026", align 1
  %".5028" = getelementptr i8, ptr %"keys.230", i64 48
  %"flags.83" = load volatile i32, ptr %".5028", align 4
  %".5029" = and i32 %"flags.83", 4
  %".5030" = icmp ne i32 %".5029", 0
  br i1 %".5030", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".5012" = trunc i64 %".4951" to i16
  %".5013" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5012", ptr %".5013", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".5016" = getelementptr i8, ptr %"keys.230", i64 12
  store i32 0, ptr %".5016", align 4
  %".5018" = trunc i64 %".4951" to i16
  %".5019" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5018", ptr %".5019", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".5032" = trunc i64 %".4951" to i16
  %".5033" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5032", ptr %".5033", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5036" = getelementptr i8, ptr %"keys.230", i64 12
  store i32 0, ptr %".5036", align 4
  %".5038" = trunc i64 %".4951" to i16
  %".5039" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5038", ptr %".5039", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5050" = trunc i64 %"cursor.68" to i32
  %".5051" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5050", [40 x i8]* %"header_copy", i32 2)
  %".5052" = icmp eq i64 %".5051", 0
  %".5053" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5054" = load i32, ptr %".5053", align 4
  %".5055" = zext i32 %".5054" to i64
  %"data.231" = inttoptr i64 %".5055" to ptr
  %".5056" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5057" = load i32, ptr %".5056", align 4
  %".5058" = zext i32 %".5057" to i64
  %"data_end.231" = inttoptr i64 %".5058" to ptr
  %".5059" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.231" = load ptr, ptr %".5059", align 8
  %".5060" = xor i1 %".5052", -1
  br i1 %".5060", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5062" = trunc i64 %"cursor.68" to i16
  %".5063" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5062", ptr %".5063", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5066" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5067" = load volatile i8, [40 x i8]* %".5066", align 1
  %".5068" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5069" = load volatile i8, [40 x i8]* %".5068", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5081" = trunc i64 %".5078" to i16
  %".5082" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5081", ptr %".5082", align 2
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
  %".5093" = trunc i64 %".5078" to i16
  %".5094" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5093", ptr %".5094", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5097" = trunc i64 %".5078" to i16
  %".5098" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5097", ptr %".5098", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5101" = trunc i64 %".5078" to i16
  %".5102" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5101", ptr %".5102", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5105" = trunc i64 %".5078" to i16
  %".5106" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5105", ptr %".5106", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5110" = trunc i64 34887 to i16
  %".5111" = call i16 @"llvm.bswap.i16"(i16 %".5110")
  %".5112" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5111", ptr %".5112", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5115" = trunc i64 2048 to i16
  %".5116" = call i16 @"llvm.bswap.i16"(i16 %".5115")
  %".5117" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5116", ptr %".5117", align 2
  %".5119" = getelementptr i8, ptr %"keys.232", i64 8
  store i8 1, ptr %".5119", align 1
  %".5121" = getelementptr i8, ptr %"keys.232", i64 48
  %"flags.84" = load volatile i32, ptr %".5121", align 4
  %".5122" = and i32 %"flags.84", 4
  %".5123" = icmp ne i32 %".5122", 0
  br i1 %".5123", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5132" = trunc i64 34525 to i16
  %".5133" = call i16 @"llvm.bswap.i16"(i16 %".5132")
  %".5134" = getelementptr i8, ptr %"keys.232", i64 10
  store i16 %".5133", ptr %".5134", align 2
  %".5136" = getelementptr i8, ptr %"keys.232", i64 8
  store i8 1, ptr %".5136", align 1
  %".5138" = getelementptr i8, ptr %"keys.232", i64 48
  %"flags.85" = load volatile i32, ptr %".5138", align 4
  %".5139" = and i32 %"flags.85", 4
  %".5140" = icmp ne i32 %".5139", 0
  br i1 %".5140", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5125" = trunc i64 %".5078" to i16
  %".5126" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5125", ptr %".5126", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5129" = getelementptr i8, ptr %"keys.232", i64 12
  store i32 0, ptr %".5129", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5142" = trunc i64 %".5078" to i16
  %".5143" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5142", ptr %".5143", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5146" = getelementptr i8, ptr %"keys.232", i64 12
  store i32 0, ptr %".5146", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5157" = trunc i64 %"cursor.69" to i32
  %".5158" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5157", [40 x i8]* %"header_copy", i32 8)
  %".5159" = icmp eq i64 %".5158", 0
  %".5160" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5161" = load i32, ptr %".5160", align 4
  %".5162" = zext i32 %".5161" to i64
  %"data.233" = inttoptr i64 %".5162" to ptr
  %".5163" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5164" = load i32, ptr %".5163", align 4
  %".5165" = zext i32 %".5164" to i64
  %"data_end.233" = inttoptr i64 %".5165" to ptr
  %".5166" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.233" = load ptr, ptr %".5166", align 8
  %".5167" = xor i1 %".5159", -1
  br i1 %".5167", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5169" = trunc i64 %"cursor.69" to i16
  %".5170" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5169", ptr %".5170", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5173" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5174" = load volatile i8, [40 x i8]* %".5173", align 1
  %".5175" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5176" = load volatile i16, [40 x i8]* %".5175", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5187" = getelementptr i8, ptr %"keys.234", i64 6
  store i8 1, ptr %".5187", align 1
  br i1 %".5185", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5190" = getelementptr i8, ptr %"keys.234", i64 7
  store i8 1, ptr %".5190", align 1
  %".5192" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.86" = load volatile i32, ptr %".5192", align 4
  %".5193" = and i32 %"flags.86", 1
  %".5194" = icmp ne i32 %".5193", 0
  %".5195" = xor i1 %".5194", -1
  br i1 %".5195", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5202" = trunc i64 %".5180" to i16
  %".5203" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5202", ptr %".5203", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5197" = trunc i64 %".5180" to i16
  %".5198" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5197", ptr %".5198", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5209" = trunc i64 %".5180" to i16
  %".5210" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5209", ptr %".5210", align 2
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
  %".5221" = trunc i64 %".5180" to i16
  %".5222" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5221", ptr %".5222", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5225" = trunc i64 %".5180" to i16
  %".5226" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5225", ptr %".5226", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5229" = trunc i64 %".5180" to i16
  %".5230" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5229", ptr %".5230", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5233" = trunc i64 %".5180" to i16
  %".5234" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5233", ptr %".5234", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5238" = trunc i64 34887 to i16
  %".5239" = call i16 @"llvm.bswap.i16"(i16 %".5238")
  %".5240" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5239", ptr %".5240", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5243" = trunc i64 2048 to i16
  %".5244" = call i16 @"llvm.bswap.i16"(i16 %".5243")
  %".5245" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5244", ptr %".5245", align 2
  %".5247" = getelementptr i8, ptr %"keys.234", i64 8
  store i8 1, ptr %".5247", align 1
  %".5249" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.87" = load volatile i32, ptr %".5249", align 4
  %".5250" = and i32 %"flags.87", 4
  %".5251" = icmp ne i32 %".5250", 0
  br i1 %".5251", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5260" = trunc i64 34525 to i16
  %".5261" = call i16 @"llvm.bswap.i16"(i16 %".5260")
  %".5262" = getelementptr i8, ptr %"keys.234", i64 10
  store i16 %".5261", ptr %".5262", align 2
  %".5264" = getelementptr i8, ptr %"keys.234", i64 8
  store i8 1, ptr %".5264", align 1
  %".5266" = getelementptr i8, ptr %"keys.234", i64 48
  %"flags.88" = load volatile i32, ptr %".5266", align 4
  %".5267" = and i32 %"flags.88", 4
  %".5268" = icmp ne i32 %".5267", 0
  br i1 %".5268", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5253" = trunc i64 %".5180" to i16
  %".5254" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5253", ptr %".5254", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5257" = getelementptr i8, ptr %"keys.234", i64 12
  store i32 0, ptr %".5257", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5270" = trunc i64 %".5180" to i16
  %".5271" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5270", ptr %".5271", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5274" = getelementptr i8, ptr %"keys.234", i64 12
  store i32 0, ptr %".5274", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5284" = trunc i64 %"cursor.70" to i32
  %".5285" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5284", [40 x i8]* %"header_copy", i32 4)
  %".5286" = icmp eq i64 %".5285", 0
  %".5287" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5288" = load i32, ptr %".5287", align 4
  %".5289" = zext i32 %".5288" to i64
  %"data.235" = inttoptr i64 %".5289" to ptr
  %".5290" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5291" = load i32, ptr %".5290", align 4
  %".5292" = zext i32 %".5291" to i64
  %"data_end.235" = inttoptr i64 %".5292" to ptr
  %".5293" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.235" = load ptr, ptr %".5293", align 8
  %".5294" = xor i1 %".5286", -1
  br i1 %".5294", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5296" = trunc i64 %".5277" to i16
  %".5297" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5296", ptr %".5297", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5300" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5301" = load volatile i8, [40 x i8]* %".5300", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5307" = trunc i64 %".5303" to i16
  %".5308" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5307", ptr %".5308", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5315" = getelementptr i8, ptr %"keys.236", i64 8
  store i8 1, ptr %".5315", align 1
  %".5317" = getelementptr i8, ptr %"keys.236", i64 48
  %"flags.89" = load volatile i32, ptr %".5317", align 4
  %".5318" = and i32 %"flags.89", 4
  %".5319" = icmp ne i32 %".5318", 0
  br i1 %".5319", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5321" = trunc i64 %".5303" to i16
  %".5322" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5321", ptr %".5322", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5325" = getelementptr i8, ptr %"keys.236", i64 12
  store i32 0, ptr %".5325", align 4
  br label %"ip_version_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5335" = trunc i64 %"cursor.71" to i32
  %".5336" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5335", [40 x i8]* %"header_copy", i32 4)
  %".5337" = icmp eq i64 %".5336", 0
  %".5338" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5339" = load i32, ptr %".5338", align 4
  %".5340" = zext i32 %".5339" to i64
  %"data.237" = inttoptr i64 %".5340" to ptr
  %".5341" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5342" = load i32, ptr %".5341", align 4
  %".5343" = zext i32 %".5342" to i64
  %"data_end.237" = inttoptr i64 %".5343" to ptr
  %".5344" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.237" = load ptr, ptr %".5344", align 8
  %".5345" = xor i1 %".5337", -1
  br i1 %".5345", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".5347" = trunc i64 %".5328" to i16
  %".5348" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5347", ptr %".5348", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".5351" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5352" = load volatile i8, [40 x i8]* %".5351", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".5358" = trunc i64 %".5354" to i16
  %".5359" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5358", ptr %".5359", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_ip_version:
  %".5363" = getelementptr i8, ptr %"keys.238", i64 8
  store i8 1, ptr %".5363", align 1
  %".5365" = getelementptr i8, ptr %"keys.238", i64 48
  %"flags.90" = load volatile i32, ptr %".5365", align 4
  %".5366" = and i32 %"flags.90", 4
  %".5367" = icmp ne i32 %".5366", 0
  br i1 %".5367", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels3.stop_at_encap:
  %".5369" = trunc i64 %".5354" to i16
  %".5370" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5369", ptr %".5370", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".5373" = getelementptr i8, ptr %"keys.238", i64 12
  store i32 0, ptr %".5373", align 4
  %".5375" = trunc i64 %".5354" to i16
  %".5376" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5375", ptr %".5376", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5385" = trunc i64 %"cursor.72" to i32
  %".5386" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5385", [40 x i8]* %"header_copy", i32 1)
  %".5387" = icmp eq i64 %".5386", 0
  %".5388" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5389" = load i32, ptr %".5388", align 4
  %".5390" = zext i32 %".5389" to i64
  %"data.240" = inttoptr i64 %".5390" to ptr
  %".5391" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5392" = load i32, ptr %".5391", align 4
  %".5393" = zext i32 %".5392" to i64
  %"data_end.240" = inttoptr i64 %".5393" to ptr
  %".5394" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.240" = load ptr, ptr %".5394", align 8
  %".5395" = xor i1 %".5387", -1
  br i1 %".5395", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5397" = trunc i64 %"cursor.72" to i16
  %".5398" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".5397", ptr %".5398", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5401" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5402" = load volatile i8, [40 x i8]* %".5401", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5411" = trunc i64 %".5404" to i16
  %".5412" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5411", ptr %".5412", align 2
  br label %"return"
gtpu_next_d1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".5405", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_next_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_ext_d1_gtpu_ext1:
  %"cursor.78" = phi  i64 [%".5404", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.242" = phi  ptr [%"data.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.242" = phi  ptr [%"data_end.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.242" = phi  ptr [%"keys.241", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.69" = getelementptr i8, ptr %"data.242", i64 %"cursor.78"
  %".5819" = getelementptr i8, ptr %"hdr.69", i64 1
  %".5820" = icmp ugt ptr %".5819", %"data_end.242"
  br i1 %".5820", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".5822" = getelementptr i8, ptr %"hdr.69", i64 0
  %".5823" = load i8, ptr %".5822", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.28" = phi  i8 [%".5823", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".5842", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.252" = phi  ptr [%"data.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.252" = phi  ptr [%"data_end.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.252" = phi  ptr [%"keys.242", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.251", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".5844" = zext i8 %"w0_1.28" to i64
  %".5845" = icmp uge i64 %".5844", 1
  %".5846" = xor i1 %".5845", -1
  br i1 %".5846", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
ppp_d1.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5428" = trunc i64 %"cursor.74" to i32
  %".5429" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5428", [40 x i8]* %"header_copy", i32 4)
  %".5430" = icmp eq i64 %".5429", 0
  %".5431" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5432" = load i32, ptr %".5431", align 4
  %".5433" = zext i32 %".5432" to i64
  %"data.243" = inttoptr i64 %".5433" to ptr
  %".5434" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5435" = load i32, ptr %".5434", align 4
  %".5436" = zext i32 %".5435" to i64
  %"data_end.243" = inttoptr i64 %".5436" to ptr
  %".5437" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.243" = load ptr, ptr %".5437", align 8
  %".5438" = xor i1 %".5430", -1
  br i1 %".5438", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5440" = trunc i64 %"cursor.74" to i16
  %".5441" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5440", ptr %".5441", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5444" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5445" = load volatile i16, [40 x i8]* %".5444", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5451" = and i64 %".5449", 0
  %".5452" = icmp eq i64 %".5451", 0
  br i1 %".5452", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv6:
  %".5478" = trunc i64 34525 to i16
  %".5479" = call i16 @"llvm.bswap.i16"(i16 %".5478")
  %".5480" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5479", ptr %".5480", align 2
  %".5482" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5482", align 1
  %".5484" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.92" = load volatile i32, ptr %".5484", align 4
  %".5485" = and i32 %"flags.92", 4
  %".5486" = icmp ne i32 %".5485", 0
  br i1 %".5486", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".5498" = trunc i64 34827 to i16
  %".5499" = call i16 @"llvm.bswap.i16"(i16 %".5498")
  %".5500" = getelementptr i8, ptr %"keys.244", i64 10
  store i16 %".5499", ptr %".5500", align 2
  %".5502" = getelementptr i8, ptr %"keys.244", i64 8
  store i8 1, ptr %".5502", align 1
  %".5504" = getelementptr i8, ptr %"keys.244", i64 48
  %"flags.93" = load volatile i32, ptr %".5504", align 4
  %".5505" = and i32 %"flags.93", 4
  %".5506" = icmp ne i32 %".5505", 0
  br i1 %".5506", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".5454" = trunc i64 %".5447" to i16
  %".5455" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5454", ptr %".5455", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5468" = trunc i64 %".5447" to i16
  %".5469" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5468", ptr %".5469", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".5472" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5472", align 4
  %".5474" = trunc i64 %".5447" to i16
  %".5475" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5474", ptr %".5475", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5488" = trunc i64 %".5447" to i16
  %".5489" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5488", ptr %".5489", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".5492" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5492", align 4
  %".5494" = trunc i64 %".5447" to i16
  %".5495" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5494", ptr %".5495", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".5508" = trunc i64 %".5447" to i16
  %".5509" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5508", ptr %".5509", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".5512" = getelementptr i8, ptr %"keys.244", i64 12
  store i32 0, ptr %".5512", align 4
  %".5514" = trunc i64 %".5447" to i16
  %".5515" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5514", ptr %".5515", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5526" = trunc i64 %"cursor.75" to i32
  %".5527" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".5526", [40 x i8]* %"header_copy", i32 2)
  %".5528" = icmp eq i64 %".5527", 0
  %".5529" = getelementptr i8, ptr %"ctx.79", i64 76
  %".5530" = load i32, ptr %".5529", align 4
  %".5531" = zext i32 %".5530" to i64
  %"data.245" = inttoptr i64 %".5531" to ptr
  %".5532" = getelementptr i8, ptr %"ctx.79", i64 80
  %".5533" = load i32, ptr %".5532", align 4
  %".5534" = zext i32 %".5533" to i64
  %"data_end.245" = inttoptr i64 %".5534" to ptr
  %".5535" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.245" = load ptr, ptr %".5535", align 8
  %".5536" = xor i1 %".5528", -1
  br i1 %".5536", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5538" = trunc i64 %"cursor.75" to i16
  %".5539" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5538", ptr %".5539", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5542" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5543" = load volatile i8, [40 x i8]* %".5542", align 1
  %".5544" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5545" = load volatile i8, [40 x i8]* %".5544", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5557" = trunc i64 %".5554" to i16
  %".5558" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5557", ptr %".5558", align 2
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
  %".5569" = trunc i64 %".5554" to i16
  %".5570" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5569", ptr %".5570", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5573" = trunc i64 %".5554" to i16
  %".5574" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5573", ptr %".5574", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5577" = trunc i64 %".5554" to i16
  %".5578" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5577", ptr %".5578", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5581" = trunc i64 %".5554" to i16
  %".5582" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5581", ptr %".5582", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".5586" = trunc i64 34887 to i16
  %".5587" = call i16 @"llvm.bswap.i16"(i16 %".5586")
  %".5588" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".5587", ptr %".5588", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".5591" = trunc i64 2048 to i16
  %".5592" = call i16 @"llvm.bswap.i16"(i16 %".5591")
  %".5593" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".5592", ptr %".5593", align 2
  %".5595" = getelementptr i8, ptr %"keys.246", i64 8
  store i8 1, ptr %".5595", align 1
  %".5597" = getelementptr i8, ptr %"keys.246", i64 48
  %"flags.94" = load volatile i32, ptr %".5597", align 4
  %".5598" = and i32 %"flags.94", 4
  %".5599" = icmp ne i32 %".5598", 0
  br i1 %".5599", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".5611" = trunc i64 34525 to i16
  %".5612" = call i16 @"llvm.bswap.i16"(i16 %".5611")
  %".5613" = getelementptr i8, ptr %"keys.246", i64 10
  store i16 %".5612", ptr %".5613", align 2
  %".5615" = getelementptr i8, ptr %"keys.246", i64 8
  store i8 1, ptr %".5615", align 1
  %".5617" = getelementptr i8, ptr %"keys.246", i64 48
  %"flags.95" = load volatile i32, ptr %".5617", align 4
  %".5618" = and i32 %"flags.95", 4
  %".5619" = icmp ne i32 %".5618", 0
  br i1 %".5619", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".5601" = trunc i64 %".5554" to i16
  %".5602" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5601", ptr %".5602", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".5605" = getelementptr i8, ptr %"keys.246", i64 12
  store i32 0, ptr %".5605", align 4
  %".5607" = trunc i64 %".5554" to i16
  %".5608" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5607", ptr %".5608", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".5621" = trunc i64 %".5554" to i16
  %".5622" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5621", ptr %".5622", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5625" = getelementptr i8, ptr %"keys.246", i64 12
  store i32 0, ptr %".5625", align 4
  %".5627" = trunc i64 %".5554" to i16
  %".5628" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5627", ptr %".5628", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5639" = trunc i64 %"cursor.76" to i32
  %".5640" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".5639", [40 x i8]* %"header_copy", i32 8)
  %".5641" = icmp eq i64 %".5640", 0
  %".5642" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5643" = load i32, ptr %".5642", align 4
  %".5644" = zext i32 %".5643" to i64
  %"data.247" = inttoptr i64 %".5644" to ptr
  %".5645" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5646" = load i32, ptr %".5645", align 4
  %".5647" = zext i32 %".5646" to i64
  %"data_end.247" = inttoptr i64 %".5647" to ptr
  %".5648" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.247" = load ptr, ptr %".5648", align 8
  %".5649" = xor i1 %".5641", -1
  br i1 %".5649", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".5651" = trunc i64 %"cursor.76" to i16
  %".5652" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5651", ptr %".5652", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".5655" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5656" = load volatile i8, [40 x i8]* %".5655", align 1
  %".5657" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5658" = load volatile i16, [40 x i8]* %".5657", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".5669" = getelementptr i8, ptr %"keys.248", i64 6
  store i8 1, ptr %".5669", align 1
  br i1 %".5667", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".5672" = getelementptr i8, ptr %"keys.248", i64 7
  store i8 1, ptr %".5672", align 1
  %".5674" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.96" = load volatile i32, ptr %".5674", align 4
  %".5675" = and i32 %"flags.96", 1
  %".5676" = icmp ne i32 %".5675", 0
  %".5677" = xor i1 %".5676", -1
  br i1 %".5677", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".5684" = trunc i64 %".5662" to i16
  %".5685" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5684", ptr %".5685", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".5679" = trunc i64 %".5662" to i16
  %".5680" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5679", ptr %".5680", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".5691" = trunc i64 %".5662" to i16
  %".5692" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5691", ptr %".5692", align 2
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
  %".5703" = trunc i64 %".5662" to i16
  %".5704" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5703", ptr %".5704", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5707" = trunc i64 %".5662" to i16
  %".5708" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5707", ptr %".5708", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5711" = trunc i64 %".5662" to i16
  %".5712" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5711", ptr %".5712", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".5715" = trunc i64 %".5662" to i16
  %".5716" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5715", ptr %".5716", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5720" = trunc i64 34887 to i16
  %".5721" = call i16 @"llvm.bswap.i16"(i16 %".5720")
  %".5722" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".5721", ptr %".5722", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5725" = trunc i64 2048 to i16
  %".5726" = call i16 @"llvm.bswap.i16"(i16 %".5725")
  %".5727" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".5726", ptr %".5727", align 2
  %".5729" = getelementptr i8, ptr %"keys.248", i64 8
  store i8 1, ptr %".5729", align 1
  %".5731" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.97" = load volatile i32, ptr %".5731", align 4
  %".5732" = and i32 %"flags.97", 4
  %".5733" = icmp ne i32 %".5732", 0
  br i1 %".5733", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5745" = trunc i64 34525 to i16
  %".5746" = call i16 @"llvm.bswap.i16"(i16 %".5745")
  %".5747" = getelementptr i8, ptr %"keys.248", i64 10
  store i16 %".5746", ptr %".5747", align 2
  %".5749" = getelementptr i8, ptr %"keys.248", i64 8
  store i8 1, ptr %".5749", align 1
  %".5751" = getelementptr i8, ptr %"keys.248", i64 48
  %"flags.98" = load volatile i32, ptr %".5751", align 4
  %".5752" = and i32 %"flags.98", 4
  %".5753" = icmp ne i32 %".5752", 0
  br i1 %".5753", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5735" = trunc i64 %".5662" to i16
  %".5736" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5735", ptr %".5736", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5739" = getelementptr i8, ptr %"keys.248", i64 12
  store i32 0, ptr %".5739", align 4
  %".5741" = trunc i64 %".5662" to i16
  %".5742" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5741", ptr %".5742", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".5755" = trunc i64 %".5662" to i16
  %".5756" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5755", ptr %".5756", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5759" = getelementptr i8, ptr %"keys.248", i64 12
  store i32 0, ptr %".5759", align 4
  %".5761" = trunc i64 %".5662" to i16
  %".5762" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".5761", ptr %".5762", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5772" = trunc i64 %"cursor.77" to i32
  %".5773" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".5772", [40 x i8]* %"header_copy", i32 4)
  %".5774" = icmp eq i64 %".5773", 0
  %".5775" = getelementptr i8, ptr %"ctx.81", i64 76
  %".5776" = load i32, ptr %".5775", align 4
  %".5777" = zext i32 %".5776" to i64
  %"data.249" = inttoptr i64 %".5777" to ptr
  %".5778" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5779" = load i32, ptr %".5778", align 4
  %".5780" = zext i32 %".5779" to i64
  %"data_end.249" = inttoptr i64 %".5780" to ptr
  %".5781" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.249" = load ptr, ptr %".5781", align 8
  %".5782" = xor i1 %".5774", -1
  br i1 %".5782", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".5784" = trunc i64 %".5765" to i16
  %".5785" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".5784", ptr %".5785", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".5788" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5789" = load volatile i8, [40 x i8]* %".5788", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".5795" = trunc i64 %".5791" to i16
  %".5796" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5795", ptr %".5796", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".5803" = getelementptr i8, ptr %"keys.250", i64 8
  store i8 1, ptr %".5803", align 1
  %".5805" = getelementptr i8, ptr %"keys.250", i64 48
  %"flags.99" = load volatile i32, ptr %".5805", align 4
  %".5806" = and i32 %"flags.99", 4
  %".5807" = icmp ne i32 %".5806", 0
  br i1 %".5807", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".5809" = trunc i64 %".5791" to i16
  %".5810" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5809", ptr %".5810", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".5813" = getelementptr i8, ptr %"keys.250", i64 12
  store i32 0, ptr %".5813", align 4
  %".5815" = trunc i64 %".5791" to i16
  %".5816" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".5815", ptr %".5816", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5825" = trunc i64 %"cursor.78" to i32
  %".5826" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".5825", [40 x i8]* %"header_copy", i32 1)
  %".5827" = icmp eq i64 %".5826", 0
  %".5828" = getelementptr i8, ptr %"ctx.82", i64 76
  %".5829" = load i32, ptr %".5828", align 4
  %".5830" = zext i32 %".5829" to i64
  %"data.251" = inttoptr i64 %".5830" to ptr
  %".5831" = getelementptr i8, ptr %"ctx.82", i64 80
  %".5832" = load i32, ptr %".5831", align 4
  %".5833" = zext i32 %".5832" to i64
  %"data_end.251" = inttoptr i64 %".5833" to ptr
  %".5834" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.251" = load ptr, ptr %".5834", align 8
  %".5835" = xor i1 %".5827", -1
  br i1 %".5835", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".5837" = trunc i64 %"cursor.78" to i16
  %".5838" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".5837", ptr %".5838", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".5841" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5842" = load volatile i8, [40 x i8]* %".5841", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".5848" = trunc i64 %"cursor.78" to i16
  %".5849" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".5848", ptr %".5849", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".5852" = add i64 %"cursor.78", 1
  %".5853" = zext i8 %"w0_1.28" to i64
  %".5854" = mul i64 %".5853", 4
  %".5855" = sub i64 %".5854", 2
  %".5856" = add i64 %".5855", 1
  %".5857" = getelementptr i8, ptr %"data.252", i64 %"cursor.78"
  %".5858" = getelementptr i8, ptr %".5857", i64 %".5856"
  %".5859" = icmp ugt ptr %".5858", %"data_end.252"
  br i1 %".5859", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.254" = phi  ptr [%"data.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.254" = phi  ptr [%"data_end.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.254" = phi  ptr [%"keys.252", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.253", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %".5880" = add i64 %"cursor.78", %".5856"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.79" = phi  i64 [%".5880", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.255" = phi  ptr [%"data.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.255" = phi  ptr [%"data_end.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.255" = phi  ptr [%"keys.254", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.70" = getelementptr i8, ptr %"data.255", i64 %"cursor.79"
  %".5887" = getelementptr i8, ptr %"hdr.70", i64 1
  %".5888" = icmp ugt ptr %".5887", %"data_end.255"
  br i1 %".5888", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".5890" = getelementptr i8, ptr %"hdr.70", i64 0
  %".5891" = load i8, ptr %".5890", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.29" = phi  i8 [%".5891", %"gtpu_next_d1_gtpu_ext1.linear"], [%".5910", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.257" = phi  ptr [%"data.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.257" = phi  ptr [%"data_end.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.257" = phi  ptr [%"keys.255", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.256", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".5912" = add i64 %"cursor.79", 1
  %".5913" = zext i8 %"w0_1.29" to i64
  %".5914" = icmp uge i64 %".5913", 1
  %".5915" = icmp ule i64 %".5913", 255
  %".5916" = and i1 %".5914", %".5915"
  br i1 %".5916", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".5861" = add i64 %"cursor.78", %".5856"
  %".5862" = sub i64 %".5861", 1
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5863" = trunc i64 %".5862" to i32
  %".5864" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".5863", i64* %"last_byte", i32 1)
  %".5865" = icmp eq i64 %".5864", 0
  %".5866" = getelementptr i8, ptr %"ctx.83", i64 76
  %".5867" = load i32, ptr %".5866", align 4
  %".5868" = zext i32 %".5867" to i64
  %"data.253" = inttoptr i64 %".5868" to ptr
  %".5869" = getelementptr i8, ptr %"ctx.83", i64 80
  %".5870" = load i32, ptr %".5869", align 4
  %".5871" = zext i32 %".5870" to i64
  %"data_end.253" = inttoptr i64 %".5871" to ptr
  %".5872" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.253" = load ptr, ptr %".5872", align 8
  %".5873" = xor i1 %".5865", -1
  br i1 %".5873", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".5875" = trunc i64 %"cursor.78" to i16
  %".5876" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".5875", ptr %".5876", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".5882" = trunc i64 %".5880" to i16
  %".5883" = getelementptr i8, ptr %"keys.254", i64 2
  store i16 %".5882", ptr %".5883", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5893" = trunc i64 %"cursor.79" to i32
  %".5894" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".5893", [40 x i8]* %"header_copy", i32 1)
  %".5895" = icmp eq i64 %".5894", 0
  %".5896" = getelementptr i8, ptr %"ctx.84", i64 76
  %".5897" = load i32, ptr %".5896", align 4
  %".5898" = zext i32 %".5897" to i64
  %"data.256" = inttoptr i64 %".5898" to ptr
  %".5899" = getelementptr i8, ptr %"ctx.84", i64 80
  %".5900" = load i32, ptr %".5899", align 4
  %".5901" = zext i32 %".5900" to i64
  %"data_end.256" = inttoptr i64 %".5901" to ptr
  %".5902" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.256" = load ptr, ptr %".5902", align 8
  %".5903" = xor i1 %".5895", -1
  br i1 %".5903", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".5905" = trunc i64 %"cursor.79" to i16
  %".5906" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".5905", ptr %".5906", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".5909" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5910" = load volatile i8, [40 x i8]* %".5909", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".5919" = trunc i64 %".5912" to i16
  %".5920" = getelementptr i8, ptr %"keys.257", i64 2
  store i16 %".5919", ptr %".5920", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".5913", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_next_d1_gtpu_ext1.to_ip_version:
  br label %"ip_version_d1"
gtpu_ext_d1_gtpu_ext2:
  %"cursor.80" = phi  i64 [%".5912", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.258" = phi  ptr [%"data.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.258" = phi  ptr [%"data_end.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.258" = phi  ptr [%"keys.257", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.71" = getelementptr i8, ptr %"data.258", i64 %"cursor.80"
  %".5925" = getelementptr i8, ptr %"hdr.71", i64 1
  %".5926" = icmp ugt ptr %".5925", %"data_end.258"
  br i1 %".5926", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".5928" = getelementptr i8, ptr %"hdr.71", i64 0
  %".5929" = load i8, ptr %".5928", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.30" = phi  i8 [%".5929", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".5948", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.260" = phi  ptr [%"data.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.260" = phi  ptr [%"data_end.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.260" = phi  ptr [%"keys.258", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.259", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".5950" = zext i8 %"w0_1.30" to i64
  %".5951" = icmp uge i64 %".5950", 1
  %".5952" = xor i1 %".5951", -1
  br i1 %".5952", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5931" = trunc i64 %"cursor.80" to i32
  %".5932" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".5931", [40 x i8]* %"header_copy", i32 1)
  %".5933" = icmp eq i64 %".5932", 0
  %".5934" = getelementptr i8, ptr %"ctx.85", i64 76
  %".5935" = load i32, ptr %".5934", align 4
  %".5936" = zext i32 %".5935" to i64
  %"data.259" = inttoptr i64 %".5936" to ptr
  %".5937" = getelementptr i8, ptr %"ctx.85", i64 80
  %".5938" = load i32, ptr %".5937", align 4
  %".5939" = zext i32 %".5938" to i64
  %"data_end.259" = inttoptr i64 %".5939" to ptr
  %".5940" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.259" = load ptr, ptr %".5940", align 8
  %".5941" = xor i1 %".5933", -1
  br i1 %".5941", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".5943" = trunc i64 %"cursor.80" to i16
  %".5944" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".5943", ptr %".5944", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".5947" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5948" = load volatile i8, [40 x i8]* %".5947", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".5954" = trunc i64 %"cursor.80" to i16
  %".5955" = getelementptr i8, ptr %"keys.260", i64 2
  store i16 %".5954", ptr %".5955", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".5958" = add i64 %"cursor.80", 1
  %".5959" = zext i8 %"w0_1.30" to i64
  %".5960" = mul i64 %".5959", 4
  %".5961" = sub i64 %".5960", 2
  %".5962" = add i64 %".5961", 1
  %".5963" = getelementptr i8, ptr %"data.260", i64 %"cursor.80"
  %".5964" = getelementptr i8, ptr %".5963", i64 %".5962"
  %".5965" = icmp ugt ptr %".5964", %"data_end.260"
  br i1 %".5965", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.262" = phi  ptr [%"data.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.262" = phi  ptr [%"data_end.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.262" = phi  ptr [%"keys.260", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.261", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %".5986" = add i64 %"cursor.80", %".5962"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.81" = phi  i64 [%".5986", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.263" = phi  ptr [%"data.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.263" = phi  ptr [%"data_end.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.263" = phi  ptr [%"keys.262", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.72" = getelementptr i8, ptr %"data.263", i64 %"cursor.81"
  %".5993" = getelementptr i8, ptr %"hdr.72", i64 1
  %".5994" = icmp ugt ptr %".5993", %"data_end.263"
  br i1 %".5994", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".5996" = getelementptr i8, ptr %"hdr.72", i64 0
  %".5997" = load i8, ptr %".5996", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.31" = phi  i8 [%".5997", %"gtpu_next_d1_gtpu_ext2.linear"], [%".6016", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.265" = phi  ptr [%"data.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.265" = phi  ptr [%"data_end.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.265" = phi  ptr [%"keys.263", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.264", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".6018" = add i64 %"cursor.81", 1
  %".6019" = zext i8 %"w0_1.31" to i64
  %".6020" = icmp uge i64 %".6019", 1
  %".6021" = icmp ule i64 %".6019", 255
  %".6022" = and i1 %".6020", %".6021"
  br i1 %".6022", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".5967" = add i64 %"cursor.80", %".5962"
  %".5968" = sub i64 %".5967", 1
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5969" = trunc i64 %".5968" to i32
  %".5970" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".5969", i64* %"last_byte", i32 1)
  %".5971" = icmp eq i64 %".5970", 0
  %".5972" = getelementptr i8, ptr %"ctx.86", i64 76
  %".5973" = load i32, ptr %".5972", align 4
  %".5974" = zext i32 %".5973" to i64
  %"data.261" = inttoptr i64 %".5974" to ptr
  %".5975" = getelementptr i8, ptr %"ctx.86", i64 80
  %".5976" = load i32, ptr %".5975", align 4
  %".5977" = zext i32 %".5976" to i64
  %"data_end.261" = inttoptr i64 %".5977" to ptr
  %".5978" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.261" = load ptr, ptr %".5978", align 8
  %".5979" = xor i1 %".5971", -1
  br i1 %".5979", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".5981" = trunc i64 %"cursor.80" to i16
  %".5982" = getelementptr i8, ptr %"keys.261", i64 2
  store i16 %".5981", ptr %".5982", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".5988" = trunc i64 %".5986" to i16
  %".5989" = getelementptr i8, ptr %"keys.262", i64 2
  store i16 %".5988", ptr %".5989", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5999" = trunc i64 %"cursor.81" to i32
  %".6000" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".5999", [40 x i8]* %"header_copy", i32 1)
  %".6001" = icmp eq i64 %".6000", 0
  %".6002" = getelementptr i8, ptr %"ctx.87", i64 76
  %".6003" = load i32, ptr %".6002", align 4
  %".6004" = zext i32 %".6003" to i64
  %"data.264" = inttoptr i64 %".6004" to ptr
  %".6005" = getelementptr i8, ptr %"ctx.87", i64 80
  %".6006" = load i32, ptr %".6005", align 4
  %".6007" = zext i32 %".6006" to i64
  %"data_end.264" = inttoptr i64 %".6007" to ptr
  %".6008" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.264" = load ptr, ptr %".6008", align 8
  %".6009" = xor i1 %".6001", -1
  br i1 %".6009", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".6011" = trunc i64 %"cursor.81" to i16
  %".6012" = getelementptr i8, ptr %"keys.264", i64 2
  store i16 %".6011", ptr %".6012", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".6015" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6016" = load volatile i8, [40 x i8]* %".6015", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".6025" = trunc i64 %".6018" to i16
  %".6026" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".6025", ptr %".6026", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".6030" = trunc i64 %".6018" to i16
  %".6031" = getelementptr i8, ptr %"keys.265", i64 2
  store i16 %".6030", ptr %".6031", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".6019", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
gtpu_next_d1_gtpu_ext2.to_ip_version:
  br label %"ip_version_d1"
widening.test:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6036" = getelementptr i8, ptr %"ctx.88", i64 76
  %".6037" = load i32, ptr %".6036", align 4
  %".6038" = zext i32 %".6037" to i64
  %"data.266" = inttoptr i64 %".6038" to ptr
  %".6039" = getelementptr i8, ptr %"ctx.88", i64 80
  %".6040" = load i32, ptr %".6039", align 4
  %".6041" = zext i32 %".6040" to i64
  %"data_end.266" = inttoptr i64 %".6041" to ptr
  %".6042" = getelementptr i8, ptr %"keys", i64 0
  %".6043" = load volatile i16, ptr %".6042", align 2
  %".6044" = zext i16 %".6043" to i64
  %".6045" = icmp ugt i64 %".6044", 261
  br i1 %".6045", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6047" = getelementptr i8, ptr %"ctx.89", i64 76
  %".6048" = load i32, ptr %".6047", align 4
  %".6049" = zext i32 %".6048" to i64
  %"data.267" = inttoptr i64 %".6049" to ptr
  %".6050" = getelementptr i8, ptr %"ctx.89", i64 80
  %".6051" = load i32, ptr %".6050", align 4
  %".6052" = zext i32 %".6051" to i64
  %"data_end.267" = inttoptr i64 %".6052" to ptr
  %".6053" = getelementptr i8, ptr %"keys", i64 0
  %".6054" = load volatile i16, ptr %".6053", align 2
  %".6055" = zext i16 %".6054" to i64
  %".6056" = icmp ugt i64 %".6055", 261
  br i1 %".6056", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6058" = getelementptr i8, ptr %"ctx.90", i64 76
  %".6059" = load i32, ptr %".6058", align 4
  %".6060" = zext i32 %".6059" to i64
  %"data.268" = inttoptr i64 %".6060" to ptr
  %".6061" = getelementptr i8, ptr %"ctx.90", i64 80
  %".6062" = load i32, ptr %".6061", align 4
  %".6063" = zext i32 %".6062" to i64
  %"data_end.268" = inttoptr i64 %".6063" to ptr
  %".6064" = getelementptr i8, ptr %"keys", i64 0
  %".6065" = load volatile i16, ptr %".6064", align 2
  %".6066" = zext i16 %".6065" to i64
  %".6067" = icmp ugt i64 %".6066", 267
  br i1 %".6067", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6069" = getelementptr i8, ptr %"ctx.91", i64 76
  %".6070" = load i32, ptr %".6069", align 4
  %".6071" = zext i32 %".6070" to i64
  %"data.269" = inttoptr i64 %".6071" to ptr
  %".6072" = getelementptr i8, ptr %"ctx.91", i64 80
  %".6073" = load i32, ptr %".6072", align 4
  %".6074" = zext i32 %".6073" to i64
  %"data_end.269" = inttoptr i64 %".6074" to ptr
  %".6075" = getelementptr i8, ptr %"keys", i64 0
  %".6076" = load volatile i16, ptr %".6075", align 2
  %".6077" = zext i16 %".6076" to i64
  %".6078" = icmp ugt i64 %".6077", 267
  br i1 %".6078", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6080" = getelementptr i8, ptr %"ctx.92", i64 76
  %".6081" = load i32, ptr %".6080", align 4
  %".6082" = zext i32 %".6081" to i64
  %"data.270" = inttoptr i64 %".6082" to ptr
  %".6083" = getelementptr i8, ptr %"ctx.92", i64 80
  %".6084" = load i32, ptr %".6083", align 4
  %".6085" = zext i32 %".6084" to i64
  %"data_end.270" = inttoptr i64 %".6085" to ptr
  %".6086" = getelementptr i8, ptr %"keys", i64 0
  %".6087" = load volatile i16, ptr %".6086", align 2
  %".6088" = zext i16 %".6087" to i64
  %".6089" = icmp ugt i64 %".6088", 275
  br i1 %".6089", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6091" = getelementptr i8, ptr %"ctx.93", i64 76
  %".6092" = load i32, ptr %".6091", align 4
  %".6093" = zext i32 %".6092" to i64
  %"data.271" = inttoptr i64 %".6093" to ptr
  %".6094" = getelementptr i8, ptr %"ctx.93", i64 80
  %".6095" = load i32, ptr %".6094", align 4
  %".6096" = zext i32 %".6095" to i64
  %"data_end.271" = inttoptr i64 %".6096" to ptr
  %".6097" = getelementptr i8, ptr %"keys", i64 0
  %".6098" = load volatile i16, ptr %".6097", align 2
  %".6099" = zext i16 %".6098" to i64
  %".6100" = icmp ugt i64 %".6099", 2363
  br i1 %".6100", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6102" = getelementptr i8, ptr %"ctx.94", i64 76
  %".6103" = load i32, ptr %".6102", align 4
  %".6104" = zext i32 %".6103" to i64
  %"data.272" = inttoptr i64 %".6104" to ptr
  %".6105" = getelementptr i8, ptr %"ctx.94", i64 80
  %".6106" = load i32, ptr %".6105", align 4
  %".6107" = zext i32 %".6106" to i64
  %"data_end.272" = inttoptr i64 %".6107" to ptr
  %".6108" = getelementptr i8, ptr %"keys", i64 0
  %".6109" = load volatile i16, ptr %".6108", align 2
  %".6110" = zext i16 %".6109" to i64
  %".6111" = icmp ugt i64 %".6110", 2363
  br i1 %".6111", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.95" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6113" = getelementptr i8, ptr %"ctx.95", i64 76
  %".6114" = load i32, ptr %".6113", align 4
  %".6115" = zext i32 %".6114" to i64
  %"data.273" = inttoptr i64 %".6115" to ptr
  %".6116" = getelementptr i8, ptr %"ctx.95", i64 80
  %".6117" = load i32, ptr %".6116", align 4
  %".6118" = zext i32 %".6117" to i64
  %"data_end.273" = inttoptr i64 %".6118" to ptr
  %".6119" = getelementptr i8, ptr %"keys", i64 0
  %".6120" = load volatile i16, ptr %".6119", align 2
  %".6121" = zext i16 %".6120" to i64
  %".6122" = icmp ugt i64 %".6121", 4411
  br i1 %".6122", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.96" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6124" = getelementptr i8, ptr %"ctx.96", i64 76
  %".6125" = load i32, ptr %".6124", align 4
  %".6126" = zext i32 %".6125" to i64
  %"data.274" = inttoptr i64 %".6126" to ptr
  %".6127" = getelementptr i8, ptr %"ctx.96", i64 80
  %".6128" = load i32, ptr %".6127", align 4
  %".6129" = zext i32 %".6128" to i64
  %"data_end.274" = inttoptr i64 %".6129" to ptr
  %".6130" = getelementptr i8, ptr %"keys", i64 0
  %".6131" = load volatile i16, ptr %".6130", align 2
  %".6132" = zext i16 %".6131" to i64
  %".6133" = icmp ugt i64 %".6132", 4411
  br i1 %".6133", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.97" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6135" = getelementptr i8, ptr %"ctx.97", i64 76
  %".6136" = load i32, ptr %".6135", align 4
  %".6137" = zext i32 %".6136" to i64
  %"data.275" = inttoptr i64 %".6137" to ptr
  %".6138" = getelementptr i8, ptr %"ctx.97", i64 80
  %".6139" = load i32, ptr %".6138", align 4
  %".6140" = zext i32 %".6139" to i64
  %"data_end.275" = inttoptr i64 %".6140" to ptr
  %".6141" = getelementptr i8, ptr %"keys", i64 0
  %".6142" = load volatile i16, ptr %".6141", align 2
  %".6143" = zext i16 %".6142" to i64
  %".6144" = icmp ugt i64 %".6143", 275
  br i1 %".6144", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.98" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6146" = getelementptr i8, ptr %"ctx.98", i64 76
  %".6147" = load i32, ptr %".6146", align 4
  %".6148" = zext i32 %".6147" to i64
  %"data.276" = inttoptr i64 %".6148" to ptr
  %".6149" = getelementptr i8, ptr %"ctx.98", i64 80
  %".6150" = load i32, ptr %".6149", align 4
  %".6151" = zext i32 %".6150" to i64
  %"data_end.276" = inttoptr i64 %".6151" to ptr
  %".6152" = getelementptr i8, ptr %"keys", i64 0
  %".6153" = load volatile i16, ptr %".6152", align 2
  %".6154" = zext i16 %".6153" to i64
  %".6155" = icmp ugt i64 %".6154", 6459
  br i1 %".6155", label %"widening.test.11", label %"mpls_d0_mpls_labels1"
widening.test.11:
  %"ctx.99" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6157" = getelementptr i8, ptr %"ctx.99", i64 76
  %".6158" = load i32, ptr %".6157", align 4
  %".6159" = zext i32 %".6158" to i64
  %"data.277" = inttoptr i64 %".6159" to ptr
  %".6160" = getelementptr i8, ptr %"ctx.99", i64 80
  %".6161" = load i32, ptr %".6160", align 4
  %".6162" = zext i32 %".6161" to i64
  %"data_end.277" = inttoptr i64 %".6162" to ptr
  %".6163" = getelementptr i8, ptr %"keys", i64 0
  %".6164" = load volatile i16, ptr %".6163", align 2
  %".6165" = zext i16 %".6164" to i64
  %".6166" = icmp ugt i64 %".6165", 6459
  br i1 %".6166", label %"widening.test.12", label %"gre_version_d0"
widening.test.12:
  %"ctx.100" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6168" = getelementptr i8, ptr %"ctx.100", i64 76
  %".6169" = load i32, ptr %".6168", align 4
  %".6170" = zext i32 %".6169" to i64
  %"data.278" = inttoptr i64 %".6170" to ptr
  %".6171" = getelementptr i8, ptr %"ctx.100", i64 80
  %".6172" = load i32, ptr %".6171", align 4
  %".6173" = zext i32 %".6172" to i64
  %"data_end.278" = inttoptr i64 %".6173" to ptr
  %".6174" = getelementptr i8, ptr %"keys", i64 0
  %".6175" = load volatile i16, ptr %".6174", align 2
  %".6176" = zext i16 %".6175" to i64
  %".6177" = icmp ugt i64 %".6176", 6459
  br i1 %".6177", label %"widening.test.13", label %"udp_d0"
widening.test.13:
  %"ctx.101" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6179" = getelementptr i8, ptr %"ctx.101", i64 76
  %".6180" = load i32, ptr %".6179", align 4
  %".6181" = zext i32 %".6180" to i64
  %"data.279" = inttoptr i64 %".6181" to ptr
  %".6182" = getelementptr i8, ptr %"ctx.101", i64 80
  %".6183" = load i32, ptr %".6182", align 4
  %".6184" = zext i32 %".6183" to i64
  %"data_end.279" = inttoptr i64 %".6184" to ptr
  %".6185" = getelementptr i8, ptr %"keys", i64 0
  %".6186" = load volatile i16, ptr %".6185", align 2
  %".6187" = zext i16 %".6186" to i64
  %".6188" = icmp ugt i64 %".6187", 8519
  br i1 %".6188", label %"widening.test.14", label %"ip_version_d1"
widening.test.14:
  %"ctx.102" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6190" = getelementptr i8, ptr %"ctx.102", i64 76
  %".6191" = load i32, ptr %".6190", align 4
  %".6192" = zext i32 %".6191" to i64
  %"data.280" = inttoptr i64 %".6192" to ptr
  %".6193" = getelementptr i8, ptr %"ctx.102", i64 80
  %".6194" = load i32, ptr %".6193", align 4
  %".6195" = zext i32 %".6194" to i64
  %"data_end.280" = inttoptr i64 %".6195" to ptr
  %".6196" = getelementptr i8, ptr %"keys", i64 0
  %".6197" = load volatile i16, ptr %".6196", align 2
  %".6198" = zext i16 %".6197" to i64
  %".6199" = icmp ugt i64 %".6198", 6727
  br i1 %".6199", label %"widening.test.15", label %"ethernet_d1"
widening.test.15:
  %"ctx.103" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6201" = getelementptr i8, ptr %"ctx.103", i64 76
  %".6202" = load i32, ptr %".6201", align 4
  %".6203" = zext i32 %".6202" to i64
  %"data.281" = inttoptr i64 %".6203" to ptr
  %".6204" = getelementptr i8, ptr %"ctx.103", i64 80
  %".6205" = load i32, ptr %".6204", align 4
  %".6206" = zext i32 %".6205" to i64
  %"data_end.281" = inttoptr i64 %".6206" to ptr
  %".6207" = getelementptr i8, ptr %"keys", i64 0
  %".6208" = load volatile i16, ptr %".6207", align 2
  %".6209" = zext i16 %".6208" to i64
  %".6210" = icmp ugt i64 %".6209", 6741
  br i1 %".6210", label %"widening.test.16", label %"hsr_d1_vlan_tags1"
widening.test.16:
  %"ctx.104" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6212" = getelementptr i8, ptr %"ctx.104", i64 76
  %".6213" = load i32, ptr %".6212", align 4
  %".6214" = zext i32 %".6213" to i64
  %"data.282" = inttoptr i64 %".6214" to ptr
  %".6215" = getelementptr i8, ptr %"ctx.104", i64 80
  %".6216" = load i32, ptr %".6215", align 4
  %".6217" = zext i32 %".6216" to i64
  %"data_end.282" = inttoptr i64 %".6217" to ptr
  %".6218" = getelementptr i8, ptr %"keys", i64 0
  %".6219" = load volatile i16, ptr %".6218", align 2
  %".6220" = zext i16 %".6219" to i64
  %".6221" = icmp ugt i64 %".6220", 6741
  br i1 %".6221", label %"widening.test.17", label %"vlan_d1_vlan_tags1"
widening.test.17:
  %"ctx.105" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6223" = getelementptr i8, ptr %"ctx.105", i64 76
  %".6224" = load i32, ptr %".6223", align 4
  %".6225" = zext i32 %".6224" to i64
  %"data.283" = inttoptr i64 %".6225" to ptr
  %".6226" = getelementptr i8, ptr %"ctx.105", i64 80
  %".6227" = load i32, ptr %".6226", align 4
  %".6228" = zext i32 %".6227" to i64
  %"data_end.283" = inttoptr i64 %".6228" to ptr
  %".6229" = getelementptr i8, ptr %"keys", i64 0
  %".6230" = load volatile i16, ptr %".6229", align 2
  %".6231" = zext i16 %".6230" to i64
  %".6232" = icmp ugt i64 %".6231", 6747
  br i1 %".6232", label %"widening.test.18", label %"hsr_d1_vlan_tags2"
widening.test.18:
  %"ctx.106" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6234" = getelementptr i8, ptr %"ctx.106", i64 76
  %".6235" = load i32, ptr %".6234", align 4
  %".6236" = zext i32 %".6235" to i64
  %"data.284" = inttoptr i64 %".6236" to ptr
  %".6237" = getelementptr i8, ptr %"ctx.106", i64 80
  %".6238" = load i32, ptr %".6237", align 4
  %".6239" = zext i32 %".6238" to i64
  %"data_end.284" = inttoptr i64 %".6239" to ptr
  %".6240" = getelementptr i8, ptr %"keys", i64 0
  %".6241" = load volatile i16, ptr %".6240", align 2
  %".6242" = zext i16 %".6241" to i64
  %".6243" = icmp ugt i64 %".6242", 6747
  br i1 %".6243", label %"widening.test.19", label %"vlan_d1_vlan_tags2"
widening.test.19:
  %"ctx.107" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6245" = getelementptr i8, ptr %"ctx.107", i64 76
  %".6246" = load i32, ptr %".6245", align 4
  %".6247" = zext i32 %".6246" to i64
  %"data.285" = inttoptr i64 %".6247" to ptr
  %".6248" = getelementptr i8, ptr %"ctx.107", i64 80
  %".6249" = load i32, ptr %".6248", align 4
  %".6250" = zext i32 %".6249" to i64
  %"data_end.285" = inttoptr i64 %".6250" to ptr
  %".6251" = getelementptr i8, ptr %"keys", i64 0
  %".6252" = load volatile i16, ptr %".6251", align 2
  %".6253" = zext i16 %".6252" to i64
  %".6254" = icmp ugt i64 %".6253", 6753
  br i1 %".6254", label %"widening.test.20", label %"batadv_d1"
widening.test.20:
  %"ctx.108" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6256" = getelementptr i8, ptr %"ctx.108", i64 76
  %".6257" = load i32, ptr %".6256", align 4
  %".6258" = zext i32 %".6257" to i64
  %"data.286" = inttoptr i64 %".6258" to ptr
  %".6259" = getelementptr i8, ptr %"ctx.108", i64 80
  %".6260" = load i32, ptr %".6259", align 4
  %".6261" = zext i32 %".6260" to i64
  %"data_end.286" = inttoptr i64 %".6261" to ptr
  %".6262" = getelementptr i8, ptr %"keys", i64 0
  %".6263" = load volatile i16, ptr %".6262", align 2
  %".6264" = zext i16 %".6263" to i64
  %".6265" = icmp ugt i64 %".6264", 6753
  br i1 %".6265", label %"widening.test.21", label %"fcoe"
widening.test.21:
  %"ctx.109" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6267" = getelementptr i8, ptr %"ctx.109", i64 76
  %".6268" = load i32, ptr %".6267", align 4
  %".6269" = zext i32 %".6268" to i64
  %"data.287" = inttoptr i64 %".6269" to ptr
  %".6270" = getelementptr i8, ptr %"ctx.109", i64 80
  %".6271" = load i32, ptr %".6270", align 4
  %".6272" = zext i32 %".6271" to i64
  %"data_end.287" = inttoptr i64 %".6272" to ptr
  %".6273" = getelementptr i8, ptr %"keys", i64 0
  %".6274" = load volatile i16, ptr %".6273", align 2
  %".6275" = zext i16 %".6274" to i64
  %".6276" = icmp ugt i64 %".6275", 6753
  br i1 %".6276", label %"widening.test.22", label %"tipc"
widening.test.22:
  %"ctx.110" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6278" = getelementptr i8, ptr %"ctx.110", i64 76
  %".6279" = load i32, ptr %".6278", align 4
  %".6280" = zext i32 %".6279" to i64
  %"data.288" = inttoptr i64 %".6280" to ptr
  %".6281" = getelementptr i8, ptr %"ctx.110", i64 80
  %".6282" = load i32, ptr %".6281", align 4
  %".6283" = zext i32 %".6282" to i64
  %"data_end.288" = inttoptr i64 %".6283" to ptr
  %".6284" = getelementptr i8, ptr %"keys", i64 0
  %".6285" = load volatile i16, ptr %".6284", align 2
  %".6286" = zext i16 %".6285" to i64
  %".6287" = icmp ugt i64 %".6286", 6753
  br i1 %".6287", label %"widening.test.23", label %"cfm"
widening.test.23:
  %"ctx.111" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6289" = getelementptr i8, ptr %"ctx.111", i64 76
  %".6290" = load i32, ptr %".6289", align 4
  %".6291" = zext i32 %".6290" to i64
  %"data.289" = inttoptr i64 %".6291" to ptr
  %".6292" = getelementptr i8, ptr %"ctx.111", i64 80
  %".6293" = load i32, ptr %".6292", align 4
  %".6294" = zext i32 %".6293" to i64
  %"data_end.289" = inttoptr i64 %".6294" to ptr
  %".6295" = getelementptr i8, ptr %"keys", i64 0
  %".6296" = load volatile i16, ptr %".6295", align 2
  %".6297" = zext i16 %".6296" to i64
  %".6298" = icmp ugt i64 %".6297", 6753
  br i1 %".6298", label %"widening.test.24", label %"ptp"
widening.test.24:
  %"ctx.112" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6300" = getelementptr i8, ptr %"ctx.112", i64 76
  %".6301" = load i32, ptr %".6300", align 4
  %".6302" = zext i32 %".6301" to i64
  %"data.290" = inttoptr i64 %".6302" to ptr
  %".6303" = getelementptr i8, ptr %"ctx.112", i64 80
  %".6304" = load i32, ptr %".6303", align 4
  %".6305" = zext i32 %".6304" to i64
  %"data_end.290" = inttoptr i64 %".6305" to ptr
  %".6306" = getelementptr i8, ptr %"keys", i64 0
  %".6307" = load volatile i16, ptr %".6306", align 2
  %".6308" = zext i16 %".6307" to i64
  %".6309" = icmp ugt i64 %".6308", 6753
  br i1 %".6309", label %"widening.test.25", label %"arp"
widening.test.25:
  %"ctx.113" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6311" = getelementptr i8, ptr %"ctx.113", i64 76
  %".6312" = load i32, ptr %".6311", align 4
  %".6313" = zext i32 %".6312" to i64
  %"data.291" = inttoptr i64 %".6313" to ptr
  %".6314" = getelementptr i8, ptr %"ctx.113", i64 80
  %".6315" = load i32, ptr %".6314", align 4
  %".6316" = zext i32 %".6315" to i64
  %"data_end.291" = inttoptr i64 %".6316" to ptr
  %".6317" = getelementptr i8, ptr %"keys", i64 0
  %".6318" = load volatile i16, ptr %".6317", align 2
  %".6319" = zext i16 %".6318" to i64
  %".6320" = icmp ugt i64 %".6319", 6753
  br i1 %".6320", label %"widening.test.26", label %"pppoe_d1"
widening.test.26:
  %"ctx.114" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6322" = getelementptr i8, ptr %"ctx.114", i64 76
  %".6323" = load i32, ptr %".6322", align 4
  %".6324" = zext i32 %".6323" to i64
  %"data.292" = inttoptr i64 %".6324" to ptr
  %".6325" = getelementptr i8, ptr %"ctx.114", i64 80
  %".6326" = load i32, ptr %".6325", align 4
  %".6327" = zext i32 %".6326" to i64
  %"data_end.292" = inttoptr i64 %".6327" to ptr
  %".6328" = getelementptr i8, ptr %"keys", i64 0
  %".6329" = load volatile i16, ptr %".6328", align 2
  %".6330" = zext i16 %".6329" to i64
  %".6331" = icmp ugt i64 %".6330", 8519
  br i1 %".6331", label %"widening.test.27", label %"ipv6_d1"
widening.test.27:
  %"ctx.115" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6333" = getelementptr i8, ptr %"ctx.115", i64 76
  %".6334" = load i32, ptr %".6333", align 4
  %".6335" = zext i32 %".6334" to i64
  %"data.293" = inttoptr i64 %".6335" to ptr
  %".6336" = getelementptr i8, ptr %"ctx.115", i64 80
  %".6337" = load i32, ptr %".6336", align 4
  %".6338" = zext i32 %".6337" to i64
  %"data_end.293" = inttoptr i64 %".6338" to ptr
  %".6339" = getelementptr i8, ptr %"keys", i64 0
  %".6340" = load volatile i16, ptr %".6339", align 2
  %".6341" = zext i16 %".6340" to i64
  %".6342" = icmp ugt i64 %".6341", 10607
  br i1 %".6342", label %"widening.test.28", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.28:
  %"ctx.116" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6344" = getelementptr i8, ptr %"ctx.116", i64 76
  %".6345" = load i32, ptr %".6344", align 4
  %".6346" = zext i32 %".6345" to i64
  %"data.294" = inttoptr i64 %".6346" to ptr
  %".6347" = getelementptr i8, ptr %"ctx.116", i64 80
  %".6348" = load i32, ptr %".6347", align 4
  %".6349" = zext i32 %".6348" to i64
  %"data_end.294" = inttoptr i64 %".6349" to ptr
  %".6350" = getelementptr i8, ptr %"keys", i64 0
  %".6351" = load volatile i16, ptr %".6350", align 2
  %".6352" = zext i16 %".6351" to i64
  %".6353" = icmp ugt i64 %".6352", 10607
  br i1 %".6353", label %"widening.test.29", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.29:
  %"ctx.117" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6355" = getelementptr i8, ptr %"ctx.117", i64 76
  %".6356" = load i32, ptr %".6355", align 4
  %".6357" = zext i32 %".6356" to i64
  %"data.295" = inttoptr i64 %".6357" to ptr
  %".6358" = getelementptr i8, ptr %"ctx.117", i64 80
  %".6359" = load i32, ptr %".6358", align 4
  %".6360" = zext i32 %".6359" to i64
  %"data_end.295" = inttoptr i64 %".6360" to ptr
  %".6361" = getelementptr i8, ptr %"keys", i64 0
  %".6362" = load volatile i16, ptr %".6361", align 2
  %".6363" = zext i16 %".6362" to i64
  %".6364" = icmp ugt i64 %".6363", 12655
  br i1 %".6364", label %"widening.test.30", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.30:
  %"ctx.118" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6366" = getelementptr i8, ptr %"ctx.118", i64 76
  %".6367" = load i32, ptr %".6366", align 4
  %".6368" = zext i32 %".6367" to i64
  %"data.296" = inttoptr i64 %".6368" to ptr
  %".6369" = getelementptr i8, ptr %"ctx.118", i64 80
  %".6370" = load i32, ptr %".6369", align 4
  %".6371" = zext i32 %".6370" to i64
  %"data_end.296" = inttoptr i64 %".6371" to ptr
  %".6372" = getelementptr i8, ptr %"keys", i64 0
  %".6373" = load volatile i16, ptr %".6372", align 2
  %".6374" = zext i16 %".6373" to i64
  %".6375" = icmp ugt i64 %".6374", 12655
  br i1 %".6375", label %"widening.test.31", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.31:
  %"ctx.119" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6377" = getelementptr i8, ptr %"ctx.119", i64 76
  %".6378" = load i32, ptr %".6377", align 4
  %".6379" = zext i32 %".6378" to i64
  %"data.297" = inttoptr i64 %".6379" to ptr
  %".6380" = getelementptr i8, ptr %"ctx.119", i64 80
  %".6381" = load i32, ptr %".6380", align 4
  %".6382" = zext i32 %".6381" to i64
  %"data_end.297" = inttoptr i64 %".6382" to ptr
  %".6383" = getelementptr i8, ptr %"keys", i64 0
  %".6384" = load volatile i16, ptr %".6383", align 2
  %".6385" = zext i16 %".6384" to i64
  %".6386" = icmp ugt i64 %".6385", 14703
  br i1 %".6386", label %"widening.test.32", label %"icmpv6"
widening.test.32:
  %"ctx.120" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6388" = getelementptr i8, ptr %"ctx.120", i64 76
  %".6389" = load i32, ptr %".6388", align 4
  %".6390" = zext i32 %".6389" to i64
  %"data.298" = inttoptr i64 %".6390" to ptr
  %".6391" = getelementptr i8, ptr %"ctx.120", i64 80
  %".6392" = load i32, ptr %".6391", align 4
  %".6393" = zext i32 %".6392" to i64
  %"data_end.298" = inttoptr i64 %".6393" to ptr
  %".6394" = getelementptr i8, ptr %"keys", i64 0
  %".6395" = load volatile i16, ptr %".6394", align 2
  %".6396" = zext i16 %".6395" to i64
  %".6397" = icmp ugt i64 %".6396", 8519
  br i1 %".6397", label %"widening.test.33", label %"ipv4_d1"
widening.test.33:
  %"ctx.121" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6399" = getelementptr i8, ptr %"ctx.121", i64 76
  %".6400" = load i32, ptr %".6399", align 4
  %".6401" = zext i32 %".6400" to i64
  %"data.299" = inttoptr i64 %".6401" to ptr
  %".6402" = getelementptr i8, ptr %"ctx.121", i64 80
  %".6403" = load i32, ptr %".6402", align 4
  %".6404" = zext i32 %".6403" to i64
  %"data_end.299" = inttoptr i64 %".6404" to ptr
  %".6405" = getelementptr i8, ptr %"keys", i64 0
  %".6406" = load volatile i16, ptr %".6405", align 2
  %".6407" = zext i16 %".6406" to i64
  %".6408" = icmp ugt i64 %".6407", 14703
  br i1 %".6408", label %"widening.test.34", label %"mpls_d1_mpls_labels1"
widening.test.34:
  %"ctx.122" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6410" = getelementptr i8, ptr %"ctx.122", i64 76
  %".6411" = load i32, ptr %".6410", align 4
  %".6412" = zext i32 %".6411" to i64
  %"data.300" = inttoptr i64 %".6412" to ptr
  %".6413" = getelementptr i8, ptr %"ctx.122", i64 80
  %".6414" = load i32, ptr %".6413", align 4
  %".6415" = zext i32 %".6414" to i64
  %"data_end.300" = inttoptr i64 %".6415" to ptr
  %".6416" = getelementptr i8, ptr %"keys", i64 0
  %".6417" = load volatile i16, ptr %".6416", align 2
  %".6418" = zext i16 %".6417" to i64
  %".6419" = icmp ugt i64 %".6418", 8579
  br i1 %".6419", label %"widening.test.35", label %"icmp"
widening.test.35:
  %"ctx.123" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6421" = getelementptr i8, ptr %"ctx.123", i64 76
  %".6422" = load i32, ptr %".6421", align 4
  %".6423" = zext i32 %".6422" to i64
  %"data.301" = inttoptr i64 %".6423" to ptr
  %".6424" = getelementptr i8, ptr %"ctx.123", i64 80
  %".6425" = load i32, ptr %".6424", align 4
  %".6426" = zext i32 %".6425" to i64
  %"data_end.301" = inttoptr i64 %".6426" to ptr
  %".6427" = getelementptr i8, ptr %"keys", i64 0
  %".6428" = load volatile i16, ptr %".6427", align 2
  %".6429" = zext i16 %".6428" to i64
  %".6430" = icmp ugt i64 %".6429", 14703
  br i1 %".6430", label %"widening.test.36", label %"ah"
widening.test.36:
  %"ctx.124" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6432" = getelementptr i8, ptr %"ctx.124", i64 76
  %".6433" = load i32, ptr %".6432", align 4
  %".6434" = zext i32 %".6433" to i64
  %"data.302" = inttoptr i64 %".6434" to ptr
  %".6435" = getelementptr i8, ptr %"ctx.124", i64 80
  %".6436" = load i32, ptr %".6435", align 4
  %".6437" = zext i32 %".6436" to i64
  %"data_end.302" = inttoptr i64 %".6437" to ptr
  %".6438" = getelementptr i8, ptr %"keys", i64 0
  %".6439" = load volatile i16, ptr %".6438", align 2
  %".6440" = zext i16 %".6439" to i64
  %".6441" = icmp ugt i64 %".6440", 14703
  br i1 %".6441", label %"widening.test.37", label %"esp"
widening.test.37:
  %"ctx.125" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6443" = getelementptr i8, ptr %"ctx.125", i64 76
  %".6444" = load i32, ptr %".6443", align 4
  %".6445" = zext i32 %".6444" to i64
  %"data.303" = inttoptr i64 %".6445" to ptr
  %".6446" = getelementptr i8, ptr %"ctx.125", i64 80
  %".6447" = load i32, ptr %".6446", align 4
  %".6448" = zext i32 %".6447" to i64
  %"data_end.303" = inttoptr i64 %".6448" to ptr
  %".6449" = getelementptr i8, ptr %"keys", i64 0
  %".6450" = load volatile i16, ptr %".6449", align 2
  %".6451" = zext i16 %".6450" to i64
  %".6452" = icmp ugt i64 %".6451", 14703
  br i1 %".6452", label %"widening.test.38", label %"dccp"
widening.test.38:
  %"ctx.126" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6454" = getelementptr i8, ptr %"ctx.126", i64 76
  %".6455" = load i32, ptr %".6454", align 4
  %".6456" = zext i32 %".6455" to i64
  %"data.304" = inttoptr i64 %".6456" to ptr
  %".6457" = getelementptr i8, ptr %"ctx.126", i64 80
  %".6458" = load i32, ptr %".6457", align 4
  %".6459" = zext i32 %".6458" to i64
  %"data_end.304" = inttoptr i64 %".6459" to ptr
  %".6460" = getelementptr i8, ptr %"keys", i64 0
  %".6461" = load volatile i16, ptr %".6460", align 2
  %".6462" = zext i16 %".6461" to i64
  %".6463" = icmp ugt i64 %".6462", 14703
  br i1 %".6463", label %"widening.test.39", label %"sctp"
widening.test.39:
  %"ctx.127" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6465" = getelementptr i8, ptr %"ctx.127", i64 76
  %".6466" = load i32, ptr %".6465", align 4
  %".6467" = zext i32 %".6466" to i64
  %"data.305" = inttoptr i64 %".6467" to ptr
  %".6468" = getelementptr i8, ptr %"ctx.127", i64 80
  %".6469" = load i32, ptr %".6468", align 4
  %".6470" = zext i32 %".6469" to i64
  %"data_end.305" = inttoptr i64 %".6470" to ptr
  %".6471" = getelementptr i8, ptr %"keys", i64 0
  %".6472" = load volatile i16, ptr %".6471", align 2
  %".6473" = zext i16 %".6472" to i64
  %".6474" = icmp ugt i64 %".6473", 14703
  br i1 %".6474", label %"widening.test.40", label %"gre_version_d1"
widening.test.40:
  %"ctx.128" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6476" = getelementptr i8, ptr %"ctx.128", i64 76
  %".6477" = load i32, ptr %".6476", align 4
  %".6478" = zext i32 %".6477" to i64
  %"data.306" = inttoptr i64 %".6478" to ptr
  %".6479" = getelementptr i8, ptr %"ctx.128", i64 80
  %".6480" = load i32, ptr %".6479", align 4
  %".6481" = zext i32 %".6480" to i64
  %"data_end.306" = inttoptr i64 %".6481" to ptr
  %".6482" = getelementptr i8, ptr %"keys", i64 0
  %".6483" = load volatile i16, ptr %".6482", align 2
  %".6484" = zext i16 %".6483" to i64
  %".6485" = icmp ugt i64 %".6484", 14703
  br i1 %".6485", label %"widening.test.41", label %"udplite"
widening.test.41:
  %"ctx.129" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6487" = getelementptr i8, ptr %"ctx.129", i64 76
  %".6488" = load i32, ptr %".6487", align 4
  %".6489" = zext i32 %".6488" to i64
  %"data.307" = inttoptr i64 %".6489" to ptr
  %".6490" = getelementptr i8, ptr %"ctx.129", i64 80
  %".6491" = load i32, ptr %".6490", align 4
  %".6492" = zext i32 %".6491" to i64
  %"data_end.307" = inttoptr i64 %".6492" to ptr
  %".6493" = getelementptr i8, ptr %"keys", i64 0
  %".6494" = load volatile i16, ptr %".6493", align 2
  %".6495" = zext i16 %".6494" to i64
  %".6496" = icmp ugt i64 %".6495", 14703
  br i1 %".6496", label %"widening.test.42", label %"udp_d1"
widening.test.42:
  %"ctx.130" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6498" = getelementptr i8, ptr %"ctx.130", i64 76
  %".6499" = load i32, ptr %".6498", align 4
  %".6500" = zext i32 %".6499" to i64
  %"data.308" = inttoptr i64 %".6500" to ptr
  %".6501" = getelementptr i8, ptr %"ctx.130", i64 80
  %".6502" = load i32, ptr %".6501", align 4
  %".6503" = zext i32 %".6502" to i64
  %"data_end.308" = inttoptr i64 %".6503" to ptr
  %".6504" = getelementptr i8, ptr %"keys", i64 0
  %".6505" = load volatile i16, ptr %".6504", align 2
  %".6506" = zext i16 %".6505" to i64
  %".6507" = icmp ugt i64 %".6506", 14703
  br i1 %".6507", label %"widening.beyond", label %"tcp"
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