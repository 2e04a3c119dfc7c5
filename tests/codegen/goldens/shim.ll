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
  %".30" = getelementptr i8, ptr %"keys", i64 2
  %".31" = trunc i64 %".21" to i16
  store volatile i16 %".31", ptr %".30", align 2
  %".33" = load volatile i16, ptr %".30", align 2
  %".34" = zext i16 %".33" to i64
  %"cursor.4" = and i64 %".34", 16383
  br label %"vlan_d0_vlan_tags1"
to_mpls:
  br label %"mpls_d0_mpls_labels1"
to_mpls.1:
  %".37" = getelementptr i8, ptr %"keys", i64 2
  %".38" = trunc i64 %".21" to i16
  store volatile i16 %".38", ptr %".37", align 2
  %".40" = load volatile i16, ptr %".37", align 2
  %".41" = zext i16 %".40" to i64
  %"cursor.6" = and i64 %".41", 16383
  br label %"mpls_d0_mpls_labels1"
to_pppoe:
  br label %"pppoe_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%"cursor.38", %"to_ipv4.3"], [%"cursor.48", %"to_ipv4.4"], [%"cursor.125", %"to_ipv4.10"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".44" = getelementptr i8, ptr %"hdr.1", i64 20
  %".45" = icmp ugt ptr %".44", %"data_end"
  br i1 %".45", label %"exit.1", label %"cont.1"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%"cursor.39", %"to_ipv6.3"], [%"cursor.49", %"to_ipv6.4"], [%"cursor.126", %"to_ipv6.10"]
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
mpls_d0_mpls_labels1:
  %"cursor.5" = phi  i64 [%".21", %"to_mpls"], [%"cursor.6", %"to_mpls.1"], [%"cursor.17", %"to_mpls.2"], [%"cursor.35", %"to_mpls.3"], [%"cursor.42", %"to_mpls.4"], [%"cursor.43", %"to_mpls.5"], [%"cursor.50", %"to_mpls.7"], [%"cursor.51", %"to_mpls.8"], [%"cursor.106", %"to_mpls.13"], [%"cursor.122", %"to_mpls.14"], [%"cursor.127", %"to_mpls.15"], [%"cursor.128", %"to_mpls.16"], [%"cursor.210", %"to_mpls.25"], [%"cursor.226", %"to_mpls.26"], [%"cursor.287", %"to_mpls.35"], [%"cursor.299", %"to_mpls.36"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".406" = getelementptr i8, ptr %"hdr.4", i64 4
  %".407" = icmp ugt ptr %".406", %"data_end"
  br i1 %".407", label %"exit.12", label %"cont.12"
pppoe_d0:
  %"cursor.7" = phi  i64 [%".21", %"to_pppoe"], [%"cursor.44", %"to_pppoe.1"], [%"cursor.129", %"to_pppoe.2"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".439" = getelementptr i8, ptr %"hdr.5", i64 8
  %".440" = icmp ugt ptr %".439", %"data_end"
  br i1 %".440", label %"exit.14", label %"cont.14"
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
  %".140" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".140", align 2
  %".142" = getelementptr i8, ptr %"keys", i64 2
  %".143" = trunc i64 %"end" to i16
  store volatile i16 %".143", ptr %".142", align 2
  %".145" = load volatile i16, ptr %".142", align 2
  %".146" = zext i16 %".145" to i64
  %"cursor.17" = and i64 %".146", 16383
  br label %"mpls_d0_mpls_labels1"
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
  %"cursor.8" = phi  i64 [%"end", %"to_tcp"], [%"cursor.26", %"to_tcp.1"], [%"cursor.65", %"to_tcp.2"], [%"cursor.83", %"to_tcp.3"], [%"cursor.97", %"to_tcp.4"], [%"cursor.113", %"to_tcp.5"], [%"cursor.173", %"to_tcp.6"], [%"cursor.187", %"to_tcp.7"], [%"cursor.201", %"to_tcp.8"], [%"cursor.217", %"to_tcp.9"], [%"cursor.254", %"to_tcp.10"], [%"cursor.268", %"to_tcp.11"], [%"cursor.278", %"to_tcp.12"], [%"cursor.290", %"to_tcp.13"], [%"cursor.313", %"to_tcp.14"], [%"cursor.323", %"to_tcp.15"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".508" = getelementptr i8, ptr %"hdr.6", i64 4
  %".509" = icmp ugt ptr %".508", %"data_end"
  br i1 %".509", label %"exit.16", label %"cont.16"
udp_d0:
  %"cursor.9" = phi  i64 [%"end", %"to_udp"], [%"cursor.27", %"to_udp.1"], [%"cursor.98", %"to_udp.4"], [%"cursor.114", %"to_udp.5"], [%"cursor.202", %"to_udp.8"], [%"cursor.218", %"to_udp.9"], [%"cursor.279", %"to_udp.12"], [%"cursor.291", %"to_udp.13"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".537" = getelementptr i8, ptr %"hdr.7", i64 4
  %".538" = icmp ugt ptr %".537", %"data_end"
  br i1 %".538", label %"exit.17", label %"cont.17"
udplite:
  %"cursor.10" = phi  i64 [%"end", %"to_udplite"], [%"cursor.28", %"to_udplite.1"], [%"cursor.68", %"to_udplite.2"], [%"cursor.85", %"to_udplite.3"], [%"cursor.99", %"to_udplite.4"], [%"cursor.115", %"to_udplite.5"], [%"cursor.175", %"to_udplite.6"], [%"cursor.189", %"to_udplite.7"], [%"cursor.203", %"to_udplite.8"], [%"cursor.219", %"to_udplite.9"], [%"cursor.256", %"to_udplite.10"], [%"cursor.270", %"to_udplite.11"], [%"cursor.280", %"to_udplite.12"], [%"cursor.292", %"to_udplite.13"], [%"cursor.315", %"to_udplite.14"], [%"cursor.325", %"to_udplite.15"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.10"
  %".581" = getelementptr i8, ptr %"hdr.8", i64 4
  %".582" = icmp ugt ptr %".581", %"data_end"
  br i1 %".582", label %"exit.19", label %"cont.19"
gre_d0:
  %"cursor.11" = phi  i64 [%"end", %"to_gre"], [%"cursor.29", %"to_gre.1"], [%"cursor.100", %"to_gre.4"], [%"cursor.116", %"to_gre.5"], [%"cursor.204", %"to_gre.8"], [%"cursor.220", %"to_gre.9"], [%"cursor.281", %"to_gre.12"], [%"cursor.293", %"to_gre.13"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".617" = getelementptr i8, ptr %"hdr.9", i64 4
  %".618" = icmp ugt ptr %".617", %"data_end"
  br i1 %".618", label %"exit.21", label %"cont.21"
sctp:
  %"cursor.12" = phi  i64 [%"end", %"to_sctp"], [%"cursor.30", %"to_sctp.1"], [%"cursor.71", %"to_sctp.2"], [%"cursor.87", %"to_sctp.3"], [%"cursor.101", %"to_sctp.4"], [%"cursor.117", %"to_sctp.5"], [%"cursor.177", %"to_sctp.6"], [%"cursor.191", %"to_sctp.7"], [%"cursor.205", %"to_sctp.8"], [%"cursor.221", %"to_sctp.9"], [%"cursor.258", %"to_sctp.10"], [%"cursor.272", %"to_sctp.11"], [%"cursor.282", %"to_sctp.12"], [%"cursor.294", %"to_sctp.13"], [%"cursor.317", %"to_sctp.14"], [%"cursor.327", %"to_sctp.15"]
  %"hdr.10" = getelementptr i8, ptr %"data", i64 %"cursor.12"
  %".716" = getelementptr i8, ptr %"hdr.10", i64 4
  %".717" = icmp ugt ptr %".716", %"data_end"
  br i1 %".717", label %"exit.25", label %"cont.25"
dccp:
  %"cursor.13" = phi  i64 [%"end", %"to_dccp"], [%"cursor.31", %"to_dccp.1"], [%"cursor.72", %"to_dccp.2"], [%"cursor.88", %"to_dccp.3"], [%"cursor.102", %"to_dccp.4"], [%"cursor.118", %"to_dccp.5"], [%"cursor.178", %"to_dccp.6"], [%"cursor.192", %"to_dccp.7"], [%"cursor.206", %"to_dccp.8"], [%"cursor.222", %"to_dccp.9"], [%"cursor.259", %"to_dccp.10"], [%"cursor.273", %"to_dccp.11"], [%"cursor.283", %"to_dccp.12"], [%"cursor.295", %"to_dccp.13"], [%"cursor.318", %"to_dccp.14"], [%"cursor.328", %"to_dccp.15"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.13"
  %".744" = getelementptr i8, ptr %"hdr.11", i64 4
  %".745" = icmp ugt ptr %".744", %"data_end"
  br i1 %".745", label %"exit.26", label %"cont.26"
esp:
  %"cursor.14" = phi  i64 [%"end", %"to_esp"], [%"cursor.32", %"to_esp.1"], [%"cursor.73", %"to_esp.2"], [%"cursor.89", %"to_esp.3"], [%"cursor.103", %"to_esp.4"], [%"cursor.119", %"to_esp.5"], [%"cursor.179", %"to_esp.6"], [%"cursor.193", %"to_esp.7"], [%"cursor.207", %"to_esp.8"], [%"cursor.223", %"to_esp.9"], [%"cursor.260", %"to_esp.10"], [%"cursor.274", %"to_esp.11"], [%"cursor.284", %"to_esp.12"], [%"cursor.296", %"to_esp.13"], [%"cursor.319", %"to_esp.14"], [%"cursor.329", %"to_esp.15"]
  %"hdr.12" = getelementptr i8, ptr %"data", i64 %"cursor.14"
  %".772" = getelementptr i8, ptr %"hdr.12", i64 4
  %".773" = icmp ugt ptr %".772", %"data_end"
  br i1 %".773", label %"exit.27", label %"cont.27"
ah:
  %"cursor.15" = phi  i64 [%"end", %"to_ah"], [%"cursor.33", %"to_ah.1"], [%"cursor.74", %"to_ah.2"], [%"cursor.90", %"to_ah.3"], [%"cursor.104", %"to_ah.4"], [%"cursor.120", %"to_ah.5"], [%"cursor.180", %"to_ah.6"], [%"cursor.194", %"to_ah.7"], [%"cursor.208", %"to_ah.8"], [%"cursor.224", %"to_ah.9"], [%"cursor.261", %"to_ah.10"], [%"cursor.275", %"to_ah.11"], [%"cursor.285", %"to_ah.12"], [%"cursor.297", %"to_ah.13"], [%"cursor.320", %"to_ah.14"], [%"cursor.330", %"to_ah.15"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.15"
  %".800" = getelementptr i8, ptr %"hdr.13", i64 8
  %".801" = icmp ugt ptr %".800", %"data_end"
  br i1 %".801", label %"exit.28", label %"cont.28"
icmp:
  %"cursor.16" = phi  i64 [%"end", %"to_icmp"], [%"cursor.75", %"to_icmp.1"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.16"
  %".828" = getelementptr i8, ptr %"hdr.14", i64 4
  %".829" = icmp ugt ptr %".828", %"data_end"
  br i1 %".829", label %"exit.29", label %"cont.29"
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
  %"cursor.18" = phi  i64 [%"cursor.19", %"cont.5"], [%"cursor.36", %"cont.9"], [%"cursor.58", %"to_ipv4.5"], [%"cursor.107", %"cont.42"], [%"cursor.123", %"cont.46"], [%"cursor.132", %"to_ipv4.11"], [%"cursor.136", %"to_ipv4.12"], [%"cursor.138", %"to_ipv4.13"], [%"cursor.145", %"to_ipv4.14"], [%"cursor.146", %"to_ipv4.15"], [%"cursor.211", %"cont.90"], [%"cursor.227", %"cont.94"], [%"cursor.234", %"to_ipv4.21"], [%"cursor.242", %"to_ipv4.22"], [%"cursor.288", %"cont.130"], [%"cursor.300", %"cont.134"], [%"cursor.306", %"to_ipv4.30"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.18"
  %".840" = getelementptr i8, ptr %"hdr.15", i64 20
  %".841" = icmp ugt ptr %".840", %"data_end"
  br i1 %".841", label %"exit.30", label %"cont.30"
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
  %"cursor.20" = phi  i64 [%"cursor.21", %"cont.6"], [%"cursor.37", %"cont.10"], [%"cursor.59", %"to_ipv6.5"], [%"cursor.108", %"cont.43"], [%"cursor.124", %"cont.47"], [%"cursor.133", %"to_ipv6.11"], [%"cursor.137", %"to_ipv6.12"], [%"cursor.139", %"to_ipv6.13"], [%"cursor.147", %"to_ipv6.14"], [%"cursor.212", %"cont.91"], [%"cursor.228", %"cont.95"], [%"cursor.235", %"to_ipv6.20"], [%"cursor.243", %"to_ipv6.21"], [%"cursor.289", %"cont.131"], [%"cursor.301", %"cont.135"], [%"cursor.307", %"to_ipv6.28"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.20"
  %".1015" = getelementptr i8, ptr %"hdr.16", i64 40
  %".1016" = icmp ugt ptr %".1015", %"data_end"
  br i1 %".1016", label %"exit.36", label %"cont.36"
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
  br label %"udp_d0"
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
  br label %"mpls_d0_mpls_labels1"
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
  %".1191" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1192" = icmp ugt ptr %".1191", %"data_end"
  br i1 %".1192", label %"exit.40", label %"cont.40"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".223", %"to_ipv6_frag"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.25"
  %".1330" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1331" = icmp ugt ptr %".1330", %"data_end"
  br i1 %".1331", label %"exit.44", label %"cont.44"
icmpv6:
  %"cursor.34" = phi  i64 [%".223", %"to_icmpv6"], [%"cursor.91", %"to_icmpv6.1"], [%"cursor.105", %"to_icmpv6.2"], [%"cursor.121", %"to_icmpv6.3"], [%"cursor.181", %"to_icmpv6.4"], [%"cursor.195", %"to_icmpv6.5"], [%"cursor.209", %"to_icmpv6.6"], [%"cursor.225", %"to_icmpv6.7"], [%"cursor.262", %"to_icmpv6.8"], [%"cursor.276", %"to_icmpv6.9"], [%"cursor.286", %"to_icmpv6.10"], [%"cursor.298", %"to_icmpv6.11"], [%"cursor.321", %"to_icmpv6.12"], [%"cursor.331", %"to_icmpv6.13"]
  %"hdr.19" = getelementptr i8, ptr %"data", i64 %"cursor.34"
  %".1492" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1493" = icmp ugt ptr %".1492", %"data_end"
  br i1 %".1493", label %"exit.48", label %"cont.48"
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
  br label %"mpls_d0_mpls_labels1"
to_mpls.5:
  %".394" = getelementptr i8, ptr %"keys", i64 2
  %".395" = trunc i64 %".358" to i16
  store volatile i16 %".395", ptr %".394", align 2
  %".397" = load volatile i16, ptr %".394", align 2
  %".398" = zext i16 %".397" to i64
  %"cursor.43" = and i64 %".398", 16383
  br label %"mpls_d0_mpls_labels1"
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
  %".1504" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1505" = icmp ugt ptr %".1504", %"data_end"
  br i1 %".1505", label %"exit.49", label %"cont.49"
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
  switch i64 %".417", label %"unknown.4" [i64 0, label %"to_mpls.6" i64 1, label %"to_ip_version"]
unknown.4:
  %".419" = trunc i64 %".413" to i16
  %".420" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".419", ptr %".420", align 2
  br label %"return"
to_mpls.6:
  br label %"mpls_d0_mpls_labels2"
to_ip_version:
  %".424" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".424", align 1
  %".426" = and i32 %"flags", 4
  %".427" = icmp ne i32 %".426", 0
  br i1 %".427", label %"exit.13", label %"cont.13"
mpls_d0_mpls_labels2:
  %"cursor.45" = phi  i64 [%".413", %"to_mpls.6"]
  %"hdr.21" = getelementptr i8, ptr %"data", i64 %"cursor.45"
  %".1568" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1569" = icmp ugt ptr %".1568", %"data_end"
  br i1 %".1569", label %"exit.50", label %"cont.50"
exit.13:
  %".429" = trunc i64 %".413" to i16
  %".430" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".429", ptr %".430", align 2
  br label %"return"
cont.13:
  %".433" = getelementptr i8, ptr %"keys", i64 2
  %".434" = trunc i64 %".413" to i16
  store volatile i16 %".434", ptr %".433", align 2
  %".436" = load volatile i16, ptr %".433", align 2
  %".437" = zext i16 %".436" to i64
  %"cursor.47" = and i64 %".437", 16383
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.46" = phi  i64 [%"cursor.47", %"cont.13"], [%"cursor.131", %"cont.51"], [%"cursor.140", %"to_ip_version.2"], [%"cursor.230", %"cont.97"], [%"cursor.231", %"to_ip_version.5"], [%"cursor.302", %"cont.137"], [%"cursor.303", %"to_ip_version.9"], [%"cursor.335", %"to_ip_version.12"], [%"cursor.340", %"to_ip_version.13"]
  %"hdr.22" = getelementptr i8, ptr %"data", i64 %"cursor.46"
  %".1601" = getelementptr i8, ptr %"hdr.22", i64 1
  %".1602" = icmp ugt ptr %".1601", %"data_end"
  br i1 %".1602", label %"exit.52", label %"cont.52"
exit.14:
  %".442" = trunc i64 %"cursor.7" to i16
  %".443" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".442", ptr %".443", align 2
  br label %"return"
cont.14:
  %".446" = getelementptr i8, ptr %"hdr.5", i64 0
  %".447" = load i8, ptr %".446", align 1
  %".448" = zext i8 %".447" to i64
  %".449" = lshr i64 %".448", 4
  %".450" = and i64 %".449", 15
  %".451" = icmp eq i64 %".450", 1
  %".452" = zext i8 %".447" to i64
  %".453" = and i64 %".452", 15
  %".454" = icmp eq i64 %".453", 1
  %".455" = and i1 %".451", %".454"
  %".456" = getelementptr i8, ptr %"hdr.5", i64 1
  %".457" = load i8, ptr %".456", align 1
  %".458" = zext i8 %".457" to i64
  %".459" = icmp eq i64 %".458", 0
  %".460" = and i1 %".455", %".459"
  %".461" = xor i1 %".460", -1
  br i1 %".461", label %"exit.15", label %"cont.15"
exit.15:
  %".463" = trunc i64 %"cursor.7" to i16
  %".464" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".463", ptr %".464", align 2
  br label %"return"
cont.15:
  %".467" = add i64 %"cursor.7", 8
  %".468" = trunc i64 %".467" to i16
  %".469" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".468", ptr %".469", align 2
  %".471" = getelementptr i8, ptr %"hdr.5", i64 6
  %".472" = load i16, ptr %".471", align 2
  %".473" = call i16 @"llvm.bswap.i16"(i16 %".472")
  %".474" = zext i16 %".473" to i64
  switch i64 %".474", label %"unknown.5" [i64 33, label %"to_ipv4.4" i64 87, label %"to_ipv6.4" i64 641, label %"to_mpls.7" i64 643, label %"to_mpls.8"]
unknown.5:
  %".476" = trunc i64 %".467" to i16
  %".477" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".476", ptr %".477", align 2
  br label %"return"
to_ipv4.4:
  %".480" = getelementptr i8, ptr %"keys", i64 2
  %".481" = trunc i64 %".467" to i16
  store volatile i16 %".481", ptr %".480", align 2
  %".483" = load volatile i16, ptr %".480", align 2
  %".484" = zext i16 %".483" to i64
  %"cursor.48" = and i64 %".484", 16383
  br label %"ipv4_d0"
to_ipv6.4:
  %".486" = getelementptr i8, ptr %"keys", i64 2
  %".487" = trunc i64 %".467" to i16
  store volatile i16 %".487", ptr %".486", align 2
  %".489" = load volatile i16, ptr %".486", align 2
  %".490" = zext i16 %".489" to i64
  %"cursor.49" = and i64 %".490", 16383
  br label %"ipv6_d0"
to_mpls.7:
  %".492" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".492", align 2
  %".494" = getelementptr i8, ptr %"keys", i64 2
  %".495" = trunc i64 %".467" to i16
  store volatile i16 %".495", ptr %".494", align 2
  %".497" = load volatile i16, ptr %".494", align 2
  %".498" = zext i16 %".497" to i64
  %"cursor.50" = and i64 %".498", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.8:
  %".500" = getelementptr i8, ptr %"keys", i64 10
  store i16 18568, ptr %".500", align 2
  %".502" = getelementptr i8, ptr %"keys", i64 2
  %".503" = trunc i64 %".467" to i16
  store volatile i16 %".503", ptr %".502", align 2
  %".505" = load volatile i16, ptr %".502", align 2
  %".506" = zext i16 %".505" to i64
  %"cursor.51" = and i64 %".506", 16383
  br label %"mpls_d0_mpls_labels1"
exit.16:
  %".511" = trunc i64 %"cursor.8" to i16
  %".512" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".511", ptr %".512", align 2
  br label %"return"
cont.16:
  %".515" = getelementptr i8, ptr %"hdr.6", i64 0
  %".516" = load i16, ptr %".515", align 2
  %".517" = call i16 @"llvm.bswap.i16"(i16 %".516")
  %".518" = zext i16 %".517" to i64
  %".519" = trunc i64 %".518" to i16
  %".520" = call i16 @"llvm.bswap.i16"(i16 %".519")
  %".521" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".520", ptr %".521", align 2
  %".523" = getelementptr i8, ptr %"hdr.6", i64 2
  %".524" = load i16, ptr %".523", align 2
  %".525" = call i16 @"llvm.bswap.i16"(i16 %".524")
  %".526" = zext i16 %".525" to i64
  %".527" = trunc i64 %".526" to i16
  %".528" = call i16 @"llvm.bswap.i16"(i16 %".527")
  %".529" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".528", ptr %".529", align 2
  switch i64 0, label %"unknown.6" [i64 0, label %"to_tcp_header"]
unknown.6:
  %".532" = trunc i64 %"cursor.8" to i16
  %".533" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".532", ptr %".533", align 2
  br label %"return"
to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.52" = phi  i64 [%"cursor.8", %"to_tcp_header"]
  %"hdr.23" = getelementptr i8, ptr %"data", i64 %"cursor.52"
  %".1630" = getelementptr i8, ptr %"hdr.23", i64 20
  %".1631" = icmp ugt ptr %".1630", %"data_end"
  br i1 %".1631", label %"exit.53", label %"cont.53"
exit.17:
  %".540" = trunc i64 %"cursor.9" to i16
  %".541" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".540", ptr %".541", align 2
  br label %"return"
cont.17:
  %".544" = getelementptr i8, ptr %"hdr.7", i64 0
  %".545" = load i16, ptr %".544", align 2
  %".546" = call i16 @"llvm.bswap.i16"(i16 %".545")
  %".547" = zext i16 %".546" to i64
  %".548" = trunc i64 %".547" to i16
  %".549" = call i16 @"llvm.bswap.i16"(i16 %".548")
  %".550" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".549", ptr %".550", align 2
  %".552" = getelementptr i8, ptr %"hdr.7", i64 2
  %".553" = load i16, ptr %".552", align 2
  %".554" = call i16 @"llvm.bswap.i16"(i16 %".553")
  %".555" = zext i16 %".554" to i64
  %".556" = trunc i64 %".555" to i16
  %".557" = call i16 @"llvm.bswap.i16"(i16 %".556")
  %".558" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".557", ptr %".558", align 2
  %".560" = add i64 %"cursor.9", 4
  %".561" = add i64 4, 4
  %".562" = getelementptr i8, ptr %"hdr.7", i64 %".561"
  %".563" = icmp ugt ptr %".562", %"data_end"
  br i1 %".563", label %"exit.18", label %"cont.18"
exit.18:
  %".565" = trunc i64 %"cursor.9" to i16
  %".566" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".565", ptr %".566", align 2
  br label %"return"
cont.18:
  %"end.1" = add i64 %"cursor.9", %".561"
  %".569" = call i16 @"llvm.bswap.i16"(i16 %".553")
  %".570" = zext i16 %".569" to i64
  switch i64 %".570", label %"unknown.7" [i64 4789, label %"to_vxlan" i64 6081, label %"to_geneve" i64 6080, label %"to_gue" i64 2152, label %"to_gtpu" i64 7777, label %"to_shim"]
unknown.7:
  %".572" = trunc i64 %"cursor.9" to i16
  %".573" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".572", ptr %".573", align 2
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
  %"cursor.53" = phi  i64 [%"end.1", %"to_vxlan"]
  %"hdr.24" = getelementptr i8, ptr %"data", i64 %"cursor.53"
  %".1667" = getelementptr i8, ptr %"hdr.24", i64 8
  %".1668" = icmp ugt ptr %".1667", %"data_end"
  br i1 %".1668", label %"exit.56", label %"cont.56"
geneve_d0:
  %"cursor.54" = phi  i64 [%"end.1", %"to_geneve"]
  %"hdr.25" = getelementptr i8, ptr %"data", i64 %"cursor.54"
  %".1695" = getelementptr i8, ptr %"hdr.25", i64 8
  %".1696" = icmp ugt ptr %".1695", %"data_end"
  br i1 %".1696", label %"exit.58", label %"cont.58"
gue_d0:
  %"cursor.55" = phi  i64 [%"end.1", %"to_gue"]
  %"hdr.26" = getelementptr i8, ptr %"data", i64 %"cursor.55"
  %".1761" = getelementptr i8, ptr %"hdr.26", i64 4
  %".1762" = icmp ugt ptr %".1761", %"data_end"
  br i1 %".1762", label %"exit.62", label %"cont.62"
gtpu_d0:
  %"cursor.56" = phi  i64 [%"end.1", %"to_gtpu"]
  %"hdr.27" = getelementptr i8, ptr %"data", i64 %"cursor.56"
  %".1825" = getelementptr i8, ptr %"hdr.27", i64 8
  %".1826" = icmp ugt ptr %".1825", %"data_end"
  br i1 %".1826", label %"exit.66", label %"cont.66"
shim_d0:
  %"cursor.57" = phi  i64 [%"end.1", %"to_shim"]
  %"hdr.28" = getelementptr i8, ptr %"data", i64 %"cursor.57"
  %".1906" = getelementptr i8, ptr %"hdr.28", i64 8
  %".1907" = icmp ugt ptr %".1906", %"data_end"
  br i1 %".1907", label %"exit.69", label %"cont.69"
exit.19:
  %".584" = trunc i64 %"cursor.10" to i16
  %".585" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".584", ptr %".585", align 2
  br label %"return"
cont.19:
  %".588" = getelementptr i8, ptr %"hdr.8", i64 0
  %".589" = load i16, ptr %".588", align 2
  %".590" = call i16 @"llvm.bswap.i16"(i16 %".589")
  %".591" = zext i16 %".590" to i64
  %".592" = trunc i64 %".591" to i16
  %".593" = call i16 @"llvm.bswap.i16"(i16 %".592")
  %".594" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".593", ptr %".594", align 2
  %".596" = getelementptr i8, ptr %"hdr.8", i64 2
  %".597" = load i16, ptr %".596", align 2
  %".598" = call i16 @"llvm.bswap.i16"(i16 %".597")
  %".599" = zext i16 %".598" to i64
  %".600" = trunc i64 %".599" to i16
  %".601" = call i16 @"llvm.bswap.i16"(i16 %".600")
  %".602" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".601", ptr %".602", align 2
  %".604" = add i64 %"cursor.10", 4
  %".605" = add i64 4, 4
  %".606" = getelementptr i8, ptr %"hdr.8", i64 %".605"
  %".607" = icmp ugt ptr %".606", %"data_end"
  br i1 %".607", label %"exit.20", label %"cont.20"
exit.20:
  %".609" = trunc i64 %"cursor.10" to i16
  %".610" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".609", ptr %".610", align 2
  br label %"return"
cont.20:
  %"end.2" = add i64 %"cursor.10", %".605"
  %".613" = trunc i64 %"cursor.10" to i16
  %".614" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".613", ptr %".614", align 2
  br label %"return"
exit.21:
  %".620" = trunc i64 %"cursor.11" to i16
  %".621" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".620", ptr %".621", align 2
  br label %"return"
cont.21:
  %".624" = getelementptr i8, ptr %"hdr.9", i64 1
  %".625" = load i8, ptr %".624", align 1
  %".626" = zext i8 %".625" to i64
  %".627" = and i64 %".626", 7
  %".628" = icmp ne i64 %".627", 0
  %".629" = getelementptr i8, ptr %"hdr.9", i64 0
  %".630" = load i8, ptr %".629", align 1
  %".631" = zext i8 %".630" to i64
  %".632" = lshr i64 %".631", 6
  %".633" = and i64 %".632", 1
  %".634" = icmp ne i64 %".633", 0
  %".635" = or i1 %".628", %".634"
  br i1 %".635", label %"exit.22", label %"cont.22"
exit.22:
  %".637" = trunc i64 %"cursor.11" to i16
  %".638" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".637", ptr %".638", align 2
  br label %"return"
cont.22:
  %".641" = add i64 %"cursor.11", 4
  %".642" = zext i8 %".630" to i64
  %".643" = lshr i64 %".642", 7
  %".644" = and i64 %".643", 1
  %".645" = zext i8 %".630" to i64
  %".646" = lshr i64 %".645", 5
  %".647" = and i64 %".646", 1
  %".648" = add i64 %".644", %".647"
  %".649" = zext i8 %".630" to i64
  %".650" = lshr i64 %".649", 4
  %".651" = and i64 %".650", 1
  %".652" = add i64 %".648", %".651"
  %".653" = mul i64 %".652", 4
  %".654" = add i64 %".653", 4
  %".655" = getelementptr i8, ptr %"hdr.9", i64 %".654"
  %".656" = icmp ugt ptr %".655", %"data_end"
  br i1 %".656", label %"exit.23", label %"cont.23"
exit.23:
  %".658" = trunc i64 %"cursor.11" to i16
  %".659" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".658", ptr %".659", align 2
  br label %"return"
cont.23:
  %"end.3" = add i64 %"cursor.11", %".654"
  %".662" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".662", align 1
  %".664" = and i32 %"flags", 4
  %".665" = icmp ne i32 %".664", 0
  br i1 %".665", label %"exit.24", label %"cont.24"
exit.24:
  %".667" = trunc i64 %"end.3" to i16
  %".668" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".667", ptr %".668", align 2
  br label %"return"
cont.24:
  %".671" = getelementptr i8, ptr %"hdr.9", i64 2
  %".672" = load i16, ptr %".671", align 2
  %".673" = call i16 @"llvm.bswap.i16"(i16 %".672")
  %".674" = zext i16 %".673" to i64
  %".675" = trunc i64 %".674" to i16
  %".676" = call i16 @"llvm.bswap.i16"(i16 %".675")
  %".677" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".676", ptr %".677", align 2
  %".679" = call i16 @"llvm.bswap.i16"(i16 %".672")
  %".680" = zext i16 %".679" to i64
  switch i64 %".680", label %"unknown.8" [i64 2048, label %"to_ipv4.5" i64 34525, label %"to_ipv6.5" i64 25944, label %"to_ethernet" i64 34887, label %"to_mpls.9" i64 34888, label %"to_mpls.10"]
unknown.8:
  %".682" = trunc i64 %"end.3" to i16
  %".683" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".682", ptr %".683", align 2
  br label %"return"
to_ipv4.5:
  %".686" = getelementptr i8, ptr %"keys", i64 2
  %".687" = trunc i64 %"end.3" to i16
  store volatile i16 %".687", ptr %".686", align 2
  %".689" = load volatile i16, ptr %".686", align 2
  %".690" = zext i16 %".689" to i64
  %"cursor.58" = and i64 %".690", 16383
  br label %"ipv4_d1"
to_ipv6.5:
  %".692" = getelementptr i8, ptr %"keys", i64 2
  %".693" = trunc i64 %"end.3" to i16
  store volatile i16 %".693", ptr %".692", align 2
  %".695" = load volatile i16, ptr %".692", align 2
  %".696" = zext i16 %".695" to i64
  %"cursor.59" = and i64 %".696", 16383
  br label %"ipv6_d1"
to_ethernet:
  %".698" = getelementptr i8, ptr %"keys", i64 2
  %".699" = trunc i64 %"end.3" to i16
  store volatile i16 %".699", ptr %".698", align 2
  %".701" = load volatile i16, ptr %".698", align 2
  %".702" = zext i16 %".701" to i64
  %"cursor.61" = and i64 %".702", 16383
  br label %"ethernet_d1"
to_mpls.9:
  %".704" = getelementptr i8, ptr %"keys", i64 2
  %".705" = trunc i64 %"end.3" to i16
  store volatile i16 %".705", ptr %".704", align 2
  %".707" = load volatile i16, ptr %".704", align 2
  %".708" = zext i16 %".707" to i64
  %"cursor.63" = and i64 %".708", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.10:
  %".710" = getelementptr i8, ptr %"keys", i64 2
  %".711" = trunc i64 %"end.3" to i16
  store volatile i16 %".711", ptr %".710", align 2
  %".713" = load volatile i16, ptr %".710", align 2
  %".714" = zext i16 %".713" to i64
  %"cursor.64" = and i64 %".714", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1:
  %"cursor.60" = phi  i64 [%"cursor.61", %"to_ethernet"], [%"cursor.134", %"to_ethernet.1"], [%"cursor.135", %"to_ethernet.2"]
  %"hdr.29" = getelementptr i8, ptr %"data", i64 %"cursor.60"
  %".1938" = getelementptr i8, ptr %"hdr.29", i64 14
  %".1939" = icmp ugt ptr %".1938", %"data_end"
  br i1 %".1939", label %"exit.71", label %"cont.71"
mpls_d1_mpls_labels1:
  %"cursor.62" = phi  i64 [%"cursor.63", %"to_mpls.9"], [%"cursor.64", %"to_mpls.10"], [%"cursor.76", %"to_mpls.11"], [%"cursor.92", %"to_mpls.12"], [%"cursor.151", %"to_mpls.18"], [%"cursor.152", %"to_mpls.19"], [%"cursor.182", %"to_mpls.23"], [%"cursor.196", %"to_mpls.24"], [%"cursor.239", %"to_mpls.28"], [%"cursor.240", %"to_mpls.29"], [%"cursor.244", %"to_mpls.30"], [%"cursor.245", %"to_mpls.31"], [%"cursor.263", %"to_mpls.33"], [%"cursor.277", %"to_mpls.34"], [%"cursor.308", %"to_mpls.38"], [%"cursor.309", %"to_mpls.39"], [%"cursor.322", %"to_mpls.41"], [%"cursor.332", %"to_mpls.42"]
  %"hdr.30" = getelementptr i8, ptr %"data", i64 %"cursor.62"
  %".2003" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2004" = icmp ugt ptr %".2003", %"data_end"
  br i1 %".2004", label %"exit.72", label %"cont.72"
exit.25:
  %".719" = trunc i64 %"cursor.12" to i16
  %".720" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".719", ptr %".720", align 2
  br label %"return"
cont.25:
  %".723" = getelementptr i8, ptr %"hdr.10", i64 0
  %".724" = load i16, ptr %".723", align 2
  %".725" = call i16 @"llvm.bswap.i16"(i16 %".724")
  %".726" = zext i16 %".725" to i64
  %".727" = trunc i64 %".726" to i16
  %".728" = call i16 @"llvm.bswap.i16"(i16 %".727")
  %".729" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".728", ptr %".729", align 2
  %".731" = getelementptr i8, ptr %"hdr.10", i64 2
  %".732" = load i16, ptr %".731", align 2
  %".733" = call i16 @"llvm.bswap.i16"(i16 %".732")
  %".734" = zext i16 %".733" to i64
  %".735" = trunc i64 %".734" to i16
  %".736" = call i16 @"llvm.bswap.i16"(i16 %".735")
  %".737" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".736", ptr %".737", align 2
  %".739" = add i64 %"cursor.12", 4
  %".740" = trunc i64 %"cursor.12" to i16
  %".741" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".740", ptr %".741", align 2
  br label %"return"
exit.26:
  %".747" = trunc i64 %"cursor.13" to i16
  %".748" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".747", ptr %".748", align 2
  br label %"return"
cont.26:
  %".751" = getelementptr i8, ptr %"hdr.11", i64 0
  %".752" = load i16, ptr %".751", align 2
  %".753" = call i16 @"llvm.bswap.i16"(i16 %".752")
  %".754" = zext i16 %".753" to i64
  %".755" = trunc i64 %".754" to i16
  %".756" = call i16 @"llvm.bswap.i16"(i16 %".755")
  %".757" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".756", ptr %".757", align 2
  %".759" = getelementptr i8, ptr %"hdr.11", i64 2
  %".760" = load i16, ptr %".759", align 2
  %".761" = call i16 @"llvm.bswap.i16"(i16 %".760")
  %".762" = zext i16 %".761" to i64
  %".763" = trunc i64 %".762" to i16
  %".764" = call i16 @"llvm.bswap.i16"(i16 %".763")
  %".765" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".764", ptr %".765", align 2
  %".767" = add i64 %"cursor.13", 4
  %".768" = trunc i64 %"cursor.13" to i16
  %".769" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".768", ptr %".769", align 2
  br label %"return"
exit.27:
  %".775" = trunc i64 %"cursor.14" to i16
  %".776" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".775", ptr %".776", align 2
  br label %"return"
cont.27:
  %".779" = getelementptr i8, ptr %"hdr.12", i64 0
  %".780" = load i32, ptr %".779", align 4
  %".781" = call i32 @"llvm.bswap.i32"(i32 %".780")
  %".782" = zext i32 %".781" to i64
  %".783" = lshr i64 %".782", 16
  %".784" = trunc i64 %".783" to i16
  %".785" = call i16 @"llvm.bswap.i16"(i16 %".784")
  %".786" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".785", ptr %".786", align 2
  %".788" = call i32 @"llvm.bswap.i32"(i32 %".780")
  %".789" = zext i32 %".788" to i64
  %".790" = and i64 %".789", 65535
  %".791" = trunc i64 %".790" to i16
  %".792" = call i16 @"llvm.bswap.i16"(i16 %".791")
  %".793" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".792", ptr %".793", align 2
  %".795" = add i64 %"cursor.14", 4
  %".796" = trunc i64 %"cursor.14" to i16
  %".797" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".796", ptr %".797", align 2
  br label %"return"
exit.28:
  %".803" = trunc i64 %"cursor.15" to i16
  %".804" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".803", ptr %".804", align 2
  br label %"return"
cont.28:
  %".807" = getelementptr i8, ptr %"hdr.13", i64 4
  %".808" = load i32, ptr %".807", align 4
  %".809" = call i32 @"llvm.bswap.i32"(i32 %".808")
  %".810" = zext i32 %".809" to i64
  %".811" = lshr i64 %".810", 16
  %".812" = trunc i64 %".811" to i16
  %".813" = call i16 @"llvm.bswap.i16"(i16 %".812")
  %".814" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".813", ptr %".814", align 2
  %".816" = call i32 @"llvm.bswap.i32"(i32 %".808")
  %".817" = zext i32 %".816" to i64
  %".818" = and i64 %".817", 65535
  %".819" = trunc i64 %".818" to i16
  %".820" = call i16 @"llvm.bswap.i16"(i16 %".819")
  %".821" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".820", ptr %".821", align 2
  %".823" = add i64 %"cursor.15", 8
  %".824" = trunc i64 %"cursor.15" to i16
  %".825" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".824", ptr %".825", align 2
  br label %"return"
exit.29:
  %".831" = trunc i64 %"cursor.16" to i16
  %".832" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".831", ptr %".832", align 2
  br label %"return"
cont.29:
  %".835" = add i64 %"cursor.16", 4
  %".836" = trunc i64 %"cursor.16" to i16
  %".837" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".836", ptr %".837", align 2
  br label %"return"
exit.30:
  %".843" = trunc i64 %"cursor.18" to i16
  %".844" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".843", ptr %".844", align 2
  br label %"return"
cont.30:
  %".847" = getelementptr i8, ptr %"hdr.15", i64 0
  %".848" = load i8, ptr %".847", align 1
  %".849" = zext i8 %".848" to i64
  %".850" = and i64 %".849", 15
  %".851" = icmp uge i64 %".850", 5
  %".852" = xor i1 %".851", -1
  br i1 %".852", label %"exit.31", label %"cont.31"
exit.31:
  %".854" = trunc i64 %"cursor.18" to i16
  %".855" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".854", ptr %".855", align 2
  br label %"return"
cont.31:
  %".858" = trunc i64 2048 to i16
  %".859" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".858", ptr %".859", align 2
  %".861" = trunc i64 2048 to i16
  %".862" = call i16 @"llvm.bswap.i16"(i16 %".861")
  %".863" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".862", ptr %".863", align 2
  %".865" = getelementptr i8, ptr %"hdr.15", i64 12
  %".866" = load i32, ptr %".865", align 4
  %".867" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".866", ptr %".867", align 4
  %".869" = getelementptr i8, ptr %"hdr.15", i64 16
  %".870" = load i32, ptr %".869", align 4
  %".871" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".870", ptr %".871", align 4
  %".873" = getelementptr i8, ptr %"hdr.15", i64 9
  %".874" = load i8, ptr %".873", align 1
  %".875" = zext i8 %".874" to i64
  %".876" = trunc i64 %".875" to i8
  %".877" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".876", ptr %".877", align 1
  %".879" = add i64 %"cursor.18", 20
  %".880" = zext i8 %".848" to i64
  %".881" = and i64 %".880", 15
  %".882" = mul i64 %".881", 4
  %".883" = sub i64 %".882", 20
  %".884" = add i64 %".883", 20
  %".885" = getelementptr i8, ptr %"hdr.15", i64 %".884"
  %".886" = icmp ugt ptr %".885", %"data_end"
  br i1 %".886", label %"exit.32", label %"cont.32"
exit.32:
  %".888" = trunc i64 %"cursor.18" to i16
  %".889" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".888", ptr %".889", align 2
  br label %"return"
cont.32:
  %"end.4" = add i64 %"cursor.18", %".884"
  %".892" = getelementptr i8, ptr %"hdr.15", i64 6
  %".893" = load i16, ptr %".892", align 2
  %".894" = call i16 @"llvm.bswap.i16"(i16 %".893")
  %".895" = zext i16 %".894" to i64
  %".896" = and i64 %".895", 16383
  %".897" = icmp ne i64 %".896", 0
  %".898" = call i16 @"llvm.bswap.i16"(i16 %".893")
  %".899" = zext i16 %".898" to i64
  %".900" = and i64 %".899", 8191
  %".901" = icmp eq i64 %".900", 0
  br i1 %".897", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".903" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".903", align 1
  br i1 %".901", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".921" = zext i8 %".874" to i64
  switch i64 %".921", label %"unknown.9" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 132, label %"to_sctp.2" i64 33, label %"to_dccp.2" i64 50, label %"to_esp.2" i64 51, label %"to_ah.2" i64 1, label %"to_icmp.1" i64 137, label %"to_mpls.11" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
first_fragment.1:
  %".910" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".910", align 1
  %".912" = and i32 %"flags", 1
  %".913" = icmp ne i32 %".912", 0
  %".914" = xor i1 %".913", -1
  br i1 %".914", label %"exit.33", label %"cont.33"
later_fragment.1:
  %".906" = trunc i64 %"end.4" to i16
  %".907" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".906", ptr %".907", align 2
  br label %"return"
exit.33:
  %".916" = trunc i64 %"end.4" to i16
  %".917" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".916", ptr %".917", align 2
  br label %"return"
cont.33:
  br label %"not_fragment.1"
unknown.9:
  %".923" = trunc i64 %"end.4" to i16
  %".924" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".923", ptr %".924", align 2
  br label %"return"
to_tcp.2:
  %".927" = getelementptr i8, ptr %"keys", i64 2
  %".928" = trunc i64 %"end.4" to i16
  store volatile i16 %".928", ptr %".927", align 2
  %".930" = load volatile i16, ptr %".927", align 2
  %".931" = zext i16 %".930" to i64
  %"cursor.65" = and i64 %".931", 16383
  br label %"tcp"
to_udp.2:
  %".933" = getelementptr i8, ptr %"keys", i64 2
  %".934" = trunc i64 %"end.4" to i16
  store volatile i16 %".934", ptr %".933", align 2
  %".936" = load volatile i16, ptr %".933", align 2
  %".937" = zext i16 %".936" to i64
  %"cursor.67" = and i64 %".937", 16383
  br label %"udp_d1"
to_udplite.2:
  %".939" = getelementptr i8, ptr %"keys", i64 2
  %".940" = trunc i64 %"end.4" to i16
  store volatile i16 %".940", ptr %".939", align 2
  %".942" = load volatile i16, ptr %".939", align 2
  %".943" = zext i16 %".942" to i64
  %"cursor.68" = and i64 %".943", 16383
  br label %"udplite"
to_gre.2:
  %".945" = getelementptr i8, ptr %"keys", i64 2
  %".946" = trunc i64 %"end.4" to i16
  store volatile i16 %".946", ptr %".945", align 2
  %".948" = load volatile i16, ptr %".945", align 2
  %".949" = zext i16 %".948" to i64
  %"cursor.70" = and i64 %".949", 16383
  br label %"gre_d1"
to_sctp.2:
  %".951" = getelementptr i8, ptr %"keys", i64 2
  %".952" = trunc i64 %"end.4" to i16
  store volatile i16 %".952", ptr %".951", align 2
  %".954" = load volatile i16, ptr %".951", align 2
  %".955" = zext i16 %".954" to i64
  %"cursor.71" = and i64 %".955", 16383
  br label %"sctp"
to_dccp.2:
  %".957" = getelementptr i8, ptr %"keys", i64 2
  %".958" = trunc i64 %"end.4" to i16
  store volatile i16 %".958", ptr %".957", align 2
  %".960" = load volatile i16, ptr %".957", align 2
  %".961" = zext i16 %".960" to i64
  %"cursor.72" = and i64 %".961", 16383
  br label %"dccp"
to_esp.2:
  %".963" = getelementptr i8, ptr %"keys", i64 2
  %".964" = trunc i64 %"end.4" to i16
  store volatile i16 %".964", ptr %".963", align 2
  %".966" = load volatile i16, ptr %".963", align 2
  %".967" = zext i16 %".966" to i64
  %"cursor.73" = and i64 %".967", 16383
  br label %"esp"
to_ah.2:
  %".969" = getelementptr i8, ptr %"keys", i64 2
  %".970" = trunc i64 %"end.4" to i16
  store volatile i16 %".970", ptr %".969", align 2
  %".972" = load volatile i16, ptr %".969", align 2
  %".973" = zext i16 %".972" to i64
  %"cursor.74" = and i64 %".973", 16383
  br label %"ah"
to_icmp.1:
  %".975" = getelementptr i8, ptr %"keys", i64 2
  %".976" = trunc i64 %"end.4" to i16
  store volatile i16 %".976", ptr %".975", align 2
  %".978" = load volatile i16, ptr %".975", align 2
  %".979" = zext i16 %".978" to i64
  %"cursor.75" = and i64 %".979", 16383
  br label %"icmp"
to_mpls.11:
  %".981" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".981", align 2
  %".983" = getelementptr i8, ptr %"keys", i64 2
  %".984" = trunc i64 %"end.4" to i16
  store volatile i16 %".984", ptr %".983", align 2
  %".986" = load volatile i16, ptr %".983", align 2
  %".987" = zext i16 %".986" to i64
  %"cursor.76" = and i64 %".987", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.6:
  %".989" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".989", align 1
  %".991" = and i32 %"flags", 4
  %".992" = icmp ne i32 %".991", 0
  br i1 %".992", label %"exit.34", label %"cont.34"
to_ipv6.6:
  %".1002" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1002", align 1
  %".1004" = and i32 %"flags", 4
  %".1005" = icmp ne i32 %".1004", 0
  br i1 %".1005", label %"exit.35", label %"cont.35"
udp_d1:
  %"cursor.66" = phi  i64 [%"cursor.67", %"to_udp.2"], [%"cursor.84", %"to_udp.3"], [%"cursor.174", %"to_udp.6"], [%"cursor.188", %"to_udp.7"], [%"cursor.255", %"to_udp.10"], [%"cursor.269", %"to_udp.11"], [%"cursor.314", %"to_udp.14"], [%"cursor.324", %"to_udp.15"]
  %"hdr.31" = getelementptr i8, ptr %"data", i64 %"cursor.66"
  %".2039" = getelementptr i8, ptr %"hdr.31", i64 4
  %".2040" = icmp ugt ptr %".2039", %"data_end"
  br i1 %".2040", label %"exit.74", label %"cont.74"
gre_d1:
  %"cursor.69" = phi  i64 [%"cursor.70", %"to_gre.2"], [%"cursor.86", %"to_gre.3"], [%"cursor.176", %"to_gre.6"], [%"cursor.190", %"to_gre.7"], [%"cursor.257", %"to_gre.10"], [%"cursor.271", %"to_gre.11"], [%"cursor.316", %"to_gre.14"], [%"cursor.326", %"to_gre.15"]
  %"hdr.32" = getelementptr i8, ptr %"data", i64 %"cursor.69"
  %".2108" = getelementptr i8, ptr %"hdr.32", i64 4
  %".2109" = icmp ugt ptr %".2108", %"data_end"
  br i1 %".2109", label %"exit.76", label %"cont.76"
exit.34:
  %".994" = trunc i64 %"end.4" to i16
  %".995" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".994", ptr %".995", align 2
  br label %"return"
cont.34:
  %".998" = trunc i64 %"end.4" to i16
  %".999" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".998", ptr %".999", align 2
  br label %"return"
exit.35:
  %".1007" = trunc i64 %"end.4" to i16
  %".1008" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1007", ptr %".1008", align 2
  br label %"return"
cont.35:
  %".1011" = trunc i64 %"end.4" to i16
  %".1012" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1011", ptr %".1012", align 2
  br label %"return"
exit.36:
  %".1018" = trunc i64 %"cursor.20" to i16
  %".1019" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1018", ptr %".1019", align 2
  br label %"return"
cont.36:
  %".1022" = trunc i64 34525 to i16
  %".1023" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".1022", ptr %".1023", align 2
  %".1025" = trunc i64 34525 to i16
  %".1026" = call i16 @"llvm.bswap.i16"(i16 %".1025")
  %".1027" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1026", ptr %".1027", align 2
  %".1029" = getelementptr i8, ptr %"hdr.16", i64 8
  %".1030" = load i64, ptr %".1029", align 8
  %".1031" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".1030", ptr %".1031", align 8
  %".1033" = getelementptr i8, ptr %"hdr.16", i64 16
  %".1034" = load i64, ptr %".1033", align 8
  %".1035" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".1034", ptr %".1035", align 8
  %".1037" = getelementptr i8, ptr %"hdr.16", i64 24
  %".1038" = load i64, ptr %".1037", align 8
  %".1039" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".1038", ptr %".1039", align 8
  %".1041" = getelementptr i8, ptr %"hdr.16", i64 32
  %".1042" = load i64, ptr %".1041", align 8
  %".1043" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".1042", ptr %".1043", align 8
  %".1045" = getelementptr i8, ptr %"hdr.16", i64 6
  %".1046" = load i8, ptr %".1045", align 1
  %".1047" = zext i8 %".1046" to i64
  %".1048" = trunc i64 %".1047" to i8
  %".1049" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1048", ptr %".1049", align 1
  %".1051" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1052" = load i32, ptr %".1051", align 4
  %".1053" = call i32 @"llvm.bswap.i32"(i32 %".1052")
  %".1054" = zext i32 %".1053" to i64
  %".1055" = and i64 %".1054", 1048575
  %".1056" = trunc i64 %".1055" to i32
  %".1057" = call i32 @"llvm.bswap.i32"(i32 %".1056")
  %".1058" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".1057", ptr %".1058", align 4
  %".1060" = add i64 %"cursor.20", 40
  %".1061" = call i32 @"llvm.bswap.i32"(i32 %".1052")
  %".1062" = zext i32 %".1061" to i64
  %".1063" = and i64 %".1062", 1048575
  %".1064" = icmp ne i64 %".1063", 0
  %".1065" = and i32 %"flags", 2
  %".1066" = icmp ne i32 %".1065", 0
  %".1067" = and i1 %".1064", %".1066"
  br i1 %".1067", label %"exit.37", label %"cont.37"
exit.37:
  %".1069" = trunc i64 %".1060" to i16
  %".1070" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1069", ptr %".1070", align 2
  br label %"return"
cont.37:
  %".1073" = zext i8 %".1046" to i64
  switch i64 %".1073", label %"unknown.10" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 132, label %"to_sctp.3" i64 33, label %"to_dccp.3" i64 50, label %"to_esp.3" i64 51, label %"to_ah.3" i64 58, label %"to_icmpv6.1" i64 137, label %"to_mpls.12" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.10:
  %".1075" = trunc i64 %".1060" to i16
  %".1076" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1075", ptr %".1076", align 2
  br label %"return"
to_ipv6_opts.3:
  %".1079" = getelementptr i8, ptr %"keys", i64 2
  %".1080" = trunc i64 %".1060" to i16
  store volatile i16 %".1080", ptr %".1079", align 2
  %".1082" = load volatile i16, ptr %".1079", align 2
  %".1083" = zext i16 %".1082" to i64
  %"cursor.78" = and i64 %".1083", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  %".1085" = getelementptr i8, ptr %"keys", i64 2
  %".1086" = trunc i64 %".1060" to i16
  store volatile i16 %".1086", ptr %".1085", align 2
  %".1088" = load volatile i16, ptr %".1085", align 2
  %".1089" = zext i16 %".1088" to i64
  %"cursor.79" = and i64 %".1089", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  %".1091" = getelementptr i8, ptr %"keys", i64 2
  %".1092" = trunc i64 %".1060" to i16
  store volatile i16 %".1092", ptr %".1091", align 2
  %".1094" = load volatile i16, ptr %".1091", align 2
  %".1095" = zext i16 %".1094" to i64
  %"cursor.80" = and i64 %".1095", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  %".1097" = getelementptr i8, ptr %"keys", i64 2
  %".1098" = trunc i64 %".1060" to i16
  store volatile i16 %".1098", ptr %".1097", align 2
  %".1100" = load volatile i16, ptr %".1097", align 2
  %".1101" = zext i16 %".1100" to i64
  %"cursor.82" = and i64 %".1101", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  %".1103" = getelementptr i8, ptr %"keys", i64 2
  %".1104" = trunc i64 %".1060" to i16
  store volatile i16 %".1104", ptr %".1103", align 2
  %".1106" = load volatile i16, ptr %".1103", align 2
  %".1107" = zext i16 %".1106" to i64
  %"cursor.83" = and i64 %".1107", 16383
  br label %"tcp"
to_udp.3:
  %".1109" = getelementptr i8, ptr %"keys", i64 2
  %".1110" = trunc i64 %".1060" to i16
  store volatile i16 %".1110", ptr %".1109", align 2
  %".1112" = load volatile i16, ptr %".1109", align 2
  %".1113" = zext i16 %".1112" to i64
  %"cursor.84" = and i64 %".1113", 16383
  br label %"udp_d1"
to_udplite.3:
  %".1115" = getelementptr i8, ptr %"keys", i64 2
  %".1116" = trunc i64 %".1060" to i16
  store volatile i16 %".1116", ptr %".1115", align 2
  %".1118" = load volatile i16, ptr %".1115", align 2
  %".1119" = zext i16 %".1118" to i64
  %"cursor.85" = and i64 %".1119", 16383
  br label %"udplite"
to_gre.3:
  %".1121" = getelementptr i8, ptr %"keys", i64 2
  %".1122" = trunc i64 %".1060" to i16
  store volatile i16 %".1122", ptr %".1121", align 2
  %".1124" = load volatile i16, ptr %".1121", align 2
  %".1125" = zext i16 %".1124" to i64
  %"cursor.86" = and i64 %".1125", 16383
  br label %"gre_d1"
to_sctp.3:
  %".1127" = getelementptr i8, ptr %"keys", i64 2
  %".1128" = trunc i64 %".1060" to i16
  store volatile i16 %".1128", ptr %".1127", align 2
  %".1130" = load volatile i16, ptr %".1127", align 2
  %".1131" = zext i16 %".1130" to i64
  %"cursor.87" = and i64 %".1131", 16383
  br label %"sctp"
to_dccp.3:
  %".1133" = getelementptr i8, ptr %"keys", i64 2
  %".1134" = trunc i64 %".1060" to i16
  store volatile i16 %".1134", ptr %".1133", align 2
  %".1136" = load volatile i16, ptr %".1133", align 2
  %".1137" = zext i16 %".1136" to i64
  %"cursor.88" = and i64 %".1137", 16383
  br label %"dccp"
to_esp.3:
  %".1139" = getelementptr i8, ptr %"keys", i64 2
  %".1140" = trunc i64 %".1060" to i16
  store volatile i16 %".1140", ptr %".1139", align 2
  %".1142" = load volatile i16, ptr %".1139", align 2
  %".1143" = zext i16 %".1142" to i64
  %"cursor.89" = and i64 %".1143", 16383
  br label %"esp"
to_ah.3:
  %".1145" = getelementptr i8, ptr %"keys", i64 2
  %".1146" = trunc i64 %".1060" to i16
  store volatile i16 %".1146", ptr %".1145", align 2
  %".1148" = load volatile i16, ptr %".1145", align 2
  %".1149" = zext i16 %".1148" to i64
  %"cursor.90" = and i64 %".1149", 16383
  br label %"ah"
to_icmpv6.1:
  %".1151" = getelementptr i8, ptr %"keys", i64 2
  %".1152" = trunc i64 %".1060" to i16
  store volatile i16 %".1152", ptr %".1151", align 2
  %".1154" = load volatile i16, ptr %".1151", align 2
  %".1155" = zext i16 %".1154" to i64
  %"cursor.91" = and i64 %".1155", 16383
  br label %"icmpv6"
to_mpls.12:
  %".1157" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1157", align 2
  %".1159" = getelementptr i8, ptr %"keys", i64 2
  %".1160" = trunc i64 %".1060" to i16
  store volatile i16 %".1160", ptr %".1159", align 2
  %".1162" = load volatile i16, ptr %".1159", align 2
  %".1163" = zext i16 %".1162" to i64
  %"cursor.92" = and i64 %".1163", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.7:
  %".1165" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1165", align 1
  %".1167" = and i32 %"flags", 4
  %".1168" = icmp ne i32 %".1167", 0
  br i1 %".1168", label %"exit.38", label %"cont.38"
to_ipv6.7:
  %".1178" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1178", align 1
  %".1180" = and i32 %"flags", 4
  %".1181" = icmp ne i32 %".1180", 0
  br i1 %".1181", label %"exit.39", label %"cont.39"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.77" = phi  i64 [%"cursor.78", %"to_ipv6_opts.3"], [%"cursor.79", %"to_ipv6_opts.4"], [%"cursor.80", %"to_ipv6_opts.5"]
  %"hdr.33" = getelementptr i8, ptr %"data", i64 %"cursor.77"
  %".2197" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2198" = icmp ugt ptr %".2197", %"data_end"
  br i1 %".2198", label %"exit.80", label %"cont.80"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.81" = phi  i64 [%"cursor.82", %"to_ipv6_frag.1"]
  %"hdr.34" = getelementptr i8, ptr %"data", i64 %"cursor.81"
  %".2342" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2343" = icmp ugt ptr %".2342", %"data_end"
  br i1 %".2343", label %"exit.84", label %"cont.84"
exit.38:
  %".1170" = trunc i64 %".1060" to i16
  %".1171" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1170", ptr %".1171", align 2
  br label %"return"
cont.38:
  %".1174" = trunc i64 %".1060" to i16
  %".1175" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1174", ptr %".1175", align 2
  br label %"return"
exit.39:
  %".1183" = trunc i64 %".1060" to i16
  %".1184" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1183", ptr %".1184", align 2
  br label %"return"
cont.39:
  %".1187" = trunc i64 %".1060" to i16
  %".1188" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1187", ptr %".1188", align 2
  br label %"return"
exit.40:
  %".1194" = trunc i64 %"cursor.22" to i16
  %".1195" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1194", ptr %".1195", align 2
  br label %"return"
cont.40:
  %".1198" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1199" = load i8, ptr %".1198", align 1
  %".1200" = zext i8 %".1199" to i64
  %".1201" = trunc i64 %".1200" to i8
  %".1202" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1201", ptr %".1202", align 1
  %".1204" = add i64 %"cursor.22", 2
  %".1205" = getelementptr i8, ptr %"hdr.17", i64 1
  %".1206" = load i8, ptr %".1205", align 1
  %".1207" = zext i8 %".1206" to i64
  %".1208" = mul i64 %".1207", 8
  %".1209" = add i64 %".1208", 6
  %".1210" = add i64 %".1209", 2
  %".1211" = getelementptr i8, ptr %"hdr.17", i64 %".1210"
  %".1212" = icmp ugt ptr %".1211", %"data_end"
  br i1 %".1212", label %"exit.41", label %"cont.41"
exit.41:
  %".1214" = trunc i64 %"cursor.22" to i16
  %".1215" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1214", ptr %".1215", align 2
  br label %"return"
cont.41:
  %"end.5" = add i64 %"cursor.22", %".1210"
  %".1218" = zext i8 %".1199" to i64
  switch i64 %".1218", label %"unknown.11" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 132, label %"to_sctp.4" i64 33, label %"to_dccp.4" i64 50, label %"to_esp.4" i64 51, label %"to_ah.4" i64 58, label %"to_icmpv6.2" i64 137, label %"to_mpls.13" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
unknown.11:
  %".1220" = trunc i64 %"end.5" to i16
  %".1221" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1220", ptr %".1221", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  %".1225" = getelementptr i8, ptr %"keys", i64 2
  %".1226" = trunc i64 %"end.5" to i16
  store volatile i16 %".1226", ptr %".1225", align 2
  %".1228" = load volatile i16, ptr %".1225", align 2
  %".1229" = zext i16 %".1228" to i64
  %"cursor.94" = and i64 %".1229", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  %".1231" = getelementptr i8, ptr %"keys", i64 2
  %".1232" = trunc i64 %"end.5" to i16
  store volatile i16 %".1232", ptr %".1231", align 2
  %".1234" = load volatile i16, ptr %".1231", align 2
  %".1235" = zext i16 %".1234" to i64
  %"cursor.95" = and i64 %".1235", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  %".1238" = getelementptr i8, ptr %"keys", i64 2
  %".1239" = trunc i64 %"end.5" to i16
  store volatile i16 %".1239", ptr %".1238", align 2
  %".1241" = load volatile i16, ptr %".1238", align 2
  %".1242" = zext i16 %".1241" to i64
  %"cursor.97" = and i64 %".1242", 16383
  br label %"tcp"
to_udp.4:
  %".1244" = getelementptr i8, ptr %"keys", i64 2
  %".1245" = trunc i64 %"end.5" to i16
  store volatile i16 %".1245", ptr %".1244", align 2
  %".1247" = load volatile i16, ptr %".1244", align 2
  %".1248" = zext i16 %".1247" to i64
  %"cursor.98" = and i64 %".1248", 16383
  br label %"udp_d0"
to_udplite.4:
  %".1250" = getelementptr i8, ptr %"keys", i64 2
  %".1251" = trunc i64 %"end.5" to i16
  store volatile i16 %".1251", ptr %".1250", align 2
  %".1253" = load volatile i16, ptr %".1250", align 2
  %".1254" = zext i16 %".1253" to i64
  %"cursor.99" = and i64 %".1254", 16383
  br label %"udplite"
to_gre.4:
  %".1256" = getelementptr i8, ptr %"keys", i64 2
  %".1257" = trunc i64 %"end.5" to i16
  store volatile i16 %".1257", ptr %".1256", align 2
  %".1259" = load volatile i16, ptr %".1256", align 2
  %".1260" = zext i16 %".1259" to i64
  %"cursor.100" = and i64 %".1260", 16383
  br label %"gre_d0"
to_sctp.4:
  %".1262" = getelementptr i8, ptr %"keys", i64 2
  %".1263" = trunc i64 %"end.5" to i16
  store volatile i16 %".1263", ptr %".1262", align 2
  %".1265" = load volatile i16, ptr %".1262", align 2
  %".1266" = zext i16 %".1265" to i64
  %"cursor.101" = and i64 %".1266", 16383
  br label %"sctp"
to_dccp.4:
  %".1268" = getelementptr i8, ptr %"keys", i64 2
  %".1269" = trunc i64 %"end.5" to i16
  store volatile i16 %".1269", ptr %".1268", align 2
  %".1271" = load volatile i16, ptr %".1268", align 2
  %".1272" = zext i16 %".1271" to i64
  %"cursor.102" = and i64 %".1272", 16383
  br label %"dccp"
to_esp.4:
  %".1274" = getelementptr i8, ptr %"keys", i64 2
  %".1275" = trunc i64 %"end.5" to i16
  store volatile i16 %".1275", ptr %".1274", align 2
  %".1277" = load volatile i16, ptr %".1274", align 2
  %".1278" = zext i16 %".1277" to i64
  %"cursor.103" = and i64 %".1278", 16383
  br label %"esp"
to_ah.4:
  %".1280" = getelementptr i8, ptr %"keys", i64 2
  %".1281" = trunc i64 %"end.5" to i16
  store volatile i16 %".1281", ptr %".1280", align 2
  %".1283" = load volatile i16, ptr %".1280", align 2
  %".1284" = zext i16 %".1283" to i64
  %"cursor.104" = and i64 %".1284", 16383
  br label %"ah"
to_icmpv6.2:
  %".1286" = getelementptr i8, ptr %"keys", i64 2
  %".1287" = trunc i64 %"end.5" to i16
  store volatile i16 %".1287", ptr %".1286", align 2
  %".1289" = load volatile i16, ptr %".1286", align 2
  %".1290" = zext i16 %".1289" to i64
  %"cursor.105" = and i64 %".1290", 16383
  br label %"icmpv6"
to_mpls.13:
  %".1292" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1292", align 2
  %".1294" = getelementptr i8, ptr %"keys", i64 2
  %".1295" = trunc i64 %"end.5" to i16
  store volatile i16 %".1295", ptr %".1294", align 2
  %".1297" = load volatile i16, ptr %".1294", align 2
  %".1298" = zext i16 %".1297" to i64
  %"cursor.106" = and i64 %".1298", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.8:
  %".1300" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1300", align 1
  %".1302" = and i32 %"flags", 4
  %".1303" = icmp ne i32 %".1302", 0
  br i1 %".1303", label %"exit.42", label %"cont.42"
to_ipv6.8:
  %".1315" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1315", align 1
  %".1317" = and i32 %"flags", 4
  %".1318" = icmp ne i32 %".1317", 0
  br i1 %".1318", label %"exit.43", label %"cont.43"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.93" = phi  i64 [%"end.5", %"to_ipv6_opts.6"], [%"cursor.94", %"to_ipv6_opts.7"], [%"cursor.95", %"to_ipv6_opts.8"], [%"cursor.109", %"to_ipv6_opts.9"], [%"cursor.110", %"to_ipv6_opts.10"], [%"cursor.111", %"to_ipv6_opts.11"]
  %"hdr.35" = getelementptr i8, ptr %"data", i64 %"cursor.93"
  %".2500" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2501" = icmp ugt ptr %".2500", %"data_end"
  br i1 %".2501", label %"exit.88", label %"cont.88"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.96" = phi  i64 [%"end.5", %"to_ipv6_frag.2"], [%"cursor.112", %"to_ipv6_frag.3"]
  %"hdr.36" = getelementptr i8, ptr %"data", i64 %"cursor.96"
  %".2639" = getelementptr i8, ptr %"hdr.36", i64 8
  %".2640" = icmp ugt ptr %".2639", %"data_end"
  br i1 %".2640", label %"exit.92", label %"cont.92"
exit.42:
  %".1305" = trunc i64 %"end.5" to i16
  %".1306" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1305", ptr %".1306", align 2
  br label %"return"
cont.42:
  %".1309" = getelementptr i8, ptr %"keys", i64 2
  %".1310" = trunc i64 %"end.5" to i16
  store volatile i16 %".1310", ptr %".1309", align 2
  %".1312" = load volatile i16, ptr %".1309", align 2
  %".1313" = zext i16 %".1312" to i64
  %"cursor.107" = and i64 %".1313", 16383
  br label %"ipv4_d1"
exit.43:
  %".1320" = trunc i64 %"end.5" to i16
  %".1321" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1320", ptr %".1321", align 2
  br label %"return"
cont.43:
  %".1324" = getelementptr i8, ptr %"keys", i64 2
  %".1325" = trunc i64 %"end.5" to i16
  store volatile i16 %".1325", ptr %".1324", align 2
  %".1327" = load volatile i16, ptr %".1324", align 2
  %".1328" = zext i16 %".1327" to i64
  %"cursor.108" = and i64 %".1328", 16383
  br label %"ipv6_d1"
exit.44:
  %".1333" = trunc i64 %"cursor.25" to i16
  %".1334" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1333", ptr %".1334", align 2
  br label %"return"
cont.44:
  %".1337" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1338" = load i8, ptr %".1337", align 1
  %".1339" = zext i8 %".1338" to i64
  %".1340" = trunc i64 %".1339" to i8
  %".1341" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1340", ptr %".1341", align 1
  %".1343" = add i64 %"cursor.25", 8
  %".1344" = icmp ne i64 1, 0
  %".1345" = getelementptr i8, ptr %"hdr.18", i64 2
  %".1346" = load i16, ptr %".1345", align 2
  %".1347" = call i16 @"llvm.bswap.i16"(i16 %".1346")
  %".1348" = zext i16 %".1347" to i64
  %".1349" = and i64 %".1348", 65528
  %".1350" = icmp eq i64 %".1349", 0
  br i1 %".1344", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".1352" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1352", align 1
  br i1 %".1350", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".1370" = zext i8 %".1338" to i64
  switch i64 %".1370", label %"unknown.12" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 132, label %"to_sctp.5" i64 33, label %"to_dccp.5" i64 50, label %"to_esp.5" i64 51, label %"to_ah.5" i64 58, label %"to_icmpv6.3" i64 137, label %"to_mpls.14" i64 4, label %"to_ipv4.9" i64 41, label %"to_ipv6.9"]
first_fragment.2:
  %".1359" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1359", align 1
  %".1361" = and i32 %"flags", 1
  %".1362" = icmp ne i32 %".1361", 0
  %".1363" = xor i1 %".1362", -1
  br i1 %".1363", label %"exit.45", label %"cont.45"
later_fragment.2:
  %".1355" = trunc i64 %".1343" to i16
  %".1356" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1355", ptr %".1356", align 2
  br label %"return"
exit.45:
  %".1365" = trunc i64 %".1343" to i16
  %".1366" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1365", ptr %".1366", align 2
  br label %"return"
cont.45:
  br label %"not_fragment.2"
unknown.12:
  %".1372" = trunc i64 %".1343" to i16
  %".1373" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1372", ptr %".1373", align 2
  br label %"return"
to_ipv6_opts.9:
  %".1376" = getelementptr i8, ptr %"keys", i64 2
  %".1377" = trunc i64 %".1343" to i16
  store volatile i16 %".1377", ptr %".1376", align 2
  %".1379" = load volatile i16, ptr %".1376", align 2
  %".1380" = zext i16 %".1379" to i64
  %"cursor.109" = and i64 %".1380", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  %".1382" = getelementptr i8, ptr %"keys", i64 2
  %".1383" = trunc i64 %".1343" to i16
  store volatile i16 %".1383", ptr %".1382", align 2
  %".1385" = load volatile i16, ptr %".1382", align 2
  %".1386" = zext i16 %".1385" to i64
  %"cursor.110" = and i64 %".1386", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  %".1388" = getelementptr i8, ptr %"keys", i64 2
  %".1389" = trunc i64 %".1343" to i16
  store volatile i16 %".1389", ptr %".1388", align 2
  %".1391" = load volatile i16, ptr %".1388", align 2
  %".1392" = zext i16 %".1391" to i64
  %"cursor.111" = and i64 %".1392", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  %".1394" = getelementptr i8, ptr %"keys", i64 2
  %".1395" = trunc i64 %".1343" to i16
  store volatile i16 %".1395", ptr %".1394", align 2
  %".1397" = load volatile i16, ptr %".1394", align 2
  %".1398" = zext i16 %".1397" to i64
  %"cursor.112" = and i64 %".1398", 16383
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  %".1400" = getelementptr i8, ptr %"keys", i64 2
  %".1401" = trunc i64 %".1343" to i16
  store volatile i16 %".1401", ptr %".1400", align 2
  %".1403" = load volatile i16, ptr %".1400", align 2
  %".1404" = zext i16 %".1403" to i64
  %"cursor.113" = and i64 %".1404", 16383
  br label %"tcp"
to_udp.5:
  %".1406" = getelementptr i8, ptr %"keys", i64 2
  %".1407" = trunc i64 %".1343" to i16
  store volatile i16 %".1407", ptr %".1406", align 2
  %".1409" = load volatile i16, ptr %".1406", align 2
  %".1410" = zext i16 %".1409" to i64
  %"cursor.114" = and i64 %".1410", 16383
  br label %"udp_d0"
to_udplite.5:
  %".1412" = getelementptr i8, ptr %"keys", i64 2
  %".1413" = trunc i64 %".1343" to i16
  store volatile i16 %".1413", ptr %".1412", align 2
  %".1415" = load volatile i16, ptr %".1412", align 2
  %".1416" = zext i16 %".1415" to i64
  %"cursor.115" = and i64 %".1416", 16383
  br label %"udplite"
to_gre.5:
  %".1418" = getelementptr i8, ptr %"keys", i64 2
  %".1419" = trunc i64 %".1343" to i16
  store volatile i16 %".1419", ptr %".1418", align 2
  %".1421" = load volatile i16, ptr %".1418", align 2
  %".1422" = zext i16 %".1421" to i64
  %"cursor.116" = and i64 %".1422", 16383
  br label %"gre_d0"
to_sctp.5:
  %".1424" = getelementptr i8, ptr %"keys", i64 2
  %".1425" = trunc i64 %".1343" to i16
  store volatile i16 %".1425", ptr %".1424", align 2
  %".1427" = load volatile i16, ptr %".1424", align 2
  %".1428" = zext i16 %".1427" to i64
  %"cursor.117" = and i64 %".1428", 16383
  br label %"sctp"
to_dccp.5:
  %".1430" = getelementptr i8, ptr %"keys", i64 2
  %".1431" = trunc i64 %".1343" to i16
  store volatile i16 %".1431", ptr %".1430", align 2
  %".1433" = load volatile i16, ptr %".1430", align 2
  %".1434" = zext i16 %".1433" to i64
  %"cursor.118" = and i64 %".1434", 16383
  br label %"dccp"
to_esp.5:
  %".1436" = getelementptr i8, ptr %"keys", i64 2
  %".1437" = trunc i64 %".1343" to i16
  store volatile i16 %".1437", ptr %".1436", align 2
  %".1439" = load volatile i16, ptr %".1436", align 2
  %".1440" = zext i16 %".1439" to i64
  %"cursor.119" = and i64 %".1440", 16383
  br label %"esp"
to_ah.5:
  %".1442" = getelementptr i8, ptr %"keys", i64 2
  %".1443" = trunc i64 %".1343" to i16
  store volatile i16 %".1443", ptr %".1442", align 2
  %".1445" = load volatile i16, ptr %".1442", align 2
  %".1446" = zext i16 %".1445" to i64
  %"cursor.120" = and i64 %".1446", 16383
  br label %"ah"
to_icmpv6.3:
  %".1448" = getelementptr i8, ptr %"keys", i64 2
  %".1449" = trunc i64 %".1343" to i16
  store volatile i16 %".1449", ptr %".1448", align 2
  %".1451" = load volatile i16, ptr %".1448", align 2
  %".1452" = zext i16 %".1451" to i64
  %"cursor.121" = and i64 %".1452", 16383
  br label %"icmpv6"
to_mpls.14:
  %".1454" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1454", align 2
  %".1456" = getelementptr i8, ptr %"keys", i64 2
  %".1457" = trunc i64 %".1343" to i16
  store volatile i16 %".1457", ptr %".1456", align 2
  %".1459" = load volatile i16, ptr %".1456", align 2
  %".1460" = zext i16 %".1459" to i64
  %"cursor.122" = and i64 %".1460", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.9:
  %".1462" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1462", align 1
  %".1464" = and i32 %"flags", 4
  %".1465" = icmp ne i32 %".1464", 0
  br i1 %".1465", label %"exit.46", label %"cont.46"
to_ipv6.9:
  %".1477" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1477", align 1
  %".1479" = and i32 %"flags", 4
  %".1480" = icmp ne i32 %".1479", 0
  br i1 %".1480", label %"exit.47", label %"cont.47"
exit.46:
  %".1467" = trunc i64 %".1343" to i16
  %".1468" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1467", ptr %".1468", align 2
  br label %"return"
cont.46:
  %".1471" = getelementptr i8, ptr %"keys", i64 2
  %".1472" = trunc i64 %".1343" to i16
  store volatile i16 %".1472", ptr %".1471", align 2
  %".1474" = load volatile i16, ptr %".1471", align 2
  %".1475" = zext i16 %".1474" to i64
  %"cursor.123" = and i64 %".1475", 16383
  br label %"ipv4_d1"
exit.47:
  %".1482" = trunc i64 %".1343" to i16
  %".1483" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1482", ptr %".1483", align 2
  br label %"return"
cont.47:
  %".1486" = getelementptr i8, ptr %"keys", i64 2
  %".1487" = trunc i64 %".1343" to i16
  store volatile i16 %".1487", ptr %".1486", align 2
  %".1489" = load volatile i16, ptr %".1486", align 2
  %".1490" = zext i16 %".1489" to i64
  %"cursor.124" = and i64 %".1490", 16383
  br label %"ipv6_d1"
exit.48:
  %".1495" = trunc i64 %"cursor.34" to i16
  %".1496" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1495", ptr %".1496", align 2
  br label %"return"
cont.48:
  %".1499" = add i64 %"cursor.34", 4
  %".1500" = trunc i64 %"cursor.34" to i16
  %".1501" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1500", ptr %".1501", align 2
  br label %"return"
exit.49:
  %".1507" = trunc i64 %"cursor.40" to i16
  %".1508" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1507", ptr %".1508", align 2
  br label %"return"
cont.49:
  %".1511" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1512" = load i16, ptr %".1511", align 2
  %".1513" = call i16 @"llvm.bswap.i16"(i16 %".1512")
  %".1514" = zext i16 %".1513" to i64
  %".1515" = trunc i64 %".1514" to i16
  %".1516" = call i16 @"llvm.bswap.i16"(i16 %".1515")
  %".1517" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1516", ptr %".1517", align 2
  %".1519" = add i64 %"cursor.40", 4
  %".1520" = trunc i64 %".1519" to i16
  %".1521" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1520", ptr %".1521", align 2
  %".1523" = call i16 @"llvm.bswap.i16"(i16 %".1512")
  %".1524" = zext i16 %".1523" to i64
  switch i64 %".1524", label %"unknown.13" [i64 2048, label %"to_ipv4.10" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5" i64 34887, label %"to_mpls.15" i64 34888, label %"to_mpls.16" i64 34916, label %"to_pppoe.2"]
unknown.13:
  %".1526" = trunc i64 %".1519" to i16
  %".1527" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1526", ptr %".1527", align 2
  br label %"return"
to_ipv4.10:
  %".1530" = getelementptr i8, ptr %"keys", i64 2
  %".1531" = trunc i64 %".1519" to i16
  store volatile i16 %".1531", ptr %".1530", align 2
  %".1533" = load volatile i16, ptr %".1530", align 2
  %".1534" = zext i16 %".1533" to i64
  %"cursor.125" = and i64 %".1534", 16383
  br label %"ipv4_d0"
to_ipv6.10:
  %".1536" = getelementptr i8, ptr %"keys", i64 2
  %".1537" = trunc i64 %".1519" to i16
  store volatile i16 %".1537", ptr %".1536", align 2
  %".1539" = load volatile i16, ptr %".1536", align 2
  %".1540" = zext i16 %".1539" to i64
  %"cursor.126" = and i64 %".1540", 16383
  br label %"ipv6_d0"
to_vlan.4:
  %".1542" = trunc i64 %".1519" to i16
  %".1543" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1542", ptr %".1543", align 2
  br label %"return"
to_vlan.5:
  %".1546" = trunc i64 %".1519" to i16
  %".1547" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1546", ptr %".1547", align 2
  br label %"return"
to_mpls.15:
  %".1550" = getelementptr i8, ptr %"keys", i64 2
  %".1551" = trunc i64 %".1519" to i16
  store volatile i16 %".1551", ptr %".1550", align 2
  %".1553" = load volatile i16, ptr %".1550", align 2
  %".1554" = zext i16 %".1553" to i64
  %"cursor.127" = and i64 %".1554", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.16:
  %".1556" = getelementptr i8, ptr %"keys", i64 2
  %".1557" = trunc i64 %".1519" to i16
  store volatile i16 %".1557", ptr %".1556", align 2
  %".1559" = load volatile i16, ptr %".1556", align 2
  %".1560" = zext i16 %".1559" to i64
  %"cursor.128" = and i64 %".1560", 16383
  br label %"mpls_d0_mpls_labels1"
to_pppoe.2:
  %".1562" = getelementptr i8, ptr %"keys", i64 2
  %".1563" = trunc i64 %".1519" to i16
  store volatile i16 %".1563", ptr %".1562", align 2
  %".1565" = load volatile i16, ptr %".1562", align 2
  %".1566" = zext i16 %".1565" to i64
  %"cursor.129" = and i64 %".1566", 16383
  br label %"pppoe_d0"
exit.50:
  %".1571" = trunc i64 %"cursor.45" to i16
  %".1572" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1571", ptr %".1572", align 2
  br label %"return"
cont.50:
  %".1575" = add i64 %"cursor.45", 4
  %".1576" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1577" = load i8, ptr %".1576", align 1
  %".1578" = zext i8 %".1577" to i64
  %".1579" = and i64 %".1578", 1
  switch i64 %".1579", label %"unknown.14" [i64 0, label %"to_mpls.17" i64 1, label %"to_ip_version.1"]
unknown.14:
  %".1581" = trunc i64 %".1575" to i16
  %".1582" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1581", ptr %".1582", align 2
  br label %"return"
to_mpls.17:
  br label %"mpls_d0_mpls_labels3"
to_ip_version.1:
  %".1586" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1586", align 1
  %".1588" = and i32 %"flags", 4
  %".1589" = icmp ne i32 %".1588", 0
  br i1 %".1589", label %"exit.51", label %"cont.51"
mpls_d0_mpls_labels3:
  %"cursor.130" = phi  i64 [%".1575", %"to_mpls.17"]
  %"hdr.37" = getelementptr i8, ptr %"data", i64 %"cursor.130"
  %".2801" = getelementptr i8, ptr %"hdr.37", i64 4
  %".2802" = icmp ugt ptr %".2801", %"data_end"
  br i1 %".2802", label %"exit.96", label %"cont.96"
exit.51:
  %".1591" = trunc i64 %".1575" to i16
  %".1592" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1591", ptr %".1592", align 2
  br label %"return"
cont.51:
  %".1595" = getelementptr i8, ptr %"keys", i64 2
  %".1596" = trunc i64 %".1575" to i16
  store volatile i16 %".1596", ptr %".1595", align 2
  %".1598" = load volatile i16, ptr %".1595", align 2
  %".1599" = zext i16 %".1598" to i64
  %"cursor.131" = and i64 %".1599", 16383
  br label %"ip_version_d1"
exit.52:
  %".1604" = trunc i64 %"cursor.46" to i16
  %".1605" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1604", ptr %".1605", align 2
  br label %"return"
cont.52:
  %".1608" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1609" = load i8, ptr %".1608", align 1
  %".1610" = zext i8 %".1609" to i64
  %".1611" = lshr i64 %".1610", 4
  %".1612" = and i64 %".1611", 15
  switch i64 %".1612", label %"unknown.15" [i64 4, label %"to_ipv4.11" i64 6, label %"to_ipv6.11"]
unknown.15:
  %".1614" = trunc i64 %"cursor.46" to i16
  %".1615" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1614", ptr %".1615", align 2
  br label %"return"
to_ipv4.11:
  %".1618" = getelementptr i8, ptr %"keys", i64 2
  %".1619" = trunc i64 %"cursor.46" to i16
  store volatile i16 %".1619", ptr %".1618", align 2
  %".1621" = load volatile i16, ptr %".1618", align 2
  %".1622" = zext i16 %".1621" to i64
  %"cursor.132" = and i64 %".1622", 16383
  br label %"ipv4_d1"
to_ipv6.11:
  %".1624" = getelementptr i8, ptr %"keys", i64 2
  %".1625" = trunc i64 %"cursor.46" to i16
  store volatile i16 %".1625", ptr %".1624", align 2
  %".1627" = load volatile i16, ptr %".1624", align 2
  %".1628" = zext i16 %".1627" to i64
  %"cursor.133" = and i64 %".1628", 16383
  br label %"ipv6_d1"
exit.53:
  %".1633" = trunc i64 %"cursor.52" to i16
  %".1634" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1633", ptr %".1634", align 2
  br label %"return"
cont.53:
  %".1637" = getelementptr i8, ptr %"hdr.23", i64 12
  %".1638" = load i8, ptr %".1637", align 1
  %".1639" = zext i8 %".1638" to i64
  %".1640" = lshr i64 %".1639", 4
  %".1641" = and i64 %".1640", 15
  %".1642" = icmp uge i64 %".1641", 5
  %".1643" = xor i1 %".1642", -1
  br i1 %".1643", label %"exit.54", label %"cont.54"
exit.54:
  %".1645" = trunc i64 %"cursor.52" to i16
  %".1646" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1645", ptr %".1646", align 2
  br label %"return"
cont.54:
  %".1649" = add i64 %"cursor.52", 20
  %".1650" = zext i8 %".1638" to i64
  %".1651" = lshr i64 %".1650", 4
  %".1652" = and i64 %".1651", 15
  %".1653" = mul i64 %".1652", 4
  %".1654" = sub i64 %".1653", 20
  %".1655" = add i64 %".1654", 20
  %".1656" = getelementptr i8, ptr %"hdr.23", i64 %".1655"
  %".1657" = icmp ugt ptr %".1656", %"data_end"
  br i1 %".1657", label %"exit.55", label %"cont.55"
exit.55:
  %".1659" = trunc i64 %"cursor.52" to i16
  %".1660" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1659", ptr %".1660", align 2
  br label %"return"
cont.55:
  %"end.6" = add i64 %"cursor.52", %".1655"
  %".1663" = trunc i64 %"cursor.52" to i16
  %".1664" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1663", ptr %".1664", align 2
  br label %"return"
exit.56:
  %".1670" = trunc i64 %"cursor.53" to i16
  %".1671" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1670", ptr %".1671", align 2
  br label %"return"
cont.56:
  %".1674" = add i64 %"cursor.53", 8
  %".1675" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1675", align 1
  %".1677" = and i32 %"flags", 4
  %".1678" = icmp ne i32 %".1677", 0
  br i1 %".1678", label %"exit.57", label %"cont.57"
exit.57:
  %".1680" = trunc i64 %".1674" to i16
  %".1681" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1680", ptr %".1681", align 2
  br label %"return"
cont.57:
  switch i64 0, label %"unknown.16" [i64 0, label %"to_ethernet.1"]
unknown.16:
  %".1685" = trunc i64 %".1674" to i16
  %".1686" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1685", ptr %".1686", align 2
  br label %"return"
to_ethernet.1:
  %".1689" = getelementptr i8, ptr %"keys", i64 2
  %".1690" = trunc i64 %".1674" to i16
  store volatile i16 %".1690", ptr %".1689", align 2
  %".1692" = load volatile i16, ptr %".1689", align 2
  %".1693" = zext i16 %".1692" to i64
  %"cursor.134" = and i64 %".1693", 16383
  br label %"ethernet_d1"
exit.58:
  %".1698" = trunc i64 %"cursor.54" to i16
  %".1699" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1698", ptr %".1699", align 2
  br label %"return"
cont.58:
  %".1702" = getelementptr i8, ptr %"hdr.25", i64 0
  %".1703" = load i8, ptr %".1702", align 1
  %".1704" = zext i8 %".1703" to i64
  %".1705" = lshr i64 %".1704", 6
  %".1706" = and i64 %".1705", 3
  %".1707" = icmp ne i64 %".1706", 0
  br i1 %".1707", label %"exit.59", label %"cont.59"
exit.59:
  %".1709" = trunc i64 %"cursor.54" to i16
  %".1710" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1709", ptr %".1710", align 2
  br label %"return"
cont.59:
  %".1713" = add i64 %"cursor.54", 8
  %".1714" = zext i8 %".1703" to i64
  %".1715" = and i64 %".1714", 63
  %".1716" = mul i64 %".1715", 4
  %".1717" = add i64 %".1716", 8
  %".1718" = getelementptr i8, ptr %"hdr.25", i64 %".1717"
  %".1719" = icmp ugt ptr %".1718", %"data_end"
  br i1 %".1719", label %"exit.60", label %"cont.60"
exit.60:
  %".1721" = trunc i64 %"cursor.54" to i16
  %".1722" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1721", ptr %".1722", align 2
  br label %"return"
cont.60:
  %"end.7" = add i64 %"cursor.54", %".1717"
  %".1725" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1725", align 1
  %".1727" = and i32 %"flags", 4
  %".1728" = icmp ne i32 %".1727", 0
  br i1 %".1728", label %"exit.61", label %"cont.61"
exit.61:
  %".1730" = trunc i64 %"end.7" to i16
  %".1731" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1730", ptr %".1731", align 2
  br label %"return"
cont.61:
  %".1734" = getelementptr i8, ptr %"hdr.25", i64 2
  %".1735" = load i16, ptr %".1734", align 2
  %".1736" = call i16 @"llvm.bswap.i16"(i16 %".1735")
  %".1737" = zext i16 %".1736" to i64
  switch i64 %".1737", label %"unknown.17" [i64 25944, label %"to_ethernet.2" i64 2048, label %"to_ipv4.12" i64 34525, label %"to_ipv6.12"]
unknown.17:
  %".1739" = trunc i64 %"end.7" to i16
  %".1740" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1739", ptr %".1740", align 2
  br label %"return"
to_ethernet.2:
  %".1743" = getelementptr i8, ptr %"keys", i64 2
  %".1744" = trunc i64 %"end.7" to i16
  store volatile i16 %".1744", ptr %".1743", align 2
  %".1746" = load volatile i16, ptr %".1743", align 2
  %".1747" = zext i16 %".1746" to i64
  %"cursor.135" = and i64 %".1747", 16383
  br label %"ethernet_d1"
to_ipv4.12:
  %".1749" = getelementptr i8, ptr %"keys", i64 2
  %".1750" = trunc i64 %"end.7" to i16
  store volatile i16 %".1750", ptr %".1749", align 2
  %".1752" = load volatile i16, ptr %".1749", align 2
  %".1753" = zext i16 %".1752" to i64
  %"cursor.136" = and i64 %".1753", 16383
  br label %"ipv4_d1"
to_ipv6.12:
  %".1755" = getelementptr i8, ptr %"keys", i64 2
  %".1756" = trunc i64 %"end.7" to i16
  store volatile i16 %".1756", ptr %".1755", align 2
  %".1758" = load volatile i16, ptr %".1755", align 2
  %".1759" = zext i16 %".1758" to i64
  %"cursor.137" = and i64 %".1759", 16383
  br label %"ipv6_d1"
exit.62:
  %".1764" = trunc i64 %"cursor.55" to i16
  %".1765" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1764", ptr %".1765", align 2
  br label %"return"
cont.62:
  %".1768" = getelementptr i8, ptr %"hdr.26", i64 0
  %".1769" = load i8, ptr %".1768", align 1
  %".1770" = zext i8 %".1769" to i64
  %".1771" = lshr i64 %".1770", 6
  %".1772" = and i64 %".1771", 3
  %".1773" = icmp ne i64 %".1772", 0
  %".1774" = zext i8 %".1769" to i64
  %".1775" = lshr i64 %".1774", 5
  %".1776" = and i64 %".1775", 1
  %".1777" = icmp ne i64 %".1776", 0
  %".1778" = or i1 %".1773", %".1777"
  br i1 %".1778", label %"exit.63", label %"cont.63"
exit.63:
  %".1780" = trunc i64 %"cursor.55" to i16
  %".1781" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1780", ptr %".1781", align 2
  br label %"return"
cont.63:
  %".1784" = add i64 %"cursor.55", 4
  %".1785" = zext i8 %".1769" to i64
  %".1786" = and i64 %".1785", 31
  %".1787" = mul i64 %".1786", 4
  %".1788" = add i64 %".1787", 4
  %".1789" = getelementptr i8, ptr %"hdr.26", i64 %".1788"
  %".1790" = icmp ugt ptr %".1789", %"data_end"
  br i1 %".1790", label %"exit.64", label %"cont.64"
exit.64:
  %".1792" = trunc i64 %"cursor.55" to i16
  %".1793" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1792", ptr %".1793", align 2
  br label %"return"
cont.64:
  %"end.8" = add i64 %"cursor.55", %".1788"
  %".1796" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1796", align 1
  %".1798" = and i32 %"flags", 4
  %".1799" = icmp ne i32 %".1798", 0
  br i1 %".1799", label %"exit.65", label %"cont.65"
exit.65:
  %".1801" = trunc i64 %"end.8" to i16
  %".1802" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1801", ptr %".1802", align 2
  br label %"return"
cont.65:
  %".1805" = getelementptr i8, ptr %"hdr.26", i64 1
  %".1806" = load i8, ptr %".1805", align 1
  %".1807" = zext i8 %".1806" to i64
  switch i64 %".1807", label %"unknown.18" [i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.13"]
unknown.18:
  %".1809" = trunc i64 %"end.8" to i16
  %".1810" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1809", ptr %".1810", align 2
  br label %"return"
to_ipv4.13:
  %".1813" = getelementptr i8, ptr %"keys", i64 2
  %".1814" = trunc i64 %"end.8" to i16
  store volatile i16 %".1814", ptr %".1813", align 2
  %".1816" = load volatile i16, ptr %".1813", align 2
  %".1817" = zext i16 %".1816" to i64
  %"cursor.138" = and i64 %".1817", 16383
  br label %"ipv4_d1"
to_ipv6.13:
  %".1819" = getelementptr i8, ptr %"keys", i64 2
  %".1820" = trunc i64 %"end.8" to i16
  store volatile i16 %".1820", ptr %".1819", align 2
  %".1822" = load volatile i16, ptr %".1819", align 2
  %".1823" = zext i16 %".1822" to i64
  %"cursor.139" = and i64 %".1823", 16383
  br label %"ipv6_d1"
exit.66:
  %".1828" = trunc i64 %"cursor.56" to i16
  %".1829" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1828", ptr %".1829", align 2
  br label %"return"
cont.66:
  %".1832" = getelementptr i8, ptr %"hdr.27", i64 0
  %".1833" = load i8, ptr %".1832", align 1
  %".1834" = zext i8 %".1833" to i64
  %".1835" = lshr i64 %".1834", 5
  %".1836" = and i64 %".1835", 7
  %".1837" = icmp ne i64 %".1836", 1
  %".1838" = zext i8 %".1833" to i64
  %".1839" = lshr i64 %".1838", 4
  %".1840" = and i64 %".1839", 1
  %".1841" = icmp ne i64 %".1840", 1
  %".1842" = or i1 %".1837", %".1841"
  %".1843" = getelementptr i8, ptr %"hdr.27", i64 1
  %".1844" = load i8, ptr %".1843", align 1
  %".1845" = zext i8 %".1844" to i64
  %".1846" = icmp ne i64 %".1845", 255
  %".1847" = or i1 %".1842", %".1846"
  br i1 %".1847", label %"exit.67", label %"cont.67"
exit.67:
  %".1849" = trunc i64 %"cursor.56" to i16
  %".1850" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1849", ptr %".1850", align 2
  br label %"return"
cont.67:
  %".1853" = add i64 %"cursor.56", 8
  %".1854" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1854", align 1
  %".1856" = and i32 %"flags", 4
  %".1857" = icmp ne i32 %".1856", 0
  br i1 %".1857", label %"exit.68", label %"cont.68"
exit.68:
  %".1859" = trunc i64 %".1853" to i16
  %".1860" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1859", ptr %".1860", align 2
  br label %"return"
cont.68:
  %".1863" = zext i8 %".1833" to i64
  %".1864" = lshr i64 %".1863", 2
  %".1865" = and i64 %".1864", 1
  %".1866" = mul i64 %".1865", 4
  %".1867" = zext i8 %".1833" to i64
  %".1868" = lshr i64 %".1867", 1
  %".1869" = and i64 %".1868", 1
  %".1870" = mul i64 %".1869", 2
  %".1871" = add i64 %".1866", %".1870"
  %".1872" = zext i8 %".1833" to i64
  %".1873" = and i64 %".1872", 1
  %".1874" = add i64 %".1871", %".1873"
  %".1875" = icmp uge i64 %".1874", 1
  %".1876" = icmp ule i64 %".1874", 3
  %".1877" = and i1 %".1875", %".1876"
  br i1 %".1877", label %"to_gtpu_opt", label %"select"
unknown.19:
  %".1884" = trunc i64 %".1853" to i16
  %".1885" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1884", ptr %".1885", align 2
  br label %"return"
to_ip_version.2:
  %".1888" = getelementptr i8, ptr %"keys", i64 2
  %".1889" = trunc i64 %".1853" to i16
  store volatile i16 %".1889", ptr %".1888", align 2
  %".1891" = load volatile i16, ptr %".1888", align 2
  %".1892" = zext i16 %".1891" to i64
  %"cursor.140" = and i64 %".1892", 16383
  br label %"ip_version_d1"
to_gtpu_opt:
  %".1894" = getelementptr i8, ptr %"keys", i64 2
  %".1895" = trunc i64 %".1853" to i16
  store volatile i16 %".1895", ptr %".1894", align 2
  %".1897" = load volatile i16, ptr %".1894", align 2
  %".1898" = zext i16 %".1897" to i64
  %"cursor.142" = and i64 %".1898", 16383
  br label %"gtpu_opt_d1"
to_gtpu_seq:
  %".1900" = getelementptr i8, ptr %"keys", i64 2
  %".1901" = trunc i64 %".1853" to i16
  store volatile i16 %".1901", ptr %".1900", align 2
  %".1903" = load volatile i16, ptr %".1900", align 2
  %".1904" = zext i16 %".1903" to i64
  %"cursor.144" = and i64 %".1904", 16383
  br label %"gtpu_seq_d1"
select:
  %".1879" = icmp uge i64 %".1874", 4
  %".1880" = icmp ule i64 %".1874", 7
  %".1881" = and i1 %".1879", %".1880"
  br i1 %".1881", label %"to_gtpu_seq", label %"select.1"
select.1:
  switch i64 %".1874", label %"unknown.19" [i64 0, label %"to_ip_version.2"]
gtpu_opt_d1:
  %"cursor.141" = phi  i64 [%"cursor.142", %"to_gtpu_opt"]
  %"hdr.38" = getelementptr i8, ptr %"data", i64 %"cursor.141"
  %".2834" = getelementptr i8, ptr %"hdr.38", i64 4
  %".2835" = icmp ugt ptr %".2834", %"data_end"
  br i1 %".2835", label %"exit.98", label %"cont.98"
gtpu_seq_d1:
  %"cursor.143" = phi  i64 [%"cursor.144", %"to_gtpu_seq"]
  %"hdr.39" = getelementptr i8, ptr %"data", i64 %"cursor.143"
  %".2853" = getelementptr i8, ptr %"hdr.39", i64 3
  %".2854" = icmp ugt ptr %".2853", %"data_end"
  br i1 %".2854", label %"exit.99", label %"cont.99"
exit.69:
  %".1909" = trunc i64 %"cursor.57" to i16
  %".1910" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1909", ptr %".1910", align 2
  br label %"return"
cont.69:
  %".1913" = add i64 %"cursor.57", 8
  %".1914" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1914", align 1
  %".1916" = and i32 %"flags", 4
  %".1917" = icmp ne i32 %".1916", 0
  br i1 %".1917", label %"exit.70", label %"cont.70"
exit.70:
  %".1919" = trunc i64 %".1913" to i16
  %".1920" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1919", ptr %".1920", align 2
  br label %"return"
cont.70:
  %".1923" = getelementptr i8, ptr %"hdr.28", i64 2
  %".1924" = load i16, ptr %".1923", align 2
  %".1925" = call i16 @"llvm.bswap.i16"(i16 %".1924")
  %".1926" = zext i16 %".1925" to i64
  switch i64 %".1926", label %"unknown.20" [i64 2048, label %"to_ipv4.14"]
unknown.20:
  %".1928" = trunc i64 %".1913" to i16
  %".1929" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1928", ptr %".1929", align 2
  br label %"return"
to_ipv4.14:
  %".1932" = getelementptr i8, ptr %"keys", i64 2
  %".1933" = trunc i64 %".1913" to i16
  store volatile i16 %".1933", ptr %".1932", align 2
  %".1935" = load volatile i16, ptr %".1932", align 2
  %".1936" = zext i16 %".1935" to i64
  %"cursor.145" = and i64 %".1936", 16383
  br label %"ipv4_d1"
exit.71:
  %".1941" = trunc i64 %"cursor.60" to i16
  %".1942" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1941", ptr %".1942", align 2
  br label %"return"
cont.71:
  %".1945" = getelementptr i8, ptr %"hdr.29", i64 12
  %".1946" = load i16, ptr %".1945", align 2
  %".1947" = call i16 @"llvm.bswap.i16"(i16 %".1946")
  %".1948" = zext i16 %".1947" to i64
  %".1949" = trunc i64 %".1948" to i16
  %".1950" = call i16 @"llvm.bswap.i16"(i16 %".1949")
  %".1951" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1950", ptr %".1951", align 2
  %".1953" = add i64 %"cursor.60", 14
  %".1954" = call i16 @"llvm.bswap.i16"(i16 %".1946")
  %".1955" = zext i16 %".1954" to i64
  switch i64 %".1955", label %"unknown.21" [i64 2048, label %"to_ipv4.15" i64 34525, label %"to_ipv6.14" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7" i64 34887, label %"to_mpls.18" i64 34888, label %"to_mpls.19" i64 34916, label %"to_pppoe.3"]
unknown.21:
  %".1957" = trunc i64 %".1953" to i16
  %".1958" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1957", ptr %".1958", align 2
  br label %"return"
to_ipv4.15:
  %".1961" = getelementptr i8, ptr %"keys", i64 2
  %".1962" = trunc i64 %".1953" to i16
  store volatile i16 %".1962", ptr %".1961", align 2
  %".1964" = load volatile i16, ptr %".1961", align 2
  %".1965" = zext i16 %".1964" to i64
  %"cursor.146" = and i64 %".1965", 16383
  br label %"ipv4_d1"
to_ipv6.14:
  %".1967" = getelementptr i8, ptr %"keys", i64 2
  %".1968" = trunc i64 %".1953" to i16
  store volatile i16 %".1968", ptr %".1967", align 2
  %".1970" = load volatile i16, ptr %".1967", align 2
  %".1971" = zext i16 %".1970" to i64
  %"cursor.147" = and i64 %".1971", 16383
  br label %"ipv6_d1"
to_vlan.6:
  %".1973" = getelementptr i8, ptr %"keys", i64 2
  %".1974" = trunc i64 %".1953" to i16
  store volatile i16 %".1974", ptr %".1973", align 2
  %".1976" = load volatile i16, ptr %".1973", align 2
  %".1977" = zext i16 %".1976" to i64
  %"cursor.149" = and i64 %".1977", 16383
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  %".1979" = getelementptr i8, ptr %"keys", i64 2
  %".1980" = trunc i64 %".1953" to i16
  store volatile i16 %".1980", ptr %".1979", align 2
  %".1982" = load volatile i16, ptr %".1979", align 2
  %".1983" = zext i16 %".1982" to i64
  %"cursor.150" = and i64 %".1983", 16383
  br label %"vlan_d1_vlan_tags1"
to_mpls.18:
  %".1985" = getelementptr i8, ptr %"keys", i64 2
  %".1986" = trunc i64 %".1953" to i16
  store volatile i16 %".1986", ptr %".1985", align 2
  %".1988" = load volatile i16, ptr %".1985", align 2
  %".1989" = zext i16 %".1988" to i64
  %"cursor.151" = and i64 %".1989", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.19:
  %".1991" = getelementptr i8, ptr %"keys", i64 2
  %".1992" = trunc i64 %".1953" to i16
  store volatile i16 %".1992", ptr %".1991", align 2
  %".1994" = load volatile i16, ptr %".1991", align 2
  %".1995" = zext i16 %".1994" to i64
  %"cursor.152" = and i64 %".1995", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.3:
  %".1997" = getelementptr i8, ptr %"keys", i64 2
  %".1998" = trunc i64 %".1953" to i16
  store volatile i16 %".1998", ptr %".1997", align 2
  %".2000" = load volatile i16, ptr %".1997", align 2
  %".2001" = zext i16 %".2000" to i64
  %"cursor.154" = and i64 %".2001", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1:
  %"cursor.148" = phi  i64 [%"cursor.149", %"to_vlan.6"], [%"cursor.150", %"to_vlan.7"]
  %"hdr.40" = getelementptr i8, ptr %"data", i64 %"cursor.148"
  %".2872" = getelementptr i8, ptr %"hdr.40", i64 4
  %".2873" = icmp ugt ptr %".2872", %"data_end"
  br i1 %".2873", label %"exit.100", label %"cont.100"
pppoe_d1:
  %"cursor.153" = phi  i64 [%"cursor.154", %"to_pppoe.3"], [%"cursor.241", %"to_pppoe.4"], [%"cursor.310", %"to_pppoe.5"]
  %"hdr.41" = getelementptr i8, ptr %"data", i64 %"cursor.153"
  %".2940" = getelementptr i8, ptr %"hdr.41", i64 8
  %".2941" = icmp ugt ptr %".2940", %"data_end"
  br i1 %".2941", label %"exit.101", label %"cont.101"
exit.72:
  %".2006" = trunc i64 %"cursor.62" to i16
  %".2007" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2006", ptr %".2007", align 2
  br label %"return"
cont.72:
  %".2010" = add i64 %"cursor.62", 4
  %".2011" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2012" = load i8, ptr %".2011", align 1
  %".2013" = zext i8 %".2012" to i64
  %".2014" = and i64 %".2013", 1
  switch i64 %".2014", label %"unknown.22" [i64 0, label %"to_mpls.20" i64 1, label %"to_ip_version.3"]
unknown.22:
  %".2016" = trunc i64 %".2010" to i16
  %".2017" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2016", ptr %".2017", align 2
  br label %"return"
to_mpls.20:
  %".2020" = getelementptr i8, ptr %"keys", i64 2
  %".2021" = trunc i64 %".2010" to i16
  store volatile i16 %".2021", ptr %".2020", align 2
  %".2023" = load volatile i16, ptr %".2020", align 2
  %".2024" = zext i16 %".2023" to i64
  %"cursor.156" = and i64 %".2024", 16383
  br label %"mpls_d1_mpls_labels2"
to_ip_version.3:
  %".2026" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2026", align 1
  %".2028" = and i32 %"flags", 4
  %".2029" = icmp ne i32 %".2028", 0
  br i1 %".2029", label %"exit.73", label %"cont.73"
mpls_d1_mpls_labels2:
  %"cursor.155" = phi  i64 [%"cursor.156", %"to_mpls.20"]
  %"hdr.42" = getelementptr i8, ptr %"data", i64 %"cursor.155"
  %".3009" = getelementptr i8, ptr %"hdr.42", i64 4
  %".3010" = icmp ugt ptr %".3009", %"data_end"
  br i1 %".3010", label %"exit.103", label %"cont.103"
exit.73:
  %".2031" = trunc i64 %".2010" to i16
  %".2032" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2031", ptr %".2032", align 2
  br label %"return"
cont.73:
  %".2035" = trunc i64 %".2010" to i16
  %".2036" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2035", ptr %".2036", align 2
  br label %"return"
exit.74:
  %".2042" = trunc i64 %"cursor.66" to i16
  %".2043" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2042", ptr %".2043", align 2
  br label %"return"
cont.74:
  %".2046" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2047" = load i16, ptr %".2046", align 2
  %".2048" = call i16 @"llvm.bswap.i16"(i16 %".2047")
  %".2049" = zext i16 %".2048" to i64
  %".2050" = trunc i64 %".2049" to i16
  %".2051" = call i16 @"llvm.bswap.i16"(i16 %".2050")
  %".2052" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".2051", ptr %".2052", align 2
  %".2054" = getelementptr i8, ptr %"hdr.31", i64 2
  %".2055" = load i16, ptr %".2054", align 2
  %".2056" = call i16 @"llvm.bswap.i16"(i16 %".2055")
  %".2057" = zext i16 %".2056" to i64
  %".2058" = trunc i64 %".2057" to i16
  %".2059" = call i16 @"llvm.bswap.i16"(i16 %".2058")
  %".2060" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".2059", ptr %".2060", align 2
  %".2062" = add i64 %"cursor.66", 4
  %".2063" = add i64 4, 4
  %".2064" = getelementptr i8, ptr %"hdr.31", i64 %".2063"
  %".2065" = icmp ugt ptr %".2064", %"data_end"
  br i1 %".2065", label %"exit.75", label %"cont.75"
exit.75:
  %".2067" = trunc i64 %"cursor.66" to i16
  %".2068" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2067", ptr %".2068", align 2
  br label %"return"
cont.75:
  %"end.9" = add i64 %"cursor.66", %".2063"
  %".2071" = call i16 @"llvm.bswap.i16"(i16 %".2055")
  %".2072" = zext i16 %".2071" to i64
  switch i64 %".2072", label %"unknown.23" [i64 4789, label %"to_vxlan.1" i64 6081, label %"to_geneve.1" i64 6080, label %"to_gue.1" i64 2152, label %"to_gtpu.1" i64 7777, label %"to_shim.1"]
unknown.23:
  %".2074" = trunc i64 %"cursor.66" to i16
  %".2075" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2074", ptr %".2075", align 2
  br label %"return"
to_vxlan.1:
  %".2078" = getelementptr i8, ptr %"keys", i64 2
  %".2079" = trunc i64 %"end.9" to i16
  store volatile i16 %".2079", ptr %".2078", align 2
  %".2081" = load volatile i16, ptr %".2078", align 2
  %".2082" = zext i16 %".2081" to i64
  %"cursor.158" = and i64 %".2082", 16383
  br label %"vxlan_d1"
to_geneve.1:
  %".2084" = getelementptr i8, ptr %"keys", i64 2
  %".2085" = trunc i64 %"end.9" to i16
  store volatile i16 %".2085", ptr %".2084", align 2
  %".2087" = load volatile i16, ptr %".2084", align 2
  %".2088" = zext i16 %".2087" to i64
  %"cursor.160" = and i64 %".2088", 16383
  br label %"geneve_d1"
to_gue.1:
  %".2090" = getelementptr i8, ptr %"keys", i64 2
  %".2091" = trunc i64 %"end.9" to i16
  store volatile i16 %".2091", ptr %".2090", align 2
  %".2093" = load volatile i16, ptr %".2090", align 2
  %".2094" = zext i16 %".2093" to i64
  %"cursor.162" = and i64 %".2094", 16383
  br label %"gue_d1"
to_gtpu.1:
  %".2096" = getelementptr i8, ptr %"keys", i64 2
  %".2097" = trunc i64 %"end.9" to i16
  store volatile i16 %".2097", ptr %".2096", align 2
  %".2099" = load volatile i16, ptr %".2096", align 2
  %".2100" = zext i16 %".2099" to i64
  %"cursor.164" = and i64 %".2100", 16383
  br label %"gtpu_d1"
to_shim.1:
  %".2102" = getelementptr i8, ptr %"keys", i64 2
  %".2103" = trunc i64 %"end.9" to i16
  store volatile i16 %".2103", ptr %".2102", align 2
  %".2105" = load volatile i16, ptr %".2102", align 2
  %".2106" = zext i16 %".2105" to i64
  %"cursor.166" = and i64 %".2106", 16383
  br label %"shim_d1"
vxlan_d1:
  %"cursor.157" = phi  i64 [%"cursor.158", %"to_vxlan.1"]
  %"hdr.43" = getelementptr i8, ptr %"data", i64 %"cursor.157"
  %".3045" = getelementptr i8, ptr %"hdr.43", i64 8
  %".3046" = icmp ugt ptr %".3045", %"data_end"
  br i1 %".3046", label %"exit.105", label %"cont.105"
geneve_d1:
  %"cursor.159" = phi  i64 [%"cursor.160", %"to_geneve.1"]
  %"hdr.44" = getelementptr i8, ptr %"data", i64 %"cursor.159"
  %".3071" = getelementptr i8, ptr %"hdr.44", i64 8
  %".3072" = icmp ugt ptr %".3071", %"data_end"
  br i1 %".3072", label %"exit.107", label %"cont.107"
gue_d1:
  %"cursor.161" = phi  i64 [%"cursor.162", %"to_gue.1"]
  %"hdr.45" = getelementptr i8, ptr %"data", i64 %"cursor.161"
  %".3131" = getelementptr i8, ptr %"hdr.45", i64 4
  %".3132" = icmp ugt ptr %".3131", %"data_end"
  br i1 %".3132", label %"exit.111", label %"cont.111"
gtpu_d1:
  %"cursor.163" = phi  i64 [%"cursor.164", %"to_gtpu.1"]
  %"hdr.46" = getelementptr i8, ptr %"data", i64 %"cursor.163"
  %".3191" = getelementptr i8, ptr %"hdr.46", i64 8
  %".3192" = icmp ugt ptr %".3191", %"data_end"
  br i1 %".3192", label %"exit.115", label %"cont.115"
shim_d1:
  %"cursor.165" = phi  i64 [%"cursor.166", %"to_shim.1"]
  %"hdr.47" = getelementptr i8, ptr %"data", i64 %"cursor.165"
  %".3266" = getelementptr i8, ptr %"hdr.47", i64 8
  %".3267" = icmp ugt ptr %".3266", %"data_end"
  br i1 %".3267", label %"exit.118", label %"cont.118"
exit.76:
  %".2111" = trunc i64 %"cursor.69" to i16
  %".2112" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2111", ptr %".2112", align 2
  br label %"return"
cont.76:
  %".2115" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2116" = load i8, ptr %".2115", align 1
  %".2117" = zext i8 %".2116" to i64
  %".2118" = and i64 %".2117", 7
  %".2119" = icmp ne i64 %".2118", 0
  %".2120" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2121" = load i8, ptr %".2120", align 1
  %".2122" = zext i8 %".2121" to i64
  %".2123" = lshr i64 %".2122", 6
  %".2124" = and i64 %".2123", 1
  %".2125" = icmp ne i64 %".2124", 0
  %".2126" = or i1 %".2119", %".2125"
  br i1 %".2126", label %"exit.77", label %"cont.77"
exit.77:
  %".2128" = trunc i64 %"cursor.69" to i16
  %".2129" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2128", ptr %".2129", align 2
  br label %"return"
cont.77:
  %".2132" = add i64 %"cursor.69", 4
  %".2133" = zext i8 %".2121" to i64
  %".2134" = lshr i64 %".2133", 7
  %".2135" = and i64 %".2134", 1
  %".2136" = zext i8 %".2121" to i64
  %".2137" = lshr i64 %".2136", 5
  %".2138" = and i64 %".2137", 1
  %".2139" = add i64 %".2135", %".2138"
  %".2140" = zext i8 %".2121" to i64
  %".2141" = lshr i64 %".2140", 4
  %".2142" = and i64 %".2141", 1
  %".2143" = add i64 %".2139", %".2142"
  %".2144" = mul i64 %".2143", 4
  %".2145" = add i64 %".2144", 4
  %".2146" = getelementptr i8, ptr %"hdr.32", i64 %".2145"
  %".2147" = icmp ugt ptr %".2146", %"data_end"
  br i1 %".2147", label %"exit.78", label %"cont.78"
exit.78:
  %".2149" = trunc i64 %"cursor.69" to i16
  %".2150" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2149", ptr %".2150", align 2
  br label %"return"
cont.78:
  %"end.10" = add i64 %"cursor.69", %".2145"
  %".2153" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2153", align 1
  %".2155" = and i32 %"flags", 4
  %".2156" = icmp ne i32 %".2155", 0
  br i1 %".2156", label %"exit.79", label %"cont.79"
exit.79:
  %".2158" = trunc i64 %"end.10" to i16
  %".2159" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2158", ptr %".2159", align 2
  br label %"return"
cont.79:
  %".2162" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2163" = load i16, ptr %".2162", align 2
  %".2164" = call i16 @"llvm.bswap.i16"(i16 %".2163")
  %".2165" = zext i16 %".2164" to i64
  %".2166" = trunc i64 %".2165" to i16
  %".2167" = call i16 @"llvm.bswap.i16"(i16 %".2166")
  %".2168" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2167", ptr %".2168", align 2
  %".2170" = call i16 @"llvm.bswap.i16"(i16 %".2163")
  %".2171" = zext i16 %".2170" to i64
  switch i64 %".2171", label %"unknown.24" [i64 2048, label %"to_ipv4.16" i64 34525, label %"to_ipv6.15" i64 25944, label %"to_ethernet.3" i64 34887, label %"to_mpls.21" i64 34888, label %"to_mpls.22"]
unknown.24:
  %".2173" = trunc i64 %"end.10" to i16
  %".2174" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2173", ptr %".2174", align 2
  br label %"return"
to_ipv4.16:
  %".2177" = trunc i64 %"end.10" to i16
  %".2178" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2177", ptr %".2178", align 2
  br label %"return"
to_ipv6.15:
  %".2181" = trunc i64 %"end.10" to i16
  %".2182" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2181", ptr %".2182", align 2
  br label %"return"
to_ethernet.3:
  %".2185" = trunc i64 %"end.10" to i16
  %".2186" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2185", ptr %".2186", align 2
  br label %"return"
to_mpls.21:
  %".2189" = trunc i64 %"end.10" to i16
  %".2190" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2189", ptr %".2190", align 2
  br label %"return"
to_mpls.22:
  %".2193" = trunc i64 %"end.10" to i16
  %".2194" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2193", ptr %".2194", align 2
  br label %"return"
exit.80:
  %".2200" = trunc i64 %"cursor.77" to i16
  %".2201" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2200", ptr %".2201", align 2
  br label %"return"
cont.80:
  %".2204" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2205" = load i8, ptr %".2204", align 1
  %".2206" = zext i8 %".2205" to i64
  %".2207" = trunc i64 %".2206" to i8
  %".2208" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2207", ptr %".2208", align 1
  %".2210" = add i64 %"cursor.77", 2
  %".2211" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2212" = load i8, ptr %".2211", align 1
  %".2213" = zext i8 %".2212" to i64
  %".2214" = mul i64 %".2213", 8
  %".2215" = add i64 %".2214", 6
  %".2216" = add i64 %".2215", 2
  %".2217" = getelementptr i8, ptr %"hdr.33", i64 %".2216"
  %".2218" = icmp ugt ptr %".2217", %"data_end"
  br i1 %".2218", label %"exit.81", label %"cont.81"
exit.81:
  %".2220" = trunc i64 %"cursor.77" to i16
  %".2221" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2220", ptr %".2221", align 2
  br label %"return"
cont.81:
  %"end.11" = add i64 %"cursor.77", %".2216"
  %".2224" = zext i8 %".2205" to i64
  switch i64 %".2224", label %"unknown.25" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 132, label %"to_sctp.6" i64 33, label %"to_dccp.6" i64 50, label %"to_esp.6" i64 51, label %"to_ah.6" i64 58, label %"to_icmpv6.4" i64 137, label %"to_mpls.23" i64 4, label %"to_ipv4.17" i64 41, label %"to_ipv6.16"]
unknown.25:
  %".2226" = trunc i64 %"end.11" to i16
  %".2227" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2226", ptr %".2227", align 2
  br label %"return"
to_ipv6_opts.12:
  %".2230" = getelementptr i8, ptr %"keys", i64 2
  %".2231" = trunc i64 %"end.11" to i16
  store volatile i16 %".2231", ptr %".2230", align 2
  %".2233" = load volatile i16, ptr %".2230", align 2
  %".2234" = zext i16 %".2233" to i64
  %"cursor.168" = and i64 %".2234", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  %".2236" = getelementptr i8, ptr %"keys", i64 2
  %".2237" = trunc i64 %"end.11" to i16
  store volatile i16 %".2237", ptr %".2236", align 2
  %".2239" = load volatile i16, ptr %".2236", align 2
  %".2240" = zext i16 %".2239" to i64
  %"cursor.169" = and i64 %".2240", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  %".2242" = getelementptr i8, ptr %"keys", i64 2
  %".2243" = trunc i64 %"end.11" to i16
  store volatile i16 %".2243", ptr %".2242", align 2
  %".2245" = load volatile i16, ptr %".2242", align 2
  %".2246" = zext i16 %".2245" to i64
  %"cursor.170" = and i64 %".2246", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  %".2248" = getelementptr i8, ptr %"keys", i64 2
  %".2249" = trunc i64 %"end.11" to i16
  store volatile i16 %".2249", ptr %".2248", align 2
  %".2251" = load volatile i16, ptr %".2248", align 2
  %".2252" = zext i16 %".2251" to i64
  %"cursor.172" = and i64 %".2252", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  %".2254" = getelementptr i8, ptr %"keys", i64 2
  %".2255" = trunc i64 %"end.11" to i16
  store volatile i16 %".2255", ptr %".2254", align 2
  %".2257" = load volatile i16, ptr %".2254", align 2
  %".2258" = zext i16 %".2257" to i64
  %"cursor.173" = and i64 %".2258", 16383
  br label %"tcp"
to_udp.6:
  %".2260" = getelementptr i8, ptr %"keys", i64 2
  %".2261" = trunc i64 %"end.11" to i16
  store volatile i16 %".2261", ptr %".2260", align 2
  %".2263" = load volatile i16, ptr %".2260", align 2
  %".2264" = zext i16 %".2263" to i64
  %"cursor.174" = and i64 %".2264", 16383
  br label %"udp_d1"
to_udplite.6:
  %".2266" = getelementptr i8, ptr %"keys", i64 2
  %".2267" = trunc i64 %"end.11" to i16
  store volatile i16 %".2267", ptr %".2266", align 2
  %".2269" = load volatile i16, ptr %".2266", align 2
  %".2270" = zext i16 %".2269" to i64
  %"cursor.175" = and i64 %".2270", 16383
  br label %"udplite"
to_gre.6:
  %".2272" = getelementptr i8, ptr %"keys", i64 2
  %".2273" = trunc i64 %"end.11" to i16
  store volatile i16 %".2273", ptr %".2272", align 2
  %".2275" = load volatile i16, ptr %".2272", align 2
  %".2276" = zext i16 %".2275" to i64
  %"cursor.176" = and i64 %".2276", 16383
  br label %"gre_d1"
to_sctp.6:
  %".2278" = getelementptr i8, ptr %"keys", i64 2
  %".2279" = trunc i64 %"end.11" to i16
  store volatile i16 %".2279", ptr %".2278", align 2
  %".2281" = load volatile i16, ptr %".2278", align 2
  %".2282" = zext i16 %".2281" to i64
  %"cursor.177" = and i64 %".2282", 16383
  br label %"sctp"
to_dccp.6:
  %".2284" = getelementptr i8, ptr %"keys", i64 2
  %".2285" = trunc i64 %"end.11" to i16
  store volatile i16 %".2285", ptr %".2284", align 2
  %".2287" = load volatile i16, ptr %".2284", align 2
  %".2288" = zext i16 %".2287" to i64
  %"cursor.178" = and i64 %".2288", 16383
  br label %"dccp"
to_esp.6:
  %".2290" = getelementptr i8, ptr %"keys", i64 2
  %".2291" = trunc i64 %"end.11" to i16
  store volatile i16 %".2291", ptr %".2290", align 2
  %".2293" = load volatile i16, ptr %".2290", align 2
  %".2294" = zext i16 %".2293" to i64
  %"cursor.179" = and i64 %".2294", 16383
  br label %"esp"
to_ah.6:
  %".2296" = getelementptr i8, ptr %"keys", i64 2
  %".2297" = trunc i64 %"end.11" to i16
  store volatile i16 %".2297", ptr %".2296", align 2
  %".2299" = load volatile i16, ptr %".2296", align 2
  %".2300" = zext i16 %".2299" to i64
  %"cursor.180" = and i64 %".2300", 16383
  br label %"ah"
to_icmpv6.4:
  %".2302" = getelementptr i8, ptr %"keys", i64 2
  %".2303" = trunc i64 %"end.11" to i16
  store volatile i16 %".2303", ptr %".2302", align 2
  %".2305" = load volatile i16, ptr %".2302", align 2
  %".2306" = zext i16 %".2305" to i64
  %"cursor.181" = and i64 %".2306", 16383
  br label %"icmpv6"
to_mpls.23:
  %".2308" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2308", align 2
  %".2310" = getelementptr i8, ptr %"keys", i64 2
  %".2311" = trunc i64 %"end.11" to i16
  store volatile i16 %".2311", ptr %".2310", align 2
  %".2313" = load volatile i16, ptr %".2310", align 2
  %".2314" = zext i16 %".2313" to i64
  %"cursor.182" = and i64 %".2314", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.17:
  %".2316" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2316", align 1
  %".2318" = and i32 %"flags", 4
  %".2319" = icmp ne i32 %".2318", 0
  br i1 %".2319", label %"exit.82", label %"cont.82"
to_ipv6.16:
  %".2329" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2329", align 1
  %".2331" = and i32 %"flags", 4
  %".2332" = icmp ne i32 %".2331", 0
  br i1 %".2332", label %"exit.83", label %"cont.83"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.167" = phi  i64 [%"cursor.168", %"to_ipv6_opts.12"], [%"cursor.169", %"to_ipv6_opts.13"], [%"cursor.170", %"to_ipv6_opts.14"], [%"cursor.183", %"to_ipv6_opts.15"], [%"cursor.184", %"to_ipv6_opts.16"], [%"cursor.185", %"to_ipv6_opts.17"]
  %"hdr.48" = getelementptr i8, ptr %"data", i64 %"cursor.167"
  %".3296" = getelementptr i8, ptr %"hdr.48", i64 2
  %".3297" = icmp ugt ptr %".3296", %"data_end"
  br i1 %".3297", label %"exit.120", label %"cont.120"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.171" = phi  i64 [%"cursor.172", %"to_ipv6_frag.4"], [%"cursor.186", %"to_ipv6_frag.5"]
  %"hdr.49" = getelementptr i8, ptr %"data", i64 %"cursor.171"
  %".3441" = getelementptr i8, ptr %"hdr.49", i64 8
  %".3442" = icmp ugt ptr %".3441", %"data_end"
  br i1 %".3442", label %"exit.124", label %"cont.124"
exit.82:
  %".2321" = trunc i64 %"end.11" to i16
  %".2322" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2321", ptr %".2322", align 2
  br label %"return"
cont.82:
  %".2325" = trunc i64 %"end.11" to i16
  %".2326" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2325", ptr %".2326", align 2
  br label %"return"
exit.83:
  %".2334" = trunc i64 %"end.11" to i16
  %".2335" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2334", ptr %".2335", align 2
  br label %"return"
cont.83:
  %".2338" = trunc i64 %"end.11" to i16
  %".2339" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2338", ptr %".2339", align 2
  br label %"return"
exit.84:
  %".2345" = trunc i64 %"cursor.81" to i16
  %".2346" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2345", ptr %".2346", align 2
  br label %"return"
cont.84:
  %".2349" = getelementptr i8, ptr %"hdr.34", i64 0
  %".2350" = load i8, ptr %".2349", align 1
  %".2351" = zext i8 %".2350" to i64
  %".2352" = trunc i64 %".2351" to i8
  %".2353" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2352", ptr %".2353", align 1
  %".2355" = add i64 %"cursor.81", 8
  %".2356" = icmp ne i64 1, 0
  %".2357" = getelementptr i8, ptr %"hdr.34", i64 2
  %".2358" = load i16, ptr %".2357", align 2
  %".2359" = call i16 @"llvm.bswap.i16"(i16 %".2358")
  %".2360" = zext i16 %".2359" to i64
  %".2361" = and i64 %".2360", 65528
  %".2362" = icmp eq i64 %".2361", 0
  br i1 %".2356", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".2364" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2364", align 1
  br i1 %".2362", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".2382" = zext i8 %".2350" to i64
  switch i64 %".2382", label %"unknown.26" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 132, label %"to_sctp.7" i64 33, label %"to_dccp.7" i64 50, label %"to_esp.7" i64 51, label %"to_ah.7" i64 58, label %"to_icmpv6.5" i64 137, label %"to_mpls.24" i64 4, label %"to_ipv4.18" i64 41, label %"to_ipv6.17"]
first_fragment.3:
  %".2371" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2371", align 1
  %".2373" = and i32 %"flags", 1
  %".2374" = icmp ne i32 %".2373", 0
  %".2375" = xor i1 %".2374", -1
  br i1 %".2375", label %"exit.85", label %"cont.85"
later_fragment.3:
  %".2367" = trunc i64 %".2355" to i16
  %".2368" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2367", ptr %".2368", align 2
  br label %"return"
exit.85:
  %".2377" = trunc i64 %".2355" to i16
  %".2378" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2377", ptr %".2378", align 2
  br label %"return"
cont.85:
  br label %"not_fragment.3"
unknown.26:
  %".2384" = trunc i64 %".2355" to i16
  %".2385" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2384", ptr %".2385", align 2
  br label %"return"
to_ipv6_opts.15:
  %".2388" = getelementptr i8, ptr %"keys", i64 2
  %".2389" = trunc i64 %".2355" to i16
  store volatile i16 %".2389", ptr %".2388", align 2
  %".2391" = load volatile i16, ptr %".2388", align 2
  %".2392" = zext i16 %".2391" to i64
  %"cursor.183" = and i64 %".2392", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  %".2394" = getelementptr i8, ptr %"keys", i64 2
  %".2395" = trunc i64 %".2355" to i16
  store volatile i16 %".2395", ptr %".2394", align 2
  %".2397" = load volatile i16, ptr %".2394", align 2
  %".2398" = zext i16 %".2397" to i64
  %"cursor.184" = and i64 %".2398", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  %".2400" = getelementptr i8, ptr %"keys", i64 2
  %".2401" = trunc i64 %".2355" to i16
  store volatile i16 %".2401", ptr %".2400", align 2
  %".2403" = load volatile i16, ptr %".2400", align 2
  %".2404" = zext i16 %".2403" to i64
  %"cursor.185" = and i64 %".2404", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  %".2406" = getelementptr i8, ptr %"keys", i64 2
  %".2407" = trunc i64 %".2355" to i16
  store volatile i16 %".2407", ptr %".2406", align 2
  %".2409" = load volatile i16, ptr %".2406", align 2
  %".2410" = zext i16 %".2409" to i64
  %"cursor.186" = and i64 %".2410", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  %".2412" = getelementptr i8, ptr %"keys", i64 2
  %".2413" = trunc i64 %".2355" to i16
  store volatile i16 %".2413", ptr %".2412", align 2
  %".2415" = load volatile i16, ptr %".2412", align 2
  %".2416" = zext i16 %".2415" to i64
  %"cursor.187" = and i64 %".2416", 16383
  br label %"tcp"
to_udp.7:
  %".2418" = getelementptr i8, ptr %"keys", i64 2
  %".2419" = trunc i64 %".2355" to i16
  store volatile i16 %".2419", ptr %".2418", align 2
  %".2421" = load volatile i16, ptr %".2418", align 2
  %".2422" = zext i16 %".2421" to i64
  %"cursor.188" = and i64 %".2422", 16383
  br label %"udp_d1"
to_udplite.7:
  %".2424" = getelementptr i8, ptr %"keys", i64 2
  %".2425" = trunc i64 %".2355" to i16
  store volatile i16 %".2425", ptr %".2424", align 2
  %".2427" = load volatile i16, ptr %".2424", align 2
  %".2428" = zext i16 %".2427" to i64
  %"cursor.189" = and i64 %".2428", 16383
  br label %"udplite"
to_gre.7:
  %".2430" = getelementptr i8, ptr %"keys", i64 2
  %".2431" = trunc i64 %".2355" to i16
  store volatile i16 %".2431", ptr %".2430", align 2
  %".2433" = load volatile i16, ptr %".2430", align 2
  %".2434" = zext i16 %".2433" to i64
  %"cursor.190" = and i64 %".2434", 16383
  br label %"gre_d1"
to_sctp.7:
  %".2436" = getelementptr i8, ptr %"keys", i64 2
  %".2437" = trunc i64 %".2355" to i16
  store volatile i16 %".2437", ptr %".2436", align 2
  %".2439" = load volatile i16, ptr %".2436", align 2
  %".2440" = zext i16 %".2439" to i64
  %"cursor.191" = and i64 %".2440", 16383
  br label %"sctp"
to_dccp.7:
  %".2442" = getelementptr i8, ptr %"keys", i64 2
  %".2443" = trunc i64 %".2355" to i16
  store volatile i16 %".2443", ptr %".2442", align 2
  %".2445" = load volatile i16, ptr %".2442", align 2
  %".2446" = zext i16 %".2445" to i64
  %"cursor.192" = and i64 %".2446", 16383
  br label %"dccp"
to_esp.7:
  %".2448" = getelementptr i8, ptr %"keys", i64 2
  %".2449" = trunc i64 %".2355" to i16
  store volatile i16 %".2449", ptr %".2448", align 2
  %".2451" = load volatile i16, ptr %".2448", align 2
  %".2452" = zext i16 %".2451" to i64
  %"cursor.193" = and i64 %".2452", 16383
  br label %"esp"
to_ah.7:
  %".2454" = getelementptr i8, ptr %"keys", i64 2
  %".2455" = trunc i64 %".2355" to i16
  store volatile i16 %".2455", ptr %".2454", align 2
  %".2457" = load volatile i16, ptr %".2454", align 2
  %".2458" = zext i16 %".2457" to i64
  %"cursor.194" = and i64 %".2458", 16383
  br label %"ah"
to_icmpv6.5:
  %".2460" = getelementptr i8, ptr %"keys", i64 2
  %".2461" = trunc i64 %".2355" to i16
  store volatile i16 %".2461", ptr %".2460", align 2
  %".2463" = load volatile i16, ptr %".2460", align 2
  %".2464" = zext i16 %".2463" to i64
  %"cursor.195" = and i64 %".2464", 16383
  br label %"icmpv6"
to_mpls.24:
  %".2466" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2466", align 2
  %".2468" = getelementptr i8, ptr %"keys", i64 2
  %".2469" = trunc i64 %".2355" to i16
  store volatile i16 %".2469", ptr %".2468", align 2
  %".2471" = load volatile i16, ptr %".2468", align 2
  %".2472" = zext i16 %".2471" to i64
  %"cursor.196" = and i64 %".2472", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.18:
  %".2474" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2474", align 1
  %".2476" = and i32 %"flags", 4
  %".2477" = icmp ne i32 %".2476", 0
  br i1 %".2477", label %"exit.86", label %"cont.86"
to_ipv6.17:
  %".2487" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2487", align 1
  %".2489" = and i32 %"flags", 4
  %".2490" = icmp ne i32 %".2489", 0
  br i1 %".2490", label %"exit.87", label %"cont.87"
exit.86:
  %".2479" = trunc i64 %".2355" to i16
  %".2480" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2479", ptr %".2480", align 2
  br label %"return"
cont.86:
  %".2483" = trunc i64 %".2355" to i16
  %".2484" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2483", ptr %".2484", align 2
  br label %"return"
exit.87:
  %".2492" = trunc i64 %".2355" to i16
  %".2493" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2492", ptr %".2493", align 2
  br label %"return"
cont.87:
  %".2496" = trunc i64 %".2355" to i16
  %".2497" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2496", ptr %".2497", align 2
  br label %"return"
exit.88:
  %".2503" = trunc i64 %"cursor.93" to i16
  %".2504" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2503", ptr %".2504", align 2
  br label %"return"
cont.88:
  %".2507" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2508" = load i8, ptr %".2507", align 1
  %".2509" = zext i8 %".2508" to i64
  %".2510" = trunc i64 %".2509" to i8
  %".2511" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2510", ptr %".2511", align 1
  %".2513" = add i64 %"cursor.93", 2
  %".2514" = getelementptr i8, ptr %"hdr.35", i64 1
  %".2515" = load i8, ptr %".2514", align 1
  %".2516" = zext i8 %".2515" to i64
  %".2517" = mul i64 %".2516", 8
  %".2518" = add i64 %".2517", 6
  %".2519" = add i64 %".2518", 2
  %".2520" = getelementptr i8, ptr %"hdr.35", i64 %".2519"
  %".2521" = icmp ugt ptr %".2520", %"data_end"
  br i1 %".2521", label %"exit.89", label %"cont.89"
exit.89:
  %".2523" = trunc i64 %"cursor.93" to i16
  %".2524" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2523", ptr %".2524", align 2
  br label %"return"
cont.89:
  %"end.12" = add i64 %"cursor.93", %".2519"
  %".2527" = zext i8 %".2508" to i64
  switch i64 %".2527", label %"unknown.27" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 132, label %"to_sctp.8" i64 33, label %"to_dccp.8" i64 50, label %"to_esp.8" i64 51, label %"to_ah.8" i64 58, label %"to_icmpv6.6" i64 137, label %"to_mpls.25" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.18"]
unknown.27:
  %".2529" = trunc i64 %"end.12" to i16
  %".2530" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2529", ptr %".2530", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  %".2534" = getelementptr i8, ptr %"keys", i64 2
  %".2535" = trunc i64 %"end.12" to i16
  store volatile i16 %".2535", ptr %".2534", align 2
  %".2537" = load volatile i16, ptr %".2534", align 2
  %".2538" = zext i16 %".2537" to i64
  %"cursor.198" = and i64 %".2538", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  %".2540" = getelementptr i8, ptr %"keys", i64 2
  %".2541" = trunc i64 %"end.12" to i16
  store volatile i16 %".2541", ptr %".2540", align 2
  %".2543" = load volatile i16, ptr %".2540", align 2
  %".2544" = zext i16 %".2543" to i64
  %"cursor.199" = and i64 %".2544", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  %".2547" = getelementptr i8, ptr %"keys", i64 2
  %".2548" = trunc i64 %"end.12" to i16
  store volatile i16 %".2548", ptr %".2547", align 2
  %".2550" = load volatile i16, ptr %".2547", align 2
  %".2551" = zext i16 %".2550" to i64
  %"cursor.201" = and i64 %".2551", 16383
  br label %"tcp"
to_udp.8:
  %".2553" = getelementptr i8, ptr %"keys", i64 2
  %".2554" = trunc i64 %"end.12" to i16
  store volatile i16 %".2554", ptr %".2553", align 2
  %".2556" = load volatile i16, ptr %".2553", align 2
  %".2557" = zext i16 %".2556" to i64
  %"cursor.202" = and i64 %".2557", 16383
  br label %"udp_d0"
to_udplite.8:
  %".2559" = getelementptr i8, ptr %"keys", i64 2
  %".2560" = trunc i64 %"end.12" to i16
  store volatile i16 %".2560", ptr %".2559", align 2
  %".2562" = load volatile i16, ptr %".2559", align 2
  %".2563" = zext i16 %".2562" to i64
  %"cursor.203" = and i64 %".2563", 16383
  br label %"udplite"
to_gre.8:
  %".2565" = getelementptr i8, ptr %"keys", i64 2
  %".2566" = trunc i64 %"end.12" to i16
  store volatile i16 %".2566", ptr %".2565", align 2
  %".2568" = load volatile i16, ptr %".2565", align 2
  %".2569" = zext i16 %".2568" to i64
  %"cursor.204" = and i64 %".2569", 16383
  br label %"gre_d0"
to_sctp.8:
  %".2571" = getelementptr i8, ptr %"keys", i64 2
  %".2572" = trunc i64 %"end.12" to i16
  store volatile i16 %".2572", ptr %".2571", align 2
  %".2574" = load volatile i16, ptr %".2571", align 2
  %".2575" = zext i16 %".2574" to i64
  %"cursor.205" = and i64 %".2575", 16383
  br label %"sctp"
to_dccp.8:
  %".2577" = getelementptr i8, ptr %"keys", i64 2
  %".2578" = trunc i64 %"end.12" to i16
  store volatile i16 %".2578", ptr %".2577", align 2
  %".2580" = load volatile i16, ptr %".2577", align 2
  %".2581" = zext i16 %".2580" to i64
  %"cursor.206" = and i64 %".2581", 16383
  br label %"dccp"
to_esp.8:
  %".2583" = getelementptr i8, ptr %"keys", i64 2
  %".2584" = trunc i64 %"end.12" to i16
  store volatile i16 %".2584", ptr %".2583", align 2
  %".2586" = load volatile i16, ptr %".2583", align 2
  %".2587" = zext i16 %".2586" to i64
  %"cursor.207" = and i64 %".2587", 16383
  br label %"esp"
to_ah.8:
  %".2589" = getelementptr i8, ptr %"keys", i64 2
  %".2590" = trunc i64 %"end.12" to i16
  store volatile i16 %".2590", ptr %".2589", align 2
  %".2592" = load volatile i16, ptr %".2589", align 2
  %".2593" = zext i16 %".2592" to i64
  %"cursor.208" = and i64 %".2593", 16383
  br label %"ah"
to_icmpv6.6:
  %".2595" = getelementptr i8, ptr %"keys", i64 2
  %".2596" = trunc i64 %"end.12" to i16
  store volatile i16 %".2596", ptr %".2595", align 2
  %".2598" = load volatile i16, ptr %".2595", align 2
  %".2599" = zext i16 %".2598" to i64
  %"cursor.209" = and i64 %".2599", 16383
  br label %"icmpv6"
to_mpls.25:
  %".2601" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2601", align 2
  %".2603" = getelementptr i8, ptr %"keys", i64 2
  %".2604" = trunc i64 %"end.12" to i16
  store volatile i16 %".2604", ptr %".2603", align 2
  %".2606" = load volatile i16, ptr %".2603", align 2
  %".2607" = zext i16 %".2606" to i64
  %"cursor.210" = and i64 %".2607", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.19:
  %".2609" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2609", align 1
  %".2611" = and i32 %"flags", 4
  %".2612" = icmp ne i32 %".2611", 0
  br i1 %".2612", label %"exit.90", label %"cont.90"
to_ipv6.18:
  %".2624" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2624", align 1
  %".2626" = and i32 %"flags", 4
  %".2627" = icmp ne i32 %".2626", 0
  br i1 %".2627", label %"exit.91", label %"cont.91"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.197" = phi  i64 [%"end.12", %"to_ipv6_opts.18"], [%"cursor.198", %"to_ipv6_opts.19"], [%"cursor.199", %"to_ipv6_opts.20"], [%"cursor.213", %"to_ipv6_opts.21"], [%"cursor.214", %"to_ipv6_opts.22"], [%"cursor.215", %"to_ipv6_opts.23"]
  %"hdr.50" = getelementptr i8, ptr %"data", i64 %"cursor.197"
  %".3599" = getelementptr i8, ptr %"hdr.50", i64 2
  %".3600" = icmp ugt ptr %".3599", %"data_end"
  br i1 %".3600", label %"exit.128", label %"cont.128"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.200" = phi  i64 [%"end.12", %"to_ipv6_frag.6"], [%"cursor.216", %"to_ipv6_frag.7"]
  %"hdr.51" = getelementptr i8, ptr %"data", i64 %"cursor.200"
  %".3740" = getelementptr i8, ptr %"hdr.51", i64 8
  %".3741" = icmp ugt ptr %".3740", %"data_end"
  br i1 %".3741", label %"exit.132", label %"cont.132"
exit.90:
  %".2614" = trunc i64 %"end.12" to i16
  %".2615" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2614", ptr %".2615", align 2
  br label %"return"
cont.90:
  %".2618" = getelementptr i8, ptr %"keys", i64 2
  %".2619" = trunc i64 %"end.12" to i16
  store volatile i16 %".2619", ptr %".2618", align 2
  %".2621" = load volatile i16, ptr %".2618", align 2
  %".2622" = zext i16 %".2621" to i64
  %"cursor.211" = and i64 %".2622", 16383
  br label %"ipv4_d1"
exit.91:
  %".2629" = trunc i64 %"end.12" to i16
  %".2630" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2629", ptr %".2630", align 2
  br label %"return"
cont.91:
  %".2633" = getelementptr i8, ptr %"keys", i64 2
  %".2634" = trunc i64 %"end.12" to i16
  store volatile i16 %".2634", ptr %".2633", align 2
  %".2636" = load volatile i16, ptr %".2633", align 2
  %".2637" = zext i16 %".2636" to i64
  %"cursor.212" = and i64 %".2637", 16383
  br label %"ipv6_d1"
exit.92:
  %".2642" = trunc i64 %"cursor.96" to i16
  %".2643" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2642", ptr %".2643", align 2
  br label %"return"
cont.92:
  %".2646" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2647" = load i8, ptr %".2646", align 1
  %".2648" = zext i8 %".2647" to i64
  %".2649" = trunc i64 %".2648" to i8
  %".2650" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2649", ptr %".2650", align 1
  %".2652" = add i64 %"cursor.96", 8
  %".2653" = icmp ne i64 1, 0
  %".2654" = getelementptr i8, ptr %"hdr.36", i64 2
  %".2655" = load i16, ptr %".2654", align 2
  %".2656" = call i16 @"llvm.bswap.i16"(i16 %".2655")
  %".2657" = zext i16 %".2656" to i64
  %".2658" = and i64 %".2657", 65528
  %".2659" = icmp eq i64 %".2658", 0
  br i1 %".2653", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".2661" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2661", align 1
  br i1 %".2659", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".2679" = zext i8 %".2647" to i64
  switch i64 %".2679", label %"unknown.28" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 132, label %"to_sctp.9" i64 33, label %"to_dccp.9" i64 50, label %"to_esp.9" i64 51, label %"to_ah.9" i64 58, label %"to_icmpv6.7" i64 137, label %"to_mpls.26" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.19"]
first_fragment.4:
  %".2668" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2668", align 1
  %".2670" = and i32 %"flags", 1
  %".2671" = icmp ne i32 %".2670", 0
  %".2672" = xor i1 %".2671", -1
  br i1 %".2672", label %"exit.93", label %"cont.93"
later_fragment.4:
  %".2664" = trunc i64 %".2652" to i16
  %".2665" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2664", ptr %".2665", align 2
  br label %"return"
exit.93:
  %".2674" = trunc i64 %".2652" to i16
  %".2675" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2674", ptr %".2675", align 2
  br label %"return"
cont.93:
  br label %"not_fragment.4"
unknown.28:
  %".2681" = trunc i64 %".2652" to i16
  %".2682" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2681", ptr %".2682", align 2
  br label %"return"
to_ipv6_opts.21:
  %".2685" = getelementptr i8, ptr %"keys", i64 2
  %".2686" = trunc i64 %".2652" to i16
  store volatile i16 %".2686", ptr %".2685", align 2
  %".2688" = load volatile i16, ptr %".2685", align 2
  %".2689" = zext i16 %".2688" to i64
  %"cursor.213" = and i64 %".2689", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  %".2691" = getelementptr i8, ptr %"keys", i64 2
  %".2692" = trunc i64 %".2652" to i16
  store volatile i16 %".2692", ptr %".2691", align 2
  %".2694" = load volatile i16, ptr %".2691", align 2
  %".2695" = zext i16 %".2694" to i64
  %"cursor.214" = and i64 %".2695", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  %".2697" = getelementptr i8, ptr %"keys", i64 2
  %".2698" = trunc i64 %".2652" to i16
  store volatile i16 %".2698", ptr %".2697", align 2
  %".2700" = load volatile i16, ptr %".2697", align 2
  %".2701" = zext i16 %".2700" to i64
  %"cursor.215" = and i64 %".2701", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  %".2703" = getelementptr i8, ptr %"keys", i64 2
  %".2704" = trunc i64 %".2652" to i16
  store volatile i16 %".2704", ptr %".2703", align 2
  %".2706" = load volatile i16, ptr %".2703", align 2
  %".2707" = zext i16 %".2706" to i64
  %"cursor.216" = and i64 %".2707", 16383
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  %".2709" = getelementptr i8, ptr %"keys", i64 2
  %".2710" = trunc i64 %".2652" to i16
  store volatile i16 %".2710", ptr %".2709", align 2
  %".2712" = load volatile i16, ptr %".2709", align 2
  %".2713" = zext i16 %".2712" to i64
  %"cursor.217" = and i64 %".2713", 16383
  br label %"tcp"
to_udp.9:
  %".2715" = getelementptr i8, ptr %"keys", i64 2
  %".2716" = trunc i64 %".2652" to i16
  store volatile i16 %".2716", ptr %".2715", align 2
  %".2718" = load volatile i16, ptr %".2715", align 2
  %".2719" = zext i16 %".2718" to i64
  %"cursor.218" = and i64 %".2719", 16383
  br label %"udp_d0"
to_udplite.9:
  %".2721" = getelementptr i8, ptr %"keys", i64 2
  %".2722" = trunc i64 %".2652" to i16
  store volatile i16 %".2722", ptr %".2721", align 2
  %".2724" = load volatile i16, ptr %".2721", align 2
  %".2725" = zext i16 %".2724" to i64
  %"cursor.219" = and i64 %".2725", 16383
  br label %"udplite"
to_gre.9:
  %".2727" = getelementptr i8, ptr %"keys", i64 2
  %".2728" = trunc i64 %".2652" to i16
  store volatile i16 %".2728", ptr %".2727", align 2
  %".2730" = load volatile i16, ptr %".2727", align 2
  %".2731" = zext i16 %".2730" to i64
  %"cursor.220" = and i64 %".2731", 16383
  br label %"gre_d0"
to_sctp.9:
  %".2733" = getelementptr i8, ptr %"keys", i64 2
  %".2734" = trunc i64 %".2652" to i16
  store volatile i16 %".2734", ptr %".2733", align 2
  %".2736" = load volatile i16, ptr %".2733", align 2
  %".2737" = zext i16 %".2736" to i64
  %"cursor.221" = and i64 %".2737", 16383
  br label %"sctp"
to_dccp.9:
  %".2739" = getelementptr i8, ptr %"keys", i64 2
  %".2740" = trunc i64 %".2652" to i16
  store volatile i16 %".2740", ptr %".2739", align 2
  %".2742" = load volatile i16, ptr %".2739", align 2
  %".2743" = zext i16 %".2742" to i64
  %"cursor.222" = and i64 %".2743", 16383
  br label %"dccp"
to_esp.9:
  %".2745" = getelementptr i8, ptr %"keys", i64 2
  %".2746" = trunc i64 %".2652" to i16
  store volatile i16 %".2746", ptr %".2745", align 2
  %".2748" = load volatile i16, ptr %".2745", align 2
  %".2749" = zext i16 %".2748" to i64
  %"cursor.223" = and i64 %".2749", 16383
  br label %"esp"
to_ah.9:
  %".2751" = getelementptr i8, ptr %"keys", i64 2
  %".2752" = trunc i64 %".2652" to i16
  store volatile i16 %".2752", ptr %".2751", align 2
  %".2754" = load volatile i16, ptr %".2751", align 2
  %".2755" = zext i16 %".2754" to i64
  %"cursor.224" = and i64 %".2755", 16383
  br label %"ah"
to_icmpv6.7:
  %".2757" = getelementptr i8, ptr %"keys", i64 2
  %".2758" = trunc i64 %".2652" to i16
  store volatile i16 %".2758", ptr %".2757", align 2
  %".2760" = load volatile i16, ptr %".2757", align 2
  %".2761" = zext i16 %".2760" to i64
  %"cursor.225" = and i64 %".2761", 16383
  br label %"icmpv6"
to_mpls.26:
  %".2763" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2763", align 2
  %".2765" = getelementptr i8, ptr %"keys", i64 2
  %".2766" = trunc i64 %".2652" to i16
  store volatile i16 %".2766", ptr %".2765", align 2
  %".2768" = load volatile i16, ptr %".2765", align 2
  %".2769" = zext i16 %".2768" to i64
  %"cursor.226" = and i64 %".2769", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.20:
  %".2771" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2771", align 1
  %".2773" = and i32 %"flags", 4
  %".2774" = icmp ne i32 %".2773", 0
  br i1 %".2774", label %"exit.94", label %"cont.94"
to_ipv6.19:
  %".2786" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2786", align 1
  %".2788" = and i32 %"flags", 4
  %".2789" = icmp ne i32 %".2788", 0
  br i1 %".2789", label %"exit.95", label %"cont.95"
exit.94:
  %".2776" = trunc i64 %".2652" to i16
  %".2777" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2776", ptr %".2777", align 2
  br label %"return"
cont.94:
  %".2780" = getelementptr i8, ptr %"keys", i64 2
  %".2781" = trunc i64 %".2652" to i16
  store volatile i16 %".2781", ptr %".2780", align 2
  %".2783" = load volatile i16, ptr %".2780", align 2
  %".2784" = zext i16 %".2783" to i64
  %"cursor.227" = and i64 %".2784", 16383
  br label %"ipv4_d1"
exit.95:
  %".2791" = trunc i64 %".2652" to i16
  %".2792" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2791", ptr %".2792", align 2
  br label %"return"
cont.95:
  %".2795" = getelementptr i8, ptr %"keys", i64 2
  %".2796" = trunc i64 %".2652" to i16
  store volatile i16 %".2796", ptr %".2795", align 2
  %".2798" = load volatile i16, ptr %".2795", align 2
  %".2799" = zext i16 %".2798" to i64
  %"cursor.228" = and i64 %".2799", 16383
  br label %"ipv6_d1"
exit.96:
  %".2804" = trunc i64 %"cursor.130" to i16
  %".2805" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2804", ptr %".2805", align 2
  br label %"return"
cont.96:
  %".2808" = add i64 %"cursor.130", 4
  %".2809" = getelementptr i8, ptr %"hdr.37", i64 2
  %".2810" = load i8, ptr %".2809", align 1
  %".2811" = zext i8 %".2810" to i64
  %".2812" = and i64 %".2811", 1
  switch i64 %".2812", label %"unknown.29" [i64 0, label %"to_mpls.27" i64 1, label %"to_ip_version.4"]
unknown.29:
  %".2814" = trunc i64 %".2808" to i16
  %".2815" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2814", ptr %".2815", align 2
  br label %"return"
to_mpls.27:
  br label %"mpls_d0_mpls_labels4"
to_ip_version.4:
  %".2819" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2819", align 1
  %".2821" = and i32 %"flags", 4
  %".2822" = icmp ne i32 %".2821", 0
  br i1 %".2822", label %"exit.97", label %"cont.97"
mpls_d0_mpls_labels4:
  %"cursor.229" = phi  i64 [%".2808", %"to_mpls.27"]
  %"hdr.52" = getelementptr i8, ptr %"data", i64 %"cursor.229"
  %".3894" = getelementptr i8, ptr %"hdr.52", i64 4
  %".3895" = icmp ugt ptr %".3894", %"data_end"
  br i1 %".3895", label %"exit.136", label %"cont.136"
exit.97:
  %".2824" = trunc i64 %".2808" to i16
  %".2825" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2824", ptr %".2825", align 2
  br label %"return"
cont.97:
  %".2828" = getelementptr i8, ptr %"keys", i64 2
  %".2829" = trunc i64 %".2808" to i16
  store volatile i16 %".2829", ptr %".2828", align 2
  %".2831" = load volatile i16, ptr %".2828", align 2
  %".2832" = zext i16 %".2831" to i64
  %"cursor.230" = and i64 %".2832", 16383
  br label %"ip_version_d1"
exit.98:
  %".2837" = trunc i64 %"cursor.141" to i16
  %".2838" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2837", ptr %".2838", align 2
  br label %"return"
cont.98:
  %".2841" = add i64 %"cursor.141", 4
  switch i64 0, label %"unknown.30" [i64 0, label %"to_ip_version.5"]
unknown.30:
  %".2843" = trunc i64 %".2841" to i16
  %".2844" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2843", ptr %".2844", align 2
  br label %"return"
to_ip_version.5:
  %".2847" = getelementptr i8, ptr %"keys", i64 2
  %".2848" = trunc i64 %".2841" to i16
  store volatile i16 %".2848", ptr %".2847", align 2
  %".2850" = load volatile i16, ptr %".2847", align 2
  %".2851" = zext i16 %".2850" to i64
  %"cursor.231" = and i64 %".2851", 16383
  br label %"ip_version_d1"
exit.99:
  %".2856" = trunc i64 %"cursor.143" to i16
  %".2857" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2856", ptr %".2857", align 2
  br label %"return"
cont.99:
  %".2860" = add i64 %"cursor.143", 3
  switch i64 0, label %"unknown.31" [i64 0, label %"to_gtpu_next"]
unknown.31:
  %".2862" = trunc i64 %".2860" to i16
  %".2863" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2862", ptr %".2863", align 2
  br label %"return"
to_gtpu_next:
  %".2866" = getelementptr i8, ptr %"keys", i64 2
  %".2867" = trunc i64 %".2860" to i16
  store volatile i16 %".2867", ptr %".2866", align 2
  %".2869" = load volatile i16, ptr %".2866", align 2
  %".2870" = zext i16 %".2869" to i64
  %"cursor.233" = and i64 %".2870", 16383
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.232" = phi  i64 [%"cursor.233", %"to_gtpu_next"]
  %"hdr.53" = getelementptr i8, ptr %"data", i64 %"cursor.232"
  %".3930" = getelementptr i8, ptr %"hdr.53", i64 1
  %".3931" = icmp ugt ptr %".3930", %"data_end"
  br i1 %".3931", label %"exit.138", label %"cont.138"
exit.100:
  %".2875" = trunc i64 %"cursor.148" to i16
  %".2876" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2875", ptr %".2876", align 2
  br label %"return"
cont.100:
  %".2879" = getelementptr i8, ptr %"hdr.40", i64 2
  %".2880" = load i16, ptr %".2879", align 2
  %".2881" = call i16 @"llvm.bswap.i16"(i16 %".2880")
  %".2882" = zext i16 %".2881" to i64
  %".2883" = trunc i64 %".2882" to i16
  %".2884" = call i16 @"llvm.bswap.i16"(i16 %".2883")
  %".2885" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2884", ptr %".2885", align 2
  %".2887" = add i64 %"cursor.148", 4
  %".2888" = trunc i64 %".2887" to i16
  %".2889" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2888", ptr %".2889", align 2
  %".2891" = call i16 @"llvm.bswap.i16"(i16 %".2880")
  %".2892" = zext i16 %".2891" to i64
  switch i64 %".2892", label %"unknown.32" [i64 2048, label %"to_ipv4.21" i64 34525, label %"to_ipv6.20" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9" i64 34887, label %"to_mpls.28" i64 34888, label %"to_mpls.29" i64 34916, label %"to_pppoe.4"]
unknown.32:
  %".2894" = trunc i64 %".2887" to i16
  %".2895" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2894", ptr %".2895", align 2
  br label %"return"
to_ipv4.21:
  %".2898" = getelementptr i8, ptr %"keys", i64 2
  %".2899" = trunc i64 %".2887" to i16
  store volatile i16 %".2899", ptr %".2898", align 2
  %".2901" = load volatile i16, ptr %".2898", align 2
  %".2902" = zext i16 %".2901" to i64
  %"cursor.234" = and i64 %".2902", 16383
  br label %"ipv4_d1"
to_ipv6.20:
  %".2904" = getelementptr i8, ptr %"keys", i64 2
  %".2905" = trunc i64 %".2887" to i16
  store volatile i16 %".2905", ptr %".2904", align 2
  %".2907" = load volatile i16, ptr %".2904", align 2
  %".2908" = zext i16 %".2907" to i64
  %"cursor.235" = and i64 %".2908", 16383
  br label %"ipv6_d1"
to_vlan.8:
  %".2910" = getelementptr i8, ptr %"keys", i64 2
  %".2911" = trunc i64 %".2887" to i16
  store volatile i16 %".2911", ptr %".2910", align 2
  %".2913" = load volatile i16, ptr %".2910", align 2
  %".2914" = zext i16 %".2913" to i64
  %"cursor.237" = and i64 %".2914", 16383
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  %".2916" = getelementptr i8, ptr %"keys", i64 2
  %".2917" = trunc i64 %".2887" to i16
  store volatile i16 %".2917", ptr %".2916", align 2
  %".2919" = load volatile i16, ptr %".2916", align 2
  %".2920" = zext i16 %".2919" to i64
  %"cursor.238" = and i64 %".2920", 16383
  br label %"vlan_d1_vlan_tags2"
to_mpls.28:
  %".2922" = getelementptr i8, ptr %"keys", i64 2
  %".2923" = trunc i64 %".2887" to i16
  store volatile i16 %".2923", ptr %".2922", align 2
  %".2925" = load volatile i16, ptr %".2922", align 2
  %".2926" = zext i16 %".2925" to i64
  %"cursor.239" = and i64 %".2926", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.29:
  %".2928" = getelementptr i8, ptr %"keys", i64 2
  %".2929" = trunc i64 %".2887" to i16
  store volatile i16 %".2929", ptr %".2928", align 2
  %".2931" = load volatile i16, ptr %".2928", align 2
  %".2932" = zext i16 %".2931" to i64
  %"cursor.240" = and i64 %".2932", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.4:
  %".2934" = getelementptr i8, ptr %"keys", i64 2
  %".2935" = trunc i64 %".2887" to i16
  store volatile i16 %".2935", ptr %".2934", align 2
  %".2937" = load volatile i16, ptr %".2934", align 2
  %".2938" = zext i16 %".2937" to i64
  %"cursor.241" = and i64 %".2938", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2:
  %"cursor.236" = phi  i64 [%"cursor.237", %"to_vlan.8"], [%"cursor.238", %"to_vlan.9"]
  %"hdr.54" = getelementptr i8, ptr %"data", i64 %"cursor.236"
  %".3962" = getelementptr i8, ptr %"hdr.54", i64 4
  %".3963" = icmp ugt ptr %".3962", %"data_end"
  br i1 %".3963", label %"exit.139", label %"cont.139"
exit.101:
  %".2943" = trunc i64 %"cursor.153" to i16
  %".2944" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2943", ptr %".2944", align 2
  br label %"return"
cont.101:
  %".2947" = getelementptr i8, ptr %"hdr.41", i64 0
  %".2948" = load i8, ptr %".2947", align 1
  %".2949" = zext i8 %".2948" to i64
  %".2950" = lshr i64 %".2949", 4
  %".2951" = and i64 %".2950", 15
  %".2952" = icmp eq i64 %".2951", 1
  %".2953" = zext i8 %".2948" to i64
  %".2954" = and i64 %".2953", 15
  %".2955" = icmp eq i64 %".2954", 1
  %".2956" = and i1 %".2952", %".2955"
  %".2957" = getelementptr i8, ptr %"hdr.41", i64 1
  %".2958" = load i8, ptr %".2957", align 1
  %".2959" = zext i8 %".2958" to i64
  %".2960" = icmp eq i64 %".2959", 0
  %".2961" = and i1 %".2956", %".2960"
  %".2962" = xor i1 %".2961", -1
  br i1 %".2962", label %"exit.102", label %"cont.102"
exit.102:
  %".2964" = trunc i64 %"cursor.153" to i16
  %".2965" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2964", ptr %".2965", align 2
  br label %"return"
cont.102:
  %".2968" = add i64 %"cursor.153", 8
  %".2969" = trunc i64 %".2968" to i16
  %".2970" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2969", ptr %".2970", align 2
  %".2972" = getelementptr i8, ptr %"hdr.41", i64 6
  %".2973" = load i16, ptr %".2972", align 2
  %".2974" = call i16 @"llvm.bswap.i16"(i16 %".2973")
  %".2975" = zext i16 %".2974" to i64
  switch i64 %".2975", label %"unknown.33" [i64 33, label %"to_ipv4.22" i64 87, label %"to_ipv6.21" i64 641, label %"to_mpls.30" i64 643, label %"to_mpls.31"]
unknown.33:
  %".2977" = trunc i64 %".2968" to i16
  %".2978" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2977", ptr %".2978", align 2
  br label %"return"
to_ipv4.22:
  %".2981" = getelementptr i8, ptr %"keys", i64 2
  %".2982" = trunc i64 %".2968" to i16
  store volatile i16 %".2982", ptr %".2981", align 2
  %".2984" = load volatile i16, ptr %".2981", align 2
  %".2985" = zext i16 %".2984" to i64
  %"cursor.242" = and i64 %".2985", 16383
  br label %"ipv4_d1"
to_ipv6.21:
  %".2987" = getelementptr i8, ptr %"keys", i64 2
  %".2988" = trunc i64 %".2968" to i16
  store volatile i16 %".2988", ptr %".2987", align 2
  %".2990" = load volatile i16, ptr %".2987", align 2
  %".2991" = zext i16 %".2990" to i64
  %"cursor.243" = and i64 %".2991", 16383
  br label %"ipv6_d1"
to_mpls.30:
  %".2993" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2993", align 2
  %".2995" = getelementptr i8, ptr %"keys", i64 2
  %".2996" = trunc i64 %".2968" to i16
  store volatile i16 %".2996", ptr %".2995", align 2
  %".2998" = load volatile i16, ptr %".2995", align 2
  %".2999" = zext i16 %".2998" to i64
  %"cursor.244" = and i64 %".2999", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.31:
  %".3001" = getelementptr i8, ptr %"keys", i64 10
  store i16 18568, ptr %".3001", align 2
  %".3003" = getelementptr i8, ptr %"keys", i64 2
  %".3004" = trunc i64 %".2968" to i16
  store volatile i16 %".3004", ptr %".3003", align 2
  %".3006" = load volatile i16, ptr %".3003", align 2
  %".3007" = zext i16 %".3006" to i64
  %"cursor.245" = and i64 %".3007", 16383
  br label %"mpls_d1_mpls_labels1"
exit.103:
  %".3012" = trunc i64 %"cursor.155" to i16
  %".3013" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3012", ptr %".3013", align 2
  br label %"return"
cont.103:
  %".3016" = add i64 %"cursor.155", 4
  %".3017" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3018" = load i8, ptr %".3017", align 1
  %".3019" = zext i8 %".3018" to i64
  %".3020" = and i64 %".3019", 1
  switch i64 %".3020", label %"unknown.34" [i64 0, label %"to_mpls.32" i64 1, label %"to_ip_version.6"]
unknown.34:
  %".3022" = trunc i64 %".3016" to i16
  %".3023" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3022", ptr %".3023", align 2
  br label %"return"
to_mpls.32:
  %".3026" = getelementptr i8, ptr %"keys", i64 2
  %".3027" = trunc i64 %".3016" to i16
  store volatile i16 %".3027", ptr %".3026", align 2
  %".3029" = load volatile i16, ptr %".3026", align 2
  %".3030" = zext i16 %".3029" to i64
  %"cursor.247" = and i64 %".3030", 16383
  br label %"mpls_d1_mpls_labels3"
to_ip_version.6:
  %".3032" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3032", align 1
  %".3034" = and i32 %"flags", 4
  %".3035" = icmp ne i32 %".3034", 0
  br i1 %".3035", label %"exit.104", label %"cont.104"
mpls_d1_mpls_labels3:
  %"cursor.246" = phi  i64 [%"cursor.247", %"to_mpls.32"]
  %"hdr.55" = getelementptr i8, ptr %"data", i64 %"cursor.246"
  %".4026" = getelementptr i8, ptr %"hdr.55", i64 4
  %".4027" = icmp ugt ptr %".4026", %"data_end"
  br i1 %".4027", label %"exit.140", label %"cont.140"
exit.104:
  %".3037" = trunc i64 %".3016" to i16
  %".3038" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3037", ptr %".3038", align 2
  br label %"return"
cont.104:
  %".3041" = trunc i64 %".3016" to i16
  %".3042" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3041", ptr %".3042", align 2
  br label %"return"
exit.105:
  %".3048" = trunc i64 %"cursor.157" to i16
  %".3049" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3048", ptr %".3049", align 2
  br label %"return"
cont.105:
  %".3052" = add i64 %"cursor.157", 8
  %".3053" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3053", align 1
  %".3055" = and i32 %"flags", 4
  %".3056" = icmp ne i32 %".3055", 0
  br i1 %".3056", label %"exit.106", label %"cont.106"
exit.106:
  %".3058" = trunc i64 %".3052" to i16
  %".3059" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3058", ptr %".3059", align 2
  br label %"return"
cont.106:
  switch i64 0, label %"unknown.35" [i64 0, label %"to_ethernet.4"]
unknown.35:
  %".3063" = trunc i64 %".3052" to i16
  %".3064" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3063", ptr %".3064", align 2
  br label %"return"
to_ethernet.4:
  %".3067" = trunc i64 %".3052" to i16
  %".3068" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3067", ptr %".3068", align 2
  br label %"return"
exit.107:
  %".3074" = trunc i64 %"cursor.159" to i16
  %".3075" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3074", ptr %".3075", align 2
  br label %"return"
cont.107:
  %".3078" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3079" = load i8, ptr %".3078", align 1
  %".3080" = zext i8 %".3079" to i64
  %".3081" = lshr i64 %".3080", 6
  %".3082" = and i64 %".3081", 3
  %".3083" = icmp ne i64 %".3082", 0
  br i1 %".3083", label %"exit.108", label %"cont.108"
exit.108:
  %".3085" = trunc i64 %"cursor.159" to i16
  %".3086" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3085", ptr %".3086", align 2
  br label %"return"
cont.108:
  %".3089" = add i64 %"cursor.159", 8
  %".3090" = zext i8 %".3079" to i64
  %".3091" = and i64 %".3090", 63
  %".3092" = mul i64 %".3091", 4
  %".3093" = add i64 %".3092", 8
  %".3094" = getelementptr i8, ptr %"hdr.44", i64 %".3093"
  %".3095" = icmp ugt ptr %".3094", %"data_end"
  br i1 %".3095", label %"exit.109", label %"cont.109"
exit.109:
  %".3097" = trunc i64 %"cursor.159" to i16
  %".3098" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3097", ptr %".3098", align 2
  br label %"return"
cont.109:
  %"end.13" = add i64 %"cursor.159", %".3093"
  %".3101" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3101", align 1
  %".3103" = and i32 %"flags", 4
  %".3104" = icmp ne i32 %".3103", 0
  br i1 %".3104", label %"exit.110", label %"cont.110"
exit.110:
  %".3106" = trunc i64 %"end.13" to i16
  %".3107" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3106", ptr %".3107", align 2
  br label %"return"
cont.110:
  %".3110" = getelementptr i8, ptr %"hdr.44", i64 2
  %".3111" = load i16, ptr %".3110", align 2
  %".3112" = call i16 @"llvm.bswap.i16"(i16 %".3111")
  %".3113" = zext i16 %".3112" to i64
  switch i64 %".3113", label %"unknown.36" [i64 25944, label %"to_ethernet.5" i64 2048, label %"to_ipv4.23" i64 34525, label %"to_ipv6.22"]
unknown.36:
  %".3115" = trunc i64 %"end.13" to i16
  %".3116" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3115", ptr %".3116", align 2
  br label %"return"
to_ethernet.5:
  %".3119" = trunc i64 %"end.13" to i16
  %".3120" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3119", ptr %".3120", align 2
  br label %"return"
to_ipv4.23:
  %".3123" = trunc i64 %"end.13" to i16
  %".3124" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3123", ptr %".3124", align 2
  br label %"return"
to_ipv6.22:
  %".3127" = trunc i64 %"end.13" to i16
  %".3128" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3127", ptr %".3128", align 2
  br label %"return"
exit.111:
  %".3134" = trunc i64 %"cursor.161" to i16
  %".3135" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3134", ptr %".3135", align 2
  br label %"return"
cont.111:
  %".3138" = getelementptr i8, ptr %"hdr.45", i64 0
  %".3139" = load i8, ptr %".3138", align 1
  %".3140" = zext i8 %".3139" to i64
  %".3141" = lshr i64 %".3140", 6
  %".3142" = and i64 %".3141", 3
  %".3143" = icmp ne i64 %".3142", 0
  %".3144" = zext i8 %".3139" to i64
  %".3145" = lshr i64 %".3144", 5
  %".3146" = and i64 %".3145", 1
  %".3147" = icmp ne i64 %".3146", 0
  %".3148" = or i1 %".3143", %".3147"
  br i1 %".3148", label %"exit.112", label %"cont.112"
exit.112:
  %".3150" = trunc i64 %"cursor.161" to i16
  %".3151" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3150", ptr %".3151", align 2
  br label %"return"
cont.112:
  %".3154" = add i64 %"cursor.161", 4
  %".3155" = zext i8 %".3139" to i64
  %".3156" = and i64 %".3155", 31
  %".3157" = mul i64 %".3156", 4
  %".3158" = add i64 %".3157", 4
  %".3159" = getelementptr i8, ptr %"hdr.45", i64 %".3158"
  %".3160" = icmp ugt ptr %".3159", %"data_end"
  br i1 %".3160", label %"exit.113", label %"cont.113"
exit.113:
  %".3162" = trunc i64 %"cursor.161" to i16
  %".3163" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3162", ptr %".3163", align 2
  br label %"return"
cont.113:
  %"end.14" = add i64 %"cursor.161", %".3158"
  %".3166" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3166", align 1
  %".3168" = and i32 %"flags", 4
  %".3169" = icmp ne i32 %".3168", 0
  br i1 %".3169", label %"exit.114", label %"cont.114"
exit.114:
  %".3171" = trunc i64 %"end.14" to i16
  %".3172" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3171", ptr %".3172", align 2
  br label %"return"
cont.114:
  %".3175" = getelementptr i8, ptr %"hdr.45", i64 1
  %".3176" = load i8, ptr %".3175", align 1
  %".3177" = zext i8 %".3176" to i64
  switch i64 %".3177", label %"unknown.37" [i64 4, label %"to_ipv4.24" i64 41, label %"to_ipv6.23"]
unknown.37:
  %".3179" = trunc i64 %"end.14" to i16
  %".3180" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3179", ptr %".3180", align 2
  br label %"return"
to_ipv4.24:
  %".3183" = trunc i64 %"end.14" to i16
  %".3184" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3183", ptr %".3184", align 2
  br label %"return"
to_ipv6.23:
  %".3187" = trunc i64 %"end.14" to i16
  %".3188" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3187", ptr %".3188", align 2
  br label %"return"
exit.115:
  %".3194" = trunc i64 %"cursor.163" to i16
  %".3195" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3194", ptr %".3195", align 2
  br label %"return"
cont.115:
  %".3198" = getelementptr i8, ptr %"hdr.46", i64 0
  %".3199" = load i8, ptr %".3198", align 1
  %".3200" = zext i8 %".3199" to i64
  %".3201" = lshr i64 %".3200", 5
  %".3202" = and i64 %".3201", 7
  %".3203" = icmp ne i64 %".3202", 1
  %".3204" = zext i8 %".3199" to i64
  %".3205" = lshr i64 %".3204", 4
  %".3206" = and i64 %".3205", 1
  %".3207" = icmp ne i64 %".3206", 1
  %".3208" = or i1 %".3203", %".3207"
  %".3209" = getelementptr i8, ptr %"hdr.46", i64 1
  %".3210" = load i8, ptr %".3209", align 1
  %".3211" = zext i8 %".3210" to i64
  %".3212" = icmp ne i64 %".3211", 255
  %".3213" = or i1 %".3208", %".3212"
  br i1 %".3213", label %"exit.116", label %"cont.116"
exit.116:
  %".3215" = trunc i64 %"cursor.163" to i16
  %".3216" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3215", ptr %".3216", align 2
  br label %"return"
cont.116:
  %".3219" = add i64 %"cursor.163", 8
  %".3220" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3220", align 1
  %".3222" = and i32 %"flags", 4
  %".3223" = icmp ne i32 %".3222", 0
  br i1 %".3223", label %"exit.117", label %"cont.117"
exit.117:
  %".3225" = trunc i64 %".3219" to i16
  %".3226" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3225", ptr %".3226", align 2
  br label %"return"
cont.117:
  %".3229" = zext i8 %".3199" to i64
  %".3230" = lshr i64 %".3229", 2
  %".3231" = and i64 %".3230", 1
  %".3232" = mul i64 %".3231", 4
  %".3233" = zext i8 %".3199" to i64
  %".3234" = lshr i64 %".3233", 1
  %".3235" = and i64 %".3234", 1
  %".3236" = mul i64 %".3235", 2
  %".3237" = add i64 %".3232", %".3236"
  %".3238" = zext i8 %".3199" to i64
  %".3239" = and i64 %".3238", 1
  %".3240" = add i64 %".3237", %".3239"
  %".3241" = icmp uge i64 %".3240", 1
  %".3242" = icmp ule i64 %".3240", 3
  %".3243" = and i1 %".3241", %".3242"
  br i1 %".3243", label %"to_gtpu_opt.1", label %"select.2"
unknown.38:
  %".3250" = trunc i64 %".3219" to i16
  %".3251" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3250", ptr %".3251", align 2
  br label %"return"
to_ip_version.7:
  %".3254" = trunc i64 %".3219" to i16
  %".3255" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3254", ptr %".3255", align 2
  br label %"return"
to_gtpu_opt.1:
  %".3258" = trunc i64 %".3219" to i16
  %".3259" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3258", ptr %".3259", align 2
  br label %"return"
to_gtpu_seq.1:
  %".3262" = trunc i64 %".3219" to i16
  %".3263" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3262", ptr %".3263", align 2
  br label %"return"
select.2:
  %".3245" = icmp uge i64 %".3240", 4
  %".3246" = icmp ule i64 %".3240", 7
  %".3247" = and i1 %".3245", %".3246"
  br i1 %".3247", label %"to_gtpu_seq.1", label %"select.3"
select.3:
  switch i64 %".3240", label %"unknown.38" [i64 0, label %"to_ip_version.7"]
exit.118:
  %".3269" = trunc i64 %"cursor.165" to i16
  %".3270" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3269", ptr %".3270", align 2
  br label %"return"
cont.118:
  %".3273" = add i64 %"cursor.165", 8
  %".3274" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3274", align 1
  %".3276" = and i32 %"flags", 4
  %".3277" = icmp ne i32 %".3276", 0
  br i1 %".3277", label %"exit.119", label %"cont.119"
exit.119:
  %".3279" = trunc i64 %".3273" to i16
  %".3280" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3279", ptr %".3280", align 2
  br label %"return"
cont.119:
  %".3283" = getelementptr i8, ptr %"hdr.47", i64 2
  %".3284" = load i16, ptr %".3283", align 2
  %".3285" = call i16 @"llvm.bswap.i16"(i16 %".3284")
  %".3286" = zext i16 %".3285" to i64
  switch i64 %".3286", label %"unknown.39" [i64 2048, label %"to_ipv4.25"]
unknown.39:
  %".3288" = trunc i64 %".3273" to i16
  %".3289" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3288", ptr %".3289", align 2
  br label %"return"
to_ipv4.25:
  %".3292" = trunc i64 %".3273" to i16
  %".3293" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3292", ptr %".3293", align 2
  br label %"return"
exit.120:
  %".3299" = trunc i64 %"cursor.167" to i16
  %".3300" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3299", ptr %".3300", align 2
  br label %"return"
cont.120:
  %".3303" = getelementptr i8, ptr %"hdr.48", i64 0
  %".3304" = load i8, ptr %".3303", align 1
  %".3305" = zext i8 %".3304" to i64
  %".3306" = trunc i64 %".3305" to i8
  %".3307" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3306", ptr %".3307", align 1
  %".3309" = add i64 %"cursor.167", 2
  %".3310" = getelementptr i8, ptr %"hdr.48", i64 1
  %".3311" = load i8, ptr %".3310", align 1
  %".3312" = zext i8 %".3311" to i64
  %".3313" = mul i64 %".3312", 8
  %".3314" = add i64 %".3313", 6
  %".3315" = add i64 %".3314", 2
  %".3316" = getelementptr i8, ptr %"hdr.48", i64 %".3315"
  %".3317" = icmp ugt ptr %".3316", %"data_end"
  br i1 %".3317", label %"exit.121", label %"cont.121"
exit.121:
  %".3319" = trunc i64 %"cursor.167" to i16
  %".3320" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3319", ptr %".3320", align 2
  br label %"return"
cont.121:
  %"end.15" = add i64 %"cursor.167", %".3315"
  %".3323" = zext i8 %".3304" to i64
  switch i64 %".3323", label %"unknown.40" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 132, label %"to_sctp.10" i64 33, label %"to_dccp.10" i64 50, label %"to_esp.10" i64 51, label %"to_ah.10" i64 58, label %"to_icmpv6.8" i64 137, label %"to_mpls.33" i64 4, label %"to_ipv4.26" i64 41, label %"to_ipv6.24"]
unknown.40:
  %".3325" = trunc i64 %"end.15" to i16
  %".3326" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3325", ptr %".3326", align 2
  br label %"return"
to_ipv6_opts.24:
  %".3329" = getelementptr i8, ptr %"keys", i64 2
  %".3330" = trunc i64 %"end.15" to i16
  store volatile i16 %".3330", ptr %".3329", align 2
  %".3332" = load volatile i16, ptr %".3329", align 2
  %".3333" = zext i16 %".3332" to i64
  %"cursor.249" = and i64 %".3333", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  %".3335" = getelementptr i8, ptr %"keys", i64 2
  %".3336" = trunc i64 %"end.15" to i16
  store volatile i16 %".3336", ptr %".3335", align 2
  %".3338" = load volatile i16, ptr %".3335", align 2
  %".3339" = zext i16 %".3338" to i64
  %"cursor.250" = and i64 %".3339", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  %".3341" = getelementptr i8, ptr %"keys", i64 2
  %".3342" = trunc i64 %"end.15" to i16
  store volatile i16 %".3342", ptr %".3341", align 2
  %".3344" = load volatile i16, ptr %".3341", align 2
  %".3345" = zext i16 %".3344" to i64
  %"cursor.251" = and i64 %".3345", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  %".3347" = getelementptr i8, ptr %"keys", i64 2
  %".3348" = trunc i64 %"end.15" to i16
  store volatile i16 %".3348", ptr %".3347", align 2
  %".3350" = load volatile i16, ptr %".3347", align 2
  %".3351" = zext i16 %".3350" to i64
  %"cursor.253" = and i64 %".3351", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  %".3353" = getelementptr i8, ptr %"keys", i64 2
  %".3354" = trunc i64 %"end.15" to i16
  store volatile i16 %".3354", ptr %".3353", align 2
  %".3356" = load volatile i16, ptr %".3353", align 2
  %".3357" = zext i16 %".3356" to i64
  %"cursor.254" = and i64 %".3357", 16383
  br label %"tcp"
to_udp.10:
  %".3359" = getelementptr i8, ptr %"keys", i64 2
  %".3360" = trunc i64 %"end.15" to i16
  store volatile i16 %".3360", ptr %".3359", align 2
  %".3362" = load volatile i16, ptr %".3359", align 2
  %".3363" = zext i16 %".3362" to i64
  %"cursor.255" = and i64 %".3363", 16383
  br label %"udp_d1"
to_udplite.10:
  %".3365" = getelementptr i8, ptr %"keys", i64 2
  %".3366" = trunc i64 %"end.15" to i16
  store volatile i16 %".3366", ptr %".3365", align 2
  %".3368" = load volatile i16, ptr %".3365", align 2
  %".3369" = zext i16 %".3368" to i64
  %"cursor.256" = and i64 %".3369", 16383
  br label %"udplite"
to_gre.10:
  %".3371" = getelementptr i8, ptr %"keys", i64 2
  %".3372" = trunc i64 %"end.15" to i16
  store volatile i16 %".3372", ptr %".3371", align 2
  %".3374" = load volatile i16, ptr %".3371", align 2
  %".3375" = zext i16 %".3374" to i64
  %"cursor.257" = and i64 %".3375", 16383
  br label %"gre_d1"
to_sctp.10:
  %".3377" = getelementptr i8, ptr %"keys", i64 2
  %".3378" = trunc i64 %"end.15" to i16
  store volatile i16 %".3378", ptr %".3377", align 2
  %".3380" = load volatile i16, ptr %".3377", align 2
  %".3381" = zext i16 %".3380" to i64
  %"cursor.258" = and i64 %".3381", 16383
  br label %"sctp"
to_dccp.10:
  %".3383" = getelementptr i8, ptr %"keys", i64 2
  %".3384" = trunc i64 %"end.15" to i16
  store volatile i16 %".3384", ptr %".3383", align 2
  %".3386" = load volatile i16, ptr %".3383", align 2
  %".3387" = zext i16 %".3386" to i64
  %"cursor.259" = and i64 %".3387", 16383
  br label %"dccp"
to_esp.10:
  %".3389" = getelementptr i8, ptr %"keys", i64 2
  %".3390" = trunc i64 %"end.15" to i16
  store volatile i16 %".3390", ptr %".3389", align 2
  %".3392" = load volatile i16, ptr %".3389", align 2
  %".3393" = zext i16 %".3392" to i64
  %"cursor.260" = and i64 %".3393", 16383
  br label %"esp"
to_ah.10:
  %".3395" = getelementptr i8, ptr %"keys", i64 2
  %".3396" = trunc i64 %"end.15" to i16
  store volatile i16 %".3396", ptr %".3395", align 2
  %".3398" = load volatile i16, ptr %".3395", align 2
  %".3399" = zext i16 %".3398" to i64
  %"cursor.261" = and i64 %".3399", 16383
  br label %"ah"
to_icmpv6.8:
  %".3401" = getelementptr i8, ptr %"keys", i64 2
  %".3402" = trunc i64 %"end.15" to i16
  store volatile i16 %".3402", ptr %".3401", align 2
  %".3404" = load volatile i16, ptr %".3401", align 2
  %".3405" = zext i16 %".3404" to i64
  %"cursor.262" = and i64 %".3405", 16383
  br label %"icmpv6"
to_mpls.33:
  %".3407" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3407", align 2
  %".3409" = getelementptr i8, ptr %"keys", i64 2
  %".3410" = trunc i64 %"end.15" to i16
  store volatile i16 %".3410", ptr %".3409", align 2
  %".3412" = load volatile i16, ptr %".3409", align 2
  %".3413" = zext i16 %".3412" to i64
  %"cursor.263" = and i64 %".3413", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.26:
  %".3415" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3415", align 1
  %".3417" = and i32 %"flags", 4
  %".3418" = icmp ne i32 %".3417", 0
  br i1 %".3418", label %"exit.122", label %"cont.122"
to_ipv6.24:
  %".3428" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3428", align 1
  %".3430" = and i32 %"flags", 4
  %".3431" = icmp ne i32 %".3430", 0
  br i1 %".3431", label %"exit.123", label %"cont.123"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.248" = phi  i64 [%"cursor.249", %"to_ipv6_opts.24"], [%"cursor.250", %"to_ipv6_opts.25"], [%"cursor.251", %"to_ipv6_opts.26"], [%"cursor.264", %"to_ipv6_opts.27"], [%"cursor.265", %"to_ipv6_opts.28"], [%"cursor.266", %"to_ipv6_opts.29"]
  %"hdr.56" = getelementptr i8, ptr %"data", i64 %"cursor.248"
  %".4062" = getelementptr i8, ptr %"hdr.56", i64 2
  %".4063" = icmp ugt ptr %".4062", %"data_end"
  br i1 %".4063", label %"exit.142", label %"cont.142"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.252" = phi  i64 [%"cursor.253", %"to_ipv6_frag.8"], [%"cursor.267", %"to_ipv6_frag.9"]
  %"hdr.57" = getelementptr i8, ptr %"data", i64 %"cursor.252"
  %".4199" = getelementptr i8, ptr %"hdr.57", i64 8
  %".4200" = icmp ugt ptr %".4199", %"data_end"
  br i1 %".4200", label %"exit.146", label %"cont.146"
exit.122:
  %".3420" = trunc i64 %"end.15" to i16
  %".3421" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3420", ptr %".3421", align 2
  br label %"return"
cont.122:
  %".3424" = trunc i64 %"end.15" to i16
  %".3425" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3424", ptr %".3425", align 2
  br label %"return"
exit.123:
  %".3433" = trunc i64 %"end.15" to i16
  %".3434" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3433", ptr %".3434", align 2
  br label %"return"
cont.123:
  %".3437" = trunc i64 %"end.15" to i16
  %".3438" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3437", ptr %".3438", align 2
  br label %"return"
exit.124:
  %".3444" = trunc i64 %"cursor.171" to i16
  %".3445" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3444", ptr %".3445", align 2
  br label %"return"
cont.124:
  %".3448" = getelementptr i8, ptr %"hdr.49", i64 0
  %".3449" = load i8, ptr %".3448", align 1
  %".3450" = zext i8 %".3449" to i64
  %".3451" = trunc i64 %".3450" to i8
  %".3452" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3451", ptr %".3452", align 1
  %".3454" = add i64 %"cursor.171", 8
  %".3455" = icmp ne i64 1, 0
  %".3456" = getelementptr i8, ptr %"hdr.49", i64 2
  %".3457" = load i16, ptr %".3456", align 2
  %".3458" = call i16 @"llvm.bswap.i16"(i16 %".3457")
  %".3459" = zext i16 %".3458" to i64
  %".3460" = and i64 %".3459", 65528
  %".3461" = icmp eq i64 %".3460", 0
  br i1 %".3455", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".3463" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".3463", align 1
  br i1 %".3461", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".3481" = zext i8 %".3449" to i64
  switch i64 %".3481", label %"unknown.41" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 132, label %"to_sctp.11" i64 33, label %"to_dccp.11" i64 50, label %"to_esp.11" i64 51, label %"to_ah.11" i64 58, label %"to_icmpv6.9" i64 137, label %"to_mpls.34" i64 4, label %"to_ipv4.27" i64 41, label %"to_ipv6.25"]
first_fragment.5:
  %".3470" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".3470", align 1
  %".3472" = and i32 %"flags", 1
  %".3473" = icmp ne i32 %".3472", 0
  %".3474" = xor i1 %".3473", -1
  br i1 %".3474", label %"exit.125", label %"cont.125"
later_fragment.5:
  %".3466" = trunc i64 %".3454" to i16
  %".3467" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3466", ptr %".3467", align 2
  br label %"return"
exit.125:
  %".3476" = trunc i64 %".3454" to i16
  %".3477" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3476", ptr %".3477", align 2
  br label %"return"
cont.125:
  br label %"not_fragment.5"
unknown.41:
  %".3483" = trunc i64 %".3454" to i16
  %".3484" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3483", ptr %".3484", align 2
  br label %"return"
to_ipv6_opts.27:
  %".3487" = getelementptr i8, ptr %"keys", i64 2
  %".3488" = trunc i64 %".3454" to i16
  store volatile i16 %".3488", ptr %".3487", align 2
  %".3490" = load volatile i16, ptr %".3487", align 2
  %".3491" = zext i16 %".3490" to i64
  %"cursor.264" = and i64 %".3491", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  %".3493" = getelementptr i8, ptr %"keys", i64 2
  %".3494" = trunc i64 %".3454" to i16
  store volatile i16 %".3494", ptr %".3493", align 2
  %".3496" = load volatile i16, ptr %".3493", align 2
  %".3497" = zext i16 %".3496" to i64
  %"cursor.265" = and i64 %".3497", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  %".3499" = getelementptr i8, ptr %"keys", i64 2
  %".3500" = trunc i64 %".3454" to i16
  store volatile i16 %".3500", ptr %".3499", align 2
  %".3502" = load volatile i16, ptr %".3499", align 2
  %".3503" = zext i16 %".3502" to i64
  %"cursor.266" = and i64 %".3503", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  %".3505" = getelementptr i8, ptr %"keys", i64 2
  %".3506" = trunc i64 %".3454" to i16
  store volatile i16 %".3506", ptr %".3505", align 2
  %".3508" = load volatile i16, ptr %".3505", align 2
  %".3509" = zext i16 %".3508" to i64
  %"cursor.267" = and i64 %".3509", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  %".3511" = getelementptr i8, ptr %"keys", i64 2
  %".3512" = trunc i64 %".3454" to i16
  store volatile i16 %".3512", ptr %".3511", align 2
  %".3514" = load volatile i16, ptr %".3511", align 2
  %".3515" = zext i16 %".3514" to i64
  %"cursor.268" = and i64 %".3515", 16383
  br label %"tcp"
to_udp.11:
  %".3517" = getelementptr i8, ptr %"keys", i64 2
  %".3518" = trunc i64 %".3454" to i16
  store volatile i16 %".3518", ptr %".3517", align 2
  %".3520" = load volatile i16, ptr %".3517", align 2
  %".3521" = zext i16 %".3520" to i64
  %"cursor.269" = and i64 %".3521", 16383
  br label %"udp_d1"
to_udplite.11:
  %".3523" = getelementptr i8, ptr %"keys", i64 2
  %".3524" = trunc i64 %".3454" to i16
  store volatile i16 %".3524", ptr %".3523", align 2
  %".3526" = load volatile i16, ptr %".3523", align 2
  %".3527" = zext i16 %".3526" to i64
  %"cursor.270" = and i64 %".3527", 16383
  br label %"udplite"
to_gre.11:
  %".3529" = getelementptr i8, ptr %"keys", i64 2
  %".3530" = trunc i64 %".3454" to i16
  store volatile i16 %".3530", ptr %".3529", align 2
  %".3532" = load volatile i16, ptr %".3529", align 2
  %".3533" = zext i16 %".3532" to i64
  %"cursor.271" = and i64 %".3533", 16383
  br label %"gre_d1"
to_sctp.11:
  %".3535" = getelementptr i8, ptr %"keys", i64 2
  %".3536" = trunc i64 %".3454" to i16
  store volatile i16 %".3536", ptr %".3535", align 2
  %".3538" = load volatile i16, ptr %".3535", align 2
  %".3539" = zext i16 %".3538" to i64
  %"cursor.272" = and i64 %".3539", 16383
  br label %"sctp"
to_dccp.11:
  %".3541" = getelementptr i8, ptr %"keys", i64 2
  %".3542" = trunc i64 %".3454" to i16
  store volatile i16 %".3542", ptr %".3541", align 2
  %".3544" = load volatile i16, ptr %".3541", align 2
  %".3545" = zext i16 %".3544" to i64
  %"cursor.273" = and i64 %".3545", 16383
  br label %"dccp"
to_esp.11:
  %".3547" = getelementptr i8, ptr %"keys", i64 2
  %".3548" = trunc i64 %".3454" to i16
  store volatile i16 %".3548", ptr %".3547", align 2
  %".3550" = load volatile i16, ptr %".3547", align 2
  %".3551" = zext i16 %".3550" to i64
  %"cursor.274" = and i64 %".3551", 16383
  br label %"esp"
to_ah.11:
  %".3553" = getelementptr i8, ptr %"keys", i64 2
  %".3554" = trunc i64 %".3454" to i16
  store volatile i16 %".3554", ptr %".3553", align 2
  %".3556" = load volatile i16, ptr %".3553", align 2
  %".3557" = zext i16 %".3556" to i64
  %"cursor.275" = and i64 %".3557", 16383
  br label %"ah"
to_icmpv6.9:
  %".3559" = getelementptr i8, ptr %"keys", i64 2
  %".3560" = trunc i64 %".3454" to i16
  store volatile i16 %".3560", ptr %".3559", align 2
  %".3562" = load volatile i16, ptr %".3559", align 2
  %".3563" = zext i16 %".3562" to i64
  %"cursor.276" = and i64 %".3563", 16383
  br label %"icmpv6"
to_mpls.34:
  %".3565" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3565", align 2
  %".3567" = getelementptr i8, ptr %"keys", i64 2
  %".3568" = trunc i64 %".3454" to i16
  store volatile i16 %".3568", ptr %".3567", align 2
  %".3570" = load volatile i16, ptr %".3567", align 2
  %".3571" = zext i16 %".3570" to i64
  %"cursor.277" = and i64 %".3571", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.27:
  %".3573" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3573", align 1
  %".3575" = and i32 %"flags", 4
  %".3576" = icmp ne i32 %".3575", 0
  br i1 %".3576", label %"exit.126", label %"cont.126"
to_ipv6.25:
  %".3586" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3586", align 1
  %".3588" = and i32 %"flags", 4
  %".3589" = icmp ne i32 %".3588", 0
  br i1 %".3589", label %"exit.127", label %"cont.127"
exit.126:
  %".3578" = trunc i64 %".3454" to i16
  %".3579" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3578", ptr %".3579", align 2
  br label %"return"
cont.126:
  %".3582" = trunc i64 %".3454" to i16
  %".3583" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3582", ptr %".3583", align 2
  br label %"return"
exit.127:
  %".3591" = trunc i64 %".3454" to i16
  %".3592" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3591", ptr %".3592", align 2
  br label %"return"
cont.127:
  %".3595" = trunc i64 %".3454" to i16
  %".3596" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3595", ptr %".3596", align 2
  br label %"return"
exit.128:
  %".3602" = trunc i64 %"cursor.197" to i16
  %".3603" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3602", ptr %".3603", align 2
  br label %"return"
cont.128:
  %".3606" = getelementptr i8, ptr %"hdr.50", i64 0
  %".3607" = load i8, ptr %".3606", align 1
  %".3608" = zext i8 %".3607" to i64
  %".3609" = trunc i64 %".3608" to i8
  %".3610" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3609", ptr %".3610", align 1
  %".3612" = add i64 %"cursor.197", 2
  %".3613" = getelementptr i8, ptr %"hdr.50", i64 1
  %".3614" = load i8, ptr %".3613", align 1
  %".3615" = zext i8 %".3614" to i64
  %".3616" = mul i64 %".3615", 8
  %".3617" = add i64 %".3616", 6
  %".3618" = add i64 %".3617", 2
  %".3619" = getelementptr i8, ptr %"hdr.50", i64 %".3618"
  %".3620" = icmp ugt ptr %".3619", %"data_end"
  br i1 %".3620", label %"exit.129", label %"cont.129"
exit.129:
  %".3622" = trunc i64 %"cursor.197" to i16
  %".3623" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3622", ptr %".3623", align 2
  br label %"return"
cont.129:
  %"end.16" = add i64 %"cursor.197", %".3618"
  %".3626" = zext i8 %".3607" to i64
  switch i64 %".3626", label %"unknown.42" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 132, label %"to_sctp.12" i64 33, label %"to_dccp.12" i64 50, label %"to_esp.12" i64 51, label %"to_ah.12" i64 58, label %"to_icmpv6.10" i64 137, label %"to_mpls.35" i64 4, label %"to_ipv4.28" i64 41, label %"to_ipv6.26"]
unknown.42:
  %".3628" = trunc i64 %"end.16" to i16
  %".3629" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3628", ptr %".3629", align 2
  br label %"return"
to_ipv6_opts.30:
  %".3632" = trunc i64 %"end.16" to i16
  %".3633" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3632", ptr %".3633", align 2
  br label %"return"
to_ipv6_opts.31:
  %".3636" = trunc i64 %"end.16" to i16
  %".3637" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3636", ptr %".3637", align 2
  br label %"return"
to_ipv6_opts.32:
  %".3640" = trunc i64 %"end.16" to i16
  %".3641" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3640", ptr %".3641", align 2
  br label %"return"
to_ipv6_frag.10:
  %".3644" = trunc i64 %"end.16" to i16
  %".3645" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3644", ptr %".3645", align 2
  br label %"return"
to_tcp.12:
  %".3648" = getelementptr i8, ptr %"keys", i64 2
  %".3649" = trunc i64 %"end.16" to i16
  store volatile i16 %".3649", ptr %".3648", align 2
  %".3651" = load volatile i16, ptr %".3648", align 2
  %".3652" = zext i16 %".3651" to i64
  %"cursor.278" = and i64 %".3652", 16383
  br label %"tcp"
to_udp.12:
  %".3654" = getelementptr i8, ptr %"keys", i64 2
  %".3655" = trunc i64 %"end.16" to i16
  store volatile i16 %".3655", ptr %".3654", align 2
  %".3657" = load volatile i16, ptr %".3654", align 2
  %".3658" = zext i16 %".3657" to i64
  %"cursor.279" = and i64 %".3658", 16383
  br label %"udp_d0"
to_udplite.12:
  %".3660" = getelementptr i8, ptr %"keys", i64 2
  %".3661" = trunc i64 %"end.16" to i16
  store volatile i16 %".3661", ptr %".3660", align 2
  %".3663" = load volatile i16, ptr %".3660", align 2
  %".3664" = zext i16 %".3663" to i64
  %"cursor.280" = and i64 %".3664", 16383
  br label %"udplite"
to_gre.12:
  %".3666" = getelementptr i8, ptr %"keys", i64 2
  %".3667" = trunc i64 %"end.16" to i16
  store volatile i16 %".3667", ptr %".3666", align 2
  %".3669" = load volatile i16, ptr %".3666", align 2
  %".3670" = zext i16 %".3669" to i64
  %"cursor.281" = and i64 %".3670", 16383
  br label %"gre_d0"
to_sctp.12:
  %".3672" = getelementptr i8, ptr %"keys", i64 2
  %".3673" = trunc i64 %"end.16" to i16
  store volatile i16 %".3673", ptr %".3672", align 2
  %".3675" = load volatile i16, ptr %".3672", align 2
  %".3676" = zext i16 %".3675" to i64
  %"cursor.282" = and i64 %".3676", 16383
  br label %"sctp"
to_dccp.12:
  %".3678" = getelementptr i8, ptr %"keys", i64 2
  %".3679" = trunc i64 %"end.16" to i16
  store volatile i16 %".3679", ptr %".3678", align 2
  %".3681" = load volatile i16, ptr %".3678", align 2
  %".3682" = zext i16 %".3681" to i64
  %"cursor.283" = and i64 %".3682", 16383
  br label %"dccp"
to_esp.12:
  %".3684" = getelementptr i8, ptr %"keys", i64 2
  %".3685" = trunc i64 %"end.16" to i16
  store volatile i16 %".3685", ptr %".3684", align 2
  %".3687" = load volatile i16, ptr %".3684", align 2
  %".3688" = zext i16 %".3687" to i64
  %"cursor.284" = and i64 %".3688", 16383
  br label %"esp"
to_ah.12:
  %".3690" = getelementptr i8, ptr %"keys", i64 2
  %".3691" = trunc i64 %"end.16" to i16
  store volatile i16 %".3691", ptr %".3690", align 2
  %".3693" = load volatile i16, ptr %".3690", align 2
  %".3694" = zext i16 %".3693" to i64
  %"cursor.285" = and i64 %".3694", 16383
  br label %"ah"
to_icmpv6.10:
  %".3696" = getelementptr i8, ptr %"keys", i64 2
  %".3697" = trunc i64 %"end.16" to i16
  store volatile i16 %".3697", ptr %".3696", align 2
  %".3699" = load volatile i16, ptr %".3696", align 2
  %".3700" = zext i16 %".3699" to i64
  %"cursor.286" = and i64 %".3700", 16383
  br label %"icmpv6"
to_mpls.35:
  %".3702" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3702", align 2
  %".3704" = getelementptr i8, ptr %"keys", i64 2
  %".3705" = trunc i64 %"end.16" to i16
  store volatile i16 %".3705", ptr %".3704", align 2
  %".3707" = load volatile i16, ptr %".3704", align 2
  %".3708" = zext i16 %".3707" to i64
  %"cursor.287" = and i64 %".3708", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.28:
  %".3710" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3710", align 1
  %".3712" = and i32 %"flags", 4
  %".3713" = icmp ne i32 %".3712", 0
  br i1 %".3713", label %"exit.130", label %"cont.130"
to_ipv6.26:
  %".3725" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3725", align 1
  %".3727" = and i32 %"flags", 4
  %".3728" = icmp ne i32 %".3727", 0
  br i1 %".3728", label %"exit.131", label %"cont.131"
exit.130:
  %".3715" = trunc i64 %"end.16" to i16
  %".3716" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3715", ptr %".3716", align 2
  br label %"return"
cont.130:
  %".3719" = getelementptr i8, ptr %"keys", i64 2
  %".3720" = trunc i64 %"end.16" to i16
  store volatile i16 %".3720", ptr %".3719", align 2
  %".3722" = load volatile i16, ptr %".3719", align 2
  %".3723" = zext i16 %".3722" to i64
  %"cursor.288" = and i64 %".3723", 16383
  br label %"ipv4_d1"
exit.131:
  %".3730" = trunc i64 %"end.16" to i16
  %".3731" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3730", ptr %".3731", align 2
  br label %"return"
cont.131:
  %".3734" = getelementptr i8, ptr %"keys", i64 2
  %".3735" = trunc i64 %"end.16" to i16
  store volatile i16 %".3735", ptr %".3734", align 2
  %".3737" = load volatile i16, ptr %".3734", align 2
  %".3738" = zext i16 %".3737" to i64
  %"cursor.289" = and i64 %".3738", 16383
  br label %"ipv6_d1"
exit.132:
  %".3743" = trunc i64 %"cursor.200" to i16
  %".3744" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3743", ptr %".3744", align 2
  br label %"return"
cont.132:
  %".3747" = getelementptr i8, ptr %"hdr.51", i64 0
  %".3748" = load i8, ptr %".3747", align 1
  %".3749" = zext i8 %".3748" to i64
  %".3750" = trunc i64 %".3749" to i8
  %".3751" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3750", ptr %".3751", align 1
  %".3753" = add i64 %"cursor.200", 8
  %".3754" = icmp ne i64 1, 0
  %".3755" = getelementptr i8, ptr %"hdr.51", i64 2
  %".3756" = load i16, ptr %".3755", align 2
  %".3757" = call i16 @"llvm.bswap.i16"(i16 %".3756")
  %".3758" = zext i16 %".3757" to i64
  %".3759" = and i64 %".3758", 65528
  %".3760" = icmp eq i64 %".3759", 0
  br i1 %".3754", label %"fragment.6", label %"not_fragment.6"
fragment.6:
  %".3762" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".3762", align 1
  br i1 %".3760", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".3780" = zext i8 %".3748" to i64
  switch i64 %".3780", label %"unknown.43" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 132, label %"to_sctp.13" i64 33, label %"to_dccp.13" i64 50, label %"to_esp.13" i64 51, label %"to_ah.13" i64 58, label %"to_icmpv6.11" i64 137, label %"to_mpls.36" i64 4, label %"to_ipv4.29" i64 41, label %"to_ipv6.27"]
first_fragment.6:
  %".3769" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".3769", align 1
  %".3771" = and i32 %"flags", 1
  %".3772" = icmp ne i32 %".3771", 0
  %".3773" = xor i1 %".3772", -1
  br i1 %".3773", label %"exit.133", label %"cont.133"
later_fragment.6:
  %".3765" = trunc i64 %".3753" to i16
  %".3766" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3765", ptr %".3766", align 2
  br label %"return"
exit.133:
  %".3775" = trunc i64 %".3753" to i16
  %".3776" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3775", ptr %".3776", align 2
  br label %"return"
cont.133:
  br label %"not_fragment.6"
unknown.43:
  %".3782" = trunc i64 %".3753" to i16
  %".3783" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3782", ptr %".3783", align 2
  br label %"return"
to_ipv6_opts.33:
  %".3786" = trunc i64 %".3753" to i16
  %".3787" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3786", ptr %".3787", align 2
  br label %"return"
to_ipv6_opts.34:
  %".3790" = trunc i64 %".3753" to i16
  %".3791" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3790", ptr %".3791", align 2
  br label %"return"
to_ipv6_opts.35:
  %".3794" = trunc i64 %".3753" to i16
  %".3795" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3794", ptr %".3795", align 2
  br label %"return"
to_ipv6_frag.11:
  %".3798" = trunc i64 %".3753" to i16
  %".3799" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3798", ptr %".3799", align 2
  br label %"return"
to_tcp.13:
  %".3802" = getelementptr i8, ptr %"keys", i64 2
  %".3803" = trunc i64 %".3753" to i16
  store volatile i16 %".3803", ptr %".3802", align 2
  %".3805" = load volatile i16, ptr %".3802", align 2
  %".3806" = zext i16 %".3805" to i64
  %"cursor.290" = and i64 %".3806", 16383
  br label %"tcp"
to_udp.13:
  %".3808" = getelementptr i8, ptr %"keys", i64 2
  %".3809" = trunc i64 %".3753" to i16
  store volatile i16 %".3809", ptr %".3808", align 2
  %".3811" = load volatile i16, ptr %".3808", align 2
  %".3812" = zext i16 %".3811" to i64
  %"cursor.291" = and i64 %".3812", 16383
  br label %"udp_d0"
to_udplite.13:
  %".3814" = getelementptr i8, ptr %"keys", i64 2
  %".3815" = trunc i64 %".3753" to i16
  store volatile i16 %".3815", ptr %".3814", align 2
  %".3817" = load volatile i16, ptr %".3814", align 2
  %".3818" = zext i16 %".3817" to i64
  %"cursor.292" = and i64 %".3818", 16383
  br label %"udplite"
to_gre.13:
  %".3820" = getelementptr i8, ptr %"keys", i64 2
  %".3821" = trunc i64 %".3753" to i16
  store volatile i16 %".3821", ptr %".3820", align 2
  %".3823" = load volatile i16, ptr %".3820", align 2
  %".3824" = zext i16 %".3823" to i64
  %"cursor.293" = and i64 %".3824", 16383
  br label %"gre_d0"
to_sctp.13:
  %".3826" = getelementptr i8, ptr %"keys", i64 2
  %".3827" = trunc i64 %".3753" to i16
  store volatile i16 %".3827", ptr %".3826", align 2
  %".3829" = load volatile i16, ptr %".3826", align 2
  %".3830" = zext i16 %".3829" to i64
  %"cursor.294" = and i64 %".3830", 16383
  br label %"sctp"
to_dccp.13:
  %".3832" = getelementptr i8, ptr %"keys", i64 2
  %".3833" = trunc i64 %".3753" to i16
  store volatile i16 %".3833", ptr %".3832", align 2
  %".3835" = load volatile i16, ptr %".3832", align 2
  %".3836" = zext i16 %".3835" to i64
  %"cursor.295" = and i64 %".3836", 16383
  br label %"dccp"
to_esp.13:
  %".3838" = getelementptr i8, ptr %"keys", i64 2
  %".3839" = trunc i64 %".3753" to i16
  store volatile i16 %".3839", ptr %".3838", align 2
  %".3841" = load volatile i16, ptr %".3838", align 2
  %".3842" = zext i16 %".3841" to i64
  %"cursor.296" = and i64 %".3842", 16383
  br label %"esp"
to_ah.13:
  %".3844" = getelementptr i8, ptr %"keys", i64 2
  %".3845" = trunc i64 %".3753" to i16
  store volatile i16 %".3845", ptr %".3844", align 2
  %".3847" = load volatile i16, ptr %".3844", align 2
  %".3848" = zext i16 %".3847" to i64
  %"cursor.297" = and i64 %".3848", 16383
  br label %"ah"
to_icmpv6.11:
  %".3850" = getelementptr i8, ptr %"keys", i64 2
  %".3851" = trunc i64 %".3753" to i16
  store volatile i16 %".3851", ptr %".3850", align 2
  %".3853" = load volatile i16, ptr %".3850", align 2
  %".3854" = zext i16 %".3853" to i64
  %"cursor.298" = and i64 %".3854", 16383
  br label %"icmpv6"
to_mpls.36:
  %".3856" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3856", align 2
  %".3858" = getelementptr i8, ptr %"keys", i64 2
  %".3859" = trunc i64 %".3753" to i16
  store volatile i16 %".3859", ptr %".3858", align 2
  %".3861" = load volatile i16, ptr %".3858", align 2
  %".3862" = zext i16 %".3861" to i64
  %"cursor.299" = and i64 %".3862", 16383
  br label %"mpls_d0_mpls_labels1"
to_ipv4.29:
  %".3864" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3864", align 1
  %".3866" = and i32 %"flags", 4
  %".3867" = icmp ne i32 %".3866", 0
  br i1 %".3867", label %"exit.134", label %"cont.134"
to_ipv6.27:
  %".3879" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3879", align 1
  %".3881" = and i32 %"flags", 4
  %".3882" = icmp ne i32 %".3881", 0
  br i1 %".3882", label %"exit.135", label %"cont.135"
exit.134:
  %".3869" = trunc i64 %".3753" to i16
  %".3870" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3869", ptr %".3870", align 2
  br label %"return"
cont.134:
  %".3873" = getelementptr i8, ptr %"keys", i64 2
  %".3874" = trunc i64 %".3753" to i16
  store volatile i16 %".3874", ptr %".3873", align 2
  %".3876" = load volatile i16, ptr %".3873", align 2
  %".3877" = zext i16 %".3876" to i64
  %"cursor.300" = and i64 %".3877", 16383
  br label %"ipv4_d1"
exit.135:
  %".3884" = trunc i64 %".3753" to i16
  %".3885" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3884", ptr %".3885", align 2
  br label %"return"
cont.135:
  %".3888" = getelementptr i8, ptr %"keys", i64 2
  %".3889" = trunc i64 %".3753" to i16
  store volatile i16 %".3889", ptr %".3888", align 2
  %".3891" = load volatile i16, ptr %".3888", align 2
  %".3892" = zext i16 %".3891" to i64
  %"cursor.301" = and i64 %".3892", 16383
  br label %"ipv6_d1"
exit.136:
  %".3897" = trunc i64 %"cursor.229" to i16
  %".3898" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3897", ptr %".3898", align 2
  br label %"return"
cont.136:
  %".3901" = add i64 %"cursor.229", 4
  %".3902" = getelementptr i8, ptr %"hdr.52", i64 2
  %".3903" = load i8, ptr %".3902", align 1
  %".3904" = zext i8 %".3903" to i64
  %".3905" = and i64 %".3904", 1
  switch i64 %".3905", label %"unknown.44" [i64 0, label %"to_mpls.37" i64 1, label %"to_ip_version.8"]
unknown.44:
  %".3907" = trunc i64 %".3901" to i16
  %".3908" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3907", ptr %".3908", align 2
  br label %"return"
to_mpls.37:
  %".3911" = trunc i64 %".3901" to i16
  %".3912" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3911", ptr %".3912", align 2
  br label %"return"
to_ip_version.8:
  %".3915" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3915", align 1
  %".3917" = and i32 %"flags", 4
  %".3918" = icmp ne i32 %".3917", 0
  br i1 %".3918", label %"exit.137", label %"cont.137"
exit.137:
  %".3920" = trunc i64 %".3901" to i16
  %".3921" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3920", ptr %".3921", align 2
  br label %"return"
cont.137:
  %".3924" = getelementptr i8, ptr %"keys", i64 2
  %".3925" = trunc i64 %".3901" to i16
  store volatile i16 %".3925", ptr %".3924", align 2
  %".3927" = load volatile i16, ptr %".3924", align 2
  %".3928" = zext i16 %".3927" to i64
  %"cursor.302" = and i64 %".3928", 16383
  br label %"ip_version_d1"
exit.138:
  %".3933" = trunc i64 %"cursor.232" to i16
  %".3934" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3933", ptr %".3934", align 2
  br label %"return"
cont.138:
  %".3937" = add i64 %"cursor.232", 1
  %".3938" = getelementptr i8, ptr %"hdr.53", i64 0
  %".3939" = load i8, ptr %".3938", align 1
  %".3940" = zext i8 %".3939" to i64
  %".3941" = icmp uge i64 %".3940", 1
  %".3942" = icmp ule i64 %".3940", 255
  %".3943" = and i1 %".3941", %".3942"
  br i1 %".3943", label %"to_gtpu_ext", label %"select.4"
unknown.45:
  %".3946" = trunc i64 %".3937" to i16
  %".3947" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3946", ptr %".3947", align 2
  br label %"return"
to_ip_version.9:
  %".3950" = getelementptr i8, ptr %"keys", i64 2
  %".3951" = trunc i64 %".3937" to i16
  store volatile i16 %".3951", ptr %".3950", align 2
  %".3953" = load volatile i16, ptr %".3950", align 2
  %".3954" = zext i16 %".3953" to i64
  %"cursor.303" = and i64 %".3954", 16383
  br label %"ip_version_d1"
to_gtpu_ext:
  %".3956" = getelementptr i8, ptr %"keys", i64 2
  %".3957" = trunc i64 %".3937" to i16
  store volatile i16 %".3957", ptr %".3956", align 2
  %".3959" = load volatile i16, ptr %".3956", align 2
  %".3960" = zext i16 %".3959" to i64
  %"cursor.305" = and i64 %".3960", 16383
  br label %"gtpu_ext_d1_gtpu_ext1"
select.4:
  switch i64 %".3940", label %"unknown.45" [i64 0, label %"to_ip_version.9"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.304" = phi  i64 [%"cursor.305", %"to_gtpu_ext"]
  %"hdr.58" = getelementptr i8, ptr %"data", i64 %"cursor.304"
  %".4349" = getelementptr i8, ptr %"hdr.58", i64 1
  %".4350" = icmp ugt ptr %".4349", %"data_end"
  br i1 %".4350", label %"exit.150", label %"cont.150"
exit.139:
  %".3965" = trunc i64 %"cursor.236" to i16
  %".3966" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3965", ptr %".3966", align 2
  br label %"return"
cont.139:
  %".3969" = getelementptr i8, ptr %"hdr.54", i64 2
  %".3970" = load i16, ptr %".3969", align 2
  %".3971" = call i16 @"llvm.bswap.i16"(i16 %".3970")
  %".3972" = zext i16 %".3971" to i64
  %".3973" = trunc i64 %".3972" to i16
  %".3974" = call i16 @"llvm.bswap.i16"(i16 %".3973")
  %".3975" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3974", ptr %".3975", align 2
  %".3977" = add i64 %"cursor.236", 4
  %".3978" = trunc i64 %".3977" to i16
  %".3979" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".3978", ptr %".3979", align 2
  %".3981" = call i16 @"llvm.bswap.i16"(i16 %".3970")
  %".3982" = zext i16 %".3981" to i64
  switch i64 %".3982", label %"unknown.46" [i64 2048, label %"to_ipv4.30" i64 34525, label %"to_ipv6.28" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11" i64 34887, label %"to_mpls.38" i64 34888, label %"to_mpls.39" i64 34916, label %"to_pppoe.5"]
unknown.46:
  %".3984" = trunc i64 %".3977" to i16
  %".3985" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3984", ptr %".3985", align 2
  br label %"return"
to_ipv4.30:
  %".3988" = getelementptr i8, ptr %"keys", i64 2
  %".3989" = trunc i64 %".3977" to i16
  store volatile i16 %".3989", ptr %".3988", align 2
  %".3991" = load volatile i16, ptr %".3988", align 2
  %".3992" = zext i16 %".3991" to i64
  %"cursor.306" = and i64 %".3992", 16383
  br label %"ipv4_d1"
to_ipv6.28:
  %".3994" = getelementptr i8, ptr %"keys", i64 2
  %".3995" = trunc i64 %".3977" to i16
  store volatile i16 %".3995", ptr %".3994", align 2
  %".3997" = load volatile i16, ptr %".3994", align 2
  %".3998" = zext i16 %".3997" to i64
  %"cursor.307" = and i64 %".3998", 16383
  br label %"ipv6_d1"
to_vlan.10:
  %".4000" = trunc i64 %".3977" to i16
  %".4001" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4000", ptr %".4001", align 2
  br label %"return"
to_vlan.11:
  %".4004" = trunc i64 %".3977" to i16
  %".4005" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4004", ptr %".4005", align 2
  br label %"return"
to_mpls.38:
  %".4008" = getelementptr i8, ptr %"keys", i64 2
  %".4009" = trunc i64 %".3977" to i16
  store volatile i16 %".4009", ptr %".4008", align 2
  %".4011" = load volatile i16, ptr %".4008", align 2
  %".4012" = zext i16 %".4011" to i64
  %"cursor.308" = and i64 %".4012", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.39:
  %".4014" = getelementptr i8, ptr %"keys", i64 2
  %".4015" = trunc i64 %".3977" to i16
  store volatile i16 %".4015", ptr %".4014", align 2
  %".4017" = load volatile i16, ptr %".4014", align 2
  %".4018" = zext i16 %".4017" to i64
  %"cursor.309" = and i64 %".4018", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.5:
  %".4020" = getelementptr i8, ptr %"keys", i64 2
  %".4021" = trunc i64 %".3977" to i16
  store volatile i16 %".4021", ptr %".4020", align 2
  %".4023" = load volatile i16, ptr %".4020", align 2
  %".4024" = zext i16 %".4023" to i64
  %"cursor.310" = and i64 %".4024", 16383
  br label %"pppoe_d1"
exit.140:
  %".4029" = trunc i64 %"cursor.246" to i16
  %".4030" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4029", ptr %".4030", align 2
  br label %"return"
cont.140:
  %".4033" = add i64 %"cursor.246", 4
  %".4034" = getelementptr i8, ptr %"hdr.55", i64 2
  %".4035" = load i8, ptr %".4034", align 1
  %".4036" = zext i8 %".4035" to i64
  %".4037" = and i64 %".4036", 1
  switch i64 %".4037", label %"unknown.47" [i64 0, label %"to_mpls.40" i64 1, label %"to_ip_version.10"]
unknown.47:
  %".4039" = trunc i64 %".4033" to i16
  %".4040" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4039", ptr %".4040", align 2
  br label %"return"
to_mpls.40:
  %".4043" = getelementptr i8, ptr %"keys", i64 2
  %".4044" = trunc i64 %".4033" to i16
  store volatile i16 %".4044", ptr %".4043", align 2
  %".4046" = load volatile i16, ptr %".4043", align 2
  %".4047" = zext i16 %".4046" to i64
  %"cursor.312" = and i64 %".4047", 16383
  br label %"mpls_d1_mpls_labels4"
to_ip_version.10:
  %".4049" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4049", align 1
  %".4051" = and i32 %"flags", 4
  %".4052" = icmp ne i32 %".4051", 0
  br i1 %".4052", label %"exit.141", label %"cont.141"
mpls_d1_mpls_labels4:
  %"cursor.311" = phi  i64 [%"cursor.312", %"to_mpls.40"]
  %"hdr.59" = getelementptr i8, ptr %"data", i64 %"cursor.311"
  %".4389" = getelementptr i8, ptr %"hdr.59", i64 4
  %".4390" = icmp ugt ptr %".4389", %"data_end"
  br i1 %".4390", label %"exit.153", label %"cont.153"
exit.141:
  %".4054" = trunc i64 %".4033" to i16
  %".4055" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4054", ptr %".4055", align 2
  br label %"return"
cont.141:
  %".4058" = trunc i64 %".4033" to i16
  %".4059" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4058", ptr %".4059", align 2
  br label %"return"
exit.142:
  %".4065" = trunc i64 %"cursor.248" to i16
  %".4066" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4065", ptr %".4066", align 2
  br label %"return"
cont.142:
  %".4069" = getelementptr i8, ptr %"hdr.56", i64 0
  %".4070" = load i8, ptr %".4069", align 1
  %".4071" = zext i8 %".4070" to i64
  %".4072" = trunc i64 %".4071" to i8
  %".4073" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".4072", ptr %".4073", align 1
  %".4075" = add i64 %"cursor.248", 2
  %".4076" = getelementptr i8, ptr %"hdr.56", i64 1
  %".4077" = load i8, ptr %".4076", align 1
  %".4078" = zext i8 %".4077" to i64
  %".4079" = mul i64 %".4078", 8
  %".4080" = add i64 %".4079", 6
  %".4081" = add i64 %".4080", 2
  %".4082" = getelementptr i8, ptr %"hdr.56", i64 %".4081"
  %".4083" = icmp ugt ptr %".4082", %"data_end"
  br i1 %".4083", label %"exit.143", label %"cont.143"
exit.143:
  %".4085" = trunc i64 %"cursor.248" to i16
  %".4086" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4085", ptr %".4086", align 2
  br label %"return"
cont.143:
  %"end.17" = add i64 %"cursor.248", %".4081"
  %".4089" = zext i8 %".4070" to i64
  switch i64 %".4089", label %"unknown.48" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 132, label %"to_sctp.14" i64 33, label %"to_dccp.14" i64 50, label %"to_esp.14" i64 51, label %"to_ah.14" i64 58, label %"to_icmpv6.12" i64 137, label %"to_mpls.41" i64 4, label %"to_ipv4.31" i64 41, label %"to_ipv6.29"]
unknown.48:
  %".4091" = trunc i64 %"end.17" to i16
  %".4092" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4091", ptr %".4092", align 2
  br label %"return"
to_ipv6_opts.36:
  %".4095" = trunc i64 %"end.17" to i16
  %".4096" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4095", ptr %".4096", align 2
  br label %"return"
to_ipv6_opts.37:
  %".4099" = trunc i64 %"end.17" to i16
  %".4100" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4099", ptr %".4100", align 2
  br label %"return"
to_ipv6_opts.38:
  %".4103" = trunc i64 %"end.17" to i16
  %".4104" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4103", ptr %".4104", align 2
  br label %"return"
to_ipv6_frag.12:
  %".4107" = trunc i64 %"end.17" to i16
  %".4108" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4107", ptr %".4108", align 2
  br label %"return"
to_tcp.14:
  %".4111" = getelementptr i8, ptr %"keys", i64 2
  %".4112" = trunc i64 %"end.17" to i16
  store volatile i16 %".4112", ptr %".4111", align 2
  %".4114" = load volatile i16, ptr %".4111", align 2
  %".4115" = zext i16 %".4114" to i64
  %"cursor.313" = and i64 %".4115", 16383
  br label %"tcp"
to_udp.14:
  %".4117" = getelementptr i8, ptr %"keys", i64 2
  %".4118" = trunc i64 %"end.17" to i16
  store volatile i16 %".4118", ptr %".4117", align 2
  %".4120" = load volatile i16, ptr %".4117", align 2
  %".4121" = zext i16 %".4120" to i64
  %"cursor.314" = and i64 %".4121", 16383
  br label %"udp_d1"
to_udplite.14:
  %".4123" = getelementptr i8, ptr %"keys", i64 2
  %".4124" = trunc i64 %"end.17" to i16
  store volatile i16 %".4124", ptr %".4123", align 2
  %".4126" = load volatile i16, ptr %".4123", align 2
  %".4127" = zext i16 %".4126" to i64
  %"cursor.315" = and i64 %".4127", 16383
  br label %"udplite"
to_gre.14:
  %".4129" = getelementptr i8, ptr %"keys", i64 2
  %".4130" = trunc i64 %"end.17" to i16
  store volatile i16 %".4130", ptr %".4129", align 2
  %".4132" = load volatile i16, ptr %".4129", align 2
  %".4133" = zext i16 %".4132" to i64
  %"cursor.316" = and i64 %".4133", 16383
  br label %"gre_d1"
to_sctp.14:
  %".4135" = getelementptr i8, ptr %"keys", i64 2
  %".4136" = trunc i64 %"end.17" to i16
  store volatile i16 %".4136", ptr %".4135", align 2
  %".4138" = load volatile i16, ptr %".4135", align 2
  %".4139" = zext i16 %".4138" to i64
  %"cursor.317" = and i64 %".4139", 16383
  br label %"sctp"
to_dccp.14:
  %".4141" = getelementptr i8, ptr %"keys", i64 2
  %".4142" = trunc i64 %"end.17" to i16
  store volatile i16 %".4142", ptr %".4141", align 2
  %".4144" = load volatile i16, ptr %".4141", align 2
  %".4145" = zext i16 %".4144" to i64
  %"cursor.318" = and i64 %".4145", 16383
  br label %"dccp"
to_esp.14:
  %".4147" = getelementptr i8, ptr %"keys", i64 2
  %".4148" = trunc i64 %"end.17" to i16
  store volatile i16 %".4148", ptr %".4147", align 2
  %".4150" = load volatile i16, ptr %".4147", align 2
  %".4151" = zext i16 %".4150" to i64
  %"cursor.319" = and i64 %".4151", 16383
  br label %"esp"
to_ah.14:
  %".4153" = getelementptr i8, ptr %"keys", i64 2
  %".4154" = trunc i64 %"end.17" to i16
  store volatile i16 %".4154", ptr %".4153", align 2
  %".4156" = load volatile i16, ptr %".4153", align 2
  %".4157" = zext i16 %".4156" to i64
  %"cursor.320" = and i64 %".4157", 16383
  br label %"ah"
to_icmpv6.12:
  %".4159" = getelementptr i8, ptr %"keys", i64 2
  %".4160" = trunc i64 %"end.17" to i16
  store volatile i16 %".4160", ptr %".4159", align 2
  %".4162" = load volatile i16, ptr %".4159", align 2
  %".4163" = zext i16 %".4162" to i64
  %"cursor.321" = and i64 %".4163", 16383
  br label %"icmpv6"
to_mpls.41:
  %".4165" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".4165", align 2
  %".4167" = getelementptr i8, ptr %"keys", i64 2
  %".4168" = trunc i64 %"end.17" to i16
  store volatile i16 %".4168", ptr %".4167", align 2
  %".4170" = load volatile i16, ptr %".4167", align 2
  %".4171" = zext i16 %".4170" to i64
  %"cursor.322" = and i64 %".4171", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.31:
  %".4173" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4173", align 1
  %".4175" = and i32 %"flags", 4
  %".4176" = icmp ne i32 %".4175", 0
  br i1 %".4176", label %"exit.144", label %"cont.144"
to_ipv6.29:
  %".4186" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4186", align 1
  %".4188" = and i32 %"flags", 4
  %".4189" = icmp ne i32 %".4188", 0
  br i1 %".4189", label %"exit.145", label %"cont.145"
exit.144:
  %".4178" = trunc i64 %"end.17" to i16
  %".4179" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4178", ptr %".4179", align 2
  br label %"return"
cont.144:
  %".4182" = trunc i64 %"end.17" to i16
  %".4183" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4182", ptr %".4183", align 2
  br label %"return"
exit.145:
  %".4191" = trunc i64 %"end.17" to i16
  %".4192" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4191", ptr %".4192", align 2
  br label %"return"
cont.145:
  %".4195" = trunc i64 %"end.17" to i16
  %".4196" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4195", ptr %".4196", align 2
  br label %"return"
exit.146:
  %".4202" = trunc i64 %"cursor.252" to i16
  %".4203" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4202", ptr %".4203", align 2
  br label %"return"
cont.146:
  %".4206" = getelementptr i8, ptr %"hdr.57", i64 0
  %".4207" = load i8, ptr %".4206", align 1
  %".4208" = zext i8 %".4207" to i64
  %".4209" = trunc i64 %".4208" to i8
  %".4210" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".4209", ptr %".4210", align 1
  %".4212" = add i64 %"cursor.252", 8
  %".4213" = icmp ne i64 1, 0
  %".4214" = getelementptr i8, ptr %"hdr.57", i64 2
  %".4215" = load i16, ptr %".4214", align 2
  %".4216" = call i16 @"llvm.bswap.i16"(i16 %".4215")
  %".4217" = zext i16 %".4216" to i64
  %".4218" = and i64 %".4217", 65528
  %".4219" = icmp eq i64 %".4218", 0
  br i1 %".4213", label %"fragment.7", label %"not_fragment.7"
fragment.7:
  %".4221" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".4221", align 1
  br i1 %".4219", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".4239" = zext i8 %".4207" to i64
  switch i64 %".4239", label %"unknown.49" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 132, label %"to_sctp.15" i64 33, label %"to_dccp.15" i64 50, label %"to_esp.15" i64 51, label %"to_ah.15" i64 58, label %"to_icmpv6.13" i64 137, label %"to_mpls.42" i64 4, label %"to_ipv4.32" i64 41, label %"to_ipv6.30"]
first_fragment.7:
  %".4228" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".4228", align 1
  %".4230" = and i32 %"flags", 1
  %".4231" = icmp ne i32 %".4230", 0
  %".4232" = xor i1 %".4231", -1
  br i1 %".4232", label %"exit.147", label %"cont.147"
later_fragment.7:
  %".4224" = trunc i64 %".4212" to i16
  %".4225" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4224", ptr %".4225", align 2
  br label %"return"
exit.147:
  %".4234" = trunc i64 %".4212" to i16
  %".4235" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4234", ptr %".4235", align 2
  br label %"return"
cont.147:
  br label %"not_fragment.7"
unknown.49:
  %".4241" = trunc i64 %".4212" to i16
  %".4242" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4241", ptr %".4242", align 2
  br label %"return"
to_ipv6_opts.39:
  %".4245" = trunc i64 %".4212" to i16
  %".4246" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4245", ptr %".4246", align 2
  br label %"return"
to_ipv6_opts.40:
  %".4249" = trunc i64 %".4212" to i16
  %".4250" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4249", ptr %".4250", align 2
  br label %"return"
to_ipv6_opts.41:
  %".4253" = trunc i64 %".4212" to i16
  %".4254" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4253", ptr %".4254", align 2
  br label %"return"
to_ipv6_frag.13:
  %".4257" = trunc i64 %".4212" to i16
  %".4258" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4257", ptr %".4258", align 2
  br label %"return"
to_tcp.15:
  %".4261" = getelementptr i8, ptr %"keys", i64 2
  %".4262" = trunc i64 %".4212" to i16
  store volatile i16 %".4262", ptr %".4261", align 2
  %".4264" = load volatile i16, ptr %".4261", align 2
  %".4265" = zext i16 %".4264" to i64
  %"cursor.323" = and i64 %".4265", 16383
  br label %"tcp"
to_udp.15:
  %".4267" = getelementptr i8, ptr %"keys", i64 2
  %".4268" = trunc i64 %".4212" to i16
  store volatile i16 %".4268", ptr %".4267", align 2
  %".4270" = load volatile i16, ptr %".4267", align 2
  %".4271" = zext i16 %".4270" to i64
  %"cursor.324" = and i64 %".4271", 16383
  br label %"udp_d1"
to_udplite.15:
  %".4273" = getelementptr i8, ptr %"keys", i64 2
  %".4274" = trunc i64 %".4212" to i16
  store volatile i16 %".4274", ptr %".4273", align 2
  %".4276" = load volatile i16, ptr %".4273", align 2
  %".4277" = zext i16 %".4276" to i64
  %"cursor.325" = and i64 %".4277", 16383
  br label %"udplite"
to_gre.15:
  %".4279" = getelementptr i8, ptr %"keys", i64 2
  %".4280" = trunc i64 %".4212" to i16
  store volatile i16 %".4280", ptr %".4279", align 2
  %".4282" = load volatile i16, ptr %".4279", align 2
  %".4283" = zext i16 %".4282" to i64
  %"cursor.326" = and i64 %".4283", 16383
  br label %"gre_d1"
to_sctp.15:
  %".4285" = getelementptr i8, ptr %"keys", i64 2
  %".4286" = trunc i64 %".4212" to i16
  store volatile i16 %".4286", ptr %".4285", align 2
  %".4288" = load volatile i16, ptr %".4285", align 2
  %".4289" = zext i16 %".4288" to i64
  %"cursor.327" = and i64 %".4289", 16383
  br label %"sctp"
to_dccp.15:
  %".4291" = getelementptr i8, ptr %"keys", i64 2
  %".4292" = trunc i64 %".4212" to i16
  store volatile i16 %".4292", ptr %".4291", align 2
  %".4294" = load volatile i16, ptr %".4291", align 2
  %".4295" = zext i16 %".4294" to i64
  %"cursor.328" = and i64 %".4295", 16383
  br label %"dccp"
to_esp.15:
  %".4297" = getelementptr i8, ptr %"keys", i64 2
  %".4298" = trunc i64 %".4212" to i16
  store volatile i16 %".4298", ptr %".4297", align 2
  %".4300" = load volatile i16, ptr %".4297", align 2
  %".4301" = zext i16 %".4300" to i64
  %"cursor.329" = and i64 %".4301", 16383
  br label %"esp"
to_ah.15:
  %".4303" = getelementptr i8, ptr %"keys", i64 2
  %".4304" = trunc i64 %".4212" to i16
  store volatile i16 %".4304", ptr %".4303", align 2
  %".4306" = load volatile i16, ptr %".4303", align 2
  %".4307" = zext i16 %".4306" to i64
  %"cursor.330" = and i64 %".4307", 16383
  br label %"ah"
to_icmpv6.13:
  %".4309" = getelementptr i8, ptr %"keys", i64 2
  %".4310" = trunc i64 %".4212" to i16
  store volatile i16 %".4310", ptr %".4309", align 2
  %".4312" = load volatile i16, ptr %".4309", align 2
  %".4313" = zext i16 %".4312" to i64
  %"cursor.331" = and i64 %".4313", 16383
  br label %"icmpv6"
to_mpls.42:
  %".4315" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".4315", align 2
  %".4317" = getelementptr i8, ptr %"keys", i64 2
  %".4318" = trunc i64 %".4212" to i16
  store volatile i16 %".4318", ptr %".4317", align 2
  %".4320" = load volatile i16, ptr %".4317", align 2
  %".4321" = zext i16 %".4320" to i64
  %"cursor.332" = and i64 %".4321", 16383
  br label %"mpls_d1_mpls_labels1"
to_ipv4.32:
  %".4323" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4323", align 1
  %".4325" = and i32 %"flags", 4
  %".4326" = icmp ne i32 %".4325", 0
  br i1 %".4326", label %"exit.148", label %"cont.148"
to_ipv6.30:
  %".4336" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4336", align 1
  %".4338" = and i32 %"flags", 4
  %".4339" = icmp ne i32 %".4338", 0
  br i1 %".4339", label %"exit.149", label %"cont.149"
exit.148:
  %".4328" = trunc i64 %".4212" to i16
  %".4329" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4328", ptr %".4329", align 2
  br label %"return"
cont.148:
  %".4332" = trunc i64 %".4212" to i16
  %".4333" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4332", ptr %".4333", align 2
  br label %"return"
exit.149:
  %".4341" = trunc i64 %".4212" to i16
  %".4342" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4341", ptr %".4342", align 2
  br label %"return"
cont.149:
  %".4345" = trunc i64 %".4212" to i16
  %".4346" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4345", ptr %".4346", align 2
  br label %"return"
exit.150:
  %".4352" = trunc i64 %"cursor.304" to i16
  %".4353" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4352", ptr %".4353", align 2
  br label %"return"
cont.150:
  %".4356" = getelementptr i8, ptr %"hdr.58", i64 0
  %".4357" = load i8, ptr %".4356", align 1
  %".4358" = zext i8 %".4357" to i64
  %".4359" = icmp uge i64 %".4358", 1
  %".4360" = xor i1 %".4359", -1
  br i1 %".4360", label %"exit.151", label %"cont.151"
exit.151:
  %".4362" = trunc i64 %"cursor.304" to i16
  %".4363" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4362", ptr %".4363", align 2
  br label %"return"
cont.151:
  %".4366" = add i64 %"cursor.304", 1
  %".4367" = zext i8 %".4357" to i64
  %".4368" = mul i64 %".4367", 4
  %".4369" = sub i64 %".4368", 2
  %".4370" = add i64 %".4369", 1
  %".4371" = getelementptr i8, ptr %"hdr.58", i64 %".4370"
  %".4372" = icmp ugt ptr %".4371", %"data_end"
  br i1 %".4372", label %"exit.152", label %"cont.152"
exit.152:
  %".4374" = trunc i64 %"cursor.304" to i16
  %".4375" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4374", ptr %".4375", align 2
  br label %"return"
cont.152:
  %"end.18" = add i64 %"cursor.304", %".4370"
  switch i64 0, label %"unknown.50" [i64 0, label %"to_gtpu_next.1"]
unknown.50:
  %".4379" = trunc i64 %"end.18" to i16
  %".4380" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4379", ptr %".4380", align 2
  br label %"return"
to_gtpu_next.1:
  %".4383" = getelementptr i8, ptr %"keys", i64 2
  %".4384" = trunc i64 %"end.18" to i16
  store volatile i16 %".4384", ptr %".4383", align 2
  %".4386" = load volatile i16, ptr %".4383", align 2
  %".4387" = zext i16 %".4386" to i64
  %"cursor.334" = and i64 %".4387", 16383
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.333" = phi  i64 [%"cursor.334", %"to_gtpu_next.1"]
  %"hdr.60" = getelementptr i8, ptr %"data", i64 %"cursor.333"
  %".4423" = getelementptr i8, ptr %"hdr.60", i64 1
  %".4424" = icmp ugt ptr %".4423", %"data_end"
  br i1 %".4424", label %"exit.155", label %"cont.155"
exit.153:
  %".4392" = trunc i64 %"cursor.311" to i16
  %".4393" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4392", ptr %".4393", align 2
  br label %"return"
cont.153:
  %".4396" = add i64 %"cursor.311", 4
  %".4397" = getelementptr i8, ptr %"hdr.59", i64 2
  %".4398" = load i8, ptr %".4397", align 1
  %".4399" = zext i8 %".4398" to i64
  %".4400" = and i64 %".4399", 1
  switch i64 %".4400", label %"unknown.51" [i64 0, label %"to_mpls.43" i64 1, label %"to_ip_version.11"]
unknown.51:
  %".4402" = trunc i64 %".4396" to i16
  %".4403" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4402", ptr %".4403", align 2
  br label %"return"
to_mpls.43:
  %".4406" = trunc i64 %".4396" to i16
  %".4407" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4406", ptr %".4407", align 2
  br label %"return"
to_ip_version.11:
  %".4410" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4410", align 1
  %".4412" = and i32 %"flags", 4
  %".4413" = icmp ne i32 %".4412", 0
  br i1 %".4413", label %"exit.154", label %"cont.154"
exit.154:
  %".4415" = trunc i64 %".4396" to i16
  %".4416" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4415", ptr %".4416", align 2
  br label %"return"
cont.154:
  %".4419" = trunc i64 %".4396" to i16
  %".4420" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4419", ptr %".4420", align 2
  br label %"return"
exit.155:
  %".4426" = trunc i64 %"cursor.333" to i16
  %".4427" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4426", ptr %".4427", align 2
  br label %"return"
cont.155:
  %".4430" = add i64 %"cursor.333", 1
  %".4431" = getelementptr i8, ptr %"hdr.60", i64 0
  %".4432" = load i8, ptr %".4431", align 1
  %".4433" = zext i8 %".4432" to i64
  %".4434" = icmp uge i64 %".4433", 1
  %".4435" = icmp ule i64 %".4433", 255
  %".4436" = and i1 %".4434", %".4435"
  br i1 %".4436", label %"to_gtpu_ext.1", label %"select.5"
unknown.52:
  %".4439" = trunc i64 %".4430" to i16
  %".4440" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4439", ptr %".4440", align 2
  br label %"return"
to_ip_version.12:
  %".4443" = getelementptr i8, ptr %"keys", i64 2
  %".4444" = trunc i64 %".4430" to i16
  store volatile i16 %".4444", ptr %".4443", align 2
  %".4446" = load volatile i16, ptr %".4443", align 2
  %".4447" = zext i16 %".4446" to i64
  %"cursor.335" = and i64 %".4447", 16383
  br label %"ip_version_d1"
to_gtpu_ext.1:
  %".4449" = getelementptr i8, ptr %"keys", i64 2
  %".4450" = trunc i64 %".4430" to i16
  store volatile i16 %".4450", ptr %".4449", align 2
  %".4452" = load volatile i16, ptr %".4449", align 2
  %".4453" = zext i16 %".4452" to i64
  %"cursor.337" = and i64 %".4453", 16383
  br label %"gtpu_ext_d1_gtpu_ext2"
select.5:
  switch i64 %".4433", label %"unknown.52" [i64 0, label %"to_ip_version.12"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.336" = phi  i64 [%"cursor.337", %"to_gtpu_ext.1"]
  %"hdr.61" = getelementptr i8, ptr %"data", i64 %"cursor.336"
  %".4455" = getelementptr i8, ptr %"hdr.61", i64 1
  %".4456" = icmp ugt ptr %".4455", %"data_end"
  br i1 %".4456", label %"exit.156", label %"cont.156"
exit.156:
  %".4458" = trunc i64 %"cursor.336" to i16
  %".4459" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4458", ptr %".4459", align 2
  br label %"return"
cont.156:
  %".4462" = getelementptr i8, ptr %"hdr.61", i64 0
  %".4463" = load i8, ptr %".4462", align 1
  %".4464" = zext i8 %".4463" to i64
  %".4465" = icmp uge i64 %".4464", 1
  %".4466" = xor i1 %".4465", -1
  br i1 %".4466", label %"exit.157", label %"cont.157"
exit.157:
  %".4468" = trunc i64 %"cursor.336" to i16
  %".4469" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4468", ptr %".4469", align 2
  br label %"return"
cont.157:
  %".4472" = add i64 %"cursor.336", 1
  %".4473" = zext i8 %".4463" to i64
  %".4474" = mul i64 %".4473", 4
  %".4475" = sub i64 %".4474", 2
  %".4476" = add i64 %".4475", 1
  %".4477" = getelementptr i8, ptr %"hdr.61", i64 %".4476"
  %".4478" = icmp ugt ptr %".4477", %"data_end"
  br i1 %".4478", label %"exit.158", label %"cont.158"
exit.158:
  %".4480" = trunc i64 %"cursor.336" to i16
  %".4481" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4480", ptr %".4481", align 2
  br label %"return"
cont.158:
  %"end.19" = add i64 %"cursor.336", %".4476"
  switch i64 0, label %"unknown.53" [i64 0, label %"to_gtpu_next.2"]
unknown.53:
  %".4485" = trunc i64 %"end.19" to i16
  %".4486" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4485", ptr %".4486", align 2
  br label %"return"
to_gtpu_next.2:
  %".4489" = getelementptr i8, ptr %"keys", i64 2
  %".4490" = trunc i64 %"end.19" to i16
  store volatile i16 %".4490", ptr %".4489", align 2
  %".4492" = load volatile i16, ptr %".4489", align 2
  %".4493" = zext i16 %".4492" to i64
  %"cursor.339" = and i64 %".4493", 16383
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.338" = phi  i64 [%"cursor.339", %"to_gtpu_next.2"]
  %"hdr.62" = getelementptr i8, ptr %"data", i64 %"cursor.338"
  %".4495" = getelementptr i8, ptr %"hdr.62", i64 1
  %".4496" = icmp ugt ptr %".4495", %"data_end"
  br i1 %".4496", label %"exit.159", label %"cont.159"
exit.159:
  %".4498" = trunc i64 %"cursor.338" to i16
  %".4499" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4498", ptr %".4499", align 2
  br label %"return"
cont.159:
  %".4502" = add i64 %"cursor.338", 1
  %".4503" = getelementptr i8, ptr %"hdr.62", i64 0
  %".4504" = load i8, ptr %".4503", align 1
  %".4505" = zext i8 %".4504" to i64
  %".4506" = icmp uge i64 %".4505", 1
  %".4507" = icmp ule i64 %".4505", 255
  %".4508" = and i1 %".4506", %".4507"
  br i1 %".4508", label %"to_gtpu_ext.2", label %"select.6"
unknown.54:
  %".4511" = trunc i64 %".4502" to i16
  %".4512" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4511", ptr %".4512", align 2
  br label %"return"
to_ip_version.13:
  %".4515" = getelementptr i8, ptr %"keys", i64 2
  %".4516" = trunc i64 %".4502" to i16
  store volatile i16 %".4516", ptr %".4515", align 2
  %".4518" = load volatile i16, ptr %".4515", align 2
  %".4519" = zext i16 %".4518" to i64
  %"cursor.340" = and i64 %".4519", 16383
  br label %"ip_version_d1"
to_gtpu_ext.2:
  %".4521" = trunc i64 %".4502" to i16
  %".4522" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4521", ptr %".4522", align 2
  br label %"return"
select.6:
  switch i64 %".4505", label %"unknown.54" [i64 0, label %"to_ip_version.13"]
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
