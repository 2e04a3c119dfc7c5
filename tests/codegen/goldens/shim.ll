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
  %".11" = getelementptr i8, ptr %"keys", i64 0
  %".12" = load i16, ptr %".11", align 2
  %"nhoff" = zext i16 %".12" to i64
  %".13" = getelementptr i8, ptr %"keys", i64 48
  %"flags" = load i32, ptr %".13", align 4
  %".14" = getelementptr i8, ptr %"keys", i64 10
  %".15" = load i16, ptr %".14", align 2
  %".16" = call i16 @"llvm.bswap.i16"(i16 %".15")
  %"n_proto" = zext i16 %".16" to i64
  %".17" = icmp ugt i64 %"nhoff", 255
  br i1 %".17", label %"exit", label %"cont"
return:
  %"verdict" = phi  i32 [129, %"exit"], [2, %"unknown"], [2, %"exit.1"], [2, %"exit.2"], [2, %"exit.3"], [0, %"later_fragment"], [0, %"exit.4"], [0, %"unknown.1"], [0, %"exit.5"], [0, %"exit.6"], [2, %"exit.7"], [0, %"exit.8"], [0, %"unknown.2"], [0, %"exit.9"], [0, %"exit.10"], [2, %"exit.11"], [2, %"unknown.3"], [2, %"exit.12"], [0, %"unknown.4"], [0, %"exit.13"], [2, %"exit.14"], [2, %"exit.15"], [2, %"unknown.5"], [2, %"exit.16"], [0, %"unknown.6"], [2, %"exit.17"], [2, %"exit.18"], [0, %"unknown.7"], [2, %"exit.19"], [2, %"exit.20"], [0, %"cont.20"], [2, %"exit.21"], [0, %"exit.22"], [2, %"exit.23"], [0, %"exit.24"], [2, %"unknown.8"], [2, %"exit.25"], [0, %"cont.25"], [2, %"exit.26"], [0, %"cont.26"], [2, %"exit.27"], [0, %"cont.27"], [2, %"exit.28"], [0, %"cont.28"], [2, %"exit.29"], [0, %"cont.29"], [2, %"exit.30"], [2, %"exit.31"], [2, %"exit.32"], [0, %"later_fragment.1"], [0, %"exit.33"], [0, %"unknown.9"], [0, %"exit.34"], [0, %"cont.34"], [0, %"exit.35"], [0, %"cont.35"], [2, %"exit.36"], [0, %"exit.37"], [0, %"unknown.10"], [0, %"exit.38"], [0, %"cont.38"], [0, %"exit.39"], [0, %"cont.39"], [2, %"exit.40"], [2, %"exit.41"], [0, %"unknown.11"], [0, %"exit.42"], [0, %"exit.43"], [2, %"exit.44"], [0, %"later_fragment.2"], [0, %"exit.45"], [0, %"unknown.12"], [0, %"exit.46"], [0, %"exit.47"], [2, %"exit.48"], [0, %"cont.48"], [2, %"exit.49"], [2, %"unknown.13"], [0, %"to_vlan.4"], [0, %"to_vlan.5"], [2, %"exit.50"], [0, %"unknown.14"], [0, %"exit.51"], [2, %"exit.52"], [0, %"unknown.15"], [2, %"exit.53"], [2, %"exit.54"], [2, %"exit.55"], [0, %"cont.55"], [2, %"exit.56"], [0, %"exit.57"], [0, %"unknown.16"], [2, %"exit.58"], [0, %"exit.59"], [2, %"exit.60"], [0, %"exit.61"], [0, %"unknown.17"], [2, %"exit.62"], [0, %"exit.63"], [2, %"exit.64"], [0, %"exit.65"], [0, %"unknown.18"], [2, %"exit.66"], [0, %"exit.67"], [0, %"exit.68"], [0, %"unknown.19"], [2, %"exit.69"], [0, %"exit.70"], [0, %"unknown.20"], [2, %"exit.71"], [2, %"unknown.21"], [2, %"exit.72"], [0, %"unknown.22"], [0, %"exit.73"], [0, %"cont.73"], [2, %"exit.74"], [2, %"exit.75"], [0, %"unknown.23"], [2, %"exit.76"], [0, %"exit.77"], [2, %"exit.78"], [0, %"exit.79"], [2, %"unknown.24"], [0, %"to_ipv4.16"], [0, %"to_ipv6.15"], [0, %"to_ethernet.3"], [0, %"to_mpls.21"], [0, %"to_mpls.22"], [2, %"exit.80"], [2, %"exit.81"], [0, %"unknown.25"], [0, %"exit.82"], [0, %"cont.82"], [0, %"exit.83"], [0, %"cont.83"], [2, %"exit.84"], [0, %"later_fragment.3"], [0, %"exit.85"], [0, %"unknown.26"], [0, %"exit.86"], [0, %"cont.86"], [0, %"exit.87"], [0, %"cont.87"], [2, %"exit.88"], [2, %"exit.89"], [0, %"unknown.27"], [0, %"exit.90"], [0, %"exit.91"], [2, %"exit.92"], [0, %"later_fragment.4"], [0, %"exit.93"], [0, %"unknown.28"], [0, %"exit.94"], [0, %"exit.95"], [2, %"exit.96"], [0, %"unknown.29"], [0, %"exit.97"], [2, %"exit.98"], [0, %"unknown.30"], [2, %"exit.99"], [0, %"unknown.31"], [2, %"exit.100"], [2, %"unknown.32"], [2, %"exit.101"], [2, %"exit.102"], [2, %"unknown.33"], [2, %"exit.103"], [0, %"unknown.34"], [0, %"exit.104"], [0, %"cont.104"], [2, %"exit.105"], [0, %"exit.106"], [0, %"unknown.35"], [0, %"to_ethernet.4"], [2, %"exit.107"], [0, %"exit.108"], [2, %"exit.109"], [0, %"exit.110"], [0, %"unknown.36"], [0, %"to_ethernet.5"], [0, %"to_ipv4.23"], [0, %"to_ipv6.22"], [2, %"exit.111"], [0, %"exit.112"], [2, %"exit.113"], [0, %"exit.114"], [0, %"unknown.37"], [0, %"to_ipv4.24"], [0, %"to_ipv6.23"], [2, %"exit.115"], [0, %"exit.116"], [0, %"exit.117"], [0, %"unknown.38"], [0, %"to_ip_version.7"], [0, %"to_gtpu_opt.1"], [0, %"to_gtpu_seq.1"], [2, %"exit.118"], [0, %"exit.119"], [0, %"unknown.39"], [0, %"to_ipv4.25"], [2, %"exit.120"], [2, %"exit.121"], [0, %"unknown.40"], [0, %"exit.122"], [0, %"cont.122"], [0, %"exit.123"], [0, %"cont.123"], [2, %"exit.124"], [0, %"later_fragment.5"], [0, %"exit.125"], [0, %"unknown.41"], [0, %"exit.126"], [0, %"cont.126"], [0, %"exit.127"], [0, %"cont.127"], [2, %"exit.128"], [2, %"exit.129"], [0, %"unknown.42"], [0, %"to_ipv6_opts.30"], [0, %"to_ipv6_opts.31"], [0, %"to_ipv6_opts.32"], [0, %"to_ipv6_frag.10"], [0, %"exit.130"], [0, %"exit.131"], [2, %"exit.132"], [0, %"later_fragment.6"], [0, %"exit.133"], [0, %"unknown.43"], [0, %"to_ipv6_opts.33"], [0, %"to_ipv6_opts.34"], [0, %"to_ipv6_opts.35"], [0, %"to_ipv6_frag.11"], [0, %"exit.134"], [0, %"exit.135"], [2, %"exit.136"], [0, %"unknown.44"], [0, %"to_mpls.37"], [0, %"exit.137"], [2, %"exit.138"], [0, %"unknown.45"], [2, %"exit.139"], [2, %"unknown.46"], [0, %"to_vlan.10"], [0, %"to_vlan.11"], [2, %"exit.140"], [0, %"unknown.47"], [0, %"exit.141"], [0, %"cont.141"], [2, %"exit.142"], [2, %"exit.143"], [0, %"unknown.48"], [0, %"to_ipv6_opts.36"], [0, %"to_ipv6_opts.37"], [0, %"to_ipv6_opts.38"], [0, %"to_ipv6_frag.12"], [0, %"exit.144"], [0, %"cont.144"], [0, %"exit.145"], [0, %"cont.145"], [2, %"exit.146"], [0, %"later_fragment.7"], [0, %"exit.147"], [0, %"unknown.49"], [0, %"to_ipv6_opts.39"], [0, %"to_ipv6_opts.40"], [0, %"to_ipv6_opts.41"], [0, %"to_ipv6_frag.13"], [0, %"exit.148"], [0, %"cont.148"], [0, %"exit.149"], [0, %"cont.149"], [2, %"exit.150"], [2, %"exit.151"], [2, %"exit.152"], [0, %"unknown.50"], [2, %"exit.153"], [0, %"unknown.51"], [0, %"to_mpls.43"], [0, %"exit.154"], [0, %"cont.154"], [2, %"exit.155"], [0, %"unknown.52"], [2, %"exit.156"], [2, %"exit.157"], [2, %"exit.158"], [0, %"unknown.53"], [2, %"exit.159"], [0, %"unknown.54"], [0, %"to_gtpu_ext.2"]
  ret i32 %"verdict"
exit:
  br label %"return"
cont:
  br label %"entry_d0"
entry_d0:
  %"cursor" = phi  i64 [%"nhoff", %"cont"]
  %"hdr" = getelementptr i8, ptr %"data", i64 %"cursor"
  %".21" = add i64 %"cursor", 0
  switch i64 %"n_proto", label %"unknown" [i64 2048, label %"to_ipv4" i64 34525, label %"to_ipv6" i64 33024, label %"to_vlan" i64 34984, label %"to_vlan.1" i64 34887, label %"to_mpls" i64 34888, label %"to_mpls.1" i64 34916, label %"to_pppoe"]
unknown:
  %".23" = trunc i64 %".21" to i16
  %".24" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".23", ptr %".24", align 2
  br label %"return"
to_ipv4:
  br label %"ipv4_d0"
to_ipv6:
  br label %"ipv6_d0"
to_vlan:
  br label %"vlan_d0_vlan_tags1"
to_vlan.1:
  br label %"vlan_d0_vlan_tags1"
to_mpls:
  br label %"mpls_d0_mpls_labels1"
to_mpls.1:
  br label %"mpls_d0_mpls_labels1"
to_pppoe:
  br label %"pppoe_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%".307", %"to_ipv4.3"], [%"cursor.33", %"to_ipv4.4"], [%"cursor.106", %"to_ipv4.10"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".34" = getelementptr i8, ptr %"hdr.1", i64 20
  %".35" = icmp ugt ptr %".34", %"data_end"
  br i1 %".35", label %"exit.1", label %"cont.1"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%".307", %"to_ipv6.3"], [%"cursor.34", %"to_ipv6.4"], [%"cursor.107", %"to_ipv6.10"]
  %"hdr.2" = getelementptr i8, ptr %"data", i64 %"cursor.2"
  %".170" = getelementptr i8, ptr %"hdr.2", i64 40
  %".171" = icmp ugt ptr %".170", %"data_end"
  br i1 %".171", label %"exit.7", label %"cont.7"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"to_vlan"], [%".21", %"to_vlan.1"]
  %"hdr.3" = getelementptr i8, ptr %"data", i64 %"cursor.3"
  %".292" = getelementptr i8, ptr %"hdr.3", i64 4
  %".293" = icmp ugt ptr %".292", %"data_end"
  br i1 %".293", label %"exit.11", label %"cont.11"
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"to_mpls"], [%".21", %"to_mpls.1"], [%"cursor.15", %"to_mpls.2"], [%"cursor.24", %"to_mpls.3"], [%"cursor.28", %"to_mpls.4"], [%"cursor.29", %"to_mpls.5"], [%"cursor.35", %"to_mpls.7"], [%"cursor.36", %"to_mpls.8"], [%"cursor.88", %"to_mpls.13"], [%"cursor.103", %"to_mpls.14"], [%"cursor.108", %"to_mpls.15"], [%"cursor.109", %"to_mpls.16"], [%"cursor.190", %"to_mpls.25"], [%"cursor.205", %"to_mpls.26"], [%"cursor.266", %"to_mpls.35"], [%"cursor.278", %"to_mpls.36"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.4"
  %".335" = getelementptr i8, ptr %"hdr.4", i64 4
  %".336" = icmp ugt ptr %".335", %"data_end"
  br i1 %".336", label %"exit.12", label %"cont.12"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"to_pppoe"], [%".307", %"to_pppoe.1"], [%"cursor.110", %"to_pppoe.2"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".368" = getelementptr i8, ptr %"hdr.5", i64 8
  %".369" = icmp ugt ptr %".368", %"data_end"
  br i1 %".369", label %"exit.14", label %"cont.14"
exit.1:
  %".37" = trunc i64 %"cursor.1" to i16
  %".38" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".37", ptr %".38", align 2
  br label %"return"
cont.1:
  %".41" = getelementptr i8, ptr %"hdr.1", i64 0
  %".42" = load i8, ptr %".41", align 1
  %".43" = zext i8 %".42" to i64
  %".44" = and i64 %".43", 15
  %".45" = icmp uge i64 %".44", 5
  %".46" = xor i1 %".45", -1
  br i1 %".46", label %"exit.2", label %"cont.2"
exit.2:
  %".48" = trunc i64 %"cursor.1" to i16
  %".49" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".48", ptr %".49", align 2
  br label %"return"
cont.2:
  %".52" = trunc i64 2048 to i16
  %".53" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".52", ptr %".53", align 2
  %".55" = trunc i64 2048 to i16
  %".56" = call i16 @"llvm.bswap.i16"(i16 %".55")
  %".57" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".56", ptr %".57", align 2
  %".59" = getelementptr i8, ptr %"hdr.1", i64 12
  %".60" = load i32, ptr %".59", align 4
  %".61" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".60", ptr %".61", align 4
  %".63" = getelementptr i8, ptr %"hdr.1", i64 16
  %".64" = load i32, ptr %".63", align 4
  %".65" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".64", ptr %".65", align 4
  %".67" = getelementptr i8, ptr %"hdr.1", i64 9
  %".68" = load i8, ptr %".67", align 1
  %".69" = zext i8 %".68" to i64
  %".70" = trunc i64 %".69" to i8
  %".71" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".70", ptr %".71", align 1
  %".73" = add i64 %"cursor.1", 20
  %".74" = zext i8 %".42" to i64
  %".75" = and i64 %".74", 15
  %".76" = mul i64 %".75", 4
  %".77" = sub i64 %".76", 20
  %".78" = add i64 %".77", 20
  %".79" = getelementptr i8, ptr %"hdr.1", i64 %".78"
  %".80" = icmp ugt ptr %".79", %"data_end"
  br i1 %".80", label %"exit.3", label %"cont.3"
exit.3:
  %".82" = trunc i64 %"cursor.1" to i16
  %".83" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".82", ptr %".83", align 2
  br label %"return"
cont.3:
  %"end" = add i64 %"cursor.1", %".78"
  %".86" = getelementptr i8, ptr %"hdr.1", i64 6
  %".87" = load i16, ptr %".86", align 2
  %".88" = call i16 @"llvm.bswap.i16"(i16 %".87")
  %".89" = zext i16 %".88" to i64
  %".90" = and i64 %".89", 16383
  %".91" = icmp ne i64 %".90", 0
  %".92" = call i16 @"llvm.bswap.i16"(i16 %".87")
  %".93" = zext i16 %".92" to i64
  %".94" = and i64 %".93", 8191
  %".95" = icmp eq i64 %".94", 0
  br i1 %".91", label %"fragment", label %"not_fragment"
fragment:
  %".97" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".97", align 1
  br i1 %".95", label %"first_fragment", label %"later_fragment"
not_fragment:
  %".115" = zext i8 %".68" to i64
  switch i64 %".115", label %"unknown.1" [i64 6, label %"to_tcp" i64 17, label %"to_udp" i64 136, label %"to_udplite" i64 47, label %"to_gre" i64 132, label %"to_sctp" i64 33, label %"to_dccp" i64 50, label %"to_esp" i64 51, label %"to_ah" i64 1, label %"to_icmp" i64 137, label %"to_mpls.2" i64 4, label %"to_ipv4.1" i64 41, label %"to_ipv6.1"]
first_fragment:
  %".104" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".104", align 1
  %".106" = and i32 %"flags", 1
  %".107" = icmp ne i32 %".106", 0
  %".108" = xor i1 %".107", -1
  br i1 %".108", label %"exit.4", label %"cont.4"
later_fragment:
  %".100" = trunc i64 %"end" to i16
  %".101" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".100", ptr %".101", align 2
  br label %"return"
exit.4:
  %".110" = trunc i64 %"end" to i16
  %".111" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".110", ptr %".111", align 2
  br label %"return"
cont.4:
  br label %"not_fragment"
unknown.1:
  %".117" = trunc i64 %"end" to i16
  %".118" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".117", ptr %".118", align 2
  br label %"return"
to_tcp:
  br label %"tcp"
to_udp:
  br label %"udp_d0"
to_udplite:
  br label %"udplite"
to_gre:
  br label %"gre_d0"
to_sctp:
  br label %"sctp"
to_dccp:
  br label %"dccp"
to_esp:
  br label %"esp"
to_ah:
  br label %"ah"
to_icmp:
  br label %"icmp"
to_mpls.2:
  %".130" = trunc i64 34887 to i16
  %".131" = call i16 @"llvm.bswap.i16"(i16 %".130")
  %".132" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".131", ptr %".132", align 2
  %".134" = getelementptr i8, ptr %"keys", i64 2
  %".135" = trunc i64 %"end" to i16
  store volatile i16 %".135", ptr %".134", align 2
  %".137" = load volatile i16, ptr %".134", align 2
  %".138" = zext i16 %".137" to i64
  %"cursor.15" = and i64 %".138", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.1:
  %".140" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".140", align 1
  %".142" = and i32 %"flags", 4
  %".143" = icmp ne i32 %".142", 0
  br i1 %".143", label %"exit.5", label %"cont.5"
to_ipv6.1:
  %".155" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".155", align 1
  %".157" = and i32 %"flags", 4
  %".158" = icmp ne i32 %".157", 0
  br i1 %".158", label %"exit.6", label %"cont.6"
tcp:
  %"cursor.6" = phi  i64 [%"end", %"to_tcp"], [%".215", %"to_tcp.1"], [%"cursor.50", %"to_tcp.2"], [%"cursor.67", %"to_tcp.3"], [%"cursor.79", %"to_tcp.4"], [%"cursor.94", %"to_tcp.5"], [%"cursor.154", %"to_tcp.6"], [%"cursor.168", %"to_tcp.7"], [%"cursor.181", %"to_tcp.8"], [%"cursor.196", %"to_tcp.9"], [%"cursor.233", %"to_tcp.10"], [%"cursor.247", %"to_tcp.11"], [%"cursor.257", %"to_tcp.12"], [%"cursor.269", %"to_tcp.13"], [%"cursor.292", %"to_tcp.14"], [%"cursor.302", %"to_tcp.15"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.6"
  %".441" = getelementptr i8, ptr %"hdr.6", i64 4
  %".442" = icmp ugt ptr %".441", %"data_end"
  br i1 %".442", label %"exit.16", label %"cont.16"
udp_d0:
  %"cursor.7" = phi  i64 [%"end", %"to_udp"], [%".215", %"to_udp.1"], [%"cursor.80", %"to_udp.4"], [%"cursor.95", %"to_udp.5"], [%"cursor.182", %"to_udp.8"], [%"cursor.197", %"to_udp.9"], [%"cursor.258", %"to_udp.12"], [%"cursor.270", %"to_udp.13"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".470" = getelementptr i8, ptr %"hdr.7", i64 4
  %".471" = icmp ugt ptr %".470", %"data_end"
  br i1 %".471", label %"exit.17", label %"cont.17"
udplite:
  %"cursor.8" = phi  i64 [%"end", %"to_udplite"], [%".215", %"to_udplite.1"], [%"cursor.53", %"to_udplite.2"], [%"cursor.69", %"to_udplite.3"], [%"cursor.81", %"to_udplite.4"], [%"cursor.96", %"to_udplite.5"], [%"cursor.156", %"to_udplite.6"], [%"cursor.170", %"to_udplite.7"], [%"cursor.183", %"to_udplite.8"], [%"cursor.198", %"to_udplite.9"], [%"cursor.235", %"to_udplite.10"], [%"cursor.249", %"to_udplite.11"], [%"cursor.259", %"to_udplite.12"], [%"cursor.271", %"to_udplite.13"], [%"cursor.294", %"to_udplite.14"], [%"cursor.304", %"to_udplite.15"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".514" = getelementptr i8, ptr %"hdr.8", i64 4
  %".515" = icmp ugt ptr %".514", %"data_end"
  br i1 %".515", label %"exit.19", label %"cont.19"
gre_d0:
  %"cursor.9" = phi  i64 [%"end", %"to_gre"], [%".215", %"to_gre.1"], [%"cursor.82", %"to_gre.4"], [%"cursor.97", %"to_gre.5"], [%"cursor.184", %"to_gre.8"], [%"cursor.199", %"to_gre.9"], [%"cursor.260", %"to_gre.12"], [%"cursor.272", %"to_gre.13"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".550" = getelementptr i8, ptr %"hdr.9", i64 4
  %".551" = icmp ugt ptr %".550", %"data_end"
  br i1 %".551", label %"exit.21", label %"cont.21"
sctp:
  %"cursor.10" = phi  i64 [%"end", %"to_sctp"], [%".215", %"to_sctp.1"], [%"cursor.56", %"to_sctp.2"], [%"cursor.71", %"to_sctp.3"], [%"cursor.83", %"to_sctp.4"], [%"cursor.98", %"to_sctp.5"], [%"cursor.158", %"to_sctp.6"], [%"cursor.172", %"to_sctp.7"], [%"cursor.185", %"to_sctp.8"], [%"cursor.200", %"to_sctp.9"], [%"cursor.237", %"to_sctp.10"], [%"cursor.251", %"to_sctp.11"], [%"cursor.261", %"to_sctp.12"], [%"cursor.273", %"to_sctp.13"], [%"cursor.296", %"to_sctp.14"], [%"cursor.306", %"to_sctp.15"]
  %"hdr.10" = getelementptr i8, ptr %"data", i64 %"cursor.10"
  %".649" = getelementptr i8, ptr %"hdr.10", i64 4
  %".650" = icmp ugt ptr %".649", %"data_end"
  br i1 %".650", label %"exit.25", label %"cont.25"
dccp:
  %"cursor.11" = phi  i64 [%"end", %"to_dccp"], [%".215", %"to_dccp.1"], [%"cursor.57", %"to_dccp.2"], [%"cursor.72", %"to_dccp.3"], [%"cursor.84", %"to_dccp.4"], [%"cursor.99", %"to_dccp.5"], [%"cursor.159", %"to_dccp.6"], [%"cursor.173", %"to_dccp.7"], [%"cursor.186", %"to_dccp.8"], [%"cursor.201", %"to_dccp.9"], [%"cursor.238", %"to_dccp.10"], [%"cursor.252", %"to_dccp.11"], [%"cursor.262", %"to_dccp.12"], [%"cursor.274", %"to_dccp.13"], [%"cursor.297", %"to_dccp.14"], [%"cursor.307", %"to_dccp.15"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".677" = getelementptr i8, ptr %"hdr.11", i64 4
  %".678" = icmp ugt ptr %".677", %"data_end"
  br i1 %".678", label %"exit.26", label %"cont.26"
esp:
  %"cursor.12" = phi  i64 [%"end", %"to_esp"], [%".215", %"to_esp.1"], [%"cursor.58", %"to_esp.2"], [%"cursor.73", %"to_esp.3"], [%"cursor.85", %"to_esp.4"], [%"cursor.100", %"to_esp.5"], [%"cursor.160", %"to_esp.6"], [%"cursor.174", %"to_esp.7"], [%"cursor.187", %"to_esp.8"], [%"cursor.202", %"to_esp.9"], [%"cursor.239", %"to_esp.10"], [%"cursor.253", %"to_esp.11"], [%"cursor.263", %"to_esp.12"], [%"cursor.275", %"to_esp.13"], [%"cursor.298", %"to_esp.14"], [%"cursor.308", %"to_esp.15"]
  %"hdr.12" = getelementptr i8, ptr %"data", i64 %"cursor.12"
  %".705" = getelementptr i8, ptr %"hdr.12", i64 4
  %".706" = icmp ugt ptr %".705", %"data_end"
  br i1 %".706", label %"exit.27", label %"cont.27"
ah:
  %"cursor.13" = phi  i64 [%"end", %"to_ah"], [%".215", %"to_ah.1"], [%"cursor.59", %"to_ah.2"], [%"cursor.74", %"to_ah.3"], [%"cursor.86", %"to_ah.4"], [%"cursor.101", %"to_ah.5"], [%"cursor.161", %"to_ah.6"], [%"cursor.175", %"to_ah.7"], [%"cursor.188", %"to_ah.8"], [%"cursor.203", %"to_ah.9"], [%"cursor.240", %"to_ah.10"], [%"cursor.254", %"to_ah.11"], [%"cursor.264", %"to_ah.12"], [%"cursor.276", %"to_ah.13"], [%"cursor.299", %"to_ah.14"], [%"cursor.309", %"to_ah.15"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.13"
  %".733" = getelementptr i8, ptr %"hdr.13", i64 8
  %".734" = icmp ugt ptr %".733", %"data_end"
  br i1 %".734", label %"exit.28", label %"cont.28"
icmp:
  %"cursor.14" = phi  i64 [%"end", %"to_icmp"], [%"end.4", %"to_icmp.1"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.14"
  %".761" = getelementptr i8, ptr %"hdr.14", i64 4
  %".762" = icmp ugt ptr %".761", %"data_end"
  br i1 %".762", label %"exit.29", label %"cont.29"
exit.5:
  %".145" = trunc i64 %"end" to i16
  %".146" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".145", ptr %".146", align 2
  br label %"return"
cont.5:
  %".149" = getelementptr i8, ptr %"keys", i64 2
  %".150" = trunc i64 %"end" to i16
  store volatile i16 %".150", ptr %".149", align 2
  %".152" = load volatile i16, ptr %".149", align 2
  %".153" = zext i16 %".152" to i64
  %"cursor.17" = and i64 %".153", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.16" = phi  i64 [%"cursor.17", %"cont.5"], [%"cursor.25", %"cont.9"], [%"cursor.43", %"to_ipv4.5"], [%"cursor.89", %"cont.42"], [%"cursor.104", %"cont.46"], [%"cursor.113", %"to_ipv4.11"], [%"cursor.117", %"to_ipv4.12"], [%"cursor.119", %"to_ipv4.13"], [%"cursor.126", %"to_ipv4.14"], [%"cursor.127", %"to_ipv4.15"], [%"cursor.191", %"cont.90"], [%"cursor.206", %"cont.94"], [%"cursor.213", %"to_ipv4.21"], [%"cursor.221", %"to_ipv4.22"], [%"cursor.267", %"cont.130"], [%"cursor.279", %"cont.134"], [%"cursor.285", %"to_ipv4.30"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.16"
  %".773" = getelementptr i8, ptr %"hdr.15", i64 20
  %".774" = icmp ugt ptr %".773", %"data_end"
  br i1 %".774", label %"exit.30", label %"cont.30"
exit.6:
  %".160" = trunc i64 %"end" to i16
  %".161" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".160", ptr %".161", align 2
  br label %"return"
cont.6:
  %".164" = getelementptr i8, ptr %"keys", i64 2
  %".165" = trunc i64 %"end" to i16
  store volatile i16 %".165", ptr %".164", align 2
  %".167" = load volatile i16, ptr %".164", align 2
  %".168" = zext i16 %".167" to i64
  %"cursor.19" = and i64 %".168", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.18" = phi  i64 [%"cursor.19", %"cont.6"], [%"cursor.26", %"cont.10"], [%"cursor.44", %"to_ipv6.5"], [%"cursor.90", %"cont.43"], [%"cursor.105", %"cont.47"], [%"cursor.114", %"to_ipv6.11"], [%"cursor.118", %"to_ipv6.12"], [%"cursor.120", %"to_ipv6.13"], [%"cursor.128", %"to_ipv6.14"], [%"cursor.192", %"cont.91"], [%"cursor.207", %"cont.95"], [%"cursor.214", %"to_ipv6.20"], [%"cursor.222", %"to_ipv6.21"], [%"cursor.268", %"cont.131"], [%"cursor.280", %"cont.135"], [%"cursor.286", %"to_ipv6.28"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.18"
  %".945" = getelementptr i8, ptr %"hdr.16", i64 40
  %".946" = icmp ugt ptr %".945", %"data_end"
  br i1 %".946", label %"exit.36", label %"cont.36"
exit.7:
  %".173" = trunc i64 %"cursor.2" to i16
  %".174" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".173", ptr %".174", align 2
  br label %"return"
cont.7:
  %".177" = trunc i64 34525 to i16
  %".178" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".177", ptr %".178", align 2
  %".180" = trunc i64 34525 to i16
  %".181" = call i16 @"llvm.bswap.i16"(i16 %".180")
  %".182" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".181", ptr %".182", align 2
  %".184" = getelementptr i8, ptr %"hdr.2", i64 8
  %".185" = load i64, ptr %".184", align 8
  %".186" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".185", ptr %".186", align 8
  %".188" = getelementptr i8, ptr %"hdr.2", i64 16
  %".189" = load i64, ptr %".188", align 8
  %".190" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".189", ptr %".190", align 8
  %".192" = getelementptr i8, ptr %"hdr.2", i64 24
  %".193" = load i64, ptr %".192", align 8
  %".194" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".193", ptr %".194", align 8
  %".196" = getelementptr i8, ptr %"hdr.2", i64 32
  %".197" = load i64, ptr %".196", align 8
  %".198" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".197", ptr %".198", align 8
  %".200" = getelementptr i8, ptr %"hdr.2", i64 6
  %".201" = load i8, ptr %".200", align 1
  %".202" = zext i8 %".201" to i64
  %".203" = trunc i64 %".202" to i8
  %".204" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".203", ptr %".204", align 1
  %".206" = getelementptr i8, ptr %"hdr.2", i64 0
  %".207" = load i32, ptr %".206", align 4
  %".208" = call i32 @"llvm.bswap.i32"(i32 %".207")
  %".209" = zext i32 %".208" to i64
  %".210" = and i64 %".209", 1048575
  %".211" = trunc i64 %".210" to i32
  %".212" = call i32 @"llvm.bswap.i32"(i32 %".211")
  %".213" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".212", ptr %".213", align 4
  %".215" = add i64 %"cursor.2", 40
  %".216" = call i32 @"llvm.bswap.i32"(i32 %".207")
  %".217" = zext i32 %".216" to i64
  %".218" = and i64 %".217", 1048575
  %".219" = icmp ne i64 %".218", 0
  %".220" = and i32 %"flags", 2
  %".221" = icmp ne i32 %".220", 0
  %".222" = and i1 %".219", %".221"
  br i1 %".222", label %"exit.8", label %"cont.8"
exit.8:
  %".224" = trunc i64 %".215" to i16
  %".225" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".224", ptr %".225", align 2
  br label %"return"
cont.8:
  %".228" = zext i8 %".201" to i64
  switch i64 %".228", label %"unknown.2" [i64 0, label %"to_ipv6_opts" i64 43, label %"to_ipv6_opts.1" i64 60, label %"to_ipv6_opts.2" i64 44, label %"to_ipv6_frag" i64 6, label %"to_tcp.1" i64 17, label %"to_udp.1" i64 136, label %"to_udplite.1" i64 47, label %"to_gre.1" i64 132, label %"to_sctp.1" i64 33, label %"to_dccp.1" i64 50, label %"to_esp.1" i64 51, label %"to_ah.1" i64 58, label %"to_icmpv6" i64 137, label %"to_mpls.3" i64 4, label %"to_ipv4.2" i64 41, label %"to_ipv6.2"]
unknown.2:
  %".230" = trunc i64 %".215" to i16
  %".231" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".230", ptr %".231", align 2
  br label %"return"
to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.2:
  %".236" = getelementptr i8, ptr %"keys", i64 2
  %".237" = trunc i64 %".215" to i16
  store volatile i16 %".237", ptr %".236", align 2
  %".239" = load volatile i16, ptr %".236", align 2
  %".240" = zext i16 %".239" to i64
  %"cursor.21" = and i64 %".240", 16383
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext1"
to_tcp.1:
  br label %"tcp"
to_udp.1:
  br label %"udp_d0"
to_udplite.1:
  br label %"udplite"
to_gre.1:
  br label %"gre_d0"
to_sctp.1:
  br label %"sctp"
to_dccp.1:
  br label %"dccp"
to_esp.1:
  br label %"esp"
to_ah.1:
  br label %"ah"
to_icmpv6:
  br label %"icmpv6"
to_mpls.3:
  %".252" = trunc i64 34887 to i16
  %".253" = call i16 @"llvm.bswap.i16"(i16 %".252")
  %".254" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".253", ptr %".254", align 2
  %".256" = getelementptr i8, ptr %"keys", i64 2
  %".257" = trunc i64 %".215" to i16
  store volatile i16 %".257", ptr %".256", align 2
  %".259" = load volatile i16, ptr %".256", align 2
  %".260" = zext i16 %".259" to i64
  %"cursor.24" = and i64 %".260", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.2:
  %".262" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".262", align 1
  %".264" = and i32 %"flags", 4
  %".265" = icmp ne i32 %".264", 0
  br i1 %".265", label %"exit.9", label %"cont.9"
to_ipv6.2:
  %".277" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".277", align 1
  %".279" = and i32 %"flags", 4
  %".280" = icmp ne i32 %".279", 0
  br i1 %".280", label %"exit.10", label %"cont.10"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.20" = phi  i64 [%".215", %"to_ipv6_opts"], [%".215", %"to_ipv6_opts.1"], [%"cursor.21", %"to_ipv6_opts.2"]
  %"hdr.17" = getelementptr i8, ptr %"data", i64 %"cursor.20"
  %".1118" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1119" = icmp ugt ptr %".1118", %"data_end"
  br i1 %".1119", label %"exit.40", label %"cont.40"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.22" = phi  i64 [%".215", %"to_ipv6_frag"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.22"
  %".1254" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1255" = icmp ugt ptr %".1254", %"data_end"
  br i1 %".1255", label %"exit.44", label %"cont.44"
icmpv6:
  %"cursor.23" = phi  i64 [%".215", %"to_icmpv6"], [%".990", %"to_icmpv6.1"], [%"cursor.87", %"to_icmpv6.2"], [%"cursor.102", %"to_icmpv6.3"], [%"cursor.162", %"to_icmpv6.4"], [%"cursor.176", %"to_icmpv6.5"], [%"cursor.189", %"to_icmpv6.6"], [%"cursor.204", %"to_icmpv6.7"], [%"cursor.241", %"to_icmpv6.8"], [%"cursor.255", %"to_icmpv6.9"], [%"cursor.265", %"to_icmpv6.10"], [%"cursor.277", %"to_icmpv6.11"], [%"cursor.300", %"to_icmpv6.12"], [%"cursor.310", %"to_icmpv6.13"]
  %"hdr.19" = getelementptr i8, ptr %"data", i64 %"cursor.23"
  %".1413" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1414" = icmp ugt ptr %".1413", %"data_end"
  br i1 %".1414", label %"exit.48", label %"cont.48"
exit.9:
  %".267" = trunc i64 %".215" to i16
  %".268" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".267", ptr %".268", align 2
  br label %"return"
cont.9:
  %".271" = getelementptr i8, ptr %"keys", i64 2
  %".272" = trunc i64 %".215" to i16
  store volatile i16 %".272", ptr %".271", align 2
  %".274" = load volatile i16, ptr %".271", align 2
  %".275" = zext i16 %".274" to i64
  %"cursor.25" = and i64 %".275", 16383
  br label %"ipv4_d1"
exit.10:
  %".282" = trunc i64 %".215" to i16
  %".283" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".282", ptr %".283", align 2
  br label %"return"
cont.10:
  %".286" = getelementptr i8, ptr %"keys", i64 2
  %".287" = trunc i64 %".215" to i16
  store volatile i16 %".287", ptr %".286", align 2
  %".289" = load volatile i16, ptr %".286", align 2
  %".290" = zext i16 %".289" to i64
  %"cursor.26" = and i64 %".290", 16383
  br label %"ipv6_d1"
exit.11:
  %".295" = trunc i64 %"cursor.3" to i16
  %".296" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".295", ptr %".296", align 2
  br label %"return"
cont.11:
  %".299" = getelementptr i8, ptr %"hdr.3", i64 2
  %".300" = load i16, ptr %".299", align 2
  %".301" = call i16 @"llvm.bswap.i16"(i16 %".300")
  %".302" = zext i16 %".301" to i64
  %".303" = trunc i64 %".302" to i16
  %".304" = call i16 @"llvm.bswap.i16"(i16 %".303")
  %".305" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".304", ptr %".305", align 2
  %".307" = add i64 %"cursor.3", 4
  %".308" = trunc i64 %".307" to i16
  %".309" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".308", ptr %".309", align 2
  %".311" = call i16 @"llvm.bswap.i16"(i16 %".300")
  %".312" = zext i16 %".311" to i64
  switch i64 %".312", label %"unknown.3" [i64 2048, label %"to_ipv4.3" i64 34525, label %"to_ipv6.3" i64 33024, label %"to_vlan.2" i64 34984, label %"to_vlan.3" i64 34887, label %"to_mpls.4" i64 34888, label %"to_mpls.5" i64 34916, label %"to_pppoe.1"]
unknown.3:
  %".314" = trunc i64 %".307" to i16
  %".315" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".314", ptr %".315", align 2
  br label %"return"
to_ipv4.3:
  br label %"ipv4_d0"
to_ipv6.3:
  br label %"ipv6_d0"
to_vlan.2:
  br label %"vlan_d0_vlan_tags2"
to_vlan.3:
  br label %"vlan_d0_vlan_tags2"
to_mpls.4:
  %".322" = getelementptr i8, ptr %"keys", i64 2
  %".323" = trunc i64 %".307" to i16
  store volatile i16 %".323", ptr %".322", align 2
  %".325" = load volatile i16, ptr %".322", align 2
  %".326" = zext i16 %".325" to i64
  %"cursor.28" = and i64 %".326", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.5:
  %".328" = getelementptr i8, ptr %"keys", i64 2
  %".329" = trunc i64 %".307" to i16
  store volatile i16 %".329", ptr %".328", align 2
  %".331" = load volatile i16, ptr %".328", align 2
  %".332" = zext i16 %".331" to i64
  %"cursor.29" = and i64 %".332", 16383
  br label %"mpls_d0_mpls_labels1"
to_pppoe.1:
  br label %"pppoe_d0"
vlan_d0_vlan_tags2:
  %"cursor.27" = phi  i64 [%".307", %"to_vlan.2"], [%".307", %"to_vlan.3"]
  %"hdr.20" = getelementptr i8, ptr %"data", i64 %"cursor.27"
  %".1425" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1426" = icmp ugt ptr %".1425", %"data_end"
  br i1 %".1426", label %"exit.49", label %"cont.49"
exit.12:
  %".338" = trunc i64 %"cursor.4" to i16
  %".339" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".338", ptr %".339", align 2
  br label %"return"
cont.12:
  %".342" = add i64 %"cursor.4", 4
  %".343" = getelementptr i8, ptr %"hdr.4", i64 2
  %".344" = load i8, ptr %".343", align 1
  %".345" = zext i8 %".344" to i64
  %".346" = and i64 %".345", 1
  switch i64 %".346", label %"unknown.4" [i64 0, label %"to_mpls.6" i64 1, label %"to_ip_version"]
unknown.4:
  %".348" = trunc i64 %".342" to i16
  %".349" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".348", ptr %".349", align 2
  br label %"return"
to_mpls.6:
  br label %"mpls_d0_mpls_labels2"
to_ip_version:
  %".353" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".353", align 1
  %".355" = and i32 %"flags", 4
  %".356" = icmp ne i32 %".355", 0
  br i1 %".356", label %"exit.13", label %"cont.13"
mpls_d0_mpls_labels2:
  %"cursor.30" = phi  i64 [%".342", %"to_mpls.6"]
  %"hdr.21" = getelementptr i8, ptr %"data", i64 %"cursor.30"
  %".1489" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1490" = icmp ugt ptr %".1489", %"data_end"
  br i1 %".1490", label %"exit.50", label %"cont.50"
exit.13:
  %".358" = trunc i64 %".342" to i16
  %".359" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".358", ptr %".359", align 2
  br label %"return"
cont.13:
  %".362" = getelementptr i8, ptr %"keys", i64 2
  %".363" = trunc i64 %".342" to i16
  store volatile i16 %".363", ptr %".362", align 2
  %".365" = load volatile i16, ptr %".362", align 2
  %".366" = zext i16 %".365" to i64
  %"cursor.32" = and i64 %".366", 16383
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.31" = phi  i64 [%"cursor.32", %"cont.13"], [%"cursor.112", %"cont.51"], [%"cursor.121", %"to_ip_version.2"], [%"cursor.209", %"cont.97"], [%"cursor.210", %"to_ip_version.5"], [%"cursor.281", %"cont.137"], [%"cursor.282", %"to_ip_version.9"], [%"cursor.314", %"to_ip_version.12"], [%"cursor.319", %"to_ip_version.13"]
  %"hdr.22" = getelementptr i8, ptr %"data", i64 %"cursor.31"
  %".1522" = getelementptr i8, ptr %"hdr.22", i64 1
  %".1523" = icmp ugt ptr %".1522", %"data_end"
  br i1 %".1523", label %"exit.52", label %"cont.52"
exit.14:
  %".371" = trunc i64 %"cursor.5" to i16
  %".372" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".371", ptr %".372", align 2
  br label %"return"
cont.14:
  %".375" = getelementptr i8, ptr %"hdr.5", i64 0
  %".376" = load i8, ptr %".375", align 1
  %".377" = zext i8 %".376" to i64
  %".378" = lshr i64 %".377", 4
  %".379" = and i64 %".378", 15
  %".380" = icmp eq i64 %".379", 1
  %".381" = zext i8 %".376" to i64
  %".382" = and i64 %".381", 15
  %".383" = icmp eq i64 %".382", 1
  %".384" = and i1 %".380", %".383"
  %".385" = getelementptr i8, ptr %"hdr.5", i64 1
  %".386" = load i8, ptr %".385", align 1
  %".387" = zext i8 %".386" to i64
  %".388" = icmp eq i64 %".387", 0
  %".389" = and i1 %".384", %".388"
  %".390" = xor i1 %".389", -1
  br i1 %".390", label %"exit.15", label %"cont.15"
exit.15:
  %".392" = trunc i64 %"cursor.5" to i16
  %".393" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".392", ptr %".393", align 2
  br label %"return"
cont.15:
  %".396" = add i64 %"cursor.5", 8
  %".397" = trunc i64 %".396" to i16
  %".398" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".397", ptr %".398", align 2
  %".400" = getelementptr i8, ptr %"hdr.5", i64 6
  %".401" = load i16, ptr %".400", align 2
  %".402" = call i16 @"llvm.bswap.i16"(i16 %".401")
  %".403" = zext i16 %".402" to i64
  switch i64 %".403", label %"unknown.5" [i64 33, label %"to_ipv4.4" i64 87, label %"to_ipv6.4" i64 641, label %"to_mpls.7" i64 643, label %"to_mpls.8"]
unknown.5:
  %".405" = trunc i64 %".396" to i16
  %".406" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".405", ptr %".406", align 2
  br label %"return"
to_ipv4.4:
  %".409" = getelementptr i8, ptr %"keys", i64 2
  %".410" = trunc i64 %".396" to i16
  store volatile i16 %".410", ptr %".409", align 2
  %".412" = load volatile i16, ptr %".409", align 2
  %".413" = zext i16 %".412" to i64
  %"cursor.33" = and i64 %".413", 16383
  br label %"ipv4_d0"
to_ipv6.4:
  %".415" = getelementptr i8, ptr %"keys", i64 2
  %".416" = trunc i64 %".396" to i16
  store volatile i16 %".416", ptr %".415", align 2
  %".418" = load volatile i16, ptr %".415", align 2
  %".419" = zext i16 %".418" to i64
  %"cursor.34" = and i64 %".419", 16383
  br label %"ipv6_d0"
to_mpls.7:
  %".421" = trunc i64 34887 to i16
  %".422" = call i16 @"llvm.bswap.i16"(i16 %".421")
  %".423" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".422", ptr %".423", align 2
  %".425" = getelementptr i8, ptr %"keys", i64 2
  %".426" = trunc i64 %".396" to i16
  store volatile i16 %".426", ptr %".425", align 2
  %".428" = load volatile i16, ptr %".425", align 2
  %".429" = zext i16 %".428" to i64
  %"cursor.35" = and i64 %".429", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.8:
  %".431" = trunc i64 34888 to i16
  %".432" = call i16 @"llvm.bswap.i16"(i16 %".431")
  %".433" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".432", ptr %".433", align 2
  %".435" = getelementptr i8, ptr %"keys", i64 2
  %".436" = trunc i64 %".396" to i16
  store volatile i16 %".436", ptr %".435", align 2
  %".438" = load volatile i16, ptr %".435", align 2
  %".439" = zext i16 %".438" to i64
  %"cursor.36" = and i64 %".439", 16383
  br label %"mpls_d0_mpls_labels1"
exit.16:
  %".444" = trunc i64 %"cursor.6" to i16
  %".445" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".444", ptr %".445", align 2
  br label %"return"
cont.16:
  %".448" = getelementptr i8, ptr %"hdr.6", i64 0
  %".449" = load i16, ptr %".448", align 2
  %".450" = call i16 @"llvm.bswap.i16"(i16 %".449")
  %".451" = zext i16 %".450" to i64
  %".452" = trunc i64 %".451" to i16
  %".453" = call i16 @"llvm.bswap.i16"(i16 %".452")
  %".454" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".453", ptr %".454", align 2
  %".456" = getelementptr i8, ptr %"hdr.6", i64 2
  %".457" = load i16, ptr %".456", align 2
  %".458" = call i16 @"llvm.bswap.i16"(i16 %".457")
  %".459" = zext i16 %".458" to i64
  %".460" = trunc i64 %".459" to i16
  %".461" = call i16 @"llvm.bswap.i16"(i16 %".460")
  %".462" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".461", ptr %".462", align 2
  switch i64 0, label %"unknown.6" [i64 0, label %"to_tcp_header"]
unknown.6:
  %".465" = trunc i64 %"cursor.6" to i16
  %".466" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".465", ptr %".466", align 2
  br label %"return"
to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.6", %"to_tcp_header"]
  %"hdr.23" = getelementptr i8, ptr %"data", i64 %"cursor.37"
  %".1551" = getelementptr i8, ptr %"hdr.23", i64 20
  %".1552" = icmp ugt ptr %".1551", %"data_end"
  br i1 %".1552", label %"exit.53", label %"cont.53"
exit.17:
  %".473" = trunc i64 %"cursor.7" to i16
  %".474" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".473", ptr %".474", align 2
  br label %"return"
cont.17:
  %".477" = getelementptr i8, ptr %"hdr.7", i64 0
  %".478" = load i16, ptr %".477", align 2
  %".479" = call i16 @"llvm.bswap.i16"(i16 %".478")
  %".480" = zext i16 %".479" to i64
  %".481" = trunc i64 %".480" to i16
  %".482" = call i16 @"llvm.bswap.i16"(i16 %".481")
  %".483" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".482", ptr %".483", align 2
  %".485" = getelementptr i8, ptr %"hdr.7", i64 2
  %".486" = load i16, ptr %".485", align 2
  %".487" = call i16 @"llvm.bswap.i16"(i16 %".486")
  %".488" = zext i16 %".487" to i64
  %".489" = trunc i64 %".488" to i16
  %".490" = call i16 @"llvm.bswap.i16"(i16 %".489")
  %".491" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".490", ptr %".491", align 2
  %".493" = add i64 %"cursor.7", 4
  %".494" = add i64 4, 4
  %".495" = getelementptr i8, ptr %"hdr.7", i64 %".494"
  %".496" = icmp ugt ptr %".495", %"data_end"
  br i1 %".496", label %"exit.18", label %"cont.18"
exit.18:
  %".498" = trunc i64 %"cursor.7" to i16
  %".499" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".498", ptr %".499", align 2
  br label %"return"
cont.18:
  %"end.1" = add i64 %"cursor.7", %".494"
  %".502" = call i16 @"llvm.bswap.i16"(i16 %".486")
  %".503" = zext i16 %".502" to i64
  switch i64 %".503", label %"unknown.7" [i64 4789, label %"to_vxlan" i64 6081, label %"to_geneve" i64 6080, label %"to_gue" i64 2152, label %"to_gtpu" i64 7777, label %"to_shim"]
unknown.7:
  %".505" = trunc i64 %"cursor.7" to i16
  %".506" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".505", ptr %".506", align 2
  br label %"return"
to_vxlan:
  br label %"vxlan_d0"
to_geneve:
  br label %"geneve_d0"
to_gue:
  br label %"gue_d0"
to_gtpu:
  br label %"gtpu_d0"
to_shim:
  br label %"shim_d0"
vxlan_d0:
  %"cursor.38" = phi  i64 [%"end.1", %"to_vxlan"]
  %"hdr.24" = getelementptr i8, ptr %"data", i64 %"cursor.38"
  %".1588" = getelementptr i8, ptr %"hdr.24", i64 8
  %".1589" = icmp ugt ptr %".1588", %"data_end"
  br i1 %".1589", label %"exit.56", label %"cont.56"
geneve_d0:
  %"cursor.39" = phi  i64 [%"end.1", %"to_geneve"]
  %"hdr.25" = getelementptr i8, ptr %"data", i64 %"cursor.39"
  %".1616" = getelementptr i8, ptr %"hdr.25", i64 8
  %".1617" = icmp ugt ptr %".1616", %"data_end"
  br i1 %".1617", label %"exit.58", label %"cont.58"
gue_d0:
  %"cursor.40" = phi  i64 [%"end.1", %"to_gue"]
  %"hdr.26" = getelementptr i8, ptr %"data", i64 %"cursor.40"
  %".1682" = getelementptr i8, ptr %"hdr.26", i64 4
  %".1683" = icmp ugt ptr %".1682", %"data_end"
  br i1 %".1683", label %"exit.62", label %"cont.62"
gtpu_d0:
  %"cursor.41" = phi  i64 [%"end.1", %"to_gtpu"]
  %"hdr.27" = getelementptr i8, ptr %"data", i64 %"cursor.41"
  %".1746" = getelementptr i8, ptr %"hdr.27", i64 8
  %".1747" = icmp ugt ptr %".1746", %"data_end"
  br i1 %".1747", label %"exit.66", label %"cont.66"
shim_d0:
  %"cursor.42" = phi  i64 [%"end.1", %"to_shim"]
  %"hdr.28" = getelementptr i8, ptr %"data", i64 %"cursor.42"
  %".1827" = getelementptr i8, ptr %"hdr.28", i64 8
  %".1828" = icmp ugt ptr %".1827", %"data_end"
  br i1 %".1828", label %"exit.69", label %"cont.69"
exit.19:
  %".517" = trunc i64 %"cursor.8" to i16
  %".518" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".517", ptr %".518", align 2
  br label %"return"
cont.19:
  %".521" = getelementptr i8, ptr %"hdr.8", i64 0
  %".522" = load i16, ptr %".521", align 2
  %".523" = call i16 @"llvm.bswap.i16"(i16 %".522")
  %".524" = zext i16 %".523" to i64
  %".525" = trunc i64 %".524" to i16
  %".526" = call i16 @"llvm.bswap.i16"(i16 %".525")
  %".527" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".526", ptr %".527", align 2
  %".529" = getelementptr i8, ptr %"hdr.8", i64 2
  %".530" = load i16, ptr %".529", align 2
  %".531" = call i16 @"llvm.bswap.i16"(i16 %".530")
  %".532" = zext i16 %".531" to i64
  %".533" = trunc i64 %".532" to i16
  %".534" = call i16 @"llvm.bswap.i16"(i16 %".533")
  %".535" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".534", ptr %".535", align 2
  %".537" = add i64 %"cursor.8", 4
  %".538" = add i64 4, 4
  %".539" = getelementptr i8, ptr %"hdr.8", i64 %".538"
  %".540" = icmp ugt ptr %".539", %"data_end"
  br i1 %".540", label %"exit.20", label %"cont.20"
exit.20:
  %".542" = trunc i64 %"cursor.8" to i16
  %".543" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".542", ptr %".543", align 2
  br label %"return"
cont.20:
  %"end.2" = add i64 %"cursor.8", %".538"
  %".546" = trunc i64 %"cursor.8" to i16
  %".547" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".546", ptr %".547", align 2
  br label %"return"
exit.21:
  %".553" = trunc i64 %"cursor.9" to i16
  %".554" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".553", ptr %".554", align 2
  br label %"return"
cont.21:
  %".557" = getelementptr i8, ptr %"hdr.9", i64 1
  %".558" = load i8, ptr %".557", align 1
  %".559" = zext i8 %".558" to i64
  %".560" = and i64 %".559", 7
  %".561" = icmp ne i64 %".560", 0
  %".562" = getelementptr i8, ptr %"hdr.9", i64 0
  %".563" = load i8, ptr %".562", align 1
  %".564" = zext i8 %".563" to i64
  %".565" = lshr i64 %".564", 6
  %".566" = and i64 %".565", 1
  %".567" = icmp ne i64 %".566", 0
  %".568" = or i1 %".561", %".567"
  br i1 %".568", label %"exit.22", label %"cont.22"
exit.22:
  %".570" = trunc i64 %"cursor.9" to i16
  %".571" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".570", ptr %".571", align 2
  br label %"return"
cont.22:
  %".574" = add i64 %"cursor.9", 4
  %".575" = zext i8 %".563" to i64
  %".576" = lshr i64 %".575", 7
  %".577" = and i64 %".576", 1
  %".578" = zext i8 %".563" to i64
  %".579" = lshr i64 %".578", 5
  %".580" = and i64 %".579", 1
  %".581" = add i64 %".577", %".580"
  %".582" = zext i8 %".563" to i64
  %".583" = lshr i64 %".582", 4
  %".584" = and i64 %".583", 1
  %".585" = add i64 %".581", %".584"
  %".586" = mul i64 %".585", 4
  %".587" = add i64 %".586", 4
  %".588" = getelementptr i8, ptr %"hdr.9", i64 %".587"
  %".589" = icmp ugt ptr %".588", %"data_end"
  br i1 %".589", label %"exit.23", label %"cont.23"
exit.23:
  %".591" = trunc i64 %"cursor.9" to i16
  %".592" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".591", ptr %".592", align 2
  br label %"return"
cont.23:
  %"end.3" = add i64 %"cursor.9", %".587"
  %".595" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".595", align 1
  %".597" = and i32 %"flags", 4
  %".598" = icmp ne i32 %".597", 0
  br i1 %".598", label %"exit.24", label %"cont.24"
exit.24:
  %".600" = trunc i64 %"end.3" to i16
  %".601" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".600", ptr %".601", align 2
  br label %"return"
cont.24:
  %".604" = getelementptr i8, ptr %"hdr.9", i64 2
  %".605" = load i16, ptr %".604", align 2
  %".606" = call i16 @"llvm.bswap.i16"(i16 %".605")
  %".607" = zext i16 %".606" to i64
  %".608" = trunc i64 %".607" to i16
  %".609" = call i16 @"llvm.bswap.i16"(i16 %".608")
  %".610" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".609", ptr %".610", align 2
  %".612" = call i16 @"llvm.bswap.i16"(i16 %".605")
  %".613" = zext i16 %".612" to i64
  switch i64 %".613", label %"unknown.8" [i64 2048, label %"to_ipv4.5" i64 34525, label %"to_ipv6.5" i64 25944, label %"to_ethernet" i64 34887, label %"to_mpls.9" i64 34888, label %"to_mpls.10"]
unknown.8:
  %".615" = trunc i64 %"end.3" to i16
  %".616" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".615", ptr %".616", align 2
  br label %"return"
to_ipv4.5:
  %".619" = getelementptr i8, ptr %"keys", i64 2
  %".620" = trunc i64 %"end.3" to i16
  store volatile i16 %".620", ptr %".619", align 2
  %".622" = load volatile i16, ptr %".619", align 2
  %".623" = zext i16 %".622" to i64
  %"cursor.43" = and i64 %".623", 16383
  br label %"ipv4_d1"
to_ipv6.5:
  %".625" = getelementptr i8, ptr %"keys", i64 2
  %".626" = trunc i64 %"end.3" to i16
  store volatile i16 %".626", ptr %".625", align 2
  %".628" = load volatile i16, ptr %".625", align 2
  %".629" = zext i16 %".628" to i64
  %"cursor.44" = and i64 %".629", 16383
  br label %"ipv6_d1"
to_ethernet:
  %".631" = getelementptr i8, ptr %"keys", i64 2
  %".632" = trunc i64 %"end.3" to i16
  store volatile i16 %".632", ptr %".631", align 2
  %".634" = load volatile i16, ptr %".631", align 2
  %".635" = zext i16 %".634" to i64
  %"cursor.46" = and i64 %".635", 16383
  br label %"ethernet_d1"
to_mpls.9:
  %".637" = getelementptr i8, ptr %"keys", i64 2
  %".638" = trunc i64 %"end.3" to i16
  store volatile i16 %".638", ptr %".637", align 2
  %".640" = load volatile i16, ptr %".637", align 2
  %".641" = zext i16 %".640" to i64
  %"cursor.48" = and i64 %".641", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.10:
  %".643" = getelementptr i8, ptr %"keys", i64 2
  %".644" = trunc i64 %"end.3" to i16
  store volatile i16 %".644", ptr %".643", align 2
  %".646" = load volatile i16, ptr %".643", align 2
  %".647" = zext i16 %".646" to i64
  %"cursor.49" = and i64 %".647", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1:
  %"cursor.45" = phi  i64 [%"cursor.46", %"to_ethernet"], [%"cursor.115", %"to_ethernet.1"], [%"cursor.116", %"to_ethernet.2"]
  %"hdr.29" = getelementptr i8, ptr %"data", i64 %"cursor.45"
  %".1859" = getelementptr i8, ptr %"hdr.29", i64 14
  %".1860" = icmp ugt ptr %".1859", %"data_end"
  br i1 %".1860", label %"exit.71", label %"cont.71"
mpls_d1_mpls_labels1:
  %"cursor.47" = phi  i64 [%"cursor.48", %"to_mpls.9"], [%"cursor.49", %"to_mpls.10"], [%"cursor.60", %"to_mpls.11"], [%"cursor.75", %"to_mpls.12"], [%"cursor.132", %"to_mpls.18"], [%"cursor.133", %"to_mpls.19"], [%"cursor.163", %"to_mpls.23"], [%"cursor.177", %"to_mpls.24"], [%"cursor.218", %"to_mpls.28"], [%"cursor.219", %"to_mpls.29"], [%"cursor.223", %"to_mpls.30"], [%"cursor.224", %"to_mpls.31"], [%"cursor.242", %"to_mpls.33"], [%"cursor.256", %"to_mpls.34"], [%"cursor.287", %"to_mpls.38"], [%"cursor.288", %"to_mpls.39"], [%"cursor.301", %"to_mpls.41"], [%"cursor.311", %"to_mpls.42"]
  %"hdr.30" = getelementptr i8, ptr %"data", i64 %"cursor.47"
  %".1924" = getelementptr i8, ptr %"hdr.30", i64 4
  %".1925" = icmp ugt ptr %".1924", %"data_end"
  br i1 %".1925", label %"exit.72", label %"cont.72"
exit.25:
  %".652" = trunc i64 %"cursor.10" to i16
  %".653" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".652", ptr %".653", align 2
  br label %"return"
cont.25:
  %".656" = getelementptr i8, ptr %"hdr.10", i64 0
  %".657" = load i16, ptr %".656", align 2
  %".658" = call i16 @"llvm.bswap.i16"(i16 %".657")
  %".659" = zext i16 %".658" to i64
  %".660" = trunc i64 %".659" to i16
  %".661" = call i16 @"llvm.bswap.i16"(i16 %".660")
  %".662" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".661", ptr %".662", align 2
  %".664" = getelementptr i8, ptr %"hdr.10", i64 2
  %".665" = load i16, ptr %".664", align 2
  %".666" = call i16 @"llvm.bswap.i16"(i16 %".665")
  %".667" = zext i16 %".666" to i64
  %".668" = trunc i64 %".667" to i16
  %".669" = call i16 @"llvm.bswap.i16"(i16 %".668")
  %".670" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".669", ptr %".670", align 2
  %".672" = add i64 %"cursor.10", 4
  %".673" = trunc i64 %"cursor.10" to i16
  %".674" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".673", ptr %".674", align 2
  br label %"return"
exit.26:
  %".680" = trunc i64 %"cursor.11" to i16
  %".681" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".680", ptr %".681", align 2
  br label %"return"
cont.26:
  %".684" = getelementptr i8, ptr %"hdr.11", i64 0
  %".685" = load i16, ptr %".684", align 2
  %".686" = call i16 @"llvm.bswap.i16"(i16 %".685")
  %".687" = zext i16 %".686" to i64
  %".688" = trunc i64 %".687" to i16
  %".689" = call i16 @"llvm.bswap.i16"(i16 %".688")
  %".690" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".689", ptr %".690", align 2
  %".692" = getelementptr i8, ptr %"hdr.11", i64 2
  %".693" = load i16, ptr %".692", align 2
  %".694" = call i16 @"llvm.bswap.i16"(i16 %".693")
  %".695" = zext i16 %".694" to i64
  %".696" = trunc i64 %".695" to i16
  %".697" = call i16 @"llvm.bswap.i16"(i16 %".696")
  %".698" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".697", ptr %".698", align 2
  %".700" = add i64 %"cursor.11", 4
  %".701" = trunc i64 %"cursor.11" to i16
  %".702" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".701", ptr %".702", align 2
  br label %"return"
exit.27:
  %".708" = trunc i64 %"cursor.12" to i16
  %".709" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".708", ptr %".709", align 2
  br label %"return"
cont.27:
  %".712" = getelementptr i8, ptr %"hdr.12", i64 0
  %".713" = load i32, ptr %".712", align 4
  %".714" = call i32 @"llvm.bswap.i32"(i32 %".713")
  %".715" = zext i32 %".714" to i64
  %".716" = lshr i64 %".715", 16
  %".717" = trunc i64 %".716" to i16
  %".718" = call i16 @"llvm.bswap.i16"(i16 %".717")
  %".719" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".718", ptr %".719", align 2
  %".721" = call i32 @"llvm.bswap.i32"(i32 %".713")
  %".722" = zext i32 %".721" to i64
  %".723" = and i64 %".722", 65535
  %".724" = trunc i64 %".723" to i16
  %".725" = call i16 @"llvm.bswap.i16"(i16 %".724")
  %".726" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".725", ptr %".726", align 2
  %".728" = add i64 %"cursor.12", 4
  %".729" = trunc i64 %"cursor.12" to i16
  %".730" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".729", ptr %".730", align 2
  br label %"return"
exit.28:
  %".736" = trunc i64 %"cursor.13" to i16
  %".737" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".736", ptr %".737", align 2
  br label %"return"
cont.28:
  %".740" = getelementptr i8, ptr %"hdr.13", i64 4
  %".741" = load i32, ptr %".740", align 4
  %".742" = call i32 @"llvm.bswap.i32"(i32 %".741")
  %".743" = zext i32 %".742" to i64
  %".744" = lshr i64 %".743", 16
  %".745" = trunc i64 %".744" to i16
  %".746" = call i16 @"llvm.bswap.i16"(i16 %".745")
  %".747" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".746", ptr %".747", align 2
  %".749" = call i32 @"llvm.bswap.i32"(i32 %".741")
  %".750" = zext i32 %".749" to i64
  %".751" = and i64 %".750", 65535
  %".752" = trunc i64 %".751" to i16
  %".753" = call i16 @"llvm.bswap.i16"(i16 %".752")
  %".754" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".753", ptr %".754", align 2
  %".756" = add i64 %"cursor.13", 8
  %".757" = trunc i64 %"cursor.13" to i16
  %".758" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".757", ptr %".758", align 2
  br label %"return"
exit.29:
  %".764" = trunc i64 %"cursor.14" to i16
  %".765" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".764", ptr %".765", align 2
  br label %"return"
cont.29:
  %".768" = add i64 %"cursor.14", 4
  %".769" = trunc i64 %"cursor.14" to i16
  %".770" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".769", ptr %".770", align 2
  br label %"return"
exit.30:
  %".776" = trunc i64 %"cursor.16" to i16
  %".777" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".776", ptr %".777", align 2
  br label %"return"
cont.30:
  %".780" = getelementptr i8, ptr %"hdr.15", i64 0
  %".781" = load i8, ptr %".780", align 1
  %".782" = zext i8 %".781" to i64
  %".783" = and i64 %".782", 15
  %".784" = icmp uge i64 %".783", 5
  %".785" = xor i1 %".784", -1
  br i1 %".785", label %"exit.31", label %"cont.31"
exit.31:
  %".787" = trunc i64 %"cursor.16" to i16
  %".788" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".787", ptr %".788", align 2
  br label %"return"
cont.31:
  %".791" = trunc i64 2048 to i16
  %".792" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".791", ptr %".792", align 2
  %".794" = trunc i64 2048 to i16
  %".795" = call i16 @"llvm.bswap.i16"(i16 %".794")
  %".796" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".795", ptr %".796", align 2
  %".798" = getelementptr i8, ptr %"hdr.15", i64 12
  %".799" = load i32, ptr %".798", align 4
  %".800" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".799", ptr %".800", align 4
  %".802" = getelementptr i8, ptr %"hdr.15", i64 16
  %".803" = load i32, ptr %".802", align 4
  %".804" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".803", ptr %".804", align 4
  %".806" = getelementptr i8, ptr %"hdr.15", i64 9
  %".807" = load i8, ptr %".806", align 1
  %".808" = zext i8 %".807" to i64
  %".809" = trunc i64 %".808" to i8
  %".810" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".809", ptr %".810", align 1
  %".812" = add i64 %"cursor.16", 20
  %".813" = zext i8 %".781" to i64
  %".814" = and i64 %".813", 15
  %".815" = mul i64 %".814", 4
  %".816" = sub i64 %".815", 20
  %".817" = add i64 %".816", 20
  %".818" = getelementptr i8, ptr %"hdr.15", i64 %".817"
  %".819" = icmp ugt ptr %".818", %"data_end"
  br i1 %".819", label %"exit.32", label %"cont.32"
exit.32:
  %".821" = trunc i64 %"cursor.16" to i16
  %".822" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".821", ptr %".822", align 2
  br label %"return"
cont.32:
  %"end.4" = add i64 %"cursor.16", %".817"
  %".825" = getelementptr i8, ptr %"hdr.15", i64 6
  %".826" = load i16, ptr %".825", align 2
  %".827" = call i16 @"llvm.bswap.i16"(i16 %".826")
  %".828" = zext i16 %".827" to i64
  %".829" = and i64 %".828", 16383
  %".830" = icmp ne i64 %".829", 0
  %".831" = call i16 @"llvm.bswap.i16"(i16 %".826")
  %".832" = zext i16 %".831" to i64
  %".833" = and i64 %".832", 8191
  %".834" = icmp eq i64 %".833", 0
  br i1 %".830", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".836" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".836", align 1
  br i1 %".834", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".854" = zext i8 %".807" to i64
  switch i64 %".854", label %"unknown.9" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 132, label %"to_sctp.2" i64 33, label %"to_dccp.2" i64 50, label %"to_esp.2" i64 51, label %"to_ah.2" i64 1, label %"to_icmp.1" i64 137, label %"to_mpls.11" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
first_fragment.1:
  %".843" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".843", align 1
  %".845" = and i32 %"flags", 1
  %".846" = icmp ne i32 %".845", 0
  %".847" = xor i1 %".846", -1
  br i1 %".847", label %"exit.33", label %"cont.33"
later_fragment.1:
  %".839" = trunc i64 %"end.4" to i16
  %".840" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".839", ptr %".840", align 2
  br label %"return"
exit.33:
  %".849" = trunc i64 %"end.4" to i16
  %".850" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".849", ptr %".850", align 2
  br label %"return"
cont.33:
  br label %"not_fragment.1"
unknown.9:
  %".856" = trunc i64 %"end.4" to i16
  %".857" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".856", ptr %".857", align 2
  br label %"return"
to_tcp.2:
  %".860" = getelementptr i8, ptr %"keys", i64 2
  %".861" = trunc i64 %"end.4" to i16
  store volatile i16 %".861", ptr %".860", align 2
  %".863" = load volatile i16, ptr %".860", align 2
  %".864" = zext i16 %".863" to i64
  %"cursor.50" = and i64 %".864", 16383
  br label %"tcp"
to_udp.2:
  %".866" = getelementptr i8, ptr %"keys", i64 2
  %".867" = trunc i64 %"end.4" to i16
  store volatile i16 %".867", ptr %".866", align 2
  %".869" = load volatile i16, ptr %".866", align 2
  %".870" = zext i16 %".869" to i64
  %"cursor.52" = and i64 %".870", 16383
  br label %"udp_d1"
to_udplite.2:
  %".872" = getelementptr i8, ptr %"keys", i64 2
  %".873" = trunc i64 %"end.4" to i16
  store volatile i16 %".873", ptr %".872", align 2
  %".875" = load volatile i16, ptr %".872", align 2
  %".876" = zext i16 %".875" to i64
  %"cursor.53" = and i64 %".876", 16383
  br label %"udplite"
to_gre.2:
  %".878" = getelementptr i8, ptr %"keys", i64 2
  %".879" = trunc i64 %"end.4" to i16
  store volatile i16 %".879", ptr %".878", align 2
  %".881" = load volatile i16, ptr %".878", align 2
  %".882" = zext i16 %".881" to i64
  %"cursor.55" = and i64 %".882", 16383
  br label %"gre_d1"
to_sctp.2:
  %".884" = getelementptr i8, ptr %"keys", i64 2
  %".885" = trunc i64 %"end.4" to i16
  store volatile i16 %".885", ptr %".884", align 2
  %".887" = load volatile i16, ptr %".884", align 2
  %".888" = zext i16 %".887" to i64
  %"cursor.56" = and i64 %".888", 16383
  br label %"sctp"
to_dccp.2:
  %".890" = getelementptr i8, ptr %"keys", i64 2
  %".891" = trunc i64 %"end.4" to i16
  store volatile i16 %".891", ptr %".890", align 2
  %".893" = load volatile i16, ptr %".890", align 2
  %".894" = zext i16 %".893" to i64
  %"cursor.57" = and i64 %".894", 16383
  br label %"dccp"
to_esp.2:
  %".896" = getelementptr i8, ptr %"keys", i64 2
  %".897" = trunc i64 %"end.4" to i16
  store volatile i16 %".897", ptr %".896", align 2
  %".899" = load volatile i16, ptr %".896", align 2
  %".900" = zext i16 %".899" to i64
  %"cursor.58" = and i64 %".900", 16383
  br label %"esp"
to_ah.2:
  %".902" = getelementptr i8, ptr %"keys", i64 2
  %".903" = trunc i64 %"end.4" to i16
  store volatile i16 %".903", ptr %".902", align 2
  %".905" = load volatile i16, ptr %".902", align 2
  %".906" = zext i16 %".905" to i64
  %"cursor.59" = and i64 %".906", 16383
  br label %"ah"
to_icmp.1:
  br label %"icmp"
to_mpls.11:
  %".909" = trunc i64 34887 to i16
  %".910" = call i16 @"llvm.bswap.i16"(i16 %".909")
  %".911" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".910", ptr %".911", align 2
  %".913" = getelementptr i8, ptr %"keys", i64 2
  %".914" = trunc i64 %"end.4" to i16
  store volatile i16 %".914", ptr %".913", align 2
  %".916" = load volatile i16, ptr %".913", align 2
  %".917" = zext i16 %".916" to i64
  %"cursor.60" = and i64 %".917", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.6:
  %".919" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".919", align 1
  %".921" = and i32 %"flags", 4
  %".922" = icmp ne i32 %".921", 0
  br i1 %".922", label %"exit.34", label %"cont.34"
to_ipv6.6:
  %".932" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".932", align 1
  %".934" = and i32 %"flags", 4
  %".935" = icmp ne i32 %".934", 0
  br i1 %".935", label %"exit.35", label %"cont.35"
udp_d1:
  %"cursor.51" = phi  i64 [%"cursor.52", %"to_udp.2"], [%"cursor.68", %"to_udp.3"], [%"cursor.155", %"to_udp.6"], [%"cursor.169", %"to_udp.7"], [%"cursor.234", %"to_udp.10"], [%"cursor.248", %"to_udp.11"], [%"cursor.293", %"to_udp.14"], [%"cursor.303", %"to_udp.15"]
  %"hdr.31" = getelementptr i8, ptr %"data", i64 %"cursor.51"
  %".1960" = getelementptr i8, ptr %"hdr.31", i64 4
  %".1961" = icmp ugt ptr %".1960", %"data_end"
  br i1 %".1961", label %"exit.74", label %"cont.74"
gre_d1:
  %"cursor.54" = phi  i64 [%"cursor.55", %"to_gre.2"], [%"cursor.70", %"to_gre.3"], [%"cursor.157", %"to_gre.6"], [%"cursor.171", %"to_gre.7"], [%"cursor.236", %"to_gre.10"], [%"cursor.250", %"to_gre.11"], [%"cursor.295", %"to_gre.14"], [%"cursor.305", %"to_gre.15"]
  %"hdr.32" = getelementptr i8, ptr %"data", i64 %"cursor.54"
  %".2029" = getelementptr i8, ptr %"hdr.32", i64 4
  %".2030" = icmp ugt ptr %".2029", %"data_end"
  br i1 %".2030", label %"exit.76", label %"cont.76"
exit.34:
  %".924" = trunc i64 %"end.4" to i16
  %".925" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".924", ptr %".925", align 2
  br label %"return"
cont.34:
  %".928" = trunc i64 %"end.4" to i16
  %".929" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".928", ptr %".929", align 2
  br label %"return"
exit.35:
  %".937" = trunc i64 %"end.4" to i16
  %".938" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".937", ptr %".938", align 2
  br label %"return"
cont.35:
  %".941" = trunc i64 %"end.4" to i16
  %".942" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".941", ptr %".942", align 2
  br label %"return"
exit.36:
  %".948" = trunc i64 %"cursor.18" to i16
  %".949" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".948", ptr %".949", align 2
  br label %"return"
cont.36:
  %".952" = trunc i64 34525 to i16
  %".953" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".952", ptr %".953", align 2
  %".955" = trunc i64 34525 to i16
  %".956" = call i16 @"llvm.bswap.i16"(i16 %".955")
  %".957" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".956", ptr %".957", align 2
  %".959" = getelementptr i8, ptr %"hdr.16", i64 8
  %".960" = load i64, ptr %".959", align 8
  %".961" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".960", ptr %".961", align 8
  %".963" = getelementptr i8, ptr %"hdr.16", i64 16
  %".964" = load i64, ptr %".963", align 8
  %".965" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".964", ptr %".965", align 8
  %".967" = getelementptr i8, ptr %"hdr.16", i64 24
  %".968" = load i64, ptr %".967", align 8
  %".969" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".968", ptr %".969", align 8
  %".971" = getelementptr i8, ptr %"hdr.16", i64 32
  %".972" = load i64, ptr %".971", align 8
  %".973" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".972", ptr %".973", align 8
  %".975" = getelementptr i8, ptr %"hdr.16", i64 6
  %".976" = load i8, ptr %".975", align 1
  %".977" = zext i8 %".976" to i64
  %".978" = trunc i64 %".977" to i8
  %".979" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".978", ptr %".979", align 1
  %".981" = getelementptr i8, ptr %"hdr.16", i64 0
  %".982" = load i32, ptr %".981", align 4
  %".983" = call i32 @"llvm.bswap.i32"(i32 %".982")
  %".984" = zext i32 %".983" to i64
  %".985" = and i64 %".984", 1048575
  %".986" = trunc i64 %".985" to i32
  %".987" = call i32 @"llvm.bswap.i32"(i32 %".986")
  %".988" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".987", ptr %".988", align 4
  %".990" = add i64 %"cursor.18", 40
  %".991" = call i32 @"llvm.bswap.i32"(i32 %".982")
  %".992" = zext i32 %".991" to i64
  %".993" = and i64 %".992", 1048575
  %".994" = icmp ne i64 %".993", 0
  %".995" = and i32 %"flags", 2
  %".996" = icmp ne i32 %".995", 0
  %".997" = and i1 %".994", %".996"
  br i1 %".997", label %"exit.37", label %"cont.37"
exit.37:
  %".999" = trunc i64 %".990" to i16
  %".1000" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".999", ptr %".1000", align 2
  br label %"return"
cont.37:
  %".1003" = zext i8 %".976" to i64
  switch i64 %".1003", label %"unknown.10" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 132, label %"to_sctp.3" i64 33, label %"to_dccp.3" i64 50, label %"to_esp.3" i64 51, label %"to_ah.3" i64 58, label %"to_icmpv6.1" i64 137, label %"to_mpls.12" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.10:
  %".1005" = trunc i64 %".990" to i16
  %".1006" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1005", ptr %".1006", align 2
  br label %"return"
to_ipv6_opts.3:
  %".1009" = getelementptr i8, ptr %"keys", i64 2
  %".1010" = trunc i64 %".990" to i16
  store volatile i16 %".1010", ptr %".1009", align 2
  %".1012" = load volatile i16, ptr %".1009", align 2
  %".1013" = zext i16 %".1012" to i64
  %"cursor.62" = and i64 %".1013", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  %".1015" = getelementptr i8, ptr %"keys", i64 2
  %".1016" = trunc i64 %".990" to i16
  store volatile i16 %".1016", ptr %".1015", align 2
  %".1018" = load volatile i16, ptr %".1015", align 2
  %".1019" = zext i16 %".1018" to i64
  %"cursor.63" = and i64 %".1019", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  %".1021" = getelementptr i8, ptr %"keys", i64 2
  %".1022" = trunc i64 %".990" to i16
  store volatile i16 %".1022", ptr %".1021", align 2
  %".1024" = load volatile i16, ptr %".1021", align 2
  %".1025" = zext i16 %".1024" to i64
  %"cursor.64" = and i64 %".1025", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  %".1027" = getelementptr i8, ptr %"keys", i64 2
  %".1028" = trunc i64 %".990" to i16
  store volatile i16 %".1028", ptr %".1027", align 2
  %".1030" = load volatile i16, ptr %".1027", align 2
  %".1031" = zext i16 %".1030" to i64
  %"cursor.66" = and i64 %".1031", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  %".1033" = getelementptr i8, ptr %"keys", i64 2
  %".1034" = trunc i64 %".990" to i16
  store volatile i16 %".1034", ptr %".1033", align 2
  %".1036" = load volatile i16, ptr %".1033", align 2
  %".1037" = zext i16 %".1036" to i64
  %"cursor.67" = and i64 %".1037", 16383
  br label %"tcp"
to_udp.3:
  %".1039" = getelementptr i8, ptr %"keys", i64 2
  %".1040" = trunc i64 %".990" to i16
  store volatile i16 %".1040", ptr %".1039", align 2
  %".1042" = load volatile i16, ptr %".1039", align 2
  %".1043" = zext i16 %".1042" to i64
  %"cursor.68" = and i64 %".1043", 16383
  br label %"udp_d1"
to_udplite.3:
  %".1045" = getelementptr i8, ptr %"keys", i64 2
  %".1046" = trunc i64 %".990" to i16
  store volatile i16 %".1046", ptr %".1045", align 2
  %".1048" = load volatile i16, ptr %".1045", align 2
  %".1049" = zext i16 %".1048" to i64
  %"cursor.69" = and i64 %".1049", 16383
  br label %"udplite"
to_gre.3:
  %".1051" = getelementptr i8, ptr %"keys", i64 2
  %".1052" = trunc i64 %".990" to i16
  store volatile i16 %".1052", ptr %".1051", align 2
  %".1054" = load volatile i16, ptr %".1051", align 2
  %".1055" = zext i16 %".1054" to i64
  %"cursor.70" = and i64 %".1055", 16383
  br label %"gre_d1"
to_sctp.3:
  %".1057" = getelementptr i8, ptr %"keys", i64 2
  %".1058" = trunc i64 %".990" to i16
  store volatile i16 %".1058", ptr %".1057", align 2
  %".1060" = load volatile i16, ptr %".1057", align 2
  %".1061" = zext i16 %".1060" to i64
  %"cursor.71" = and i64 %".1061", 16383
  br label %"sctp"
to_dccp.3:
  %".1063" = getelementptr i8, ptr %"keys", i64 2
  %".1064" = trunc i64 %".990" to i16
  store volatile i16 %".1064", ptr %".1063", align 2
  %".1066" = load volatile i16, ptr %".1063", align 2
  %".1067" = zext i16 %".1066" to i64
  %"cursor.72" = and i64 %".1067", 16383
  br label %"dccp"
to_esp.3:
  %".1069" = getelementptr i8, ptr %"keys", i64 2
  %".1070" = trunc i64 %".990" to i16
  store volatile i16 %".1070", ptr %".1069", align 2
  %".1072" = load volatile i16, ptr %".1069", align 2
  %".1073" = zext i16 %".1072" to i64
  %"cursor.73" = and i64 %".1073", 16383
  br label %"esp"
to_ah.3:
  %".1075" = getelementptr i8, ptr %"keys", i64 2
  %".1076" = trunc i64 %".990" to i16
  store volatile i16 %".1076", ptr %".1075", align 2
  %".1078" = load volatile i16, ptr %".1075", align 2
  %".1079" = zext i16 %".1078" to i64
  %"cursor.74" = and i64 %".1079", 16383
  br label %"ah"
to_icmpv6.1:
  br label %"icmpv6"
to_mpls.12:
  %".1082" = trunc i64 34887 to i16
  %".1083" = call i16 @"llvm.bswap.i16"(i16 %".1082")
  %".1084" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1083", ptr %".1084", align 2
  %".1086" = getelementptr i8, ptr %"keys", i64 2
  %".1087" = trunc i64 %".990" to i16
  store volatile i16 %".1087", ptr %".1086", align 2
  %".1089" = load volatile i16, ptr %".1086", align 2
  %".1090" = zext i16 %".1089" to i64
  %"cursor.75" = and i64 %".1090", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.7:
  %".1092" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1092", align 1
  %".1094" = and i32 %"flags", 4
  %".1095" = icmp ne i32 %".1094", 0
  br i1 %".1095", label %"exit.38", label %"cont.38"
to_ipv6.7:
  %".1105" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1105", align 1
  %".1107" = and i32 %"flags", 4
  %".1108" = icmp ne i32 %".1107", 0
  br i1 %".1108", label %"exit.39", label %"cont.39"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.61" = phi  i64 [%"cursor.62", %"to_ipv6_opts.3"], [%"cursor.63", %"to_ipv6_opts.4"], [%"cursor.64", %"to_ipv6_opts.5"]
  %"hdr.33" = getelementptr i8, ptr %"data", i64 %"cursor.61"
  %".2118" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2119" = icmp ugt ptr %".2118", %"data_end"
  br i1 %".2119", label %"exit.80", label %"cont.80"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.65" = phi  i64 [%"cursor.66", %"to_ipv6_frag.1"]
  %"hdr.34" = getelementptr i8, ptr %"data", i64 %"cursor.65"
  %".2265" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2266" = icmp ugt ptr %".2265", %"data_end"
  br i1 %".2266", label %"exit.84", label %"cont.84"
exit.38:
  %".1097" = trunc i64 %".990" to i16
  %".1098" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1097", ptr %".1098", align 2
  br label %"return"
cont.38:
  %".1101" = trunc i64 %".990" to i16
  %".1102" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1101", ptr %".1102", align 2
  br label %"return"
exit.39:
  %".1110" = trunc i64 %".990" to i16
  %".1111" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1110", ptr %".1111", align 2
  br label %"return"
cont.39:
  %".1114" = trunc i64 %".990" to i16
  %".1115" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1114", ptr %".1115", align 2
  br label %"return"
exit.40:
  %".1121" = trunc i64 %"cursor.20" to i16
  %".1122" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1121", ptr %".1122", align 2
  br label %"return"
cont.40:
  %".1125" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1126" = load i8, ptr %".1125", align 1
  %".1127" = zext i8 %".1126" to i64
  %".1128" = trunc i64 %".1127" to i8
  %".1129" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1128", ptr %".1129", align 1
  %".1131" = add i64 %"cursor.20", 2
  %".1132" = getelementptr i8, ptr %"hdr.17", i64 1
  %".1133" = load i8, ptr %".1132", align 1
  %".1134" = zext i8 %".1133" to i64
  %".1135" = mul i64 %".1134", 8
  %".1136" = add i64 %".1135", 6
  %".1137" = add i64 %".1136", 2
  %".1138" = getelementptr i8, ptr %"hdr.17", i64 %".1137"
  %".1139" = icmp ugt ptr %".1138", %"data_end"
  br i1 %".1139", label %"exit.41", label %"cont.41"
exit.41:
  %".1141" = trunc i64 %"cursor.20" to i16
  %".1142" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1141", ptr %".1142", align 2
  br label %"return"
cont.41:
  %"end.5" = add i64 %"cursor.20", %".1137"
  %".1145" = zext i8 %".1126" to i64
  switch i64 %".1145", label %"unknown.11" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 132, label %"to_sctp.4" i64 33, label %"to_dccp.4" i64 50, label %"to_esp.4" i64 51, label %"to_ah.4" i64 58, label %"to_icmpv6.2" i64 137, label %"to_mpls.13" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
unknown.11:
  %".1147" = trunc i64 %"end.5" to i16
  %".1148" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1147", ptr %".1148", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  %".1153" = getelementptr i8, ptr %"keys", i64 2
  %".1154" = trunc i64 %"end.5" to i16
  store volatile i16 %".1154", ptr %".1153", align 2
  %".1156" = load volatile i16, ptr %".1153", align 2
  %".1157" = zext i16 %".1156" to i64
  %"cursor.77" = and i64 %".1157", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  %".1160" = getelementptr i8, ptr %"keys", i64 2
  %".1161" = trunc i64 %"end.5" to i16
  store volatile i16 %".1161", ptr %".1160", align 2
  %".1163" = load volatile i16, ptr %".1160", align 2
  %".1164" = zext i16 %".1163" to i64
  %"cursor.79" = and i64 %".1164", 16383
  br label %"tcp"
to_udp.4:
  %".1166" = getelementptr i8, ptr %"keys", i64 2
  %".1167" = trunc i64 %"end.5" to i16
  store volatile i16 %".1167", ptr %".1166", align 2
  %".1169" = load volatile i16, ptr %".1166", align 2
  %".1170" = zext i16 %".1169" to i64
  %"cursor.80" = and i64 %".1170", 16383
  br label %"udp_d0"
to_udplite.4:
  %".1172" = getelementptr i8, ptr %"keys", i64 2
  %".1173" = trunc i64 %"end.5" to i16
  store volatile i16 %".1173", ptr %".1172", align 2
  %".1175" = load volatile i16, ptr %".1172", align 2
  %".1176" = zext i16 %".1175" to i64
  %"cursor.81" = and i64 %".1176", 16383
  br label %"udplite"
to_gre.4:
  %".1178" = getelementptr i8, ptr %"keys", i64 2
  %".1179" = trunc i64 %"end.5" to i16
  store volatile i16 %".1179", ptr %".1178", align 2
  %".1181" = load volatile i16, ptr %".1178", align 2
  %".1182" = zext i16 %".1181" to i64
  %"cursor.82" = and i64 %".1182", 16383
  br label %"gre_d0"
to_sctp.4:
  %".1184" = getelementptr i8, ptr %"keys", i64 2
  %".1185" = trunc i64 %"end.5" to i16
  store volatile i16 %".1185", ptr %".1184", align 2
  %".1187" = load volatile i16, ptr %".1184", align 2
  %".1188" = zext i16 %".1187" to i64
  %"cursor.83" = and i64 %".1188", 16383
  br label %"sctp"
to_dccp.4:
  %".1190" = getelementptr i8, ptr %"keys", i64 2
  %".1191" = trunc i64 %"end.5" to i16
  store volatile i16 %".1191", ptr %".1190", align 2
  %".1193" = load volatile i16, ptr %".1190", align 2
  %".1194" = zext i16 %".1193" to i64
  %"cursor.84" = and i64 %".1194", 16383
  br label %"dccp"
to_esp.4:
  %".1196" = getelementptr i8, ptr %"keys", i64 2
  %".1197" = trunc i64 %"end.5" to i16
  store volatile i16 %".1197", ptr %".1196", align 2
  %".1199" = load volatile i16, ptr %".1196", align 2
  %".1200" = zext i16 %".1199" to i64
  %"cursor.85" = and i64 %".1200", 16383
  br label %"esp"
to_ah.4:
  %".1202" = getelementptr i8, ptr %"keys", i64 2
  %".1203" = trunc i64 %"end.5" to i16
  store volatile i16 %".1203", ptr %".1202", align 2
  %".1205" = load volatile i16, ptr %".1202", align 2
  %".1206" = zext i16 %".1205" to i64
  %"cursor.86" = and i64 %".1206", 16383
  br label %"ah"
to_icmpv6.2:
  %".1208" = getelementptr i8, ptr %"keys", i64 2
  %".1209" = trunc i64 %"end.5" to i16
  store volatile i16 %".1209", ptr %".1208", align 2
  %".1211" = load volatile i16, ptr %".1208", align 2
  %".1212" = zext i16 %".1211" to i64
  %"cursor.87" = and i64 %".1212", 16383
  br label %"icmpv6"
to_mpls.13:
  %".1214" = trunc i64 34887 to i16
  %".1215" = call i16 @"llvm.bswap.i16"(i16 %".1214")
  %".1216" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1215", ptr %".1216", align 2
  %".1218" = getelementptr i8, ptr %"keys", i64 2
  %".1219" = trunc i64 %"end.5" to i16
  store volatile i16 %".1219", ptr %".1218", align 2
  %".1221" = load volatile i16, ptr %".1218", align 2
  %".1222" = zext i16 %".1221" to i64
  %"cursor.88" = and i64 %".1222", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.8:
  %".1224" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1224", align 1
  %".1226" = and i32 %"flags", 4
  %".1227" = icmp ne i32 %".1226", 0
  br i1 %".1227", label %"exit.42", label %"cont.42"
to_ipv6.8:
  %".1239" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1239", align 1
  %".1241" = and i32 %"flags", 4
  %".1242" = icmp ne i32 %".1241", 0
  br i1 %".1242", label %"exit.43", label %"cont.43"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.76" = phi  i64 [%"end.5", %"to_ipv6_opts.6"], [%"end.5", %"to_ipv6_opts.7"], [%"cursor.77", %"to_ipv6_opts.8"], [%"cursor.91", %"to_ipv6_opts.9"], [%"cursor.92", %"to_ipv6_opts.10"], [%"cursor.93", %"to_ipv6_opts.11"]
  %"hdr.35" = getelementptr i8, ptr %"data", i64 %"cursor.76"
  %".2425" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2426" = icmp ugt ptr %".2425", %"data_end"
  br i1 %".2426", label %"exit.88", label %"cont.88"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.78" = phi  i64 [%"end.5", %"to_ipv6_frag.2"], [%".1267", %"to_ipv6_frag.3"]
  %"hdr.36" = getelementptr i8, ptr %"data", i64 %"cursor.78"
  %".2561" = getelementptr i8, ptr %"hdr.36", i64 8
  %".2562" = icmp ugt ptr %".2561", %"data_end"
  br i1 %".2562", label %"exit.92", label %"cont.92"
exit.42:
  %".1229" = trunc i64 %"end.5" to i16
  %".1230" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1229", ptr %".1230", align 2
  br label %"return"
cont.42:
  %".1233" = getelementptr i8, ptr %"keys", i64 2
  %".1234" = trunc i64 %"end.5" to i16
  store volatile i16 %".1234", ptr %".1233", align 2
  %".1236" = load volatile i16, ptr %".1233", align 2
  %".1237" = zext i16 %".1236" to i64
  %"cursor.89" = and i64 %".1237", 16383
  br label %"ipv4_d1"
exit.43:
  %".1244" = trunc i64 %"end.5" to i16
  %".1245" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1244", ptr %".1245", align 2
  br label %"return"
cont.43:
  %".1248" = getelementptr i8, ptr %"keys", i64 2
  %".1249" = trunc i64 %"end.5" to i16
  store volatile i16 %".1249", ptr %".1248", align 2
  %".1251" = load volatile i16, ptr %".1248", align 2
  %".1252" = zext i16 %".1251" to i64
  %"cursor.90" = and i64 %".1252", 16383
  br label %"ipv6_d1"
exit.44:
  %".1257" = trunc i64 %"cursor.22" to i16
  %".1258" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1257", ptr %".1258", align 2
  br label %"return"
cont.44:
  %".1261" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1262" = load i8, ptr %".1261", align 1
  %".1263" = zext i8 %".1262" to i64
  %".1264" = trunc i64 %".1263" to i8
  %".1265" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1264", ptr %".1265", align 1
  %".1267" = add i64 %"cursor.22", 8
  %".1268" = icmp ne i64 1, 0
  %".1269" = getelementptr i8, ptr %"hdr.18", i64 2
  %".1270" = load i16, ptr %".1269", align 2
  %".1271" = call i16 @"llvm.bswap.i16"(i16 %".1270")
  %".1272" = zext i16 %".1271" to i64
  %".1273" = and i64 %".1272", 65528
  %".1274" = icmp eq i64 %".1273", 0
  br i1 %".1268", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".1276" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1276", align 1
  br i1 %".1274", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".1294" = zext i8 %".1262" to i64
  switch i64 %".1294", label %"unknown.12" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 132, label %"to_sctp.5" i64 33, label %"to_dccp.5" i64 50, label %"to_esp.5" i64 51, label %"to_ah.5" i64 58, label %"to_icmpv6.3" i64 137, label %"to_mpls.14" i64 4, label %"to_ipv4.9" i64 41, label %"to_ipv6.9"]
first_fragment.2:
  %".1283" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1283", align 1
  %".1285" = and i32 %"flags", 1
  %".1286" = icmp ne i32 %".1285", 0
  %".1287" = xor i1 %".1286", -1
  br i1 %".1287", label %"exit.45", label %"cont.45"
later_fragment.2:
  %".1279" = trunc i64 %".1267" to i16
  %".1280" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1279", ptr %".1280", align 2
  br label %"return"
exit.45:
  %".1289" = trunc i64 %".1267" to i16
  %".1290" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1289", ptr %".1290", align 2
  br label %"return"
cont.45:
  br label %"not_fragment.2"
unknown.12:
  %".1296" = trunc i64 %".1267" to i16
  %".1297" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1296", ptr %".1297", align 2
  br label %"return"
to_ipv6_opts.9:
  %".1300" = getelementptr i8, ptr %"keys", i64 2
  %".1301" = trunc i64 %".1267" to i16
  store volatile i16 %".1301", ptr %".1300", align 2
  %".1303" = load volatile i16, ptr %".1300", align 2
  %".1304" = zext i16 %".1303" to i64
  %"cursor.91" = and i64 %".1304", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  %".1306" = getelementptr i8, ptr %"keys", i64 2
  %".1307" = trunc i64 %".1267" to i16
  store volatile i16 %".1307", ptr %".1306", align 2
  %".1309" = load volatile i16, ptr %".1306", align 2
  %".1310" = zext i16 %".1309" to i64
  %"cursor.92" = and i64 %".1310", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  %".1312" = getelementptr i8, ptr %"keys", i64 2
  %".1313" = trunc i64 %".1267" to i16
  store volatile i16 %".1313", ptr %".1312", align 2
  %".1315" = load volatile i16, ptr %".1312", align 2
  %".1316" = zext i16 %".1315" to i64
  %"cursor.93" = and i64 %".1316", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  %".1319" = getelementptr i8, ptr %"keys", i64 2
  %".1320" = trunc i64 %".1267" to i16
  store volatile i16 %".1320", ptr %".1319", align 2
  %".1322" = load volatile i16, ptr %".1319", align 2
  %".1323" = zext i16 %".1322" to i64
  %"cursor.94" = and i64 %".1323", 16383
  br label %"tcp"
to_udp.5:
  %".1325" = getelementptr i8, ptr %"keys", i64 2
  %".1326" = trunc i64 %".1267" to i16
  store volatile i16 %".1326", ptr %".1325", align 2
  %".1328" = load volatile i16, ptr %".1325", align 2
  %".1329" = zext i16 %".1328" to i64
  %"cursor.95" = and i64 %".1329", 16383
  br label %"udp_d0"
to_udplite.5:
  %".1331" = getelementptr i8, ptr %"keys", i64 2
  %".1332" = trunc i64 %".1267" to i16
  store volatile i16 %".1332", ptr %".1331", align 2
  %".1334" = load volatile i16, ptr %".1331", align 2
  %".1335" = zext i16 %".1334" to i64
  %"cursor.96" = and i64 %".1335", 16383
  br label %"udplite"
to_gre.5:
  %".1337" = getelementptr i8, ptr %"keys", i64 2
  %".1338" = trunc i64 %".1267" to i16
  store volatile i16 %".1338", ptr %".1337", align 2
  %".1340" = load volatile i16, ptr %".1337", align 2
  %".1341" = zext i16 %".1340" to i64
  %"cursor.97" = and i64 %".1341", 16383
  br label %"gre_d0"
to_sctp.5:
  %".1343" = getelementptr i8, ptr %"keys", i64 2
  %".1344" = trunc i64 %".1267" to i16
  store volatile i16 %".1344", ptr %".1343", align 2
  %".1346" = load volatile i16, ptr %".1343", align 2
  %".1347" = zext i16 %".1346" to i64
  %"cursor.98" = and i64 %".1347", 16383
  br label %"sctp"
to_dccp.5:
  %".1349" = getelementptr i8, ptr %"keys", i64 2
  %".1350" = trunc i64 %".1267" to i16
  store volatile i16 %".1350", ptr %".1349", align 2
  %".1352" = load volatile i16, ptr %".1349", align 2
  %".1353" = zext i16 %".1352" to i64
  %"cursor.99" = and i64 %".1353", 16383
  br label %"dccp"
to_esp.5:
  %".1355" = getelementptr i8, ptr %"keys", i64 2
  %".1356" = trunc i64 %".1267" to i16
  store volatile i16 %".1356", ptr %".1355", align 2
  %".1358" = load volatile i16, ptr %".1355", align 2
  %".1359" = zext i16 %".1358" to i64
  %"cursor.100" = and i64 %".1359", 16383
  br label %"esp"
to_ah.5:
  %".1361" = getelementptr i8, ptr %"keys", i64 2
  %".1362" = trunc i64 %".1267" to i16
  store volatile i16 %".1362", ptr %".1361", align 2
  %".1364" = load volatile i16, ptr %".1361", align 2
  %".1365" = zext i16 %".1364" to i64
  %"cursor.101" = and i64 %".1365", 16383
  br label %"ah"
to_icmpv6.3:
  %".1367" = getelementptr i8, ptr %"keys", i64 2
  %".1368" = trunc i64 %".1267" to i16
  store volatile i16 %".1368", ptr %".1367", align 2
  %".1370" = load volatile i16, ptr %".1367", align 2
  %".1371" = zext i16 %".1370" to i64
  %"cursor.102" = and i64 %".1371", 16383
  br label %"icmpv6"
to_mpls.14:
  %".1373" = trunc i64 34887 to i16
  %".1374" = call i16 @"llvm.bswap.i16"(i16 %".1373")
  %".1375" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1374", ptr %".1375", align 2
  %".1377" = getelementptr i8, ptr %"keys", i64 2
  %".1378" = trunc i64 %".1267" to i16
  store volatile i16 %".1378", ptr %".1377", align 2
  %".1380" = load volatile i16, ptr %".1377", align 2
  %".1381" = zext i16 %".1380" to i64
  %"cursor.103" = and i64 %".1381", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.9:
  %".1383" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1383", align 1
  %".1385" = and i32 %"flags", 4
  %".1386" = icmp ne i32 %".1385", 0
  br i1 %".1386", label %"exit.46", label %"cont.46"
to_ipv6.9:
  %".1398" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1398", align 1
  %".1400" = and i32 %"flags", 4
  %".1401" = icmp ne i32 %".1400", 0
  br i1 %".1401", label %"exit.47", label %"cont.47"
exit.46:
  %".1388" = trunc i64 %".1267" to i16
  %".1389" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1388", ptr %".1389", align 2
  br label %"return"
cont.46:
  %".1392" = getelementptr i8, ptr %"keys", i64 2
  %".1393" = trunc i64 %".1267" to i16
  store volatile i16 %".1393", ptr %".1392", align 2
  %".1395" = load volatile i16, ptr %".1392", align 2
  %".1396" = zext i16 %".1395" to i64
  %"cursor.104" = and i64 %".1396", 16383
  br label %"ipv4_d1"
exit.47:
  %".1403" = trunc i64 %".1267" to i16
  %".1404" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1403", ptr %".1404", align 2
  br label %"return"
cont.47:
  %".1407" = getelementptr i8, ptr %"keys", i64 2
  %".1408" = trunc i64 %".1267" to i16
  store volatile i16 %".1408", ptr %".1407", align 2
  %".1410" = load volatile i16, ptr %".1407", align 2
  %".1411" = zext i16 %".1410" to i64
  %"cursor.105" = and i64 %".1411", 16383
  br label %"ipv6_d1"
exit.48:
  %".1416" = trunc i64 %"cursor.23" to i16
  %".1417" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1416", ptr %".1417", align 2
  br label %"return"
cont.48:
  %".1420" = add i64 %"cursor.23", 4
  %".1421" = trunc i64 %"cursor.23" to i16
  %".1422" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1421", ptr %".1422", align 2
  br label %"return"
exit.49:
  %".1428" = trunc i64 %"cursor.27" to i16
  %".1429" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1428", ptr %".1429", align 2
  br label %"return"
cont.49:
  %".1432" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1433" = load i16, ptr %".1432", align 2
  %".1434" = call i16 @"llvm.bswap.i16"(i16 %".1433")
  %".1435" = zext i16 %".1434" to i64
  %".1436" = trunc i64 %".1435" to i16
  %".1437" = call i16 @"llvm.bswap.i16"(i16 %".1436")
  %".1438" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1437", ptr %".1438", align 2
  %".1440" = add i64 %"cursor.27", 4
  %".1441" = trunc i64 %".1440" to i16
  %".1442" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1441", ptr %".1442", align 2
  %".1444" = call i16 @"llvm.bswap.i16"(i16 %".1433")
  %".1445" = zext i16 %".1444" to i64
  switch i64 %".1445", label %"unknown.13" [i64 2048, label %"to_ipv4.10" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5" i64 34887, label %"to_mpls.15" i64 34888, label %"to_mpls.16" i64 34916, label %"to_pppoe.2"]
unknown.13:
  %".1447" = trunc i64 %".1440" to i16
  %".1448" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1447", ptr %".1448", align 2
  br label %"return"
to_ipv4.10:
  %".1451" = getelementptr i8, ptr %"keys", i64 2
  %".1452" = trunc i64 %".1440" to i16
  store volatile i16 %".1452", ptr %".1451", align 2
  %".1454" = load volatile i16, ptr %".1451", align 2
  %".1455" = zext i16 %".1454" to i64
  %"cursor.106" = and i64 %".1455", 16383
  br label %"ipv4_d0"
to_ipv6.10:
  %".1457" = getelementptr i8, ptr %"keys", i64 2
  %".1458" = trunc i64 %".1440" to i16
  store volatile i16 %".1458", ptr %".1457", align 2
  %".1460" = load volatile i16, ptr %".1457", align 2
  %".1461" = zext i16 %".1460" to i64
  %"cursor.107" = and i64 %".1461", 16383
  br label %"ipv6_d0"
to_vlan.4:
  %".1463" = trunc i64 %".1440" to i16
  %".1464" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1463", ptr %".1464", align 2
  br label %"return"
to_vlan.5:
  %".1467" = trunc i64 %".1440" to i16
  %".1468" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1467", ptr %".1468", align 2
  br label %"return"
to_mpls.15:
  %".1471" = getelementptr i8, ptr %"keys", i64 2
  %".1472" = trunc i64 %".1440" to i16
  store volatile i16 %".1472", ptr %".1471", align 2
  %".1474" = load volatile i16, ptr %".1471", align 2
  %".1475" = zext i16 %".1474" to i64
  %"cursor.108" = and i64 %".1475", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.16:
  %".1477" = getelementptr i8, ptr %"keys", i64 2
  %".1478" = trunc i64 %".1440" to i16
  store volatile i16 %".1478", ptr %".1477", align 2
  %".1480" = load volatile i16, ptr %".1477", align 2
  %".1481" = zext i16 %".1480" to i64
  %"cursor.109" = and i64 %".1481", 16383
  br label %"mpls_d0_mpls_labels1"
to_pppoe.2:
  %".1483" = getelementptr i8, ptr %"keys", i64 2
  %".1484" = trunc i64 %".1440" to i16
  store volatile i16 %".1484", ptr %".1483", align 2
  %".1486" = load volatile i16, ptr %".1483", align 2
  %".1487" = zext i16 %".1486" to i64
  %"cursor.110" = and i64 %".1487", 16383
  br label %"pppoe_d0"
exit.50:
  %".1492" = trunc i64 %"cursor.30" to i16
  %".1493" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1492", ptr %".1493", align 2
  br label %"return"
cont.50:
  %".1496" = add i64 %"cursor.30", 4
  %".1497" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1498" = load i8, ptr %".1497", align 1
  %".1499" = zext i8 %".1498" to i64
  %".1500" = and i64 %".1499", 1
  switch i64 %".1500", label %"unknown.14" [i64 0, label %"to_mpls.17" i64 1, label %"to_ip_version.1"]
unknown.14:
  %".1502" = trunc i64 %".1496" to i16
  %".1503" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1502", ptr %".1503", align 2
  br label %"return"
to_mpls.17:
  br label %"mpls_d0_mpls_labels3"
to_ip_version.1:
  %".1507" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1507", align 1
  %".1509" = and i32 %"flags", 4
  %".1510" = icmp ne i32 %".1509", 0
  br i1 %".1510", label %"exit.51", label %"cont.51"
mpls_d0_mpls_labels3:
  %"cursor.111" = phi  i64 [%".1496", %"to_mpls.17"]
  %"hdr.37" = getelementptr i8, ptr %"data", i64 %"cursor.111"
  %".2720" = getelementptr i8, ptr %"hdr.37", i64 4
  %".2721" = icmp ugt ptr %".2720", %"data_end"
  br i1 %".2721", label %"exit.96", label %"cont.96"
exit.51:
  %".1512" = trunc i64 %".1496" to i16
  %".1513" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1512", ptr %".1513", align 2
  br label %"return"
cont.51:
  %".1516" = getelementptr i8, ptr %"keys", i64 2
  %".1517" = trunc i64 %".1496" to i16
  store volatile i16 %".1517", ptr %".1516", align 2
  %".1519" = load volatile i16, ptr %".1516", align 2
  %".1520" = zext i16 %".1519" to i64
  %"cursor.112" = and i64 %".1520", 16383
  br label %"ip_version_d1"
exit.52:
  %".1525" = trunc i64 %"cursor.31" to i16
  %".1526" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1525", ptr %".1526", align 2
  br label %"return"
cont.52:
  %".1529" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1530" = load i8, ptr %".1529", align 1
  %".1531" = zext i8 %".1530" to i64
  %".1532" = lshr i64 %".1531", 4
  %".1533" = and i64 %".1532", 15
  switch i64 %".1533", label %"unknown.15" [i64 4, label %"to_ipv4.11" i64 6, label %"to_ipv6.11"]
unknown.15:
  %".1535" = trunc i64 %"cursor.31" to i16
  %".1536" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1535", ptr %".1536", align 2
  br label %"return"
to_ipv4.11:
  %".1539" = getelementptr i8, ptr %"keys", i64 2
  %".1540" = trunc i64 %"cursor.31" to i16
  store volatile i16 %".1540", ptr %".1539", align 2
  %".1542" = load volatile i16, ptr %".1539", align 2
  %".1543" = zext i16 %".1542" to i64
  %"cursor.113" = and i64 %".1543", 16383
  br label %"ipv4_d1"
to_ipv6.11:
  %".1545" = getelementptr i8, ptr %"keys", i64 2
  %".1546" = trunc i64 %"cursor.31" to i16
  store volatile i16 %".1546", ptr %".1545", align 2
  %".1548" = load volatile i16, ptr %".1545", align 2
  %".1549" = zext i16 %".1548" to i64
  %"cursor.114" = and i64 %".1549", 16383
  br label %"ipv6_d1"
exit.53:
  %".1554" = trunc i64 %"cursor.37" to i16
  %".1555" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1554", ptr %".1555", align 2
  br label %"return"
cont.53:
  %".1558" = getelementptr i8, ptr %"hdr.23", i64 12
  %".1559" = load i8, ptr %".1558", align 1
  %".1560" = zext i8 %".1559" to i64
  %".1561" = lshr i64 %".1560", 4
  %".1562" = and i64 %".1561", 15
  %".1563" = icmp uge i64 %".1562", 5
  %".1564" = xor i1 %".1563", -1
  br i1 %".1564", label %"exit.54", label %"cont.54"
exit.54:
  %".1566" = trunc i64 %"cursor.37" to i16
  %".1567" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1566", ptr %".1567", align 2
  br label %"return"
cont.54:
  %".1570" = add i64 %"cursor.37", 20
  %".1571" = zext i8 %".1559" to i64
  %".1572" = lshr i64 %".1571", 4
  %".1573" = and i64 %".1572", 15
  %".1574" = mul i64 %".1573", 4
  %".1575" = sub i64 %".1574", 20
  %".1576" = add i64 %".1575", 20
  %".1577" = getelementptr i8, ptr %"hdr.23", i64 %".1576"
  %".1578" = icmp ugt ptr %".1577", %"data_end"
  br i1 %".1578", label %"exit.55", label %"cont.55"
exit.55:
  %".1580" = trunc i64 %"cursor.37" to i16
  %".1581" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1580", ptr %".1581", align 2
  br label %"return"
cont.55:
  %"end.6" = add i64 %"cursor.37", %".1576"
  %".1584" = trunc i64 %"cursor.37" to i16
  %".1585" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1584", ptr %".1585", align 2
  br label %"return"
exit.56:
  %".1591" = trunc i64 %"cursor.38" to i16
  %".1592" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1591", ptr %".1592", align 2
  br label %"return"
cont.56:
  %".1595" = add i64 %"cursor.38", 8
  %".1596" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1596", align 1
  %".1598" = and i32 %"flags", 4
  %".1599" = icmp ne i32 %".1598", 0
  br i1 %".1599", label %"exit.57", label %"cont.57"
exit.57:
  %".1601" = trunc i64 %".1595" to i16
  %".1602" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1601", ptr %".1602", align 2
  br label %"return"
cont.57:
  switch i64 0, label %"unknown.16" [i64 0, label %"to_ethernet.1"]
unknown.16:
  %".1606" = trunc i64 %".1595" to i16
  %".1607" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1606", ptr %".1607", align 2
  br label %"return"
to_ethernet.1:
  %".1610" = getelementptr i8, ptr %"keys", i64 2
  %".1611" = trunc i64 %".1595" to i16
  store volatile i16 %".1611", ptr %".1610", align 2
  %".1613" = load volatile i16, ptr %".1610", align 2
  %".1614" = zext i16 %".1613" to i64
  %"cursor.115" = and i64 %".1614", 16383
  br label %"ethernet_d1"
exit.58:
  %".1619" = trunc i64 %"cursor.39" to i16
  %".1620" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1619", ptr %".1620", align 2
  br label %"return"
cont.58:
  %".1623" = getelementptr i8, ptr %"hdr.25", i64 0
  %".1624" = load i8, ptr %".1623", align 1
  %".1625" = zext i8 %".1624" to i64
  %".1626" = lshr i64 %".1625", 6
  %".1627" = and i64 %".1626", 3
  %".1628" = icmp ne i64 %".1627", 0
  br i1 %".1628", label %"exit.59", label %"cont.59"
exit.59:
  %".1630" = trunc i64 %"cursor.39" to i16
  %".1631" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1630", ptr %".1631", align 2
  br label %"return"
cont.59:
  %".1634" = add i64 %"cursor.39", 8
  %".1635" = zext i8 %".1624" to i64
  %".1636" = and i64 %".1635", 63
  %".1637" = mul i64 %".1636", 4
  %".1638" = add i64 %".1637", 8
  %".1639" = getelementptr i8, ptr %"hdr.25", i64 %".1638"
  %".1640" = icmp ugt ptr %".1639", %"data_end"
  br i1 %".1640", label %"exit.60", label %"cont.60"
exit.60:
  %".1642" = trunc i64 %"cursor.39" to i16
  %".1643" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1642", ptr %".1643", align 2
  br label %"return"
cont.60:
  %"end.7" = add i64 %"cursor.39", %".1638"
  %".1646" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1646", align 1
  %".1648" = and i32 %"flags", 4
  %".1649" = icmp ne i32 %".1648", 0
  br i1 %".1649", label %"exit.61", label %"cont.61"
exit.61:
  %".1651" = trunc i64 %"end.7" to i16
  %".1652" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1651", ptr %".1652", align 2
  br label %"return"
cont.61:
  %".1655" = getelementptr i8, ptr %"hdr.25", i64 2
  %".1656" = load i16, ptr %".1655", align 2
  %".1657" = call i16 @"llvm.bswap.i16"(i16 %".1656")
  %".1658" = zext i16 %".1657" to i64
  switch i64 %".1658", label %"unknown.17" [i64 25944, label %"to_ethernet.2" i64 2048, label %"to_ipv4.12" i64 34525, label %"to_ipv6.12"]
unknown.17:
  %".1660" = trunc i64 %"end.7" to i16
  %".1661" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1660", ptr %".1661", align 2
  br label %"return"
to_ethernet.2:
  %".1664" = getelementptr i8, ptr %"keys", i64 2
  %".1665" = trunc i64 %"end.7" to i16
  store volatile i16 %".1665", ptr %".1664", align 2
  %".1667" = load volatile i16, ptr %".1664", align 2
  %".1668" = zext i16 %".1667" to i64
  %"cursor.116" = and i64 %".1668", 16383
  br label %"ethernet_d1"
to_ipv4.12:
  %".1670" = getelementptr i8, ptr %"keys", i64 2
  %".1671" = trunc i64 %"end.7" to i16
  store volatile i16 %".1671", ptr %".1670", align 2
  %".1673" = load volatile i16, ptr %".1670", align 2
  %".1674" = zext i16 %".1673" to i64
  %"cursor.117" = and i64 %".1674", 16383
  br label %"ipv4_d1"
to_ipv6.12:
  %".1676" = getelementptr i8, ptr %"keys", i64 2
  %".1677" = trunc i64 %"end.7" to i16
  store volatile i16 %".1677", ptr %".1676", align 2
  %".1679" = load volatile i16, ptr %".1676", align 2
  %".1680" = zext i16 %".1679" to i64
  %"cursor.118" = and i64 %".1680", 16383
  br label %"ipv6_d1"
exit.62:
  %".1685" = trunc i64 %"cursor.40" to i16
  %".1686" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1685", ptr %".1686", align 2
  br label %"return"
cont.62:
  %".1689" = getelementptr i8, ptr %"hdr.26", i64 0
  %".1690" = load i8, ptr %".1689", align 1
  %".1691" = zext i8 %".1690" to i64
  %".1692" = lshr i64 %".1691", 6
  %".1693" = and i64 %".1692", 3
  %".1694" = icmp ne i64 %".1693", 0
  %".1695" = zext i8 %".1690" to i64
  %".1696" = lshr i64 %".1695", 5
  %".1697" = and i64 %".1696", 1
  %".1698" = icmp ne i64 %".1697", 0
  %".1699" = or i1 %".1694", %".1698"
  br i1 %".1699", label %"exit.63", label %"cont.63"
exit.63:
  %".1701" = trunc i64 %"cursor.40" to i16
  %".1702" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1701", ptr %".1702", align 2
  br label %"return"
cont.63:
  %".1705" = add i64 %"cursor.40", 4
  %".1706" = zext i8 %".1690" to i64
  %".1707" = and i64 %".1706", 31
  %".1708" = mul i64 %".1707", 4
  %".1709" = add i64 %".1708", 4
  %".1710" = getelementptr i8, ptr %"hdr.26", i64 %".1709"
  %".1711" = icmp ugt ptr %".1710", %"data_end"
  br i1 %".1711", label %"exit.64", label %"cont.64"
exit.64:
  %".1713" = trunc i64 %"cursor.40" to i16
  %".1714" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1713", ptr %".1714", align 2
  br label %"return"
cont.64:
  %"end.8" = add i64 %"cursor.40", %".1709"
  %".1717" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1717", align 1
  %".1719" = and i32 %"flags", 4
  %".1720" = icmp ne i32 %".1719", 0
  br i1 %".1720", label %"exit.65", label %"cont.65"
exit.65:
  %".1722" = trunc i64 %"end.8" to i16
  %".1723" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1722", ptr %".1723", align 2
  br label %"return"
cont.65:
  %".1726" = getelementptr i8, ptr %"hdr.26", i64 1
  %".1727" = load i8, ptr %".1726", align 1
  %".1728" = zext i8 %".1727" to i64
  switch i64 %".1728", label %"unknown.18" [i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.13"]
unknown.18:
  %".1730" = trunc i64 %"end.8" to i16
  %".1731" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1730", ptr %".1731", align 2
  br label %"return"
to_ipv4.13:
  %".1734" = getelementptr i8, ptr %"keys", i64 2
  %".1735" = trunc i64 %"end.8" to i16
  store volatile i16 %".1735", ptr %".1734", align 2
  %".1737" = load volatile i16, ptr %".1734", align 2
  %".1738" = zext i16 %".1737" to i64
  %"cursor.119" = and i64 %".1738", 16383
  br label %"ipv4_d1"
to_ipv6.13:
  %".1740" = getelementptr i8, ptr %"keys", i64 2
  %".1741" = trunc i64 %"end.8" to i16
  store volatile i16 %".1741", ptr %".1740", align 2
  %".1743" = load volatile i16, ptr %".1740", align 2
  %".1744" = zext i16 %".1743" to i64
  %"cursor.120" = and i64 %".1744", 16383
  br label %"ipv6_d1"
exit.66:
  %".1749" = trunc i64 %"cursor.41" to i16
  %".1750" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1749", ptr %".1750", align 2
  br label %"return"
cont.66:
  %".1753" = getelementptr i8, ptr %"hdr.27", i64 0
  %".1754" = load i8, ptr %".1753", align 1
  %".1755" = zext i8 %".1754" to i64
  %".1756" = lshr i64 %".1755", 5
  %".1757" = and i64 %".1756", 7
  %".1758" = icmp ne i64 %".1757", 1
  %".1759" = zext i8 %".1754" to i64
  %".1760" = lshr i64 %".1759", 4
  %".1761" = and i64 %".1760", 1
  %".1762" = icmp ne i64 %".1761", 1
  %".1763" = or i1 %".1758", %".1762"
  %".1764" = getelementptr i8, ptr %"hdr.27", i64 1
  %".1765" = load i8, ptr %".1764", align 1
  %".1766" = zext i8 %".1765" to i64
  %".1767" = icmp ne i64 %".1766", 255
  %".1768" = or i1 %".1763", %".1767"
  br i1 %".1768", label %"exit.67", label %"cont.67"
exit.67:
  %".1770" = trunc i64 %"cursor.41" to i16
  %".1771" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1770", ptr %".1771", align 2
  br label %"return"
cont.67:
  %".1774" = add i64 %"cursor.41", 8
  %".1775" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1775", align 1
  %".1777" = and i32 %"flags", 4
  %".1778" = icmp ne i32 %".1777", 0
  br i1 %".1778", label %"exit.68", label %"cont.68"
exit.68:
  %".1780" = trunc i64 %".1774" to i16
  %".1781" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1780", ptr %".1781", align 2
  br label %"return"
cont.68:
  %".1784" = zext i8 %".1754" to i64
  %".1785" = lshr i64 %".1784", 2
  %".1786" = and i64 %".1785", 1
  %".1787" = mul i64 %".1786", 4
  %".1788" = zext i8 %".1754" to i64
  %".1789" = lshr i64 %".1788", 1
  %".1790" = and i64 %".1789", 1
  %".1791" = mul i64 %".1790", 2
  %".1792" = add i64 %".1787", %".1791"
  %".1793" = zext i8 %".1754" to i64
  %".1794" = and i64 %".1793", 1
  %".1795" = add i64 %".1792", %".1794"
  %".1796" = icmp uge i64 %".1795", 1
  %".1797" = icmp ule i64 %".1795", 3
  %".1798" = and i1 %".1796", %".1797"
  br i1 %".1798", label %"to_gtpu_opt", label %"select"
unknown.19:
  %".1805" = trunc i64 %".1774" to i16
  %".1806" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1805", ptr %".1806", align 2
  br label %"return"
to_ip_version.2:
  %".1809" = getelementptr i8, ptr %"keys", i64 2
  %".1810" = trunc i64 %".1774" to i16
  store volatile i16 %".1810", ptr %".1809", align 2
  %".1812" = load volatile i16, ptr %".1809", align 2
  %".1813" = zext i16 %".1812" to i64
  %"cursor.121" = and i64 %".1813", 16383
  br label %"ip_version_d1"
to_gtpu_opt:
  %".1815" = getelementptr i8, ptr %"keys", i64 2
  %".1816" = trunc i64 %".1774" to i16
  store volatile i16 %".1816", ptr %".1815", align 2
  %".1818" = load volatile i16, ptr %".1815", align 2
  %".1819" = zext i16 %".1818" to i64
  %"cursor.123" = and i64 %".1819", 16383
  br label %"gtpu_opt_d1"
to_gtpu_seq:
  %".1821" = getelementptr i8, ptr %"keys", i64 2
  %".1822" = trunc i64 %".1774" to i16
  store volatile i16 %".1822", ptr %".1821", align 2
  %".1824" = load volatile i16, ptr %".1821", align 2
  %".1825" = zext i16 %".1824" to i64
  %"cursor.125" = and i64 %".1825", 16383
  br label %"gtpu_seq_d1"
select:
  %".1800" = icmp uge i64 %".1795", 4
  %".1801" = icmp ule i64 %".1795", 7
  %".1802" = and i1 %".1800", %".1801"
  br i1 %".1802", label %"to_gtpu_seq", label %"select.1"
select.1:
  switch i64 %".1795", label %"unknown.19" [i64 0, label %"to_ip_version.2"]
gtpu_opt_d1:
  %"cursor.122" = phi  i64 [%"cursor.123", %"to_gtpu_opt"]
  %"hdr.38" = getelementptr i8, ptr %"data", i64 %"cursor.122"
  %".2753" = getelementptr i8, ptr %"hdr.38", i64 4
  %".2754" = icmp ugt ptr %".2753", %"data_end"
  br i1 %".2754", label %"exit.98", label %"cont.98"
gtpu_seq_d1:
  %"cursor.124" = phi  i64 [%"cursor.125", %"to_gtpu_seq"]
  %"hdr.39" = getelementptr i8, ptr %"data", i64 %"cursor.124"
  %".2772" = getelementptr i8, ptr %"hdr.39", i64 3
  %".2773" = icmp ugt ptr %".2772", %"data_end"
  br i1 %".2773", label %"exit.99", label %"cont.99"
exit.69:
  %".1830" = trunc i64 %"cursor.42" to i16
  %".1831" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1830", ptr %".1831", align 2
  br label %"return"
cont.69:
  %".1834" = add i64 %"cursor.42", 8
  %".1835" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1835", align 1
  %".1837" = and i32 %"flags", 4
  %".1838" = icmp ne i32 %".1837", 0
  br i1 %".1838", label %"exit.70", label %"cont.70"
exit.70:
  %".1840" = trunc i64 %".1834" to i16
  %".1841" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1840", ptr %".1841", align 2
  br label %"return"
cont.70:
  %".1844" = getelementptr i8, ptr %"hdr.28", i64 2
  %".1845" = load i16, ptr %".1844", align 2
  %".1846" = call i16 @"llvm.bswap.i16"(i16 %".1845")
  %".1847" = zext i16 %".1846" to i64
  switch i64 %".1847", label %"unknown.20" [i64 2048, label %"to_ipv4.14"]
unknown.20:
  %".1849" = trunc i64 %".1834" to i16
  %".1850" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1849", ptr %".1850", align 2
  br label %"return"
to_ipv4.14:
  %".1853" = getelementptr i8, ptr %"keys", i64 2
  %".1854" = trunc i64 %".1834" to i16
  store volatile i16 %".1854", ptr %".1853", align 2
  %".1856" = load volatile i16, ptr %".1853", align 2
  %".1857" = zext i16 %".1856" to i64
  %"cursor.126" = and i64 %".1857", 16383
  br label %"ipv4_d1"
exit.71:
  %".1862" = trunc i64 %"cursor.45" to i16
  %".1863" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1862", ptr %".1863", align 2
  br label %"return"
cont.71:
  %".1866" = getelementptr i8, ptr %"hdr.29", i64 12
  %".1867" = load i16, ptr %".1866", align 2
  %".1868" = call i16 @"llvm.bswap.i16"(i16 %".1867")
  %".1869" = zext i16 %".1868" to i64
  %".1870" = trunc i64 %".1869" to i16
  %".1871" = call i16 @"llvm.bswap.i16"(i16 %".1870")
  %".1872" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1871", ptr %".1872", align 2
  %".1874" = add i64 %"cursor.45", 14
  %".1875" = call i16 @"llvm.bswap.i16"(i16 %".1867")
  %".1876" = zext i16 %".1875" to i64
  switch i64 %".1876", label %"unknown.21" [i64 2048, label %"to_ipv4.15" i64 34525, label %"to_ipv6.14" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7" i64 34887, label %"to_mpls.18" i64 34888, label %"to_mpls.19" i64 34916, label %"to_pppoe.3"]
unknown.21:
  %".1878" = trunc i64 %".1874" to i16
  %".1879" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1878", ptr %".1879", align 2
  br label %"return"
to_ipv4.15:
  %".1882" = getelementptr i8, ptr %"keys", i64 2
  %".1883" = trunc i64 %".1874" to i16
  store volatile i16 %".1883", ptr %".1882", align 2
  %".1885" = load volatile i16, ptr %".1882", align 2
  %".1886" = zext i16 %".1885" to i64
  %"cursor.127" = and i64 %".1886", 16383
  br label %"ipv4_d1"
to_ipv6.14:
  %".1888" = getelementptr i8, ptr %"keys", i64 2
  %".1889" = trunc i64 %".1874" to i16
  store volatile i16 %".1889", ptr %".1888", align 2
  %".1891" = load volatile i16, ptr %".1888", align 2
  %".1892" = zext i16 %".1891" to i64
  %"cursor.128" = and i64 %".1892", 16383
  br label %"ipv6_d1"
to_vlan.6:
  %".1894" = getelementptr i8, ptr %"keys", i64 2
  %".1895" = trunc i64 %".1874" to i16
  store volatile i16 %".1895", ptr %".1894", align 2
  %".1897" = load volatile i16, ptr %".1894", align 2
  %".1898" = zext i16 %".1897" to i64
  %"cursor.130" = and i64 %".1898", 16383
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  %".1900" = getelementptr i8, ptr %"keys", i64 2
  %".1901" = trunc i64 %".1874" to i16
  store volatile i16 %".1901", ptr %".1900", align 2
  %".1903" = load volatile i16, ptr %".1900", align 2
  %".1904" = zext i16 %".1903" to i64
  %"cursor.131" = and i64 %".1904", 16383
  br label %"vlan_d1_vlan_tags1"
to_mpls.18:
  %".1906" = getelementptr i8, ptr %"keys", i64 2
  %".1907" = trunc i64 %".1874" to i16
  store volatile i16 %".1907", ptr %".1906", align 2
  %".1909" = load volatile i16, ptr %".1906", align 2
  %".1910" = zext i16 %".1909" to i64
  %"cursor.132" = and i64 %".1910", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.19:
  %".1912" = getelementptr i8, ptr %"keys", i64 2
  %".1913" = trunc i64 %".1874" to i16
  store volatile i16 %".1913", ptr %".1912", align 2
  %".1915" = load volatile i16, ptr %".1912", align 2
  %".1916" = zext i16 %".1915" to i64
  %"cursor.133" = and i64 %".1916", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.3:
  %".1918" = getelementptr i8, ptr %"keys", i64 2
  %".1919" = trunc i64 %".1874" to i16
  store volatile i16 %".1919", ptr %".1918", align 2
  %".1921" = load volatile i16, ptr %".1918", align 2
  %".1922" = zext i16 %".1921" to i64
  %"cursor.135" = and i64 %".1922", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1:
  %"cursor.129" = phi  i64 [%"cursor.130", %"to_vlan.6"], [%"cursor.131", %"to_vlan.7"]
  %"hdr.40" = getelementptr i8, ptr %"data", i64 %"cursor.129"
  %".2791" = getelementptr i8, ptr %"hdr.40", i64 4
  %".2792" = icmp ugt ptr %".2791", %"data_end"
  br i1 %".2792", label %"exit.100", label %"cont.100"
pppoe_d1:
  %"cursor.134" = phi  i64 [%"cursor.135", %"to_pppoe.3"], [%"cursor.220", %"to_pppoe.4"], [%"cursor.289", %"to_pppoe.5"]
  %"hdr.41" = getelementptr i8, ptr %"data", i64 %"cursor.134"
  %".2859" = getelementptr i8, ptr %"hdr.41", i64 8
  %".2860" = icmp ugt ptr %".2859", %"data_end"
  br i1 %".2860", label %"exit.101", label %"cont.101"
exit.72:
  %".1927" = trunc i64 %"cursor.47" to i16
  %".1928" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1927", ptr %".1928", align 2
  br label %"return"
cont.72:
  %".1931" = add i64 %"cursor.47", 4
  %".1932" = getelementptr i8, ptr %"hdr.30", i64 2
  %".1933" = load i8, ptr %".1932", align 1
  %".1934" = zext i8 %".1933" to i64
  %".1935" = and i64 %".1934", 1
  switch i64 %".1935", label %"unknown.22" [i64 0, label %"to_mpls.20" i64 1, label %"to_ip_version.3"]
unknown.22:
  %".1937" = trunc i64 %".1931" to i16
  %".1938" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1937", ptr %".1938", align 2
  br label %"return"
to_mpls.20:
  %".1941" = getelementptr i8, ptr %"keys", i64 2
  %".1942" = trunc i64 %".1931" to i16
  store volatile i16 %".1942", ptr %".1941", align 2
  %".1944" = load volatile i16, ptr %".1941", align 2
  %".1945" = zext i16 %".1944" to i64
  %"cursor.137" = and i64 %".1945", 16383
  br label %"mpls_d1_mpls_labels2"
to_ip_version.3:
  %".1947" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1947", align 1
  %".1949" = and i32 %"flags", 4
  %".1950" = icmp ne i32 %".1949", 0
  br i1 %".1950", label %"exit.73", label %"cont.73"
mpls_d1_mpls_labels2:
  %"cursor.136" = phi  i64 [%"cursor.137", %"to_mpls.20"]
  %"hdr.42" = getelementptr i8, ptr %"data", i64 %"cursor.136"
  %".2932" = getelementptr i8, ptr %"hdr.42", i64 4
  %".2933" = icmp ugt ptr %".2932", %"data_end"
  br i1 %".2933", label %"exit.103", label %"cont.103"
exit.73:
  %".1952" = trunc i64 %".1931" to i16
  %".1953" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1952", ptr %".1953", align 2
  br label %"return"
cont.73:
  %".1956" = trunc i64 %".1931" to i16
  %".1957" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1956", ptr %".1957", align 2
  br label %"return"
exit.74:
  %".1963" = trunc i64 %"cursor.51" to i16
  %".1964" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1963", ptr %".1964", align 2
  br label %"return"
cont.74:
  %".1967" = getelementptr i8, ptr %"hdr.31", i64 0
  %".1968" = load i16, ptr %".1967", align 2
  %".1969" = call i16 @"llvm.bswap.i16"(i16 %".1968")
  %".1970" = zext i16 %".1969" to i64
  %".1971" = trunc i64 %".1970" to i16
  %".1972" = call i16 @"llvm.bswap.i16"(i16 %".1971")
  %".1973" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".1972", ptr %".1973", align 2
  %".1975" = getelementptr i8, ptr %"hdr.31", i64 2
  %".1976" = load i16, ptr %".1975", align 2
  %".1977" = call i16 @"llvm.bswap.i16"(i16 %".1976")
  %".1978" = zext i16 %".1977" to i64
  %".1979" = trunc i64 %".1978" to i16
  %".1980" = call i16 @"llvm.bswap.i16"(i16 %".1979")
  %".1981" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".1980", ptr %".1981", align 2
  %".1983" = add i64 %"cursor.51", 4
  %".1984" = add i64 4, 4
  %".1985" = getelementptr i8, ptr %"hdr.31", i64 %".1984"
  %".1986" = icmp ugt ptr %".1985", %"data_end"
  br i1 %".1986", label %"exit.75", label %"cont.75"
exit.75:
  %".1988" = trunc i64 %"cursor.51" to i16
  %".1989" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1988", ptr %".1989", align 2
  br label %"return"
cont.75:
  %"end.9" = add i64 %"cursor.51", %".1984"
  %".1992" = call i16 @"llvm.bswap.i16"(i16 %".1976")
  %".1993" = zext i16 %".1992" to i64
  switch i64 %".1993", label %"unknown.23" [i64 4789, label %"to_vxlan.1" i64 6081, label %"to_geneve.1" i64 6080, label %"to_gue.1" i64 2152, label %"to_gtpu.1" i64 7777, label %"to_shim.1"]
unknown.23:
  %".1995" = trunc i64 %"cursor.51" to i16
  %".1996" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1995", ptr %".1996", align 2
  br label %"return"
to_vxlan.1:
  %".1999" = getelementptr i8, ptr %"keys", i64 2
  %".2000" = trunc i64 %"end.9" to i16
  store volatile i16 %".2000", ptr %".1999", align 2
  %".2002" = load volatile i16, ptr %".1999", align 2
  %".2003" = zext i16 %".2002" to i64
  %"cursor.139" = and i64 %".2003", 16383
  br label %"vxlan_d1"
to_geneve.1:
  %".2005" = getelementptr i8, ptr %"keys", i64 2
  %".2006" = trunc i64 %"end.9" to i16
  store volatile i16 %".2006", ptr %".2005", align 2
  %".2008" = load volatile i16, ptr %".2005", align 2
  %".2009" = zext i16 %".2008" to i64
  %"cursor.141" = and i64 %".2009", 16383
  br label %"geneve_d1"
to_gue.1:
  %".2011" = getelementptr i8, ptr %"keys", i64 2
  %".2012" = trunc i64 %"end.9" to i16
  store volatile i16 %".2012", ptr %".2011", align 2
  %".2014" = load volatile i16, ptr %".2011", align 2
  %".2015" = zext i16 %".2014" to i64
  %"cursor.143" = and i64 %".2015", 16383
  br label %"gue_d1"
to_gtpu.1:
  %".2017" = getelementptr i8, ptr %"keys", i64 2
  %".2018" = trunc i64 %"end.9" to i16
  store volatile i16 %".2018", ptr %".2017", align 2
  %".2020" = load volatile i16, ptr %".2017", align 2
  %".2021" = zext i16 %".2020" to i64
  %"cursor.145" = and i64 %".2021", 16383
  br label %"gtpu_d1"
to_shim.1:
  %".2023" = getelementptr i8, ptr %"keys", i64 2
  %".2024" = trunc i64 %"end.9" to i16
  store volatile i16 %".2024", ptr %".2023", align 2
  %".2026" = load volatile i16, ptr %".2023", align 2
  %".2027" = zext i16 %".2026" to i64
  %"cursor.147" = and i64 %".2027", 16383
  br label %"shim_d1"
vxlan_d1:
  %"cursor.138" = phi  i64 [%"cursor.139", %"to_vxlan.1"]
  %"hdr.43" = getelementptr i8, ptr %"data", i64 %"cursor.138"
  %".2968" = getelementptr i8, ptr %"hdr.43", i64 8
  %".2969" = icmp ugt ptr %".2968", %"data_end"
  br i1 %".2969", label %"exit.105", label %"cont.105"
geneve_d1:
  %"cursor.140" = phi  i64 [%"cursor.141", %"to_geneve.1"]
  %"hdr.44" = getelementptr i8, ptr %"data", i64 %"cursor.140"
  %".2994" = getelementptr i8, ptr %"hdr.44", i64 8
  %".2995" = icmp ugt ptr %".2994", %"data_end"
  br i1 %".2995", label %"exit.107", label %"cont.107"
gue_d1:
  %"cursor.142" = phi  i64 [%"cursor.143", %"to_gue.1"]
  %"hdr.45" = getelementptr i8, ptr %"data", i64 %"cursor.142"
  %".3054" = getelementptr i8, ptr %"hdr.45", i64 4
  %".3055" = icmp ugt ptr %".3054", %"data_end"
  br i1 %".3055", label %"exit.111", label %"cont.111"
gtpu_d1:
  %"cursor.144" = phi  i64 [%"cursor.145", %"to_gtpu.1"]
  %"hdr.46" = getelementptr i8, ptr %"data", i64 %"cursor.144"
  %".3114" = getelementptr i8, ptr %"hdr.46", i64 8
  %".3115" = icmp ugt ptr %".3114", %"data_end"
  br i1 %".3115", label %"exit.115", label %"cont.115"
shim_d1:
  %"cursor.146" = phi  i64 [%"cursor.147", %"to_shim.1"]
  %"hdr.47" = getelementptr i8, ptr %"data", i64 %"cursor.146"
  %".3189" = getelementptr i8, ptr %"hdr.47", i64 8
  %".3190" = icmp ugt ptr %".3189", %"data_end"
  br i1 %".3190", label %"exit.118", label %"cont.118"
exit.76:
  %".2032" = trunc i64 %"cursor.54" to i16
  %".2033" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2032", ptr %".2033", align 2
  br label %"return"
cont.76:
  %".2036" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2037" = load i8, ptr %".2036", align 1
  %".2038" = zext i8 %".2037" to i64
  %".2039" = and i64 %".2038", 7
  %".2040" = icmp ne i64 %".2039", 0
  %".2041" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2042" = load i8, ptr %".2041", align 1
  %".2043" = zext i8 %".2042" to i64
  %".2044" = lshr i64 %".2043", 6
  %".2045" = and i64 %".2044", 1
  %".2046" = icmp ne i64 %".2045", 0
  %".2047" = or i1 %".2040", %".2046"
  br i1 %".2047", label %"exit.77", label %"cont.77"
exit.77:
  %".2049" = trunc i64 %"cursor.54" to i16
  %".2050" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2049", ptr %".2050", align 2
  br label %"return"
cont.77:
  %".2053" = add i64 %"cursor.54", 4
  %".2054" = zext i8 %".2042" to i64
  %".2055" = lshr i64 %".2054", 7
  %".2056" = and i64 %".2055", 1
  %".2057" = zext i8 %".2042" to i64
  %".2058" = lshr i64 %".2057", 5
  %".2059" = and i64 %".2058", 1
  %".2060" = add i64 %".2056", %".2059"
  %".2061" = zext i8 %".2042" to i64
  %".2062" = lshr i64 %".2061", 4
  %".2063" = and i64 %".2062", 1
  %".2064" = add i64 %".2060", %".2063"
  %".2065" = mul i64 %".2064", 4
  %".2066" = add i64 %".2065", 4
  %".2067" = getelementptr i8, ptr %"hdr.32", i64 %".2066"
  %".2068" = icmp ugt ptr %".2067", %"data_end"
  br i1 %".2068", label %"exit.78", label %"cont.78"
exit.78:
  %".2070" = trunc i64 %"cursor.54" to i16
  %".2071" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2070", ptr %".2071", align 2
  br label %"return"
cont.78:
  %"end.10" = add i64 %"cursor.54", %".2066"
  %".2074" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2074", align 1
  %".2076" = and i32 %"flags", 4
  %".2077" = icmp ne i32 %".2076", 0
  br i1 %".2077", label %"exit.79", label %"cont.79"
exit.79:
  %".2079" = trunc i64 %"end.10" to i16
  %".2080" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2079", ptr %".2080", align 2
  br label %"return"
cont.79:
  %".2083" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2084" = load i16, ptr %".2083", align 2
  %".2085" = call i16 @"llvm.bswap.i16"(i16 %".2084")
  %".2086" = zext i16 %".2085" to i64
  %".2087" = trunc i64 %".2086" to i16
  %".2088" = call i16 @"llvm.bswap.i16"(i16 %".2087")
  %".2089" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2088", ptr %".2089", align 2
  %".2091" = call i16 @"llvm.bswap.i16"(i16 %".2084")
  %".2092" = zext i16 %".2091" to i64
  switch i64 %".2092", label %"unknown.24" [i64 2048, label %"to_ipv4.16" i64 34525, label %"to_ipv6.15" i64 25944, label %"to_ethernet.3" i64 34887, label %"to_mpls.21" i64 34888, label %"to_mpls.22"]
unknown.24:
  %".2094" = trunc i64 %"end.10" to i16
  %".2095" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2094", ptr %".2095", align 2
  br label %"return"
to_ipv4.16:
  %".2098" = trunc i64 %"end.10" to i16
  %".2099" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2098", ptr %".2099", align 2
  br label %"return"
to_ipv6.15:
  %".2102" = trunc i64 %"end.10" to i16
  %".2103" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2102", ptr %".2103", align 2
  br label %"return"
to_ethernet.3:
  %".2106" = trunc i64 %"end.10" to i16
  %".2107" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2106", ptr %".2107", align 2
  br label %"return"
to_mpls.21:
  %".2110" = trunc i64 %"end.10" to i16
  %".2111" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2110", ptr %".2111", align 2
  br label %"return"
to_mpls.22:
  %".2114" = trunc i64 %"end.10" to i16
  %".2115" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2114", ptr %".2115", align 2
  br label %"return"
exit.80:
  %".2121" = trunc i64 %"cursor.61" to i16
  %".2122" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2121", ptr %".2122", align 2
  br label %"return"
cont.80:
  %".2125" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2126" = load i8, ptr %".2125", align 1
  %".2127" = zext i8 %".2126" to i64
  %".2128" = trunc i64 %".2127" to i8
  %".2129" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2128", ptr %".2129", align 1
  %".2131" = add i64 %"cursor.61", 2
  %".2132" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2133" = load i8, ptr %".2132", align 1
  %".2134" = zext i8 %".2133" to i64
  %".2135" = mul i64 %".2134", 8
  %".2136" = add i64 %".2135", 6
  %".2137" = add i64 %".2136", 2
  %".2138" = getelementptr i8, ptr %"hdr.33", i64 %".2137"
  %".2139" = icmp ugt ptr %".2138", %"data_end"
  br i1 %".2139", label %"exit.81", label %"cont.81"
exit.81:
  %".2141" = trunc i64 %"cursor.61" to i16
  %".2142" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2141", ptr %".2142", align 2
  br label %"return"
cont.81:
  %"end.11" = add i64 %"cursor.61", %".2137"
  %".2145" = zext i8 %".2126" to i64
  switch i64 %".2145", label %"unknown.25" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 132, label %"to_sctp.6" i64 33, label %"to_dccp.6" i64 50, label %"to_esp.6" i64 51, label %"to_ah.6" i64 58, label %"to_icmpv6.4" i64 137, label %"to_mpls.23" i64 4, label %"to_ipv4.17" i64 41, label %"to_ipv6.16"]
unknown.25:
  %".2147" = trunc i64 %"end.11" to i16
  %".2148" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2147", ptr %".2148", align 2
  br label %"return"
to_ipv6_opts.12:
  %".2151" = getelementptr i8, ptr %"keys", i64 2
  %".2152" = trunc i64 %"end.11" to i16
  store volatile i16 %".2152", ptr %".2151", align 2
  %".2154" = load volatile i16, ptr %".2151", align 2
  %".2155" = zext i16 %".2154" to i64
  %"cursor.149" = and i64 %".2155", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  %".2157" = getelementptr i8, ptr %"keys", i64 2
  %".2158" = trunc i64 %"end.11" to i16
  store volatile i16 %".2158", ptr %".2157", align 2
  %".2160" = load volatile i16, ptr %".2157", align 2
  %".2161" = zext i16 %".2160" to i64
  %"cursor.150" = and i64 %".2161", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  %".2163" = getelementptr i8, ptr %"keys", i64 2
  %".2164" = trunc i64 %"end.11" to i16
  store volatile i16 %".2164", ptr %".2163", align 2
  %".2166" = load volatile i16, ptr %".2163", align 2
  %".2167" = zext i16 %".2166" to i64
  %"cursor.151" = and i64 %".2167", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  %".2169" = getelementptr i8, ptr %"keys", i64 2
  %".2170" = trunc i64 %"end.11" to i16
  store volatile i16 %".2170", ptr %".2169", align 2
  %".2172" = load volatile i16, ptr %".2169", align 2
  %".2173" = zext i16 %".2172" to i64
  %"cursor.153" = and i64 %".2173", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  %".2175" = getelementptr i8, ptr %"keys", i64 2
  %".2176" = trunc i64 %"end.11" to i16
  store volatile i16 %".2176", ptr %".2175", align 2
  %".2178" = load volatile i16, ptr %".2175", align 2
  %".2179" = zext i16 %".2178" to i64
  %"cursor.154" = and i64 %".2179", 16383
  br label %"tcp"
to_udp.6:
  %".2181" = getelementptr i8, ptr %"keys", i64 2
  %".2182" = trunc i64 %"end.11" to i16
  store volatile i16 %".2182", ptr %".2181", align 2
  %".2184" = load volatile i16, ptr %".2181", align 2
  %".2185" = zext i16 %".2184" to i64
  %"cursor.155" = and i64 %".2185", 16383
  br label %"udp_d1"
to_udplite.6:
  %".2187" = getelementptr i8, ptr %"keys", i64 2
  %".2188" = trunc i64 %"end.11" to i16
  store volatile i16 %".2188", ptr %".2187", align 2
  %".2190" = load volatile i16, ptr %".2187", align 2
  %".2191" = zext i16 %".2190" to i64
  %"cursor.156" = and i64 %".2191", 16383
  br label %"udplite"
to_gre.6:
  %".2193" = getelementptr i8, ptr %"keys", i64 2
  %".2194" = trunc i64 %"end.11" to i16
  store volatile i16 %".2194", ptr %".2193", align 2
  %".2196" = load volatile i16, ptr %".2193", align 2
  %".2197" = zext i16 %".2196" to i64
  %"cursor.157" = and i64 %".2197", 16383
  br label %"gre_d1"
to_sctp.6:
  %".2199" = getelementptr i8, ptr %"keys", i64 2
  %".2200" = trunc i64 %"end.11" to i16
  store volatile i16 %".2200", ptr %".2199", align 2
  %".2202" = load volatile i16, ptr %".2199", align 2
  %".2203" = zext i16 %".2202" to i64
  %"cursor.158" = and i64 %".2203", 16383
  br label %"sctp"
to_dccp.6:
  %".2205" = getelementptr i8, ptr %"keys", i64 2
  %".2206" = trunc i64 %"end.11" to i16
  store volatile i16 %".2206", ptr %".2205", align 2
  %".2208" = load volatile i16, ptr %".2205", align 2
  %".2209" = zext i16 %".2208" to i64
  %"cursor.159" = and i64 %".2209", 16383
  br label %"dccp"
to_esp.6:
  %".2211" = getelementptr i8, ptr %"keys", i64 2
  %".2212" = trunc i64 %"end.11" to i16
  store volatile i16 %".2212", ptr %".2211", align 2
  %".2214" = load volatile i16, ptr %".2211", align 2
  %".2215" = zext i16 %".2214" to i64
  %"cursor.160" = and i64 %".2215", 16383
  br label %"esp"
to_ah.6:
  %".2217" = getelementptr i8, ptr %"keys", i64 2
  %".2218" = trunc i64 %"end.11" to i16
  store volatile i16 %".2218", ptr %".2217", align 2
  %".2220" = load volatile i16, ptr %".2217", align 2
  %".2221" = zext i16 %".2220" to i64
  %"cursor.161" = and i64 %".2221", 16383
  br label %"ah"
to_icmpv6.4:
  %".2223" = getelementptr i8, ptr %"keys", i64 2
  %".2224" = trunc i64 %"end.11" to i16
  store volatile i16 %".2224", ptr %".2223", align 2
  %".2226" = load volatile i16, ptr %".2223", align 2
  %".2227" = zext i16 %".2226" to i64
  %"cursor.162" = and i64 %".2227", 16383
  br label %"icmpv6"
to_mpls.23:
  %".2229" = trunc i64 34887 to i16
  %".2230" = call i16 @"llvm.bswap.i16"(i16 %".2229")
  %".2231" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2230", ptr %".2231", align 2
  %".2233" = getelementptr i8, ptr %"keys", i64 2
  %".2234" = trunc i64 %"end.11" to i16
  store volatile i16 %".2234", ptr %".2233", align 2
  %".2236" = load volatile i16, ptr %".2233", align 2
  %".2237" = zext i16 %".2236" to i64
  %"cursor.163" = and i64 %".2237", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.17:
  %".2239" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2239", align 1
  %".2241" = and i32 %"flags", 4
  %".2242" = icmp ne i32 %".2241", 0
  br i1 %".2242", label %"exit.82", label %"cont.82"
to_ipv6.16:
  %".2252" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2252", align 1
  %".2254" = and i32 %"flags", 4
  %".2255" = icmp ne i32 %".2254", 0
  br i1 %".2255", label %"exit.83", label %"cont.83"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.148" = phi  i64 [%"cursor.149", %"to_ipv6_opts.12"], [%"cursor.150", %"to_ipv6_opts.13"], [%"cursor.151", %"to_ipv6_opts.14"], [%"cursor.164", %"to_ipv6_opts.15"], [%"cursor.165", %"to_ipv6_opts.16"], [%"cursor.166", %"to_ipv6_opts.17"]
  %"hdr.48" = getelementptr i8, ptr %"data", i64 %"cursor.148"
  %".3219" = getelementptr i8, ptr %"hdr.48", i64 2
  %".3220" = icmp ugt ptr %".3219", %"data_end"
  br i1 %".3220", label %"exit.120", label %"cont.120"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.152" = phi  i64 [%"cursor.153", %"to_ipv6_frag.4"], [%"cursor.167", %"to_ipv6_frag.5"]
  %"hdr.49" = getelementptr i8, ptr %"data", i64 %"cursor.152"
  %".3366" = getelementptr i8, ptr %"hdr.49", i64 8
  %".3367" = icmp ugt ptr %".3366", %"data_end"
  br i1 %".3367", label %"exit.124", label %"cont.124"
exit.82:
  %".2244" = trunc i64 %"end.11" to i16
  %".2245" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2244", ptr %".2245", align 2
  br label %"return"
cont.82:
  %".2248" = trunc i64 %"end.11" to i16
  %".2249" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2248", ptr %".2249", align 2
  br label %"return"
exit.83:
  %".2257" = trunc i64 %"end.11" to i16
  %".2258" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2257", ptr %".2258", align 2
  br label %"return"
cont.83:
  %".2261" = trunc i64 %"end.11" to i16
  %".2262" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2261", ptr %".2262", align 2
  br label %"return"
exit.84:
  %".2268" = trunc i64 %"cursor.65" to i16
  %".2269" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2268", ptr %".2269", align 2
  br label %"return"
cont.84:
  %".2272" = getelementptr i8, ptr %"hdr.34", i64 0
  %".2273" = load i8, ptr %".2272", align 1
  %".2274" = zext i8 %".2273" to i64
  %".2275" = trunc i64 %".2274" to i8
  %".2276" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2275", ptr %".2276", align 1
  %".2278" = add i64 %"cursor.65", 8
  %".2279" = icmp ne i64 1, 0
  %".2280" = getelementptr i8, ptr %"hdr.34", i64 2
  %".2281" = load i16, ptr %".2280", align 2
  %".2282" = call i16 @"llvm.bswap.i16"(i16 %".2281")
  %".2283" = zext i16 %".2282" to i64
  %".2284" = and i64 %".2283", 65528
  %".2285" = icmp eq i64 %".2284", 0
  br i1 %".2279", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".2287" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2287", align 1
  br i1 %".2285", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".2305" = zext i8 %".2273" to i64
  switch i64 %".2305", label %"unknown.26" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 132, label %"to_sctp.7" i64 33, label %"to_dccp.7" i64 50, label %"to_esp.7" i64 51, label %"to_ah.7" i64 58, label %"to_icmpv6.5" i64 137, label %"to_mpls.24" i64 4, label %"to_ipv4.18" i64 41, label %"to_ipv6.17"]
first_fragment.3:
  %".2294" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2294", align 1
  %".2296" = and i32 %"flags", 1
  %".2297" = icmp ne i32 %".2296", 0
  %".2298" = xor i1 %".2297", -1
  br i1 %".2298", label %"exit.85", label %"cont.85"
later_fragment.3:
  %".2290" = trunc i64 %".2278" to i16
  %".2291" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2290", ptr %".2291", align 2
  br label %"return"
exit.85:
  %".2300" = trunc i64 %".2278" to i16
  %".2301" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2300", ptr %".2301", align 2
  br label %"return"
cont.85:
  br label %"not_fragment.3"
unknown.26:
  %".2307" = trunc i64 %".2278" to i16
  %".2308" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2307", ptr %".2308", align 2
  br label %"return"
to_ipv6_opts.15:
  %".2311" = getelementptr i8, ptr %"keys", i64 2
  %".2312" = trunc i64 %".2278" to i16
  store volatile i16 %".2312", ptr %".2311", align 2
  %".2314" = load volatile i16, ptr %".2311", align 2
  %".2315" = zext i16 %".2314" to i64
  %"cursor.164" = and i64 %".2315", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  %".2317" = getelementptr i8, ptr %"keys", i64 2
  %".2318" = trunc i64 %".2278" to i16
  store volatile i16 %".2318", ptr %".2317", align 2
  %".2320" = load volatile i16, ptr %".2317", align 2
  %".2321" = zext i16 %".2320" to i64
  %"cursor.165" = and i64 %".2321", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  %".2323" = getelementptr i8, ptr %"keys", i64 2
  %".2324" = trunc i64 %".2278" to i16
  store volatile i16 %".2324", ptr %".2323", align 2
  %".2326" = load volatile i16, ptr %".2323", align 2
  %".2327" = zext i16 %".2326" to i64
  %"cursor.166" = and i64 %".2327", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  %".2329" = getelementptr i8, ptr %"keys", i64 2
  %".2330" = trunc i64 %".2278" to i16
  store volatile i16 %".2330", ptr %".2329", align 2
  %".2332" = load volatile i16, ptr %".2329", align 2
  %".2333" = zext i16 %".2332" to i64
  %"cursor.167" = and i64 %".2333", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  %".2335" = getelementptr i8, ptr %"keys", i64 2
  %".2336" = trunc i64 %".2278" to i16
  store volatile i16 %".2336", ptr %".2335", align 2
  %".2338" = load volatile i16, ptr %".2335", align 2
  %".2339" = zext i16 %".2338" to i64
  %"cursor.168" = and i64 %".2339", 16383
  br label %"tcp"
to_udp.7:
  %".2341" = getelementptr i8, ptr %"keys", i64 2
  %".2342" = trunc i64 %".2278" to i16
  store volatile i16 %".2342", ptr %".2341", align 2
  %".2344" = load volatile i16, ptr %".2341", align 2
  %".2345" = zext i16 %".2344" to i64
  %"cursor.169" = and i64 %".2345", 16383
  br label %"udp_d1"
to_udplite.7:
  %".2347" = getelementptr i8, ptr %"keys", i64 2
  %".2348" = trunc i64 %".2278" to i16
  store volatile i16 %".2348", ptr %".2347", align 2
  %".2350" = load volatile i16, ptr %".2347", align 2
  %".2351" = zext i16 %".2350" to i64
  %"cursor.170" = and i64 %".2351", 16383
  br label %"udplite"
to_gre.7:
  %".2353" = getelementptr i8, ptr %"keys", i64 2
  %".2354" = trunc i64 %".2278" to i16
  store volatile i16 %".2354", ptr %".2353", align 2
  %".2356" = load volatile i16, ptr %".2353", align 2
  %".2357" = zext i16 %".2356" to i64
  %"cursor.171" = and i64 %".2357", 16383
  br label %"gre_d1"
to_sctp.7:
  %".2359" = getelementptr i8, ptr %"keys", i64 2
  %".2360" = trunc i64 %".2278" to i16
  store volatile i16 %".2360", ptr %".2359", align 2
  %".2362" = load volatile i16, ptr %".2359", align 2
  %".2363" = zext i16 %".2362" to i64
  %"cursor.172" = and i64 %".2363", 16383
  br label %"sctp"
to_dccp.7:
  %".2365" = getelementptr i8, ptr %"keys", i64 2
  %".2366" = trunc i64 %".2278" to i16
  store volatile i16 %".2366", ptr %".2365", align 2
  %".2368" = load volatile i16, ptr %".2365", align 2
  %".2369" = zext i16 %".2368" to i64
  %"cursor.173" = and i64 %".2369", 16383
  br label %"dccp"
to_esp.7:
  %".2371" = getelementptr i8, ptr %"keys", i64 2
  %".2372" = trunc i64 %".2278" to i16
  store volatile i16 %".2372", ptr %".2371", align 2
  %".2374" = load volatile i16, ptr %".2371", align 2
  %".2375" = zext i16 %".2374" to i64
  %"cursor.174" = and i64 %".2375", 16383
  br label %"esp"
to_ah.7:
  %".2377" = getelementptr i8, ptr %"keys", i64 2
  %".2378" = trunc i64 %".2278" to i16
  store volatile i16 %".2378", ptr %".2377", align 2
  %".2380" = load volatile i16, ptr %".2377", align 2
  %".2381" = zext i16 %".2380" to i64
  %"cursor.175" = and i64 %".2381", 16383
  br label %"ah"
to_icmpv6.5:
  %".2383" = getelementptr i8, ptr %"keys", i64 2
  %".2384" = trunc i64 %".2278" to i16
  store volatile i16 %".2384", ptr %".2383", align 2
  %".2386" = load volatile i16, ptr %".2383", align 2
  %".2387" = zext i16 %".2386" to i64
  %"cursor.176" = and i64 %".2387", 16383
  br label %"icmpv6"
to_mpls.24:
  %".2389" = trunc i64 34887 to i16
  %".2390" = call i16 @"llvm.bswap.i16"(i16 %".2389")
  %".2391" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2390", ptr %".2391", align 2
  %".2393" = getelementptr i8, ptr %"keys", i64 2
  %".2394" = trunc i64 %".2278" to i16
  store volatile i16 %".2394", ptr %".2393", align 2
  %".2396" = load volatile i16, ptr %".2393", align 2
  %".2397" = zext i16 %".2396" to i64
  %"cursor.177" = and i64 %".2397", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.18:
  %".2399" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2399", align 1
  %".2401" = and i32 %"flags", 4
  %".2402" = icmp ne i32 %".2401", 0
  br i1 %".2402", label %"exit.86", label %"cont.86"
to_ipv6.17:
  %".2412" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2412", align 1
  %".2414" = and i32 %"flags", 4
  %".2415" = icmp ne i32 %".2414", 0
  br i1 %".2415", label %"exit.87", label %"cont.87"
exit.86:
  %".2404" = trunc i64 %".2278" to i16
  %".2405" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2404", ptr %".2405", align 2
  br label %"return"
cont.86:
  %".2408" = trunc i64 %".2278" to i16
  %".2409" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2408", ptr %".2409", align 2
  br label %"return"
exit.87:
  %".2417" = trunc i64 %".2278" to i16
  %".2418" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2417", ptr %".2418", align 2
  br label %"return"
cont.87:
  %".2421" = trunc i64 %".2278" to i16
  %".2422" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2421", ptr %".2422", align 2
  br label %"return"
exit.88:
  %".2428" = trunc i64 %"cursor.76" to i16
  %".2429" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2428", ptr %".2429", align 2
  br label %"return"
cont.88:
  %".2432" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2433" = load i8, ptr %".2432", align 1
  %".2434" = zext i8 %".2433" to i64
  %".2435" = trunc i64 %".2434" to i8
  %".2436" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2435", ptr %".2436", align 1
  %".2438" = add i64 %"cursor.76", 2
  %".2439" = getelementptr i8, ptr %"hdr.35", i64 1
  %".2440" = load i8, ptr %".2439", align 1
  %".2441" = zext i8 %".2440" to i64
  %".2442" = mul i64 %".2441", 8
  %".2443" = add i64 %".2442", 6
  %".2444" = add i64 %".2443", 2
  %".2445" = getelementptr i8, ptr %"hdr.35", i64 %".2444"
  %".2446" = icmp ugt ptr %".2445", %"data_end"
  br i1 %".2446", label %"exit.89", label %"cont.89"
exit.89:
  %".2448" = trunc i64 %"cursor.76" to i16
  %".2449" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2448", ptr %".2449", align 2
  br label %"return"
cont.89:
  %"end.12" = add i64 %"cursor.76", %".2444"
  %".2452" = zext i8 %".2433" to i64
  switch i64 %".2452", label %"unknown.27" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 132, label %"to_sctp.8" i64 33, label %"to_dccp.8" i64 50, label %"to_esp.8" i64 51, label %"to_ah.8" i64 58, label %"to_icmpv6.6" i64 137, label %"to_mpls.25" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.18"]
unknown.27:
  %".2454" = trunc i64 %"end.12" to i16
  %".2455" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2454", ptr %".2455", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  %".2460" = getelementptr i8, ptr %"keys", i64 2
  %".2461" = trunc i64 %"end.12" to i16
  store volatile i16 %".2461", ptr %".2460", align 2
  %".2463" = load volatile i16, ptr %".2460", align 2
  %".2464" = zext i16 %".2463" to i64
  %"cursor.179" = and i64 %".2464", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  %".2467" = getelementptr i8, ptr %"keys", i64 2
  %".2468" = trunc i64 %"end.12" to i16
  store volatile i16 %".2468", ptr %".2467", align 2
  %".2470" = load volatile i16, ptr %".2467", align 2
  %".2471" = zext i16 %".2470" to i64
  %"cursor.181" = and i64 %".2471", 16383
  br label %"tcp"
to_udp.8:
  %".2473" = getelementptr i8, ptr %"keys", i64 2
  %".2474" = trunc i64 %"end.12" to i16
  store volatile i16 %".2474", ptr %".2473", align 2
  %".2476" = load volatile i16, ptr %".2473", align 2
  %".2477" = zext i16 %".2476" to i64
  %"cursor.182" = and i64 %".2477", 16383
  br label %"udp_d0"
to_udplite.8:
  %".2479" = getelementptr i8, ptr %"keys", i64 2
  %".2480" = trunc i64 %"end.12" to i16
  store volatile i16 %".2480", ptr %".2479", align 2
  %".2482" = load volatile i16, ptr %".2479", align 2
  %".2483" = zext i16 %".2482" to i64
  %"cursor.183" = and i64 %".2483", 16383
  br label %"udplite"
to_gre.8:
  %".2485" = getelementptr i8, ptr %"keys", i64 2
  %".2486" = trunc i64 %"end.12" to i16
  store volatile i16 %".2486", ptr %".2485", align 2
  %".2488" = load volatile i16, ptr %".2485", align 2
  %".2489" = zext i16 %".2488" to i64
  %"cursor.184" = and i64 %".2489", 16383
  br label %"gre_d0"
to_sctp.8:
  %".2491" = getelementptr i8, ptr %"keys", i64 2
  %".2492" = trunc i64 %"end.12" to i16
  store volatile i16 %".2492", ptr %".2491", align 2
  %".2494" = load volatile i16, ptr %".2491", align 2
  %".2495" = zext i16 %".2494" to i64
  %"cursor.185" = and i64 %".2495", 16383
  br label %"sctp"
to_dccp.8:
  %".2497" = getelementptr i8, ptr %"keys", i64 2
  %".2498" = trunc i64 %"end.12" to i16
  store volatile i16 %".2498", ptr %".2497", align 2
  %".2500" = load volatile i16, ptr %".2497", align 2
  %".2501" = zext i16 %".2500" to i64
  %"cursor.186" = and i64 %".2501", 16383
  br label %"dccp"
to_esp.8:
  %".2503" = getelementptr i8, ptr %"keys", i64 2
  %".2504" = trunc i64 %"end.12" to i16
  store volatile i16 %".2504", ptr %".2503", align 2
  %".2506" = load volatile i16, ptr %".2503", align 2
  %".2507" = zext i16 %".2506" to i64
  %"cursor.187" = and i64 %".2507", 16383
  br label %"esp"
to_ah.8:
  %".2509" = getelementptr i8, ptr %"keys", i64 2
  %".2510" = trunc i64 %"end.12" to i16
  store volatile i16 %".2510", ptr %".2509", align 2
  %".2512" = load volatile i16, ptr %".2509", align 2
  %".2513" = zext i16 %".2512" to i64
  %"cursor.188" = and i64 %".2513", 16383
  br label %"ah"
to_icmpv6.6:
  %".2515" = getelementptr i8, ptr %"keys", i64 2
  %".2516" = trunc i64 %"end.12" to i16
  store volatile i16 %".2516", ptr %".2515", align 2
  %".2518" = load volatile i16, ptr %".2515", align 2
  %".2519" = zext i16 %".2518" to i64
  %"cursor.189" = and i64 %".2519", 16383
  br label %"icmpv6"
to_mpls.25:
  %".2521" = trunc i64 34887 to i16
  %".2522" = call i16 @"llvm.bswap.i16"(i16 %".2521")
  %".2523" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2522", ptr %".2523", align 2
  %".2525" = getelementptr i8, ptr %"keys", i64 2
  %".2526" = trunc i64 %"end.12" to i16
  store volatile i16 %".2526", ptr %".2525", align 2
  %".2528" = load volatile i16, ptr %".2525", align 2
  %".2529" = zext i16 %".2528" to i64
  %"cursor.190" = and i64 %".2529", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.19:
  %".2531" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2531", align 1
  %".2533" = and i32 %"flags", 4
  %".2534" = icmp ne i32 %".2533", 0
  br i1 %".2534", label %"exit.90", label %"cont.90"
to_ipv6.18:
  %".2546" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2546", align 1
  %".2548" = and i32 %"flags", 4
  %".2549" = icmp ne i32 %".2548", 0
  br i1 %".2549", label %"exit.91", label %"cont.91"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.178" = phi  i64 [%"end.12", %"to_ipv6_opts.18"], [%"end.12", %"to_ipv6_opts.19"], [%"cursor.179", %"to_ipv6_opts.20"], [%"cursor.193", %"to_ipv6_opts.21"], [%"cursor.194", %"to_ipv6_opts.22"], [%"cursor.195", %"to_ipv6_opts.23"]
  %"hdr.50" = getelementptr i8, ptr %"data", i64 %"cursor.178"
  %".3526" = getelementptr i8, ptr %"hdr.50", i64 2
  %".3527" = icmp ugt ptr %".3526", %"data_end"
  br i1 %".3527", label %"exit.128", label %"cont.128"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.180" = phi  i64 [%"end.12", %"to_ipv6_frag.6"], [%".2574", %"to_ipv6_frag.7"]
  %"hdr.51" = getelementptr i8, ptr %"data", i64 %"cursor.180"
  %".3669" = getelementptr i8, ptr %"hdr.51", i64 8
  %".3670" = icmp ugt ptr %".3669", %"data_end"
  br i1 %".3670", label %"exit.132", label %"cont.132"
exit.90:
  %".2536" = trunc i64 %"end.12" to i16
  %".2537" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2536", ptr %".2537", align 2
  br label %"return"
cont.90:
  %".2540" = getelementptr i8, ptr %"keys", i64 2
  %".2541" = trunc i64 %"end.12" to i16
  store volatile i16 %".2541", ptr %".2540", align 2
  %".2543" = load volatile i16, ptr %".2540", align 2
  %".2544" = zext i16 %".2543" to i64
  %"cursor.191" = and i64 %".2544", 16383
  br label %"ipv4_d1"
exit.91:
  %".2551" = trunc i64 %"end.12" to i16
  %".2552" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2551", ptr %".2552", align 2
  br label %"return"
cont.91:
  %".2555" = getelementptr i8, ptr %"keys", i64 2
  %".2556" = trunc i64 %"end.12" to i16
  store volatile i16 %".2556", ptr %".2555", align 2
  %".2558" = load volatile i16, ptr %".2555", align 2
  %".2559" = zext i16 %".2558" to i64
  %"cursor.192" = and i64 %".2559", 16383
  br label %"ipv6_d1"
exit.92:
  %".2564" = trunc i64 %"cursor.78" to i16
  %".2565" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2564", ptr %".2565", align 2
  br label %"return"
cont.92:
  %".2568" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2569" = load i8, ptr %".2568", align 1
  %".2570" = zext i8 %".2569" to i64
  %".2571" = trunc i64 %".2570" to i8
  %".2572" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2571", ptr %".2572", align 1
  %".2574" = add i64 %"cursor.78", 8
  %".2575" = icmp ne i64 1, 0
  %".2576" = getelementptr i8, ptr %"hdr.36", i64 2
  %".2577" = load i16, ptr %".2576", align 2
  %".2578" = call i16 @"llvm.bswap.i16"(i16 %".2577")
  %".2579" = zext i16 %".2578" to i64
  %".2580" = and i64 %".2579", 65528
  %".2581" = icmp eq i64 %".2580", 0
  br i1 %".2575", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".2583" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2583", align 1
  br i1 %".2581", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".2601" = zext i8 %".2569" to i64
  switch i64 %".2601", label %"unknown.28" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 132, label %"to_sctp.9" i64 33, label %"to_dccp.9" i64 50, label %"to_esp.9" i64 51, label %"to_ah.9" i64 58, label %"to_icmpv6.7" i64 137, label %"to_mpls.26" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.19"]
first_fragment.4:
  %".2590" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2590", align 1
  %".2592" = and i32 %"flags", 1
  %".2593" = icmp ne i32 %".2592", 0
  %".2594" = xor i1 %".2593", -1
  br i1 %".2594", label %"exit.93", label %"cont.93"
later_fragment.4:
  %".2586" = trunc i64 %".2574" to i16
  %".2587" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2586", ptr %".2587", align 2
  br label %"return"
exit.93:
  %".2596" = trunc i64 %".2574" to i16
  %".2597" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2596", ptr %".2597", align 2
  br label %"return"
cont.93:
  br label %"not_fragment.4"
unknown.28:
  %".2603" = trunc i64 %".2574" to i16
  %".2604" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2603", ptr %".2604", align 2
  br label %"return"
to_ipv6_opts.21:
  %".2607" = getelementptr i8, ptr %"keys", i64 2
  %".2608" = trunc i64 %".2574" to i16
  store volatile i16 %".2608", ptr %".2607", align 2
  %".2610" = load volatile i16, ptr %".2607", align 2
  %".2611" = zext i16 %".2610" to i64
  %"cursor.193" = and i64 %".2611", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  %".2613" = getelementptr i8, ptr %"keys", i64 2
  %".2614" = trunc i64 %".2574" to i16
  store volatile i16 %".2614", ptr %".2613", align 2
  %".2616" = load volatile i16, ptr %".2613", align 2
  %".2617" = zext i16 %".2616" to i64
  %"cursor.194" = and i64 %".2617", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  %".2619" = getelementptr i8, ptr %"keys", i64 2
  %".2620" = trunc i64 %".2574" to i16
  store volatile i16 %".2620", ptr %".2619", align 2
  %".2622" = load volatile i16, ptr %".2619", align 2
  %".2623" = zext i16 %".2622" to i64
  %"cursor.195" = and i64 %".2623", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  %".2626" = getelementptr i8, ptr %"keys", i64 2
  %".2627" = trunc i64 %".2574" to i16
  store volatile i16 %".2627", ptr %".2626", align 2
  %".2629" = load volatile i16, ptr %".2626", align 2
  %".2630" = zext i16 %".2629" to i64
  %"cursor.196" = and i64 %".2630", 16383
  br label %"tcp"
to_udp.9:
  %".2632" = getelementptr i8, ptr %"keys", i64 2
  %".2633" = trunc i64 %".2574" to i16
  store volatile i16 %".2633", ptr %".2632", align 2
  %".2635" = load volatile i16, ptr %".2632", align 2
  %".2636" = zext i16 %".2635" to i64
  %"cursor.197" = and i64 %".2636", 16383
  br label %"udp_d0"
to_udplite.9:
  %".2638" = getelementptr i8, ptr %"keys", i64 2
  %".2639" = trunc i64 %".2574" to i16
  store volatile i16 %".2639", ptr %".2638", align 2
  %".2641" = load volatile i16, ptr %".2638", align 2
  %".2642" = zext i16 %".2641" to i64
  %"cursor.198" = and i64 %".2642", 16383
  br label %"udplite"
to_gre.9:
  %".2644" = getelementptr i8, ptr %"keys", i64 2
  %".2645" = trunc i64 %".2574" to i16
  store volatile i16 %".2645", ptr %".2644", align 2
  %".2647" = load volatile i16, ptr %".2644", align 2
  %".2648" = zext i16 %".2647" to i64
  %"cursor.199" = and i64 %".2648", 16383
  br label %"gre_d0"
to_sctp.9:
  %".2650" = getelementptr i8, ptr %"keys", i64 2
  %".2651" = trunc i64 %".2574" to i16
  store volatile i16 %".2651", ptr %".2650", align 2
  %".2653" = load volatile i16, ptr %".2650", align 2
  %".2654" = zext i16 %".2653" to i64
  %"cursor.200" = and i64 %".2654", 16383
  br label %"sctp"
to_dccp.9:
  %".2656" = getelementptr i8, ptr %"keys", i64 2
  %".2657" = trunc i64 %".2574" to i16
  store volatile i16 %".2657", ptr %".2656", align 2
  %".2659" = load volatile i16, ptr %".2656", align 2
  %".2660" = zext i16 %".2659" to i64
  %"cursor.201" = and i64 %".2660", 16383
  br label %"dccp"
to_esp.9:
  %".2662" = getelementptr i8, ptr %"keys", i64 2
  %".2663" = trunc i64 %".2574" to i16
  store volatile i16 %".2663", ptr %".2662", align 2
  %".2665" = load volatile i16, ptr %".2662", align 2
  %".2666" = zext i16 %".2665" to i64
  %"cursor.202" = and i64 %".2666", 16383
  br label %"esp"
to_ah.9:
  %".2668" = getelementptr i8, ptr %"keys", i64 2
  %".2669" = trunc i64 %".2574" to i16
  store volatile i16 %".2669", ptr %".2668", align 2
  %".2671" = load volatile i16, ptr %".2668", align 2
  %".2672" = zext i16 %".2671" to i64
  %"cursor.203" = and i64 %".2672", 16383
  br label %"ah"
to_icmpv6.7:
  %".2674" = getelementptr i8, ptr %"keys", i64 2
  %".2675" = trunc i64 %".2574" to i16
  store volatile i16 %".2675", ptr %".2674", align 2
  %".2677" = load volatile i16, ptr %".2674", align 2
  %".2678" = zext i16 %".2677" to i64
  %"cursor.204" = and i64 %".2678", 16383
  br label %"icmpv6"
to_mpls.26:
  %".2680" = trunc i64 34887 to i16
  %".2681" = call i16 @"llvm.bswap.i16"(i16 %".2680")
  %".2682" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2681", ptr %".2682", align 2
  %".2684" = getelementptr i8, ptr %"keys", i64 2
  %".2685" = trunc i64 %".2574" to i16
  store volatile i16 %".2685", ptr %".2684", align 2
  %".2687" = load volatile i16, ptr %".2684", align 2
  %".2688" = zext i16 %".2687" to i64
  %"cursor.205" = and i64 %".2688", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.20:
  %".2690" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2690", align 1
  %".2692" = and i32 %"flags", 4
  %".2693" = icmp ne i32 %".2692", 0
  br i1 %".2693", label %"exit.94", label %"cont.94"
to_ipv6.19:
  %".2705" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2705", align 1
  %".2707" = and i32 %"flags", 4
  %".2708" = icmp ne i32 %".2707", 0
  br i1 %".2708", label %"exit.95", label %"cont.95"
exit.94:
  %".2695" = trunc i64 %".2574" to i16
  %".2696" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2695", ptr %".2696", align 2
  br label %"return"
cont.94:
  %".2699" = getelementptr i8, ptr %"keys", i64 2
  %".2700" = trunc i64 %".2574" to i16
  store volatile i16 %".2700", ptr %".2699", align 2
  %".2702" = load volatile i16, ptr %".2699", align 2
  %".2703" = zext i16 %".2702" to i64
  %"cursor.206" = and i64 %".2703", 16383
  br label %"ipv4_d1"
exit.95:
  %".2710" = trunc i64 %".2574" to i16
  %".2711" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2710", ptr %".2711", align 2
  br label %"return"
cont.95:
  %".2714" = getelementptr i8, ptr %"keys", i64 2
  %".2715" = trunc i64 %".2574" to i16
  store volatile i16 %".2715", ptr %".2714", align 2
  %".2717" = load volatile i16, ptr %".2714", align 2
  %".2718" = zext i16 %".2717" to i64
  %"cursor.207" = and i64 %".2718", 16383
  br label %"ipv6_d1"
exit.96:
  %".2723" = trunc i64 %"cursor.111" to i16
  %".2724" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2723", ptr %".2724", align 2
  br label %"return"
cont.96:
  %".2727" = add i64 %"cursor.111", 4
  %".2728" = getelementptr i8, ptr %"hdr.37", i64 2
  %".2729" = load i8, ptr %".2728", align 1
  %".2730" = zext i8 %".2729" to i64
  %".2731" = and i64 %".2730", 1
  switch i64 %".2731", label %"unknown.29" [i64 0, label %"to_mpls.27" i64 1, label %"to_ip_version.4"]
unknown.29:
  %".2733" = trunc i64 %".2727" to i16
  %".2734" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2733", ptr %".2734", align 2
  br label %"return"
to_mpls.27:
  br label %"mpls_d0_mpls_labels4"
to_ip_version.4:
  %".2738" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2738", align 1
  %".2740" = and i32 %"flags", 4
  %".2741" = icmp ne i32 %".2740", 0
  br i1 %".2741", label %"exit.97", label %"cont.97"
mpls_d0_mpls_labels4:
  %"cursor.208" = phi  i64 [%".2727", %"to_mpls.27"]
  %"hdr.52" = getelementptr i8, ptr %"data", i64 %"cursor.208"
  %".3825" = getelementptr i8, ptr %"hdr.52", i64 4
  %".3826" = icmp ugt ptr %".3825", %"data_end"
  br i1 %".3826", label %"exit.136", label %"cont.136"
exit.97:
  %".2743" = trunc i64 %".2727" to i16
  %".2744" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2743", ptr %".2744", align 2
  br label %"return"
cont.97:
  %".2747" = getelementptr i8, ptr %"keys", i64 2
  %".2748" = trunc i64 %".2727" to i16
  store volatile i16 %".2748", ptr %".2747", align 2
  %".2750" = load volatile i16, ptr %".2747", align 2
  %".2751" = zext i16 %".2750" to i64
  %"cursor.209" = and i64 %".2751", 16383
  br label %"ip_version_d1"
exit.98:
  %".2756" = trunc i64 %"cursor.122" to i16
  %".2757" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2756", ptr %".2757", align 2
  br label %"return"
cont.98:
  %".2760" = add i64 %"cursor.122", 4
  switch i64 0, label %"unknown.30" [i64 0, label %"to_ip_version.5"]
unknown.30:
  %".2762" = trunc i64 %".2760" to i16
  %".2763" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2762", ptr %".2763", align 2
  br label %"return"
to_ip_version.5:
  %".2766" = getelementptr i8, ptr %"keys", i64 2
  %".2767" = trunc i64 %".2760" to i16
  store volatile i16 %".2767", ptr %".2766", align 2
  %".2769" = load volatile i16, ptr %".2766", align 2
  %".2770" = zext i16 %".2769" to i64
  %"cursor.210" = and i64 %".2770", 16383
  br label %"ip_version_d1"
exit.99:
  %".2775" = trunc i64 %"cursor.124" to i16
  %".2776" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2775", ptr %".2776", align 2
  br label %"return"
cont.99:
  %".2779" = add i64 %"cursor.124", 3
  switch i64 0, label %"unknown.31" [i64 0, label %"to_gtpu_next"]
unknown.31:
  %".2781" = trunc i64 %".2779" to i16
  %".2782" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2781", ptr %".2782", align 2
  br label %"return"
to_gtpu_next:
  %".2785" = getelementptr i8, ptr %"keys", i64 2
  %".2786" = trunc i64 %".2779" to i16
  store volatile i16 %".2786", ptr %".2785", align 2
  %".2788" = load volatile i16, ptr %".2785", align 2
  %".2789" = zext i16 %".2788" to i64
  %"cursor.212" = and i64 %".2789", 16383
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.211" = phi  i64 [%"cursor.212", %"to_gtpu_next"]
  %"hdr.53" = getelementptr i8, ptr %"data", i64 %"cursor.211"
  %".3861" = getelementptr i8, ptr %"hdr.53", i64 1
  %".3862" = icmp ugt ptr %".3861", %"data_end"
  br i1 %".3862", label %"exit.138", label %"cont.138"
exit.100:
  %".2794" = trunc i64 %"cursor.129" to i16
  %".2795" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2794", ptr %".2795", align 2
  br label %"return"
cont.100:
  %".2798" = getelementptr i8, ptr %"hdr.40", i64 2
  %".2799" = load i16, ptr %".2798", align 2
  %".2800" = call i16 @"llvm.bswap.i16"(i16 %".2799")
  %".2801" = zext i16 %".2800" to i64
  %".2802" = trunc i64 %".2801" to i16
  %".2803" = call i16 @"llvm.bswap.i16"(i16 %".2802")
  %".2804" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2803", ptr %".2804", align 2
  %".2806" = add i64 %"cursor.129", 4
  %".2807" = trunc i64 %".2806" to i16
  %".2808" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2807", ptr %".2808", align 2
  %".2810" = call i16 @"llvm.bswap.i16"(i16 %".2799")
  %".2811" = zext i16 %".2810" to i64
  switch i64 %".2811", label %"unknown.32" [i64 2048, label %"to_ipv4.21" i64 34525, label %"to_ipv6.20" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9" i64 34887, label %"to_mpls.28" i64 34888, label %"to_mpls.29" i64 34916, label %"to_pppoe.4"]
unknown.32:
  %".2813" = trunc i64 %".2806" to i16
  %".2814" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2813", ptr %".2814", align 2
  br label %"return"
to_ipv4.21:
  %".2817" = getelementptr i8, ptr %"keys", i64 2
  %".2818" = trunc i64 %".2806" to i16
  store volatile i16 %".2818", ptr %".2817", align 2
  %".2820" = load volatile i16, ptr %".2817", align 2
  %".2821" = zext i16 %".2820" to i64
  %"cursor.213" = and i64 %".2821", 16383
  br label %"ipv4_d1"
to_ipv6.20:
  %".2823" = getelementptr i8, ptr %"keys", i64 2
  %".2824" = trunc i64 %".2806" to i16
  store volatile i16 %".2824", ptr %".2823", align 2
  %".2826" = load volatile i16, ptr %".2823", align 2
  %".2827" = zext i16 %".2826" to i64
  %"cursor.214" = and i64 %".2827", 16383
  br label %"ipv6_d1"
to_vlan.8:
  %".2829" = getelementptr i8, ptr %"keys", i64 2
  %".2830" = trunc i64 %".2806" to i16
  store volatile i16 %".2830", ptr %".2829", align 2
  %".2832" = load volatile i16, ptr %".2829", align 2
  %".2833" = zext i16 %".2832" to i64
  %"cursor.216" = and i64 %".2833", 16383
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  %".2835" = getelementptr i8, ptr %"keys", i64 2
  %".2836" = trunc i64 %".2806" to i16
  store volatile i16 %".2836", ptr %".2835", align 2
  %".2838" = load volatile i16, ptr %".2835", align 2
  %".2839" = zext i16 %".2838" to i64
  %"cursor.217" = and i64 %".2839", 16383
  br label %"vlan_d1_vlan_tags2"
to_mpls.28:
  %".2841" = getelementptr i8, ptr %"keys", i64 2
  %".2842" = trunc i64 %".2806" to i16
  store volatile i16 %".2842", ptr %".2841", align 2
  %".2844" = load volatile i16, ptr %".2841", align 2
  %".2845" = zext i16 %".2844" to i64
  %"cursor.218" = and i64 %".2845", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.29:
  %".2847" = getelementptr i8, ptr %"keys", i64 2
  %".2848" = trunc i64 %".2806" to i16
  store volatile i16 %".2848", ptr %".2847", align 2
  %".2850" = load volatile i16, ptr %".2847", align 2
  %".2851" = zext i16 %".2850" to i64
  %"cursor.219" = and i64 %".2851", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.4:
  %".2853" = getelementptr i8, ptr %"keys", i64 2
  %".2854" = trunc i64 %".2806" to i16
  store volatile i16 %".2854", ptr %".2853", align 2
  %".2856" = load volatile i16, ptr %".2853", align 2
  %".2857" = zext i16 %".2856" to i64
  %"cursor.220" = and i64 %".2857", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2:
  %"cursor.215" = phi  i64 [%"cursor.216", %"to_vlan.8"], [%"cursor.217", %"to_vlan.9"]
  %"hdr.54" = getelementptr i8, ptr %"data", i64 %"cursor.215"
  %".3893" = getelementptr i8, ptr %"hdr.54", i64 4
  %".3894" = icmp ugt ptr %".3893", %"data_end"
  br i1 %".3894", label %"exit.139", label %"cont.139"
exit.101:
  %".2862" = trunc i64 %"cursor.134" to i16
  %".2863" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2862", ptr %".2863", align 2
  br label %"return"
cont.101:
  %".2866" = getelementptr i8, ptr %"hdr.41", i64 0
  %".2867" = load i8, ptr %".2866", align 1
  %".2868" = zext i8 %".2867" to i64
  %".2869" = lshr i64 %".2868", 4
  %".2870" = and i64 %".2869", 15
  %".2871" = icmp eq i64 %".2870", 1
  %".2872" = zext i8 %".2867" to i64
  %".2873" = and i64 %".2872", 15
  %".2874" = icmp eq i64 %".2873", 1
  %".2875" = and i1 %".2871", %".2874"
  %".2876" = getelementptr i8, ptr %"hdr.41", i64 1
  %".2877" = load i8, ptr %".2876", align 1
  %".2878" = zext i8 %".2877" to i64
  %".2879" = icmp eq i64 %".2878", 0
  %".2880" = and i1 %".2875", %".2879"
  %".2881" = xor i1 %".2880", -1
  br i1 %".2881", label %"exit.102", label %"cont.102"
exit.102:
  %".2883" = trunc i64 %"cursor.134" to i16
  %".2884" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2883", ptr %".2884", align 2
  br label %"return"
cont.102:
  %".2887" = add i64 %"cursor.134", 8
  %".2888" = trunc i64 %".2887" to i16
  %".2889" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2888", ptr %".2889", align 2
  %".2891" = getelementptr i8, ptr %"hdr.41", i64 6
  %".2892" = load i16, ptr %".2891", align 2
  %".2893" = call i16 @"llvm.bswap.i16"(i16 %".2892")
  %".2894" = zext i16 %".2893" to i64
  switch i64 %".2894", label %"unknown.33" [i64 33, label %"to_ipv4.22" i64 87, label %"to_ipv6.21" i64 641, label %"to_mpls.30" i64 643, label %"to_mpls.31"]
unknown.33:
  %".2896" = trunc i64 %".2887" to i16
  %".2897" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2896", ptr %".2897", align 2
  br label %"return"
to_ipv4.22:
  %".2900" = getelementptr i8, ptr %"keys", i64 2
  %".2901" = trunc i64 %".2887" to i16
  store volatile i16 %".2901", ptr %".2900", align 2
  %".2903" = load volatile i16, ptr %".2900", align 2
  %".2904" = zext i16 %".2903" to i64
  %"cursor.221" = and i64 %".2904", 16383
  br label %"ipv4_d1"
to_ipv6.21:
  %".2906" = getelementptr i8, ptr %"keys", i64 2
  %".2907" = trunc i64 %".2887" to i16
  store volatile i16 %".2907", ptr %".2906", align 2
  %".2909" = load volatile i16, ptr %".2906", align 2
  %".2910" = zext i16 %".2909" to i64
  %"cursor.222" = and i64 %".2910", 16383
  br label %"ipv6_d1"
to_mpls.30:
  %".2912" = trunc i64 34887 to i16
  %".2913" = call i16 @"llvm.bswap.i16"(i16 %".2912")
  %".2914" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2913", ptr %".2914", align 2
  %".2916" = getelementptr i8, ptr %"keys", i64 2
  %".2917" = trunc i64 %".2887" to i16
  store volatile i16 %".2917", ptr %".2916", align 2
  %".2919" = load volatile i16, ptr %".2916", align 2
  %".2920" = zext i16 %".2919" to i64
  %"cursor.223" = and i64 %".2920", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.31:
  %".2922" = trunc i64 34888 to i16
  %".2923" = call i16 @"llvm.bswap.i16"(i16 %".2922")
  %".2924" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2923", ptr %".2924", align 2
  %".2926" = getelementptr i8, ptr %"keys", i64 2
  %".2927" = trunc i64 %".2887" to i16
  store volatile i16 %".2927", ptr %".2926", align 2
  %".2929" = load volatile i16, ptr %".2926", align 2
  %".2930" = zext i16 %".2929" to i64
  %"cursor.224" = and i64 %".2930", 16383
  br label %"mpls_d1_mpls_labels1"
exit.103:
  %".2935" = trunc i64 %"cursor.136" to i16
  %".2936" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2935", ptr %".2936", align 2
  br label %"return"
cont.103:
  %".2939" = add i64 %"cursor.136", 4
  %".2940" = getelementptr i8, ptr %"hdr.42", i64 2
  %".2941" = load i8, ptr %".2940", align 1
  %".2942" = zext i8 %".2941" to i64
  %".2943" = and i64 %".2942", 1
  switch i64 %".2943", label %"unknown.34" [i64 0, label %"to_mpls.32" i64 1, label %"to_ip_version.6"]
unknown.34:
  %".2945" = trunc i64 %".2939" to i16
  %".2946" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2945", ptr %".2946", align 2
  br label %"return"
to_mpls.32:
  %".2949" = getelementptr i8, ptr %"keys", i64 2
  %".2950" = trunc i64 %".2939" to i16
  store volatile i16 %".2950", ptr %".2949", align 2
  %".2952" = load volatile i16, ptr %".2949", align 2
  %".2953" = zext i16 %".2952" to i64
  %"cursor.226" = and i64 %".2953", 16383
  br label %"mpls_d1_mpls_labels3"
to_ip_version.6:
  %".2955" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2955", align 1
  %".2957" = and i32 %"flags", 4
  %".2958" = icmp ne i32 %".2957", 0
  br i1 %".2958", label %"exit.104", label %"cont.104"
mpls_d1_mpls_labels3:
  %"cursor.225" = phi  i64 [%"cursor.226", %"to_mpls.32"]
  %"hdr.55" = getelementptr i8, ptr %"data", i64 %"cursor.225"
  %".3957" = getelementptr i8, ptr %"hdr.55", i64 4
  %".3958" = icmp ugt ptr %".3957", %"data_end"
  br i1 %".3958", label %"exit.140", label %"cont.140"
exit.104:
  %".2960" = trunc i64 %".2939" to i16
  %".2961" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2960", ptr %".2961", align 2
  br label %"return"
cont.104:
  %".2964" = trunc i64 %".2939" to i16
  %".2965" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2964", ptr %".2965", align 2
  br label %"return"
exit.105:
  %".2971" = trunc i64 %"cursor.138" to i16
  %".2972" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2971", ptr %".2972", align 2
  br label %"return"
cont.105:
  %".2975" = add i64 %"cursor.138", 8
  %".2976" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2976", align 1
  %".2978" = and i32 %"flags", 4
  %".2979" = icmp ne i32 %".2978", 0
  br i1 %".2979", label %"exit.106", label %"cont.106"
exit.106:
  %".2981" = trunc i64 %".2975" to i16
  %".2982" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2981", ptr %".2982", align 2
  br label %"return"
cont.106:
  switch i64 0, label %"unknown.35" [i64 0, label %"to_ethernet.4"]
unknown.35:
  %".2986" = trunc i64 %".2975" to i16
  %".2987" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2986", ptr %".2987", align 2
  br label %"return"
to_ethernet.4:
  %".2990" = trunc i64 %".2975" to i16
  %".2991" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2990", ptr %".2991", align 2
  br label %"return"
exit.107:
  %".2997" = trunc i64 %"cursor.140" to i16
  %".2998" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2997", ptr %".2998", align 2
  br label %"return"
cont.107:
  %".3001" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3002" = load i8, ptr %".3001", align 1
  %".3003" = zext i8 %".3002" to i64
  %".3004" = lshr i64 %".3003", 6
  %".3005" = and i64 %".3004", 3
  %".3006" = icmp ne i64 %".3005", 0
  br i1 %".3006", label %"exit.108", label %"cont.108"
exit.108:
  %".3008" = trunc i64 %"cursor.140" to i16
  %".3009" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3008", ptr %".3009", align 2
  br label %"return"
cont.108:
  %".3012" = add i64 %"cursor.140", 8
  %".3013" = zext i8 %".3002" to i64
  %".3014" = and i64 %".3013", 63
  %".3015" = mul i64 %".3014", 4
  %".3016" = add i64 %".3015", 8
  %".3017" = getelementptr i8, ptr %"hdr.44", i64 %".3016"
  %".3018" = icmp ugt ptr %".3017", %"data_end"
  br i1 %".3018", label %"exit.109", label %"cont.109"
exit.109:
  %".3020" = trunc i64 %"cursor.140" to i16
  %".3021" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3020", ptr %".3021", align 2
  br label %"return"
cont.109:
  %"end.13" = add i64 %"cursor.140", %".3016"
  %".3024" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3024", align 1
  %".3026" = and i32 %"flags", 4
  %".3027" = icmp ne i32 %".3026", 0
  br i1 %".3027", label %"exit.110", label %"cont.110"
exit.110:
  %".3029" = trunc i64 %"end.13" to i16
  %".3030" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3029", ptr %".3030", align 2
  br label %"return"
cont.110:
  %".3033" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3034" = load i16, ptr %".3033", align 2
  %".3035" = call i16 @"llvm.bswap.i16"(i16 %".3034")
  %".3036" = zext i16 %".3035" to i64
  switch i64 %".3036", label %"unknown.36" [i64 25944, label %"to_ethernet.5" i64 2048, label %"to_ipv4.23" i64 34525, label %"to_ipv6.22"]
unknown.36:
  %".3038" = trunc i64 %"end.13" to i16
  %".3039" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3038", ptr %".3039", align 2
  br label %"return"
to_ethernet.5:
  %".3042" = trunc i64 %"end.13" to i16
  %".3043" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3042", ptr %".3043", align 2
  br label %"return"
to_ipv4.23:
  %".3046" = trunc i64 %"end.13" to i16
  %".3047" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3046", ptr %".3047", align 2
  br label %"return"
to_ipv6.22:
  %".3050" = trunc i64 %"end.13" to i16
  %".3051" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3050", ptr %".3051", align 2
  br label %"return"
exit.111:
  %".3057" = trunc i64 %"cursor.142" to i16
  %".3058" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3057", ptr %".3058", align 2
  br label %"return"
cont.111:
  %".3061" = getelementptr i8, ptr %"hdr.45", i64 0
  %".3062" = load i8, ptr %".3061", align 1
  %".3063" = zext i8 %".3062" to i64
  %".3064" = lshr i64 %".3063", 6
  %".3065" = and i64 %".3064", 3
  %".3066" = icmp ne i64 %".3065", 0
  %".3067" = zext i8 %".3062" to i64
  %".3068" = lshr i64 %".3067", 5
  %".3069" = and i64 %".3068", 1
  %".3070" = icmp ne i64 %".3069", 0
  %".3071" = or i1 %".3066", %".3070"
  br i1 %".3071", label %"exit.112", label %"cont.112"
exit.112:
  %".3073" = trunc i64 %"cursor.142" to i16
  %".3074" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3073", ptr %".3074", align 2
  br label %"return"
cont.112:
  %".3077" = add i64 %"cursor.142", 4
  %".3078" = zext i8 %".3062" to i64
  %".3079" = and i64 %".3078", 31
  %".3080" = mul i64 %".3079", 4
  %".3081" = add i64 %".3080", 4
  %".3082" = getelementptr i8, ptr %"hdr.45", i64 %".3081"
  %".3083" = icmp ugt ptr %".3082", %"data_end"
  br i1 %".3083", label %"exit.113", label %"cont.113"
exit.113:
  %".3085" = trunc i64 %"cursor.142" to i16
  %".3086" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3085", ptr %".3086", align 2
  br label %"return"
cont.113:
  %"end.14" = add i64 %"cursor.142", %".3081"
  %".3089" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3089", align 1
  %".3091" = and i32 %"flags", 4
  %".3092" = icmp ne i32 %".3091", 0
  br i1 %".3092", label %"exit.114", label %"cont.114"
exit.114:
  %".3094" = trunc i64 %"end.14" to i16
  %".3095" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3094", ptr %".3095", align 2
  br label %"return"
cont.114:
  %".3098" = getelementptr i8, ptr %"hdr.45", i64 1
  %".3099" = load i8, ptr %".3098", align 1
  %".3100" = zext i8 %".3099" to i64
  switch i64 %".3100", label %"unknown.37" [i64 4, label %"to_ipv4.24" i64 41, label %"to_ipv6.23"]
unknown.37:
  %".3102" = trunc i64 %"end.14" to i16
  %".3103" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3102", ptr %".3103", align 2
  br label %"return"
to_ipv4.24:
  %".3106" = trunc i64 %"end.14" to i16
  %".3107" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3106", ptr %".3107", align 2
  br label %"return"
to_ipv6.23:
  %".3110" = trunc i64 %"end.14" to i16
  %".3111" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3110", ptr %".3111", align 2
  br label %"return"
exit.115:
  %".3117" = trunc i64 %"cursor.144" to i16
  %".3118" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3117", ptr %".3118", align 2
  br label %"return"
cont.115:
  %".3121" = getelementptr i8, ptr %"hdr.46", i64 0
  %".3122" = load i8, ptr %".3121", align 1
  %".3123" = zext i8 %".3122" to i64
  %".3124" = lshr i64 %".3123", 5
  %".3125" = and i64 %".3124", 7
  %".3126" = icmp ne i64 %".3125", 1
  %".3127" = zext i8 %".3122" to i64
  %".3128" = lshr i64 %".3127", 4
  %".3129" = and i64 %".3128", 1
  %".3130" = icmp ne i64 %".3129", 1
  %".3131" = or i1 %".3126", %".3130"
  %".3132" = getelementptr i8, ptr %"hdr.46", i64 1
  %".3133" = load i8, ptr %".3132", align 1
  %".3134" = zext i8 %".3133" to i64
  %".3135" = icmp ne i64 %".3134", 255
  %".3136" = or i1 %".3131", %".3135"
  br i1 %".3136", label %"exit.116", label %"cont.116"
exit.116:
  %".3138" = trunc i64 %"cursor.144" to i16
  %".3139" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3138", ptr %".3139", align 2
  br label %"return"
cont.116:
  %".3142" = add i64 %"cursor.144", 8
  %".3143" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3143", align 1
  %".3145" = and i32 %"flags", 4
  %".3146" = icmp ne i32 %".3145", 0
  br i1 %".3146", label %"exit.117", label %"cont.117"
exit.117:
  %".3148" = trunc i64 %".3142" to i16
  %".3149" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3148", ptr %".3149", align 2
  br label %"return"
cont.117:
  %".3152" = zext i8 %".3122" to i64
  %".3153" = lshr i64 %".3152", 2
  %".3154" = and i64 %".3153", 1
  %".3155" = mul i64 %".3154", 4
  %".3156" = zext i8 %".3122" to i64
  %".3157" = lshr i64 %".3156", 1
  %".3158" = and i64 %".3157", 1
  %".3159" = mul i64 %".3158", 2
  %".3160" = add i64 %".3155", %".3159"
  %".3161" = zext i8 %".3122" to i64
  %".3162" = and i64 %".3161", 1
  %".3163" = add i64 %".3160", %".3162"
  %".3164" = icmp uge i64 %".3163", 1
  %".3165" = icmp ule i64 %".3163", 3
  %".3166" = and i1 %".3164", %".3165"
  br i1 %".3166", label %"to_gtpu_opt.1", label %"select.2"
unknown.38:
  %".3173" = trunc i64 %".3142" to i16
  %".3174" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3173", ptr %".3174", align 2
  br label %"return"
to_ip_version.7:
  %".3177" = trunc i64 %".3142" to i16
  %".3178" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3177", ptr %".3178", align 2
  br label %"return"
to_gtpu_opt.1:
  %".3181" = trunc i64 %".3142" to i16
  %".3182" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3181", ptr %".3182", align 2
  br label %"return"
to_gtpu_seq.1:
  %".3185" = trunc i64 %".3142" to i16
  %".3186" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3185", ptr %".3186", align 2
  br label %"return"
select.2:
  %".3168" = icmp uge i64 %".3163", 4
  %".3169" = icmp ule i64 %".3163", 7
  %".3170" = and i1 %".3168", %".3169"
  br i1 %".3170", label %"to_gtpu_seq.1", label %"select.3"
select.3:
  switch i64 %".3163", label %"unknown.38" [i64 0, label %"to_ip_version.7"]
exit.118:
  %".3192" = trunc i64 %"cursor.146" to i16
  %".3193" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3192", ptr %".3193", align 2
  br label %"return"
cont.118:
  %".3196" = add i64 %"cursor.146", 8
  %".3197" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3197", align 1
  %".3199" = and i32 %"flags", 4
  %".3200" = icmp ne i32 %".3199", 0
  br i1 %".3200", label %"exit.119", label %"cont.119"
exit.119:
  %".3202" = trunc i64 %".3196" to i16
  %".3203" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3202", ptr %".3203", align 2
  br label %"return"
cont.119:
  %".3206" = getelementptr i8, ptr %"hdr.47", i64 2
  %".3207" = load i16, ptr %".3206", align 2
  %".3208" = call i16 @"llvm.bswap.i16"(i16 %".3207")
  %".3209" = zext i16 %".3208" to i64
  switch i64 %".3209", label %"unknown.39" [i64 2048, label %"to_ipv4.25"]
unknown.39:
  %".3211" = trunc i64 %".3196" to i16
  %".3212" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3211", ptr %".3212", align 2
  br label %"return"
to_ipv4.25:
  %".3215" = trunc i64 %".3196" to i16
  %".3216" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3215", ptr %".3216", align 2
  br label %"return"
exit.120:
  %".3222" = trunc i64 %"cursor.148" to i16
  %".3223" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3222", ptr %".3223", align 2
  br label %"return"
cont.120:
  %".3226" = getelementptr i8, ptr %"hdr.48", i64 0
  %".3227" = load i8, ptr %".3226", align 1
  %".3228" = zext i8 %".3227" to i64
  %".3229" = trunc i64 %".3228" to i8
  %".3230" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3229", ptr %".3230", align 1
  %".3232" = add i64 %"cursor.148", 2
  %".3233" = getelementptr i8, ptr %"hdr.48", i64 1
  %".3234" = load i8, ptr %".3233", align 1
  %".3235" = zext i8 %".3234" to i64
  %".3236" = mul i64 %".3235", 8
  %".3237" = add i64 %".3236", 6
  %".3238" = add i64 %".3237", 2
  %".3239" = getelementptr i8, ptr %"hdr.48", i64 %".3238"
  %".3240" = icmp ugt ptr %".3239", %"data_end"
  br i1 %".3240", label %"exit.121", label %"cont.121"
exit.121:
  %".3242" = trunc i64 %"cursor.148" to i16
  %".3243" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3242", ptr %".3243", align 2
  br label %"return"
cont.121:
  %"end.15" = add i64 %"cursor.148", %".3238"
  %".3246" = zext i8 %".3227" to i64
  switch i64 %".3246", label %"unknown.40" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 132, label %"to_sctp.10" i64 33, label %"to_dccp.10" i64 50, label %"to_esp.10" i64 51, label %"to_ah.10" i64 58, label %"to_icmpv6.8" i64 137, label %"to_mpls.33" i64 4, label %"to_ipv4.26" i64 41, label %"to_ipv6.24"]
unknown.40:
  %".3248" = trunc i64 %"end.15" to i16
  %".3249" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3248", ptr %".3249", align 2
  br label %"return"
to_ipv6_opts.24:
  %".3252" = getelementptr i8, ptr %"keys", i64 2
  %".3253" = trunc i64 %"end.15" to i16
  store volatile i16 %".3253", ptr %".3252", align 2
  %".3255" = load volatile i16, ptr %".3252", align 2
  %".3256" = zext i16 %".3255" to i64
  %"cursor.228" = and i64 %".3256", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  %".3258" = getelementptr i8, ptr %"keys", i64 2
  %".3259" = trunc i64 %"end.15" to i16
  store volatile i16 %".3259", ptr %".3258", align 2
  %".3261" = load volatile i16, ptr %".3258", align 2
  %".3262" = zext i16 %".3261" to i64
  %"cursor.229" = and i64 %".3262", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  %".3264" = getelementptr i8, ptr %"keys", i64 2
  %".3265" = trunc i64 %"end.15" to i16
  store volatile i16 %".3265", ptr %".3264", align 2
  %".3267" = load volatile i16, ptr %".3264", align 2
  %".3268" = zext i16 %".3267" to i64
  %"cursor.230" = and i64 %".3268", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  %".3270" = getelementptr i8, ptr %"keys", i64 2
  %".3271" = trunc i64 %"end.15" to i16
  store volatile i16 %".3271", ptr %".3270", align 2
  %".3273" = load volatile i16, ptr %".3270", align 2
  %".3274" = zext i16 %".3273" to i64
  %"cursor.232" = and i64 %".3274", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  %".3276" = getelementptr i8, ptr %"keys", i64 2
  %".3277" = trunc i64 %"end.15" to i16
  store volatile i16 %".3277", ptr %".3276", align 2
  %".3279" = load volatile i16, ptr %".3276", align 2
  %".3280" = zext i16 %".3279" to i64
  %"cursor.233" = and i64 %".3280", 16383
  br label %"tcp"
to_udp.10:
  %".3282" = getelementptr i8, ptr %"keys", i64 2
  %".3283" = trunc i64 %"end.15" to i16
  store volatile i16 %".3283", ptr %".3282", align 2
  %".3285" = load volatile i16, ptr %".3282", align 2
  %".3286" = zext i16 %".3285" to i64
  %"cursor.234" = and i64 %".3286", 16383
  br label %"udp_d1"
to_udplite.10:
  %".3288" = getelementptr i8, ptr %"keys", i64 2
  %".3289" = trunc i64 %"end.15" to i16
  store volatile i16 %".3289", ptr %".3288", align 2
  %".3291" = load volatile i16, ptr %".3288", align 2
  %".3292" = zext i16 %".3291" to i64
  %"cursor.235" = and i64 %".3292", 16383
  br label %"udplite"
to_gre.10:
  %".3294" = getelementptr i8, ptr %"keys", i64 2
  %".3295" = trunc i64 %"end.15" to i16
  store volatile i16 %".3295", ptr %".3294", align 2
  %".3297" = load volatile i16, ptr %".3294", align 2
  %".3298" = zext i16 %".3297" to i64
  %"cursor.236" = and i64 %".3298", 16383
  br label %"gre_d1"
to_sctp.10:
  %".3300" = getelementptr i8, ptr %"keys", i64 2
  %".3301" = trunc i64 %"end.15" to i16
  store volatile i16 %".3301", ptr %".3300", align 2
  %".3303" = load volatile i16, ptr %".3300", align 2
  %".3304" = zext i16 %".3303" to i64
  %"cursor.237" = and i64 %".3304", 16383
  br label %"sctp"
to_dccp.10:
  %".3306" = getelementptr i8, ptr %"keys", i64 2
  %".3307" = trunc i64 %"end.15" to i16
  store volatile i16 %".3307", ptr %".3306", align 2
  %".3309" = load volatile i16, ptr %".3306", align 2
  %".3310" = zext i16 %".3309" to i64
  %"cursor.238" = and i64 %".3310", 16383
  br label %"dccp"
to_esp.10:
  %".3312" = getelementptr i8, ptr %"keys", i64 2
  %".3313" = trunc i64 %"end.15" to i16
  store volatile i16 %".3313", ptr %".3312", align 2
  %".3315" = load volatile i16, ptr %".3312", align 2
  %".3316" = zext i16 %".3315" to i64
  %"cursor.239" = and i64 %".3316", 16383
  br label %"esp"
to_ah.10:
  %".3318" = getelementptr i8, ptr %"keys", i64 2
  %".3319" = trunc i64 %"end.15" to i16
  store volatile i16 %".3319", ptr %".3318", align 2
  %".3321" = load volatile i16, ptr %".3318", align 2
  %".3322" = zext i16 %".3321" to i64
  %"cursor.240" = and i64 %".3322", 16383
  br label %"ah"
to_icmpv6.8:
  %".3324" = getelementptr i8, ptr %"keys", i64 2
  %".3325" = trunc i64 %"end.15" to i16
  store volatile i16 %".3325", ptr %".3324", align 2
  %".3327" = load volatile i16, ptr %".3324", align 2
  %".3328" = zext i16 %".3327" to i64
  %"cursor.241" = and i64 %".3328", 16383
  br label %"icmpv6"
to_mpls.33:
  %".3330" = trunc i64 34887 to i16
  %".3331" = call i16 @"llvm.bswap.i16"(i16 %".3330")
  %".3332" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3331", ptr %".3332", align 2
  %".3334" = getelementptr i8, ptr %"keys", i64 2
  %".3335" = trunc i64 %"end.15" to i16
  store volatile i16 %".3335", ptr %".3334", align 2
  %".3337" = load volatile i16, ptr %".3334", align 2
  %".3338" = zext i16 %".3337" to i64
  %"cursor.242" = and i64 %".3338", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.26:
  %".3340" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3340", align 1
  %".3342" = and i32 %"flags", 4
  %".3343" = icmp ne i32 %".3342", 0
  br i1 %".3343", label %"exit.122", label %"cont.122"
to_ipv6.24:
  %".3353" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3353", align 1
  %".3355" = and i32 %"flags", 4
  %".3356" = icmp ne i32 %".3355", 0
  br i1 %".3356", label %"exit.123", label %"cont.123"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.227" = phi  i64 [%"cursor.228", %"to_ipv6_opts.24"], [%"cursor.229", %"to_ipv6_opts.25"], [%"cursor.230", %"to_ipv6_opts.26"], [%"cursor.243", %"to_ipv6_opts.27"], [%"cursor.244", %"to_ipv6_opts.28"], [%"cursor.245", %"to_ipv6_opts.29"]
  %"hdr.56" = getelementptr i8, ptr %"data", i64 %"cursor.227"
  %".3993" = getelementptr i8, ptr %"hdr.56", i64 2
  %".3994" = icmp ugt ptr %".3993", %"data_end"
  br i1 %".3994", label %"exit.142", label %"cont.142"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.231" = phi  i64 [%"cursor.232", %"to_ipv6_frag.8"], [%"cursor.246", %"to_ipv6_frag.9"]
  %"hdr.57" = getelementptr i8, ptr %"data", i64 %"cursor.231"
  %".4132" = getelementptr i8, ptr %"hdr.57", i64 8
  %".4133" = icmp ugt ptr %".4132", %"data_end"
  br i1 %".4133", label %"exit.146", label %"cont.146"
exit.122:
  %".3345" = trunc i64 %"end.15" to i16
  %".3346" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3345", ptr %".3346", align 2
  br label %"return"
cont.122:
  %".3349" = trunc i64 %"end.15" to i16
  %".3350" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3349", ptr %".3350", align 2
  br label %"return"
exit.123:
  %".3358" = trunc i64 %"end.15" to i16
  %".3359" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3358", ptr %".3359", align 2
  br label %"return"
cont.123:
  %".3362" = trunc i64 %"end.15" to i16
  %".3363" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3362", ptr %".3363", align 2
  br label %"return"
exit.124:
  %".3369" = trunc i64 %"cursor.152" to i16
  %".3370" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3369", ptr %".3370", align 2
  br label %"return"
cont.124:
  %".3373" = getelementptr i8, ptr %"hdr.49", i64 0
  %".3374" = load i8, ptr %".3373", align 1
  %".3375" = zext i8 %".3374" to i64
  %".3376" = trunc i64 %".3375" to i8
  %".3377" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3376", ptr %".3377", align 1
  %".3379" = add i64 %"cursor.152", 8
  %".3380" = icmp ne i64 1, 0
  %".3381" = getelementptr i8, ptr %"hdr.49", i64 2
  %".3382" = load i16, ptr %".3381", align 2
  %".3383" = call i16 @"llvm.bswap.i16"(i16 %".3382")
  %".3384" = zext i16 %".3383" to i64
  %".3385" = and i64 %".3384", 65528
  %".3386" = icmp eq i64 %".3385", 0
  br i1 %".3380", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".3388" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".3388", align 1
  br i1 %".3386", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".3406" = zext i8 %".3374" to i64
  switch i64 %".3406", label %"unknown.41" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 132, label %"to_sctp.11" i64 33, label %"to_dccp.11" i64 50, label %"to_esp.11" i64 51, label %"to_ah.11" i64 58, label %"to_icmpv6.9" i64 137, label %"to_mpls.34" i64 4, label %"to_ipv4.27" i64 41, label %"to_ipv6.25"]
first_fragment.5:
  %".3395" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".3395", align 1
  %".3397" = and i32 %"flags", 1
  %".3398" = icmp ne i32 %".3397", 0
  %".3399" = xor i1 %".3398", -1
  br i1 %".3399", label %"exit.125", label %"cont.125"
later_fragment.5:
  %".3391" = trunc i64 %".3379" to i16
  %".3392" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3391", ptr %".3392", align 2
  br label %"return"
exit.125:
  %".3401" = trunc i64 %".3379" to i16
  %".3402" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3401", ptr %".3402", align 2
  br label %"return"
cont.125:
  br label %"not_fragment.5"
unknown.41:
  %".3408" = trunc i64 %".3379" to i16
  %".3409" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3408", ptr %".3409", align 2
  br label %"return"
to_ipv6_opts.27:
  %".3412" = getelementptr i8, ptr %"keys", i64 2
  %".3413" = trunc i64 %".3379" to i16
  store volatile i16 %".3413", ptr %".3412", align 2
  %".3415" = load volatile i16, ptr %".3412", align 2
  %".3416" = zext i16 %".3415" to i64
  %"cursor.243" = and i64 %".3416", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  %".3418" = getelementptr i8, ptr %"keys", i64 2
  %".3419" = trunc i64 %".3379" to i16
  store volatile i16 %".3419", ptr %".3418", align 2
  %".3421" = load volatile i16, ptr %".3418", align 2
  %".3422" = zext i16 %".3421" to i64
  %"cursor.244" = and i64 %".3422", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  %".3424" = getelementptr i8, ptr %"keys", i64 2
  %".3425" = trunc i64 %".3379" to i16
  store volatile i16 %".3425", ptr %".3424", align 2
  %".3427" = load volatile i16, ptr %".3424", align 2
  %".3428" = zext i16 %".3427" to i64
  %"cursor.245" = and i64 %".3428", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  %".3430" = getelementptr i8, ptr %"keys", i64 2
  %".3431" = trunc i64 %".3379" to i16
  store volatile i16 %".3431", ptr %".3430", align 2
  %".3433" = load volatile i16, ptr %".3430", align 2
  %".3434" = zext i16 %".3433" to i64
  %"cursor.246" = and i64 %".3434", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  %".3436" = getelementptr i8, ptr %"keys", i64 2
  %".3437" = trunc i64 %".3379" to i16
  store volatile i16 %".3437", ptr %".3436", align 2
  %".3439" = load volatile i16, ptr %".3436", align 2
  %".3440" = zext i16 %".3439" to i64
  %"cursor.247" = and i64 %".3440", 16383
  br label %"tcp"
to_udp.11:
  %".3442" = getelementptr i8, ptr %"keys", i64 2
  %".3443" = trunc i64 %".3379" to i16
  store volatile i16 %".3443", ptr %".3442", align 2
  %".3445" = load volatile i16, ptr %".3442", align 2
  %".3446" = zext i16 %".3445" to i64
  %"cursor.248" = and i64 %".3446", 16383
  br label %"udp_d1"
to_udplite.11:
  %".3448" = getelementptr i8, ptr %"keys", i64 2
  %".3449" = trunc i64 %".3379" to i16
  store volatile i16 %".3449", ptr %".3448", align 2
  %".3451" = load volatile i16, ptr %".3448", align 2
  %".3452" = zext i16 %".3451" to i64
  %"cursor.249" = and i64 %".3452", 16383
  br label %"udplite"
to_gre.11:
  %".3454" = getelementptr i8, ptr %"keys", i64 2
  %".3455" = trunc i64 %".3379" to i16
  store volatile i16 %".3455", ptr %".3454", align 2
  %".3457" = load volatile i16, ptr %".3454", align 2
  %".3458" = zext i16 %".3457" to i64
  %"cursor.250" = and i64 %".3458", 16383
  br label %"gre_d1"
to_sctp.11:
  %".3460" = getelementptr i8, ptr %"keys", i64 2
  %".3461" = trunc i64 %".3379" to i16
  store volatile i16 %".3461", ptr %".3460", align 2
  %".3463" = load volatile i16, ptr %".3460", align 2
  %".3464" = zext i16 %".3463" to i64
  %"cursor.251" = and i64 %".3464", 16383
  br label %"sctp"
to_dccp.11:
  %".3466" = getelementptr i8, ptr %"keys", i64 2
  %".3467" = trunc i64 %".3379" to i16
  store volatile i16 %".3467", ptr %".3466", align 2
  %".3469" = load volatile i16, ptr %".3466", align 2
  %".3470" = zext i16 %".3469" to i64
  %"cursor.252" = and i64 %".3470", 16383
  br label %"dccp"
to_esp.11:
  %".3472" = getelementptr i8, ptr %"keys", i64 2
  %".3473" = trunc i64 %".3379" to i16
  store volatile i16 %".3473", ptr %".3472", align 2
  %".3475" = load volatile i16, ptr %".3472", align 2
  %".3476" = zext i16 %".3475" to i64
  %"cursor.253" = and i64 %".3476", 16383
  br label %"esp"
to_ah.11:
  %".3478" = getelementptr i8, ptr %"keys", i64 2
  %".3479" = trunc i64 %".3379" to i16
  store volatile i16 %".3479", ptr %".3478", align 2
  %".3481" = load volatile i16, ptr %".3478", align 2
  %".3482" = zext i16 %".3481" to i64
  %"cursor.254" = and i64 %".3482", 16383
  br label %"ah"
to_icmpv6.9:
  %".3484" = getelementptr i8, ptr %"keys", i64 2
  %".3485" = trunc i64 %".3379" to i16
  store volatile i16 %".3485", ptr %".3484", align 2
  %".3487" = load volatile i16, ptr %".3484", align 2
  %".3488" = zext i16 %".3487" to i64
  %"cursor.255" = and i64 %".3488", 16383
  br label %"icmpv6"
to_mpls.34:
  %".3490" = trunc i64 34887 to i16
  %".3491" = call i16 @"llvm.bswap.i16"(i16 %".3490")
  %".3492" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3491", ptr %".3492", align 2
  %".3494" = getelementptr i8, ptr %"keys", i64 2
  %".3495" = trunc i64 %".3379" to i16
  store volatile i16 %".3495", ptr %".3494", align 2
  %".3497" = load volatile i16, ptr %".3494", align 2
  %".3498" = zext i16 %".3497" to i64
  %"cursor.256" = and i64 %".3498", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.27:
  %".3500" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3500", align 1
  %".3502" = and i32 %"flags", 4
  %".3503" = icmp ne i32 %".3502", 0
  br i1 %".3503", label %"exit.126", label %"cont.126"
to_ipv6.25:
  %".3513" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3513", align 1
  %".3515" = and i32 %"flags", 4
  %".3516" = icmp ne i32 %".3515", 0
  br i1 %".3516", label %"exit.127", label %"cont.127"
exit.126:
  %".3505" = trunc i64 %".3379" to i16
  %".3506" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3505", ptr %".3506", align 2
  br label %"return"
cont.126:
  %".3509" = trunc i64 %".3379" to i16
  %".3510" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3509", ptr %".3510", align 2
  br label %"return"
exit.127:
  %".3518" = trunc i64 %".3379" to i16
  %".3519" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3518", ptr %".3519", align 2
  br label %"return"
cont.127:
  %".3522" = trunc i64 %".3379" to i16
  %".3523" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3522", ptr %".3523", align 2
  br label %"return"
exit.128:
  %".3529" = trunc i64 %"cursor.178" to i16
  %".3530" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3529", ptr %".3530", align 2
  br label %"return"
cont.128:
  %".3533" = getelementptr i8, ptr %"hdr.50", i64 0
  %".3534" = load i8, ptr %".3533", align 1
  %".3535" = zext i8 %".3534" to i64
  %".3536" = trunc i64 %".3535" to i8
  %".3537" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3536", ptr %".3537", align 1
  %".3539" = add i64 %"cursor.178", 2
  %".3540" = getelementptr i8, ptr %"hdr.50", i64 1
  %".3541" = load i8, ptr %".3540", align 1
  %".3542" = zext i8 %".3541" to i64
  %".3543" = mul i64 %".3542", 8
  %".3544" = add i64 %".3543", 6
  %".3545" = add i64 %".3544", 2
  %".3546" = getelementptr i8, ptr %"hdr.50", i64 %".3545"
  %".3547" = icmp ugt ptr %".3546", %"data_end"
  br i1 %".3547", label %"exit.129", label %"cont.129"
exit.129:
  %".3549" = trunc i64 %"cursor.178" to i16
  %".3550" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3549", ptr %".3550", align 2
  br label %"return"
cont.129:
  %"end.16" = add i64 %"cursor.178", %".3545"
  %".3553" = zext i8 %".3534" to i64
  switch i64 %".3553", label %"unknown.42" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 132, label %"to_sctp.12" i64 33, label %"to_dccp.12" i64 50, label %"to_esp.12" i64 51, label %"to_ah.12" i64 58, label %"to_icmpv6.10" i64 137, label %"to_mpls.35" i64 4, label %"to_ipv4.28" i64 41, label %"to_ipv6.26"]
unknown.42:
  %".3555" = trunc i64 %"end.16" to i16
  %".3556" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3555", ptr %".3556", align 2
  br label %"return"
to_ipv6_opts.30:
  %".3559" = trunc i64 %"end.16" to i16
  %".3560" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3559", ptr %".3560", align 2
  br label %"return"
to_ipv6_opts.31:
  %".3563" = trunc i64 %"end.16" to i16
  %".3564" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3563", ptr %".3564", align 2
  br label %"return"
to_ipv6_opts.32:
  %".3567" = trunc i64 %"end.16" to i16
  %".3568" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3567", ptr %".3568", align 2
  br label %"return"
to_ipv6_frag.10:
  %".3571" = trunc i64 %"end.16" to i16
  %".3572" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3571", ptr %".3572", align 2
  br label %"return"
to_tcp.12:
  %".3575" = getelementptr i8, ptr %"keys", i64 2
  %".3576" = trunc i64 %"end.16" to i16
  store volatile i16 %".3576", ptr %".3575", align 2
  %".3578" = load volatile i16, ptr %".3575", align 2
  %".3579" = zext i16 %".3578" to i64
  %"cursor.257" = and i64 %".3579", 16383
  br label %"tcp"
to_udp.12:
  %".3581" = getelementptr i8, ptr %"keys", i64 2
  %".3582" = trunc i64 %"end.16" to i16
  store volatile i16 %".3582", ptr %".3581", align 2
  %".3584" = load volatile i16, ptr %".3581", align 2
  %".3585" = zext i16 %".3584" to i64
  %"cursor.258" = and i64 %".3585", 16383
  br label %"udp_d0"
to_udplite.12:
  %".3587" = getelementptr i8, ptr %"keys", i64 2
  %".3588" = trunc i64 %"end.16" to i16
  store volatile i16 %".3588", ptr %".3587", align 2
  %".3590" = load volatile i16, ptr %".3587", align 2
  %".3591" = zext i16 %".3590" to i64
  %"cursor.259" = and i64 %".3591", 16383
  br label %"udplite"
to_gre.12:
  %".3593" = getelementptr i8, ptr %"keys", i64 2
  %".3594" = trunc i64 %"end.16" to i16
  store volatile i16 %".3594", ptr %".3593", align 2
  %".3596" = load volatile i16, ptr %".3593", align 2
  %".3597" = zext i16 %".3596" to i64
  %"cursor.260" = and i64 %".3597", 16383
  br label %"gre_d0"
to_sctp.12:
  %".3599" = getelementptr i8, ptr %"keys", i64 2
  %".3600" = trunc i64 %"end.16" to i16
  store volatile i16 %".3600", ptr %".3599", align 2
  %".3602" = load volatile i16, ptr %".3599", align 2
  %".3603" = zext i16 %".3602" to i64
  %"cursor.261" = and i64 %".3603", 16383
  br label %"sctp"
to_dccp.12:
  %".3605" = getelementptr i8, ptr %"keys", i64 2
  %".3606" = trunc i64 %"end.16" to i16
  store volatile i16 %".3606", ptr %".3605", align 2
  %".3608" = load volatile i16, ptr %".3605", align 2
  %".3609" = zext i16 %".3608" to i64
  %"cursor.262" = and i64 %".3609", 16383
  br label %"dccp"
to_esp.12:
  %".3611" = getelementptr i8, ptr %"keys", i64 2
  %".3612" = trunc i64 %"end.16" to i16
  store volatile i16 %".3612", ptr %".3611", align 2
  %".3614" = load volatile i16, ptr %".3611", align 2
  %".3615" = zext i16 %".3614" to i64
  %"cursor.263" = and i64 %".3615", 16383
  br label %"esp"
to_ah.12:
  %".3617" = getelementptr i8, ptr %"keys", i64 2
  %".3618" = trunc i64 %"end.16" to i16
  store volatile i16 %".3618", ptr %".3617", align 2
  %".3620" = load volatile i16, ptr %".3617", align 2
  %".3621" = zext i16 %".3620" to i64
  %"cursor.264" = and i64 %".3621", 16383
  br label %"ah"
to_icmpv6.10:
  %".3623" = getelementptr i8, ptr %"keys", i64 2
  %".3624" = trunc i64 %"end.16" to i16
  store volatile i16 %".3624", ptr %".3623", align 2
  %".3626" = load volatile i16, ptr %".3623", align 2
  %".3627" = zext i16 %".3626" to i64
  %"cursor.265" = and i64 %".3627", 16383
  br label %"icmpv6"
to_mpls.35:
  %".3629" = trunc i64 34887 to i16
  %".3630" = call i16 @"llvm.bswap.i16"(i16 %".3629")
  %".3631" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3630", ptr %".3631", align 2
  %".3633" = getelementptr i8, ptr %"keys", i64 2
  %".3634" = trunc i64 %"end.16" to i16
  store volatile i16 %".3634", ptr %".3633", align 2
  %".3636" = load volatile i16, ptr %".3633", align 2
  %".3637" = zext i16 %".3636" to i64
  %"cursor.266" = and i64 %".3637", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.28:
  %".3639" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3639", align 1
  %".3641" = and i32 %"flags", 4
  %".3642" = icmp ne i32 %".3641", 0
  br i1 %".3642", label %"exit.130", label %"cont.130"
to_ipv6.26:
  %".3654" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3654", align 1
  %".3656" = and i32 %"flags", 4
  %".3657" = icmp ne i32 %".3656", 0
  br i1 %".3657", label %"exit.131", label %"cont.131"
exit.130:
  %".3644" = trunc i64 %"end.16" to i16
  %".3645" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3644", ptr %".3645", align 2
  br label %"return"
cont.130:
  %".3648" = getelementptr i8, ptr %"keys", i64 2
  %".3649" = trunc i64 %"end.16" to i16
  store volatile i16 %".3649", ptr %".3648", align 2
  %".3651" = load volatile i16, ptr %".3648", align 2
  %".3652" = zext i16 %".3651" to i64
  %"cursor.267" = and i64 %".3652", 16383
  br label %"ipv4_d1"
exit.131:
  %".3659" = trunc i64 %"end.16" to i16
  %".3660" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3659", ptr %".3660", align 2
  br label %"return"
cont.131:
  %".3663" = getelementptr i8, ptr %"keys", i64 2
  %".3664" = trunc i64 %"end.16" to i16
  store volatile i16 %".3664", ptr %".3663", align 2
  %".3666" = load volatile i16, ptr %".3663", align 2
  %".3667" = zext i16 %".3666" to i64
  %"cursor.268" = and i64 %".3667", 16383
  br label %"ipv6_d1"
exit.132:
  %".3672" = trunc i64 %"cursor.180" to i16
  %".3673" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3672", ptr %".3673", align 2
  br label %"return"
cont.132:
  %".3676" = getelementptr i8, ptr %"hdr.51", i64 0
  %".3677" = load i8, ptr %".3676", align 1
  %".3678" = zext i8 %".3677" to i64
  %".3679" = trunc i64 %".3678" to i8
  %".3680" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3679", ptr %".3680", align 1
  %".3682" = add i64 %"cursor.180", 8
  %".3683" = icmp ne i64 1, 0
  %".3684" = getelementptr i8, ptr %"hdr.51", i64 2
  %".3685" = load i16, ptr %".3684", align 2
  %".3686" = call i16 @"llvm.bswap.i16"(i16 %".3685")
  %".3687" = zext i16 %".3686" to i64
  %".3688" = and i64 %".3687", 65528
  %".3689" = icmp eq i64 %".3688", 0
  br i1 %".3683", label %"fragment.6", label %"not_fragment.6"
fragment.6:
  %".3691" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".3691", align 1
  br i1 %".3689", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".3709" = zext i8 %".3677" to i64
  switch i64 %".3709", label %"unknown.43" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 132, label %"to_sctp.13" i64 33, label %"to_dccp.13" i64 50, label %"to_esp.13" i64 51, label %"to_ah.13" i64 58, label %"to_icmpv6.11" i64 137, label %"to_mpls.36" i64 4, label %"to_ipv4.29" i64 41, label %"to_ipv6.27"]
first_fragment.6:
  %".3698" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".3698", align 1
  %".3700" = and i32 %"flags", 1
  %".3701" = icmp ne i32 %".3700", 0
  %".3702" = xor i1 %".3701", -1
  br i1 %".3702", label %"exit.133", label %"cont.133"
later_fragment.6:
  %".3694" = trunc i64 %".3682" to i16
  %".3695" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3694", ptr %".3695", align 2
  br label %"return"
exit.133:
  %".3704" = trunc i64 %".3682" to i16
  %".3705" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3704", ptr %".3705", align 2
  br label %"return"
cont.133:
  br label %"not_fragment.6"
unknown.43:
  %".3711" = trunc i64 %".3682" to i16
  %".3712" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3711", ptr %".3712", align 2
  br label %"return"
to_ipv6_opts.33:
  %".3715" = trunc i64 %".3682" to i16
  %".3716" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3715", ptr %".3716", align 2
  br label %"return"
to_ipv6_opts.34:
  %".3719" = trunc i64 %".3682" to i16
  %".3720" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3719", ptr %".3720", align 2
  br label %"return"
to_ipv6_opts.35:
  %".3723" = trunc i64 %".3682" to i16
  %".3724" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3723", ptr %".3724", align 2
  br label %"return"
to_ipv6_frag.11:
  %".3727" = trunc i64 %".3682" to i16
  %".3728" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3727", ptr %".3728", align 2
  br label %"return"
to_tcp.13:
  %".3731" = getelementptr i8, ptr %"keys", i64 2
  %".3732" = trunc i64 %".3682" to i16
  store volatile i16 %".3732", ptr %".3731", align 2
  %".3734" = load volatile i16, ptr %".3731", align 2
  %".3735" = zext i16 %".3734" to i64
  %"cursor.269" = and i64 %".3735", 16383
  br label %"tcp"
to_udp.13:
  %".3737" = getelementptr i8, ptr %"keys", i64 2
  %".3738" = trunc i64 %".3682" to i16
  store volatile i16 %".3738", ptr %".3737", align 2
  %".3740" = load volatile i16, ptr %".3737", align 2
  %".3741" = zext i16 %".3740" to i64
  %"cursor.270" = and i64 %".3741", 16383
  br label %"udp_d0"
to_udplite.13:
  %".3743" = getelementptr i8, ptr %"keys", i64 2
  %".3744" = trunc i64 %".3682" to i16
  store volatile i16 %".3744", ptr %".3743", align 2
  %".3746" = load volatile i16, ptr %".3743", align 2
  %".3747" = zext i16 %".3746" to i64
  %"cursor.271" = and i64 %".3747", 16383
  br label %"udplite"
to_gre.13:
  %".3749" = getelementptr i8, ptr %"keys", i64 2
  %".3750" = trunc i64 %".3682" to i16
  store volatile i16 %".3750", ptr %".3749", align 2
  %".3752" = load volatile i16, ptr %".3749", align 2
  %".3753" = zext i16 %".3752" to i64
  %"cursor.272" = and i64 %".3753", 16383
  br label %"gre_d0"
to_sctp.13:
  %".3755" = getelementptr i8, ptr %"keys", i64 2
  %".3756" = trunc i64 %".3682" to i16
  store volatile i16 %".3756", ptr %".3755", align 2
  %".3758" = load volatile i16, ptr %".3755", align 2
  %".3759" = zext i16 %".3758" to i64
  %"cursor.273" = and i64 %".3759", 16383
  br label %"sctp"
to_dccp.13:
  %".3761" = getelementptr i8, ptr %"keys", i64 2
  %".3762" = trunc i64 %".3682" to i16
  store volatile i16 %".3762", ptr %".3761", align 2
  %".3764" = load volatile i16, ptr %".3761", align 2
  %".3765" = zext i16 %".3764" to i64
  %"cursor.274" = and i64 %".3765", 16383
  br label %"dccp"
to_esp.13:
  %".3767" = getelementptr i8, ptr %"keys", i64 2
  %".3768" = trunc i64 %".3682" to i16
  store volatile i16 %".3768", ptr %".3767", align 2
  %".3770" = load volatile i16, ptr %".3767", align 2
  %".3771" = zext i16 %".3770" to i64
  %"cursor.275" = and i64 %".3771", 16383
  br label %"esp"
to_ah.13:
  %".3773" = getelementptr i8, ptr %"keys", i64 2
  %".3774" = trunc i64 %".3682" to i16
  store volatile i16 %".3774", ptr %".3773", align 2
  %".3776" = load volatile i16, ptr %".3773", align 2
  %".3777" = zext i16 %".3776" to i64
  %"cursor.276" = and i64 %".3777", 16383
  br label %"ah"
to_icmpv6.11:
  %".3779" = getelementptr i8, ptr %"keys", i64 2
  %".3780" = trunc i64 %".3682" to i16
  store volatile i16 %".3780", ptr %".3779", align 2
  %".3782" = load volatile i16, ptr %".3779", align 2
  %".3783" = zext i16 %".3782" to i64
  %"cursor.277" = and i64 %".3783", 16383
  br label %"icmpv6"
to_mpls.36:
  %".3785" = trunc i64 34887 to i16
  %".3786" = call i16 @"llvm.bswap.i16"(i16 %".3785")
  %".3787" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3786", ptr %".3787", align 2
  %".3789" = getelementptr i8, ptr %"keys", i64 2
  %".3790" = trunc i64 %".3682" to i16
  store volatile i16 %".3790", ptr %".3789", align 2
  %".3792" = load volatile i16, ptr %".3789", align 2
  %".3793" = zext i16 %".3792" to i64
  %"cursor.278" = and i64 %".3793", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.29:
  %".3795" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3795", align 1
  %".3797" = and i32 %"flags", 4
  %".3798" = icmp ne i32 %".3797", 0
  br i1 %".3798", label %"exit.134", label %"cont.134"
to_ipv6.27:
  %".3810" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3810", align 1
  %".3812" = and i32 %"flags", 4
  %".3813" = icmp ne i32 %".3812", 0
  br i1 %".3813", label %"exit.135", label %"cont.135"
exit.134:
  %".3800" = trunc i64 %".3682" to i16
  %".3801" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3800", ptr %".3801", align 2
  br label %"return"
cont.134:
  %".3804" = getelementptr i8, ptr %"keys", i64 2
  %".3805" = trunc i64 %".3682" to i16
  store volatile i16 %".3805", ptr %".3804", align 2
  %".3807" = load volatile i16, ptr %".3804", align 2
  %".3808" = zext i16 %".3807" to i64
  %"cursor.279" = and i64 %".3808", 16383
  br label %"ipv4_d1"
exit.135:
  %".3815" = trunc i64 %".3682" to i16
  %".3816" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3815", ptr %".3816", align 2
  br label %"return"
cont.135:
  %".3819" = getelementptr i8, ptr %"keys", i64 2
  %".3820" = trunc i64 %".3682" to i16
  store volatile i16 %".3820", ptr %".3819", align 2
  %".3822" = load volatile i16, ptr %".3819", align 2
  %".3823" = zext i16 %".3822" to i64
  %"cursor.280" = and i64 %".3823", 16383
  br label %"ipv6_d1"
exit.136:
  %".3828" = trunc i64 %"cursor.208" to i16
  %".3829" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3828", ptr %".3829", align 2
  br label %"return"
cont.136:
  %".3832" = add i64 %"cursor.208", 4
  %".3833" = getelementptr i8, ptr %"hdr.52", i64 2
  %".3834" = load i8, ptr %".3833", align 1
  %".3835" = zext i8 %".3834" to i64
  %".3836" = and i64 %".3835", 1
  switch i64 %".3836", label %"unknown.44" [i64 0, label %"to_mpls.37" i64 1, label %"to_ip_version.8"]
unknown.44:
  %".3838" = trunc i64 %".3832" to i16
  %".3839" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3838", ptr %".3839", align 2
  br label %"return"
to_mpls.37:
  %".3842" = trunc i64 %".3832" to i16
  %".3843" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3842", ptr %".3843", align 2
  br label %"return"
to_ip_version.8:
  %".3846" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3846", align 1
  %".3848" = and i32 %"flags", 4
  %".3849" = icmp ne i32 %".3848", 0
  br i1 %".3849", label %"exit.137", label %"cont.137"
exit.137:
  %".3851" = trunc i64 %".3832" to i16
  %".3852" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3851", ptr %".3852", align 2
  br label %"return"
cont.137:
  %".3855" = getelementptr i8, ptr %"keys", i64 2
  %".3856" = trunc i64 %".3832" to i16
  store volatile i16 %".3856", ptr %".3855", align 2
  %".3858" = load volatile i16, ptr %".3855", align 2
  %".3859" = zext i16 %".3858" to i64
  %"cursor.281" = and i64 %".3859", 16383
  br label %"ip_version_d1"
exit.138:
  %".3864" = trunc i64 %"cursor.211" to i16
  %".3865" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3864", ptr %".3865", align 2
  br label %"return"
cont.138:
  %".3868" = add i64 %"cursor.211", 1
  %".3869" = getelementptr i8, ptr %"hdr.53", i64 0
  %".3870" = load i8, ptr %".3869", align 1
  %".3871" = zext i8 %".3870" to i64
  %".3872" = icmp uge i64 %".3871", 1
  %".3873" = icmp ule i64 %".3871", 255
  %".3874" = and i1 %".3872", %".3873"
  br i1 %".3874", label %"to_gtpu_ext", label %"select.4"
unknown.45:
  %".3877" = trunc i64 %".3868" to i16
  %".3878" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3877", ptr %".3878", align 2
  br label %"return"
to_ip_version.9:
  %".3881" = getelementptr i8, ptr %"keys", i64 2
  %".3882" = trunc i64 %".3868" to i16
  store volatile i16 %".3882", ptr %".3881", align 2
  %".3884" = load volatile i16, ptr %".3881", align 2
  %".3885" = zext i16 %".3884" to i64
  %"cursor.282" = and i64 %".3885", 16383
  br label %"ip_version_d1"
to_gtpu_ext:
  %".3887" = getelementptr i8, ptr %"keys", i64 2
  %".3888" = trunc i64 %".3868" to i16
  store volatile i16 %".3888", ptr %".3887", align 2
  %".3890" = load volatile i16, ptr %".3887", align 2
  %".3891" = zext i16 %".3890" to i64
  %"cursor.284" = and i64 %".3891", 16383
  br label %"gtpu_ext_d1_gtpu_ext1"
select.4:
  switch i64 %".3871", label %"unknown.45" [i64 0, label %"to_ip_version.9"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.283" = phi  i64 [%"cursor.284", %"to_gtpu_ext"]
  %"hdr.58" = getelementptr i8, ptr %"data", i64 %"cursor.283"
  %".4284" = getelementptr i8, ptr %"hdr.58", i64 1
  %".4285" = icmp ugt ptr %".4284", %"data_end"
  br i1 %".4285", label %"exit.150", label %"cont.150"
exit.139:
  %".3896" = trunc i64 %"cursor.215" to i16
  %".3897" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3896", ptr %".3897", align 2
  br label %"return"
cont.139:
  %".3900" = getelementptr i8, ptr %"hdr.54", i64 2
  %".3901" = load i16, ptr %".3900", align 2
  %".3902" = call i16 @"llvm.bswap.i16"(i16 %".3901")
  %".3903" = zext i16 %".3902" to i64
  %".3904" = trunc i64 %".3903" to i16
  %".3905" = call i16 @"llvm.bswap.i16"(i16 %".3904")
  %".3906" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3905", ptr %".3906", align 2
  %".3908" = add i64 %"cursor.215", 4
  %".3909" = trunc i64 %".3908" to i16
  %".3910" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".3909", ptr %".3910", align 2
  %".3912" = call i16 @"llvm.bswap.i16"(i16 %".3901")
  %".3913" = zext i16 %".3912" to i64
  switch i64 %".3913", label %"unknown.46" [i64 2048, label %"to_ipv4.30" i64 34525, label %"to_ipv6.28" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11" i64 34887, label %"to_mpls.38" i64 34888, label %"to_mpls.39" i64 34916, label %"to_pppoe.5"]
unknown.46:
  %".3915" = trunc i64 %".3908" to i16
  %".3916" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3915", ptr %".3916", align 2
  br label %"return"
to_ipv4.30:
  %".3919" = getelementptr i8, ptr %"keys", i64 2
  %".3920" = trunc i64 %".3908" to i16
  store volatile i16 %".3920", ptr %".3919", align 2
  %".3922" = load volatile i16, ptr %".3919", align 2
  %".3923" = zext i16 %".3922" to i64
  %"cursor.285" = and i64 %".3923", 16383
  br label %"ipv4_d1"
to_ipv6.28:
  %".3925" = getelementptr i8, ptr %"keys", i64 2
  %".3926" = trunc i64 %".3908" to i16
  store volatile i16 %".3926", ptr %".3925", align 2
  %".3928" = load volatile i16, ptr %".3925", align 2
  %".3929" = zext i16 %".3928" to i64
  %"cursor.286" = and i64 %".3929", 16383
  br label %"ipv6_d1"
to_vlan.10:
  %".3931" = trunc i64 %".3908" to i16
  %".3932" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3931", ptr %".3932", align 2
  br label %"return"
to_vlan.11:
  %".3935" = trunc i64 %".3908" to i16
  %".3936" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3935", ptr %".3936", align 2
  br label %"return"
to_mpls.38:
  %".3939" = getelementptr i8, ptr %"keys", i64 2
  %".3940" = trunc i64 %".3908" to i16
  store volatile i16 %".3940", ptr %".3939", align 2
  %".3942" = load volatile i16, ptr %".3939", align 2
  %".3943" = zext i16 %".3942" to i64
  %"cursor.287" = and i64 %".3943", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.39:
  %".3945" = getelementptr i8, ptr %"keys", i64 2
  %".3946" = trunc i64 %".3908" to i16
  store volatile i16 %".3946", ptr %".3945", align 2
  %".3948" = load volatile i16, ptr %".3945", align 2
  %".3949" = zext i16 %".3948" to i64
  %"cursor.288" = and i64 %".3949", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.5:
  %".3951" = getelementptr i8, ptr %"keys", i64 2
  %".3952" = trunc i64 %".3908" to i16
  store volatile i16 %".3952", ptr %".3951", align 2
  %".3954" = load volatile i16, ptr %".3951", align 2
  %".3955" = zext i16 %".3954" to i64
  %"cursor.289" = and i64 %".3955", 16383
  br label %"pppoe_d1"
exit.140:
  %".3960" = trunc i64 %"cursor.225" to i16
  %".3961" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3960", ptr %".3961", align 2
  br label %"return"
cont.140:
  %".3964" = add i64 %"cursor.225", 4
  %".3965" = getelementptr i8, ptr %"hdr.55", i64 2
  %".3966" = load i8, ptr %".3965", align 1
  %".3967" = zext i8 %".3966" to i64
  %".3968" = and i64 %".3967", 1
  switch i64 %".3968", label %"unknown.47" [i64 0, label %"to_mpls.40" i64 1, label %"to_ip_version.10"]
unknown.47:
  %".3970" = trunc i64 %".3964" to i16
  %".3971" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3970", ptr %".3971", align 2
  br label %"return"
to_mpls.40:
  %".3974" = getelementptr i8, ptr %"keys", i64 2
  %".3975" = trunc i64 %".3964" to i16
  store volatile i16 %".3975", ptr %".3974", align 2
  %".3977" = load volatile i16, ptr %".3974", align 2
  %".3978" = zext i16 %".3977" to i64
  %"cursor.291" = and i64 %".3978", 16383
  br label %"mpls_d1_mpls_labels4"
to_ip_version.10:
  %".3980" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3980", align 1
  %".3982" = and i32 %"flags", 4
  %".3983" = icmp ne i32 %".3982", 0
  br i1 %".3983", label %"exit.141", label %"cont.141"
mpls_d1_mpls_labels4:
  %"cursor.290" = phi  i64 [%"cursor.291", %"to_mpls.40"]
  %"hdr.59" = getelementptr i8, ptr %"data", i64 %"cursor.290"
  %".4324" = getelementptr i8, ptr %"hdr.59", i64 4
  %".4325" = icmp ugt ptr %".4324", %"data_end"
  br i1 %".4325", label %"exit.153", label %"cont.153"
exit.141:
  %".3985" = trunc i64 %".3964" to i16
  %".3986" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3985", ptr %".3986", align 2
  br label %"return"
cont.141:
  %".3989" = trunc i64 %".3964" to i16
  %".3990" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3989", ptr %".3990", align 2
  br label %"return"
exit.142:
  %".3996" = trunc i64 %"cursor.227" to i16
  %".3997" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3996", ptr %".3997", align 2
  br label %"return"
cont.142:
  %".4000" = getelementptr i8, ptr %"hdr.56", i64 0
  %".4001" = load i8, ptr %".4000", align 1
  %".4002" = zext i8 %".4001" to i64
  %".4003" = trunc i64 %".4002" to i8
  %".4004" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".4003", ptr %".4004", align 1
  %".4006" = add i64 %"cursor.227", 2
  %".4007" = getelementptr i8, ptr %"hdr.56", i64 1
  %".4008" = load i8, ptr %".4007", align 1
  %".4009" = zext i8 %".4008" to i64
  %".4010" = mul i64 %".4009", 8
  %".4011" = add i64 %".4010", 6
  %".4012" = add i64 %".4011", 2
  %".4013" = getelementptr i8, ptr %"hdr.56", i64 %".4012"
  %".4014" = icmp ugt ptr %".4013", %"data_end"
  br i1 %".4014", label %"exit.143", label %"cont.143"
exit.143:
  %".4016" = trunc i64 %"cursor.227" to i16
  %".4017" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4016", ptr %".4017", align 2
  br label %"return"
cont.143:
  %"end.17" = add i64 %"cursor.227", %".4012"
  %".4020" = zext i8 %".4001" to i64
  switch i64 %".4020", label %"unknown.48" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 132, label %"to_sctp.14" i64 33, label %"to_dccp.14" i64 50, label %"to_esp.14" i64 51, label %"to_ah.14" i64 58, label %"to_icmpv6.12" i64 137, label %"to_mpls.41" i64 4, label %"to_ipv4.31" i64 41, label %"to_ipv6.29"]
unknown.48:
  %".4022" = trunc i64 %"end.17" to i16
  %".4023" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4022", ptr %".4023", align 2
  br label %"return"
to_ipv6_opts.36:
  %".4026" = trunc i64 %"end.17" to i16
  %".4027" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4026", ptr %".4027", align 2
  br label %"return"
to_ipv6_opts.37:
  %".4030" = trunc i64 %"end.17" to i16
  %".4031" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4030", ptr %".4031", align 2
  br label %"return"
to_ipv6_opts.38:
  %".4034" = trunc i64 %"end.17" to i16
  %".4035" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4034", ptr %".4035", align 2
  br label %"return"
to_ipv6_frag.12:
  %".4038" = trunc i64 %"end.17" to i16
  %".4039" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4038", ptr %".4039", align 2
  br label %"return"
to_tcp.14:
  %".4042" = getelementptr i8, ptr %"keys", i64 2
  %".4043" = trunc i64 %"end.17" to i16
  store volatile i16 %".4043", ptr %".4042", align 2
  %".4045" = load volatile i16, ptr %".4042", align 2
  %".4046" = zext i16 %".4045" to i64
  %"cursor.292" = and i64 %".4046", 16383
  br label %"tcp"
to_udp.14:
  %".4048" = getelementptr i8, ptr %"keys", i64 2
  %".4049" = trunc i64 %"end.17" to i16
  store volatile i16 %".4049", ptr %".4048", align 2
  %".4051" = load volatile i16, ptr %".4048", align 2
  %".4052" = zext i16 %".4051" to i64
  %"cursor.293" = and i64 %".4052", 16383
  br label %"udp_d1"
to_udplite.14:
  %".4054" = getelementptr i8, ptr %"keys", i64 2
  %".4055" = trunc i64 %"end.17" to i16
  store volatile i16 %".4055", ptr %".4054", align 2
  %".4057" = load volatile i16, ptr %".4054", align 2
  %".4058" = zext i16 %".4057" to i64
  %"cursor.294" = and i64 %".4058", 16383
  br label %"udplite"
to_gre.14:
  %".4060" = getelementptr i8, ptr %"keys", i64 2
  %".4061" = trunc i64 %"end.17" to i16
  store volatile i16 %".4061", ptr %".4060", align 2
  %".4063" = load volatile i16, ptr %".4060", align 2
  %".4064" = zext i16 %".4063" to i64
  %"cursor.295" = and i64 %".4064", 16383
  br label %"gre_d1"
to_sctp.14:
  %".4066" = getelementptr i8, ptr %"keys", i64 2
  %".4067" = trunc i64 %"end.17" to i16
  store volatile i16 %".4067", ptr %".4066", align 2
  %".4069" = load volatile i16, ptr %".4066", align 2
  %".4070" = zext i16 %".4069" to i64
  %"cursor.296" = and i64 %".4070", 16383
  br label %"sctp"
to_dccp.14:
  %".4072" = getelementptr i8, ptr %"keys", i64 2
  %".4073" = trunc i64 %"end.17" to i16
  store volatile i16 %".4073", ptr %".4072", align 2
  %".4075" = load volatile i16, ptr %".4072", align 2
  %".4076" = zext i16 %".4075" to i64
  %"cursor.297" = and i64 %".4076", 16383
  br label %"dccp"
to_esp.14:
  %".4078" = getelementptr i8, ptr %"keys", i64 2
  %".4079" = trunc i64 %"end.17" to i16
  store volatile i16 %".4079", ptr %".4078", align 2
  %".4081" = load volatile i16, ptr %".4078", align 2
  %".4082" = zext i16 %".4081" to i64
  %"cursor.298" = and i64 %".4082", 16383
  br label %"esp"
to_ah.14:
  %".4084" = getelementptr i8, ptr %"keys", i64 2
  %".4085" = trunc i64 %"end.17" to i16
  store volatile i16 %".4085", ptr %".4084", align 2
  %".4087" = load volatile i16, ptr %".4084", align 2
  %".4088" = zext i16 %".4087" to i64
  %"cursor.299" = and i64 %".4088", 16383
  br label %"ah"
to_icmpv6.12:
  %".4090" = getelementptr i8, ptr %"keys", i64 2
  %".4091" = trunc i64 %"end.17" to i16
  store volatile i16 %".4091", ptr %".4090", align 2
  %".4093" = load volatile i16, ptr %".4090", align 2
  %".4094" = zext i16 %".4093" to i64
  %"cursor.300" = and i64 %".4094", 16383
  br label %"icmpv6"
to_mpls.41:
  %".4096" = trunc i64 34887 to i16
  %".4097" = call i16 @"llvm.bswap.i16"(i16 %".4096")
  %".4098" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".4097", ptr %".4098", align 2
  %".4100" = getelementptr i8, ptr %"keys", i64 2
  %".4101" = trunc i64 %"end.17" to i16
  store volatile i16 %".4101", ptr %".4100", align 2
  %".4103" = load volatile i16, ptr %".4100", align 2
  %".4104" = zext i16 %".4103" to i64
  %"cursor.301" = and i64 %".4104", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.31:
  %".4106" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4106", align 1
  %".4108" = and i32 %"flags", 4
  %".4109" = icmp ne i32 %".4108", 0
  br i1 %".4109", label %"exit.144", label %"cont.144"
to_ipv6.29:
  %".4119" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4119", align 1
  %".4121" = and i32 %"flags", 4
  %".4122" = icmp ne i32 %".4121", 0
  br i1 %".4122", label %"exit.145", label %"cont.145"
exit.144:
  %".4111" = trunc i64 %"end.17" to i16
  %".4112" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4111", ptr %".4112", align 2
  br label %"return"
cont.144:
  %".4115" = trunc i64 %"end.17" to i16
  %".4116" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4115", ptr %".4116", align 2
  br label %"return"
exit.145:
  %".4124" = trunc i64 %"end.17" to i16
  %".4125" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4124", ptr %".4125", align 2
  br label %"return"
cont.145:
  %".4128" = trunc i64 %"end.17" to i16
  %".4129" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4128", ptr %".4129", align 2
  br label %"return"
exit.146:
  %".4135" = trunc i64 %"cursor.231" to i16
  %".4136" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4135", ptr %".4136", align 2
  br label %"return"
cont.146:
  %".4139" = getelementptr i8, ptr %"hdr.57", i64 0
  %".4140" = load i8, ptr %".4139", align 1
  %".4141" = zext i8 %".4140" to i64
  %".4142" = trunc i64 %".4141" to i8
  %".4143" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".4142", ptr %".4143", align 1
  %".4145" = add i64 %"cursor.231", 8
  %".4146" = icmp ne i64 1, 0
  %".4147" = getelementptr i8, ptr %"hdr.57", i64 2
  %".4148" = load i16, ptr %".4147", align 2
  %".4149" = call i16 @"llvm.bswap.i16"(i16 %".4148")
  %".4150" = zext i16 %".4149" to i64
  %".4151" = and i64 %".4150", 65528
  %".4152" = icmp eq i64 %".4151", 0
  br i1 %".4146", label %"fragment.7", label %"not_fragment.7"
fragment.7:
  %".4154" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".4154", align 1
  br i1 %".4152", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".4172" = zext i8 %".4140" to i64
  switch i64 %".4172", label %"unknown.49" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 132, label %"to_sctp.15" i64 33, label %"to_dccp.15" i64 50, label %"to_esp.15" i64 51, label %"to_ah.15" i64 58, label %"to_icmpv6.13" i64 137, label %"to_mpls.42" i64 4, label %"to_ipv4.32" i64 41, label %"to_ipv6.30"]
first_fragment.7:
  %".4161" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".4161", align 1
  %".4163" = and i32 %"flags", 1
  %".4164" = icmp ne i32 %".4163", 0
  %".4165" = xor i1 %".4164", -1
  br i1 %".4165", label %"exit.147", label %"cont.147"
later_fragment.7:
  %".4157" = trunc i64 %".4145" to i16
  %".4158" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4157", ptr %".4158", align 2
  br label %"return"
exit.147:
  %".4167" = trunc i64 %".4145" to i16
  %".4168" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4167", ptr %".4168", align 2
  br label %"return"
cont.147:
  br label %"not_fragment.7"
unknown.49:
  %".4174" = trunc i64 %".4145" to i16
  %".4175" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4174", ptr %".4175", align 2
  br label %"return"
to_ipv6_opts.39:
  %".4178" = trunc i64 %".4145" to i16
  %".4179" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4178", ptr %".4179", align 2
  br label %"return"
to_ipv6_opts.40:
  %".4182" = trunc i64 %".4145" to i16
  %".4183" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4182", ptr %".4183", align 2
  br label %"return"
to_ipv6_opts.41:
  %".4186" = trunc i64 %".4145" to i16
  %".4187" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4186", ptr %".4187", align 2
  br label %"return"
to_ipv6_frag.13:
  %".4190" = trunc i64 %".4145" to i16
  %".4191" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4190", ptr %".4191", align 2
  br label %"return"
to_tcp.15:
  %".4194" = getelementptr i8, ptr %"keys", i64 2
  %".4195" = trunc i64 %".4145" to i16
  store volatile i16 %".4195", ptr %".4194", align 2
  %".4197" = load volatile i16, ptr %".4194", align 2
  %".4198" = zext i16 %".4197" to i64
  %"cursor.302" = and i64 %".4198", 16383
  br label %"tcp"
to_udp.15:
  %".4200" = getelementptr i8, ptr %"keys", i64 2
  %".4201" = trunc i64 %".4145" to i16
  store volatile i16 %".4201", ptr %".4200", align 2
  %".4203" = load volatile i16, ptr %".4200", align 2
  %".4204" = zext i16 %".4203" to i64
  %"cursor.303" = and i64 %".4204", 16383
  br label %"udp_d1"
to_udplite.15:
  %".4206" = getelementptr i8, ptr %"keys", i64 2
  %".4207" = trunc i64 %".4145" to i16
  store volatile i16 %".4207", ptr %".4206", align 2
  %".4209" = load volatile i16, ptr %".4206", align 2
  %".4210" = zext i16 %".4209" to i64
  %"cursor.304" = and i64 %".4210", 16383
  br label %"udplite"
to_gre.15:
  %".4212" = getelementptr i8, ptr %"keys", i64 2
  %".4213" = trunc i64 %".4145" to i16
  store volatile i16 %".4213", ptr %".4212", align 2
  %".4215" = load volatile i16, ptr %".4212", align 2
  %".4216" = zext i16 %".4215" to i64
  %"cursor.305" = and i64 %".4216", 16383
  br label %"gre_d1"
to_sctp.15:
  %".4218" = getelementptr i8, ptr %"keys", i64 2
  %".4219" = trunc i64 %".4145" to i16
  store volatile i16 %".4219", ptr %".4218", align 2
  %".4221" = load volatile i16, ptr %".4218", align 2
  %".4222" = zext i16 %".4221" to i64
  %"cursor.306" = and i64 %".4222", 16383
  br label %"sctp"
to_dccp.15:
  %".4224" = getelementptr i8, ptr %"keys", i64 2
  %".4225" = trunc i64 %".4145" to i16
  store volatile i16 %".4225", ptr %".4224", align 2
  %".4227" = load volatile i16, ptr %".4224", align 2
  %".4228" = zext i16 %".4227" to i64
  %"cursor.307" = and i64 %".4228", 16383
  br label %"dccp"
to_esp.15:
  %".4230" = getelementptr i8, ptr %"keys", i64 2
  %".4231" = trunc i64 %".4145" to i16
  store volatile i16 %".4231", ptr %".4230", align 2
  %".4233" = load volatile i16, ptr %".4230", align 2
  %".4234" = zext i16 %".4233" to i64
  %"cursor.308" = and i64 %".4234", 16383
  br label %"esp"
to_ah.15:
  %".4236" = getelementptr i8, ptr %"keys", i64 2
  %".4237" = trunc i64 %".4145" to i16
  store volatile i16 %".4237", ptr %".4236", align 2
  %".4239" = load volatile i16, ptr %".4236", align 2
  %".4240" = zext i16 %".4239" to i64
  %"cursor.309" = and i64 %".4240", 16383
  br label %"ah"
to_icmpv6.13:
  %".4242" = getelementptr i8, ptr %"keys", i64 2
  %".4243" = trunc i64 %".4145" to i16
  store volatile i16 %".4243", ptr %".4242", align 2
  %".4245" = load volatile i16, ptr %".4242", align 2
  %".4246" = zext i16 %".4245" to i64
  %"cursor.310" = and i64 %".4246", 16383
  br label %"icmpv6"
to_mpls.42:
  %".4248" = trunc i64 34887 to i16
  %".4249" = call i16 @"llvm.bswap.i16"(i16 %".4248")
  %".4250" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".4249", ptr %".4250", align 2
  %".4252" = getelementptr i8, ptr %"keys", i64 2
  %".4253" = trunc i64 %".4145" to i16
  store volatile i16 %".4253", ptr %".4252", align 2
  %".4255" = load volatile i16, ptr %".4252", align 2
  %".4256" = zext i16 %".4255" to i64
  %"cursor.311" = and i64 %".4256", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.32:
  %".4258" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4258", align 1
  %".4260" = and i32 %"flags", 4
  %".4261" = icmp ne i32 %".4260", 0
  br i1 %".4261", label %"exit.148", label %"cont.148"
to_ipv6.30:
  %".4271" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4271", align 1
  %".4273" = and i32 %"flags", 4
  %".4274" = icmp ne i32 %".4273", 0
  br i1 %".4274", label %"exit.149", label %"cont.149"
exit.148:
  %".4263" = trunc i64 %".4145" to i16
  %".4264" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4263", ptr %".4264", align 2
  br label %"return"
cont.148:
  %".4267" = trunc i64 %".4145" to i16
  %".4268" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4267", ptr %".4268", align 2
  br label %"return"
exit.149:
  %".4276" = trunc i64 %".4145" to i16
  %".4277" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4276", ptr %".4277", align 2
  br label %"return"
cont.149:
  %".4280" = trunc i64 %".4145" to i16
  %".4281" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4280", ptr %".4281", align 2
  br label %"return"
exit.150:
  %".4287" = trunc i64 %"cursor.283" to i16
  %".4288" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4287", ptr %".4288", align 2
  br label %"return"
cont.150:
  %".4291" = getelementptr i8, ptr %"hdr.58", i64 0
  %".4292" = load i8, ptr %".4291", align 1
  %".4293" = zext i8 %".4292" to i64
  %".4294" = icmp uge i64 %".4293", 1
  %".4295" = xor i1 %".4294", -1
  br i1 %".4295", label %"exit.151", label %"cont.151"
exit.151:
  %".4297" = trunc i64 %"cursor.283" to i16
  %".4298" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4297", ptr %".4298", align 2
  br label %"return"
cont.151:
  %".4301" = add i64 %"cursor.283", 1
  %".4302" = zext i8 %".4292" to i64
  %".4303" = mul i64 %".4302", 4
  %".4304" = sub i64 %".4303", 2
  %".4305" = add i64 %".4304", 1
  %".4306" = getelementptr i8, ptr %"hdr.58", i64 %".4305"
  %".4307" = icmp ugt ptr %".4306", %"data_end"
  br i1 %".4307", label %"exit.152", label %"cont.152"
exit.152:
  %".4309" = trunc i64 %"cursor.283" to i16
  %".4310" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4309", ptr %".4310", align 2
  br label %"return"
cont.152:
  %"end.18" = add i64 %"cursor.283", %".4305"
  switch i64 0, label %"unknown.50" [i64 0, label %"to_gtpu_next.1"]
unknown.50:
  %".4314" = trunc i64 %"end.18" to i16
  %".4315" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4314", ptr %".4315", align 2
  br label %"return"
to_gtpu_next.1:
  %".4318" = getelementptr i8, ptr %"keys", i64 2
  %".4319" = trunc i64 %"end.18" to i16
  store volatile i16 %".4319", ptr %".4318", align 2
  %".4321" = load volatile i16, ptr %".4318", align 2
  %".4322" = zext i16 %".4321" to i64
  %"cursor.313" = and i64 %".4322", 16383
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.312" = phi  i64 [%"cursor.313", %"to_gtpu_next.1"]
  %"hdr.60" = getelementptr i8, ptr %"data", i64 %"cursor.312"
  %".4358" = getelementptr i8, ptr %"hdr.60", i64 1
  %".4359" = icmp ugt ptr %".4358", %"data_end"
  br i1 %".4359", label %"exit.155", label %"cont.155"
exit.153:
  %".4327" = trunc i64 %"cursor.290" to i16
  %".4328" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4327", ptr %".4328", align 2
  br label %"return"
cont.153:
  %".4331" = add i64 %"cursor.290", 4
  %".4332" = getelementptr i8, ptr %"hdr.59", i64 2
  %".4333" = load i8, ptr %".4332", align 1
  %".4334" = zext i8 %".4333" to i64
  %".4335" = and i64 %".4334", 1
  switch i64 %".4335", label %"unknown.51" [i64 0, label %"to_mpls.43" i64 1, label %"to_ip_version.11"]
unknown.51:
  %".4337" = trunc i64 %".4331" to i16
  %".4338" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4337", ptr %".4338", align 2
  br label %"return"
to_mpls.43:
  %".4341" = trunc i64 %".4331" to i16
  %".4342" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4341", ptr %".4342", align 2
  br label %"return"
to_ip_version.11:
  %".4345" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4345", align 1
  %".4347" = and i32 %"flags", 4
  %".4348" = icmp ne i32 %".4347", 0
  br i1 %".4348", label %"exit.154", label %"cont.154"
exit.154:
  %".4350" = trunc i64 %".4331" to i16
  %".4351" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4350", ptr %".4351", align 2
  br label %"return"
cont.154:
  %".4354" = trunc i64 %".4331" to i16
  %".4355" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4354", ptr %".4355", align 2
  br label %"return"
exit.155:
  %".4361" = trunc i64 %"cursor.312" to i16
  %".4362" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4361", ptr %".4362", align 2
  br label %"return"
cont.155:
  %".4365" = add i64 %"cursor.312", 1
  %".4366" = getelementptr i8, ptr %"hdr.60", i64 0
  %".4367" = load i8, ptr %".4366", align 1
  %".4368" = zext i8 %".4367" to i64
  %".4369" = icmp uge i64 %".4368", 1
  %".4370" = icmp ule i64 %".4368", 255
  %".4371" = and i1 %".4369", %".4370"
  br i1 %".4371", label %"to_gtpu_ext.1", label %"select.5"
unknown.52:
  %".4374" = trunc i64 %".4365" to i16
  %".4375" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4374", ptr %".4375", align 2
  br label %"return"
to_ip_version.12:
  %".4378" = getelementptr i8, ptr %"keys", i64 2
  %".4379" = trunc i64 %".4365" to i16
  store volatile i16 %".4379", ptr %".4378", align 2
  %".4381" = load volatile i16, ptr %".4378", align 2
  %".4382" = zext i16 %".4381" to i64
  %"cursor.314" = and i64 %".4382", 16383
  br label %"ip_version_d1"
to_gtpu_ext.1:
  %".4384" = getelementptr i8, ptr %"keys", i64 2
  %".4385" = trunc i64 %".4365" to i16
  store volatile i16 %".4385", ptr %".4384", align 2
  %".4387" = load volatile i16, ptr %".4384", align 2
  %".4388" = zext i16 %".4387" to i64
  %"cursor.316" = and i64 %".4388", 16383
  br label %"gtpu_ext_d1_gtpu_ext2"
select.5:
  switch i64 %".4368", label %"unknown.52" [i64 0, label %"to_ip_version.12"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.315" = phi  i64 [%"cursor.316", %"to_gtpu_ext.1"]
  %"hdr.61" = getelementptr i8, ptr %"data", i64 %"cursor.315"
  %".4390" = getelementptr i8, ptr %"hdr.61", i64 1
  %".4391" = icmp ugt ptr %".4390", %"data_end"
  br i1 %".4391", label %"exit.156", label %"cont.156"
exit.156:
  %".4393" = trunc i64 %"cursor.315" to i16
  %".4394" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4393", ptr %".4394", align 2
  br label %"return"
cont.156:
  %".4397" = getelementptr i8, ptr %"hdr.61", i64 0
  %".4398" = load i8, ptr %".4397", align 1
  %".4399" = zext i8 %".4398" to i64
  %".4400" = icmp uge i64 %".4399", 1
  %".4401" = xor i1 %".4400", -1
  br i1 %".4401", label %"exit.157", label %"cont.157"
exit.157:
  %".4403" = trunc i64 %"cursor.315" to i16
  %".4404" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4403", ptr %".4404", align 2
  br label %"return"
cont.157:
  %".4407" = add i64 %"cursor.315", 1
  %".4408" = zext i8 %".4398" to i64
  %".4409" = mul i64 %".4408", 4
  %".4410" = sub i64 %".4409", 2
  %".4411" = add i64 %".4410", 1
  %".4412" = getelementptr i8, ptr %"hdr.61", i64 %".4411"
  %".4413" = icmp ugt ptr %".4412", %"data_end"
  br i1 %".4413", label %"exit.158", label %"cont.158"
exit.158:
  %".4415" = trunc i64 %"cursor.315" to i16
  %".4416" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4415", ptr %".4416", align 2
  br label %"return"
cont.158:
  %"end.19" = add i64 %"cursor.315", %".4411"
  switch i64 0, label %"unknown.53" [i64 0, label %"to_gtpu_next.2"]
unknown.53:
  %".4420" = trunc i64 %"end.19" to i16
  %".4421" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4420", ptr %".4421", align 2
  br label %"return"
to_gtpu_next.2:
  %".4424" = getelementptr i8, ptr %"keys", i64 2
  %".4425" = trunc i64 %"end.19" to i16
  store volatile i16 %".4425", ptr %".4424", align 2
  %".4427" = load volatile i16, ptr %".4424", align 2
  %".4428" = zext i16 %".4427" to i64
  %"cursor.318" = and i64 %".4428", 16383
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.317" = phi  i64 [%"cursor.318", %"to_gtpu_next.2"]
  %"hdr.62" = getelementptr i8, ptr %"data", i64 %"cursor.317"
  %".4430" = getelementptr i8, ptr %"hdr.62", i64 1
  %".4431" = icmp ugt ptr %".4430", %"data_end"
  br i1 %".4431", label %"exit.159", label %"cont.159"
exit.159:
  %".4433" = trunc i64 %"cursor.317" to i16
  %".4434" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4433", ptr %".4434", align 2
  br label %"return"
cont.159:
  %".4437" = add i64 %"cursor.317", 1
  %".4438" = getelementptr i8, ptr %"hdr.62", i64 0
  %".4439" = load i8, ptr %".4438", align 1
  %".4440" = zext i8 %".4439" to i64
  %".4441" = icmp uge i64 %".4440", 1
  %".4442" = icmp ule i64 %".4440", 255
  %".4443" = and i1 %".4441", %".4442"
  br i1 %".4443", label %"to_gtpu_ext.2", label %"select.6"
unknown.54:
  %".4446" = trunc i64 %".4437" to i16
  %".4447" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4446", ptr %".4447", align 2
  br label %"return"
to_ip_version.13:
  %".4450" = getelementptr i8, ptr %"keys", i64 2
  %".4451" = trunc i64 %".4437" to i16
  store volatile i16 %".4451", ptr %".4450", align 2
  %".4453" = load volatile i16, ptr %".4450", align 2
  %".4454" = zext i16 %".4453" to i64
  %"cursor.319" = and i64 %".4454", 16383
  br label %"ip_version_d1"
to_gtpu_ext.2:
  %".4456" = trunc i64 %".4437" to i16
  %".4457" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4456", ptr %".4457", align 2
  br label %"return"
select.6:
  switch i64 %".4440", label %"unknown.54" [i64 0, label %"to_ip_version.13"]
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
