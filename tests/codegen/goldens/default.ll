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
  %"verdict" = phi  i32 [129, %"exit"], [2, %"unknown"], [2, %"exit.1"], [2, %"exit.2"], [2, %"exit.3"], [0, %"later_fragment"], [0, %"exit.4"], [0, %"unknown.1"], [0, %"exit.5"], [0, %"exit.6"], [2, %"exit.7"], [0, %"exit.8"], [0, %"unknown.2"], [0, %"exit.9"], [0, %"exit.10"], [2, %"exit.11"], [2, %"unknown.3"], [2, %"exit.12"], [0, %"unknown.4"], [2, %"exit.13"], [2, %"exit.14"], [2, %"unknown.5"], [2, %"exit.15"], [0, %"unknown.6"], [2, %"exit.16"], [2, %"exit.17"], [0, %"cont.17"], [2, %"exit.18"], [2, %"exit.19"], [0, %"cont.19"], [2, %"exit.20"], [0, %"exit.21"], [2, %"exit.22"], [0, %"exit.23"], [2, %"unknown.7"], [2, %"exit.24"], [0, %"cont.24"], [2, %"exit.25"], [0, %"cont.25"], [2, %"exit.26"], [0, %"cont.26"], [2, %"exit.27"], [0, %"cont.27"], [2, %"exit.28"], [0, %"cont.28"], [2, %"exit.29"], [2, %"exit.30"], [2, %"exit.31"], [0, %"later_fragment.1"], [0, %"exit.32"], [0, %"unknown.8"], [0, %"exit.33"], [0, %"cont.33"], [0, %"exit.34"], [0, %"cont.34"], [2, %"exit.35"], [0, %"exit.36"], [0, %"unknown.9"], [0, %"exit.37"], [0, %"cont.37"], [0, %"exit.38"], [0, %"cont.38"], [2, %"exit.39"], [2, %"exit.40"], [0, %"unknown.10"], [0, %"exit.41"], [0, %"exit.42"], [2, %"exit.43"], [0, %"later_fragment.2"], [0, %"exit.44"], [0, %"unknown.11"], [0, %"exit.45"], [0, %"exit.46"], [2, %"exit.47"], [0, %"cont.47"], [2, %"exit.48"], [2, %"unknown.12"], [0, %"to_vlan.4"], [0, %"to_vlan.5"], [2, %"exit.49"], [0, %"unknown.13"], [2, %"exit.50"], [2, %"exit.51"], [2, %"exit.52"], [0, %"cont.52"], [2, %"exit.53"], [2, %"unknown.14"], [2, %"exit.54"], [0, %"exit.55"], [2, %"exit.56"], [0, %"exit.57"], [2, %"unknown.15"], [0, %"to_ipv4.12"], [0, %"to_ipv6.12"], [0, %"to_ethernet.1"], [0, %"to_mpls.20"], [0, %"to_mpls.21"], [2, %"exit.58"], [2, %"exit.59"], [0, %"unknown.16"], [0, %"exit.60"], [0, %"cont.60"], [0, %"exit.61"], [0, %"cont.61"], [2, %"exit.62"], [0, %"later_fragment.3"], [0, %"exit.63"], [0, %"unknown.17"], [0, %"exit.64"], [0, %"cont.64"], [0, %"exit.65"], [0, %"cont.65"], [2, %"exit.66"], [2, %"exit.67"], [0, %"unknown.18"], [0, %"exit.68"], [0, %"exit.69"], [2, %"exit.70"], [0, %"later_fragment.4"], [0, %"exit.71"], [0, %"unknown.19"], [0, %"exit.72"], [0, %"exit.73"], [2, %"exit.74"], [0, %"unknown.20"], [2, %"exit.75"], [2, %"unknown.21"], [2, %"exit.76"], [2, %"exit.77"], [2, %"unknown.22"], [2, %"exit.78"], [2, %"exit.79"], [0, %"unknown.23"], [0, %"exit.80"], [0, %"cont.80"], [0, %"exit.81"], [0, %"cont.81"], [2, %"exit.82"], [0, %"later_fragment.5"], [0, %"exit.83"], [0, %"unknown.24"], [0, %"exit.84"], [0, %"cont.84"], [0, %"exit.85"], [0, %"cont.85"], [2, %"exit.86"], [2, %"exit.87"], [0, %"unknown.25"], [0, %"to_ipv6_opts.30"], [0, %"to_ipv6_opts.31"], [0, %"to_ipv6_opts.32"], [0, %"to_ipv6_frag.10"], [0, %"exit.88"], [0, %"exit.89"], [2, %"exit.90"], [0, %"later_fragment.6"], [0, %"exit.91"], [0, %"unknown.26"], [0, %"to_ipv6_opts.33"], [0, %"to_ipv6_opts.34"], [0, %"to_ipv6_opts.35"], [0, %"to_ipv6_frag.11"], [0, %"exit.92"], [0, %"exit.93"], [2, %"exit.94"], [0, %"unknown.27"], [0, %"to_mpls.35"], [2, %"exit.95"], [2, %"unknown.28"], [0, %"to_vlan.10"], [0, %"to_vlan.11"], [2, %"exit.96"], [2, %"exit.97"], [0, %"unknown.29"], [0, %"to_ipv6_opts.36"], [0, %"to_ipv6_opts.37"], [0, %"to_ipv6_opts.38"], [0, %"to_ipv6_frag.12"], [0, %"exit.98"], [0, %"cont.98"], [0, %"exit.99"], [0, %"cont.99"], [2, %"exit.100"], [0, %"later_fragment.7"], [0, %"exit.101"], [0, %"unknown.30"], [0, %"to_ipv6_opts.39"], [0, %"to_ipv6_opts.40"], [0, %"to_ipv6_opts.41"], [0, %"to_ipv6_frag.13"], [0, %"exit.102"], [0, %"cont.102"], [0, %"exit.103"], [0, %"cont.103"]
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
  %".30" = getelementptr i8, ptr %"keys", i64 2
  %".31" = trunc i64 %".21" to i16
  store volatile i16 %".31", ptr %".30", align 2
  %".33" = load volatile i16, ptr %".30", align 2
  %".34" = zext i16 %".33" to i64
  %"cursor.4" = and i64 %".34", 16383
  br label %"vlan_d0_vlan_tags1"
to_mpls:
  br label %"mpls_mpls_labels1"
to_mpls.1:
  %".37" = getelementptr i8, ptr %"keys", i64 2
  %".38" = trunc i64 %".21" to i16
  store volatile i16 %".38", ptr %".37", align 2
  %".40" = load volatile i16, ptr %".37", align 2
  %".41" = zext i16 %".40" to i64
  %"cursor.6" = and i64 %".41", 16383
  br label %"mpls_mpls_labels1"
to_pppoe:
  br label %"pppoe_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%"cursor.38", %"to_ipv4.3"], [%"cursor.46", %"to_ipv4.4"], [%"cursor.116", %"to_ipv4.10"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".44" = getelementptr i8, ptr %"hdr.1", i64 20
  %".45" = icmp ugt ptr %".44", %"data_end"
  br i1 %".45", label %"exit.1", label %"cont.1"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%"cursor.39", %"to_ipv6.3"], [%"cursor.47", %"to_ipv6.4"], [%"cursor.117", %"to_ipv6.10"]
  %"hdr.2" = getelementptr i8, ptr %"data", i64 %"cursor.2"
  %".178" = getelementptr i8, ptr %"hdr.2", i64 40
  %".179" = icmp ugt ptr %".178", %"data_end"
  br i1 %".179", label %"exit.7", label %"cont.7"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"to_vlan"], [%"cursor.4", %"to_vlan.1"]
  %"hdr.3" = getelementptr i8, ptr %"data", i64 %"cursor.3"
  %".343" = getelementptr i8, ptr %"hdr.3", i64 4
  %".344" = icmp ugt ptr %".343", %"data_end"
  br i1 %".344", label %"exit.11", label %"cont.11"
mpls_mpls_labels1:
  %"cursor.5" = phi  i64 [%".21", %"to_mpls"], [%"cursor.6", %"to_mpls.1"], [%"cursor.17", %"to_mpls.2"], [%"cursor.35", %"to_mpls.3"], [%"cursor.42", %"to_mpls.4"], [%"cursor.43", %"to_mpls.5"], [%"cursor.48", %"to_mpls.7"], [%"cursor.49", %"to_mpls.8"], [%"cursor.55", %"to_mpls.9"], [%"cursor.56", %"to_mpls.10"], [%"cursor.67", %"to_mpls.11"], [%"cursor.83", %"to_mpls.12"], [%"cursor.97", %"to_mpls.13"], [%"cursor.113", %"to_mpls.14"], [%"cursor.118", %"to_mpls.15"], [%"cursor.119", %"to_mpls.16"], [%"cursor.127", %"to_mpls.18"], [%"cursor.128", %"to_mpls.19"], [%"cursor.146", %"to_mpls.22"], [%"cursor.160", %"to_mpls.23"], [%"cursor.174", %"to_mpls.24"], [%"cursor.190", %"to_mpls.25"], [%"cursor.199", %"to_mpls.27"], [%"cursor.200", %"to_mpls.28"], [%"cursor.204", %"to_mpls.29"], [%"cursor.205", %"to_mpls.30"], [%"cursor.221", %"to_mpls.31"], [%"cursor.235", %"to_mpls.32"], [%"cursor.245", %"to_mpls.33"], [%"cursor.257", %"to_mpls.34"], [%"cursor.262", %"to_mpls.36"], [%"cursor.263", %"to_mpls.37"], [%"cursor.274", %"to_mpls.38"], [%"cursor.284", %"to_mpls.39"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".406" = getelementptr i8, ptr %"hdr.4", i64 4
  %".407" = icmp ugt ptr %".406", %"data_end"
  br i1 %".407", label %"exit.12", label %"cont.12"
pppoe_d0:
  %"cursor.7" = phi  i64 [%".21", %"to_pppoe"], [%"cursor.44", %"to_pppoe.1"], [%"cursor.120", %"to_pppoe.2"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".424" = getelementptr i8, ptr %"hdr.5", i64 8
  %".425" = icmp ugt ptr %".424", %"data_end"
  br i1 %".425", label %"exit.13", label %"cont.13"
exit.1:
  %".47" = trunc i64 %"cursor.1" to i16
  %".48" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".47", ptr %".48", align 2
  br label %"return"
cont.1:
  %".51" = getelementptr i8, ptr %"hdr.1", i64 0
  %".52" = load i8, ptr %".51", align 1
  %".53" = zext i8 %".52" to i64
  %".54" = and i64 %".53", 15
  %".55" = icmp uge i64 %".54", 5
  %".56" = xor i1 %".55", -1
  br i1 %".56", label %"exit.2", label %"cont.2"
exit.2:
  %".58" = trunc i64 %"cursor.1" to i16
  %".59" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".58", ptr %".59", align 2
  br label %"return"
cont.2:
  %".62" = trunc i64 2048 to i16
  %".63" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".62", ptr %".63", align 2
  %".65" = trunc i64 2048 to i16
  %".66" = call i16 @"llvm.bswap.i16"(i16 %".65")
  %".67" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".66", ptr %".67", align 2
  %".69" = getelementptr i8, ptr %"hdr.1", i64 12
  %".70" = load i32, ptr %".69", align 4
  %".71" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".70", ptr %".71", align 4
  %".73" = getelementptr i8, ptr %"hdr.1", i64 16
  %".74" = load i32, ptr %".73", align 4
  %".75" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".74", ptr %".75", align 4
  %".77" = getelementptr i8, ptr %"hdr.1", i64 9
  %".78" = load i8, ptr %".77", align 1
  %".79" = zext i8 %".78" to i64
  %".80" = trunc i64 %".79" to i8
  %".81" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".80", ptr %".81", align 1
  %".83" = add i64 %"cursor.1", 20
  %".84" = zext i8 %".52" to i64
  %".85" = and i64 %".84", 15
  %".86" = mul i64 %".85", 4
  %".87" = sub i64 %".86", 20
  %".88" = add i64 %".87", 20
  %".89" = getelementptr i8, ptr %"hdr.1", i64 %".88"
  %".90" = icmp ugt ptr %".89", %"data_end"
  br i1 %".90", label %"exit.3", label %"cont.3"
exit.3:
  %".92" = trunc i64 %"cursor.1" to i16
  %".93" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".92", ptr %".93", align 2
  br label %"return"
cont.3:
  %"end" = add i64 %"cursor.1", %".88"
  %".96" = getelementptr i8, ptr %"hdr.1", i64 6
  %".97" = load i16, ptr %".96", align 2
  %".98" = call i16 @"llvm.bswap.i16"(i16 %".97")
  %".99" = zext i16 %".98" to i64
  %".100" = and i64 %".99", 16383
  %".101" = icmp ne i64 %".100", 0
  %".102" = call i16 @"llvm.bswap.i16"(i16 %".97")
  %".103" = zext i16 %".102" to i64
  %".104" = and i64 %".103", 8191
  %".105" = icmp eq i64 %".104", 0
  br i1 %".101", label %"fragment", label %"not_fragment"
fragment:
  %".107" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".107", align 1
  br i1 %".105", label %"first_fragment", label %"later_fragment"
not_fragment:
  %".125" = zext i8 %".78" to i64
  switch i64 %".125", label %"unknown.1" [i64 6, label %"to_tcp" i64 17, label %"to_udp" i64 136, label %"to_udplite" i64 47, label %"to_gre" i64 132, label %"to_sctp" i64 33, label %"to_dccp" i64 50, label %"to_esp" i64 51, label %"to_ah" i64 1, label %"to_icmp" i64 137, label %"to_mpls.2" i64 4, label %"to_ipv4.1" i64 41, label %"to_ipv6.1"]
first_fragment:
  %".114" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".114", align 1
  %".116" = and i32 %"flags", 1
  %".117" = icmp ne i32 %".116", 0
  %".118" = xor i1 %".117", -1
  br i1 %".118", label %"exit.4", label %"cont.4"
later_fragment:
  %".110" = trunc i64 %"end" to i16
  %".111" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".110", ptr %".111", align 2
  br label %"return"
exit.4:
  %".120" = trunc i64 %"end" to i16
  %".121" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".120", ptr %".121", align 2
  br label %"return"
cont.4:
  br label %"not_fragment"
unknown.1:
  %".127" = trunc i64 %"end" to i16
  %".128" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".127", ptr %".128", align 2
  br label %"return"
to_tcp:
  br label %"tcp"
to_udp:
  br label %"udp"
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
  %".140" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".140", align 2
  %".142" = getelementptr i8, ptr %"keys", i64 2
  %".143" = trunc i64 %"end" to i16
  store volatile i16 %".143", ptr %".142", align 2
  %".145" = load volatile i16, ptr %".142", align 2
  %".146" = zext i16 %".145" to i64
  %"cursor.17" = and i64 %".146", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.1:
  %".148" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".148", align 1
  %".150" = and i32 %"flags", 4
  %".151" = icmp ne i32 %".150", 0
  br i1 %".151", label %"exit.5", label %"cont.5"
to_ipv6.1:
  %".163" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".163", align 1
  %".165" = and i32 %"flags", 4
  %".166" = icmp ne i32 %".165", 0
  br i1 %".166", label %"exit.6", label %"cont.6"
tcp:
  %"cursor.8" = phi  i64 [%"end", %"to_tcp"], [%"cursor.26", %"to_tcp.1"], [%"cursor.57", %"to_tcp.2"], [%"cursor.74", %"to_tcp.3"], [%"cursor.88", %"to_tcp.4"], [%"cursor.104", %"to_tcp.5"], [%"cursor.137", %"to_tcp.6"], [%"cursor.151", %"to_tcp.7"], [%"cursor.165", %"to_tcp.8"], [%"cursor.181", %"to_tcp.9"], [%"cursor.212", %"to_tcp.10"], [%"cursor.226", %"to_tcp.11"], [%"cursor.236", %"to_tcp.12"], [%"cursor.248", %"to_tcp.13"], [%"cursor.265", %"to_tcp.14"], [%"cursor.275", %"to_tcp.15"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".493" = getelementptr i8, ptr %"hdr.6", i64 4
  %".494" = icmp ugt ptr %".493", %"data_end"
  br i1 %".494", label %"exit.15", label %"cont.15"
udp:
  %"cursor.9" = phi  i64 [%"end", %"to_udp"], [%"cursor.27", %"to_udp.1"], [%"cursor.58", %"to_udp.2"], [%"cursor.75", %"to_udp.3"], [%"cursor.89", %"to_udp.4"], [%"cursor.105", %"to_udp.5"], [%"cursor.138", %"to_udp.6"], [%"cursor.152", %"to_udp.7"], [%"cursor.166", %"to_udp.8"], [%"cursor.182", %"to_udp.9"], [%"cursor.213", %"to_udp.10"], [%"cursor.227", %"to_udp.11"], [%"cursor.237", %"to_udp.12"], [%"cursor.249", %"to_udp.13"], [%"cursor.266", %"to_udp.14"], [%"cursor.276", %"to_udp.15"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".522" = getelementptr i8, ptr %"hdr.7", i64 4
  %".523" = icmp ugt ptr %".522", %"data_end"
  br i1 %".523", label %"exit.16", label %"cont.16"
udplite:
  %"cursor.10" = phi  i64 [%"end", %"to_udplite"], [%"cursor.28", %"to_udplite.1"], [%"cursor.59", %"to_udplite.2"], [%"cursor.76", %"to_udplite.3"], [%"cursor.90", %"to_udplite.4"], [%"cursor.106", %"to_udplite.5"], [%"cursor.139", %"to_udplite.6"], [%"cursor.153", %"to_udplite.7"], [%"cursor.167", %"to_udplite.8"], [%"cursor.183", %"to_udplite.9"], [%"cursor.214", %"to_udplite.10"], [%"cursor.228", %"to_udplite.11"], [%"cursor.238", %"to_udplite.12"], [%"cursor.250", %"to_udplite.13"], [%"cursor.267", %"to_udplite.14"], [%"cursor.277", %"to_udplite.15"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.10"
  %".558" = getelementptr i8, ptr %"hdr.8", i64 4
  %".559" = icmp ugt ptr %".558", %"data_end"
  br i1 %".559", label %"exit.18", label %"cont.18"
gre_d0:
  %"cursor.11" = phi  i64 [%"end", %"to_gre"], [%"cursor.29", %"to_gre.1"], [%"cursor.91", %"to_gre.4"], [%"cursor.107", %"to_gre.5"], [%"cursor.168", %"to_gre.8"], [%"cursor.184", %"to_gre.9"], [%"cursor.239", %"to_gre.12"], [%"cursor.251", %"to_gre.13"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".594" = getelementptr i8, ptr %"hdr.9", i64 4
  %".595" = icmp ugt ptr %".594", %"data_end"
  br i1 %".595", label %"exit.20", label %"cont.20"
sctp:
  %"cursor.12" = phi  i64 [%"end", %"to_sctp"], [%"cursor.30", %"to_sctp.1"], [%"cursor.62", %"to_sctp.2"], [%"cursor.78", %"to_sctp.3"], [%"cursor.92", %"to_sctp.4"], [%"cursor.108", %"to_sctp.5"], [%"cursor.141", %"to_sctp.6"], [%"cursor.155", %"to_sctp.7"], [%"cursor.169", %"to_sctp.8"], [%"cursor.185", %"to_sctp.9"], [%"cursor.216", %"to_sctp.10"], [%"cursor.230", %"to_sctp.11"], [%"cursor.240", %"to_sctp.12"], [%"cursor.252", %"to_sctp.13"], [%"cursor.269", %"to_sctp.14"], [%"cursor.279", %"to_sctp.15"]
  %"hdr.10" = getelementptr i8, ptr %"data", i64 %"cursor.12"
  %".693" = getelementptr i8, ptr %"hdr.10", i64 4
  %".694" = icmp ugt ptr %".693", %"data_end"
  br i1 %".694", label %"exit.24", label %"cont.24"
dccp:
  %"cursor.13" = phi  i64 [%"end", %"to_dccp"], [%"cursor.31", %"to_dccp.1"], [%"cursor.63", %"to_dccp.2"], [%"cursor.79", %"to_dccp.3"], [%"cursor.93", %"to_dccp.4"], [%"cursor.109", %"to_dccp.5"], [%"cursor.142", %"to_dccp.6"], [%"cursor.156", %"to_dccp.7"], [%"cursor.170", %"to_dccp.8"], [%"cursor.186", %"to_dccp.9"], [%"cursor.217", %"to_dccp.10"], [%"cursor.231", %"to_dccp.11"], [%"cursor.241", %"to_dccp.12"], [%"cursor.253", %"to_dccp.13"], [%"cursor.270", %"to_dccp.14"], [%"cursor.280", %"to_dccp.15"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.13"
  %".721" = getelementptr i8, ptr %"hdr.11", i64 4
  %".722" = icmp ugt ptr %".721", %"data_end"
  br i1 %".722", label %"exit.25", label %"cont.25"
esp:
  %"cursor.14" = phi  i64 [%"end", %"to_esp"], [%"cursor.32", %"to_esp.1"], [%"cursor.64", %"to_esp.2"], [%"cursor.80", %"to_esp.3"], [%"cursor.94", %"to_esp.4"], [%"cursor.110", %"to_esp.5"], [%"cursor.143", %"to_esp.6"], [%"cursor.157", %"to_esp.7"], [%"cursor.171", %"to_esp.8"], [%"cursor.187", %"to_esp.9"], [%"cursor.218", %"to_esp.10"], [%"cursor.232", %"to_esp.11"], [%"cursor.242", %"to_esp.12"], [%"cursor.254", %"to_esp.13"], [%"cursor.271", %"to_esp.14"], [%"cursor.281", %"to_esp.15"]
  %"hdr.12" = getelementptr i8, ptr %"data", i64 %"cursor.14"
  %".749" = getelementptr i8, ptr %"hdr.12", i64 4
  %".750" = icmp ugt ptr %".749", %"data_end"
  br i1 %".750", label %"exit.26", label %"cont.26"
ah:
  %"cursor.15" = phi  i64 [%"end", %"to_ah"], [%"cursor.33", %"to_ah.1"], [%"cursor.65", %"to_ah.2"], [%"cursor.81", %"to_ah.3"], [%"cursor.95", %"to_ah.4"], [%"cursor.111", %"to_ah.5"], [%"cursor.144", %"to_ah.6"], [%"cursor.158", %"to_ah.7"], [%"cursor.172", %"to_ah.8"], [%"cursor.188", %"to_ah.9"], [%"cursor.219", %"to_ah.10"], [%"cursor.233", %"to_ah.11"], [%"cursor.243", %"to_ah.12"], [%"cursor.255", %"to_ah.13"], [%"cursor.272", %"to_ah.14"], [%"cursor.282", %"to_ah.15"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.15"
  %".777" = getelementptr i8, ptr %"hdr.13", i64 8
  %".778" = icmp ugt ptr %".777", %"data_end"
  br i1 %".778", label %"exit.27", label %"cont.27"
icmp:
  %"cursor.16" = phi  i64 [%"end", %"to_icmp"], [%"cursor.66", %"to_icmp.1"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.16"
  %".805" = getelementptr i8, ptr %"hdr.14", i64 4
  %".806" = icmp ugt ptr %".805", %"data_end"
  br i1 %".806", label %"exit.28", label %"cont.28"
exit.5:
  %".153" = trunc i64 %"end" to i16
  %".154" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".153", ptr %".154", align 2
  br label %"return"
cont.5:
  %".157" = getelementptr i8, ptr %"keys", i64 2
  %".158" = trunc i64 %"end" to i16
  store volatile i16 %".158", ptr %".157", align 2
  %".160" = load volatile i16, ptr %".157", align 2
  %".161" = zext i16 %".160" to i64
  %"cursor.19" = and i64 %".161", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.18" = phi  i64 [%"cursor.19", %"cont.5"], [%"cursor.36", %"cont.9"], [%"cursor.51", %"to_ipv4.5"], [%"cursor.98", %"cont.41"], [%"cursor.114", %"cont.45"], [%"cursor.122", %"to_ipv4.11"], [%"cursor.175", %"cont.68"], [%"cursor.191", %"cont.72"], [%"cursor.194", %"to_ipv4.17"], [%"cursor.202", %"to_ipv4.18"], [%"cursor.246", %"cont.88"], [%"cursor.258", %"cont.92"], [%"cursor.260", %"to_ipv4.23"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.18"
  %".817" = getelementptr i8, ptr %"hdr.15", i64 20
  %".818" = icmp ugt ptr %".817", %"data_end"
  br i1 %".818", label %"exit.29", label %"cont.29"
exit.6:
  %".168" = trunc i64 %"end" to i16
  %".169" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".168", ptr %".169", align 2
  br label %"return"
cont.6:
  %".172" = getelementptr i8, ptr %"keys", i64 2
  %".173" = trunc i64 %"end" to i16
  store volatile i16 %".173", ptr %".172", align 2
  %".175" = load volatile i16, ptr %".172", align 2
  %".176" = zext i16 %".175" to i64
  %"cursor.21" = and i64 %".176", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.20" = phi  i64 [%"cursor.21", %"cont.6"], [%"cursor.37", %"cont.10"], [%"cursor.52", %"to_ipv6.5"], [%"cursor.99", %"cont.42"], [%"cursor.115", %"cont.46"], [%"cursor.123", %"to_ipv6.11"], [%"cursor.176", %"cont.69"], [%"cursor.192", %"cont.73"], [%"cursor.195", %"to_ipv6.17"], [%"cursor.203", %"to_ipv6.18"], [%"cursor.247", %"cont.89"], [%"cursor.259", %"cont.93"], [%"cursor.261", %"to_ipv6.23"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.20"
  %".992" = getelementptr i8, ptr %"hdr.16", i64 40
  %".993" = icmp ugt ptr %".992", %"data_end"
  br i1 %".993", label %"exit.35", label %"cont.35"
exit.7:
  %".181" = trunc i64 %"cursor.2" to i16
  %".182" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".181", ptr %".182", align 2
  br label %"return"
cont.7:
  %".185" = trunc i64 34525 to i16
  %".186" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".185", ptr %".186", align 2
  %".188" = trunc i64 34525 to i16
  %".189" = call i16 @"llvm.bswap.i16"(i16 %".188")
  %".190" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".189", ptr %".190", align 2
  %".192" = getelementptr i8, ptr %"hdr.2", i64 8
  %".193" = load i64, ptr %".192", align 8
  %".194" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".193", ptr %".194", align 8
  %".196" = getelementptr i8, ptr %"hdr.2", i64 16
  %".197" = load i64, ptr %".196", align 8
  %".198" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".197", ptr %".198", align 8
  %".200" = getelementptr i8, ptr %"hdr.2", i64 24
  %".201" = load i64, ptr %".200", align 8
  %".202" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".201", ptr %".202", align 8
  %".204" = getelementptr i8, ptr %"hdr.2", i64 32
  %".205" = load i64, ptr %".204", align 8
  %".206" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".205", ptr %".206", align 8
  %".208" = getelementptr i8, ptr %"hdr.2", i64 6
  %".209" = load i8, ptr %".208", align 1
  %".210" = zext i8 %".209" to i64
  %".211" = trunc i64 %".210" to i8
  %".212" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".211", ptr %".212", align 1
  %".214" = getelementptr i8, ptr %"hdr.2", i64 0
  %".215" = load i32, ptr %".214", align 4
  %".216" = call i32 @"llvm.bswap.i32"(i32 %".215")
  %".217" = zext i32 %".216" to i64
  %".218" = and i64 %".217", 1048575
  %".219" = trunc i64 %".218" to i32
  %".220" = call i32 @"llvm.bswap.i32"(i32 %".219")
  %".221" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".220", ptr %".221", align 4
  %".223" = add i64 %"cursor.2", 40
  %".224" = call i32 @"llvm.bswap.i32"(i32 %".215")
  %".225" = zext i32 %".224" to i64
  %".226" = and i64 %".225", 1048575
  %".227" = icmp ne i64 %".226", 0
  %".228" = and i32 %"flags", 2
  %".229" = icmp ne i32 %".228", 0
  %".230" = and i1 %".227", %".229"
  br i1 %".230", label %"exit.8", label %"cont.8"
exit.8:
  %".232" = trunc i64 %".223" to i16
  %".233" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".232", ptr %".233", align 2
  br label %"return"
cont.8:
  %".236" = zext i8 %".209" to i64
  switch i64 %".236", label %"unknown.2" [i64 0, label %"to_ipv6_opts" i64 43, label %"to_ipv6_opts.1" i64 60, label %"to_ipv6_opts.2" i64 44, label %"to_ipv6_frag" i64 6, label %"to_tcp.1" i64 17, label %"to_udp.1" i64 136, label %"to_udplite.1" i64 47, label %"to_gre.1" i64 132, label %"to_sctp.1" i64 33, label %"to_dccp.1" i64 50, label %"to_esp.1" i64 51, label %"to_ah.1" i64 58, label %"to_icmpv6" i64 137, label %"to_mpls.3" i64 4, label %"to_ipv4.2" i64 41, label %"to_ipv6.2"]
unknown.2:
  %".238" = trunc i64 %".223" to i16
  %".239" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".238", ptr %".239", align 2
  br label %"return"
to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.1:
  %".243" = getelementptr i8, ptr %"keys", i64 2
  %".244" = trunc i64 %".223" to i16
  store volatile i16 %".244", ptr %".243", align 2
  %".246" = load volatile i16, ptr %".243", align 2
  %".247" = zext i16 %".246" to i64
  %"cursor.23" = and i64 %".247", 16383
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.2:
  %".249" = getelementptr i8, ptr %"keys", i64 2
  %".250" = trunc i64 %".223" to i16
  store volatile i16 %".250", ptr %".249", align 2
  %".252" = load volatile i16, ptr %".249", align 2
  %".253" = zext i16 %".252" to i64
  %"cursor.24" = and i64 %".253", 16383
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext1"
to_tcp.1:
  %".256" = getelementptr i8, ptr %"keys", i64 2
  %".257" = trunc i64 %".223" to i16
  store volatile i16 %".257", ptr %".256", align 2
  %".259" = load volatile i16, ptr %".256", align 2
  %".260" = zext i16 %".259" to i64
  %"cursor.26" = and i64 %".260", 16383
  br label %"tcp"
to_udp.1:
  %".262" = getelementptr i8, ptr %"keys", i64 2
  %".263" = trunc i64 %".223" to i16
  store volatile i16 %".263", ptr %".262", align 2
  %".265" = load volatile i16, ptr %".262", align 2
  %".266" = zext i16 %".265" to i64
  %"cursor.27" = and i64 %".266", 16383
  br label %"udp"
to_udplite.1:
  %".268" = getelementptr i8, ptr %"keys", i64 2
  %".269" = trunc i64 %".223" to i16
  store volatile i16 %".269", ptr %".268", align 2
  %".271" = load volatile i16, ptr %".268", align 2
  %".272" = zext i16 %".271" to i64
  %"cursor.28" = and i64 %".272", 16383
  br label %"udplite"
to_gre.1:
  %".274" = getelementptr i8, ptr %"keys", i64 2
  %".275" = trunc i64 %".223" to i16
  store volatile i16 %".275", ptr %".274", align 2
  %".277" = load volatile i16, ptr %".274", align 2
  %".278" = zext i16 %".277" to i64
  %"cursor.29" = and i64 %".278", 16383
  br label %"gre_d0"
to_sctp.1:
  %".280" = getelementptr i8, ptr %"keys", i64 2
  %".281" = trunc i64 %".223" to i16
  store volatile i16 %".281", ptr %".280", align 2
  %".283" = load volatile i16, ptr %".280", align 2
  %".284" = zext i16 %".283" to i64
  %"cursor.30" = and i64 %".284", 16383
  br label %"sctp"
to_dccp.1:
  %".286" = getelementptr i8, ptr %"keys", i64 2
  %".287" = trunc i64 %".223" to i16
  store volatile i16 %".287", ptr %".286", align 2
  %".289" = load volatile i16, ptr %".286", align 2
  %".290" = zext i16 %".289" to i64
  %"cursor.31" = and i64 %".290", 16383
  br label %"dccp"
to_esp.1:
  %".292" = getelementptr i8, ptr %"keys", i64 2
  %".293" = trunc i64 %".223" to i16
  store volatile i16 %".293", ptr %".292", align 2
  %".295" = load volatile i16, ptr %".292", align 2
  %".296" = zext i16 %".295" to i64
  %"cursor.32" = and i64 %".296", 16383
  br label %"esp"
to_ah.1:
  %".298" = getelementptr i8, ptr %"keys", i64 2
  %".299" = trunc i64 %".223" to i16
  store volatile i16 %".299", ptr %".298", align 2
  %".301" = load volatile i16, ptr %".298", align 2
  %".302" = zext i16 %".301" to i64
  %"cursor.33" = and i64 %".302", 16383
  br label %"ah"
to_icmpv6:
  br label %"icmpv6"
to_mpls.3:
  %".305" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".305", align 2
  %".307" = getelementptr i8, ptr %"keys", i64 2
  %".308" = trunc i64 %".223" to i16
  store volatile i16 %".308", ptr %".307", align 2
  %".310" = load volatile i16, ptr %".307", align 2
  %".311" = zext i16 %".310" to i64
  %"cursor.35" = and i64 %".311", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.2:
  %".313" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".313", align 1
  %".315" = and i32 %"flags", 4
  %".316" = icmp ne i32 %".315", 0
  br i1 %".316", label %"exit.9", label %"cont.9"
to_ipv6.2:
  %".328" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".328", align 1
  %".330" = and i32 %"flags", 4
  %".331" = icmp ne i32 %".330", 0
  br i1 %".331", label %"exit.10", label %"cont.10"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.22" = phi  i64 [%".223", %"to_ipv6_opts"], [%"cursor.23", %"to_ipv6_opts.1"], [%"cursor.24", %"to_ipv6_opts.2"]
  %"hdr.17" = getelementptr i8, ptr %"data", i64 %"cursor.22"
  %".1168" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1169" = icmp ugt ptr %".1168", %"data_end"
  br i1 %".1169", label %"exit.39", label %"cont.39"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".223", %"to_ipv6_frag"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.25"
  %".1307" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1308" = icmp ugt ptr %".1307", %"data_end"
  br i1 %".1308", label %"exit.43", label %"cont.43"
icmpv6:
  %"cursor.34" = phi  i64 [%".223", %"to_icmpv6"], [%"cursor.82", %"to_icmpv6.1"], [%"cursor.96", %"to_icmpv6.2"], [%"cursor.112", %"to_icmpv6.3"], [%"cursor.145", %"to_icmpv6.4"], [%"cursor.159", %"to_icmpv6.5"], [%"cursor.173", %"to_icmpv6.6"], [%"cursor.189", %"to_icmpv6.7"], [%"cursor.220", %"to_icmpv6.8"], [%"cursor.234", %"to_icmpv6.9"], [%"cursor.244", %"to_icmpv6.10"], [%"cursor.256", %"to_icmpv6.11"], [%"cursor.273", %"to_icmpv6.12"], [%"cursor.283", %"to_icmpv6.13"]
  %"hdr.19" = getelementptr i8, ptr %"data", i64 %"cursor.34"
  %".1469" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1470" = icmp ugt ptr %".1469", %"data_end"
  br i1 %".1470", label %"exit.47", label %"cont.47"
exit.9:
  %".318" = trunc i64 %".223" to i16
  %".319" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".318", ptr %".319", align 2
  br label %"return"
cont.9:
  %".322" = getelementptr i8, ptr %"keys", i64 2
  %".323" = trunc i64 %".223" to i16
  store volatile i16 %".323", ptr %".322", align 2
  %".325" = load volatile i16, ptr %".322", align 2
  %".326" = zext i16 %".325" to i64
  %"cursor.36" = and i64 %".326", 16383
  br label %"ipv4_d1"
exit.10:
  %".333" = trunc i64 %".223" to i16
  %".334" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".333", ptr %".334", align 2
  br label %"return"
cont.10:
  %".337" = getelementptr i8, ptr %"keys", i64 2
  %".338" = trunc i64 %".223" to i16
  store volatile i16 %".338", ptr %".337", align 2
  %".340" = load volatile i16, ptr %".337", align 2
  %".341" = zext i16 %".340" to i64
  %"cursor.37" = and i64 %".341", 16383
  br label %"ipv6_d1"
exit.11:
  %".346" = trunc i64 %"cursor.3" to i16
  %".347" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".346", ptr %".347", align 2
  br label %"return"
cont.11:
  %".350" = getelementptr i8, ptr %"hdr.3", i64 2
  %".351" = load i16, ptr %".350", align 2
  %".352" = call i16 @"llvm.bswap.i16"(i16 %".351")
  %".353" = zext i16 %".352" to i64
  %".354" = trunc i64 %".353" to i16
  %".355" = call i16 @"llvm.bswap.i16"(i16 %".354")
  %".356" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".355", ptr %".356", align 2
  %".358" = add i64 %"cursor.3", 4
  %".359" = trunc i64 %".358" to i16
  %".360" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".359", ptr %".360", align 2
  %".362" = call i16 @"llvm.bswap.i16"(i16 %".351")
  %".363" = zext i16 %".362" to i64
  switch i64 %".363", label %"unknown.3" [i64 2048, label %"to_ipv4.3" i64 34525, label %"to_ipv6.3" i64 33024, label %"to_vlan.2" i64 34984, label %"to_vlan.3" i64 34887, label %"to_mpls.4" i64 34888, label %"to_mpls.5" i64 34916, label %"to_pppoe.1"]
unknown.3:
  %".365" = trunc i64 %".358" to i16
  %".366" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".365", ptr %".366", align 2
  br label %"return"
to_ipv4.3:
  %".369" = getelementptr i8, ptr %"keys", i64 2
  %".370" = trunc i64 %".358" to i16
  store volatile i16 %".370", ptr %".369", align 2
  %".372" = load volatile i16, ptr %".369", align 2
  %".373" = zext i16 %".372" to i64
  %"cursor.38" = and i64 %".373", 16383
  br label %"ipv4_d0"
to_ipv6.3:
  %".375" = getelementptr i8, ptr %"keys", i64 2
  %".376" = trunc i64 %".358" to i16
  store volatile i16 %".376", ptr %".375", align 2
  %".378" = load volatile i16, ptr %".375", align 2
  %".379" = zext i16 %".378" to i64
  %"cursor.39" = and i64 %".379", 16383
  br label %"ipv6_d0"
to_vlan.2:
  br label %"vlan_d0_vlan_tags2"
to_vlan.3:
  %".382" = getelementptr i8, ptr %"keys", i64 2
  %".383" = trunc i64 %".358" to i16
  store volatile i16 %".383", ptr %".382", align 2
  %".385" = load volatile i16, ptr %".382", align 2
  %".386" = zext i16 %".385" to i64
  %"cursor.41" = and i64 %".386", 16383
  br label %"vlan_d0_vlan_tags2"
to_mpls.4:
  %".388" = getelementptr i8, ptr %"keys", i64 2
  %".389" = trunc i64 %".358" to i16
  store volatile i16 %".389", ptr %".388", align 2
  %".391" = load volatile i16, ptr %".388", align 2
  %".392" = zext i16 %".391" to i64
  %"cursor.42" = and i64 %".392", 16383
  br label %"mpls_mpls_labels1"
to_mpls.5:
  %".394" = getelementptr i8, ptr %"keys", i64 2
  %".395" = trunc i64 %".358" to i16
  store volatile i16 %".395", ptr %".394", align 2
  %".397" = load volatile i16, ptr %".394", align 2
  %".398" = zext i16 %".397" to i64
  %"cursor.43" = and i64 %".398", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.1:
  %".400" = getelementptr i8, ptr %"keys", i64 2
  %".401" = trunc i64 %".358" to i16
  store volatile i16 %".401", ptr %".400", align 2
  %".403" = load volatile i16, ptr %".400", align 2
  %".404" = zext i16 %".403" to i64
  %"cursor.44" = and i64 %".404", 16383
  br label %"pppoe_d0"
vlan_d0_vlan_tags2:
  %"cursor.40" = phi  i64 [%".358", %"to_vlan.2"], [%"cursor.41", %"to_vlan.3"]
  %"hdr.20" = getelementptr i8, ptr %"data", i64 %"cursor.40"
  %".1481" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1482" = icmp ugt ptr %".1481", %"data_end"
  br i1 %".1482", label %"exit.48", label %"cont.48"
exit.12:
  %".409" = trunc i64 %"cursor.5" to i16
  %".410" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".409", ptr %".410", align 2
  br label %"return"
cont.12:
  %".413" = add i64 %"cursor.5", 4
  %".414" = getelementptr i8, ptr %"hdr.4", i64 2
  %".415" = load i8, ptr %".414", align 1
  %".416" = zext i8 %".415" to i64
  %".417" = and i64 %".416", 1
  switch i64 %".417", label %"unknown.4" [i64 0, label %"to_mpls.6"]
unknown.4:
  %".419" = trunc i64 %".413" to i16
  %".420" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".419", ptr %".420", align 2
  br label %"return"
to_mpls.6:
  br label %"mpls_mpls_labels2"
mpls_mpls_labels2:
  %"cursor.45" = phi  i64 [%".413", %"to_mpls.6"]
  %"hdr.21" = getelementptr i8, ptr %"data", i64 %"cursor.45"
  %".1545" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1546" = icmp ugt ptr %".1545", %"data_end"
  br i1 %".1546", label %"exit.49", label %"cont.49"
exit.13:
  %".427" = trunc i64 %"cursor.7" to i16
  %".428" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".427", ptr %".428", align 2
  br label %"return"
cont.13:
  %".431" = getelementptr i8, ptr %"hdr.5", i64 0
  %".432" = load i8, ptr %".431", align 1
  %".433" = zext i8 %".432" to i64
  %".434" = lshr i64 %".433", 4
  %".435" = and i64 %".434", 15
  %".436" = icmp eq i64 %".435", 1
  %".437" = zext i8 %".432" to i64
  %".438" = and i64 %".437", 15
  %".439" = icmp eq i64 %".438", 1
  %".440" = and i1 %".436", %".439"
  %".441" = getelementptr i8, ptr %"hdr.5", i64 1
  %".442" = load i8, ptr %".441", align 1
  %".443" = zext i8 %".442" to i64
  %".444" = icmp eq i64 %".443", 0
  %".445" = and i1 %".440", %".444"
  %".446" = xor i1 %".445", -1
  br i1 %".446", label %"exit.14", label %"cont.14"
exit.14:
  %".448" = trunc i64 %"cursor.7" to i16
  %".449" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".448", ptr %".449", align 2
  br label %"return"
cont.14:
  %".452" = add i64 %"cursor.7", 8
  %".453" = trunc i64 %".452" to i16
  %".454" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".453", ptr %".454", align 2
  %".456" = getelementptr i8, ptr %"hdr.5", i64 6
  %".457" = load i16, ptr %".456", align 2
  %".458" = call i16 @"llvm.bswap.i16"(i16 %".457")
  %".459" = zext i16 %".458" to i64
  switch i64 %".459", label %"unknown.5" [i64 33, label %"to_ipv4.4" i64 87, label %"to_ipv6.4" i64 641, label %"to_mpls.7" i64 643, label %"to_mpls.8"]
unknown.5:
  %".461" = trunc i64 %".452" to i16
  %".462" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".461", ptr %".462", align 2
  br label %"return"
to_ipv4.4:
  %".465" = getelementptr i8, ptr %"keys", i64 2
  %".466" = trunc i64 %".452" to i16
  store volatile i16 %".466", ptr %".465", align 2
  %".468" = load volatile i16, ptr %".465", align 2
  %".469" = zext i16 %".468" to i64
  %"cursor.46" = and i64 %".469", 16383
  br label %"ipv4_d0"
to_ipv6.4:
  %".471" = getelementptr i8, ptr %"keys", i64 2
  %".472" = trunc i64 %".452" to i16
  store volatile i16 %".472", ptr %".471", align 2
  %".474" = load volatile i16, ptr %".471", align 2
  %".475" = zext i16 %".474" to i64
  %"cursor.47" = and i64 %".475", 16383
  br label %"ipv6_d0"
to_mpls.7:
  %".477" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".477", align 2
  %".479" = getelementptr i8, ptr %"keys", i64 2
  %".480" = trunc i64 %".452" to i16
  store volatile i16 %".480", ptr %".479", align 2
  %".482" = load volatile i16, ptr %".479", align 2
  %".483" = zext i16 %".482" to i64
  %"cursor.48" = and i64 %".483", 16383
  br label %"mpls_mpls_labels1"
to_mpls.8:
  %".485" = getelementptr i8, ptr %"keys", i64 10
  store i16 18568, ptr %".485", align 2
  %".487" = getelementptr i8, ptr %"keys", i64 2
  %".488" = trunc i64 %".452" to i16
  store volatile i16 %".488", ptr %".487", align 2
  %".490" = load volatile i16, ptr %".487", align 2
  %".491" = zext i16 %".490" to i64
  %"cursor.49" = and i64 %".491", 16383
  br label %"mpls_mpls_labels1"
exit.15:
  %".496" = trunc i64 %"cursor.8" to i16
  %".497" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".496", ptr %".497", align 2
  br label %"return"
cont.15:
  %".500" = getelementptr i8, ptr %"hdr.6", i64 0
  %".501" = load i16, ptr %".500", align 2
  %".502" = call i16 @"llvm.bswap.i16"(i16 %".501")
  %".503" = zext i16 %".502" to i64
  %".504" = trunc i64 %".503" to i16
  %".505" = call i16 @"llvm.bswap.i16"(i16 %".504")
  %".506" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".505", ptr %".506", align 2
  %".508" = getelementptr i8, ptr %"hdr.6", i64 2
  %".509" = load i16, ptr %".508", align 2
  %".510" = call i16 @"llvm.bswap.i16"(i16 %".509")
  %".511" = zext i16 %".510" to i64
  %".512" = trunc i64 %".511" to i16
  %".513" = call i16 @"llvm.bswap.i16"(i16 %".512")
  %".514" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".513", ptr %".514", align 2
  switch i64 0, label %"unknown.6" [i64 0, label %"to_tcp_header"]
unknown.6:
  %".517" = trunc i64 %"cursor.8" to i16
  %".518" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".517", ptr %".518", align 2
  br label %"return"
to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.50" = phi  i64 [%"cursor.8", %"to_tcp_header"]
  %"hdr.22" = getelementptr i8, ptr %"data", i64 %"cursor.50"
  %".1563" = getelementptr i8, ptr %"hdr.22", i64 20
  %".1564" = icmp ugt ptr %".1563", %"data_end"
  br i1 %".1564", label %"exit.50", label %"cont.50"
exit.16:
  %".525" = trunc i64 %"cursor.9" to i16
  %".526" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".525", ptr %".526", align 2
  br label %"return"
cont.16:
  %".529" = getelementptr i8, ptr %"hdr.7", i64 0
  %".530" = load i16, ptr %".529", align 2
  %".531" = call i16 @"llvm.bswap.i16"(i16 %".530")
  %".532" = zext i16 %".531" to i64
  %".533" = trunc i64 %".532" to i16
  %".534" = call i16 @"llvm.bswap.i16"(i16 %".533")
  %".535" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".534", ptr %".535", align 2
  %".537" = getelementptr i8, ptr %"hdr.7", i64 2
  %".538" = load i16, ptr %".537", align 2
  %".539" = call i16 @"llvm.bswap.i16"(i16 %".538")
  %".540" = zext i16 %".539" to i64
  %".541" = trunc i64 %".540" to i16
  %".542" = call i16 @"llvm.bswap.i16"(i16 %".541")
  %".543" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".542", ptr %".543", align 2
  %".545" = add i64 %"cursor.9", 4
  %".546" = add i64 4, 4
  %".547" = getelementptr i8, ptr %"hdr.7", i64 %".546"
  %".548" = icmp ugt ptr %".547", %"data_end"
  br i1 %".548", label %"exit.17", label %"cont.17"
exit.17:
  %".550" = trunc i64 %"cursor.9" to i16
  %".551" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".550", ptr %".551", align 2
  br label %"return"
cont.17:
  %"end.1" = add i64 %"cursor.9", %".546"
  %".554" = trunc i64 %"cursor.9" to i16
  %".555" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".554", ptr %".555", align 2
  br label %"return"
exit.18:
  %".561" = trunc i64 %"cursor.10" to i16
  %".562" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".561", ptr %".562", align 2
  br label %"return"
cont.18:
  %".565" = getelementptr i8, ptr %"hdr.8", i64 0
  %".566" = load i16, ptr %".565", align 2
  %".567" = call i16 @"llvm.bswap.i16"(i16 %".566")
  %".568" = zext i16 %".567" to i64
  %".569" = trunc i64 %".568" to i16
  %".570" = call i16 @"llvm.bswap.i16"(i16 %".569")
  %".571" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".570", ptr %".571", align 2
  %".573" = getelementptr i8, ptr %"hdr.8", i64 2
  %".574" = load i16, ptr %".573", align 2
  %".575" = call i16 @"llvm.bswap.i16"(i16 %".574")
  %".576" = zext i16 %".575" to i64
  %".577" = trunc i64 %".576" to i16
  %".578" = call i16 @"llvm.bswap.i16"(i16 %".577")
  %".579" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".578", ptr %".579", align 2
  %".581" = add i64 %"cursor.10", 4
  %".582" = add i64 4, 4
  %".583" = getelementptr i8, ptr %"hdr.8", i64 %".582"
  %".584" = icmp ugt ptr %".583", %"data_end"
  br i1 %".584", label %"exit.19", label %"cont.19"
exit.19:
  %".586" = trunc i64 %"cursor.10" to i16
  %".587" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".586", ptr %".587", align 2
  br label %"return"
cont.19:
  %"end.2" = add i64 %"cursor.10", %".582"
  %".590" = trunc i64 %"cursor.10" to i16
  %".591" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".590", ptr %".591", align 2
  br label %"return"
exit.20:
  %".597" = trunc i64 %"cursor.11" to i16
  %".598" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".597", ptr %".598", align 2
  br label %"return"
cont.20:
  %".601" = getelementptr i8, ptr %"hdr.9", i64 1
  %".602" = load i8, ptr %".601", align 1
  %".603" = zext i8 %".602" to i64
  %".604" = and i64 %".603", 7
  %".605" = icmp ne i64 %".604", 0
  %".606" = getelementptr i8, ptr %"hdr.9", i64 0
  %".607" = load i8, ptr %".606", align 1
  %".608" = zext i8 %".607" to i64
  %".609" = lshr i64 %".608", 6
  %".610" = and i64 %".609", 1
  %".611" = icmp ne i64 %".610", 0
  %".612" = or i1 %".605", %".611"
  br i1 %".612", label %"exit.21", label %"cont.21"
exit.21:
  %".614" = trunc i64 %"cursor.11" to i16
  %".615" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".614", ptr %".615", align 2
  br label %"return"
cont.21:
  %".618" = add i64 %"cursor.11", 4
  %".619" = zext i8 %".607" to i64
  %".620" = lshr i64 %".619", 7
  %".621" = and i64 %".620", 1
  %".622" = zext i8 %".607" to i64
  %".623" = lshr i64 %".622", 5
  %".624" = and i64 %".623", 1
  %".625" = add i64 %".621", %".624"
  %".626" = zext i8 %".607" to i64
  %".627" = lshr i64 %".626", 4
  %".628" = and i64 %".627", 1
  %".629" = add i64 %".625", %".628"
  %".630" = mul i64 %".629", 4
  %".631" = add i64 %".630", 4
  %".632" = getelementptr i8, ptr %"hdr.9", i64 %".631"
  %".633" = icmp ugt ptr %".632", %"data_end"
  br i1 %".633", label %"exit.22", label %"cont.22"
exit.22:
  %".635" = trunc i64 %"cursor.11" to i16
  %".636" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".635", ptr %".636", align 2
  br label %"return"
cont.22:
  %"end.3" = add i64 %"cursor.11", %".631"
  %".639" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".639", align 1
  %".641" = and i32 %"flags", 4
  %".642" = icmp ne i32 %".641", 0
  br i1 %".642", label %"exit.23", label %"cont.23"
exit.23:
  %".644" = trunc i64 %"end.3" to i16
  %".645" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".644", ptr %".645", align 2
  br label %"return"
cont.23:
  %".648" = getelementptr i8, ptr %"hdr.9", i64 2
  %".649" = load i16, ptr %".648", align 2
  %".650" = call i16 @"llvm.bswap.i16"(i16 %".649")
  %".651" = zext i16 %".650" to i64
  %".652" = trunc i64 %".651" to i16
  %".653" = call i16 @"llvm.bswap.i16"(i16 %".652")
  %".654" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".653", ptr %".654", align 2
  %".656" = call i16 @"llvm.bswap.i16"(i16 %".649")
  %".657" = zext i16 %".656" to i64
  switch i64 %".657", label %"unknown.7" [i64 2048, label %"to_ipv4.5" i64 34525, label %"to_ipv6.5" i64 25944, label %"to_ethernet" i64 34887, label %"to_mpls.9" i64 34888, label %"to_mpls.10"]
unknown.7:
  %".659" = trunc i64 %"end.3" to i16
  %".660" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".659", ptr %".660", align 2
  br label %"return"
to_ipv4.5:
  %".663" = getelementptr i8, ptr %"keys", i64 2
  %".664" = trunc i64 %"end.3" to i16
  store volatile i16 %".664", ptr %".663", align 2
  %".666" = load volatile i16, ptr %".663", align 2
  %".667" = zext i16 %".666" to i64
  %"cursor.51" = and i64 %".667", 16383
  br label %"ipv4_d1"
to_ipv6.5:
  %".669" = getelementptr i8, ptr %"keys", i64 2
  %".670" = trunc i64 %"end.3" to i16
  store volatile i16 %".670", ptr %".669", align 2
  %".672" = load volatile i16, ptr %".669", align 2
  %".673" = zext i16 %".672" to i64
  %"cursor.52" = and i64 %".673", 16383
  br label %"ipv6_d1"
to_ethernet:
  %".675" = getelementptr i8, ptr %"keys", i64 2
  %".676" = trunc i64 %"end.3" to i16
  store volatile i16 %".676", ptr %".675", align 2
  %".678" = load volatile i16, ptr %".675", align 2
  %".679" = zext i16 %".678" to i64
  %"cursor.54" = and i64 %".679", 16383
  br label %"ethernet_d1"
to_mpls.9:
  %".681" = getelementptr i8, ptr %"keys", i64 2
  %".682" = trunc i64 %"end.3" to i16
  store volatile i16 %".682", ptr %".681", align 2
  %".684" = load volatile i16, ptr %".681", align 2
  %".685" = zext i16 %".684" to i64
  %"cursor.55" = and i64 %".685", 16383
  br label %"mpls_mpls_labels1"
to_mpls.10:
  %".687" = getelementptr i8, ptr %"keys", i64 2
  %".688" = trunc i64 %"end.3" to i16
  store volatile i16 %".688", ptr %".687", align 2
  %".690" = load volatile i16, ptr %".687", align 2
  %".691" = zext i16 %".690" to i64
  %"cursor.56" = and i64 %".691", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1:
  %"cursor.53" = phi  i64 [%"cursor.54", %"to_ethernet"]
  %"hdr.23" = getelementptr i8, ptr %"data", i64 %"cursor.53"
  %".1600" = getelementptr i8, ptr %"hdr.23", i64 14
  %".1601" = icmp ugt ptr %".1600", %"data_end"
  br i1 %".1601", label %"exit.53", label %"cont.53"
exit.24:
  %".696" = trunc i64 %"cursor.12" to i16
  %".697" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".696", ptr %".697", align 2
  br label %"return"
cont.24:
  %".700" = getelementptr i8, ptr %"hdr.10", i64 0
  %".701" = load i16, ptr %".700", align 2
  %".702" = call i16 @"llvm.bswap.i16"(i16 %".701")
  %".703" = zext i16 %".702" to i64
  %".704" = trunc i64 %".703" to i16
  %".705" = call i16 @"llvm.bswap.i16"(i16 %".704")
  %".706" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".705", ptr %".706", align 2
  %".708" = getelementptr i8, ptr %"hdr.10", i64 2
  %".709" = load i16, ptr %".708", align 2
  %".710" = call i16 @"llvm.bswap.i16"(i16 %".709")
  %".711" = zext i16 %".710" to i64
  %".712" = trunc i64 %".711" to i16
  %".713" = call i16 @"llvm.bswap.i16"(i16 %".712")
  %".714" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".713", ptr %".714", align 2
  %".716" = add i64 %"cursor.12", 4
  %".717" = trunc i64 %"cursor.12" to i16
  %".718" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".717", ptr %".718", align 2
  br label %"return"
exit.25:
  %".724" = trunc i64 %"cursor.13" to i16
  %".725" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".724", ptr %".725", align 2
  br label %"return"
cont.25:
  %".728" = getelementptr i8, ptr %"hdr.11", i64 0
  %".729" = load i16, ptr %".728", align 2
  %".730" = call i16 @"llvm.bswap.i16"(i16 %".729")
  %".731" = zext i16 %".730" to i64
  %".732" = trunc i64 %".731" to i16
  %".733" = call i16 @"llvm.bswap.i16"(i16 %".732")
  %".734" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".733", ptr %".734", align 2
  %".736" = getelementptr i8, ptr %"hdr.11", i64 2
  %".737" = load i16, ptr %".736", align 2
  %".738" = call i16 @"llvm.bswap.i16"(i16 %".737")
  %".739" = zext i16 %".738" to i64
  %".740" = trunc i64 %".739" to i16
  %".741" = call i16 @"llvm.bswap.i16"(i16 %".740")
  %".742" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".741", ptr %".742", align 2
  %".744" = add i64 %"cursor.13", 4
  %".745" = trunc i64 %"cursor.13" to i16
  %".746" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".745", ptr %".746", align 2
  br label %"return"
exit.26:
  %".752" = trunc i64 %"cursor.14" to i16
  %".753" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".752", ptr %".753", align 2
  br label %"return"
cont.26:
  %".756" = getelementptr i8, ptr %"hdr.12", i64 0
  %".757" = load i32, ptr %".756", align 4
  %".758" = call i32 @"llvm.bswap.i32"(i32 %".757")
  %".759" = zext i32 %".758" to i64
  %".760" = lshr i64 %".759", 16
  %".761" = trunc i64 %".760" to i16
  %".762" = call i16 @"llvm.bswap.i16"(i16 %".761")
  %".763" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".762", ptr %".763", align 2
  %".765" = call i32 @"llvm.bswap.i32"(i32 %".757")
  %".766" = zext i32 %".765" to i64
  %".767" = and i64 %".766", 65535
  %".768" = trunc i64 %".767" to i16
  %".769" = call i16 @"llvm.bswap.i16"(i16 %".768")
  %".770" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".769", ptr %".770", align 2
  %".772" = add i64 %"cursor.14", 4
  %".773" = trunc i64 %"cursor.14" to i16
  %".774" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".773", ptr %".774", align 2
  br label %"return"
exit.27:
  %".780" = trunc i64 %"cursor.15" to i16
  %".781" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".780", ptr %".781", align 2
  br label %"return"
cont.27:
  %".784" = getelementptr i8, ptr %"hdr.13", i64 4
  %".785" = load i32, ptr %".784", align 4
  %".786" = call i32 @"llvm.bswap.i32"(i32 %".785")
  %".787" = zext i32 %".786" to i64
  %".788" = lshr i64 %".787", 16
  %".789" = trunc i64 %".788" to i16
  %".790" = call i16 @"llvm.bswap.i16"(i16 %".789")
  %".791" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".790", ptr %".791", align 2
  %".793" = call i32 @"llvm.bswap.i32"(i32 %".785")
  %".794" = zext i32 %".793" to i64
  %".795" = and i64 %".794", 65535
  %".796" = trunc i64 %".795" to i16
  %".797" = call i16 @"llvm.bswap.i16"(i16 %".796")
  %".798" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".797", ptr %".798", align 2
  %".800" = add i64 %"cursor.15", 8
  %".801" = trunc i64 %"cursor.15" to i16
  %".802" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".801", ptr %".802", align 2
  br label %"return"
exit.28:
  %".808" = trunc i64 %"cursor.16" to i16
  %".809" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".808", ptr %".809", align 2
  br label %"return"
cont.28:
  %".812" = add i64 %"cursor.16", 4
  %".813" = trunc i64 %"cursor.16" to i16
  %".814" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".813", ptr %".814", align 2
  br label %"return"
exit.29:
  %".820" = trunc i64 %"cursor.18" to i16
  %".821" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".820", ptr %".821", align 2
  br label %"return"
cont.29:
  %".824" = getelementptr i8, ptr %"hdr.15", i64 0
  %".825" = load i8, ptr %".824", align 1
  %".826" = zext i8 %".825" to i64
  %".827" = and i64 %".826", 15
  %".828" = icmp uge i64 %".827", 5
  %".829" = xor i1 %".828", -1
  br i1 %".829", label %"exit.30", label %"cont.30"
exit.30:
  %".831" = trunc i64 %"cursor.18" to i16
  %".832" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".831", ptr %".832", align 2
  br label %"return"
cont.30:
  %".835" = trunc i64 2048 to i16
  %".836" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".835", ptr %".836", align 2
  %".838" = trunc i64 2048 to i16
  %".839" = call i16 @"llvm.bswap.i16"(i16 %".838")
  %".840" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".839", ptr %".840", align 2
  %".842" = getelementptr i8, ptr %"hdr.15", i64 12
  %".843" = load i32, ptr %".842", align 4
  %".844" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".843", ptr %".844", align 4
  %".846" = getelementptr i8, ptr %"hdr.15", i64 16
  %".847" = load i32, ptr %".846", align 4
  %".848" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".847", ptr %".848", align 4
  %".850" = getelementptr i8, ptr %"hdr.15", i64 9
  %".851" = load i8, ptr %".850", align 1
  %".852" = zext i8 %".851" to i64
  %".853" = trunc i64 %".852" to i8
  %".854" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".853", ptr %".854", align 1
  %".856" = add i64 %"cursor.18", 20
  %".857" = zext i8 %".825" to i64
  %".858" = and i64 %".857", 15
  %".859" = mul i64 %".858", 4
  %".860" = sub i64 %".859", 20
  %".861" = add i64 %".860", 20
  %".862" = getelementptr i8, ptr %"hdr.15", i64 %".861"
  %".863" = icmp ugt ptr %".862", %"data_end"
  br i1 %".863", label %"exit.31", label %"cont.31"
exit.31:
  %".865" = trunc i64 %"cursor.18" to i16
  %".866" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".865", ptr %".866", align 2
  br label %"return"
cont.31:
  %"end.4" = add i64 %"cursor.18", %".861"
  %".869" = getelementptr i8, ptr %"hdr.15", i64 6
  %".870" = load i16, ptr %".869", align 2
  %".871" = call i16 @"llvm.bswap.i16"(i16 %".870")
  %".872" = zext i16 %".871" to i64
  %".873" = and i64 %".872", 16383
  %".874" = icmp ne i64 %".873", 0
  %".875" = call i16 @"llvm.bswap.i16"(i16 %".870")
  %".876" = zext i16 %".875" to i64
  %".877" = and i64 %".876", 8191
  %".878" = icmp eq i64 %".877", 0
  br i1 %".874", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".880" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".880", align 1
  br i1 %".878", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".898" = zext i8 %".851" to i64
  switch i64 %".898", label %"unknown.8" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 132, label %"to_sctp.2" i64 33, label %"to_dccp.2" i64 50, label %"to_esp.2" i64 51, label %"to_ah.2" i64 1, label %"to_icmp.1" i64 137, label %"to_mpls.11" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
first_fragment.1:
  %".887" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".887", align 1
  %".889" = and i32 %"flags", 1
  %".890" = icmp ne i32 %".889", 0
  %".891" = xor i1 %".890", -1
  br i1 %".891", label %"exit.32", label %"cont.32"
later_fragment.1:
  %".883" = trunc i64 %"end.4" to i16
  %".884" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".883", ptr %".884", align 2
  br label %"return"
exit.32:
  %".893" = trunc i64 %"end.4" to i16
  %".894" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".893", ptr %".894", align 2
  br label %"return"
cont.32:
  br label %"not_fragment.1"
unknown.8:
  %".900" = trunc i64 %"end.4" to i16
  %".901" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".900", ptr %".901", align 2
  br label %"return"
to_tcp.2:
  %".904" = getelementptr i8, ptr %"keys", i64 2
  %".905" = trunc i64 %"end.4" to i16
  store volatile i16 %".905", ptr %".904", align 2
  %".907" = load volatile i16, ptr %".904", align 2
  %".908" = zext i16 %".907" to i64
  %"cursor.57" = and i64 %".908", 16383
  br label %"tcp"
to_udp.2:
  %".910" = getelementptr i8, ptr %"keys", i64 2
  %".911" = trunc i64 %"end.4" to i16
  store volatile i16 %".911", ptr %".910", align 2
  %".913" = load volatile i16, ptr %".910", align 2
  %".914" = zext i16 %".913" to i64
  %"cursor.58" = and i64 %".914", 16383
  br label %"udp"
to_udplite.2:
  %".916" = getelementptr i8, ptr %"keys", i64 2
  %".917" = trunc i64 %"end.4" to i16
  store volatile i16 %".917", ptr %".916", align 2
  %".919" = load volatile i16, ptr %".916", align 2
  %".920" = zext i16 %".919" to i64
  %"cursor.59" = and i64 %".920", 16383
  br label %"udplite"
to_gre.2:
  %".922" = getelementptr i8, ptr %"keys", i64 2
  %".923" = trunc i64 %"end.4" to i16
  store volatile i16 %".923", ptr %".922", align 2
  %".925" = load volatile i16, ptr %".922", align 2
  %".926" = zext i16 %".925" to i64
  %"cursor.61" = and i64 %".926", 16383
  br label %"gre_d1"
to_sctp.2:
  %".928" = getelementptr i8, ptr %"keys", i64 2
  %".929" = trunc i64 %"end.4" to i16
  store volatile i16 %".929", ptr %".928", align 2
  %".931" = load volatile i16, ptr %".928", align 2
  %".932" = zext i16 %".931" to i64
  %"cursor.62" = and i64 %".932", 16383
  br label %"sctp"
to_dccp.2:
  %".934" = getelementptr i8, ptr %"keys", i64 2
  %".935" = trunc i64 %"end.4" to i16
  store volatile i16 %".935", ptr %".934", align 2
  %".937" = load volatile i16, ptr %".934", align 2
  %".938" = zext i16 %".937" to i64
  %"cursor.63" = and i64 %".938", 16383
  br label %"dccp"
to_esp.2:
  %".940" = getelementptr i8, ptr %"keys", i64 2
  %".941" = trunc i64 %"end.4" to i16
  store volatile i16 %".941", ptr %".940", align 2
  %".943" = load volatile i16, ptr %".940", align 2
  %".944" = zext i16 %".943" to i64
  %"cursor.64" = and i64 %".944", 16383
  br label %"esp"
to_ah.2:
  %".946" = getelementptr i8, ptr %"keys", i64 2
  %".947" = trunc i64 %"end.4" to i16
  store volatile i16 %".947", ptr %".946", align 2
  %".949" = load volatile i16, ptr %".946", align 2
  %".950" = zext i16 %".949" to i64
  %"cursor.65" = and i64 %".950", 16383
  br label %"ah"
to_icmp.1:
  %".952" = getelementptr i8, ptr %"keys", i64 2
  %".953" = trunc i64 %"end.4" to i16
  store volatile i16 %".953", ptr %".952", align 2
  %".955" = load volatile i16, ptr %".952", align 2
  %".956" = zext i16 %".955" to i64
  %"cursor.66" = and i64 %".956", 16383
  br label %"icmp"
to_mpls.11:
  %".958" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".958", align 2
  %".960" = getelementptr i8, ptr %"keys", i64 2
  %".961" = trunc i64 %"end.4" to i16
  store volatile i16 %".961", ptr %".960", align 2
  %".963" = load volatile i16, ptr %".960", align 2
  %".964" = zext i16 %".963" to i64
  %"cursor.67" = and i64 %".964", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.6:
  %".966" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".966", align 1
  %".968" = and i32 %"flags", 4
  %".969" = icmp ne i32 %".968", 0
  br i1 %".969", label %"exit.33", label %"cont.33"
to_ipv6.6:
  %".979" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".979", align 1
  %".981" = and i32 %"flags", 4
  %".982" = icmp ne i32 %".981", 0
  br i1 %".982", label %"exit.34", label %"cont.34"
gre_d1:
  %"cursor.60" = phi  i64 [%"cursor.61", %"to_gre.2"], [%"cursor.77", %"to_gre.3"], [%"cursor.140", %"to_gre.6"], [%"cursor.154", %"to_gre.7"], [%"cursor.215", %"to_gre.10"], [%"cursor.229", %"to_gre.11"], [%"cursor.268", %"to_gre.14"], [%"cursor.278", %"to_gre.15"]
  %"hdr.24" = getelementptr i8, ptr %"data", i64 %"cursor.60"
  %".1665" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1666" = icmp ugt ptr %".1665", %"data_end"
  br i1 %".1666", label %"exit.54", label %"cont.54"
exit.33:
  %".971" = trunc i64 %"end.4" to i16
  %".972" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".971", ptr %".972", align 2
  br label %"return"
cont.33:
  %".975" = trunc i64 %"end.4" to i16
  %".976" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".975", ptr %".976", align 2
  br label %"return"
exit.34:
  %".984" = trunc i64 %"end.4" to i16
  %".985" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".984", ptr %".985", align 2
  br label %"return"
cont.34:
  %".988" = trunc i64 %"end.4" to i16
  %".989" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".988", ptr %".989", align 2
  br label %"return"
exit.35:
  %".995" = trunc i64 %"cursor.20" to i16
  %".996" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".995", ptr %".996", align 2
  br label %"return"
cont.35:
  %".999" = trunc i64 34525 to i16
  %".1000" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".999", ptr %".1000", align 2
  %".1002" = trunc i64 34525 to i16
  %".1003" = call i16 @"llvm.bswap.i16"(i16 %".1002")
  %".1004" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1003", ptr %".1004", align 2
  %".1006" = getelementptr i8, ptr %"hdr.16", i64 8
  %".1007" = load i64, ptr %".1006", align 8
  %".1008" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".1007", ptr %".1008", align 8
  %".1010" = getelementptr i8, ptr %"hdr.16", i64 16
  %".1011" = load i64, ptr %".1010", align 8
  %".1012" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".1011", ptr %".1012", align 8
  %".1014" = getelementptr i8, ptr %"hdr.16", i64 24
  %".1015" = load i64, ptr %".1014", align 8
  %".1016" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".1015", ptr %".1016", align 8
  %".1018" = getelementptr i8, ptr %"hdr.16", i64 32
  %".1019" = load i64, ptr %".1018", align 8
  %".1020" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".1019", ptr %".1020", align 8
  %".1022" = getelementptr i8, ptr %"hdr.16", i64 6
  %".1023" = load i8, ptr %".1022", align 1
  %".1024" = zext i8 %".1023" to i64
  %".1025" = trunc i64 %".1024" to i8
  %".1026" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1025", ptr %".1026", align 1
  %".1028" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1029" = load i32, ptr %".1028", align 4
  %".1030" = call i32 @"llvm.bswap.i32"(i32 %".1029")
  %".1031" = zext i32 %".1030" to i64
  %".1032" = and i64 %".1031", 1048575
  %".1033" = trunc i64 %".1032" to i32
  %".1034" = call i32 @"llvm.bswap.i32"(i32 %".1033")
  %".1035" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".1034", ptr %".1035", align 4
  %".1037" = add i64 %"cursor.20", 40
  %".1038" = call i32 @"llvm.bswap.i32"(i32 %".1029")
  %".1039" = zext i32 %".1038" to i64
  %".1040" = and i64 %".1039", 1048575
  %".1041" = icmp ne i64 %".1040", 0
  %".1042" = and i32 %"flags", 2
  %".1043" = icmp ne i32 %".1042", 0
  %".1044" = and i1 %".1041", %".1043"
  br i1 %".1044", label %"exit.36", label %"cont.36"
exit.36:
  %".1046" = trunc i64 %".1037" to i16
  %".1047" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1046", ptr %".1047", align 2
  br label %"return"
cont.36:
  %".1050" = zext i8 %".1023" to i64
  switch i64 %".1050", label %"unknown.9" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 132, label %"to_sctp.3" i64 33, label %"to_dccp.3" i64 50, label %"to_esp.3" i64 51, label %"to_ah.3" i64 58, label %"to_icmpv6.1" i64 137, label %"to_mpls.12" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.9:
  %".1052" = trunc i64 %".1037" to i16
  %".1053" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1052", ptr %".1053", align 2
  br label %"return"
to_ipv6_opts.3:
  %".1056" = getelementptr i8, ptr %"keys", i64 2
  %".1057" = trunc i64 %".1037" to i16
  store volatile i16 %".1057", ptr %".1056", align 2
  %".1059" = load volatile i16, ptr %".1056", align 2
  %".1060" = zext i16 %".1059" to i64
  %"cursor.69" = and i64 %".1060", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  %".1062" = getelementptr i8, ptr %"keys", i64 2
  %".1063" = trunc i64 %".1037" to i16
  store volatile i16 %".1063", ptr %".1062", align 2
  %".1065" = load volatile i16, ptr %".1062", align 2
  %".1066" = zext i16 %".1065" to i64
  %"cursor.70" = and i64 %".1066", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  %".1068" = getelementptr i8, ptr %"keys", i64 2
  %".1069" = trunc i64 %".1037" to i16
  store volatile i16 %".1069", ptr %".1068", align 2
  %".1071" = load volatile i16, ptr %".1068", align 2
  %".1072" = zext i16 %".1071" to i64
  %"cursor.71" = and i64 %".1072", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  %".1074" = getelementptr i8, ptr %"keys", i64 2
  %".1075" = trunc i64 %".1037" to i16
  store volatile i16 %".1075", ptr %".1074", align 2
  %".1077" = load volatile i16, ptr %".1074", align 2
  %".1078" = zext i16 %".1077" to i64
  %"cursor.73" = and i64 %".1078", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  %".1080" = getelementptr i8, ptr %"keys", i64 2
  %".1081" = trunc i64 %".1037" to i16
  store volatile i16 %".1081", ptr %".1080", align 2
  %".1083" = load volatile i16, ptr %".1080", align 2
  %".1084" = zext i16 %".1083" to i64
  %"cursor.74" = and i64 %".1084", 16383
  br label %"tcp"
to_udp.3:
  %".1086" = getelementptr i8, ptr %"keys", i64 2
  %".1087" = trunc i64 %".1037" to i16
  store volatile i16 %".1087", ptr %".1086", align 2
  %".1089" = load volatile i16, ptr %".1086", align 2
  %".1090" = zext i16 %".1089" to i64
  %"cursor.75" = and i64 %".1090", 16383
  br label %"udp"
to_udplite.3:
  %".1092" = getelementptr i8, ptr %"keys", i64 2
  %".1093" = trunc i64 %".1037" to i16
  store volatile i16 %".1093", ptr %".1092", align 2
  %".1095" = load volatile i16, ptr %".1092", align 2
  %".1096" = zext i16 %".1095" to i64
  %"cursor.76" = and i64 %".1096", 16383
  br label %"udplite"
to_gre.3:
  %".1098" = getelementptr i8, ptr %"keys", i64 2
  %".1099" = trunc i64 %".1037" to i16
  store volatile i16 %".1099", ptr %".1098", align 2
  %".1101" = load volatile i16, ptr %".1098", align 2
  %".1102" = zext i16 %".1101" to i64
  %"cursor.77" = and i64 %".1102", 16383
  br label %"gre_d1"
to_sctp.3:
  %".1104" = getelementptr i8, ptr %"keys", i64 2
  %".1105" = trunc i64 %".1037" to i16
  store volatile i16 %".1105", ptr %".1104", align 2
  %".1107" = load volatile i16, ptr %".1104", align 2
  %".1108" = zext i16 %".1107" to i64
  %"cursor.78" = and i64 %".1108", 16383
  br label %"sctp"
to_dccp.3:
  %".1110" = getelementptr i8, ptr %"keys", i64 2
  %".1111" = trunc i64 %".1037" to i16
  store volatile i16 %".1111", ptr %".1110", align 2
  %".1113" = load volatile i16, ptr %".1110", align 2
  %".1114" = zext i16 %".1113" to i64
  %"cursor.79" = and i64 %".1114", 16383
  br label %"dccp"
to_esp.3:
  %".1116" = getelementptr i8, ptr %"keys", i64 2
  %".1117" = trunc i64 %".1037" to i16
  store volatile i16 %".1117", ptr %".1116", align 2
  %".1119" = load volatile i16, ptr %".1116", align 2
  %".1120" = zext i16 %".1119" to i64
  %"cursor.80" = and i64 %".1120", 16383
  br label %"esp"
to_ah.3:
  %".1122" = getelementptr i8, ptr %"keys", i64 2
  %".1123" = trunc i64 %".1037" to i16
  store volatile i16 %".1123", ptr %".1122", align 2
  %".1125" = load volatile i16, ptr %".1122", align 2
  %".1126" = zext i16 %".1125" to i64
  %"cursor.81" = and i64 %".1126", 16383
  br label %"ah"
to_icmpv6.1:
  %".1128" = getelementptr i8, ptr %"keys", i64 2
  %".1129" = trunc i64 %".1037" to i16
  store volatile i16 %".1129", ptr %".1128", align 2
  %".1131" = load volatile i16, ptr %".1128", align 2
  %".1132" = zext i16 %".1131" to i64
  %"cursor.82" = and i64 %".1132", 16383
  br label %"icmpv6"
to_mpls.12:
  %".1134" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1134", align 2
  %".1136" = getelementptr i8, ptr %"keys", i64 2
  %".1137" = trunc i64 %".1037" to i16
  store volatile i16 %".1137", ptr %".1136", align 2
  %".1139" = load volatile i16, ptr %".1136", align 2
  %".1140" = zext i16 %".1139" to i64
  %"cursor.83" = and i64 %".1140", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.7:
  %".1142" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1142", align 1
  %".1144" = and i32 %"flags", 4
  %".1145" = icmp ne i32 %".1144", 0
  br i1 %".1145", label %"exit.37", label %"cont.37"
to_ipv6.7:
  %".1155" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1155", align 1
  %".1157" = and i32 %"flags", 4
  %".1158" = icmp ne i32 %".1157", 0
  br i1 %".1158", label %"exit.38", label %"cont.38"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.68" = phi  i64 [%"cursor.69", %"to_ipv6_opts.3"], [%"cursor.70", %"to_ipv6_opts.4"], [%"cursor.71", %"to_ipv6_opts.5"]
  %"hdr.25" = getelementptr i8, ptr %"data", i64 %"cursor.68"
  %".1754" = getelementptr i8, ptr %"hdr.25", i64 2
  %".1755" = icmp ugt ptr %".1754", %"data_end"
  br i1 %".1755", label %"exit.58", label %"cont.58"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.72" = phi  i64 [%"cursor.73", %"to_ipv6_frag.1"]
  %"hdr.26" = getelementptr i8, ptr %"data", i64 %"cursor.72"
  %".1899" = getelementptr i8, ptr %"hdr.26", i64 8
  %".1900" = icmp ugt ptr %".1899", %"data_end"
  br i1 %".1900", label %"exit.62", label %"cont.62"
exit.37:
  %".1147" = trunc i64 %".1037" to i16
  %".1148" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1147", ptr %".1148", align 2
  br label %"return"
cont.37:
  %".1151" = trunc i64 %".1037" to i16
  %".1152" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1151", ptr %".1152", align 2
  br label %"return"
exit.38:
  %".1160" = trunc i64 %".1037" to i16
  %".1161" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1160", ptr %".1161", align 2
  br label %"return"
cont.38:
  %".1164" = trunc i64 %".1037" to i16
  %".1165" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1164", ptr %".1165", align 2
  br label %"return"
exit.39:
  %".1171" = trunc i64 %"cursor.22" to i16
  %".1172" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1171", ptr %".1172", align 2
  br label %"return"
cont.39:
  %".1175" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1176" = load i8, ptr %".1175", align 1
  %".1177" = zext i8 %".1176" to i64
  %".1178" = trunc i64 %".1177" to i8
  %".1179" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1178", ptr %".1179", align 1
  %".1181" = add i64 %"cursor.22", 2
  %".1182" = getelementptr i8, ptr %"hdr.17", i64 1
  %".1183" = load i8, ptr %".1182", align 1
  %".1184" = zext i8 %".1183" to i64
  %".1185" = mul i64 %".1184", 8
  %".1186" = add i64 %".1185", 6
  %".1187" = add i64 %".1186", 2
  %".1188" = getelementptr i8, ptr %"hdr.17", i64 %".1187"
  %".1189" = icmp ugt ptr %".1188", %"data_end"
  br i1 %".1189", label %"exit.40", label %"cont.40"
exit.40:
  %".1191" = trunc i64 %"cursor.22" to i16
  %".1192" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1191", ptr %".1192", align 2
  br label %"return"
cont.40:
  %"end.5" = add i64 %"cursor.22", %".1187"
  %".1195" = zext i8 %".1176" to i64
  switch i64 %".1195", label %"unknown.10" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 132, label %"to_sctp.4" i64 33, label %"to_dccp.4" i64 50, label %"to_esp.4" i64 51, label %"to_ah.4" i64 58, label %"to_icmpv6.2" i64 137, label %"to_mpls.13" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
unknown.10:
  %".1197" = trunc i64 %"end.5" to i16
  %".1198" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1197", ptr %".1198", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  %".1202" = getelementptr i8, ptr %"keys", i64 2
  %".1203" = trunc i64 %"end.5" to i16
  store volatile i16 %".1203", ptr %".1202", align 2
  %".1205" = load volatile i16, ptr %".1202", align 2
  %".1206" = zext i16 %".1205" to i64
  %"cursor.85" = and i64 %".1206", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  %".1208" = getelementptr i8, ptr %"keys", i64 2
  %".1209" = trunc i64 %"end.5" to i16
  store volatile i16 %".1209", ptr %".1208", align 2
  %".1211" = load volatile i16, ptr %".1208", align 2
  %".1212" = zext i16 %".1211" to i64
  %"cursor.86" = and i64 %".1212", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  %".1215" = getelementptr i8, ptr %"keys", i64 2
  %".1216" = trunc i64 %"end.5" to i16
  store volatile i16 %".1216", ptr %".1215", align 2
  %".1218" = load volatile i16, ptr %".1215", align 2
  %".1219" = zext i16 %".1218" to i64
  %"cursor.88" = and i64 %".1219", 16383
  br label %"tcp"
to_udp.4:
  %".1221" = getelementptr i8, ptr %"keys", i64 2
  %".1222" = trunc i64 %"end.5" to i16
  store volatile i16 %".1222", ptr %".1221", align 2
  %".1224" = load volatile i16, ptr %".1221", align 2
  %".1225" = zext i16 %".1224" to i64
  %"cursor.89" = and i64 %".1225", 16383
  br label %"udp"
to_udplite.4:
  %".1227" = getelementptr i8, ptr %"keys", i64 2
  %".1228" = trunc i64 %"end.5" to i16
  store volatile i16 %".1228", ptr %".1227", align 2
  %".1230" = load volatile i16, ptr %".1227", align 2
  %".1231" = zext i16 %".1230" to i64
  %"cursor.90" = and i64 %".1231", 16383
  br label %"udplite"
to_gre.4:
  %".1233" = getelementptr i8, ptr %"keys", i64 2
  %".1234" = trunc i64 %"end.5" to i16
  store volatile i16 %".1234", ptr %".1233", align 2
  %".1236" = load volatile i16, ptr %".1233", align 2
  %".1237" = zext i16 %".1236" to i64
  %"cursor.91" = and i64 %".1237", 16383
  br label %"gre_d0"
to_sctp.4:
  %".1239" = getelementptr i8, ptr %"keys", i64 2
  %".1240" = trunc i64 %"end.5" to i16
  store volatile i16 %".1240", ptr %".1239", align 2
  %".1242" = load volatile i16, ptr %".1239", align 2
  %".1243" = zext i16 %".1242" to i64
  %"cursor.92" = and i64 %".1243", 16383
  br label %"sctp"
to_dccp.4:
  %".1245" = getelementptr i8, ptr %"keys", i64 2
  %".1246" = trunc i64 %"end.5" to i16
  store volatile i16 %".1246", ptr %".1245", align 2
  %".1248" = load volatile i16, ptr %".1245", align 2
  %".1249" = zext i16 %".1248" to i64
  %"cursor.93" = and i64 %".1249", 16383
  br label %"dccp"
to_esp.4:
  %".1251" = getelementptr i8, ptr %"keys", i64 2
  %".1252" = trunc i64 %"end.5" to i16
  store volatile i16 %".1252", ptr %".1251", align 2
  %".1254" = load volatile i16, ptr %".1251", align 2
  %".1255" = zext i16 %".1254" to i64
  %"cursor.94" = and i64 %".1255", 16383
  br label %"esp"
to_ah.4:
  %".1257" = getelementptr i8, ptr %"keys", i64 2
  %".1258" = trunc i64 %"end.5" to i16
  store volatile i16 %".1258", ptr %".1257", align 2
  %".1260" = load volatile i16, ptr %".1257", align 2
  %".1261" = zext i16 %".1260" to i64
  %"cursor.95" = and i64 %".1261", 16383
  br label %"ah"
to_icmpv6.2:
  %".1263" = getelementptr i8, ptr %"keys", i64 2
  %".1264" = trunc i64 %"end.5" to i16
  store volatile i16 %".1264", ptr %".1263", align 2
  %".1266" = load volatile i16, ptr %".1263", align 2
  %".1267" = zext i16 %".1266" to i64
  %"cursor.96" = and i64 %".1267", 16383
  br label %"icmpv6"
to_mpls.13:
  %".1269" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1269", align 2
  %".1271" = getelementptr i8, ptr %"keys", i64 2
  %".1272" = trunc i64 %"end.5" to i16
  store volatile i16 %".1272", ptr %".1271", align 2
  %".1274" = load volatile i16, ptr %".1271", align 2
  %".1275" = zext i16 %".1274" to i64
  %"cursor.97" = and i64 %".1275", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.8:
  %".1277" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1277", align 1
  %".1279" = and i32 %"flags", 4
  %".1280" = icmp ne i32 %".1279", 0
  br i1 %".1280", label %"exit.41", label %"cont.41"
to_ipv6.8:
  %".1292" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1292", align 1
  %".1294" = and i32 %"flags", 4
  %".1295" = icmp ne i32 %".1294", 0
  br i1 %".1295", label %"exit.42", label %"cont.42"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.84" = phi  i64 [%"end.5", %"to_ipv6_opts.6"], [%"cursor.85", %"to_ipv6_opts.7"], [%"cursor.86", %"to_ipv6_opts.8"], [%"cursor.100", %"to_ipv6_opts.9"], [%"cursor.101", %"to_ipv6_opts.10"], [%"cursor.102", %"to_ipv6_opts.11"]
  %"hdr.27" = getelementptr i8, ptr %"data", i64 %"cursor.84"
  %".2057" = getelementptr i8, ptr %"hdr.27", i64 2
  %".2058" = icmp ugt ptr %".2057", %"data_end"
  br i1 %".2058", label %"exit.66", label %"cont.66"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.87" = phi  i64 [%"end.5", %"to_ipv6_frag.2"], [%"cursor.103", %"to_ipv6_frag.3"]
  %"hdr.28" = getelementptr i8, ptr %"data", i64 %"cursor.87"
  %".2196" = getelementptr i8, ptr %"hdr.28", i64 8
  %".2197" = icmp ugt ptr %".2196", %"data_end"
  br i1 %".2197", label %"exit.70", label %"cont.70"
exit.41:
  %".1282" = trunc i64 %"end.5" to i16
  %".1283" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1282", ptr %".1283", align 2
  br label %"return"
cont.41:
  %".1286" = getelementptr i8, ptr %"keys", i64 2
  %".1287" = trunc i64 %"end.5" to i16
  store volatile i16 %".1287", ptr %".1286", align 2
  %".1289" = load volatile i16, ptr %".1286", align 2
  %".1290" = zext i16 %".1289" to i64
  %"cursor.98" = and i64 %".1290", 16383
  br label %"ipv4_d1"
exit.42:
  %".1297" = trunc i64 %"end.5" to i16
  %".1298" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1297", ptr %".1298", align 2
  br label %"return"
cont.42:
  %".1301" = getelementptr i8, ptr %"keys", i64 2
  %".1302" = trunc i64 %"end.5" to i16
  store volatile i16 %".1302", ptr %".1301", align 2
  %".1304" = load volatile i16, ptr %".1301", align 2
  %".1305" = zext i16 %".1304" to i64
  %"cursor.99" = and i64 %".1305", 16383
  br label %"ipv6_d1"
exit.43:
  %".1310" = trunc i64 %"cursor.25" to i16
  %".1311" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1310", ptr %".1311", align 2
  br label %"return"
cont.43:
  %".1314" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1315" = load i8, ptr %".1314", align 1
  %".1316" = zext i8 %".1315" to i64
  %".1317" = trunc i64 %".1316" to i8
  %".1318" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1317", ptr %".1318", align 1
  %".1320" = add i64 %"cursor.25", 8
  %".1321" = icmp ne i64 1, 0
  %".1322" = getelementptr i8, ptr %"hdr.18", i64 2
  %".1323" = load i16, ptr %".1322", align 2
  %".1324" = call i16 @"llvm.bswap.i16"(i16 %".1323")
  %".1325" = zext i16 %".1324" to i64
  %".1326" = and i64 %".1325", 65528
  %".1327" = icmp eq i64 %".1326", 0
  br i1 %".1321", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".1329" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1329", align 1
  br i1 %".1327", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".1347" = zext i8 %".1315" to i64
  switch i64 %".1347", label %"unknown.11" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 132, label %"to_sctp.5" i64 33, label %"to_dccp.5" i64 50, label %"to_esp.5" i64 51, label %"to_ah.5" i64 58, label %"to_icmpv6.3" i64 137, label %"to_mpls.14" i64 4, label %"to_ipv4.9" i64 41, label %"to_ipv6.9"]
first_fragment.2:
  %".1336" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1336", align 1
  %".1338" = and i32 %"flags", 1
  %".1339" = icmp ne i32 %".1338", 0
  %".1340" = xor i1 %".1339", -1
  br i1 %".1340", label %"exit.44", label %"cont.44"
later_fragment.2:
  %".1332" = trunc i64 %".1320" to i16
  %".1333" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1332", ptr %".1333", align 2
  br label %"return"
exit.44:
  %".1342" = trunc i64 %".1320" to i16
  %".1343" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1342", ptr %".1343", align 2
  br label %"return"
cont.44:
  br label %"not_fragment.2"
unknown.11:
  %".1349" = trunc i64 %".1320" to i16
  %".1350" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1349", ptr %".1350", align 2
  br label %"return"
to_ipv6_opts.9:
  %".1353" = getelementptr i8, ptr %"keys", i64 2
  %".1354" = trunc i64 %".1320" to i16
  store volatile i16 %".1354", ptr %".1353", align 2
  %".1356" = load volatile i16, ptr %".1353", align 2
  %".1357" = zext i16 %".1356" to i64
  %"cursor.100" = and i64 %".1357", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  %".1359" = getelementptr i8, ptr %"keys", i64 2
  %".1360" = trunc i64 %".1320" to i16
  store volatile i16 %".1360", ptr %".1359", align 2
  %".1362" = load volatile i16, ptr %".1359", align 2
  %".1363" = zext i16 %".1362" to i64
  %"cursor.101" = and i64 %".1363", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  %".1365" = getelementptr i8, ptr %"keys", i64 2
  %".1366" = trunc i64 %".1320" to i16
  store volatile i16 %".1366", ptr %".1365", align 2
  %".1368" = load volatile i16, ptr %".1365", align 2
  %".1369" = zext i16 %".1368" to i64
  %"cursor.102" = and i64 %".1369", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  %".1371" = getelementptr i8, ptr %"keys", i64 2
  %".1372" = trunc i64 %".1320" to i16
  store volatile i16 %".1372", ptr %".1371", align 2
  %".1374" = load volatile i16, ptr %".1371", align 2
  %".1375" = zext i16 %".1374" to i64
  %"cursor.103" = and i64 %".1375", 16383
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  %".1377" = getelementptr i8, ptr %"keys", i64 2
  %".1378" = trunc i64 %".1320" to i16
  store volatile i16 %".1378", ptr %".1377", align 2
  %".1380" = load volatile i16, ptr %".1377", align 2
  %".1381" = zext i16 %".1380" to i64
  %"cursor.104" = and i64 %".1381", 16383
  br label %"tcp"
to_udp.5:
  %".1383" = getelementptr i8, ptr %"keys", i64 2
  %".1384" = trunc i64 %".1320" to i16
  store volatile i16 %".1384", ptr %".1383", align 2
  %".1386" = load volatile i16, ptr %".1383", align 2
  %".1387" = zext i16 %".1386" to i64
  %"cursor.105" = and i64 %".1387", 16383
  br label %"udp"
to_udplite.5:
  %".1389" = getelementptr i8, ptr %"keys", i64 2
  %".1390" = trunc i64 %".1320" to i16
  store volatile i16 %".1390", ptr %".1389", align 2
  %".1392" = load volatile i16, ptr %".1389", align 2
  %".1393" = zext i16 %".1392" to i64
  %"cursor.106" = and i64 %".1393", 16383
  br label %"udplite"
to_gre.5:
  %".1395" = getelementptr i8, ptr %"keys", i64 2
  %".1396" = trunc i64 %".1320" to i16
  store volatile i16 %".1396", ptr %".1395", align 2
  %".1398" = load volatile i16, ptr %".1395", align 2
  %".1399" = zext i16 %".1398" to i64
  %"cursor.107" = and i64 %".1399", 16383
  br label %"gre_d0"
to_sctp.5:
  %".1401" = getelementptr i8, ptr %"keys", i64 2
  %".1402" = trunc i64 %".1320" to i16
  store volatile i16 %".1402", ptr %".1401", align 2
  %".1404" = load volatile i16, ptr %".1401", align 2
  %".1405" = zext i16 %".1404" to i64
  %"cursor.108" = and i64 %".1405", 16383
  br label %"sctp"
to_dccp.5:
  %".1407" = getelementptr i8, ptr %"keys", i64 2
  %".1408" = trunc i64 %".1320" to i16
  store volatile i16 %".1408", ptr %".1407", align 2
  %".1410" = load volatile i16, ptr %".1407", align 2
  %".1411" = zext i16 %".1410" to i64
  %"cursor.109" = and i64 %".1411", 16383
  br label %"dccp"
to_esp.5:
  %".1413" = getelementptr i8, ptr %"keys", i64 2
  %".1414" = trunc i64 %".1320" to i16
  store volatile i16 %".1414", ptr %".1413", align 2
  %".1416" = load volatile i16, ptr %".1413", align 2
  %".1417" = zext i16 %".1416" to i64
  %"cursor.110" = and i64 %".1417", 16383
  br label %"esp"
to_ah.5:
  %".1419" = getelementptr i8, ptr %"keys", i64 2
  %".1420" = trunc i64 %".1320" to i16
  store volatile i16 %".1420", ptr %".1419", align 2
  %".1422" = load volatile i16, ptr %".1419", align 2
  %".1423" = zext i16 %".1422" to i64
  %"cursor.111" = and i64 %".1423", 16383
  br label %"ah"
to_icmpv6.3:
  %".1425" = getelementptr i8, ptr %"keys", i64 2
  %".1426" = trunc i64 %".1320" to i16
  store volatile i16 %".1426", ptr %".1425", align 2
  %".1428" = load volatile i16, ptr %".1425", align 2
  %".1429" = zext i16 %".1428" to i64
  %"cursor.112" = and i64 %".1429", 16383
  br label %"icmpv6"
to_mpls.14:
  %".1431" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1431", align 2
  %".1433" = getelementptr i8, ptr %"keys", i64 2
  %".1434" = trunc i64 %".1320" to i16
  store volatile i16 %".1434", ptr %".1433", align 2
  %".1436" = load volatile i16, ptr %".1433", align 2
  %".1437" = zext i16 %".1436" to i64
  %"cursor.113" = and i64 %".1437", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.9:
  %".1439" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1439", align 1
  %".1441" = and i32 %"flags", 4
  %".1442" = icmp ne i32 %".1441", 0
  br i1 %".1442", label %"exit.45", label %"cont.45"
to_ipv6.9:
  %".1454" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1454", align 1
  %".1456" = and i32 %"flags", 4
  %".1457" = icmp ne i32 %".1456", 0
  br i1 %".1457", label %"exit.46", label %"cont.46"
exit.45:
  %".1444" = trunc i64 %".1320" to i16
  %".1445" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1444", ptr %".1445", align 2
  br label %"return"
cont.45:
  %".1448" = getelementptr i8, ptr %"keys", i64 2
  %".1449" = trunc i64 %".1320" to i16
  store volatile i16 %".1449", ptr %".1448", align 2
  %".1451" = load volatile i16, ptr %".1448", align 2
  %".1452" = zext i16 %".1451" to i64
  %"cursor.114" = and i64 %".1452", 16383
  br label %"ipv4_d1"
exit.46:
  %".1459" = trunc i64 %".1320" to i16
  %".1460" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1459", ptr %".1460", align 2
  br label %"return"
cont.46:
  %".1463" = getelementptr i8, ptr %"keys", i64 2
  %".1464" = trunc i64 %".1320" to i16
  store volatile i16 %".1464", ptr %".1463", align 2
  %".1466" = load volatile i16, ptr %".1463", align 2
  %".1467" = zext i16 %".1466" to i64
  %"cursor.115" = and i64 %".1467", 16383
  br label %"ipv6_d1"
exit.47:
  %".1472" = trunc i64 %"cursor.34" to i16
  %".1473" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1472", ptr %".1473", align 2
  br label %"return"
cont.47:
  %".1476" = add i64 %"cursor.34", 4
  %".1477" = trunc i64 %"cursor.34" to i16
  %".1478" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1477", ptr %".1478", align 2
  br label %"return"
exit.48:
  %".1484" = trunc i64 %"cursor.40" to i16
  %".1485" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1484", ptr %".1485", align 2
  br label %"return"
cont.48:
  %".1488" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1489" = load i16, ptr %".1488", align 2
  %".1490" = call i16 @"llvm.bswap.i16"(i16 %".1489")
  %".1491" = zext i16 %".1490" to i64
  %".1492" = trunc i64 %".1491" to i16
  %".1493" = call i16 @"llvm.bswap.i16"(i16 %".1492")
  %".1494" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1493", ptr %".1494", align 2
  %".1496" = add i64 %"cursor.40", 4
  %".1497" = trunc i64 %".1496" to i16
  %".1498" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1497", ptr %".1498", align 2
  %".1500" = call i16 @"llvm.bswap.i16"(i16 %".1489")
  %".1501" = zext i16 %".1500" to i64
  switch i64 %".1501", label %"unknown.12" [i64 2048, label %"to_ipv4.10" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5" i64 34887, label %"to_mpls.15" i64 34888, label %"to_mpls.16" i64 34916, label %"to_pppoe.2"]
unknown.12:
  %".1503" = trunc i64 %".1496" to i16
  %".1504" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1503", ptr %".1504", align 2
  br label %"return"
to_ipv4.10:
  %".1507" = getelementptr i8, ptr %"keys", i64 2
  %".1508" = trunc i64 %".1496" to i16
  store volatile i16 %".1508", ptr %".1507", align 2
  %".1510" = load volatile i16, ptr %".1507", align 2
  %".1511" = zext i16 %".1510" to i64
  %"cursor.116" = and i64 %".1511", 16383
  br label %"ipv4_d0"
to_ipv6.10:
  %".1513" = getelementptr i8, ptr %"keys", i64 2
  %".1514" = trunc i64 %".1496" to i16
  store volatile i16 %".1514", ptr %".1513", align 2
  %".1516" = load volatile i16, ptr %".1513", align 2
  %".1517" = zext i16 %".1516" to i64
  %"cursor.117" = and i64 %".1517", 16383
  br label %"ipv6_d0"
to_vlan.4:
  %".1519" = trunc i64 %".1496" to i16
  %".1520" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1519", ptr %".1520", align 2
  br label %"return"
to_vlan.5:
  %".1523" = trunc i64 %".1496" to i16
  %".1524" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1523", ptr %".1524", align 2
  br label %"return"
to_mpls.15:
  %".1527" = getelementptr i8, ptr %"keys", i64 2
  %".1528" = trunc i64 %".1496" to i16
  store volatile i16 %".1528", ptr %".1527", align 2
  %".1530" = load volatile i16, ptr %".1527", align 2
  %".1531" = zext i16 %".1530" to i64
  %"cursor.118" = and i64 %".1531", 16383
  br label %"mpls_mpls_labels1"
to_mpls.16:
  %".1533" = getelementptr i8, ptr %"keys", i64 2
  %".1534" = trunc i64 %".1496" to i16
  store volatile i16 %".1534", ptr %".1533", align 2
  %".1536" = load volatile i16, ptr %".1533", align 2
  %".1537" = zext i16 %".1536" to i64
  %"cursor.119" = and i64 %".1537", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.2:
  %".1539" = getelementptr i8, ptr %"keys", i64 2
  %".1540" = trunc i64 %".1496" to i16
  store volatile i16 %".1540", ptr %".1539", align 2
  %".1542" = load volatile i16, ptr %".1539", align 2
  %".1543" = zext i16 %".1542" to i64
  %"cursor.120" = and i64 %".1543", 16383
  br label %"pppoe_d0"
exit.49:
  %".1548" = trunc i64 %"cursor.45" to i16
  %".1549" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1548", ptr %".1549", align 2
  br label %"return"
cont.49:
  %".1552" = add i64 %"cursor.45", 4
  %".1553" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1554" = load i8, ptr %".1553", align 1
  %".1555" = zext i8 %".1554" to i64
  %".1556" = and i64 %".1555", 1
  switch i64 %".1556", label %"unknown.13" [i64 0, label %"to_mpls.17"]
unknown.13:
  %".1558" = trunc i64 %".1552" to i16
  %".1559" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1558", ptr %".1559", align 2
  br label %"return"
to_mpls.17:
  br label %"mpls_mpls_labels3"
mpls_mpls_labels3:
  %"cursor.121" = phi  i64 [%".1552", %"to_mpls.17"]
  %"hdr.29" = getelementptr i8, ptr %"data", i64 %"cursor.121"
  %".2358" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2359" = icmp ugt ptr %".2358", %"data_end"
  br i1 %".2359", label %"exit.74", label %"cont.74"
exit.50:
  %".1566" = trunc i64 %"cursor.50" to i16
  %".1567" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1566", ptr %".1567", align 2
  br label %"return"
cont.50:
  %".1570" = getelementptr i8, ptr %"hdr.22", i64 12
  %".1571" = load i8, ptr %".1570", align 1
  %".1572" = zext i8 %".1571" to i64
  %".1573" = lshr i64 %".1572", 4
  %".1574" = and i64 %".1573", 15
  %".1575" = icmp uge i64 %".1574", 5
  %".1576" = xor i1 %".1575", -1
  br i1 %".1576", label %"exit.51", label %"cont.51"
exit.51:
  %".1578" = trunc i64 %"cursor.50" to i16
  %".1579" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1578", ptr %".1579", align 2
  br label %"return"
cont.51:
  %".1582" = add i64 %"cursor.50", 20
  %".1583" = zext i8 %".1571" to i64
  %".1584" = lshr i64 %".1583", 4
  %".1585" = and i64 %".1584", 15
  %".1586" = mul i64 %".1585", 4
  %".1587" = sub i64 %".1586", 20
  %".1588" = add i64 %".1587", 20
  %".1589" = getelementptr i8, ptr %"hdr.22", i64 %".1588"
  %".1590" = icmp ugt ptr %".1589", %"data_end"
  br i1 %".1590", label %"exit.52", label %"cont.52"
exit.52:
  %".1592" = trunc i64 %"cursor.50" to i16
  %".1593" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1592", ptr %".1593", align 2
  br label %"return"
cont.52:
  %"end.6" = add i64 %"cursor.50", %".1588"
  %".1596" = trunc i64 %"cursor.50" to i16
  %".1597" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1596", ptr %".1597", align 2
  br label %"return"
exit.53:
  %".1603" = trunc i64 %"cursor.53" to i16
  %".1604" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1603", ptr %".1604", align 2
  br label %"return"
cont.53:
  %".1607" = getelementptr i8, ptr %"hdr.23", i64 12
  %".1608" = load i16, ptr %".1607", align 2
  %".1609" = call i16 @"llvm.bswap.i16"(i16 %".1608")
  %".1610" = zext i16 %".1609" to i64
  %".1611" = trunc i64 %".1610" to i16
  %".1612" = call i16 @"llvm.bswap.i16"(i16 %".1611")
  %".1613" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1612", ptr %".1613", align 2
  %".1615" = add i64 %"cursor.53", 14
  %".1616" = call i16 @"llvm.bswap.i16"(i16 %".1608")
  %".1617" = zext i16 %".1616" to i64
  switch i64 %".1617", label %"unknown.14" [i64 2048, label %"to_ipv4.11" i64 34525, label %"to_ipv6.11" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7" i64 34887, label %"to_mpls.18" i64 34888, label %"to_mpls.19" i64 34916, label %"to_pppoe.3"]
unknown.14:
  %".1619" = trunc i64 %".1615" to i16
  %".1620" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1619", ptr %".1620", align 2
  br label %"return"
to_ipv4.11:
  %".1623" = getelementptr i8, ptr %"keys", i64 2
  %".1624" = trunc i64 %".1615" to i16
  store volatile i16 %".1624", ptr %".1623", align 2
  %".1626" = load volatile i16, ptr %".1623", align 2
  %".1627" = zext i16 %".1626" to i64
  %"cursor.122" = and i64 %".1627", 16383
  br label %"ipv4_d1"
to_ipv6.11:
  %".1629" = getelementptr i8, ptr %"keys", i64 2
  %".1630" = trunc i64 %".1615" to i16
  store volatile i16 %".1630", ptr %".1629", align 2
  %".1632" = load volatile i16, ptr %".1629", align 2
  %".1633" = zext i16 %".1632" to i64
  %"cursor.123" = and i64 %".1633", 16383
  br label %"ipv6_d1"
to_vlan.6:
  %".1635" = getelementptr i8, ptr %"keys", i64 2
  %".1636" = trunc i64 %".1615" to i16
  store volatile i16 %".1636", ptr %".1635", align 2
  %".1638" = load volatile i16, ptr %".1635", align 2
  %".1639" = zext i16 %".1638" to i64
  %"cursor.125" = and i64 %".1639", 16383
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  %".1641" = getelementptr i8, ptr %"keys", i64 2
  %".1642" = trunc i64 %".1615" to i16
  store volatile i16 %".1642", ptr %".1641", align 2
  %".1644" = load volatile i16, ptr %".1641", align 2
  %".1645" = zext i16 %".1644" to i64
  %"cursor.126" = and i64 %".1645", 16383
  br label %"vlan_d1_vlan_tags1"
to_mpls.18:
  %".1647" = getelementptr i8, ptr %"keys", i64 2
  %".1648" = trunc i64 %".1615" to i16
  store volatile i16 %".1648", ptr %".1647", align 2
  %".1650" = load volatile i16, ptr %".1647", align 2
  %".1651" = zext i16 %".1650" to i64
  %"cursor.127" = and i64 %".1651", 16383
  br label %"mpls_mpls_labels1"
to_mpls.19:
  %".1653" = getelementptr i8, ptr %"keys", i64 2
  %".1654" = trunc i64 %".1615" to i16
  store volatile i16 %".1654", ptr %".1653", align 2
  %".1656" = load volatile i16, ptr %".1653", align 2
  %".1657" = zext i16 %".1656" to i64
  %"cursor.128" = and i64 %".1657", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.3:
  %".1659" = getelementptr i8, ptr %"keys", i64 2
  %".1660" = trunc i64 %".1615" to i16
  store volatile i16 %".1660", ptr %".1659", align 2
  %".1662" = load volatile i16, ptr %".1659", align 2
  %".1663" = zext i16 %".1662" to i64
  %"cursor.130" = and i64 %".1663", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1:
  %"cursor.124" = phi  i64 [%"cursor.125", %"to_vlan.6"], [%"cursor.126", %"to_vlan.7"]
  %"hdr.30" = getelementptr i8, ptr %"data", i64 %"cursor.124"
  %".2376" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2377" = icmp ugt ptr %".2376", %"data_end"
  br i1 %".2377", label %"exit.75", label %"cont.75"
pppoe_d1:
  %"cursor.129" = phi  i64 [%"cursor.130", %"to_pppoe.3"], [%"cursor.201", %"to_pppoe.4"], [%"cursor.264", %"to_pppoe.5"]
  %"hdr.31" = getelementptr i8, ptr %"data", i64 %"cursor.129"
  %".2444" = getelementptr i8, ptr %"hdr.31", i64 8
  %".2445" = icmp ugt ptr %".2444", %"data_end"
  br i1 %".2445", label %"exit.76", label %"cont.76"
exit.54:
  %".1668" = trunc i64 %"cursor.60" to i16
  %".1669" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1668", ptr %".1669", align 2
  br label %"return"
cont.54:
  %".1672" = getelementptr i8, ptr %"hdr.24", i64 1
  %".1673" = load i8, ptr %".1672", align 1
  %".1674" = zext i8 %".1673" to i64
  %".1675" = and i64 %".1674", 7
  %".1676" = icmp ne i64 %".1675", 0
  %".1677" = getelementptr i8, ptr %"hdr.24", i64 0
  %".1678" = load i8, ptr %".1677", align 1
  %".1679" = zext i8 %".1678" to i64
  %".1680" = lshr i64 %".1679", 6
  %".1681" = and i64 %".1680", 1
  %".1682" = icmp ne i64 %".1681", 0
  %".1683" = or i1 %".1676", %".1682"
  br i1 %".1683", label %"exit.55", label %"cont.55"
exit.55:
  %".1685" = trunc i64 %"cursor.60" to i16
  %".1686" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1685", ptr %".1686", align 2
  br label %"return"
cont.55:
  %".1689" = add i64 %"cursor.60", 4
  %".1690" = zext i8 %".1678" to i64
  %".1691" = lshr i64 %".1690", 7
  %".1692" = and i64 %".1691", 1
  %".1693" = zext i8 %".1678" to i64
  %".1694" = lshr i64 %".1693", 5
  %".1695" = and i64 %".1694", 1
  %".1696" = add i64 %".1692", %".1695"
  %".1697" = zext i8 %".1678" to i64
  %".1698" = lshr i64 %".1697", 4
  %".1699" = and i64 %".1698", 1
  %".1700" = add i64 %".1696", %".1699"
  %".1701" = mul i64 %".1700", 4
  %".1702" = add i64 %".1701", 4
  %".1703" = getelementptr i8, ptr %"hdr.24", i64 %".1702"
  %".1704" = icmp ugt ptr %".1703", %"data_end"
  br i1 %".1704", label %"exit.56", label %"cont.56"
exit.56:
  %".1706" = trunc i64 %"cursor.60" to i16
  %".1707" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1706", ptr %".1707", align 2
  br label %"return"
cont.56:
  %"end.7" = add i64 %"cursor.60", %".1702"
  %".1710" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1710", align 1
  %".1712" = and i32 %"flags", 4
  %".1713" = icmp ne i32 %".1712", 0
  br i1 %".1713", label %"exit.57", label %"cont.57"
exit.57:
  %".1715" = trunc i64 %"end.7" to i16
  %".1716" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1715", ptr %".1716", align 2
  br label %"return"
cont.57:
  %".1719" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1720" = load i16, ptr %".1719", align 2
  %".1721" = call i16 @"llvm.bswap.i16"(i16 %".1720")
  %".1722" = zext i16 %".1721" to i64
  %".1723" = trunc i64 %".1722" to i16
  %".1724" = call i16 @"llvm.bswap.i16"(i16 %".1723")
  %".1725" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1724", ptr %".1725", align 2
  %".1727" = call i16 @"llvm.bswap.i16"(i16 %".1720")
  %".1728" = zext i16 %".1727" to i64
  switch i64 %".1728", label %"unknown.15" [i64 2048, label %"to_ipv4.12" i64 34525, label %"to_ipv6.12" i64 25944, label %"to_ethernet.1" i64 34887, label %"to_mpls.20" i64 34888, label %"to_mpls.21"]
unknown.15:
  %".1730" = trunc i64 %"end.7" to i16
  %".1731" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1730", ptr %".1731", align 2
  br label %"return"
to_ipv4.12:
  %".1734" = trunc i64 %"end.7" to i16
  %".1735" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1734", ptr %".1735", align 2
  br label %"return"
to_ipv6.12:
  %".1738" = trunc i64 %"end.7" to i16
  %".1739" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1738", ptr %".1739", align 2
  br label %"return"
to_ethernet.1:
  %".1742" = trunc i64 %"end.7" to i16
  %".1743" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1742", ptr %".1743", align 2
  br label %"return"
to_mpls.20:
  %".1746" = trunc i64 %"end.7" to i16
  %".1747" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1746", ptr %".1747", align 2
  br label %"return"
to_mpls.21:
  %".1750" = trunc i64 %"end.7" to i16
  %".1751" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1750", ptr %".1751", align 2
  br label %"return"
exit.58:
  %".1757" = trunc i64 %"cursor.68" to i16
  %".1758" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1757", ptr %".1758", align 2
  br label %"return"
cont.58:
  %".1761" = getelementptr i8, ptr %"hdr.25", i64 0
  %".1762" = load i8, ptr %".1761", align 1
  %".1763" = zext i8 %".1762" to i64
  %".1764" = trunc i64 %".1763" to i8
  %".1765" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1764", ptr %".1765", align 1
  %".1767" = add i64 %"cursor.68", 2
  %".1768" = getelementptr i8, ptr %"hdr.25", i64 1
  %".1769" = load i8, ptr %".1768", align 1
  %".1770" = zext i8 %".1769" to i64
  %".1771" = mul i64 %".1770", 8
  %".1772" = add i64 %".1771", 6
  %".1773" = add i64 %".1772", 2
  %".1774" = getelementptr i8, ptr %"hdr.25", i64 %".1773"
  %".1775" = icmp ugt ptr %".1774", %"data_end"
  br i1 %".1775", label %"exit.59", label %"cont.59"
exit.59:
  %".1777" = trunc i64 %"cursor.68" to i16
  %".1778" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1777", ptr %".1778", align 2
  br label %"return"
cont.59:
  %"end.8" = add i64 %"cursor.68", %".1773"
  %".1781" = zext i8 %".1762" to i64
  switch i64 %".1781", label %"unknown.16" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 132, label %"to_sctp.6" i64 33, label %"to_dccp.6" i64 50, label %"to_esp.6" i64 51, label %"to_ah.6" i64 58, label %"to_icmpv6.4" i64 137, label %"to_mpls.22" i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.13"]
unknown.16:
  %".1783" = trunc i64 %"end.8" to i16
  %".1784" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1783", ptr %".1784", align 2
  br label %"return"
to_ipv6_opts.12:
  %".1787" = getelementptr i8, ptr %"keys", i64 2
  %".1788" = trunc i64 %"end.8" to i16
  store volatile i16 %".1788", ptr %".1787", align 2
  %".1790" = load volatile i16, ptr %".1787", align 2
  %".1791" = zext i16 %".1790" to i64
  %"cursor.132" = and i64 %".1791", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  %".1793" = getelementptr i8, ptr %"keys", i64 2
  %".1794" = trunc i64 %"end.8" to i16
  store volatile i16 %".1794", ptr %".1793", align 2
  %".1796" = load volatile i16, ptr %".1793", align 2
  %".1797" = zext i16 %".1796" to i64
  %"cursor.133" = and i64 %".1797", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  %".1799" = getelementptr i8, ptr %"keys", i64 2
  %".1800" = trunc i64 %"end.8" to i16
  store volatile i16 %".1800", ptr %".1799", align 2
  %".1802" = load volatile i16, ptr %".1799", align 2
  %".1803" = zext i16 %".1802" to i64
  %"cursor.134" = and i64 %".1803", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  %".1805" = getelementptr i8, ptr %"keys", i64 2
  %".1806" = trunc i64 %"end.8" to i16
  store volatile i16 %".1806", ptr %".1805", align 2
  %".1808" = load volatile i16, ptr %".1805", align 2
  %".1809" = zext i16 %".1808" to i64
  %"cursor.136" = and i64 %".1809", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  %".1811" = getelementptr i8, ptr %"keys", i64 2
  %".1812" = trunc i64 %"end.8" to i16
  store volatile i16 %".1812", ptr %".1811", align 2
  %".1814" = load volatile i16, ptr %".1811", align 2
  %".1815" = zext i16 %".1814" to i64
  %"cursor.137" = and i64 %".1815", 16383
  br label %"tcp"
to_udp.6:
  %".1817" = getelementptr i8, ptr %"keys", i64 2
  %".1818" = trunc i64 %"end.8" to i16
  store volatile i16 %".1818", ptr %".1817", align 2
  %".1820" = load volatile i16, ptr %".1817", align 2
  %".1821" = zext i16 %".1820" to i64
  %"cursor.138" = and i64 %".1821", 16383
  br label %"udp"
to_udplite.6:
  %".1823" = getelementptr i8, ptr %"keys", i64 2
  %".1824" = trunc i64 %"end.8" to i16
  store volatile i16 %".1824", ptr %".1823", align 2
  %".1826" = load volatile i16, ptr %".1823", align 2
  %".1827" = zext i16 %".1826" to i64
  %"cursor.139" = and i64 %".1827", 16383
  br label %"udplite"
to_gre.6:
  %".1829" = getelementptr i8, ptr %"keys", i64 2
  %".1830" = trunc i64 %"end.8" to i16
  store volatile i16 %".1830", ptr %".1829", align 2
  %".1832" = load volatile i16, ptr %".1829", align 2
  %".1833" = zext i16 %".1832" to i64
  %"cursor.140" = and i64 %".1833", 16383
  br label %"gre_d1"
to_sctp.6:
  %".1835" = getelementptr i8, ptr %"keys", i64 2
  %".1836" = trunc i64 %"end.8" to i16
  store volatile i16 %".1836", ptr %".1835", align 2
  %".1838" = load volatile i16, ptr %".1835", align 2
  %".1839" = zext i16 %".1838" to i64
  %"cursor.141" = and i64 %".1839", 16383
  br label %"sctp"
to_dccp.6:
  %".1841" = getelementptr i8, ptr %"keys", i64 2
  %".1842" = trunc i64 %"end.8" to i16
  store volatile i16 %".1842", ptr %".1841", align 2
  %".1844" = load volatile i16, ptr %".1841", align 2
  %".1845" = zext i16 %".1844" to i64
  %"cursor.142" = and i64 %".1845", 16383
  br label %"dccp"
to_esp.6:
  %".1847" = getelementptr i8, ptr %"keys", i64 2
  %".1848" = trunc i64 %"end.8" to i16
  store volatile i16 %".1848", ptr %".1847", align 2
  %".1850" = load volatile i16, ptr %".1847", align 2
  %".1851" = zext i16 %".1850" to i64
  %"cursor.143" = and i64 %".1851", 16383
  br label %"esp"
to_ah.6:
  %".1853" = getelementptr i8, ptr %"keys", i64 2
  %".1854" = trunc i64 %"end.8" to i16
  store volatile i16 %".1854", ptr %".1853", align 2
  %".1856" = load volatile i16, ptr %".1853", align 2
  %".1857" = zext i16 %".1856" to i64
  %"cursor.144" = and i64 %".1857", 16383
  br label %"ah"
to_icmpv6.4:
  %".1859" = getelementptr i8, ptr %"keys", i64 2
  %".1860" = trunc i64 %"end.8" to i16
  store volatile i16 %".1860", ptr %".1859", align 2
  %".1862" = load volatile i16, ptr %".1859", align 2
  %".1863" = zext i16 %".1862" to i64
  %"cursor.145" = and i64 %".1863", 16383
  br label %"icmpv6"
to_mpls.22:
  %".1865" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1865", align 2
  %".1867" = getelementptr i8, ptr %"keys", i64 2
  %".1868" = trunc i64 %"end.8" to i16
  store volatile i16 %".1868", ptr %".1867", align 2
  %".1870" = load volatile i16, ptr %".1867", align 2
  %".1871" = zext i16 %".1870" to i64
  %"cursor.146" = and i64 %".1871", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.13:
  %".1873" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1873", align 1
  %".1875" = and i32 %"flags", 4
  %".1876" = icmp ne i32 %".1875", 0
  br i1 %".1876", label %"exit.60", label %"cont.60"
to_ipv6.13:
  %".1886" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1886", align 1
  %".1888" = and i32 %"flags", 4
  %".1889" = icmp ne i32 %".1888", 0
  br i1 %".1889", label %"exit.61", label %"cont.61"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.131" = phi  i64 [%"cursor.132", %"to_ipv6_opts.12"], [%"cursor.133", %"to_ipv6_opts.13"], [%"cursor.134", %"to_ipv6_opts.14"], [%"cursor.147", %"to_ipv6_opts.15"], [%"cursor.148", %"to_ipv6_opts.16"], [%"cursor.149", %"to_ipv6_opts.17"]
  %"hdr.32" = getelementptr i8, ptr %"data", i64 %"cursor.131"
  %".2513" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2514" = icmp ugt ptr %".2513", %"data_end"
  br i1 %".2514", label %"exit.78", label %"cont.78"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.135" = phi  i64 [%"cursor.136", %"to_ipv6_frag.4"], [%"cursor.150", %"to_ipv6_frag.5"]
  %"hdr.33" = getelementptr i8, ptr %"data", i64 %"cursor.135"
  %".2658" = getelementptr i8, ptr %"hdr.33", i64 8
  %".2659" = icmp ugt ptr %".2658", %"data_end"
  br i1 %".2659", label %"exit.82", label %"cont.82"
exit.60:
  %".1878" = trunc i64 %"end.8" to i16
  %".1879" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1878", ptr %".1879", align 2
  br label %"return"
cont.60:
  %".1882" = trunc i64 %"end.8" to i16
  %".1883" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1882", ptr %".1883", align 2
  br label %"return"
exit.61:
  %".1891" = trunc i64 %"end.8" to i16
  %".1892" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1891", ptr %".1892", align 2
  br label %"return"
cont.61:
  %".1895" = trunc i64 %"end.8" to i16
  %".1896" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1895", ptr %".1896", align 2
  br label %"return"
exit.62:
  %".1902" = trunc i64 %"cursor.72" to i16
  %".1903" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1902", ptr %".1903", align 2
  br label %"return"
cont.62:
  %".1906" = getelementptr i8, ptr %"hdr.26", i64 0
  %".1907" = load i8, ptr %".1906", align 1
  %".1908" = zext i8 %".1907" to i64
  %".1909" = trunc i64 %".1908" to i8
  %".1910" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1909", ptr %".1910", align 1
  %".1912" = add i64 %"cursor.72", 8
  %".1913" = icmp ne i64 1, 0
  %".1914" = getelementptr i8, ptr %"hdr.26", i64 2
  %".1915" = load i16, ptr %".1914", align 2
  %".1916" = call i16 @"llvm.bswap.i16"(i16 %".1915")
  %".1917" = zext i16 %".1916" to i64
  %".1918" = and i64 %".1917", 65528
  %".1919" = icmp eq i64 %".1918", 0
  br i1 %".1913", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".1921" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1921", align 1
  br i1 %".1919", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".1939" = zext i8 %".1907" to i64
  switch i64 %".1939", label %"unknown.17" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 132, label %"to_sctp.7" i64 33, label %"to_dccp.7" i64 50, label %"to_esp.7" i64 51, label %"to_ah.7" i64 58, label %"to_icmpv6.5" i64 137, label %"to_mpls.23" i64 4, label %"to_ipv4.14" i64 41, label %"to_ipv6.14"]
first_fragment.3:
  %".1928" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1928", align 1
  %".1930" = and i32 %"flags", 1
  %".1931" = icmp ne i32 %".1930", 0
  %".1932" = xor i1 %".1931", -1
  br i1 %".1932", label %"exit.63", label %"cont.63"
later_fragment.3:
  %".1924" = trunc i64 %".1912" to i16
  %".1925" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1924", ptr %".1925", align 2
  br label %"return"
exit.63:
  %".1934" = trunc i64 %".1912" to i16
  %".1935" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1934", ptr %".1935", align 2
  br label %"return"
cont.63:
  br label %"not_fragment.3"
unknown.17:
  %".1941" = trunc i64 %".1912" to i16
  %".1942" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1941", ptr %".1942", align 2
  br label %"return"
to_ipv6_opts.15:
  %".1945" = getelementptr i8, ptr %"keys", i64 2
  %".1946" = trunc i64 %".1912" to i16
  store volatile i16 %".1946", ptr %".1945", align 2
  %".1948" = load volatile i16, ptr %".1945", align 2
  %".1949" = zext i16 %".1948" to i64
  %"cursor.147" = and i64 %".1949", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  %".1951" = getelementptr i8, ptr %"keys", i64 2
  %".1952" = trunc i64 %".1912" to i16
  store volatile i16 %".1952", ptr %".1951", align 2
  %".1954" = load volatile i16, ptr %".1951", align 2
  %".1955" = zext i16 %".1954" to i64
  %"cursor.148" = and i64 %".1955", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  %".1957" = getelementptr i8, ptr %"keys", i64 2
  %".1958" = trunc i64 %".1912" to i16
  store volatile i16 %".1958", ptr %".1957", align 2
  %".1960" = load volatile i16, ptr %".1957", align 2
  %".1961" = zext i16 %".1960" to i64
  %"cursor.149" = and i64 %".1961", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  %".1963" = getelementptr i8, ptr %"keys", i64 2
  %".1964" = trunc i64 %".1912" to i16
  store volatile i16 %".1964", ptr %".1963", align 2
  %".1966" = load volatile i16, ptr %".1963", align 2
  %".1967" = zext i16 %".1966" to i64
  %"cursor.150" = and i64 %".1967", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  %".1969" = getelementptr i8, ptr %"keys", i64 2
  %".1970" = trunc i64 %".1912" to i16
  store volatile i16 %".1970", ptr %".1969", align 2
  %".1972" = load volatile i16, ptr %".1969", align 2
  %".1973" = zext i16 %".1972" to i64
  %"cursor.151" = and i64 %".1973", 16383
  br label %"tcp"
to_udp.7:
  %".1975" = getelementptr i8, ptr %"keys", i64 2
  %".1976" = trunc i64 %".1912" to i16
  store volatile i16 %".1976", ptr %".1975", align 2
  %".1978" = load volatile i16, ptr %".1975", align 2
  %".1979" = zext i16 %".1978" to i64
  %"cursor.152" = and i64 %".1979", 16383
  br label %"udp"
to_udplite.7:
  %".1981" = getelementptr i8, ptr %"keys", i64 2
  %".1982" = trunc i64 %".1912" to i16
  store volatile i16 %".1982", ptr %".1981", align 2
  %".1984" = load volatile i16, ptr %".1981", align 2
  %".1985" = zext i16 %".1984" to i64
  %"cursor.153" = and i64 %".1985", 16383
  br label %"udplite"
to_gre.7:
  %".1987" = getelementptr i8, ptr %"keys", i64 2
  %".1988" = trunc i64 %".1912" to i16
  store volatile i16 %".1988", ptr %".1987", align 2
  %".1990" = load volatile i16, ptr %".1987", align 2
  %".1991" = zext i16 %".1990" to i64
  %"cursor.154" = and i64 %".1991", 16383
  br label %"gre_d1"
to_sctp.7:
  %".1993" = getelementptr i8, ptr %"keys", i64 2
  %".1994" = trunc i64 %".1912" to i16
  store volatile i16 %".1994", ptr %".1993", align 2
  %".1996" = load volatile i16, ptr %".1993", align 2
  %".1997" = zext i16 %".1996" to i64
  %"cursor.155" = and i64 %".1997", 16383
  br label %"sctp"
to_dccp.7:
  %".1999" = getelementptr i8, ptr %"keys", i64 2
  %".2000" = trunc i64 %".1912" to i16
  store volatile i16 %".2000", ptr %".1999", align 2
  %".2002" = load volatile i16, ptr %".1999", align 2
  %".2003" = zext i16 %".2002" to i64
  %"cursor.156" = and i64 %".2003", 16383
  br label %"dccp"
to_esp.7:
  %".2005" = getelementptr i8, ptr %"keys", i64 2
  %".2006" = trunc i64 %".1912" to i16
  store volatile i16 %".2006", ptr %".2005", align 2
  %".2008" = load volatile i16, ptr %".2005", align 2
  %".2009" = zext i16 %".2008" to i64
  %"cursor.157" = and i64 %".2009", 16383
  br label %"esp"
to_ah.7:
  %".2011" = getelementptr i8, ptr %"keys", i64 2
  %".2012" = trunc i64 %".1912" to i16
  store volatile i16 %".2012", ptr %".2011", align 2
  %".2014" = load volatile i16, ptr %".2011", align 2
  %".2015" = zext i16 %".2014" to i64
  %"cursor.158" = and i64 %".2015", 16383
  br label %"ah"
to_icmpv6.5:
  %".2017" = getelementptr i8, ptr %"keys", i64 2
  %".2018" = trunc i64 %".1912" to i16
  store volatile i16 %".2018", ptr %".2017", align 2
  %".2020" = load volatile i16, ptr %".2017", align 2
  %".2021" = zext i16 %".2020" to i64
  %"cursor.159" = and i64 %".2021", 16383
  br label %"icmpv6"
to_mpls.23:
  %".2023" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2023", align 2
  %".2025" = getelementptr i8, ptr %"keys", i64 2
  %".2026" = trunc i64 %".1912" to i16
  store volatile i16 %".2026", ptr %".2025", align 2
  %".2028" = load volatile i16, ptr %".2025", align 2
  %".2029" = zext i16 %".2028" to i64
  %"cursor.160" = and i64 %".2029", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.14:
  %".2031" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2031", align 1
  %".2033" = and i32 %"flags", 4
  %".2034" = icmp ne i32 %".2033", 0
  br i1 %".2034", label %"exit.64", label %"cont.64"
to_ipv6.14:
  %".2044" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2044", align 1
  %".2046" = and i32 %"flags", 4
  %".2047" = icmp ne i32 %".2046", 0
  br i1 %".2047", label %"exit.65", label %"cont.65"
exit.64:
  %".2036" = trunc i64 %".1912" to i16
  %".2037" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2036", ptr %".2037", align 2
  br label %"return"
cont.64:
  %".2040" = trunc i64 %".1912" to i16
  %".2041" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2040", ptr %".2041", align 2
  br label %"return"
exit.65:
  %".2049" = trunc i64 %".1912" to i16
  %".2050" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2049", ptr %".2050", align 2
  br label %"return"
cont.65:
  %".2053" = trunc i64 %".1912" to i16
  %".2054" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2053", ptr %".2054", align 2
  br label %"return"
exit.66:
  %".2060" = trunc i64 %"cursor.84" to i16
  %".2061" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2060", ptr %".2061", align 2
  br label %"return"
cont.66:
  %".2064" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2065" = load i8, ptr %".2064", align 1
  %".2066" = zext i8 %".2065" to i64
  %".2067" = trunc i64 %".2066" to i8
  %".2068" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2067", ptr %".2068", align 1
  %".2070" = add i64 %"cursor.84", 2
  %".2071" = getelementptr i8, ptr %"hdr.27", i64 1
  %".2072" = load i8, ptr %".2071", align 1
  %".2073" = zext i8 %".2072" to i64
  %".2074" = mul i64 %".2073", 8
  %".2075" = add i64 %".2074", 6
  %".2076" = add i64 %".2075", 2
  %".2077" = getelementptr i8, ptr %"hdr.27", i64 %".2076"
  %".2078" = icmp ugt ptr %".2077", %"data_end"
  br i1 %".2078", label %"exit.67", label %"cont.67"
exit.67:
  %".2080" = trunc i64 %"cursor.84" to i16
  %".2081" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2080", ptr %".2081", align 2
  br label %"return"
cont.67:
  %"end.9" = add i64 %"cursor.84", %".2076"
  %".2084" = zext i8 %".2065" to i64
  switch i64 %".2084", label %"unknown.18" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 132, label %"to_sctp.8" i64 33, label %"to_dccp.8" i64 50, label %"to_esp.8" i64 51, label %"to_ah.8" i64 58, label %"to_icmpv6.6" i64 137, label %"to_mpls.24" i64 4, label %"to_ipv4.15" i64 41, label %"to_ipv6.15"]
unknown.18:
  %".2086" = trunc i64 %"end.9" to i16
  %".2087" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2086", ptr %".2087", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  %".2091" = getelementptr i8, ptr %"keys", i64 2
  %".2092" = trunc i64 %"end.9" to i16
  store volatile i16 %".2092", ptr %".2091", align 2
  %".2094" = load volatile i16, ptr %".2091", align 2
  %".2095" = zext i16 %".2094" to i64
  %"cursor.162" = and i64 %".2095", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  %".2097" = getelementptr i8, ptr %"keys", i64 2
  %".2098" = trunc i64 %"end.9" to i16
  store volatile i16 %".2098", ptr %".2097", align 2
  %".2100" = load volatile i16, ptr %".2097", align 2
  %".2101" = zext i16 %".2100" to i64
  %"cursor.163" = and i64 %".2101", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  %".2104" = getelementptr i8, ptr %"keys", i64 2
  %".2105" = trunc i64 %"end.9" to i16
  store volatile i16 %".2105", ptr %".2104", align 2
  %".2107" = load volatile i16, ptr %".2104", align 2
  %".2108" = zext i16 %".2107" to i64
  %"cursor.165" = and i64 %".2108", 16383
  br label %"tcp"
to_udp.8:
  %".2110" = getelementptr i8, ptr %"keys", i64 2
  %".2111" = trunc i64 %"end.9" to i16
  store volatile i16 %".2111", ptr %".2110", align 2
  %".2113" = load volatile i16, ptr %".2110", align 2
  %".2114" = zext i16 %".2113" to i64
  %"cursor.166" = and i64 %".2114", 16383
  br label %"udp"
to_udplite.8:
  %".2116" = getelementptr i8, ptr %"keys", i64 2
  %".2117" = trunc i64 %"end.9" to i16
  store volatile i16 %".2117", ptr %".2116", align 2
  %".2119" = load volatile i16, ptr %".2116", align 2
  %".2120" = zext i16 %".2119" to i64
  %"cursor.167" = and i64 %".2120", 16383
  br label %"udplite"
to_gre.8:
  %".2122" = getelementptr i8, ptr %"keys", i64 2
  %".2123" = trunc i64 %"end.9" to i16
  store volatile i16 %".2123", ptr %".2122", align 2
  %".2125" = load volatile i16, ptr %".2122", align 2
  %".2126" = zext i16 %".2125" to i64
  %"cursor.168" = and i64 %".2126", 16383
  br label %"gre_d0"
to_sctp.8:
  %".2128" = getelementptr i8, ptr %"keys", i64 2
  %".2129" = trunc i64 %"end.9" to i16
  store volatile i16 %".2129", ptr %".2128", align 2
  %".2131" = load volatile i16, ptr %".2128", align 2
  %".2132" = zext i16 %".2131" to i64
  %"cursor.169" = and i64 %".2132", 16383
  br label %"sctp"
to_dccp.8:
  %".2134" = getelementptr i8, ptr %"keys", i64 2
  %".2135" = trunc i64 %"end.9" to i16
  store volatile i16 %".2135", ptr %".2134", align 2
  %".2137" = load volatile i16, ptr %".2134", align 2
  %".2138" = zext i16 %".2137" to i64
  %"cursor.170" = and i64 %".2138", 16383
  br label %"dccp"
to_esp.8:
  %".2140" = getelementptr i8, ptr %"keys", i64 2
  %".2141" = trunc i64 %"end.9" to i16
  store volatile i16 %".2141", ptr %".2140", align 2
  %".2143" = load volatile i16, ptr %".2140", align 2
  %".2144" = zext i16 %".2143" to i64
  %"cursor.171" = and i64 %".2144", 16383
  br label %"esp"
to_ah.8:
  %".2146" = getelementptr i8, ptr %"keys", i64 2
  %".2147" = trunc i64 %"end.9" to i16
  store volatile i16 %".2147", ptr %".2146", align 2
  %".2149" = load volatile i16, ptr %".2146", align 2
  %".2150" = zext i16 %".2149" to i64
  %"cursor.172" = and i64 %".2150", 16383
  br label %"ah"
to_icmpv6.6:
  %".2152" = getelementptr i8, ptr %"keys", i64 2
  %".2153" = trunc i64 %"end.9" to i16
  store volatile i16 %".2153", ptr %".2152", align 2
  %".2155" = load volatile i16, ptr %".2152", align 2
  %".2156" = zext i16 %".2155" to i64
  %"cursor.173" = and i64 %".2156", 16383
  br label %"icmpv6"
to_mpls.24:
  %".2158" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2158", align 2
  %".2160" = getelementptr i8, ptr %"keys", i64 2
  %".2161" = trunc i64 %"end.9" to i16
  store volatile i16 %".2161", ptr %".2160", align 2
  %".2163" = load volatile i16, ptr %".2160", align 2
  %".2164" = zext i16 %".2163" to i64
  %"cursor.174" = and i64 %".2164", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.15:
  %".2166" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2166", align 1
  %".2168" = and i32 %"flags", 4
  %".2169" = icmp ne i32 %".2168", 0
  br i1 %".2169", label %"exit.68", label %"cont.68"
to_ipv6.15:
  %".2181" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2181", align 1
  %".2183" = and i32 %"flags", 4
  %".2184" = icmp ne i32 %".2183", 0
  br i1 %".2184", label %"exit.69", label %"cont.69"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.161" = phi  i64 [%"end.9", %"to_ipv6_opts.18"], [%"cursor.162", %"to_ipv6_opts.19"], [%"cursor.163", %"to_ipv6_opts.20"], [%"cursor.177", %"to_ipv6_opts.21"], [%"cursor.178", %"to_ipv6_opts.22"], [%"cursor.179", %"to_ipv6_opts.23"]
  %"hdr.34" = getelementptr i8, ptr %"data", i64 %"cursor.161"
  %".2816" = getelementptr i8, ptr %"hdr.34", i64 2
  %".2817" = icmp ugt ptr %".2816", %"data_end"
  br i1 %".2817", label %"exit.86", label %"cont.86"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.164" = phi  i64 [%"end.9", %"to_ipv6_frag.6"], [%"cursor.180", %"to_ipv6_frag.7"]
  %"hdr.35" = getelementptr i8, ptr %"data", i64 %"cursor.164"
  %".2957" = getelementptr i8, ptr %"hdr.35", i64 8
  %".2958" = icmp ugt ptr %".2957", %"data_end"
  br i1 %".2958", label %"exit.90", label %"cont.90"
exit.68:
  %".2171" = trunc i64 %"end.9" to i16
  %".2172" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2171", ptr %".2172", align 2
  br label %"return"
cont.68:
  %".2175" = getelementptr i8, ptr %"keys", i64 2
  %".2176" = trunc i64 %"end.9" to i16
  store volatile i16 %".2176", ptr %".2175", align 2
  %".2178" = load volatile i16, ptr %".2175", align 2
  %".2179" = zext i16 %".2178" to i64
  %"cursor.175" = and i64 %".2179", 16383
  br label %"ipv4_d1"
exit.69:
  %".2186" = trunc i64 %"end.9" to i16
  %".2187" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2186", ptr %".2187", align 2
  br label %"return"
cont.69:
  %".2190" = getelementptr i8, ptr %"keys", i64 2
  %".2191" = trunc i64 %"end.9" to i16
  store volatile i16 %".2191", ptr %".2190", align 2
  %".2193" = load volatile i16, ptr %".2190", align 2
  %".2194" = zext i16 %".2193" to i64
  %"cursor.176" = and i64 %".2194", 16383
  br label %"ipv6_d1"
exit.70:
  %".2199" = trunc i64 %"cursor.87" to i16
  %".2200" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2199", ptr %".2200", align 2
  br label %"return"
cont.70:
  %".2203" = getelementptr i8, ptr %"hdr.28", i64 0
  %".2204" = load i8, ptr %".2203", align 1
  %".2205" = zext i8 %".2204" to i64
  %".2206" = trunc i64 %".2205" to i8
  %".2207" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2206", ptr %".2207", align 1
  %".2209" = add i64 %"cursor.87", 8
  %".2210" = icmp ne i64 1, 0
  %".2211" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2212" = load i16, ptr %".2211", align 2
  %".2213" = call i16 @"llvm.bswap.i16"(i16 %".2212")
  %".2214" = zext i16 %".2213" to i64
  %".2215" = and i64 %".2214", 65528
  %".2216" = icmp eq i64 %".2215", 0
  br i1 %".2210", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".2218" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2218", align 1
  br i1 %".2216", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".2236" = zext i8 %".2204" to i64
  switch i64 %".2236", label %"unknown.19" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 132, label %"to_sctp.9" i64 33, label %"to_dccp.9" i64 50, label %"to_esp.9" i64 51, label %"to_ah.9" i64 58, label %"to_icmpv6.7" i64 137, label %"to_mpls.25" i64 4, label %"to_ipv4.16" i64 41, label %"to_ipv6.16"]
first_fragment.4:
  %".2225" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2225", align 1
  %".2227" = and i32 %"flags", 1
  %".2228" = icmp ne i32 %".2227", 0
  %".2229" = xor i1 %".2228", -1
  br i1 %".2229", label %"exit.71", label %"cont.71"
later_fragment.4:
  %".2221" = trunc i64 %".2209" to i16
  %".2222" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2221", ptr %".2222", align 2
  br label %"return"
exit.71:
  %".2231" = trunc i64 %".2209" to i16
  %".2232" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2231", ptr %".2232", align 2
  br label %"return"
cont.71:
  br label %"not_fragment.4"
unknown.19:
  %".2238" = trunc i64 %".2209" to i16
  %".2239" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2238", ptr %".2239", align 2
  br label %"return"
to_ipv6_opts.21:
  %".2242" = getelementptr i8, ptr %"keys", i64 2
  %".2243" = trunc i64 %".2209" to i16
  store volatile i16 %".2243", ptr %".2242", align 2
  %".2245" = load volatile i16, ptr %".2242", align 2
  %".2246" = zext i16 %".2245" to i64
  %"cursor.177" = and i64 %".2246", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  %".2248" = getelementptr i8, ptr %"keys", i64 2
  %".2249" = trunc i64 %".2209" to i16
  store volatile i16 %".2249", ptr %".2248", align 2
  %".2251" = load volatile i16, ptr %".2248", align 2
  %".2252" = zext i16 %".2251" to i64
  %"cursor.178" = and i64 %".2252", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  %".2254" = getelementptr i8, ptr %"keys", i64 2
  %".2255" = trunc i64 %".2209" to i16
  store volatile i16 %".2255", ptr %".2254", align 2
  %".2257" = load volatile i16, ptr %".2254", align 2
  %".2258" = zext i16 %".2257" to i64
  %"cursor.179" = and i64 %".2258", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  %".2260" = getelementptr i8, ptr %"keys", i64 2
  %".2261" = trunc i64 %".2209" to i16
  store volatile i16 %".2261", ptr %".2260", align 2
  %".2263" = load volatile i16, ptr %".2260", align 2
  %".2264" = zext i16 %".2263" to i64
  %"cursor.180" = and i64 %".2264", 16383
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  %".2266" = getelementptr i8, ptr %"keys", i64 2
  %".2267" = trunc i64 %".2209" to i16
  store volatile i16 %".2267", ptr %".2266", align 2
  %".2269" = load volatile i16, ptr %".2266", align 2
  %".2270" = zext i16 %".2269" to i64
  %"cursor.181" = and i64 %".2270", 16383
  br label %"tcp"
to_udp.9:
  %".2272" = getelementptr i8, ptr %"keys", i64 2
  %".2273" = trunc i64 %".2209" to i16
  store volatile i16 %".2273", ptr %".2272", align 2
  %".2275" = load volatile i16, ptr %".2272", align 2
  %".2276" = zext i16 %".2275" to i64
  %"cursor.182" = and i64 %".2276", 16383
  br label %"udp"
to_udplite.9:
  %".2278" = getelementptr i8, ptr %"keys", i64 2
  %".2279" = trunc i64 %".2209" to i16
  store volatile i16 %".2279", ptr %".2278", align 2
  %".2281" = load volatile i16, ptr %".2278", align 2
  %".2282" = zext i16 %".2281" to i64
  %"cursor.183" = and i64 %".2282", 16383
  br label %"udplite"
to_gre.9:
  %".2284" = getelementptr i8, ptr %"keys", i64 2
  %".2285" = trunc i64 %".2209" to i16
  store volatile i16 %".2285", ptr %".2284", align 2
  %".2287" = load volatile i16, ptr %".2284", align 2
  %".2288" = zext i16 %".2287" to i64
  %"cursor.184" = and i64 %".2288", 16383
  br label %"gre_d0"
to_sctp.9:
  %".2290" = getelementptr i8, ptr %"keys", i64 2
  %".2291" = trunc i64 %".2209" to i16
  store volatile i16 %".2291", ptr %".2290", align 2
  %".2293" = load volatile i16, ptr %".2290", align 2
  %".2294" = zext i16 %".2293" to i64
  %"cursor.185" = and i64 %".2294", 16383
  br label %"sctp"
to_dccp.9:
  %".2296" = getelementptr i8, ptr %"keys", i64 2
  %".2297" = trunc i64 %".2209" to i16
  store volatile i16 %".2297", ptr %".2296", align 2
  %".2299" = load volatile i16, ptr %".2296", align 2
  %".2300" = zext i16 %".2299" to i64
  %"cursor.186" = and i64 %".2300", 16383
  br label %"dccp"
to_esp.9:
  %".2302" = getelementptr i8, ptr %"keys", i64 2
  %".2303" = trunc i64 %".2209" to i16
  store volatile i16 %".2303", ptr %".2302", align 2
  %".2305" = load volatile i16, ptr %".2302", align 2
  %".2306" = zext i16 %".2305" to i64
  %"cursor.187" = and i64 %".2306", 16383
  br label %"esp"
to_ah.9:
  %".2308" = getelementptr i8, ptr %"keys", i64 2
  %".2309" = trunc i64 %".2209" to i16
  store volatile i16 %".2309", ptr %".2308", align 2
  %".2311" = load volatile i16, ptr %".2308", align 2
  %".2312" = zext i16 %".2311" to i64
  %"cursor.188" = and i64 %".2312", 16383
  br label %"ah"
to_icmpv6.7:
  %".2314" = getelementptr i8, ptr %"keys", i64 2
  %".2315" = trunc i64 %".2209" to i16
  store volatile i16 %".2315", ptr %".2314", align 2
  %".2317" = load volatile i16, ptr %".2314", align 2
  %".2318" = zext i16 %".2317" to i64
  %"cursor.189" = and i64 %".2318", 16383
  br label %"icmpv6"
to_mpls.25:
  %".2320" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2320", align 2
  %".2322" = getelementptr i8, ptr %"keys", i64 2
  %".2323" = trunc i64 %".2209" to i16
  store volatile i16 %".2323", ptr %".2322", align 2
  %".2325" = load volatile i16, ptr %".2322", align 2
  %".2326" = zext i16 %".2325" to i64
  %"cursor.190" = and i64 %".2326", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.16:
  %".2328" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2328", align 1
  %".2330" = and i32 %"flags", 4
  %".2331" = icmp ne i32 %".2330", 0
  br i1 %".2331", label %"exit.72", label %"cont.72"
to_ipv6.16:
  %".2343" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2343", align 1
  %".2345" = and i32 %"flags", 4
  %".2346" = icmp ne i32 %".2345", 0
  br i1 %".2346", label %"exit.73", label %"cont.73"
exit.72:
  %".2333" = trunc i64 %".2209" to i16
  %".2334" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2333", ptr %".2334", align 2
  br label %"return"
cont.72:
  %".2337" = getelementptr i8, ptr %"keys", i64 2
  %".2338" = trunc i64 %".2209" to i16
  store volatile i16 %".2338", ptr %".2337", align 2
  %".2340" = load volatile i16, ptr %".2337", align 2
  %".2341" = zext i16 %".2340" to i64
  %"cursor.191" = and i64 %".2341", 16383
  br label %"ipv4_d1"
exit.73:
  %".2348" = trunc i64 %".2209" to i16
  %".2349" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2348", ptr %".2349", align 2
  br label %"return"
cont.73:
  %".2352" = getelementptr i8, ptr %"keys", i64 2
  %".2353" = trunc i64 %".2209" to i16
  store volatile i16 %".2353", ptr %".2352", align 2
  %".2355" = load volatile i16, ptr %".2352", align 2
  %".2356" = zext i16 %".2355" to i64
  %"cursor.192" = and i64 %".2356", 16383
  br label %"ipv6_d1"
exit.74:
  %".2361" = trunc i64 %"cursor.121" to i16
  %".2362" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2361", ptr %".2362", align 2
  br label %"return"
cont.74:
  %".2365" = add i64 %"cursor.121", 4
  %".2366" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2367" = load i8, ptr %".2366", align 1
  %".2368" = zext i8 %".2367" to i64
  %".2369" = and i64 %".2368", 1
  switch i64 %".2369", label %"unknown.20" [i64 0, label %"to_mpls.26"]
unknown.20:
  %".2371" = trunc i64 %".2365" to i16
  %".2372" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2371", ptr %".2372", align 2
  br label %"return"
to_mpls.26:
  br label %"mpls_mpls_labels4"
mpls_mpls_labels4:
  %"cursor.193" = phi  i64 [%".2365", %"to_mpls.26"]
  %"hdr.36" = getelementptr i8, ptr %"data", i64 %"cursor.193"
  %".3111" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3112" = icmp ugt ptr %".3111", %"data_end"
  br i1 %".3112", label %"exit.94", label %"cont.94"
exit.75:
  %".2379" = trunc i64 %"cursor.124" to i16
  %".2380" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2379", ptr %".2380", align 2
  br label %"return"
cont.75:
  %".2383" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2384" = load i16, ptr %".2383", align 2
  %".2385" = call i16 @"llvm.bswap.i16"(i16 %".2384")
  %".2386" = zext i16 %".2385" to i64
  %".2387" = trunc i64 %".2386" to i16
  %".2388" = call i16 @"llvm.bswap.i16"(i16 %".2387")
  %".2389" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2388", ptr %".2389", align 2
  %".2391" = add i64 %"cursor.124", 4
  %".2392" = trunc i64 %".2391" to i16
  %".2393" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2392", ptr %".2393", align 2
  %".2395" = call i16 @"llvm.bswap.i16"(i16 %".2384")
  %".2396" = zext i16 %".2395" to i64
  switch i64 %".2396", label %"unknown.21" [i64 2048, label %"to_ipv4.17" i64 34525, label %"to_ipv6.17" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9" i64 34887, label %"to_mpls.27" i64 34888, label %"to_mpls.28" i64 34916, label %"to_pppoe.4"]
unknown.21:
  %".2398" = trunc i64 %".2391" to i16
  %".2399" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2398", ptr %".2399", align 2
  br label %"return"
to_ipv4.17:
  %".2402" = getelementptr i8, ptr %"keys", i64 2
  %".2403" = trunc i64 %".2391" to i16
  store volatile i16 %".2403", ptr %".2402", align 2
  %".2405" = load volatile i16, ptr %".2402", align 2
  %".2406" = zext i16 %".2405" to i64
  %"cursor.194" = and i64 %".2406", 16383
  br label %"ipv4_d1"
to_ipv6.17:
  %".2408" = getelementptr i8, ptr %"keys", i64 2
  %".2409" = trunc i64 %".2391" to i16
  store volatile i16 %".2409", ptr %".2408", align 2
  %".2411" = load volatile i16, ptr %".2408", align 2
  %".2412" = zext i16 %".2411" to i64
  %"cursor.195" = and i64 %".2412", 16383
  br label %"ipv6_d1"
to_vlan.8:
  %".2414" = getelementptr i8, ptr %"keys", i64 2
  %".2415" = trunc i64 %".2391" to i16
  store volatile i16 %".2415", ptr %".2414", align 2
  %".2417" = load volatile i16, ptr %".2414", align 2
  %".2418" = zext i16 %".2417" to i64
  %"cursor.197" = and i64 %".2418", 16383
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  %".2420" = getelementptr i8, ptr %"keys", i64 2
  %".2421" = trunc i64 %".2391" to i16
  store volatile i16 %".2421", ptr %".2420", align 2
  %".2423" = load volatile i16, ptr %".2420", align 2
  %".2424" = zext i16 %".2423" to i64
  %"cursor.198" = and i64 %".2424", 16383
  br label %"vlan_d1_vlan_tags2"
to_mpls.27:
  %".2426" = getelementptr i8, ptr %"keys", i64 2
  %".2427" = trunc i64 %".2391" to i16
  store volatile i16 %".2427", ptr %".2426", align 2
  %".2429" = load volatile i16, ptr %".2426", align 2
  %".2430" = zext i16 %".2429" to i64
  %"cursor.199" = and i64 %".2430", 16383
  br label %"mpls_mpls_labels1"
to_mpls.28:
  %".2432" = getelementptr i8, ptr %"keys", i64 2
  %".2433" = trunc i64 %".2391" to i16
  store volatile i16 %".2433", ptr %".2432", align 2
  %".2435" = load volatile i16, ptr %".2432", align 2
  %".2436" = zext i16 %".2435" to i64
  %"cursor.200" = and i64 %".2436", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.4:
  %".2438" = getelementptr i8, ptr %"keys", i64 2
  %".2439" = trunc i64 %".2391" to i16
  store volatile i16 %".2439", ptr %".2438", align 2
  %".2441" = load volatile i16, ptr %".2438", align 2
  %".2442" = zext i16 %".2441" to i64
  %"cursor.201" = and i64 %".2442", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2:
  %"cursor.196" = phi  i64 [%"cursor.197", %"to_vlan.8"], [%"cursor.198", %"to_vlan.9"]
  %"hdr.37" = getelementptr i8, ptr %"data", i64 %"cursor.196"
  %".3132" = getelementptr i8, ptr %"hdr.37", i64 4
  %".3133" = icmp ugt ptr %".3132", %"data_end"
  br i1 %".3133", label %"exit.95", label %"cont.95"
exit.76:
  %".2447" = trunc i64 %"cursor.129" to i16
  %".2448" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2447", ptr %".2448", align 2
  br label %"return"
cont.76:
  %".2451" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2452" = load i8, ptr %".2451", align 1
  %".2453" = zext i8 %".2452" to i64
  %".2454" = lshr i64 %".2453", 4
  %".2455" = and i64 %".2454", 15
  %".2456" = icmp eq i64 %".2455", 1
  %".2457" = zext i8 %".2452" to i64
  %".2458" = and i64 %".2457", 15
  %".2459" = icmp eq i64 %".2458", 1
  %".2460" = and i1 %".2456", %".2459"
  %".2461" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2462" = load i8, ptr %".2461", align 1
  %".2463" = zext i8 %".2462" to i64
  %".2464" = icmp eq i64 %".2463", 0
  %".2465" = and i1 %".2460", %".2464"
  %".2466" = xor i1 %".2465", -1
  br i1 %".2466", label %"exit.77", label %"cont.77"
exit.77:
  %".2468" = trunc i64 %"cursor.129" to i16
  %".2469" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2468", ptr %".2469", align 2
  br label %"return"
cont.77:
  %".2472" = add i64 %"cursor.129", 8
  %".2473" = trunc i64 %".2472" to i16
  %".2474" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2473", ptr %".2474", align 2
  %".2476" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2477" = load i16, ptr %".2476", align 2
  %".2478" = call i16 @"llvm.bswap.i16"(i16 %".2477")
  %".2479" = zext i16 %".2478" to i64
  switch i64 %".2479", label %"unknown.22" [i64 33, label %"to_ipv4.18" i64 87, label %"to_ipv6.18" i64 641, label %"to_mpls.29" i64 643, label %"to_mpls.30"]
unknown.22:
  %".2481" = trunc i64 %".2472" to i16
  %".2482" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2481", ptr %".2482", align 2
  br label %"return"
to_ipv4.18:
  %".2485" = getelementptr i8, ptr %"keys", i64 2
  %".2486" = trunc i64 %".2472" to i16
  store volatile i16 %".2486", ptr %".2485", align 2
  %".2488" = load volatile i16, ptr %".2485", align 2
  %".2489" = zext i16 %".2488" to i64
  %"cursor.202" = and i64 %".2489", 16383
  br label %"ipv4_d1"
to_ipv6.18:
  %".2491" = getelementptr i8, ptr %"keys", i64 2
  %".2492" = trunc i64 %".2472" to i16
  store volatile i16 %".2492", ptr %".2491", align 2
  %".2494" = load volatile i16, ptr %".2491", align 2
  %".2495" = zext i16 %".2494" to i64
  %"cursor.203" = and i64 %".2495", 16383
  br label %"ipv6_d1"
to_mpls.29:
  %".2497" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2497", align 2
  %".2499" = getelementptr i8, ptr %"keys", i64 2
  %".2500" = trunc i64 %".2472" to i16
  store volatile i16 %".2500", ptr %".2499", align 2
  %".2502" = load volatile i16, ptr %".2499", align 2
  %".2503" = zext i16 %".2502" to i64
  %"cursor.204" = and i64 %".2503", 16383
  br label %"mpls_mpls_labels1"
to_mpls.30:
  %".2505" = getelementptr i8, ptr %"keys", i64 10
  store i16 18568, ptr %".2505", align 2
  %".2507" = getelementptr i8, ptr %"keys", i64 2
  %".2508" = trunc i64 %".2472" to i16
  store volatile i16 %".2508", ptr %".2507", align 2
  %".2510" = load volatile i16, ptr %".2507", align 2
  %".2511" = zext i16 %".2510" to i64
  %"cursor.205" = and i64 %".2511", 16383
  br label %"mpls_mpls_labels1"
exit.78:
  %".2516" = trunc i64 %"cursor.131" to i16
  %".2517" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2516", ptr %".2517", align 2
  br label %"return"
cont.78:
  %".2520" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2521" = load i8, ptr %".2520", align 1
  %".2522" = zext i8 %".2521" to i64
  %".2523" = trunc i64 %".2522" to i8
  %".2524" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2523", ptr %".2524", align 1
  %".2526" = add i64 %"cursor.131", 2
  %".2527" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2528" = load i8, ptr %".2527", align 1
  %".2529" = zext i8 %".2528" to i64
  %".2530" = mul i64 %".2529", 8
  %".2531" = add i64 %".2530", 6
  %".2532" = add i64 %".2531", 2
  %".2533" = getelementptr i8, ptr %"hdr.32", i64 %".2532"
  %".2534" = icmp ugt ptr %".2533", %"data_end"
  br i1 %".2534", label %"exit.79", label %"cont.79"
exit.79:
  %".2536" = trunc i64 %"cursor.131" to i16
  %".2537" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2536", ptr %".2537", align 2
  br label %"return"
cont.79:
  %"end.10" = add i64 %"cursor.131", %".2532"
  %".2540" = zext i8 %".2521" to i64
  switch i64 %".2540", label %"unknown.23" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 132, label %"to_sctp.10" i64 33, label %"to_dccp.10" i64 50, label %"to_esp.10" i64 51, label %"to_ah.10" i64 58, label %"to_icmpv6.8" i64 137, label %"to_mpls.31" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.19"]
unknown.23:
  %".2542" = trunc i64 %"end.10" to i16
  %".2543" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2542", ptr %".2543", align 2
  br label %"return"
to_ipv6_opts.24:
  %".2546" = getelementptr i8, ptr %"keys", i64 2
  %".2547" = trunc i64 %"end.10" to i16
  store volatile i16 %".2547", ptr %".2546", align 2
  %".2549" = load volatile i16, ptr %".2546", align 2
  %".2550" = zext i16 %".2549" to i64
  %"cursor.207" = and i64 %".2550", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  %".2552" = getelementptr i8, ptr %"keys", i64 2
  %".2553" = trunc i64 %"end.10" to i16
  store volatile i16 %".2553", ptr %".2552", align 2
  %".2555" = load volatile i16, ptr %".2552", align 2
  %".2556" = zext i16 %".2555" to i64
  %"cursor.208" = and i64 %".2556", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  %".2558" = getelementptr i8, ptr %"keys", i64 2
  %".2559" = trunc i64 %"end.10" to i16
  store volatile i16 %".2559", ptr %".2558", align 2
  %".2561" = load volatile i16, ptr %".2558", align 2
  %".2562" = zext i16 %".2561" to i64
  %"cursor.209" = and i64 %".2562", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  %".2564" = getelementptr i8, ptr %"keys", i64 2
  %".2565" = trunc i64 %"end.10" to i16
  store volatile i16 %".2565", ptr %".2564", align 2
  %".2567" = load volatile i16, ptr %".2564", align 2
  %".2568" = zext i16 %".2567" to i64
  %"cursor.211" = and i64 %".2568", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  %".2570" = getelementptr i8, ptr %"keys", i64 2
  %".2571" = trunc i64 %"end.10" to i16
  store volatile i16 %".2571", ptr %".2570", align 2
  %".2573" = load volatile i16, ptr %".2570", align 2
  %".2574" = zext i16 %".2573" to i64
  %"cursor.212" = and i64 %".2574", 16383
  br label %"tcp"
to_udp.10:
  %".2576" = getelementptr i8, ptr %"keys", i64 2
  %".2577" = trunc i64 %"end.10" to i16
  store volatile i16 %".2577", ptr %".2576", align 2
  %".2579" = load volatile i16, ptr %".2576", align 2
  %".2580" = zext i16 %".2579" to i64
  %"cursor.213" = and i64 %".2580", 16383
  br label %"udp"
to_udplite.10:
  %".2582" = getelementptr i8, ptr %"keys", i64 2
  %".2583" = trunc i64 %"end.10" to i16
  store volatile i16 %".2583", ptr %".2582", align 2
  %".2585" = load volatile i16, ptr %".2582", align 2
  %".2586" = zext i16 %".2585" to i64
  %"cursor.214" = and i64 %".2586", 16383
  br label %"udplite"
to_gre.10:
  %".2588" = getelementptr i8, ptr %"keys", i64 2
  %".2589" = trunc i64 %"end.10" to i16
  store volatile i16 %".2589", ptr %".2588", align 2
  %".2591" = load volatile i16, ptr %".2588", align 2
  %".2592" = zext i16 %".2591" to i64
  %"cursor.215" = and i64 %".2592", 16383
  br label %"gre_d1"
to_sctp.10:
  %".2594" = getelementptr i8, ptr %"keys", i64 2
  %".2595" = trunc i64 %"end.10" to i16
  store volatile i16 %".2595", ptr %".2594", align 2
  %".2597" = load volatile i16, ptr %".2594", align 2
  %".2598" = zext i16 %".2597" to i64
  %"cursor.216" = and i64 %".2598", 16383
  br label %"sctp"
to_dccp.10:
  %".2600" = getelementptr i8, ptr %"keys", i64 2
  %".2601" = trunc i64 %"end.10" to i16
  store volatile i16 %".2601", ptr %".2600", align 2
  %".2603" = load volatile i16, ptr %".2600", align 2
  %".2604" = zext i16 %".2603" to i64
  %"cursor.217" = and i64 %".2604", 16383
  br label %"dccp"
to_esp.10:
  %".2606" = getelementptr i8, ptr %"keys", i64 2
  %".2607" = trunc i64 %"end.10" to i16
  store volatile i16 %".2607", ptr %".2606", align 2
  %".2609" = load volatile i16, ptr %".2606", align 2
  %".2610" = zext i16 %".2609" to i64
  %"cursor.218" = and i64 %".2610", 16383
  br label %"esp"
to_ah.10:
  %".2612" = getelementptr i8, ptr %"keys", i64 2
  %".2613" = trunc i64 %"end.10" to i16
  store volatile i16 %".2613", ptr %".2612", align 2
  %".2615" = load volatile i16, ptr %".2612", align 2
  %".2616" = zext i16 %".2615" to i64
  %"cursor.219" = and i64 %".2616", 16383
  br label %"ah"
to_icmpv6.8:
  %".2618" = getelementptr i8, ptr %"keys", i64 2
  %".2619" = trunc i64 %"end.10" to i16
  store volatile i16 %".2619", ptr %".2618", align 2
  %".2621" = load volatile i16, ptr %".2618", align 2
  %".2622" = zext i16 %".2621" to i64
  %"cursor.220" = and i64 %".2622", 16383
  br label %"icmpv6"
to_mpls.31:
  %".2624" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2624", align 2
  %".2626" = getelementptr i8, ptr %"keys", i64 2
  %".2627" = trunc i64 %"end.10" to i16
  store volatile i16 %".2627", ptr %".2626", align 2
  %".2629" = load volatile i16, ptr %".2626", align 2
  %".2630" = zext i16 %".2629" to i64
  %"cursor.221" = and i64 %".2630", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.19:
  %".2632" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2632", align 1
  %".2634" = and i32 %"flags", 4
  %".2635" = icmp ne i32 %".2634", 0
  br i1 %".2635", label %"exit.80", label %"cont.80"
to_ipv6.19:
  %".2645" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2645", align 1
  %".2647" = and i32 %"flags", 4
  %".2648" = icmp ne i32 %".2647", 0
  br i1 %".2648", label %"exit.81", label %"cont.81"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.206" = phi  i64 [%"cursor.207", %"to_ipv6_opts.24"], [%"cursor.208", %"to_ipv6_opts.25"], [%"cursor.209", %"to_ipv6_opts.26"], [%"cursor.222", %"to_ipv6_opts.27"], [%"cursor.223", %"to_ipv6_opts.28"], [%"cursor.224", %"to_ipv6_opts.29"]
  %"hdr.38" = getelementptr i8, ptr %"data", i64 %"cursor.206"
  %".3196" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3197" = icmp ugt ptr %".3196", %"data_end"
  br i1 %".3197", label %"exit.96", label %"cont.96"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.210" = phi  i64 [%"cursor.211", %"to_ipv6_frag.8"], [%"cursor.225", %"to_ipv6_frag.9"]
  %"hdr.39" = getelementptr i8, ptr %"data", i64 %"cursor.210"
  %".3333" = getelementptr i8, ptr %"hdr.39", i64 8
  %".3334" = icmp ugt ptr %".3333", %"data_end"
  br i1 %".3334", label %"exit.100", label %"cont.100"
exit.80:
  %".2637" = trunc i64 %"end.10" to i16
  %".2638" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2637", ptr %".2638", align 2
  br label %"return"
cont.80:
  %".2641" = trunc i64 %"end.10" to i16
  %".2642" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2641", ptr %".2642", align 2
  br label %"return"
exit.81:
  %".2650" = trunc i64 %"end.10" to i16
  %".2651" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2650", ptr %".2651", align 2
  br label %"return"
cont.81:
  %".2654" = trunc i64 %"end.10" to i16
  %".2655" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2654", ptr %".2655", align 2
  br label %"return"
exit.82:
  %".2661" = trunc i64 %"cursor.135" to i16
  %".2662" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2661", ptr %".2662", align 2
  br label %"return"
cont.82:
  %".2665" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2666" = load i8, ptr %".2665", align 1
  %".2667" = zext i8 %".2666" to i64
  %".2668" = trunc i64 %".2667" to i8
  %".2669" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2668", ptr %".2669", align 1
  %".2671" = add i64 %"cursor.135", 8
  %".2672" = icmp ne i64 1, 0
  %".2673" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2674" = load i16, ptr %".2673", align 2
  %".2675" = call i16 @"llvm.bswap.i16"(i16 %".2674")
  %".2676" = zext i16 %".2675" to i64
  %".2677" = and i64 %".2676", 65528
  %".2678" = icmp eq i64 %".2677", 0
  br i1 %".2672", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".2680" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2680", align 1
  br i1 %".2678", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".2698" = zext i8 %".2666" to i64
  switch i64 %".2698", label %"unknown.24" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 132, label %"to_sctp.11" i64 33, label %"to_dccp.11" i64 50, label %"to_esp.11" i64 51, label %"to_ah.11" i64 58, label %"to_icmpv6.9" i64 137, label %"to_mpls.32" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.20"]
first_fragment.5:
  %".2687" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2687", align 1
  %".2689" = and i32 %"flags", 1
  %".2690" = icmp ne i32 %".2689", 0
  %".2691" = xor i1 %".2690", -1
  br i1 %".2691", label %"exit.83", label %"cont.83"
later_fragment.5:
  %".2683" = trunc i64 %".2671" to i16
  %".2684" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2683", ptr %".2684", align 2
  br label %"return"
exit.83:
  %".2693" = trunc i64 %".2671" to i16
  %".2694" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2693", ptr %".2694", align 2
  br label %"return"
cont.83:
  br label %"not_fragment.5"
unknown.24:
  %".2700" = trunc i64 %".2671" to i16
  %".2701" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2700", ptr %".2701", align 2
  br label %"return"
to_ipv6_opts.27:
  %".2704" = getelementptr i8, ptr %"keys", i64 2
  %".2705" = trunc i64 %".2671" to i16
  store volatile i16 %".2705", ptr %".2704", align 2
  %".2707" = load volatile i16, ptr %".2704", align 2
  %".2708" = zext i16 %".2707" to i64
  %"cursor.222" = and i64 %".2708", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  %".2710" = getelementptr i8, ptr %"keys", i64 2
  %".2711" = trunc i64 %".2671" to i16
  store volatile i16 %".2711", ptr %".2710", align 2
  %".2713" = load volatile i16, ptr %".2710", align 2
  %".2714" = zext i16 %".2713" to i64
  %"cursor.223" = and i64 %".2714", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  %".2716" = getelementptr i8, ptr %"keys", i64 2
  %".2717" = trunc i64 %".2671" to i16
  store volatile i16 %".2717", ptr %".2716", align 2
  %".2719" = load volatile i16, ptr %".2716", align 2
  %".2720" = zext i16 %".2719" to i64
  %"cursor.224" = and i64 %".2720", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  %".2722" = getelementptr i8, ptr %"keys", i64 2
  %".2723" = trunc i64 %".2671" to i16
  store volatile i16 %".2723", ptr %".2722", align 2
  %".2725" = load volatile i16, ptr %".2722", align 2
  %".2726" = zext i16 %".2725" to i64
  %"cursor.225" = and i64 %".2726", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  %".2728" = getelementptr i8, ptr %"keys", i64 2
  %".2729" = trunc i64 %".2671" to i16
  store volatile i16 %".2729", ptr %".2728", align 2
  %".2731" = load volatile i16, ptr %".2728", align 2
  %".2732" = zext i16 %".2731" to i64
  %"cursor.226" = and i64 %".2732", 16383
  br label %"tcp"
to_udp.11:
  %".2734" = getelementptr i8, ptr %"keys", i64 2
  %".2735" = trunc i64 %".2671" to i16
  store volatile i16 %".2735", ptr %".2734", align 2
  %".2737" = load volatile i16, ptr %".2734", align 2
  %".2738" = zext i16 %".2737" to i64
  %"cursor.227" = and i64 %".2738", 16383
  br label %"udp"
to_udplite.11:
  %".2740" = getelementptr i8, ptr %"keys", i64 2
  %".2741" = trunc i64 %".2671" to i16
  store volatile i16 %".2741", ptr %".2740", align 2
  %".2743" = load volatile i16, ptr %".2740", align 2
  %".2744" = zext i16 %".2743" to i64
  %"cursor.228" = and i64 %".2744", 16383
  br label %"udplite"
to_gre.11:
  %".2746" = getelementptr i8, ptr %"keys", i64 2
  %".2747" = trunc i64 %".2671" to i16
  store volatile i16 %".2747", ptr %".2746", align 2
  %".2749" = load volatile i16, ptr %".2746", align 2
  %".2750" = zext i16 %".2749" to i64
  %"cursor.229" = and i64 %".2750", 16383
  br label %"gre_d1"
to_sctp.11:
  %".2752" = getelementptr i8, ptr %"keys", i64 2
  %".2753" = trunc i64 %".2671" to i16
  store volatile i16 %".2753", ptr %".2752", align 2
  %".2755" = load volatile i16, ptr %".2752", align 2
  %".2756" = zext i16 %".2755" to i64
  %"cursor.230" = and i64 %".2756", 16383
  br label %"sctp"
to_dccp.11:
  %".2758" = getelementptr i8, ptr %"keys", i64 2
  %".2759" = trunc i64 %".2671" to i16
  store volatile i16 %".2759", ptr %".2758", align 2
  %".2761" = load volatile i16, ptr %".2758", align 2
  %".2762" = zext i16 %".2761" to i64
  %"cursor.231" = and i64 %".2762", 16383
  br label %"dccp"
to_esp.11:
  %".2764" = getelementptr i8, ptr %"keys", i64 2
  %".2765" = trunc i64 %".2671" to i16
  store volatile i16 %".2765", ptr %".2764", align 2
  %".2767" = load volatile i16, ptr %".2764", align 2
  %".2768" = zext i16 %".2767" to i64
  %"cursor.232" = and i64 %".2768", 16383
  br label %"esp"
to_ah.11:
  %".2770" = getelementptr i8, ptr %"keys", i64 2
  %".2771" = trunc i64 %".2671" to i16
  store volatile i16 %".2771", ptr %".2770", align 2
  %".2773" = load volatile i16, ptr %".2770", align 2
  %".2774" = zext i16 %".2773" to i64
  %"cursor.233" = and i64 %".2774", 16383
  br label %"ah"
to_icmpv6.9:
  %".2776" = getelementptr i8, ptr %"keys", i64 2
  %".2777" = trunc i64 %".2671" to i16
  store volatile i16 %".2777", ptr %".2776", align 2
  %".2779" = load volatile i16, ptr %".2776", align 2
  %".2780" = zext i16 %".2779" to i64
  %"cursor.234" = and i64 %".2780", 16383
  br label %"icmpv6"
to_mpls.32:
  %".2782" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2782", align 2
  %".2784" = getelementptr i8, ptr %"keys", i64 2
  %".2785" = trunc i64 %".2671" to i16
  store volatile i16 %".2785", ptr %".2784", align 2
  %".2787" = load volatile i16, ptr %".2784", align 2
  %".2788" = zext i16 %".2787" to i64
  %"cursor.235" = and i64 %".2788", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.20:
  %".2790" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2790", align 1
  %".2792" = and i32 %"flags", 4
  %".2793" = icmp ne i32 %".2792", 0
  br i1 %".2793", label %"exit.84", label %"cont.84"
to_ipv6.20:
  %".2803" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2803", align 1
  %".2805" = and i32 %"flags", 4
  %".2806" = icmp ne i32 %".2805", 0
  br i1 %".2806", label %"exit.85", label %"cont.85"
exit.84:
  %".2795" = trunc i64 %".2671" to i16
  %".2796" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2795", ptr %".2796", align 2
  br label %"return"
cont.84:
  %".2799" = trunc i64 %".2671" to i16
  %".2800" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2799", ptr %".2800", align 2
  br label %"return"
exit.85:
  %".2808" = trunc i64 %".2671" to i16
  %".2809" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2808", ptr %".2809", align 2
  br label %"return"
cont.85:
  %".2812" = trunc i64 %".2671" to i16
  %".2813" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2812", ptr %".2813", align 2
  br label %"return"
exit.86:
  %".2819" = trunc i64 %"cursor.161" to i16
  %".2820" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2819", ptr %".2820", align 2
  br label %"return"
cont.86:
  %".2823" = getelementptr i8, ptr %"hdr.34", i64 0
  %".2824" = load i8, ptr %".2823", align 1
  %".2825" = zext i8 %".2824" to i64
  %".2826" = trunc i64 %".2825" to i8
  %".2827" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2826", ptr %".2827", align 1
  %".2829" = add i64 %"cursor.161", 2
  %".2830" = getelementptr i8, ptr %"hdr.34", i64 1
  %".2831" = load i8, ptr %".2830", align 1
  %".2832" = zext i8 %".2831" to i64
  %".2833" = mul i64 %".2832", 8
  %".2834" = add i64 %".2833", 6
  %".2835" = add i64 %".2834", 2
  %".2836" = getelementptr i8, ptr %"hdr.34", i64 %".2835"
  %".2837" = icmp ugt ptr %".2836", %"data_end"
  br i1 %".2837", label %"exit.87", label %"cont.87"
exit.87:
  %".2839" = trunc i64 %"cursor.161" to i16
  %".2840" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2839", ptr %".2840", align 2
  br label %"return"
cont.87:
  %"end.11" = add i64 %"cursor.161", %".2835"
  %".2843" = zext i8 %".2824" to i64
  switch i64 %".2843", label %"unknown.25" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 132, label %"to_sctp.12" i64 33, label %"to_dccp.12" i64 50, label %"to_esp.12" i64 51, label %"to_ah.12" i64 58, label %"to_icmpv6.10" i64 137, label %"to_mpls.33" i64 4, label %"to_ipv4.21" i64 41, label %"to_ipv6.21"]
unknown.25:
  %".2845" = trunc i64 %"end.11" to i16
  %".2846" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2845", ptr %".2846", align 2
  br label %"return"
to_ipv6_opts.30:
  %".2849" = trunc i64 %"end.11" to i16
  %".2850" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2849", ptr %".2850", align 2
  br label %"return"
to_ipv6_opts.31:
  %".2853" = trunc i64 %"end.11" to i16
  %".2854" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2853", ptr %".2854", align 2
  br label %"return"
to_ipv6_opts.32:
  %".2857" = trunc i64 %"end.11" to i16
  %".2858" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2857", ptr %".2858", align 2
  br label %"return"
to_ipv6_frag.10:
  %".2861" = trunc i64 %"end.11" to i16
  %".2862" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2861", ptr %".2862", align 2
  br label %"return"
to_tcp.12:
  %".2865" = getelementptr i8, ptr %"keys", i64 2
  %".2866" = trunc i64 %"end.11" to i16
  store volatile i16 %".2866", ptr %".2865", align 2
  %".2868" = load volatile i16, ptr %".2865", align 2
  %".2869" = zext i16 %".2868" to i64
  %"cursor.236" = and i64 %".2869", 16383
  br label %"tcp"
to_udp.12:
  %".2871" = getelementptr i8, ptr %"keys", i64 2
  %".2872" = trunc i64 %"end.11" to i16
  store volatile i16 %".2872", ptr %".2871", align 2
  %".2874" = load volatile i16, ptr %".2871", align 2
  %".2875" = zext i16 %".2874" to i64
  %"cursor.237" = and i64 %".2875", 16383
  br label %"udp"
to_udplite.12:
  %".2877" = getelementptr i8, ptr %"keys", i64 2
  %".2878" = trunc i64 %"end.11" to i16
  store volatile i16 %".2878", ptr %".2877", align 2
  %".2880" = load volatile i16, ptr %".2877", align 2
  %".2881" = zext i16 %".2880" to i64
  %"cursor.238" = and i64 %".2881", 16383
  br label %"udplite"
to_gre.12:
  %".2883" = getelementptr i8, ptr %"keys", i64 2
  %".2884" = trunc i64 %"end.11" to i16
  store volatile i16 %".2884", ptr %".2883", align 2
  %".2886" = load volatile i16, ptr %".2883", align 2
  %".2887" = zext i16 %".2886" to i64
  %"cursor.239" = and i64 %".2887", 16383
  br label %"gre_d0"
to_sctp.12:
  %".2889" = getelementptr i8, ptr %"keys", i64 2
  %".2890" = trunc i64 %"end.11" to i16
  store volatile i16 %".2890", ptr %".2889", align 2
  %".2892" = load volatile i16, ptr %".2889", align 2
  %".2893" = zext i16 %".2892" to i64
  %"cursor.240" = and i64 %".2893", 16383
  br label %"sctp"
to_dccp.12:
  %".2895" = getelementptr i8, ptr %"keys", i64 2
  %".2896" = trunc i64 %"end.11" to i16
  store volatile i16 %".2896", ptr %".2895", align 2
  %".2898" = load volatile i16, ptr %".2895", align 2
  %".2899" = zext i16 %".2898" to i64
  %"cursor.241" = and i64 %".2899", 16383
  br label %"dccp"
to_esp.12:
  %".2901" = getelementptr i8, ptr %"keys", i64 2
  %".2902" = trunc i64 %"end.11" to i16
  store volatile i16 %".2902", ptr %".2901", align 2
  %".2904" = load volatile i16, ptr %".2901", align 2
  %".2905" = zext i16 %".2904" to i64
  %"cursor.242" = and i64 %".2905", 16383
  br label %"esp"
to_ah.12:
  %".2907" = getelementptr i8, ptr %"keys", i64 2
  %".2908" = trunc i64 %"end.11" to i16
  store volatile i16 %".2908", ptr %".2907", align 2
  %".2910" = load volatile i16, ptr %".2907", align 2
  %".2911" = zext i16 %".2910" to i64
  %"cursor.243" = and i64 %".2911", 16383
  br label %"ah"
to_icmpv6.10:
  %".2913" = getelementptr i8, ptr %"keys", i64 2
  %".2914" = trunc i64 %"end.11" to i16
  store volatile i16 %".2914", ptr %".2913", align 2
  %".2916" = load volatile i16, ptr %".2913", align 2
  %".2917" = zext i16 %".2916" to i64
  %"cursor.244" = and i64 %".2917", 16383
  br label %"icmpv6"
to_mpls.33:
  %".2919" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2919", align 2
  %".2921" = getelementptr i8, ptr %"keys", i64 2
  %".2922" = trunc i64 %"end.11" to i16
  store volatile i16 %".2922", ptr %".2921", align 2
  %".2924" = load volatile i16, ptr %".2921", align 2
  %".2925" = zext i16 %".2924" to i64
  %"cursor.245" = and i64 %".2925", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.21:
  %".2927" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2927", align 1
  %".2929" = and i32 %"flags", 4
  %".2930" = icmp ne i32 %".2929", 0
  br i1 %".2930", label %"exit.88", label %"cont.88"
to_ipv6.21:
  %".2942" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2942", align 1
  %".2944" = and i32 %"flags", 4
  %".2945" = icmp ne i32 %".2944", 0
  br i1 %".2945", label %"exit.89", label %"cont.89"
exit.88:
  %".2932" = trunc i64 %"end.11" to i16
  %".2933" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2932", ptr %".2933", align 2
  br label %"return"
cont.88:
  %".2936" = getelementptr i8, ptr %"keys", i64 2
  %".2937" = trunc i64 %"end.11" to i16
  store volatile i16 %".2937", ptr %".2936", align 2
  %".2939" = load volatile i16, ptr %".2936", align 2
  %".2940" = zext i16 %".2939" to i64
  %"cursor.246" = and i64 %".2940", 16383
  br label %"ipv4_d1"
exit.89:
  %".2947" = trunc i64 %"end.11" to i16
  %".2948" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2947", ptr %".2948", align 2
  br label %"return"
cont.89:
  %".2951" = getelementptr i8, ptr %"keys", i64 2
  %".2952" = trunc i64 %"end.11" to i16
  store volatile i16 %".2952", ptr %".2951", align 2
  %".2954" = load volatile i16, ptr %".2951", align 2
  %".2955" = zext i16 %".2954" to i64
  %"cursor.247" = and i64 %".2955", 16383
  br label %"ipv6_d1"
exit.90:
  %".2960" = trunc i64 %"cursor.164" to i16
  %".2961" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2960", ptr %".2961", align 2
  br label %"return"
cont.90:
  %".2964" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2965" = load i8, ptr %".2964", align 1
  %".2966" = zext i8 %".2965" to i64
  %".2967" = trunc i64 %".2966" to i8
  %".2968" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2967", ptr %".2968", align 1
  %".2970" = add i64 %"cursor.164", 8
  %".2971" = icmp ne i64 1, 0
  %".2972" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2973" = load i16, ptr %".2972", align 2
  %".2974" = call i16 @"llvm.bswap.i16"(i16 %".2973")
  %".2975" = zext i16 %".2974" to i64
  %".2976" = and i64 %".2975", 65528
  %".2977" = icmp eq i64 %".2976", 0
  br i1 %".2971", label %"fragment.6", label %"not_fragment.6"
fragment.6:
  %".2979" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2979", align 1
  br i1 %".2977", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".2997" = zext i8 %".2965" to i64
  switch i64 %".2997", label %"unknown.26" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 132, label %"to_sctp.13" i64 33, label %"to_dccp.13" i64 50, label %"to_esp.13" i64 51, label %"to_ah.13" i64 58, label %"to_icmpv6.11" i64 137, label %"to_mpls.34" i64 4, label %"to_ipv4.22" i64 41, label %"to_ipv6.22"]
first_fragment.6:
  %".2986" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2986", align 1
  %".2988" = and i32 %"flags", 1
  %".2989" = icmp ne i32 %".2988", 0
  %".2990" = xor i1 %".2989", -1
  br i1 %".2990", label %"exit.91", label %"cont.91"
later_fragment.6:
  %".2982" = trunc i64 %".2970" to i16
  %".2983" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2982", ptr %".2983", align 2
  br label %"return"
exit.91:
  %".2992" = trunc i64 %".2970" to i16
  %".2993" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2992", ptr %".2993", align 2
  br label %"return"
cont.91:
  br label %"not_fragment.6"
unknown.26:
  %".2999" = trunc i64 %".2970" to i16
  %".3000" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2999", ptr %".3000", align 2
  br label %"return"
to_ipv6_opts.33:
  %".3003" = trunc i64 %".2970" to i16
  %".3004" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3003", ptr %".3004", align 2
  br label %"return"
to_ipv6_opts.34:
  %".3007" = trunc i64 %".2970" to i16
  %".3008" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3007", ptr %".3008", align 2
  br label %"return"
to_ipv6_opts.35:
  %".3011" = trunc i64 %".2970" to i16
  %".3012" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3011", ptr %".3012", align 2
  br label %"return"
to_ipv6_frag.11:
  %".3015" = trunc i64 %".2970" to i16
  %".3016" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3015", ptr %".3016", align 2
  br label %"return"
to_tcp.13:
  %".3019" = getelementptr i8, ptr %"keys", i64 2
  %".3020" = trunc i64 %".2970" to i16
  store volatile i16 %".3020", ptr %".3019", align 2
  %".3022" = load volatile i16, ptr %".3019", align 2
  %".3023" = zext i16 %".3022" to i64
  %"cursor.248" = and i64 %".3023", 16383
  br label %"tcp"
to_udp.13:
  %".3025" = getelementptr i8, ptr %"keys", i64 2
  %".3026" = trunc i64 %".2970" to i16
  store volatile i16 %".3026", ptr %".3025", align 2
  %".3028" = load volatile i16, ptr %".3025", align 2
  %".3029" = zext i16 %".3028" to i64
  %"cursor.249" = and i64 %".3029", 16383
  br label %"udp"
to_udplite.13:
  %".3031" = getelementptr i8, ptr %"keys", i64 2
  %".3032" = trunc i64 %".2970" to i16
  store volatile i16 %".3032", ptr %".3031", align 2
  %".3034" = load volatile i16, ptr %".3031", align 2
  %".3035" = zext i16 %".3034" to i64
  %"cursor.250" = and i64 %".3035", 16383
  br label %"udplite"
to_gre.13:
  %".3037" = getelementptr i8, ptr %"keys", i64 2
  %".3038" = trunc i64 %".2970" to i16
  store volatile i16 %".3038", ptr %".3037", align 2
  %".3040" = load volatile i16, ptr %".3037", align 2
  %".3041" = zext i16 %".3040" to i64
  %"cursor.251" = and i64 %".3041", 16383
  br label %"gre_d0"
to_sctp.13:
  %".3043" = getelementptr i8, ptr %"keys", i64 2
  %".3044" = trunc i64 %".2970" to i16
  store volatile i16 %".3044", ptr %".3043", align 2
  %".3046" = load volatile i16, ptr %".3043", align 2
  %".3047" = zext i16 %".3046" to i64
  %"cursor.252" = and i64 %".3047", 16383
  br label %"sctp"
to_dccp.13:
  %".3049" = getelementptr i8, ptr %"keys", i64 2
  %".3050" = trunc i64 %".2970" to i16
  store volatile i16 %".3050", ptr %".3049", align 2
  %".3052" = load volatile i16, ptr %".3049", align 2
  %".3053" = zext i16 %".3052" to i64
  %"cursor.253" = and i64 %".3053", 16383
  br label %"dccp"
to_esp.13:
  %".3055" = getelementptr i8, ptr %"keys", i64 2
  %".3056" = trunc i64 %".2970" to i16
  store volatile i16 %".3056", ptr %".3055", align 2
  %".3058" = load volatile i16, ptr %".3055", align 2
  %".3059" = zext i16 %".3058" to i64
  %"cursor.254" = and i64 %".3059", 16383
  br label %"esp"
to_ah.13:
  %".3061" = getelementptr i8, ptr %"keys", i64 2
  %".3062" = trunc i64 %".2970" to i16
  store volatile i16 %".3062", ptr %".3061", align 2
  %".3064" = load volatile i16, ptr %".3061", align 2
  %".3065" = zext i16 %".3064" to i64
  %"cursor.255" = and i64 %".3065", 16383
  br label %"ah"
to_icmpv6.11:
  %".3067" = getelementptr i8, ptr %"keys", i64 2
  %".3068" = trunc i64 %".2970" to i16
  store volatile i16 %".3068", ptr %".3067", align 2
  %".3070" = load volatile i16, ptr %".3067", align 2
  %".3071" = zext i16 %".3070" to i64
  %"cursor.256" = and i64 %".3071", 16383
  br label %"icmpv6"
to_mpls.34:
  %".3073" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3073", align 2
  %".3075" = getelementptr i8, ptr %"keys", i64 2
  %".3076" = trunc i64 %".2970" to i16
  store volatile i16 %".3076", ptr %".3075", align 2
  %".3078" = load volatile i16, ptr %".3075", align 2
  %".3079" = zext i16 %".3078" to i64
  %"cursor.257" = and i64 %".3079", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.22:
  %".3081" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3081", align 1
  %".3083" = and i32 %"flags", 4
  %".3084" = icmp ne i32 %".3083", 0
  br i1 %".3084", label %"exit.92", label %"cont.92"
to_ipv6.22:
  %".3096" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3096", align 1
  %".3098" = and i32 %"flags", 4
  %".3099" = icmp ne i32 %".3098", 0
  br i1 %".3099", label %"exit.93", label %"cont.93"
exit.92:
  %".3086" = trunc i64 %".2970" to i16
  %".3087" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3086", ptr %".3087", align 2
  br label %"return"
cont.92:
  %".3090" = getelementptr i8, ptr %"keys", i64 2
  %".3091" = trunc i64 %".2970" to i16
  store volatile i16 %".3091", ptr %".3090", align 2
  %".3093" = load volatile i16, ptr %".3090", align 2
  %".3094" = zext i16 %".3093" to i64
  %"cursor.258" = and i64 %".3094", 16383
  br label %"ipv4_d1"
exit.93:
  %".3101" = trunc i64 %".2970" to i16
  %".3102" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3101", ptr %".3102", align 2
  br label %"return"
cont.93:
  %".3105" = getelementptr i8, ptr %"keys", i64 2
  %".3106" = trunc i64 %".2970" to i16
  store volatile i16 %".3106", ptr %".3105", align 2
  %".3108" = load volatile i16, ptr %".3105", align 2
  %".3109" = zext i16 %".3108" to i64
  %"cursor.259" = and i64 %".3109", 16383
  br label %"ipv6_d1"
exit.94:
  %".3114" = trunc i64 %"cursor.193" to i16
  %".3115" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3114", ptr %".3115", align 2
  br label %"return"
cont.94:
  %".3118" = add i64 %"cursor.193", 4
  %".3119" = getelementptr i8, ptr %"hdr.36", i64 2
  %".3120" = load i8, ptr %".3119", align 1
  %".3121" = zext i8 %".3120" to i64
  %".3122" = and i64 %".3121", 1
  switch i64 %".3122", label %"unknown.27" [i64 0, label %"to_mpls.35"]
unknown.27:
  %".3124" = trunc i64 %".3118" to i16
  %".3125" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3124", ptr %".3125", align 2
  br label %"return"
to_mpls.35:
  %".3128" = trunc i64 %".3118" to i16
  %".3129" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3128", ptr %".3129", align 2
  br label %"return"
exit.95:
  %".3135" = trunc i64 %"cursor.196" to i16
  %".3136" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3135", ptr %".3136", align 2
  br label %"return"
cont.95:
  %".3139" = getelementptr i8, ptr %"hdr.37", i64 2
  %".3140" = load i16, ptr %".3139", align 2
  %".3141" = call i16 @"llvm.bswap.i16"(i16 %".3140")
  %".3142" = zext i16 %".3141" to i64
  %".3143" = trunc i64 %".3142" to i16
  %".3144" = call i16 @"llvm.bswap.i16"(i16 %".3143")
  %".3145" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3144", ptr %".3145", align 2
  %".3147" = add i64 %"cursor.196", 4
  %".3148" = trunc i64 %".3147" to i16
  %".3149" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".3148", ptr %".3149", align 2
  %".3151" = call i16 @"llvm.bswap.i16"(i16 %".3140")
  %".3152" = zext i16 %".3151" to i64
  switch i64 %".3152", label %"unknown.28" [i64 2048, label %"to_ipv4.23" i64 34525, label %"to_ipv6.23" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11" i64 34887, label %"to_mpls.36" i64 34888, label %"to_mpls.37" i64 34916, label %"to_pppoe.5"]
unknown.28:
  %".3154" = trunc i64 %".3147" to i16
  %".3155" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3154", ptr %".3155", align 2
  br label %"return"
to_ipv4.23:
  %".3158" = getelementptr i8, ptr %"keys", i64 2
  %".3159" = trunc i64 %".3147" to i16
  store volatile i16 %".3159", ptr %".3158", align 2
  %".3161" = load volatile i16, ptr %".3158", align 2
  %".3162" = zext i16 %".3161" to i64
  %"cursor.260" = and i64 %".3162", 16383
  br label %"ipv4_d1"
to_ipv6.23:
  %".3164" = getelementptr i8, ptr %"keys", i64 2
  %".3165" = trunc i64 %".3147" to i16
  store volatile i16 %".3165", ptr %".3164", align 2
  %".3167" = load volatile i16, ptr %".3164", align 2
  %".3168" = zext i16 %".3167" to i64
  %"cursor.261" = and i64 %".3168", 16383
  br label %"ipv6_d1"
to_vlan.10:
  %".3170" = trunc i64 %".3147" to i16
  %".3171" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3170", ptr %".3171", align 2
  br label %"return"
to_vlan.11:
  %".3174" = trunc i64 %".3147" to i16
  %".3175" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3174", ptr %".3175", align 2
  br label %"return"
to_mpls.36:
  %".3178" = getelementptr i8, ptr %"keys", i64 2
  %".3179" = trunc i64 %".3147" to i16
  store volatile i16 %".3179", ptr %".3178", align 2
  %".3181" = load volatile i16, ptr %".3178", align 2
  %".3182" = zext i16 %".3181" to i64
  %"cursor.262" = and i64 %".3182", 16383
  br label %"mpls_mpls_labels1"
to_mpls.37:
  %".3184" = getelementptr i8, ptr %"keys", i64 2
  %".3185" = trunc i64 %".3147" to i16
  store volatile i16 %".3185", ptr %".3184", align 2
  %".3187" = load volatile i16, ptr %".3184", align 2
  %".3188" = zext i16 %".3187" to i64
  %"cursor.263" = and i64 %".3188", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.5:
  %".3190" = getelementptr i8, ptr %"keys", i64 2
  %".3191" = trunc i64 %".3147" to i16
  store volatile i16 %".3191", ptr %".3190", align 2
  %".3193" = load volatile i16, ptr %".3190", align 2
  %".3194" = zext i16 %".3193" to i64
  %"cursor.264" = and i64 %".3194", 16383
  br label %"pppoe_d1"
exit.96:
  %".3199" = trunc i64 %"cursor.206" to i16
  %".3200" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3199", ptr %".3200", align 2
  br label %"return"
cont.96:
  %".3203" = getelementptr i8, ptr %"hdr.38", i64 0
  %".3204" = load i8, ptr %".3203", align 1
  %".3205" = zext i8 %".3204" to i64
  %".3206" = trunc i64 %".3205" to i8
  %".3207" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3206", ptr %".3207", align 1
  %".3209" = add i64 %"cursor.206", 2
  %".3210" = getelementptr i8, ptr %"hdr.38", i64 1
  %".3211" = load i8, ptr %".3210", align 1
  %".3212" = zext i8 %".3211" to i64
  %".3213" = mul i64 %".3212", 8
  %".3214" = add i64 %".3213", 6
  %".3215" = add i64 %".3214", 2
  %".3216" = getelementptr i8, ptr %"hdr.38", i64 %".3215"
  %".3217" = icmp ugt ptr %".3216", %"data_end"
  br i1 %".3217", label %"exit.97", label %"cont.97"
exit.97:
  %".3219" = trunc i64 %"cursor.206" to i16
  %".3220" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3219", ptr %".3220", align 2
  br label %"return"
cont.97:
  %"end.12" = add i64 %"cursor.206", %".3215"
  %".3223" = zext i8 %".3204" to i64
  switch i64 %".3223", label %"unknown.29" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 132, label %"to_sctp.14" i64 33, label %"to_dccp.14" i64 50, label %"to_esp.14" i64 51, label %"to_ah.14" i64 58, label %"to_icmpv6.12" i64 137, label %"to_mpls.38" i64 4, label %"to_ipv4.24" i64 41, label %"to_ipv6.24"]
unknown.29:
  %".3225" = trunc i64 %"end.12" to i16
  %".3226" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3225", ptr %".3226", align 2
  br label %"return"
to_ipv6_opts.36:
  %".3229" = trunc i64 %"end.12" to i16
  %".3230" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3229", ptr %".3230", align 2
  br label %"return"
to_ipv6_opts.37:
  %".3233" = trunc i64 %"end.12" to i16
  %".3234" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3233", ptr %".3234", align 2
  br label %"return"
to_ipv6_opts.38:
  %".3237" = trunc i64 %"end.12" to i16
  %".3238" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3237", ptr %".3238", align 2
  br label %"return"
to_ipv6_frag.12:
  %".3241" = trunc i64 %"end.12" to i16
  %".3242" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3241", ptr %".3242", align 2
  br label %"return"
to_tcp.14:
  %".3245" = getelementptr i8, ptr %"keys", i64 2
  %".3246" = trunc i64 %"end.12" to i16
  store volatile i16 %".3246", ptr %".3245", align 2
  %".3248" = load volatile i16, ptr %".3245", align 2
  %".3249" = zext i16 %".3248" to i64
  %"cursor.265" = and i64 %".3249", 16383
  br label %"tcp"
to_udp.14:
  %".3251" = getelementptr i8, ptr %"keys", i64 2
  %".3252" = trunc i64 %"end.12" to i16
  store volatile i16 %".3252", ptr %".3251", align 2
  %".3254" = load volatile i16, ptr %".3251", align 2
  %".3255" = zext i16 %".3254" to i64
  %"cursor.266" = and i64 %".3255", 16383
  br label %"udp"
to_udplite.14:
  %".3257" = getelementptr i8, ptr %"keys", i64 2
  %".3258" = trunc i64 %"end.12" to i16
  store volatile i16 %".3258", ptr %".3257", align 2
  %".3260" = load volatile i16, ptr %".3257", align 2
  %".3261" = zext i16 %".3260" to i64
  %"cursor.267" = and i64 %".3261", 16383
  br label %"udplite"
to_gre.14:
  %".3263" = getelementptr i8, ptr %"keys", i64 2
  %".3264" = trunc i64 %"end.12" to i16
  store volatile i16 %".3264", ptr %".3263", align 2
  %".3266" = load volatile i16, ptr %".3263", align 2
  %".3267" = zext i16 %".3266" to i64
  %"cursor.268" = and i64 %".3267", 16383
  br label %"gre_d1"
to_sctp.14:
  %".3269" = getelementptr i8, ptr %"keys", i64 2
  %".3270" = trunc i64 %"end.12" to i16
  store volatile i16 %".3270", ptr %".3269", align 2
  %".3272" = load volatile i16, ptr %".3269", align 2
  %".3273" = zext i16 %".3272" to i64
  %"cursor.269" = and i64 %".3273", 16383
  br label %"sctp"
to_dccp.14:
  %".3275" = getelementptr i8, ptr %"keys", i64 2
  %".3276" = trunc i64 %"end.12" to i16
  store volatile i16 %".3276", ptr %".3275", align 2
  %".3278" = load volatile i16, ptr %".3275", align 2
  %".3279" = zext i16 %".3278" to i64
  %"cursor.270" = and i64 %".3279", 16383
  br label %"dccp"
to_esp.14:
  %".3281" = getelementptr i8, ptr %"keys", i64 2
  %".3282" = trunc i64 %"end.12" to i16
  store volatile i16 %".3282", ptr %".3281", align 2
  %".3284" = load volatile i16, ptr %".3281", align 2
  %".3285" = zext i16 %".3284" to i64
  %"cursor.271" = and i64 %".3285", 16383
  br label %"esp"
to_ah.14:
  %".3287" = getelementptr i8, ptr %"keys", i64 2
  %".3288" = trunc i64 %"end.12" to i16
  store volatile i16 %".3288", ptr %".3287", align 2
  %".3290" = load volatile i16, ptr %".3287", align 2
  %".3291" = zext i16 %".3290" to i64
  %"cursor.272" = and i64 %".3291", 16383
  br label %"ah"
to_icmpv6.12:
  %".3293" = getelementptr i8, ptr %"keys", i64 2
  %".3294" = trunc i64 %"end.12" to i16
  store volatile i16 %".3294", ptr %".3293", align 2
  %".3296" = load volatile i16, ptr %".3293", align 2
  %".3297" = zext i16 %".3296" to i64
  %"cursor.273" = and i64 %".3297", 16383
  br label %"icmpv6"
to_mpls.38:
  %".3299" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3299", align 2
  %".3301" = getelementptr i8, ptr %"keys", i64 2
  %".3302" = trunc i64 %"end.12" to i16
  store volatile i16 %".3302", ptr %".3301", align 2
  %".3304" = load volatile i16, ptr %".3301", align 2
  %".3305" = zext i16 %".3304" to i64
  %"cursor.274" = and i64 %".3305", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.24:
  %".3307" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3307", align 1
  %".3309" = and i32 %"flags", 4
  %".3310" = icmp ne i32 %".3309", 0
  br i1 %".3310", label %"exit.98", label %"cont.98"
to_ipv6.24:
  %".3320" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3320", align 1
  %".3322" = and i32 %"flags", 4
  %".3323" = icmp ne i32 %".3322", 0
  br i1 %".3323", label %"exit.99", label %"cont.99"
exit.98:
  %".3312" = trunc i64 %"end.12" to i16
  %".3313" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3312", ptr %".3313", align 2
  br label %"return"
cont.98:
  %".3316" = trunc i64 %"end.12" to i16
  %".3317" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3316", ptr %".3317", align 2
  br label %"return"
exit.99:
  %".3325" = trunc i64 %"end.12" to i16
  %".3326" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3325", ptr %".3326", align 2
  br label %"return"
cont.99:
  %".3329" = trunc i64 %"end.12" to i16
  %".3330" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3329", ptr %".3330", align 2
  br label %"return"
exit.100:
  %".3336" = trunc i64 %"cursor.210" to i16
  %".3337" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3336", ptr %".3337", align 2
  br label %"return"
cont.100:
  %".3340" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3341" = load i8, ptr %".3340", align 1
  %".3342" = zext i8 %".3341" to i64
  %".3343" = trunc i64 %".3342" to i8
  %".3344" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3343", ptr %".3344", align 1
  %".3346" = add i64 %"cursor.210", 8
  %".3347" = icmp ne i64 1, 0
  %".3348" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3349" = load i16, ptr %".3348", align 2
  %".3350" = call i16 @"llvm.bswap.i16"(i16 %".3349")
  %".3351" = zext i16 %".3350" to i64
  %".3352" = and i64 %".3351", 65528
  %".3353" = icmp eq i64 %".3352", 0
  br i1 %".3347", label %"fragment.7", label %"not_fragment.7"
fragment.7:
  %".3355" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".3355", align 1
  br i1 %".3353", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".3373" = zext i8 %".3341" to i64
  switch i64 %".3373", label %"unknown.30" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 132, label %"to_sctp.15" i64 33, label %"to_dccp.15" i64 50, label %"to_esp.15" i64 51, label %"to_ah.15" i64 58, label %"to_icmpv6.13" i64 137, label %"to_mpls.39" i64 4, label %"to_ipv4.25" i64 41, label %"to_ipv6.25"]
first_fragment.7:
  %".3362" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".3362", align 1
  %".3364" = and i32 %"flags", 1
  %".3365" = icmp ne i32 %".3364", 0
  %".3366" = xor i1 %".3365", -1
  br i1 %".3366", label %"exit.101", label %"cont.101"
later_fragment.7:
  %".3358" = trunc i64 %".3346" to i16
  %".3359" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3358", ptr %".3359", align 2
  br label %"return"
exit.101:
  %".3368" = trunc i64 %".3346" to i16
  %".3369" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3368", ptr %".3369", align 2
  br label %"return"
cont.101:
  br label %"not_fragment.7"
unknown.30:
  %".3375" = trunc i64 %".3346" to i16
  %".3376" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3375", ptr %".3376", align 2
  br label %"return"
to_ipv6_opts.39:
  %".3379" = trunc i64 %".3346" to i16
  %".3380" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3379", ptr %".3380", align 2
  br label %"return"
to_ipv6_opts.40:
  %".3383" = trunc i64 %".3346" to i16
  %".3384" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3383", ptr %".3384", align 2
  br label %"return"
to_ipv6_opts.41:
  %".3387" = trunc i64 %".3346" to i16
  %".3388" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3387", ptr %".3388", align 2
  br label %"return"
to_ipv6_frag.13:
  %".3391" = trunc i64 %".3346" to i16
  %".3392" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3391", ptr %".3392", align 2
  br label %"return"
to_tcp.15:
  %".3395" = getelementptr i8, ptr %"keys", i64 2
  %".3396" = trunc i64 %".3346" to i16
  store volatile i16 %".3396", ptr %".3395", align 2
  %".3398" = load volatile i16, ptr %".3395", align 2
  %".3399" = zext i16 %".3398" to i64
  %"cursor.275" = and i64 %".3399", 16383
  br label %"tcp"
to_udp.15:
  %".3401" = getelementptr i8, ptr %"keys", i64 2
  %".3402" = trunc i64 %".3346" to i16
  store volatile i16 %".3402", ptr %".3401", align 2
  %".3404" = load volatile i16, ptr %".3401", align 2
  %".3405" = zext i16 %".3404" to i64
  %"cursor.276" = and i64 %".3405", 16383
  br label %"udp"
to_udplite.15:
  %".3407" = getelementptr i8, ptr %"keys", i64 2
  %".3408" = trunc i64 %".3346" to i16
  store volatile i16 %".3408", ptr %".3407", align 2
  %".3410" = load volatile i16, ptr %".3407", align 2
  %".3411" = zext i16 %".3410" to i64
  %"cursor.277" = and i64 %".3411", 16383
  br label %"udplite"
to_gre.15:
  %".3413" = getelementptr i8, ptr %"keys", i64 2
  %".3414" = trunc i64 %".3346" to i16
  store volatile i16 %".3414", ptr %".3413", align 2
  %".3416" = load volatile i16, ptr %".3413", align 2
  %".3417" = zext i16 %".3416" to i64
  %"cursor.278" = and i64 %".3417", 16383
  br label %"gre_d1"
to_sctp.15:
  %".3419" = getelementptr i8, ptr %"keys", i64 2
  %".3420" = trunc i64 %".3346" to i16
  store volatile i16 %".3420", ptr %".3419", align 2
  %".3422" = load volatile i16, ptr %".3419", align 2
  %".3423" = zext i16 %".3422" to i64
  %"cursor.279" = and i64 %".3423", 16383
  br label %"sctp"
to_dccp.15:
  %".3425" = getelementptr i8, ptr %"keys", i64 2
  %".3426" = trunc i64 %".3346" to i16
  store volatile i16 %".3426", ptr %".3425", align 2
  %".3428" = load volatile i16, ptr %".3425", align 2
  %".3429" = zext i16 %".3428" to i64
  %"cursor.280" = and i64 %".3429", 16383
  br label %"dccp"
to_esp.15:
  %".3431" = getelementptr i8, ptr %"keys", i64 2
  %".3432" = trunc i64 %".3346" to i16
  store volatile i16 %".3432", ptr %".3431", align 2
  %".3434" = load volatile i16, ptr %".3431", align 2
  %".3435" = zext i16 %".3434" to i64
  %"cursor.281" = and i64 %".3435", 16383
  br label %"esp"
to_ah.15:
  %".3437" = getelementptr i8, ptr %"keys", i64 2
  %".3438" = trunc i64 %".3346" to i16
  store volatile i16 %".3438", ptr %".3437", align 2
  %".3440" = load volatile i16, ptr %".3437", align 2
  %".3441" = zext i16 %".3440" to i64
  %"cursor.282" = and i64 %".3441", 16383
  br label %"ah"
to_icmpv6.13:
  %".3443" = getelementptr i8, ptr %"keys", i64 2
  %".3444" = trunc i64 %".3346" to i16
  store volatile i16 %".3444", ptr %".3443", align 2
  %".3446" = load volatile i16, ptr %".3443", align 2
  %".3447" = zext i16 %".3446" to i64
  %"cursor.283" = and i64 %".3447", 16383
  br label %"icmpv6"
to_mpls.39:
  %".3449" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3449", align 2
  %".3451" = getelementptr i8, ptr %"keys", i64 2
  %".3452" = trunc i64 %".3346" to i16
  store volatile i16 %".3452", ptr %".3451", align 2
  %".3454" = load volatile i16, ptr %".3451", align 2
  %".3455" = zext i16 %".3454" to i64
  %"cursor.284" = and i64 %".3455", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.25:
  %".3457" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3457", align 1
  %".3459" = and i32 %"flags", 4
  %".3460" = icmp ne i32 %".3459", 0
  br i1 %".3460", label %"exit.102", label %"cont.102"
to_ipv6.25:
  %".3470" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3470", align 1
  %".3472" = and i32 %"flags", 4
  %".3473" = icmp ne i32 %".3472", 0
  br i1 %".3473", label %"exit.103", label %"cont.103"
exit.102:
  %".3462" = trunc i64 %".3346" to i16
  %".3463" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3462", ptr %".3463", align 2
  br label %"return"
cont.102:
  %".3466" = trunc i64 %".3346" to i16
  %".3467" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3466", ptr %".3467", align 2
  br label %"return"
exit.103:
  %".3475" = trunc i64 %".3346" to i16
  %".3476" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3475", ptr %".3476", align 2
  br label %"return"
cont.103:
  %".3479" = trunc i64 %".3346" to i16
  %".3480" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3479", ptr %".3480", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
