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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_d0_mpls_labels1.copy_failed"], [0, %"mpls_d0_mpls_labels1.unknown"], [0, %"mpls_d0_mpls_labels1.stop_at_encap"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0_vlan_tags1.copy_failed"], [2, %"hsr_d0_vlan_tags1.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"batadv_d0.stop_at_encap.11"], [0, %"batadv_d0.stop_at_encap.12"], [0, %"batadv_d0.stop_at_encap.13"], [0, %"batadv_d0.stop_at_encap.14"], [0, %"batadv_d0.stop_at_encap.15"], [0, %"tcp.copy_failed"], [0, %"tcp.unknown"], [0, %"udp_d0.copy_failed"], [0, %"udp_d0.copy_last_byte_failed"], [0, %"udp_d0.unknown"], [0, %"udplite.copy_failed"], [0, %"udplite.header"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"vlan_d0_vlan_tags2.to_hsr"], [0, %"vlan_d0_vlan_tags2.to_hsr.1"], [2, %"hsr_d0_vlan_tags2.copy_failed"], [2, %"hsr_d0_vlan_tags2.unknown"], [0, %"hsr_d0_vlan_tags2.to_vlan"], [0, %"hsr_d0_vlan_tags2.to_vlan.1"], [0, %"hsr_d0_vlan_tags2.to_hsr"], [0, %"hsr_d0_vlan_tags2.to_hsr.1"], [0, %"mpls_d0_mpls_labels2.copy_failed"], [0, %"mpls_d0_mpls_labels2.unknown"], [0, %"mpls_d0_mpls_labels2.stop_at_encap"], [2, %"ip_version_d1.copy_failed"], [0, %"ip_version_d1.unknown"], [0, %"ppp_other"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [0, %"mpls_d1_mpls_labels1.copy_failed"], [0, %"mpls_d1_mpls_labels1.unknown"], [0, %"mpls_d1_mpls_labels1.stop_at_encap"], [0, %"mpls_d1_mpls_labels1.stop_at_encap.endif"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"hsr_d1_vlan_tags1.copy_failed"], [2, %"hsr_d1_vlan_tags1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [0, %"batadv_d1.stop_at_encap.11"], [0, %"batadv_d1.stop_at_encap.endif.11"], [0, %"batadv_d1.stop_at_encap.12"], [0, %"batadv_d1.stop_at_encap.endif.12"], [0, %"batadv_d1.stop_at_encap.13"], [0, %"batadv_d1.stop_at_encap.endif.13"], [0, %"batadv_d1.stop_at_encap.14"], [0, %"batadv_d1.stop_at_encap.endif.14"], [0, %"batadv_d1.stop_at_encap.15"], [0, %"batadv_d1.stop_at_encap.endif.15"], [2, %"tcp_header.copy_failed"], [2, %"tcp_header.require"], [2, %"tcp_header.copy_last_byte_failed"], [0, %"tcp_header.variable_part"], [2, %"vxlan_d0.copy_failed"], [0, %"vxlan_d0.stop_at_encap"], [0, %"vxlan_d0.unknown"], [2, %"geneve_d0.copy_failed"], [0, %"geneve_d0.stop_before"], [2, %"geneve_d0.copy_last_byte_failed"], [0, %"geneve_d0.stop_at_encap"], [0, %"geneve_d0.unknown"], [2, %"gue_d0.copy_failed"], [0, %"gue_d0.stop_before"], [2, %"gue_d0.copy_last_byte_failed"], [0, %"gue_d0.stop_at_encap"], [0, %"gue_d0.unknown"], [2, %"gtpu_d0.copy_failed"], [0, %"gtpu_d0.stop_before"], [0, %"gtpu_d0.stop_at_encap"], [0, %"gtpu_d0.unknown"], [2, %"shim_d0.copy_failed"], [0, %"shim_d0.stop_at_encap"], [0, %"shim_d0.unknown"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [0, %"udp_d1.copy_failed"], [0, %"udp_d1.copy_last_byte_failed"], [0, %"udp_d1.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels3.copy_failed"], [0, %"mpls_d0_mpls_labels3.unknown"], [0, %"mpls_d0_mpls_labels3.stop_at_encap"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [0, %"vlan_d1_vlan_tags2.to_hsr"], [0, %"vlan_d1_vlan_tags2.to_hsr.1"], [2, %"hsr_d1_vlan_tags2.copy_failed"], [2, %"hsr_d1_vlan_tags2.unknown"], [0, %"hsr_d1_vlan_tags2.to_vlan"], [0, %"hsr_d1_vlan_tags2.to_vlan.1"], [0, %"hsr_d1_vlan_tags2.to_hsr"], [0, %"hsr_d1_vlan_tags2.to_hsr.1"], [0, %"mpls_d1_mpls_labels2.copy_failed"], [0, %"mpls_d1_mpls_labels2.unknown"], [0, %"mpls_d1_mpls_labels2.stop_at_encap"], [0, %"mpls_d1_mpls_labels2.stop_at_encap.endif"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"gtpu_opt_d1.copy_failed"], [0, %"gtpu_opt_d1.unknown"], [2, %"gtpu_seq_d1.copy_failed"], [0, %"gtpu_seq_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"vxlan_d1.copy_failed"], [0, %"vxlan_d1.stop_at_encap"], [0, %"vxlan_d1.unknown"], [0, %"vxlan_d1.to_ethernet"], [2, %"geneve_d1.copy_failed"], [0, %"geneve_d1.stop_before"], [2, %"geneve_d1.copy_last_byte_failed"], [0, %"geneve_d1.stop_at_encap"], [0, %"geneve_d1.unknown"], [0, %"geneve_d1.to_ethernet"], [0, %"geneve_d1.to_ipv4"], [0, %"geneve_d1.to_ipv6"], [2, %"gue_d1.copy_failed"], [0, %"gue_d1.stop_before"], [2, %"gue_d1.copy_last_byte_failed"], [0, %"gue_d1.stop_at_encap"], [0, %"gue_d1.unknown"], [0, %"gue_d1.to_ipv4"], [0, %"gue_d1.to_ipv6"], [2, %"gtpu_d1.copy_failed"], [0, %"gtpu_d1.stop_before"], [0, %"gtpu_d1.stop_at_encap"], [0, %"gtpu_d1.unknown"], [0, %"gtpu_d1.to_ip_version"], [0, %"gtpu_d1.to_gtpu_opt"], [0, %"gtpu_d1.to_gtpu_seq"], [2, %"shim_d1.copy_failed"], [0, %"shim_d1.stop_at_encap"], [0, %"shim_d1.unknown"], [0, %"shim_d1.to_ipv4"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels4.copy_failed"], [0, %"mpls_d0_mpls_labels4.unknown"], [0, %"mpls_d0_mpls_labels4.to_mpls"], [0, %"mpls_d0_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.copy_failed"], [0, %"mpls_d1_mpls_labels3.unknown"], [0, %"mpls_d1_mpls_labels3.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.stop_at_encap.endif"], [2, %"gtpu_next_d1.copy_failed"], [0, %"gtpu_next_d1.unknown"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [0, %"mpls_d1_mpls_labels4.copy_failed"], [0, %"mpls_d1_mpls_labels4.unknown"], [0, %"mpls_d1_mpls_labels4.to_mpls"], [0, %"mpls_d1_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels4.stop_at_encap.endif"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext1.require"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext1.unknown"], [2, %"gtpu_next_d1_gtpu_ext1.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext1.unknown"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext2.require"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext2.unknown"], [2, %"gtpu_next_d1_gtpu_ext2.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext2.unknown"], [0, %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext"], [129, %"widening.beyond"]
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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".380", %"vlan_d0_vlan_tags1.to_ipv4"], [%".505", %"pppoe_d0.to_ipv4"], [%".658", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1977", %"vlan_d0_vlan_tags2.to_ipv4"], [%".2047", %"hsr_d0_vlan_tags2.to_ipv4"], [%".6289", %"widening.test.9"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.41", %"pppoe_d0.to_ipv4"], [%"data.50", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data.103", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data.105", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data.264", %"widening.test.9"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.41", %"pppoe_d0.to_ipv4"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data_end.103", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data_end.105", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data_end.264", %"widening.test.9"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.41", %"pppoe_d0.to_ipv4"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ipv4"], [%"keys.103", %"vlan_d0_vlan_tags2.to_ipv4"], [%"keys.105", %"hsr_d0_vlan_tags2.to_ipv4"], [%"keys", %"widening.test.9"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".380", %"vlan_d0_vlan_tags1.to_ipv6"], [%".505", %"pppoe_d0.to_ipv6"], [%".658", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1977", %"vlan_d0_vlan_tags2.to_ipv6"], [%".2047", %"hsr_d0_vlan_tags2.to_ipv6"], [%".6234", %"widening.test.4"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.41", %"pppoe_d0.to_ipv6"], [%"data.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.103", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.105", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.259", %"widening.test.4"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.41", %"pppoe_d0.to_ipv6"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.103", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.105", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.259", %"widening.test.4"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.41", %"pppoe_d0.to_ipv6"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.103", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.105", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.test.4"]
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
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".277", %"ipv6_d0.to_mpls"], [%".380", %"vlan_d0_vlan_tags1.to_mpls"], [%".380", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".505", %"pppoe_d0.to_mpls"], [%".505", %"pppoe_d0.to_mpls.1"], [%".658", %"hsr_d0_vlan_tags1.to_mpls"], [%".658", %"hsr_d0_vlan_tags1.to_mpls.1"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1977", %"vlan_d0_vlan_tags2.to_mpls"], [%".1977", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".2047", %"hsr_d0_vlan_tags2.to_mpls"], [%".2047", %"hsr_d0_vlan_tags2.to_mpls.1"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%".5218", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".5322", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".6300", %"widening.test.10"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.41", %"pppoe_d0.to_mpls"], [%"data.41", %"pppoe_d0.to_mpls.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.103", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.103", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.105", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.105", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.221", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.223", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.265", %"widening.test.10"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.41", %"pppoe_d0.to_mpls"], [%"data_end.41", %"pppoe_d0.to_mpls.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.103", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.103", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.105", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.105", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.221", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.223", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.265", %"widening.test.10"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.41", %"pppoe_d0.to_mpls"], [%"keys.41", %"pppoe_d0.to_mpls.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.103", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.103", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.105", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.105", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.221", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.223", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.10"]
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
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".380", %"vlan_d0_vlan_tags1.to_pppoe"], [%".658", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1977", %"vlan_d0_vlan_tags2.to_pppoe"], [%".2047", %"hsr_d0_vlan_tags2.to_pppoe"], [%".6223", %"widening.test.3"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.103", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.105", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.258", %"widening.test.3"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.103", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.105", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.258", %"widening.test.3"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.103", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.105", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.test.3"]
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
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".380", %"vlan_d0_vlan_tags1.to_arp"], [%".380", %"vlan_d0_vlan_tags1.to_arp.1"], [%".658", %"hsr_d0_vlan_tags1.to_arp"], [%".658", %"hsr_d0_vlan_tags1.to_arp.1"], [%".735", %"batadv_d0.stop_at_encap.endif.7"], [%".735", %"batadv_d0.stop_at_encap.endif.8"], [%".1977", %"vlan_d0_vlan_tags2.to_arp"], [%".1977", %"vlan_d0_vlan_tags2.to_arp.1"], [%".2047", %"hsr_d0_vlan_tags2.to_arp"], [%".2047", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2205", %"vlan_d1_vlan_tags1.to_arp"], [%".2205", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2399", %"hsr_d1_vlan_tags1.to_arp"], [%".2399", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.5", %"gre_d0.to_arp"], [%"end.5", %"gre_d0.to_arp.1"], [%".3994", %"vlan_d1_vlan_tags2.to_arp"], [%".3994", %"vlan_d1_vlan_tags2.to_arp.1"], [%".4064", %"hsr_d1_vlan_tags2.to_arp"], [%".4064", %"hsr_d1_vlan_tags2.to_arp.1"], [%".4185", %"ethernet_d1.to_arp"], [%".4185", %"ethernet_d1.to_arp.1"], [%".6454", %"widening.test.24"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_arp"], [%"data.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.52", %"batadv_d0.stop_at_encap.endif.7"], [%"data.52", %"batadv_d0.stop_at_encap.endif.8"], [%"data.103", %"vlan_d0_vlan_tags2.to_arp"], [%"data.103", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.105", %"hsr_d0_vlan_tags2.to_arp"], [%"data.105", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.112", %"vlan_d1_vlan_tags1.to_arp"], [%"data.112", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.121", %"hsr_d1_vlan_tags1.to_arp"], [%"data.121", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.146", %"gre_d0.to_arp"], [%"data.146", %"gre_d0.to_arp.1"], [%"data.179", %"vlan_d1_vlan_tags2.to_arp"], [%"data.179", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.181", %"hsr_d1_vlan_tags2.to_arp"], [%"data.181", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.186", %"ethernet_d1.to_arp"], [%"data.186", %"ethernet_d1.to_arp.1"], [%"data.279", %"widening.test.24"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.103", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.103", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.105", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.105", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.146", %"gre_d0.to_arp"], [%"data_end.146", %"gre_d0.to_arp.1"], [%"data_end.179", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.179", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.181", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.181", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.186", %"ethernet_d1.to_arp"], [%"data_end.186", %"ethernet_d1.to_arp.1"], [%"data_end.279", %"widening.test.24"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.103", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.103", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.105", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.105", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.112", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.112", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.121", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.121", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.146", %"gre_d0.to_arp"], [%"keys.146", %"gre_d0.to_arp.1"], [%"keys.179", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.179", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.181", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.181", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.186", %"ethernet_d1.to_arp"], [%"keys.186", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.test.24"]
  %".540" = add i64 %"cursor.6", 0
  %".541" = trunc i64 %".540" to i16
  %".542" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".541", ptr %".542", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".380", %"vlan_d0_vlan_tags1.to_ptp"], [%".658", %"hsr_d0_vlan_tags1.to_ptp"], [%".735", %"batadv_d0.stop_at_encap.endif.9"], [%".1977", %"vlan_d0_vlan_tags2.to_ptp"], [%".2047", %"hsr_d0_vlan_tags2.to_ptp"], [%".2205", %"vlan_d1_vlan_tags1.to_ptp"], [%".2399", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.5", %"gre_d0.to_ptp"], [%".3994", %"vlan_d1_vlan_tags2.to_ptp"], [%".4064", %"hsr_d1_vlan_tags2.to_ptp"], [%".4185", %"ethernet_d1.to_ptp"], [%".6443", %"widening.test.23"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.52", %"batadv_d0.stop_at_encap.endif.9"], [%"data.103", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.105", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.112", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.121", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.146", %"gre_d0.to_ptp"], [%"data.179", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.181", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.186", %"ethernet_d1.to_ptp"], [%"data.278", %"widening.test.23"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.103", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.105", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.146", %"gre_d0.to_ptp"], [%"data_end.179", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.181", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.186", %"ethernet_d1.to_ptp"], [%"data_end.278", %"widening.test.23"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.103", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.105", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.112", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.121", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.146", %"gre_d0.to_ptp"], [%"keys.179", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.181", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.186", %"ethernet_d1.to_ptp"], [%"keys", %"widening.test.23"]
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
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".380", %"vlan_d0_vlan_tags1.to_cfm"], [%".658", %"hsr_d0_vlan_tags1.to_cfm"], [%".735", %"batadv_d0.stop_at_encap.endif.10"], [%".1977", %"vlan_d0_vlan_tags2.to_cfm"], [%".2047", %"hsr_d0_vlan_tags2.to_cfm"], [%".2205", %"vlan_d1_vlan_tags1.to_cfm"], [%".2399", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.5", %"gre_d0.to_cfm"], [%".3994", %"vlan_d1_vlan_tags2.to_cfm"], [%".4064", %"hsr_d1_vlan_tags2.to_cfm"], [%".4185", %"ethernet_d1.to_cfm"], [%".6432", %"widening.test.22"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.52", %"batadv_d0.stop_at_encap.endif.10"], [%"data.103", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.105", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.112", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.121", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.146", %"gre_d0.to_cfm"], [%"data.179", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.181", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.186", %"ethernet_d1.to_cfm"], [%"data.277", %"widening.test.22"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.103", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.105", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.146", %"gre_d0.to_cfm"], [%"data_end.179", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.181", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.186", %"ethernet_d1.to_cfm"], [%"data_end.277", %"widening.test.22"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.103", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.105", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.112", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.121", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.146", %"gre_d0.to_cfm"], [%"keys.179", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.181", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.186", %"ethernet_d1.to_cfm"], [%"keys", %"widening.test.22"]
  %".571" = add i64 %"cursor.8", 0
  %".572" = trunc i64 %".571" to i16
  %".573" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".572", ptr %".573", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".380", %"vlan_d0_vlan_tags1.to_tipc"], [%".658", %"hsr_d0_vlan_tags1.to_tipc"], [%".735", %"batadv_d0.stop_at_encap.endif.11"], [%".1977", %"vlan_d0_vlan_tags2.to_tipc"], [%".2047", %"hsr_d0_vlan_tags2.to_tipc"], [%".2205", %"vlan_d1_vlan_tags1.to_tipc"], [%".2399", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.5", %"gre_d0.to_tipc"], [%".3994", %"vlan_d1_vlan_tags2.to_tipc"], [%".4064", %"hsr_d1_vlan_tags2.to_tipc"], [%".4185", %"ethernet_d1.to_tipc"], [%".6421", %"widening.test.21"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.52", %"batadv_d0.stop_at_encap.endif.11"], [%"data.103", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.105", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.112", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.121", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.146", %"gre_d0.to_tipc"], [%"data.179", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.181", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.186", %"ethernet_d1.to_tipc"], [%"data.276", %"widening.test.21"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.103", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.105", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.146", %"gre_d0.to_tipc"], [%"data_end.179", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.181", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.186", %"ethernet_d1.to_tipc"], [%"data_end.276", %"widening.test.21"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.103", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.105", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.112", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.121", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.146", %"gre_d0.to_tipc"], [%"keys.179", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.181", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.186", %"ethernet_d1.to_tipc"], [%"keys", %"widening.test.21"]
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
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".380", %"vlan_d0_vlan_tags1.to_fcoe"], [%".658", %"hsr_d0_vlan_tags1.to_fcoe"], [%".735", %"batadv_d0.stop_at_encap.endif.12"], [%".1977", %"vlan_d0_vlan_tags2.to_fcoe"], [%".2047", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2205", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2399", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.5", %"gre_d0.to_fcoe"], [%".3994", %"vlan_d1_vlan_tags2.to_fcoe"], [%".4064", %"hsr_d1_vlan_tags2.to_fcoe"], [%".4185", %"ethernet_d1.to_fcoe"], [%".6410", %"widening.test.20"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.52", %"batadv_d0.stop_at_encap.endif.12"], [%"data.103", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.105", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.112", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.121", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.146", %"gre_d0.to_fcoe"], [%"data.179", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.181", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.186", %"ethernet_d1.to_fcoe"], [%"data.275", %"widening.test.20"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.103", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.105", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.146", %"gre_d0.to_fcoe"], [%"data_end.179", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.181", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.186", %"ethernet_d1.to_fcoe"], [%"data_end.275", %"widening.test.20"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.103", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.105", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.112", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.121", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.146", %"gre_d0.to_fcoe"], [%"keys.179", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.181", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.186", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.test.20"]
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
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".380", %"vlan_d0_vlan_tags1.to_batadv"], [%".658", %"hsr_d0_vlan_tags1.to_batadv"], [%".1977", %"vlan_d0_vlan_tags2.to_batadv"], [%".2047", %"hsr_d0_vlan_tags2.to_batadv"], [%".6212", %"widening.test.2"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.103", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.105", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.257", %"widening.test.2"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.103", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.105", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.257", %"widening.test.2"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.103", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.105", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.test.2"]
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
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".277", %"ipv6_d0.to_tcp"], [%"end.1", %"ipv4_d1.to_tcp"], [%".1627", %"ipv6_d1.to_tcp"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%".5218", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".5322", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%".5698", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".5808", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".6641", %"widening.test.41"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.87", %"ipv4_d1.to_tcp"], [%"data.91", %"ipv6_d1.to_tcp"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.221", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.223", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.235", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.237", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.296", %"widening.test.41"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.87", %"ipv4_d1.to_tcp"], [%"data_end.91", %"ipv6_d1.to_tcp"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.221", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.223", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.235", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.237", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.296", %"widening.test.41"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.87", %"ipv4_d1.to_tcp"], [%"keys.91", %"ipv6_d1.to_tcp"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.221", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.223", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.235", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.237", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.41"]
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
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".277", %"ipv6_d0.to_udp"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%".5218", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".5322", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".6322", %"widening.test.12"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.221", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.223", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.267", %"widening.test.12"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.221", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.223", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.267", %"widening.test.12"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.221", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.223", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys", %"widening.test.12"]
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
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".277", %"ipv6_d0.to_udplite"], [%"end.1", %"ipv4_d1.to_udplite"], [%".1627", %"ipv6_d1.to_udplite"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%".5218", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".5322", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%".5698", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".5808", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".6619", %"widening.test.39"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.87", %"ipv4_d1.to_udplite"], [%"data.91", %"ipv6_d1.to_udplite"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.221", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.223", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.235", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.237", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.294", %"widening.test.39"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.87", %"ipv4_d1.to_udplite"], [%"data_end.91", %"ipv6_d1.to_udplite"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.221", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.223", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.235", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.237", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.294", %"widening.test.39"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.87", %"ipv4_d1.to_udplite"], [%"keys.91", %"ipv6_d1.to_udplite"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.221", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.223", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.235", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.237", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.test.39"]
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
  %".1120" = add i64 %"cursor.15", %".1119"
  %".1121" = trunc i64 %"cursor.15" to i16
  %".1122" = getelementptr i8, ptr %"keys.71", i64 2
  store i16 %".1121", ptr %".1122", align 2
  br label %"return"
gre_version_d0:
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".277", %"ipv6_d0.to_gre_version"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%".5218", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".5322", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".6311", %"widening.test.11"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.221", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.223", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.266", %"widening.test.11"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.221", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.223", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.266", %"widening.test.11"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.221", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.223", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.11"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.16"
  %".1125" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1126" = icmp ugt ptr %".1125", %"data_end.19"
  br i1 %".1126", label %"gre_version_d0.copy", label %"gre_version_d0.linear", !prof !0
gre_version_d0.linear:
  %".1128" = getelementptr i8, ptr %"hdr.13", i64 0
  %".1129" = load i8, ptr %".1128", align 1
  %".1130" = getelementptr i8, ptr %"hdr.13", i64 1
  %".1131" = load i8, ptr %".1130", align 1
  %".1132" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1133" = load i16, ptr %".1132", align 2
  br label %"gre_version_d0.header"
gre_version_d0.header:
  %"w0_1.3" = phi  i8 [%".1129", %"gre_version_d0.linear"], [%".1152", %"gre_version_d0.copy_failed.endif"]
  %"w1_1.2" = phi  i8 [%".1131", %"gre_version_d0.linear"], [%".1154", %"gre_version_d0.copy_failed.endif"]
  %"w2_2.4" = phi  i16 [%".1133", %"gre_version_d0.linear"], [%".1156", %"gre_version_d0.copy_failed.endif"]
  %"data.73" = phi  ptr [%"data.19", %"gre_version_d0.linear"], [%"data.72", %"gre_version_d0.copy_failed.endif"]
  %"data_end.73" = phi  ptr [%"data_end.19", %"gre_version_d0.linear"], [%"data_end.72", %"gre_version_d0.copy_failed.endif"]
  %"keys.73" = phi  ptr [%"keys.19", %"gre_version_d0.linear"], [%"keys.72", %"gre_version_d0.copy_failed.endif"]
  %".1158" = zext i8 %"w0_1.3" to i64
  %".1159" = lshr i64 %".1158", 6
  %".1160" = and i64 %".1159", 1
  %".1161" = icmp ne i64 %".1160", 0
  %".1162" = zext i8 %"w1_1.2" to i64
  %".1163" = and i64 %".1162", 7
  %".1164" = icmp ugt i64 %".1163", 1
  %".1165" = or i1 %".1161", %".1164"
  br i1 %".1165", label %"gre_version_d0.stop_before", label %"gre_version_d0.stop_before.endif"
sctp:
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".277", %"ipv6_d0.to_sctp"], [%"end.1", %"ipv4_d1.to_sctp"], [%".1627", %"ipv6_d1.to_sctp"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%".5218", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".5322", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%".5698", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".5808", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".6597", %"widening.test.37"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.87", %"ipv4_d1.to_sctp"], [%"data.91", %"ipv6_d1.to_sctp"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.221", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.223", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.235", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.237", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.292", %"widening.test.37"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.87", %"ipv4_d1.to_sctp"], [%"data_end.91", %"ipv6_d1.to_sctp"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.221", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.223", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.235", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.237", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.292", %"widening.test.37"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.87", %"ipv4_d1.to_sctp"], [%"keys.91", %"ipv6_d1.to_sctp"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.221", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.223", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.235", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.237", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.test.37"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.17"
  %".1186" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1187" = icmp ugt ptr %".1186", %"data_end.20"
  br i1 %".1187", label %"sctp.copy", label %"sctp.linear", !prof !0
sctp.linear:
  %".1189" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1190" = load i16, ptr %".1189", align 2
  %".1191" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1192" = load i16, ptr %".1191", align 2
  br label %"sctp.header"
sctp.header:
  %"w0_2.3" = phi  i16 [%".1190", %"sctp.linear"], [%".1211", %"sctp.copy_failed.endif"]
  %"w2_2.5" = phi  i16 [%".1192", %"sctp.linear"], [%".1213", %"sctp.copy_failed.endif"]
  %"data.77" = phi  ptr [%"data.20", %"sctp.linear"], [%"data.76", %"sctp.copy_failed.endif"]
  %"data_end.77" = phi  ptr [%"data_end.20", %"sctp.linear"], [%"data_end.76", %"sctp.copy_failed.endif"]
  %"keys.77" = phi  ptr [%"keys.20", %"sctp.linear"], [%"keys.76", %"sctp.copy_failed.endif"]
  %".1215" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".1216" = zext i16 %".1215" to i64
  %".1217" = trunc i64 %".1216" to i16
  %".1218" = call i16 @"llvm.bswap.i16"(i16 %".1217")
  %".1219" = getelementptr i8, ptr %"keys.77", i64 12
  store i16 %".1218", ptr %".1219", align 2
  %".1221" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".1222" = zext i16 %".1221" to i64
  %".1223" = trunc i64 %".1222" to i16
  %".1224" = call i16 @"llvm.bswap.i16"(i16 %".1223")
  %".1225" = getelementptr i8, ptr %"keys.77", i64 14
  store i16 %".1224", ptr %".1225", align 2
  %".1227" = add i64 %"cursor.17", 4
  %".1228" = trunc i64 %"cursor.17" to i16
  %".1229" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1228", ptr %".1229", align 2
  br label %"return"
dccp:
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".277", %"ipv6_d0.to_dccp"], [%"end.1", %"ipv4_d1.to_dccp"], [%".1627", %"ipv6_d1.to_dccp"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%".5218", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".5322", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%".5698", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".5808", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".6586", %"widening.test.36"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.87", %"ipv4_d1.to_dccp"], [%"data.91", %"ipv6_d1.to_dccp"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.221", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.223", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.235", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.237", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.291", %"widening.test.36"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.87", %"ipv4_d1.to_dccp"], [%"data_end.91", %"ipv6_d1.to_dccp"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.221", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.223", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.235", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.237", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.291", %"widening.test.36"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.87", %"ipv4_d1.to_dccp"], [%"keys.91", %"ipv6_d1.to_dccp"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.221", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.223", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.235", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.237", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.test.36"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1232" = getelementptr i8, ptr %"hdr.15", i64 4
  %".1233" = icmp ugt ptr %".1232", %"data_end.21"
  br i1 %".1233", label %"dccp.copy", label %"dccp.linear", !prof !0
dccp.linear:
  %".1235" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1236" = load i16, ptr %".1235", align 2
  %".1237" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1238" = load i16, ptr %".1237", align 2
  br label %"dccp.header"
dccp.header:
  %"w0_2.4" = phi  i16 [%".1236", %"dccp.linear"], [%".1257", %"dccp.copy_failed.endif"]
  %"w2_2.6" = phi  i16 [%".1238", %"dccp.linear"], [%".1259", %"dccp.copy_failed.endif"]
  %"data.79" = phi  ptr [%"data.21", %"dccp.linear"], [%"data.78", %"dccp.copy_failed.endif"]
  %"data_end.79" = phi  ptr [%"data_end.21", %"dccp.linear"], [%"data_end.78", %"dccp.copy_failed.endif"]
  %"keys.79" = phi  ptr [%"keys.21", %"dccp.linear"], [%"keys.78", %"dccp.copy_failed.endif"]
  %".1261" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".1262" = zext i16 %".1261" to i64
  %".1263" = trunc i64 %".1262" to i16
  %".1264" = call i16 @"llvm.bswap.i16"(i16 %".1263")
  %".1265" = getelementptr i8, ptr %"keys.79", i64 12
  store i16 %".1264", ptr %".1265", align 2
  %".1267" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".1268" = zext i16 %".1267" to i64
  %".1269" = trunc i64 %".1268" to i16
  %".1270" = call i16 @"llvm.bswap.i16"(i16 %".1269")
  %".1271" = getelementptr i8, ptr %"keys.79", i64 14
  store i16 %".1270", ptr %".1271", align 2
  %".1273" = add i64 %"cursor.18", 4
  %".1274" = trunc i64 %"cursor.18" to i16
  %".1275" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1274", ptr %".1275", align 2
  br label %"return"
esp:
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".277", %"ipv6_d0.to_esp"], [%"end.1", %"ipv4_d1.to_esp"], [%".1627", %"ipv6_d1.to_esp"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%".5218", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".5322", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%".5698", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".5808", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".6575", %"widening.test.35"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.87", %"ipv4_d1.to_esp"], [%"data.91", %"ipv6_d1.to_esp"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.221", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.223", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.235", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.237", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.290", %"widening.test.35"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.87", %"ipv4_d1.to_esp"], [%"data_end.91", %"ipv6_d1.to_esp"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.221", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.223", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.235", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.237", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.290", %"widening.test.35"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.87", %"ipv4_d1.to_esp"], [%"keys.91", %"ipv6_d1.to_esp"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.221", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.223", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.235", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.237", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.test.35"]
  %"hdr.16" = getelementptr i8, ptr %"data.22", i64 %"cursor.19"
  %".1278" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1279" = icmp ugt ptr %".1278", %"data_end.22"
  br i1 %".1279", label %"esp.copy", label %"esp.linear", !prof !0
esp.linear:
  %".1281" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1282" = load i32, ptr %".1281", align 4
  br label %"esp.header"
esp.header:
  %"w0_4.1" = phi  i32 [%".1282", %"esp.linear"], [%".1301", %"esp.copy_failed.endif"]
  %"data.81" = phi  ptr [%"data.22", %"esp.linear"], [%"data.80", %"esp.copy_failed.endif"]
  %"data_end.81" = phi  ptr [%"data_end.22", %"esp.linear"], [%"data_end.80", %"esp.copy_failed.endif"]
  %"keys.81" = phi  ptr [%"keys.22", %"esp.linear"], [%"keys.80", %"esp.copy_failed.endif"]
  %".1303" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1304" = zext i32 %".1303" to i64
  %".1305" = lshr i64 %".1304", 16
  %".1306" = trunc i64 %".1305" to i16
  %".1307" = call i16 @"llvm.bswap.i16"(i16 %".1306")
  %".1308" = getelementptr i8, ptr %"keys.81", i64 12
  store i16 %".1307", ptr %".1308", align 2
  %".1310" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".1311" = zext i32 %".1310" to i64
  %".1312" = and i64 %".1311", 65535
  %".1313" = trunc i64 %".1312" to i16
  %".1314" = call i16 @"llvm.bswap.i16"(i16 %".1313")
  %".1315" = getelementptr i8, ptr %"keys.81", i64 14
  store i16 %".1314", ptr %".1315", align 2
  %".1317" = add i64 %"cursor.19", 4
  %".1318" = trunc i64 %"cursor.19" to i16
  %".1319" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1318", ptr %".1319", align 2
  br label %"return"
ah:
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".277", %"ipv6_d0.to_ah"], [%"end.1", %"ipv4_d1.to_ah"], [%".1627", %"ipv6_d1.to_ah"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%".5218", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".5322", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%".5698", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".5808", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".6564", %"widening.test.34"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.87", %"ipv4_d1.to_ah"], [%"data.91", %"ipv6_d1.to_ah"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.221", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.223", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.235", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.237", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.289", %"widening.test.34"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.87", %"ipv4_d1.to_ah"], [%"data_end.91", %"ipv6_d1.to_ah"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.221", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.223", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.235", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.237", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.289", %"widening.test.34"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.87", %"ipv4_d1.to_ah"], [%"keys.91", %"ipv6_d1.to_ah"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.221", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.223", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.235", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.237", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.test.34"]
  %"hdr.17" = getelementptr i8, ptr %"data.23", i64 %"cursor.20"
  %".1322" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1323" = icmp ugt ptr %".1322", %"data_end.23"
  br i1 %".1323", label %"ah.copy", label %"ah.linear", !prof !0
ah.linear:
  %".1325" = getelementptr i8, ptr %"hdr.17", i64 4
  %".1326" = load i32, ptr %".1325", align 4
  br label %"ah.header"
ah.header:
  %"w4_4" = phi  i32 [%".1326", %"ah.linear"], [%".1345", %"ah.copy_failed.endif"]
  %"data.83" = phi  ptr [%"data.23", %"ah.linear"], [%"data.82", %"ah.copy_failed.endif"]
  %"data_end.83" = phi  ptr [%"data_end.23", %"ah.linear"], [%"data_end.82", %"ah.copy_failed.endif"]
  %"keys.83" = phi  ptr [%"keys.23", %"ah.linear"], [%"keys.82", %"ah.copy_failed.endif"]
  %".1347" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1348" = zext i32 %".1347" to i64
  %".1349" = lshr i64 %".1348", 16
  %".1350" = trunc i64 %".1349" to i16
  %".1351" = call i16 @"llvm.bswap.i16"(i16 %".1350")
  %".1352" = getelementptr i8, ptr %"keys.83", i64 12
  store i16 %".1351", ptr %".1352", align 2
  %".1354" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1355" = zext i32 %".1354" to i64
  %".1356" = and i64 %".1355", 65535
  %".1357" = trunc i64 %".1356" to i16
  %".1358" = call i16 @"llvm.bswap.i16"(i16 %".1357")
  %".1359" = getelementptr i8, ptr %"keys.83", i64 14
  store i16 %".1358", ptr %".1359", align 2
  %".1361" = add i64 %"cursor.20", 8
  %".1362" = trunc i64 %"cursor.20" to i16
  %".1363" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1362", ptr %".1363", align 2
  br label %"return"
icmp:
  %"cursor.21" = phi  i64 [%"end", %"ipv4_d0.to_icmp"], [%"end.1", %"ipv4_d1.to_icmp"]
  %"data.24" = phi  ptr [%"data.15", %"ipv4_d0.to_icmp"], [%"data.87", %"ipv4_d1.to_icmp"]
  %"data_end.24" = phi  ptr [%"data_end.15", %"ipv4_d0.to_icmp"], [%"data_end.87", %"ipv4_d1.to_icmp"]
  %"keys.24" = phi  ptr [%"keys.15", %"ipv4_d0.to_icmp"], [%"keys.87", %"ipv4_d1.to_icmp"]
  %"hdr.18" = getelementptr i8, ptr %"data.24", i64 %"cursor.21"
  %".1366" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1367" = icmp ugt ptr %".1366", %"data_end.24"
  br i1 %".1367", label %"icmp.copy", label %"icmp.linear", !prof !0
icmp.linear:
  br label %"icmp.header"
icmp.header:
  %"data.85" = phi  ptr [%"data.24", %"icmp.linear"], [%"data.84", %"icmp.copy_failed.endif"]
  %"data_end.85" = phi  ptr [%"data_end.24", %"icmp.linear"], [%"data_end.84", %"icmp.copy_failed.endif"]
  %"keys.85" = phi  ptr [%"keys.24", %"icmp.linear"], [%"keys.84", %"icmp.copy_failed.endif"]
  %".1387" = add i64 %"cursor.21", 4
  %".1388" = trunc i64 %"cursor.21" to i16
  %".1389" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".1388", ptr %".1389", align 2
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
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".277", %"ipv6_d0.stop_at_encap.endif"], [%".735", %"batadv_d0.stop_at_encap.endif"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.30", %"ip_version_d1.to_ipv4"], [%".2205", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2333", %"pppoe_d1.to_ipv4"], [%".2399", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.3", %"geneve_d0.to_ipv4"], [%"end.4", %"gue_d0.to_ipv4"], [%".3152", %"shim_d0.to_ipv4"], [%"end.5", %"gre_d0.to_ipv4"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".3994", %"vlan_d1_vlan_tags2.to_ipv4"], [%".4064", %"hsr_d1_vlan_tags2.to_ipv4"], [%".4185", %"ethernet_d1.to_ipv4"], [%".4290", %"ppp_d0.stop_at_encap.endif"], [%".5218", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".5322", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".6542", %"widening.test.32"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.52", %"batadv_d0.stop_at_encap.endif"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.110", %"ip_version_d1.to_ipv4"], [%"data.112", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.119", %"pppoe_d1.to_ipv4"], [%"data.121", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.134", %"geneve_d0.to_ipv4"], [%"data.138", %"gue_d0.to_ipv4"], [%"data.144", %"shim_d0.to_ipv4"], [%"data.146", %"gre_d0.to_ipv4"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.179", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.181", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.186", %"ethernet_d1.to_ipv4"], [%"data.193", %"ppp_d0.stop_at_encap.endif"], [%"data.221", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.223", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.287", %"widening.test.32"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.110", %"ip_version_d1.to_ipv4"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.119", %"pppoe_d1.to_ipv4"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.134", %"geneve_d0.to_ipv4"], [%"data_end.138", %"gue_d0.to_ipv4"], [%"data_end.144", %"shim_d0.to_ipv4"], [%"data_end.146", %"gre_d0.to_ipv4"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.179", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.181", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.186", %"ethernet_d1.to_ipv4"], [%"data_end.193", %"ppp_d0.stop_at_encap.endif"], [%"data_end.221", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.223", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.287", %"widening.test.32"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.52", %"batadv_d0.stop_at_encap.endif"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.110", %"ip_version_d1.to_ipv4"], [%"keys.112", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.119", %"pppoe_d1.to_ipv4"], [%"keys.121", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.134", %"geneve_d0.to_ipv4"], [%"keys.138", %"gue_d0.to_ipv4"], [%"keys.144", %"shim_d0.to_ipv4"], [%"keys.146", %"gre_d0.to_ipv4"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.179", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.181", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.186", %"ethernet_d1.to_ipv4"], [%"keys.193", %"ppp_d0.stop_at_encap.endif"], [%"keys.221", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.223", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.test.32"]
  %"hdr.19" = getelementptr i8, ptr %"data.25", i64 %"cursor.22"
  %".1392" = getelementptr i8, ptr %"hdr.19", i64 20
  %".1393" = icmp ugt ptr %".1392", %"data_end.25"
  br i1 %".1393", label %"ipv4_d1.copy", label %"ipv4_d1.linear", !prof !0
ipv4_d1.linear:
  %".1395" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1396" = load i8, ptr %".1395", align 1
  %".1397" = getelementptr i8, ptr %"hdr.19", i64 6
  %".1398" = load i16, ptr %".1397", align 2
  %".1399" = getelementptr i8, ptr %"hdr.19", i64 9
  %".1400" = load i8, ptr %".1399", align 1
  %".1401" = getelementptr i8, ptr %"hdr.19", i64 12
  %".1402" = load i32, ptr %".1401", align 4
  %".1403" = getelementptr i8, ptr %"hdr.19", i64 16
  %".1404" = load i32, ptr %".1403", align 4
  br label %"ipv4_d1.header"
ipv4_d1.header:
  %"w0_1.4" = phi  i8 [%".1396", %"ipv4_d1.linear"], [%".1423", %"ipv4_d1.copy_failed.endif"]
  %"w6_2.2" = phi  i16 [%".1398", %"ipv4_d1.linear"], [%".1425", %"ipv4_d1.copy_failed.endif"]
  %"w9_1.1" = phi  i8 [%".1400", %"ipv4_d1.linear"], [%".1427", %"ipv4_d1.copy_failed.endif"]
  %"w12_4.1" = phi  i32 [%".1402", %"ipv4_d1.linear"], [%".1429", %"ipv4_d1.copy_failed.endif"]
  %"w16_4.1" = phi  i32 [%".1404", %"ipv4_d1.linear"], [%".1431", %"ipv4_d1.copy_failed.endif"]
  %"data.87" = phi  ptr [%"data.25", %"ipv4_d1.linear"], [%"data.86", %"ipv4_d1.copy_failed.endif"]
  %"data_end.87" = phi  ptr [%"data_end.25", %"ipv4_d1.linear"], [%"data_end.86", %"ipv4_d1.copy_failed.endif"]
  %"keys.87" = phi  ptr [%"keys.25", %"ipv4_d1.linear"], [%"keys.86", %"ipv4_d1.copy_failed.endif"]
  %".1433" = zext i8 %"w0_1.4" to i64
  %".1434" = and i64 %".1433", 15
  %".1435" = icmp uge i64 %".1434", 5
  %".1436" = xor i1 %".1435", -1
  br i1 %".1436", label %"ipv4_d1.require", label %"ipv4_d1.require.endif"
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
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".277", %"ipv6_d0.stop_at_encap.endif.1"], [%".735", %"batadv_d0.stop_at_encap.endif.1"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.30", %"ip_version_d1.to_ipv6"], [%".2205", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2333", %"pppoe_d1.to_ipv6"], [%".2399", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.3", %"geneve_d0.to_ipv6"], [%"end.4", %"gue_d0.to_ipv6"], [%"end.5", %"gre_d0.to_ipv6"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3994", %"vlan_d1_vlan_tags2.to_ipv6"], [%".4064", %"hsr_d1_vlan_tags2.to_ipv6"], [%".4185", %"ethernet_d1.to_ipv6"], [%".4290", %"ppp_d0.stop_at_encap.endif.1"], [%".5218", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5322", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".6476", %"widening.test.26"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.52", %"batadv_d0.stop_at_encap.endif.1"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.110", %"ip_version_d1.to_ipv6"], [%"data.112", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.119", %"pppoe_d1.to_ipv6"], [%"data.121", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.134", %"geneve_d0.to_ipv6"], [%"data.138", %"gue_d0.to_ipv6"], [%"data.146", %"gre_d0.to_ipv6"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.179", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.181", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.186", %"ethernet_d1.to_ipv6"], [%"data.193", %"ppp_d0.stop_at_encap.endif.1"], [%"data.221", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.223", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.281", %"widening.test.26"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.110", %"ip_version_d1.to_ipv6"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.119", %"pppoe_d1.to_ipv6"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.134", %"geneve_d0.to_ipv6"], [%"data_end.138", %"gue_d0.to_ipv6"], [%"data_end.146", %"gre_d0.to_ipv6"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.179", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.181", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.186", %"ethernet_d1.to_ipv6"], [%"data_end.193", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.221", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.223", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.281", %"widening.test.26"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.110", %"ip_version_d1.to_ipv6"], [%"keys.112", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.119", %"pppoe_d1.to_ipv6"], [%"keys.121", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.134", %"geneve_d0.to_ipv6"], [%"keys.138", %"gue_d0.to_ipv6"], [%"keys.146", %"gre_d0.to_ipv6"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.179", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.181", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.186", %"ethernet_d1.to_ipv6"], [%"keys.193", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.221", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.223", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.test.26"]
  %"hdr.20" = getelementptr i8, ptr %"data.26", i64 %"cursor.23"
  %".1556" = getelementptr i8, ptr %"hdr.20", i64 40
  %".1557" = icmp ugt ptr %".1556", %"data_end.26"
  br i1 %".1557", label %"ipv6_d1.copy", label %"ipv6_d1.linear", !prof !0
ipv6_d1.linear:
  %".1559" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1560" = load i32, ptr %".1559", align 4
  %".1561" = getelementptr i8, ptr %"hdr.20", i64 6
  %".1562" = load i8, ptr %".1561", align 1
  %".1563" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1564" = load i64, ptr %".1563", align 8
  %".1565" = getelementptr i8, ptr %"hdr.20", i64 16
  %".1566" = load i64, ptr %".1565", align 8
  %".1567" = getelementptr i8, ptr %"hdr.20", i64 24
  %".1568" = load i64, ptr %".1567", align 8
  %".1569" = getelementptr i8, ptr %"hdr.20", i64 32
  %".1570" = load i64, ptr %".1569", align 8
  br label %"ipv6_d1.header"
ipv6_d1.header:
  %"w0_4.2" = phi  i32 [%".1560", %"ipv6_d1.linear"], [%".1589", %"ipv6_d1.copy_failed.endif"]
  %"w6_1.1" = phi  i8 [%".1562", %"ipv6_d1.linear"], [%".1591", %"ipv6_d1.copy_failed.endif"]
  %"w8_8.1" = phi  i64 [%".1564", %"ipv6_d1.linear"], [%".1593", %"ipv6_d1.copy_failed.endif"]
  %"w16_8.1" = phi  i64 [%".1566", %"ipv6_d1.linear"], [%".1595", %"ipv6_d1.copy_failed.endif"]
  %"w24_8.1" = phi  i64 [%".1568", %"ipv6_d1.linear"], [%".1597", %"ipv6_d1.copy_failed.endif"]
  %"w32_8.1" = phi  i64 [%".1570", %"ipv6_d1.linear"], [%".1599", %"ipv6_d1.copy_failed.endif"]
  %"data.91" = phi  ptr [%"data.26", %"ipv6_d1.linear"], [%"data.90", %"ipv6_d1.copy_failed.endif"]
  %"data_end.91" = phi  ptr [%"data_end.26", %"ipv6_d1.linear"], [%"data_end.90", %"ipv6_d1.copy_failed.endif"]
  %"keys.91" = phi  ptr [%"keys.26", %"ipv6_d1.linear"], [%"keys.90", %"ipv6_d1.copy_failed.endif"]
  %".1601" = trunc i64 34525 to i16
  %".1602" = getelementptr i8, ptr %"keys.91", i64 4
  store i16 %".1601", ptr %".1602", align 2
  %".1604" = trunc i64 34525 to i16
  %".1605" = call i16 @"llvm.bswap.i16"(i16 %".1604")
  %".1606" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1605", ptr %".1606", align 2
  %".1608" = getelementptr i8, ptr %"keys.91", i64 16
  store i64 %"w8_8.1", ptr %".1608", align 8
  %".1610" = getelementptr i8, ptr %"keys.91", i64 24
  store i64 %"w16_8.1", ptr %".1610", align 8
  %".1612" = getelementptr i8, ptr %"keys.91", i64 32
  store i64 %"w24_8.1", ptr %".1612", align 8
  %".1614" = getelementptr i8, ptr %"keys.91", i64 40
  store i64 %"w32_8.1", ptr %".1614", align 8
  %".1616" = zext i8 %"w6_1.1" to i64
  %".1617" = trunc i64 %".1616" to i8
  %".1618" = getelementptr i8, ptr %"keys.91", i64 9
  store i8 %".1617", ptr %".1618", align 1
  %".1620" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1621" = zext i32 %".1620" to i64
  %".1622" = and i64 %".1621", 1048575
  %".1623" = trunc i64 %".1622" to i32
  %".1624" = call i32 @"llvm.bswap.i32"(i32 %".1623")
  %".1625" = getelementptr i8, ptr %"keys.91", i64 52
  store i32 %".1624", ptr %".1625", align 4
  %".1627" = add i64 %"cursor.23", 40
  %".1628" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1629" = zext i32 %".1628" to i64
  %".1630" = and i64 %".1629", 1048575
  %".1631" = icmp ne i64 %".1630", 0
  %".1632" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.26" = load volatile i32, ptr %".1632", align 4
  %".1633" = and i32 %"flags.26", 2
  %".1634" = icmp ne i32 %".1633", 0
  %".1635" = and i1 %".1631", %".1634"
  br i1 %".1635", label %"ipv6_d1.stop_if", label %"ipv6_d1.stop_if.endif"
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
  %".1705" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1706" = icmp ugt ptr %".1705", %"data_end.29"
  br i1 %".1706", label %"ipv6_opts_d0_ipv6_ext1.copy", label %"ipv6_opts_d0_ipv6_ext1.linear", !prof !0
ipv6_opts_d0_ipv6_ext1.linear:
  %".1708" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1709" = load i8, ptr %".1708", align 1
  %".1710" = getelementptr i8, ptr %"hdr.21", i64 1
  %".1711" = load i8, ptr %".1710", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.header:
  %"w0_1.5" = phi  i8 [%".1709", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1730", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"w1_1.3" = phi  i8 [%".1711", %"ipv6_opts_d0_ipv6_ext1.linear"], [%".1732", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data.95" = phi  ptr [%"data.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data.94", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.95" = phi  ptr [%"data_end.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"data_end.94", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.95" = phi  ptr [%"keys.29", %"ipv6_opts_d0_ipv6_ext1.linear"], [%"keys.94", %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"]
  %".1734" = zext i8 %"w0_1.5" to i64
  %".1735" = trunc i64 %".1734" to i8
  %".1736" = getelementptr i8, ptr %"keys.95", i64 9
  store i8 %".1735", ptr %".1736", align 1
  %".1738" = add i64 %"cursor.24", 2
  %".1739" = zext i8 %"w1_1.3" to i64
  %".1740" = mul i64 %".1739", 8
  %".1741" = add i64 %".1740", 6
  %".1742" = add i64 %".1741", 2
  %".1743" = add i64 %"cursor.24", %".1742"
  %".1744" = zext i8 %"w0_1.5" to i64
  switch i64 %".1744", label %"ipv6_opts_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".277", %"ipv6_d0.to_ipv6_frag"]
  %"data.30" = phi  ptr [%"data.28", %"ipv6_d0.to_ipv6_frag"]
  %"data_end.30" = phi  ptr [%"data_end.28", %"ipv6_d0.to_ipv6_frag"]
  %"keys.30" = phi  ptr [%"keys.28", %"ipv6_d0.to_ipv6_frag"]
  %"hdr.22" = getelementptr i8, ptr %"data.30", i64 %"cursor.25"
  %".1802" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1803" = icmp ugt ptr %".1802", %"data_end.30"
  br i1 %".1803", label %"ipv6_frag_d0_ipv6_ext1.copy", label %"ipv6_frag_d0_ipv6_ext1.linear", !prof !0
ipv6_frag_d0_ipv6_ext1.linear:
  %".1805" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1806" = load i8, ptr %".1805", align 1
  %".1807" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1808" = load i16, ptr %".1807", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.header:
  %"w0_1.6" = phi  i8 [%".1806", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1827", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"w2_2.7" = phi  i16 [%".1808", %"ipv6_frag_d0_ipv6_ext1.linear"], [%".1829", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data.99" = phi  ptr [%"data.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data.98", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"data_end.99" = phi  ptr [%"data_end.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"data_end.98", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %"keys.99" = phi  ptr [%"keys.30", %"ipv6_frag_d0_ipv6_ext1.linear"], [%"keys.98", %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"]
  %".1831" = zext i8 %"w0_1.6" to i64
  %".1832" = trunc i64 %".1831" to i8
  %".1833" = getelementptr i8, ptr %"keys.99", i64 9
  store i8 %".1832", ptr %".1833", align 1
  %".1835" = add i64 %"cursor.25", 8
  %".1836" = icmp ne i64 1, 0
  %".1837" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1838" = zext i16 %".1837" to i64
  %".1839" = and i64 %".1838", 65528
  %".1840" = icmp eq i64 %".1839", 0
  br i1 %".1836", label %"ipv6_frag_d0_ipv6_ext1.fragment", label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
icmpv6:
  %"cursor.26" = phi  i64 [%".277", %"ipv6_d0.to_icmpv6"], [%".1627", %"ipv6_d1.to_icmpv6"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%".5218", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".5322", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%".5698", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".5808", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".6531", %"widening.test.31"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.91", %"ipv6_d1.to_icmpv6"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.221", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.223", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.235", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.237", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.286", %"widening.test.31"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.91", %"ipv6_d1.to_icmpv6"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.221", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.223", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.235", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.237", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.286", %"widening.test.31"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.91", %"ipv6_d1.to_icmpv6"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.221", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.223", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.235", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.237", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.test.31"]
  %"hdr.23" = getelementptr i8, ptr %"data.31", i64 %"cursor.26"
  %".1920" = getelementptr i8, ptr %"hdr.23", i64 4
  %".1921" = icmp ugt ptr %".1920", %"data_end.31"
  br i1 %".1921", label %"icmpv6.copy", label %"icmpv6.linear", !prof !0
icmpv6.linear:
  br label %"icmpv6.header"
icmpv6.header:
  %"data.101" = phi  ptr [%"data.31", %"icmpv6.linear"], [%"data.100", %"icmpv6.copy_failed.endif"]
  %"data_end.101" = phi  ptr [%"data_end.31", %"icmpv6.linear"], [%"data_end.100", %"icmpv6.copy_failed.endif"]
  %"keys.101" = phi  ptr [%"keys.31", %"icmpv6.linear"], [%"keys.100", %"icmpv6.copy_failed.endif"]
  %".1941" = add i64 %"cursor.26", 4
  %".1942" = trunc i64 %"cursor.26" to i16
  %".1943" = getelementptr i8, ptr %"keys.101", i64 2
  store i16 %".1942", ptr %".1943", align 2
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
  %"cursor.27" = phi  i64 [%".380", %"vlan_d0_vlan_tags1.to_vlan"], [%".380", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".658", %"hsr_d0_vlan_tags1.to_vlan"], [%".658", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".6201", %"widening.test.1"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.256", %"widening.test.1"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.256", %"widening.test.1"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.1"]
  %"hdr.24" = getelementptr i8, ptr %"data.34", i64 %"cursor.27"
  %".1946" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1947" = icmp ugt ptr %".1946", %"data_end.34"
  br i1 %".1947", label %"vlan_d0_vlan_tags2.copy", label %"vlan_d0_vlan_tags2.linear", !prof !0
vlan_d0_vlan_tags2.linear:
  %".1949" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1950" = load i16, ptr %".1949", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.header:
  %"w2_2.8" = phi  i16 [%".1950", %"vlan_d0_vlan_tags2.linear"], [%".1969", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data.103" = phi  ptr [%"data.34", %"vlan_d0_vlan_tags2.linear"], [%"data.102", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.103" = phi  ptr [%"data_end.34", %"vlan_d0_vlan_tags2.linear"], [%"data_end.102", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %"keys.103" = phi  ptr [%"keys.34", %"vlan_d0_vlan_tags2.linear"], [%"keys.102", %"vlan_d0_vlan_tags2.copy_failed.endif"]
  %".1971" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1972" = zext i16 %".1971" to i64
  %".1973" = trunc i64 %".1972" to i16
  %".1974" = call i16 @"llvm.bswap.i16"(i16 %".1973")
  %".1975" = getelementptr i8, ptr %"keys.103", i64 10
  store i16 %".1974", ptr %".1975", align 2
  %".1977" = add i64 %"cursor.27", 4
  %".1978" = trunc i64 %".1977" to i16
  %".1979" = getelementptr i8, ptr %"keys.103", i64 0
  store i16 %".1978", ptr %".1979", align 2
  %".1981" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1982" = zext i16 %".1981" to i64
  switch i64 %".1982", label %"vlan_d0_vlan_tags2.unknown" [i64 2048, label %"vlan_d0_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d0_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d0_vlan_tags2.to_vlan" i64 34984, label %"vlan_d0_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d0_vlan_tags2.to_mpls" i64 34888, label %"vlan_d0_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d0_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d0_vlan_tags2.to_arp" i64 32821, label %"vlan_d0_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d0_vlan_tags2.to_ptp" i64 35074, label %"vlan_d0_vlan_tags2.to_cfm" i64 35018, label %"vlan_d0_vlan_tags2.to_tipc" i64 35078, label %"vlan_d0_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d0_vlan_tags2.to_hsr" i64 35067, label %"vlan_d0_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d0_vlan_tags2.to_batadv"]  , !prof !1
hsr_d0_vlan_tags2:
  %"cursor.28" = phi  i64 [%".380", %"vlan_d0_vlan_tags1.to_hsr"], [%".380", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".658", %"hsr_d0_vlan_tags1.to_hsr"], [%".658", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".6190", %"widening.test"]
  %"data.35" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.255", %"widening.test"]
  %"data_end.35" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.255", %"widening.test"]
  %"keys.35" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test"]
  %"hdr.25" = getelementptr i8, ptr %"data.35", i64 %"cursor.28"
  %".2016" = getelementptr i8, ptr %"hdr.25", i64 6
  %".2017" = icmp ugt ptr %".2016", %"data_end.35"
  br i1 %".2017", label %"hsr_d0_vlan_tags2.copy", label %"hsr_d0_vlan_tags2.linear", !prof !0
hsr_d0_vlan_tags2.linear:
  %".2019" = getelementptr i8, ptr %"hdr.25", i64 4
  %".2020" = load i16, ptr %".2019", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.header:
  %"w4_2.1" = phi  i16 [%".2020", %"hsr_d0_vlan_tags2.linear"], [%".2039", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data.105" = phi  ptr [%"data.35", %"hsr_d0_vlan_tags2.linear"], [%"data.104", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"data_end.105" = phi  ptr [%"data_end.35", %"hsr_d0_vlan_tags2.linear"], [%"data_end.104", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %"keys.105" = phi  ptr [%"keys.35", %"hsr_d0_vlan_tags2.linear"], [%"keys.104", %"hsr_d0_vlan_tags2.copy_failed.endif"]
  %".2041" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2042" = zext i16 %".2041" to i64
  %".2043" = trunc i64 %".2042" to i16
  %".2044" = call i16 @"llvm.bswap.i16"(i16 %".2043")
  %".2045" = getelementptr i8, ptr %"keys.105", i64 10
  store i16 %".2044", ptr %".2045", align 2
  %".2047" = add i64 %"cursor.28", 6
  %".2048" = trunc i64 %".2047" to i16
  %".2049" = getelementptr i8, ptr %"keys.105", i64 0
  store i16 %".2048", ptr %".2049", align 2
  %".2051" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.1")
  %".2052" = zext i16 %".2051" to i64
  switch i64 %".2052", label %"hsr_d0_vlan_tags2.unknown" [i64 2048, label %"hsr_d0_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d0_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d0_vlan_tags2.to_vlan" i64 34984, label %"hsr_d0_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d0_vlan_tags2.to_mpls" i64 34888, label %"hsr_d0_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d0_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d0_vlan_tags2.to_arp" i64 32821, label %"hsr_d0_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d0_vlan_tags2.to_ptp" i64 35074, label %"hsr_d0_vlan_tags2.to_cfm" i64 35018, label %"hsr_d0_vlan_tags2.to_tipc" i64 35078, label %"hsr_d0_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d0_vlan_tags2.to_hsr" i64 35067, label %"hsr_d0_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d0_vlan_tags2.to_batadv"]  , !prof !1
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
  %".2086" = add i64 %"cursor.29", 4
  %"hdr.26" = getelementptr i8, ptr %"data.38", i64 %"cursor.29"
  %".2087" = getelementptr i8, ptr %"hdr.26", i64 4
  %".2088" = icmp ugt ptr %".2087", %"data_end.38"
  br i1 %".2088", label %"mpls_d0_mpls_labels2.copy", label %"mpls_d0_mpls_labels2.linear", !prof !0
mpls_d0_mpls_labels2.linear:
  %".2090" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2091" = load i8, ptr %".2090", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.header:
  %"w2_1.1" = phi  i8 [%".2091", %"mpls_d0_mpls_labels2.linear"], [%".2110", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data.107" = phi  ptr [%"data.38", %"mpls_d0_mpls_labels2.linear"], [%"data.106", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"data_end.107" = phi  ptr [%"data_end.38", %"mpls_d0_mpls_labels2.linear"], [%"data_end.106", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %"keys.107" = phi  ptr [%"keys.38", %"mpls_d0_mpls_labels2.linear"], [%"keys.106", %"mpls_d0_mpls_labels2.copy_failed.endif"]
  %".2112" = add i64 %"cursor.29", 4
  %".2113" = zext i8 %"w2_1.1" to i64
  %".2114" = and i64 %".2113", 1
  switch i64 %".2114", label %"mpls_d0_mpls_labels2.unknown" [i64 0, label %"mpls_d0_mpls_labels2.to_mpls" i64 1, label %"mpls_d0_mpls_labels2.to_ip_version"]
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
  %"cursor.30" = phi  i64 [%".433", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%".2112", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%".3086", %"gtpu_d0.to_ip_version"], [%".3941", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%".4230", %"gtpu_opt_d1.to_ip_version"], [%".5445", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%".5546", %"gtpu_next_d1.to_ip_version"], [%".6058", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%".6164", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%".6333", %"widening.test.13"]
  %"data.39" = phi  ptr [%"data.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.107", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.140", %"gtpu_d0.to_ip_version"], [%"data.176", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.188", %"gtpu_opt_d1.to_ip_version"], [%"data.225", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.230", %"gtpu_next_d1.to_ip_version"], [%"data.246", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.254", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data.268", %"widening.test.13"]
  %"data_end.39" = phi  ptr [%"data_end.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.107", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.140", %"gtpu_d0.to_ip_version"], [%"data_end.176", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.188", %"gtpu_opt_d1.to_ip_version"], [%"data_end.225", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.230", %"gtpu_next_d1.to_ip_version"], [%"data_end.246", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.254", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data_end.268", %"widening.test.13"]
  %"keys.39" = phi  ptr [%"keys.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.107", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.140", %"gtpu_d0.to_ip_version"], [%"keys.176", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.188", %"gtpu_opt_d1.to_ip_version"], [%"keys.225", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.230", %"gtpu_next_d1.to_ip_version"], [%"keys.246", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.254", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"keys", %"widening.test.13"]
  %"hdr.27" = getelementptr i8, ptr %"data.39", i64 %"cursor.30"
  %".2134" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2135" = icmp ugt ptr %".2134", %"data_end.39"
  br i1 %".2135", label %"ip_version_d1.copy", label %"ip_version_d1.linear", !prof !0
ip_version_d1.linear:
  %".2137" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2138" = load i8, ptr %".2137", align 1
  br label %"ip_version_d1.header"
ip_version_d1.header:
  %"w0_1.7" = phi  i8 [%".2138", %"ip_version_d1.linear"], [%".2157", %"ip_version_d1.copy_failed.endif"]
  %"data.110" = phi  ptr [%"data.39", %"ip_version_d1.linear"], [%"data.109", %"ip_version_d1.copy_failed.endif"]
  %"data_end.110" = phi  ptr [%"data_end.39", %"ip_version_d1.linear"], [%"data_end.109", %"ip_version_d1.copy_failed.endif"]
  %"keys.110" = phi  ptr [%"keys.39", %"ip_version_d1.linear"], [%"keys.109", %"ip_version_d1.copy_failed.endif"]
  %".2159" = zext i8 %"w0_1.7" to i64
  %".2160" = lshr i64 %".2159", 4
  %".2161" = and i64 %".2160", 15
  switch i64 %".2161", label %"ip_version_d1.unknown" [i64 4, label %"ip_version_d1.to_ipv4" i64 6, label %"ip_version_d1.to_ipv6"]
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
  %"cursor.31" = phi  i64 [%".505", %"pppoe_d0.to_ppp_other"], [%".2333", %"pppoe_d1.to_ppp_other"]
  %"data.42" = phi  ptr [%"data.41", %"pppoe_d0.to_ppp_other"], [%"data.119", %"pppoe_d1.to_ppp_other"]
  %"data_end.42" = phi  ptr [%"data_end.41", %"pppoe_d0.to_ppp_other"], [%"data_end.119", %"pppoe_d1.to_ppp_other"]
  %"keys.42" = phi  ptr [%"keys.41", %"pppoe_d0.to_ppp_other"], [%"keys.119", %"pppoe_d1.to_ppp_other"]
  %".2169" = add i64 %"cursor.31", 0
  %".2170" = trunc i64 %".2169" to i16
  %".2171" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".2170", ptr %".2171", align 2
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
  %"cursor.32" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.2"], [%".735", %"batadv_d0.stop_at_encap.endif.3"], [%"end.5", %"gre_d0.to_vlan"], [%"end.5", %"gre_d0.to_vlan.1"], [%".4185", %"ethernet_d1.to_vlan"], [%".4185", %"ethernet_d1.to_vlan.1"], [%".6366", %"widening.test.16"]
  %"data.53" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.2"], [%"data.52", %"batadv_d0.stop_at_encap.endif.3"], [%"data.146", %"gre_d0.to_vlan"], [%"data.146", %"gre_d0.to_vlan.1"], [%"data.186", %"ethernet_d1.to_vlan"], [%"data.186", %"ethernet_d1.to_vlan.1"], [%"data.271", %"widening.test.16"]
  %"data_end.53" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.146", %"gre_d0.to_vlan"], [%"data_end.146", %"gre_d0.to_vlan.1"], [%"data_end.186", %"ethernet_d1.to_vlan"], [%"data_end.186", %"ethernet_d1.to_vlan.1"], [%"data_end.271", %"widening.test.16"]
  %"keys.53" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.146", %"gre_d0.to_vlan"], [%"keys.146", %"gre_d0.to_vlan.1"], [%"keys.186", %"ethernet_d1.to_vlan"], [%"keys.186", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.test.16"]
  %"hdr.28" = getelementptr i8, ptr %"data.53", i64 %"cursor.32"
  %".2174" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2175" = icmp ugt ptr %".2174", %"data_end.53"
  br i1 %".2175", label %"vlan_d1_vlan_tags1.copy", label %"vlan_d1_vlan_tags1.linear", !prof !0
vlan_d1_vlan_tags1.linear:
  %".2177" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2178" = load i16, ptr %".2177", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.header:
  %"w2_2.9" = phi  i16 [%".2178", %"vlan_d1_vlan_tags1.linear"], [%".2197", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data.112" = phi  ptr [%"data.53", %"vlan_d1_vlan_tags1.linear"], [%"data.111", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.112" = phi  ptr [%"data_end.53", %"vlan_d1_vlan_tags1.linear"], [%"data_end.111", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %"keys.112" = phi  ptr [%"keys.53", %"vlan_d1_vlan_tags1.linear"], [%"keys.111", %"vlan_d1_vlan_tags1.copy_failed.endif"]
  %".2199" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2200" = zext i16 %".2199" to i64
  %".2201" = trunc i64 %".2200" to i16
  %".2202" = call i16 @"llvm.bswap.i16"(i16 %".2201")
  %".2203" = getelementptr i8, ptr %"keys.112", i64 10
  store i16 %".2202", ptr %".2203", align 2
  %".2205" = add i64 %"cursor.32", 4
  %".2206" = trunc i64 %".2205" to i16
  %".2207" = getelementptr i8, ptr %"keys.112", i64 0
  store i16 %".2206", ptr %".2207", align 2
  %".2209" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2210" = zext i16 %".2209" to i64
  switch i64 %".2210", label %"vlan_d1_vlan_tags1.unknown" [i64 2048, label %"vlan_d1_vlan_tags1.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags1.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags1.to_vlan" i64 34984, label %"vlan_d1_vlan_tags1.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags1.to_mpls" i64 34888, label %"vlan_d1_vlan_tags1.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags1.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags1.to_arp" i64 32821, label %"vlan_d1_vlan_tags1.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags1.to_ptp" i64 35074, label %"vlan_d1_vlan_tags1.to_cfm" i64 35018, label %"vlan_d1_vlan_tags1.to_tipc" i64 35078, label %"vlan_d1_vlan_tags1.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags1.to_hsr" i64 35067, label %"vlan_d1_vlan_tags1.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags1.to_batadv"]  , !prof !1
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
  %"cursor.33" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.4"], [%".735", %"batadv_d0.stop_at_encap.endif.5"], [%"end.1", %"ipv4_d1.to_mpls"], [%".1627", %"ipv6_d1.to_mpls"], [%".2205", %"vlan_d1_vlan_tags1.to_mpls"], [%".2205", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2333", %"pppoe_d1.to_mpls"], [%".2333", %"pppoe_d1.to_mpls.1"], [%".2399", %"hsr_d1_vlan_tags1.to_mpls"], [%".2399", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.5", %"gre_d0.to_mpls"], [%"end.5", %"gre_d0.to_mpls.1"], [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".3994", %"vlan_d1_vlan_tags2.to_mpls"], [%".3994", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".4064", %"hsr_d1_vlan_tags2.to_mpls"], [%".4064", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".4185", %"ethernet_d1.to_mpls"], [%".4185", %"ethernet_d1.to_mpls.1"], [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%".5698", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".5808", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".6553", %"widening.test.33"]
  %"data.54" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.4"], [%"data.52", %"batadv_d0.stop_at_encap.endif.5"], [%"data.87", %"ipv4_d1.to_mpls"], [%"data.91", %"ipv6_d1.to_mpls"], [%"data.112", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.112", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.119", %"pppoe_d1.to_mpls"], [%"data.119", %"pppoe_d1.to_mpls.1"], [%"data.121", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.121", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.146", %"gre_d0.to_mpls"], [%"data.146", %"gre_d0.to_mpls.1"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.179", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.179", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.181", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.181", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.186", %"ethernet_d1.to_mpls"], [%"data.186", %"ethernet_d1.to_mpls.1"], [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.235", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.237", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.288", %"widening.test.33"]
  %"data_end.54" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.87", %"ipv4_d1.to_mpls"], [%"data_end.91", %"ipv6_d1.to_mpls"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.119", %"pppoe_d1.to_mpls"], [%"data_end.119", %"pppoe_d1.to_mpls.1"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.146", %"gre_d0.to_mpls"], [%"data_end.146", %"gre_d0.to_mpls.1"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.179", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.179", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.181", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.181", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.186", %"ethernet_d1.to_mpls"], [%"data_end.186", %"ethernet_d1.to_mpls.1"], [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.235", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.237", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.288", %"widening.test.33"]
  %"keys.54" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.87", %"ipv4_d1.to_mpls"], [%"keys.91", %"ipv6_d1.to_mpls"], [%"keys.112", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.112", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.119", %"pppoe_d1.to_mpls"], [%"keys.119", %"pppoe_d1.to_mpls.1"], [%"keys.121", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.121", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.146", %"gre_d0.to_mpls"], [%"keys.146", %"gre_d0.to_mpls.1"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.179", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.179", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.181", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.181", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.186", %"ethernet_d1.to_mpls"], [%"keys.186", %"ethernet_d1.to_mpls.1"], [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.235", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.237", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.test.33"]
  %".2232" = add i64 %"cursor.33", 4
  %"hdr.29" = getelementptr i8, ptr %"data.54", i64 %"cursor.33"
  %".2233" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2234" = icmp ugt ptr %".2233", %"data_end.54"
  br i1 %".2234", label %"mpls_d1_mpls_labels1.copy", label %"mpls_d1_mpls_labels1.linear", !prof !0
mpls_d1_mpls_labels1.linear:
  %".2236" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2237" = load i8, ptr %".2236", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.header:
  %"w2_1.2" = phi  i8 [%".2237", %"mpls_d1_mpls_labels1.linear"], [%".2256", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data.116" = phi  ptr [%"data.54", %"mpls_d1_mpls_labels1.linear"], [%"data.115", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"data_end.116" = phi  ptr [%"data_end.54", %"mpls_d1_mpls_labels1.linear"], [%"data_end.115", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %"keys.116" = phi  ptr [%"keys.54", %"mpls_d1_mpls_labels1.linear"], [%"keys.115", %"mpls_d1_mpls_labels1.copy_failed.endif"]
  %".2258" = add i64 %"cursor.33", 4
  %".2259" = zext i8 %"w2_1.2" to i64
  %".2260" = and i64 %".2259", 1
  switch i64 %".2260", label %"mpls_d1_mpls_labels1.unknown" [i64 0, label %"mpls_d1_mpls_labels1.to_mpls" i64 1, label %"mpls_d1_mpls_labels1.to_ip_version"]
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
  %"cursor.34" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.6"], [%".2205", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2399", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.5", %"gre_d0.to_pppoe"], [%".3994", %"vlan_d1_vlan_tags2.to_pppoe"], [%".4064", %"hsr_d1_vlan_tags2.to_pppoe"], [%".4185", %"ethernet_d1.to_pppoe"], [%".6465", %"widening.test.25"]
  %"data.55" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.6"], [%"data.112", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.121", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.146", %"gre_d0.to_pppoe"], [%"data.179", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.181", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.186", %"ethernet_d1.to_pppoe"], [%"data.280", %"widening.test.25"]
  %"data_end.55" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.146", %"gre_d0.to_pppoe"], [%"data_end.179", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.181", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.186", %"ethernet_d1.to_pppoe"], [%"data_end.280", %"widening.test.25"]
  %"keys.55" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.112", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.121", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.146", %"gre_d0.to_pppoe"], [%"keys.179", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.181", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.186", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.test.25"]
  %"hdr.30" = getelementptr i8, ptr %"data.55", i64 %"cursor.34"
  %".2283" = getelementptr i8, ptr %"hdr.30", i64 8
  %".2284" = icmp ugt ptr %".2283", %"data_end.55"
  br i1 %".2284", label %"pppoe_d1.copy", label %"pppoe_d1.linear", !prof !0
pppoe_d1.linear:
  %".2286" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2287" = load i8, ptr %".2286", align 1
  %".2288" = getelementptr i8, ptr %"hdr.30", i64 1
  %".2289" = load i8, ptr %".2288", align 1
  %".2290" = getelementptr i8, ptr %"hdr.30", i64 6
  %".2291" = load i16, ptr %".2290", align 2
  br label %"pppoe_d1.header"
pppoe_d1.header:
  %"w0_1.8" = phi  i8 [%".2287", %"pppoe_d1.linear"], [%".2310", %"pppoe_d1.copy_failed.endif"]
  %"w1_1.4" = phi  i8 [%".2289", %"pppoe_d1.linear"], [%".2312", %"pppoe_d1.copy_failed.endif"]
  %"w6_2.3" = phi  i16 [%".2291", %"pppoe_d1.linear"], [%".2314", %"pppoe_d1.copy_failed.endif"]
  %"data.119" = phi  ptr [%"data.55", %"pppoe_d1.linear"], [%"data.118", %"pppoe_d1.copy_failed.endif"]
  %"data_end.119" = phi  ptr [%"data_end.55", %"pppoe_d1.linear"], [%"data_end.118", %"pppoe_d1.copy_failed.endif"]
  %"keys.119" = phi  ptr [%"keys.55", %"pppoe_d1.linear"], [%"keys.118", %"pppoe_d1.copy_failed.endif"]
  %".2316" = zext i8 %"w0_1.8" to i64
  %".2317" = lshr i64 %".2316", 4
  %".2318" = and i64 %".2317", 15
  %".2319" = icmp eq i64 %".2318", 1
  %".2320" = zext i8 %"w0_1.8" to i64
  %".2321" = and i64 %".2320", 15
  %".2322" = icmp eq i64 %".2321", 1
  %".2323" = and i1 %".2319", %".2322"
  %".2324" = zext i8 %"w1_1.4" to i64
  %".2325" = icmp eq i64 %".2324", 0
  %".2326" = and i1 %".2323", %".2325"
  %".2327" = xor i1 %".2326", -1
  br i1 %".2327", label %"pppoe_d1.require", label %"pppoe_d1.require.endif"
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
  %"cursor.35" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.13"], [%".735", %"batadv_d0.stop_at_encap.endif.14"], [%"end.5", %"gre_d0.to_hsr"], [%"end.5", %"gre_d0.to_hsr.1"], [%".4185", %"ethernet_d1.to_hsr"], [%".4185", %"ethernet_d1.to_hsr.1"], [%".6355", %"widening.test.15"]
  %"data.56" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.13"], [%"data.52", %"batadv_d0.stop_at_encap.endif.14"], [%"data.146", %"gre_d0.to_hsr"], [%"data.146", %"gre_d0.to_hsr.1"], [%"data.186", %"ethernet_d1.to_hsr"], [%"data.186", %"ethernet_d1.to_hsr.1"], [%"data.270", %"widening.test.15"]
  %"data_end.56" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.146", %"gre_d0.to_hsr"], [%"data_end.146", %"gre_d0.to_hsr.1"], [%"data_end.186", %"ethernet_d1.to_hsr"], [%"data_end.186", %"ethernet_d1.to_hsr.1"], [%"data_end.270", %"widening.test.15"]
  %"keys.56" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.146", %"gre_d0.to_hsr"], [%"keys.146", %"gre_d0.to_hsr.1"], [%"keys.186", %"ethernet_d1.to_hsr"], [%"keys.186", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.test.15"]
  %"hdr.31" = getelementptr i8, ptr %"data.56", i64 %"cursor.35"
  %".2368" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2369" = icmp ugt ptr %".2368", %"data_end.56"
  br i1 %".2369", label %"hsr_d1_vlan_tags1.copy", label %"hsr_d1_vlan_tags1.linear", !prof !0
hsr_d1_vlan_tags1.linear:
  %".2371" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2372" = load i16, ptr %".2371", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.header:
  %"w4_2.2" = phi  i16 [%".2372", %"hsr_d1_vlan_tags1.linear"], [%".2391", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data.121" = phi  ptr [%"data.56", %"hsr_d1_vlan_tags1.linear"], [%"data.120", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"data_end.121" = phi  ptr [%"data_end.56", %"hsr_d1_vlan_tags1.linear"], [%"data_end.120", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %"keys.121" = phi  ptr [%"keys.56", %"hsr_d1_vlan_tags1.linear"], [%"keys.120", %"hsr_d1_vlan_tags1.copy_failed.endif"]
  %".2393" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2394" = zext i16 %".2393" to i64
  %".2395" = trunc i64 %".2394" to i16
  %".2396" = call i16 @"llvm.bswap.i16"(i16 %".2395")
  %".2397" = getelementptr i8, ptr %"keys.121", i64 10
  store i16 %".2396", ptr %".2397", align 2
  %".2399" = add i64 %"cursor.35", 6
  %".2400" = trunc i64 %".2399" to i16
  %".2401" = getelementptr i8, ptr %"keys.121", i64 0
  store i16 %".2400", ptr %".2401", align 2
  %".2403" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.2")
  %".2404" = zext i16 %".2403" to i64
  switch i64 %".2404", label %"hsr_d1_vlan_tags1.unknown" [i64 2048, label %"hsr_d1_vlan_tags1.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags1.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags1.to_vlan" i64 34984, label %"hsr_d1_vlan_tags1.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags1.to_mpls" i64 34888, label %"hsr_d1_vlan_tags1.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags1.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags1.to_arp" i64 32821, label %"hsr_d1_vlan_tags1.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags1.to_ptp" i64 35074, label %"hsr_d1_vlan_tags1.to_cfm" i64 35018, label %"hsr_d1_vlan_tags1.to_tipc" i64 35078, label %"hsr_d1_vlan_tags1.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags1.to_hsr" i64 35067, label %"hsr_d1_vlan_tags1.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags1.to_batadv"]  , !prof !1
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
  %"cursor.36" = phi  i64 [%".735", %"batadv_d0.stop_at_encap.endif.15"], [%".2205", %"vlan_d1_vlan_tags1.to_batadv"], [%".2399", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.5", %"gre_d0.to_batadv"], [%".3994", %"vlan_d1_vlan_tags2.to_batadv"], [%".4064", %"hsr_d1_vlan_tags2.to_batadv"], [%".4185", %"ethernet_d1.to_batadv"], [%".6399", %"widening.test.19"]
  %"data.57" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.15"], [%"data.112", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.121", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.146", %"gre_d0.to_batadv"], [%"data.179", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.181", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.186", %"ethernet_d1.to_batadv"], [%"data.274", %"widening.test.19"]
  %"data_end.57" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.146", %"gre_d0.to_batadv"], [%"data_end.179", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.181", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.186", %"ethernet_d1.to_batadv"], [%"data_end.274", %"widening.test.19"]
  %"keys.57" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.112", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.121", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.146", %"gre_d0.to_batadv"], [%"keys.179", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.181", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.186", %"ethernet_d1.to_batadv"], [%"keys", %"widening.test.19"]
  %"hdr.32" = getelementptr i8, ptr %"data.57", i64 %"cursor.36"
  %".2426" = getelementptr i8, ptr %"hdr.32", i64 24
  %".2427" = icmp ugt ptr %".2426", %"data_end.57"
  br i1 %".2427", label %"batadv_d1.copy", label %"batadv_d1.linear", !prof !0
batadv_d1.linear:
  %".2429" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2430" = load i8, ptr %".2429", align 1
  %".2431" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2432" = load i8, ptr %".2431", align 1
  %".2433" = getelementptr i8, ptr %"hdr.32", i64 22
  %".2434" = load i16, ptr %".2433", align 2
  br label %"batadv_d1.header"
batadv_d1.header:
  %"w0_1.9" = phi  i8 [%".2430", %"batadv_d1.linear"], [%".2453", %"batadv_d1.copy_failed.endif"]
  %"w1_1.5" = phi  i8 [%".2432", %"batadv_d1.linear"], [%".2455", %"batadv_d1.copy_failed.endif"]
  %"w22_2.1" = phi  i16 [%".2434", %"batadv_d1.linear"], [%".2457", %"batadv_d1.copy_failed.endif"]
  %"data.123" = phi  ptr [%"data.57", %"batadv_d1.linear"], [%"data.122", %"batadv_d1.copy_failed.endif"]
  %"data_end.123" = phi  ptr [%"data_end.57", %"batadv_d1.linear"], [%"data_end.122", %"batadv_d1.copy_failed.endif"]
  %"keys.123" = phi  ptr [%"keys.57", %"batadv_d1.linear"], [%"keys.122", %"batadv_d1.copy_failed.endif"]
  %".2459" = zext i8 %"w1_1.5" to i64
  %".2460" = icmp eq i64 %".2459", 15
  %".2461" = zext i8 %"w0_1.9" to i64
  %".2462" = icmp eq i64 %".2461", 64
  %".2463" = and i1 %".2460", %".2462"
  %".2464" = xor i1 %".2463", -1
  br i1 %".2464", label %"batadv_d1.require", label %"batadv_d1.require.endif"
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
  %".2740" = getelementptr i8, ptr %"hdr.33", i64 20
  %".2741" = icmp ugt ptr %".2740", %"data_end.60"
  br i1 %".2741", label %"tcp_header.copy", label %"tcp_header.linear", !prof !0
tcp_header.linear:
  %".2743" = getelementptr i8, ptr %"hdr.33", i64 12
  %".2744" = load i8, ptr %".2743", align 1
  br label %"tcp_header.header"
tcp_header.header:
  %"w12_1" = phi  i8 [%".2744", %"tcp_header.linear"], [%".2763", %"tcp_header.copy_failed.endif"]
  %"data.125" = phi  ptr [%"data.60", %"tcp_header.linear"], [%"data.124", %"tcp_header.copy_failed.endif"]
  %"data_end.125" = phi  ptr [%"data_end.60", %"tcp_header.linear"], [%"data_end.124", %"tcp_header.copy_failed.endif"]
  %"keys.125" = phi  ptr [%"keys.60", %"tcp_header.linear"], [%"keys.124", %"tcp_header.copy_failed.endif"]
  %".2765" = zext i8 %"w12_1" to i64
  %".2766" = lshr i64 %".2765", 4
  %".2767" = and i64 %".2766", 15
  %".2768" = icmp uge i64 %".2767", 5
  %".2769" = xor i1 %".2768", -1
  br i1 %".2769", label %"tcp_header.require", label %"tcp_header.require.endif"
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
  %".2813" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2814" = icmp ugt ptr %".2813", %"data_end.65"
  br i1 %".2814", label %"vxlan_d0.copy", label %"vxlan_d0.linear", !prof !0
vxlan_d0.linear:
  br label %"vxlan_d0.header"
vxlan_d0.header:
  %"data.129" = phi  ptr [%"data.65", %"vxlan_d0.linear"], [%"data.128", %"vxlan_d0.copy_failed.endif"]
  %"data_end.129" = phi  ptr [%"data_end.65", %"vxlan_d0.linear"], [%"data_end.128", %"vxlan_d0.copy_failed.endif"]
  %"keys.129" = phi  ptr [%"keys.65", %"vxlan_d0.linear"], [%"keys.128", %"vxlan_d0.copy_failed.endif"]
  %".2834" = add i64 %"cursor.38", 8
  %".2835" = getelementptr i8, ptr %"keys.129", i64 8
  store i8 1, ptr %".2835", align 1
  %".2837" = getelementptr i8, ptr %"keys.129", i64 48
  %"flags.52" = load volatile i32, ptr %".2837", align 4
  %".2838" = and i32 %"flags.52", 4
  %".2839" = icmp ne i32 %".2838", 0
  br i1 %".2839", label %"vxlan_d0.stop_at_encap", label %"vxlan_d0.stop_at_encap.endif"
geneve_d0:
  %"cursor.39" = phi  i64 [%".1064", %"udp_d0.to_geneve"]
  %"data.66" = phi  ptr [%"data.64", %"udp_d0.to_geneve"]
  %"data_end.66" = phi  ptr [%"data_end.64", %"udp_d0.to_geneve"]
  %"keys.66" = phi  ptr [%"keys.64", %"udp_d0.to_geneve"]
  %"hdr.35" = getelementptr i8, ptr %"data.66", i64 %"cursor.39"
  %".2853" = getelementptr i8, ptr %"hdr.35", i64 8
  %".2854" = icmp ugt ptr %".2853", %"data_end.66"
  br i1 %".2854", label %"geneve_d0.copy", label %"geneve_d0.linear", !prof !0
geneve_d0.linear:
  %".2856" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2857" = load i8, ptr %".2856", align 1
  %".2858" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2859" = load i16, ptr %".2858", align 2
  br label %"geneve_d0.header"
geneve_d0.header:
  %"w0_1.10" = phi  i8 [%".2857", %"geneve_d0.linear"], [%".2878", %"geneve_d0.copy_failed.endif"]
  %"w2_2.10" = phi  i16 [%".2859", %"geneve_d0.linear"], [%".2880", %"geneve_d0.copy_failed.endif"]
  %"data.132" = phi  ptr [%"data.66", %"geneve_d0.linear"], [%"data.131", %"geneve_d0.copy_failed.endif"]
  %"data_end.132" = phi  ptr [%"data_end.66", %"geneve_d0.linear"], [%"data_end.131", %"geneve_d0.copy_failed.endif"]
  %"keys.132" = phi  ptr [%"keys.66", %"geneve_d0.linear"], [%"keys.131", %"geneve_d0.copy_failed.endif"]
  %".2882" = zext i8 %"w0_1.10" to i64
  %".2883" = lshr i64 %".2882", 6
  %".2884" = and i64 %".2883", 3
  %".2885" = icmp ne i64 %".2884", 0
  br i1 %".2885", label %"geneve_d0.stop_before", label %"geneve_d0.stop_before.endif"
gue_d0:
  %"cursor.40" = phi  i64 [%".1064", %"udp_d0.to_gue"]
  %"data.67" = phi  ptr [%"data.64", %"udp_d0.to_gue"]
  %"data_end.67" = phi  ptr [%"data_end.64", %"udp_d0.to_gue"]
  %"keys.67" = phi  ptr [%"keys.64", %"udp_d0.to_gue"]
  %"hdr.36" = getelementptr i8, ptr %"data.67", i64 %"cursor.40"
  %".2945" = getelementptr i8, ptr %"hdr.36", i64 4
  %".2946" = icmp ugt ptr %".2945", %"data_end.67"
  br i1 %".2946", label %"gue_d0.copy", label %"gue_d0.linear", !prof !0
gue_d0.linear:
  %".2948" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2949" = load i8, ptr %".2948", align 1
  %".2950" = getelementptr i8, ptr %"hdr.36", i64 1
  %".2951" = load i8, ptr %".2950", align 1
  br label %"gue_d0.header"
gue_d0.header:
  %"w0_1.11" = phi  i8 [%".2949", %"gue_d0.linear"], [%".2970", %"gue_d0.copy_failed.endif"]
  %"w1_1.6" = phi  i8 [%".2951", %"gue_d0.linear"], [%".2972", %"gue_d0.copy_failed.endif"]
  %"data.136" = phi  ptr [%"data.67", %"gue_d0.linear"], [%"data.135", %"gue_d0.copy_failed.endif"]
  %"data_end.136" = phi  ptr [%"data_end.67", %"gue_d0.linear"], [%"data_end.135", %"gue_d0.copy_failed.endif"]
  %"keys.136" = phi  ptr [%"keys.67", %"gue_d0.linear"], [%"keys.135", %"gue_d0.copy_failed.endif"]
  %".2974" = zext i8 %"w0_1.11" to i64
  %".2975" = lshr i64 %".2974", 6
  %".2976" = and i64 %".2975", 3
  %".2977" = icmp ne i64 %".2976", 0
  %".2978" = zext i8 %"w0_1.11" to i64
  %".2979" = lshr i64 %".2978", 5
  %".2980" = and i64 %".2979", 1
  %".2981" = icmp ne i64 %".2980", 0
  %".2982" = or i1 %".2977", %".2981"
  br i1 %".2982", label %"gue_d0.stop_before", label %"gue_d0.stop_before.endif"
gtpu_d0:
  %"cursor.41" = phi  i64 [%".1064", %"udp_d0.to_gtpu"]
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
  %"data.140" = phi  ptr [%"data.68", %"gtpu_d0.linear"], [%"data.139", %"gtpu_d0.copy_failed.endif"]
  %"data_end.140" = phi  ptr [%"data_end.68", %"gtpu_d0.linear"], [%"data_end.139", %"gtpu_d0.copy_failed.endif"]
  %"keys.140" = phi  ptr [%"keys.68", %"gtpu_d0.linear"], [%"keys.139", %"gtpu_d0.copy_failed.endif"]
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
  %"cursor.42" = phi  i64 [%".1064", %"udp_d0.to_shim"]
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
  %"data.144" = phi  ptr [%"data.69", %"shim_d0.linear"], [%"data.143", %"shim_d0.copy_failed.endif"]
  %"data_end.144" = phi  ptr [%"data_end.69", %"shim_d0.linear"], [%"data_end.143", %"shim_d0.copy_failed.endif"]
  %"keys.144" = phi  ptr [%"keys.69", %"shim_d0.linear"], [%"keys.143", %"shim_d0.copy_failed.endif"]
  %".3152" = add i64 %"cursor.42", 8
  %".3153" = getelementptr i8, ptr %"keys.144", i64 8
  store i8 1, ptr %".3153", align 1
  %".3155" = getelementptr i8, ptr %"keys.144", i64 48
  %"flags.56" = load volatile i32, ptr %".3155", align 4
  %".3156" = and i32 %"flags.56", 4
  %".3157" = icmp ne i32 %".3156", 0
  br i1 %".3157", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
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
gre_version_d0.copy:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1135" = trunc i64 %"cursor.16" to i32
  %".1136" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".1135", [40 x i8]* %"header_copy", i32 4)
  %".1137" = icmp eq i64 %".1136", 0
  %".1138" = getelementptr i8, ptr %"ctx.15", i64 76
  %".1139" = load i32, ptr %".1138", align 4
  %".1140" = zext i32 %".1139" to i64
  %"data.72" = inttoptr i64 %".1140" to ptr
  %".1141" = getelementptr i8, ptr %"ctx.15", i64 80
  %".1142" = load i32, ptr %".1141", align 4
  %".1143" = zext i32 %".1142" to i64
  %"data_end.72" = inttoptr i64 %".1143" to ptr
  %".1144" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.72" = load ptr, ptr %".1144", align 8
  %".1145" = xor i1 %".1137", -1
  br i1 %".1145", label %"gre_version_d0.copy_failed", label %"gre_version_d0.copy_failed.endif"
gre_version_d0.copy_failed:
  %".1147" = trunc i64 %"cursor.16" to i16
  %".1148" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1147", ptr %".1148", align 2
  br label %"return"
gre_version_d0.copy_failed.endif:
  %".1151" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1152" = load volatile i8, [40 x i8]* %".1151", align 1
  %".1153" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1154" = load volatile i8, [40 x i8]* %".1153", align 1
  %".1155" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1156" = load volatile i16, [40 x i8]* %".1155", align 2
  br label %"gre_version_d0.header"
gre_version_d0.stop_before:
  %".1167" = trunc i64 %"cursor.16" to i16
  %".1168" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1167", ptr %".1168", align 2
  br label %"return"
gre_version_d0.stop_before.endif:
  %".1171" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".1172" = zext i16 %".1171" to i64
  %".1173" = trunc i64 %".1172" to i16
  %".1174" = call i16 @"llvm.bswap.i16"(i16 %".1173")
  %".1175" = getelementptr i8, ptr %"keys.73", i64 10
  store i16 %".1174", ptr %".1175", align 2
  %".1177" = zext i8 %"w1_1.2" to i64
  %".1178" = and i64 %".1177", 7
  switch i64 %".1178", label %"gre_version_d0.unknown" [i64 0, label %"gre_version_d0.to_gre" i64 1, label %"gre_version_d0.to_pptp"]
gre_version_d0.unknown:
  %".1180" = trunc i64 %"cursor.16" to i16
  %".1181" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1180", ptr %".1181", align 2
  br label %"return"
gre_version_d0.to_gre:
  br label %"gre_d0"
gre_version_d0.to_pptp:
  br label %"pptp_d0"
gre_d0:
  %"cursor.43" = phi  i64 [%"cursor.16", %"gre_version_d0.to_gre"]
  %"data.74" = phi  ptr [%"data.73", %"gre_version_d0.to_gre"]
  %"data_end.74" = phi  ptr [%"data_end.73", %"gre_version_d0.to_gre"]
  %"keys.74" = phi  ptr [%"keys.73", %"gre_version_d0.to_gre"]
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
  %"data.75" = phi  ptr [%"data.73", %"gre_version_d0.to_pptp"]
  %"data_end.75" = phi  ptr [%"data_end.73", %"gre_version_d0.to_pptp"]
  %"keys.75" = phi  ptr [%"keys.73", %"gre_version_d0.to_pptp"]
  %".3269" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3270" = zext i16 %".3269" to i64
  %".3271" = icmp ne i64 %".3270", 34827
  %".3272" = zext i8 %"w0_1.3" to i64
  %".3273" = lshr i64 %".3272", 5
  %".3274" = and i64 %".3273", 1
  %".3275" = icmp eq i64 %".3274", 0
  %".3276" = or i1 %".3271", %".3275"
  br i1 %".3276", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
sctp.copy:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1194" = trunc i64 %"cursor.17" to i32
  %".1195" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".1194", [40 x i8]* %"header_copy", i32 4)
  %".1196" = icmp eq i64 %".1195", 0
  %".1197" = getelementptr i8, ptr %"ctx.16", i64 76
  %".1198" = load i32, ptr %".1197", align 4
  %".1199" = zext i32 %".1198" to i64
  %"data.76" = inttoptr i64 %".1199" to ptr
  %".1200" = getelementptr i8, ptr %"ctx.16", i64 80
  %".1201" = load i32, ptr %".1200", align 4
  %".1202" = zext i32 %".1201" to i64
  %"data_end.76" = inttoptr i64 %".1202" to ptr
  %".1203" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.76" = load ptr, ptr %".1203", align 8
  %".1204" = xor i1 %".1196", -1
  br i1 %".1204", label %"sctp.copy_failed", label %"sctp.copy_failed.endif"
sctp.copy_failed:
  %".1206" = trunc i64 %"cursor.17" to i16
  %".1207" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1206", ptr %".1207", align 2
  br label %"return"
sctp.copy_failed.endif:
  %".1210" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1211" = load volatile i16, [40 x i8]* %".1210", align 2
  %".1212" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1213" = load volatile i16, [40 x i8]* %".1212", align 2
  br label %"sctp.header"
dccp.copy:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1240" = trunc i64 %"cursor.18" to i32
  %".1241" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1240", [40 x i8]* %"header_copy", i32 4)
  %".1242" = icmp eq i64 %".1241", 0
  %".1243" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1244" = load i32, ptr %".1243", align 4
  %".1245" = zext i32 %".1244" to i64
  %"data.78" = inttoptr i64 %".1245" to ptr
  %".1246" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1247" = load i32, ptr %".1246", align 4
  %".1248" = zext i32 %".1247" to i64
  %"data_end.78" = inttoptr i64 %".1248" to ptr
  %".1249" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.78" = load ptr, ptr %".1249", align 8
  %".1250" = xor i1 %".1242", -1
  br i1 %".1250", label %"dccp.copy_failed", label %"dccp.copy_failed.endif"
dccp.copy_failed:
  %".1252" = trunc i64 %"cursor.18" to i16
  %".1253" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1252", ptr %".1253", align 2
  br label %"return"
dccp.copy_failed.endif:
  %".1256" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1257" = load volatile i16, [40 x i8]* %".1256", align 2
  %".1258" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1259" = load volatile i16, [40 x i8]* %".1258", align 2
  br label %"dccp.header"
esp.copy:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1284" = trunc i64 %"cursor.19" to i32
  %".1285" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1284", [40 x i8]* %"header_copy", i32 4)
  %".1286" = icmp eq i64 %".1285", 0
  %".1287" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1288" = load i32, ptr %".1287", align 4
  %".1289" = zext i32 %".1288" to i64
  %"data.80" = inttoptr i64 %".1289" to ptr
  %".1290" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1291" = load i32, ptr %".1290", align 4
  %".1292" = zext i32 %".1291" to i64
  %"data_end.80" = inttoptr i64 %".1292" to ptr
  %".1293" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.80" = load ptr, ptr %".1293", align 8
  %".1294" = xor i1 %".1286", -1
  br i1 %".1294", label %"esp.copy_failed", label %"esp.copy_failed.endif"
esp.copy_failed:
  %".1296" = trunc i64 %"cursor.19" to i16
  %".1297" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1296", ptr %".1297", align 2
  br label %"return"
esp.copy_failed.endif:
  %".1300" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1301" = load volatile i32, [40 x i8]* %".1300", align 4
  br label %"esp.header"
ah.copy:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1328" = trunc i64 %"cursor.20" to i32
  %".1329" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1328", [40 x i8]* %"header_copy", i32 8)
  %".1330" = icmp eq i64 %".1329", 0
  %".1331" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1332" = load i32, ptr %".1331", align 4
  %".1333" = zext i32 %".1332" to i64
  %"data.82" = inttoptr i64 %".1333" to ptr
  %".1334" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1335" = load i32, ptr %".1334", align 4
  %".1336" = zext i32 %".1335" to i64
  %"data_end.82" = inttoptr i64 %".1336" to ptr
  %".1337" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.82" = load ptr, ptr %".1337", align 8
  %".1338" = xor i1 %".1330", -1
  br i1 %".1338", label %"ah.copy_failed", label %"ah.copy_failed.endif"
ah.copy_failed:
  %".1340" = trunc i64 %"cursor.20" to i16
  %".1341" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1340", ptr %".1341", align 2
  br label %"return"
ah.copy_failed.endif:
  %".1344" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1345" = load volatile i32, [40 x i8]* %".1344", align 4
  br label %"ah.header"
icmp.copy:
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1370" = trunc i64 %"cursor.21" to i32
  %".1371" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1370", [40 x i8]* %"header_copy", i32 4)
  %".1372" = icmp eq i64 %".1371", 0
  %".1373" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1374" = load i32, ptr %".1373", align 4
  %".1375" = zext i32 %".1374" to i64
  %"data.84" = inttoptr i64 %".1375" to ptr
  %".1376" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1377" = load i32, ptr %".1376", align 4
  %".1378" = zext i32 %".1377" to i64
  %"data_end.84" = inttoptr i64 %".1378" to ptr
  %".1379" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.84" = load ptr, ptr %".1379", align 8
  %".1380" = xor i1 %".1372", -1
  br i1 %".1380", label %"icmp.copy_failed", label %"icmp.copy_failed.endif"
icmp.copy_failed:
  %".1382" = trunc i64 %"cursor.21" to i16
  %".1383" = getelementptr i8, ptr %"keys.84", i64 2
  store i16 %".1382", ptr %".1383", align 2
  br label %"return"
icmp.copy_failed.endif:
  br label %"icmp.header"
ipv4_d1.copy:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1406" = trunc i64 %"cursor.22" to i32
  %".1407" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1406", [40 x i8]* %"header_copy", i32 20)
  %".1408" = icmp eq i64 %".1407", 0
  %".1409" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1410" = load i32, ptr %".1409", align 4
  %".1411" = zext i32 %".1410" to i64
  %"data.86" = inttoptr i64 %".1411" to ptr
  %".1412" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1413" = load i32, ptr %".1412", align 4
  %".1414" = zext i32 %".1413" to i64
  %"data_end.86" = inttoptr i64 %".1414" to ptr
  %".1415" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.86" = load ptr, ptr %".1415", align 8
  %".1416" = xor i1 %".1408", -1
  br i1 %".1416", label %"ipv4_d1.copy_failed", label %"ipv4_d1.copy_failed.endif"
ipv4_d1.copy_failed:
  %".1418" = trunc i64 %"cursor.22" to i16
  %".1419" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".1418", ptr %".1419", align 2
  br label %"return"
ipv4_d1.copy_failed.endif:
  %".1422" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1423" = load volatile i8, [40 x i8]* %".1422", align 1
  %".1424" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1425" = load volatile i16, [40 x i8]* %".1424", align 2
  %".1426" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1427" = load volatile i8, [40 x i8]* %".1426", align 1
  %".1428" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1429" = load volatile i32, [40 x i8]* %".1428", align 4
  %".1430" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1431" = load volatile i32, [40 x i8]* %".1430", align 4
  br label %"ipv4_d1.header"
ipv4_d1.require:
  %".1438" = trunc i64 %"cursor.22" to i16
  %".1439" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1438", ptr %".1439", align 2
  br label %"return"
ipv4_d1.require.endif:
  %".1442" = trunc i64 2048 to i16
  %".1443" = getelementptr i8, ptr %"keys.87", i64 4
  store i16 %".1442", ptr %".1443", align 2
  %".1445" = trunc i64 2048 to i16
  %".1446" = call i16 @"llvm.bswap.i16"(i16 %".1445")
  %".1447" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1446", ptr %".1447", align 2
  %".1449" = getelementptr i8, ptr %"keys.87", i64 16
  store i32 %"w12_4.1", ptr %".1449", align 4
  %".1451" = getelementptr i8, ptr %"keys.87", i64 20
  store i32 %"w16_4.1", ptr %".1451", align 4
  %".1453" = zext i8 %"w9_1.1" to i64
  %".1454" = trunc i64 %".1453" to i8
  %".1455" = getelementptr i8, ptr %"keys.87", i64 9
  store i8 %".1454", ptr %".1455", align 1
  %".1457" = add i64 %"cursor.22", 20
  %".1458" = zext i8 %"w0_1.4" to i64
  %".1459" = and i64 %".1458", 15
  %".1460" = mul i64 %".1459", 4
  %".1461" = sub i64 %".1460", 20
  %".1462" = add i64 %".1461", 20
  %".1463" = add i64 %"cursor.22", %".1462"
  %".1464" = add i64 %"cursor.22", 20
  %".1465" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".1464")
  %".1466" = icmp eq i64 %".1461", 0
  %"end.1" = select  i1 %".1466", i64 %".1465", i64 %".1463"
  %".1467" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1468" = zext i16 %".1467" to i64
  %".1469" = and i64 %".1468", 16383
  %".1470" = icmp ne i64 %".1469", 0
  %".1471" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1472" = zext i16 %".1471" to i64
  %".1473" = and i64 %".1472", 8191
  %".1474" = icmp eq i64 %".1473", 0
  br i1 %".1470", label %"ipv4_d1.fragment", label %"ipv4_d1.fragment.endif"
ipv4_d1.fragment:
  %".1476" = getelementptr i8, ptr %"keys.87", i64 6
  store i8 1, ptr %".1476", align 1
  br i1 %".1474", label %"ipv4_d1.first_fragment", label %"ipv4_d1.later_fragment"
ipv4_d1.fragment.endif:
  %".1496" = zext i8 %"w9_1.1" to i64
  switch i64 %".1496", label %"ipv4_d1.unknown" [i64 6, label %"ipv4_d1.to_tcp" i64 17, label %"ipv4_d1.to_udp" i64 136, label %"ipv4_d1.to_udplite" i64 47, label %"ipv4_d1.to_gre_version" i64 132, label %"ipv4_d1.to_sctp" i64 33, label %"ipv4_d1.to_dccp" i64 50, label %"ipv4_d1.to_esp" i64 51, label %"ipv4_d1.to_ah" i64 1, label %"ipv4_d1.to_icmp" i64 137, label %"ipv4_d1.to_mpls" i64 4, label %"ipv4_d1.to_ipv4" i64 41, label %"ipv4_d1.to_ipv6"]  , !prof !2
ipv4_d1.first_fragment:
  %".1479" = getelementptr i8, ptr %"keys.87", i64 7
  store i8 1, ptr %".1479", align 1
  %".1481" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.23" = load volatile i32, ptr %".1481", align 4
  %".1482" = and i32 %"flags.23", 1
  %".1483" = icmp ne i32 %".1482", 0
  %".1484" = xor i1 %".1483", -1
  br i1 %".1484", label %"ipv4_d1.no_parse_1st_frag", label %"ipv4_d1.no_parse_1st_frag.endif"
ipv4_d1.later_fragment:
  %".1491" = trunc i64 %"end.1" to i16
  %".1492" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1491", ptr %".1492", align 2
  br label %"return"
ipv4_d1.first_fragment.endif:
  br label %"ipv4_d1.fragment.endif"
ipv4_d1.no_parse_1st_frag:
  %".1486" = trunc i64 %"end.1" to i16
  %".1487" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1486", ptr %".1487", align 2
  br label %"return"
ipv4_d1.no_parse_1st_frag.endif:
  br label %"ipv4_d1.first_fragment.endif"
ipv4_d1.unknown:
  %".1498" = trunc i64 %"end.1" to i16
  %".1499" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1498", ptr %".1499", align 2
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
  %".1511" = trunc i64 34887 to i16
  %".1512" = call i16 @"llvm.bswap.i16"(i16 %".1511")
  %".1513" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1512", ptr %".1513", align 2
  br label %"mpls_d1_mpls_labels1"
ipv4_d1.to_ipv4:
  %".1516" = trunc i64 2048 to i16
  %".1517" = call i16 @"llvm.bswap.i16"(i16 %".1516")
  %".1518" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1517", ptr %".1518", align 2
  %".1520" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".1520", align 1
  %".1522" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.24" = load volatile i32, ptr %".1522", align 4
  %".1523" = and i32 %"flags.24", 4
  %".1524" = icmp ne i32 %".1523", 0
  br i1 %".1524", label %"ipv4_d1.stop_at_encap", label %"ipv4_d1.stop_at_encap.endif"
ipv4_d1.to_ipv6:
  %".1536" = trunc i64 34525 to i16
  %".1537" = call i16 @"llvm.bswap.i16"(i16 %".1536")
  %".1538" = getelementptr i8, ptr %"keys.87", i64 10
  store i16 %".1537", ptr %".1538", align 2
  %".1540" = getelementptr i8, ptr %"keys.87", i64 8
  store i8 1, ptr %".1540", align 1
  %".1542" = getelementptr i8, ptr %"keys.87", i64 48
  %"flags.25" = load volatile i32, ptr %".1542", align 4
  %".1543" = and i32 %"flags.25", 4
  %".1544" = icmp ne i32 %".1543", 0
  br i1 %".1544", label %"ipv4_d1.stop_at_encap.1", label %"ipv4_d1.stop_at_encap.endif.1"
udp_d1:
  %"cursor.45" = phi  i64 [%"end.1", %"ipv4_d1.to_udp"], [%".1627", %"ipv6_d1.to_udp"], [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%".5698", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".5808", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".6630", %"widening.test.40"]
  %"data.88" = phi  ptr [%"data.87", %"ipv4_d1.to_udp"], [%"data.91", %"ipv6_d1.to_udp"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.235", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.237", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.295", %"widening.test.40"]
  %"data_end.88" = phi  ptr [%"data_end.87", %"ipv4_d1.to_udp"], [%"data_end.91", %"ipv6_d1.to_udp"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.235", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.237", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.295", %"widening.test.40"]
  %"keys.88" = phi  ptr [%"keys.87", %"ipv4_d1.to_udp"], [%"keys.91", %"ipv6_d1.to_udp"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.235", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.237", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.test.40"]
  %"hdr.39" = getelementptr i8, ptr %"data.88", i64 %"cursor.45"
  %".3333" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3334" = icmp ugt ptr %".3333", %"data_end.88"
  br i1 %".3334", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".3336" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3337" = load i16, ptr %".3336", align 2
  %".3338" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3339" = load i16, ptr %".3338", align 2
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_2.5" = phi  i16 [%".3337", %"udp_d1.linear"], [%".3358", %"udp_d1.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3339", %"udp_d1.linear"], [%".3360", %"udp_d1.copy_failed.endif"]
  %"data.151" = phi  ptr [%"data.88", %"udp_d1.linear"], [%"data.150", %"udp_d1.copy_failed.endif"]
  %"data_end.151" = phi  ptr [%"data_end.88", %"udp_d1.linear"], [%"data_end.150", %"udp_d1.copy_failed.endif"]
  %"keys.151" = phi  ptr [%"keys.88", %"udp_d1.linear"], [%"keys.150", %"udp_d1.copy_failed.endif"]
  %".3362" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.5")
  %".3363" = zext i16 %".3362" to i64
  %".3364" = trunc i64 %".3363" to i16
  %".3365" = call i16 @"llvm.bswap.i16"(i16 %".3364")
  %".3366" = getelementptr i8, ptr %"keys.151", i64 12
  store i16 %".3365", ptr %".3366", align 2
  %".3368" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3369" = zext i16 %".3368" to i64
  %".3370" = trunc i64 %".3369" to i16
  %".3371" = call i16 @"llvm.bswap.i16"(i16 %".3370")
  %".3372" = getelementptr i8, ptr %"keys.151", i64 14
  store i16 %".3371", ptr %".3372", align 2
  %".3374" = add i64 %"cursor.45", 4
  %".3375" = add i64 4, 4
  %".3376" = getelementptr i8, ptr %"data.151", i64 %"cursor.45"
  %".3377" = getelementptr i8, ptr %".3376", i64 %".3375"
  %".3378" = icmp ugt ptr %".3377", %"data_end.151"
  br i1 %".3378", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.153" = phi  ptr [%"data.151", %"udp_d1.header"], [%"data.152", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.153" = phi  ptr [%"data_end.151", %"udp_d1.header"], [%"data_end.152", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.153" = phi  ptr [%"keys.151", %"udp_d1.header"], [%"keys.152", %"udp_d1.copy_last_byte_failed.endif"]
  %".3399" = add i64 %"cursor.45", %".3375"
  %".3400" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3401" = zext i16 %".3400" to i64
  switch i64 %".3401", label %"udp_d1.unknown" [i64 4789, label %"udp_d1.to_vxlan" i64 6081, label %"udp_d1.to_geneve" i64 6080, label %"udp_d1.to_gue" i64 2152, label %"udp_d1.to_gtpu" i64 7777, label %"udp_d1.to_shim"]  , !prof !4
gre_version_d1:
  %"cursor.46" = phi  i64 [%"end.1", %"ipv4_d1.to_gre_version"], [%".1627", %"ipv6_d1.to_gre_version"], [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%".5698", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".5808", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".6608", %"widening.test.38"]
  %"data.89" = phi  ptr [%"data.87", %"ipv4_d1.to_gre_version"], [%"data.91", %"ipv6_d1.to_gre_version"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.235", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.237", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.293", %"widening.test.38"]
  %"data_end.89" = phi  ptr [%"data_end.87", %"ipv4_d1.to_gre_version"], [%"data_end.91", %"ipv6_d1.to_gre_version"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.235", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.237", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.293", %"widening.test.38"]
  %"keys.89" = phi  ptr [%"keys.87", %"ipv4_d1.to_gre_version"], [%"keys.91", %"ipv6_d1.to_gre_version"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.235", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.237", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.test.38"]
  %"hdr.40" = getelementptr i8, ptr %"data.89", i64 %"cursor.46"
  %".3412" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3413" = icmp ugt ptr %".3412", %"data_end.89"
  br i1 %".3413", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3415" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3416" = load i8, ptr %".3415", align 1
  %".3417" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3418" = load i8, ptr %".3417", align 1
  %".3419" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3420" = load i16, ptr %".3419", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.13" = phi  i8 [%".3416", %"gre_version_d1.linear"], [%".3439", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3418", %"gre_version_d1.linear"], [%".3441", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".3420", %"gre_version_d1.linear"], [%".3443", %"gre_version_d1.copy_failed.endif"]
  %"data.160" = phi  ptr [%"data.89", %"gre_version_d1.linear"], [%"data.159", %"gre_version_d1.copy_failed.endif"]
  %"data_end.160" = phi  ptr [%"data_end.89", %"gre_version_d1.linear"], [%"data_end.159", %"gre_version_d1.copy_failed.endif"]
  %"keys.160" = phi  ptr [%"keys.89", %"gre_version_d1.linear"], [%"keys.159", %"gre_version_d1.copy_failed.endif"]
  %".3445" = zext i8 %"w0_1.13" to i64
  %".3446" = lshr i64 %".3445", 6
  %".3447" = and i64 %".3446", 1
  %".3448" = icmp ne i64 %".3447", 0
  %".3449" = zext i8 %"w1_1.8" to i64
  %".3450" = and i64 %".3449", 7
  %".3451" = icmp ugt i64 %".3450", 1
  %".3452" = or i1 %".3448", %".3451"
  br i1 %".3452", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
ipv4_d1.stop_at_encap:
  %".1526" = trunc i64 %"end.1" to i16
  %".1527" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1526", ptr %".1527", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif:
  %".1530" = getelementptr i8, ptr %"keys.87", i64 12
  store i32 0, ptr %".1530", align 4
  %".1532" = trunc i64 %"end.1" to i16
  %".1533" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1532", ptr %".1533", align 2
  br label %"return"
ipv4_d1.stop_at_encap.1:
  %".1546" = trunc i64 %"end.1" to i16
  %".1547" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1546", ptr %".1547", align 2
  br label %"return"
ipv4_d1.stop_at_encap.endif.1:
  %".1550" = getelementptr i8, ptr %"keys.87", i64 12
  store i32 0, ptr %".1550", align 4
  %".1552" = trunc i64 %"end.1" to i16
  %".1553" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".1552", ptr %".1553", align 2
  br label %"return"
ipv6_d1.copy:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1572" = trunc i64 %"cursor.23" to i32
  %".1573" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1572", [40 x i8]* %"header_copy", i32 40)
  %".1574" = icmp eq i64 %".1573", 0
  %".1575" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1576" = load i32, ptr %".1575", align 4
  %".1577" = zext i32 %".1576" to i64
  %"data.90" = inttoptr i64 %".1577" to ptr
  %".1578" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1579" = load i32, ptr %".1578", align 4
  %".1580" = zext i32 %".1579" to i64
  %"data_end.90" = inttoptr i64 %".1580" to ptr
  %".1581" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.90" = load ptr, ptr %".1581", align 8
  %".1582" = xor i1 %".1574", -1
  br i1 %".1582", label %"ipv6_d1.copy_failed", label %"ipv6_d1.copy_failed.endif"
ipv6_d1.copy_failed:
  %".1584" = trunc i64 %"cursor.23" to i16
  %".1585" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".1584", ptr %".1585", align 2
  br label %"return"
ipv6_d1.copy_failed.endif:
  %".1588" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1589" = load volatile i32, [40 x i8]* %".1588", align 4
  %".1590" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1591" = load volatile i8, [40 x i8]* %".1590", align 1
  %".1592" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1593" = load volatile i64, [40 x i8]* %".1592", align 8
  %".1594" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1595" = load volatile i64, [40 x i8]* %".1594", align 8
  %".1596" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1597" = load volatile i64, [40 x i8]* %".1596", align 8
  %".1598" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1599" = load volatile i64, [40 x i8]* %".1598", align 8
  br label %"ipv6_d1.header"
ipv6_d1.stop_if:
  %".1637" = trunc i64 %".1627" to i16
  %".1638" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1637", ptr %".1638", align 2
  br label %"return"
ipv6_d1.stop_if.endif:
  %".1641" = zext i8 %"w6_1.1" to i64
  switch i64 %".1641", label %"ipv6_d1.unknown" [i64 6, label %"ipv6_d1.to_tcp" i64 17, label %"ipv6_d1.to_udp" i64 136, label %"ipv6_d1.to_udplite" i64 47, label %"ipv6_d1.to_gre_version" i64 132, label %"ipv6_d1.to_sctp" i64 33, label %"ipv6_d1.to_dccp" i64 50, label %"ipv6_d1.to_esp" i64 51, label %"ipv6_d1.to_ah" i64 0, label %"ipv6_d1.to_ipv6_opts" i64 43, label %"ipv6_d1.to_ipv6_opts.1" i64 60, label %"ipv6_d1.to_ipv6_opts.2" i64 44, label %"ipv6_d1.to_ipv6_frag" i64 58, label %"ipv6_d1.to_icmpv6" i64 137, label %"ipv6_d1.to_mpls" i64 4, label %"ipv6_d1.to_ipv4" i64 41, label %"ipv6_d1.to_ipv6"]  , !prof !1
ipv6_d1.unknown:
  %".1643" = trunc i64 %".1627" to i16
  %".1644" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1643", ptr %".1644", align 2
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
  %".1660" = trunc i64 34887 to i16
  %".1661" = call i16 @"llvm.bswap.i16"(i16 %".1660")
  %".1662" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1661", ptr %".1662", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_d1.to_ipv4:
  %".1665" = trunc i64 2048 to i16
  %".1666" = call i16 @"llvm.bswap.i16"(i16 %".1665")
  %".1667" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1666", ptr %".1667", align 2
  %".1669" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1669", align 1
  %".1671" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.27" = load volatile i32, ptr %".1671", align 4
  %".1672" = and i32 %"flags.27", 4
  %".1673" = icmp ne i32 %".1672", 0
  br i1 %".1673", label %"ipv6_d1.stop_at_encap", label %"ipv6_d1.stop_at_encap.endif"
ipv6_d1.to_ipv6:
  %".1685" = trunc i64 34525 to i16
  %".1686" = call i16 @"llvm.bswap.i16"(i16 %".1685")
  %".1687" = getelementptr i8, ptr %"keys.91", i64 10
  store i16 %".1686", ptr %".1687", align 2
  %".1689" = getelementptr i8, ptr %"keys.91", i64 8
  store i8 1, ptr %".1689", align 1
  %".1691" = getelementptr i8, ptr %"keys.91", i64 48
  %"flags.28" = load volatile i32, ptr %".1691", align 4
  %".1692" = and i32 %"flags.28", 4
  %".1693" = icmp ne i32 %".1692", 0
  br i1 %".1693", label %"ipv6_d1.stop_at_encap.1", label %"ipv6_d1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.47" = phi  i64 [%".1627", %"ipv6_d1.to_ipv6_opts"], [%".1627", %"ipv6_d1.to_ipv6_opts.1"], [%".1627", %"ipv6_d1.to_ipv6_opts.2"]
  %"data.92" = phi  ptr [%"data.91", %"ipv6_d1.to_ipv6_opts"], [%"data.91", %"ipv6_d1.to_ipv6_opts.1"], [%"data.91", %"ipv6_d1.to_ipv6_opts.2"]
  %"data_end.92" = phi  ptr [%"data_end.91", %"ipv6_d1.to_ipv6_opts"], [%"data_end.91", %"ipv6_d1.to_ipv6_opts.1"], [%"data_end.91", %"ipv6_d1.to_ipv6_opts.2"]
  %"keys.92" = phi  ptr [%"keys.91", %"ipv6_d1.to_ipv6_opts"], [%"keys.91", %"ipv6_d1.to_ipv6_opts.1"], [%"keys.91", %"ipv6_d1.to_ipv6_opts.2"]
  %"hdr.41" = getelementptr i8, ptr %"data.92", i64 %"cursor.47"
  %".3473" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3474" = icmp ugt ptr %".3473", %"data_end.92"
  br i1 %".3474", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3476" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3477" = load i8, ptr %".3476", align 1
  %".3478" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3479" = load i8, ptr %".3478", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.14" = phi  i8 [%".3477", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3498", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3479", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3500", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.164" = phi  ptr [%"data.92", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.163", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.164" = phi  ptr [%"data_end.92", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.163", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.164" = phi  ptr [%"keys.92", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.163", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3502" = zext i8 %"w0_1.14" to i64
  %".3503" = trunc i64 %".3502" to i8
  %".3504" = getelementptr i8, ptr %"keys.164", i64 9
  store i8 %".3503", ptr %".3504", align 1
  %".3506" = add i64 %"cursor.47", 2
  %".3507" = zext i8 %"w1_1.9" to i64
  %".3508" = mul i64 %".3507", 8
  %".3509" = add i64 %".3508", 6
  %".3510" = add i64 %".3509", 2
  %".3511" = add i64 %"cursor.47", %".3510"
  %".3512" = zext i8 %"w0_1.14" to i64
  switch i64 %".3512", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1:
  %"cursor.48" = phi  i64 [%".1627", %"ipv6_d1.to_ipv6_frag"]
  %"data.93" = phi  ptr [%"data.91", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.93" = phi  ptr [%"data_end.91", %"ipv6_d1.to_ipv6_frag"]
  %"keys.93" = phi  ptr [%"keys.91", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.42" = getelementptr i8, ptr %"data.93", i64 %"cursor.48"
  %".3576" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3577" = icmp ugt ptr %".3576", %"data_end.93"
  br i1 %".3577", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3579" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3580" = load i8, ptr %".3579", align 1
  %".3581" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3582" = load i16, ptr %".3581", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.15" = phi  i8 [%".3580", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3601", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".3582", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3603", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.168" = phi  ptr [%"data.93", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.167", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.168" = phi  ptr [%"data_end.93", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.167", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.168" = phi  ptr [%"keys.93", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.167", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3605" = zext i8 %"w0_1.15" to i64
  %".3606" = trunc i64 %".3605" to i8
  %".3607" = getelementptr i8, ptr %"keys.168", i64 9
  store i8 %".3606", ptr %".3607", align 1
  %".3609" = add i64 %"cursor.48", 8
  %".3610" = icmp ne i64 1, 0
  %".3611" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3612" = zext i16 %".3611" to i64
  %".3613" = and i64 %".3612", 65528
  %".3614" = icmp eq i64 %".3613", 0
  br i1 %".3610", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_d1.stop_at_encap:
  %".1675" = trunc i64 %".1627" to i16
  %".1676" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1675", ptr %".1676", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif:
  %".1679" = getelementptr i8, ptr %"keys.91", i64 12
  store i32 0, ptr %".1679", align 4
  %".1681" = trunc i64 %".1627" to i16
  %".1682" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1681", ptr %".1682", align 2
  br label %"return"
ipv6_d1.stop_at_encap.1:
  %".1695" = trunc i64 %".1627" to i16
  %".1696" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1695", ptr %".1696", align 2
  br label %"return"
ipv6_d1.stop_at_encap.endif.1:
  %".1699" = getelementptr i8, ptr %"keys.91", i64 12
  store i32 0, ptr %".1699", align 4
  %".1701" = trunc i64 %".1627" to i16
  %".1702" = getelementptr i8, ptr %"keys.91", i64 2
  store i16 %".1701", ptr %".1702", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy:
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1713" = trunc i64 %"cursor.24" to i32
  %".1714" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1713", [40 x i8]* %"header_copy", i32 2)
  %".1715" = icmp eq i64 %".1714", 0
  %".1716" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1717" = load i32, ptr %".1716", align 4
  %".1718" = zext i32 %".1717" to i64
  %"data.94" = inttoptr i64 %".1718" to ptr
  %".1719" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1720" = load i32, ptr %".1719", align 4
  %".1721" = zext i32 %".1720" to i64
  %"data_end.94" = inttoptr i64 %".1721" to ptr
  %".1722" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.94" = load ptr, ptr %".1722", align 8
  %".1723" = xor i1 %".1715", -1
  br i1 %".1723", label %"ipv6_opts_d0_ipv6_ext1.copy_failed", label %"ipv6_opts_d0_ipv6_ext1.copy_failed.endif"
ipv6_opts_d0_ipv6_ext1.copy_failed:
  %".1725" = trunc i64 %"cursor.24" to i16
  %".1726" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".1725", ptr %".1726", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.copy_failed.endif:
  %".1729" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1730" = load volatile i8, [40 x i8]* %".1729", align 1
  %".1731" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1732" = load volatile i8, [40 x i8]* %".1731", align 1
  br label %"ipv6_opts_d0_ipv6_ext1.header"
ipv6_opts_d0_ipv6_ext1.unknown:
  %".1746" = trunc i64 %".1743" to i16
  %".1747" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1746", ptr %".1747", align 2
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
  %".1763" = trunc i64 34887 to i16
  %".1764" = call i16 @"llvm.bswap.i16"(i16 %".1763")
  %".1765" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1764", ptr %".1765", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext1.to_ipv4:
  %".1768" = trunc i64 2048 to i16
  %".1769" = call i16 @"llvm.bswap.i16"(i16 %".1768")
  %".1770" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1769", ptr %".1770", align 2
  %".1772" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1772", align 1
  %".1774" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.29" = load volatile i32, ptr %".1774", align 4
  %".1775" = and i32 %"flags.29", 4
  %".1776" = icmp ne i32 %".1775", 0
  br i1 %".1776", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext1.to_ipv6:
  %".1785" = trunc i64 34525 to i16
  %".1786" = call i16 @"llvm.bswap.i16"(i16 %".1785")
  %".1787" = getelementptr i8, ptr %"keys.95", i64 10
  store i16 %".1786", ptr %".1787", align 2
  %".1789" = getelementptr i8, ptr %"keys.95", i64 8
  store i8 1, ptr %".1789", align 1
  %".1791" = getelementptr i8, ptr %"keys.95", i64 48
  %"flags.30" = load volatile i32, ptr %".1791", align 4
  %".1792" = and i32 %"flags.30", 4
  %".1793" = icmp ne i32 %".1792", 0
  br i1 %".1793", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.49" = phi  i64 [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".6256", %"widening.test.6"]
  %"data.96" = phi  ptr [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.261", %"widening.test.6"]
  %"data_end.96" = phi  ptr [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.261", %"widening.test.6"]
  %"keys.96" = phi  ptr [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.6"]
  %"hdr.43" = getelementptr i8, ptr %"data.96", i64 %"cursor.49"
  %".3700" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3701" = icmp ugt ptr %".3700", %"data_end.96"
  br i1 %".3701", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3703" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3704" = load i8, ptr %".3703", align 1
  %".3705" = getelementptr i8, ptr %"hdr.43", i64 1
  %".3706" = load i8, ptr %".3705", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.16" = phi  i8 [%".3704", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3725", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3706", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3727", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.170" = phi  ptr [%"data.96", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.169", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.170" = phi  ptr [%"data_end.96", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.169", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.170" = phi  ptr [%"keys.96", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.169", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3729" = zext i8 %"w0_1.16" to i64
  %".3730" = trunc i64 %".3729" to i8
  %".3731" = getelementptr i8, ptr %"keys.170", i64 9
  store i8 %".3730", ptr %".3731", align 1
  %".3733" = add i64 %"cursor.49", 2
  %".3734" = zext i8 %"w1_1.10" to i64
  %".3735" = mul i64 %".3734", 8
  %".3736" = add i64 %".3735", 6
  %".3737" = add i64 %".3736", 2
  %".3738" = add i64 %"cursor.49", %".3737"
  %".3739" = zext i8 %"w0_1.16" to i64
  switch i64 %".3739", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2:
  %"cursor.50" = phi  i64 [%".1743", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1835", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".6245", %"widening.test.5"]
  %"data.97" = phi  ptr [%"data.95", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.99", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.260", %"widening.test.5"]
  %"data_end.97" = phi  ptr [%"data_end.95", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.99", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.260", %"widening.test.5"]
  %"keys.97" = phi  ptr [%"keys.95", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.99", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.5"]
  %"hdr.44" = getelementptr i8, ptr %"data.97", i64 %"cursor.50"
  %".3797" = getelementptr i8, ptr %"hdr.44", i64 8
  %".3798" = icmp ugt ptr %".3797", %"data_end.97"
  br i1 %".3798", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3800" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3801" = load i8, ptr %".3800", align 1
  %".3802" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3803" = load i16, ptr %".3802", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.17" = phi  i8 [%".3801", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3822", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3803", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3824", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.174" = phi  ptr [%"data.97", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.173", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.174" = phi  ptr [%"data_end.97", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.173", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.174" = phi  ptr [%"keys.97", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.173", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3826" = zext i8 %"w0_1.17" to i64
  %".3827" = trunc i64 %".3826" to i8
  %".3828" = getelementptr i8, ptr %"keys.174", i64 9
  store i8 %".3827", ptr %".3828", align 1
  %".3830" = add i64 %"cursor.50", 8
  %".3831" = icmp ne i64 1, 0
  %".3832" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3833" = zext i16 %".3832" to i64
  %".3834" = and i64 %".3833", 65528
  %".3835" = icmp eq i64 %".3834", 0
  br i1 %".3831", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_opts_d0_ipv6_ext1.stop_at_encap:
  %".1778" = trunc i64 %".1743" to i16
  %".1779" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1778", ptr %".1779", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif:
  %".1782" = getelementptr i8, ptr %"keys.95", i64 12
  store i32 0, ptr %".1782", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.1:
  %".1795" = trunc i64 %".1743" to i16
  %".1796" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".1795", ptr %".1796", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1799" = getelementptr i8, ptr %"keys.95", i64 12
  store i32 0, ptr %".1799", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext1.copy:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1810" = trunc i64 %"cursor.25" to i32
  %".1811" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1810", [40 x i8]* %"header_copy", i32 8)
  %".1812" = icmp eq i64 %".1811", 0
  %".1813" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1814" = load i32, ptr %".1813", align 4
  %".1815" = zext i32 %".1814" to i64
  %"data.98" = inttoptr i64 %".1815" to ptr
  %".1816" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1817" = load i32, ptr %".1816", align 4
  %".1818" = zext i32 %".1817" to i64
  %"data_end.98" = inttoptr i64 %".1818" to ptr
  %".1819" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.98" = load ptr, ptr %".1819", align 8
  %".1820" = xor i1 %".1812", -1
  br i1 %".1820", label %"ipv6_frag_d0_ipv6_ext1.copy_failed", label %"ipv6_frag_d0_ipv6_ext1.copy_failed.endif"
ipv6_frag_d0_ipv6_ext1.copy_failed:
  %".1822" = trunc i64 %"cursor.25" to i16
  %".1823" = getelementptr i8, ptr %"keys.98", i64 2
  store i16 %".1822", ptr %".1823", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.copy_failed.endif:
  %".1826" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1827" = load volatile i8, [40 x i8]* %".1826", align 1
  %".1828" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1829" = load volatile i16, [40 x i8]* %".1828", align 2
  br label %"ipv6_frag_d0_ipv6_ext1.header"
ipv6_frag_d0_ipv6_ext1.fragment:
  %".1842" = getelementptr i8, ptr %"keys.99", i64 6
  store i8 1, ptr %".1842", align 1
  br i1 %".1840", label %"ipv6_frag_d0_ipv6_ext1.first_fragment", label %"ipv6_frag_d0_ipv6_ext1.later_fragment"
ipv6_frag_d0_ipv6_ext1.fragment.endif:
  %".1862" = zext i8 %"w0_1.6" to i64
  switch i64 %".1862", label %"ipv6_frag_d0_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext1.first_fragment:
  %".1845" = getelementptr i8, ptr %"keys.99", i64 7
  store i8 1, ptr %".1845", align 1
  %".1847" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.31" = load volatile i32, ptr %".1847", align 4
  %".1848" = and i32 %"flags.31", 1
  %".1849" = icmp ne i32 %".1848", 0
  %".1850" = xor i1 %".1849", -1
  br i1 %".1850", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext1.later_fragment:
  %".1857" = trunc i64 %".1835" to i16
  %".1858" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1857", ptr %".1858", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.fragment.endif"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag:
  %".1852" = trunc i64 %".1835" to i16
  %".1853" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1852", ptr %".1853", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext1.first_fragment.endif"
ipv6_frag_d0_ipv6_ext1.unknown:
  %".1864" = trunc i64 %".1835" to i16
  %".1865" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1864", ptr %".1865", align 2
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
  %".1881" = trunc i64 34887 to i16
  %".1882" = call i16 @"llvm.bswap.i16"(i16 %".1881")
  %".1883" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1882", ptr %".1883", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext1.to_ipv4:
  %".1886" = trunc i64 2048 to i16
  %".1887" = call i16 @"llvm.bswap.i16"(i16 %".1886")
  %".1888" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1887", ptr %".1888", align 2
  %".1890" = getelementptr i8, ptr %"keys.99", i64 8
  store i8 1, ptr %".1890", align 1
  %".1892" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.32" = load volatile i32, ptr %".1892", align 4
  %".1893" = and i32 %"flags.32", 4
  %".1894" = icmp ne i32 %".1893", 0
  br i1 %".1894", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext1.to_ipv6:
  %".1903" = trunc i64 34525 to i16
  %".1904" = call i16 @"llvm.bswap.i16"(i16 %".1903")
  %".1905" = getelementptr i8, ptr %"keys.99", i64 10
  store i16 %".1904", ptr %".1905", align 2
  %".1907" = getelementptr i8, ptr %"keys.99", i64 8
  store i8 1, ptr %".1907", align 1
  %".1909" = getelementptr i8, ptr %"keys.99", i64 48
  %"flags.33" = load volatile i32, ptr %".1909", align 4
  %".1910" = and i32 %"flags.33", 4
  %".1911" = icmp ne i32 %".1910", 0
  br i1 %".1911", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap:
  %".1896" = trunc i64 %".1835" to i16
  %".1897" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1896", ptr %".1897", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif:
  %".1900" = getelementptr i8, ptr %"keys.99", i64 12
  store i32 0, ptr %".1900", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.1:
  %".1913" = trunc i64 %".1835" to i16
  %".1914" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".1913", ptr %".1914", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1:
  %".1917" = getelementptr i8, ptr %"keys.99", i64 12
  store i32 0, ptr %".1917", align 4
  br label %"ipv6_d1"
icmpv6.copy:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1924" = trunc i64 %"cursor.26" to i32
  %".1925" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1924", [40 x i8]* %"header_copy", i32 4)
  %".1926" = icmp eq i64 %".1925", 0
  %".1927" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1928" = load i32, ptr %".1927", align 4
  %".1929" = zext i32 %".1928" to i64
  %"data.100" = inttoptr i64 %".1929" to ptr
  %".1930" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1931" = load i32, ptr %".1930", align 4
  %".1932" = zext i32 %".1931" to i64
  %"data_end.100" = inttoptr i64 %".1932" to ptr
  %".1933" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.100" = load ptr, ptr %".1933", align 8
  %".1934" = xor i1 %".1926", -1
  br i1 %".1934", label %"icmpv6.copy_failed", label %"icmpv6.copy_failed.endif"
icmpv6.copy_failed:
  %".1936" = trunc i64 %"cursor.26" to i16
  %".1937" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".1936", ptr %".1937", align 2
  br label %"return"
icmpv6.copy_failed.endif:
  br label %"icmpv6.header"
vlan_d0_vlan_tags2.copy:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1952" = trunc i64 %"cursor.27" to i32
  %".1953" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1952", [40 x i8]* %"header_copy", i32 4)
  %".1954" = icmp eq i64 %".1953", 0
  %".1955" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1956" = load i32, ptr %".1955", align 4
  %".1957" = zext i32 %".1956" to i64
  %"data.102" = inttoptr i64 %".1957" to ptr
  %".1958" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1959" = load i32, ptr %".1958", align 4
  %".1960" = zext i32 %".1959" to i64
  %"data_end.102" = inttoptr i64 %".1960" to ptr
  %".1961" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.102" = load ptr, ptr %".1961", align 8
  %".1962" = xor i1 %".1954", -1
  br i1 %".1962", label %"vlan_d0_vlan_tags2.copy_failed", label %"vlan_d0_vlan_tags2.copy_failed.endif"
vlan_d0_vlan_tags2.copy_failed:
  %".1964" = trunc i64 %"cursor.27" to i16
  %".1965" = getelementptr i8, ptr %"keys.102", i64 2
  store i16 %".1964", ptr %".1965", align 2
  br label %"return"
vlan_d0_vlan_tags2.copy_failed.endif:
  %".1968" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1969" = load volatile i16, [40 x i8]* %".1968", align 2
  br label %"vlan_d0_vlan_tags2.header"
vlan_d0_vlan_tags2.unknown:
  %".1984" = trunc i64 %".1977" to i16
  %".1985" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1984", ptr %".1985", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
vlan_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
vlan_d0_vlan_tags2.to_vlan:
  %".1990" = trunc i64 %".1977" to i16
  %".1991" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1990", ptr %".1991", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_vlan.1:
  %".1994" = trunc i64 %".1977" to i16
  %".1995" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".1994", ptr %".1995", align 2
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
  %".2007" = trunc i64 %".1977" to i16
  %".2008" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2007", ptr %".2008", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_hsr.1:
  %".2011" = trunc i64 %".1977" to i16
  %".2012" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2011", ptr %".2012", align 2
  br label %"return"
vlan_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
hsr_d0_vlan_tags2.copy:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2022" = trunc i64 %"cursor.28" to i32
  %".2023" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".2022", [40 x i8]* %"header_copy", i32 6)
  %".2024" = icmp eq i64 %".2023", 0
  %".2025" = getelementptr i8, ptr %"ctx.27", i64 76
  %".2026" = load i32, ptr %".2025", align 4
  %".2027" = zext i32 %".2026" to i64
  %"data.104" = inttoptr i64 %".2027" to ptr
  %".2028" = getelementptr i8, ptr %"ctx.27", i64 80
  %".2029" = load i32, ptr %".2028", align 4
  %".2030" = zext i32 %".2029" to i64
  %"data_end.104" = inttoptr i64 %".2030" to ptr
  %".2031" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.104" = load ptr, ptr %".2031", align 8
  %".2032" = xor i1 %".2024", -1
  br i1 %".2032", label %"hsr_d0_vlan_tags2.copy_failed", label %"hsr_d0_vlan_tags2.copy_failed.endif"
hsr_d0_vlan_tags2.copy_failed:
  %".2034" = trunc i64 %"cursor.28" to i16
  %".2035" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2034", ptr %".2035", align 2
  br label %"return"
hsr_d0_vlan_tags2.copy_failed.endif:
  %".2038" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2039" = load volatile i16, [40 x i8]* %".2038", align 2
  br label %"hsr_d0_vlan_tags2.header"
hsr_d0_vlan_tags2.unknown:
  %".2054" = trunc i64 %".2047" to i16
  %".2055" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2054", ptr %".2055", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_ipv4:
  br label %"ipv4_d0"
hsr_d0_vlan_tags2.to_ipv6:
  br label %"ipv6_d0"
hsr_d0_vlan_tags2.to_vlan:
  %".2060" = trunc i64 %".2047" to i16
  %".2061" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2060", ptr %".2061", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_vlan.1:
  %".2064" = trunc i64 %".2047" to i16
  %".2065" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2064", ptr %".2065", align 2
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
  %".2077" = trunc i64 %".2047" to i16
  %".2078" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2077", ptr %".2078", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_hsr.1:
  %".2081" = trunc i64 %".2047" to i16
  %".2082" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2081", ptr %".2082", align 2
  br label %"return"
hsr_d0_vlan_tags2.to_batadv:
  br label %"batadv_d0"
mpls_d0_mpls_labels2.copy:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2093" = trunc i64 %"cursor.29" to i32
  %".2094" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".2093", [40 x i8]* %"header_copy", i32 4)
  %".2095" = icmp eq i64 %".2094", 0
  %".2096" = getelementptr i8, ptr %"ctx.28", i64 76
  %".2097" = load i32, ptr %".2096", align 4
  %".2098" = zext i32 %".2097" to i64
  %"data.106" = inttoptr i64 %".2098" to ptr
  %".2099" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2100" = load i32, ptr %".2099", align 4
  %".2101" = zext i32 %".2100" to i64
  %"data_end.106" = inttoptr i64 %".2101" to ptr
  %".2102" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.106" = load ptr, ptr %".2102", align 8
  %".2103" = xor i1 %".2095", -1
  br i1 %".2103", label %"mpls_d0_mpls_labels2.copy_failed", label %"mpls_d0_mpls_labels2.copy_failed.endif"
mpls_d0_mpls_labels2.copy_failed:
  %".2105" = trunc i64 %".2086" to i16
  %".2106" = getelementptr i8, ptr %"keys.106", i64 2
  store i16 %".2105", ptr %".2106", align 2
  br label %"return"
mpls_d0_mpls_labels2.copy_failed.endif:
  %".2109" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2110" = load volatile i8, [40 x i8]* %".2109", align 1
  br label %"mpls_d0_mpls_labels2.header"
mpls_d0_mpls_labels2.unknown:
  %".2116" = trunc i64 %".2112" to i16
  %".2117" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2116", ptr %".2117", align 2
  br label %"return"
mpls_d0_mpls_labels2.to_mpls:
  br label %"mpls_d0_mpls_labels3"
mpls_d0_mpls_labels2.to_ip_version:
  %".2121" = getelementptr i8, ptr %"keys.107", i64 8
  store i8 1, ptr %".2121", align 1
  %".2123" = getelementptr i8, ptr %"keys.107", i64 48
  %"flags.34" = load volatile i32, ptr %".2123", align 4
  %".2124" = and i32 %"flags.34", 4
  %".2125" = icmp ne i32 %".2124", 0
  br i1 %".2125", label %"mpls_d0_mpls_labels2.stop_at_encap", label %"mpls_d0_mpls_labels2.stop_at_encap.endif"
mpls_d0_mpls_labels3:
  %"cursor.51" = phi  i64 [%".2112", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data.108" = phi  ptr [%"data.107", %"mpls_d0_mpls_labels2.to_mpls"]
  %"data_end.108" = phi  ptr [%"data_end.107", %"mpls_d0_mpls_labels2.to_mpls"]
  %"keys.108" = phi  ptr [%"keys.107", %"mpls_d0_mpls_labels2.to_mpls"]
  %".3915" = add i64 %"cursor.51", 4
  %"hdr.45" = getelementptr i8, ptr %"data.108", i64 %"cursor.51"
  %".3916" = getelementptr i8, ptr %"hdr.45", i64 4
  %".3917" = icmp ugt ptr %".3916", %"data_end.108"
  br i1 %".3917", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".3919" = getelementptr i8, ptr %"hdr.45", i64 2
  %".3920" = load i8, ptr %".3919", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".3920", %"mpls_d0_mpls_labels3.linear"], [%".3939", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.176" = phi  ptr [%"data.108", %"mpls_d0_mpls_labels3.linear"], [%"data.175", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.108", %"mpls_d0_mpls_labels3.linear"], [%"data_end.175", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.108", %"mpls_d0_mpls_labels3.linear"], [%"keys.175", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".3941" = add i64 %"cursor.51", 4
  %".3942" = zext i8 %"w2_1.3" to i64
  %".3943" = and i64 %".3942", 1
  switch i64 %".3943", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
mpls_d0_mpls_labels2.stop_at_encap:
  %".2127" = trunc i64 %".2112" to i16
  %".2128" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2127", ptr %".2128", align 2
  br label %"return"
mpls_d0_mpls_labels2.stop_at_encap.endif:
  %".2131" = getelementptr i8, ptr %"keys.107", i64 12
  store i32 0, ptr %".2131", align 4
  br label %"ip_version_d1"
ip_version_d1.copy:
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2140" = trunc i64 %"cursor.30" to i32
  %".2141" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2140", [40 x i8]* %"header_copy", i32 1)
  %".2142" = icmp eq i64 %".2141", 0
  %".2143" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2144" = load i32, ptr %".2143", align 4
  %".2145" = zext i32 %".2144" to i64
  %"data.109" = inttoptr i64 %".2145" to ptr
  %".2146" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2147" = load i32, ptr %".2146", align 4
  %".2148" = zext i32 %".2147" to i64
  %"data_end.109" = inttoptr i64 %".2148" to ptr
  %".2149" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.109" = load ptr, ptr %".2149", align 8
  %".2150" = xor i1 %".2142", -1
  br i1 %".2150", label %"ip_version_d1.copy_failed", label %"ip_version_d1.copy_failed.endif"
ip_version_d1.copy_failed:
  %".2152" = trunc i64 %"cursor.30" to i16
  %".2153" = getelementptr i8, ptr %"keys.109", i64 2
  store i16 %".2152", ptr %".2153", align 2
  br label %"return"
ip_version_d1.copy_failed.endif:
  %".2156" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2157" = load volatile i8, [40 x i8]* %".2156", align 1
  br label %"ip_version_d1.header"
ip_version_d1.unknown:
  %".2163" = trunc i64 %"cursor.30" to i16
  %".2164" = getelementptr i8, ptr %"keys.110", i64 2
  store i16 %".2163", ptr %".2164", align 2
  br label %"return"
ip_version_d1.to_ipv4:
  br label %"ipv4_d1"
ip_version_d1.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags1.copy:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2180" = trunc i64 %"cursor.32" to i32
  %".2181" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2180", [40 x i8]* %"header_copy", i32 4)
  %".2182" = icmp eq i64 %".2181", 0
  %".2183" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2184" = load i32, ptr %".2183", align 4
  %".2185" = zext i32 %".2184" to i64
  %"data.111" = inttoptr i64 %".2185" to ptr
  %".2186" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2187" = load i32, ptr %".2186", align 4
  %".2188" = zext i32 %".2187" to i64
  %"data_end.111" = inttoptr i64 %".2188" to ptr
  %".2189" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.111" = load ptr, ptr %".2189", align 8
  %".2190" = xor i1 %".2182", -1
  br i1 %".2190", label %"vlan_d1_vlan_tags1.copy_failed", label %"vlan_d1_vlan_tags1.copy_failed.endif"
vlan_d1_vlan_tags1.copy_failed:
  %".2192" = trunc i64 %"cursor.32" to i16
  %".2193" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2192", ptr %".2193", align 2
  br label %"return"
vlan_d1_vlan_tags1.copy_failed.endif:
  %".2196" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2197" = load volatile i16, [40 x i8]* %".2196", align 2
  br label %"vlan_d1_vlan_tags1.header"
vlan_d1_vlan_tags1.unknown:
  %".2212" = trunc i64 %".2205" to i16
  %".2213" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2212", ptr %".2213", align 2
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
  %"cursor.52" = phi  i64 [%".2205", %"vlan_d1_vlan_tags1.to_vlan"], [%".2205", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2399", %"hsr_d1_vlan_tags1.to_vlan"], [%".2399", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".6388", %"widening.test.18"]
  %"data.113" = phi  ptr [%"data.112", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.112", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.121", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.121", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.273", %"widening.test.18"]
  %"data_end.113" = phi  ptr [%"data_end.112", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.273", %"widening.test.18"]
  %"keys.113" = phi  ptr [%"keys.112", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.112", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.121", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.121", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.test.18"]
  %"hdr.46" = getelementptr i8, ptr %"data.113", i64 %"cursor.52"
  %".3963" = getelementptr i8, ptr %"hdr.46", i64 4
  %".3964" = icmp ugt ptr %".3963", %"data_end.113"
  br i1 %".3964", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".3966" = getelementptr i8, ptr %"hdr.46", i64 2
  %".3967" = load i16, ptr %".3966", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.16" = phi  i16 [%".3967", %"vlan_d1_vlan_tags2.linear"], [%".3986", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.179" = phi  ptr [%"data.113", %"vlan_d1_vlan_tags2.linear"], [%"data.178", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.179" = phi  ptr [%"data_end.113", %"vlan_d1_vlan_tags2.linear"], [%"data_end.178", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.179" = phi  ptr [%"keys.113", %"vlan_d1_vlan_tags2.linear"], [%"keys.178", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".3988" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".3989" = zext i16 %".3988" to i64
  %".3990" = trunc i64 %".3989" to i16
  %".3991" = call i16 @"llvm.bswap.i16"(i16 %".3990")
  %".3992" = getelementptr i8, ptr %"keys.179", i64 10
  store i16 %".3991", ptr %".3992", align 2
  %".3994" = add i64 %"cursor.52", 4
  %".3995" = trunc i64 %".3994" to i16
  %".3996" = getelementptr i8, ptr %"keys.179", i64 0
  store i16 %".3995", ptr %".3996", align 2
  %".3998" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".3999" = zext i16 %".3998" to i64
  switch i64 %".3999", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2:
  %"cursor.53" = phi  i64 [%".2205", %"vlan_d1_vlan_tags1.to_hsr"], [%".2205", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2399", %"hsr_d1_vlan_tags1.to_hsr"], [%".2399", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".6377", %"widening.test.17"]
  %"data.114" = phi  ptr [%"data.112", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.112", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.121", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.121", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.272", %"widening.test.17"]
  %"data_end.114" = phi  ptr [%"data_end.112", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.112", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.121", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.272", %"widening.test.17"]
  %"keys.114" = phi  ptr [%"keys.112", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.112", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.121", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.121", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.test.17"]
  %"hdr.47" = getelementptr i8, ptr %"data.114", i64 %"cursor.53"
  %".4033" = getelementptr i8, ptr %"hdr.47", i64 6
  %".4034" = icmp ugt ptr %".4033", %"data_end.114"
  br i1 %".4034", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".4036" = getelementptr i8, ptr %"hdr.47", i64 4
  %".4037" = load i16, ptr %".4036", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".4037", %"hsr_d1_vlan_tags2.linear"], [%".4056", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.181" = phi  ptr [%"data.114", %"hsr_d1_vlan_tags2.linear"], [%"data.180", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.181" = phi  ptr [%"data_end.114", %"hsr_d1_vlan_tags2.linear"], [%"data_end.180", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.181" = phi  ptr [%"keys.114", %"hsr_d1_vlan_tags2.linear"], [%"keys.180", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".4058" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4059" = zext i16 %".4058" to i64
  %".4060" = trunc i64 %".4059" to i16
  %".4061" = call i16 @"llvm.bswap.i16"(i16 %".4060")
  %".4062" = getelementptr i8, ptr %"keys.181", i64 10
  store i16 %".4061", ptr %".4062", align 2
  %".4064" = add i64 %"cursor.53", 6
  %".4065" = trunc i64 %".4064" to i16
  %".4066" = getelementptr i8, ptr %"keys.181", i64 0
  store i16 %".4065", ptr %".4066", align 2
  %".4068" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4069" = zext i16 %".4068" to i64
  switch i64 %".4069", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
mpls_d1_mpls_labels1.copy:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2239" = trunc i64 %"cursor.33" to i32
  %".2240" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2239", [40 x i8]* %"header_copy", i32 4)
  %".2241" = icmp eq i64 %".2240", 0
  %".2242" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2243" = load i32, ptr %".2242", align 4
  %".2244" = zext i32 %".2243" to i64
  %"data.115" = inttoptr i64 %".2244" to ptr
  %".2245" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2246" = load i32, ptr %".2245", align 4
  %".2247" = zext i32 %".2246" to i64
  %"data_end.115" = inttoptr i64 %".2247" to ptr
  %".2248" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.115" = load ptr, ptr %".2248", align 8
  %".2249" = xor i1 %".2241", -1
  br i1 %".2249", label %"mpls_d1_mpls_labels1.copy_failed", label %"mpls_d1_mpls_labels1.copy_failed.endif"
mpls_d1_mpls_labels1.copy_failed:
  %".2251" = trunc i64 %".2232" to i16
  %".2252" = getelementptr i8, ptr %"keys.115", i64 2
  store i16 %".2251", ptr %".2252", align 2
  br label %"return"
mpls_d1_mpls_labels1.copy_failed.endif:
  %".2255" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2256" = load volatile i8, [40 x i8]* %".2255", align 1
  br label %"mpls_d1_mpls_labels1.header"
mpls_d1_mpls_labels1.unknown:
  %".2262" = trunc i64 %".2258" to i16
  %".2263" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2262", ptr %".2263", align 2
  br label %"return"
mpls_d1_mpls_labels1.to_mpls:
  br label %"mpls_d1_mpls_labels2"
mpls_d1_mpls_labels1.to_ip_version:
  %".2267" = getelementptr i8, ptr %"keys.116", i64 8
  store i8 1, ptr %".2267", align 1
  %".2269" = getelementptr i8, ptr %"keys.116", i64 48
  %"flags.35" = load volatile i32, ptr %".2269", align 4
  %".2270" = and i32 %"flags.35", 4
  %".2271" = icmp ne i32 %".2270", 0
  br i1 %".2271", label %"mpls_d1_mpls_labels1.stop_at_encap", label %"mpls_d1_mpls_labels1.stop_at_encap.endif"
mpls_d1_mpls_labels2:
  %"cursor.54" = phi  i64 [%".2258", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data.117" = phi  ptr [%"data.116", %"mpls_d1_mpls_labels1.to_mpls"]
  %"data_end.117" = phi  ptr [%"data_end.116", %"mpls_d1_mpls_labels1.to_mpls"]
  %"keys.117" = phi  ptr [%"keys.116", %"mpls_d1_mpls_labels1.to_mpls"]
  %".4103" = add i64 %"cursor.54", 4
  %"hdr.48" = getelementptr i8, ptr %"data.117", i64 %"cursor.54"
  %".4104" = getelementptr i8, ptr %"hdr.48", i64 4
  %".4105" = icmp ugt ptr %".4104", %"data_end.117"
  br i1 %".4105", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".4107" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4108" = load i8, ptr %".4107", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".4108", %"mpls_d1_mpls_labels2.linear"], [%".4127", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.183" = phi  ptr [%"data.117", %"mpls_d1_mpls_labels2.linear"], [%"data.182", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.183" = phi  ptr [%"data_end.117", %"mpls_d1_mpls_labels2.linear"], [%"data_end.182", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.183" = phi  ptr [%"keys.117", %"mpls_d1_mpls_labels2.linear"], [%"keys.182", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".4129" = add i64 %"cursor.54", 4
  %".4130" = zext i8 %"w2_1.4" to i64
  %".4131" = and i64 %".4130", 1
  switch i64 %".4131", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
mpls_d1_mpls_labels1.stop_at_encap:
  %".2273" = trunc i64 %".2258" to i16
  %".2274" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2273", ptr %".2274", align 2
  br label %"return"
mpls_d1_mpls_labels1.stop_at_encap.endif:
  %".2277" = getelementptr i8, ptr %"keys.116", i64 12
  store i32 0, ptr %".2277", align 4
  %".2279" = trunc i64 %".2258" to i16
  %".2280" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".2279", ptr %".2280", align 2
  br label %"return"
pppoe_d1.copy:
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2293" = trunc i64 %"cursor.34" to i32
  %".2294" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2293", [40 x i8]* %"header_copy", i32 8)
  %".2295" = icmp eq i64 %".2294", 0
  %".2296" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2297" = load i32, ptr %".2296", align 4
  %".2298" = zext i32 %".2297" to i64
  %"data.118" = inttoptr i64 %".2298" to ptr
  %".2299" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2300" = load i32, ptr %".2299", align 4
  %".2301" = zext i32 %".2300" to i64
  %"data_end.118" = inttoptr i64 %".2301" to ptr
  %".2302" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.118" = load ptr, ptr %".2302", align 8
  %".2303" = xor i1 %".2295", -1
  br i1 %".2303", label %"pppoe_d1.copy_failed", label %"pppoe_d1.copy_failed.endif"
pppoe_d1.copy_failed:
  %".2305" = trunc i64 %"cursor.34" to i16
  %".2306" = getelementptr i8, ptr %"keys.118", i64 2
  store i16 %".2305", ptr %".2306", align 2
  br label %"return"
pppoe_d1.copy_failed.endif:
  %".2309" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2310" = load volatile i8, [40 x i8]* %".2309", align 1
  %".2311" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2312" = load volatile i8, [40 x i8]* %".2311", align 1
  %".2313" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".2314" = load volatile i16, [40 x i8]* %".2313", align 2
  br label %"pppoe_d1.header"
pppoe_d1.require:
  %".2329" = trunc i64 %"cursor.34" to i16
  %".2330" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2329", ptr %".2330", align 2
  br label %"return"
pppoe_d1.require.endif:
  %".2333" = add i64 %"cursor.34", 8
  %".2334" = trunc i64 %".2333" to i16
  %".2335" = getelementptr i8, ptr %"keys.119", i64 0
  store i16 %".2334", ptr %".2335", align 2
  %".2337" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".2338" = zext i16 %".2337" to i64
  switch i64 %".2338", label %"pppoe_d1.unknown" [i64 33, label %"pppoe_d1.to_ipv4" i64 87, label %"pppoe_d1.to_ipv6" i64 641, label %"pppoe_d1.to_mpls" i64 643, label %"pppoe_d1.to_mpls.1"]  , !prof !3
pppoe_d1.unknown:
  %".2340" = and i64 %".2338", 257
  %".2341" = icmp eq i64 %".2340", 1
  br i1 %".2341", label %"pppoe_d1.to_ppp_other", label %"pppoe_d1.select"
pppoe_d1.to_ipv4:
  %".2347" = trunc i64 2048 to i16
  %".2348" = call i16 @"llvm.bswap.i16"(i16 %".2347")
  %".2349" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2348", ptr %".2349", align 2
  br label %"ipv4_d1"
pppoe_d1.to_ipv6:
  %".2352" = trunc i64 34525 to i16
  %".2353" = call i16 @"llvm.bswap.i16"(i16 %".2352")
  %".2354" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2353", ptr %".2354", align 2
  br label %"ipv6_d1"
pppoe_d1.to_mpls:
  %".2357" = trunc i64 34887 to i16
  %".2358" = call i16 @"llvm.bswap.i16"(i16 %".2357")
  %".2359" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2358", ptr %".2359", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_mpls.1:
  %".2362" = trunc i64 34888 to i16
  %".2363" = call i16 @"llvm.bswap.i16"(i16 %".2362")
  %".2364" = getelementptr i8, ptr %"keys.119", i64 10
  store i16 %".2363", ptr %".2364", align 2
  br label %"mpls_d1_mpls_labels1"
pppoe_d1.to_ppp_other:
  br label %"ppp_other"
pppoe_d1.select:
  %".2343" = trunc i64 %".2333" to i16
  %".2344" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".2343", ptr %".2344", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2374" = trunc i64 %"cursor.35" to i32
  %".2375" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2374", [40 x i8]* %"header_copy", i32 6)
  %".2376" = icmp eq i64 %".2375", 0
  %".2377" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2378" = load i32, ptr %".2377", align 4
  %".2379" = zext i32 %".2378" to i64
  %"data.120" = inttoptr i64 %".2379" to ptr
  %".2380" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2381" = load i32, ptr %".2380", align 4
  %".2382" = zext i32 %".2381" to i64
  %"data_end.120" = inttoptr i64 %".2382" to ptr
  %".2383" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.120" = load ptr, ptr %".2383", align 8
  %".2384" = xor i1 %".2376", -1
  br i1 %".2384", label %"hsr_d1_vlan_tags1.copy_failed", label %"hsr_d1_vlan_tags1.copy_failed.endif"
hsr_d1_vlan_tags1.copy_failed:
  %".2386" = trunc i64 %"cursor.35" to i16
  %".2387" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".2386", ptr %".2387", align 2
  br label %"return"
hsr_d1_vlan_tags1.copy_failed.endif:
  %".2390" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".2391" = load volatile i16, [40 x i8]* %".2390", align 2
  br label %"hsr_d1_vlan_tags1.header"
hsr_d1_vlan_tags1.unknown:
  %".2406" = trunc i64 %".2399" to i16
  %".2407" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".2406", ptr %".2407", align 2
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
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2436" = trunc i64 %"cursor.36" to i32
  %".2437" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2436", [40 x i8]* %"header_copy", i32 24)
  %".2438" = icmp eq i64 %".2437", 0
  %".2439" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2440" = load i32, ptr %".2439", align 4
  %".2441" = zext i32 %".2440" to i64
  %"data.122" = inttoptr i64 %".2441" to ptr
  %".2442" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2443" = load i32, ptr %".2442", align 4
  %".2444" = zext i32 %".2443" to i64
  %"data_end.122" = inttoptr i64 %".2444" to ptr
  %".2445" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.122" = load ptr, ptr %".2445", align 8
  %".2446" = xor i1 %".2438", -1
  br i1 %".2446", label %"batadv_d1.copy_failed", label %"batadv_d1.copy_failed.endif"
batadv_d1.copy_failed:
  %".2448" = trunc i64 %"cursor.36" to i16
  %".2449" = getelementptr i8, ptr %"keys.122", i64 2
  store i16 %".2448", ptr %".2449", align 2
  br label %"return"
batadv_d1.copy_failed.endif:
  %".2452" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2453" = load volatile i8, [40 x i8]* %".2452", align 1
  %".2454" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2455" = load volatile i8, [40 x i8]* %".2454", align 1
  %".2456" = getelementptr i8, [40 x i8]* %"header_copy", i64 22
  %".2457" = load volatile i16, [40 x i8]* %".2456", align 2
  br label %"batadv_d1.header"
batadv_d1.require:
  %".2466" = trunc i64 %"cursor.36" to i16
  %".2467" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2466", ptr %".2467", align 2
  br label %"return"
batadv_d1.require.endif:
  %".2470" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2471" = zext i16 %".2470" to i64
  %".2472" = trunc i64 %".2471" to i16
  %".2473" = call i16 @"llvm.bswap.i16"(i16 %".2472")
  %".2474" = getelementptr i8, ptr %"keys.123", i64 10
  store i16 %".2473", ptr %".2474", align 2
  %".2476" = add i64 %"cursor.36", 24
  %".2477" = call i16 @"llvm.bswap.i16"(i16 %"w22_2.1")
  %".2478" = zext i16 %".2477" to i64
  switch i64 %".2478", label %"batadv_d1.unknown" [i64 2048, label %"batadv_d1.to_ipv4" i64 34525, label %"batadv_d1.to_ipv6" i64 33024, label %"batadv_d1.to_vlan" i64 34984, label %"batadv_d1.to_vlan.1" i64 34887, label %"batadv_d1.to_mpls" i64 34888, label %"batadv_d1.to_mpls.1" i64 34916, label %"batadv_d1.to_pppoe" i64 2054, label %"batadv_d1.to_arp" i64 32821, label %"batadv_d1.to_arp.1" i64 35063, label %"batadv_d1.to_ptp" i64 35074, label %"batadv_d1.to_cfm" i64 35018, label %"batadv_d1.to_tipc" i64 35078, label %"batadv_d1.to_fcoe" i64 35119, label %"batadv_d1.to_hsr" i64 35067, label %"batadv_d1.to_hsr.1" i64 17157, label %"batadv_d1.to_batadv"]  , !prof !1
batadv_d1.unknown:
  %".2480" = trunc i64 %".2476" to i16
  %".2481" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2480", ptr %".2481", align 2
  br label %"return"
batadv_d1.to_ipv4:
  %".2484" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2484", align 1
  %".2486" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.36" = load volatile i32, ptr %".2486", align 4
  %".2487" = and i32 %"flags.36", 4
  %".2488" = icmp ne i32 %".2487", 0
  br i1 %".2488", label %"batadv_d1.stop_at_encap", label %"batadv_d1.stop_at_encap.endif"
batadv_d1.to_ipv6:
  %".2500" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2500", align 1
  %".2502" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.37" = load volatile i32, ptr %".2502", align 4
  %".2503" = and i32 %"flags.37", 4
  %".2504" = icmp ne i32 %".2503", 0
  br i1 %".2504", label %"batadv_d1.stop_at_encap.1", label %"batadv_d1.stop_at_encap.endif.1"
batadv_d1.to_vlan:
  %".2516" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2516", align 1
  %".2518" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.38" = load volatile i32, ptr %".2518", align 4
  %".2519" = and i32 %"flags.38", 4
  %".2520" = icmp ne i32 %".2519", 0
  br i1 %".2520", label %"batadv_d1.stop_at_encap.2", label %"batadv_d1.stop_at_encap.endif.2"
batadv_d1.to_vlan.1:
  %".2532" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2532", align 1
  %".2534" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.39" = load volatile i32, ptr %".2534", align 4
  %".2535" = and i32 %"flags.39", 4
  %".2536" = icmp ne i32 %".2535", 0
  br i1 %".2536", label %"batadv_d1.stop_at_encap.3", label %"batadv_d1.stop_at_encap.endif.3"
batadv_d1.to_mpls:
  %".2548" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2548", align 1
  %".2550" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.40" = load volatile i32, ptr %".2550", align 4
  %".2551" = and i32 %"flags.40", 4
  %".2552" = icmp ne i32 %".2551", 0
  br i1 %".2552", label %"batadv_d1.stop_at_encap.4", label %"batadv_d1.stop_at_encap.endif.4"
batadv_d1.to_mpls.1:
  %".2564" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2564", align 1
  %".2566" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.41" = load volatile i32, ptr %".2566", align 4
  %".2567" = and i32 %"flags.41", 4
  %".2568" = icmp ne i32 %".2567", 0
  br i1 %".2568", label %"batadv_d1.stop_at_encap.5", label %"batadv_d1.stop_at_encap.endif.5"
batadv_d1.to_pppoe:
  %".2580" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2580", align 1
  %".2582" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.42" = load volatile i32, ptr %".2582", align 4
  %".2583" = and i32 %"flags.42", 4
  %".2584" = icmp ne i32 %".2583", 0
  br i1 %".2584", label %"batadv_d1.stop_at_encap.6", label %"batadv_d1.stop_at_encap.endif.6"
batadv_d1.to_arp:
  %".2596" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2596", align 1
  %".2598" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.43" = load volatile i32, ptr %".2598", align 4
  %".2599" = and i32 %"flags.43", 4
  %".2600" = icmp ne i32 %".2599", 0
  br i1 %".2600", label %"batadv_d1.stop_at_encap.7", label %"batadv_d1.stop_at_encap.endif.7"
batadv_d1.to_arp.1:
  %".2612" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2612", align 1
  %".2614" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.44" = load volatile i32, ptr %".2614", align 4
  %".2615" = and i32 %"flags.44", 4
  %".2616" = icmp ne i32 %".2615", 0
  br i1 %".2616", label %"batadv_d1.stop_at_encap.8", label %"batadv_d1.stop_at_encap.endif.8"
batadv_d1.to_ptp:
  %".2628" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2628", align 1
  %".2630" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.45" = load volatile i32, ptr %".2630", align 4
  %".2631" = and i32 %"flags.45", 4
  %".2632" = icmp ne i32 %".2631", 0
  br i1 %".2632", label %"batadv_d1.stop_at_encap.9", label %"batadv_d1.stop_at_encap.endif.9"
batadv_d1.to_cfm:
  %".2644" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2644", align 1
  %".2646" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.46" = load volatile i32, ptr %".2646", align 4
  %".2647" = and i32 %"flags.46", 4
  %".2648" = icmp ne i32 %".2647", 0
  br i1 %".2648", label %"batadv_d1.stop_at_encap.10", label %"batadv_d1.stop_at_encap.endif.10"
batadv_d1.to_tipc:
  %".2660" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2660", align 1
  %".2662" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.47" = load volatile i32, ptr %".2662", align 4
  %".2663" = and i32 %"flags.47", 4
  %".2664" = icmp ne i32 %".2663", 0
  br i1 %".2664", label %"batadv_d1.stop_at_encap.11", label %"batadv_d1.stop_at_encap.endif.11"
batadv_d1.to_fcoe:
  %".2676" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2676", align 1
  %".2678" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.48" = load volatile i32, ptr %".2678", align 4
  %".2679" = and i32 %"flags.48", 4
  %".2680" = icmp ne i32 %".2679", 0
  br i1 %".2680", label %"batadv_d1.stop_at_encap.12", label %"batadv_d1.stop_at_encap.endif.12"
batadv_d1.to_hsr:
  %".2692" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2692", align 1
  %".2694" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.49" = load volatile i32, ptr %".2694", align 4
  %".2695" = and i32 %"flags.49", 4
  %".2696" = icmp ne i32 %".2695", 0
  br i1 %".2696", label %"batadv_d1.stop_at_encap.13", label %"batadv_d1.stop_at_encap.endif.13"
batadv_d1.to_hsr.1:
  %".2708" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2708", align 1
  %".2710" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.50" = load volatile i32, ptr %".2710", align 4
  %".2711" = and i32 %"flags.50", 4
  %".2712" = icmp ne i32 %".2711", 0
  br i1 %".2712", label %"batadv_d1.stop_at_encap.14", label %"batadv_d1.stop_at_encap.endif.14"
batadv_d1.to_batadv:
  %".2724" = getelementptr i8, ptr %"keys.123", i64 8
  store i8 1, ptr %".2724", align 1
  %".2726" = getelementptr i8, ptr %"keys.123", i64 48
  %"flags.51" = load volatile i32, ptr %".2726", align 4
  %".2727" = and i32 %"flags.51", 4
  %".2728" = icmp ne i32 %".2727", 0
  br i1 %".2728", label %"batadv_d1.stop_at_encap.15", label %"batadv_d1.stop_at_encap.endif.15"
batadv_d1.stop_at_encap:
  %".2490" = trunc i64 %".2476" to i16
  %".2491" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2490", ptr %".2491", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif:
  %".2494" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2494", align 4
  %".2496" = trunc i64 %".2476" to i16
  %".2497" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2496", ptr %".2497", align 2
  br label %"return"
batadv_d1.stop_at_encap.1:
  %".2506" = trunc i64 %".2476" to i16
  %".2507" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2506", ptr %".2507", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.1:
  %".2510" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2510", align 4
  %".2512" = trunc i64 %".2476" to i16
  %".2513" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2512", ptr %".2513", align 2
  br label %"return"
batadv_d1.stop_at_encap.2:
  %".2522" = trunc i64 %".2476" to i16
  %".2523" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2522", ptr %".2523", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.2:
  %".2526" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2526", align 4
  %".2528" = trunc i64 %".2476" to i16
  %".2529" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2528", ptr %".2529", align 2
  br label %"return"
batadv_d1.stop_at_encap.3:
  %".2538" = trunc i64 %".2476" to i16
  %".2539" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2538", ptr %".2539", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.3:
  %".2542" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2542", align 4
  %".2544" = trunc i64 %".2476" to i16
  %".2545" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2544", ptr %".2545", align 2
  br label %"return"
batadv_d1.stop_at_encap.4:
  %".2554" = trunc i64 %".2476" to i16
  %".2555" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2554", ptr %".2555", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.4:
  %".2558" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2558", align 4
  %".2560" = trunc i64 %".2476" to i16
  %".2561" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2560", ptr %".2561", align 2
  br label %"return"
batadv_d1.stop_at_encap.5:
  %".2570" = trunc i64 %".2476" to i16
  %".2571" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2570", ptr %".2571", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.5:
  %".2574" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2574", align 4
  %".2576" = trunc i64 %".2476" to i16
  %".2577" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2576", ptr %".2577", align 2
  br label %"return"
batadv_d1.stop_at_encap.6:
  %".2586" = trunc i64 %".2476" to i16
  %".2587" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2586", ptr %".2587", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.6:
  %".2590" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2590", align 4
  %".2592" = trunc i64 %".2476" to i16
  %".2593" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2592", ptr %".2593", align 2
  br label %"return"
batadv_d1.stop_at_encap.7:
  %".2602" = trunc i64 %".2476" to i16
  %".2603" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2602", ptr %".2603", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.7:
  %".2606" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2606", align 4
  %".2608" = trunc i64 %".2476" to i16
  %".2609" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2608", ptr %".2609", align 2
  br label %"return"
batadv_d1.stop_at_encap.8:
  %".2618" = trunc i64 %".2476" to i16
  %".2619" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2618", ptr %".2619", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.8:
  %".2622" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2622", align 4
  %".2624" = trunc i64 %".2476" to i16
  %".2625" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2624", ptr %".2625", align 2
  br label %"return"
batadv_d1.stop_at_encap.9:
  %".2634" = trunc i64 %".2476" to i16
  %".2635" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2634", ptr %".2635", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.9:
  %".2638" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2638", align 4
  %".2640" = trunc i64 %".2476" to i16
  %".2641" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2640", ptr %".2641", align 2
  br label %"return"
batadv_d1.stop_at_encap.10:
  %".2650" = trunc i64 %".2476" to i16
  %".2651" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2650", ptr %".2651", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.10:
  %".2654" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2654", align 4
  %".2656" = trunc i64 %".2476" to i16
  %".2657" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2656", ptr %".2657", align 2
  br label %"return"
batadv_d1.stop_at_encap.11:
  %".2666" = trunc i64 %".2476" to i16
  %".2667" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2666", ptr %".2667", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.11:
  %".2670" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2670", align 4
  %".2672" = trunc i64 %".2476" to i16
  %".2673" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2672", ptr %".2673", align 2
  br label %"return"
batadv_d1.stop_at_encap.12:
  %".2682" = trunc i64 %".2476" to i16
  %".2683" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2682", ptr %".2683", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.12:
  %".2686" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2686", align 4
  %".2688" = trunc i64 %".2476" to i16
  %".2689" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2688", ptr %".2689", align 2
  br label %"return"
batadv_d1.stop_at_encap.13:
  %".2698" = trunc i64 %".2476" to i16
  %".2699" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2698", ptr %".2699", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.13:
  %".2702" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2702", align 4
  %".2704" = trunc i64 %".2476" to i16
  %".2705" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2704", ptr %".2705", align 2
  br label %"return"
batadv_d1.stop_at_encap.14:
  %".2714" = trunc i64 %".2476" to i16
  %".2715" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2714", ptr %".2715", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.14:
  %".2718" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2718", align 4
  %".2720" = trunc i64 %".2476" to i16
  %".2721" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2720", ptr %".2721", align 2
  br label %"return"
batadv_d1.stop_at_encap.15:
  %".2730" = trunc i64 %".2476" to i16
  %".2731" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2730", ptr %".2731", align 2
  br label %"return"
batadv_d1.stop_at_encap.endif.15:
  %".2734" = getelementptr i8, ptr %"keys.123", i64 12
  store i32 0, ptr %".2734", align 4
  %".2736" = trunc i64 %".2476" to i16
  %".2737" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".2736", ptr %".2737", align 2
  br label %"return"
tcp_header.copy:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2746" = trunc i64 %"cursor.37" to i32
  %".2747" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2746", [40 x i8]* %"header_copy", i32 20)
  %".2748" = icmp eq i64 %".2747", 0
  %".2749" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2750" = load i32, ptr %".2749", align 4
  %".2751" = zext i32 %".2750" to i64
  %"data.124" = inttoptr i64 %".2751" to ptr
  %".2752" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2753" = load i32, ptr %".2752", align 4
  %".2754" = zext i32 %".2753" to i64
  %"data_end.124" = inttoptr i64 %".2754" to ptr
  %".2755" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.124" = load ptr, ptr %".2755", align 8
  %".2756" = xor i1 %".2748", -1
  br i1 %".2756", label %"tcp_header.copy_failed", label %"tcp_header.copy_failed.endif"
tcp_header.copy_failed:
  %".2758" = trunc i64 %"cursor.37" to i16
  %".2759" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".2758", ptr %".2759", align 2
  br label %"return"
tcp_header.copy_failed.endif:
  %".2762" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2763" = load volatile i8, [40 x i8]* %".2762", align 1
  br label %"tcp_header.header"
tcp_header.require:
  %".2771" = trunc i64 %"cursor.37" to i16
  %".2772" = getelementptr i8, ptr %"keys.125", i64 2
  store i16 %".2771", ptr %".2772", align 2
  br label %"return"
tcp_header.require.endif:
  %".2775" = add i64 %"cursor.37", 20
  %".2776" = zext i8 %"w12_1" to i64
  %".2777" = lshr i64 %".2776", 4
  %".2778" = and i64 %".2777", 15
  %".2779" = mul i64 %".2778", 4
  %".2780" = sub i64 %".2779", 20
  %".2781" = add i64 %".2780", 20
  %".2782" = getelementptr i8, ptr %"data.125", i64 %"cursor.37"
  %".2783" = getelementptr i8, ptr %".2782", i64 %".2781"
  %".2784" = icmp ugt ptr %".2783", %"data_end.125"
  br i1 %".2784", label %"tcp_header.copy_last_byte", label %"tcp_header.variable_part", !prof !0
tcp_header.variable_part:
  %"data.127" = phi  ptr [%"data.125", %"tcp_header.require.endif"], [%"data.126", %"tcp_header.copy_last_byte_failed.endif"]
  %"data_end.127" = phi  ptr [%"data_end.125", %"tcp_header.require.endif"], [%"data_end.126", %"tcp_header.copy_last_byte_failed.endif"]
  %"keys.127" = phi  ptr [%"keys.125", %"tcp_header.require.endif"], [%"keys.126", %"tcp_header.copy_last_byte_failed.endif"]
  %".2805" = add i64 %"cursor.37", %".2781"
  %".2806" = add i64 %"cursor.37", 20
  %".2807" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2806")
  %".2808" = icmp eq i64 %".2780", 0
  %"end.2" = select  i1 %".2808", i64 %".2807", i64 %".2805"
  %".2809" = trunc i64 %"cursor.37" to i16
  %".2810" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".2809", ptr %".2810", align 2
  br label %"return"
tcp_header.copy_last_byte:
  %".2786" = add i64 %"cursor.37", %".2781"
  %".2787" = sub i64 %".2786", 1
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2788" = trunc i64 %".2787" to i32
  %".2789" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2788", i64* %"last_byte", i32 1)
  %".2790" = icmp eq i64 %".2789", 0
  %".2791" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2792" = load i32, ptr %".2791", align 4
  %".2793" = zext i32 %".2792" to i64
  %"data.126" = inttoptr i64 %".2793" to ptr
  %".2794" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2795" = load i32, ptr %".2794", align 4
  %".2796" = zext i32 %".2795" to i64
  %"data_end.126" = inttoptr i64 %".2796" to ptr
  %".2797" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.126" = load ptr, ptr %".2797", align 8
  %".2798" = xor i1 %".2790", -1
  br i1 %".2798", label %"tcp_header.copy_last_byte_failed", label %"tcp_header.copy_last_byte_failed.endif"
tcp_header.copy_last_byte_failed:
  %".2800" = trunc i64 %"cursor.37" to i16
  %".2801" = getelementptr i8, ptr %"keys.126", i64 2
  store i16 %".2800", ptr %".2801", align 2
  br label %"return"
tcp_header.copy_last_byte_failed.endif:
  br label %"tcp_header.variable_part"
vxlan_d0.copy:
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2817" = trunc i64 %"cursor.38" to i32
  %".2818" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2817", [40 x i8]* %"header_copy", i32 8)
  %".2819" = icmp eq i64 %".2818", 0
  %".2820" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2821" = load i32, ptr %".2820", align 4
  %".2822" = zext i32 %".2821" to i64
  %"data.128" = inttoptr i64 %".2822" to ptr
  %".2823" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2824" = load i32, ptr %".2823", align 4
  %".2825" = zext i32 %".2824" to i64
  %"data_end.128" = inttoptr i64 %".2825" to ptr
  %".2826" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.128" = load ptr, ptr %".2826", align 8
  %".2827" = xor i1 %".2819", -1
  br i1 %".2827", label %"vxlan_d0.copy_failed", label %"vxlan_d0.copy_failed.endif"
vxlan_d0.copy_failed:
  %".2829" = trunc i64 %"cursor.38" to i16
  %".2830" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".2829", ptr %".2830", align 2
  br label %"return"
vxlan_d0.copy_failed.endif:
  br label %"vxlan_d0.header"
vxlan_d0.stop_at_encap:
  %".2841" = trunc i64 %".2834" to i16
  %".2842" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".2841", ptr %".2842", align 2
  br label %"return"
vxlan_d0.stop_at_encap.endif:
  %".2845" = getelementptr i8, ptr %"keys.129", i64 12
  store i32 0, ptr %".2845", align 4
  switch i64 0, label %"vxlan_d0.unknown" [i64 0, label %"vxlan_d0.to_ethernet"]
vxlan_d0.unknown:
  %".2848" = trunc i64 %".2834" to i16
  %".2849" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".2848", ptr %".2849", align 2
  br label %"return"
vxlan_d0.to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.55" = phi  i64 [%".2834", %"vxlan_d0.to_ethernet"], [%"end.3", %"geneve_d0.to_ethernet"], [%"end.5", %"gre_d0.to_ethernet"], [%".6344", %"widening.test.14"]
  %"data.130" = phi  ptr [%"data.129", %"vxlan_d0.to_ethernet"], [%"data.134", %"geneve_d0.to_ethernet"], [%"data.146", %"gre_d0.to_ethernet"], [%"data.269", %"widening.test.14"]
  %"data_end.130" = phi  ptr [%"data_end.129", %"vxlan_d0.to_ethernet"], [%"data_end.134", %"geneve_d0.to_ethernet"], [%"data_end.146", %"gre_d0.to_ethernet"], [%"data_end.269", %"widening.test.14"]
  %"keys.130" = phi  ptr [%"keys.129", %"vxlan_d0.to_ethernet"], [%"keys.134", %"geneve_d0.to_ethernet"], [%"keys.146", %"gre_d0.to_ethernet"], [%"keys", %"widening.test.14"]
  %"hdr.49" = getelementptr i8, ptr %"data.130", i64 %"cursor.55"
  %".4154" = getelementptr i8, ptr %"hdr.49", i64 14
  %".4155" = icmp ugt ptr %".4154", %"data_end.130"
  br i1 %".4155", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4157" = getelementptr i8, ptr %"hdr.49", i64 12
  %".4158" = load i16, ptr %".4157", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4158", %"ethernet_d1.linear"], [%".4177", %"ethernet_d1.copy_failed.endif"]
  %"data.186" = phi  ptr [%"data.130", %"ethernet_d1.linear"], [%"data.185", %"ethernet_d1.copy_failed.endif"]
  %"data_end.186" = phi  ptr [%"data_end.130", %"ethernet_d1.linear"], [%"data_end.185", %"ethernet_d1.copy_failed.endif"]
  %"keys.186" = phi  ptr [%"keys.130", %"ethernet_d1.linear"], [%"keys.185", %"ethernet_d1.copy_failed.endif"]
  %".4179" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4180" = zext i16 %".4179" to i64
  %".4181" = trunc i64 %".4180" to i16
  %".4182" = call i16 @"llvm.bswap.i16"(i16 %".4181")
  %".4183" = getelementptr i8, ptr %"keys.186", i64 10
  store i16 %".4182", ptr %".4183", align 2
  %".4185" = add i64 %"cursor.55", 14
  %".4186" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4187" = zext i16 %".4186" to i64
  switch i64 %".4187", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
geneve_d0.copy:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2861" = trunc i64 %"cursor.39" to i32
  %".2862" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2861", [40 x i8]* %"header_copy", i32 8)
  %".2863" = icmp eq i64 %".2862", 0
  %".2864" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2865" = load i32, ptr %".2864", align 4
  %".2866" = zext i32 %".2865" to i64
  %"data.131" = inttoptr i64 %".2866" to ptr
  %".2867" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2868" = load i32, ptr %".2867", align 4
  %".2869" = zext i32 %".2868" to i64
  %"data_end.131" = inttoptr i64 %".2869" to ptr
  %".2870" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.131" = load ptr, ptr %".2870", align 8
  %".2871" = xor i1 %".2863", -1
  br i1 %".2871", label %"geneve_d0.copy_failed", label %"geneve_d0.copy_failed.endif"
geneve_d0.copy_failed:
  %".2873" = trunc i64 %"cursor.39" to i16
  %".2874" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".2873", ptr %".2874", align 2
  br label %"return"
geneve_d0.copy_failed.endif:
  %".2877" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2878" = load volatile i8, [40 x i8]* %".2877", align 1
  %".2879" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2880" = load volatile i16, [40 x i8]* %".2879", align 2
  br label %"geneve_d0.header"
geneve_d0.stop_before:
  %".2887" = trunc i64 %"cursor.39" to i16
  %".2888" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".2887", ptr %".2888", align 2
  br label %"return"
geneve_d0.stop_before.endif:
  %".2891" = add i64 %"cursor.39", 8
  %".2892" = zext i8 %"w0_1.10" to i64
  %".2893" = and i64 %".2892", 63
  %".2894" = mul i64 %".2893", 4
  %".2895" = add i64 %".2894", 8
  %".2896" = getelementptr i8, ptr %"data.132", i64 %"cursor.39"
  %".2897" = getelementptr i8, ptr %".2896", i64 %".2895"
  %".2898" = icmp ugt ptr %".2897", %"data_end.132"
  br i1 %".2898", label %"geneve_d0.copy_last_byte", label %"geneve_d0.variable_part", !prof !0
geneve_d0.variable_part:
  %"data.134" = phi  ptr [%"data.132", %"geneve_d0.stop_before.endif"], [%"data.133", %"geneve_d0.copy_last_byte_failed.endif"]
  %"data_end.134" = phi  ptr [%"data_end.132", %"geneve_d0.stop_before.endif"], [%"data_end.133", %"geneve_d0.copy_last_byte_failed.endif"]
  %"keys.134" = phi  ptr [%"keys.132", %"geneve_d0.stop_before.endif"], [%"keys.133", %"geneve_d0.copy_last_byte_failed.endif"]
  %".2919" = add i64 %"cursor.39", %".2895"
  %".2920" = add i64 %"cursor.39", 8
  %".2921" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".2920")
  %".2922" = icmp eq i64 %".2894", 0
  %"end.3" = select  i1 %".2922", i64 %".2921", i64 %".2919"
  %".2923" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".2923", align 1
  %".2925" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.53" = load volatile i32, ptr %".2925", align 4
  %".2926" = and i32 %"flags.53", 4
  %".2927" = icmp ne i32 %".2926", 0
  br i1 %".2927", label %"geneve_d0.stop_at_encap", label %"geneve_d0.stop_at_encap.endif"
geneve_d0.copy_last_byte:
  %".2900" = add i64 %"cursor.39", %".2895"
  %".2901" = sub i64 %".2900", 1
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2902" = trunc i64 %".2901" to i32
  %".2903" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2902", i64* %"last_byte", i32 1)
  %".2904" = icmp eq i64 %".2903", 0
  %".2905" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2906" = load i32, ptr %".2905", align 4
  %".2907" = zext i32 %".2906" to i64
  %"data.133" = inttoptr i64 %".2907" to ptr
  %".2908" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2909" = load i32, ptr %".2908", align 4
  %".2910" = zext i32 %".2909" to i64
  %"data_end.133" = inttoptr i64 %".2910" to ptr
  %".2911" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.133" = load ptr, ptr %".2911", align 8
  %".2912" = xor i1 %".2904", -1
  br i1 %".2912", label %"geneve_d0.copy_last_byte_failed", label %"geneve_d0.copy_last_byte_failed.endif"
geneve_d0.copy_last_byte_failed:
  %".2914" = trunc i64 %"cursor.39" to i16
  %".2915" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".2914", ptr %".2915", align 2
  br label %"return"
geneve_d0.copy_last_byte_failed.endif:
  br label %"geneve_d0.variable_part"
geneve_d0.stop_at_encap:
  %".2929" = trunc i64 %"end.3" to i16
  %".2930" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2929", ptr %".2930", align 2
  br label %"return"
geneve_d0.stop_at_encap.endif:
  %".2933" = getelementptr i8, ptr %"keys.134", i64 12
  store i32 0, ptr %".2933", align 4
  %".2935" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2936" = zext i16 %".2935" to i64
  switch i64 %".2936", label %"geneve_d0.unknown" [i64 25944, label %"geneve_d0.to_ethernet" i64 2048, label %"geneve_d0.to_ipv4" i64 34525, label %"geneve_d0.to_ipv6"]  , !prof !5
geneve_d0.unknown:
  %".2938" = trunc i64 %"end.3" to i16
  %".2939" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".2938", ptr %".2939", align 2
  br label %"return"
geneve_d0.to_ethernet:
  br label %"ethernet_d1"
geneve_d0.to_ipv4:
  br label %"ipv4_d1"
geneve_d0.to_ipv6:
  br label %"ipv6_d1"
gue_d0.copy:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2953" = trunc i64 %"cursor.40" to i32
  %".2954" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".2953", [40 x i8]* %"header_copy", i32 4)
  %".2955" = icmp eq i64 %".2954", 0
  %".2956" = getelementptr i8, ptr %"ctx.40", i64 76
  %".2957" = load i32, ptr %".2956", align 4
  %".2958" = zext i32 %".2957" to i64
  %"data.135" = inttoptr i64 %".2958" to ptr
  %".2959" = getelementptr i8, ptr %"ctx.40", i64 80
  %".2960" = load i32, ptr %".2959", align 4
  %".2961" = zext i32 %".2960" to i64
  %"data_end.135" = inttoptr i64 %".2961" to ptr
  %".2962" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.135" = load ptr, ptr %".2962", align 8
  %".2963" = xor i1 %".2955", -1
  br i1 %".2963", label %"gue_d0.copy_failed", label %"gue_d0.copy_failed.endif"
gue_d0.copy_failed:
  %".2965" = trunc i64 %"cursor.40" to i16
  %".2966" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".2965", ptr %".2966", align 2
  br label %"return"
gue_d0.copy_failed.endif:
  %".2969" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2970" = load volatile i8, [40 x i8]* %".2969", align 1
  %".2971" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2972" = load volatile i8, [40 x i8]* %".2971", align 1
  br label %"gue_d0.header"
gue_d0.stop_before:
  %".2984" = trunc i64 %"cursor.40" to i16
  %".2985" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".2984", ptr %".2985", align 2
  br label %"return"
gue_d0.stop_before.endif:
  %".2988" = add i64 %"cursor.40", 4
  %".2989" = zext i8 %"w0_1.11" to i64
  %".2990" = and i64 %".2989", 31
  %".2991" = mul i64 %".2990", 4
  %".2992" = add i64 %".2991", 4
  %".2993" = getelementptr i8, ptr %"data.136", i64 %"cursor.40"
  %".2994" = getelementptr i8, ptr %".2993", i64 %".2992"
  %".2995" = icmp ugt ptr %".2994", %"data_end.136"
  br i1 %".2995", label %"gue_d0.copy_last_byte", label %"gue_d0.variable_part", !prof !0
gue_d0.variable_part:
  %"data.138" = phi  ptr [%"data.136", %"gue_d0.stop_before.endif"], [%"data.137", %"gue_d0.copy_last_byte_failed.endif"]
  %"data_end.138" = phi  ptr [%"data_end.136", %"gue_d0.stop_before.endif"], [%"data_end.137", %"gue_d0.copy_last_byte_failed.endif"]
  %"keys.138" = phi  ptr [%"keys.136", %"gue_d0.stop_before.endif"], [%"keys.137", %"gue_d0.copy_last_byte_failed.endif"]
  %".3016" = add i64 %"cursor.40", %".2992"
  %".3017" = add i64 %"cursor.40", 4
  %".3018" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3017")
  %".3019" = icmp eq i64 %".2991", 0
  %"end.4" = select  i1 %".3019", i64 %".3018", i64 %".3016"
  %".3020" = getelementptr i8, ptr %"keys.138", i64 8
  store i8 1, ptr %".3020", align 1
  %".3022" = getelementptr i8, ptr %"keys.138", i64 48
  %"flags.54" = load volatile i32, ptr %".3022", align 4
  %".3023" = and i32 %"flags.54", 4
  %".3024" = icmp ne i32 %".3023", 0
  br i1 %".3024", label %"gue_d0.stop_at_encap", label %"gue_d0.stop_at_encap.endif"
gue_d0.copy_last_byte:
  %".2997" = add i64 %"cursor.40", %".2992"
  %".2998" = sub i64 %".2997", 1
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2999" = trunc i64 %".2998" to i32
  %".3000" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".2999", i64* %"last_byte", i32 1)
  %".3001" = icmp eq i64 %".3000", 0
  %".3002" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3003" = load i32, ptr %".3002", align 4
  %".3004" = zext i32 %".3003" to i64
  %"data.137" = inttoptr i64 %".3004" to ptr
  %".3005" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3006" = load i32, ptr %".3005", align 4
  %".3007" = zext i32 %".3006" to i64
  %"data_end.137" = inttoptr i64 %".3007" to ptr
  %".3008" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.137" = load ptr, ptr %".3008", align 8
  %".3009" = xor i1 %".3001", -1
  br i1 %".3009", label %"gue_d0.copy_last_byte_failed", label %"gue_d0.copy_last_byte_failed.endif"
gue_d0.copy_last_byte_failed:
  %".3011" = trunc i64 %"cursor.40" to i16
  %".3012" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3011", ptr %".3012", align 2
  br label %"return"
gue_d0.copy_last_byte_failed.endif:
  br label %"gue_d0.variable_part"
gue_d0.stop_at_encap:
  %".3026" = trunc i64 %"end.4" to i16
  %".3027" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3026", ptr %".3027", align 2
  br label %"return"
gue_d0.stop_at_encap.endif:
  %".3030" = getelementptr i8, ptr %"keys.138", i64 12
  store i32 0, ptr %".3030", align 4
  %".3032" = zext i8 %"w1_1.6" to i64
  switch i64 %".3032", label %"gue_d0.unknown" [i64 4, label %"gue_d0.to_ipv4" i64 41, label %"gue_d0.to_ipv6"]
gue_d0.unknown:
  %".3034" = trunc i64 %"end.4" to i16
  %".3035" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3034", ptr %".3035", align 2
  br label %"return"
gue_d0.to_ipv4:
  br label %"ipv4_d1"
gue_d0.to_ipv6:
  br label %"ipv6_d1"
gtpu_d0.copy:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3048" = trunc i64 %"cursor.41" to i32
  %".3049" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3048", [40 x i8]* %"header_copy", i32 8)
  %".3050" = icmp eq i64 %".3049", 0
  %".3051" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3052" = load i32, ptr %".3051", align 4
  %".3053" = zext i32 %".3052" to i64
  %"data.139" = inttoptr i64 %".3053" to ptr
  %".3054" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3055" = load i32, ptr %".3054", align 4
  %".3056" = zext i32 %".3055" to i64
  %"data_end.139" = inttoptr i64 %".3056" to ptr
  %".3057" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.139" = load ptr, ptr %".3057", align 8
  %".3058" = xor i1 %".3050", -1
  br i1 %".3058", label %"gtpu_d0.copy_failed", label %"gtpu_d0.copy_failed.endif"
gtpu_d0.copy_failed:
  %".3060" = trunc i64 %"cursor.41" to i16
  %".3061" = getelementptr i8, ptr %"keys.139", i64 2
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
  %".3083" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3082", ptr %".3083", align 2
  br label %"return"
gtpu_d0.stop_before.endif:
  %".3086" = add i64 %"cursor.41", 8
  %".3087" = getelementptr i8, ptr %"keys.140", i64 8
  store i8 1, ptr %".3087", align 1
  %".3089" = getelementptr i8, ptr %"keys.140", i64 48
  %"flags.55" = load volatile i32, ptr %".3089", align 4
  %".3090" = and i32 %"flags.55", 4
  %".3091" = icmp ne i32 %".3090", 0
  br i1 %".3091", label %"gtpu_d0.stop_at_encap", label %"gtpu_d0.stop_at_encap.endif"
gtpu_d0.stop_at_encap:
  %".3093" = trunc i64 %".3086" to i16
  %".3094" = getelementptr i8, ptr %"keys.140", i64 2
  store i16 %".3093", ptr %".3094", align 2
  br label %"return"
gtpu_d0.stop_at_encap.endif:
  %".3097" = getelementptr i8, ptr %"keys.140", i64 12
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
  %".3121" = getelementptr i8, ptr %"keys.140", i64 2
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
  %"data.141" = phi  ptr [%"data.140", %"gtpu_d0.to_gtpu_opt"]
  %"data_end.141" = phi  ptr [%"data_end.140", %"gtpu_d0.to_gtpu_opt"]
  %"keys.141" = phi  ptr [%"keys.140", %"gtpu_d0.to_gtpu_opt"]
  %"hdr.50" = getelementptr i8, ptr %"data.141", i64 %"cursor.56"
  %".4209" = getelementptr i8, ptr %"hdr.50", i64 4
  %".4210" = icmp ugt ptr %".4209", %"data_end.141"
  br i1 %".4210", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.188" = phi  ptr [%"data.141", %"gtpu_opt_d1.linear"], [%"data.187", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.188" = phi  ptr [%"data_end.141", %"gtpu_opt_d1.linear"], [%"data_end.187", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.188" = phi  ptr [%"keys.141", %"gtpu_opt_d1.linear"], [%"keys.187", %"gtpu_opt_d1.copy_failed.endif"]
  %".4230" = add i64 %"cursor.56", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_seq_d1:
  %"cursor.57" = phi  i64 [%".3086", %"gtpu_d0.to_gtpu_seq"]
  %"data.142" = phi  ptr [%"data.140", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.142" = phi  ptr [%"data_end.140", %"gtpu_d0.to_gtpu_seq"]
  %"keys.142" = phi  ptr [%"keys.140", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.51" = getelementptr i8, ptr %"data.142", i64 %"cursor.57"
  %".4237" = getelementptr i8, ptr %"hdr.51", i64 3
  %".4238" = icmp ugt ptr %".4237", %"data_end.142"
  br i1 %".4238", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.190" = phi  ptr [%"data.142", %"gtpu_seq_d1.linear"], [%"data.189", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.190" = phi  ptr [%"data_end.142", %"gtpu_seq_d1.linear"], [%"data_end.189", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.190" = phi  ptr [%"keys.142", %"gtpu_seq_d1.linear"], [%"keys.189", %"gtpu_seq_d1.copy_failed.endif"]
  %".4258" = add i64 %"cursor.57", 3
  switch i64 0, label %"gtpu_seq_d1.unknown" [i64 0, label %"gtpu_seq_d1.to_gtpu_next"]
shim_d0.copy:
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3133" = trunc i64 %"cursor.42" to i32
  %".3134" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3133", [40 x i8]* %"header_copy", i32 8)
  %".3135" = icmp eq i64 %".3134", 0
  %".3136" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3137" = load i32, ptr %".3136", align 4
  %".3138" = zext i32 %".3137" to i64
  %"data.143" = inttoptr i64 %".3138" to ptr
  %".3139" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3140" = load i32, ptr %".3139", align 4
  %".3141" = zext i32 %".3140" to i64
  %"data_end.143" = inttoptr i64 %".3141" to ptr
  %".3142" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.143" = load ptr, ptr %".3142", align 8
  %".3143" = xor i1 %".3135", -1
  br i1 %".3143", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".3145" = trunc i64 %"cursor.42" to i16
  %".3146" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".3145", ptr %".3146", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".3149" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3150" = load volatile i16, [40 x i8]* %".3149", align 2
  br label %"shim_d0.header"
shim_d0.stop_at_encap:
  %".3159" = trunc i64 %".3152" to i16
  %".3160" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3159", ptr %".3160", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  %".3163" = getelementptr i8, ptr %"keys.144", i64 12
  store i32 0, ptr %".3163", align 4
  %".3165" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".3166" = zext i16 %".3165" to i64
  switch i64 %".3166", label %"shim_d0.unknown" [i64 2048, label %"shim_d0.to_ipv4"]
shim_d0.unknown:
  %".3168" = trunc i64 %".3152" to i16
  %".3169" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".3168", ptr %".3169", align 2
  br label %"return"
shim_d0.to_ipv4:
  br label %"ipv4_d1"
gre_d0.stop_before:
  %".3182" = trunc i64 %"cursor.43" to i16
  %".3183" = getelementptr i8, ptr %"keys.74", i64 2
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
  %".3200" = getelementptr i8, ptr %"data.74", i64 %"cursor.43"
  %".3201" = getelementptr i8, ptr %".3200", i64 %".3199"
  %".3202" = icmp ugt ptr %".3201", %"data_end.74"
  br i1 %".3202", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.146" = phi  ptr [%"data.74", %"gre_d0.stop_before.endif"], [%"data.145", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.146" = phi  ptr [%"data_end.74", %"gre_d0.stop_before.endif"], [%"data_end.145", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.146" = phi  ptr [%"keys.74", %"gre_d0.stop_before.endif"], [%"keys.145", %"gre_d0.copy_last_byte_failed.endif"]
  %".3223" = add i64 %"cursor.43", %".3199"
  %".3224" = add i64 %"cursor.43", 4
  %".3225" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3224")
  %".3226" = icmp eq i64 %".3198", 0
  %"end.5" = select  i1 %".3226", i64 %".3225", i64 %".3223"
  %".3227" = getelementptr i8, ptr %"keys.146", i64 8
  store i8 1, ptr %".3227", align 1
  %".3229" = getelementptr i8, ptr %"keys.146", i64 48
  %"flags.57" = load volatile i32, ptr %".3229", align 4
  %".3230" = and i32 %"flags.57", 4
  %".3231" = icmp ne i32 %".3230", 0
  br i1 %".3231", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".3204" = add i64 %"cursor.43", %".3199"
  %".3205" = sub i64 %".3204", 1
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3206" = trunc i64 %".3205" to i32
  %".3207" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3206", i64* %"last_byte", i32 1)
  %".3208" = icmp eq i64 %".3207", 0
  %".3209" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3210" = load i32, ptr %".3209", align 4
  %".3211" = zext i32 %".3210" to i64
  %"data.145" = inttoptr i64 %".3211" to ptr
  %".3212" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3213" = load i32, ptr %".3212", align 4
  %".3214" = zext i32 %".3213" to i64
  %"data_end.145" = inttoptr i64 %".3214" to ptr
  %".3215" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.145" = load ptr, ptr %".3215", align 8
  %".3216" = xor i1 %".3208", -1
  br i1 %".3216", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3218" = trunc i64 %"cursor.43" to i16
  %".3219" = getelementptr i8, ptr %"keys.145", i64 2
  store i16 %".3218", ptr %".3219", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3233" = trunc i64 %"end.5" to i16
  %".3234" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3233", ptr %".3234", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".3237" = getelementptr i8, ptr %"keys.146", i64 12
  store i32 0, ptr %".3237", align 4
  %".3239" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3240" = zext i16 %".3239" to i64
  %".3241" = trunc i64 %".3240" to i16
  %".3242" = call i16 @"llvm.bswap.i16"(i16 %".3241")
  %".3243" = getelementptr i8, ptr %"keys.146", i64 10
  store i16 %".3242", ptr %".3243", align 2
  %".3245" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".3246" = zext i16 %".3245" to i64
  switch i64 %".3246", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !6
gre_d0.unknown:
  %".3248" = trunc i64 %"end.5" to i16
  %".3249" = getelementptr i8, ptr %"keys.146", i64 2
  store i16 %".3248", ptr %".3249", align 2
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
  %".3278" = trunc i64 %"cursor.44" to i16
  %".3279" = getelementptr i8, ptr %"keys.75", i64 2
  store i16 %".3278", ptr %".3279", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".3282" = add i64 %"cursor.44", 4
  %".3283" = zext i8 %"w0_1.3" to i64
  %".3284" = lshr i64 %".3283", 7
  %".3285" = and i64 %".3284", 1
  %".3286" = zext i8 %"w0_1.3" to i64
  %".3287" = lshr i64 %".3286", 5
  %".3288" = and i64 %".3287", 1
  %".3289" = add i64 %".3285", %".3288"
  %".3290" = zext i8 %"w0_1.3" to i64
  %".3291" = lshr i64 %".3290", 4
  %".3292" = and i64 %".3291", 1
  %".3293" = add i64 %".3289", %".3292"
  %".3294" = zext i8 %"w1_1.2" to i64
  %".3295" = lshr i64 %".3294", 7
  %".3296" = and i64 %".3295", 1
  %".3297" = add i64 %".3293", %".3296"
  %".3298" = mul i64 %".3297", 4
  %".3299" = add i64 %".3298", 4
  %".3300" = getelementptr i8, ptr %"data.75", i64 %"cursor.44"
  %".3301" = getelementptr i8, ptr %".3300", i64 %".3299"
  %".3302" = icmp ugt ptr %".3301", %"data_end.75"
  br i1 %".3302", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.148" = phi  ptr [%"data.75", %"pptp_d0.stop_before.endif"], [%"data.147", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.148" = phi  ptr [%"data_end.75", %"pptp_d0.stop_before.endif"], [%"data_end.147", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.148" = phi  ptr [%"keys.75", %"pptp_d0.stop_before.endif"], [%"keys.147", %"pptp_d0.copy_last_byte_failed.endif"]
  %".3323" = add i64 %"cursor.44", %".3299"
  %".3324" = add i64 %"cursor.44", 4
  %".3325" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".3324")
  %".3326" = icmp eq i64 %".3298", 0
  %"end.6" = select  i1 %".3326", i64 %".3325", i64 %".3323"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".3304" = add i64 %"cursor.44", %".3299"
  %".3305" = sub i64 %".3304", 1
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3306" = trunc i64 %".3305" to i32
  %".3307" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3306", i64* %"last_byte", i32 1)
  %".3308" = icmp eq i64 %".3307", 0
  %".3309" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3310" = load i32, ptr %".3309", align 4
  %".3311" = zext i32 %".3310" to i64
  %"data.147" = inttoptr i64 %".3311" to ptr
  %".3312" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3313" = load i32, ptr %".3312", align 4
  %".3314" = zext i32 %".3313" to i64
  %"data_end.147" = inttoptr i64 %".3314" to ptr
  %".3315" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.147" = load ptr, ptr %".3315", align 8
  %".3316" = xor i1 %".3308", -1
  br i1 %".3316", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3318" = trunc i64 %"cursor.44" to i16
  %".3319" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3318", ptr %".3319", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3328" = trunc i64 %"end.6" to i16
  %".3329" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3328", ptr %".3329", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.58" = phi  i64 [%"end.6", %"pptp_d0.to_ppp"]
  %"data.149" = phi  ptr [%"data.148", %"pptp_d0.to_ppp"]
  %"data_end.149" = phi  ptr [%"data_end.148", %"pptp_d0.to_ppp"]
  %"keys.149" = phi  ptr [%"keys.148", %"pptp_d0.to_ppp"]
  %"hdr.52" = getelementptr i8, ptr %"data.149", i64 %"cursor.58"
  %".4265" = getelementptr i8, ptr %"hdr.52", i64 4
  %".4266" = icmp ugt ptr %".4265", %"data_end.149"
  br i1 %".4266", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4268" = getelementptr i8, ptr %"hdr.52", i64 2
  %".4269" = load i16, ptr %".4268", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.17" = phi  i16 [%".4269", %"ppp_d0.linear"], [%".4288", %"ppp_d0.copy_failed.endif"]
  %"data.193" = phi  ptr [%"data.149", %"ppp_d0.linear"], [%"data.192", %"ppp_d0.copy_failed.endif"]
  %"data_end.193" = phi  ptr [%"data_end.149", %"ppp_d0.linear"], [%"data_end.192", %"ppp_d0.copy_failed.endif"]
  %"keys.193" = phi  ptr [%"keys.149", %"ppp_d0.linear"], [%"keys.192", %"ppp_d0.copy_failed.endif"]
  %".4290" = add i64 %"cursor.58", 4
  %".4291" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".4292" = zext i16 %".4291" to i64
  switch i64 %".4292", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
udp_d1.copy:
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3341" = trunc i64 %"cursor.45" to i32
  %".3342" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3341", [40 x i8]* %"header_copy", i32 4)
  %".3343" = icmp eq i64 %".3342", 0
  %".3344" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3345" = load i32, ptr %".3344", align 4
  %".3346" = zext i32 %".3345" to i64
  %"data.150" = inttoptr i64 %".3346" to ptr
  %".3347" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3348" = load i32, ptr %".3347", align 4
  %".3349" = zext i32 %".3348" to i64
  %"data_end.150" = inttoptr i64 %".3349" to ptr
  %".3350" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.150" = load ptr, ptr %".3350", align 8
  %".3351" = xor i1 %".3343", -1
  br i1 %".3351", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3353" = trunc i64 %"cursor.45" to i16
  %".3354" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3353", ptr %".3354", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".3357" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3358" = load volatile i16, [40 x i8]* %".3357", align 2
  %".3359" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3360" = load volatile i16, [40 x i8]* %".3359", align 2
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".3380" = add i64 %"cursor.45", %".3375"
  %".3381" = sub i64 %".3380", 1
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3382" = trunc i64 %".3381" to i32
  %".3383" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3382", i64* %"last_byte", i32 1)
  %".3384" = icmp eq i64 %".3383", 0
  %".3385" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3386" = load i32, ptr %".3385", align 4
  %".3387" = zext i32 %".3386" to i64
  %"data.152" = inttoptr i64 %".3387" to ptr
  %".3388" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3389" = load i32, ptr %".3388", align 4
  %".3390" = zext i32 %".3389" to i64
  %"data_end.152" = inttoptr i64 %".3390" to ptr
  %".3391" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.152" = load ptr, ptr %".3391", align 8
  %".3392" = xor i1 %".3384", -1
  br i1 %".3392", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3394" = trunc i64 %"cursor.45" to i16
  %".3395" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3394", ptr %".3395", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3403" = trunc i64 %"cursor.45" to i16
  %".3404" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3403", ptr %".3404", align 2
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
  %"cursor.59" = phi  i64 [%".3399", %"udp_d1.to_vxlan"]
  %"data.154" = phi  ptr [%"data.153", %"udp_d1.to_vxlan"]
  %"data_end.154" = phi  ptr [%"data_end.153", %"udp_d1.to_vxlan"]
  %"keys.154" = phi  ptr [%"keys.153", %"udp_d1.to_vxlan"]
  %"hdr.53" = getelementptr i8, ptr %"data.154", i64 %"cursor.59"
  %".4352" = getelementptr i8, ptr %"hdr.53", i64 8
  %".4353" = icmp ugt ptr %".4352", %"data_end.154"
  br i1 %".4353", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.196" = phi  ptr [%"data.154", %"vxlan_d1.linear"], [%"data.195", %"vxlan_d1.copy_failed.endif"]
  %"data_end.196" = phi  ptr [%"data_end.154", %"vxlan_d1.linear"], [%"data_end.195", %"vxlan_d1.copy_failed.endif"]
  %"keys.196" = phi  ptr [%"keys.154", %"vxlan_d1.linear"], [%"keys.195", %"vxlan_d1.copy_failed.endif"]
  %".4373" = add i64 %"cursor.59", 8
  %".4374" = getelementptr i8, ptr %"keys.196", i64 8
  store i8 1, ptr %".4374", align 1
  %".4376" = getelementptr i8, ptr %"keys.196", i64 48
  %"flags.73" = load volatile i32, ptr %".4376", align 4
  %".4377" = and i32 %"flags.73", 4
  %".4378" = icmp ne i32 %".4377", 0
  br i1 %".4378", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
geneve_d1:
  %"cursor.60" = phi  i64 [%".3399", %"udp_d1.to_geneve"]
  %"data.155" = phi  ptr [%"data.153", %"udp_d1.to_geneve"]
  %"data_end.155" = phi  ptr [%"data_end.153", %"udp_d1.to_geneve"]
  %"keys.155" = phi  ptr [%"keys.153", %"udp_d1.to_geneve"]
  %"hdr.54" = getelementptr i8, ptr %"data.155", i64 %"cursor.60"
  %".4395" = getelementptr i8, ptr %"hdr.54", i64 8
  %".4396" = icmp ugt ptr %".4395", %"data_end.155"
  br i1 %".4396", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4398" = getelementptr i8, ptr %"hdr.54", i64 0
  %".4399" = load i8, ptr %".4398", align 1
  %".4400" = getelementptr i8, ptr %"hdr.54", i64 2
  %".4401" = load i16, ptr %".4400", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.18" = phi  i8 [%".4399", %"geneve_d1.linear"], [%".4420", %"geneve_d1.copy_failed.endif"]
  %"w2_2.18" = phi  i16 [%".4401", %"geneve_d1.linear"], [%".4422", %"geneve_d1.copy_failed.endif"]
  %"data.198" = phi  ptr [%"data.155", %"geneve_d1.linear"], [%"data.197", %"geneve_d1.copy_failed.endif"]
  %"data_end.198" = phi  ptr [%"data_end.155", %"geneve_d1.linear"], [%"data_end.197", %"geneve_d1.copy_failed.endif"]
  %"keys.198" = phi  ptr [%"keys.155", %"geneve_d1.linear"], [%"keys.197", %"geneve_d1.copy_failed.endif"]
  %".4424" = zext i8 %"w0_1.18" to i64
  %".4425" = lshr i64 %".4424", 6
  %".4426" = and i64 %".4425", 3
  %".4427" = icmp ne i64 %".4426", 0
  br i1 %".4427", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif"
gue_d1:
  %"cursor.61" = phi  i64 [%".3399", %"udp_d1.to_gue"]
  %"data.156" = phi  ptr [%"data.153", %"udp_d1.to_gue"]
  %"data_end.156" = phi  ptr [%"data_end.153", %"udp_d1.to_gue"]
  %"keys.156" = phi  ptr [%"keys.153", %"udp_d1.to_gue"]
  %"hdr.55" = getelementptr i8, ptr %"data.156", i64 %"cursor.61"
  %".4496" = getelementptr i8, ptr %"hdr.55", i64 4
  %".4497" = icmp ugt ptr %".4496", %"data_end.156"
  br i1 %".4497", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4499" = getelementptr i8, ptr %"hdr.55", i64 0
  %".4500" = load i8, ptr %".4499", align 1
  %".4501" = getelementptr i8, ptr %"hdr.55", i64 1
  %".4502" = load i8, ptr %".4501", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.19" = phi  i8 [%".4500", %"gue_d1.linear"], [%".4521", %"gue_d1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".4502", %"gue_d1.linear"], [%".4523", %"gue_d1.copy_failed.endif"]
  %"data.202" = phi  ptr [%"data.156", %"gue_d1.linear"], [%"data.201", %"gue_d1.copy_failed.endif"]
  %"data_end.202" = phi  ptr [%"data_end.156", %"gue_d1.linear"], [%"data_end.201", %"gue_d1.copy_failed.endif"]
  %"keys.202" = phi  ptr [%"keys.156", %"gue_d1.linear"], [%"keys.201", %"gue_d1.copy_failed.endif"]
  %".4525" = zext i8 %"w0_1.19" to i64
  %".4526" = lshr i64 %".4525", 6
  %".4527" = and i64 %".4526", 3
  %".4528" = icmp ne i64 %".4527", 0
  %".4529" = zext i8 %"w0_1.19" to i64
  %".4530" = lshr i64 %".4529", 5
  %".4531" = and i64 %".4530", 1
  %".4532" = icmp ne i64 %".4531", 0
  %".4533" = or i1 %".4528", %".4532"
  br i1 %".4533", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif"
gtpu_d1:
  %"cursor.62" = phi  i64 [%".3399", %"udp_d1.to_gtpu"]
  %"data.157" = phi  ptr [%"data.153", %"udp_d1.to_gtpu"]
  %"data_end.157" = phi  ptr [%"data_end.153", %"udp_d1.to_gtpu"]
  %"keys.157" = phi  ptr [%"keys.153", %"udp_d1.to_gtpu"]
  %"hdr.56" = getelementptr i8, ptr %"data.157", i64 %"cursor.62"
  %".4597" = getelementptr i8, ptr %"hdr.56", i64 8
  %".4598" = icmp ugt ptr %".4597", %"data_end.157"
  br i1 %".4598", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".4600" = getelementptr i8, ptr %"hdr.56", i64 0
  %".4601" = load i8, ptr %".4600", align 1
  %".4602" = getelementptr i8, ptr %"hdr.56", i64 1
  %".4603" = load i8, ptr %".4602", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.20" = phi  i8 [%".4601", %"gtpu_d1.linear"], [%".4622", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".4603", %"gtpu_d1.linear"], [%".4624", %"gtpu_d1.copy_failed.endif"]
  %"data.206" = phi  ptr [%"data.157", %"gtpu_d1.linear"], [%"data.205", %"gtpu_d1.copy_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.157", %"gtpu_d1.linear"], [%"data_end.205", %"gtpu_d1.copy_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.157", %"gtpu_d1.linear"], [%"keys.205", %"gtpu_d1.copy_failed.endif"]
  %".4626" = zext i8 %"w0_1.20" to i64
  %".4627" = lshr i64 %".4626", 5
  %".4628" = and i64 %".4627", 7
  %".4629" = icmp ne i64 %".4628", 1
  %".4630" = zext i8 %"w0_1.20" to i64
  %".4631" = lshr i64 %".4630", 4
  %".4632" = and i64 %".4631", 1
  %".4633" = icmp ne i64 %".4632", 1
  %".4634" = or i1 %".4629", %".4633"
  %".4635" = zext i8 %"w1_1.12" to i64
  %".4636" = icmp ne i64 %".4635", 255
  %".4637" = or i1 %".4634", %".4636"
  br i1 %".4637", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif"
shim_d1:
  %"cursor.63" = phi  i64 [%".3399", %"udp_d1.to_shim"]
  %"data.158" = phi  ptr [%"data.153", %"udp_d1.to_shim"]
  %"data_end.158" = phi  ptr [%"data_end.153", %"udp_d1.to_shim"]
  %"keys.158" = phi  ptr [%"keys.153", %"udp_d1.to_shim"]
  %"hdr.57" = getelementptr i8, ptr %"data.158", i64 %"cursor.63"
  %".4693" = getelementptr i8, ptr %"hdr.57", i64 8
  %".4694" = icmp ugt ptr %".4693", %"data_end.158"
  br i1 %".4694", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4696" = getelementptr i8, ptr %"hdr.57", i64 2
  %".4697" = load i16, ptr %".4696", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.19" = phi  i16 [%".4697", %"shim_d1.linear"], [%".4716", %"shim_d1.copy_failed.endif"]
  %"data.208" = phi  ptr [%"data.158", %"shim_d1.linear"], [%"data.207", %"shim_d1.copy_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.158", %"shim_d1.linear"], [%"data_end.207", %"shim_d1.copy_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.158", %"shim_d1.linear"], [%"keys.207", %"shim_d1.copy_failed.endif"]
  %".4718" = add i64 %"cursor.63", 8
  %".4719" = getelementptr i8, ptr %"keys.208", i64 8
  store i8 1, ptr %".4719", align 1
  %".4721" = getelementptr i8, ptr %"keys.208", i64 48
  %"flags.77" = load volatile i32, ptr %".4721", align 4
  %".4722" = and i32 %"flags.77", 4
  %".4723" = icmp ne i32 %".4722", 0
  br i1 %".4723", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_version_d1.copy:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3422" = trunc i64 %"cursor.46" to i32
  %".3423" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3422", [40 x i8]* %"header_copy", i32 4)
  %".3424" = icmp eq i64 %".3423", 0
  %".3425" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3426" = load i32, ptr %".3425", align 4
  %".3427" = zext i32 %".3426" to i64
  %"data.159" = inttoptr i64 %".3427" to ptr
  %".3428" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3429" = load i32, ptr %".3428", align 4
  %".3430" = zext i32 %".3429" to i64
  %"data_end.159" = inttoptr i64 %".3430" to ptr
  %".3431" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.159" = load ptr, ptr %".3431", align 8
  %".3432" = xor i1 %".3424", -1
  br i1 %".3432", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3434" = trunc i64 %"cursor.46" to i16
  %".3435" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3434", ptr %".3435", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3438" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3439" = load volatile i8, [40 x i8]* %".3438", align 1
  %".3440" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3441" = load volatile i8, [40 x i8]* %".3440", align 1
  %".3442" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3443" = load volatile i16, [40 x i8]* %".3442", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3454" = trunc i64 %"cursor.46" to i16
  %".3455" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".3454", ptr %".3455", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".3458" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3459" = zext i16 %".3458" to i64
  %".3460" = trunc i64 %".3459" to i16
  %".3461" = call i16 @"llvm.bswap.i16"(i16 %".3460")
  %".3462" = getelementptr i8, ptr %"keys.160", i64 10
  store i16 %".3461", ptr %".3462", align 2
  %".3464" = zext i8 %"w1_1.8" to i64
  %".3465" = and i64 %".3464", 7
  switch i64 %".3465", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".3467" = trunc i64 %"cursor.46" to i16
  %".3468" = getelementptr i8, ptr %"keys.160", i64 2
  store i16 %".3467", ptr %".3468", align 2
  br label %"return"
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
gre_d1:
  %"cursor.64" = phi  i64 [%"cursor.46", %"gre_version_d1.to_gre"]
  %"data.161" = phi  ptr [%"data.160", %"gre_version_d1.to_gre"]
  %"data_end.161" = phi  ptr [%"data_end.160", %"gre_version_d1.to_gre"]
  %"keys.161" = phi  ptr [%"keys.160", %"gre_version_d1.to_gre"]
  %".4742" = zext i8 %"w1_1.8" to i64
  %".4743" = and i64 %".4742", 7
  %".4744" = icmp ne i64 %".4743", 0
  %".4745" = zext i8 %"w0_1.13" to i64
  %".4746" = lshr i64 %".4745", 6
  %".4747" = and i64 %".4746", 1
  %".4748" = icmp ne i64 %".4747", 0
  %".4749" = or i1 %".4744", %".4748"
  br i1 %".4749", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.65" = phi  i64 [%"cursor.46", %"gre_version_d1.to_pptp"]
  %"data.162" = phi  ptr [%"data.160", %"gre_version_d1.to_pptp"]
  %"data_end.162" = phi  ptr [%"data_end.160", %"gre_version_d1.to_pptp"]
  %"keys.162" = phi  ptr [%"keys.160", %"gre_version_d1.to_pptp"]
  %".4889" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4890" = zext i16 %".4889" to i64
  %".4891" = icmp ne i64 %".4890", 34827
  %".4892" = zext i8 %"w0_1.13" to i64
  %".4893" = lshr i64 %".4892", 5
  %".4894" = and i64 %".4893", 1
  %".4895" = icmp eq i64 %".4894", 0
  %".4896" = or i1 %".4891", %".4895"
  br i1 %".4896", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3481" = trunc i64 %"cursor.47" to i32
  %".3482" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3481", [40 x i8]* %"header_copy", i32 2)
  %".3483" = icmp eq i64 %".3482", 0
  %".3484" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3485" = load i32, ptr %".3484", align 4
  %".3486" = zext i32 %".3485" to i64
  %"data.163" = inttoptr i64 %".3486" to ptr
  %".3487" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3488" = load i32, ptr %".3487", align 4
  %".3489" = zext i32 %".3488" to i64
  %"data_end.163" = inttoptr i64 %".3489" to ptr
  %".3490" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.163" = load ptr, ptr %".3490", align 8
  %".3491" = xor i1 %".3483", -1
  br i1 %".3491", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3493" = trunc i64 %"cursor.47" to i16
  %".3494" = getelementptr i8, ptr %"keys.163", i64 2
  store i16 %".3493", ptr %".3494", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3497" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3498" = load volatile i8, [40 x i8]* %".3497", align 1
  %".3499" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3500" = load volatile i8, [40 x i8]* %".3499", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3514" = trunc i64 %".3511" to i16
  %".3515" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".3514", ptr %".3515", align 2
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
  %".3531" = trunc i64 34887 to i16
  %".3532" = call i16 @"llvm.bswap.i16"(i16 %".3531")
  %".3533" = getelementptr i8, ptr %"keys.164", i64 10
  store i16 %".3532", ptr %".3533", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3536" = trunc i64 2048 to i16
  %".3537" = call i16 @"llvm.bswap.i16"(i16 %".3536")
  %".3538" = getelementptr i8, ptr %"keys.164", i64 10
  store i16 %".3537", ptr %".3538", align 2
  %".3540" = getelementptr i8, ptr %"keys.164", i64 8
  store i8 1, ptr %".3540", align 1
  %".3542" = getelementptr i8, ptr %"keys.164", i64 48
  %"flags.58" = load volatile i32, ptr %".3542", align 4
  %".3543" = and i32 %"flags.58", 4
  %".3544" = icmp ne i32 %".3543", 0
  br i1 %".3544", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3556" = trunc i64 34525 to i16
  %".3557" = call i16 @"llvm.bswap.i16"(i16 %".3556")
  %".3558" = getelementptr i8, ptr %"keys.164", i64 10
  store i16 %".3557", ptr %".3558", align 2
  %".3560" = getelementptr i8, ptr %"keys.164", i64 8
  store i8 1, ptr %".3560", align 1
  %".3562" = getelementptr i8, ptr %"keys.164", i64 48
  %"flags.59" = load volatile i32, ptr %".3562", align 4
  %".3563" = and i32 %"flags.59", 4
  %".3564" = icmp ne i32 %".3563", 0
  br i1 %".3564", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.66" = phi  i64 [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".6498", %"widening.test.28"]
  %"data.165" = phi  ptr [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.283", %"widening.test.28"]
  %"data_end.165" = phi  ptr [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.283", %"widening.test.28"]
  %"keys.165" = phi  ptr [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.test.28"]
  %"hdr.58" = getelementptr i8, ptr %"data.165", i64 %"cursor.66"
  %".4953" = getelementptr i8, ptr %"hdr.58", i64 2
  %".4954" = icmp ugt ptr %".4953", %"data_end.165"
  br i1 %".4954", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".4956" = getelementptr i8, ptr %"hdr.58", i64 0
  %".4957" = load i8, ptr %".4956", align 1
  %".4958" = getelementptr i8, ptr %"hdr.58", i64 1
  %".4959" = load i8, ptr %".4958", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.21" = phi  i8 [%".4957", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4978", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4959", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".4980", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.215" = phi  ptr [%"data.165", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.214", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.215" = phi  ptr [%"data_end.165", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.214", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.215" = phi  ptr [%"keys.165", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.214", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".4982" = zext i8 %"w0_1.21" to i64
  %".4983" = trunc i64 %".4982" to i8
  %".4984" = getelementptr i8, ptr %"keys.215", i64 9
  store i8 %".4983", ptr %".4984", align 1
  %".4986" = add i64 %"cursor.66", 2
  %".4987" = zext i8 %"w1_1.13" to i64
  %".4988" = mul i64 %".4987", 8
  %".4989" = add i64 %".4988", 6
  %".4990" = add i64 %".4989", 2
  %".4991" = add i64 %"cursor.66", %".4990"
  %".4992" = zext i8 %"w0_1.21" to i64
  switch i64 %".4992", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2:
  %"cursor.67" = phi  i64 [%".3511", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".3609", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".6487", %"widening.test.27"]
  %"data.166" = phi  ptr [%"data.164", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.168", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.282", %"widening.test.27"]
  %"data_end.166" = phi  ptr [%"data_end.164", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.168", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.282", %"widening.test.27"]
  %"keys.166" = phi  ptr [%"keys.164", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.168", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.test.27"]
  %"hdr.59" = getelementptr i8, ptr %"data.166", i64 %"cursor.67"
  %".5056" = getelementptr i8, ptr %"hdr.59", i64 8
  %".5057" = icmp ugt ptr %".5056", %"data_end.166"
  br i1 %".5057", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".5059" = getelementptr i8, ptr %"hdr.59", i64 0
  %".5060" = load i8, ptr %".5059", align 1
  %".5061" = getelementptr i8, ptr %"hdr.59", i64 2
  %".5062" = load i16, ptr %".5061", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.22" = phi  i8 [%".5060", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5081", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.20" = phi  i16 [%".5062", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5083", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.219" = phi  ptr [%"data.166", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.218", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.219" = phi  ptr [%"data_end.166", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.218", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.219" = phi  ptr [%"keys.166", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.218", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".5085" = zext i8 %"w0_1.22" to i64
  %".5086" = trunc i64 %".5085" to i8
  %".5087" = getelementptr i8, ptr %"keys.219", i64 9
  store i8 %".5086", ptr %".5087", align 1
  %".5089" = add i64 %"cursor.67", 8
  %".5090" = icmp ne i64 1, 0
  %".5091" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".5092" = zext i16 %".5091" to i64
  %".5093" = and i64 %".5092", 65528
  %".5094" = icmp eq i64 %".5093", 0
  br i1 %".5090", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3546" = trunc i64 %".3511" to i16
  %".3547" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".3546", ptr %".3547", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3550" = getelementptr i8, ptr %"keys.164", i64 12
  store i32 0, ptr %".3550", align 4
  %".3552" = trunc i64 %".3511" to i16
  %".3553" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".3552", ptr %".3553", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3566" = trunc i64 %".3511" to i16
  %".3567" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".3566", ptr %".3567", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3570" = getelementptr i8, ptr %"keys.164", i64 12
  store i32 0, ptr %".3570", align 4
  %".3572" = trunc i64 %".3511" to i16
  %".3573" = getelementptr i8, ptr %"keys.164", i64 2
  store i16 %".3572", ptr %".3573", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3584" = trunc i64 %"cursor.48" to i32
  %".3585" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3584", [40 x i8]* %"header_copy", i32 8)
  %".3586" = icmp eq i64 %".3585", 0
  %".3587" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3588" = load i32, ptr %".3587", align 4
  %".3589" = zext i32 %".3588" to i64
  %"data.167" = inttoptr i64 %".3589" to ptr
  %".3590" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3591" = load i32, ptr %".3590", align 4
  %".3592" = zext i32 %".3591" to i64
  %"data_end.167" = inttoptr i64 %".3592" to ptr
  %".3593" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.167" = load ptr, ptr %".3593", align 8
  %".3594" = xor i1 %".3586", -1
  br i1 %".3594", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3596" = trunc i64 %"cursor.48" to i16
  %".3597" = getelementptr i8, ptr %"keys.167", i64 2
  store i16 %".3596", ptr %".3597", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3600" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3601" = load volatile i8, [40 x i8]* %".3600", align 1
  %".3602" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3603" = load volatile i16, [40 x i8]* %".3602", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3616" = getelementptr i8, ptr %"keys.168", i64 6
  store i8 1, ptr %".3616", align 1
  br i1 %".3614", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3636" = zext i8 %"w0_1.15" to i64
  switch i64 %".3636", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3619" = getelementptr i8, ptr %"keys.168", i64 7
  store i8 1, ptr %".3619", align 1
  %".3621" = getelementptr i8, ptr %"keys.168", i64 48
  %"flags.60" = load volatile i32, ptr %".3621", align 4
  %".3622" = and i32 %"flags.60", 1
  %".3623" = icmp ne i32 %".3622", 0
  %".3624" = xor i1 %".3623", -1
  br i1 %".3624", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3631" = trunc i64 %".3609" to i16
  %".3632" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3631", ptr %".3632", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3626" = trunc i64 %".3609" to i16
  %".3627" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3626", ptr %".3627", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3638" = trunc i64 %".3609" to i16
  %".3639" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3638", ptr %".3639", align 2
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
  %".3655" = trunc i64 34887 to i16
  %".3656" = call i16 @"llvm.bswap.i16"(i16 %".3655")
  %".3657" = getelementptr i8, ptr %"keys.168", i64 10
  store i16 %".3656", ptr %".3657", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3660" = trunc i64 2048 to i16
  %".3661" = call i16 @"llvm.bswap.i16"(i16 %".3660")
  %".3662" = getelementptr i8, ptr %"keys.168", i64 10
  store i16 %".3661", ptr %".3662", align 2
  %".3664" = getelementptr i8, ptr %"keys.168", i64 8
  store i8 1, ptr %".3664", align 1
  %".3666" = getelementptr i8, ptr %"keys.168", i64 48
  %"flags.61" = load volatile i32, ptr %".3666", align 4
  %".3667" = and i32 %"flags.61", 4
  %".3668" = icmp ne i32 %".3667", 0
  br i1 %".3668", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3680" = trunc i64 34525 to i16
  %".3681" = call i16 @"llvm.bswap.i16"(i16 %".3680")
  %".3682" = getelementptr i8, ptr %"keys.168", i64 10
  store i16 %".3681", ptr %".3682", align 2
  %".3684" = getelementptr i8, ptr %"keys.168", i64 8
  store i8 1, ptr %".3684", align 1
  %".3686" = getelementptr i8, ptr %"keys.168", i64 48
  %"flags.62" = load volatile i32, ptr %".3686", align 4
  %".3687" = and i32 %"flags.62", 4
  %".3688" = icmp ne i32 %".3687", 0
  br i1 %".3688", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3670" = trunc i64 %".3609" to i16
  %".3671" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3670", ptr %".3671", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3674" = getelementptr i8, ptr %"keys.168", i64 12
  store i32 0, ptr %".3674", align 4
  %".3676" = trunc i64 %".3609" to i16
  %".3677" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3676", ptr %".3677", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3690" = trunc i64 %".3609" to i16
  %".3691" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3690", ptr %".3691", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3694" = getelementptr i8, ptr %"keys.168", i64 12
  store i32 0, ptr %".3694", align 4
  %".3696" = trunc i64 %".3609" to i16
  %".3697" = getelementptr i8, ptr %"keys.168", i64 2
  store i16 %".3696", ptr %".3697", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3708" = trunc i64 %"cursor.49" to i32
  %".3709" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3708", [40 x i8]* %"header_copy", i32 2)
  %".3710" = icmp eq i64 %".3709", 0
  %".3711" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3712" = load i32, ptr %".3711", align 4
  %".3713" = zext i32 %".3712" to i64
  %"data.169" = inttoptr i64 %".3713" to ptr
  %".3714" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3715" = load i32, ptr %".3714", align 4
  %".3716" = zext i32 %".3715" to i64
  %"data_end.169" = inttoptr i64 %".3716" to ptr
  %".3717" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.169" = load ptr, ptr %".3717", align 8
  %".3718" = xor i1 %".3710", -1
  br i1 %".3718", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3720" = trunc i64 %"cursor.49" to i16
  %".3721" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".3720", ptr %".3721", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3724" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3725" = load volatile i8, [40 x i8]* %".3724", align 1
  %".3726" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3727" = load volatile i8, [40 x i8]* %".3726", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3741" = trunc i64 %".3738" to i16
  %".3742" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3741", ptr %".3742", align 2
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
  %".3758" = trunc i64 34887 to i16
  %".3759" = call i16 @"llvm.bswap.i16"(i16 %".3758")
  %".3760" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3759", ptr %".3760", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3763" = trunc i64 2048 to i16
  %".3764" = call i16 @"llvm.bswap.i16"(i16 %".3763")
  %".3765" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3764", ptr %".3765", align 2
  %".3767" = getelementptr i8, ptr %"keys.170", i64 8
  store i8 1, ptr %".3767", align 1
  %".3769" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.63" = load volatile i32, ptr %".3769", align 4
  %".3770" = and i32 %"flags.63", 4
  %".3771" = icmp ne i32 %".3770", 0
  br i1 %".3771", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3780" = trunc i64 34525 to i16
  %".3781" = call i16 @"llvm.bswap.i16"(i16 %".3780")
  %".3782" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3781", ptr %".3782", align 2
  %".3784" = getelementptr i8, ptr %"keys.170", i64 8
  store i8 1, ptr %".3784", align 1
  %".3786" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.64" = load volatile i32, ptr %".3786", align 4
  %".3787" = and i32 %"flags.64", 4
  %".3788" = icmp ne i32 %".3787", 0
  br i1 %".3788", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.68" = phi  i64 [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".6278", %"widening.test.8"]
  %"data.171" = phi  ptr [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.263", %"widening.test.8"]
  %"data_end.171" = phi  ptr [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.263", %"widening.test.8"]
  %"keys.171" = phi  ptr [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.8"]
  %"hdr.60" = getelementptr i8, ptr %"data.171", i64 %"cursor.68"
  %".5180" = getelementptr i8, ptr %"hdr.60", i64 2
  %".5181" = icmp ugt ptr %".5180", %"data_end.171"
  br i1 %".5181", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5183" = getelementptr i8, ptr %"hdr.60", i64 0
  %".5184" = load i8, ptr %".5183", align 1
  %".5185" = getelementptr i8, ptr %"hdr.60", i64 1
  %".5186" = load i8, ptr %".5185", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.23" = phi  i8 [%".5184", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5205", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".5186", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5207", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.221" = phi  ptr [%"data.171", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.220", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.221" = phi  ptr [%"data_end.171", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.220", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.221" = phi  ptr [%"keys.171", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.220", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5209" = zext i8 %"w0_1.23" to i64
  %".5210" = trunc i64 %".5209" to i8
  %".5211" = getelementptr i8, ptr %"keys.221", i64 9
  store i8 %".5210", ptr %".5211", align 1
  %".5213" = add i64 %"cursor.68", 2
  %".5214" = zext i8 %"w1_1.14" to i64
  %".5215" = mul i64 %".5214", 8
  %".5216" = add i64 %".5215", 6
  %".5217" = add i64 %".5216", 2
  %".5218" = add i64 %"cursor.68", %".5217"
  %".5219" = zext i8 %"w0_1.23" to i64
  switch i64 %".5219", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3:
  %"cursor.69" = phi  i64 [%".3738", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3830", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".6267", %"widening.test.7"]
  %"data.172" = phi  ptr [%"data.170", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.174", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.262", %"widening.test.7"]
  %"data_end.172" = phi  ptr [%"data_end.170", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.174", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.262", %"widening.test.7"]
  %"keys.172" = phi  ptr [%"keys.170", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.174", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.7"]
  %"hdr.61" = getelementptr i8, ptr %"data.172", i64 %"cursor.69"
  %".5289" = getelementptr i8, ptr %"hdr.61", i64 8
  %".5290" = icmp ugt ptr %".5289", %"data_end.172"
  br i1 %".5290", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5292" = getelementptr i8, ptr %"hdr.61", i64 0
  %".5293" = load i8, ptr %".5292", align 1
  %".5294" = getelementptr i8, ptr %"hdr.61", i64 2
  %".5295" = load i16, ptr %".5294", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.24" = phi  i8 [%".5293", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5314", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.21" = phi  i16 [%".5295", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5316", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.223" = phi  ptr [%"data.172", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.222", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.223" = phi  ptr [%"data_end.172", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.222", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.223" = phi  ptr [%"keys.172", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.222", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5318" = zext i8 %"w0_1.24" to i64
  %".5319" = trunc i64 %".5318" to i8
  %".5320" = getelementptr i8, ptr %"keys.223", i64 9
  store i8 %".5319", ptr %".5320", align 1
  %".5322" = add i64 %"cursor.69", 8
  %".5323" = icmp ne i64 1, 0
  %".5324" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".5325" = zext i16 %".5324" to i64
  %".5326" = and i64 %".5325", 65528
  %".5327" = icmp eq i64 %".5326", 0
  br i1 %".5323", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3773" = trunc i64 %".3738" to i16
  %".3774" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3773", ptr %".3774", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3777" = getelementptr i8, ptr %"keys.170", i64 12
  store i32 0, ptr %".3777", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3790" = trunc i64 %".3738" to i16
  %".3791" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3790", ptr %".3791", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3794" = getelementptr i8, ptr %"keys.170", i64 12
  store i32 0, ptr %".3794", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3805" = trunc i64 %"cursor.50" to i32
  %".3806" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3805", [40 x i8]* %"header_copy", i32 8)
  %".3807" = icmp eq i64 %".3806", 0
  %".3808" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3809" = load i32, ptr %".3808", align 4
  %".3810" = zext i32 %".3809" to i64
  %"data.173" = inttoptr i64 %".3810" to ptr
  %".3811" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3812" = load i32, ptr %".3811", align 4
  %".3813" = zext i32 %".3812" to i64
  %"data_end.173" = inttoptr i64 %".3813" to ptr
  %".3814" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.173" = load ptr, ptr %".3814", align 8
  %".3815" = xor i1 %".3807", -1
  br i1 %".3815", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3817" = trunc i64 %"cursor.50" to i16
  %".3818" = getelementptr i8, ptr %"keys.173", i64 2
  store i16 %".3817", ptr %".3818", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3821" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3822" = load volatile i8, [40 x i8]* %".3821", align 1
  %".3823" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3824" = load volatile i16, [40 x i8]* %".3823", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3837" = getelementptr i8, ptr %"keys.174", i64 6
  store i8 1, ptr %".3837", align 1
  br i1 %".3835", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3857" = zext i8 %"w0_1.17" to i64
  switch i64 %".3857", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3840" = getelementptr i8, ptr %"keys.174", i64 7
  store i8 1, ptr %".3840", align 1
  %".3842" = getelementptr i8, ptr %"keys.174", i64 48
  %"flags.65" = load volatile i32, ptr %".3842", align 4
  %".3843" = and i32 %"flags.65", 1
  %".3844" = icmp ne i32 %".3843", 0
  %".3845" = xor i1 %".3844", -1
  br i1 %".3845", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3852" = trunc i64 %".3830" to i16
  %".3853" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3852", ptr %".3853", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3847" = trunc i64 %".3830" to i16
  %".3848" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3847", ptr %".3848", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3859" = trunc i64 %".3830" to i16
  %".3860" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3859", ptr %".3860", align 2
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
  %".3876" = trunc i64 34887 to i16
  %".3877" = call i16 @"llvm.bswap.i16"(i16 %".3876")
  %".3878" = getelementptr i8, ptr %"keys.174", i64 10
  store i16 %".3877", ptr %".3878", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3881" = trunc i64 2048 to i16
  %".3882" = call i16 @"llvm.bswap.i16"(i16 %".3881")
  %".3883" = getelementptr i8, ptr %"keys.174", i64 10
  store i16 %".3882", ptr %".3883", align 2
  %".3885" = getelementptr i8, ptr %"keys.174", i64 8
  store i8 1, ptr %".3885", align 1
  %".3887" = getelementptr i8, ptr %"keys.174", i64 48
  %"flags.66" = load volatile i32, ptr %".3887", align 4
  %".3888" = and i32 %"flags.66", 4
  %".3889" = icmp ne i32 %".3888", 0
  br i1 %".3889", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3898" = trunc i64 34525 to i16
  %".3899" = call i16 @"llvm.bswap.i16"(i16 %".3898")
  %".3900" = getelementptr i8, ptr %"keys.174", i64 10
  store i16 %".3899", ptr %".3900", align 2
  %".3902" = getelementptr i8, ptr %"keys.174", i64 8
  store i8 1, ptr %".3902", align 1
  %".3904" = getelementptr i8, ptr %"keys.174", i64 48
  %"flags.67" = load volatile i32, ptr %".3904", align 4
  %".3905" = and i32 %"flags.67", 4
  %".3906" = icmp ne i32 %".3905", 0
  br i1 %".3906", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3891" = trunc i64 %".3830" to i16
  %".3892" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3891", ptr %".3892", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3895" = getelementptr i8, ptr %"keys.174", i64 12
  store i32 0, ptr %".3895", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3908" = trunc i64 %".3830" to i16
  %".3909" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3908", ptr %".3909", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3912" = getelementptr i8, ptr %"keys.174", i64 12
  store i32 0, ptr %".3912", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3922" = trunc i64 %"cursor.51" to i32
  %".3923" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3922", [40 x i8]* %"header_copy", i32 4)
  %".3924" = icmp eq i64 %".3923", 0
  %".3925" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3926" = load i32, ptr %".3925", align 4
  %".3927" = zext i32 %".3926" to i64
  %"data.175" = inttoptr i64 %".3927" to ptr
  %".3928" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3929" = load i32, ptr %".3928", align 4
  %".3930" = zext i32 %".3929" to i64
  %"data_end.175" = inttoptr i64 %".3930" to ptr
  %".3931" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.175" = load ptr, ptr %".3931", align 8
  %".3932" = xor i1 %".3924", -1
  br i1 %".3932", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".3934" = trunc i64 %".3915" to i16
  %".3935" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".3934", ptr %".3935", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".3938" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3939" = load volatile i8, [40 x i8]* %".3938", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".3945" = trunc i64 %".3941" to i16
  %".3946" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3945", ptr %".3946", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels3.to_ip_version:
  %".3950" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3950", align 1
  %".3952" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.68" = load volatile i32, ptr %".3952", align 4
  %".3953" = and i32 %"flags.68", 4
  %".3954" = icmp ne i32 %".3953", 0
  br i1 %".3954", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels4:
  %"cursor.70" = phi  i64 [%".3941", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.177" = phi  ptr [%"data.176", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.177" = phi  ptr [%"data_end.176", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.177" = phi  ptr [%"keys.176", %"mpls_d0_mpls_labels3.to_mpls"]
  %".5419" = add i64 %"cursor.70", 4
  %"hdr.62" = getelementptr i8, ptr %"data.177", i64 %"cursor.70"
  %".5420" = getelementptr i8, ptr %"hdr.62", i64 4
  %".5421" = icmp ugt ptr %".5420", %"data_end.177"
  br i1 %".5421", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5423" = getelementptr i8, ptr %"hdr.62", i64 2
  %".5424" = load i8, ptr %".5423", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5424", %"mpls_d0_mpls_labels4.linear"], [%".5443", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.225" = phi  ptr [%"data.177", %"mpls_d0_mpls_labels4.linear"], [%"data.224", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.225" = phi  ptr [%"data_end.177", %"mpls_d0_mpls_labels4.linear"], [%"data_end.224", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.225" = phi  ptr [%"keys.177", %"mpls_d0_mpls_labels4.linear"], [%"keys.224", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5445" = add i64 %"cursor.70", 4
  %".5446" = zext i8 %"w2_1.5" to i64
  %".5447" = and i64 %".5446", 1
  switch i64 %".5447", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels3.stop_at_encap:
  %".3956" = trunc i64 %".3941" to i16
  %".3957" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3956", ptr %".3957", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".3960" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3960", align 4
  br label %"ip_version_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3969" = trunc i64 %"cursor.52" to i32
  %".3970" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".3969", [40 x i8]* %"header_copy", i32 4)
  %".3971" = icmp eq i64 %".3970", 0
  %".3972" = getelementptr i8, ptr %"ctx.54", i64 76
  %".3973" = load i32, ptr %".3972", align 4
  %".3974" = zext i32 %".3973" to i64
  %"data.178" = inttoptr i64 %".3974" to ptr
  %".3975" = getelementptr i8, ptr %"ctx.54", i64 80
  %".3976" = load i32, ptr %".3975", align 4
  %".3977" = zext i32 %".3976" to i64
  %"data_end.178" = inttoptr i64 %".3977" to ptr
  %".3978" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.178" = load ptr, ptr %".3978", align 8
  %".3979" = xor i1 %".3971", -1
  br i1 %".3979", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".3981" = trunc i64 %"cursor.52" to i16
  %".3982" = getelementptr i8, ptr %"keys.178", i64 2
  store i16 %".3981", ptr %".3982", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".3985" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3986" = load volatile i16, [40 x i8]* %".3985", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".4001" = trunc i64 %".3994" to i16
  %".4002" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4001", ptr %".4002", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".4007" = trunc i64 %".3994" to i16
  %".4008" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4007", ptr %".4008", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".4011" = trunc i64 %".3994" to i16
  %".4012" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4011", ptr %".4012", align 2
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
  %".4024" = trunc i64 %".3994" to i16
  %".4025" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4024", ptr %".4025", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".4028" = trunc i64 %".3994" to i16
  %".4029" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".4028", ptr %".4029", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4039" = trunc i64 %"cursor.53" to i32
  %".4040" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".4039", [40 x i8]* %"header_copy", i32 6)
  %".4041" = icmp eq i64 %".4040", 0
  %".4042" = getelementptr i8, ptr %"ctx.55", i64 76
  %".4043" = load i32, ptr %".4042", align 4
  %".4044" = zext i32 %".4043" to i64
  %"data.180" = inttoptr i64 %".4044" to ptr
  %".4045" = getelementptr i8, ptr %"ctx.55", i64 80
  %".4046" = load i32, ptr %".4045", align 4
  %".4047" = zext i32 %".4046" to i64
  %"data_end.180" = inttoptr i64 %".4047" to ptr
  %".4048" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.180" = load ptr, ptr %".4048", align 8
  %".4049" = xor i1 %".4041", -1
  br i1 %".4049", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".4051" = trunc i64 %"cursor.53" to i16
  %".4052" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".4051", ptr %".4052", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".4055" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".4056" = load volatile i16, [40 x i8]* %".4055", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".4071" = trunc i64 %".4064" to i16
  %".4072" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4071", ptr %".4072", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".4077" = trunc i64 %".4064" to i16
  %".4078" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4077", ptr %".4078", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".4081" = trunc i64 %".4064" to i16
  %".4082" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4081", ptr %".4082", align 2
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
  %".4094" = trunc i64 %".4064" to i16
  %".4095" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4094", ptr %".4095", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".4098" = trunc i64 %".4064" to i16
  %".4099" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".4098", ptr %".4099", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
mpls_d1_mpls_labels2.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4110" = trunc i64 %"cursor.54" to i32
  %".4111" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".4110", [40 x i8]* %"header_copy", i32 4)
  %".4112" = icmp eq i64 %".4111", 0
  %".4113" = getelementptr i8, ptr %"ctx.56", i64 76
  %".4114" = load i32, ptr %".4113", align 4
  %".4115" = zext i32 %".4114" to i64
  %"data.182" = inttoptr i64 %".4115" to ptr
  %".4116" = getelementptr i8, ptr %"ctx.56", i64 80
  %".4117" = load i32, ptr %".4116", align 4
  %".4118" = zext i32 %".4117" to i64
  %"data_end.182" = inttoptr i64 %".4118" to ptr
  %".4119" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.182" = load ptr, ptr %".4119", align 8
  %".4120" = xor i1 %".4112", -1
  br i1 %".4120", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".4122" = trunc i64 %".4103" to i16
  %".4123" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4122", ptr %".4123", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".4126" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4127" = load volatile i8, [40 x i8]* %".4126", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".4133" = trunc i64 %".4129" to i16
  %".4134" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4133", ptr %".4134", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_mpls:
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels2.to_ip_version:
  %".4138" = getelementptr i8, ptr %"keys.183", i64 8
  store i8 1, ptr %".4138", align 1
  %".4140" = getelementptr i8, ptr %"keys.183", i64 48
  %"flags.69" = load volatile i32, ptr %".4140", align 4
  %".4141" = and i32 %"flags.69", 4
  %".4142" = icmp ne i32 %".4141", 0
  br i1 %".4142", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels3:
  %"cursor.71" = phi  i64 [%".4129", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.184" = phi  ptr [%"data.183", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.184" = phi  ptr [%"data_end.183", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.184" = phi  ptr [%"keys.183", %"mpls_d1_mpls_labels2.to_mpls"]
  %".5470" = add i64 %"cursor.71", 4
  %"hdr.63" = getelementptr i8, ptr %"data.184", i64 %"cursor.71"
  %".5471" = getelementptr i8, ptr %"hdr.63", i64 4
  %".5472" = icmp ugt ptr %".5471", %"data_end.184"
  br i1 %".5472", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".5474" = getelementptr i8, ptr %"hdr.63", i64 2
  %".5475" = load i8, ptr %".5474", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".5475", %"mpls_d1_mpls_labels3.linear"], [%".5494", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.227" = phi  ptr [%"data.184", %"mpls_d1_mpls_labels3.linear"], [%"data.226", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.227" = phi  ptr [%"data_end.184", %"mpls_d1_mpls_labels3.linear"], [%"data_end.226", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.227" = phi  ptr [%"keys.184", %"mpls_d1_mpls_labels3.linear"], [%"keys.226", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".5496" = add i64 %"cursor.71", 4
  %".5497" = zext i8 %"w2_1.6" to i64
  %".5498" = and i64 %".5497", 1
  switch i64 %".5498", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels2.stop_at_encap:
  %".4144" = trunc i64 %".4129" to i16
  %".4145" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4144", ptr %".4145", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".4148" = getelementptr i8, ptr %"keys.183", i64 12
  store i32 0, ptr %".4148", align 4
  %".4150" = trunc i64 %".4129" to i16
  %".4151" = getelementptr i8, ptr %"keys.183", i64 2
  store i16 %".4150", ptr %".4151", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4160" = trunc i64 %"cursor.55" to i32
  %".4161" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4160", [40 x i8]* %"header_copy", i32 14)
  %".4162" = icmp eq i64 %".4161", 0
  %".4163" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4164" = load i32, ptr %".4163", align 4
  %".4165" = zext i32 %".4164" to i64
  %"data.185" = inttoptr i64 %".4165" to ptr
  %".4166" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4167" = load i32, ptr %".4166", align 4
  %".4168" = zext i32 %".4167" to i64
  %"data_end.185" = inttoptr i64 %".4168" to ptr
  %".4169" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.185" = load ptr, ptr %".4169", align 8
  %".4170" = xor i1 %".4162", -1
  br i1 %".4170", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4172" = trunc i64 %"cursor.55" to i16
  %".4173" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4172", ptr %".4173", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4176" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4177" = load volatile i16, [40 x i8]* %".4176", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4189" = trunc i64 %".4185" to i16
  %".4190" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".4189", ptr %".4190", align 2
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
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4213" = trunc i64 %"cursor.56" to i32
  %".4214" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4213", [40 x i8]* %"header_copy", i32 4)
  %".4215" = icmp eq i64 %".4214", 0
  %".4216" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4217" = load i32, ptr %".4216", align 4
  %".4218" = zext i32 %".4217" to i64
  %"data.187" = inttoptr i64 %".4218" to ptr
  %".4219" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4220" = load i32, ptr %".4219", align 4
  %".4221" = zext i32 %".4220" to i64
  %"data_end.187" = inttoptr i64 %".4221" to ptr
  %".4222" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.187" = load ptr, ptr %".4222", align 8
  %".4223" = xor i1 %".4215", -1
  br i1 %".4223", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4225" = trunc i64 %"cursor.56" to i16
  %".4226" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4225", ptr %".4226", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4232" = trunc i64 %".4230" to i16
  %".4233" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4232", ptr %".4233", align 2
  br label %"return"
gtpu_opt_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_seq_d1.copy:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4241" = trunc i64 %"cursor.57" to i32
  %".4242" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4241", [40 x i8]* %"header_copy", i32 3)
  %".4243" = icmp eq i64 %".4242", 0
  %".4244" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4245" = load i32, ptr %".4244", align 4
  %".4246" = zext i32 %".4245" to i64
  %"data.189" = inttoptr i64 %".4246" to ptr
  %".4247" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4248" = load i32, ptr %".4247", align 4
  %".4249" = zext i32 %".4248" to i64
  %"data_end.189" = inttoptr i64 %".4249" to ptr
  %".4250" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.189" = load ptr, ptr %".4250", align 8
  %".4251" = xor i1 %".4243", -1
  br i1 %".4251", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4253" = trunc i64 %"cursor.57" to i16
  %".4254" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4253", ptr %".4254", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4260" = trunc i64 %".4258" to i16
  %".4261" = getelementptr i8, ptr %"keys.190", i64 2
  store i16 %".4260", ptr %".4261", align 2
  br label %"return"
gtpu_seq_d1.to_gtpu_next:
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.72" = phi  i64 [%".4258", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.191" = phi  ptr [%"data.190", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.191" = phi  ptr [%"data_end.190", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.191" = phi  ptr [%"keys.190", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.64" = getelementptr i8, ptr %"data.191", i64 %"cursor.72"
  %".5521" = getelementptr i8, ptr %"hdr.64", i64 1
  %".5522" = icmp ugt ptr %".5521", %"data_end.191"
  br i1 %".5522", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5524" = getelementptr i8, ptr %"hdr.64", i64 0
  %".5525" = load i8, ptr %".5524", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.25" = phi  i8 [%".5525", %"gtpu_next_d1.linear"], [%".5544", %"gtpu_next_d1.copy_failed.endif"]
  %"data.230" = phi  ptr [%"data.191", %"gtpu_next_d1.linear"], [%"data.229", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.230" = phi  ptr [%"data_end.191", %"gtpu_next_d1.linear"], [%"data_end.229", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.230" = phi  ptr [%"keys.191", %"gtpu_next_d1.linear"], [%"keys.229", %"gtpu_next_d1.copy_failed.endif"]
  %".5546" = add i64 %"cursor.72", 1
  %".5547" = zext i8 %"w0_1.25" to i64
  %".5548" = icmp uge i64 %".5547", 1
  %".5549" = icmp ule i64 %".5547", 255
  %".5550" = and i1 %".5548", %".5549"
  br i1 %".5550", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
ppp_d0.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4271" = trunc i64 %"cursor.58" to i32
  %".4272" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4271", [40 x i8]* %"header_copy", i32 4)
  %".4273" = icmp eq i64 %".4272", 0
  %".4274" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4275" = load i32, ptr %".4274", align 4
  %".4276" = zext i32 %".4275" to i64
  %"data.192" = inttoptr i64 %".4276" to ptr
  %".4277" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4278" = load i32, ptr %".4277", align 4
  %".4279" = zext i32 %".4278" to i64
  %"data_end.192" = inttoptr i64 %".4279" to ptr
  %".4280" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.192" = load ptr, ptr %".4280", align 8
  %".4281" = xor i1 %".4273", -1
  br i1 %".4281", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4283" = trunc i64 %"cursor.58" to i16
  %".4284" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4283", ptr %".4284", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4287" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4288" = load volatile i16, [40 x i8]* %".4287", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4294" = and i64 %".4292", 0
  %".4295" = icmp eq i64 %".4294", 0
  br i1 %".4295", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".4301" = trunc i64 2048 to i16
  %".4302" = call i16 @"llvm.bswap.i16"(i16 %".4301")
  %".4303" = getelementptr i8, ptr %"keys.193", i64 10
  store i16 %".4302", ptr %".4303", align 2
  %".4305" = getelementptr i8, ptr %"keys.193", i64 8
  store i8 1, ptr %".4305", align 1
  %".4307" = getelementptr i8, ptr %"keys.193", i64 48
  %"flags.70" = load volatile i32, ptr %".4307", align 4
  %".4308" = and i32 %"flags.70", 4
  %".4309" = icmp ne i32 %".4308", 0
  br i1 %".4309", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".4318" = trunc i64 34525 to i16
  %".4319" = call i16 @"llvm.bswap.i16"(i16 %".4318")
  %".4320" = getelementptr i8, ptr %"keys.193", i64 10
  store i16 %".4319", ptr %".4320", align 2
  %".4322" = getelementptr i8, ptr %"keys.193", i64 8
  store i8 1, ptr %".4322", align 1
  %".4324" = getelementptr i8, ptr %"keys.193", i64 48
  %"flags.71" = load volatile i32, ptr %".4324", align 4
  %".4325" = and i32 %"flags.71", 4
  %".4326" = icmp ne i32 %".4325", 0
  br i1 %".4326", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4335" = trunc i64 34827 to i16
  %".4336" = call i16 @"llvm.bswap.i16"(i16 %".4335")
  %".4337" = getelementptr i8, ptr %"keys.193", i64 10
  store i16 %".4336", ptr %".4337", align 2
  %".4339" = getelementptr i8, ptr %"keys.193", i64 8
  store i8 1, ptr %".4339", align 1
  %".4341" = getelementptr i8, ptr %"keys.193", i64 48
  %"flags.72" = load volatile i32, ptr %".4341", align 4
  %".4342" = and i32 %"flags.72", 4
  %".4343" = icmp ne i32 %".4342", 0
  br i1 %".4343", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4297" = trunc i64 %".4290" to i16
  %".4298" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4297", ptr %".4298", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4311" = trunc i64 %".4290" to i16
  %".4312" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4311", ptr %".4312", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4315" = getelementptr i8, ptr %"keys.193", i64 12
  store i32 0, ptr %".4315", align 4
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4328" = trunc i64 %".4290" to i16
  %".4329" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4328", ptr %".4329", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4332" = getelementptr i8, ptr %"keys.193", i64 12
  store i32 0, ptr %".4332", align 4
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4345" = trunc i64 %".4290" to i16
  %".4346" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4345", ptr %".4346", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".4349" = getelementptr i8, ptr %"keys.193", i64 12
  store i32 0, ptr %".4349", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.73" = phi  i64 [%".4290", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.194" = phi  ptr [%"data.193", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.194" = phi  ptr [%"data_end.193", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.194" = phi  ptr [%"keys.193", %"ppp_d0.stop_at_encap.endif.2"]
  %".5559" = add i64 %"cursor.73", 0
  %".5560" = trunc i64 %".5559" to i16
  %".5561" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".5560", ptr %".5561", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4356" = trunc i64 %"cursor.59" to i32
  %".4357" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4356", [40 x i8]* %"header_copy", i32 8)
  %".4358" = icmp eq i64 %".4357", 0
  %".4359" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4360" = load i32, ptr %".4359", align 4
  %".4361" = zext i32 %".4360" to i64
  %"data.195" = inttoptr i64 %".4361" to ptr
  %".4362" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4363" = load i32, ptr %".4362", align 4
  %".4364" = zext i32 %".4363" to i64
  %"data_end.195" = inttoptr i64 %".4364" to ptr
  %".4365" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.195" = load ptr, ptr %".4365", align 8
  %".4366" = xor i1 %".4358", -1
  br i1 %".4366", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".4368" = trunc i64 %"cursor.59" to i16
  %".4369" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4368", ptr %".4369", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".4380" = trunc i64 %".4373" to i16
  %".4381" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".4380", ptr %".4381", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".4384" = getelementptr i8, ptr %"keys.196", i64 12
  store i32 0, ptr %".4384", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.unknown:
  %".4387" = trunc i64 %".4373" to i16
  %".4388" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".4387", ptr %".4388", align 2
  br label %"return"
vxlan_d1.to_ethernet:
  %".4391" = trunc i64 %".4373" to i16
  %".4392" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".4391", ptr %".4392", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4403" = trunc i64 %"cursor.60" to i32
  %".4404" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4403", [40 x i8]* %"header_copy", i32 8)
  %".4405" = icmp eq i64 %".4404", 0
  %".4406" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4407" = load i32, ptr %".4406", align 4
  %".4408" = zext i32 %".4407" to i64
  %"data.197" = inttoptr i64 %".4408" to ptr
  %".4409" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4410" = load i32, ptr %".4409", align 4
  %".4411" = zext i32 %".4410" to i64
  %"data_end.197" = inttoptr i64 %".4411" to ptr
  %".4412" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.197" = load ptr, ptr %".4412", align 8
  %".4413" = xor i1 %".4405", -1
  br i1 %".4413", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4415" = trunc i64 %"cursor.60" to i16
  %".4416" = getelementptr i8, ptr %"keys.197", i64 2
  store i16 %".4415", ptr %".4416", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4419" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4420" = load volatile i8, [40 x i8]* %".4419", align 1
  %".4421" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4422" = load volatile i16, [40 x i8]* %".4421", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4429" = trunc i64 %"cursor.60" to i16
  %".4430" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4429", ptr %".4430", align 2
  br label %"return"
geneve_d1.stop_before.endif:
  %".4433" = add i64 %"cursor.60", 8
  %".4434" = zext i8 %"w0_1.18" to i64
  %".4435" = and i64 %".4434", 63
  %".4436" = mul i64 %".4435", 4
  %".4437" = add i64 %".4436", 8
  %".4438" = getelementptr i8, ptr %"data.198", i64 %"cursor.60"
  %".4439" = getelementptr i8, ptr %".4438", i64 %".4437"
  %".4440" = icmp ugt ptr %".4439", %"data_end.198"
  br i1 %".4440", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.200" = phi  ptr [%"data.198", %"geneve_d1.stop_before.endif"], [%"data.199", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.200" = phi  ptr [%"data_end.198", %"geneve_d1.stop_before.endif"], [%"data_end.199", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.200" = phi  ptr [%"keys.198", %"geneve_d1.stop_before.endif"], [%"keys.199", %"geneve_d1.copy_last_byte_failed.endif"]
  %".4461" = add i64 %"cursor.60", %".4437"
  %".4462" = add i64 %"cursor.60", 8
  %".4463" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4462")
  %".4464" = icmp eq i64 %".4436", 0
  %"end.7" = select  i1 %".4464", i64 %".4463", i64 %".4461"
  %".4465" = getelementptr i8, ptr %"keys.200", i64 8
  store i8 1, ptr %".4465", align 1
  %".4467" = getelementptr i8, ptr %"keys.200", i64 48
  %"flags.74" = load volatile i32, ptr %".4467", align 4
  %".4468" = and i32 %"flags.74", 4
  %".4469" = icmp ne i32 %".4468", 0
  br i1 %".4469", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
geneve_d1.copy_last_byte:
  %".4442" = add i64 %"cursor.60", %".4437"
  %".4443" = sub i64 %".4442", 1
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4444" = trunc i64 %".4443" to i32
  %".4445" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4444", i64* %"last_byte", i32 1)
  %".4446" = icmp eq i64 %".4445", 0
  %".4447" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4448" = load i32, ptr %".4447", align 4
  %".4449" = zext i32 %".4448" to i64
  %"data.199" = inttoptr i64 %".4449" to ptr
  %".4450" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4451" = load i32, ptr %".4450", align 4
  %".4452" = zext i32 %".4451" to i64
  %"data_end.199" = inttoptr i64 %".4452" to ptr
  %".4453" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.199" = load ptr, ptr %".4453", align 8
  %".4454" = xor i1 %".4446", -1
  br i1 %".4454", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4456" = trunc i64 %"cursor.60" to i16
  %".4457" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4456", ptr %".4457", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4471" = trunc i64 %"end.7" to i16
  %".4472" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4471", ptr %".4472", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".4475" = getelementptr i8, ptr %"keys.200", i64 12
  store i32 0, ptr %".4475", align 4
  %".4477" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4478" = zext i16 %".4477" to i64
  switch i64 %".4478", label %"geneve_d1.unknown" [i64 25944, label %"geneve_d1.to_ethernet" i64 2048, label %"geneve_d1.to_ipv4" i64 34525, label %"geneve_d1.to_ipv6"]  , !prof !5
geneve_d1.unknown:
  %".4480" = trunc i64 %"end.7" to i16
  %".4481" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4480", ptr %".4481", align 2
  br label %"return"
geneve_d1.to_ethernet:
  %".4484" = trunc i64 %"end.7" to i16
  %".4485" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4484", ptr %".4485", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4488" = trunc i64 %"end.7" to i16
  %".4489" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4488", ptr %".4489", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4492" = trunc i64 %"end.7" to i16
  %".4493" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".4492", ptr %".4493", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4504" = trunc i64 %"cursor.61" to i32
  %".4505" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4504", [40 x i8]* %"header_copy", i32 4)
  %".4506" = icmp eq i64 %".4505", 0
  %".4507" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4508" = load i32, ptr %".4507", align 4
  %".4509" = zext i32 %".4508" to i64
  %"data.201" = inttoptr i64 %".4509" to ptr
  %".4510" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4511" = load i32, ptr %".4510", align 4
  %".4512" = zext i32 %".4511" to i64
  %"data_end.201" = inttoptr i64 %".4512" to ptr
  %".4513" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.201" = load ptr, ptr %".4513", align 8
  %".4514" = xor i1 %".4506", -1
  br i1 %".4514", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4516" = trunc i64 %"cursor.61" to i16
  %".4517" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4516", ptr %".4517", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4520" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4521" = load volatile i8, [40 x i8]* %".4520", align 1
  %".4522" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4523" = load volatile i8, [40 x i8]* %".4522", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4535" = trunc i64 %"cursor.61" to i16
  %".4536" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4535", ptr %".4536", align 2
  br label %"return"
gue_d1.stop_before.endif:
  %".4539" = add i64 %"cursor.61", 4
  %".4540" = zext i8 %"w0_1.19" to i64
  %".4541" = and i64 %".4540", 31
  %".4542" = mul i64 %".4541", 4
  %".4543" = add i64 %".4542", 4
  %".4544" = getelementptr i8, ptr %"data.202", i64 %"cursor.61"
  %".4545" = getelementptr i8, ptr %".4544", i64 %".4543"
  %".4546" = icmp ugt ptr %".4545", %"data_end.202"
  br i1 %".4546", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.204" = phi  ptr [%"data.202", %"gue_d1.stop_before.endif"], [%"data.203", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.204" = phi  ptr [%"data_end.202", %"gue_d1.stop_before.endif"], [%"data_end.203", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.204" = phi  ptr [%"keys.202", %"gue_d1.stop_before.endif"], [%"keys.203", %"gue_d1.copy_last_byte_failed.endif"]
  %".4567" = add i64 %"cursor.61", %".4543"
  %".4568" = add i64 %"cursor.61", 4
  %".4569" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4568")
  %".4570" = icmp eq i64 %".4542", 0
  %"end.8" = select  i1 %".4570", i64 %".4569", i64 %".4567"
  %".4571" = getelementptr i8, ptr %"keys.204", i64 8
  store i8 1, ptr %".4571", align 1
  %".4573" = getelementptr i8, ptr %"keys.204", i64 48
  %"flags.75" = load volatile i32, ptr %".4573", align 4
  %".4574" = and i32 %"flags.75", 4
  %".4575" = icmp ne i32 %".4574", 0
  br i1 %".4575", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gue_d1.copy_last_byte:
  %".4548" = add i64 %"cursor.61", %".4543"
  %".4549" = sub i64 %".4548", 1
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4550" = trunc i64 %".4549" to i32
  %".4551" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4550", i64* %"last_byte", i32 1)
  %".4552" = icmp eq i64 %".4551", 0
  %".4553" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4554" = load i32, ptr %".4553", align 4
  %".4555" = zext i32 %".4554" to i64
  %"data.203" = inttoptr i64 %".4555" to ptr
  %".4556" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4557" = load i32, ptr %".4556", align 4
  %".4558" = zext i32 %".4557" to i64
  %"data_end.203" = inttoptr i64 %".4558" to ptr
  %".4559" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.203" = load ptr, ptr %".4559", align 8
  %".4560" = xor i1 %".4552", -1
  br i1 %".4560", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4562" = trunc i64 %"cursor.61" to i16
  %".4563" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".4562", ptr %".4563", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4577" = trunc i64 %"end.8" to i16
  %".4578" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4577", ptr %".4578", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".4581" = getelementptr i8, ptr %"keys.204", i64 12
  store i32 0, ptr %".4581", align 4
  %".4583" = zext i8 %"w1_1.11" to i64
  switch i64 %".4583", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.unknown:
  %".4585" = trunc i64 %"end.8" to i16
  %".4586" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4585", ptr %".4586", align 2
  br label %"return"
gue_d1.to_ipv4:
  %".4589" = trunc i64 %"end.8" to i16
  %".4590" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4589", ptr %".4590", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4593" = trunc i64 %"end.8" to i16
  %".4594" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4593", ptr %".4594", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4605" = trunc i64 %"cursor.62" to i32
  %".4606" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4605", [40 x i8]* %"header_copy", i32 8)
  %".4607" = icmp eq i64 %".4606", 0
  %".4608" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4609" = load i32, ptr %".4608", align 4
  %".4610" = zext i32 %".4609" to i64
  %"data.205" = inttoptr i64 %".4610" to ptr
  %".4611" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4612" = load i32, ptr %".4611", align 4
  %".4613" = zext i32 %".4612" to i64
  %"data_end.205" = inttoptr i64 %".4613" to ptr
  %".4614" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.205" = load ptr, ptr %".4614", align 8
  %".4615" = xor i1 %".4607", -1
  br i1 %".4615", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4617" = trunc i64 %"cursor.62" to i16
  %".4618" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4617", ptr %".4618", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".4621" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4622" = load volatile i8, [40 x i8]* %".4621", align 1
  %".4623" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4624" = load volatile i8, [40 x i8]* %".4623", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".4639" = trunc i64 %"cursor.62" to i16
  %".4640" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4639", ptr %".4640", align 2
  br label %"return"
gtpu_d1.stop_before.endif:
  %".4643" = add i64 %"cursor.62", 8
  %".4644" = getelementptr i8, ptr %"keys.206", i64 8
  store i8 1, ptr %".4644", align 1
  %".4646" = getelementptr i8, ptr %"keys.206", i64 48
  %"flags.76" = load volatile i32, ptr %".4646", align 4
  %".4647" = and i32 %"flags.76", 4
  %".4648" = icmp ne i32 %".4647", 0
  br i1 %".4648", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
gtpu_d1.stop_at_encap:
  %".4650" = trunc i64 %".4643" to i16
  %".4651" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4650", ptr %".4651", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".4654" = getelementptr i8, ptr %"keys.206", i64 12
  store i32 0, ptr %".4654", align 4
  %".4656" = zext i8 %"w0_1.20" to i64
  %".4657" = lshr i64 %".4656", 2
  %".4658" = and i64 %".4657", 1
  %".4659" = mul i64 %".4658", 4
  %".4660" = zext i8 %"w0_1.20" to i64
  %".4661" = lshr i64 %".4660", 1
  %".4662" = and i64 %".4661", 1
  %".4663" = mul i64 %".4662", 2
  %".4664" = add i64 %".4659", %".4663"
  %".4665" = zext i8 %"w0_1.20" to i64
  %".4666" = and i64 %".4665", 1
  %".4667" = add i64 %".4664", %".4666"
  %".4668" = icmp uge i64 %".4667", 1
  %".4669" = icmp ule i64 %".4667", 3
  %".4670" = and i1 %".4668", %".4669"
  br i1 %".4670", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".4677" = trunc i64 %".4643" to i16
  %".4678" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4677", ptr %".4678", align 2
  br label %"return"
gtpu_d1.to_ip_version:
  %".4681" = trunc i64 %".4643" to i16
  %".4682" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4681", ptr %".4682", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4685" = trunc i64 %".4643" to i16
  %".4686" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4685", ptr %".4686", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4689" = trunc i64 %".4643" to i16
  %".4690" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4689", ptr %".4690", align 2
  br label %"return"
gtpu_d1.select:
  %".4672" = icmp uge i64 %".4667", 4
  %".4673" = icmp ule i64 %".4667", 7
  %".4674" = and i1 %".4672", %".4673"
  br i1 %".4674", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".4667", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
shim_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4699" = trunc i64 %"cursor.63" to i32
  %".4700" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4699", [40 x i8]* %"header_copy", i32 8)
  %".4701" = icmp eq i64 %".4700", 0
  %".4702" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4703" = load i32, ptr %".4702", align 4
  %".4704" = zext i32 %".4703" to i64
  %"data.207" = inttoptr i64 %".4704" to ptr
  %".4705" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4706" = load i32, ptr %".4705", align 4
  %".4707" = zext i32 %".4706" to i64
  %"data_end.207" = inttoptr i64 %".4707" to ptr
  %".4708" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.207" = load ptr, ptr %".4708", align 8
  %".4709" = xor i1 %".4701", -1
  br i1 %".4709", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4711" = trunc i64 %"cursor.63" to i16
  %".4712" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".4711", ptr %".4712", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4715" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4716" = load volatile i16, [40 x i8]* %".4715", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4725" = trunc i64 %".4718" to i16
  %".4726" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4725", ptr %".4726", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".4729" = getelementptr i8, ptr %"keys.208", i64 12
  store i32 0, ptr %".4729", align 4
  %".4731" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".4732" = zext i16 %".4731" to i64
  switch i64 %".4732", label %"shim_d1.unknown" [i64 2048, label %"shim_d1.to_ipv4"]
shim_d1.unknown:
  %".4734" = trunc i64 %".4718" to i16
  %".4735" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4734", ptr %".4735", align 2
  br label %"return"
shim_d1.to_ipv4:
  %".4738" = trunc i64 %".4718" to i16
  %".4739" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4738", ptr %".4739", align 2
  br label %"return"
gre_d1.stop_before:
  %".4751" = trunc i64 %"cursor.64" to i16
  %".4752" = getelementptr i8, ptr %"keys.161", i64 2
  store i16 %".4751", ptr %".4752", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".4755" = add i64 %"cursor.64", 4
  %".4756" = zext i8 %"w0_1.13" to i64
  %".4757" = lshr i64 %".4756", 7
  %".4758" = and i64 %".4757", 1
  %".4759" = zext i8 %"w0_1.13" to i64
  %".4760" = lshr i64 %".4759", 5
  %".4761" = and i64 %".4760", 1
  %".4762" = add i64 %".4758", %".4761"
  %".4763" = zext i8 %"w0_1.13" to i64
  %".4764" = lshr i64 %".4763", 4
  %".4765" = and i64 %".4764", 1
  %".4766" = add i64 %".4762", %".4765"
  %".4767" = mul i64 %".4766", 4
  %".4768" = add i64 %".4767", 4
  %".4769" = getelementptr i8, ptr %"data.161", i64 %"cursor.64"
  %".4770" = getelementptr i8, ptr %".4769", i64 %".4768"
  %".4771" = icmp ugt ptr %".4770", %"data_end.161"
  br i1 %".4771", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.210" = phi  ptr [%"data.161", %"gre_d1.stop_before.endif"], [%"data.209", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.210" = phi  ptr [%"data_end.161", %"gre_d1.stop_before.endif"], [%"data_end.209", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.210" = phi  ptr [%"keys.161", %"gre_d1.stop_before.endif"], [%"keys.209", %"gre_d1.copy_last_byte_failed.endif"]
  %".4792" = add i64 %"cursor.64", %".4768"
  %".4793" = add i64 %"cursor.64", 4
  %".4794" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4793")
  %".4795" = icmp eq i64 %".4767", 0
  %"end.9" = select  i1 %".4795", i64 %".4794", i64 %".4792"
  %".4796" = getelementptr i8, ptr %"keys.210", i64 8
  store i8 1, ptr %".4796", align 1
  %".4798" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.78" = load volatile i32, ptr %".4798", align 4
  %".4799" = and i32 %"flags.78", 4
  %".4800" = icmp ne i32 %".4799", 0
  br i1 %".4800", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".4773" = add i64 %"cursor.64", %".4768"
  %".4774" = sub i64 %".4773", 1
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4775" = trunc i64 %".4774" to i32
  %".4776" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4775", i64* %"last_byte", i32 1)
  %".4777" = icmp eq i64 %".4776", 0
  %".4778" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4779" = load i32, ptr %".4778", align 4
  %".4780" = zext i32 %".4779" to i64
  %"data.209" = inttoptr i64 %".4780" to ptr
  %".4781" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4782" = load i32, ptr %".4781", align 4
  %".4783" = zext i32 %".4782" to i64
  %"data_end.209" = inttoptr i64 %".4783" to ptr
  %".4784" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.209" = load ptr, ptr %".4784", align 8
  %".4785" = xor i1 %".4777", -1
  br i1 %".4785", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4787" = trunc i64 %"cursor.64" to i16
  %".4788" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4787", ptr %".4788", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4802" = trunc i64 %"end.9" to i16
  %".4803" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4802", ptr %".4803", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4806" = getelementptr i8, ptr %"keys.210", i64 12
  store i32 0, ptr %".4806", align 4
  %".4808" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4809" = zext i16 %".4808" to i64
  %".4810" = trunc i64 %".4809" to i16
  %".4811" = call i16 @"llvm.bswap.i16"(i16 %".4810")
  %".4812" = getelementptr i8, ptr %"keys.210", i64 10
  store i16 %".4811", ptr %".4812", align 2
  %".4814" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".4815" = zext i16 %".4814" to i64
  switch i64 %".4815", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !6
gre_d1.unknown:
  %".4817" = trunc i64 %"end.9" to i16
  %".4818" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4817", ptr %".4818", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".4821" = trunc i64 %"end.9" to i16
  %".4822" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4821", ptr %".4822", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4825" = trunc i64 %"end.9" to i16
  %".4826" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4825", ptr %".4826", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4829" = trunc i64 %"end.9" to i16
  %".4830" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4829", ptr %".4830", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4833" = trunc i64 %"end.9" to i16
  %".4834" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4833", ptr %".4834", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4837" = trunc i64 %"end.9" to i16
  %".4838" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4837", ptr %".4838", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4841" = trunc i64 %"end.9" to i16
  %".4842" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4841", ptr %".4842", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4845" = trunc i64 %"end.9" to i16
  %".4846" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4845", ptr %".4846", align 2
  br label %"return"
gre_d1.to_arp:
  %".4849" = trunc i64 %"end.9" to i16
  %".4850" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4849", ptr %".4850", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4853" = trunc i64 %"end.9" to i16
  %".4854" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4853", ptr %".4854", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4857" = trunc i64 %"end.9" to i16
  %".4858" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4857", ptr %".4858", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4861" = trunc i64 %"end.9" to i16
  %".4862" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4861", ptr %".4862", align 2
  br label %"return"
gre_d1.to_tipc:
  %".4865" = trunc i64 %"end.9" to i16
  %".4866" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4865", ptr %".4866", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".4869" = trunc i64 %"end.9" to i16
  %".4870" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4869", ptr %".4870", align 2
  br label %"return"
gre_d1.to_hsr:
  %".4873" = trunc i64 %"end.9" to i16
  %".4874" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4873", ptr %".4874", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".4877" = trunc i64 %"end.9" to i16
  %".4878" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4877", ptr %".4878", align 2
  br label %"return"
gre_d1.to_batadv:
  %".4881" = trunc i64 %"end.9" to i16
  %".4882" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4881", ptr %".4882", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".4885" = trunc i64 %"end.9" to i16
  %".4886" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4885", ptr %".4886", align 2
  br label %"return"
pptp_d1.stop_before:
  %".4898" = trunc i64 %"cursor.65" to i16
  %".4899" = getelementptr i8, ptr %"keys.162", i64 2
  store i16 %".4898", ptr %".4899", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".4902" = add i64 %"cursor.65", 4
  %".4903" = zext i8 %"w0_1.13" to i64
  %".4904" = lshr i64 %".4903", 7
  %".4905" = and i64 %".4904", 1
  %".4906" = zext i8 %"w0_1.13" to i64
  %".4907" = lshr i64 %".4906", 5
  %".4908" = and i64 %".4907", 1
  %".4909" = add i64 %".4905", %".4908"
  %".4910" = zext i8 %"w0_1.13" to i64
  %".4911" = lshr i64 %".4910", 4
  %".4912" = and i64 %".4911", 1
  %".4913" = add i64 %".4909", %".4912"
  %".4914" = zext i8 %"w1_1.8" to i64
  %".4915" = lshr i64 %".4914", 7
  %".4916" = and i64 %".4915", 1
  %".4917" = add i64 %".4913", %".4916"
  %".4918" = mul i64 %".4917", 4
  %".4919" = add i64 %".4918", 4
  %".4920" = getelementptr i8, ptr %"data.162", i64 %"cursor.65"
  %".4921" = getelementptr i8, ptr %".4920", i64 %".4919"
  %".4922" = icmp ugt ptr %".4921", %"data_end.162"
  br i1 %".4922", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.212" = phi  ptr [%"data.162", %"pptp_d1.stop_before.endif"], [%"data.211", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.212" = phi  ptr [%"data_end.162", %"pptp_d1.stop_before.endif"], [%"data_end.211", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.212" = phi  ptr [%"keys.162", %"pptp_d1.stop_before.endif"], [%"keys.211", %"pptp_d1.copy_last_byte_failed.endif"]
  %".4943" = add i64 %"cursor.65", %".4919"
  %".4944" = add i64 %"cursor.65", 4
  %".4945" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".4944")
  %".4946" = icmp eq i64 %".4918", 0
  %"end.10" = select  i1 %".4946", i64 %".4945", i64 %".4943"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".4924" = add i64 %"cursor.65", %".4919"
  %".4925" = sub i64 %".4924", 1
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4926" = trunc i64 %".4925" to i32
  %".4927" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".4926", i64* %"last_byte", i32 1)
  %".4928" = icmp eq i64 %".4927", 0
  %".4929" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4930" = load i32, ptr %".4929", align 4
  %".4931" = zext i32 %".4930" to i64
  %"data.211" = inttoptr i64 %".4931" to ptr
  %".4932" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4933" = load i32, ptr %".4932", align 4
  %".4934" = zext i32 %".4933" to i64
  %"data_end.211" = inttoptr i64 %".4934" to ptr
  %".4935" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.211" = load ptr, ptr %".4935", align 8
  %".4936" = xor i1 %".4928", -1
  br i1 %".4936", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".4938" = trunc i64 %"cursor.65" to i16
  %".4939" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4938", ptr %".4939", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".4948" = trunc i64 %"end.10" to i16
  %".4949" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4948", ptr %".4949", align 2
  br label %"return"
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.74" = phi  i64 [%"end.10", %"pptp_d1.to_ppp"]
  %"data.213" = phi  ptr [%"data.212", %"pptp_d1.to_ppp"]
  %"data_end.213" = phi  ptr [%"data_end.212", %"pptp_d1.to_ppp"]
  %"keys.213" = phi  ptr [%"keys.212", %"pptp_d1.to_ppp"]
  %"hdr.65" = getelementptr i8, ptr %"data.213", i64 %"cursor.74"
  %".5564" = getelementptr i8, ptr %"hdr.65", i64 4
  %".5565" = icmp ugt ptr %".5564", %"data_end.213"
  br i1 %".5565", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5567" = getelementptr i8, ptr %"hdr.65", i64 2
  %".5568" = load i16, ptr %".5567", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.22" = phi  i16 [%".5568", %"ppp_d1.linear"], [%".5587", %"ppp_d1.copy_failed.endif"]
  %"data.233" = phi  ptr [%"data.213", %"ppp_d1.linear"], [%"data.232", %"ppp_d1.copy_failed.endif"]
  %"data_end.233" = phi  ptr [%"data_end.213", %"ppp_d1.linear"], [%"data_end.232", %"ppp_d1.copy_failed.endif"]
  %"keys.233" = phi  ptr [%"keys.213", %"ppp_d1.linear"], [%"keys.232", %"ppp_d1.copy_failed.endif"]
  %".5589" = add i64 %"cursor.74", 4
  %".5590" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".5591" = zext i16 %".5590" to i64
  switch i64 %".5591", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4961" = trunc i64 %"cursor.66" to i32
  %".4962" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".4961", [40 x i8]* %"header_copy", i32 2)
  %".4963" = icmp eq i64 %".4962", 0
  %".4964" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4965" = load i32, ptr %".4964", align 4
  %".4966" = zext i32 %".4965" to i64
  %"data.214" = inttoptr i64 %".4966" to ptr
  %".4967" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4968" = load i32, ptr %".4967", align 4
  %".4969" = zext i32 %".4968" to i64
  %"data_end.214" = inttoptr i64 %".4969" to ptr
  %".4970" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.214" = load ptr, ptr %".4970", align 8
  %".4971" = xor i1 %".4963", -1
  br i1 %".4971", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".4973" = trunc i64 %"cursor.66" to i16
  %".4974" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4973", ptr %".4974", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".4977" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4978" = load volatile i8, [40 x i8]* %".4977", align 1
  %".4979" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4980" = load volatile i8, [40 x i8]* %".4979", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".4994" = trunc i64 %".4991" to i16
  %".4995" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".4994", ptr %".4995", align 2
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
  %".5011" = trunc i64 34887 to i16
  %".5012" = call i16 @"llvm.bswap.i16"(i16 %".5011")
  %".5013" = getelementptr i8, ptr %"keys.215", i64 10
  store i16 %".5012", ptr %".5013", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".5016" = trunc i64 2048 to i16
  %".5017" = call i16 @"llvm.bswap.i16"(i16 %".5016")
  %".5018" = getelementptr i8, ptr %"keys.215", i64 10
  store i16 %".5017", ptr %".5018", align 2
  %".5020" = getelementptr i8, ptr %"keys.215", i64 8
  store i8 1, ptr %".5020", align 1
  %".5022" = getelementptr i8, ptr %"keys.215", i64 48
  %"flags.79" = load volatile i32, ptr %".5022", align 4
  %".5023" = and i32 %"flags.79", 4
  %".5024" = icmp ne i32 %".5023", 0
  br i1 %".5024", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".5036" = trunc i64 34525 to i16
  %".5037" = call i16 @"llvm.bswap.i16"(i16 %".5036")
  %".5038" = getelementptr i8, ptr %"keys.215", i64 10
  store i16 %".5037", ptr %".5038", align 2
  %".5040" = getelementptr i8, ptr %"keys.215", i64 8
  store i8 1, ptr %".5040", align 1
  %".5042" = getelementptr i8, ptr %"keys.215", i64 48
  %"flags.80" = load volatile i32, ptr %".5042", align 4
  %".5043" = and i32 %"flags.80", 4
  %".5044" = icmp ne i32 %".5043", 0
  br i1 %".5044", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.75" = phi  i64 [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".6520", %"widening.test.30"]
  %"data.216" = phi  ptr [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.285", %"widening.test.30"]
  %"data_end.216" = phi  ptr [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.285", %"widening.test.30"]
  %"keys.216" = phi  ptr [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.test.30"]
  %"hdr.66" = getelementptr i8, ptr %"data.216", i64 %"cursor.75"
  %".5660" = getelementptr i8, ptr %"hdr.66", i64 2
  %".5661" = icmp ugt ptr %".5660", %"data_end.216"
  br i1 %".5661", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5663" = getelementptr i8, ptr %"hdr.66", i64 0
  %".5664" = load i8, ptr %".5663", align 1
  %".5665" = getelementptr i8, ptr %"hdr.66", i64 1
  %".5666" = load i8, ptr %".5665", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.26" = phi  i8 [%".5664", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5685", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".5666", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5687", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.235" = phi  ptr [%"data.216", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.234", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.235" = phi  ptr [%"data_end.216", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.234", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.235" = phi  ptr [%"keys.216", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.234", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5689" = zext i8 %"w0_1.26" to i64
  %".5690" = trunc i64 %".5689" to i8
  %".5691" = getelementptr i8, ptr %"keys.235", i64 9
  store i8 %".5690", ptr %".5691", align 1
  %".5693" = add i64 %"cursor.75", 2
  %".5694" = zext i8 %"w1_1.15" to i64
  %".5695" = mul i64 %".5694", 8
  %".5696" = add i64 %".5695", 6
  %".5697" = add i64 %".5696", 2
  %".5698" = add i64 %"cursor.75", %".5697"
  %".5699" = zext i8 %"w0_1.26" to i64
  switch i64 %".5699", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3:
  %"cursor.76" = phi  i64 [%".4991", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".5089", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".6509", %"widening.test.29"]
  %"data.217" = phi  ptr [%"data.215", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.219", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.284", %"widening.test.29"]
  %"data_end.217" = phi  ptr [%"data_end.215", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.219", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.284", %"widening.test.29"]
  %"keys.217" = phi  ptr [%"keys.215", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.219", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.test.29"]
  %"hdr.67" = getelementptr i8, ptr %"data.217", i64 %"cursor.76"
  %".5775" = getelementptr i8, ptr %"hdr.67", i64 8
  %".5776" = icmp ugt ptr %".5775", %"data_end.217"
  br i1 %".5776", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".5778" = getelementptr i8, ptr %"hdr.67", i64 0
  %".5779" = load i8, ptr %".5778", align 1
  %".5780" = getelementptr i8, ptr %"hdr.67", i64 2
  %".5781" = load i16, ptr %".5780", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".5779", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5800", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.23" = phi  i16 [%".5781", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5802", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.237" = phi  ptr [%"data.217", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.236", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.237" = phi  ptr [%"data_end.217", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.236", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.237" = phi  ptr [%"keys.217", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.236", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".5804" = zext i8 %"w0_1.27" to i64
  %".5805" = trunc i64 %".5804" to i8
  %".5806" = getelementptr i8, ptr %"keys.237", i64 9
  store i8 %".5805", ptr %".5806", align 1
  %".5808" = add i64 %"cursor.76", 8
  %".5809" = icmp ne i64 1, 0
  %".5810" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.23")
  %".5811" = zext i16 %".5810" to i64
  %".5812" = and i64 %".5811", 65528
  %".5813" = icmp eq i64 %".5812", 0
  br i1 %".5809", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".5026" = trunc i64 %".4991" to i16
  %".5027" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".5026", ptr %".5027", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".5030" = getelementptr i8, ptr %"keys.215", i64 12
  store i32 0, ptr %".5030", align 4
  %".5032" = trunc i64 %".4991" to i16
  %".5033" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".5032", ptr %".5033", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".5046" = trunc i64 %".4991" to i16
  %".5047" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".5046", ptr %".5047", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5050" = getelementptr i8, ptr %"keys.215", i64 12
  store i32 0, ptr %".5050", align 4
  %".5052" = trunc i64 %".4991" to i16
  %".5053" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".5052", ptr %".5053", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5064" = trunc i64 %"cursor.67" to i32
  %".5065" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".5064", [40 x i8]* %"header_copy", i32 8)
  %".5066" = icmp eq i64 %".5065", 0
  %".5067" = getelementptr i8, ptr %"ctx.71", i64 76
  %".5068" = load i32, ptr %".5067", align 4
  %".5069" = zext i32 %".5068" to i64
  %"data.218" = inttoptr i64 %".5069" to ptr
  %".5070" = getelementptr i8, ptr %"ctx.71", i64 80
  %".5071" = load i32, ptr %".5070", align 4
  %".5072" = zext i32 %".5071" to i64
  %"data_end.218" = inttoptr i64 %".5072" to ptr
  %".5073" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.218" = load ptr, ptr %".5073", align 8
  %".5074" = xor i1 %".5066", -1
  br i1 %".5074", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".5076" = trunc i64 %"cursor.67" to i16
  %".5077" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".5076", ptr %".5077", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".5080" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5081" = load volatile i8, [40 x i8]* %".5080", align 1
  %".5082" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5083" = load volatile i16, [40 x i8]* %".5082", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".5096" = getelementptr i8, ptr %"keys.219", i64 6
  store i8 1, ptr %".5096", align 1
  br i1 %".5094", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".5116" = zext i8 %"w0_1.22" to i64
  switch i64 %".5116", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".5099" = getelementptr i8, ptr %"keys.219", i64 7
  store i8 1, ptr %".5099", align 1
  %".5101" = getelementptr i8, ptr %"keys.219", i64 48
  %"flags.81" = load volatile i32, ptr %".5101", align 4
  %".5102" = and i32 %"flags.81", 1
  %".5103" = icmp ne i32 %".5102", 0
  %".5104" = xor i1 %".5103", -1
  br i1 %".5104", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".5111" = trunc i64 %".5089" to i16
  %".5112" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".5111", ptr %".5112", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".5106" = trunc i64 %".5089" to i16
  %".5107" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".5106", ptr %".5107", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".5118" = trunc i64 %".5089" to i16
  %".5119" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".5118", ptr %".5119", align 2
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
  %".5135" = trunc i64 34887 to i16
  %".5136" = call i16 @"llvm.bswap.i16"(i16 %".5135")
  %".5137" = getelementptr i8, ptr %"keys.219", i64 10
  store i16 %".5136", ptr %".5137", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".5140" = trunc i64 2048 to i16
  %".5141" = call i16 @"llvm.bswap.i16"(i16 %".5140")
  %".5142" = getelementptr i8, ptr %"keys.219", i64 10
  store i16 %".5141", ptr %".5142", align 2
  %".5144" = getelementptr i8, ptr %"keys.219", i64 8
  store i8 1, ptr %".5144", align 1
  %".5146" = getelementptr i8, ptr %"keys.219", i64 48
  %"flags.82" = load volatile i32, ptr %".5146", align 4
  %".5147" = and i32 %"flags.82", 4
  %".5148" = icmp ne i32 %".5147", 0
  br i1 %".5148", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".5160" = trunc i64 34525 to i16
  %".5161" = call i16 @"llvm.bswap.i16"(i16 %".5160")
  %".5162" = getelementptr i8, ptr %"keys.219", i64 10
  store i16 %".5161", ptr %".5162", align 2
  %".5164" = getelementptr i8, ptr %"keys.219", i64 8
  store i8 1, ptr %".5164", align 1
  %".5166" = getelementptr i8, ptr %"keys.219", i64 48
  %"flags.83" = load volatile i32, ptr %".5166", align 4
  %".5167" = and i32 %"flags.83", 4
  %".5168" = icmp ne i32 %".5167", 0
  br i1 %".5168", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".5150" = trunc i64 %".5089" to i16
  %".5151" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".5150", ptr %".5151", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".5154" = getelementptr i8, ptr %"keys.219", i64 12
  store i32 0, ptr %".5154", align 4
  %".5156" = trunc i64 %".5089" to i16
  %".5157" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".5156", ptr %".5157", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".5170" = trunc i64 %".5089" to i16
  %".5171" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".5170", ptr %".5171", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5174" = getelementptr i8, ptr %"keys.219", i64 12
  store i32 0, ptr %".5174", align 4
  %".5176" = trunc i64 %".5089" to i16
  %".5177" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".5176", ptr %".5177", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5188" = trunc i64 %"cursor.68" to i32
  %".5189" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".5188", [40 x i8]* %"header_copy", i32 2)
  %".5190" = icmp eq i64 %".5189", 0
  %".5191" = getelementptr i8, ptr %"ctx.72", i64 76
  %".5192" = load i32, ptr %".5191", align 4
  %".5193" = zext i32 %".5192" to i64
  %"data.220" = inttoptr i64 %".5193" to ptr
  %".5194" = getelementptr i8, ptr %"ctx.72", i64 80
  %".5195" = load i32, ptr %".5194", align 4
  %".5196" = zext i32 %".5195" to i64
  %"data_end.220" = inttoptr i64 %".5196" to ptr
  %".5197" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.220" = load ptr, ptr %".5197", align 8
  %".5198" = xor i1 %".5190", -1
  br i1 %".5198", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5200" = trunc i64 %"cursor.68" to i16
  %".5201" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5200", ptr %".5201", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5204" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5205" = load volatile i8, [40 x i8]* %".5204", align 1
  %".5206" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5207" = load volatile i8, [40 x i8]* %".5206", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5221" = trunc i64 %".5218" to i16
  %".5222" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5221", ptr %".5222", align 2
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
  %".5233" = trunc i64 %".5218" to i16
  %".5234" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5233", ptr %".5234", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5237" = trunc i64 %".5218" to i16
  %".5238" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5237", ptr %".5238", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5241" = trunc i64 %".5218" to i16
  %".5242" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5241", ptr %".5242", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5245" = trunc i64 %".5218" to i16
  %".5246" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5245", ptr %".5246", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5250" = trunc i64 34887 to i16
  %".5251" = call i16 @"llvm.bswap.i16"(i16 %".5250")
  %".5252" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5251", ptr %".5252", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5255" = trunc i64 2048 to i16
  %".5256" = call i16 @"llvm.bswap.i16"(i16 %".5255")
  %".5257" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5256", ptr %".5257", align 2
  %".5259" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".5259", align 1
  %".5261" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.84" = load volatile i32, ptr %".5261", align 4
  %".5262" = and i32 %"flags.84", 4
  %".5263" = icmp ne i32 %".5262", 0
  br i1 %".5263", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5272" = trunc i64 34525 to i16
  %".5273" = call i16 @"llvm.bswap.i16"(i16 %".5272")
  %".5274" = getelementptr i8, ptr %"keys.221", i64 10
  store i16 %".5273", ptr %".5274", align 2
  %".5276" = getelementptr i8, ptr %"keys.221", i64 8
  store i8 1, ptr %".5276", align 1
  %".5278" = getelementptr i8, ptr %"keys.221", i64 48
  %"flags.85" = load volatile i32, ptr %".5278", align 4
  %".5279" = and i32 %"flags.85", 4
  %".5280" = icmp ne i32 %".5279", 0
  br i1 %".5280", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5265" = trunc i64 %".5218" to i16
  %".5266" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5265", ptr %".5266", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5269" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".5269", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5282" = trunc i64 %".5218" to i16
  %".5283" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5282", ptr %".5283", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5286" = getelementptr i8, ptr %"keys.221", i64 12
  store i32 0, ptr %".5286", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5297" = trunc i64 %"cursor.69" to i32
  %".5298" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".5297", [40 x i8]* %"header_copy", i32 8)
  %".5299" = icmp eq i64 %".5298", 0
  %".5300" = getelementptr i8, ptr %"ctx.73", i64 76
  %".5301" = load i32, ptr %".5300", align 4
  %".5302" = zext i32 %".5301" to i64
  %"data.222" = inttoptr i64 %".5302" to ptr
  %".5303" = getelementptr i8, ptr %"ctx.73", i64 80
  %".5304" = load i32, ptr %".5303", align 4
  %".5305" = zext i32 %".5304" to i64
  %"data_end.222" = inttoptr i64 %".5305" to ptr
  %".5306" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.222" = load ptr, ptr %".5306", align 8
  %".5307" = xor i1 %".5299", -1
  br i1 %".5307", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5309" = trunc i64 %"cursor.69" to i16
  %".5310" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".5309", ptr %".5310", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5313" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5314" = load volatile i8, [40 x i8]* %".5313", align 1
  %".5315" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5316" = load volatile i16, [40 x i8]* %".5315", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5329" = getelementptr i8, ptr %"keys.223", i64 6
  store i8 1, ptr %".5329", align 1
  br i1 %".5327", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5349" = zext i8 %"w0_1.24" to i64
  switch i64 %".5349", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5332" = getelementptr i8, ptr %"keys.223", i64 7
  store i8 1, ptr %".5332", align 1
  %".5334" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.86" = load volatile i32, ptr %".5334", align 4
  %".5335" = and i32 %"flags.86", 1
  %".5336" = icmp ne i32 %".5335", 0
  %".5337" = xor i1 %".5336", -1
  br i1 %".5337", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5344" = trunc i64 %".5322" to i16
  %".5345" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5344", ptr %".5345", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5339" = trunc i64 %".5322" to i16
  %".5340" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5339", ptr %".5340", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5351" = trunc i64 %".5322" to i16
  %".5352" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5351", ptr %".5352", align 2
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
  %".5363" = trunc i64 %".5322" to i16
  %".5364" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5363", ptr %".5364", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5367" = trunc i64 %".5322" to i16
  %".5368" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5367", ptr %".5368", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5371" = trunc i64 %".5322" to i16
  %".5372" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5371", ptr %".5372", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5375" = trunc i64 %".5322" to i16
  %".5376" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5375", ptr %".5376", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5380" = trunc i64 34887 to i16
  %".5381" = call i16 @"llvm.bswap.i16"(i16 %".5380")
  %".5382" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5381", ptr %".5382", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5385" = trunc i64 2048 to i16
  %".5386" = call i16 @"llvm.bswap.i16"(i16 %".5385")
  %".5387" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5386", ptr %".5387", align 2
  %".5389" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5389", align 1
  %".5391" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.87" = load volatile i32, ptr %".5391", align 4
  %".5392" = and i32 %"flags.87", 4
  %".5393" = icmp ne i32 %".5392", 0
  br i1 %".5393", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5402" = trunc i64 34525 to i16
  %".5403" = call i16 @"llvm.bswap.i16"(i16 %".5402")
  %".5404" = getelementptr i8, ptr %"keys.223", i64 10
  store i16 %".5403", ptr %".5404", align 2
  %".5406" = getelementptr i8, ptr %"keys.223", i64 8
  store i8 1, ptr %".5406", align 1
  %".5408" = getelementptr i8, ptr %"keys.223", i64 48
  %"flags.88" = load volatile i32, ptr %".5408", align 4
  %".5409" = and i32 %"flags.88", 4
  %".5410" = icmp ne i32 %".5409", 0
  br i1 %".5410", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5395" = trunc i64 %".5322" to i16
  %".5396" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5395", ptr %".5396", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5399" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5399", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5412" = trunc i64 %".5322" to i16
  %".5413" = getelementptr i8, ptr %"keys.223", i64 2
  store i16 %".5412", ptr %".5413", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5416" = getelementptr i8, ptr %"keys.223", i64 12
  store i32 0, ptr %".5416", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5426" = trunc i64 %"cursor.70" to i32
  %".5427" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5426", [40 x i8]* %"header_copy", i32 4)
  %".5428" = icmp eq i64 %".5427", 0
  %".5429" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5430" = load i32, ptr %".5429", align 4
  %".5431" = zext i32 %".5430" to i64
  %"data.224" = inttoptr i64 %".5431" to ptr
  %".5432" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5433" = load i32, ptr %".5432", align 4
  %".5434" = zext i32 %".5433" to i64
  %"data_end.224" = inttoptr i64 %".5434" to ptr
  %".5435" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.224" = load ptr, ptr %".5435", align 8
  %".5436" = xor i1 %".5428", -1
  br i1 %".5436", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5438" = trunc i64 %".5419" to i16
  %".5439" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".5438", ptr %".5439", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5442" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5443" = load volatile i8, [40 x i8]* %".5442", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5449" = trunc i64 %".5445" to i16
  %".5450" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5449", ptr %".5450", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_mpls:
  %".5453" = trunc i64 %".5445" to i16
  %".5454" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5453", ptr %".5454", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5457" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".5457", align 1
  %".5459" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.89" = load volatile i32, ptr %".5459", align 4
  %".5460" = and i32 %"flags.89", 4
  %".5461" = icmp ne i32 %".5460", 0
  br i1 %".5461", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5463" = trunc i64 %".5445" to i16
  %".5464" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5463", ptr %".5464", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5467" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".5467", align 4
  br label %"ip_version_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5477" = trunc i64 %"cursor.71" to i32
  %".5478" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5477", [40 x i8]* %"header_copy", i32 4)
  %".5479" = icmp eq i64 %".5478", 0
  %".5480" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5481" = load i32, ptr %".5480", align 4
  %".5482" = zext i32 %".5481" to i64
  %"data.226" = inttoptr i64 %".5482" to ptr
  %".5483" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5484" = load i32, ptr %".5483", align 4
  %".5485" = zext i32 %".5484" to i64
  %"data_end.226" = inttoptr i64 %".5485" to ptr
  %".5486" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.226" = load ptr, ptr %".5486", align 8
  %".5487" = xor i1 %".5479", -1
  br i1 %".5487", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".5489" = trunc i64 %".5470" to i16
  %".5490" = getelementptr i8, ptr %"keys.226", i64 2
  store i16 %".5489", ptr %".5490", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".5493" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5494" = load volatile i8, [40 x i8]* %".5493", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".5500" = trunc i64 %".5496" to i16
  %".5501" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5500", ptr %".5501", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_mpls:
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels3.to_ip_version:
  %".5505" = getelementptr i8, ptr %"keys.227", i64 8
  store i8 1, ptr %".5505", align 1
  %".5507" = getelementptr i8, ptr %"keys.227", i64 48
  %"flags.90" = load volatile i32, ptr %".5507", align 4
  %".5508" = and i32 %"flags.90", 4
  %".5509" = icmp ne i32 %".5508", 0
  br i1 %".5509", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels4:
  %"cursor.77" = phi  i64 [%".5496", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.228" = phi  ptr [%"data.227", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.228" = phi  ptr [%"data_end.227", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.228" = phi  ptr [%"keys.227", %"mpls_d1_mpls_labels3.to_mpls"]
  %".5911" = add i64 %"cursor.77", 4
  %"hdr.68" = getelementptr i8, ptr %"data.228", i64 %"cursor.77"
  %".5912" = getelementptr i8, ptr %"hdr.68", i64 4
  %".5913" = icmp ugt ptr %".5912", %"data_end.228"
  br i1 %".5913", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".5915" = getelementptr i8, ptr %"hdr.68", i64 2
  %".5916" = load i8, ptr %".5915", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".5916", %"mpls_d1_mpls_labels4.linear"], [%".5935", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.239" = phi  ptr [%"data.228", %"mpls_d1_mpls_labels4.linear"], [%"data.238", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.239" = phi  ptr [%"data_end.228", %"mpls_d1_mpls_labels4.linear"], [%"data_end.238", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.239" = phi  ptr [%"keys.228", %"mpls_d1_mpls_labels4.linear"], [%"keys.238", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".5937" = add i64 %"cursor.77", 4
  %".5938" = zext i8 %"w2_1.7" to i64
  %".5939" = and i64 %".5938", 1
  switch i64 %".5939", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels3.stop_at_encap:
  %".5511" = trunc i64 %".5496" to i16
  %".5512" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5511", ptr %".5512", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".5515" = getelementptr i8, ptr %"keys.227", i64 12
  store i32 0, ptr %".5515", align 4
  %".5517" = trunc i64 %".5496" to i16
  %".5518" = getelementptr i8, ptr %"keys.227", i64 2
  store i16 %".5517", ptr %".5518", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5527" = trunc i64 %"cursor.72" to i32
  %".5528" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5527", [40 x i8]* %"header_copy", i32 1)
  %".5529" = icmp eq i64 %".5528", 0
  %".5530" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5531" = load i32, ptr %".5530", align 4
  %".5532" = zext i32 %".5531" to i64
  %"data.229" = inttoptr i64 %".5532" to ptr
  %".5533" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5534" = load i32, ptr %".5533", align 4
  %".5535" = zext i32 %".5534" to i64
  %"data_end.229" = inttoptr i64 %".5535" to ptr
  %".5536" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.229" = load ptr, ptr %".5536", align 8
  %".5537" = xor i1 %".5529", -1
  br i1 %".5537", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5539" = trunc i64 %"cursor.72" to i16
  %".5540" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5539", ptr %".5540", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5543" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5544" = load volatile i8, [40 x i8]* %".5543", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5553" = trunc i64 %".5546" to i16
  %".5554" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5553", ptr %".5554", align 2
  br label %"return"
gtpu_next_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".5547", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.78" = phi  i64 [%".5546", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.231" = phi  ptr [%"data.230", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.231" = phi  ptr [%"data_end.230", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.231" = phi  ptr [%"keys.230", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.69" = getelementptr i8, ptr %"data.231", i64 %"cursor.78"
  %".5965" = getelementptr i8, ptr %"hdr.69", i64 1
  %".5966" = icmp ugt ptr %".5965", %"data_end.231"
  br i1 %".5966", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".5968" = getelementptr i8, ptr %"hdr.69", i64 0
  %".5969" = load i8, ptr %".5968", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.28" = phi  i8 [%".5969", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".5988", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.241" = phi  ptr [%"data.231", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.240", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.241" = phi  ptr [%"data_end.231", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.240", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.241" = phi  ptr [%"keys.231", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.240", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".5990" = zext i8 %"w0_1.28" to i64
  %".5991" = icmp uge i64 %".5990", 1
  %".5992" = xor i1 %".5991", -1
  br i1 %".5992", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
ppp_d1.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5570" = trunc i64 %"cursor.74" to i32
  %".5571" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5570", [40 x i8]* %"header_copy", i32 4)
  %".5572" = icmp eq i64 %".5571", 0
  %".5573" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5574" = load i32, ptr %".5573", align 4
  %".5575" = zext i32 %".5574" to i64
  %"data.232" = inttoptr i64 %".5575" to ptr
  %".5576" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5577" = load i32, ptr %".5576", align 4
  %".5578" = zext i32 %".5577" to i64
  %"data_end.232" = inttoptr i64 %".5578" to ptr
  %".5579" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.232" = load ptr, ptr %".5579", align 8
  %".5580" = xor i1 %".5572", -1
  br i1 %".5580", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5582" = trunc i64 %"cursor.74" to i16
  %".5583" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5582", ptr %".5583", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5586" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5587" = load volatile i16, [40 x i8]* %".5586", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5593" = and i64 %".5591", 0
  %".5594" = icmp eq i64 %".5593", 0
  br i1 %".5594", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".5600" = trunc i64 2048 to i16
  %".5601" = call i16 @"llvm.bswap.i16"(i16 %".5600")
  %".5602" = getelementptr i8, ptr %"keys.233", i64 10
  store i16 %".5601", ptr %".5602", align 2
  %".5604" = getelementptr i8, ptr %"keys.233", i64 8
  store i8 1, ptr %".5604", align 1
  %".5606" = getelementptr i8, ptr %"keys.233", i64 48
  %"flags.91" = load volatile i32, ptr %".5606", align 4
  %".5607" = and i32 %"flags.91", 4
  %".5608" = icmp ne i32 %".5607", 0
  br i1 %".5608", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".5620" = trunc i64 34525 to i16
  %".5621" = call i16 @"llvm.bswap.i16"(i16 %".5620")
  %".5622" = getelementptr i8, ptr %"keys.233", i64 10
  store i16 %".5621", ptr %".5622", align 2
  %".5624" = getelementptr i8, ptr %"keys.233", i64 8
  store i8 1, ptr %".5624", align 1
  %".5626" = getelementptr i8, ptr %"keys.233", i64 48
  %"flags.92" = load volatile i32, ptr %".5626", align 4
  %".5627" = and i32 %"flags.92", 4
  %".5628" = icmp ne i32 %".5627", 0
  br i1 %".5628", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".5640" = trunc i64 34827 to i16
  %".5641" = call i16 @"llvm.bswap.i16"(i16 %".5640")
  %".5642" = getelementptr i8, ptr %"keys.233", i64 10
  store i16 %".5641", ptr %".5642", align 2
  %".5644" = getelementptr i8, ptr %"keys.233", i64 8
  store i8 1, ptr %".5644", align 1
  %".5646" = getelementptr i8, ptr %"keys.233", i64 48
  %"flags.93" = load volatile i32, ptr %".5646", align 4
  %".5647" = and i32 %"flags.93", 4
  %".5648" = icmp ne i32 %".5647", 0
  br i1 %".5648", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".5596" = trunc i64 %".5589" to i16
  %".5597" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5596", ptr %".5597", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5610" = trunc i64 %".5589" to i16
  %".5611" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5610", ptr %".5611", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".5614" = getelementptr i8, ptr %"keys.233", i64 12
  store i32 0, ptr %".5614", align 4
  %".5616" = trunc i64 %".5589" to i16
  %".5617" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5616", ptr %".5617", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5630" = trunc i64 %".5589" to i16
  %".5631" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5630", ptr %".5631", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".5634" = getelementptr i8, ptr %"keys.233", i64 12
  store i32 0, ptr %".5634", align 4
  %".5636" = trunc i64 %".5589" to i16
  %".5637" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5636", ptr %".5637", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".5650" = trunc i64 %".5589" to i16
  %".5651" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5650", ptr %".5651", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".5654" = getelementptr i8, ptr %"keys.233", i64 12
  store i32 0, ptr %".5654", align 4
  %".5656" = trunc i64 %".5589" to i16
  %".5657" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5656", ptr %".5657", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5668" = trunc i64 %"cursor.75" to i32
  %".5669" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5668", [40 x i8]* %"header_copy", i32 2)
  %".5670" = icmp eq i64 %".5669", 0
  %".5671" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5672" = load i32, ptr %".5671", align 4
  %".5673" = zext i32 %".5672" to i64
  %"data.234" = inttoptr i64 %".5673" to ptr
  %".5674" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5675" = load i32, ptr %".5674", align 4
  %".5676" = zext i32 %".5675" to i64
  %"data_end.234" = inttoptr i64 %".5676" to ptr
  %".5677" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.234" = load ptr, ptr %".5677", align 8
  %".5678" = xor i1 %".5670", -1
  br i1 %".5678", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5680" = trunc i64 %"cursor.75" to i16
  %".5681" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5680", ptr %".5681", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5684" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5685" = load volatile i8, [40 x i8]* %".5684", align 1
  %".5686" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5687" = load volatile i8, [40 x i8]* %".5686", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5701" = trunc i64 %".5698" to i16
  %".5702" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5701", ptr %".5702", align 2
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
  %".5713" = trunc i64 %".5698" to i16
  %".5714" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5713", ptr %".5714", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5717" = trunc i64 %".5698" to i16
  %".5718" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5717", ptr %".5718", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5721" = trunc i64 %".5698" to i16
  %".5722" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5721", ptr %".5722", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5725" = trunc i64 %".5698" to i16
  %".5726" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5725", ptr %".5726", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".5730" = trunc i64 34887 to i16
  %".5731" = call i16 @"llvm.bswap.i16"(i16 %".5730")
  %".5732" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".5731", ptr %".5732", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".5735" = trunc i64 2048 to i16
  %".5736" = call i16 @"llvm.bswap.i16"(i16 %".5735")
  %".5737" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".5736", ptr %".5737", align 2
  %".5739" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".5739", align 1
  %".5741" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.94" = load volatile i32, ptr %".5741", align 4
  %".5742" = and i32 %"flags.94", 4
  %".5743" = icmp ne i32 %".5742", 0
  br i1 %".5743", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".5755" = trunc i64 34525 to i16
  %".5756" = call i16 @"llvm.bswap.i16"(i16 %".5755")
  %".5757" = getelementptr i8, ptr %"keys.235", i64 10
  store i16 %".5756", ptr %".5757", align 2
  %".5759" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".5759", align 1
  %".5761" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.95" = load volatile i32, ptr %".5761", align 4
  %".5762" = and i32 %"flags.95", 4
  %".5763" = icmp ne i32 %".5762", 0
  br i1 %".5763", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".5745" = trunc i64 %".5698" to i16
  %".5746" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5745", ptr %".5746", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".5749" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".5749", align 4
  %".5751" = trunc i64 %".5698" to i16
  %".5752" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5751", ptr %".5752", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".5765" = trunc i64 %".5698" to i16
  %".5766" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5765", ptr %".5766", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5769" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".5769", align 4
  %".5771" = trunc i64 %".5698" to i16
  %".5772" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5771", ptr %".5772", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5783" = trunc i64 %"cursor.76" to i32
  %".5784" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".5783", [40 x i8]* %"header_copy", i32 8)
  %".5785" = icmp eq i64 %".5784", 0
  %".5786" = getelementptr i8, ptr %"ctx.79", i64 76
  %".5787" = load i32, ptr %".5786", align 4
  %".5788" = zext i32 %".5787" to i64
  %"data.236" = inttoptr i64 %".5788" to ptr
  %".5789" = getelementptr i8, ptr %"ctx.79", i64 80
  %".5790" = load i32, ptr %".5789", align 4
  %".5791" = zext i32 %".5790" to i64
  %"data_end.236" = inttoptr i64 %".5791" to ptr
  %".5792" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.236" = load ptr, ptr %".5792", align 8
  %".5793" = xor i1 %".5785", -1
  br i1 %".5793", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".5795" = trunc i64 %"cursor.76" to i16
  %".5796" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5795", ptr %".5796", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".5799" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5800" = load volatile i8, [40 x i8]* %".5799", align 1
  %".5801" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5802" = load volatile i16, [40 x i8]* %".5801", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".5815" = getelementptr i8, ptr %"keys.237", i64 6
  store i8 1, ptr %".5815", align 1
  br i1 %".5813", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".5835" = zext i8 %"w0_1.27" to i64
  switch i64 %".5835", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".5818" = getelementptr i8, ptr %"keys.237", i64 7
  store i8 1, ptr %".5818", align 1
  %".5820" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.96" = load volatile i32, ptr %".5820", align 4
  %".5821" = and i32 %"flags.96", 1
  %".5822" = icmp ne i32 %".5821", 0
  %".5823" = xor i1 %".5822", -1
  br i1 %".5823", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".5830" = trunc i64 %".5808" to i16
  %".5831" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5830", ptr %".5831", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".5825" = trunc i64 %".5808" to i16
  %".5826" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5825", ptr %".5826", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".5837" = trunc i64 %".5808" to i16
  %".5838" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5837", ptr %".5838", align 2
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
  %".5849" = trunc i64 %".5808" to i16
  %".5850" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5849", ptr %".5850", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5853" = trunc i64 %".5808" to i16
  %".5854" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5853", ptr %".5854", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5857" = trunc i64 %".5808" to i16
  %".5858" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5857", ptr %".5858", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".5861" = trunc i64 %".5808" to i16
  %".5862" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5861", ptr %".5862", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5866" = trunc i64 34887 to i16
  %".5867" = call i16 @"llvm.bswap.i16"(i16 %".5866")
  %".5868" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".5867", ptr %".5868", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5871" = trunc i64 2048 to i16
  %".5872" = call i16 @"llvm.bswap.i16"(i16 %".5871")
  %".5873" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".5872", ptr %".5873", align 2
  %".5875" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".5875", align 1
  %".5877" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.97" = load volatile i32, ptr %".5877", align 4
  %".5878" = and i32 %"flags.97", 4
  %".5879" = icmp ne i32 %".5878", 0
  br i1 %".5879", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5891" = trunc i64 34525 to i16
  %".5892" = call i16 @"llvm.bswap.i16"(i16 %".5891")
  %".5893" = getelementptr i8, ptr %"keys.237", i64 10
  store i16 %".5892", ptr %".5893", align 2
  %".5895" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".5895", align 1
  %".5897" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.98" = load volatile i32, ptr %".5897", align 4
  %".5898" = and i32 %"flags.98", 4
  %".5899" = icmp ne i32 %".5898", 0
  br i1 %".5899", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5881" = trunc i64 %".5808" to i16
  %".5882" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5881", ptr %".5882", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5885" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".5885", align 4
  %".5887" = trunc i64 %".5808" to i16
  %".5888" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5887", ptr %".5888", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".5901" = trunc i64 %".5808" to i16
  %".5902" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5901", ptr %".5902", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5905" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".5905", align 4
  %".5907" = trunc i64 %".5808" to i16
  %".5908" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5907", ptr %".5908", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5918" = trunc i64 %"cursor.77" to i32
  %".5919" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".5918", [40 x i8]* %"header_copy", i32 4)
  %".5920" = icmp eq i64 %".5919", 0
  %".5921" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5922" = load i32, ptr %".5921", align 4
  %".5923" = zext i32 %".5922" to i64
  %"data.238" = inttoptr i64 %".5923" to ptr
  %".5924" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5925" = load i32, ptr %".5924", align 4
  %".5926" = zext i32 %".5925" to i64
  %"data_end.238" = inttoptr i64 %".5926" to ptr
  %".5927" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.238" = load ptr, ptr %".5927", align 8
  %".5928" = xor i1 %".5920", -1
  br i1 %".5928", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".5930" = trunc i64 %".5911" to i16
  %".5931" = getelementptr i8, ptr %"keys.238", i64 2
  store i16 %".5930", ptr %".5931", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".5934" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5935" = load volatile i8, [40 x i8]* %".5934", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".5941" = trunc i64 %".5937" to i16
  %".5942" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5941", ptr %".5942", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_mpls:
  %".5945" = trunc i64 %".5937" to i16
  %".5946" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5945", ptr %".5946", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".5949" = getelementptr i8, ptr %"keys.239", i64 8
  store i8 1, ptr %".5949", align 1
  %".5951" = getelementptr i8, ptr %"keys.239", i64 48
  %"flags.99" = load volatile i32, ptr %".5951", align 4
  %".5952" = and i32 %"flags.99", 4
  %".5953" = icmp ne i32 %".5952", 0
  br i1 %".5953", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".5955" = trunc i64 %".5937" to i16
  %".5956" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5955", ptr %".5956", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".5959" = getelementptr i8, ptr %"keys.239", i64 12
  store i32 0, ptr %".5959", align 4
  %".5961" = trunc i64 %".5937" to i16
  %".5962" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5961", ptr %".5962", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5971" = trunc i64 %"cursor.78" to i32
  %".5972" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".5971", [40 x i8]* %"header_copy", i32 1)
  %".5973" = icmp eq i64 %".5972", 0
  %".5974" = getelementptr i8, ptr %"ctx.81", i64 76
  %".5975" = load i32, ptr %".5974", align 4
  %".5976" = zext i32 %".5975" to i64
  %"data.240" = inttoptr i64 %".5976" to ptr
  %".5977" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5978" = load i32, ptr %".5977", align 4
  %".5979" = zext i32 %".5978" to i64
  %"data_end.240" = inttoptr i64 %".5979" to ptr
  %".5980" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.240" = load ptr, ptr %".5980", align 8
  %".5981" = xor i1 %".5973", -1
  br i1 %".5981", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".5983" = trunc i64 %"cursor.78" to i16
  %".5984" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".5983", ptr %".5984", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".5987" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5988" = load volatile i8, [40 x i8]* %".5987", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".5994" = trunc i64 %"cursor.78" to i16
  %".5995" = getelementptr i8, ptr %"keys.241", i64 2
  store i16 %".5994", ptr %".5995", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".5998" = add i64 %"cursor.78", 1
  %".5999" = zext i8 %"w0_1.28" to i64
  %".6000" = mul i64 %".5999", 4
  %".6001" = sub i64 %".6000", 2
  %".6002" = add i64 %".6001", 1
  %".6003" = getelementptr i8, ptr %"data.241", i64 %"cursor.78"
  %".6004" = getelementptr i8, ptr %".6003", i64 %".6002"
  %".6005" = icmp ugt ptr %".6004", %"data_end.241"
  br i1 %".6005", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.243" = phi  ptr [%"data.241", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.242", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.243" = phi  ptr [%"data_end.241", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.242", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.243" = phi  ptr [%"keys.241", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.242", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %".6026" = add i64 %"cursor.78", %".6002"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".6007" = add i64 %"cursor.78", %".6002"
  %".6008" = sub i64 %".6007", 1
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6009" = trunc i64 %".6008" to i32
  %".6010" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".6009", i64* %"last_byte", i32 1)
  %".6011" = icmp eq i64 %".6010", 0
  %".6012" = getelementptr i8, ptr %"ctx.82", i64 76
  %".6013" = load i32, ptr %".6012", align 4
  %".6014" = zext i32 %".6013" to i64
  %"data.242" = inttoptr i64 %".6014" to ptr
  %".6015" = getelementptr i8, ptr %"ctx.82", i64 80
  %".6016" = load i32, ptr %".6015", align 4
  %".6017" = zext i32 %".6016" to i64
  %"data_end.242" = inttoptr i64 %".6017" to ptr
  %".6018" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.242" = load ptr, ptr %".6018", align 8
  %".6019" = xor i1 %".6011", -1
  br i1 %".6019", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".6021" = trunc i64 %"cursor.78" to i16
  %".6022" = getelementptr i8, ptr %"keys.242", i64 2
  store i16 %".6021", ptr %".6022", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".6028" = trunc i64 %".6026" to i16
  %".6029" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".6028", ptr %".6029", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.79" = phi  i64 [%".6026", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.244" = phi  ptr [%"data.243", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.244" = phi  ptr [%"data_end.243", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.244" = phi  ptr [%"keys.243", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.70" = getelementptr i8, ptr %"data.244", i64 %"cursor.79"
  %".6033" = getelementptr i8, ptr %"hdr.70", i64 1
  %".6034" = icmp ugt ptr %".6033", %"data_end.244"
  br i1 %".6034", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".6036" = getelementptr i8, ptr %"hdr.70", i64 0
  %".6037" = load i8, ptr %".6036", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.29" = phi  i8 [%".6037", %"gtpu_next_d1_gtpu_ext1.linear"], [%".6056", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.246" = phi  ptr [%"data.244", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.245", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.246" = phi  ptr [%"data_end.244", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.245", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.246" = phi  ptr [%"keys.244", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.245", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".6058" = add i64 %"cursor.79", 1
  %".6059" = zext i8 %"w0_1.29" to i64
  %".6060" = icmp uge i64 %".6059", 1
  %".6061" = icmp ule i64 %".6059", 255
  %".6062" = and i1 %".6060", %".6061"
  br i1 %".6062", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6039" = trunc i64 %"cursor.79" to i32
  %".6040" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".6039", [40 x i8]* %"header_copy", i32 1)
  %".6041" = icmp eq i64 %".6040", 0
  %".6042" = getelementptr i8, ptr %"ctx.83", i64 76
  %".6043" = load i32, ptr %".6042", align 4
  %".6044" = zext i32 %".6043" to i64
  %"data.245" = inttoptr i64 %".6044" to ptr
  %".6045" = getelementptr i8, ptr %"ctx.83", i64 80
  %".6046" = load i32, ptr %".6045", align 4
  %".6047" = zext i32 %".6046" to i64
  %"data_end.245" = inttoptr i64 %".6047" to ptr
  %".6048" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.245" = load ptr, ptr %".6048", align 8
  %".6049" = xor i1 %".6041", -1
  br i1 %".6049", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".6051" = trunc i64 %"cursor.79" to i16
  %".6052" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".6051", ptr %".6052", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".6055" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6056" = load volatile i8, [40 x i8]* %".6055", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".6065" = trunc i64 %".6058" to i16
  %".6066" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".6065", ptr %".6066", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".6059", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.80" = phi  i64 [%".6058", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.247" = phi  ptr [%"data.246", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.247" = phi  ptr [%"data_end.246", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.247" = phi  ptr [%"keys.246", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.71" = getelementptr i8, ptr %"data.247", i64 %"cursor.80"
  %".6071" = getelementptr i8, ptr %"hdr.71", i64 1
  %".6072" = icmp ugt ptr %".6071", %"data_end.247"
  br i1 %".6072", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".6074" = getelementptr i8, ptr %"hdr.71", i64 0
  %".6075" = load i8, ptr %".6074", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.30" = phi  i8 [%".6075", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".6094", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.249" = phi  ptr [%"data.247", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.248", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.249" = phi  ptr [%"data_end.247", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.248", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.249" = phi  ptr [%"keys.247", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.248", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".6096" = zext i8 %"w0_1.30" to i64
  %".6097" = icmp uge i64 %".6096", 1
  %".6098" = xor i1 %".6097", -1
  br i1 %".6098", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6077" = trunc i64 %"cursor.80" to i32
  %".6078" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".6077", [40 x i8]* %"header_copy", i32 1)
  %".6079" = icmp eq i64 %".6078", 0
  %".6080" = getelementptr i8, ptr %"ctx.84", i64 76
  %".6081" = load i32, ptr %".6080", align 4
  %".6082" = zext i32 %".6081" to i64
  %"data.248" = inttoptr i64 %".6082" to ptr
  %".6083" = getelementptr i8, ptr %"ctx.84", i64 80
  %".6084" = load i32, ptr %".6083", align 4
  %".6085" = zext i32 %".6084" to i64
  %"data_end.248" = inttoptr i64 %".6085" to ptr
  %".6086" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.248" = load ptr, ptr %".6086", align 8
  %".6087" = xor i1 %".6079", -1
  br i1 %".6087", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".6089" = trunc i64 %"cursor.80" to i16
  %".6090" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6089", ptr %".6090", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".6093" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6094" = load volatile i8, [40 x i8]* %".6093", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".6100" = trunc i64 %"cursor.80" to i16
  %".6101" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".6100", ptr %".6101", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".6104" = add i64 %"cursor.80", 1
  %".6105" = zext i8 %"w0_1.30" to i64
  %".6106" = mul i64 %".6105", 4
  %".6107" = sub i64 %".6106", 2
  %".6108" = add i64 %".6107", 1
  %".6109" = getelementptr i8, ptr %"data.249", i64 %"cursor.80"
  %".6110" = getelementptr i8, ptr %".6109", i64 %".6108"
  %".6111" = icmp ugt ptr %".6110", %"data_end.249"
  br i1 %".6111", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.251" = phi  ptr [%"data.249", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.250", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.251" = phi  ptr [%"data_end.249", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.250", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.251" = phi  ptr [%"keys.249", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.250", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %".6132" = add i64 %"cursor.80", %".6108"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".6113" = add i64 %"cursor.80", %".6108"
  %".6114" = sub i64 %".6113", 1
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6115" = trunc i64 %".6114" to i32
  %".6116" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".6115", i64* %"last_byte", i32 1)
  %".6117" = icmp eq i64 %".6116", 0
  %".6118" = getelementptr i8, ptr %"ctx.85", i64 76
  %".6119" = load i32, ptr %".6118", align 4
  %".6120" = zext i32 %".6119" to i64
  %"data.250" = inttoptr i64 %".6120" to ptr
  %".6121" = getelementptr i8, ptr %"ctx.85", i64 80
  %".6122" = load i32, ptr %".6121", align 4
  %".6123" = zext i32 %".6122" to i64
  %"data_end.250" = inttoptr i64 %".6123" to ptr
  %".6124" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.250" = load ptr, ptr %".6124", align 8
  %".6125" = xor i1 %".6117", -1
  br i1 %".6125", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".6127" = trunc i64 %"cursor.80" to i16
  %".6128" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6127", ptr %".6128", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".6134" = trunc i64 %".6132" to i16
  %".6135" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".6134", ptr %".6135", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.81" = phi  i64 [%".6132", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.252" = phi  ptr [%"data.251", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.252" = phi  ptr [%"data_end.251", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.252" = phi  ptr [%"keys.251", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.72" = getelementptr i8, ptr %"data.252", i64 %"cursor.81"
  %".6139" = getelementptr i8, ptr %"hdr.72", i64 1
  %".6140" = icmp ugt ptr %".6139", %"data_end.252"
  br i1 %".6140", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".6142" = getelementptr i8, ptr %"hdr.72", i64 0
  %".6143" = load i8, ptr %".6142", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.31" = phi  i8 [%".6143", %"gtpu_next_d1_gtpu_ext2.linear"], [%".6162", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.254" = phi  ptr [%"data.252", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.253", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.254" = phi  ptr [%"data_end.252", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.253", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.254" = phi  ptr [%"keys.252", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.253", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".6164" = add i64 %"cursor.81", 1
  %".6165" = zext i8 %"w0_1.31" to i64
  %".6166" = icmp uge i64 %".6165", 1
  %".6167" = icmp ule i64 %".6165", 255
  %".6168" = and i1 %".6166", %".6167"
  br i1 %".6168", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6145" = trunc i64 %"cursor.81" to i32
  %".6146" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".6145", [40 x i8]* %"header_copy", i32 1)
  %".6147" = icmp eq i64 %".6146", 0
  %".6148" = getelementptr i8, ptr %"ctx.86", i64 76
  %".6149" = load i32, ptr %".6148", align 4
  %".6150" = zext i32 %".6149" to i64
  %"data.253" = inttoptr i64 %".6150" to ptr
  %".6151" = getelementptr i8, ptr %"ctx.86", i64 80
  %".6152" = load i32, ptr %".6151", align 4
  %".6153" = zext i32 %".6152" to i64
  %"data_end.253" = inttoptr i64 %".6153" to ptr
  %".6154" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.253" = load ptr, ptr %".6154", align 8
  %".6155" = xor i1 %".6147", -1
  br i1 %".6155", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".6157" = trunc i64 %"cursor.81" to i16
  %".6158" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".6157", ptr %".6158", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".6161" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6162" = load volatile i8, [40 x i8]* %".6161", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".6171" = trunc i64 %".6164" to i16
  %".6172" = getelementptr i8, ptr %"keys.254", i64 2
  store i16 %".6171", ptr %".6172", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".6176" = trunc i64 %".6164" to i16
  %".6177" = getelementptr i8, ptr %"keys.254", i64 2
  store i16 %".6176", ptr %".6177", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".6165", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
widening.test:
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6182" = getelementptr i8, ptr %"ctx.87", i64 76
  %".6183" = load i32, ptr %".6182", align 4
  %".6184" = zext i32 %".6183" to i64
  %"data.255" = inttoptr i64 %".6184" to ptr
  %".6185" = getelementptr i8, ptr %"ctx.87", i64 80
  %".6186" = load i32, ptr %".6185", align 4
  %".6187" = zext i32 %".6186" to i64
  %"data_end.255" = inttoptr i64 %".6187" to ptr
  %".6188" = getelementptr i8, ptr %"keys", i64 0
  %".6189" = load volatile i16, ptr %".6188", align 2
  %".6190" = zext i16 %".6189" to i64
  %".6191" = icmp ugt i64 %".6190", 261
  br i1 %".6191", label %"widening.test.1", label %"hsr_d0_vlan_tags2"
widening.test.1:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6193" = getelementptr i8, ptr %"ctx.88", i64 76
  %".6194" = load i32, ptr %".6193", align 4
  %".6195" = zext i32 %".6194" to i64
  %"data.256" = inttoptr i64 %".6195" to ptr
  %".6196" = getelementptr i8, ptr %"ctx.88", i64 80
  %".6197" = load i32, ptr %".6196", align 4
  %".6198" = zext i32 %".6197" to i64
  %"data_end.256" = inttoptr i64 %".6198" to ptr
  %".6199" = getelementptr i8, ptr %"keys", i64 0
  %".6200" = load volatile i16, ptr %".6199", align 2
  %".6201" = zext i16 %".6200" to i64
  %".6202" = icmp ugt i64 %".6201", 261
  br i1 %".6202", label %"widening.test.2", label %"vlan_d0_vlan_tags2"
widening.test.2:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6204" = getelementptr i8, ptr %"ctx.89", i64 76
  %".6205" = load i32, ptr %".6204", align 4
  %".6206" = zext i32 %".6205" to i64
  %"data.257" = inttoptr i64 %".6206" to ptr
  %".6207" = getelementptr i8, ptr %"ctx.89", i64 80
  %".6208" = load i32, ptr %".6207", align 4
  %".6209" = zext i32 %".6208" to i64
  %"data_end.257" = inttoptr i64 %".6209" to ptr
  %".6210" = getelementptr i8, ptr %"keys", i64 0
  %".6211" = load volatile i16, ptr %".6210", align 2
  %".6212" = zext i16 %".6211" to i64
  %".6213" = icmp ugt i64 %".6212", 267
  br i1 %".6213", label %"widening.test.3", label %"batadv_d0"
widening.test.3:
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6215" = getelementptr i8, ptr %"ctx.90", i64 76
  %".6216" = load i32, ptr %".6215", align 4
  %".6217" = zext i32 %".6216" to i64
  %"data.258" = inttoptr i64 %".6217" to ptr
  %".6218" = getelementptr i8, ptr %"ctx.90", i64 80
  %".6219" = load i32, ptr %".6218", align 4
  %".6220" = zext i32 %".6219" to i64
  %"data_end.258" = inttoptr i64 %".6220" to ptr
  %".6221" = getelementptr i8, ptr %"keys", i64 0
  %".6222" = load volatile i16, ptr %".6221", align 2
  %".6223" = zext i16 %".6222" to i64
  %".6224" = icmp ugt i64 %".6223", 267
  br i1 %".6224", label %"widening.test.4", label %"pppoe_d0"
widening.test.4:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6226" = getelementptr i8, ptr %"ctx.91", i64 76
  %".6227" = load i32, ptr %".6226", align 4
  %".6228" = zext i32 %".6227" to i64
  %"data.259" = inttoptr i64 %".6228" to ptr
  %".6229" = getelementptr i8, ptr %"ctx.91", i64 80
  %".6230" = load i32, ptr %".6229", align 4
  %".6231" = zext i32 %".6230" to i64
  %"data_end.259" = inttoptr i64 %".6231" to ptr
  %".6232" = getelementptr i8, ptr %"keys", i64 0
  %".6233" = load volatile i16, ptr %".6232", align 2
  %".6234" = zext i16 %".6233" to i64
  %".6235" = icmp ugt i64 %".6234", 275
  br i1 %".6235", label %"widening.test.5", label %"ipv6_d0"
widening.test.5:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6237" = getelementptr i8, ptr %"ctx.92", i64 76
  %".6238" = load i32, ptr %".6237", align 4
  %".6239" = zext i32 %".6238" to i64
  %"data.260" = inttoptr i64 %".6239" to ptr
  %".6240" = getelementptr i8, ptr %"ctx.92", i64 80
  %".6241" = load i32, ptr %".6240", align 4
  %".6242" = zext i32 %".6241" to i64
  %"data_end.260" = inttoptr i64 %".6242" to ptr
  %".6243" = getelementptr i8, ptr %"keys", i64 0
  %".6244" = load volatile i16, ptr %".6243", align 2
  %".6245" = zext i16 %".6244" to i64
  %".6246" = icmp ugt i64 %".6245", 2363
  br i1 %".6246", label %"widening.test.6", label %"ipv6_frag_d0_ipv6_ext2"
widening.test.6:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6248" = getelementptr i8, ptr %"ctx.93", i64 76
  %".6249" = load i32, ptr %".6248", align 4
  %".6250" = zext i32 %".6249" to i64
  %"data.261" = inttoptr i64 %".6250" to ptr
  %".6251" = getelementptr i8, ptr %"ctx.93", i64 80
  %".6252" = load i32, ptr %".6251", align 4
  %".6253" = zext i32 %".6252" to i64
  %"data_end.261" = inttoptr i64 %".6253" to ptr
  %".6254" = getelementptr i8, ptr %"keys", i64 0
  %".6255" = load volatile i16, ptr %".6254", align 2
  %".6256" = zext i16 %".6255" to i64
  %".6257" = icmp ugt i64 %".6256", 2363
  br i1 %".6257", label %"widening.test.7", label %"ipv6_opts_d0_ipv6_ext2"
widening.test.7:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6259" = getelementptr i8, ptr %"ctx.94", i64 76
  %".6260" = load i32, ptr %".6259", align 4
  %".6261" = zext i32 %".6260" to i64
  %"data.262" = inttoptr i64 %".6261" to ptr
  %".6262" = getelementptr i8, ptr %"ctx.94", i64 80
  %".6263" = load i32, ptr %".6262", align 4
  %".6264" = zext i32 %".6263" to i64
  %"data_end.262" = inttoptr i64 %".6264" to ptr
  %".6265" = getelementptr i8, ptr %"keys", i64 0
  %".6266" = load volatile i16, ptr %".6265", align 2
  %".6267" = zext i16 %".6266" to i64
  %".6268" = icmp ugt i64 %".6267", 4411
  br i1 %".6268", label %"widening.test.8", label %"ipv6_frag_d0_ipv6_ext3"
widening.test.8:
  %"ctx.95" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6270" = getelementptr i8, ptr %"ctx.95", i64 76
  %".6271" = load i32, ptr %".6270", align 4
  %".6272" = zext i32 %".6271" to i64
  %"data.263" = inttoptr i64 %".6272" to ptr
  %".6273" = getelementptr i8, ptr %"ctx.95", i64 80
  %".6274" = load i32, ptr %".6273", align 4
  %".6275" = zext i32 %".6274" to i64
  %"data_end.263" = inttoptr i64 %".6275" to ptr
  %".6276" = getelementptr i8, ptr %"keys", i64 0
  %".6277" = load volatile i16, ptr %".6276", align 2
  %".6278" = zext i16 %".6277" to i64
  %".6279" = icmp ugt i64 %".6278", 4411
  br i1 %".6279", label %"widening.test.9", label %"ipv6_opts_d0_ipv6_ext3"
widening.test.9:
  %"ctx.96" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6281" = getelementptr i8, ptr %"ctx.96", i64 76
  %".6282" = load i32, ptr %".6281", align 4
  %".6283" = zext i32 %".6282" to i64
  %"data.264" = inttoptr i64 %".6283" to ptr
  %".6284" = getelementptr i8, ptr %"ctx.96", i64 80
  %".6285" = load i32, ptr %".6284", align 4
  %".6286" = zext i32 %".6285" to i64
  %"data_end.264" = inttoptr i64 %".6286" to ptr
  %".6287" = getelementptr i8, ptr %"keys", i64 0
  %".6288" = load volatile i16, ptr %".6287", align 2
  %".6289" = zext i16 %".6288" to i64
  %".6290" = icmp ugt i64 %".6289", 275
  br i1 %".6290", label %"widening.test.10", label %"ipv4_d0"
widening.test.10:
  %"ctx.97" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6292" = getelementptr i8, ptr %"ctx.97", i64 76
  %".6293" = load i32, ptr %".6292", align 4
  %".6294" = zext i32 %".6293" to i64
  %"data.265" = inttoptr i64 %".6294" to ptr
  %".6295" = getelementptr i8, ptr %"ctx.97", i64 80
  %".6296" = load i32, ptr %".6295", align 4
  %".6297" = zext i32 %".6296" to i64
  %"data_end.265" = inttoptr i64 %".6297" to ptr
  %".6298" = getelementptr i8, ptr %"keys", i64 0
  %".6299" = load volatile i16, ptr %".6298", align 2
  %".6300" = zext i16 %".6299" to i64
  %".6301" = icmp ugt i64 %".6300", 6459
  br i1 %".6301", label %"widening.test.11", label %"mpls_d0_mpls_labels1"
widening.test.11:
  %"ctx.98" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6303" = getelementptr i8, ptr %"ctx.98", i64 76
  %".6304" = load i32, ptr %".6303", align 4
  %".6305" = zext i32 %".6304" to i64
  %"data.266" = inttoptr i64 %".6305" to ptr
  %".6306" = getelementptr i8, ptr %"ctx.98", i64 80
  %".6307" = load i32, ptr %".6306", align 4
  %".6308" = zext i32 %".6307" to i64
  %"data_end.266" = inttoptr i64 %".6308" to ptr
  %".6309" = getelementptr i8, ptr %"keys", i64 0
  %".6310" = load volatile i16, ptr %".6309", align 2
  %".6311" = zext i16 %".6310" to i64
  %".6312" = icmp ugt i64 %".6311", 6459
  br i1 %".6312", label %"widening.test.12", label %"gre_version_d0"
widening.test.12:
  %"ctx.99" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6314" = getelementptr i8, ptr %"ctx.99", i64 76
  %".6315" = load i32, ptr %".6314", align 4
  %".6316" = zext i32 %".6315" to i64
  %"data.267" = inttoptr i64 %".6316" to ptr
  %".6317" = getelementptr i8, ptr %"ctx.99", i64 80
  %".6318" = load i32, ptr %".6317", align 4
  %".6319" = zext i32 %".6318" to i64
  %"data_end.267" = inttoptr i64 %".6319" to ptr
  %".6320" = getelementptr i8, ptr %"keys", i64 0
  %".6321" = load volatile i16, ptr %".6320", align 2
  %".6322" = zext i16 %".6321" to i64
  %".6323" = icmp ugt i64 %".6322", 6459
  br i1 %".6323", label %"widening.test.13", label %"udp_d0"
widening.test.13:
  %"ctx.100" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6325" = getelementptr i8, ptr %"ctx.100", i64 76
  %".6326" = load i32, ptr %".6325", align 4
  %".6327" = zext i32 %".6326" to i64
  %"data.268" = inttoptr i64 %".6327" to ptr
  %".6328" = getelementptr i8, ptr %"ctx.100", i64 80
  %".6329" = load i32, ptr %".6328", align 4
  %".6330" = zext i32 %".6329" to i64
  %"data_end.268" = inttoptr i64 %".6330" to ptr
  %".6331" = getelementptr i8, ptr %"keys", i64 0
  %".6332" = load volatile i16, ptr %".6331", align 2
  %".6333" = zext i16 %".6332" to i64
  %".6334" = icmp ugt i64 %".6333", 8519
  br i1 %".6334", label %"widening.test.14", label %"ip_version_d1"
widening.test.14:
  %"ctx.101" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6336" = getelementptr i8, ptr %"ctx.101", i64 76
  %".6337" = load i32, ptr %".6336", align 4
  %".6338" = zext i32 %".6337" to i64
  %"data.269" = inttoptr i64 %".6338" to ptr
  %".6339" = getelementptr i8, ptr %"ctx.101", i64 80
  %".6340" = load i32, ptr %".6339", align 4
  %".6341" = zext i32 %".6340" to i64
  %"data_end.269" = inttoptr i64 %".6341" to ptr
  %".6342" = getelementptr i8, ptr %"keys", i64 0
  %".6343" = load volatile i16, ptr %".6342", align 2
  %".6344" = zext i16 %".6343" to i64
  %".6345" = icmp ugt i64 %".6344", 6727
  br i1 %".6345", label %"widening.test.15", label %"ethernet_d1"
widening.test.15:
  %"ctx.102" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6347" = getelementptr i8, ptr %"ctx.102", i64 76
  %".6348" = load i32, ptr %".6347", align 4
  %".6349" = zext i32 %".6348" to i64
  %"data.270" = inttoptr i64 %".6349" to ptr
  %".6350" = getelementptr i8, ptr %"ctx.102", i64 80
  %".6351" = load i32, ptr %".6350", align 4
  %".6352" = zext i32 %".6351" to i64
  %"data_end.270" = inttoptr i64 %".6352" to ptr
  %".6353" = getelementptr i8, ptr %"keys", i64 0
  %".6354" = load volatile i16, ptr %".6353", align 2
  %".6355" = zext i16 %".6354" to i64
  %".6356" = icmp ugt i64 %".6355", 6741
  br i1 %".6356", label %"widening.test.16", label %"hsr_d1_vlan_tags1"
widening.test.16:
  %"ctx.103" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6358" = getelementptr i8, ptr %"ctx.103", i64 76
  %".6359" = load i32, ptr %".6358", align 4
  %".6360" = zext i32 %".6359" to i64
  %"data.271" = inttoptr i64 %".6360" to ptr
  %".6361" = getelementptr i8, ptr %"ctx.103", i64 80
  %".6362" = load i32, ptr %".6361", align 4
  %".6363" = zext i32 %".6362" to i64
  %"data_end.271" = inttoptr i64 %".6363" to ptr
  %".6364" = getelementptr i8, ptr %"keys", i64 0
  %".6365" = load volatile i16, ptr %".6364", align 2
  %".6366" = zext i16 %".6365" to i64
  %".6367" = icmp ugt i64 %".6366", 6741
  br i1 %".6367", label %"widening.test.17", label %"vlan_d1_vlan_tags1"
widening.test.17:
  %"ctx.104" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6369" = getelementptr i8, ptr %"ctx.104", i64 76
  %".6370" = load i32, ptr %".6369", align 4
  %".6371" = zext i32 %".6370" to i64
  %"data.272" = inttoptr i64 %".6371" to ptr
  %".6372" = getelementptr i8, ptr %"ctx.104", i64 80
  %".6373" = load i32, ptr %".6372", align 4
  %".6374" = zext i32 %".6373" to i64
  %"data_end.272" = inttoptr i64 %".6374" to ptr
  %".6375" = getelementptr i8, ptr %"keys", i64 0
  %".6376" = load volatile i16, ptr %".6375", align 2
  %".6377" = zext i16 %".6376" to i64
  %".6378" = icmp ugt i64 %".6377", 6747
  br i1 %".6378", label %"widening.test.18", label %"hsr_d1_vlan_tags2"
widening.test.18:
  %"ctx.105" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6380" = getelementptr i8, ptr %"ctx.105", i64 76
  %".6381" = load i32, ptr %".6380", align 4
  %".6382" = zext i32 %".6381" to i64
  %"data.273" = inttoptr i64 %".6382" to ptr
  %".6383" = getelementptr i8, ptr %"ctx.105", i64 80
  %".6384" = load i32, ptr %".6383", align 4
  %".6385" = zext i32 %".6384" to i64
  %"data_end.273" = inttoptr i64 %".6385" to ptr
  %".6386" = getelementptr i8, ptr %"keys", i64 0
  %".6387" = load volatile i16, ptr %".6386", align 2
  %".6388" = zext i16 %".6387" to i64
  %".6389" = icmp ugt i64 %".6388", 6747
  br i1 %".6389", label %"widening.test.19", label %"vlan_d1_vlan_tags2"
widening.test.19:
  %"ctx.106" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6391" = getelementptr i8, ptr %"ctx.106", i64 76
  %".6392" = load i32, ptr %".6391", align 4
  %".6393" = zext i32 %".6392" to i64
  %"data.274" = inttoptr i64 %".6393" to ptr
  %".6394" = getelementptr i8, ptr %"ctx.106", i64 80
  %".6395" = load i32, ptr %".6394", align 4
  %".6396" = zext i32 %".6395" to i64
  %"data_end.274" = inttoptr i64 %".6396" to ptr
  %".6397" = getelementptr i8, ptr %"keys", i64 0
  %".6398" = load volatile i16, ptr %".6397", align 2
  %".6399" = zext i16 %".6398" to i64
  %".6400" = icmp ugt i64 %".6399", 6753
  br i1 %".6400", label %"widening.test.20", label %"batadv_d1"
widening.test.20:
  %"ctx.107" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6402" = getelementptr i8, ptr %"ctx.107", i64 76
  %".6403" = load i32, ptr %".6402", align 4
  %".6404" = zext i32 %".6403" to i64
  %"data.275" = inttoptr i64 %".6404" to ptr
  %".6405" = getelementptr i8, ptr %"ctx.107", i64 80
  %".6406" = load i32, ptr %".6405", align 4
  %".6407" = zext i32 %".6406" to i64
  %"data_end.275" = inttoptr i64 %".6407" to ptr
  %".6408" = getelementptr i8, ptr %"keys", i64 0
  %".6409" = load volatile i16, ptr %".6408", align 2
  %".6410" = zext i16 %".6409" to i64
  %".6411" = icmp ugt i64 %".6410", 6753
  br i1 %".6411", label %"widening.test.21", label %"fcoe"
widening.test.21:
  %"ctx.108" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6413" = getelementptr i8, ptr %"ctx.108", i64 76
  %".6414" = load i32, ptr %".6413", align 4
  %".6415" = zext i32 %".6414" to i64
  %"data.276" = inttoptr i64 %".6415" to ptr
  %".6416" = getelementptr i8, ptr %"ctx.108", i64 80
  %".6417" = load i32, ptr %".6416", align 4
  %".6418" = zext i32 %".6417" to i64
  %"data_end.276" = inttoptr i64 %".6418" to ptr
  %".6419" = getelementptr i8, ptr %"keys", i64 0
  %".6420" = load volatile i16, ptr %".6419", align 2
  %".6421" = zext i16 %".6420" to i64
  %".6422" = icmp ugt i64 %".6421", 6753
  br i1 %".6422", label %"widening.test.22", label %"tipc"
widening.test.22:
  %"ctx.109" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6424" = getelementptr i8, ptr %"ctx.109", i64 76
  %".6425" = load i32, ptr %".6424", align 4
  %".6426" = zext i32 %".6425" to i64
  %"data.277" = inttoptr i64 %".6426" to ptr
  %".6427" = getelementptr i8, ptr %"ctx.109", i64 80
  %".6428" = load i32, ptr %".6427", align 4
  %".6429" = zext i32 %".6428" to i64
  %"data_end.277" = inttoptr i64 %".6429" to ptr
  %".6430" = getelementptr i8, ptr %"keys", i64 0
  %".6431" = load volatile i16, ptr %".6430", align 2
  %".6432" = zext i16 %".6431" to i64
  %".6433" = icmp ugt i64 %".6432", 6753
  br i1 %".6433", label %"widening.test.23", label %"cfm"
widening.test.23:
  %"ctx.110" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6435" = getelementptr i8, ptr %"ctx.110", i64 76
  %".6436" = load i32, ptr %".6435", align 4
  %".6437" = zext i32 %".6436" to i64
  %"data.278" = inttoptr i64 %".6437" to ptr
  %".6438" = getelementptr i8, ptr %"ctx.110", i64 80
  %".6439" = load i32, ptr %".6438", align 4
  %".6440" = zext i32 %".6439" to i64
  %"data_end.278" = inttoptr i64 %".6440" to ptr
  %".6441" = getelementptr i8, ptr %"keys", i64 0
  %".6442" = load volatile i16, ptr %".6441", align 2
  %".6443" = zext i16 %".6442" to i64
  %".6444" = icmp ugt i64 %".6443", 6753
  br i1 %".6444", label %"widening.test.24", label %"ptp"
widening.test.24:
  %"ctx.111" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6446" = getelementptr i8, ptr %"ctx.111", i64 76
  %".6447" = load i32, ptr %".6446", align 4
  %".6448" = zext i32 %".6447" to i64
  %"data.279" = inttoptr i64 %".6448" to ptr
  %".6449" = getelementptr i8, ptr %"ctx.111", i64 80
  %".6450" = load i32, ptr %".6449", align 4
  %".6451" = zext i32 %".6450" to i64
  %"data_end.279" = inttoptr i64 %".6451" to ptr
  %".6452" = getelementptr i8, ptr %"keys", i64 0
  %".6453" = load volatile i16, ptr %".6452", align 2
  %".6454" = zext i16 %".6453" to i64
  %".6455" = icmp ugt i64 %".6454", 6753
  br i1 %".6455", label %"widening.test.25", label %"arp"
widening.test.25:
  %"ctx.112" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6457" = getelementptr i8, ptr %"ctx.112", i64 76
  %".6458" = load i32, ptr %".6457", align 4
  %".6459" = zext i32 %".6458" to i64
  %"data.280" = inttoptr i64 %".6459" to ptr
  %".6460" = getelementptr i8, ptr %"ctx.112", i64 80
  %".6461" = load i32, ptr %".6460", align 4
  %".6462" = zext i32 %".6461" to i64
  %"data_end.280" = inttoptr i64 %".6462" to ptr
  %".6463" = getelementptr i8, ptr %"keys", i64 0
  %".6464" = load volatile i16, ptr %".6463", align 2
  %".6465" = zext i16 %".6464" to i64
  %".6466" = icmp ugt i64 %".6465", 6753
  br i1 %".6466", label %"widening.test.26", label %"pppoe_d1"
widening.test.26:
  %"ctx.113" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6468" = getelementptr i8, ptr %"ctx.113", i64 76
  %".6469" = load i32, ptr %".6468", align 4
  %".6470" = zext i32 %".6469" to i64
  %"data.281" = inttoptr i64 %".6470" to ptr
  %".6471" = getelementptr i8, ptr %"ctx.113", i64 80
  %".6472" = load i32, ptr %".6471", align 4
  %".6473" = zext i32 %".6472" to i64
  %"data_end.281" = inttoptr i64 %".6473" to ptr
  %".6474" = getelementptr i8, ptr %"keys", i64 0
  %".6475" = load volatile i16, ptr %".6474", align 2
  %".6476" = zext i16 %".6475" to i64
  %".6477" = icmp ugt i64 %".6476", 8519
  br i1 %".6477", label %"widening.test.27", label %"ipv6_d1"
widening.test.27:
  %"ctx.114" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6479" = getelementptr i8, ptr %"ctx.114", i64 76
  %".6480" = load i32, ptr %".6479", align 4
  %".6481" = zext i32 %".6480" to i64
  %"data.282" = inttoptr i64 %".6481" to ptr
  %".6482" = getelementptr i8, ptr %"ctx.114", i64 80
  %".6483" = load i32, ptr %".6482", align 4
  %".6484" = zext i32 %".6483" to i64
  %"data_end.282" = inttoptr i64 %".6484" to ptr
  %".6485" = getelementptr i8, ptr %"keys", i64 0
  %".6486" = load volatile i16, ptr %".6485", align 2
  %".6487" = zext i16 %".6486" to i64
  %".6488" = icmp ugt i64 %".6487", 10607
  br i1 %".6488", label %"widening.test.28", label %"ipv6_frag_d1_ipv6_ext2"
widening.test.28:
  %"ctx.115" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6490" = getelementptr i8, ptr %"ctx.115", i64 76
  %".6491" = load i32, ptr %".6490", align 4
  %".6492" = zext i32 %".6491" to i64
  %"data.283" = inttoptr i64 %".6492" to ptr
  %".6493" = getelementptr i8, ptr %"ctx.115", i64 80
  %".6494" = load i32, ptr %".6493", align 4
  %".6495" = zext i32 %".6494" to i64
  %"data_end.283" = inttoptr i64 %".6495" to ptr
  %".6496" = getelementptr i8, ptr %"keys", i64 0
  %".6497" = load volatile i16, ptr %".6496", align 2
  %".6498" = zext i16 %".6497" to i64
  %".6499" = icmp ugt i64 %".6498", 10607
  br i1 %".6499", label %"widening.test.29", label %"ipv6_opts_d1_ipv6_ext2"
widening.test.29:
  %"ctx.116" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6501" = getelementptr i8, ptr %"ctx.116", i64 76
  %".6502" = load i32, ptr %".6501", align 4
  %".6503" = zext i32 %".6502" to i64
  %"data.284" = inttoptr i64 %".6503" to ptr
  %".6504" = getelementptr i8, ptr %"ctx.116", i64 80
  %".6505" = load i32, ptr %".6504", align 4
  %".6506" = zext i32 %".6505" to i64
  %"data_end.284" = inttoptr i64 %".6506" to ptr
  %".6507" = getelementptr i8, ptr %"keys", i64 0
  %".6508" = load volatile i16, ptr %".6507", align 2
  %".6509" = zext i16 %".6508" to i64
  %".6510" = icmp ugt i64 %".6509", 12655
  br i1 %".6510", label %"widening.test.30", label %"ipv6_frag_d1_ipv6_ext3"
widening.test.30:
  %"ctx.117" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6512" = getelementptr i8, ptr %"ctx.117", i64 76
  %".6513" = load i32, ptr %".6512", align 4
  %".6514" = zext i32 %".6513" to i64
  %"data.285" = inttoptr i64 %".6514" to ptr
  %".6515" = getelementptr i8, ptr %"ctx.117", i64 80
  %".6516" = load i32, ptr %".6515", align 4
  %".6517" = zext i32 %".6516" to i64
  %"data_end.285" = inttoptr i64 %".6517" to ptr
  %".6518" = getelementptr i8, ptr %"keys", i64 0
  %".6519" = load volatile i16, ptr %".6518", align 2
  %".6520" = zext i16 %".6519" to i64
  %".6521" = icmp ugt i64 %".6520", 12655
  br i1 %".6521", label %"widening.test.31", label %"ipv6_opts_d1_ipv6_ext3"
widening.test.31:
  %"ctx.118" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6523" = getelementptr i8, ptr %"ctx.118", i64 76
  %".6524" = load i32, ptr %".6523", align 4
  %".6525" = zext i32 %".6524" to i64
  %"data.286" = inttoptr i64 %".6525" to ptr
  %".6526" = getelementptr i8, ptr %"ctx.118", i64 80
  %".6527" = load i32, ptr %".6526", align 4
  %".6528" = zext i32 %".6527" to i64
  %"data_end.286" = inttoptr i64 %".6528" to ptr
  %".6529" = getelementptr i8, ptr %"keys", i64 0
  %".6530" = load volatile i16, ptr %".6529", align 2
  %".6531" = zext i16 %".6530" to i64
  %".6532" = icmp ugt i64 %".6531", 14703
  br i1 %".6532", label %"widening.test.32", label %"icmpv6"
widening.test.32:
  %"ctx.119" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6534" = getelementptr i8, ptr %"ctx.119", i64 76
  %".6535" = load i32, ptr %".6534", align 4
  %".6536" = zext i32 %".6535" to i64
  %"data.287" = inttoptr i64 %".6536" to ptr
  %".6537" = getelementptr i8, ptr %"ctx.119", i64 80
  %".6538" = load i32, ptr %".6537", align 4
  %".6539" = zext i32 %".6538" to i64
  %"data_end.287" = inttoptr i64 %".6539" to ptr
  %".6540" = getelementptr i8, ptr %"keys", i64 0
  %".6541" = load volatile i16, ptr %".6540", align 2
  %".6542" = zext i16 %".6541" to i64
  %".6543" = icmp ugt i64 %".6542", 8519
  br i1 %".6543", label %"widening.test.33", label %"ipv4_d1"
widening.test.33:
  %"ctx.120" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6545" = getelementptr i8, ptr %"ctx.120", i64 76
  %".6546" = load i32, ptr %".6545", align 4
  %".6547" = zext i32 %".6546" to i64
  %"data.288" = inttoptr i64 %".6547" to ptr
  %".6548" = getelementptr i8, ptr %"ctx.120", i64 80
  %".6549" = load i32, ptr %".6548", align 4
  %".6550" = zext i32 %".6549" to i64
  %"data_end.288" = inttoptr i64 %".6550" to ptr
  %".6551" = getelementptr i8, ptr %"keys", i64 0
  %".6552" = load volatile i16, ptr %".6551", align 2
  %".6553" = zext i16 %".6552" to i64
  %".6554" = icmp ugt i64 %".6553", 14703
  br i1 %".6554", label %"widening.test.34", label %"mpls_d1_mpls_labels1"
widening.test.34:
  %"ctx.121" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6556" = getelementptr i8, ptr %"ctx.121", i64 76
  %".6557" = load i32, ptr %".6556", align 4
  %".6558" = zext i32 %".6557" to i64
  %"data.289" = inttoptr i64 %".6558" to ptr
  %".6559" = getelementptr i8, ptr %"ctx.121", i64 80
  %".6560" = load i32, ptr %".6559", align 4
  %".6561" = zext i32 %".6560" to i64
  %"data_end.289" = inttoptr i64 %".6561" to ptr
  %".6562" = getelementptr i8, ptr %"keys", i64 0
  %".6563" = load volatile i16, ptr %".6562", align 2
  %".6564" = zext i16 %".6563" to i64
  %".6565" = icmp ugt i64 %".6564", 14703
  br i1 %".6565", label %"widening.test.35", label %"ah"
widening.test.35:
  %"ctx.122" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6567" = getelementptr i8, ptr %"ctx.122", i64 76
  %".6568" = load i32, ptr %".6567", align 4
  %".6569" = zext i32 %".6568" to i64
  %"data.290" = inttoptr i64 %".6569" to ptr
  %".6570" = getelementptr i8, ptr %"ctx.122", i64 80
  %".6571" = load i32, ptr %".6570", align 4
  %".6572" = zext i32 %".6571" to i64
  %"data_end.290" = inttoptr i64 %".6572" to ptr
  %".6573" = getelementptr i8, ptr %"keys", i64 0
  %".6574" = load volatile i16, ptr %".6573", align 2
  %".6575" = zext i16 %".6574" to i64
  %".6576" = icmp ugt i64 %".6575", 14703
  br i1 %".6576", label %"widening.test.36", label %"esp"
widening.test.36:
  %"ctx.123" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6578" = getelementptr i8, ptr %"ctx.123", i64 76
  %".6579" = load i32, ptr %".6578", align 4
  %".6580" = zext i32 %".6579" to i64
  %"data.291" = inttoptr i64 %".6580" to ptr
  %".6581" = getelementptr i8, ptr %"ctx.123", i64 80
  %".6582" = load i32, ptr %".6581", align 4
  %".6583" = zext i32 %".6582" to i64
  %"data_end.291" = inttoptr i64 %".6583" to ptr
  %".6584" = getelementptr i8, ptr %"keys", i64 0
  %".6585" = load volatile i16, ptr %".6584", align 2
  %".6586" = zext i16 %".6585" to i64
  %".6587" = icmp ugt i64 %".6586", 14703
  br i1 %".6587", label %"widening.test.37", label %"dccp"
widening.test.37:
  %"ctx.124" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6589" = getelementptr i8, ptr %"ctx.124", i64 76
  %".6590" = load i32, ptr %".6589", align 4
  %".6591" = zext i32 %".6590" to i64
  %"data.292" = inttoptr i64 %".6591" to ptr
  %".6592" = getelementptr i8, ptr %"ctx.124", i64 80
  %".6593" = load i32, ptr %".6592", align 4
  %".6594" = zext i32 %".6593" to i64
  %"data_end.292" = inttoptr i64 %".6594" to ptr
  %".6595" = getelementptr i8, ptr %"keys", i64 0
  %".6596" = load volatile i16, ptr %".6595", align 2
  %".6597" = zext i16 %".6596" to i64
  %".6598" = icmp ugt i64 %".6597", 14703
  br i1 %".6598", label %"widening.test.38", label %"sctp"
widening.test.38:
  %"ctx.125" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6600" = getelementptr i8, ptr %"ctx.125", i64 76
  %".6601" = load i32, ptr %".6600", align 4
  %".6602" = zext i32 %".6601" to i64
  %"data.293" = inttoptr i64 %".6602" to ptr
  %".6603" = getelementptr i8, ptr %"ctx.125", i64 80
  %".6604" = load i32, ptr %".6603", align 4
  %".6605" = zext i32 %".6604" to i64
  %"data_end.293" = inttoptr i64 %".6605" to ptr
  %".6606" = getelementptr i8, ptr %"keys", i64 0
  %".6607" = load volatile i16, ptr %".6606", align 2
  %".6608" = zext i16 %".6607" to i64
  %".6609" = icmp ugt i64 %".6608", 14703
  br i1 %".6609", label %"widening.test.39", label %"gre_version_d1"
widening.test.39:
  %"ctx.126" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6611" = getelementptr i8, ptr %"ctx.126", i64 76
  %".6612" = load i32, ptr %".6611", align 4
  %".6613" = zext i32 %".6612" to i64
  %"data.294" = inttoptr i64 %".6613" to ptr
  %".6614" = getelementptr i8, ptr %"ctx.126", i64 80
  %".6615" = load i32, ptr %".6614", align 4
  %".6616" = zext i32 %".6615" to i64
  %"data_end.294" = inttoptr i64 %".6616" to ptr
  %".6617" = getelementptr i8, ptr %"keys", i64 0
  %".6618" = load volatile i16, ptr %".6617", align 2
  %".6619" = zext i16 %".6618" to i64
  %".6620" = icmp ugt i64 %".6619", 14703
  br i1 %".6620", label %"widening.test.40", label %"udplite"
widening.test.40:
  %"ctx.127" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6622" = getelementptr i8, ptr %"ctx.127", i64 76
  %".6623" = load i32, ptr %".6622", align 4
  %".6624" = zext i32 %".6623" to i64
  %"data.295" = inttoptr i64 %".6624" to ptr
  %".6625" = getelementptr i8, ptr %"ctx.127", i64 80
  %".6626" = load i32, ptr %".6625", align 4
  %".6627" = zext i32 %".6626" to i64
  %"data_end.295" = inttoptr i64 %".6627" to ptr
  %".6628" = getelementptr i8, ptr %"keys", i64 0
  %".6629" = load volatile i16, ptr %".6628", align 2
  %".6630" = zext i16 %".6629" to i64
  %".6631" = icmp ugt i64 %".6630", 14703
  br i1 %".6631", label %"widening.test.41", label %"udp_d1"
widening.test.41:
  %"ctx.128" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6633" = getelementptr i8, ptr %"ctx.128", i64 76
  %".6634" = load i32, ptr %".6633", align 4
  %".6635" = zext i32 %".6634" to i64
  %"data.296" = inttoptr i64 %".6635" to ptr
  %".6636" = getelementptr i8, ptr %"ctx.128", i64 80
  %".6637" = load i32, ptr %".6636", align 4
  %".6638" = zext i32 %".6637" to i64
  %"data_end.296" = inttoptr i64 %".6638" to ptr
  %".6639" = getelementptr i8, ptr %"keys", i64 0
  %".6640" = load volatile i16, ptr %".6639", align 2
  %".6641" = zext i16 %".6640" to i64
  %".6642" = icmp ugt i64 %".6641", 14703
  br i1 %".6642", label %"widening.beyond", label %"tcp"
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