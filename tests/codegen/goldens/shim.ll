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
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%".303", %"to_ipv4.3"], [%"cursor.33", %"to_ipv4.4"], [%"cursor.106", %"to_ipv4.10"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".34" = getelementptr i8, ptr %"hdr.1", i64 20
  %".35" = icmp ugt ptr %".34", %"data_end"
  br i1 %".35", label %"exit.1", label %"cont.1"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%".303", %"to_ipv6.3"], [%"cursor.34", %"to_ipv6.4"], [%"cursor.107", %"to_ipv6.10"]
  %"hdr.2" = getelementptr i8, ptr %"data", i64 %"cursor.2"
  %".168" = getelementptr i8, ptr %"hdr.2", i64 40
  %".169" = icmp ugt ptr %".168", %"data_end"
  br i1 %".169", label %"exit.7", label %"cont.7"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"to_vlan"], [%".21", %"to_vlan.1"]
  %"hdr.3" = getelementptr i8, ptr %"data", i64 %"cursor.3"
  %".288" = getelementptr i8, ptr %"hdr.3", i64 4
  %".289" = icmp ugt ptr %".288", %"data_end"
  br i1 %".289", label %"exit.11", label %"cont.11"
mpls_d0_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"to_mpls"], [%".21", %"to_mpls.1"], [%"cursor.15", %"to_mpls.2"], [%"cursor.24", %"to_mpls.3"], [%"cursor.28", %"to_mpls.4"], [%"cursor.29", %"to_mpls.5"], [%"cursor.35", %"to_mpls.7"], [%"cursor.36", %"to_mpls.8"], [%"cursor.88", %"to_mpls.13"], [%"cursor.103", %"to_mpls.14"], [%"cursor.108", %"to_mpls.15"], [%"cursor.109", %"to_mpls.16"], [%"cursor.190", %"to_mpls.25"], [%"cursor.205", %"to_mpls.26"], [%"cursor.266", %"to_mpls.35"], [%"cursor.278", %"to_mpls.36"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.4"
  %".331" = getelementptr i8, ptr %"hdr.4", i64 4
  %".332" = icmp ugt ptr %".331", %"data_end"
  br i1 %".332", label %"exit.12", label %"cont.12"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"to_pppoe"], [%".303", %"to_pppoe.1"], [%"cursor.110", %"to_pppoe.2"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".364" = getelementptr i8, ptr %"hdr.5", i64 8
  %".365" = icmp ugt ptr %".364", %"data_end"
  br i1 %".365", label %"exit.14", label %"cont.14"
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
  %".130" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".130", align 2
  %".132" = getelementptr i8, ptr %"keys", i64 2
  %".133" = trunc i64 %"end" to i16
  store volatile i16 %".133", ptr %".132", align 2
  %".135" = load volatile i16, ptr %".132", align 2
  %".136" = zext i16 %".135" to i64
  %"cursor.15" = and i64 %".136", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.1:
  %".138" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".138", align 1
  %".140" = and i32 %"flags", 4
  %".141" = icmp ne i32 %".140", 0
  br i1 %".141", label %"exit.5", label %"cont.5"
to_ipv6.1:
  %".153" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".153", align 1
  %".155" = and i32 %"flags", 4
  %".156" = icmp ne i32 %".155", 0
  br i1 %".156", label %"exit.6", label %"cont.6"
tcp:
  %"cursor.6" = phi  i64 [%"end", %"to_tcp"], [%".213", %"to_tcp.1"], [%"cursor.50", %"to_tcp.2"], [%"cursor.67", %"to_tcp.3"], [%"cursor.79", %"to_tcp.4"], [%"cursor.94", %"to_tcp.5"], [%"cursor.154", %"to_tcp.6"], [%"cursor.168", %"to_tcp.7"], [%"cursor.181", %"to_tcp.8"], [%"cursor.196", %"to_tcp.9"], [%"cursor.233", %"to_tcp.10"], [%"cursor.247", %"to_tcp.11"], [%"cursor.257", %"to_tcp.12"], [%"cursor.269", %"to_tcp.13"], [%"cursor.292", %"to_tcp.14"], [%"cursor.302", %"to_tcp.15"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.6"
  %".433" = getelementptr i8, ptr %"hdr.6", i64 4
  %".434" = icmp ugt ptr %".433", %"data_end"
  br i1 %".434", label %"exit.16", label %"cont.16"
udp_d0:
  %"cursor.7" = phi  i64 [%"end", %"to_udp"], [%".213", %"to_udp.1"], [%"cursor.80", %"to_udp.4"], [%"cursor.95", %"to_udp.5"], [%"cursor.182", %"to_udp.8"], [%"cursor.197", %"to_udp.9"], [%"cursor.258", %"to_udp.12"], [%"cursor.270", %"to_udp.13"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".462" = getelementptr i8, ptr %"hdr.7", i64 4
  %".463" = icmp ugt ptr %".462", %"data_end"
  br i1 %".463", label %"exit.17", label %"cont.17"
udplite:
  %"cursor.8" = phi  i64 [%"end", %"to_udplite"], [%".213", %"to_udplite.1"], [%"cursor.53", %"to_udplite.2"], [%"cursor.69", %"to_udplite.3"], [%"cursor.81", %"to_udplite.4"], [%"cursor.96", %"to_udplite.5"], [%"cursor.156", %"to_udplite.6"], [%"cursor.170", %"to_udplite.7"], [%"cursor.183", %"to_udplite.8"], [%"cursor.198", %"to_udplite.9"], [%"cursor.235", %"to_udplite.10"], [%"cursor.249", %"to_udplite.11"], [%"cursor.259", %"to_udplite.12"], [%"cursor.271", %"to_udplite.13"], [%"cursor.294", %"to_udplite.14"], [%"cursor.304", %"to_udplite.15"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".506" = getelementptr i8, ptr %"hdr.8", i64 4
  %".507" = icmp ugt ptr %".506", %"data_end"
  br i1 %".507", label %"exit.19", label %"cont.19"
gre_d0:
  %"cursor.9" = phi  i64 [%"end", %"to_gre"], [%".213", %"to_gre.1"], [%"cursor.82", %"to_gre.4"], [%"cursor.97", %"to_gre.5"], [%"cursor.184", %"to_gre.8"], [%"cursor.199", %"to_gre.9"], [%"cursor.260", %"to_gre.12"], [%"cursor.272", %"to_gre.13"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".542" = getelementptr i8, ptr %"hdr.9", i64 4
  %".543" = icmp ugt ptr %".542", %"data_end"
  br i1 %".543", label %"exit.21", label %"cont.21"
sctp:
  %"cursor.10" = phi  i64 [%"end", %"to_sctp"], [%".213", %"to_sctp.1"], [%"cursor.56", %"to_sctp.2"], [%"cursor.71", %"to_sctp.3"], [%"cursor.83", %"to_sctp.4"], [%"cursor.98", %"to_sctp.5"], [%"cursor.158", %"to_sctp.6"], [%"cursor.172", %"to_sctp.7"], [%"cursor.185", %"to_sctp.8"], [%"cursor.200", %"to_sctp.9"], [%"cursor.237", %"to_sctp.10"], [%"cursor.251", %"to_sctp.11"], [%"cursor.261", %"to_sctp.12"], [%"cursor.273", %"to_sctp.13"], [%"cursor.296", %"to_sctp.14"], [%"cursor.306", %"to_sctp.15"]
  %"hdr.10" = getelementptr i8, ptr %"data", i64 %"cursor.10"
  %".641" = getelementptr i8, ptr %"hdr.10", i64 4
  %".642" = icmp ugt ptr %".641", %"data_end"
  br i1 %".642", label %"exit.25", label %"cont.25"
dccp:
  %"cursor.11" = phi  i64 [%"end", %"to_dccp"], [%".213", %"to_dccp.1"], [%"cursor.57", %"to_dccp.2"], [%"cursor.72", %"to_dccp.3"], [%"cursor.84", %"to_dccp.4"], [%"cursor.99", %"to_dccp.5"], [%"cursor.159", %"to_dccp.6"], [%"cursor.173", %"to_dccp.7"], [%"cursor.186", %"to_dccp.8"], [%"cursor.201", %"to_dccp.9"], [%"cursor.238", %"to_dccp.10"], [%"cursor.252", %"to_dccp.11"], [%"cursor.262", %"to_dccp.12"], [%"cursor.274", %"to_dccp.13"], [%"cursor.297", %"to_dccp.14"], [%"cursor.307", %"to_dccp.15"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".669" = getelementptr i8, ptr %"hdr.11", i64 4
  %".670" = icmp ugt ptr %".669", %"data_end"
  br i1 %".670", label %"exit.26", label %"cont.26"
esp:
  %"cursor.12" = phi  i64 [%"end", %"to_esp"], [%".213", %"to_esp.1"], [%"cursor.58", %"to_esp.2"], [%"cursor.73", %"to_esp.3"], [%"cursor.85", %"to_esp.4"], [%"cursor.100", %"to_esp.5"], [%"cursor.160", %"to_esp.6"], [%"cursor.174", %"to_esp.7"], [%"cursor.187", %"to_esp.8"], [%"cursor.202", %"to_esp.9"], [%"cursor.239", %"to_esp.10"], [%"cursor.253", %"to_esp.11"], [%"cursor.263", %"to_esp.12"], [%"cursor.275", %"to_esp.13"], [%"cursor.298", %"to_esp.14"], [%"cursor.308", %"to_esp.15"]
  %"hdr.12" = getelementptr i8, ptr %"data", i64 %"cursor.12"
  %".697" = getelementptr i8, ptr %"hdr.12", i64 4
  %".698" = icmp ugt ptr %".697", %"data_end"
  br i1 %".698", label %"exit.27", label %"cont.27"
ah:
  %"cursor.13" = phi  i64 [%"end", %"to_ah"], [%".213", %"to_ah.1"], [%"cursor.59", %"to_ah.2"], [%"cursor.74", %"to_ah.3"], [%"cursor.86", %"to_ah.4"], [%"cursor.101", %"to_ah.5"], [%"cursor.161", %"to_ah.6"], [%"cursor.175", %"to_ah.7"], [%"cursor.188", %"to_ah.8"], [%"cursor.203", %"to_ah.9"], [%"cursor.240", %"to_ah.10"], [%"cursor.254", %"to_ah.11"], [%"cursor.264", %"to_ah.12"], [%"cursor.276", %"to_ah.13"], [%"cursor.299", %"to_ah.14"], [%"cursor.309", %"to_ah.15"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.13"
  %".725" = getelementptr i8, ptr %"hdr.13", i64 8
  %".726" = icmp ugt ptr %".725", %"data_end"
  br i1 %".726", label %"exit.28", label %"cont.28"
icmp:
  %"cursor.14" = phi  i64 [%"end", %"to_icmp"], [%"end.4", %"to_icmp.1"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.14"
  %".753" = getelementptr i8, ptr %"hdr.14", i64 4
  %".754" = icmp ugt ptr %".753", %"data_end"
  br i1 %".754", label %"exit.29", label %"cont.29"
exit.5:
  %".143" = trunc i64 %"end" to i16
  %".144" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".143", ptr %".144", align 2
  br label %"return"
cont.5:
  %".147" = getelementptr i8, ptr %"keys", i64 2
  %".148" = trunc i64 %"end" to i16
  store volatile i16 %".148", ptr %".147", align 2
  %".150" = load volatile i16, ptr %".147", align 2
  %".151" = zext i16 %".150" to i64
  %"cursor.17" = and i64 %".151", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.16" = phi  i64 [%"cursor.17", %"cont.5"], [%"cursor.25", %"cont.9"], [%"cursor.43", %"to_ipv4.5"], [%"cursor.89", %"cont.42"], [%"cursor.104", %"cont.46"], [%"cursor.113", %"to_ipv4.11"], [%"cursor.117", %"to_ipv4.12"], [%"cursor.119", %"to_ipv4.13"], [%"cursor.126", %"to_ipv4.14"], [%"cursor.127", %"to_ipv4.15"], [%"cursor.191", %"cont.90"], [%"cursor.206", %"cont.94"], [%"cursor.213", %"to_ipv4.21"], [%"cursor.221", %"to_ipv4.22"], [%"cursor.267", %"cont.130"], [%"cursor.279", %"cont.134"], [%"cursor.285", %"to_ipv4.30"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.16"
  %".765" = getelementptr i8, ptr %"hdr.15", i64 20
  %".766" = icmp ugt ptr %".765", %"data_end"
  br i1 %".766", label %"exit.30", label %"cont.30"
exit.6:
  %".158" = trunc i64 %"end" to i16
  %".159" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".158", ptr %".159", align 2
  br label %"return"
cont.6:
  %".162" = getelementptr i8, ptr %"keys", i64 2
  %".163" = trunc i64 %"end" to i16
  store volatile i16 %".163", ptr %".162", align 2
  %".165" = load volatile i16, ptr %".162", align 2
  %".166" = zext i16 %".165" to i64
  %"cursor.19" = and i64 %".166", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.18" = phi  i64 [%"cursor.19", %"cont.6"], [%"cursor.26", %"cont.10"], [%"cursor.44", %"to_ipv6.5"], [%"cursor.90", %"cont.43"], [%"cursor.105", %"cont.47"], [%"cursor.114", %"to_ipv6.11"], [%"cursor.118", %"to_ipv6.12"], [%"cursor.120", %"to_ipv6.13"], [%"cursor.128", %"to_ipv6.14"], [%"cursor.192", %"cont.91"], [%"cursor.207", %"cont.95"], [%"cursor.214", %"to_ipv6.20"], [%"cursor.222", %"to_ipv6.21"], [%"cursor.268", %"cont.131"], [%"cursor.280", %"cont.135"], [%"cursor.286", %"to_ipv6.28"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.18"
  %".935" = getelementptr i8, ptr %"hdr.16", i64 40
  %".936" = icmp ugt ptr %".935", %"data_end"
  br i1 %".936", label %"exit.36", label %"cont.36"
exit.7:
  %".171" = trunc i64 %"cursor.2" to i16
  %".172" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".171", ptr %".172", align 2
  br label %"return"
cont.7:
  %".175" = trunc i64 34525 to i16
  %".176" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".175", ptr %".176", align 2
  %".178" = trunc i64 34525 to i16
  %".179" = call i16 @"llvm.bswap.i16"(i16 %".178")
  %".180" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".179", ptr %".180", align 2
  %".182" = getelementptr i8, ptr %"hdr.2", i64 8
  %".183" = load i64, ptr %".182", align 8
  %".184" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".183", ptr %".184", align 8
  %".186" = getelementptr i8, ptr %"hdr.2", i64 16
  %".187" = load i64, ptr %".186", align 8
  %".188" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".187", ptr %".188", align 8
  %".190" = getelementptr i8, ptr %"hdr.2", i64 24
  %".191" = load i64, ptr %".190", align 8
  %".192" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".191", ptr %".192", align 8
  %".194" = getelementptr i8, ptr %"hdr.2", i64 32
  %".195" = load i64, ptr %".194", align 8
  %".196" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".195", ptr %".196", align 8
  %".198" = getelementptr i8, ptr %"hdr.2", i64 6
  %".199" = load i8, ptr %".198", align 1
  %".200" = zext i8 %".199" to i64
  %".201" = trunc i64 %".200" to i8
  %".202" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".201", ptr %".202", align 1
  %".204" = getelementptr i8, ptr %"hdr.2", i64 0
  %".205" = load i32, ptr %".204", align 4
  %".206" = call i32 @"llvm.bswap.i32"(i32 %".205")
  %".207" = zext i32 %".206" to i64
  %".208" = and i64 %".207", 1048575
  %".209" = trunc i64 %".208" to i32
  %".210" = call i32 @"llvm.bswap.i32"(i32 %".209")
  %".211" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".210", ptr %".211", align 4
  %".213" = add i64 %"cursor.2", 40
  %".214" = call i32 @"llvm.bswap.i32"(i32 %".205")
  %".215" = zext i32 %".214" to i64
  %".216" = and i64 %".215", 1048575
  %".217" = icmp ne i64 %".216", 0
  %".218" = and i32 %"flags", 2
  %".219" = icmp ne i32 %".218", 0
  %".220" = and i1 %".217", %".219"
  br i1 %".220", label %"exit.8", label %"cont.8"
exit.8:
  %".222" = trunc i64 %".213" to i16
  %".223" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".222", ptr %".223", align 2
  br label %"return"
cont.8:
  %".226" = zext i8 %".199" to i64
  switch i64 %".226", label %"unknown.2" [i64 0, label %"to_ipv6_opts" i64 43, label %"to_ipv6_opts.1" i64 60, label %"to_ipv6_opts.2" i64 44, label %"to_ipv6_frag" i64 6, label %"to_tcp.1" i64 17, label %"to_udp.1" i64 136, label %"to_udplite.1" i64 47, label %"to_gre.1" i64 132, label %"to_sctp.1" i64 33, label %"to_dccp.1" i64 50, label %"to_esp.1" i64 51, label %"to_ah.1" i64 58, label %"to_icmpv6" i64 137, label %"to_mpls.3" i64 4, label %"to_ipv4.2" i64 41, label %"to_ipv6.2"]
unknown.2:
  %".228" = trunc i64 %".213" to i16
  %".229" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".228", ptr %".229", align 2
  br label %"return"
to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.2:
  %".234" = getelementptr i8, ptr %"keys", i64 2
  %".235" = trunc i64 %".213" to i16
  store volatile i16 %".235", ptr %".234", align 2
  %".237" = load volatile i16, ptr %".234", align 2
  %".238" = zext i16 %".237" to i64
  %"cursor.21" = and i64 %".238", 16383
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
  %".250" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".250", align 2
  %".252" = getelementptr i8, ptr %"keys", i64 2
  %".253" = trunc i64 %".213" to i16
  store volatile i16 %".253", ptr %".252", align 2
  %".255" = load volatile i16, ptr %".252", align 2
  %".256" = zext i16 %".255" to i64
  %"cursor.24" = and i64 %".256", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.2:
  %".258" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".258", align 1
  %".260" = and i32 %"flags", 4
  %".261" = icmp ne i32 %".260", 0
  br i1 %".261", label %"exit.9", label %"cont.9"
to_ipv6.2:
  %".273" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".273", align 1
  %".275" = and i32 %"flags", 4
  %".276" = icmp ne i32 %".275", 0
  br i1 %".276", label %"exit.10", label %"cont.10"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.20" = phi  i64 [%".213", %"to_ipv6_opts"], [%".213", %"to_ipv6_opts.1"], [%"cursor.21", %"to_ipv6_opts.2"]
  %"hdr.17" = getelementptr i8, ptr %"data", i64 %"cursor.20"
  %".1106" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1107" = icmp ugt ptr %".1106", %"data_end"
  br i1 %".1107", label %"exit.40", label %"cont.40"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.22" = phi  i64 [%".213", %"to_ipv6_frag"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.22"
  %".1240" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1241" = icmp ugt ptr %".1240", %"data_end"
  br i1 %".1241", label %"exit.44", label %"cont.44"
icmpv6:
  %"cursor.23" = phi  i64 [%".213", %"to_icmpv6"], [%".980", %"to_icmpv6.1"], [%"cursor.87", %"to_icmpv6.2"], [%"cursor.102", %"to_icmpv6.3"], [%"cursor.162", %"to_icmpv6.4"], [%"cursor.176", %"to_icmpv6.5"], [%"cursor.189", %"to_icmpv6.6"], [%"cursor.204", %"to_icmpv6.7"], [%"cursor.241", %"to_icmpv6.8"], [%"cursor.255", %"to_icmpv6.9"], [%"cursor.265", %"to_icmpv6.10"], [%"cursor.277", %"to_icmpv6.11"], [%"cursor.300", %"to_icmpv6.12"], [%"cursor.310", %"to_icmpv6.13"]
  %"hdr.19" = getelementptr i8, ptr %"data", i64 %"cursor.23"
  %".1397" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1398" = icmp ugt ptr %".1397", %"data_end"
  br i1 %".1398", label %"exit.48", label %"cont.48"
exit.9:
  %".263" = trunc i64 %".213" to i16
  %".264" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".263", ptr %".264", align 2
  br label %"return"
cont.9:
  %".267" = getelementptr i8, ptr %"keys", i64 2
  %".268" = trunc i64 %".213" to i16
  store volatile i16 %".268", ptr %".267", align 2
  %".270" = load volatile i16, ptr %".267", align 2
  %".271" = zext i16 %".270" to i64
  %"cursor.25" = and i64 %".271", 16383
  br label %"ipv4_d1"
exit.10:
  %".278" = trunc i64 %".213" to i16
  %".279" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".278", ptr %".279", align 2
  br label %"return"
cont.10:
  %".282" = getelementptr i8, ptr %"keys", i64 2
  %".283" = trunc i64 %".213" to i16
  store volatile i16 %".283", ptr %".282", align 2
  %".285" = load volatile i16, ptr %".282", align 2
  %".286" = zext i16 %".285" to i64
  %"cursor.26" = and i64 %".286", 16383
  br label %"ipv6_d1"
exit.11:
  %".291" = trunc i64 %"cursor.3" to i16
  %".292" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".291", ptr %".292", align 2
  br label %"return"
cont.11:
  %".295" = getelementptr i8, ptr %"hdr.3", i64 2
  %".296" = load i16, ptr %".295", align 2
  %".297" = call i16 @"llvm.bswap.i16"(i16 %".296")
  %".298" = zext i16 %".297" to i64
  %".299" = trunc i64 %".298" to i16
  %".300" = call i16 @"llvm.bswap.i16"(i16 %".299")
  %".301" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".300", ptr %".301", align 2
  %".303" = add i64 %"cursor.3", 4
  %".304" = trunc i64 %".303" to i16
  %".305" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".304", ptr %".305", align 2
  %".307" = call i16 @"llvm.bswap.i16"(i16 %".296")
  %".308" = zext i16 %".307" to i64
  switch i64 %".308", label %"unknown.3" [i64 2048, label %"to_ipv4.3" i64 34525, label %"to_ipv6.3" i64 33024, label %"to_vlan.2" i64 34984, label %"to_vlan.3" i64 34887, label %"to_mpls.4" i64 34888, label %"to_mpls.5" i64 34916, label %"to_pppoe.1"]
unknown.3:
  %".310" = trunc i64 %".303" to i16
  %".311" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".310", ptr %".311", align 2
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
  %".318" = getelementptr i8, ptr %"keys", i64 2
  %".319" = trunc i64 %".303" to i16
  store volatile i16 %".319", ptr %".318", align 2
  %".321" = load volatile i16, ptr %".318", align 2
  %".322" = zext i16 %".321" to i64
  %"cursor.28" = and i64 %".322", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.5:
  %".324" = getelementptr i8, ptr %"keys", i64 2
  %".325" = trunc i64 %".303" to i16
  store volatile i16 %".325", ptr %".324", align 2
  %".327" = load volatile i16, ptr %".324", align 2
  %".328" = zext i16 %".327" to i64
  %"cursor.29" = and i64 %".328", 16383
  br label %"mpls_d0_mpls_labels1"
to_pppoe.1:
  br label %"pppoe_d0"
vlan_d0_vlan_tags2:
  %"cursor.27" = phi  i64 [%".303", %"to_vlan.2"], [%".303", %"to_vlan.3"]
  %"hdr.20" = getelementptr i8, ptr %"data", i64 %"cursor.27"
  %".1409" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1410" = icmp ugt ptr %".1409", %"data_end"
  br i1 %".1410", label %"exit.49", label %"cont.49"
exit.12:
  %".334" = trunc i64 %"cursor.4" to i16
  %".335" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".334", ptr %".335", align 2
  br label %"return"
cont.12:
  %".338" = add i64 %"cursor.4", 4
  %".339" = getelementptr i8, ptr %"hdr.4", i64 2
  %".340" = load i8, ptr %".339", align 1
  %".341" = zext i8 %".340" to i64
  %".342" = and i64 %".341", 1
  switch i64 %".342", label %"unknown.4" [i64 0, label %"to_mpls.6" i64 1, label %"to_ip_version"]
unknown.4:
  %".344" = trunc i64 %".338" to i16
  %".345" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".344", ptr %".345", align 2
  br label %"return"
to_mpls.6:
  br label %"mpls_d0_mpls_labels2"
to_ip_version:
  %".349" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".349", align 1
  %".351" = and i32 %"flags", 4
  %".352" = icmp ne i32 %".351", 0
  br i1 %".352", label %"exit.13", label %"cont.13"
mpls_d0_mpls_labels2:
  %"cursor.30" = phi  i64 [%".338", %"to_mpls.6"]
  %"hdr.21" = getelementptr i8, ptr %"data", i64 %"cursor.30"
  %".1473" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1474" = icmp ugt ptr %".1473", %"data_end"
  br i1 %".1474", label %"exit.50", label %"cont.50"
exit.13:
  %".354" = trunc i64 %".338" to i16
  %".355" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".354", ptr %".355", align 2
  br label %"return"
cont.13:
  %".358" = getelementptr i8, ptr %"keys", i64 2
  %".359" = trunc i64 %".338" to i16
  store volatile i16 %".359", ptr %".358", align 2
  %".361" = load volatile i16, ptr %".358", align 2
  %".362" = zext i16 %".361" to i64
  %"cursor.32" = and i64 %".362", 16383
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.31" = phi  i64 [%"cursor.32", %"cont.13"], [%"cursor.112", %"cont.51"], [%"cursor.121", %"to_ip_version.2"], [%"cursor.209", %"cont.97"], [%"cursor.210", %"to_ip_version.5"], [%"cursor.281", %"cont.137"], [%"cursor.282", %"to_ip_version.9"], [%"cursor.314", %"to_ip_version.12"], [%"cursor.319", %"to_ip_version.13"]
  %"hdr.22" = getelementptr i8, ptr %"data", i64 %"cursor.31"
  %".1506" = getelementptr i8, ptr %"hdr.22", i64 1
  %".1507" = icmp ugt ptr %".1506", %"data_end"
  br i1 %".1507", label %"exit.52", label %"cont.52"
exit.14:
  %".367" = trunc i64 %"cursor.5" to i16
  %".368" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".367", ptr %".368", align 2
  br label %"return"
cont.14:
  %".371" = getelementptr i8, ptr %"hdr.5", i64 0
  %".372" = load i8, ptr %".371", align 1
  %".373" = zext i8 %".372" to i64
  %".374" = lshr i64 %".373", 4
  %".375" = and i64 %".374", 15
  %".376" = icmp eq i64 %".375", 1
  %".377" = zext i8 %".372" to i64
  %".378" = and i64 %".377", 15
  %".379" = icmp eq i64 %".378", 1
  %".380" = and i1 %".376", %".379"
  %".381" = getelementptr i8, ptr %"hdr.5", i64 1
  %".382" = load i8, ptr %".381", align 1
  %".383" = zext i8 %".382" to i64
  %".384" = icmp eq i64 %".383", 0
  %".385" = and i1 %".380", %".384"
  %".386" = xor i1 %".385", -1
  br i1 %".386", label %"exit.15", label %"cont.15"
exit.15:
  %".388" = trunc i64 %"cursor.5" to i16
  %".389" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".388", ptr %".389", align 2
  br label %"return"
cont.15:
  %".392" = add i64 %"cursor.5", 8
  %".393" = trunc i64 %".392" to i16
  %".394" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".393", ptr %".394", align 2
  %".396" = getelementptr i8, ptr %"hdr.5", i64 6
  %".397" = load i16, ptr %".396", align 2
  %".398" = call i16 @"llvm.bswap.i16"(i16 %".397")
  %".399" = zext i16 %".398" to i64
  switch i64 %".399", label %"unknown.5" [i64 33, label %"to_ipv4.4" i64 87, label %"to_ipv6.4" i64 641, label %"to_mpls.7" i64 643, label %"to_mpls.8"]
unknown.5:
  %".401" = trunc i64 %".392" to i16
  %".402" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".401", ptr %".402", align 2
  br label %"return"
to_ipv4.4:
  %".405" = getelementptr i8, ptr %"keys", i64 2
  %".406" = trunc i64 %".392" to i16
  store volatile i16 %".406", ptr %".405", align 2
  %".408" = load volatile i16, ptr %".405", align 2
  %".409" = zext i16 %".408" to i64
  %"cursor.33" = and i64 %".409", 16383
  br label %"ipv4_d0"
to_ipv6.4:
  %".411" = getelementptr i8, ptr %"keys", i64 2
  %".412" = trunc i64 %".392" to i16
  store volatile i16 %".412", ptr %".411", align 2
  %".414" = load volatile i16, ptr %".411", align 2
  %".415" = zext i16 %".414" to i64
  %"cursor.34" = and i64 %".415", 16383
  br label %"ipv6_d0"
to_mpls.7:
  %".417" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".417", align 2
  %".419" = getelementptr i8, ptr %"keys", i64 2
  %".420" = trunc i64 %".392" to i16
  store volatile i16 %".420", ptr %".419", align 2
  %".422" = load volatile i16, ptr %".419", align 2
  %".423" = zext i16 %".422" to i64
  %"cursor.35" = and i64 %".423", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.8:
  %".425" = getelementptr i8, ptr %"keys", i64 10
  store i16 18568, ptr %".425", align 2
  %".427" = getelementptr i8, ptr %"keys", i64 2
  %".428" = trunc i64 %".392" to i16
  store volatile i16 %".428", ptr %".427", align 2
  %".430" = load volatile i16, ptr %".427", align 2
  %".431" = zext i16 %".430" to i64
  %"cursor.36" = and i64 %".431", 16383
  br label %"mpls_d0_mpls_labels1"
exit.16:
  %".436" = trunc i64 %"cursor.6" to i16
  %".437" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".436", ptr %".437", align 2
  br label %"return"
cont.16:
  %".440" = getelementptr i8, ptr %"hdr.6", i64 0
  %".441" = load i16, ptr %".440", align 2
  %".442" = call i16 @"llvm.bswap.i16"(i16 %".441")
  %".443" = zext i16 %".442" to i64
  %".444" = trunc i64 %".443" to i16
  %".445" = call i16 @"llvm.bswap.i16"(i16 %".444")
  %".446" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".445", ptr %".446", align 2
  %".448" = getelementptr i8, ptr %"hdr.6", i64 2
  %".449" = load i16, ptr %".448", align 2
  %".450" = call i16 @"llvm.bswap.i16"(i16 %".449")
  %".451" = zext i16 %".450" to i64
  %".452" = trunc i64 %".451" to i16
  %".453" = call i16 @"llvm.bswap.i16"(i16 %".452")
  %".454" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".453", ptr %".454", align 2
  switch i64 0, label %"unknown.6" [i64 0, label %"to_tcp_header"]
unknown.6:
  %".457" = trunc i64 %"cursor.6" to i16
  %".458" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".457", ptr %".458", align 2
  br label %"return"
to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.37" = phi  i64 [%"cursor.6", %"to_tcp_header"]
  %"hdr.23" = getelementptr i8, ptr %"data", i64 %"cursor.37"
  %".1535" = getelementptr i8, ptr %"hdr.23", i64 20
  %".1536" = icmp ugt ptr %".1535", %"data_end"
  br i1 %".1536", label %"exit.53", label %"cont.53"
exit.17:
  %".465" = trunc i64 %"cursor.7" to i16
  %".466" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".465", ptr %".466", align 2
  br label %"return"
cont.17:
  %".469" = getelementptr i8, ptr %"hdr.7", i64 0
  %".470" = load i16, ptr %".469", align 2
  %".471" = call i16 @"llvm.bswap.i16"(i16 %".470")
  %".472" = zext i16 %".471" to i64
  %".473" = trunc i64 %".472" to i16
  %".474" = call i16 @"llvm.bswap.i16"(i16 %".473")
  %".475" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".474", ptr %".475", align 2
  %".477" = getelementptr i8, ptr %"hdr.7", i64 2
  %".478" = load i16, ptr %".477", align 2
  %".479" = call i16 @"llvm.bswap.i16"(i16 %".478")
  %".480" = zext i16 %".479" to i64
  %".481" = trunc i64 %".480" to i16
  %".482" = call i16 @"llvm.bswap.i16"(i16 %".481")
  %".483" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".482", ptr %".483", align 2
  %".485" = add i64 %"cursor.7", 4
  %".486" = add i64 4, 4
  %".487" = getelementptr i8, ptr %"hdr.7", i64 %".486"
  %".488" = icmp ugt ptr %".487", %"data_end"
  br i1 %".488", label %"exit.18", label %"cont.18"
exit.18:
  %".490" = trunc i64 %"cursor.7" to i16
  %".491" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".490", ptr %".491", align 2
  br label %"return"
cont.18:
  %"end.1" = add i64 %"cursor.7", %".486"
  %".494" = call i16 @"llvm.bswap.i16"(i16 %".478")
  %".495" = zext i16 %".494" to i64
  switch i64 %".495", label %"unknown.7" [i64 4789, label %"to_vxlan" i64 6081, label %"to_geneve" i64 6080, label %"to_gue" i64 2152, label %"to_gtpu" i64 7777, label %"to_shim"]
unknown.7:
  %".497" = trunc i64 %"cursor.7" to i16
  %".498" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".497", ptr %".498", align 2
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
  %".1572" = getelementptr i8, ptr %"hdr.24", i64 8
  %".1573" = icmp ugt ptr %".1572", %"data_end"
  br i1 %".1573", label %"exit.56", label %"cont.56"
geneve_d0:
  %"cursor.39" = phi  i64 [%"end.1", %"to_geneve"]
  %"hdr.25" = getelementptr i8, ptr %"data", i64 %"cursor.39"
  %".1600" = getelementptr i8, ptr %"hdr.25", i64 8
  %".1601" = icmp ugt ptr %".1600", %"data_end"
  br i1 %".1601", label %"exit.58", label %"cont.58"
gue_d0:
  %"cursor.40" = phi  i64 [%"end.1", %"to_gue"]
  %"hdr.26" = getelementptr i8, ptr %"data", i64 %"cursor.40"
  %".1666" = getelementptr i8, ptr %"hdr.26", i64 4
  %".1667" = icmp ugt ptr %".1666", %"data_end"
  br i1 %".1667", label %"exit.62", label %"cont.62"
gtpu_d0:
  %"cursor.41" = phi  i64 [%"end.1", %"to_gtpu"]
  %"hdr.27" = getelementptr i8, ptr %"data", i64 %"cursor.41"
  %".1730" = getelementptr i8, ptr %"hdr.27", i64 8
  %".1731" = icmp ugt ptr %".1730", %"data_end"
  br i1 %".1731", label %"exit.66", label %"cont.66"
shim_d0:
  %"cursor.42" = phi  i64 [%"end.1", %"to_shim"]
  %"hdr.28" = getelementptr i8, ptr %"data", i64 %"cursor.42"
  %".1811" = getelementptr i8, ptr %"hdr.28", i64 8
  %".1812" = icmp ugt ptr %".1811", %"data_end"
  br i1 %".1812", label %"exit.69", label %"cont.69"
exit.19:
  %".509" = trunc i64 %"cursor.8" to i16
  %".510" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".509", ptr %".510", align 2
  br label %"return"
cont.19:
  %".513" = getelementptr i8, ptr %"hdr.8", i64 0
  %".514" = load i16, ptr %".513", align 2
  %".515" = call i16 @"llvm.bswap.i16"(i16 %".514")
  %".516" = zext i16 %".515" to i64
  %".517" = trunc i64 %".516" to i16
  %".518" = call i16 @"llvm.bswap.i16"(i16 %".517")
  %".519" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".518", ptr %".519", align 2
  %".521" = getelementptr i8, ptr %"hdr.8", i64 2
  %".522" = load i16, ptr %".521", align 2
  %".523" = call i16 @"llvm.bswap.i16"(i16 %".522")
  %".524" = zext i16 %".523" to i64
  %".525" = trunc i64 %".524" to i16
  %".526" = call i16 @"llvm.bswap.i16"(i16 %".525")
  %".527" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".526", ptr %".527", align 2
  %".529" = add i64 %"cursor.8", 4
  %".530" = add i64 4, 4
  %".531" = getelementptr i8, ptr %"hdr.8", i64 %".530"
  %".532" = icmp ugt ptr %".531", %"data_end"
  br i1 %".532", label %"exit.20", label %"cont.20"
exit.20:
  %".534" = trunc i64 %"cursor.8" to i16
  %".535" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".534", ptr %".535", align 2
  br label %"return"
cont.20:
  %"end.2" = add i64 %"cursor.8", %".530"
  %".538" = trunc i64 %"cursor.8" to i16
  %".539" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".538", ptr %".539", align 2
  br label %"return"
exit.21:
  %".545" = trunc i64 %"cursor.9" to i16
  %".546" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".545", ptr %".546", align 2
  br label %"return"
cont.21:
  %".549" = getelementptr i8, ptr %"hdr.9", i64 1
  %".550" = load i8, ptr %".549", align 1
  %".551" = zext i8 %".550" to i64
  %".552" = and i64 %".551", 7
  %".553" = icmp ne i64 %".552", 0
  %".554" = getelementptr i8, ptr %"hdr.9", i64 0
  %".555" = load i8, ptr %".554", align 1
  %".556" = zext i8 %".555" to i64
  %".557" = lshr i64 %".556", 6
  %".558" = and i64 %".557", 1
  %".559" = icmp ne i64 %".558", 0
  %".560" = or i1 %".553", %".559"
  br i1 %".560", label %"exit.22", label %"cont.22"
exit.22:
  %".562" = trunc i64 %"cursor.9" to i16
  %".563" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".562", ptr %".563", align 2
  br label %"return"
cont.22:
  %".566" = add i64 %"cursor.9", 4
  %".567" = zext i8 %".555" to i64
  %".568" = lshr i64 %".567", 7
  %".569" = and i64 %".568", 1
  %".570" = zext i8 %".555" to i64
  %".571" = lshr i64 %".570", 5
  %".572" = and i64 %".571", 1
  %".573" = add i64 %".569", %".572"
  %".574" = zext i8 %".555" to i64
  %".575" = lshr i64 %".574", 4
  %".576" = and i64 %".575", 1
  %".577" = add i64 %".573", %".576"
  %".578" = mul i64 %".577", 4
  %".579" = add i64 %".578", 4
  %".580" = getelementptr i8, ptr %"hdr.9", i64 %".579"
  %".581" = icmp ugt ptr %".580", %"data_end"
  br i1 %".581", label %"exit.23", label %"cont.23"
exit.23:
  %".583" = trunc i64 %"cursor.9" to i16
  %".584" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".583", ptr %".584", align 2
  br label %"return"
cont.23:
  %"end.3" = add i64 %"cursor.9", %".579"
  %".587" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".587", align 1
  %".589" = and i32 %"flags", 4
  %".590" = icmp ne i32 %".589", 0
  br i1 %".590", label %"exit.24", label %"cont.24"
exit.24:
  %".592" = trunc i64 %"end.3" to i16
  %".593" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".592", ptr %".593", align 2
  br label %"return"
cont.24:
  %".596" = getelementptr i8, ptr %"hdr.9", i64 2
  %".597" = load i16, ptr %".596", align 2
  %".598" = call i16 @"llvm.bswap.i16"(i16 %".597")
  %".599" = zext i16 %".598" to i64
  %".600" = trunc i64 %".599" to i16
  %".601" = call i16 @"llvm.bswap.i16"(i16 %".600")
  %".602" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".601", ptr %".602", align 2
  %".604" = call i16 @"llvm.bswap.i16"(i16 %".597")
  %".605" = zext i16 %".604" to i64
  switch i64 %".605", label %"unknown.8" [i64 2048, label %"to_ipv4.5" i64 34525, label %"to_ipv6.5" i64 25944, label %"to_ethernet" i64 34887, label %"to_mpls.9" i64 34888, label %"to_mpls.10"]
unknown.8:
  %".607" = trunc i64 %"end.3" to i16
  %".608" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".607", ptr %".608", align 2
  br label %"return"
to_ipv4.5:
  %".611" = getelementptr i8, ptr %"keys", i64 2
  %".612" = trunc i64 %"end.3" to i16
  store volatile i16 %".612", ptr %".611", align 2
  %".614" = load volatile i16, ptr %".611", align 2
  %".615" = zext i16 %".614" to i64
  %"cursor.43" = and i64 %".615", 16383
  br label %"ipv4_d1"
to_ipv6.5:
  %".617" = getelementptr i8, ptr %"keys", i64 2
  %".618" = trunc i64 %"end.3" to i16
  store volatile i16 %".618", ptr %".617", align 2
  %".620" = load volatile i16, ptr %".617", align 2
  %".621" = zext i16 %".620" to i64
  %"cursor.44" = and i64 %".621", 16383
  br label %"ipv6_d1"
to_ethernet:
  %".623" = getelementptr i8, ptr %"keys", i64 2
  %".624" = trunc i64 %"end.3" to i16
  store volatile i16 %".624", ptr %".623", align 2
  %".626" = load volatile i16, ptr %".623", align 2
  %".627" = zext i16 %".626" to i64
  %"cursor.46" = and i64 %".627", 16383
  br label %"ethernet_d1"
to_mpls.9:
  %".629" = getelementptr i8, ptr %"keys", i64 2
  %".630" = trunc i64 %"end.3" to i16
  store volatile i16 %".630", ptr %".629", align 2
  %".632" = load volatile i16, ptr %".629", align 2
  %".633" = zext i16 %".632" to i64
  %"cursor.48" = and i64 %".633", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.10:
  %".635" = getelementptr i8, ptr %"keys", i64 2
  %".636" = trunc i64 %"end.3" to i16
  store volatile i16 %".636", ptr %".635", align 2
  %".638" = load volatile i16, ptr %".635", align 2
  %".639" = zext i16 %".638" to i64
  %"cursor.49" = and i64 %".639", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1:
  %"cursor.45" = phi  i64 [%"cursor.46", %"to_ethernet"], [%"cursor.115", %"to_ethernet.1"], [%"cursor.116", %"to_ethernet.2"]
  %"hdr.29" = getelementptr i8, ptr %"data", i64 %"cursor.45"
  %".1843" = getelementptr i8, ptr %"hdr.29", i64 14
  %".1844" = icmp ugt ptr %".1843", %"data_end"
  br i1 %".1844", label %"exit.71", label %"cont.71"
mpls_d1_mpls_labels1:
  %"cursor.47" = phi  i64 [%"cursor.48", %"to_mpls.9"], [%"cursor.49", %"to_mpls.10"], [%"cursor.60", %"to_mpls.11"], [%"cursor.75", %"to_mpls.12"], [%"cursor.132", %"to_mpls.18"], [%"cursor.133", %"to_mpls.19"], [%"cursor.163", %"to_mpls.23"], [%"cursor.177", %"to_mpls.24"], [%"cursor.218", %"to_mpls.28"], [%"cursor.219", %"to_mpls.29"], [%"cursor.223", %"to_mpls.30"], [%"cursor.224", %"to_mpls.31"], [%"cursor.242", %"to_mpls.33"], [%"cursor.256", %"to_mpls.34"], [%"cursor.287", %"to_mpls.38"], [%"cursor.288", %"to_mpls.39"], [%"cursor.301", %"to_mpls.41"], [%"cursor.311", %"to_mpls.42"]
  %"hdr.30" = getelementptr i8, ptr %"data", i64 %"cursor.47"
  %".1908" = getelementptr i8, ptr %"hdr.30", i64 4
  %".1909" = icmp ugt ptr %".1908", %"data_end"
  br i1 %".1909", label %"exit.72", label %"cont.72"
exit.25:
  %".644" = trunc i64 %"cursor.10" to i16
  %".645" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".644", ptr %".645", align 2
  br label %"return"
cont.25:
  %".648" = getelementptr i8, ptr %"hdr.10", i64 0
  %".649" = load i16, ptr %".648", align 2
  %".650" = call i16 @"llvm.bswap.i16"(i16 %".649")
  %".651" = zext i16 %".650" to i64
  %".652" = trunc i64 %".651" to i16
  %".653" = call i16 @"llvm.bswap.i16"(i16 %".652")
  %".654" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".653", ptr %".654", align 2
  %".656" = getelementptr i8, ptr %"hdr.10", i64 2
  %".657" = load i16, ptr %".656", align 2
  %".658" = call i16 @"llvm.bswap.i16"(i16 %".657")
  %".659" = zext i16 %".658" to i64
  %".660" = trunc i64 %".659" to i16
  %".661" = call i16 @"llvm.bswap.i16"(i16 %".660")
  %".662" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".661", ptr %".662", align 2
  %".664" = add i64 %"cursor.10", 4
  %".665" = trunc i64 %"cursor.10" to i16
  %".666" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".665", ptr %".666", align 2
  br label %"return"
exit.26:
  %".672" = trunc i64 %"cursor.11" to i16
  %".673" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".672", ptr %".673", align 2
  br label %"return"
cont.26:
  %".676" = getelementptr i8, ptr %"hdr.11", i64 0
  %".677" = load i16, ptr %".676", align 2
  %".678" = call i16 @"llvm.bswap.i16"(i16 %".677")
  %".679" = zext i16 %".678" to i64
  %".680" = trunc i64 %".679" to i16
  %".681" = call i16 @"llvm.bswap.i16"(i16 %".680")
  %".682" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".681", ptr %".682", align 2
  %".684" = getelementptr i8, ptr %"hdr.11", i64 2
  %".685" = load i16, ptr %".684", align 2
  %".686" = call i16 @"llvm.bswap.i16"(i16 %".685")
  %".687" = zext i16 %".686" to i64
  %".688" = trunc i64 %".687" to i16
  %".689" = call i16 @"llvm.bswap.i16"(i16 %".688")
  %".690" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".689", ptr %".690", align 2
  %".692" = add i64 %"cursor.11", 4
  %".693" = trunc i64 %"cursor.11" to i16
  %".694" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".693", ptr %".694", align 2
  br label %"return"
exit.27:
  %".700" = trunc i64 %"cursor.12" to i16
  %".701" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".700", ptr %".701", align 2
  br label %"return"
cont.27:
  %".704" = getelementptr i8, ptr %"hdr.12", i64 0
  %".705" = load i32, ptr %".704", align 4
  %".706" = call i32 @"llvm.bswap.i32"(i32 %".705")
  %".707" = zext i32 %".706" to i64
  %".708" = lshr i64 %".707", 16
  %".709" = trunc i64 %".708" to i16
  %".710" = call i16 @"llvm.bswap.i16"(i16 %".709")
  %".711" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".710", ptr %".711", align 2
  %".713" = call i32 @"llvm.bswap.i32"(i32 %".705")
  %".714" = zext i32 %".713" to i64
  %".715" = and i64 %".714", 65535
  %".716" = trunc i64 %".715" to i16
  %".717" = call i16 @"llvm.bswap.i16"(i16 %".716")
  %".718" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".717", ptr %".718", align 2
  %".720" = add i64 %"cursor.12", 4
  %".721" = trunc i64 %"cursor.12" to i16
  %".722" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".721", ptr %".722", align 2
  br label %"return"
exit.28:
  %".728" = trunc i64 %"cursor.13" to i16
  %".729" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".728", ptr %".729", align 2
  br label %"return"
cont.28:
  %".732" = getelementptr i8, ptr %"hdr.13", i64 4
  %".733" = load i32, ptr %".732", align 4
  %".734" = call i32 @"llvm.bswap.i32"(i32 %".733")
  %".735" = zext i32 %".734" to i64
  %".736" = lshr i64 %".735", 16
  %".737" = trunc i64 %".736" to i16
  %".738" = call i16 @"llvm.bswap.i16"(i16 %".737")
  %".739" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".738", ptr %".739", align 2
  %".741" = call i32 @"llvm.bswap.i32"(i32 %".733")
  %".742" = zext i32 %".741" to i64
  %".743" = and i64 %".742", 65535
  %".744" = trunc i64 %".743" to i16
  %".745" = call i16 @"llvm.bswap.i16"(i16 %".744")
  %".746" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".745", ptr %".746", align 2
  %".748" = add i64 %"cursor.13", 8
  %".749" = trunc i64 %"cursor.13" to i16
  %".750" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".749", ptr %".750", align 2
  br label %"return"
exit.29:
  %".756" = trunc i64 %"cursor.14" to i16
  %".757" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".756", ptr %".757", align 2
  br label %"return"
cont.29:
  %".760" = add i64 %"cursor.14", 4
  %".761" = trunc i64 %"cursor.14" to i16
  %".762" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".761", ptr %".762", align 2
  br label %"return"
exit.30:
  %".768" = trunc i64 %"cursor.16" to i16
  %".769" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".768", ptr %".769", align 2
  br label %"return"
cont.30:
  %".772" = getelementptr i8, ptr %"hdr.15", i64 0
  %".773" = load i8, ptr %".772", align 1
  %".774" = zext i8 %".773" to i64
  %".775" = and i64 %".774", 15
  %".776" = icmp uge i64 %".775", 5
  %".777" = xor i1 %".776", -1
  br i1 %".777", label %"exit.31", label %"cont.31"
exit.31:
  %".779" = trunc i64 %"cursor.16" to i16
  %".780" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".779", ptr %".780", align 2
  br label %"return"
cont.31:
  %".783" = trunc i64 2048 to i16
  %".784" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".783", ptr %".784", align 2
  %".786" = trunc i64 2048 to i16
  %".787" = call i16 @"llvm.bswap.i16"(i16 %".786")
  %".788" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".787", ptr %".788", align 2
  %".790" = getelementptr i8, ptr %"hdr.15", i64 12
  %".791" = load i32, ptr %".790", align 4
  %".792" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".791", ptr %".792", align 4
  %".794" = getelementptr i8, ptr %"hdr.15", i64 16
  %".795" = load i32, ptr %".794", align 4
  %".796" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".795", ptr %".796", align 4
  %".798" = getelementptr i8, ptr %"hdr.15", i64 9
  %".799" = load i8, ptr %".798", align 1
  %".800" = zext i8 %".799" to i64
  %".801" = trunc i64 %".800" to i8
  %".802" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".801", ptr %".802", align 1
  %".804" = add i64 %"cursor.16", 20
  %".805" = zext i8 %".773" to i64
  %".806" = and i64 %".805", 15
  %".807" = mul i64 %".806", 4
  %".808" = sub i64 %".807", 20
  %".809" = add i64 %".808", 20
  %".810" = getelementptr i8, ptr %"hdr.15", i64 %".809"
  %".811" = icmp ugt ptr %".810", %"data_end"
  br i1 %".811", label %"exit.32", label %"cont.32"
exit.32:
  %".813" = trunc i64 %"cursor.16" to i16
  %".814" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".813", ptr %".814", align 2
  br label %"return"
cont.32:
  %"end.4" = add i64 %"cursor.16", %".809"
  %".817" = getelementptr i8, ptr %"hdr.15", i64 6
  %".818" = load i16, ptr %".817", align 2
  %".819" = call i16 @"llvm.bswap.i16"(i16 %".818")
  %".820" = zext i16 %".819" to i64
  %".821" = and i64 %".820", 16383
  %".822" = icmp ne i64 %".821", 0
  %".823" = call i16 @"llvm.bswap.i16"(i16 %".818")
  %".824" = zext i16 %".823" to i64
  %".825" = and i64 %".824", 8191
  %".826" = icmp eq i64 %".825", 0
  br i1 %".822", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".828" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".828", align 1
  br i1 %".826", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".846" = zext i8 %".799" to i64
  switch i64 %".846", label %"unknown.9" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 132, label %"to_sctp.2" i64 33, label %"to_dccp.2" i64 50, label %"to_esp.2" i64 51, label %"to_ah.2" i64 1, label %"to_icmp.1" i64 137, label %"to_mpls.11" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
first_fragment.1:
  %".835" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".835", align 1
  %".837" = and i32 %"flags", 1
  %".838" = icmp ne i32 %".837", 0
  %".839" = xor i1 %".838", -1
  br i1 %".839", label %"exit.33", label %"cont.33"
later_fragment.1:
  %".831" = trunc i64 %"end.4" to i16
  %".832" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".831", ptr %".832", align 2
  br label %"return"
exit.33:
  %".841" = trunc i64 %"end.4" to i16
  %".842" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".841", ptr %".842", align 2
  br label %"return"
cont.33:
  br label %"not_fragment.1"
unknown.9:
  %".848" = trunc i64 %"end.4" to i16
  %".849" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".848", ptr %".849", align 2
  br label %"return"
to_tcp.2:
  %".852" = getelementptr i8, ptr %"keys", i64 2
  %".853" = trunc i64 %"end.4" to i16
  store volatile i16 %".853", ptr %".852", align 2
  %".855" = load volatile i16, ptr %".852", align 2
  %".856" = zext i16 %".855" to i64
  %"cursor.50" = and i64 %".856", 16383
  br label %"tcp"
to_udp.2:
  %".858" = getelementptr i8, ptr %"keys", i64 2
  %".859" = trunc i64 %"end.4" to i16
  store volatile i16 %".859", ptr %".858", align 2
  %".861" = load volatile i16, ptr %".858", align 2
  %".862" = zext i16 %".861" to i64
  %"cursor.52" = and i64 %".862", 16383
  br label %"udp_d1"
to_udplite.2:
  %".864" = getelementptr i8, ptr %"keys", i64 2
  %".865" = trunc i64 %"end.4" to i16
  store volatile i16 %".865", ptr %".864", align 2
  %".867" = load volatile i16, ptr %".864", align 2
  %".868" = zext i16 %".867" to i64
  %"cursor.53" = and i64 %".868", 16383
  br label %"udplite"
to_gre.2:
  %".870" = getelementptr i8, ptr %"keys", i64 2
  %".871" = trunc i64 %"end.4" to i16
  store volatile i16 %".871", ptr %".870", align 2
  %".873" = load volatile i16, ptr %".870", align 2
  %".874" = zext i16 %".873" to i64
  %"cursor.55" = and i64 %".874", 16383
  br label %"gre_d1"
to_sctp.2:
  %".876" = getelementptr i8, ptr %"keys", i64 2
  %".877" = trunc i64 %"end.4" to i16
  store volatile i16 %".877", ptr %".876", align 2
  %".879" = load volatile i16, ptr %".876", align 2
  %".880" = zext i16 %".879" to i64
  %"cursor.56" = and i64 %".880", 16383
  br label %"sctp"
to_dccp.2:
  %".882" = getelementptr i8, ptr %"keys", i64 2
  %".883" = trunc i64 %"end.4" to i16
  store volatile i16 %".883", ptr %".882", align 2
  %".885" = load volatile i16, ptr %".882", align 2
  %".886" = zext i16 %".885" to i64
  %"cursor.57" = and i64 %".886", 16383
  br label %"dccp"
to_esp.2:
  %".888" = getelementptr i8, ptr %"keys", i64 2
  %".889" = trunc i64 %"end.4" to i16
  store volatile i16 %".889", ptr %".888", align 2
  %".891" = load volatile i16, ptr %".888", align 2
  %".892" = zext i16 %".891" to i64
  %"cursor.58" = and i64 %".892", 16383
  br label %"esp"
to_ah.2:
  %".894" = getelementptr i8, ptr %"keys", i64 2
  %".895" = trunc i64 %"end.4" to i16
  store volatile i16 %".895", ptr %".894", align 2
  %".897" = load volatile i16, ptr %".894", align 2
  %".898" = zext i16 %".897" to i64
  %"cursor.59" = and i64 %".898", 16383
  br label %"ah"
to_icmp.1:
  br label %"icmp"
to_mpls.11:
  %".901" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".901", align 2
  %".903" = getelementptr i8, ptr %"keys", i64 2
  %".904" = trunc i64 %"end.4" to i16
  store volatile i16 %".904", ptr %".903", align 2
  %".906" = load volatile i16, ptr %".903", align 2
  %".907" = zext i16 %".906" to i64
  %"cursor.60" = and i64 %".907", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.6:
  %".909" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".909", align 1
  %".911" = and i32 %"flags", 4
  %".912" = icmp ne i32 %".911", 0
  br i1 %".912", label %"exit.34", label %"cont.34"
to_ipv6.6:
  %".922" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".922", align 1
  %".924" = and i32 %"flags", 4
  %".925" = icmp ne i32 %".924", 0
  br i1 %".925", label %"exit.35", label %"cont.35"
udp_d1:
  %"cursor.51" = phi  i64 [%"cursor.52", %"to_udp.2"], [%"cursor.68", %"to_udp.3"], [%"cursor.155", %"to_udp.6"], [%"cursor.169", %"to_udp.7"], [%"cursor.234", %"to_udp.10"], [%"cursor.248", %"to_udp.11"], [%"cursor.293", %"to_udp.14"], [%"cursor.303", %"to_udp.15"]
  %"hdr.31" = getelementptr i8, ptr %"data", i64 %"cursor.51"
  %".1944" = getelementptr i8, ptr %"hdr.31", i64 4
  %".1945" = icmp ugt ptr %".1944", %"data_end"
  br i1 %".1945", label %"exit.74", label %"cont.74"
gre_d1:
  %"cursor.54" = phi  i64 [%"cursor.55", %"to_gre.2"], [%"cursor.70", %"to_gre.3"], [%"cursor.157", %"to_gre.6"], [%"cursor.171", %"to_gre.7"], [%"cursor.236", %"to_gre.10"], [%"cursor.250", %"to_gre.11"], [%"cursor.295", %"to_gre.14"], [%"cursor.305", %"to_gre.15"]
  %"hdr.32" = getelementptr i8, ptr %"data", i64 %"cursor.54"
  %".2013" = getelementptr i8, ptr %"hdr.32", i64 4
  %".2014" = icmp ugt ptr %".2013", %"data_end"
  br i1 %".2014", label %"exit.76", label %"cont.76"
exit.34:
  %".914" = trunc i64 %"end.4" to i16
  %".915" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".914", ptr %".915", align 2
  br label %"return"
cont.34:
  %".918" = trunc i64 %"end.4" to i16
  %".919" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".918", ptr %".919", align 2
  br label %"return"
exit.35:
  %".927" = trunc i64 %"end.4" to i16
  %".928" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".927", ptr %".928", align 2
  br label %"return"
cont.35:
  %".931" = trunc i64 %"end.4" to i16
  %".932" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".931", ptr %".932", align 2
  br label %"return"
exit.36:
  %".938" = trunc i64 %"cursor.18" to i16
  %".939" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".938", ptr %".939", align 2
  br label %"return"
cont.36:
  %".942" = trunc i64 34525 to i16
  %".943" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".942", ptr %".943", align 2
  %".945" = trunc i64 34525 to i16
  %".946" = call i16 @"llvm.bswap.i16"(i16 %".945")
  %".947" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".946", ptr %".947", align 2
  %".949" = getelementptr i8, ptr %"hdr.16", i64 8
  %".950" = load i64, ptr %".949", align 8
  %".951" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".950", ptr %".951", align 8
  %".953" = getelementptr i8, ptr %"hdr.16", i64 16
  %".954" = load i64, ptr %".953", align 8
  %".955" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".954", ptr %".955", align 8
  %".957" = getelementptr i8, ptr %"hdr.16", i64 24
  %".958" = load i64, ptr %".957", align 8
  %".959" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".958", ptr %".959", align 8
  %".961" = getelementptr i8, ptr %"hdr.16", i64 32
  %".962" = load i64, ptr %".961", align 8
  %".963" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".962", ptr %".963", align 8
  %".965" = getelementptr i8, ptr %"hdr.16", i64 6
  %".966" = load i8, ptr %".965", align 1
  %".967" = zext i8 %".966" to i64
  %".968" = trunc i64 %".967" to i8
  %".969" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".968", ptr %".969", align 1
  %".971" = getelementptr i8, ptr %"hdr.16", i64 0
  %".972" = load i32, ptr %".971", align 4
  %".973" = call i32 @"llvm.bswap.i32"(i32 %".972")
  %".974" = zext i32 %".973" to i64
  %".975" = and i64 %".974", 1048575
  %".976" = trunc i64 %".975" to i32
  %".977" = call i32 @"llvm.bswap.i32"(i32 %".976")
  %".978" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".977", ptr %".978", align 4
  %".980" = add i64 %"cursor.18", 40
  %".981" = call i32 @"llvm.bswap.i32"(i32 %".972")
  %".982" = zext i32 %".981" to i64
  %".983" = and i64 %".982", 1048575
  %".984" = icmp ne i64 %".983", 0
  %".985" = and i32 %"flags", 2
  %".986" = icmp ne i32 %".985", 0
  %".987" = and i1 %".984", %".986"
  br i1 %".987", label %"exit.37", label %"cont.37"
exit.37:
  %".989" = trunc i64 %".980" to i16
  %".990" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".989", ptr %".990", align 2
  br label %"return"
cont.37:
  %".993" = zext i8 %".966" to i64
  switch i64 %".993", label %"unknown.10" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 132, label %"to_sctp.3" i64 33, label %"to_dccp.3" i64 50, label %"to_esp.3" i64 51, label %"to_ah.3" i64 58, label %"to_icmpv6.1" i64 137, label %"to_mpls.12" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.10:
  %".995" = trunc i64 %".980" to i16
  %".996" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".995", ptr %".996", align 2
  br label %"return"
to_ipv6_opts.3:
  %".999" = getelementptr i8, ptr %"keys", i64 2
  %".1000" = trunc i64 %".980" to i16
  store volatile i16 %".1000", ptr %".999", align 2
  %".1002" = load volatile i16, ptr %".999", align 2
  %".1003" = zext i16 %".1002" to i64
  %"cursor.62" = and i64 %".1003", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  %".1005" = getelementptr i8, ptr %"keys", i64 2
  %".1006" = trunc i64 %".980" to i16
  store volatile i16 %".1006", ptr %".1005", align 2
  %".1008" = load volatile i16, ptr %".1005", align 2
  %".1009" = zext i16 %".1008" to i64
  %"cursor.63" = and i64 %".1009", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  %".1011" = getelementptr i8, ptr %"keys", i64 2
  %".1012" = trunc i64 %".980" to i16
  store volatile i16 %".1012", ptr %".1011", align 2
  %".1014" = load volatile i16, ptr %".1011", align 2
  %".1015" = zext i16 %".1014" to i64
  %"cursor.64" = and i64 %".1015", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  %".1017" = getelementptr i8, ptr %"keys", i64 2
  %".1018" = trunc i64 %".980" to i16
  store volatile i16 %".1018", ptr %".1017", align 2
  %".1020" = load volatile i16, ptr %".1017", align 2
  %".1021" = zext i16 %".1020" to i64
  %"cursor.66" = and i64 %".1021", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  %".1023" = getelementptr i8, ptr %"keys", i64 2
  %".1024" = trunc i64 %".980" to i16
  store volatile i16 %".1024", ptr %".1023", align 2
  %".1026" = load volatile i16, ptr %".1023", align 2
  %".1027" = zext i16 %".1026" to i64
  %"cursor.67" = and i64 %".1027", 16383
  br label %"tcp"
to_udp.3:
  %".1029" = getelementptr i8, ptr %"keys", i64 2
  %".1030" = trunc i64 %".980" to i16
  store volatile i16 %".1030", ptr %".1029", align 2
  %".1032" = load volatile i16, ptr %".1029", align 2
  %".1033" = zext i16 %".1032" to i64
  %"cursor.68" = and i64 %".1033", 16383
  br label %"udp_d1"
to_udplite.3:
  %".1035" = getelementptr i8, ptr %"keys", i64 2
  %".1036" = trunc i64 %".980" to i16
  store volatile i16 %".1036", ptr %".1035", align 2
  %".1038" = load volatile i16, ptr %".1035", align 2
  %".1039" = zext i16 %".1038" to i64
  %"cursor.69" = and i64 %".1039", 16383
  br label %"udplite"
to_gre.3:
  %".1041" = getelementptr i8, ptr %"keys", i64 2
  %".1042" = trunc i64 %".980" to i16
  store volatile i16 %".1042", ptr %".1041", align 2
  %".1044" = load volatile i16, ptr %".1041", align 2
  %".1045" = zext i16 %".1044" to i64
  %"cursor.70" = and i64 %".1045", 16383
  br label %"gre_d1"
to_sctp.3:
  %".1047" = getelementptr i8, ptr %"keys", i64 2
  %".1048" = trunc i64 %".980" to i16
  store volatile i16 %".1048", ptr %".1047", align 2
  %".1050" = load volatile i16, ptr %".1047", align 2
  %".1051" = zext i16 %".1050" to i64
  %"cursor.71" = and i64 %".1051", 16383
  br label %"sctp"
to_dccp.3:
  %".1053" = getelementptr i8, ptr %"keys", i64 2
  %".1054" = trunc i64 %".980" to i16
  store volatile i16 %".1054", ptr %".1053", align 2
  %".1056" = load volatile i16, ptr %".1053", align 2
  %".1057" = zext i16 %".1056" to i64
  %"cursor.72" = and i64 %".1057", 16383
  br label %"dccp"
to_esp.3:
  %".1059" = getelementptr i8, ptr %"keys", i64 2
  %".1060" = trunc i64 %".980" to i16
  store volatile i16 %".1060", ptr %".1059", align 2
  %".1062" = load volatile i16, ptr %".1059", align 2
  %".1063" = zext i16 %".1062" to i64
  %"cursor.73" = and i64 %".1063", 16383
  br label %"esp"
to_ah.3:
  %".1065" = getelementptr i8, ptr %"keys", i64 2
  %".1066" = trunc i64 %".980" to i16
  store volatile i16 %".1066", ptr %".1065", align 2
  %".1068" = load volatile i16, ptr %".1065", align 2
  %".1069" = zext i16 %".1068" to i64
  %"cursor.74" = and i64 %".1069", 16383
  br label %"ah"
to_icmpv6.1:
  br label %"icmpv6"
to_mpls.12:
  %".1072" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1072", align 2
  %".1074" = getelementptr i8, ptr %"keys", i64 2
  %".1075" = trunc i64 %".980" to i16
  store volatile i16 %".1075", ptr %".1074", align 2
  %".1077" = load volatile i16, ptr %".1074", align 2
  %".1078" = zext i16 %".1077" to i64
  %"cursor.75" = and i64 %".1078", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.7:
  %".1080" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1080", align 1
  %".1082" = and i32 %"flags", 4
  %".1083" = icmp ne i32 %".1082", 0
  br i1 %".1083", label %"exit.38", label %"cont.38"
to_ipv6.7:
  %".1093" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1093", align 1
  %".1095" = and i32 %"flags", 4
  %".1096" = icmp ne i32 %".1095", 0
  br i1 %".1096", label %"exit.39", label %"cont.39"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.61" = phi  i64 [%"cursor.62", %"to_ipv6_opts.3"], [%"cursor.63", %"to_ipv6_opts.4"], [%"cursor.64", %"to_ipv6_opts.5"]
  %"hdr.33" = getelementptr i8, ptr %"data", i64 %"cursor.61"
  %".2102" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2103" = icmp ugt ptr %".2102", %"data_end"
  br i1 %".2103", label %"exit.80", label %"cont.80"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.65" = phi  i64 [%"cursor.66", %"to_ipv6_frag.1"]
  %"hdr.34" = getelementptr i8, ptr %"data", i64 %"cursor.65"
  %".2247" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2248" = icmp ugt ptr %".2247", %"data_end"
  br i1 %".2248", label %"exit.84", label %"cont.84"
exit.38:
  %".1085" = trunc i64 %".980" to i16
  %".1086" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1085", ptr %".1086", align 2
  br label %"return"
cont.38:
  %".1089" = trunc i64 %".980" to i16
  %".1090" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1089", ptr %".1090", align 2
  br label %"return"
exit.39:
  %".1098" = trunc i64 %".980" to i16
  %".1099" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1098", ptr %".1099", align 2
  br label %"return"
cont.39:
  %".1102" = trunc i64 %".980" to i16
  %".1103" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1102", ptr %".1103", align 2
  br label %"return"
exit.40:
  %".1109" = trunc i64 %"cursor.20" to i16
  %".1110" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1109", ptr %".1110", align 2
  br label %"return"
cont.40:
  %".1113" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1114" = load i8, ptr %".1113", align 1
  %".1115" = zext i8 %".1114" to i64
  %".1116" = trunc i64 %".1115" to i8
  %".1117" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1116", ptr %".1117", align 1
  %".1119" = add i64 %"cursor.20", 2
  %".1120" = getelementptr i8, ptr %"hdr.17", i64 1
  %".1121" = load i8, ptr %".1120", align 1
  %".1122" = zext i8 %".1121" to i64
  %".1123" = mul i64 %".1122", 8
  %".1124" = add i64 %".1123", 6
  %".1125" = add i64 %".1124", 2
  %".1126" = getelementptr i8, ptr %"hdr.17", i64 %".1125"
  %".1127" = icmp ugt ptr %".1126", %"data_end"
  br i1 %".1127", label %"exit.41", label %"cont.41"
exit.41:
  %".1129" = trunc i64 %"cursor.20" to i16
  %".1130" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1129", ptr %".1130", align 2
  br label %"return"
cont.41:
  %"end.5" = add i64 %"cursor.20", %".1125"
  %".1133" = zext i8 %".1114" to i64
  switch i64 %".1133", label %"unknown.11" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 132, label %"to_sctp.4" i64 33, label %"to_dccp.4" i64 50, label %"to_esp.4" i64 51, label %"to_ah.4" i64 58, label %"to_icmpv6.2" i64 137, label %"to_mpls.13" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
unknown.11:
  %".1135" = trunc i64 %"end.5" to i16
  %".1136" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1135", ptr %".1136", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  %".1141" = getelementptr i8, ptr %"keys", i64 2
  %".1142" = trunc i64 %"end.5" to i16
  store volatile i16 %".1142", ptr %".1141", align 2
  %".1144" = load volatile i16, ptr %".1141", align 2
  %".1145" = zext i16 %".1144" to i64
  %"cursor.77" = and i64 %".1145", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  %".1148" = getelementptr i8, ptr %"keys", i64 2
  %".1149" = trunc i64 %"end.5" to i16
  store volatile i16 %".1149", ptr %".1148", align 2
  %".1151" = load volatile i16, ptr %".1148", align 2
  %".1152" = zext i16 %".1151" to i64
  %"cursor.79" = and i64 %".1152", 16383
  br label %"tcp"
to_udp.4:
  %".1154" = getelementptr i8, ptr %"keys", i64 2
  %".1155" = trunc i64 %"end.5" to i16
  store volatile i16 %".1155", ptr %".1154", align 2
  %".1157" = load volatile i16, ptr %".1154", align 2
  %".1158" = zext i16 %".1157" to i64
  %"cursor.80" = and i64 %".1158", 16383
  br label %"udp_d0"
to_udplite.4:
  %".1160" = getelementptr i8, ptr %"keys", i64 2
  %".1161" = trunc i64 %"end.5" to i16
  store volatile i16 %".1161", ptr %".1160", align 2
  %".1163" = load volatile i16, ptr %".1160", align 2
  %".1164" = zext i16 %".1163" to i64
  %"cursor.81" = and i64 %".1164", 16383
  br label %"udplite"
to_gre.4:
  %".1166" = getelementptr i8, ptr %"keys", i64 2
  %".1167" = trunc i64 %"end.5" to i16
  store volatile i16 %".1167", ptr %".1166", align 2
  %".1169" = load volatile i16, ptr %".1166", align 2
  %".1170" = zext i16 %".1169" to i64
  %"cursor.82" = and i64 %".1170", 16383
  br label %"gre_d0"
to_sctp.4:
  %".1172" = getelementptr i8, ptr %"keys", i64 2
  %".1173" = trunc i64 %"end.5" to i16
  store volatile i16 %".1173", ptr %".1172", align 2
  %".1175" = load volatile i16, ptr %".1172", align 2
  %".1176" = zext i16 %".1175" to i64
  %"cursor.83" = and i64 %".1176", 16383
  br label %"sctp"
to_dccp.4:
  %".1178" = getelementptr i8, ptr %"keys", i64 2
  %".1179" = trunc i64 %"end.5" to i16
  store volatile i16 %".1179", ptr %".1178", align 2
  %".1181" = load volatile i16, ptr %".1178", align 2
  %".1182" = zext i16 %".1181" to i64
  %"cursor.84" = and i64 %".1182", 16383
  br label %"dccp"
to_esp.4:
  %".1184" = getelementptr i8, ptr %"keys", i64 2
  %".1185" = trunc i64 %"end.5" to i16
  store volatile i16 %".1185", ptr %".1184", align 2
  %".1187" = load volatile i16, ptr %".1184", align 2
  %".1188" = zext i16 %".1187" to i64
  %"cursor.85" = and i64 %".1188", 16383
  br label %"esp"
to_ah.4:
  %".1190" = getelementptr i8, ptr %"keys", i64 2
  %".1191" = trunc i64 %"end.5" to i16
  store volatile i16 %".1191", ptr %".1190", align 2
  %".1193" = load volatile i16, ptr %".1190", align 2
  %".1194" = zext i16 %".1193" to i64
  %"cursor.86" = and i64 %".1194", 16383
  br label %"ah"
to_icmpv6.2:
  %".1196" = getelementptr i8, ptr %"keys", i64 2
  %".1197" = trunc i64 %"end.5" to i16
  store volatile i16 %".1197", ptr %".1196", align 2
  %".1199" = load volatile i16, ptr %".1196", align 2
  %".1200" = zext i16 %".1199" to i64
  %"cursor.87" = and i64 %".1200", 16383
  br label %"icmpv6"
to_mpls.13:
  %".1202" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1202", align 2
  %".1204" = getelementptr i8, ptr %"keys", i64 2
  %".1205" = trunc i64 %"end.5" to i16
  store volatile i16 %".1205", ptr %".1204", align 2
  %".1207" = load volatile i16, ptr %".1204", align 2
  %".1208" = zext i16 %".1207" to i64
  %"cursor.88" = and i64 %".1208", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.8:
  %".1210" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1210", align 1
  %".1212" = and i32 %"flags", 4
  %".1213" = icmp ne i32 %".1212", 0
  br i1 %".1213", label %"exit.42", label %"cont.42"
to_ipv6.8:
  %".1225" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1225", align 1
  %".1227" = and i32 %"flags", 4
  %".1228" = icmp ne i32 %".1227", 0
  br i1 %".1228", label %"exit.43", label %"cont.43"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.76" = phi  i64 [%"end.5", %"to_ipv6_opts.6"], [%"end.5", %"to_ipv6_opts.7"], [%"cursor.77", %"to_ipv6_opts.8"], [%"cursor.91", %"to_ipv6_opts.9"], [%"cursor.92", %"to_ipv6_opts.10"], [%"cursor.93", %"to_ipv6_opts.11"]
  %"hdr.35" = getelementptr i8, ptr %"data", i64 %"cursor.76"
  %".2405" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2406" = icmp ugt ptr %".2405", %"data_end"
  br i1 %".2406", label %"exit.88", label %"cont.88"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.78" = phi  i64 [%"end.5", %"to_ipv6_frag.2"], [%".1253", %"to_ipv6_frag.3"]
  %"hdr.36" = getelementptr i8, ptr %"data", i64 %"cursor.78"
  %".2539" = getelementptr i8, ptr %"hdr.36", i64 8
  %".2540" = icmp ugt ptr %".2539", %"data_end"
  br i1 %".2540", label %"exit.92", label %"cont.92"
exit.42:
  %".1215" = trunc i64 %"end.5" to i16
  %".1216" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1215", ptr %".1216", align 2
  br label %"return"
cont.42:
  %".1219" = getelementptr i8, ptr %"keys", i64 2
  %".1220" = trunc i64 %"end.5" to i16
  store volatile i16 %".1220", ptr %".1219", align 2
  %".1222" = load volatile i16, ptr %".1219", align 2
  %".1223" = zext i16 %".1222" to i64
  %"cursor.89" = and i64 %".1223", 16383
  br label %"ipv4_d1"
exit.43:
  %".1230" = trunc i64 %"end.5" to i16
  %".1231" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1230", ptr %".1231", align 2
  br label %"return"
cont.43:
  %".1234" = getelementptr i8, ptr %"keys", i64 2
  %".1235" = trunc i64 %"end.5" to i16
  store volatile i16 %".1235", ptr %".1234", align 2
  %".1237" = load volatile i16, ptr %".1234", align 2
  %".1238" = zext i16 %".1237" to i64
  %"cursor.90" = and i64 %".1238", 16383
  br label %"ipv6_d1"
exit.44:
  %".1243" = trunc i64 %"cursor.22" to i16
  %".1244" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1243", ptr %".1244", align 2
  br label %"return"
cont.44:
  %".1247" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1248" = load i8, ptr %".1247", align 1
  %".1249" = zext i8 %".1248" to i64
  %".1250" = trunc i64 %".1249" to i8
  %".1251" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1250", ptr %".1251", align 1
  %".1253" = add i64 %"cursor.22", 8
  %".1254" = icmp ne i64 1, 0
  %".1255" = getelementptr i8, ptr %"hdr.18", i64 2
  %".1256" = load i16, ptr %".1255", align 2
  %".1257" = call i16 @"llvm.bswap.i16"(i16 %".1256")
  %".1258" = zext i16 %".1257" to i64
  %".1259" = and i64 %".1258", 65528
  %".1260" = icmp eq i64 %".1259", 0
  br i1 %".1254", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".1262" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1262", align 1
  br i1 %".1260", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".1280" = zext i8 %".1248" to i64
  switch i64 %".1280", label %"unknown.12" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 132, label %"to_sctp.5" i64 33, label %"to_dccp.5" i64 50, label %"to_esp.5" i64 51, label %"to_ah.5" i64 58, label %"to_icmpv6.3" i64 137, label %"to_mpls.14" i64 4, label %"to_ipv4.9" i64 41, label %"to_ipv6.9"]
first_fragment.2:
  %".1269" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1269", align 1
  %".1271" = and i32 %"flags", 1
  %".1272" = icmp ne i32 %".1271", 0
  %".1273" = xor i1 %".1272", -1
  br i1 %".1273", label %"exit.45", label %"cont.45"
later_fragment.2:
  %".1265" = trunc i64 %".1253" to i16
  %".1266" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1265", ptr %".1266", align 2
  br label %"return"
exit.45:
  %".1275" = trunc i64 %".1253" to i16
  %".1276" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1275", ptr %".1276", align 2
  br label %"return"
cont.45:
  br label %"not_fragment.2"
unknown.12:
  %".1282" = trunc i64 %".1253" to i16
  %".1283" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1282", ptr %".1283", align 2
  br label %"return"
to_ipv6_opts.9:
  %".1286" = getelementptr i8, ptr %"keys", i64 2
  %".1287" = trunc i64 %".1253" to i16
  store volatile i16 %".1287", ptr %".1286", align 2
  %".1289" = load volatile i16, ptr %".1286", align 2
  %".1290" = zext i16 %".1289" to i64
  %"cursor.91" = and i64 %".1290", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  %".1292" = getelementptr i8, ptr %"keys", i64 2
  %".1293" = trunc i64 %".1253" to i16
  store volatile i16 %".1293", ptr %".1292", align 2
  %".1295" = load volatile i16, ptr %".1292", align 2
  %".1296" = zext i16 %".1295" to i64
  %"cursor.92" = and i64 %".1296", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  %".1298" = getelementptr i8, ptr %"keys", i64 2
  %".1299" = trunc i64 %".1253" to i16
  store volatile i16 %".1299", ptr %".1298", align 2
  %".1301" = load volatile i16, ptr %".1298", align 2
  %".1302" = zext i16 %".1301" to i64
  %"cursor.93" = and i64 %".1302", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  %".1305" = getelementptr i8, ptr %"keys", i64 2
  %".1306" = trunc i64 %".1253" to i16
  store volatile i16 %".1306", ptr %".1305", align 2
  %".1308" = load volatile i16, ptr %".1305", align 2
  %".1309" = zext i16 %".1308" to i64
  %"cursor.94" = and i64 %".1309", 16383
  br label %"tcp"
to_udp.5:
  %".1311" = getelementptr i8, ptr %"keys", i64 2
  %".1312" = trunc i64 %".1253" to i16
  store volatile i16 %".1312", ptr %".1311", align 2
  %".1314" = load volatile i16, ptr %".1311", align 2
  %".1315" = zext i16 %".1314" to i64
  %"cursor.95" = and i64 %".1315", 16383
  br label %"udp_d0"
to_udplite.5:
  %".1317" = getelementptr i8, ptr %"keys", i64 2
  %".1318" = trunc i64 %".1253" to i16
  store volatile i16 %".1318", ptr %".1317", align 2
  %".1320" = load volatile i16, ptr %".1317", align 2
  %".1321" = zext i16 %".1320" to i64
  %"cursor.96" = and i64 %".1321", 16383
  br label %"udplite"
to_gre.5:
  %".1323" = getelementptr i8, ptr %"keys", i64 2
  %".1324" = trunc i64 %".1253" to i16
  store volatile i16 %".1324", ptr %".1323", align 2
  %".1326" = load volatile i16, ptr %".1323", align 2
  %".1327" = zext i16 %".1326" to i64
  %"cursor.97" = and i64 %".1327", 16383
  br label %"gre_d0"
to_sctp.5:
  %".1329" = getelementptr i8, ptr %"keys", i64 2
  %".1330" = trunc i64 %".1253" to i16
  store volatile i16 %".1330", ptr %".1329", align 2
  %".1332" = load volatile i16, ptr %".1329", align 2
  %".1333" = zext i16 %".1332" to i64
  %"cursor.98" = and i64 %".1333", 16383
  br label %"sctp"
to_dccp.5:
  %".1335" = getelementptr i8, ptr %"keys", i64 2
  %".1336" = trunc i64 %".1253" to i16
  store volatile i16 %".1336", ptr %".1335", align 2
  %".1338" = load volatile i16, ptr %".1335", align 2
  %".1339" = zext i16 %".1338" to i64
  %"cursor.99" = and i64 %".1339", 16383
  br label %"dccp"
to_esp.5:
  %".1341" = getelementptr i8, ptr %"keys", i64 2
  %".1342" = trunc i64 %".1253" to i16
  store volatile i16 %".1342", ptr %".1341", align 2
  %".1344" = load volatile i16, ptr %".1341", align 2
  %".1345" = zext i16 %".1344" to i64
  %"cursor.100" = and i64 %".1345", 16383
  br label %"esp"
to_ah.5:
  %".1347" = getelementptr i8, ptr %"keys", i64 2
  %".1348" = trunc i64 %".1253" to i16
  store volatile i16 %".1348", ptr %".1347", align 2
  %".1350" = load volatile i16, ptr %".1347", align 2
  %".1351" = zext i16 %".1350" to i64
  %"cursor.101" = and i64 %".1351", 16383
  br label %"ah"
to_icmpv6.3:
  %".1353" = getelementptr i8, ptr %"keys", i64 2
  %".1354" = trunc i64 %".1253" to i16
  store volatile i16 %".1354", ptr %".1353", align 2
  %".1356" = load volatile i16, ptr %".1353", align 2
  %".1357" = zext i16 %".1356" to i64
  %"cursor.102" = and i64 %".1357", 16383
  br label %"icmpv6"
to_mpls.14:
  %".1359" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1359", align 2
  %".1361" = getelementptr i8, ptr %"keys", i64 2
  %".1362" = trunc i64 %".1253" to i16
  store volatile i16 %".1362", ptr %".1361", align 2
  %".1364" = load volatile i16, ptr %".1361", align 2
  %".1365" = zext i16 %".1364" to i64
  %"cursor.103" = and i64 %".1365", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.9:
  %".1367" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1367", align 1
  %".1369" = and i32 %"flags", 4
  %".1370" = icmp ne i32 %".1369", 0
  br i1 %".1370", label %"exit.46", label %"cont.46"
to_ipv6.9:
  %".1382" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1382", align 1
  %".1384" = and i32 %"flags", 4
  %".1385" = icmp ne i32 %".1384", 0
  br i1 %".1385", label %"exit.47", label %"cont.47"
exit.46:
  %".1372" = trunc i64 %".1253" to i16
  %".1373" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1372", ptr %".1373", align 2
  br label %"return"
cont.46:
  %".1376" = getelementptr i8, ptr %"keys", i64 2
  %".1377" = trunc i64 %".1253" to i16
  store volatile i16 %".1377", ptr %".1376", align 2
  %".1379" = load volatile i16, ptr %".1376", align 2
  %".1380" = zext i16 %".1379" to i64
  %"cursor.104" = and i64 %".1380", 16383
  br label %"ipv4_d1"
exit.47:
  %".1387" = trunc i64 %".1253" to i16
  %".1388" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1387", ptr %".1388", align 2
  br label %"return"
cont.47:
  %".1391" = getelementptr i8, ptr %"keys", i64 2
  %".1392" = trunc i64 %".1253" to i16
  store volatile i16 %".1392", ptr %".1391", align 2
  %".1394" = load volatile i16, ptr %".1391", align 2
  %".1395" = zext i16 %".1394" to i64
  %"cursor.105" = and i64 %".1395", 16383
  br label %"ipv6_d1"
exit.48:
  %".1400" = trunc i64 %"cursor.23" to i16
  %".1401" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1400", ptr %".1401", align 2
  br label %"return"
cont.48:
  %".1404" = add i64 %"cursor.23", 4
  %".1405" = trunc i64 %"cursor.23" to i16
  %".1406" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1405", ptr %".1406", align 2
  br label %"return"
exit.49:
  %".1412" = trunc i64 %"cursor.27" to i16
  %".1413" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1412", ptr %".1413", align 2
  br label %"return"
cont.49:
  %".1416" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1417" = load i16, ptr %".1416", align 2
  %".1418" = call i16 @"llvm.bswap.i16"(i16 %".1417")
  %".1419" = zext i16 %".1418" to i64
  %".1420" = trunc i64 %".1419" to i16
  %".1421" = call i16 @"llvm.bswap.i16"(i16 %".1420")
  %".1422" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1421", ptr %".1422", align 2
  %".1424" = add i64 %"cursor.27", 4
  %".1425" = trunc i64 %".1424" to i16
  %".1426" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1425", ptr %".1426", align 2
  %".1428" = call i16 @"llvm.bswap.i16"(i16 %".1417")
  %".1429" = zext i16 %".1428" to i64
  switch i64 %".1429", label %"unknown.13" [i64 2048, label %"to_ipv4.10" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5" i64 34887, label %"to_mpls.15" i64 34888, label %"to_mpls.16" i64 34916, label %"to_pppoe.2"]
unknown.13:
  %".1431" = trunc i64 %".1424" to i16
  %".1432" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1431", ptr %".1432", align 2
  br label %"return"
to_ipv4.10:
  %".1435" = getelementptr i8, ptr %"keys", i64 2
  %".1436" = trunc i64 %".1424" to i16
  store volatile i16 %".1436", ptr %".1435", align 2
  %".1438" = load volatile i16, ptr %".1435", align 2
  %".1439" = zext i16 %".1438" to i64
  %"cursor.106" = and i64 %".1439", 16383
  br label %"ipv4_d0"
to_ipv6.10:
  %".1441" = getelementptr i8, ptr %"keys", i64 2
  %".1442" = trunc i64 %".1424" to i16
  store volatile i16 %".1442", ptr %".1441", align 2
  %".1444" = load volatile i16, ptr %".1441", align 2
  %".1445" = zext i16 %".1444" to i64
  %"cursor.107" = and i64 %".1445", 16383
  br label %"ipv6_d0"
to_vlan.4:
  %".1447" = trunc i64 %".1424" to i16
  %".1448" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1447", ptr %".1448", align 2
  br label %"return"
to_vlan.5:
  %".1451" = trunc i64 %".1424" to i16
  %".1452" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1451", ptr %".1452", align 2
  br label %"return"
to_mpls.15:
  %".1455" = getelementptr i8, ptr %"keys", i64 2
  %".1456" = trunc i64 %".1424" to i16
  store volatile i16 %".1456", ptr %".1455", align 2
  %".1458" = load volatile i16, ptr %".1455", align 2
  %".1459" = zext i16 %".1458" to i64
  %"cursor.108" = and i64 %".1459", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.16:
  %".1461" = getelementptr i8, ptr %"keys", i64 2
  %".1462" = trunc i64 %".1424" to i16
  store volatile i16 %".1462", ptr %".1461", align 2
  %".1464" = load volatile i16, ptr %".1461", align 2
  %".1465" = zext i16 %".1464" to i64
  %"cursor.109" = and i64 %".1465", 16383
  br label %"mpls_d0_mpls_labels1"
to_pppoe.2:
  %".1467" = getelementptr i8, ptr %"keys", i64 2
  %".1468" = trunc i64 %".1424" to i16
  store volatile i16 %".1468", ptr %".1467", align 2
  %".1470" = load volatile i16, ptr %".1467", align 2
  %".1471" = zext i16 %".1470" to i64
  %"cursor.110" = and i64 %".1471", 16383
  br label %"pppoe_d0"
exit.50:
  %".1476" = trunc i64 %"cursor.30" to i16
  %".1477" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1476", ptr %".1477", align 2
  br label %"return"
cont.50:
  %".1480" = add i64 %"cursor.30", 4
  %".1481" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1482" = load i8, ptr %".1481", align 1
  %".1483" = zext i8 %".1482" to i64
  %".1484" = and i64 %".1483", 1
  switch i64 %".1484", label %"unknown.14" [i64 0, label %"to_mpls.17" i64 1, label %"to_ip_version.1"]
unknown.14:
  %".1486" = trunc i64 %".1480" to i16
  %".1487" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1486", ptr %".1487", align 2
  br label %"return"
to_mpls.17:
  br label %"mpls_d0_mpls_labels3"
to_ip_version.1:
  %".1491" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1491", align 1
  %".1493" = and i32 %"flags", 4
  %".1494" = icmp ne i32 %".1493", 0
  br i1 %".1494", label %"exit.51", label %"cont.51"
mpls_d0_mpls_labels3:
  %"cursor.111" = phi  i64 [%".1480", %"to_mpls.17"]
  %"hdr.37" = getelementptr i8, ptr %"data", i64 %"cursor.111"
  %".2696" = getelementptr i8, ptr %"hdr.37", i64 4
  %".2697" = icmp ugt ptr %".2696", %"data_end"
  br i1 %".2697", label %"exit.96", label %"cont.96"
exit.51:
  %".1496" = trunc i64 %".1480" to i16
  %".1497" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1496", ptr %".1497", align 2
  br label %"return"
cont.51:
  %".1500" = getelementptr i8, ptr %"keys", i64 2
  %".1501" = trunc i64 %".1480" to i16
  store volatile i16 %".1501", ptr %".1500", align 2
  %".1503" = load volatile i16, ptr %".1500", align 2
  %".1504" = zext i16 %".1503" to i64
  %"cursor.112" = and i64 %".1504", 16383
  br label %"ip_version_d1"
exit.52:
  %".1509" = trunc i64 %"cursor.31" to i16
  %".1510" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1509", ptr %".1510", align 2
  br label %"return"
cont.52:
  %".1513" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1514" = load i8, ptr %".1513", align 1
  %".1515" = zext i8 %".1514" to i64
  %".1516" = lshr i64 %".1515", 4
  %".1517" = and i64 %".1516", 15
  switch i64 %".1517", label %"unknown.15" [i64 4, label %"to_ipv4.11" i64 6, label %"to_ipv6.11"]
unknown.15:
  %".1519" = trunc i64 %"cursor.31" to i16
  %".1520" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1519", ptr %".1520", align 2
  br label %"return"
to_ipv4.11:
  %".1523" = getelementptr i8, ptr %"keys", i64 2
  %".1524" = trunc i64 %"cursor.31" to i16
  store volatile i16 %".1524", ptr %".1523", align 2
  %".1526" = load volatile i16, ptr %".1523", align 2
  %".1527" = zext i16 %".1526" to i64
  %"cursor.113" = and i64 %".1527", 16383
  br label %"ipv4_d1"
to_ipv6.11:
  %".1529" = getelementptr i8, ptr %"keys", i64 2
  %".1530" = trunc i64 %"cursor.31" to i16
  store volatile i16 %".1530", ptr %".1529", align 2
  %".1532" = load volatile i16, ptr %".1529", align 2
  %".1533" = zext i16 %".1532" to i64
  %"cursor.114" = and i64 %".1533", 16383
  br label %"ipv6_d1"
exit.53:
  %".1538" = trunc i64 %"cursor.37" to i16
  %".1539" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1538", ptr %".1539", align 2
  br label %"return"
cont.53:
  %".1542" = getelementptr i8, ptr %"hdr.23", i64 12
  %".1543" = load i8, ptr %".1542", align 1
  %".1544" = zext i8 %".1543" to i64
  %".1545" = lshr i64 %".1544", 4
  %".1546" = and i64 %".1545", 15
  %".1547" = icmp uge i64 %".1546", 5
  %".1548" = xor i1 %".1547", -1
  br i1 %".1548", label %"exit.54", label %"cont.54"
exit.54:
  %".1550" = trunc i64 %"cursor.37" to i16
  %".1551" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1550", ptr %".1551", align 2
  br label %"return"
cont.54:
  %".1554" = add i64 %"cursor.37", 20
  %".1555" = zext i8 %".1543" to i64
  %".1556" = lshr i64 %".1555", 4
  %".1557" = and i64 %".1556", 15
  %".1558" = mul i64 %".1557", 4
  %".1559" = sub i64 %".1558", 20
  %".1560" = add i64 %".1559", 20
  %".1561" = getelementptr i8, ptr %"hdr.23", i64 %".1560"
  %".1562" = icmp ugt ptr %".1561", %"data_end"
  br i1 %".1562", label %"exit.55", label %"cont.55"
exit.55:
  %".1564" = trunc i64 %"cursor.37" to i16
  %".1565" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1564", ptr %".1565", align 2
  br label %"return"
cont.55:
  %"end.6" = add i64 %"cursor.37", %".1560"
  %".1568" = trunc i64 %"cursor.37" to i16
  %".1569" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1568", ptr %".1569", align 2
  br label %"return"
exit.56:
  %".1575" = trunc i64 %"cursor.38" to i16
  %".1576" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1575", ptr %".1576", align 2
  br label %"return"
cont.56:
  %".1579" = add i64 %"cursor.38", 8
  %".1580" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1580", align 1
  %".1582" = and i32 %"flags", 4
  %".1583" = icmp ne i32 %".1582", 0
  br i1 %".1583", label %"exit.57", label %"cont.57"
exit.57:
  %".1585" = trunc i64 %".1579" to i16
  %".1586" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1585", ptr %".1586", align 2
  br label %"return"
cont.57:
  switch i64 0, label %"unknown.16" [i64 0, label %"to_ethernet.1"]
unknown.16:
  %".1590" = trunc i64 %".1579" to i16
  %".1591" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1590", ptr %".1591", align 2
  br label %"return"
to_ethernet.1:
  %".1594" = getelementptr i8, ptr %"keys", i64 2
  %".1595" = trunc i64 %".1579" to i16
  store volatile i16 %".1595", ptr %".1594", align 2
  %".1597" = load volatile i16, ptr %".1594", align 2
  %".1598" = zext i16 %".1597" to i64
  %"cursor.115" = and i64 %".1598", 16383
  br label %"ethernet_d1"
exit.58:
  %".1603" = trunc i64 %"cursor.39" to i16
  %".1604" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1603", ptr %".1604", align 2
  br label %"return"
cont.58:
  %".1607" = getelementptr i8, ptr %"hdr.25", i64 0
  %".1608" = load i8, ptr %".1607", align 1
  %".1609" = zext i8 %".1608" to i64
  %".1610" = lshr i64 %".1609", 6
  %".1611" = and i64 %".1610", 3
  %".1612" = icmp ne i64 %".1611", 0
  br i1 %".1612", label %"exit.59", label %"cont.59"
exit.59:
  %".1614" = trunc i64 %"cursor.39" to i16
  %".1615" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1614", ptr %".1615", align 2
  br label %"return"
cont.59:
  %".1618" = add i64 %"cursor.39", 8
  %".1619" = zext i8 %".1608" to i64
  %".1620" = and i64 %".1619", 63
  %".1621" = mul i64 %".1620", 4
  %".1622" = add i64 %".1621", 8
  %".1623" = getelementptr i8, ptr %"hdr.25", i64 %".1622"
  %".1624" = icmp ugt ptr %".1623", %"data_end"
  br i1 %".1624", label %"exit.60", label %"cont.60"
exit.60:
  %".1626" = trunc i64 %"cursor.39" to i16
  %".1627" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1626", ptr %".1627", align 2
  br label %"return"
cont.60:
  %"end.7" = add i64 %"cursor.39", %".1622"
  %".1630" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1630", align 1
  %".1632" = and i32 %"flags", 4
  %".1633" = icmp ne i32 %".1632", 0
  br i1 %".1633", label %"exit.61", label %"cont.61"
exit.61:
  %".1635" = trunc i64 %"end.7" to i16
  %".1636" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1635", ptr %".1636", align 2
  br label %"return"
cont.61:
  %".1639" = getelementptr i8, ptr %"hdr.25", i64 2
  %".1640" = load i16, ptr %".1639", align 2
  %".1641" = call i16 @"llvm.bswap.i16"(i16 %".1640")
  %".1642" = zext i16 %".1641" to i64
  switch i64 %".1642", label %"unknown.17" [i64 25944, label %"to_ethernet.2" i64 2048, label %"to_ipv4.12" i64 34525, label %"to_ipv6.12"]
unknown.17:
  %".1644" = trunc i64 %"end.7" to i16
  %".1645" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1644", ptr %".1645", align 2
  br label %"return"
to_ethernet.2:
  %".1648" = getelementptr i8, ptr %"keys", i64 2
  %".1649" = trunc i64 %"end.7" to i16
  store volatile i16 %".1649", ptr %".1648", align 2
  %".1651" = load volatile i16, ptr %".1648", align 2
  %".1652" = zext i16 %".1651" to i64
  %"cursor.116" = and i64 %".1652", 16383
  br label %"ethernet_d1"
to_ipv4.12:
  %".1654" = getelementptr i8, ptr %"keys", i64 2
  %".1655" = trunc i64 %"end.7" to i16
  store volatile i16 %".1655", ptr %".1654", align 2
  %".1657" = load volatile i16, ptr %".1654", align 2
  %".1658" = zext i16 %".1657" to i64
  %"cursor.117" = and i64 %".1658", 16383
  br label %"ipv4_d1"
to_ipv6.12:
  %".1660" = getelementptr i8, ptr %"keys", i64 2
  %".1661" = trunc i64 %"end.7" to i16
  store volatile i16 %".1661", ptr %".1660", align 2
  %".1663" = load volatile i16, ptr %".1660", align 2
  %".1664" = zext i16 %".1663" to i64
  %"cursor.118" = and i64 %".1664", 16383
  br label %"ipv6_d1"
exit.62:
  %".1669" = trunc i64 %"cursor.40" to i16
  %".1670" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1669", ptr %".1670", align 2
  br label %"return"
cont.62:
  %".1673" = getelementptr i8, ptr %"hdr.26", i64 0
  %".1674" = load i8, ptr %".1673", align 1
  %".1675" = zext i8 %".1674" to i64
  %".1676" = lshr i64 %".1675", 6
  %".1677" = and i64 %".1676", 3
  %".1678" = icmp ne i64 %".1677", 0
  %".1679" = zext i8 %".1674" to i64
  %".1680" = lshr i64 %".1679", 5
  %".1681" = and i64 %".1680", 1
  %".1682" = icmp ne i64 %".1681", 0
  %".1683" = or i1 %".1678", %".1682"
  br i1 %".1683", label %"exit.63", label %"cont.63"
exit.63:
  %".1685" = trunc i64 %"cursor.40" to i16
  %".1686" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1685", ptr %".1686", align 2
  br label %"return"
cont.63:
  %".1689" = add i64 %"cursor.40", 4
  %".1690" = zext i8 %".1674" to i64
  %".1691" = and i64 %".1690", 31
  %".1692" = mul i64 %".1691", 4
  %".1693" = add i64 %".1692", 4
  %".1694" = getelementptr i8, ptr %"hdr.26", i64 %".1693"
  %".1695" = icmp ugt ptr %".1694", %"data_end"
  br i1 %".1695", label %"exit.64", label %"cont.64"
exit.64:
  %".1697" = trunc i64 %"cursor.40" to i16
  %".1698" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1697", ptr %".1698", align 2
  br label %"return"
cont.64:
  %"end.8" = add i64 %"cursor.40", %".1693"
  %".1701" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1701", align 1
  %".1703" = and i32 %"flags", 4
  %".1704" = icmp ne i32 %".1703", 0
  br i1 %".1704", label %"exit.65", label %"cont.65"
exit.65:
  %".1706" = trunc i64 %"end.8" to i16
  %".1707" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1706", ptr %".1707", align 2
  br label %"return"
cont.65:
  %".1710" = getelementptr i8, ptr %"hdr.26", i64 1
  %".1711" = load i8, ptr %".1710", align 1
  %".1712" = zext i8 %".1711" to i64
  switch i64 %".1712", label %"unknown.18" [i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.13"]
unknown.18:
  %".1714" = trunc i64 %"end.8" to i16
  %".1715" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1714", ptr %".1715", align 2
  br label %"return"
to_ipv4.13:
  %".1718" = getelementptr i8, ptr %"keys", i64 2
  %".1719" = trunc i64 %"end.8" to i16
  store volatile i16 %".1719", ptr %".1718", align 2
  %".1721" = load volatile i16, ptr %".1718", align 2
  %".1722" = zext i16 %".1721" to i64
  %"cursor.119" = and i64 %".1722", 16383
  br label %"ipv4_d1"
to_ipv6.13:
  %".1724" = getelementptr i8, ptr %"keys", i64 2
  %".1725" = trunc i64 %"end.8" to i16
  store volatile i16 %".1725", ptr %".1724", align 2
  %".1727" = load volatile i16, ptr %".1724", align 2
  %".1728" = zext i16 %".1727" to i64
  %"cursor.120" = and i64 %".1728", 16383
  br label %"ipv6_d1"
exit.66:
  %".1733" = trunc i64 %"cursor.41" to i16
  %".1734" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1733", ptr %".1734", align 2
  br label %"return"
cont.66:
  %".1737" = getelementptr i8, ptr %"hdr.27", i64 0
  %".1738" = load i8, ptr %".1737", align 1
  %".1739" = zext i8 %".1738" to i64
  %".1740" = lshr i64 %".1739", 5
  %".1741" = and i64 %".1740", 7
  %".1742" = icmp ne i64 %".1741", 1
  %".1743" = zext i8 %".1738" to i64
  %".1744" = lshr i64 %".1743", 4
  %".1745" = and i64 %".1744", 1
  %".1746" = icmp ne i64 %".1745", 1
  %".1747" = or i1 %".1742", %".1746"
  %".1748" = getelementptr i8, ptr %"hdr.27", i64 1
  %".1749" = load i8, ptr %".1748", align 1
  %".1750" = zext i8 %".1749" to i64
  %".1751" = icmp ne i64 %".1750", 255
  %".1752" = or i1 %".1747", %".1751"
  br i1 %".1752", label %"exit.67", label %"cont.67"
exit.67:
  %".1754" = trunc i64 %"cursor.41" to i16
  %".1755" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1754", ptr %".1755", align 2
  br label %"return"
cont.67:
  %".1758" = add i64 %"cursor.41", 8
  %".1759" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1759", align 1
  %".1761" = and i32 %"flags", 4
  %".1762" = icmp ne i32 %".1761", 0
  br i1 %".1762", label %"exit.68", label %"cont.68"
exit.68:
  %".1764" = trunc i64 %".1758" to i16
  %".1765" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1764", ptr %".1765", align 2
  br label %"return"
cont.68:
  %".1768" = zext i8 %".1738" to i64
  %".1769" = lshr i64 %".1768", 2
  %".1770" = and i64 %".1769", 1
  %".1771" = mul i64 %".1770", 4
  %".1772" = zext i8 %".1738" to i64
  %".1773" = lshr i64 %".1772", 1
  %".1774" = and i64 %".1773", 1
  %".1775" = mul i64 %".1774", 2
  %".1776" = add i64 %".1771", %".1775"
  %".1777" = zext i8 %".1738" to i64
  %".1778" = and i64 %".1777", 1
  %".1779" = add i64 %".1776", %".1778"
  %".1780" = icmp uge i64 %".1779", 1
  %".1781" = icmp ule i64 %".1779", 3
  %".1782" = and i1 %".1780", %".1781"
  br i1 %".1782", label %"to_gtpu_opt", label %"select"
unknown.19:
  %".1789" = trunc i64 %".1758" to i16
  %".1790" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1789", ptr %".1790", align 2
  br label %"return"
to_ip_version.2:
  %".1793" = getelementptr i8, ptr %"keys", i64 2
  %".1794" = trunc i64 %".1758" to i16
  store volatile i16 %".1794", ptr %".1793", align 2
  %".1796" = load volatile i16, ptr %".1793", align 2
  %".1797" = zext i16 %".1796" to i64
  %"cursor.121" = and i64 %".1797", 16383
  br label %"ip_version_d1"
to_gtpu_opt:
  %".1799" = getelementptr i8, ptr %"keys", i64 2
  %".1800" = trunc i64 %".1758" to i16
  store volatile i16 %".1800", ptr %".1799", align 2
  %".1802" = load volatile i16, ptr %".1799", align 2
  %".1803" = zext i16 %".1802" to i64
  %"cursor.123" = and i64 %".1803", 16383
  br label %"gtpu_opt_d1"
to_gtpu_seq:
  %".1805" = getelementptr i8, ptr %"keys", i64 2
  %".1806" = trunc i64 %".1758" to i16
  store volatile i16 %".1806", ptr %".1805", align 2
  %".1808" = load volatile i16, ptr %".1805", align 2
  %".1809" = zext i16 %".1808" to i64
  %"cursor.125" = and i64 %".1809", 16383
  br label %"gtpu_seq_d1"
select:
  %".1784" = icmp uge i64 %".1779", 4
  %".1785" = icmp ule i64 %".1779", 7
  %".1786" = and i1 %".1784", %".1785"
  br i1 %".1786", label %"to_gtpu_seq", label %"select.1"
select.1:
  switch i64 %".1779", label %"unknown.19" [i64 0, label %"to_ip_version.2"]
gtpu_opt_d1:
  %"cursor.122" = phi  i64 [%"cursor.123", %"to_gtpu_opt"]
  %"hdr.38" = getelementptr i8, ptr %"data", i64 %"cursor.122"
  %".2729" = getelementptr i8, ptr %"hdr.38", i64 4
  %".2730" = icmp ugt ptr %".2729", %"data_end"
  br i1 %".2730", label %"exit.98", label %"cont.98"
gtpu_seq_d1:
  %"cursor.124" = phi  i64 [%"cursor.125", %"to_gtpu_seq"]
  %"hdr.39" = getelementptr i8, ptr %"data", i64 %"cursor.124"
  %".2748" = getelementptr i8, ptr %"hdr.39", i64 3
  %".2749" = icmp ugt ptr %".2748", %"data_end"
  br i1 %".2749", label %"exit.99", label %"cont.99"
exit.69:
  %".1814" = trunc i64 %"cursor.42" to i16
  %".1815" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1814", ptr %".1815", align 2
  br label %"return"
cont.69:
  %".1818" = add i64 %"cursor.42", 8
  %".1819" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1819", align 1
  %".1821" = and i32 %"flags", 4
  %".1822" = icmp ne i32 %".1821", 0
  br i1 %".1822", label %"exit.70", label %"cont.70"
exit.70:
  %".1824" = trunc i64 %".1818" to i16
  %".1825" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1824", ptr %".1825", align 2
  br label %"return"
cont.70:
  %".1828" = getelementptr i8, ptr %"hdr.28", i64 2
  %".1829" = load i16, ptr %".1828", align 2
  %".1830" = call i16 @"llvm.bswap.i16"(i16 %".1829")
  %".1831" = zext i16 %".1830" to i64
  switch i64 %".1831", label %"unknown.20" [i64 2048, label %"to_ipv4.14"]
unknown.20:
  %".1833" = trunc i64 %".1818" to i16
  %".1834" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1833", ptr %".1834", align 2
  br label %"return"
to_ipv4.14:
  %".1837" = getelementptr i8, ptr %"keys", i64 2
  %".1838" = trunc i64 %".1818" to i16
  store volatile i16 %".1838", ptr %".1837", align 2
  %".1840" = load volatile i16, ptr %".1837", align 2
  %".1841" = zext i16 %".1840" to i64
  %"cursor.126" = and i64 %".1841", 16383
  br label %"ipv4_d1"
exit.71:
  %".1846" = trunc i64 %"cursor.45" to i16
  %".1847" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1846", ptr %".1847", align 2
  br label %"return"
cont.71:
  %".1850" = getelementptr i8, ptr %"hdr.29", i64 12
  %".1851" = load i16, ptr %".1850", align 2
  %".1852" = call i16 @"llvm.bswap.i16"(i16 %".1851")
  %".1853" = zext i16 %".1852" to i64
  %".1854" = trunc i64 %".1853" to i16
  %".1855" = call i16 @"llvm.bswap.i16"(i16 %".1854")
  %".1856" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1855", ptr %".1856", align 2
  %".1858" = add i64 %"cursor.45", 14
  %".1859" = call i16 @"llvm.bswap.i16"(i16 %".1851")
  %".1860" = zext i16 %".1859" to i64
  switch i64 %".1860", label %"unknown.21" [i64 2048, label %"to_ipv4.15" i64 34525, label %"to_ipv6.14" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7" i64 34887, label %"to_mpls.18" i64 34888, label %"to_mpls.19" i64 34916, label %"to_pppoe.3"]
unknown.21:
  %".1862" = trunc i64 %".1858" to i16
  %".1863" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1862", ptr %".1863", align 2
  br label %"return"
to_ipv4.15:
  %".1866" = getelementptr i8, ptr %"keys", i64 2
  %".1867" = trunc i64 %".1858" to i16
  store volatile i16 %".1867", ptr %".1866", align 2
  %".1869" = load volatile i16, ptr %".1866", align 2
  %".1870" = zext i16 %".1869" to i64
  %"cursor.127" = and i64 %".1870", 16383
  br label %"ipv4_d1"
to_ipv6.14:
  %".1872" = getelementptr i8, ptr %"keys", i64 2
  %".1873" = trunc i64 %".1858" to i16
  store volatile i16 %".1873", ptr %".1872", align 2
  %".1875" = load volatile i16, ptr %".1872", align 2
  %".1876" = zext i16 %".1875" to i64
  %"cursor.128" = and i64 %".1876", 16383
  br label %"ipv6_d1"
to_vlan.6:
  %".1878" = getelementptr i8, ptr %"keys", i64 2
  %".1879" = trunc i64 %".1858" to i16
  store volatile i16 %".1879", ptr %".1878", align 2
  %".1881" = load volatile i16, ptr %".1878", align 2
  %".1882" = zext i16 %".1881" to i64
  %"cursor.130" = and i64 %".1882", 16383
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  %".1884" = getelementptr i8, ptr %"keys", i64 2
  %".1885" = trunc i64 %".1858" to i16
  store volatile i16 %".1885", ptr %".1884", align 2
  %".1887" = load volatile i16, ptr %".1884", align 2
  %".1888" = zext i16 %".1887" to i64
  %"cursor.131" = and i64 %".1888", 16383
  br label %"vlan_d1_vlan_tags1"
to_mpls.18:
  %".1890" = getelementptr i8, ptr %"keys", i64 2
  %".1891" = trunc i64 %".1858" to i16
  store volatile i16 %".1891", ptr %".1890", align 2
  %".1893" = load volatile i16, ptr %".1890", align 2
  %".1894" = zext i16 %".1893" to i64
  %"cursor.132" = and i64 %".1894", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.19:
  %".1896" = getelementptr i8, ptr %"keys", i64 2
  %".1897" = trunc i64 %".1858" to i16
  store volatile i16 %".1897", ptr %".1896", align 2
  %".1899" = load volatile i16, ptr %".1896", align 2
  %".1900" = zext i16 %".1899" to i64
  %"cursor.133" = and i64 %".1900", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.3:
  %".1902" = getelementptr i8, ptr %"keys", i64 2
  %".1903" = trunc i64 %".1858" to i16
  store volatile i16 %".1903", ptr %".1902", align 2
  %".1905" = load volatile i16, ptr %".1902", align 2
  %".1906" = zext i16 %".1905" to i64
  %"cursor.135" = and i64 %".1906", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1:
  %"cursor.129" = phi  i64 [%"cursor.130", %"to_vlan.6"], [%"cursor.131", %"to_vlan.7"]
  %"hdr.40" = getelementptr i8, ptr %"data", i64 %"cursor.129"
  %".2767" = getelementptr i8, ptr %"hdr.40", i64 4
  %".2768" = icmp ugt ptr %".2767", %"data_end"
  br i1 %".2768", label %"exit.100", label %"cont.100"
pppoe_d1:
  %"cursor.134" = phi  i64 [%"cursor.135", %"to_pppoe.3"], [%"cursor.220", %"to_pppoe.4"], [%"cursor.289", %"to_pppoe.5"]
  %"hdr.41" = getelementptr i8, ptr %"data", i64 %"cursor.134"
  %".2835" = getelementptr i8, ptr %"hdr.41", i64 8
  %".2836" = icmp ugt ptr %".2835", %"data_end"
  br i1 %".2836", label %"exit.101", label %"cont.101"
exit.72:
  %".1911" = trunc i64 %"cursor.47" to i16
  %".1912" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1911", ptr %".1912", align 2
  br label %"return"
cont.72:
  %".1915" = add i64 %"cursor.47", 4
  %".1916" = getelementptr i8, ptr %"hdr.30", i64 2
  %".1917" = load i8, ptr %".1916", align 1
  %".1918" = zext i8 %".1917" to i64
  %".1919" = and i64 %".1918", 1
  switch i64 %".1919", label %"unknown.22" [i64 0, label %"to_mpls.20" i64 1, label %"to_ip_version.3"]
unknown.22:
  %".1921" = trunc i64 %".1915" to i16
  %".1922" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1921", ptr %".1922", align 2
  br label %"return"
to_mpls.20:
  %".1925" = getelementptr i8, ptr %"keys", i64 2
  %".1926" = trunc i64 %".1915" to i16
  store volatile i16 %".1926", ptr %".1925", align 2
  %".1928" = load volatile i16, ptr %".1925", align 2
  %".1929" = zext i16 %".1928" to i64
  %"cursor.137" = and i64 %".1929", 16383
  br label %"mpls_d1_mpls_labels2"
to_ip_version.3:
  %".1931" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1931", align 1
  %".1933" = and i32 %"flags", 4
  %".1934" = icmp ne i32 %".1933", 0
  br i1 %".1934", label %"exit.73", label %"cont.73"
mpls_d1_mpls_labels2:
  %"cursor.136" = phi  i64 [%"cursor.137", %"to_mpls.20"]
  %"hdr.42" = getelementptr i8, ptr %"data", i64 %"cursor.136"
  %".2904" = getelementptr i8, ptr %"hdr.42", i64 4
  %".2905" = icmp ugt ptr %".2904", %"data_end"
  br i1 %".2905", label %"exit.103", label %"cont.103"
exit.73:
  %".1936" = trunc i64 %".1915" to i16
  %".1937" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1936", ptr %".1937", align 2
  br label %"return"
cont.73:
  %".1940" = trunc i64 %".1915" to i16
  %".1941" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1940", ptr %".1941", align 2
  br label %"return"
exit.74:
  %".1947" = trunc i64 %"cursor.51" to i16
  %".1948" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1947", ptr %".1948", align 2
  br label %"return"
cont.74:
  %".1951" = getelementptr i8, ptr %"hdr.31", i64 0
  %".1952" = load i16, ptr %".1951", align 2
  %".1953" = call i16 @"llvm.bswap.i16"(i16 %".1952")
  %".1954" = zext i16 %".1953" to i64
  %".1955" = trunc i64 %".1954" to i16
  %".1956" = call i16 @"llvm.bswap.i16"(i16 %".1955")
  %".1957" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".1956", ptr %".1957", align 2
  %".1959" = getelementptr i8, ptr %"hdr.31", i64 2
  %".1960" = load i16, ptr %".1959", align 2
  %".1961" = call i16 @"llvm.bswap.i16"(i16 %".1960")
  %".1962" = zext i16 %".1961" to i64
  %".1963" = trunc i64 %".1962" to i16
  %".1964" = call i16 @"llvm.bswap.i16"(i16 %".1963")
  %".1965" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".1964", ptr %".1965", align 2
  %".1967" = add i64 %"cursor.51", 4
  %".1968" = add i64 4, 4
  %".1969" = getelementptr i8, ptr %"hdr.31", i64 %".1968"
  %".1970" = icmp ugt ptr %".1969", %"data_end"
  br i1 %".1970", label %"exit.75", label %"cont.75"
exit.75:
  %".1972" = trunc i64 %"cursor.51" to i16
  %".1973" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1972", ptr %".1973", align 2
  br label %"return"
cont.75:
  %"end.9" = add i64 %"cursor.51", %".1968"
  %".1976" = call i16 @"llvm.bswap.i16"(i16 %".1960")
  %".1977" = zext i16 %".1976" to i64
  switch i64 %".1977", label %"unknown.23" [i64 4789, label %"to_vxlan.1" i64 6081, label %"to_geneve.1" i64 6080, label %"to_gue.1" i64 2152, label %"to_gtpu.1" i64 7777, label %"to_shim.1"]
unknown.23:
  %".1979" = trunc i64 %"cursor.51" to i16
  %".1980" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1979", ptr %".1980", align 2
  br label %"return"
to_vxlan.1:
  %".1983" = getelementptr i8, ptr %"keys", i64 2
  %".1984" = trunc i64 %"end.9" to i16
  store volatile i16 %".1984", ptr %".1983", align 2
  %".1986" = load volatile i16, ptr %".1983", align 2
  %".1987" = zext i16 %".1986" to i64
  %"cursor.139" = and i64 %".1987", 16383
  br label %"vxlan_d1"
to_geneve.1:
  %".1989" = getelementptr i8, ptr %"keys", i64 2
  %".1990" = trunc i64 %"end.9" to i16
  store volatile i16 %".1990", ptr %".1989", align 2
  %".1992" = load volatile i16, ptr %".1989", align 2
  %".1993" = zext i16 %".1992" to i64
  %"cursor.141" = and i64 %".1993", 16383
  br label %"geneve_d1"
to_gue.1:
  %".1995" = getelementptr i8, ptr %"keys", i64 2
  %".1996" = trunc i64 %"end.9" to i16
  store volatile i16 %".1996", ptr %".1995", align 2
  %".1998" = load volatile i16, ptr %".1995", align 2
  %".1999" = zext i16 %".1998" to i64
  %"cursor.143" = and i64 %".1999", 16383
  br label %"gue_d1"
to_gtpu.1:
  %".2001" = getelementptr i8, ptr %"keys", i64 2
  %".2002" = trunc i64 %"end.9" to i16
  store volatile i16 %".2002", ptr %".2001", align 2
  %".2004" = load volatile i16, ptr %".2001", align 2
  %".2005" = zext i16 %".2004" to i64
  %"cursor.145" = and i64 %".2005", 16383
  br label %"gtpu_d1"
to_shim.1:
  %".2007" = getelementptr i8, ptr %"keys", i64 2
  %".2008" = trunc i64 %"end.9" to i16
  store volatile i16 %".2008", ptr %".2007", align 2
  %".2010" = load volatile i16, ptr %".2007", align 2
  %".2011" = zext i16 %".2010" to i64
  %"cursor.147" = and i64 %".2011", 16383
  br label %"shim_d1"
vxlan_d1:
  %"cursor.138" = phi  i64 [%"cursor.139", %"to_vxlan.1"]
  %"hdr.43" = getelementptr i8, ptr %"data", i64 %"cursor.138"
  %".2940" = getelementptr i8, ptr %"hdr.43", i64 8
  %".2941" = icmp ugt ptr %".2940", %"data_end"
  br i1 %".2941", label %"exit.105", label %"cont.105"
geneve_d1:
  %"cursor.140" = phi  i64 [%"cursor.141", %"to_geneve.1"]
  %"hdr.44" = getelementptr i8, ptr %"data", i64 %"cursor.140"
  %".2966" = getelementptr i8, ptr %"hdr.44", i64 8
  %".2967" = icmp ugt ptr %".2966", %"data_end"
  br i1 %".2967", label %"exit.107", label %"cont.107"
gue_d1:
  %"cursor.142" = phi  i64 [%"cursor.143", %"to_gue.1"]
  %"hdr.45" = getelementptr i8, ptr %"data", i64 %"cursor.142"
  %".3026" = getelementptr i8, ptr %"hdr.45", i64 4
  %".3027" = icmp ugt ptr %".3026", %"data_end"
  br i1 %".3027", label %"exit.111", label %"cont.111"
gtpu_d1:
  %"cursor.144" = phi  i64 [%"cursor.145", %"to_gtpu.1"]
  %"hdr.46" = getelementptr i8, ptr %"data", i64 %"cursor.144"
  %".3086" = getelementptr i8, ptr %"hdr.46", i64 8
  %".3087" = icmp ugt ptr %".3086", %"data_end"
  br i1 %".3087", label %"exit.115", label %"cont.115"
shim_d1:
  %"cursor.146" = phi  i64 [%"cursor.147", %"to_shim.1"]
  %"hdr.47" = getelementptr i8, ptr %"data", i64 %"cursor.146"
  %".3161" = getelementptr i8, ptr %"hdr.47", i64 8
  %".3162" = icmp ugt ptr %".3161", %"data_end"
  br i1 %".3162", label %"exit.118", label %"cont.118"
exit.76:
  %".2016" = trunc i64 %"cursor.54" to i16
  %".2017" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2016", ptr %".2017", align 2
  br label %"return"
cont.76:
  %".2020" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2021" = load i8, ptr %".2020", align 1
  %".2022" = zext i8 %".2021" to i64
  %".2023" = and i64 %".2022", 7
  %".2024" = icmp ne i64 %".2023", 0
  %".2025" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2026" = load i8, ptr %".2025", align 1
  %".2027" = zext i8 %".2026" to i64
  %".2028" = lshr i64 %".2027", 6
  %".2029" = and i64 %".2028", 1
  %".2030" = icmp ne i64 %".2029", 0
  %".2031" = or i1 %".2024", %".2030"
  br i1 %".2031", label %"exit.77", label %"cont.77"
exit.77:
  %".2033" = trunc i64 %"cursor.54" to i16
  %".2034" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2033", ptr %".2034", align 2
  br label %"return"
cont.77:
  %".2037" = add i64 %"cursor.54", 4
  %".2038" = zext i8 %".2026" to i64
  %".2039" = lshr i64 %".2038", 7
  %".2040" = and i64 %".2039", 1
  %".2041" = zext i8 %".2026" to i64
  %".2042" = lshr i64 %".2041", 5
  %".2043" = and i64 %".2042", 1
  %".2044" = add i64 %".2040", %".2043"
  %".2045" = zext i8 %".2026" to i64
  %".2046" = lshr i64 %".2045", 4
  %".2047" = and i64 %".2046", 1
  %".2048" = add i64 %".2044", %".2047"
  %".2049" = mul i64 %".2048", 4
  %".2050" = add i64 %".2049", 4
  %".2051" = getelementptr i8, ptr %"hdr.32", i64 %".2050"
  %".2052" = icmp ugt ptr %".2051", %"data_end"
  br i1 %".2052", label %"exit.78", label %"cont.78"
exit.78:
  %".2054" = trunc i64 %"cursor.54" to i16
  %".2055" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2054", ptr %".2055", align 2
  br label %"return"
cont.78:
  %"end.10" = add i64 %"cursor.54", %".2050"
  %".2058" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2058", align 1
  %".2060" = and i32 %"flags", 4
  %".2061" = icmp ne i32 %".2060", 0
  br i1 %".2061", label %"exit.79", label %"cont.79"
exit.79:
  %".2063" = trunc i64 %"end.10" to i16
  %".2064" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2063", ptr %".2064", align 2
  br label %"return"
cont.79:
  %".2067" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2068" = load i16, ptr %".2067", align 2
  %".2069" = call i16 @"llvm.bswap.i16"(i16 %".2068")
  %".2070" = zext i16 %".2069" to i64
  %".2071" = trunc i64 %".2070" to i16
  %".2072" = call i16 @"llvm.bswap.i16"(i16 %".2071")
  %".2073" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2072", ptr %".2073", align 2
  %".2075" = call i16 @"llvm.bswap.i16"(i16 %".2068")
  %".2076" = zext i16 %".2075" to i64
  switch i64 %".2076", label %"unknown.24" [i64 2048, label %"to_ipv4.16" i64 34525, label %"to_ipv6.15" i64 25944, label %"to_ethernet.3" i64 34887, label %"to_mpls.21" i64 34888, label %"to_mpls.22"]
unknown.24:
  %".2078" = trunc i64 %"end.10" to i16
  %".2079" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2078", ptr %".2079", align 2
  br label %"return"
to_ipv4.16:
  %".2082" = trunc i64 %"end.10" to i16
  %".2083" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2082", ptr %".2083", align 2
  br label %"return"
to_ipv6.15:
  %".2086" = trunc i64 %"end.10" to i16
  %".2087" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2086", ptr %".2087", align 2
  br label %"return"
to_ethernet.3:
  %".2090" = trunc i64 %"end.10" to i16
  %".2091" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2090", ptr %".2091", align 2
  br label %"return"
to_mpls.21:
  %".2094" = trunc i64 %"end.10" to i16
  %".2095" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2094", ptr %".2095", align 2
  br label %"return"
to_mpls.22:
  %".2098" = trunc i64 %"end.10" to i16
  %".2099" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2098", ptr %".2099", align 2
  br label %"return"
exit.80:
  %".2105" = trunc i64 %"cursor.61" to i16
  %".2106" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2105", ptr %".2106", align 2
  br label %"return"
cont.80:
  %".2109" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2110" = load i8, ptr %".2109", align 1
  %".2111" = zext i8 %".2110" to i64
  %".2112" = trunc i64 %".2111" to i8
  %".2113" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2112", ptr %".2113", align 1
  %".2115" = add i64 %"cursor.61", 2
  %".2116" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2117" = load i8, ptr %".2116", align 1
  %".2118" = zext i8 %".2117" to i64
  %".2119" = mul i64 %".2118", 8
  %".2120" = add i64 %".2119", 6
  %".2121" = add i64 %".2120", 2
  %".2122" = getelementptr i8, ptr %"hdr.33", i64 %".2121"
  %".2123" = icmp ugt ptr %".2122", %"data_end"
  br i1 %".2123", label %"exit.81", label %"cont.81"
exit.81:
  %".2125" = trunc i64 %"cursor.61" to i16
  %".2126" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2125", ptr %".2126", align 2
  br label %"return"
cont.81:
  %"end.11" = add i64 %"cursor.61", %".2121"
  %".2129" = zext i8 %".2110" to i64
  switch i64 %".2129", label %"unknown.25" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 132, label %"to_sctp.6" i64 33, label %"to_dccp.6" i64 50, label %"to_esp.6" i64 51, label %"to_ah.6" i64 58, label %"to_icmpv6.4" i64 137, label %"to_mpls.23" i64 4, label %"to_ipv4.17" i64 41, label %"to_ipv6.16"]
unknown.25:
  %".2131" = trunc i64 %"end.11" to i16
  %".2132" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2131", ptr %".2132", align 2
  br label %"return"
to_ipv6_opts.12:
  %".2135" = getelementptr i8, ptr %"keys", i64 2
  %".2136" = trunc i64 %"end.11" to i16
  store volatile i16 %".2136", ptr %".2135", align 2
  %".2138" = load volatile i16, ptr %".2135", align 2
  %".2139" = zext i16 %".2138" to i64
  %"cursor.149" = and i64 %".2139", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  %".2141" = getelementptr i8, ptr %"keys", i64 2
  %".2142" = trunc i64 %"end.11" to i16
  store volatile i16 %".2142", ptr %".2141", align 2
  %".2144" = load volatile i16, ptr %".2141", align 2
  %".2145" = zext i16 %".2144" to i64
  %"cursor.150" = and i64 %".2145", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  %".2147" = getelementptr i8, ptr %"keys", i64 2
  %".2148" = trunc i64 %"end.11" to i16
  store volatile i16 %".2148", ptr %".2147", align 2
  %".2150" = load volatile i16, ptr %".2147", align 2
  %".2151" = zext i16 %".2150" to i64
  %"cursor.151" = and i64 %".2151", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  %".2153" = getelementptr i8, ptr %"keys", i64 2
  %".2154" = trunc i64 %"end.11" to i16
  store volatile i16 %".2154", ptr %".2153", align 2
  %".2156" = load volatile i16, ptr %".2153", align 2
  %".2157" = zext i16 %".2156" to i64
  %"cursor.153" = and i64 %".2157", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  %".2159" = getelementptr i8, ptr %"keys", i64 2
  %".2160" = trunc i64 %"end.11" to i16
  store volatile i16 %".2160", ptr %".2159", align 2
  %".2162" = load volatile i16, ptr %".2159", align 2
  %".2163" = zext i16 %".2162" to i64
  %"cursor.154" = and i64 %".2163", 16383
  br label %"tcp"
to_udp.6:
  %".2165" = getelementptr i8, ptr %"keys", i64 2
  %".2166" = trunc i64 %"end.11" to i16
  store volatile i16 %".2166", ptr %".2165", align 2
  %".2168" = load volatile i16, ptr %".2165", align 2
  %".2169" = zext i16 %".2168" to i64
  %"cursor.155" = and i64 %".2169", 16383
  br label %"udp_d1"
to_udplite.6:
  %".2171" = getelementptr i8, ptr %"keys", i64 2
  %".2172" = trunc i64 %"end.11" to i16
  store volatile i16 %".2172", ptr %".2171", align 2
  %".2174" = load volatile i16, ptr %".2171", align 2
  %".2175" = zext i16 %".2174" to i64
  %"cursor.156" = and i64 %".2175", 16383
  br label %"udplite"
to_gre.6:
  %".2177" = getelementptr i8, ptr %"keys", i64 2
  %".2178" = trunc i64 %"end.11" to i16
  store volatile i16 %".2178", ptr %".2177", align 2
  %".2180" = load volatile i16, ptr %".2177", align 2
  %".2181" = zext i16 %".2180" to i64
  %"cursor.157" = and i64 %".2181", 16383
  br label %"gre_d1"
to_sctp.6:
  %".2183" = getelementptr i8, ptr %"keys", i64 2
  %".2184" = trunc i64 %"end.11" to i16
  store volatile i16 %".2184", ptr %".2183", align 2
  %".2186" = load volatile i16, ptr %".2183", align 2
  %".2187" = zext i16 %".2186" to i64
  %"cursor.158" = and i64 %".2187", 16383
  br label %"sctp"
to_dccp.6:
  %".2189" = getelementptr i8, ptr %"keys", i64 2
  %".2190" = trunc i64 %"end.11" to i16
  store volatile i16 %".2190", ptr %".2189", align 2
  %".2192" = load volatile i16, ptr %".2189", align 2
  %".2193" = zext i16 %".2192" to i64
  %"cursor.159" = and i64 %".2193", 16383
  br label %"dccp"
to_esp.6:
  %".2195" = getelementptr i8, ptr %"keys", i64 2
  %".2196" = trunc i64 %"end.11" to i16
  store volatile i16 %".2196", ptr %".2195", align 2
  %".2198" = load volatile i16, ptr %".2195", align 2
  %".2199" = zext i16 %".2198" to i64
  %"cursor.160" = and i64 %".2199", 16383
  br label %"esp"
to_ah.6:
  %".2201" = getelementptr i8, ptr %"keys", i64 2
  %".2202" = trunc i64 %"end.11" to i16
  store volatile i16 %".2202", ptr %".2201", align 2
  %".2204" = load volatile i16, ptr %".2201", align 2
  %".2205" = zext i16 %".2204" to i64
  %"cursor.161" = and i64 %".2205", 16383
  br label %"ah"
to_icmpv6.4:
  %".2207" = getelementptr i8, ptr %"keys", i64 2
  %".2208" = trunc i64 %"end.11" to i16
  store volatile i16 %".2208", ptr %".2207", align 2
  %".2210" = load volatile i16, ptr %".2207", align 2
  %".2211" = zext i16 %".2210" to i64
  %"cursor.162" = and i64 %".2211", 16383
  br label %"icmpv6"
to_mpls.23:
  %".2213" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2213", align 2
  %".2215" = getelementptr i8, ptr %"keys", i64 2
  %".2216" = trunc i64 %"end.11" to i16
  store volatile i16 %".2216", ptr %".2215", align 2
  %".2218" = load volatile i16, ptr %".2215", align 2
  %".2219" = zext i16 %".2218" to i64
  %"cursor.163" = and i64 %".2219", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.17:
  %".2221" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2221", align 1
  %".2223" = and i32 %"flags", 4
  %".2224" = icmp ne i32 %".2223", 0
  br i1 %".2224", label %"exit.82", label %"cont.82"
to_ipv6.16:
  %".2234" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2234", align 1
  %".2236" = and i32 %"flags", 4
  %".2237" = icmp ne i32 %".2236", 0
  br i1 %".2237", label %"exit.83", label %"cont.83"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.148" = phi  i64 [%"cursor.149", %"to_ipv6_opts.12"], [%"cursor.150", %"to_ipv6_opts.13"], [%"cursor.151", %"to_ipv6_opts.14"], [%"cursor.164", %"to_ipv6_opts.15"], [%"cursor.165", %"to_ipv6_opts.16"], [%"cursor.166", %"to_ipv6_opts.17"]
  %"hdr.48" = getelementptr i8, ptr %"data", i64 %"cursor.148"
  %".3191" = getelementptr i8, ptr %"hdr.48", i64 2
  %".3192" = icmp ugt ptr %".3191", %"data_end"
  br i1 %".3192", label %"exit.120", label %"cont.120"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.152" = phi  i64 [%"cursor.153", %"to_ipv6_frag.4"], [%"cursor.167", %"to_ipv6_frag.5"]
  %"hdr.49" = getelementptr i8, ptr %"data", i64 %"cursor.152"
  %".3336" = getelementptr i8, ptr %"hdr.49", i64 8
  %".3337" = icmp ugt ptr %".3336", %"data_end"
  br i1 %".3337", label %"exit.124", label %"cont.124"
exit.82:
  %".2226" = trunc i64 %"end.11" to i16
  %".2227" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2226", ptr %".2227", align 2
  br label %"return"
cont.82:
  %".2230" = trunc i64 %"end.11" to i16
  %".2231" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2230", ptr %".2231", align 2
  br label %"return"
exit.83:
  %".2239" = trunc i64 %"end.11" to i16
  %".2240" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2239", ptr %".2240", align 2
  br label %"return"
cont.83:
  %".2243" = trunc i64 %"end.11" to i16
  %".2244" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2243", ptr %".2244", align 2
  br label %"return"
exit.84:
  %".2250" = trunc i64 %"cursor.65" to i16
  %".2251" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2250", ptr %".2251", align 2
  br label %"return"
cont.84:
  %".2254" = getelementptr i8, ptr %"hdr.34", i64 0
  %".2255" = load i8, ptr %".2254", align 1
  %".2256" = zext i8 %".2255" to i64
  %".2257" = trunc i64 %".2256" to i8
  %".2258" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2257", ptr %".2258", align 1
  %".2260" = add i64 %"cursor.65", 8
  %".2261" = icmp ne i64 1, 0
  %".2262" = getelementptr i8, ptr %"hdr.34", i64 2
  %".2263" = load i16, ptr %".2262", align 2
  %".2264" = call i16 @"llvm.bswap.i16"(i16 %".2263")
  %".2265" = zext i16 %".2264" to i64
  %".2266" = and i64 %".2265", 65528
  %".2267" = icmp eq i64 %".2266", 0
  br i1 %".2261", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".2269" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2269", align 1
  br i1 %".2267", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".2287" = zext i8 %".2255" to i64
  switch i64 %".2287", label %"unknown.26" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 132, label %"to_sctp.7" i64 33, label %"to_dccp.7" i64 50, label %"to_esp.7" i64 51, label %"to_ah.7" i64 58, label %"to_icmpv6.5" i64 137, label %"to_mpls.24" i64 4, label %"to_ipv4.18" i64 41, label %"to_ipv6.17"]
first_fragment.3:
  %".2276" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2276", align 1
  %".2278" = and i32 %"flags", 1
  %".2279" = icmp ne i32 %".2278", 0
  %".2280" = xor i1 %".2279", -1
  br i1 %".2280", label %"exit.85", label %"cont.85"
later_fragment.3:
  %".2272" = trunc i64 %".2260" to i16
  %".2273" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2272", ptr %".2273", align 2
  br label %"return"
exit.85:
  %".2282" = trunc i64 %".2260" to i16
  %".2283" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2282", ptr %".2283", align 2
  br label %"return"
cont.85:
  br label %"not_fragment.3"
unknown.26:
  %".2289" = trunc i64 %".2260" to i16
  %".2290" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2289", ptr %".2290", align 2
  br label %"return"
to_ipv6_opts.15:
  %".2293" = getelementptr i8, ptr %"keys", i64 2
  %".2294" = trunc i64 %".2260" to i16
  store volatile i16 %".2294", ptr %".2293", align 2
  %".2296" = load volatile i16, ptr %".2293", align 2
  %".2297" = zext i16 %".2296" to i64
  %"cursor.164" = and i64 %".2297", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  %".2299" = getelementptr i8, ptr %"keys", i64 2
  %".2300" = trunc i64 %".2260" to i16
  store volatile i16 %".2300", ptr %".2299", align 2
  %".2302" = load volatile i16, ptr %".2299", align 2
  %".2303" = zext i16 %".2302" to i64
  %"cursor.165" = and i64 %".2303", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  %".2305" = getelementptr i8, ptr %"keys", i64 2
  %".2306" = trunc i64 %".2260" to i16
  store volatile i16 %".2306", ptr %".2305", align 2
  %".2308" = load volatile i16, ptr %".2305", align 2
  %".2309" = zext i16 %".2308" to i64
  %"cursor.166" = and i64 %".2309", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  %".2311" = getelementptr i8, ptr %"keys", i64 2
  %".2312" = trunc i64 %".2260" to i16
  store volatile i16 %".2312", ptr %".2311", align 2
  %".2314" = load volatile i16, ptr %".2311", align 2
  %".2315" = zext i16 %".2314" to i64
  %"cursor.167" = and i64 %".2315", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  %".2317" = getelementptr i8, ptr %"keys", i64 2
  %".2318" = trunc i64 %".2260" to i16
  store volatile i16 %".2318", ptr %".2317", align 2
  %".2320" = load volatile i16, ptr %".2317", align 2
  %".2321" = zext i16 %".2320" to i64
  %"cursor.168" = and i64 %".2321", 16383
  br label %"tcp"
to_udp.7:
  %".2323" = getelementptr i8, ptr %"keys", i64 2
  %".2324" = trunc i64 %".2260" to i16
  store volatile i16 %".2324", ptr %".2323", align 2
  %".2326" = load volatile i16, ptr %".2323", align 2
  %".2327" = zext i16 %".2326" to i64
  %"cursor.169" = and i64 %".2327", 16383
  br label %"udp_d1"
to_udplite.7:
  %".2329" = getelementptr i8, ptr %"keys", i64 2
  %".2330" = trunc i64 %".2260" to i16
  store volatile i16 %".2330", ptr %".2329", align 2
  %".2332" = load volatile i16, ptr %".2329", align 2
  %".2333" = zext i16 %".2332" to i64
  %"cursor.170" = and i64 %".2333", 16383
  br label %"udplite"
to_gre.7:
  %".2335" = getelementptr i8, ptr %"keys", i64 2
  %".2336" = trunc i64 %".2260" to i16
  store volatile i16 %".2336", ptr %".2335", align 2
  %".2338" = load volatile i16, ptr %".2335", align 2
  %".2339" = zext i16 %".2338" to i64
  %"cursor.171" = and i64 %".2339", 16383
  br label %"gre_d1"
to_sctp.7:
  %".2341" = getelementptr i8, ptr %"keys", i64 2
  %".2342" = trunc i64 %".2260" to i16
  store volatile i16 %".2342", ptr %".2341", align 2
  %".2344" = load volatile i16, ptr %".2341", align 2
  %".2345" = zext i16 %".2344" to i64
  %"cursor.172" = and i64 %".2345", 16383
  br label %"sctp"
to_dccp.7:
  %".2347" = getelementptr i8, ptr %"keys", i64 2
  %".2348" = trunc i64 %".2260" to i16
  store volatile i16 %".2348", ptr %".2347", align 2
  %".2350" = load volatile i16, ptr %".2347", align 2
  %".2351" = zext i16 %".2350" to i64
  %"cursor.173" = and i64 %".2351", 16383
  br label %"dccp"
to_esp.7:
  %".2353" = getelementptr i8, ptr %"keys", i64 2
  %".2354" = trunc i64 %".2260" to i16
  store volatile i16 %".2354", ptr %".2353", align 2
  %".2356" = load volatile i16, ptr %".2353", align 2
  %".2357" = zext i16 %".2356" to i64
  %"cursor.174" = and i64 %".2357", 16383
  br label %"esp"
to_ah.7:
  %".2359" = getelementptr i8, ptr %"keys", i64 2
  %".2360" = trunc i64 %".2260" to i16
  store volatile i16 %".2360", ptr %".2359", align 2
  %".2362" = load volatile i16, ptr %".2359", align 2
  %".2363" = zext i16 %".2362" to i64
  %"cursor.175" = and i64 %".2363", 16383
  br label %"ah"
to_icmpv6.5:
  %".2365" = getelementptr i8, ptr %"keys", i64 2
  %".2366" = trunc i64 %".2260" to i16
  store volatile i16 %".2366", ptr %".2365", align 2
  %".2368" = load volatile i16, ptr %".2365", align 2
  %".2369" = zext i16 %".2368" to i64
  %"cursor.176" = and i64 %".2369", 16383
  br label %"icmpv6"
to_mpls.24:
  %".2371" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2371", align 2
  %".2373" = getelementptr i8, ptr %"keys", i64 2
  %".2374" = trunc i64 %".2260" to i16
  store volatile i16 %".2374", ptr %".2373", align 2
  %".2376" = load volatile i16, ptr %".2373", align 2
  %".2377" = zext i16 %".2376" to i64
  %"cursor.177" = and i64 %".2377", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.18:
  %".2379" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2379", align 1
  %".2381" = and i32 %"flags", 4
  %".2382" = icmp ne i32 %".2381", 0
  br i1 %".2382", label %"exit.86", label %"cont.86"
to_ipv6.17:
  %".2392" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2392", align 1
  %".2394" = and i32 %"flags", 4
  %".2395" = icmp ne i32 %".2394", 0
  br i1 %".2395", label %"exit.87", label %"cont.87"
exit.86:
  %".2384" = trunc i64 %".2260" to i16
  %".2385" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2384", ptr %".2385", align 2
  br label %"return"
cont.86:
  %".2388" = trunc i64 %".2260" to i16
  %".2389" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2388", ptr %".2389", align 2
  br label %"return"
exit.87:
  %".2397" = trunc i64 %".2260" to i16
  %".2398" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2397", ptr %".2398", align 2
  br label %"return"
cont.87:
  %".2401" = trunc i64 %".2260" to i16
  %".2402" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2401", ptr %".2402", align 2
  br label %"return"
exit.88:
  %".2408" = trunc i64 %"cursor.76" to i16
  %".2409" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2408", ptr %".2409", align 2
  br label %"return"
cont.88:
  %".2412" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2413" = load i8, ptr %".2412", align 1
  %".2414" = zext i8 %".2413" to i64
  %".2415" = trunc i64 %".2414" to i8
  %".2416" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2415", ptr %".2416", align 1
  %".2418" = add i64 %"cursor.76", 2
  %".2419" = getelementptr i8, ptr %"hdr.35", i64 1
  %".2420" = load i8, ptr %".2419", align 1
  %".2421" = zext i8 %".2420" to i64
  %".2422" = mul i64 %".2421", 8
  %".2423" = add i64 %".2422", 6
  %".2424" = add i64 %".2423", 2
  %".2425" = getelementptr i8, ptr %"hdr.35", i64 %".2424"
  %".2426" = icmp ugt ptr %".2425", %"data_end"
  br i1 %".2426", label %"exit.89", label %"cont.89"
exit.89:
  %".2428" = trunc i64 %"cursor.76" to i16
  %".2429" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2428", ptr %".2429", align 2
  br label %"return"
cont.89:
  %"end.12" = add i64 %"cursor.76", %".2424"
  %".2432" = zext i8 %".2413" to i64
  switch i64 %".2432", label %"unknown.27" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 132, label %"to_sctp.8" i64 33, label %"to_dccp.8" i64 50, label %"to_esp.8" i64 51, label %"to_ah.8" i64 58, label %"to_icmpv6.6" i64 137, label %"to_mpls.25" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.18"]
unknown.27:
  %".2434" = trunc i64 %"end.12" to i16
  %".2435" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2434", ptr %".2435", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  %".2440" = getelementptr i8, ptr %"keys", i64 2
  %".2441" = trunc i64 %"end.12" to i16
  store volatile i16 %".2441", ptr %".2440", align 2
  %".2443" = load volatile i16, ptr %".2440", align 2
  %".2444" = zext i16 %".2443" to i64
  %"cursor.179" = and i64 %".2444", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  %".2447" = getelementptr i8, ptr %"keys", i64 2
  %".2448" = trunc i64 %"end.12" to i16
  store volatile i16 %".2448", ptr %".2447", align 2
  %".2450" = load volatile i16, ptr %".2447", align 2
  %".2451" = zext i16 %".2450" to i64
  %"cursor.181" = and i64 %".2451", 16383
  br label %"tcp"
to_udp.8:
  %".2453" = getelementptr i8, ptr %"keys", i64 2
  %".2454" = trunc i64 %"end.12" to i16
  store volatile i16 %".2454", ptr %".2453", align 2
  %".2456" = load volatile i16, ptr %".2453", align 2
  %".2457" = zext i16 %".2456" to i64
  %"cursor.182" = and i64 %".2457", 16383
  br label %"udp_d0"
to_udplite.8:
  %".2459" = getelementptr i8, ptr %"keys", i64 2
  %".2460" = trunc i64 %"end.12" to i16
  store volatile i16 %".2460", ptr %".2459", align 2
  %".2462" = load volatile i16, ptr %".2459", align 2
  %".2463" = zext i16 %".2462" to i64
  %"cursor.183" = and i64 %".2463", 16383
  br label %"udplite"
to_gre.8:
  %".2465" = getelementptr i8, ptr %"keys", i64 2
  %".2466" = trunc i64 %"end.12" to i16
  store volatile i16 %".2466", ptr %".2465", align 2
  %".2468" = load volatile i16, ptr %".2465", align 2
  %".2469" = zext i16 %".2468" to i64
  %"cursor.184" = and i64 %".2469", 16383
  br label %"gre_d0"
to_sctp.8:
  %".2471" = getelementptr i8, ptr %"keys", i64 2
  %".2472" = trunc i64 %"end.12" to i16
  store volatile i16 %".2472", ptr %".2471", align 2
  %".2474" = load volatile i16, ptr %".2471", align 2
  %".2475" = zext i16 %".2474" to i64
  %"cursor.185" = and i64 %".2475", 16383
  br label %"sctp"
to_dccp.8:
  %".2477" = getelementptr i8, ptr %"keys", i64 2
  %".2478" = trunc i64 %"end.12" to i16
  store volatile i16 %".2478", ptr %".2477", align 2
  %".2480" = load volatile i16, ptr %".2477", align 2
  %".2481" = zext i16 %".2480" to i64
  %"cursor.186" = and i64 %".2481", 16383
  br label %"dccp"
to_esp.8:
  %".2483" = getelementptr i8, ptr %"keys", i64 2
  %".2484" = trunc i64 %"end.12" to i16
  store volatile i16 %".2484", ptr %".2483", align 2
  %".2486" = load volatile i16, ptr %".2483", align 2
  %".2487" = zext i16 %".2486" to i64
  %"cursor.187" = and i64 %".2487", 16383
  br label %"esp"
to_ah.8:
  %".2489" = getelementptr i8, ptr %"keys", i64 2
  %".2490" = trunc i64 %"end.12" to i16
  store volatile i16 %".2490", ptr %".2489", align 2
  %".2492" = load volatile i16, ptr %".2489", align 2
  %".2493" = zext i16 %".2492" to i64
  %"cursor.188" = and i64 %".2493", 16383
  br label %"ah"
to_icmpv6.6:
  %".2495" = getelementptr i8, ptr %"keys", i64 2
  %".2496" = trunc i64 %"end.12" to i16
  store volatile i16 %".2496", ptr %".2495", align 2
  %".2498" = load volatile i16, ptr %".2495", align 2
  %".2499" = zext i16 %".2498" to i64
  %"cursor.189" = and i64 %".2499", 16383
  br label %"icmpv6"
to_mpls.25:
  %".2501" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2501", align 2
  %".2503" = getelementptr i8, ptr %"keys", i64 2
  %".2504" = trunc i64 %"end.12" to i16
  store volatile i16 %".2504", ptr %".2503", align 2
  %".2506" = load volatile i16, ptr %".2503", align 2
  %".2507" = zext i16 %".2506" to i64
  %"cursor.190" = and i64 %".2507", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.19:
  %".2509" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2509", align 1
  %".2511" = and i32 %"flags", 4
  %".2512" = icmp ne i32 %".2511", 0
  br i1 %".2512", label %"exit.90", label %"cont.90"
to_ipv6.18:
  %".2524" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2524", align 1
  %".2526" = and i32 %"flags", 4
  %".2527" = icmp ne i32 %".2526", 0
  br i1 %".2527", label %"exit.91", label %"cont.91"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.178" = phi  i64 [%"end.12", %"to_ipv6_opts.18"], [%"end.12", %"to_ipv6_opts.19"], [%"cursor.179", %"to_ipv6_opts.20"], [%"cursor.193", %"to_ipv6_opts.21"], [%"cursor.194", %"to_ipv6_opts.22"], [%"cursor.195", %"to_ipv6_opts.23"]
  %"hdr.50" = getelementptr i8, ptr %"data", i64 %"cursor.178"
  %".3494" = getelementptr i8, ptr %"hdr.50", i64 2
  %".3495" = icmp ugt ptr %".3494", %"data_end"
  br i1 %".3495", label %"exit.128", label %"cont.128"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.180" = phi  i64 [%"end.12", %"to_ipv6_frag.6"], [%".2552", %"to_ipv6_frag.7"]
  %"hdr.51" = getelementptr i8, ptr %"data", i64 %"cursor.180"
  %".3635" = getelementptr i8, ptr %"hdr.51", i64 8
  %".3636" = icmp ugt ptr %".3635", %"data_end"
  br i1 %".3636", label %"exit.132", label %"cont.132"
exit.90:
  %".2514" = trunc i64 %"end.12" to i16
  %".2515" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2514", ptr %".2515", align 2
  br label %"return"
cont.90:
  %".2518" = getelementptr i8, ptr %"keys", i64 2
  %".2519" = trunc i64 %"end.12" to i16
  store volatile i16 %".2519", ptr %".2518", align 2
  %".2521" = load volatile i16, ptr %".2518", align 2
  %".2522" = zext i16 %".2521" to i64
  %"cursor.191" = and i64 %".2522", 16383
  br label %"ipv4_d1"
exit.91:
  %".2529" = trunc i64 %"end.12" to i16
  %".2530" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2529", ptr %".2530", align 2
  br label %"return"
cont.91:
  %".2533" = getelementptr i8, ptr %"keys", i64 2
  %".2534" = trunc i64 %"end.12" to i16
  store volatile i16 %".2534", ptr %".2533", align 2
  %".2536" = load volatile i16, ptr %".2533", align 2
  %".2537" = zext i16 %".2536" to i64
  %"cursor.192" = and i64 %".2537", 16383
  br label %"ipv6_d1"
exit.92:
  %".2542" = trunc i64 %"cursor.78" to i16
  %".2543" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2542", ptr %".2543", align 2
  br label %"return"
cont.92:
  %".2546" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2547" = load i8, ptr %".2546", align 1
  %".2548" = zext i8 %".2547" to i64
  %".2549" = trunc i64 %".2548" to i8
  %".2550" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2549", ptr %".2550", align 1
  %".2552" = add i64 %"cursor.78", 8
  %".2553" = icmp ne i64 1, 0
  %".2554" = getelementptr i8, ptr %"hdr.36", i64 2
  %".2555" = load i16, ptr %".2554", align 2
  %".2556" = call i16 @"llvm.bswap.i16"(i16 %".2555")
  %".2557" = zext i16 %".2556" to i64
  %".2558" = and i64 %".2557", 65528
  %".2559" = icmp eq i64 %".2558", 0
  br i1 %".2553", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".2561" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2561", align 1
  br i1 %".2559", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".2579" = zext i8 %".2547" to i64
  switch i64 %".2579", label %"unknown.28" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 132, label %"to_sctp.9" i64 33, label %"to_dccp.9" i64 50, label %"to_esp.9" i64 51, label %"to_ah.9" i64 58, label %"to_icmpv6.7" i64 137, label %"to_mpls.26" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.19"]
first_fragment.4:
  %".2568" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2568", align 1
  %".2570" = and i32 %"flags", 1
  %".2571" = icmp ne i32 %".2570", 0
  %".2572" = xor i1 %".2571", -1
  br i1 %".2572", label %"exit.93", label %"cont.93"
later_fragment.4:
  %".2564" = trunc i64 %".2552" to i16
  %".2565" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2564", ptr %".2565", align 2
  br label %"return"
exit.93:
  %".2574" = trunc i64 %".2552" to i16
  %".2575" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2574", ptr %".2575", align 2
  br label %"return"
cont.93:
  br label %"not_fragment.4"
unknown.28:
  %".2581" = trunc i64 %".2552" to i16
  %".2582" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2581", ptr %".2582", align 2
  br label %"return"
to_ipv6_opts.21:
  %".2585" = getelementptr i8, ptr %"keys", i64 2
  %".2586" = trunc i64 %".2552" to i16
  store volatile i16 %".2586", ptr %".2585", align 2
  %".2588" = load volatile i16, ptr %".2585", align 2
  %".2589" = zext i16 %".2588" to i64
  %"cursor.193" = and i64 %".2589", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  %".2591" = getelementptr i8, ptr %"keys", i64 2
  %".2592" = trunc i64 %".2552" to i16
  store volatile i16 %".2592", ptr %".2591", align 2
  %".2594" = load volatile i16, ptr %".2591", align 2
  %".2595" = zext i16 %".2594" to i64
  %"cursor.194" = and i64 %".2595", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  %".2597" = getelementptr i8, ptr %"keys", i64 2
  %".2598" = trunc i64 %".2552" to i16
  store volatile i16 %".2598", ptr %".2597", align 2
  %".2600" = load volatile i16, ptr %".2597", align 2
  %".2601" = zext i16 %".2600" to i64
  %"cursor.195" = and i64 %".2601", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  %".2604" = getelementptr i8, ptr %"keys", i64 2
  %".2605" = trunc i64 %".2552" to i16
  store volatile i16 %".2605", ptr %".2604", align 2
  %".2607" = load volatile i16, ptr %".2604", align 2
  %".2608" = zext i16 %".2607" to i64
  %"cursor.196" = and i64 %".2608", 16383
  br label %"tcp"
to_udp.9:
  %".2610" = getelementptr i8, ptr %"keys", i64 2
  %".2611" = trunc i64 %".2552" to i16
  store volatile i16 %".2611", ptr %".2610", align 2
  %".2613" = load volatile i16, ptr %".2610", align 2
  %".2614" = zext i16 %".2613" to i64
  %"cursor.197" = and i64 %".2614", 16383
  br label %"udp_d0"
to_udplite.9:
  %".2616" = getelementptr i8, ptr %"keys", i64 2
  %".2617" = trunc i64 %".2552" to i16
  store volatile i16 %".2617", ptr %".2616", align 2
  %".2619" = load volatile i16, ptr %".2616", align 2
  %".2620" = zext i16 %".2619" to i64
  %"cursor.198" = and i64 %".2620", 16383
  br label %"udplite"
to_gre.9:
  %".2622" = getelementptr i8, ptr %"keys", i64 2
  %".2623" = trunc i64 %".2552" to i16
  store volatile i16 %".2623", ptr %".2622", align 2
  %".2625" = load volatile i16, ptr %".2622", align 2
  %".2626" = zext i16 %".2625" to i64
  %"cursor.199" = and i64 %".2626", 16383
  br label %"gre_d0"
to_sctp.9:
  %".2628" = getelementptr i8, ptr %"keys", i64 2
  %".2629" = trunc i64 %".2552" to i16
  store volatile i16 %".2629", ptr %".2628", align 2
  %".2631" = load volatile i16, ptr %".2628", align 2
  %".2632" = zext i16 %".2631" to i64
  %"cursor.200" = and i64 %".2632", 16383
  br label %"sctp"
to_dccp.9:
  %".2634" = getelementptr i8, ptr %"keys", i64 2
  %".2635" = trunc i64 %".2552" to i16
  store volatile i16 %".2635", ptr %".2634", align 2
  %".2637" = load volatile i16, ptr %".2634", align 2
  %".2638" = zext i16 %".2637" to i64
  %"cursor.201" = and i64 %".2638", 16383
  br label %"dccp"
to_esp.9:
  %".2640" = getelementptr i8, ptr %"keys", i64 2
  %".2641" = trunc i64 %".2552" to i16
  store volatile i16 %".2641", ptr %".2640", align 2
  %".2643" = load volatile i16, ptr %".2640", align 2
  %".2644" = zext i16 %".2643" to i64
  %"cursor.202" = and i64 %".2644", 16383
  br label %"esp"
to_ah.9:
  %".2646" = getelementptr i8, ptr %"keys", i64 2
  %".2647" = trunc i64 %".2552" to i16
  store volatile i16 %".2647", ptr %".2646", align 2
  %".2649" = load volatile i16, ptr %".2646", align 2
  %".2650" = zext i16 %".2649" to i64
  %"cursor.203" = and i64 %".2650", 16383
  br label %"ah"
to_icmpv6.7:
  %".2652" = getelementptr i8, ptr %"keys", i64 2
  %".2653" = trunc i64 %".2552" to i16
  store volatile i16 %".2653", ptr %".2652", align 2
  %".2655" = load volatile i16, ptr %".2652", align 2
  %".2656" = zext i16 %".2655" to i64
  %"cursor.204" = and i64 %".2656", 16383
  br label %"icmpv6"
to_mpls.26:
  %".2658" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2658", align 2
  %".2660" = getelementptr i8, ptr %"keys", i64 2
  %".2661" = trunc i64 %".2552" to i16
  store volatile i16 %".2661", ptr %".2660", align 2
  %".2663" = load volatile i16, ptr %".2660", align 2
  %".2664" = zext i16 %".2663" to i64
  %"cursor.205" = and i64 %".2664", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.20:
  %".2666" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2666", align 1
  %".2668" = and i32 %"flags", 4
  %".2669" = icmp ne i32 %".2668", 0
  br i1 %".2669", label %"exit.94", label %"cont.94"
to_ipv6.19:
  %".2681" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2681", align 1
  %".2683" = and i32 %"flags", 4
  %".2684" = icmp ne i32 %".2683", 0
  br i1 %".2684", label %"exit.95", label %"cont.95"
exit.94:
  %".2671" = trunc i64 %".2552" to i16
  %".2672" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2671", ptr %".2672", align 2
  br label %"return"
cont.94:
  %".2675" = getelementptr i8, ptr %"keys", i64 2
  %".2676" = trunc i64 %".2552" to i16
  store volatile i16 %".2676", ptr %".2675", align 2
  %".2678" = load volatile i16, ptr %".2675", align 2
  %".2679" = zext i16 %".2678" to i64
  %"cursor.206" = and i64 %".2679", 16383
  br label %"ipv4_d1"
exit.95:
  %".2686" = trunc i64 %".2552" to i16
  %".2687" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2686", ptr %".2687", align 2
  br label %"return"
cont.95:
  %".2690" = getelementptr i8, ptr %"keys", i64 2
  %".2691" = trunc i64 %".2552" to i16
  store volatile i16 %".2691", ptr %".2690", align 2
  %".2693" = load volatile i16, ptr %".2690", align 2
  %".2694" = zext i16 %".2693" to i64
  %"cursor.207" = and i64 %".2694", 16383
  br label %"ipv6_d1"
exit.96:
  %".2699" = trunc i64 %"cursor.111" to i16
  %".2700" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2699", ptr %".2700", align 2
  br label %"return"
cont.96:
  %".2703" = add i64 %"cursor.111", 4
  %".2704" = getelementptr i8, ptr %"hdr.37", i64 2
  %".2705" = load i8, ptr %".2704", align 1
  %".2706" = zext i8 %".2705" to i64
  %".2707" = and i64 %".2706", 1
  switch i64 %".2707", label %"unknown.29" [i64 0, label %"to_mpls.27" i64 1, label %"to_ip_version.4"]
unknown.29:
  %".2709" = trunc i64 %".2703" to i16
  %".2710" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2709", ptr %".2710", align 2
  br label %"return"
to_mpls.27:
  br label %"mpls_d0_mpls_labels4"
to_ip_version.4:
  %".2714" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2714", align 1
  %".2716" = and i32 %"flags", 4
  %".2717" = icmp ne i32 %".2716", 0
  br i1 %".2717", label %"exit.97", label %"cont.97"
mpls_d0_mpls_labels4:
  %"cursor.208" = phi  i64 [%".2703", %"to_mpls.27"]
  %"hdr.52" = getelementptr i8, ptr %"data", i64 %"cursor.208"
  %".3789" = getelementptr i8, ptr %"hdr.52", i64 4
  %".3790" = icmp ugt ptr %".3789", %"data_end"
  br i1 %".3790", label %"exit.136", label %"cont.136"
exit.97:
  %".2719" = trunc i64 %".2703" to i16
  %".2720" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2719", ptr %".2720", align 2
  br label %"return"
cont.97:
  %".2723" = getelementptr i8, ptr %"keys", i64 2
  %".2724" = trunc i64 %".2703" to i16
  store volatile i16 %".2724", ptr %".2723", align 2
  %".2726" = load volatile i16, ptr %".2723", align 2
  %".2727" = zext i16 %".2726" to i64
  %"cursor.209" = and i64 %".2727", 16383
  br label %"ip_version_d1"
exit.98:
  %".2732" = trunc i64 %"cursor.122" to i16
  %".2733" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2732", ptr %".2733", align 2
  br label %"return"
cont.98:
  %".2736" = add i64 %"cursor.122", 4
  switch i64 0, label %"unknown.30" [i64 0, label %"to_ip_version.5"]
unknown.30:
  %".2738" = trunc i64 %".2736" to i16
  %".2739" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2738", ptr %".2739", align 2
  br label %"return"
to_ip_version.5:
  %".2742" = getelementptr i8, ptr %"keys", i64 2
  %".2743" = trunc i64 %".2736" to i16
  store volatile i16 %".2743", ptr %".2742", align 2
  %".2745" = load volatile i16, ptr %".2742", align 2
  %".2746" = zext i16 %".2745" to i64
  %"cursor.210" = and i64 %".2746", 16383
  br label %"ip_version_d1"
exit.99:
  %".2751" = trunc i64 %"cursor.124" to i16
  %".2752" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2751", ptr %".2752", align 2
  br label %"return"
cont.99:
  %".2755" = add i64 %"cursor.124", 3
  switch i64 0, label %"unknown.31" [i64 0, label %"to_gtpu_next"]
unknown.31:
  %".2757" = trunc i64 %".2755" to i16
  %".2758" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2757", ptr %".2758", align 2
  br label %"return"
to_gtpu_next:
  %".2761" = getelementptr i8, ptr %"keys", i64 2
  %".2762" = trunc i64 %".2755" to i16
  store volatile i16 %".2762", ptr %".2761", align 2
  %".2764" = load volatile i16, ptr %".2761", align 2
  %".2765" = zext i16 %".2764" to i64
  %"cursor.212" = and i64 %".2765", 16383
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.211" = phi  i64 [%"cursor.212", %"to_gtpu_next"]
  %"hdr.53" = getelementptr i8, ptr %"data", i64 %"cursor.211"
  %".3825" = getelementptr i8, ptr %"hdr.53", i64 1
  %".3826" = icmp ugt ptr %".3825", %"data_end"
  br i1 %".3826", label %"exit.138", label %"cont.138"
exit.100:
  %".2770" = trunc i64 %"cursor.129" to i16
  %".2771" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2770", ptr %".2771", align 2
  br label %"return"
cont.100:
  %".2774" = getelementptr i8, ptr %"hdr.40", i64 2
  %".2775" = load i16, ptr %".2774", align 2
  %".2776" = call i16 @"llvm.bswap.i16"(i16 %".2775")
  %".2777" = zext i16 %".2776" to i64
  %".2778" = trunc i64 %".2777" to i16
  %".2779" = call i16 @"llvm.bswap.i16"(i16 %".2778")
  %".2780" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2779", ptr %".2780", align 2
  %".2782" = add i64 %"cursor.129", 4
  %".2783" = trunc i64 %".2782" to i16
  %".2784" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2783", ptr %".2784", align 2
  %".2786" = call i16 @"llvm.bswap.i16"(i16 %".2775")
  %".2787" = zext i16 %".2786" to i64
  switch i64 %".2787", label %"unknown.32" [i64 2048, label %"to_ipv4.21" i64 34525, label %"to_ipv6.20" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9" i64 34887, label %"to_mpls.28" i64 34888, label %"to_mpls.29" i64 34916, label %"to_pppoe.4"]
unknown.32:
  %".2789" = trunc i64 %".2782" to i16
  %".2790" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2789", ptr %".2790", align 2
  br label %"return"
to_ipv4.21:
  %".2793" = getelementptr i8, ptr %"keys", i64 2
  %".2794" = trunc i64 %".2782" to i16
  store volatile i16 %".2794", ptr %".2793", align 2
  %".2796" = load volatile i16, ptr %".2793", align 2
  %".2797" = zext i16 %".2796" to i64
  %"cursor.213" = and i64 %".2797", 16383
  br label %"ipv4_d1"
to_ipv6.20:
  %".2799" = getelementptr i8, ptr %"keys", i64 2
  %".2800" = trunc i64 %".2782" to i16
  store volatile i16 %".2800", ptr %".2799", align 2
  %".2802" = load volatile i16, ptr %".2799", align 2
  %".2803" = zext i16 %".2802" to i64
  %"cursor.214" = and i64 %".2803", 16383
  br label %"ipv6_d1"
to_vlan.8:
  %".2805" = getelementptr i8, ptr %"keys", i64 2
  %".2806" = trunc i64 %".2782" to i16
  store volatile i16 %".2806", ptr %".2805", align 2
  %".2808" = load volatile i16, ptr %".2805", align 2
  %".2809" = zext i16 %".2808" to i64
  %"cursor.216" = and i64 %".2809", 16383
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  %".2811" = getelementptr i8, ptr %"keys", i64 2
  %".2812" = trunc i64 %".2782" to i16
  store volatile i16 %".2812", ptr %".2811", align 2
  %".2814" = load volatile i16, ptr %".2811", align 2
  %".2815" = zext i16 %".2814" to i64
  %"cursor.217" = and i64 %".2815", 16383
  br label %"vlan_d1_vlan_tags2"
to_mpls.28:
  %".2817" = getelementptr i8, ptr %"keys", i64 2
  %".2818" = trunc i64 %".2782" to i16
  store volatile i16 %".2818", ptr %".2817", align 2
  %".2820" = load volatile i16, ptr %".2817", align 2
  %".2821" = zext i16 %".2820" to i64
  %"cursor.218" = and i64 %".2821", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.29:
  %".2823" = getelementptr i8, ptr %"keys", i64 2
  %".2824" = trunc i64 %".2782" to i16
  store volatile i16 %".2824", ptr %".2823", align 2
  %".2826" = load volatile i16, ptr %".2823", align 2
  %".2827" = zext i16 %".2826" to i64
  %"cursor.219" = and i64 %".2827", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.4:
  %".2829" = getelementptr i8, ptr %"keys", i64 2
  %".2830" = trunc i64 %".2782" to i16
  store volatile i16 %".2830", ptr %".2829", align 2
  %".2832" = load volatile i16, ptr %".2829", align 2
  %".2833" = zext i16 %".2832" to i64
  %"cursor.220" = and i64 %".2833", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2:
  %"cursor.215" = phi  i64 [%"cursor.216", %"to_vlan.8"], [%"cursor.217", %"to_vlan.9"]
  %"hdr.54" = getelementptr i8, ptr %"data", i64 %"cursor.215"
  %".3857" = getelementptr i8, ptr %"hdr.54", i64 4
  %".3858" = icmp ugt ptr %".3857", %"data_end"
  br i1 %".3858", label %"exit.139", label %"cont.139"
exit.101:
  %".2838" = trunc i64 %"cursor.134" to i16
  %".2839" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2838", ptr %".2839", align 2
  br label %"return"
cont.101:
  %".2842" = getelementptr i8, ptr %"hdr.41", i64 0
  %".2843" = load i8, ptr %".2842", align 1
  %".2844" = zext i8 %".2843" to i64
  %".2845" = lshr i64 %".2844", 4
  %".2846" = and i64 %".2845", 15
  %".2847" = icmp eq i64 %".2846", 1
  %".2848" = zext i8 %".2843" to i64
  %".2849" = and i64 %".2848", 15
  %".2850" = icmp eq i64 %".2849", 1
  %".2851" = and i1 %".2847", %".2850"
  %".2852" = getelementptr i8, ptr %"hdr.41", i64 1
  %".2853" = load i8, ptr %".2852", align 1
  %".2854" = zext i8 %".2853" to i64
  %".2855" = icmp eq i64 %".2854", 0
  %".2856" = and i1 %".2851", %".2855"
  %".2857" = xor i1 %".2856", -1
  br i1 %".2857", label %"exit.102", label %"cont.102"
exit.102:
  %".2859" = trunc i64 %"cursor.134" to i16
  %".2860" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2859", ptr %".2860", align 2
  br label %"return"
cont.102:
  %".2863" = add i64 %"cursor.134", 8
  %".2864" = trunc i64 %".2863" to i16
  %".2865" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2864", ptr %".2865", align 2
  %".2867" = getelementptr i8, ptr %"hdr.41", i64 6
  %".2868" = load i16, ptr %".2867", align 2
  %".2869" = call i16 @"llvm.bswap.i16"(i16 %".2868")
  %".2870" = zext i16 %".2869" to i64
  switch i64 %".2870", label %"unknown.33" [i64 33, label %"to_ipv4.22" i64 87, label %"to_ipv6.21" i64 641, label %"to_mpls.30" i64 643, label %"to_mpls.31"]
unknown.33:
  %".2872" = trunc i64 %".2863" to i16
  %".2873" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2872", ptr %".2873", align 2
  br label %"return"
to_ipv4.22:
  %".2876" = getelementptr i8, ptr %"keys", i64 2
  %".2877" = trunc i64 %".2863" to i16
  store volatile i16 %".2877", ptr %".2876", align 2
  %".2879" = load volatile i16, ptr %".2876", align 2
  %".2880" = zext i16 %".2879" to i64
  %"cursor.221" = and i64 %".2880", 16383
  br label %"ipv4_d1"
to_ipv6.21:
  %".2882" = getelementptr i8, ptr %"keys", i64 2
  %".2883" = trunc i64 %".2863" to i16
  store volatile i16 %".2883", ptr %".2882", align 2
  %".2885" = load volatile i16, ptr %".2882", align 2
  %".2886" = zext i16 %".2885" to i64
  %"cursor.222" = and i64 %".2886", 16383
  br label %"ipv6_d1"
to_mpls.30:
  %".2888" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2888", align 2
  %".2890" = getelementptr i8, ptr %"keys", i64 2
  %".2891" = trunc i64 %".2863" to i16
  store volatile i16 %".2891", ptr %".2890", align 2
  %".2893" = load volatile i16, ptr %".2890", align 2
  %".2894" = zext i16 %".2893" to i64
  %"cursor.223" = and i64 %".2894", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.31:
  %".2896" = getelementptr i8, ptr %"keys", i64 10
  store i16 18568, ptr %".2896", align 2
  %".2898" = getelementptr i8, ptr %"keys", i64 2
  %".2899" = trunc i64 %".2863" to i16
  store volatile i16 %".2899", ptr %".2898", align 2
  %".2901" = load volatile i16, ptr %".2898", align 2
  %".2902" = zext i16 %".2901" to i64
  %"cursor.224" = and i64 %".2902", 16383
  br label %"mpls_d1_mpls_labels1"
exit.103:
  %".2907" = trunc i64 %"cursor.136" to i16
  %".2908" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2907", ptr %".2908", align 2
  br label %"return"
cont.103:
  %".2911" = add i64 %"cursor.136", 4
  %".2912" = getelementptr i8, ptr %"hdr.42", i64 2
  %".2913" = load i8, ptr %".2912", align 1
  %".2914" = zext i8 %".2913" to i64
  %".2915" = and i64 %".2914", 1
  switch i64 %".2915", label %"unknown.34" [i64 0, label %"to_mpls.32" i64 1, label %"to_ip_version.6"]
unknown.34:
  %".2917" = trunc i64 %".2911" to i16
  %".2918" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2917", ptr %".2918", align 2
  br label %"return"
to_mpls.32:
  %".2921" = getelementptr i8, ptr %"keys", i64 2
  %".2922" = trunc i64 %".2911" to i16
  store volatile i16 %".2922", ptr %".2921", align 2
  %".2924" = load volatile i16, ptr %".2921", align 2
  %".2925" = zext i16 %".2924" to i64
  %"cursor.226" = and i64 %".2925", 16383
  br label %"mpls_d1_mpls_labels3"
to_ip_version.6:
  %".2927" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2927", align 1
  %".2929" = and i32 %"flags", 4
  %".2930" = icmp ne i32 %".2929", 0
  br i1 %".2930", label %"exit.104", label %"cont.104"
mpls_d1_mpls_labels3:
  %"cursor.225" = phi  i64 [%"cursor.226", %"to_mpls.32"]
  %"hdr.55" = getelementptr i8, ptr %"data", i64 %"cursor.225"
  %".3921" = getelementptr i8, ptr %"hdr.55", i64 4
  %".3922" = icmp ugt ptr %".3921", %"data_end"
  br i1 %".3922", label %"exit.140", label %"cont.140"
exit.104:
  %".2932" = trunc i64 %".2911" to i16
  %".2933" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2932", ptr %".2933", align 2
  br label %"return"
cont.104:
  %".2936" = trunc i64 %".2911" to i16
  %".2937" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2936", ptr %".2937", align 2
  br label %"return"
exit.105:
  %".2943" = trunc i64 %"cursor.138" to i16
  %".2944" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2943", ptr %".2944", align 2
  br label %"return"
cont.105:
  %".2947" = add i64 %"cursor.138", 8
  %".2948" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2948", align 1
  %".2950" = and i32 %"flags", 4
  %".2951" = icmp ne i32 %".2950", 0
  br i1 %".2951", label %"exit.106", label %"cont.106"
exit.106:
  %".2953" = trunc i64 %".2947" to i16
  %".2954" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2953", ptr %".2954", align 2
  br label %"return"
cont.106:
  switch i64 0, label %"unknown.35" [i64 0, label %"to_ethernet.4"]
unknown.35:
  %".2958" = trunc i64 %".2947" to i16
  %".2959" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2958", ptr %".2959", align 2
  br label %"return"
to_ethernet.4:
  %".2962" = trunc i64 %".2947" to i16
  %".2963" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2962", ptr %".2963", align 2
  br label %"return"
exit.107:
  %".2969" = trunc i64 %"cursor.140" to i16
  %".2970" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2969", ptr %".2970", align 2
  br label %"return"
cont.107:
  %".2973" = getelementptr i8, ptr %"hdr.44", i64 0
  %".2974" = load i8, ptr %".2973", align 1
  %".2975" = zext i8 %".2974" to i64
  %".2976" = lshr i64 %".2975", 6
  %".2977" = and i64 %".2976", 3
  %".2978" = icmp ne i64 %".2977", 0
  br i1 %".2978", label %"exit.108", label %"cont.108"
exit.108:
  %".2980" = trunc i64 %"cursor.140" to i16
  %".2981" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2980", ptr %".2981", align 2
  br label %"return"
cont.108:
  %".2984" = add i64 %"cursor.140", 8
  %".2985" = zext i8 %".2974" to i64
  %".2986" = and i64 %".2985", 63
  %".2987" = mul i64 %".2986", 4
  %".2988" = add i64 %".2987", 8
  %".2989" = getelementptr i8, ptr %"hdr.44", i64 %".2988"
  %".2990" = icmp ugt ptr %".2989", %"data_end"
  br i1 %".2990", label %"exit.109", label %"cont.109"
exit.109:
  %".2992" = trunc i64 %"cursor.140" to i16
  %".2993" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2992", ptr %".2993", align 2
  br label %"return"
cont.109:
  %"end.13" = add i64 %"cursor.140", %".2988"
  %".2996" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2996", align 1
  %".2998" = and i32 %"flags", 4
  %".2999" = icmp ne i32 %".2998", 0
  br i1 %".2999", label %"exit.110", label %"cont.110"
exit.110:
  %".3001" = trunc i64 %"end.13" to i16
  %".3002" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3001", ptr %".3002", align 2
  br label %"return"
cont.110:
  %".3005" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3006" = load i16, ptr %".3005", align 2
  %".3007" = call i16 @"llvm.bswap.i16"(i16 %".3006")
  %".3008" = zext i16 %".3007" to i64
  switch i64 %".3008", label %"unknown.36" [i64 25944, label %"to_ethernet.5" i64 2048, label %"to_ipv4.23" i64 34525, label %"to_ipv6.22"]
unknown.36:
  %".3010" = trunc i64 %"end.13" to i16
  %".3011" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3010", ptr %".3011", align 2
  br label %"return"
to_ethernet.5:
  %".3014" = trunc i64 %"end.13" to i16
  %".3015" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3014", ptr %".3015", align 2
  br label %"return"
to_ipv4.23:
  %".3018" = trunc i64 %"end.13" to i16
  %".3019" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3018", ptr %".3019", align 2
  br label %"return"
to_ipv6.22:
  %".3022" = trunc i64 %"end.13" to i16
  %".3023" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3022", ptr %".3023", align 2
  br label %"return"
exit.111:
  %".3029" = trunc i64 %"cursor.142" to i16
  %".3030" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3029", ptr %".3030", align 2
  br label %"return"
cont.111:
  %".3033" = getelementptr i8, ptr %"hdr.45", i64 0
  %".3034" = load i8, ptr %".3033", align 1
  %".3035" = zext i8 %".3034" to i64
  %".3036" = lshr i64 %".3035", 6
  %".3037" = and i64 %".3036", 3
  %".3038" = icmp ne i64 %".3037", 0
  %".3039" = zext i8 %".3034" to i64
  %".3040" = lshr i64 %".3039", 5
  %".3041" = and i64 %".3040", 1
  %".3042" = icmp ne i64 %".3041", 0
  %".3043" = or i1 %".3038", %".3042"
  br i1 %".3043", label %"exit.112", label %"cont.112"
exit.112:
  %".3045" = trunc i64 %"cursor.142" to i16
  %".3046" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3045", ptr %".3046", align 2
  br label %"return"
cont.112:
  %".3049" = add i64 %"cursor.142", 4
  %".3050" = zext i8 %".3034" to i64
  %".3051" = and i64 %".3050", 31
  %".3052" = mul i64 %".3051", 4
  %".3053" = add i64 %".3052", 4
  %".3054" = getelementptr i8, ptr %"hdr.45", i64 %".3053"
  %".3055" = icmp ugt ptr %".3054", %"data_end"
  br i1 %".3055", label %"exit.113", label %"cont.113"
exit.113:
  %".3057" = trunc i64 %"cursor.142" to i16
  %".3058" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3057", ptr %".3058", align 2
  br label %"return"
cont.113:
  %"end.14" = add i64 %"cursor.142", %".3053"
  %".3061" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3061", align 1
  %".3063" = and i32 %"flags", 4
  %".3064" = icmp ne i32 %".3063", 0
  br i1 %".3064", label %"exit.114", label %"cont.114"
exit.114:
  %".3066" = trunc i64 %"end.14" to i16
  %".3067" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3066", ptr %".3067", align 2
  br label %"return"
cont.114:
  %".3070" = getelementptr i8, ptr %"hdr.45", i64 1
  %".3071" = load i8, ptr %".3070", align 1
  %".3072" = zext i8 %".3071" to i64
  switch i64 %".3072", label %"unknown.37" [i64 4, label %"to_ipv4.24" i64 41, label %"to_ipv6.23"]
unknown.37:
  %".3074" = trunc i64 %"end.14" to i16
  %".3075" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3074", ptr %".3075", align 2
  br label %"return"
to_ipv4.24:
  %".3078" = trunc i64 %"end.14" to i16
  %".3079" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3078", ptr %".3079", align 2
  br label %"return"
to_ipv6.23:
  %".3082" = trunc i64 %"end.14" to i16
  %".3083" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3082", ptr %".3083", align 2
  br label %"return"
exit.115:
  %".3089" = trunc i64 %"cursor.144" to i16
  %".3090" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3089", ptr %".3090", align 2
  br label %"return"
cont.115:
  %".3093" = getelementptr i8, ptr %"hdr.46", i64 0
  %".3094" = load i8, ptr %".3093", align 1
  %".3095" = zext i8 %".3094" to i64
  %".3096" = lshr i64 %".3095", 5
  %".3097" = and i64 %".3096", 7
  %".3098" = icmp ne i64 %".3097", 1
  %".3099" = zext i8 %".3094" to i64
  %".3100" = lshr i64 %".3099", 4
  %".3101" = and i64 %".3100", 1
  %".3102" = icmp ne i64 %".3101", 1
  %".3103" = or i1 %".3098", %".3102"
  %".3104" = getelementptr i8, ptr %"hdr.46", i64 1
  %".3105" = load i8, ptr %".3104", align 1
  %".3106" = zext i8 %".3105" to i64
  %".3107" = icmp ne i64 %".3106", 255
  %".3108" = or i1 %".3103", %".3107"
  br i1 %".3108", label %"exit.116", label %"cont.116"
exit.116:
  %".3110" = trunc i64 %"cursor.144" to i16
  %".3111" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3110", ptr %".3111", align 2
  br label %"return"
cont.116:
  %".3114" = add i64 %"cursor.144", 8
  %".3115" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3115", align 1
  %".3117" = and i32 %"flags", 4
  %".3118" = icmp ne i32 %".3117", 0
  br i1 %".3118", label %"exit.117", label %"cont.117"
exit.117:
  %".3120" = trunc i64 %".3114" to i16
  %".3121" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3120", ptr %".3121", align 2
  br label %"return"
cont.117:
  %".3124" = zext i8 %".3094" to i64
  %".3125" = lshr i64 %".3124", 2
  %".3126" = and i64 %".3125", 1
  %".3127" = mul i64 %".3126", 4
  %".3128" = zext i8 %".3094" to i64
  %".3129" = lshr i64 %".3128", 1
  %".3130" = and i64 %".3129", 1
  %".3131" = mul i64 %".3130", 2
  %".3132" = add i64 %".3127", %".3131"
  %".3133" = zext i8 %".3094" to i64
  %".3134" = and i64 %".3133", 1
  %".3135" = add i64 %".3132", %".3134"
  %".3136" = icmp uge i64 %".3135", 1
  %".3137" = icmp ule i64 %".3135", 3
  %".3138" = and i1 %".3136", %".3137"
  br i1 %".3138", label %"to_gtpu_opt.1", label %"select.2"
unknown.38:
  %".3145" = trunc i64 %".3114" to i16
  %".3146" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3145", ptr %".3146", align 2
  br label %"return"
to_ip_version.7:
  %".3149" = trunc i64 %".3114" to i16
  %".3150" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3149", ptr %".3150", align 2
  br label %"return"
to_gtpu_opt.1:
  %".3153" = trunc i64 %".3114" to i16
  %".3154" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3153", ptr %".3154", align 2
  br label %"return"
to_gtpu_seq.1:
  %".3157" = trunc i64 %".3114" to i16
  %".3158" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3157", ptr %".3158", align 2
  br label %"return"
select.2:
  %".3140" = icmp uge i64 %".3135", 4
  %".3141" = icmp ule i64 %".3135", 7
  %".3142" = and i1 %".3140", %".3141"
  br i1 %".3142", label %"to_gtpu_seq.1", label %"select.3"
select.3:
  switch i64 %".3135", label %"unknown.38" [i64 0, label %"to_ip_version.7"]
exit.118:
  %".3164" = trunc i64 %"cursor.146" to i16
  %".3165" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3164", ptr %".3165", align 2
  br label %"return"
cont.118:
  %".3168" = add i64 %"cursor.146", 8
  %".3169" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3169", align 1
  %".3171" = and i32 %"flags", 4
  %".3172" = icmp ne i32 %".3171", 0
  br i1 %".3172", label %"exit.119", label %"cont.119"
exit.119:
  %".3174" = trunc i64 %".3168" to i16
  %".3175" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3174", ptr %".3175", align 2
  br label %"return"
cont.119:
  %".3178" = getelementptr i8, ptr %"hdr.47", i64 2
  %".3179" = load i16, ptr %".3178", align 2
  %".3180" = call i16 @"llvm.bswap.i16"(i16 %".3179")
  %".3181" = zext i16 %".3180" to i64
  switch i64 %".3181", label %"unknown.39" [i64 2048, label %"to_ipv4.25"]
unknown.39:
  %".3183" = trunc i64 %".3168" to i16
  %".3184" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3183", ptr %".3184", align 2
  br label %"return"
to_ipv4.25:
  %".3187" = trunc i64 %".3168" to i16
  %".3188" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3187", ptr %".3188", align 2
  br label %"return"
exit.120:
  %".3194" = trunc i64 %"cursor.148" to i16
  %".3195" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3194", ptr %".3195", align 2
  br label %"return"
cont.120:
  %".3198" = getelementptr i8, ptr %"hdr.48", i64 0
  %".3199" = load i8, ptr %".3198", align 1
  %".3200" = zext i8 %".3199" to i64
  %".3201" = trunc i64 %".3200" to i8
  %".3202" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3201", ptr %".3202", align 1
  %".3204" = add i64 %"cursor.148", 2
  %".3205" = getelementptr i8, ptr %"hdr.48", i64 1
  %".3206" = load i8, ptr %".3205", align 1
  %".3207" = zext i8 %".3206" to i64
  %".3208" = mul i64 %".3207", 8
  %".3209" = add i64 %".3208", 6
  %".3210" = add i64 %".3209", 2
  %".3211" = getelementptr i8, ptr %"hdr.48", i64 %".3210"
  %".3212" = icmp ugt ptr %".3211", %"data_end"
  br i1 %".3212", label %"exit.121", label %"cont.121"
exit.121:
  %".3214" = trunc i64 %"cursor.148" to i16
  %".3215" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3214", ptr %".3215", align 2
  br label %"return"
cont.121:
  %"end.15" = add i64 %"cursor.148", %".3210"
  %".3218" = zext i8 %".3199" to i64
  switch i64 %".3218", label %"unknown.40" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 132, label %"to_sctp.10" i64 33, label %"to_dccp.10" i64 50, label %"to_esp.10" i64 51, label %"to_ah.10" i64 58, label %"to_icmpv6.8" i64 137, label %"to_mpls.33" i64 4, label %"to_ipv4.26" i64 41, label %"to_ipv6.24"]
unknown.40:
  %".3220" = trunc i64 %"end.15" to i16
  %".3221" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3220", ptr %".3221", align 2
  br label %"return"
to_ipv6_opts.24:
  %".3224" = getelementptr i8, ptr %"keys", i64 2
  %".3225" = trunc i64 %"end.15" to i16
  store volatile i16 %".3225", ptr %".3224", align 2
  %".3227" = load volatile i16, ptr %".3224", align 2
  %".3228" = zext i16 %".3227" to i64
  %"cursor.228" = and i64 %".3228", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  %".3230" = getelementptr i8, ptr %"keys", i64 2
  %".3231" = trunc i64 %"end.15" to i16
  store volatile i16 %".3231", ptr %".3230", align 2
  %".3233" = load volatile i16, ptr %".3230", align 2
  %".3234" = zext i16 %".3233" to i64
  %"cursor.229" = and i64 %".3234", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  %".3236" = getelementptr i8, ptr %"keys", i64 2
  %".3237" = trunc i64 %"end.15" to i16
  store volatile i16 %".3237", ptr %".3236", align 2
  %".3239" = load volatile i16, ptr %".3236", align 2
  %".3240" = zext i16 %".3239" to i64
  %"cursor.230" = and i64 %".3240", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  %".3242" = getelementptr i8, ptr %"keys", i64 2
  %".3243" = trunc i64 %"end.15" to i16
  store volatile i16 %".3243", ptr %".3242", align 2
  %".3245" = load volatile i16, ptr %".3242", align 2
  %".3246" = zext i16 %".3245" to i64
  %"cursor.232" = and i64 %".3246", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  %".3248" = getelementptr i8, ptr %"keys", i64 2
  %".3249" = trunc i64 %"end.15" to i16
  store volatile i16 %".3249", ptr %".3248", align 2
  %".3251" = load volatile i16, ptr %".3248", align 2
  %".3252" = zext i16 %".3251" to i64
  %"cursor.233" = and i64 %".3252", 16383
  br label %"tcp"
to_udp.10:
  %".3254" = getelementptr i8, ptr %"keys", i64 2
  %".3255" = trunc i64 %"end.15" to i16
  store volatile i16 %".3255", ptr %".3254", align 2
  %".3257" = load volatile i16, ptr %".3254", align 2
  %".3258" = zext i16 %".3257" to i64
  %"cursor.234" = and i64 %".3258", 16383
  br label %"udp_d1"
to_udplite.10:
  %".3260" = getelementptr i8, ptr %"keys", i64 2
  %".3261" = trunc i64 %"end.15" to i16
  store volatile i16 %".3261", ptr %".3260", align 2
  %".3263" = load volatile i16, ptr %".3260", align 2
  %".3264" = zext i16 %".3263" to i64
  %"cursor.235" = and i64 %".3264", 16383
  br label %"udplite"
to_gre.10:
  %".3266" = getelementptr i8, ptr %"keys", i64 2
  %".3267" = trunc i64 %"end.15" to i16
  store volatile i16 %".3267", ptr %".3266", align 2
  %".3269" = load volatile i16, ptr %".3266", align 2
  %".3270" = zext i16 %".3269" to i64
  %"cursor.236" = and i64 %".3270", 16383
  br label %"gre_d1"
to_sctp.10:
  %".3272" = getelementptr i8, ptr %"keys", i64 2
  %".3273" = trunc i64 %"end.15" to i16
  store volatile i16 %".3273", ptr %".3272", align 2
  %".3275" = load volatile i16, ptr %".3272", align 2
  %".3276" = zext i16 %".3275" to i64
  %"cursor.237" = and i64 %".3276", 16383
  br label %"sctp"
to_dccp.10:
  %".3278" = getelementptr i8, ptr %"keys", i64 2
  %".3279" = trunc i64 %"end.15" to i16
  store volatile i16 %".3279", ptr %".3278", align 2
  %".3281" = load volatile i16, ptr %".3278", align 2
  %".3282" = zext i16 %".3281" to i64
  %"cursor.238" = and i64 %".3282", 16383
  br label %"dccp"
to_esp.10:
  %".3284" = getelementptr i8, ptr %"keys", i64 2
  %".3285" = trunc i64 %"end.15" to i16
  store volatile i16 %".3285", ptr %".3284", align 2
  %".3287" = load volatile i16, ptr %".3284", align 2
  %".3288" = zext i16 %".3287" to i64
  %"cursor.239" = and i64 %".3288", 16383
  br label %"esp"
to_ah.10:
  %".3290" = getelementptr i8, ptr %"keys", i64 2
  %".3291" = trunc i64 %"end.15" to i16
  store volatile i16 %".3291", ptr %".3290", align 2
  %".3293" = load volatile i16, ptr %".3290", align 2
  %".3294" = zext i16 %".3293" to i64
  %"cursor.240" = and i64 %".3294", 16383
  br label %"ah"
to_icmpv6.8:
  %".3296" = getelementptr i8, ptr %"keys", i64 2
  %".3297" = trunc i64 %"end.15" to i16
  store volatile i16 %".3297", ptr %".3296", align 2
  %".3299" = load volatile i16, ptr %".3296", align 2
  %".3300" = zext i16 %".3299" to i64
  %"cursor.241" = and i64 %".3300", 16383
  br label %"icmpv6"
to_mpls.33:
  %".3302" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3302", align 2
  %".3304" = getelementptr i8, ptr %"keys", i64 2
  %".3305" = trunc i64 %"end.15" to i16
  store volatile i16 %".3305", ptr %".3304", align 2
  %".3307" = load volatile i16, ptr %".3304", align 2
  %".3308" = zext i16 %".3307" to i64
  %"cursor.242" = and i64 %".3308", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.26:
  %".3310" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3310", align 1
  %".3312" = and i32 %"flags", 4
  %".3313" = icmp ne i32 %".3312", 0
  br i1 %".3313", label %"exit.122", label %"cont.122"
to_ipv6.24:
  %".3323" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3323", align 1
  %".3325" = and i32 %"flags", 4
  %".3326" = icmp ne i32 %".3325", 0
  br i1 %".3326", label %"exit.123", label %"cont.123"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.227" = phi  i64 [%"cursor.228", %"to_ipv6_opts.24"], [%"cursor.229", %"to_ipv6_opts.25"], [%"cursor.230", %"to_ipv6_opts.26"], [%"cursor.243", %"to_ipv6_opts.27"], [%"cursor.244", %"to_ipv6_opts.28"], [%"cursor.245", %"to_ipv6_opts.29"]
  %"hdr.56" = getelementptr i8, ptr %"data", i64 %"cursor.227"
  %".3957" = getelementptr i8, ptr %"hdr.56", i64 2
  %".3958" = icmp ugt ptr %".3957", %"data_end"
  br i1 %".3958", label %"exit.142", label %"cont.142"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.231" = phi  i64 [%"cursor.232", %"to_ipv6_frag.8"], [%"cursor.246", %"to_ipv6_frag.9"]
  %"hdr.57" = getelementptr i8, ptr %"data", i64 %"cursor.231"
  %".4094" = getelementptr i8, ptr %"hdr.57", i64 8
  %".4095" = icmp ugt ptr %".4094", %"data_end"
  br i1 %".4095", label %"exit.146", label %"cont.146"
exit.122:
  %".3315" = trunc i64 %"end.15" to i16
  %".3316" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3315", ptr %".3316", align 2
  br label %"return"
cont.122:
  %".3319" = trunc i64 %"end.15" to i16
  %".3320" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3319", ptr %".3320", align 2
  br label %"return"
exit.123:
  %".3328" = trunc i64 %"end.15" to i16
  %".3329" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3328", ptr %".3329", align 2
  br label %"return"
cont.123:
  %".3332" = trunc i64 %"end.15" to i16
  %".3333" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3332", ptr %".3333", align 2
  br label %"return"
exit.124:
  %".3339" = trunc i64 %"cursor.152" to i16
  %".3340" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3339", ptr %".3340", align 2
  br label %"return"
cont.124:
  %".3343" = getelementptr i8, ptr %"hdr.49", i64 0
  %".3344" = load i8, ptr %".3343", align 1
  %".3345" = zext i8 %".3344" to i64
  %".3346" = trunc i64 %".3345" to i8
  %".3347" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3346", ptr %".3347", align 1
  %".3349" = add i64 %"cursor.152", 8
  %".3350" = icmp ne i64 1, 0
  %".3351" = getelementptr i8, ptr %"hdr.49", i64 2
  %".3352" = load i16, ptr %".3351", align 2
  %".3353" = call i16 @"llvm.bswap.i16"(i16 %".3352")
  %".3354" = zext i16 %".3353" to i64
  %".3355" = and i64 %".3354", 65528
  %".3356" = icmp eq i64 %".3355", 0
  br i1 %".3350", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".3358" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".3358", align 1
  br i1 %".3356", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".3376" = zext i8 %".3344" to i64
  switch i64 %".3376", label %"unknown.41" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 132, label %"to_sctp.11" i64 33, label %"to_dccp.11" i64 50, label %"to_esp.11" i64 51, label %"to_ah.11" i64 58, label %"to_icmpv6.9" i64 137, label %"to_mpls.34" i64 4, label %"to_ipv4.27" i64 41, label %"to_ipv6.25"]
first_fragment.5:
  %".3365" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".3365", align 1
  %".3367" = and i32 %"flags", 1
  %".3368" = icmp ne i32 %".3367", 0
  %".3369" = xor i1 %".3368", -1
  br i1 %".3369", label %"exit.125", label %"cont.125"
later_fragment.5:
  %".3361" = trunc i64 %".3349" to i16
  %".3362" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3361", ptr %".3362", align 2
  br label %"return"
exit.125:
  %".3371" = trunc i64 %".3349" to i16
  %".3372" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3371", ptr %".3372", align 2
  br label %"return"
cont.125:
  br label %"not_fragment.5"
unknown.41:
  %".3378" = trunc i64 %".3349" to i16
  %".3379" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3378", ptr %".3379", align 2
  br label %"return"
to_ipv6_opts.27:
  %".3382" = getelementptr i8, ptr %"keys", i64 2
  %".3383" = trunc i64 %".3349" to i16
  store volatile i16 %".3383", ptr %".3382", align 2
  %".3385" = load volatile i16, ptr %".3382", align 2
  %".3386" = zext i16 %".3385" to i64
  %"cursor.243" = and i64 %".3386", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  %".3388" = getelementptr i8, ptr %"keys", i64 2
  %".3389" = trunc i64 %".3349" to i16
  store volatile i16 %".3389", ptr %".3388", align 2
  %".3391" = load volatile i16, ptr %".3388", align 2
  %".3392" = zext i16 %".3391" to i64
  %"cursor.244" = and i64 %".3392", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  %".3394" = getelementptr i8, ptr %"keys", i64 2
  %".3395" = trunc i64 %".3349" to i16
  store volatile i16 %".3395", ptr %".3394", align 2
  %".3397" = load volatile i16, ptr %".3394", align 2
  %".3398" = zext i16 %".3397" to i64
  %"cursor.245" = and i64 %".3398", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  %".3400" = getelementptr i8, ptr %"keys", i64 2
  %".3401" = trunc i64 %".3349" to i16
  store volatile i16 %".3401", ptr %".3400", align 2
  %".3403" = load volatile i16, ptr %".3400", align 2
  %".3404" = zext i16 %".3403" to i64
  %"cursor.246" = and i64 %".3404", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  %".3406" = getelementptr i8, ptr %"keys", i64 2
  %".3407" = trunc i64 %".3349" to i16
  store volatile i16 %".3407", ptr %".3406", align 2
  %".3409" = load volatile i16, ptr %".3406", align 2
  %".3410" = zext i16 %".3409" to i64
  %"cursor.247" = and i64 %".3410", 16383
  br label %"tcp"
to_udp.11:
  %".3412" = getelementptr i8, ptr %"keys", i64 2
  %".3413" = trunc i64 %".3349" to i16
  store volatile i16 %".3413", ptr %".3412", align 2
  %".3415" = load volatile i16, ptr %".3412", align 2
  %".3416" = zext i16 %".3415" to i64
  %"cursor.248" = and i64 %".3416", 16383
  br label %"udp_d1"
to_udplite.11:
  %".3418" = getelementptr i8, ptr %"keys", i64 2
  %".3419" = trunc i64 %".3349" to i16
  store volatile i16 %".3419", ptr %".3418", align 2
  %".3421" = load volatile i16, ptr %".3418", align 2
  %".3422" = zext i16 %".3421" to i64
  %"cursor.249" = and i64 %".3422", 16383
  br label %"udplite"
to_gre.11:
  %".3424" = getelementptr i8, ptr %"keys", i64 2
  %".3425" = trunc i64 %".3349" to i16
  store volatile i16 %".3425", ptr %".3424", align 2
  %".3427" = load volatile i16, ptr %".3424", align 2
  %".3428" = zext i16 %".3427" to i64
  %"cursor.250" = and i64 %".3428", 16383
  br label %"gre_d1"
to_sctp.11:
  %".3430" = getelementptr i8, ptr %"keys", i64 2
  %".3431" = trunc i64 %".3349" to i16
  store volatile i16 %".3431", ptr %".3430", align 2
  %".3433" = load volatile i16, ptr %".3430", align 2
  %".3434" = zext i16 %".3433" to i64
  %"cursor.251" = and i64 %".3434", 16383
  br label %"sctp"
to_dccp.11:
  %".3436" = getelementptr i8, ptr %"keys", i64 2
  %".3437" = trunc i64 %".3349" to i16
  store volatile i16 %".3437", ptr %".3436", align 2
  %".3439" = load volatile i16, ptr %".3436", align 2
  %".3440" = zext i16 %".3439" to i64
  %"cursor.252" = and i64 %".3440", 16383
  br label %"dccp"
to_esp.11:
  %".3442" = getelementptr i8, ptr %"keys", i64 2
  %".3443" = trunc i64 %".3349" to i16
  store volatile i16 %".3443", ptr %".3442", align 2
  %".3445" = load volatile i16, ptr %".3442", align 2
  %".3446" = zext i16 %".3445" to i64
  %"cursor.253" = and i64 %".3446", 16383
  br label %"esp"
to_ah.11:
  %".3448" = getelementptr i8, ptr %"keys", i64 2
  %".3449" = trunc i64 %".3349" to i16
  store volatile i16 %".3449", ptr %".3448", align 2
  %".3451" = load volatile i16, ptr %".3448", align 2
  %".3452" = zext i16 %".3451" to i64
  %"cursor.254" = and i64 %".3452", 16383
  br label %"ah"
to_icmpv6.9:
  %".3454" = getelementptr i8, ptr %"keys", i64 2
  %".3455" = trunc i64 %".3349" to i16
  store volatile i16 %".3455", ptr %".3454", align 2
  %".3457" = load volatile i16, ptr %".3454", align 2
  %".3458" = zext i16 %".3457" to i64
  %"cursor.255" = and i64 %".3458", 16383
  br label %"icmpv6"
to_mpls.34:
  %".3460" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3460", align 2
  %".3462" = getelementptr i8, ptr %"keys", i64 2
  %".3463" = trunc i64 %".3349" to i16
  store volatile i16 %".3463", ptr %".3462", align 2
  %".3465" = load volatile i16, ptr %".3462", align 2
  %".3466" = zext i16 %".3465" to i64
  %"cursor.256" = and i64 %".3466", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.27:
  %".3468" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3468", align 1
  %".3470" = and i32 %"flags", 4
  %".3471" = icmp ne i32 %".3470", 0
  br i1 %".3471", label %"exit.126", label %"cont.126"
to_ipv6.25:
  %".3481" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3481", align 1
  %".3483" = and i32 %"flags", 4
  %".3484" = icmp ne i32 %".3483", 0
  br i1 %".3484", label %"exit.127", label %"cont.127"
exit.126:
  %".3473" = trunc i64 %".3349" to i16
  %".3474" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3473", ptr %".3474", align 2
  br label %"return"
cont.126:
  %".3477" = trunc i64 %".3349" to i16
  %".3478" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3477", ptr %".3478", align 2
  br label %"return"
exit.127:
  %".3486" = trunc i64 %".3349" to i16
  %".3487" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3486", ptr %".3487", align 2
  br label %"return"
cont.127:
  %".3490" = trunc i64 %".3349" to i16
  %".3491" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3490", ptr %".3491", align 2
  br label %"return"
exit.128:
  %".3497" = trunc i64 %"cursor.178" to i16
  %".3498" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3497", ptr %".3498", align 2
  br label %"return"
cont.128:
  %".3501" = getelementptr i8, ptr %"hdr.50", i64 0
  %".3502" = load i8, ptr %".3501", align 1
  %".3503" = zext i8 %".3502" to i64
  %".3504" = trunc i64 %".3503" to i8
  %".3505" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3504", ptr %".3505", align 1
  %".3507" = add i64 %"cursor.178", 2
  %".3508" = getelementptr i8, ptr %"hdr.50", i64 1
  %".3509" = load i8, ptr %".3508", align 1
  %".3510" = zext i8 %".3509" to i64
  %".3511" = mul i64 %".3510", 8
  %".3512" = add i64 %".3511", 6
  %".3513" = add i64 %".3512", 2
  %".3514" = getelementptr i8, ptr %"hdr.50", i64 %".3513"
  %".3515" = icmp ugt ptr %".3514", %"data_end"
  br i1 %".3515", label %"exit.129", label %"cont.129"
exit.129:
  %".3517" = trunc i64 %"cursor.178" to i16
  %".3518" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3517", ptr %".3518", align 2
  br label %"return"
cont.129:
  %"end.16" = add i64 %"cursor.178", %".3513"
  %".3521" = zext i8 %".3502" to i64
  switch i64 %".3521", label %"unknown.42" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 132, label %"to_sctp.12" i64 33, label %"to_dccp.12" i64 50, label %"to_esp.12" i64 51, label %"to_ah.12" i64 58, label %"to_icmpv6.10" i64 137, label %"to_mpls.35" i64 4, label %"to_ipv4.28" i64 41, label %"to_ipv6.26"]
unknown.42:
  %".3523" = trunc i64 %"end.16" to i16
  %".3524" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3523", ptr %".3524", align 2
  br label %"return"
to_ipv6_opts.30:
  %".3527" = trunc i64 %"end.16" to i16
  %".3528" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3527", ptr %".3528", align 2
  br label %"return"
to_ipv6_opts.31:
  %".3531" = trunc i64 %"end.16" to i16
  %".3532" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3531", ptr %".3532", align 2
  br label %"return"
to_ipv6_opts.32:
  %".3535" = trunc i64 %"end.16" to i16
  %".3536" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3535", ptr %".3536", align 2
  br label %"return"
to_ipv6_frag.10:
  %".3539" = trunc i64 %"end.16" to i16
  %".3540" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3539", ptr %".3540", align 2
  br label %"return"
to_tcp.12:
  %".3543" = getelementptr i8, ptr %"keys", i64 2
  %".3544" = trunc i64 %"end.16" to i16
  store volatile i16 %".3544", ptr %".3543", align 2
  %".3546" = load volatile i16, ptr %".3543", align 2
  %".3547" = zext i16 %".3546" to i64
  %"cursor.257" = and i64 %".3547", 16383
  br label %"tcp"
to_udp.12:
  %".3549" = getelementptr i8, ptr %"keys", i64 2
  %".3550" = trunc i64 %"end.16" to i16
  store volatile i16 %".3550", ptr %".3549", align 2
  %".3552" = load volatile i16, ptr %".3549", align 2
  %".3553" = zext i16 %".3552" to i64
  %"cursor.258" = and i64 %".3553", 16383
  br label %"udp_d0"
to_udplite.12:
  %".3555" = getelementptr i8, ptr %"keys", i64 2
  %".3556" = trunc i64 %"end.16" to i16
  store volatile i16 %".3556", ptr %".3555", align 2
  %".3558" = load volatile i16, ptr %".3555", align 2
  %".3559" = zext i16 %".3558" to i64
  %"cursor.259" = and i64 %".3559", 16383
  br label %"udplite"
to_gre.12:
  %".3561" = getelementptr i8, ptr %"keys", i64 2
  %".3562" = trunc i64 %"end.16" to i16
  store volatile i16 %".3562", ptr %".3561", align 2
  %".3564" = load volatile i16, ptr %".3561", align 2
  %".3565" = zext i16 %".3564" to i64
  %"cursor.260" = and i64 %".3565", 16383
  br label %"gre_d0"
to_sctp.12:
  %".3567" = getelementptr i8, ptr %"keys", i64 2
  %".3568" = trunc i64 %"end.16" to i16
  store volatile i16 %".3568", ptr %".3567", align 2
  %".3570" = load volatile i16, ptr %".3567", align 2
  %".3571" = zext i16 %".3570" to i64
  %"cursor.261" = and i64 %".3571", 16383
  br label %"sctp"
to_dccp.12:
  %".3573" = getelementptr i8, ptr %"keys", i64 2
  %".3574" = trunc i64 %"end.16" to i16
  store volatile i16 %".3574", ptr %".3573", align 2
  %".3576" = load volatile i16, ptr %".3573", align 2
  %".3577" = zext i16 %".3576" to i64
  %"cursor.262" = and i64 %".3577", 16383
  br label %"dccp"
to_esp.12:
  %".3579" = getelementptr i8, ptr %"keys", i64 2
  %".3580" = trunc i64 %"end.16" to i16
  store volatile i16 %".3580", ptr %".3579", align 2
  %".3582" = load volatile i16, ptr %".3579", align 2
  %".3583" = zext i16 %".3582" to i64
  %"cursor.263" = and i64 %".3583", 16383
  br label %"esp"
to_ah.12:
  %".3585" = getelementptr i8, ptr %"keys", i64 2
  %".3586" = trunc i64 %"end.16" to i16
  store volatile i16 %".3586", ptr %".3585", align 2
  %".3588" = load volatile i16, ptr %".3585", align 2
  %".3589" = zext i16 %".3588" to i64
  %"cursor.264" = and i64 %".3589", 16383
  br label %"ah"
to_icmpv6.10:
  %".3591" = getelementptr i8, ptr %"keys", i64 2
  %".3592" = trunc i64 %"end.16" to i16
  store volatile i16 %".3592", ptr %".3591", align 2
  %".3594" = load volatile i16, ptr %".3591", align 2
  %".3595" = zext i16 %".3594" to i64
  %"cursor.265" = and i64 %".3595", 16383
  br label %"icmpv6"
to_mpls.35:
  %".3597" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3597", align 2
  %".3599" = getelementptr i8, ptr %"keys", i64 2
  %".3600" = trunc i64 %"end.16" to i16
  store volatile i16 %".3600", ptr %".3599", align 2
  %".3602" = load volatile i16, ptr %".3599", align 2
  %".3603" = zext i16 %".3602" to i64
  %"cursor.266" = and i64 %".3603", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.28:
  %".3605" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3605", align 1
  %".3607" = and i32 %"flags", 4
  %".3608" = icmp ne i32 %".3607", 0
  br i1 %".3608", label %"exit.130", label %"cont.130"
to_ipv6.26:
  %".3620" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3620", align 1
  %".3622" = and i32 %"flags", 4
  %".3623" = icmp ne i32 %".3622", 0
  br i1 %".3623", label %"exit.131", label %"cont.131"
exit.130:
  %".3610" = trunc i64 %"end.16" to i16
  %".3611" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3610", ptr %".3611", align 2
  br label %"return"
cont.130:
  %".3614" = getelementptr i8, ptr %"keys", i64 2
  %".3615" = trunc i64 %"end.16" to i16
  store volatile i16 %".3615", ptr %".3614", align 2
  %".3617" = load volatile i16, ptr %".3614", align 2
  %".3618" = zext i16 %".3617" to i64
  %"cursor.267" = and i64 %".3618", 16383
  br label %"ipv4_d1"
exit.131:
  %".3625" = trunc i64 %"end.16" to i16
  %".3626" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3625", ptr %".3626", align 2
  br label %"return"
cont.131:
  %".3629" = getelementptr i8, ptr %"keys", i64 2
  %".3630" = trunc i64 %"end.16" to i16
  store volatile i16 %".3630", ptr %".3629", align 2
  %".3632" = load volatile i16, ptr %".3629", align 2
  %".3633" = zext i16 %".3632" to i64
  %"cursor.268" = and i64 %".3633", 16383
  br label %"ipv6_d1"
exit.132:
  %".3638" = trunc i64 %"cursor.180" to i16
  %".3639" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3638", ptr %".3639", align 2
  br label %"return"
cont.132:
  %".3642" = getelementptr i8, ptr %"hdr.51", i64 0
  %".3643" = load i8, ptr %".3642", align 1
  %".3644" = zext i8 %".3643" to i64
  %".3645" = trunc i64 %".3644" to i8
  %".3646" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3645", ptr %".3646", align 1
  %".3648" = add i64 %"cursor.180", 8
  %".3649" = icmp ne i64 1, 0
  %".3650" = getelementptr i8, ptr %"hdr.51", i64 2
  %".3651" = load i16, ptr %".3650", align 2
  %".3652" = call i16 @"llvm.bswap.i16"(i16 %".3651")
  %".3653" = zext i16 %".3652" to i64
  %".3654" = and i64 %".3653", 65528
  %".3655" = icmp eq i64 %".3654", 0
  br i1 %".3649", label %"fragment.6", label %"not_fragment.6"
fragment.6:
  %".3657" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".3657", align 1
  br i1 %".3655", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".3675" = zext i8 %".3643" to i64
  switch i64 %".3675", label %"unknown.43" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 132, label %"to_sctp.13" i64 33, label %"to_dccp.13" i64 50, label %"to_esp.13" i64 51, label %"to_ah.13" i64 58, label %"to_icmpv6.11" i64 137, label %"to_mpls.36" i64 4, label %"to_ipv4.29" i64 41, label %"to_ipv6.27"]
first_fragment.6:
  %".3664" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".3664", align 1
  %".3666" = and i32 %"flags", 1
  %".3667" = icmp ne i32 %".3666", 0
  %".3668" = xor i1 %".3667", -1
  br i1 %".3668", label %"exit.133", label %"cont.133"
later_fragment.6:
  %".3660" = trunc i64 %".3648" to i16
  %".3661" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3660", ptr %".3661", align 2
  br label %"return"
exit.133:
  %".3670" = trunc i64 %".3648" to i16
  %".3671" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3670", ptr %".3671", align 2
  br label %"return"
cont.133:
  br label %"not_fragment.6"
unknown.43:
  %".3677" = trunc i64 %".3648" to i16
  %".3678" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3677", ptr %".3678", align 2
  br label %"return"
to_ipv6_opts.33:
  %".3681" = trunc i64 %".3648" to i16
  %".3682" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3681", ptr %".3682", align 2
  br label %"return"
to_ipv6_opts.34:
  %".3685" = trunc i64 %".3648" to i16
  %".3686" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3685", ptr %".3686", align 2
  br label %"return"
to_ipv6_opts.35:
  %".3689" = trunc i64 %".3648" to i16
  %".3690" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3689", ptr %".3690", align 2
  br label %"return"
to_ipv6_frag.11:
  %".3693" = trunc i64 %".3648" to i16
  %".3694" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3693", ptr %".3694", align 2
  br label %"return"
to_tcp.13:
  %".3697" = getelementptr i8, ptr %"keys", i64 2
  %".3698" = trunc i64 %".3648" to i16
  store volatile i16 %".3698", ptr %".3697", align 2
  %".3700" = load volatile i16, ptr %".3697", align 2
  %".3701" = zext i16 %".3700" to i64
  %"cursor.269" = and i64 %".3701", 16383
  br label %"tcp"
to_udp.13:
  %".3703" = getelementptr i8, ptr %"keys", i64 2
  %".3704" = trunc i64 %".3648" to i16
  store volatile i16 %".3704", ptr %".3703", align 2
  %".3706" = load volatile i16, ptr %".3703", align 2
  %".3707" = zext i16 %".3706" to i64
  %"cursor.270" = and i64 %".3707", 16383
  br label %"udp_d0"
to_udplite.13:
  %".3709" = getelementptr i8, ptr %"keys", i64 2
  %".3710" = trunc i64 %".3648" to i16
  store volatile i16 %".3710", ptr %".3709", align 2
  %".3712" = load volatile i16, ptr %".3709", align 2
  %".3713" = zext i16 %".3712" to i64
  %"cursor.271" = and i64 %".3713", 16383
  br label %"udplite"
to_gre.13:
  %".3715" = getelementptr i8, ptr %"keys", i64 2
  %".3716" = trunc i64 %".3648" to i16
  store volatile i16 %".3716", ptr %".3715", align 2
  %".3718" = load volatile i16, ptr %".3715", align 2
  %".3719" = zext i16 %".3718" to i64
  %"cursor.272" = and i64 %".3719", 16383
  br label %"gre_d0"
to_sctp.13:
  %".3721" = getelementptr i8, ptr %"keys", i64 2
  %".3722" = trunc i64 %".3648" to i16
  store volatile i16 %".3722", ptr %".3721", align 2
  %".3724" = load volatile i16, ptr %".3721", align 2
  %".3725" = zext i16 %".3724" to i64
  %"cursor.273" = and i64 %".3725", 16383
  br label %"sctp"
to_dccp.13:
  %".3727" = getelementptr i8, ptr %"keys", i64 2
  %".3728" = trunc i64 %".3648" to i16
  store volatile i16 %".3728", ptr %".3727", align 2
  %".3730" = load volatile i16, ptr %".3727", align 2
  %".3731" = zext i16 %".3730" to i64
  %"cursor.274" = and i64 %".3731", 16383
  br label %"dccp"
to_esp.13:
  %".3733" = getelementptr i8, ptr %"keys", i64 2
  %".3734" = trunc i64 %".3648" to i16
  store volatile i16 %".3734", ptr %".3733", align 2
  %".3736" = load volatile i16, ptr %".3733", align 2
  %".3737" = zext i16 %".3736" to i64
  %"cursor.275" = and i64 %".3737", 16383
  br label %"esp"
to_ah.13:
  %".3739" = getelementptr i8, ptr %"keys", i64 2
  %".3740" = trunc i64 %".3648" to i16
  store volatile i16 %".3740", ptr %".3739", align 2
  %".3742" = load volatile i16, ptr %".3739", align 2
  %".3743" = zext i16 %".3742" to i64
  %"cursor.276" = and i64 %".3743", 16383
  br label %"ah"
to_icmpv6.11:
  %".3745" = getelementptr i8, ptr %"keys", i64 2
  %".3746" = trunc i64 %".3648" to i16
  store volatile i16 %".3746", ptr %".3745", align 2
  %".3748" = load volatile i16, ptr %".3745", align 2
  %".3749" = zext i16 %".3748" to i64
  %"cursor.277" = and i64 %".3749", 16383
  br label %"icmpv6"
to_mpls.36:
  %".3751" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3751", align 2
  %".3753" = getelementptr i8, ptr %"keys", i64 2
  %".3754" = trunc i64 %".3648" to i16
  store volatile i16 %".3754", ptr %".3753", align 2
  %".3756" = load volatile i16, ptr %".3753", align 2
  %".3757" = zext i16 %".3756" to i64
  %"cursor.278" = and i64 %".3757", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.29:
  %".3759" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3759", align 1
  %".3761" = and i32 %"flags", 4
  %".3762" = icmp ne i32 %".3761", 0
  br i1 %".3762", label %"exit.134", label %"cont.134"
to_ipv6.27:
  %".3774" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3774", align 1
  %".3776" = and i32 %"flags", 4
  %".3777" = icmp ne i32 %".3776", 0
  br i1 %".3777", label %"exit.135", label %"cont.135"
exit.134:
  %".3764" = trunc i64 %".3648" to i16
  %".3765" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3764", ptr %".3765", align 2
  br label %"return"
cont.134:
  %".3768" = getelementptr i8, ptr %"keys", i64 2
  %".3769" = trunc i64 %".3648" to i16
  store volatile i16 %".3769", ptr %".3768", align 2
  %".3771" = load volatile i16, ptr %".3768", align 2
  %".3772" = zext i16 %".3771" to i64
  %"cursor.279" = and i64 %".3772", 16383
  br label %"ipv4_d1"
exit.135:
  %".3779" = trunc i64 %".3648" to i16
  %".3780" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3779", ptr %".3780", align 2
  br label %"return"
cont.135:
  %".3783" = getelementptr i8, ptr %"keys", i64 2
  %".3784" = trunc i64 %".3648" to i16
  store volatile i16 %".3784", ptr %".3783", align 2
  %".3786" = load volatile i16, ptr %".3783", align 2
  %".3787" = zext i16 %".3786" to i64
  %"cursor.280" = and i64 %".3787", 16383
  br label %"ipv6_d1"
exit.136:
  %".3792" = trunc i64 %"cursor.208" to i16
  %".3793" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3792", ptr %".3793", align 2
  br label %"return"
cont.136:
  %".3796" = add i64 %"cursor.208", 4
  %".3797" = getelementptr i8, ptr %"hdr.52", i64 2
  %".3798" = load i8, ptr %".3797", align 1
  %".3799" = zext i8 %".3798" to i64
  %".3800" = and i64 %".3799", 1
  switch i64 %".3800", label %"unknown.44" [i64 0, label %"to_mpls.37" i64 1, label %"to_ip_version.8"]
unknown.44:
  %".3802" = trunc i64 %".3796" to i16
  %".3803" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3802", ptr %".3803", align 2
  br label %"return"
to_mpls.37:
  %".3806" = trunc i64 %".3796" to i16
  %".3807" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3806", ptr %".3807", align 2
  br label %"return"
to_ip_version.8:
  %".3810" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3810", align 1
  %".3812" = and i32 %"flags", 4
  %".3813" = icmp ne i32 %".3812", 0
  br i1 %".3813", label %"exit.137", label %"cont.137"
exit.137:
  %".3815" = trunc i64 %".3796" to i16
  %".3816" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3815", ptr %".3816", align 2
  br label %"return"
cont.137:
  %".3819" = getelementptr i8, ptr %"keys", i64 2
  %".3820" = trunc i64 %".3796" to i16
  store volatile i16 %".3820", ptr %".3819", align 2
  %".3822" = load volatile i16, ptr %".3819", align 2
  %".3823" = zext i16 %".3822" to i64
  %"cursor.281" = and i64 %".3823", 16383
  br label %"ip_version_d1"
exit.138:
  %".3828" = trunc i64 %"cursor.211" to i16
  %".3829" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3828", ptr %".3829", align 2
  br label %"return"
cont.138:
  %".3832" = add i64 %"cursor.211", 1
  %".3833" = getelementptr i8, ptr %"hdr.53", i64 0
  %".3834" = load i8, ptr %".3833", align 1
  %".3835" = zext i8 %".3834" to i64
  %".3836" = icmp uge i64 %".3835", 1
  %".3837" = icmp ule i64 %".3835", 255
  %".3838" = and i1 %".3836", %".3837"
  br i1 %".3838", label %"to_gtpu_ext", label %"select.4"
unknown.45:
  %".3841" = trunc i64 %".3832" to i16
  %".3842" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3841", ptr %".3842", align 2
  br label %"return"
to_ip_version.9:
  %".3845" = getelementptr i8, ptr %"keys", i64 2
  %".3846" = trunc i64 %".3832" to i16
  store volatile i16 %".3846", ptr %".3845", align 2
  %".3848" = load volatile i16, ptr %".3845", align 2
  %".3849" = zext i16 %".3848" to i64
  %"cursor.282" = and i64 %".3849", 16383
  br label %"ip_version_d1"
to_gtpu_ext:
  %".3851" = getelementptr i8, ptr %"keys", i64 2
  %".3852" = trunc i64 %".3832" to i16
  store volatile i16 %".3852", ptr %".3851", align 2
  %".3854" = load volatile i16, ptr %".3851", align 2
  %".3855" = zext i16 %".3854" to i64
  %"cursor.284" = and i64 %".3855", 16383
  br label %"gtpu_ext_d1_gtpu_ext1"
select.4:
  switch i64 %".3835", label %"unknown.45" [i64 0, label %"to_ip_version.9"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.283" = phi  i64 [%"cursor.284", %"to_gtpu_ext"]
  %"hdr.58" = getelementptr i8, ptr %"data", i64 %"cursor.283"
  %".4244" = getelementptr i8, ptr %"hdr.58", i64 1
  %".4245" = icmp ugt ptr %".4244", %"data_end"
  br i1 %".4245", label %"exit.150", label %"cont.150"
exit.139:
  %".3860" = trunc i64 %"cursor.215" to i16
  %".3861" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3860", ptr %".3861", align 2
  br label %"return"
cont.139:
  %".3864" = getelementptr i8, ptr %"hdr.54", i64 2
  %".3865" = load i16, ptr %".3864", align 2
  %".3866" = call i16 @"llvm.bswap.i16"(i16 %".3865")
  %".3867" = zext i16 %".3866" to i64
  %".3868" = trunc i64 %".3867" to i16
  %".3869" = call i16 @"llvm.bswap.i16"(i16 %".3868")
  %".3870" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3869", ptr %".3870", align 2
  %".3872" = add i64 %"cursor.215", 4
  %".3873" = trunc i64 %".3872" to i16
  %".3874" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".3873", ptr %".3874", align 2
  %".3876" = call i16 @"llvm.bswap.i16"(i16 %".3865")
  %".3877" = zext i16 %".3876" to i64
  switch i64 %".3877", label %"unknown.46" [i64 2048, label %"to_ipv4.30" i64 34525, label %"to_ipv6.28" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11" i64 34887, label %"to_mpls.38" i64 34888, label %"to_mpls.39" i64 34916, label %"to_pppoe.5"]
unknown.46:
  %".3879" = trunc i64 %".3872" to i16
  %".3880" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3879", ptr %".3880", align 2
  br label %"return"
to_ipv4.30:
  %".3883" = getelementptr i8, ptr %"keys", i64 2
  %".3884" = trunc i64 %".3872" to i16
  store volatile i16 %".3884", ptr %".3883", align 2
  %".3886" = load volatile i16, ptr %".3883", align 2
  %".3887" = zext i16 %".3886" to i64
  %"cursor.285" = and i64 %".3887", 16383
  br label %"ipv4_d1"
to_ipv6.28:
  %".3889" = getelementptr i8, ptr %"keys", i64 2
  %".3890" = trunc i64 %".3872" to i16
  store volatile i16 %".3890", ptr %".3889", align 2
  %".3892" = load volatile i16, ptr %".3889", align 2
  %".3893" = zext i16 %".3892" to i64
  %"cursor.286" = and i64 %".3893", 16383
  br label %"ipv6_d1"
to_vlan.10:
  %".3895" = trunc i64 %".3872" to i16
  %".3896" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3895", ptr %".3896", align 2
  br label %"return"
to_vlan.11:
  %".3899" = trunc i64 %".3872" to i16
  %".3900" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3899", ptr %".3900", align 2
  br label %"return"
to_mpls.38:
  %".3903" = getelementptr i8, ptr %"keys", i64 2
  %".3904" = trunc i64 %".3872" to i16
  store volatile i16 %".3904", ptr %".3903", align 2
  %".3906" = load volatile i16, ptr %".3903", align 2
  %".3907" = zext i16 %".3906" to i64
  %"cursor.287" = and i64 %".3907", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.39:
  %".3909" = getelementptr i8, ptr %"keys", i64 2
  %".3910" = trunc i64 %".3872" to i16
  store volatile i16 %".3910", ptr %".3909", align 2
  %".3912" = load volatile i16, ptr %".3909", align 2
  %".3913" = zext i16 %".3912" to i64
  %"cursor.288" = and i64 %".3913", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.5:
  %".3915" = getelementptr i8, ptr %"keys", i64 2
  %".3916" = trunc i64 %".3872" to i16
  store volatile i16 %".3916", ptr %".3915", align 2
  %".3918" = load volatile i16, ptr %".3915", align 2
  %".3919" = zext i16 %".3918" to i64
  %"cursor.289" = and i64 %".3919", 16383
  br label %"pppoe_d1"
exit.140:
  %".3924" = trunc i64 %"cursor.225" to i16
  %".3925" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3924", ptr %".3925", align 2
  br label %"return"
cont.140:
  %".3928" = add i64 %"cursor.225", 4
  %".3929" = getelementptr i8, ptr %"hdr.55", i64 2
  %".3930" = load i8, ptr %".3929", align 1
  %".3931" = zext i8 %".3930" to i64
  %".3932" = and i64 %".3931", 1
  switch i64 %".3932", label %"unknown.47" [i64 0, label %"to_mpls.40" i64 1, label %"to_ip_version.10"]
unknown.47:
  %".3934" = trunc i64 %".3928" to i16
  %".3935" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3934", ptr %".3935", align 2
  br label %"return"
to_mpls.40:
  %".3938" = getelementptr i8, ptr %"keys", i64 2
  %".3939" = trunc i64 %".3928" to i16
  store volatile i16 %".3939", ptr %".3938", align 2
  %".3941" = load volatile i16, ptr %".3938", align 2
  %".3942" = zext i16 %".3941" to i64
  %"cursor.291" = and i64 %".3942", 16383
  br label %"mpls_d1_mpls_labels4"
to_ip_version.10:
  %".3944" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3944", align 1
  %".3946" = and i32 %"flags", 4
  %".3947" = icmp ne i32 %".3946", 0
  br i1 %".3947", label %"exit.141", label %"cont.141"
mpls_d1_mpls_labels4:
  %"cursor.290" = phi  i64 [%"cursor.291", %"to_mpls.40"]
  %"hdr.59" = getelementptr i8, ptr %"data", i64 %"cursor.290"
  %".4284" = getelementptr i8, ptr %"hdr.59", i64 4
  %".4285" = icmp ugt ptr %".4284", %"data_end"
  br i1 %".4285", label %"exit.153", label %"cont.153"
exit.141:
  %".3949" = trunc i64 %".3928" to i16
  %".3950" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3949", ptr %".3950", align 2
  br label %"return"
cont.141:
  %".3953" = trunc i64 %".3928" to i16
  %".3954" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3953", ptr %".3954", align 2
  br label %"return"
exit.142:
  %".3960" = trunc i64 %"cursor.227" to i16
  %".3961" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3960", ptr %".3961", align 2
  br label %"return"
cont.142:
  %".3964" = getelementptr i8, ptr %"hdr.56", i64 0
  %".3965" = load i8, ptr %".3964", align 1
  %".3966" = zext i8 %".3965" to i64
  %".3967" = trunc i64 %".3966" to i8
  %".3968" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3967", ptr %".3968", align 1
  %".3970" = add i64 %"cursor.227", 2
  %".3971" = getelementptr i8, ptr %"hdr.56", i64 1
  %".3972" = load i8, ptr %".3971", align 1
  %".3973" = zext i8 %".3972" to i64
  %".3974" = mul i64 %".3973", 8
  %".3975" = add i64 %".3974", 6
  %".3976" = add i64 %".3975", 2
  %".3977" = getelementptr i8, ptr %"hdr.56", i64 %".3976"
  %".3978" = icmp ugt ptr %".3977", %"data_end"
  br i1 %".3978", label %"exit.143", label %"cont.143"
exit.143:
  %".3980" = trunc i64 %"cursor.227" to i16
  %".3981" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3980", ptr %".3981", align 2
  br label %"return"
cont.143:
  %"end.17" = add i64 %"cursor.227", %".3976"
  %".3984" = zext i8 %".3965" to i64
  switch i64 %".3984", label %"unknown.48" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 132, label %"to_sctp.14" i64 33, label %"to_dccp.14" i64 50, label %"to_esp.14" i64 51, label %"to_ah.14" i64 58, label %"to_icmpv6.12" i64 137, label %"to_mpls.41" i64 4, label %"to_ipv4.31" i64 41, label %"to_ipv6.29"]
unknown.48:
  %".3986" = trunc i64 %"end.17" to i16
  %".3987" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3986", ptr %".3987", align 2
  br label %"return"
to_ipv6_opts.36:
  %".3990" = trunc i64 %"end.17" to i16
  %".3991" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3990", ptr %".3991", align 2
  br label %"return"
to_ipv6_opts.37:
  %".3994" = trunc i64 %"end.17" to i16
  %".3995" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3994", ptr %".3995", align 2
  br label %"return"
to_ipv6_opts.38:
  %".3998" = trunc i64 %"end.17" to i16
  %".3999" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3998", ptr %".3999", align 2
  br label %"return"
to_ipv6_frag.12:
  %".4002" = trunc i64 %"end.17" to i16
  %".4003" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4002", ptr %".4003", align 2
  br label %"return"
to_tcp.14:
  %".4006" = getelementptr i8, ptr %"keys", i64 2
  %".4007" = trunc i64 %"end.17" to i16
  store volatile i16 %".4007", ptr %".4006", align 2
  %".4009" = load volatile i16, ptr %".4006", align 2
  %".4010" = zext i16 %".4009" to i64
  %"cursor.292" = and i64 %".4010", 16383
  br label %"tcp"
to_udp.14:
  %".4012" = getelementptr i8, ptr %"keys", i64 2
  %".4013" = trunc i64 %"end.17" to i16
  store volatile i16 %".4013", ptr %".4012", align 2
  %".4015" = load volatile i16, ptr %".4012", align 2
  %".4016" = zext i16 %".4015" to i64
  %"cursor.293" = and i64 %".4016", 16383
  br label %"udp_d1"
to_udplite.14:
  %".4018" = getelementptr i8, ptr %"keys", i64 2
  %".4019" = trunc i64 %"end.17" to i16
  store volatile i16 %".4019", ptr %".4018", align 2
  %".4021" = load volatile i16, ptr %".4018", align 2
  %".4022" = zext i16 %".4021" to i64
  %"cursor.294" = and i64 %".4022", 16383
  br label %"udplite"
to_gre.14:
  %".4024" = getelementptr i8, ptr %"keys", i64 2
  %".4025" = trunc i64 %"end.17" to i16
  store volatile i16 %".4025", ptr %".4024", align 2
  %".4027" = load volatile i16, ptr %".4024", align 2
  %".4028" = zext i16 %".4027" to i64
  %"cursor.295" = and i64 %".4028", 16383
  br label %"gre_d1"
to_sctp.14:
  %".4030" = getelementptr i8, ptr %"keys", i64 2
  %".4031" = trunc i64 %"end.17" to i16
  store volatile i16 %".4031", ptr %".4030", align 2
  %".4033" = load volatile i16, ptr %".4030", align 2
  %".4034" = zext i16 %".4033" to i64
  %"cursor.296" = and i64 %".4034", 16383
  br label %"sctp"
to_dccp.14:
  %".4036" = getelementptr i8, ptr %"keys", i64 2
  %".4037" = trunc i64 %"end.17" to i16
  store volatile i16 %".4037", ptr %".4036", align 2
  %".4039" = load volatile i16, ptr %".4036", align 2
  %".4040" = zext i16 %".4039" to i64
  %"cursor.297" = and i64 %".4040", 16383
  br label %"dccp"
to_esp.14:
  %".4042" = getelementptr i8, ptr %"keys", i64 2
  %".4043" = trunc i64 %"end.17" to i16
  store volatile i16 %".4043", ptr %".4042", align 2
  %".4045" = load volatile i16, ptr %".4042", align 2
  %".4046" = zext i16 %".4045" to i64
  %"cursor.298" = and i64 %".4046", 16383
  br label %"esp"
to_ah.14:
  %".4048" = getelementptr i8, ptr %"keys", i64 2
  %".4049" = trunc i64 %"end.17" to i16
  store volatile i16 %".4049", ptr %".4048", align 2
  %".4051" = load volatile i16, ptr %".4048", align 2
  %".4052" = zext i16 %".4051" to i64
  %"cursor.299" = and i64 %".4052", 16383
  br label %"ah"
to_icmpv6.12:
  %".4054" = getelementptr i8, ptr %"keys", i64 2
  %".4055" = trunc i64 %"end.17" to i16
  store volatile i16 %".4055", ptr %".4054", align 2
  %".4057" = load volatile i16, ptr %".4054", align 2
  %".4058" = zext i16 %".4057" to i64
  %"cursor.300" = and i64 %".4058", 16383
  br label %"icmpv6"
to_mpls.41:
  %".4060" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".4060", align 2
  %".4062" = getelementptr i8, ptr %"keys", i64 2
  %".4063" = trunc i64 %"end.17" to i16
  store volatile i16 %".4063", ptr %".4062", align 2
  %".4065" = load volatile i16, ptr %".4062", align 2
  %".4066" = zext i16 %".4065" to i64
  %"cursor.301" = and i64 %".4066", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.31:
  %".4068" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4068", align 1
  %".4070" = and i32 %"flags", 4
  %".4071" = icmp ne i32 %".4070", 0
  br i1 %".4071", label %"exit.144", label %"cont.144"
to_ipv6.29:
  %".4081" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4081", align 1
  %".4083" = and i32 %"flags", 4
  %".4084" = icmp ne i32 %".4083", 0
  br i1 %".4084", label %"exit.145", label %"cont.145"
exit.144:
  %".4073" = trunc i64 %"end.17" to i16
  %".4074" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4073", ptr %".4074", align 2
  br label %"return"
cont.144:
  %".4077" = trunc i64 %"end.17" to i16
  %".4078" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4077", ptr %".4078", align 2
  br label %"return"
exit.145:
  %".4086" = trunc i64 %"end.17" to i16
  %".4087" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4086", ptr %".4087", align 2
  br label %"return"
cont.145:
  %".4090" = trunc i64 %"end.17" to i16
  %".4091" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4090", ptr %".4091", align 2
  br label %"return"
exit.146:
  %".4097" = trunc i64 %"cursor.231" to i16
  %".4098" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4097", ptr %".4098", align 2
  br label %"return"
cont.146:
  %".4101" = getelementptr i8, ptr %"hdr.57", i64 0
  %".4102" = load i8, ptr %".4101", align 1
  %".4103" = zext i8 %".4102" to i64
  %".4104" = trunc i64 %".4103" to i8
  %".4105" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".4104", ptr %".4105", align 1
  %".4107" = add i64 %"cursor.231", 8
  %".4108" = icmp ne i64 1, 0
  %".4109" = getelementptr i8, ptr %"hdr.57", i64 2
  %".4110" = load i16, ptr %".4109", align 2
  %".4111" = call i16 @"llvm.bswap.i16"(i16 %".4110")
  %".4112" = zext i16 %".4111" to i64
  %".4113" = and i64 %".4112", 65528
  %".4114" = icmp eq i64 %".4113", 0
  br i1 %".4108", label %"fragment.7", label %"not_fragment.7"
fragment.7:
  %".4116" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".4116", align 1
  br i1 %".4114", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".4134" = zext i8 %".4102" to i64
  switch i64 %".4134", label %"unknown.49" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 132, label %"to_sctp.15" i64 33, label %"to_dccp.15" i64 50, label %"to_esp.15" i64 51, label %"to_ah.15" i64 58, label %"to_icmpv6.13" i64 137, label %"to_mpls.42" i64 4, label %"to_ipv4.32" i64 41, label %"to_ipv6.30"]
first_fragment.7:
  %".4123" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".4123", align 1
  %".4125" = and i32 %"flags", 1
  %".4126" = icmp ne i32 %".4125", 0
  %".4127" = xor i1 %".4126", -1
  br i1 %".4127", label %"exit.147", label %"cont.147"
later_fragment.7:
  %".4119" = trunc i64 %".4107" to i16
  %".4120" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4119", ptr %".4120", align 2
  br label %"return"
exit.147:
  %".4129" = trunc i64 %".4107" to i16
  %".4130" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4129", ptr %".4130", align 2
  br label %"return"
cont.147:
  br label %"not_fragment.7"
unknown.49:
  %".4136" = trunc i64 %".4107" to i16
  %".4137" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4136", ptr %".4137", align 2
  br label %"return"
to_ipv6_opts.39:
  %".4140" = trunc i64 %".4107" to i16
  %".4141" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4140", ptr %".4141", align 2
  br label %"return"
to_ipv6_opts.40:
  %".4144" = trunc i64 %".4107" to i16
  %".4145" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4144", ptr %".4145", align 2
  br label %"return"
to_ipv6_opts.41:
  %".4148" = trunc i64 %".4107" to i16
  %".4149" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4148", ptr %".4149", align 2
  br label %"return"
to_ipv6_frag.13:
  %".4152" = trunc i64 %".4107" to i16
  %".4153" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4152", ptr %".4153", align 2
  br label %"return"
to_tcp.15:
  %".4156" = getelementptr i8, ptr %"keys", i64 2
  %".4157" = trunc i64 %".4107" to i16
  store volatile i16 %".4157", ptr %".4156", align 2
  %".4159" = load volatile i16, ptr %".4156", align 2
  %".4160" = zext i16 %".4159" to i64
  %"cursor.302" = and i64 %".4160", 16383
  br label %"tcp"
to_udp.15:
  %".4162" = getelementptr i8, ptr %"keys", i64 2
  %".4163" = trunc i64 %".4107" to i16
  store volatile i16 %".4163", ptr %".4162", align 2
  %".4165" = load volatile i16, ptr %".4162", align 2
  %".4166" = zext i16 %".4165" to i64
  %"cursor.303" = and i64 %".4166", 16383
  br label %"udp_d1"
to_udplite.15:
  %".4168" = getelementptr i8, ptr %"keys", i64 2
  %".4169" = trunc i64 %".4107" to i16
  store volatile i16 %".4169", ptr %".4168", align 2
  %".4171" = load volatile i16, ptr %".4168", align 2
  %".4172" = zext i16 %".4171" to i64
  %"cursor.304" = and i64 %".4172", 16383
  br label %"udplite"
to_gre.15:
  %".4174" = getelementptr i8, ptr %"keys", i64 2
  %".4175" = trunc i64 %".4107" to i16
  store volatile i16 %".4175", ptr %".4174", align 2
  %".4177" = load volatile i16, ptr %".4174", align 2
  %".4178" = zext i16 %".4177" to i64
  %"cursor.305" = and i64 %".4178", 16383
  br label %"gre_d1"
to_sctp.15:
  %".4180" = getelementptr i8, ptr %"keys", i64 2
  %".4181" = trunc i64 %".4107" to i16
  store volatile i16 %".4181", ptr %".4180", align 2
  %".4183" = load volatile i16, ptr %".4180", align 2
  %".4184" = zext i16 %".4183" to i64
  %"cursor.306" = and i64 %".4184", 16383
  br label %"sctp"
to_dccp.15:
  %".4186" = getelementptr i8, ptr %"keys", i64 2
  %".4187" = trunc i64 %".4107" to i16
  store volatile i16 %".4187", ptr %".4186", align 2
  %".4189" = load volatile i16, ptr %".4186", align 2
  %".4190" = zext i16 %".4189" to i64
  %"cursor.307" = and i64 %".4190", 16383
  br label %"dccp"
to_esp.15:
  %".4192" = getelementptr i8, ptr %"keys", i64 2
  %".4193" = trunc i64 %".4107" to i16
  store volatile i16 %".4193", ptr %".4192", align 2
  %".4195" = load volatile i16, ptr %".4192", align 2
  %".4196" = zext i16 %".4195" to i64
  %"cursor.308" = and i64 %".4196", 16383
  br label %"esp"
to_ah.15:
  %".4198" = getelementptr i8, ptr %"keys", i64 2
  %".4199" = trunc i64 %".4107" to i16
  store volatile i16 %".4199", ptr %".4198", align 2
  %".4201" = load volatile i16, ptr %".4198", align 2
  %".4202" = zext i16 %".4201" to i64
  %"cursor.309" = and i64 %".4202", 16383
  br label %"ah"
to_icmpv6.13:
  %".4204" = getelementptr i8, ptr %"keys", i64 2
  %".4205" = trunc i64 %".4107" to i16
  store volatile i16 %".4205", ptr %".4204", align 2
  %".4207" = load volatile i16, ptr %".4204", align 2
  %".4208" = zext i16 %".4207" to i64
  %"cursor.310" = and i64 %".4208", 16383
  br label %"icmpv6"
to_mpls.42:
  %".4210" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".4210", align 2
  %".4212" = getelementptr i8, ptr %"keys", i64 2
  %".4213" = trunc i64 %".4107" to i16
  store volatile i16 %".4213", ptr %".4212", align 2
  %".4215" = load volatile i16, ptr %".4212", align 2
  %".4216" = zext i16 %".4215" to i64
  %"cursor.311" = and i64 %".4216", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.32:
  %".4218" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4218", align 1
  %".4220" = and i32 %"flags", 4
  %".4221" = icmp ne i32 %".4220", 0
  br i1 %".4221", label %"exit.148", label %"cont.148"
to_ipv6.30:
  %".4231" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4231", align 1
  %".4233" = and i32 %"flags", 4
  %".4234" = icmp ne i32 %".4233", 0
  br i1 %".4234", label %"exit.149", label %"cont.149"
exit.148:
  %".4223" = trunc i64 %".4107" to i16
  %".4224" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4223", ptr %".4224", align 2
  br label %"return"
cont.148:
  %".4227" = trunc i64 %".4107" to i16
  %".4228" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4227", ptr %".4228", align 2
  br label %"return"
exit.149:
  %".4236" = trunc i64 %".4107" to i16
  %".4237" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4236", ptr %".4237", align 2
  br label %"return"
cont.149:
  %".4240" = trunc i64 %".4107" to i16
  %".4241" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4240", ptr %".4241", align 2
  br label %"return"
exit.150:
  %".4247" = trunc i64 %"cursor.283" to i16
  %".4248" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4247", ptr %".4248", align 2
  br label %"return"
cont.150:
  %".4251" = getelementptr i8, ptr %"hdr.58", i64 0
  %".4252" = load i8, ptr %".4251", align 1
  %".4253" = zext i8 %".4252" to i64
  %".4254" = icmp uge i64 %".4253", 1
  %".4255" = xor i1 %".4254", -1
  br i1 %".4255", label %"exit.151", label %"cont.151"
exit.151:
  %".4257" = trunc i64 %"cursor.283" to i16
  %".4258" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4257", ptr %".4258", align 2
  br label %"return"
cont.151:
  %".4261" = add i64 %"cursor.283", 1
  %".4262" = zext i8 %".4252" to i64
  %".4263" = mul i64 %".4262", 4
  %".4264" = sub i64 %".4263", 2
  %".4265" = add i64 %".4264", 1
  %".4266" = getelementptr i8, ptr %"hdr.58", i64 %".4265"
  %".4267" = icmp ugt ptr %".4266", %"data_end"
  br i1 %".4267", label %"exit.152", label %"cont.152"
exit.152:
  %".4269" = trunc i64 %"cursor.283" to i16
  %".4270" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4269", ptr %".4270", align 2
  br label %"return"
cont.152:
  %"end.18" = add i64 %"cursor.283", %".4265"
  switch i64 0, label %"unknown.50" [i64 0, label %"to_gtpu_next.1"]
unknown.50:
  %".4274" = trunc i64 %"end.18" to i16
  %".4275" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4274", ptr %".4275", align 2
  br label %"return"
to_gtpu_next.1:
  %".4278" = getelementptr i8, ptr %"keys", i64 2
  %".4279" = trunc i64 %"end.18" to i16
  store volatile i16 %".4279", ptr %".4278", align 2
  %".4281" = load volatile i16, ptr %".4278", align 2
  %".4282" = zext i16 %".4281" to i64
  %"cursor.313" = and i64 %".4282", 16383
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.312" = phi  i64 [%"cursor.313", %"to_gtpu_next.1"]
  %"hdr.60" = getelementptr i8, ptr %"data", i64 %"cursor.312"
  %".4318" = getelementptr i8, ptr %"hdr.60", i64 1
  %".4319" = icmp ugt ptr %".4318", %"data_end"
  br i1 %".4319", label %"exit.155", label %"cont.155"
exit.153:
  %".4287" = trunc i64 %"cursor.290" to i16
  %".4288" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4287", ptr %".4288", align 2
  br label %"return"
cont.153:
  %".4291" = add i64 %"cursor.290", 4
  %".4292" = getelementptr i8, ptr %"hdr.59", i64 2
  %".4293" = load i8, ptr %".4292", align 1
  %".4294" = zext i8 %".4293" to i64
  %".4295" = and i64 %".4294", 1
  switch i64 %".4295", label %"unknown.51" [i64 0, label %"to_mpls.43" i64 1, label %"to_ip_version.11"]
unknown.51:
  %".4297" = trunc i64 %".4291" to i16
  %".4298" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4297", ptr %".4298", align 2
  br label %"return"
to_mpls.43:
  %".4301" = trunc i64 %".4291" to i16
  %".4302" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4301", ptr %".4302", align 2
  br label %"return"
to_ip_version.11:
  %".4305" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4305", align 1
  %".4307" = and i32 %"flags", 4
  %".4308" = icmp ne i32 %".4307", 0
  br i1 %".4308", label %"exit.154", label %"cont.154"
exit.154:
  %".4310" = trunc i64 %".4291" to i16
  %".4311" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4310", ptr %".4311", align 2
  br label %"return"
cont.154:
  %".4314" = trunc i64 %".4291" to i16
  %".4315" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4314", ptr %".4315", align 2
  br label %"return"
exit.155:
  %".4321" = trunc i64 %"cursor.312" to i16
  %".4322" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4321", ptr %".4322", align 2
  br label %"return"
cont.155:
  %".4325" = add i64 %"cursor.312", 1
  %".4326" = getelementptr i8, ptr %"hdr.60", i64 0
  %".4327" = load i8, ptr %".4326", align 1
  %".4328" = zext i8 %".4327" to i64
  %".4329" = icmp uge i64 %".4328", 1
  %".4330" = icmp ule i64 %".4328", 255
  %".4331" = and i1 %".4329", %".4330"
  br i1 %".4331", label %"to_gtpu_ext.1", label %"select.5"
unknown.52:
  %".4334" = trunc i64 %".4325" to i16
  %".4335" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4334", ptr %".4335", align 2
  br label %"return"
to_ip_version.12:
  %".4338" = getelementptr i8, ptr %"keys", i64 2
  %".4339" = trunc i64 %".4325" to i16
  store volatile i16 %".4339", ptr %".4338", align 2
  %".4341" = load volatile i16, ptr %".4338", align 2
  %".4342" = zext i16 %".4341" to i64
  %"cursor.314" = and i64 %".4342", 16383
  br label %"ip_version_d1"
to_gtpu_ext.1:
  %".4344" = getelementptr i8, ptr %"keys", i64 2
  %".4345" = trunc i64 %".4325" to i16
  store volatile i16 %".4345", ptr %".4344", align 2
  %".4347" = load volatile i16, ptr %".4344", align 2
  %".4348" = zext i16 %".4347" to i64
  %"cursor.316" = and i64 %".4348", 16383
  br label %"gtpu_ext_d1_gtpu_ext2"
select.5:
  switch i64 %".4328", label %"unknown.52" [i64 0, label %"to_ip_version.12"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.315" = phi  i64 [%"cursor.316", %"to_gtpu_ext.1"]
  %"hdr.61" = getelementptr i8, ptr %"data", i64 %"cursor.315"
  %".4350" = getelementptr i8, ptr %"hdr.61", i64 1
  %".4351" = icmp ugt ptr %".4350", %"data_end"
  br i1 %".4351", label %"exit.156", label %"cont.156"
exit.156:
  %".4353" = trunc i64 %"cursor.315" to i16
  %".4354" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4353", ptr %".4354", align 2
  br label %"return"
cont.156:
  %".4357" = getelementptr i8, ptr %"hdr.61", i64 0
  %".4358" = load i8, ptr %".4357", align 1
  %".4359" = zext i8 %".4358" to i64
  %".4360" = icmp uge i64 %".4359", 1
  %".4361" = xor i1 %".4360", -1
  br i1 %".4361", label %"exit.157", label %"cont.157"
exit.157:
  %".4363" = trunc i64 %"cursor.315" to i16
  %".4364" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4363", ptr %".4364", align 2
  br label %"return"
cont.157:
  %".4367" = add i64 %"cursor.315", 1
  %".4368" = zext i8 %".4358" to i64
  %".4369" = mul i64 %".4368", 4
  %".4370" = sub i64 %".4369", 2
  %".4371" = add i64 %".4370", 1
  %".4372" = getelementptr i8, ptr %"hdr.61", i64 %".4371"
  %".4373" = icmp ugt ptr %".4372", %"data_end"
  br i1 %".4373", label %"exit.158", label %"cont.158"
exit.158:
  %".4375" = trunc i64 %"cursor.315" to i16
  %".4376" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4375", ptr %".4376", align 2
  br label %"return"
cont.158:
  %"end.19" = add i64 %"cursor.315", %".4371"
  switch i64 0, label %"unknown.53" [i64 0, label %"to_gtpu_next.2"]
unknown.53:
  %".4380" = trunc i64 %"end.19" to i16
  %".4381" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4380", ptr %".4381", align 2
  br label %"return"
to_gtpu_next.2:
  %".4384" = getelementptr i8, ptr %"keys", i64 2
  %".4385" = trunc i64 %"end.19" to i16
  store volatile i16 %".4385", ptr %".4384", align 2
  %".4387" = load volatile i16, ptr %".4384", align 2
  %".4388" = zext i16 %".4387" to i64
  %"cursor.318" = and i64 %".4388", 16383
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.317" = phi  i64 [%"cursor.318", %"to_gtpu_next.2"]
  %"hdr.62" = getelementptr i8, ptr %"data", i64 %"cursor.317"
  %".4390" = getelementptr i8, ptr %"hdr.62", i64 1
  %".4391" = icmp ugt ptr %".4390", %"data_end"
  br i1 %".4391", label %"exit.159", label %"cont.159"
exit.159:
  %".4393" = trunc i64 %"cursor.317" to i16
  %".4394" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4393", ptr %".4394", align 2
  br label %"return"
cont.159:
  %".4397" = add i64 %"cursor.317", 1
  %".4398" = getelementptr i8, ptr %"hdr.62", i64 0
  %".4399" = load i8, ptr %".4398", align 1
  %".4400" = zext i8 %".4399" to i64
  %".4401" = icmp uge i64 %".4400", 1
  %".4402" = icmp ule i64 %".4400", 255
  %".4403" = and i1 %".4401", %".4402"
  br i1 %".4403", label %"to_gtpu_ext.2", label %"select.6"
unknown.54:
  %".4406" = trunc i64 %".4397" to i16
  %".4407" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4406", ptr %".4407", align 2
  br label %"return"
to_ip_version.13:
  %".4410" = getelementptr i8, ptr %"keys", i64 2
  %".4411" = trunc i64 %".4397" to i16
  store volatile i16 %".4411", ptr %".4410", align 2
  %".4413" = load volatile i16, ptr %".4410", align 2
  %".4414" = zext i16 %".4413" to i64
  %"cursor.319" = and i64 %".4414", 16383
  br label %"ip_version_d1"
to_gtpu_ext.2:
  %".4416" = trunc i64 %".4397" to i16
  %".4417" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4416", ptr %".4417", align 2
  br label %"return"
select.6:
  switch i64 %".4400", label %"unknown.54" [i64 0, label %"to_ip_version.13"]
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
