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
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%".307", %"to_ipv4.3"], [%"cursor.31", %"to_ipv4.4"], [%"cursor.97", %"to_ipv4.10"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".34" = getelementptr i8, ptr %"hdr.1", i64 20
  %".35" = icmp ugt ptr %".34", %"data_end"
  br i1 %".35", label %"exit.1", label %"cont.1"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%".307", %"to_ipv6.3"], [%"cursor.32", %"to_ipv6.4"], [%"cursor.98", %"to_ipv6.10"]
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
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"to_mpls"], [%".21", %"to_mpls.1"], [%"cursor.15", %"to_mpls.2"], [%"cursor.24", %"to_mpls.3"], [%"cursor.28", %"to_mpls.4"], [%"cursor.29", %"to_mpls.5"], [%"cursor.33", %"to_mpls.7"], [%"cursor.34", %"to_mpls.8"], [%"cursor.40", %"to_mpls.9"], [%"cursor.41", %"to_mpls.10"], [%"cursor.51", %"to_mpls.11"], [%"cursor.66", %"to_mpls.12"], [%"cursor.79", %"to_mpls.13"], [%"cursor.94", %"to_mpls.14"], [%"cursor.99", %"to_mpls.15"], [%"cursor.100", %"to_mpls.16"], [%"cursor.108", %"to_mpls.18"], [%"cursor.109", %"to_mpls.19"], [%"cursor.127", %"to_mpls.22"], [%"cursor.141", %"to_mpls.23"], [%"cursor.154", %"to_mpls.24"], [%"cursor.169", %"to_mpls.25"], [%"cursor.178", %"to_mpls.27"], [%"cursor.179", %"to_mpls.28"], [%"cursor.183", %"to_mpls.29"], [%"cursor.184", %"to_mpls.30"], [%"cursor.200", %"to_mpls.31"], [%"cursor.214", %"to_mpls.32"], [%"cursor.224", %"to_mpls.33"], [%"cursor.236", %"to_mpls.34"], [%"cursor.241", %"to_mpls.36"], [%"cursor.242", %"to_mpls.37"], [%"cursor.253", %"to_mpls.38"], [%"cursor.263", %"to_mpls.39"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.4"
  %".335" = getelementptr i8, ptr %"hdr.4", i64 4
  %".336" = icmp ugt ptr %".335", %"data_end"
  br i1 %".336", label %"exit.12", label %"cont.12"
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"to_pppoe"], [%".307", %"to_pppoe.1"], [%"cursor.101", %"to_pppoe.2"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".353" = getelementptr i8, ptr %"hdr.5", i64 8
  %".354" = icmp ugt ptr %".353", %"data_end"
  br i1 %".354", label %"exit.13", label %"cont.13"
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
  br label %"mpls_mpls_labels1"
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
  %"cursor.6" = phi  i64 [%"end", %"to_tcp"], [%".215", %"to_tcp.1"], [%"cursor.42", %"to_tcp.2"], [%"cursor.58", %"to_tcp.3"], [%"cursor.70", %"to_tcp.4"], [%"cursor.85", %"to_tcp.5"], [%"cursor.118", %"to_tcp.6"], [%"cursor.132", %"to_tcp.7"], [%"cursor.145", %"to_tcp.8"], [%"cursor.160", %"to_tcp.9"], [%"cursor.191", %"to_tcp.10"], [%"cursor.205", %"to_tcp.11"], [%"cursor.215", %"to_tcp.12"], [%"cursor.227", %"to_tcp.13"], [%"cursor.244", %"to_tcp.14"], [%"cursor.254", %"to_tcp.15"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.6"
  %".426" = getelementptr i8, ptr %"hdr.6", i64 4
  %".427" = icmp ugt ptr %".426", %"data_end"
  br i1 %".427", label %"exit.15", label %"cont.15"
udp:
  %"cursor.7" = phi  i64 [%"end", %"to_udp"], [%".215", %"to_udp.1"], [%"cursor.43", %"to_udp.2"], [%"cursor.59", %"to_udp.3"], [%"cursor.71", %"to_udp.4"], [%"cursor.86", %"to_udp.5"], [%"cursor.119", %"to_udp.6"], [%"cursor.133", %"to_udp.7"], [%"cursor.146", %"to_udp.8"], [%"cursor.161", %"to_udp.9"], [%"cursor.192", %"to_udp.10"], [%"cursor.206", %"to_udp.11"], [%"cursor.216", %"to_udp.12"], [%"cursor.228", %"to_udp.13"], [%"cursor.245", %"to_udp.14"], [%"cursor.255", %"to_udp.15"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".455" = getelementptr i8, ptr %"hdr.7", i64 4
  %".456" = icmp ugt ptr %".455", %"data_end"
  br i1 %".456", label %"exit.16", label %"cont.16"
udplite:
  %"cursor.8" = phi  i64 [%"end", %"to_udplite"], [%".215", %"to_udplite.1"], [%"cursor.44", %"to_udplite.2"], [%"cursor.60", %"to_udplite.3"], [%"cursor.72", %"to_udplite.4"], [%"cursor.87", %"to_udplite.5"], [%"cursor.120", %"to_udplite.6"], [%"cursor.134", %"to_udplite.7"], [%"cursor.147", %"to_udplite.8"], [%"cursor.162", %"to_udplite.9"], [%"cursor.193", %"to_udplite.10"], [%"cursor.207", %"to_udplite.11"], [%"cursor.217", %"to_udplite.12"], [%"cursor.229", %"to_udplite.13"], [%"cursor.246", %"to_udplite.14"], [%"cursor.256", %"to_udplite.15"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".491" = getelementptr i8, ptr %"hdr.8", i64 4
  %".492" = icmp ugt ptr %".491", %"data_end"
  br i1 %".492", label %"exit.18", label %"cont.18"
gre_d0:
  %"cursor.9" = phi  i64 [%"end", %"to_gre"], [%".215", %"to_gre.1"], [%"cursor.73", %"to_gre.4"], [%"cursor.88", %"to_gre.5"], [%"cursor.148", %"to_gre.8"], [%"cursor.163", %"to_gre.9"], [%"cursor.218", %"to_gre.12"], [%"cursor.230", %"to_gre.13"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".527" = getelementptr i8, ptr %"hdr.9", i64 4
  %".528" = icmp ugt ptr %".527", %"data_end"
  br i1 %".528", label %"exit.20", label %"cont.20"
sctp:
  %"cursor.10" = phi  i64 [%"end", %"to_sctp"], [%".215", %"to_sctp.1"], [%"cursor.47", %"to_sctp.2"], [%"cursor.62", %"to_sctp.3"], [%"cursor.74", %"to_sctp.4"], [%"cursor.89", %"to_sctp.5"], [%"cursor.122", %"to_sctp.6"], [%"cursor.136", %"to_sctp.7"], [%"cursor.149", %"to_sctp.8"], [%"cursor.164", %"to_sctp.9"], [%"cursor.195", %"to_sctp.10"], [%"cursor.209", %"to_sctp.11"], [%"cursor.219", %"to_sctp.12"], [%"cursor.231", %"to_sctp.13"], [%"cursor.248", %"to_sctp.14"], [%"cursor.258", %"to_sctp.15"]
  %"hdr.10" = getelementptr i8, ptr %"data", i64 %"cursor.10"
  %".626" = getelementptr i8, ptr %"hdr.10", i64 4
  %".627" = icmp ugt ptr %".626", %"data_end"
  br i1 %".627", label %"exit.24", label %"cont.24"
dccp:
  %"cursor.11" = phi  i64 [%"end", %"to_dccp"], [%".215", %"to_dccp.1"], [%"cursor.48", %"to_dccp.2"], [%"cursor.63", %"to_dccp.3"], [%"cursor.75", %"to_dccp.4"], [%"cursor.90", %"to_dccp.5"], [%"cursor.123", %"to_dccp.6"], [%"cursor.137", %"to_dccp.7"], [%"cursor.150", %"to_dccp.8"], [%"cursor.165", %"to_dccp.9"], [%"cursor.196", %"to_dccp.10"], [%"cursor.210", %"to_dccp.11"], [%"cursor.220", %"to_dccp.12"], [%"cursor.232", %"to_dccp.13"], [%"cursor.249", %"to_dccp.14"], [%"cursor.259", %"to_dccp.15"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".654" = getelementptr i8, ptr %"hdr.11", i64 4
  %".655" = icmp ugt ptr %".654", %"data_end"
  br i1 %".655", label %"exit.25", label %"cont.25"
esp:
  %"cursor.12" = phi  i64 [%"end", %"to_esp"], [%".215", %"to_esp.1"], [%"cursor.49", %"to_esp.2"], [%"cursor.64", %"to_esp.3"], [%"cursor.76", %"to_esp.4"], [%"cursor.91", %"to_esp.5"], [%"cursor.124", %"to_esp.6"], [%"cursor.138", %"to_esp.7"], [%"cursor.151", %"to_esp.8"], [%"cursor.166", %"to_esp.9"], [%"cursor.197", %"to_esp.10"], [%"cursor.211", %"to_esp.11"], [%"cursor.221", %"to_esp.12"], [%"cursor.233", %"to_esp.13"], [%"cursor.250", %"to_esp.14"], [%"cursor.260", %"to_esp.15"]
  %"hdr.12" = getelementptr i8, ptr %"data", i64 %"cursor.12"
  %".682" = getelementptr i8, ptr %"hdr.12", i64 4
  %".683" = icmp ugt ptr %".682", %"data_end"
  br i1 %".683", label %"exit.26", label %"cont.26"
ah:
  %"cursor.13" = phi  i64 [%"end", %"to_ah"], [%".215", %"to_ah.1"], [%"cursor.50", %"to_ah.2"], [%"cursor.65", %"to_ah.3"], [%"cursor.77", %"to_ah.4"], [%"cursor.92", %"to_ah.5"], [%"cursor.125", %"to_ah.6"], [%"cursor.139", %"to_ah.7"], [%"cursor.152", %"to_ah.8"], [%"cursor.167", %"to_ah.9"], [%"cursor.198", %"to_ah.10"], [%"cursor.212", %"to_ah.11"], [%"cursor.222", %"to_ah.12"], [%"cursor.234", %"to_ah.13"], [%"cursor.251", %"to_ah.14"], [%"cursor.261", %"to_ah.15"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.13"
  %".710" = getelementptr i8, ptr %"hdr.13", i64 8
  %".711" = icmp ugt ptr %".710", %"data_end"
  br i1 %".711", label %"exit.27", label %"cont.27"
icmp:
  %"cursor.14" = phi  i64 [%"end", %"to_icmp"], [%"end.4", %"to_icmp.1"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.14"
  %".738" = getelementptr i8, ptr %"hdr.14", i64 4
  %".739" = icmp ugt ptr %".738", %"data_end"
  br i1 %".739", label %"exit.28", label %"cont.28"
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
  %"cursor.16" = phi  i64 [%"cursor.17", %"cont.5"], [%"cursor.25", %"cont.9"], [%"cursor.36", %"to_ipv4.5"], [%"cursor.80", %"cont.41"], [%"cursor.95", %"cont.45"], [%"cursor.103", %"to_ipv4.11"], [%"cursor.155", %"cont.68"], [%"cursor.170", %"cont.72"], [%"cursor.173", %"to_ipv4.17"], [%"cursor.181", %"to_ipv4.18"], [%"cursor.225", %"cont.88"], [%"cursor.237", %"cont.92"], [%"cursor.239", %"to_ipv4.23"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.16"
  %".750" = getelementptr i8, ptr %"hdr.15", i64 20
  %".751" = icmp ugt ptr %".750", %"data_end"
  br i1 %".751", label %"exit.29", label %"cont.29"
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
  %"cursor.18" = phi  i64 [%"cursor.19", %"cont.6"], [%"cursor.26", %"cont.10"], [%"cursor.37", %"to_ipv6.5"], [%"cursor.81", %"cont.42"], [%"cursor.96", %"cont.46"], [%"cursor.104", %"to_ipv6.11"], [%"cursor.156", %"cont.69"], [%"cursor.171", %"cont.73"], [%"cursor.174", %"to_ipv6.17"], [%"cursor.182", %"to_ipv6.18"], [%"cursor.226", %"cont.89"], [%"cursor.238", %"cont.93"], [%"cursor.240", %"to_ipv6.23"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.18"
  %".922" = getelementptr i8, ptr %"hdr.16", i64 40
  %".923" = icmp ugt ptr %".922", %"data_end"
  br i1 %".923", label %"exit.35", label %"cont.35"
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
  br label %"mpls_mpls_labels1"
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
  %".1095" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1096" = icmp ugt ptr %".1095", %"data_end"
  br i1 %".1096", label %"exit.39", label %"cont.39"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.22" = phi  i64 [%".215", %"to_ipv6_frag"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.22"
  %".1231" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1232" = icmp ugt ptr %".1231", %"data_end"
  br i1 %".1232", label %"exit.43", label %"cont.43"
icmpv6:
  %"cursor.23" = phi  i64 [%".215", %"to_icmpv6"], [%".967", %"to_icmpv6.1"], [%"cursor.78", %"to_icmpv6.2"], [%"cursor.93", %"to_icmpv6.3"], [%"cursor.126", %"to_icmpv6.4"], [%"cursor.140", %"to_icmpv6.5"], [%"cursor.153", %"to_icmpv6.6"], [%"cursor.168", %"to_icmpv6.7"], [%"cursor.199", %"to_icmpv6.8"], [%"cursor.213", %"to_icmpv6.9"], [%"cursor.223", %"to_icmpv6.10"], [%"cursor.235", %"to_icmpv6.11"], [%"cursor.252", %"to_icmpv6.12"], [%"cursor.262", %"to_icmpv6.13"]
  %"hdr.19" = getelementptr i8, ptr %"data", i64 %"cursor.23"
  %".1390" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1391" = icmp ugt ptr %".1390", %"data_end"
  br i1 %".1391", label %"exit.47", label %"cont.47"
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
  br label %"mpls_mpls_labels1"
to_mpls.5:
  %".328" = getelementptr i8, ptr %"keys", i64 2
  %".329" = trunc i64 %".307" to i16
  store volatile i16 %".329", ptr %".328", align 2
  %".331" = load volatile i16, ptr %".328", align 2
  %".332" = zext i16 %".331" to i64
  %"cursor.29" = and i64 %".332", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.1:
  br label %"pppoe_d0"
vlan_d0_vlan_tags2:
  %"cursor.27" = phi  i64 [%".307", %"to_vlan.2"], [%".307", %"to_vlan.3"]
  %"hdr.20" = getelementptr i8, ptr %"data", i64 %"cursor.27"
  %".1402" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1403" = icmp ugt ptr %".1402", %"data_end"
  br i1 %".1403", label %"exit.48", label %"cont.48"
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
  switch i64 %".346", label %"unknown.4" [i64 0, label %"to_mpls.6"]
unknown.4:
  %".348" = trunc i64 %".342" to i16
  %".349" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".348", ptr %".349", align 2
  br label %"return"
to_mpls.6:
  br label %"mpls_mpls_labels2"
mpls_mpls_labels2:
  %"cursor.30" = phi  i64 [%".342", %"to_mpls.6"]
  %"hdr.21" = getelementptr i8, ptr %"data", i64 %"cursor.30"
  %".1466" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1467" = icmp ugt ptr %".1466", %"data_end"
  br i1 %".1467", label %"exit.49", label %"cont.49"
exit.13:
  %".356" = trunc i64 %"cursor.5" to i16
  %".357" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".356", ptr %".357", align 2
  br label %"return"
cont.13:
  %".360" = getelementptr i8, ptr %"hdr.5", i64 0
  %".361" = load i8, ptr %".360", align 1
  %".362" = zext i8 %".361" to i64
  %".363" = lshr i64 %".362", 4
  %".364" = and i64 %".363", 15
  %".365" = icmp eq i64 %".364", 1
  %".366" = zext i8 %".361" to i64
  %".367" = and i64 %".366", 15
  %".368" = icmp eq i64 %".367", 1
  %".369" = and i1 %".365", %".368"
  %".370" = getelementptr i8, ptr %"hdr.5", i64 1
  %".371" = load i8, ptr %".370", align 1
  %".372" = zext i8 %".371" to i64
  %".373" = icmp eq i64 %".372", 0
  %".374" = and i1 %".369", %".373"
  %".375" = xor i1 %".374", -1
  br i1 %".375", label %"exit.14", label %"cont.14"
exit.14:
  %".377" = trunc i64 %"cursor.5" to i16
  %".378" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".377", ptr %".378", align 2
  br label %"return"
cont.14:
  %".381" = add i64 %"cursor.5", 8
  %".382" = trunc i64 %".381" to i16
  %".383" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".382", ptr %".383", align 2
  %".385" = getelementptr i8, ptr %"hdr.5", i64 6
  %".386" = load i16, ptr %".385", align 2
  %".387" = call i16 @"llvm.bswap.i16"(i16 %".386")
  %".388" = zext i16 %".387" to i64
  switch i64 %".388", label %"unknown.5" [i64 33, label %"to_ipv4.4" i64 87, label %"to_ipv6.4" i64 641, label %"to_mpls.7" i64 643, label %"to_mpls.8"]
unknown.5:
  %".390" = trunc i64 %".381" to i16
  %".391" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".390", ptr %".391", align 2
  br label %"return"
to_ipv4.4:
  %".394" = getelementptr i8, ptr %"keys", i64 2
  %".395" = trunc i64 %".381" to i16
  store volatile i16 %".395", ptr %".394", align 2
  %".397" = load volatile i16, ptr %".394", align 2
  %".398" = zext i16 %".397" to i64
  %"cursor.31" = and i64 %".398", 16383
  br label %"ipv4_d0"
to_ipv6.4:
  %".400" = getelementptr i8, ptr %"keys", i64 2
  %".401" = trunc i64 %".381" to i16
  store volatile i16 %".401", ptr %".400", align 2
  %".403" = load volatile i16, ptr %".400", align 2
  %".404" = zext i16 %".403" to i64
  %"cursor.32" = and i64 %".404", 16383
  br label %"ipv6_d0"
to_mpls.7:
  %".406" = trunc i64 34887 to i16
  %".407" = call i16 @"llvm.bswap.i16"(i16 %".406")
  %".408" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".407", ptr %".408", align 2
  %".410" = getelementptr i8, ptr %"keys", i64 2
  %".411" = trunc i64 %".381" to i16
  store volatile i16 %".411", ptr %".410", align 2
  %".413" = load volatile i16, ptr %".410", align 2
  %".414" = zext i16 %".413" to i64
  %"cursor.33" = and i64 %".414", 16383
  br label %"mpls_mpls_labels1"
to_mpls.8:
  %".416" = trunc i64 34888 to i16
  %".417" = call i16 @"llvm.bswap.i16"(i16 %".416")
  %".418" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".417", ptr %".418", align 2
  %".420" = getelementptr i8, ptr %"keys", i64 2
  %".421" = trunc i64 %".381" to i16
  store volatile i16 %".421", ptr %".420", align 2
  %".423" = load volatile i16, ptr %".420", align 2
  %".424" = zext i16 %".423" to i64
  %"cursor.34" = and i64 %".424", 16383
  br label %"mpls_mpls_labels1"
exit.15:
  %".429" = trunc i64 %"cursor.6" to i16
  %".430" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".429", ptr %".430", align 2
  br label %"return"
cont.15:
  %".433" = getelementptr i8, ptr %"hdr.6", i64 0
  %".434" = load i16, ptr %".433", align 2
  %".435" = call i16 @"llvm.bswap.i16"(i16 %".434")
  %".436" = zext i16 %".435" to i64
  %".437" = trunc i64 %".436" to i16
  %".438" = call i16 @"llvm.bswap.i16"(i16 %".437")
  %".439" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".438", ptr %".439", align 2
  %".441" = getelementptr i8, ptr %"hdr.6", i64 2
  %".442" = load i16, ptr %".441", align 2
  %".443" = call i16 @"llvm.bswap.i16"(i16 %".442")
  %".444" = zext i16 %".443" to i64
  %".445" = trunc i64 %".444" to i16
  %".446" = call i16 @"llvm.bswap.i16"(i16 %".445")
  %".447" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".446", ptr %".447", align 2
  switch i64 0, label %"unknown.6" [i64 0, label %"to_tcp_header"]
unknown.6:
  %".450" = trunc i64 %"cursor.6" to i16
  %".451" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".450", ptr %".451", align 2
  br label %"return"
to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.35" = phi  i64 [%"cursor.6", %"to_tcp_header"]
  %"hdr.22" = getelementptr i8, ptr %"data", i64 %"cursor.35"
  %".1484" = getelementptr i8, ptr %"hdr.22", i64 20
  %".1485" = icmp ugt ptr %".1484", %"data_end"
  br i1 %".1485", label %"exit.50", label %"cont.50"
exit.16:
  %".458" = trunc i64 %"cursor.7" to i16
  %".459" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".458", ptr %".459", align 2
  br label %"return"
cont.16:
  %".462" = getelementptr i8, ptr %"hdr.7", i64 0
  %".463" = load i16, ptr %".462", align 2
  %".464" = call i16 @"llvm.bswap.i16"(i16 %".463")
  %".465" = zext i16 %".464" to i64
  %".466" = trunc i64 %".465" to i16
  %".467" = call i16 @"llvm.bswap.i16"(i16 %".466")
  %".468" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".467", ptr %".468", align 2
  %".470" = getelementptr i8, ptr %"hdr.7", i64 2
  %".471" = load i16, ptr %".470", align 2
  %".472" = call i16 @"llvm.bswap.i16"(i16 %".471")
  %".473" = zext i16 %".472" to i64
  %".474" = trunc i64 %".473" to i16
  %".475" = call i16 @"llvm.bswap.i16"(i16 %".474")
  %".476" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".475", ptr %".476", align 2
  %".478" = add i64 %"cursor.7", 4
  %".479" = add i64 4, 4
  %".480" = getelementptr i8, ptr %"hdr.7", i64 %".479"
  %".481" = icmp ugt ptr %".480", %"data_end"
  br i1 %".481", label %"exit.17", label %"cont.17"
exit.17:
  %".483" = trunc i64 %"cursor.7" to i16
  %".484" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".483", ptr %".484", align 2
  br label %"return"
cont.17:
  %"end.1" = add i64 %"cursor.7", %".479"
  %".487" = trunc i64 %"cursor.7" to i16
  %".488" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".487", ptr %".488", align 2
  br label %"return"
exit.18:
  %".494" = trunc i64 %"cursor.8" to i16
  %".495" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".494", ptr %".495", align 2
  br label %"return"
cont.18:
  %".498" = getelementptr i8, ptr %"hdr.8", i64 0
  %".499" = load i16, ptr %".498", align 2
  %".500" = call i16 @"llvm.bswap.i16"(i16 %".499")
  %".501" = zext i16 %".500" to i64
  %".502" = trunc i64 %".501" to i16
  %".503" = call i16 @"llvm.bswap.i16"(i16 %".502")
  %".504" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".503", ptr %".504", align 2
  %".506" = getelementptr i8, ptr %"hdr.8", i64 2
  %".507" = load i16, ptr %".506", align 2
  %".508" = call i16 @"llvm.bswap.i16"(i16 %".507")
  %".509" = zext i16 %".508" to i64
  %".510" = trunc i64 %".509" to i16
  %".511" = call i16 @"llvm.bswap.i16"(i16 %".510")
  %".512" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".511", ptr %".512", align 2
  %".514" = add i64 %"cursor.8", 4
  %".515" = add i64 4, 4
  %".516" = getelementptr i8, ptr %"hdr.8", i64 %".515"
  %".517" = icmp ugt ptr %".516", %"data_end"
  br i1 %".517", label %"exit.19", label %"cont.19"
exit.19:
  %".519" = trunc i64 %"cursor.8" to i16
  %".520" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".519", ptr %".520", align 2
  br label %"return"
cont.19:
  %"end.2" = add i64 %"cursor.8", %".515"
  %".523" = trunc i64 %"cursor.8" to i16
  %".524" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".523", ptr %".524", align 2
  br label %"return"
exit.20:
  %".530" = trunc i64 %"cursor.9" to i16
  %".531" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".530", ptr %".531", align 2
  br label %"return"
cont.20:
  %".534" = getelementptr i8, ptr %"hdr.9", i64 1
  %".535" = load i8, ptr %".534", align 1
  %".536" = zext i8 %".535" to i64
  %".537" = and i64 %".536", 7
  %".538" = icmp ne i64 %".537", 0
  %".539" = getelementptr i8, ptr %"hdr.9", i64 0
  %".540" = load i8, ptr %".539", align 1
  %".541" = zext i8 %".540" to i64
  %".542" = lshr i64 %".541", 6
  %".543" = and i64 %".542", 1
  %".544" = icmp ne i64 %".543", 0
  %".545" = or i1 %".538", %".544"
  br i1 %".545", label %"exit.21", label %"cont.21"
exit.21:
  %".547" = trunc i64 %"cursor.9" to i16
  %".548" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".547", ptr %".548", align 2
  br label %"return"
cont.21:
  %".551" = add i64 %"cursor.9", 4
  %".552" = zext i8 %".540" to i64
  %".553" = lshr i64 %".552", 7
  %".554" = and i64 %".553", 1
  %".555" = zext i8 %".540" to i64
  %".556" = lshr i64 %".555", 5
  %".557" = and i64 %".556", 1
  %".558" = add i64 %".554", %".557"
  %".559" = zext i8 %".540" to i64
  %".560" = lshr i64 %".559", 4
  %".561" = and i64 %".560", 1
  %".562" = add i64 %".558", %".561"
  %".563" = mul i64 %".562", 4
  %".564" = add i64 %".563", 4
  %".565" = getelementptr i8, ptr %"hdr.9", i64 %".564"
  %".566" = icmp ugt ptr %".565", %"data_end"
  br i1 %".566", label %"exit.22", label %"cont.22"
exit.22:
  %".568" = trunc i64 %"cursor.9" to i16
  %".569" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".568", ptr %".569", align 2
  br label %"return"
cont.22:
  %"end.3" = add i64 %"cursor.9", %".564"
  %".572" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".572", align 1
  %".574" = and i32 %"flags", 4
  %".575" = icmp ne i32 %".574", 0
  br i1 %".575", label %"exit.23", label %"cont.23"
exit.23:
  %".577" = trunc i64 %"end.3" to i16
  %".578" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".577", ptr %".578", align 2
  br label %"return"
cont.23:
  %".581" = getelementptr i8, ptr %"hdr.9", i64 2
  %".582" = load i16, ptr %".581", align 2
  %".583" = call i16 @"llvm.bswap.i16"(i16 %".582")
  %".584" = zext i16 %".583" to i64
  %".585" = trunc i64 %".584" to i16
  %".586" = call i16 @"llvm.bswap.i16"(i16 %".585")
  %".587" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".586", ptr %".587", align 2
  %".589" = call i16 @"llvm.bswap.i16"(i16 %".582")
  %".590" = zext i16 %".589" to i64
  switch i64 %".590", label %"unknown.7" [i64 2048, label %"to_ipv4.5" i64 34525, label %"to_ipv6.5" i64 25944, label %"to_ethernet" i64 34887, label %"to_mpls.9" i64 34888, label %"to_mpls.10"]
unknown.7:
  %".592" = trunc i64 %"end.3" to i16
  %".593" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".592", ptr %".593", align 2
  br label %"return"
to_ipv4.5:
  %".596" = getelementptr i8, ptr %"keys", i64 2
  %".597" = trunc i64 %"end.3" to i16
  store volatile i16 %".597", ptr %".596", align 2
  %".599" = load volatile i16, ptr %".596", align 2
  %".600" = zext i16 %".599" to i64
  %"cursor.36" = and i64 %".600", 16383
  br label %"ipv4_d1"
to_ipv6.5:
  %".602" = getelementptr i8, ptr %"keys", i64 2
  %".603" = trunc i64 %"end.3" to i16
  store volatile i16 %".603", ptr %".602", align 2
  %".605" = load volatile i16, ptr %".602", align 2
  %".606" = zext i16 %".605" to i64
  %"cursor.37" = and i64 %".606", 16383
  br label %"ipv6_d1"
to_ethernet:
  %".608" = getelementptr i8, ptr %"keys", i64 2
  %".609" = trunc i64 %"end.3" to i16
  store volatile i16 %".609", ptr %".608", align 2
  %".611" = load volatile i16, ptr %".608", align 2
  %".612" = zext i16 %".611" to i64
  %"cursor.39" = and i64 %".612", 16383
  br label %"ethernet_d1"
to_mpls.9:
  %".614" = getelementptr i8, ptr %"keys", i64 2
  %".615" = trunc i64 %"end.3" to i16
  store volatile i16 %".615", ptr %".614", align 2
  %".617" = load volatile i16, ptr %".614", align 2
  %".618" = zext i16 %".617" to i64
  %"cursor.40" = and i64 %".618", 16383
  br label %"mpls_mpls_labels1"
to_mpls.10:
  %".620" = getelementptr i8, ptr %"keys", i64 2
  %".621" = trunc i64 %"end.3" to i16
  store volatile i16 %".621", ptr %".620", align 2
  %".623" = load volatile i16, ptr %".620", align 2
  %".624" = zext i16 %".623" to i64
  %"cursor.41" = and i64 %".624", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1:
  %"cursor.38" = phi  i64 [%"cursor.39", %"to_ethernet"]
  %"hdr.23" = getelementptr i8, ptr %"data", i64 %"cursor.38"
  %".1521" = getelementptr i8, ptr %"hdr.23", i64 14
  %".1522" = icmp ugt ptr %".1521", %"data_end"
  br i1 %".1522", label %"exit.53", label %"cont.53"
exit.24:
  %".629" = trunc i64 %"cursor.10" to i16
  %".630" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".629", ptr %".630", align 2
  br label %"return"
cont.24:
  %".633" = getelementptr i8, ptr %"hdr.10", i64 0
  %".634" = load i16, ptr %".633", align 2
  %".635" = call i16 @"llvm.bswap.i16"(i16 %".634")
  %".636" = zext i16 %".635" to i64
  %".637" = trunc i64 %".636" to i16
  %".638" = call i16 @"llvm.bswap.i16"(i16 %".637")
  %".639" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".638", ptr %".639", align 2
  %".641" = getelementptr i8, ptr %"hdr.10", i64 2
  %".642" = load i16, ptr %".641", align 2
  %".643" = call i16 @"llvm.bswap.i16"(i16 %".642")
  %".644" = zext i16 %".643" to i64
  %".645" = trunc i64 %".644" to i16
  %".646" = call i16 @"llvm.bswap.i16"(i16 %".645")
  %".647" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".646", ptr %".647", align 2
  %".649" = add i64 %"cursor.10", 4
  %".650" = trunc i64 %"cursor.10" to i16
  %".651" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".650", ptr %".651", align 2
  br label %"return"
exit.25:
  %".657" = trunc i64 %"cursor.11" to i16
  %".658" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".657", ptr %".658", align 2
  br label %"return"
cont.25:
  %".661" = getelementptr i8, ptr %"hdr.11", i64 0
  %".662" = load i16, ptr %".661", align 2
  %".663" = call i16 @"llvm.bswap.i16"(i16 %".662")
  %".664" = zext i16 %".663" to i64
  %".665" = trunc i64 %".664" to i16
  %".666" = call i16 @"llvm.bswap.i16"(i16 %".665")
  %".667" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".666", ptr %".667", align 2
  %".669" = getelementptr i8, ptr %"hdr.11", i64 2
  %".670" = load i16, ptr %".669", align 2
  %".671" = call i16 @"llvm.bswap.i16"(i16 %".670")
  %".672" = zext i16 %".671" to i64
  %".673" = trunc i64 %".672" to i16
  %".674" = call i16 @"llvm.bswap.i16"(i16 %".673")
  %".675" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".674", ptr %".675", align 2
  %".677" = add i64 %"cursor.11", 4
  %".678" = trunc i64 %"cursor.11" to i16
  %".679" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".678", ptr %".679", align 2
  br label %"return"
exit.26:
  %".685" = trunc i64 %"cursor.12" to i16
  %".686" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".685", ptr %".686", align 2
  br label %"return"
cont.26:
  %".689" = getelementptr i8, ptr %"hdr.12", i64 0
  %".690" = load i32, ptr %".689", align 4
  %".691" = call i32 @"llvm.bswap.i32"(i32 %".690")
  %".692" = zext i32 %".691" to i64
  %".693" = lshr i64 %".692", 16
  %".694" = trunc i64 %".693" to i16
  %".695" = call i16 @"llvm.bswap.i16"(i16 %".694")
  %".696" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".695", ptr %".696", align 2
  %".698" = call i32 @"llvm.bswap.i32"(i32 %".690")
  %".699" = zext i32 %".698" to i64
  %".700" = and i64 %".699", 65535
  %".701" = trunc i64 %".700" to i16
  %".702" = call i16 @"llvm.bswap.i16"(i16 %".701")
  %".703" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".702", ptr %".703", align 2
  %".705" = add i64 %"cursor.12", 4
  %".706" = trunc i64 %"cursor.12" to i16
  %".707" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".706", ptr %".707", align 2
  br label %"return"
exit.27:
  %".713" = trunc i64 %"cursor.13" to i16
  %".714" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".713", ptr %".714", align 2
  br label %"return"
cont.27:
  %".717" = getelementptr i8, ptr %"hdr.13", i64 4
  %".718" = load i32, ptr %".717", align 4
  %".719" = call i32 @"llvm.bswap.i32"(i32 %".718")
  %".720" = zext i32 %".719" to i64
  %".721" = lshr i64 %".720", 16
  %".722" = trunc i64 %".721" to i16
  %".723" = call i16 @"llvm.bswap.i16"(i16 %".722")
  %".724" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".723", ptr %".724", align 2
  %".726" = call i32 @"llvm.bswap.i32"(i32 %".718")
  %".727" = zext i32 %".726" to i64
  %".728" = and i64 %".727", 65535
  %".729" = trunc i64 %".728" to i16
  %".730" = call i16 @"llvm.bswap.i16"(i16 %".729")
  %".731" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".730", ptr %".731", align 2
  %".733" = add i64 %"cursor.13", 8
  %".734" = trunc i64 %"cursor.13" to i16
  %".735" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".734", ptr %".735", align 2
  br label %"return"
exit.28:
  %".741" = trunc i64 %"cursor.14" to i16
  %".742" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".741", ptr %".742", align 2
  br label %"return"
cont.28:
  %".745" = add i64 %"cursor.14", 4
  %".746" = trunc i64 %"cursor.14" to i16
  %".747" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".746", ptr %".747", align 2
  br label %"return"
exit.29:
  %".753" = trunc i64 %"cursor.16" to i16
  %".754" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".753", ptr %".754", align 2
  br label %"return"
cont.29:
  %".757" = getelementptr i8, ptr %"hdr.15", i64 0
  %".758" = load i8, ptr %".757", align 1
  %".759" = zext i8 %".758" to i64
  %".760" = and i64 %".759", 15
  %".761" = icmp uge i64 %".760", 5
  %".762" = xor i1 %".761", -1
  br i1 %".762", label %"exit.30", label %"cont.30"
exit.30:
  %".764" = trunc i64 %"cursor.16" to i16
  %".765" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".764", ptr %".765", align 2
  br label %"return"
cont.30:
  %".768" = trunc i64 2048 to i16
  %".769" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".768", ptr %".769", align 2
  %".771" = trunc i64 2048 to i16
  %".772" = call i16 @"llvm.bswap.i16"(i16 %".771")
  %".773" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".772", ptr %".773", align 2
  %".775" = getelementptr i8, ptr %"hdr.15", i64 12
  %".776" = load i32, ptr %".775", align 4
  %".777" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".776", ptr %".777", align 4
  %".779" = getelementptr i8, ptr %"hdr.15", i64 16
  %".780" = load i32, ptr %".779", align 4
  %".781" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".780", ptr %".781", align 4
  %".783" = getelementptr i8, ptr %"hdr.15", i64 9
  %".784" = load i8, ptr %".783", align 1
  %".785" = zext i8 %".784" to i64
  %".786" = trunc i64 %".785" to i8
  %".787" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".786", ptr %".787", align 1
  %".789" = add i64 %"cursor.16", 20
  %".790" = zext i8 %".758" to i64
  %".791" = and i64 %".790", 15
  %".792" = mul i64 %".791", 4
  %".793" = sub i64 %".792", 20
  %".794" = add i64 %".793", 20
  %".795" = getelementptr i8, ptr %"hdr.15", i64 %".794"
  %".796" = icmp ugt ptr %".795", %"data_end"
  br i1 %".796", label %"exit.31", label %"cont.31"
exit.31:
  %".798" = trunc i64 %"cursor.16" to i16
  %".799" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".798", ptr %".799", align 2
  br label %"return"
cont.31:
  %"end.4" = add i64 %"cursor.16", %".794"
  %".802" = getelementptr i8, ptr %"hdr.15", i64 6
  %".803" = load i16, ptr %".802", align 2
  %".804" = call i16 @"llvm.bswap.i16"(i16 %".803")
  %".805" = zext i16 %".804" to i64
  %".806" = and i64 %".805", 16383
  %".807" = icmp ne i64 %".806", 0
  %".808" = call i16 @"llvm.bswap.i16"(i16 %".803")
  %".809" = zext i16 %".808" to i64
  %".810" = and i64 %".809", 8191
  %".811" = icmp eq i64 %".810", 0
  br i1 %".807", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".813" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".813", align 1
  br i1 %".811", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".831" = zext i8 %".784" to i64
  switch i64 %".831", label %"unknown.8" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 132, label %"to_sctp.2" i64 33, label %"to_dccp.2" i64 50, label %"to_esp.2" i64 51, label %"to_ah.2" i64 1, label %"to_icmp.1" i64 137, label %"to_mpls.11" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
first_fragment.1:
  %".820" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".820", align 1
  %".822" = and i32 %"flags", 1
  %".823" = icmp ne i32 %".822", 0
  %".824" = xor i1 %".823", -1
  br i1 %".824", label %"exit.32", label %"cont.32"
later_fragment.1:
  %".816" = trunc i64 %"end.4" to i16
  %".817" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".816", ptr %".817", align 2
  br label %"return"
exit.32:
  %".826" = trunc i64 %"end.4" to i16
  %".827" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".826", ptr %".827", align 2
  br label %"return"
cont.32:
  br label %"not_fragment.1"
unknown.8:
  %".833" = trunc i64 %"end.4" to i16
  %".834" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".833", ptr %".834", align 2
  br label %"return"
to_tcp.2:
  %".837" = getelementptr i8, ptr %"keys", i64 2
  %".838" = trunc i64 %"end.4" to i16
  store volatile i16 %".838", ptr %".837", align 2
  %".840" = load volatile i16, ptr %".837", align 2
  %".841" = zext i16 %".840" to i64
  %"cursor.42" = and i64 %".841", 16383
  br label %"tcp"
to_udp.2:
  %".843" = getelementptr i8, ptr %"keys", i64 2
  %".844" = trunc i64 %"end.4" to i16
  store volatile i16 %".844", ptr %".843", align 2
  %".846" = load volatile i16, ptr %".843", align 2
  %".847" = zext i16 %".846" to i64
  %"cursor.43" = and i64 %".847", 16383
  br label %"udp"
to_udplite.2:
  %".849" = getelementptr i8, ptr %"keys", i64 2
  %".850" = trunc i64 %"end.4" to i16
  store volatile i16 %".850", ptr %".849", align 2
  %".852" = load volatile i16, ptr %".849", align 2
  %".853" = zext i16 %".852" to i64
  %"cursor.44" = and i64 %".853", 16383
  br label %"udplite"
to_gre.2:
  %".855" = getelementptr i8, ptr %"keys", i64 2
  %".856" = trunc i64 %"end.4" to i16
  store volatile i16 %".856", ptr %".855", align 2
  %".858" = load volatile i16, ptr %".855", align 2
  %".859" = zext i16 %".858" to i64
  %"cursor.46" = and i64 %".859", 16383
  br label %"gre_d1"
to_sctp.2:
  %".861" = getelementptr i8, ptr %"keys", i64 2
  %".862" = trunc i64 %"end.4" to i16
  store volatile i16 %".862", ptr %".861", align 2
  %".864" = load volatile i16, ptr %".861", align 2
  %".865" = zext i16 %".864" to i64
  %"cursor.47" = and i64 %".865", 16383
  br label %"sctp"
to_dccp.2:
  %".867" = getelementptr i8, ptr %"keys", i64 2
  %".868" = trunc i64 %"end.4" to i16
  store volatile i16 %".868", ptr %".867", align 2
  %".870" = load volatile i16, ptr %".867", align 2
  %".871" = zext i16 %".870" to i64
  %"cursor.48" = and i64 %".871", 16383
  br label %"dccp"
to_esp.2:
  %".873" = getelementptr i8, ptr %"keys", i64 2
  %".874" = trunc i64 %"end.4" to i16
  store volatile i16 %".874", ptr %".873", align 2
  %".876" = load volatile i16, ptr %".873", align 2
  %".877" = zext i16 %".876" to i64
  %"cursor.49" = and i64 %".877", 16383
  br label %"esp"
to_ah.2:
  %".879" = getelementptr i8, ptr %"keys", i64 2
  %".880" = trunc i64 %"end.4" to i16
  store volatile i16 %".880", ptr %".879", align 2
  %".882" = load volatile i16, ptr %".879", align 2
  %".883" = zext i16 %".882" to i64
  %"cursor.50" = and i64 %".883", 16383
  br label %"ah"
to_icmp.1:
  br label %"icmp"
to_mpls.11:
  %".886" = trunc i64 34887 to i16
  %".887" = call i16 @"llvm.bswap.i16"(i16 %".886")
  %".888" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".887", ptr %".888", align 2
  %".890" = getelementptr i8, ptr %"keys", i64 2
  %".891" = trunc i64 %"end.4" to i16
  store volatile i16 %".891", ptr %".890", align 2
  %".893" = load volatile i16, ptr %".890", align 2
  %".894" = zext i16 %".893" to i64
  %"cursor.51" = and i64 %".894", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.6:
  %".896" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".896", align 1
  %".898" = and i32 %"flags", 4
  %".899" = icmp ne i32 %".898", 0
  br i1 %".899", label %"exit.33", label %"cont.33"
to_ipv6.6:
  %".909" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".909", align 1
  %".911" = and i32 %"flags", 4
  %".912" = icmp ne i32 %".911", 0
  br i1 %".912", label %"exit.34", label %"cont.34"
gre_d1:
  %"cursor.45" = phi  i64 [%"cursor.46", %"to_gre.2"], [%"cursor.61", %"to_gre.3"], [%"cursor.121", %"to_gre.6"], [%"cursor.135", %"to_gre.7"], [%"cursor.194", %"to_gre.10"], [%"cursor.208", %"to_gre.11"], [%"cursor.247", %"to_gre.14"], [%"cursor.257", %"to_gre.15"]
  %"hdr.24" = getelementptr i8, ptr %"data", i64 %"cursor.45"
  %".1586" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1587" = icmp ugt ptr %".1586", %"data_end"
  br i1 %".1587", label %"exit.54", label %"cont.54"
exit.33:
  %".901" = trunc i64 %"end.4" to i16
  %".902" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".901", ptr %".902", align 2
  br label %"return"
cont.33:
  %".905" = trunc i64 %"end.4" to i16
  %".906" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".905", ptr %".906", align 2
  br label %"return"
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
  %".925" = trunc i64 %"cursor.18" to i16
  %".926" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".925", ptr %".926", align 2
  br label %"return"
cont.35:
  %".929" = trunc i64 34525 to i16
  %".930" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".929", ptr %".930", align 2
  %".932" = trunc i64 34525 to i16
  %".933" = call i16 @"llvm.bswap.i16"(i16 %".932")
  %".934" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".933", ptr %".934", align 2
  %".936" = getelementptr i8, ptr %"hdr.16", i64 8
  %".937" = load i64, ptr %".936", align 8
  %".938" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".937", ptr %".938", align 8
  %".940" = getelementptr i8, ptr %"hdr.16", i64 16
  %".941" = load i64, ptr %".940", align 8
  %".942" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".941", ptr %".942", align 8
  %".944" = getelementptr i8, ptr %"hdr.16", i64 24
  %".945" = load i64, ptr %".944", align 8
  %".946" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".945", ptr %".946", align 8
  %".948" = getelementptr i8, ptr %"hdr.16", i64 32
  %".949" = load i64, ptr %".948", align 8
  %".950" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".949", ptr %".950", align 8
  %".952" = getelementptr i8, ptr %"hdr.16", i64 6
  %".953" = load i8, ptr %".952", align 1
  %".954" = zext i8 %".953" to i64
  %".955" = trunc i64 %".954" to i8
  %".956" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".955", ptr %".956", align 1
  %".958" = getelementptr i8, ptr %"hdr.16", i64 0
  %".959" = load i32, ptr %".958", align 4
  %".960" = call i32 @"llvm.bswap.i32"(i32 %".959")
  %".961" = zext i32 %".960" to i64
  %".962" = and i64 %".961", 1048575
  %".963" = trunc i64 %".962" to i32
  %".964" = call i32 @"llvm.bswap.i32"(i32 %".963")
  %".965" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".964", ptr %".965", align 4
  %".967" = add i64 %"cursor.18", 40
  %".968" = call i32 @"llvm.bswap.i32"(i32 %".959")
  %".969" = zext i32 %".968" to i64
  %".970" = and i64 %".969", 1048575
  %".971" = icmp ne i64 %".970", 0
  %".972" = and i32 %"flags", 2
  %".973" = icmp ne i32 %".972", 0
  %".974" = and i1 %".971", %".973"
  br i1 %".974", label %"exit.36", label %"cont.36"
exit.36:
  %".976" = trunc i64 %".967" to i16
  %".977" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".976", ptr %".977", align 2
  br label %"return"
cont.36:
  %".980" = zext i8 %".953" to i64
  switch i64 %".980", label %"unknown.9" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 132, label %"to_sctp.3" i64 33, label %"to_dccp.3" i64 50, label %"to_esp.3" i64 51, label %"to_ah.3" i64 58, label %"to_icmpv6.1" i64 137, label %"to_mpls.12" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.9:
  %".982" = trunc i64 %".967" to i16
  %".983" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".982", ptr %".983", align 2
  br label %"return"
to_ipv6_opts.3:
  %".986" = getelementptr i8, ptr %"keys", i64 2
  %".987" = trunc i64 %".967" to i16
  store volatile i16 %".987", ptr %".986", align 2
  %".989" = load volatile i16, ptr %".986", align 2
  %".990" = zext i16 %".989" to i64
  %"cursor.53" = and i64 %".990", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  %".992" = getelementptr i8, ptr %"keys", i64 2
  %".993" = trunc i64 %".967" to i16
  store volatile i16 %".993", ptr %".992", align 2
  %".995" = load volatile i16, ptr %".992", align 2
  %".996" = zext i16 %".995" to i64
  %"cursor.54" = and i64 %".996", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  %".998" = getelementptr i8, ptr %"keys", i64 2
  %".999" = trunc i64 %".967" to i16
  store volatile i16 %".999", ptr %".998", align 2
  %".1001" = load volatile i16, ptr %".998", align 2
  %".1002" = zext i16 %".1001" to i64
  %"cursor.55" = and i64 %".1002", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  %".1004" = getelementptr i8, ptr %"keys", i64 2
  %".1005" = trunc i64 %".967" to i16
  store volatile i16 %".1005", ptr %".1004", align 2
  %".1007" = load volatile i16, ptr %".1004", align 2
  %".1008" = zext i16 %".1007" to i64
  %"cursor.57" = and i64 %".1008", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  %".1010" = getelementptr i8, ptr %"keys", i64 2
  %".1011" = trunc i64 %".967" to i16
  store volatile i16 %".1011", ptr %".1010", align 2
  %".1013" = load volatile i16, ptr %".1010", align 2
  %".1014" = zext i16 %".1013" to i64
  %"cursor.58" = and i64 %".1014", 16383
  br label %"tcp"
to_udp.3:
  %".1016" = getelementptr i8, ptr %"keys", i64 2
  %".1017" = trunc i64 %".967" to i16
  store volatile i16 %".1017", ptr %".1016", align 2
  %".1019" = load volatile i16, ptr %".1016", align 2
  %".1020" = zext i16 %".1019" to i64
  %"cursor.59" = and i64 %".1020", 16383
  br label %"udp"
to_udplite.3:
  %".1022" = getelementptr i8, ptr %"keys", i64 2
  %".1023" = trunc i64 %".967" to i16
  store volatile i16 %".1023", ptr %".1022", align 2
  %".1025" = load volatile i16, ptr %".1022", align 2
  %".1026" = zext i16 %".1025" to i64
  %"cursor.60" = and i64 %".1026", 16383
  br label %"udplite"
to_gre.3:
  %".1028" = getelementptr i8, ptr %"keys", i64 2
  %".1029" = trunc i64 %".967" to i16
  store volatile i16 %".1029", ptr %".1028", align 2
  %".1031" = load volatile i16, ptr %".1028", align 2
  %".1032" = zext i16 %".1031" to i64
  %"cursor.61" = and i64 %".1032", 16383
  br label %"gre_d1"
to_sctp.3:
  %".1034" = getelementptr i8, ptr %"keys", i64 2
  %".1035" = trunc i64 %".967" to i16
  store volatile i16 %".1035", ptr %".1034", align 2
  %".1037" = load volatile i16, ptr %".1034", align 2
  %".1038" = zext i16 %".1037" to i64
  %"cursor.62" = and i64 %".1038", 16383
  br label %"sctp"
to_dccp.3:
  %".1040" = getelementptr i8, ptr %"keys", i64 2
  %".1041" = trunc i64 %".967" to i16
  store volatile i16 %".1041", ptr %".1040", align 2
  %".1043" = load volatile i16, ptr %".1040", align 2
  %".1044" = zext i16 %".1043" to i64
  %"cursor.63" = and i64 %".1044", 16383
  br label %"dccp"
to_esp.3:
  %".1046" = getelementptr i8, ptr %"keys", i64 2
  %".1047" = trunc i64 %".967" to i16
  store volatile i16 %".1047", ptr %".1046", align 2
  %".1049" = load volatile i16, ptr %".1046", align 2
  %".1050" = zext i16 %".1049" to i64
  %"cursor.64" = and i64 %".1050", 16383
  br label %"esp"
to_ah.3:
  %".1052" = getelementptr i8, ptr %"keys", i64 2
  %".1053" = trunc i64 %".967" to i16
  store volatile i16 %".1053", ptr %".1052", align 2
  %".1055" = load volatile i16, ptr %".1052", align 2
  %".1056" = zext i16 %".1055" to i64
  %"cursor.65" = and i64 %".1056", 16383
  br label %"ah"
to_icmpv6.1:
  br label %"icmpv6"
to_mpls.12:
  %".1059" = trunc i64 34887 to i16
  %".1060" = call i16 @"llvm.bswap.i16"(i16 %".1059")
  %".1061" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1060", ptr %".1061", align 2
  %".1063" = getelementptr i8, ptr %"keys", i64 2
  %".1064" = trunc i64 %".967" to i16
  store volatile i16 %".1064", ptr %".1063", align 2
  %".1066" = load volatile i16, ptr %".1063", align 2
  %".1067" = zext i16 %".1066" to i64
  %"cursor.66" = and i64 %".1067", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.7:
  %".1069" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1069", align 1
  %".1071" = and i32 %"flags", 4
  %".1072" = icmp ne i32 %".1071", 0
  br i1 %".1072", label %"exit.37", label %"cont.37"
to_ipv6.7:
  %".1082" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1082", align 1
  %".1084" = and i32 %"flags", 4
  %".1085" = icmp ne i32 %".1084", 0
  br i1 %".1085", label %"exit.38", label %"cont.38"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.52" = phi  i64 [%"cursor.53", %"to_ipv6_opts.3"], [%"cursor.54", %"to_ipv6_opts.4"], [%"cursor.55", %"to_ipv6_opts.5"]
  %"hdr.25" = getelementptr i8, ptr %"data", i64 %"cursor.52"
  %".1675" = getelementptr i8, ptr %"hdr.25", i64 2
  %".1676" = icmp ugt ptr %".1675", %"data_end"
  br i1 %".1676", label %"exit.58", label %"cont.58"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.56" = phi  i64 [%"cursor.57", %"to_ipv6_frag.1"]
  %"hdr.26" = getelementptr i8, ptr %"data", i64 %"cursor.56"
  %".1822" = getelementptr i8, ptr %"hdr.26", i64 8
  %".1823" = icmp ugt ptr %".1822", %"data_end"
  br i1 %".1823", label %"exit.62", label %"cont.62"
exit.37:
  %".1074" = trunc i64 %".967" to i16
  %".1075" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1074", ptr %".1075", align 2
  br label %"return"
cont.37:
  %".1078" = trunc i64 %".967" to i16
  %".1079" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1078", ptr %".1079", align 2
  br label %"return"
exit.38:
  %".1087" = trunc i64 %".967" to i16
  %".1088" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1087", ptr %".1088", align 2
  br label %"return"
cont.38:
  %".1091" = trunc i64 %".967" to i16
  %".1092" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1091", ptr %".1092", align 2
  br label %"return"
exit.39:
  %".1098" = trunc i64 %"cursor.20" to i16
  %".1099" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1098", ptr %".1099", align 2
  br label %"return"
cont.39:
  %".1102" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1103" = load i8, ptr %".1102", align 1
  %".1104" = zext i8 %".1103" to i64
  %".1105" = trunc i64 %".1104" to i8
  %".1106" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1105", ptr %".1106", align 1
  %".1108" = add i64 %"cursor.20", 2
  %".1109" = getelementptr i8, ptr %"hdr.17", i64 1
  %".1110" = load i8, ptr %".1109", align 1
  %".1111" = zext i8 %".1110" to i64
  %".1112" = mul i64 %".1111", 8
  %".1113" = add i64 %".1112", 6
  %".1114" = add i64 %".1113", 2
  %".1115" = getelementptr i8, ptr %"hdr.17", i64 %".1114"
  %".1116" = icmp ugt ptr %".1115", %"data_end"
  br i1 %".1116", label %"exit.40", label %"cont.40"
exit.40:
  %".1118" = trunc i64 %"cursor.20" to i16
  %".1119" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1118", ptr %".1119", align 2
  br label %"return"
cont.40:
  %"end.5" = add i64 %"cursor.20", %".1114"
  %".1122" = zext i8 %".1103" to i64
  switch i64 %".1122", label %"unknown.10" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 132, label %"to_sctp.4" i64 33, label %"to_dccp.4" i64 50, label %"to_esp.4" i64 51, label %"to_ah.4" i64 58, label %"to_icmpv6.2" i64 137, label %"to_mpls.13" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
unknown.10:
  %".1124" = trunc i64 %"end.5" to i16
  %".1125" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1124", ptr %".1125", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  %".1130" = getelementptr i8, ptr %"keys", i64 2
  %".1131" = trunc i64 %"end.5" to i16
  store volatile i16 %".1131", ptr %".1130", align 2
  %".1133" = load volatile i16, ptr %".1130", align 2
  %".1134" = zext i16 %".1133" to i64
  %"cursor.68" = and i64 %".1134", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  %".1137" = getelementptr i8, ptr %"keys", i64 2
  %".1138" = trunc i64 %"end.5" to i16
  store volatile i16 %".1138", ptr %".1137", align 2
  %".1140" = load volatile i16, ptr %".1137", align 2
  %".1141" = zext i16 %".1140" to i64
  %"cursor.70" = and i64 %".1141", 16383
  br label %"tcp"
to_udp.4:
  %".1143" = getelementptr i8, ptr %"keys", i64 2
  %".1144" = trunc i64 %"end.5" to i16
  store volatile i16 %".1144", ptr %".1143", align 2
  %".1146" = load volatile i16, ptr %".1143", align 2
  %".1147" = zext i16 %".1146" to i64
  %"cursor.71" = and i64 %".1147", 16383
  br label %"udp"
to_udplite.4:
  %".1149" = getelementptr i8, ptr %"keys", i64 2
  %".1150" = trunc i64 %"end.5" to i16
  store volatile i16 %".1150", ptr %".1149", align 2
  %".1152" = load volatile i16, ptr %".1149", align 2
  %".1153" = zext i16 %".1152" to i64
  %"cursor.72" = and i64 %".1153", 16383
  br label %"udplite"
to_gre.4:
  %".1155" = getelementptr i8, ptr %"keys", i64 2
  %".1156" = trunc i64 %"end.5" to i16
  store volatile i16 %".1156", ptr %".1155", align 2
  %".1158" = load volatile i16, ptr %".1155", align 2
  %".1159" = zext i16 %".1158" to i64
  %"cursor.73" = and i64 %".1159", 16383
  br label %"gre_d0"
to_sctp.4:
  %".1161" = getelementptr i8, ptr %"keys", i64 2
  %".1162" = trunc i64 %"end.5" to i16
  store volatile i16 %".1162", ptr %".1161", align 2
  %".1164" = load volatile i16, ptr %".1161", align 2
  %".1165" = zext i16 %".1164" to i64
  %"cursor.74" = and i64 %".1165", 16383
  br label %"sctp"
to_dccp.4:
  %".1167" = getelementptr i8, ptr %"keys", i64 2
  %".1168" = trunc i64 %"end.5" to i16
  store volatile i16 %".1168", ptr %".1167", align 2
  %".1170" = load volatile i16, ptr %".1167", align 2
  %".1171" = zext i16 %".1170" to i64
  %"cursor.75" = and i64 %".1171", 16383
  br label %"dccp"
to_esp.4:
  %".1173" = getelementptr i8, ptr %"keys", i64 2
  %".1174" = trunc i64 %"end.5" to i16
  store volatile i16 %".1174", ptr %".1173", align 2
  %".1176" = load volatile i16, ptr %".1173", align 2
  %".1177" = zext i16 %".1176" to i64
  %"cursor.76" = and i64 %".1177", 16383
  br label %"esp"
to_ah.4:
  %".1179" = getelementptr i8, ptr %"keys", i64 2
  %".1180" = trunc i64 %"end.5" to i16
  store volatile i16 %".1180", ptr %".1179", align 2
  %".1182" = load volatile i16, ptr %".1179", align 2
  %".1183" = zext i16 %".1182" to i64
  %"cursor.77" = and i64 %".1183", 16383
  br label %"ah"
to_icmpv6.2:
  %".1185" = getelementptr i8, ptr %"keys", i64 2
  %".1186" = trunc i64 %"end.5" to i16
  store volatile i16 %".1186", ptr %".1185", align 2
  %".1188" = load volatile i16, ptr %".1185", align 2
  %".1189" = zext i16 %".1188" to i64
  %"cursor.78" = and i64 %".1189", 16383
  br label %"icmpv6"
to_mpls.13:
  %".1191" = trunc i64 34887 to i16
  %".1192" = call i16 @"llvm.bswap.i16"(i16 %".1191")
  %".1193" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1192", ptr %".1193", align 2
  %".1195" = getelementptr i8, ptr %"keys", i64 2
  %".1196" = trunc i64 %"end.5" to i16
  store volatile i16 %".1196", ptr %".1195", align 2
  %".1198" = load volatile i16, ptr %".1195", align 2
  %".1199" = zext i16 %".1198" to i64
  %"cursor.79" = and i64 %".1199", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.8:
  %".1201" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1201", align 1
  %".1203" = and i32 %"flags", 4
  %".1204" = icmp ne i32 %".1203", 0
  br i1 %".1204", label %"exit.41", label %"cont.41"
to_ipv6.8:
  %".1216" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1216", align 1
  %".1218" = and i32 %"flags", 4
  %".1219" = icmp ne i32 %".1218", 0
  br i1 %".1219", label %"exit.42", label %"cont.42"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.67" = phi  i64 [%"end.5", %"to_ipv6_opts.6"], [%"end.5", %"to_ipv6_opts.7"], [%"cursor.68", %"to_ipv6_opts.8"], [%"cursor.82", %"to_ipv6_opts.9"], [%"cursor.83", %"to_ipv6_opts.10"], [%"cursor.84", %"to_ipv6_opts.11"]
  %"hdr.27" = getelementptr i8, ptr %"data", i64 %"cursor.67"
  %".1982" = getelementptr i8, ptr %"hdr.27", i64 2
  %".1983" = icmp ugt ptr %".1982", %"data_end"
  br i1 %".1983", label %"exit.66", label %"cont.66"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.69" = phi  i64 [%"end.5", %"to_ipv6_frag.2"], [%".1244", %"to_ipv6_frag.3"]
  %"hdr.28" = getelementptr i8, ptr %"data", i64 %"cursor.69"
  %".2118" = getelementptr i8, ptr %"hdr.28", i64 8
  %".2119" = icmp ugt ptr %".2118", %"data_end"
  br i1 %".2119", label %"exit.70", label %"cont.70"
exit.41:
  %".1206" = trunc i64 %"end.5" to i16
  %".1207" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1206", ptr %".1207", align 2
  br label %"return"
cont.41:
  %".1210" = getelementptr i8, ptr %"keys", i64 2
  %".1211" = trunc i64 %"end.5" to i16
  store volatile i16 %".1211", ptr %".1210", align 2
  %".1213" = load volatile i16, ptr %".1210", align 2
  %".1214" = zext i16 %".1213" to i64
  %"cursor.80" = and i64 %".1214", 16383
  br label %"ipv4_d1"
exit.42:
  %".1221" = trunc i64 %"end.5" to i16
  %".1222" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1221", ptr %".1222", align 2
  br label %"return"
cont.42:
  %".1225" = getelementptr i8, ptr %"keys", i64 2
  %".1226" = trunc i64 %"end.5" to i16
  store volatile i16 %".1226", ptr %".1225", align 2
  %".1228" = load volatile i16, ptr %".1225", align 2
  %".1229" = zext i16 %".1228" to i64
  %"cursor.81" = and i64 %".1229", 16383
  br label %"ipv6_d1"
exit.43:
  %".1234" = trunc i64 %"cursor.22" to i16
  %".1235" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1234", ptr %".1235", align 2
  br label %"return"
cont.43:
  %".1238" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1239" = load i8, ptr %".1238", align 1
  %".1240" = zext i8 %".1239" to i64
  %".1241" = trunc i64 %".1240" to i8
  %".1242" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1241", ptr %".1242", align 1
  %".1244" = add i64 %"cursor.22", 8
  %".1245" = icmp ne i64 1, 0
  %".1246" = getelementptr i8, ptr %"hdr.18", i64 2
  %".1247" = load i16, ptr %".1246", align 2
  %".1248" = call i16 @"llvm.bswap.i16"(i16 %".1247")
  %".1249" = zext i16 %".1248" to i64
  %".1250" = and i64 %".1249", 65528
  %".1251" = icmp eq i64 %".1250", 0
  br i1 %".1245", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".1253" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1253", align 1
  br i1 %".1251", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".1271" = zext i8 %".1239" to i64
  switch i64 %".1271", label %"unknown.11" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 132, label %"to_sctp.5" i64 33, label %"to_dccp.5" i64 50, label %"to_esp.5" i64 51, label %"to_ah.5" i64 58, label %"to_icmpv6.3" i64 137, label %"to_mpls.14" i64 4, label %"to_ipv4.9" i64 41, label %"to_ipv6.9"]
first_fragment.2:
  %".1260" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1260", align 1
  %".1262" = and i32 %"flags", 1
  %".1263" = icmp ne i32 %".1262", 0
  %".1264" = xor i1 %".1263", -1
  br i1 %".1264", label %"exit.44", label %"cont.44"
later_fragment.2:
  %".1256" = trunc i64 %".1244" to i16
  %".1257" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1256", ptr %".1257", align 2
  br label %"return"
exit.44:
  %".1266" = trunc i64 %".1244" to i16
  %".1267" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1266", ptr %".1267", align 2
  br label %"return"
cont.44:
  br label %"not_fragment.2"
unknown.11:
  %".1273" = trunc i64 %".1244" to i16
  %".1274" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1273", ptr %".1274", align 2
  br label %"return"
to_ipv6_opts.9:
  %".1277" = getelementptr i8, ptr %"keys", i64 2
  %".1278" = trunc i64 %".1244" to i16
  store volatile i16 %".1278", ptr %".1277", align 2
  %".1280" = load volatile i16, ptr %".1277", align 2
  %".1281" = zext i16 %".1280" to i64
  %"cursor.82" = and i64 %".1281", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  %".1283" = getelementptr i8, ptr %"keys", i64 2
  %".1284" = trunc i64 %".1244" to i16
  store volatile i16 %".1284", ptr %".1283", align 2
  %".1286" = load volatile i16, ptr %".1283", align 2
  %".1287" = zext i16 %".1286" to i64
  %"cursor.83" = and i64 %".1287", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  %".1289" = getelementptr i8, ptr %"keys", i64 2
  %".1290" = trunc i64 %".1244" to i16
  store volatile i16 %".1290", ptr %".1289", align 2
  %".1292" = load volatile i16, ptr %".1289", align 2
  %".1293" = zext i16 %".1292" to i64
  %"cursor.84" = and i64 %".1293", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  %".1296" = getelementptr i8, ptr %"keys", i64 2
  %".1297" = trunc i64 %".1244" to i16
  store volatile i16 %".1297", ptr %".1296", align 2
  %".1299" = load volatile i16, ptr %".1296", align 2
  %".1300" = zext i16 %".1299" to i64
  %"cursor.85" = and i64 %".1300", 16383
  br label %"tcp"
to_udp.5:
  %".1302" = getelementptr i8, ptr %"keys", i64 2
  %".1303" = trunc i64 %".1244" to i16
  store volatile i16 %".1303", ptr %".1302", align 2
  %".1305" = load volatile i16, ptr %".1302", align 2
  %".1306" = zext i16 %".1305" to i64
  %"cursor.86" = and i64 %".1306", 16383
  br label %"udp"
to_udplite.5:
  %".1308" = getelementptr i8, ptr %"keys", i64 2
  %".1309" = trunc i64 %".1244" to i16
  store volatile i16 %".1309", ptr %".1308", align 2
  %".1311" = load volatile i16, ptr %".1308", align 2
  %".1312" = zext i16 %".1311" to i64
  %"cursor.87" = and i64 %".1312", 16383
  br label %"udplite"
to_gre.5:
  %".1314" = getelementptr i8, ptr %"keys", i64 2
  %".1315" = trunc i64 %".1244" to i16
  store volatile i16 %".1315", ptr %".1314", align 2
  %".1317" = load volatile i16, ptr %".1314", align 2
  %".1318" = zext i16 %".1317" to i64
  %"cursor.88" = and i64 %".1318", 16383
  br label %"gre_d0"
to_sctp.5:
  %".1320" = getelementptr i8, ptr %"keys", i64 2
  %".1321" = trunc i64 %".1244" to i16
  store volatile i16 %".1321", ptr %".1320", align 2
  %".1323" = load volatile i16, ptr %".1320", align 2
  %".1324" = zext i16 %".1323" to i64
  %"cursor.89" = and i64 %".1324", 16383
  br label %"sctp"
to_dccp.5:
  %".1326" = getelementptr i8, ptr %"keys", i64 2
  %".1327" = trunc i64 %".1244" to i16
  store volatile i16 %".1327", ptr %".1326", align 2
  %".1329" = load volatile i16, ptr %".1326", align 2
  %".1330" = zext i16 %".1329" to i64
  %"cursor.90" = and i64 %".1330", 16383
  br label %"dccp"
to_esp.5:
  %".1332" = getelementptr i8, ptr %"keys", i64 2
  %".1333" = trunc i64 %".1244" to i16
  store volatile i16 %".1333", ptr %".1332", align 2
  %".1335" = load volatile i16, ptr %".1332", align 2
  %".1336" = zext i16 %".1335" to i64
  %"cursor.91" = and i64 %".1336", 16383
  br label %"esp"
to_ah.5:
  %".1338" = getelementptr i8, ptr %"keys", i64 2
  %".1339" = trunc i64 %".1244" to i16
  store volatile i16 %".1339", ptr %".1338", align 2
  %".1341" = load volatile i16, ptr %".1338", align 2
  %".1342" = zext i16 %".1341" to i64
  %"cursor.92" = and i64 %".1342", 16383
  br label %"ah"
to_icmpv6.3:
  %".1344" = getelementptr i8, ptr %"keys", i64 2
  %".1345" = trunc i64 %".1244" to i16
  store volatile i16 %".1345", ptr %".1344", align 2
  %".1347" = load volatile i16, ptr %".1344", align 2
  %".1348" = zext i16 %".1347" to i64
  %"cursor.93" = and i64 %".1348", 16383
  br label %"icmpv6"
to_mpls.14:
  %".1350" = trunc i64 34887 to i16
  %".1351" = call i16 @"llvm.bswap.i16"(i16 %".1350")
  %".1352" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1351", ptr %".1352", align 2
  %".1354" = getelementptr i8, ptr %"keys", i64 2
  %".1355" = trunc i64 %".1244" to i16
  store volatile i16 %".1355", ptr %".1354", align 2
  %".1357" = load volatile i16, ptr %".1354", align 2
  %".1358" = zext i16 %".1357" to i64
  %"cursor.94" = and i64 %".1358", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.9:
  %".1360" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1360", align 1
  %".1362" = and i32 %"flags", 4
  %".1363" = icmp ne i32 %".1362", 0
  br i1 %".1363", label %"exit.45", label %"cont.45"
to_ipv6.9:
  %".1375" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1375", align 1
  %".1377" = and i32 %"flags", 4
  %".1378" = icmp ne i32 %".1377", 0
  br i1 %".1378", label %"exit.46", label %"cont.46"
exit.45:
  %".1365" = trunc i64 %".1244" to i16
  %".1366" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1365", ptr %".1366", align 2
  br label %"return"
cont.45:
  %".1369" = getelementptr i8, ptr %"keys", i64 2
  %".1370" = trunc i64 %".1244" to i16
  store volatile i16 %".1370", ptr %".1369", align 2
  %".1372" = load volatile i16, ptr %".1369", align 2
  %".1373" = zext i16 %".1372" to i64
  %"cursor.95" = and i64 %".1373", 16383
  br label %"ipv4_d1"
exit.46:
  %".1380" = trunc i64 %".1244" to i16
  %".1381" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1380", ptr %".1381", align 2
  br label %"return"
cont.46:
  %".1384" = getelementptr i8, ptr %"keys", i64 2
  %".1385" = trunc i64 %".1244" to i16
  store volatile i16 %".1385", ptr %".1384", align 2
  %".1387" = load volatile i16, ptr %".1384", align 2
  %".1388" = zext i16 %".1387" to i64
  %"cursor.96" = and i64 %".1388", 16383
  br label %"ipv6_d1"
exit.47:
  %".1393" = trunc i64 %"cursor.23" to i16
  %".1394" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1393", ptr %".1394", align 2
  br label %"return"
cont.47:
  %".1397" = add i64 %"cursor.23", 4
  %".1398" = trunc i64 %"cursor.23" to i16
  %".1399" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1398", ptr %".1399", align 2
  br label %"return"
exit.48:
  %".1405" = trunc i64 %"cursor.27" to i16
  %".1406" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1405", ptr %".1406", align 2
  br label %"return"
cont.48:
  %".1409" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1410" = load i16, ptr %".1409", align 2
  %".1411" = call i16 @"llvm.bswap.i16"(i16 %".1410")
  %".1412" = zext i16 %".1411" to i64
  %".1413" = trunc i64 %".1412" to i16
  %".1414" = call i16 @"llvm.bswap.i16"(i16 %".1413")
  %".1415" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1414", ptr %".1415", align 2
  %".1417" = add i64 %"cursor.27", 4
  %".1418" = trunc i64 %".1417" to i16
  %".1419" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1418", ptr %".1419", align 2
  %".1421" = call i16 @"llvm.bswap.i16"(i16 %".1410")
  %".1422" = zext i16 %".1421" to i64
  switch i64 %".1422", label %"unknown.12" [i64 2048, label %"to_ipv4.10" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5" i64 34887, label %"to_mpls.15" i64 34888, label %"to_mpls.16" i64 34916, label %"to_pppoe.2"]
unknown.12:
  %".1424" = trunc i64 %".1417" to i16
  %".1425" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1424", ptr %".1425", align 2
  br label %"return"
to_ipv4.10:
  %".1428" = getelementptr i8, ptr %"keys", i64 2
  %".1429" = trunc i64 %".1417" to i16
  store volatile i16 %".1429", ptr %".1428", align 2
  %".1431" = load volatile i16, ptr %".1428", align 2
  %".1432" = zext i16 %".1431" to i64
  %"cursor.97" = and i64 %".1432", 16383
  br label %"ipv4_d0"
to_ipv6.10:
  %".1434" = getelementptr i8, ptr %"keys", i64 2
  %".1435" = trunc i64 %".1417" to i16
  store volatile i16 %".1435", ptr %".1434", align 2
  %".1437" = load volatile i16, ptr %".1434", align 2
  %".1438" = zext i16 %".1437" to i64
  %"cursor.98" = and i64 %".1438", 16383
  br label %"ipv6_d0"
to_vlan.4:
  %".1440" = trunc i64 %".1417" to i16
  %".1441" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1440", ptr %".1441", align 2
  br label %"return"
to_vlan.5:
  %".1444" = trunc i64 %".1417" to i16
  %".1445" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1444", ptr %".1445", align 2
  br label %"return"
to_mpls.15:
  %".1448" = getelementptr i8, ptr %"keys", i64 2
  %".1449" = trunc i64 %".1417" to i16
  store volatile i16 %".1449", ptr %".1448", align 2
  %".1451" = load volatile i16, ptr %".1448", align 2
  %".1452" = zext i16 %".1451" to i64
  %"cursor.99" = and i64 %".1452", 16383
  br label %"mpls_mpls_labels1"
to_mpls.16:
  %".1454" = getelementptr i8, ptr %"keys", i64 2
  %".1455" = trunc i64 %".1417" to i16
  store volatile i16 %".1455", ptr %".1454", align 2
  %".1457" = load volatile i16, ptr %".1454", align 2
  %".1458" = zext i16 %".1457" to i64
  %"cursor.100" = and i64 %".1458", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.2:
  %".1460" = getelementptr i8, ptr %"keys", i64 2
  %".1461" = trunc i64 %".1417" to i16
  store volatile i16 %".1461", ptr %".1460", align 2
  %".1463" = load volatile i16, ptr %".1460", align 2
  %".1464" = zext i16 %".1463" to i64
  %"cursor.101" = and i64 %".1464", 16383
  br label %"pppoe_d0"
exit.49:
  %".1469" = trunc i64 %"cursor.30" to i16
  %".1470" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1469", ptr %".1470", align 2
  br label %"return"
cont.49:
  %".1473" = add i64 %"cursor.30", 4
  %".1474" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1475" = load i8, ptr %".1474", align 1
  %".1476" = zext i8 %".1475" to i64
  %".1477" = and i64 %".1476", 1
  switch i64 %".1477", label %"unknown.13" [i64 0, label %"to_mpls.17"]
unknown.13:
  %".1479" = trunc i64 %".1473" to i16
  %".1480" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1479", ptr %".1480", align 2
  br label %"return"
to_mpls.17:
  br label %"mpls_mpls_labels3"
mpls_mpls_labels3:
  %"cursor.102" = phi  i64 [%".1473", %"to_mpls.17"]
  %"hdr.29" = getelementptr i8, ptr %"data", i64 %"cursor.102"
  %".2277" = getelementptr i8, ptr %"hdr.29", i64 4
  %".2278" = icmp ugt ptr %".2277", %"data_end"
  br i1 %".2278", label %"exit.74", label %"cont.74"
exit.50:
  %".1487" = trunc i64 %"cursor.35" to i16
  %".1488" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1487", ptr %".1488", align 2
  br label %"return"
cont.50:
  %".1491" = getelementptr i8, ptr %"hdr.22", i64 12
  %".1492" = load i8, ptr %".1491", align 1
  %".1493" = zext i8 %".1492" to i64
  %".1494" = lshr i64 %".1493", 4
  %".1495" = and i64 %".1494", 15
  %".1496" = icmp uge i64 %".1495", 5
  %".1497" = xor i1 %".1496", -1
  br i1 %".1497", label %"exit.51", label %"cont.51"
exit.51:
  %".1499" = trunc i64 %"cursor.35" to i16
  %".1500" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1499", ptr %".1500", align 2
  br label %"return"
cont.51:
  %".1503" = add i64 %"cursor.35", 20
  %".1504" = zext i8 %".1492" to i64
  %".1505" = lshr i64 %".1504", 4
  %".1506" = and i64 %".1505", 15
  %".1507" = mul i64 %".1506", 4
  %".1508" = sub i64 %".1507", 20
  %".1509" = add i64 %".1508", 20
  %".1510" = getelementptr i8, ptr %"hdr.22", i64 %".1509"
  %".1511" = icmp ugt ptr %".1510", %"data_end"
  br i1 %".1511", label %"exit.52", label %"cont.52"
exit.52:
  %".1513" = trunc i64 %"cursor.35" to i16
  %".1514" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1513", ptr %".1514", align 2
  br label %"return"
cont.52:
  %"end.6" = add i64 %"cursor.35", %".1509"
  %".1517" = trunc i64 %"cursor.35" to i16
  %".1518" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1517", ptr %".1518", align 2
  br label %"return"
exit.53:
  %".1524" = trunc i64 %"cursor.38" to i16
  %".1525" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1524", ptr %".1525", align 2
  br label %"return"
cont.53:
  %".1528" = getelementptr i8, ptr %"hdr.23", i64 12
  %".1529" = load i16, ptr %".1528", align 2
  %".1530" = call i16 @"llvm.bswap.i16"(i16 %".1529")
  %".1531" = zext i16 %".1530" to i64
  %".1532" = trunc i64 %".1531" to i16
  %".1533" = call i16 @"llvm.bswap.i16"(i16 %".1532")
  %".1534" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1533", ptr %".1534", align 2
  %".1536" = add i64 %"cursor.38", 14
  %".1537" = call i16 @"llvm.bswap.i16"(i16 %".1529")
  %".1538" = zext i16 %".1537" to i64
  switch i64 %".1538", label %"unknown.14" [i64 2048, label %"to_ipv4.11" i64 34525, label %"to_ipv6.11" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7" i64 34887, label %"to_mpls.18" i64 34888, label %"to_mpls.19" i64 34916, label %"to_pppoe.3"]
unknown.14:
  %".1540" = trunc i64 %".1536" to i16
  %".1541" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1540", ptr %".1541", align 2
  br label %"return"
to_ipv4.11:
  %".1544" = getelementptr i8, ptr %"keys", i64 2
  %".1545" = trunc i64 %".1536" to i16
  store volatile i16 %".1545", ptr %".1544", align 2
  %".1547" = load volatile i16, ptr %".1544", align 2
  %".1548" = zext i16 %".1547" to i64
  %"cursor.103" = and i64 %".1548", 16383
  br label %"ipv4_d1"
to_ipv6.11:
  %".1550" = getelementptr i8, ptr %"keys", i64 2
  %".1551" = trunc i64 %".1536" to i16
  store volatile i16 %".1551", ptr %".1550", align 2
  %".1553" = load volatile i16, ptr %".1550", align 2
  %".1554" = zext i16 %".1553" to i64
  %"cursor.104" = and i64 %".1554", 16383
  br label %"ipv6_d1"
to_vlan.6:
  %".1556" = getelementptr i8, ptr %"keys", i64 2
  %".1557" = trunc i64 %".1536" to i16
  store volatile i16 %".1557", ptr %".1556", align 2
  %".1559" = load volatile i16, ptr %".1556", align 2
  %".1560" = zext i16 %".1559" to i64
  %"cursor.106" = and i64 %".1560", 16383
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  %".1562" = getelementptr i8, ptr %"keys", i64 2
  %".1563" = trunc i64 %".1536" to i16
  store volatile i16 %".1563", ptr %".1562", align 2
  %".1565" = load volatile i16, ptr %".1562", align 2
  %".1566" = zext i16 %".1565" to i64
  %"cursor.107" = and i64 %".1566", 16383
  br label %"vlan_d1_vlan_tags1"
to_mpls.18:
  %".1568" = getelementptr i8, ptr %"keys", i64 2
  %".1569" = trunc i64 %".1536" to i16
  store volatile i16 %".1569", ptr %".1568", align 2
  %".1571" = load volatile i16, ptr %".1568", align 2
  %".1572" = zext i16 %".1571" to i64
  %"cursor.108" = and i64 %".1572", 16383
  br label %"mpls_mpls_labels1"
to_mpls.19:
  %".1574" = getelementptr i8, ptr %"keys", i64 2
  %".1575" = trunc i64 %".1536" to i16
  store volatile i16 %".1575", ptr %".1574", align 2
  %".1577" = load volatile i16, ptr %".1574", align 2
  %".1578" = zext i16 %".1577" to i64
  %"cursor.109" = and i64 %".1578", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.3:
  %".1580" = getelementptr i8, ptr %"keys", i64 2
  %".1581" = trunc i64 %".1536" to i16
  store volatile i16 %".1581", ptr %".1580", align 2
  %".1583" = load volatile i16, ptr %".1580", align 2
  %".1584" = zext i16 %".1583" to i64
  %"cursor.111" = and i64 %".1584", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1:
  %"cursor.105" = phi  i64 [%"cursor.106", %"to_vlan.6"], [%"cursor.107", %"to_vlan.7"]
  %"hdr.30" = getelementptr i8, ptr %"data", i64 %"cursor.105"
  %".2295" = getelementptr i8, ptr %"hdr.30", i64 4
  %".2296" = icmp ugt ptr %".2295", %"data_end"
  br i1 %".2296", label %"exit.75", label %"cont.75"
pppoe_d1:
  %"cursor.110" = phi  i64 [%"cursor.111", %"to_pppoe.3"], [%"cursor.180", %"to_pppoe.4"], [%"cursor.243", %"to_pppoe.5"]
  %"hdr.31" = getelementptr i8, ptr %"data", i64 %"cursor.110"
  %".2363" = getelementptr i8, ptr %"hdr.31", i64 8
  %".2364" = icmp ugt ptr %".2363", %"data_end"
  br i1 %".2364", label %"exit.76", label %"cont.76"
exit.54:
  %".1589" = trunc i64 %"cursor.45" to i16
  %".1590" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1589", ptr %".1590", align 2
  br label %"return"
cont.54:
  %".1593" = getelementptr i8, ptr %"hdr.24", i64 1
  %".1594" = load i8, ptr %".1593", align 1
  %".1595" = zext i8 %".1594" to i64
  %".1596" = and i64 %".1595", 7
  %".1597" = icmp ne i64 %".1596", 0
  %".1598" = getelementptr i8, ptr %"hdr.24", i64 0
  %".1599" = load i8, ptr %".1598", align 1
  %".1600" = zext i8 %".1599" to i64
  %".1601" = lshr i64 %".1600", 6
  %".1602" = and i64 %".1601", 1
  %".1603" = icmp ne i64 %".1602", 0
  %".1604" = or i1 %".1597", %".1603"
  br i1 %".1604", label %"exit.55", label %"cont.55"
exit.55:
  %".1606" = trunc i64 %"cursor.45" to i16
  %".1607" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1606", ptr %".1607", align 2
  br label %"return"
cont.55:
  %".1610" = add i64 %"cursor.45", 4
  %".1611" = zext i8 %".1599" to i64
  %".1612" = lshr i64 %".1611", 7
  %".1613" = and i64 %".1612", 1
  %".1614" = zext i8 %".1599" to i64
  %".1615" = lshr i64 %".1614", 5
  %".1616" = and i64 %".1615", 1
  %".1617" = add i64 %".1613", %".1616"
  %".1618" = zext i8 %".1599" to i64
  %".1619" = lshr i64 %".1618", 4
  %".1620" = and i64 %".1619", 1
  %".1621" = add i64 %".1617", %".1620"
  %".1622" = mul i64 %".1621", 4
  %".1623" = add i64 %".1622", 4
  %".1624" = getelementptr i8, ptr %"hdr.24", i64 %".1623"
  %".1625" = icmp ugt ptr %".1624", %"data_end"
  br i1 %".1625", label %"exit.56", label %"cont.56"
exit.56:
  %".1627" = trunc i64 %"cursor.45" to i16
  %".1628" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1627", ptr %".1628", align 2
  br label %"return"
cont.56:
  %"end.7" = add i64 %"cursor.45", %".1623"
  %".1631" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1631", align 1
  %".1633" = and i32 %"flags", 4
  %".1634" = icmp ne i32 %".1633", 0
  br i1 %".1634", label %"exit.57", label %"cont.57"
exit.57:
  %".1636" = trunc i64 %"end.7" to i16
  %".1637" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1636", ptr %".1637", align 2
  br label %"return"
cont.57:
  %".1640" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1641" = load i16, ptr %".1640", align 2
  %".1642" = call i16 @"llvm.bswap.i16"(i16 %".1641")
  %".1643" = zext i16 %".1642" to i64
  %".1644" = trunc i64 %".1643" to i16
  %".1645" = call i16 @"llvm.bswap.i16"(i16 %".1644")
  %".1646" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1645", ptr %".1646", align 2
  %".1648" = call i16 @"llvm.bswap.i16"(i16 %".1641")
  %".1649" = zext i16 %".1648" to i64
  switch i64 %".1649", label %"unknown.15" [i64 2048, label %"to_ipv4.12" i64 34525, label %"to_ipv6.12" i64 25944, label %"to_ethernet.1" i64 34887, label %"to_mpls.20" i64 34888, label %"to_mpls.21"]
unknown.15:
  %".1651" = trunc i64 %"end.7" to i16
  %".1652" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1651", ptr %".1652", align 2
  br label %"return"
to_ipv4.12:
  %".1655" = trunc i64 %"end.7" to i16
  %".1656" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1655", ptr %".1656", align 2
  br label %"return"
to_ipv6.12:
  %".1659" = trunc i64 %"end.7" to i16
  %".1660" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1659", ptr %".1660", align 2
  br label %"return"
to_ethernet.1:
  %".1663" = trunc i64 %"end.7" to i16
  %".1664" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1663", ptr %".1664", align 2
  br label %"return"
to_mpls.20:
  %".1667" = trunc i64 %"end.7" to i16
  %".1668" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1667", ptr %".1668", align 2
  br label %"return"
to_mpls.21:
  %".1671" = trunc i64 %"end.7" to i16
  %".1672" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1671", ptr %".1672", align 2
  br label %"return"
exit.58:
  %".1678" = trunc i64 %"cursor.52" to i16
  %".1679" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1678", ptr %".1679", align 2
  br label %"return"
cont.58:
  %".1682" = getelementptr i8, ptr %"hdr.25", i64 0
  %".1683" = load i8, ptr %".1682", align 1
  %".1684" = zext i8 %".1683" to i64
  %".1685" = trunc i64 %".1684" to i8
  %".1686" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1685", ptr %".1686", align 1
  %".1688" = add i64 %"cursor.52", 2
  %".1689" = getelementptr i8, ptr %"hdr.25", i64 1
  %".1690" = load i8, ptr %".1689", align 1
  %".1691" = zext i8 %".1690" to i64
  %".1692" = mul i64 %".1691", 8
  %".1693" = add i64 %".1692", 6
  %".1694" = add i64 %".1693", 2
  %".1695" = getelementptr i8, ptr %"hdr.25", i64 %".1694"
  %".1696" = icmp ugt ptr %".1695", %"data_end"
  br i1 %".1696", label %"exit.59", label %"cont.59"
exit.59:
  %".1698" = trunc i64 %"cursor.52" to i16
  %".1699" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1698", ptr %".1699", align 2
  br label %"return"
cont.59:
  %"end.8" = add i64 %"cursor.52", %".1694"
  %".1702" = zext i8 %".1683" to i64
  switch i64 %".1702", label %"unknown.16" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 132, label %"to_sctp.6" i64 33, label %"to_dccp.6" i64 50, label %"to_esp.6" i64 51, label %"to_ah.6" i64 58, label %"to_icmpv6.4" i64 137, label %"to_mpls.22" i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.13"]
unknown.16:
  %".1704" = trunc i64 %"end.8" to i16
  %".1705" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1704", ptr %".1705", align 2
  br label %"return"
to_ipv6_opts.12:
  %".1708" = getelementptr i8, ptr %"keys", i64 2
  %".1709" = trunc i64 %"end.8" to i16
  store volatile i16 %".1709", ptr %".1708", align 2
  %".1711" = load volatile i16, ptr %".1708", align 2
  %".1712" = zext i16 %".1711" to i64
  %"cursor.113" = and i64 %".1712", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  %".1714" = getelementptr i8, ptr %"keys", i64 2
  %".1715" = trunc i64 %"end.8" to i16
  store volatile i16 %".1715", ptr %".1714", align 2
  %".1717" = load volatile i16, ptr %".1714", align 2
  %".1718" = zext i16 %".1717" to i64
  %"cursor.114" = and i64 %".1718", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  %".1720" = getelementptr i8, ptr %"keys", i64 2
  %".1721" = trunc i64 %"end.8" to i16
  store volatile i16 %".1721", ptr %".1720", align 2
  %".1723" = load volatile i16, ptr %".1720", align 2
  %".1724" = zext i16 %".1723" to i64
  %"cursor.115" = and i64 %".1724", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  %".1726" = getelementptr i8, ptr %"keys", i64 2
  %".1727" = trunc i64 %"end.8" to i16
  store volatile i16 %".1727", ptr %".1726", align 2
  %".1729" = load volatile i16, ptr %".1726", align 2
  %".1730" = zext i16 %".1729" to i64
  %"cursor.117" = and i64 %".1730", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  %".1732" = getelementptr i8, ptr %"keys", i64 2
  %".1733" = trunc i64 %"end.8" to i16
  store volatile i16 %".1733", ptr %".1732", align 2
  %".1735" = load volatile i16, ptr %".1732", align 2
  %".1736" = zext i16 %".1735" to i64
  %"cursor.118" = and i64 %".1736", 16383
  br label %"tcp"
to_udp.6:
  %".1738" = getelementptr i8, ptr %"keys", i64 2
  %".1739" = trunc i64 %"end.8" to i16
  store volatile i16 %".1739", ptr %".1738", align 2
  %".1741" = load volatile i16, ptr %".1738", align 2
  %".1742" = zext i16 %".1741" to i64
  %"cursor.119" = and i64 %".1742", 16383
  br label %"udp"
to_udplite.6:
  %".1744" = getelementptr i8, ptr %"keys", i64 2
  %".1745" = trunc i64 %"end.8" to i16
  store volatile i16 %".1745", ptr %".1744", align 2
  %".1747" = load volatile i16, ptr %".1744", align 2
  %".1748" = zext i16 %".1747" to i64
  %"cursor.120" = and i64 %".1748", 16383
  br label %"udplite"
to_gre.6:
  %".1750" = getelementptr i8, ptr %"keys", i64 2
  %".1751" = trunc i64 %"end.8" to i16
  store volatile i16 %".1751", ptr %".1750", align 2
  %".1753" = load volatile i16, ptr %".1750", align 2
  %".1754" = zext i16 %".1753" to i64
  %"cursor.121" = and i64 %".1754", 16383
  br label %"gre_d1"
to_sctp.6:
  %".1756" = getelementptr i8, ptr %"keys", i64 2
  %".1757" = trunc i64 %"end.8" to i16
  store volatile i16 %".1757", ptr %".1756", align 2
  %".1759" = load volatile i16, ptr %".1756", align 2
  %".1760" = zext i16 %".1759" to i64
  %"cursor.122" = and i64 %".1760", 16383
  br label %"sctp"
to_dccp.6:
  %".1762" = getelementptr i8, ptr %"keys", i64 2
  %".1763" = trunc i64 %"end.8" to i16
  store volatile i16 %".1763", ptr %".1762", align 2
  %".1765" = load volatile i16, ptr %".1762", align 2
  %".1766" = zext i16 %".1765" to i64
  %"cursor.123" = and i64 %".1766", 16383
  br label %"dccp"
to_esp.6:
  %".1768" = getelementptr i8, ptr %"keys", i64 2
  %".1769" = trunc i64 %"end.8" to i16
  store volatile i16 %".1769", ptr %".1768", align 2
  %".1771" = load volatile i16, ptr %".1768", align 2
  %".1772" = zext i16 %".1771" to i64
  %"cursor.124" = and i64 %".1772", 16383
  br label %"esp"
to_ah.6:
  %".1774" = getelementptr i8, ptr %"keys", i64 2
  %".1775" = trunc i64 %"end.8" to i16
  store volatile i16 %".1775", ptr %".1774", align 2
  %".1777" = load volatile i16, ptr %".1774", align 2
  %".1778" = zext i16 %".1777" to i64
  %"cursor.125" = and i64 %".1778", 16383
  br label %"ah"
to_icmpv6.4:
  %".1780" = getelementptr i8, ptr %"keys", i64 2
  %".1781" = trunc i64 %"end.8" to i16
  store volatile i16 %".1781", ptr %".1780", align 2
  %".1783" = load volatile i16, ptr %".1780", align 2
  %".1784" = zext i16 %".1783" to i64
  %"cursor.126" = and i64 %".1784", 16383
  br label %"icmpv6"
to_mpls.22:
  %".1786" = trunc i64 34887 to i16
  %".1787" = call i16 @"llvm.bswap.i16"(i16 %".1786")
  %".1788" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1787", ptr %".1788", align 2
  %".1790" = getelementptr i8, ptr %"keys", i64 2
  %".1791" = trunc i64 %"end.8" to i16
  store volatile i16 %".1791", ptr %".1790", align 2
  %".1793" = load volatile i16, ptr %".1790", align 2
  %".1794" = zext i16 %".1793" to i64
  %"cursor.127" = and i64 %".1794", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.13:
  %".1796" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1796", align 1
  %".1798" = and i32 %"flags", 4
  %".1799" = icmp ne i32 %".1798", 0
  br i1 %".1799", label %"exit.60", label %"cont.60"
to_ipv6.13:
  %".1809" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1809", align 1
  %".1811" = and i32 %"flags", 4
  %".1812" = icmp ne i32 %".1811", 0
  br i1 %".1812", label %"exit.61", label %"cont.61"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.112" = phi  i64 [%"cursor.113", %"to_ipv6_opts.12"], [%"cursor.114", %"to_ipv6_opts.13"], [%"cursor.115", %"to_ipv6_opts.14"], [%"cursor.128", %"to_ipv6_opts.15"], [%"cursor.129", %"to_ipv6_opts.16"], [%"cursor.130", %"to_ipv6_opts.17"]
  %"hdr.32" = getelementptr i8, ptr %"data", i64 %"cursor.112"
  %".2436" = getelementptr i8, ptr %"hdr.32", i64 2
  %".2437" = icmp ugt ptr %".2436", %"data_end"
  br i1 %".2437", label %"exit.78", label %"cont.78"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.116" = phi  i64 [%"cursor.117", %"to_ipv6_frag.4"], [%"cursor.131", %"to_ipv6_frag.5"]
  %"hdr.33" = getelementptr i8, ptr %"data", i64 %"cursor.116"
  %".2583" = getelementptr i8, ptr %"hdr.33", i64 8
  %".2584" = icmp ugt ptr %".2583", %"data_end"
  br i1 %".2584", label %"exit.82", label %"cont.82"
exit.60:
  %".1801" = trunc i64 %"end.8" to i16
  %".1802" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1801", ptr %".1802", align 2
  br label %"return"
cont.60:
  %".1805" = trunc i64 %"end.8" to i16
  %".1806" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1805", ptr %".1806", align 2
  br label %"return"
exit.61:
  %".1814" = trunc i64 %"end.8" to i16
  %".1815" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1814", ptr %".1815", align 2
  br label %"return"
cont.61:
  %".1818" = trunc i64 %"end.8" to i16
  %".1819" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1818", ptr %".1819", align 2
  br label %"return"
exit.62:
  %".1825" = trunc i64 %"cursor.56" to i16
  %".1826" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1825", ptr %".1826", align 2
  br label %"return"
cont.62:
  %".1829" = getelementptr i8, ptr %"hdr.26", i64 0
  %".1830" = load i8, ptr %".1829", align 1
  %".1831" = zext i8 %".1830" to i64
  %".1832" = trunc i64 %".1831" to i8
  %".1833" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1832", ptr %".1833", align 1
  %".1835" = add i64 %"cursor.56", 8
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
  switch i64 %".1862", label %"unknown.17" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 132, label %"to_sctp.7" i64 33, label %"to_dccp.7" i64 50, label %"to_esp.7" i64 51, label %"to_ah.7" i64 58, label %"to_icmpv6.5" i64 137, label %"to_mpls.23" i64 4, label %"to_ipv4.14" i64 41, label %"to_ipv6.14"]
first_fragment.3:
  %".1851" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1851", align 1
  %".1853" = and i32 %"flags", 1
  %".1854" = icmp ne i32 %".1853", 0
  %".1855" = xor i1 %".1854", -1
  br i1 %".1855", label %"exit.63", label %"cont.63"
later_fragment.3:
  %".1847" = trunc i64 %".1835" to i16
  %".1848" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1847", ptr %".1848", align 2
  br label %"return"
exit.63:
  %".1857" = trunc i64 %".1835" to i16
  %".1858" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1857", ptr %".1858", align 2
  br label %"return"
cont.63:
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
  %"cursor.128" = and i64 %".1872", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  %".1874" = getelementptr i8, ptr %"keys", i64 2
  %".1875" = trunc i64 %".1835" to i16
  store volatile i16 %".1875", ptr %".1874", align 2
  %".1877" = load volatile i16, ptr %".1874", align 2
  %".1878" = zext i16 %".1877" to i64
  %"cursor.129" = and i64 %".1878", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  %".1880" = getelementptr i8, ptr %"keys", i64 2
  %".1881" = trunc i64 %".1835" to i16
  store volatile i16 %".1881", ptr %".1880", align 2
  %".1883" = load volatile i16, ptr %".1880", align 2
  %".1884" = zext i16 %".1883" to i64
  %"cursor.130" = and i64 %".1884", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  %".1886" = getelementptr i8, ptr %"keys", i64 2
  %".1887" = trunc i64 %".1835" to i16
  store volatile i16 %".1887", ptr %".1886", align 2
  %".1889" = load volatile i16, ptr %".1886", align 2
  %".1890" = zext i16 %".1889" to i64
  %"cursor.131" = and i64 %".1890", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  %".1892" = getelementptr i8, ptr %"keys", i64 2
  %".1893" = trunc i64 %".1835" to i16
  store volatile i16 %".1893", ptr %".1892", align 2
  %".1895" = load volatile i16, ptr %".1892", align 2
  %".1896" = zext i16 %".1895" to i64
  %"cursor.132" = and i64 %".1896", 16383
  br label %"tcp"
to_udp.7:
  %".1898" = getelementptr i8, ptr %"keys", i64 2
  %".1899" = trunc i64 %".1835" to i16
  store volatile i16 %".1899", ptr %".1898", align 2
  %".1901" = load volatile i16, ptr %".1898", align 2
  %".1902" = zext i16 %".1901" to i64
  %"cursor.133" = and i64 %".1902", 16383
  br label %"udp"
to_udplite.7:
  %".1904" = getelementptr i8, ptr %"keys", i64 2
  %".1905" = trunc i64 %".1835" to i16
  store volatile i16 %".1905", ptr %".1904", align 2
  %".1907" = load volatile i16, ptr %".1904", align 2
  %".1908" = zext i16 %".1907" to i64
  %"cursor.134" = and i64 %".1908", 16383
  br label %"udplite"
to_gre.7:
  %".1910" = getelementptr i8, ptr %"keys", i64 2
  %".1911" = trunc i64 %".1835" to i16
  store volatile i16 %".1911", ptr %".1910", align 2
  %".1913" = load volatile i16, ptr %".1910", align 2
  %".1914" = zext i16 %".1913" to i64
  %"cursor.135" = and i64 %".1914", 16383
  br label %"gre_d1"
to_sctp.7:
  %".1916" = getelementptr i8, ptr %"keys", i64 2
  %".1917" = trunc i64 %".1835" to i16
  store volatile i16 %".1917", ptr %".1916", align 2
  %".1919" = load volatile i16, ptr %".1916", align 2
  %".1920" = zext i16 %".1919" to i64
  %"cursor.136" = and i64 %".1920", 16383
  br label %"sctp"
to_dccp.7:
  %".1922" = getelementptr i8, ptr %"keys", i64 2
  %".1923" = trunc i64 %".1835" to i16
  store volatile i16 %".1923", ptr %".1922", align 2
  %".1925" = load volatile i16, ptr %".1922", align 2
  %".1926" = zext i16 %".1925" to i64
  %"cursor.137" = and i64 %".1926", 16383
  br label %"dccp"
to_esp.7:
  %".1928" = getelementptr i8, ptr %"keys", i64 2
  %".1929" = trunc i64 %".1835" to i16
  store volatile i16 %".1929", ptr %".1928", align 2
  %".1931" = load volatile i16, ptr %".1928", align 2
  %".1932" = zext i16 %".1931" to i64
  %"cursor.138" = and i64 %".1932", 16383
  br label %"esp"
to_ah.7:
  %".1934" = getelementptr i8, ptr %"keys", i64 2
  %".1935" = trunc i64 %".1835" to i16
  store volatile i16 %".1935", ptr %".1934", align 2
  %".1937" = load volatile i16, ptr %".1934", align 2
  %".1938" = zext i16 %".1937" to i64
  %"cursor.139" = and i64 %".1938", 16383
  br label %"ah"
to_icmpv6.5:
  %".1940" = getelementptr i8, ptr %"keys", i64 2
  %".1941" = trunc i64 %".1835" to i16
  store volatile i16 %".1941", ptr %".1940", align 2
  %".1943" = load volatile i16, ptr %".1940", align 2
  %".1944" = zext i16 %".1943" to i64
  %"cursor.140" = and i64 %".1944", 16383
  br label %"icmpv6"
to_mpls.23:
  %".1946" = trunc i64 34887 to i16
  %".1947" = call i16 @"llvm.bswap.i16"(i16 %".1946")
  %".1948" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1947", ptr %".1948", align 2
  %".1950" = getelementptr i8, ptr %"keys", i64 2
  %".1951" = trunc i64 %".1835" to i16
  store volatile i16 %".1951", ptr %".1950", align 2
  %".1953" = load volatile i16, ptr %".1950", align 2
  %".1954" = zext i16 %".1953" to i64
  %"cursor.141" = and i64 %".1954", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.14:
  %".1956" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1956", align 1
  %".1958" = and i32 %"flags", 4
  %".1959" = icmp ne i32 %".1958", 0
  br i1 %".1959", label %"exit.64", label %"cont.64"
to_ipv6.14:
  %".1969" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1969", align 1
  %".1971" = and i32 %"flags", 4
  %".1972" = icmp ne i32 %".1971", 0
  br i1 %".1972", label %"exit.65", label %"cont.65"
exit.64:
  %".1961" = trunc i64 %".1835" to i16
  %".1962" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1961", ptr %".1962", align 2
  br label %"return"
cont.64:
  %".1965" = trunc i64 %".1835" to i16
  %".1966" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1965", ptr %".1966", align 2
  br label %"return"
exit.65:
  %".1974" = trunc i64 %".1835" to i16
  %".1975" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1974", ptr %".1975", align 2
  br label %"return"
cont.65:
  %".1978" = trunc i64 %".1835" to i16
  %".1979" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1978", ptr %".1979", align 2
  br label %"return"
exit.66:
  %".1985" = trunc i64 %"cursor.67" to i16
  %".1986" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1985", ptr %".1986", align 2
  br label %"return"
cont.66:
  %".1989" = getelementptr i8, ptr %"hdr.27", i64 0
  %".1990" = load i8, ptr %".1989", align 1
  %".1991" = zext i8 %".1990" to i64
  %".1992" = trunc i64 %".1991" to i8
  %".1993" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1992", ptr %".1993", align 1
  %".1995" = add i64 %"cursor.67", 2
  %".1996" = getelementptr i8, ptr %"hdr.27", i64 1
  %".1997" = load i8, ptr %".1996", align 1
  %".1998" = zext i8 %".1997" to i64
  %".1999" = mul i64 %".1998", 8
  %".2000" = add i64 %".1999", 6
  %".2001" = add i64 %".2000", 2
  %".2002" = getelementptr i8, ptr %"hdr.27", i64 %".2001"
  %".2003" = icmp ugt ptr %".2002", %"data_end"
  br i1 %".2003", label %"exit.67", label %"cont.67"
exit.67:
  %".2005" = trunc i64 %"cursor.67" to i16
  %".2006" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2005", ptr %".2006", align 2
  br label %"return"
cont.67:
  %"end.9" = add i64 %"cursor.67", %".2001"
  %".2009" = zext i8 %".1990" to i64
  switch i64 %".2009", label %"unknown.18" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 132, label %"to_sctp.8" i64 33, label %"to_dccp.8" i64 50, label %"to_esp.8" i64 51, label %"to_ah.8" i64 58, label %"to_icmpv6.6" i64 137, label %"to_mpls.24" i64 4, label %"to_ipv4.15" i64 41, label %"to_ipv6.15"]
unknown.18:
  %".2011" = trunc i64 %"end.9" to i16
  %".2012" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2011", ptr %".2012", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  %".2017" = getelementptr i8, ptr %"keys", i64 2
  %".2018" = trunc i64 %"end.9" to i16
  store volatile i16 %".2018", ptr %".2017", align 2
  %".2020" = load volatile i16, ptr %".2017", align 2
  %".2021" = zext i16 %".2020" to i64
  %"cursor.143" = and i64 %".2021", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  %".2024" = getelementptr i8, ptr %"keys", i64 2
  %".2025" = trunc i64 %"end.9" to i16
  store volatile i16 %".2025", ptr %".2024", align 2
  %".2027" = load volatile i16, ptr %".2024", align 2
  %".2028" = zext i16 %".2027" to i64
  %"cursor.145" = and i64 %".2028", 16383
  br label %"tcp"
to_udp.8:
  %".2030" = getelementptr i8, ptr %"keys", i64 2
  %".2031" = trunc i64 %"end.9" to i16
  store volatile i16 %".2031", ptr %".2030", align 2
  %".2033" = load volatile i16, ptr %".2030", align 2
  %".2034" = zext i16 %".2033" to i64
  %"cursor.146" = and i64 %".2034", 16383
  br label %"udp"
to_udplite.8:
  %".2036" = getelementptr i8, ptr %"keys", i64 2
  %".2037" = trunc i64 %"end.9" to i16
  store volatile i16 %".2037", ptr %".2036", align 2
  %".2039" = load volatile i16, ptr %".2036", align 2
  %".2040" = zext i16 %".2039" to i64
  %"cursor.147" = and i64 %".2040", 16383
  br label %"udplite"
to_gre.8:
  %".2042" = getelementptr i8, ptr %"keys", i64 2
  %".2043" = trunc i64 %"end.9" to i16
  store volatile i16 %".2043", ptr %".2042", align 2
  %".2045" = load volatile i16, ptr %".2042", align 2
  %".2046" = zext i16 %".2045" to i64
  %"cursor.148" = and i64 %".2046", 16383
  br label %"gre_d0"
to_sctp.8:
  %".2048" = getelementptr i8, ptr %"keys", i64 2
  %".2049" = trunc i64 %"end.9" to i16
  store volatile i16 %".2049", ptr %".2048", align 2
  %".2051" = load volatile i16, ptr %".2048", align 2
  %".2052" = zext i16 %".2051" to i64
  %"cursor.149" = and i64 %".2052", 16383
  br label %"sctp"
to_dccp.8:
  %".2054" = getelementptr i8, ptr %"keys", i64 2
  %".2055" = trunc i64 %"end.9" to i16
  store volatile i16 %".2055", ptr %".2054", align 2
  %".2057" = load volatile i16, ptr %".2054", align 2
  %".2058" = zext i16 %".2057" to i64
  %"cursor.150" = and i64 %".2058", 16383
  br label %"dccp"
to_esp.8:
  %".2060" = getelementptr i8, ptr %"keys", i64 2
  %".2061" = trunc i64 %"end.9" to i16
  store volatile i16 %".2061", ptr %".2060", align 2
  %".2063" = load volatile i16, ptr %".2060", align 2
  %".2064" = zext i16 %".2063" to i64
  %"cursor.151" = and i64 %".2064", 16383
  br label %"esp"
to_ah.8:
  %".2066" = getelementptr i8, ptr %"keys", i64 2
  %".2067" = trunc i64 %"end.9" to i16
  store volatile i16 %".2067", ptr %".2066", align 2
  %".2069" = load volatile i16, ptr %".2066", align 2
  %".2070" = zext i16 %".2069" to i64
  %"cursor.152" = and i64 %".2070", 16383
  br label %"ah"
to_icmpv6.6:
  %".2072" = getelementptr i8, ptr %"keys", i64 2
  %".2073" = trunc i64 %"end.9" to i16
  store volatile i16 %".2073", ptr %".2072", align 2
  %".2075" = load volatile i16, ptr %".2072", align 2
  %".2076" = zext i16 %".2075" to i64
  %"cursor.153" = and i64 %".2076", 16383
  br label %"icmpv6"
to_mpls.24:
  %".2078" = trunc i64 34887 to i16
  %".2079" = call i16 @"llvm.bswap.i16"(i16 %".2078")
  %".2080" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2079", ptr %".2080", align 2
  %".2082" = getelementptr i8, ptr %"keys", i64 2
  %".2083" = trunc i64 %"end.9" to i16
  store volatile i16 %".2083", ptr %".2082", align 2
  %".2085" = load volatile i16, ptr %".2082", align 2
  %".2086" = zext i16 %".2085" to i64
  %"cursor.154" = and i64 %".2086", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.15:
  %".2088" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2088", align 1
  %".2090" = and i32 %"flags", 4
  %".2091" = icmp ne i32 %".2090", 0
  br i1 %".2091", label %"exit.68", label %"cont.68"
to_ipv6.15:
  %".2103" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2103", align 1
  %".2105" = and i32 %"flags", 4
  %".2106" = icmp ne i32 %".2105", 0
  br i1 %".2106", label %"exit.69", label %"cont.69"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.142" = phi  i64 [%"end.9", %"to_ipv6_opts.18"], [%"end.9", %"to_ipv6_opts.19"], [%"cursor.143", %"to_ipv6_opts.20"], [%"cursor.157", %"to_ipv6_opts.21"], [%"cursor.158", %"to_ipv6_opts.22"], [%"cursor.159", %"to_ipv6_opts.23"]
  %"hdr.34" = getelementptr i8, ptr %"data", i64 %"cursor.142"
  %".2743" = getelementptr i8, ptr %"hdr.34", i64 2
  %".2744" = icmp ugt ptr %".2743", %"data_end"
  br i1 %".2744", label %"exit.86", label %"cont.86"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.144" = phi  i64 [%"end.9", %"to_ipv6_frag.6"], [%".2131", %"to_ipv6_frag.7"]
  %"hdr.35" = getelementptr i8, ptr %"data", i64 %"cursor.144"
  %".2886" = getelementptr i8, ptr %"hdr.35", i64 8
  %".2887" = icmp ugt ptr %".2886", %"data_end"
  br i1 %".2887", label %"exit.90", label %"cont.90"
exit.68:
  %".2093" = trunc i64 %"end.9" to i16
  %".2094" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2093", ptr %".2094", align 2
  br label %"return"
cont.68:
  %".2097" = getelementptr i8, ptr %"keys", i64 2
  %".2098" = trunc i64 %"end.9" to i16
  store volatile i16 %".2098", ptr %".2097", align 2
  %".2100" = load volatile i16, ptr %".2097", align 2
  %".2101" = zext i16 %".2100" to i64
  %"cursor.155" = and i64 %".2101", 16383
  br label %"ipv4_d1"
exit.69:
  %".2108" = trunc i64 %"end.9" to i16
  %".2109" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2108", ptr %".2109", align 2
  br label %"return"
cont.69:
  %".2112" = getelementptr i8, ptr %"keys", i64 2
  %".2113" = trunc i64 %"end.9" to i16
  store volatile i16 %".2113", ptr %".2112", align 2
  %".2115" = load volatile i16, ptr %".2112", align 2
  %".2116" = zext i16 %".2115" to i64
  %"cursor.156" = and i64 %".2116", 16383
  br label %"ipv6_d1"
exit.70:
  %".2121" = trunc i64 %"cursor.69" to i16
  %".2122" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2121", ptr %".2122", align 2
  br label %"return"
cont.70:
  %".2125" = getelementptr i8, ptr %"hdr.28", i64 0
  %".2126" = load i8, ptr %".2125", align 1
  %".2127" = zext i8 %".2126" to i64
  %".2128" = trunc i64 %".2127" to i8
  %".2129" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2128", ptr %".2129", align 1
  %".2131" = add i64 %"cursor.69", 8
  %".2132" = icmp ne i64 1, 0
  %".2133" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2134" = load i16, ptr %".2133", align 2
  %".2135" = call i16 @"llvm.bswap.i16"(i16 %".2134")
  %".2136" = zext i16 %".2135" to i64
  %".2137" = and i64 %".2136", 65528
  %".2138" = icmp eq i64 %".2137", 0
  br i1 %".2132", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".2140" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2140", align 1
  br i1 %".2138", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".2158" = zext i8 %".2126" to i64
  switch i64 %".2158", label %"unknown.19" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 132, label %"to_sctp.9" i64 33, label %"to_dccp.9" i64 50, label %"to_esp.9" i64 51, label %"to_ah.9" i64 58, label %"to_icmpv6.7" i64 137, label %"to_mpls.25" i64 4, label %"to_ipv4.16" i64 41, label %"to_ipv6.16"]
first_fragment.4:
  %".2147" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2147", align 1
  %".2149" = and i32 %"flags", 1
  %".2150" = icmp ne i32 %".2149", 0
  %".2151" = xor i1 %".2150", -1
  br i1 %".2151", label %"exit.71", label %"cont.71"
later_fragment.4:
  %".2143" = trunc i64 %".2131" to i16
  %".2144" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2143", ptr %".2144", align 2
  br label %"return"
exit.71:
  %".2153" = trunc i64 %".2131" to i16
  %".2154" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2153", ptr %".2154", align 2
  br label %"return"
cont.71:
  br label %"not_fragment.4"
unknown.19:
  %".2160" = trunc i64 %".2131" to i16
  %".2161" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2160", ptr %".2161", align 2
  br label %"return"
to_ipv6_opts.21:
  %".2164" = getelementptr i8, ptr %"keys", i64 2
  %".2165" = trunc i64 %".2131" to i16
  store volatile i16 %".2165", ptr %".2164", align 2
  %".2167" = load volatile i16, ptr %".2164", align 2
  %".2168" = zext i16 %".2167" to i64
  %"cursor.157" = and i64 %".2168", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  %".2170" = getelementptr i8, ptr %"keys", i64 2
  %".2171" = trunc i64 %".2131" to i16
  store volatile i16 %".2171", ptr %".2170", align 2
  %".2173" = load volatile i16, ptr %".2170", align 2
  %".2174" = zext i16 %".2173" to i64
  %"cursor.158" = and i64 %".2174", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  %".2176" = getelementptr i8, ptr %"keys", i64 2
  %".2177" = trunc i64 %".2131" to i16
  store volatile i16 %".2177", ptr %".2176", align 2
  %".2179" = load volatile i16, ptr %".2176", align 2
  %".2180" = zext i16 %".2179" to i64
  %"cursor.159" = and i64 %".2180", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  %".2183" = getelementptr i8, ptr %"keys", i64 2
  %".2184" = trunc i64 %".2131" to i16
  store volatile i16 %".2184", ptr %".2183", align 2
  %".2186" = load volatile i16, ptr %".2183", align 2
  %".2187" = zext i16 %".2186" to i64
  %"cursor.160" = and i64 %".2187", 16383
  br label %"tcp"
to_udp.9:
  %".2189" = getelementptr i8, ptr %"keys", i64 2
  %".2190" = trunc i64 %".2131" to i16
  store volatile i16 %".2190", ptr %".2189", align 2
  %".2192" = load volatile i16, ptr %".2189", align 2
  %".2193" = zext i16 %".2192" to i64
  %"cursor.161" = and i64 %".2193", 16383
  br label %"udp"
to_udplite.9:
  %".2195" = getelementptr i8, ptr %"keys", i64 2
  %".2196" = trunc i64 %".2131" to i16
  store volatile i16 %".2196", ptr %".2195", align 2
  %".2198" = load volatile i16, ptr %".2195", align 2
  %".2199" = zext i16 %".2198" to i64
  %"cursor.162" = and i64 %".2199", 16383
  br label %"udplite"
to_gre.9:
  %".2201" = getelementptr i8, ptr %"keys", i64 2
  %".2202" = trunc i64 %".2131" to i16
  store volatile i16 %".2202", ptr %".2201", align 2
  %".2204" = load volatile i16, ptr %".2201", align 2
  %".2205" = zext i16 %".2204" to i64
  %"cursor.163" = and i64 %".2205", 16383
  br label %"gre_d0"
to_sctp.9:
  %".2207" = getelementptr i8, ptr %"keys", i64 2
  %".2208" = trunc i64 %".2131" to i16
  store volatile i16 %".2208", ptr %".2207", align 2
  %".2210" = load volatile i16, ptr %".2207", align 2
  %".2211" = zext i16 %".2210" to i64
  %"cursor.164" = and i64 %".2211", 16383
  br label %"sctp"
to_dccp.9:
  %".2213" = getelementptr i8, ptr %"keys", i64 2
  %".2214" = trunc i64 %".2131" to i16
  store volatile i16 %".2214", ptr %".2213", align 2
  %".2216" = load volatile i16, ptr %".2213", align 2
  %".2217" = zext i16 %".2216" to i64
  %"cursor.165" = and i64 %".2217", 16383
  br label %"dccp"
to_esp.9:
  %".2219" = getelementptr i8, ptr %"keys", i64 2
  %".2220" = trunc i64 %".2131" to i16
  store volatile i16 %".2220", ptr %".2219", align 2
  %".2222" = load volatile i16, ptr %".2219", align 2
  %".2223" = zext i16 %".2222" to i64
  %"cursor.166" = and i64 %".2223", 16383
  br label %"esp"
to_ah.9:
  %".2225" = getelementptr i8, ptr %"keys", i64 2
  %".2226" = trunc i64 %".2131" to i16
  store volatile i16 %".2226", ptr %".2225", align 2
  %".2228" = load volatile i16, ptr %".2225", align 2
  %".2229" = zext i16 %".2228" to i64
  %"cursor.167" = and i64 %".2229", 16383
  br label %"ah"
to_icmpv6.7:
  %".2231" = getelementptr i8, ptr %"keys", i64 2
  %".2232" = trunc i64 %".2131" to i16
  store volatile i16 %".2232", ptr %".2231", align 2
  %".2234" = load volatile i16, ptr %".2231", align 2
  %".2235" = zext i16 %".2234" to i64
  %"cursor.168" = and i64 %".2235", 16383
  br label %"icmpv6"
to_mpls.25:
  %".2237" = trunc i64 34887 to i16
  %".2238" = call i16 @"llvm.bswap.i16"(i16 %".2237")
  %".2239" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2238", ptr %".2239", align 2
  %".2241" = getelementptr i8, ptr %"keys", i64 2
  %".2242" = trunc i64 %".2131" to i16
  store volatile i16 %".2242", ptr %".2241", align 2
  %".2244" = load volatile i16, ptr %".2241", align 2
  %".2245" = zext i16 %".2244" to i64
  %"cursor.169" = and i64 %".2245", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.16:
  %".2247" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2247", align 1
  %".2249" = and i32 %"flags", 4
  %".2250" = icmp ne i32 %".2249", 0
  br i1 %".2250", label %"exit.72", label %"cont.72"
to_ipv6.16:
  %".2262" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2262", align 1
  %".2264" = and i32 %"flags", 4
  %".2265" = icmp ne i32 %".2264", 0
  br i1 %".2265", label %"exit.73", label %"cont.73"
exit.72:
  %".2252" = trunc i64 %".2131" to i16
  %".2253" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2252", ptr %".2253", align 2
  br label %"return"
cont.72:
  %".2256" = getelementptr i8, ptr %"keys", i64 2
  %".2257" = trunc i64 %".2131" to i16
  store volatile i16 %".2257", ptr %".2256", align 2
  %".2259" = load volatile i16, ptr %".2256", align 2
  %".2260" = zext i16 %".2259" to i64
  %"cursor.170" = and i64 %".2260", 16383
  br label %"ipv4_d1"
exit.73:
  %".2267" = trunc i64 %".2131" to i16
  %".2268" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2267", ptr %".2268", align 2
  br label %"return"
cont.73:
  %".2271" = getelementptr i8, ptr %"keys", i64 2
  %".2272" = trunc i64 %".2131" to i16
  store volatile i16 %".2272", ptr %".2271", align 2
  %".2274" = load volatile i16, ptr %".2271", align 2
  %".2275" = zext i16 %".2274" to i64
  %"cursor.171" = and i64 %".2275", 16383
  br label %"ipv6_d1"
exit.74:
  %".2280" = trunc i64 %"cursor.102" to i16
  %".2281" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2280", ptr %".2281", align 2
  br label %"return"
cont.74:
  %".2284" = add i64 %"cursor.102", 4
  %".2285" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2286" = load i8, ptr %".2285", align 1
  %".2287" = zext i8 %".2286" to i64
  %".2288" = and i64 %".2287", 1
  switch i64 %".2288", label %"unknown.20" [i64 0, label %"to_mpls.26"]
unknown.20:
  %".2290" = trunc i64 %".2284" to i16
  %".2291" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2290", ptr %".2291", align 2
  br label %"return"
to_mpls.26:
  br label %"mpls_mpls_labels4"
mpls_mpls_labels4:
  %"cursor.172" = phi  i64 [%".2284", %"to_mpls.26"]
  %"hdr.36" = getelementptr i8, ptr %"data", i64 %"cursor.172"
  %".3042" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3043" = icmp ugt ptr %".3042", %"data_end"
  br i1 %".3043", label %"exit.94", label %"cont.94"
exit.75:
  %".2298" = trunc i64 %"cursor.105" to i16
  %".2299" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2298", ptr %".2299", align 2
  br label %"return"
cont.75:
  %".2302" = getelementptr i8, ptr %"hdr.30", i64 2
  %".2303" = load i16, ptr %".2302", align 2
  %".2304" = call i16 @"llvm.bswap.i16"(i16 %".2303")
  %".2305" = zext i16 %".2304" to i64
  %".2306" = trunc i64 %".2305" to i16
  %".2307" = call i16 @"llvm.bswap.i16"(i16 %".2306")
  %".2308" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2307", ptr %".2308", align 2
  %".2310" = add i64 %"cursor.105", 4
  %".2311" = trunc i64 %".2310" to i16
  %".2312" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2311", ptr %".2312", align 2
  %".2314" = call i16 @"llvm.bswap.i16"(i16 %".2303")
  %".2315" = zext i16 %".2314" to i64
  switch i64 %".2315", label %"unknown.21" [i64 2048, label %"to_ipv4.17" i64 34525, label %"to_ipv6.17" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9" i64 34887, label %"to_mpls.27" i64 34888, label %"to_mpls.28" i64 34916, label %"to_pppoe.4"]
unknown.21:
  %".2317" = trunc i64 %".2310" to i16
  %".2318" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2317", ptr %".2318", align 2
  br label %"return"
to_ipv4.17:
  %".2321" = getelementptr i8, ptr %"keys", i64 2
  %".2322" = trunc i64 %".2310" to i16
  store volatile i16 %".2322", ptr %".2321", align 2
  %".2324" = load volatile i16, ptr %".2321", align 2
  %".2325" = zext i16 %".2324" to i64
  %"cursor.173" = and i64 %".2325", 16383
  br label %"ipv4_d1"
to_ipv6.17:
  %".2327" = getelementptr i8, ptr %"keys", i64 2
  %".2328" = trunc i64 %".2310" to i16
  store volatile i16 %".2328", ptr %".2327", align 2
  %".2330" = load volatile i16, ptr %".2327", align 2
  %".2331" = zext i16 %".2330" to i64
  %"cursor.174" = and i64 %".2331", 16383
  br label %"ipv6_d1"
to_vlan.8:
  %".2333" = getelementptr i8, ptr %"keys", i64 2
  %".2334" = trunc i64 %".2310" to i16
  store volatile i16 %".2334", ptr %".2333", align 2
  %".2336" = load volatile i16, ptr %".2333", align 2
  %".2337" = zext i16 %".2336" to i64
  %"cursor.176" = and i64 %".2337", 16383
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  %".2339" = getelementptr i8, ptr %"keys", i64 2
  %".2340" = trunc i64 %".2310" to i16
  store volatile i16 %".2340", ptr %".2339", align 2
  %".2342" = load volatile i16, ptr %".2339", align 2
  %".2343" = zext i16 %".2342" to i64
  %"cursor.177" = and i64 %".2343", 16383
  br label %"vlan_d1_vlan_tags2"
to_mpls.27:
  %".2345" = getelementptr i8, ptr %"keys", i64 2
  %".2346" = trunc i64 %".2310" to i16
  store volatile i16 %".2346", ptr %".2345", align 2
  %".2348" = load volatile i16, ptr %".2345", align 2
  %".2349" = zext i16 %".2348" to i64
  %"cursor.178" = and i64 %".2349", 16383
  br label %"mpls_mpls_labels1"
to_mpls.28:
  %".2351" = getelementptr i8, ptr %"keys", i64 2
  %".2352" = trunc i64 %".2310" to i16
  store volatile i16 %".2352", ptr %".2351", align 2
  %".2354" = load volatile i16, ptr %".2351", align 2
  %".2355" = zext i16 %".2354" to i64
  %"cursor.179" = and i64 %".2355", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.4:
  %".2357" = getelementptr i8, ptr %"keys", i64 2
  %".2358" = trunc i64 %".2310" to i16
  store volatile i16 %".2358", ptr %".2357", align 2
  %".2360" = load volatile i16, ptr %".2357", align 2
  %".2361" = zext i16 %".2360" to i64
  %"cursor.180" = and i64 %".2361", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2:
  %"cursor.175" = phi  i64 [%"cursor.176", %"to_vlan.8"], [%"cursor.177", %"to_vlan.9"]
  %"hdr.37" = getelementptr i8, ptr %"data", i64 %"cursor.175"
  %".3063" = getelementptr i8, ptr %"hdr.37", i64 4
  %".3064" = icmp ugt ptr %".3063", %"data_end"
  br i1 %".3064", label %"exit.95", label %"cont.95"
exit.76:
  %".2366" = trunc i64 %"cursor.110" to i16
  %".2367" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2366", ptr %".2367", align 2
  br label %"return"
cont.76:
  %".2370" = getelementptr i8, ptr %"hdr.31", i64 0
  %".2371" = load i8, ptr %".2370", align 1
  %".2372" = zext i8 %".2371" to i64
  %".2373" = lshr i64 %".2372", 4
  %".2374" = and i64 %".2373", 15
  %".2375" = icmp eq i64 %".2374", 1
  %".2376" = zext i8 %".2371" to i64
  %".2377" = and i64 %".2376", 15
  %".2378" = icmp eq i64 %".2377", 1
  %".2379" = and i1 %".2375", %".2378"
  %".2380" = getelementptr i8, ptr %"hdr.31", i64 1
  %".2381" = load i8, ptr %".2380", align 1
  %".2382" = zext i8 %".2381" to i64
  %".2383" = icmp eq i64 %".2382", 0
  %".2384" = and i1 %".2379", %".2383"
  %".2385" = xor i1 %".2384", -1
  br i1 %".2385", label %"exit.77", label %"cont.77"
exit.77:
  %".2387" = trunc i64 %"cursor.110" to i16
  %".2388" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2387", ptr %".2388", align 2
  br label %"return"
cont.77:
  %".2391" = add i64 %"cursor.110", 8
  %".2392" = trunc i64 %".2391" to i16
  %".2393" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2392", ptr %".2393", align 2
  %".2395" = getelementptr i8, ptr %"hdr.31", i64 6
  %".2396" = load i16, ptr %".2395", align 2
  %".2397" = call i16 @"llvm.bswap.i16"(i16 %".2396")
  %".2398" = zext i16 %".2397" to i64
  switch i64 %".2398", label %"unknown.22" [i64 33, label %"to_ipv4.18" i64 87, label %"to_ipv6.18" i64 641, label %"to_mpls.29" i64 643, label %"to_mpls.30"]
unknown.22:
  %".2400" = trunc i64 %".2391" to i16
  %".2401" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2400", ptr %".2401", align 2
  br label %"return"
to_ipv4.18:
  %".2404" = getelementptr i8, ptr %"keys", i64 2
  %".2405" = trunc i64 %".2391" to i16
  store volatile i16 %".2405", ptr %".2404", align 2
  %".2407" = load volatile i16, ptr %".2404", align 2
  %".2408" = zext i16 %".2407" to i64
  %"cursor.181" = and i64 %".2408", 16383
  br label %"ipv4_d1"
to_ipv6.18:
  %".2410" = getelementptr i8, ptr %"keys", i64 2
  %".2411" = trunc i64 %".2391" to i16
  store volatile i16 %".2411", ptr %".2410", align 2
  %".2413" = load volatile i16, ptr %".2410", align 2
  %".2414" = zext i16 %".2413" to i64
  %"cursor.182" = and i64 %".2414", 16383
  br label %"ipv6_d1"
to_mpls.29:
  %".2416" = trunc i64 34887 to i16
  %".2417" = call i16 @"llvm.bswap.i16"(i16 %".2416")
  %".2418" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2417", ptr %".2418", align 2
  %".2420" = getelementptr i8, ptr %"keys", i64 2
  %".2421" = trunc i64 %".2391" to i16
  store volatile i16 %".2421", ptr %".2420", align 2
  %".2423" = load volatile i16, ptr %".2420", align 2
  %".2424" = zext i16 %".2423" to i64
  %"cursor.183" = and i64 %".2424", 16383
  br label %"mpls_mpls_labels1"
to_mpls.30:
  %".2426" = trunc i64 34888 to i16
  %".2427" = call i16 @"llvm.bswap.i16"(i16 %".2426")
  %".2428" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2427", ptr %".2428", align 2
  %".2430" = getelementptr i8, ptr %"keys", i64 2
  %".2431" = trunc i64 %".2391" to i16
  store volatile i16 %".2431", ptr %".2430", align 2
  %".2433" = load volatile i16, ptr %".2430", align 2
  %".2434" = zext i16 %".2433" to i64
  %"cursor.184" = and i64 %".2434", 16383
  br label %"mpls_mpls_labels1"
exit.78:
  %".2439" = trunc i64 %"cursor.112" to i16
  %".2440" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2439", ptr %".2440", align 2
  br label %"return"
cont.78:
  %".2443" = getelementptr i8, ptr %"hdr.32", i64 0
  %".2444" = load i8, ptr %".2443", align 1
  %".2445" = zext i8 %".2444" to i64
  %".2446" = trunc i64 %".2445" to i8
  %".2447" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2446", ptr %".2447", align 1
  %".2449" = add i64 %"cursor.112", 2
  %".2450" = getelementptr i8, ptr %"hdr.32", i64 1
  %".2451" = load i8, ptr %".2450", align 1
  %".2452" = zext i8 %".2451" to i64
  %".2453" = mul i64 %".2452", 8
  %".2454" = add i64 %".2453", 6
  %".2455" = add i64 %".2454", 2
  %".2456" = getelementptr i8, ptr %"hdr.32", i64 %".2455"
  %".2457" = icmp ugt ptr %".2456", %"data_end"
  br i1 %".2457", label %"exit.79", label %"cont.79"
exit.79:
  %".2459" = trunc i64 %"cursor.112" to i16
  %".2460" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2459", ptr %".2460", align 2
  br label %"return"
cont.79:
  %"end.10" = add i64 %"cursor.112", %".2455"
  %".2463" = zext i8 %".2444" to i64
  switch i64 %".2463", label %"unknown.23" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 132, label %"to_sctp.10" i64 33, label %"to_dccp.10" i64 50, label %"to_esp.10" i64 51, label %"to_ah.10" i64 58, label %"to_icmpv6.8" i64 137, label %"to_mpls.31" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.19"]
unknown.23:
  %".2465" = trunc i64 %"end.10" to i16
  %".2466" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2465", ptr %".2466", align 2
  br label %"return"
to_ipv6_opts.24:
  %".2469" = getelementptr i8, ptr %"keys", i64 2
  %".2470" = trunc i64 %"end.10" to i16
  store volatile i16 %".2470", ptr %".2469", align 2
  %".2472" = load volatile i16, ptr %".2469", align 2
  %".2473" = zext i16 %".2472" to i64
  %"cursor.186" = and i64 %".2473", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  %".2475" = getelementptr i8, ptr %"keys", i64 2
  %".2476" = trunc i64 %"end.10" to i16
  store volatile i16 %".2476", ptr %".2475", align 2
  %".2478" = load volatile i16, ptr %".2475", align 2
  %".2479" = zext i16 %".2478" to i64
  %"cursor.187" = and i64 %".2479", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  %".2481" = getelementptr i8, ptr %"keys", i64 2
  %".2482" = trunc i64 %"end.10" to i16
  store volatile i16 %".2482", ptr %".2481", align 2
  %".2484" = load volatile i16, ptr %".2481", align 2
  %".2485" = zext i16 %".2484" to i64
  %"cursor.188" = and i64 %".2485", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  %".2487" = getelementptr i8, ptr %"keys", i64 2
  %".2488" = trunc i64 %"end.10" to i16
  store volatile i16 %".2488", ptr %".2487", align 2
  %".2490" = load volatile i16, ptr %".2487", align 2
  %".2491" = zext i16 %".2490" to i64
  %"cursor.190" = and i64 %".2491", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  %".2493" = getelementptr i8, ptr %"keys", i64 2
  %".2494" = trunc i64 %"end.10" to i16
  store volatile i16 %".2494", ptr %".2493", align 2
  %".2496" = load volatile i16, ptr %".2493", align 2
  %".2497" = zext i16 %".2496" to i64
  %"cursor.191" = and i64 %".2497", 16383
  br label %"tcp"
to_udp.10:
  %".2499" = getelementptr i8, ptr %"keys", i64 2
  %".2500" = trunc i64 %"end.10" to i16
  store volatile i16 %".2500", ptr %".2499", align 2
  %".2502" = load volatile i16, ptr %".2499", align 2
  %".2503" = zext i16 %".2502" to i64
  %"cursor.192" = and i64 %".2503", 16383
  br label %"udp"
to_udplite.10:
  %".2505" = getelementptr i8, ptr %"keys", i64 2
  %".2506" = trunc i64 %"end.10" to i16
  store volatile i16 %".2506", ptr %".2505", align 2
  %".2508" = load volatile i16, ptr %".2505", align 2
  %".2509" = zext i16 %".2508" to i64
  %"cursor.193" = and i64 %".2509", 16383
  br label %"udplite"
to_gre.10:
  %".2511" = getelementptr i8, ptr %"keys", i64 2
  %".2512" = trunc i64 %"end.10" to i16
  store volatile i16 %".2512", ptr %".2511", align 2
  %".2514" = load volatile i16, ptr %".2511", align 2
  %".2515" = zext i16 %".2514" to i64
  %"cursor.194" = and i64 %".2515", 16383
  br label %"gre_d1"
to_sctp.10:
  %".2517" = getelementptr i8, ptr %"keys", i64 2
  %".2518" = trunc i64 %"end.10" to i16
  store volatile i16 %".2518", ptr %".2517", align 2
  %".2520" = load volatile i16, ptr %".2517", align 2
  %".2521" = zext i16 %".2520" to i64
  %"cursor.195" = and i64 %".2521", 16383
  br label %"sctp"
to_dccp.10:
  %".2523" = getelementptr i8, ptr %"keys", i64 2
  %".2524" = trunc i64 %"end.10" to i16
  store volatile i16 %".2524", ptr %".2523", align 2
  %".2526" = load volatile i16, ptr %".2523", align 2
  %".2527" = zext i16 %".2526" to i64
  %"cursor.196" = and i64 %".2527", 16383
  br label %"dccp"
to_esp.10:
  %".2529" = getelementptr i8, ptr %"keys", i64 2
  %".2530" = trunc i64 %"end.10" to i16
  store volatile i16 %".2530", ptr %".2529", align 2
  %".2532" = load volatile i16, ptr %".2529", align 2
  %".2533" = zext i16 %".2532" to i64
  %"cursor.197" = and i64 %".2533", 16383
  br label %"esp"
to_ah.10:
  %".2535" = getelementptr i8, ptr %"keys", i64 2
  %".2536" = trunc i64 %"end.10" to i16
  store volatile i16 %".2536", ptr %".2535", align 2
  %".2538" = load volatile i16, ptr %".2535", align 2
  %".2539" = zext i16 %".2538" to i64
  %"cursor.198" = and i64 %".2539", 16383
  br label %"ah"
to_icmpv6.8:
  %".2541" = getelementptr i8, ptr %"keys", i64 2
  %".2542" = trunc i64 %"end.10" to i16
  store volatile i16 %".2542", ptr %".2541", align 2
  %".2544" = load volatile i16, ptr %".2541", align 2
  %".2545" = zext i16 %".2544" to i64
  %"cursor.199" = and i64 %".2545", 16383
  br label %"icmpv6"
to_mpls.31:
  %".2547" = trunc i64 34887 to i16
  %".2548" = call i16 @"llvm.bswap.i16"(i16 %".2547")
  %".2549" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2548", ptr %".2549", align 2
  %".2551" = getelementptr i8, ptr %"keys", i64 2
  %".2552" = trunc i64 %"end.10" to i16
  store volatile i16 %".2552", ptr %".2551", align 2
  %".2554" = load volatile i16, ptr %".2551", align 2
  %".2555" = zext i16 %".2554" to i64
  %"cursor.200" = and i64 %".2555", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.19:
  %".2557" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2557", align 1
  %".2559" = and i32 %"flags", 4
  %".2560" = icmp ne i32 %".2559", 0
  br i1 %".2560", label %"exit.80", label %"cont.80"
to_ipv6.19:
  %".2570" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2570", align 1
  %".2572" = and i32 %"flags", 4
  %".2573" = icmp ne i32 %".2572", 0
  br i1 %".2573", label %"exit.81", label %"cont.81"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.185" = phi  i64 [%"cursor.186", %"to_ipv6_opts.24"], [%"cursor.187", %"to_ipv6_opts.25"], [%"cursor.188", %"to_ipv6_opts.26"], [%"cursor.201", %"to_ipv6_opts.27"], [%"cursor.202", %"to_ipv6_opts.28"], [%"cursor.203", %"to_ipv6_opts.29"]
  %"hdr.38" = getelementptr i8, ptr %"data", i64 %"cursor.185"
  %".3127" = getelementptr i8, ptr %"hdr.38", i64 2
  %".3128" = icmp ugt ptr %".3127", %"data_end"
  br i1 %".3128", label %"exit.96", label %"cont.96"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.189" = phi  i64 [%"cursor.190", %"to_ipv6_frag.8"], [%"cursor.204", %"to_ipv6_frag.9"]
  %"hdr.39" = getelementptr i8, ptr %"data", i64 %"cursor.189"
  %".3266" = getelementptr i8, ptr %"hdr.39", i64 8
  %".3267" = icmp ugt ptr %".3266", %"data_end"
  br i1 %".3267", label %"exit.100", label %"cont.100"
exit.80:
  %".2562" = trunc i64 %"end.10" to i16
  %".2563" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2562", ptr %".2563", align 2
  br label %"return"
cont.80:
  %".2566" = trunc i64 %"end.10" to i16
  %".2567" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2566", ptr %".2567", align 2
  br label %"return"
exit.81:
  %".2575" = trunc i64 %"end.10" to i16
  %".2576" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2575", ptr %".2576", align 2
  br label %"return"
cont.81:
  %".2579" = trunc i64 %"end.10" to i16
  %".2580" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2579", ptr %".2580", align 2
  br label %"return"
exit.82:
  %".2586" = trunc i64 %"cursor.116" to i16
  %".2587" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2586", ptr %".2587", align 2
  br label %"return"
cont.82:
  %".2590" = getelementptr i8, ptr %"hdr.33", i64 0
  %".2591" = load i8, ptr %".2590", align 1
  %".2592" = zext i8 %".2591" to i64
  %".2593" = trunc i64 %".2592" to i8
  %".2594" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2593", ptr %".2594", align 1
  %".2596" = add i64 %"cursor.116", 8
  %".2597" = icmp ne i64 1, 0
  %".2598" = getelementptr i8, ptr %"hdr.33", i64 2
  %".2599" = load i16, ptr %".2598", align 2
  %".2600" = call i16 @"llvm.bswap.i16"(i16 %".2599")
  %".2601" = zext i16 %".2600" to i64
  %".2602" = and i64 %".2601", 65528
  %".2603" = icmp eq i64 %".2602", 0
  br i1 %".2597", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".2605" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2605", align 1
  br i1 %".2603", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".2623" = zext i8 %".2591" to i64
  switch i64 %".2623", label %"unknown.24" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 132, label %"to_sctp.11" i64 33, label %"to_dccp.11" i64 50, label %"to_esp.11" i64 51, label %"to_ah.11" i64 58, label %"to_icmpv6.9" i64 137, label %"to_mpls.32" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.20"]
first_fragment.5:
  %".2612" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2612", align 1
  %".2614" = and i32 %"flags", 1
  %".2615" = icmp ne i32 %".2614", 0
  %".2616" = xor i1 %".2615", -1
  br i1 %".2616", label %"exit.83", label %"cont.83"
later_fragment.5:
  %".2608" = trunc i64 %".2596" to i16
  %".2609" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2608", ptr %".2609", align 2
  br label %"return"
exit.83:
  %".2618" = trunc i64 %".2596" to i16
  %".2619" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2618", ptr %".2619", align 2
  br label %"return"
cont.83:
  br label %"not_fragment.5"
unknown.24:
  %".2625" = trunc i64 %".2596" to i16
  %".2626" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2625", ptr %".2626", align 2
  br label %"return"
to_ipv6_opts.27:
  %".2629" = getelementptr i8, ptr %"keys", i64 2
  %".2630" = trunc i64 %".2596" to i16
  store volatile i16 %".2630", ptr %".2629", align 2
  %".2632" = load volatile i16, ptr %".2629", align 2
  %".2633" = zext i16 %".2632" to i64
  %"cursor.201" = and i64 %".2633", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  %".2635" = getelementptr i8, ptr %"keys", i64 2
  %".2636" = trunc i64 %".2596" to i16
  store volatile i16 %".2636", ptr %".2635", align 2
  %".2638" = load volatile i16, ptr %".2635", align 2
  %".2639" = zext i16 %".2638" to i64
  %"cursor.202" = and i64 %".2639", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  %".2641" = getelementptr i8, ptr %"keys", i64 2
  %".2642" = trunc i64 %".2596" to i16
  store volatile i16 %".2642", ptr %".2641", align 2
  %".2644" = load volatile i16, ptr %".2641", align 2
  %".2645" = zext i16 %".2644" to i64
  %"cursor.203" = and i64 %".2645", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  %".2647" = getelementptr i8, ptr %"keys", i64 2
  %".2648" = trunc i64 %".2596" to i16
  store volatile i16 %".2648", ptr %".2647", align 2
  %".2650" = load volatile i16, ptr %".2647", align 2
  %".2651" = zext i16 %".2650" to i64
  %"cursor.204" = and i64 %".2651", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  %".2653" = getelementptr i8, ptr %"keys", i64 2
  %".2654" = trunc i64 %".2596" to i16
  store volatile i16 %".2654", ptr %".2653", align 2
  %".2656" = load volatile i16, ptr %".2653", align 2
  %".2657" = zext i16 %".2656" to i64
  %"cursor.205" = and i64 %".2657", 16383
  br label %"tcp"
to_udp.11:
  %".2659" = getelementptr i8, ptr %"keys", i64 2
  %".2660" = trunc i64 %".2596" to i16
  store volatile i16 %".2660", ptr %".2659", align 2
  %".2662" = load volatile i16, ptr %".2659", align 2
  %".2663" = zext i16 %".2662" to i64
  %"cursor.206" = and i64 %".2663", 16383
  br label %"udp"
to_udplite.11:
  %".2665" = getelementptr i8, ptr %"keys", i64 2
  %".2666" = trunc i64 %".2596" to i16
  store volatile i16 %".2666", ptr %".2665", align 2
  %".2668" = load volatile i16, ptr %".2665", align 2
  %".2669" = zext i16 %".2668" to i64
  %"cursor.207" = and i64 %".2669", 16383
  br label %"udplite"
to_gre.11:
  %".2671" = getelementptr i8, ptr %"keys", i64 2
  %".2672" = trunc i64 %".2596" to i16
  store volatile i16 %".2672", ptr %".2671", align 2
  %".2674" = load volatile i16, ptr %".2671", align 2
  %".2675" = zext i16 %".2674" to i64
  %"cursor.208" = and i64 %".2675", 16383
  br label %"gre_d1"
to_sctp.11:
  %".2677" = getelementptr i8, ptr %"keys", i64 2
  %".2678" = trunc i64 %".2596" to i16
  store volatile i16 %".2678", ptr %".2677", align 2
  %".2680" = load volatile i16, ptr %".2677", align 2
  %".2681" = zext i16 %".2680" to i64
  %"cursor.209" = and i64 %".2681", 16383
  br label %"sctp"
to_dccp.11:
  %".2683" = getelementptr i8, ptr %"keys", i64 2
  %".2684" = trunc i64 %".2596" to i16
  store volatile i16 %".2684", ptr %".2683", align 2
  %".2686" = load volatile i16, ptr %".2683", align 2
  %".2687" = zext i16 %".2686" to i64
  %"cursor.210" = and i64 %".2687", 16383
  br label %"dccp"
to_esp.11:
  %".2689" = getelementptr i8, ptr %"keys", i64 2
  %".2690" = trunc i64 %".2596" to i16
  store volatile i16 %".2690", ptr %".2689", align 2
  %".2692" = load volatile i16, ptr %".2689", align 2
  %".2693" = zext i16 %".2692" to i64
  %"cursor.211" = and i64 %".2693", 16383
  br label %"esp"
to_ah.11:
  %".2695" = getelementptr i8, ptr %"keys", i64 2
  %".2696" = trunc i64 %".2596" to i16
  store volatile i16 %".2696", ptr %".2695", align 2
  %".2698" = load volatile i16, ptr %".2695", align 2
  %".2699" = zext i16 %".2698" to i64
  %"cursor.212" = and i64 %".2699", 16383
  br label %"ah"
to_icmpv6.9:
  %".2701" = getelementptr i8, ptr %"keys", i64 2
  %".2702" = trunc i64 %".2596" to i16
  store volatile i16 %".2702", ptr %".2701", align 2
  %".2704" = load volatile i16, ptr %".2701", align 2
  %".2705" = zext i16 %".2704" to i64
  %"cursor.213" = and i64 %".2705", 16383
  br label %"icmpv6"
to_mpls.32:
  %".2707" = trunc i64 34887 to i16
  %".2708" = call i16 @"llvm.bswap.i16"(i16 %".2707")
  %".2709" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2708", ptr %".2709", align 2
  %".2711" = getelementptr i8, ptr %"keys", i64 2
  %".2712" = trunc i64 %".2596" to i16
  store volatile i16 %".2712", ptr %".2711", align 2
  %".2714" = load volatile i16, ptr %".2711", align 2
  %".2715" = zext i16 %".2714" to i64
  %"cursor.214" = and i64 %".2715", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.20:
  %".2717" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2717", align 1
  %".2719" = and i32 %"flags", 4
  %".2720" = icmp ne i32 %".2719", 0
  br i1 %".2720", label %"exit.84", label %"cont.84"
to_ipv6.20:
  %".2730" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2730", align 1
  %".2732" = and i32 %"flags", 4
  %".2733" = icmp ne i32 %".2732", 0
  br i1 %".2733", label %"exit.85", label %"cont.85"
exit.84:
  %".2722" = trunc i64 %".2596" to i16
  %".2723" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2722", ptr %".2723", align 2
  br label %"return"
cont.84:
  %".2726" = trunc i64 %".2596" to i16
  %".2727" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2726", ptr %".2727", align 2
  br label %"return"
exit.85:
  %".2735" = trunc i64 %".2596" to i16
  %".2736" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2735", ptr %".2736", align 2
  br label %"return"
cont.85:
  %".2739" = trunc i64 %".2596" to i16
  %".2740" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2739", ptr %".2740", align 2
  br label %"return"
exit.86:
  %".2746" = trunc i64 %"cursor.142" to i16
  %".2747" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2746", ptr %".2747", align 2
  br label %"return"
cont.86:
  %".2750" = getelementptr i8, ptr %"hdr.34", i64 0
  %".2751" = load i8, ptr %".2750", align 1
  %".2752" = zext i8 %".2751" to i64
  %".2753" = trunc i64 %".2752" to i8
  %".2754" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2753", ptr %".2754", align 1
  %".2756" = add i64 %"cursor.142", 2
  %".2757" = getelementptr i8, ptr %"hdr.34", i64 1
  %".2758" = load i8, ptr %".2757", align 1
  %".2759" = zext i8 %".2758" to i64
  %".2760" = mul i64 %".2759", 8
  %".2761" = add i64 %".2760", 6
  %".2762" = add i64 %".2761", 2
  %".2763" = getelementptr i8, ptr %"hdr.34", i64 %".2762"
  %".2764" = icmp ugt ptr %".2763", %"data_end"
  br i1 %".2764", label %"exit.87", label %"cont.87"
exit.87:
  %".2766" = trunc i64 %"cursor.142" to i16
  %".2767" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2766", ptr %".2767", align 2
  br label %"return"
cont.87:
  %"end.11" = add i64 %"cursor.142", %".2762"
  %".2770" = zext i8 %".2751" to i64
  switch i64 %".2770", label %"unknown.25" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 132, label %"to_sctp.12" i64 33, label %"to_dccp.12" i64 50, label %"to_esp.12" i64 51, label %"to_ah.12" i64 58, label %"to_icmpv6.10" i64 137, label %"to_mpls.33" i64 4, label %"to_ipv4.21" i64 41, label %"to_ipv6.21"]
unknown.25:
  %".2772" = trunc i64 %"end.11" to i16
  %".2773" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2772", ptr %".2773", align 2
  br label %"return"
to_ipv6_opts.30:
  %".2776" = trunc i64 %"end.11" to i16
  %".2777" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2776", ptr %".2777", align 2
  br label %"return"
to_ipv6_opts.31:
  %".2780" = trunc i64 %"end.11" to i16
  %".2781" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2780", ptr %".2781", align 2
  br label %"return"
to_ipv6_opts.32:
  %".2784" = trunc i64 %"end.11" to i16
  %".2785" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2784", ptr %".2785", align 2
  br label %"return"
to_ipv6_frag.10:
  %".2788" = trunc i64 %"end.11" to i16
  %".2789" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2788", ptr %".2789", align 2
  br label %"return"
to_tcp.12:
  %".2792" = getelementptr i8, ptr %"keys", i64 2
  %".2793" = trunc i64 %"end.11" to i16
  store volatile i16 %".2793", ptr %".2792", align 2
  %".2795" = load volatile i16, ptr %".2792", align 2
  %".2796" = zext i16 %".2795" to i64
  %"cursor.215" = and i64 %".2796", 16383
  br label %"tcp"
to_udp.12:
  %".2798" = getelementptr i8, ptr %"keys", i64 2
  %".2799" = trunc i64 %"end.11" to i16
  store volatile i16 %".2799", ptr %".2798", align 2
  %".2801" = load volatile i16, ptr %".2798", align 2
  %".2802" = zext i16 %".2801" to i64
  %"cursor.216" = and i64 %".2802", 16383
  br label %"udp"
to_udplite.12:
  %".2804" = getelementptr i8, ptr %"keys", i64 2
  %".2805" = trunc i64 %"end.11" to i16
  store volatile i16 %".2805", ptr %".2804", align 2
  %".2807" = load volatile i16, ptr %".2804", align 2
  %".2808" = zext i16 %".2807" to i64
  %"cursor.217" = and i64 %".2808", 16383
  br label %"udplite"
to_gre.12:
  %".2810" = getelementptr i8, ptr %"keys", i64 2
  %".2811" = trunc i64 %"end.11" to i16
  store volatile i16 %".2811", ptr %".2810", align 2
  %".2813" = load volatile i16, ptr %".2810", align 2
  %".2814" = zext i16 %".2813" to i64
  %"cursor.218" = and i64 %".2814", 16383
  br label %"gre_d0"
to_sctp.12:
  %".2816" = getelementptr i8, ptr %"keys", i64 2
  %".2817" = trunc i64 %"end.11" to i16
  store volatile i16 %".2817", ptr %".2816", align 2
  %".2819" = load volatile i16, ptr %".2816", align 2
  %".2820" = zext i16 %".2819" to i64
  %"cursor.219" = and i64 %".2820", 16383
  br label %"sctp"
to_dccp.12:
  %".2822" = getelementptr i8, ptr %"keys", i64 2
  %".2823" = trunc i64 %"end.11" to i16
  store volatile i16 %".2823", ptr %".2822", align 2
  %".2825" = load volatile i16, ptr %".2822", align 2
  %".2826" = zext i16 %".2825" to i64
  %"cursor.220" = and i64 %".2826", 16383
  br label %"dccp"
to_esp.12:
  %".2828" = getelementptr i8, ptr %"keys", i64 2
  %".2829" = trunc i64 %"end.11" to i16
  store volatile i16 %".2829", ptr %".2828", align 2
  %".2831" = load volatile i16, ptr %".2828", align 2
  %".2832" = zext i16 %".2831" to i64
  %"cursor.221" = and i64 %".2832", 16383
  br label %"esp"
to_ah.12:
  %".2834" = getelementptr i8, ptr %"keys", i64 2
  %".2835" = trunc i64 %"end.11" to i16
  store volatile i16 %".2835", ptr %".2834", align 2
  %".2837" = load volatile i16, ptr %".2834", align 2
  %".2838" = zext i16 %".2837" to i64
  %"cursor.222" = and i64 %".2838", 16383
  br label %"ah"
to_icmpv6.10:
  %".2840" = getelementptr i8, ptr %"keys", i64 2
  %".2841" = trunc i64 %"end.11" to i16
  store volatile i16 %".2841", ptr %".2840", align 2
  %".2843" = load volatile i16, ptr %".2840", align 2
  %".2844" = zext i16 %".2843" to i64
  %"cursor.223" = and i64 %".2844", 16383
  br label %"icmpv6"
to_mpls.33:
  %".2846" = trunc i64 34887 to i16
  %".2847" = call i16 @"llvm.bswap.i16"(i16 %".2846")
  %".2848" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2847", ptr %".2848", align 2
  %".2850" = getelementptr i8, ptr %"keys", i64 2
  %".2851" = trunc i64 %"end.11" to i16
  store volatile i16 %".2851", ptr %".2850", align 2
  %".2853" = load volatile i16, ptr %".2850", align 2
  %".2854" = zext i16 %".2853" to i64
  %"cursor.224" = and i64 %".2854", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.21:
  %".2856" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2856", align 1
  %".2858" = and i32 %"flags", 4
  %".2859" = icmp ne i32 %".2858", 0
  br i1 %".2859", label %"exit.88", label %"cont.88"
to_ipv6.21:
  %".2871" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2871", align 1
  %".2873" = and i32 %"flags", 4
  %".2874" = icmp ne i32 %".2873", 0
  br i1 %".2874", label %"exit.89", label %"cont.89"
exit.88:
  %".2861" = trunc i64 %"end.11" to i16
  %".2862" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2861", ptr %".2862", align 2
  br label %"return"
cont.88:
  %".2865" = getelementptr i8, ptr %"keys", i64 2
  %".2866" = trunc i64 %"end.11" to i16
  store volatile i16 %".2866", ptr %".2865", align 2
  %".2868" = load volatile i16, ptr %".2865", align 2
  %".2869" = zext i16 %".2868" to i64
  %"cursor.225" = and i64 %".2869", 16383
  br label %"ipv4_d1"
exit.89:
  %".2876" = trunc i64 %"end.11" to i16
  %".2877" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2876", ptr %".2877", align 2
  br label %"return"
cont.89:
  %".2880" = getelementptr i8, ptr %"keys", i64 2
  %".2881" = trunc i64 %"end.11" to i16
  store volatile i16 %".2881", ptr %".2880", align 2
  %".2883" = load volatile i16, ptr %".2880", align 2
  %".2884" = zext i16 %".2883" to i64
  %"cursor.226" = and i64 %".2884", 16383
  br label %"ipv6_d1"
exit.90:
  %".2889" = trunc i64 %"cursor.144" to i16
  %".2890" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2889", ptr %".2890", align 2
  br label %"return"
cont.90:
  %".2893" = getelementptr i8, ptr %"hdr.35", i64 0
  %".2894" = load i8, ptr %".2893", align 1
  %".2895" = zext i8 %".2894" to i64
  %".2896" = trunc i64 %".2895" to i8
  %".2897" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2896", ptr %".2897", align 1
  %".2899" = add i64 %"cursor.144", 8
  %".2900" = icmp ne i64 1, 0
  %".2901" = getelementptr i8, ptr %"hdr.35", i64 2
  %".2902" = load i16, ptr %".2901", align 2
  %".2903" = call i16 @"llvm.bswap.i16"(i16 %".2902")
  %".2904" = zext i16 %".2903" to i64
  %".2905" = and i64 %".2904", 65528
  %".2906" = icmp eq i64 %".2905", 0
  br i1 %".2900", label %"fragment.6", label %"not_fragment.6"
fragment.6:
  %".2908" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2908", align 1
  br i1 %".2906", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".2926" = zext i8 %".2894" to i64
  switch i64 %".2926", label %"unknown.26" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 132, label %"to_sctp.13" i64 33, label %"to_dccp.13" i64 50, label %"to_esp.13" i64 51, label %"to_ah.13" i64 58, label %"to_icmpv6.11" i64 137, label %"to_mpls.34" i64 4, label %"to_ipv4.22" i64 41, label %"to_ipv6.22"]
first_fragment.6:
  %".2915" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2915", align 1
  %".2917" = and i32 %"flags", 1
  %".2918" = icmp ne i32 %".2917", 0
  %".2919" = xor i1 %".2918", -1
  br i1 %".2919", label %"exit.91", label %"cont.91"
later_fragment.6:
  %".2911" = trunc i64 %".2899" to i16
  %".2912" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2911", ptr %".2912", align 2
  br label %"return"
exit.91:
  %".2921" = trunc i64 %".2899" to i16
  %".2922" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2921", ptr %".2922", align 2
  br label %"return"
cont.91:
  br label %"not_fragment.6"
unknown.26:
  %".2928" = trunc i64 %".2899" to i16
  %".2929" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2928", ptr %".2929", align 2
  br label %"return"
to_ipv6_opts.33:
  %".2932" = trunc i64 %".2899" to i16
  %".2933" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2932", ptr %".2933", align 2
  br label %"return"
to_ipv6_opts.34:
  %".2936" = trunc i64 %".2899" to i16
  %".2937" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2936", ptr %".2937", align 2
  br label %"return"
to_ipv6_opts.35:
  %".2940" = trunc i64 %".2899" to i16
  %".2941" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2940", ptr %".2941", align 2
  br label %"return"
to_ipv6_frag.11:
  %".2944" = trunc i64 %".2899" to i16
  %".2945" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2944", ptr %".2945", align 2
  br label %"return"
to_tcp.13:
  %".2948" = getelementptr i8, ptr %"keys", i64 2
  %".2949" = trunc i64 %".2899" to i16
  store volatile i16 %".2949", ptr %".2948", align 2
  %".2951" = load volatile i16, ptr %".2948", align 2
  %".2952" = zext i16 %".2951" to i64
  %"cursor.227" = and i64 %".2952", 16383
  br label %"tcp"
to_udp.13:
  %".2954" = getelementptr i8, ptr %"keys", i64 2
  %".2955" = trunc i64 %".2899" to i16
  store volatile i16 %".2955", ptr %".2954", align 2
  %".2957" = load volatile i16, ptr %".2954", align 2
  %".2958" = zext i16 %".2957" to i64
  %"cursor.228" = and i64 %".2958", 16383
  br label %"udp"
to_udplite.13:
  %".2960" = getelementptr i8, ptr %"keys", i64 2
  %".2961" = trunc i64 %".2899" to i16
  store volatile i16 %".2961", ptr %".2960", align 2
  %".2963" = load volatile i16, ptr %".2960", align 2
  %".2964" = zext i16 %".2963" to i64
  %"cursor.229" = and i64 %".2964", 16383
  br label %"udplite"
to_gre.13:
  %".2966" = getelementptr i8, ptr %"keys", i64 2
  %".2967" = trunc i64 %".2899" to i16
  store volatile i16 %".2967", ptr %".2966", align 2
  %".2969" = load volatile i16, ptr %".2966", align 2
  %".2970" = zext i16 %".2969" to i64
  %"cursor.230" = and i64 %".2970", 16383
  br label %"gre_d0"
to_sctp.13:
  %".2972" = getelementptr i8, ptr %"keys", i64 2
  %".2973" = trunc i64 %".2899" to i16
  store volatile i16 %".2973", ptr %".2972", align 2
  %".2975" = load volatile i16, ptr %".2972", align 2
  %".2976" = zext i16 %".2975" to i64
  %"cursor.231" = and i64 %".2976", 16383
  br label %"sctp"
to_dccp.13:
  %".2978" = getelementptr i8, ptr %"keys", i64 2
  %".2979" = trunc i64 %".2899" to i16
  store volatile i16 %".2979", ptr %".2978", align 2
  %".2981" = load volatile i16, ptr %".2978", align 2
  %".2982" = zext i16 %".2981" to i64
  %"cursor.232" = and i64 %".2982", 16383
  br label %"dccp"
to_esp.13:
  %".2984" = getelementptr i8, ptr %"keys", i64 2
  %".2985" = trunc i64 %".2899" to i16
  store volatile i16 %".2985", ptr %".2984", align 2
  %".2987" = load volatile i16, ptr %".2984", align 2
  %".2988" = zext i16 %".2987" to i64
  %"cursor.233" = and i64 %".2988", 16383
  br label %"esp"
to_ah.13:
  %".2990" = getelementptr i8, ptr %"keys", i64 2
  %".2991" = trunc i64 %".2899" to i16
  store volatile i16 %".2991", ptr %".2990", align 2
  %".2993" = load volatile i16, ptr %".2990", align 2
  %".2994" = zext i16 %".2993" to i64
  %"cursor.234" = and i64 %".2994", 16383
  br label %"ah"
to_icmpv6.11:
  %".2996" = getelementptr i8, ptr %"keys", i64 2
  %".2997" = trunc i64 %".2899" to i16
  store volatile i16 %".2997", ptr %".2996", align 2
  %".2999" = load volatile i16, ptr %".2996", align 2
  %".3000" = zext i16 %".2999" to i64
  %"cursor.235" = and i64 %".3000", 16383
  br label %"icmpv6"
to_mpls.34:
  %".3002" = trunc i64 34887 to i16
  %".3003" = call i16 @"llvm.bswap.i16"(i16 %".3002")
  %".3004" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3003", ptr %".3004", align 2
  %".3006" = getelementptr i8, ptr %"keys", i64 2
  %".3007" = trunc i64 %".2899" to i16
  store volatile i16 %".3007", ptr %".3006", align 2
  %".3009" = load volatile i16, ptr %".3006", align 2
  %".3010" = zext i16 %".3009" to i64
  %"cursor.236" = and i64 %".3010", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.22:
  %".3012" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3012", align 1
  %".3014" = and i32 %"flags", 4
  %".3015" = icmp ne i32 %".3014", 0
  br i1 %".3015", label %"exit.92", label %"cont.92"
to_ipv6.22:
  %".3027" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3027", align 1
  %".3029" = and i32 %"flags", 4
  %".3030" = icmp ne i32 %".3029", 0
  br i1 %".3030", label %"exit.93", label %"cont.93"
exit.92:
  %".3017" = trunc i64 %".2899" to i16
  %".3018" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3017", ptr %".3018", align 2
  br label %"return"
cont.92:
  %".3021" = getelementptr i8, ptr %"keys", i64 2
  %".3022" = trunc i64 %".2899" to i16
  store volatile i16 %".3022", ptr %".3021", align 2
  %".3024" = load volatile i16, ptr %".3021", align 2
  %".3025" = zext i16 %".3024" to i64
  %"cursor.237" = and i64 %".3025", 16383
  br label %"ipv4_d1"
exit.93:
  %".3032" = trunc i64 %".2899" to i16
  %".3033" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3032", ptr %".3033", align 2
  br label %"return"
cont.93:
  %".3036" = getelementptr i8, ptr %"keys", i64 2
  %".3037" = trunc i64 %".2899" to i16
  store volatile i16 %".3037", ptr %".3036", align 2
  %".3039" = load volatile i16, ptr %".3036", align 2
  %".3040" = zext i16 %".3039" to i64
  %"cursor.238" = and i64 %".3040", 16383
  br label %"ipv6_d1"
exit.94:
  %".3045" = trunc i64 %"cursor.172" to i16
  %".3046" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3045", ptr %".3046", align 2
  br label %"return"
cont.94:
  %".3049" = add i64 %"cursor.172", 4
  %".3050" = getelementptr i8, ptr %"hdr.36", i64 2
  %".3051" = load i8, ptr %".3050", align 1
  %".3052" = zext i8 %".3051" to i64
  %".3053" = and i64 %".3052", 1
  switch i64 %".3053", label %"unknown.27" [i64 0, label %"to_mpls.35"]
unknown.27:
  %".3055" = trunc i64 %".3049" to i16
  %".3056" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3055", ptr %".3056", align 2
  br label %"return"
to_mpls.35:
  %".3059" = trunc i64 %".3049" to i16
  %".3060" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3059", ptr %".3060", align 2
  br label %"return"
exit.95:
  %".3066" = trunc i64 %"cursor.175" to i16
  %".3067" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3066", ptr %".3067", align 2
  br label %"return"
cont.95:
  %".3070" = getelementptr i8, ptr %"hdr.37", i64 2
  %".3071" = load i16, ptr %".3070", align 2
  %".3072" = call i16 @"llvm.bswap.i16"(i16 %".3071")
  %".3073" = zext i16 %".3072" to i64
  %".3074" = trunc i64 %".3073" to i16
  %".3075" = call i16 @"llvm.bswap.i16"(i16 %".3074")
  %".3076" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3075", ptr %".3076", align 2
  %".3078" = add i64 %"cursor.175", 4
  %".3079" = trunc i64 %".3078" to i16
  %".3080" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".3079", ptr %".3080", align 2
  %".3082" = call i16 @"llvm.bswap.i16"(i16 %".3071")
  %".3083" = zext i16 %".3082" to i64
  switch i64 %".3083", label %"unknown.28" [i64 2048, label %"to_ipv4.23" i64 34525, label %"to_ipv6.23" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11" i64 34887, label %"to_mpls.36" i64 34888, label %"to_mpls.37" i64 34916, label %"to_pppoe.5"]
unknown.28:
  %".3085" = trunc i64 %".3078" to i16
  %".3086" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3085", ptr %".3086", align 2
  br label %"return"
to_ipv4.23:
  %".3089" = getelementptr i8, ptr %"keys", i64 2
  %".3090" = trunc i64 %".3078" to i16
  store volatile i16 %".3090", ptr %".3089", align 2
  %".3092" = load volatile i16, ptr %".3089", align 2
  %".3093" = zext i16 %".3092" to i64
  %"cursor.239" = and i64 %".3093", 16383
  br label %"ipv4_d1"
to_ipv6.23:
  %".3095" = getelementptr i8, ptr %"keys", i64 2
  %".3096" = trunc i64 %".3078" to i16
  store volatile i16 %".3096", ptr %".3095", align 2
  %".3098" = load volatile i16, ptr %".3095", align 2
  %".3099" = zext i16 %".3098" to i64
  %"cursor.240" = and i64 %".3099", 16383
  br label %"ipv6_d1"
to_vlan.10:
  %".3101" = trunc i64 %".3078" to i16
  %".3102" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3101", ptr %".3102", align 2
  br label %"return"
to_vlan.11:
  %".3105" = trunc i64 %".3078" to i16
  %".3106" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3105", ptr %".3106", align 2
  br label %"return"
to_mpls.36:
  %".3109" = getelementptr i8, ptr %"keys", i64 2
  %".3110" = trunc i64 %".3078" to i16
  store volatile i16 %".3110", ptr %".3109", align 2
  %".3112" = load volatile i16, ptr %".3109", align 2
  %".3113" = zext i16 %".3112" to i64
  %"cursor.241" = and i64 %".3113", 16383
  br label %"mpls_mpls_labels1"
to_mpls.37:
  %".3115" = getelementptr i8, ptr %"keys", i64 2
  %".3116" = trunc i64 %".3078" to i16
  store volatile i16 %".3116", ptr %".3115", align 2
  %".3118" = load volatile i16, ptr %".3115", align 2
  %".3119" = zext i16 %".3118" to i64
  %"cursor.242" = and i64 %".3119", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.5:
  %".3121" = getelementptr i8, ptr %"keys", i64 2
  %".3122" = trunc i64 %".3078" to i16
  store volatile i16 %".3122", ptr %".3121", align 2
  %".3124" = load volatile i16, ptr %".3121", align 2
  %".3125" = zext i16 %".3124" to i64
  %"cursor.243" = and i64 %".3125", 16383
  br label %"pppoe_d1"
exit.96:
  %".3130" = trunc i64 %"cursor.185" to i16
  %".3131" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3130", ptr %".3131", align 2
  br label %"return"
cont.96:
  %".3134" = getelementptr i8, ptr %"hdr.38", i64 0
  %".3135" = load i8, ptr %".3134", align 1
  %".3136" = zext i8 %".3135" to i64
  %".3137" = trunc i64 %".3136" to i8
  %".3138" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3137", ptr %".3138", align 1
  %".3140" = add i64 %"cursor.185", 2
  %".3141" = getelementptr i8, ptr %"hdr.38", i64 1
  %".3142" = load i8, ptr %".3141", align 1
  %".3143" = zext i8 %".3142" to i64
  %".3144" = mul i64 %".3143", 8
  %".3145" = add i64 %".3144", 6
  %".3146" = add i64 %".3145", 2
  %".3147" = getelementptr i8, ptr %"hdr.38", i64 %".3146"
  %".3148" = icmp ugt ptr %".3147", %"data_end"
  br i1 %".3148", label %"exit.97", label %"cont.97"
exit.97:
  %".3150" = trunc i64 %"cursor.185" to i16
  %".3151" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3150", ptr %".3151", align 2
  br label %"return"
cont.97:
  %"end.12" = add i64 %"cursor.185", %".3146"
  %".3154" = zext i8 %".3135" to i64
  switch i64 %".3154", label %"unknown.29" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 132, label %"to_sctp.14" i64 33, label %"to_dccp.14" i64 50, label %"to_esp.14" i64 51, label %"to_ah.14" i64 58, label %"to_icmpv6.12" i64 137, label %"to_mpls.38" i64 4, label %"to_ipv4.24" i64 41, label %"to_ipv6.24"]
unknown.29:
  %".3156" = trunc i64 %"end.12" to i16
  %".3157" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3156", ptr %".3157", align 2
  br label %"return"
to_ipv6_opts.36:
  %".3160" = trunc i64 %"end.12" to i16
  %".3161" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3160", ptr %".3161", align 2
  br label %"return"
to_ipv6_opts.37:
  %".3164" = trunc i64 %"end.12" to i16
  %".3165" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3164", ptr %".3165", align 2
  br label %"return"
to_ipv6_opts.38:
  %".3168" = trunc i64 %"end.12" to i16
  %".3169" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3168", ptr %".3169", align 2
  br label %"return"
to_ipv6_frag.12:
  %".3172" = trunc i64 %"end.12" to i16
  %".3173" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3172", ptr %".3173", align 2
  br label %"return"
to_tcp.14:
  %".3176" = getelementptr i8, ptr %"keys", i64 2
  %".3177" = trunc i64 %"end.12" to i16
  store volatile i16 %".3177", ptr %".3176", align 2
  %".3179" = load volatile i16, ptr %".3176", align 2
  %".3180" = zext i16 %".3179" to i64
  %"cursor.244" = and i64 %".3180", 16383
  br label %"tcp"
to_udp.14:
  %".3182" = getelementptr i8, ptr %"keys", i64 2
  %".3183" = trunc i64 %"end.12" to i16
  store volatile i16 %".3183", ptr %".3182", align 2
  %".3185" = load volatile i16, ptr %".3182", align 2
  %".3186" = zext i16 %".3185" to i64
  %"cursor.245" = and i64 %".3186", 16383
  br label %"udp"
to_udplite.14:
  %".3188" = getelementptr i8, ptr %"keys", i64 2
  %".3189" = trunc i64 %"end.12" to i16
  store volatile i16 %".3189", ptr %".3188", align 2
  %".3191" = load volatile i16, ptr %".3188", align 2
  %".3192" = zext i16 %".3191" to i64
  %"cursor.246" = and i64 %".3192", 16383
  br label %"udplite"
to_gre.14:
  %".3194" = getelementptr i8, ptr %"keys", i64 2
  %".3195" = trunc i64 %"end.12" to i16
  store volatile i16 %".3195", ptr %".3194", align 2
  %".3197" = load volatile i16, ptr %".3194", align 2
  %".3198" = zext i16 %".3197" to i64
  %"cursor.247" = and i64 %".3198", 16383
  br label %"gre_d1"
to_sctp.14:
  %".3200" = getelementptr i8, ptr %"keys", i64 2
  %".3201" = trunc i64 %"end.12" to i16
  store volatile i16 %".3201", ptr %".3200", align 2
  %".3203" = load volatile i16, ptr %".3200", align 2
  %".3204" = zext i16 %".3203" to i64
  %"cursor.248" = and i64 %".3204", 16383
  br label %"sctp"
to_dccp.14:
  %".3206" = getelementptr i8, ptr %"keys", i64 2
  %".3207" = trunc i64 %"end.12" to i16
  store volatile i16 %".3207", ptr %".3206", align 2
  %".3209" = load volatile i16, ptr %".3206", align 2
  %".3210" = zext i16 %".3209" to i64
  %"cursor.249" = and i64 %".3210", 16383
  br label %"dccp"
to_esp.14:
  %".3212" = getelementptr i8, ptr %"keys", i64 2
  %".3213" = trunc i64 %"end.12" to i16
  store volatile i16 %".3213", ptr %".3212", align 2
  %".3215" = load volatile i16, ptr %".3212", align 2
  %".3216" = zext i16 %".3215" to i64
  %"cursor.250" = and i64 %".3216", 16383
  br label %"esp"
to_ah.14:
  %".3218" = getelementptr i8, ptr %"keys", i64 2
  %".3219" = trunc i64 %"end.12" to i16
  store volatile i16 %".3219", ptr %".3218", align 2
  %".3221" = load volatile i16, ptr %".3218", align 2
  %".3222" = zext i16 %".3221" to i64
  %"cursor.251" = and i64 %".3222", 16383
  br label %"ah"
to_icmpv6.12:
  %".3224" = getelementptr i8, ptr %"keys", i64 2
  %".3225" = trunc i64 %"end.12" to i16
  store volatile i16 %".3225", ptr %".3224", align 2
  %".3227" = load volatile i16, ptr %".3224", align 2
  %".3228" = zext i16 %".3227" to i64
  %"cursor.252" = and i64 %".3228", 16383
  br label %"icmpv6"
to_mpls.38:
  %".3230" = trunc i64 34887 to i16
  %".3231" = call i16 @"llvm.bswap.i16"(i16 %".3230")
  %".3232" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3231", ptr %".3232", align 2
  %".3234" = getelementptr i8, ptr %"keys", i64 2
  %".3235" = trunc i64 %"end.12" to i16
  store volatile i16 %".3235", ptr %".3234", align 2
  %".3237" = load volatile i16, ptr %".3234", align 2
  %".3238" = zext i16 %".3237" to i64
  %"cursor.253" = and i64 %".3238", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.24:
  %".3240" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3240", align 1
  %".3242" = and i32 %"flags", 4
  %".3243" = icmp ne i32 %".3242", 0
  br i1 %".3243", label %"exit.98", label %"cont.98"
to_ipv6.24:
  %".3253" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3253", align 1
  %".3255" = and i32 %"flags", 4
  %".3256" = icmp ne i32 %".3255", 0
  br i1 %".3256", label %"exit.99", label %"cont.99"
exit.98:
  %".3245" = trunc i64 %"end.12" to i16
  %".3246" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3245", ptr %".3246", align 2
  br label %"return"
cont.98:
  %".3249" = trunc i64 %"end.12" to i16
  %".3250" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3249", ptr %".3250", align 2
  br label %"return"
exit.99:
  %".3258" = trunc i64 %"end.12" to i16
  %".3259" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3258", ptr %".3259", align 2
  br label %"return"
cont.99:
  %".3262" = trunc i64 %"end.12" to i16
  %".3263" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3262", ptr %".3263", align 2
  br label %"return"
exit.100:
  %".3269" = trunc i64 %"cursor.189" to i16
  %".3270" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3269", ptr %".3270", align 2
  br label %"return"
cont.100:
  %".3273" = getelementptr i8, ptr %"hdr.39", i64 0
  %".3274" = load i8, ptr %".3273", align 1
  %".3275" = zext i8 %".3274" to i64
  %".3276" = trunc i64 %".3275" to i8
  %".3277" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".3276", ptr %".3277", align 1
  %".3279" = add i64 %"cursor.189", 8
  %".3280" = icmp ne i64 1, 0
  %".3281" = getelementptr i8, ptr %"hdr.39", i64 2
  %".3282" = load i16, ptr %".3281", align 2
  %".3283" = call i16 @"llvm.bswap.i16"(i16 %".3282")
  %".3284" = zext i16 %".3283" to i64
  %".3285" = and i64 %".3284", 65528
  %".3286" = icmp eq i64 %".3285", 0
  br i1 %".3280", label %"fragment.7", label %"not_fragment.7"
fragment.7:
  %".3288" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".3288", align 1
  br i1 %".3286", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".3306" = zext i8 %".3274" to i64
  switch i64 %".3306", label %"unknown.30" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 132, label %"to_sctp.15" i64 33, label %"to_dccp.15" i64 50, label %"to_esp.15" i64 51, label %"to_ah.15" i64 58, label %"to_icmpv6.13" i64 137, label %"to_mpls.39" i64 4, label %"to_ipv4.25" i64 41, label %"to_ipv6.25"]
first_fragment.7:
  %".3295" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".3295", align 1
  %".3297" = and i32 %"flags", 1
  %".3298" = icmp ne i32 %".3297", 0
  %".3299" = xor i1 %".3298", -1
  br i1 %".3299", label %"exit.101", label %"cont.101"
later_fragment.7:
  %".3291" = trunc i64 %".3279" to i16
  %".3292" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3291", ptr %".3292", align 2
  br label %"return"
exit.101:
  %".3301" = trunc i64 %".3279" to i16
  %".3302" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3301", ptr %".3302", align 2
  br label %"return"
cont.101:
  br label %"not_fragment.7"
unknown.30:
  %".3308" = trunc i64 %".3279" to i16
  %".3309" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3308", ptr %".3309", align 2
  br label %"return"
to_ipv6_opts.39:
  %".3312" = trunc i64 %".3279" to i16
  %".3313" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3312", ptr %".3313", align 2
  br label %"return"
to_ipv6_opts.40:
  %".3316" = trunc i64 %".3279" to i16
  %".3317" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3316", ptr %".3317", align 2
  br label %"return"
to_ipv6_opts.41:
  %".3320" = trunc i64 %".3279" to i16
  %".3321" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3320", ptr %".3321", align 2
  br label %"return"
to_ipv6_frag.13:
  %".3324" = trunc i64 %".3279" to i16
  %".3325" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3324", ptr %".3325", align 2
  br label %"return"
to_tcp.15:
  %".3328" = getelementptr i8, ptr %"keys", i64 2
  %".3329" = trunc i64 %".3279" to i16
  store volatile i16 %".3329", ptr %".3328", align 2
  %".3331" = load volatile i16, ptr %".3328", align 2
  %".3332" = zext i16 %".3331" to i64
  %"cursor.254" = and i64 %".3332", 16383
  br label %"tcp"
to_udp.15:
  %".3334" = getelementptr i8, ptr %"keys", i64 2
  %".3335" = trunc i64 %".3279" to i16
  store volatile i16 %".3335", ptr %".3334", align 2
  %".3337" = load volatile i16, ptr %".3334", align 2
  %".3338" = zext i16 %".3337" to i64
  %"cursor.255" = and i64 %".3338", 16383
  br label %"udp"
to_udplite.15:
  %".3340" = getelementptr i8, ptr %"keys", i64 2
  %".3341" = trunc i64 %".3279" to i16
  store volatile i16 %".3341", ptr %".3340", align 2
  %".3343" = load volatile i16, ptr %".3340", align 2
  %".3344" = zext i16 %".3343" to i64
  %"cursor.256" = and i64 %".3344", 16383
  br label %"udplite"
to_gre.15:
  %".3346" = getelementptr i8, ptr %"keys", i64 2
  %".3347" = trunc i64 %".3279" to i16
  store volatile i16 %".3347", ptr %".3346", align 2
  %".3349" = load volatile i16, ptr %".3346", align 2
  %".3350" = zext i16 %".3349" to i64
  %"cursor.257" = and i64 %".3350", 16383
  br label %"gre_d1"
to_sctp.15:
  %".3352" = getelementptr i8, ptr %"keys", i64 2
  %".3353" = trunc i64 %".3279" to i16
  store volatile i16 %".3353", ptr %".3352", align 2
  %".3355" = load volatile i16, ptr %".3352", align 2
  %".3356" = zext i16 %".3355" to i64
  %"cursor.258" = and i64 %".3356", 16383
  br label %"sctp"
to_dccp.15:
  %".3358" = getelementptr i8, ptr %"keys", i64 2
  %".3359" = trunc i64 %".3279" to i16
  store volatile i16 %".3359", ptr %".3358", align 2
  %".3361" = load volatile i16, ptr %".3358", align 2
  %".3362" = zext i16 %".3361" to i64
  %"cursor.259" = and i64 %".3362", 16383
  br label %"dccp"
to_esp.15:
  %".3364" = getelementptr i8, ptr %"keys", i64 2
  %".3365" = trunc i64 %".3279" to i16
  store volatile i16 %".3365", ptr %".3364", align 2
  %".3367" = load volatile i16, ptr %".3364", align 2
  %".3368" = zext i16 %".3367" to i64
  %"cursor.260" = and i64 %".3368", 16383
  br label %"esp"
to_ah.15:
  %".3370" = getelementptr i8, ptr %"keys", i64 2
  %".3371" = trunc i64 %".3279" to i16
  store volatile i16 %".3371", ptr %".3370", align 2
  %".3373" = load volatile i16, ptr %".3370", align 2
  %".3374" = zext i16 %".3373" to i64
  %"cursor.261" = and i64 %".3374", 16383
  br label %"ah"
to_icmpv6.13:
  %".3376" = getelementptr i8, ptr %"keys", i64 2
  %".3377" = trunc i64 %".3279" to i16
  store volatile i16 %".3377", ptr %".3376", align 2
  %".3379" = load volatile i16, ptr %".3376", align 2
  %".3380" = zext i16 %".3379" to i64
  %"cursor.262" = and i64 %".3380", 16383
  br label %"icmpv6"
to_mpls.39:
  %".3382" = trunc i64 34887 to i16
  %".3383" = call i16 @"llvm.bswap.i16"(i16 %".3382")
  %".3384" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".3383", ptr %".3384", align 2
  %".3386" = getelementptr i8, ptr %"keys", i64 2
  %".3387" = trunc i64 %".3279" to i16
  store volatile i16 %".3387", ptr %".3386", align 2
  %".3389" = load volatile i16, ptr %".3386", align 2
  %".3390" = zext i16 %".3389" to i64
  %"cursor.263" = and i64 %".3390", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.25:
  %".3392" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3392", align 1
  %".3394" = and i32 %"flags", 4
  %".3395" = icmp ne i32 %".3394", 0
  br i1 %".3395", label %"exit.102", label %"cont.102"
to_ipv6.25:
  %".3405" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".3405", align 1
  %".3407" = and i32 %"flags", 4
  %".3408" = icmp ne i32 %".3407", 0
  br i1 %".3408", label %"exit.103", label %"cont.103"
exit.102:
  %".3397" = trunc i64 %".3279" to i16
  %".3398" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3397", ptr %".3398", align 2
  br label %"return"
cont.102:
  %".3401" = trunc i64 %".3279" to i16
  %".3402" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3401", ptr %".3402", align 2
  br label %"return"
exit.103:
  %".3410" = trunc i64 %".3279" to i16
  %".3411" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3410", ptr %".3411", align 2
  br label %"return"
cont.103:
  %".3414" = trunc i64 %".3279" to i16
  %".3415" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".3414", ptr %".3415", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
