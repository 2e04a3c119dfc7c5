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
  br label %"vlan_d0_vlan_tags1"
to_mpls:
  br label %"mpls_mpls_labels1"
to_mpls.1:
  br label %"mpls_mpls_labels1"
to_pppoe:
  br label %"pppoe_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%".303", %"to_ipv4.3"], [%"cursor.31", %"to_ipv4.4"], [%"cursor.97", %"to_ipv4.10"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".34" = getelementptr i8, ptr %"hdr.1", i64 20
  %".35" = icmp ugt ptr %".34", %"data_end"
  br i1 %".35", label %"exit.1", label %"cont.1"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%".303", %"to_ipv6.3"], [%"cursor.32", %"to_ipv6.4"], [%"cursor.98", %"to_ipv6.10"]
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
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"to_mpls"], [%".21", %"to_mpls.1"], [%"cursor.15", %"to_mpls.2"], [%"cursor.24", %"to_mpls.3"], [%"cursor.28", %"to_mpls.4"], [%"cursor.29", %"to_mpls.5"], [%"cursor.33", %"to_mpls.7"], [%"cursor.34", %"to_mpls.8"], [%"cursor.40", %"to_mpls.9"], [%"cursor.41", %"to_mpls.10"], [%"cursor.51", %"to_mpls.11"], [%"cursor.66", %"to_mpls.12"], [%"cursor.79", %"to_mpls.13"], [%"cursor.94", %"to_mpls.14"], [%"cursor.99", %"to_mpls.15"], [%"cursor.100", %"to_mpls.16"], [%"cursor.108", %"to_mpls.18"], [%"cursor.109", %"to_mpls.19"], [%"cursor.127", %"to_mpls.22"], [%"cursor.141", %"to_mpls.23"], [%"cursor.154", %"to_mpls.24"], [%"cursor.169", %"to_mpls.25"], [%"cursor.178", %"to_mpls.27"], [%"cursor.179", %"to_mpls.28"], [%"cursor.183", %"to_mpls.29"], [%"cursor.184", %"to_mpls.30"], [%"cursor.200", %"to_mpls.31"], [%"cursor.214", %"to_mpls.32"], [%"cursor.224", %"to_mpls.33"], [%"cursor.236", %"to_mpls.34"], [%"cursor.241", %"to_mpls.36"], [%"cursor.242", %"to_mpls.37"], [%"cursor.253", %"to_mpls.38"], [%"cursor.263", %"to_mpls.39"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.4"
  %".331" = getelementptr i8, ptr %"hdr.4", i64 4
  %".332" = icmp ugt ptr %".331", %"data_end"
  br i1 %".332", label %"exit.12", label %"cont.12"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"to_pppoe"], [%".303", %"to_pppoe.1"], [%"cursor.101", %"to_pppoe.2"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".349" = getelementptr i8, ptr %"hdr.5", i64 8
  %".350" = icmp ugt ptr %".349", %"data_end"
  br i1 %".350", label %"exit.13", label %"cont.13"
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
  %".130" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".130", align 2
  %".132" = getelementptr i8, ptr %"keys", i64 2
  %".133" = trunc i64 %"end" to i16
  store volatile i16 %".133", ptr %".132", align 2
  %".135" = load volatile i16, ptr %".132", align 2
  %".136" = zext i16 %".135" to i64
  %"cursor.15" = and i64 %".136", 16383
  br label %"mpls_mpls_labels1"
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
  %"cursor.6" = phi  i64 [%"end", %"to_tcp"], [%".213", %"to_tcp.1"], [%"cursor.42", %"to_tcp.2"], [%"cursor.58", %"to_tcp.3"], [%"cursor.70", %"to_tcp.4"], [%"cursor.85", %"to_tcp.5"], [%"cursor.118", %"to_tcp.6"], [%"cursor.132", %"to_tcp.7"], [%"cursor.145", %"to_tcp.8"], [%"cursor.160", %"to_tcp.9"], [%"cursor.191", %"to_tcp.10"], [%"cursor.205", %"to_tcp.11"], [%"cursor.215", %"to_tcp.12"], [%"cursor.227", %"to_tcp.13"], [%"cursor.244", %"to_tcp.14"], [%"cursor.254", %"to_tcp.15"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.6"
  %".418" = getelementptr i8, ptr %"hdr.6", i64 4
  %".419" = icmp ugt ptr %".418", %"data_end"
  br i1 %".419", label %"exit.15", label %"cont.15"
udp:
  %"cursor.7" = phi  i64 [%"end", %"to_udp"], [%".213", %"to_udp.1"], [%"cursor.43", %"to_udp.2"], [%"cursor.59", %"to_udp.3"], [%"cursor.71", %"to_udp.4"], [%"cursor.86", %"to_udp.5"], [%"cursor.119", %"to_udp.6"], [%"cursor.133", %"to_udp.7"], [%"cursor.146", %"to_udp.8"], [%"cursor.161", %"to_udp.9"], [%"cursor.192", %"to_udp.10"], [%"cursor.206", %"to_udp.11"], [%"cursor.216", %"to_udp.12"], [%"cursor.228", %"to_udp.13"], [%"cursor.245", %"to_udp.14"], [%"cursor.255", %"to_udp.15"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".447" = getelementptr i8, ptr %"hdr.7", i64 4
  %".448" = icmp ugt ptr %".447", %"data_end"
  br i1 %".448", label %"exit.16", label %"cont.16"
udplite:
  %"cursor.8" = phi  i64 [%"end", %"to_udplite"], [%".213", %"to_udplite.1"], [%"cursor.44", %"to_udplite.2"], [%"cursor.60", %"to_udplite.3"], [%"cursor.72", %"to_udplite.4"], [%"cursor.87", %"to_udplite.5"], [%"cursor.120", %"to_udplite.6"], [%"cursor.134", %"to_udplite.7"], [%"cursor.147", %"to_udplite.8"], [%"cursor.162", %"to_udplite.9"], [%"cursor.193", %"to_udplite.10"], [%"cursor.207", %"to_udplite.11"], [%"cursor.217", %"to_udplite.12"], [%"cursor.229", %"to_udplite.13"], [%"cursor.246", %"to_udplite.14"], [%"cursor.256", %"to_udplite.15"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".483" = getelementptr i8, ptr %"hdr.8", i64 4
  %".484" = icmp ugt ptr %".483", %"data_end"
  br i1 %".484", label %"exit.18", label %"cont.18"
gre_d0:
  %"cursor.9" = phi  i64 [%"end", %"to_gre"], [%".213", %"to_gre.1"], [%"cursor.73", %"to_gre.4"], [%"cursor.88", %"to_gre.5"], [%"cursor.148", %"to_gre.8"], [%"cursor.163", %"to_gre.9"], [%"cursor.218", %"to_gre.12"], [%"cursor.230", %"to_gre.13"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".519" = getelementptr i8, ptr %"hdr.9", i64 4
  %".520" = icmp ugt ptr %".519", %"data_end"
  br i1 %".520", label %"exit.20", label %"cont.20"
sctp:
  %"cursor.10" = phi  i64 [%"end", %"to_sctp"], [%".213", %"to_sctp.1"], [%"cursor.47", %"to_sctp.2"], [%"cursor.62", %"to_sctp.3"], [%"cursor.74", %"to_sctp.4"], [%"cursor.89", %"to_sctp.5"], [%"cursor.122", %"to_sctp.6"], [%"cursor.136", %"to_sctp.7"], [%"cursor.149", %"to_sctp.8"], [%"cursor.164", %"to_sctp.9"], [%"cursor.195", %"to_sctp.10"], [%"cursor.209", %"to_sctp.11"], [%"cursor.219", %"to_sctp.12"], [%"cursor.231", %"to_sctp.13"], [%"cursor.248", %"to_sctp.14"], [%"cursor.258", %"to_sctp.15"]
  %"hdr.10" = getelementptr i8, ptr %"data", i64 %"cursor.10"
  %".618" = getelementptr i8, ptr %"hdr.10", i64 4
  %".619" = icmp ugt ptr %".618", %"data_end"
  br i1 %".619", label %"exit.24", label %"cont.24"
dccp:
  %"cursor.11" = phi  i64 [%"end", %"to_dccp"], [%".213", %"to_dccp.1"], [%"cursor.48", %"to_dccp.2"], [%"cursor.63", %"to_dccp.3"], [%"cursor.75", %"to_dccp.4"], [%"cursor.90", %"to_dccp.5"], [%"cursor.123", %"to_dccp.6"], [%"cursor.137", %"to_dccp.7"], [%"cursor.150", %"to_dccp.8"], [%"cursor.165", %"to_dccp.9"], [%"cursor.196", %"to_dccp.10"], [%"cursor.210", %"to_dccp.11"], [%"cursor.220", %"to_dccp.12"], [%"cursor.232", %"to_dccp.13"], [%"cursor.249", %"to_dccp.14"], [%"cursor.259", %"to_dccp.15"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".646" = getelementptr i8, ptr %"hdr.11", i64 4
  %".647" = icmp ugt ptr %".646", %"data_end"
  br i1 %".647", label %"exit.25", label %"cont.25"
esp:
  %"cursor.12" = phi  i64 [%"end", %"to_esp"], [%".213", %"to_esp.1"], [%"cursor.49", %"to_esp.2"], [%"cursor.64", %"to_esp.3"], [%"cursor.76", %"to_esp.4"], [%"cursor.91", %"to_esp.5"], [%"cursor.124", %"to_esp.6"], [%"cursor.138", %"to_esp.7"], [%"cursor.151", %"to_esp.8"], [%"cursor.166", %"to_esp.9"], [%"cursor.197", %"to_esp.10"], [%"cursor.211", %"to_esp.11"], [%"cursor.221", %"to_esp.12"], [%"cursor.233", %"to_esp.13"], [%"cursor.250", %"to_esp.14"], [%"cursor.260", %"to_esp.15"]
  %"hdr.12" = getelementptr i8, ptr %"data", i64 %"cursor.12"
  %".674" = getelementptr i8, ptr %"hdr.12", i64 4
  %".675" = icmp ugt ptr %".674", %"data_end"
  br i1 %".675", label %"exit.26", label %"cont.26"
ah:
  %"cursor.13" = phi  i64 [%"end", %"to_ah"], [%".213", %"to_ah.1"], [%"cursor.50", %"to_ah.2"], [%"cursor.65", %"to_ah.3"], [%"cursor.77", %"to_ah.4"], [%"cursor.92", %"to_ah.5"], [%"cursor.125", %"to_ah.6"], [%"cursor.139", %"to_ah.7"], [%"cursor.152", %"to_ah.8"], [%"cursor.167", %"to_ah.9"], [%"cursor.198", %"to_ah.10"], [%"cursor.212", %"to_ah.11"], [%"cursor.222", %"to_ah.12"], [%"cursor.234", %"to_ah.13"], [%"cursor.251", %"to_ah.14"], [%"cursor.261", %"to_ah.15"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.13"
  %".702" = getelementptr i8, ptr %"hdr.13", i64 8
  %".703" = icmp ugt ptr %".702", %"data_end"
  br i1 %".703", label %"exit.27", label %"cont.27"
icmp:
  %"cursor.14" = phi  i64 [%"end", %"to_icmp"], [%"end.4", %"to_icmp.1"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.14"
  %".730" = getelementptr i8, ptr %"hdr.14", i64 4
  %".731" = icmp ugt ptr %".730", %"data_end"
  br i1 %".731", label %"exit.28", label %"cont.28"
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
  %"cursor.16" = phi  i64 [%"cursor.17", %"cont.5"], [%"cursor.25", %"cont.9"], [%"cursor.36", %"to_ipv4.5"], [%"cursor.80", %"cont.41"], [%"cursor.95", %"cont.45"], [%"cursor.103", %"to_ipv4.11"], [%"cursor.155", %"cont.68"], [%"cursor.170", %"cont.72"], [%"cursor.173", %"to_ipv4.17"], [%"cursor.181", %"to_ipv4.18"], [%"cursor.225", %"cont.88"], [%"cursor.237", %"cont.92"], [%"cursor.239", %"to_ipv4.23"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.16"
  %".742" = getelementptr i8, ptr %"hdr.15", i64 20
  %".743" = icmp ugt ptr %".742", %"data_end"
  br i1 %".743", label %"exit.29", label %"cont.29"
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
  %"cursor.18" = phi  i64 [%"cursor.19", %"cont.6"], [%"cursor.26", %"cont.10"], [%"cursor.37", %"to_ipv6.5"], [%"cursor.81", %"cont.42"], [%"cursor.96", %"cont.46"], [%"cursor.104", %"to_ipv6.11"], [%"cursor.156", %"cont.69"], [%"cursor.171", %"cont.73"], [%"cursor.174", %"to_ipv6.17"], [%"cursor.182", %"to_ipv6.18"], [%"cursor.226", %"cont.89"], [%"cursor.238", %"cont.93"], [%"cursor.240", %"to_ipv6.23"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.18"
  %".912" = getelementptr i8, ptr %"hdr.16", i64 40
  %".913" = icmp ugt ptr %".912", %"data_end"
  br i1 %".913", label %"exit.35", label %"cont.35"
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
  br label %"udp"
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
  br label %"mpls_mpls_labels1"
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
  %".1083" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1084" = icmp ugt ptr %".1083", %"data_end"
  br i1 %".1084", label %"exit.39", label %"cont.39"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.22" = phi  i64 [%".213", %"to_ipv6_frag"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.22"
  %".1217" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1218" = icmp ugt ptr %".1217", %"data_end"
  br i1 %".1218", label %"exit.43", label %"cont.43"
icmpv6:
  %"cursor.23" = phi  i64 [%".213", %"to_icmpv6"], [%".957", %"to_icmpv6.1"], [%"cursor.78", %"to_icmpv6.2"], [%"cursor.93", %"to_icmpv6.3"], [%"cursor.126", %"to_icmpv6.4"], [%"cursor.140", %"to_icmpv6.5"], [%"cursor.153", %"to_icmpv6.6"], [%"cursor.168", %"to_icmpv6.7"], [%"cursor.199", %"to_icmpv6.8"], [%"cursor.213", %"to_icmpv6.9"], [%"cursor.223", %"to_icmpv6.10"], [%"cursor.235", %"to_icmpv6.11"], [%"cursor.252", %"to_icmpv6.12"], [%"cursor.262", %"to_icmpv6.13"]
  %"hdr.19" = getelementptr i8, ptr %"data", i64 %"cursor.23"
  %".1374" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1375" = icmp ugt ptr %".1374", %"data_end"
  br i1 %".1375", label %"exit.47", label %"cont.47"
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
  br label %"mpls_mpls_labels1"
to_mpls.5:
  %".324" = getelementptr i8, ptr %"keys", i64 2
  %".325" = trunc i64 %".303" to i16
  store volatile i16 %".325", ptr %".324", align 2
  %".327" = load volatile i16, ptr %".324", align 2
  %".328" = zext i16 %".327" to i64
  %"cursor.29" = and i64 %".328", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.1:
  br label %"pppoe_d0"
vlan_d0_vlan_tags2:
  %"cursor.27" = phi  i64 [%".303", %"to_vlan.2"], [%".303", %"to_vlan.3"]
  %"hdr.20" = getelementptr i8, ptr %"data", i64 %"cursor.27"
  %".1386" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1387" = icmp ugt ptr %".1386", %"data_end"
  br i1 %".1387", label %"exit.48", label %"cont.48"
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
  switch i64 %".342", label %"unknown.4" [i64 0, label %"to_mpls.6"]
unknown.4:
  %".344" = trunc i64 %".338" to i16
  %".345" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".344", ptr %".345", align 2
  br label %"return"
to_mpls.6:
  br label %"mpls_mpls_labels2"
mpls_mpls_labels2:
  %"cursor.30" = phi  i64 [%".338", %"to_mpls.6"]
  %"hdr.21" = getelementptr i8, ptr %"data", i64 %"cursor.30"
  %".1450" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1451" = icmp ugt ptr %".1450", %"data_end"
  br i1 %".1451", label %"exit.49", label %"cont.49"
exit.13:
  %".352" = trunc i64 %"cursor.5" to i16
  %".353" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".352", ptr %".353", align 2
  br label %"return"
cont.13:
  %".356" = getelementptr i8, ptr %"hdr.5", i64 0
  %".357" = load i8, ptr %".356", align 1
  %".358" = zext i8 %".357" to i64
  %".359" = lshr i64 %".358", 4
  %".360" = and i64 %".359", 15
  %".361" = icmp eq i64 %".360", 1
  %".362" = zext i8 %".357" to i64
  %".363" = and i64 %".362", 15
  %".364" = icmp eq i64 %".363", 1
  %".365" = and i1 %".361", %".364"
  %".366" = getelementptr i8, ptr %"hdr.5", i64 1
  %".367" = load i8, ptr %".366", align 1
  %".368" = zext i8 %".367" to i64
  %".369" = icmp eq i64 %".368", 0
  %".370" = and i1 %".365", %".369"
  %".371" = xor i1 %".370", -1
  br i1 %".371", label %"exit.14", label %"cont.14"
exit.14:
  %".373" = trunc i64 %"cursor.5" to i16
  %".374" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".373", ptr %".374", align 2
  br label %"return"
cont.14:
  %".377" = add i64 %"cursor.5", 8
  %".378" = trunc i64 %".377" to i16
  %".379" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".378", ptr %".379", align 2
  %".381" = getelementptr i8, ptr %"hdr.5", i64 6
  %".382" = load i16, ptr %".381", align 2
  %".383" = call i16 @"llvm.bswap.i16"(i16 %".382")
  %".384" = zext i16 %".383" to i64
  switch i64 %".384", label %"unknown.5" [i64 33, label %"to_ipv4.4" i64 87, label %"to_ipv6.4" i64 641, label %"to_mpls.7" i64 643, label %"to_mpls.8"]
unknown.5:
  %".386" = trunc i64 %".377" to i16
  %".387" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".386", ptr %".387", align 2
  br label %"return"
to_ipv4.4:
  %".390" = getelementptr i8, ptr %"keys", i64 2
  %".391" = trunc i64 %".377" to i16
  store volatile i16 %".391", ptr %".390", align 2
  %".393" = load volatile i16, ptr %".390", align 2
  %".394" = zext i16 %".393" to i64
  %"cursor.31" = and i64 %".394", 16383
  br label %"ipv4_d0"
to_ipv6.4:
  %".396" = getelementptr i8, ptr %"keys", i64 2
  %".397" = trunc i64 %".377" to i16
  store volatile i16 %".397", ptr %".396", align 2
  %".399" = load volatile i16, ptr %".396", align 2
  %".400" = zext i16 %".399" to i64
  %"cursor.32" = and i64 %".400", 16383
  br label %"ipv6_d0"
to_mpls.7:
  %".402" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".402", align 2
  %".404" = getelementptr i8, ptr %"keys", i64 2
  %".405" = trunc i64 %".377" to i16
  store volatile i16 %".405", ptr %".404", align 2
  %".407" = load volatile i16, ptr %".404", align 2
  %".408" = zext i16 %".407" to i64
  %"cursor.33" = and i64 %".408", 16383
  br label %"mpls_mpls_labels1"
to_mpls.8:
  %".410" = getelementptr i8, ptr %"keys", i64 10
  store i16 18568, ptr %".410", align 2
  %".412" = getelementptr i8, ptr %"keys", i64 2
  %".413" = trunc i64 %".377" to i16
  store volatile i16 %".413", ptr %".412", align 2
  %".415" = load volatile i16, ptr %".412", align 2
  %".416" = zext i16 %".415" to i64
  %"cursor.34" = and i64 %".416", 16383
  br label %"mpls_mpls_labels1"
exit.15:
  %".421" = trunc i64 %"cursor.6" to i16
  %".422" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".421", ptr %".422", align 2
  br label %"return"
cont.15:
  %".425" = getelementptr i8, ptr %"hdr.6", i64 0
  %".426" = load i16, ptr %".425", align 2
  %".427" = call i16 @"llvm.bswap.i16"(i16 %".426")
  %".428" = zext i16 %".427" to i64
  %".429" = trunc i64 %".428" to i16
  %".430" = call i16 @"llvm.bswap.i16"(i16 %".429")
  %".431" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".430", ptr %".431", align 2
  %".433" = getelementptr i8, ptr %"hdr.6", i64 2
  %".434" = load i16, ptr %".433", align 2
  %".435" = call i16 @"llvm.bswap.i16"(i16 %".434")
  %".436" = zext i16 %".435" to i64
  %".437" = trunc i64 %".436" to i16
  %".438" = call i16 @"llvm.bswap.i16"(i16 %".437")
  %".439" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".438", ptr %".439", align 2
  switch i64 0, label %"unknown.6" [i64 0, label %"to_tcp_header"]
unknown.6:
  %".442" = trunc i64 %"cursor.6" to i16
  %".443" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".442", ptr %".443", align 2
  br label %"return"
to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.35" = phi  i64 [%"cursor.6", %"to_tcp_header"]
  %"hdr.22" = getelementptr i8, ptr %"data", i64 %"cursor.35"
  %".1468" = getelementptr i8, ptr %"hdr.22", i64 20
  %".1469" = icmp ugt ptr %".1468", %"data_end"
  br i1 %".1469", label %"exit.50", label %"cont.50"
exit.16:
  %".450" = trunc i64 %"cursor.7" to i16
  %".451" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".450", ptr %".451", align 2
  br label %"return"
cont.16:
  %".454" = getelementptr i8, ptr %"hdr.7", i64 0
  %".455" = load i16, ptr %".454", align 2
  %".456" = call i16 @"llvm.bswap.i16"(i16 %".455")
  %".457" = zext i16 %".456" to i64
  %".458" = trunc i64 %".457" to i16
  %".459" = call i16 @"llvm.bswap.i16"(i16 %".458")
  %".460" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".459", ptr %".460", align 2
  %".462" = getelementptr i8, ptr %"hdr.7", i64 2
  %".463" = load i16, ptr %".462", align 2
  %".464" = call i16 @"llvm.bswap.i16"(i16 %".463")
  %".465" = zext i16 %".464" to i64
  %".466" = trunc i64 %".465" to i16
  %".467" = call i16 @"llvm.bswap.i16"(i16 %".466")
  %".468" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".467", ptr %".468", align 2
  %".470" = add i64 %"cursor.7", 4
  %".471" = add i64 4, 4
  %".472" = getelementptr i8, ptr %"hdr.7", i64 %".471"
  %".473" = icmp ugt ptr %".472", %"data_end"
  br i1 %".473", label %"exit.17", label %"cont.17"
exit.17:
  %".475" = trunc i64 %"cursor.7" to i16
  %".476" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".475", ptr %".476", align 2
  br label %"return"
cont.17:
  %"end.1" = add i64 %"cursor.7", %".471"
  %".479" = trunc i64 %"cursor.7" to i16
  %".480" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".479", ptr %".480", align 2
  br label %"return"
exit.18:
  %".486" = trunc i64 %"cursor.8" to i16
  %".487" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".486", ptr %".487", align 2
  br label %"return"
cont.18:
  %".490" = getelementptr i8, ptr %"hdr.8", i64 0
  %".491" = load i16, ptr %".490", align 2
  %".492" = call i16 @"llvm.bswap.i16"(i16 %".491")
  %".493" = zext i16 %".492" to i64
  %".494" = trunc i64 %".493" to i16
  %".495" = call i16 @"llvm.bswap.i16"(i16 %".494")
  %".496" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".495", ptr %".496", align 2
  %".498" = getelementptr i8, ptr %"hdr.8", i64 2
  %".499" = load i16, ptr %".498", align 2
  %".500" = call i16 @"llvm.bswap.i16"(i16 %".499")
  %".501" = zext i16 %".500" to i64
  %".502" = trunc i64 %".501" to i16
  %".503" = call i16 @"llvm.bswap.i16"(i16 %".502")
  %".504" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".503", ptr %".504", align 2
  %".506" = add i64 %"cursor.8", 4
  %".507" = add i64 4, 4
  %".508" = getelementptr i8, ptr %"hdr.8", i64 %".507"
  %".509" = icmp ugt ptr %".508", %"data_end"
  br i1 %".509", label %"exit.19", label %"cont.19"
exit.19:
  %".511" = trunc i64 %"cursor.8" to i16
  %".512" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".511", ptr %".512", align 2
  br label %"return"
cont.19:
  %"end.2" = add i64 %"cursor.8", %".507"
  %".515" = trunc i64 %"cursor.8" to i16
  %".516" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".515", ptr %".516", align 2
  br label %"return"
exit.20:
  %".522" = trunc i64 %"cursor.9" to i16
  %".523" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".522", ptr %".523", align 2
  br label %"return"
cont.20:
  %".526" = getelementptr i8, ptr %"hdr.9", i64 1
  %".527" = load i8, ptr %".526", align 1
  %".528" = zext i8 %".527" to i64
  %".529" = and i64 %".528", 7
  %".530" = icmp ne i64 %".529", 0
  %".531" = getelementptr i8, ptr %"hdr.9", i64 0
  %".532" = load i8, ptr %".531", align 1
  %".533" = zext i8 %".532" to i64
  %".534" = lshr i64 %".533", 6
  %".535" = and i64 %".534", 1
  %".536" = icmp ne i64 %".535", 0
  %".537" = or i1 %".530", %".536"
  br i1 %".537", label %"exit.21", label %"cont.21"
exit.21:
  %".539" = trunc i64 %"cursor.9" to i16
  %".540" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".539", ptr %".540", align 2
  br label %"return"
cont.21:
  %".543" = add i64 %"cursor.9", 4
  %".544" = zext i8 %".532" to i64
  %".545" = lshr i64 %".544", 7
  %".546" = and i64 %".545", 1
  %".547" = zext i8 %".532" to i64
  %".548" = lshr i64 %".547", 5
  %".549" = and i64 %".548", 1
  %".550" = add i64 %".546", %".549"
  %".551" = zext i8 %".532" to i64
  %".552" = lshr i64 %".551", 4
  %".553" = and i64 %".552", 1
  %".554" = add i64 %".550", %".553"
  %".555" = mul i64 %".554", 4
  %".556" = add i64 %".555", 4
  %".557" = getelementptr i8, ptr %"hdr.9", i64 %".556"
  %".558" = icmp ugt ptr %".557", %"data_end"
  br i1 %".558", label %"exit.22", label %"cont.22"
exit.22:
  %".560" = trunc i64 %"cursor.9" to i16
  %".561" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".560", ptr %".561", align 2
  br label %"return"
cont.22:
  %"end.3" = add i64 %"cursor.9", %".556"
  %".564" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".564", align 1
  %".566" = and i32 %"flags", 4
  %".567" = icmp ne i32 %".566", 0
  br i1 %".567", label %"exit.23", label %"cont.23"
exit.23:
  %".569" = trunc i64 %"end.3" to i16
  %".570" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".569", ptr %".570", align 2
  br label %"return"
cont.23:
  %".573" = getelementptr i8, ptr %"hdr.9", i64 2
  %".574" = load i16, ptr %".573", align 2
  %".575" = call i16 @"llvm.bswap.i16"(i16 %".574")
  %".576" = zext i16 %".575" to i64
  %".577" = trunc i64 %".576" to i16
  %".578" = call i16 @"llvm.bswap.i16"(i16 %".577")
  %".579" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".578", ptr %".579", align 2
  %".581" = call i16 @"llvm.bswap.i16"(i16 %".574")
  %".582" = zext i16 %".581" to i64
  switch i64 %".582", label %"unknown.7" [i64 2048, label %"to_ipv4.5" i64 34525, label %"to_ipv6.5" i64 25944, label %"to_ethernet" i64 34887, label %"to_mpls.9" i64 34888, label %"to_mpls.10"]
unknown.7:
  %".584" = trunc i64 %"end.3" to i16
  %".585" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".584", ptr %".585", align 2
  br label %"return"
to_ipv4.5:
  %".588" = getelementptr i8, ptr %"keys", i64 2
  %".589" = trunc i64 %"end.3" to i16
  store volatile i16 %".589", ptr %".588", align 2
  %".591" = load volatile i16, ptr %".588", align 2
  %".592" = zext i16 %".591" to i64
  %"cursor.36" = and i64 %".592", 16383
  br label %"ipv4_d1"
to_ipv6.5:
  %".594" = getelementptr i8, ptr %"keys", i64 2
  %".595" = trunc i64 %"end.3" to i16
  store volatile i16 %".595", ptr %".594", align 2
  %".597" = load volatile i16, ptr %".594", align 2
  %".598" = zext i16 %".597" to i64
  %"cursor.37" = and i64 %".598", 16383
  br label %"ipv6_d1"
to_ethernet:
  %".600" = getelementptr i8, ptr %"keys", i64 2
  %".601" = trunc i64 %"end.3" to i16
  store volatile i16 %".601", ptr %".600", align 2
  %".603" = load volatile i16, ptr %".600", align 2
  %".604" = zext i16 %".603" to i64
  %"cursor.39" = and i64 %".604", 16383
  br label %"ethernet_d1"
to_mpls.9:
  %".606" = getelementptr i8, ptr %"keys", i64 2
  %".607" = trunc i64 %"end.3" to i16
  store volatile i16 %".607", ptr %".606", align 2
  %".609" = load volatile i16, ptr %".606", align 2
  %".610" = zext i16 %".609" to i64
  %"cursor.40" = and i64 %".610", 16383
  br label %"mpls_mpls_labels1"
to_mpls.10:
  %".612" = getelementptr i8, ptr %"keys", i64 2
  %".613" = trunc i64 %"end.3" to i16
  store volatile i16 %".613", ptr %".612", align 2
  %".615" = load volatile i16, ptr %".612", align 2
  %".616" = zext i16 %".615" to i64
  %"cursor.41" = and i64 %".616", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1:
  %"cursor.38" = phi  i64 [%"cursor.39", %"to_ethernet"]
  %"hdr.23" = getelementptr i8, ptr %"data", i64 %"cursor.38"
  %".1505" = getelementptr i8, ptr %"hdr.23", i64 14
  %".1506" = icmp ugt ptr %".1505", %"data_end"
  br i1 %".1506", label %"exit.53", label %"cont.53"
exit.24:
  %".621" = trunc i64 %"cursor.10" to i16
  %".622" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".621", ptr %".622", align 2
  br label %"return"
cont.24:
  %".625" = getelementptr i8, ptr %"hdr.10", i64 0
  %".626" = load i16, ptr %".625", align 2
  %".627" = call i16 @"llvm.bswap.i16"(i16 %".626")
  %".628" = zext i16 %".627" to i64
  %".629" = trunc i64 %".628" to i16
  %".630" = call i16 @"llvm.bswap.i16"(i16 %".629")
  %".631" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".630", ptr %".631", align 2
  %".633" = getelementptr i8, ptr %"hdr.10", i64 2
  %".634" = load i16, ptr %".633", align 2
  %".635" = call i16 @"llvm.bswap.i16"(i16 %".634")
  %".636" = zext i16 %".635" to i64
  %".637" = trunc i64 %".636" to i16
  %".638" = call i16 @"llvm.bswap.i16"(i16 %".637")
  %".639" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".638", ptr %".639", align 2
  %".641" = add i64 %"cursor.10", 4
  %".642" = trunc i64 %"cursor.10" to i16
  %".643" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".642", ptr %".643", align 2
  br label %"return"
exit.25:
  %".649" = trunc i64 %"cursor.11" to i16
  %".650" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".649", ptr %".650", align 2
  br label %"return"
cont.25:
  %".653" = getelementptr i8, ptr %"hdr.11", i64 0
  %".654" = load i16, ptr %".653", align 2
  %".655" = call i16 @"llvm.bswap.i16"(i16 %".654")
  %".656" = zext i16 %".655" to i64
  %".657" = trunc i64 %".656" to i16
  %".658" = call i16 @"llvm.bswap.i16"(i16 %".657")
  %".659" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".658", ptr %".659", align 2
  %".661" = getelementptr i8, ptr %"hdr.11", i64 2
  %".662" = load i16, ptr %".661", align 2
  %".663" = call i16 @"llvm.bswap.i16"(i16 %".662")
  %".664" = zext i16 %".663" to i64
  %".665" = trunc i64 %".664" to i16
  %".666" = call i16 @"llvm.bswap.i16"(i16 %".665")
  %".667" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".666", ptr %".667", align 2
  %".669" = add i64 %"cursor.11", 4
  %".670" = trunc i64 %"cursor.11" to i16
  %".671" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".670", ptr %".671", align 2
  br label %"return"
exit.26:
  %".677" = trunc i64 %"cursor.12" to i16
  %".678" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".677", ptr %".678", align 2
  br label %"return"
cont.26:
  %".681" = getelementptr i8, ptr %"hdr.12", i64 0
  %".682" = load i32, ptr %".681", align 4
  %".683" = call i32 @"llvm.bswap.i32"(i32 %".682")
  %".684" = zext i32 %".683" to i64
  %".685" = lshr i64 %".684", 16
  %".686" = trunc i64 %".685" to i16
  %".687" = call i16 @"llvm.bswap.i16"(i16 %".686")
  %".688" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".687", ptr %".688", align 2
  %".690" = call i32 @"llvm.bswap.i32"(i32 %".682")
  %".691" = zext i32 %".690" to i64
  %".692" = and i64 %".691", 65535
  %".693" = trunc i64 %".692" to i16
  %".694" = call i16 @"llvm.bswap.i16"(i16 %".693")
  %".695" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".694", ptr %".695", align 2
  %".697" = add i64 %"cursor.12", 4
  %".698" = trunc i64 %"cursor.12" to i16
  %".699" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".698", ptr %".699", align 2
  br label %"return"
exit.27:
  %".705" = trunc i64 %"cursor.13" to i16
  %".706" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".705", ptr %".706", align 2
  br label %"return"
cont.27:
  %".709" = getelementptr i8, ptr %"hdr.13", i64 4
  %".710" = load i32, ptr %".709", align 4
  %".711" = call i32 @"llvm.bswap.i32"(i32 %".710")
  %".712" = zext i32 %".711" to i64
  %".713" = lshr i64 %".712", 16
  %".714" = trunc i64 %".713" to i16
  %".715" = call i16 @"llvm.bswap.i16"(i16 %".714")
  %".716" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".715", ptr %".716", align 2
  %".718" = call i32 @"llvm.bswap.i32"(i32 %".710")
  %".719" = zext i32 %".718" to i64
  %".720" = and i64 %".719", 65535
  %".721" = trunc i64 %".720" to i16
  %".722" = call i16 @"llvm.bswap.i16"(i16 %".721")
  %".723" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".722", ptr %".723", align 2
  %".725" = add i64 %"cursor.13", 8
  %".726" = trunc i64 %"cursor.13" to i16
  %".727" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".726", ptr %".727", align 2
  br label %"return"
exit.28:
  %".733" = trunc i64 %"cursor.14" to i16
  %".734" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".733", ptr %".734", align 2
  br label %"return"
cont.28:
  %".737" = add i64 %"cursor.14", 4
  %".738" = trunc i64 %"cursor.14" to i16
  %".739" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".738", ptr %".739", align 2
  br label %"return"
exit.29:
  %".745" = trunc i64 %"cursor.16" to i16
  %".746" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".745", ptr %".746", align 2
  br label %"return"
cont.29:
  %".749" = getelementptr i8, ptr %"hdr.15", i64 0
  %".750" = load i8, ptr %".749", align 1
  %".751" = zext i8 %".750" to i64
  %".752" = and i64 %".751", 15
  %".753" = icmp uge i64 %".752", 5
  %".754" = xor i1 %".753", -1
  br i1 %".754", label %"exit.30", label %"cont.30"
exit.30:
  %".756" = trunc i64 %"cursor.16" to i16
  %".757" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".756", ptr %".757", align 2
  br label %"return"
cont.30:
  %".760" = trunc i64 2048 to i16
  %".761" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".760", ptr %".761", align 2
  %".763" = trunc i64 2048 to i16
  %".764" = call i16 @"llvm.bswap.i16"(i16 %".763")
  %".765" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".764", ptr %".765", align 2
  %".767" = getelementptr i8, ptr %"hdr.15", i64 12
  %".768" = load i32, ptr %".767", align 4
  %".769" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".768", ptr %".769", align 4
  %".771" = getelementptr i8, ptr %"hdr.15", i64 16
  %".772" = load i32, ptr %".771", align 4
  %".773" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".772", ptr %".773", align 4
  %".775" = getelementptr i8, ptr %"hdr.15", i64 9
  %".776" = load i8, ptr %".775", align 1
  %".777" = zext i8 %".776" to i64
  %".778" = trunc i64 %".777" to i8
  %".779" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".778", ptr %".779", align 1
  %".781" = add i64 %"cursor.16", 20
  %".782" = zext i8 %".750" to i64
  %".783" = and i64 %".782", 15
  %".784" = mul i64 %".783", 4
  %".785" = sub i64 %".784", 20
  %".786" = add i64 %".785", 20
  %".787" = getelementptr i8, ptr %"hdr.15", i64 %".786"
  %".788" = icmp ugt ptr %".787", %"data_end"
  br i1 %".788", label %"exit.31", label %"cont.31"
exit.31:
  %".790" = trunc i64 %"cursor.16" to i16
  %".791" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".790", ptr %".791", align 2
  br label %"return"
cont.31:
  %"end.4" = add i64 %"cursor.16", %".786"
  %".794" = getelementptr i8, ptr %"hdr.15", i64 6
  %".795" = load i16, ptr %".794", align 2
  %".796" = call i16 @"llvm.bswap.i16"(i16 %".795")
  %".797" = zext i16 %".796" to i64
  %".798" = and i64 %".797", 16383
  %".799" = icmp ne i64 %".798", 0
  %".800" = call i16 @"llvm.bswap.i16"(i16 %".795")
  %".801" = zext i16 %".800" to i64
  %".802" = and i64 %".801", 8191
  %".803" = icmp eq i64 %".802", 0
  br i1 %".799", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".805" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".805", align 1
  br i1 %".803", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".823" = zext i8 %".776" to i64
  switch i64 %".823", label %"unknown.8" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 132, label %"to_sctp.2" i64 33, label %"to_dccp.2" i64 50, label %"to_esp.2" i64 51, label %"to_ah.2" i64 1, label %"to_icmp.1" i64 137, label %"to_mpls.11" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
first_fragment.1:
  %".812" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".812", align 1
  %".814" = and i32 %"flags", 1
  %".815" = icmp ne i32 %".814", 0
  %".816" = xor i1 %".815", -1
  br i1 %".816", label %"exit.32", label %"cont.32"
later_fragment.1:
  %".808" = trunc i64 %"end.4" to i16
  %".809" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".808", ptr %".809", align 2
  br label %"return"
exit.32:
  %".818" = trunc i64 %"end.4" to i16
  %".819" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".818", ptr %".819", align 2
  br label %"return"
cont.32:
  br label %"not_fragment.1"
unknown.8:
  %".825" = trunc i64 %"end.4" to i16
  %".826" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".825", ptr %".826", align 2
  br label %"return"
to_tcp.2:
  %".829" = getelementptr i8, ptr %"keys", i64 2
  %".830" = trunc i64 %"end.4" to i16
  store volatile i16 %".830", ptr %".829", align 2
  %".832" = load volatile i16, ptr %".829", align 2
  %".833" = zext i16 %".832" to i64
  %"cursor.42" = and i64 %".833", 16383
  br label %"tcp"
to_udp.2:
  %".835" = getelementptr i8, ptr %"keys", i64 2
  %".836" = trunc i64 %"end.4" to i16
  store volatile i16 %".836", ptr %".835", align 2
  %".838" = load volatile i16, ptr %".835", align 2
  %".839" = zext i16 %".838" to i64
  %"cursor.43" = and i64 %".839", 16383
  br label %"udp"
to_udplite.2:
  %".841" = getelementptr i8, ptr %"keys", i64 2
  %".842" = trunc i64 %"end.4" to i16
  store volatile i16 %".842", ptr %".841", align 2
  %".844" = load volatile i16, ptr %".841", align 2
  %".845" = zext i16 %".844" to i64
  %"cursor.44" = and i64 %".845", 16383
  br label %"udplite"
to_gre.2:
  %".847" = getelementptr i8, ptr %"keys", i64 2
  %".848" = trunc i64 %"end.4" to i16
  store volatile i16 %".848", ptr %".847", align 2
  %".850" = load volatile i16, ptr %".847", align 2
  %".851" = zext i16 %".850" to i64
  %"cursor.46" = and i64 %".851", 16383
  br label %"gre_d1"
to_sctp.2:
  %".853" = getelementptr i8, ptr %"keys", i64 2
  %".854" = trunc i64 %"end.4" to i16
  store volatile i16 %".854", ptr %".853", align 2
  %".856" = load volatile i16, ptr %".853", align 2
  %".857" = zext i16 %".856" to i64
  %"cursor.47" = and i64 %".857", 16383
  br label %"sctp"
to_dccp.2:
  %".859" = getelementptr i8, ptr %"keys", i64 2
  %".860" = trunc i64 %"end.4" to i16
  store volatile i16 %".860", ptr %".859", align 2
  %".862" = load volatile i16, ptr %".859", align 2
  %".863" = zext i16 %".862" to i64
  %"cursor.48" = and i64 %".863", 16383
  br label %"dccp"
to_esp.2:
  %".865" = getelementptr i8, ptr %"keys", i64 2
  %".866" = trunc i64 %"end.4" to i16
  store volatile i16 %".866", ptr %".865", align 2
  %".868" = load volatile i16, ptr %".865", align 2
  %".869" = zext i16 %".868" to i64
  %"cursor.49" = and i64 %".869", 16383
  br label %"esp"
to_ah.2:
  %".871" = getelementptr i8, ptr %"keys", i64 2
  %".872" = trunc i64 %"end.4" to i16
  store volatile i16 %".872", ptr %".871", align 2
  %".874" = load volatile i16, ptr %".871", align 2
  %".875" = zext i16 %".874" to i64
  %"cursor.50" = and i64 %".875", 16383
  br label %"ah"
to_icmp.1:
  br label %"icmp"
to_mpls.11:
  %".878" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".878", align 2
  %".880" = getelementptr i8, ptr %"keys", i64 2
  %".881" = trunc i64 %"end.4" to i16
  store volatile i16 %".881", ptr %".880", align 2
  %".883" = load volatile i16, ptr %".880", align 2
  %".884" = zext i16 %".883" to i64
  %"cursor.51" = and i64 %".884", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.6:
  %".886" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".886", align 1
  %".888" = and i32 %"flags", 4
  %".889" = icmp ne i32 %".888", 0
  br i1 %".889", label %"exit.33", label %"cont.33"
to_ipv6.6:
  %".899" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".899", align 1
  %".901" = and i32 %"flags", 4
  %".902" = icmp ne i32 %".901", 0
  br i1 %".902", label %"exit.34", label %"cont.34"
gre_d1:
  %"cursor.45" = phi  i64 [%"cursor.46", %"to_gre.2"], [%"cursor.61", %"to_gre.3"], [%"cursor.121", %"to_gre.6"], [%"cursor.135", %"to_gre.7"], [%"cursor.194", %"to_gre.10"], [%"cursor.208", %"to_gre.11"], [%"cursor.247", %"to_gre.14"], [%"cursor.257", %"to_gre.15"]
  %"hdr.24" = getelementptr i8, ptr %"data", i64 %"cursor.45"
  %".1570" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1571" = icmp ugt ptr %".1570", %"data_end"
  br i1 %".1571", label %"exit.54", label %"cont.54"
exit.33:
  %".891" = trunc i64 %"end.4" to i16
  %".892" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".891", ptr %".892", align 2
  br label %"return"
cont.33:
  %".895" = trunc i64 %"end.4" to i16
  %".896" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".895", ptr %".896", align 2
  br label %"return"
exit.34:
  %".904" = trunc i64 %"end.4" to i16
  %".905" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".904", ptr %".905", align 2
  br label %"return"
cont.34:
  %".908" = trunc i64 %"end.4" to i16
  %".909" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".908", ptr %".909", align 2
  br label %"return"
exit.35:
  %".915" = trunc i64 %"cursor.18" to i16
  %".916" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".915", ptr %".916", align 2
  br label %"return"
cont.35:
  %".919" = trunc i64 34525 to i16
  %".920" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".919", ptr %".920", align 2
  %".922" = trunc i64 34525 to i16
  %".923" = call i16 @"llvm.bswap.i16"(i16 %".922")
  %".924" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".923", ptr %".924", align 2
  %".926" = getelementptr i8, ptr %"hdr.16", i64 8
  %".927" = load i64, ptr %".926", align 8
  %".928" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".927", ptr %".928", align 8
  %".930" = getelementptr i8, ptr %"hdr.16", i64 16
  %".931" = load i64, ptr %".930", align 8
  %".932" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".931", ptr %".932", align 8
  %".934" = getelementptr i8, ptr %"hdr.16", i64 24
  %".935" = load i64, ptr %".934", align 8
  %".936" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".935", ptr %".936", align 8
  %".938" = getelementptr i8, ptr %"hdr.16", i64 32
  %".939" = load i64, ptr %".938", align 8
  %".940" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".939", ptr %".940", align 8
  %".942" = getelementptr i8, ptr %"hdr.16", i64 6
  %".943" = load i8, ptr %".942", align 1
  %".944" = zext i8 %".943" to i64
  %".945" = trunc i64 %".944" to i8
  %".946" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".945", ptr %".946", align 1
  %".948" = getelementptr i8, ptr %"hdr.16", i64 0
  %".949" = load i32, ptr %".948", align 4
  %".950" = call i32 @"llvm.bswap.i32"(i32 %".949")
  %".951" = zext i32 %".950" to i64
  %".952" = and i64 %".951", 1048575
  %".953" = trunc i64 %".952" to i32
  %".954" = call i32 @"llvm.bswap.i32"(i32 %".953")
  %".955" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".954", ptr %".955", align 4
  %".957" = add i64 %"cursor.18", 40
  %".958" = call i32 @"llvm.bswap.i32"(i32 %".949")
  %".959" = zext i32 %".958" to i64
  %".960" = and i64 %".959", 1048575
  %".961" = icmp ne i64 %".960", 0
  %".962" = and i32 %"flags", 2
  %".963" = icmp ne i32 %".962", 0
  %".964" = and i1 %".961", %".963"
  br i1 %".964", label %"exit.36", label %"cont.36"
exit.36:
  %".966" = trunc i64 %".957" to i16
  %".967" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".966", ptr %".967", align 2
  br label %"return"
cont.36:
  %".970" = zext i8 %".943" to i64
  switch i64 %".970", label %"unknown.9" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 132, label %"to_sctp.3" i64 33, label %"to_dccp.3" i64 50, label %"to_esp.3" i64 51, label %"to_ah.3" i64 58, label %"to_icmpv6.1" i64 137, label %"to_mpls.12" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.9:
  %".972" = trunc i64 %".957" to i16
  %".973" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".972", ptr %".973", align 2
  br label %"return"
to_ipv6_opts.3:
  %".976" = getelementptr i8, ptr %"keys", i64 2
  %".977" = trunc i64 %".957" to i16
  store volatile i16 %".977", ptr %".976", align 2
  %".979" = load volatile i16, ptr %".976", align 2
  %".980" = zext i16 %".979" to i64
  %"cursor.53" = and i64 %".980", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  %".982" = getelementptr i8, ptr %"keys", i64 2
  %".983" = trunc i64 %".957" to i16
  store volatile i16 %".983", ptr %".982", align 2
  %".985" = load volatile i16, ptr %".982", align 2
  %".986" = zext i16 %".985" to i64
  %"cursor.54" = and i64 %".986", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  %".988" = getelementptr i8, ptr %"keys", i64 2
  %".989" = trunc i64 %".957" to i16
  store volatile i16 %".989", ptr %".988", align 2
  %".991" = load volatile i16, ptr %".988", align 2
  %".992" = zext i16 %".991" to i64
  %"cursor.55" = and i64 %".992", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  %".994" = getelementptr i8, ptr %"keys", i64 2
  %".995" = trunc i64 %".957" to i16
  store volatile i16 %".995", ptr %".994", align 2
  %".997" = load volatile i16, ptr %".994", align 2
  %".998" = zext i16 %".997" to i64
  %"cursor.57" = and i64 %".998", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  %".1000" = getelementptr i8, ptr %"keys", i64 2
  %".1001" = trunc i64 %".957" to i16
  store volatile i16 %".1001", ptr %".1000", align 2
  %".1003" = load volatile i16, ptr %".1000", align 2
  %".1004" = zext i16 %".1003" to i64
  %"cursor.58" = and i64 %".1004", 16383
  br label %"tcp"
to_udp.3:
  %".1006" = getelementptr i8, ptr %"keys", i64 2
  %".1007" = trunc i64 %".957" to i16
  store volatile i16 %".1007", ptr %".1006", align 2
  %".1009" = load volatile i16, ptr %".1006", align 2
  %".1010" = zext i16 %".1009" to i64
  %"cursor.59" = and i64 %".1010", 16383
  br label %"udp"
to_udplite.3:
  %".1012" = getelementptr i8, ptr %"keys", i64 2
  %".1013" = trunc i64 %".957" to i16
  store volatile i16 %".1013", ptr %".1012", align 2
  %".1015" = load volatile i16, ptr %".1012", align 2
  %".1016" = zext i16 %".1015" to i64
  %"cursor.60" = and i64 %".1016", 16383
  br label %"udplite"
to_gre.3:
  %".1018" = getelementptr i8, ptr %"keys", i64 2
  %".1019" = trunc i64 %".957" to i16
  store volatile i16 %".1019", ptr %".1018", align 2
  %".1021" = load volatile i16, ptr %".1018", align 2
  %".1022" = zext i16 %".1021" to i64
  %"cursor.61" = and i64 %".1022", 16383
  br label %"gre_d1"
to_sctp.3:
  %".1024" = getelementptr i8, ptr %"keys", i64 2
  %".1025" = trunc i64 %".957" to i16
  store volatile i16 %".1025", ptr %".1024", align 2
  %".1027" = load volatile i16, ptr %".1024", align 2
  %".1028" = zext i16 %".1027" to i64
  %"cursor.62" = and i64 %".1028", 16383
  br label %"sctp"
to_dccp.3:
  %".1030" = getelementptr i8, ptr %"keys", i64 2
  %".1031" = trunc i64 %".957" to i16
  store volatile i16 %".1031", ptr %".1030", align 2
  %".1033" = load volatile i16, ptr %".1030", align 2
  %".1034" = zext i16 %".1033" to i64
  %"cursor.63" = and i64 %".1034", 16383
  br label %"dccp"
to_esp.3:
  %".1036" = getelementptr i8, ptr %"keys", i64 2
  %".1037" = trunc i64 %".957" to i16
  store volatile i16 %".1037", ptr %".1036", align 2
  %".1039" = load volatile i16, ptr %".1036", align 2
  %".1040" = zext i16 %".1039" to i64
  %"cursor.64" = and i64 %".1040", 16383
  br label %"esp"
to_ah.3:
  %".1042" = getelementptr i8, ptr %"keys", i64 2
  %".1043" = trunc i64 %".957" to i16
  store volatile i16 %".1043", ptr %".1042", align 2
  %".1045" = load volatile i16, ptr %".1042", align 2
  %".1046" = zext i16 %".1045" to i64
  %"cursor.65" = and i64 %".1046", 16383
  br label %"ah"
to_icmpv6.1:
  br label %"icmpv6"
to_mpls.12:
  %".1049" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1049", align 2
  %".1051" = getelementptr i8, ptr %"keys", i64 2
  %".1052" = trunc i64 %".957" to i16
  store volatile i16 %".1052", ptr %".1051", align 2
  %".1054" = load volatile i16, ptr %".1051", align 2
  %".1055" = zext i16 %".1054" to i64
  %"cursor.66" = and i64 %".1055", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.7:
  %".1057" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1057", align 1
  %".1059" = and i32 %"flags", 4
  %".1060" = icmp ne i32 %".1059", 0
  br i1 %".1060", label %"exit.37", label %"cont.37"
to_ipv6.7:
  %".1070" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1070", align 1
  %".1072" = and i32 %"flags", 4
  %".1073" = icmp ne i32 %".1072", 0
  br i1 %".1073", label %"exit.38", label %"cont.38"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.52" = phi  i64 [%"cursor.53", %"to_ipv6_opts.3"], [%"cursor.54", %"to_ipv6_opts.4"], [%"cursor.55", %"to_ipv6_opts.5"]
  %"hdr.25" = getelementptr i8, ptr %"data", i64 %"cursor.52"
  %".1659" = getelementptr i8, ptr %"hdr.25", i64 2
  %".1660" = icmp ugt ptr %".1659", %"data_end"
  br i1 %".1660", label %"exit.58", label %"cont.58"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.56" = phi  i64 [%"cursor.57", %"to_ipv6_frag.1"]
  %"hdr.26" = getelementptr i8, ptr %"data", i64 %"cursor.56"
  %".1804" = getelementptr i8, ptr %"hdr.26", i64 8
  %".1805" = icmp ugt ptr %".1804", %"data_end"
  br i1 %".1805", label %"exit.62", label %"cont.62"
exit.37:
  %".1062" = trunc i64 %".957" to i16
  %".1063" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1062", ptr %".1063", align 2
  br label %"return"
cont.37:
  %".1066" = trunc i64 %".957" to i16
  %".1067" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1066", ptr %".1067", align 2
  br label %"return"
exit.38:
  %".1075" = trunc i64 %".957" to i16
  %".1076" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1075", ptr %".1076", align 2
  br label %"return"
cont.38:
  %".1079" = trunc i64 %".957" to i16
  %".1080" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1079", ptr %".1080", align 2
  br label %"return"
exit.39:
  %".1086" = trunc i64 %"cursor.20" to i16
  %".1087" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1086", ptr %".1087", align 2
  br label %"return"
cont.39:
  %".1090" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1091" = load i8, ptr %".1090", align 1
  %".1092" = zext i8 %".1091" to i64
  %".1093" = trunc i64 %".1092" to i8
  %".1094" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1093", ptr %".1094", align 1
  %".1096" = add i64 %"cursor.20", 2
  %".1097" = getelementptr i8, ptr %"hdr.17", i64 1
  %".1098" = load i8, ptr %".1097", align 1
  %".1099" = zext i8 %".1098" to i64
  %".1100" = mul i64 %".1099", 8
  %".1101" = add i64 %".1100", 6
  %".1102" = add i64 %".1101", 2
  %".1103" = getelementptr i8, ptr %"hdr.17", i64 %".1102"
  %".1104" = icmp ugt ptr %".1103", %"data_end"
  br i1 %".1104", label %"exit.40", label %"cont.40"
exit.40:
  %".1106" = trunc i64 %"cursor.20" to i16
  %".1107" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1106", ptr %".1107", align 2
  br label %"return"
cont.40:
  %"end.5" = add i64 %"cursor.20", %".1102"
  %".1110" = zext i8 %".1091" to i64
  switch i64 %".1110", label %"unknown.10" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 132, label %"to_sctp.4" i64 33, label %"to_dccp.4" i64 50, label %"to_esp.4" i64 51, label %"to_ah.4" i64 58, label %"to_icmpv6.2" i64 137, label %"to_mpls.13" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
unknown.10:
  %".1112" = trunc i64 %"end.5" to i16
  %".1113" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1112", ptr %".1113", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  %".1118" = getelementptr i8, ptr %"keys", i64 2
  %".1119" = trunc i64 %"end.5" to i16
  store volatile i16 %".1119", ptr %".1118", align 2
  %".1121" = load volatile i16, ptr %".1118", align 2
  %".1122" = zext i16 %".1121" to i64
  %"cursor.68" = and i64 %".1122", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  %".1125" = getelementptr i8, ptr %"keys", i64 2
  %".1126" = trunc i64 %"end.5" to i16
  store volatile i16 %".1126", ptr %".1125", align 2
  %".1128" = load volatile i16, ptr %".1125", align 2
  %".1129" = zext i16 %".1128" to i64
  %"cursor.70" = and i64 %".1129", 16383
  br label %"tcp"
to_udp.4:
  %".1131" = getelementptr i8, ptr %"keys", i64 2
  %".1132" = trunc i64 %"end.5" to i16
  store volatile i16 %".1132", ptr %".1131", align 2
  %".1134" = load volatile i16, ptr %".1131", align 2
  %".1135" = zext i16 %".1134" to i64
  %"cursor.71" = and i64 %".1135", 16383
  br label %"udp"
to_udplite.4:
  %".1137" = getelementptr i8, ptr %"keys", i64 2
  %".1138" = trunc i64 %"end.5" to i16
  store volatile i16 %".1138", ptr %".1137", align 2
  %".1140" = load volatile i16, ptr %".1137", align 2
  %".1141" = zext i16 %".1140" to i64
  %"cursor.72" = and i64 %".1141", 16383
  br label %"udplite"
to_gre.4:
  %".1143" = getelementptr i8, ptr %"keys", i64 2
  %".1144" = trunc i64 %"end.5" to i16
  store volatile i16 %".1144", ptr %".1143", align 2
  %".1146" = load volatile i16, ptr %".1143", align 2
  %".1147" = zext i16 %".1146" to i64
  %"cursor.73" = and i64 %".1147", 16383
  br label %"gre_d0"
to_sctp.4:
  %".1149" = getelementptr i8, ptr %"keys", i64 2
  %".1150" = trunc i64 %"end.5" to i16
  store volatile i16 %".1150", ptr %".1149", align 2
  %".1152" = load volatile i16, ptr %".1149", align 2
  %".1153" = zext i16 %".1152" to i64
  %"cursor.74" = and i64 %".1153", 16383
  br label %"sctp"
to_dccp.4:
  %".1155" = getelementptr i8, ptr %"keys", i64 2
  %".1156" = trunc i64 %"end.5" to i16
  store volatile i16 %".1156", ptr %".1155", align 2
  %".1158" = load volatile i16, ptr %".1155", align 2
  %".1159" = zext i16 %".1158" to i64
  %"cursor.75" = and i64 %".1159", 16383
  br label %"dccp"
to_esp.4:
  %".1161" = getelementptr i8, ptr %"keys", i64 2
  %".1162" = trunc i64 %"end.5" to i16
  store volatile i16 %".1162", ptr %".1161", align 2
  %".1164" = load volatile i16, ptr %".1161", align 2
  %".1165" = zext i16 %".1164" to i64
  %"cursor.76" = and i64 %".1165", 16383
  br label %"esp"
to_ah.4:
  %".1167" = getelementptr i8, ptr %"keys", i64 2
  %".1168" = trunc i64 %"end.5" to i16
  store volatile i16 %".1168", ptr %".1167", align 2
  %".1170" = load volatile i16, ptr %".1167", align 2
  %".1171" = zext i16 %".1170" to i64
  %"cursor.77" = and i64 %".1171", 16383
  br label %"ah"
to_icmpv6.2:
  %".1173" = getelementptr i8, ptr %"keys", i64 2
  %".1174" = trunc i64 %"end.5" to i16
  store volatile i16 %".1174", ptr %".1173", align 2
  %".1176" = load volatile i16, ptr %".1173", align 2
  %".1177" = zext i16 %".1176" to i64
  %"cursor.78" = and i64 %".1177", 16383
  br label %"icmpv6"
to_mpls.13:
  %".1179" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1179", align 2
  %".1181" = getelementptr i8, ptr %"keys", i64 2
  %".1182" = trunc i64 %"end.5" to i16
  store volatile i16 %".1182", ptr %".1181", align 2
  %".1184" = load volatile i16, ptr %".1181", align 2
  %".1185" = zext i16 %".1184" to i64
  %"cursor.79" = and i64 %".1185", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.8:
  %".1187" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1187", align 1
  %".1189" = and i32 %"flags", 4
  %".1190" = icmp ne i32 %".1189", 0
  br i1 %".1190", label %"exit.41", label %"cont.41"
to_ipv6.8:
  %".1202" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1202", align 1
  %".1204" = and i32 %"flags", 4
  %".1205" = icmp ne i32 %".1204", 0
  br i1 %".1205", label %"exit.42", label %"cont.42"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.67" = phi  i64 [%"end.5", %"to_ipv6_opts.6"], [%"end.5", %"to_ipv6_opts.7"], [%"cursor.68", %"to_ipv6_opts.8"], [%"cursor.82", %"to_ipv6_opts.9"], [%"cursor.83", %"to_ipv6_opts.10"], [%"cursor.84", %"to_ipv6_opts.11"]
  %"hdr.27" = getelementptr i8, ptr %"data", i64 %"cursor.67"
  %".1962" = getelementptr i8, ptr %"hdr.27", i64 2
  %".1963" = icmp ugt ptr %".1962", %"data_end"
  br i1 %".1963", label %"exit.66", label %"cont.66"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.69" = phi  i64 [%"end.5", %"to_ipv6_frag.2"], [%".1230", %"to_ipv6_frag.3"]
  %"hdr.28" = getelementptr i8, ptr %"data", i64 %"cursor.69"
  %".2096" = getelementptr i8, ptr %"hdr.28", i64 8
  %".2097" = icmp ugt ptr %".2096", %"data_end"
  br i1 %".2097", label %"exit.70", label %"cont.70"
exit.41:
  %".1192" = trunc i64 %"end.5" to i16
  %".1193" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1192", ptr %".1193", align 2
  br label %"return"
cont.41:
  %".1196" = getelementptr i8, ptr %"keys", i64 2
  %".1197" = trunc i64 %"end.5" to i16
  store volatile i16 %".1197", ptr %".1196", align 2
  %".1199" = load volatile i16, ptr %".1196", align 2
  %".1200" = zext i16 %".1199" to i64
  %"cursor.80" = and i64 %".1200", 16383
  br label %"ipv4_d1"
exit.42:
  %".1207" = trunc i64 %"end.5" to i16
  %".1208" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1207", ptr %".1208", align 2
  br label %"return"
cont.42:
  %".1211" = getelementptr i8, ptr %"keys", i64 2
  %".1212" = trunc i64 %"end.5" to i16
  store volatile i16 %".1212", ptr %".1211", align 2
  %".1214" = load volatile i16, ptr %".1211", align 2
  %".1215" = zext i16 %".1214" to i64
  %"cursor.81" = and i64 %".1215", 16383
  br label %"ipv6_d1"
exit.43:
  %".1220" = trunc i64 %"cursor.22" to i16
  %".1221" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1220", ptr %".1221", align 2
  br label %"return"
cont.43:
  %".1224" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1225" = load i8, ptr %".1224", align 1
  %".1226" = zext i8 %".1225" to i64
  %".1227" = trunc i64 %".1226" to i8
  %".1228" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1227", ptr %".1228", align 1
  %".1230" = add i64 %"cursor.22", 8
  %".1231" = icmp ne i64 1, 0
  %".1232" = getelementptr i8, ptr %"hdr.18", i64 2
  %".1233" = load i16, ptr %".1232", align 2
  %".1234" = call i16 @"llvm.bswap.i16"(i16 %".1233")
  %".1235" = zext i16 %".1234" to i64
  %".1236" = and i64 %".1235", 65528
  %".1237" = icmp eq i64 %".1236", 0
  br i1 %".1231", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".1239" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1239", align 1
  br i1 %".1237", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".1257" = zext i8 %".1225" to i64
  switch i64 %".1257", label %"unknown.11" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 132, label %"to_sctp.5" i64 33, label %"to_dccp.5" i64 50, label %"to_esp.5" i64 51, label %"to_ah.5" i64 58, label %"to_icmpv6.3" i64 137, label %"to_mpls.14" i64 4, label %"to_ipv4.9" i64 41, label %"to_ipv6.9"]
first_fragment.2:
  %".1246" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1246", align 1
  %".1248" = and i32 %"flags", 1
  %".1249" = icmp ne i32 %".1248", 0
  %".1250" = xor i1 %".1249", -1
  br i1 %".1250", label %"exit.44", label %"cont.44"
later_fragment.2:
  %".1242" = trunc i64 %".1230" to i16
  %".1243" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1242", ptr %".1243", align 2
  br label %"return"
exit.44:
  %".1252" = trunc i64 %".1230" to i16
  %".1253" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1252", ptr %".1253", align 2
  br label %"return"
cont.44:
  br label %"not_fragment.2"
unknown.11:
  %".1259" = trunc i64 %".1230" to i16
  %".1260" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1259", ptr %".1260", align 2
  br label %"return"
to_ipv6_opts.9:
  %".1263" = getelementptr i8, ptr %"keys", i64 2
  %".1264" = trunc i64 %".1230" to i16
  store volatile i16 %".1264", ptr %".1263", align 2
  %".1266" = load volatile i16, ptr %".1263", align 2
  %".1267" = zext i16 %".1266" to i64
  %"cursor.82" = and i64 %".1267", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  %".1269" = getelementptr i8, ptr %"keys", i64 2
  %".1270" = trunc i64 %".1230" to i16
  store volatile i16 %".1270", ptr %".1269", align 2
  %".1272" = load volatile i16, ptr %".1269", align 2
  %".1273" = zext i16 %".1272" to i64
  %"cursor.83" = and i64 %".1273", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  %".1275" = getelementptr i8, ptr %"keys", i64 2
  %".1276" = trunc i64 %".1230" to i16
  store volatile i16 %".1276", ptr %".1275", align 2
  %".1278" = load volatile i16, ptr %".1275", align 2
  %".1279" = zext i16 %".1278" to i64
  %"cursor.84" = and i64 %".1279", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  %".1282" = getelementptr i8, ptr %"keys", i64 2
  %".1283" = trunc i64 %".1230" to i16
  store volatile i16 %".1283", ptr %".1282", align 2
  %".1285" = load volatile i16, ptr %".1282", align 2
  %".1286" = zext i16 %".1285" to i64
  %"cursor.85" = and i64 %".1286", 16383
  br label %"tcp"
to_udp.5:
  %".1288" = getelementptr i8, ptr %"keys", i64 2
  %".1289" = trunc i64 %".1230" to i16
  store volatile i16 %".1289", ptr %".1288", align 2
  %".1291" = load volatile i16, ptr %".1288", align 2
  %".1292" = zext i16 %".1291" to i64
  %"cursor.86" = and i64 %".1292", 16383
  br label %"udp"
to_udplite.5:
  %".1294" = getelementptr i8, ptr %"keys", i64 2
  %".1295" = trunc i64 %".1230" to i16
  store volatile i16 %".1295", ptr %".1294", align 2
  %".1297" = load volatile i16, ptr %".1294", align 2
  %".1298" = zext i16 %".1297" to i64
  %"cursor.87" = and i64 %".1298", 16383
  br label %"udplite"
to_gre.5:
  %".1300" = getelementptr i8, ptr %"keys", i64 2
  %".1301" = trunc i64 %".1230" to i16
  store volatile i16 %".1301", ptr %".1300", align 2
  %".1303" = load volatile i16, ptr %".1300", align 2
  %".1304" = zext i16 %".1303" to i64
  %"cursor.88" = and i64 %".1304", 16383
  br label %"gre_d0"
to_sctp.5:
  %".1306" = getelementptr i8, ptr %"keys", i64 2
  %".1307" = trunc i64 %".1230" to i16
  store volatile i16 %".1307", ptr %".1306", align 2
  %".1309" = load volatile i16, ptr %".1306", align 2
  %".1310" = zext i16 %".1309" to i64
  %"cursor.89" = and i64 %".1310", 16383
  br label %"sctp"
to_dccp.5:
  %".1312" = getelementptr i8, ptr %"keys", i64 2
  %".1313" = trunc i64 %".1230" to i16
  store volatile i16 %".1313", ptr %".1312", align 2
  %".1315" = load volatile i16, ptr %".1312", align 2
  %".1316" = zext i16 %".1315" to i64
  %"cursor.90" = and i64 %".1316", 16383
  br label %"dccp"
to_esp.5:
  %".1318" = getelementptr i8, ptr %"keys", i64 2
  %".1319" = trunc i64 %".1230" to i16
  store volatile i16 %".1319", ptr %".1318", align 2
  %".1321" = load volatile i16, ptr %".1318", align 2
  %".1322" = zext i16 %".1321" to i64
  %"cursor.91" = and i64 %".1322", 16383
  br label %"esp"
to_ah.5:
  %".1324" = getelementptr i8, ptr %"keys", i64 2
  %".1325" = trunc i64 %".1230" to i16
  store volatile i16 %".1325", ptr %".1324", align 2
  %".1327" = load volatile i16, ptr %".1324", align 2
  %".1328" = zext i16 %".1327" to i64
  %"cursor.92" = and i64 %".1328", 16383
  br label %"ah"
to_icmpv6.3:
  %".1330" = getelementptr i8, ptr %"keys", i64 2
  %".1331" = trunc i64 %".1230" to i16
  store volatile i16 %".1331", ptr %".1330", align 2
  %".1333" = load volatile i16, ptr %".1330", align 2
  %".1334" = zext i16 %".1333" to i64
  %"cursor.93" = and i64 %".1334", 16383
  br label %"icmpv6"
to_mpls.14:
  %".1336" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1336", align 2
  %".1338" = getelementptr i8, ptr %"keys", i64 2
  %".1339" = trunc i64 %".1230" to i16
  store volatile i16 %".1339", ptr %".1338", align 2
  %".1341" = load volatile i16, ptr %".1338", align 2
  %".1342" = zext i16 %".1341" to i64
  %"cursor.94" = and i64 %".1342", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.9:
  %".1344" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1344", align 1
  %".1346" = and i32 %"flags", 4
  %".1347" = icmp ne i32 %".1346", 0
  br i1 %".1347", label %"exit.45", label %"cont.45"
to_ipv6.9:
  %".1359" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1359", align 1
  %".1361" = and i32 %"flags", 4
  %".1362" = icmp ne i32 %".1361", 0
  br i1 %".1362", label %"exit.46", label %"cont.46"
exit.45:
  %".1349" = trunc i64 %".1230" to i16
  %".1350" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1349", ptr %".1350", align 2
  br label %"return"
cont.45:
  %".1353" = getelementptr i8, ptr %"keys", i64 2
  %".1354" = trunc i64 %".1230" to i16
  store volatile i16 %".1354", ptr %".1353", align 2
  %".1356" = load volatile i16, ptr %".1353", align 2
  %".1357" = zext i16 %".1356" to i64
  %"cursor.95" = and i64 %".1357", 16383
  br label %"ipv4_d1"
exit.46:
  %".1364" = trunc i64 %".1230" to i16
  %".1365" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1364", ptr %".1365", align 2
  br label %"return"
cont.46:
  %".1368" = getelementptr i8, ptr %"keys", i64 2
  %".1369" = trunc i64 %".1230" to i16
  store volatile i16 %".1369", ptr %".1368", align 2
  %".1371" = load volatile i16, ptr %".1368", align 2
  %".1372" = zext i16 %".1371" to i64
  %"cursor.96" = and i64 %".1372", 16383
  br label %"ipv6_d1"
exit.47:
  %".1377" = trunc i64 %"cursor.23" to i16
  %".1378" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1377", ptr %".1378", align 2
  br label %"return"
cont.47:
  %".1381" = add i64 %"cursor.23", 4
  %".1382" = trunc i64 %"cursor.23" to i16
  %".1383" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1382", ptr %".1383", align 2
  br label %"return"
exit.48:
  %".1389" = trunc i64 %"cursor.27" to i16
  %".1390" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1389", ptr %".1390", align 2
  br label %"return"
cont.48:
  %".1393" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1394" = load i16, ptr %".1393", align 2
  %".1395" = call i16 @"llvm.bswap.i16"(i16 %".1394")
  %".1396" = zext i16 %".1395" to i64
  %".1397" = trunc i64 %".1396" to i16
  %".1398" = call i16 @"llvm.bswap.i16"(i16 %".1397")
  %".1399" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1398", ptr %".1399", align 2
  %".1401" = add i64 %"cursor.27", 4
  %".1402" = trunc i64 %".1401" to i16
  %".1403" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1402", ptr %".1403", align 2
  %".1405" = call i16 @"llvm.bswap.i16"(i16 %".1394")
  %".1406" = zext i16 %".1405" to i64
  switch i64 %".1406", label %"unknown.12" [i64 2048, label %"to_ipv4.10" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5" i64 34887, label %"to_mpls.15" i64 34888, label %"to_mpls.16" i64 34916, label %"to_pppoe.2"]
unknown.12:
  %".1408" = trunc i64 %".1401" to i16
  %".1409" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1408", ptr %".1409", align 2
  br label %"return"
to_ipv4.10:
  %".1412" = getelementptr i8, ptr %"keys", i64 2
  %".1413" = trunc i64 %".1401" to i16
  store volatile i16 %".1413", ptr %".1412", align 2
  %".1415" = load volatile i16, ptr %".1412", align 2
  %".1416" = zext i16 %".1415" to i64
  %"cursor.97" = and i64 %".1416", 16383
  br label %"ipv4_d0"
to_ipv6.10:
  %".1418" = getelementptr i8, ptr %"keys", i64 2
  %".1419" = trunc i64 %".1401" to i16
  store volatile i16 %".1419", ptr %".1418", align 2
  %".1421" = load volatile i16, ptr %".1418", align 2
  %".1422" = zext i16 %".1421" to i64
  %"cursor.98" = and i64 %".1422", 16383
  br label %"ipv6_d0"
to_vlan.4:
  %".1424" = trunc i64 %".1401" to i16
  %".1425" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1424", ptr %".1425", align 2
  br label %"return"
to_vlan.5:
  %".1428" = trunc i64 %".1401" to i16
  %".1429" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1428", ptr %".1429", align 2
  br label %"return"
to_mpls.15:
  %".1432" = getelementptr i8, ptr %"keys", i64 2
  %".1433" = trunc i64 %".1401" to i16
  store volatile i16 %".1433", ptr %".1432", align 2
  %".1435" = load volatile i16, ptr %".1432", align 2
  %".1436" = zext i16 %".1435" to i64
  %"cursor.99" = and i64 %".1436", 16383
  br label %"mpls_mpls_labels1"
to_mpls.16:
  %".1438" = getelementptr i8, ptr %"keys", i64 2
  %".1439" = trunc i64 %".1401" to i16
  store volatile i16 %".1439", ptr %".1438", align 2
  %".1441" = load volatile i16, ptr %".1438", align 2
  %".1442" = zext i16 %".1441" to i64
  %"cursor.100" = and i64 %".1442", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.2:
  %".1444" = getelementptr i8, ptr %"keys", i64 2
  %".1445" = trunc i64 %".1401" to i16
  store volatile i16 %".1445", ptr %".1444", align 2
  %".1447" = load volatile i16, ptr %".1444", align 2
  %".1448" = zext i16 %".1447" to i64
  %"cursor.101" = and i64 %".1448", 16383
  br label %"pppoe_d0"
exit.49:
  %".1453" = trunc i64 %"cursor.30" to i16
  %".1454" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1453", ptr %".1454", align 2
  br label %"return"
cont.49:
  %".1457" = add i64 %"cursor.30", 4
  %".1458" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1459" = load i8, ptr %".1458", align 1
  %".1460" = zext i8 %".1459" to i64
  %".1461" = and i64 %".1460", 1
  switch i64 %".1461", label %"unknown.13" [i64 0, label %"to_mpls.17"]
unknown.13:
  %".1463" = trunc i64 %".1457" to i16
  %".1464" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1463", ptr %".1464", align 2
  br label %"return"
to_mpls.17:
  br label %"mpls_mpls_labels3"
mpls_mpls_labels3:
  %"cursor.102" = phi  i64 [%".1457", %"to_mpls.17"]
  %"hdr.29" = getelementptr i8, ptr %"data", i64 %"cursor.102"
  %".2253" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2254" = icmp ugt ptr %".2253", %"data_end"
  br i1 %".2254", label %"exit.74", label %"cont.74"
exit.50:
  %".1471" = trunc i64 %"cursor.35" to i16
  %".1472" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1471", ptr %".1472", align 2
  br label %"return"
cont.50:
  %".1475" = getelementptr i8, ptr %"hdr.22", i64 12
  %".1476" = load i8, ptr %".1475", align 1
  %".1477" = zext i8 %".1476" to i64
  %".1478" = lshr i64 %".1477", 4
  %".1479" = and i64 %".1478", 15
  %".1480" = icmp uge i64 %".1479", 5
  %".1481" = xor i1 %".1480", -1
  br i1 %".1481", label %"exit.51", label %"cont.51"
exit.51:
  %".1483" = trunc i64 %"cursor.35" to i16
  %".1484" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1483", ptr %".1484", align 2
  br label %"return"
cont.51:
  %".1487" = add i64 %"cursor.35", 20
  %".1488" = zext i8 %".1476" to i64
  %".1489" = lshr i64 %".1488", 4
  %".1490" = and i64 %".1489", 15
  %".1491" = mul i64 %".1490", 4
  %".1492" = sub i64 %".1491", 20
  %".1493" = add i64 %".1492", 20
  %".1494" = getelementptr i8, ptr %"hdr.22", i64 %".1493"
  %".1495" = icmp ugt ptr %".1494", %"data_end"
  br i1 %".1495", label %"exit.52", label %"cont.52"
exit.52:
  %".1497" = trunc i64 %"cursor.35" to i16
  %".1498" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1497", ptr %".1498", align 2
  br label %"return"
cont.52:
  %"end.6" = add i64 %"cursor.35", %".1493"
  %".1501" = trunc i64 %"cursor.35" to i16
  %".1502" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1501", ptr %".1502", align 2
  br label %"return"
exit.53:
  %".1508" = trunc i64 %"cursor.38" to i16
  %".1509" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1508", ptr %".1509", align 2
  br label %"return"
cont.53:
  %".1512" = getelementptr i8, ptr %"hdr.23", i64 12
  %".1513" = load i16, ptr %".1512", align 2
  %".1514" = call i16 @"llvm.bswap.i16"(i16 %".1513")
  %".1515" = zext i16 %".1514" to i64
  %".1516" = trunc i64 %".1515" to i16
  %".1517" = call i16 @"llvm.bswap.i16"(i16 %".1516")
  %".1518" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1517", ptr %".1518", align 2
  %".1520" = add i64 %"cursor.38", 14
  %".1521" = call i16 @"llvm.bswap.i16"(i16 %".1513")
  %".1522" = zext i16 %".1521" to i64
  switch i64 %".1522", label %"unknown.14" [i64 2048, label %"to_ipv4.11" i64 34525, label %"to_ipv6.11" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7" i64 34887, label %"to_mpls.18" i64 34888, label %"to_mpls.19" i64 34916, label %"to_pppoe.3"]
unknown.14:
  %".1524" = trunc i64 %".1520" to i16
  %".1525" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1524", ptr %".1525", align 2
  br label %"return"
to_ipv4.11:
  %".1528" = getelementptr i8, ptr %"keys", i64 2
  %".1529" = trunc i64 %".1520" to i16
  store volatile i16 %".1529", ptr %".1528", align 2
  %".1531" = load volatile i16, ptr %".1528", align 2
  %".1532" = zext i16 %".1531" to i64
  %"cursor.103" = and i64 %".1532", 16383
  br label %"ipv4_d1"
to_ipv6.11:
  %".1534" = getelementptr i8, ptr %"keys", i64 2
  %".1535" = trunc i64 %".1520" to i16
  store volatile i16 %".1535", ptr %".1534", align 2
  %".1537" = load volatile i16, ptr %".1534", align 2
  %".1538" = zext i16 %".1537" to i64
  %"cursor.104" = and i64 %".1538", 16383
  br label %"ipv6_d1"
to_vlan.6:
  %".1540" = getelementptr i8, ptr %"keys", i64 2
  %".1541" = trunc i64 %".1520" to i16
  store volatile i16 %".1541", ptr %".1540", align 2
  %".1543" = load volatile i16, ptr %".1540", align 2
  %".1544" = zext i16 %".1543" to i64
  %"cursor.106" = and i64 %".1544", 16383
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  %".1546" = getelementptr i8, ptr %"keys", i64 2
  %".1547" = trunc i64 %".1520" to i16
  store volatile i16 %".1547", ptr %".1546", align 2
  %".1549" = load volatile i16, ptr %".1546", align 2
  %".1550" = zext i16 %".1549" to i64
  %"cursor.107" = and i64 %".1550", 16383
  br label %"vlan_d1_vlan_tags1"
to_mpls.18:
  %".1552" = getelementptr i8, ptr %"keys", i64 2
  %".1553" = trunc i64 %".1520" to i16
  store volatile i16 %".1553", ptr %".1552", align 2
  %".1555" = load volatile i16, ptr %".1552", align 2
  %".1556" = zext i16 %".1555" to i64
  %"cursor.108" = and i64 %".1556", 16383
  br label %"mpls_mpls_labels1"
to_mpls.19:
  %".1558" = getelementptr i8, ptr %"keys", i64 2
  %".1559" = trunc i64 %".1520" to i16
  store volatile i16 %".1559", ptr %".1558", align 2
  %".1561" = load volatile i16, ptr %".1558", align 2
  %".1562" = zext i16 %".1561" to i64
  %"cursor.109" = and i64 %".1562", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.3:
  %".1564" = getelementptr i8, ptr %"keys", i64 2
  %".1565" = trunc i64 %".1520" to i16
  store volatile i16 %".1565", ptr %".1564", align 2
  %".1567" = load volatile i16, ptr %".1564", align 2
  %".1568" = zext i16 %".1567" to i64
  %"cursor.111" = and i64 %".1568", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1:
  %"cursor.105" = phi  i64 [%"cursor.106", %"to_vlan.6"], [%"cursor.107", %"to_vlan.7"]
  %"hdr.30" = getelementptr i8, ptr %"data", i64 %"cursor.105"
  %".2271" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2272" = icmp ugt ptr %".2271", %"data_end"
  br i1 %".2272", label %"exit.75", label %"cont.75"
pppoe_d1:
  %"cursor.110" = phi  i64 [%"cursor.111", %"to_pppoe.3"], [%"cursor.180", %"to_pppoe.4"], [%"cursor.243", %"to_pppoe.5"]
  %"hdr.31" = getelementptr i8, ptr %"data", i64 %"cursor.110"
  %".2339" = getelementptr i8, ptr %"hdr.31", i64 8
  %".2340" = icmp ugt ptr %".2339", %"data_end"
  br i1 %".2340", label %"exit.76", label %"cont.76"
exit.54:
  %".1573" = trunc i64 %"cursor.45" to i16
  %".1574" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1573", ptr %".1574", align 2
  br label %"return"
cont.54:
  %".1577" = getelementptr i8, ptr %"hdr.24", i64 1
  %".1578" = load i8, ptr %".1577", align 1
  %".1579" = zext i8 %".1578" to i64
  %".1580" = and i64 %".1579", 7
  %".1581" = icmp ne i64 %".1580", 0
  %".1582" = getelementptr i8, ptr %"hdr.24", i64 0
  %".1583" = load i8, ptr %".1582", align 1
  %".1584" = zext i8 %".1583" to i64
  %".1585" = lshr i64 %".1584", 6
  %".1586" = and i64 %".1585", 1
  %".1587" = icmp ne i64 %".1586", 0
  %".1588" = or i1 %".1581", %".1587"
  br i1 %".1588", label %"exit.55", label %"cont.55"
exit.55:
  %".1590" = trunc i64 %"cursor.45" to i16
  %".1591" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1590", ptr %".1591", align 2
  br label %"return"
cont.55:
  %".1594" = add i64 %"cursor.45", 4
  %".1595" = zext i8 %".1583" to i64
  %".1596" = lshr i64 %".1595", 7
  %".1597" = and i64 %".1596", 1
  %".1598" = zext i8 %".1583" to i64
  %".1599" = lshr i64 %".1598", 5
  %".1600" = and i64 %".1599", 1
  %".1601" = add i64 %".1597", %".1600"
  %".1602" = zext i8 %".1583" to i64
  %".1603" = lshr i64 %".1602", 4
  %".1604" = and i64 %".1603", 1
  %".1605" = add i64 %".1601", %".1604"
  %".1606" = mul i64 %".1605", 4
  %".1607" = add i64 %".1606", 4
  %".1608" = getelementptr i8, ptr %"hdr.24", i64 %".1607"
  %".1609" = icmp ugt ptr %".1608", %"data_end"
  br i1 %".1609", label %"exit.56", label %"cont.56"
exit.56:
  %".1611" = trunc i64 %"cursor.45" to i16
  %".1612" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1611", ptr %".1612", align 2
  br label %"return"
cont.56:
  %"end.7" = add i64 %"cursor.45", %".1607"
  %".1615" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1615", align 1
  %".1617" = and i32 %"flags", 4
  %".1618" = icmp ne i32 %".1617", 0
  br i1 %".1618", label %"exit.57", label %"cont.57"
exit.57:
  %".1620" = trunc i64 %"end.7" to i16
  %".1621" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1620", ptr %".1621", align 2
  br label %"return"
cont.57:
  %".1624" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1625" = load i16, ptr %".1624", align 2
  %".1626" = call i16 @"llvm.bswap.i16"(i16 %".1625")
  %".1627" = zext i16 %".1626" to i64
  %".1628" = trunc i64 %".1627" to i16
  %".1629" = call i16 @"llvm.bswap.i16"(i16 %".1628")
  %".1630" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1629", ptr %".1630", align 2
  %".1632" = call i16 @"llvm.bswap.i16"(i16 %".1625")
  %".1633" = zext i16 %".1632" to i64
  switch i64 %".1633", label %"unknown.15" [i64 2048, label %"to_ipv4.12" i64 34525, label %"to_ipv6.12" i64 25944, label %"to_ethernet.1" i64 34887, label %"to_mpls.20" i64 34888, label %"to_mpls.21"]
unknown.15:
  %".1635" = trunc i64 %"end.7" to i16
  %".1636" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1635", ptr %".1636", align 2
  br label %"return"
to_ipv4.12:
  %".1639" = trunc i64 %"end.7" to i16
  %".1640" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1639", ptr %".1640", align 2
  br label %"return"
to_ipv6.12:
  %".1643" = trunc i64 %"end.7" to i16
  %".1644" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1643", ptr %".1644", align 2
  br label %"return"
to_ethernet.1:
  %".1647" = trunc i64 %"end.7" to i16
  %".1648" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1647", ptr %".1648", align 2
  br label %"return"
to_mpls.20:
  %".1651" = trunc i64 %"end.7" to i16
  %".1652" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1651", ptr %".1652", align 2
  br label %"return"
to_mpls.21:
  %".1655" = trunc i64 %"end.7" to i16
  %".1656" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1655", ptr %".1656", align 2
  br label %"return"
exit.58:
  %".1662" = trunc i64 %"cursor.52" to i16
  %".1663" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1662", ptr %".1663", align 2
  br label %"return"
cont.58:
  %".1666" = getelementptr i8, ptr %"hdr.25", i64 0
  %".1667" = load i8, ptr %".1666", align 1
  %".1668" = zext i8 %".1667" to i64
  %".1669" = trunc i64 %".1668" to i8
  %".1670" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1669", ptr %".1670", align 1
  %".1672" = add i64 %"cursor.52", 2
  %".1673" = getelementptr i8, ptr %"hdr.25", i64 1
  %".1674" = load i8, ptr %".1673", align 1
  %".1675" = zext i8 %".1674" to i64
  %".1676" = mul i64 %".1675", 8
  %".1677" = add i64 %".1676", 6
  %".1678" = add i64 %".1677", 2
  %".1679" = getelementptr i8, ptr %"hdr.25", i64 %".1678"
  %".1680" = icmp ugt ptr %".1679", %"data_end"
  br i1 %".1680", label %"exit.59", label %"cont.59"
exit.59:
  %".1682" = trunc i64 %"cursor.52" to i16
  %".1683" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1682", ptr %".1683", align 2
  br label %"return"
cont.59:
  %"end.8" = add i64 %"cursor.52", %".1678"
  %".1686" = zext i8 %".1667" to i64
  switch i64 %".1686", label %"unknown.16" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 132, label %"to_sctp.6" i64 33, label %"to_dccp.6" i64 50, label %"to_esp.6" i64 51, label %"to_ah.6" i64 58, label %"to_icmpv6.4" i64 137, label %"to_mpls.22" i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.13"]
unknown.16:
  %".1688" = trunc i64 %"end.8" to i16
  %".1689" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1688", ptr %".1689", align 2
  br label %"return"
to_ipv6_opts.12:
  %".1692" = getelementptr i8, ptr %"keys", i64 2
  %".1693" = trunc i64 %"end.8" to i16
  store volatile i16 %".1693", ptr %".1692", align 2
  %".1695" = load volatile i16, ptr %".1692", align 2
  %".1696" = zext i16 %".1695" to i64
  %"cursor.113" = and i64 %".1696", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  %".1698" = getelementptr i8, ptr %"keys", i64 2
  %".1699" = trunc i64 %"end.8" to i16
  store volatile i16 %".1699", ptr %".1698", align 2
  %".1701" = load volatile i16, ptr %".1698", align 2
  %".1702" = zext i16 %".1701" to i64
  %"cursor.114" = and i64 %".1702", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  %".1704" = getelementptr i8, ptr %"keys", i64 2
  %".1705" = trunc i64 %"end.8" to i16
  store volatile i16 %".1705", ptr %".1704", align 2
  %".1707" = load volatile i16, ptr %".1704", align 2
  %".1708" = zext i16 %".1707" to i64
  %"cursor.115" = and i64 %".1708", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  %".1710" = getelementptr i8, ptr %"keys", i64 2
  %".1711" = trunc i64 %"end.8" to i16
  store volatile i16 %".1711", ptr %".1710", align 2
  %".1713" = load volatile i16, ptr %".1710", align 2
  %".1714" = zext i16 %".1713" to i64
  %"cursor.117" = and i64 %".1714", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  %".1716" = getelementptr i8, ptr %"keys", i64 2
  %".1717" = trunc i64 %"end.8" to i16
  store volatile i16 %".1717", ptr %".1716", align 2
  %".1719" = load volatile i16, ptr %".1716", align 2
  %".1720" = zext i16 %".1719" to i64
  %"cursor.118" = and i64 %".1720", 16383
  br label %"tcp"
to_udp.6:
  %".1722" = getelementptr i8, ptr %"keys", i64 2
  %".1723" = trunc i64 %"end.8" to i16
  store volatile i16 %".1723", ptr %".1722", align 2
  %".1725" = load volatile i16, ptr %".1722", align 2
  %".1726" = zext i16 %".1725" to i64
  %"cursor.119" = and i64 %".1726", 16383
  br label %"udp"
to_udplite.6:
  %".1728" = getelementptr i8, ptr %"keys", i64 2
  %".1729" = trunc i64 %"end.8" to i16
  store volatile i16 %".1729", ptr %".1728", align 2
  %".1731" = load volatile i16, ptr %".1728", align 2
  %".1732" = zext i16 %".1731" to i64
  %"cursor.120" = and i64 %".1732", 16383
  br label %"udplite"
to_gre.6:
  %".1734" = getelementptr i8, ptr %"keys", i64 2
  %".1735" = trunc i64 %"end.8" to i16
  store volatile i16 %".1735", ptr %".1734", align 2
  %".1737" = load volatile i16, ptr %".1734", align 2
  %".1738" = zext i16 %".1737" to i64
  %"cursor.121" = and i64 %".1738", 16383
  br label %"gre_d1"
to_sctp.6:
  %".1740" = getelementptr i8, ptr %"keys", i64 2
  %".1741" = trunc i64 %"end.8" to i16
  store volatile i16 %".1741", ptr %".1740", align 2
  %".1743" = load volatile i16, ptr %".1740", align 2
  %".1744" = zext i16 %".1743" to i64
  %"cursor.122" = and i64 %".1744", 16383
  br label %"sctp"
to_dccp.6:
  %".1746" = getelementptr i8, ptr %"keys", i64 2
  %".1747" = trunc i64 %"end.8" to i16
  store volatile i16 %".1747", ptr %".1746", align 2
  %".1749" = load volatile i16, ptr %".1746", align 2
  %".1750" = zext i16 %".1749" to i64
  %"cursor.123" = and i64 %".1750", 16383
  br label %"dccp"
to_esp.6:
  %".1752" = getelementptr i8, ptr %"keys", i64 2
  %".1753" = trunc i64 %"end.8" to i16
  store volatile i16 %".1753", ptr %".1752", align 2
  %".1755" = load volatile i16, ptr %".1752", align 2
  %".1756" = zext i16 %".1755" to i64
  %"cursor.124" = and i64 %".1756", 16383
  br label %"esp"
to_ah.6:
  %".1758" = getelementptr i8, ptr %"keys", i64 2
  %".1759" = trunc i64 %"end.8" to i16
  store volatile i16 %".1759", ptr %".1758", align 2
  %".1761" = load volatile i16, ptr %".1758", align 2
  %".1762" = zext i16 %".1761" to i64
  %"cursor.125" = and i64 %".1762", 16383
  br label %"ah"
to_icmpv6.4:
  %".1764" = getelementptr i8, ptr %"keys", i64 2
  %".1765" = trunc i64 %"end.8" to i16
  store volatile i16 %".1765", ptr %".1764", align 2
  %".1767" = load volatile i16, ptr %".1764", align 2
  %".1768" = zext i16 %".1767" to i64
  %"cursor.126" = and i64 %".1768", 16383
  br label %"icmpv6"
to_mpls.22:
  %".1770" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1770", align 2
  %".1772" = getelementptr i8, ptr %"keys", i64 2
  %".1773" = trunc i64 %"end.8" to i16
  store volatile i16 %".1773", ptr %".1772", align 2
  %".1775" = load volatile i16, ptr %".1772", align 2
  %".1776" = zext i16 %".1775" to i64
  %"cursor.127" = and i64 %".1776", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.13:
  %".1778" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1778", align 1
  %".1780" = and i32 %"flags", 4
  %".1781" = icmp ne i32 %".1780", 0
  br i1 %".1781", label %"exit.60", label %"cont.60"
to_ipv6.13:
  %".1791" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1791", align 1
  %".1793" = and i32 %"flags", 4
  %".1794" = icmp ne i32 %".1793", 0
  br i1 %".1794", label %"exit.61", label %"cont.61"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.112" = phi  i64 [%"cursor.113", %"to_ipv6_opts.12"], [%"cursor.114", %"to_ipv6_opts.13"], [%"cursor.115", %"to_ipv6_opts.14"], [%"cursor.128", %"to_ipv6_opts.15"], [%"cursor.129", %"to_ipv6_opts.16"], [%"cursor.130", %"to_ipv6_opts.17"]
  %"hdr.32" = getelementptr i8, ptr %"data", i64 %"cursor.112"
  %".2408" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2409" = icmp ugt ptr %".2408", %"data_end"
  br i1 %".2409", label %"exit.78", label %"cont.78"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.116" = phi  i64 [%"cursor.117", %"to_ipv6_frag.4"], [%"cursor.131", %"to_ipv6_frag.5"]
  %"hdr.33" = getelementptr i8, ptr %"data", i64 %"cursor.116"
  %".2553" = getelementptr i8, ptr %"hdr.33", i64 8
  %".2554" = icmp ugt ptr %".2553", %"data_end"
  br i1 %".2554", label %"exit.82", label %"cont.82"
exit.60:
  %".1783" = trunc i64 %"end.8" to i16
  %".1784" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1783", ptr %".1784", align 2
  br label %"return"
cont.60:
  %".1787" = trunc i64 %"end.8" to i16
  %".1788" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1787", ptr %".1788", align 2
  br label %"return"
exit.61:
  %".1796" = trunc i64 %"end.8" to i16
  %".1797" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1796", ptr %".1797", align 2
  br label %"return"
cont.61:
  %".1800" = trunc i64 %"end.8" to i16
  %".1801" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1800", ptr %".1801", align 2
  br label %"return"
exit.62:
  %".1807" = trunc i64 %"cursor.56" to i16
  %".1808" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1807", ptr %".1808", align 2
  br label %"return"
cont.62:
  %".1811" = getelementptr i8, ptr %"hdr.26", i64 0
  %".1812" = load i8, ptr %".1811", align 1
  %".1813" = zext i8 %".1812" to i64
  %".1814" = trunc i64 %".1813" to i8
  %".1815" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1814", ptr %".1815", align 1
  %".1817" = add i64 %"cursor.56", 8
  %".1818" = icmp ne i64 1, 0
  %".1819" = getelementptr i8, ptr %"hdr.26", i64 2
  %".1820" = load i16, ptr %".1819", align 2
  %".1821" = call i16 @"llvm.bswap.i16"(i16 %".1820")
  %".1822" = zext i16 %".1821" to i64
  %".1823" = and i64 %".1822", 65528
  %".1824" = icmp eq i64 %".1823", 0
  br i1 %".1818", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".1826" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1826", align 1
  br i1 %".1824", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".1844" = zext i8 %".1812" to i64
  switch i64 %".1844", label %"unknown.17" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 132, label %"to_sctp.7" i64 33, label %"to_dccp.7" i64 50, label %"to_esp.7" i64 51, label %"to_ah.7" i64 58, label %"to_icmpv6.5" i64 137, label %"to_mpls.23" i64 4, label %"to_ipv4.14" i64 41, label %"to_ipv6.14"]
first_fragment.3:
  %".1833" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1833", align 1
  %".1835" = and i32 %"flags", 1
  %".1836" = icmp ne i32 %".1835", 0
  %".1837" = xor i1 %".1836", -1
  br i1 %".1837", label %"exit.63", label %"cont.63"
later_fragment.3:
  %".1829" = trunc i64 %".1817" to i16
  %".1830" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1829", ptr %".1830", align 2
  br label %"return"
exit.63:
  %".1839" = trunc i64 %".1817" to i16
  %".1840" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1839", ptr %".1840", align 2
  br label %"return"
cont.63:
  br label %"not_fragment.3"
unknown.17:
  %".1846" = trunc i64 %".1817" to i16
  %".1847" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1846", ptr %".1847", align 2
  br label %"return"
to_ipv6_opts.15:
  %".1850" = getelementptr i8, ptr %"keys", i64 2
  %".1851" = trunc i64 %".1817" to i16
  store volatile i16 %".1851", ptr %".1850", align 2
  %".1853" = load volatile i16, ptr %".1850", align 2
  %".1854" = zext i16 %".1853" to i64
  %"cursor.128" = and i64 %".1854", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  %".1856" = getelementptr i8, ptr %"keys", i64 2
  %".1857" = trunc i64 %".1817" to i16
  store volatile i16 %".1857", ptr %".1856", align 2
  %".1859" = load volatile i16, ptr %".1856", align 2
  %".1860" = zext i16 %".1859" to i64
  %"cursor.129" = and i64 %".1860", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  %".1862" = getelementptr i8, ptr %"keys", i64 2
  %".1863" = trunc i64 %".1817" to i16
  store volatile i16 %".1863", ptr %".1862", align 2
  %".1865" = load volatile i16, ptr %".1862", align 2
  %".1866" = zext i16 %".1865" to i64
  %"cursor.130" = and i64 %".1866", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  %".1868" = getelementptr i8, ptr %"keys", i64 2
  %".1869" = trunc i64 %".1817" to i16
  store volatile i16 %".1869", ptr %".1868", align 2
  %".1871" = load volatile i16, ptr %".1868", align 2
  %".1872" = zext i16 %".1871" to i64
  %"cursor.131" = and i64 %".1872", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  %".1874" = getelementptr i8, ptr %"keys", i64 2
  %".1875" = trunc i64 %".1817" to i16
  store volatile i16 %".1875", ptr %".1874", align 2
  %".1877" = load volatile i16, ptr %".1874", align 2
  %".1878" = zext i16 %".1877" to i64
  %"cursor.132" = and i64 %".1878", 16383
  br label %"tcp"
to_udp.7:
  %".1880" = getelementptr i8, ptr %"keys", i64 2
  %".1881" = trunc i64 %".1817" to i16
  store volatile i16 %".1881", ptr %".1880", align 2
  %".1883" = load volatile i16, ptr %".1880", align 2
  %".1884" = zext i16 %".1883" to i64
  %"cursor.133" = and i64 %".1884", 16383
  br label %"udp"
to_udplite.7:
  %".1886" = getelementptr i8, ptr %"keys", i64 2
  %".1887" = trunc i64 %".1817" to i16
  store volatile i16 %".1887", ptr %".1886", align 2
  %".1889" = load volatile i16, ptr %".1886", align 2
  %".1890" = zext i16 %".1889" to i64
  %"cursor.134" = and i64 %".1890", 16383
  br label %"udplite"
to_gre.7:
  %".1892" = getelementptr i8, ptr %"keys", i64 2
  %".1893" = trunc i64 %".1817" to i16
  store volatile i16 %".1893", ptr %".1892", align 2
  %".1895" = load volatile i16, ptr %".1892", align 2
  %".1896" = zext i16 %".1895" to i64
  %"cursor.135" = and i64 %".1896", 16383
  br label %"gre_d1"
to_sctp.7:
  %".1898" = getelementptr i8, ptr %"keys", i64 2
  %".1899" = trunc i64 %".1817" to i16
  store volatile i16 %".1899", ptr %".1898", align 2
  %".1901" = load volatile i16, ptr %".1898", align 2
  %".1902" = zext i16 %".1901" to i64
  %"cursor.136" = and i64 %".1902", 16383
  br label %"sctp"
to_dccp.7:
  %".1904" = getelementptr i8, ptr %"keys", i64 2
  %".1905" = trunc i64 %".1817" to i16
  store volatile i16 %".1905", ptr %".1904", align 2
  %".1907" = load volatile i16, ptr %".1904", align 2
  %".1908" = zext i16 %".1907" to i64
  %"cursor.137" = and i64 %".1908", 16383
  br label %"dccp"
to_esp.7:
  %".1910" = getelementptr i8, ptr %"keys", i64 2
  %".1911" = trunc i64 %".1817" to i16
  store volatile i16 %".1911", ptr %".1910", align 2
  %".1913" = load volatile i16, ptr %".1910", align 2
  %".1914" = zext i16 %".1913" to i64
  %"cursor.138" = and i64 %".1914", 16383
  br label %"esp"
to_ah.7:
  %".1916" = getelementptr i8, ptr %"keys", i64 2
  %".1917" = trunc i64 %".1817" to i16
  store volatile i16 %".1917", ptr %".1916", align 2
  %".1919" = load volatile i16, ptr %".1916", align 2
  %".1920" = zext i16 %".1919" to i64
  %"cursor.139" = and i64 %".1920", 16383
  br label %"ah"
to_icmpv6.5:
  %".1922" = getelementptr i8, ptr %"keys", i64 2
  %".1923" = trunc i64 %".1817" to i16
  store volatile i16 %".1923", ptr %".1922", align 2
  %".1925" = load volatile i16, ptr %".1922", align 2
  %".1926" = zext i16 %".1925" to i64
  %"cursor.140" = and i64 %".1926", 16383
  br label %"icmpv6"
to_mpls.23:
  %".1928" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".1928", align 2
  %".1930" = getelementptr i8, ptr %"keys", i64 2
  %".1931" = trunc i64 %".1817" to i16
  store volatile i16 %".1931", ptr %".1930", align 2
  %".1933" = load volatile i16, ptr %".1930", align 2
  %".1934" = zext i16 %".1933" to i64
  %"cursor.141" = and i64 %".1934", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.14:
  %".1936" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1936", align 1
  %".1938" = and i32 %"flags", 4
  %".1939" = icmp ne i32 %".1938", 0
  br i1 %".1939", label %"exit.64", label %"cont.64"
to_ipv6.14:
  %".1949" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1949", align 1
  %".1951" = and i32 %"flags", 4
  %".1952" = icmp ne i32 %".1951", 0
  br i1 %".1952", label %"exit.65", label %"cont.65"
exit.64:
  %".1941" = trunc i64 %".1817" to i16
  %".1942" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1941", ptr %".1942", align 2
  br label %"return"
cont.64:
  %".1945" = trunc i64 %".1817" to i16
  %".1946" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1945", ptr %".1946", align 2
  br label %"return"
exit.65:
  %".1954" = trunc i64 %".1817" to i16
  %".1955" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1954", ptr %".1955", align 2
  br label %"return"
cont.65:
  %".1958" = trunc i64 %".1817" to i16
  %".1959" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1958", ptr %".1959", align 2
  br label %"return"
exit.66:
  %".1965" = trunc i64 %"cursor.67" to i16
  %".1966" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1965", ptr %".1966", align 2
  br label %"return"
cont.66:
  %".1969" = getelementptr i8, ptr %"hdr.27", i64 0
  %".1970" = load i8, ptr %".1969", align 1
  %".1971" = zext i8 %".1970" to i64
  %".1972" = trunc i64 %".1971" to i8
  %".1973" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1972", ptr %".1973", align 1
  %".1975" = add i64 %"cursor.67", 2
  %".1976" = getelementptr i8, ptr %"hdr.27", i64 1
  %".1977" = load i8, ptr %".1976", align 1
  %".1978" = zext i8 %".1977" to i64
  %".1979" = mul i64 %".1978", 8
  %".1980" = add i64 %".1979", 6
  %".1981" = add i64 %".1980", 2
  %".1982" = getelementptr i8, ptr %"hdr.27", i64 %".1981"
  %".1983" = icmp ugt ptr %".1982", %"data_end"
  br i1 %".1983", label %"exit.67", label %"cont.67"
exit.67:
  %".1985" = trunc i64 %"cursor.67" to i16
  %".1986" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1985", ptr %".1986", align 2
  br label %"return"
cont.67:
  %"end.9" = add i64 %"cursor.67", %".1981"
  %".1989" = zext i8 %".1970" to i64
  switch i64 %".1989", label %"unknown.18" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 132, label %"to_sctp.8" i64 33, label %"to_dccp.8" i64 50, label %"to_esp.8" i64 51, label %"to_ah.8" i64 58, label %"to_icmpv6.6" i64 137, label %"to_mpls.24" i64 4, label %"to_ipv4.15" i64 41, label %"to_ipv6.15"]
unknown.18:
  %".1991" = trunc i64 %"end.9" to i16
  %".1992" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1991", ptr %".1992", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  %".1997" = getelementptr i8, ptr %"keys", i64 2
  %".1998" = trunc i64 %"end.9" to i16
  store volatile i16 %".1998", ptr %".1997", align 2
  %".2000" = load volatile i16, ptr %".1997", align 2
  %".2001" = zext i16 %".2000" to i64
  %"cursor.143" = and i64 %".2001", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  %".2004" = getelementptr i8, ptr %"keys", i64 2
  %".2005" = trunc i64 %"end.9" to i16
  store volatile i16 %".2005", ptr %".2004", align 2
  %".2007" = load volatile i16, ptr %".2004", align 2
  %".2008" = zext i16 %".2007" to i64
  %"cursor.145" = and i64 %".2008", 16383
  br label %"tcp"
to_udp.8:
  %".2010" = getelementptr i8, ptr %"keys", i64 2
  %".2011" = trunc i64 %"end.9" to i16
  store volatile i16 %".2011", ptr %".2010", align 2
  %".2013" = load volatile i16, ptr %".2010", align 2
  %".2014" = zext i16 %".2013" to i64
  %"cursor.146" = and i64 %".2014", 16383
  br label %"udp"
to_udplite.8:
  %".2016" = getelementptr i8, ptr %"keys", i64 2
  %".2017" = trunc i64 %"end.9" to i16
  store volatile i16 %".2017", ptr %".2016", align 2
  %".2019" = load volatile i16, ptr %".2016", align 2
  %".2020" = zext i16 %".2019" to i64
  %"cursor.147" = and i64 %".2020", 16383
  br label %"udplite"
to_gre.8:
  %".2022" = getelementptr i8, ptr %"keys", i64 2
  %".2023" = trunc i64 %"end.9" to i16
  store volatile i16 %".2023", ptr %".2022", align 2
  %".2025" = load volatile i16, ptr %".2022", align 2
  %".2026" = zext i16 %".2025" to i64
  %"cursor.148" = and i64 %".2026", 16383
  br label %"gre_d0"
to_sctp.8:
  %".2028" = getelementptr i8, ptr %"keys", i64 2
  %".2029" = trunc i64 %"end.9" to i16
  store volatile i16 %".2029", ptr %".2028", align 2
  %".2031" = load volatile i16, ptr %".2028", align 2
  %".2032" = zext i16 %".2031" to i64
  %"cursor.149" = and i64 %".2032", 16383
  br label %"sctp"
to_dccp.8:
  %".2034" = getelementptr i8, ptr %"keys", i64 2
  %".2035" = trunc i64 %"end.9" to i16
  store volatile i16 %".2035", ptr %".2034", align 2
  %".2037" = load volatile i16, ptr %".2034", align 2
  %".2038" = zext i16 %".2037" to i64
  %"cursor.150" = and i64 %".2038", 16383
  br label %"dccp"
to_esp.8:
  %".2040" = getelementptr i8, ptr %"keys", i64 2
  %".2041" = trunc i64 %"end.9" to i16
  store volatile i16 %".2041", ptr %".2040", align 2
  %".2043" = load volatile i16, ptr %".2040", align 2
  %".2044" = zext i16 %".2043" to i64
  %"cursor.151" = and i64 %".2044", 16383
  br label %"esp"
to_ah.8:
  %".2046" = getelementptr i8, ptr %"keys", i64 2
  %".2047" = trunc i64 %"end.9" to i16
  store volatile i16 %".2047", ptr %".2046", align 2
  %".2049" = load volatile i16, ptr %".2046", align 2
  %".2050" = zext i16 %".2049" to i64
  %"cursor.152" = and i64 %".2050", 16383
  br label %"ah"
to_icmpv6.6:
  %".2052" = getelementptr i8, ptr %"keys", i64 2
  %".2053" = trunc i64 %"end.9" to i16
  store volatile i16 %".2053", ptr %".2052", align 2
  %".2055" = load volatile i16, ptr %".2052", align 2
  %".2056" = zext i16 %".2055" to i64
  %"cursor.153" = and i64 %".2056", 16383
  br label %"icmpv6"
to_mpls.24:
  %".2058" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2058", align 2
  %".2060" = getelementptr i8, ptr %"keys", i64 2
  %".2061" = trunc i64 %"end.9" to i16
  store volatile i16 %".2061", ptr %".2060", align 2
  %".2063" = load volatile i16, ptr %".2060", align 2
  %".2064" = zext i16 %".2063" to i64
  %"cursor.154" = and i64 %".2064", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.15:
  %".2066" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2066", align 1
  %".2068" = and i32 %"flags", 4
  %".2069" = icmp ne i32 %".2068", 0
  br i1 %".2069", label %"exit.68", label %"cont.68"
to_ipv6.15:
  %".2081" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2081", align 1
  %".2083" = and i32 %"flags", 4
  %".2084" = icmp ne i32 %".2083", 0
  br i1 %".2084", label %"exit.69", label %"cont.69"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.142" = phi  i64 [%"end.9", %"to_ipv6_opts.18"], [%"end.9", %"to_ipv6_opts.19"], [%"cursor.143", %"to_ipv6_opts.20"], [%"cursor.157", %"to_ipv6_opts.21"], [%"cursor.158", %"to_ipv6_opts.22"], [%"cursor.159", %"to_ipv6_opts.23"]
  %"hdr.34" = getelementptr i8, ptr %"data", i64 %"cursor.142"
  %".2711" = getelementptr i8, ptr %"hdr.34", i64 2
  %".2712" = icmp ugt ptr %".2711", %"data_end"
  br i1 %".2712", label %"exit.86", label %"cont.86"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.144" = phi  i64 [%"end.9", %"to_ipv6_frag.6"], [%".2109", %"to_ipv6_frag.7"]
  %"hdr.35" = getelementptr i8, ptr %"data", i64 %"cursor.144"
  %".2852" = getelementptr i8, ptr %"hdr.35", i64 8
  %".2853" = icmp ugt ptr %".2852", %"data_end"
  br i1 %".2853", label %"exit.90", label %"cont.90"
exit.68:
  %".2071" = trunc i64 %"end.9" to i16
  %".2072" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2071", ptr %".2072", align 2
  br label %"return"
cont.68:
  %".2075" = getelementptr i8, ptr %"keys", i64 2
  %".2076" = trunc i64 %"end.9" to i16
  store volatile i16 %".2076", ptr %".2075", align 2
  %".2078" = load volatile i16, ptr %".2075", align 2
  %".2079" = zext i16 %".2078" to i64
  %"cursor.155" = and i64 %".2079", 16383
  br label %"ipv4_d1"
exit.69:
  %".2086" = trunc i64 %"end.9" to i16
  %".2087" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2086", ptr %".2087", align 2
  br label %"return"
cont.69:
  %".2090" = getelementptr i8, ptr %"keys", i64 2
  %".2091" = trunc i64 %"end.9" to i16
  store volatile i16 %".2091", ptr %".2090", align 2
  %".2093" = load volatile i16, ptr %".2090", align 2
  %".2094" = zext i16 %".2093" to i64
  %"cursor.156" = and i64 %".2094", 16383
  br label %"ipv6_d1"
exit.70:
  %".2099" = trunc i64 %"cursor.69" to i16
  %".2100" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2099", ptr %".2100", align 2
  br label %"return"
cont.70:
  %".2103" = getelementptr i8, ptr %"hdr.28", i64 0
  %".2104" = load i8, ptr %".2103", align 1
  %".2105" = zext i8 %".2104" to i64
  %".2106" = trunc i64 %".2105" to i8
  %".2107" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2106", ptr %".2107", align 1
  %".2109" = add i64 %"cursor.69", 8
  %".2110" = icmp ne i64 1, 0
  %".2111" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2112" = load i16, ptr %".2111", align 2
  %".2113" = call i16 @"llvm.bswap.i16"(i16 %".2112")
  %".2114" = zext i16 %".2113" to i64
  %".2115" = and i64 %".2114", 65528
  %".2116" = icmp eq i64 %".2115", 0
  br i1 %".2110", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".2118" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2118", align 1
  br i1 %".2116", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".2136" = zext i8 %".2104" to i64
  switch i64 %".2136", label %"unknown.19" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 132, label %"to_sctp.9" i64 33, label %"to_dccp.9" i64 50, label %"to_esp.9" i64 51, label %"to_ah.9" i64 58, label %"to_icmpv6.7" i64 137, label %"to_mpls.25" i64 4, label %"to_ipv4.16" i64 41, label %"to_ipv6.16"]
first_fragment.4:
  %".2125" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2125", align 1
  %".2127" = and i32 %"flags", 1
  %".2128" = icmp ne i32 %".2127", 0
  %".2129" = xor i1 %".2128", -1
  br i1 %".2129", label %"exit.71", label %"cont.71"
later_fragment.4:
  %".2121" = trunc i64 %".2109" to i16
  %".2122" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2121", ptr %".2122", align 2
  br label %"return"
exit.71:
  %".2131" = trunc i64 %".2109" to i16
  %".2132" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2131", ptr %".2132", align 2
  br label %"return"
cont.71:
  br label %"not_fragment.4"
unknown.19:
  %".2138" = trunc i64 %".2109" to i16
  %".2139" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2138", ptr %".2139", align 2
  br label %"return"
to_ipv6_opts.21:
  %".2142" = getelementptr i8, ptr %"keys", i64 2
  %".2143" = trunc i64 %".2109" to i16
  store volatile i16 %".2143", ptr %".2142", align 2
  %".2145" = load volatile i16, ptr %".2142", align 2
  %".2146" = zext i16 %".2145" to i64
  %"cursor.157" = and i64 %".2146", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  %".2148" = getelementptr i8, ptr %"keys", i64 2
  %".2149" = trunc i64 %".2109" to i16
  store volatile i16 %".2149", ptr %".2148", align 2
  %".2151" = load volatile i16, ptr %".2148", align 2
  %".2152" = zext i16 %".2151" to i64
  %"cursor.158" = and i64 %".2152", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  %".2154" = getelementptr i8, ptr %"keys", i64 2
  %".2155" = trunc i64 %".2109" to i16
  store volatile i16 %".2155", ptr %".2154", align 2
  %".2157" = load volatile i16, ptr %".2154", align 2
  %".2158" = zext i16 %".2157" to i64
  %"cursor.159" = and i64 %".2158", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  %".2161" = getelementptr i8, ptr %"keys", i64 2
  %".2162" = trunc i64 %".2109" to i16
  store volatile i16 %".2162", ptr %".2161", align 2
  %".2164" = load volatile i16, ptr %".2161", align 2
  %".2165" = zext i16 %".2164" to i64
  %"cursor.160" = and i64 %".2165", 16383
  br label %"tcp"
to_udp.9:
  %".2167" = getelementptr i8, ptr %"keys", i64 2
  %".2168" = trunc i64 %".2109" to i16
  store volatile i16 %".2168", ptr %".2167", align 2
  %".2170" = load volatile i16, ptr %".2167", align 2
  %".2171" = zext i16 %".2170" to i64
  %"cursor.161" = and i64 %".2171", 16383
  br label %"udp"
to_udplite.9:
  %".2173" = getelementptr i8, ptr %"keys", i64 2
  %".2174" = trunc i64 %".2109" to i16
  store volatile i16 %".2174", ptr %".2173", align 2
  %".2176" = load volatile i16, ptr %".2173", align 2
  %".2177" = zext i16 %".2176" to i64
  %"cursor.162" = and i64 %".2177", 16383
  br label %"udplite"
to_gre.9:
  %".2179" = getelementptr i8, ptr %"keys", i64 2
  %".2180" = trunc i64 %".2109" to i16
  store volatile i16 %".2180", ptr %".2179", align 2
  %".2182" = load volatile i16, ptr %".2179", align 2
  %".2183" = zext i16 %".2182" to i64
  %"cursor.163" = and i64 %".2183", 16383
  br label %"gre_d0"
to_sctp.9:
  %".2185" = getelementptr i8, ptr %"keys", i64 2
  %".2186" = trunc i64 %".2109" to i16
  store volatile i16 %".2186", ptr %".2185", align 2
  %".2188" = load volatile i16, ptr %".2185", align 2
  %".2189" = zext i16 %".2188" to i64
  %"cursor.164" = and i64 %".2189", 16383
  br label %"sctp"
to_dccp.9:
  %".2191" = getelementptr i8, ptr %"keys", i64 2
  %".2192" = trunc i64 %".2109" to i16
  store volatile i16 %".2192", ptr %".2191", align 2
  %".2194" = load volatile i16, ptr %".2191", align 2
  %".2195" = zext i16 %".2194" to i64
  %"cursor.165" = and i64 %".2195", 16383
  br label %"dccp"
to_esp.9:
  %".2197" = getelementptr i8, ptr %"keys", i64 2
  %".2198" = trunc i64 %".2109" to i16
  store volatile i16 %".2198", ptr %".2197", align 2
  %".2200" = load volatile i16, ptr %".2197", align 2
  %".2201" = zext i16 %".2200" to i64
  %"cursor.166" = and i64 %".2201", 16383
  br label %"esp"
to_ah.9:
  %".2203" = getelementptr i8, ptr %"keys", i64 2
  %".2204" = trunc i64 %".2109" to i16
  store volatile i16 %".2204", ptr %".2203", align 2
  %".2206" = load volatile i16, ptr %".2203", align 2
  %".2207" = zext i16 %".2206" to i64
  %"cursor.167" = and i64 %".2207", 16383
  br label %"ah"
to_icmpv6.7:
  %".2209" = getelementptr i8, ptr %"keys", i64 2
  %".2210" = trunc i64 %".2109" to i16
  store volatile i16 %".2210", ptr %".2209", align 2
  %".2212" = load volatile i16, ptr %".2209", align 2
  %".2213" = zext i16 %".2212" to i64
  %"cursor.168" = and i64 %".2213", 16383
  br label %"icmpv6"
to_mpls.25:
  %".2215" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2215", align 2
  %".2217" = getelementptr i8, ptr %"keys", i64 2
  %".2218" = trunc i64 %".2109" to i16
  store volatile i16 %".2218", ptr %".2217", align 2
  %".2220" = load volatile i16, ptr %".2217", align 2
  %".2221" = zext i16 %".2220" to i64
  %"cursor.169" = and i64 %".2221", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.16:
  %".2223" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2223", align 1
  %".2225" = and i32 %"flags", 4
  %".2226" = icmp ne i32 %".2225", 0
  br i1 %".2226", label %"exit.72", label %"cont.72"
to_ipv6.16:
  %".2238" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2238", align 1
  %".2240" = and i32 %"flags", 4
  %".2241" = icmp ne i32 %".2240", 0
  br i1 %".2241", label %"exit.73", label %"cont.73"
exit.72:
  %".2228" = trunc i64 %".2109" to i16
  %".2229" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2228", ptr %".2229", align 2
  br label %"return"
cont.72:
  %".2232" = getelementptr i8, ptr %"keys", i64 2
  %".2233" = trunc i64 %".2109" to i16
  store volatile i16 %".2233", ptr %".2232", align 2
  %".2235" = load volatile i16, ptr %".2232", align 2
  %".2236" = zext i16 %".2235" to i64
  %"cursor.170" = and i64 %".2236", 16383
  br label %"ipv4_d1"
exit.73:
  %".2243" = trunc i64 %".2109" to i16
  %".2244" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2243", ptr %".2244", align 2
  br label %"return"
cont.73:
  %".2247" = getelementptr i8, ptr %"keys", i64 2
  %".2248" = trunc i64 %".2109" to i16
  store volatile i16 %".2248", ptr %".2247", align 2
  %".2250" = load volatile i16, ptr %".2247", align 2
  %".2251" = zext i16 %".2250" to i64
  %"cursor.171" = and i64 %".2251", 16383
  br label %"ipv6_d1"
exit.74:
  %".2256" = trunc i64 %"cursor.102" to i16
  %".2257" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2256", ptr %".2257", align 2
  br label %"return"
cont.74:
  %".2260" = add i64 %"cursor.102", 4
  %".2261" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2262" = load i8, ptr %".2261", align 1
  %".2263" = zext i8 %".2262" to i64
  %".2264" = and i64 %".2263", 1
  switch i64 %".2264", label %"unknown.20" [i64 0, label %"to_mpls.26"]
unknown.20:
  %".2266" = trunc i64 %".2260" to i16
  %".2267" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2266", ptr %".2267", align 2
  br label %"return"
to_mpls.26:
  br label %"mpls_mpls_labels4"
mpls_mpls_labels4:
  %"cursor.172" = phi  i64 [%".2260", %"to_mpls.26"]
  %"hdr.36" = getelementptr i8, ptr %"data", i64 %"cursor.172"
  %".3006" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3007" = icmp ugt ptr %".3006", %"data_end"
  br i1 %".3007", label %"exit.94", label %"cont.94"
exit.75:
  %".2274" = trunc i64 %"cursor.105" to i16
  %".2275" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2274", ptr %".2275", align 2
  br label %"return"
cont.75:
  %".2278" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2279" = load i16, ptr %".2278", align 2
  %".2280" = call i16 @"llvm.bswap.i16"(i16 %".2279")
  %".2281" = zext i16 %".2280" to i64
  %".2282" = trunc i64 %".2281" to i16
  %".2283" = call i16 @"llvm.bswap.i16"(i16 %".2282")
  %".2284" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2283", ptr %".2284", align 2
  %".2286" = add i64 %"cursor.105", 4
  %".2287" = trunc i64 %".2286" to i16
  %".2288" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2287", ptr %".2288", align 2
  %".2290" = call i16 @"llvm.bswap.i16"(i16 %".2279")
  %".2291" = zext i16 %".2290" to i64
  switch i64 %".2291", label %"unknown.21" [i64 2048, label %"to_ipv4.17" i64 34525, label %"to_ipv6.17" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9" i64 34887, label %"to_mpls.27" i64 34888, label %"to_mpls.28" i64 34916, label %"to_pppoe.4"]
unknown.21:
  %".2293" = trunc i64 %".2286" to i16
  %".2294" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2293", ptr %".2294", align 2
  br label %"return"
to_ipv4.17:
  %".2297" = getelementptr i8, ptr %"keys", i64 2
  %".2298" = trunc i64 %".2286" to i16
  store volatile i16 %".2298", ptr %".2297", align 2
  %".2300" = load volatile i16, ptr %".2297", align 2
  %".2301" = zext i16 %".2300" to i64
  %"cursor.173" = and i64 %".2301", 16383
  br label %"ipv4_d1"
to_ipv6.17:
  %".2303" = getelementptr i8, ptr %"keys", i64 2
  %".2304" = trunc i64 %".2286" to i16
  store volatile i16 %".2304", ptr %".2303", align 2
  %".2306" = load volatile i16, ptr %".2303", align 2
  %".2307" = zext i16 %".2306" to i64
  %"cursor.174" = and i64 %".2307", 16383
  br label %"ipv6_d1"
to_vlan.8:
  %".2309" = getelementptr i8, ptr %"keys", i64 2
  %".2310" = trunc i64 %".2286" to i16
  store volatile i16 %".2310", ptr %".2309", align 2
  %".2312" = load volatile i16, ptr %".2309", align 2
  %".2313" = zext i16 %".2312" to i64
  %"cursor.176" = and i64 %".2313", 16383
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  %".2315" = getelementptr i8, ptr %"keys", i64 2
  %".2316" = trunc i64 %".2286" to i16
  store volatile i16 %".2316", ptr %".2315", align 2
  %".2318" = load volatile i16, ptr %".2315", align 2
  %".2319" = zext i16 %".2318" to i64
  %"cursor.177" = and i64 %".2319", 16383
  br label %"vlan_d1_vlan_tags2"
to_mpls.27:
  %".2321" = getelementptr i8, ptr %"keys", i64 2
  %".2322" = trunc i64 %".2286" to i16
  store volatile i16 %".2322", ptr %".2321", align 2
  %".2324" = load volatile i16, ptr %".2321", align 2
  %".2325" = zext i16 %".2324" to i64
  %"cursor.178" = and i64 %".2325", 16383
  br label %"mpls_mpls_labels1"
to_mpls.28:
  %".2327" = getelementptr i8, ptr %"keys", i64 2
  %".2328" = trunc i64 %".2286" to i16
  store volatile i16 %".2328", ptr %".2327", align 2
  %".2330" = load volatile i16, ptr %".2327", align 2
  %".2331" = zext i16 %".2330" to i64
  %"cursor.179" = and i64 %".2331", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.4:
  %".2333" = getelementptr i8, ptr %"keys", i64 2
  %".2334" = trunc i64 %".2286" to i16
  store volatile i16 %".2334", ptr %".2333", align 2
  %".2336" = load volatile i16, ptr %".2333", align 2
  %".2337" = zext i16 %".2336" to i64
  %"cursor.180" = and i64 %".2337", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2:
  %"cursor.175" = phi  i64 [%"cursor.176", %"to_vlan.8"], [%"cursor.177", %"to_vlan.9"]
  %"hdr.37" = getelementptr i8, ptr %"data", i64 %"cursor.175"
  %".3027" = getelementptr i8, ptr %"hdr.37", i64 4
  %".3028" = icmp ugt ptr %".3027", %"data_end"
  br i1 %".3028", label %"exit.95", label %"cont.95"
exit.76:
  %".2342" = trunc i64 %"cursor.110" to i16
  %".2343" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2342", ptr %".2343", align 2
  br label %"return"
cont.76:
  %".2346" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2347" = load i8, ptr %".2346", align 1
  %".2348" = zext i8 %".2347" to i64
  %".2349" = lshr i64 %".2348", 4
  %".2350" = and i64 %".2349", 15
  %".2351" = icmp eq i64 %".2350", 1
  %".2352" = zext i8 %".2347" to i64
  %".2353" = and i64 %".2352", 15
  %".2354" = icmp eq i64 %".2353", 1
  %".2355" = and i1 %".2351", %".2354"
  %".2356" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2357" = load i8, ptr %".2356", align 1
  %".2358" = zext i8 %".2357" to i64
  %".2359" = icmp eq i64 %".2358", 0
  %".2360" = and i1 %".2355", %".2359"
  %".2361" = xor i1 %".2360", -1
  br i1 %".2361", label %"exit.77", label %"cont.77"
exit.77:
  %".2363" = trunc i64 %"cursor.110" to i16
  %".2364" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2363", ptr %".2364", align 2
  br label %"return"
cont.77:
  %".2367" = add i64 %"cursor.110", 8
  %".2368" = trunc i64 %".2367" to i16
  %".2369" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2368", ptr %".2369", align 2
  %".2371" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2372" = load i16, ptr %".2371", align 2
  %".2373" = call i16 @"llvm.bswap.i16"(i16 %".2372")
  %".2374" = zext i16 %".2373" to i64
  switch i64 %".2374", label %"unknown.22" [i64 33, label %"to_ipv4.18" i64 87, label %"to_ipv6.18" i64 641, label %"to_mpls.29" i64 643, label %"to_mpls.30"]
unknown.22:
  %".2376" = trunc i64 %".2367" to i16
  %".2377" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2376", ptr %".2377", align 2
  br label %"return"
to_ipv4.18:
  %".2380" = getelementptr i8, ptr %"keys", i64 2
  %".2381" = trunc i64 %".2367" to i16
  store volatile i16 %".2381", ptr %".2380", align 2
  %".2383" = load volatile i16, ptr %".2380", align 2
  %".2384" = zext i16 %".2383" to i64
  %"cursor.181" = and i64 %".2384", 16383
  br label %"ipv4_d1"
to_ipv6.18:
  %".2386" = getelementptr i8, ptr %"keys", i64 2
  %".2387" = trunc i64 %".2367" to i16
  store volatile i16 %".2387", ptr %".2386", align 2
  %".2389" = load volatile i16, ptr %".2386", align 2
  %".2390" = zext i16 %".2389" to i64
  %"cursor.182" = and i64 %".2390", 16383
  br label %"ipv6_d1"
to_mpls.29:
  %".2392" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2392", align 2
  %".2394" = getelementptr i8, ptr %"keys", i64 2
  %".2395" = trunc i64 %".2367" to i16
  store volatile i16 %".2395", ptr %".2394", align 2
  %".2397" = load volatile i16, ptr %".2394", align 2
  %".2398" = zext i16 %".2397" to i64
  %"cursor.183" = and i64 %".2398", 16383
  br label %"mpls_mpls_labels1"
to_mpls.30:
  %".2400" = getelementptr i8, ptr %"keys", i64 10
  store i16 18568, ptr %".2400", align 2
  %".2402" = getelementptr i8, ptr %"keys", i64 2
  %".2403" = trunc i64 %".2367" to i16
  store volatile i16 %".2403", ptr %".2402", align 2
  %".2405" = load volatile i16, ptr %".2402", align 2
  %".2406" = zext i16 %".2405" to i64
  %"cursor.184" = and i64 %".2406", 16383
  br label %"mpls_mpls_labels1"
exit.78:
  %".2411" = trunc i64 %"cursor.112" to i16
  %".2412" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2411", ptr %".2412", align 2
  br label %"return"
cont.78:
  %".2415" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2416" = load i8, ptr %".2415", align 1
  %".2417" = zext i8 %".2416" to i64
  %".2418" = trunc i64 %".2417" to i8
  %".2419" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2418", ptr %".2419", align 1
  %".2421" = add i64 %"cursor.112", 2
  %".2422" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2423" = load i8, ptr %".2422", align 1
  %".2424" = zext i8 %".2423" to i64
  %".2425" = mul i64 %".2424", 8
  %".2426" = add i64 %".2425", 6
  %".2427" = add i64 %".2426", 2
  %".2428" = getelementptr i8, ptr %"hdr.32", i64 %".2427"
  %".2429" = icmp ugt ptr %".2428", %"data_end"
  br i1 %".2429", label %"exit.79", label %"cont.79"
exit.79:
  %".2431" = trunc i64 %"cursor.112" to i16
  %".2432" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2431", ptr %".2432", align 2
  br label %"return"
cont.79:
  %"end.10" = add i64 %"cursor.112", %".2427"
  %".2435" = zext i8 %".2416" to i64
  switch i64 %".2435", label %"unknown.23" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 132, label %"to_sctp.10" i64 33, label %"to_dccp.10" i64 50, label %"to_esp.10" i64 51, label %"to_ah.10" i64 58, label %"to_icmpv6.8" i64 137, label %"to_mpls.31" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.19"]
unknown.23:
  %".2437" = trunc i64 %"end.10" to i16
  %".2438" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2437", ptr %".2438", align 2
  br label %"return"
to_ipv6_opts.24:
  %".2441" = getelementptr i8, ptr %"keys", i64 2
  %".2442" = trunc i64 %"end.10" to i16
  store volatile i16 %".2442", ptr %".2441", align 2
  %".2444" = load volatile i16, ptr %".2441", align 2
  %".2445" = zext i16 %".2444" to i64
  %"cursor.186" = and i64 %".2445", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  %".2447" = getelementptr i8, ptr %"keys", i64 2
  %".2448" = trunc i64 %"end.10" to i16
  store volatile i16 %".2448", ptr %".2447", align 2
  %".2450" = load volatile i16, ptr %".2447", align 2
  %".2451" = zext i16 %".2450" to i64
  %"cursor.187" = and i64 %".2451", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  %".2453" = getelementptr i8, ptr %"keys", i64 2
  %".2454" = trunc i64 %"end.10" to i16
  store volatile i16 %".2454", ptr %".2453", align 2
  %".2456" = load volatile i16, ptr %".2453", align 2
  %".2457" = zext i16 %".2456" to i64
  %"cursor.188" = and i64 %".2457", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  %".2459" = getelementptr i8, ptr %"keys", i64 2
  %".2460" = trunc i64 %"end.10" to i16
  store volatile i16 %".2460", ptr %".2459", align 2
  %".2462" = load volatile i16, ptr %".2459", align 2
  %".2463" = zext i16 %".2462" to i64
  %"cursor.190" = and i64 %".2463", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  %".2465" = getelementptr i8, ptr %"keys", i64 2
  %".2466" = trunc i64 %"end.10" to i16
  store volatile i16 %".2466", ptr %".2465", align 2
  %".2468" = load volatile i16, ptr %".2465", align 2
  %".2469" = zext i16 %".2468" to i64
  %"cursor.191" = and i64 %".2469", 16383
  br label %"tcp"
to_udp.10:
  %".2471" = getelementptr i8, ptr %"keys", i64 2
  %".2472" = trunc i64 %"end.10" to i16
  store volatile i16 %".2472", ptr %".2471", align 2
  %".2474" = load volatile i16, ptr %".2471", align 2
  %".2475" = zext i16 %".2474" to i64
  %"cursor.192" = and i64 %".2475", 16383
  br label %"udp"
to_udplite.10:
  %".2477" = getelementptr i8, ptr %"keys", i64 2
  %".2478" = trunc i64 %"end.10" to i16
  store volatile i16 %".2478", ptr %".2477", align 2
  %".2480" = load volatile i16, ptr %".2477", align 2
  %".2481" = zext i16 %".2480" to i64
  %"cursor.193" = and i64 %".2481", 16383
  br label %"udplite"
to_gre.10:
  %".2483" = getelementptr i8, ptr %"keys", i64 2
  %".2484" = trunc i64 %"end.10" to i16
  store volatile i16 %".2484", ptr %".2483", align 2
  %".2486" = load volatile i16, ptr %".2483", align 2
  %".2487" = zext i16 %".2486" to i64
  %"cursor.194" = and i64 %".2487", 16383
  br label %"gre_d1"
to_sctp.10:
  %".2489" = getelementptr i8, ptr %"keys", i64 2
  %".2490" = trunc i64 %"end.10" to i16
  store volatile i16 %".2490", ptr %".2489", align 2
  %".2492" = load volatile i16, ptr %".2489", align 2
  %".2493" = zext i16 %".2492" to i64
  %"cursor.195" = and i64 %".2493", 16383
  br label %"sctp"
to_dccp.10:
  %".2495" = getelementptr i8, ptr %"keys", i64 2
  %".2496" = trunc i64 %"end.10" to i16
  store volatile i16 %".2496", ptr %".2495", align 2
  %".2498" = load volatile i16, ptr %".2495", align 2
  %".2499" = zext i16 %".2498" to i64
  %"cursor.196" = and i64 %".2499", 16383
  br label %"dccp"
to_esp.10:
  %".2501" = getelementptr i8, ptr %"keys", i64 2
  %".2502" = trunc i64 %"end.10" to i16
  store volatile i16 %".2502", ptr %".2501", align 2
  %".2504" = load volatile i16, ptr %".2501", align 2
  %".2505" = zext i16 %".2504" to i64
  %"cursor.197" = and i64 %".2505", 16383
  br label %"esp"
to_ah.10:
  %".2507" = getelementptr i8, ptr %"keys", i64 2
  %".2508" = trunc i64 %"end.10" to i16
  store volatile i16 %".2508", ptr %".2507", align 2
  %".2510" = load volatile i16, ptr %".2507", align 2
  %".2511" = zext i16 %".2510" to i64
  %"cursor.198" = and i64 %".2511", 16383
  br label %"ah"
to_icmpv6.8:
  %".2513" = getelementptr i8, ptr %"keys", i64 2
  %".2514" = trunc i64 %"end.10" to i16
  store volatile i16 %".2514", ptr %".2513", align 2
  %".2516" = load volatile i16, ptr %".2513", align 2
  %".2517" = zext i16 %".2516" to i64
  %"cursor.199" = and i64 %".2517", 16383
  br label %"icmpv6"
to_mpls.31:
  %".2519" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2519", align 2
  %".2521" = getelementptr i8, ptr %"keys", i64 2
  %".2522" = trunc i64 %"end.10" to i16
  store volatile i16 %".2522", ptr %".2521", align 2
  %".2524" = load volatile i16, ptr %".2521", align 2
  %".2525" = zext i16 %".2524" to i64
  %"cursor.200" = and i64 %".2525", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.19:
  %".2527" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2527", align 1
  %".2529" = and i32 %"flags", 4
  %".2530" = icmp ne i32 %".2529", 0
  br i1 %".2530", label %"exit.80", label %"cont.80"
to_ipv6.19:
  %".2540" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2540", align 1
  %".2542" = and i32 %"flags", 4
  %".2543" = icmp ne i32 %".2542", 0
  br i1 %".2543", label %"exit.81", label %"cont.81"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.185" = phi  i64 [%"cursor.186", %"to_ipv6_opts.24"], [%"cursor.187", %"to_ipv6_opts.25"], [%"cursor.188", %"to_ipv6_opts.26"], [%"cursor.201", %"to_ipv6_opts.27"], [%"cursor.202", %"to_ipv6_opts.28"], [%"cursor.203", %"to_ipv6_opts.29"]
  %"hdr.38" = getelementptr i8, ptr %"data", i64 %"cursor.185"
  %".3091" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3092" = icmp ugt ptr %".3091", %"data_end"
  br i1 %".3092", label %"exit.96", label %"cont.96"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.189" = phi  i64 [%"cursor.190", %"to_ipv6_frag.8"], [%"cursor.204", %"to_ipv6_frag.9"]
  %"hdr.39" = getelementptr i8, ptr %"data", i64 %"cursor.189"
  %".3228" = getelementptr i8, ptr %"hdr.39", i64 8
  %".3229" = icmp ugt ptr %".3228", %"data_end"
  br i1 %".3229", label %"exit.100", label %"cont.100"
exit.80:
  %".2532" = trunc i64 %"end.10" to i16
  %".2533" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2532", ptr %".2533", align 2
  br label %"return"
cont.80:
  %".2536" = trunc i64 %"end.10" to i16
  %".2537" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2536", ptr %".2537", align 2
  br label %"return"
exit.81:
  %".2545" = trunc i64 %"end.10" to i16
  %".2546" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2545", ptr %".2546", align 2
  br label %"return"
cont.81:
  %".2549" = trunc i64 %"end.10" to i16
  %".2550" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2549", ptr %".2550", align 2
  br label %"return"
exit.82:
  %".2556" = trunc i64 %"cursor.116" to i16
  %".2557" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2556", ptr %".2557", align 2
  br label %"return"
cont.82:
  %".2560" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2561" = load i8, ptr %".2560", align 1
  %".2562" = zext i8 %".2561" to i64
  %".2563" = trunc i64 %".2562" to i8
  %".2564" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2563", ptr %".2564", align 1
  %".2566" = add i64 %"cursor.116", 8
  %".2567" = icmp ne i64 1, 0
  %".2568" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2569" = load i16, ptr %".2568", align 2
  %".2570" = call i16 @"llvm.bswap.i16"(i16 %".2569")
  %".2571" = zext i16 %".2570" to i64
  %".2572" = and i64 %".2571", 65528
  %".2573" = icmp eq i64 %".2572", 0
  br i1 %".2567", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".2575" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2575", align 1
  br i1 %".2573", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".2593" = zext i8 %".2561" to i64
  switch i64 %".2593", label %"unknown.24" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 132, label %"to_sctp.11" i64 33, label %"to_dccp.11" i64 50, label %"to_esp.11" i64 51, label %"to_ah.11" i64 58, label %"to_icmpv6.9" i64 137, label %"to_mpls.32" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.20"]
first_fragment.5:
  %".2582" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2582", align 1
  %".2584" = and i32 %"flags", 1
  %".2585" = icmp ne i32 %".2584", 0
  %".2586" = xor i1 %".2585", -1
  br i1 %".2586", label %"exit.83", label %"cont.83"
later_fragment.5:
  %".2578" = trunc i64 %".2566" to i16
  %".2579" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2578", ptr %".2579", align 2
  br label %"return"
exit.83:
  %".2588" = trunc i64 %".2566" to i16
  %".2589" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2588", ptr %".2589", align 2
  br label %"return"
cont.83:
  br label %"not_fragment.5"
unknown.24:
  %".2595" = trunc i64 %".2566" to i16
  %".2596" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2595", ptr %".2596", align 2
  br label %"return"
to_ipv6_opts.27:
  %".2599" = getelementptr i8, ptr %"keys", i64 2
  %".2600" = trunc i64 %".2566" to i16
  store volatile i16 %".2600", ptr %".2599", align 2
  %".2602" = load volatile i16, ptr %".2599", align 2
  %".2603" = zext i16 %".2602" to i64
  %"cursor.201" = and i64 %".2603", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  %".2605" = getelementptr i8, ptr %"keys", i64 2
  %".2606" = trunc i64 %".2566" to i16
  store volatile i16 %".2606", ptr %".2605", align 2
  %".2608" = load volatile i16, ptr %".2605", align 2
  %".2609" = zext i16 %".2608" to i64
  %"cursor.202" = and i64 %".2609", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  %".2611" = getelementptr i8, ptr %"keys", i64 2
  %".2612" = trunc i64 %".2566" to i16
  store volatile i16 %".2612", ptr %".2611", align 2
  %".2614" = load volatile i16, ptr %".2611", align 2
  %".2615" = zext i16 %".2614" to i64
  %"cursor.203" = and i64 %".2615", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  %".2617" = getelementptr i8, ptr %"keys", i64 2
  %".2618" = trunc i64 %".2566" to i16
  store volatile i16 %".2618", ptr %".2617", align 2
  %".2620" = load volatile i16, ptr %".2617", align 2
  %".2621" = zext i16 %".2620" to i64
  %"cursor.204" = and i64 %".2621", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  %".2623" = getelementptr i8, ptr %"keys", i64 2
  %".2624" = trunc i64 %".2566" to i16
  store volatile i16 %".2624", ptr %".2623", align 2
  %".2626" = load volatile i16, ptr %".2623", align 2
  %".2627" = zext i16 %".2626" to i64
  %"cursor.205" = and i64 %".2627", 16383
  br label %"tcp"
to_udp.11:
  %".2629" = getelementptr i8, ptr %"keys", i64 2
  %".2630" = trunc i64 %".2566" to i16
  store volatile i16 %".2630", ptr %".2629", align 2
  %".2632" = load volatile i16, ptr %".2629", align 2
  %".2633" = zext i16 %".2632" to i64
  %"cursor.206" = and i64 %".2633", 16383
  br label %"udp"
to_udplite.11:
  %".2635" = getelementptr i8, ptr %"keys", i64 2
  %".2636" = trunc i64 %".2566" to i16
  store volatile i16 %".2636", ptr %".2635", align 2
  %".2638" = load volatile i16, ptr %".2635", align 2
  %".2639" = zext i16 %".2638" to i64
  %"cursor.207" = and i64 %".2639", 16383
  br label %"udplite"
to_gre.11:
  %".2641" = getelementptr i8, ptr %"keys", i64 2
  %".2642" = trunc i64 %".2566" to i16
  store volatile i16 %".2642", ptr %".2641", align 2
  %".2644" = load volatile i16, ptr %".2641", align 2
  %".2645" = zext i16 %".2644" to i64
  %"cursor.208" = and i64 %".2645", 16383
  br label %"gre_d1"
to_sctp.11:
  %".2647" = getelementptr i8, ptr %"keys", i64 2
  %".2648" = trunc i64 %".2566" to i16
  store volatile i16 %".2648", ptr %".2647", align 2
  %".2650" = load volatile i16, ptr %".2647", align 2
  %".2651" = zext i16 %".2650" to i64
  %"cursor.209" = and i64 %".2651", 16383
  br label %"sctp"
to_dccp.11:
  %".2653" = getelementptr i8, ptr %"keys", i64 2
  %".2654" = trunc i64 %".2566" to i16
  store volatile i16 %".2654", ptr %".2653", align 2
  %".2656" = load volatile i16, ptr %".2653", align 2
  %".2657" = zext i16 %".2656" to i64
  %"cursor.210" = and i64 %".2657", 16383
  br label %"dccp"
to_esp.11:
  %".2659" = getelementptr i8, ptr %"keys", i64 2
  %".2660" = trunc i64 %".2566" to i16
  store volatile i16 %".2660", ptr %".2659", align 2
  %".2662" = load volatile i16, ptr %".2659", align 2
  %".2663" = zext i16 %".2662" to i64
  %"cursor.211" = and i64 %".2663", 16383
  br label %"esp"
to_ah.11:
  %".2665" = getelementptr i8, ptr %"keys", i64 2
  %".2666" = trunc i64 %".2566" to i16
  store volatile i16 %".2666", ptr %".2665", align 2
  %".2668" = load volatile i16, ptr %".2665", align 2
  %".2669" = zext i16 %".2668" to i64
  %"cursor.212" = and i64 %".2669", 16383
  br label %"ah"
to_icmpv6.9:
  %".2671" = getelementptr i8, ptr %"keys", i64 2
  %".2672" = trunc i64 %".2566" to i16
  store volatile i16 %".2672", ptr %".2671", align 2
  %".2674" = load volatile i16, ptr %".2671", align 2
  %".2675" = zext i16 %".2674" to i64
  %"cursor.213" = and i64 %".2675", 16383
  br label %"icmpv6"
to_mpls.32:
  %".2677" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2677", align 2
  %".2679" = getelementptr i8, ptr %"keys", i64 2
  %".2680" = trunc i64 %".2566" to i16
  store volatile i16 %".2680", ptr %".2679", align 2
  %".2682" = load volatile i16, ptr %".2679", align 2
  %".2683" = zext i16 %".2682" to i64
  %"cursor.214" = and i64 %".2683", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.20:
  %".2685" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2685", align 1
  %".2687" = and i32 %"flags", 4
  %".2688" = icmp ne i32 %".2687", 0
  br i1 %".2688", label %"exit.84", label %"cont.84"
to_ipv6.20:
  %".2698" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2698", align 1
  %".2700" = and i32 %"flags", 4
  %".2701" = icmp ne i32 %".2700", 0
  br i1 %".2701", label %"exit.85", label %"cont.85"
exit.84:
  %".2690" = trunc i64 %".2566" to i16
  %".2691" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2690", ptr %".2691", align 2
  br label %"return"
cont.84:
  %".2694" = trunc i64 %".2566" to i16
  %".2695" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2694", ptr %".2695", align 2
  br label %"return"
exit.85:
  %".2703" = trunc i64 %".2566" to i16
  %".2704" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2703", ptr %".2704", align 2
  br label %"return"
cont.85:
  %".2707" = trunc i64 %".2566" to i16
  %".2708" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2707", ptr %".2708", align 2
  br label %"return"
exit.86:
  %".2714" = trunc i64 %"cursor.142" to i16
  %".2715" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2714", ptr %".2715", align 2
  br label %"return"
cont.86:
  %".2718" = getelementptr i8, ptr %"hdr.34", i64 0
  %".2719" = load i8, ptr %".2718", align 1
  %".2720" = zext i8 %".2719" to i64
  %".2721" = trunc i64 %".2720" to i8
  %".2722" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2721", ptr %".2722", align 1
  %".2724" = add i64 %"cursor.142", 2
  %".2725" = getelementptr i8, ptr %"hdr.34", i64 1
  %".2726" = load i8, ptr %".2725", align 1
  %".2727" = zext i8 %".2726" to i64
  %".2728" = mul i64 %".2727", 8
  %".2729" = add i64 %".2728", 6
  %".2730" = add i64 %".2729", 2
  %".2731" = getelementptr i8, ptr %"hdr.34", i64 %".2730"
  %".2732" = icmp ugt ptr %".2731", %"data_end"
  br i1 %".2732", label %"exit.87", label %"cont.87"
exit.87:
  %".2734" = trunc i64 %"cursor.142" to i16
  %".2735" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2734", ptr %".2735", align 2
  br label %"return"
cont.87:
  %"end.11" = add i64 %"cursor.142", %".2730"
  %".2738" = zext i8 %".2719" to i64
  switch i64 %".2738", label %"unknown.25" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 132, label %"to_sctp.12" i64 33, label %"to_dccp.12" i64 50, label %"to_esp.12" i64 51, label %"to_ah.12" i64 58, label %"to_icmpv6.10" i64 137, label %"to_mpls.33" i64 4, label %"to_ipv4.21" i64 41, label %"to_ipv6.21"]
unknown.25:
  %".2740" = trunc i64 %"end.11" to i16
  %".2741" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2740", ptr %".2741", align 2
  br label %"return"
to_ipv6_opts.30:
  %".2744" = trunc i64 %"end.11" to i16
  %".2745" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2744", ptr %".2745", align 2
  br label %"return"
to_ipv6_opts.31:
  %".2748" = trunc i64 %"end.11" to i16
  %".2749" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2748", ptr %".2749", align 2
  br label %"return"
to_ipv6_opts.32:
  %".2752" = trunc i64 %"end.11" to i16
  %".2753" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2752", ptr %".2753", align 2
  br label %"return"
to_ipv6_frag.10:
  %".2756" = trunc i64 %"end.11" to i16
  %".2757" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2756", ptr %".2757", align 2
  br label %"return"
to_tcp.12:
  %".2760" = getelementptr i8, ptr %"keys", i64 2
  %".2761" = trunc i64 %"end.11" to i16
  store volatile i16 %".2761", ptr %".2760", align 2
  %".2763" = load volatile i16, ptr %".2760", align 2
  %".2764" = zext i16 %".2763" to i64
  %"cursor.215" = and i64 %".2764", 16383
  br label %"tcp"
to_udp.12:
  %".2766" = getelementptr i8, ptr %"keys", i64 2
  %".2767" = trunc i64 %"end.11" to i16
  store volatile i16 %".2767", ptr %".2766", align 2
  %".2769" = load volatile i16, ptr %".2766", align 2
  %".2770" = zext i16 %".2769" to i64
  %"cursor.216" = and i64 %".2770", 16383
  br label %"udp"
to_udplite.12:
  %".2772" = getelementptr i8, ptr %"keys", i64 2
  %".2773" = trunc i64 %"end.11" to i16
  store volatile i16 %".2773", ptr %".2772", align 2
  %".2775" = load volatile i16, ptr %".2772", align 2
  %".2776" = zext i16 %".2775" to i64
  %"cursor.217" = and i64 %".2776", 16383
  br label %"udplite"
to_gre.12:
  %".2778" = getelementptr i8, ptr %"keys", i64 2
  %".2779" = trunc i64 %"end.11" to i16
  store volatile i16 %".2779", ptr %".2778", align 2
  %".2781" = load volatile i16, ptr %".2778", align 2
  %".2782" = zext i16 %".2781" to i64
  %"cursor.218" = and i64 %".2782", 16383
  br label %"gre_d0"
to_sctp.12:
  %".2784" = getelementptr i8, ptr %"keys", i64 2
  %".2785" = trunc i64 %"end.11" to i16
  store volatile i16 %".2785", ptr %".2784", align 2
  %".2787" = load volatile i16, ptr %".2784", align 2
  %".2788" = zext i16 %".2787" to i64
  %"cursor.219" = and i64 %".2788", 16383
  br label %"sctp"
to_dccp.12:
  %".2790" = getelementptr i8, ptr %"keys", i64 2
  %".2791" = trunc i64 %"end.11" to i16
  store volatile i16 %".2791", ptr %".2790", align 2
  %".2793" = load volatile i16, ptr %".2790", align 2
  %".2794" = zext i16 %".2793" to i64
  %"cursor.220" = and i64 %".2794", 16383
  br label %"dccp"
to_esp.12:
  %".2796" = getelementptr i8, ptr %"keys", i64 2
  %".2797" = trunc i64 %"end.11" to i16
  store volatile i16 %".2797", ptr %".2796", align 2
  %".2799" = load volatile i16, ptr %".2796", align 2
  %".2800" = zext i16 %".2799" to i64
  %"cursor.221" = and i64 %".2800", 16383
  br label %"esp"
to_ah.12:
  %".2802" = getelementptr i8, ptr %"keys", i64 2
  %".2803" = trunc i64 %"end.11" to i16
  store volatile i16 %".2803", ptr %".2802", align 2
  %".2805" = load volatile i16, ptr %".2802", align 2
  %".2806" = zext i16 %".2805" to i64
  %"cursor.222" = and i64 %".2806", 16383
  br label %"ah"
to_icmpv6.10:
  %".2808" = getelementptr i8, ptr %"keys", i64 2
  %".2809" = trunc i64 %"end.11" to i16
  store volatile i16 %".2809", ptr %".2808", align 2
  %".2811" = load volatile i16, ptr %".2808", align 2
  %".2812" = zext i16 %".2811" to i64
  %"cursor.223" = and i64 %".2812", 16383
  br label %"icmpv6"
to_mpls.33:
  %".2814" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2814", align 2
  %".2816" = getelementptr i8, ptr %"keys", i64 2
  %".2817" = trunc i64 %"end.11" to i16
  store volatile i16 %".2817", ptr %".2816", align 2
  %".2819" = load volatile i16, ptr %".2816", align 2
  %".2820" = zext i16 %".2819" to i64
  %"cursor.224" = and i64 %".2820", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.21:
  %".2822" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2822", align 1
  %".2824" = and i32 %"flags", 4
  %".2825" = icmp ne i32 %".2824", 0
  br i1 %".2825", label %"exit.88", label %"cont.88"
to_ipv6.21:
  %".2837" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2837", align 1
  %".2839" = and i32 %"flags", 4
  %".2840" = icmp ne i32 %".2839", 0
  br i1 %".2840", label %"exit.89", label %"cont.89"
exit.88:
  %".2827" = trunc i64 %"end.11" to i16
  %".2828" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2827", ptr %".2828", align 2
  br label %"return"
cont.88:
  %".2831" = getelementptr i8, ptr %"keys", i64 2
  %".2832" = trunc i64 %"end.11" to i16
  store volatile i16 %".2832", ptr %".2831", align 2
  %".2834" = load volatile i16, ptr %".2831", align 2
  %".2835" = zext i16 %".2834" to i64
  %"cursor.225" = and i64 %".2835", 16383
  br label %"ipv4_d1"
exit.89:
  %".2842" = trunc i64 %"end.11" to i16
  %".2843" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2842", ptr %".2843", align 2
  br label %"return"
cont.89:
  %".2846" = getelementptr i8, ptr %"keys", i64 2
  %".2847" = trunc i64 %"end.11" to i16
  store volatile i16 %".2847", ptr %".2846", align 2
  %".2849" = load volatile i16, ptr %".2846", align 2
  %".2850" = zext i16 %".2849" to i64
  %"cursor.226" = and i64 %".2850", 16383
  br label %"ipv6_d1"
exit.90:
  %".2855" = trunc i64 %"cursor.144" to i16
  %".2856" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2855", ptr %".2856", align 2
  br label %"return"
cont.90:
  %".2859" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2860" = load i8, ptr %".2859", align 1
  %".2861" = zext i8 %".2860" to i64
  %".2862" = trunc i64 %".2861" to i8
  %".2863" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2862", ptr %".2863", align 1
  %".2865" = add i64 %"cursor.144", 8
  %".2866" = icmp ne i64 1, 0
  %".2867" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2868" = load i16, ptr %".2867", align 2
  %".2869" = call i16 @"llvm.bswap.i16"(i16 %".2868")
  %".2870" = zext i16 %".2869" to i64
  %".2871" = and i64 %".2870", 65528
  %".2872" = icmp eq i64 %".2871", 0
  br i1 %".2866", label %"fragment.6", label %"not_fragment.6"
fragment.6:
  %".2874" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2874", align 1
  br i1 %".2872", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".2892" = zext i8 %".2860" to i64
  switch i64 %".2892", label %"unknown.26" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 132, label %"to_sctp.13" i64 33, label %"to_dccp.13" i64 50, label %"to_esp.13" i64 51, label %"to_ah.13" i64 58, label %"to_icmpv6.11" i64 137, label %"to_mpls.34" i64 4, label %"to_ipv4.22" i64 41, label %"to_ipv6.22"]
first_fragment.6:
  %".2881" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2881", align 1
  %".2883" = and i32 %"flags", 1
  %".2884" = icmp ne i32 %".2883", 0
  %".2885" = xor i1 %".2884", -1
  br i1 %".2885", label %"exit.91", label %"cont.91"
later_fragment.6:
  %".2877" = trunc i64 %".2865" to i16
  %".2878" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2877", ptr %".2878", align 2
  br label %"return"
exit.91:
  %".2887" = trunc i64 %".2865" to i16
  %".2888" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2887", ptr %".2888", align 2
  br label %"return"
cont.91:
  br label %"not_fragment.6"
unknown.26:
  %".2894" = trunc i64 %".2865" to i16
  %".2895" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2894", ptr %".2895", align 2
  br label %"return"
to_ipv6_opts.33:
  %".2898" = trunc i64 %".2865" to i16
  %".2899" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2898", ptr %".2899", align 2
  br label %"return"
to_ipv6_opts.34:
  %".2902" = trunc i64 %".2865" to i16
  %".2903" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2902", ptr %".2903", align 2
  br label %"return"
to_ipv6_opts.35:
  %".2906" = trunc i64 %".2865" to i16
  %".2907" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2906", ptr %".2907", align 2
  br label %"return"
to_ipv6_frag.11:
  %".2910" = trunc i64 %".2865" to i16
  %".2911" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2910", ptr %".2911", align 2
  br label %"return"
to_tcp.13:
  %".2914" = getelementptr i8, ptr %"keys", i64 2
  %".2915" = trunc i64 %".2865" to i16
  store volatile i16 %".2915", ptr %".2914", align 2
  %".2917" = load volatile i16, ptr %".2914", align 2
  %".2918" = zext i16 %".2917" to i64
  %"cursor.227" = and i64 %".2918", 16383
  br label %"tcp"
to_udp.13:
  %".2920" = getelementptr i8, ptr %"keys", i64 2
  %".2921" = trunc i64 %".2865" to i16
  store volatile i16 %".2921", ptr %".2920", align 2
  %".2923" = load volatile i16, ptr %".2920", align 2
  %".2924" = zext i16 %".2923" to i64
  %"cursor.228" = and i64 %".2924", 16383
  br label %"udp"
to_udplite.13:
  %".2926" = getelementptr i8, ptr %"keys", i64 2
  %".2927" = trunc i64 %".2865" to i16
  store volatile i16 %".2927", ptr %".2926", align 2
  %".2929" = load volatile i16, ptr %".2926", align 2
  %".2930" = zext i16 %".2929" to i64
  %"cursor.229" = and i64 %".2930", 16383
  br label %"udplite"
to_gre.13:
  %".2932" = getelementptr i8, ptr %"keys", i64 2
  %".2933" = trunc i64 %".2865" to i16
  store volatile i16 %".2933", ptr %".2932", align 2
  %".2935" = load volatile i16, ptr %".2932", align 2
  %".2936" = zext i16 %".2935" to i64
  %"cursor.230" = and i64 %".2936", 16383
  br label %"gre_d0"
to_sctp.13:
  %".2938" = getelementptr i8, ptr %"keys", i64 2
  %".2939" = trunc i64 %".2865" to i16
  store volatile i16 %".2939", ptr %".2938", align 2
  %".2941" = load volatile i16, ptr %".2938", align 2
  %".2942" = zext i16 %".2941" to i64
  %"cursor.231" = and i64 %".2942", 16383
  br label %"sctp"
to_dccp.13:
  %".2944" = getelementptr i8, ptr %"keys", i64 2
  %".2945" = trunc i64 %".2865" to i16
  store volatile i16 %".2945", ptr %".2944", align 2
  %".2947" = load volatile i16, ptr %".2944", align 2
  %".2948" = zext i16 %".2947" to i64
  %"cursor.232" = and i64 %".2948", 16383
  br label %"dccp"
to_esp.13:
  %".2950" = getelementptr i8, ptr %"keys", i64 2
  %".2951" = trunc i64 %".2865" to i16
  store volatile i16 %".2951", ptr %".2950", align 2
  %".2953" = load volatile i16, ptr %".2950", align 2
  %".2954" = zext i16 %".2953" to i64
  %"cursor.233" = and i64 %".2954", 16383
  br label %"esp"
to_ah.13:
  %".2956" = getelementptr i8, ptr %"keys", i64 2
  %".2957" = trunc i64 %".2865" to i16
  store volatile i16 %".2957", ptr %".2956", align 2
  %".2959" = load volatile i16, ptr %".2956", align 2
  %".2960" = zext i16 %".2959" to i64
  %"cursor.234" = and i64 %".2960", 16383
  br label %"ah"
to_icmpv6.11:
  %".2962" = getelementptr i8, ptr %"keys", i64 2
  %".2963" = trunc i64 %".2865" to i16
  store volatile i16 %".2963", ptr %".2962", align 2
  %".2965" = load volatile i16, ptr %".2962", align 2
  %".2966" = zext i16 %".2965" to i64
  %"cursor.235" = and i64 %".2966", 16383
  br label %"icmpv6"
to_mpls.34:
  %".2968" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".2968", align 2
  %".2970" = getelementptr i8, ptr %"keys", i64 2
  %".2971" = trunc i64 %".2865" to i16
  store volatile i16 %".2971", ptr %".2970", align 2
  %".2973" = load volatile i16, ptr %".2970", align 2
  %".2974" = zext i16 %".2973" to i64
  %"cursor.236" = and i64 %".2974", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.22:
  %".2976" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2976", align 1
  %".2978" = and i32 %"flags", 4
  %".2979" = icmp ne i32 %".2978", 0
  br i1 %".2979", label %"exit.92", label %"cont.92"
to_ipv6.22:
  %".2991" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2991", align 1
  %".2993" = and i32 %"flags", 4
  %".2994" = icmp ne i32 %".2993", 0
  br i1 %".2994", label %"exit.93", label %"cont.93"
exit.92:
  %".2981" = trunc i64 %".2865" to i16
  %".2982" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2981", ptr %".2982", align 2
  br label %"return"
cont.92:
  %".2985" = getelementptr i8, ptr %"keys", i64 2
  %".2986" = trunc i64 %".2865" to i16
  store volatile i16 %".2986", ptr %".2985", align 2
  %".2988" = load volatile i16, ptr %".2985", align 2
  %".2989" = zext i16 %".2988" to i64
  %"cursor.237" = and i64 %".2989", 16383
  br label %"ipv4_d1"
exit.93:
  %".2996" = trunc i64 %".2865" to i16
  %".2997" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2996", ptr %".2997", align 2
  br label %"return"
cont.93:
  %".3000" = getelementptr i8, ptr %"keys", i64 2
  %".3001" = trunc i64 %".2865" to i16
  store volatile i16 %".3001", ptr %".3000", align 2
  %".3003" = load volatile i16, ptr %".3000", align 2
  %".3004" = zext i16 %".3003" to i64
  %"cursor.238" = and i64 %".3004", 16383
  br label %"ipv6_d1"
exit.94:
  %".3009" = trunc i64 %"cursor.172" to i16
  %".3010" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3009", ptr %".3010", align 2
  br label %"return"
cont.94:
  %".3013" = add i64 %"cursor.172", 4
  %".3014" = getelementptr i8, ptr %"hdr.36", i64 2
  %".3015" = load i8, ptr %".3014", align 1
  %".3016" = zext i8 %".3015" to i64
  %".3017" = and i64 %".3016", 1
  switch i64 %".3017", label %"unknown.27" [i64 0, label %"to_mpls.35"]
unknown.27:
  %".3019" = trunc i64 %".3013" to i16
  %".3020" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3019", ptr %".3020", align 2
  br label %"return"
to_mpls.35:
  %".3023" = trunc i64 %".3013" to i16
  %".3024" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3023", ptr %".3024", align 2
  br label %"return"
exit.95:
  %".3030" = trunc i64 %"cursor.175" to i16
  %".3031" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3030", ptr %".3031", align 2
  br label %"return"
cont.95:
  %".3034" = getelementptr i8, ptr %"hdr.37", i64 2
  %".3035" = load i16, ptr %".3034", align 2
  %".3036" = call i16 @"llvm.bswap.i16"(i16 %".3035")
  %".3037" = zext i16 %".3036" to i64
  %".3038" = trunc i64 %".3037" to i16
  %".3039" = call i16 @"llvm.bswap.i16"(i16 %".3038")
  %".3040" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3039", ptr %".3040", align 2
  %".3042" = add i64 %"cursor.175", 4
  %".3043" = trunc i64 %".3042" to i16
  %".3044" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".3043", ptr %".3044", align 2
  %".3046" = call i16 @"llvm.bswap.i16"(i16 %".3035")
  %".3047" = zext i16 %".3046" to i64
  switch i64 %".3047", label %"unknown.28" [i64 2048, label %"to_ipv4.23" i64 34525, label %"to_ipv6.23" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11" i64 34887, label %"to_mpls.36" i64 34888, label %"to_mpls.37" i64 34916, label %"to_pppoe.5"]
unknown.28:
  %".3049" = trunc i64 %".3042" to i16
  %".3050" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3049", ptr %".3050", align 2
  br label %"return"
to_ipv4.23:
  %".3053" = getelementptr i8, ptr %"keys", i64 2
  %".3054" = trunc i64 %".3042" to i16
  store volatile i16 %".3054", ptr %".3053", align 2
  %".3056" = load volatile i16, ptr %".3053", align 2
  %".3057" = zext i16 %".3056" to i64
  %"cursor.239" = and i64 %".3057", 16383
  br label %"ipv4_d1"
to_ipv6.23:
  %".3059" = getelementptr i8, ptr %"keys", i64 2
  %".3060" = trunc i64 %".3042" to i16
  store volatile i16 %".3060", ptr %".3059", align 2
  %".3062" = load volatile i16, ptr %".3059", align 2
  %".3063" = zext i16 %".3062" to i64
  %"cursor.240" = and i64 %".3063", 16383
  br label %"ipv6_d1"
to_vlan.10:
  %".3065" = trunc i64 %".3042" to i16
  %".3066" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3065", ptr %".3066", align 2
  br label %"return"
to_vlan.11:
  %".3069" = trunc i64 %".3042" to i16
  %".3070" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3069", ptr %".3070", align 2
  br label %"return"
to_mpls.36:
  %".3073" = getelementptr i8, ptr %"keys", i64 2
  %".3074" = trunc i64 %".3042" to i16
  store volatile i16 %".3074", ptr %".3073", align 2
  %".3076" = load volatile i16, ptr %".3073", align 2
  %".3077" = zext i16 %".3076" to i64
  %"cursor.241" = and i64 %".3077", 16383
  br label %"mpls_mpls_labels1"
to_mpls.37:
  %".3079" = getelementptr i8, ptr %"keys", i64 2
  %".3080" = trunc i64 %".3042" to i16
  store volatile i16 %".3080", ptr %".3079", align 2
  %".3082" = load volatile i16, ptr %".3079", align 2
  %".3083" = zext i16 %".3082" to i64
  %"cursor.242" = and i64 %".3083", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.5:
  %".3085" = getelementptr i8, ptr %"keys", i64 2
  %".3086" = trunc i64 %".3042" to i16
  store volatile i16 %".3086", ptr %".3085", align 2
  %".3088" = load volatile i16, ptr %".3085", align 2
  %".3089" = zext i16 %".3088" to i64
  %"cursor.243" = and i64 %".3089", 16383
  br label %"pppoe_d1"
exit.96:
  %".3094" = trunc i64 %"cursor.185" to i16
  %".3095" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3094", ptr %".3095", align 2
  br label %"return"
cont.96:
  %".3098" = getelementptr i8, ptr %"hdr.38", i64 0
  %".3099" = load i8, ptr %".3098", align 1
  %".3100" = zext i8 %".3099" to i64
  %".3101" = trunc i64 %".3100" to i8
  %".3102" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3101", ptr %".3102", align 1
  %".3104" = add i64 %"cursor.185", 2
  %".3105" = getelementptr i8, ptr %"hdr.38", i64 1
  %".3106" = load i8, ptr %".3105", align 1
  %".3107" = zext i8 %".3106" to i64
  %".3108" = mul i64 %".3107", 8
  %".3109" = add i64 %".3108", 6
  %".3110" = add i64 %".3109", 2
  %".3111" = getelementptr i8, ptr %"hdr.38", i64 %".3110"
  %".3112" = icmp ugt ptr %".3111", %"data_end"
  br i1 %".3112", label %"exit.97", label %"cont.97"
exit.97:
  %".3114" = trunc i64 %"cursor.185" to i16
  %".3115" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3114", ptr %".3115", align 2
  br label %"return"
cont.97:
  %"end.12" = add i64 %"cursor.185", %".3110"
  %".3118" = zext i8 %".3099" to i64
  switch i64 %".3118", label %"unknown.29" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 132, label %"to_sctp.14" i64 33, label %"to_dccp.14" i64 50, label %"to_esp.14" i64 51, label %"to_ah.14" i64 58, label %"to_icmpv6.12" i64 137, label %"to_mpls.38" i64 4, label %"to_ipv4.24" i64 41, label %"to_ipv6.24"]
unknown.29:
  %".3120" = trunc i64 %"end.12" to i16
  %".3121" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3120", ptr %".3121", align 2
  br label %"return"
to_ipv6_opts.36:
  %".3124" = trunc i64 %"end.12" to i16
  %".3125" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3124", ptr %".3125", align 2
  br label %"return"
to_ipv6_opts.37:
  %".3128" = trunc i64 %"end.12" to i16
  %".3129" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3128", ptr %".3129", align 2
  br label %"return"
to_ipv6_opts.38:
  %".3132" = trunc i64 %"end.12" to i16
  %".3133" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3132", ptr %".3133", align 2
  br label %"return"
to_ipv6_frag.12:
  %".3136" = trunc i64 %"end.12" to i16
  %".3137" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3136", ptr %".3137", align 2
  br label %"return"
to_tcp.14:
  %".3140" = getelementptr i8, ptr %"keys", i64 2
  %".3141" = trunc i64 %"end.12" to i16
  store volatile i16 %".3141", ptr %".3140", align 2
  %".3143" = load volatile i16, ptr %".3140", align 2
  %".3144" = zext i16 %".3143" to i64
  %"cursor.244" = and i64 %".3144", 16383
  br label %"tcp"
to_udp.14:
  %".3146" = getelementptr i8, ptr %"keys", i64 2
  %".3147" = trunc i64 %"end.12" to i16
  store volatile i16 %".3147", ptr %".3146", align 2
  %".3149" = load volatile i16, ptr %".3146", align 2
  %".3150" = zext i16 %".3149" to i64
  %"cursor.245" = and i64 %".3150", 16383
  br label %"udp"
to_udplite.14:
  %".3152" = getelementptr i8, ptr %"keys", i64 2
  %".3153" = trunc i64 %"end.12" to i16
  store volatile i16 %".3153", ptr %".3152", align 2
  %".3155" = load volatile i16, ptr %".3152", align 2
  %".3156" = zext i16 %".3155" to i64
  %"cursor.246" = and i64 %".3156", 16383
  br label %"udplite"
to_gre.14:
  %".3158" = getelementptr i8, ptr %"keys", i64 2
  %".3159" = trunc i64 %"end.12" to i16
  store volatile i16 %".3159", ptr %".3158", align 2
  %".3161" = load volatile i16, ptr %".3158", align 2
  %".3162" = zext i16 %".3161" to i64
  %"cursor.247" = and i64 %".3162", 16383
  br label %"gre_d1"
to_sctp.14:
  %".3164" = getelementptr i8, ptr %"keys", i64 2
  %".3165" = trunc i64 %"end.12" to i16
  store volatile i16 %".3165", ptr %".3164", align 2
  %".3167" = load volatile i16, ptr %".3164", align 2
  %".3168" = zext i16 %".3167" to i64
  %"cursor.248" = and i64 %".3168", 16383
  br label %"sctp"
to_dccp.14:
  %".3170" = getelementptr i8, ptr %"keys", i64 2
  %".3171" = trunc i64 %"end.12" to i16
  store volatile i16 %".3171", ptr %".3170", align 2
  %".3173" = load volatile i16, ptr %".3170", align 2
  %".3174" = zext i16 %".3173" to i64
  %"cursor.249" = and i64 %".3174", 16383
  br label %"dccp"
to_esp.14:
  %".3176" = getelementptr i8, ptr %"keys", i64 2
  %".3177" = trunc i64 %"end.12" to i16
  store volatile i16 %".3177", ptr %".3176", align 2
  %".3179" = load volatile i16, ptr %".3176", align 2
  %".3180" = zext i16 %".3179" to i64
  %"cursor.250" = and i64 %".3180", 16383
  br label %"esp"
to_ah.14:
  %".3182" = getelementptr i8, ptr %"keys", i64 2
  %".3183" = trunc i64 %"end.12" to i16
  store volatile i16 %".3183", ptr %".3182", align 2
  %".3185" = load volatile i16, ptr %".3182", align 2
  %".3186" = zext i16 %".3185" to i64
  %"cursor.251" = and i64 %".3186", 16383
  br label %"ah"
to_icmpv6.12:
  %".3188" = getelementptr i8, ptr %"keys", i64 2
  %".3189" = trunc i64 %"end.12" to i16
  store volatile i16 %".3189", ptr %".3188", align 2
  %".3191" = load volatile i16, ptr %".3188", align 2
  %".3192" = zext i16 %".3191" to i64
  %"cursor.252" = and i64 %".3192", 16383
  br label %"icmpv6"
to_mpls.38:
  %".3194" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3194", align 2
  %".3196" = getelementptr i8, ptr %"keys", i64 2
  %".3197" = trunc i64 %"end.12" to i16
  store volatile i16 %".3197", ptr %".3196", align 2
  %".3199" = load volatile i16, ptr %".3196", align 2
  %".3200" = zext i16 %".3199" to i64
  %"cursor.253" = and i64 %".3200", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.24:
  %".3202" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3202", align 1
  %".3204" = and i32 %"flags", 4
  %".3205" = icmp ne i32 %".3204", 0
  br i1 %".3205", label %"exit.98", label %"cont.98"
to_ipv6.24:
  %".3215" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3215", align 1
  %".3217" = and i32 %"flags", 4
  %".3218" = icmp ne i32 %".3217", 0
  br i1 %".3218", label %"exit.99", label %"cont.99"
exit.98:
  %".3207" = trunc i64 %"end.12" to i16
  %".3208" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3207", ptr %".3208", align 2
  br label %"return"
cont.98:
  %".3211" = trunc i64 %"end.12" to i16
  %".3212" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3211", ptr %".3212", align 2
  br label %"return"
exit.99:
  %".3220" = trunc i64 %"end.12" to i16
  %".3221" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3220", ptr %".3221", align 2
  br label %"return"
cont.99:
  %".3224" = trunc i64 %"end.12" to i16
  %".3225" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3224", ptr %".3225", align 2
  br label %"return"
exit.100:
  %".3231" = trunc i64 %"cursor.189" to i16
  %".3232" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3231", ptr %".3232", align 2
  br label %"return"
cont.100:
  %".3235" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3236" = load i8, ptr %".3235", align 1
  %".3237" = zext i8 %".3236" to i64
  %".3238" = trunc i64 %".3237" to i8
  %".3239" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3238", ptr %".3239", align 1
  %".3241" = add i64 %"cursor.189", 8
  %".3242" = icmp ne i64 1, 0
  %".3243" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3244" = load i16, ptr %".3243", align 2
  %".3245" = call i16 @"llvm.bswap.i16"(i16 %".3244")
  %".3246" = zext i16 %".3245" to i64
  %".3247" = and i64 %".3246", 65528
  %".3248" = icmp eq i64 %".3247", 0
  br i1 %".3242", label %"fragment.7", label %"not_fragment.7"
fragment.7:
  %".3250" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".3250", align 1
  br i1 %".3248", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".3268" = zext i8 %".3236" to i64
  switch i64 %".3268", label %"unknown.30" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 132, label %"to_sctp.15" i64 33, label %"to_dccp.15" i64 50, label %"to_esp.15" i64 51, label %"to_ah.15" i64 58, label %"to_icmpv6.13" i64 137, label %"to_mpls.39" i64 4, label %"to_ipv4.25" i64 41, label %"to_ipv6.25"]
first_fragment.7:
  %".3257" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".3257", align 1
  %".3259" = and i32 %"flags", 1
  %".3260" = icmp ne i32 %".3259", 0
  %".3261" = xor i1 %".3260", -1
  br i1 %".3261", label %"exit.101", label %"cont.101"
later_fragment.7:
  %".3253" = trunc i64 %".3241" to i16
  %".3254" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3253", ptr %".3254", align 2
  br label %"return"
exit.101:
  %".3263" = trunc i64 %".3241" to i16
  %".3264" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3263", ptr %".3264", align 2
  br label %"return"
cont.101:
  br label %"not_fragment.7"
unknown.30:
  %".3270" = trunc i64 %".3241" to i16
  %".3271" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3270", ptr %".3271", align 2
  br label %"return"
to_ipv6_opts.39:
  %".3274" = trunc i64 %".3241" to i16
  %".3275" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3274", ptr %".3275", align 2
  br label %"return"
to_ipv6_opts.40:
  %".3278" = trunc i64 %".3241" to i16
  %".3279" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3278", ptr %".3279", align 2
  br label %"return"
to_ipv6_opts.41:
  %".3282" = trunc i64 %".3241" to i16
  %".3283" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3282", ptr %".3283", align 2
  br label %"return"
to_ipv6_frag.13:
  %".3286" = trunc i64 %".3241" to i16
  %".3287" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3286", ptr %".3287", align 2
  br label %"return"
to_tcp.15:
  %".3290" = getelementptr i8, ptr %"keys", i64 2
  %".3291" = trunc i64 %".3241" to i16
  store volatile i16 %".3291", ptr %".3290", align 2
  %".3293" = load volatile i16, ptr %".3290", align 2
  %".3294" = zext i16 %".3293" to i64
  %"cursor.254" = and i64 %".3294", 16383
  br label %"tcp"
to_udp.15:
  %".3296" = getelementptr i8, ptr %"keys", i64 2
  %".3297" = trunc i64 %".3241" to i16
  store volatile i16 %".3297", ptr %".3296", align 2
  %".3299" = load volatile i16, ptr %".3296", align 2
  %".3300" = zext i16 %".3299" to i64
  %"cursor.255" = and i64 %".3300", 16383
  br label %"udp"
to_udplite.15:
  %".3302" = getelementptr i8, ptr %"keys", i64 2
  %".3303" = trunc i64 %".3241" to i16
  store volatile i16 %".3303", ptr %".3302", align 2
  %".3305" = load volatile i16, ptr %".3302", align 2
  %".3306" = zext i16 %".3305" to i64
  %"cursor.256" = and i64 %".3306", 16383
  br label %"udplite"
to_gre.15:
  %".3308" = getelementptr i8, ptr %"keys", i64 2
  %".3309" = trunc i64 %".3241" to i16
  store volatile i16 %".3309", ptr %".3308", align 2
  %".3311" = load volatile i16, ptr %".3308", align 2
  %".3312" = zext i16 %".3311" to i64
  %"cursor.257" = and i64 %".3312", 16383
  br label %"gre_d1"
to_sctp.15:
  %".3314" = getelementptr i8, ptr %"keys", i64 2
  %".3315" = trunc i64 %".3241" to i16
  store volatile i16 %".3315", ptr %".3314", align 2
  %".3317" = load volatile i16, ptr %".3314", align 2
  %".3318" = zext i16 %".3317" to i64
  %"cursor.258" = and i64 %".3318", 16383
  br label %"sctp"
to_dccp.15:
  %".3320" = getelementptr i8, ptr %"keys", i64 2
  %".3321" = trunc i64 %".3241" to i16
  store volatile i16 %".3321", ptr %".3320", align 2
  %".3323" = load volatile i16, ptr %".3320", align 2
  %".3324" = zext i16 %".3323" to i64
  %"cursor.259" = and i64 %".3324", 16383
  br label %"dccp"
to_esp.15:
  %".3326" = getelementptr i8, ptr %"keys", i64 2
  %".3327" = trunc i64 %".3241" to i16
  store volatile i16 %".3327", ptr %".3326", align 2
  %".3329" = load volatile i16, ptr %".3326", align 2
  %".3330" = zext i16 %".3329" to i64
  %"cursor.260" = and i64 %".3330", 16383
  br label %"esp"
to_ah.15:
  %".3332" = getelementptr i8, ptr %"keys", i64 2
  %".3333" = trunc i64 %".3241" to i16
  store volatile i16 %".3333", ptr %".3332", align 2
  %".3335" = load volatile i16, ptr %".3332", align 2
  %".3336" = zext i16 %".3335" to i64
  %"cursor.261" = and i64 %".3336", 16383
  br label %"ah"
to_icmpv6.13:
  %".3338" = getelementptr i8, ptr %"keys", i64 2
  %".3339" = trunc i64 %".3241" to i16
  store volatile i16 %".3339", ptr %".3338", align 2
  %".3341" = load volatile i16, ptr %".3338", align 2
  %".3342" = zext i16 %".3341" to i64
  %"cursor.262" = and i64 %".3342", 16383
  br label %"icmpv6"
to_mpls.39:
  %".3344" = getelementptr i8, ptr %"keys", i64 10
  store i16 18312, ptr %".3344", align 2
  %".3346" = getelementptr i8, ptr %"keys", i64 2
  %".3347" = trunc i64 %".3241" to i16
  store volatile i16 %".3347", ptr %".3346", align 2
  %".3349" = load volatile i16, ptr %".3346", align 2
  %".3350" = zext i16 %".3349" to i64
  %"cursor.263" = and i64 %".3350", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.25:
  %".3352" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3352", align 1
  %".3354" = and i32 %"flags", 4
  %".3355" = icmp ne i32 %".3354", 0
  br i1 %".3355", label %"exit.102", label %"cont.102"
to_ipv6.25:
  %".3365" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3365", align 1
  %".3367" = and i32 %"flags", 4
  %".3368" = icmp ne i32 %".3367", 0
  br i1 %".3368", label %"exit.103", label %"cont.103"
exit.102:
  %".3357" = trunc i64 %".3241" to i16
  %".3358" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3357", ptr %".3358", align 2
  br label %"return"
cont.102:
  %".3361" = trunc i64 %".3241" to i16
  %".3362" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3361", ptr %".3362", align 2
  br label %"return"
exit.103:
  %".3370" = trunc i64 %".3241" to i16
  %".3371" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3370", ptr %".3371", align 2
  br label %"return"
cont.103:
  %".3374" = trunc i64 %".3241" to i16
  %".3375" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3374", ptr %".3375", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
