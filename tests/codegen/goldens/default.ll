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
  %"verdict" = phi  i32 [129, %"exit"], [2, %"unknown"], [2, %"exit.1"], [2, %"exit.2"], [2, %"exit.3"], [0, %"later_fragment"], [0, %"exit.4"], [0, %"unknown.1"], [0, %"exit.5"], [0, %"exit.6"], [2, %"exit.7"], [0, %"exit.8"], [0, %"unknown.2"], [0, %"exit.9"], [0, %"exit.10"], [2, %"exit.11"], [2, %"unknown.3"], [2, %"exit.12"], [0, %"unknown.4"], [2, %"exit.13"], [2, %"exit.14"], [2, %"unknown.5"], [2, %"exit.15"], [2, %"exit.16"], [2, %"exit.17"], [0, %"cont.17"], [2, %"exit.18"], [0, %"cont.18"], [2, %"exit.19"], [0, %"cont.19"], [2, %"exit.20"], [0, %"exit.21"], [2, %"exit.22"], [0, %"exit.23"], [2, %"unknown.6"], [2, %"exit.24"], [0, %"cont.24"], [2, %"exit.25"], [0, %"cont.25"], [2, %"exit.26"], [0, %"cont.26"], [2, %"exit.27"], [0, %"cont.27"], [2, %"exit.28"], [0, %"cont.28"], [2, %"exit.29"], [2, %"exit.30"], [2, %"exit.31"], [0, %"later_fragment.1"], [0, %"exit.32"], [0, %"unknown.7"], [0, %"exit.33"], [0, %"cont.33"], [0, %"exit.34"], [0, %"cont.34"], [2, %"exit.35"], [0, %"exit.36"], [0, %"unknown.8"], [0, %"exit.37"], [0, %"cont.37"], [0, %"exit.38"], [0, %"cont.38"], [2, %"exit.39"], [2, %"exit.40"], [0, %"unknown.9"], [0, %"exit.41"], [0, %"exit.42"], [2, %"exit.43"], [0, %"later_fragment.2"], [0, %"exit.44"], [0, %"unknown.10"], [0, %"exit.45"], [0, %"exit.46"], [2, %"exit.47"], [0, %"cont.47"], [2, %"exit.48"], [2, %"unknown.11"], [0, %"to_vlan.4"], [0, %"to_vlan.5"], [2, %"exit.49"], [0, %"unknown.12"], [2, %"exit.50"], [2, %"unknown.13"], [2, %"exit.51"], [2, %"unknown.14"], [2, %"exit.52"], [0, %"exit.53"], [2, %"exit.54"], [0, %"exit.55"], [2, %"unknown.15"], [0, %"to_ipv4.11"], [0, %"to_ipv6.11"], [0, %"to_ethernet.1"], [0, %"to_mpls.18"], [0, %"to_mpls.19"], [2, %"exit.56"], [2, %"exit.57"], [0, %"unknown.16"], [0, %"exit.58"], [0, %"cont.58"], [0, %"exit.59"], [0, %"cont.59"], [2, %"exit.60"], [0, %"later_fragment.3"], [0, %"exit.61"], [0, %"unknown.17"], [0, %"exit.62"], [0, %"cont.62"], [0, %"exit.63"], [0, %"cont.63"], [2, %"exit.64"], [2, %"exit.65"], [0, %"unknown.18"], [0, %"exit.66"], [0, %"exit.67"], [2, %"exit.68"], [0, %"later_fragment.4"], [0, %"exit.69"], [0, %"unknown.19"], [0, %"exit.70"], [0, %"exit.71"], [2, %"exit.72"], [0, %"unknown.20"], [2, %"exit.73"], [2, %"unknown.21"], [2, %"exit.74"], [2, %"unknown.22"], [2, %"exit.75"], [2, %"unknown.23"], [2, %"exit.76"], [2, %"exit.77"], [2, %"unknown.24"], [2, %"exit.78"], [2, %"exit.79"], [0, %"unknown.25"], [0, %"exit.80"], [0, %"cont.80"], [0, %"exit.81"], [0, %"cont.81"], [2, %"exit.82"], [0, %"later_fragment.5"], [0, %"exit.83"], [0, %"unknown.26"], [0, %"exit.84"], [0, %"cont.84"], [0, %"exit.85"], [0, %"cont.85"], [2, %"exit.86"], [2, %"exit.87"], [0, %"unknown.27"], [0, %"to_ipv6_opts.30"], [0, %"to_ipv6_opts.31"], [0, %"to_ipv6_opts.32"], [0, %"to_ipv6_frag.10"], [0, %"exit.88"], [0, %"exit.89"], [2, %"exit.90"], [0, %"later_fragment.6"], [0, %"exit.91"], [0, %"unknown.28"], [0, %"to_ipv6_opts.33"], [0, %"to_ipv6_opts.34"], [0, %"to_ipv6_opts.35"], [0, %"to_ipv6_frag.11"], [0, %"exit.92"], [0, %"exit.93"], [2, %"exit.94"], [0, %"unknown.29"], [0, %"to_mpls.33"], [2, %"exit.95"], [2, %"unknown.30"], [0, %"to_vlan.10"], [0, %"to_vlan.11"], [2, %"exit.96"], [2, %"unknown.31"], [2, %"exit.97"], [2, %"exit.98"], [0, %"unknown.32"], [0, %"to_ipv6_opts.36"], [0, %"to_ipv6_opts.37"], [0, %"to_ipv6_opts.38"], [0, %"to_ipv6_frag.12"], [0, %"exit.99"], [0, %"cont.99"], [0, %"exit.100"], [0, %"cont.100"], [2, %"exit.101"], [0, %"later_fragment.7"], [0, %"exit.102"], [0, %"unknown.33"], [0, %"to_ipv6_opts.39"], [0, %"to_ipv6_opts.40"], [0, %"to_ipv6_opts.41"], [0, %"to_ipv6_frag.13"], [0, %"exit.103"], [0, %"cont.103"], [0, %"exit.104"], [0, %"cont.104"], [2, %"exit.105"], [2, %"unknown.34"], [2, %"exit.106"], [2, %"unknown.35"]
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
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%"cursor.38", %"to_ipv4.3"], [%"cursor.112", %"to_ipv4.9"], [%"cursor.192", %"to_ipv4.16"], [%"cursor.196", %"to_ipv4.17"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".44" = getelementptr i8, ptr %"hdr.1", i64 20
  %".45" = icmp ugt ptr %".44", %"data_end"
  br i1 %".45", label %"exit.1", label %"cont.1"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%"cursor.39", %"to_ipv6.3"], [%"cursor.113", %"to_ipv6.9"], [%"cursor.193", %"to_ipv6.16"], [%"cursor.197", %"to_ipv6.17"]
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
mpls_mpls_labels1:
  %"cursor.5" = phi  i64 [%".21", %"to_mpls"], [%"cursor.6", %"to_mpls.1"], [%"cursor.16", %"to_mpls.2"], [%"cursor.34", %"to_mpls.3"], [%"cursor.42", %"to_mpls.4"], [%"cursor.43", %"to_mpls.5"], [%"cursor.51", %"to_mpls.7"], [%"cursor.52", %"to_mpls.8"], [%"cursor.62", %"to_mpls.9"], [%"cursor.78", %"to_mpls.10"], [%"cursor.92", %"to_mpls.11"], [%"cursor.108", %"to_mpls.12"], [%"cursor.114", %"to_mpls.13"], [%"cursor.115", %"to_mpls.14"], [%"cursor.125", %"to_mpls.16"], [%"cursor.126", %"to_mpls.17"], [%"cursor.143", %"to_mpls.20"], [%"cursor.157", %"to_mpls.21"], [%"cursor.171", %"to_mpls.22"], [%"cursor.187", %"to_mpls.23"], [%"cursor.194", %"to_mpls.25"], [%"cursor.195", %"to_mpls.26"], [%"cursor.203", %"to_mpls.27"], [%"cursor.204", %"to_mpls.28"], [%"cursor.222", %"to_mpls.29"], [%"cursor.236", %"to_mpls.30"], [%"cursor.246", %"to_mpls.31"], [%"cursor.258", %"to_mpls.32"], [%"cursor.264", %"to_mpls.34"], [%"cursor.265", %"to_mpls.35"], [%"cursor.279", %"to_mpls.36"], [%"cursor.289", %"to_mpls.37"], [%"cursor.293", %"to_mpls.38"], [%"cursor.294", %"to_mpls.39"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".402" = getelementptr i8, ptr %"hdr.4", i64 4
  %".403" = icmp ugt ptr %".402", %"data_end"
  br i1 %".403", label %"exit.12", label %"cont.12"
pppoe_d0:
  %"cursor.7" = phi  i64 [%".21", %"to_pppoe"], [%"cursor.44", %"to_pppoe.1"], [%"cursor.116", %"to_pppoe.2"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".420" = getelementptr i8, ptr %"hdr.5", i64 6
  %".421" = icmp ugt ptr %".420", %"data_end"
  br i1 %".421", label %"exit.13", label %"cont.13"
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
to_mpls.2:
  %".139" = getelementptr i8, ptr %"keys", i64 2
  %".140" = trunc i64 %"end" to i16
  store volatile i16 %".140", ptr %".139", align 2
  %".142" = load volatile i16, ptr %".139", align 2
  %".143" = zext i16 %".142" to i64
  %"cursor.16" = and i64 %".143", 16383
  br label %"mpls_mpls_labels1"
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
  %"cursor.8" = phi  i64 [%"end", %"to_tcp"], [%"cursor.26", %"to_tcp.1"], [%"cursor.53", %"to_tcp.2"], [%"cursor.70", %"to_tcp.3"], [%"cursor.84", %"to_tcp.4"], [%"cursor.100", %"to_tcp.5"], [%"cursor.135", %"to_tcp.6"], [%"cursor.149", %"to_tcp.7"], [%"cursor.163", %"to_tcp.8"], [%"cursor.179", %"to_tcp.9"], [%"cursor.214", %"to_tcp.10"], [%"cursor.228", %"to_tcp.11"], [%"cursor.238", %"to_tcp.12"], [%"cursor.250", %"to_tcp.13"], [%"cursor.271", %"to_tcp.14"], [%"cursor.281", %"to_tcp.15"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".455" = getelementptr i8, ptr %"hdr.6", i64 20
  %".456" = icmp ugt ptr %".455", %"data_end"
  br i1 %".456", label %"exit.15", label %"cont.15"
udp:
  %"cursor.9" = phi  i64 [%"end", %"to_udp"], [%"cursor.27", %"to_udp.1"], [%"cursor.54", %"to_udp.2"], [%"cursor.71", %"to_udp.3"], [%"cursor.85", %"to_udp.4"], [%"cursor.101", %"to_udp.5"], [%"cursor.136", %"to_udp.6"], [%"cursor.150", %"to_udp.7"], [%"cursor.164", %"to_udp.8"], [%"cursor.180", %"to_udp.9"], [%"cursor.215", %"to_udp.10"], [%"cursor.229", %"to_udp.11"], [%"cursor.239", %"to_udp.12"], [%"cursor.251", %"to_udp.13"], [%"cursor.272", %"to_udp.14"], [%"cursor.282", %"to_udp.15"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".508" = getelementptr i8, ptr %"hdr.7", i64 8
  %".509" = icmp ugt ptr %".508", %"data_end"
  br i1 %".509", label %"exit.18", label %"cont.18"
udplite:
  %"cursor.10" = phi  i64 [%"end", %"to_udplite"], [%"cursor.28", %"to_udplite.1"], [%"cursor.55", %"to_udplite.2"], [%"cursor.72", %"to_udplite.3"], [%"cursor.86", %"to_udplite.4"], [%"cursor.102", %"to_udplite.5"], [%"cursor.137", %"to_udplite.6"], [%"cursor.151", %"to_udplite.7"], [%"cursor.165", %"to_udplite.8"], [%"cursor.181", %"to_udplite.9"], [%"cursor.216", %"to_udplite.10"], [%"cursor.230", %"to_udplite.11"], [%"cursor.240", %"to_udplite.12"], [%"cursor.252", %"to_udplite.13"], [%"cursor.273", %"to_udplite.14"], [%"cursor.283", %"to_udplite.15"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.10"
  %".536" = getelementptr i8, ptr %"hdr.8", i64 8
  %".537" = icmp ugt ptr %".536", %"data_end"
  br i1 %".537", label %"exit.19", label %"cont.19"
gre_d0:
  %"cursor.11" = phi  i64 [%"end", %"to_gre"], [%"cursor.29", %"to_gre.1"], [%"cursor.87", %"to_gre.4"], [%"cursor.103", %"to_gre.5"], [%"cursor.166", %"to_gre.8"], [%"cursor.182", %"to_gre.9"], [%"cursor.241", %"to_gre.12"], [%"cursor.253", %"to_gre.13"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".564" = getelementptr i8, ptr %"hdr.9", i64 4
  %".565" = icmp ugt ptr %".564", %"data_end"
  br i1 %".565", label %"exit.20", label %"cont.20"
sctp:
  %"cursor.12" = phi  i64 [%"end", %"to_sctp"], [%"cursor.30", %"to_sctp.1"], [%"cursor.58", %"to_sctp.2"], [%"cursor.74", %"to_sctp.3"], [%"cursor.88", %"to_sctp.4"], [%"cursor.104", %"to_sctp.5"], [%"cursor.139", %"to_sctp.6"], [%"cursor.153", %"to_sctp.7"], [%"cursor.167", %"to_sctp.8"], [%"cursor.183", %"to_sctp.9"], [%"cursor.218", %"to_sctp.10"], [%"cursor.232", %"to_sctp.11"], [%"cursor.242", %"to_sctp.12"], [%"cursor.254", %"to_sctp.13"], [%"cursor.275", %"to_sctp.14"], [%"cursor.285", %"to_sctp.15"]
  %"hdr.10" = getelementptr i8, ptr %"data", i64 %"cursor.12"
  %".657" = getelementptr i8, ptr %"hdr.10", i64 4
  %".658" = icmp ugt ptr %".657", %"data_end"
  br i1 %".658", label %"exit.24", label %"cont.24"
dccp:
  %"cursor.13" = phi  i64 [%"end", %"to_dccp"], [%"cursor.31", %"to_dccp.1"], [%"cursor.59", %"to_dccp.2"], [%"cursor.75", %"to_dccp.3"], [%"cursor.89", %"to_dccp.4"], [%"cursor.105", %"to_dccp.5"], [%"cursor.140", %"to_dccp.6"], [%"cursor.154", %"to_dccp.7"], [%"cursor.168", %"to_dccp.8"], [%"cursor.184", %"to_dccp.9"], [%"cursor.219", %"to_dccp.10"], [%"cursor.233", %"to_dccp.11"], [%"cursor.243", %"to_dccp.12"], [%"cursor.255", %"to_dccp.13"], [%"cursor.276", %"to_dccp.14"], [%"cursor.286", %"to_dccp.15"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.13"
  %".685" = getelementptr i8, ptr %"hdr.11", i64 4
  %".686" = icmp ugt ptr %".685", %"data_end"
  br i1 %".686", label %"exit.25", label %"cont.25"
esp:
  %"cursor.14" = phi  i64 [%"end", %"to_esp"], [%"cursor.32", %"to_esp.1"], [%"cursor.60", %"to_esp.2"], [%"cursor.76", %"to_esp.3"], [%"cursor.90", %"to_esp.4"], [%"cursor.106", %"to_esp.5"], [%"cursor.141", %"to_esp.6"], [%"cursor.155", %"to_esp.7"], [%"cursor.169", %"to_esp.8"], [%"cursor.185", %"to_esp.9"], [%"cursor.220", %"to_esp.10"], [%"cursor.234", %"to_esp.11"], [%"cursor.244", %"to_esp.12"], [%"cursor.256", %"to_esp.13"], [%"cursor.277", %"to_esp.14"], [%"cursor.287", %"to_esp.15"]
  %"hdr.12" = getelementptr i8, ptr %"data", i64 %"cursor.14"
  %".713" = getelementptr i8, ptr %"hdr.12", i64 4
  %".714" = icmp ugt ptr %".713", %"data_end"
  br i1 %".714", label %"exit.26", label %"cont.26"
ah:
  %"cursor.15" = phi  i64 [%"end", %"to_ah"], [%"cursor.33", %"to_ah.1"], [%"cursor.61", %"to_ah.2"], [%"cursor.77", %"to_ah.3"], [%"cursor.91", %"to_ah.4"], [%"cursor.107", %"to_ah.5"], [%"cursor.142", %"to_ah.6"], [%"cursor.156", %"to_ah.7"], [%"cursor.170", %"to_ah.8"], [%"cursor.186", %"to_ah.9"], [%"cursor.221", %"to_ah.10"], [%"cursor.235", %"to_ah.11"], [%"cursor.245", %"to_ah.12"], [%"cursor.257", %"to_ah.13"], [%"cursor.278", %"to_ah.14"], [%"cursor.288", %"to_ah.15"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.15"
  %".741" = getelementptr i8, ptr %"hdr.13", i64 8
  %".742" = icmp ugt ptr %".741", %"data_end"
  br i1 %".742", label %"exit.27", label %"cont.27"
icmp:
  %"cursor.17" = phi  i64 [%"end", %"to_icmp"], [%"cursor.63", %"to_icmp.1"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.17"
  %".769" = getelementptr i8, ptr %"hdr.14", i64 4
  %".770" = icmp ugt ptr %".769", %"data_end"
  br i1 %".770", label %"exit.28", label %"cont.28"
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
  %"cursor.18" = phi  i64 [%"cursor.19", %"cont.5"], [%"cursor.36", %"cont.9"], [%"cursor.47", %"to_ipv4.4"], [%"cursor.94", %"cont.41"], [%"cursor.110", %"cont.45"], [%"cursor.120", %"to_ipv4.10"], [%"cursor.173", %"cont.66"], [%"cursor.189", %"cont.70"], [%"cursor.198", %"to_ipv4.18"], [%"cursor.248", %"cont.88"], [%"cursor.260", %"cont.92"], [%"cursor.262", %"to_ipv4.23"], [%"cursor.291", %"to_ipv4.26"], [%"cursor.295", %"to_ipv4.27"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.18"
  %".781" = getelementptr i8, ptr %"hdr.15", i64 20
  %".782" = icmp ugt ptr %".781", %"data_end"
  br i1 %".782", label %"exit.29", label %"cont.29"
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
  %"cursor.20" = phi  i64 [%"cursor.21", %"cont.6"], [%"cursor.37", %"cont.10"], [%"cursor.48", %"to_ipv6.4"], [%"cursor.95", %"cont.42"], [%"cursor.111", %"cont.46"], [%"cursor.121", %"to_ipv6.10"], [%"cursor.174", %"cont.67"], [%"cursor.190", %"cont.71"], [%"cursor.199", %"to_ipv6.18"], [%"cursor.249", %"cont.89"], [%"cursor.261", %"cont.93"], [%"cursor.263", %"to_ipv6.23"], [%"cursor.292", %"to_ipv6.26"], [%"cursor.296", %"to_ipv6.27"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.20"
  %".954" = getelementptr i8, ptr %"hdr.16", i64 40
  %".955" = icmp ugt ptr %".954", %"data_end"
  br i1 %".955", label %"exit.35", label %"cont.35"
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
  br label %"udp"
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
  br label %"mpls_mpls_labels1"
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
  %".1128" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1129" = icmp ugt ptr %".1128", %"data_end"
  br i1 %".1129", label %"exit.39", label %"cont.39"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.25" = phi  i64 [%".221", %"to_ipv6_frag"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.25"
  %".1265" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1266" = icmp ugt ptr %".1265", %"data_end"
  br i1 %".1266", label %"exit.43", label %"cont.43"
icmpv6:
  %"cursor.35" = phi  i64 [%".221", %"to_icmpv6"], [%"cursor.79", %"to_icmpv6.1"], [%"cursor.93", %"to_icmpv6.2"], [%"cursor.109", %"to_icmpv6.3"], [%"cursor.144", %"to_icmpv6.4"], [%"cursor.158", %"to_icmpv6.5"], [%"cursor.172", %"to_icmpv6.6"], [%"cursor.188", %"to_icmpv6.7"], [%"cursor.223", %"to_icmpv6.8"], [%"cursor.237", %"to_icmpv6.9"], [%"cursor.247", %"to_icmpv6.10"], [%"cursor.259", %"to_icmpv6.11"], [%"cursor.280", %"to_icmpv6.12"], [%"cursor.290", %"to_icmpv6.13"]
  %"hdr.19" = getelementptr i8, ptr %"data", i64 %"cursor.35"
  %".1425" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1426" = icmp ugt ptr %".1425", %"data_end"
  br i1 %".1426", label %"exit.47", label %"cont.47"
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
  br label %"mpls_mpls_labels1"
to_mpls.5:
  %".390" = getelementptr i8, ptr %"keys", i64 2
  %".391" = trunc i64 %".354" to i16
  store volatile i16 %".391", ptr %".390", align 2
  %".393" = load volatile i16, ptr %".390", align 2
  %".394" = zext i16 %".393" to i64
  %"cursor.43" = and i64 %".394", 16383
  br label %"mpls_mpls_labels1"
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
  %".1437" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1438" = icmp ugt ptr %".1437", %"data_end"
  br i1 %".1438", label %"exit.48", label %"cont.48"
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
  switch i64 %".413", label %"unknown.4" [i64 0, label %"to_mpls.6"]
unknown.4:
  %".415" = trunc i64 %".409" to i16
  %".416" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".415", ptr %".416", align 2
  br label %"return"
to_mpls.6:
  br label %"mpls_mpls_labels2"
mpls_mpls_labels2:
  %"cursor.45" = phi  i64 [%".409", %"to_mpls.6"]
  %"hdr.21" = getelementptr i8, ptr %"data", i64 %"cursor.45"
  %".1501" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1502" = icmp ugt ptr %".1501", %"data_end"
  br i1 %".1502", label %"exit.49", label %"cont.49"
exit.13:
  %".423" = trunc i64 %"cursor.7" to i16
  %".424" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".423", ptr %".424", align 2
  br label %"return"
cont.13:
  %".427" = getelementptr i8, ptr %"hdr.5", i64 0
  %".428" = load i8, ptr %".427", align 1
  %".429" = zext i8 %".428" to i64
  %".430" = lshr i64 %".429", 4
  %".431" = and i64 %".430", 15
  %".432" = icmp eq i64 %".431", 1
  %".433" = zext i8 %".428" to i64
  %".434" = and i64 %".433", 15
  %".435" = icmp eq i64 %".434", 1
  %".436" = and i1 %".432", %".435"
  %".437" = getelementptr i8, ptr %"hdr.5", i64 1
  %".438" = load i8, ptr %".437", align 1
  %".439" = zext i8 %".438" to i64
  %".440" = icmp eq i64 %".439", 0
  %".441" = and i1 %".436", %".440"
  %".442" = xor i1 %".441", -1
  br i1 %".442", label %"exit.14", label %"cont.14"
exit.14:
  %".444" = trunc i64 %"cursor.7" to i16
  %".445" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".444", ptr %".445", align 2
  br label %"return"
cont.14:
  %".448" = add i64 %"cursor.7", 6
  switch i64 0, label %"unknown.5" [i64 0, label %"to_ppp"]
unknown.5:
  %".450" = trunc i64 %".448" to i16
  %".451" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".450", ptr %".451", align 2
  br label %"return"
to_ppp:
  br label %"ppp_d0"
ppp_d0:
  %"cursor.46" = phi  i64 [%".448", %"to_ppp"]
  %"hdr.22" = getelementptr i8, ptr %"data", i64 %"cursor.46"
  %".1519" = getelementptr i8, ptr %"hdr.22", i64 1
  %".1520" = icmp ugt ptr %".1519", %"data_end"
  br i1 %".1520", label %"exit.50", label %"cont.50"
exit.15:
  %".458" = trunc i64 %"cursor.8" to i16
  %".459" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".458", ptr %".459", align 2
  br label %"return"
cont.15:
  %".462" = getelementptr i8, ptr %"hdr.6", i64 12
  %".463" = load i8, ptr %".462", align 1
  %".464" = zext i8 %".463" to i64
  %".465" = lshr i64 %".464", 4
  %".466" = and i64 %".465", 15
  %".467" = icmp uge i64 %".466", 5
  %".468" = xor i1 %".467", -1
  br i1 %".468", label %"exit.16", label %"cont.16"
exit.16:
  %".470" = trunc i64 %"cursor.8" to i16
  %".471" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".470", ptr %".471", align 2
  br label %"return"
cont.16:
  %".474" = getelementptr i8, ptr %"hdr.6", i64 0
  %".475" = load i16, ptr %".474", align 2
  %".476" = call i16 @"llvm.bswap.i16"(i16 %".475")
  %".477" = zext i16 %".476" to i64
  %".478" = trunc i64 %".477" to i16
  %".479" = call i16 @"llvm.bswap.i16"(i16 %".478")
  %".480" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".479", ptr %".480", align 2
  %".482" = getelementptr i8, ptr %"hdr.6", i64 2
  %".483" = load i16, ptr %".482", align 2
  %".484" = call i16 @"llvm.bswap.i16"(i16 %".483")
  %".485" = zext i16 %".484" to i64
  %".486" = trunc i64 %".485" to i16
  %".487" = call i16 @"llvm.bswap.i16"(i16 %".486")
  %".488" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".487", ptr %".488", align 2
  %".490" = add i64 %"cursor.8", 20
  %".491" = zext i8 %".463" to i64
  %".492" = lshr i64 %".491", 4
  %".493" = and i64 %".492", 15
  %".494" = mul i64 %".493", 4
  %".495" = sub i64 %".494", 20
  %".496" = add i64 %".495", 20
  %".497" = getelementptr i8, ptr %"hdr.6", i64 %".496"
  %".498" = icmp ugt ptr %".497", %"data_end"
  br i1 %".498", label %"exit.17", label %"cont.17"
exit.17:
  %".500" = trunc i64 %"cursor.8" to i16
  %".501" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".500", ptr %".501", align 2
  br label %"return"
cont.17:
  %"end.1" = add i64 %"cursor.8", %".496"
  %".504" = trunc i64 %"cursor.8" to i16
  %".505" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".504", ptr %".505", align 2
  br label %"return"
exit.18:
  %".511" = trunc i64 %"cursor.9" to i16
  %".512" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".511", ptr %".512", align 2
  br label %"return"
cont.18:
  %".515" = getelementptr i8, ptr %"hdr.7", i64 0
  %".516" = load i16, ptr %".515", align 2
  %".517" = call i16 @"llvm.bswap.i16"(i16 %".516")
  %".518" = zext i16 %".517" to i64
  %".519" = trunc i64 %".518" to i16
  %".520" = call i16 @"llvm.bswap.i16"(i16 %".519")
  %".521" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".520", ptr %".521", align 2
  %".523" = getelementptr i8, ptr %"hdr.7", i64 2
  %".524" = load i16, ptr %".523", align 2
  %".525" = call i16 @"llvm.bswap.i16"(i16 %".524")
  %".526" = zext i16 %".525" to i64
  %".527" = trunc i64 %".526" to i16
  %".528" = call i16 @"llvm.bswap.i16"(i16 %".527")
  %".529" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".528", ptr %".529", align 2
  %".531" = add i64 %"cursor.9", 8
  %".532" = trunc i64 %"cursor.9" to i16
  %".533" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".532", ptr %".533", align 2
  br label %"return"
exit.19:
  %".539" = trunc i64 %"cursor.10" to i16
  %".540" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".539", ptr %".540", align 2
  br label %"return"
cont.19:
  %".543" = getelementptr i8, ptr %"hdr.8", i64 0
  %".544" = load i16, ptr %".543", align 2
  %".545" = call i16 @"llvm.bswap.i16"(i16 %".544")
  %".546" = zext i16 %".545" to i64
  %".547" = trunc i64 %".546" to i16
  %".548" = call i16 @"llvm.bswap.i16"(i16 %".547")
  %".549" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".548", ptr %".549", align 2
  %".551" = getelementptr i8, ptr %"hdr.8", i64 2
  %".552" = load i16, ptr %".551", align 2
  %".553" = call i16 @"llvm.bswap.i16"(i16 %".552")
  %".554" = zext i16 %".553" to i64
  %".555" = trunc i64 %".554" to i16
  %".556" = call i16 @"llvm.bswap.i16"(i16 %".555")
  %".557" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".556", ptr %".557", align 2
  %".559" = add i64 %"cursor.10", 8
  %".560" = trunc i64 %"cursor.10" to i16
  %".561" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".560", ptr %".561", align 2
  br label %"return"
exit.20:
  %".567" = trunc i64 %"cursor.11" to i16
  %".568" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".567", ptr %".568", align 2
  br label %"return"
cont.20:
  %".571" = getelementptr i8, ptr %"hdr.9", i64 1
  %".572" = load i8, ptr %".571", align 1
  %".573" = zext i8 %".572" to i64
  %".574" = and i64 %".573", 7
  %".575" = icmp ne i64 %".574", 0
  %".576" = getelementptr i8, ptr %"hdr.9", i64 0
  %".577" = load i8, ptr %".576", align 1
  %".578" = zext i8 %".577" to i64
  %".579" = lshr i64 %".578", 6
  %".580" = and i64 %".579", 1
  %".581" = icmp ne i64 %".580", 0
  %".582" = or i1 %".575", %".581"
  br i1 %".582", label %"exit.21", label %"cont.21"
exit.21:
  %".584" = trunc i64 %"cursor.11" to i16
  %".585" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".584", ptr %".585", align 2
  br label %"return"
cont.21:
  %".588" = add i64 %"cursor.11", 4
  %".589" = zext i8 %".577" to i64
  %".590" = lshr i64 %".589", 7
  %".591" = and i64 %".590", 1
  %".592" = zext i8 %".577" to i64
  %".593" = lshr i64 %".592", 5
  %".594" = and i64 %".593", 1
  %".595" = add i64 %".591", %".594"
  %".596" = zext i8 %".577" to i64
  %".597" = lshr i64 %".596", 4
  %".598" = and i64 %".597", 1
  %".599" = add i64 %".595", %".598"
  %".600" = mul i64 %".599", 4
  %".601" = add i64 %".600", 4
  %".602" = getelementptr i8, ptr %"hdr.9", i64 %".601"
  %".603" = icmp ugt ptr %".602", %"data_end"
  br i1 %".603", label %"exit.22", label %"cont.22"
exit.22:
  %".605" = trunc i64 %"cursor.11" to i16
  %".606" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".605", ptr %".606", align 2
  br label %"return"
cont.22:
  %"end.2" = add i64 %"cursor.11", %".601"
  %".609" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".609", align 1
  %".611" = and i32 %"flags", 4
  %".612" = icmp ne i32 %".611", 0
  br i1 %".612", label %"exit.23", label %"cont.23"
exit.23:
  %".614" = trunc i64 %"end.2" to i16
  %".615" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".614", ptr %".615", align 2
  br label %"return"
cont.23:
  %".618" = getelementptr i8, ptr %"hdr.9", i64 2
  %".619" = load i16, ptr %".618", align 2
  %".620" = call i16 @"llvm.bswap.i16"(i16 %".619")
  %".621" = zext i16 %".620" to i64
  switch i64 %".621", label %"unknown.6" [i64 2048, label %"to_ipv4.4" i64 34525, label %"to_ipv6.4" i64 25944, label %"to_ethernet" i64 34887, label %"to_mpls.7" i64 34888, label %"to_mpls.8"]
unknown.6:
  %".623" = trunc i64 %"end.2" to i16
  %".624" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".623", ptr %".624", align 2
  br label %"return"
to_ipv4.4:
  %".627" = getelementptr i8, ptr %"keys", i64 2
  %".628" = trunc i64 %"end.2" to i16
  store volatile i16 %".628", ptr %".627", align 2
  %".630" = load volatile i16, ptr %".627", align 2
  %".631" = zext i16 %".630" to i64
  %"cursor.47" = and i64 %".631", 16383
  br label %"ipv4_d1"
to_ipv6.4:
  %".633" = getelementptr i8, ptr %"keys", i64 2
  %".634" = trunc i64 %"end.2" to i16
  store volatile i16 %".634", ptr %".633", align 2
  %".636" = load volatile i16, ptr %".633", align 2
  %".637" = zext i16 %".636" to i64
  %"cursor.48" = and i64 %".637", 16383
  br label %"ipv6_d1"
to_ethernet:
  %".639" = getelementptr i8, ptr %"keys", i64 2
  %".640" = trunc i64 %"end.2" to i16
  store volatile i16 %".640", ptr %".639", align 2
  %".642" = load volatile i16, ptr %".639", align 2
  %".643" = zext i16 %".642" to i64
  %"cursor.50" = and i64 %".643", 16383
  br label %"ethernet_d1"
to_mpls.7:
  %".645" = getelementptr i8, ptr %"keys", i64 2
  %".646" = trunc i64 %"end.2" to i16
  store volatile i16 %".646", ptr %".645", align 2
  %".648" = load volatile i16, ptr %".645", align 2
  %".649" = zext i16 %".648" to i64
  %"cursor.51" = and i64 %".649", 16383
  br label %"mpls_mpls_labels1"
to_mpls.8:
  %".651" = getelementptr i8, ptr %"keys", i64 2
  %".652" = trunc i64 %"end.2" to i16
  store volatile i16 %".652", ptr %".651", align 2
  %".654" = load volatile i16, ptr %".651", align 2
  %".655" = zext i16 %".654" to i64
  %"cursor.52" = and i64 %".655", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1:
  %"cursor.49" = phi  i64 [%"cursor.50", %"to_ethernet"]
  %"hdr.23" = getelementptr i8, ptr %"data", i64 %"cursor.49"
  %".1537" = getelementptr i8, ptr %"hdr.23", i64 14
  %".1538" = icmp ugt ptr %".1537", %"data_end"
  br i1 %".1538", label %"exit.51", label %"cont.51"
exit.24:
  %".660" = trunc i64 %"cursor.12" to i16
  %".661" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".660", ptr %".661", align 2
  br label %"return"
cont.24:
  %".664" = getelementptr i8, ptr %"hdr.10", i64 0
  %".665" = load i16, ptr %".664", align 2
  %".666" = call i16 @"llvm.bswap.i16"(i16 %".665")
  %".667" = zext i16 %".666" to i64
  %".668" = trunc i64 %".667" to i16
  %".669" = call i16 @"llvm.bswap.i16"(i16 %".668")
  %".670" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".669", ptr %".670", align 2
  %".672" = getelementptr i8, ptr %"hdr.10", i64 2
  %".673" = load i16, ptr %".672", align 2
  %".674" = call i16 @"llvm.bswap.i16"(i16 %".673")
  %".675" = zext i16 %".674" to i64
  %".676" = trunc i64 %".675" to i16
  %".677" = call i16 @"llvm.bswap.i16"(i16 %".676")
  %".678" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".677", ptr %".678", align 2
  %".680" = add i64 %"cursor.12", 4
  %".681" = trunc i64 %"cursor.12" to i16
  %".682" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".681", ptr %".682", align 2
  br label %"return"
exit.25:
  %".688" = trunc i64 %"cursor.13" to i16
  %".689" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".688", ptr %".689", align 2
  br label %"return"
cont.25:
  %".692" = getelementptr i8, ptr %"hdr.11", i64 0
  %".693" = load i16, ptr %".692", align 2
  %".694" = call i16 @"llvm.bswap.i16"(i16 %".693")
  %".695" = zext i16 %".694" to i64
  %".696" = trunc i64 %".695" to i16
  %".697" = call i16 @"llvm.bswap.i16"(i16 %".696")
  %".698" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".697", ptr %".698", align 2
  %".700" = getelementptr i8, ptr %"hdr.11", i64 2
  %".701" = load i16, ptr %".700", align 2
  %".702" = call i16 @"llvm.bswap.i16"(i16 %".701")
  %".703" = zext i16 %".702" to i64
  %".704" = trunc i64 %".703" to i16
  %".705" = call i16 @"llvm.bswap.i16"(i16 %".704")
  %".706" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".705", ptr %".706", align 2
  %".708" = add i64 %"cursor.13", 4
  %".709" = trunc i64 %"cursor.13" to i16
  %".710" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".709", ptr %".710", align 2
  br label %"return"
exit.26:
  %".716" = trunc i64 %"cursor.14" to i16
  %".717" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".716", ptr %".717", align 2
  br label %"return"
cont.26:
  %".720" = getelementptr i8, ptr %"hdr.12", i64 0
  %".721" = load i32, ptr %".720", align 4
  %".722" = call i32 @"llvm.bswap.i32"(i32 %".721")
  %".723" = zext i32 %".722" to i64
  %".724" = lshr i64 %".723", 16
  %".725" = trunc i64 %".724" to i16
  %".726" = call i16 @"llvm.bswap.i16"(i16 %".725")
  %".727" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".726", ptr %".727", align 2
  %".729" = call i32 @"llvm.bswap.i32"(i32 %".721")
  %".730" = zext i32 %".729" to i64
  %".731" = and i64 %".730", 65535
  %".732" = trunc i64 %".731" to i16
  %".733" = call i16 @"llvm.bswap.i16"(i16 %".732")
  %".734" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".733", ptr %".734", align 2
  %".736" = add i64 %"cursor.14", 4
  %".737" = trunc i64 %"cursor.14" to i16
  %".738" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".737", ptr %".738", align 2
  br label %"return"
exit.27:
  %".744" = trunc i64 %"cursor.15" to i16
  %".745" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".744", ptr %".745", align 2
  br label %"return"
cont.27:
  %".748" = getelementptr i8, ptr %"hdr.13", i64 4
  %".749" = load i32, ptr %".748", align 4
  %".750" = call i32 @"llvm.bswap.i32"(i32 %".749")
  %".751" = zext i32 %".750" to i64
  %".752" = lshr i64 %".751", 16
  %".753" = trunc i64 %".752" to i16
  %".754" = call i16 @"llvm.bswap.i16"(i16 %".753")
  %".755" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".754", ptr %".755", align 2
  %".757" = call i32 @"llvm.bswap.i32"(i32 %".749")
  %".758" = zext i32 %".757" to i64
  %".759" = and i64 %".758", 65535
  %".760" = trunc i64 %".759" to i16
  %".761" = call i16 @"llvm.bswap.i16"(i16 %".760")
  %".762" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".761", ptr %".762", align 2
  %".764" = add i64 %"cursor.15", 8
  %".765" = trunc i64 %"cursor.15" to i16
  %".766" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".765", ptr %".766", align 2
  br label %"return"
exit.28:
  %".772" = trunc i64 %"cursor.17" to i16
  %".773" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".772", ptr %".773", align 2
  br label %"return"
cont.28:
  %".776" = add i64 %"cursor.17", 4
  %".777" = trunc i64 %"cursor.17" to i16
  %".778" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".777", ptr %".778", align 2
  br label %"return"
exit.29:
  %".784" = trunc i64 %"cursor.18" to i16
  %".785" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".784", ptr %".785", align 2
  br label %"return"
cont.29:
  %".788" = getelementptr i8, ptr %"hdr.15", i64 0
  %".789" = load i8, ptr %".788", align 1
  %".790" = zext i8 %".789" to i64
  %".791" = and i64 %".790", 15
  %".792" = icmp uge i64 %".791", 5
  %".793" = xor i1 %".792", -1
  br i1 %".793", label %"exit.30", label %"cont.30"
exit.30:
  %".795" = trunc i64 %"cursor.18" to i16
  %".796" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".795", ptr %".796", align 2
  br label %"return"
cont.30:
  %".799" = trunc i64 2048 to i16
  %".800" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".799", ptr %".800", align 2
  %".802" = trunc i64 2048 to i16
  %".803" = call i16 @"llvm.bswap.i16"(i16 %".802")
  %".804" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".803", ptr %".804", align 2
  %".806" = getelementptr i8, ptr %"hdr.15", i64 12
  %".807" = load i32, ptr %".806", align 4
  %".808" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".807", ptr %".808", align 4
  %".810" = getelementptr i8, ptr %"hdr.15", i64 16
  %".811" = load i32, ptr %".810", align 4
  %".812" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".811", ptr %".812", align 4
  %".814" = getelementptr i8, ptr %"hdr.15", i64 9
  %".815" = load i8, ptr %".814", align 1
  %".816" = zext i8 %".815" to i64
  %".817" = trunc i64 %".816" to i8
  %".818" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".817", ptr %".818", align 1
  %".820" = add i64 %"cursor.18", 20
  %".821" = zext i8 %".789" to i64
  %".822" = and i64 %".821", 15
  %".823" = mul i64 %".822", 4
  %".824" = sub i64 %".823", 20
  %".825" = add i64 %".824", 20
  %".826" = getelementptr i8, ptr %"hdr.15", i64 %".825"
  %".827" = icmp ugt ptr %".826", %"data_end"
  br i1 %".827", label %"exit.31", label %"cont.31"
exit.31:
  %".829" = trunc i64 %"cursor.18" to i16
  %".830" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".829", ptr %".830", align 2
  br label %"return"
cont.31:
  %"end.3" = add i64 %"cursor.18", %".825"
  %".833" = getelementptr i8, ptr %"hdr.15", i64 6
  %".834" = load i16, ptr %".833", align 2
  %".835" = call i16 @"llvm.bswap.i16"(i16 %".834")
  %".836" = zext i16 %".835" to i64
  %".837" = and i64 %".836", 16383
  %".838" = icmp ne i64 %".837", 0
  %".839" = call i16 @"llvm.bswap.i16"(i16 %".834")
  %".840" = zext i16 %".839" to i64
  %".841" = and i64 %".840", 8191
  %".842" = icmp eq i64 %".841", 0
  br i1 %".838", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".844" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".844", align 1
  br i1 %".842", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".862" = zext i8 %".815" to i64
  switch i64 %".862", label %"unknown.7" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 132, label %"to_sctp.2" i64 33, label %"to_dccp.2" i64 50, label %"to_esp.2" i64 51, label %"to_ah.2" i64 137, label %"to_mpls.9" i64 1, label %"to_icmp.1" i64 4, label %"to_ipv4.5" i64 41, label %"to_ipv6.5"]
first_fragment.1:
  %".851" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".851", align 1
  %".853" = and i32 %"flags", 1
  %".854" = icmp ne i32 %".853", 0
  %".855" = xor i1 %".854", -1
  br i1 %".855", label %"exit.32", label %"cont.32"
later_fragment.1:
  %".847" = trunc i64 %"end.3" to i16
  %".848" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".847", ptr %".848", align 2
  br label %"return"
exit.32:
  %".857" = trunc i64 %"end.3" to i16
  %".858" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".857", ptr %".858", align 2
  br label %"return"
cont.32:
  br label %"not_fragment.1"
unknown.7:
  %".864" = trunc i64 %"end.3" to i16
  %".865" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".864", ptr %".865", align 2
  br label %"return"
to_tcp.2:
  %".868" = getelementptr i8, ptr %"keys", i64 2
  %".869" = trunc i64 %"end.3" to i16
  store volatile i16 %".869", ptr %".868", align 2
  %".871" = load volatile i16, ptr %".868", align 2
  %".872" = zext i16 %".871" to i64
  %"cursor.53" = and i64 %".872", 16383
  br label %"tcp"
to_udp.2:
  %".874" = getelementptr i8, ptr %"keys", i64 2
  %".875" = trunc i64 %"end.3" to i16
  store volatile i16 %".875", ptr %".874", align 2
  %".877" = load volatile i16, ptr %".874", align 2
  %".878" = zext i16 %".877" to i64
  %"cursor.54" = and i64 %".878", 16383
  br label %"udp"
to_udplite.2:
  %".880" = getelementptr i8, ptr %"keys", i64 2
  %".881" = trunc i64 %"end.3" to i16
  store volatile i16 %".881", ptr %".880", align 2
  %".883" = load volatile i16, ptr %".880", align 2
  %".884" = zext i16 %".883" to i64
  %"cursor.55" = and i64 %".884", 16383
  br label %"udplite"
to_gre.2:
  %".886" = getelementptr i8, ptr %"keys", i64 2
  %".887" = trunc i64 %"end.3" to i16
  store volatile i16 %".887", ptr %".886", align 2
  %".889" = load volatile i16, ptr %".886", align 2
  %".890" = zext i16 %".889" to i64
  %"cursor.57" = and i64 %".890", 16383
  br label %"gre_d1"
to_sctp.2:
  %".892" = getelementptr i8, ptr %"keys", i64 2
  %".893" = trunc i64 %"end.3" to i16
  store volatile i16 %".893", ptr %".892", align 2
  %".895" = load volatile i16, ptr %".892", align 2
  %".896" = zext i16 %".895" to i64
  %"cursor.58" = and i64 %".896", 16383
  br label %"sctp"
to_dccp.2:
  %".898" = getelementptr i8, ptr %"keys", i64 2
  %".899" = trunc i64 %"end.3" to i16
  store volatile i16 %".899", ptr %".898", align 2
  %".901" = load volatile i16, ptr %".898", align 2
  %".902" = zext i16 %".901" to i64
  %"cursor.59" = and i64 %".902", 16383
  br label %"dccp"
to_esp.2:
  %".904" = getelementptr i8, ptr %"keys", i64 2
  %".905" = trunc i64 %"end.3" to i16
  store volatile i16 %".905", ptr %".904", align 2
  %".907" = load volatile i16, ptr %".904", align 2
  %".908" = zext i16 %".907" to i64
  %"cursor.60" = and i64 %".908", 16383
  br label %"esp"
to_ah.2:
  %".910" = getelementptr i8, ptr %"keys", i64 2
  %".911" = trunc i64 %"end.3" to i16
  store volatile i16 %".911", ptr %".910", align 2
  %".913" = load volatile i16, ptr %".910", align 2
  %".914" = zext i16 %".913" to i64
  %"cursor.61" = and i64 %".914", 16383
  br label %"ah"
to_mpls.9:
  %".916" = getelementptr i8, ptr %"keys", i64 2
  %".917" = trunc i64 %"end.3" to i16
  store volatile i16 %".917", ptr %".916", align 2
  %".919" = load volatile i16, ptr %".916", align 2
  %".920" = zext i16 %".919" to i64
  %"cursor.62" = and i64 %".920", 16383
  br label %"mpls_mpls_labels1"
to_icmp.1:
  %".922" = getelementptr i8, ptr %"keys", i64 2
  %".923" = trunc i64 %"end.3" to i16
  store volatile i16 %".923", ptr %".922", align 2
  %".925" = load volatile i16, ptr %".922", align 2
  %".926" = zext i16 %".925" to i64
  %"cursor.63" = and i64 %".926", 16383
  br label %"icmp"
to_ipv4.5:
  %".928" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".928", align 1
  %".930" = and i32 %"flags", 4
  %".931" = icmp ne i32 %".930", 0
  br i1 %".931", label %"exit.33", label %"cont.33"
to_ipv6.5:
  %".941" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".941", align 1
  %".943" = and i32 %"flags", 4
  %".944" = icmp ne i32 %".943", 0
  br i1 %".944", label %"exit.34", label %"cont.34"
gre_d1:
  %"cursor.56" = phi  i64 [%"cursor.57", %"to_gre.2"], [%"cursor.73", %"to_gre.3"], [%"cursor.138", %"to_gre.6"], [%"cursor.152", %"to_gre.7"], [%"cursor.217", %"to_gre.10"], [%"cursor.231", %"to_gre.11"], [%"cursor.274", %"to_gre.14"], [%"cursor.284", %"to_gre.15"]
  %"hdr.24" = getelementptr i8, ptr %"data", i64 %"cursor.56"
  %".1596" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1597" = icmp ugt ptr %".1596", %"data_end"
  br i1 %".1597", label %"exit.52", label %"cont.52"
exit.33:
  %".933" = trunc i64 %"end.3" to i16
  %".934" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".933", ptr %".934", align 2
  br label %"return"
cont.33:
  %".937" = trunc i64 %"end.3" to i16
  %".938" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".937", ptr %".938", align 2
  br label %"return"
exit.34:
  %".946" = trunc i64 %"end.3" to i16
  %".947" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".946", ptr %".947", align 2
  br label %"return"
cont.34:
  %".950" = trunc i64 %"end.3" to i16
  %".951" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".950", ptr %".951", align 2
  br label %"return"
exit.35:
  %".957" = trunc i64 %"cursor.20" to i16
  %".958" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".957", ptr %".958", align 2
  br label %"return"
cont.35:
  %".961" = trunc i64 34525 to i16
  %".962" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".961", ptr %".962", align 2
  %".964" = trunc i64 34525 to i16
  %".965" = call i16 @"llvm.bswap.i16"(i16 %".964")
  %".966" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".965", ptr %".966", align 2
  %".968" = getelementptr i8, ptr %"hdr.16", i64 8
  %".969" = load i64, ptr %".968", align 8
  %".970" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".969", ptr %".970", align 8
  %".972" = getelementptr i8, ptr %"hdr.16", i64 16
  %".973" = load i64, ptr %".972", align 8
  %".974" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".973", ptr %".974", align 8
  %".976" = getelementptr i8, ptr %"hdr.16", i64 24
  %".977" = load i64, ptr %".976", align 8
  %".978" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".977", ptr %".978", align 8
  %".980" = getelementptr i8, ptr %"hdr.16", i64 32
  %".981" = load i64, ptr %".980", align 8
  %".982" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".981", ptr %".982", align 8
  %".984" = getelementptr i8, ptr %"hdr.16", i64 6
  %".985" = load i8, ptr %".984", align 1
  %".986" = zext i8 %".985" to i64
  %".987" = trunc i64 %".986" to i8
  %".988" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".987", ptr %".988", align 1
  %".990" = getelementptr i8, ptr %"hdr.16", i64 0
  %".991" = load i32, ptr %".990", align 4
  %".992" = call i32 @"llvm.bswap.i32"(i32 %".991")
  %".993" = zext i32 %".992" to i64
  %".994" = and i64 %".993", 1048575
  %".995" = trunc i64 %".994" to i32
  %".996" = call i32 @"llvm.bswap.i32"(i32 %".995")
  %".997" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".996", ptr %".997", align 4
  %".999" = add i64 %"cursor.20", 40
  %".1000" = call i32 @"llvm.bswap.i32"(i32 %".991")
  %".1001" = zext i32 %".1000" to i64
  %".1002" = and i64 %".1001", 1048575
  %".1003" = icmp ne i64 %".1002", 0
  %".1004" = and i32 %"flags", 2
  %".1005" = icmp ne i32 %".1004", 0
  %".1006" = and i1 %".1003", %".1005"
  br i1 %".1006", label %"exit.36", label %"cont.36"
exit.36:
  %".1008" = trunc i64 %".999" to i16
  %".1009" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1008", ptr %".1009", align 2
  br label %"return"
cont.36:
  %".1012" = zext i8 %".985" to i64
  switch i64 %".1012", label %"unknown.8" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 132, label %"to_sctp.3" i64 33, label %"to_dccp.3" i64 50, label %"to_esp.3" i64 51, label %"to_ah.3" i64 137, label %"to_mpls.10" i64 58, label %"to_icmpv6.1" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
unknown.8:
  %".1014" = trunc i64 %".999" to i16
  %".1015" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1014", ptr %".1015", align 2
  br label %"return"
to_ipv6_opts.3:
  %".1018" = getelementptr i8, ptr %"keys", i64 2
  %".1019" = trunc i64 %".999" to i16
  store volatile i16 %".1019", ptr %".1018", align 2
  %".1021" = load volatile i16, ptr %".1018", align 2
  %".1022" = zext i16 %".1021" to i64
  %"cursor.65" = and i64 %".1022", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  %".1024" = getelementptr i8, ptr %"keys", i64 2
  %".1025" = trunc i64 %".999" to i16
  store volatile i16 %".1025", ptr %".1024", align 2
  %".1027" = load volatile i16, ptr %".1024", align 2
  %".1028" = zext i16 %".1027" to i64
  %"cursor.66" = and i64 %".1028", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  %".1030" = getelementptr i8, ptr %"keys", i64 2
  %".1031" = trunc i64 %".999" to i16
  store volatile i16 %".1031", ptr %".1030", align 2
  %".1033" = load volatile i16, ptr %".1030", align 2
  %".1034" = zext i16 %".1033" to i64
  %"cursor.67" = and i64 %".1034", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  %".1036" = getelementptr i8, ptr %"keys", i64 2
  %".1037" = trunc i64 %".999" to i16
  store volatile i16 %".1037", ptr %".1036", align 2
  %".1039" = load volatile i16, ptr %".1036", align 2
  %".1040" = zext i16 %".1039" to i64
  %"cursor.69" = and i64 %".1040", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  %".1042" = getelementptr i8, ptr %"keys", i64 2
  %".1043" = trunc i64 %".999" to i16
  store volatile i16 %".1043", ptr %".1042", align 2
  %".1045" = load volatile i16, ptr %".1042", align 2
  %".1046" = zext i16 %".1045" to i64
  %"cursor.70" = and i64 %".1046", 16383
  br label %"tcp"
to_udp.3:
  %".1048" = getelementptr i8, ptr %"keys", i64 2
  %".1049" = trunc i64 %".999" to i16
  store volatile i16 %".1049", ptr %".1048", align 2
  %".1051" = load volatile i16, ptr %".1048", align 2
  %".1052" = zext i16 %".1051" to i64
  %"cursor.71" = and i64 %".1052", 16383
  br label %"udp"
to_udplite.3:
  %".1054" = getelementptr i8, ptr %"keys", i64 2
  %".1055" = trunc i64 %".999" to i16
  store volatile i16 %".1055", ptr %".1054", align 2
  %".1057" = load volatile i16, ptr %".1054", align 2
  %".1058" = zext i16 %".1057" to i64
  %"cursor.72" = and i64 %".1058", 16383
  br label %"udplite"
to_gre.3:
  %".1060" = getelementptr i8, ptr %"keys", i64 2
  %".1061" = trunc i64 %".999" to i16
  store volatile i16 %".1061", ptr %".1060", align 2
  %".1063" = load volatile i16, ptr %".1060", align 2
  %".1064" = zext i16 %".1063" to i64
  %"cursor.73" = and i64 %".1064", 16383
  br label %"gre_d1"
to_sctp.3:
  %".1066" = getelementptr i8, ptr %"keys", i64 2
  %".1067" = trunc i64 %".999" to i16
  store volatile i16 %".1067", ptr %".1066", align 2
  %".1069" = load volatile i16, ptr %".1066", align 2
  %".1070" = zext i16 %".1069" to i64
  %"cursor.74" = and i64 %".1070", 16383
  br label %"sctp"
to_dccp.3:
  %".1072" = getelementptr i8, ptr %"keys", i64 2
  %".1073" = trunc i64 %".999" to i16
  store volatile i16 %".1073", ptr %".1072", align 2
  %".1075" = load volatile i16, ptr %".1072", align 2
  %".1076" = zext i16 %".1075" to i64
  %"cursor.75" = and i64 %".1076", 16383
  br label %"dccp"
to_esp.3:
  %".1078" = getelementptr i8, ptr %"keys", i64 2
  %".1079" = trunc i64 %".999" to i16
  store volatile i16 %".1079", ptr %".1078", align 2
  %".1081" = load volatile i16, ptr %".1078", align 2
  %".1082" = zext i16 %".1081" to i64
  %"cursor.76" = and i64 %".1082", 16383
  br label %"esp"
to_ah.3:
  %".1084" = getelementptr i8, ptr %"keys", i64 2
  %".1085" = trunc i64 %".999" to i16
  store volatile i16 %".1085", ptr %".1084", align 2
  %".1087" = load volatile i16, ptr %".1084", align 2
  %".1088" = zext i16 %".1087" to i64
  %"cursor.77" = and i64 %".1088", 16383
  br label %"ah"
to_mpls.10:
  %".1090" = getelementptr i8, ptr %"keys", i64 2
  %".1091" = trunc i64 %".999" to i16
  store volatile i16 %".1091", ptr %".1090", align 2
  %".1093" = load volatile i16, ptr %".1090", align 2
  %".1094" = zext i16 %".1093" to i64
  %"cursor.78" = and i64 %".1094", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.1:
  %".1096" = getelementptr i8, ptr %"keys", i64 2
  %".1097" = trunc i64 %".999" to i16
  store volatile i16 %".1097", ptr %".1096", align 2
  %".1099" = load volatile i16, ptr %".1096", align 2
  %".1100" = zext i16 %".1099" to i64
  %"cursor.79" = and i64 %".1100", 16383
  br label %"icmpv6"
to_ipv4.6:
  %".1102" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1102", align 1
  %".1104" = and i32 %"flags", 4
  %".1105" = icmp ne i32 %".1104", 0
  br i1 %".1105", label %"exit.37", label %"cont.37"
to_ipv6.6:
  %".1115" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1115", align 1
  %".1117" = and i32 %"flags", 4
  %".1118" = icmp ne i32 %".1117", 0
  br i1 %".1118", label %"exit.38", label %"cont.38"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.64" = phi  i64 [%"cursor.65", %"to_ipv6_opts.3"], [%"cursor.66", %"to_ipv6_opts.4"], [%"cursor.67", %"to_ipv6_opts.5"]
  %"hdr.25" = getelementptr i8, ptr %"data", i64 %"cursor.64"
  %".1679" = getelementptr i8, ptr %"hdr.25", i64 2
  %".1680" = icmp ugt ptr %".1679", %"data_end"
  br i1 %".1680", label %"exit.56", label %"cont.56"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.68" = phi  i64 [%"cursor.69", %"to_ipv6_frag.1"]
  %"hdr.26" = getelementptr i8, ptr %"data", i64 %"cursor.68"
  %".1822" = getelementptr i8, ptr %"hdr.26", i64 8
  %".1823" = icmp ugt ptr %".1822", %"data_end"
  br i1 %".1823", label %"exit.60", label %"cont.60"
exit.37:
  %".1107" = trunc i64 %".999" to i16
  %".1108" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1107", ptr %".1108", align 2
  br label %"return"
cont.37:
  %".1111" = trunc i64 %".999" to i16
  %".1112" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1111", ptr %".1112", align 2
  br label %"return"
exit.38:
  %".1120" = trunc i64 %".999" to i16
  %".1121" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1120", ptr %".1121", align 2
  br label %"return"
cont.38:
  %".1124" = trunc i64 %".999" to i16
  %".1125" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1124", ptr %".1125", align 2
  br label %"return"
exit.39:
  %".1131" = trunc i64 %"cursor.22" to i16
  %".1132" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1131", ptr %".1132", align 2
  br label %"return"
cont.39:
  %".1135" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1136" = load i8, ptr %".1135", align 1
  %".1137" = zext i8 %".1136" to i64
  %".1138" = trunc i64 %".1137" to i8
  %".1139" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1138", ptr %".1139", align 1
  %".1141" = add i64 %"cursor.22", 2
  %".1142" = getelementptr i8, ptr %"hdr.17", i64 1
  %".1143" = load i8, ptr %".1142", align 1
  %".1144" = zext i8 %".1143" to i64
  %".1145" = mul i64 %".1144", 8
  %".1146" = add i64 %".1145", 6
  %".1147" = add i64 %".1146", 2
  %".1148" = getelementptr i8, ptr %"hdr.17", i64 %".1147"
  %".1149" = icmp ugt ptr %".1148", %"data_end"
  br i1 %".1149", label %"exit.40", label %"cont.40"
exit.40:
  %".1151" = trunc i64 %"cursor.22" to i16
  %".1152" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1151", ptr %".1152", align 2
  br label %"return"
cont.40:
  %"end.4" = add i64 %"cursor.22", %".1147"
  %".1155" = zext i8 %".1136" to i64
  switch i64 %".1155", label %"unknown.9" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 132, label %"to_sctp.4" i64 33, label %"to_dccp.4" i64 50, label %"to_esp.4" i64 51, label %"to_ah.4" i64 137, label %"to_mpls.11" i64 58, label %"to_icmpv6.2" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.9:
  %".1157" = trunc i64 %"end.4" to i16
  %".1158" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1157", ptr %".1158", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  %".1162" = getelementptr i8, ptr %"keys", i64 2
  %".1163" = trunc i64 %"end.4" to i16
  store volatile i16 %".1163", ptr %".1162", align 2
  %".1165" = load volatile i16, ptr %".1162", align 2
  %".1166" = zext i16 %".1165" to i64
  %"cursor.81" = and i64 %".1166", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  %".1168" = getelementptr i8, ptr %"keys", i64 2
  %".1169" = trunc i64 %"end.4" to i16
  store volatile i16 %".1169", ptr %".1168", align 2
  %".1171" = load volatile i16, ptr %".1168", align 2
  %".1172" = zext i16 %".1171" to i64
  %"cursor.82" = and i64 %".1172", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  %".1175" = getelementptr i8, ptr %"keys", i64 2
  %".1176" = trunc i64 %"end.4" to i16
  store volatile i16 %".1176", ptr %".1175", align 2
  %".1178" = load volatile i16, ptr %".1175", align 2
  %".1179" = zext i16 %".1178" to i64
  %"cursor.84" = and i64 %".1179", 16383
  br label %"tcp"
to_udp.4:
  %".1181" = getelementptr i8, ptr %"keys", i64 2
  %".1182" = trunc i64 %"end.4" to i16
  store volatile i16 %".1182", ptr %".1181", align 2
  %".1184" = load volatile i16, ptr %".1181", align 2
  %".1185" = zext i16 %".1184" to i64
  %"cursor.85" = and i64 %".1185", 16383
  br label %"udp"
to_udplite.4:
  %".1187" = getelementptr i8, ptr %"keys", i64 2
  %".1188" = trunc i64 %"end.4" to i16
  store volatile i16 %".1188", ptr %".1187", align 2
  %".1190" = load volatile i16, ptr %".1187", align 2
  %".1191" = zext i16 %".1190" to i64
  %"cursor.86" = and i64 %".1191", 16383
  br label %"udplite"
to_gre.4:
  %".1193" = getelementptr i8, ptr %"keys", i64 2
  %".1194" = trunc i64 %"end.4" to i16
  store volatile i16 %".1194", ptr %".1193", align 2
  %".1196" = load volatile i16, ptr %".1193", align 2
  %".1197" = zext i16 %".1196" to i64
  %"cursor.87" = and i64 %".1197", 16383
  br label %"gre_d0"
to_sctp.4:
  %".1199" = getelementptr i8, ptr %"keys", i64 2
  %".1200" = trunc i64 %"end.4" to i16
  store volatile i16 %".1200", ptr %".1199", align 2
  %".1202" = load volatile i16, ptr %".1199", align 2
  %".1203" = zext i16 %".1202" to i64
  %"cursor.88" = and i64 %".1203", 16383
  br label %"sctp"
to_dccp.4:
  %".1205" = getelementptr i8, ptr %"keys", i64 2
  %".1206" = trunc i64 %"end.4" to i16
  store volatile i16 %".1206", ptr %".1205", align 2
  %".1208" = load volatile i16, ptr %".1205", align 2
  %".1209" = zext i16 %".1208" to i64
  %"cursor.89" = and i64 %".1209", 16383
  br label %"dccp"
to_esp.4:
  %".1211" = getelementptr i8, ptr %"keys", i64 2
  %".1212" = trunc i64 %"end.4" to i16
  store volatile i16 %".1212", ptr %".1211", align 2
  %".1214" = load volatile i16, ptr %".1211", align 2
  %".1215" = zext i16 %".1214" to i64
  %"cursor.90" = and i64 %".1215", 16383
  br label %"esp"
to_ah.4:
  %".1217" = getelementptr i8, ptr %"keys", i64 2
  %".1218" = trunc i64 %"end.4" to i16
  store volatile i16 %".1218", ptr %".1217", align 2
  %".1220" = load volatile i16, ptr %".1217", align 2
  %".1221" = zext i16 %".1220" to i64
  %"cursor.91" = and i64 %".1221", 16383
  br label %"ah"
to_mpls.11:
  %".1223" = getelementptr i8, ptr %"keys", i64 2
  %".1224" = trunc i64 %"end.4" to i16
  store volatile i16 %".1224", ptr %".1223", align 2
  %".1226" = load volatile i16, ptr %".1223", align 2
  %".1227" = zext i16 %".1226" to i64
  %"cursor.92" = and i64 %".1227", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.2:
  %".1229" = getelementptr i8, ptr %"keys", i64 2
  %".1230" = trunc i64 %"end.4" to i16
  store volatile i16 %".1230", ptr %".1229", align 2
  %".1232" = load volatile i16, ptr %".1229", align 2
  %".1233" = zext i16 %".1232" to i64
  %"cursor.93" = and i64 %".1233", 16383
  br label %"icmpv6"
to_ipv4.7:
  %".1235" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1235", align 1
  %".1237" = and i32 %"flags", 4
  %".1238" = icmp ne i32 %".1237", 0
  br i1 %".1238", label %"exit.41", label %"cont.41"
to_ipv6.7:
  %".1250" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1250", align 1
  %".1252" = and i32 %"flags", 4
  %".1253" = icmp ne i32 %".1252", 0
  br i1 %".1253", label %"exit.42", label %"cont.42"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.80" = phi  i64 [%"end.4", %"to_ipv6_opts.6"], [%"cursor.81", %"to_ipv6_opts.7"], [%"cursor.82", %"to_ipv6_opts.8"], [%"cursor.96", %"to_ipv6_opts.9"], [%"cursor.97", %"to_ipv6_opts.10"], [%"cursor.98", %"to_ipv6_opts.11"]
  %"hdr.27" = getelementptr i8, ptr %"data", i64 %"cursor.80"
  %".1978" = getelementptr i8, ptr %"hdr.27", i64 2
  %".1979" = icmp ugt ptr %".1978", %"data_end"
  br i1 %".1979", label %"exit.64", label %"cont.64"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.83" = phi  i64 [%"end.4", %"to_ipv6_frag.2"], [%"cursor.99", %"to_ipv6_frag.3"]
  %"hdr.28" = getelementptr i8, ptr %"data", i64 %"cursor.83"
  %".2115" = getelementptr i8, ptr %"hdr.28", i64 8
  %".2116" = icmp ugt ptr %".2115", %"data_end"
  br i1 %".2116", label %"exit.68", label %"cont.68"
exit.41:
  %".1240" = trunc i64 %"end.4" to i16
  %".1241" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1240", ptr %".1241", align 2
  br label %"return"
cont.41:
  %".1244" = getelementptr i8, ptr %"keys", i64 2
  %".1245" = trunc i64 %"end.4" to i16
  store volatile i16 %".1245", ptr %".1244", align 2
  %".1247" = load volatile i16, ptr %".1244", align 2
  %".1248" = zext i16 %".1247" to i64
  %"cursor.94" = and i64 %".1248", 16383
  br label %"ipv4_d1"
exit.42:
  %".1255" = trunc i64 %"end.4" to i16
  %".1256" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1255", ptr %".1256", align 2
  br label %"return"
cont.42:
  %".1259" = getelementptr i8, ptr %"keys", i64 2
  %".1260" = trunc i64 %"end.4" to i16
  store volatile i16 %".1260", ptr %".1259", align 2
  %".1262" = load volatile i16, ptr %".1259", align 2
  %".1263" = zext i16 %".1262" to i64
  %"cursor.95" = and i64 %".1263", 16383
  br label %"ipv6_d1"
exit.43:
  %".1268" = trunc i64 %"cursor.25" to i16
  %".1269" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1268", ptr %".1269", align 2
  br label %"return"
cont.43:
  %".1272" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1273" = load i8, ptr %".1272", align 1
  %".1274" = zext i8 %".1273" to i64
  %".1275" = trunc i64 %".1274" to i8
  %".1276" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1275", ptr %".1276", align 1
  %".1278" = add i64 %"cursor.25", 8
  %".1279" = icmp ne i64 1, 0
  %".1280" = getelementptr i8, ptr %"hdr.18", i64 2
  %".1281" = load i16, ptr %".1280", align 2
  %".1282" = call i16 @"llvm.bswap.i16"(i16 %".1281")
  %".1283" = zext i16 %".1282" to i64
  %".1284" = and i64 %".1283", 65528
  %".1285" = icmp eq i64 %".1284", 0
  br i1 %".1279", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".1287" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1287", align 1
  br i1 %".1285", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".1305" = zext i8 %".1273" to i64
  switch i64 %".1305", label %"unknown.10" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 132, label %"to_sctp.5" i64 33, label %"to_dccp.5" i64 50, label %"to_esp.5" i64 51, label %"to_ah.5" i64 137, label %"to_mpls.12" i64 58, label %"to_icmpv6.3" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
first_fragment.2:
  %".1294" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1294", align 1
  %".1296" = and i32 %"flags", 1
  %".1297" = icmp ne i32 %".1296", 0
  %".1298" = xor i1 %".1297", -1
  br i1 %".1298", label %"exit.44", label %"cont.44"
later_fragment.2:
  %".1290" = trunc i64 %".1278" to i16
  %".1291" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1290", ptr %".1291", align 2
  br label %"return"
exit.44:
  %".1300" = trunc i64 %".1278" to i16
  %".1301" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1300", ptr %".1301", align 2
  br label %"return"
cont.44:
  br label %"not_fragment.2"
unknown.10:
  %".1307" = trunc i64 %".1278" to i16
  %".1308" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1307", ptr %".1308", align 2
  br label %"return"
to_ipv6_opts.9:
  %".1311" = getelementptr i8, ptr %"keys", i64 2
  %".1312" = trunc i64 %".1278" to i16
  store volatile i16 %".1312", ptr %".1311", align 2
  %".1314" = load volatile i16, ptr %".1311", align 2
  %".1315" = zext i16 %".1314" to i64
  %"cursor.96" = and i64 %".1315", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  %".1317" = getelementptr i8, ptr %"keys", i64 2
  %".1318" = trunc i64 %".1278" to i16
  store volatile i16 %".1318", ptr %".1317", align 2
  %".1320" = load volatile i16, ptr %".1317", align 2
  %".1321" = zext i16 %".1320" to i64
  %"cursor.97" = and i64 %".1321", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  %".1323" = getelementptr i8, ptr %"keys", i64 2
  %".1324" = trunc i64 %".1278" to i16
  store volatile i16 %".1324", ptr %".1323", align 2
  %".1326" = load volatile i16, ptr %".1323", align 2
  %".1327" = zext i16 %".1326" to i64
  %"cursor.98" = and i64 %".1327", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  %".1329" = getelementptr i8, ptr %"keys", i64 2
  %".1330" = trunc i64 %".1278" to i16
  store volatile i16 %".1330", ptr %".1329", align 2
  %".1332" = load volatile i16, ptr %".1329", align 2
  %".1333" = zext i16 %".1332" to i64
  %"cursor.99" = and i64 %".1333", 16383
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  %".1335" = getelementptr i8, ptr %"keys", i64 2
  %".1336" = trunc i64 %".1278" to i16
  store volatile i16 %".1336", ptr %".1335", align 2
  %".1338" = load volatile i16, ptr %".1335", align 2
  %".1339" = zext i16 %".1338" to i64
  %"cursor.100" = and i64 %".1339", 16383
  br label %"tcp"
to_udp.5:
  %".1341" = getelementptr i8, ptr %"keys", i64 2
  %".1342" = trunc i64 %".1278" to i16
  store volatile i16 %".1342", ptr %".1341", align 2
  %".1344" = load volatile i16, ptr %".1341", align 2
  %".1345" = zext i16 %".1344" to i64
  %"cursor.101" = and i64 %".1345", 16383
  br label %"udp"
to_udplite.5:
  %".1347" = getelementptr i8, ptr %"keys", i64 2
  %".1348" = trunc i64 %".1278" to i16
  store volatile i16 %".1348", ptr %".1347", align 2
  %".1350" = load volatile i16, ptr %".1347", align 2
  %".1351" = zext i16 %".1350" to i64
  %"cursor.102" = and i64 %".1351", 16383
  br label %"udplite"
to_gre.5:
  %".1353" = getelementptr i8, ptr %"keys", i64 2
  %".1354" = trunc i64 %".1278" to i16
  store volatile i16 %".1354", ptr %".1353", align 2
  %".1356" = load volatile i16, ptr %".1353", align 2
  %".1357" = zext i16 %".1356" to i64
  %"cursor.103" = and i64 %".1357", 16383
  br label %"gre_d0"
to_sctp.5:
  %".1359" = getelementptr i8, ptr %"keys", i64 2
  %".1360" = trunc i64 %".1278" to i16
  store volatile i16 %".1360", ptr %".1359", align 2
  %".1362" = load volatile i16, ptr %".1359", align 2
  %".1363" = zext i16 %".1362" to i64
  %"cursor.104" = and i64 %".1363", 16383
  br label %"sctp"
to_dccp.5:
  %".1365" = getelementptr i8, ptr %"keys", i64 2
  %".1366" = trunc i64 %".1278" to i16
  store volatile i16 %".1366", ptr %".1365", align 2
  %".1368" = load volatile i16, ptr %".1365", align 2
  %".1369" = zext i16 %".1368" to i64
  %"cursor.105" = and i64 %".1369", 16383
  br label %"dccp"
to_esp.5:
  %".1371" = getelementptr i8, ptr %"keys", i64 2
  %".1372" = trunc i64 %".1278" to i16
  store volatile i16 %".1372", ptr %".1371", align 2
  %".1374" = load volatile i16, ptr %".1371", align 2
  %".1375" = zext i16 %".1374" to i64
  %"cursor.106" = and i64 %".1375", 16383
  br label %"esp"
to_ah.5:
  %".1377" = getelementptr i8, ptr %"keys", i64 2
  %".1378" = trunc i64 %".1278" to i16
  store volatile i16 %".1378", ptr %".1377", align 2
  %".1380" = load volatile i16, ptr %".1377", align 2
  %".1381" = zext i16 %".1380" to i64
  %"cursor.107" = and i64 %".1381", 16383
  br label %"ah"
to_mpls.12:
  %".1383" = getelementptr i8, ptr %"keys", i64 2
  %".1384" = trunc i64 %".1278" to i16
  store volatile i16 %".1384", ptr %".1383", align 2
  %".1386" = load volatile i16, ptr %".1383", align 2
  %".1387" = zext i16 %".1386" to i64
  %"cursor.108" = and i64 %".1387", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.3:
  %".1389" = getelementptr i8, ptr %"keys", i64 2
  %".1390" = trunc i64 %".1278" to i16
  store volatile i16 %".1390", ptr %".1389", align 2
  %".1392" = load volatile i16, ptr %".1389", align 2
  %".1393" = zext i16 %".1392" to i64
  %"cursor.109" = and i64 %".1393", 16383
  br label %"icmpv6"
to_ipv4.8:
  %".1395" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1395", align 1
  %".1397" = and i32 %"flags", 4
  %".1398" = icmp ne i32 %".1397", 0
  br i1 %".1398", label %"exit.45", label %"cont.45"
to_ipv6.8:
  %".1410" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1410", align 1
  %".1412" = and i32 %"flags", 4
  %".1413" = icmp ne i32 %".1412", 0
  br i1 %".1413", label %"exit.46", label %"cont.46"
exit.45:
  %".1400" = trunc i64 %".1278" to i16
  %".1401" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1400", ptr %".1401", align 2
  br label %"return"
cont.45:
  %".1404" = getelementptr i8, ptr %"keys", i64 2
  %".1405" = trunc i64 %".1278" to i16
  store volatile i16 %".1405", ptr %".1404", align 2
  %".1407" = load volatile i16, ptr %".1404", align 2
  %".1408" = zext i16 %".1407" to i64
  %"cursor.110" = and i64 %".1408", 16383
  br label %"ipv4_d1"
exit.46:
  %".1415" = trunc i64 %".1278" to i16
  %".1416" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1415", ptr %".1416", align 2
  br label %"return"
cont.46:
  %".1419" = getelementptr i8, ptr %"keys", i64 2
  %".1420" = trunc i64 %".1278" to i16
  store volatile i16 %".1420", ptr %".1419", align 2
  %".1422" = load volatile i16, ptr %".1419", align 2
  %".1423" = zext i16 %".1422" to i64
  %"cursor.111" = and i64 %".1423", 16383
  br label %"ipv6_d1"
exit.47:
  %".1428" = trunc i64 %"cursor.35" to i16
  %".1429" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1428", ptr %".1429", align 2
  br label %"return"
cont.47:
  %".1432" = add i64 %"cursor.35", 4
  %".1433" = trunc i64 %"cursor.35" to i16
  %".1434" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1433", ptr %".1434", align 2
  br label %"return"
exit.48:
  %".1440" = trunc i64 %"cursor.40" to i16
  %".1441" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1440", ptr %".1441", align 2
  br label %"return"
cont.48:
  %".1444" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1445" = load i16, ptr %".1444", align 2
  %".1446" = call i16 @"llvm.bswap.i16"(i16 %".1445")
  %".1447" = zext i16 %".1446" to i64
  %".1448" = trunc i64 %".1447" to i16
  %".1449" = call i16 @"llvm.bswap.i16"(i16 %".1448")
  %".1450" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1449", ptr %".1450", align 2
  %".1452" = add i64 %"cursor.40", 4
  %".1453" = trunc i64 %".1452" to i16
  %".1454" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1453", ptr %".1454", align 2
  %".1456" = call i16 @"llvm.bswap.i16"(i16 %".1445")
  %".1457" = zext i16 %".1456" to i64
  switch i64 %".1457", label %"unknown.11" [i64 2048, label %"to_ipv4.9" i64 34525, label %"to_ipv6.9" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5" i64 34887, label %"to_mpls.13" i64 34888, label %"to_mpls.14" i64 34916, label %"to_pppoe.2"]
unknown.11:
  %".1459" = trunc i64 %".1452" to i16
  %".1460" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1459", ptr %".1460", align 2
  br label %"return"
to_ipv4.9:
  %".1463" = getelementptr i8, ptr %"keys", i64 2
  %".1464" = trunc i64 %".1452" to i16
  store volatile i16 %".1464", ptr %".1463", align 2
  %".1466" = load volatile i16, ptr %".1463", align 2
  %".1467" = zext i16 %".1466" to i64
  %"cursor.112" = and i64 %".1467", 16383
  br label %"ipv4_d0"
to_ipv6.9:
  %".1469" = getelementptr i8, ptr %"keys", i64 2
  %".1470" = trunc i64 %".1452" to i16
  store volatile i16 %".1470", ptr %".1469", align 2
  %".1472" = load volatile i16, ptr %".1469", align 2
  %".1473" = zext i16 %".1472" to i64
  %"cursor.113" = and i64 %".1473", 16383
  br label %"ipv6_d0"
to_vlan.4:
  %".1475" = trunc i64 %".1452" to i16
  %".1476" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1475", ptr %".1476", align 2
  br label %"return"
to_vlan.5:
  %".1479" = trunc i64 %".1452" to i16
  %".1480" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1479", ptr %".1480", align 2
  br label %"return"
to_mpls.13:
  %".1483" = getelementptr i8, ptr %"keys", i64 2
  %".1484" = trunc i64 %".1452" to i16
  store volatile i16 %".1484", ptr %".1483", align 2
  %".1486" = load volatile i16, ptr %".1483", align 2
  %".1487" = zext i16 %".1486" to i64
  %"cursor.114" = and i64 %".1487", 16383
  br label %"mpls_mpls_labels1"
to_mpls.14:
  %".1489" = getelementptr i8, ptr %"keys", i64 2
  %".1490" = trunc i64 %".1452" to i16
  store volatile i16 %".1490", ptr %".1489", align 2
  %".1492" = load volatile i16, ptr %".1489", align 2
  %".1493" = zext i16 %".1492" to i64
  %"cursor.115" = and i64 %".1493", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.2:
  %".1495" = getelementptr i8, ptr %"keys", i64 2
  %".1496" = trunc i64 %".1452" to i16
  store volatile i16 %".1496", ptr %".1495", align 2
  %".1498" = load volatile i16, ptr %".1495", align 2
  %".1499" = zext i16 %".1498" to i64
  %"cursor.116" = and i64 %".1499", 16383
  br label %"pppoe_d0"
exit.49:
  %".1504" = trunc i64 %"cursor.45" to i16
  %".1505" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1504", ptr %".1505", align 2
  br label %"return"
cont.49:
  %".1508" = add i64 %"cursor.45", 4
  %".1509" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1510" = load i8, ptr %".1509", align 1
  %".1511" = zext i8 %".1510" to i64
  %".1512" = and i64 %".1511", 1
  switch i64 %".1512", label %"unknown.12" [i64 0, label %"to_mpls.15"]
unknown.12:
  %".1514" = trunc i64 %".1508" to i16
  %".1515" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1514", ptr %".1515", align 2
  br label %"return"
to_mpls.15:
  br label %"mpls_mpls_labels3"
mpls_mpls_labels3:
  %"cursor.117" = phi  i64 [%".1508", %"to_mpls.15"]
  %"hdr.29" = getelementptr i8, ptr %"data", i64 %"cursor.117"
  %".2275" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2276" = icmp ugt ptr %".2275", %"data_end"
  br i1 %".2276", label %"exit.72", label %"cont.72"
exit.50:
  %".1522" = trunc i64 %"cursor.46" to i16
  %".1523" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1522", ptr %".1523", align 2
  br label %"return"
cont.50:
  %".1526" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1527" = load i8, ptr %".1526", align 1
  %".1528" = zext i8 %".1527" to i64
  %".1529" = and i64 %".1528", 1
  switch i64 %".1529", label %"unknown.13" [i64 0, label %"to_ppp16" i64 1, label %"to_ppp8"]
unknown.13:
  %".1531" = trunc i64 %"cursor.46" to i16
  %".1532" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1531", ptr %".1532", align 2
  br label %"return"
to_ppp16:
  br label %"ppp16_d0"
to_ppp8:
  br label %"ppp8_d0"
ppp16_d0:
  %"cursor.118" = phi  i64 [%"cursor.46", %"to_ppp16"]
  %"hdr.30" = getelementptr i8, ptr %"data", i64 %"cursor.118"
  %".2293" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2294" = icmp ugt ptr %".2293", %"data_end"
  br i1 %".2294", label %"exit.73", label %"cont.73"
ppp8_d0:
  %"cursor.119" = phi  i64 [%"cursor.46", %"to_ppp8"]
  %"hdr.31" = getelementptr i8, ptr %"data", i64 %"cursor.119"
  %".2337" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2338" = icmp ugt ptr %".2337", %"data_end"
  br i1 %".2338", label %"exit.74", label %"cont.74"
exit.51:
  %".1540" = trunc i64 %"cursor.49" to i16
  %".1541" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1540", ptr %".1541", align 2
  br label %"return"
cont.51:
  %".1544" = add i64 %"cursor.49", 14
  %".1545" = getelementptr i8, ptr %"hdr.23", i64 12
  %".1546" = load i16, ptr %".1545", align 2
  %".1547" = call i16 @"llvm.bswap.i16"(i16 %".1546")
  %".1548" = zext i16 %".1547" to i64
  switch i64 %".1548", label %"unknown.14" [i64 2048, label %"to_ipv4.10" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7" i64 34887, label %"to_mpls.16" i64 34888, label %"to_mpls.17" i64 34916, label %"to_pppoe.3"]
unknown.14:
  %".1550" = trunc i64 %".1544" to i16
  %".1551" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1550", ptr %".1551", align 2
  br label %"return"
to_ipv4.10:
  %".1554" = getelementptr i8, ptr %"keys", i64 2
  %".1555" = trunc i64 %".1544" to i16
  store volatile i16 %".1555", ptr %".1554", align 2
  %".1557" = load volatile i16, ptr %".1554", align 2
  %".1558" = zext i16 %".1557" to i64
  %"cursor.120" = and i64 %".1558", 16383
  br label %"ipv4_d1"
to_ipv6.10:
  %".1560" = getelementptr i8, ptr %"keys", i64 2
  %".1561" = trunc i64 %".1544" to i16
  store volatile i16 %".1561", ptr %".1560", align 2
  %".1563" = load volatile i16, ptr %".1560", align 2
  %".1564" = zext i16 %".1563" to i64
  %"cursor.121" = and i64 %".1564", 16383
  br label %"ipv6_d1"
to_vlan.6:
  %".1566" = getelementptr i8, ptr %"keys", i64 2
  %".1567" = trunc i64 %".1544" to i16
  store volatile i16 %".1567", ptr %".1566", align 2
  %".1569" = load volatile i16, ptr %".1566", align 2
  %".1570" = zext i16 %".1569" to i64
  %"cursor.123" = and i64 %".1570", 16383
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  %".1572" = getelementptr i8, ptr %"keys", i64 2
  %".1573" = trunc i64 %".1544" to i16
  store volatile i16 %".1573", ptr %".1572", align 2
  %".1575" = load volatile i16, ptr %".1572", align 2
  %".1576" = zext i16 %".1575" to i64
  %"cursor.124" = and i64 %".1576", 16383
  br label %"vlan_d1_vlan_tags1"
to_mpls.16:
  %".1578" = getelementptr i8, ptr %"keys", i64 2
  %".1579" = trunc i64 %".1544" to i16
  store volatile i16 %".1579", ptr %".1578", align 2
  %".1581" = load volatile i16, ptr %".1578", align 2
  %".1582" = zext i16 %".1581" to i64
  %"cursor.125" = and i64 %".1582", 16383
  br label %"mpls_mpls_labels1"
to_mpls.17:
  %".1584" = getelementptr i8, ptr %"keys", i64 2
  %".1585" = trunc i64 %".1544" to i16
  store volatile i16 %".1585", ptr %".1584", align 2
  %".1587" = load volatile i16, ptr %".1584", align 2
  %".1588" = zext i16 %".1587" to i64
  %"cursor.126" = and i64 %".1588", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.3:
  %".1590" = getelementptr i8, ptr %"keys", i64 2
  %".1591" = trunc i64 %".1544" to i16
  store volatile i16 %".1591", ptr %".1590", align 2
  %".1593" = load volatile i16, ptr %".1590", align 2
  %".1594" = zext i16 %".1593" to i64
  %"cursor.128" = and i64 %".1594", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1:
  %"cursor.122" = phi  i64 [%"cursor.123", %"to_vlan.6"], [%"cursor.124", %"to_vlan.7"]
  %"hdr.32" = getelementptr i8, ptr %"data", i64 %"cursor.122"
  %".2368" = getelementptr i8, ptr %"hdr.32", i64 4
  %".2369" = icmp ugt ptr %".2368", %"data_end"
  br i1 %".2369", label %"exit.75", label %"cont.75"
pppoe_d1:
  %"cursor.127" = phi  i64 [%"cursor.128", %"to_pppoe.3"], [%"cursor.205", %"to_pppoe.4"], [%"cursor.266", %"to_pppoe.5"]
  %"hdr.33" = getelementptr i8, ptr %"data", i64 %"cursor.127"
  %".2436" = getelementptr i8, ptr %"hdr.33", i64 6
  %".2437" = icmp ugt ptr %".2436", %"data_end"
  br i1 %".2437", label %"exit.76", label %"cont.76"
exit.52:
  %".1599" = trunc i64 %"cursor.56" to i16
  %".1600" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1599", ptr %".1600", align 2
  br label %"return"
cont.52:
  %".1603" = getelementptr i8, ptr %"hdr.24", i64 1
  %".1604" = load i8, ptr %".1603", align 1
  %".1605" = zext i8 %".1604" to i64
  %".1606" = and i64 %".1605", 7
  %".1607" = icmp ne i64 %".1606", 0
  %".1608" = getelementptr i8, ptr %"hdr.24", i64 0
  %".1609" = load i8, ptr %".1608", align 1
  %".1610" = zext i8 %".1609" to i64
  %".1611" = lshr i64 %".1610", 6
  %".1612" = and i64 %".1611", 1
  %".1613" = icmp ne i64 %".1612", 0
  %".1614" = or i1 %".1607", %".1613"
  br i1 %".1614", label %"exit.53", label %"cont.53"
exit.53:
  %".1616" = trunc i64 %"cursor.56" to i16
  %".1617" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1616", ptr %".1617", align 2
  br label %"return"
cont.53:
  %".1620" = add i64 %"cursor.56", 4
  %".1621" = zext i8 %".1609" to i64
  %".1622" = lshr i64 %".1621", 7
  %".1623" = and i64 %".1622", 1
  %".1624" = zext i8 %".1609" to i64
  %".1625" = lshr i64 %".1624", 5
  %".1626" = and i64 %".1625", 1
  %".1627" = add i64 %".1623", %".1626"
  %".1628" = zext i8 %".1609" to i64
  %".1629" = lshr i64 %".1628", 4
  %".1630" = and i64 %".1629", 1
  %".1631" = add i64 %".1627", %".1630"
  %".1632" = mul i64 %".1631", 4
  %".1633" = add i64 %".1632", 4
  %".1634" = getelementptr i8, ptr %"hdr.24", i64 %".1633"
  %".1635" = icmp ugt ptr %".1634", %"data_end"
  br i1 %".1635", label %"exit.54", label %"cont.54"
exit.54:
  %".1637" = trunc i64 %"cursor.56" to i16
  %".1638" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1637", ptr %".1638", align 2
  br label %"return"
cont.54:
  %"end.5" = add i64 %"cursor.56", %".1633"
  %".1641" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1641", align 1
  %".1643" = and i32 %"flags", 4
  %".1644" = icmp ne i32 %".1643", 0
  br i1 %".1644", label %"exit.55", label %"cont.55"
exit.55:
  %".1646" = trunc i64 %"end.5" to i16
  %".1647" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1646", ptr %".1647", align 2
  br label %"return"
cont.55:
  %".1650" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1651" = load i16, ptr %".1650", align 2
  %".1652" = call i16 @"llvm.bswap.i16"(i16 %".1651")
  %".1653" = zext i16 %".1652" to i64
  switch i64 %".1653", label %"unknown.15" [i64 2048, label %"to_ipv4.11" i64 34525, label %"to_ipv6.11" i64 25944, label %"to_ethernet.1" i64 34887, label %"to_mpls.18" i64 34888, label %"to_mpls.19"]
unknown.15:
  %".1655" = trunc i64 %"end.5" to i16
  %".1656" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1655", ptr %".1656", align 2
  br label %"return"
to_ipv4.11:
  %".1659" = trunc i64 %"end.5" to i16
  %".1660" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1659", ptr %".1660", align 2
  br label %"return"
to_ipv6.11:
  %".1663" = trunc i64 %"end.5" to i16
  %".1664" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1663", ptr %".1664", align 2
  br label %"return"
to_ethernet.1:
  %".1667" = trunc i64 %"end.5" to i16
  %".1668" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1667", ptr %".1668", align 2
  br label %"return"
to_mpls.18:
  %".1671" = trunc i64 %"end.5" to i16
  %".1672" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1671", ptr %".1672", align 2
  br label %"return"
to_mpls.19:
  %".1675" = trunc i64 %"end.5" to i16
  %".1676" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1675", ptr %".1676", align 2
  br label %"return"
exit.56:
  %".1682" = trunc i64 %"cursor.64" to i16
  %".1683" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1682", ptr %".1683", align 2
  br label %"return"
cont.56:
  %".1686" = getelementptr i8, ptr %"hdr.25", i64 0
  %".1687" = load i8, ptr %".1686", align 1
  %".1688" = zext i8 %".1687" to i64
  %".1689" = trunc i64 %".1688" to i8
  %".1690" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1689", ptr %".1690", align 1
  %".1692" = add i64 %"cursor.64", 2
  %".1693" = getelementptr i8, ptr %"hdr.25", i64 1
  %".1694" = load i8, ptr %".1693", align 1
  %".1695" = zext i8 %".1694" to i64
  %".1696" = mul i64 %".1695", 8
  %".1697" = add i64 %".1696", 6
  %".1698" = add i64 %".1697", 2
  %".1699" = getelementptr i8, ptr %"hdr.25", i64 %".1698"
  %".1700" = icmp ugt ptr %".1699", %"data_end"
  br i1 %".1700", label %"exit.57", label %"cont.57"
exit.57:
  %".1702" = trunc i64 %"cursor.64" to i16
  %".1703" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1702", ptr %".1703", align 2
  br label %"return"
cont.57:
  %"end.6" = add i64 %"cursor.64", %".1698"
  %".1706" = zext i8 %".1687" to i64
  switch i64 %".1706", label %"unknown.16" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 132, label %"to_sctp.6" i64 33, label %"to_dccp.6" i64 50, label %"to_esp.6" i64 51, label %"to_ah.6" i64 137, label %"to_mpls.20" i64 58, label %"to_icmpv6.4" i64 4, label %"to_ipv4.12" i64 41, label %"to_ipv6.12"]
unknown.16:
  %".1708" = trunc i64 %"end.6" to i16
  %".1709" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1708", ptr %".1709", align 2
  br label %"return"
to_ipv6_opts.12:
  %".1712" = getelementptr i8, ptr %"keys", i64 2
  %".1713" = trunc i64 %"end.6" to i16
  store volatile i16 %".1713", ptr %".1712", align 2
  %".1715" = load volatile i16, ptr %".1712", align 2
  %".1716" = zext i16 %".1715" to i64
  %"cursor.130" = and i64 %".1716", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  %".1718" = getelementptr i8, ptr %"keys", i64 2
  %".1719" = trunc i64 %"end.6" to i16
  store volatile i16 %".1719", ptr %".1718", align 2
  %".1721" = load volatile i16, ptr %".1718", align 2
  %".1722" = zext i16 %".1721" to i64
  %"cursor.131" = and i64 %".1722", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  %".1724" = getelementptr i8, ptr %"keys", i64 2
  %".1725" = trunc i64 %"end.6" to i16
  store volatile i16 %".1725", ptr %".1724", align 2
  %".1727" = load volatile i16, ptr %".1724", align 2
  %".1728" = zext i16 %".1727" to i64
  %"cursor.132" = and i64 %".1728", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  %".1730" = getelementptr i8, ptr %"keys", i64 2
  %".1731" = trunc i64 %"end.6" to i16
  store volatile i16 %".1731", ptr %".1730", align 2
  %".1733" = load volatile i16, ptr %".1730", align 2
  %".1734" = zext i16 %".1733" to i64
  %"cursor.134" = and i64 %".1734", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  %".1736" = getelementptr i8, ptr %"keys", i64 2
  %".1737" = trunc i64 %"end.6" to i16
  store volatile i16 %".1737", ptr %".1736", align 2
  %".1739" = load volatile i16, ptr %".1736", align 2
  %".1740" = zext i16 %".1739" to i64
  %"cursor.135" = and i64 %".1740", 16383
  br label %"tcp"
to_udp.6:
  %".1742" = getelementptr i8, ptr %"keys", i64 2
  %".1743" = trunc i64 %"end.6" to i16
  store volatile i16 %".1743", ptr %".1742", align 2
  %".1745" = load volatile i16, ptr %".1742", align 2
  %".1746" = zext i16 %".1745" to i64
  %"cursor.136" = and i64 %".1746", 16383
  br label %"udp"
to_udplite.6:
  %".1748" = getelementptr i8, ptr %"keys", i64 2
  %".1749" = trunc i64 %"end.6" to i16
  store volatile i16 %".1749", ptr %".1748", align 2
  %".1751" = load volatile i16, ptr %".1748", align 2
  %".1752" = zext i16 %".1751" to i64
  %"cursor.137" = and i64 %".1752", 16383
  br label %"udplite"
to_gre.6:
  %".1754" = getelementptr i8, ptr %"keys", i64 2
  %".1755" = trunc i64 %"end.6" to i16
  store volatile i16 %".1755", ptr %".1754", align 2
  %".1757" = load volatile i16, ptr %".1754", align 2
  %".1758" = zext i16 %".1757" to i64
  %"cursor.138" = and i64 %".1758", 16383
  br label %"gre_d1"
to_sctp.6:
  %".1760" = getelementptr i8, ptr %"keys", i64 2
  %".1761" = trunc i64 %"end.6" to i16
  store volatile i16 %".1761", ptr %".1760", align 2
  %".1763" = load volatile i16, ptr %".1760", align 2
  %".1764" = zext i16 %".1763" to i64
  %"cursor.139" = and i64 %".1764", 16383
  br label %"sctp"
to_dccp.6:
  %".1766" = getelementptr i8, ptr %"keys", i64 2
  %".1767" = trunc i64 %"end.6" to i16
  store volatile i16 %".1767", ptr %".1766", align 2
  %".1769" = load volatile i16, ptr %".1766", align 2
  %".1770" = zext i16 %".1769" to i64
  %"cursor.140" = and i64 %".1770", 16383
  br label %"dccp"
to_esp.6:
  %".1772" = getelementptr i8, ptr %"keys", i64 2
  %".1773" = trunc i64 %"end.6" to i16
  store volatile i16 %".1773", ptr %".1772", align 2
  %".1775" = load volatile i16, ptr %".1772", align 2
  %".1776" = zext i16 %".1775" to i64
  %"cursor.141" = and i64 %".1776", 16383
  br label %"esp"
to_ah.6:
  %".1778" = getelementptr i8, ptr %"keys", i64 2
  %".1779" = trunc i64 %"end.6" to i16
  store volatile i16 %".1779", ptr %".1778", align 2
  %".1781" = load volatile i16, ptr %".1778", align 2
  %".1782" = zext i16 %".1781" to i64
  %"cursor.142" = and i64 %".1782", 16383
  br label %"ah"
to_mpls.20:
  %".1784" = getelementptr i8, ptr %"keys", i64 2
  %".1785" = trunc i64 %"end.6" to i16
  store volatile i16 %".1785", ptr %".1784", align 2
  %".1787" = load volatile i16, ptr %".1784", align 2
  %".1788" = zext i16 %".1787" to i64
  %"cursor.143" = and i64 %".1788", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.4:
  %".1790" = getelementptr i8, ptr %"keys", i64 2
  %".1791" = trunc i64 %"end.6" to i16
  store volatile i16 %".1791", ptr %".1790", align 2
  %".1793" = load volatile i16, ptr %".1790", align 2
  %".1794" = zext i16 %".1793" to i64
  %"cursor.144" = and i64 %".1794", 16383
  br label %"icmpv6"
to_ipv4.12:
  %".1796" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1796", align 1
  %".1798" = and i32 %"flags", 4
  %".1799" = icmp ne i32 %".1798", 0
  br i1 %".1799", label %"exit.58", label %"cont.58"
to_ipv6.12:
  %".1809" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1809", align 1
  %".1811" = and i32 %"flags", 4
  %".1812" = icmp ne i32 %".1811", 0
  br i1 %".1812", label %"exit.59", label %"cont.59"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.129" = phi  i64 [%"cursor.130", %"to_ipv6_opts.12"], [%"cursor.131", %"to_ipv6_opts.13"], [%"cursor.132", %"to_ipv6_opts.14"], [%"cursor.145", %"to_ipv6_opts.15"], [%"cursor.146", %"to_ipv6_opts.16"], [%"cursor.147", %"to_ipv6_opts.17"]
  %"hdr.34" = getelementptr i8, ptr %"data", i64 %"cursor.129"
  %".2476" = getelementptr i8, ptr %"hdr.34", i64 2
  %".2477" = icmp ugt ptr %".2476", %"data_end"
  br i1 %".2477", label %"exit.78", label %"cont.78"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.133" = phi  i64 [%"cursor.134", %"to_ipv6_frag.4"], [%"cursor.148", %"to_ipv6_frag.5"]
  %"hdr.35" = getelementptr i8, ptr %"data", i64 %"cursor.133"
  %".2619" = getelementptr i8, ptr %"hdr.35", i64 8
  %".2620" = icmp ugt ptr %".2619", %"data_end"
  br i1 %".2620", label %"exit.82", label %"cont.82"
exit.58:
  %".1801" = trunc i64 %"end.6" to i16
  %".1802" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1801", ptr %".1802", align 2
  br label %"return"
cont.58:
  %".1805" = trunc i64 %"end.6" to i16
  %".1806" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1805", ptr %".1806", align 2
  br label %"return"
exit.59:
  %".1814" = trunc i64 %"end.6" to i16
  %".1815" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1814", ptr %".1815", align 2
  br label %"return"
cont.59:
  %".1818" = trunc i64 %"end.6" to i16
  %".1819" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1818", ptr %".1819", align 2
  br label %"return"
exit.60:
  %".1825" = trunc i64 %"cursor.68" to i16
  %".1826" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1825", ptr %".1826", align 2
  br label %"return"
cont.60:
  %".1829" = getelementptr i8, ptr %"hdr.26", i64 0
  %".1830" = load i8, ptr %".1829", align 1
  %".1831" = zext i8 %".1830" to i64
  %".1832" = trunc i64 %".1831" to i8
  %".1833" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1832", ptr %".1833", align 1
  %".1835" = add i64 %"cursor.68", 8
  %".1836" = icmp ne i64 1, 0
  %".1837" = getelementptr i8, ptr %"hdr.26", i64 2
  %".1838" = load i16, ptr %".1837", align 2
  %".1839" = call i16 @"llvm.bswap.i16"(i16 %".1838")
  %".1840" = zext i16 %".1839" to i64
  %".1841" = and i64 %".1840", 65528
  %".1842" = icmp eq i64 %".1841", 0
  br i1 %".1836", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".1844" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1844", align 1
  br i1 %".1842", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".1862" = zext i8 %".1830" to i64
  switch i64 %".1862", label %"unknown.17" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 132, label %"to_sctp.7" i64 33, label %"to_dccp.7" i64 50, label %"to_esp.7" i64 51, label %"to_ah.7" i64 137, label %"to_mpls.21" i64 58, label %"to_icmpv6.5" i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.13"]
first_fragment.3:
  %".1851" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1851", align 1
  %".1853" = and i32 %"flags", 1
  %".1854" = icmp ne i32 %".1853", 0
  %".1855" = xor i1 %".1854", -1
  br i1 %".1855", label %"exit.61", label %"cont.61"
later_fragment.3:
  %".1847" = trunc i64 %".1835" to i16
  %".1848" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1847", ptr %".1848", align 2
  br label %"return"
exit.61:
  %".1857" = trunc i64 %".1835" to i16
  %".1858" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1857", ptr %".1858", align 2
  br label %"return"
cont.61:
  br label %"not_fragment.3"
unknown.17:
  %".1864" = trunc i64 %".1835" to i16
  %".1865" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1864", ptr %".1865", align 2
  br label %"return"
to_ipv6_opts.15:
  %".1868" = getelementptr i8, ptr %"keys", i64 2
  %".1869" = trunc i64 %".1835" to i16
  store volatile i16 %".1869", ptr %".1868", align 2
  %".1871" = load volatile i16, ptr %".1868", align 2
  %".1872" = zext i16 %".1871" to i64
  %"cursor.145" = and i64 %".1872", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  %".1874" = getelementptr i8, ptr %"keys", i64 2
  %".1875" = trunc i64 %".1835" to i16
  store volatile i16 %".1875", ptr %".1874", align 2
  %".1877" = load volatile i16, ptr %".1874", align 2
  %".1878" = zext i16 %".1877" to i64
  %"cursor.146" = and i64 %".1878", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  %".1880" = getelementptr i8, ptr %"keys", i64 2
  %".1881" = trunc i64 %".1835" to i16
  store volatile i16 %".1881", ptr %".1880", align 2
  %".1883" = load volatile i16, ptr %".1880", align 2
  %".1884" = zext i16 %".1883" to i64
  %"cursor.147" = and i64 %".1884", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  %".1886" = getelementptr i8, ptr %"keys", i64 2
  %".1887" = trunc i64 %".1835" to i16
  store volatile i16 %".1887", ptr %".1886", align 2
  %".1889" = load volatile i16, ptr %".1886", align 2
  %".1890" = zext i16 %".1889" to i64
  %"cursor.148" = and i64 %".1890", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  %".1892" = getelementptr i8, ptr %"keys", i64 2
  %".1893" = trunc i64 %".1835" to i16
  store volatile i16 %".1893", ptr %".1892", align 2
  %".1895" = load volatile i16, ptr %".1892", align 2
  %".1896" = zext i16 %".1895" to i64
  %"cursor.149" = and i64 %".1896", 16383
  br label %"tcp"
to_udp.7:
  %".1898" = getelementptr i8, ptr %"keys", i64 2
  %".1899" = trunc i64 %".1835" to i16
  store volatile i16 %".1899", ptr %".1898", align 2
  %".1901" = load volatile i16, ptr %".1898", align 2
  %".1902" = zext i16 %".1901" to i64
  %"cursor.150" = and i64 %".1902", 16383
  br label %"udp"
to_udplite.7:
  %".1904" = getelementptr i8, ptr %"keys", i64 2
  %".1905" = trunc i64 %".1835" to i16
  store volatile i16 %".1905", ptr %".1904", align 2
  %".1907" = load volatile i16, ptr %".1904", align 2
  %".1908" = zext i16 %".1907" to i64
  %"cursor.151" = and i64 %".1908", 16383
  br label %"udplite"
to_gre.7:
  %".1910" = getelementptr i8, ptr %"keys", i64 2
  %".1911" = trunc i64 %".1835" to i16
  store volatile i16 %".1911", ptr %".1910", align 2
  %".1913" = load volatile i16, ptr %".1910", align 2
  %".1914" = zext i16 %".1913" to i64
  %"cursor.152" = and i64 %".1914", 16383
  br label %"gre_d1"
to_sctp.7:
  %".1916" = getelementptr i8, ptr %"keys", i64 2
  %".1917" = trunc i64 %".1835" to i16
  store volatile i16 %".1917", ptr %".1916", align 2
  %".1919" = load volatile i16, ptr %".1916", align 2
  %".1920" = zext i16 %".1919" to i64
  %"cursor.153" = and i64 %".1920", 16383
  br label %"sctp"
to_dccp.7:
  %".1922" = getelementptr i8, ptr %"keys", i64 2
  %".1923" = trunc i64 %".1835" to i16
  store volatile i16 %".1923", ptr %".1922", align 2
  %".1925" = load volatile i16, ptr %".1922", align 2
  %".1926" = zext i16 %".1925" to i64
  %"cursor.154" = and i64 %".1926", 16383
  br label %"dccp"
to_esp.7:
  %".1928" = getelementptr i8, ptr %"keys", i64 2
  %".1929" = trunc i64 %".1835" to i16
  store volatile i16 %".1929", ptr %".1928", align 2
  %".1931" = load volatile i16, ptr %".1928", align 2
  %".1932" = zext i16 %".1931" to i64
  %"cursor.155" = and i64 %".1932", 16383
  br label %"esp"
to_ah.7:
  %".1934" = getelementptr i8, ptr %"keys", i64 2
  %".1935" = trunc i64 %".1835" to i16
  store volatile i16 %".1935", ptr %".1934", align 2
  %".1937" = load volatile i16, ptr %".1934", align 2
  %".1938" = zext i16 %".1937" to i64
  %"cursor.156" = and i64 %".1938", 16383
  br label %"ah"
to_mpls.21:
  %".1940" = getelementptr i8, ptr %"keys", i64 2
  %".1941" = trunc i64 %".1835" to i16
  store volatile i16 %".1941", ptr %".1940", align 2
  %".1943" = load volatile i16, ptr %".1940", align 2
  %".1944" = zext i16 %".1943" to i64
  %"cursor.157" = and i64 %".1944", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.5:
  %".1946" = getelementptr i8, ptr %"keys", i64 2
  %".1947" = trunc i64 %".1835" to i16
  store volatile i16 %".1947", ptr %".1946", align 2
  %".1949" = load volatile i16, ptr %".1946", align 2
  %".1950" = zext i16 %".1949" to i64
  %"cursor.158" = and i64 %".1950", 16383
  br label %"icmpv6"
to_ipv4.13:
  %".1952" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1952", align 1
  %".1954" = and i32 %"flags", 4
  %".1955" = icmp ne i32 %".1954", 0
  br i1 %".1955", label %"exit.62", label %"cont.62"
to_ipv6.13:
  %".1965" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1965", align 1
  %".1967" = and i32 %"flags", 4
  %".1968" = icmp ne i32 %".1967", 0
  br i1 %".1968", label %"exit.63", label %"cont.63"
exit.62:
  %".1957" = trunc i64 %".1835" to i16
  %".1958" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1957", ptr %".1958", align 2
  br label %"return"
cont.62:
  %".1961" = trunc i64 %".1835" to i16
  %".1962" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1961", ptr %".1962", align 2
  br label %"return"
exit.63:
  %".1970" = trunc i64 %".1835" to i16
  %".1971" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1970", ptr %".1971", align 2
  br label %"return"
cont.63:
  %".1974" = trunc i64 %".1835" to i16
  %".1975" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1974", ptr %".1975", align 2
  br label %"return"
exit.64:
  %".1981" = trunc i64 %"cursor.80" to i16
  %".1982" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1981", ptr %".1982", align 2
  br label %"return"
cont.64:
  %".1985" = getelementptr i8, ptr %"hdr.27", i64 0
  %".1986" = load i8, ptr %".1985", align 1
  %".1987" = zext i8 %".1986" to i64
  %".1988" = trunc i64 %".1987" to i8
  %".1989" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1988", ptr %".1989", align 1
  %".1991" = add i64 %"cursor.80", 2
  %".1992" = getelementptr i8, ptr %"hdr.27", i64 1
  %".1993" = load i8, ptr %".1992", align 1
  %".1994" = zext i8 %".1993" to i64
  %".1995" = mul i64 %".1994", 8
  %".1996" = add i64 %".1995", 6
  %".1997" = add i64 %".1996", 2
  %".1998" = getelementptr i8, ptr %"hdr.27", i64 %".1997"
  %".1999" = icmp ugt ptr %".1998", %"data_end"
  br i1 %".1999", label %"exit.65", label %"cont.65"
exit.65:
  %".2001" = trunc i64 %"cursor.80" to i16
  %".2002" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2001", ptr %".2002", align 2
  br label %"return"
cont.65:
  %"end.7" = add i64 %"cursor.80", %".1997"
  %".2005" = zext i8 %".1986" to i64
  switch i64 %".2005", label %"unknown.18" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 132, label %"to_sctp.8" i64 33, label %"to_dccp.8" i64 50, label %"to_esp.8" i64 51, label %"to_ah.8" i64 137, label %"to_mpls.22" i64 58, label %"to_icmpv6.6" i64 4, label %"to_ipv4.14" i64 41, label %"to_ipv6.14"]
unknown.18:
  %".2007" = trunc i64 %"end.7" to i16
  %".2008" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2007", ptr %".2008", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  %".2012" = getelementptr i8, ptr %"keys", i64 2
  %".2013" = trunc i64 %"end.7" to i16
  store volatile i16 %".2013", ptr %".2012", align 2
  %".2015" = load volatile i16, ptr %".2012", align 2
  %".2016" = zext i16 %".2015" to i64
  %"cursor.160" = and i64 %".2016", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  %".2018" = getelementptr i8, ptr %"keys", i64 2
  %".2019" = trunc i64 %"end.7" to i16
  store volatile i16 %".2019", ptr %".2018", align 2
  %".2021" = load volatile i16, ptr %".2018", align 2
  %".2022" = zext i16 %".2021" to i64
  %"cursor.161" = and i64 %".2022", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  %".2025" = getelementptr i8, ptr %"keys", i64 2
  %".2026" = trunc i64 %"end.7" to i16
  store volatile i16 %".2026", ptr %".2025", align 2
  %".2028" = load volatile i16, ptr %".2025", align 2
  %".2029" = zext i16 %".2028" to i64
  %"cursor.163" = and i64 %".2029", 16383
  br label %"tcp"
to_udp.8:
  %".2031" = getelementptr i8, ptr %"keys", i64 2
  %".2032" = trunc i64 %"end.7" to i16
  store volatile i16 %".2032", ptr %".2031", align 2
  %".2034" = load volatile i16, ptr %".2031", align 2
  %".2035" = zext i16 %".2034" to i64
  %"cursor.164" = and i64 %".2035", 16383
  br label %"udp"
to_udplite.8:
  %".2037" = getelementptr i8, ptr %"keys", i64 2
  %".2038" = trunc i64 %"end.7" to i16
  store volatile i16 %".2038", ptr %".2037", align 2
  %".2040" = load volatile i16, ptr %".2037", align 2
  %".2041" = zext i16 %".2040" to i64
  %"cursor.165" = and i64 %".2041", 16383
  br label %"udplite"
to_gre.8:
  %".2043" = getelementptr i8, ptr %"keys", i64 2
  %".2044" = trunc i64 %"end.7" to i16
  store volatile i16 %".2044", ptr %".2043", align 2
  %".2046" = load volatile i16, ptr %".2043", align 2
  %".2047" = zext i16 %".2046" to i64
  %"cursor.166" = and i64 %".2047", 16383
  br label %"gre_d0"
to_sctp.8:
  %".2049" = getelementptr i8, ptr %"keys", i64 2
  %".2050" = trunc i64 %"end.7" to i16
  store volatile i16 %".2050", ptr %".2049", align 2
  %".2052" = load volatile i16, ptr %".2049", align 2
  %".2053" = zext i16 %".2052" to i64
  %"cursor.167" = and i64 %".2053", 16383
  br label %"sctp"
to_dccp.8:
  %".2055" = getelementptr i8, ptr %"keys", i64 2
  %".2056" = trunc i64 %"end.7" to i16
  store volatile i16 %".2056", ptr %".2055", align 2
  %".2058" = load volatile i16, ptr %".2055", align 2
  %".2059" = zext i16 %".2058" to i64
  %"cursor.168" = and i64 %".2059", 16383
  br label %"dccp"
to_esp.8:
  %".2061" = getelementptr i8, ptr %"keys", i64 2
  %".2062" = trunc i64 %"end.7" to i16
  store volatile i16 %".2062", ptr %".2061", align 2
  %".2064" = load volatile i16, ptr %".2061", align 2
  %".2065" = zext i16 %".2064" to i64
  %"cursor.169" = and i64 %".2065", 16383
  br label %"esp"
to_ah.8:
  %".2067" = getelementptr i8, ptr %"keys", i64 2
  %".2068" = trunc i64 %"end.7" to i16
  store volatile i16 %".2068", ptr %".2067", align 2
  %".2070" = load volatile i16, ptr %".2067", align 2
  %".2071" = zext i16 %".2070" to i64
  %"cursor.170" = and i64 %".2071", 16383
  br label %"ah"
to_mpls.22:
  %".2073" = getelementptr i8, ptr %"keys", i64 2
  %".2074" = trunc i64 %"end.7" to i16
  store volatile i16 %".2074", ptr %".2073", align 2
  %".2076" = load volatile i16, ptr %".2073", align 2
  %".2077" = zext i16 %".2076" to i64
  %"cursor.171" = and i64 %".2077", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.6:
  %".2079" = getelementptr i8, ptr %"keys", i64 2
  %".2080" = trunc i64 %"end.7" to i16
  store volatile i16 %".2080", ptr %".2079", align 2
  %".2082" = load volatile i16, ptr %".2079", align 2
  %".2083" = zext i16 %".2082" to i64
  %"cursor.172" = and i64 %".2083", 16383
  br label %"icmpv6"
to_ipv4.14:
  %".2085" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2085", align 1
  %".2087" = and i32 %"flags", 4
  %".2088" = icmp ne i32 %".2087", 0
  br i1 %".2088", label %"exit.66", label %"cont.66"
to_ipv6.14:
  %".2100" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2100", align 1
  %".2102" = and i32 %"flags", 4
  %".2103" = icmp ne i32 %".2102", 0
  br i1 %".2103", label %"exit.67", label %"cont.67"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.159" = phi  i64 [%"end.7", %"to_ipv6_opts.18"], [%"cursor.160", %"to_ipv6_opts.19"], [%"cursor.161", %"to_ipv6_opts.20"], [%"cursor.175", %"to_ipv6_opts.21"], [%"cursor.176", %"to_ipv6_opts.22"], [%"cursor.177", %"to_ipv6_opts.23"]
  %"hdr.36" = getelementptr i8, ptr %"data", i64 %"cursor.159"
  %".2775" = getelementptr i8, ptr %"hdr.36", i64 2
  %".2776" = icmp ugt ptr %".2775", %"data_end"
  br i1 %".2776", label %"exit.86", label %"cont.86"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.162" = phi  i64 [%"end.7", %"to_ipv6_frag.6"], [%"cursor.178", %"to_ipv6_frag.7"]
  %"hdr.37" = getelementptr i8, ptr %"data", i64 %"cursor.162"
  %".2914" = getelementptr i8, ptr %"hdr.37", i64 8
  %".2915" = icmp ugt ptr %".2914", %"data_end"
  br i1 %".2915", label %"exit.90", label %"cont.90"
exit.66:
  %".2090" = trunc i64 %"end.7" to i16
  %".2091" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2090", ptr %".2091", align 2
  br label %"return"
cont.66:
  %".2094" = getelementptr i8, ptr %"keys", i64 2
  %".2095" = trunc i64 %"end.7" to i16
  store volatile i16 %".2095", ptr %".2094", align 2
  %".2097" = load volatile i16, ptr %".2094", align 2
  %".2098" = zext i16 %".2097" to i64
  %"cursor.173" = and i64 %".2098", 16383
  br label %"ipv4_d1"
exit.67:
  %".2105" = trunc i64 %"end.7" to i16
  %".2106" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2105", ptr %".2106", align 2
  br label %"return"
cont.67:
  %".2109" = getelementptr i8, ptr %"keys", i64 2
  %".2110" = trunc i64 %"end.7" to i16
  store volatile i16 %".2110", ptr %".2109", align 2
  %".2112" = load volatile i16, ptr %".2109", align 2
  %".2113" = zext i16 %".2112" to i64
  %"cursor.174" = and i64 %".2113", 16383
  br label %"ipv6_d1"
exit.68:
  %".2118" = trunc i64 %"cursor.83" to i16
  %".2119" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2118", ptr %".2119", align 2
  br label %"return"
cont.68:
  %".2122" = getelementptr i8, ptr %"hdr.28", i64 0
  %".2123" = load i8, ptr %".2122", align 1
  %".2124" = zext i8 %".2123" to i64
  %".2125" = trunc i64 %".2124" to i8
  %".2126" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2125", ptr %".2126", align 1
  %".2128" = add i64 %"cursor.83", 8
  %".2129" = icmp ne i64 1, 0
  %".2130" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2131" = load i16, ptr %".2130", align 2
  %".2132" = call i16 @"llvm.bswap.i16"(i16 %".2131")
  %".2133" = zext i16 %".2132" to i64
  %".2134" = and i64 %".2133", 65528
  %".2135" = icmp eq i64 %".2134", 0
  br i1 %".2129", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".2137" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2137", align 1
  br i1 %".2135", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".2155" = zext i8 %".2123" to i64
  switch i64 %".2155", label %"unknown.19" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 132, label %"to_sctp.9" i64 33, label %"to_dccp.9" i64 50, label %"to_esp.9" i64 51, label %"to_ah.9" i64 137, label %"to_mpls.23" i64 58, label %"to_icmpv6.7" i64 4, label %"to_ipv4.15" i64 41, label %"to_ipv6.15"]
first_fragment.4:
  %".2144" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2144", align 1
  %".2146" = and i32 %"flags", 1
  %".2147" = icmp ne i32 %".2146", 0
  %".2148" = xor i1 %".2147", -1
  br i1 %".2148", label %"exit.69", label %"cont.69"
later_fragment.4:
  %".2140" = trunc i64 %".2128" to i16
  %".2141" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2140", ptr %".2141", align 2
  br label %"return"
exit.69:
  %".2150" = trunc i64 %".2128" to i16
  %".2151" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2150", ptr %".2151", align 2
  br label %"return"
cont.69:
  br label %"not_fragment.4"
unknown.19:
  %".2157" = trunc i64 %".2128" to i16
  %".2158" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2157", ptr %".2158", align 2
  br label %"return"
to_ipv6_opts.21:
  %".2161" = getelementptr i8, ptr %"keys", i64 2
  %".2162" = trunc i64 %".2128" to i16
  store volatile i16 %".2162", ptr %".2161", align 2
  %".2164" = load volatile i16, ptr %".2161", align 2
  %".2165" = zext i16 %".2164" to i64
  %"cursor.175" = and i64 %".2165", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  %".2167" = getelementptr i8, ptr %"keys", i64 2
  %".2168" = trunc i64 %".2128" to i16
  store volatile i16 %".2168", ptr %".2167", align 2
  %".2170" = load volatile i16, ptr %".2167", align 2
  %".2171" = zext i16 %".2170" to i64
  %"cursor.176" = and i64 %".2171", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  %".2173" = getelementptr i8, ptr %"keys", i64 2
  %".2174" = trunc i64 %".2128" to i16
  store volatile i16 %".2174", ptr %".2173", align 2
  %".2176" = load volatile i16, ptr %".2173", align 2
  %".2177" = zext i16 %".2176" to i64
  %"cursor.177" = and i64 %".2177", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  %".2179" = getelementptr i8, ptr %"keys", i64 2
  %".2180" = trunc i64 %".2128" to i16
  store volatile i16 %".2180", ptr %".2179", align 2
  %".2182" = load volatile i16, ptr %".2179", align 2
  %".2183" = zext i16 %".2182" to i64
  %"cursor.178" = and i64 %".2183", 16383
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  %".2185" = getelementptr i8, ptr %"keys", i64 2
  %".2186" = trunc i64 %".2128" to i16
  store volatile i16 %".2186", ptr %".2185", align 2
  %".2188" = load volatile i16, ptr %".2185", align 2
  %".2189" = zext i16 %".2188" to i64
  %"cursor.179" = and i64 %".2189", 16383
  br label %"tcp"
to_udp.9:
  %".2191" = getelementptr i8, ptr %"keys", i64 2
  %".2192" = trunc i64 %".2128" to i16
  store volatile i16 %".2192", ptr %".2191", align 2
  %".2194" = load volatile i16, ptr %".2191", align 2
  %".2195" = zext i16 %".2194" to i64
  %"cursor.180" = and i64 %".2195", 16383
  br label %"udp"
to_udplite.9:
  %".2197" = getelementptr i8, ptr %"keys", i64 2
  %".2198" = trunc i64 %".2128" to i16
  store volatile i16 %".2198", ptr %".2197", align 2
  %".2200" = load volatile i16, ptr %".2197", align 2
  %".2201" = zext i16 %".2200" to i64
  %"cursor.181" = and i64 %".2201", 16383
  br label %"udplite"
to_gre.9:
  %".2203" = getelementptr i8, ptr %"keys", i64 2
  %".2204" = trunc i64 %".2128" to i16
  store volatile i16 %".2204", ptr %".2203", align 2
  %".2206" = load volatile i16, ptr %".2203", align 2
  %".2207" = zext i16 %".2206" to i64
  %"cursor.182" = and i64 %".2207", 16383
  br label %"gre_d0"
to_sctp.9:
  %".2209" = getelementptr i8, ptr %"keys", i64 2
  %".2210" = trunc i64 %".2128" to i16
  store volatile i16 %".2210", ptr %".2209", align 2
  %".2212" = load volatile i16, ptr %".2209", align 2
  %".2213" = zext i16 %".2212" to i64
  %"cursor.183" = and i64 %".2213", 16383
  br label %"sctp"
to_dccp.9:
  %".2215" = getelementptr i8, ptr %"keys", i64 2
  %".2216" = trunc i64 %".2128" to i16
  store volatile i16 %".2216", ptr %".2215", align 2
  %".2218" = load volatile i16, ptr %".2215", align 2
  %".2219" = zext i16 %".2218" to i64
  %"cursor.184" = and i64 %".2219", 16383
  br label %"dccp"
to_esp.9:
  %".2221" = getelementptr i8, ptr %"keys", i64 2
  %".2222" = trunc i64 %".2128" to i16
  store volatile i16 %".2222", ptr %".2221", align 2
  %".2224" = load volatile i16, ptr %".2221", align 2
  %".2225" = zext i16 %".2224" to i64
  %"cursor.185" = and i64 %".2225", 16383
  br label %"esp"
to_ah.9:
  %".2227" = getelementptr i8, ptr %"keys", i64 2
  %".2228" = trunc i64 %".2128" to i16
  store volatile i16 %".2228", ptr %".2227", align 2
  %".2230" = load volatile i16, ptr %".2227", align 2
  %".2231" = zext i16 %".2230" to i64
  %"cursor.186" = and i64 %".2231", 16383
  br label %"ah"
to_mpls.23:
  %".2233" = getelementptr i8, ptr %"keys", i64 2
  %".2234" = trunc i64 %".2128" to i16
  store volatile i16 %".2234", ptr %".2233", align 2
  %".2236" = load volatile i16, ptr %".2233", align 2
  %".2237" = zext i16 %".2236" to i64
  %"cursor.187" = and i64 %".2237", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.7:
  %".2239" = getelementptr i8, ptr %"keys", i64 2
  %".2240" = trunc i64 %".2128" to i16
  store volatile i16 %".2240", ptr %".2239", align 2
  %".2242" = load volatile i16, ptr %".2239", align 2
  %".2243" = zext i16 %".2242" to i64
  %"cursor.188" = and i64 %".2243", 16383
  br label %"icmpv6"
to_ipv4.15:
  %".2245" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2245", align 1
  %".2247" = and i32 %"flags", 4
  %".2248" = icmp ne i32 %".2247", 0
  br i1 %".2248", label %"exit.70", label %"cont.70"
to_ipv6.15:
  %".2260" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2260", align 1
  %".2262" = and i32 %"flags", 4
  %".2263" = icmp ne i32 %".2262", 0
  br i1 %".2263", label %"exit.71", label %"cont.71"
exit.70:
  %".2250" = trunc i64 %".2128" to i16
  %".2251" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2250", ptr %".2251", align 2
  br label %"return"
cont.70:
  %".2254" = getelementptr i8, ptr %"keys", i64 2
  %".2255" = trunc i64 %".2128" to i16
  store volatile i16 %".2255", ptr %".2254", align 2
  %".2257" = load volatile i16, ptr %".2254", align 2
  %".2258" = zext i16 %".2257" to i64
  %"cursor.189" = and i64 %".2258", 16383
  br label %"ipv4_d1"
exit.71:
  %".2265" = trunc i64 %".2128" to i16
  %".2266" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2265", ptr %".2266", align 2
  br label %"return"
cont.71:
  %".2269" = getelementptr i8, ptr %"keys", i64 2
  %".2270" = trunc i64 %".2128" to i16
  store volatile i16 %".2270", ptr %".2269", align 2
  %".2272" = load volatile i16, ptr %".2269", align 2
  %".2273" = zext i16 %".2272" to i64
  %"cursor.190" = and i64 %".2273", 16383
  br label %"ipv6_d1"
exit.72:
  %".2278" = trunc i64 %"cursor.117" to i16
  %".2279" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2278", ptr %".2279", align 2
  br label %"return"
cont.72:
  %".2282" = add i64 %"cursor.117", 4
  %".2283" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2284" = load i8, ptr %".2283", align 1
  %".2285" = zext i8 %".2284" to i64
  %".2286" = and i64 %".2285", 1
  switch i64 %".2286", label %"unknown.20" [i64 0, label %"to_mpls.24"]
unknown.20:
  %".2288" = trunc i64 %".2282" to i16
  %".2289" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2288", ptr %".2289", align 2
  br label %"return"
to_mpls.24:
  br label %"mpls_mpls_labels4"
mpls_mpls_labels4:
  %"cursor.191" = phi  i64 [%".2282", %"to_mpls.24"]
  %"hdr.38" = getelementptr i8, ptr %"data", i64 %"cursor.191"
  %".3066" = getelementptr i8, ptr %"hdr.38", i64 4
  %".3067" = icmp ugt ptr %".3066", %"data_end"
  br i1 %".3067", label %"exit.94", label %"cont.94"
exit.73:
  %".2296" = trunc i64 %"cursor.118" to i16
  %".2297" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2296", ptr %".2297", align 2
  br label %"return"
cont.73:
  %".2300" = add i64 %"cursor.118", 2
  %".2301" = trunc i64 %".2300" to i16
  %".2302" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2301", ptr %".2302", align 2
  %".2304" = getelementptr i8, ptr %"hdr.30", i64 0
  %".2305" = load i16, ptr %".2304", align 2
  %".2306" = call i16 @"llvm.bswap.i16"(i16 %".2305")
  %".2307" = zext i16 %".2306" to i64
  switch i64 %".2307", label %"unknown.21" [i64 33, label %"to_ipv4.16" i64 87, label %"to_ipv6.16" i64 641, label %"to_mpls.25" i64 643, label %"to_mpls.26"]
unknown.21:
  %".2309" = trunc i64 %".2300" to i16
  %".2310" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2309", ptr %".2310", align 2
  br label %"return"
to_ipv4.16:
  %".2313" = getelementptr i8, ptr %"keys", i64 2
  %".2314" = trunc i64 %".2300" to i16
  store volatile i16 %".2314", ptr %".2313", align 2
  %".2316" = load volatile i16, ptr %".2313", align 2
  %".2317" = zext i16 %".2316" to i64
  %"cursor.192" = and i64 %".2317", 16383
  br label %"ipv4_d0"
to_ipv6.16:
  %".2319" = getelementptr i8, ptr %"keys", i64 2
  %".2320" = trunc i64 %".2300" to i16
  store volatile i16 %".2320", ptr %".2319", align 2
  %".2322" = load volatile i16, ptr %".2319", align 2
  %".2323" = zext i16 %".2322" to i64
  %"cursor.193" = and i64 %".2323", 16383
  br label %"ipv6_d0"
to_mpls.25:
  %".2325" = getelementptr i8, ptr %"keys", i64 2
  %".2326" = trunc i64 %".2300" to i16
  store volatile i16 %".2326", ptr %".2325", align 2
  %".2328" = load volatile i16, ptr %".2325", align 2
  %".2329" = zext i16 %".2328" to i64
  %"cursor.194" = and i64 %".2329", 16383
  br label %"mpls_mpls_labels1"
to_mpls.26:
  %".2331" = getelementptr i8, ptr %"keys", i64 2
  %".2332" = trunc i64 %".2300" to i16
  store volatile i16 %".2332", ptr %".2331", align 2
  %".2334" = load volatile i16, ptr %".2331", align 2
  %".2335" = zext i16 %".2334" to i64
  %"cursor.195" = and i64 %".2335", 16383
  br label %"mpls_mpls_labels1"
exit.74:
  %".2340" = trunc i64 %"cursor.119" to i16
  %".2341" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2340", ptr %".2341", align 2
  br label %"return"
cont.74:
  %".2344" = add i64 %"cursor.119", 1
  %".2345" = trunc i64 %".2344" to i16
  %".2346" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2345", ptr %".2346", align 2
  %".2348" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2349" = load i8, ptr %".2348", align 1
  %".2350" = zext i8 %".2349" to i64
  switch i64 %".2350", label %"unknown.22" [i64 33, label %"to_ipv4.17" i64 87, label %"to_ipv6.17"]
unknown.22:
  %".2352" = trunc i64 %".2344" to i16
  %".2353" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2352", ptr %".2353", align 2
  br label %"return"
to_ipv4.17:
  %".2356" = getelementptr i8, ptr %"keys", i64 2
  %".2357" = trunc i64 %".2344" to i16
  store volatile i16 %".2357", ptr %".2356", align 2
  %".2359" = load volatile i16, ptr %".2356", align 2
  %".2360" = zext i16 %".2359" to i64
  %"cursor.196" = and i64 %".2360", 16383
  br label %"ipv4_d0"
to_ipv6.17:
  %".2362" = getelementptr i8, ptr %"keys", i64 2
  %".2363" = trunc i64 %".2344" to i16
  store volatile i16 %".2363", ptr %".2362", align 2
  %".2365" = load volatile i16, ptr %".2362", align 2
  %".2366" = zext i16 %".2365" to i64
  %"cursor.197" = and i64 %".2366", 16383
  br label %"ipv6_d0"
exit.75:
  %".2371" = trunc i64 %"cursor.122" to i16
  %".2372" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2371", ptr %".2372", align 2
  br label %"return"
cont.75:
  %".2375" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2376" = load i16, ptr %".2375", align 2
  %".2377" = call i16 @"llvm.bswap.i16"(i16 %".2376")
  %".2378" = zext i16 %".2377" to i64
  %".2379" = trunc i64 %".2378" to i16
  %".2380" = call i16 @"llvm.bswap.i16"(i16 %".2379")
  %".2381" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2380", ptr %".2381", align 2
  %".2383" = add i64 %"cursor.122", 4
  %".2384" = trunc i64 %".2383" to i16
  %".2385" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2384", ptr %".2385", align 2
  %".2387" = call i16 @"llvm.bswap.i16"(i16 %".2376")
  %".2388" = zext i16 %".2387" to i64
  switch i64 %".2388", label %"unknown.23" [i64 2048, label %"to_ipv4.18" i64 34525, label %"to_ipv6.18" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9" i64 34887, label %"to_mpls.27" i64 34888, label %"to_mpls.28" i64 34916, label %"to_pppoe.4"]
unknown.23:
  %".2390" = trunc i64 %".2383" to i16
  %".2391" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2390", ptr %".2391", align 2
  br label %"return"
to_ipv4.18:
  %".2394" = getelementptr i8, ptr %"keys", i64 2
  %".2395" = trunc i64 %".2383" to i16
  store volatile i16 %".2395", ptr %".2394", align 2
  %".2397" = load volatile i16, ptr %".2394", align 2
  %".2398" = zext i16 %".2397" to i64
  %"cursor.198" = and i64 %".2398", 16383
  br label %"ipv4_d1"
to_ipv6.18:
  %".2400" = getelementptr i8, ptr %"keys", i64 2
  %".2401" = trunc i64 %".2383" to i16
  store volatile i16 %".2401", ptr %".2400", align 2
  %".2403" = load volatile i16, ptr %".2400", align 2
  %".2404" = zext i16 %".2403" to i64
  %"cursor.199" = and i64 %".2404", 16383
  br label %"ipv6_d1"
to_vlan.8:
  %".2406" = getelementptr i8, ptr %"keys", i64 2
  %".2407" = trunc i64 %".2383" to i16
  store volatile i16 %".2407", ptr %".2406", align 2
  %".2409" = load volatile i16, ptr %".2406", align 2
  %".2410" = zext i16 %".2409" to i64
  %"cursor.201" = and i64 %".2410", 16383
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  %".2412" = getelementptr i8, ptr %"keys", i64 2
  %".2413" = trunc i64 %".2383" to i16
  store volatile i16 %".2413", ptr %".2412", align 2
  %".2415" = load volatile i16, ptr %".2412", align 2
  %".2416" = zext i16 %".2415" to i64
  %"cursor.202" = and i64 %".2416", 16383
  br label %"vlan_d1_vlan_tags2"
to_mpls.27:
  %".2418" = getelementptr i8, ptr %"keys", i64 2
  %".2419" = trunc i64 %".2383" to i16
  store volatile i16 %".2419", ptr %".2418", align 2
  %".2421" = load volatile i16, ptr %".2418", align 2
  %".2422" = zext i16 %".2421" to i64
  %"cursor.203" = and i64 %".2422", 16383
  br label %"mpls_mpls_labels1"
to_mpls.28:
  %".2424" = getelementptr i8, ptr %"keys", i64 2
  %".2425" = trunc i64 %".2383" to i16
  store volatile i16 %".2425", ptr %".2424", align 2
  %".2427" = load volatile i16, ptr %".2424", align 2
  %".2428" = zext i16 %".2427" to i64
  %"cursor.204" = and i64 %".2428", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.4:
  %".2430" = getelementptr i8, ptr %"keys", i64 2
  %".2431" = trunc i64 %".2383" to i16
  store volatile i16 %".2431", ptr %".2430", align 2
  %".2433" = load volatile i16, ptr %".2430", align 2
  %".2434" = zext i16 %".2433" to i64
  %"cursor.205" = and i64 %".2434", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2:
  %"cursor.200" = phi  i64 [%"cursor.201", %"to_vlan.8"], [%"cursor.202", %"to_vlan.9"]
  %"hdr.39" = getelementptr i8, ptr %"data", i64 %"cursor.200"
  %".3087" = getelementptr i8, ptr %"hdr.39", i64 4
  %".3088" = icmp ugt ptr %".3087", %"data_end"
  br i1 %".3088", label %"exit.95", label %"cont.95"
exit.76:
  %".2439" = trunc i64 %"cursor.127" to i16
  %".2440" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2439", ptr %".2440", align 2
  br label %"return"
cont.76:
  %".2443" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2444" = load i8, ptr %".2443", align 1
  %".2445" = zext i8 %".2444" to i64
  %".2446" = lshr i64 %".2445", 4
  %".2447" = and i64 %".2446", 15
  %".2448" = icmp eq i64 %".2447", 1
  %".2449" = zext i8 %".2444" to i64
  %".2450" = and i64 %".2449", 15
  %".2451" = icmp eq i64 %".2450", 1
  %".2452" = and i1 %".2448", %".2451"
  %".2453" = getelementptr i8, ptr %"hdr.33", i64 1
  %".2454" = load i8, ptr %".2453", align 1
  %".2455" = zext i8 %".2454" to i64
  %".2456" = icmp eq i64 %".2455", 0
  %".2457" = and i1 %".2452", %".2456"
  %".2458" = xor i1 %".2457", -1
  br i1 %".2458", label %"exit.77", label %"cont.77"
exit.77:
  %".2460" = trunc i64 %"cursor.127" to i16
  %".2461" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2460", ptr %".2461", align 2
  br label %"return"
cont.77:
  %".2464" = add i64 %"cursor.127", 6
  switch i64 0, label %"unknown.24" [i64 0, label %"to_ppp.1"]
unknown.24:
  %".2466" = trunc i64 %".2464" to i16
  %".2467" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2466", ptr %".2467", align 2
  br label %"return"
to_ppp.1:
  %".2470" = getelementptr i8, ptr %"keys", i64 2
  %".2471" = trunc i64 %".2464" to i16
  store volatile i16 %".2471", ptr %".2470", align 2
  %".2473" = load volatile i16, ptr %".2470", align 2
  %".2474" = zext i16 %".2473" to i64
  %"cursor.207" = and i64 %".2474", 16383
  br label %"ppp_d1"
ppp_d1:
  %"cursor.206" = phi  i64 [%"cursor.207", %"to_ppp.1"]
  %"hdr.40" = getelementptr i8, ptr %"data", i64 %"cursor.206"
  %".3151" = getelementptr i8, ptr %"hdr.40", i64 1
  %".3152" = icmp ugt ptr %".3151", %"data_end"
  br i1 %".3152", label %"exit.96", label %"cont.96"
exit.78:
  %".2479" = trunc i64 %"cursor.129" to i16
  %".2480" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2479", ptr %".2480", align 2
  br label %"return"
cont.78:
  %".2483" = getelementptr i8, ptr %"hdr.34", i64 0
  %".2484" = load i8, ptr %".2483", align 1
  %".2485" = zext i8 %".2484" to i64
  %".2486" = trunc i64 %".2485" to i8
  %".2487" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2486", ptr %".2487", align 1
  %".2489" = add i64 %"cursor.129", 2
  %".2490" = getelementptr i8, ptr %"hdr.34", i64 1
  %".2491" = load i8, ptr %".2490", align 1
  %".2492" = zext i8 %".2491" to i64
  %".2493" = mul i64 %".2492", 8
  %".2494" = add i64 %".2493", 6
  %".2495" = add i64 %".2494", 2
  %".2496" = getelementptr i8, ptr %"hdr.34", i64 %".2495"
  %".2497" = icmp ugt ptr %".2496", %"data_end"
  br i1 %".2497", label %"exit.79", label %"cont.79"
exit.79:
  %".2499" = trunc i64 %"cursor.129" to i16
  %".2500" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2499", ptr %".2500", align 2
  br label %"return"
cont.79:
  %"end.8" = add i64 %"cursor.129", %".2495"
  %".2503" = zext i8 %".2484" to i64
  switch i64 %".2503", label %"unknown.25" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 132, label %"to_sctp.10" i64 33, label %"to_dccp.10" i64 50, label %"to_esp.10" i64 51, label %"to_ah.10" i64 137, label %"to_mpls.29" i64 58, label %"to_icmpv6.8" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.19"]
unknown.25:
  %".2505" = trunc i64 %"end.8" to i16
  %".2506" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2505", ptr %".2506", align 2
  br label %"return"
to_ipv6_opts.24:
  %".2509" = getelementptr i8, ptr %"keys", i64 2
  %".2510" = trunc i64 %"end.8" to i16
  store volatile i16 %".2510", ptr %".2509", align 2
  %".2512" = load volatile i16, ptr %".2509", align 2
  %".2513" = zext i16 %".2512" to i64
  %"cursor.209" = and i64 %".2513", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  %".2515" = getelementptr i8, ptr %"keys", i64 2
  %".2516" = trunc i64 %"end.8" to i16
  store volatile i16 %".2516", ptr %".2515", align 2
  %".2518" = load volatile i16, ptr %".2515", align 2
  %".2519" = zext i16 %".2518" to i64
  %"cursor.210" = and i64 %".2519", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  %".2521" = getelementptr i8, ptr %"keys", i64 2
  %".2522" = trunc i64 %"end.8" to i16
  store volatile i16 %".2522", ptr %".2521", align 2
  %".2524" = load volatile i16, ptr %".2521", align 2
  %".2525" = zext i16 %".2524" to i64
  %"cursor.211" = and i64 %".2525", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  %".2527" = getelementptr i8, ptr %"keys", i64 2
  %".2528" = trunc i64 %"end.8" to i16
  store volatile i16 %".2528", ptr %".2527", align 2
  %".2530" = load volatile i16, ptr %".2527", align 2
  %".2531" = zext i16 %".2530" to i64
  %"cursor.213" = and i64 %".2531", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  %".2533" = getelementptr i8, ptr %"keys", i64 2
  %".2534" = trunc i64 %"end.8" to i16
  store volatile i16 %".2534", ptr %".2533", align 2
  %".2536" = load volatile i16, ptr %".2533", align 2
  %".2537" = zext i16 %".2536" to i64
  %"cursor.214" = and i64 %".2537", 16383
  br label %"tcp"
to_udp.10:
  %".2539" = getelementptr i8, ptr %"keys", i64 2
  %".2540" = trunc i64 %"end.8" to i16
  store volatile i16 %".2540", ptr %".2539", align 2
  %".2542" = load volatile i16, ptr %".2539", align 2
  %".2543" = zext i16 %".2542" to i64
  %"cursor.215" = and i64 %".2543", 16383
  br label %"udp"
to_udplite.10:
  %".2545" = getelementptr i8, ptr %"keys", i64 2
  %".2546" = trunc i64 %"end.8" to i16
  store volatile i16 %".2546", ptr %".2545", align 2
  %".2548" = load volatile i16, ptr %".2545", align 2
  %".2549" = zext i16 %".2548" to i64
  %"cursor.216" = and i64 %".2549", 16383
  br label %"udplite"
to_gre.10:
  %".2551" = getelementptr i8, ptr %"keys", i64 2
  %".2552" = trunc i64 %"end.8" to i16
  store volatile i16 %".2552", ptr %".2551", align 2
  %".2554" = load volatile i16, ptr %".2551", align 2
  %".2555" = zext i16 %".2554" to i64
  %"cursor.217" = and i64 %".2555", 16383
  br label %"gre_d1"
to_sctp.10:
  %".2557" = getelementptr i8, ptr %"keys", i64 2
  %".2558" = trunc i64 %"end.8" to i16
  store volatile i16 %".2558", ptr %".2557", align 2
  %".2560" = load volatile i16, ptr %".2557", align 2
  %".2561" = zext i16 %".2560" to i64
  %"cursor.218" = and i64 %".2561", 16383
  br label %"sctp"
to_dccp.10:
  %".2563" = getelementptr i8, ptr %"keys", i64 2
  %".2564" = trunc i64 %"end.8" to i16
  store volatile i16 %".2564", ptr %".2563", align 2
  %".2566" = load volatile i16, ptr %".2563", align 2
  %".2567" = zext i16 %".2566" to i64
  %"cursor.219" = and i64 %".2567", 16383
  br label %"dccp"
to_esp.10:
  %".2569" = getelementptr i8, ptr %"keys", i64 2
  %".2570" = trunc i64 %"end.8" to i16
  store volatile i16 %".2570", ptr %".2569", align 2
  %".2572" = load volatile i16, ptr %".2569", align 2
  %".2573" = zext i16 %".2572" to i64
  %"cursor.220" = and i64 %".2573", 16383
  br label %"esp"
to_ah.10:
  %".2575" = getelementptr i8, ptr %"keys", i64 2
  %".2576" = trunc i64 %"end.8" to i16
  store volatile i16 %".2576", ptr %".2575", align 2
  %".2578" = load volatile i16, ptr %".2575", align 2
  %".2579" = zext i16 %".2578" to i64
  %"cursor.221" = and i64 %".2579", 16383
  br label %"ah"
to_mpls.29:
  %".2581" = getelementptr i8, ptr %"keys", i64 2
  %".2582" = trunc i64 %"end.8" to i16
  store volatile i16 %".2582", ptr %".2581", align 2
  %".2584" = load volatile i16, ptr %".2581", align 2
  %".2585" = zext i16 %".2584" to i64
  %"cursor.222" = and i64 %".2585", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.8:
  %".2587" = getelementptr i8, ptr %"keys", i64 2
  %".2588" = trunc i64 %"end.8" to i16
  store volatile i16 %".2588", ptr %".2587", align 2
  %".2590" = load volatile i16, ptr %".2587", align 2
  %".2591" = zext i16 %".2590" to i64
  %"cursor.223" = and i64 %".2591", 16383
  br label %"icmpv6"
to_ipv4.19:
  %".2593" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2593", align 1
  %".2595" = and i32 %"flags", 4
  %".2596" = icmp ne i32 %".2595", 0
  br i1 %".2596", label %"exit.80", label %"cont.80"
to_ipv6.19:
  %".2606" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2606", align 1
  %".2608" = and i32 %"flags", 4
  %".2609" = icmp ne i32 %".2608", 0
  br i1 %".2609", label %"exit.81", label %"cont.81"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.208" = phi  i64 [%"cursor.209", %"to_ipv6_opts.24"], [%"cursor.210", %"to_ipv6_opts.25"], [%"cursor.211", %"to_ipv6_opts.26"], [%"cursor.224", %"to_ipv6_opts.27"], [%"cursor.225", %"to_ipv6_opts.28"], [%"cursor.226", %"to_ipv6_opts.29"]
  %"hdr.41" = getelementptr i8, ptr %"data", i64 %"cursor.208"
  %".3179" = getelementptr i8, ptr %"hdr.41", i64 2
  %".3180" = icmp ugt ptr %".3179", %"data_end"
  br i1 %".3180", label %"exit.97", label %"cont.97"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.212" = phi  i64 [%"cursor.213", %"to_ipv6_frag.8"], [%"cursor.227", %"to_ipv6_frag.9"]
  %"hdr.42" = getelementptr i8, ptr %"data", i64 %"cursor.212"
  %".3314" = getelementptr i8, ptr %"hdr.42", i64 8
  %".3315" = icmp ugt ptr %".3314", %"data_end"
  br i1 %".3315", label %"exit.101", label %"cont.101"
exit.80:
  %".2598" = trunc i64 %"end.8" to i16
  %".2599" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2598", ptr %".2599", align 2
  br label %"return"
cont.80:
  %".2602" = trunc i64 %"end.8" to i16
  %".2603" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2602", ptr %".2603", align 2
  br label %"return"
exit.81:
  %".2611" = trunc i64 %"end.8" to i16
  %".2612" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2611", ptr %".2612", align 2
  br label %"return"
cont.81:
  %".2615" = trunc i64 %"end.8" to i16
  %".2616" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2615", ptr %".2616", align 2
  br label %"return"
exit.82:
  %".2622" = trunc i64 %"cursor.133" to i16
  %".2623" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2622", ptr %".2623", align 2
  br label %"return"
cont.82:
  %".2626" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2627" = load i8, ptr %".2626", align 1
  %".2628" = zext i8 %".2627" to i64
  %".2629" = trunc i64 %".2628" to i8
  %".2630" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2629", ptr %".2630", align 1
  %".2632" = add i64 %"cursor.133", 8
  %".2633" = icmp ne i64 1, 0
  %".2634" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2635" = load i16, ptr %".2634", align 2
  %".2636" = call i16 @"llvm.bswap.i16"(i16 %".2635")
  %".2637" = zext i16 %".2636" to i64
  %".2638" = and i64 %".2637", 65528
  %".2639" = icmp eq i64 %".2638", 0
  br i1 %".2633", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".2641" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2641", align 1
  br i1 %".2639", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".2659" = zext i8 %".2627" to i64
  switch i64 %".2659", label %"unknown.26" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 132, label %"to_sctp.11" i64 33, label %"to_dccp.11" i64 50, label %"to_esp.11" i64 51, label %"to_ah.11" i64 137, label %"to_mpls.30" i64 58, label %"to_icmpv6.9" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.20"]
first_fragment.5:
  %".2648" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2648", align 1
  %".2650" = and i32 %"flags", 1
  %".2651" = icmp ne i32 %".2650", 0
  %".2652" = xor i1 %".2651", -1
  br i1 %".2652", label %"exit.83", label %"cont.83"
later_fragment.5:
  %".2644" = trunc i64 %".2632" to i16
  %".2645" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2644", ptr %".2645", align 2
  br label %"return"
exit.83:
  %".2654" = trunc i64 %".2632" to i16
  %".2655" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2654", ptr %".2655", align 2
  br label %"return"
cont.83:
  br label %"not_fragment.5"
unknown.26:
  %".2661" = trunc i64 %".2632" to i16
  %".2662" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2661", ptr %".2662", align 2
  br label %"return"
to_ipv6_opts.27:
  %".2665" = getelementptr i8, ptr %"keys", i64 2
  %".2666" = trunc i64 %".2632" to i16
  store volatile i16 %".2666", ptr %".2665", align 2
  %".2668" = load volatile i16, ptr %".2665", align 2
  %".2669" = zext i16 %".2668" to i64
  %"cursor.224" = and i64 %".2669", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  %".2671" = getelementptr i8, ptr %"keys", i64 2
  %".2672" = trunc i64 %".2632" to i16
  store volatile i16 %".2672", ptr %".2671", align 2
  %".2674" = load volatile i16, ptr %".2671", align 2
  %".2675" = zext i16 %".2674" to i64
  %"cursor.225" = and i64 %".2675", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  %".2677" = getelementptr i8, ptr %"keys", i64 2
  %".2678" = trunc i64 %".2632" to i16
  store volatile i16 %".2678", ptr %".2677", align 2
  %".2680" = load volatile i16, ptr %".2677", align 2
  %".2681" = zext i16 %".2680" to i64
  %"cursor.226" = and i64 %".2681", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  %".2683" = getelementptr i8, ptr %"keys", i64 2
  %".2684" = trunc i64 %".2632" to i16
  store volatile i16 %".2684", ptr %".2683", align 2
  %".2686" = load volatile i16, ptr %".2683", align 2
  %".2687" = zext i16 %".2686" to i64
  %"cursor.227" = and i64 %".2687", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  %".2689" = getelementptr i8, ptr %"keys", i64 2
  %".2690" = trunc i64 %".2632" to i16
  store volatile i16 %".2690", ptr %".2689", align 2
  %".2692" = load volatile i16, ptr %".2689", align 2
  %".2693" = zext i16 %".2692" to i64
  %"cursor.228" = and i64 %".2693", 16383
  br label %"tcp"
to_udp.11:
  %".2695" = getelementptr i8, ptr %"keys", i64 2
  %".2696" = trunc i64 %".2632" to i16
  store volatile i16 %".2696", ptr %".2695", align 2
  %".2698" = load volatile i16, ptr %".2695", align 2
  %".2699" = zext i16 %".2698" to i64
  %"cursor.229" = and i64 %".2699", 16383
  br label %"udp"
to_udplite.11:
  %".2701" = getelementptr i8, ptr %"keys", i64 2
  %".2702" = trunc i64 %".2632" to i16
  store volatile i16 %".2702", ptr %".2701", align 2
  %".2704" = load volatile i16, ptr %".2701", align 2
  %".2705" = zext i16 %".2704" to i64
  %"cursor.230" = and i64 %".2705", 16383
  br label %"udplite"
to_gre.11:
  %".2707" = getelementptr i8, ptr %"keys", i64 2
  %".2708" = trunc i64 %".2632" to i16
  store volatile i16 %".2708", ptr %".2707", align 2
  %".2710" = load volatile i16, ptr %".2707", align 2
  %".2711" = zext i16 %".2710" to i64
  %"cursor.231" = and i64 %".2711", 16383
  br label %"gre_d1"
to_sctp.11:
  %".2713" = getelementptr i8, ptr %"keys", i64 2
  %".2714" = trunc i64 %".2632" to i16
  store volatile i16 %".2714", ptr %".2713", align 2
  %".2716" = load volatile i16, ptr %".2713", align 2
  %".2717" = zext i16 %".2716" to i64
  %"cursor.232" = and i64 %".2717", 16383
  br label %"sctp"
to_dccp.11:
  %".2719" = getelementptr i8, ptr %"keys", i64 2
  %".2720" = trunc i64 %".2632" to i16
  store volatile i16 %".2720", ptr %".2719", align 2
  %".2722" = load volatile i16, ptr %".2719", align 2
  %".2723" = zext i16 %".2722" to i64
  %"cursor.233" = and i64 %".2723", 16383
  br label %"dccp"
to_esp.11:
  %".2725" = getelementptr i8, ptr %"keys", i64 2
  %".2726" = trunc i64 %".2632" to i16
  store volatile i16 %".2726", ptr %".2725", align 2
  %".2728" = load volatile i16, ptr %".2725", align 2
  %".2729" = zext i16 %".2728" to i64
  %"cursor.234" = and i64 %".2729", 16383
  br label %"esp"
to_ah.11:
  %".2731" = getelementptr i8, ptr %"keys", i64 2
  %".2732" = trunc i64 %".2632" to i16
  store volatile i16 %".2732", ptr %".2731", align 2
  %".2734" = load volatile i16, ptr %".2731", align 2
  %".2735" = zext i16 %".2734" to i64
  %"cursor.235" = and i64 %".2735", 16383
  br label %"ah"
to_mpls.30:
  %".2737" = getelementptr i8, ptr %"keys", i64 2
  %".2738" = trunc i64 %".2632" to i16
  store volatile i16 %".2738", ptr %".2737", align 2
  %".2740" = load volatile i16, ptr %".2737", align 2
  %".2741" = zext i16 %".2740" to i64
  %"cursor.236" = and i64 %".2741", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.9:
  %".2743" = getelementptr i8, ptr %"keys", i64 2
  %".2744" = trunc i64 %".2632" to i16
  store volatile i16 %".2744", ptr %".2743", align 2
  %".2746" = load volatile i16, ptr %".2743", align 2
  %".2747" = zext i16 %".2746" to i64
  %"cursor.237" = and i64 %".2747", 16383
  br label %"icmpv6"
to_ipv4.20:
  %".2749" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2749", align 1
  %".2751" = and i32 %"flags", 4
  %".2752" = icmp ne i32 %".2751", 0
  br i1 %".2752", label %"exit.84", label %"cont.84"
to_ipv6.20:
  %".2762" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2762", align 1
  %".2764" = and i32 %"flags", 4
  %".2765" = icmp ne i32 %".2764", 0
  br i1 %".2765", label %"exit.85", label %"cont.85"
exit.84:
  %".2754" = trunc i64 %".2632" to i16
  %".2755" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2754", ptr %".2755", align 2
  br label %"return"
cont.84:
  %".2758" = trunc i64 %".2632" to i16
  %".2759" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2758", ptr %".2759", align 2
  br label %"return"
exit.85:
  %".2767" = trunc i64 %".2632" to i16
  %".2768" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2767", ptr %".2768", align 2
  br label %"return"
cont.85:
  %".2771" = trunc i64 %".2632" to i16
  %".2772" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2771", ptr %".2772", align 2
  br label %"return"
exit.86:
  %".2778" = trunc i64 %"cursor.159" to i16
  %".2779" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2778", ptr %".2779", align 2
  br label %"return"
cont.86:
  %".2782" = getelementptr i8, ptr %"hdr.36", i64 0
  %".2783" = load i8, ptr %".2782", align 1
  %".2784" = zext i8 %".2783" to i64
  %".2785" = trunc i64 %".2784" to i8
  %".2786" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2785", ptr %".2786", align 1
  %".2788" = add i64 %"cursor.159", 2
  %".2789" = getelementptr i8, ptr %"hdr.36", i64 1
  %".2790" = load i8, ptr %".2789", align 1
  %".2791" = zext i8 %".2790" to i64
  %".2792" = mul i64 %".2791", 8
  %".2793" = add i64 %".2792", 6
  %".2794" = add i64 %".2793", 2
  %".2795" = getelementptr i8, ptr %"hdr.36", i64 %".2794"
  %".2796" = icmp ugt ptr %".2795", %"data_end"
  br i1 %".2796", label %"exit.87", label %"cont.87"
exit.87:
  %".2798" = trunc i64 %"cursor.159" to i16
  %".2799" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2798", ptr %".2799", align 2
  br label %"return"
cont.87:
  %"end.9" = add i64 %"cursor.159", %".2794"
  %".2802" = zext i8 %".2783" to i64
  switch i64 %".2802", label %"unknown.27" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 132, label %"to_sctp.12" i64 33, label %"to_dccp.12" i64 50, label %"to_esp.12" i64 51, label %"to_ah.12" i64 137, label %"to_mpls.31" i64 58, label %"to_icmpv6.10" i64 4, label %"to_ipv4.21" i64 41, label %"to_ipv6.21"]
unknown.27:
  %".2804" = trunc i64 %"end.9" to i16
  %".2805" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2804", ptr %".2805", align 2
  br label %"return"
to_ipv6_opts.30:
  %".2808" = trunc i64 %"end.9" to i16
  %".2809" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2808", ptr %".2809", align 2
  br label %"return"
to_ipv6_opts.31:
  %".2812" = trunc i64 %"end.9" to i16
  %".2813" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2812", ptr %".2813", align 2
  br label %"return"
to_ipv6_opts.32:
  %".2816" = trunc i64 %"end.9" to i16
  %".2817" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2816", ptr %".2817", align 2
  br label %"return"
to_ipv6_frag.10:
  %".2820" = trunc i64 %"end.9" to i16
  %".2821" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2820", ptr %".2821", align 2
  br label %"return"
to_tcp.12:
  %".2824" = getelementptr i8, ptr %"keys", i64 2
  %".2825" = trunc i64 %"end.9" to i16
  store volatile i16 %".2825", ptr %".2824", align 2
  %".2827" = load volatile i16, ptr %".2824", align 2
  %".2828" = zext i16 %".2827" to i64
  %"cursor.238" = and i64 %".2828", 16383
  br label %"tcp"
to_udp.12:
  %".2830" = getelementptr i8, ptr %"keys", i64 2
  %".2831" = trunc i64 %"end.9" to i16
  store volatile i16 %".2831", ptr %".2830", align 2
  %".2833" = load volatile i16, ptr %".2830", align 2
  %".2834" = zext i16 %".2833" to i64
  %"cursor.239" = and i64 %".2834", 16383
  br label %"udp"
to_udplite.12:
  %".2836" = getelementptr i8, ptr %"keys", i64 2
  %".2837" = trunc i64 %"end.9" to i16
  store volatile i16 %".2837", ptr %".2836", align 2
  %".2839" = load volatile i16, ptr %".2836", align 2
  %".2840" = zext i16 %".2839" to i64
  %"cursor.240" = and i64 %".2840", 16383
  br label %"udplite"
to_gre.12:
  %".2842" = getelementptr i8, ptr %"keys", i64 2
  %".2843" = trunc i64 %"end.9" to i16
  store volatile i16 %".2843", ptr %".2842", align 2
  %".2845" = load volatile i16, ptr %".2842", align 2
  %".2846" = zext i16 %".2845" to i64
  %"cursor.241" = and i64 %".2846", 16383
  br label %"gre_d0"
to_sctp.12:
  %".2848" = getelementptr i8, ptr %"keys", i64 2
  %".2849" = trunc i64 %"end.9" to i16
  store volatile i16 %".2849", ptr %".2848", align 2
  %".2851" = load volatile i16, ptr %".2848", align 2
  %".2852" = zext i16 %".2851" to i64
  %"cursor.242" = and i64 %".2852", 16383
  br label %"sctp"
to_dccp.12:
  %".2854" = getelementptr i8, ptr %"keys", i64 2
  %".2855" = trunc i64 %"end.9" to i16
  store volatile i16 %".2855", ptr %".2854", align 2
  %".2857" = load volatile i16, ptr %".2854", align 2
  %".2858" = zext i16 %".2857" to i64
  %"cursor.243" = and i64 %".2858", 16383
  br label %"dccp"
to_esp.12:
  %".2860" = getelementptr i8, ptr %"keys", i64 2
  %".2861" = trunc i64 %"end.9" to i16
  store volatile i16 %".2861", ptr %".2860", align 2
  %".2863" = load volatile i16, ptr %".2860", align 2
  %".2864" = zext i16 %".2863" to i64
  %"cursor.244" = and i64 %".2864", 16383
  br label %"esp"
to_ah.12:
  %".2866" = getelementptr i8, ptr %"keys", i64 2
  %".2867" = trunc i64 %"end.9" to i16
  store volatile i16 %".2867", ptr %".2866", align 2
  %".2869" = load volatile i16, ptr %".2866", align 2
  %".2870" = zext i16 %".2869" to i64
  %"cursor.245" = and i64 %".2870", 16383
  br label %"ah"
to_mpls.31:
  %".2872" = getelementptr i8, ptr %"keys", i64 2
  %".2873" = trunc i64 %"end.9" to i16
  store volatile i16 %".2873", ptr %".2872", align 2
  %".2875" = load volatile i16, ptr %".2872", align 2
  %".2876" = zext i16 %".2875" to i64
  %"cursor.246" = and i64 %".2876", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.10:
  %".2878" = getelementptr i8, ptr %"keys", i64 2
  %".2879" = trunc i64 %"end.9" to i16
  store volatile i16 %".2879", ptr %".2878", align 2
  %".2881" = load volatile i16, ptr %".2878", align 2
  %".2882" = zext i16 %".2881" to i64
  %"cursor.247" = and i64 %".2882", 16383
  br label %"icmpv6"
to_ipv4.21:
  %".2884" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2884", align 1
  %".2886" = and i32 %"flags", 4
  %".2887" = icmp ne i32 %".2886", 0
  br i1 %".2887", label %"exit.88", label %"cont.88"
to_ipv6.21:
  %".2899" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2899", align 1
  %".2901" = and i32 %"flags", 4
  %".2902" = icmp ne i32 %".2901", 0
  br i1 %".2902", label %"exit.89", label %"cont.89"
exit.88:
  %".2889" = trunc i64 %"end.9" to i16
  %".2890" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2889", ptr %".2890", align 2
  br label %"return"
cont.88:
  %".2893" = getelementptr i8, ptr %"keys", i64 2
  %".2894" = trunc i64 %"end.9" to i16
  store volatile i16 %".2894", ptr %".2893", align 2
  %".2896" = load volatile i16, ptr %".2893", align 2
  %".2897" = zext i16 %".2896" to i64
  %"cursor.248" = and i64 %".2897", 16383
  br label %"ipv4_d1"
exit.89:
  %".2904" = trunc i64 %"end.9" to i16
  %".2905" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2904", ptr %".2905", align 2
  br label %"return"
cont.89:
  %".2908" = getelementptr i8, ptr %"keys", i64 2
  %".2909" = trunc i64 %"end.9" to i16
  store volatile i16 %".2909", ptr %".2908", align 2
  %".2911" = load volatile i16, ptr %".2908", align 2
  %".2912" = zext i16 %".2911" to i64
  %"cursor.249" = and i64 %".2912", 16383
  br label %"ipv6_d1"
exit.90:
  %".2917" = trunc i64 %"cursor.162" to i16
  %".2918" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2917", ptr %".2918", align 2
  br label %"return"
cont.90:
  %".2921" = getelementptr i8, ptr %"hdr.37", i64 0
  %".2922" = load i8, ptr %".2921", align 1
  %".2923" = zext i8 %".2922" to i64
  %".2924" = trunc i64 %".2923" to i8
  %".2925" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2924", ptr %".2925", align 1
  %".2927" = add i64 %"cursor.162", 8
  %".2928" = icmp ne i64 1, 0
  %".2929" = getelementptr i8, ptr %"hdr.37", i64 2
  %".2930" = load i16, ptr %".2929", align 2
  %".2931" = call i16 @"llvm.bswap.i16"(i16 %".2930")
  %".2932" = zext i16 %".2931" to i64
  %".2933" = and i64 %".2932", 65528
  %".2934" = icmp eq i64 %".2933", 0
  br i1 %".2928", label %"fragment.6", label %"not_fragment.6"
fragment.6:
  %".2936" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2936", align 1
  br i1 %".2934", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".2954" = zext i8 %".2922" to i64
  switch i64 %".2954", label %"unknown.28" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 132, label %"to_sctp.13" i64 33, label %"to_dccp.13" i64 50, label %"to_esp.13" i64 51, label %"to_ah.13" i64 137, label %"to_mpls.32" i64 58, label %"to_icmpv6.11" i64 4, label %"to_ipv4.22" i64 41, label %"to_ipv6.22"]
first_fragment.6:
  %".2943" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2943", align 1
  %".2945" = and i32 %"flags", 1
  %".2946" = icmp ne i32 %".2945", 0
  %".2947" = xor i1 %".2946", -1
  br i1 %".2947", label %"exit.91", label %"cont.91"
later_fragment.6:
  %".2939" = trunc i64 %".2927" to i16
  %".2940" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2939", ptr %".2940", align 2
  br label %"return"
exit.91:
  %".2949" = trunc i64 %".2927" to i16
  %".2950" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2949", ptr %".2950", align 2
  br label %"return"
cont.91:
  br label %"not_fragment.6"
unknown.28:
  %".2956" = trunc i64 %".2927" to i16
  %".2957" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2956", ptr %".2957", align 2
  br label %"return"
to_ipv6_opts.33:
  %".2960" = trunc i64 %".2927" to i16
  %".2961" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2960", ptr %".2961", align 2
  br label %"return"
to_ipv6_opts.34:
  %".2964" = trunc i64 %".2927" to i16
  %".2965" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2964", ptr %".2965", align 2
  br label %"return"
to_ipv6_opts.35:
  %".2968" = trunc i64 %".2927" to i16
  %".2969" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2968", ptr %".2969", align 2
  br label %"return"
to_ipv6_frag.11:
  %".2972" = trunc i64 %".2927" to i16
  %".2973" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2972", ptr %".2973", align 2
  br label %"return"
to_tcp.13:
  %".2976" = getelementptr i8, ptr %"keys", i64 2
  %".2977" = trunc i64 %".2927" to i16
  store volatile i16 %".2977", ptr %".2976", align 2
  %".2979" = load volatile i16, ptr %".2976", align 2
  %".2980" = zext i16 %".2979" to i64
  %"cursor.250" = and i64 %".2980", 16383
  br label %"tcp"
to_udp.13:
  %".2982" = getelementptr i8, ptr %"keys", i64 2
  %".2983" = trunc i64 %".2927" to i16
  store volatile i16 %".2983", ptr %".2982", align 2
  %".2985" = load volatile i16, ptr %".2982", align 2
  %".2986" = zext i16 %".2985" to i64
  %"cursor.251" = and i64 %".2986", 16383
  br label %"udp"
to_udplite.13:
  %".2988" = getelementptr i8, ptr %"keys", i64 2
  %".2989" = trunc i64 %".2927" to i16
  store volatile i16 %".2989", ptr %".2988", align 2
  %".2991" = load volatile i16, ptr %".2988", align 2
  %".2992" = zext i16 %".2991" to i64
  %"cursor.252" = and i64 %".2992", 16383
  br label %"udplite"
to_gre.13:
  %".2994" = getelementptr i8, ptr %"keys", i64 2
  %".2995" = trunc i64 %".2927" to i16
  store volatile i16 %".2995", ptr %".2994", align 2
  %".2997" = load volatile i16, ptr %".2994", align 2
  %".2998" = zext i16 %".2997" to i64
  %"cursor.253" = and i64 %".2998", 16383
  br label %"gre_d0"
to_sctp.13:
  %".3000" = getelementptr i8, ptr %"keys", i64 2
  %".3001" = trunc i64 %".2927" to i16
  store volatile i16 %".3001", ptr %".3000", align 2
  %".3003" = load volatile i16, ptr %".3000", align 2
  %".3004" = zext i16 %".3003" to i64
  %"cursor.254" = and i64 %".3004", 16383
  br label %"sctp"
to_dccp.13:
  %".3006" = getelementptr i8, ptr %"keys", i64 2
  %".3007" = trunc i64 %".2927" to i16
  store volatile i16 %".3007", ptr %".3006", align 2
  %".3009" = load volatile i16, ptr %".3006", align 2
  %".3010" = zext i16 %".3009" to i64
  %"cursor.255" = and i64 %".3010", 16383
  br label %"dccp"
to_esp.13:
  %".3012" = getelementptr i8, ptr %"keys", i64 2
  %".3013" = trunc i64 %".2927" to i16
  store volatile i16 %".3013", ptr %".3012", align 2
  %".3015" = load volatile i16, ptr %".3012", align 2
  %".3016" = zext i16 %".3015" to i64
  %"cursor.256" = and i64 %".3016", 16383
  br label %"esp"
to_ah.13:
  %".3018" = getelementptr i8, ptr %"keys", i64 2
  %".3019" = trunc i64 %".2927" to i16
  store volatile i16 %".3019", ptr %".3018", align 2
  %".3021" = load volatile i16, ptr %".3018", align 2
  %".3022" = zext i16 %".3021" to i64
  %"cursor.257" = and i64 %".3022", 16383
  br label %"ah"
to_mpls.32:
  %".3024" = getelementptr i8, ptr %"keys", i64 2
  %".3025" = trunc i64 %".2927" to i16
  store volatile i16 %".3025", ptr %".3024", align 2
  %".3027" = load volatile i16, ptr %".3024", align 2
  %".3028" = zext i16 %".3027" to i64
  %"cursor.258" = and i64 %".3028", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.11:
  %".3030" = getelementptr i8, ptr %"keys", i64 2
  %".3031" = trunc i64 %".2927" to i16
  store volatile i16 %".3031", ptr %".3030", align 2
  %".3033" = load volatile i16, ptr %".3030", align 2
  %".3034" = zext i16 %".3033" to i64
  %"cursor.259" = and i64 %".3034", 16383
  br label %"icmpv6"
to_ipv4.22:
  %".3036" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3036", align 1
  %".3038" = and i32 %"flags", 4
  %".3039" = icmp ne i32 %".3038", 0
  br i1 %".3039", label %"exit.92", label %"cont.92"
to_ipv6.22:
  %".3051" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3051", align 1
  %".3053" = and i32 %"flags", 4
  %".3054" = icmp ne i32 %".3053", 0
  br i1 %".3054", label %"exit.93", label %"cont.93"
exit.92:
  %".3041" = trunc i64 %".2927" to i16
  %".3042" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3041", ptr %".3042", align 2
  br label %"return"
cont.92:
  %".3045" = getelementptr i8, ptr %"keys", i64 2
  %".3046" = trunc i64 %".2927" to i16
  store volatile i16 %".3046", ptr %".3045", align 2
  %".3048" = load volatile i16, ptr %".3045", align 2
  %".3049" = zext i16 %".3048" to i64
  %"cursor.260" = and i64 %".3049", 16383
  br label %"ipv4_d1"
exit.93:
  %".3056" = trunc i64 %".2927" to i16
  %".3057" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3056", ptr %".3057", align 2
  br label %"return"
cont.93:
  %".3060" = getelementptr i8, ptr %"keys", i64 2
  %".3061" = trunc i64 %".2927" to i16
  store volatile i16 %".3061", ptr %".3060", align 2
  %".3063" = load volatile i16, ptr %".3060", align 2
  %".3064" = zext i16 %".3063" to i64
  %"cursor.261" = and i64 %".3064", 16383
  br label %"ipv6_d1"
exit.94:
  %".3069" = trunc i64 %"cursor.191" to i16
  %".3070" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3069", ptr %".3070", align 2
  br label %"return"
cont.94:
  %".3073" = add i64 %"cursor.191", 4
  %".3074" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3075" = load i8, ptr %".3074", align 1
  %".3076" = zext i8 %".3075" to i64
  %".3077" = and i64 %".3076", 1
  switch i64 %".3077", label %"unknown.29" [i64 0, label %"to_mpls.33"]
unknown.29:
  %".3079" = trunc i64 %".3073" to i16
  %".3080" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3079", ptr %".3080", align 2
  br label %"return"
to_mpls.33:
  %".3083" = trunc i64 %".3073" to i16
  %".3084" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3083", ptr %".3084", align 2
  br label %"return"
exit.95:
  %".3090" = trunc i64 %"cursor.200" to i16
  %".3091" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3090", ptr %".3091", align 2
  br label %"return"
cont.95:
  %".3094" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3095" = load i16, ptr %".3094", align 2
  %".3096" = call i16 @"llvm.bswap.i16"(i16 %".3095")
  %".3097" = zext i16 %".3096" to i64
  %".3098" = trunc i64 %".3097" to i16
  %".3099" = call i16 @"llvm.bswap.i16"(i16 %".3098")
  %".3100" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3099", ptr %".3100", align 2
  %".3102" = add i64 %"cursor.200", 4
  %".3103" = trunc i64 %".3102" to i16
  %".3104" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".3103", ptr %".3104", align 2
  %".3106" = call i16 @"llvm.bswap.i16"(i16 %".3095")
  %".3107" = zext i16 %".3106" to i64
  switch i64 %".3107", label %"unknown.30" [i64 2048, label %"to_ipv4.23" i64 34525, label %"to_ipv6.23" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11" i64 34887, label %"to_mpls.34" i64 34888, label %"to_mpls.35" i64 34916, label %"to_pppoe.5"]
unknown.30:
  %".3109" = trunc i64 %".3102" to i16
  %".3110" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3109", ptr %".3110", align 2
  br label %"return"
to_ipv4.23:
  %".3113" = getelementptr i8, ptr %"keys", i64 2
  %".3114" = trunc i64 %".3102" to i16
  store volatile i16 %".3114", ptr %".3113", align 2
  %".3116" = load volatile i16, ptr %".3113", align 2
  %".3117" = zext i16 %".3116" to i64
  %"cursor.262" = and i64 %".3117", 16383
  br label %"ipv4_d1"
to_ipv6.23:
  %".3119" = getelementptr i8, ptr %"keys", i64 2
  %".3120" = trunc i64 %".3102" to i16
  store volatile i16 %".3120", ptr %".3119", align 2
  %".3122" = load volatile i16, ptr %".3119", align 2
  %".3123" = zext i16 %".3122" to i64
  %"cursor.263" = and i64 %".3123", 16383
  br label %"ipv6_d1"
to_vlan.10:
  %".3125" = trunc i64 %".3102" to i16
  %".3126" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3125", ptr %".3126", align 2
  br label %"return"
to_vlan.11:
  %".3129" = trunc i64 %".3102" to i16
  %".3130" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3129", ptr %".3130", align 2
  br label %"return"
to_mpls.34:
  %".3133" = getelementptr i8, ptr %"keys", i64 2
  %".3134" = trunc i64 %".3102" to i16
  store volatile i16 %".3134", ptr %".3133", align 2
  %".3136" = load volatile i16, ptr %".3133", align 2
  %".3137" = zext i16 %".3136" to i64
  %"cursor.264" = and i64 %".3137", 16383
  br label %"mpls_mpls_labels1"
to_mpls.35:
  %".3139" = getelementptr i8, ptr %"keys", i64 2
  %".3140" = trunc i64 %".3102" to i16
  store volatile i16 %".3140", ptr %".3139", align 2
  %".3142" = load volatile i16, ptr %".3139", align 2
  %".3143" = zext i16 %".3142" to i64
  %"cursor.265" = and i64 %".3143", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.5:
  %".3145" = getelementptr i8, ptr %"keys", i64 2
  %".3146" = trunc i64 %".3102" to i16
  store volatile i16 %".3146", ptr %".3145", align 2
  %".3148" = load volatile i16, ptr %".3145", align 2
  %".3149" = zext i16 %".3148" to i64
  %"cursor.266" = and i64 %".3149", 16383
  br label %"pppoe_d1"
exit.96:
  %".3154" = trunc i64 %"cursor.206" to i16
  %".3155" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3154", ptr %".3155", align 2
  br label %"return"
cont.96:
  %".3158" = getelementptr i8, ptr %"hdr.40", i64 0
  %".3159" = load i8, ptr %".3158", align 1
  %".3160" = zext i8 %".3159" to i64
  %".3161" = and i64 %".3160", 1
  switch i64 %".3161", label %"unknown.31" [i64 0, label %"to_ppp16.1" i64 1, label %"to_ppp8.1"]
unknown.31:
  %".3163" = trunc i64 %"cursor.206" to i16
  %".3164" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3163", ptr %".3164", align 2
  br label %"return"
to_ppp16.1:
  %".3167" = getelementptr i8, ptr %"keys", i64 2
  %".3168" = trunc i64 %"cursor.206" to i16
  store volatile i16 %".3168", ptr %".3167", align 2
  %".3170" = load volatile i16, ptr %".3167", align 2
  %".3171" = zext i16 %".3170" to i64
  %"cursor.268" = and i64 %".3171", 16383
  br label %"ppp16_d1"
to_ppp8.1:
  %".3173" = getelementptr i8, ptr %"keys", i64 2
  %".3174" = trunc i64 %"cursor.206" to i16
  store volatile i16 %".3174", ptr %".3173", align 2
  %".3176" = load volatile i16, ptr %".3173", align 2
  %".3177" = zext i16 %".3176" to i64
  %"cursor.270" = and i64 %".3177", 16383
  br label %"ppp8_d1"
ppp16_d1:
  %"cursor.267" = phi  i64 [%"cursor.268", %"to_ppp16.1"]
  %"hdr.43" = getelementptr i8, ptr %"data", i64 %"cursor.267"
  %".3462" = getelementptr i8, ptr %"hdr.43", i64 2
  %".3463" = icmp ugt ptr %".3462", %"data_end"
  br i1 %".3463", label %"exit.105", label %"cont.105"
ppp8_d1:
  %"cursor.269" = phi  i64 [%"cursor.270", %"to_ppp8.1"]
  %"hdr.44" = getelementptr i8, ptr %"data", i64 %"cursor.269"
  %".3506" = getelementptr i8, ptr %"hdr.44", i64 1
  %".3507" = icmp ugt ptr %".3506", %"data_end"
  br i1 %".3507", label %"exit.106", label %"cont.106"
exit.97:
  %".3182" = trunc i64 %"cursor.208" to i16
  %".3183" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3182", ptr %".3183", align 2
  br label %"return"
cont.97:
  %".3186" = getelementptr i8, ptr %"hdr.41", i64 0
  %".3187" = load i8, ptr %".3186", align 1
  %".3188" = zext i8 %".3187" to i64
  %".3189" = trunc i64 %".3188" to i8
  %".3190" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3189", ptr %".3190", align 1
  %".3192" = add i64 %"cursor.208", 2
  %".3193" = getelementptr i8, ptr %"hdr.41", i64 1
  %".3194" = load i8, ptr %".3193", align 1
  %".3195" = zext i8 %".3194" to i64
  %".3196" = mul i64 %".3195", 8
  %".3197" = add i64 %".3196", 6
  %".3198" = add i64 %".3197", 2
  %".3199" = getelementptr i8, ptr %"hdr.41", i64 %".3198"
  %".3200" = icmp ugt ptr %".3199", %"data_end"
  br i1 %".3200", label %"exit.98", label %"cont.98"
exit.98:
  %".3202" = trunc i64 %"cursor.208" to i16
  %".3203" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3202", ptr %".3203", align 2
  br label %"return"
cont.98:
  %"end.10" = add i64 %"cursor.208", %".3198"
  %".3206" = zext i8 %".3187" to i64
  switch i64 %".3206", label %"unknown.32" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 132, label %"to_sctp.14" i64 33, label %"to_dccp.14" i64 50, label %"to_esp.14" i64 51, label %"to_ah.14" i64 137, label %"to_mpls.36" i64 58, label %"to_icmpv6.12" i64 4, label %"to_ipv4.24" i64 41, label %"to_ipv6.24"]
unknown.32:
  %".3208" = trunc i64 %"end.10" to i16
  %".3209" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3208", ptr %".3209", align 2
  br label %"return"
to_ipv6_opts.36:
  %".3212" = trunc i64 %"end.10" to i16
  %".3213" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3212", ptr %".3213", align 2
  br label %"return"
to_ipv6_opts.37:
  %".3216" = trunc i64 %"end.10" to i16
  %".3217" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3216", ptr %".3217", align 2
  br label %"return"
to_ipv6_opts.38:
  %".3220" = trunc i64 %"end.10" to i16
  %".3221" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3220", ptr %".3221", align 2
  br label %"return"
to_ipv6_frag.12:
  %".3224" = trunc i64 %"end.10" to i16
  %".3225" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3224", ptr %".3225", align 2
  br label %"return"
to_tcp.14:
  %".3228" = getelementptr i8, ptr %"keys", i64 2
  %".3229" = trunc i64 %"end.10" to i16
  store volatile i16 %".3229", ptr %".3228", align 2
  %".3231" = load volatile i16, ptr %".3228", align 2
  %".3232" = zext i16 %".3231" to i64
  %"cursor.271" = and i64 %".3232", 16383
  br label %"tcp"
to_udp.14:
  %".3234" = getelementptr i8, ptr %"keys", i64 2
  %".3235" = trunc i64 %"end.10" to i16
  store volatile i16 %".3235", ptr %".3234", align 2
  %".3237" = load volatile i16, ptr %".3234", align 2
  %".3238" = zext i16 %".3237" to i64
  %"cursor.272" = and i64 %".3238", 16383
  br label %"udp"
to_udplite.14:
  %".3240" = getelementptr i8, ptr %"keys", i64 2
  %".3241" = trunc i64 %"end.10" to i16
  store volatile i16 %".3241", ptr %".3240", align 2
  %".3243" = load volatile i16, ptr %".3240", align 2
  %".3244" = zext i16 %".3243" to i64
  %"cursor.273" = and i64 %".3244", 16383
  br label %"udplite"
to_gre.14:
  %".3246" = getelementptr i8, ptr %"keys", i64 2
  %".3247" = trunc i64 %"end.10" to i16
  store volatile i16 %".3247", ptr %".3246", align 2
  %".3249" = load volatile i16, ptr %".3246", align 2
  %".3250" = zext i16 %".3249" to i64
  %"cursor.274" = and i64 %".3250", 16383
  br label %"gre_d1"
to_sctp.14:
  %".3252" = getelementptr i8, ptr %"keys", i64 2
  %".3253" = trunc i64 %"end.10" to i16
  store volatile i16 %".3253", ptr %".3252", align 2
  %".3255" = load volatile i16, ptr %".3252", align 2
  %".3256" = zext i16 %".3255" to i64
  %"cursor.275" = and i64 %".3256", 16383
  br label %"sctp"
to_dccp.14:
  %".3258" = getelementptr i8, ptr %"keys", i64 2
  %".3259" = trunc i64 %"end.10" to i16
  store volatile i16 %".3259", ptr %".3258", align 2
  %".3261" = load volatile i16, ptr %".3258", align 2
  %".3262" = zext i16 %".3261" to i64
  %"cursor.276" = and i64 %".3262", 16383
  br label %"dccp"
to_esp.14:
  %".3264" = getelementptr i8, ptr %"keys", i64 2
  %".3265" = trunc i64 %"end.10" to i16
  store volatile i16 %".3265", ptr %".3264", align 2
  %".3267" = load volatile i16, ptr %".3264", align 2
  %".3268" = zext i16 %".3267" to i64
  %"cursor.277" = and i64 %".3268", 16383
  br label %"esp"
to_ah.14:
  %".3270" = getelementptr i8, ptr %"keys", i64 2
  %".3271" = trunc i64 %"end.10" to i16
  store volatile i16 %".3271", ptr %".3270", align 2
  %".3273" = load volatile i16, ptr %".3270", align 2
  %".3274" = zext i16 %".3273" to i64
  %"cursor.278" = and i64 %".3274", 16383
  br label %"ah"
to_mpls.36:
  %".3276" = getelementptr i8, ptr %"keys", i64 2
  %".3277" = trunc i64 %"end.10" to i16
  store volatile i16 %".3277", ptr %".3276", align 2
  %".3279" = load volatile i16, ptr %".3276", align 2
  %".3280" = zext i16 %".3279" to i64
  %"cursor.279" = and i64 %".3280", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.12:
  %".3282" = getelementptr i8, ptr %"keys", i64 2
  %".3283" = trunc i64 %"end.10" to i16
  store volatile i16 %".3283", ptr %".3282", align 2
  %".3285" = load volatile i16, ptr %".3282", align 2
  %".3286" = zext i16 %".3285" to i64
  %"cursor.280" = and i64 %".3286", 16383
  br label %"icmpv6"
to_ipv4.24:
  %".3288" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3288", align 1
  %".3290" = and i32 %"flags", 4
  %".3291" = icmp ne i32 %".3290", 0
  br i1 %".3291", label %"exit.99", label %"cont.99"
to_ipv6.24:
  %".3301" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3301", align 1
  %".3303" = and i32 %"flags", 4
  %".3304" = icmp ne i32 %".3303", 0
  br i1 %".3304", label %"exit.100", label %"cont.100"
exit.99:
  %".3293" = trunc i64 %"end.10" to i16
  %".3294" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3293", ptr %".3294", align 2
  br label %"return"
cont.99:
  %".3297" = trunc i64 %"end.10" to i16
  %".3298" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3297", ptr %".3298", align 2
  br label %"return"
exit.100:
  %".3306" = trunc i64 %"end.10" to i16
  %".3307" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3306", ptr %".3307", align 2
  br label %"return"
cont.100:
  %".3310" = trunc i64 %"end.10" to i16
  %".3311" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3310", ptr %".3311", align 2
  br label %"return"
exit.101:
  %".3317" = trunc i64 %"cursor.212" to i16
  %".3318" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3317", ptr %".3318", align 2
  br label %"return"
cont.101:
  %".3321" = getelementptr i8, ptr %"hdr.42", i64 0
  %".3322" = load i8, ptr %".3321", align 1
  %".3323" = zext i8 %".3322" to i64
  %".3324" = trunc i64 %".3323" to i8
  %".3325" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3324", ptr %".3325", align 1
  %".3327" = add i64 %"cursor.212", 8
  %".3328" = icmp ne i64 1, 0
  %".3329" = getelementptr i8, ptr %"hdr.42", i64 2
  %".3330" = load i16, ptr %".3329", align 2
  %".3331" = call i16 @"llvm.bswap.i16"(i16 %".3330")
  %".3332" = zext i16 %".3331" to i64
  %".3333" = and i64 %".3332", 65528
  %".3334" = icmp eq i64 %".3333", 0
  br i1 %".3328", label %"fragment.7", label %"not_fragment.7"
fragment.7:
  %".3336" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".3336", align 1
  br i1 %".3334", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".3354" = zext i8 %".3322" to i64
  switch i64 %".3354", label %"unknown.33" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 132, label %"to_sctp.15" i64 33, label %"to_dccp.15" i64 50, label %"to_esp.15" i64 51, label %"to_ah.15" i64 137, label %"to_mpls.37" i64 58, label %"to_icmpv6.13" i64 4, label %"to_ipv4.25" i64 41, label %"to_ipv6.25"]
first_fragment.7:
  %".3343" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".3343", align 1
  %".3345" = and i32 %"flags", 1
  %".3346" = icmp ne i32 %".3345", 0
  %".3347" = xor i1 %".3346", -1
  br i1 %".3347", label %"exit.102", label %"cont.102"
later_fragment.7:
  %".3339" = trunc i64 %".3327" to i16
  %".3340" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3339", ptr %".3340", align 2
  br label %"return"
exit.102:
  %".3349" = trunc i64 %".3327" to i16
  %".3350" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3349", ptr %".3350", align 2
  br label %"return"
cont.102:
  br label %"not_fragment.7"
unknown.33:
  %".3356" = trunc i64 %".3327" to i16
  %".3357" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3356", ptr %".3357", align 2
  br label %"return"
to_ipv6_opts.39:
  %".3360" = trunc i64 %".3327" to i16
  %".3361" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3360", ptr %".3361", align 2
  br label %"return"
to_ipv6_opts.40:
  %".3364" = trunc i64 %".3327" to i16
  %".3365" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3364", ptr %".3365", align 2
  br label %"return"
to_ipv6_opts.41:
  %".3368" = trunc i64 %".3327" to i16
  %".3369" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3368", ptr %".3369", align 2
  br label %"return"
to_ipv6_frag.13:
  %".3372" = trunc i64 %".3327" to i16
  %".3373" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3372", ptr %".3373", align 2
  br label %"return"
to_tcp.15:
  %".3376" = getelementptr i8, ptr %"keys", i64 2
  %".3377" = trunc i64 %".3327" to i16
  store volatile i16 %".3377", ptr %".3376", align 2
  %".3379" = load volatile i16, ptr %".3376", align 2
  %".3380" = zext i16 %".3379" to i64
  %"cursor.281" = and i64 %".3380", 16383
  br label %"tcp"
to_udp.15:
  %".3382" = getelementptr i8, ptr %"keys", i64 2
  %".3383" = trunc i64 %".3327" to i16
  store volatile i16 %".3383", ptr %".3382", align 2
  %".3385" = load volatile i16, ptr %".3382", align 2
  %".3386" = zext i16 %".3385" to i64
  %"cursor.282" = and i64 %".3386", 16383
  br label %"udp"
to_udplite.15:
  %".3388" = getelementptr i8, ptr %"keys", i64 2
  %".3389" = trunc i64 %".3327" to i16
  store volatile i16 %".3389", ptr %".3388", align 2
  %".3391" = load volatile i16, ptr %".3388", align 2
  %".3392" = zext i16 %".3391" to i64
  %"cursor.283" = and i64 %".3392", 16383
  br label %"udplite"
to_gre.15:
  %".3394" = getelementptr i8, ptr %"keys", i64 2
  %".3395" = trunc i64 %".3327" to i16
  store volatile i16 %".3395", ptr %".3394", align 2
  %".3397" = load volatile i16, ptr %".3394", align 2
  %".3398" = zext i16 %".3397" to i64
  %"cursor.284" = and i64 %".3398", 16383
  br label %"gre_d1"
to_sctp.15:
  %".3400" = getelementptr i8, ptr %"keys", i64 2
  %".3401" = trunc i64 %".3327" to i16
  store volatile i16 %".3401", ptr %".3400", align 2
  %".3403" = load volatile i16, ptr %".3400", align 2
  %".3404" = zext i16 %".3403" to i64
  %"cursor.285" = and i64 %".3404", 16383
  br label %"sctp"
to_dccp.15:
  %".3406" = getelementptr i8, ptr %"keys", i64 2
  %".3407" = trunc i64 %".3327" to i16
  store volatile i16 %".3407", ptr %".3406", align 2
  %".3409" = load volatile i16, ptr %".3406", align 2
  %".3410" = zext i16 %".3409" to i64
  %"cursor.286" = and i64 %".3410", 16383
  br label %"dccp"
to_esp.15:
  %".3412" = getelementptr i8, ptr %"keys", i64 2
  %".3413" = trunc i64 %".3327" to i16
  store volatile i16 %".3413", ptr %".3412", align 2
  %".3415" = load volatile i16, ptr %".3412", align 2
  %".3416" = zext i16 %".3415" to i64
  %"cursor.287" = and i64 %".3416", 16383
  br label %"esp"
to_ah.15:
  %".3418" = getelementptr i8, ptr %"keys", i64 2
  %".3419" = trunc i64 %".3327" to i16
  store volatile i16 %".3419", ptr %".3418", align 2
  %".3421" = load volatile i16, ptr %".3418", align 2
  %".3422" = zext i16 %".3421" to i64
  %"cursor.288" = and i64 %".3422", 16383
  br label %"ah"
to_mpls.37:
  %".3424" = getelementptr i8, ptr %"keys", i64 2
  %".3425" = trunc i64 %".3327" to i16
  store volatile i16 %".3425", ptr %".3424", align 2
  %".3427" = load volatile i16, ptr %".3424", align 2
  %".3428" = zext i16 %".3427" to i64
  %"cursor.289" = and i64 %".3428", 16383
  br label %"mpls_mpls_labels1"
to_icmpv6.13:
  %".3430" = getelementptr i8, ptr %"keys", i64 2
  %".3431" = trunc i64 %".3327" to i16
  store volatile i16 %".3431", ptr %".3430", align 2
  %".3433" = load volatile i16, ptr %".3430", align 2
  %".3434" = zext i16 %".3433" to i64
  %"cursor.290" = and i64 %".3434", 16383
  br label %"icmpv6"
to_ipv4.25:
  %".3436" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3436", align 1
  %".3438" = and i32 %"flags", 4
  %".3439" = icmp ne i32 %".3438", 0
  br i1 %".3439", label %"exit.103", label %"cont.103"
to_ipv6.25:
  %".3449" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3449", align 1
  %".3451" = and i32 %"flags", 4
  %".3452" = icmp ne i32 %".3451", 0
  br i1 %".3452", label %"exit.104", label %"cont.104"
exit.103:
  %".3441" = trunc i64 %".3327" to i16
  %".3442" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3441", ptr %".3442", align 2
  br label %"return"
cont.103:
  %".3445" = trunc i64 %".3327" to i16
  %".3446" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3445", ptr %".3446", align 2
  br label %"return"
exit.104:
  %".3454" = trunc i64 %".3327" to i16
  %".3455" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3454", ptr %".3455", align 2
  br label %"return"
cont.104:
  %".3458" = trunc i64 %".3327" to i16
  %".3459" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3458", ptr %".3459", align 2
  br label %"return"
exit.105:
  %".3465" = trunc i64 %"cursor.267" to i16
  %".3466" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3465", ptr %".3466", align 2
  br label %"return"
cont.105:
  %".3469" = add i64 %"cursor.267", 2
  %".3470" = trunc i64 %".3469" to i16
  %".3471" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".3470", ptr %".3471", align 2
  %".3473" = getelementptr i8, ptr %"hdr.43", i64 0
  %".3474" = load i16, ptr %".3473", align 2
  %".3475" = call i16 @"llvm.bswap.i16"(i16 %".3474")
  %".3476" = zext i16 %".3475" to i64
  switch i64 %".3476", label %"unknown.34" [i64 33, label %"to_ipv4.26" i64 87, label %"to_ipv6.26" i64 641, label %"to_mpls.38" i64 643, label %"to_mpls.39"]
unknown.34:
  %".3478" = trunc i64 %".3469" to i16
  %".3479" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3478", ptr %".3479", align 2
  br label %"return"
to_ipv4.26:
  %".3482" = getelementptr i8, ptr %"keys", i64 2
  %".3483" = trunc i64 %".3469" to i16
  store volatile i16 %".3483", ptr %".3482", align 2
  %".3485" = load volatile i16, ptr %".3482", align 2
  %".3486" = zext i16 %".3485" to i64
  %"cursor.291" = and i64 %".3486", 16383
  br label %"ipv4_d1"
to_ipv6.26:
  %".3488" = getelementptr i8, ptr %"keys", i64 2
  %".3489" = trunc i64 %".3469" to i16
  store volatile i16 %".3489", ptr %".3488", align 2
  %".3491" = load volatile i16, ptr %".3488", align 2
  %".3492" = zext i16 %".3491" to i64
  %"cursor.292" = and i64 %".3492", 16383
  br label %"ipv6_d1"
to_mpls.38:
  %".3494" = getelementptr i8, ptr %"keys", i64 2
  %".3495" = trunc i64 %".3469" to i16
  store volatile i16 %".3495", ptr %".3494", align 2
  %".3497" = load volatile i16, ptr %".3494", align 2
  %".3498" = zext i16 %".3497" to i64
  %"cursor.293" = and i64 %".3498", 16383
  br label %"mpls_mpls_labels1"
to_mpls.39:
  %".3500" = getelementptr i8, ptr %"keys", i64 2
  %".3501" = trunc i64 %".3469" to i16
  store volatile i16 %".3501", ptr %".3500", align 2
  %".3503" = load volatile i16, ptr %".3500", align 2
  %".3504" = zext i16 %".3503" to i64
  %"cursor.294" = and i64 %".3504", 16383
  br label %"mpls_mpls_labels1"
exit.106:
  %".3509" = trunc i64 %"cursor.269" to i16
  %".3510" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3509", ptr %".3510", align 2
  br label %"return"
cont.106:
  %".3513" = add i64 %"cursor.269", 1
  %".3514" = trunc i64 %".3513" to i16
  %".3515" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".3514", ptr %".3515", align 2
  %".3517" = getelementptr i8, ptr %"hdr.44", i64 0
  %".3518" = load i8, ptr %".3517", align 1
  %".3519" = zext i8 %".3518" to i64
  switch i64 %".3519", label %"unknown.35" [i64 33, label %"to_ipv4.27" i64 87, label %"to_ipv6.27"]
unknown.35:
  %".3521" = trunc i64 %".3513" to i16
  %".3522" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3521", ptr %".3522", align 2
  br label %"return"
to_ipv4.27:
  %".3525" = getelementptr i8, ptr %"keys", i64 2
  %".3526" = trunc i64 %".3513" to i16
  store volatile i16 %".3526", ptr %".3525", align 2
  %".3528" = load volatile i16, ptr %".3525", align 2
  %".3529" = zext i16 %".3528" to i64
  %"cursor.295" = and i64 %".3529", 16383
  br label %"ipv4_d1"
to_ipv6.27:
  %".3531" = getelementptr i8, ptr %"keys", i64 2
  %".3532" = trunc i64 %".3513" to i16
  store volatile i16 %".3532", ptr %".3531", align 2
  %".3534" = load volatile i16, ptr %".3531", align 2
  %".3535" = zext i16 %".3534" to i64
  %"cursor.296" = and i64 %".3535", 16383
  br label %"ipv6_d1"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
