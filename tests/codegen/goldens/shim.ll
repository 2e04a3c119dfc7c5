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
  %"verdict" = phi  i32 [129, %"exit"], [2, %"unknown"], [2, %"exit.1"], [2, %"exit.2"], [2, %"exit.3"], [0, %"later_fragment"], [0, %"exit.4"], [0, %"unknown.1"], [0, %"exit.5"], [0, %"exit.6"], [2, %"exit.7"], [0, %"exit.8"], [0, %"unknown.2"], [0, %"exit.9"], [0, %"exit.10"], [2, %"exit.11"], [2, %"unknown.3"], [2, %"exit.12"], [2, %"exit.13"], [2, %"exit.14"], [0, %"cont.14"], [2, %"exit.15"], [0, %"unknown.4"], [2, %"exit.16"], [0, %"cont.16"], [2, %"exit.17"], [0, %"exit.18"], [2, %"exit.19"], [0, %"exit.20"], [2, %"unknown.5"], [2, %"exit.21"], [2, %"exit.22"], [2, %"exit.23"], [0, %"later_fragment.1"], [0, %"exit.24"], [0, %"unknown.6"], [0, %"exit.25"], [0, %"cont.25"], [0, %"exit.26"], [0, %"cont.26"], [2, %"exit.27"], [0, %"exit.28"], [0, %"unknown.7"], [0, %"exit.29"], [0, %"cont.29"], [0, %"exit.30"], [0, %"cont.30"], [2, %"exit.31"], [2, %"exit.32"], [0, %"unknown.8"], [0, %"exit.33"], [0, %"exit.34"], [2, %"exit.35"], [0, %"later_fragment.2"], [0, %"exit.36"], [0, %"unknown.9"], [0, %"exit.37"], [0, %"exit.38"], [2, %"exit.39"], [2, %"unknown.10"], [0, %"to_vlan.4"], [0, %"to_vlan.5"], [2, %"exit.40"], [0, %"exit.41"], [0, %"unknown.11"], [2, %"exit.42"], [2, %"unknown.12"], [2, %"exit.43"], [0, %"unknown.13"], [2, %"exit.44"], [0, %"exit.45"], [2, %"exit.46"], [0, %"exit.47"], [2, %"unknown.14"], [0, %"to_ipv4.12"], [0, %"to_ipv6.11"], [0, %"to_ethernet.1"], [2, %"exit.48"], [2, %"exit.49"], [0, %"unknown.15"], [0, %"exit.50"], [0, %"cont.50"], [0, %"exit.51"], [0, %"cont.51"], [2, %"exit.52"], [0, %"later_fragment.3"], [0, %"exit.53"], [0, %"unknown.16"], [0, %"exit.54"], [0, %"cont.54"], [0, %"exit.55"], [0, %"cont.55"], [2, %"exit.56"], [2, %"exit.57"], [0, %"unknown.17"], [0, %"exit.58"], [0, %"exit.59"], [2, %"exit.60"], [0, %"later_fragment.4"], [0, %"exit.61"], [0, %"unknown.18"], [0, %"exit.62"], [0, %"exit.63"], [2, %"exit.64"], [2, %"unknown.19"], [2, %"exit.65"], [0, %"exit.66"], [0, %"unknown.20"], [0, %"to_ipv4.18"], [2, %"exit.67"], [2, %"exit.68"], [0, %"unknown.21"], [0, %"exit.69"], [0, %"cont.69"], [0, %"exit.70"], [0, %"cont.70"], [2, %"exit.71"], [0, %"later_fragment.5"], [0, %"exit.72"], [0, %"unknown.22"], [0, %"exit.73"], [0, %"cont.73"], [0, %"exit.74"], [0, %"cont.74"], [2, %"exit.75"], [2, %"exit.76"], [0, %"unknown.23"], [0, %"to_ipv6_opts.30"], [0, %"to_ipv6_opts.31"], [0, %"to_ipv6_opts.32"], [0, %"to_ipv6_frag.10"], [0, %"exit.77"], [0, %"exit.78"], [2, %"exit.79"], [0, %"later_fragment.6"], [0, %"exit.80"], [0, %"unknown.24"], [0, %"to_ipv6_opts.33"], [0, %"to_ipv6_opts.34"], [0, %"to_ipv6_opts.35"], [0, %"to_ipv6_frag.11"], [0, %"exit.81"], [0, %"exit.82"], [2, %"exit.83"], [2, %"unknown.25"], [0, %"to_vlan.10"], [0, %"to_vlan.11"], [2, %"exit.84"], [2, %"exit.85"], [0, %"unknown.26"], [0, %"to_ipv6_opts.36"], [0, %"to_ipv6_opts.37"], [0, %"to_ipv6_opts.38"], [0, %"to_ipv6_frag.12"], [0, %"exit.86"], [0, %"cont.86"], [0, %"exit.87"], [0, %"cont.87"], [2, %"exit.88"], [0, %"later_fragment.7"], [0, %"exit.89"], [0, %"unknown.27"], [0, %"to_ipv6_opts.39"], [0, %"to_ipv6_opts.40"], [0, %"to_ipv6_opts.41"], [0, %"to_ipv6_frag.13"], [0, %"exit.90"], [0, %"cont.90"], [0, %"exit.91"], [0, %"cont.91"]
  ret i32 %"verdict"
exit:
  br label %"return"
cont:
  br label %"entry_d0"
entry_d0:
  %"cursor" = phi  i64 [%"nhoff", %"cont"]
  %"hdr" = getelementptr i8, ptr %"data", i64 %"cursor"
  %".21" = add i64 %"cursor", 0
  switch i64 %"n_proto", label %"unknown" [i64 2048, label %"to_ipv4" i64 34525, label %"to_ipv6" i64 33024, label %"to_vlan" i64 34984, label %"to_vlan.1"]
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
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%"cursor.23", %"to_ipv4.3"], [%"cursor.68", %"to_ipv4.9"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".36" = getelementptr i8, ptr %"hdr.1", i64 20
  %".37" = icmp ugt ptr %".36", %"data_end"
  br i1 %".37", label %"exit.1", label %"cont.1"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%"cursor.24", %"to_ipv6.3"], [%"cursor.69", %"to_ipv6.9"]
  %"hdr.2" = getelementptr i8, ptr %"data", i64 %"cursor.2"
  %".157" = getelementptr i8, ptr %"hdr.2", i64 40
  %".158" = icmp ugt ptr %".157", %"data_end"
  br i1 %".158", label %"exit.7", label %"cont.7"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"to_vlan"], [%"cursor.4", %"to_vlan.1"]
  %"hdr.3" = getelementptr i8, ptr %"data", i64 %"cursor.3"
  %".289" = getelementptr i8, ptr %"hdr.3", i64 4
  %".290" = icmp ugt ptr %".289", %"data_end"
  br i1 %".290", label %"exit.11", label %"cont.11"
exit.1:
  %".39" = trunc i64 %"cursor.1" to i16
  %".40" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".39", ptr %".40", align 2
  br label %"return"
cont.1:
  %".43" = getelementptr i8, ptr %"hdr.1", i64 0
  %".44" = load i8, ptr %".43", align 1
  %".45" = zext i8 %".44" to i64
  %".46" = and i64 %".45", 15
  %".47" = icmp uge i64 %".46", 5
  %".48" = xor i1 %".47", -1
  br i1 %".48", label %"exit.2", label %"cont.2"
exit.2:
  %".50" = trunc i64 %"cursor.1" to i16
  %".51" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".50", ptr %".51", align 2
  br label %"return"
cont.2:
  %".54" = trunc i64 2048 to i16
  %".55" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".54", ptr %".55", align 2
  %".57" = trunc i64 2048 to i16
  %".58" = call i16 @"llvm.bswap.i16"(i16 %".57")
  %".59" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".58", ptr %".59", align 2
  %".61" = getelementptr i8, ptr %"hdr.1", i64 12
  %".62" = load i32, ptr %".61", align 4
  %".63" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".62", ptr %".63", align 4
  %".65" = getelementptr i8, ptr %"hdr.1", i64 16
  %".66" = load i32, ptr %".65", align 4
  %".67" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".66", ptr %".67", align 4
  %".69" = getelementptr i8, ptr %"hdr.1", i64 9
  %".70" = load i8, ptr %".69", align 1
  %".71" = zext i8 %".70" to i64
  %".72" = trunc i64 %".71" to i8
  %".73" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".72", ptr %".73", align 1
  %".75" = add i64 %"cursor.1", 20
  %".76" = zext i8 %".44" to i64
  %".77" = and i64 %".76", 15
  %".78" = mul i64 %".77", 4
  %".79" = sub i64 %".78", 20
  %".80" = add i64 %".79", 20
  %".81" = getelementptr i8, ptr %"hdr.1", i64 %".80"
  %".82" = icmp ugt ptr %".81", %"data_end"
  br i1 %".82", label %"exit.3", label %"cont.3"
exit.3:
  %".84" = trunc i64 %"cursor.1" to i16
  %".85" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".84", ptr %".85", align 2
  br label %"return"
cont.3:
  %"end" = add i64 %"cursor.1", %".80"
  %".88" = getelementptr i8, ptr %"hdr.1", i64 6
  %".89" = load i16, ptr %".88", align 2
  %".90" = call i16 @"llvm.bswap.i16"(i16 %".89")
  %".91" = zext i16 %".90" to i64
  %".92" = and i64 %".91", 16383
  %".93" = icmp ne i64 %".92", 0
  %".94" = call i16 @"llvm.bswap.i16"(i16 %".89")
  %".95" = zext i16 %".94" to i64
  %".96" = and i64 %".95", 8191
  %".97" = icmp eq i64 %".96", 0
  br i1 %".93", label %"fragment", label %"not_fragment"
fragment:
  %".99" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".99", align 1
  br i1 %".97", label %"first_fragment", label %"later_fragment"
not_fragment:
  %".117" = zext i8 %".70" to i64
  switch i64 %".117", label %"unknown.1" [i64 6, label %"to_tcp" i64 17, label %"to_udp" i64 136, label %"to_udplite" i64 47, label %"to_gre" i64 4, label %"to_ipv4.1" i64 41, label %"to_ipv6.1"]
first_fragment:
  %".106" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".106", align 1
  %".108" = and i32 %"flags", 1
  %".109" = icmp ne i32 %".108", 0
  %".110" = xor i1 %".109", -1
  br i1 %".110", label %"exit.4", label %"cont.4"
later_fragment:
  %".102" = trunc i64 %"end" to i16
  %".103" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".102", ptr %".103", align 2
  br label %"return"
exit.4:
  %".112" = trunc i64 %"end" to i16
  %".113" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".112", ptr %".113", align 2
  br label %"return"
cont.4:
  br label %"not_fragment"
unknown.1:
  %".119" = trunc i64 %"end" to i16
  %".120" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".119", ptr %".120", align 2
  br label %"return"
to_tcp:
  br label %"tcp"
to_udp:
  br label %"udp_d0"
to_udplite:
  br label %"udplite"
to_gre:
  br label %"gre_d0"
to_ipv4.1:
  %".127" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".127", align 1
  %".129" = and i32 %"flags", 4
  %".130" = icmp ne i32 %".129", 0
  br i1 %".130", label %"exit.5", label %"cont.5"
to_ipv6.1:
  %".142" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".142", align 1
  %".144" = and i32 %"flags", 4
  %".145" = icmp ne i32 %".144", 0
  br i1 %".145", label %"exit.6", label %"cont.6"
tcp:
  %"cursor.5" = phi  i64 [%"end", %"to_tcp"], [%"cursor.17", %"to_tcp.1"], [%"cursor.32", %"to_tcp.2"], [%"cursor.44", %"to_tcp.3"], [%"cursor.52", %"to_tcp.4"], [%"cursor.62", %"to_tcp.5"], [%"cursor.84", %"to_tcp.6"], [%"cursor.92", %"to_tcp.7"], [%"cursor.100", %"to_tcp.8"], [%"cursor.110", %"to_tcp.9"], [%"cursor.127", %"to_tcp.10"], [%"cursor.135", %"to_tcp.11"], [%"cursor.139", %"to_tcp.12"], [%"cursor.145", %"to_tcp.13"], [%"cursor.153", %"to_tcp.14"], [%"cursor.157", %"to_tcp.15"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".334" = getelementptr i8, ptr %"hdr.4", i64 20
  %".335" = icmp ugt ptr %".334", %"data_end"
  br i1 %".335", label %"exit.12", label %"cont.12"
udp_d0:
  %"cursor.6" = phi  i64 [%"end", %"to_udp"], [%"cursor.18", %"to_udp.1"], [%"cursor.53", %"to_udp.4"], [%"cursor.63", %"to_udp.5"], [%"cursor.101", %"to_udp.8"], [%"cursor.111", %"to_udp.9"], [%"cursor.140", %"to_udp.12"], [%"cursor.146", %"to_udp.13"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.6"
  %".387" = getelementptr i8, ptr %"hdr.5", i64 8
  %".388" = icmp ugt ptr %".387", %"data_end"
  br i1 %".388", label %"exit.15", label %"cont.15"
udplite:
  %"cursor.7" = phi  i64 [%"end", %"to_udplite"], [%"cursor.19", %"to_udplite.1"], [%"cursor.35", %"to_udplite.2"], [%"cursor.46", %"to_udplite.3"], [%"cursor.54", %"to_udplite.4"], [%"cursor.64", %"to_udplite.5"], [%"cursor.86", %"to_udplite.6"], [%"cursor.94", %"to_udplite.7"], [%"cursor.102", %"to_udplite.8"], [%"cursor.112", %"to_udplite.9"], [%"cursor.129", %"to_udplite.10"], [%"cursor.137", %"to_udplite.11"], [%"cursor.141", %"to_udplite.12"], [%"cursor.147", %"to_udplite.13"], [%"cursor.155", %"to_udplite.14"], [%"cursor.159", %"to_udplite.15"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".419" = getelementptr i8, ptr %"hdr.6", i64 8
  %".420" = icmp ugt ptr %".419", %"data_end"
  br i1 %".420", label %"exit.16", label %"cont.16"
gre_d0:
  %"cursor.8" = phi  i64 [%"end", %"to_gre"], [%"cursor.20", %"to_gre.1"], [%"cursor.55", %"to_gre.4"], [%"cursor.65", %"to_gre.5"], [%"cursor.103", %"to_gre.8"], [%"cursor.113", %"to_gre.9"], [%"cursor.142", %"to_gre.12"], [%"cursor.148", %"to_gre.13"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".447" = getelementptr i8, ptr %"hdr.7", i64 4
  %".448" = icmp ugt ptr %".447", %"data_end"
  br i1 %".448", label %"exit.17", label %"cont.17"
exit.5:
  %".132" = trunc i64 %"end" to i16
  %".133" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".132", ptr %".133", align 2
  br label %"return"
cont.5:
  %".136" = getelementptr i8, ptr %"keys", i64 2
  %".137" = trunc i64 %"end" to i16
  store volatile i16 %".137", ptr %".136", align 2
  %".139" = load volatile i16, ptr %".136", align 2
  %".140" = zext i16 %".139" to i64
  %"cursor.10" = and i64 %".140", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.9" = phi  i64 [%"cursor.10", %"cont.5"], [%"cursor.21", %"cont.9"], [%"cursor.28", %"to_ipv4.4"], [%"cursor.56", %"cont.33"], [%"cursor.66", %"cont.37"], [%"cursor.70", %"to_ipv4.10"], [%"cursor.71", %"to_ipv4.11"], [%"cursor.104", %"cont.58"], [%"cursor.114", %"cont.62"], [%"cursor.116", %"to_ipv4.17"], [%"cursor.143", %"cont.77"], [%"cursor.149", %"cont.81"], [%"cursor.151", %"to_ipv4.23"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".528" = getelementptr i8, ptr %"hdr.8", i64 20
  %".529" = icmp ugt ptr %".528", %"data_end"
  br i1 %".529", label %"exit.21", label %"cont.21"
exit.6:
  %".147" = trunc i64 %"end" to i16
  %".148" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".147", ptr %".148", align 2
  br label %"return"
cont.6:
  %".151" = getelementptr i8, ptr %"keys", i64 2
  %".152" = trunc i64 %"end" to i16
  store volatile i16 %".152", ptr %".151", align 2
  %".154" = load volatile i16, ptr %".151", align 2
  %".155" = zext i16 %".154" to i64
  %"cursor.12" = and i64 %".155", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.11" = phi  i64 [%"cursor.12", %"cont.6"], [%"cursor.22", %"cont.10"], [%"cursor.29", %"to_ipv6.4"], [%"cursor.57", %"cont.34"], [%"cursor.67", %"cont.38"], [%"cursor.72", %"to_ipv6.10"], [%"cursor.105", %"cont.59"], [%"cursor.115", %"cont.63"], [%"cursor.117", %"to_ipv6.16"], [%"cursor.144", %"cont.78"], [%"cursor.150", %"cont.82"], [%"cursor.152", %"to_ipv6.21"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".665" = getelementptr i8, ptr %"hdr.9", i64 40
  %".666" = icmp ugt ptr %".665", %"data_end"
  br i1 %".666", label %"exit.27", label %"cont.27"
exit.7:
  %".160" = trunc i64 %"cursor.2" to i16
  %".161" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".160", ptr %".161", align 2
  br label %"return"
cont.7:
  %".164" = trunc i64 34525 to i16
  %".165" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".164", ptr %".165", align 2
  %".167" = trunc i64 34525 to i16
  %".168" = call i16 @"llvm.bswap.i16"(i16 %".167")
  %".169" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".168", ptr %".169", align 2
  %".171" = getelementptr i8, ptr %"hdr.2", i64 8
  %".172" = load i64, ptr %".171", align 8
  %".173" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".172", ptr %".173", align 8
  %".175" = getelementptr i8, ptr %"hdr.2", i64 16
  %".176" = load i64, ptr %".175", align 8
  %".177" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".176", ptr %".177", align 8
  %".179" = getelementptr i8, ptr %"hdr.2", i64 24
  %".180" = load i64, ptr %".179", align 8
  %".181" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".180", ptr %".181", align 8
  %".183" = getelementptr i8, ptr %"hdr.2", i64 32
  %".184" = load i64, ptr %".183", align 8
  %".185" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".184", ptr %".185", align 8
  %".187" = getelementptr i8, ptr %"hdr.2", i64 6
  %".188" = load i8, ptr %".187", align 1
  %".189" = zext i8 %".188" to i64
  %".190" = trunc i64 %".189" to i8
  %".191" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".190", ptr %".191", align 1
  %".193" = getelementptr i8, ptr %"hdr.2", i64 0
  %".194" = load i32, ptr %".193", align 4
  %".195" = call i32 @"llvm.bswap.i32"(i32 %".194")
  %".196" = zext i32 %".195" to i64
  %".197" = and i64 %".196", 1048575
  %".198" = trunc i64 %".197" to i32
  %".199" = call i32 @"llvm.bswap.i32"(i32 %".198")
  %".200" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".199", ptr %".200", align 4
  %".202" = add i64 %"cursor.2", 40
  %".203" = call i32 @"llvm.bswap.i32"(i32 %".194")
  %".204" = zext i32 %".203" to i64
  %".205" = and i64 %".204", 1048575
  %".206" = icmp ne i64 %".205", 0
  %".207" = and i32 %"flags", 2
  %".208" = icmp ne i32 %".207", 0
  %".209" = and i1 %".206", %".208"
  br i1 %".209", label %"exit.8", label %"cont.8"
exit.8:
  %".211" = trunc i64 %".202" to i16
  %".212" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".211", ptr %".212", align 2
  br label %"return"
cont.8:
  %".215" = zext i8 %".188" to i64
  switch i64 %".215", label %"unknown.2" [i64 0, label %"to_ipv6_opts" i64 43, label %"to_ipv6_opts.1" i64 60, label %"to_ipv6_opts.2" i64 44, label %"to_ipv6_frag" i64 6, label %"to_tcp.1" i64 17, label %"to_udp.1" i64 136, label %"to_udplite.1" i64 47, label %"to_gre.1" i64 4, label %"to_ipv4.2" i64 41, label %"to_ipv6.2"]
unknown.2:
  %".217" = trunc i64 %".202" to i16
  %".218" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".217", ptr %".218", align 2
  br label %"return"
to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.1:
  %".222" = getelementptr i8, ptr %"keys", i64 2
  %".223" = trunc i64 %".202" to i16
  store volatile i16 %".223", ptr %".222", align 2
  %".225" = load volatile i16, ptr %".222", align 2
  %".226" = zext i16 %".225" to i64
  %"cursor.14" = and i64 %".226", 16383
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.2:
  %".228" = getelementptr i8, ptr %"keys", i64 2
  %".229" = trunc i64 %".202" to i16
  store volatile i16 %".229", ptr %".228", align 2
  %".231" = load volatile i16, ptr %".228", align 2
  %".232" = zext i16 %".231" to i64
  %"cursor.15" = and i64 %".232", 16383
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext1"
to_tcp.1:
  %".235" = getelementptr i8, ptr %"keys", i64 2
  %".236" = trunc i64 %".202" to i16
  store volatile i16 %".236", ptr %".235", align 2
  %".238" = load volatile i16, ptr %".235", align 2
  %".239" = zext i16 %".238" to i64
  %"cursor.17" = and i64 %".239", 16383
  br label %"tcp"
to_udp.1:
  %".241" = getelementptr i8, ptr %"keys", i64 2
  %".242" = trunc i64 %".202" to i16
  store volatile i16 %".242", ptr %".241", align 2
  %".244" = load volatile i16, ptr %".241", align 2
  %".245" = zext i16 %".244" to i64
  %"cursor.18" = and i64 %".245", 16383
  br label %"udp_d0"
to_udplite.1:
  %".247" = getelementptr i8, ptr %"keys", i64 2
  %".248" = trunc i64 %".202" to i16
  store volatile i16 %".248", ptr %".247", align 2
  %".250" = load volatile i16, ptr %".247", align 2
  %".251" = zext i16 %".250" to i64
  %"cursor.19" = and i64 %".251", 16383
  br label %"udplite"
to_gre.1:
  %".253" = getelementptr i8, ptr %"keys", i64 2
  %".254" = trunc i64 %".202" to i16
  store volatile i16 %".254", ptr %".253", align 2
  %".256" = load volatile i16, ptr %".253", align 2
  %".257" = zext i16 %".256" to i64
  %"cursor.20" = and i64 %".257", 16383
  br label %"gre_d0"
to_ipv4.2:
  %".259" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".259", align 1
  %".261" = and i32 %"flags", 4
  %".262" = icmp ne i32 %".261", 0
  br i1 %".262", label %"exit.9", label %"cont.9"
to_ipv6.2:
  %".274" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".274", align 1
  %".276" = and i32 %"flags", 4
  %".277" = icmp ne i32 %".276", 0
  br i1 %".277", label %"exit.10", label %"cont.10"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.13" = phi  i64 [%".202", %"to_ipv6_opts"], [%"cursor.14", %"to_ipv6_opts.1"], [%"cursor.15", %"to_ipv6_opts.2"]
  %"hdr.10" = getelementptr i8, ptr %"data", i64 %"cursor.13"
  %".803" = getelementptr i8, ptr %"hdr.10", i64 2
  %".804" = icmp ugt ptr %".803", %"data_end"
  br i1 %".804", label %"exit.31", label %"cont.31"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.16" = phi  i64 [%".202", %"to_ipv6_frag"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.16"
  %".904" = getelementptr i8, ptr %"hdr.11", i64 8
  %".905" = icmp ugt ptr %".904", %"data_end"
  br i1 %".905", label %"exit.35", label %"cont.35"
exit.9:
  %".264" = trunc i64 %".202" to i16
  %".265" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".264", ptr %".265", align 2
  br label %"return"
cont.9:
  %".268" = getelementptr i8, ptr %"keys", i64 2
  %".269" = trunc i64 %".202" to i16
  store volatile i16 %".269", ptr %".268", align 2
  %".271" = load volatile i16, ptr %".268", align 2
  %".272" = zext i16 %".271" to i64
  %"cursor.21" = and i64 %".272", 16383
  br label %"ipv4_d1"
exit.10:
  %".279" = trunc i64 %".202" to i16
  %".280" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".279", ptr %".280", align 2
  br label %"return"
cont.10:
  %".283" = getelementptr i8, ptr %"keys", i64 2
  %".284" = trunc i64 %".202" to i16
  store volatile i16 %".284", ptr %".283", align 2
  %".286" = load volatile i16, ptr %".283", align 2
  %".287" = zext i16 %".286" to i64
  %"cursor.22" = and i64 %".287", 16383
  br label %"ipv6_d1"
exit.11:
  %".292" = trunc i64 %"cursor.3" to i16
  %".293" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".292", ptr %".293", align 2
  br label %"return"
cont.11:
  %".296" = getelementptr i8, ptr %"hdr.3", i64 2
  %".297" = load i16, ptr %".296", align 2
  %".298" = call i16 @"llvm.bswap.i16"(i16 %".297")
  %".299" = zext i16 %".298" to i64
  %".300" = trunc i64 %".299" to i16
  %".301" = call i16 @"llvm.bswap.i16"(i16 %".300")
  %".302" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".301", ptr %".302", align 2
  %".304" = add i64 %"cursor.3", 4
  %".305" = trunc i64 %".304" to i16
  %".306" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".305", ptr %".306", align 2
  %".308" = call i16 @"llvm.bswap.i16"(i16 %".297")
  %".309" = zext i16 %".308" to i64
  switch i64 %".309", label %"unknown.3" [i64 2048, label %"to_ipv4.3" i64 34525, label %"to_ipv6.3" i64 33024, label %"to_vlan.2" i64 34984, label %"to_vlan.3"]
unknown.3:
  %".311" = trunc i64 %".304" to i16
  %".312" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".311", ptr %".312", align 2
  br label %"return"
to_ipv4.3:
  %".315" = getelementptr i8, ptr %"keys", i64 2
  %".316" = trunc i64 %".304" to i16
  store volatile i16 %".316", ptr %".315", align 2
  %".318" = load volatile i16, ptr %".315", align 2
  %".319" = zext i16 %".318" to i64
  %"cursor.23" = and i64 %".319", 16383
  br label %"ipv4_d0"
to_ipv6.3:
  %".321" = getelementptr i8, ptr %"keys", i64 2
  %".322" = trunc i64 %".304" to i16
  store volatile i16 %".322", ptr %".321", align 2
  %".324" = load volatile i16, ptr %".321", align 2
  %".325" = zext i16 %".324" to i64
  %"cursor.24" = and i64 %".325", 16383
  br label %"ipv6_d0"
to_vlan.2:
  br label %"vlan_d0_vlan_tags2"
to_vlan.3:
  %".328" = getelementptr i8, ptr %"keys", i64 2
  %".329" = trunc i64 %".304" to i16
  store volatile i16 %".329", ptr %".328", align 2
  %".331" = load volatile i16, ptr %".328", align 2
  %".332" = zext i16 %".331" to i64
  %"cursor.26" = and i64 %".332", 16383
  br label %"vlan_d0_vlan_tags2"
vlan_d0_vlan_tags2:
  %"cursor.25" = phi  i64 [%".304", %"to_vlan.2"], [%"cursor.26", %"to_vlan.3"]
  %"hdr.12" = getelementptr i8, ptr %"data", i64 %"cursor.25"
  %".1028" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1029" = icmp ugt ptr %".1028", %"data_end"
  br i1 %".1029", label %"exit.39", label %"cont.39"
exit.12:
  %".337" = trunc i64 %"cursor.5" to i16
  %".338" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".337", ptr %".338", align 2
  br label %"return"
cont.12:
  %".341" = getelementptr i8, ptr %"hdr.4", i64 12
  %".342" = load i8, ptr %".341", align 1
  %".343" = zext i8 %".342" to i64
  %".344" = lshr i64 %".343", 4
  %".345" = and i64 %".344", 15
  %".346" = icmp uge i64 %".345", 5
  %".347" = xor i1 %".346", -1
  br i1 %".347", label %"exit.13", label %"cont.13"
exit.13:
  %".349" = trunc i64 %"cursor.5" to i16
  %".350" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".349", ptr %".350", align 2
  br label %"return"
cont.13:
  %".353" = getelementptr i8, ptr %"hdr.4", i64 0
  %".354" = load i16, ptr %".353", align 2
  %".355" = call i16 @"llvm.bswap.i16"(i16 %".354")
  %".356" = zext i16 %".355" to i64
  %".357" = trunc i64 %".356" to i16
  %".358" = call i16 @"llvm.bswap.i16"(i16 %".357")
  %".359" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".358", ptr %".359", align 2
  %".361" = getelementptr i8, ptr %"hdr.4", i64 2
  %".362" = load i16, ptr %".361", align 2
  %".363" = call i16 @"llvm.bswap.i16"(i16 %".362")
  %".364" = zext i16 %".363" to i64
  %".365" = trunc i64 %".364" to i16
  %".366" = call i16 @"llvm.bswap.i16"(i16 %".365")
  %".367" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".366", ptr %".367", align 2
  %".369" = add i64 %"cursor.5", 20
  %".370" = zext i8 %".342" to i64
  %".371" = lshr i64 %".370", 4
  %".372" = and i64 %".371", 15
  %".373" = mul i64 %".372", 4
  %".374" = sub i64 %".373", 20
  %".375" = add i64 %".374", 20
  %".376" = getelementptr i8, ptr %"hdr.4", i64 %".375"
  %".377" = icmp ugt ptr %".376", %"data_end"
  br i1 %".377", label %"exit.14", label %"cont.14"
exit.14:
  %".379" = trunc i64 %"cursor.5" to i16
  %".380" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".379", ptr %".380", align 2
  br label %"return"
cont.14:
  %"end.1" = add i64 %"cursor.5", %".375"
  %".383" = trunc i64 %"cursor.5" to i16
  %".384" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".383", ptr %".384", align 2
  br label %"return"
exit.15:
  %".390" = trunc i64 %"cursor.6" to i16
  %".391" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".390", ptr %".391", align 2
  br label %"return"
cont.15:
  %".394" = getelementptr i8, ptr %"hdr.5", i64 0
  %".395" = load i16, ptr %".394", align 2
  %".396" = call i16 @"llvm.bswap.i16"(i16 %".395")
  %".397" = zext i16 %".396" to i64
  %".398" = trunc i64 %".397" to i16
  %".399" = call i16 @"llvm.bswap.i16"(i16 %".398")
  %".400" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".399", ptr %".400", align 2
  %".402" = getelementptr i8, ptr %"hdr.5", i64 2
  %".403" = load i16, ptr %".402", align 2
  %".404" = call i16 @"llvm.bswap.i16"(i16 %".403")
  %".405" = zext i16 %".404" to i64
  %".406" = trunc i64 %".405" to i16
  %".407" = call i16 @"llvm.bswap.i16"(i16 %".406")
  %".408" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".407", ptr %".408", align 2
  %".410" = add i64 %"cursor.6", 8
  %".411" = call i16 @"llvm.bswap.i16"(i16 %".403")
  %".412" = zext i16 %".411" to i64
  switch i64 %".412", label %"unknown.4" [i64 7777, label %"to_shim"]
unknown.4:
  %".414" = trunc i64 %"cursor.6" to i16
  %".415" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".414", ptr %".415", align 2
  br label %"return"
to_shim:
  br label %"shim_d0"
shim_d0:
  %"cursor.27" = phi  i64 [%".410", %"to_shim"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.27"
  %".1074" = getelementptr i8, ptr %"hdr.13", i64 8
  %".1075" = icmp ugt ptr %".1074", %"data_end"
  br i1 %".1075", label %"exit.40", label %"cont.40"
exit.16:
  %".422" = trunc i64 %"cursor.7" to i16
  %".423" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".422", ptr %".423", align 2
  br label %"return"
cont.16:
  %".426" = getelementptr i8, ptr %"hdr.6", i64 0
  %".427" = load i16, ptr %".426", align 2
  %".428" = call i16 @"llvm.bswap.i16"(i16 %".427")
  %".429" = zext i16 %".428" to i64
  %".430" = trunc i64 %".429" to i16
  %".431" = call i16 @"llvm.bswap.i16"(i16 %".430")
  %".432" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".431", ptr %".432", align 2
  %".434" = getelementptr i8, ptr %"hdr.6", i64 2
  %".435" = load i16, ptr %".434", align 2
  %".436" = call i16 @"llvm.bswap.i16"(i16 %".435")
  %".437" = zext i16 %".436" to i64
  %".438" = trunc i64 %".437" to i16
  %".439" = call i16 @"llvm.bswap.i16"(i16 %".438")
  %".440" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".439", ptr %".440", align 2
  %".442" = add i64 %"cursor.7", 8
  %".443" = trunc i64 %"cursor.7" to i16
  %".444" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".443", ptr %".444", align 2
  br label %"return"
exit.17:
  %".450" = trunc i64 %"cursor.8" to i16
  %".451" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".450", ptr %".451", align 2
  br label %"return"
cont.17:
  %".454" = getelementptr i8, ptr %"hdr.7", i64 1
  %".455" = load i8, ptr %".454", align 1
  %".456" = zext i8 %".455" to i64
  %".457" = and i64 %".456", 7
  %".458" = icmp ne i64 %".457", 0
  %".459" = getelementptr i8, ptr %"hdr.7", i64 0
  %".460" = load i8, ptr %".459", align 1
  %".461" = zext i8 %".460" to i64
  %".462" = lshr i64 %".461", 6
  %".463" = and i64 %".462", 1
  %".464" = icmp ne i64 %".463", 0
  %".465" = or i1 %".458", %".464"
  br i1 %".465", label %"exit.18", label %"cont.18"
exit.18:
  %".467" = trunc i64 %"cursor.8" to i16
  %".468" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".467", ptr %".468", align 2
  br label %"return"
cont.18:
  %".471" = add i64 %"cursor.8", 4
  %".472" = zext i8 %".460" to i64
  %".473" = lshr i64 %".472", 7
  %".474" = and i64 %".473", 1
  %".475" = zext i8 %".460" to i64
  %".476" = lshr i64 %".475", 5
  %".477" = and i64 %".476", 1
  %".478" = add i64 %".474", %".477"
  %".479" = zext i8 %".460" to i64
  %".480" = lshr i64 %".479", 4
  %".481" = and i64 %".480", 1
  %".482" = add i64 %".478", %".481"
  %".483" = mul i64 %".482", 4
  %".484" = add i64 %".483", 4
  %".485" = getelementptr i8, ptr %"hdr.7", i64 %".484"
  %".486" = icmp ugt ptr %".485", %"data_end"
  br i1 %".486", label %"exit.19", label %"cont.19"
exit.19:
  %".488" = trunc i64 %"cursor.8" to i16
  %".489" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".488", ptr %".489", align 2
  br label %"return"
cont.19:
  %"end.2" = add i64 %"cursor.8", %".484"
  %".492" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".492", align 1
  %".494" = and i32 %"flags", 4
  %".495" = icmp ne i32 %".494", 0
  br i1 %".495", label %"exit.20", label %"cont.20"
exit.20:
  %".497" = trunc i64 %"end.2" to i16
  %".498" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".497", ptr %".498", align 2
  br label %"return"
cont.20:
  %".501" = getelementptr i8, ptr %"hdr.7", i64 2
  %".502" = load i16, ptr %".501", align 2
  %".503" = call i16 @"llvm.bswap.i16"(i16 %".502")
  %".504" = zext i16 %".503" to i64
  switch i64 %".504", label %"unknown.5" [i64 2048, label %"to_ipv4.4" i64 34525, label %"to_ipv6.4" i64 25944, label %"to_ethernet"]
unknown.5:
  %".506" = trunc i64 %"end.2" to i16
  %".507" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".506", ptr %".507", align 2
  br label %"return"
to_ipv4.4:
  %".510" = getelementptr i8, ptr %"keys", i64 2
  %".511" = trunc i64 %"end.2" to i16
  store volatile i16 %".511", ptr %".510", align 2
  %".513" = load volatile i16, ptr %".510", align 2
  %".514" = zext i16 %".513" to i64
  %"cursor.28" = and i64 %".514", 16383
  br label %"ipv4_d1"
to_ipv6.4:
  %".516" = getelementptr i8, ptr %"keys", i64 2
  %".517" = trunc i64 %"end.2" to i16
  store volatile i16 %".517", ptr %".516", align 2
  %".519" = load volatile i16, ptr %".516", align 2
  %".520" = zext i16 %".519" to i64
  %"cursor.29" = and i64 %".520", 16383
  br label %"ipv6_d1"
to_ethernet:
  %".522" = getelementptr i8, ptr %"keys", i64 2
  %".523" = trunc i64 %"end.2" to i16
  store volatile i16 %".523", ptr %".522", align 2
  %".525" = load volatile i16, ptr %".522", align 2
  %".526" = zext i16 %".525" to i64
  %"cursor.31" = and i64 %".526", 16383
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.30" = phi  i64 [%"cursor.31", %"to_ethernet"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.30"
  %".1106" = getelementptr i8, ptr %"hdr.14", i64 14
  %".1107" = icmp ugt ptr %".1106", %"data_end"
  br i1 %".1107", label %"exit.42", label %"cont.42"
exit.21:
  %".531" = trunc i64 %"cursor.9" to i16
  %".532" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".531", ptr %".532", align 2
  br label %"return"
cont.21:
  %".535" = getelementptr i8, ptr %"hdr.8", i64 0
  %".536" = load i8, ptr %".535", align 1
  %".537" = zext i8 %".536" to i64
  %".538" = and i64 %".537", 15
  %".539" = icmp uge i64 %".538", 5
  %".540" = xor i1 %".539", -1
  br i1 %".540", label %"exit.22", label %"cont.22"
exit.22:
  %".542" = trunc i64 %"cursor.9" to i16
  %".543" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".542", ptr %".543", align 2
  br label %"return"
cont.22:
  %".546" = trunc i64 2048 to i16
  %".547" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".546", ptr %".547", align 2
  %".549" = trunc i64 2048 to i16
  %".550" = call i16 @"llvm.bswap.i16"(i16 %".549")
  %".551" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".550", ptr %".551", align 2
  %".553" = getelementptr i8, ptr %"hdr.8", i64 12
  %".554" = load i32, ptr %".553", align 4
  %".555" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".554", ptr %".555", align 4
  %".557" = getelementptr i8, ptr %"hdr.8", i64 16
  %".558" = load i32, ptr %".557", align 4
  %".559" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".558", ptr %".559", align 4
  %".561" = getelementptr i8, ptr %"hdr.8", i64 9
  %".562" = load i8, ptr %".561", align 1
  %".563" = zext i8 %".562" to i64
  %".564" = trunc i64 %".563" to i8
  %".565" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".564", ptr %".565", align 1
  %".567" = add i64 %"cursor.9", 20
  %".568" = zext i8 %".536" to i64
  %".569" = and i64 %".568", 15
  %".570" = mul i64 %".569", 4
  %".571" = sub i64 %".570", 20
  %".572" = add i64 %".571", 20
  %".573" = getelementptr i8, ptr %"hdr.8", i64 %".572"
  %".574" = icmp ugt ptr %".573", %"data_end"
  br i1 %".574", label %"exit.23", label %"cont.23"
exit.23:
  %".576" = trunc i64 %"cursor.9" to i16
  %".577" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".576", ptr %".577", align 2
  br label %"return"
cont.23:
  %"end.3" = add i64 %"cursor.9", %".572"
  %".580" = getelementptr i8, ptr %"hdr.8", i64 6
  %".581" = load i16, ptr %".580", align 2
  %".582" = call i16 @"llvm.bswap.i16"(i16 %".581")
  %".583" = zext i16 %".582" to i64
  %".584" = and i64 %".583", 16383
  %".585" = icmp ne i64 %".584", 0
  %".586" = call i16 @"llvm.bswap.i16"(i16 %".581")
  %".587" = zext i16 %".586" to i64
  %".588" = and i64 %".587", 8191
  %".589" = icmp eq i64 %".588", 0
  br i1 %".585", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".591" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".591", align 1
  br i1 %".589", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".609" = zext i8 %".562" to i64
  switch i64 %".609", label %"unknown.6" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 4, label %"to_ipv4.5" i64 41, label %"to_ipv6.5"]
first_fragment.1:
  %".598" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".598", align 1
  %".600" = and i32 %"flags", 1
  %".601" = icmp ne i32 %".600", 0
  %".602" = xor i1 %".601", -1
  br i1 %".602", label %"exit.24", label %"cont.24"
later_fragment.1:
  %".594" = trunc i64 %"end.3" to i16
  %".595" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".594", ptr %".595", align 2
  br label %"return"
exit.24:
  %".604" = trunc i64 %"end.3" to i16
  %".605" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".604", ptr %".605", align 2
  br label %"return"
cont.24:
  br label %"not_fragment.1"
unknown.6:
  %".611" = trunc i64 %"end.3" to i16
  %".612" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".611", ptr %".612", align 2
  br label %"return"
to_tcp.2:
  %".615" = getelementptr i8, ptr %"keys", i64 2
  %".616" = trunc i64 %"end.3" to i16
  store volatile i16 %".616", ptr %".615", align 2
  %".618" = load volatile i16, ptr %".615", align 2
  %".619" = zext i16 %".618" to i64
  %"cursor.32" = and i64 %".619", 16383
  br label %"tcp"
to_udp.2:
  %".621" = getelementptr i8, ptr %"keys", i64 2
  %".622" = trunc i64 %"end.3" to i16
  store volatile i16 %".622", ptr %".621", align 2
  %".624" = load volatile i16, ptr %".621", align 2
  %".625" = zext i16 %".624" to i64
  %"cursor.34" = and i64 %".625", 16383
  br label %"udp_d1"
to_udplite.2:
  %".627" = getelementptr i8, ptr %"keys", i64 2
  %".628" = trunc i64 %"end.3" to i16
  store volatile i16 %".628", ptr %".627", align 2
  %".630" = load volatile i16, ptr %".627", align 2
  %".631" = zext i16 %".630" to i64
  %"cursor.35" = and i64 %".631", 16383
  br label %"udplite"
to_gre.2:
  %".633" = getelementptr i8, ptr %"keys", i64 2
  %".634" = trunc i64 %"end.3" to i16
  store volatile i16 %".634", ptr %".633", align 2
  %".636" = load volatile i16, ptr %".633", align 2
  %".637" = zext i16 %".636" to i64
  %"cursor.37" = and i64 %".637", 16383
  br label %"gre_d1"
to_ipv4.5:
  %".639" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".639", align 1
  %".641" = and i32 %"flags", 4
  %".642" = icmp ne i32 %".641", 0
  br i1 %".642", label %"exit.25", label %"cont.25"
to_ipv6.5:
  %".652" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".652", align 1
  %".654" = and i32 %"flags", 4
  %".655" = icmp ne i32 %".654", 0
  br i1 %".655", label %"exit.26", label %"cont.26"
udp_d1:
  %"cursor.33" = phi  i64 [%"cursor.34", %"to_udp.2"], [%"cursor.45", %"to_udp.3"], [%"cursor.85", %"to_udp.6"], [%"cursor.93", %"to_udp.7"], [%"cursor.128", %"to_udp.10"], [%"cursor.136", %"to_udp.11"], [%"cursor.154", %"to_udp.14"], [%"cursor.158", %"to_udp.15"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.33"
  %".1147" = getelementptr i8, ptr %"hdr.15", i64 8
  %".1148" = icmp ugt ptr %".1147", %"data_end"
  br i1 %".1148", label %"exit.43", label %"cont.43"
gre_d1:
  %"cursor.36" = phi  i64 [%"cursor.37", %"to_gre.2"], [%"cursor.47", %"to_gre.3"], [%"cursor.87", %"to_gre.6"], [%"cursor.95", %"to_gre.7"], [%"cursor.130", %"to_gre.10"], [%"cursor.138", %"to_gre.11"], [%"cursor.156", %"to_gre.14"], [%"cursor.160", %"to_gre.15"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.36"
  %".1184" = getelementptr i8, ptr %"hdr.16", i64 4
  %".1185" = icmp ugt ptr %".1184", %"data_end"
  br i1 %".1185", label %"exit.44", label %"cont.44"
exit.25:
  %".644" = trunc i64 %"end.3" to i16
  %".645" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".644", ptr %".645", align 2
  br label %"return"
cont.25:
  %".648" = trunc i64 %"end.3" to i16
  %".649" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".648", ptr %".649", align 2
  br label %"return"
exit.26:
  %".657" = trunc i64 %"end.3" to i16
  %".658" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".657", ptr %".658", align 2
  br label %"return"
cont.26:
  %".661" = trunc i64 %"end.3" to i16
  %".662" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".661", ptr %".662", align 2
  br label %"return"
exit.27:
  %".668" = trunc i64 %"cursor.11" to i16
  %".669" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".668", ptr %".669", align 2
  br label %"return"
cont.27:
  %".672" = trunc i64 34525 to i16
  %".673" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".672", ptr %".673", align 2
  %".675" = trunc i64 34525 to i16
  %".676" = call i16 @"llvm.bswap.i16"(i16 %".675")
  %".677" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".676", ptr %".677", align 2
  %".679" = getelementptr i8, ptr %"hdr.9", i64 8
  %".680" = load i64, ptr %".679", align 8
  %".681" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".680", ptr %".681", align 8
  %".683" = getelementptr i8, ptr %"hdr.9", i64 16
  %".684" = load i64, ptr %".683", align 8
  %".685" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".684", ptr %".685", align 8
  %".687" = getelementptr i8, ptr %"hdr.9", i64 24
  %".688" = load i64, ptr %".687", align 8
  %".689" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".688", ptr %".689", align 8
  %".691" = getelementptr i8, ptr %"hdr.9", i64 32
  %".692" = load i64, ptr %".691", align 8
  %".693" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".692", ptr %".693", align 8
  %".695" = getelementptr i8, ptr %"hdr.9", i64 6
  %".696" = load i8, ptr %".695", align 1
  %".697" = zext i8 %".696" to i64
  %".698" = trunc i64 %".697" to i8
  %".699" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".698", ptr %".699", align 1
  %".701" = getelementptr i8, ptr %"hdr.9", i64 0
  %".702" = load i32, ptr %".701", align 4
  %".703" = call i32 @"llvm.bswap.i32"(i32 %".702")
  %".704" = zext i32 %".703" to i64
  %".705" = and i64 %".704", 1048575
  %".706" = trunc i64 %".705" to i32
  %".707" = call i32 @"llvm.bswap.i32"(i32 %".706")
  %".708" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".707", ptr %".708", align 4
  %".710" = add i64 %"cursor.11", 40
  %".711" = call i32 @"llvm.bswap.i32"(i32 %".702")
  %".712" = zext i32 %".711" to i64
  %".713" = and i64 %".712", 1048575
  %".714" = icmp ne i64 %".713", 0
  %".715" = and i32 %"flags", 2
  %".716" = icmp ne i32 %".715", 0
  %".717" = and i1 %".714", %".716"
  br i1 %".717", label %"exit.28", label %"cont.28"
exit.28:
  %".719" = trunc i64 %".710" to i16
  %".720" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".719", ptr %".720", align 2
  br label %"return"
cont.28:
  %".723" = zext i8 %".696" to i64
  switch i64 %".723", label %"unknown.7" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
unknown.7:
  %".725" = trunc i64 %".710" to i16
  %".726" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".725", ptr %".726", align 2
  br label %"return"
to_ipv6_opts.3:
  %".729" = getelementptr i8, ptr %"keys", i64 2
  %".730" = trunc i64 %".710" to i16
  store volatile i16 %".730", ptr %".729", align 2
  %".732" = load volatile i16, ptr %".729", align 2
  %".733" = zext i16 %".732" to i64
  %"cursor.39" = and i64 %".733", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  %".735" = getelementptr i8, ptr %"keys", i64 2
  %".736" = trunc i64 %".710" to i16
  store volatile i16 %".736", ptr %".735", align 2
  %".738" = load volatile i16, ptr %".735", align 2
  %".739" = zext i16 %".738" to i64
  %"cursor.40" = and i64 %".739", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  %".741" = getelementptr i8, ptr %"keys", i64 2
  %".742" = trunc i64 %".710" to i16
  store volatile i16 %".742", ptr %".741", align 2
  %".744" = load volatile i16, ptr %".741", align 2
  %".745" = zext i16 %".744" to i64
  %"cursor.41" = and i64 %".745", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  %".747" = getelementptr i8, ptr %"keys", i64 2
  %".748" = trunc i64 %".710" to i16
  store volatile i16 %".748", ptr %".747", align 2
  %".750" = load volatile i16, ptr %".747", align 2
  %".751" = zext i16 %".750" to i64
  %"cursor.43" = and i64 %".751", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  %".753" = getelementptr i8, ptr %"keys", i64 2
  %".754" = trunc i64 %".710" to i16
  store volatile i16 %".754", ptr %".753", align 2
  %".756" = load volatile i16, ptr %".753", align 2
  %".757" = zext i16 %".756" to i64
  %"cursor.44" = and i64 %".757", 16383
  br label %"tcp"
to_udp.3:
  %".759" = getelementptr i8, ptr %"keys", i64 2
  %".760" = trunc i64 %".710" to i16
  store volatile i16 %".760", ptr %".759", align 2
  %".762" = load volatile i16, ptr %".759", align 2
  %".763" = zext i16 %".762" to i64
  %"cursor.45" = and i64 %".763", 16383
  br label %"udp_d1"
to_udplite.3:
  %".765" = getelementptr i8, ptr %"keys", i64 2
  %".766" = trunc i64 %".710" to i16
  store volatile i16 %".766", ptr %".765", align 2
  %".768" = load volatile i16, ptr %".765", align 2
  %".769" = zext i16 %".768" to i64
  %"cursor.46" = and i64 %".769", 16383
  br label %"udplite"
to_gre.3:
  %".771" = getelementptr i8, ptr %"keys", i64 2
  %".772" = trunc i64 %".710" to i16
  store volatile i16 %".772", ptr %".771", align 2
  %".774" = load volatile i16, ptr %".771", align 2
  %".775" = zext i16 %".774" to i64
  %"cursor.47" = and i64 %".775", 16383
  br label %"gre_d1"
to_ipv4.6:
  %".777" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".777", align 1
  %".779" = and i32 %"flags", 4
  %".780" = icmp ne i32 %".779", 0
  br i1 %".780", label %"exit.29", label %"cont.29"
to_ipv6.6:
  %".790" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".790", align 1
  %".792" = and i32 %"flags", 4
  %".793" = icmp ne i32 %".792", 0
  br i1 %".793", label %"exit.30", label %"cont.30"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.38" = phi  i64 [%"cursor.39", %"to_ipv6_opts.3"], [%"cursor.40", %"to_ipv6_opts.4"], [%"cursor.41", %"to_ipv6_opts.5"]
  %"hdr.17" = getelementptr i8, ptr %"data", i64 %"cursor.38"
  %".1259" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1260" = icmp ugt ptr %".1259", %"data_end"
  br i1 %".1260", label %"exit.48", label %"cont.48"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.42" = phi  i64 [%"cursor.43", %"to_ipv6_frag.1"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.42"
  %".1366" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1367" = icmp ugt ptr %".1366", %"data_end"
  br i1 %".1367", label %"exit.52", label %"cont.52"
exit.29:
  %".782" = trunc i64 %".710" to i16
  %".783" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".782", ptr %".783", align 2
  br label %"return"
cont.29:
  %".786" = trunc i64 %".710" to i16
  %".787" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".786", ptr %".787", align 2
  br label %"return"
exit.30:
  %".795" = trunc i64 %".710" to i16
  %".796" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".795", ptr %".796", align 2
  br label %"return"
cont.30:
  %".799" = trunc i64 %".710" to i16
  %".800" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".799", ptr %".800", align 2
  br label %"return"
exit.31:
  %".806" = trunc i64 %"cursor.13" to i16
  %".807" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".806", ptr %".807", align 2
  br label %"return"
cont.31:
  %".810" = getelementptr i8, ptr %"hdr.10", i64 0
  %".811" = load i8, ptr %".810", align 1
  %".812" = zext i8 %".811" to i64
  %".813" = trunc i64 %".812" to i8
  %".814" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".813", ptr %".814", align 1
  %".816" = add i64 %"cursor.13", 2
  %".817" = getelementptr i8, ptr %"hdr.10", i64 1
  %".818" = load i8, ptr %".817", align 1
  %".819" = zext i8 %".818" to i64
  %".820" = mul i64 %".819", 8
  %".821" = add i64 %".820", 6
  %".822" = add i64 %".821", 2
  %".823" = getelementptr i8, ptr %"hdr.10", i64 %".822"
  %".824" = icmp ugt ptr %".823", %"data_end"
  br i1 %".824", label %"exit.32", label %"cont.32"
exit.32:
  %".826" = trunc i64 %"cursor.13" to i16
  %".827" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".826", ptr %".827", align 2
  br label %"return"
cont.32:
  %"end.4" = add i64 %"cursor.13", %".822"
  %".830" = zext i8 %".811" to i64
  switch i64 %".830", label %"unknown.8" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.8:
  %".832" = trunc i64 %"end.4" to i16
  %".833" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".832", ptr %".833", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  %".837" = getelementptr i8, ptr %"keys", i64 2
  %".838" = trunc i64 %"end.4" to i16
  store volatile i16 %".838", ptr %".837", align 2
  %".840" = load volatile i16, ptr %".837", align 2
  %".841" = zext i16 %".840" to i64
  %"cursor.49" = and i64 %".841", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  %".843" = getelementptr i8, ptr %"keys", i64 2
  %".844" = trunc i64 %"end.4" to i16
  store volatile i16 %".844", ptr %".843", align 2
  %".846" = load volatile i16, ptr %".843", align 2
  %".847" = zext i16 %".846" to i64
  %"cursor.50" = and i64 %".847", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  %".850" = getelementptr i8, ptr %"keys", i64 2
  %".851" = trunc i64 %"end.4" to i16
  store volatile i16 %".851", ptr %".850", align 2
  %".853" = load volatile i16, ptr %".850", align 2
  %".854" = zext i16 %".853" to i64
  %"cursor.52" = and i64 %".854", 16383
  br label %"tcp"
to_udp.4:
  %".856" = getelementptr i8, ptr %"keys", i64 2
  %".857" = trunc i64 %"end.4" to i16
  store volatile i16 %".857", ptr %".856", align 2
  %".859" = load volatile i16, ptr %".856", align 2
  %".860" = zext i16 %".859" to i64
  %"cursor.53" = and i64 %".860", 16383
  br label %"udp_d0"
to_udplite.4:
  %".862" = getelementptr i8, ptr %"keys", i64 2
  %".863" = trunc i64 %"end.4" to i16
  store volatile i16 %".863", ptr %".862", align 2
  %".865" = load volatile i16, ptr %".862", align 2
  %".866" = zext i16 %".865" to i64
  %"cursor.54" = and i64 %".866", 16383
  br label %"udplite"
to_gre.4:
  %".868" = getelementptr i8, ptr %"keys", i64 2
  %".869" = trunc i64 %"end.4" to i16
  store volatile i16 %".869", ptr %".868", align 2
  %".871" = load volatile i16, ptr %".868", align 2
  %".872" = zext i16 %".871" to i64
  %"cursor.55" = and i64 %".872", 16383
  br label %"gre_d0"
to_ipv4.7:
  %".874" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".874", align 1
  %".876" = and i32 %"flags", 4
  %".877" = icmp ne i32 %".876", 0
  br i1 %".877", label %"exit.33", label %"cont.33"
to_ipv6.7:
  %".889" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".889", align 1
  %".891" = and i32 %"flags", 4
  %".892" = icmp ne i32 %".891", 0
  br i1 %".892", label %"exit.34", label %"cont.34"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.48" = phi  i64 [%"end.4", %"to_ipv6_opts.6"], [%"cursor.49", %"to_ipv6_opts.7"], [%"cursor.50", %"to_ipv6_opts.8"], [%"cursor.58", %"to_ipv6_opts.9"], [%"cursor.59", %"to_ipv6_opts.10"], [%"cursor.60", %"to_ipv6_opts.11"]
  %"hdr.19" = getelementptr i8, ptr %"data", i64 %"cursor.48"
  %".1486" = getelementptr i8, ptr %"hdr.19", i64 2
  %".1487" = icmp ugt ptr %".1486", %"data_end"
  br i1 %".1487", label %"exit.56", label %"cont.56"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.51" = phi  i64 [%"end.4", %"to_ipv6_frag.2"], [%"cursor.61", %"to_ipv6_frag.3"]
  %"hdr.20" = getelementptr i8, ptr %"data", i64 %"cursor.51"
  %".1587" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1588" = icmp ugt ptr %".1587", %"data_end"
  br i1 %".1588", label %"exit.60", label %"cont.60"
exit.33:
  %".879" = trunc i64 %"end.4" to i16
  %".880" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".879", ptr %".880", align 2
  br label %"return"
cont.33:
  %".883" = getelementptr i8, ptr %"keys", i64 2
  %".884" = trunc i64 %"end.4" to i16
  store volatile i16 %".884", ptr %".883", align 2
  %".886" = load volatile i16, ptr %".883", align 2
  %".887" = zext i16 %".886" to i64
  %"cursor.56" = and i64 %".887", 16383
  br label %"ipv4_d1"
exit.34:
  %".894" = trunc i64 %"end.4" to i16
  %".895" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".894", ptr %".895", align 2
  br label %"return"
cont.34:
  %".898" = getelementptr i8, ptr %"keys", i64 2
  %".899" = trunc i64 %"end.4" to i16
  store volatile i16 %".899", ptr %".898", align 2
  %".901" = load volatile i16, ptr %".898", align 2
  %".902" = zext i16 %".901" to i64
  %"cursor.57" = and i64 %".902", 16383
  br label %"ipv6_d1"
exit.35:
  %".907" = trunc i64 %"cursor.16" to i16
  %".908" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".907", ptr %".908", align 2
  br label %"return"
cont.35:
  %".911" = getelementptr i8, ptr %"hdr.11", i64 0
  %".912" = load i8, ptr %".911", align 1
  %".913" = zext i8 %".912" to i64
  %".914" = trunc i64 %".913" to i8
  %".915" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".914", ptr %".915", align 1
  %".917" = add i64 %"cursor.16", 8
  %".918" = icmp ne i64 1, 0
  %".919" = getelementptr i8, ptr %"hdr.11", i64 2
  %".920" = load i16, ptr %".919", align 2
  %".921" = call i16 @"llvm.bswap.i16"(i16 %".920")
  %".922" = zext i16 %".921" to i64
  %".923" = and i64 %".922", 65528
  %".924" = icmp eq i64 %".923", 0
  br i1 %".918", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".926" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".926", align 1
  br i1 %".924", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".944" = zext i8 %".912" to i64
  switch i64 %".944", label %"unknown.9" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
first_fragment.2:
  %".933" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".933", align 1
  %".935" = and i32 %"flags", 1
  %".936" = icmp ne i32 %".935", 0
  %".937" = xor i1 %".936", -1
  br i1 %".937", label %"exit.36", label %"cont.36"
later_fragment.2:
  %".929" = trunc i64 %".917" to i16
  %".930" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".929", ptr %".930", align 2
  br label %"return"
exit.36:
  %".939" = trunc i64 %".917" to i16
  %".940" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".939", ptr %".940", align 2
  br label %"return"
cont.36:
  br label %"not_fragment.2"
unknown.9:
  %".946" = trunc i64 %".917" to i16
  %".947" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".946", ptr %".947", align 2
  br label %"return"
to_ipv6_opts.9:
  %".950" = getelementptr i8, ptr %"keys", i64 2
  %".951" = trunc i64 %".917" to i16
  store volatile i16 %".951", ptr %".950", align 2
  %".953" = load volatile i16, ptr %".950", align 2
  %".954" = zext i16 %".953" to i64
  %"cursor.58" = and i64 %".954", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  %".956" = getelementptr i8, ptr %"keys", i64 2
  %".957" = trunc i64 %".917" to i16
  store volatile i16 %".957", ptr %".956", align 2
  %".959" = load volatile i16, ptr %".956", align 2
  %".960" = zext i16 %".959" to i64
  %"cursor.59" = and i64 %".960", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  %".962" = getelementptr i8, ptr %"keys", i64 2
  %".963" = trunc i64 %".917" to i16
  store volatile i16 %".963", ptr %".962", align 2
  %".965" = load volatile i16, ptr %".962", align 2
  %".966" = zext i16 %".965" to i64
  %"cursor.60" = and i64 %".966", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  %".968" = getelementptr i8, ptr %"keys", i64 2
  %".969" = trunc i64 %".917" to i16
  store volatile i16 %".969", ptr %".968", align 2
  %".971" = load volatile i16, ptr %".968", align 2
  %".972" = zext i16 %".971" to i64
  %"cursor.61" = and i64 %".972", 16383
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  %".974" = getelementptr i8, ptr %"keys", i64 2
  %".975" = trunc i64 %".917" to i16
  store volatile i16 %".975", ptr %".974", align 2
  %".977" = load volatile i16, ptr %".974", align 2
  %".978" = zext i16 %".977" to i64
  %"cursor.62" = and i64 %".978", 16383
  br label %"tcp"
to_udp.5:
  %".980" = getelementptr i8, ptr %"keys", i64 2
  %".981" = trunc i64 %".917" to i16
  store volatile i16 %".981", ptr %".980", align 2
  %".983" = load volatile i16, ptr %".980", align 2
  %".984" = zext i16 %".983" to i64
  %"cursor.63" = and i64 %".984", 16383
  br label %"udp_d0"
to_udplite.5:
  %".986" = getelementptr i8, ptr %"keys", i64 2
  %".987" = trunc i64 %".917" to i16
  store volatile i16 %".987", ptr %".986", align 2
  %".989" = load volatile i16, ptr %".986", align 2
  %".990" = zext i16 %".989" to i64
  %"cursor.64" = and i64 %".990", 16383
  br label %"udplite"
to_gre.5:
  %".992" = getelementptr i8, ptr %"keys", i64 2
  %".993" = trunc i64 %".917" to i16
  store volatile i16 %".993", ptr %".992", align 2
  %".995" = load volatile i16, ptr %".992", align 2
  %".996" = zext i16 %".995" to i64
  %"cursor.65" = and i64 %".996", 16383
  br label %"gre_d0"
to_ipv4.8:
  %".998" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".998", align 1
  %".1000" = and i32 %"flags", 4
  %".1001" = icmp ne i32 %".1000", 0
  br i1 %".1001", label %"exit.37", label %"cont.37"
to_ipv6.8:
  %".1013" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1013", align 1
  %".1015" = and i32 %"flags", 4
  %".1016" = icmp ne i32 %".1015", 0
  br i1 %".1016", label %"exit.38", label %"cont.38"
exit.37:
  %".1003" = trunc i64 %".917" to i16
  %".1004" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1003", ptr %".1004", align 2
  br label %"return"
cont.37:
  %".1007" = getelementptr i8, ptr %"keys", i64 2
  %".1008" = trunc i64 %".917" to i16
  store volatile i16 %".1008", ptr %".1007", align 2
  %".1010" = load volatile i16, ptr %".1007", align 2
  %".1011" = zext i16 %".1010" to i64
  %"cursor.66" = and i64 %".1011", 16383
  br label %"ipv4_d1"
exit.38:
  %".1018" = trunc i64 %".917" to i16
  %".1019" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1018", ptr %".1019", align 2
  br label %"return"
cont.38:
  %".1022" = getelementptr i8, ptr %"keys", i64 2
  %".1023" = trunc i64 %".917" to i16
  store volatile i16 %".1023", ptr %".1022", align 2
  %".1025" = load volatile i16, ptr %".1022", align 2
  %".1026" = zext i16 %".1025" to i64
  %"cursor.67" = and i64 %".1026", 16383
  br label %"ipv6_d1"
exit.39:
  %".1031" = trunc i64 %"cursor.25" to i16
  %".1032" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1031", ptr %".1032", align 2
  br label %"return"
cont.39:
  %".1035" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1036" = load i16, ptr %".1035", align 2
  %".1037" = call i16 @"llvm.bswap.i16"(i16 %".1036")
  %".1038" = zext i16 %".1037" to i64
  %".1039" = trunc i64 %".1038" to i16
  %".1040" = call i16 @"llvm.bswap.i16"(i16 %".1039")
  %".1041" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1040", ptr %".1041", align 2
  %".1043" = add i64 %"cursor.25", 4
  %".1044" = trunc i64 %".1043" to i16
  %".1045" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1044", ptr %".1045", align 2
  %".1047" = call i16 @"llvm.bswap.i16"(i16 %".1036")
  %".1048" = zext i16 %".1047" to i64
  switch i64 %".1048", label %"unknown.10" [i64 2048, label %"to_ipv4.9" i64 34525, label %"to_ipv6.9" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5"]
unknown.10:
  %".1050" = trunc i64 %".1043" to i16
  %".1051" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1050", ptr %".1051", align 2
  br label %"return"
to_ipv4.9:
  %".1054" = getelementptr i8, ptr %"keys", i64 2
  %".1055" = trunc i64 %".1043" to i16
  store volatile i16 %".1055", ptr %".1054", align 2
  %".1057" = load volatile i16, ptr %".1054", align 2
  %".1058" = zext i16 %".1057" to i64
  %"cursor.68" = and i64 %".1058", 16383
  br label %"ipv4_d0"
to_ipv6.9:
  %".1060" = getelementptr i8, ptr %"keys", i64 2
  %".1061" = trunc i64 %".1043" to i16
  store volatile i16 %".1061", ptr %".1060", align 2
  %".1063" = load volatile i16, ptr %".1060", align 2
  %".1064" = zext i16 %".1063" to i64
  %"cursor.69" = and i64 %".1064", 16383
  br label %"ipv6_d0"
to_vlan.4:
  %".1066" = trunc i64 %".1043" to i16
  %".1067" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1066", ptr %".1067", align 2
  br label %"return"
to_vlan.5:
  %".1070" = trunc i64 %".1043" to i16
  %".1071" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1070", ptr %".1071", align 2
  br label %"return"
exit.40:
  %".1077" = trunc i64 %"cursor.27" to i16
  %".1078" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1077", ptr %".1078", align 2
  br label %"return"
cont.40:
  %".1081" = add i64 %"cursor.27", 8
  %".1082" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1082", align 1
  %".1084" = and i32 %"flags", 4
  %".1085" = icmp ne i32 %".1084", 0
  br i1 %".1085", label %"exit.41", label %"cont.41"
exit.41:
  %".1087" = trunc i64 %".1081" to i16
  %".1088" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1087", ptr %".1088", align 2
  br label %"return"
cont.41:
  %".1091" = getelementptr i8, ptr %"hdr.13", i64 2
  %".1092" = load i16, ptr %".1091", align 2
  %".1093" = call i16 @"llvm.bswap.i16"(i16 %".1092")
  %".1094" = zext i16 %".1093" to i64
  switch i64 %".1094", label %"unknown.11" [i64 2048, label %"to_ipv4.10"]
unknown.11:
  %".1096" = trunc i64 %".1081" to i16
  %".1097" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1096", ptr %".1097", align 2
  br label %"return"
to_ipv4.10:
  %".1100" = getelementptr i8, ptr %"keys", i64 2
  %".1101" = trunc i64 %".1081" to i16
  store volatile i16 %".1101", ptr %".1100", align 2
  %".1103" = load volatile i16, ptr %".1100", align 2
  %".1104" = zext i16 %".1103" to i64
  %"cursor.70" = and i64 %".1104", 16383
  br label %"ipv4_d1"
exit.42:
  %".1109" = trunc i64 %"cursor.30" to i16
  %".1110" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1109", ptr %".1110", align 2
  br label %"return"
cont.42:
  %".1113" = add i64 %"cursor.30", 14
  %".1114" = getelementptr i8, ptr %"hdr.14", i64 12
  %".1115" = load i16, ptr %".1114", align 2
  %".1116" = call i16 @"llvm.bswap.i16"(i16 %".1115")
  %".1117" = zext i16 %".1116" to i64
  switch i64 %".1117", label %"unknown.12" [i64 2048, label %"to_ipv4.11" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7"]
unknown.12:
  %".1119" = trunc i64 %".1113" to i16
  %".1120" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1119", ptr %".1120", align 2
  br label %"return"
to_ipv4.11:
  %".1123" = getelementptr i8, ptr %"keys", i64 2
  %".1124" = trunc i64 %".1113" to i16
  store volatile i16 %".1124", ptr %".1123", align 2
  %".1126" = load volatile i16, ptr %".1123", align 2
  %".1127" = zext i16 %".1126" to i64
  %"cursor.71" = and i64 %".1127", 16383
  br label %"ipv4_d1"
to_ipv6.10:
  %".1129" = getelementptr i8, ptr %"keys", i64 2
  %".1130" = trunc i64 %".1113" to i16
  store volatile i16 %".1130", ptr %".1129", align 2
  %".1132" = load volatile i16, ptr %".1129", align 2
  %".1133" = zext i16 %".1132" to i64
  %"cursor.72" = and i64 %".1133", 16383
  br label %"ipv6_d1"
to_vlan.6:
  %".1135" = getelementptr i8, ptr %"keys", i64 2
  %".1136" = trunc i64 %".1113" to i16
  store volatile i16 %".1136", ptr %".1135", align 2
  %".1138" = load volatile i16, ptr %".1135", align 2
  %".1139" = zext i16 %".1138" to i64
  %"cursor.74" = and i64 %".1139", 16383
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  %".1141" = getelementptr i8, ptr %"keys", i64 2
  %".1142" = trunc i64 %".1113" to i16
  store volatile i16 %".1142", ptr %".1141", align 2
  %".1144" = load volatile i16, ptr %".1141", align 2
  %".1145" = zext i16 %".1144" to i64
  %"cursor.75" = and i64 %".1145", 16383
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.73" = phi  i64 [%"cursor.74", %"to_vlan.6"], [%"cursor.75", %"to_vlan.7"]
  %"hdr.21" = getelementptr i8, ptr %"data", i64 %"cursor.73"
  %".1711" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1712" = icmp ugt ptr %".1711", %"data_end"
  br i1 %".1712", label %"exit.64", label %"cont.64"
exit.43:
  %".1150" = trunc i64 %"cursor.33" to i16
  %".1151" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1150", ptr %".1151", align 2
  br label %"return"
cont.43:
  %".1154" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1155" = load i16, ptr %".1154", align 2
  %".1156" = call i16 @"llvm.bswap.i16"(i16 %".1155")
  %".1157" = zext i16 %".1156" to i64
  %".1158" = trunc i64 %".1157" to i16
  %".1159" = call i16 @"llvm.bswap.i16"(i16 %".1158")
  %".1160" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".1159", ptr %".1160", align 2
  %".1162" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1163" = load i16, ptr %".1162", align 2
  %".1164" = call i16 @"llvm.bswap.i16"(i16 %".1163")
  %".1165" = zext i16 %".1164" to i64
  %".1166" = trunc i64 %".1165" to i16
  %".1167" = call i16 @"llvm.bswap.i16"(i16 %".1166")
  %".1168" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".1167", ptr %".1168", align 2
  %".1170" = add i64 %"cursor.33", 8
  %".1171" = call i16 @"llvm.bswap.i16"(i16 %".1163")
  %".1172" = zext i16 %".1171" to i64
  switch i64 %".1172", label %"unknown.13" [i64 7777, label %"to_shim.1"]
unknown.13:
  %".1174" = trunc i64 %"cursor.33" to i16
  %".1175" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1174", ptr %".1175", align 2
  br label %"return"
to_shim.1:
  %".1178" = getelementptr i8, ptr %"keys", i64 2
  %".1179" = trunc i64 %".1170" to i16
  store volatile i16 %".1179", ptr %".1178", align 2
  %".1181" = load volatile i16, ptr %".1178", align 2
  %".1182" = zext i16 %".1181" to i64
  %"cursor.77" = and i64 %".1182", 16383
  br label %"shim_d1"
shim_d1:
  %"cursor.76" = phi  i64 [%"cursor.77", %"to_shim.1"]
  %"hdr.22" = getelementptr i8, ptr %"data", i64 %"cursor.76"
  %".1761" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1762" = icmp ugt ptr %".1761", %"data_end"
  br i1 %".1762", label %"exit.65", label %"cont.65"
exit.44:
  %".1187" = trunc i64 %"cursor.36" to i16
  %".1188" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1187", ptr %".1188", align 2
  br label %"return"
cont.44:
  %".1191" = getelementptr i8, ptr %"hdr.16", i64 1
  %".1192" = load i8, ptr %".1191", align 1
  %".1193" = zext i8 %".1192" to i64
  %".1194" = and i64 %".1193", 7
  %".1195" = icmp ne i64 %".1194", 0
  %".1196" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1197" = load i8, ptr %".1196", align 1
  %".1198" = zext i8 %".1197" to i64
  %".1199" = lshr i64 %".1198", 6
  %".1200" = and i64 %".1199", 1
  %".1201" = icmp ne i64 %".1200", 0
  %".1202" = or i1 %".1195", %".1201"
  br i1 %".1202", label %"exit.45", label %"cont.45"
exit.45:
  %".1204" = trunc i64 %"cursor.36" to i16
  %".1205" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1204", ptr %".1205", align 2
  br label %"return"
cont.45:
  %".1208" = add i64 %"cursor.36", 4
  %".1209" = zext i8 %".1197" to i64
  %".1210" = lshr i64 %".1209", 7
  %".1211" = and i64 %".1210", 1
  %".1212" = zext i8 %".1197" to i64
  %".1213" = lshr i64 %".1212", 5
  %".1214" = and i64 %".1213", 1
  %".1215" = add i64 %".1211", %".1214"
  %".1216" = zext i8 %".1197" to i64
  %".1217" = lshr i64 %".1216", 4
  %".1218" = and i64 %".1217", 1
  %".1219" = add i64 %".1215", %".1218"
  %".1220" = mul i64 %".1219", 4
  %".1221" = add i64 %".1220", 4
  %".1222" = getelementptr i8, ptr %"hdr.16", i64 %".1221"
  %".1223" = icmp ugt ptr %".1222", %"data_end"
  br i1 %".1223", label %"exit.46", label %"cont.46"
exit.46:
  %".1225" = trunc i64 %"cursor.36" to i16
  %".1226" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1225", ptr %".1226", align 2
  br label %"return"
cont.46:
  %"end.5" = add i64 %"cursor.36", %".1221"
  %".1229" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1229", align 1
  %".1231" = and i32 %"flags", 4
  %".1232" = icmp ne i32 %".1231", 0
  br i1 %".1232", label %"exit.47", label %"cont.47"
exit.47:
  %".1234" = trunc i64 %"end.5" to i16
  %".1235" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1234", ptr %".1235", align 2
  br label %"return"
cont.47:
  %".1238" = getelementptr i8, ptr %"hdr.16", i64 2
  %".1239" = load i16, ptr %".1238", align 2
  %".1240" = call i16 @"llvm.bswap.i16"(i16 %".1239")
  %".1241" = zext i16 %".1240" to i64
  switch i64 %".1241", label %"unknown.14" [i64 2048, label %"to_ipv4.12" i64 34525, label %"to_ipv6.11" i64 25944, label %"to_ethernet.1"]
unknown.14:
  %".1243" = trunc i64 %"end.5" to i16
  %".1244" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1243", ptr %".1244", align 2
  br label %"return"
to_ipv4.12:
  %".1247" = trunc i64 %"end.5" to i16
  %".1248" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1247", ptr %".1248", align 2
  br label %"return"
to_ipv6.11:
  %".1251" = trunc i64 %"end.5" to i16
  %".1252" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1251", ptr %".1252", align 2
  br label %"return"
to_ethernet.1:
  %".1255" = trunc i64 %"end.5" to i16
  %".1256" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1255", ptr %".1256", align 2
  br label %"return"
exit.48:
  %".1262" = trunc i64 %"cursor.38" to i16
  %".1263" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1262", ptr %".1263", align 2
  br label %"return"
cont.48:
  %".1266" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1267" = load i8, ptr %".1266", align 1
  %".1268" = zext i8 %".1267" to i64
  %".1269" = trunc i64 %".1268" to i8
  %".1270" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1269", ptr %".1270", align 1
  %".1272" = add i64 %"cursor.38", 2
  %".1273" = getelementptr i8, ptr %"hdr.17", i64 1
  %".1274" = load i8, ptr %".1273", align 1
  %".1275" = zext i8 %".1274" to i64
  %".1276" = mul i64 %".1275", 8
  %".1277" = add i64 %".1276", 6
  %".1278" = add i64 %".1277", 2
  %".1279" = getelementptr i8, ptr %"hdr.17", i64 %".1278"
  %".1280" = icmp ugt ptr %".1279", %"data_end"
  br i1 %".1280", label %"exit.49", label %"cont.49"
exit.49:
  %".1282" = trunc i64 %"cursor.38" to i16
  %".1283" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1282", ptr %".1283", align 2
  br label %"return"
cont.49:
  %"end.6" = add i64 %"cursor.38", %".1278"
  %".1286" = zext i8 %".1267" to i64
  switch i64 %".1286", label %"unknown.15" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.12"]
unknown.15:
  %".1288" = trunc i64 %"end.6" to i16
  %".1289" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1288", ptr %".1289", align 2
  br label %"return"
to_ipv6_opts.12:
  %".1292" = getelementptr i8, ptr %"keys", i64 2
  %".1293" = trunc i64 %"end.6" to i16
  store volatile i16 %".1293", ptr %".1292", align 2
  %".1295" = load volatile i16, ptr %".1292", align 2
  %".1296" = zext i16 %".1295" to i64
  %"cursor.79" = and i64 %".1296", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  %".1298" = getelementptr i8, ptr %"keys", i64 2
  %".1299" = trunc i64 %"end.6" to i16
  store volatile i16 %".1299", ptr %".1298", align 2
  %".1301" = load volatile i16, ptr %".1298", align 2
  %".1302" = zext i16 %".1301" to i64
  %"cursor.80" = and i64 %".1302", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  %".1304" = getelementptr i8, ptr %"keys", i64 2
  %".1305" = trunc i64 %"end.6" to i16
  store volatile i16 %".1305", ptr %".1304", align 2
  %".1307" = load volatile i16, ptr %".1304", align 2
  %".1308" = zext i16 %".1307" to i64
  %"cursor.81" = and i64 %".1308", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  %".1310" = getelementptr i8, ptr %"keys", i64 2
  %".1311" = trunc i64 %"end.6" to i16
  store volatile i16 %".1311", ptr %".1310", align 2
  %".1313" = load volatile i16, ptr %".1310", align 2
  %".1314" = zext i16 %".1313" to i64
  %"cursor.83" = and i64 %".1314", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  %".1316" = getelementptr i8, ptr %"keys", i64 2
  %".1317" = trunc i64 %"end.6" to i16
  store volatile i16 %".1317", ptr %".1316", align 2
  %".1319" = load volatile i16, ptr %".1316", align 2
  %".1320" = zext i16 %".1319" to i64
  %"cursor.84" = and i64 %".1320", 16383
  br label %"tcp"
to_udp.6:
  %".1322" = getelementptr i8, ptr %"keys", i64 2
  %".1323" = trunc i64 %"end.6" to i16
  store volatile i16 %".1323", ptr %".1322", align 2
  %".1325" = load volatile i16, ptr %".1322", align 2
  %".1326" = zext i16 %".1325" to i64
  %"cursor.85" = and i64 %".1326", 16383
  br label %"udp_d1"
to_udplite.6:
  %".1328" = getelementptr i8, ptr %"keys", i64 2
  %".1329" = trunc i64 %"end.6" to i16
  store volatile i16 %".1329", ptr %".1328", align 2
  %".1331" = load volatile i16, ptr %".1328", align 2
  %".1332" = zext i16 %".1331" to i64
  %"cursor.86" = and i64 %".1332", 16383
  br label %"udplite"
to_gre.6:
  %".1334" = getelementptr i8, ptr %"keys", i64 2
  %".1335" = trunc i64 %"end.6" to i16
  store volatile i16 %".1335", ptr %".1334", align 2
  %".1337" = load volatile i16, ptr %".1334", align 2
  %".1338" = zext i16 %".1337" to i64
  %"cursor.87" = and i64 %".1338", 16383
  br label %"gre_d1"
to_ipv4.13:
  %".1340" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1340", align 1
  %".1342" = and i32 %"flags", 4
  %".1343" = icmp ne i32 %".1342", 0
  br i1 %".1343", label %"exit.50", label %"cont.50"
to_ipv6.12:
  %".1353" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1353", align 1
  %".1355" = and i32 %"flags", 4
  %".1356" = icmp ne i32 %".1355", 0
  br i1 %".1356", label %"exit.51", label %"cont.51"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.78" = phi  i64 [%"cursor.79", %"to_ipv6_opts.12"], [%"cursor.80", %"to_ipv6_opts.13"], [%"cursor.81", %"to_ipv6_opts.14"], [%"cursor.88", %"to_ipv6_opts.15"], [%"cursor.89", %"to_ipv6_opts.16"], [%"cursor.90", %"to_ipv6_opts.17"]
  %"hdr.23" = getelementptr i8, ptr %"data", i64 %"cursor.78"
  %".1791" = getelementptr i8, ptr %"hdr.23", i64 2
  %".1792" = icmp ugt ptr %".1791", %"data_end"
  br i1 %".1792", label %"exit.67", label %"cont.67"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.82" = phi  i64 [%"cursor.83", %"to_ipv6_frag.4"], [%"cursor.91", %"to_ipv6_frag.5"]
  %"hdr.24" = getelementptr i8, ptr %"data", i64 %"cursor.82"
  %".1898" = getelementptr i8, ptr %"hdr.24", i64 8
  %".1899" = icmp ugt ptr %".1898", %"data_end"
  br i1 %".1899", label %"exit.71", label %"cont.71"
exit.50:
  %".1345" = trunc i64 %"end.6" to i16
  %".1346" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1345", ptr %".1346", align 2
  br label %"return"
cont.50:
  %".1349" = trunc i64 %"end.6" to i16
  %".1350" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1349", ptr %".1350", align 2
  br label %"return"
exit.51:
  %".1358" = trunc i64 %"end.6" to i16
  %".1359" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1358", ptr %".1359", align 2
  br label %"return"
cont.51:
  %".1362" = trunc i64 %"end.6" to i16
  %".1363" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1362", ptr %".1363", align 2
  br label %"return"
exit.52:
  %".1369" = trunc i64 %"cursor.42" to i16
  %".1370" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1369", ptr %".1370", align 2
  br label %"return"
cont.52:
  %".1373" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1374" = load i8, ptr %".1373", align 1
  %".1375" = zext i8 %".1374" to i64
  %".1376" = trunc i64 %".1375" to i8
  %".1377" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1376", ptr %".1377", align 1
  %".1379" = add i64 %"cursor.42", 8
  %".1380" = icmp ne i64 1, 0
  %".1381" = getelementptr i8, ptr %"hdr.18", i64 2
  %".1382" = load i16, ptr %".1381", align 2
  %".1383" = call i16 @"llvm.bswap.i16"(i16 %".1382")
  %".1384" = zext i16 %".1383" to i64
  %".1385" = and i64 %".1384", 65528
  %".1386" = icmp eq i64 %".1385", 0
  br i1 %".1380", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".1388" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1388", align 1
  br i1 %".1386", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".1406" = zext i8 %".1374" to i64
  switch i64 %".1406", label %"unknown.16" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 4, label %"to_ipv4.14" i64 41, label %"to_ipv6.13"]
first_fragment.3:
  %".1395" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1395", align 1
  %".1397" = and i32 %"flags", 1
  %".1398" = icmp ne i32 %".1397", 0
  %".1399" = xor i1 %".1398", -1
  br i1 %".1399", label %"exit.53", label %"cont.53"
later_fragment.3:
  %".1391" = trunc i64 %".1379" to i16
  %".1392" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1391", ptr %".1392", align 2
  br label %"return"
exit.53:
  %".1401" = trunc i64 %".1379" to i16
  %".1402" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1401", ptr %".1402", align 2
  br label %"return"
cont.53:
  br label %"not_fragment.3"
unknown.16:
  %".1408" = trunc i64 %".1379" to i16
  %".1409" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1408", ptr %".1409", align 2
  br label %"return"
to_ipv6_opts.15:
  %".1412" = getelementptr i8, ptr %"keys", i64 2
  %".1413" = trunc i64 %".1379" to i16
  store volatile i16 %".1413", ptr %".1412", align 2
  %".1415" = load volatile i16, ptr %".1412", align 2
  %".1416" = zext i16 %".1415" to i64
  %"cursor.88" = and i64 %".1416", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  %".1418" = getelementptr i8, ptr %"keys", i64 2
  %".1419" = trunc i64 %".1379" to i16
  store volatile i16 %".1419", ptr %".1418", align 2
  %".1421" = load volatile i16, ptr %".1418", align 2
  %".1422" = zext i16 %".1421" to i64
  %"cursor.89" = and i64 %".1422", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  %".1424" = getelementptr i8, ptr %"keys", i64 2
  %".1425" = trunc i64 %".1379" to i16
  store volatile i16 %".1425", ptr %".1424", align 2
  %".1427" = load volatile i16, ptr %".1424", align 2
  %".1428" = zext i16 %".1427" to i64
  %"cursor.90" = and i64 %".1428", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  %".1430" = getelementptr i8, ptr %"keys", i64 2
  %".1431" = trunc i64 %".1379" to i16
  store volatile i16 %".1431", ptr %".1430", align 2
  %".1433" = load volatile i16, ptr %".1430", align 2
  %".1434" = zext i16 %".1433" to i64
  %"cursor.91" = and i64 %".1434", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  %".1436" = getelementptr i8, ptr %"keys", i64 2
  %".1437" = trunc i64 %".1379" to i16
  store volatile i16 %".1437", ptr %".1436", align 2
  %".1439" = load volatile i16, ptr %".1436", align 2
  %".1440" = zext i16 %".1439" to i64
  %"cursor.92" = and i64 %".1440", 16383
  br label %"tcp"
to_udp.7:
  %".1442" = getelementptr i8, ptr %"keys", i64 2
  %".1443" = trunc i64 %".1379" to i16
  store volatile i16 %".1443", ptr %".1442", align 2
  %".1445" = load volatile i16, ptr %".1442", align 2
  %".1446" = zext i16 %".1445" to i64
  %"cursor.93" = and i64 %".1446", 16383
  br label %"udp_d1"
to_udplite.7:
  %".1448" = getelementptr i8, ptr %"keys", i64 2
  %".1449" = trunc i64 %".1379" to i16
  store volatile i16 %".1449", ptr %".1448", align 2
  %".1451" = load volatile i16, ptr %".1448", align 2
  %".1452" = zext i16 %".1451" to i64
  %"cursor.94" = and i64 %".1452", 16383
  br label %"udplite"
to_gre.7:
  %".1454" = getelementptr i8, ptr %"keys", i64 2
  %".1455" = trunc i64 %".1379" to i16
  store volatile i16 %".1455", ptr %".1454", align 2
  %".1457" = load volatile i16, ptr %".1454", align 2
  %".1458" = zext i16 %".1457" to i64
  %"cursor.95" = and i64 %".1458", 16383
  br label %"gre_d1"
to_ipv4.14:
  %".1460" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1460", align 1
  %".1462" = and i32 %"flags", 4
  %".1463" = icmp ne i32 %".1462", 0
  br i1 %".1463", label %"exit.54", label %"cont.54"
to_ipv6.13:
  %".1473" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1473", align 1
  %".1475" = and i32 %"flags", 4
  %".1476" = icmp ne i32 %".1475", 0
  br i1 %".1476", label %"exit.55", label %"cont.55"
exit.54:
  %".1465" = trunc i64 %".1379" to i16
  %".1466" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1465", ptr %".1466", align 2
  br label %"return"
cont.54:
  %".1469" = trunc i64 %".1379" to i16
  %".1470" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1469", ptr %".1470", align 2
  br label %"return"
exit.55:
  %".1478" = trunc i64 %".1379" to i16
  %".1479" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1478", ptr %".1479", align 2
  br label %"return"
cont.55:
  %".1482" = trunc i64 %".1379" to i16
  %".1483" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1482", ptr %".1483", align 2
  br label %"return"
exit.56:
  %".1489" = trunc i64 %"cursor.48" to i16
  %".1490" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1489", ptr %".1490", align 2
  br label %"return"
cont.56:
  %".1493" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1494" = load i8, ptr %".1493", align 1
  %".1495" = zext i8 %".1494" to i64
  %".1496" = trunc i64 %".1495" to i8
  %".1497" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1496", ptr %".1497", align 1
  %".1499" = add i64 %"cursor.48", 2
  %".1500" = getelementptr i8, ptr %"hdr.19", i64 1
  %".1501" = load i8, ptr %".1500", align 1
  %".1502" = zext i8 %".1501" to i64
  %".1503" = mul i64 %".1502", 8
  %".1504" = add i64 %".1503", 6
  %".1505" = add i64 %".1504", 2
  %".1506" = getelementptr i8, ptr %"hdr.19", i64 %".1505"
  %".1507" = icmp ugt ptr %".1506", %"data_end"
  br i1 %".1507", label %"exit.57", label %"cont.57"
exit.57:
  %".1509" = trunc i64 %"cursor.48" to i16
  %".1510" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1509", ptr %".1510", align 2
  br label %"return"
cont.57:
  %"end.7" = add i64 %"cursor.48", %".1505"
  %".1513" = zext i8 %".1494" to i64
  switch i64 %".1513", label %"unknown.17" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 4, label %"to_ipv4.15" i64 41, label %"to_ipv6.14"]
unknown.17:
  %".1515" = trunc i64 %"end.7" to i16
  %".1516" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1515", ptr %".1516", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  %".1520" = getelementptr i8, ptr %"keys", i64 2
  %".1521" = trunc i64 %"end.7" to i16
  store volatile i16 %".1521", ptr %".1520", align 2
  %".1523" = load volatile i16, ptr %".1520", align 2
  %".1524" = zext i16 %".1523" to i64
  %"cursor.97" = and i64 %".1524", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  %".1526" = getelementptr i8, ptr %"keys", i64 2
  %".1527" = trunc i64 %"end.7" to i16
  store volatile i16 %".1527", ptr %".1526", align 2
  %".1529" = load volatile i16, ptr %".1526", align 2
  %".1530" = zext i16 %".1529" to i64
  %"cursor.98" = and i64 %".1530", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  %".1533" = getelementptr i8, ptr %"keys", i64 2
  %".1534" = trunc i64 %"end.7" to i16
  store volatile i16 %".1534", ptr %".1533", align 2
  %".1536" = load volatile i16, ptr %".1533", align 2
  %".1537" = zext i16 %".1536" to i64
  %"cursor.100" = and i64 %".1537", 16383
  br label %"tcp"
to_udp.8:
  %".1539" = getelementptr i8, ptr %"keys", i64 2
  %".1540" = trunc i64 %"end.7" to i16
  store volatile i16 %".1540", ptr %".1539", align 2
  %".1542" = load volatile i16, ptr %".1539", align 2
  %".1543" = zext i16 %".1542" to i64
  %"cursor.101" = and i64 %".1543", 16383
  br label %"udp_d0"
to_udplite.8:
  %".1545" = getelementptr i8, ptr %"keys", i64 2
  %".1546" = trunc i64 %"end.7" to i16
  store volatile i16 %".1546", ptr %".1545", align 2
  %".1548" = load volatile i16, ptr %".1545", align 2
  %".1549" = zext i16 %".1548" to i64
  %"cursor.102" = and i64 %".1549", 16383
  br label %"udplite"
to_gre.8:
  %".1551" = getelementptr i8, ptr %"keys", i64 2
  %".1552" = trunc i64 %"end.7" to i16
  store volatile i16 %".1552", ptr %".1551", align 2
  %".1554" = load volatile i16, ptr %".1551", align 2
  %".1555" = zext i16 %".1554" to i64
  %"cursor.103" = and i64 %".1555", 16383
  br label %"gre_d0"
to_ipv4.15:
  %".1557" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1557", align 1
  %".1559" = and i32 %"flags", 4
  %".1560" = icmp ne i32 %".1559", 0
  br i1 %".1560", label %"exit.58", label %"cont.58"
to_ipv6.14:
  %".1572" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1572", align 1
  %".1574" = and i32 %"flags", 4
  %".1575" = icmp ne i32 %".1574", 0
  br i1 %".1575", label %"exit.59", label %"cont.59"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.96" = phi  i64 [%"end.7", %"to_ipv6_opts.18"], [%"cursor.97", %"to_ipv6_opts.19"], [%"cursor.98", %"to_ipv6_opts.20"], [%"cursor.106", %"to_ipv6_opts.21"], [%"cursor.107", %"to_ipv6_opts.22"], [%"cursor.108", %"to_ipv6_opts.23"]
  %"hdr.25" = getelementptr i8, ptr %"data", i64 %"cursor.96"
  %".2018" = getelementptr i8, ptr %"hdr.25", i64 2
  %".2019" = icmp ugt ptr %".2018", %"data_end"
  br i1 %".2019", label %"exit.75", label %"cont.75"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.99" = phi  i64 [%"end.7", %"to_ipv6_frag.6"], [%"cursor.109", %"to_ipv6_frag.7"]
  %"hdr.26" = getelementptr i8, ptr %"data", i64 %"cursor.99"
  %".2121" = getelementptr i8, ptr %"hdr.26", i64 8
  %".2122" = icmp ugt ptr %".2121", %"data_end"
  br i1 %".2122", label %"exit.79", label %"cont.79"
exit.58:
  %".1562" = trunc i64 %"end.7" to i16
  %".1563" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1562", ptr %".1563", align 2
  br label %"return"
cont.58:
  %".1566" = getelementptr i8, ptr %"keys", i64 2
  %".1567" = trunc i64 %"end.7" to i16
  store volatile i16 %".1567", ptr %".1566", align 2
  %".1569" = load volatile i16, ptr %".1566", align 2
  %".1570" = zext i16 %".1569" to i64
  %"cursor.104" = and i64 %".1570", 16383
  br label %"ipv4_d1"
exit.59:
  %".1577" = trunc i64 %"end.7" to i16
  %".1578" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1577", ptr %".1578", align 2
  br label %"return"
cont.59:
  %".1581" = getelementptr i8, ptr %"keys", i64 2
  %".1582" = trunc i64 %"end.7" to i16
  store volatile i16 %".1582", ptr %".1581", align 2
  %".1584" = load volatile i16, ptr %".1581", align 2
  %".1585" = zext i16 %".1584" to i64
  %"cursor.105" = and i64 %".1585", 16383
  br label %"ipv6_d1"
exit.60:
  %".1590" = trunc i64 %"cursor.51" to i16
  %".1591" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1590", ptr %".1591", align 2
  br label %"return"
cont.60:
  %".1594" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1595" = load i8, ptr %".1594", align 1
  %".1596" = zext i8 %".1595" to i64
  %".1597" = trunc i64 %".1596" to i8
  %".1598" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1597", ptr %".1598", align 1
  %".1600" = add i64 %"cursor.51", 8
  %".1601" = icmp ne i64 1, 0
  %".1602" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1603" = load i16, ptr %".1602", align 2
  %".1604" = call i16 @"llvm.bswap.i16"(i16 %".1603")
  %".1605" = zext i16 %".1604" to i64
  %".1606" = and i64 %".1605", 65528
  %".1607" = icmp eq i64 %".1606", 0
  br i1 %".1601", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".1609" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1609", align 1
  br i1 %".1607", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".1627" = zext i8 %".1595" to i64
  switch i64 %".1627", label %"unknown.18" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 4, label %"to_ipv4.16" i64 41, label %"to_ipv6.15"]
first_fragment.4:
  %".1616" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1616", align 1
  %".1618" = and i32 %"flags", 1
  %".1619" = icmp ne i32 %".1618", 0
  %".1620" = xor i1 %".1619", -1
  br i1 %".1620", label %"exit.61", label %"cont.61"
later_fragment.4:
  %".1612" = trunc i64 %".1600" to i16
  %".1613" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1612", ptr %".1613", align 2
  br label %"return"
exit.61:
  %".1622" = trunc i64 %".1600" to i16
  %".1623" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1622", ptr %".1623", align 2
  br label %"return"
cont.61:
  br label %"not_fragment.4"
unknown.18:
  %".1629" = trunc i64 %".1600" to i16
  %".1630" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1629", ptr %".1630", align 2
  br label %"return"
to_ipv6_opts.21:
  %".1633" = getelementptr i8, ptr %"keys", i64 2
  %".1634" = trunc i64 %".1600" to i16
  store volatile i16 %".1634", ptr %".1633", align 2
  %".1636" = load volatile i16, ptr %".1633", align 2
  %".1637" = zext i16 %".1636" to i64
  %"cursor.106" = and i64 %".1637", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  %".1639" = getelementptr i8, ptr %"keys", i64 2
  %".1640" = trunc i64 %".1600" to i16
  store volatile i16 %".1640", ptr %".1639", align 2
  %".1642" = load volatile i16, ptr %".1639", align 2
  %".1643" = zext i16 %".1642" to i64
  %"cursor.107" = and i64 %".1643", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  %".1645" = getelementptr i8, ptr %"keys", i64 2
  %".1646" = trunc i64 %".1600" to i16
  store volatile i16 %".1646", ptr %".1645", align 2
  %".1648" = load volatile i16, ptr %".1645", align 2
  %".1649" = zext i16 %".1648" to i64
  %"cursor.108" = and i64 %".1649", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  %".1651" = getelementptr i8, ptr %"keys", i64 2
  %".1652" = trunc i64 %".1600" to i16
  store volatile i16 %".1652", ptr %".1651", align 2
  %".1654" = load volatile i16, ptr %".1651", align 2
  %".1655" = zext i16 %".1654" to i64
  %"cursor.109" = and i64 %".1655", 16383
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  %".1657" = getelementptr i8, ptr %"keys", i64 2
  %".1658" = trunc i64 %".1600" to i16
  store volatile i16 %".1658", ptr %".1657", align 2
  %".1660" = load volatile i16, ptr %".1657", align 2
  %".1661" = zext i16 %".1660" to i64
  %"cursor.110" = and i64 %".1661", 16383
  br label %"tcp"
to_udp.9:
  %".1663" = getelementptr i8, ptr %"keys", i64 2
  %".1664" = trunc i64 %".1600" to i16
  store volatile i16 %".1664", ptr %".1663", align 2
  %".1666" = load volatile i16, ptr %".1663", align 2
  %".1667" = zext i16 %".1666" to i64
  %"cursor.111" = and i64 %".1667", 16383
  br label %"udp_d0"
to_udplite.9:
  %".1669" = getelementptr i8, ptr %"keys", i64 2
  %".1670" = trunc i64 %".1600" to i16
  store volatile i16 %".1670", ptr %".1669", align 2
  %".1672" = load volatile i16, ptr %".1669", align 2
  %".1673" = zext i16 %".1672" to i64
  %"cursor.112" = and i64 %".1673", 16383
  br label %"udplite"
to_gre.9:
  %".1675" = getelementptr i8, ptr %"keys", i64 2
  %".1676" = trunc i64 %".1600" to i16
  store volatile i16 %".1676", ptr %".1675", align 2
  %".1678" = load volatile i16, ptr %".1675", align 2
  %".1679" = zext i16 %".1678" to i64
  %"cursor.113" = and i64 %".1679", 16383
  br label %"gre_d0"
to_ipv4.16:
  %".1681" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1681", align 1
  %".1683" = and i32 %"flags", 4
  %".1684" = icmp ne i32 %".1683", 0
  br i1 %".1684", label %"exit.62", label %"cont.62"
to_ipv6.15:
  %".1696" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1696", align 1
  %".1698" = and i32 %"flags", 4
  %".1699" = icmp ne i32 %".1698", 0
  br i1 %".1699", label %"exit.63", label %"cont.63"
exit.62:
  %".1686" = trunc i64 %".1600" to i16
  %".1687" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1686", ptr %".1687", align 2
  br label %"return"
cont.62:
  %".1690" = getelementptr i8, ptr %"keys", i64 2
  %".1691" = trunc i64 %".1600" to i16
  store volatile i16 %".1691", ptr %".1690", align 2
  %".1693" = load volatile i16, ptr %".1690", align 2
  %".1694" = zext i16 %".1693" to i64
  %"cursor.114" = and i64 %".1694", 16383
  br label %"ipv4_d1"
exit.63:
  %".1701" = trunc i64 %".1600" to i16
  %".1702" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1701", ptr %".1702", align 2
  br label %"return"
cont.63:
  %".1705" = getelementptr i8, ptr %"keys", i64 2
  %".1706" = trunc i64 %".1600" to i16
  store volatile i16 %".1706", ptr %".1705", align 2
  %".1708" = load volatile i16, ptr %".1705", align 2
  %".1709" = zext i16 %".1708" to i64
  %"cursor.115" = and i64 %".1709", 16383
  br label %"ipv6_d1"
exit.64:
  %".1714" = trunc i64 %"cursor.73" to i16
  %".1715" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1714", ptr %".1715", align 2
  br label %"return"
cont.64:
  %".1718" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1719" = load i16, ptr %".1718", align 2
  %".1720" = call i16 @"llvm.bswap.i16"(i16 %".1719")
  %".1721" = zext i16 %".1720" to i64
  %".1722" = trunc i64 %".1721" to i16
  %".1723" = call i16 @"llvm.bswap.i16"(i16 %".1722")
  %".1724" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1723", ptr %".1724", align 2
  %".1726" = add i64 %"cursor.73", 4
  %".1727" = trunc i64 %".1726" to i16
  %".1728" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1727", ptr %".1728", align 2
  %".1730" = call i16 @"llvm.bswap.i16"(i16 %".1719")
  %".1731" = zext i16 %".1730" to i64
  switch i64 %".1731", label %"unknown.19" [i64 2048, label %"to_ipv4.17" i64 34525, label %"to_ipv6.16" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9"]
unknown.19:
  %".1733" = trunc i64 %".1726" to i16
  %".1734" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1733", ptr %".1734", align 2
  br label %"return"
to_ipv4.17:
  %".1737" = getelementptr i8, ptr %"keys", i64 2
  %".1738" = trunc i64 %".1726" to i16
  store volatile i16 %".1738", ptr %".1737", align 2
  %".1740" = load volatile i16, ptr %".1737", align 2
  %".1741" = zext i16 %".1740" to i64
  %"cursor.116" = and i64 %".1741", 16383
  br label %"ipv4_d1"
to_ipv6.16:
  %".1743" = getelementptr i8, ptr %"keys", i64 2
  %".1744" = trunc i64 %".1726" to i16
  store volatile i16 %".1744", ptr %".1743", align 2
  %".1746" = load volatile i16, ptr %".1743", align 2
  %".1747" = zext i16 %".1746" to i64
  %"cursor.117" = and i64 %".1747", 16383
  br label %"ipv6_d1"
to_vlan.8:
  %".1749" = getelementptr i8, ptr %"keys", i64 2
  %".1750" = trunc i64 %".1726" to i16
  store volatile i16 %".1750", ptr %".1749", align 2
  %".1752" = load volatile i16, ptr %".1749", align 2
  %".1753" = zext i16 %".1752" to i64
  %"cursor.119" = and i64 %".1753", 16383
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  %".1755" = getelementptr i8, ptr %"keys", i64 2
  %".1756" = trunc i64 %".1726" to i16
  store volatile i16 %".1756", ptr %".1755", align 2
  %".1758" = load volatile i16, ptr %".1755", align 2
  %".1759" = zext i16 %".1758" to i64
  %"cursor.120" = and i64 %".1759", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags2:
  %"cursor.118" = phi  i64 [%"cursor.119", %"to_vlan.8"], [%"cursor.120", %"to_vlan.9"]
  %"hdr.27" = getelementptr i8, ptr %"data", i64 %"cursor.118"
  %".2237" = getelementptr i8, ptr %"hdr.27", i64 4
  %".2238" = icmp ugt ptr %".2237", %"data_end"
  br i1 %".2238", label %"exit.83", label %"cont.83"
exit.65:
  %".1764" = trunc i64 %"cursor.76" to i16
  %".1765" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1764", ptr %".1765", align 2
  br label %"return"
cont.65:
  %".1768" = add i64 %"cursor.76", 8
  %".1769" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1769", align 1
  %".1771" = and i32 %"flags", 4
  %".1772" = icmp ne i32 %".1771", 0
  br i1 %".1772", label %"exit.66", label %"cont.66"
exit.66:
  %".1774" = trunc i64 %".1768" to i16
  %".1775" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1774", ptr %".1775", align 2
  br label %"return"
cont.66:
  %".1778" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1779" = load i16, ptr %".1778", align 2
  %".1780" = call i16 @"llvm.bswap.i16"(i16 %".1779")
  %".1781" = zext i16 %".1780" to i64
  switch i64 %".1781", label %"unknown.20" [i64 2048, label %"to_ipv4.18"]
unknown.20:
  %".1783" = trunc i64 %".1768" to i16
  %".1784" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1783", ptr %".1784", align 2
  br label %"return"
to_ipv4.18:
  %".1787" = trunc i64 %".1768" to i16
  %".1788" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1787", ptr %".1788", align 2
  br label %"return"
exit.67:
  %".1794" = trunc i64 %"cursor.78" to i16
  %".1795" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1794", ptr %".1795", align 2
  br label %"return"
cont.67:
  %".1798" = getelementptr i8, ptr %"hdr.23", i64 0
  %".1799" = load i8, ptr %".1798", align 1
  %".1800" = zext i8 %".1799" to i64
  %".1801" = trunc i64 %".1800" to i8
  %".1802" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1801", ptr %".1802", align 1
  %".1804" = add i64 %"cursor.78", 2
  %".1805" = getelementptr i8, ptr %"hdr.23", i64 1
  %".1806" = load i8, ptr %".1805", align 1
  %".1807" = zext i8 %".1806" to i64
  %".1808" = mul i64 %".1807", 8
  %".1809" = add i64 %".1808", 6
  %".1810" = add i64 %".1809", 2
  %".1811" = getelementptr i8, ptr %"hdr.23", i64 %".1810"
  %".1812" = icmp ugt ptr %".1811", %"data_end"
  br i1 %".1812", label %"exit.68", label %"cont.68"
exit.68:
  %".1814" = trunc i64 %"cursor.78" to i16
  %".1815" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1814", ptr %".1815", align 2
  br label %"return"
cont.68:
  %"end.8" = add i64 %"cursor.78", %".1810"
  %".1818" = zext i8 %".1799" to i64
  switch i64 %".1818", label %"unknown.21" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.17"]
unknown.21:
  %".1820" = trunc i64 %"end.8" to i16
  %".1821" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1820", ptr %".1821", align 2
  br label %"return"
to_ipv6_opts.24:
  %".1824" = getelementptr i8, ptr %"keys", i64 2
  %".1825" = trunc i64 %"end.8" to i16
  store volatile i16 %".1825", ptr %".1824", align 2
  %".1827" = load volatile i16, ptr %".1824", align 2
  %".1828" = zext i16 %".1827" to i64
  %"cursor.122" = and i64 %".1828", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  %".1830" = getelementptr i8, ptr %"keys", i64 2
  %".1831" = trunc i64 %"end.8" to i16
  store volatile i16 %".1831", ptr %".1830", align 2
  %".1833" = load volatile i16, ptr %".1830", align 2
  %".1834" = zext i16 %".1833" to i64
  %"cursor.123" = and i64 %".1834", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  %".1836" = getelementptr i8, ptr %"keys", i64 2
  %".1837" = trunc i64 %"end.8" to i16
  store volatile i16 %".1837", ptr %".1836", align 2
  %".1839" = load volatile i16, ptr %".1836", align 2
  %".1840" = zext i16 %".1839" to i64
  %"cursor.124" = and i64 %".1840", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  %".1842" = getelementptr i8, ptr %"keys", i64 2
  %".1843" = trunc i64 %"end.8" to i16
  store volatile i16 %".1843", ptr %".1842", align 2
  %".1845" = load volatile i16, ptr %".1842", align 2
  %".1846" = zext i16 %".1845" to i64
  %"cursor.126" = and i64 %".1846", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  %".1848" = getelementptr i8, ptr %"keys", i64 2
  %".1849" = trunc i64 %"end.8" to i16
  store volatile i16 %".1849", ptr %".1848", align 2
  %".1851" = load volatile i16, ptr %".1848", align 2
  %".1852" = zext i16 %".1851" to i64
  %"cursor.127" = and i64 %".1852", 16383
  br label %"tcp"
to_udp.10:
  %".1854" = getelementptr i8, ptr %"keys", i64 2
  %".1855" = trunc i64 %"end.8" to i16
  store volatile i16 %".1855", ptr %".1854", align 2
  %".1857" = load volatile i16, ptr %".1854", align 2
  %".1858" = zext i16 %".1857" to i64
  %"cursor.128" = and i64 %".1858", 16383
  br label %"udp_d1"
to_udplite.10:
  %".1860" = getelementptr i8, ptr %"keys", i64 2
  %".1861" = trunc i64 %"end.8" to i16
  store volatile i16 %".1861", ptr %".1860", align 2
  %".1863" = load volatile i16, ptr %".1860", align 2
  %".1864" = zext i16 %".1863" to i64
  %"cursor.129" = and i64 %".1864", 16383
  br label %"udplite"
to_gre.10:
  %".1866" = getelementptr i8, ptr %"keys", i64 2
  %".1867" = trunc i64 %"end.8" to i16
  store volatile i16 %".1867", ptr %".1866", align 2
  %".1869" = load volatile i16, ptr %".1866", align 2
  %".1870" = zext i16 %".1869" to i64
  %"cursor.130" = and i64 %".1870", 16383
  br label %"gre_d1"
to_ipv4.19:
  %".1872" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1872", align 1
  %".1874" = and i32 %"flags", 4
  %".1875" = icmp ne i32 %".1874", 0
  br i1 %".1875", label %"exit.69", label %"cont.69"
to_ipv6.17:
  %".1885" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1885", align 1
  %".1887" = and i32 %"flags", 4
  %".1888" = icmp ne i32 %".1887", 0
  br i1 %".1888", label %"exit.70", label %"cont.70"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.121" = phi  i64 [%"cursor.122", %"to_ipv6_opts.24"], [%"cursor.123", %"to_ipv6_opts.25"], [%"cursor.124", %"to_ipv6_opts.26"], [%"cursor.131", %"to_ipv6_opts.27"], [%"cursor.132", %"to_ipv6_opts.28"], [%"cursor.133", %"to_ipv6_opts.29"]
  %"hdr.28" = getelementptr i8, ptr %"data", i64 %"cursor.121"
  %".2283" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2284" = icmp ugt ptr %".2283", %"data_end"
  br i1 %".2284", label %"exit.84", label %"cont.84"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.125" = phi  i64 [%"cursor.126", %"to_ipv6_frag.8"], [%"cursor.134", %"to_ipv6_frag.9"]
  %"hdr.29" = getelementptr i8, ptr %"data", i64 %"cursor.125"
  %".2382" = getelementptr i8, ptr %"hdr.29", i64 8
  %".2383" = icmp ugt ptr %".2382", %"data_end"
  br i1 %".2383", label %"exit.88", label %"cont.88"
exit.69:
  %".1877" = trunc i64 %"end.8" to i16
  %".1878" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1877", ptr %".1878", align 2
  br label %"return"
cont.69:
  %".1881" = trunc i64 %"end.8" to i16
  %".1882" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1881", ptr %".1882", align 2
  br label %"return"
exit.70:
  %".1890" = trunc i64 %"end.8" to i16
  %".1891" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1890", ptr %".1891", align 2
  br label %"return"
cont.70:
  %".1894" = trunc i64 %"end.8" to i16
  %".1895" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1894", ptr %".1895", align 2
  br label %"return"
exit.71:
  %".1901" = trunc i64 %"cursor.82" to i16
  %".1902" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1901", ptr %".1902", align 2
  br label %"return"
cont.71:
  %".1905" = getelementptr i8, ptr %"hdr.24", i64 0
  %".1906" = load i8, ptr %".1905", align 1
  %".1907" = zext i8 %".1906" to i64
  %".1908" = trunc i64 %".1907" to i8
  %".1909" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1908", ptr %".1909", align 1
  %".1911" = add i64 %"cursor.82", 8
  %".1912" = icmp ne i64 1, 0
  %".1913" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1914" = load i16, ptr %".1913", align 2
  %".1915" = call i16 @"llvm.bswap.i16"(i16 %".1914")
  %".1916" = zext i16 %".1915" to i64
  %".1917" = and i64 %".1916", 65528
  %".1918" = icmp eq i64 %".1917", 0
  br i1 %".1912", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".1920" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1920", align 1
  br i1 %".1918", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".1938" = zext i8 %".1906" to i64
  switch i64 %".1938", label %"unknown.22" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.18"]
first_fragment.5:
  %".1927" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1927", align 1
  %".1929" = and i32 %"flags", 1
  %".1930" = icmp ne i32 %".1929", 0
  %".1931" = xor i1 %".1930", -1
  br i1 %".1931", label %"exit.72", label %"cont.72"
later_fragment.5:
  %".1923" = trunc i64 %".1911" to i16
  %".1924" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1923", ptr %".1924", align 2
  br label %"return"
exit.72:
  %".1933" = trunc i64 %".1911" to i16
  %".1934" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1933", ptr %".1934", align 2
  br label %"return"
cont.72:
  br label %"not_fragment.5"
unknown.22:
  %".1940" = trunc i64 %".1911" to i16
  %".1941" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1940", ptr %".1941", align 2
  br label %"return"
to_ipv6_opts.27:
  %".1944" = getelementptr i8, ptr %"keys", i64 2
  %".1945" = trunc i64 %".1911" to i16
  store volatile i16 %".1945", ptr %".1944", align 2
  %".1947" = load volatile i16, ptr %".1944", align 2
  %".1948" = zext i16 %".1947" to i64
  %"cursor.131" = and i64 %".1948", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  %".1950" = getelementptr i8, ptr %"keys", i64 2
  %".1951" = trunc i64 %".1911" to i16
  store volatile i16 %".1951", ptr %".1950", align 2
  %".1953" = load volatile i16, ptr %".1950", align 2
  %".1954" = zext i16 %".1953" to i64
  %"cursor.132" = and i64 %".1954", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  %".1956" = getelementptr i8, ptr %"keys", i64 2
  %".1957" = trunc i64 %".1911" to i16
  store volatile i16 %".1957", ptr %".1956", align 2
  %".1959" = load volatile i16, ptr %".1956", align 2
  %".1960" = zext i16 %".1959" to i64
  %"cursor.133" = and i64 %".1960", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  %".1962" = getelementptr i8, ptr %"keys", i64 2
  %".1963" = trunc i64 %".1911" to i16
  store volatile i16 %".1963", ptr %".1962", align 2
  %".1965" = load volatile i16, ptr %".1962", align 2
  %".1966" = zext i16 %".1965" to i64
  %"cursor.134" = and i64 %".1966", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  %".1968" = getelementptr i8, ptr %"keys", i64 2
  %".1969" = trunc i64 %".1911" to i16
  store volatile i16 %".1969", ptr %".1968", align 2
  %".1971" = load volatile i16, ptr %".1968", align 2
  %".1972" = zext i16 %".1971" to i64
  %"cursor.135" = and i64 %".1972", 16383
  br label %"tcp"
to_udp.11:
  %".1974" = getelementptr i8, ptr %"keys", i64 2
  %".1975" = trunc i64 %".1911" to i16
  store volatile i16 %".1975", ptr %".1974", align 2
  %".1977" = load volatile i16, ptr %".1974", align 2
  %".1978" = zext i16 %".1977" to i64
  %"cursor.136" = and i64 %".1978", 16383
  br label %"udp_d1"
to_udplite.11:
  %".1980" = getelementptr i8, ptr %"keys", i64 2
  %".1981" = trunc i64 %".1911" to i16
  store volatile i16 %".1981", ptr %".1980", align 2
  %".1983" = load volatile i16, ptr %".1980", align 2
  %".1984" = zext i16 %".1983" to i64
  %"cursor.137" = and i64 %".1984", 16383
  br label %"udplite"
to_gre.11:
  %".1986" = getelementptr i8, ptr %"keys", i64 2
  %".1987" = trunc i64 %".1911" to i16
  store volatile i16 %".1987", ptr %".1986", align 2
  %".1989" = load volatile i16, ptr %".1986", align 2
  %".1990" = zext i16 %".1989" to i64
  %"cursor.138" = and i64 %".1990", 16383
  br label %"gre_d1"
to_ipv4.20:
  %".1992" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1992", align 1
  %".1994" = and i32 %"flags", 4
  %".1995" = icmp ne i32 %".1994", 0
  br i1 %".1995", label %"exit.73", label %"cont.73"
to_ipv6.18:
  %".2005" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2005", align 1
  %".2007" = and i32 %"flags", 4
  %".2008" = icmp ne i32 %".2007", 0
  br i1 %".2008", label %"exit.74", label %"cont.74"
exit.73:
  %".1997" = trunc i64 %".1911" to i16
  %".1998" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1997", ptr %".1998", align 2
  br label %"return"
cont.73:
  %".2001" = trunc i64 %".1911" to i16
  %".2002" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2001", ptr %".2002", align 2
  br label %"return"
exit.74:
  %".2010" = trunc i64 %".1911" to i16
  %".2011" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2010", ptr %".2011", align 2
  br label %"return"
cont.74:
  %".2014" = trunc i64 %".1911" to i16
  %".2015" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2014", ptr %".2015", align 2
  br label %"return"
exit.75:
  %".2021" = trunc i64 %"cursor.96" to i16
  %".2022" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2021", ptr %".2022", align 2
  br label %"return"
cont.75:
  %".2025" = getelementptr i8, ptr %"hdr.25", i64 0
  %".2026" = load i8, ptr %".2025", align 1
  %".2027" = zext i8 %".2026" to i64
  %".2028" = trunc i64 %".2027" to i8
  %".2029" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2028", ptr %".2029", align 1
  %".2031" = add i64 %"cursor.96", 2
  %".2032" = getelementptr i8, ptr %"hdr.25", i64 1
  %".2033" = load i8, ptr %".2032", align 1
  %".2034" = zext i8 %".2033" to i64
  %".2035" = mul i64 %".2034", 8
  %".2036" = add i64 %".2035", 6
  %".2037" = add i64 %".2036", 2
  %".2038" = getelementptr i8, ptr %"hdr.25", i64 %".2037"
  %".2039" = icmp ugt ptr %".2038", %"data_end"
  br i1 %".2039", label %"exit.76", label %"cont.76"
exit.76:
  %".2041" = trunc i64 %"cursor.96" to i16
  %".2042" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2041", ptr %".2042", align 2
  br label %"return"
cont.76:
  %"end.9" = add i64 %"cursor.96", %".2037"
  %".2045" = zext i8 %".2026" to i64
  switch i64 %".2045", label %"unknown.23" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 4, label %"to_ipv4.21" i64 41, label %"to_ipv6.19"]
unknown.23:
  %".2047" = trunc i64 %"end.9" to i16
  %".2048" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2047", ptr %".2048", align 2
  br label %"return"
to_ipv6_opts.30:
  %".2051" = trunc i64 %"end.9" to i16
  %".2052" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2051", ptr %".2052", align 2
  br label %"return"
to_ipv6_opts.31:
  %".2055" = trunc i64 %"end.9" to i16
  %".2056" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2055", ptr %".2056", align 2
  br label %"return"
to_ipv6_opts.32:
  %".2059" = trunc i64 %"end.9" to i16
  %".2060" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2059", ptr %".2060", align 2
  br label %"return"
to_ipv6_frag.10:
  %".2063" = trunc i64 %"end.9" to i16
  %".2064" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2063", ptr %".2064", align 2
  br label %"return"
to_tcp.12:
  %".2067" = getelementptr i8, ptr %"keys", i64 2
  %".2068" = trunc i64 %"end.9" to i16
  store volatile i16 %".2068", ptr %".2067", align 2
  %".2070" = load volatile i16, ptr %".2067", align 2
  %".2071" = zext i16 %".2070" to i64
  %"cursor.139" = and i64 %".2071", 16383
  br label %"tcp"
to_udp.12:
  %".2073" = getelementptr i8, ptr %"keys", i64 2
  %".2074" = trunc i64 %"end.9" to i16
  store volatile i16 %".2074", ptr %".2073", align 2
  %".2076" = load volatile i16, ptr %".2073", align 2
  %".2077" = zext i16 %".2076" to i64
  %"cursor.140" = and i64 %".2077", 16383
  br label %"udp_d0"
to_udplite.12:
  %".2079" = getelementptr i8, ptr %"keys", i64 2
  %".2080" = trunc i64 %"end.9" to i16
  store volatile i16 %".2080", ptr %".2079", align 2
  %".2082" = load volatile i16, ptr %".2079", align 2
  %".2083" = zext i16 %".2082" to i64
  %"cursor.141" = and i64 %".2083", 16383
  br label %"udplite"
to_gre.12:
  %".2085" = getelementptr i8, ptr %"keys", i64 2
  %".2086" = trunc i64 %"end.9" to i16
  store volatile i16 %".2086", ptr %".2085", align 2
  %".2088" = load volatile i16, ptr %".2085", align 2
  %".2089" = zext i16 %".2088" to i64
  %"cursor.142" = and i64 %".2089", 16383
  br label %"gre_d0"
to_ipv4.21:
  %".2091" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2091", align 1
  %".2093" = and i32 %"flags", 4
  %".2094" = icmp ne i32 %".2093", 0
  br i1 %".2094", label %"exit.77", label %"cont.77"
to_ipv6.19:
  %".2106" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2106", align 1
  %".2108" = and i32 %"flags", 4
  %".2109" = icmp ne i32 %".2108", 0
  br i1 %".2109", label %"exit.78", label %"cont.78"
exit.77:
  %".2096" = trunc i64 %"end.9" to i16
  %".2097" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2096", ptr %".2097", align 2
  br label %"return"
cont.77:
  %".2100" = getelementptr i8, ptr %"keys", i64 2
  %".2101" = trunc i64 %"end.9" to i16
  store volatile i16 %".2101", ptr %".2100", align 2
  %".2103" = load volatile i16, ptr %".2100", align 2
  %".2104" = zext i16 %".2103" to i64
  %"cursor.143" = and i64 %".2104", 16383
  br label %"ipv4_d1"
exit.78:
  %".2111" = trunc i64 %"end.9" to i16
  %".2112" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2111", ptr %".2112", align 2
  br label %"return"
cont.78:
  %".2115" = getelementptr i8, ptr %"keys", i64 2
  %".2116" = trunc i64 %"end.9" to i16
  store volatile i16 %".2116", ptr %".2115", align 2
  %".2118" = load volatile i16, ptr %".2115", align 2
  %".2119" = zext i16 %".2118" to i64
  %"cursor.144" = and i64 %".2119", 16383
  br label %"ipv6_d1"
exit.79:
  %".2124" = trunc i64 %"cursor.99" to i16
  %".2125" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2124", ptr %".2125", align 2
  br label %"return"
cont.79:
  %".2128" = getelementptr i8, ptr %"hdr.26", i64 0
  %".2129" = load i8, ptr %".2128", align 1
  %".2130" = zext i8 %".2129" to i64
  %".2131" = trunc i64 %".2130" to i8
  %".2132" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2131", ptr %".2132", align 1
  %".2134" = add i64 %"cursor.99", 8
  %".2135" = icmp ne i64 1, 0
  %".2136" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2137" = load i16, ptr %".2136", align 2
  %".2138" = call i16 @"llvm.bswap.i16"(i16 %".2137")
  %".2139" = zext i16 %".2138" to i64
  %".2140" = and i64 %".2139", 65528
  %".2141" = icmp eq i64 %".2140", 0
  br i1 %".2135", label %"fragment.6", label %"not_fragment.6"
fragment.6:
  %".2143" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2143", align 1
  br i1 %".2141", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".2161" = zext i8 %".2129" to i64
  switch i64 %".2161", label %"unknown.24" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 4, label %"to_ipv4.22" i64 41, label %"to_ipv6.20"]
first_fragment.6:
  %".2150" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2150", align 1
  %".2152" = and i32 %"flags", 1
  %".2153" = icmp ne i32 %".2152", 0
  %".2154" = xor i1 %".2153", -1
  br i1 %".2154", label %"exit.80", label %"cont.80"
later_fragment.6:
  %".2146" = trunc i64 %".2134" to i16
  %".2147" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2146", ptr %".2147", align 2
  br label %"return"
exit.80:
  %".2156" = trunc i64 %".2134" to i16
  %".2157" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2156", ptr %".2157", align 2
  br label %"return"
cont.80:
  br label %"not_fragment.6"
unknown.24:
  %".2163" = trunc i64 %".2134" to i16
  %".2164" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2163", ptr %".2164", align 2
  br label %"return"
to_ipv6_opts.33:
  %".2167" = trunc i64 %".2134" to i16
  %".2168" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2167", ptr %".2168", align 2
  br label %"return"
to_ipv6_opts.34:
  %".2171" = trunc i64 %".2134" to i16
  %".2172" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2171", ptr %".2172", align 2
  br label %"return"
to_ipv6_opts.35:
  %".2175" = trunc i64 %".2134" to i16
  %".2176" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2175", ptr %".2176", align 2
  br label %"return"
to_ipv6_frag.11:
  %".2179" = trunc i64 %".2134" to i16
  %".2180" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2179", ptr %".2180", align 2
  br label %"return"
to_tcp.13:
  %".2183" = getelementptr i8, ptr %"keys", i64 2
  %".2184" = trunc i64 %".2134" to i16
  store volatile i16 %".2184", ptr %".2183", align 2
  %".2186" = load volatile i16, ptr %".2183", align 2
  %".2187" = zext i16 %".2186" to i64
  %"cursor.145" = and i64 %".2187", 16383
  br label %"tcp"
to_udp.13:
  %".2189" = getelementptr i8, ptr %"keys", i64 2
  %".2190" = trunc i64 %".2134" to i16
  store volatile i16 %".2190", ptr %".2189", align 2
  %".2192" = load volatile i16, ptr %".2189", align 2
  %".2193" = zext i16 %".2192" to i64
  %"cursor.146" = and i64 %".2193", 16383
  br label %"udp_d0"
to_udplite.13:
  %".2195" = getelementptr i8, ptr %"keys", i64 2
  %".2196" = trunc i64 %".2134" to i16
  store volatile i16 %".2196", ptr %".2195", align 2
  %".2198" = load volatile i16, ptr %".2195", align 2
  %".2199" = zext i16 %".2198" to i64
  %"cursor.147" = and i64 %".2199", 16383
  br label %"udplite"
to_gre.13:
  %".2201" = getelementptr i8, ptr %"keys", i64 2
  %".2202" = trunc i64 %".2134" to i16
  store volatile i16 %".2202", ptr %".2201", align 2
  %".2204" = load volatile i16, ptr %".2201", align 2
  %".2205" = zext i16 %".2204" to i64
  %"cursor.148" = and i64 %".2205", 16383
  br label %"gre_d0"
to_ipv4.22:
  %".2207" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2207", align 1
  %".2209" = and i32 %"flags", 4
  %".2210" = icmp ne i32 %".2209", 0
  br i1 %".2210", label %"exit.81", label %"cont.81"
to_ipv6.20:
  %".2222" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2222", align 1
  %".2224" = and i32 %"flags", 4
  %".2225" = icmp ne i32 %".2224", 0
  br i1 %".2225", label %"exit.82", label %"cont.82"
exit.81:
  %".2212" = trunc i64 %".2134" to i16
  %".2213" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2212", ptr %".2213", align 2
  br label %"return"
cont.81:
  %".2216" = getelementptr i8, ptr %"keys", i64 2
  %".2217" = trunc i64 %".2134" to i16
  store volatile i16 %".2217", ptr %".2216", align 2
  %".2219" = load volatile i16, ptr %".2216", align 2
  %".2220" = zext i16 %".2219" to i64
  %"cursor.149" = and i64 %".2220", 16383
  br label %"ipv4_d1"
exit.82:
  %".2227" = trunc i64 %".2134" to i16
  %".2228" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2227", ptr %".2228", align 2
  br label %"return"
cont.82:
  %".2231" = getelementptr i8, ptr %"keys", i64 2
  %".2232" = trunc i64 %".2134" to i16
  store volatile i16 %".2232", ptr %".2231", align 2
  %".2234" = load volatile i16, ptr %".2231", align 2
  %".2235" = zext i16 %".2234" to i64
  %"cursor.150" = and i64 %".2235", 16383
  br label %"ipv6_d1"
exit.83:
  %".2240" = trunc i64 %"cursor.118" to i16
  %".2241" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2240", ptr %".2241", align 2
  br label %"return"
cont.83:
  %".2244" = getelementptr i8, ptr %"hdr.27", i64 2
  %".2245" = load i16, ptr %".2244", align 2
  %".2246" = call i16 @"llvm.bswap.i16"(i16 %".2245")
  %".2247" = zext i16 %".2246" to i64
  %".2248" = trunc i64 %".2247" to i16
  %".2249" = call i16 @"llvm.bswap.i16"(i16 %".2248")
  %".2250" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2249", ptr %".2250", align 2
  %".2252" = add i64 %"cursor.118", 4
  %".2253" = trunc i64 %".2252" to i16
  %".2254" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2253", ptr %".2254", align 2
  %".2256" = call i16 @"llvm.bswap.i16"(i16 %".2245")
  %".2257" = zext i16 %".2256" to i64
  switch i64 %".2257", label %"unknown.25" [i64 2048, label %"to_ipv4.23" i64 34525, label %"to_ipv6.21" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11"]
unknown.25:
  %".2259" = trunc i64 %".2252" to i16
  %".2260" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2259", ptr %".2260", align 2
  br label %"return"
to_ipv4.23:
  %".2263" = getelementptr i8, ptr %"keys", i64 2
  %".2264" = trunc i64 %".2252" to i16
  store volatile i16 %".2264", ptr %".2263", align 2
  %".2266" = load volatile i16, ptr %".2263", align 2
  %".2267" = zext i16 %".2266" to i64
  %"cursor.151" = and i64 %".2267", 16383
  br label %"ipv4_d1"
to_ipv6.21:
  %".2269" = getelementptr i8, ptr %"keys", i64 2
  %".2270" = trunc i64 %".2252" to i16
  store volatile i16 %".2270", ptr %".2269", align 2
  %".2272" = load volatile i16, ptr %".2269", align 2
  %".2273" = zext i16 %".2272" to i64
  %"cursor.152" = and i64 %".2273", 16383
  br label %"ipv6_d1"
to_vlan.10:
  %".2275" = trunc i64 %".2252" to i16
  %".2276" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2275", ptr %".2276", align 2
  br label %"return"
to_vlan.11:
  %".2279" = trunc i64 %".2252" to i16
  %".2280" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2279", ptr %".2280", align 2
  br label %"return"
exit.84:
  %".2286" = trunc i64 %"cursor.121" to i16
  %".2287" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2286", ptr %".2287", align 2
  br label %"return"
cont.84:
  %".2290" = getelementptr i8, ptr %"hdr.28", i64 0
  %".2291" = load i8, ptr %".2290", align 1
  %".2292" = zext i8 %".2291" to i64
  %".2293" = trunc i64 %".2292" to i8
  %".2294" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2293", ptr %".2294", align 1
  %".2296" = add i64 %"cursor.121", 2
  %".2297" = getelementptr i8, ptr %"hdr.28", i64 1
  %".2298" = load i8, ptr %".2297", align 1
  %".2299" = zext i8 %".2298" to i64
  %".2300" = mul i64 %".2299", 8
  %".2301" = add i64 %".2300", 6
  %".2302" = add i64 %".2301", 2
  %".2303" = getelementptr i8, ptr %"hdr.28", i64 %".2302"
  %".2304" = icmp ugt ptr %".2303", %"data_end"
  br i1 %".2304", label %"exit.85", label %"cont.85"
exit.85:
  %".2306" = trunc i64 %"cursor.121" to i16
  %".2307" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2306", ptr %".2307", align 2
  br label %"return"
cont.85:
  %"end.10" = add i64 %"cursor.121", %".2302"
  %".2310" = zext i8 %".2291" to i64
  switch i64 %".2310", label %"unknown.26" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 4, label %"to_ipv4.24" i64 41, label %"to_ipv6.22"]
unknown.26:
  %".2312" = trunc i64 %"end.10" to i16
  %".2313" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2312", ptr %".2313", align 2
  br label %"return"
to_ipv6_opts.36:
  %".2316" = trunc i64 %"end.10" to i16
  %".2317" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2316", ptr %".2317", align 2
  br label %"return"
to_ipv6_opts.37:
  %".2320" = trunc i64 %"end.10" to i16
  %".2321" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2320", ptr %".2321", align 2
  br label %"return"
to_ipv6_opts.38:
  %".2324" = trunc i64 %"end.10" to i16
  %".2325" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2324", ptr %".2325", align 2
  br label %"return"
to_ipv6_frag.12:
  %".2328" = trunc i64 %"end.10" to i16
  %".2329" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2328", ptr %".2329", align 2
  br label %"return"
to_tcp.14:
  %".2332" = getelementptr i8, ptr %"keys", i64 2
  %".2333" = trunc i64 %"end.10" to i16
  store volatile i16 %".2333", ptr %".2332", align 2
  %".2335" = load volatile i16, ptr %".2332", align 2
  %".2336" = zext i16 %".2335" to i64
  %"cursor.153" = and i64 %".2336", 16383
  br label %"tcp"
to_udp.14:
  %".2338" = getelementptr i8, ptr %"keys", i64 2
  %".2339" = trunc i64 %"end.10" to i16
  store volatile i16 %".2339", ptr %".2338", align 2
  %".2341" = load volatile i16, ptr %".2338", align 2
  %".2342" = zext i16 %".2341" to i64
  %"cursor.154" = and i64 %".2342", 16383
  br label %"udp_d1"
to_udplite.14:
  %".2344" = getelementptr i8, ptr %"keys", i64 2
  %".2345" = trunc i64 %"end.10" to i16
  store volatile i16 %".2345", ptr %".2344", align 2
  %".2347" = load volatile i16, ptr %".2344", align 2
  %".2348" = zext i16 %".2347" to i64
  %"cursor.155" = and i64 %".2348", 16383
  br label %"udplite"
to_gre.14:
  %".2350" = getelementptr i8, ptr %"keys", i64 2
  %".2351" = trunc i64 %"end.10" to i16
  store volatile i16 %".2351", ptr %".2350", align 2
  %".2353" = load volatile i16, ptr %".2350", align 2
  %".2354" = zext i16 %".2353" to i64
  %"cursor.156" = and i64 %".2354", 16383
  br label %"gre_d1"
to_ipv4.24:
  %".2356" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2356", align 1
  %".2358" = and i32 %"flags", 4
  %".2359" = icmp ne i32 %".2358", 0
  br i1 %".2359", label %"exit.86", label %"cont.86"
to_ipv6.22:
  %".2369" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2369", align 1
  %".2371" = and i32 %"flags", 4
  %".2372" = icmp ne i32 %".2371", 0
  br i1 %".2372", label %"exit.87", label %"cont.87"
exit.86:
  %".2361" = trunc i64 %"end.10" to i16
  %".2362" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2361", ptr %".2362", align 2
  br label %"return"
cont.86:
  %".2365" = trunc i64 %"end.10" to i16
  %".2366" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2365", ptr %".2366", align 2
  br label %"return"
exit.87:
  %".2374" = trunc i64 %"end.10" to i16
  %".2375" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2374", ptr %".2375", align 2
  br label %"return"
cont.87:
  %".2378" = trunc i64 %"end.10" to i16
  %".2379" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2378", ptr %".2379", align 2
  br label %"return"
exit.88:
  %".2385" = trunc i64 %"cursor.125" to i16
  %".2386" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2385", ptr %".2386", align 2
  br label %"return"
cont.88:
  %".2389" = getelementptr i8, ptr %"hdr.29", i64 0
  %".2390" = load i8, ptr %".2389", align 1
  %".2391" = zext i8 %".2390" to i64
  %".2392" = trunc i64 %".2391" to i8
  %".2393" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2392", ptr %".2393", align 1
  %".2395" = add i64 %"cursor.125", 8
  %".2396" = icmp ne i64 1, 0
  %".2397" = getelementptr i8, ptr %"hdr.29", i64 2
  %".2398" = load i16, ptr %".2397", align 2
  %".2399" = call i16 @"llvm.bswap.i16"(i16 %".2398")
  %".2400" = zext i16 %".2399" to i64
  %".2401" = and i64 %".2400", 65528
  %".2402" = icmp eq i64 %".2401", 0
  br i1 %".2396", label %"fragment.7", label %"not_fragment.7"
fragment.7:
  %".2404" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2404", align 1
  br i1 %".2402", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".2422" = zext i8 %".2390" to i64
  switch i64 %".2422", label %"unknown.27" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 4, label %"to_ipv4.25" i64 41, label %"to_ipv6.23"]
first_fragment.7:
  %".2411" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2411", align 1
  %".2413" = and i32 %"flags", 1
  %".2414" = icmp ne i32 %".2413", 0
  %".2415" = xor i1 %".2414", -1
  br i1 %".2415", label %"exit.89", label %"cont.89"
later_fragment.7:
  %".2407" = trunc i64 %".2395" to i16
  %".2408" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2407", ptr %".2408", align 2
  br label %"return"
exit.89:
  %".2417" = trunc i64 %".2395" to i16
  %".2418" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2417", ptr %".2418", align 2
  br label %"return"
cont.89:
  br label %"not_fragment.7"
unknown.27:
  %".2424" = trunc i64 %".2395" to i16
  %".2425" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2424", ptr %".2425", align 2
  br label %"return"
to_ipv6_opts.39:
  %".2428" = trunc i64 %".2395" to i16
  %".2429" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2428", ptr %".2429", align 2
  br label %"return"
to_ipv6_opts.40:
  %".2432" = trunc i64 %".2395" to i16
  %".2433" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2432", ptr %".2433", align 2
  br label %"return"
to_ipv6_opts.41:
  %".2436" = trunc i64 %".2395" to i16
  %".2437" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2436", ptr %".2437", align 2
  br label %"return"
to_ipv6_frag.13:
  %".2440" = trunc i64 %".2395" to i16
  %".2441" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2440", ptr %".2441", align 2
  br label %"return"
to_tcp.15:
  %".2444" = getelementptr i8, ptr %"keys", i64 2
  %".2445" = trunc i64 %".2395" to i16
  store volatile i16 %".2445", ptr %".2444", align 2
  %".2447" = load volatile i16, ptr %".2444", align 2
  %".2448" = zext i16 %".2447" to i64
  %"cursor.157" = and i64 %".2448", 16383
  br label %"tcp"
to_udp.15:
  %".2450" = getelementptr i8, ptr %"keys", i64 2
  %".2451" = trunc i64 %".2395" to i16
  store volatile i16 %".2451", ptr %".2450", align 2
  %".2453" = load volatile i16, ptr %".2450", align 2
  %".2454" = zext i16 %".2453" to i64
  %"cursor.158" = and i64 %".2454", 16383
  br label %"udp_d1"
to_udplite.15:
  %".2456" = getelementptr i8, ptr %"keys", i64 2
  %".2457" = trunc i64 %".2395" to i16
  store volatile i16 %".2457", ptr %".2456", align 2
  %".2459" = load volatile i16, ptr %".2456", align 2
  %".2460" = zext i16 %".2459" to i64
  %"cursor.159" = and i64 %".2460", 16383
  br label %"udplite"
to_gre.15:
  %".2462" = getelementptr i8, ptr %"keys", i64 2
  %".2463" = trunc i64 %".2395" to i16
  store volatile i16 %".2463", ptr %".2462", align 2
  %".2465" = load volatile i16, ptr %".2462", align 2
  %".2466" = zext i16 %".2465" to i64
  %"cursor.160" = and i64 %".2466", 16383
  br label %"gre_d1"
to_ipv4.25:
  %".2468" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2468", align 1
  %".2470" = and i32 %"flags", 4
  %".2471" = icmp ne i32 %".2470", 0
  br i1 %".2471", label %"exit.90", label %"cont.90"
to_ipv6.23:
  %".2481" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2481", align 1
  %".2483" = and i32 %"flags", 4
  %".2484" = icmp ne i32 %".2483", 0
  br i1 %".2484", label %"exit.91", label %"cont.91"
exit.90:
  %".2473" = trunc i64 %".2395" to i16
  %".2474" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2473", ptr %".2474", align 2
  br label %"return"
cont.90:
  %".2477" = trunc i64 %".2395" to i16
  %".2478" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2477", ptr %".2478", align 2
  br label %"return"
exit.91:
  %".2486" = trunc i64 %".2395" to i16
  %".2487" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2486", ptr %".2487", align 2
  br label %"return"
cont.91:
  %".2490" = trunc i64 %".2395" to i16
  %".2491" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2490", ptr %".2491", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
