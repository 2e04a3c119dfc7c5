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
  %"verdict" = phi  i32 [129, %"exit"], [2, %"unknown"], [2, %"exit.1"], [2, %"exit.2"], [2, %"exit.3"], [0, %"later_fragment"], [0, %"exit.4"], [0, %"unknown.1"], [0, %"exit.5"], [0, %"exit.6"], [2, %"exit.7"], [0, %"exit.8"], [0, %"unknown.2"], [0, %"exit.9"], [0, %"exit.10"], [2, %"exit.11"], [2, %"unknown.3"], [2, %"exit.12"], [0, %"unknown.4"], [0, %"exit.13"], [2, %"exit.14"], [2, %"exit.15"], [2, %"unknown.5"], [2, %"exit.16"], [2, %"exit.17"], [2, %"exit.18"], [0, %"cont.18"], [2, %"exit.19"], [0, %"unknown.6"], [2, %"exit.20"], [0, %"cont.20"], [2, %"exit.21"], [0, %"exit.22"], [2, %"exit.23"], [0, %"exit.24"], [2, %"unknown.7"], [2, %"exit.25"], [0, %"cont.25"], [2, %"exit.26"], [0, %"cont.26"], [2, %"exit.27"], [0, %"cont.27"], [2, %"exit.28"], [0, %"cont.28"], [2, %"exit.29"], [0, %"cont.29"], [2, %"exit.30"], [2, %"exit.31"], [2, %"exit.32"], [0, %"later_fragment.1"], [0, %"exit.33"], [0, %"unknown.8"], [0, %"exit.34"], [0, %"cont.34"], [0, %"exit.35"], [0, %"cont.35"], [2, %"exit.36"], [0, %"exit.37"], [0, %"unknown.9"], [0, %"exit.38"], [0, %"cont.38"], [0, %"exit.39"], [0, %"cont.39"], [2, %"exit.40"], [2, %"exit.41"], [0, %"unknown.10"], [0, %"exit.42"], [0, %"exit.43"], [2, %"exit.44"], [0, %"later_fragment.2"], [0, %"exit.45"], [0, %"unknown.11"], [0, %"exit.46"], [0, %"exit.47"], [2, %"exit.48"], [0, %"cont.48"], [2, %"exit.49"], [2, %"unknown.12"], [0, %"to_vlan.4"], [0, %"to_vlan.5"], [2, %"exit.50"], [0, %"unknown.13"], [0, %"exit.51"], [2, %"exit.52"], [0, %"unknown.14"], [2, %"exit.53"], [2, %"unknown.15"], [2, %"exit.54"], [0, %"exit.55"], [0, %"unknown.16"], [2, %"exit.56"], [0, %"exit.57"], [2, %"exit.58"], [0, %"exit.59"], [0, %"unknown.17"], [2, %"exit.60"], [0, %"exit.61"], [2, %"exit.62"], [0, %"exit.63"], [0, %"unknown.18"], [2, %"exit.64"], [0, %"exit.65"], [0, %"exit.66"], [0, %"unknown.19"], [2, %"exit.67"], [0, %"exit.68"], [0, %"unknown.20"], [2, %"exit.69"], [2, %"unknown.21"], [2, %"exit.70"], [0, %"unknown.22"], [0, %"exit.71"], [0, %"cont.71"], [2, %"exit.72"], [0, %"unknown.23"], [2, %"exit.73"], [0, %"exit.74"], [2, %"exit.75"], [0, %"exit.76"], [2, %"unknown.24"], [0, %"to_ipv4.15"], [0, %"to_ipv6.14"], [0, %"to_ethernet.3"], [0, %"to_mpls.19"], [0, %"to_mpls.20"], [2, %"exit.77"], [2, %"exit.78"], [0, %"unknown.25"], [0, %"exit.79"], [0, %"cont.79"], [0, %"exit.80"], [0, %"cont.80"], [2, %"exit.81"], [0, %"later_fragment.3"], [0, %"exit.82"], [0, %"unknown.26"], [0, %"exit.83"], [0, %"cont.83"], [0, %"exit.84"], [0, %"cont.84"], [2, %"exit.85"], [2, %"exit.86"], [0, %"unknown.27"], [0, %"exit.87"], [0, %"exit.88"], [2, %"exit.89"], [0, %"later_fragment.4"], [0, %"exit.90"], [0, %"unknown.28"], [0, %"exit.91"], [0, %"exit.92"], [2, %"exit.93"], [0, %"unknown.29"], [0, %"exit.94"], [2, %"exit.95"], [2, %"unknown.30"], [2, %"exit.96"], [2, %"unknown.31"], [2, %"exit.97"], [0, %"unknown.32"], [2, %"exit.98"], [0, %"unknown.33"], [2, %"exit.99"], [2, %"unknown.34"], [2, %"exit.100"], [2, %"exit.101"], [2, %"unknown.35"], [2, %"exit.102"], [0, %"unknown.36"], [0, %"exit.103"], [0, %"cont.103"], [2, %"exit.104"], [0, %"exit.105"], [0, %"unknown.37"], [0, %"to_ethernet.4"], [2, %"exit.106"], [0, %"exit.107"], [2, %"exit.108"], [0, %"exit.109"], [0, %"unknown.38"], [0, %"to_ethernet.5"], [0, %"to_ipv4.23"], [0, %"to_ipv6.22"], [2, %"exit.110"], [0, %"exit.111"], [2, %"exit.112"], [0, %"exit.113"], [0, %"unknown.39"], [0, %"to_ipv4.24"], [0, %"to_ipv6.23"], [2, %"exit.114"], [0, %"exit.115"], [0, %"exit.116"], [0, %"unknown.40"], [0, %"to_ip_version.7"], [0, %"to_gtpu_opt.1"], [0, %"to_gtpu_seq.1"], [2, %"exit.117"], [0, %"exit.118"], [0, %"unknown.41"], [0, %"to_ipv4.25"], [2, %"exit.119"], [2, %"exit.120"], [0, %"unknown.42"], [0, %"exit.121"], [0, %"cont.121"], [0, %"exit.122"], [0, %"cont.122"], [2, %"exit.123"], [0, %"later_fragment.5"], [0, %"exit.124"], [0, %"unknown.43"], [0, %"exit.125"], [0, %"cont.125"], [0, %"exit.126"], [0, %"cont.126"], [2, %"exit.127"], [2, %"exit.128"], [0, %"unknown.44"], [0, %"to_ipv6_opts.30"], [0, %"to_ipv6_opts.31"], [0, %"to_ipv6_opts.32"], [0, %"to_ipv6_frag.10"], [0, %"exit.129"], [0, %"exit.130"], [2, %"exit.131"], [0, %"later_fragment.6"], [0, %"exit.132"], [0, %"unknown.45"], [0, %"to_ipv6_opts.33"], [0, %"to_ipv6_opts.34"], [0, %"to_ipv6_opts.35"], [0, %"to_ipv6_frag.11"], [0, %"exit.133"], [0, %"exit.134"], [2, %"exit.135"], [0, %"unknown.46"], [0, %"to_mpls.35"], [0, %"exit.136"], [2, %"exit.137"], [0, %"unknown.47"], [2, %"exit.138"], [2, %"unknown.48"], [0, %"to_vlan.10"], [0, %"to_vlan.11"], [2, %"exit.139"], [2, %"unknown.49"], [2, %"exit.140"], [0, %"unknown.50"], [0, %"exit.141"], [0, %"cont.141"], [2, %"exit.142"], [2, %"exit.143"], [0, %"unknown.51"], [0, %"to_ipv6_opts.36"], [0, %"to_ipv6_opts.37"], [0, %"to_ipv6_opts.38"], [0, %"to_ipv6_frag.12"], [0, %"exit.144"], [0, %"cont.144"], [0, %"exit.145"], [0, %"cont.145"], [2, %"exit.146"], [0, %"later_fragment.7"], [0, %"exit.147"], [0, %"unknown.52"], [0, %"to_ipv6_opts.39"], [0, %"to_ipv6_opts.40"], [0, %"to_ipv6_opts.41"], [0, %"to_ipv6_frag.13"], [0, %"exit.148"], [0, %"cont.148"], [0, %"exit.149"], [0, %"cont.149"], [2, %"exit.150"], [2, %"exit.151"], [2, %"exit.152"], [0, %"unknown.53"], [2, %"exit.153"], [2, %"unknown.54"], [2, %"exit.154"], [2, %"unknown.55"], [2, %"exit.155"], [0, %"unknown.56"], [0, %"to_mpls.43"], [0, %"exit.156"], [0, %"cont.156"], [2, %"exit.157"], [0, %"unknown.57"], [2, %"exit.158"], [2, %"exit.159"], [2, %"exit.160"], [0, %"unknown.58"], [2, %"exit.161"], [0, %"unknown.59"], [0, %"to_gtpu_ext.2"]
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
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%"cursor.38", %"to_ipv4.3"], [%"cursor.121", %"to_ipv4.9"], [%"cursor.229", %"to_ipv4.20"], [%"cursor.233", %"to_ipv4.21"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".44" = getelementptr i8, ptr %"hdr.1", i64 20
  %".45" = icmp ugt ptr %".44", %"data_end"
  br i1 %".45", label %"exit.1", label %"cont.1"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%"cursor.39", %"to_ipv6.3"], [%"cursor.122", %"to_ipv6.9"], [%"cursor.230", %"to_ipv6.19"], [%"cursor.234", %"to_ipv6.20"]
  %"hdr.2" = getelementptr i8, ptr %"data", i64 %"cursor.2"
  %".176" = getelementptr i8, ptr %"hdr.2", i64 40
  %".177" = icmp ugt ptr %".176", %"data_end"
  br i1 %".177", label %"exit.7", label %"cont.7"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"to_vlan"], [%"cursor.4", %"to_vlan.1"]
  %"hdr.3" = getelementptr i8, ptr %"data", i64 %"cursor.3"
  %".339" = getelementptr i8, ptr %"hdr.3", i64 4
  %".340" = icmp ugt ptr %".339", %"data_end"
  br i1 %".340", label %"exit.11", label %"cont.11"
mpls_d0_mpls_labels1:
  %"cursor.5" = phi  i64 [%".21", %"to_mpls"], [%"cursor.6", %"to_mpls.1"], [%"cursor.16", %"to_mpls.2"], [%"cursor.34", %"to_mpls.3"], [%"cursor.42", %"to_mpls.4"], [%"cursor.43", %"to_mpls.5"], [%"cursor.101", %"to_mpls.11"], [%"cursor.117", %"to_mpls.12"], [%"cursor.123", %"to_mpls.13"], [%"cursor.124", %"to_mpls.14"], [%"cursor.207", %"to_mpls.23"], [%"cursor.223", %"to_mpls.24"], [%"cursor.231", %"to_mpls.26"], [%"cursor.232", %"to_mpls.27"], [%"cursor.288", %"to_mpls.33"], [%"cursor.300", %"to_mpls.34"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".402" = getelementptr i8, ptr %"hdr.4", i64 4
  %".403" = icmp ugt ptr %".402", %"data_end"
  br i1 %".403", label %"exit.12", label %"cont.12"
pppoe_d0:
  %"cursor.7" = phi  i64 [%".21", %"to_pppoe"], [%"cursor.44", %"to_pppoe.1"], [%"cursor.125", %"to_pppoe.2"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".435" = getelementptr i8, ptr %"hdr.5", i64 6
  %".436" = icmp ugt ptr %".435", %"data_end"
  br i1 %".436", label %"exit.14", label %"cont.14"
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
  switch i64 %".125", label %"unknown.1" [i64 6, label %"to_tcp" i64 17, label %"to_udp" i64 136, label %"to_udplite" i64 47, label %"to_gre" i64 132, label %"to_sctp" i64 33, label %"to_dccp" i64 50, label %"to_esp" i64 51, label %"to_ah" i64 137, label %"to_mpls.2" i64 1, label %"to_icmp" i64 4, label %"to_ipv4.1" i64 41, label %"to_ipv6.1"]
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
to_mpls.2:
  %".139" = getelementptr i8, ptr %"keys", i64 2
  %".140" = trunc i64 %"end" to i16
  store volatile i16 %".140", ptr %".139", align 2
  %".142" = load volatile i16, ptr %".139", align 2
  %".143" = zext i16 %".142" to i64
  %"cursor.16" = and i64 %".143", 16383
  br label %"mpls_d0_mpls_labels1"
to_icmp:
  br label %"icmp"
to_ipv4.1:
  %".146" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".146", align 1
  %".148" = and i32 %"flags", 4
  %".149" = icmp ne i32 %".148", 0
  br i1 %".149", label %"exit.5", label %"cont.5"
to_ipv6.1:
  %".161" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".161", align 1
  %".163" = and i32 %"flags", 4
  %".164" = icmp ne i32 %".163", 0
  br i1 %".164", label %"exit.6", label %"cont.6"
tcp:
  %"cursor.8" = phi  i64 [%"end", %"to_tcp"], [%"cursor.26", %"to_tcp.1"], [%"cursor.61", %"to_tcp.2"], [%"cursor.79", %"to_tcp.3"], [%"cursor.93", %"to_tcp.4"], [%"cursor.109", %"to_tcp.5"], [%"cursor.171", %"to_tcp.6"], [%"cursor.185", %"to_tcp.7"], [%"cursor.199", %"to_tcp.8"], [%"cursor.215", %"to_tcp.9"], [%"cursor.256", %"to_tcp.10"], [%"cursor.270", %"to_tcp.11"], [%"cursor.280", %"to_tcp.12"], [%"cursor.292", %"to_tcp.13"], [%"cursor.319", %"to_tcp.14"], [%"cursor.329", %"to_tcp.15"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".470" = getelementptr i8, ptr %"hdr.6", i64 20
  %".471" = icmp ugt ptr %".470", %"data_end"
  br i1 %".471", label %"exit.16", label %"cont.16"
udp_d0:
  %"cursor.9" = phi  i64 [%"end", %"to_udp"], [%"cursor.27", %"to_udp.1"], [%"cursor.94", %"to_udp.4"], [%"cursor.110", %"to_udp.5"], [%"cursor.200", %"to_udp.8"], [%"cursor.216", %"to_udp.9"], [%"cursor.281", %"to_udp.12"], [%"cursor.293", %"to_udp.13"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".523" = getelementptr i8, ptr %"hdr.7", i64 8
  %".524" = icmp ugt ptr %".523", %"data_end"
  br i1 %".524", label %"exit.19", label %"cont.19"
udplite:
  %"cursor.10" = phi  i64 [%"end", %"to_udplite"], [%"cursor.28", %"to_udplite.1"], [%"cursor.64", %"to_udplite.2"], [%"cursor.81", %"to_udplite.3"], [%"cursor.95", %"to_udplite.4"], [%"cursor.111", %"to_udplite.5"], [%"cursor.173", %"to_udplite.6"], [%"cursor.187", %"to_udplite.7"], [%"cursor.201", %"to_udplite.8"], [%"cursor.217", %"to_udplite.9"], [%"cursor.258", %"to_udplite.10"], [%"cursor.272", %"to_udplite.11"], [%"cursor.282", %"to_udplite.12"], [%"cursor.294", %"to_udplite.13"], [%"cursor.321", %"to_udplite.14"], [%"cursor.331", %"to_udplite.15"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.10"
  %".559" = getelementptr i8, ptr %"hdr.8", i64 8
  %".560" = icmp ugt ptr %".559", %"data_end"
  br i1 %".560", label %"exit.20", label %"cont.20"
gre_d0:
  %"cursor.11" = phi  i64 [%"end", %"to_gre"], [%"cursor.29", %"to_gre.1"], [%"cursor.96", %"to_gre.4"], [%"cursor.112", %"to_gre.5"], [%"cursor.202", %"to_gre.8"], [%"cursor.218", %"to_gre.9"], [%"cursor.283", %"to_gre.12"], [%"cursor.295", %"to_gre.13"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".587" = getelementptr i8, ptr %"hdr.9", i64 4
  %".588" = icmp ugt ptr %".587", %"data_end"
  br i1 %".588", label %"exit.21", label %"cont.21"
sctp:
  %"cursor.12" = phi  i64 [%"end", %"to_sctp"], [%"cursor.30", %"to_sctp.1"], [%"cursor.67", %"to_sctp.2"], [%"cursor.83", %"to_sctp.3"], [%"cursor.97", %"to_sctp.4"], [%"cursor.113", %"to_sctp.5"], [%"cursor.175", %"to_sctp.6"], [%"cursor.189", %"to_sctp.7"], [%"cursor.203", %"to_sctp.8"], [%"cursor.219", %"to_sctp.9"], [%"cursor.260", %"to_sctp.10"], [%"cursor.274", %"to_sctp.11"], [%"cursor.284", %"to_sctp.12"], [%"cursor.296", %"to_sctp.13"], [%"cursor.323", %"to_sctp.14"], [%"cursor.333", %"to_sctp.15"]
  %"hdr.10" = getelementptr i8, ptr %"data", i64 %"cursor.12"
  %".680" = getelementptr i8, ptr %"hdr.10", i64 4
  %".681" = icmp ugt ptr %".680", %"data_end"
  br i1 %".681", label %"exit.25", label %"cont.25"
dccp:
  %"cursor.13" = phi  i64 [%"end", %"to_dccp"], [%"cursor.31", %"to_dccp.1"], [%"cursor.68", %"to_dccp.2"], [%"cursor.84", %"to_dccp.3"], [%"cursor.98", %"to_dccp.4"], [%"cursor.114", %"to_dccp.5"], [%"cursor.176", %"to_dccp.6"], [%"cursor.190", %"to_dccp.7"], [%"cursor.204", %"to_dccp.8"], [%"cursor.220", %"to_dccp.9"], [%"cursor.261", %"to_dccp.10"], [%"cursor.275", %"to_dccp.11"], [%"cursor.285", %"to_dccp.12"], [%"cursor.297", %"to_dccp.13"], [%"cursor.324", %"to_dccp.14"], [%"cursor.334", %"to_dccp.15"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.13"
  %".708" = getelementptr i8, ptr %"hdr.11", i64 4
  %".709" = icmp ugt ptr %".708", %"data_end"
  br i1 %".709", label %"exit.26", label %"cont.26"
esp:
  %"cursor.14" = phi  i64 [%"end", %"to_esp"], [%"cursor.32", %"to_esp.1"], [%"cursor.69", %"to_esp.2"], [%"cursor.85", %"to_esp.3"], [%"cursor.99", %"to_esp.4"], [%"cursor.115", %"to_esp.5"], [%"cursor.177", %"to_esp.6"], [%"cursor.191", %"to_esp.7"], [%"cursor.205", %"to_esp.8"], [%"cursor.221", %"to_esp.9"], [%"cursor.262", %"to_esp.10"], [%"cursor.276", %"to_esp.11"], [%"cursor.286", %"to_esp.12"], [%"cursor.298", %"to_esp.13"], [%"cursor.325", %"to_esp.14"], [%"cursor.335", %"to_esp.15"]
  %"hdr.12" = getelementptr i8, ptr %"data", i64 %"cursor.14"
  %".736" = getelementptr i8, ptr %"hdr.12", i64 4
  %".737" = icmp ugt ptr %".736", %"data_end"
  br i1 %".737", label %"exit.27", label %"cont.27"
ah:
  %"cursor.15" = phi  i64 [%"end", %"to_ah"], [%"cursor.33", %"to_ah.1"], [%"cursor.70", %"to_ah.2"], [%"cursor.86", %"to_ah.3"], [%"cursor.100", %"to_ah.4"], [%"cursor.116", %"to_ah.5"], [%"cursor.178", %"to_ah.6"], [%"cursor.192", %"to_ah.7"], [%"cursor.206", %"to_ah.8"], [%"cursor.222", %"to_ah.9"], [%"cursor.263", %"to_ah.10"], [%"cursor.277", %"to_ah.11"], [%"cursor.287", %"to_ah.12"], [%"cursor.299", %"to_ah.13"], [%"cursor.326", %"to_ah.14"], [%"cursor.336", %"to_ah.15"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.15"
  %".764" = getelementptr i8, ptr %"hdr.13", i64 8
  %".765" = icmp ugt ptr %".764", %"data_end"
  br i1 %".765", label %"exit.28", label %"cont.28"
icmp:
  %"cursor.17" = phi  i64 [%"end", %"to_icmp"], [%"cursor.72", %"to_icmp.1"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.17"
  %".792" = getelementptr i8, ptr %"hdr.14", i64 4
  %".793" = icmp ugt ptr %".792", %"data_end"
  br i1 %".793", label %"exit.29", label %"cont.29"
exit.5:
  %".151" = trunc i64 %"end" to i16
  %".152" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".151", ptr %".152", align 2
  br label %"return"
cont.5:
  %".155" = getelementptr i8, ptr %"keys", i64 2
  %".156" = trunc i64 %"end" to i16
  store volatile i16 %".156", ptr %".155", align 2
  %".158" = load volatile i16, ptr %".155", align 2
  %".159" = zext i16 %".158" to i64
  %"cursor.19" = and i64 %".159", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.18" = phi  i64 [%"cursor.19", %"cont.5"], [%"cursor.36", %"cont.9"], [%"cursor.54", %"to_ipv4.4"], [%"cursor.103", %"cont.42"], [%"cursor.119", %"cont.46"], [%"cursor.128", %"to_ipv4.10"], [%"cursor.134", %"to_ipv4.11"], [%"cursor.136", %"to_ipv4.12"], [%"cursor.143", %"to_ipv4.13"], [%"cursor.144", %"to_ipv4.14"], [%"cursor.209", %"cont.87"], [%"cursor.225", %"cont.91"], [%"cursor.238", %"to_ipv4.22"], [%"cursor.290", %"cont.129"], [%"cursor.302", %"cont.133"], [%"cursor.308", %"to_ipv4.30"], [%"cursor.341", %"to_ipv4.33"], [%"cursor.345", %"to_ipv4.34"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.18"
  %".804" = getelementptr i8, ptr %"hdr.15", i64 20
  %".805" = icmp ugt ptr %".804", %"data_end"
  br i1 %".805", label %"exit.30", label %"cont.30"
exit.6:
  %".166" = trunc i64 %"end" to i16
  %".167" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".166", ptr %".167", align 2
  br label %"return"
cont.6:
  %".170" = getelementptr i8, ptr %"keys", i64 2
  %".171" = trunc i64 %"end" to i16
  store volatile i16 %".171", ptr %".170", align 2
  %".173" = load volatile i16, ptr %".170", align 2
  %".174" = zext i16 %".173" to i64
  %"cursor.21" = and i64 %".174", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.20" = phi  i64 [%"cursor.21", %"cont.6"], [%"cursor.37", %"cont.10"], [%"cursor.55", %"to_ipv6.4"], [%"cursor.104", %"cont.43"], [%"cursor.120", %"cont.47"], [%"cursor.129", %"to_ipv6.10"], [%"cursor.135", %"to_ipv6.11"], [%"cursor.137", %"to_ipv6.12"], [%"cursor.145", %"to_ipv6.13"], [%"cursor.210", %"cont.88"], [%"cursor.226", %"cont.92"], [%"cursor.239", %"to_ipv6.21"], [%"cursor.291", %"cont.130"], [%"cursor.303", %"cont.134"], [%"cursor.309", %"to_ipv6.28"], [%"cursor.342", %"to_ipv6.31"], [%"cursor.346", %"to_ipv6.32"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.20"
  %".977" = getelementptr i8, ptr %"hdr.16", i64 40
  %".978" = icmp ugt ptr %".977", %"data_end"
  br i1 %".978", label %"exit.36", label %"cont.36"
exit.7:
  %".179" = trunc i64 %"cursor.2" to i16
  %".180" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".179", ptr %".180", align 2
  br label %"return"
cont.7:
  %".183" = trunc i64 34525 to i16
  %".184" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".183", ptr %".184", align 2
  %".186" = trunc i64 34525 to i16
  %".187" = call i16 @"llvm.bswap.i16"(i16 %".186")
  %".188" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".187", ptr %".188", align 2
  %".190" = getelementptr i8, ptr %"hdr.2", i64 8
  %".191" = load i64, ptr %".190", align 8
  %".192" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".191", ptr %".192", align 8
  %".194" = getelementptr i8, ptr %"hdr.2", i64 16
  %".195" = load i64, ptr %".194", align 8
  %".196" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".195", ptr %".196", align 8
  %".198" = getelementptr i8, ptr %"hdr.2", i64 24
  %".199" = load i64, ptr %".198", align 8
  %".200" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".199", ptr %".200", align 8
  %".202" = getelementptr i8, ptr %"hdr.2", i64 32
  %".203" = load i64, ptr %".202", align 8
  %".204" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".203", ptr %".204", align 8
  %".206" = getelementptr i8, ptr %"hdr.2", i64 6
  %".207" = load i8, ptr %".206", align 1
  %".208" = zext i8 %".207" to i64
  %".209" = trunc i64 %".208" to i8
  %".210" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".209", ptr %".210", align 1
  %".212" = getelementptr i8, ptr %"hdr.2", i64 0
  %".213" = load i32, ptr %".212", align 4
  %".214" = call i32 @"llvm.bswap.i32"(i32 %".213")
  %".215" = zext i32 %".214" to i64
  %".216" = and i64 %".215", 1048575
  %".217" = trunc i64 %".216" to i32
  %".218" = call i32 @"llvm.bswap.i32"(i32 %".217")
  %".219" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".218", ptr %".219", align 4
  %".221" = add i64 %"cursor.2", 40
  %".222" = call i32 @"llvm.bswap.i32"(i32 %".213")
  %".223" = zext i32 %".222" to i64
  %".224" = and i64 %".223", 1048575
  %".225" = icmp ne i64 %".224", 0
  %".226" = and i32 %"flags", 2
  %".227" = icmp ne i32 %".226", 0
  %".228" = and i1 %".225", %".227"
  br i1 %".228", label %"exit.8", label %"cont.8"
exit.8:
  %".230" = trunc i64 %".221" to i16
  %".231" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".230", ptr %".231", align 2
  br label %"return"
cont.8:
  %".234" = zext i8 %".207" to i64
  switch i64 %".234", label %"unknown.2" [i64 0, label %"to_ipv6_opts" i64 43, label %"to_ipv6_opts.1" i64 60, label %"to_ipv6_opts.2" i64 44, label %"to_ipv6_frag" i64 6, label %"to_tcp.1" i64 17, label %"to_udp.1" i64 136, label %"to_udplite.1" i64 47, label %"to_gre.1" i64 132, label %"to_sctp.1" i64 33, label %"to_dccp.1" i64 50, label %"to_esp.1" i64 51, label %"to_ah.1" i64 137, label %"to_mpls.3" i64 58, label %"to_icmpv6" i64 4, label %"to_ipv4.2" i64 41, label %"to_ipv6.2"]
unknown.2:
  %".236" = trunc i64 %".221" to i16
  %".237" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".236", ptr %".237", align 2
  br label %"return"
to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.1:
  %".241" = getelementptr i8, ptr %"keys", i64 2
  %".242" = trunc i64 %".221" to i16
  store volatile i16 %".242", ptr %".241", align 2
  %".244" = load volatile i16, ptr %".241", align 2
  %".245" = zext i16 %".244" to i64
  %"cursor.23" = and i64 %".245", 16383
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.2:
  %".247" = getelementptr i8, ptr %"keys", i64 2
  %".248" = trunc i64 %".221" to i16
  store volatile i16 %".248", ptr %".247", align 2
  %".250" = load volatile i16, ptr %".247", align 2
  %".251" = zext i16 %".250" to i64
  %"cursor.24" = and i64 %".251", 16383
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext1"
to_tcp.1:
  %".254" = getelementptr i8, ptr %"keys", i64 2
  %".255" = trunc i64 %".221" to i16
  store volatile i16 %".255", ptr %".254", align 2
  %".257" = load volatile i16, ptr %".254", align 2
  %".258" = zext i16 %".257" to i64
  %"cursor.26" = and i64 %".258", 16383
  br label %"tcp"
to_udp.1:
  %".260" = getelementptr i8, ptr %"keys", i64 2
  %".261" = trunc i64 %".221" to i16
  store volatile i16 %".261", ptr %".260", align 2
  %".263" = load volatile i16, ptr %".260", align 2
  %".264" = zext i16 %".263" to i64
  %"cursor.27" = and i64 %".264", 16383
  br label %"udp_d0"
to_udplite.1:
  %".266" = getelementptr i8, ptr %"keys", i64 2
  %".267" = trunc i64 %".221" to i16
  store volatile i16 %".267", ptr %".266", align 2
  %".269" = load volatile i16, ptr %".266", align 2
  %".270" = zext i16 %".269" to i64
  %"cursor.28" = and i64 %".270", 16383
  br label %"udplite"
to_gre.1:
  %".272" = getelementptr i8, ptr %"keys", i64 2
  %".273" = trunc i64 %".221" to i16
  store volatile i16 %".273", ptr %".272", align 2
  %".275" = load volatile i16, ptr %".272", align 2
  %".276" = zext i16 %".275" to i64
  %"cursor.29" = and i64 %".276", 16383
  br label %"gre_d0"
to_sctp.1:
  %".278" = getelementptr i8, ptr %"keys", i64 2
  %".279" = trunc i64 %".221" to i16
  store volatile i16 %".279", ptr %".278", align 2
  %".281" = load volatile i16, ptr %".278", align 2
  %".282" = zext i16 %".281" to i64
  %"cursor.30" = and i64 %".282", 16383
  br label %"sctp"
to_dccp.1:
  %".284" = getelementptr i8, ptr %"keys", i64 2
  %".285" = trunc i64 %".221" to i16
  store volatile i16 %".285", ptr %".284", align 2
  %".287" = load volatile i16, ptr %".284", align 2
  %".288" = zext i16 %".287" to i64
  %"cursor.31" = and i64 %".288", 16383
  br label %"dccp"
to_esp.1:
  %".290" = getelementptr i8, ptr %"keys", i64 2
  %".291" = trunc i64 %".221" to i16
  store volatile i16 %".291", ptr %".290", align 2
  %".293" = load volatile i16, ptr %".290", align 2
  %".294" = zext i16 %".293" to i64
  %"cursor.32" = and i64 %".294", 16383
  br label %"esp"
to_ah.1:
  %".296" = getelementptr i8, ptr %"keys", i64 2
  %".297" = trunc i64 %".221" to i16
  store volatile i16 %".297", ptr %".296", align 2
  %".299" = load volatile i16, ptr %".296", align 2
  %".300" = zext i16 %".299" to i64
  %"cursor.33" = and i64 %".300", 16383
  br label %"ah"
to_mpls.3:
  %".302" = getelementptr i8, ptr %"keys", i64 2
  %".303" = trunc i64 %".221" to i16
  store volatile i16 %".303", ptr %".302", align 2
  %".305" = load volatile i16, ptr %".302", align 2
  %".306" = zext i16 %".305" to i64
  %"cursor.34" = and i64 %".306", 16383
  br label %"mpls_d0_mpls_labels1"
to_icmpv6:
  br label %"icmpv6"
to_ipv4.2:
  %".309" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".309", align 1
  %".311" = and i32 %"flags", 4
  %".312" = icmp ne i32 %".311", 0
  br i1 %".312", label %"exit.9", label %"cont.9"
to_ipv6.2:
  %".324" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".324", align 1
  %".326" = and i32 %"flags", 4
  %".327" = icmp ne i32 %".326", 0
  br i1 %".327", label %"exit.10", label %"cont.10"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.22" = phi  i64 [%".221", %"to_ipv6_opts"], [%"cursor.23", %"to_ipv6_opts.1"], [%"cursor.24", %"to_ipv6_opts.2"]
  %"hdr.17" = getelementptr i8, ptr %"data", i64 %"cursor.22"
  %".1151" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1152" = icmp ugt ptr %".1151", %"data_end"
  br i1 %".1152", label %"exit.40", label %"cont.40"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".221", %"to_ipv6_frag"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.25"
  %".1288" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1289" = icmp ugt ptr %".1288", %"data_end"
  br i1 %".1289", label %"exit.44", label %"cont.44"
icmpv6:
  %"cursor.35" = phi  i64 [%".221", %"to_icmpv6"], [%"cursor.88", %"to_icmpv6.1"], [%"cursor.102", %"to_icmpv6.2"], [%"cursor.118", %"to_icmpv6.3"], [%"cursor.180", %"to_icmpv6.4"], [%"cursor.194", %"to_icmpv6.5"], [%"cursor.208", %"to_icmpv6.6"], [%"cursor.224", %"to_icmpv6.7"], [%"cursor.265", %"to_icmpv6.8"], [%"cursor.279", %"to_icmpv6.9"], [%"cursor.289", %"to_icmpv6.10"], [%"cursor.301", %"to_icmpv6.11"], [%"cursor.328", %"to_icmpv6.12"], [%"cursor.338", %"to_icmpv6.13"]
  %"hdr.19" = getelementptr i8, ptr %"data", i64 %"cursor.35"
  %".1448" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1449" = icmp ugt ptr %".1448", %"data_end"
  br i1 %".1449", label %"exit.48", label %"cont.48"
exit.9:
  %".314" = trunc i64 %".221" to i16
  %".315" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".314", ptr %".315", align 2
  br label %"return"
cont.9:
  %".318" = getelementptr i8, ptr %"keys", i64 2
  %".319" = trunc i64 %".221" to i16
  store volatile i16 %".319", ptr %".318", align 2
  %".321" = load volatile i16, ptr %".318", align 2
  %".322" = zext i16 %".321" to i64
  %"cursor.36" = and i64 %".322", 16383
  br label %"ipv4_d1"
exit.10:
  %".329" = trunc i64 %".221" to i16
  %".330" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".329", ptr %".330", align 2
  br label %"return"
cont.10:
  %".333" = getelementptr i8, ptr %"keys", i64 2
  %".334" = trunc i64 %".221" to i16
  store volatile i16 %".334", ptr %".333", align 2
  %".336" = load volatile i16, ptr %".333", align 2
  %".337" = zext i16 %".336" to i64
  %"cursor.37" = and i64 %".337", 16383
  br label %"ipv6_d1"
exit.11:
  %".342" = trunc i64 %"cursor.3" to i16
  %".343" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".342", ptr %".343", align 2
  br label %"return"
cont.11:
  %".346" = getelementptr i8, ptr %"hdr.3", i64 2
  %".347" = load i16, ptr %".346", align 2
  %".348" = call i16 @"llvm.bswap.i16"(i16 %".347")
  %".349" = zext i16 %".348" to i64
  %".350" = trunc i64 %".349" to i16
  %".351" = call i16 @"llvm.bswap.i16"(i16 %".350")
  %".352" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".351", ptr %".352", align 2
  %".354" = add i64 %"cursor.3", 4
  %".355" = trunc i64 %".354" to i16
  %".356" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".355", ptr %".356", align 2
  %".358" = call i16 @"llvm.bswap.i16"(i16 %".347")
  %".359" = zext i16 %".358" to i64
  switch i64 %".359", label %"unknown.3" [i64 2048, label %"to_ipv4.3" i64 34525, label %"to_ipv6.3" i64 33024, label %"to_vlan.2" i64 34984, label %"to_vlan.3" i64 34887, label %"to_mpls.4" i64 34888, label %"to_mpls.5" i64 34916, label %"to_pppoe.1"]
unknown.3:
  %".361" = trunc i64 %".354" to i16
  %".362" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".361", ptr %".362", align 2
  br label %"return"
to_ipv4.3:
  %".365" = getelementptr i8, ptr %"keys", i64 2
  %".366" = trunc i64 %".354" to i16
  store volatile i16 %".366", ptr %".365", align 2
  %".368" = load volatile i16, ptr %".365", align 2
  %".369" = zext i16 %".368" to i64
  %"cursor.38" = and i64 %".369", 16383
  br label %"ipv4_d0"
to_ipv6.3:
  %".371" = getelementptr i8, ptr %"keys", i64 2
  %".372" = trunc i64 %".354" to i16
  store volatile i16 %".372", ptr %".371", align 2
  %".374" = load volatile i16, ptr %".371", align 2
  %".375" = zext i16 %".374" to i64
  %"cursor.39" = and i64 %".375", 16383
  br label %"ipv6_d0"
to_vlan.2:
  br label %"vlan_d0_vlan_tags2"
to_vlan.3:
  %".378" = getelementptr i8, ptr %"keys", i64 2
  %".379" = trunc i64 %".354" to i16
  store volatile i16 %".379", ptr %".378", align 2
  %".381" = load volatile i16, ptr %".378", align 2
  %".382" = zext i16 %".381" to i64
  %"cursor.41" = and i64 %".382", 16383
  br label %"vlan_d0_vlan_tags2"
to_mpls.4:
  %".384" = getelementptr i8, ptr %"keys", i64 2
  %".385" = trunc i64 %".354" to i16
  store volatile i16 %".385", ptr %".384", align 2
  %".387" = load volatile i16, ptr %".384", align 2
  %".388" = zext i16 %".387" to i64
  %"cursor.42" = and i64 %".388", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.5:
  %".390" = getelementptr i8, ptr %"keys", i64 2
  %".391" = trunc i64 %".354" to i16
  store volatile i16 %".391", ptr %".390", align 2
  %".393" = load volatile i16, ptr %".390", align 2
  %".394" = zext i16 %".393" to i64
  %"cursor.43" = and i64 %".394", 16383
  br label %"mpls_d0_mpls_labels1"
to_pppoe.1:
  %".396" = getelementptr i8, ptr %"keys", i64 2
  %".397" = trunc i64 %".354" to i16
  store volatile i16 %".397", ptr %".396", align 2
  %".399" = load volatile i16, ptr %".396", align 2
  %".400" = zext i16 %".399" to i64
  %"cursor.44" = and i64 %".400", 16383
  br label %"pppoe_d0"
vlan_d0_vlan_tags2:
  %"cursor.40" = phi  i64 [%".354", %"to_vlan.2"], [%"cursor.41", %"to_vlan.3"]
  %"hdr.20" = getelementptr i8, ptr %"data", i64 %"cursor.40"
  %".1460" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1461" = icmp ugt ptr %".1460", %"data_end"
  br i1 %".1461", label %"exit.49", label %"cont.49"
exit.12:
  %".405" = trunc i64 %"cursor.5" to i16
  %".406" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".405", ptr %".406", align 2
  br label %"return"
cont.12:
  %".409" = add i64 %"cursor.5", 4
  %".410" = getelementptr i8, ptr %"hdr.4", i64 2
  %".411" = load i8, ptr %".410", align 1
  %".412" = zext i8 %".411" to i64
  %".413" = and i64 %".412", 1
  switch i64 %".413", label %"unknown.4" [i64 0, label %"to_mpls.6" i64 1, label %"to_ip_version"]
unknown.4:
  %".415" = trunc i64 %".409" to i16
  %".416" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".415", ptr %".416", align 2
  br label %"return"
to_mpls.6:
  br label %"mpls_d0_mpls_labels2"
to_ip_version:
  %".420" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".420", align 1
  %".422" = and i32 %"flags", 4
  %".423" = icmp ne i32 %".422", 0
  br i1 %".423", label %"exit.13", label %"cont.13"
mpls_d0_mpls_labels2:
  %"cursor.45" = phi  i64 [%".409", %"to_mpls.6"]
  %"hdr.21" = getelementptr i8, ptr %"data", i64 %"cursor.45"
  %".1524" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1525" = icmp ugt ptr %".1524", %"data_end"
  br i1 %".1525", label %"exit.50", label %"cont.50"
exit.13:
  %".425" = trunc i64 %".409" to i16
  %".426" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".425", ptr %".426", align 2
  br label %"return"
cont.13:
  %".429" = getelementptr i8, ptr %"keys", i64 2
  %".430" = trunc i64 %".409" to i16
  store volatile i16 %".430", ptr %".429", align 2
  %".432" = load volatile i16, ptr %".429", align 2
  %".433" = zext i16 %".432" to i64
  %"cursor.47" = and i64 %".433", 16383
  br label %"ip_version_d1"
ip_version_d1:
  %"cursor.46" = phi  i64 [%"cursor.47", %"cont.13"], [%"cursor.127", %"cont.51"], [%"cursor.138", %"to_ip_version.2"], [%"cursor.228", %"cont.94"], [%"cursor.235", %"to_ip_version.5"], [%"cursor.304", %"cont.136"], [%"cursor.305", %"to_ip_version.9"], [%"cursor.347", %"to_ip_version.12"], [%"cursor.352", %"to_ip_version.13"]
  %"hdr.22" = getelementptr i8, ptr %"data", i64 %"cursor.46"
  %".1557" = getelementptr i8, ptr %"hdr.22", i64 1
  %".1558" = icmp ugt ptr %".1557", %"data_end"
  br i1 %".1558", label %"exit.52", label %"cont.52"
exit.14:
  %".438" = trunc i64 %"cursor.7" to i16
  %".439" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".438", ptr %".439", align 2
  br label %"return"
cont.14:
  %".442" = getelementptr i8, ptr %"hdr.5", i64 0
  %".443" = load i8, ptr %".442", align 1
  %".444" = zext i8 %".443" to i64
  %".445" = lshr i64 %".444", 4
  %".446" = and i64 %".445", 15
  %".447" = icmp eq i64 %".446", 1
  %".448" = zext i8 %".443" to i64
  %".449" = and i64 %".448", 15
  %".450" = icmp eq i64 %".449", 1
  %".451" = and i1 %".447", %".450"
  %".452" = getelementptr i8, ptr %"hdr.5", i64 1
  %".453" = load i8, ptr %".452", align 1
  %".454" = zext i8 %".453" to i64
  %".455" = icmp eq i64 %".454", 0
  %".456" = and i1 %".451", %".455"
  %".457" = xor i1 %".456", -1
  br i1 %".457", label %"exit.15", label %"cont.15"
exit.15:
  %".459" = trunc i64 %"cursor.7" to i16
  %".460" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".459", ptr %".460", align 2
  br label %"return"
cont.15:
  %".463" = add i64 %"cursor.7", 6
  switch i64 0, label %"unknown.5" [i64 0, label %"to_ppp"]
unknown.5:
  %".465" = trunc i64 %".463" to i16
  %".466" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".465", ptr %".466", align 2
  br label %"return"
to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.48" = phi  i64 [%".463", %"to_ppp"]
  %"hdr.23" = getelementptr i8, ptr %"data", i64 %"cursor.48"
  %".1586" = getelementptr i8, ptr %"hdr.23", i64 1
  %".1587" = icmp ugt ptr %".1586", %"data_end"
  br i1 %".1587", label %"exit.53", label %"cont.53"
exit.16:
  %".473" = trunc i64 %"cursor.8" to i16
  %".474" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".473", ptr %".474", align 2
  br label %"return"
cont.16:
  %".477" = getelementptr i8, ptr %"hdr.6", i64 12
  %".478" = load i8, ptr %".477", align 1
  %".479" = zext i8 %".478" to i64
  %".480" = lshr i64 %".479", 4
  %".481" = and i64 %".480", 15
  %".482" = icmp uge i64 %".481", 5
  %".483" = xor i1 %".482", -1
  br i1 %".483", label %"exit.17", label %"cont.17"
exit.17:
  %".485" = trunc i64 %"cursor.8" to i16
  %".486" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".485", ptr %".486", align 2
  br label %"return"
cont.17:
  %".489" = getelementptr i8, ptr %"hdr.6", i64 0
  %".490" = load i16, ptr %".489", align 2
  %".491" = call i16 @"llvm.bswap.i16"(i16 %".490")
  %".492" = zext i16 %".491" to i64
  %".493" = trunc i64 %".492" to i16
  %".494" = call i16 @"llvm.bswap.i16"(i16 %".493")
  %".495" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".494", ptr %".495", align 2
  %".497" = getelementptr i8, ptr %"hdr.6", i64 2
  %".498" = load i16, ptr %".497", align 2
  %".499" = call i16 @"llvm.bswap.i16"(i16 %".498")
  %".500" = zext i16 %".499" to i64
  %".501" = trunc i64 %".500" to i16
  %".502" = call i16 @"llvm.bswap.i16"(i16 %".501")
  %".503" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".502", ptr %".503", align 2
  %".505" = add i64 %"cursor.8", 20
  %".506" = zext i8 %".478" to i64
  %".507" = lshr i64 %".506", 4
  %".508" = and i64 %".507", 15
  %".509" = mul i64 %".508", 4
  %".510" = sub i64 %".509", 20
  %".511" = add i64 %".510", 20
  %".512" = getelementptr i8, ptr %"hdr.6", i64 %".511"
  %".513" = icmp ugt ptr %".512", %"data_end"
  br i1 %".513", label %"exit.18", label %"cont.18"
exit.18:
  %".515" = trunc i64 %"cursor.8" to i16
  %".516" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".515", ptr %".516", align 2
  br label %"return"
cont.18:
  %"end.1" = add i64 %"cursor.8", %".511"
  %".519" = trunc i64 %"cursor.8" to i16
  %".520" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".519", ptr %".520", align 2
  br label %"return"
exit.19:
  %".526" = trunc i64 %"cursor.9" to i16
  %".527" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".526", ptr %".527", align 2
  br label %"return"
cont.19:
  %".530" = getelementptr i8, ptr %"hdr.7", i64 0
  %".531" = load i16, ptr %".530", align 2
  %".532" = call i16 @"llvm.bswap.i16"(i16 %".531")
  %".533" = zext i16 %".532" to i64
  %".534" = trunc i64 %".533" to i16
  %".535" = call i16 @"llvm.bswap.i16"(i16 %".534")
  %".536" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".535", ptr %".536", align 2
  %".538" = getelementptr i8, ptr %"hdr.7", i64 2
  %".539" = load i16, ptr %".538", align 2
  %".540" = call i16 @"llvm.bswap.i16"(i16 %".539")
  %".541" = zext i16 %".540" to i64
  %".542" = trunc i64 %".541" to i16
  %".543" = call i16 @"llvm.bswap.i16"(i16 %".542")
  %".544" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".543", ptr %".544", align 2
  %".546" = add i64 %"cursor.9", 8
  %".547" = call i16 @"llvm.bswap.i16"(i16 %".539")
  %".548" = zext i16 %".547" to i64
  switch i64 %".548", label %"unknown.6" [i64 4789, label %"to_vxlan" i64 6081, label %"to_geneve" i64 6080, label %"to_gue" i64 2152, label %"to_gtpu" i64 7777, label %"to_shim"]
unknown.6:
  %".550" = trunc i64 %"cursor.9" to i16
  %".551" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".550", ptr %".551", align 2
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
  %"cursor.49" = phi  i64 [%".546", %"to_vxlan"]
  %"hdr.24" = getelementptr i8, ptr %"data", i64 %"cursor.49"
  %".1604" = getelementptr i8, ptr %"hdr.24", i64 8
  %".1605" = icmp ugt ptr %".1604", %"data_end"
  br i1 %".1605", label %"exit.54", label %"cont.54"
geneve_d0:
  %"cursor.50" = phi  i64 [%".546", %"to_geneve"]
  %"hdr.25" = getelementptr i8, ptr %"data", i64 %"cursor.50"
  %".1632" = getelementptr i8, ptr %"hdr.25", i64 8
  %".1633" = icmp ugt ptr %".1632", %"data_end"
  br i1 %".1633", label %"exit.56", label %"cont.56"
gue_d0:
  %"cursor.51" = phi  i64 [%".546", %"to_gue"]
  %"hdr.26" = getelementptr i8, ptr %"data", i64 %"cursor.51"
  %".1698" = getelementptr i8, ptr %"hdr.26", i64 4
  %".1699" = icmp ugt ptr %".1698", %"data_end"
  br i1 %".1699", label %"exit.60", label %"cont.60"
gtpu_d0:
  %"cursor.52" = phi  i64 [%".546", %"to_gtpu"]
  %"hdr.27" = getelementptr i8, ptr %"data", i64 %"cursor.52"
  %".1762" = getelementptr i8, ptr %"hdr.27", i64 8
  %".1763" = icmp ugt ptr %".1762", %"data_end"
  br i1 %".1763", label %"exit.64", label %"cont.64"
shim_d0:
  %"cursor.53" = phi  i64 [%".546", %"to_shim"]
  %"hdr.28" = getelementptr i8, ptr %"data", i64 %"cursor.53"
  %".1843" = getelementptr i8, ptr %"hdr.28", i64 8
  %".1844" = icmp ugt ptr %".1843", %"data_end"
  br i1 %".1844", label %"exit.67", label %"cont.67"
exit.20:
  %".562" = trunc i64 %"cursor.10" to i16
  %".563" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".562", ptr %".563", align 2
  br label %"return"
cont.20:
  %".566" = getelementptr i8, ptr %"hdr.8", i64 0
  %".567" = load i16, ptr %".566", align 2
  %".568" = call i16 @"llvm.bswap.i16"(i16 %".567")
  %".569" = zext i16 %".568" to i64
  %".570" = trunc i64 %".569" to i16
  %".571" = call i16 @"llvm.bswap.i16"(i16 %".570")
  %".572" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".571", ptr %".572", align 2
  %".574" = getelementptr i8, ptr %"hdr.8", i64 2
  %".575" = load i16, ptr %".574", align 2
  %".576" = call i16 @"llvm.bswap.i16"(i16 %".575")
  %".577" = zext i16 %".576" to i64
  %".578" = trunc i64 %".577" to i16
  %".579" = call i16 @"llvm.bswap.i16"(i16 %".578")
  %".580" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".579", ptr %".580", align 2
  %".582" = add i64 %"cursor.10", 8
  %".583" = trunc i64 %"cursor.10" to i16
  %".584" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".583", ptr %".584", align 2
  br label %"return"
exit.21:
  %".590" = trunc i64 %"cursor.11" to i16
  %".591" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".590", ptr %".591", align 2
  br label %"return"
cont.21:
  %".594" = getelementptr i8, ptr %"hdr.9", i64 1
  %".595" = load i8, ptr %".594", align 1
  %".596" = zext i8 %".595" to i64
  %".597" = and i64 %".596", 7
  %".598" = icmp ne i64 %".597", 0
  %".599" = getelementptr i8, ptr %"hdr.9", i64 0
  %".600" = load i8, ptr %".599", align 1
  %".601" = zext i8 %".600" to i64
  %".602" = lshr i64 %".601", 6
  %".603" = and i64 %".602", 1
  %".604" = icmp ne i64 %".603", 0
  %".605" = or i1 %".598", %".604"
  br i1 %".605", label %"exit.22", label %"cont.22"
exit.22:
  %".607" = trunc i64 %"cursor.11" to i16
  %".608" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".607", ptr %".608", align 2
  br label %"return"
cont.22:
  %".611" = add i64 %"cursor.11", 4
  %".612" = zext i8 %".600" to i64
  %".613" = lshr i64 %".612", 7
  %".614" = and i64 %".613", 1
  %".615" = zext i8 %".600" to i64
  %".616" = lshr i64 %".615", 5
  %".617" = and i64 %".616", 1
  %".618" = add i64 %".614", %".617"
  %".619" = zext i8 %".600" to i64
  %".620" = lshr i64 %".619", 4
  %".621" = and i64 %".620", 1
  %".622" = add i64 %".618", %".621"
  %".623" = mul i64 %".622", 4
  %".624" = add i64 %".623", 4
  %".625" = getelementptr i8, ptr %"hdr.9", i64 %".624"
  %".626" = icmp ugt ptr %".625", %"data_end"
  br i1 %".626", label %"exit.23", label %"cont.23"
exit.23:
  %".628" = trunc i64 %"cursor.11" to i16
  %".629" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".628", ptr %".629", align 2
  br label %"return"
cont.23:
  %"end.2" = add i64 %"cursor.11", %".624"
  %".632" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".632", align 1
  %".634" = and i32 %"flags", 4
  %".635" = icmp ne i32 %".634", 0
  br i1 %".635", label %"exit.24", label %"cont.24"
exit.24:
  %".637" = trunc i64 %"end.2" to i16
  %".638" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".637", ptr %".638", align 2
  br label %"return"
cont.24:
  %".641" = getelementptr i8, ptr %"hdr.9", i64 2
  %".642" = load i16, ptr %".641", align 2
  %".643" = call i16 @"llvm.bswap.i16"(i16 %".642")
  %".644" = zext i16 %".643" to i64
  switch i64 %".644", label %"unknown.7" [i64 2048, label %"to_ipv4.4" i64 34525, label %"to_ipv6.4" i64 25944, label %"to_ethernet" i64 34887, label %"to_mpls.7" i64 34888, label %"to_mpls.8"]
unknown.7:
  %".646" = trunc i64 %"end.2" to i16
  %".647" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".646", ptr %".647", align 2
  br label %"return"
to_ipv4.4:
  %".650" = getelementptr i8, ptr %"keys", i64 2
  %".651" = trunc i64 %"end.2" to i16
  store volatile i16 %".651", ptr %".650", align 2
  %".653" = load volatile i16, ptr %".650", align 2
  %".654" = zext i16 %".653" to i64
  %"cursor.54" = and i64 %".654", 16383
  br label %"ipv4_d1"
to_ipv6.4:
  %".656" = getelementptr i8, ptr %"keys", i64 2
  %".657" = trunc i64 %"end.2" to i16
  store volatile i16 %".657", ptr %".656", align 2
  %".659" = load volatile i16, ptr %".656", align 2
  %".660" = zext i16 %".659" to i64
  %"cursor.55" = and i64 %".660", 16383
  br label %"ipv6_d1"
to_ethernet:
  %".662" = getelementptr i8, ptr %"keys", i64 2
  %".663" = trunc i64 %"end.2" to i16
  store volatile i16 %".663", ptr %".662", align 2
  %".665" = load volatile i16, ptr %".662", align 2
  %".666" = zext i16 %".665" to i64
  %"cursor.57" = and i64 %".666", 16383
  br label %"ethernet_d1"
to_mpls.7:
  %".668" = getelementptr i8, ptr %"keys", i64 2
  %".669" = trunc i64 %"end.2" to i16
  store volatile i16 %".669", ptr %".668", align 2
  %".671" = load volatile i16, ptr %".668", align 2
  %".672" = zext i16 %".671" to i64
  %"cursor.59" = and i64 %".672", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.8:
  %".674" = getelementptr i8, ptr %"keys", i64 2
  %".675" = trunc i64 %"end.2" to i16
  store volatile i16 %".675", ptr %".674", align 2
  %".677" = load volatile i16, ptr %".674", align 2
  %".678" = zext i16 %".677" to i64
  %"cursor.60" = and i64 %".678", 16383
  br label %"mpls_d1_mpls_labels1"
ethernet_d1:
  %"cursor.56" = phi  i64 [%"cursor.57", %"to_ethernet"], [%"cursor.132", %"to_ethernet.1"], [%"cursor.133", %"to_ethernet.2"]
  %"hdr.29" = getelementptr i8, ptr %"data", i64 %"cursor.56"
  %".1875" = getelementptr i8, ptr %"hdr.29", i64 14
  %".1876" = icmp ugt ptr %".1875", %"data_end"
  br i1 %".1876", label %"exit.69", label %"cont.69"
mpls_d1_mpls_labels1:
  %"cursor.58" = phi  i64 [%"cursor.59", %"to_mpls.7"], [%"cursor.60", %"to_mpls.8"], [%"cursor.71", %"to_mpls.9"], [%"cursor.87", %"to_mpls.10"], [%"cursor.149", %"to_mpls.16"], [%"cursor.150", %"to_mpls.17"], [%"cursor.179", %"to_mpls.21"], [%"cursor.193", %"to_mpls.22"], [%"cursor.243", %"to_mpls.28"], [%"cursor.244", %"to_mpls.29"], [%"cursor.264", %"to_mpls.31"], [%"cursor.278", %"to_mpls.32"], [%"cursor.310", %"to_mpls.36"], [%"cursor.311", %"to_mpls.37"], [%"cursor.327", %"to_mpls.39"], [%"cursor.337", %"to_mpls.40"], [%"cursor.343", %"to_mpls.41"], [%"cursor.344", %"to_mpls.42"]
  %"hdr.30" = getelementptr i8, ptr %"data", i64 %"cursor.58"
  %".1934" = getelementptr i8, ptr %"hdr.30", i64 4
  %".1935" = icmp ugt ptr %".1934", %"data_end"
  br i1 %".1935", label %"exit.70", label %"cont.70"
exit.25:
  %".683" = trunc i64 %"cursor.12" to i16
  %".684" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".683", ptr %".684", align 2
  br label %"return"
cont.25:
  %".687" = getelementptr i8, ptr %"hdr.10", i64 0
  %".688" = load i16, ptr %".687", align 2
  %".689" = call i16 @"llvm.bswap.i16"(i16 %".688")
  %".690" = zext i16 %".689" to i64
  %".691" = trunc i64 %".690" to i16
  %".692" = call i16 @"llvm.bswap.i16"(i16 %".691")
  %".693" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".692", ptr %".693", align 2
  %".695" = getelementptr i8, ptr %"hdr.10", i64 2
  %".696" = load i16, ptr %".695", align 2
  %".697" = call i16 @"llvm.bswap.i16"(i16 %".696")
  %".698" = zext i16 %".697" to i64
  %".699" = trunc i64 %".698" to i16
  %".700" = call i16 @"llvm.bswap.i16"(i16 %".699")
  %".701" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".700", ptr %".701", align 2
  %".703" = add i64 %"cursor.12", 4
  %".704" = trunc i64 %"cursor.12" to i16
  %".705" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".704", ptr %".705", align 2
  br label %"return"
exit.26:
  %".711" = trunc i64 %"cursor.13" to i16
  %".712" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".711", ptr %".712", align 2
  br label %"return"
cont.26:
  %".715" = getelementptr i8, ptr %"hdr.11", i64 0
  %".716" = load i16, ptr %".715", align 2
  %".717" = call i16 @"llvm.bswap.i16"(i16 %".716")
  %".718" = zext i16 %".717" to i64
  %".719" = trunc i64 %".718" to i16
  %".720" = call i16 @"llvm.bswap.i16"(i16 %".719")
  %".721" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".720", ptr %".721", align 2
  %".723" = getelementptr i8, ptr %"hdr.11", i64 2
  %".724" = load i16, ptr %".723", align 2
  %".725" = call i16 @"llvm.bswap.i16"(i16 %".724")
  %".726" = zext i16 %".725" to i64
  %".727" = trunc i64 %".726" to i16
  %".728" = call i16 @"llvm.bswap.i16"(i16 %".727")
  %".729" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".728", ptr %".729", align 2
  %".731" = add i64 %"cursor.13", 4
  %".732" = trunc i64 %"cursor.13" to i16
  %".733" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".732", ptr %".733", align 2
  br label %"return"
exit.27:
  %".739" = trunc i64 %"cursor.14" to i16
  %".740" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".739", ptr %".740", align 2
  br label %"return"
cont.27:
  %".743" = getelementptr i8, ptr %"hdr.12", i64 0
  %".744" = load i32, ptr %".743", align 4
  %".745" = call i32 @"llvm.bswap.i32"(i32 %".744")
  %".746" = zext i32 %".745" to i64
  %".747" = lshr i64 %".746", 16
  %".748" = trunc i64 %".747" to i16
  %".749" = call i16 @"llvm.bswap.i16"(i16 %".748")
  %".750" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".749", ptr %".750", align 2
  %".752" = call i32 @"llvm.bswap.i32"(i32 %".744")
  %".753" = zext i32 %".752" to i64
  %".754" = and i64 %".753", 65535
  %".755" = trunc i64 %".754" to i16
  %".756" = call i16 @"llvm.bswap.i16"(i16 %".755")
  %".757" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".756", ptr %".757", align 2
  %".759" = add i64 %"cursor.14", 4
  %".760" = trunc i64 %"cursor.14" to i16
  %".761" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".760", ptr %".761", align 2
  br label %"return"
exit.28:
  %".767" = trunc i64 %"cursor.15" to i16
  %".768" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".767", ptr %".768", align 2
  br label %"return"
cont.28:
  %".771" = getelementptr i8, ptr %"hdr.13", i64 4
  %".772" = load i32, ptr %".771", align 4
  %".773" = call i32 @"llvm.bswap.i32"(i32 %".772")
  %".774" = zext i32 %".773" to i64
  %".775" = lshr i64 %".774", 16
  %".776" = trunc i64 %".775" to i16
  %".777" = call i16 @"llvm.bswap.i16"(i16 %".776")
  %".778" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".777", ptr %".778", align 2
  %".780" = call i32 @"llvm.bswap.i32"(i32 %".772")
  %".781" = zext i32 %".780" to i64
  %".782" = and i64 %".781", 65535
  %".783" = trunc i64 %".782" to i16
  %".784" = call i16 @"llvm.bswap.i16"(i16 %".783")
  %".785" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".784", ptr %".785", align 2
  %".787" = add i64 %"cursor.15", 8
  %".788" = trunc i64 %"cursor.15" to i16
  %".789" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".788", ptr %".789", align 2
  br label %"return"
exit.29:
  %".795" = trunc i64 %"cursor.17" to i16
  %".796" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".795", ptr %".796", align 2
  br label %"return"
cont.29:
  %".799" = add i64 %"cursor.17", 4
  %".800" = trunc i64 %"cursor.17" to i16
  %".801" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".800", ptr %".801", align 2
  br label %"return"
exit.30:
  %".807" = trunc i64 %"cursor.18" to i16
  %".808" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".807", ptr %".808", align 2
  br label %"return"
cont.30:
  %".811" = getelementptr i8, ptr %"hdr.15", i64 0
  %".812" = load i8, ptr %".811", align 1
  %".813" = zext i8 %".812" to i64
  %".814" = and i64 %".813", 15
  %".815" = icmp uge i64 %".814", 5
  %".816" = xor i1 %".815", -1
  br i1 %".816", label %"exit.31", label %"cont.31"
exit.31:
  %".818" = trunc i64 %"cursor.18" to i16
  %".819" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".818", ptr %".819", align 2
  br label %"return"
cont.31:
  %".822" = trunc i64 2048 to i16
  %".823" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".822", ptr %".823", align 2
  %".825" = trunc i64 2048 to i16
  %".826" = call i16 @"llvm.bswap.i16"(i16 %".825")
  %".827" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".826", ptr %".827", align 2
  %".829" = getelementptr i8, ptr %"hdr.15", i64 12
  %".830" = load i32, ptr %".829", align 4
  %".831" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".830", ptr %".831", align 4
  %".833" = getelementptr i8, ptr %"hdr.15", i64 16
  %".834" = load i32, ptr %".833", align 4
  %".835" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".834", ptr %".835", align 4
  %".837" = getelementptr i8, ptr %"hdr.15", i64 9
  %".838" = load i8, ptr %".837", align 1
  %".839" = zext i8 %".838" to i64
  %".840" = trunc i64 %".839" to i8
  %".841" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".840", ptr %".841", align 1
  %".843" = add i64 %"cursor.18", 20
  %".844" = zext i8 %".812" to i64
  %".845" = and i64 %".844", 15
  %".846" = mul i64 %".845", 4
  %".847" = sub i64 %".846", 20
  %".848" = add i64 %".847", 20
  %".849" = getelementptr i8, ptr %"hdr.15", i64 %".848"
  %".850" = icmp ugt ptr %".849", %"data_end"
  br i1 %".850", label %"exit.32", label %"cont.32"
exit.32:
  %".852" = trunc i64 %"cursor.18" to i16
  %".853" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".852", ptr %".853", align 2
  br label %"return"
cont.32:
  %"end.3" = add i64 %"cursor.18", %".848"
  %".856" = getelementptr i8, ptr %"hdr.15", i64 6
  %".857" = load i16, ptr %".856", align 2
  %".858" = call i16 @"llvm.bswap.i16"(i16 %".857")
  %".859" = zext i16 %".858" to i64
  %".860" = and i64 %".859", 16383
  %".861" = icmp ne i64 %".860", 0
  %".862" = call i16 @"llvm.bswap.i16"(i16 %".857")
  %".863" = zext i16 %".862" to i64
  %".864" = and i64 %".863", 8191
  %".865" = icmp eq i64 %".864", 0
  br i1 %".861", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".867" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".867", align 1
  br i1 %".865", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".885" = zext i8 %".838" to i64
  switch i64 %".885", label %"unknown.8" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 132, label %"to_sctp.2" i64 33, label %"to_dccp.2" i64 50, label %"to_esp.2" i64 51, label %"to_ah.2" i64 137, label %"to_mpls.9" i64 1, label %"to_icmp.1" i64 4, label %"to_ipv4.5" i64 41, label %"to_ipv6.5"]
first_fragment.1:
  %".874" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".874", align 1
  %".876" = and i32 %"flags", 1
  %".877" = icmp ne i32 %".876", 0
  %".878" = xor i1 %".877", -1
  br i1 %".878", label %"exit.33", label %"cont.33"
later_fragment.1:
  %".870" = trunc i64 %"end.3" to i16
  %".871" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".870", ptr %".871", align 2
  br label %"return"
exit.33:
  %".880" = trunc i64 %"end.3" to i16
  %".881" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".880", ptr %".881", align 2
  br label %"return"
cont.33:
  br label %"not_fragment.1"
unknown.8:
  %".887" = trunc i64 %"end.3" to i16
  %".888" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".887", ptr %".888", align 2
  br label %"return"
to_tcp.2:
  %".891" = getelementptr i8, ptr %"keys", i64 2
  %".892" = trunc i64 %"end.3" to i16
  store volatile i16 %".892", ptr %".891", align 2
  %".894" = load volatile i16, ptr %".891", align 2
  %".895" = zext i16 %".894" to i64
  %"cursor.61" = and i64 %".895", 16383
  br label %"tcp"
to_udp.2:
  %".897" = getelementptr i8, ptr %"keys", i64 2
  %".898" = trunc i64 %"end.3" to i16
  store volatile i16 %".898", ptr %".897", align 2
  %".900" = load volatile i16, ptr %".897", align 2
  %".901" = zext i16 %".900" to i64
  %"cursor.63" = and i64 %".901", 16383
  br label %"udp_d1"
to_udplite.2:
  %".903" = getelementptr i8, ptr %"keys", i64 2
  %".904" = trunc i64 %"end.3" to i16
  store volatile i16 %".904", ptr %".903", align 2
  %".906" = load volatile i16, ptr %".903", align 2
  %".907" = zext i16 %".906" to i64
  %"cursor.64" = and i64 %".907", 16383
  br label %"udplite"
to_gre.2:
  %".909" = getelementptr i8, ptr %"keys", i64 2
  %".910" = trunc i64 %"end.3" to i16
  store volatile i16 %".910", ptr %".909", align 2
  %".912" = load volatile i16, ptr %".909", align 2
  %".913" = zext i16 %".912" to i64
  %"cursor.66" = and i64 %".913", 16383
  br label %"gre_d1"
to_sctp.2:
  %".915" = getelementptr i8, ptr %"keys", i64 2
  %".916" = trunc i64 %"end.3" to i16
  store volatile i16 %".916", ptr %".915", align 2
  %".918" = load volatile i16, ptr %".915", align 2
  %".919" = zext i16 %".918" to i64
  %"cursor.67" = and i64 %".919", 16383
  br label %"sctp"
to_dccp.2:
  %".921" = getelementptr i8, ptr %"keys", i64 2
  %".922" = trunc i64 %"end.3" to i16
  store volatile i16 %".922", ptr %".921", align 2
  %".924" = load volatile i16, ptr %".921", align 2
  %".925" = zext i16 %".924" to i64
  %"cursor.68" = and i64 %".925", 16383
  br label %"dccp"
to_esp.2:
  %".927" = getelementptr i8, ptr %"keys", i64 2
  %".928" = trunc i64 %"end.3" to i16
  store volatile i16 %".928", ptr %".927", align 2
  %".930" = load volatile i16, ptr %".927", align 2
  %".931" = zext i16 %".930" to i64
  %"cursor.69" = and i64 %".931", 16383
  br label %"esp"
to_ah.2:
  %".933" = getelementptr i8, ptr %"keys", i64 2
  %".934" = trunc i64 %"end.3" to i16
  store volatile i16 %".934", ptr %".933", align 2
  %".936" = load volatile i16, ptr %".933", align 2
  %".937" = zext i16 %".936" to i64
  %"cursor.70" = and i64 %".937", 16383
  br label %"ah"
to_mpls.9:
  %".939" = getelementptr i8, ptr %"keys", i64 2
  %".940" = trunc i64 %"end.3" to i16
  store volatile i16 %".940", ptr %".939", align 2
  %".942" = load volatile i16, ptr %".939", align 2
  %".943" = zext i16 %".942" to i64
  %"cursor.71" = and i64 %".943", 16383
  br label %"mpls_d1_mpls_labels1"
to_icmp.1:
  %".945" = getelementptr i8, ptr %"keys", i64 2
  %".946" = trunc i64 %"end.3" to i16
  store volatile i16 %".946", ptr %".945", align 2
  %".948" = load volatile i16, ptr %".945", align 2
  %".949" = zext i16 %".948" to i64
  %"cursor.72" = and i64 %".949", 16383
  br label %"icmp"
to_ipv4.5:
  %".951" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".951", align 1
  %".953" = and i32 %"flags", 4
  %".954" = icmp ne i32 %".953", 0
  br i1 %".954", label %"exit.34", label %"cont.34"
to_ipv6.5:
  %".964" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".964", align 1
  %".966" = and i32 %"flags", 4
  %".967" = icmp ne i32 %".966", 0
  br i1 %".967", label %"exit.35", label %"cont.35"
udp_d1:
  %"cursor.62" = phi  i64 [%"cursor.63", %"to_udp.2"], [%"cursor.80", %"to_udp.3"], [%"cursor.172", %"to_udp.6"], [%"cursor.186", %"to_udp.7"], [%"cursor.257", %"to_udp.10"], [%"cursor.271", %"to_udp.11"], [%"cursor.320", %"to_udp.14"], [%"cursor.330", %"to_udp.15"]
  %"hdr.31" = getelementptr i8, ptr %"data", i64 %"cursor.62"
  %".1970" = getelementptr i8, ptr %"hdr.31", i64 8
  %".1971" = icmp ugt ptr %".1970", %"data_end"
  br i1 %".1971", label %"exit.72", label %"cont.72"
gre_d1:
  %"cursor.65" = phi  i64 [%"cursor.66", %"to_gre.2"], [%"cursor.82", %"to_gre.3"], [%"cursor.174", %"to_gre.6"], [%"cursor.188", %"to_gre.7"], [%"cursor.259", %"to_gre.10"], [%"cursor.273", %"to_gre.11"], [%"cursor.322", %"to_gre.14"], [%"cursor.332", %"to_gre.15"]
  %"hdr.32" = getelementptr i8, ptr %"data", i64 %"cursor.65"
  %".2031" = getelementptr i8, ptr %"hdr.32", i64 4
  %".2032" = icmp ugt ptr %".2031", %"data_end"
  br i1 %".2032", label %"exit.73", label %"cont.73"
exit.34:
  %".956" = trunc i64 %"end.3" to i16
  %".957" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".956", ptr %".957", align 2
  br label %"return"
cont.34:
  %".960" = trunc i64 %"end.3" to i16
  %".961" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".960", ptr %".961", align 2
  br label %"return"
exit.35:
  %".969" = trunc i64 %"end.3" to i16
  %".970" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".969", ptr %".970", align 2
  br label %"return"
cont.35:
  %".973" = trunc i64 %"end.3" to i16
  %".974" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".973", ptr %".974", align 2
  br label %"return"
exit.36:
  %".980" = trunc i64 %"cursor.20" to i16
  %".981" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".980", ptr %".981", align 2
  br label %"return"
cont.36:
  %".984" = trunc i64 34525 to i16
  %".985" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".984", ptr %".985", align 2
  %".987" = trunc i64 34525 to i16
  %".988" = call i16 @"llvm.bswap.i16"(i16 %".987")
  %".989" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".988", ptr %".989", align 2
  %".991" = getelementptr i8, ptr %"hdr.16", i64 8
  %".992" = load i64, ptr %".991", align 8
  %".993" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".992", ptr %".993", align 8
  %".995" = getelementptr i8, ptr %"hdr.16", i64 16
  %".996" = load i64, ptr %".995", align 8
  %".997" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".996", ptr %".997", align 8
  %".999" = getelementptr i8, ptr %"hdr.16", i64 24
  %".1000" = load i64, ptr %".999", align 8
  %".1001" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".1000", ptr %".1001", align 8
  %".1003" = getelementptr i8, ptr %"hdr.16", i64 32
  %".1004" = load i64, ptr %".1003", align 8
  %".1005" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".1004", ptr %".1005", align 8
  %".1007" = getelementptr i8, ptr %"hdr.16", i64 6
  %".1008" = load i8, ptr %".1007", align 1
  %".1009" = zext i8 %".1008" to i64
  %".1010" = trunc i64 %".1009" to i8
  %".1011" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1010", ptr %".1011", align 1
  %".1013" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1014" = load i32, ptr %".1013", align 4
  %".1015" = call i32 @"llvm.bswap.i32"(i32 %".1014")
  %".1016" = zext i32 %".1015" to i64
  %".1017" = and i64 %".1016", 1048575
  %".1018" = trunc i64 %".1017" to i32
  %".1019" = call i32 @"llvm.bswap.i32"(i32 %".1018")
  %".1020" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".1019", ptr %".1020", align 4
  %".1022" = add i64 %"cursor.20", 40
  %".1023" = call i32 @"llvm.bswap.i32"(i32 %".1014")
  %".1024" = zext i32 %".1023" to i64
  %".1025" = and i64 %".1024", 1048575
  %".1026" = icmp ne i64 %".1025", 0
  %".1027" = and i32 %"flags", 2
  %".1028" = icmp ne i32 %".1027", 0
  %".1029" = and i1 %".1026", %".1028"
  br i1 %".1029", label %"exit.37", label %"cont.37"
exit.37:
  %".1031" = trunc i64 %".1022" to i16
  %".1032" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1031", ptr %".1032", align 2
  br label %"return"
cont.37:
  %".1035" = zext i8 %".1008" to i64
  switch i64 %".1035", label %"unknown.9" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 132, label %"to_sctp.3" i64 33, label %"to_dccp.3" i64 50, label %"to_esp.3" i64 51, label %"to_ah.3" i64 137, label %"to_mpls.10" i64 58, label %"to_icmpv6.1" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
unknown.9:
  %".1037" = trunc i64 %".1022" to i16
  %".1038" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1037", ptr %".1038", align 2
  br label %"return"
to_ipv6_opts.3:
  %".1041" = getelementptr i8, ptr %"keys", i64 2
  %".1042" = trunc i64 %".1022" to i16
  store volatile i16 %".1042", ptr %".1041", align 2
  %".1044" = load volatile i16, ptr %".1041", align 2
  %".1045" = zext i16 %".1044" to i64
  %"cursor.74" = and i64 %".1045", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  %".1047" = getelementptr i8, ptr %"keys", i64 2
  %".1048" = trunc i64 %".1022" to i16
  store volatile i16 %".1048", ptr %".1047", align 2
  %".1050" = load volatile i16, ptr %".1047", align 2
  %".1051" = zext i16 %".1050" to i64
  %"cursor.75" = and i64 %".1051", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  %".1053" = getelementptr i8, ptr %"keys", i64 2
  %".1054" = trunc i64 %".1022" to i16
  store volatile i16 %".1054", ptr %".1053", align 2
  %".1056" = load volatile i16, ptr %".1053", align 2
  %".1057" = zext i16 %".1056" to i64
  %"cursor.76" = and i64 %".1057", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  %".1059" = getelementptr i8, ptr %"keys", i64 2
  %".1060" = trunc i64 %".1022" to i16
  store volatile i16 %".1060", ptr %".1059", align 2
  %".1062" = load volatile i16, ptr %".1059", align 2
  %".1063" = zext i16 %".1062" to i64
  %"cursor.78" = and i64 %".1063", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  %".1065" = getelementptr i8, ptr %"keys", i64 2
  %".1066" = trunc i64 %".1022" to i16
  store volatile i16 %".1066", ptr %".1065", align 2
  %".1068" = load volatile i16, ptr %".1065", align 2
  %".1069" = zext i16 %".1068" to i64
  %"cursor.79" = and i64 %".1069", 16383
  br label %"tcp"
to_udp.3:
  %".1071" = getelementptr i8, ptr %"keys", i64 2
  %".1072" = trunc i64 %".1022" to i16
  store volatile i16 %".1072", ptr %".1071", align 2
  %".1074" = load volatile i16, ptr %".1071", align 2
  %".1075" = zext i16 %".1074" to i64
  %"cursor.80" = and i64 %".1075", 16383
  br label %"udp_d1"
to_udplite.3:
  %".1077" = getelementptr i8, ptr %"keys", i64 2
  %".1078" = trunc i64 %".1022" to i16
  store volatile i16 %".1078", ptr %".1077", align 2
  %".1080" = load volatile i16, ptr %".1077", align 2
  %".1081" = zext i16 %".1080" to i64
  %"cursor.81" = and i64 %".1081", 16383
  br label %"udplite"
to_gre.3:
  %".1083" = getelementptr i8, ptr %"keys", i64 2
  %".1084" = trunc i64 %".1022" to i16
  store volatile i16 %".1084", ptr %".1083", align 2
  %".1086" = load volatile i16, ptr %".1083", align 2
  %".1087" = zext i16 %".1086" to i64
  %"cursor.82" = and i64 %".1087", 16383
  br label %"gre_d1"
to_sctp.3:
  %".1089" = getelementptr i8, ptr %"keys", i64 2
  %".1090" = trunc i64 %".1022" to i16
  store volatile i16 %".1090", ptr %".1089", align 2
  %".1092" = load volatile i16, ptr %".1089", align 2
  %".1093" = zext i16 %".1092" to i64
  %"cursor.83" = and i64 %".1093", 16383
  br label %"sctp"
to_dccp.3:
  %".1095" = getelementptr i8, ptr %"keys", i64 2
  %".1096" = trunc i64 %".1022" to i16
  store volatile i16 %".1096", ptr %".1095", align 2
  %".1098" = load volatile i16, ptr %".1095", align 2
  %".1099" = zext i16 %".1098" to i64
  %"cursor.84" = and i64 %".1099", 16383
  br label %"dccp"
to_esp.3:
  %".1101" = getelementptr i8, ptr %"keys", i64 2
  %".1102" = trunc i64 %".1022" to i16
  store volatile i16 %".1102", ptr %".1101", align 2
  %".1104" = load volatile i16, ptr %".1101", align 2
  %".1105" = zext i16 %".1104" to i64
  %"cursor.85" = and i64 %".1105", 16383
  br label %"esp"
to_ah.3:
  %".1107" = getelementptr i8, ptr %"keys", i64 2
  %".1108" = trunc i64 %".1022" to i16
  store volatile i16 %".1108", ptr %".1107", align 2
  %".1110" = load volatile i16, ptr %".1107", align 2
  %".1111" = zext i16 %".1110" to i64
  %"cursor.86" = and i64 %".1111", 16383
  br label %"ah"
to_mpls.10:
  %".1113" = getelementptr i8, ptr %"keys", i64 2
  %".1114" = trunc i64 %".1022" to i16
  store volatile i16 %".1114", ptr %".1113", align 2
  %".1116" = load volatile i16, ptr %".1113", align 2
  %".1117" = zext i16 %".1116" to i64
  %"cursor.87" = and i64 %".1117", 16383
  br label %"mpls_d1_mpls_labels1"
to_icmpv6.1:
  %".1119" = getelementptr i8, ptr %"keys", i64 2
  %".1120" = trunc i64 %".1022" to i16
  store volatile i16 %".1120", ptr %".1119", align 2
  %".1122" = load volatile i16, ptr %".1119", align 2
  %".1123" = zext i16 %".1122" to i64
  %"cursor.88" = and i64 %".1123", 16383
  br label %"icmpv6"
to_ipv4.6:
  %".1125" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1125", align 1
  %".1127" = and i32 %"flags", 4
  %".1128" = icmp ne i32 %".1127", 0
  br i1 %".1128", label %"exit.38", label %"cont.38"
to_ipv6.6:
  %".1138" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1138", align 1
  %".1140" = and i32 %"flags", 4
  %".1141" = icmp ne i32 %".1140", 0
  br i1 %".1141", label %"exit.39", label %"cont.39"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.73" = phi  i64 [%"cursor.74", %"to_ipv6_opts.3"], [%"cursor.75", %"to_ipv6_opts.4"], [%"cursor.76", %"to_ipv6_opts.5"]
  %"hdr.33" = getelementptr i8, ptr %"data", i64 %"cursor.73"
  %".2114" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2115" = icmp ugt ptr %".2114", %"data_end"
  br i1 %".2115", label %"exit.77", label %"cont.77"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.77" = phi  i64 [%"cursor.78", %"to_ipv6_frag.1"]
  %"hdr.34" = getelementptr i8, ptr %"data", i64 %"cursor.77"
  %".2257" = getelementptr i8, ptr %"hdr.34", i64 8
  %".2258" = icmp ugt ptr %".2257", %"data_end"
  br i1 %".2258", label %"exit.81", label %"cont.81"
exit.38:
  %".1130" = trunc i64 %".1022" to i16
  %".1131" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1130", ptr %".1131", align 2
  br label %"return"
cont.38:
  %".1134" = trunc i64 %".1022" to i16
  %".1135" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1134", ptr %".1135", align 2
  br label %"return"
exit.39:
  %".1143" = trunc i64 %".1022" to i16
  %".1144" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1143", ptr %".1144", align 2
  br label %"return"
cont.39:
  %".1147" = trunc i64 %".1022" to i16
  %".1148" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1147", ptr %".1148", align 2
  br label %"return"
exit.40:
  %".1154" = trunc i64 %"cursor.22" to i16
  %".1155" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1154", ptr %".1155", align 2
  br label %"return"
cont.40:
  %".1158" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1159" = load i8, ptr %".1158", align 1
  %".1160" = zext i8 %".1159" to i64
  %".1161" = trunc i64 %".1160" to i8
  %".1162" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1161", ptr %".1162", align 1
  %".1164" = add i64 %"cursor.22", 2
  %".1165" = getelementptr i8, ptr %"hdr.17", i64 1
  %".1166" = load i8, ptr %".1165", align 1
  %".1167" = zext i8 %".1166" to i64
  %".1168" = mul i64 %".1167", 8
  %".1169" = add i64 %".1168", 6
  %".1170" = add i64 %".1169", 2
  %".1171" = getelementptr i8, ptr %"hdr.17", i64 %".1170"
  %".1172" = icmp ugt ptr %".1171", %"data_end"
  br i1 %".1172", label %"exit.41", label %"cont.41"
exit.41:
  %".1174" = trunc i64 %"cursor.22" to i16
  %".1175" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1174", ptr %".1175", align 2
  br label %"return"
cont.41:
  %"end.4" = add i64 %"cursor.22", %".1170"
  %".1178" = zext i8 %".1159" to i64
  switch i64 %".1178", label %"unknown.10" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 132, label %"to_sctp.4" i64 33, label %"to_dccp.4" i64 50, label %"to_esp.4" i64 51, label %"to_ah.4" i64 137, label %"to_mpls.11" i64 58, label %"to_icmpv6.2" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.10:
  %".1180" = trunc i64 %"end.4" to i16
  %".1181" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1180", ptr %".1181", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  %".1185" = getelementptr i8, ptr %"keys", i64 2
  %".1186" = trunc i64 %"end.4" to i16
  store volatile i16 %".1186", ptr %".1185", align 2
  %".1188" = load volatile i16, ptr %".1185", align 2
  %".1189" = zext i16 %".1188" to i64
  %"cursor.90" = and i64 %".1189", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  %".1191" = getelementptr i8, ptr %"keys", i64 2
  %".1192" = trunc i64 %"end.4" to i16
  store volatile i16 %".1192", ptr %".1191", align 2
  %".1194" = load volatile i16, ptr %".1191", align 2
  %".1195" = zext i16 %".1194" to i64
  %"cursor.91" = and i64 %".1195", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  %".1198" = getelementptr i8, ptr %"keys", i64 2
  %".1199" = trunc i64 %"end.4" to i16
  store volatile i16 %".1199", ptr %".1198", align 2
  %".1201" = load volatile i16, ptr %".1198", align 2
  %".1202" = zext i16 %".1201" to i64
  %"cursor.93" = and i64 %".1202", 16383
  br label %"tcp"
to_udp.4:
  %".1204" = getelementptr i8, ptr %"keys", i64 2
  %".1205" = trunc i64 %"end.4" to i16
  store volatile i16 %".1205", ptr %".1204", align 2
  %".1207" = load volatile i16, ptr %".1204", align 2
  %".1208" = zext i16 %".1207" to i64
  %"cursor.94" = and i64 %".1208", 16383
  br label %"udp_d0"
to_udplite.4:
  %".1210" = getelementptr i8, ptr %"keys", i64 2
  %".1211" = trunc i64 %"end.4" to i16
  store volatile i16 %".1211", ptr %".1210", align 2
  %".1213" = load volatile i16, ptr %".1210", align 2
  %".1214" = zext i16 %".1213" to i64
  %"cursor.95" = and i64 %".1214", 16383
  br label %"udplite"
to_gre.4:
  %".1216" = getelementptr i8, ptr %"keys", i64 2
  %".1217" = trunc i64 %"end.4" to i16
  store volatile i16 %".1217", ptr %".1216", align 2
  %".1219" = load volatile i16, ptr %".1216", align 2
  %".1220" = zext i16 %".1219" to i64
  %"cursor.96" = and i64 %".1220", 16383
  br label %"gre_d0"
to_sctp.4:
  %".1222" = getelementptr i8, ptr %"keys", i64 2
  %".1223" = trunc i64 %"end.4" to i16
  store volatile i16 %".1223", ptr %".1222", align 2
  %".1225" = load volatile i16, ptr %".1222", align 2
  %".1226" = zext i16 %".1225" to i64
  %"cursor.97" = and i64 %".1226", 16383
  br label %"sctp"
to_dccp.4:
  %".1228" = getelementptr i8, ptr %"keys", i64 2
  %".1229" = trunc i64 %"end.4" to i16
  store volatile i16 %".1229", ptr %".1228", align 2
  %".1231" = load volatile i16, ptr %".1228", align 2
  %".1232" = zext i16 %".1231" to i64
  %"cursor.98" = and i64 %".1232", 16383
  br label %"dccp"
to_esp.4:
  %".1234" = getelementptr i8, ptr %"keys", i64 2
  %".1235" = trunc i64 %"end.4" to i16
  store volatile i16 %".1235", ptr %".1234", align 2
  %".1237" = load volatile i16, ptr %".1234", align 2
  %".1238" = zext i16 %".1237" to i64
  %"cursor.99" = and i64 %".1238", 16383
  br label %"esp"
to_ah.4:
  %".1240" = getelementptr i8, ptr %"keys", i64 2
  %".1241" = trunc i64 %"end.4" to i16
  store volatile i16 %".1241", ptr %".1240", align 2
  %".1243" = load volatile i16, ptr %".1240", align 2
  %".1244" = zext i16 %".1243" to i64
  %"cursor.100" = and i64 %".1244", 16383
  br label %"ah"
to_mpls.11:
  %".1246" = getelementptr i8, ptr %"keys", i64 2
  %".1247" = trunc i64 %"end.4" to i16
  store volatile i16 %".1247", ptr %".1246", align 2
  %".1249" = load volatile i16, ptr %".1246", align 2
  %".1250" = zext i16 %".1249" to i64
  %"cursor.101" = and i64 %".1250", 16383
  br label %"mpls_d0_mpls_labels1"
to_icmpv6.2:
  %".1252" = getelementptr i8, ptr %"keys", i64 2
  %".1253" = trunc i64 %"end.4" to i16
  store volatile i16 %".1253", ptr %".1252", align 2
  %".1255" = load volatile i16, ptr %".1252", align 2
  %".1256" = zext i16 %".1255" to i64
  %"cursor.102" = and i64 %".1256", 16383
  br label %"icmpv6"
to_ipv4.7:
  %".1258" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1258", align 1
  %".1260" = and i32 %"flags", 4
  %".1261" = icmp ne i32 %".1260", 0
  br i1 %".1261", label %"exit.42", label %"cont.42"
to_ipv6.7:
  %".1273" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1273", align 1
  %".1275" = and i32 %"flags", 4
  %".1276" = icmp ne i32 %".1275", 0
  br i1 %".1276", label %"exit.43", label %"cont.43"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.89" = phi  i64 [%"end.4", %"to_ipv6_opts.6"], [%"cursor.90", %"to_ipv6_opts.7"], [%"cursor.91", %"to_ipv6_opts.8"], [%"cursor.105", %"to_ipv6_opts.9"], [%"cursor.106", %"to_ipv6_opts.10"], [%"cursor.107", %"to_ipv6_opts.11"]
  %"hdr.35" = getelementptr i8, ptr %"data", i64 %"cursor.89"
  %".2413" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2414" = icmp ugt ptr %".2413", %"data_end"
  br i1 %".2414", label %"exit.85", label %"cont.85"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.92" = phi  i64 [%"end.4", %"to_ipv6_frag.2"], [%"cursor.108", %"to_ipv6_frag.3"]
  %"hdr.36" = getelementptr i8, ptr %"data", i64 %"cursor.92"
  %".2550" = getelementptr i8, ptr %"hdr.36", i64 8
  %".2551" = icmp ugt ptr %".2550", %"data_end"
  br i1 %".2551", label %"exit.89", label %"cont.89"
exit.42:
  %".1263" = trunc i64 %"end.4" to i16
  %".1264" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1263", ptr %".1264", align 2
  br label %"return"
cont.42:
  %".1267" = getelementptr i8, ptr %"keys", i64 2
  %".1268" = trunc i64 %"end.4" to i16
  store volatile i16 %".1268", ptr %".1267", align 2
  %".1270" = load volatile i16, ptr %".1267", align 2
  %".1271" = zext i16 %".1270" to i64
  %"cursor.103" = and i64 %".1271", 16383
  br label %"ipv4_d1"
exit.43:
  %".1278" = trunc i64 %"end.4" to i16
  %".1279" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1278", ptr %".1279", align 2
  br label %"return"
cont.43:
  %".1282" = getelementptr i8, ptr %"keys", i64 2
  %".1283" = trunc i64 %"end.4" to i16
  store volatile i16 %".1283", ptr %".1282", align 2
  %".1285" = load volatile i16, ptr %".1282", align 2
  %".1286" = zext i16 %".1285" to i64
  %"cursor.104" = and i64 %".1286", 16383
  br label %"ipv6_d1"
exit.44:
  %".1291" = trunc i64 %"cursor.25" to i16
  %".1292" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1291", ptr %".1292", align 2
  br label %"return"
cont.44:
  %".1295" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1296" = load i8, ptr %".1295", align 1
  %".1297" = zext i8 %".1296" to i64
  %".1298" = trunc i64 %".1297" to i8
  %".1299" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1298", ptr %".1299", align 1
  %".1301" = add i64 %"cursor.25", 8
  %".1302" = icmp ne i64 1, 0
  %".1303" = getelementptr i8, ptr %"hdr.18", i64 2
  %".1304" = load i16, ptr %".1303", align 2
  %".1305" = call i16 @"llvm.bswap.i16"(i16 %".1304")
  %".1306" = zext i16 %".1305" to i64
  %".1307" = and i64 %".1306", 65528
  %".1308" = icmp eq i64 %".1307", 0
  br i1 %".1302", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".1310" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1310", align 1
  br i1 %".1308", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".1328" = zext i8 %".1296" to i64
  switch i64 %".1328", label %"unknown.11" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 132, label %"to_sctp.5" i64 33, label %"to_dccp.5" i64 50, label %"to_esp.5" i64 51, label %"to_ah.5" i64 137, label %"to_mpls.12" i64 58, label %"to_icmpv6.3" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
first_fragment.2:
  %".1317" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1317", align 1
  %".1319" = and i32 %"flags", 1
  %".1320" = icmp ne i32 %".1319", 0
  %".1321" = xor i1 %".1320", -1
  br i1 %".1321", label %"exit.45", label %"cont.45"
later_fragment.2:
  %".1313" = trunc i64 %".1301" to i16
  %".1314" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1313", ptr %".1314", align 2
  br label %"return"
exit.45:
  %".1323" = trunc i64 %".1301" to i16
  %".1324" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1323", ptr %".1324", align 2
  br label %"return"
cont.45:
  br label %"not_fragment.2"
unknown.11:
  %".1330" = trunc i64 %".1301" to i16
  %".1331" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1330", ptr %".1331", align 2
  br label %"return"
to_ipv6_opts.9:
  %".1334" = getelementptr i8, ptr %"keys", i64 2
  %".1335" = trunc i64 %".1301" to i16
  store volatile i16 %".1335", ptr %".1334", align 2
  %".1337" = load volatile i16, ptr %".1334", align 2
  %".1338" = zext i16 %".1337" to i64
  %"cursor.105" = and i64 %".1338", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  %".1340" = getelementptr i8, ptr %"keys", i64 2
  %".1341" = trunc i64 %".1301" to i16
  store volatile i16 %".1341", ptr %".1340", align 2
  %".1343" = load volatile i16, ptr %".1340", align 2
  %".1344" = zext i16 %".1343" to i64
  %"cursor.106" = and i64 %".1344", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  %".1346" = getelementptr i8, ptr %"keys", i64 2
  %".1347" = trunc i64 %".1301" to i16
  store volatile i16 %".1347", ptr %".1346", align 2
  %".1349" = load volatile i16, ptr %".1346", align 2
  %".1350" = zext i16 %".1349" to i64
  %"cursor.107" = and i64 %".1350", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  %".1352" = getelementptr i8, ptr %"keys", i64 2
  %".1353" = trunc i64 %".1301" to i16
  store volatile i16 %".1353", ptr %".1352", align 2
  %".1355" = load volatile i16, ptr %".1352", align 2
  %".1356" = zext i16 %".1355" to i64
  %"cursor.108" = and i64 %".1356", 16383
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  %".1358" = getelementptr i8, ptr %"keys", i64 2
  %".1359" = trunc i64 %".1301" to i16
  store volatile i16 %".1359", ptr %".1358", align 2
  %".1361" = load volatile i16, ptr %".1358", align 2
  %".1362" = zext i16 %".1361" to i64
  %"cursor.109" = and i64 %".1362", 16383
  br label %"tcp"
to_udp.5:
  %".1364" = getelementptr i8, ptr %"keys", i64 2
  %".1365" = trunc i64 %".1301" to i16
  store volatile i16 %".1365", ptr %".1364", align 2
  %".1367" = load volatile i16, ptr %".1364", align 2
  %".1368" = zext i16 %".1367" to i64
  %"cursor.110" = and i64 %".1368", 16383
  br label %"udp_d0"
to_udplite.5:
  %".1370" = getelementptr i8, ptr %"keys", i64 2
  %".1371" = trunc i64 %".1301" to i16
  store volatile i16 %".1371", ptr %".1370", align 2
  %".1373" = load volatile i16, ptr %".1370", align 2
  %".1374" = zext i16 %".1373" to i64
  %"cursor.111" = and i64 %".1374", 16383
  br label %"udplite"
to_gre.5:
  %".1376" = getelementptr i8, ptr %"keys", i64 2
  %".1377" = trunc i64 %".1301" to i16
  store volatile i16 %".1377", ptr %".1376", align 2
  %".1379" = load volatile i16, ptr %".1376", align 2
  %".1380" = zext i16 %".1379" to i64
  %"cursor.112" = and i64 %".1380", 16383
  br label %"gre_d0"
to_sctp.5:
  %".1382" = getelementptr i8, ptr %"keys", i64 2
  %".1383" = trunc i64 %".1301" to i16
  store volatile i16 %".1383", ptr %".1382", align 2
  %".1385" = load volatile i16, ptr %".1382", align 2
  %".1386" = zext i16 %".1385" to i64
  %"cursor.113" = and i64 %".1386", 16383
  br label %"sctp"
to_dccp.5:
  %".1388" = getelementptr i8, ptr %"keys", i64 2
  %".1389" = trunc i64 %".1301" to i16
  store volatile i16 %".1389", ptr %".1388", align 2
  %".1391" = load volatile i16, ptr %".1388", align 2
  %".1392" = zext i16 %".1391" to i64
  %"cursor.114" = and i64 %".1392", 16383
  br label %"dccp"
to_esp.5:
  %".1394" = getelementptr i8, ptr %"keys", i64 2
  %".1395" = trunc i64 %".1301" to i16
  store volatile i16 %".1395", ptr %".1394", align 2
  %".1397" = load volatile i16, ptr %".1394", align 2
  %".1398" = zext i16 %".1397" to i64
  %"cursor.115" = and i64 %".1398", 16383
  br label %"esp"
to_ah.5:
  %".1400" = getelementptr i8, ptr %"keys", i64 2
  %".1401" = trunc i64 %".1301" to i16
  store volatile i16 %".1401", ptr %".1400", align 2
  %".1403" = load volatile i16, ptr %".1400", align 2
  %".1404" = zext i16 %".1403" to i64
  %"cursor.116" = and i64 %".1404", 16383
  br label %"ah"
to_mpls.12:
  %".1406" = getelementptr i8, ptr %"keys", i64 2
  %".1407" = trunc i64 %".1301" to i16
  store volatile i16 %".1407", ptr %".1406", align 2
  %".1409" = load volatile i16, ptr %".1406", align 2
  %".1410" = zext i16 %".1409" to i64
  %"cursor.117" = and i64 %".1410", 16383
  br label %"mpls_d0_mpls_labels1"
to_icmpv6.3:
  %".1412" = getelementptr i8, ptr %"keys", i64 2
  %".1413" = trunc i64 %".1301" to i16
  store volatile i16 %".1413", ptr %".1412", align 2
  %".1415" = load volatile i16, ptr %".1412", align 2
  %".1416" = zext i16 %".1415" to i64
  %"cursor.118" = and i64 %".1416", 16383
  br label %"icmpv6"
to_ipv4.8:
  %".1418" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1418", align 1
  %".1420" = and i32 %"flags", 4
  %".1421" = icmp ne i32 %".1420", 0
  br i1 %".1421", label %"exit.46", label %"cont.46"
to_ipv6.8:
  %".1433" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1433", align 1
  %".1435" = and i32 %"flags", 4
  %".1436" = icmp ne i32 %".1435", 0
  br i1 %".1436", label %"exit.47", label %"cont.47"
exit.46:
  %".1423" = trunc i64 %".1301" to i16
  %".1424" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1423", ptr %".1424", align 2
  br label %"return"
cont.46:
  %".1427" = getelementptr i8, ptr %"keys", i64 2
  %".1428" = trunc i64 %".1301" to i16
  store volatile i16 %".1428", ptr %".1427", align 2
  %".1430" = load volatile i16, ptr %".1427", align 2
  %".1431" = zext i16 %".1430" to i64
  %"cursor.119" = and i64 %".1431", 16383
  br label %"ipv4_d1"
exit.47:
  %".1438" = trunc i64 %".1301" to i16
  %".1439" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1438", ptr %".1439", align 2
  br label %"return"
cont.47:
  %".1442" = getelementptr i8, ptr %"keys", i64 2
  %".1443" = trunc i64 %".1301" to i16
  store volatile i16 %".1443", ptr %".1442", align 2
  %".1445" = load volatile i16, ptr %".1442", align 2
  %".1446" = zext i16 %".1445" to i64
  %"cursor.120" = and i64 %".1446", 16383
  br label %"ipv6_d1"
exit.48:
  %".1451" = trunc i64 %"cursor.35" to i16
  %".1452" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1451", ptr %".1452", align 2
  br label %"return"
cont.48:
  %".1455" = add i64 %"cursor.35", 4
  %".1456" = trunc i64 %"cursor.35" to i16
  %".1457" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1456", ptr %".1457", align 2
  br label %"return"
exit.49:
  %".1463" = trunc i64 %"cursor.40" to i16
  %".1464" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1463", ptr %".1464", align 2
  br label %"return"
cont.49:
  %".1467" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1468" = load i16, ptr %".1467", align 2
  %".1469" = call i16 @"llvm.bswap.i16"(i16 %".1468")
  %".1470" = zext i16 %".1469" to i64
  %".1471" = trunc i64 %".1470" to i16
  %".1472" = call i16 @"llvm.bswap.i16"(i16 %".1471")
  %".1473" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1472", ptr %".1473", align 2
  %".1475" = add i64 %"cursor.40", 4
  %".1476" = trunc i64 %".1475" to i16
  %".1477" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1476", ptr %".1477", align 2
  %".1479" = call i16 @"llvm.bswap.i16"(i16 %".1468")
  %".1480" = zext i16 %".1479" to i64
  switch i64 %".1480", label %"unknown.12" [i64 2048, label %"to_ipv4.9" i64 34525, label %"to_ipv6.9" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5" i64 34887, label %"to_mpls.13" i64 34888, label %"to_mpls.14" i64 34916, label %"to_pppoe.2"]
unknown.12:
  %".1482" = trunc i64 %".1475" to i16
  %".1483" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1482", ptr %".1483", align 2
  br label %"return"
to_ipv4.9:
  %".1486" = getelementptr i8, ptr %"keys", i64 2
  %".1487" = trunc i64 %".1475" to i16
  store volatile i16 %".1487", ptr %".1486", align 2
  %".1489" = load volatile i16, ptr %".1486", align 2
  %".1490" = zext i16 %".1489" to i64
  %"cursor.121" = and i64 %".1490", 16383
  br label %"ipv4_d0"
to_ipv6.9:
  %".1492" = getelementptr i8, ptr %"keys", i64 2
  %".1493" = trunc i64 %".1475" to i16
  store volatile i16 %".1493", ptr %".1492", align 2
  %".1495" = load volatile i16, ptr %".1492", align 2
  %".1496" = zext i16 %".1495" to i64
  %"cursor.122" = and i64 %".1496", 16383
  br label %"ipv6_d0"
to_vlan.4:
  %".1498" = trunc i64 %".1475" to i16
  %".1499" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1498", ptr %".1499", align 2
  br label %"return"
to_vlan.5:
  %".1502" = trunc i64 %".1475" to i16
  %".1503" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1502", ptr %".1503", align 2
  br label %"return"
to_mpls.13:
  %".1506" = getelementptr i8, ptr %"keys", i64 2
  %".1507" = trunc i64 %".1475" to i16
  store volatile i16 %".1507", ptr %".1506", align 2
  %".1509" = load volatile i16, ptr %".1506", align 2
  %".1510" = zext i16 %".1509" to i64
  %"cursor.123" = and i64 %".1510", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.14:
  %".1512" = getelementptr i8, ptr %"keys", i64 2
  %".1513" = trunc i64 %".1475" to i16
  store volatile i16 %".1513", ptr %".1512", align 2
  %".1515" = load volatile i16, ptr %".1512", align 2
  %".1516" = zext i16 %".1515" to i64
  %"cursor.124" = and i64 %".1516", 16383
  br label %"mpls_d0_mpls_labels1"
to_pppoe.2:
  %".1518" = getelementptr i8, ptr %"keys", i64 2
  %".1519" = trunc i64 %".1475" to i16
  store volatile i16 %".1519", ptr %".1518", align 2
  %".1521" = load volatile i16, ptr %".1518", align 2
  %".1522" = zext i16 %".1521" to i64
  %"cursor.125" = and i64 %".1522", 16383
  br label %"pppoe_d0"
exit.50:
  %".1527" = trunc i64 %"cursor.45" to i16
  %".1528" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1527", ptr %".1528", align 2
  br label %"return"
cont.50:
  %".1531" = add i64 %"cursor.45", 4
  %".1532" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1533" = load i8, ptr %".1532", align 1
  %".1534" = zext i8 %".1533" to i64
  %".1535" = and i64 %".1534", 1
  switch i64 %".1535", label %"unknown.13" [i64 0, label %"to_mpls.15" i64 1, label %"to_ip_version.1"]
unknown.13:
  %".1537" = trunc i64 %".1531" to i16
  %".1538" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1537", ptr %".1538", align 2
  br label %"return"
to_mpls.15:
  br label %"mpls_d0_mpls_labels3"
to_ip_version.1:
  %".1542" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1542", align 1
  %".1544" = and i32 %"flags", 4
  %".1545" = icmp ne i32 %".1544", 0
  br i1 %".1545", label %"exit.51", label %"cont.51"
mpls_d0_mpls_labels3:
  %"cursor.126" = phi  i64 [%".1531", %"to_mpls.15"]
  %"hdr.37" = getelementptr i8, ptr %"data", i64 %"cursor.126"
  %".2710" = getelementptr i8, ptr %"hdr.37", i64 4
  %".2711" = icmp ugt ptr %".2710", %"data_end"
  br i1 %".2711", label %"exit.93", label %"cont.93"
exit.51:
  %".1547" = trunc i64 %".1531" to i16
  %".1548" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1547", ptr %".1548", align 2
  br label %"return"
cont.51:
  %".1551" = getelementptr i8, ptr %"keys", i64 2
  %".1552" = trunc i64 %".1531" to i16
  store volatile i16 %".1552", ptr %".1551", align 2
  %".1554" = load volatile i16, ptr %".1551", align 2
  %".1555" = zext i16 %".1554" to i64
  %"cursor.127" = and i64 %".1555", 16383
  br label %"ip_version_d1"
exit.52:
  %".1560" = trunc i64 %"cursor.46" to i16
  %".1561" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1560", ptr %".1561", align 2
  br label %"return"
cont.52:
  %".1564" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1565" = load i8, ptr %".1564", align 1
  %".1566" = zext i8 %".1565" to i64
  %".1567" = lshr i64 %".1566", 4
  %".1568" = and i64 %".1567", 15
  switch i64 %".1568", label %"unknown.14" [i64 4, label %"to_ipv4.10" i64 6, label %"to_ipv6.10"]
unknown.14:
  %".1570" = trunc i64 %"cursor.46" to i16
  %".1571" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1570", ptr %".1571", align 2
  br label %"return"
to_ipv4.10:
  %".1574" = getelementptr i8, ptr %"keys", i64 2
  %".1575" = trunc i64 %"cursor.46" to i16
  store volatile i16 %".1575", ptr %".1574", align 2
  %".1577" = load volatile i16, ptr %".1574", align 2
  %".1578" = zext i16 %".1577" to i64
  %"cursor.128" = and i64 %".1578", 16383
  br label %"ipv4_d1"
to_ipv6.10:
  %".1580" = getelementptr i8, ptr %"keys", i64 2
  %".1581" = trunc i64 %"cursor.46" to i16
  store volatile i16 %".1581", ptr %".1580", align 2
  %".1583" = load volatile i16, ptr %".1580", align 2
  %".1584" = zext i16 %".1583" to i64
  %"cursor.129" = and i64 %".1584", 16383
  br label %"ipv6_d1"
exit.53:
  %".1589" = trunc i64 %"cursor.48" to i16
  %".1590" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1589", ptr %".1590", align 2
  br label %"return"
cont.53:
  %".1593" = getelementptr i8, ptr %"hdr.23", i64 0
  %".1594" = load i8, ptr %".1593", align 1
  %".1595" = zext i8 %".1594" to i64
  %".1596" = and i64 %".1595", 1
  switch i64 %".1596", label %"unknown.15" [i64 0, label %"to_ppp16" i64 1, label %"to_ppp8"]
unknown.15:
  %".1598" = trunc i64 %"cursor.48" to i16
  %".1599" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1598", ptr %".1599", align 2
  br label %"return"
to_ppp16:
  br label %"ppp16_d0"
to_ppp8:
  br label %"ppp8_d0"
ppp16_d0:
  %"cursor.130" = phi  i64 [%"cursor.48", %"to_ppp16"]
  %"hdr.38" = getelementptr i8, ptr %"data", i64 %"cursor.130"
  %".2743" = getelementptr i8, ptr %"hdr.38", i64 2
  %".2744" = icmp ugt ptr %".2743", %"data_end"
  br i1 %".2744", label %"exit.95", label %"cont.95"
ppp8_d0:
  %"cursor.131" = phi  i64 [%"cursor.48", %"to_ppp8"]
  %"hdr.39" = getelementptr i8, ptr %"data", i64 %"cursor.131"
  %".2787" = getelementptr i8, ptr %"hdr.39", i64 1
  %".2788" = icmp ugt ptr %".2787", %"data_end"
  br i1 %".2788", label %"exit.96", label %"cont.96"
exit.54:
  %".1607" = trunc i64 %"cursor.49" to i16
  %".1608" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1607", ptr %".1608", align 2
  br label %"return"
cont.54:
  %".1611" = add i64 %"cursor.49", 8
  %".1612" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1612", align 1
  %".1614" = and i32 %"flags", 4
  %".1615" = icmp ne i32 %".1614", 0
  br i1 %".1615", label %"exit.55", label %"cont.55"
exit.55:
  %".1617" = trunc i64 %".1611" to i16
  %".1618" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1617", ptr %".1618", align 2
  br label %"return"
cont.55:
  switch i64 0, label %"unknown.16" [i64 0, label %"to_ethernet.1"]
unknown.16:
  %".1622" = trunc i64 %".1611" to i16
  %".1623" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1622", ptr %".1623", align 2
  br label %"return"
to_ethernet.1:
  %".1626" = getelementptr i8, ptr %"keys", i64 2
  %".1627" = trunc i64 %".1611" to i16
  store volatile i16 %".1627", ptr %".1626", align 2
  %".1629" = load volatile i16, ptr %".1626", align 2
  %".1630" = zext i16 %".1629" to i64
  %"cursor.132" = and i64 %".1630", 16383
  br label %"ethernet_d1"
exit.56:
  %".1635" = trunc i64 %"cursor.50" to i16
  %".1636" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1635", ptr %".1636", align 2
  br label %"return"
cont.56:
  %".1639" = getelementptr i8, ptr %"hdr.25", i64 0
  %".1640" = load i8, ptr %".1639", align 1
  %".1641" = zext i8 %".1640" to i64
  %".1642" = lshr i64 %".1641", 6
  %".1643" = and i64 %".1642", 3
  %".1644" = icmp ne i64 %".1643", 0
  br i1 %".1644", label %"exit.57", label %"cont.57"
exit.57:
  %".1646" = trunc i64 %"cursor.50" to i16
  %".1647" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1646", ptr %".1647", align 2
  br label %"return"
cont.57:
  %".1650" = add i64 %"cursor.50", 8
  %".1651" = zext i8 %".1640" to i64
  %".1652" = and i64 %".1651", 63
  %".1653" = mul i64 %".1652", 4
  %".1654" = add i64 %".1653", 8
  %".1655" = getelementptr i8, ptr %"hdr.25", i64 %".1654"
  %".1656" = icmp ugt ptr %".1655", %"data_end"
  br i1 %".1656", label %"exit.58", label %"cont.58"
exit.58:
  %".1658" = trunc i64 %"cursor.50" to i16
  %".1659" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1658", ptr %".1659", align 2
  br label %"return"
cont.58:
  %"end.5" = add i64 %"cursor.50", %".1654"
  %".1662" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1662", align 1
  %".1664" = and i32 %"flags", 4
  %".1665" = icmp ne i32 %".1664", 0
  br i1 %".1665", label %"exit.59", label %"cont.59"
exit.59:
  %".1667" = trunc i64 %"end.5" to i16
  %".1668" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1667", ptr %".1668", align 2
  br label %"return"
cont.59:
  %".1671" = getelementptr i8, ptr %"hdr.25", i64 2
  %".1672" = load i16, ptr %".1671", align 2
  %".1673" = call i16 @"llvm.bswap.i16"(i16 %".1672")
  %".1674" = zext i16 %".1673" to i64
  switch i64 %".1674", label %"unknown.17" [i64 25944, label %"to_ethernet.2" i64 2048, label %"to_ipv4.11" i64 34525, label %"to_ipv6.11"]
unknown.17:
  %".1676" = trunc i64 %"end.5" to i16
  %".1677" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1676", ptr %".1677", align 2
  br label %"return"
to_ethernet.2:
  %".1680" = getelementptr i8, ptr %"keys", i64 2
  %".1681" = trunc i64 %"end.5" to i16
  store volatile i16 %".1681", ptr %".1680", align 2
  %".1683" = load volatile i16, ptr %".1680", align 2
  %".1684" = zext i16 %".1683" to i64
  %"cursor.133" = and i64 %".1684", 16383
  br label %"ethernet_d1"
to_ipv4.11:
  %".1686" = getelementptr i8, ptr %"keys", i64 2
  %".1687" = trunc i64 %"end.5" to i16
  store volatile i16 %".1687", ptr %".1686", align 2
  %".1689" = load volatile i16, ptr %".1686", align 2
  %".1690" = zext i16 %".1689" to i64
  %"cursor.134" = and i64 %".1690", 16383
  br label %"ipv4_d1"
to_ipv6.11:
  %".1692" = getelementptr i8, ptr %"keys", i64 2
  %".1693" = trunc i64 %"end.5" to i16
  store volatile i16 %".1693", ptr %".1692", align 2
  %".1695" = load volatile i16, ptr %".1692", align 2
  %".1696" = zext i16 %".1695" to i64
  %"cursor.135" = and i64 %".1696", 16383
  br label %"ipv6_d1"
exit.60:
  %".1701" = trunc i64 %"cursor.51" to i16
  %".1702" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1701", ptr %".1702", align 2
  br label %"return"
cont.60:
  %".1705" = getelementptr i8, ptr %"hdr.26", i64 0
  %".1706" = load i8, ptr %".1705", align 1
  %".1707" = zext i8 %".1706" to i64
  %".1708" = lshr i64 %".1707", 6
  %".1709" = and i64 %".1708", 3
  %".1710" = icmp ne i64 %".1709", 0
  %".1711" = zext i8 %".1706" to i64
  %".1712" = lshr i64 %".1711", 5
  %".1713" = and i64 %".1712", 1
  %".1714" = icmp ne i64 %".1713", 0
  %".1715" = or i1 %".1710", %".1714"
  br i1 %".1715", label %"exit.61", label %"cont.61"
exit.61:
  %".1717" = trunc i64 %"cursor.51" to i16
  %".1718" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1717", ptr %".1718", align 2
  br label %"return"
cont.61:
  %".1721" = add i64 %"cursor.51", 4
  %".1722" = zext i8 %".1706" to i64
  %".1723" = and i64 %".1722", 31
  %".1724" = mul i64 %".1723", 4
  %".1725" = add i64 %".1724", 4
  %".1726" = getelementptr i8, ptr %"hdr.26", i64 %".1725"
  %".1727" = icmp ugt ptr %".1726", %"data_end"
  br i1 %".1727", label %"exit.62", label %"cont.62"
exit.62:
  %".1729" = trunc i64 %"cursor.51" to i16
  %".1730" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1729", ptr %".1730", align 2
  br label %"return"
cont.62:
  %"end.6" = add i64 %"cursor.51", %".1725"
  %".1733" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1733", align 1
  %".1735" = and i32 %"flags", 4
  %".1736" = icmp ne i32 %".1735", 0
  br i1 %".1736", label %"exit.63", label %"cont.63"
exit.63:
  %".1738" = trunc i64 %"end.6" to i16
  %".1739" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1738", ptr %".1739", align 2
  br label %"return"
cont.63:
  %".1742" = getelementptr i8, ptr %"hdr.26", i64 1
  %".1743" = load i8, ptr %".1742", align 1
  %".1744" = zext i8 %".1743" to i64
  switch i64 %".1744", label %"unknown.18" [i64 4, label %"to_ipv4.12" i64 41, label %"to_ipv6.12"]
unknown.18:
  %".1746" = trunc i64 %"end.6" to i16
  %".1747" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1746", ptr %".1747", align 2
  br label %"return"
to_ipv4.12:
  %".1750" = getelementptr i8, ptr %"keys", i64 2
  %".1751" = trunc i64 %"end.6" to i16
  store volatile i16 %".1751", ptr %".1750", align 2
  %".1753" = load volatile i16, ptr %".1750", align 2
  %".1754" = zext i16 %".1753" to i64
  %"cursor.136" = and i64 %".1754", 16383
  br label %"ipv4_d1"
to_ipv6.12:
  %".1756" = getelementptr i8, ptr %"keys", i64 2
  %".1757" = trunc i64 %"end.6" to i16
  store volatile i16 %".1757", ptr %".1756", align 2
  %".1759" = load volatile i16, ptr %".1756", align 2
  %".1760" = zext i16 %".1759" to i64
  %"cursor.137" = and i64 %".1760", 16383
  br label %"ipv6_d1"
exit.64:
  %".1765" = trunc i64 %"cursor.52" to i16
  %".1766" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1765", ptr %".1766", align 2
  br label %"return"
cont.64:
  %".1769" = getelementptr i8, ptr %"hdr.27", i64 0
  %".1770" = load i8, ptr %".1769", align 1
  %".1771" = zext i8 %".1770" to i64
  %".1772" = lshr i64 %".1771", 5
  %".1773" = and i64 %".1772", 7
  %".1774" = icmp ne i64 %".1773", 1
  %".1775" = zext i8 %".1770" to i64
  %".1776" = lshr i64 %".1775", 4
  %".1777" = and i64 %".1776", 1
  %".1778" = icmp ne i64 %".1777", 1
  %".1779" = or i1 %".1774", %".1778"
  %".1780" = getelementptr i8, ptr %"hdr.27", i64 1
  %".1781" = load i8, ptr %".1780", align 1
  %".1782" = zext i8 %".1781" to i64
  %".1783" = icmp ne i64 %".1782", 255
  %".1784" = or i1 %".1779", %".1783"
  br i1 %".1784", label %"exit.65", label %"cont.65"
exit.65:
  %".1786" = trunc i64 %"cursor.52" to i16
  %".1787" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1786", ptr %".1787", align 2
  br label %"return"
cont.65:
  %".1790" = add i64 %"cursor.52", 8
  %".1791" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1791", align 1
  %".1793" = and i32 %"flags", 4
  %".1794" = icmp ne i32 %".1793", 0
  br i1 %".1794", label %"exit.66", label %"cont.66"
exit.66:
  %".1796" = trunc i64 %".1790" to i16
  %".1797" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1796", ptr %".1797", align 2
  br label %"return"
cont.66:
  %".1800" = zext i8 %".1770" to i64
  %".1801" = lshr i64 %".1800", 2
  %".1802" = and i64 %".1801", 1
  %".1803" = mul i64 %".1802", 4
  %".1804" = zext i8 %".1770" to i64
  %".1805" = lshr i64 %".1804", 1
  %".1806" = and i64 %".1805", 1
  %".1807" = mul i64 %".1806", 2
  %".1808" = add i64 %".1803", %".1807"
  %".1809" = zext i8 %".1770" to i64
  %".1810" = and i64 %".1809", 1
  %".1811" = add i64 %".1808", %".1810"
  %".1812" = icmp uge i64 %".1811", 1
  %".1813" = icmp ule i64 %".1811", 3
  %".1814" = and i1 %".1812", %".1813"
  br i1 %".1814", label %"to_gtpu_opt", label %"select"
unknown.19:
  %".1821" = trunc i64 %".1790" to i16
  %".1822" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1821", ptr %".1822", align 2
  br label %"return"
to_ip_version.2:
  %".1825" = getelementptr i8, ptr %"keys", i64 2
  %".1826" = trunc i64 %".1790" to i16
  store volatile i16 %".1826", ptr %".1825", align 2
  %".1828" = load volatile i16, ptr %".1825", align 2
  %".1829" = zext i16 %".1828" to i64
  %"cursor.138" = and i64 %".1829", 16383
  br label %"ip_version_d1"
to_gtpu_opt:
  %".1831" = getelementptr i8, ptr %"keys", i64 2
  %".1832" = trunc i64 %".1790" to i16
  store volatile i16 %".1832", ptr %".1831", align 2
  %".1834" = load volatile i16, ptr %".1831", align 2
  %".1835" = zext i16 %".1834" to i64
  %"cursor.140" = and i64 %".1835", 16383
  br label %"gtpu_opt_d1"
to_gtpu_seq:
  %".1837" = getelementptr i8, ptr %"keys", i64 2
  %".1838" = trunc i64 %".1790" to i16
  store volatile i16 %".1838", ptr %".1837", align 2
  %".1840" = load volatile i16, ptr %".1837", align 2
  %".1841" = zext i16 %".1840" to i64
  %"cursor.142" = and i64 %".1841", 16383
  br label %"gtpu_seq_d1"
select:
  %".1816" = icmp uge i64 %".1811", 4
  %".1817" = icmp ule i64 %".1811", 7
  %".1818" = and i1 %".1816", %".1817"
  br i1 %".1818", label %"to_gtpu_seq", label %"select.1"
select.1:
  switch i64 %".1811", label %"unknown.19" [i64 0, label %"to_ip_version.2"]
gtpu_opt_d1:
  %"cursor.139" = phi  i64 [%"cursor.140", %"to_gtpu_opt"]
  %"hdr.40" = getelementptr i8, ptr %"data", i64 %"cursor.139"
  %".2818" = getelementptr i8, ptr %"hdr.40", i64 4
  %".2819" = icmp ugt ptr %".2818", %"data_end"
  br i1 %".2819", label %"exit.97", label %"cont.97"
gtpu_seq_d1:
  %"cursor.141" = phi  i64 [%"cursor.142", %"to_gtpu_seq"]
  %"hdr.41" = getelementptr i8, ptr %"data", i64 %"cursor.141"
  %".2837" = getelementptr i8, ptr %"hdr.41", i64 3
  %".2838" = icmp ugt ptr %".2837", %"data_end"
  br i1 %".2838", label %"exit.98", label %"cont.98"
exit.67:
  %".1846" = trunc i64 %"cursor.53" to i16
  %".1847" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1846", ptr %".1847", align 2
  br label %"return"
cont.67:
  %".1850" = add i64 %"cursor.53", 8
  %".1851" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1851", align 1
  %".1853" = and i32 %"flags", 4
  %".1854" = icmp ne i32 %".1853", 0
  br i1 %".1854", label %"exit.68", label %"cont.68"
exit.68:
  %".1856" = trunc i64 %".1850" to i16
  %".1857" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1856", ptr %".1857", align 2
  br label %"return"
cont.68:
  %".1860" = getelementptr i8, ptr %"hdr.28", i64 2
  %".1861" = load i16, ptr %".1860", align 2
  %".1862" = call i16 @"llvm.bswap.i16"(i16 %".1861")
  %".1863" = zext i16 %".1862" to i64
  switch i64 %".1863", label %"unknown.20" [i64 2048, label %"to_ipv4.13"]
unknown.20:
  %".1865" = trunc i64 %".1850" to i16
  %".1866" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1865", ptr %".1866", align 2
  br label %"return"
to_ipv4.13:
  %".1869" = getelementptr i8, ptr %"keys", i64 2
  %".1870" = trunc i64 %".1850" to i16
  store volatile i16 %".1870", ptr %".1869", align 2
  %".1872" = load volatile i16, ptr %".1869", align 2
  %".1873" = zext i16 %".1872" to i64
  %"cursor.143" = and i64 %".1873", 16383
  br label %"ipv4_d1"
exit.69:
  %".1878" = trunc i64 %"cursor.56" to i16
  %".1879" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1878", ptr %".1879", align 2
  br label %"return"
cont.69:
  %".1882" = add i64 %"cursor.56", 14
  %".1883" = getelementptr i8, ptr %"hdr.29", i64 12
  %".1884" = load i16, ptr %".1883", align 2
  %".1885" = call i16 @"llvm.bswap.i16"(i16 %".1884")
  %".1886" = zext i16 %".1885" to i64
  switch i64 %".1886", label %"unknown.21" [i64 2048, label %"to_ipv4.14" i64 34525, label %"to_ipv6.13" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7" i64 34887, label %"to_mpls.16" i64 34888, label %"to_mpls.17" i64 34916, label %"to_pppoe.3"]
unknown.21:
  %".1888" = trunc i64 %".1882" to i16
  %".1889" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1888", ptr %".1889", align 2
  br label %"return"
to_ipv4.14:
  %".1892" = getelementptr i8, ptr %"keys", i64 2
  %".1893" = trunc i64 %".1882" to i16
  store volatile i16 %".1893", ptr %".1892", align 2
  %".1895" = load volatile i16, ptr %".1892", align 2
  %".1896" = zext i16 %".1895" to i64
  %"cursor.144" = and i64 %".1896", 16383
  br label %"ipv4_d1"
to_ipv6.13:
  %".1898" = getelementptr i8, ptr %"keys", i64 2
  %".1899" = trunc i64 %".1882" to i16
  store volatile i16 %".1899", ptr %".1898", align 2
  %".1901" = load volatile i16, ptr %".1898", align 2
  %".1902" = zext i16 %".1901" to i64
  %"cursor.145" = and i64 %".1902", 16383
  br label %"ipv6_d1"
to_vlan.6:
  %".1904" = getelementptr i8, ptr %"keys", i64 2
  %".1905" = trunc i64 %".1882" to i16
  store volatile i16 %".1905", ptr %".1904", align 2
  %".1907" = load volatile i16, ptr %".1904", align 2
  %".1908" = zext i16 %".1907" to i64
  %"cursor.147" = and i64 %".1908", 16383
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  %".1910" = getelementptr i8, ptr %"keys", i64 2
  %".1911" = trunc i64 %".1882" to i16
  store volatile i16 %".1911", ptr %".1910", align 2
  %".1913" = load volatile i16, ptr %".1910", align 2
  %".1914" = zext i16 %".1913" to i64
  %"cursor.148" = and i64 %".1914", 16383
  br label %"vlan_d1_vlan_tags1"
to_mpls.16:
  %".1916" = getelementptr i8, ptr %"keys", i64 2
  %".1917" = trunc i64 %".1882" to i16
  store volatile i16 %".1917", ptr %".1916", align 2
  %".1919" = load volatile i16, ptr %".1916", align 2
  %".1920" = zext i16 %".1919" to i64
  %"cursor.149" = and i64 %".1920", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.17:
  %".1922" = getelementptr i8, ptr %"keys", i64 2
  %".1923" = trunc i64 %".1882" to i16
  store volatile i16 %".1923", ptr %".1922", align 2
  %".1925" = load volatile i16, ptr %".1922", align 2
  %".1926" = zext i16 %".1925" to i64
  %"cursor.150" = and i64 %".1926", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.3:
  %".1928" = getelementptr i8, ptr %"keys", i64 2
  %".1929" = trunc i64 %".1882" to i16
  store volatile i16 %".1929", ptr %".1928", align 2
  %".1931" = load volatile i16, ptr %".1928", align 2
  %".1932" = zext i16 %".1931" to i64
  %"cursor.152" = and i64 %".1932", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1:
  %"cursor.146" = phi  i64 [%"cursor.147", %"to_vlan.6"], [%"cursor.148", %"to_vlan.7"]
  %"hdr.42" = getelementptr i8, ptr %"data", i64 %"cursor.146"
  %".2856" = getelementptr i8, ptr %"hdr.42", i64 4
  %".2857" = icmp ugt ptr %".2856", %"data_end"
  br i1 %".2857", label %"exit.99", label %"cont.99"
pppoe_d1:
  %"cursor.151" = phi  i64 [%"cursor.152", %"to_pppoe.3"], [%"cursor.245", %"to_pppoe.4"], [%"cursor.312", %"to_pppoe.5"]
  %"hdr.43" = getelementptr i8, ptr %"data", i64 %"cursor.151"
  %".2924" = getelementptr i8, ptr %"hdr.43", i64 6
  %".2925" = icmp ugt ptr %".2924", %"data_end"
  br i1 %".2925", label %"exit.100", label %"cont.100"
exit.70:
  %".1937" = trunc i64 %"cursor.58" to i16
  %".1938" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1937", ptr %".1938", align 2
  br label %"return"
cont.70:
  %".1941" = add i64 %"cursor.58", 4
  %".1942" = getelementptr i8, ptr %"hdr.30", i64 2
  %".1943" = load i8, ptr %".1942", align 1
  %".1944" = zext i8 %".1943" to i64
  %".1945" = and i64 %".1944", 1
  switch i64 %".1945", label %"unknown.22" [i64 0, label %"to_mpls.18" i64 1, label %"to_ip_version.3"]
unknown.22:
  %".1947" = trunc i64 %".1941" to i16
  %".1948" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1947", ptr %".1948", align 2
  br label %"return"
to_mpls.18:
  %".1951" = getelementptr i8, ptr %"keys", i64 2
  %".1952" = trunc i64 %".1941" to i16
  store volatile i16 %".1952", ptr %".1951", align 2
  %".1954" = load volatile i16, ptr %".1951", align 2
  %".1955" = zext i16 %".1954" to i64
  %"cursor.154" = and i64 %".1955", 16383
  br label %"mpls_d1_mpls_labels2"
to_ip_version.3:
  %".1957" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1957", align 1
  %".1959" = and i32 %"flags", 4
  %".1960" = icmp ne i32 %".1959", 0
  br i1 %".1960", label %"exit.71", label %"cont.71"
mpls_d1_mpls_labels2:
  %"cursor.153" = phi  i64 [%"cursor.154", %"to_mpls.18"]
  %"hdr.44" = getelementptr i8, ptr %"data", i64 %"cursor.153"
  %".2964" = getelementptr i8, ptr %"hdr.44", i64 4
  %".2965" = icmp ugt ptr %".2964", %"data_end"
  br i1 %".2965", label %"exit.102", label %"cont.102"
exit.71:
  %".1962" = trunc i64 %".1941" to i16
  %".1963" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1962", ptr %".1963", align 2
  br label %"return"
cont.71:
  %".1966" = trunc i64 %".1941" to i16
  %".1967" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1966", ptr %".1967", align 2
  br label %"return"
exit.72:
  %".1973" = trunc i64 %"cursor.62" to i16
  %".1974" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1973", ptr %".1974", align 2
  br label %"return"
cont.72:
  %".1977" = getelementptr i8, ptr %"hdr.31", i64 0
  %".1978" = load i16, ptr %".1977", align 2
  %".1979" = call i16 @"llvm.bswap.i16"(i16 %".1978")
  %".1980" = zext i16 %".1979" to i64
  %".1981" = trunc i64 %".1980" to i16
  %".1982" = call i16 @"llvm.bswap.i16"(i16 %".1981")
  %".1983" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".1982", ptr %".1983", align 2
  %".1985" = getelementptr i8, ptr %"hdr.31", i64 2
  %".1986" = load i16, ptr %".1985", align 2
  %".1987" = call i16 @"llvm.bswap.i16"(i16 %".1986")
  %".1988" = zext i16 %".1987" to i64
  %".1989" = trunc i64 %".1988" to i16
  %".1990" = call i16 @"llvm.bswap.i16"(i16 %".1989")
  %".1991" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".1990", ptr %".1991", align 2
  %".1993" = add i64 %"cursor.62", 8
  %".1994" = call i16 @"llvm.bswap.i16"(i16 %".1986")
  %".1995" = zext i16 %".1994" to i64
  switch i64 %".1995", label %"unknown.23" [i64 4789, label %"to_vxlan.1" i64 6081, label %"to_geneve.1" i64 6080, label %"to_gue.1" i64 2152, label %"to_gtpu.1" i64 7777, label %"to_shim.1"]
unknown.23:
  %".1997" = trunc i64 %"cursor.62" to i16
  %".1998" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1997", ptr %".1998", align 2
  br label %"return"
to_vxlan.1:
  %".2001" = getelementptr i8, ptr %"keys", i64 2
  %".2002" = trunc i64 %".1993" to i16
  store volatile i16 %".2002", ptr %".2001", align 2
  %".2004" = load volatile i16, ptr %".2001", align 2
  %".2005" = zext i16 %".2004" to i64
  %"cursor.156" = and i64 %".2005", 16383
  br label %"vxlan_d1"
to_geneve.1:
  %".2007" = getelementptr i8, ptr %"keys", i64 2
  %".2008" = trunc i64 %".1993" to i16
  store volatile i16 %".2008", ptr %".2007", align 2
  %".2010" = load volatile i16, ptr %".2007", align 2
  %".2011" = zext i16 %".2010" to i64
  %"cursor.158" = and i64 %".2011", 16383
  br label %"geneve_d1"
to_gue.1:
  %".2013" = getelementptr i8, ptr %"keys", i64 2
  %".2014" = trunc i64 %".1993" to i16
  store volatile i16 %".2014", ptr %".2013", align 2
  %".2016" = load volatile i16, ptr %".2013", align 2
  %".2017" = zext i16 %".2016" to i64
  %"cursor.160" = and i64 %".2017", 16383
  br label %"gue_d1"
to_gtpu.1:
  %".2019" = getelementptr i8, ptr %"keys", i64 2
  %".2020" = trunc i64 %".1993" to i16
  store volatile i16 %".2020", ptr %".2019", align 2
  %".2022" = load volatile i16, ptr %".2019", align 2
  %".2023" = zext i16 %".2022" to i64
  %"cursor.162" = and i64 %".2023", 16383
  br label %"gtpu_d1"
to_shim.1:
  %".2025" = getelementptr i8, ptr %"keys", i64 2
  %".2026" = trunc i64 %".1993" to i16
  store volatile i16 %".2026", ptr %".2025", align 2
  %".2028" = load volatile i16, ptr %".2025", align 2
  %".2029" = zext i16 %".2028" to i64
  %"cursor.164" = and i64 %".2029", 16383
  br label %"shim_d1"
vxlan_d1:
  %"cursor.155" = phi  i64 [%"cursor.156", %"to_vxlan.1"]
  %"hdr.45" = getelementptr i8, ptr %"data", i64 %"cursor.155"
  %".3000" = getelementptr i8, ptr %"hdr.45", i64 8
  %".3001" = icmp ugt ptr %".3000", %"data_end"
  br i1 %".3001", label %"exit.104", label %"cont.104"
geneve_d1:
  %"cursor.157" = phi  i64 [%"cursor.158", %"to_geneve.1"]
  %"hdr.46" = getelementptr i8, ptr %"data", i64 %"cursor.157"
  %".3026" = getelementptr i8, ptr %"hdr.46", i64 8
  %".3027" = icmp ugt ptr %".3026", %"data_end"
  br i1 %".3027", label %"exit.106", label %"cont.106"
gue_d1:
  %"cursor.159" = phi  i64 [%"cursor.160", %"to_gue.1"]
  %"hdr.47" = getelementptr i8, ptr %"data", i64 %"cursor.159"
  %".3086" = getelementptr i8, ptr %"hdr.47", i64 4
  %".3087" = icmp ugt ptr %".3086", %"data_end"
  br i1 %".3087", label %"exit.110", label %"cont.110"
gtpu_d1:
  %"cursor.161" = phi  i64 [%"cursor.162", %"to_gtpu.1"]
  %"hdr.48" = getelementptr i8, ptr %"data", i64 %"cursor.161"
  %".3146" = getelementptr i8, ptr %"hdr.48", i64 8
  %".3147" = icmp ugt ptr %".3146", %"data_end"
  br i1 %".3147", label %"exit.114", label %"cont.114"
shim_d1:
  %"cursor.163" = phi  i64 [%"cursor.164", %"to_shim.1"]
  %"hdr.49" = getelementptr i8, ptr %"data", i64 %"cursor.163"
  %".3221" = getelementptr i8, ptr %"hdr.49", i64 8
  %".3222" = icmp ugt ptr %".3221", %"data_end"
  br i1 %".3222", label %"exit.117", label %"cont.117"
exit.73:
  %".2034" = trunc i64 %"cursor.65" to i16
  %".2035" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2034", ptr %".2035", align 2
  br label %"return"
cont.73:
  %".2038" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2039" = load i8, ptr %".2038", align 1
  %".2040" = zext i8 %".2039" to i64
  %".2041" = and i64 %".2040", 7
  %".2042" = icmp ne i64 %".2041", 0
  %".2043" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2044" = load i8, ptr %".2043", align 1
  %".2045" = zext i8 %".2044" to i64
  %".2046" = lshr i64 %".2045", 6
  %".2047" = and i64 %".2046", 1
  %".2048" = icmp ne i64 %".2047", 0
  %".2049" = or i1 %".2042", %".2048"
  br i1 %".2049", label %"exit.74", label %"cont.74"
exit.74:
  %".2051" = trunc i64 %"cursor.65" to i16
  %".2052" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2051", ptr %".2052", align 2
  br label %"return"
cont.74:
  %".2055" = add i64 %"cursor.65", 4
  %".2056" = zext i8 %".2044" to i64
  %".2057" = lshr i64 %".2056", 7
  %".2058" = and i64 %".2057", 1
  %".2059" = zext i8 %".2044" to i64
  %".2060" = lshr i64 %".2059", 5
  %".2061" = and i64 %".2060", 1
  %".2062" = add i64 %".2058", %".2061"
  %".2063" = zext i8 %".2044" to i64
  %".2064" = lshr i64 %".2063", 4
  %".2065" = and i64 %".2064", 1
  %".2066" = add i64 %".2062", %".2065"
  %".2067" = mul i64 %".2066", 4
  %".2068" = add i64 %".2067", 4
  %".2069" = getelementptr i8, ptr %"hdr.32", i64 %".2068"
  %".2070" = icmp ugt ptr %".2069", %"data_end"
  br i1 %".2070", label %"exit.75", label %"cont.75"
exit.75:
  %".2072" = trunc i64 %"cursor.65" to i16
  %".2073" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2072", ptr %".2073", align 2
  br label %"return"
cont.75:
  %"end.7" = add i64 %"cursor.65", %".2068"
  %".2076" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2076", align 1
  %".2078" = and i32 %"flags", 4
  %".2079" = icmp ne i32 %".2078", 0
  br i1 %".2079", label %"exit.76", label %"cont.76"
exit.76:
  %".2081" = trunc i64 %"end.7" to i16
  %".2082" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2081", ptr %".2082", align 2
  br label %"return"
cont.76:
  %".2085" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2086" = load i16, ptr %".2085", align 2
  %".2087" = call i16 @"llvm.bswap.i16"(i16 %".2086")
  %".2088" = zext i16 %".2087" to i64
  switch i64 %".2088", label %"unknown.24" [i64 2048, label %"to_ipv4.15" i64 34525, label %"to_ipv6.14" i64 25944, label %"to_ethernet.3" i64 34887, label %"to_mpls.19" i64 34888, label %"to_mpls.20"]
unknown.24:
  %".2090" = trunc i64 %"end.7" to i16
  %".2091" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2090", ptr %".2091", align 2
  br label %"return"
to_ipv4.15:
  %".2094" = trunc i64 %"end.7" to i16
  %".2095" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2094", ptr %".2095", align 2
  br label %"return"
to_ipv6.14:
  %".2098" = trunc i64 %"end.7" to i16
  %".2099" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2098", ptr %".2099", align 2
  br label %"return"
to_ethernet.3:
  %".2102" = trunc i64 %"end.7" to i16
  %".2103" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2102", ptr %".2103", align 2
  br label %"return"
to_mpls.19:
  %".2106" = trunc i64 %"end.7" to i16
  %".2107" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2106", ptr %".2107", align 2
  br label %"return"
to_mpls.20:
  %".2110" = trunc i64 %"end.7" to i16
  %".2111" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2110", ptr %".2111", align 2
  br label %"return"
exit.77:
  %".2117" = trunc i64 %"cursor.73" to i16
  %".2118" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2117", ptr %".2118", align 2
  br label %"return"
cont.77:
  %".2121" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2122" = load i8, ptr %".2121", align 1
  %".2123" = zext i8 %".2122" to i64
  %".2124" = trunc i64 %".2123" to i8
  %".2125" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2124", ptr %".2125", align 1
  %".2127" = add i64 %"cursor.73", 2
  %".2128" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2129" = load i8, ptr %".2128", align 1
  %".2130" = zext i8 %".2129" to i64
  %".2131" = mul i64 %".2130", 8
  %".2132" = add i64 %".2131", 6
  %".2133" = add i64 %".2132", 2
  %".2134" = getelementptr i8, ptr %"hdr.33", i64 %".2133"
  %".2135" = icmp ugt ptr %".2134", %"data_end"
  br i1 %".2135", label %"exit.78", label %"cont.78"
exit.78:
  %".2137" = trunc i64 %"cursor.73" to i16
  %".2138" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2137", ptr %".2138", align 2
  br label %"return"
cont.78:
  %"end.8" = add i64 %"cursor.73", %".2133"
  %".2141" = zext i8 %".2122" to i64
  switch i64 %".2141", label %"unknown.25" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 132, label %"to_sctp.6" i64 33, label %"to_dccp.6" i64 50, label %"to_esp.6" i64 51, label %"to_ah.6" i64 137, label %"to_mpls.21" i64 58, label %"to_icmpv6.4" i64 4, label %"to_ipv4.16" i64 41, label %"to_ipv6.15"]
unknown.25:
  %".2143" = trunc i64 %"end.8" to i16
  %".2144" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2143", ptr %".2144", align 2
  br label %"return"
to_ipv6_opts.12:
  %".2147" = getelementptr i8, ptr %"keys", i64 2
  %".2148" = trunc i64 %"end.8" to i16
  store volatile i16 %".2148", ptr %".2147", align 2
  %".2150" = load volatile i16, ptr %".2147", align 2
  %".2151" = zext i16 %".2150" to i64
  %"cursor.166" = and i64 %".2151", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  %".2153" = getelementptr i8, ptr %"keys", i64 2
  %".2154" = trunc i64 %"end.8" to i16
  store volatile i16 %".2154", ptr %".2153", align 2
  %".2156" = load volatile i16, ptr %".2153", align 2
  %".2157" = zext i16 %".2156" to i64
  %"cursor.167" = and i64 %".2157", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  %".2159" = getelementptr i8, ptr %"keys", i64 2
  %".2160" = trunc i64 %"end.8" to i16
  store volatile i16 %".2160", ptr %".2159", align 2
  %".2162" = load volatile i16, ptr %".2159", align 2
  %".2163" = zext i16 %".2162" to i64
  %"cursor.168" = and i64 %".2163", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  %".2165" = getelementptr i8, ptr %"keys", i64 2
  %".2166" = trunc i64 %"end.8" to i16
  store volatile i16 %".2166", ptr %".2165", align 2
  %".2168" = load volatile i16, ptr %".2165", align 2
  %".2169" = zext i16 %".2168" to i64
  %"cursor.170" = and i64 %".2169", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  %".2171" = getelementptr i8, ptr %"keys", i64 2
  %".2172" = trunc i64 %"end.8" to i16
  store volatile i16 %".2172", ptr %".2171", align 2
  %".2174" = load volatile i16, ptr %".2171", align 2
  %".2175" = zext i16 %".2174" to i64
  %"cursor.171" = and i64 %".2175", 16383
  br label %"tcp"
to_udp.6:
  %".2177" = getelementptr i8, ptr %"keys", i64 2
  %".2178" = trunc i64 %"end.8" to i16
  store volatile i16 %".2178", ptr %".2177", align 2
  %".2180" = load volatile i16, ptr %".2177", align 2
  %".2181" = zext i16 %".2180" to i64
  %"cursor.172" = and i64 %".2181", 16383
  br label %"udp_d1"
to_udplite.6:
  %".2183" = getelementptr i8, ptr %"keys", i64 2
  %".2184" = trunc i64 %"end.8" to i16
  store volatile i16 %".2184", ptr %".2183", align 2
  %".2186" = load volatile i16, ptr %".2183", align 2
  %".2187" = zext i16 %".2186" to i64
  %"cursor.173" = and i64 %".2187", 16383
  br label %"udplite"
to_gre.6:
  %".2189" = getelementptr i8, ptr %"keys", i64 2
  %".2190" = trunc i64 %"end.8" to i16
  store volatile i16 %".2190", ptr %".2189", align 2
  %".2192" = load volatile i16, ptr %".2189", align 2
  %".2193" = zext i16 %".2192" to i64
  %"cursor.174" = and i64 %".2193", 16383
  br label %"gre_d1"
to_sctp.6:
  %".2195" = getelementptr i8, ptr %"keys", i64 2
  %".2196" = trunc i64 %"end.8" to i16
  store volatile i16 %".2196", ptr %".2195", align 2
  %".2198" = load volatile i16, ptr %".2195", align 2
  %".2199" = zext i16 %".2198" to i64
  %"cursor.175" = and i64 %".2199", 16383
  br label %"sctp"
to_dccp.6:
  %".2201" = getelementptr i8, ptr %"keys", i64 2
  %".2202" = trunc i64 %"end.8" to i16
  store volatile i16 %".2202", ptr %".2201", align 2
  %".2204" = load volatile i16, ptr %".2201", align 2
  %".2205" = zext i16 %".2204" to i64
  %"cursor.176" = and i64 %".2205", 16383
  br label %"dccp"
to_esp.6:
  %".2207" = getelementptr i8, ptr %"keys", i64 2
  %".2208" = trunc i64 %"end.8" to i16
  store volatile i16 %".2208", ptr %".2207", align 2
  %".2210" = load volatile i16, ptr %".2207", align 2
  %".2211" = zext i16 %".2210" to i64
  %"cursor.177" = and i64 %".2211", 16383
  br label %"esp"
to_ah.6:
  %".2213" = getelementptr i8, ptr %"keys", i64 2
  %".2214" = trunc i64 %"end.8" to i16
  store volatile i16 %".2214", ptr %".2213", align 2
  %".2216" = load volatile i16, ptr %".2213", align 2
  %".2217" = zext i16 %".2216" to i64
  %"cursor.178" = and i64 %".2217", 16383
  br label %"ah"
to_mpls.21:
  %".2219" = getelementptr i8, ptr %"keys", i64 2
  %".2220" = trunc i64 %"end.8" to i16
  store volatile i16 %".2220", ptr %".2219", align 2
  %".2222" = load volatile i16, ptr %".2219", align 2
  %".2223" = zext i16 %".2222" to i64
  %"cursor.179" = and i64 %".2223", 16383
  br label %"mpls_d1_mpls_labels1"
to_icmpv6.4:
  %".2225" = getelementptr i8, ptr %"keys", i64 2
  %".2226" = trunc i64 %"end.8" to i16
  store volatile i16 %".2226", ptr %".2225", align 2
  %".2228" = load volatile i16, ptr %".2225", align 2
  %".2229" = zext i16 %".2228" to i64
  %"cursor.180" = and i64 %".2229", 16383
  br label %"icmpv6"
to_ipv4.16:
  %".2231" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2231", align 1
  %".2233" = and i32 %"flags", 4
  %".2234" = icmp ne i32 %".2233", 0
  br i1 %".2234", label %"exit.79", label %"cont.79"
to_ipv6.15:
  %".2244" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2244", align 1
  %".2246" = and i32 %"flags", 4
  %".2247" = icmp ne i32 %".2246", 0
  br i1 %".2247", label %"exit.80", label %"cont.80"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.165" = phi  i64 [%"cursor.166", %"to_ipv6_opts.12"], [%"cursor.167", %"to_ipv6_opts.13"], [%"cursor.168", %"to_ipv6_opts.14"], [%"cursor.181", %"to_ipv6_opts.15"], [%"cursor.182", %"to_ipv6_opts.16"], [%"cursor.183", %"to_ipv6_opts.17"]
  %"hdr.50" = getelementptr i8, ptr %"data", i64 %"cursor.165"
  %".3251" = getelementptr i8, ptr %"hdr.50", i64 2
  %".3252" = icmp ugt ptr %".3251", %"data_end"
  br i1 %".3252", label %"exit.119", label %"cont.119"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.169" = phi  i64 [%"cursor.170", %"to_ipv6_frag.4"], [%"cursor.184", %"to_ipv6_frag.5"]
  %"hdr.51" = getelementptr i8, ptr %"data", i64 %"cursor.169"
  %".3394" = getelementptr i8, ptr %"hdr.51", i64 8
  %".3395" = icmp ugt ptr %".3394", %"data_end"
  br i1 %".3395", label %"exit.123", label %"cont.123"
exit.79:
  %".2236" = trunc i64 %"end.8" to i16
  %".2237" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2236", ptr %".2237", align 2
  br label %"return"
cont.79:
  %".2240" = trunc i64 %"end.8" to i16
  %".2241" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2240", ptr %".2241", align 2
  br label %"return"
exit.80:
  %".2249" = trunc i64 %"end.8" to i16
  %".2250" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2249", ptr %".2250", align 2
  br label %"return"
cont.80:
  %".2253" = trunc i64 %"end.8" to i16
  %".2254" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2253", ptr %".2254", align 2
  br label %"return"
exit.81:
  %".2260" = trunc i64 %"cursor.77" to i16
  %".2261" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2260", ptr %".2261", align 2
  br label %"return"
cont.81:
  %".2264" = getelementptr i8, ptr %"hdr.34", i64 0
  %".2265" = load i8, ptr %".2264", align 1
  %".2266" = zext i8 %".2265" to i64
  %".2267" = trunc i64 %".2266" to i8
  %".2268" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2267", ptr %".2268", align 1
  %".2270" = add i64 %"cursor.77", 8
  %".2271" = icmp ne i64 1, 0
  %".2272" = getelementptr i8, ptr %"hdr.34", i64 2
  %".2273" = load i16, ptr %".2272", align 2
  %".2274" = call i16 @"llvm.bswap.i16"(i16 %".2273")
  %".2275" = zext i16 %".2274" to i64
  %".2276" = and i64 %".2275", 65528
  %".2277" = icmp eq i64 %".2276", 0
  br i1 %".2271", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".2279" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2279", align 1
  br i1 %".2277", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".2297" = zext i8 %".2265" to i64
  switch i64 %".2297", label %"unknown.26" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 132, label %"to_sctp.7" i64 33, label %"to_dccp.7" i64 50, label %"to_esp.7" i64 51, label %"to_ah.7" i64 137, label %"to_mpls.22" i64 58, label %"to_icmpv6.5" i64 4, label %"to_ipv4.17" i64 41, label %"to_ipv6.16"]
first_fragment.3:
  %".2286" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2286", align 1
  %".2288" = and i32 %"flags", 1
  %".2289" = icmp ne i32 %".2288", 0
  %".2290" = xor i1 %".2289", -1
  br i1 %".2290", label %"exit.82", label %"cont.82"
later_fragment.3:
  %".2282" = trunc i64 %".2270" to i16
  %".2283" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2282", ptr %".2283", align 2
  br label %"return"
exit.82:
  %".2292" = trunc i64 %".2270" to i16
  %".2293" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2292", ptr %".2293", align 2
  br label %"return"
cont.82:
  br label %"not_fragment.3"
unknown.26:
  %".2299" = trunc i64 %".2270" to i16
  %".2300" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2299", ptr %".2300", align 2
  br label %"return"
to_ipv6_opts.15:
  %".2303" = getelementptr i8, ptr %"keys", i64 2
  %".2304" = trunc i64 %".2270" to i16
  store volatile i16 %".2304", ptr %".2303", align 2
  %".2306" = load volatile i16, ptr %".2303", align 2
  %".2307" = zext i16 %".2306" to i64
  %"cursor.181" = and i64 %".2307", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  %".2309" = getelementptr i8, ptr %"keys", i64 2
  %".2310" = trunc i64 %".2270" to i16
  store volatile i16 %".2310", ptr %".2309", align 2
  %".2312" = load volatile i16, ptr %".2309", align 2
  %".2313" = zext i16 %".2312" to i64
  %"cursor.182" = and i64 %".2313", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  %".2315" = getelementptr i8, ptr %"keys", i64 2
  %".2316" = trunc i64 %".2270" to i16
  store volatile i16 %".2316", ptr %".2315", align 2
  %".2318" = load volatile i16, ptr %".2315", align 2
  %".2319" = zext i16 %".2318" to i64
  %"cursor.183" = and i64 %".2319", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  %".2321" = getelementptr i8, ptr %"keys", i64 2
  %".2322" = trunc i64 %".2270" to i16
  store volatile i16 %".2322", ptr %".2321", align 2
  %".2324" = load volatile i16, ptr %".2321", align 2
  %".2325" = zext i16 %".2324" to i64
  %"cursor.184" = and i64 %".2325", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  %".2327" = getelementptr i8, ptr %"keys", i64 2
  %".2328" = trunc i64 %".2270" to i16
  store volatile i16 %".2328", ptr %".2327", align 2
  %".2330" = load volatile i16, ptr %".2327", align 2
  %".2331" = zext i16 %".2330" to i64
  %"cursor.185" = and i64 %".2331", 16383
  br label %"tcp"
to_udp.7:
  %".2333" = getelementptr i8, ptr %"keys", i64 2
  %".2334" = trunc i64 %".2270" to i16
  store volatile i16 %".2334", ptr %".2333", align 2
  %".2336" = load volatile i16, ptr %".2333", align 2
  %".2337" = zext i16 %".2336" to i64
  %"cursor.186" = and i64 %".2337", 16383
  br label %"udp_d1"
to_udplite.7:
  %".2339" = getelementptr i8, ptr %"keys", i64 2
  %".2340" = trunc i64 %".2270" to i16
  store volatile i16 %".2340", ptr %".2339", align 2
  %".2342" = load volatile i16, ptr %".2339", align 2
  %".2343" = zext i16 %".2342" to i64
  %"cursor.187" = and i64 %".2343", 16383
  br label %"udplite"
to_gre.7:
  %".2345" = getelementptr i8, ptr %"keys", i64 2
  %".2346" = trunc i64 %".2270" to i16
  store volatile i16 %".2346", ptr %".2345", align 2
  %".2348" = load volatile i16, ptr %".2345", align 2
  %".2349" = zext i16 %".2348" to i64
  %"cursor.188" = and i64 %".2349", 16383
  br label %"gre_d1"
to_sctp.7:
  %".2351" = getelementptr i8, ptr %"keys", i64 2
  %".2352" = trunc i64 %".2270" to i16
  store volatile i16 %".2352", ptr %".2351", align 2
  %".2354" = load volatile i16, ptr %".2351", align 2
  %".2355" = zext i16 %".2354" to i64
  %"cursor.189" = and i64 %".2355", 16383
  br label %"sctp"
to_dccp.7:
  %".2357" = getelementptr i8, ptr %"keys", i64 2
  %".2358" = trunc i64 %".2270" to i16
  store volatile i16 %".2358", ptr %".2357", align 2
  %".2360" = load volatile i16, ptr %".2357", align 2
  %".2361" = zext i16 %".2360" to i64
  %"cursor.190" = and i64 %".2361", 16383
  br label %"dccp"
to_esp.7:
  %".2363" = getelementptr i8, ptr %"keys", i64 2
  %".2364" = trunc i64 %".2270" to i16
  store volatile i16 %".2364", ptr %".2363", align 2
  %".2366" = load volatile i16, ptr %".2363", align 2
  %".2367" = zext i16 %".2366" to i64
  %"cursor.191" = and i64 %".2367", 16383
  br label %"esp"
to_ah.7:
  %".2369" = getelementptr i8, ptr %"keys", i64 2
  %".2370" = trunc i64 %".2270" to i16
  store volatile i16 %".2370", ptr %".2369", align 2
  %".2372" = load volatile i16, ptr %".2369", align 2
  %".2373" = zext i16 %".2372" to i64
  %"cursor.192" = and i64 %".2373", 16383
  br label %"ah"
to_mpls.22:
  %".2375" = getelementptr i8, ptr %"keys", i64 2
  %".2376" = trunc i64 %".2270" to i16
  store volatile i16 %".2376", ptr %".2375", align 2
  %".2378" = load volatile i16, ptr %".2375", align 2
  %".2379" = zext i16 %".2378" to i64
  %"cursor.193" = and i64 %".2379", 16383
  br label %"mpls_d1_mpls_labels1"
to_icmpv6.5:
  %".2381" = getelementptr i8, ptr %"keys", i64 2
  %".2382" = trunc i64 %".2270" to i16
  store volatile i16 %".2382", ptr %".2381", align 2
  %".2384" = load volatile i16, ptr %".2381", align 2
  %".2385" = zext i16 %".2384" to i64
  %"cursor.194" = and i64 %".2385", 16383
  br label %"icmpv6"
to_ipv4.17:
  %".2387" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2387", align 1
  %".2389" = and i32 %"flags", 4
  %".2390" = icmp ne i32 %".2389", 0
  br i1 %".2390", label %"exit.83", label %"cont.83"
to_ipv6.16:
  %".2400" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2400", align 1
  %".2402" = and i32 %"flags", 4
  %".2403" = icmp ne i32 %".2402", 0
  br i1 %".2403", label %"exit.84", label %"cont.84"
exit.83:
  %".2392" = trunc i64 %".2270" to i16
  %".2393" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2392", ptr %".2393", align 2
  br label %"return"
cont.83:
  %".2396" = trunc i64 %".2270" to i16
  %".2397" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2396", ptr %".2397", align 2
  br label %"return"
exit.84:
  %".2405" = trunc i64 %".2270" to i16
  %".2406" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2405", ptr %".2406", align 2
  br label %"return"
cont.84:
  %".2409" = trunc i64 %".2270" to i16
  %".2410" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2409", ptr %".2410", align 2
  br label %"return"
exit.85:
  %".2416" = trunc i64 %"cursor.89" to i16
  %".2417" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2416", ptr %".2417", align 2
  br label %"return"
cont.85:
  %".2420" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2421" = load i8, ptr %".2420", align 1
  %".2422" = zext i8 %".2421" to i64
  %".2423" = trunc i64 %".2422" to i8
  %".2424" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2423", ptr %".2424", align 1
  %".2426" = add i64 %"cursor.89", 2
  %".2427" = getelementptr i8, ptr %"hdr.35", i64 1
  %".2428" = load i8, ptr %".2427", align 1
  %".2429" = zext i8 %".2428" to i64
  %".2430" = mul i64 %".2429", 8
  %".2431" = add i64 %".2430", 6
  %".2432" = add i64 %".2431", 2
  %".2433" = getelementptr i8, ptr %"hdr.35", i64 %".2432"
  %".2434" = icmp ugt ptr %".2433", %"data_end"
  br i1 %".2434", label %"exit.86", label %"cont.86"
exit.86:
  %".2436" = trunc i64 %"cursor.89" to i16
  %".2437" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2436", ptr %".2437", align 2
  br label %"return"
cont.86:
  %"end.9" = add i64 %"cursor.89", %".2432"
  %".2440" = zext i8 %".2421" to i64
  switch i64 %".2440", label %"unknown.27" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 132, label %"to_sctp.8" i64 33, label %"to_dccp.8" i64 50, label %"to_esp.8" i64 51, label %"to_ah.8" i64 137, label %"to_mpls.23" i64 58, label %"to_icmpv6.6" i64 4, label %"to_ipv4.18" i64 41, label %"to_ipv6.17"]
unknown.27:
  %".2442" = trunc i64 %"end.9" to i16
  %".2443" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2442", ptr %".2443", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  %".2447" = getelementptr i8, ptr %"keys", i64 2
  %".2448" = trunc i64 %"end.9" to i16
  store volatile i16 %".2448", ptr %".2447", align 2
  %".2450" = load volatile i16, ptr %".2447", align 2
  %".2451" = zext i16 %".2450" to i64
  %"cursor.196" = and i64 %".2451", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  %".2453" = getelementptr i8, ptr %"keys", i64 2
  %".2454" = trunc i64 %"end.9" to i16
  store volatile i16 %".2454", ptr %".2453", align 2
  %".2456" = load volatile i16, ptr %".2453", align 2
  %".2457" = zext i16 %".2456" to i64
  %"cursor.197" = and i64 %".2457", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  %".2460" = getelementptr i8, ptr %"keys", i64 2
  %".2461" = trunc i64 %"end.9" to i16
  store volatile i16 %".2461", ptr %".2460", align 2
  %".2463" = load volatile i16, ptr %".2460", align 2
  %".2464" = zext i16 %".2463" to i64
  %"cursor.199" = and i64 %".2464", 16383
  br label %"tcp"
to_udp.8:
  %".2466" = getelementptr i8, ptr %"keys", i64 2
  %".2467" = trunc i64 %"end.9" to i16
  store volatile i16 %".2467", ptr %".2466", align 2
  %".2469" = load volatile i16, ptr %".2466", align 2
  %".2470" = zext i16 %".2469" to i64
  %"cursor.200" = and i64 %".2470", 16383
  br label %"udp_d0"
to_udplite.8:
  %".2472" = getelementptr i8, ptr %"keys", i64 2
  %".2473" = trunc i64 %"end.9" to i16
  store volatile i16 %".2473", ptr %".2472", align 2
  %".2475" = load volatile i16, ptr %".2472", align 2
  %".2476" = zext i16 %".2475" to i64
  %"cursor.201" = and i64 %".2476", 16383
  br label %"udplite"
to_gre.8:
  %".2478" = getelementptr i8, ptr %"keys", i64 2
  %".2479" = trunc i64 %"end.9" to i16
  store volatile i16 %".2479", ptr %".2478", align 2
  %".2481" = load volatile i16, ptr %".2478", align 2
  %".2482" = zext i16 %".2481" to i64
  %"cursor.202" = and i64 %".2482", 16383
  br label %"gre_d0"
to_sctp.8:
  %".2484" = getelementptr i8, ptr %"keys", i64 2
  %".2485" = trunc i64 %"end.9" to i16
  store volatile i16 %".2485", ptr %".2484", align 2
  %".2487" = load volatile i16, ptr %".2484", align 2
  %".2488" = zext i16 %".2487" to i64
  %"cursor.203" = and i64 %".2488", 16383
  br label %"sctp"
to_dccp.8:
  %".2490" = getelementptr i8, ptr %"keys", i64 2
  %".2491" = trunc i64 %"end.9" to i16
  store volatile i16 %".2491", ptr %".2490", align 2
  %".2493" = load volatile i16, ptr %".2490", align 2
  %".2494" = zext i16 %".2493" to i64
  %"cursor.204" = and i64 %".2494", 16383
  br label %"dccp"
to_esp.8:
  %".2496" = getelementptr i8, ptr %"keys", i64 2
  %".2497" = trunc i64 %"end.9" to i16
  store volatile i16 %".2497", ptr %".2496", align 2
  %".2499" = load volatile i16, ptr %".2496", align 2
  %".2500" = zext i16 %".2499" to i64
  %"cursor.205" = and i64 %".2500", 16383
  br label %"esp"
to_ah.8:
  %".2502" = getelementptr i8, ptr %"keys", i64 2
  %".2503" = trunc i64 %"end.9" to i16
  store volatile i16 %".2503", ptr %".2502", align 2
  %".2505" = load volatile i16, ptr %".2502", align 2
  %".2506" = zext i16 %".2505" to i64
  %"cursor.206" = and i64 %".2506", 16383
  br label %"ah"
to_mpls.23:
  %".2508" = getelementptr i8, ptr %"keys", i64 2
  %".2509" = trunc i64 %"end.9" to i16
  store volatile i16 %".2509", ptr %".2508", align 2
  %".2511" = load volatile i16, ptr %".2508", align 2
  %".2512" = zext i16 %".2511" to i64
  %"cursor.207" = and i64 %".2512", 16383
  br label %"mpls_d0_mpls_labels1"
to_icmpv6.6:
  %".2514" = getelementptr i8, ptr %"keys", i64 2
  %".2515" = trunc i64 %"end.9" to i16
  store volatile i16 %".2515", ptr %".2514", align 2
  %".2517" = load volatile i16, ptr %".2514", align 2
  %".2518" = zext i16 %".2517" to i64
  %"cursor.208" = and i64 %".2518", 16383
  br label %"icmpv6"
to_ipv4.18:
  %".2520" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2520", align 1
  %".2522" = and i32 %"flags", 4
  %".2523" = icmp ne i32 %".2522", 0
  br i1 %".2523", label %"exit.87", label %"cont.87"
to_ipv6.17:
  %".2535" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2535", align 1
  %".2537" = and i32 %"flags", 4
  %".2538" = icmp ne i32 %".2537", 0
  br i1 %".2538", label %"exit.88", label %"cont.88"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.195" = phi  i64 [%"end.9", %"to_ipv6_opts.18"], [%"cursor.196", %"to_ipv6_opts.19"], [%"cursor.197", %"to_ipv6_opts.20"], [%"cursor.211", %"to_ipv6_opts.21"], [%"cursor.212", %"to_ipv6_opts.22"], [%"cursor.213", %"to_ipv6_opts.23"]
  %"hdr.52" = getelementptr i8, ptr %"data", i64 %"cursor.195"
  %".3550" = getelementptr i8, ptr %"hdr.52", i64 2
  %".3551" = icmp ugt ptr %".3550", %"data_end"
  br i1 %".3551", label %"exit.127", label %"cont.127"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.198" = phi  i64 [%"end.9", %"to_ipv6_frag.6"], [%"cursor.214", %"to_ipv6_frag.7"]
  %"hdr.53" = getelementptr i8, ptr %"data", i64 %"cursor.198"
  %".3689" = getelementptr i8, ptr %"hdr.53", i64 8
  %".3690" = icmp ugt ptr %".3689", %"data_end"
  br i1 %".3690", label %"exit.131", label %"cont.131"
exit.87:
  %".2525" = trunc i64 %"end.9" to i16
  %".2526" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2525", ptr %".2526", align 2
  br label %"return"
cont.87:
  %".2529" = getelementptr i8, ptr %"keys", i64 2
  %".2530" = trunc i64 %"end.9" to i16
  store volatile i16 %".2530", ptr %".2529", align 2
  %".2532" = load volatile i16, ptr %".2529", align 2
  %".2533" = zext i16 %".2532" to i64
  %"cursor.209" = and i64 %".2533", 16383
  br label %"ipv4_d1"
exit.88:
  %".2540" = trunc i64 %"end.9" to i16
  %".2541" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2540", ptr %".2541", align 2
  br label %"return"
cont.88:
  %".2544" = getelementptr i8, ptr %"keys", i64 2
  %".2545" = trunc i64 %"end.9" to i16
  store volatile i16 %".2545", ptr %".2544", align 2
  %".2547" = load volatile i16, ptr %".2544", align 2
  %".2548" = zext i16 %".2547" to i64
  %"cursor.210" = and i64 %".2548", 16383
  br label %"ipv6_d1"
exit.89:
  %".2553" = trunc i64 %"cursor.92" to i16
  %".2554" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2553", ptr %".2554", align 2
  br label %"return"
cont.89:
  %".2557" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2558" = load i8, ptr %".2557", align 1
  %".2559" = zext i8 %".2558" to i64
  %".2560" = trunc i64 %".2559" to i8
  %".2561" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2560", ptr %".2561", align 1
  %".2563" = add i64 %"cursor.92", 8
  %".2564" = icmp ne i64 1, 0
  %".2565" = getelementptr i8, ptr %"hdr.36", i64 2
  %".2566" = load i16, ptr %".2565", align 2
  %".2567" = call i16 @"llvm.bswap.i16"(i16 %".2566")
  %".2568" = zext i16 %".2567" to i64
  %".2569" = and i64 %".2568", 65528
  %".2570" = icmp eq i64 %".2569", 0
  br i1 %".2564", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".2572" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2572", align 1
  br i1 %".2570", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".2590" = zext i8 %".2558" to i64
  switch i64 %".2590", label %"unknown.28" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 132, label %"to_sctp.9" i64 33, label %"to_dccp.9" i64 50, label %"to_esp.9" i64 51, label %"to_ah.9" i64 137, label %"to_mpls.24" i64 58, label %"to_icmpv6.7" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.18"]
first_fragment.4:
  %".2579" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2579", align 1
  %".2581" = and i32 %"flags", 1
  %".2582" = icmp ne i32 %".2581", 0
  %".2583" = xor i1 %".2582", -1
  br i1 %".2583", label %"exit.90", label %"cont.90"
later_fragment.4:
  %".2575" = trunc i64 %".2563" to i16
  %".2576" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2575", ptr %".2576", align 2
  br label %"return"
exit.90:
  %".2585" = trunc i64 %".2563" to i16
  %".2586" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2585", ptr %".2586", align 2
  br label %"return"
cont.90:
  br label %"not_fragment.4"
unknown.28:
  %".2592" = trunc i64 %".2563" to i16
  %".2593" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2592", ptr %".2593", align 2
  br label %"return"
to_ipv6_opts.21:
  %".2596" = getelementptr i8, ptr %"keys", i64 2
  %".2597" = trunc i64 %".2563" to i16
  store volatile i16 %".2597", ptr %".2596", align 2
  %".2599" = load volatile i16, ptr %".2596", align 2
  %".2600" = zext i16 %".2599" to i64
  %"cursor.211" = and i64 %".2600", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  %".2602" = getelementptr i8, ptr %"keys", i64 2
  %".2603" = trunc i64 %".2563" to i16
  store volatile i16 %".2603", ptr %".2602", align 2
  %".2605" = load volatile i16, ptr %".2602", align 2
  %".2606" = zext i16 %".2605" to i64
  %"cursor.212" = and i64 %".2606", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  %".2608" = getelementptr i8, ptr %"keys", i64 2
  %".2609" = trunc i64 %".2563" to i16
  store volatile i16 %".2609", ptr %".2608", align 2
  %".2611" = load volatile i16, ptr %".2608", align 2
  %".2612" = zext i16 %".2611" to i64
  %"cursor.213" = and i64 %".2612", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  %".2614" = getelementptr i8, ptr %"keys", i64 2
  %".2615" = trunc i64 %".2563" to i16
  store volatile i16 %".2615", ptr %".2614", align 2
  %".2617" = load volatile i16, ptr %".2614", align 2
  %".2618" = zext i16 %".2617" to i64
  %"cursor.214" = and i64 %".2618", 16383
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  %".2620" = getelementptr i8, ptr %"keys", i64 2
  %".2621" = trunc i64 %".2563" to i16
  store volatile i16 %".2621", ptr %".2620", align 2
  %".2623" = load volatile i16, ptr %".2620", align 2
  %".2624" = zext i16 %".2623" to i64
  %"cursor.215" = and i64 %".2624", 16383
  br label %"tcp"
to_udp.9:
  %".2626" = getelementptr i8, ptr %"keys", i64 2
  %".2627" = trunc i64 %".2563" to i16
  store volatile i16 %".2627", ptr %".2626", align 2
  %".2629" = load volatile i16, ptr %".2626", align 2
  %".2630" = zext i16 %".2629" to i64
  %"cursor.216" = and i64 %".2630", 16383
  br label %"udp_d0"
to_udplite.9:
  %".2632" = getelementptr i8, ptr %"keys", i64 2
  %".2633" = trunc i64 %".2563" to i16
  store volatile i16 %".2633", ptr %".2632", align 2
  %".2635" = load volatile i16, ptr %".2632", align 2
  %".2636" = zext i16 %".2635" to i64
  %"cursor.217" = and i64 %".2636", 16383
  br label %"udplite"
to_gre.9:
  %".2638" = getelementptr i8, ptr %"keys", i64 2
  %".2639" = trunc i64 %".2563" to i16
  store volatile i16 %".2639", ptr %".2638", align 2
  %".2641" = load volatile i16, ptr %".2638", align 2
  %".2642" = zext i16 %".2641" to i64
  %"cursor.218" = and i64 %".2642", 16383
  br label %"gre_d0"
to_sctp.9:
  %".2644" = getelementptr i8, ptr %"keys", i64 2
  %".2645" = trunc i64 %".2563" to i16
  store volatile i16 %".2645", ptr %".2644", align 2
  %".2647" = load volatile i16, ptr %".2644", align 2
  %".2648" = zext i16 %".2647" to i64
  %"cursor.219" = and i64 %".2648", 16383
  br label %"sctp"
to_dccp.9:
  %".2650" = getelementptr i8, ptr %"keys", i64 2
  %".2651" = trunc i64 %".2563" to i16
  store volatile i16 %".2651", ptr %".2650", align 2
  %".2653" = load volatile i16, ptr %".2650", align 2
  %".2654" = zext i16 %".2653" to i64
  %"cursor.220" = and i64 %".2654", 16383
  br label %"dccp"
to_esp.9:
  %".2656" = getelementptr i8, ptr %"keys", i64 2
  %".2657" = trunc i64 %".2563" to i16
  store volatile i16 %".2657", ptr %".2656", align 2
  %".2659" = load volatile i16, ptr %".2656", align 2
  %".2660" = zext i16 %".2659" to i64
  %"cursor.221" = and i64 %".2660", 16383
  br label %"esp"
to_ah.9:
  %".2662" = getelementptr i8, ptr %"keys", i64 2
  %".2663" = trunc i64 %".2563" to i16
  store volatile i16 %".2663", ptr %".2662", align 2
  %".2665" = load volatile i16, ptr %".2662", align 2
  %".2666" = zext i16 %".2665" to i64
  %"cursor.222" = and i64 %".2666", 16383
  br label %"ah"
to_mpls.24:
  %".2668" = getelementptr i8, ptr %"keys", i64 2
  %".2669" = trunc i64 %".2563" to i16
  store volatile i16 %".2669", ptr %".2668", align 2
  %".2671" = load volatile i16, ptr %".2668", align 2
  %".2672" = zext i16 %".2671" to i64
  %"cursor.223" = and i64 %".2672", 16383
  br label %"mpls_d0_mpls_labels1"
to_icmpv6.7:
  %".2674" = getelementptr i8, ptr %"keys", i64 2
  %".2675" = trunc i64 %".2563" to i16
  store volatile i16 %".2675", ptr %".2674", align 2
  %".2677" = load volatile i16, ptr %".2674", align 2
  %".2678" = zext i16 %".2677" to i64
  %"cursor.224" = and i64 %".2678", 16383
  br label %"icmpv6"
to_ipv4.19:
  %".2680" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2680", align 1
  %".2682" = and i32 %"flags", 4
  %".2683" = icmp ne i32 %".2682", 0
  br i1 %".2683", label %"exit.91", label %"cont.91"
to_ipv6.18:
  %".2695" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2695", align 1
  %".2697" = and i32 %"flags", 4
  %".2698" = icmp ne i32 %".2697", 0
  br i1 %".2698", label %"exit.92", label %"cont.92"
exit.91:
  %".2685" = trunc i64 %".2563" to i16
  %".2686" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2685", ptr %".2686", align 2
  br label %"return"
cont.91:
  %".2689" = getelementptr i8, ptr %"keys", i64 2
  %".2690" = trunc i64 %".2563" to i16
  store volatile i16 %".2690", ptr %".2689", align 2
  %".2692" = load volatile i16, ptr %".2689", align 2
  %".2693" = zext i16 %".2692" to i64
  %"cursor.225" = and i64 %".2693", 16383
  br label %"ipv4_d1"
exit.92:
  %".2700" = trunc i64 %".2563" to i16
  %".2701" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2700", ptr %".2701", align 2
  br label %"return"
cont.92:
  %".2704" = getelementptr i8, ptr %"keys", i64 2
  %".2705" = trunc i64 %".2563" to i16
  store volatile i16 %".2705", ptr %".2704", align 2
  %".2707" = load volatile i16, ptr %".2704", align 2
  %".2708" = zext i16 %".2707" to i64
  %"cursor.226" = and i64 %".2708", 16383
  br label %"ipv6_d1"
exit.93:
  %".2713" = trunc i64 %"cursor.126" to i16
  %".2714" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2713", ptr %".2714", align 2
  br label %"return"
cont.93:
  %".2717" = add i64 %"cursor.126", 4
  %".2718" = getelementptr i8, ptr %"hdr.37", i64 2
  %".2719" = load i8, ptr %".2718", align 1
  %".2720" = zext i8 %".2719" to i64
  %".2721" = and i64 %".2720", 1
  switch i64 %".2721", label %"unknown.29" [i64 0, label %"to_mpls.25" i64 1, label %"to_ip_version.4"]
unknown.29:
  %".2723" = trunc i64 %".2717" to i16
  %".2724" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2723", ptr %".2724", align 2
  br label %"return"
to_mpls.25:
  br label %"mpls_d0_mpls_labels4"
to_ip_version.4:
  %".2728" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2728", align 1
  %".2730" = and i32 %"flags", 4
  %".2731" = icmp ne i32 %".2730", 0
  br i1 %".2731", label %"exit.94", label %"cont.94"
mpls_d0_mpls_labels4:
  %"cursor.227" = phi  i64 [%".2717", %"to_mpls.25"]
  %"hdr.54" = getelementptr i8, ptr %"data", i64 %"cursor.227"
  %".3841" = getelementptr i8, ptr %"hdr.54", i64 4
  %".3842" = icmp ugt ptr %".3841", %"data_end"
  br i1 %".3842", label %"exit.135", label %"cont.135"
exit.94:
  %".2733" = trunc i64 %".2717" to i16
  %".2734" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2733", ptr %".2734", align 2
  br label %"return"
cont.94:
  %".2737" = getelementptr i8, ptr %"keys", i64 2
  %".2738" = trunc i64 %".2717" to i16
  store volatile i16 %".2738", ptr %".2737", align 2
  %".2740" = load volatile i16, ptr %".2737", align 2
  %".2741" = zext i16 %".2740" to i64
  %"cursor.228" = and i64 %".2741", 16383
  br label %"ip_version_d1"
exit.95:
  %".2746" = trunc i64 %"cursor.130" to i16
  %".2747" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2746", ptr %".2747", align 2
  br label %"return"
cont.95:
  %".2750" = add i64 %"cursor.130", 2
  %".2751" = trunc i64 %".2750" to i16
  %".2752" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2751", ptr %".2752", align 2
  %".2754" = getelementptr i8, ptr %"hdr.38", i64 0
  %".2755" = load i16, ptr %".2754", align 2
  %".2756" = call i16 @"llvm.bswap.i16"(i16 %".2755")
  %".2757" = zext i16 %".2756" to i64
  switch i64 %".2757", label %"unknown.30" [i64 33, label %"to_ipv4.20" i64 87, label %"to_ipv6.19" i64 641, label %"to_mpls.26" i64 643, label %"to_mpls.27"]
unknown.30:
  %".2759" = trunc i64 %".2750" to i16
  %".2760" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2759", ptr %".2760", align 2
  br label %"return"
to_ipv4.20:
  %".2763" = getelementptr i8, ptr %"keys", i64 2
  %".2764" = trunc i64 %".2750" to i16
  store volatile i16 %".2764", ptr %".2763", align 2
  %".2766" = load volatile i16, ptr %".2763", align 2
  %".2767" = zext i16 %".2766" to i64
  %"cursor.229" = and i64 %".2767", 16383
  br label %"ipv4_d0"
to_ipv6.19:
  %".2769" = getelementptr i8, ptr %"keys", i64 2
  %".2770" = trunc i64 %".2750" to i16
  store volatile i16 %".2770", ptr %".2769", align 2
  %".2772" = load volatile i16, ptr %".2769", align 2
  %".2773" = zext i16 %".2772" to i64
  %"cursor.230" = and i64 %".2773", 16383
  br label %"ipv6_d0"
to_mpls.26:
  %".2775" = getelementptr i8, ptr %"keys", i64 2
  %".2776" = trunc i64 %".2750" to i16
  store volatile i16 %".2776", ptr %".2775", align 2
  %".2778" = load volatile i16, ptr %".2775", align 2
  %".2779" = zext i16 %".2778" to i64
  %"cursor.231" = and i64 %".2779", 16383
  br label %"mpls_d0_mpls_labels1"
to_mpls.27:
  %".2781" = getelementptr i8, ptr %"keys", i64 2
  %".2782" = trunc i64 %".2750" to i16
  store volatile i16 %".2782", ptr %".2781", align 2
  %".2784" = load volatile i16, ptr %".2781", align 2
  %".2785" = zext i16 %".2784" to i64
  %"cursor.232" = and i64 %".2785", 16383
  br label %"mpls_d0_mpls_labels1"
exit.96:
  %".2790" = trunc i64 %"cursor.131" to i16
  %".2791" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2790", ptr %".2791", align 2
  br label %"return"
cont.96:
  %".2794" = add i64 %"cursor.131", 1
  %".2795" = trunc i64 %".2794" to i16
  %".2796" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2795", ptr %".2796", align 2
  %".2798" = getelementptr i8, ptr %"hdr.39", i64 0
  %".2799" = load i8, ptr %".2798", align 1
  %".2800" = zext i8 %".2799" to i64
  switch i64 %".2800", label %"unknown.31" [i64 33, label %"to_ipv4.21" i64 87, label %"to_ipv6.20"]
unknown.31:
  %".2802" = trunc i64 %".2794" to i16
  %".2803" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2802", ptr %".2803", align 2
  br label %"return"
to_ipv4.21:
  %".2806" = getelementptr i8, ptr %"keys", i64 2
  %".2807" = trunc i64 %".2794" to i16
  store volatile i16 %".2807", ptr %".2806", align 2
  %".2809" = load volatile i16, ptr %".2806", align 2
  %".2810" = zext i16 %".2809" to i64
  %"cursor.233" = and i64 %".2810", 16383
  br label %"ipv4_d0"
to_ipv6.20:
  %".2812" = getelementptr i8, ptr %"keys", i64 2
  %".2813" = trunc i64 %".2794" to i16
  store volatile i16 %".2813", ptr %".2812", align 2
  %".2815" = load volatile i16, ptr %".2812", align 2
  %".2816" = zext i16 %".2815" to i64
  %"cursor.234" = and i64 %".2816", 16383
  br label %"ipv6_d0"
exit.97:
  %".2821" = trunc i64 %"cursor.139" to i16
  %".2822" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2821", ptr %".2822", align 2
  br label %"return"
cont.97:
  %".2825" = add i64 %"cursor.139", 4
  switch i64 0, label %"unknown.32" [i64 0, label %"to_ip_version.5"]
unknown.32:
  %".2827" = trunc i64 %".2825" to i16
  %".2828" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2827", ptr %".2828", align 2
  br label %"return"
to_ip_version.5:
  %".2831" = getelementptr i8, ptr %"keys", i64 2
  %".2832" = trunc i64 %".2825" to i16
  store volatile i16 %".2832", ptr %".2831", align 2
  %".2834" = load volatile i16, ptr %".2831", align 2
  %".2835" = zext i16 %".2834" to i64
  %"cursor.235" = and i64 %".2835", 16383
  br label %"ip_version_d1"
exit.98:
  %".2840" = trunc i64 %"cursor.141" to i16
  %".2841" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2840", ptr %".2841", align 2
  br label %"return"
cont.98:
  %".2844" = add i64 %"cursor.141", 3
  switch i64 0, label %"unknown.33" [i64 0, label %"to_gtpu_next"]
unknown.33:
  %".2846" = trunc i64 %".2844" to i16
  %".2847" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2846", ptr %".2847", align 2
  br label %"return"
to_gtpu_next:
  %".2850" = getelementptr i8, ptr %"keys", i64 2
  %".2851" = trunc i64 %".2844" to i16
  store volatile i16 %".2851", ptr %".2850", align 2
  %".2853" = load volatile i16, ptr %".2850", align 2
  %".2854" = zext i16 %".2853" to i64
  %"cursor.237" = and i64 %".2854", 16383
  br label %"gtpu_next_d1"
gtpu_next_d1:
  %"cursor.236" = phi  i64 [%"cursor.237", %"to_gtpu_next"]
  %"hdr.55" = getelementptr i8, ptr %"data", i64 %"cursor.236"
  %".3877" = getelementptr i8, ptr %"hdr.55", i64 1
  %".3878" = icmp ugt ptr %".3877", %"data_end"
  br i1 %".3878", label %"exit.137", label %"cont.137"
exit.99:
  %".2859" = trunc i64 %"cursor.146" to i16
  %".2860" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2859", ptr %".2860", align 2
  br label %"return"
cont.99:
  %".2863" = getelementptr i8, ptr %"hdr.42", i64 2
  %".2864" = load i16, ptr %".2863", align 2
  %".2865" = call i16 @"llvm.bswap.i16"(i16 %".2864")
  %".2866" = zext i16 %".2865" to i64
  %".2867" = trunc i64 %".2866" to i16
  %".2868" = call i16 @"llvm.bswap.i16"(i16 %".2867")
  %".2869" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2868", ptr %".2869", align 2
  %".2871" = add i64 %"cursor.146", 4
  %".2872" = trunc i64 %".2871" to i16
  %".2873" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2872", ptr %".2873", align 2
  %".2875" = call i16 @"llvm.bswap.i16"(i16 %".2864")
  %".2876" = zext i16 %".2875" to i64
  switch i64 %".2876", label %"unknown.34" [i64 2048, label %"to_ipv4.22" i64 34525, label %"to_ipv6.21" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9" i64 34887, label %"to_mpls.28" i64 34888, label %"to_mpls.29" i64 34916, label %"to_pppoe.4"]
unknown.34:
  %".2878" = trunc i64 %".2871" to i16
  %".2879" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2878", ptr %".2879", align 2
  br label %"return"
to_ipv4.22:
  %".2882" = getelementptr i8, ptr %"keys", i64 2
  %".2883" = trunc i64 %".2871" to i16
  store volatile i16 %".2883", ptr %".2882", align 2
  %".2885" = load volatile i16, ptr %".2882", align 2
  %".2886" = zext i16 %".2885" to i64
  %"cursor.238" = and i64 %".2886", 16383
  br label %"ipv4_d1"
to_ipv6.21:
  %".2888" = getelementptr i8, ptr %"keys", i64 2
  %".2889" = trunc i64 %".2871" to i16
  store volatile i16 %".2889", ptr %".2888", align 2
  %".2891" = load volatile i16, ptr %".2888", align 2
  %".2892" = zext i16 %".2891" to i64
  %"cursor.239" = and i64 %".2892", 16383
  br label %"ipv6_d1"
to_vlan.8:
  %".2894" = getelementptr i8, ptr %"keys", i64 2
  %".2895" = trunc i64 %".2871" to i16
  store volatile i16 %".2895", ptr %".2894", align 2
  %".2897" = load volatile i16, ptr %".2894", align 2
  %".2898" = zext i16 %".2897" to i64
  %"cursor.241" = and i64 %".2898", 16383
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  %".2900" = getelementptr i8, ptr %"keys", i64 2
  %".2901" = trunc i64 %".2871" to i16
  store volatile i16 %".2901", ptr %".2900", align 2
  %".2903" = load volatile i16, ptr %".2900", align 2
  %".2904" = zext i16 %".2903" to i64
  %"cursor.242" = and i64 %".2904", 16383
  br label %"vlan_d1_vlan_tags2"
to_mpls.28:
  %".2906" = getelementptr i8, ptr %"keys", i64 2
  %".2907" = trunc i64 %".2871" to i16
  store volatile i16 %".2907", ptr %".2906", align 2
  %".2909" = load volatile i16, ptr %".2906", align 2
  %".2910" = zext i16 %".2909" to i64
  %"cursor.243" = and i64 %".2910", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.29:
  %".2912" = getelementptr i8, ptr %"keys", i64 2
  %".2913" = trunc i64 %".2871" to i16
  store volatile i16 %".2913", ptr %".2912", align 2
  %".2915" = load volatile i16, ptr %".2912", align 2
  %".2916" = zext i16 %".2915" to i64
  %"cursor.244" = and i64 %".2916", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.4:
  %".2918" = getelementptr i8, ptr %"keys", i64 2
  %".2919" = trunc i64 %".2871" to i16
  store volatile i16 %".2919", ptr %".2918", align 2
  %".2921" = load volatile i16, ptr %".2918", align 2
  %".2922" = zext i16 %".2921" to i64
  %"cursor.245" = and i64 %".2922", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2:
  %"cursor.240" = phi  i64 [%"cursor.241", %"to_vlan.8"], [%"cursor.242", %"to_vlan.9"]
  %"hdr.56" = getelementptr i8, ptr %"data", i64 %"cursor.240"
  %".3909" = getelementptr i8, ptr %"hdr.56", i64 4
  %".3910" = icmp ugt ptr %".3909", %"data_end"
  br i1 %".3910", label %"exit.138", label %"cont.138"
exit.100:
  %".2927" = trunc i64 %"cursor.151" to i16
  %".2928" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2927", ptr %".2928", align 2
  br label %"return"
cont.100:
  %".2931" = getelementptr i8, ptr %"hdr.43", i64 0
  %".2932" = load i8, ptr %".2931", align 1
  %".2933" = zext i8 %".2932" to i64
  %".2934" = lshr i64 %".2933", 4
  %".2935" = and i64 %".2934", 15
  %".2936" = icmp eq i64 %".2935", 1
  %".2937" = zext i8 %".2932" to i64
  %".2938" = and i64 %".2937", 15
  %".2939" = icmp eq i64 %".2938", 1
  %".2940" = and i1 %".2936", %".2939"
  %".2941" = getelementptr i8, ptr %"hdr.43", i64 1
  %".2942" = load i8, ptr %".2941", align 1
  %".2943" = zext i8 %".2942" to i64
  %".2944" = icmp eq i64 %".2943", 0
  %".2945" = and i1 %".2940", %".2944"
  %".2946" = xor i1 %".2945", -1
  br i1 %".2946", label %"exit.101", label %"cont.101"
exit.101:
  %".2948" = trunc i64 %"cursor.151" to i16
  %".2949" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2948", ptr %".2949", align 2
  br label %"return"
cont.101:
  %".2952" = add i64 %"cursor.151", 6
  switch i64 0, label %"unknown.35" [i64 0, label %"to_ppp.1"]
unknown.35:
  %".2954" = trunc i64 %".2952" to i16
  %".2955" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2954", ptr %".2955", align 2
  br label %"return"
to_ppp.1:
  %".2958" = getelementptr i8, ptr %"keys", i64 2
  %".2959" = trunc i64 %".2952" to i16
  store volatile i16 %".2959", ptr %".2958", align 2
  %".2961" = load volatile i16, ptr %".2958", align 2
  %".2962" = zext i16 %".2961" to i64
  %"cursor.247" = and i64 %".2962", 16383
  br label %"ppp_d1"
ppp_d1:
  %"cursor.246" = phi  i64 [%"cursor.247", %"to_ppp.1"]
  %"hdr.57" = getelementptr i8, ptr %"data", i64 %"cursor.246"
  %".3973" = getelementptr i8, ptr %"hdr.57", i64 1
  %".3974" = icmp ugt ptr %".3973", %"data_end"
  br i1 %".3974", label %"exit.139", label %"cont.139"
exit.102:
  %".2967" = trunc i64 %"cursor.153" to i16
  %".2968" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2967", ptr %".2968", align 2
  br label %"return"
cont.102:
  %".2971" = add i64 %"cursor.153", 4
  %".2972" = getelementptr i8, ptr %"hdr.44", i64 2
  %".2973" = load i8, ptr %".2972", align 1
  %".2974" = zext i8 %".2973" to i64
  %".2975" = and i64 %".2974", 1
  switch i64 %".2975", label %"unknown.36" [i64 0, label %"to_mpls.30" i64 1, label %"to_ip_version.6"]
unknown.36:
  %".2977" = trunc i64 %".2971" to i16
  %".2978" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2977", ptr %".2978", align 2
  br label %"return"
to_mpls.30:
  %".2981" = getelementptr i8, ptr %"keys", i64 2
  %".2982" = trunc i64 %".2971" to i16
  store volatile i16 %".2982", ptr %".2981", align 2
  %".2984" = load volatile i16, ptr %".2981", align 2
  %".2985" = zext i16 %".2984" to i64
  %"cursor.249" = and i64 %".2985", 16383
  br label %"mpls_d1_mpls_labels3"
to_ip_version.6:
  %".2987" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2987", align 1
  %".2989" = and i32 %"flags", 4
  %".2990" = icmp ne i32 %".2989", 0
  br i1 %".2990", label %"exit.103", label %"cont.103"
mpls_d1_mpls_labels3:
  %"cursor.248" = phi  i64 [%"cursor.249", %"to_mpls.30"]
  %"hdr.58" = getelementptr i8, ptr %"data", i64 %"cursor.248"
  %".4001" = getelementptr i8, ptr %"hdr.58", i64 4
  %".4002" = icmp ugt ptr %".4001", %"data_end"
  br i1 %".4002", label %"exit.140", label %"cont.140"
exit.103:
  %".2992" = trunc i64 %".2971" to i16
  %".2993" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2992", ptr %".2993", align 2
  br label %"return"
cont.103:
  %".2996" = trunc i64 %".2971" to i16
  %".2997" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2996", ptr %".2997", align 2
  br label %"return"
exit.104:
  %".3003" = trunc i64 %"cursor.155" to i16
  %".3004" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3003", ptr %".3004", align 2
  br label %"return"
cont.104:
  %".3007" = add i64 %"cursor.155", 8
  %".3008" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3008", align 1
  %".3010" = and i32 %"flags", 4
  %".3011" = icmp ne i32 %".3010", 0
  br i1 %".3011", label %"exit.105", label %"cont.105"
exit.105:
  %".3013" = trunc i64 %".3007" to i16
  %".3014" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3013", ptr %".3014", align 2
  br label %"return"
cont.105:
  switch i64 0, label %"unknown.37" [i64 0, label %"to_ethernet.4"]
unknown.37:
  %".3018" = trunc i64 %".3007" to i16
  %".3019" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3018", ptr %".3019", align 2
  br label %"return"
to_ethernet.4:
  %".3022" = trunc i64 %".3007" to i16
  %".3023" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3022", ptr %".3023", align 2
  br label %"return"
exit.106:
  %".3029" = trunc i64 %"cursor.157" to i16
  %".3030" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3029", ptr %".3030", align 2
  br label %"return"
cont.106:
  %".3033" = getelementptr i8, ptr %"hdr.46", i64 0
  %".3034" = load i8, ptr %".3033", align 1
  %".3035" = zext i8 %".3034" to i64
  %".3036" = lshr i64 %".3035", 6
  %".3037" = and i64 %".3036", 3
  %".3038" = icmp ne i64 %".3037", 0
  br i1 %".3038", label %"exit.107", label %"cont.107"
exit.107:
  %".3040" = trunc i64 %"cursor.157" to i16
  %".3041" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3040", ptr %".3041", align 2
  br label %"return"
cont.107:
  %".3044" = add i64 %"cursor.157", 8
  %".3045" = zext i8 %".3034" to i64
  %".3046" = and i64 %".3045", 63
  %".3047" = mul i64 %".3046", 4
  %".3048" = add i64 %".3047", 8
  %".3049" = getelementptr i8, ptr %"hdr.46", i64 %".3048"
  %".3050" = icmp ugt ptr %".3049", %"data_end"
  br i1 %".3050", label %"exit.108", label %"cont.108"
exit.108:
  %".3052" = trunc i64 %"cursor.157" to i16
  %".3053" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3052", ptr %".3053", align 2
  br label %"return"
cont.108:
  %"end.10" = add i64 %"cursor.157", %".3048"
  %".3056" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3056", align 1
  %".3058" = and i32 %"flags", 4
  %".3059" = icmp ne i32 %".3058", 0
  br i1 %".3059", label %"exit.109", label %"cont.109"
exit.109:
  %".3061" = trunc i64 %"end.10" to i16
  %".3062" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3061", ptr %".3062", align 2
  br label %"return"
cont.109:
  %".3065" = getelementptr i8, ptr %"hdr.46", i64 2
  %".3066" = load i16, ptr %".3065", align 2
  %".3067" = call i16 @"llvm.bswap.i16"(i16 %".3066")
  %".3068" = zext i16 %".3067" to i64
  switch i64 %".3068", label %"unknown.38" [i64 25944, label %"to_ethernet.5" i64 2048, label %"to_ipv4.23" i64 34525, label %"to_ipv6.22"]
unknown.38:
  %".3070" = trunc i64 %"end.10" to i16
  %".3071" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3070", ptr %".3071", align 2
  br label %"return"
to_ethernet.5:
  %".3074" = trunc i64 %"end.10" to i16
  %".3075" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3074", ptr %".3075", align 2
  br label %"return"
to_ipv4.23:
  %".3078" = trunc i64 %"end.10" to i16
  %".3079" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3078", ptr %".3079", align 2
  br label %"return"
to_ipv6.22:
  %".3082" = trunc i64 %"end.10" to i16
  %".3083" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3082", ptr %".3083", align 2
  br label %"return"
exit.110:
  %".3089" = trunc i64 %"cursor.159" to i16
  %".3090" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3089", ptr %".3090", align 2
  br label %"return"
cont.110:
  %".3093" = getelementptr i8, ptr %"hdr.47", i64 0
  %".3094" = load i8, ptr %".3093", align 1
  %".3095" = zext i8 %".3094" to i64
  %".3096" = lshr i64 %".3095", 6
  %".3097" = and i64 %".3096", 3
  %".3098" = icmp ne i64 %".3097", 0
  %".3099" = zext i8 %".3094" to i64
  %".3100" = lshr i64 %".3099", 5
  %".3101" = and i64 %".3100", 1
  %".3102" = icmp ne i64 %".3101", 0
  %".3103" = or i1 %".3098", %".3102"
  br i1 %".3103", label %"exit.111", label %"cont.111"
exit.111:
  %".3105" = trunc i64 %"cursor.159" to i16
  %".3106" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3105", ptr %".3106", align 2
  br label %"return"
cont.111:
  %".3109" = add i64 %"cursor.159", 4
  %".3110" = zext i8 %".3094" to i64
  %".3111" = and i64 %".3110", 31
  %".3112" = mul i64 %".3111", 4
  %".3113" = add i64 %".3112", 4
  %".3114" = getelementptr i8, ptr %"hdr.47", i64 %".3113"
  %".3115" = icmp ugt ptr %".3114", %"data_end"
  br i1 %".3115", label %"exit.112", label %"cont.112"
exit.112:
  %".3117" = trunc i64 %"cursor.159" to i16
  %".3118" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3117", ptr %".3118", align 2
  br label %"return"
cont.112:
  %"end.11" = add i64 %"cursor.159", %".3113"
  %".3121" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3121", align 1
  %".3123" = and i32 %"flags", 4
  %".3124" = icmp ne i32 %".3123", 0
  br i1 %".3124", label %"exit.113", label %"cont.113"
exit.113:
  %".3126" = trunc i64 %"end.11" to i16
  %".3127" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3126", ptr %".3127", align 2
  br label %"return"
cont.113:
  %".3130" = getelementptr i8, ptr %"hdr.47", i64 1
  %".3131" = load i8, ptr %".3130", align 1
  %".3132" = zext i8 %".3131" to i64
  switch i64 %".3132", label %"unknown.39" [i64 4, label %"to_ipv4.24" i64 41, label %"to_ipv6.23"]
unknown.39:
  %".3134" = trunc i64 %"end.11" to i16
  %".3135" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3134", ptr %".3135", align 2
  br label %"return"
to_ipv4.24:
  %".3138" = trunc i64 %"end.11" to i16
  %".3139" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3138", ptr %".3139", align 2
  br label %"return"
to_ipv6.23:
  %".3142" = trunc i64 %"end.11" to i16
  %".3143" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3142", ptr %".3143", align 2
  br label %"return"
exit.114:
  %".3149" = trunc i64 %"cursor.161" to i16
  %".3150" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3149", ptr %".3150", align 2
  br label %"return"
cont.114:
  %".3153" = getelementptr i8, ptr %"hdr.48", i64 0
  %".3154" = load i8, ptr %".3153", align 1
  %".3155" = zext i8 %".3154" to i64
  %".3156" = lshr i64 %".3155", 5
  %".3157" = and i64 %".3156", 7
  %".3158" = icmp ne i64 %".3157", 1
  %".3159" = zext i8 %".3154" to i64
  %".3160" = lshr i64 %".3159", 4
  %".3161" = and i64 %".3160", 1
  %".3162" = icmp ne i64 %".3161", 1
  %".3163" = or i1 %".3158", %".3162"
  %".3164" = getelementptr i8, ptr %"hdr.48", i64 1
  %".3165" = load i8, ptr %".3164", align 1
  %".3166" = zext i8 %".3165" to i64
  %".3167" = icmp ne i64 %".3166", 255
  %".3168" = or i1 %".3163", %".3167"
  br i1 %".3168", label %"exit.115", label %"cont.115"
exit.115:
  %".3170" = trunc i64 %"cursor.161" to i16
  %".3171" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3170", ptr %".3171", align 2
  br label %"return"
cont.115:
  %".3174" = add i64 %"cursor.161", 8
  %".3175" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3175", align 1
  %".3177" = and i32 %"flags", 4
  %".3178" = icmp ne i32 %".3177", 0
  br i1 %".3178", label %"exit.116", label %"cont.116"
exit.116:
  %".3180" = trunc i64 %".3174" to i16
  %".3181" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3180", ptr %".3181", align 2
  br label %"return"
cont.116:
  %".3184" = zext i8 %".3154" to i64
  %".3185" = lshr i64 %".3184", 2
  %".3186" = and i64 %".3185", 1
  %".3187" = mul i64 %".3186", 4
  %".3188" = zext i8 %".3154" to i64
  %".3189" = lshr i64 %".3188", 1
  %".3190" = and i64 %".3189", 1
  %".3191" = mul i64 %".3190", 2
  %".3192" = add i64 %".3187", %".3191"
  %".3193" = zext i8 %".3154" to i64
  %".3194" = and i64 %".3193", 1
  %".3195" = add i64 %".3192", %".3194"
  %".3196" = icmp uge i64 %".3195", 1
  %".3197" = icmp ule i64 %".3195", 3
  %".3198" = and i1 %".3196", %".3197"
  br i1 %".3198", label %"to_gtpu_opt.1", label %"select.2"
unknown.40:
  %".3205" = trunc i64 %".3174" to i16
  %".3206" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3205", ptr %".3206", align 2
  br label %"return"
to_ip_version.7:
  %".3209" = trunc i64 %".3174" to i16
  %".3210" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3209", ptr %".3210", align 2
  br label %"return"
to_gtpu_opt.1:
  %".3213" = trunc i64 %".3174" to i16
  %".3214" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3213", ptr %".3214", align 2
  br label %"return"
to_gtpu_seq.1:
  %".3217" = trunc i64 %".3174" to i16
  %".3218" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3217", ptr %".3218", align 2
  br label %"return"
select.2:
  %".3200" = icmp uge i64 %".3195", 4
  %".3201" = icmp ule i64 %".3195", 7
  %".3202" = and i1 %".3200", %".3201"
  br i1 %".3202", label %"to_gtpu_seq.1", label %"select.3"
select.3:
  switch i64 %".3195", label %"unknown.40" [i64 0, label %"to_ip_version.7"]
exit.117:
  %".3224" = trunc i64 %"cursor.163" to i16
  %".3225" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3224", ptr %".3225", align 2
  br label %"return"
cont.117:
  %".3228" = add i64 %"cursor.163", 8
  %".3229" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3229", align 1
  %".3231" = and i32 %"flags", 4
  %".3232" = icmp ne i32 %".3231", 0
  br i1 %".3232", label %"exit.118", label %"cont.118"
exit.118:
  %".3234" = trunc i64 %".3228" to i16
  %".3235" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3234", ptr %".3235", align 2
  br label %"return"
cont.118:
  %".3238" = getelementptr i8, ptr %"hdr.49", i64 2
  %".3239" = load i16, ptr %".3238", align 2
  %".3240" = call i16 @"llvm.bswap.i16"(i16 %".3239")
  %".3241" = zext i16 %".3240" to i64
  switch i64 %".3241", label %"unknown.41" [i64 2048, label %"to_ipv4.25"]
unknown.41:
  %".3243" = trunc i64 %".3228" to i16
  %".3244" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3243", ptr %".3244", align 2
  br label %"return"
to_ipv4.25:
  %".3247" = trunc i64 %".3228" to i16
  %".3248" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3247", ptr %".3248", align 2
  br label %"return"
exit.119:
  %".3254" = trunc i64 %"cursor.165" to i16
  %".3255" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3254", ptr %".3255", align 2
  br label %"return"
cont.119:
  %".3258" = getelementptr i8, ptr %"hdr.50", i64 0
  %".3259" = load i8, ptr %".3258", align 1
  %".3260" = zext i8 %".3259" to i64
  %".3261" = trunc i64 %".3260" to i8
  %".3262" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3261", ptr %".3262", align 1
  %".3264" = add i64 %"cursor.165", 2
  %".3265" = getelementptr i8, ptr %"hdr.50", i64 1
  %".3266" = load i8, ptr %".3265", align 1
  %".3267" = zext i8 %".3266" to i64
  %".3268" = mul i64 %".3267", 8
  %".3269" = add i64 %".3268", 6
  %".3270" = add i64 %".3269", 2
  %".3271" = getelementptr i8, ptr %"hdr.50", i64 %".3270"
  %".3272" = icmp ugt ptr %".3271", %"data_end"
  br i1 %".3272", label %"exit.120", label %"cont.120"
exit.120:
  %".3274" = trunc i64 %"cursor.165" to i16
  %".3275" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3274", ptr %".3275", align 2
  br label %"return"
cont.120:
  %"end.12" = add i64 %"cursor.165", %".3270"
  %".3278" = zext i8 %".3259" to i64
  switch i64 %".3278", label %"unknown.42" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 132, label %"to_sctp.10" i64 33, label %"to_dccp.10" i64 50, label %"to_esp.10" i64 51, label %"to_ah.10" i64 137, label %"to_mpls.31" i64 58, label %"to_icmpv6.8" i64 4, label %"to_ipv4.26" i64 41, label %"to_ipv6.24"]
unknown.42:
  %".3280" = trunc i64 %"end.12" to i16
  %".3281" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3280", ptr %".3281", align 2
  br label %"return"
to_ipv6_opts.24:
  %".3284" = getelementptr i8, ptr %"keys", i64 2
  %".3285" = trunc i64 %"end.12" to i16
  store volatile i16 %".3285", ptr %".3284", align 2
  %".3287" = load volatile i16, ptr %".3284", align 2
  %".3288" = zext i16 %".3287" to i64
  %"cursor.251" = and i64 %".3288", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  %".3290" = getelementptr i8, ptr %"keys", i64 2
  %".3291" = trunc i64 %"end.12" to i16
  store volatile i16 %".3291", ptr %".3290", align 2
  %".3293" = load volatile i16, ptr %".3290", align 2
  %".3294" = zext i16 %".3293" to i64
  %"cursor.252" = and i64 %".3294", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  %".3296" = getelementptr i8, ptr %"keys", i64 2
  %".3297" = trunc i64 %"end.12" to i16
  store volatile i16 %".3297", ptr %".3296", align 2
  %".3299" = load volatile i16, ptr %".3296", align 2
  %".3300" = zext i16 %".3299" to i64
  %"cursor.253" = and i64 %".3300", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  %".3302" = getelementptr i8, ptr %"keys", i64 2
  %".3303" = trunc i64 %"end.12" to i16
  store volatile i16 %".3303", ptr %".3302", align 2
  %".3305" = load volatile i16, ptr %".3302", align 2
  %".3306" = zext i16 %".3305" to i64
  %"cursor.255" = and i64 %".3306", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  %".3308" = getelementptr i8, ptr %"keys", i64 2
  %".3309" = trunc i64 %"end.12" to i16
  store volatile i16 %".3309", ptr %".3308", align 2
  %".3311" = load volatile i16, ptr %".3308", align 2
  %".3312" = zext i16 %".3311" to i64
  %"cursor.256" = and i64 %".3312", 16383
  br label %"tcp"
to_udp.10:
  %".3314" = getelementptr i8, ptr %"keys", i64 2
  %".3315" = trunc i64 %"end.12" to i16
  store volatile i16 %".3315", ptr %".3314", align 2
  %".3317" = load volatile i16, ptr %".3314", align 2
  %".3318" = zext i16 %".3317" to i64
  %"cursor.257" = and i64 %".3318", 16383
  br label %"udp_d1"
to_udplite.10:
  %".3320" = getelementptr i8, ptr %"keys", i64 2
  %".3321" = trunc i64 %"end.12" to i16
  store volatile i16 %".3321", ptr %".3320", align 2
  %".3323" = load volatile i16, ptr %".3320", align 2
  %".3324" = zext i16 %".3323" to i64
  %"cursor.258" = and i64 %".3324", 16383
  br label %"udplite"
to_gre.10:
  %".3326" = getelementptr i8, ptr %"keys", i64 2
  %".3327" = trunc i64 %"end.12" to i16
  store volatile i16 %".3327", ptr %".3326", align 2
  %".3329" = load volatile i16, ptr %".3326", align 2
  %".3330" = zext i16 %".3329" to i64
  %"cursor.259" = and i64 %".3330", 16383
  br label %"gre_d1"
to_sctp.10:
  %".3332" = getelementptr i8, ptr %"keys", i64 2
  %".3333" = trunc i64 %"end.12" to i16
  store volatile i16 %".3333", ptr %".3332", align 2
  %".3335" = load volatile i16, ptr %".3332", align 2
  %".3336" = zext i16 %".3335" to i64
  %"cursor.260" = and i64 %".3336", 16383
  br label %"sctp"
to_dccp.10:
  %".3338" = getelementptr i8, ptr %"keys", i64 2
  %".3339" = trunc i64 %"end.12" to i16
  store volatile i16 %".3339", ptr %".3338", align 2
  %".3341" = load volatile i16, ptr %".3338", align 2
  %".3342" = zext i16 %".3341" to i64
  %"cursor.261" = and i64 %".3342", 16383
  br label %"dccp"
to_esp.10:
  %".3344" = getelementptr i8, ptr %"keys", i64 2
  %".3345" = trunc i64 %"end.12" to i16
  store volatile i16 %".3345", ptr %".3344", align 2
  %".3347" = load volatile i16, ptr %".3344", align 2
  %".3348" = zext i16 %".3347" to i64
  %"cursor.262" = and i64 %".3348", 16383
  br label %"esp"
to_ah.10:
  %".3350" = getelementptr i8, ptr %"keys", i64 2
  %".3351" = trunc i64 %"end.12" to i16
  store volatile i16 %".3351", ptr %".3350", align 2
  %".3353" = load volatile i16, ptr %".3350", align 2
  %".3354" = zext i16 %".3353" to i64
  %"cursor.263" = and i64 %".3354", 16383
  br label %"ah"
to_mpls.31:
  %".3356" = getelementptr i8, ptr %"keys", i64 2
  %".3357" = trunc i64 %"end.12" to i16
  store volatile i16 %".3357", ptr %".3356", align 2
  %".3359" = load volatile i16, ptr %".3356", align 2
  %".3360" = zext i16 %".3359" to i64
  %"cursor.264" = and i64 %".3360", 16383
  br label %"mpls_d1_mpls_labels1"
to_icmpv6.8:
  %".3362" = getelementptr i8, ptr %"keys", i64 2
  %".3363" = trunc i64 %"end.12" to i16
  store volatile i16 %".3363", ptr %".3362", align 2
  %".3365" = load volatile i16, ptr %".3362", align 2
  %".3366" = zext i16 %".3365" to i64
  %"cursor.265" = and i64 %".3366", 16383
  br label %"icmpv6"
to_ipv4.26:
  %".3368" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3368", align 1
  %".3370" = and i32 %"flags", 4
  %".3371" = icmp ne i32 %".3370", 0
  br i1 %".3371", label %"exit.121", label %"cont.121"
to_ipv6.24:
  %".3381" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3381", align 1
  %".3383" = and i32 %"flags", 4
  %".3384" = icmp ne i32 %".3383", 0
  br i1 %".3384", label %"exit.122", label %"cont.122"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.250" = phi  i64 [%"cursor.251", %"to_ipv6_opts.24"], [%"cursor.252", %"to_ipv6_opts.25"], [%"cursor.253", %"to_ipv6_opts.26"], [%"cursor.266", %"to_ipv6_opts.27"], [%"cursor.267", %"to_ipv6_opts.28"], [%"cursor.268", %"to_ipv6_opts.29"]
  %"hdr.59" = getelementptr i8, ptr %"data", i64 %"cursor.250"
  %".4037" = getelementptr i8, ptr %"hdr.59", i64 2
  %".4038" = icmp ugt ptr %".4037", %"data_end"
  br i1 %".4038", label %"exit.142", label %"cont.142"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.254" = phi  i64 [%"cursor.255", %"to_ipv6_frag.8"], [%"cursor.269", %"to_ipv6_frag.9"]
  %"hdr.60" = getelementptr i8, ptr %"data", i64 %"cursor.254"
  %".4172" = getelementptr i8, ptr %"hdr.60", i64 8
  %".4173" = icmp ugt ptr %".4172", %"data_end"
  br i1 %".4173", label %"exit.146", label %"cont.146"
exit.121:
  %".3373" = trunc i64 %"end.12" to i16
  %".3374" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3373", ptr %".3374", align 2
  br label %"return"
cont.121:
  %".3377" = trunc i64 %"end.12" to i16
  %".3378" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3377", ptr %".3378", align 2
  br label %"return"
exit.122:
  %".3386" = trunc i64 %"end.12" to i16
  %".3387" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3386", ptr %".3387", align 2
  br label %"return"
cont.122:
  %".3390" = trunc i64 %"end.12" to i16
  %".3391" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3390", ptr %".3391", align 2
  br label %"return"
exit.123:
  %".3397" = trunc i64 %"cursor.169" to i16
  %".3398" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3397", ptr %".3398", align 2
  br label %"return"
cont.123:
  %".3401" = getelementptr i8, ptr %"hdr.51", i64 0
  %".3402" = load i8, ptr %".3401", align 1
  %".3403" = zext i8 %".3402" to i64
  %".3404" = trunc i64 %".3403" to i8
  %".3405" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3404", ptr %".3405", align 1
  %".3407" = add i64 %"cursor.169", 8
  %".3408" = icmp ne i64 1, 0
  %".3409" = getelementptr i8, ptr %"hdr.51", i64 2
  %".3410" = load i16, ptr %".3409", align 2
  %".3411" = call i16 @"llvm.bswap.i16"(i16 %".3410")
  %".3412" = zext i16 %".3411" to i64
  %".3413" = and i64 %".3412", 65528
  %".3414" = icmp eq i64 %".3413", 0
  br i1 %".3408", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".3416" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".3416", align 1
  br i1 %".3414", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".3434" = zext i8 %".3402" to i64
  switch i64 %".3434", label %"unknown.43" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 132, label %"to_sctp.11" i64 33, label %"to_dccp.11" i64 50, label %"to_esp.11" i64 51, label %"to_ah.11" i64 137, label %"to_mpls.32" i64 58, label %"to_icmpv6.9" i64 4, label %"to_ipv4.27" i64 41, label %"to_ipv6.25"]
first_fragment.5:
  %".3423" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".3423", align 1
  %".3425" = and i32 %"flags", 1
  %".3426" = icmp ne i32 %".3425", 0
  %".3427" = xor i1 %".3426", -1
  br i1 %".3427", label %"exit.124", label %"cont.124"
later_fragment.5:
  %".3419" = trunc i64 %".3407" to i16
  %".3420" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3419", ptr %".3420", align 2
  br label %"return"
exit.124:
  %".3429" = trunc i64 %".3407" to i16
  %".3430" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3429", ptr %".3430", align 2
  br label %"return"
cont.124:
  br label %"not_fragment.5"
unknown.43:
  %".3436" = trunc i64 %".3407" to i16
  %".3437" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3436", ptr %".3437", align 2
  br label %"return"
to_ipv6_opts.27:
  %".3440" = getelementptr i8, ptr %"keys", i64 2
  %".3441" = trunc i64 %".3407" to i16
  store volatile i16 %".3441", ptr %".3440", align 2
  %".3443" = load volatile i16, ptr %".3440", align 2
  %".3444" = zext i16 %".3443" to i64
  %"cursor.266" = and i64 %".3444", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  %".3446" = getelementptr i8, ptr %"keys", i64 2
  %".3447" = trunc i64 %".3407" to i16
  store volatile i16 %".3447", ptr %".3446", align 2
  %".3449" = load volatile i16, ptr %".3446", align 2
  %".3450" = zext i16 %".3449" to i64
  %"cursor.267" = and i64 %".3450", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  %".3452" = getelementptr i8, ptr %"keys", i64 2
  %".3453" = trunc i64 %".3407" to i16
  store volatile i16 %".3453", ptr %".3452", align 2
  %".3455" = load volatile i16, ptr %".3452", align 2
  %".3456" = zext i16 %".3455" to i64
  %"cursor.268" = and i64 %".3456", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  %".3458" = getelementptr i8, ptr %"keys", i64 2
  %".3459" = trunc i64 %".3407" to i16
  store volatile i16 %".3459", ptr %".3458", align 2
  %".3461" = load volatile i16, ptr %".3458", align 2
  %".3462" = zext i16 %".3461" to i64
  %"cursor.269" = and i64 %".3462", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  %".3464" = getelementptr i8, ptr %"keys", i64 2
  %".3465" = trunc i64 %".3407" to i16
  store volatile i16 %".3465", ptr %".3464", align 2
  %".3467" = load volatile i16, ptr %".3464", align 2
  %".3468" = zext i16 %".3467" to i64
  %"cursor.270" = and i64 %".3468", 16383
  br label %"tcp"
to_udp.11:
  %".3470" = getelementptr i8, ptr %"keys", i64 2
  %".3471" = trunc i64 %".3407" to i16
  store volatile i16 %".3471", ptr %".3470", align 2
  %".3473" = load volatile i16, ptr %".3470", align 2
  %".3474" = zext i16 %".3473" to i64
  %"cursor.271" = and i64 %".3474", 16383
  br label %"udp_d1"
to_udplite.11:
  %".3476" = getelementptr i8, ptr %"keys", i64 2
  %".3477" = trunc i64 %".3407" to i16
  store volatile i16 %".3477", ptr %".3476", align 2
  %".3479" = load volatile i16, ptr %".3476", align 2
  %".3480" = zext i16 %".3479" to i64
  %"cursor.272" = and i64 %".3480", 16383
  br label %"udplite"
to_gre.11:
  %".3482" = getelementptr i8, ptr %"keys", i64 2
  %".3483" = trunc i64 %".3407" to i16
  store volatile i16 %".3483", ptr %".3482", align 2
  %".3485" = load volatile i16, ptr %".3482", align 2
  %".3486" = zext i16 %".3485" to i64
  %"cursor.273" = and i64 %".3486", 16383
  br label %"gre_d1"
to_sctp.11:
  %".3488" = getelementptr i8, ptr %"keys", i64 2
  %".3489" = trunc i64 %".3407" to i16
  store volatile i16 %".3489", ptr %".3488", align 2
  %".3491" = load volatile i16, ptr %".3488", align 2
  %".3492" = zext i16 %".3491" to i64
  %"cursor.274" = and i64 %".3492", 16383
  br label %"sctp"
to_dccp.11:
  %".3494" = getelementptr i8, ptr %"keys", i64 2
  %".3495" = trunc i64 %".3407" to i16
  store volatile i16 %".3495", ptr %".3494", align 2
  %".3497" = load volatile i16, ptr %".3494", align 2
  %".3498" = zext i16 %".3497" to i64
  %"cursor.275" = and i64 %".3498", 16383
  br label %"dccp"
to_esp.11:
  %".3500" = getelementptr i8, ptr %"keys", i64 2
  %".3501" = trunc i64 %".3407" to i16
  store volatile i16 %".3501", ptr %".3500", align 2
  %".3503" = load volatile i16, ptr %".3500", align 2
  %".3504" = zext i16 %".3503" to i64
  %"cursor.276" = and i64 %".3504", 16383
  br label %"esp"
to_ah.11:
  %".3506" = getelementptr i8, ptr %"keys", i64 2
  %".3507" = trunc i64 %".3407" to i16
  store volatile i16 %".3507", ptr %".3506", align 2
  %".3509" = load volatile i16, ptr %".3506", align 2
  %".3510" = zext i16 %".3509" to i64
  %"cursor.277" = and i64 %".3510", 16383
  br label %"ah"
to_mpls.32:
  %".3512" = getelementptr i8, ptr %"keys", i64 2
  %".3513" = trunc i64 %".3407" to i16
  store volatile i16 %".3513", ptr %".3512", align 2
  %".3515" = load volatile i16, ptr %".3512", align 2
  %".3516" = zext i16 %".3515" to i64
  %"cursor.278" = and i64 %".3516", 16383
  br label %"mpls_d1_mpls_labels1"
to_icmpv6.9:
  %".3518" = getelementptr i8, ptr %"keys", i64 2
  %".3519" = trunc i64 %".3407" to i16
  store volatile i16 %".3519", ptr %".3518", align 2
  %".3521" = load volatile i16, ptr %".3518", align 2
  %".3522" = zext i16 %".3521" to i64
  %"cursor.279" = and i64 %".3522", 16383
  br label %"icmpv6"
to_ipv4.27:
  %".3524" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3524", align 1
  %".3526" = and i32 %"flags", 4
  %".3527" = icmp ne i32 %".3526", 0
  br i1 %".3527", label %"exit.125", label %"cont.125"
to_ipv6.25:
  %".3537" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3537", align 1
  %".3539" = and i32 %"flags", 4
  %".3540" = icmp ne i32 %".3539", 0
  br i1 %".3540", label %"exit.126", label %"cont.126"
exit.125:
  %".3529" = trunc i64 %".3407" to i16
  %".3530" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3529", ptr %".3530", align 2
  br label %"return"
cont.125:
  %".3533" = trunc i64 %".3407" to i16
  %".3534" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3533", ptr %".3534", align 2
  br label %"return"
exit.126:
  %".3542" = trunc i64 %".3407" to i16
  %".3543" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3542", ptr %".3543", align 2
  br label %"return"
cont.126:
  %".3546" = trunc i64 %".3407" to i16
  %".3547" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3546", ptr %".3547", align 2
  br label %"return"
exit.127:
  %".3553" = trunc i64 %"cursor.195" to i16
  %".3554" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3553", ptr %".3554", align 2
  br label %"return"
cont.127:
  %".3557" = getelementptr i8, ptr %"hdr.52", i64 0
  %".3558" = load i8, ptr %".3557", align 1
  %".3559" = zext i8 %".3558" to i64
  %".3560" = trunc i64 %".3559" to i8
  %".3561" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3560", ptr %".3561", align 1
  %".3563" = add i64 %"cursor.195", 2
  %".3564" = getelementptr i8, ptr %"hdr.52", i64 1
  %".3565" = load i8, ptr %".3564", align 1
  %".3566" = zext i8 %".3565" to i64
  %".3567" = mul i64 %".3566", 8
  %".3568" = add i64 %".3567", 6
  %".3569" = add i64 %".3568", 2
  %".3570" = getelementptr i8, ptr %"hdr.52", i64 %".3569"
  %".3571" = icmp ugt ptr %".3570", %"data_end"
  br i1 %".3571", label %"exit.128", label %"cont.128"
exit.128:
  %".3573" = trunc i64 %"cursor.195" to i16
  %".3574" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3573", ptr %".3574", align 2
  br label %"return"
cont.128:
  %"end.13" = add i64 %"cursor.195", %".3569"
  %".3577" = zext i8 %".3558" to i64
  switch i64 %".3577", label %"unknown.44" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 132, label %"to_sctp.12" i64 33, label %"to_dccp.12" i64 50, label %"to_esp.12" i64 51, label %"to_ah.12" i64 137, label %"to_mpls.33" i64 58, label %"to_icmpv6.10" i64 4, label %"to_ipv4.28" i64 41, label %"to_ipv6.26"]
unknown.44:
  %".3579" = trunc i64 %"end.13" to i16
  %".3580" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3579", ptr %".3580", align 2
  br label %"return"
to_ipv6_opts.30:
  %".3583" = trunc i64 %"end.13" to i16
  %".3584" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3583", ptr %".3584", align 2
  br label %"return"
to_ipv6_opts.31:
  %".3587" = trunc i64 %"end.13" to i16
  %".3588" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3587", ptr %".3588", align 2
  br label %"return"
to_ipv6_opts.32:
  %".3591" = trunc i64 %"end.13" to i16
  %".3592" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3591", ptr %".3592", align 2
  br label %"return"
to_ipv6_frag.10:
  %".3595" = trunc i64 %"end.13" to i16
  %".3596" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3595", ptr %".3596", align 2
  br label %"return"
to_tcp.12:
  %".3599" = getelementptr i8, ptr %"keys", i64 2
  %".3600" = trunc i64 %"end.13" to i16
  store volatile i16 %".3600", ptr %".3599", align 2
  %".3602" = load volatile i16, ptr %".3599", align 2
  %".3603" = zext i16 %".3602" to i64
  %"cursor.280" = and i64 %".3603", 16383
  br label %"tcp"
to_udp.12:
  %".3605" = getelementptr i8, ptr %"keys", i64 2
  %".3606" = trunc i64 %"end.13" to i16
  store volatile i16 %".3606", ptr %".3605", align 2
  %".3608" = load volatile i16, ptr %".3605", align 2
  %".3609" = zext i16 %".3608" to i64
  %"cursor.281" = and i64 %".3609", 16383
  br label %"udp_d0"
to_udplite.12:
  %".3611" = getelementptr i8, ptr %"keys", i64 2
  %".3612" = trunc i64 %"end.13" to i16
  store volatile i16 %".3612", ptr %".3611", align 2
  %".3614" = load volatile i16, ptr %".3611", align 2
  %".3615" = zext i16 %".3614" to i64
  %"cursor.282" = and i64 %".3615", 16383
  br label %"udplite"
to_gre.12:
  %".3617" = getelementptr i8, ptr %"keys", i64 2
  %".3618" = trunc i64 %"end.13" to i16
  store volatile i16 %".3618", ptr %".3617", align 2
  %".3620" = load volatile i16, ptr %".3617", align 2
  %".3621" = zext i16 %".3620" to i64
  %"cursor.283" = and i64 %".3621", 16383
  br label %"gre_d0"
to_sctp.12:
  %".3623" = getelementptr i8, ptr %"keys", i64 2
  %".3624" = trunc i64 %"end.13" to i16
  store volatile i16 %".3624", ptr %".3623", align 2
  %".3626" = load volatile i16, ptr %".3623", align 2
  %".3627" = zext i16 %".3626" to i64
  %"cursor.284" = and i64 %".3627", 16383
  br label %"sctp"
to_dccp.12:
  %".3629" = getelementptr i8, ptr %"keys", i64 2
  %".3630" = trunc i64 %"end.13" to i16
  store volatile i16 %".3630", ptr %".3629", align 2
  %".3632" = load volatile i16, ptr %".3629", align 2
  %".3633" = zext i16 %".3632" to i64
  %"cursor.285" = and i64 %".3633", 16383
  br label %"dccp"
to_esp.12:
  %".3635" = getelementptr i8, ptr %"keys", i64 2
  %".3636" = trunc i64 %"end.13" to i16
  store volatile i16 %".3636", ptr %".3635", align 2
  %".3638" = load volatile i16, ptr %".3635", align 2
  %".3639" = zext i16 %".3638" to i64
  %"cursor.286" = and i64 %".3639", 16383
  br label %"esp"
to_ah.12:
  %".3641" = getelementptr i8, ptr %"keys", i64 2
  %".3642" = trunc i64 %"end.13" to i16
  store volatile i16 %".3642", ptr %".3641", align 2
  %".3644" = load volatile i16, ptr %".3641", align 2
  %".3645" = zext i16 %".3644" to i64
  %"cursor.287" = and i64 %".3645", 16383
  br label %"ah"
to_mpls.33:
  %".3647" = getelementptr i8, ptr %"keys", i64 2
  %".3648" = trunc i64 %"end.13" to i16
  store volatile i16 %".3648", ptr %".3647", align 2
  %".3650" = load volatile i16, ptr %".3647", align 2
  %".3651" = zext i16 %".3650" to i64
  %"cursor.288" = and i64 %".3651", 16383
  br label %"mpls_d0_mpls_labels1"
to_icmpv6.10:
  %".3653" = getelementptr i8, ptr %"keys", i64 2
  %".3654" = trunc i64 %"end.13" to i16
  store volatile i16 %".3654", ptr %".3653", align 2
  %".3656" = load volatile i16, ptr %".3653", align 2
  %".3657" = zext i16 %".3656" to i64
  %"cursor.289" = and i64 %".3657", 16383
  br label %"icmpv6"
to_ipv4.28:
  %".3659" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3659", align 1
  %".3661" = and i32 %"flags", 4
  %".3662" = icmp ne i32 %".3661", 0
  br i1 %".3662", label %"exit.129", label %"cont.129"
to_ipv6.26:
  %".3674" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3674", align 1
  %".3676" = and i32 %"flags", 4
  %".3677" = icmp ne i32 %".3676", 0
  br i1 %".3677", label %"exit.130", label %"cont.130"
exit.129:
  %".3664" = trunc i64 %"end.13" to i16
  %".3665" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3664", ptr %".3665", align 2
  br label %"return"
cont.129:
  %".3668" = getelementptr i8, ptr %"keys", i64 2
  %".3669" = trunc i64 %"end.13" to i16
  store volatile i16 %".3669", ptr %".3668", align 2
  %".3671" = load volatile i16, ptr %".3668", align 2
  %".3672" = zext i16 %".3671" to i64
  %"cursor.290" = and i64 %".3672", 16383
  br label %"ipv4_d1"
exit.130:
  %".3679" = trunc i64 %"end.13" to i16
  %".3680" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3679", ptr %".3680", align 2
  br label %"return"
cont.130:
  %".3683" = getelementptr i8, ptr %"keys", i64 2
  %".3684" = trunc i64 %"end.13" to i16
  store volatile i16 %".3684", ptr %".3683", align 2
  %".3686" = load volatile i16, ptr %".3683", align 2
  %".3687" = zext i16 %".3686" to i64
  %"cursor.291" = and i64 %".3687", 16383
  br label %"ipv6_d1"
exit.131:
  %".3692" = trunc i64 %"cursor.198" to i16
  %".3693" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3692", ptr %".3693", align 2
  br label %"return"
cont.131:
  %".3696" = getelementptr i8, ptr %"hdr.53", i64 0
  %".3697" = load i8, ptr %".3696", align 1
  %".3698" = zext i8 %".3697" to i64
  %".3699" = trunc i64 %".3698" to i8
  %".3700" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3699", ptr %".3700", align 1
  %".3702" = add i64 %"cursor.198", 8
  %".3703" = icmp ne i64 1, 0
  %".3704" = getelementptr i8, ptr %"hdr.53", i64 2
  %".3705" = load i16, ptr %".3704", align 2
  %".3706" = call i16 @"llvm.bswap.i16"(i16 %".3705")
  %".3707" = zext i16 %".3706" to i64
  %".3708" = and i64 %".3707", 65528
  %".3709" = icmp eq i64 %".3708", 0
  br i1 %".3703", label %"fragment.6", label %"not_fragment.6"
fragment.6:
  %".3711" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".3711", align 1
  br i1 %".3709", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".3729" = zext i8 %".3697" to i64
  switch i64 %".3729", label %"unknown.45" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 132, label %"to_sctp.13" i64 33, label %"to_dccp.13" i64 50, label %"to_esp.13" i64 51, label %"to_ah.13" i64 137, label %"to_mpls.34" i64 58, label %"to_icmpv6.11" i64 4, label %"to_ipv4.29" i64 41, label %"to_ipv6.27"]
first_fragment.6:
  %".3718" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".3718", align 1
  %".3720" = and i32 %"flags", 1
  %".3721" = icmp ne i32 %".3720", 0
  %".3722" = xor i1 %".3721", -1
  br i1 %".3722", label %"exit.132", label %"cont.132"
later_fragment.6:
  %".3714" = trunc i64 %".3702" to i16
  %".3715" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3714", ptr %".3715", align 2
  br label %"return"
exit.132:
  %".3724" = trunc i64 %".3702" to i16
  %".3725" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3724", ptr %".3725", align 2
  br label %"return"
cont.132:
  br label %"not_fragment.6"
unknown.45:
  %".3731" = trunc i64 %".3702" to i16
  %".3732" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3731", ptr %".3732", align 2
  br label %"return"
to_ipv6_opts.33:
  %".3735" = trunc i64 %".3702" to i16
  %".3736" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3735", ptr %".3736", align 2
  br label %"return"
to_ipv6_opts.34:
  %".3739" = trunc i64 %".3702" to i16
  %".3740" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3739", ptr %".3740", align 2
  br label %"return"
to_ipv6_opts.35:
  %".3743" = trunc i64 %".3702" to i16
  %".3744" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3743", ptr %".3744", align 2
  br label %"return"
to_ipv6_frag.11:
  %".3747" = trunc i64 %".3702" to i16
  %".3748" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3747", ptr %".3748", align 2
  br label %"return"
to_tcp.13:
  %".3751" = getelementptr i8, ptr %"keys", i64 2
  %".3752" = trunc i64 %".3702" to i16
  store volatile i16 %".3752", ptr %".3751", align 2
  %".3754" = load volatile i16, ptr %".3751", align 2
  %".3755" = zext i16 %".3754" to i64
  %"cursor.292" = and i64 %".3755", 16383
  br label %"tcp"
to_udp.13:
  %".3757" = getelementptr i8, ptr %"keys", i64 2
  %".3758" = trunc i64 %".3702" to i16
  store volatile i16 %".3758", ptr %".3757", align 2
  %".3760" = load volatile i16, ptr %".3757", align 2
  %".3761" = zext i16 %".3760" to i64
  %"cursor.293" = and i64 %".3761", 16383
  br label %"udp_d0"
to_udplite.13:
  %".3763" = getelementptr i8, ptr %"keys", i64 2
  %".3764" = trunc i64 %".3702" to i16
  store volatile i16 %".3764", ptr %".3763", align 2
  %".3766" = load volatile i16, ptr %".3763", align 2
  %".3767" = zext i16 %".3766" to i64
  %"cursor.294" = and i64 %".3767", 16383
  br label %"udplite"
to_gre.13:
  %".3769" = getelementptr i8, ptr %"keys", i64 2
  %".3770" = trunc i64 %".3702" to i16
  store volatile i16 %".3770", ptr %".3769", align 2
  %".3772" = load volatile i16, ptr %".3769", align 2
  %".3773" = zext i16 %".3772" to i64
  %"cursor.295" = and i64 %".3773", 16383
  br label %"gre_d0"
to_sctp.13:
  %".3775" = getelementptr i8, ptr %"keys", i64 2
  %".3776" = trunc i64 %".3702" to i16
  store volatile i16 %".3776", ptr %".3775", align 2
  %".3778" = load volatile i16, ptr %".3775", align 2
  %".3779" = zext i16 %".3778" to i64
  %"cursor.296" = and i64 %".3779", 16383
  br label %"sctp"
to_dccp.13:
  %".3781" = getelementptr i8, ptr %"keys", i64 2
  %".3782" = trunc i64 %".3702" to i16
  store volatile i16 %".3782", ptr %".3781", align 2
  %".3784" = load volatile i16, ptr %".3781", align 2
  %".3785" = zext i16 %".3784" to i64
  %"cursor.297" = and i64 %".3785", 16383
  br label %"dccp"
to_esp.13:
  %".3787" = getelementptr i8, ptr %"keys", i64 2
  %".3788" = trunc i64 %".3702" to i16
  store volatile i16 %".3788", ptr %".3787", align 2
  %".3790" = load volatile i16, ptr %".3787", align 2
  %".3791" = zext i16 %".3790" to i64
  %"cursor.298" = and i64 %".3791", 16383
  br label %"esp"
to_ah.13:
  %".3793" = getelementptr i8, ptr %"keys", i64 2
  %".3794" = trunc i64 %".3702" to i16
  store volatile i16 %".3794", ptr %".3793", align 2
  %".3796" = load volatile i16, ptr %".3793", align 2
  %".3797" = zext i16 %".3796" to i64
  %"cursor.299" = and i64 %".3797", 16383
  br label %"ah"
to_mpls.34:
  %".3799" = getelementptr i8, ptr %"keys", i64 2
  %".3800" = trunc i64 %".3702" to i16
  store volatile i16 %".3800", ptr %".3799", align 2
  %".3802" = load volatile i16, ptr %".3799", align 2
  %".3803" = zext i16 %".3802" to i64
  %"cursor.300" = and i64 %".3803", 16383
  br label %"mpls_d0_mpls_labels1"
to_icmpv6.11:
  %".3805" = getelementptr i8, ptr %"keys", i64 2
  %".3806" = trunc i64 %".3702" to i16
  store volatile i16 %".3806", ptr %".3805", align 2
  %".3808" = load volatile i16, ptr %".3805", align 2
  %".3809" = zext i16 %".3808" to i64
  %"cursor.301" = and i64 %".3809", 16383
  br label %"icmpv6"
to_ipv4.29:
  %".3811" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3811", align 1
  %".3813" = and i32 %"flags", 4
  %".3814" = icmp ne i32 %".3813", 0
  br i1 %".3814", label %"exit.133", label %"cont.133"
to_ipv6.27:
  %".3826" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3826", align 1
  %".3828" = and i32 %"flags", 4
  %".3829" = icmp ne i32 %".3828", 0
  br i1 %".3829", label %"exit.134", label %"cont.134"
exit.133:
  %".3816" = trunc i64 %".3702" to i16
  %".3817" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3816", ptr %".3817", align 2
  br label %"return"
cont.133:
  %".3820" = getelementptr i8, ptr %"keys", i64 2
  %".3821" = trunc i64 %".3702" to i16
  store volatile i16 %".3821", ptr %".3820", align 2
  %".3823" = load volatile i16, ptr %".3820", align 2
  %".3824" = zext i16 %".3823" to i64
  %"cursor.302" = and i64 %".3824", 16383
  br label %"ipv4_d1"
exit.134:
  %".3831" = trunc i64 %".3702" to i16
  %".3832" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3831", ptr %".3832", align 2
  br label %"return"
cont.134:
  %".3835" = getelementptr i8, ptr %"keys", i64 2
  %".3836" = trunc i64 %".3702" to i16
  store volatile i16 %".3836", ptr %".3835", align 2
  %".3838" = load volatile i16, ptr %".3835", align 2
  %".3839" = zext i16 %".3838" to i64
  %"cursor.303" = and i64 %".3839", 16383
  br label %"ipv6_d1"
exit.135:
  %".3844" = trunc i64 %"cursor.227" to i16
  %".3845" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3844", ptr %".3845", align 2
  br label %"return"
cont.135:
  %".3848" = add i64 %"cursor.227", 4
  %".3849" = getelementptr i8, ptr %"hdr.54", i64 2
  %".3850" = load i8, ptr %".3849", align 1
  %".3851" = zext i8 %".3850" to i64
  %".3852" = and i64 %".3851", 1
  switch i64 %".3852", label %"unknown.46" [i64 0, label %"to_mpls.35" i64 1, label %"to_ip_version.8"]
unknown.46:
  %".3854" = trunc i64 %".3848" to i16
  %".3855" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3854", ptr %".3855", align 2
  br label %"return"
to_mpls.35:
  %".3858" = trunc i64 %".3848" to i16
  %".3859" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3858", ptr %".3859", align 2
  br label %"return"
to_ip_version.8:
  %".3862" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3862", align 1
  %".3864" = and i32 %"flags", 4
  %".3865" = icmp ne i32 %".3864", 0
  br i1 %".3865", label %"exit.136", label %"cont.136"
exit.136:
  %".3867" = trunc i64 %".3848" to i16
  %".3868" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3867", ptr %".3868", align 2
  br label %"return"
cont.136:
  %".3871" = getelementptr i8, ptr %"keys", i64 2
  %".3872" = trunc i64 %".3848" to i16
  store volatile i16 %".3872", ptr %".3871", align 2
  %".3874" = load volatile i16, ptr %".3871", align 2
  %".3875" = zext i16 %".3874" to i64
  %"cursor.304" = and i64 %".3875", 16383
  br label %"ip_version_d1"
exit.137:
  %".3880" = trunc i64 %"cursor.236" to i16
  %".3881" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3880", ptr %".3881", align 2
  br label %"return"
cont.137:
  %".3884" = add i64 %"cursor.236", 1
  %".3885" = getelementptr i8, ptr %"hdr.55", i64 0
  %".3886" = load i8, ptr %".3885", align 1
  %".3887" = zext i8 %".3886" to i64
  %".3888" = icmp uge i64 %".3887", 1
  %".3889" = icmp ule i64 %".3887", 255
  %".3890" = and i1 %".3888", %".3889"
  br i1 %".3890", label %"to_gtpu_ext", label %"select.4"
unknown.47:
  %".3893" = trunc i64 %".3884" to i16
  %".3894" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3893", ptr %".3894", align 2
  br label %"return"
to_ip_version.9:
  %".3897" = getelementptr i8, ptr %"keys", i64 2
  %".3898" = trunc i64 %".3884" to i16
  store volatile i16 %".3898", ptr %".3897", align 2
  %".3900" = load volatile i16, ptr %".3897", align 2
  %".3901" = zext i16 %".3900" to i64
  %"cursor.305" = and i64 %".3901", 16383
  br label %"ip_version_d1"
to_gtpu_ext:
  %".3903" = getelementptr i8, ptr %"keys", i64 2
  %".3904" = trunc i64 %".3884" to i16
  store volatile i16 %".3904", ptr %".3903", align 2
  %".3906" = load volatile i16, ptr %".3903", align 2
  %".3907" = zext i16 %".3906" to i64
  %"cursor.307" = and i64 %".3907", 16383
  br label %"gtpu_ext_d1_gtpu_ext1"
select.4:
  switch i64 %".3887", label %"unknown.47" [i64 0, label %"to_ip_version.9"]
gtpu_ext_d1_gtpu_ext1:
  %"cursor.306" = phi  i64 [%"cursor.307", %"to_gtpu_ext"]
  %"hdr.61" = getelementptr i8, ptr %"data", i64 %"cursor.306"
  %".4320" = getelementptr i8, ptr %"hdr.61", i64 1
  %".4321" = icmp ugt ptr %".4320", %"data_end"
  br i1 %".4321", label %"exit.150", label %"cont.150"
exit.138:
  %".3912" = trunc i64 %"cursor.240" to i16
  %".3913" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3912", ptr %".3913", align 2
  br label %"return"
cont.138:
  %".3916" = getelementptr i8, ptr %"hdr.56", i64 2
  %".3917" = load i16, ptr %".3916", align 2
  %".3918" = call i16 @"llvm.bswap.i16"(i16 %".3917")
  %".3919" = zext i16 %".3918" to i64
  %".3920" = trunc i64 %".3919" to i16
  %".3921" = call i16 @"llvm.bswap.i16"(i16 %".3920")
  %".3922" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3921", ptr %".3922", align 2
  %".3924" = add i64 %"cursor.240", 4
  %".3925" = trunc i64 %".3924" to i16
  %".3926" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".3925", ptr %".3926", align 2
  %".3928" = call i16 @"llvm.bswap.i16"(i16 %".3917")
  %".3929" = zext i16 %".3928" to i64
  switch i64 %".3929", label %"unknown.48" [i64 2048, label %"to_ipv4.30" i64 34525, label %"to_ipv6.28" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11" i64 34887, label %"to_mpls.36" i64 34888, label %"to_mpls.37" i64 34916, label %"to_pppoe.5"]
unknown.48:
  %".3931" = trunc i64 %".3924" to i16
  %".3932" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3931", ptr %".3932", align 2
  br label %"return"
to_ipv4.30:
  %".3935" = getelementptr i8, ptr %"keys", i64 2
  %".3936" = trunc i64 %".3924" to i16
  store volatile i16 %".3936", ptr %".3935", align 2
  %".3938" = load volatile i16, ptr %".3935", align 2
  %".3939" = zext i16 %".3938" to i64
  %"cursor.308" = and i64 %".3939", 16383
  br label %"ipv4_d1"
to_ipv6.28:
  %".3941" = getelementptr i8, ptr %"keys", i64 2
  %".3942" = trunc i64 %".3924" to i16
  store volatile i16 %".3942", ptr %".3941", align 2
  %".3944" = load volatile i16, ptr %".3941", align 2
  %".3945" = zext i16 %".3944" to i64
  %"cursor.309" = and i64 %".3945", 16383
  br label %"ipv6_d1"
to_vlan.10:
  %".3947" = trunc i64 %".3924" to i16
  %".3948" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3947", ptr %".3948", align 2
  br label %"return"
to_vlan.11:
  %".3951" = trunc i64 %".3924" to i16
  %".3952" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3951", ptr %".3952", align 2
  br label %"return"
to_mpls.36:
  %".3955" = getelementptr i8, ptr %"keys", i64 2
  %".3956" = trunc i64 %".3924" to i16
  store volatile i16 %".3956", ptr %".3955", align 2
  %".3958" = load volatile i16, ptr %".3955", align 2
  %".3959" = zext i16 %".3958" to i64
  %"cursor.310" = and i64 %".3959", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.37:
  %".3961" = getelementptr i8, ptr %"keys", i64 2
  %".3962" = trunc i64 %".3924" to i16
  store volatile i16 %".3962", ptr %".3961", align 2
  %".3964" = load volatile i16, ptr %".3961", align 2
  %".3965" = zext i16 %".3964" to i64
  %"cursor.311" = and i64 %".3965", 16383
  br label %"mpls_d1_mpls_labels1"
to_pppoe.5:
  %".3967" = getelementptr i8, ptr %"keys", i64 2
  %".3968" = trunc i64 %".3924" to i16
  store volatile i16 %".3968", ptr %".3967", align 2
  %".3970" = load volatile i16, ptr %".3967", align 2
  %".3971" = zext i16 %".3970" to i64
  %"cursor.312" = and i64 %".3971", 16383
  br label %"pppoe_d1"
exit.139:
  %".3976" = trunc i64 %"cursor.246" to i16
  %".3977" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3976", ptr %".3977", align 2
  br label %"return"
cont.139:
  %".3980" = getelementptr i8, ptr %"hdr.57", i64 0
  %".3981" = load i8, ptr %".3980", align 1
  %".3982" = zext i8 %".3981" to i64
  %".3983" = and i64 %".3982", 1
  switch i64 %".3983", label %"unknown.49" [i64 0, label %"to_ppp16.1" i64 1, label %"to_ppp8.1"]
unknown.49:
  %".3985" = trunc i64 %"cursor.246" to i16
  %".3986" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3985", ptr %".3986", align 2
  br label %"return"
to_ppp16.1:
  %".3989" = getelementptr i8, ptr %"keys", i64 2
  %".3990" = trunc i64 %"cursor.246" to i16
  store volatile i16 %".3990", ptr %".3989", align 2
  %".3992" = load volatile i16, ptr %".3989", align 2
  %".3993" = zext i16 %".3992" to i64
  %"cursor.314" = and i64 %".3993", 16383
  br label %"ppp16_d1"
to_ppp8.1:
  %".3995" = getelementptr i8, ptr %"keys", i64 2
  %".3996" = trunc i64 %"cursor.246" to i16
  store volatile i16 %".3996", ptr %".3995", align 2
  %".3998" = load volatile i16, ptr %".3995", align 2
  %".3999" = zext i16 %".3998" to i64
  %"cursor.316" = and i64 %".3999", 16383
  br label %"ppp8_d1"
ppp16_d1:
  %"cursor.313" = phi  i64 [%"cursor.314", %"to_ppp16.1"]
  %"hdr.62" = getelementptr i8, ptr %"data", i64 %"cursor.313"
  %".4360" = getelementptr i8, ptr %"hdr.62", i64 2
  %".4361" = icmp ugt ptr %".4360", %"data_end"
  br i1 %".4361", label %"exit.153", label %"cont.153"
ppp8_d1:
  %"cursor.315" = phi  i64 [%"cursor.316", %"to_ppp8.1"]
  %"hdr.63" = getelementptr i8, ptr %"data", i64 %"cursor.315"
  %".4404" = getelementptr i8, ptr %"hdr.63", i64 1
  %".4405" = icmp ugt ptr %".4404", %"data_end"
  br i1 %".4405", label %"exit.154", label %"cont.154"
exit.140:
  %".4004" = trunc i64 %"cursor.248" to i16
  %".4005" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4004", ptr %".4005", align 2
  br label %"return"
cont.140:
  %".4008" = add i64 %"cursor.248", 4
  %".4009" = getelementptr i8, ptr %"hdr.58", i64 2
  %".4010" = load i8, ptr %".4009", align 1
  %".4011" = zext i8 %".4010" to i64
  %".4012" = and i64 %".4011", 1
  switch i64 %".4012", label %"unknown.50" [i64 0, label %"to_mpls.38" i64 1, label %"to_ip_version.10"]
unknown.50:
  %".4014" = trunc i64 %".4008" to i16
  %".4015" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4014", ptr %".4015", align 2
  br label %"return"
to_mpls.38:
  %".4018" = getelementptr i8, ptr %"keys", i64 2
  %".4019" = trunc i64 %".4008" to i16
  store volatile i16 %".4019", ptr %".4018", align 2
  %".4021" = load volatile i16, ptr %".4018", align 2
  %".4022" = zext i16 %".4021" to i64
  %"cursor.318" = and i64 %".4022", 16383
  br label %"mpls_d1_mpls_labels4"
to_ip_version.10:
  %".4024" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4024", align 1
  %".4026" = and i32 %"flags", 4
  %".4027" = icmp ne i32 %".4026", 0
  br i1 %".4027", label %"exit.141", label %"cont.141"
mpls_d1_mpls_labels4:
  %"cursor.317" = phi  i64 [%"cursor.318", %"to_mpls.38"]
  %"hdr.64" = getelementptr i8, ptr %"data", i64 %"cursor.317"
  %".4435" = getelementptr i8, ptr %"hdr.64", i64 4
  %".4436" = icmp ugt ptr %".4435", %"data_end"
  br i1 %".4436", label %"exit.155", label %"cont.155"
exit.141:
  %".4029" = trunc i64 %".4008" to i16
  %".4030" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4029", ptr %".4030", align 2
  br label %"return"
cont.141:
  %".4033" = trunc i64 %".4008" to i16
  %".4034" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4033", ptr %".4034", align 2
  br label %"return"
exit.142:
  %".4040" = trunc i64 %"cursor.250" to i16
  %".4041" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4040", ptr %".4041", align 2
  br label %"return"
cont.142:
  %".4044" = getelementptr i8, ptr %"hdr.59", i64 0
  %".4045" = load i8, ptr %".4044", align 1
  %".4046" = zext i8 %".4045" to i64
  %".4047" = trunc i64 %".4046" to i8
  %".4048" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".4047", ptr %".4048", align 1
  %".4050" = add i64 %"cursor.250", 2
  %".4051" = getelementptr i8, ptr %"hdr.59", i64 1
  %".4052" = load i8, ptr %".4051", align 1
  %".4053" = zext i8 %".4052" to i64
  %".4054" = mul i64 %".4053", 8
  %".4055" = add i64 %".4054", 6
  %".4056" = add i64 %".4055", 2
  %".4057" = getelementptr i8, ptr %"hdr.59", i64 %".4056"
  %".4058" = icmp ugt ptr %".4057", %"data_end"
  br i1 %".4058", label %"exit.143", label %"cont.143"
exit.143:
  %".4060" = trunc i64 %"cursor.250" to i16
  %".4061" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4060", ptr %".4061", align 2
  br label %"return"
cont.143:
  %"end.14" = add i64 %"cursor.250", %".4056"
  %".4064" = zext i8 %".4045" to i64
  switch i64 %".4064", label %"unknown.51" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 132, label %"to_sctp.14" i64 33, label %"to_dccp.14" i64 50, label %"to_esp.14" i64 51, label %"to_ah.14" i64 137, label %"to_mpls.39" i64 58, label %"to_icmpv6.12" i64 4, label %"to_ipv4.31" i64 41, label %"to_ipv6.29"]
unknown.51:
  %".4066" = trunc i64 %"end.14" to i16
  %".4067" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4066", ptr %".4067", align 2
  br label %"return"
to_ipv6_opts.36:
  %".4070" = trunc i64 %"end.14" to i16
  %".4071" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4070", ptr %".4071", align 2
  br label %"return"
to_ipv6_opts.37:
  %".4074" = trunc i64 %"end.14" to i16
  %".4075" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4074", ptr %".4075", align 2
  br label %"return"
to_ipv6_opts.38:
  %".4078" = trunc i64 %"end.14" to i16
  %".4079" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4078", ptr %".4079", align 2
  br label %"return"
to_ipv6_frag.12:
  %".4082" = trunc i64 %"end.14" to i16
  %".4083" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4082", ptr %".4083", align 2
  br label %"return"
to_tcp.14:
  %".4086" = getelementptr i8, ptr %"keys", i64 2
  %".4087" = trunc i64 %"end.14" to i16
  store volatile i16 %".4087", ptr %".4086", align 2
  %".4089" = load volatile i16, ptr %".4086", align 2
  %".4090" = zext i16 %".4089" to i64
  %"cursor.319" = and i64 %".4090", 16383
  br label %"tcp"
to_udp.14:
  %".4092" = getelementptr i8, ptr %"keys", i64 2
  %".4093" = trunc i64 %"end.14" to i16
  store volatile i16 %".4093", ptr %".4092", align 2
  %".4095" = load volatile i16, ptr %".4092", align 2
  %".4096" = zext i16 %".4095" to i64
  %"cursor.320" = and i64 %".4096", 16383
  br label %"udp_d1"
to_udplite.14:
  %".4098" = getelementptr i8, ptr %"keys", i64 2
  %".4099" = trunc i64 %"end.14" to i16
  store volatile i16 %".4099", ptr %".4098", align 2
  %".4101" = load volatile i16, ptr %".4098", align 2
  %".4102" = zext i16 %".4101" to i64
  %"cursor.321" = and i64 %".4102", 16383
  br label %"udplite"
to_gre.14:
  %".4104" = getelementptr i8, ptr %"keys", i64 2
  %".4105" = trunc i64 %"end.14" to i16
  store volatile i16 %".4105", ptr %".4104", align 2
  %".4107" = load volatile i16, ptr %".4104", align 2
  %".4108" = zext i16 %".4107" to i64
  %"cursor.322" = and i64 %".4108", 16383
  br label %"gre_d1"
to_sctp.14:
  %".4110" = getelementptr i8, ptr %"keys", i64 2
  %".4111" = trunc i64 %"end.14" to i16
  store volatile i16 %".4111", ptr %".4110", align 2
  %".4113" = load volatile i16, ptr %".4110", align 2
  %".4114" = zext i16 %".4113" to i64
  %"cursor.323" = and i64 %".4114", 16383
  br label %"sctp"
to_dccp.14:
  %".4116" = getelementptr i8, ptr %"keys", i64 2
  %".4117" = trunc i64 %"end.14" to i16
  store volatile i16 %".4117", ptr %".4116", align 2
  %".4119" = load volatile i16, ptr %".4116", align 2
  %".4120" = zext i16 %".4119" to i64
  %"cursor.324" = and i64 %".4120", 16383
  br label %"dccp"
to_esp.14:
  %".4122" = getelementptr i8, ptr %"keys", i64 2
  %".4123" = trunc i64 %"end.14" to i16
  store volatile i16 %".4123", ptr %".4122", align 2
  %".4125" = load volatile i16, ptr %".4122", align 2
  %".4126" = zext i16 %".4125" to i64
  %"cursor.325" = and i64 %".4126", 16383
  br label %"esp"
to_ah.14:
  %".4128" = getelementptr i8, ptr %"keys", i64 2
  %".4129" = trunc i64 %"end.14" to i16
  store volatile i16 %".4129", ptr %".4128", align 2
  %".4131" = load volatile i16, ptr %".4128", align 2
  %".4132" = zext i16 %".4131" to i64
  %"cursor.326" = and i64 %".4132", 16383
  br label %"ah"
to_mpls.39:
  %".4134" = getelementptr i8, ptr %"keys", i64 2
  %".4135" = trunc i64 %"end.14" to i16
  store volatile i16 %".4135", ptr %".4134", align 2
  %".4137" = load volatile i16, ptr %".4134", align 2
  %".4138" = zext i16 %".4137" to i64
  %"cursor.327" = and i64 %".4138", 16383
  br label %"mpls_d1_mpls_labels1"
to_icmpv6.12:
  %".4140" = getelementptr i8, ptr %"keys", i64 2
  %".4141" = trunc i64 %"end.14" to i16
  store volatile i16 %".4141", ptr %".4140", align 2
  %".4143" = load volatile i16, ptr %".4140", align 2
  %".4144" = zext i16 %".4143" to i64
  %"cursor.328" = and i64 %".4144", 16383
  br label %"icmpv6"
to_ipv4.31:
  %".4146" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4146", align 1
  %".4148" = and i32 %"flags", 4
  %".4149" = icmp ne i32 %".4148", 0
  br i1 %".4149", label %"exit.144", label %"cont.144"
to_ipv6.29:
  %".4159" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4159", align 1
  %".4161" = and i32 %"flags", 4
  %".4162" = icmp ne i32 %".4161", 0
  br i1 %".4162", label %"exit.145", label %"cont.145"
exit.144:
  %".4151" = trunc i64 %"end.14" to i16
  %".4152" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4151", ptr %".4152", align 2
  br label %"return"
cont.144:
  %".4155" = trunc i64 %"end.14" to i16
  %".4156" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4155", ptr %".4156", align 2
  br label %"return"
exit.145:
  %".4164" = trunc i64 %"end.14" to i16
  %".4165" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4164", ptr %".4165", align 2
  br label %"return"
cont.145:
  %".4168" = trunc i64 %"end.14" to i16
  %".4169" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4168", ptr %".4169", align 2
  br label %"return"
exit.146:
  %".4175" = trunc i64 %"cursor.254" to i16
  %".4176" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4175", ptr %".4176", align 2
  br label %"return"
cont.146:
  %".4179" = getelementptr i8, ptr %"hdr.60", i64 0
  %".4180" = load i8, ptr %".4179", align 1
  %".4181" = zext i8 %".4180" to i64
  %".4182" = trunc i64 %".4181" to i8
  %".4183" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".4182", ptr %".4183", align 1
  %".4185" = add i64 %"cursor.254", 8
  %".4186" = icmp ne i64 1, 0
  %".4187" = getelementptr i8, ptr %"hdr.60", i64 2
  %".4188" = load i16, ptr %".4187", align 2
  %".4189" = call i16 @"llvm.bswap.i16"(i16 %".4188")
  %".4190" = zext i16 %".4189" to i64
  %".4191" = and i64 %".4190", 65528
  %".4192" = icmp eq i64 %".4191", 0
  br i1 %".4186", label %"fragment.7", label %"not_fragment.7"
fragment.7:
  %".4194" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".4194", align 1
  br i1 %".4192", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".4212" = zext i8 %".4180" to i64
  switch i64 %".4212", label %"unknown.52" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 132, label %"to_sctp.15" i64 33, label %"to_dccp.15" i64 50, label %"to_esp.15" i64 51, label %"to_ah.15" i64 137, label %"to_mpls.40" i64 58, label %"to_icmpv6.13" i64 4, label %"to_ipv4.32" i64 41, label %"to_ipv6.30"]
first_fragment.7:
  %".4201" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".4201", align 1
  %".4203" = and i32 %"flags", 1
  %".4204" = icmp ne i32 %".4203", 0
  %".4205" = xor i1 %".4204", -1
  br i1 %".4205", label %"exit.147", label %"cont.147"
later_fragment.7:
  %".4197" = trunc i64 %".4185" to i16
  %".4198" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4197", ptr %".4198", align 2
  br label %"return"
exit.147:
  %".4207" = trunc i64 %".4185" to i16
  %".4208" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4207", ptr %".4208", align 2
  br label %"return"
cont.147:
  br label %"not_fragment.7"
unknown.52:
  %".4214" = trunc i64 %".4185" to i16
  %".4215" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4214", ptr %".4215", align 2
  br label %"return"
to_ipv6_opts.39:
  %".4218" = trunc i64 %".4185" to i16
  %".4219" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4218", ptr %".4219", align 2
  br label %"return"
to_ipv6_opts.40:
  %".4222" = trunc i64 %".4185" to i16
  %".4223" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4222", ptr %".4223", align 2
  br label %"return"
to_ipv6_opts.41:
  %".4226" = trunc i64 %".4185" to i16
  %".4227" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4226", ptr %".4227", align 2
  br label %"return"
to_ipv6_frag.13:
  %".4230" = trunc i64 %".4185" to i16
  %".4231" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4230", ptr %".4231", align 2
  br label %"return"
to_tcp.15:
  %".4234" = getelementptr i8, ptr %"keys", i64 2
  %".4235" = trunc i64 %".4185" to i16
  store volatile i16 %".4235", ptr %".4234", align 2
  %".4237" = load volatile i16, ptr %".4234", align 2
  %".4238" = zext i16 %".4237" to i64
  %"cursor.329" = and i64 %".4238", 16383
  br label %"tcp"
to_udp.15:
  %".4240" = getelementptr i8, ptr %"keys", i64 2
  %".4241" = trunc i64 %".4185" to i16
  store volatile i16 %".4241", ptr %".4240", align 2
  %".4243" = load volatile i16, ptr %".4240", align 2
  %".4244" = zext i16 %".4243" to i64
  %"cursor.330" = and i64 %".4244", 16383
  br label %"udp_d1"
to_udplite.15:
  %".4246" = getelementptr i8, ptr %"keys", i64 2
  %".4247" = trunc i64 %".4185" to i16
  store volatile i16 %".4247", ptr %".4246", align 2
  %".4249" = load volatile i16, ptr %".4246", align 2
  %".4250" = zext i16 %".4249" to i64
  %"cursor.331" = and i64 %".4250", 16383
  br label %"udplite"
to_gre.15:
  %".4252" = getelementptr i8, ptr %"keys", i64 2
  %".4253" = trunc i64 %".4185" to i16
  store volatile i16 %".4253", ptr %".4252", align 2
  %".4255" = load volatile i16, ptr %".4252", align 2
  %".4256" = zext i16 %".4255" to i64
  %"cursor.332" = and i64 %".4256", 16383
  br label %"gre_d1"
to_sctp.15:
  %".4258" = getelementptr i8, ptr %"keys", i64 2
  %".4259" = trunc i64 %".4185" to i16
  store volatile i16 %".4259", ptr %".4258", align 2
  %".4261" = load volatile i16, ptr %".4258", align 2
  %".4262" = zext i16 %".4261" to i64
  %"cursor.333" = and i64 %".4262", 16383
  br label %"sctp"
to_dccp.15:
  %".4264" = getelementptr i8, ptr %"keys", i64 2
  %".4265" = trunc i64 %".4185" to i16
  store volatile i16 %".4265", ptr %".4264", align 2
  %".4267" = load volatile i16, ptr %".4264", align 2
  %".4268" = zext i16 %".4267" to i64
  %"cursor.334" = and i64 %".4268", 16383
  br label %"dccp"
to_esp.15:
  %".4270" = getelementptr i8, ptr %"keys", i64 2
  %".4271" = trunc i64 %".4185" to i16
  store volatile i16 %".4271", ptr %".4270", align 2
  %".4273" = load volatile i16, ptr %".4270", align 2
  %".4274" = zext i16 %".4273" to i64
  %"cursor.335" = and i64 %".4274", 16383
  br label %"esp"
to_ah.15:
  %".4276" = getelementptr i8, ptr %"keys", i64 2
  %".4277" = trunc i64 %".4185" to i16
  store volatile i16 %".4277", ptr %".4276", align 2
  %".4279" = load volatile i16, ptr %".4276", align 2
  %".4280" = zext i16 %".4279" to i64
  %"cursor.336" = and i64 %".4280", 16383
  br label %"ah"
to_mpls.40:
  %".4282" = getelementptr i8, ptr %"keys", i64 2
  %".4283" = trunc i64 %".4185" to i16
  store volatile i16 %".4283", ptr %".4282", align 2
  %".4285" = load volatile i16, ptr %".4282", align 2
  %".4286" = zext i16 %".4285" to i64
  %"cursor.337" = and i64 %".4286", 16383
  br label %"mpls_d1_mpls_labels1"
to_icmpv6.13:
  %".4288" = getelementptr i8, ptr %"keys", i64 2
  %".4289" = trunc i64 %".4185" to i16
  store volatile i16 %".4289", ptr %".4288", align 2
  %".4291" = load volatile i16, ptr %".4288", align 2
  %".4292" = zext i16 %".4291" to i64
  %"cursor.338" = and i64 %".4292", 16383
  br label %"icmpv6"
to_ipv4.32:
  %".4294" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4294", align 1
  %".4296" = and i32 %"flags", 4
  %".4297" = icmp ne i32 %".4296", 0
  br i1 %".4297", label %"exit.148", label %"cont.148"
to_ipv6.30:
  %".4307" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4307", align 1
  %".4309" = and i32 %"flags", 4
  %".4310" = icmp ne i32 %".4309", 0
  br i1 %".4310", label %"exit.149", label %"cont.149"
exit.148:
  %".4299" = trunc i64 %".4185" to i16
  %".4300" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4299", ptr %".4300", align 2
  br label %"return"
cont.148:
  %".4303" = trunc i64 %".4185" to i16
  %".4304" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4303", ptr %".4304", align 2
  br label %"return"
exit.149:
  %".4312" = trunc i64 %".4185" to i16
  %".4313" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4312", ptr %".4313", align 2
  br label %"return"
cont.149:
  %".4316" = trunc i64 %".4185" to i16
  %".4317" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4316", ptr %".4317", align 2
  br label %"return"
exit.150:
  %".4323" = trunc i64 %"cursor.306" to i16
  %".4324" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4323", ptr %".4324", align 2
  br label %"return"
cont.150:
  %".4327" = getelementptr i8, ptr %"hdr.61", i64 0
  %".4328" = load i8, ptr %".4327", align 1
  %".4329" = zext i8 %".4328" to i64
  %".4330" = icmp uge i64 %".4329", 1
  %".4331" = xor i1 %".4330", -1
  br i1 %".4331", label %"exit.151", label %"cont.151"
exit.151:
  %".4333" = trunc i64 %"cursor.306" to i16
  %".4334" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4333", ptr %".4334", align 2
  br label %"return"
cont.151:
  %".4337" = add i64 %"cursor.306", 1
  %".4338" = zext i8 %".4328" to i64
  %".4339" = mul i64 %".4338", 4
  %".4340" = sub i64 %".4339", 2
  %".4341" = add i64 %".4340", 1
  %".4342" = getelementptr i8, ptr %"hdr.61", i64 %".4341"
  %".4343" = icmp ugt ptr %".4342", %"data_end"
  br i1 %".4343", label %"exit.152", label %"cont.152"
exit.152:
  %".4345" = trunc i64 %"cursor.306" to i16
  %".4346" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4345", ptr %".4346", align 2
  br label %"return"
cont.152:
  %"end.15" = add i64 %"cursor.306", %".4341"
  switch i64 0, label %"unknown.53" [i64 0, label %"to_gtpu_next.1"]
unknown.53:
  %".4350" = trunc i64 %"end.15" to i16
  %".4351" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4350", ptr %".4351", align 2
  br label %"return"
to_gtpu_next.1:
  %".4354" = getelementptr i8, ptr %"keys", i64 2
  %".4355" = trunc i64 %"end.15" to i16
  store volatile i16 %".4355", ptr %".4354", align 2
  %".4357" = load volatile i16, ptr %".4354", align 2
  %".4358" = zext i16 %".4357" to i64
  %"cursor.340" = and i64 %".4358", 16383
  br label %"gtpu_next_d1_gtpu_ext1"
gtpu_next_d1_gtpu_ext1:
  %"cursor.339" = phi  i64 [%"cursor.340", %"to_gtpu_next.1"]
  %"hdr.65" = getelementptr i8, ptr %"data", i64 %"cursor.339"
  %".4469" = getelementptr i8, ptr %"hdr.65", i64 1
  %".4470" = icmp ugt ptr %".4469", %"data_end"
  br i1 %".4470", label %"exit.157", label %"cont.157"
exit.153:
  %".4363" = trunc i64 %"cursor.313" to i16
  %".4364" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4363", ptr %".4364", align 2
  br label %"return"
cont.153:
  %".4367" = add i64 %"cursor.313", 2
  %".4368" = trunc i64 %".4367" to i16
  %".4369" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".4368", ptr %".4369", align 2
  %".4371" = getelementptr i8, ptr %"hdr.62", i64 0
  %".4372" = load i16, ptr %".4371", align 2
  %".4373" = call i16 @"llvm.bswap.i16"(i16 %".4372")
  %".4374" = zext i16 %".4373" to i64
  switch i64 %".4374", label %"unknown.54" [i64 33, label %"to_ipv4.33" i64 87, label %"to_ipv6.31" i64 641, label %"to_mpls.41" i64 643, label %"to_mpls.42"]
unknown.54:
  %".4376" = trunc i64 %".4367" to i16
  %".4377" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4376", ptr %".4377", align 2
  br label %"return"
to_ipv4.33:
  %".4380" = getelementptr i8, ptr %"keys", i64 2
  %".4381" = trunc i64 %".4367" to i16
  store volatile i16 %".4381", ptr %".4380", align 2
  %".4383" = load volatile i16, ptr %".4380", align 2
  %".4384" = zext i16 %".4383" to i64
  %"cursor.341" = and i64 %".4384", 16383
  br label %"ipv4_d1"
to_ipv6.31:
  %".4386" = getelementptr i8, ptr %"keys", i64 2
  %".4387" = trunc i64 %".4367" to i16
  store volatile i16 %".4387", ptr %".4386", align 2
  %".4389" = load volatile i16, ptr %".4386", align 2
  %".4390" = zext i16 %".4389" to i64
  %"cursor.342" = and i64 %".4390", 16383
  br label %"ipv6_d1"
to_mpls.41:
  %".4392" = getelementptr i8, ptr %"keys", i64 2
  %".4393" = trunc i64 %".4367" to i16
  store volatile i16 %".4393", ptr %".4392", align 2
  %".4395" = load volatile i16, ptr %".4392", align 2
  %".4396" = zext i16 %".4395" to i64
  %"cursor.343" = and i64 %".4396", 16383
  br label %"mpls_d1_mpls_labels1"
to_mpls.42:
  %".4398" = getelementptr i8, ptr %"keys", i64 2
  %".4399" = trunc i64 %".4367" to i16
  store volatile i16 %".4399", ptr %".4398", align 2
  %".4401" = load volatile i16, ptr %".4398", align 2
  %".4402" = zext i16 %".4401" to i64
  %"cursor.344" = and i64 %".4402", 16383
  br label %"mpls_d1_mpls_labels1"
exit.154:
  %".4407" = trunc i64 %"cursor.315" to i16
  %".4408" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4407", ptr %".4408", align 2
  br label %"return"
cont.154:
  %".4411" = add i64 %"cursor.315", 1
  %".4412" = trunc i64 %".4411" to i16
  %".4413" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".4412", ptr %".4413", align 2
  %".4415" = getelementptr i8, ptr %"hdr.63", i64 0
  %".4416" = load i8, ptr %".4415", align 1
  %".4417" = zext i8 %".4416" to i64
  switch i64 %".4417", label %"unknown.55" [i64 33, label %"to_ipv4.34" i64 87, label %"to_ipv6.32"]
unknown.55:
  %".4419" = trunc i64 %".4411" to i16
  %".4420" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4419", ptr %".4420", align 2
  br label %"return"
to_ipv4.34:
  %".4423" = getelementptr i8, ptr %"keys", i64 2
  %".4424" = trunc i64 %".4411" to i16
  store volatile i16 %".4424", ptr %".4423", align 2
  %".4426" = load volatile i16, ptr %".4423", align 2
  %".4427" = zext i16 %".4426" to i64
  %"cursor.345" = and i64 %".4427", 16383
  br label %"ipv4_d1"
to_ipv6.32:
  %".4429" = getelementptr i8, ptr %"keys", i64 2
  %".4430" = trunc i64 %".4411" to i16
  store volatile i16 %".4430", ptr %".4429", align 2
  %".4432" = load volatile i16, ptr %".4429", align 2
  %".4433" = zext i16 %".4432" to i64
  %"cursor.346" = and i64 %".4433", 16383
  br label %"ipv6_d1"
exit.155:
  %".4438" = trunc i64 %"cursor.317" to i16
  %".4439" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4438", ptr %".4439", align 2
  br label %"return"
cont.155:
  %".4442" = add i64 %"cursor.317", 4
  %".4443" = getelementptr i8, ptr %"hdr.64", i64 2
  %".4444" = load i8, ptr %".4443", align 1
  %".4445" = zext i8 %".4444" to i64
  %".4446" = and i64 %".4445", 1
  switch i64 %".4446", label %"unknown.56" [i64 0, label %"to_mpls.43" i64 1, label %"to_ip_version.11"]
unknown.56:
  %".4448" = trunc i64 %".4442" to i16
  %".4449" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4448", ptr %".4449", align 2
  br label %"return"
to_mpls.43:
  %".4452" = trunc i64 %".4442" to i16
  %".4453" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4452", ptr %".4453", align 2
  br label %"return"
to_ip_version.11:
  %".4456" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".4456", align 1
  %".4458" = and i32 %"flags", 4
  %".4459" = icmp ne i32 %".4458", 0
  br i1 %".4459", label %"exit.156", label %"cont.156"
exit.156:
  %".4461" = trunc i64 %".4442" to i16
  %".4462" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4461", ptr %".4462", align 2
  br label %"return"
cont.156:
  %".4465" = trunc i64 %".4442" to i16
  %".4466" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4465", ptr %".4466", align 2
  br label %"return"
exit.157:
  %".4472" = trunc i64 %"cursor.339" to i16
  %".4473" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4472", ptr %".4473", align 2
  br label %"return"
cont.157:
  %".4476" = add i64 %"cursor.339", 1
  %".4477" = getelementptr i8, ptr %"hdr.65", i64 0
  %".4478" = load i8, ptr %".4477", align 1
  %".4479" = zext i8 %".4478" to i64
  %".4480" = icmp uge i64 %".4479", 1
  %".4481" = icmp ule i64 %".4479", 255
  %".4482" = and i1 %".4480", %".4481"
  br i1 %".4482", label %"to_gtpu_ext.1", label %"select.5"
unknown.57:
  %".4485" = trunc i64 %".4476" to i16
  %".4486" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4485", ptr %".4486", align 2
  br label %"return"
to_ip_version.12:
  %".4489" = getelementptr i8, ptr %"keys", i64 2
  %".4490" = trunc i64 %".4476" to i16
  store volatile i16 %".4490", ptr %".4489", align 2
  %".4492" = load volatile i16, ptr %".4489", align 2
  %".4493" = zext i16 %".4492" to i64
  %"cursor.347" = and i64 %".4493", 16383
  br label %"ip_version_d1"
to_gtpu_ext.1:
  %".4495" = getelementptr i8, ptr %"keys", i64 2
  %".4496" = trunc i64 %".4476" to i16
  store volatile i16 %".4496", ptr %".4495", align 2
  %".4498" = load volatile i16, ptr %".4495", align 2
  %".4499" = zext i16 %".4498" to i64
  %"cursor.349" = and i64 %".4499", 16383
  br label %"gtpu_ext_d1_gtpu_ext2"
select.5:
  switch i64 %".4479", label %"unknown.57" [i64 0, label %"to_ip_version.12"]
gtpu_ext_d1_gtpu_ext2:
  %"cursor.348" = phi  i64 [%"cursor.349", %"to_gtpu_ext.1"]
  %"hdr.66" = getelementptr i8, ptr %"data", i64 %"cursor.348"
  %".4501" = getelementptr i8, ptr %"hdr.66", i64 1
  %".4502" = icmp ugt ptr %".4501", %"data_end"
  br i1 %".4502", label %"exit.158", label %"cont.158"
exit.158:
  %".4504" = trunc i64 %"cursor.348" to i16
  %".4505" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4504", ptr %".4505", align 2
  br label %"return"
cont.158:
  %".4508" = getelementptr i8, ptr %"hdr.66", i64 0
  %".4509" = load i8, ptr %".4508", align 1
  %".4510" = zext i8 %".4509" to i64
  %".4511" = icmp uge i64 %".4510", 1
  %".4512" = xor i1 %".4511", -1
  br i1 %".4512", label %"exit.159", label %"cont.159"
exit.159:
  %".4514" = trunc i64 %"cursor.348" to i16
  %".4515" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4514", ptr %".4515", align 2
  br label %"return"
cont.159:
  %".4518" = add i64 %"cursor.348", 1
  %".4519" = zext i8 %".4509" to i64
  %".4520" = mul i64 %".4519", 4
  %".4521" = sub i64 %".4520", 2
  %".4522" = add i64 %".4521", 1
  %".4523" = getelementptr i8, ptr %"hdr.66", i64 %".4522"
  %".4524" = icmp ugt ptr %".4523", %"data_end"
  br i1 %".4524", label %"exit.160", label %"cont.160"
exit.160:
  %".4526" = trunc i64 %"cursor.348" to i16
  %".4527" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4526", ptr %".4527", align 2
  br label %"return"
cont.160:
  %"end.16" = add i64 %"cursor.348", %".4522"
  switch i64 0, label %"unknown.58" [i64 0, label %"to_gtpu_next.2"]
unknown.58:
  %".4531" = trunc i64 %"end.16" to i16
  %".4532" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4531", ptr %".4532", align 2
  br label %"return"
to_gtpu_next.2:
  %".4535" = getelementptr i8, ptr %"keys", i64 2
  %".4536" = trunc i64 %"end.16" to i16
  store volatile i16 %".4536", ptr %".4535", align 2
  %".4538" = load volatile i16, ptr %".4535", align 2
  %".4539" = zext i16 %".4538" to i64
  %"cursor.351" = and i64 %".4539", 16383
  br label %"gtpu_next_d1_gtpu_ext2"
gtpu_next_d1_gtpu_ext2:
  %"cursor.350" = phi  i64 [%"cursor.351", %"to_gtpu_next.2"]
  %"hdr.67" = getelementptr i8, ptr %"data", i64 %"cursor.350"
  %".4541" = getelementptr i8, ptr %"hdr.67", i64 1
  %".4542" = icmp ugt ptr %".4541", %"data_end"
  br i1 %".4542", label %"exit.161", label %"cont.161"
exit.161:
  %".4544" = trunc i64 %"cursor.350" to i16
  %".4545" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4544", ptr %".4545", align 2
  br label %"return"
cont.161:
  %".4548" = add i64 %"cursor.350", 1
  %".4549" = getelementptr i8, ptr %"hdr.67", i64 0
  %".4550" = load i8, ptr %".4549", align 1
  %".4551" = zext i8 %".4550" to i64
  %".4552" = icmp uge i64 %".4551", 1
  %".4553" = icmp ule i64 %".4551", 255
  %".4554" = and i1 %".4552", %".4553"
  br i1 %".4554", label %"to_gtpu_ext.2", label %"select.6"
unknown.59:
  %".4557" = trunc i64 %".4548" to i16
  %".4558" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4557", ptr %".4558", align 2
  br label %"return"
to_ip_version.13:
  %".4561" = getelementptr i8, ptr %"keys", i64 2
  %".4562" = trunc i64 %".4548" to i16
  store volatile i16 %".4562", ptr %".4561", align 2
  %".4564" = load volatile i16, ptr %".4561", align 2
  %".4565" = zext i16 %".4564" to i64
  %"cursor.352" = and i64 %".4565", 16383
  br label %"ip_version_d1"
to_gtpu_ext.2:
  %".4567" = trunc i64 %".4548" to i16
  %".4568" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".4567", ptr %".4568", align 2
  br label %"return"
select.6:
  switch i64 %".4551", label %"unknown.59" [i64 0, label %"to_ip_version.13"]
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
