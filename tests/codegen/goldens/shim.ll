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
  %".6281" = getelementptr i8, ptr %"keys", i64 2
  %".6282" = load volatile i16, ptr %".6281", align 2
  %".6283" = zext i16 %".6282" to i64
  %".6284" = icmp eq i64 %".6283", 0
  br i1 %".6284", label %"widening.to_hsr_d0_vlan_tags2", label %"widening.test"
program:
  br label %"entry_d0"
return:
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry_d0.unknown"], [2, %"ipv4_d0.copy_failed"], [2, %"ipv4_d0.require"], [0, %"ipv4_d0.no_parse_1st_frag"], [0, %"ipv4_d0.later_fragment"], [0, %"ipv4_d0.unknown"], [0, %"ipv4_d0.stop_at_encap"], [0, %"ipv4_d0.stop_at_encap.1"], [2, %"ipv6_d0.copy_failed"], [0, %"ipv6_d0.stop_if"], [0, %"ipv6_d0.unknown"], [0, %"ipv6_d0.stop_at_encap"], [0, %"ipv6_d0.stop_at_encap.1"], [2, %"vlan_d0_vlan_tags1.copy_failed"], [2, %"vlan_d0_vlan_tags1.unknown"], [0, %"mpls_d0_mpls_labels1.copy_failed"], [0, %"mpls_d0_mpls_labels1.unknown"], [0, %"mpls_d0_mpls_labels1.stop_at_encap"], [2, %"pppoe_d0.copy_failed"], [2, %"pppoe_d0.require"], [2, %"pppoe_d0.select"], [0, %"arp"], [2, %"ptp.copy_failed"], [0, %"ptp.header"], [0, %"cfm"], [2, %"tipc.copy_failed"], [0, %"tipc.header"], [2, %"fcoe.copy_failed"], [0, %"fcoe.header"], [2, %"hsr_d0_vlan_tags1.copy_failed"], [2, %"hsr_d0_vlan_tags1.unknown"], [2, %"batadv_d0.copy_failed"], [2, %"batadv_d0.require"], [2, %"batadv_d0.unknown"], [0, %"batadv_d0.stop_at_encap"], [0, %"batadv_d0.stop_at_encap.1"], [0, %"batadv_d0.stop_at_encap.2"], [0, %"batadv_d0.stop_at_encap.3"], [0, %"batadv_d0.stop_at_encap.4"], [0, %"batadv_d0.stop_at_encap.5"], [0, %"batadv_d0.stop_at_encap.6"], [0, %"batadv_d0.stop_at_encap.7"], [0, %"batadv_d0.stop_at_encap.8"], [0, %"batadv_d0.stop_at_encap.9"], [0, %"batadv_d0.stop_at_encap.10"], [0, %"batadv_d0.stop_at_encap.11"], [0, %"batadv_d0.stop_at_encap.12"], [0, %"batadv_d0.stop_at_encap.13"], [0, %"batadv_d0.stop_at_encap.14"], [0, %"batadv_d0.stop_at_encap.15"], [0, %"tcp.copy_failed"], [0, %"tcp.unknown"], [0, %"udp_d0.copy_failed"], [0, %"udp_d0.copy_last_byte_failed"], [0, %"udp_d0.unknown"], [0, %"udplite.copy_failed"], [0, %"udplite.copy_last_byte_failed"], [0, %"udplite.variable_part"], [2, %"gre_version_d0.copy_failed"], [0, %"gre_version_d0.stop_before"], [0, %"gre_version_d0.unknown"], [0, %"sctp.copy_failed"], [0, %"sctp.header"], [0, %"dccp.copy_failed"], [0, %"dccp.header"], [0, %"esp.copy_failed"], [0, %"esp.header"], [0, %"ah.copy_failed"], [0, %"ah.header"], [0, %"icmp.copy_failed"], [0, %"icmp.header"], [2, %"ipv4_d1.copy_failed"], [2, %"ipv4_d1.require"], [0, %"ipv4_d1.no_parse_1st_frag"], [0, %"ipv4_d1.later_fragment"], [0, %"ipv4_d1.unknown"], [0, %"ipv4_d1.stop_at_encap"], [0, %"ipv4_d1.stop_at_encap.endif"], [0, %"ipv4_d1.stop_at_encap.1"], [0, %"ipv4_d1.stop_at_encap.endif.1"], [2, %"ipv6_d1.copy_failed"], [0, %"ipv6_d1.stop_if"], [0, %"ipv6_d1.unknown"], [0, %"ipv6_d1.stop_at_encap"], [0, %"ipv6_d1.stop_at_encap.endif"], [0, %"ipv6_d1.stop_at_encap.1"], [0, %"ipv6_d1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext1.unknown"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext1.unknown"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.1"], [0, %"icmpv6.copy_failed"], [0, %"icmpv6.header"], [2, %"vlan_d0_vlan_tags2.copy_failed"], [2, %"vlan_d0_vlan_tags2.unknown"], [0, %"vlan_d0_vlan_tags2.to_vlan"], [0, %"vlan_d0_vlan_tags2.to_vlan.1"], [0, %"vlan_d0_vlan_tags2.to_hsr"], [0, %"vlan_d0_vlan_tags2.to_hsr.1"], [2, %"hsr_d0_vlan_tags2.copy_failed"], [2, %"hsr_d0_vlan_tags2.unknown"], [0, %"hsr_d0_vlan_tags2.to_vlan"], [0, %"hsr_d0_vlan_tags2.to_vlan.1"], [0, %"hsr_d0_vlan_tags2.to_hsr"], [0, %"hsr_d0_vlan_tags2.to_hsr.1"], [0, %"mpls_d0_mpls_labels2.copy_failed"], [0, %"mpls_d0_mpls_labels2.unknown"], [0, %"mpls_d0_mpls_labels2.stop_at_encap"], [2, %"ip_version_d1.copy_failed"], [0, %"ip_version_d1.unknown"], [0, %"ppp_other"], [2, %"vlan_d1_vlan_tags1.copy_failed"], [2, %"vlan_d1_vlan_tags1.unknown"], [0, %"mpls_d1_mpls_labels1.copy_failed"], [0, %"mpls_d1_mpls_labels1.unknown"], [0, %"mpls_d1_mpls_labels1.stop_at_encap"], [0, %"mpls_d1_mpls_labels1.stop_at_encap.endif"], [2, %"pppoe_d1.copy_failed"], [2, %"pppoe_d1.require"], [2, %"pppoe_d1.select"], [2, %"hsr_d1_vlan_tags1.copy_failed"], [2, %"hsr_d1_vlan_tags1.unknown"], [2, %"batadv_d1.copy_failed"], [2, %"batadv_d1.require"], [2, %"batadv_d1.unknown"], [0, %"batadv_d1.stop_at_encap"], [0, %"batadv_d1.stop_at_encap.endif"], [0, %"batadv_d1.stop_at_encap.1"], [0, %"batadv_d1.stop_at_encap.endif.1"], [0, %"batadv_d1.stop_at_encap.2"], [0, %"batadv_d1.stop_at_encap.endif.2"], [0, %"batadv_d1.stop_at_encap.3"], [0, %"batadv_d1.stop_at_encap.endif.3"], [0, %"batadv_d1.stop_at_encap.4"], [0, %"batadv_d1.stop_at_encap.endif.4"], [0, %"batadv_d1.stop_at_encap.5"], [0, %"batadv_d1.stop_at_encap.endif.5"], [0, %"batadv_d1.stop_at_encap.6"], [0, %"batadv_d1.stop_at_encap.endif.6"], [0, %"batadv_d1.stop_at_encap.7"], [0, %"batadv_d1.stop_at_encap.endif.7"], [0, %"batadv_d1.stop_at_encap.8"], [0, %"batadv_d1.stop_at_encap.endif.8"], [0, %"batadv_d1.stop_at_encap.9"], [0, %"batadv_d1.stop_at_encap.endif.9"], [0, %"batadv_d1.stop_at_encap.10"], [0, %"batadv_d1.stop_at_encap.endif.10"], [0, %"batadv_d1.stop_at_encap.11"], [0, %"batadv_d1.stop_at_encap.endif.11"], [0, %"batadv_d1.stop_at_encap.12"], [0, %"batadv_d1.stop_at_encap.endif.12"], [0, %"batadv_d1.stop_at_encap.13"], [0, %"batadv_d1.stop_at_encap.endif.13"], [0, %"batadv_d1.stop_at_encap.14"], [0, %"batadv_d1.stop_at_encap.endif.14"], [0, %"batadv_d1.stop_at_encap.15"], [0, %"batadv_d1.stop_at_encap.endif.15"], [2, %"tcp_header.copy_failed"], [2, %"tcp_header.require"], [2, %"tcp_header.copy_last_byte_failed"], [0, %"tcp_header.variable_part"], [2, %"vxlan_d0.copy_failed"], [0, %"vxlan_d0.stop_at_encap"], [0, %"vxlan_d0.unknown"], [2, %"geneve_d0.copy_failed"], [0, %"geneve_d0.stop_before"], [2, %"geneve_d0.copy_last_byte_failed"], [0, %"geneve_d0.stop_at_encap"], [0, %"geneve_d0.unknown"], [2, %"gue_d0.copy_failed"], [0, %"gue_d0.stop_before"], [2, %"gue_d0.copy_last_byte_failed"], [0, %"gue_d0.stop_at_encap"], [0, %"gue_d0.unknown"], [2, %"gtpu_d0.copy_failed"], [0, %"gtpu_d0.stop_before"], [0, %"gtpu_d0.stop_at_encap"], [0, %"gtpu_d0.unknown"], [2, %"shim_d0.copy_failed"], [0, %"shim_d0.stop_at_encap"], [0, %"shim_d0.unknown"], [2, %"gre_d0.copy_failed"], [0, %"gre_d0.stop_before"], [2, %"gre_d0.copy_last_byte_failed"], [0, %"gre_d0.stop_at_encap"], [2, %"gre_d0.unknown"], [2, %"pptp_d0.copy_failed"], [0, %"pptp_d0.stop_before"], [2, %"pptp_d0.copy_last_byte_failed"], [0, %"pptp_d0.unknown"], [0, %"udp_d1.copy_failed"], [0, %"udp_d1.copy_last_byte_failed"], [0, %"udp_d1.unknown"], [2, %"gre_version_d1.copy_failed"], [0, %"gre_version_d1.stop_before"], [0, %"gre_version_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext1.unknown"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext1.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext1.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext1.unknown"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext2.unknown"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext2.unknown"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels3.copy_failed"], [0, %"mpls_d0_mpls_labels3.unknown"], [0, %"mpls_d0_mpls_labels3.stop_at_encap"], [2, %"vlan_d1_vlan_tags2.copy_failed"], [2, %"vlan_d1_vlan_tags2.unknown"], [0, %"vlan_d1_vlan_tags2.to_vlan"], [0, %"vlan_d1_vlan_tags2.to_vlan.1"], [0, %"vlan_d1_vlan_tags2.to_hsr"], [0, %"vlan_d1_vlan_tags2.to_hsr.1"], [2, %"hsr_d1_vlan_tags2.copy_failed"], [2, %"hsr_d1_vlan_tags2.unknown"], [0, %"hsr_d1_vlan_tags2.to_vlan"], [0, %"hsr_d1_vlan_tags2.to_vlan.1"], [0, %"hsr_d1_vlan_tags2.to_hsr"], [0, %"hsr_d1_vlan_tags2.to_hsr.1"], [0, %"mpls_d1_mpls_labels2.copy_failed"], [0, %"mpls_d1_mpls_labels2.unknown"], [0, %"mpls_d1_mpls_labels2.stop_at_encap"], [0, %"mpls_d1_mpls_labels2.stop_at_encap.endif"], [2, %"ethernet_d1.copy_failed"], [2, %"ethernet_d1.unknown"], [2, %"gtpu_opt_d1.copy_failed"], [0, %"gtpu_opt_d1.unknown"], [2, %"gtpu_seq_d1.copy_failed"], [0, %"gtpu_seq_d1.unknown"], [2, %"ppp_d0.copy_failed"], [2, %"ppp_d0.select"], [0, %"ppp_d0.stop_at_encap"], [0, %"ppp_d0.stop_at_encap.1"], [0, %"ppp_d0.stop_at_encap.2"], [2, %"vxlan_d1.copy_failed"], [0, %"vxlan_d1.stop_at_encap"], [0, %"vxlan_d1.unknown"], [0, %"vxlan_d1.to_ethernet"], [2, %"geneve_d1.copy_failed"], [0, %"geneve_d1.stop_before"], [2, %"geneve_d1.copy_last_byte_failed"], [0, %"geneve_d1.stop_at_encap"], [0, %"geneve_d1.unknown"], [0, %"geneve_d1.to_ethernet"], [0, %"geneve_d1.to_ipv4"], [0, %"geneve_d1.to_ipv6"], [2, %"gue_d1.copy_failed"], [0, %"gue_d1.stop_before"], [2, %"gue_d1.copy_last_byte_failed"], [0, %"gue_d1.stop_at_encap"], [0, %"gue_d1.unknown"], [0, %"gue_d1.to_ipv4"], [0, %"gue_d1.to_ipv6"], [2, %"gtpu_d1.copy_failed"], [0, %"gtpu_d1.stop_before"], [0, %"gtpu_d1.stop_at_encap"], [0, %"gtpu_d1.unknown"], [0, %"gtpu_d1.to_ip_version"], [0, %"gtpu_d1.to_gtpu_opt"], [0, %"gtpu_d1.to_gtpu_seq"], [2, %"shim_d1.copy_failed"], [0, %"shim_d1.stop_at_encap"], [0, %"shim_d1.unknown"], [0, %"shim_d1.to_ipv4"], [2, %"gre_d1.copy_failed"], [0, %"gre_d1.stop_before"], [2, %"gre_d1.copy_last_byte_failed"], [0, %"gre_d1.stop_at_encap"], [2, %"gre_d1.unknown"], [0, %"gre_d1.to_ipv4"], [0, %"gre_d1.to_ipv6"], [0, %"gre_d1.to_vlan"], [0, %"gre_d1.to_vlan.1"], [0, %"gre_d1.to_mpls"], [0, %"gre_d1.to_mpls.1"], [0, %"gre_d1.to_pppoe"], [0, %"gre_d1.to_arp"], [0, %"gre_d1.to_arp.1"], [0, %"gre_d1.to_ptp"], [0, %"gre_d1.to_cfm"], [0, %"gre_d1.to_tipc"], [0, %"gre_d1.to_fcoe"], [0, %"gre_d1.to_hsr"], [0, %"gre_d1.to_hsr.1"], [0, %"gre_d1.to_batadv"], [0, %"gre_d1.to_ethernet"], [2, %"pptp_d1.copy_failed"], [0, %"pptp_d1.stop_before"], [2, %"pptp_d1.copy_last_byte_failed"], [0, %"pptp_d1.unknown"], [2, %"ipv6_opts_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext2.unknown"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext2.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext2.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext2.unknown"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"], [2, %"ipv6_opts_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d0_ipv6_ext3.unknown"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1"], [2, %"ipv6_frag_d0_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d0_ipv6_ext3.unknown"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1"], [0, %"mpls_d0_mpls_labels4.copy_failed"], [0, %"mpls_d0_mpls_labels4.unknown"], [0, %"mpls_d0_mpls_labels4.to_mpls"], [0, %"mpls_d0_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.copy_failed"], [0, %"mpls_d1_mpls_labels3.unknown"], [0, %"mpls_d1_mpls_labels3.stop_at_encap"], [0, %"mpls_d1_mpls_labels3.stop_at_encap.endif"], [2, %"gtpu_next_d1.copy_failed"], [0, %"gtpu_next_d1.unknown"], [2, %"ppp_unknown"], [2, %"ppp_d1.copy_failed"], [2, %"ppp_d1.select"], [0, %"ppp_d1.stop_at_encap"], [0, %"ppp_d1.stop_at_encap.endif"], [0, %"ppp_d1.stop_at_encap.1"], [0, %"ppp_d1.stop_at_encap.endif.1"], [0, %"ppp_d1.stop_at_encap.2"], [0, %"ppp_d1.stop_at_encap.endif.2"], [2, %"ipv6_opts_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_opts_d1_ipv6_ext3.unknown"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"], [2, %"ipv6_frag_d1_ipv6_ext3.copy_failed"], [0, %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.later_fragment"], [0, %"ipv6_frag_d1_ipv6_ext3.unknown"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2"], [0, %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1"], [0, %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"], [0, %"mpls_d1_mpls_labels4.copy_failed"], [0, %"mpls_d1_mpls_labels4.unknown"], [0, %"mpls_d1_mpls_labels4.to_mpls"], [0, %"mpls_d1_mpls_labels4.stop_at_encap"], [0, %"mpls_d1_mpls_labels4.stop_at_encap.endif"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext1.require"], [2, %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext1.unknown"], [2, %"gtpu_next_d1_gtpu_ext1.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext1.unknown"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_failed"], [2, %"gtpu_ext_d1_gtpu_ext2.require"], [2, %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed"], [0, %"gtpu_ext_d1_gtpu_ext2.unknown"], [2, %"gtpu_next_d1_gtpu_ext2.copy_failed"], [0, %"gtpu_next_d1_gtpu_ext2.unknown"], [0, %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext"], [129, %"widening.beyond"]
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
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_ipv4"], [%".376", %"vlan_d0_vlan_tags1.to_ipv4"], [%".501", %"pppoe_d0.to_ipv4"], [%".654", %"hsr_d0_vlan_tags1.to_ipv4"], [%".1989", %"vlan_d0_vlan_tags2.to_ipv4"], [%".2059", %"hsr_d0_vlan_tags2.to_ipv4"], [%".6438", %"widening.to_ipv4_d0"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_ipv4"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data.41", %"pppoe_d0.to_ipv4"], [%"data.50", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data.105", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data.107", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data.274", %"widening.to_ipv4_d0"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv4"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"data_end.41", %"pppoe_d0.to_ipv4"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ipv4"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_ipv4"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_ipv4"], [%"data_end.274", %"widening.to_ipv4_d0"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_ipv4"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv4"], [%"keys.41", %"pppoe_d0.to_ipv4"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ipv4"], [%"keys.105", %"vlan_d0_vlan_tags2.to_ipv4"], [%"keys.107", %"hsr_d0_vlan_tags2.to_ipv4"], [%"keys", %"widening.to_ipv4_d0"]
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
  %"cursor.2" = phi  i64 [%".26", %"entry_d0.to_ipv6"], [%".376", %"vlan_d0_vlan_tags1.to_ipv6"], [%".501", %"pppoe_d0.to_ipv6"], [%".654", %"hsr_d0_vlan_tags1.to_ipv6"], [%".1989", %"vlan_d0_vlan_tags2.to_ipv6"], [%".2059", %"hsr_d0_vlan_tags2.to_ipv6"], [%".6358", %"widening.to_ipv6_d0"]
  %"data.3" = phi  ptr [%"data.1", %"entry_d0.to_ipv6"], [%"data.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data.41", %"pppoe_d0.to_ipv6"], [%"data.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data.105", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data.107", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data.269", %"widening.to_ipv6_d0"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"entry_d0.to_ipv6"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"data_end.41", %"pppoe_d0.to_ipv6"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_ipv6"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_ipv6"], [%"data_end.269", %"widening.to_ipv6_d0"]
  %"keys.3" = phi  ptr [%"keys.1", %"entry_d0.to_ipv6"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ipv6"], [%"keys.41", %"pppoe_d0.to_ipv6"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ipv6"], [%"keys.105", %"vlan_d0_vlan_tags2.to_ipv6"], [%"keys.107", %"hsr_d0_vlan_tags2.to_ipv6"], [%"keys", %"widening.to_ipv6_d0"]
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
  %"cursor.4" = phi  i64 [%".26", %"entry_d0.to_mpls"], [%".26", %"entry_d0.to_mpls.1"], [%"end", %"ipv4_d0.to_mpls"], [%".273", %"ipv6_d0.to_mpls"], [%".376", %"vlan_d0_vlan_tags1.to_mpls"], [%".376", %"vlan_d0_vlan_tags1.to_mpls.1"], [%".501", %"pppoe_d0.to_mpls"], [%".501", %"pppoe_d0.to_mpls.1"], [%".654", %"hsr_d0_vlan_tags1.to_mpls"], [%".654", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%".1989", %"vlan_d0_vlan_tags2.to_mpls"], [%".1989", %"vlan_d0_vlan_tags2.to_mpls.1"], [%".2059", %"hsr_d0_vlan_tags2.to_mpls"], [%".2059", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%".5425", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%".6454", %"widening.to_mpls_d0_mpls_labels1"]
  %"data.5" = phi  ptr [%"data.1", %"entry_d0.to_mpls"], [%"data.1", %"entry_d0.to_mpls.1"], [%"data.15", %"ipv4_d0.to_mpls"], [%"data.28", %"ipv6_d0.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data.41", %"pppoe_d0.to_mpls"], [%"data.41", %"pppoe_d0.to_mpls.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"data.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data.105", %"vlan_d0_vlan_tags2.to_mpls"], [%"data.105", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data.107", %"hsr_d0_vlan_tags2.to_mpls"], [%"data.107", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data.275", %"widening.to_mpls_d0_mpls_labels1"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"entry_d0.to_mpls"], [%"data_end.1", %"entry_d0.to_mpls.1"], [%"data_end.15", %"ipv4_d0.to_mpls"], [%"data_end.28", %"ipv6_d0.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"data_end.41", %"pppoe_d0.to_mpls"], [%"data_end.41", %"pppoe_d0.to_mpls.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_mpls"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_mpls"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"data_end.275", %"widening.to_mpls_d0_mpls_labels1"]
  %"keys.5" = phi  ptr [%"keys.1", %"entry_d0.to_mpls"], [%"keys.1", %"entry_d0.to_mpls.1"], [%"keys.15", %"ipv4_d0.to_mpls"], [%"keys.28", %"ipv6_d0.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls"], [%"keys.33", %"vlan_d0_vlan_tags1.to_mpls.1"], [%"keys.41", %"pppoe_d0.to_mpls"], [%"keys.41", %"pppoe_d0.to_mpls.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_mpls"], [%"keys.50", %"hsr_d0_vlan_tags1.to_mpls.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_mpls"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_mpls"], [%"keys.105", %"vlan_d0_vlan_tags2.to_mpls"], [%"keys.105", %"vlan_d0_vlan_tags2.to_mpls.1"], [%"keys.107", %"hsr_d0_vlan_tags2.to_mpls"], [%"keys.107", %"hsr_d0_vlan_tags2.to_mpls.1"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_mpls"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_mpls"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_mpls"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_mpls"], [%"keys", %"widening.to_mpls_d0_mpls_labels1"]
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
  %"cursor.5" = phi  i64 [%".26", %"entry_d0.to_pppoe"], [%".376", %"vlan_d0_vlan_tags1.to_pppoe"], [%".654", %"hsr_d0_vlan_tags1.to_pppoe"], [%".1989", %"vlan_d0_vlan_tags2.to_pppoe"], [%".2059", %"hsr_d0_vlan_tags2.to_pppoe"], [%".6342", %"widening.to_pppoe_d0"]
  %"data.6" = phi  ptr [%"data.1", %"entry_d0.to_pppoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data.105", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data.107", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data.268", %"widening.to_pppoe_d0"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"entry_d0.to_pppoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_pppoe"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_pppoe"], [%"data_end.268", %"widening.to_pppoe_d0"]
  %"keys.6" = phi  ptr [%"keys.1", %"entry_d0.to_pppoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_pppoe"], [%"keys.50", %"hsr_d0_vlan_tags1.to_pppoe"], [%"keys.105", %"vlan_d0_vlan_tags2.to_pppoe"], [%"keys.107", %"hsr_d0_vlan_tags2.to_pppoe"], [%"keys", %"widening.to_pppoe_d0"]
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
  %"cursor.6" = phi  i64 [%".26", %"entry_d0.to_arp"], [%".26", %"entry_d0.to_arp.1"], [%".376", %"vlan_d0_vlan_tags1.to_arp"], [%".376", %"vlan_d0_vlan_tags1.to_arp.1"], [%".654", %"hsr_d0_vlan_tags1.to_arp"], [%".654", %"hsr_d0_vlan_tags1.to_arp.1"], [%".731", %"batadv_d0.stop_at_encap.endif.7"], [%".731", %"batadv_d0.stop_at_encap.endif.8"], [%".1989", %"vlan_d0_vlan_tags2.to_arp"], [%".1989", %"vlan_d0_vlan_tags2.to_arp.1"], [%".2059", %"hsr_d0_vlan_tags2.to_arp"], [%".2059", %"hsr_d0_vlan_tags2.to_arp.1"], [%".2217", %"vlan_d1_vlan_tags1.to_arp"], [%".2217", %"vlan_d1_vlan_tags1.to_arp.1"], [%".2411", %"hsr_d1_vlan_tags1.to_arp"], [%".2411", %"hsr_d1_vlan_tags1.to_arp.1"], [%"end.8", %"gre_d0.to_arp"], [%"end.8", %"gre_d0.to_arp.1"], [%".4049", %"vlan_d1_vlan_tags2.to_arp"], [%".4049", %"vlan_d1_vlan_tags2.to_arp.1"], [%".4119", %"hsr_d1_vlan_tags2.to_arp"], [%".4119", %"hsr_d1_vlan_tags2.to_arp.1"], [%".4240", %"ethernet_d1.to_arp"], [%".4240", %"ethernet_d1.to_arp.1"], [%".6678", %"widening.to_arp"]
  %"data.7" = phi  ptr [%"data.1", %"entry_d0.to_arp"], [%"data.1", %"entry_d0.to_arp.1"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_arp"], [%"data.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data.52", %"batadv_d0.stop_at_encap.endif.7"], [%"data.52", %"batadv_d0.stop_at_encap.endif.8"], [%"data.105", %"vlan_d0_vlan_tags2.to_arp"], [%"data.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data.107", %"hsr_d0_vlan_tags2.to_arp"], [%"data.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data.114", %"vlan_d1_vlan_tags1.to_arp"], [%"data.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_arp"], [%"data.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data.150", %"gre_d0.to_arp"], [%"data.150", %"gre_d0.to_arp.1"], [%"data.185", %"vlan_d1_vlan_tags2.to_arp"], [%"data.185", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data.187", %"hsr_d1_vlan_tags2.to_arp"], [%"data.187", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data.192", %"ethernet_d1.to_arp"], [%"data.192", %"ethernet_d1.to_arp.1"], [%"data.289", %"widening.to_arp"]
  %"data_end.7" = phi  ptr [%"data_end.1", %"entry_d0.to_arp"], [%"data_end.1", %"entry_d0.to_arp.1"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_arp"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.7"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.8"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_arp"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_arp"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_arp"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_arp"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"data_end.150", %"gre_d0.to_arp"], [%"data_end.150", %"gre_d0.to_arp.1"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_arp"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_arp.1"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_arp"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_arp.1"], [%"data_end.192", %"ethernet_d1.to_arp"], [%"data_end.192", %"ethernet_d1.to_arp.1"], [%"data_end.289", %"widening.to_arp"]
  %"keys.7" = phi  ptr [%"keys.1", %"entry_d0.to_arp"], [%"keys.1", %"entry_d0.to_arp.1"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_arp.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_arp"], [%"keys.50", %"hsr_d0_vlan_tags1.to_arp.1"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.7"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.8"], [%"keys.105", %"vlan_d0_vlan_tags2.to_arp"], [%"keys.105", %"vlan_d0_vlan_tags2.to_arp.1"], [%"keys.107", %"hsr_d0_vlan_tags2.to_arp"], [%"keys.107", %"hsr_d0_vlan_tags2.to_arp.1"], [%"keys.114", %"vlan_d1_vlan_tags1.to_arp"], [%"keys.114", %"vlan_d1_vlan_tags1.to_arp.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_arp"], [%"keys.123", %"hsr_d1_vlan_tags1.to_arp.1"], [%"keys.150", %"gre_d0.to_arp"], [%"keys.150", %"gre_d0.to_arp.1"], [%"keys.185", %"vlan_d1_vlan_tags2.to_arp"], [%"keys.185", %"vlan_d1_vlan_tags2.to_arp.1"], [%"keys.187", %"hsr_d1_vlan_tags2.to_arp"], [%"keys.187", %"hsr_d1_vlan_tags2.to_arp.1"], [%"keys.192", %"ethernet_d1.to_arp"], [%"keys.192", %"ethernet_d1.to_arp.1"], [%"keys", %"widening.to_arp"]
  %".536" = add i64 %"cursor.6", 0
  %".537" = trunc i64 %".536" to i16
  %".538" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".537", ptr %".538", align 2
  br label %"return"
ptp:
  %"cursor.7" = phi  i64 [%".26", %"entry_d0.to_ptp"], [%".376", %"vlan_d0_vlan_tags1.to_ptp"], [%".654", %"hsr_d0_vlan_tags1.to_ptp"], [%".731", %"batadv_d0.stop_at_encap.endif.9"], [%".1989", %"vlan_d0_vlan_tags2.to_ptp"], [%".2059", %"hsr_d0_vlan_tags2.to_ptp"], [%".2217", %"vlan_d1_vlan_tags1.to_ptp"], [%".2411", %"hsr_d1_vlan_tags1.to_ptp"], [%"end.8", %"gre_d0.to_ptp"], [%".4049", %"vlan_d1_vlan_tags2.to_ptp"], [%".4119", %"hsr_d1_vlan_tags2.to_ptp"], [%".4240", %"ethernet_d1.to_ptp"], [%".6662", %"widening.to_ptp"]
  %"data.8" = phi  ptr [%"data.1", %"entry_d0.to_ptp"], [%"data.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"data.52", %"batadv_d0.stop_at_encap.endif.9"], [%"data.105", %"vlan_d0_vlan_tags2.to_ptp"], [%"data.107", %"hsr_d0_vlan_tags2.to_ptp"], [%"data.114", %"vlan_d1_vlan_tags1.to_ptp"], [%"data.123", %"hsr_d1_vlan_tags1.to_ptp"], [%"data.150", %"gre_d0.to_ptp"], [%"data.185", %"vlan_d1_vlan_tags2.to_ptp"], [%"data.187", %"hsr_d1_vlan_tags2.to_ptp"], [%"data.192", %"ethernet_d1.to_ptp"], [%"data.288", %"widening.to_ptp"]
  %"data_end.8" = phi  ptr [%"data_end.1", %"entry_d0.to_ptp"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.9"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_ptp"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_ptp"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_ptp"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_ptp"], [%"data_end.150", %"gre_d0.to_ptp"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_ptp"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_ptp"], [%"data_end.192", %"ethernet_d1.to_ptp"], [%"data_end.288", %"widening.to_ptp"]
  %"keys.8" = phi  ptr [%"keys.1", %"entry_d0.to_ptp"], [%"keys.33", %"vlan_d0_vlan_tags1.to_ptp"], [%"keys.50", %"hsr_d0_vlan_tags1.to_ptp"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.9"], [%"keys.105", %"vlan_d0_vlan_tags2.to_ptp"], [%"keys.107", %"hsr_d0_vlan_tags2.to_ptp"], [%"keys.114", %"vlan_d1_vlan_tags1.to_ptp"], [%"keys.123", %"hsr_d1_vlan_tags1.to_ptp"], [%"keys.150", %"gre_d0.to_ptp"], [%"keys.185", %"vlan_d1_vlan_tags2.to_ptp"], [%"keys.187", %"hsr_d1_vlan_tags2.to_ptp"], [%"keys.192", %"ethernet_d1.to_ptp"], [%"keys", %"widening.to_ptp"]
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
  %"cursor.8" = phi  i64 [%".26", %"entry_d0.to_cfm"], [%".376", %"vlan_d0_vlan_tags1.to_cfm"], [%".654", %"hsr_d0_vlan_tags1.to_cfm"], [%".731", %"batadv_d0.stop_at_encap.endif.10"], [%".1989", %"vlan_d0_vlan_tags2.to_cfm"], [%".2059", %"hsr_d0_vlan_tags2.to_cfm"], [%".2217", %"vlan_d1_vlan_tags1.to_cfm"], [%".2411", %"hsr_d1_vlan_tags1.to_cfm"], [%"end.8", %"gre_d0.to_cfm"], [%".4049", %"vlan_d1_vlan_tags2.to_cfm"], [%".4119", %"hsr_d1_vlan_tags2.to_cfm"], [%".4240", %"ethernet_d1.to_cfm"], [%".6646", %"widening.to_cfm"]
  %"data.9" = phi  ptr [%"data.1", %"entry_d0.to_cfm"], [%"data.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"data.52", %"batadv_d0.stop_at_encap.endif.10"], [%"data.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"data.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"data.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"data.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"data.150", %"gre_d0.to_cfm"], [%"data.185", %"vlan_d1_vlan_tags2.to_cfm"], [%"data.187", %"hsr_d1_vlan_tags2.to_cfm"], [%"data.192", %"ethernet_d1.to_cfm"], [%"data.287", %"widening.to_cfm"]
  %"data_end.9" = phi  ptr [%"data_end.1", %"entry_d0.to_cfm"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.10"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"data_end.150", %"gre_d0.to_cfm"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_cfm"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_cfm"], [%"data_end.192", %"ethernet_d1.to_cfm"], [%"data_end.287", %"widening.to_cfm"]
  %"keys.9" = phi  ptr [%"keys.1", %"entry_d0.to_cfm"], [%"keys.33", %"vlan_d0_vlan_tags1.to_cfm"], [%"keys.50", %"hsr_d0_vlan_tags1.to_cfm"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.10"], [%"keys.105", %"vlan_d0_vlan_tags2.to_cfm"], [%"keys.107", %"hsr_d0_vlan_tags2.to_cfm"], [%"keys.114", %"vlan_d1_vlan_tags1.to_cfm"], [%"keys.123", %"hsr_d1_vlan_tags1.to_cfm"], [%"keys.150", %"gre_d0.to_cfm"], [%"keys.185", %"vlan_d1_vlan_tags2.to_cfm"], [%"keys.187", %"hsr_d1_vlan_tags2.to_cfm"], [%"keys.192", %"ethernet_d1.to_cfm"], [%"keys", %"widening.to_cfm"]
  %".567" = add i64 %"cursor.8", 0
  %".568" = trunc i64 %".567" to i16
  %".569" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".568", ptr %".569", align 2
  br label %"return"
tipc:
  %"cursor.9" = phi  i64 [%".26", %"entry_d0.to_tipc"], [%".376", %"vlan_d0_vlan_tags1.to_tipc"], [%".654", %"hsr_d0_vlan_tags1.to_tipc"], [%".731", %"batadv_d0.stop_at_encap.endif.11"], [%".1989", %"vlan_d0_vlan_tags2.to_tipc"], [%".2059", %"hsr_d0_vlan_tags2.to_tipc"], [%".2217", %"vlan_d1_vlan_tags1.to_tipc"], [%".2411", %"hsr_d1_vlan_tags1.to_tipc"], [%"end.8", %"gre_d0.to_tipc"], [%".4049", %"vlan_d1_vlan_tags2.to_tipc"], [%".4119", %"hsr_d1_vlan_tags2.to_tipc"], [%".4240", %"ethernet_d1.to_tipc"], [%".6630", %"widening.to_tipc"]
  %"data.10" = phi  ptr [%"data.1", %"entry_d0.to_tipc"], [%"data.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"data.52", %"batadv_d0.stop_at_encap.endif.11"], [%"data.105", %"vlan_d0_vlan_tags2.to_tipc"], [%"data.107", %"hsr_d0_vlan_tags2.to_tipc"], [%"data.114", %"vlan_d1_vlan_tags1.to_tipc"], [%"data.123", %"hsr_d1_vlan_tags1.to_tipc"], [%"data.150", %"gre_d0.to_tipc"], [%"data.185", %"vlan_d1_vlan_tags2.to_tipc"], [%"data.187", %"hsr_d1_vlan_tags2.to_tipc"], [%"data.192", %"ethernet_d1.to_tipc"], [%"data.286", %"widening.to_tipc"]
  %"data_end.10" = phi  ptr [%"data_end.1", %"entry_d0.to_tipc"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.11"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_tipc"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_tipc"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_tipc"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_tipc"], [%"data_end.150", %"gre_d0.to_tipc"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_tipc"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_tipc"], [%"data_end.192", %"ethernet_d1.to_tipc"], [%"data_end.286", %"widening.to_tipc"]
  %"keys.10" = phi  ptr [%"keys.1", %"entry_d0.to_tipc"], [%"keys.33", %"vlan_d0_vlan_tags1.to_tipc"], [%"keys.50", %"hsr_d0_vlan_tags1.to_tipc"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.11"], [%"keys.105", %"vlan_d0_vlan_tags2.to_tipc"], [%"keys.107", %"hsr_d0_vlan_tags2.to_tipc"], [%"keys.114", %"vlan_d1_vlan_tags1.to_tipc"], [%"keys.123", %"hsr_d1_vlan_tags1.to_tipc"], [%"keys.150", %"gre_d0.to_tipc"], [%"keys.185", %"vlan_d1_vlan_tags2.to_tipc"], [%"keys.187", %"hsr_d1_vlan_tags2.to_tipc"], [%"keys.192", %"ethernet_d1.to_tipc"], [%"keys", %"widening.to_tipc"]
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
  %"cursor.10" = phi  i64 [%".26", %"entry_d0.to_fcoe"], [%".376", %"vlan_d0_vlan_tags1.to_fcoe"], [%".654", %"hsr_d0_vlan_tags1.to_fcoe"], [%".731", %"batadv_d0.stop_at_encap.endif.12"], [%".1989", %"vlan_d0_vlan_tags2.to_fcoe"], [%".2059", %"hsr_d0_vlan_tags2.to_fcoe"], [%".2217", %"vlan_d1_vlan_tags1.to_fcoe"], [%".2411", %"hsr_d1_vlan_tags1.to_fcoe"], [%"end.8", %"gre_d0.to_fcoe"], [%".4049", %"vlan_d1_vlan_tags2.to_fcoe"], [%".4119", %"hsr_d1_vlan_tags2.to_fcoe"], [%".4240", %"ethernet_d1.to_fcoe"], [%".6614", %"widening.to_fcoe"]
  %"data.11" = phi  ptr [%"data.1", %"entry_d0.to_fcoe"], [%"data.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data.52", %"batadv_d0.stop_at_encap.endif.12"], [%"data.105", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data.107", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data.114", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data.123", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data.150", %"gre_d0.to_fcoe"], [%"data.185", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data.187", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data.192", %"ethernet_d1.to_fcoe"], [%"data.285", %"widening.to_fcoe"]
  %"data_end.11" = phi  ptr [%"data_end.1", %"entry_d0.to_fcoe"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.12"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_fcoe"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_fcoe"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_fcoe"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_fcoe"], [%"data_end.150", %"gre_d0.to_fcoe"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_fcoe"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_fcoe"], [%"data_end.192", %"ethernet_d1.to_fcoe"], [%"data_end.285", %"widening.to_fcoe"]
  %"keys.11" = phi  ptr [%"keys.1", %"entry_d0.to_fcoe"], [%"keys.33", %"vlan_d0_vlan_tags1.to_fcoe"], [%"keys.50", %"hsr_d0_vlan_tags1.to_fcoe"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.12"], [%"keys.105", %"vlan_d0_vlan_tags2.to_fcoe"], [%"keys.107", %"hsr_d0_vlan_tags2.to_fcoe"], [%"keys.114", %"vlan_d1_vlan_tags1.to_fcoe"], [%"keys.123", %"hsr_d1_vlan_tags1.to_fcoe"], [%"keys.150", %"gre_d0.to_fcoe"], [%"keys.185", %"vlan_d1_vlan_tags2.to_fcoe"], [%"keys.187", %"hsr_d1_vlan_tags2.to_fcoe"], [%"keys.192", %"ethernet_d1.to_fcoe"], [%"keys", %"widening.to_fcoe"]
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
  %"cursor.12" = phi  i64 [%".26", %"entry_d0.to_batadv"], [%".376", %"vlan_d0_vlan_tags1.to_batadv"], [%".654", %"hsr_d0_vlan_tags1.to_batadv"], [%".1989", %"vlan_d0_vlan_tags2.to_batadv"], [%".2059", %"hsr_d0_vlan_tags2.to_batadv"], [%".6326", %"widening.to_batadv_d0"]
  %"data.13" = phi  ptr [%"data.1", %"entry_d0.to_batadv"], [%"data.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"data.105", %"vlan_d0_vlan_tags2.to_batadv"], [%"data.107", %"hsr_d0_vlan_tags2.to_batadv"], [%"data.267", %"widening.to_batadv_d0"]
  %"data_end.13" = phi  ptr [%"data_end.1", %"entry_d0.to_batadv"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"data_end.105", %"vlan_d0_vlan_tags2.to_batadv"], [%"data_end.107", %"hsr_d0_vlan_tags2.to_batadv"], [%"data_end.267", %"widening.to_batadv_d0"]
  %"keys.13" = phi  ptr [%"keys.1", %"entry_d0.to_batadv"], [%"keys.33", %"vlan_d0_vlan_tags1.to_batadv"], [%"keys.50", %"hsr_d0_vlan_tags1.to_batadv"], [%"keys.105", %"vlan_d0_vlan_tags2.to_batadv"], [%"keys.107", %"hsr_d0_vlan_tags2.to_batadv"], [%"keys", %"widening.to_batadv_d0"]
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
  %"cursor.13" = phi  i64 [%"end", %"ipv4_d0.to_tcp"], [%".273", %"ipv6_d0.to_tcp"], [%"end.3", %"ipv4_d1.to_tcp"], [%".1640", %"ipv6_d1.to_tcp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%".5425", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%".5910", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%".6945", %"widening.test.40"]
  %"data.16" = phi  ptr [%"data.15", %"ipv4_d0.to_tcp"], [%"data.28", %"ipv6_d0.to_tcp"], [%"data.89", %"ipv4_d1.to_tcp"], [%"data.93", %"ipv6_d1.to_tcp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data.306", %"widening.test.40"]
  %"data_end.16" = phi  ptr [%"data_end.15", %"ipv4_d0.to_tcp"], [%"data_end.28", %"ipv6_d0.to_tcp"], [%"data_end.89", %"ipv4_d1.to_tcp"], [%"data_end.93", %"ipv6_d1.to_tcp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"data_end.306", %"widening.test.40"]
  %"keys.16" = phi  ptr [%"keys.15", %"ipv4_d0.to_tcp"], [%"keys.28", %"ipv6_d0.to_tcp"], [%"keys.89", %"ipv4_d1.to_tcp"], [%"keys.93", %"ipv6_d1.to_tcp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_tcp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_tcp"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_tcp"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_tcp"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_tcp"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_tcp"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_tcp"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_tcp"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_tcp"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_tcp"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_tcp"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_tcp"], [%"keys", %"widening.test.40"]
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
  %"cursor.14" = phi  i64 [%"end", %"ipv4_d0.to_udp"], [%".273", %"ipv6_d0.to_udp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%".5425", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%".6486", %"widening.to_udp_d0"]
  %"data.17" = phi  ptr [%"data.15", %"ipv4_d0.to_udp"], [%"data.28", %"ipv6_d0.to_udp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data.277", %"widening.to_udp_d0"]
  %"data_end.17" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udp"], [%"data_end.28", %"ipv6_d0.to_udp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"data_end.277", %"widening.to_udp_d0"]
  %"keys.17" = phi  ptr [%"keys.15", %"ipv4_d0.to_udp"], [%"keys.28", %"ipv6_d0.to_udp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_udp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_udp"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_udp"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_udp"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_udp"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_udp"], [%"keys", %"widening.to_udp_d0"]
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
  %"cursor.15" = phi  i64 [%"end", %"ipv4_d0.to_udplite"], [%".273", %"ipv6_d0.to_udplite"], [%"end.3", %"ipv4_d1.to_udplite"], [%".1640", %"ipv6_d1.to_udplite"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%".5425", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%".5910", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%".6918", %"widening.to_udplite"]
  %"data.18" = phi  ptr [%"data.15", %"ipv4_d0.to_udplite"], [%"data.28", %"ipv6_d0.to_udplite"], [%"data.89", %"ipv4_d1.to_udplite"], [%"data.93", %"ipv6_d1.to_udplite"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data.304", %"widening.to_udplite"]
  %"data_end.18" = phi  ptr [%"data_end.15", %"ipv4_d0.to_udplite"], [%"data_end.28", %"ipv6_d0.to_udplite"], [%"data_end.89", %"ipv4_d1.to_udplite"], [%"data_end.93", %"ipv6_d1.to_udplite"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"data_end.304", %"widening.to_udplite"]
  %"keys.18" = phi  ptr [%"keys.15", %"ipv4_d0.to_udplite"], [%"keys.28", %"ipv6_d0.to_udplite"], [%"keys.89", %"ipv4_d1.to_udplite"], [%"keys.93", %"ipv6_d1.to_udplite"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_udplite"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_udplite"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_udplite"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_udplite"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_udplite"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_udplite"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_udplite"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_udplite"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_udplite"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_udplite"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_udplite"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_udplite"], [%"keys", %"widening.to_udplite"]
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
  %"cursor.16" = phi  i64 [%"end", %"ipv4_d0.to_gre_version"], [%".273", %"ipv6_d0.to_gre_version"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%".5425", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%".6470", %"widening.to_gre_version_d0"]
  %"data.19" = phi  ptr [%"data.15", %"ipv4_d0.to_gre_version"], [%"data.28", %"ipv6_d0.to_gre_version"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data.276", %"widening.to_gre_version_d0"]
  %"data_end.19" = phi  ptr [%"data_end.15", %"ipv4_d0.to_gre_version"], [%"data_end.28", %"ipv6_d0.to_gre_version"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"data_end.276", %"widening.to_gre_version_d0"]
  %"keys.19" = phi  ptr [%"keys.15", %"ipv4_d0.to_gre_version"], [%"keys.28", %"ipv6_d0.to_gre_version"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_gre_version"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_gre_version"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_gre_version"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_gre_version"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_gre_version"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_gre_version"], [%"keys", %"widening.to_gre_version_d0"]
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
  %"cursor.17" = phi  i64 [%"end", %"ipv4_d0.to_sctp"], [%".273", %"ipv6_d0.to_sctp"], [%"end.3", %"ipv4_d1.to_sctp"], [%".1640", %"ipv6_d1.to_sctp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%".5425", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%".5910", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%".6886", %"widening.to_sctp"]
  %"data.20" = phi  ptr [%"data.15", %"ipv4_d0.to_sctp"], [%"data.28", %"ipv6_d0.to_sctp"], [%"data.89", %"ipv4_d1.to_sctp"], [%"data.93", %"ipv6_d1.to_sctp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data.302", %"widening.to_sctp"]
  %"data_end.20" = phi  ptr [%"data_end.15", %"ipv4_d0.to_sctp"], [%"data_end.28", %"ipv6_d0.to_sctp"], [%"data_end.89", %"ipv4_d1.to_sctp"], [%"data_end.93", %"ipv6_d1.to_sctp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"data_end.302", %"widening.to_sctp"]
  %"keys.20" = phi  ptr [%"keys.15", %"ipv4_d0.to_sctp"], [%"keys.28", %"ipv6_d0.to_sctp"], [%"keys.89", %"ipv4_d1.to_sctp"], [%"keys.93", %"ipv6_d1.to_sctp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_sctp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_sctp"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_sctp"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_sctp"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_sctp"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_sctp"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_sctp"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_sctp"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_sctp"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_sctp"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_sctp"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_sctp"], [%"keys", %"widening.to_sctp"]
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
  %"cursor.18" = phi  i64 [%"end", %"ipv4_d0.to_dccp"], [%".273", %"ipv6_d0.to_dccp"], [%"end.3", %"ipv4_d1.to_dccp"], [%".1640", %"ipv6_d1.to_dccp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%".5425", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%".5910", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%".6870", %"widening.to_dccp"]
  %"data.21" = phi  ptr [%"data.15", %"ipv4_d0.to_dccp"], [%"data.28", %"ipv6_d0.to_dccp"], [%"data.89", %"ipv4_d1.to_dccp"], [%"data.93", %"ipv6_d1.to_dccp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data.301", %"widening.to_dccp"]
  %"data_end.21" = phi  ptr [%"data_end.15", %"ipv4_d0.to_dccp"], [%"data_end.28", %"ipv6_d0.to_dccp"], [%"data_end.89", %"ipv4_d1.to_dccp"], [%"data_end.93", %"ipv6_d1.to_dccp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"data_end.301", %"widening.to_dccp"]
  %"keys.21" = phi  ptr [%"keys.15", %"ipv4_d0.to_dccp"], [%"keys.28", %"ipv6_d0.to_dccp"], [%"keys.89", %"ipv4_d1.to_dccp"], [%"keys.93", %"ipv6_d1.to_dccp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_dccp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_dccp"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_dccp"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_dccp"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_dccp"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_dccp"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_dccp"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_dccp"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_dccp"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_dccp"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_dccp"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_dccp"], [%"keys", %"widening.to_dccp"]
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
  %"cursor.19" = phi  i64 [%"end", %"ipv4_d0.to_esp"], [%".273", %"ipv6_d0.to_esp"], [%"end.3", %"ipv4_d1.to_esp"], [%".1640", %"ipv6_d1.to_esp"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%".5425", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%".5910", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%".6854", %"widening.to_esp"]
  %"data.22" = phi  ptr [%"data.15", %"ipv4_d0.to_esp"], [%"data.28", %"ipv6_d0.to_esp"], [%"data.89", %"ipv4_d1.to_esp"], [%"data.93", %"ipv6_d1.to_esp"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data.300", %"widening.to_esp"]
  %"data_end.22" = phi  ptr [%"data_end.15", %"ipv4_d0.to_esp"], [%"data_end.28", %"ipv6_d0.to_esp"], [%"data_end.89", %"ipv4_d1.to_esp"], [%"data_end.93", %"ipv6_d1.to_esp"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"data_end.300", %"widening.to_esp"]
  %"keys.22" = phi  ptr [%"keys.15", %"ipv4_d0.to_esp"], [%"keys.28", %"ipv6_d0.to_esp"], [%"keys.89", %"ipv4_d1.to_esp"], [%"keys.93", %"ipv6_d1.to_esp"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_esp"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_esp"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_esp"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_esp"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_esp"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_esp"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_esp"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_esp"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_esp"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_esp"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_esp"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_esp"], [%"keys", %"widening.to_esp"]
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
  %"cursor.20" = phi  i64 [%"end", %"ipv4_d0.to_ah"], [%".273", %"ipv6_d0.to_ah"], [%"end.3", %"ipv4_d1.to_ah"], [%".1640", %"ipv6_d1.to_ah"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%".5425", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%".5910", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%".6838", %"widening.to_ah"]
  %"data.23" = phi  ptr [%"data.15", %"ipv4_d0.to_ah"], [%"data.28", %"ipv6_d0.to_ah"], [%"data.89", %"ipv4_d1.to_ah"], [%"data.93", %"ipv6_d1.to_ah"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data.299", %"widening.to_ah"]
  %"data_end.23" = phi  ptr [%"data_end.15", %"ipv4_d0.to_ah"], [%"data_end.28", %"ipv6_d0.to_ah"], [%"data_end.89", %"ipv4_d1.to_ah"], [%"data_end.93", %"ipv6_d1.to_ah"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"data_end.299", %"widening.to_ah"]
  %"keys.23" = phi  ptr [%"keys.15", %"ipv4_d0.to_ah"], [%"keys.28", %"ipv6_d0.to_ah"], [%"keys.89", %"ipv4_d1.to_ah"], [%"keys.93", %"ipv6_d1.to_ah"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ah"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ah"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_ah"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_ah"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_ah"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_ah"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_ah"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_ah"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_ah"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_ah"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_ah"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_ah"], [%"keys", %"widening.to_ah"]
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
  %"cursor.22" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif"], [%".273", %"ipv6_d0.stop_at_encap.endif"], [%".731", %"batadv_d0.stop_at_encap.endif"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"cursor.30", %"ip_version_d1.to_ipv4"], [%".2217", %"vlan_d1_vlan_tags1.to_ipv4"], [%".2345", %"pppoe_d1.to_ipv4"], [%".2411", %"hsr_d1_vlan_tags1.to_ipv4"], [%"end.6", %"geneve_d0.to_ipv4"], [%"end.7", %"gue_d0.to_ipv4"], [%".3152", %"shim_d0.to_ipv4"], [%"end.8", %"gre_d0.to_ipv4"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%".4049", %"vlan_d1_vlan_tags2.to_ipv4"], [%".4119", %"hsr_d1_vlan_tags2.to_ipv4"], [%".4240", %"ethernet_d1.to_ipv4"], [%".4345", %"ppp_d0.stop_at_encap.endif"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%".5425", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%".6806", %"widening.to_ipv4_d1"]
  %"data.25" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif"], [%"data.28", %"ipv6_d0.stop_at_encap.endif"], [%"data.52", %"batadv_d0.stop_at_encap.endif"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data.112", %"ip_version_d1.to_ipv4"], [%"data.114", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data.121", %"pppoe_d1.to_ipv4"], [%"data.123", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data.136", %"geneve_d0.to_ipv4"], [%"data.140", %"gue_d0.to_ipv4"], [%"data.146", %"shim_d0.to_ipv4"], [%"data.150", %"gre_d0.to_ipv4"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data.185", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data.187", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data.192", %"ethernet_d1.to_ipv4"], [%"data.199", %"ppp_d0.stop_at_encap.endif"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data.297", %"widening.to_ipv4_d1"]
  %"data_end.25" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"data_end.112", %"ip_version_d1.to_ipv4"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_ipv4"], [%"data_end.121", %"pppoe_d1.to_ipv4"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_ipv4"], [%"data_end.136", %"geneve_d0.to_ipv4"], [%"data_end.140", %"gue_d0.to_ipv4"], [%"data_end.146", %"shim_d0.to_ipv4"], [%"data_end.150", %"gre_d0.to_ipv4"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_ipv4"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_ipv4"], [%"data_end.192", %"ethernet_d1.to_ipv4"], [%"data_end.199", %"ppp_d0.stop_at_encap.endif"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"data_end.297", %"widening.to_ipv4_d1"]
  %"keys.25" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif"], [%"keys.52", %"batadv_d0.stop_at_encap.endif"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif"], [%"keys.112", %"ip_version_d1.to_ipv4"], [%"keys.114", %"vlan_d1_vlan_tags1.to_ipv4"], [%"keys.121", %"pppoe_d1.to_ipv4"], [%"keys.123", %"hsr_d1_vlan_tags1.to_ipv4"], [%"keys.136", %"geneve_d0.to_ipv4"], [%"keys.140", %"gue_d0.to_ipv4"], [%"keys.146", %"shim_d0.to_ipv4"], [%"keys.150", %"gre_d0.to_ipv4"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"], [%"keys.185", %"vlan_d1_vlan_tags2.to_ipv4"], [%"keys.187", %"hsr_d1_vlan_tags2.to_ipv4"], [%"keys.192", %"ethernet_d1.to_ipv4"], [%"keys.199", %"ppp_d0.stop_at_encap.endif"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"], [%"keys", %"widening.to_ipv4_d1"]
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
  %"cursor.23" = phi  i64 [%"end", %"ipv4_d0.stop_at_encap.endif.1"], [%".273", %"ipv6_d0.stop_at_encap.endif.1"], [%".731", %"batadv_d0.stop_at_encap.endif.1"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"cursor.30", %"ip_version_d1.to_ipv6"], [%".2217", %"vlan_d1_vlan_tags1.to_ipv6"], [%".2345", %"pppoe_d1.to_ipv6"], [%".2411", %"hsr_d1_vlan_tags1.to_ipv6"], [%"end.6", %"geneve_d0.to_ipv6"], [%"end.7", %"gue_d0.to_ipv6"], [%"end.8", %"gre_d0.to_ipv6"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%".4049", %"vlan_d1_vlan_tags2.to_ipv6"], [%".4119", %"hsr_d1_vlan_tags2.to_ipv6"], [%".4240", %"ethernet_d1.to_ipv6"], [%".4345", %"ppp_d0.stop_at_encap.endif.1"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".5425", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%".6710", %"widening.to_ipv6_d1"]
  %"data.26" = phi  ptr [%"data.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data.52", %"batadv_d0.stop_at_encap.endif.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data.112", %"ip_version_d1.to_ipv6"], [%"data.114", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data.121", %"pppoe_d1.to_ipv6"], [%"data.123", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data.136", %"geneve_d0.to_ipv6"], [%"data.140", %"gue_d0.to_ipv6"], [%"data.150", %"gre_d0.to_ipv6"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data.185", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data.187", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data.192", %"ethernet_d1.to_ipv6"], [%"data.199", %"ppp_d0.stop_at_encap.endif.1"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data.291", %"widening.to_ipv6_d1"]
  %"data_end.26" = phi  ptr [%"data_end.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"data_end.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"data_end.112", %"ip_version_d1.to_ipv6"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_ipv6"], [%"data_end.121", %"pppoe_d1.to_ipv6"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_ipv6"], [%"data_end.136", %"geneve_d0.to_ipv6"], [%"data_end.140", %"gue_d0.to_ipv6"], [%"data_end.150", %"gre_d0.to_ipv6"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_ipv6"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_ipv6"], [%"data_end.192", %"ethernet_d1.to_ipv6"], [%"data_end.199", %"ppp_d0.stop_at_encap.endif.1"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"data_end.291", %"widening.to_ipv6_d1"]
  %"keys.26" = phi  ptr [%"keys.15", %"ipv4_d0.stop_at_encap.endif.1"], [%"keys.28", %"ipv6_d0.stop_at_encap.endif.1"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.stop_at_encap.endif.1"], [%"keys.112", %"ip_version_d1.to_ipv6"], [%"keys.114", %"vlan_d1_vlan_tags1.to_ipv6"], [%"keys.121", %"pppoe_d1.to_ipv6"], [%"keys.123", %"hsr_d1_vlan_tags1.to_ipv6"], [%"keys.136", %"geneve_d0.to_ipv6"], [%"keys.140", %"gue_d0.to_ipv6"], [%"keys.150", %"gre_d0.to_ipv6"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"], [%"keys.185", %"vlan_d1_vlan_tags2.to_ipv6"], [%"keys.187", %"hsr_d1_vlan_tags2.to_ipv6"], [%"keys.192", %"ethernet_d1.to_ipv6"], [%"keys.199", %"ppp_d0.stop_at_encap.endif.1"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"], [%"keys", %"widening.to_ipv6_d1"]
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
  %"cursor.26" = phi  i64 [%".273", %"ipv6_d0.to_icmpv6"], [%".1640", %"ipv6_d1.to_icmpv6"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"end.18", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%".5425", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%".5910", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%".6790", %"widening.to_icmpv6"]
  %"data.31" = phi  ptr [%"data.28", %"ipv6_d0.to_icmpv6"], [%"data.93", %"ipv6_d1.to_icmpv6"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data.231", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data.233", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data.296", %"widening.to_icmpv6"]
  %"data_end.31" = phi  ptr [%"data_end.28", %"ipv6_d0.to_icmpv6"], [%"data_end.93", %"ipv6_d1.to_icmpv6"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"data_end.231", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"data_end.233", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"data_end.296", %"widening.to_icmpv6"]
  %"keys.31" = phi  ptr [%"keys.28", %"ipv6_d0.to_icmpv6"], [%"keys.93", %"ipv6_d1.to_icmpv6"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_icmpv6"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_icmpv6"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_icmpv6"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_icmpv6"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_icmpv6"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_icmpv6"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_icmpv6"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_icmpv6"], [%"keys.231", %"ipv6_opts_d0_ipv6_ext3.to_icmpv6"], [%"keys.233", %"ipv6_frag_d0_ipv6_ext3.to_icmpv6"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_icmpv6"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_icmpv6"], [%"keys", %"widening.to_icmpv6"]
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
  %"cursor.27" = phi  i64 [%".376", %"vlan_d0_vlan_tags1.to_vlan"], [%".376", %"vlan_d0_vlan_tags1.to_vlan.1"], [%".654", %"hsr_d0_vlan_tags1.to_vlan"], [%".654", %"hsr_d0_vlan_tags1.to_vlan.1"], [%".6310", %"widening.to_vlan_d0_vlan_tags2"]
  %"data.34" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"data.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data.266", %"widening.to_vlan_d0_vlan_tags2"]
  %"data_end.34" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"data_end.266", %"widening.to_vlan_d0_vlan_tags2"]
  %"keys.34" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan"], [%"keys.33", %"vlan_d0_vlan_tags1.to_vlan.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_vlan"], [%"keys.50", %"hsr_d0_vlan_tags1.to_vlan.1"], [%"keys", %"widening.to_vlan_d0_vlan_tags2"]
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
  %"cursor.28" = phi  i64 [%".376", %"vlan_d0_vlan_tags1.to_hsr"], [%".376", %"vlan_d0_vlan_tags1.to_hsr.1"], [%".654", %"hsr_d0_vlan_tags1.to_hsr"], [%".654", %"hsr_d0_vlan_tags1.to_hsr.1"], [%".6294", %"widening.to_hsr_d0_vlan_tags2"]
  %"data.35" = phi  ptr [%"data.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"data.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data.265", %"widening.to_hsr_d0_vlan_tags2"]
  %"data_end.35" = phi  ptr [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"data_end.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"data_end.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"data_end.265", %"widening.to_hsr_d0_vlan_tags2"]
  %"keys.35" = phi  ptr [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr"], [%"keys.33", %"vlan_d0_vlan_tags1.to_hsr.1"], [%"keys.50", %"hsr_d0_vlan_tags1.to_hsr"], [%"keys.50", %"hsr_d0_vlan_tags1.to_hsr.1"], [%"keys", %"widening.to_hsr_d0_vlan_tags2"]
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
  %"cursor.30" = phi  i64 [%".429", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%".2124", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%".3086", %"gtpu_d0.to_ip_version"], [%".3996", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%".4285", %"gtpu_opt_d1.to_ip_version"], [%".5548", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%".5649", %"gtpu_next_d1.to_ip_version"], [%".6159", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%".6264", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%".6502", %"widening.to_ip_version_d1"]
  %"data.39" = phi  ptr [%"data.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data.142", %"gtpu_d0.to_ip_version"], [%"data.182", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data.194", %"gtpu_opt_d1.to_ip_version"], [%"data.235", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data.240", %"gtpu_next_d1.to_ip_version"], [%"data.256", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data.264", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data.278", %"widening.to_ip_version_d1"]
  %"data_end.39" = phi  ptr [%"data_end.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"data_end.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"data_end.142", %"gtpu_d0.to_ip_version"], [%"data_end.182", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"data_end.194", %"gtpu_opt_d1.to_ip_version"], [%"data_end.235", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"data_end.240", %"gtpu_next_d1.to_ip_version"], [%"data_end.256", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"data_end.264", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"data_end.278", %"widening.to_ip_version_d1"]
  %"keys.39" = phi  ptr [%"keys.37", %"mpls_d0_mpls_labels1.stop_at_encap.endif"], [%"keys.109", %"mpls_d0_mpls_labels2.stop_at_encap.endif"], [%"keys.142", %"gtpu_d0.to_ip_version"], [%"keys.182", %"mpls_d0_mpls_labels3.stop_at_encap.endif"], [%"keys.194", %"gtpu_opt_d1.to_ip_version"], [%"keys.235", %"mpls_d0_mpls_labels4.stop_at_encap.endif"], [%"keys.240", %"gtpu_next_d1.to_ip_version"], [%"keys.256", %"gtpu_next_d1_gtpu_ext1.to_ip_version"], [%"keys.264", %"gtpu_next_d1_gtpu_ext2.to_ip_version"], [%"keys", %"widening.to_ip_version_d1"]
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
  %"cursor.32" = phi  i64 [%".731", %"batadv_d0.stop_at_encap.endif.2"], [%".731", %"batadv_d0.stop_at_encap.endif.3"], [%"end.8", %"gre_d0.to_vlan"], [%"end.8", %"gre_d0.to_vlan.1"], [%".4240", %"ethernet_d1.to_vlan"], [%".4240", %"ethernet_d1.to_vlan.1"], [%".6550", %"widening.to_vlan_d1_vlan_tags1"]
  %"data.53" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.2"], [%"data.52", %"batadv_d0.stop_at_encap.endif.3"], [%"data.150", %"gre_d0.to_vlan"], [%"data.150", %"gre_d0.to_vlan.1"], [%"data.192", %"ethernet_d1.to_vlan"], [%"data.192", %"ethernet_d1.to_vlan.1"], [%"data.281", %"widening.to_vlan_d1_vlan_tags1"]
  %"data_end.53" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.2"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.3"], [%"data_end.150", %"gre_d0.to_vlan"], [%"data_end.150", %"gre_d0.to_vlan.1"], [%"data_end.192", %"ethernet_d1.to_vlan"], [%"data_end.192", %"ethernet_d1.to_vlan.1"], [%"data_end.281", %"widening.to_vlan_d1_vlan_tags1"]
  %"keys.53" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.2"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.3"], [%"keys.150", %"gre_d0.to_vlan"], [%"keys.150", %"gre_d0.to_vlan.1"], [%"keys.192", %"ethernet_d1.to_vlan"], [%"keys.192", %"ethernet_d1.to_vlan.1"], [%"keys", %"widening.to_vlan_d1_vlan_tags1"]
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
  %"cursor.33" = phi  i64 [%".731", %"batadv_d0.stop_at_encap.endif.4"], [%".731", %"batadv_d0.stop_at_encap.endif.5"], [%"end.3", %"ipv4_d1.to_mpls"], [%".1640", %"ipv6_d1.to_mpls"], [%".2217", %"vlan_d1_vlan_tags1.to_mpls"], [%".2217", %"vlan_d1_vlan_tags1.to_mpls.1"], [%".2345", %"pppoe_d1.to_mpls"], [%".2345", %"pppoe_d1.to_mpls.1"], [%".2411", %"hsr_d1_vlan_tags1.to_mpls"], [%".2411", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"end.8", %"gre_d0.to_mpls"], [%"end.8", %"gre_d0.to_mpls.1"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%".4049", %"vlan_d1_vlan_tags2.to_mpls"], [%".4049", %"vlan_d1_vlan_tags2.to_mpls.1"], [%".4119", %"hsr_d1_vlan_tags2.to_mpls"], [%".4119", %"hsr_d1_vlan_tags2.to_mpls.1"], [%".4240", %"ethernet_d1.to_mpls"], [%".4240", %"ethernet_d1.to_mpls.1"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%".5910", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%".6822", %"widening.to_mpls_d1_mpls_labels1"]
  %"data.54" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.4"], [%"data.52", %"batadv_d0.stop_at_encap.endif.5"], [%"data.89", %"ipv4_d1.to_mpls"], [%"data.93", %"ipv6_d1.to_mpls"], [%"data.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"data.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data.121", %"pppoe_d1.to_mpls"], [%"data.121", %"pppoe_d1.to_mpls.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"data.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data.150", %"gre_d0.to_mpls"], [%"data.150", %"gre_d0.to_mpls.1"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data.185", %"vlan_d1_vlan_tags2.to_mpls"], [%"data.185", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data.187", %"hsr_d1_vlan_tags2.to_mpls"], [%"data.187", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data.192", %"ethernet_d1.to_mpls"], [%"data.192", %"ethernet_d1.to_mpls.1"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data.298", %"widening.to_mpls_d1_mpls_labels1"]
  %"data_end.54" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.4"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.5"], [%"data_end.89", %"ipv4_d1.to_mpls"], [%"data_end.93", %"ipv6_d1.to_mpls"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"data_end.121", %"pppoe_d1.to_mpls"], [%"data_end.121", %"pppoe_d1.to_mpls.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"data_end.150", %"gre_d0.to_mpls"], [%"data_end.150", %"gre_d0.to_mpls.1"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_mpls"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_mpls"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"data_end.192", %"ethernet_d1.to_mpls"], [%"data_end.192", %"ethernet_d1.to_mpls.1"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"data_end.298", %"widening.to_mpls_d1_mpls_labels1"]
  %"keys.54" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.4"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.5"], [%"keys.89", %"ipv4_d1.to_mpls"], [%"keys.93", %"ipv6_d1.to_mpls"], [%"keys.114", %"vlan_d1_vlan_tags1.to_mpls"], [%"keys.114", %"vlan_d1_vlan_tags1.to_mpls.1"], [%"keys.121", %"pppoe_d1.to_mpls"], [%"keys.121", %"pppoe_d1.to_mpls.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_mpls"], [%"keys.123", %"hsr_d1_vlan_tags1.to_mpls.1"], [%"keys.150", %"gre_d0.to_mpls"], [%"keys.150", %"gre_d0.to_mpls.1"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_mpls"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_mpls"], [%"keys.185", %"vlan_d1_vlan_tags2.to_mpls"], [%"keys.185", %"vlan_d1_vlan_tags2.to_mpls.1"], [%"keys.187", %"hsr_d1_vlan_tags2.to_mpls"], [%"keys.187", %"hsr_d1_vlan_tags2.to_mpls.1"], [%"keys.192", %"ethernet_d1.to_mpls"], [%"keys.192", %"ethernet_d1.to_mpls.1"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_mpls"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_mpls"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_mpls"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_mpls"], [%"keys", %"widening.to_mpls_d1_mpls_labels1"]
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
  %"cursor.34" = phi  i64 [%".731", %"batadv_d0.stop_at_encap.endif.6"], [%".2217", %"vlan_d1_vlan_tags1.to_pppoe"], [%".2411", %"hsr_d1_vlan_tags1.to_pppoe"], [%"end.8", %"gre_d0.to_pppoe"], [%".4049", %"vlan_d1_vlan_tags2.to_pppoe"], [%".4119", %"hsr_d1_vlan_tags2.to_pppoe"], [%".4240", %"ethernet_d1.to_pppoe"], [%".6694", %"widening.to_pppoe_d1"]
  %"data.55" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.6"], [%"data.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data.150", %"gre_d0.to_pppoe"], [%"data.185", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data.187", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data.192", %"ethernet_d1.to_pppoe"], [%"data.290", %"widening.to_pppoe_d1"]
  %"data_end.55" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.6"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"data_end.150", %"gre_d0.to_pppoe"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_pppoe"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_pppoe"], [%"data_end.192", %"ethernet_d1.to_pppoe"], [%"data_end.290", %"widening.to_pppoe_d1"]
  %"keys.55" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.6"], [%"keys.114", %"vlan_d1_vlan_tags1.to_pppoe"], [%"keys.123", %"hsr_d1_vlan_tags1.to_pppoe"], [%"keys.150", %"gre_d0.to_pppoe"], [%"keys.185", %"vlan_d1_vlan_tags2.to_pppoe"], [%"keys.187", %"hsr_d1_vlan_tags2.to_pppoe"], [%"keys.192", %"ethernet_d1.to_pppoe"], [%"keys", %"widening.to_pppoe_d1"]
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
  %"cursor.35" = phi  i64 [%".731", %"batadv_d0.stop_at_encap.endif.13"], [%".731", %"batadv_d0.stop_at_encap.endif.14"], [%"end.8", %"gre_d0.to_hsr"], [%"end.8", %"gre_d0.to_hsr.1"], [%".4240", %"ethernet_d1.to_hsr"], [%".4240", %"ethernet_d1.to_hsr.1"], [%".6534", %"widening.to_hsr_d1_vlan_tags1"]
  %"data.56" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.13"], [%"data.52", %"batadv_d0.stop_at_encap.endif.14"], [%"data.150", %"gre_d0.to_hsr"], [%"data.150", %"gre_d0.to_hsr.1"], [%"data.192", %"ethernet_d1.to_hsr"], [%"data.192", %"ethernet_d1.to_hsr.1"], [%"data.280", %"widening.to_hsr_d1_vlan_tags1"]
  %"data_end.56" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.13"], [%"data_end.52", %"batadv_d0.stop_at_encap.endif.14"], [%"data_end.150", %"gre_d0.to_hsr"], [%"data_end.150", %"gre_d0.to_hsr.1"], [%"data_end.192", %"ethernet_d1.to_hsr"], [%"data_end.192", %"ethernet_d1.to_hsr.1"], [%"data_end.280", %"widening.to_hsr_d1_vlan_tags1"]
  %"keys.56" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.13"], [%"keys.52", %"batadv_d0.stop_at_encap.endif.14"], [%"keys.150", %"gre_d0.to_hsr"], [%"keys.150", %"gre_d0.to_hsr.1"], [%"keys.192", %"ethernet_d1.to_hsr"], [%"keys.192", %"ethernet_d1.to_hsr.1"], [%"keys", %"widening.to_hsr_d1_vlan_tags1"]
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
  %"cursor.36" = phi  i64 [%".731", %"batadv_d0.stop_at_encap.endif.15"], [%".2217", %"vlan_d1_vlan_tags1.to_batadv"], [%".2411", %"hsr_d1_vlan_tags1.to_batadv"], [%"end.8", %"gre_d0.to_batadv"], [%".4049", %"vlan_d1_vlan_tags2.to_batadv"], [%".4119", %"hsr_d1_vlan_tags2.to_batadv"], [%".4240", %"ethernet_d1.to_batadv"], [%".6598", %"widening.to_batadv_d1"]
  %"data.57" = phi  ptr [%"data.52", %"batadv_d0.stop_at_encap.endif.15"], [%"data.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"data.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"data.150", %"gre_d0.to_batadv"], [%"data.185", %"vlan_d1_vlan_tags2.to_batadv"], [%"data.187", %"hsr_d1_vlan_tags2.to_batadv"], [%"data.192", %"ethernet_d1.to_batadv"], [%"data.284", %"widening.to_batadv_d1"]
  %"data_end.57" = phi  ptr [%"data_end.52", %"batadv_d0.stop_at_encap.endif.15"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"data_end.150", %"gre_d0.to_batadv"], [%"data_end.185", %"vlan_d1_vlan_tags2.to_batadv"], [%"data_end.187", %"hsr_d1_vlan_tags2.to_batadv"], [%"data_end.192", %"ethernet_d1.to_batadv"], [%"data_end.284", %"widening.to_batadv_d1"]
  %"keys.57" = phi  ptr [%"keys.52", %"batadv_d0.stop_at_encap.endif.15"], [%"keys.114", %"vlan_d1_vlan_tags1.to_batadv"], [%"keys.123", %"hsr_d1_vlan_tags1.to_batadv"], [%"keys.150", %"gre_d0.to_batadv"], [%"keys.185", %"vlan_d1_vlan_tags2.to_batadv"], [%"keys.187", %"hsr_d1_vlan_tags2.to_batadv"], [%"keys.192", %"ethernet_d1.to_batadv"], [%"keys", %"widening.to_batadv_d1"]
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
  %"hdr.39" = getelementptr i8, ptr %"data.76", i64 %"cursor.43"
  %".3173" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3174" = icmp ugt ptr %".3173", %"data_end.76"
  br i1 %".3174", label %"gre_d0.copy", label %"gre_d0.linear", !prof !0
gre_d0.linear:
  %".3176" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3177" = load i8, ptr %".3176", align 1
  %".3178" = getelementptr i8, ptr %"hdr.39", i64 1
  %".3179" = load i8, ptr %".3178", align 1
  %".3180" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3181" = load i16, ptr %".3180", align 2
  br label %"gre_d0.header"
gre_d0.header:
  %"w0_1.13" = phi  i8 [%".3177", %"gre_d0.linear"], [%".3200", %"gre_d0.copy_failed.endif"]
  %"w1_1.8" = phi  i8 [%".3179", %"gre_d0.linear"], [%".3202", %"gre_d0.copy_failed.endif"]
  %"w2_2.12" = phi  i16 [%".3181", %"gre_d0.linear"], [%".3204", %"gre_d0.copy_failed.endif"]
  %"data.148" = phi  ptr [%"data.76", %"gre_d0.linear"], [%"data.147", %"gre_d0.copy_failed.endif"]
  %"data_end.148" = phi  ptr [%"data_end.76", %"gre_d0.linear"], [%"data_end.147", %"gre_d0.copy_failed.endif"]
  %"keys.148" = phi  ptr [%"keys.76", %"gre_d0.linear"], [%"keys.147", %"gre_d0.copy_failed.endif"]
  %".3206" = zext i8 %"w1_1.8" to i64
  %".3207" = and i64 %".3206", 7
  %".3208" = icmp ne i64 %".3207", 0
  %".3209" = zext i8 %"w0_1.13" to i64
  %".3210" = lshr i64 %".3209", 6
  %".3211" = and i64 %".3210", 1
  %".3212" = icmp ne i64 %".3211", 0
  %".3213" = or i1 %".3208", %".3212"
  br i1 %".3213", label %"gre_d0.stop_before", label %"gre_d0.stop_before.endif"
pptp_d0:
  %"cursor.44" = phi  i64 [%"cursor.16", %"gre_version_d0.to_pptp"]
  %"data.77" = phi  ptr [%"data.75", %"gre_version_d0.to_pptp"]
  %"data_end.77" = phi  ptr [%"data_end.75", %"gre_version_d0.to_pptp"]
  %"keys.77" = phi  ptr [%"keys.75", %"gre_version_d0.to_pptp"]
  %"hdr.40" = getelementptr i8, ptr %"data.77", i64 %"cursor.44"
  %".3298" = getelementptr i8, ptr %"hdr.40", i64 4
  %".3299" = icmp ugt ptr %".3298", %"data_end.77"
  br i1 %".3299", label %"pptp_d0.copy", label %"pptp_d0.linear", !prof !0
pptp_d0.linear:
  %".3301" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3302" = load i8, ptr %".3301", align 1
  %".3303" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3304" = load i8, ptr %".3303", align 1
  %".3305" = getelementptr i8, ptr %"hdr.40", i64 2
  %".3306" = load i16, ptr %".3305", align 2
  br label %"pptp_d0.header"
pptp_d0.header:
  %"w0_1.14" = phi  i8 [%".3302", %"pptp_d0.linear"], [%".3325", %"pptp_d0.copy_failed.endif"]
  %"w1_1.9" = phi  i8 [%".3304", %"pptp_d0.linear"], [%".3327", %"pptp_d0.copy_failed.endif"]
  %"w2_2.13" = phi  i16 [%".3306", %"pptp_d0.linear"], [%".3329", %"pptp_d0.copy_failed.endif"]
  %"data.152" = phi  ptr [%"data.77", %"pptp_d0.linear"], [%"data.151", %"pptp_d0.copy_failed.endif"]
  %"data_end.152" = phi  ptr [%"data_end.77", %"pptp_d0.linear"], [%"data_end.151", %"pptp_d0.copy_failed.endif"]
  %"keys.152" = phi  ptr [%"keys.77", %"pptp_d0.linear"], [%"keys.151", %"pptp_d0.copy_failed.endif"]
  %".3331" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3332" = zext i16 %".3331" to i64
  %".3333" = icmp ne i64 %".3332", 34827
  %".3334" = zext i8 %"w0_1.14" to i64
  %".3335" = lshr i64 %".3334", 5
  %".3336" = and i64 %".3335", 1
  %".3337" = icmp eq i64 %".3336", 0
  %".3338" = or i1 %".3333", %".3337"
  br i1 %".3338", label %"pptp_d0.stop_before", label %"pptp_d0.stop_before.endif"
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
  %"cursor.45" = phi  i64 [%"end.3", %"ipv4_d1.to_udp"], [%".1640", %"ipv6_d1.to_udp"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%".5910", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%".6934", %"widening.to_udp_d1"]
  %"data.90" = phi  ptr [%"data.89", %"ipv4_d1.to_udp"], [%"data.93", %"ipv6_d1.to_udp"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data.305", %"widening.to_udp_d1"]
  %"data_end.90" = phi  ptr [%"data_end.89", %"ipv4_d1.to_udp"], [%"data_end.93", %"ipv6_d1.to_udp"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"data_end.305", %"widening.to_udp_d1"]
  %"keys.90" = phi  ptr [%"keys.89", %"ipv4_d1.to_udp"], [%"keys.93", %"ipv6_d1.to_udp"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_udp"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_udp"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_udp"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_udp"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_udp"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_udp"], [%"keys", %"widening.to_udp_d1"]
  %"hdr.41" = getelementptr i8, ptr %"data.90", i64 %"cursor.45"
  %".3391" = getelementptr i8, ptr %"hdr.41", i64 4
  %".3392" = icmp ugt ptr %".3391", %"data_end.90"
  br i1 %".3392", label %"udp_d1.copy", label %"udp_d1.linear", !prof !0
udp_d1.linear:
  %".3394" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3395" = load i16, ptr %".3394", align 2
  %".3396" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3397" = load i16, ptr %".3396", align 2
  br label %"udp_d1.header"
udp_d1.header:
  %"w0_2.5" = phi  i16 [%".3395", %"udp_d1.linear"], [%".3416", %"udp_d1.copy_failed.endif"]
  %"w2_2.14" = phi  i16 [%".3397", %"udp_d1.linear"], [%".3418", %"udp_d1.copy_failed.endif"]
  %"data.157" = phi  ptr [%"data.90", %"udp_d1.linear"], [%"data.156", %"udp_d1.copy_failed.endif"]
  %"data_end.157" = phi  ptr [%"data_end.90", %"udp_d1.linear"], [%"data_end.156", %"udp_d1.copy_failed.endif"]
  %"keys.157" = phi  ptr [%"keys.90", %"udp_d1.linear"], [%"keys.156", %"udp_d1.copy_failed.endif"]
  %".3420" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.5")
  %".3421" = zext i16 %".3420" to i64
  %".3422" = trunc i64 %".3421" to i16
  %".3423" = call i16 @"llvm.bswap.i16"(i16 %".3422")
  %".3424" = getelementptr i8, ptr %"keys.157", i64 12
  store i16 %".3423", ptr %".3424", align 2
  %".3426" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3427" = zext i16 %".3426" to i64
  %".3428" = trunc i64 %".3427" to i16
  %".3429" = call i16 @"llvm.bswap.i16"(i16 %".3428")
  %".3430" = getelementptr i8, ptr %"keys.157", i64 14
  store i16 %".3429", ptr %".3430", align 2
  %".3432" = add i64 %"cursor.45", 4
  %".3433" = add i64 4, 4
  %".3434" = getelementptr i8, ptr %"data.157", i64 %"cursor.45"
  %".3435" = getelementptr i8, ptr %".3434", i64 %".3433"
  %".3436" = icmp ugt ptr %".3435", %"data_end.157"
  br i1 %".3436", label %"udp_d1.copy_last_byte", label %"udp_d1.variable_part", !prof !0
udp_d1.variable_part:
  %"data.159" = phi  ptr [%"data.157", %"udp_d1.header"], [%"data.158", %"udp_d1.copy_last_byte_failed.endif"]
  %"data_end.159" = phi  ptr [%"data_end.157", %"udp_d1.header"], [%"data_end.158", %"udp_d1.copy_last_byte_failed.endif"]
  %"keys.159" = phi  ptr [%"keys.157", %"udp_d1.header"], [%"keys.158", %"udp_d1.copy_last_byte_failed.endif"]
  %"end.10" = add i64 %"cursor.45", %".3433"
  %".3457" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3458" = zext i16 %".3457" to i64
  switch i64 %".3458", label %"udp_d1.unknown" [i64 4789, label %"udp_d1.to_vxlan" i64 6081, label %"udp_d1.to_geneve" i64 6080, label %"udp_d1.to_gue" i64 2152, label %"udp_d1.to_gtpu" i64 7777, label %"udp_d1.to_shim"]  , !prof !4
gre_version_d1:
  %"cursor.46" = phi  i64 [%"end.3", %"ipv4_d1.to_gre_version"], [%".1640", %"ipv6_d1.to_gre_version"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"end.19", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%".5910", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%".6902", %"widening.to_gre_version_d1"]
  %"data.91" = phi  ptr [%"data.89", %"ipv4_d1.to_gre_version"], [%"data.93", %"ipv6_d1.to_gre_version"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data.245", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data.247", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data.303", %"widening.to_gre_version_d1"]
  %"data_end.91" = phi  ptr [%"data_end.89", %"ipv4_d1.to_gre_version"], [%"data_end.93", %"ipv6_d1.to_gre_version"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"data_end.245", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"data_end.247", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"data_end.303", %"widening.to_gre_version_d1"]
  %"keys.91" = phi  ptr [%"keys.89", %"ipv4_d1.to_gre_version"], [%"keys.93", %"ipv6_d1.to_gre_version"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_gre_version"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_gre_version"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_gre_version"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_gre_version"], [%"keys.245", %"ipv6_opts_d1_ipv6_ext3.to_gre_version"], [%"keys.247", %"ipv6_frag_d1_ipv6_ext3.to_gre_version"], [%"keys", %"widening.to_gre_version_d1"]
  %"hdr.42" = getelementptr i8, ptr %"data.91", i64 %"cursor.46"
  %".3469" = getelementptr i8, ptr %"hdr.42", i64 4
  %".3470" = icmp ugt ptr %".3469", %"data_end.91"
  br i1 %".3470", label %"gre_version_d1.copy", label %"gre_version_d1.linear", !prof !0
gre_version_d1.linear:
  %".3472" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3473" = load i8, ptr %".3472", align 1
  %".3474" = getelementptr i8, ptr %"hdr.42", i64 1
  %".3475" = load i8, ptr %".3474", align 1
  %".3476" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3477" = load i16, ptr %".3476", align 2
  br label %"gre_version_d1.header"
gre_version_d1.header:
  %"w0_1.15" = phi  i8 [%".3473", %"gre_version_d1.linear"], [%".3496", %"gre_version_d1.copy_failed.endif"]
  %"w1_1.10" = phi  i8 [%".3475", %"gre_version_d1.linear"], [%".3498", %"gre_version_d1.copy_failed.endif"]
  %"w2_2.15" = phi  i16 [%".3477", %"gre_version_d1.linear"], [%".3500", %"gre_version_d1.copy_failed.endif"]
  %"data.166" = phi  ptr [%"data.91", %"gre_version_d1.linear"], [%"data.165", %"gre_version_d1.copy_failed.endif"]
  %"data_end.166" = phi  ptr [%"data_end.91", %"gre_version_d1.linear"], [%"data_end.165", %"gre_version_d1.copy_failed.endif"]
  %"keys.166" = phi  ptr [%"keys.91", %"gre_version_d1.linear"], [%"keys.165", %"gre_version_d1.copy_failed.endif"]
  %".3502" = zext i8 %"w0_1.15" to i64
  %".3503" = lshr i64 %".3502", 6
  %".3504" = and i64 %".3503", 1
  %".3505" = icmp ne i64 %".3504", 0
  %".3506" = zext i8 %"w1_1.10" to i64
  %".3507" = and i64 %".3506", 7
  %".3508" = icmp ugt i64 %".3507", 1
  %".3509" = or i1 %".3505", %".3508"
  br i1 %".3509", label %"gre_version_d1.stop_before", label %"gre_version_d1.stop_before.endif"
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
  %"hdr.43" = getelementptr i8, ptr %"data.94", i64 %"cursor.47"
  %".3530" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3531" = icmp ugt ptr %".3530", %"data_end.94"
  br i1 %".3531", label %"ipv6_opts_d1_ipv6_ext1.copy", label %"ipv6_opts_d1_ipv6_ext1.linear", !prof !0
ipv6_opts_d1_ipv6_ext1.linear:
  %".3533" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3534" = load i8, ptr %".3533", align 1
  %".3535" = getelementptr i8, ptr %"hdr.43", i64 1
  %".3536" = load i8, ptr %".3535", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.header:
  %"w0_1.16" = phi  i8 [%".3534", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3555", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"w1_1.11" = phi  i8 [%".3536", %"ipv6_opts_d1_ipv6_ext1.linear"], [%".3557", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data.170" = phi  ptr [%"data.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data.169", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.170" = phi  ptr [%"data_end.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"data_end.169", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.170" = phi  ptr [%"keys.94", %"ipv6_opts_d1_ipv6_ext1.linear"], [%"keys.169", %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"]
  %".3559" = zext i8 %"w0_1.16" to i64
  %".3560" = trunc i64 %".3559" to i8
  %".3561" = getelementptr i8, ptr %"keys.170", i64 9
  store i8 %".3560", ptr %".3561", align 1
  %".3563" = add i64 %"cursor.47", 2
  %".3564" = zext i8 %"w1_1.11" to i64
  %".3565" = mul i64 %".3564", 8
  %".3566" = add i64 %".3565", 6
  %".3567" = add i64 %".3566", 2
  %"end.11" = add i64 %"cursor.47", %".3567"
  %".3568" = zext i8 %"w0_1.16" to i64
  switch i64 %".3568", label %"ipv6_opts_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1:
  %"cursor.48" = phi  i64 [%".1640", %"ipv6_d1.to_ipv6_frag"]
  %"data.95" = phi  ptr [%"data.93", %"ipv6_d1.to_ipv6_frag"]
  %"data_end.95" = phi  ptr [%"data_end.93", %"ipv6_d1.to_ipv6_frag"]
  %"keys.95" = phi  ptr [%"keys.93", %"ipv6_d1.to_ipv6_frag"]
  %"hdr.44" = getelementptr i8, ptr %"data.95", i64 %"cursor.48"
  %".3632" = getelementptr i8, ptr %"hdr.44", i64 8
  %".3633" = icmp ugt ptr %".3632", %"data_end.95"
  br i1 %".3633", label %"ipv6_frag_d1_ipv6_ext1.copy", label %"ipv6_frag_d1_ipv6_ext1.linear", !prof !0
ipv6_frag_d1_ipv6_ext1.linear:
  %".3635" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3636" = load i8, ptr %".3635", align 1
  %".3637" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3638" = load i16, ptr %".3637", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.header:
  %"w0_1.17" = phi  i8 [%".3636", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3657", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"w2_2.16" = phi  i16 [%".3638", %"ipv6_frag_d1_ipv6_ext1.linear"], [%".3659", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data.174" = phi  ptr [%"data.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data.173", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"data_end.174" = phi  ptr [%"data_end.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"data_end.173", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %"keys.174" = phi  ptr [%"keys.95", %"ipv6_frag_d1_ipv6_ext1.linear"], [%"keys.173", %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"]
  %".3661" = zext i8 %"w0_1.17" to i64
  %".3662" = trunc i64 %".3661" to i8
  %".3663" = getelementptr i8, ptr %"keys.174", i64 9
  store i8 %".3662", ptr %".3663", align 1
  %".3665" = add i64 %"cursor.48", 8
  %".3666" = icmp ne i64 1, 0
  %".3667" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".3668" = zext i16 %".3667" to i64
  %".3669" = and i64 %".3668", 65528
  %".3670" = icmp eq i64 %".3669", 0
  br i1 %".3666", label %"ipv6_frag_d1_ipv6_ext1.fragment", label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
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
  %"cursor.49" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%".6390", %"widening.to_ipv6_opts_d0_ipv6_ext2"]
  %"data.98" = phi  ptr [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data.271", %"widening.to_ipv6_opts_d0_ipv6_ext2"]
  %"data_end.98" = phi  ptr [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.271", %"widening.to_ipv6_opts_d0_ipv6_ext2"]
  %"keys.98" = phi  ptr [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.1"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.to_ipv6_opts_d0_ipv6_ext2"]
  %"hdr.45" = getelementptr i8, ptr %"data.98", i64 %"cursor.49"
  %".3756" = getelementptr i8, ptr %"hdr.45", i64 2
  %".3757" = icmp ugt ptr %".3756", %"data_end.98"
  br i1 %".3757", label %"ipv6_opts_d0_ipv6_ext2.copy", label %"ipv6_opts_d0_ipv6_ext2.linear", !prof !0
ipv6_opts_d0_ipv6_ext2.linear:
  %".3759" = getelementptr i8, ptr %"hdr.45", i64 0
  %".3760" = load i8, ptr %".3759", align 1
  %".3761" = getelementptr i8, ptr %"hdr.45", i64 1
  %".3762" = load i8, ptr %".3761", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.header:
  %"w0_1.18" = phi  i8 [%".3760", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3781", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"w1_1.12" = phi  i8 [%".3762", %"ipv6_opts_d0_ipv6_ext2.linear"], [%".3783", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data.176" = phi  ptr [%"data.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data.175", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.176" = phi  ptr [%"data_end.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"data_end.175", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.176" = phi  ptr [%"keys.98", %"ipv6_opts_d0_ipv6_ext2.linear"], [%"keys.175", %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"]
  %".3785" = zext i8 %"w0_1.18" to i64
  %".3786" = trunc i64 %".3785" to i8
  %".3787" = getelementptr i8, ptr %"keys.176", i64 9
  store i8 %".3786", ptr %".3787", align 1
  %".3789" = add i64 %"cursor.49", 2
  %".3790" = zext i8 %"w1_1.12" to i64
  %".3791" = mul i64 %".3790", 8
  %".3792" = add i64 %".3791", 6
  %".3793" = add i64 %".3792", 2
  %"end.12" = add i64 %"cursor.49", %".3793"
  %".3794" = zext i8 %"w0_1.18" to i64
  switch i64 %".3794", label %"ipv6_opts_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2:
  %"cursor.50" = phi  i64 [%"end.4", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%".1847", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%".6374", %"widening.to_ipv6_frag_d0_ipv6_ext2"]
  %"data.99" = phi  ptr [%"data.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data.270", %"widening.to_ipv6_frag_d0_ipv6_ext2"]
  %"data_end.99" = phi  ptr [%"data_end.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"data_end.270", %"widening.to_ipv6_frag_d0_ipv6_ext2"]
  %"keys.99" = phi  ptr [%"keys.97", %"ipv6_opts_d0_ipv6_ext1.to_ipv6_frag"], [%"keys.101", %"ipv6_frag_d0_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.to_ipv6_frag_d0_ipv6_ext2"]
  %"hdr.46" = getelementptr i8, ptr %"data.99", i64 %"cursor.50"
  %".3852" = getelementptr i8, ptr %"hdr.46", i64 8
  %".3853" = icmp ugt ptr %".3852", %"data_end.99"
  br i1 %".3853", label %"ipv6_frag_d0_ipv6_ext2.copy", label %"ipv6_frag_d0_ipv6_ext2.linear", !prof !0
ipv6_frag_d0_ipv6_ext2.linear:
  %".3855" = getelementptr i8, ptr %"hdr.46", i64 0
  %".3856" = load i8, ptr %".3855", align 1
  %".3857" = getelementptr i8, ptr %"hdr.46", i64 2
  %".3858" = load i16, ptr %".3857", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.header:
  %"w0_1.19" = phi  i8 [%".3856", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3877", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"w2_2.17" = phi  i16 [%".3858", %"ipv6_frag_d0_ipv6_ext2.linear"], [%".3879", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data.180" = phi  ptr [%"data.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data.179", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"data_end.180" = phi  ptr [%"data_end.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"data_end.179", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %"keys.180" = phi  ptr [%"keys.99", %"ipv6_frag_d0_ipv6_ext2.linear"], [%"keys.179", %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"]
  %".3881" = zext i8 %"w0_1.19" to i64
  %".3882" = trunc i64 %".3881" to i8
  %".3883" = getelementptr i8, ptr %"keys.180", i64 9
  store i8 %".3882", ptr %".3883", align 1
  %".3885" = add i64 %"cursor.50", 8
  %".3886" = icmp ne i64 1, 0
  %".3887" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.17")
  %".3888" = zext i16 %".3887" to i64
  %".3889" = and i64 %".3888", 65528
  %".3890" = icmp eq i64 %".3889", 0
  br i1 %".3886", label %"ipv6_frag_d0_ipv6_ext2.fragment", label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
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
  %".3970" = add i64 %"cursor.51", 4
  %"hdr.47" = getelementptr i8, ptr %"data.110", i64 %"cursor.51"
  %".3971" = getelementptr i8, ptr %"hdr.47", i64 4
  %".3972" = icmp ugt ptr %".3971", %"data_end.110"
  br i1 %".3972", label %"mpls_d0_mpls_labels3.copy", label %"mpls_d0_mpls_labels3.linear", !prof !0
mpls_d0_mpls_labels3.linear:
  %".3974" = getelementptr i8, ptr %"hdr.47", i64 2
  %".3975" = load i8, ptr %".3974", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.header:
  %"w2_1.3" = phi  i8 [%".3975", %"mpls_d0_mpls_labels3.linear"], [%".3994", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data.182" = phi  ptr [%"data.110", %"mpls_d0_mpls_labels3.linear"], [%"data.181", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"data_end.182" = phi  ptr [%"data_end.110", %"mpls_d0_mpls_labels3.linear"], [%"data_end.181", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %"keys.182" = phi  ptr [%"keys.110", %"mpls_d0_mpls_labels3.linear"], [%"keys.181", %"mpls_d0_mpls_labels3.copy_failed.endif"]
  %".3996" = add i64 %"cursor.51", 4
  %".3997" = zext i8 %"w2_1.3" to i64
  %".3998" = and i64 %".3997", 1
  switch i64 %".3998", label %"mpls_d0_mpls_labels3.unknown" [i64 0, label %"mpls_d0_mpls_labels3.to_mpls" i64 1, label %"mpls_d0_mpls_labels3.to_ip_version"]
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
  %"cursor.52" = phi  i64 [%".2217", %"vlan_d1_vlan_tags1.to_vlan"], [%".2217", %"vlan_d1_vlan_tags1.to_vlan.1"], [%".2411", %"hsr_d1_vlan_tags1.to_vlan"], [%".2411", %"hsr_d1_vlan_tags1.to_vlan.1"], [%".6582", %"widening.to_vlan_d1_vlan_tags2"]
  %"data.115" = phi  ptr [%"data.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"data.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"data.123", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data.283", %"widening.to_vlan_d1_vlan_tags2"]
  %"data_end.115" = phi  ptr [%"data_end.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"data_end.283", %"widening.to_vlan_d1_vlan_tags2"]
  %"keys.115" = phi  ptr [%"keys.114", %"vlan_d1_vlan_tags1.to_vlan"], [%"keys.114", %"vlan_d1_vlan_tags1.to_vlan.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_vlan"], [%"keys.123", %"hsr_d1_vlan_tags1.to_vlan.1"], [%"keys", %"widening.to_vlan_d1_vlan_tags2"]
  %"hdr.48" = getelementptr i8, ptr %"data.115", i64 %"cursor.52"
  %".4018" = getelementptr i8, ptr %"hdr.48", i64 4
  %".4019" = icmp ugt ptr %".4018", %"data_end.115"
  br i1 %".4019", label %"vlan_d1_vlan_tags2.copy", label %"vlan_d1_vlan_tags2.linear", !prof !0
vlan_d1_vlan_tags2.linear:
  %".4021" = getelementptr i8, ptr %"hdr.48", i64 2
  %".4022" = load i16, ptr %".4021", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.header:
  %"w2_2.18" = phi  i16 [%".4022", %"vlan_d1_vlan_tags2.linear"], [%".4041", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data.185" = phi  ptr [%"data.115", %"vlan_d1_vlan_tags2.linear"], [%"data.184", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.185" = phi  ptr [%"data_end.115", %"vlan_d1_vlan_tags2.linear"], [%"data_end.184", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %"keys.185" = phi  ptr [%"keys.115", %"vlan_d1_vlan_tags2.linear"], [%"keys.184", %"vlan_d1_vlan_tags2.copy_failed.endif"]
  %".4043" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4044" = zext i16 %".4043" to i64
  %".4045" = trunc i64 %".4044" to i16
  %".4046" = call i16 @"llvm.bswap.i16"(i16 %".4045")
  %".4047" = getelementptr i8, ptr %"keys.185", i64 10
  store i16 %".4046", ptr %".4047", align 2
  %".4049" = add i64 %"cursor.52", 4
  %".4050" = trunc i64 %".4049" to i16
  %".4051" = getelementptr i8, ptr %"keys.185", i64 0
  store i16 %".4050", ptr %".4051", align 2
  %".4053" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.18")
  %".4054" = zext i16 %".4053" to i64
  switch i64 %".4054", label %"vlan_d1_vlan_tags2.unknown" [i64 2048, label %"vlan_d1_vlan_tags2.to_ipv4" i64 34525, label %"vlan_d1_vlan_tags2.to_ipv6" i64 33024, label %"vlan_d1_vlan_tags2.to_vlan" i64 34984, label %"vlan_d1_vlan_tags2.to_vlan.1" i64 34887, label %"vlan_d1_vlan_tags2.to_mpls" i64 34888, label %"vlan_d1_vlan_tags2.to_mpls.1" i64 34916, label %"vlan_d1_vlan_tags2.to_pppoe" i64 2054, label %"vlan_d1_vlan_tags2.to_arp" i64 32821, label %"vlan_d1_vlan_tags2.to_arp.1" i64 35063, label %"vlan_d1_vlan_tags2.to_ptp" i64 35074, label %"vlan_d1_vlan_tags2.to_cfm" i64 35018, label %"vlan_d1_vlan_tags2.to_tipc" i64 35078, label %"vlan_d1_vlan_tags2.to_fcoe" i64 35119, label %"vlan_d1_vlan_tags2.to_hsr" i64 35067, label %"vlan_d1_vlan_tags2.to_hsr.1" i64 17157, label %"vlan_d1_vlan_tags2.to_batadv"]  , !prof !1
hsr_d1_vlan_tags2:
  %"cursor.53" = phi  i64 [%".2217", %"vlan_d1_vlan_tags1.to_hsr"], [%".2217", %"vlan_d1_vlan_tags1.to_hsr.1"], [%".2411", %"hsr_d1_vlan_tags1.to_hsr"], [%".2411", %"hsr_d1_vlan_tags1.to_hsr.1"], [%".6566", %"widening.to_hsr_d1_vlan_tags2"]
  %"data.116" = phi  ptr [%"data.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"data.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"data.123", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data.282", %"widening.to_hsr_d1_vlan_tags2"]
  %"data_end.116" = phi  ptr [%"data_end.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"data_end.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"data_end.123", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"data_end.282", %"widening.to_hsr_d1_vlan_tags2"]
  %"keys.116" = phi  ptr [%"keys.114", %"vlan_d1_vlan_tags1.to_hsr"], [%"keys.114", %"vlan_d1_vlan_tags1.to_hsr.1"], [%"keys.123", %"hsr_d1_vlan_tags1.to_hsr"], [%"keys.123", %"hsr_d1_vlan_tags1.to_hsr.1"], [%"keys", %"widening.to_hsr_d1_vlan_tags2"]
  %"hdr.49" = getelementptr i8, ptr %"data.116", i64 %"cursor.53"
  %".4088" = getelementptr i8, ptr %"hdr.49", i64 6
  %".4089" = icmp ugt ptr %".4088", %"data_end.116"
  br i1 %".4089", label %"hsr_d1_vlan_tags2.copy", label %"hsr_d1_vlan_tags2.linear", !prof !0
hsr_d1_vlan_tags2.linear:
  %".4091" = getelementptr i8, ptr %"hdr.49", i64 4
  %".4092" = load i16, ptr %".4091", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.header:
  %"w4_2.3" = phi  i16 [%".4092", %"hsr_d1_vlan_tags2.linear"], [%".4111", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data.187" = phi  ptr [%"data.116", %"hsr_d1_vlan_tags2.linear"], [%"data.186", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"data_end.187" = phi  ptr [%"data_end.116", %"hsr_d1_vlan_tags2.linear"], [%"data_end.186", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %"keys.187" = phi  ptr [%"keys.116", %"hsr_d1_vlan_tags2.linear"], [%"keys.186", %"hsr_d1_vlan_tags2.copy_failed.endif"]
  %".4113" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4114" = zext i16 %".4113" to i64
  %".4115" = trunc i64 %".4114" to i16
  %".4116" = call i16 @"llvm.bswap.i16"(i16 %".4115")
  %".4117" = getelementptr i8, ptr %"keys.187", i64 10
  store i16 %".4116", ptr %".4117", align 2
  %".4119" = add i64 %"cursor.53", 6
  %".4120" = trunc i64 %".4119" to i16
  %".4121" = getelementptr i8, ptr %"keys.187", i64 0
  store i16 %".4120", ptr %".4121", align 2
  %".4123" = call i16 @"llvm.bswap.i16"(i16 %"w4_2.3")
  %".4124" = zext i16 %".4123" to i64
  switch i64 %".4124", label %"hsr_d1_vlan_tags2.unknown" [i64 2048, label %"hsr_d1_vlan_tags2.to_ipv4" i64 34525, label %"hsr_d1_vlan_tags2.to_ipv6" i64 33024, label %"hsr_d1_vlan_tags2.to_vlan" i64 34984, label %"hsr_d1_vlan_tags2.to_vlan.1" i64 34887, label %"hsr_d1_vlan_tags2.to_mpls" i64 34888, label %"hsr_d1_vlan_tags2.to_mpls.1" i64 34916, label %"hsr_d1_vlan_tags2.to_pppoe" i64 2054, label %"hsr_d1_vlan_tags2.to_arp" i64 32821, label %"hsr_d1_vlan_tags2.to_arp.1" i64 35063, label %"hsr_d1_vlan_tags2.to_ptp" i64 35074, label %"hsr_d1_vlan_tags2.to_cfm" i64 35018, label %"hsr_d1_vlan_tags2.to_tipc" i64 35078, label %"hsr_d1_vlan_tags2.to_fcoe" i64 35119, label %"hsr_d1_vlan_tags2.to_hsr" i64 35067, label %"hsr_d1_vlan_tags2.to_hsr.1" i64 17157, label %"hsr_d1_vlan_tags2.to_batadv"]  , !prof !1
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
  %".4158" = add i64 %"cursor.54", 4
  %"hdr.50" = getelementptr i8, ptr %"data.119", i64 %"cursor.54"
  %".4159" = getelementptr i8, ptr %"hdr.50", i64 4
  %".4160" = icmp ugt ptr %".4159", %"data_end.119"
  br i1 %".4160", label %"mpls_d1_mpls_labels2.copy", label %"mpls_d1_mpls_labels2.linear", !prof !0
mpls_d1_mpls_labels2.linear:
  %".4162" = getelementptr i8, ptr %"hdr.50", i64 2
  %".4163" = load i8, ptr %".4162", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.header:
  %"w2_1.4" = phi  i8 [%".4163", %"mpls_d1_mpls_labels2.linear"], [%".4182", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data.189" = phi  ptr [%"data.119", %"mpls_d1_mpls_labels2.linear"], [%"data.188", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"data_end.189" = phi  ptr [%"data_end.119", %"mpls_d1_mpls_labels2.linear"], [%"data_end.188", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %"keys.189" = phi  ptr [%"keys.119", %"mpls_d1_mpls_labels2.linear"], [%"keys.188", %"mpls_d1_mpls_labels2.copy_failed.endif"]
  %".4184" = add i64 %"cursor.54", 4
  %".4185" = zext i8 %"w2_1.4" to i64
  %".4186" = and i64 %".4185", 1
  switch i64 %".4186", label %"mpls_d1_mpls_labels2.unknown" [i64 0, label %"mpls_d1_mpls_labels2.to_mpls" i64 1, label %"mpls_d1_mpls_labels2.to_ip_version"]
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
  %"cursor.55" = phi  i64 [%".2842", %"vxlan_d0.to_ethernet"], [%"end.6", %"geneve_d0.to_ethernet"], [%"end.8", %"gre_d0.to_ethernet"], [%".6518", %"widening.to_ethernet_d1"]
  %"data.132" = phi  ptr [%"data.131", %"vxlan_d0.to_ethernet"], [%"data.136", %"geneve_d0.to_ethernet"], [%"data.150", %"gre_d0.to_ethernet"], [%"data.279", %"widening.to_ethernet_d1"]
  %"data_end.132" = phi  ptr [%"data_end.131", %"vxlan_d0.to_ethernet"], [%"data_end.136", %"geneve_d0.to_ethernet"], [%"data_end.150", %"gre_d0.to_ethernet"], [%"data_end.279", %"widening.to_ethernet_d1"]
  %"keys.132" = phi  ptr [%"keys.131", %"vxlan_d0.to_ethernet"], [%"keys.136", %"geneve_d0.to_ethernet"], [%"keys.150", %"gre_d0.to_ethernet"], [%"keys", %"widening.to_ethernet_d1"]
  %"hdr.51" = getelementptr i8, ptr %"data.132", i64 %"cursor.55"
  %".4209" = getelementptr i8, ptr %"hdr.51", i64 14
  %".4210" = icmp ugt ptr %".4209", %"data_end.132"
  br i1 %".4210", label %"ethernet_d1.copy", label %"ethernet_d1.linear", !prof !0
ethernet_d1.linear:
  %".4212" = getelementptr i8, ptr %"hdr.51", i64 12
  %".4213" = load i16, ptr %".4212", align 2
  br label %"ethernet_d1.header"
ethernet_d1.header:
  %"w12_2" = phi  i16 [%".4213", %"ethernet_d1.linear"], [%".4232", %"ethernet_d1.copy_failed.endif"]
  %"data.192" = phi  ptr [%"data.132", %"ethernet_d1.linear"], [%"data.191", %"ethernet_d1.copy_failed.endif"]
  %"data_end.192" = phi  ptr [%"data_end.132", %"ethernet_d1.linear"], [%"data_end.191", %"ethernet_d1.copy_failed.endif"]
  %"keys.192" = phi  ptr [%"keys.132", %"ethernet_d1.linear"], [%"keys.191", %"ethernet_d1.copy_failed.endif"]
  %".4234" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4235" = zext i16 %".4234" to i64
  %".4236" = trunc i64 %".4235" to i16
  %".4237" = call i16 @"llvm.bswap.i16"(i16 %".4236")
  %".4238" = getelementptr i8, ptr %"keys.192", i64 10
  store i16 %".4237", ptr %".4238", align 2
  %".4240" = add i64 %"cursor.55", 14
  %".4241" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".4242" = zext i16 %".4241" to i64
  switch i64 %".4242", label %"ethernet_d1.unknown" [i64 2048, label %"ethernet_d1.to_ipv4" i64 34525, label %"ethernet_d1.to_ipv6" i64 33024, label %"ethernet_d1.to_vlan" i64 34984, label %"ethernet_d1.to_vlan.1" i64 34887, label %"ethernet_d1.to_mpls" i64 34888, label %"ethernet_d1.to_mpls.1" i64 34916, label %"ethernet_d1.to_pppoe" i64 2054, label %"ethernet_d1.to_arp" i64 32821, label %"ethernet_d1.to_arp.1" i64 35063, label %"ethernet_d1.to_ptp" i64 35074, label %"ethernet_d1.to_cfm" i64 35018, label %"ethernet_d1.to_tipc" i64 35078, label %"ethernet_d1.to_fcoe" i64 35119, label %"ethernet_d1.to_hsr" i64 35067, label %"ethernet_d1.to_hsr.1" i64 17157, label %"ethernet_d1.to_batadv"]  , !prof !1
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
  %"hdr.52" = getelementptr i8, ptr %"data.143", i64 %"cursor.56"
  %".4264" = getelementptr i8, ptr %"hdr.52", i64 4
  %".4265" = icmp ugt ptr %".4264", %"data_end.143"
  br i1 %".4265", label %"gtpu_opt_d1.copy", label %"gtpu_opt_d1.linear", !prof !0
gtpu_opt_d1.linear:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.header:
  %"data.194" = phi  ptr [%"data.143", %"gtpu_opt_d1.linear"], [%"data.193", %"gtpu_opt_d1.copy_failed.endif"]
  %"data_end.194" = phi  ptr [%"data_end.143", %"gtpu_opt_d1.linear"], [%"data_end.193", %"gtpu_opt_d1.copy_failed.endif"]
  %"keys.194" = phi  ptr [%"keys.143", %"gtpu_opt_d1.linear"], [%"keys.193", %"gtpu_opt_d1.copy_failed.endif"]
  %".4285" = add i64 %"cursor.56", 4
  switch i64 0, label %"gtpu_opt_d1.unknown" [i64 0, label %"gtpu_opt_d1.to_ip_version"]
gtpu_seq_d1:
  %"cursor.57" = phi  i64 [%".3086", %"gtpu_d0.to_gtpu_seq"]
  %"data.144" = phi  ptr [%"data.142", %"gtpu_d0.to_gtpu_seq"]
  %"data_end.144" = phi  ptr [%"data_end.142", %"gtpu_d0.to_gtpu_seq"]
  %"keys.144" = phi  ptr [%"keys.142", %"gtpu_d0.to_gtpu_seq"]
  %"hdr.53" = getelementptr i8, ptr %"data.144", i64 %"cursor.57"
  %".4292" = getelementptr i8, ptr %"hdr.53", i64 3
  %".4293" = icmp ugt ptr %".4292", %"data_end.144"
  br i1 %".4293", label %"gtpu_seq_d1.copy", label %"gtpu_seq_d1.linear", !prof !0
gtpu_seq_d1.linear:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.header:
  %"data.196" = phi  ptr [%"data.144", %"gtpu_seq_d1.linear"], [%"data.195", %"gtpu_seq_d1.copy_failed.endif"]
  %"data_end.196" = phi  ptr [%"data_end.144", %"gtpu_seq_d1.linear"], [%"data_end.195", %"gtpu_seq_d1.copy_failed.endif"]
  %"keys.196" = phi  ptr [%"keys.144", %"gtpu_seq_d1.linear"], [%"keys.195", %"gtpu_seq_d1.copy_failed.endif"]
  %".4313" = add i64 %"cursor.57", 3
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
gre_d0.copy:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3183" = trunc i64 %"cursor.43" to i32
  %".3184" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3183", [40 x i8]* %"header_copy", i32 4)
  %".3185" = icmp eq i64 %".3184", 0
  %".3186" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3187" = load i32, ptr %".3186", align 4
  %".3188" = zext i32 %".3187" to i64
  %"data.147" = inttoptr i64 %".3188" to ptr
  %".3189" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3190" = load i32, ptr %".3189", align 4
  %".3191" = zext i32 %".3190" to i64
  %"data_end.147" = inttoptr i64 %".3191" to ptr
  %".3192" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.147" = load ptr, ptr %".3192", align 8
  %".3193" = xor i1 %".3185", -1
  br i1 %".3193", label %"gre_d0.copy_failed", label %"gre_d0.copy_failed.endif"
gre_d0.copy_failed:
  %".3195" = trunc i64 %"cursor.43" to i16
  %".3196" = getelementptr i8, ptr %"keys.147", i64 2
  store i16 %".3195", ptr %".3196", align 2
  br label %"return"
gre_d0.copy_failed.endif:
  %".3199" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3200" = load volatile i8, [40 x i8]* %".3199", align 1
  %".3201" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3202" = load volatile i8, [40 x i8]* %".3201", align 1
  %".3203" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3204" = load volatile i16, [40 x i8]* %".3203", align 2
  br label %"gre_d0.header"
gre_d0.stop_before:
  %".3215" = trunc i64 %"cursor.43" to i16
  %".3216" = getelementptr i8, ptr %"keys.148", i64 2
  store i16 %".3215", ptr %".3216", align 2
  br label %"return"
gre_d0.stop_before.endif:
  %".3219" = add i64 %"cursor.43", 4
  %".3220" = zext i8 %"w0_1.13" to i64
  %".3221" = lshr i64 %".3220", 7
  %".3222" = and i64 %".3221", 1
  %".3223" = zext i8 %"w0_1.13" to i64
  %".3224" = lshr i64 %".3223", 5
  %".3225" = and i64 %".3224", 1
  %".3226" = add i64 %".3222", %".3225"
  %".3227" = zext i8 %"w0_1.13" to i64
  %".3228" = lshr i64 %".3227", 4
  %".3229" = and i64 %".3228", 1
  %".3230" = add i64 %".3226", %".3229"
  %".3231" = mul i64 %".3230", 4
  %".3232" = add i64 %".3231", 4
  %".3233" = getelementptr i8, ptr %"data.148", i64 %"cursor.43"
  %".3234" = getelementptr i8, ptr %".3233", i64 %".3232"
  %".3235" = icmp ugt ptr %".3234", %"data_end.148"
  br i1 %".3235", label %"gre_d0.copy_last_byte", label %"gre_d0.variable_part", !prof !0
gre_d0.variable_part:
  %"data.150" = phi  ptr [%"data.148", %"gre_d0.stop_before.endif"], [%"data.149", %"gre_d0.copy_last_byte_failed.endif"]
  %"data_end.150" = phi  ptr [%"data_end.148", %"gre_d0.stop_before.endif"], [%"data_end.149", %"gre_d0.copy_last_byte_failed.endif"]
  %"keys.150" = phi  ptr [%"keys.148", %"gre_d0.stop_before.endif"], [%"keys.149", %"gre_d0.copy_last_byte_failed.endif"]
  %"end.8" = add i64 %"cursor.43", %".3232"
  %".3256" = getelementptr i8, ptr %"keys.150", i64 8
  store i8 1, ptr %".3256", align 1
  %".3258" = getelementptr i8, ptr %"keys.150", i64 48
  %"flags.57" = load volatile i32, ptr %".3258", align 4
  %".3259" = and i32 %"flags.57", 4
  %".3260" = icmp ne i32 %".3259", 0
  br i1 %".3260", label %"gre_d0.stop_at_encap", label %"gre_d0.stop_at_encap.endif"
gre_d0.copy_last_byte:
  %".3237" = add i64 %"cursor.43", %".3232"
  %".3238" = sub i64 %".3237", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3239" = trunc i64 %".3238" to i32
  %".3240" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3239", i64* %"last_byte", i32 1)
  %".3241" = icmp eq i64 %".3240", 0
  %".3242" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3243" = load i32, ptr %".3242", align 4
  %".3244" = zext i32 %".3243" to i64
  %"data.149" = inttoptr i64 %".3244" to ptr
  %".3245" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3246" = load i32, ptr %".3245", align 4
  %".3247" = zext i32 %".3246" to i64
  %"data_end.149" = inttoptr i64 %".3247" to ptr
  %".3248" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.149" = load ptr, ptr %".3248", align 8
  %".3249" = xor i1 %".3241", -1
  br i1 %".3249", label %"gre_d0.copy_last_byte_failed", label %"gre_d0.copy_last_byte_failed.endif"
gre_d0.copy_last_byte_failed:
  %".3251" = trunc i64 %"cursor.43" to i16
  %".3252" = getelementptr i8, ptr %"keys.149", i64 2
  store i16 %".3251", ptr %".3252", align 2
  br label %"return"
gre_d0.copy_last_byte_failed.endif:
  br label %"gre_d0.variable_part"
gre_d0.stop_at_encap:
  %".3262" = trunc i64 %"end.8" to i16
  %".3263" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3262", ptr %".3263", align 2
  br label %"return"
gre_d0.stop_at_encap.endif:
  %".3266" = getelementptr i8, ptr %"keys.150", i64 12
  store i32 0, ptr %".3266", align 4
  %".3268" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3269" = zext i16 %".3268" to i64
  %".3270" = trunc i64 %".3269" to i16
  %".3271" = call i16 @"llvm.bswap.i16"(i16 %".3270")
  %".3272" = getelementptr i8, ptr %"keys.150", i64 10
  store i16 %".3271", ptr %".3272", align 2
  %".3274" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3275" = zext i16 %".3274" to i64
  switch i64 %".3275", label %"gre_d0.unknown" [i64 2048, label %"gre_d0.to_ipv4" i64 34525, label %"gre_d0.to_ipv6" i64 33024, label %"gre_d0.to_vlan" i64 34984, label %"gre_d0.to_vlan.1" i64 34887, label %"gre_d0.to_mpls" i64 34888, label %"gre_d0.to_mpls.1" i64 34916, label %"gre_d0.to_pppoe" i64 2054, label %"gre_d0.to_arp" i64 32821, label %"gre_d0.to_arp.1" i64 35063, label %"gre_d0.to_ptp" i64 35074, label %"gre_d0.to_cfm" i64 35018, label %"gre_d0.to_tipc" i64 35078, label %"gre_d0.to_fcoe" i64 35119, label %"gre_d0.to_hsr" i64 35067, label %"gre_d0.to_hsr.1" i64 17157, label %"gre_d0.to_batadv" i64 25944, label %"gre_d0.to_ethernet"]  , !prof !6
gre_d0.unknown:
  %".3277" = trunc i64 %"end.8" to i16
  %".3278" = getelementptr i8, ptr %"keys.150", i64 2
  store i16 %".3277", ptr %".3278", align 2
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
pptp_d0.copy:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3308" = trunc i64 %"cursor.44" to i32
  %".3309" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3308", [40 x i8]* %"header_copy", i32 4)
  %".3310" = icmp eq i64 %".3309", 0
  %".3311" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3312" = load i32, ptr %".3311", align 4
  %".3313" = zext i32 %".3312" to i64
  %"data.151" = inttoptr i64 %".3313" to ptr
  %".3314" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3315" = load i32, ptr %".3314", align 4
  %".3316" = zext i32 %".3315" to i64
  %"data_end.151" = inttoptr i64 %".3316" to ptr
  %".3317" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.151" = load ptr, ptr %".3317", align 8
  %".3318" = xor i1 %".3310", -1
  br i1 %".3318", label %"pptp_d0.copy_failed", label %"pptp_d0.copy_failed.endif"
pptp_d0.copy_failed:
  %".3320" = trunc i64 %"cursor.44" to i16
  %".3321" = getelementptr i8, ptr %"keys.151", i64 2
  store i16 %".3320", ptr %".3321", align 2
  br label %"return"
pptp_d0.copy_failed.endif:
  %".3324" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3325" = load volatile i8, [40 x i8]* %".3324", align 1
  %".3326" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3327" = load volatile i8, [40 x i8]* %".3326", align 1
  %".3328" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3329" = load volatile i16, [40 x i8]* %".3328", align 2
  br label %"pptp_d0.header"
pptp_d0.stop_before:
  %".3340" = trunc i64 %"cursor.44" to i16
  %".3341" = getelementptr i8, ptr %"keys.152", i64 2
  store i16 %".3340", ptr %".3341", align 2
  br label %"return"
pptp_d0.stop_before.endif:
  %".3344" = add i64 %"cursor.44", 4
  %".3345" = zext i8 %"w0_1.14" to i64
  %".3346" = lshr i64 %".3345", 7
  %".3347" = and i64 %".3346", 1
  %".3348" = zext i8 %"w0_1.14" to i64
  %".3349" = lshr i64 %".3348", 5
  %".3350" = and i64 %".3349", 1
  %".3351" = add i64 %".3347", %".3350"
  %".3352" = zext i8 %"w0_1.14" to i64
  %".3353" = lshr i64 %".3352", 4
  %".3354" = and i64 %".3353", 1
  %".3355" = add i64 %".3351", %".3354"
  %".3356" = zext i8 %"w1_1.9" to i64
  %".3357" = lshr i64 %".3356", 7
  %".3358" = and i64 %".3357", 1
  %".3359" = add i64 %".3355", %".3358"
  %".3360" = mul i64 %".3359", 4
  %".3361" = add i64 %".3360", 4
  %".3362" = getelementptr i8, ptr %"data.152", i64 %"cursor.44"
  %".3363" = getelementptr i8, ptr %".3362", i64 %".3361"
  %".3364" = icmp ugt ptr %".3363", %"data_end.152"
  br i1 %".3364", label %"pptp_d0.copy_last_byte", label %"pptp_d0.variable_part", !prof !0
pptp_d0.variable_part:
  %"data.154" = phi  ptr [%"data.152", %"pptp_d0.stop_before.endif"], [%"data.153", %"pptp_d0.copy_last_byte_failed.endif"]
  %"data_end.154" = phi  ptr [%"data_end.152", %"pptp_d0.stop_before.endif"], [%"data_end.153", %"pptp_d0.copy_last_byte_failed.endif"]
  %"keys.154" = phi  ptr [%"keys.152", %"pptp_d0.stop_before.endif"], [%"keys.153", %"pptp_d0.copy_last_byte_failed.endif"]
  %"end.9" = add i64 %"cursor.44", %".3361"
  switch i64 0, label %"pptp_d0.unknown" [i64 0, label %"pptp_d0.to_ppp"]
pptp_d0.copy_last_byte:
  %".3366" = add i64 %"cursor.44", %".3361"
  %".3367" = sub i64 %".3366", 1
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3368" = trunc i64 %".3367" to i32
  %".3369" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3368", i64* %"last_byte", i32 1)
  %".3370" = icmp eq i64 %".3369", 0
  %".3371" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3372" = load i32, ptr %".3371", align 4
  %".3373" = zext i32 %".3372" to i64
  %"data.153" = inttoptr i64 %".3373" to ptr
  %".3374" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3375" = load i32, ptr %".3374", align 4
  %".3376" = zext i32 %".3375" to i64
  %"data_end.153" = inttoptr i64 %".3376" to ptr
  %".3377" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.153" = load ptr, ptr %".3377", align 8
  %".3378" = xor i1 %".3370", -1
  br i1 %".3378", label %"pptp_d0.copy_last_byte_failed", label %"pptp_d0.copy_last_byte_failed.endif"
pptp_d0.copy_last_byte_failed:
  %".3380" = trunc i64 %"cursor.44" to i16
  %".3381" = getelementptr i8, ptr %"keys.153", i64 2
  store i16 %".3380", ptr %".3381", align 2
  br label %"return"
pptp_d0.copy_last_byte_failed.endif:
  br label %"pptp_d0.variable_part"
pptp_d0.unknown:
  %".3386" = trunc i64 %"end.9" to i16
  %".3387" = getelementptr i8, ptr %"keys.154", i64 2
  store i16 %".3386", ptr %".3387", align 2
  br label %"return"
pptp_d0.to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.58" = phi  i64 [%"end.9", %"pptp_d0.to_ppp"]
  %"data.155" = phi  ptr [%"data.154", %"pptp_d0.to_ppp"]
  %"data_end.155" = phi  ptr [%"data_end.154", %"pptp_d0.to_ppp"]
  %"keys.155" = phi  ptr [%"keys.154", %"pptp_d0.to_ppp"]
  %"hdr.54" = getelementptr i8, ptr %"data.155", i64 %"cursor.58"
  %".4320" = getelementptr i8, ptr %"hdr.54", i64 4
  %".4321" = icmp ugt ptr %".4320", %"data_end.155"
  br i1 %".4321", label %"ppp_d0.copy", label %"ppp_d0.linear", !prof !0
ppp_d0.linear:
  %".4323" = getelementptr i8, ptr %"hdr.54", i64 2
  %".4324" = load i16, ptr %".4323", align 2
  br label %"ppp_d0.header"
ppp_d0.header:
  %"w2_2.19" = phi  i16 [%".4324", %"ppp_d0.linear"], [%".4343", %"ppp_d0.copy_failed.endif"]
  %"data.199" = phi  ptr [%"data.155", %"ppp_d0.linear"], [%"data.198", %"ppp_d0.copy_failed.endif"]
  %"data_end.199" = phi  ptr [%"data_end.155", %"ppp_d0.linear"], [%"data_end.198", %"ppp_d0.copy_failed.endif"]
  %"keys.199" = phi  ptr [%"keys.155", %"ppp_d0.linear"], [%"keys.198", %"ppp_d0.copy_failed.endif"]
  %".4345" = add i64 %"cursor.58", 4
  %".4346" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.19")
  %".4347" = zext i16 %".4346" to i64
  switch i64 %".4347", label %"ppp_d0.unknown" [i64 33, label %"ppp_d0.to_ipv4" i64 87, label %"ppp_d0.to_ipv6"]
udp_d1.copy:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3399" = trunc i64 %"cursor.45" to i32
  %".3400" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3399", [40 x i8]* %"header_copy", i32 4)
  %".3401" = icmp eq i64 %".3400", 0
  %".3402" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3403" = load i32, ptr %".3402", align 4
  %".3404" = zext i32 %".3403" to i64
  %"data.156" = inttoptr i64 %".3404" to ptr
  %".3405" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3406" = load i32, ptr %".3405", align 4
  %".3407" = zext i32 %".3406" to i64
  %"data_end.156" = inttoptr i64 %".3407" to ptr
  %".3408" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.156" = load ptr, ptr %".3408", align 8
  %".3409" = xor i1 %".3401", -1
  br i1 %".3409", label %"udp_d1.copy_failed", label %"udp_d1.copy_failed.endif"
udp_d1.copy_failed:
  %".3411" = trunc i64 %"cursor.45" to i16
  %".3412" = getelementptr i8, ptr %"keys.156", i64 2
  store i16 %".3411", ptr %".3412", align 2
  br label %"return"
udp_d1.copy_failed.endif:
  %".3415" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3416" = load volatile i16, [40 x i8]* %".3415", align 2
  %".3417" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3418" = load volatile i16, [40 x i8]* %".3417", align 2
  br label %"udp_d1.header"
udp_d1.copy_last_byte:
  %".3438" = add i64 %"cursor.45", %".3433"
  %".3439" = sub i64 %".3438", 1
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3440" = trunc i64 %".3439" to i32
  %".3441" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".3440", i64* %"last_byte", i32 1)
  %".3442" = icmp eq i64 %".3441", 0
  %".3443" = getelementptr i8, ptr %"ctx.50", i64 76
  %".3444" = load i32, ptr %".3443", align 4
  %".3445" = zext i32 %".3444" to i64
  %"data.158" = inttoptr i64 %".3445" to ptr
  %".3446" = getelementptr i8, ptr %"ctx.50", i64 80
  %".3447" = load i32, ptr %".3446", align 4
  %".3448" = zext i32 %".3447" to i64
  %"data_end.158" = inttoptr i64 %".3448" to ptr
  %".3449" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.158" = load ptr, ptr %".3449", align 8
  %".3450" = xor i1 %".3442", -1
  br i1 %".3450", label %"udp_d1.copy_last_byte_failed", label %"udp_d1.copy_last_byte_failed.endif"
udp_d1.copy_last_byte_failed:
  %".3452" = trunc i64 %"cursor.45" to i16
  %".3453" = getelementptr i8, ptr %"keys.158", i64 2
  store i16 %".3452", ptr %".3453", align 2
  br label %"return"
udp_d1.copy_last_byte_failed.endif:
  br label %"udp_d1.variable_part"
udp_d1.unknown:
  %".3460" = trunc i64 %"cursor.45" to i16
  %".3461" = getelementptr i8, ptr %"keys.159", i64 2
  store i16 %".3460", ptr %".3461", align 2
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
  %"data.160" = phi  ptr [%"data.159", %"udp_d1.to_vxlan"]
  %"data_end.160" = phi  ptr [%"data_end.159", %"udp_d1.to_vxlan"]
  %"keys.160" = phi  ptr [%"keys.159", %"udp_d1.to_vxlan"]
  %"hdr.55" = getelementptr i8, ptr %"data.160", i64 %"cursor.59"
  %".4407" = getelementptr i8, ptr %"hdr.55", i64 8
  %".4408" = icmp ugt ptr %".4407", %"data_end.160"
  br i1 %".4408", label %"vxlan_d1.copy", label %"vxlan_d1.linear", !prof !0
vxlan_d1.linear:
  br label %"vxlan_d1.header"
vxlan_d1.header:
  %"data.202" = phi  ptr [%"data.160", %"vxlan_d1.linear"], [%"data.201", %"vxlan_d1.copy_failed.endif"]
  %"data_end.202" = phi  ptr [%"data_end.160", %"vxlan_d1.linear"], [%"data_end.201", %"vxlan_d1.copy_failed.endif"]
  %"keys.202" = phi  ptr [%"keys.160", %"vxlan_d1.linear"], [%"keys.201", %"vxlan_d1.copy_failed.endif"]
  %".4428" = add i64 %"cursor.59", 8
  %".4429" = getelementptr i8, ptr %"keys.202", i64 8
  store i8 1, ptr %".4429", align 1
  %".4431" = getelementptr i8, ptr %"keys.202", i64 48
  %"flags.73" = load volatile i32, ptr %".4431", align 4
  %".4432" = and i32 %"flags.73", 4
  %".4433" = icmp ne i32 %".4432", 0
  br i1 %".4433", label %"vxlan_d1.stop_at_encap", label %"vxlan_d1.stop_at_encap.endif"
geneve_d1:
  %"cursor.60" = phi  i64 [%"end.10", %"udp_d1.to_geneve"]
  %"data.161" = phi  ptr [%"data.159", %"udp_d1.to_geneve"]
  %"data_end.161" = phi  ptr [%"data_end.159", %"udp_d1.to_geneve"]
  %"keys.161" = phi  ptr [%"keys.159", %"udp_d1.to_geneve"]
  %"hdr.56" = getelementptr i8, ptr %"data.161", i64 %"cursor.60"
  %".4450" = getelementptr i8, ptr %"hdr.56", i64 8
  %".4451" = icmp ugt ptr %".4450", %"data_end.161"
  br i1 %".4451", label %"geneve_d1.copy", label %"geneve_d1.linear", !prof !0
geneve_d1.linear:
  %".4453" = getelementptr i8, ptr %"hdr.56", i64 0
  %".4454" = load i8, ptr %".4453", align 1
  %".4455" = getelementptr i8, ptr %"hdr.56", i64 2
  %".4456" = load i16, ptr %".4455", align 2
  br label %"geneve_d1.header"
geneve_d1.header:
  %"w0_1.20" = phi  i8 [%".4454", %"geneve_d1.linear"], [%".4475", %"geneve_d1.copy_failed.endif"]
  %"w2_2.20" = phi  i16 [%".4456", %"geneve_d1.linear"], [%".4477", %"geneve_d1.copy_failed.endif"]
  %"data.204" = phi  ptr [%"data.161", %"geneve_d1.linear"], [%"data.203", %"geneve_d1.copy_failed.endif"]
  %"data_end.204" = phi  ptr [%"data_end.161", %"geneve_d1.linear"], [%"data_end.203", %"geneve_d1.copy_failed.endif"]
  %"keys.204" = phi  ptr [%"keys.161", %"geneve_d1.linear"], [%"keys.203", %"geneve_d1.copy_failed.endif"]
  %".4479" = zext i8 %"w0_1.20" to i64
  %".4480" = lshr i64 %".4479", 6
  %".4481" = and i64 %".4480", 3
  %".4482" = icmp ne i64 %".4481", 0
  br i1 %".4482", label %"geneve_d1.stop_before", label %"geneve_d1.stop_before.endif"
gue_d1:
  %"cursor.61" = phi  i64 [%"end.10", %"udp_d1.to_gue"]
  %"data.162" = phi  ptr [%"data.159", %"udp_d1.to_gue"]
  %"data_end.162" = phi  ptr [%"data_end.159", %"udp_d1.to_gue"]
  %"keys.162" = phi  ptr [%"keys.159", %"udp_d1.to_gue"]
  %"hdr.57" = getelementptr i8, ptr %"data.162", i64 %"cursor.61"
  %".4547" = getelementptr i8, ptr %"hdr.57", i64 4
  %".4548" = icmp ugt ptr %".4547", %"data_end.162"
  br i1 %".4548", label %"gue_d1.copy", label %"gue_d1.linear", !prof !0
gue_d1.linear:
  %".4550" = getelementptr i8, ptr %"hdr.57", i64 0
  %".4551" = load i8, ptr %".4550", align 1
  %".4552" = getelementptr i8, ptr %"hdr.57", i64 1
  %".4553" = load i8, ptr %".4552", align 1
  br label %"gue_d1.header"
gue_d1.header:
  %"w0_1.21" = phi  i8 [%".4551", %"gue_d1.linear"], [%".4572", %"gue_d1.copy_failed.endif"]
  %"w1_1.13" = phi  i8 [%".4553", %"gue_d1.linear"], [%".4574", %"gue_d1.copy_failed.endif"]
  %"data.208" = phi  ptr [%"data.162", %"gue_d1.linear"], [%"data.207", %"gue_d1.copy_failed.endif"]
  %"data_end.208" = phi  ptr [%"data_end.162", %"gue_d1.linear"], [%"data_end.207", %"gue_d1.copy_failed.endif"]
  %"keys.208" = phi  ptr [%"keys.162", %"gue_d1.linear"], [%"keys.207", %"gue_d1.copy_failed.endif"]
  %".4576" = zext i8 %"w0_1.21" to i64
  %".4577" = lshr i64 %".4576", 6
  %".4578" = and i64 %".4577", 3
  %".4579" = icmp ne i64 %".4578", 0
  %".4580" = zext i8 %"w0_1.21" to i64
  %".4581" = lshr i64 %".4580", 5
  %".4582" = and i64 %".4581", 1
  %".4583" = icmp ne i64 %".4582", 0
  %".4584" = or i1 %".4579", %".4583"
  br i1 %".4584", label %"gue_d1.stop_before", label %"gue_d1.stop_before.endif"
gtpu_d1:
  %"cursor.62" = phi  i64 [%"end.10", %"udp_d1.to_gtpu"]
  %"data.163" = phi  ptr [%"data.159", %"udp_d1.to_gtpu"]
  %"data_end.163" = phi  ptr [%"data_end.159", %"udp_d1.to_gtpu"]
  %"keys.163" = phi  ptr [%"keys.159", %"udp_d1.to_gtpu"]
  %"hdr.58" = getelementptr i8, ptr %"data.163", i64 %"cursor.62"
  %".4644" = getelementptr i8, ptr %"hdr.58", i64 8
  %".4645" = icmp ugt ptr %".4644", %"data_end.163"
  br i1 %".4645", label %"gtpu_d1.copy", label %"gtpu_d1.linear", !prof !0
gtpu_d1.linear:
  %".4647" = getelementptr i8, ptr %"hdr.58", i64 0
  %".4648" = load i8, ptr %".4647", align 1
  %".4649" = getelementptr i8, ptr %"hdr.58", i64 1
  %".4650" = load i8, ptr %".4649", align 1
  br label %"gtpu_d1.header"
gtpu_d1.header:
  %"w0_1.22" = phi  i8 [%".4648", %"gtpu_d1.linear"], [%".4669", %"gtpu_d1.copy_failed.endif"]
  %"w1_1.14" = phi  i8 [%".4650", %"gtpu_d1.linear"], [%".4671", %"gtpu_d1.copy_failed.endif"]
  %"data.212" = phi  ptr [%"data.163", %"gtpu_d1.linear"], [%"data.211", %"gtpu_d1.copy_failed.endif"]
  %"data_end.212" = phi  ptr [%"data_end.163", %"gtpu_d1.linear"], [%"data_end.211", %"gtpu_d1.copy_failed.endif"]
  %"keys.212" = phi  ptr [%"keys.163", %"gtpu_d1.linear"], [%"keys.211", %"gtpu_d1.copy_failed.endif"]
  %".4673" = zext i8 %"w0_1.22" to i64
  %".4674" = lshr i64 %".4673", 5
  %".4675" = and i64 %".4674", 7
  %".4676" = icmp ne i64 %".4675", 1
  %".4677" = zext i8 %"w0_1.22" to i64
  %".4678" = lshr i64 %".4677", 4
  %".4679" = and i64 %".4678", 1
  %".4680" = icmp ne i64 %".4679", 1
  %".4681" = or i1 %".4676", %".4680"
  %".4682" = zext i8 %"w1_1.14" to i64
  %".4683" = icmp ne i64 %".4682", 255
  %".4684" = or i1 %".4681", %".4683"
  br i1 %".4684", label %"gtpu_d1.stop_before", label %"gtpu_d1.stop_before.endif"
shim_d1:
  %"cursor.63" = phi  i64 [%"end.10", %"udp_d1.to_shim"]
  %"data.164" = phi  ptr [%"data.159", %"udp_d1.to_shim"]
  %"data_end.164" = phi  ptr [%"data_end.159", %"udp_d1.to_shim"]
  %"keys.164" = phi  ptr [%"keys.159", %"udp_d1.to_shim"]
  %"hdr.59" = getelementptr i8, ptr %"data.164", i64 %"cursor.63"
  %".4740" = getelementptr i8, ptr %"hdr.59", i64 8
  %".4741" = icmp ugt ptr %".4740", %"data_end.164"
  br i1 %".4741", label %"shim_d1.copy", label %"shim_d1.linear", !prof !0
shim_d1.linear:
  %".4743" = getelementptr i8, ptr %"hdr.59", i64 2
  %".4744" = load i16, ptr %".4743", align 2
  br label %"shim_d1.header"
shim_d1.header:
  %"w2_2.21" = phi  i16 [%".4744", %"shim_d1.linear"], [%".4763", %"shim_d1.copy_failed.endif"]
  %"data.214" = phi  ptr [%"data.164", %"shim_d1.linear"], [%"data.213", %"shim_d1.copy_failed.endif"]
  %"data_end.214" = phi  ptr [%"data_end.164", %"shim_d1.linear"], [%"data_end.213", %"shim_d1.copy_failed.endif"]
  %"keys.214" = phi  ptr [%"keys.164", %"shim_d1.linear"], [%"keys.213", %"shim_d1.copy_failed.endif"]
  %".4765" = add i64 %"cursor.63", 8
  %".4766" = getelementptr i8, ptr %"keys.214", i64 8
  store i8 1, ptr %".4766", align 1
  %".4768" = getelementptr i8, ptr %"keys.214", i64 48
  %"flags.77" = load volatile i32, ptr %".4768", align 4
  %".4769" = and i32 %"flags.77", 4
  %".4770" = icmp ne i32 %".4769", 0
  br i1 %".4770", label %"shim_d1.stop_at_encap", label %"shim_d1.stop_at_encap.endif"
gre_version_d1.copy:
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3479" = trunc i64 %"cursor.46" to i32
  %".3480" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".3479", [40 x i8]* %"header_copy", i32 4)
  %".3481" = icmp eq i64 %".3480", 0
  %".3482" = getelementptr i8, ptr %"ctx.51", i64 76
  %".3483" = load i32, ptr %".3482", align 4
  %".3484" = zext i32 %".3483" to i64
  %"data.165" = inttoptr i64 %".3484" to ptr
  %".3485" = getelementptr i8, ptr %"ctx.51", i64 80
  %".3486" = load i32, ptr %".3485", align 4
  %".3487" = zext i32 %".3486" to i64
  %"data_end.165" = inttoptr i64 %".3487" to ptr
  %".3488" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.165" = load ptr, ptr %".3488", align 8
  %".3489" = xor i1 %".3481", -1
  br i1 %".3489", label %"gre_version_d1.copy_failed", label %"gre_version_d1.copy_failed.endif"
gre_version_d1.copy_failed:
  %".3491" = trunc i64 %"cursor.46" to i16
  %".3492" = getelementptr i8, ptr %"keys.165", i64 2
  store i16 %".3491", ptr %".3492", align 2
  br label %"return"
gre_version_d1.copy_failed.endif:
  %".3495" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3496" = load volatile i8, [40 x i8]* %".3495", align 1
  %".3497" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3498" = load volatile i8, [40 x i8]* %".3497", align 1
  %".3499" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3500" = load volatile i16, [40 x i8]* %".3499", align 2
  br label %"gre_version_d1.header"
gre_version_d1.stop_before:
  %".3511" = trunc i64 %"cursor.46" to i16
  %".3512" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3511", ptr %".3512", align 2
  br label %"return"
gre_version_d1.stop_before.endif:
  %".3515" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3516" = zext i16 %".3515" to i64
  %".3517" = trunc i64 %".3516" to i16
  %".3518" = call i16 @"llvm.bswap.i16"(i16 %".3517")
  %".3519" = getelementptr i8, ptr %"keys.166", i64 10
  store i16 %".3518", ptr %".3519", align 2
  %".3521" = zext i8 %"w1_1.10" to i64
  %".3522" = and i64 %".3521", 7
  switch i64 %".3522", label %"gre_version_d1.unknown" [i64 0, label %"gre_version_d1.to_gre" i64 1, label %"gre_version_d1.to_pptp"]
gre_version_d1.unknown:
  %".3524" = trunc i64 %"cursor.46" to i16
  %".3525" = getelementptr i8, ptr %"keys.166", i64 2
  store i16 %".3524", ptr %".3525", align 2
  br label %"return"
gre_version_d1.to_gre:
  br label %"gre_d1"
gre_version_d1.to_pptp:
  br label %"pptp_d1"
gre_d1:
  %"cursor.64" = phi  i64 [%"cursor.46", %"gre_version_d1.to_gre"]
  %"data.167" = phi  ptr [%"data.166", %"gre_version_d1.to_gre"]
  %"data_end.167" = phi  ptr [%"data_end.166", %"gre_version_d1.to_gre"]
  %"keys.167" = phi  ptr [%"keys.166", %"gre_version_d1.to_gre"]
  %"hdr.60" = getelementptr i8, ptr %"data.167", i64 %"cursor.64"
  %".4789" = getelementptr i8, ptr %"hdr.60", i64 4
  %".4790" = icmp ugt ptr %".4789", %"data_end.167"
  br i1 %".4790", label %"gre_d1.copy", label %"gre_d1.linear", !prof !0
gre_d1.linear:
  %".4792" = getelementptr i8, ptr %"hdr.60", i64 0
  %".4793" = load i8, ptr %".4792", align 1
  %".4794" = getelementptr i8, ptr %"hdr.60", i64 1
  %".4795" = load i8, ptr %".4794", align 1
  %".4796" = getelementptr i8, ptr %"hdr.60", i64 2
  %".4797" = load i16, ptr %".4796", align 2
  br label %"gre_d1.header"
gre_d1.header:
  %"w0_1.23" = phi  i8 [%".4793", %"gre_d1.linear"], [%".4816", %"gre_d1.copy_failed.endif"]
  %"w1_1.15" = phi  i8 [%".4795", %"gre_d1.linear"], [%".4818", %"gre_d1.copy_failed.endif"]
  %"w2_2.22" = phi  i16 [%".4797", %"gre_d1.linear"], [%".4820", %"gre_d1.copy_failed.endif"]
  %"data.216" = phi  ptr [%"data.167", %"gre_d1.linear"], [%"data.215", %"gre_d1.copy_failed.endif"]
  %"data_end.216" = phi  ptr [%"data_end.167", %"gre_d1.linear"], [%"data_end.215", %"gre_d1.copy_failed.endif"]
  %"keys.216" = phi  ptr [%"keys.167", %"gre_d1.linear"], [%"keys.215", %"gre_d1.copy_failed.endif"]
  %".4822" = zext i8 %"w1_1.15" to i64
  %".4823" = and i64 %".4822", 7
  %".4824" = icmp ne i64 %".4823", 0
  %".4825" = zext i8 %"w0_1.23" to i64
  %".4826" = lshr i64 %".4825", 6
  %".4827" = and i64 %".4826", 1
  %".4828" = icmp ne i64 %".4827", 0
  %".4829" = or i1 %".4824", %".4828"
  br i1 %".4829", label %"gre_d1.stop_before", label %"gre_d1.stop_before.endif"
pptp_d1:
  %"cursor.65" = phi  i64 [%"cursor.46", %"gre_version_d1.to_pptp"]
  %"data.168" = phi  ptr [%"data.166", %"gre_version_d1.to_pptp"]
  %"data_end.168" = phi  ptr [%"data_end.166", %"gre_version_d1.to_pptp"]
  %"keys.168" = phi  ptr [%"keys.166", %"gre_version_d1.to_pptp"]
  %"hdr.61" = getelementptr i8, ptr %"data.168", i64 %"cursor.65"
  %".4965" = getelementptr i8, ptr %"hdr.61", i64 4
  %".4966" = icmp ugt ptr %".4965", %"data_end.168"
  br i1 %".4966", label %"pptp_d1.copy", label %"pptp_d1.linear", !prof !0
pptp_d1.linear:
  %".4968" = getelementptr i8, ptr %"hdr.61", i64 0
  %".4969" = load i8, ptr %".4968", align 1
  %".4970" = getelementptr i8, ptr %"hdr.61", i64 1
  %".4971" = load i8, ptr %".4970", align 1
  %".4972" = getelementptr i8, ptr %"hdr.61", i64 2
  %".4973" = load i16, ptr %".4972", align 2
  br label %"pptp_d1.header"
pptp_d1.header:
  %"w0_1.24" = phi  i8 [%".4969", %"pptp_d1.linear"], [%".4992", %"pptp_d1.copy_failed.endif"]
  %"w1_1.16" = phi  i8 [%".4971", %"pptp_d1.linear"], [%".4994", %"pptp_d1.copy_failed.endif"]
  %"w2_2.23" = phi  i16 [%".4973", %"pptp_d1.linear"], [%".4996", %"pptp_d1.copy_failed.endif"]
  %"data.220" = phi  ptr [%"data.168", %"pptp_d1.linear"], [%"data.219", %"pptp_d1.copy_failed.endif"]
  %"data_end.220" = phi  ptr [%"data_end.168", %"pptp_d1.linear"], [%"data_end.219", %"pptp_d1.copy_failed.endif"]
  %"keys.220" = phi  ptr [%"keys.168", %"pptp_d1.linear"], [%"keys.219", %"pptp_d1.copy_failed.endif"]
  %".4998" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.23")
  %".4999" = zext i16 %".4998" to i64
  %".5000" = icmp ne i64 %".4999", 34827
  %".5001" = zext i8 %"w0_1.24" to i64
  %".5002" = lshr i64 %".5001", 5
  %".5003" = and i64 %".5002", 1
  %".5004" = icmp eq i64 %".5003", 0
  %".5005" = or i1 %".5000", %".5004"
  br i1 %".5005", label %"pptp_d1.stop_before", label %"pptp_d1.stop_before.endif"
ipv6_opts_d1_ipv6_ext1.copy:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3538" = trunc i64 %"cursor.47" to i32
  %".3539" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".3538", [40 x i8]* %"header_copy", i32 2)
  %".3540" = icmp eq i64 %".3539", 0
  %".3541" = getelementptr i8, ptr %"ctx.52", i64 76
  %".3542" = load i32, ptr %".3541", align 4
  %".3543" = zext i32 %".3542" to i64
  %"data.169" = inttoptr i64 %".3543" to ptr
  %".3544" = getelementptr i8, ptr %"ctx.52", i64 80
  %".3545" = load i32, ptr %".3544", align 4
  %".3546" = zext i32 %".3545" to i64
  %"data_end.169" = inttoptr i64 %".3546" to ptr
  %".3547" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.169" = load ptr, ptr %".3547", align 8
  %".3548" = xor i1 %".3540", -1
  br i1 %".3548", label %"ipv6_opts_d1_ipv6_ext1.copy_failed", label %"ipv6_opts_d1_ipv6_ext1.copy_failed.endif"
ipv6_opts_d1_ipv6_ext1.copy_failed:
  %".3550" = trunc i64 %"cursor.47" to i16
  %".3551" = getelementptr i8, ptr %"keys.169", i64 2
  store i16 %".3550", ptr %".3551", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.copy_failed.endif:
  %".3554" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3555" = load volatile i8, [40 x i8]* %".3554", align 1
  %".3556" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3557" = load volatile i8, [40 x i8]* %".3556", align 1
  br label %"ipv6_opts_d1_ipv6_ext1.header"
ipv6_opts_d1_ipv6_ext1.unknown:
  %".3570" = trunc i64 %"end.11" to i16
  %".3571" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3570", ptr %".3571", align 2
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
  %".3587" = trunc i64 34887 to i16
  %".3588" = call i16 @"llvm.bswap.i16"(i16 %".3587")
  %".3589" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3588", ptr %".3589", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext1.to_ipv4:
  %".3592" = trunc i64 2048 to i16
  %".3593" = call i16 @"llvm.bswap.i16"(i16 %".3592")
  %".3594" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3593", ptr %".3594", align 2
  %".3596" = getelementptr i8, ptr %"keys.170", i64 8
  store i8 1, ptr %".3596", align 1
  %".3598" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.58" = load volatile i32, ptr %".3598", align 4
  %".3599" = and i32 %"flags.58", 4
  %".3600" = icmp ne i32 %".3599", 0
  br i1 %".3600", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext1.to_ipv6:
  %".3612" = trunc i64 34525 to i16
  %".3613" = call i16 @"llvm.bswap.i16"(i16 %".3612")
  %".3614" = getelementptr i8, ptr %"keys.170", i64 10
  store i16 %".3613", ptr %".3614", align 2
  %".3616" = getelementptr i8, ptr %"keys.170", i64 8
  store i8 1, ptr %".3616", align 1
  %".3618" = getelementptr i8, ptr %"keys.170", i64 48
  %"flags.59" = load volatile i32, ptr %".3618", align 4
  %".3619" = and i32 %"flags.59", 4
  %".3620" = icmp ne i32 %".3619", 0
  br i1 %".3620", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.66" = phi  i64 [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%".6742", %"widening.to_ipv6_opts_d1_ipv6_ext2"]
  %"data.171" = phi  ptr [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data.293", %"widening.to_ipv6_opts_d1_ipv6_ext2"]
  %"data_end.171" = phi  ptr [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"data_end.293", %"widening.to_ipv6_opts_d1_ipv6_ext2"]
  %"keys.171" = phi  ptr [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2"], [%"keys", %"widening.to_ipv6_opts_d1_ipv6_ext2"]
  %"hdr.62" = getelementptr i8, ptr %"data.171", i64 %"cursor.66"
  %".5058" = getelementptr i8, ptr %"hdr.62", i64 2
  %".5059" = icmp ugt ptr %".5058", %"data_end.171"
  br i1 %".5059", label %"ipv6_opts_d1_ipv6_ext2.copy", label %"ipv6_opts_d1_ipv6_ext2.linear", !prof !0
ipv6_opts_d1_ipv6_ext2.linear:
  %".5061" = getelementptr i8, ptr %"hdr.62", i64 0
  %".5062" = load i8, ptr %".5061", align 1
  %".5063" = getelementptr i8, ptr %"hdr.62", i64 1
  %".5064" = load i8, ptr %".5063", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.header:
  %"w0_1.25" = phi  i8 [%".5062", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5083", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"w1_1.17" = phi  i8 [%".5064", %"ipv6_opts_d1_ipv6_ext2.linear"], [%".5085", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data.225" = phi  ptr [%"data.171", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data.224", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.225" = phi  ptr [%"data_end.171", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"data_end.224", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.225" = phi  ptr [%"keys.171", %"ipv6_opts_d1_ipv6_ext2.linear"], [%"keys.224", %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"]
  %".5087" = zext i8 %"w0_1.25" to i64
  %".5088" = trunc i64 %".5087" to i8
  %".5089" = getelementptr i8, ptr %"keys.225", i64 9
  store i8 %".5088", ptr %".5089", align 1
  %".5091" = add i64 %"cursor.66", 2
  %".5092" = zext i8 %"w1_1.17" to i64
  %".5093" = mul i64 %".5092", 8
  %".5094" = add i64 %".5093", 6
  %".5095" = add i64 %".5094", 2
  %"end.17" = add i64 %"cursor.66", %".5095"
  %".5096" = zext i8 %"w0_1.25" to i64
  switch i64 %".5096", label %"ipv6_opts_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2:
  %"cursor.67" = phi  i64 [%"end.11", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%".3665", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%".6726", %"widening.to_ipv6_frag_d1_ipv6_ext2"]
  %"data.172" = phi  ptr [%"data.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data.292", %"widening.to_ipv6_frag_d1_ipv6_ext2"]
  %"data_end.172" = phi  ptr [%"data_end.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"data_end.292", %"widening.to_ipv6_frag_d1_ipv6_ext2"]
  %"keys.172" = phi  ptr [%"keys.170", %"ipv6_opts_d1_ipv6_ext1.to_ipv6_frag"], [%"keys.174", %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag"], [%"keys", %"widening.to_ipv6_frag_d1_ipv6_ext2"]
  %"hdr.63" = getelementptr i8, ptr %"data.172", i64 %"cursor.67"
  %".5160" = getelementptr i8, ptr %"hdr.63", i64 8
  %".5161" = icmp ugt ptr %".5160", %"data_end.172"
  br i1 %".5161", label %"ipv6_frag_d1_ipv6_ext2.copy", label %"ipv6_frag_d1_ipv6_ext2.linear", !prof !0
ipv6_frag_d1_ipv6_ext2.linear:
  %".5163" = getelementptr i8, ptr %"hdr.63", i64 0
  %".5164" = load i8, ptr %".5163", align 1
  %".5165" = getelementptr i8, ptr %"hdr.63", i64 2
  %".5166" = load i16, ptr %".5165", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.header:
  %"w0_1.26" = phi  i8 [%".5164", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5185", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"w2_2.24" = phi  i16 [%".5166", %"ipv6_frag_d1_ipv6_ext2.linear"], [%".5187", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data.229" = phi  ptr [%"data.172", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data.228", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"data_end.229" = phi  ptr [%"data_end.172", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"data_end.228", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %"keys.229" = phi  ptr [%"keys.172", %"ipv6_frag_d1_ipv6_ext2.linear"], [%"keys.228", %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"]
  %".5189" = zext i8 %"w0_1.26" to i64
  %".5190" = trunc i64 %".5189" to i8
  %".5191" = getelementptr i8, ptr %"keys.229", i64 9
  store i8 %".5190", ptr %".5191", align 1
  %".5193" = add i64 %"cursor.67", 8
  %".5194" = icmp ne i64 1, 0
  %".5195" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.24")
  %".5196" = zext i16 %".5195" to i64
  %".5197" = and i64 %".5196", 65528
  %".5198" = icmp eq i64 %".5197", 0
  br i1 %".5194", label %"ipv6_frag_d1_ipv6_ext2.fragment", label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_opts_d1_ipv6_ext1.stop_at_encap:
  %".3602" = trunc i64 %"end.11" to i16
  %".3603" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3602", ptr %".3603", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif:
  %".3606" = getelementptr i8, ptr %"keys.170", i64 12
  store i32 0, ptr %".3606", align 4
  %".3608" = trunc i64 %"end.11" to i16
  %".3609" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3608", ptr %".3609", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.1:
  %".3622" = trunc i64 %"end.11" to i16
  %".3623" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3622", ptr %".3623", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3626" = getelementptr i8, ptr %"keys.170", i64 12
  store i32 0, ptr %".3626", align 4
  %".3628" = trunc i64 %"end.11" to i16
  %".3629" = getelementptr i8, ptr %"keys.170", i64 2
  store i16 %".3628", ptr %".3629", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy:
  %"ctx.53" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3640" = trunc i64 %"cursor.48" to i32
  %".3641" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.53", i32 %".3640", [40 x i8]* %"header_copy", i32 8)
  %".3642" = icmp eq i64 %".3641", 0
  %".3643" = getelementptr i8, ptr %"ctx.53", i64 76
  %".3644" = load i32, ptr %".3643", align 4
  %".3645" = zext i32 %".3644" to i64
  %"data.173" = inttoptr i64 %".3645" to ptr
  %".3646" = getelementptr i8, ptr %"ctx.53", i64 80
  %".3647" = load i32, ptr %".3646", align 4
  %".3648" = zext i32 %".3647" to i64
  %"data_end.173" = inttoptr i64 %".3648" to ptr
  %".3649" = getelementptr i8, ptr %"ctx.53", i64 144
  %"keys.173" = load ptr, ptr %".3649", align 8
  %".3650" = xor i1 %".3642", -1
  br i1 %".3650", label %"ipv6_frag_d1_ipv6_ext1.copy_failed", label %"ipv6_frag_d1_ipv6_ext1.copy_failed.endif"
ipv6_frag_d1_ipv6_ext1.copy_failed:
  %".3652" = trunc i64 %"cursor.48" to i16
  %".3653" = getelementptr i8, ptr %"keys.173", i64 2
  store i16 %".3652", ptr %".3653", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.copy_failed.endif:
  %".3656" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3657" = load volatile i8, [40 x i8]* %".3656", align 1
  %".3658" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3659" = load volatile i16, [40 x i8]* %".3658", align 2
  br label %"ipv6_frag_d1_ipv6_ext1.header"
ipv6_frag_d1_ipv6_ext1.fragment:
  %".3672" = getelementptr i8, ptr %"keys.174", i64 6
  store i8 1, ptr %".3672", align 1
  br i1 %".3670", label %"ipv6_frag_d1_ipv6_ext1.first_fragment", label %"ipv6_frag_d1_ipv6_ext1.later_fragment"
ipv6_frag_d1_ipv6_ext1.fragment.endif:
  %".3692" = zext i8 %"w0_1.17" to i64
  switch i64 %".3692", label %"ipv6_frag_d1_ipv6_ext1.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext1.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext1.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext1.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext1.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext1.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext1.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext1.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext1.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext1.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext1.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext1.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext1.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext1.first_fragment:
  %".3675" = getelementptr i8, ptr %"keys.174", i64 7
  store i8 1, ptr %".3675", align 1
  %".3677" = getelementptr i8, ptr %"keys.174", i64 48
  %"flags.60" = load volatile i32, ptr %".3677", align 4
  %".3678" = and i32 %"flags.60", 1
  %".3679" = icmp ne i32 %".3678", 0
  %".3680" = xor i1 %".3679", -1
  br i1 %".3680", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext1.later_fragment:
  %".3687" = trunc i64 %".3665" to i16
  %".3688" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3687", ptr %".3688", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.fragment.endif"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag:
  %".3682" = trunc i64 %".3665" to i16
  %".3683" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3682", ptr %".3683", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext1.first_fragment.endif"
ipv6_frag_d1_ipv6_ext1.unknown:
  %".3694" = trunc i64 %".3665" to i16
  %".3695" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3694", ptr %".3695", align 2
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
  %".3711" = trunc i64 34887 to i16
  %".3712" = call i16 @"llvm.bswap.i16"(i16 %".3711")
  %".3713" = getelementptr i8, ptr %"keys.174", i64 10
  store i16 %".3712", ptr %".3713", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext1.to_ipv4:
  %".3716" = trunc i64 2048 to i16
  %".3717" = call i16 @"llvm.bswap.i16"(i16 %".3716")
  %".3718" = getelementptr i8, ptr %"keys.174", i64 10
  store i16 %".3717", ptr %".3718", align 2
  %".3720" = getelementptr i8, ptr %"keys.174", i64 8
  store i8 1, ptr %".3720", align 1
  %".3722" = getelementptr i8, ptr %"keys.174", i64 48
  %"flags.61" = load volatile i32, ptr %".3722", align 4
  %".3723" = and i32 %"flags.61", 4
  %".3724" = icmp ne i32 %".3723", 0
  br i1 %".3724", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext1.to_ipv6:
  %".3736" = trunc i64 34525 to i16
  %".3737" = call i16 @"llvm.bswap.i16"(i16 %".3736")
  %".3738" = getelementptr i8, ptr %"keys.174", i64 10
  store i16 %".3737", ptr %".3738", align 2
  %".3740" = getelementptr i8, ptr %"keys.174", i64 8
  store i8 1, ptr %".3740", align 1
  %".3742" = getelementptr i8, ptr %"keys.174", i64 48
  %"flags.62" = load volatile i32, ptr %".3742", align 4
  %".3743" = and i32 %"flags.62", 4
  %".3744" = icmp ne i32 %".3743", 0
  br i1 %".3744", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext1.stop_at_encap:
  %".3726" = trunc i64 %".3665" to i16
  %".3727" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3726", ptr %".3727", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif:
  %".3730" = getelementptr i8, ptr %"keys.174", i64 12
  store i32 0, ptr %".3730", align 4
  %".3732" = trunc i64 %".3665" to i16
  %".3733" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3732", ptr %".3733", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.1:
  %".3746" = trunc i64 %".3665" to i16
  %".3747" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3746", ptr %".3747", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext1.stop_at_encap.endif.1:
  %".3750" = getelementptr i8, ptr %"keys.174", i64 12
  store i32 0, ptr %".3750", align 4
  %".3752" = trunc i64 %".3665" to i16
  %".3753" = getelementptr i8, ptr %"keys.174", i64 2
  store i16 %".3752", ptr %".3753", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy:
  %"ctx.54" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3764" = trunc i64 %"cursor.49" to i32
  %".3765" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.54", i32 %".3764", [40 x i8]* %"header_copy", i32 2)
  %".3766" = icmp eq i64 %".3765", 0
  %".3767" = getelementptr i8, ptr %"ctx.54", i64 76
  %".3768" = load i32, ptr %".3767", align 4
  %".3769" = zext i32 %".3768" to i64
  %"data.175" = inttoptr i64 %".3769" to ptr
  %".3770" = getelementptr i8, ptr %"ctx.54", i64 80
  %".3771" = load i32, ptr %".3770", align 4
  %".3772" = zext i32 %".3771" to i64
  %"data_end.175" = inttoptr i64 %".3772" to ptr
  %".3773" = getelementptr i8, ptr %"ctx.54", i64 144
  %"keys.175" = load ptr, ptr %".3773", align 8
  %".3774" = xor i1 %".3766", -1
  br i1 %".3774", label %"ipv6_opts_d0_ipv6_ext2.copy_failed", label %"ipv6_opts_d0_ipv6_ext2.copy_failed.endif"
ipv6_opts_d0_ipv6_ext2.copy_failed:
  %".3776" = trunc i64 %"cursor.49" to i16
  %".3777" = getelementptr i8, ptr %"keys.175", i64 2
  store i16 %".3776", ptr %".3777", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.copy_failed.endif:
  %".3780" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3781" = load volatile i8, [40 x i8]* %".3780", align 1
  %".3782" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3783" = load volatile i8, [40 x i8]* %".3782", align 1
  br label %"ipv6_opts_d0_ipv6_ext2.header"
ipv6_opts_d0_ipv6_ext2.unknown:
  %".3796" = trunc i64 %"end.12" to i16
  %".3797" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3796", ptr %".3797", align 2
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
  %".3813" = trunc i64 34887 to i16
  %".3814" = call i16 @"llvm.bswap.i16"(i16 %".3813")
  %".3815" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3814", ptr %".3815", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext2.to_ipv4:
  %".3818" = trunc i64 2048 to i16
  %".3819" = call i16 @"llvm.bswap.i16"(i16 %".3818")
  %".3820" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3819", ptr %".3820", align 2
  %".3822" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3822", align 1
  %".3824" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.63" = load volatile i32, ptr %".3824", align 4
  %".3825" = and i32 %"flags.63", 4
  %".3826" = icmp ne i32 %".3825", 0
  br i1 %".3826", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext2.to_ipv6:
  %".3835" = trunc i64 34525 to i16
  %".3836" = call i16 @"llvm.bswap.i16"(i16 %".3835")
  %".3837" = getelementptr i8, ptr %"keys.176", i64 10
  store i16 %".3836", ptr %".3837", align 2
  %".3839" = getelementptr i8, ptr %"keys.176", i64 8
  store i8 1, ptr %".3839", align 1
  %".3841" = getelementptr i8, ptr %"keys.176", i64 48
  %"flags.64" = load volatile i32, ptr %".3841", align 4
  %".3842" = and i32 %"flags.64", 4
  %".3843" = icmp ne i32 %".3842", 0
  br i1 %".3843", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.68" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%".6422", %"widening.to_ipv6_opts_d0_ipv6_ext3"]
  %"data.177" = phi  ptr [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data.273", %"widening.to_ipv6_opts_d0_ipv6_ext3"]
  %"data_end.177" = phi  ptr [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.273", %"widening.to_ipv6_opts_d0_ipv6_ext3"]
  %"keys.177" = phi  ptr [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.to_ipv6_opts_d0_ipv6_ext3"]
  %"hdr.64" = getelementptr i8, ptr %"data.177", i64 %"cursor.68"
  %".5284" = getelementptr i8, ptr %"hdr.64", i64 2
  %".5285" = icmp ugt ptr %".5284", %"data_end.177"
  br i1 %".5285", label %"ipv6_opts_d0_ipv6_ext3.copy", label %"ipv6_opts_d0_ipv6_ext3.linear", !prof !0
ipv6_opts_d0_ipv6_ext3.linear:
  %".5287" = getelementptr i8, ptr %"hdr.64", i64 0
  %".5288" = load i8, ptr %".5287", align 1
  %".5289" = getelementptr i8, ptr %"hdr.64", i64 1
  %".5290" = load i8, ptr %".5289", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.header:
  %"w0_1.27" = phi  i8 [%".5288", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5309", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"w1_1.18" = phi  i8 [%".5290", %"ipv6_opts_d0_ipv6_ext3.linear"], [%".5311", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data.231" = phi  ptr [%"data.177", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data.230", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.231" = phi  ptr [%"data_end.177", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"data_end.230", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.231" = phi  ptr [%"keys.177", %"ipv6_opts_d0_ipv6_ext3.linear"], [%"keys.230", %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"]
  %".5313" = zext i8 %"w0_1.27" to i64
  %".5314" = trunc i64 %".5313" to i8
  %".5315" = getelementptr i8, ptr %"keys.231", i64 9
  store i8 %".5314", ptr %".5315", align 1
  %".5317" = add i64 %"cursor.68", 2
  %".5318" = zext i8 %"w1_1.18" to i64
  %".5319" = mul i64 %".5318", 8
  %".5320" = add i64 %".5319", 6
  %".5321" = add i64 %".5320", 2
  %"end.18" = add i64 %"cursor.68", %".5321"
  %".5322" = zext i8 %"w0_1.27" to i64
  switch i64 %".5322", label %"ipv6_opts_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3:
  %"cursor.69" = phi  i64 [%"end.12", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%".3885", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%".6406", %"widening.to_ipv6_frag_d0_ipv6_ext3"]
  %"data.178" = phi  ptr [%"data.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data.272", %"widening.to_ipv6_frag_d0_ipv6_ext3"]
  %"data_end.178" = phi  ptr [%"data_end.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"data_end.272", %"widening.to_ipv6_frag_d0_ipv6_ext3"]
  %"keys.178" = phi  ptr [%"keys.176", %"ipv6_opts_d0_ipv6_ext2.to_ipv6_frag"], [%"keys.180", %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.to_ipv6_frag_d0_ipv6_ext3"]
  %"hdr.65" = getelementptr i8, ptr %"data.178", i64 %"cursor.69"
  %".5392" = getelementptr i8, ptr %"hdr.65", i64 8
  %".5393" = icmp ugt ptr %".5392", %"data_end.178"
  br i1 %".5393", label %"ipv6_frag_d0_ipv6_ext3.copy", label %"ipv6_frag_d0_ipv6_ext3.linear", !prof !0
ipv6_frag_d0_ipv6_ext3.linear:
  %".5395" = getelementptr i8, ptr %"hdr.65", i64 0
  %".5396" = load i8, ptr %".5395", align 1
  %".5397" = getelementptr i8, ptr %"hdr.65", i64 2
  %".5398" = load i16, ptr %".5397", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.header:
  %"w0_1.28" = phi  i8 [%".5396", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5417", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"w2_2.25" = phi  i16 [%".5398", %"ipv6_frag_d0_ipv6_ext3.linear"], [%".5419", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data.233" = phi  ptr [%"data.178", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data.232", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"data_end.233" = phi  ptr [%"data_end.178", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"data_end.232", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %"keys.233" = phi  ptr [%"keys.178", %"ipv6_frag_d0_ipv6_ext3.linear"], [%"keys.232", %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"]
  %".5421" = zext i8 %"w0_1.28" to i64
  %".5422" = trunc i64 %".5421" to i8
  %".5423" = getelementptr i8, ptr %"keys.233", i64 9
  store i8 %".5422", ptr %".5423", align 1
  %".5425" = add i64 %"cursor.69", 8
  %".5426" = icmp ne i64 1, 0
  %".5427" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.25")
  %".5428" = zext i16 %".5427" to i64
  %".5429" = and i64 %".5428", 65528
  %".5430" = icmp eq i64 %".5429", 0
  br i1 %".5426", label %"ipv6_frag_d0_ipv6_ext3.fragment", label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_opts_d0_ipv6_ext2.stop_at_encap:
  %".3828" = trunc i64 %"end.12" to i16
  %".3829" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3828", ptr %".3829", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif:
  %".3832" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3832", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.1:
  %".3845" = trunc i64 %"end.12" to i16
  %".3846" = getelementptr i8, ptr %"keys.176", i64 2
  store i16 %".3845", ptr %".3846", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3849" = getelementptr i8, ptr %"keys.176", i64 12
  store i32 0, ptr %".3849", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext2.copy:
  %"ctx.55" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3860" = trunc i64 %"cursor.50" to i32
  %".3861" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.55", i32 %".3860", [40 x i8]* %"header_copy", i32 8)
  %".3862" = icmp eq i64 %".3861", 0
  %".3863" = getelementptr i8, ptr %"ctx.55", i64 76
  %".3864" = load i32, ptr %".3863", align 4
  %".3865" = zext i32 %".3864" to i64
  %"data.179" = inttoptr i64 %".3865" to ptr
  %".3866" = getelementptr i8, ptr %"ctx.55", i64 80
  %".3867" = load i32, ptr %".3866", align 4
  %".3868" = zext i32 %".3867" to i64
  %"data_end.179" = inttoptr i64 %".3868" to ptr
  %".3869" = getelementptr i8, ptr %"ctx.55", i64 144
  %"keys.179" = load ptr, ptr %".3869", align 8
  %".3870" = xor i1 %".3862", -1
  br i1 %".3870", label %"ipv6_frag_d0_ipv6_ext2.copy_failed", label %"ipv6_frag_d0_ipv6_ext2.copy_failed.endif"
ipv6_frag_d0_ipv6_ext2.copy_failed:
  %".3872" = trunc i64 %"cursor.50" to i16
  %".3873" = getelementptr i8, ptr %"keys.179", i64 2
  store i16 %".3872", ptr %".3873", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.copy_failed.endif:
  %".3876" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3877" = load volatile i8, [40 x i8]* %".3876", align 1
  %".3878" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3879" = load volatile i16, [40 x i8]* %".3878", align 2
  br label %"ipv6_frag_d0_ipv6_ext2.header"
ipv6_frag_d0_ipv6_ext2.fragment:
  %".3892" = getelementptr i8, ptr %"keys.180", i64 6
  store i8 1, ptr %".3892", align 1
  br i1 %".3890", label %"ipv6_frag_d0_ipv6_ext2.first_fragment", label %"ipv6_frag_d0_ipv6_ext2.later_fragment"
ipv6_frag_d0_ipv6_ext2.fragment.endif:
  %".3912" = zext i8 %"w0_1.19" to i64
  switch i64 %".3912", label %"ipv6_frag_d0_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext2.first_fragment:
  %".3895" = getelementptr i8, ptr %"keys.180", i64 7
  store i8 1, ptr %".3895", align 1
  %".3897" = getelementptr i8, ptr %"keys.180", i64 48
  %"flags.65" = load volatile i32, ptr %".3897", align 4
  %".3898" = and i32 %"flags.65", 1
  %".3899" = icmp ne i32 %".3898", 0
  %".3900" = xor i1 %".3899", -1
  br i1 %".3900", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext2.later_fragment:
  %".3907" = trunc i64 %".3885" to i16
  %".3908" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".3907", ptr %".3908", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.fragment.endif"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag:
  %".3902" = trunc i64 %".3885" to i16
  %".3903" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".3902", ptr %".3903", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext2.first_fragment.endif"
ipv6_frag_d0_ipv6_ext2.unknown:
  %".3914" = trunc i64 %".3885" to i16
  %".3915" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".3914", ptr %".3915", align 2
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
  %".3931" = trunc i64 34887 to i16
  %".3932" = call i16 @"llvm.bswap.i16"(i16 %".3931")
  %".3933" = getelementptr i8, ptr %"keys.180", i64 10
  store i16 %".3932", ptr %".3933", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext2.to_ipv4:
  %".3936" = trunc i64 2048 to i16
  %".3937" = call i16 @"llvm.bswap.i16"(i16 %".3936")
  %".3938" = getelementptr i8, ptr %"keys.180", i64 10
  store i16 %".3937", ptr %".3938", align 2
  %".3940" = getelementptr i8, ptr %"keys.180", i64 8
  store i8 1, ptr %".3940", align 1
  %".3942" = getelementptr i8, ptr %"keys.180", i64 48
  %"flags.66" = load volatile i32, ptr %".3942", align 4
  %".3943" = and i32 %"flags.66", 4
  %".3944" = icmp ne i32 %".3943", 0
  br i1 %".3944", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext2.to_ipv6:
  %".3953" = trunc i64 34525 to i16
  %".3954" = call i16 @"llvm.bswap.i16"(i16 %".3953")
  %".3955" = getelementptr i8, ptr %"keys.180", i64 10
  store i16 %".3954", ptr %".3955", align 2
  %".3957" = getelementptr i8, ptr %"keys.180", i64 8
  store i8 1, ptr %".3957", align 1
  %".3959" = getelementptr i8, ptr %"keys.180", i64 48
  %"flags.67" = load volatile i32, ptr %".3959", align 4
  %".3960" = and i32 %"flags.67", 4
  %".3961" = icmp ne i32 %".3960", 0
  br i1 %".3961", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap:
  %".3946" = trunc i64 %".3885" to i16
  %".3947" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".3946", ptr %".3947", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif:
  %".3950" = getelementptr i8, ptr %"keys.180", i64 12
  store i32 0, ptr %".3950", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.1:
  %".3963" = trunc i64 %".3885" to i16
  %".3964" = getelementptr i8, ptr %"keys.180", i64 2
  store i16 %".3963", ptr %".3964", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext2.stop_at_encap.endif.1:
  %".3967" = getelementptr i8, ptr %"keys.180", i64 12
  store i32 0, ptr %".3967", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels3.copy:
  %"ctx.56" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3977" = trunc i64 %"cursor.51" to i32
  %".3978" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.56", i32 %".3977", [40 x i8]* %"header_copy", i32 4)
  %".3979" = icmp eq i64 %".3978", 0
  %".3980" = getelementptr i8, ptr %"ctx.56", i64 76
  %".3981" = load i32, ptr %".3980", align 4
  %".3982" = zext i32 %".3981" to i64
  %"data.181" = inttoptr i64 %".3982" to ptr
  %".3983" = getelementptr i8, ptr %"ctx.56", i64 80
  %".3984" = load i32, ptr %".3983", align 4
  %".3985" = zext i32 %".3984" to i64
  %"data_end.181" = inttoptr i64 %".3985" to ptr
  %".3986" = getelementptr i8, ptr %"ctx.56", i64 144
  %"keys.181" = load ptr, ptr %".3986", align 8
  %".3987" = xor i1 %".3979", -1
  br i1 %".3987", label %"mpls_d0_mpls_labels3.copy_failed", label %"mpls_d0_mpls_labels3.copy_failed.endif"
mpls_d0_mpls_labels3.copy_failed:
  %".3989" = trunc i64 %".3970" to i16
  %".3990" = getelementptr i8, ptr %"keys.181", i64 2
  store i16 %".3989", ptr %".3990", align 2
  br label %"return"
mpls_d0_mpls_labels3.copy_failed.endif:
  %".3993" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3994" = load volatile i8, [40 x i8]* %".3993", align 1
  br label %"mpls_d0_mpls_labels3.header"
mpls_d0_mpls_labels3.unknown:
  %".4000" = trunc i64 %".3996" to i16
  %".4001" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4000", ptr %".4001", align 2
  br label %"return"
mpls_d0_mpls_labels3.to_mpls:
  br label %"mpls_d0_mpls_labels4"
mpls_d0_mpls_labels3.to_ip_version:
  %".4005" = getelementptr i8, ptr %"keys.182", i64 8
  store i8 1, ptr %".4005", align 1
  %".4007" = getelementptr i8, ptr %"keys.182", i64 48
  %"flags.68" = load volatile i32, ptr %".4007", align 4
  %".4008" = and i32 %"flags.68", 4
  %".4009" = icmp ne i32 %".4008", 0
  br i1 %".4009", label %"mpls_d0_mpls_labels3.stop_at_encap", label %"mpls_d0_mpls_labels3.stop_at_encap.endif"
mpls_d0_mpls_labels4:
  %"cursor.70" = phi  i64 [%".3996", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data.183" = phi  ptr [%"data.182", %"mpls_d0_mpls_labels3.to_mpls"]
  %"data_end.183" = phi  ptr [%"data_end.182", %"mpls_d0_mpls_labels3.to_mpls"]
  %"keys.183" = phi  ptr [%"keys.182", %"mpls_d0_mpls_labels3.to_mpls"]
  %".5522" = add i64 %"cursor.70", 4
  %"hdr.66" = getelementptr i8, ptr %"data.183", i64 %"cursor.70"
  %".5523" = getelementptr i8, ptr %"hdr.66", i64 4
  %".5524" = icmp ugt ptr %".5523", %"data_end.183"
  br i1 %".5524", label %"mpls_d0_mpls_labels4.copy", label %"mpls_d0_mpls_labels4.linear", !prof !0
mpls_d0_mpls_labels4.linear:
  %".5526" = getelementptr i8, ptr %"hdr.66", i64 2
  %".5527" = load i8, ptr %".5526", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.header:
  %"w2_1.5" = phi  i8 [%".5527", %"mpls_d0_mpls_labels4.linear"], [%".5546", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data.235" = phi  ptr [%"data.183", %"mpls_d0_mpls_labels4.linear"], [%"data.234", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"data_end.235" = phi  ptr [%"data_end.183", %"mpls_d0_mpls_labels4.linear"], [%"data_end.234", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %"keys.235" = phi  ptr [%"keys.183", %"mpls_d0_mpls_labels4.linear"], [%"keys.234", %"mpls_d0_mpls_labels4.copy_failed.endif"]
  %".5548" = add i64 %"cursor.70", 4
  %".5549" = zext i8 %"w2_1.5" to i64
  %".5550" = and i64 %".5549", 1
  switch i64 %".5550", label %"mpls_d0_mpls_labels4.unknown" [i64 0, label %"mpls_d0_mpls_labels4.to_mpls" i64 1, label %"mpls_d0_mpls_labels4.to_ip_version"]
mpls_d0_mpls_labels3.stop_at_encap:
  %".4011" = trunc i64 %".3996" to i16
  %".4012" = getelementptr i8, ptr %"keys.182", i64 2
  store i16 %".4011", ptr %".4012", align 2
  br label %"return"
mpls_d0_mpls_labels3.stop_at_encap.endif:
  %".4015" = getelementptr i8, ptr %"keys.182", i64 12
  store i32 0, ptr %".4015", align 4
  br label %"ip_version_d1"
vlan_d1_vlan_tags2.copy:
  %"ctx.57" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4024" = trunc i64 %"cursor.52" to i32
  %".4025" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.57", i32 %".4024", [40 x i8]* %"header_copy", i32 4)
  %".4026" = icmp eq i64 %".4025", 0
  %".4027" = getelementptr i8, ptr %"ctx.57", i64 76
  %".4028" = load i32, ptr %".4027", align 4
  %".4029" = zext i32 %".4028" to i64
  %"data.184" = inttoptr i64 %".4029" to ptr
  %".4030" = getelementptr i8, ptr %"ctx.57", i64 80
  %".4031" = load i32, ptr %".4030", align 4
  %".4032" = zext i32 %".4031" to i64
  %"data_end.184" = inttoptr i64 %".4032" to ptr
  %".4033" = getelementptr i8, ptr %"ctx.57", i64 144
  %"keys.184" = load ptr, ptr %".4033", align 8
  %".4034" = xor i1 %".4026", -1
  br i1 %".4034", label %"vlan_d1_vlan_tags2.copy_failed", label %"vlan_d1_vlan_tags2.copy_failed.endif"
vlan_d1_vlan_tags2.copy_failed:
  %".4036" = trunc i64 %"cursor.52" to i16
  %".4037" = getelementptr i8, ptr %"keys.184", i64 2
  store i16 %".4036", ptr %".4037", align 2
  br label %"return"
vlan_d1_vlan_tags2.copy_failed.endif:
  %".4040" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4041" = load volatile i16, [40 x i8]* %".4040", align 2
  br label %"vlan_d1_vlan_tags2.header"
vlan_d1_vlan_tags2.unknown:
  %".4056" = trunc i64 %".4049" to i16
  %".4057" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4056", ptr %".4057", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
vlan_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
vlan_d1_vlan_tags2.to_vlan:
  %".4062" = trunc i64 %".4049" to i16
  %".4063" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4062", ptr %".4063", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_vlan.1:
  %".4066" = trunc i64 %".4049" to i16
  %".4067" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4066", ptr %".4067", align 2
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
  %".4079" = trunc i64 %".4049" to i16
  %".4080" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4079", ptr %".4080", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_hsr.1:
  %".4083" = trunc i64 %".4049" to i16
  %".4084" = getelementptr i8, ptr %"keys.185", i64 2
  store i16 %".4083", ptr %".4084", align 2
  br label %"return"
vlan_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
hsr_d1_vlan_tags2.copy:
  %"ctx.58" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4094" = trunc i64 %"cursor.53" to i32
  %".4095" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.58", i32 %".4094", [40 x i8]* %"header_copy", i32 6)
  %".4096" = icmp eq i64 %".4095", 0
  %".4097" = getelementptr i8, ptr %"ctx.58", i64 76
  %".4098" = load i32, ptr %".4097", align 4
  %".4099" = zext i32 %".4098" to i64
  %"data.186" = inttoptr i64 %".4099" to ptr
  %".4100" = getelementptr i8, ptr %"ctx.58", i64 80
  %".4101" = load i32, ptr %".4100", align 4
  %".4102" = zext i32 %".4101" to i64
  %"data_end.186" = inttoptr i64 %".4102" to ptr
  %".4103" = getelementptr i8, ptr %"ctx.58", i64 144
  %"keys.186" = load ptr, ptr %".4103", align 8
  %".4104" = xor i1 %".4096", -1
  br i1 %".4104", label %"hsr_d1_vlan_tags2.copy_failed", label %"hsr_d1_vlan_tags2.copy_failed.endif"
hsr_d1_vlan_tags2.copy_failed:
  %".4106" = trunc i64 %"cursor.53" to i16
  %".4107" = getelementptr i8, ptr %"keys.186", i64 2
  store i16 %".4106", ptr %".4107", align 2
  br label %"return"
hsr_d1_vlan_tags2.copy_failed.endif:
  %".4110" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".4111" = load volatile i16, [40 x i8]* %".4110", align 2
  br label %"hsr_d1_vlan_tags2.header"
hsr_d1_vlan_tags2.unknown:
  %".4126" = trunc i64 %".4119" to i16
  %".4127" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4126", ptr %".4127", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_ipv4:
  br label %"ipv4_d1"
hsr_d1_vlan_tags2.to_ipv6:
  br label %"ipv6_d1"
hsr_d1_vlan_tags2.to_vlan:
  %".4132" = trunc i64 %".4119" to i16
  %".4133" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4132", ptr %".4133", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_vlan.1:
  %".4136" = trunc i64 %".4119" to i16
  %".4137" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4136", ptr %".4137", align 2
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
  %".4149" = trunc i64 %".4119" to i16
  %".4150" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4149", ptr %".4150", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_hsr.1:
  %".4153" = trunc i64 %".4119" to i16
  %".4154" = getelementptr i8, ptr %"keys.187", i64 2
  store i16 %".4153", ptr %".4154", align 2
  br label %"return"
hsr_d1_vlan_tags2.to_batadv:
  br label %"batadv_d1"
mpls_d1_mpls_labels2.copy:
  %"ctx.59" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4165" = trunc i64 %"cursor.54" to i32
  %".4166" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.59", i32 %".4165", [40 x i8]* %"header_copy", i32 4)
  %".4167" = icmp eq i64 %".4166", 0
  %".4168" = getelementptr i8, ptr %"ctx.59", i64 76
  %".4169" = load i32, ptr %".4168", align 4
  %".4170" = zext i32 %".4169" to i64
  %"data.188" = inttoptr i64 %".4170" to ptr
  %".4171" = getelementptr i8, ptr %"ctx.59", i64 80
  %".4172" = load i32, ptr %".4171", align 4
  %".4173" = zext i32 %".4172" to i64
  %"data_end.188" = inttoptr i64 %".4173" to ptr
  %".4174" = getelementptr i8, ptr %"ctx.59", i64 144
  %"keys.188" = load ptr, ptr %".4174", align 8
  %".4175" = xor i1 %".4167", -1
  br i1 %".4175", label %"mpls_d1_mpls_labels2.copy_failed", label %"mpls_d1_mpls_labels2.copy_failed.endif"
mpls_d1_mpls_labels2.copy_failed:
  %".4177" = trunc i64 %".4158" to i16
  %".4178" = getelementptr i8, ptr %"keys.188", i64 2
  store i16 %".4177", ptr %".4178", align 2
  br label %"return"
mpls_d1_mpls_labels2.copy_failed.endif:
  %".4181" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4182" = load volatile i8, [40 x i8]* %".4181", align 1
  br label %"mpls_d1_mpls_labels2.header"
mpls_d1_mpls_labels2.unknown:
  %".4188" = trunc i64 %".4184" to i16
  %".4189" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4188", ptr %".4189", align 2
  br label %"return"
mpls_d1_mpls_labels2.to_mpls:
  br label %"mpls_d1_mpls_labels3"
mpls_d1_mpls_labels2.to_ip_version:
  %".4193" = getelementptr i8, ptr %"keys.189", i64 8
  store i8 1, ptr %".4193", align 1
  %".4195" = getelementptr i8, ptr %"keys.189", i64 48
  %"flags.69" = load volatile i32, ptr %".4195", align 4
  %".4196" = and i32 %"flags.69", 4
  %".4197" = icmp ne i32 %".4196", 0
  br i1 %".4197", label %"mpls_d1_mpls_labels2.stop_at_encap", label %"mpls_d1_mpls_labels2.stop_at_encap.endif"
mpls_d1_mpls_labels3:
  %"cursor.71" = phi  i64 [%".4184", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data.190" = phi  ptr [%"data.189", %"mpls_d1_mpls_labels2.to_mpls"]
  %"data_end.190" = phi  ptr [%"data_end.189", %"mpls_d1_mpls_labels2.to_mpls"]
  %"keys.190" = phi  ptr [%"keys.189", %"mpls_d1_mpls_labels2.to_mpls"]
  %".5573" = add i64 %"cursor.71", 4
  %"hdr.67" = getelementptr i8, ptr %"data.190", i64 %"cursor.71"
  %".5574" = getelementptr i8, ptr %"hdr.67", i64 4
  %".5575" = icmp ugt ptr %".5574", %"data_end.190"
  br i1 %".5575", label %"mpls_d1_mpls_labels3.copy", label %"mpls_d1_mpls_labels3.linear", !prof !0
mpls_d1_mpls_labels3.linear:
  %".5577" = getelementptr i8, ptr %"hdr.67", i64 2
  %".5578" = load i8, ptr %".5577", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.header:
  %"w2_1.6" = phi  i8 [%".5578", %"mpls_d1_mpls_labels3.linear"], [%".5597", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data.237" = phi  ptr [%"data.190", %"mpls_d1_mpls_labels3.linear"], [%"data.236", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"data_end.237" = phi  ptr [%"data_end.190", %"mpls_d1_mpls_labels3.linear"], [%"data_end.236", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %"keys.237" = phi  ptr [%"keys.190", %"mpls_d1_mpls_labels3.linear"], [%"keys.236", %"mpls_d1_mpls_labels3.copy_failed.endif"]
  %".5599" = add i64 %"cursor.71", 4
  %".5600" = zext i8 %"w2_1.6" to i64
  %".5601" = and i64 %".5600", 1
  switch i64 %".5601", label %"mpls_d1_mpls_labels3.unknown" [i64 0, label %"mpls_d1_mpls_labels3.to_mpls" i64 1, label %"mpls_d1_mpls_labels3.to_ip_version"]
mpls_d1_mpls_labels2.stop_at_encap:
  %".4199" = trunc i64 %".4184" to i16
  %".4200" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4199", ptr %".4200", align 2
  br label %"return"
mpls_d1_mpls_labels2.stop_at_encap.endif:
  %".4203" = getelementptr i8, ptr %"keys.189", i64 12
  store i32 0, ptr %".4203", align 4
  %".4205" = trunc i64 %".4184" to i16
  %".4206" = getelementptr i8, ptr %"keys.189", i64 2
  store i16 %".4205", ptr %".4206", align 2
  br label %"return"
ethernet_d1.copy:
  %"ctx.60" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4215" = trunc i64 %"cursor.55" to i32
  %".4216" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.60", i32 %".4215", [40 x i8]* %"header_copy", i32 14)
  %".4217" = icmp eq i64 %".4216", 0
  %".4218" = getelementptr i8, ptr %"ctx.60", i64 76
  %".4219" = load i32, ptr %".4218", align 4
  %".4220" = zext i32 %".4219" to i64
  %"data.191" = inttoptr i64 %".4220" to ptr
  %".4221" = getelementptr i8, ptr %"ctx.60", i64 80
  %".4222" = load i32, ptr %".4221", align 4
  %".4223" = zext i32 %".4222" to i64
  %"data_end.191" = inttoptr i64 %".4223" to ptr
  %".4224" = getelementptr i8, ptr %"ctx.60", i64 144
  %"keys.191" = load ptr, ptr %".4224", align 8
  %".4225" = xor i1 %".4217", -1
  br i1 %".4225", label %"ethernet_d1.copy_failed", label %"ethernet_d1.copy_failed.endif"
ethernet_d1.copy_failed:
  %".4227" = trunc i64 %"cursor.55" to i16
  %".4228" = getelementptr i8, ptr %"keys.191", i64 2
  store i16 %".4227", ptr %".4228", align 2
  br label %"return"
ethernet_d1.copy_failed.endif:
  %".4231" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".4232" = load volatile i16, [40 x i8]* %".4231", align 2
  br label %"ethernet_d1.header"
ethernet_d1.unknown:
  %".4244" = trunc i64 %".4240" to i16
  %".4245" = getelementptr i8, ptr %"keys.192", i64 2
  store i16 %".4244", ptr %".4245", align 2
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
  %"ctx.61" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4268" = trunc i64 %"cursor.56" to i32
  %".4269" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.61", i32 %".4268", [40 x i8]* %"header_copy", i32 4)
  %".4270" = icmp eq i64 %".4269", 0
  %".4271" = getelementptr i8, ptr %"ctx.61", i64 76
  %".4272" = load i32, ptr %".4271", align 4
  %".4273" = zext i32 %".4272" to i64
  %"data.193" = inttoptr i64 %".4273" to ptr
  %".4274" = getelementptr i8, ptr %"ctx.61", i64 80
  %".4275" = load i32, ptr %".4274", align 4
  %".4276" = zext i32 %".4275" to i64
  %"data_end.193" = inttoptr i64 %".4276" to ptr
  %".4277" = getelementptr i8, ptr %"ctx.61", i64 144
  %"keys.193" = load ptr, ptr %".4277", align 8
  %".4278" = xor i1 %".4270", -1
  br i1 %".4278", label %"gtpu_opt_d1.copy_failed", label %"gtpu_opt_d1.copy_failed.endif"
gtpu_opt_d1.copy_failed:
  %".4280" = trunc i64 %"cursor.56" to i16
  %".4281" = getelementptr i8, ptr %"keys.193", i64 2
  store i16 %".4280", ptr %".4281", align 2
  br label %"return"
gtpu_opt_d1.copy_failed.endif:
  br label %"gtpu_opt_d1.header"
gtpu_opt_d1.unknown:
  %".4287" = trunc i64 %".4285" to i16
  %".4288" = getelementptr i8, ptr %"keys.194", i64 2
  store i16 %".4287", ptr %".4288", align 2
  br label %"return"
gtpu_opt_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_seq_d1.copy:
  %"ctx.62" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4296" = trunc i64 %"cursor.57" to i32
  %".4297" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.62", i32 %".4296", [40 x i8]* %"header_copy", i32 3)
  %".4298" = icmp eq i64 %".4297", 0
  %".4299" = getelementptr i8, ptr %"ctx.62", i64 76
  %".4300" = load i32, ptr %".4299", align 4
  %".4301" = zext i32 %".4300" to i64
  %"data.195" = inttoptr i64 %".4301" to ptr
  %".4302" = getelementptr i8, ptr %"ctx.62", i64 80
  %".4303" = load i32, ptr %".4302", align 4
  %".4304" = zext i32 %".4303" to i64
  %"data_end.195" = inttoptr i64 %".4304" to ptr
  %".4305" = getelementptr i8, ptr %"ctx.62", i64 144
  %"keys.195" = load ptr, ptr %".4305", align 8
  %".4306" = xor i1 %".4298", -1
  br i1 %".4306", label %"gtpu_seq_d1.copy_failed", label %"gtpu_seq_d1.copy_failed.endif"
gtpu_seq_d1.copy_failed:
  %".4308" = trunc i64 %"cursor.57" to i16
  %".4309" = getelementptr i8, ptr %"keys.195", i64 2
  store i16 %".4308", ptr %".4309", align 2
  br label %"return"
gtpu_seq_d1.copy_failed.endif:
  br label %"gtpu_seq_d1.header"
gtpu_seq_d1.unknown:
  %".4315" = trunc i64 %".4313" to i16
  %".4316" = getelementptr i8, ptr %"keys.196", i64 2
  store i16 %".4315", ptr %".4316", align 2
  br label %"return"
gtpu_seq_d1.to_gtpu_next:
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.72" = phi  i64 [%".4313", %"gtpu_seq_d1.to_gtpu_next"]
  %"data.197" = phi  ptr [%"data.196", %"gtpu_seq_d1.to_gtpu_next"]
  %"data_end.197" = phi  ptr [%"data_end.196", %"gtpu_seq_d1.to_gtpu_next"]
  %"keys.197" = phi  ptr [%"keys.196", %"gtpu_seq_d1.to_gtpu_next"]
  %"hdr.68" = getelementptr i8, ptr %"data.197", i64 %"cursor.72"
  %".5624" = getelementptr i8, ptr %"hdr.68", i64 1
  %".5625" = icmp ugt ptr %".5624", %"data_end.197"
  br i1 %".5625", label %"gtpu_next_d1.copy", label %"gtpu_next_d1.linear", !prof !0
gtpu_next_d1.linear:
  %".5627" = getelementptr i8, ptr %"hdr.68", i64 0
  %".5628" = load i8, ptr %".5627", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.header:
  %"w0_1.29" = phi  i8 [%".5628", %"gtpu_next_d1.linear"], [%".5647", %"gtpu_next_d1.copy_failed.endif"]
  %"data.240" = phi  ptr [%"data.197", %"gtpu_next_d1.linear"], [%"data.239", %"gtpu_next_d1.copy_failed.endif"]
  %"data_end.240" = phi  ptr [%"data_end.197", %"gtpu_next_d1.linear"], [%"data_end.239", %"gtpu_next_d1.copy_failed.endif"]
  %"keys.240" = phi  ptr [%"keys.197", %"gtpu_next_d1.linear"], [%"keys.239", %"gtpu_next_d1.copy_failed.endif"]
  %".5649" = add i64 %"cursor.72", 1
  %".5650" = zext i8 %"w0_1.29" to i64
  %".5651" = icmp uge i64 %".5650", 1
  %".5652" = icmp ule i64 %".5650", 255
  %".5653" = and i1 %".5651", %".5652"
  br i1 %".5653", label %"gtpu_next_d1.to_gtpu_ext", label %"gtpu_next_d1.select"
ppp_d0.copy:
  %"ctx.63" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4326" = trunc i64 %"cursor.58" to i32
  %".4327" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.63", i32 %".4326", [40 x i8]* %"header_copy", i32 4)
  %".4328" = icmp eq i64 %".4327", 0
  %".4329" = getelementptr i8, ptr %"ctx.63", i64 76
  %".4330" = load i32, ptr %".4329", align 4
  %".4331" = zext i32 %".4330" to i64
  %"data.198" = inttoptr i64 %".4331" to ptr
  %".4332" = getelementptr i8, ptr %"ctx.63", i64 80
  %".4333" = load i32, ptr %".4332", align 4
  %".4334" = zext i32 %".4333" to i64
  %"data_end.198" = inttoptr i64 %".4334" to ptr
  %".4335" = getelementptr i8, ptr %"ctx.63", i64 144
  %"keys.198" = load ptr, ptr %".4335", align 8
  %".4336" = xor i1 %".4328", -1
  br i1 %".4336", label %"ppp_d0.copy_failed", label %"ppp_d0.copy_failed.endif"
ppp_d0.copy_failed:
  %".4338" = trunc i64 %"cursor.58" to i16
  %".4339" = getelementptr i8, ptr %"keys.198", i64 2
  store i16 %".4338", ptr %".4339", align 2
  br label %"return"
ppp_d0.copy_failed.endif:
  %".4342" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4343" = load volatile i16, [40 x i8]* %".4342", align 2
  br label %"ppp_d0.header"
ppp_d0.unknown:
  %".4349" = and i64 %".4347", 0
  %".4350" = icmp eq i64 %".4349", 0
  br i1 %".4350", label %"ppp_d0.to_ppp_unknown", label %"ppp_d0.select"
ppp_d0.to_ipv4:
  %".4356" = trunc i64 2048 to i16
  %".4357" = call i16 @"llvm.bswap.i16"(i16 %".4356")
  %".4358" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".4357", ptr %".4358", align 2
  %".4360" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".4360", align 1
  %".4362" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.70" = load volatile i32, ptr %".4362", align 4
  %".4363" = and i32 %"flags.70", 4
  %".4364" = icmp ne i32 %".4363", 0
  br i1 %".4364", label %"ppp_d0.stop_at_encap", label %"ppp_d0.stop_at_encap.endif"
ppp_d0.to_ipv6:
  %".4373" = trunc i64 34525 to i16
  %".4374" = call i16 @"llvm.bswap.i16"(i16 %".4373")
  %".4375" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".4374", ptr %".4375", align 2
  %".4377" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".4377", align 1
  %".4379" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.71" = load volatile i32, ptr %".4379", align 4
  %".4380" = and i32 %"flags.71", 4
  %".4381" = icmp ne i32 %".4380", 0
  br i1 %".4381", label %"ppp_d0.stop_at_encap.1", label %"ppp_d0.stop_at_encap.endif.1"
ppp_d0.to_ppp_unknown:
  %".4390" = trunc i64 34827 to i16
  %".4391" = call i16 @"llvm.bswap.i16"(i16 %".4390")
  %".4392" = getelementptr i8, ptr %"keys.199", i64 10
  store i16 %".4391", ptr %".4392", align 2
  %".4394" = getelementptr i8, ptr %"keys.199", i64 8
  store i8 1, ptr %".4394", align 1
  %".4396" = getelementptr i8, ptr %"keys.199", i64 48
  %"flags.72" = load volatile i32, ptr %".4396", align 4
  %".4397" = and i32 %"flags.72", 4
  %".4398" = icmp ne i32 %".4397", 0
  br i1 %".4398", label %"ppp_d0.stop_at_encap.2", label %"ppp_d0.stop_at_encap.endif.2"
ppp_d0.select:
  %".4352" = trunc i64 %".4345" to i16
  %".4353" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4352", ptr %".4353", align 2
  br label %"return"
ppp_d0.stop_at_encap:
  %".4366" = trunc i64 %".4345" to i16
  %".4367" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4366", ptr %".4367", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif:
  %".4370" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".4370", align 4
  br label %"ipv4_d1"
ppp_d0.stop_at_encap.1:
  %".4383" = trunc i64 %".4345" to i16
  %".4384" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4383", ptr %".4384", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.1:
  %".4387" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".4387", align 4
  br label %"ipv6_d1"
ppp_d0.stop_at_encap.2:
  %".4400" = trunc i64 %".4345" to i16
  %".4401" = getelementptr i8, ptr %"keys.199", i64 2
  store i16 %".4400", ptr %".4401", align 2
  br label %"return"
ppp_d0.stop_at_encap.endif.2:
  %".4404" = getelementptr i8, ptr %"keys.199", i64 12
  store i32 0, ptr %".4404", align 4
  br label %"ppp_unknown"
ppp_unknown:
  %"cursor.73" = phi  i64 [%".4345", %"ppp_d0.stop_at_encap.endif.2"]
  %"data.200" = phi  ptr [%"data.199", %"ppp_d0.stop_at_encap.endif.2"]
  %"data_end.200" = phi  ptr [%"data_end.199", %"ppp_d0.stop_at_encap.endif.2"]
  %"keys.200" = phi  ptr [%"keys.199", %"ppp_d0.stop_at_encap.endif.2"]
  %".5662" = add i64 %"cursor.73", 0
  %".5663" = trunc i64 %".5662" to i16
  %".5664" = getelementptr i8, ptr %"keys.200", i64 2
  store i16 %".5663", ptr %".5664", align 2
  br label %"return"
vxlan_d1.copy:
  %"ctx.64" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4411" = trunc i64 %"cursor.59" to i32
  %".4412" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.64", i32 %".4411", [40 x i8]* %"header_copy", i32 8)
  %".4413" = icmp eq i64 %".4412", 0
  %".4414" = getelementptr i8, ptr %"ctx.64", i64 76
  %".4415" = load i32, ptr %".4414", align 4
  %".4416" = zext i32 %".4415" to i64
  %"data.201" = inttoptr i64 %".4416" to ptr
  %".4417" = getelementptr i8, ptr %"ctx.64", i64 80
  %".4418" = load i32, ptr %".4417", align 4
  %".4419" = zext i32 %".4418" to i64
  %"data_end.201" = inttoptr i64 %".4419" to ptr
  %".4420" = getelementptr i8, ptr %"ctx.64", i64 144
  %"keys.201" = load ptr, ptr %".4420", align 8
  %".4421" = xor i1 %".4413", -1
  br i1 %".4421", label %"vxlan_d1.copy_failed", label %"vxlan_d1.copy_failed.endif"
vxlan_d1.copy_failed:
  %".4423" = trunc i64 %"cursor.59" to i16
  %".4424" = getelementptr i8, ptr %"keys.201", i64 2
  store i16 %".4423", ptr %".4424", align 2
  br label %"return"
vxlan_d1.copy_failed.endif:
  br label %"vxlan_d1.header"
vxlan_d1.stop_at_encap:
  %".4435" = trunc i64 %".4428" to i16
  %".4436" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4435", ptr %".4436", align 2
  br label %"return"
vxlan_d1.stop_at_encap.endif:
  %".4439" = getelementptr i8, ptr %"keys.202", i64 12
  store i32 0, ptr %".4439", align 4
  switch i64 0, label %"vxlan_d1.unknown" [i64 0, label %"vxlan_d1.to_ethernet"]
vxlan_d1.unknown:
  %".4442" = trunc i64 %".4428" to i16
  %".4443" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4442", ptr %".4443", align 2
  br label %"return"
vxlan_d1.to_ethernet:
  %".4446" = trunc i64 %".4428" to i16
  %".4447" = getelementptr i8, ptr %"keys.202", i64 2
  store i16 %".4446", ptr %".4447", align 2
  br label %"return"
geneve_d1.copy:
  %"ctx.65" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4458" = trunc i64 %"cursor.60" to i32
  %".4459" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.65", i32 %".4458", [40 x i8]* %"header_copy", i32 8)
  %".4460" = icmp eq i64 %".4459", 0
  %".4461" = getelementptr i8, ptr %"ctx.65", i64 76
  %".4462" = load i32, ptr %".4461", align 4
  %".4463" = zext i32 %".4462" to i64
  %"data.203" = inttoptr i64 %".4463" to ptr
  %".4464" = getelementptr i8, ptr %"ctx.65", i64 80
  %".4465" = load i32, ptr %".4464", align 4
  %".4466" = zext i32 %".4465" to i64
  %"data_end.203" = inttoptr i64 %".4466" to ptr
  %".4467" = getelementptr i8, ptr %"ctx.65", i64 144
  %"keys.203" = load ptr, ptr %".4467", align 8
  %".4468" = xor i1 %".4460", -1
  br i1 %".4468", label %"geneve_d1.copy_failed", label %"geneve_d1.copy_failed.endif"
geneve_d1.copy_failed:
  %".4470" = trunc i64 %"cursor.60" to i16
  %".4471" = getelementptr i8, ptr %"keys.203", i64 2
  store i16 %".4470", ptr %".4471", align 2
  br label %"return"
geneve_d1.copy_failed.endif:
  %".4474" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4475" = load volatile i8, [40 x i8]* %".4474", align 1
  %".4476" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4477" = load volatile i16, [40 x i8]* %".4476", align 2
  br label %"geneve_d1.header"
geneve_d1.stop_before:
  %".4484" = trunc i64 %"cursor.60" to i16
  %".4485" = getelementptr i8, ptr %"keys.204", i64 2
  store i16 %".4484", ptr %".4485", align 2
  br label %"return"
geneve_d1.stop_before.endif:
  %".4488" = add i64 %"cursor.60", 8
  %".4489" = zext i8 %"w0_1.20" to i64
  %".4490" = and i64 %".4489", 63
  %".4491" = mul i64 %".4490", 4
  %".4492" = add i64 %".4491", 8
  %".4493" = getelementptr i8, ptr %"data.204", i64 %"cursor.60"
  %".4494" = getelementptr i8, ptr %".4493", i64 %".4492"
  %".4495" = icmp ugt ptr %".4494", %"data_end.204"
  br i1 %".4495", label %"geneve_d1.copy_last_byte", label %"geneve_d1.variable_part", !prof !0
geneve_d1.variable_part:
  %"data.206" = phi  ptr [%"data.204", %"geneve_d1.stop_before.endif"], [%"data.205", %"geneve_d1.copy_last_byte_failed.endif"]
  %"data_end.206" = phi  ptr [%"data_end.204", %"geneve_d1.stop_before.endif"], [%"data_end.205", %"geneve_d1.copy_last_byte_failed.endif"]
  %"keys.206" = phi  ptr [%"keys.204", %"geneve_d1.stop_before.endif"], [%"keys.205", %"geneve_d1.copy_last_byte_failed.endif"]
  %"end.13" = add i64 %"cursor.60", %".4492"
  %".4516" = getelementptr i8, ptr %"keys.206", i64 8
  store i8 1, ptr %".4516", align 1
  %".4518" = getelementptr i8, ptr %"keys.206", i64 48
  %"flags.74" = load volatile i32, ptr %".4518", align 4
  %".4519" = and i32 %"flags.74", 4
  %".4520" = icmp ne i32 %".4519", 0
  br i1 %".4520", label %"geneve_d1.stop_at_encap", label %"geneve_d1.stop_at_encap.endif"
geneve_d1.copy_last_byte:
  %".4497" = add i64 %"cursor.60", %".4492"
  %".4498" = sub i64 %".4497", 1
  %"ctx.66" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4499" = trunc i64 %".4498" to i32
  %".4500" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.66", i32 %".4499", i64* %"last_byte", i32 1)
  %".4501" = icmp eq i64 %".4500", 0
  %".4502" = getelementptr i8, ptr %"ctx.66", i64 76
  %".4503" = load i32, ptr %".4502", align 4
  %".4504" = zext i32 %".4503" to i64
  %"data.205" = inttoptr i64 %".4504" to ptr
  %".4505" = getelementptr i8, ptr %"ctx.66", i64 80
  %".4506" = load i32, ptr %".4505", align 4
  %".4507" = zext i32 %".4506" to i64
  %"data_end.205" = inttoptr i64 %".4507" to ptr
  %".4508" = getelementptr i8, ptr %"ctx.66", i64 144
  %"keys.205" = load ptr, ptr %".4508", align 8
  %".4509" = xor i1 %".4501", -1
  br i1 %".4509", label %"geneve_d1.copy_last_byte_failed", label %"geneve_d1.copy_last_byte_failed.endif"
geneve_d1.copy_last_byte_failed:
  %".4511" = trunc i64 %"cursor.60" to i16
  %".4512" = getelementptr i8, ptr %"keys.205", i64 2
  store i16 %".4511", ptr %".4512", align 2
  br label %"return"
geneve_d1.copy_last_byte_failed.endif:
  br label %"geneve_d1.variable_part"
geneve_d1.stop_at_encap:
  %".4522" = trunc i64 %"end.13" to i16
  %".4523" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4522", ptr %".4523", align 2
  br label %"return"
geneve_d1.stop_at_encap.endif:
  %".4526" = getelementptr i8, ptr %"keys.206", i64 12
  store i32 0, ptr %".4526", align 4
  %".4528" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.20")
  %".4529" = zext i16 %".4528" to i64
  switch i64 %".4529", label %"geneve_d1.unknown" [i64 25944, label %"geneve_d1.to_ethernet" i64 2048, label %"geneve_d1.to_ipv4" i64 34525, label %"geneve_d1.to_ipv6"]  , !prof !5
geneve_d1.unknown:
  %".4531" = trunc i64 %"end.13" to i16
  %".4532" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4531", ptr %".4532", align 2
  br label %"return"
geneve_d1.to_ethernet:
  %".4535" = trunc i64 %"end.13" to i16
  %".4536" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4535", ptr %".4536", align 2
  br label %"return"
geneve_d1.to_ipv4:
  %".4539" = trunc i64 %"end.13" to i16
  %".4540" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4539", ptr %".4540", align 2
  br label %"return"
geneve_d1.to_ipv6:
  %".4543" = trunc i64 %"end.13" to i16
  %".4544" = getelementptr i8, ptr %"keys.206", i64 2
  store i16 %".4543", ptr %".4544", align 2
  br label %"return"
gue_d1.copy:
  %"ctx.67" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4555" = trunc i64 %"cursor.61" to i32
  %".4556" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.67", i32 %".4555", [40 x i8]* %"header_copy", i32 4)
  %".4557" = icmp eq i64 %".4556", 0
  %".4558" = getelementptr i8, ptr %"ctx.67", i64 76
  %".4559" = load i32, ptr %".4558", align 4
  %".4560" = zext i32 %".4559" to i64
  %"data.207" = inttoptr i64 %".4560" to ptr
  %".4561" = getelementptr i8, ptr %"ctx.67", i64 80
  %".4562" = load i32, ptr %".4561", align 4
  %".4563" = zext i32 %".4562" to i64
  %"data_end.207" = inttoptr i64 %".4563" to ptr
  %".4564" = getelementptr i8, ptr %"ctx.67", i64 144
  %"keys.207" = load ptr, ptr %".4564", align 8
  %".4565" = xor i1 %".4557", -1
  br i1 %".4565", label %"gue_d1.copy_failed", label %"gue_d1.copy_failed.endif"
gue_d1.copy_failed:
  %".4567" = trunc i64 %"cursor.61" to i16
  %".4568" = getelementptr i8, ptr %"keys.207", i64 2
  store i16 %".4567", ptr %".4568", align 2
  br label %"return"
gue_d1.copy_failed.endif:
  %".4571" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4572" = load volatile i8, [40 x i8]* %".4571", align 1
  %".4573" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4574" = load volatile i8, [40 x i8]* %".4573", align 1
  br label %"gue_d1.header"
gue_d1.stop_before:
  %".4586" = trunc i64 %"cursor.61" to i16
  %".4587" = getelementptr i8, ptr %"keys.208", i64 2
  store i16 %".4586", ptr %".4587", align 2
  br label %"return"
gue_d1.stop_before.endif:
  %".4590" = add i64 %"cursor.61", 4
  %".4591" = zext i8 %"w0_1.21" to i64
  %".4592" = and i64 %".4591", 31
  %".4593" = mul i64 %".4592", 4
  %".4594" = add i64 %".4593", 4
  %".4595" = getelementptr i8, ptr %"data.208", i64 %"cursor.61"
  %".4596" = getelementptr i8, ptr %".4595", i64 %".4594"
  %".4597" = icmp ugt ptr %".4596", %"data_end.208"
  br i1 %".4597", label %"gue_d1.copy_last_byte", label %"gue_d1.variable_part", !prof !0
gue_d1.variable_part:
  %"data.210" = phi  ptr [%"data.208", %"gue_d1.stop_before.endif"], [%"data.209", %"gue_d1.copy_last_byte_failed.endif"]
  %"data_end.210" = phi  ptr [%"data_end.208", %"gue_d1.stop_before.endif"], [%"data_end.209", %"gue_d1.copy_last_byte_failed.endif"]
  %"keys.210" = phi  ptr [%"keys.208", %"gue_d1.stop_before.endif"], [%"keys.209", %"gue_d1.copy_last_byte_failed.endif"]
  %"end.14" = add i64 %"cursor.61", %".4594"
  %".4618" = getelementptr i8, ptr %"keys.210", i64 8
  store i8 1, ptr %".4618", align 1
  %".4620" = getelementptr i8, ptr %"keys.210", i64 48
  %"flags.75" = load volatile i32, ptr %".4620", align 4
  %".4621" = and i32 %"flags.75", 4
  %".4622" = icmp ne i32 %".4621", 0
  br i1 %".4622", label %"gue_d1.stop_at_encap", label %"gue_d1.stop_at_encap.endif"
gue_d1.copy_last_byte:
  %".4599" = add i64 %"cursor.61", %".4594"
  %".4600" = sub i64 %".4599", 1
  %"ctx.68" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4601" = trunc i64 %".4600" to i32
  %".4602" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.68", i32 %".4601", i64* %"last_byte", i32 1)
  %".4603" = icmp eq i64 %".4602", 0
  %".4604" = getelementptr i8, ptr %"ctx.68", i64 76
  %".4605" = load i32, ptr %".4604", align 4
  %".4606" = zext i32 %".4605" to i64
  %"data.209" = inttoptr i64 %".4606" to ptr
  %".4607" = getelementptr i8, ptr %"ctx.68", i64 80
  %".4608" = load i32, ptr %".4607", align 4
  %".4609" = zext i32 %".4608" to i64
  %"data_end.209" = inttoptr i64 %".4609" to ptr
  %".4610" = getelementptr i8, ptr %"ctx.68", i64 144
  %"keys.209" = load ptr, ptr %".4610", align 8
  %".4611" = xor i1 %".4603", -1
  br i1 %".4611", label %"gue_d1.copy_last_byte_failed", label %"gue_d1.copy_last_byte_failed.endif"
gue_d1.copy_last_byte_failed:
  %".4613" = trunc i64 %"cursor.61" to i16
  %".4614" = getelementptr i8, ptr %"keys.209", i64 2
  store i16 %".4613", ptr %".4614", align 2
  br label %"return"
gue_d1.copy_last_byte_failed.endif:
  br label %"gue_d1.variable_part"
gue_d1.stop_at_encap:
  %".4624" = trunc i64 %"end.14" to i16
  %".4625" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4624", ptr %".4625", align 2
  br label %"return"
gue_d1.stop_at_encap.endif:
  %".4628" = getelementptr i8, ptr %"keys.210", i64 12
  store i32 0, ptr %".4628", align 4
  %".4630" = zext i8 %"w1_1.13" to i64
  switch i64 %".4630", label %"gue_d1.unknown" [i64 4, label %"gue_d1.to_ipv4" i64 41, label %"gue_d1.to_ipv6"]
gue_d1.unknown:
  %".4632" = trunc i64 %"end.14" to i16
  %".4633" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4632", ptr %".4633", align 2
  br label %"return"
gue_d1.to_ipv4:
  %".4636" = trunc i64 %"end.14" to i16
  %".4637" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4636", ptr %".4637", align 2
  br label %"return"
gue_d1.to_ipv6:
  %".4640" = trunc i64 %"end.14" to i16
  %".4641" = getelementptr i8, ptr %"keys.210", i64 2
  store i16 %".4640", ptr %".4641", align 2
  br label %"return"
gtpu_d1.copy:
  %"ctx.69" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4652" = trunc i64 %"cursor.62" to i32
  %".4653" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.69", i32 %".4652", [40 x i8]* %"header_copy", i32 8)
  %".4654" = icmp eq i64 %".4653", 0
  %".4655" = getelementptr i8, ptr %"ctx.69", i64 76
  %".4656" = load i32, ptr %".4655", align 4
  %".4657" = zext i32 %".4656" to i64
  %"data.211" = inttoptr i64 %".4657" to ptr
  %".4658" = getelementptr i8, ptr %"ctx.69", i64 80
  %".4659" = load i32, ptr %".4658", align 4
  %".4660" = zext i32 %".4659" to i64
  %"data_end.211" = inttoptr i64 %".4660" to ptr
  %".4661" = getelementptr i8, ptr %"ctx.69", i64 144
  %"keys.211" = load ptr, ptr %".4661", align 8
  %".4662" = xor i1 %".4654", -1
  br i1 %".4662", label %"gtpu_d1.copy_failed", label %"gtpu_d1.copy_failed.endif"
gtpu_d1.copy_failed:
  %".4664" = trunc i64 %"cursor.62" to i16
  %".4665" = getelementptr i8, ptr %"keys.211", i64 2
  store i16 %".4664", ptr %".4665", align 2
  br label %"return"
gtpu_d1.copy_failed.endif:
  %".4668" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4669" = load volatile i8, [40 x i8]* %".4668", align 1
  %".4670" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4671" = load volatile i8, [40 x i8]* %".4670", align 1
  br label %"gtpu_d1.header"
gtpu_d1.stop_before:
  %".4686" = trunc i64 %"cursor.62" to i16
  %".4687" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4686", ptr %".4687", align 2
  br label %"return"
gtpu_d1.stop_before.endif:
  %".4690" = add i64 %"cursor.62", 8
  %".4691" = getelementptr i8, ptr %"keys.212", i64 8
  store i8 1, ptr %".4691", align 1
  %".4693" = getelementptr i8, ptr %"keys.212", i64 48
  %"flags.76" = load volatile i32, ptr %".4693", align 4
  %".4694" = and i32 %"flags.76", 4
  %".4695" = icmp ne i32 %".4694", 0
  br i1 %".4695", label %"gtpu_d1.stop_at_encap", label %"gtpu_d1.stop_at_encap.endif"
gtpu_d1.stop_at_encap:
  %".4697" = trunc i64 %".4690" to i16
  %".4698" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4697", ptr %".4698", align 2
  br label %"return"
gtpu_d1.stop_at_encap.endif:
  %".4701" = getelementptr i8, ptr %"keys.212", i64 12
  store i32 0, ptr %".4701", align 4
  %".4703" = zext i8 %"w0_1.22" to i64
  %".4704" = lshr i64 %".4703", 2
  %".4705" = and i64 %".4704", 1
  %".4706" = mul i64 %".4705", 4
  %".4707" = zext i8 %"w0_1.22" to i64
  %".4708" = lshr i64 %".4707", 1
  %".4709" = and i64 %".4708", 1
  %".4710" = mul i64 %".4709", 2
  %".4711" = add i64 %".4706", %".4710"
  %".4712" = zext i8 %"w0_1.22" to i64
  %".4713" = and i64 %".4712", 1
  %".4714" = add i64 %".4711", %".4713"
  %".4715" = icmp uge i64 %".4714", 1
  %".4716" = icmp ule i64 %".4714", 3
  %".4717" = and i1 %".4715", %".4716"
  br i1 %".4717", label %"gtpu_d1.to_gtpu_opt", label %"gtpu_d1.select"
gtpu_d1.unknown:
  %".4724" = trunc i64 %".4690" to i16
  %".4725" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4724", ptr %".4725", align 2
  br label %"return"
gtpu_d1.to_ip_version:
  %".4728" = trunc i64 %".4690" to i16
  %".4729" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4728", ptr %".4729", align 2
  br label %"return"
gtpu_d1.to_gtpu_opt:
  %".4732" = trunc i64 %".4690" to i16
  %".4733" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4732", ptr %".4733", align 2
  br label %"return"
gtpu_d1.to_gtpu_seq:
  %".4736" = trunc i64 %".4690" to i16
  %".4737" = getelementptr i8, ptr %"keys.212", i64 2
  store i16 %".4736", ptr %".4737", align 2
  br label %"return"
gtpu_d1.select:
  %".4719" = icmp uge i64 %".4714", 4
  %".4720" = icmp ule i64 %".4714", 7
  %".4721" = and i1 %".4719", %".4720"
  br i1 %".4721", label %"gtpu_d1.to_gtpu_seq", label %"gtpu_d1.select.1"
gtpu_d1.select.1:
  switch i64 %".4714", label %"gtpu_d1.unknown" [i64 0, label %"gtpu_d1.to_ip_version"]
shim_d1.copy:
  %"ctx.70" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4746" = trunc i64 %"cursor.63" to i32
  %".4747" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.70", i32 %".4746", [40 x i8]* %"header_copy", i32 8)
  %".4748" = icmp eq i64 %".4747", 0
  %".4749" = getelementptr i8, ptr %"ctx.70", i64 76
  %".4750" = load i32, ptr %".4749", align 4
  %".4751" = zext i32 %".4750" to i64
  %"data.213" = inttoptr i64 %".4751" to ptr
  %".4752" = getelementptr i8, ptr %"ctx.70", i64 80
  %".4753" = load i32, ptr %".4752", align 4
  %".4754" = zext i32 %".4753" to i64
  %"data_end.213" = inttoptr i64 %".4754" to ptr
  %".4755" = getelementptr i8, ptr %"ctx.70", i64 144
  %"keys.213" = load ptr, ptr %".4755", align 8
  %".4756" = xor i1 %".4748", -1
  br i1 %".4756", label %"shim_d1.copy_failed", label %"shim_d1.copy_failed.endif"
shim_d1.copy_failed:
  %".4758" = trunc i64 %"cursor.63" to i16
  %".4759" = getelementptr i8, ptr %"keys.213", i64 2
  store i16 %".4758", ptr %".4759", align 2
  br label %"return"
shim_d1.copy_failed.endif:
  %".4762" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4763" = load volatile i16, [40 x i8]* %".4762", align 2
  br label %"shim_d1.header"
shim_d1.stop_at_encap:
  %".4772" = trunc i64 %".4765" to i16
  %".4773" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4772", ptr %".4773", align 2
  br label %"return"
shim_d1.stop_at_encap.endif:
  %".4776" = getelementptr i8, ptr %"keys.214", i64 12
  store i32 0, ptr %".4776", align 4
  %".4778" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.21")
  %".4779" = zext i16 %".4778" to i64
  switch i64 %".4779", label %"shim_d1.unknown" [i64 2048, label %"shim_d1.to_ipv4"]
shim_d1.unknown:
  %".4781" = trunc i64 %".4765" to i16
  %".4782" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4781", ptr %".4782", align 2
  br label %"return"
shim_d1.to_ipv4:
  %".4785" = trunc i64 %".4765" to i16
  %".4786" = getelementptr i8, ptr %"keys.214", i64 2
  store i16 %".4785", ptr %".4786", align 2
  br label %"return"
gre_d1.copy:
  %"ctx.71" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4799" = trunc i64 %"cursor.64" to i32
  %".4800" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.71", i32 %".4799", [40 x i8]* %"header_copy", i32 4)
  %".4801" = icmp eq i64 %".4800", 0
  %".4802" = getelementptr i8, ptr %"ctx.71", i64 76
  %".4803" = load i32, ptr %".4802", align 4
  %".4804" = zext i32 %".4803" to i64
  %"data.215" = inttoptr i64 %".4804" to ptr
  %".4805" = getelementptr i8, ptr %"ctx.71", i64 80
  %".4806" = load i32, ptr %".4805", align 4
  %".4807" = zext i32 %".4806" to i64
  %"data_end.215" = inttoptr i64 %".4807" to ptr
  %".4808" = getelementptr i8, ptr %"ctx.71", i64 144
  %"keys.215" = load ptr, ptr %".4808", align 8
  %".4809" = xor i1 %".4801", -1
  br i1 %".4809", label %"gre_d1.copy_failed", label %"gre_d1.copy_failed.endif"
gre_d1.copy_failed:
  %".4811" = trunc i64 %"cursor.64" to i16
  %".4812" = getelementptr i8, ptr %"keys.215", i64 2
  store i16 %".4811", ptr %".4812", align 2
  br label %"return"
gre_d1.copy_failed.endif:
  %".4815" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4816" = load volatile i8, [40 x i8]* %".4815", align 1
  %".4817" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4818" = load volatile i8, [40 x i8]* %".4817", align 1
  %".4819" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4820" = load volatile i16, [40 x i8]* %".4819", align 2
  br label %"gre_d1.header"
gre_d1.stop_before:
  %".4831" = trunc i64 %"cursor.64" to i16
  %".4832" = getelementptr i8, ptr %"keys.216", i64 2
  store i16 %".4831", ptr %".4832", align 2
  br label %"return"
gre_d1.stop_before.endif:
  %".4835" = add i64 %"cursor.64", 4
  %".4836" = zext i8 %"w0_1.23" to i64
  %".4837" = lshr i64 %".4836", 7
  %".4838" = and i64 %".4837", 1
  %".4839" = zext i8 %"w0_1.23" to i64
  %".4840" = lshr i64 %".4839", 5
  %".4841" = and i64 %".4840", 1
  %".4842" = add i64 %".4838", %".4841"
  %".4843" = zext i8 %"w0_1.23" to i64
  %".4844" = lshr i64 %".4843", 4
  %".4845" = and i64 %".4844", 1
  %".4846" = add i64 %".4842", %".4845"
  %".4847" = mul i64 %".4846", 4
  %".4848" = add i64 %".4847", 4
  %".4849" = getelementptr i8, ptr %"data.216", i64 %"cursor.64"
  %".4850" = getelementptr i8, ptr %".4849", i64 %".4848"
  %".4851" = icmp ugt ptr %".4850", %"data_end.216"
  br i1 %".4851", label %"gre_d1.copy_last_byte", label %"gre_d1.variable_part", !prof !0
gre_d1.variable_part:
  %"data.218" = phi  ptr [%"data.216", %"gre_d1.stop_before.endif"], [%"data.217", %"gre_d1.copy_last_byte_failed.endif"]
  %"data_end.218" = phi  ptr [%"data_end.216", %"gre_d1.stop_before.endif"], [%"data_end.217", %"gre_d1.copy_last_byte_failed.endif"]
  %"keys.218" = phi  ptr [%"keys.216", %"gre_d1.stop_before.endif"], [%"keys.217", %"gre_d1.copy_last_byte_failed.endif"]
  %"end.15" = add i64 %"cursor.64", %".4848"
  %".4872" = getelementptr i8, ptr %"keys.218", i64 8
  store i8 1, ptr %".4872", align 1
  %".4874" = getelementptr i8, ptr %"keys.218", i64 48
  %"flags.78" = load volatile i32, ptr %".4874", align 4
  %".4875" = and i32 %"flags.78", 4
  %".4876" = icmp ne i32 %".4875", 0
  br i1 %".4876", label %"gre_d1.stop_at_encap", label %"gre_d1.stop_at_encap.endif"
gre_d1.copy_last_byte:
  %".4853" = add i64 %"cursor.64", %".4848"
  %".4854" = sub i64 %".4853", 1
  %"ctx.72" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4855" = trunc i64 %".4854" to i32
  %".4856" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.72", i32 %".4855", i64* %"last_byte", i32 1)
  %".4857" = icmp eq i64 %".4856", 0
  %".4858" = getelementptr i8, ptr %"ctx.72", i64 76
  %".4859" = load i32, ptr %".4858", align 4
  %".4860" = zext i32 %".4859" to i64
  %"data.217" = inttoptr i64 %".4860" to ptr
  %".4861" = getelementptr i8, ptr %"ctx.72", i64 80
  %".4862" = load i32, ptr %".4861", align 4
  %".4863" = zext i32 %".4862" to i64
  %"data_end.217" = inttoptr i64 %".4863" to ptr
  %".4864" = getelementptr i8, ptr %"ctx.72", i64 144
  %"keys.217" = load ptr, ptr %".4864", align 8
  %".4865" = xor i1 %".4857", -1
  br i1 %".4865", label %"gre_d1.copy_last_byte_failed", label %"gre_d1.copy_last_byte_failed.endif"
gre_d1.copy_last_byte_failed:
  %".4867" = trunc i64 %"cursor.64" to i16
  %".4868" = getelementptr i8, ptr %"keys.217", i64 2
  store i16 %".4867", ptr %".4868", align 2
  br label %"return"
gre_d1.copy_last_byte_failed.endif:
  br label %"gre_d1.variable_part"
gre_d1.stop_at_encap:
  %".4878" = trunc i64 %"end.15" to i16
  %".4879" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4878", ptr %".4879", align 2
  br label %"return"
gre_d1.stop_at_encap.endif:
  %".4882" = getelementptr i8, ptr %"keys.218", i64 12
  store i32 0, ptr %".4882", align 4
  %".4884" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".4885" = zext i16 %".4884" to i64
  %".4886" = trunc i64 %".4885" to i16
  %".4887" = call i16 @"llvm.bswap.i16"(i16 %".4886")
  %".4888" = getelementptr i8, ptr %"keys.218", i64 10
  store i16 %".4887", ptr %".4888", align 2
  %".4890" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.22")
  %".4891" = zext i16 %".4890" to i64
  switch i64 %".4891", label %"gre_d1.unknown" [i64 2048, label %"gre_d1.to_ipv4" i64 34525, label %"gre_d1.to_ipv6" i64 33024, label %"gre_d1.to_vlan" i64 34984, label %"gre_d1.to_vlan.1" i64 34887, label %"gre_d1.to_mpls" i64 34888, label %"gre_d1.to_mpls.1" i64 34916, label %"gre_d1.to_pppoe" i64 2054, label %"gre_d1.to_arp" i64 32821, label %"gre_d1.to_arp.1" i64 35063, label %"gre_d1.to_ptp" i64 35074, label %"gre_d1.to_cfm" i64 35018, label %"gre_d1.to_tipc" i64 35078, label %"gre_d1.to_fcoe" i64 35119, label %"gre_d1.to_hsr" i64 35067, label %"gre_d1.to_hsr.1" i64 17157, label %"gre_d1.to_batadv" i64 25944, label %"gre_d1.to_ethernet"]  , !prof !6
gre_d1.unknown:
  %".4893" = trunc i64 %"end.15" to i16
  %".4894" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4893", ptr %".4894", align 2
  br label %"return"
gre_d1.to_ipv4:
  %".4897" = trunc i64 %"end.15" to i16
  %".4898" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4897", ptr %".4898", align 2
  br label %"return"
gre_d1.to_ipv6:
  %".4901" = trunc i64 %"end.15" to i16
  %".4902" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4901", ptr %".4902", align 2
  br label %"return"
gre_d1.to_vlan:
  %".4905" = trunc i64 %"end.15" to i16
  %".4906" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4905", ptr %".4906", align 2
  br label %"return"
gre_d1.to_vlan.1:
  %".4909" = trunc i64 %"end.15" to i16
  %".4910" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4909", ptr %".4910", align 2
  br label %"return"
gre_d1.to_mpls:
  %".4913" = trunc i64 %"end.15" to i16
  %".4914" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4913", ptr %".4914", align 2
  br label %"return"
gre_d1.to_mpls.1:
  %".4917" = trunc i64 %"end.15" to i16
  %".4918" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4917", ptr %".4918", align 2
  br label %"return"
gre_d1.to_pppoe:
  %".4921" = trunc i64 %"end.15" to i16
  %".4922" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4921", ptr %".4922", align 2
  br label %"return"
gre_d1.to_arp:
  %".4925" = trunc i64 %"end.15" to i16
  %".4926" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4925", ptr %".4926", align 2
  br label %"return"
gre_d1.to_arp.1:
  %".4929" = trunc i64 %"end.15" to i16
  %".4930" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4929", ptr %".4930", align 2
  br label %"return"
gre_d1.to_ptp:
  %".4933" = trunc i64 %"end.15" to i16
  %".4934" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4933", ptr %".4934", align 2
  br label %"return"
gre_d1.to_cfm:
  %".4937" = trunc i64 %"end.15" to i16
  %".4938" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4937", ptr %".4938", align 2
  br label %"return"
gre_d1.to_tipc:
  %".4941" = trunc i64 %"end.15" to i16
  %".4942" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4941", ptr %".4942", align 2
  br label %"return"
gre_d1.to_fcoe:
  %".4945" = trunc i64 %"end.15" to i16
  %".4946" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4945", ptr %".4946", align 2
  br label %"return"
gre_d1.to_hsr:
  %".4949" = trunc i64 %"end.15" to i16
  %".4950" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4949", ptr %".4950", align 2
  br label %"return"
gre_d1.to_hsr.1:
  %".4953" = trunc i64 %"end.15" to i16
  %".4954" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4953", ptr %".4954", align 2
  br label %"return"
gre_d1.to_batadv:
  %".4957" = trunc i64 %"end.15" to i16
  %".4958" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4957", ptr %".4958", align 2
  br label %"return"
gre_d1.to_ethernet:
  %".4961" = trunc i64 %"end.15" to i16
  %".4962" = getelementptr i8, ptr %"keys.218", i64 2
  store i16 %".4961", ptr %".4962", align 2
  br label %"return"
pptp_d1.copy:
  %"ctx.73" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4975" = trunc i64 %"cursor.65" to i32
  %".4976" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.73", i32 %".4975", [40 x i8]* %"header_copy", i32 4)
  %".4977" = icmp eq i64 %".4976", 0
  %".4978" = getelementptr i8, ptr %"ctx.73", i64 76
  %".4979" = load i32, ptr %".4978", align 4
  %".4980" = zext i32 %".4979" to i64
  %"data.219" = inttoptr i64 %".4980" to ptr
  %".4981" = getelementptr i8, ptr %"ctx.73", i64 80
  %".4982" = load i32, ptr %".4981", align 4
  %".4983" = zext i32 %".4982" to i64
  %"data_end.219" = inttoptr i64 %".4983" to ptr
  %".4984" = getelementptr i8, ptr %"ctx.73", i64 144
  %"keys.219" = load ptr, ptr %".4984", align 8
  %".4985" = xor i1 %".4977", -1
  br i1 %".4985", label %"pptp_d1.copy_failed", label %"pptp_d1.copy_failed.endif"
pptp_d1.copy_failed:
  %".4987" = trunc i64 %"cursor.65" to i16
  %".4988" = getelementptr i8, ptr %"keys.219", i64 2
  store i16 %".4987", ptr %".4988", align 2
  br label %"return"
pptp_d1.copy_failed.endif:
  %".4991" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4992" = load volatile i8, [40 x i8]* %".4991", align 1
  %".4993" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4994" = load volatile i8, [40 x i8]* %".4993", align 1
  %".4995" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4996" = load volatile i16, [40 x i8]* %".4995", align 2
  br label %"pptp_d1.header"
pptp_d1.stop_before:
  %".5007" = trunc i64 %"cursor.65" to i16
  %".5008" = getelementptr i8, ptr %"keys.220", i64 2
  store i16 %".5007", ptr %".5008", align 2
  br label %"return"
pptp_d1.stop_before.endif:
  %".5011" = add i64 %"cursor.65", 4
  %".5012" = zext i8 %"w0_1.24" to i64
  %".5013" = lshr i64 %".5012", 7
  %".5014" = and i64 %".5013", 1
  %".5015" = zext i8 %"w0_1.24" to i64
  %".5016" = lshr i64 %".5015", 5
  %".5017" = and i64 %".5016", 1
  %".5018" = add i64 %".5014", %".5017"
  %".5019" = zext i8 %"w0_1.24" to i64
  %".5020" = lshr i64 %".5019", 4
  %".5021" = and i64 %".5020", 1
  %".5022" = add i64 %".5018", %".5021"
  %".5023" = zext i8 %"w1_1.16" to i64
  %".5024" = lshr i64 %".5023", 7
  %".5025" = and i64 %".5024", 1
  %".5026" = add i64 %".5022", %".5025"
  %".5027" = mul i64 %".5026", 4
  %".5028" = add i64 %".5027", 4
  %".5029" = getelementptr i8, ptr %"data.220", i64 %"cursor.65"
  %".5030" = getelementptr i8, ptr %".5029", i64 %".5028"
  %".5031" = icmp ugt ptr %".5030", %"data_end.220"
  br i1 %".5031", label %"pptp_d1.copy_last_byte", label %"pptp_d1.variable_part", !prof !0
pptp_d1.variable_part:
  %"data.222" = phi  ptr [%"data.220", %"pptp_d1.stop_before.endif"], [%"data.221", %"pptp_d1.copy_last_byte_failed.endif"]
  %"data_end.222" = phi  ptr [%"data_end.220", %"pptp_d1.stop_before.endif"], [%"data_end.221", %"pptp_d1.copy_last_byte_failed.endif"]
  %"keys.222" = phi  ptr [%"keys.220", %"pptp_d1.stop_before.endif"], [%"keys.221", %"pptp_d1.copy_last_byte_failed.endif"]
  %"end.16" = add i64 %"cursor.65", %".5028"
  switch i64 0, label %"pptp_d1.unknown" [i64 0, label %"pptp_d1.to_ppp"]
pptp_d1.copy_last_byte:
  %".5033" = add i64 %"cursor.65", %".5028"
  %".5034" = sub i64 %".5033", 1
  %"ctx.74" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5035" = trunc i64 %".5034" to i32
  %".5036" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.74", i32 %".5035", i64* %"last_byte", i32 1)
  %".5037" = icmp eq i64 %".5036", 0
  %".5038" = getelementptr i8, ptr %"ctx.74", i64 76
  %".5039" = load i32, ptr %".5038", align 4
  %".5040" = zext i32 %".5039" to i64
  %"data.221" = inttoptr i64 %".5040" to ptr
  %".5041" = getelementptr i8, ptr %"ctx.74", i64 80
  %".5042" = load i32, ptr %".5041", align 4
  %".5043" = zext i32 %".5042" to i64
  %"data_end.221" = inttoptr i64 %".5043" to ptr
  %".5044" = getelementptr i8, ptr %"ctx.74", i64 144
  %"keys.221" = load ptr, ptr %".5044", align 8
  %".5045" = xor i1 %".5037", -1
  br i1 %".5045", label %"pptp_d1.copy_last_byte_failed", label %"pptp_d1.copy_last_byte_failed.endif"
pptp_d1.copy_last_byte_failed:
  %".5047" = trunc i64 %"cursor.65" to i16
  %".5048" = getelementptr i8, ptr %"keys.221", i64 2
  store i16 %".5047", ptr %".5048", align 2
  br label %"return"
pptp_d1.copy_last_byte_failed.endif:
  br label %"pptp_d1.variable_part"
pptp_d1.unknown:
  %".5053" = trunc i64 %"end.16" to i16
  %".5054" = getelementptr i8, ptr %"keys.222", i64 2
  store i16 %".5053", ptr %".5054", align 2
  br label %"return"
pptp_d1.to_ppp:
  br label %"ppp_d1"
ppp_d1:
  %"cursor.74" = phi  i64 [%"end.16", %"pptp_d1.to_ppp"]
  %"data.223" = phi  ptr [%"data.222", %"pptp_d1.to_ppp"]
  %"data_end.223" = phi  ptr [%"data_end.222", %"pptp_d1.to_ppp"]
  %"keys.223" = phi  ptr [%"keys.222", %"pptp_d1.to_ppp"]
  %"hdr.69" = getelementptr i8, ptr %"data.223", i64 %"cursor.74"
  %".5667" = getelementptr i8, ptr %"hdr.69", i64 4
  %".5668" = icmp ugt ptr %".5667", %"data_end.223"
  br i1 %".5668", label %"ppp_d1.copy", label %"ppp_d1.linear", !prof !0
ppp_d1.linear:
  %".5670" = getelementptr i8, ptr %"hdr.69", i64 2
  %".5671" = load i16, ptr %".5670", align 2
  br label %"ppp_d1.header"
ppp_d1.header:
  %"w2_2.26" = phi  i16 [%".5671", %"ppp_d1.linear"], [%".5690", %"ppp_d1.copy_failed.endif"]
  %"data.243" = phi  ptr [%"data.223", %"ppp_d1.linear"], [%"data.242", %"ppp_d1.copy_failed.endif"]
  %"data_end.243" = phi  ptr [%"data_end.223", %"ppp_d1.linear"], [%"data_end.242", %"ppp_d1.copy_failed.endif"]
  %"keys.243" = phi  ptr [%"keys.223", %"ppp_d1.linear"], [%"keys.242", %"ppp_d1.copy_failed.endif"]
  %".5692" = add i64 %"cursor.74", 4
  %".5693" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.26")
  %".5694" = zext i16 %".5693" to i64
  switch i64 %".5694", label %"ppp_d1.unknown" [i64 33, label %"ppp_d1.to_ipv4" i64 87, label %"ppp_d1.to_ipv6"]
ipv6_opts_d1_ipv6_ext2.copy:
  %"ctx.75" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5066" = trunc i64 %"cursor.66" to i32
  %".5067" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.75", i32 %".5066", [40 x i8]* %"header_copy", i32 2)
  %".5068" = icmp eq i64 %".5067", 0
  %".5069" = getelementptr i8, ptr %"ctx.75", i64 76
  %".5070" = load i32, ptr %".5069", align 4
  %".5071" = zext i32 %".5070" to i64
  %"data.224" = inttoptr i64 %".5071" to ptr
  %".5072" = getelementptr i8, ptr %"ctx.75", i64 80
  %".5073" = load i32, ptr %".5072", align 4
  %".5074" = zext i32 %".5073" to i64
  %"data_end.224" = inttoptr i64 %".5074" to ptr
  %".5075" = getelementptr i8, ptr %"ctx.75", i64 144
  %"keys.224" = load ptr, ptr %".5075", align 8
  %".5076" = xor i1 %".5068", -1
  br i1 %".5076", label %"ipv6_opts_d1_ipv6_ext2.copy_failed", label %"ipv6_opts_d1_ipv6_ext2.copy_failed.endif"
ipv6_opts_d1_ipv6_ext2.copy_failed:
  %".5078" = trunc i64 %"cursor.66" to i16
  %".5079" = getelementptr i8, ptr %"keys.224", i64 2
  store i16 %".5078", ptr %".5079", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.copy_failed.endif:
  %".5082" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5083" = load volatile i8, [40 x i8]* %".5082", align 1
  %".5084" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5085" = load volatile i8, [40 x i8]* %".5084", align 1
  br label %"ipv6_opts_d1_ipv6_ext2.header"
ipv6_opts_d1_ipv6_ext2.unknown:
  %".5098" = trunc i64 %"end.17" to i16
  %".5099" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5098", ptr %".5099", align 2
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
  %".5115" = trunc i64 34887 to i16
  %".5116" = call i16 @"llvm.bswap.i16"(i16 %".5115")
  %".5117" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5116", ptr %".5117", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext2.to_ipv4:
  %".5120" = trunc i64 2048 to i16
  %".5121" = call i16 @"llvm.bswap.i16"(i16 %".5120")
  %".5122" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5121", ptr %".5122", align 2
  %".5124" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".5124", align 1
  %".5126" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.79" = load volatile i32, ptr %".5126", align 4
  %".5127" = and i32 %"flags.79", 4
  %".5128" = icmp ne i32 %".5127", 0
  br i1 %".5128", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext2.to_ipv6:
  %".5140" = trunc i64 34525 to i16
  %".5141" = call i16 @"llvm.bswap.i16"(i16 %".5140")
  %".5142" = getelementptr i8, ptr %"keys.225", i64 10
  store i16 %".5141", ptr %".5142", align 2
  %".5144" = getelementptr i8, ptr %"keys.225", i64 8
  store i8 1, ptr %".5144", align 1
  %".5146" = getelementptr i8, ptr %"keys.225", i64 48
  %"flags.80" = load volatile i32, ptr %".5146", align 4
  %".5147" = and i32 %"flags.80", 4
  %".5148" = icmp ne i32 %".5147", 0
  br i1 %".5148", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.75" = phi  i64 [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%".6774", %"widening.to_ipv6_opts_d1_ipv6_ext3"]
  %"data.226" = phi  ptr [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data.295", %"widening.to_ipv6_opts_d1_ipv6_ext3"]
  %"data_end.226" = phi  ptr [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"data_end.295", %"widening.to_ipv6_opts_d1_ipv6_ext3"]
  %"keys.226" = phi  ptr [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2"], [%"keys", %"widening.to_ipv6_opts_d1_ipv6_ext3"]
  %"hdr.70" = getelementptr i8, ptr %"data.226", i64 %"cursor.75"
  %".5763" = getelementptr i8, ptr %"hdr.70", i64 2
  %".5764" = icmp ugt ptr %".5763", %"data_end.226"
  br i1 %".5764", label %"ipv6_opts_d1_ipv6_ext3.copy", label %"ipv6_opts_d1_ipv6_ext3.linear", !prof !0
ipv6_opts_d1_ipv6_ext3.linear:
  %".5766" = getelementptr i8, ptr %"hdr.70", i64 0
  %".5767" = load i8, ptr %".5766", align 1
  %".5768" = getelementptr i8, ptr %"hdr.70", i64 1
  %".5769" = load i8, ptr %".5768", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.header:
  %"w0_1.30" = phi  i8 [%".5767", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5788", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"w1_1.19" = phi  i8 [%".5769", %"ipv6_opts_d1_ipv6_ext3.linear"], [%".5790", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data.245" = phi  ptr [%"data.226", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data.244", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.245" = phi  ptr [%"data_end.226", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"data_end.244", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.245" = phi  ptr [%"keys.226", %"ipv6_opts_d1_ipv6_ext3.linear"], [%"keys.244", %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"]
  %".5792" = zext i8 %"w0_1.30" to i64
  %".5793" = trunc i64 %".5792" to i8
  %".5794" = getelementptr i8, ptr %"keys.245", i64 9
  store i8 %".5793", ptr %".5794", align 1
  %".5796" = add i64 %"cursor.75", 2
  %".5797" = zext i8 %"w1_1.19" to i64
  %".5798" = mul i64 %".5797", 8
  %".5799" = add i64 %".5798", 6
  %".5800" = add i64 %".5799", 2
  %"end.19" = add i64 %"cursor.75", %".5800"
  %".5801" = zext i8 %"w0_1.30" to i64
  switch i64 %".5801", label %"ipv6_opts_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_opts_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_opts_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_opts_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_opts_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_opts_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_opts_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_opts_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_opts_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_opts_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_opts_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_opts_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_opts_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3:
  %"cursor.76" = phi  i64 [%"end.17", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%".5193", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%".6758", %"widening.to_ipv6_frag_d1_ipv6_ext3"]
  %"data.227" = phi  ptr [%"data.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data.294", %"widening.to_ipv6_frag_d1_ipv6_ext3"]
  %"data_end.227" = phi  ptr [%"data_end.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"data_end.294", %"widening.to_ipv6_frag_d1_ipv6_ext3"]
  %"keys.227" = phi  ptr [%"keys.225", %"ipv6_opts_d1_ipv6_ext2.to_ipv6_frag"], [%"keys.229", %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag"], [%"keys", %"widening.to_ipv6_frag_d1_ipv6_ext3"]
  %"hdr.71" = getelementptr i8, ptr %"data.227", i64 %"cursor.76"
  %".5877" = getelementptr i8, ptr %"hdr.71", i64 8
  %".5878" = icmp ugt ptr %".5877", %"data_end.227"
  br i1 %".5878", label %"ipv6_frag_d1_ipv6_ext3.copy", label %"ipv6_frag_d1_ipv6_ext3.linear", !prof !0
ipv6_frag_d1_ipv6_ext3.linear:
  %".5880" = getelementptr i8, ptr %"hdr.71", i64 0
  %".5881" = load i8, ptr %".5880", align 1
  %".5882" = getelementptr i8, ptr %"hdr.71", i64 2
  %".5883" = load i16, ptr %".5882", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.header:
  %"w0_1.31" = phi  i8 [%".5881", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5902", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"w2_2.27" = phi  i16 [%".5883", %"ipv6_frag_d1_ipv6_ext3.linear"], [%".5904", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data.247" = phi  ptr [%"data.227", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data.246", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"data_end.247" = phi  ptr [%"data_end.227", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"data_end.246", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %"keys.247" = phi  ptr [%"keys.227", %"ipv6_frag_d1_ipv6_ext3.linear"], [%"keys.246", %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"]
  %".5906" = zext i8 %"w0_1.31" to i64
  %".5907" = trunc i64 %".5906" to i8
  %".5908" = getelementptr i8, ptr %"keys.247", i64 9
  store i8 %".5907", ptr %".5908", align 1
  %".5910" = add i64 %"cursor.76", 8
  %".5911" = icmp ne i64 1, 0
  %".5912" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.27")
  %".5913" = zext i16 %".5912" to i64
  %".5914" = and i64 %".5913", 65528
  %".5915" = icmp eq i64 %".5914", 0
  br i1 %".5911", label %"ipv6_frag_d1_ipv6_ext3.fragment", label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_opts_d1_ipv6_ext2.stop_at_encap:
  %".5130" = trunc i64 %"end.17" to i16
  %".5131" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5130", ptr %".5131", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif:
  %".5134" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".5134", align 4
  %".5136" = trunc i64 %"end.17" to i16
  %".5137" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5136", ptr %".5137", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.1:
  %".5150" = trunc i64 %"end.17" to i16
  %".5151" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5150", ptr %".5151", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5154" = getelementptr i8, ptr %"keys.225", i64 12
  store i32 0, ptr %".5154", align 4
  %".5156" = trunc i64 %"end.17" to i16
  %".5157" = getelementptr i8, ptr %"keys.225", i64 2
  store i16 %".5156", ptr %".5157", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy:
  %"ctx.76" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5168" = trunc i64 %"cursor.67" to i32
  %".5169" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.76", i32 %".5168", [40 x i8]* %"header_copy", i32 8)
  %".5170" = icmp eq i64 %".5169", 0
  %".5171" = getelementptr i8, ptr %"ctx.76", i64 76
  %".5172" = load i32, ptr %".5171", align 4
  %".5173" = zext i32 %".5172" to i64
  %"data.228" = inttoptr i64 %".5173" to ptr
  %".5174" = getelementptr i8, ptr %"ctx.76", i64 80
  %".5175" = load i32, ptr %".5174", align 4
  %".5176" = zext i32 %".5175" to i64
  %"data_end.228" = inttoptr i64 %".5176" to ptr
  %".5177" = getelementptr i8, ptr %"ctx.76", i64 144
  %"keys.228" = load ptr, ptr %".5177", align 8
  %".5178" = xor i1 %".5170", -1
  br i1 %".5178", label %"ipv6_frag_d1_ipv6_ext2.copy_failed", label %"ipv6_frag_d1_ipv6_ext2.copy_failed.endif"
ipv6_frag_d1_ipv6_ext2.copy_failed:
  %".5180" = trunc i64 %"cursor.67" to i16
  %".5181" = getelementptr i8, ptr %"keys.228", i64 2
  store i16 %".5180", ptr %".5181", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.copy_failed.endif:
  %".5184" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5185" = load volatile i8, [40 x i8]* %".5184", align 1
  %".5186" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5187" = load volatile i16, [40 x i8]* %".5186", align 2
  br label %"ipv6_frag_d1_ipv6_ext2.header"
ipv6_frag_d1_ipv6_ext2.fragment:
  %".5200" = getelementptr i8, ptr %"keys.229", i64 6
  store i8 1, ptr %".5200", align 1
  br i1 %".5198", label %"ipv6_frag_d1_ipv6_ext2.first_fragment", label %"ipv6_frag_d1_ipv6_ext2.later_fragment"
ipv6_frag_d1_ipv6_ext2.fragment.endif:
  %".5220" = zext i8 %"w0_1.26" to i64
  switch i64 %".5220", label %"ipv6_frag_d1_ipv6_ext2.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext2.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext2.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext2.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext2.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext2.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext2.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext2.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext2.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext2.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext2.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext2.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext2.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext2.first_fragment:
  %".5203" = getelementptr i8, ptr %"keys.229", i64 7
  store i8 1, ptr %".5203", align 1
  %".5205" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.81" = load volatile i32, ptr %".5205", align 4
  %".5206" = and i32 %"flags.81", 1
  %".5207" = icmp ne i32 %".5206", 0
  %".5208" = xor i1 %".5207", -1
  br i1 %".5208", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext2.later_fragment:
  %".5215" = trunc i64 %".5193" to i16
  %".5216" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5215", ptr %".5216", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.fragment.endif"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag:
  %".5210" = trunc i64 %".5193" to i16
  %".5211" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5210", ptr %".5211", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext2.first_fragment.endif"
ipv6_frag_d1_ipv6_ext2.unknown:
  %".5222" = trunc i64 %".5193" to i16
  %".5223" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5222", ptr %".5223", align 2
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
  %".5239" = trunc i64 34887 to i16
  %".5240" = call i16 @"llvm.bswap.i16"(i16 %".5239")
  %".5241" = getelementptr i8, ptr %"keys.229", i64 10
  store i16 %".5240", ptr %".5241", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext2.to_ipv4:
  %".5244" = trunc i64 2048 to i16
  %".5245" = call i16 @"llvm.bswap.i16"(i16 %".5244")
  %".5246" = getelementptr i8, ptr %"keys.229", i64 10
  store i16 %".5245", ptr %".5246", align 2
  %".5248" = getelementptr i8, ptr %"keys.229", i64 8
  store i8 1, ptr %".5248", align 1
  %".5250" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.82" = load volatile i32, ptr %".5250", align 4
  %".5251" = and i32 %"flags.82", 4
  %".5252" = icmp ne i32 %".5251", 0
  br i1 %".5252", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext2.to_ipv6:
  %".5264" = trunc i64 34525 to i16
  %".5265" = call i16 @"llvm.bswap.i16"(i16 %".5264")
  %".5266" = getelementptr i8, ptr %"keys.229", i64 10
  store i16 %".5265", ptr %".5266", align 2
  %".5268" = getelementptr i8, ptr %"keys.229", i64 8
  store i8 1, ptr %".5268", align 1
  %".5270" = getelementptr i8, ptr %"keys.229", i64 48
  %"flags.83" = load volatile i32, ptr %".5270", align 4
  %".5271" = and i32 %"flags.83", 4
  %".5272" = icmp ne i32 %".5271", 0
  br i1 %".5272", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext2.stop_at_encap:
  %".5254" = trunc i64 %".5193" to i16
  %".5255" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5254", ptr %".5255", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif:
  %".5258" = getelementptr i8, ptr %"keys.229", i64 12
  store i32 0, ptr %".5258", align 4
  %".5260" = trunc i64 %".5193" to i16
  %".5261" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5260", ptr %".5261", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.1:
  %".5274" = trunc i64 %".5193" to i16
  %".5275" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5274", ptr %".5275", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext2.stop_at_encap.endif.1:
  %".5278" = getelementptr i8, ptr %"keys.229", i64 12
  store i32 0, ptr %".5278", align 4
  %".5280" = trunc i64 %".5193" to i16
  %".5281" = getelementptr i8, ptr %"keys.229", i64 2
  store i16 %".5280", ptr %".5281", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy:
  %"ctx.77" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5292" = trunc i64 %"cursor.68" to i32
  %".5293" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.77", i32 %".5292", [40 x i8]* %"header_copy", i32 2)
  %".5294" = icmp eq i64 %".5293", 0
  %".5295" = getelementptr i8, ptr %"ctx.77", i64 76
  %".5296" = load i32, ptr %".5295", align 4
  %".5297" = zext i32 %".5296" to i64
  %"data.230" = inttoptr i64 %".5297" to ptr
  %".5298" = getelementptr i8, ptr %"ctx.77", i64 80
  %".5299" = load i32, ptr %".5298", align 4
  %".5300" = zext i32 %".5299" to i64
  %"data_end.230" = inttoptr i64 %".5300" to ptr
  %".5301" = getelementptr i8, ptr %"ctx.77", i64 144
  %"keys.230" = load ptr, ptr %".5301", align 8
  %".5302" = xor i1 %".5294", -1
  br i1 %".5302", label %"ipv6_opts_d0_ipv6_ext3.copy_failed", label %"ipv6_opts_d0_ipv6_ext3.copy_failed.endif"
ipv6_opts_d0_ipv6_ext3.copy_failed:
  %".5304" = trunc i64 %"cursor.68" to i16
  %".5305" = getelementptr i8, ptr %"keys.230", i64 2
  store i16 %".5304", ptr %".5305", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.copy_failed.endif:
  %".5308" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5309" = load volatile i8, [40 x i8]* %".5308", align 1
  %".5310" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5311" = load volatile i8, [40 x i8]* %".5310", align 1
  br label %"ipv6_opts_d0_ipv6_ext3.header"
ipv6_opts_d0_ipv6_ext3.unknown:
  %".5324" = trunc i64 %"end.18" to i16
  %".5325" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5324", ptr %".5325", align 2
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
  %".5336" = trunc i64 %"end.18" to i16
  %".5337" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5336", ptr %".5337", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5340" = trunc i64 %"end.18" to i16
  %".5341" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5340", ptr %".5341", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5344" = trunc i64 %"end.18" to i16
  %".5345" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5344", ptr %".5345", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_ipv6_frag:
  %".5348" = trunc i64 %"end.18" to i16
  %".5349" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5348", ptr %".5349", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d0_ipv6_ext3.to_mpls:
  %".5353" = trunc i64 34887 to i16
  %".5354" = call i16 @"llvm.bswap.i16"(i16 %".5353")
  %".5355" = getelementptr i8, ptr %"keys.231", i64 10
  store i16 %".5354", ptr %".5355", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_opts_d0_ipv6_ext3.to_ipv4:
  %".5358" = trunc i64 2048 to i16
  %".5359" = call i16 @"llvm.bswap.i16"(i16 %".5358")
  %".5360" = getelementptr i8, ptr %"keys.231", i64 10
  store i16 %".5359", ptr %".5360", align 2
  %".5362" = getelementptr i8, ptr %"keys.231", i64 8
  store i8 1, ptr %".5362", align 1
  %".5364" = getelementptr i8, ptr %"keys.231", i64 48
  %"flags.84" = load volatile i32, ptr %".5364", align 4
  %".5365" = and i32 %"flags.84", 4
  %".5366" = icmp ne i32 %".5365", 0
  br i1 %".5366", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d0_ipv6_ext3.to_ipv6:
  %".5375" = trunc i64 34525 to i16
  %".5376" = call i16 @"llvm.bswap.i16"(i16 %".5375")
  %".5377" = getelementptr i8, ptr %"keys.231", i64 10
  store i16 %".5376", ptr %".5377", align 2
  %".5379" = getelementptr i8, ptr %"keys.231", i64 8
  store i8 1, ptr %".5379", align 1
  %".5381" = getelementptr i8, ptr %"keys.231", i64 48
  %"flags.85" = load volatile i32, ptr %".5381", align 4
  %".5382" = and i32 %"flags.85", 4
  %".5383" = icmp ne i32 %".5382", 0
  br i1 %".5383", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap:
  %".5368" = trunc i64 %"end.18" to i16
  %".5369" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5368", ptr %".5369", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif:
  %".5372" = getelementptr i8, ptr %"keys.231", i64 12
  store i32 0, ptr %".5372", align 4
  br label %"ipv4_d1"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.1:
  %".5385" = trunc i64 %"end.18" to i16
  %".5386" = getelementptr i8, ptr %"keys.231", i64 2
  store i16 %".5385", ptr %".5386", align 2
  br label %"return"
ipv6_opts_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5389" = getelementptr i8, ptr %"keys.231", i64 12
  store i32 0, ptr %".5389", align 4
  br label %"ipv6_d1"
ipv6_frag_d0_ipv6_ext3.copy:
  %"ctx.78" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5400" = trunc i64 %"cursor.69" to i32
  %".5401" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.78", i32 %".5400", [40 x i8]* %"header_copy", i32 8)
  %".5402" = icmp eq i64 %".5401", 0
  %".5403" = getelementptr i8, ptr %"ctx.78", i64 76
  %".5404" = load i32, ptr %".5403", align 4
  %".5405" = zext i32 %".5404" to i64
  %"data.232" = inttoptr i64 %".5405" to ptr
  %".5406" = getelementptr i8, ptr %"ctx.78", i64 80
  %".5407" = load i32, ptr %".5406", align 4
  %".5408" = zext i32 %".5407" to i64
  %"data_end.232" = inttoptr i64 %".5408" to ptr
  %".5409" = getelementptr i8, ptr %"ctx.78", i64 144
  %"keys.232" = load ptr, ptr %".5409", align 8
  %".5410" = xor i1 %".5402", -1
  br i1 %".5410", label %"ipv6_frag_d0_ipv6_ext3.copy_failed", label %"ipv6_frag_d0_ipv6_ext3.copy_failed.endif"
ipv6_frag_d0_ipv6_ext3.copy_failed:
  %".5412" = trunc i64 %"cursor.69" to i16
  %".5413" = getelementptr i8, ptr %"keys.232", i64 2
  store i16 %".5412", ptr %".5413", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.copy_failed.endif:
  %".5416" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5417" = load volatile i8, [40 x i8]* %".5416", align 1
  %".5418" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5419" = load volatile i16, [40 x i8]* %".5418", align 2
  br label %"ipv6_frag_d0_ipv6_ext3.header"
ipv6_frag_d0_ipv6_ext3.fragment:
  %".5432" = getelementptr i8, ptr %"keys.233", i64 6
  store i8 1, ptr %".5432", align 1
  br i1 %".5430", label %"ipv6_frag_d0_ipv6_ext3.first_fragment", label %"ipv6_frag_d0_ipv6_ext3.later_fragment"
ipv6_frag_d0_ipv6_ext3.fragment.endif:
  %".5452" = zext i8 %"w0_1.28" to i64
  switch i64 %".5452", label %"ipv6_frag_d0_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d0_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d0_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d0_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d0_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d0_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d0_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d0_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d0_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d0_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d0_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d0_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d0_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d0_ipv6_ext3.first_fragment:
  %".5435" = getelementptr i8, ptr %"keys.233", i64 7
  store i8 1, ptr %".5435", align 1
  %".5437" = getelementptr i8, ptr %"keys.233", i64 48
  %"flags.86" = load volatile i32, ptr %".5437", align 4
  %".5438" = and i32 %"flags.86", 1
  %".5439" = icmp ne i32 %".5438", 0
  %".5440" = xor i1 %".5439", -1
  br i1 %".5440", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d0_ipv6_ext3.later_fragment:
  %".5447" = trunc i64 %".5425" to i16
  %".5448" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5447", ptr %".5448", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.fragment.endif"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag:
  %".5442" = trunc i64 %".5425" to i16
  %".5443" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5442", ptr %".5443", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d0_ipv6_ext3.first_fragment.endif"
ipv6_frag_d0_ipv6_ext3.unknown:
  %".5454" = trunc i64 %".5425" to i16
  %".5455" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5454", ptr %".5455", align 2
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
  %".5466" = trunc i64 %".5425" to i16
  %".5467" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5466", ptr %".5467", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.1:
  %".5470" = trunc i64 %".5425" to i16
  %".5471" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5470", ptr %".5471", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_opts.2:
  %".5474" = trunc i64 %".5425" to i16
  %".5475" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5474", ptr %".5475", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_ipv6_frag:
  %".5478" = trunc i64 %".5425" to i16
  %".5479" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5478", ptr %".5479", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d0_ipv6_ext3.to_mpls:
  %".5483" = trunc i64 34887 to i16
  %".5484" = call i16 @"llvm.bswap.i16"(i16 %".5483")
  %".5485" = getelementptr i8, ptr %"keys.233", i64 10
  store i16 %".5484", ptr %".5485", align 2
  br label %"mpls_d0_mpls_labels1"
ipv6_frag_d0_ipv6_ext3.to_ipv4:
  %".5488" = trunc i64 2048 to i16
  %".5489" = call i16 @"llvm.bswap.i16"(i16 %".5488")
  %".5490" = getelementptr i8, ptr %"keys.233", i64 10
  store i16 %".5489", ptr %".5490", align 2
  %".5492" = getelementptr i8, ptr %"keys.233", i64 8
  store i8 1, ptr %".5492", align 1
  %".5494" = getelementptr i8, ptr %"keys.233", i64 48
  %"flags.87" = load volatile i32, ptr %".5494", align 4
  %".5495" = and i32 %"flags.87", 4
  %".5496" = icmp ne i32 %".5495", 0
  br i1 %".5496", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d0_ipv6_ext3.to_ipv6:
  %".5505" = trunc i64 34525 to i16
  %".5506" = call i16 @"llvm.bswap.i16"(i16 %".5505")
  %".5507" = getelementptr i8, ptr %"keys.233", i64 10
  store i16 %".5506", ptr %".5507", align 2
  %".5509" = getelementptr i8, ptr %"keys.233", i64 8
  store i8 1, ptr %".5509", align 1
  %".5511" = getelementptr i8, ptr %"keys.233", i64 48
  %"flags.88" = load volatile i32, ptr %".5511", align 4
  %".5512" = and i32 %"flags.88", 4
  %".5513" = icmp ne i32 %".5512", 0
  br i1 %".5513", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap:
  %".5498" = trunc i64 %".5425" to i16
  %".5499" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5498", ptr %".5499", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif:
  %".5502" = getelementptr i8, ptr %"keys.233", i64 12
  store i32 0, ptr %".5502", align 4
  br label %"ipv4_d1"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.1:
  %".5515" = trunc i64 %".5425" to i16
  %".5516" = getelementptr i8, ptr %"keys.233", i64 2
  store i16 %".5515", ptr %".5516", align 2
  br label %"return"
ipv6_frag_d0_ipv6_ext3.stop_at_encap.endif.1:
  %".5519" = getelementptr i8, ptr %"keys.233", i64 12
  store i32 0, ptr %".5519", align 4
  br label %"ipv6_d1"
mpls_d0_mpls_labels4.copy:
  %"ctx.79" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5529" = trunc i64 %"cursor.70" to i32
  %".5530" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.79", i32 %".5529", [40 x i8]* %"header_copy", i32 4)
  %".5531" = icmp eq i64 %".5530", 0
  %".5532" = getelementptr i8, ptr %"ctx.79", i64 76
  %".5533" = load i32, ptr %".5532", align 4
  %".5534" = zext i32 %".5533" to i64
  %"data.234" = inttoptr i64 %".5534" to ptr
  %".5535" = getelementptr i8, ptr %"ctx.79", i64 80
  %".5536" = load i32, ptr %".5535", align 4
  %".5537" = zext i32 %".5536" to i64
  %"data_end.234" = inttoptr i64 %".5537" to ptr
  %".5538" = getelementptr i8, ptr %"ctx.79", i64 144
  %"keys.234" = load ptr, ptr %".5538", align 8
  %".5539" = xor i1 %".5531", -1
  br i1 %".5539", label %"mpls_d0_mpls_labels4.copy_failed", label %"mpls_d0_mpls_labels4.copy_failed.endif"
mpls_d0_mpls_labels4.copy_failed:
  %".5541" = trunc i64 %".5522" to i16
  %".5542" = getelementptr i8, ptr %"keys.234", i64 2
  store i16 %".5541", ptr %".5542", align 2
  br label %"return"
mpls_d0_mpls_labels4.copy_failed.endif:
  %".5545" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5546" = load volatile i8, [40 x i8]* %".5545", align 1
  br label %"mpls_d0_mpls_labels4.header"
mpls_d0_mpls_labels4.unknown:
  %".5552" = trunc i64 %".5548" to i16
  %".5553" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5552", ptr %".5553", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_mpls:
  %".5556" = trunc i64 %".5548" to i16
  %".5557" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5556", ptr %".5557", align 2
  br label %"return"
mpls_d0_mpls_labels4.to_ip_version:
  %".5560" = getelementptr i8, ptr %"keys.235", i64 8
  store i8 1, ptr %".5560", align 1
  %".5562" = getelementptr i8, ptr %"keys.235", i64 48
  %"flags.89" = load volatile i32, ptr %".5562", align 4
  %".5563" = and i32 %"flags.89", 4
  %".5564" = icmp ne i32 %".5563", 0
  br i1 %".5564", label %"mpls_d0_mpls_labels4.stop_at_encap", label %"mpls_d0_mpls_labels4.stop_at_encap.endif"
mpls_d0_mpls_labels4.stop_at_encap:
  %".5566" = trunc i64 %".5548" to i16
  %".5567" = getelementptr i8, ptr %"keys.235", i64 2
  store i16 %".5566", ptr %".5567", align 2
  br label %"return"
mpls_d0_mpls_labels4.stop_at_encap.endif:
  %".5570" = getelementptr i8, ptr %"keys.235", i64 12
  store i32 0, ptr %".5570", align 4
  br label %"ip_version_d1"
mpls_d1_mpls_labels3.copy:
  %"ctx.80" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5580" = trunc i64 %"cursor.71" to i32
  %".5581" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.80", i32 %".5580", [40 x i8]* %"header_copy", i32 4)
  %".5582" = icmp eq i64 %".5581", 0
  %".5583" = getelementptr i8, ptr %"ctx.80", i64 76
  %".5584" = load i32, ptr %".5583", align 4
  %".5585" = zext i32 %".5584" to i64
  %"data.236" = inttoptr i64 %".5585" to ptr
  %".5586" = getelementptr i8, ptr %"ctx.80", i64 80
  %".5587" = load i32, ptr %".5586", align 4
  %".5588" = zext i32 %".5587" to i64
  %"data_end.236" = inttoptr i64 %".5588" to ptr
  %".5589" = getelementptr i8, ptr %"ctx.80", i64 144
  %"keys.236" = load ptr, ptr %".5589", align 8
  %".5590" = xor i1 %".5582", -1
  br i1 %".5590", label %"mpls_d1_mpls_labels3.copy_failed", label %"mpls_d1_mpls_labels3.copy_failed.endif"
mpls_d1_mpls_labels3.copy_failed:
  %".5592" = trunc i64 %".5573" to i16
  %".5593" = getelementptr i8, ptr %"keys.236", i64 2
  store i16 %".5592", ptr %".5593", align 2
  br label %"return"
mpls_d1_mpls_labels3.copy_failed.endif:
  %".5596" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5597" = load volatile i8, [40 x i8]* %".5596", align 1
  br label %"mpls_d1_mpls_labels3.header"
mpls_d1_mpls_labels3.unknown:
  %".5603" = trunc i64 %".5599" to i16
  %".5604" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5603", ptr %".5604", align 2
  br label %"return"
mpls_d1_mpls_labels3.to_mpls:
  br label %"mpls_d1_mpls_labels4"
mpls_d1_mpls_labels3.to_ip_version:
  %".5608" = getelementptr i8, ptr %"keys.237", i64 8
  store i8 1, ptr %".5608", align 1
  %".5610" = getelementptr i8, ptr %"keys.237", i64 48
  %"flags.90" = load volatile i32, ptr %".5610", align 4
  %".5611" = and i32 %"flags.90", 4
  %".5612" = icmp ne i32 %".5611", 0
  br i1 %".5612", label %"mpls_d1_mpls_labels3.stop_at_encap", label %"mpls_d1_mpls_labels3.stop_at_encap.endif"
mpls_d1_mpls_labels4:
  %"cursor.77" = phi  i64 [%".5599", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data.238" = phi  ptr [%"data.237", %"mpls_d1_mpls_labels3.to_mpls"]
  %"data_end.238" = phi  ptr [%"data_end.237", %"mpls_d1_mpls_labels3.to_mpls"]
  %"keys.238" = phi  ptr [%"keys.237", %"mpls_d1_mpls_labels3.to_mpls"]
  %".6013" = add i64 %"cursor.77", 4
  %"hdr.72" = getelementptr i8, ptr %"data.238", i64 %"cursor.77"
  %".6014" = getelementptr i8, ptr %"hdr.72", i64 4
  %".6015" = icmp ugt ptr %".6014", %"data_end.238"
  br i1 %".6015", label %"mpls_d1_mpls_labels4.copy", label %"mpls_d1_mpls_labels4.linear", !prof !0
mpls_d1_mpls_labels4.linear:
  %".6017" = getelementptr i8, ptr %"hdr.72", i64 2
  %".6018" = load i8, ptr %".6017", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.header:
  %"w2_1.7" = phi  i8 [%".6018", %"mpls_d1_mpls_labels4.linear"], [%".6037", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data.249" = phi  ptr [%"data.238", %"mpls_d1_mpls_labels4.linear"], [%"data.248", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"data_end.249" = phi  ptr [%"data_end.238", %"mpls_d1_mpls_labels4.linear"], [%"data_end.248", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %"keys.249" = phi  ptr [%"keys.238", %"mpls_d1_mpls_labels4.linear"], [%"keys.248", %"mpls_d1_mpls_labels4.copy_failed.endif"]
  %".6039" = add i64 %"cursor.77", 4
  %".6040" = zext i8 %"w2_1.7" to i64
  %".6041" = and i64 %".6040", 1
  switch i64 %".6041", label %"mpls_d1_mpls_labels4.unknown" [i64 0, label %"mpls_d1_mpls_labels4.to_mpls" i64 1, label %"mpls_d1_mpls_labels4.to_ip_version"]
mpls_d1_mpls_labels3.stop_at_encap:
  %".5614" = trunc i64 %".5599" to i16
  %".5615" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5614", ptr %".5615", align 2
  br label %"return"
mpls_d1_mpls_labels3.stop_at_encap.endif:
  %".5618" = getelementptr i8, ptr %"keys.237", i64 12
  store i32 0, ptr %".5618", align 4
  %".5620" = trunc i64 %".5599" to i16
  %".5621" = getelementptr i8, ptr %"keys.237", i64 2
  store i16 %".5620", ptr %".5621", align 2
  br label %"return"
gtpu_next_d1.copy:
  %"ctx.81" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5630" = trunc i64 %"cursor.72" to i32
  %".5631" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.81", i32 %".5630", [40 x i8]* %"header_copy", i32 1)
  %".5632" = icmp eq i64 %".5631", 0
  %".5633" = getelementptr i8, ptr %"ctx.81", i64 76
  %".5634" = load i32, ptr %".5633", align 4
  %".5635" = zext i32 %".5634" to i64
  %"data.239" = inttoptr i64 %".5635" to ptr
  %".5636" = getelementptr i8, ptr %"ctx.81", i64 80
  %".5637" = load i32, ptr %".5636", align 4
  %".5638" = zext i32 %".5637" to i64
  %"data_end.239" = inttoptr i64 %".5638" to ptr
  %".5639" = getelementptr i8, ptr %"ctx.81", i64 144
  %"keys.239" = load ptr, ptr %".5639", align 8
  %".5640" = xor i1 %".5632", -1
  br i1 %".5640", label %"gtpu_next_d1.copy_failed", label %"gtpu_next_d1.copy_failed.endif"
gtpu_next_d1.copy_failed:
  %".5642" = trunc i64 %"cursor.72" to i16
  %".5643" = getelementptr i8, ptr %"keys.239", i64 2
  store i16 %".5642", ptr %".5643", align 2
  br label %"return"
gtpu_next_d1.copy_failed.endif:
  %".5646" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5647" = load volatile i8, [40 x i8]* %".5646", align 1
  br label %"gtpu_next_d1.header"
gtpu_next_d1.unknown:
  %".5656" = trunc i64 %".5649" to i16
  %".5657" = getelementptr i8, ptr %"keys.240", i64 2
  store i16 %".5656", ptr %".5657", align 2
  br label %"return"
gtpu_next_d1.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext1"
gtpu_next_d1.select:
  switch i64 %".5650", label %"gtpu_next_d1.unknown" [i64 0, label %"gtpu_next_d1.to_ip_version"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.78" = phi  i64 [%".5649", %"gtpu_next_d1.to_gtpu_ext"]
  %"data.241" = phi  ptr [%"data.240", %"gtpu_next_d1.to_gtpu_ext"]
  %"data_end.241" = phi  ptr [%"data_end.240", %"gtpu_next_d1.to_gtpu_ext"]
  %"keys.241" = phi  ptr [%"keys.240", %"gtpu_next_d1.to_gtpu_ext"]
  %"hdr.73" = getelementptr i8, ptr %"data.241", i64 %"cursor.78"
  %".6067" = getelementptr i8, ptr %"hdr.73", i64 1
  %".6068" = icmp ugt ptr %".6067", %"data_end.241"
  br i1 %".6068", label %"gtpu_ext_d1_gtpu_ext1.copy", label %"gtpu_ext_d1_gtpu_ext1.linear", !prof !0
gtpu_ext_d1_gtpu_ext1.linear:
  %".6070" = getelementptr i8, ptr %"hdr.73", i64 0
  %".6071" = load i8, ptr %".6070", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.header:
  %"w0_1.32" = phi  i8 [%".6071", %"gtpu_ext_d1_gtpu_ext1.linear"], [%".6090", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data.251" = phi  ptr [%"data.241", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data.250", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.251" = phi  ptr [%"data_end.241", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"data_end.250", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.251" = phi  ptr [%"keys.241", %"gtpu_ext_d1_gtpu_ext1.linear"], [%"keys.250", %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"]
  %".6092" = zext i8 %"w0_1.32" to i64
  %".6093" = icmp uge i64 %".6092", 1
  %".6094" = xor i1 %".6093", -1
  br i1 %".6094", label %"gtpu_ext_d1_gtpu_ext1.require", label %"gtpu_ext_d1_gtpu_ext1.require.endif"
ppp_d1.copy:
  %"ctx.82" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5673" = trunc i64 %"cursor.74" to i32
  %".5674" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.82", i32 %".5673", [40 x i8]* %"header_copy", i32 4)
  %".5675" = icmp eq i64 %".5674", 0
  %".5676" = getelementptr i8, ptr %"ctx.82", i64 76
  %".5677" = load i32, ptr %".5676", align 4
  %".5678" = zext i32 %".5677" to i64
  %"data.242" = inttoptr i64 %".5678" to ptr
  %".5679" = getelementptr i8, ptr %"ctx.82", i64 80
  %".5680" = load i32, ptr %".5679", align 4
  %".5681" = zext i32 %".5680" to i64
  %"data_end.242" = inttoptr i64 %".5681" to ptr
  %".5682" = getelementptr i8, ptr %"ctx.82", i64 144
  %"keys.242" = load ptr, ptr %".5682", align 8
  %".5683" = xor i1 %".5675", -1
  br i1 %".5683", label %"ppp_d1.copy_failed", label %"ppp_d1.copy_failed.endif"
ppp_d1.copy_failed:
  %".5685" = trunc i64 %"cursor.74" to i16
  %".5686" = getelementptr i8, ptr %"keys.242", i64 2
  store i16 %".5685", ptr %".5686", align 2
  br label %"return"
ppp_d1.copy_failed.endif:
  %".5689" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5690" = load volatile i16, [40 x i8]* %".5689", align 2
  br label %"ppp_d1.header"
ppp_d1.unknown:
  %".5696" = and i64 %".5694", 0
  %".5697" = icmp eq i64 %".5696", 0
  br i1 %".5697", label %"ppp_d1.to_ppp_unknown", label %"ppp_d1.select"
ppp_d1.to_ipv4:
  %".5703" = trunc i64 2048 to i16
  %".5704" = call i16 @"llvm.bswap.i16"(i16 %".5703")
  %".5705" = getelementptr i8, ptr %"keys.243", i64 10
  store i16 %".5704", ptr %".5705", align 2
  %".5707" = getelementptr i8, ptr %"keys.243", i64 8
  store i8 1, ptr %".5707", align 1
  %".5709" = getelementptr i8, ptr %"keys.243", i64 48
  %"flags.91" = load volatile i32, ptr %".5709", align 4
  %".5710" = and i32 %"flags.91", 4
  %".5711" = icmp ne i32 %".5710", 0
  br i1 %".5711", label %"ppp_d1.stop_at_encap", label %"ppp_d1.stop_at_encap.endif"
ppp_d1.to_ipv6:
  %".5723" = trunc i64 34525 to i16
  %".5724" = call i16 @"llvm.bswap.i16"(i16 %".5723")
  %".5725" = getelementptr i8, ptr %"keys.243", i64 10
  store i16 %".5724", ptr %".5725", align 2
  %".5727" = getelementptr i8, ptr %"keys.243", i64 8
  store i8 1, ptr %".5727", align 1
  %".5729" = getelementptr i8, ptr %"keys.243", i64 48
  %"flags.92" = load volatile i32, ptr %".5729", align 4
  %".5730" = and i32 %"flags.92", 4
  %".5731" = icmp ne i32 %".5730", 0
  br i1 %".5731", label %"ppp_d1.stop_at_encap.1", label %"ppp_d1.stop_at_encap.endif.1"
ppp_d1.to_ppp_unknown:
  %".5743" = trunc i64 34827 to i16
  %".5744" = call i16 @"llvm.bswap.i16"(i16 %".5743")
  %".5745" = getelementptr i8, ptr %"keys.243", i64 10
  store i16 %".5744", ptr %".5745", align 2
  %".5747" = getelementptr i8, ptr %"keys.243", i64 8
  store i8 1, ptr %".5747", align 1
  %".5749" = getelementptr i8, ptr %"keys.243", i64 48
  %"flags.93" = load volatile i32, ptr %".5749", align 4
  %".5750" = and i32 %"flags.93", 4
  %".5751" = icmp ne i32 %".5750", 0
  br i1 %".5751", label %"ppp_d1.stop_at_encap.2", label %"ppp_d1.stop_at_encap.endif.2"
ppp_d1.select:
  %".5699" = trunc i64 %".5692" to i16
  %".5700" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5699", ptr %".5700", align 2
  br label %"return"
ppp_d1.stop_at_encap:
  %".5713" = trunc i64 %".5692" to i16
  %".5714" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5713", ptr %".5714", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif:
  %".5717" = getelementptr i8, ptr %"keys.243", i64 12
  store i32 0, ptr %".5717", align 4
  %".5719" = trunc i64 %".5692" to i16
  %".5720" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5719", ptr %".5720", align 2
  br label %"return"
ppp_d1.stop_at_encap.1:
  %".5733" = trunc i64 %".5692" to i16
  %".5734" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5733", ptr %".5734", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.1:
  %".5737" = getelementptr i8, ptr %"keys.243", i64 12
  store i32 0, ptr %".5737", align 4
  %".5739" = trunc i64 %".5692" to i16
  %".5740" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5739", ptr %".5740", align 2
  br label %"return"
ppp_d1.stop_at_encap.2:
  %".5753" = trunc i64 %".5692" to i16
  %".5754" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5753", ptr %".5754", align 2
  br label %"return"
ppp_d1.stop_at_encap.endif.2:
  %".5757" = getelementptr i8, ptr %"keys.243", i64 12
  store i32 0, ptr %".5757", align 4
  %".5759" = trunc i64 %".5692" to i16
  %".5760" = getelementptr i8, ptr %"keys.243", i64 2
  store i16 %".5759", ptr %".5760", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy:
  %"ctx.83" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5771" = trunc i64 %"cursor.75" to i32
  %".5772" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.83", i32 %".5771", [40 x i8]* %"header_copy", i32 2)
  %".5773" = icmp eq i64 %".5772", 0
  %".5774" = getelementptr i8, ptr %"ctx.83", i64 76
  %".5775" = load i32, ptr %".5774", align 4
  %".5776" = zext i32 %".5775" to i64
  %"data.244" = inttoptr i64 %".5776" to ptr
  %".5777" = getelementptr i8, ptr %"ctx.83", i64 80
  %".5778" = load i32, ptr %".5777", align 4
  %".5779" = zext i32 %".5778" to i64
  %"data_end.244" = inttoptr i64 %".5779" to ptr
  %".5780" = getelementptr i8, ptr %"ctx.83", i64 144
  %"keys.244" = load ptr, ptr %".5780", align 8
  %".5781" = xor i1 %".5773", -1
  br i1 %".5781", label %"ipv6_opts_d1_ipv6_ext3.copy_failed", label %"ipv6_opts_d1_ipv6_ext3.copy_failed.endif"
ipv6_opts_d1_ipv6_ext3.copy_failed:
  %".5783" = trunc i64 %"cursor.75" to i16
  %".5784" = getelementptr i8, ptr %"keys.244", i64 2
  store i16 %".5783", ptr %".5784", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.copy_failed.endif:
  %".5787" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5788" = load volatile i8, [40 x i8]* %".5787", align 1
  %".5789" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".5790" = load volatile i8, [40 x i8]* %".5789", align 1
  br label %"ipv6_opts_d1_ipv6_ext3.header"
ipv6_opts_d1_ipv6_ext3.unknown:
  %".5803" = trunc i64 %"end.19" to i16
  %".5804" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5803", ptr %".5804", align 2
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
  %".5815" = trunc i64 %"end.19" to i16
  %".5816" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5815", ptr %".5816", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5819" = trunc i64 %"end.19" to i16
  %".5820" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5819", ptr %".5820", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5823" = trunc i64 %"end.19" to i16
  %".5824" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5823", ptr %".5824", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_ipv6_frag:
  %".5827" = trunc i64 %"end.19" to i16
  %".5828" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5827", ptr %".5828", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_opts_d1_ipv6_ext3.to_mpls:
  %".5832" = trunc i64 34887 to i16
  %".5833" = call i16 @"llvm.bswap.i16"(i16 %".5832")
  %".5834" = getelementptr i8, ptr %"keys.245", i64 10
  store i16 %".5833", ptr %".5834", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_opts_d1_ipv6_ext3.to_ipv4:
  %".5837" = trunc i64 2048 to i16
  %".5838" = call i16 @"llvm.bswap.i16"(i16 %".5837")
  %".5839" = getelementptr i8, ptr %"keys.245", i64 10
  store i16 %".5838", ptr %".5839", align 2
  %".5841" = getelementptr i8, ptr %"keys.245", i64 8
  store i8 1, ptr %".5841", align 1
  %".5843" = getelementptr i8, ptr %"keys.245", i64 48
  %"flags.94" = load volatile i32, ptr %".5843", align 4
  %".5844" = and i32 %"flags.94", 4
  %".5845" = icmp ne i32 %".5844", 0
  br i1 %".5845", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_opts_d1_ipv6_ext3.to_ipv6:
  %".5857" = trunc i64 34525 to i16
  %".5858" = call i16 @"llvm.bswap.i16"(i16 %".5857")
  %".5859" = getelementptr i8, ptr %"keys.245", i64 10
  store i16 %".5858", ptr %".5859", align 2
  %".5861" = getelementptr i8, ptr %"keys.245", i64 8
  store i8 1, ptr %".5861", align 1
  %".5863" = getelementptr i8, ptr %"keys.245", i64 48
  %"flags.95" = load volatile i32, ptr %".5863", align 4
  %".5864" = and i32 %"flags.95", 4
  %".5865" = icmp ne i32 %".5864", 0
  br i1 %".5865", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_opts_d1_ipv6_ext3.stop_at_encap:
  %".5847" = trunc i64 %"end.19" to i16
  %".5848" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5847", ptr %".5848", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif:
  %".5851" = getelementptr i8, ptr %"keys.245", i64 12
  store i32 0, ptr %".5851", align 4
  %".5853" = trunc i64 %"end.19" to i16
  %".5854" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5853", ptr %".5854", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.1:
  %".5867" = trunc i64 %"end.19" to i16
  %".5868" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5867", ptr %".5868", align 2
  br label %"return"
ipv6_opts_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".5871" = getelementptr i8, ptr %"keys.245", i64 12
  store i32 0, ptr %".5871", align 4
  %".5873" = trunc i64 %"end.19" to i16
  %".5874" = getelementptr i8, ptr %"keys.245", i64 2
  store i16 %".5873", ptr %".5874", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy:
  %"ctx.84" = load volatile ptr, ptr %"ctx_slot", align 8
  %".5885" = trunc i64 %"cursor.76" to i32
  %".5886" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.84", i32 %".5885", [40 x i8]* %"header_copy", i32 8)
  %".5887" = icmp eq i64 %".5886", 0
  %".5888" = getelementptr i8, ptr %"ctx.84", i64 76
  %".5889" = load i32, ptr %".5888", align 4
  %".5890" = zext i32 %".5889" to i64
  %"data.246" = inttoptr i64 %".5890" to ptr
  %".5891" = getelementptr i8, ptr %"ctx.84", i64 80
  %".5892" = load i32, ptr %".5891", align 4
  %".5893" = zext i32 %".5892" to i64
  %"data_end.246" = inttoptr i64 %".5893" to ptr
  %".5894" = getelementptr i8, ptr %"ctx.84", i64 144
  %"keys.246" = load ptr, ptr %".5894", align 8
  %".5895" = xor i1 %".5887", -1
  br i1 %".5895", label %"ipv6_frag_d1_ipv6_ext3.copy_failed", label %"ipv6_frag_d1_ipv6_ext3.copy_failed.endif"
ipv6_frag_d1_ipv6_ext3.copy_failed:
  %".5897" = trunc i64 %"cursor.76" to i16
  %".5898" = getelementptr i8, ptr %"keys.246", i64 2
  store i16 %".5897", ptr %".5898", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.copy_failed.endif:
  %".5901" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".5902" = load volatile i8, [40 x i8]* %".5901", align 1
  %".5903" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".5904" = load volatile i16, [40 x i8]* %".5903", align 2
  br label %"ipv6_frag_d1_ipv6_ext3.header"
ipv6_frag_d1_ipv6_ext3.fragment:
  %".5917" = getelementptr i8, ptr %"keys.247", i64 6
  store i8 1, ptr %".5917", align 1
  br i1 %".5915", label %"ipv6_frag_d1_ipv6_ext3.first_fragment", label %"ipv6_frag_d1_ipv6_ext3.later_fragment"
ipv6_frag_d1_ipv6_ext3.fragment.endif:
  %".5937" = zext i8 %"w0_1.31" to i64
  switch i64 %".5937", label %"ipv6_frag_d1_ipv6_ext3.unknown" [i64 6, label %"ipv6_frag_d1_ipv6_ext3.to_tcp" i64 17, label %"ipv6_frag_d1_ipv6_ext3.to_udp" i64 136, label %"ipv6_frag_d1_ipv6_ext3.to_udplite" i64 47, label %"ipv6_frag_d1_ipv6_ext3.to_gre_version" i64 132, label %"ipv6_frag_d1_ipv6_ext3.to_sctp" i64 33, label %"ipv6_frag_d1_ipv6_ext3.to_dccp" i64 50, label %"ipv6_frag_d1_ipv6_ext3.to_esp" i64 51, label %"ipv6_frag_d1_ipv6_ext3.to_ah" i64 0, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts" i64 43, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1" i64 60, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2" i64 44, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6_frag" i64 58, label %"ipv6_frag_d1_ipv6_ext3.to_icmpv6" i64 137, label %"ipv6_frag_d1_ipv6_ext3.to_mpls" i64 4, label %"ipv6_frag_d1_ipv6_ext3.to_ipv4" i64 41, label %"ipv6_frag_d1_ipv6_ext3.to_ipv6"]  , !prof !1
ipv6_frag_d1_ipv6_ext3.first_fragment:
  %".5920" = getelementptr i8, ptr %"keys.247", i64 7
  store i8 1, ptr %".5920", align 1
  %".5922" = getelementptr i8, ptr %"keys.247", i64 48
  %"flags.96" = load volatile i32, ptr %".5922", align 4
  %".5923" = and i32 %"flags.96", 1
  %".5924" = icmp ne i32 %".5923", 0
  %".5925" = xor i1 %".5924", -1
  br i1 %".5925", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag", label %"ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif"
ipv6_frag_d1_ipv6_ext3.later_fragment:
  %".5932" = trunc i64 %".5910" to i16
  %".5933" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5932", ptr %".5933", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.first_fragment.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.fragment.endif"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag:
  %".5927" = trunc i64 %".5910" to i16
  %".5928" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5927", ptr %".5928", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.no_parse_1st_frag.endif:
  br label %"ipv6_frag_d1_ipv6_ext3.first_fragment.endif"
ipv6_frag_d1_ipv6_ext3.unknown:
  %".5939" = trunc i64 %".5910" to i16
  %".5940" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5939", ptr %".5940", align 2
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
  %".5951" = trunc i64 %".5910" to i16
  %".5952" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5951", ptr %".5952", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.1:
  %".5955" = trunc i64 %".5910" to i16
  %".5956" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5955", ptr %".5956", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_opts.2:
  %".5959" = trunc i64 %".5910" to i16
  %".5960" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5959", ptr %".5960", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_ipv6_frag:
  %".5963" = trunc i64 %".5910" to i16
  %".5964" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5963", ptr %".5964", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.to_icmpv6:
  br label %"icmpv6"
ipv6_frag_d1_ipv6_ext3.to_mpls:
  %".5968" = trunc i64 34887 to i16
  %".5969" = call i16 @"llvm.bswap.i16"(i16 %".5968")
  %".5970" = getelementptr i8, ptr %"keys.247", i64 10
  store i16 %".5969", ptr %".5970", align 2
  br label %"mpls_d1_mpls_labels1"
ipv6_frag_d1_ipv6_ext3.to_ipv4:
  %".5973" = trunc i64 2048 to i16
  %".5974" = call i16 @"llvm.bswap.i16"(i16 %".5973")
  %".5975" = getelementptr i8, ptr %"keys.247", i64 10
  store i16 %".5974", ptr %".5975", align 2
  %".5977" = getelementptr i8, ptr %"keys.247", i64 8
  store i8 1, ptr %".5977", align 1
  %".5979" = getelementptr i8, ptr %"keys.247", i64 48
  %"flags.97" = load volatile i32, ptr %".5979", align 4
  %".5980" = and i32 %"flags.97", 4
  %".5981" = icmp ne i32 %".5980", 0
  br i1 %".5981", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif"
ipv6_frag_d1_ipv6_ext3.to_ipv6:
  %".5993" = trunc i64 34525 to i16
  %".5994" = call i16 @"llvm.bswap.i16"(i16 %".5993")
  %".5995" = getelementptr i8, ptr %"keys.247", i64 10
  store i16 %".5994", ptr %".5995", align 2
  %".5997" = getelementptr i8, ptr %"keys.247", i64 8
  store i8 1, ptr %".5997", align 1
  %".5999" = getelementptr i8, ptr %"keys.247", i64 48
  %"flags.98" = load volatile i32, ptr %".5999", align 4
  %".6000" = and i32 %"flags.98", 4
  %".6001" = icmp ne i32 %".6000", 0
  br i1 %".6001", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.1", label %"ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1"
ipv6_frag_d1_ipv6_ext3.stop_at_encap:
  %".5983" = trunc i64 %".5910" to i16
  %".5984" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5983", ptr %".5984", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif:
  %".5987" = getelementptr i8, ptr %"keys.247", i64 12
  store i32 0, ptr %".5987", align 4
  %".5989" = trunc i64 %".5910" to i16
  %".5990" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".5989", ptr %".5990", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.1:
  %".6003" = trunc i64 %".5910" to i16
  %".6004" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".6003", ptr %".6004", align 2
  br label %"return"
ipv6_frag_d1_ipv6_ext3.stop_at_encap.endif.1:
  %".6007" = getelementptr i8, ptr %"keys.247", i64 12
  store i32 0, ptr %".6007", align 4
  %".6009" = trunc i64 %".5910" to i16
  %".6010" = getelementptr i8, ptr %"keys.247", i64 2
  store i16 %".6009", ptr %".6010", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy:
  %"ctx.85" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6020" = trunc i64 %"cursor.77" to i32
  %".6021" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.85", i32 %".6020", [40 x i8]* %"header_copy", i32 4)
  %".6022" = icmp eq i64 %".6021", 0
  %".6023" = getelementptr i8, ptr %"ctx.85", i64 76
  %".6024" = load i32, ptr %".6023", align 4
  %".6025" = zext i32 %".6024" to i64
  %"data.248" = inttoptr i64 %".6025" to ptr
  %".6026" = getelementptr i8, ptr %"ctx.85", i64 80
  %".6027" = load i32, ptr %".6026", align 4
  %".6028" = zext i32 %".6027" to i64
  %"data_end.248" = inttoptr i64 %".6028" to ptr
  %".6029" = getelementptr i8, ptr %"ctx.85", i64 144
  %"keys.248" = load ptr, ptr %".6029", align 8
  %".6030" = xor i1 %".6022", -1
  br i1 %".6030", label %"mpls_d1_mpls_labels4.copy_failed", label %"mpls_d1_mpls_labels4.copy_failed.endif"
mpls_d1_mpls_labels4.copy_failed:
  %".6032" = trunc i64 %".6013" to i16
  %".6033" = getelementptr i8, ptr %"keys.248", i64 2
  store i16 %".6032", ptr %".6033", align 2
  br label %"return"
mpls_d1_mpls_labels4.copy_failed.endif:
  %".6036" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".6037" = load volatile i8, [40 x i8]* %".6036", align 1
  br label %"mpls_d1_mpls_labels4.header"
mpls_d1_mpls_labels4.unknown:
  %".6043" = trunc i64 %".6039" to i16
  %".6044" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".6043", ptr %".6044", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_mpls:
  %".6047" = trunc i64 %".6039" to i16
  %".6048" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".6047", ptr %".6048", align 2
  br label %"return"
mpls_d1_mpls_labels4.to_ip_version:
  %".6051" = getelementptr i8, ptr %"keys.249", i64 8
  store i8 1, ptr %".6051", align 1
  %".6053" = getelementptr i8, ptr %"keys.249", i64 48
  %"flags.99" = load volatile i32, ptr %".6053", align 4
  %".6054" = and i32 %"flags.99", 4
  %".6055" = icmp ne i32 %".6054", 0
  br i1 %".6055", label %"mpls_d1_mpls_labels4.stop_at_encap", label %"mpls_d1_mpls_labels4.stop_at_encap.endif"
mpls_d1_mpls_labels4.stop_at_encap:
  %".6057" = trunc i64 %".6039" to i16
  %".6058" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".6057", ptr %".6058", align 2
  br label %"return"
mpls_d1_mpls_labels4.stop_at_encap.endif:
  %".6061" = getelementptr i8, ptr %"keys.249", i64 12
  store i32 0, ptr %".6061", align 4
  %".6063" = trunc i64 %".6039" to i16
  %".6064" = getelementptr i8, ptr %"keys.249", i64 2
  store i16 %".6063", ptr %".6064", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy:
  %"ctx.86" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6073" = trunc i64 %"cursor.78" to i32
  %".6074" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.86", i32 %".6073", [40 x i8]* %"header_copy", i32 1)
  %".6075" = icmp eq i64 %".6074", 0
  %".6076" = getelementptr i8, ptr %"ctx.86", i64 76
  %".6077" = load i32, ptr %".6076", align 4
  %".6078" = zext i32 %".6077" to i64
  %"data.250" = inttoptr i64 %".6078" to ptr
  %".6079" = getelementptr i8, ptr %"ctx.86", i64 80
  %".6080" = load i32, ptr %".6079", align 4
  %".6081" = zext i32 %".6080" to i64
  %"data_end.250" = inttoptr i64 %".6081" to ptr
  %".6082" = getelementptr i8, ptr %"ctx.86", i64 144
  %"keys.250" = load ptr, ptr %".6082", align 8
  %".6083" = xor i1 %".6075", -1
  br i1 %".6083", label %"gtpu_ext_d1_gtpu_ext1.copy_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_failed:
  %".6085" = trunc i64 %"cursor.78" to i16
  %".6086" = getelementptr i8, ptr %"keys.250", i64 2
  store i16 %".6085", ptr %".6086", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_failed.endif:
  %".6089" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6090" = load volatile i8, [40 x i8]* %".6089", align 1
  br label %"gtpu_ext_d1_gtpu_ext1.header"
gtpu_ext_d1_gtpu_ext1.require:
  %".6096" = trunc i64 %"cursor.78" to i16
  %".6097" = getelementptr i8, ptr %"keys.251", i64 2
  store i16 %".6096", ptr %".6097", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.require.endif:
  %".6100" = add i64 %"cursor.78", 1
  %".6101" = zext i8 %"w0_1.32" to i64
  %".6102" = mul i64 %".6101", 4
  %".6103" = sub i64 %".6102", 2
  %".6104" = add i64 %".6103", 1
  %".6105" = getelementptr i8, ptr %"data.251", i64 %"cursor.78"
  %".6106" = getelementptr i8, ptr %".6105", i64 %".6104"
  %".6107" = icmp ugt ptr %".6106", %"data_end.251"
  br i1 %".6107", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext1.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext1.variable_part:
  %"data.253" = phi  ptr [%"data.251", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data.252", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"data_end.253" = phi  ptr [%"data_end.251", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"data_end.252", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"keys.253" = phi  ptr [%"keys.251", %"gtpu_ext_d1_gtpu_ext1.require.endif"], [%"keys.252", %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"]
  %"end.20" = add i64 %"cursor.78", %".6104"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext1.copy_last_byte:
  %".6109" = add i64 %"cursor.78", %".6104"
  %".6110" = sub i64 %".6109", 1
  %"ctx.87" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6111" = trunc i64 %".6110" to i32
  %".6112" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.87", i32 %".6111", i64* %"last_byte", i32 1)
  %".6113" = icmp eq i64 %".6112", 0
  %".6114" = getelementptr i8, ptr %"ctx.87", i64 76
  %".6115" = load i32, ptr %".6114", align 4
  %".6116" = zext i32 %".6115" to i64
  %"data.252" = inttoptr i64 %".6116" to ptr
  %".6117" = getelementptr i8, ptr %"ctx.87", i64 80
  %".6118" = load i32, ptr %".6117", align 4
  %".6119" = zext i32 %".6118" to i64
  %"data_end.252" = inttoptr i64 %".6119" to ptr
  %".6120" = getelementptr i8, ptr %"ctx.87", i64 144
  %"keys.252" = load ptr, ptr %".6120", align 8
  %".6121" = xor i1 %".6113", -1
  br i1 %".6121", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed:
  %".6123" = trunc i64 %"cursor.78" to i16
  %".6124" = getelementptr i8, ptr %"keys.252", i64 2
  store i16 %".6123", ptr %".6124", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext1.variable_part"
gtpu_ext_d1_gtpu_ext1.unknown:
  %".6129" = trunc i64 %"end.20" to i16
  %".6130" = getelementptr i8, ptr %"keys.253", i64 2
  store i16 %".6129", ptr %".6130", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext1.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.79" = phi  i64 [%"end.20", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data.254" = phi  ptr [%"data.253", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"data_end.254" = phi  ptr [%"data_end.253", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"keys.254" = phi  ptr [%"keys.253", %"gtpu_ext_d1_gtpu_ext1.to_gtpu_next"]
  %"hdr.74" = getelementptr i8, ptr %"data.254", i64 %"cursor.79"
  %".6134" = getelementptr i8, ptr %"hdr.74", i64 1
  %".6135" = icmp ugt ptr %".6134", %"data_end.254"
  br i1 %".6135", label %"gtpu_next_d1_gtpu_ext1.copy", label %"gtpu_next_d1_gtpu_ext1.linear", !prof !0
gtpu_next_d1_gtpu_ext1.linear:
  %".6137" = getelementptr i8, ptr %"hdr.74", i64 0
  %".6138" = load i8, ptr %".6137", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.header:
  %"w0_1.33" = phi  i8 [%".6138", %"gtpu_next_d1_gtpu_ext1.linear"], [%".6157", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data.256" = phi  ptr [%"data.254", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data.255", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"data_end.256" = phi  ptr [%"data_end.254", %"gtpu_next_d1_gtpu_ext1.linear"], [%"data_end.255", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %"keys.256" = phi  ptr [%"keys.254", %"gtpu_next_d1_gtpu_ext1.linear"], [%"keys.255", %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"]
  %".6159" = add i64 %"cursor.79", 1
  %".6160" = zext i8 %"w0_1.33" to i64
  %".6161" = icmp uge i64 %".6160", 1
  %".6162" = icmp ule i64 %".6160", 255
  %".6163" = and i1 %".6161", %".6162"
  br i1 %".6163", label %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext1.select"
gtpu_next_d1_gtpu_ext1.copy:
  %"ctx.88" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6140" = trunc i64 %"cursor.79" to i32
  %".6141" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.88", i32 %".6140", [40 x i8]* %"header_copy", i32 1)
  %".6142" = icmp eq i64 %".6141", 0
  %".6143" = getelementptr i8, ptr %"ctx.88", i64 76
  %".6144" = load i32, ptr %".6143", align 4
  %".6145" = zext i32 %".6144" to i64
  %"data.255" = inttoptr i64 %".6145" to ptr
  %".6146" = getelementptr i8, ptr %"ctx.88", i64 80
  %".6147" = load i32, ptr %".6146", align 4
  %".6148" = zext i32 %".6147" to i64
  %"data_end.255" = inttoptr i64 %".6148" to ptr
  %".6149" = getelementptr i8, ptr %"ctx.88", i64 144
  %"keys.255" = load ptr, ptr %".6149", align 8
  %".6150" = xor i1 %".6142", -1
  br i1 %".6150", label %"gtpu_next_d1_gtpu_ext1.copy_failed", label %"gtpu_next_d1_gtpu_ext1.copy_failed.endif"
gtpu_next_d1_gtpu_ext1.copy_failed:
  %".6152" = trunc i64 %"cursor.79" to i16
  %".6153" = getelementptr i8, ptr %"keys.255", i64 2
  store i16 %".6152", ptr %".6153", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.copy_failed.endif:
  %".6156" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6157" = load volatile i8, [40 x i8]* %".6156", align 1
  br label %"gtpu_next_d1_gtpu_ext1.header"
gtpu_next_d1_gtpu_ext1.unknown:
  %".6166" = trunc i64 %".6159" to i16
  %".6167" = getelementptr i8, ptr %"keys.256", i64 2
  store i16 %".6166", ptr %".6167", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext1.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext1.to_gtpu_ext:
  br label %"gtpu_ext_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext1.select:
  switch i64 %".6160", label %"gtpu_next_d1_gtpu_ext1.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext1.to_ip_version"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.80" = phi  i64 [%".6159", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data.257" = phi  ptr [%"data.256", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"data_end.257" = phi  ptr [%"data_end.256", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"keys.257" = phi  ptr [%"keys.256", %"gtpu_next_d1_gtpu_ext1.to_gtpu_ext"]
  %"hdr.75" = getelementptr i8, ptr %"data.257", i64 %"cursor.80"
  %".6172" = getelementptr i8, ptr %"hdr.75", i64 1
  %".6173" = icmp ugt ptr %".6172", %"data_end.257"
  br i1 %".6173", label %"gtpu_ext_d1_gtpu_ext2.copy", label %"gtpu_ext_d1_gtpu_ext2.linear", !prof !0
gtpu_ext_d1_gtpu_ext2.linear:
  %".6175" = getelementptr i8, ptr %"hdr.75", i64 0
  %".6176" = load i8, ptr %".6175", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.header:
  %"w0_1.34" = phi  i8 [%".6176", %"gtpu_ext_d1_gtpu_ext2.linear"], [%".6195", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data.259" = phi  ptr [%"data.257", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data.258", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.259" = phi  ptr [%"data_end.257", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"data_end.258", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.259" = phi  ptr [%"keys.257", %"gtpu_ext_d1_gtpu_ext2.linear"], [%"keys.258", %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"]
  %".6197" = zext i8 %"w0_1.34" to i64
  %".6198" = icmp uge i64 %".6197", 1
  %".6199" = xor i1 %".6198", -1
  br i1 %".6199", label %"gtpu_ext_d1_gtpu_ext2.require", label %"gtpu_ext_d1_gtpu_ext2.require.endif"
gtpu_ext_d1_gtpu_ext2.copy:
  %"ctx.89" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6178" = trunc i64 %"cursor.80" to i32
  %".6179" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.89", i32 %".6178", [40 x i8]* %"header_copy", i32 1)
  %".6180" = icmp eq i64 %".6179", 0
  %".6181" = getelementptr i8, ptr %"ctx.89", i64 76
  %".6182" = load i32, ptr %".6181", align 4
  %".6183" = zext i32 %".6182" to i64
  %"data.258" = inttoptr i64 %".6183" to ptr
  %".6184" = getelementptr i8, ptr %"ctx.89", i64 80
  %".6185" = load i32, ptr %".6184", align 4
  %".6186" = zext i32 %".6185" to i64
  %"data_end.258" = inttoptr i64 %".6186" to ptr
  %".6187" = getelementptr i8, ptr %"ctx.89", i64 144
  %"keys.258" = load ptr, ptr %".6187", align 8
  %".6188" = xor i1 %".6180", -1
  br i1 %".6188", label %"gtpu_ext_d1_gtpu_ext2.copy_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_failed:
  %".6190" = trunc i64 %"cursor.80" to i16
  %".6191" = getelementptr i8, ptr %"keys.258", i64 2
  store i16 %".6190", ptr %".6191", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_failed.endif:
  %".6194" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6195" = load volatile i8, [40 x i8]* %".6194", align 1
  br label %"gtpu_ext_d1_gtpu_ext2.header"
gtpu_ext_d1_gtpu_ext2.require:
  %".6201" = trunc i64 %"cursor.80" to i16
  %".6202" = getelementptr i8, ptr %"keys.259", i64 2
  store i16 %".6201", ptr %".6202", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.require.endif:
  %".6205" = add i64 %"cursor.80", 1
  %".6206" = zext i8 %"w0_1.34" to i64
  %".6207" = mul i64 %".6206", 4
  %".6208" = sub i64 %".6207", 2
  %".6209" = add i64 %".6208", 1
  %".6210" = getelementptr i8, ptr %"data.259", i64 %"cursor.80"
  %".6211" = getelementptr i8, ptr %".6210", i64 %".6209"
  %".6212" = icmp ugt ptr %".6211", %"data_end.259"
  br i1 %".6212", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte", label %"gtpu_ext_d1_gtpu_ext2.variable_part", !prof !0
gtpu_ext_d1_gtpu_ext2.variable_part:
  %"data.261" = phi  ptr [%"data.259", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data.260", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"data_end.261" = phi  ptr [%"data_end.259", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"data_end.260", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"keys.261" = phi  ptr [%"keys.259", %"gtpu_ext_d1_gtpu_ext2.require.endif"], [%"keys.260", %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"]
  %"end.21" = add i64 %"cursor.80", %".6209"
  switch i64 0, label %"gtpu_ext_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
gtpu_ext_d1_gtpu_ext2.copy_last_byte:
  %".6214" = add i64 %"cursor.80", %".6209"
  %".6215" = sub i64 %".6214", 1
  %"ctx.90" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6216" = trunc i64 %".6215" to i32
  %".6217" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.90", i32 %".6216", i64* %"last_byte", i32 1)
  %".6218" = icmp eq i64 %".6217", 0
  %".6219" = getelementptr i8, ptr %"ctx.90", i64 76
  %".6220" = load i32, ptr %".6219", align 4
  %".6221" = zext i32 %".6220" to i64
  %"data.260" = inttoptr i64 %".6221" to ptr
  %".6222" = getelementptr i8, ptr %"ctx.90", i64 80
  %".6223" = load i32, ptr %".6222", align 4
  %".6224" = zext i32 %".6223" to i64
  %"data_end.260" = inttoptr i64 %".6224" to ptr
  %".6225" = getelementptr i8, ptr %"ctx.90", i64 144
  %"keys.260" = load ptr, ptr %".6225", align 8
  %".6226" = xor i1 %".6218", -1
  br i1 %".6226", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed", label %"gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed:
  %".6228" = trunc i64 %"cursor.80" to i16
  %".6229" = getelementptr i8, ptr %"keys.260", i64 2
  store i16 %".6228", ptr %".6229", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.copy_last_byte_failed.endif:
  br label %"gtpu_ext_d1_gtpu_ext2.variable_part"
gtpu_ext_d1_gtpu_ext2.unknown:
  %".6234" = trunc i64 %"end.21" to i16
  %".6235" = getelementptr i8, ptr %"keys.261", i64 2
  store i16 %".6234", ptr %".6235", align 2
  br label %"return"
gtpu_ext_d1_gtpu_ext2.to_gtpu_next:
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.81" = phi  i64 [%"end.21", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data.262" = phi  ptr [%"data.261", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"data_end.262" = phi  ptr [%"data_end.261", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"keys.262" = phi  ptr [%"keys.261", %"gtpu_ext_d1_gtpu_ext2.to_gtpu_next"]
  %"hdr.76" = getelementptr i8, ptr %"data.262", i64 %"cursor.81"
  %".6239" = getelementptr i8, ptr %"hdr.76", i64 1
  %".6240" = icmp ugt ptr %".6239", %"data_end.262"
  br i1 %".6240", label %"gtpu_next_d1_gtpu_ext2.copy", label %"gtpu_next_d1_gtpu_ext2.linear", !prof !0
gtpu_next_d1_gtpu_ext2.linear:
  %".6242" = getelementptr i8, ptr %"hdr.76", i64 0
  %".6243" = load i8, ptr %".6242", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.header:
  %"w0_1.35" = phi  i8 [%".6243", %"gtpu_next_d1_gtpu_ext2.linear"], [%".6262", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data.264" = phi  ptr [%"data.262", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data.263", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"data_end.264" = phi  ptr [%"data_end.262", %"gtpu_next_d1_gtpu_ext2.linear"], [%"data_end.263", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %"keys.264" = phi  ptr [%"keys.262", %"gtpu_next_d1_gtpu_ext2.linear"], [%"keys.263", %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"]
  %".6264" = add i64 %"cursor.81", 1
  %".6265" = zext i8 %"w0_1.35" to i64
  %".6266" = icmp uge i64 %".6265", 1
  %".6267" = icmp ule i64 %".6265", 255
  %".6268" = and i1 %".6266", %".6267"
  br i1 %".6268", label %"gtpu_next_d1_gtpu_ext2.to_gtpu_ext", label %"gtpu_next_d1_gtpu_ext2.select"
gtpu_next_d1_gtpu_ext2.copy:
  %"ctx.91" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6245" = trunc i64 %"cursor.81" to i32
  %".6246" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.91", i32 %".6245", [40 x i8]* %"header_copy", i32 1)
  %".6247" = icmp eq i64 %".6246", 0
  %".6248" = getelementptr i8, ptr %"ctx.91", i64 76
  %".6249" = load i32, ptr %".6248", align 4
  %".6250" = zext i32 %".6249" to i64
  %"data.263" = inttoptr i64 %".6250" to ptr
  %".6251" = getelementptr i8, ptr %"ctx.91", i64 80
  %".6252" = load i32, ptr %".6251", align 4
  %".6253" = zext i32 %".6252" to i64
  %"data_end.263" = inttoptr i64 %".6253" to ptr
  %".6254" = getelementptr i8, ptr %"ctx.91", i64 144
  %"keys.263" = load ptr, ptr %".6254", align 8
  %".6255" = xor i1 %".6247", -1
  br i1 %".6255", label %"gtpu_next_d1_gtpu_ext2.copy_failed", label %"gtpu_next_d1_gtpu_ext2.copy_failed.endif"
gtpu_next_d1_gtpu_ext2.copy_failed:
  %".6257" = trunc i64 %"cursor.81" to i16
  %".6258" = getelementptr i8, ptr %"keys.263", i64 2
  store i16 %".6257", ptr %".6258", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.copy_failed.endif:
  %".6261" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".6262" = load volatile i8, [40 x i8]* %".6261", align 1
  br label %"gtpu_next_d1_gtpu_ext2.header"
gtpu_next_d1_gtpu_ext2.unknown:
  %".6271" = trunc i64 %".6264" to i16
  %".6272" = getelementptr i8, ptr %"keys.264", i64 2
  store i16 %".6271", ptr %".6272", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.to_ip_version:
  br label %"ip_version_d1"
gtpu_next_d1_gtpu_ext2.to_gtpu_ext:
  %".6276" = trunc i64 %".6264" to i16
  %".6277" = getelementptr i8, ptr %"keys.264", i64 2
  store i16 %".6276", ptr %".6277", align 2
  br label %"return"
gtpu_next_d1_gtpu_ext2.select:
  switch i64 %".6265", label %"gtpu_next_d1_gtpu_ext2.unknown" [i64 0, label %"gtpu_next_d1_gtpu_ext2.to_ip_version"]
widening.test:
  %".6297" = getelementptr i8, ptr %"keys", i64 2
  %".6298" = load volatile i16, ptr %".6297", align 2
  %".6299" = zext i16 %".6298" to i64
  %".6300" = icmp eq i64 %".6299", 0
  br i1 %".6300", label %"widening.to_vlan_d0_vlan_tags2", label %"widening.test.1"
widening.test.1:
  %".6313" = getelementptr i8, ptr %"keys", i64 2
  %".6314" = load volatile i16, ptr %".6313", align 2
  %".6315" = zext i16 %".6314" to i64
  %".6316" = icmp eq i64 %".6315", 0
  br i1 %".6316", label %"widening.to_batadv_d0", label %"widening.test.2"
widening.test.2:
  %".6329" = getelementptr i8, ptr %"keys", i64 2
  %".6330" = load volatile i16, ptr %".6329", align 2
  %".6331" = zext i16 %".6330" to i64
  %".6332" = icmp eq i64 %".6331", 0
  br i1 %".6332", label %"widening.to_pppoe_d0", label %"widening.test.3"
widening.test.3:
  %".6345" = getelementptr i8, ptr %"keys", i64 2
  %".6346" = load volatile i16, ptr %".6345", align 2
  %".6347" = zext i16 %".6346" to i64
  %".6348" = icmp eq i64 %".6347", 0
  br i1 %".6348", label %"widening.to_ipv6_d0", label %"widening.test.4"
widening.test.4:
  %".6361" = getelementptr i8, ptr %"keys", i64 2
  %".6362" = load volatile i16, ptr %".6361", align 2
  %".6363" = zext i16 %".6362" to i64
  %".6364" = icmp eq i64 %".6363", 0
  br i1 %".6364", label %"widening.to_ipv6_frag_d0_ipv6_ext2", label %"widening.test.5"
widening.test.5:
  %".6377" = getelementptr i8, ptr %"keys", i64 2
  %".6378" = load volatile i16, ptr %".6377", align 2
  %".6379" = zext i16 %".6378" to i64
  %".6380" = icmp eq i64 %".6379", 0
  br i1 %".6380", label %"widening.to_ipv6_opts_d0_ipv6_ext2", label %"widening.test.6"
widening.test.6:
  %".6393" = getelementptr i8, ptr %"keys", i64 2
  %".6394" = load volatile i16, ptr %".6393", align 2
  %".6395" = zext i16 %".6394" to i64
  %".6396" = icmp eq i64 %".6395", 0
  br i1 %".6396", label %"widening.to_ipv6_frag_d0_ipv6_ext3", label %"widening.test.7"
widening.test.7:
  %".6409" = getelementptr i8, ptr %"keys", i64 2
  %".6410" = load volatile i16, ptr %".6409", align 2
  %".6411" = zext i16 %".6410" to i64
  %".6412" = icmp eq i64 %".6411", 0
  br i1 %".6412", label %"widening.to_ipv6_opts_d0_ipv6_ext3", label %"widening.test.8"
widening.test.8:
  %".6425" = getelementptr i8, ptr %"keys", i64 2
  %".6426" = load volatile i16, ptr %".6425", align 2
  %".6427" = zext i16 %".6426" to i64
  %".6428" = icmp eq i64 %".6427", 0
  br i1 %".6428", label %"widening.to_ipv4_d0", label %"widening.test.9"
widening.test.9:
  %".6441" = getelementptr i8, ptr %"keys", i64 2
  %".6442" = load volatile i16, ptr %".6441", align 2
  %".6443" = zext i16 %".6442" to i64
  %".6444" = icmp eq i64 %".6443", 0
  br i1 %".6444", label %"widening.to_mpls_d0_mpls_labels1", label %"widening.test.10"
widening.test.10:
  %".6457" = getelementptr i8, ptr %"keys", i64 2
  %".6458" = load volatile i16, ptr %".6457", align 2
  %".6459" = zext i16 %".6458" to i64
  %".6460" = icmp eq i64 %".6459", 0
  br i1 %".6460", label %"widening.to_gre_version_d0", label %"widening.test.11"
widening.test.11:
  %".6473" = getelementptr i8, ptr %"keys", i64 2
  %".6474" = load volatile i16, ptr %".6473", align 2
  %".6475" = zext i16 %".6474" to i64
  %".6476" = icmp eq i64 %".6475", 0
  br i1 %".6476", label %"widening.to_udp_d0", label %"widening.test.12"
widening.test.12:
  %".6489" = getelementptr i8, ptr %"keys", i64 2
  %".6490" = load volatile i16, ptr %".6489", align 2
  %".6491" = zext i16 %".6490" to i64
  %".6492" = icmp eq i64 %".6491", 0
  br i1 %".6492", label %"widening.to_ip_version_d1", label %"widening.test.13"
widening.test.13:
  %".6505" = getelementptr i8, ptr %"keys", i64 2
  %".6506" = load volatile i16, ptr %".6505", align 2
  %".6507" = zext i16 %".6506" to i64
  %".6508" = icmp eq i64 %".6507", 0
  br i1 %".6508", label %"widening.to_ethernet_d1", label %"widening.test.14"
widening.test.14:
  %".6521" = getelementptr i8, ptr %"keys", i64 2
  %".6522" = load volatile i16, ptr %".6521", align 2
  %".6523" = zext i16 %".6522" to i64
  %".6524" = icmp eq i64 %".6523", 0
  br i1 %".6524", label %"widening.to_hsr_d1_vlan_tags1", label %"widening.test.15"
widening.test.15:
  %".6537" = getelementptr i8, ptr %"keys", i64 2
  %".6538" = load volatile i16, ptr %".6537", align 2
  %".6539" = zext i16 %".6538" to i64
  %".6540" = icmp eq i64 %".6539", 0
  br i1 %".6540", label %"widening.to_vlan_d1_vlan_tags1", label %"widening.test.16"
widening.test.16:
  %".6553" = getelementptr i8, ptr %"keys", i64 2
  %".6554" = load volatile i16, ptr %".6553", align 2
  %".6555" = zext i16 %".6554" to i64
  %".6556" = icmp eq i64 %".6555", 0
  br i1 %".6556", label %"widening.to_hsr_d1_vlan_tags2", label %"widening.test.17"
widening.test.17:
  %".6569" = getelementptr i8, ptr %"keys", i64 2
  %".6570" = load volatile i16, ptr %".6569", align 2
  %".6571" = zext i16 %".6570" to i64
  %".6572" = icmp eq i64 %".6571", 0
  br i1 %".6572", label %"widening.to_vlan_d1_vlan_tags2", label %"widening.test.18"
widening.test.18:
  %".6585" = getelementptr i8, ptr %"keys", i64 2
  %".6586" = load volatile i16, ptr %".6585", align 2
  %".6587" = zext i16 %".6586" to i64
  %".6588" = icmp eq i64 %".6587", 0
  br i1 %".6588", label %"widening.to_batadv_d1", label %"widening.test.19"
widening.test.19:
  %".6601" = getelementptr i8, ptr %"keys", i64 2
  %".6602" = load volatile i16, ptr %".6601", align 2
  %".6603" = zext i16 %".6602" to i64
  %".6604" = icmp eq i64 %".6603", 0
  br i1 %".6604", label %"widening.to_fcoe", label %"widening.test.20"
widening.test.20:
  %".6617" = getelementptr i8, ptr %"keys", i64 2
  %".6618" = load volatile i16, ptr %".6617", align 2
  %".6619" = zext i16 %".6618" to i64
  %".6620" = icmp eq i64 %".6619", 0
  br i1 %".6620", label %"widening.to_tipc", label %"widening.test.21"
widening.test.21:
  %".6633" = getelementptr i8, ptr %"keys", i64 2
  %".6634" = load volatile i16, ptr %".6633", align 2
  %".6635" = zext i16 %".6634" to i64
  %".6636" = icmp eq i64 %".6635", 0
  br i1 %".6636", label %"widening.to_cfm", label %"widening.test.22"
widening.test.22:
  %".6649" = getelementptr i8, ptr %"keys", i64 2
  %".6650" = load volatile i16, ptr %".6649", align 2
  %".6651" = zext i16 %".6650" to i64
  %".6652" = icmp eq i64 %".6651", 0
  br i1 %".6652", label %"widening.to_ptp", label %"widening.test.23"
widening.test.23:
  %".6665" = getelementptr i8, ptr %"keys", i64 2
  %".6666" = load volatile i16, ptr %".6665", align 2
  %".6667" = zext i16 %".6666" to i64
  %".6668" = icmp eq i64 %".6667", 0
  br i1 %".6668", label %"widening.to_arp", label %"widening.test.24"
widening.test.24:
  %".6681" = getelementptr i8, ptr %"keys", i64 2
  %".6682" = load volatile i16, ptr %".6681", align 2
  %".6683" = zext i16 %".6682" to i64
  %".6684" = icmp eq i64 %".6683", 0
  br i1 %".6684", label %"widening.to_pppoe_d1", label %"widening.test.25"
widening.test.25:
  %".6697" = getelementptr i8, ptr %"keys", i64 2
  %".6698" = load volatile i16, ptr %".6697", align 2
  %".6699" = zext i16 %".6698" to i64
  %".6700" = icmp eq i64 %".6699", 0
  br i1 %".6700", label %"widening.to_ipv6_d1", label %"widening.test.26"
widening.test.26:
  %".6713" = getelementptr i8, ptr %"keys", i64 2
  %".6714" = load volatile i16, ptr %".6713", align 2
  %".6715" = zext i16 %".6714" to i64
  %".6716" = icmp eq i64 %".6715", 0
  br i1 %".6716", label %"widening.to_ipv6_frag_d1_ipv6_ext2", label %"widening.test.27"
widening.test.27:
  %".6729" = getelementptr i8, ptr %"keys", i64 2
  %".6730" = load volatile i16, ptr %".6729", align 2
  %".6731" = zext i16 %".6730" to i64
  %".6732" = icmp eq i64 %".6731", 0
  br i1 %".6732", label %"widening.to_ipv6_opts_d1_ipv6_ext2", label %"widening.test.28"
widening.test.28:
  %".6745" = getelementptr i8, ptr %"keys", i64 2
  %".6746" = load volatile i16, ptr %".6745", align 2
  %".6747" = zext i16 %".6746" to i64
  %".6748" = icmp eq i64 %".6747", 0
  br i1 %".6748", label %"widening.to_ipv6_frag_d1_ipv6_ext3", label %"widening.test.29"
widening.test.29:
  %".6761" = getelementptr i8, ptr %"keys", i64 2
  %".6762" = load volatile i16, ptr %".6761", align 2
  %".6763" = zext i16 %".6762" to i64
  %".6764" = icmp eq i64 %".6763", 0
  br i1 %".6764", label %"widening.to_ipv6_opts_d1_ipv6_ext3", label %"widening.test.30"
widening.test.30:
  %".6777" = getelementptr i8, ptr %"keys", i64 2
  %".6778" = load volatile i16, ptr %".6777", align 2
  %".6779" = zext i16 %".6778" to i64
  %".6780" = icmp eq i64 %".6779", 0
  br i1 %".6780", label %"widening.to_icmpv6", label %"widening.test.31"
widening.test.31:
  %".6793" = getelementptr i8, ptr %"keys", i64 2
  %".6794" = load volatile i16, ptr %".6793", align 2
  %".6795" = zext i16 %".6794" to i64
  %".6796" = icmp eq i64 %".6795", 0
  br i1 %".6796", label %"widening.to_ipv4_d1", label %"widening.test.32"
widening.test.32:
  %".6809" = getelementptr i8, ptr %"keys", i64 2
  %".6810" = load volatile i16, ptr %".6809", align 2
  %".6811" = zext i16 %".6810" to i64
  %".6812" = icmp eq i64 %".6811", 0
  br i1 %".6812", label %"widening.to_mpls_d1_mpls_labels1", label %"widening.test.33"
widening.test.33:
  %".6825" = getelementptr i8, ptr %"keys", i64 2
  %".6826" = load volatile i16, ptr %".6825", align 2
  %".6827" = zext i16 %".6826" to i64
  %".6828" = icmp eq i64 %".6827", 0
  br i1 %".6828", label %"widening.to_ah", label %"widening.test.34"
widening.test.34:
  %".6841" = getelementptr i8, ptr %"keys", i64 2
  %".6842" = load volatile i16, ptr %".6841", align 2
  %".6843" = zext i16 %".6842" to i64
  %".6844" = icmp eq i64 %".6843", 0
  br i1 %".6844", label %"widening.to_esp", label %"widening.test.35"
widening.test.35:
  %".6857" = getelementptr i8, ptr %"keys", i64 2
  %".6858" = load volatile i16, ptr %".6857", align 2
  %".6859" = zext i16 %".6858" to i64
  %".6860" = icmp eq i64 %".6859", 0
  br i1 %".6860", label %"widening.to_dccp", label %"widening.test.36"
widening.test.36:
  %".6873" = getelementptr i8, ptr %"keys", i64 2
  %".6874" = load volatile i16, ptr %".6873", align 2
  %".6875" = zext i16 %".6874" to i64
  %".6876" = icmp eq i64 %".6875", 0
  br i1 %".6876", label %"widening.to_sctp", label %"widening.test.37"
widening.test.37:
  %".6889" = getelementptr i8, ptr %"keys", i64 2
  %".6890" = load volatile i16, ptr %".6889", align 2
  %".6891" = zext i16 %".6890" to i64
  %".6892" = icmp eq i64 %".6891", 0
  br i1 %".6892", label %"widening.to_gre_version_d1", label %"widening.test.38"
widening.test.38:
  %".6905" = getelementptr i8, ptr %"keys", i64 2
  %".6906" = load volatile i16, ptr %".6905", align 2
  %".6907" = zext i16 %".6906" to i64
  %".6908" = icmp eq i64 %".6907", 0
  br i1 %".6908", label %"widening.to_udplite", label %"widening.test.39"
widening.test.39:
  %".6921" = getelementptr i8, ptr %"keys", i64 2
  %".6922" = load volatile i16, ptr %".6921", align 2
  %".6923" = zext i16 %".6922" to i64
  %".6924" = icmp eq i64 %".6923", 0
  br i1 %".6924", label %"widening.to_udp_d1", label %"widening.test.40"
widening.test.40:
  %"ctx.133" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6937" = getelementptr i8, ptr %"ctx.133", i64 76
  %".6938" = load i32, ptr %".6937", align 4
  %".6939" = zext i32 %".6938" to i64
  %"data.306" = inttoptr i64 %".6939" to ptr
  %".6940" = getelementptr i8, ptr %"ctx.133", i64 80
  %".6941" = load i32, ptr %".6940", align 4
  %".6942" = zext i32 %".6941" to i64
  %"data_end.306" = inttoptr i64 %".6942" to ptr
  %".6943" = getelementptr i8, ptr %"keys", i64 0
  %".6944" = load volatile i16, ptr %".6943", align 2
  %".6945" = zext i16 %".6944" to i64
  %".6946" = icmp ugt i64 %".6945", 14703
  br i1 %".6946", label %"widening.beyond", label %"tcp"
widening.beyond:
  br label %"return"
widening.to_hsr_d0_vlan_tags2:
  %"ctx.92" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6286" = getelementptr i8, ptr %"ctx.92", i64 76
  %".6287" = load i32, ptr %".6286", align 4
  %".6288" = zext i32 %".6287" to i64
  %"data.265" = inttoptr i64 %".6288" to ptr
  %".6289" = getelementptr i8, ptr %"ctx.92", i64 80
  %".6290" = load i32, ptr %".6289", align 4
  %".6291" = zext i32 %".6290" to i64
  %"data_end.265" = inttoptr i64 %".6291" to ptr
  %".6292" = getelementptr i8, ptr %"keys", i64 0
  %".6293" = load volatile i16, ptr %".6292", align 2
  %".6294" = zext i16 %".6293" to i64
  %".6295" = icmp ugt i64 %".6294", 261
  br i1 %".6295", label %"widening.beyond", label %"hsr_d0_vlan_tags2"
widening.to_vlan_d0_vlan_tags2:
  %"ctx.93" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6302" = getelementptr i8, ptr %"ctx.93", i64 76
  %".6303" = load i32, ptr %".6302", align 4
  %".6304" = zext i32 %".6303" to i64
  %"data.266" = inttoptr i64 %".6304" to ptr
  %".6305" = getelementptr i8, ptr %"ctx.93", i64 80
  %".6306" = load i32, ptr %".6305", align 4
  %".6307" = zext i32 %".6306" to i64
  %"data_end.266" = inttoptr i64 %".6307" to ptr
  %".6308" = getelementptr i8, ptr %"keys", i64 0
  %".6309" = load volatile i16, ptr %".6308", align 2
  %".6310" = zext i16 %".6309" to i64
  %".6311" = icmp ugt i64 %".6310", 261
  br i1 %".6311", label %"widening.beyond", label %"vlan_d0_vlan_tags2"
widening.to_batadv_d0:
  %"ctx.94" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6318" = getelementptr i8, ptr %"ctx.94", i64 76
  %".6319" = load i32, ptr %".6318", align 4
  %".6320" = zext i32 %".6319" to i64
  %"data.267" = inttoptr i64 %".6320" to ptr
  %".6321" = getelementptr i8, ptr %"ctx.94", i64 80
  %".6322" = load i32, ptr %".6321", align 4
  %".6323" = zext i32 %".6322" to i64
  %"data_end.267" = inttoptr i64 %".6323" to ptr
  %".6324" = getelementptr i8, ptr %"keys", i64 0
  %".6325" = load volatile i16, ptr %".6324", align 2
  %".6326" = zext i16 %".6325" to i64
  %".6327" = icmp ugt i64 %".6326", 267
  br i1 %".6327", label %"widening.beyond", label %"batadv_d0"
widening.to_pppoe_d0:
  %"ctx.95" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6334" = getelementptr i8, ptr %"ctx.95", i64 76
  %".6335" = load i32, ptr %".6334", align 4
  %".6336" = zext i32 %".6335" to i64
  %"data.268" = inttoptr i64 %".6336" to ptr
  %".6337" = getelementptr i8, ptr %"ctx.95", i64 80
  %".6338" = load i32, ptr %".6337", align 4
  %".6339" = zext i32 %".6338" to i64
  %"data_end.268" = inttoptr i64 %".6339" to ptr
  %".6340" = getelementptr i8, ptr %"keys", i64 0
  %".6341" = load volatile i16, ptr %".6340", align 2
  %".6342" = zext i16 %".6341" to i64
  %".6343" = icmp ugt i64 %".6342", 267
  br i1 %".6343", label %"widening.beyond", label %"pppoe_d0"
widening.to_ipv6_d0:
  %"ctx.96" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6350" = getelementptr i8, ptr %"ctx.96", i64 76
  %".6351" = load i32, ptr %".6350", align 4
  %".6352" = zext i32 %".6351" to i64
  %"data.269" = inttoptr i64 %".6352" to ptr
  %".6353" = getelementptr i8, ptr %"ctx.96", i64 80
  %".6354" = load i32, ptr %".6353", align 4
  %".6355" = zext i32 %".6354" to i64
  %"data_end.269" = inttoptr i64 %".6355" to ptr
  %".6356" = getelementptr i8, ptr %"keys", i64 0
  %".6357" = load volatile i16, ptr %".6356", align 2
  %".6358" = zext i16 %".6357" to i64
  %".6359" = icmp ugt i64 %".6358", 275
  br i1 %".6359", label %"widening.beyond", label %"ipv6_d0"
widening.to_ipv6_frag_d0_ipv6_ext2:
  %"ctx.97" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6366" = getelementptr i8, ptr %"ctx.97", i64 76
  %".6367" = load i32, ptr %".6366", align 4
  %".6368" = zext i32 %".6367" to i64
  %"data.270" = inttoptr i64 %".6368" to ptr
  %".6369" = getelementptr i8, ptr %"ctx.97", i64 80
  %".6370" = load i32, ptr %".6369", align 4
  %".6371" = zext i32 %".6370" to i64
  %"data_end.270" = inttoptr i64 %".6371" to ptr
  %".6372" = getelementptr i8, ptr %"keys", i64 0
  %".6373" = load volatile i16, ptr %".6372", align 2
  %".6374" = zext i16 %".6373" to i64
  %".6375" = icmp ugt i64 %".6374", 2363
  br i1 %".6375", label %"widening.beyond", label %"ipv6_frag_d0_ipv6_ext2"
widening.to_ipv6_opts_d0_ipv6_ext2:
  %"ctx.98" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6382" = getelementptr i8, ptr %"ctx.98", i64 76
  %".6383" = load i32, ptr %".6382", align 4
  %".6384" = zext i32 %".6383" to i64
  %"data.271" = inttoptr i64 %".6384" to ptr
  %".6385" = getelementptr i8, ptr %"ctx.98", i64 80
  %".6386" = load i32, ptr %".6385", align 4
  %".6387" = zext i32 %".6386" to i64
  %"data_end.271" = inttoptr i64 %".6387" to ptr
  %".6388" = getelementptr i8, ptr %"keys", i64 0
  %".6389" = load volatile i16, ptr %".6388", align 2
  %".6390" = zext i16 %".6389" to i64
  %".6391" = icmp ugt i64 %".6390", 2363
  br i1 %".6391", label %"widening.beyond", label %"ipv6_opts_d0_ipv6_ext2"
widening.to_ipv6_frag_d0_ipv6_ext3:
  %"ctx.99" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6398" = getelementptr i8, ptr %"ctx.99", i64 76
  %".6399" = load i32, ptr %".6398", align 4
  %".6400" = zext i32 %".6399" to i64
  %"data.272" = inttoptr i64 %".6400" to ptr
  %".6401" = getelementptr i8, ptr %"ctx.99", i64 80
  %".6402" = load i32, ptr %".6401", align 4
  %".6403" = zext i32 %".6402" to i64
  %"data_end.272" = inttoptr i64 %".6403" to ptr
  %".6404" = getelementptr i8, ptr %"keys", i64 0
  %".6405" = load volatile i16, ptr %".6404", align 2
  %".6406" = zext i16 %".6405" to i64
  %".6407" = icmp ugt i64 %".6406", 4411
  br i1 %".6407", label %"widening.beyond", label %"ipv6_frag_d0_ipv6_ext3"
widening.to_ipv6_opts_d0_ipv6_ext3:
  %"ctx.100" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6414" = getelementptr i8, ptr %"ctx.100", i64 76
  %".6415" = load i32, ptr %".6414", align 4
  %".6416" = zext i32 %".6415" to i64
  %"data.273" = inttoptr i64 %".6416" to ptr
  %".6417" = getelementptr i8, ptr %"ctx.100", i64 80
  %".6418" = load i32, ptr %".6417", align 4
  %".6419" = zext i32 %".6418" to i64
  %"data_end.273" = inttoptr i64 %".6419" to ptr
  %".6420" = getelementptr i8, ptr %"keys", i64 0
  %".6421" = load volatile i16, ptr %".6420", align 2
  %".6422" = zext i16 %".6421" to i64
  %".6423" = icmp ugt i64 %".6422", 4411
  br i1 %".6423", label %"widening.beyond", label %"ipv6_opts_d0_ipv6_ext3"
widening.to_ipv4_d0:
  %"ctx.101" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6430" = getelementptr i8, ptr %"ctx.101", i64 76
  %".6431" = load i32, ptr %".6430", align 4
  %".6432" = zext i32 %".6431" to i64
  %"data.274" = inttoptr i64 %".6432" to ptr
  %".6433" = getelementptr i8, ptr %"ctx.101", i64 80
  %".6434" = load i32, ptr %".6433", align 4
  %".6435" = zext i32 %".6434" to i64
  %"data_end.274" = inttoptr i64 %".6435" to ptr
  %".6436" = getelementptr i8, ptr %"keys", i64 0
  %".6437" = load volatile i16, ptr %".6436", align 2
  %".6438" = zext i16 %".6437" to i64
  %".6439" = icmp ugt i64 %".6438", 275
  br i1 %".6439", label %"widening.beyond", label %"ipv4_d0"
widening.to_mpls_d0_mpls_labels1:
  %"ctx.102" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6446" = getelementptr i8, ptr %"ctx.102", i64 76
  %".6447" = load i32, ptr %".6446", align 4
  %".6448" = zext i32 %".6447" to i64
  %"data.275" = inttoptr i64 %".6448" to ptr
  %".6449" = getelementptr i8, ptr %"ctx.102", i64 80
  %".6450" = load i32, ptr %".6449", align 4
  %".6451" = zext i32 %".6450" to i64
  %"data_end.275" = inttoptr i64 %".6451" to ptr
  %".6452" = getelementptr i8, ptr %"keys", i64 0
  %".6453" = load volatile i16, ptr %".6452", align 2
  %".6454" = zext i16 %".6453" to i64
  %".6455" = icmp ugt i64 %".6454", 6459
  br i1 %".6455", label %"widening.beyond", label %"mpls_d0_mpls_labels1"
widening.to_gre_version_d0:
  %"ctx.103" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6462" = getelementptr i8, ptr %"ctx.103", i64 76
  %".6463" = load i32, ptr %".6462", align 4
  %".6464" = zext i32 %".6463" to i64
  %"data.276" = inttoptr i64 %".6464" to ptr
  %".6465" = getelementptr i8, ptr %"ctx.103", i64 80
  %".6466" = load i32, ptr %".6465", align 4
  %".6467" = zext i32 %".6466" to i64
  %"data_end.276" = inttoptr i64 %".6467" to ptr
  %".6468" = getelementptr i8, ptr %"keys", i64 0
  %".6469" = load volatile i16, ptr %".6468", align 2
  %".6470" = zext i16 %".6469" to i64
  %".6471" = icmp ugt i64 %".6470", 6459
  br i1 %".6471", label %"widening.beyond", label %"gre_version_d0"
widening.to_udp_d0:
  %"ctx.104" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6478" = getelementptr i8, ptr %"ctx.104", i64 76
  %".6479" = load i32, ptr %".6478", align 4
  %".6480" = zext i32 %".6479" to i64
  %"data.277" = inttoptr i64 %".6480" to ptr
  %".6481" = getelementptr i8, ptr %"ctx.104", i64 80
  %".6482" = load i32, ptr %".6481", align 4
  %".6483" = zext i32 %".6482" to i64
  %"data_end.277" = inttoptr i64 %".6483" to ptr
  %".6484" = getelementptr i8, ptr %"keys", i64 0
  %".6485" = load volatile i16, ptr %".6484", align 2
  %".6486" = zext i16 %".6485" to i64
  %".6487" = icmp ugt i64 %".6486", 6459
  br i1 %".6487", label %"widening.beyond", label %"udp_d0"
widening.to_ip_version_d1:
  %"ctx.105" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6494" = getelementptr i8, ptr %"ctx.105", i64 76
  %".6495" = load i32, ptr %".6494", align 4
  %".6496" = zext i32 %".6495" to i64
  %"data.278" = inttoptr i64 %".6496" to ptr
  %".6497" = getelementptr i8, ptr %"ctx.105", i64 80
  %".6498" = load i32, ptr %".6497", align 4
  %".6499" = zext i32 %".6498" to i64
  %"data_end.278" = inttoptr i64 %".6499" to ptr
  %".6500" = getelementptr i8, ptr %"keys", i64 0
  %".6501" = load volatile i16, ptr %".6500", align 2
  %".6502" = zext i16 %".6501" to i64
  %".6503" = icmp ugt i64 %".6502", 8519
  br i1 %".6503", label %"widening.beyond", label %"ip_version_d1"
widening.to_ethernet_d1:
  %"ctx.106" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6510" = getelementptr i8, ptr %"ctx.106", i64 76
  %".6511" = load i32, ptr %".6510", align 4
  %".6512" = zext i32 %".6511" to i64
  %"data.279" = inttoptr i64 %".6512" to ptr
  %".6513" = getelementptr i8, ptr %"ctx.106", i64 80
  %".6514" = load i32, ptr %".6513", align 4
  %".6515" = zext i32 %".6514" to i64
  %"data_end.279" = inttoptr i64 %".6515" to ptr
  %".6516" = getelementptr i8, ptr %"keys", i64 0
  %".6517" = load volatile i16, ptr %".6516", align 2
  %".6518" = zext i16 %".6517" to i64
  %".6519" = icmp ugt i64 %".6518", 6727
  br i1 %".6519", label %"widening.beyond", label %"ethernet_d1"
widening.to_hsr_d1_vlan_tags1:
  %"ctx.107" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6526" = getelementptr i8, ptr %"ctx.107", i64 76
  %".6527" = load i32, ptr %".6526", align 4
  %".6528" = zext i32 %".6527" to i64
  %"data.280" = inttoptr i64 %".6528" to ptr
  %".6529" = getelementptr i8, ptr %"ctx.107", i64 80
  %".6530" = load i32, ptr %".6529", align 4
  %".6531" = zext i32 %".6530" to i64
  %"data_end.280" = inttoptr i64 %".6531" to ptr
  %".6532" = getelementptr i8, ptr %"keys", i64 0
  %".6533" = load volatile i16, ptr %".6532", align 2
  %".6534" = zext i16 %".6533" to i64
  %".6535" = icmp ugt i64 %".6534", 6741
  br i1 %".6535", label %"widening.beyond", label %"hsr_d1_vlan_tags1"
widening.to_vlan_d1_vlan_tags1:
  %"ctx.108" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6542" = getelementptr i8, ptr %"ctx.108", i64 76
  %".6543" = load i32, ptr %".6542", align 4
  %".6544" = zext i32 %".6543" to i64
  %"data.281" = inttoptr i64 %".6544" to ptr
  %".6545" = getelementptr i8, ptr %"ctx.108", i64 80
  %".6546" = load i32, ptr %".6545", align 4
  %".6547" = zext i32 %".6546" to i64
  %"data_end.281" = inttoptr i64 %".6547" to ptr
  %".6548" = getelementptr i8, ptr %"keys", i64 0
  %".6549" = load volatile i16, ptr %".6548", align 2
  %".6550" = zext i16 %".6549" to i64
  %".6551" = icmp ugt i64 %".6550", 6741
  br i1 %".6551", label %"widening.beyond", label %"vlan_d1_vlan_tags1"
widening.to_hsr_d1_vlan_tags2:
  %"ctx.109" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6558" = getelementptr i8, ptr %"ctx.109", i64 76
  %".6559" = load i32, ptr %".6558", align 4
  %".6560" = zext i32 %".6559" to i64
  %"data.282" = inttoptr i64 %".6560" to ptr
  %".6561" = getelementptr i8, ptr %"ctx.109", i64 80
  %".6562" = load i32, ptr %".6561", align 4
  %".6563" = zext i32 %".6562" to i64
  %"data_end.282" = inttoptr i64 %".6563" to ptr
  %".6564" = getelementptr i8, ptr %"keys", i64 0
  %".6565" = load volatile i16, ptr %".6564", align 2
  %".6566" = zext i16 %".6565" to i64
  %".6567" = icmp ugt i64 %".6566", 6747
  br i1 %".6567", label %"widening.beyond", label %"hsr_d1_vlan_tags2"
widening.to_vlan_d1_vlan_tags2:
  %"ctx.110" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6574" = getelementptr i8, ptr %"ctx.110", i64 76
  %".6575" = load i32, ptr %".6574", align 4
  %".6576" = zext i32 %".6575" to i64
  %"data.283" = inttoptr i64 %".6576" to ptr
  %".6577" = getelementptr i8, ptr %"ctx.110", i64 80
  %".6578" = load i32, ptr %".6577", align 4
  %".6579" = zext i32 %".6578" to i64
  %"data_end.283" = inttoptr i64 %".6579" to ptr
  %".6580" = getelementptr i8, ptr %"keys", i64 0
  %".6581" = load volatile i16, ptr %".6580", align 2
  %".6582" = zext i16 %".6581" to i64
  %".6583" = icmp ugt i64 %".6582", 6747
  br i1 %".6583", label %"widening.beyond", label %"vlan_d1_vlan_tags2"
widening.to_batadv_d1:
  %"ctx.111" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6590" = getelementptr i8, ptr %"ctx.111", i64 76
  %".6591" = load i32, ptr %".6590", align 4
  %".6592" = zext i32 %".6591" to i64
  %"data.284" = inttoptr i64 %".6592" to ptr
  %".6593" = getelementptr i8, ptr %"ctx.111", i64 80
  %".6594" = load i32, ptr %".6593", align 4
  %".6595" = zext i32 %".6594" to i64
  %"data_end.284" = inttoptr i64 %".6595" to ptr
  %".6596" = getelementptr i8, ptr %"keys", i64 0
  %".6597" = load volatile i16, ptr %".6596", align 2
  %".6598" = zext i16 %".6597" to i64
  %".6599" = icmp ugt i64 %".6598", 6753
  br i1 %".6599", label %"widening.beyond", label %"batadv_d1"
widening.to_fcoe:
  %"ctx.112" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6606" = getelementptr i8, ptr %"ctx.112", i64 76
  %".6607" = load i32, ptr %".6606", align 4
  %".6608" = zext i32 %".6607" to i64
  %"data.285" = inttoptr i64 %".6608" to ptr
  %".6609" = getelementptr i8, ptr %"ctx.112", i64 80
  %".6610" = load i32, ptr %".6609", align 4
  %".6611" = zext i32 %".6610" to i64
  %"data_end.285" = inttoptr i64 %".6611" to ptr
  %".6612" = getelementptr i8, ptr %"keys", i64 0
  %".6613" = load volatile i16, ptr %".6612", align 2
  %".6614" = zext i16 %".6613" to i64
  %".6615" = icmp ugt i64 %".6614", 6753
  br i1 %".6615", label %"widening.beyond", label %"fcoe"
widening.to_tipc:
  %"ctx.113" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6622" = getelementptr i8, ptr %"ctx.113", i64 76
  %".6623" = load i32, ptr %".6622", align 4
  %".6624" = zext i32 %".6623" to i64
  %"data.286" = inttoptr i64 %".6624" to ptr
  %".6625" = getelementptr i8, ptr %"ctx.113", i64 80
  %".6626" = load i32, ptr %".6625", align 4
  %".6627" = zext i32 %".6626" to i64
  %"data_end.286" = inttoptr i64 %".6627" to ptr
  %".6628" = getelementptr i8, ptr %"keys", i64 0
  %".6629" = load volatile i16, ptr %".6628", align 2
  %".6630" = zext i16 %".6629" to i64
  %".6631" = icmp ugt i64 %".6630", 6753
  br i1 %".6631", label %"widening.beyond", label %"tipc"
widening.to_cfm:
  %"ctx.114" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6638" = getelementptr i8, ptr %"ctx.114", i64 76
  %".6639" = load i32, ptr %".6638", align 4
  %".6640" = zext i32 %".6639" to i64
  %"data.287" = inttoptr i64 %".6640" to ptr
  %".6641" = getelementptr i8, ptr %"ctx.114", i64 80
  %".6642" = load i32, ptr %".6641", align 4
  %".6643" = zext i32 %".6642" to i64
  %"data_end.287" = inttoptr i64 %".6643" to ptr
  %".6644" = getelementptr i8, ptr %"keys", i64 0
  %".6645" = load volatile i16, ptr %".6644", align 2
  %".6646" = zext i16 %".6645" to i64
  %".6647" = icmp ugt i64 %".6646", 6753
  br i1 %".6647", label %"widening.beyond", label %"cfm"
widening.to_ptp:
  %"ctx.115" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6654" = getelementptr i8, ptr %"ctx.115", i64 76
  %".6655" = load i32, ptr %".6654", align 4
  %".6656" = zext i32 %".6655" to i64
  %"data.288" = inttoptr i64 %".6656" to ptr
  %".6657" = getelementptr i8, ptr %"ctx.115", i64 80
  %".6658" = load i32, ptr %".6657", align 4
  %".6659" = zext i32 %".6658" to i64
  %"data_end.288" = inttoptr i64 %".6659" to ptr
  %".6660" = getelementptr i8, ptr %"keys", i64 0
  %".6661" = load volatile i16, ptr %".6660", align 2
  %".6662" = zext i16 %".6661" to i64
  %".6663" = icmp ugt i64 %".6662", 6753
  br i1 %".6663", label %"widening.beyond", label %"ptp"
widening.to_arp:
  %"ctx.116" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6670" = getelementptr i8, ptr %"ctx.116", i64 76
  %".6671" = load i32, ptr %".6670", align 4
  %".6672" = zext i32 %".6671" to i64
  %"data.289" = inttoptr i64 %".6672" to ptr
  %".6673" = getelementptr i8, ptr %"ctx.116", i64 80
  %".6674" = load i32, ptr %".6673", align 4
  %".6675" = zext i32 %".6674" to i64
  %"data_end.289" = inttoptr i64 %".6675" to ptr
  %".6676" = getelementptr i8, ptr %"keys", i64 0
  %".6677" = load volatile i16, ptr %".6676", align 2
  %".6678" = zext i16 %".6677" to i64
  %".6679" = icmp ugt i64 %".6678", 6753
  br i1 %".6679", label %"widening.beyond", label %"arp"
widening.to_pppoe_d1:
  %"ctx.117" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6686" = getelementptr i8, ptr %"ctx.117", i64 76
  %".6687" = load i32, ptr %".6686", align 4
  %".6688" = zext i32 %".6687" to i64
  %"data.290" = inttoptr i64 %".6688" to ptr
  %".6689" = getelementptr i8, ptr %"ctx.117", i64 80
  %".6690" = load i32, ptr %".6689", align 4
  %".6691" = zext i32 %".6690" to i64
  %"data_end.290" = inttoptr i64 %".6691" to ptr
  %".6692" = getelementptr i8, ptr %"keys", i64 0
  %".6693" = load volatile i16, ptr %".6692", align 2
  %".6694" = zext i16 %".6693" to i64
  %".6695" = icmp ugt i64 %".6694", 6753
  br i1 %".6695", label %"widening.beyond", label %"pppoe_d1"
widening.to_ipv6_d1:
  %"ctx.118" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6702" = getelementptr i8, ptr %"ctx.118", i64 76
  %".6703" = load i32, ptr %".6702", align 4
  %".6704" = zext i32 %".6703" to i64
  %"data.291" = inttoptr i64 %".6704" to ptr
  %".6705" = getelementptr i8, ptr %"ctx.118", i64 80
  %".6706" = load i32, ptr %".6705", align 4
  %".6707" = zext i32 %".6706" to i64
  %"data_end.291" = inttoptr i64 %".6707" to ptr
  %".6708" = getelementptr i8, ptr %"keys", i64 0
  %".6709" = load volatile i16, ptr %".6708", align 2
  %".6710" = zext i16 %".6709" to i64
  %".6711" = icmp ugt i64 %".6710", 8519
  br i1 %".6711", label %"widening.beyond", label %"ipv6_d1"
widening.to_ipv6_frag_d1_ipv6_ext2:
  %"ctx.119" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6718" = getelementptr i8, ptr %"ctx.119", i64 76
  %".6719" = load i32, ptr %".6718", align 4
  %".6720" = zext i32 %".6719" to i64
  %"data.292" = inttoptr i64 %".6720" to ptr
  %".6721" = getelementptr i8, ptr %"ctx.119", i64 80
  %".6722" = load i32, ptr %".6721", align 4
  %".6723" = zext i32 %".6722" to i64
  %"data_end.292" = inttoptr i64 %".6723" to ptr
  %".6724" = getelementptr i8, ptr %"keys", i64 0
  %".6725" = load volatile i16, ptr %".6724", align 2
  %".6726" = zext i16 %".6725" to i64
  %".6727" = icmp ugt i64 %".6726", 10607
  br i1 %".6727", label %"widening.beyond", label %"ipv6_frag_d1_ipv6_ext2"
widening.to_ipv6_opts_d1_ipv6_ext2:
  %"ctx.120" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6734" = getelementptr i8, ptr %"ctx.120", i64 76
  %".6735" = load i32, ptr %".6734", align 4
  %".6736" = zext i32 %".6735" to i64
  %"data.293" = inttoptr i64 %".6736" to ptr
  %".6737" = getelementptr i8, ptr %"ctx.120", i64 80
  %".6738" = load i32, ptr %".6737", align 4
  %".6739" = zext i32 %".6738" to i64
  %"data_end.293" = inttoptr i64 %".6739" to ptr
  %".6740" = getelementptr i8, ptr %"keys", i64 0
  %".6741" = load volatile i16, ptr %".6740", align 2
  %".6742" = zext i16 %".6741" to i64
  %".6743" = icmp ugt i64 %".6742", 10607
  br i1 %".6743", label %"widening.beyond", label %"ipv6_opts_d1_ipv6_ext2"
widening.to_ipv6_frag_d1_ipv6_ext3:
  %"ctx.121" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6750" = getelementptr i8, ptr %"ctx.121", i64 76
  %".6751" = load i32, ptr %".6750", align 4
  %".6752" = zext i32 %".6751" to i64
  %"data.294" = inttoptr i64 %".6752" to ptr
  %".6753" = getelementptr i8, ptr %"ctx.121", i64 80
  %".6754" = load i32, ptr %".6753", align 4
  %".6755" = zext i32 %".6754" to i64
  %"data_end.294" = inttoptr i64 %".6755" to ptr
  %".6756" = getelementptr i8, ptr %"keys", i64 0
  %".6757" = load volatile i16, ptr %".6756", align 2
  %".6758" = zext i16 %".6757" to i64
  %".6759" = icmp ugt i64 %".6758", 12655
  br i1 %".6759", label %"widening.beyond", label %"ipv6_frag_d1_ipv6_ext3"
widening.to_ipv6_opts_d1_ipv6_ext3:
  %"ctx.122" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6766" = getelementptr i8, ptr %"ctx.122", i64 76
  %".6767" = load i32, ptr %".6766", align 4
  %".6768" = zext i32 %".6767" to i64
  %"data.295" = inttoptr i64 %".6768" to ptr
  %".6769" = getelementptr i8, ptr %"ctx.122", i64 80
  %".6770" = load i32, ptr %".6769", align 4
  %".6771" = zext i32 %".6770" to i64
  %"data_end.295" = inttoptr i64 %".6771" to ptr
  %".6772" = getelementptr i8, ptr %"keys", i64 0
  %".6773" = load volatile i16, ptr %".6772", align 2
  %".6774" = zext i16 %".6773" to i64
  %".6775" = icmp ugt i64 %".6774", 12655
  br i1 %".6775", label %"widening.beyond", label %"ipv6_opts_d1_ipv6_ext3"
widening.to_icmpv6:
  %"ctx.123" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6782" = getelementptr i8, ptr %"ctx.123", i64 76
  %".6783" = load i32, ptr %".6782", align 4
  %".6784" = zext i32 %".6783" to i64
  %"data.296" = inttoptr i64 %".6784" to ptr
  %".6785" = getelementptr i8, ptr %"ctx.123", i64 80
  %".6786" = load i32, ptr %".6785", align 4
  %".6787" = zext i32 %".6786" to i64
  %"data_end.296" = inttoptr i64 %".6787" to ptr
  %".6788" = getelementptr i8, ptr %"keys", i64 0
  %".6789" = load volatile i16, ptr %".6788", align 2
  %".6790" = zext i16 %".6789" to i64
  %".6791" = icmp ugt i64 %".6790", 14703
  br i1 %".6791", label %"widening.beyond", label %"icmpv6"
widening.to_ipv4_d1:
  %"ctx.124" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6798" = getelementptr i8, ptr %"ctx.124", i64 76
  %".6799" = load i32, ptr %".6798", align 4
  %".6800" = zext i32 %".6799" to i64
  %"data.297" = inttoptr i64 %".6800" to ptr
  %".6801" = getelementptr i8, ptr %"ctx.124", i64 80
  %".6802" = load i32, ptr %".6801", align 4
  %".6803" = zext i32 %".6802" to i64
  %"data_end.297" = inttoptr i64 %".6803" to ptr
  %".6804" = getelementptr i8, ptr %"keys", i64 0
  %".6805" = load volatile i16, ptr %".6804", align 2
  %".6806" = zext i16 %".6805" to i64
  %".6807" = icmp ugt i64 %".6806", 8519
  br i1 %".6807", label %"widening.beyond", label %"ipv4_d1"
widening.to_mpls_d1_mpls_labels1:
  %"ctx.125" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6814" = getelementptr i8, ptr %"ctx.125", i64 76
  %".6815" = load i32, ptr %".6814", align 4
  %".6816" = zext i32 %".6815" to i64
  %"data.298" = inttoptr i64 %".6816" to ptr
  %".6817" = getelementptr i8, ptr %"ctx.125", i64 80
  %".6818" = load i32, ptr %".6817", align 4
  %".6819" = zext i32 %".6818" to i64
  %"data_end.298" = inttoptr i64 %".6819" to ptr
  %".6820" = getelementptr i8, ptr %"keys", i64 0
  %".6821" = load volatile i16, ptr %".6820", align 2
  %".6822" = zext i16 %".6821" to i64
  %".6823" = icmp ugt i64 %".6822", 14703
  br i1 %".6823", label %"widening.beyond", label %"mpls_d1_mpls_labels1"
widening.to_ah:
  %"ctx.126" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6830" = getelementptr i8, ptr %"ctx.126", i64 76
  %".6831" = load i32, ptr %".6830", align 4
  %".6832" = zext i32 %".6831" to i64
  %"data.299" = inttoptr i64 %".6832" to ptr
  %".6833" = getelementptr i8, ptr %"ctx.126", i64 80
  %".6834" = load i32, ptr %".6833", align 4
  %".6835" = zext i32 %".6834" to i64
  %"data_end.299" = inttoptr i64 %".6835" to ptr
  %".6836" = getelementptr i8, ptr %"keys", i64 0
  %".6837" = load volatile i16, ptr %".6836", align 2
  %".6838" = zext i16 %".6837" to i64
  %".6839" = icmp ugt i64 %".6838", 14703
  br i1 %".6839", label %"widening.beyond", label %"ah"
widening.to_esp:
  %"ctx.127" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6846" = getelementptr i8, ptr %"ctx.127", i64 76
  %".6847" = load i32, ptr %".6846", align 4
  %".6848" = zext i32 %".6847" to i64
  %"data.300" = inttoptr i64 %".6848" to ptr
  %".6849" = getelementptr i8, ptr %"ctx.127", i64 80
  %".6850" = load i32, ptr %".6849", align 4
  %".6851" = zext i32 %".6850" to i64
  %"data_end.300" = inttoptr i64 %".6851" to ptr
  %".6852" = getelementptr i8, ptr %"keys", i64 0
  %".6853" = load volatile i16, ptr %".6852", align 2
  %".6854" = zext i16 %".6853" to i64
  %".6855" = icmp ugt i64 %".6854", 14703
  br i1 %".6855", label %"widening.beyond", label %"esp"
widening.to_dccp:
  %"ctx.128" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6862" = getelementptr i8, ptr %"ctx.128", i64 76
  %".6863" = load i32, ptr %".6862", align 4
  %".6864" = zext i32 %".6863" to i64
  %"data.301" = inttoptr i64 %".6864" to ptr
  %".6865" = getelementptr i8, ptr %"ctx.128", i64 80
  %".6866" = load i32, ptr %".6865", align 4
  %".6867" = zext i32 %".6866" to i64
  %"data_end.301" = inttoptr i64 %".6867" to ptr
  %".6868" = getelementptr i8, ptr %"keys", i64 0
  %".6869" = load volatile i16, ptr %".6868", align 2
  %".6870" = zext i16 %".6869" to i64
  %".6871" = icmp ugt i64 %".6870", 14703
  br i1 %".6871", label %"widening.beyond", label %"dccp"
widening.to_sctp:
  %"ctx.129" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6878" = getelementptr i8, ptr %"ctx.129", i64 76
  %".6879" = load i32, ptr %".6878", align 4
  %".6880" = zext i32 %".6879" to i64
  %"data.302" = inttoptr i64 %".6880" to ptr
  %".6881" = getelementptr i8, ptr %"ctx.129", i64 80
  %".6882" = load i32, ptr %".6881", align 4
  %".6883" = zext i32 %".6882" to i64
  %"data_end.302" = inttoptr i64 %".6883" to ptr
  %".6884" = getelementptr i8, ptr %"keys", i64 0
  %".6885" = load volatile i16, ptr %".6884", align 2
  %".6886" = zext i16 %".6885" to i64
  %".6887" = icmp ugt i64 %".6886", 14703
  br i1 %".6887", label %"widening.beyond", label %"sctp"
widening.to_gre_version_d1:
  %"ctx.130" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6894" = getelementptr i8, ptr %"ctx.130", i64 76
  %".6895" = load i32, ptr %".6894", align 4
  %".6896" = zext i32 %".6895" to i64
  %"data.303" = inttoptr i64 %".6896" to ptr
  %".6897" = getelementptr i8, ptr %"ctx.130", i64 80
  %".6898" = load i32, ptr %".6897", align 4
  %".6899" = zext i32 %".6898" to i64
  %"data_end.303" = inttoptr i64 %".6899" to ptr
  %".6900" = getelementptr i8, ptr %"keys", i64 0
  %".6901" = load volatile i16, ptr %".6900", align 2
  %".6902" = zext i16 %".6901" to i64
  %".6903" = icmp ugt i64 %".6902", 14703
  br i1 %".6903", label %"widening.beyond", label %"gre_version_d1"
widening.to_udplite:
  %"ctx.131" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6910" = getelementptr i8, ptr %"ctx.131", i64 76
  %".6911" = load i32, ptr %".6910", align 4
  %".6912" = zext i32 %".6911" to i64
  %"data.304" = inttoptr i64 %".6912" to ptr
  %".6913" = getelementptr i8, ptr %"ctx.131", i64 80
  %".6914" = load i32, ptr %".6913", align 4
  %".6915" = zext i32 %".6914" to i64
  %"data_end.304" = inttoptr i64 %".6915" to ptr
  %".6916" = getelementptr i8, ptr %"keys", i64 0
  %".6917" = load volatile i16, ptr %".6916", align 2
  %".6918" = zext i16 %".6917" to i64
  %".6919" = icmp ugt i64 %".6918", 14703
  br i1 %".6919", label %"widening.beyond", label %"udplite"
widening.to_udp_d1:
  %"ctx.132" = load volatile ptr, ptr %"ctx_slot", align 8
  %".6926" = getelementptr i8, ptr %"ctx.132", i64 76
  %".6927" = load i32, ptr %".6926", align 4
  %".6928" = zext i32 %".6927" to i64
  %"data.305" = inttoptr i64 %".6928" to ptr
  %".6929" = getelementptr i8, ptr %"ctx.132", i64 80
  %".6930" = load i32, ptr %".6929", align 4
  %".6931" = zext i32 %".6930" to i64
  %"data_end.305" = inttoptr i64 %".6931" to ptr
  %".6932" = getelementptr i8, ptr %"keys", i64 0
  %".6933" = load volatile i16, ptr %".6932", align 2
  %".6934" = zext i16 %".6933" to i64
  %".6935" = icmp ugt i64 %".6934", 14703
  br i1 %".6935", label %"widening.beyond", label %"udp_d1"
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