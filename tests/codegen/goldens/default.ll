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
  %"verdict" = phi  i32 [129, %"exit"], [2, %"unknown"], [2, %"exit.1"], [2, %"exit.2"], [2, %"exit.3"], [0, %"later_fragment"], [0, %"exit.4"], [0, %"unknown.1"], [0, %"exit.5"], [0, %"exit.6"], [2, %"exit.7"], [0, %"exit.8"], [0, %"unknown.2"], [0, %"exit.9"], [0, %"exit.10"], [2, %"exit.11"], [2, %"unknown.3"], [2, %"exit.12"], [2, %"exit.13"], [2, %"exit.14"], [0, %"cont.14"], [2, %"exit.15"], [0, %"cont.15"], [2, %"exit.16"], [0, %"cont.16"], [2, %"exit.17"], [0, %"exit.18"], [2, %"exit.19"], [0, %"exit.20"], [2, %"unknown.4"], [2, %"exit.21"], [2, %"exit.22"], [2, %"exit.23"], [0, %"later_fragment.1"], [0, %"exit.24"], [0, %"unknown.5"], [0, %"exit.25"], [0, %"cont.25"], [0, %"exit.26"], [0, %"cont.26"], [2, %"exit.27"], [0, %"exit.28"], [0, %"unknown.6"], [0, %"exit.29"], [0, %"cont.29"], [0, %"exit.30"], [0, %"cont.30"], [2, %"exit.31"], [2, %"exit.32"], [0, %"unknown.7"], [0, %"exit.33"], [0, %"exit.34"], [2, %"exit.35"], [0, %"later_fragment.2"], [0, %"exit.36"], [0, %"unknown.8"], [0, %"exit.37"], [0, %"exit.38"], [2, %"exit.39"], [2, %"unknown.9"], [0, %"to_vlan.4"], [0, %"to_vlan.5"], [2, %"exit.40"], [2, %"unknown.10"], [2, %"exit.41"], [0, %"exit.42"], [2, %"exit.43"], [0, %"exit.44"], [2, %"unknown.11"], [0, %"to_ipv4.11"], [0, %"to_ipv6.11"], [0, %"to_ethernet.1"], [2, %"exit.45"], [2, %"exit.46"], [0, %"unknown.12"], [0, %"exit.47"], [0, %"cont.47"], [0, %"exit.48"], [0, %"cont.48"], [2, %"exit.49"], [0, %"later_fragment.3"], [0, %"exit.50"], [0, %"unknown.13"], [0, %"exit.51"], [0, %"cont.51"], [0, %"exit.52"], [0, %"cont.52"], [2, %"exit.53"], [2, %"exit.54"], [0, %"unknown.14"], [0, %"exit.55"], [0, %"exit.56"], [2, %"exit.57"], [0, %"later_fragment.4"], [0, %"exit.58"], [0, %"unknown.15"], [0, %"exit.59"], [0, %"exit.60"], [2, %"exit.61"], [2, %"unknown.16"], [2, %"exit.62"], [2, %"exit.63"], [0, %"unknown.17"], [0, %"exit.64"], [0, %"cont.64"], [0, %"exit.65"], [0, %"cont.65"], [2, %"exit.66"], [0, %"later_fragment.5"], [0, %"exit.67"], [0, %"unknown.18"], [0, %"exit.68"], [0, %"cont.68"], [0, %"exit.69"], [0, %"cont.69"], [2, %"exit.70"], [2, %"exit.71"], [0, %"unknown.19"], [0, %"to_ipv6_opts.30"], [0, %"to_ipv6_opts.31"], [0, %"to_ipv6_opts.32"], [0, %"to_ipv6_frag.10"], [0, %"exit.72"], [0, %"exit.73"], [2, %"exit.74"], [0, %"later_fragment.6"], [0, %"exit.75"], [0, %"unknown.20"], [0, %"to_ipv6_opts.33"], [0, %"to_ipv6_opts.34"], [0, %"to_ipv6_opts.35"], [0, %"to_ipv6_frag.11"], [0, %"exit.76"], [0, %"exit.77"], [2, %"exit.78"], [2, %"unknown.21"], [0, %"to_vlan.10"], [0, %"to_vlan.11"], [2, %"exit.79"], [2, %"exit.80"], [0, %"unknown.22"], [0, %"to_ipv6_opts.36"], [0, %"to_ipv6_opts.37"], [0, %"to_ipv6_opts.38"], [0, %"to_ipv6_frag.12"], [0, %"exit.81"], [0, %"cont.81"], [0, %"exit.82"], [0, %"cont.82"], [2, %"exit.83"], [0, %"later_fragment.7"], [0, %"exit.84"], [0, %"unknown.23"], [0, %"to_ipv6_opts.39"], [0, %"to_ipv6_opts.40"], [0, %"to_ipv6_opts.41"], [0, %"to_ipv6_frag.13"], [0, %"exit.85"], [0, %"cont.85"], [0, %"exit.86"], [0, %"cont.86"]
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
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%"cursor.23", %"to_ipv4.3"], [%"cursor.66", %"to_ipv4.9"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".36" = getelementptr i8, ptr %"hdr.1", i64 20
  %".37" = icmp ugt ptr %".36", %"data_end"
  br i1 %".37", label %"exit.1", label %"cont.1"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%"cursor.24", %"to_ipv6.3"], [%"cursor.67", %"to_ipv6.9"]
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
  br label %"udp"
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
  %"cursor.5" = phi  i64 [%"end", %"to_tcp"], [%"cursor.17", %"to_tcp.1"], [%"cursor.31", %"to_tcp.2"], [%"cursor.42", %"to_tcp.3"], [%"cursor.50", %"to_tcp.4"], [%"cursor.60", %"to_tcp.5"], [%"cursor.79", %"to_tcp.6"], [%"cursor.87", %"to_tcp.7"], [%"cursor.95", %"to_tcp.8"], [%"cursor.105", %"to_tcp.9"], [%"cursor.122", %"to_tcp.10"], [%"cursor.130", %"to_tcp.11"], [%"cursor.134", %"to_tcp.12"], [%"cursor.140", %"to_tcp.13"], [%"cursor.148", %"to_tcp.14"], [%"cursor.152", %"to_tcp.15"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".334" = getelementptr i8, ptr %"hdr.4", i64 20
  %".335" = icmp ugt ptr %".334", %"data_end"
  br i1 %".335", label %"exit.12", label %"cont.12"
udp:
  %"cursor.6" = phi  i64 [%"end", %"to_udp"], [%"cursor.18", %"to_udp.1"], [%"cursor.32", %"to_udp.2"], [%"cursor.43", %"to_udp.3"], [%"cursor.51", %"to_udp.4"], [%"cursor.61", %"to_udp.5"], [%"cursor.80", %"to_udp.6"], [%"cursor.88", %"to_udp.7"], [%"cursor.96", %"to_udp.8"], [%"cursor.106", %"to_udp.9"], [%"cursor.123", %"to_udp.10"], [%"cursor.131", %"to_udp.11"], [%"cursor.135", %"to_udp.12"], [%"cursor.141", %"to_udp.13"], [%"cursor.149", %"to_udp.14"], [%"cursor.153", %"to_udp.15"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.6"
  %".387" = getelementptr i8, ptr %"hdr.5", i64 8
  %".388" = icmp ugt ptr %".387", %"data_end"
  br i1 %".388", label %"exit.15", label %"cont.15"
udplite:
  %"cursor.7" = phi  i64 [%"end", %"to_udplite"], [%"cursor.19", %"to_udplite.1"], [%"cursor.33", %"to_udplite.2"], [%"cursor.44", %"to_udplite.3"], [%"cursor.52", %"to_udplite.4"], [%"cursor.62", %"to_udplite.5"], [%"cursor.81", %"to_udplite.6"], [%"cursor.89", %"to_udplite.7"], [%"cursor.97", %"to_udplite.8"], [%"cursor.107", %"to_udplite.9"], [%"cursor.124", %"to_udplite.10"], [%"cursor.132", %"to_udplite.11"], [%"cursor.136", %"to_udplite.12"], [%"cursor.142", %"to_udplite.13"], [%"cursor.150", %"to_udplite.14"], [%"cursor.154", %"to_udplite.15"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".415" = getelementptr i8, ptr %"hdr.6", i64 8
  %".416" = icmp ugt ptr %".415", %"data_end"
  br i1 %".416", label %"exit.16", label %"cont.16"
gre_d0:
  %"cursor.8" = phi  i64 [%"end", %"to_gre"], [%"cursor.20", %"to_gre.1"], [%"cursor.53", %"to_gre.4"], [%"cursor.63", %"to_gre.5"], [%"cursor.98", %"to_gre.8"], [%"cursor.108", %"to_gre.9"], [%"cursor.137", %"to_gre.12"], [%"cursor.143", %"to_gre.13"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".443" = getelementptr i8, ptr %"hdr.7", i64 4
  %".444" = icmp ugt ptr %".443", %"data_end"
  br i1 %".444", label %"exit.17", label %"cont.17"
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
  %"cursor.9" = phi  i64 [%"cursor.10", %"cont.5"], [%"cursor.21", %"cont.9"], [%"cursor.27", %"to_ipv4.4"], [%"cursor.54", %"cont.33"], [%"cursor.64", %"cont.37"], [%"cursor.68", %"to_ipv4.10"], [%"cursor.99", %"cont.55"], [%"cursor.109", %"cont.59"], [%"cursor.111", %"to_ipv4.16"], [%"cursor.138", %"cont.72"], [%"cursor.144", %"cont.76"], [%"cursor.146", %"to_ipv4.21"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".524" = getelementptr i8, ptr %"hdr.8", i64 20
  %".525" = icmp ugt ptr %".524", %"data_end"
  br i1 %".525", label %"exit.21", label %"cont.21"
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
  %"cursor.11" = phi  i64 [%"cursor.12", %"cont.6"], [%"cursor.22", %"cont.10"], [%"cursor.28", %"to_ipv6.4"], [%"cursor.55", %"cont.34"], [%"cursor.65", %"cont.38"], [%"cursor.69", %"to_ipv6.10"], [%"cursor.100", %"cont.56"], [%"cursor.110", %"cont.60"], [%"cursor.112", %"to_ipv6.16"], [%"cursor.139", %"cont.73"], [%"cursor.145", %"cont.77"], [%"cursor.147", %"to_ipv6.21"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".661" = getelementptr i8, ptr %"hdr.9", i64 40
  %".662" = icmp ugt ptr %".661", %"data_end"
  br i1 %".662", label %"exit.27", label %"cont.27"
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
  br label %"udp"
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
  %".799" = getelementptr i8, ptr %"hdr.10", i64 2
  %".800" = icmp ugt ptr %".799", %"data_end"
  br i1 %".800", label %"exit.31", label %"cont.31"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.16" = phi  i64 [%".202", %"to_ipv6_frag"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.16"
  %".900" = getelementptr i8, ptr %"hdr.11", i64 8
  %".901" = icmp ugt ptr %".900", %"data_end"
  br i1 %".901", label %"exit.35", label %"cont.35"
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
  %".1024" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1025" = icmp ugt ptr %".1024", %"data_end"
  br i1 %".1025", label %"exit.39", label %"cont.39"
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
  %".411" = trunc i64 %"cursor.6" to i16
  %".412" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".411", ptr %".412", align 2
  br label %"return"
exit.16:
  %".418" = trunc i64 %"cursor.7" to i16
  %".419" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".418", ptr %".419", align 2
  br label %"return"
cont.16:
  %".422" = getelementptr i8, ptr %"hdr.6", i64 0
  %".423" = load i16, ptr %".422", align 2
  %".424" = call i16 @"llvm.bswap.i16"(i16 %".423")
  %".425" = zext i16 %".424" to i64
  %".426" = trunc i64 %".425" to i16
  %".427" = call i16 @"llvm.bswap.i16"(i16 %".426")
  %".428" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".427", ptr %".428", align 2
  %".430" = getelementptr i8, ptr %"hdr.6", i64 2
  %".431" = load i16, ptr %".430", align 2
  %".432" = call i16 @"llvm.bswap.i16"(i16 %".431")
  %".433" = zext i16 %".432" to i64
  %".434" = trunc i64 %".433" to i16
  %".435" = call i16 @"llvm.bswap.i16"(i16 %".434")
  %".436" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".435", ptr %".436", align 2
  %".438" = add i64 %"cursor.7", 8
  %".439" = trunc i64 %"cursor.7" to i16
  %".440" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".439", ptr %".440", align 2
  br label %"return"
exit.17:
  %".446" = trunc i64 %"cursor.8" to i16
  %".447" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".446", ptr %".447", align 2
  br label %"return"
cont.17:
  %".450" = getelementptr i8, ptr %"hdr.7", i64 1
  %".451" = load i8, ptr %".450", align 1
  %".452" = zext i8 %".451" to i64
  %".453" = and i64 %".452", 7
  %".454" = icmp ne i64 %".453", 0
  %".455" = getelementptr i8, ptr %"hdr.7", i64 0
  %".456" = load i8, ptr %".455", align 1
  %".457" = zext i8 %".456" to i64
  %".458" = lshr i64 %".457", 6
  %".459" = and i64 %".458", 1
  %".460" = icmp ne i64 %".459", 0
  %".461" = or i1 %".454", %".460"
  br i1 %".461", label %"exit.18", label %"cont.18"
exit.18:
  %".463" = trunc i64 %"cursor.8" to i16
  %".464" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".463", ptr %".464", align 2
  br label %"return"
cont.18:
  %".467" = add i64 %"cursor.8", 4
  %".468" = zext i8 %".456" to i64
  %".469" = lshr i64 %".468", 7
  %".470" = and i64 %".469", 1
  %".471" = zext i8 %".456" to i64
  %".472" = lshr i64 %".471", 5
  %".473" = and i64 %".472", 1
  %".474" = add i64 %".470", %".473"
  %".475" = zext i8 %".456" to i64
  %".476" = lshr i64 %".475", 4
  %".477" = and i64 %".476", 1
  %".478" = add i64 %".474", %".477"
  %".479" = mul i64 %".478", 4
  %".480" = add i64 %".479", 4
  %".481" = getelementptr i8, ptr %"hdr.7", i64 %".480"
  %".482" = icmp ugt ptr %".481", %"data_end"
  br i1 %".482", label %"exit.19", label %"cont.19"
exit.19:
  %".484" = trunc i64 %"cursor.8" to i16
  %".485" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".484", ptr %".485", align 2
  br label %"return"
cont.19:
  %"end.2" = add i64 %"cursor.8", %".480"
  %".488" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".488", align 1
  %".490" = and i32 %"flags", 4
  %".491" = icmp ne i32 %".490", 0
  br i1 %".491", label %"exit.20", label %"cont.20"
exit.20:
  %".493" = trunc i64 %"end.2" to i16
  %".494" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".493", ptr %".494", align 2
  br label %"return"
cont.20:
  %".497" = getelementptr i8, ptr %"hdr.7", i64 2
  %".498" = load i16, ptr %".497", align 2
  %".499" = call i16 @"llvm.bswap.i16"(i16 %".498")
  %".500" = zext i16 %".499" to i64
  switch i64 %".500", label %"unknown.4" [i64 2048, label %"to_ipv4.4" i64 34525, label %"to_ipv6.4" i64 25944, label %"to_ethernet"]
unknown.4:
  %".502" = trunc i64 %"end.2" to i16
  %".503" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".502", ptr %".503", align 2
  br label %"return"
to_ipv4.4:
  %".506" = getelementptr i8, ptr %"keys", i64 2
  %".507" = trunc i64 %"end.2" to i16
  store volatile i16 %".507", ptr %".506", align 2
  %".509" = load volatile i16, ptr %".506", align 2
  %".510" = zext i16 %".509" to i64
  %"cursor.27" = and i64 %".510", 16383
  br label %"ipv4_d1"
to_ipv6.4:
  %".512" = getelementptr i8, ptr %"keys", i64 2
  %".513" = trunc i64 %"end.2" to i16
  store volatile i16 %".513", ptr %".512", align 2
  %".515" = load volatile i16, ptr %".512", align 2
  %".516" = zext i16 %".515" to i64
  %"cursor.28" = and i64 %".516", 16383
  br label %"ipv6_d1"
to_ethernet:
  %".518" = getelementptr i8, ptr %"keys", i64 2
  %".519" = trunc i64 %"end.2" to i16
  store volatile i16 %".519", ptr %".518", align 2
  %".521" = load volatile i16, ptr %".518", align 2
  %".522" = zext i16 %".521" to i64
  %"cursor.30" = and i64 %".522", 16383
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.29" = phi  i64 [%"cursor.30", %"to_ethernet"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.29"
  %".1070" = getelementptr i8, ptr %"hdr.13", i64 14
  %".1071" = icmp ugt ptr %".1070", %"data_end"
  br i1 %".1071", label %"exit.40", label %"cont.40"
exit.21:
  %".527" = trunc i64 %"cursor.9" to i16
  %".528" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".527", ptr %".528", align 2
  br label %"return"
cont.21:
  %".531" = getelementptr i8, ptr %"hdr.8", i64 0
  %".532" = load i8, ptr %".531", align 1
  %".533" = zext i8 %".532" to i64
  %".534" = and i64 %".533", 15
  %".535" = icmp uge i64 %".534", 5
  %".536" = xor i1 %".535", -1
  br i1 %".536", label %"exit.22", label %"cont.22"
exit.22:
  %".538" = trunc i64 %"cursor.9" to i16
  %".539" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".538", ptr %".539", align 2
  br label %"return"
cont.22:
  %".542" = trunc i64 2048 to i16
  %".543" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".542", ptr %".543", align 2
  %".545" = trunc i64 2048 to i16
  %".546" = call i16 @"llvm.bswap.i16"(i16 %".545")
  %".547" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".546", ptr %".547", align 2
  %".549" = getelementptr i8, ptr %"hdr.8", i64 12
  %".550" = load i32, ptr %".549", align 4
  %".551" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".550", ptr %".551", align 4
  %".553" = getelementptr i8, ptr %"hdr.8", i64 16
  %".554" = load i32, ptr %".553", align 4
  %".555" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".554", ptr %".555", align 4
  %".557" = getelementptr i8, ptr %"hdr.8", i64 9
  %".558" = load i8, ptr %".557", align 1
  %".559" = zext i8 %".558" to i64
  %".560" = trunc i64 %".559" to i8
  %".561" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".560", ptr %".561", align 1
  %".563" = add i64 %"cursor.9", 20
  %".564" = zext i8 %".532" to i64
  %".565" = and i64 %".564", 15
  %".566" = mul i64 %".565", 4
  %".567" = sub i64 %".566", 20
  %".568" = add i64 %".567", 20
  %".569" = getelementptr i8, ptr %"hdr.8", i64 %".568"
  %".570" = icmp ugt ptr %".569", %"data_end"
  br i1 %".570", label %"exit.23", label %"cont.23"
exit.23:
  %".572" = trunc i64 %"cursor.9" to i16
  %".573" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".572", ptr %".573", align 2
  br label %"return"
cont.23:
  %"end.3" = add i64 %"cursor.9", %".568"
  %".576" = getelementptr i8, ptr %"hdr.8", i64 6
  %".577" = load i16, ptr %".576", align 2
  %".578" = call i16 @"llvm.bswap.i16"(i16 %".577")
  %".579" = zext i16 %".578" to i64
  %".580" = and i64 %".579", 16383
  %".581" = icmp ne i64 %".580", 0
  %".582" = call i16 @"llvm.bswap.i16"(i16 %".577")
  %".583" = zext i16 %".582" to i64
  %".584" = and i64 %".583", 8191
  %".585" = icmp eq i64 %".584", 0
  br i1 %".581", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".587" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".587", align 1
  br i1 %".585", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".605" = zext i8 %".558" to i64
  switch i64 %".605", label %"unknown.5" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 4, label %"to_ipv4.5" i64 41, label %"to_ipv6.5"]
first_fragment.1:
  %".594" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".594", align 1
  %".596" = and i32 %"flags", 1
  %".597" = icmp ne i32 %".596", 0
  %".598" = xor i1 %".597", -1
  br i1 %".598", label %"exit.24", label %"cont.24"
later_fragment.1:
  %".590" = trunc i64 %"end.3" to i16
  %".591" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".590", ptr %".591", align 2
  br label %"return"
exit.24:
  %".600" = trunc i64 %"end.3" to i16
  %".601" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".600", ptr %".601", align 2
  br label %"return"
cont.24:
  br label %"not_fragment.1"
unknown.5:
  %".607" = trunc i64 %"end.3" to i16
  %".608" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".607", ptr %".608", align 2
  br label %"return"
to_tcp.2:
  %".611" = getelementptr i8, ptr %"keys", i64 2
  %".612" = trunc i64 %"end.3" to i16
  store volatile i16 %".612", ptr %".611", align 2
  %".614" = load volatile i16, ptr %".611", align 2
  %".615" = zext i16 %".614" to i64
  %"cursor.31" = and i64 %".615", 16383
  br label %"tcp"
to_udp.2:
  %".617" = getelementptr i8, ptr %"keys", i64 2
  %".618" = trunc i64 %"end.3" to i16
  store volatile i16 %".618", ptr %".617", align 2
  %".620" = load volatile i16, ptr %".617", align 2
  %".621" = zext i16 %".620" to i64
  %"cursor.32" = and i64 %".621", 16383
  br label %"udp"
to_udplite.2:
  %".623" = getelementptr i8, ptr %"keys", i64 2
  %".624" = trunc i64 %"end.3" to i16
  store volatile i16 %".624", ptr %".623", align 2
  %".626" = load volatile i16, ptr %".623", align 2
  %".627" = zext i16 %".626" to i64
  %"cursor.33" = and i64 %".627", 16383
  br label %"udplite"
to_gre.2:
  %".629" = getelementptr i8, ptr %"keys", i64 2
  %".630" = trunc i64 %"end.3" to i16
  store volatile i16 %".630", ptr %".629", align 2
  %".632" = load volatile i16, ptr %".629", align 2
  %".633" = zext i16 %".632" to i64
  %"cursor.35" = and i64 %".633", 16383
  br label %"gre_d1"
to_ipv4.5:
  %".635" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".635", align 1
  %".637" = and i32 %"flags", 4
  %".638" = icmp ne i32 %".637", 0
  br i1 %".638", label %"exit.25", label %"cont.25"
to_ipv6.5:
  %".648" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".648", align 1
  %".650" = and i32 %"flags", 4
  %".651" = icmp ne i32 %".650", 0
  br i1 %".651", label %"exit.26", label %"cont.26"
gre_d1:
  %"cursor.34" = phi  i64 [%"cursor.35", %"to_gre.2"], [%"cursor.45", %"to_gre.3"], [%"cursor.82", %"to_gre.6"], [%"cursor.90", %"to_gre.7"], [%"cursor.125", %"to_gre.10"], [%"cursor.133", %"to_gre.11"], [%"cursor.151", %"to_gre.14"], [%"cursor.155", %"to_gre.15"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.34"
  %".1111" = getelementptr i8, ptr %"hdr.14", i64 4
  %".1112" = icmp ugt ptr %".1111", %"data_end"
  br i1 %".1112", label %"exit.41", label %"cont.41"
exit.25:
  %".640" = trunc i64 %"end.3" to i16
  %".641" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".640", ptr %".641", align 2
  br label %"return"
cont.25:
  %".644" = trunc i64 %"end.3" to i16
  %".645" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".644", ptr %".645", align 2
  br label %"return"
exit.26:
  %".653" = trunc i64 %"end.3" to i16
  %".654" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".653", ptr %".654", align 2
  br label %"return"
cont.26:
  %".657" = trunc i64 %"end.3" to i16
  %".658" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".657", ptr %".658", align 2
  br label %"return"
exit.27:
  %".664" = trunc i64 %"cursor.11" to i16
  %".665" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".664", ptr %".665", align 2
  br label %"return"
cont.27:
  %".668" = trunc i64 34525 to i16
  %".669" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".668", ptr %".669", align 2
  %".671" = trunc i64 34525 to i16
  %".672" = call i16 @"llvm.bswap.i16"(i16 %".671")
  %".673" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".672", ptr %".673", align 2
  %".675" = getelementptr i8, ptr %"hdr.9", i64 8
  %".676" = load i64, ptr %".675", align 8
  %".677" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".676", ptr %".677", align 8
  %".679" = getelementptr i8, ptr %"hdr.9", i64 16
  %".680" = load i64, ptr %".679", align 8
  %".681" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".680", ptr %".681", align 8
  %".683" = getelementptr i8, ptr %"hdr.9", i64 24
  %".684" = load i64, ptr %".683", align 8
  %".685" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".684", ptr %".685", align 8
  %".687" = getelementptr i8, ptr %"hdr.9", i64 32
  %".688" = load i64, ptr %".687", align 8
  %".689" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".688", ptr %".689", align 8
  %".691" = getelementptr i8, ptr %"hdr.9", i64 6
  %".692" = load i8, ptr %".691", align 1
  %".693" = zext i8 %".692" to i64
  %".694" = trunc i64 %".693" to i8
  %".695" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".694", ptr %".695", align 1
  %".697" = getelementptr i8, ptr %"hdr.9", i64 0
  %".698" = load i32, ptr %".697", align 4
  %".699" = call i32 @"llvm.bswap.i32"(i32 %".698")
  %".700" = zext i32 %".699" to i64
  %".701" = and i64 %".700", 1048575
  %".702" = trunc i64 %".701" to i32
  %".703" = call i32 @"llvm.bswap.i32"(i32 %".702")
  %".704" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".703", ptr %".704", align 4
  %".706" = add i64 %"cursor.11", 40
  %".707" = call i32 @"llvm.bswap.i32"(i32 %".698")
  %".708" = zext i32 %".707" to i64
  %".709" = and i64 %".708", 1048575
  %".710" = icmp ne i64 %".709", 0
  %".711" = and i32 %"flags", 2
  %".712" = icmp ne i32 %".711", 0
  %".713" = and i1 %".710", %".712"
  br i1 %".713", label %"exit.28", label %"cont.28"
exit.28:
  %".715" = trunc i64 %".706" to i16
  %".716" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".715", ptr %".716", align 2
  br label %"return"
cont.28:
  %".719" = zext i8 %".692" to i64
  switch i64 %".719", label %"unknown.6" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
unknown.6:
  %".721" = trunc i64 %".706" to i16
  %".722" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".721", ptr %".722", align 2
  br label %"return"
to_ipv6_opts.3:
  %".725" = getelementptr i8, ptr %"keys", i64 2
  %".726" = trunc i64 %".706" to i16
  store volatile i16 %".726", ptr %".725", align 2
  %".728" = load volatile i16, ptr %".725", align 2
  %".729" = zext i16 %".728" to i64
  %"cursor.37" = and i64 %".729", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  %".731" = getelementptr i8, ptr %"keys", i64 2
  %".732" = trunc i64 %".706" to i16
  store volatile i16 %".732", ptr %".731", align 2
  %".734" = load volatile i16, ptr %".731", align 2
  %".735" = zext i16 %".734" to i64
  %"cursor.38" = and i64 %".735", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  %".737" = getelementptr i8, ptr %"keys", i64 2
  %".738" = trunc i64 %".706" to i16
  store volatile i16 %".738", ptr %".737", align 2
  %".740" = load volatile i16, ptr %".737", align 2
  %".741" = zext i16 %".740" to i64
  %"cursor.39" = and i64 %".741", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  %".743" = getelementptr i8, ptr %"keys", i64 2
  %".744" = trunc i64 %".706" to i16
  store volatile i16 %".744", ptr %".743", align 2
  %".746" = load volatile i16, ptr %".743", align 2
  %".747" = zext i16 %".746" to i64
  %"cursor.41" = and i64 %".747", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  %".749" = getelementptr i8, ptr %"keys", i64 2
  %".750" = trunc i64 %".706" to i16
  store volatile i16 %".750", ptr %".749", align 2
  %".752" = load volatile i16, ptr %".749", align 2
  %".753" = zext i16 %".752" to i64
  %"cursor.42" = and i64 %".753", 16383
  br label %"tcp"
to_udp.3:
  %".755" = getelementptr i8, ptr %"keys", i64 2
  %".756" = trunc i64 %".706" to i16
  store volatile i16 %".756", ptr %".755", align 2
  %".758" = load volatile i16, ptr %".755", align 2
  %".759" = zext i16 %".758" to i64
  %"cursor.43" = and i64 %".759", 16383
  br label %"udp"
to_udplite.3:
  %".761" = getelementptr i8, ptr %"keys", i64 2
  %".762" = trunc i64 %".706" to i16
  store volatile i16 %".762", ptr %".761", align 2
  %".764" = load volatile i16, ptr %".761", align 2
  %".765" = zext i16 %".764" to i64
  %"cursor.44" = and i64 %".765", 16383
  br label %"udplite"
to_gre.3:
  %".767" = getelementptr i8, ptr %"keys", i64 2
  %".768" = trunc i64 %".706" to i16
  store volatile i16 %".768", ptr %".767", align 2
  %".770" = load volatile i16, ptr %".767", align 2
  %".771" = zext i16 %".770" to i64
  %"cursor.45" = and i64 %".771", 16383
  br label %"gre_d1"
to_ipv4.6:
  %".773" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".773", align 1
  %".775" = and i32 %"flags", 4
  %".776" = icmp ne i32 %".775", 0
  br i1 %".776", label %"exit.29", label %"cont.29"
to_ipv6.6:
  %".786" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".786", align 1
  %".788" = and i32 %"flags", 4
  %".789" = icmp ne i32 %".788", 0
  br i1 %".789", label %"exit.30", label %"cont.30"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.36" = phi  i64 [%"cursor.37", %"to_ipv6_opts.3"], [%"cursor.38", %"to_ipv6_opts.4"], [%"cursor.39", %"to_ipv6_opts.5"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.36"
  %".1186" = getelementptr i8, ptr %"hdr.15", i64 2
  %".1187" = icmp ugt ptr %".1186", %"data_end"
  br i1 %".1187", label %"exit.45", label %"cont.45"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.40" = phi  i64 [%"cursor.41", %"to_ipv6_frag.1"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.40"
  %".1293" = getelementptr i8, ptr %"hdr.16", i64 8
  %".1294" = icmp ugt ptr %".1293", %"data_end"
  br i1 %".1294", label %"exit.49", label %"cont.49"
exit.29:
  %".778" = trunc i64 %".706" to i16
  %".779" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".778", ptr %".779", align 2
  br label %"return"
cont.29:
  %".782" = trunc i64 %".706" to i16
  %".783" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".782", ptr %".783", align 2
  br label %"return"
exit.30:
  %".791" = trunc i64 %".706" to i16
  %".792" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".791", ptr %".792", align 2
  br label %"return"
cont.30:
  %".795" = trunc i64 %".706" to i16
  %".796" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".795", ptr %".796", align 2
  br label %"return"
exit.31:
  %".802" = trunc i64 %"cursor.13" to i16
  %".803" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".802", ptr %".803", align 2
  br label %"return"
cont.31:
  %".806" = getelementptr i8, ptr %"hdr.10", i64 0
  %".807" = load i8, ptr %".806", align 1
  %".808" = zext i8 %".807" to i64
  %".809" = trunc i64 %".808" to i8
  %".810" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".809", ptr %".810", align 1
  %".812" = add i64 %"cursor.13", 2
  %".813" = getelementptr i8, ptr %"hdr.10", i64 1
  %".814" = load i8, ptr %".813", align 1
  %".815" = zext i8 %".814" to i64
  %".816" = mul i64 %".815", 8
  %".817" = add i64 %".816", 6
  %".818" = add i64 %".817", 2
  %".819" = getelementptr i8, ptr %"hdr.10", i64 %".818"
  %".820" = icmp ugt ptr %".819", %"data_end"
  br i1 %".820", label %"exit.32", label %"cont.32"
exit.32:
  %".822" = trunc i64 %"cursor.13" to i16
  %".823" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".822", ptr %".823", align 2
  br label %"return"
cont.32:
  %"end.4" = add i64 %"cursor.13", %".818"
  %".826" = zext i8 %".807" to i64
  switch i64 %".826", label %"unknown.7" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.7:
  %".828" = trunc i64 %"end.4" to i16
  %".829" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".828", ptr %".829", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  %".833" = getelementptr i8, ptr %"keys", i64 2
  %".834" = trunc i64 %"end.4" to i16
  store volatile i16 %".834", ptr %".833", align 2
  %".836" = load volatile i16, ptr %".833", align 2
  %".837" = zext i16 %".836" to i64
  %"cursor.47" = and i64 %".837", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  %".839" = getelementptr i8, ptr %"keys", i64 2
  %".840" = trunc i64 %"end.4" to i16
  store volatile i16 %".840", ptr %".839", align 2
  %".842" = load volatile i16, ptr %".839", align 2
  %".843" = zext i16 %".842" to i64
  %"cursor.48" = and i64 %".843", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  %".846" = getelementptr i8, ptr %"keys", i64 2
  %".847" = trunc i64 %"end.4" to i16
  store volatile i16 %".847", ptr %".846", align 2
  %".849" = load volatile i16, ptr %".846", align 2
  %".850" = zext i16 %".849" to i64
  %"cursor.50" = and i64 %".850", 16383
  br label %"tcp"
to_udp.4:
  %".852" = getelementptr i8, ptr %"keys", i64 2
  %".853" = trunc i64 %"end.4" to i16
  store volatile i16 %".853", ptr %".852", align 2
  %".855" = load volatile i16, ptr %".852", align 2
  %".856" = zext i16 %".855" to i64
  %"cursor.51" = and i64 %".856", 16383
  br label %"udp"
to_udplite.4:
  %".858" = getelementptr i8, ptr %"keys", i64 2
  %".859" = trunc i64 %"end.4" to i16
  store volatile i16 %".859", ptr %".858", align 2
  %".861" = load volatile i16, ptr %".858", align 2
  %".862" = zext i16 %".861" to i64
  %"cursor.52" = and i64 %".862", 16383
  br label %"udplite"
to_gre.4:
  %".864" = getelementptr i8, ptr %"keys", i64 2
  %".865" = trunc i64 %"end.4" to i16
  store volatile i16 %".865", ptr %".864", align 2
  %".867" = load volatile i16, ptr %".864", align 2
  %".868" = zext i16 %".867" to i64
  %"cursor.53" = and i64 %".868", 16383
  br label %"gre_d0"
to_ipv4.7:
  %".870" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".870", align 1
  %".872" = and i32 %"flags", 4
  %".873" = icmp ne i32 %".872", 0
  br i1 %".873", label %"exit.33", label %"cont.33"
to_ipv6.7:
  %".885" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".885", align 1
  %".887" = and i32 %"flags", 4
  %".888" = icmp ne i32 %".887", 0
  br i1 %".888", label %"exit.34", label %"cont.34"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.46" = phi  i64 [%"end.4", %"to_ipv6_opts.6"], [%"cursor.47", %"to_ipv6_opts.7"], [%"cursor.48", %"to_ipv6_opts.8"], [%"cursor.56", %"to_ipv6_opts.9"], [%"cursor.57", %"to_ipv6_opts.10"], [%"cursor.58", %"to_ipv6_opts.11"]
  %"hdr.17" = getelementptr i8, ptr %"data", i64 %"cursor.46"
  %".1413" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1414" = icmp ugt ptr %".1413", %"data_end"
  br i1 %".1414", label %"exit.53", label %"cont.53"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.49" = phi  i64 [%"end.4", %"to_ipv6_frag.2"], [%"cursor.59", %"to_ipv6_frag.3"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.49"
  %".1514" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1515" = icmp ugt ptr %".1514", %"data_end"
  br i1 %".1515", label %"exit.57", label %"cont.57"
exit.33:
  %".875" = trunc i64 %"end.4" to i16
  %".876" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".875", ptr %".876", align 2
  br label %"return"
cont.33:
  %".879" = getelementptr i8, ptr %"keys", i64 2
  %".880" = trunc i64 %"end.4" to i16
  store volatile i16 %".880", ptr %".879", align 2
  %".882" = load volatile i16, ptr %".879", align 2
  %".883" = zext i16 %".882" to i64
  %"cursor.54" = and i64 %".883", 16383
  br label %"ipv4_d1"
exit.34:
  %".890" = trunc i64 %"end.4" to i16
  %".891" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".890", ptr %".891", align 2
  br label %"return"
cont.34:
  %".894" = getelementptr i8, ptr %"keys", i64 2
  %".895" = trunc i64 %"end.4" to i16
  store volatile i16 %".895", ptr %".894", align 2
  %".897" = load volatile i16, ptr %".894", align 2
  %".898" = zext i16 %".897" to i64
  %"cursor.55" = and i64 %".898", 16383
  br label %"ipv6_d1"
exit.35:
  %".903" = trunc i64 %"cursor.16" to i16
  %".904" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".903", ptr %".904", align 2
  br label %"return"
cont.35:
  %".907" = getelementptr i8, ptr %"hdr.11", i64 0
  %".908" = load i8, ptr %".907", align 1
  %".909" = zext i8 %".908" to i64
  %".910" = trunc i64 %".909" to i8
  %".911" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".910", ptr %".911", align 1
  %".913" = add i64 %"cursor.16", 8
  %".914" = icmp ne i64 1, 0
  %".915" = getelementptr i8, ptr %"hdr.11", i64 2
  %".916" = load i16, ptr %".915", align 2
  %".917" = call i16 @"llvm.bswap.i16"(i16 %".916")
  %".918" = zext i16 %".917" to i64
  %".919" = and i64 %".918", 65528
  %".920" = icmp eq i64 %".919", 0
  br i1 %".914", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".922" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".922", align 1
  br i1 %".920", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".940" = zext i8 %".908" to i64
  switch i64 %".940", label %"unknown.8" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
first_fragment.2:
  %".929" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".929", align 1
  %".931" = and i32 %"flags", 1
  %".932" = icmp ne i32 %".931", 0
  %".933" = xor i1 %".932", -1
  br i1 %".933", label %"exit.36", label %"cont.36"
later_fragment.2:
  %".925" = trunc i64 %".913" to i16
  %".926" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".925", ptr %".926", align 2
  br label %"return"
exit.36:
  %".935" = trunc i64 %".913" to i16
  %".936" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".935", ptr %".936", align 2
  br label %"return"
cont.36:
  br label %"not_fragment.2"
unknown.8:
  %".942" = trunc i64 %".913" to i16
  %".943" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".942", ptr %".943", align 2
  br label %"return"
to_ipv6_opts.9:
  %".946" = getelementptr i8, ptr %"keys", i64 2
  %".947" = trunc i64 %".913" to i16
  store volatile i16 %".947", ptr %".946", align 2
  %".949" = load volatile i16, ptr %".946", align 2
  %".950" = zext i16 %".949" to i64
  %"cursor.56" = and i64 %".950", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  %".952" = getelementptr i8, ptr %"keys", i64 2
  %".953" = trunc i64 %".913" to i16
  store volatile i16 %".953", ptr %".952", align 2
  %".955" = load volatile i16, ptr %".952", align 2
  %".956" = zext i16 %".955" to i64
  %"cursor.57" = and i64 %".956", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  %".958" = getelementptr i8, ptr %"keys", i64 2
  %".959" = trunc i64 %".913" to i16
  store volatile i16 %".959", ptr %".958", align 2
  %".961" = load volatile i16, ptr %".958", align 2
  %".962" = zext i16 %".961" to i64
  %"cursor.58" = and i64 %".962", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  %".964" = getelementptr i8, ptr %"keys", i64 2
  %".965" = trunc i64 %".913" to i16
  store volatile i16 %".965", ptr %".964", align 2
  %".967" = load volatile i16, ptr %".964", align 2
  %".968" = zext i16 %".967" to i64
  %"cursor.59" = and i64 %".968", 16383
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  %".970" = getelementptr i8, ptr %"keys", i64 2
  %".971" = trunc i64 %".913" to i16
  store volatile i16 %".971", ptr %".970", align 2
  %".973" = load volatile i16, ptr %".970", align 2
  %".974" = zext i16 %".973" to i64
  %"cursor.60" = and i64 %".974", 16383
  br label %"tcp"
to_udp.5:
  %".976" = getelementptr i8, ptr %"keys", i64 2
  %".977" = trunc i64 %".913" to i16
  store volatile i16 %".977", ptr %".976", align 2
  %".979" = load volatile i16, ptr %".976", align 2
  %".980" = zext i16 %".979" to i64
  %"cursor.61" = and i64 %".980", 16383
  br label %"udp"
to_udplite.5:
  %".982" = getelementptr i8, ptr %"keys", i64 2
  %".983" = trunc i64 %".913" to i16
  store volatile i16 %".983", ptr %".982", align 2
  %".985" = load volatile i16, ptr %".982", align 2
  %".986" = zext i16 %".985" to i64
  %"cursor.62" = and i64 %".986", 16383
  br label %"udplite"
to_gre.5:
  %".988" = getelementptr i8, ptr %"keys", i64 2
  %".989" = trunc i64 %".913" to i16
  store volatile i16 %".989", ptr %".988", align 2
  %".991" = load volatile i16, ptr %".988", align 2
  %".992" = zext i16 %".991" to i64
  %"cursor.63" = and i64 %".992", 16383
  br label %"gre_d0"
to_ipv4.8:
  %".994" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".994", align 1
  %".996" = and i32 %"flags", 4
  %".997" = icmp ne i32 %".996", 0
  br i1 %".997", label %"exit.37", label %"cont.37"
to_ipv6.8:
  %".1009" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1009", align 1
  %".1011" = and i32 %"flags", 4
  %".1012" = icmp ne i32 %".1011", 0
  br i1 %".1012", label %"exit.38", label %"cont.38"
exit.37:
  %".999" = trunc i64 %".913" to i16
  %".1000" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".999", ptr %".1000", align 2
  br label %"return"
cont.37:
  %".1003" = getelementptr i8, ptr %"keys", i64 2
  %".1004" = trunc i64 %".913" to i16
  store volatile i16 %".1004", ptr %".1003", align 2
  %".1006" = load volatile i16, ptr %".1003", align 2
  %".1007" = zext i16 %".1006" to i64
  %"cursor.64" = and i64 %".1007", 16383
  br label %"ipv4_d1"
exit.38:
  %".1014" = trunc i64 %".913" to i16
  %".1015" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1014", ptr %".1015", align 2
  br label %"return"
cont.38:
  %".1018" = getelementptr i8, ptr %"keys", i64 2
  %".1019" = trunc i64 %".913" to i16
  store volatile i16 %".1019", ptr %".1018", align 2
  %".1021" = load volatile i16, ptr %".1018", align 2
  %".1022" = zext i16 %".1021" to i64
  %"cursor.65" = and i64 %".1022", 16383
  br label %"ipv6_d1"
exit.39:
  %".1027" = trunc i64 %"cursor.25" to i16
  %".1028" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1027", ptr %".1028", align 2
  br label %"return"
cont.39:
  %".1031" = getelementptr i8, ptr %"hdr.12", i64 2
  %".1032" = load i16, ptr %".1031", align 2
  %".1033" = call i16 @"llvm.bswap.i16"(i16 %".1032")
  %".1034" = zext i16 %".1033" to i64
  %".1035" = trunc i64 %".1034" to i16
  %".1036" = call i16 @"llvm.bswap.i16"(i16 %".1035")
  %".1037" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1036", ptr %".1037", align 2
  %".1039" = add i64 %"cursor.25", 4
  %".1040" = trunc i64 %".1039" to i16
  %".1041" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1040", ptr %".1041", align 2
  %".1043" = call i16 @"llvm.bswap.i16"(i16 %".1032")
  %".1044" = zext i16 %".1043" to i64
  switch i64 %".1044", label %"unknown.9" [i64 2048, label %"to_ipv4.9" i64 34525, label %"to_ipv6.9" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5"]
unknown.9:
  %".1046" = trunc i64 %".1039" to i16
  %".1047" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1046", ptr %".1047", align 2
  br label %"return"
to_ipv4.9:
  %".1050" = getelementptr i8, ptr %"keys", i64 2
  %".1051" = trunc i64 %".1039" to i16
  store volatile i16 %".1051", ptr %".1050", align 2
  %".1053" = load volatile i16, ptr %".1050", align 2
  %".1054" = zext i16 %".1053" to i64
  %"cursor.66" = and i64 %".1054", 16383
  br label %"ipv4_d0"
to_ipv6.9:
  %".1056" = getelementptr i8, ptr %"keys", i64 2
  %".1057" = trunc i64 %".1039" to i16
  store volatile i16 %".1057", ptr %".1056", align 2
  %".1059" = load volatile i16, ptr %".1056", align 2
  %".1060" = zext i16 %".1059" to i64
  %"cursor.67" = and i64 %".1060", 16383
  br label %"ipv6_d0"
to_vlan.4:
  %".1062" = trunc i64 %".1039" to i16
  %".1063" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1062", ptr %".1063", align 2
  br label %"return"
to_vlan.5:
  %".1066" = trunc i64 %".1039" to i16
  %".1067" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1066", ptr %".1067", align 2
  br label %"return"
exit.40:
  %".1073" = trunc i64 %"cursor.29" to i16
  %".1074" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1073", ptr %".1074", align 2
  br label %"return"
cont.40:
  %".1077" = add i64 %"cursor.29", 14
  %".1078" = getelementptr i8, ptr %"hdr.13", i64 12
  %".1079" = load i16, ptr %".1078", align 2
  %".1080" = call i16 @"llvm.bswap.i16"(i16 %".1079")
  %".1081" = zext i16 %".1080" to i64
  switch i64 %".1081", label %"unknown.10" [i64 2048, label %"to_ipv4.10" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7"]
unknown.10:
  %".1083" = trunc i64 %".1077" to i16
  %".1084" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1083", ptr %".1084", align 2
  br label %"return"
to_ipv4.10:
  %".1087" = getelementptr i8, ptr %"keys", i64 2
  %".1088" = trunc i64 %".1077" to i16
  store volatile i16 %".1088", ptr %".1087", align 2
  %".1090" = load volatile i16, ptr %".1087", align 2
  %".1091" = zext i16 %".1090" to i64
  %"cursor.68" = and i64 %".1091", 16383
  br label %"ipv4_d1"
to_ipv6.10:
  %".1093" = getelementptr i8, ptr %"keys", i64 2
  %".1094" = trunc i64 %".1077" to i16
  store volatile i16 %".1094", ptr %".1093", align 2
  %".1096" = load volatile i16, ptr %".1093", align 2
  %".1097" = zext i16 %".1096" to i64
  %"cursor.69" = and i64 %".1097", 16383
  br label %"ipv6_d1"
to_vlan.6:
  %".1099" = getelementptr i8, ptr %"keys", i64 2
  %".1100" = trunc i64 %".1077" to i16
  store volatile i16 %".1100", ptr %".1099", align 2
  %".1102" = load volatile i16, ptr %".1099", align 2
  %".1103" = zext i16 %".1102" to i64
  %"cursor.71" = and i64 %".1103", 16383
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  %".1105" = getelementptr i8, ptr %"keys", i64 2
  %".1106" = trunc i64 %".1077" to i16
  store volatile i16 %".1106", ptr %".1105", align 2
  %".1108" = load volatile i16, ptr %".1105", align 2
  %".1109" = zext i16 %".1108" to i64
  %"cursor.72" = and i64 %".1109", 16383
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.70" = phi  i64 [%"cursor.71", %"to_vlan.6"], [%"cursor.72", %"to_vlan.7"]
  %"hdr.19" = getelementptr i8, ptr %"data", i64 %"cursor.70"
  %".1638" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1639" = icmp ugt ptr %".1638", %"data_end"
  br i1 %".1639", label %"exit.61", label %"cont.61"
exit.41:
  %".1114" = trunc i64 %"cursor.34" to i16
  %".1115" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1114", ptr %".1115", align 2
  br label %"return"
cont.41:
  %".1118" = getelementptr i8, ptr %"hdr.14", i64 1
  %".1119" = load i8, ptr %".1118", align 1
  %".1120" = zext i8 %".1119" to i64
  %".1121" = and i64 %".1120", 7
  %".1122" = icmp ne i64 %".1121", 0
  %".1123" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1124" = load i8, ptr %".1123", align 1
  %".1125" = zext i8 %".1124" to i64
  %".1126" = lshr i64 %".1125", 6
  %".1127" = and i64 %".1126", 1
  %".1128" = icmp ne i64 %".1127", 0
  %".1129" = or i1 %".1122", %".1128"
  br i1 %".1129", label %"exit.42", label %"cont.42"
exit.42:
  %".1131" = trunc i64 %"cursor.34" to i16
  %".1132" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1131", ptr %".1132", align 2
  br label %"return"
cont.42:
  %".1135" = add i64 %"cursor.34", 4
  %".1136" = zext i8 %".1124" to i64
  %".1137" = lshr i64 %".1136", 7
  %".1138" = and i64 %".1137", 1
  %".1139" = zext i8 %".1124" to i64
  %".1140" = lshr i64 %".1139", 5
  %".1141" = and i64 %".1140", 1
  %".1142" = add i64 %".1138", %".1141"
  %".1143" = zext i8 %".1124" to i64
  %".1144" = lshr i64 %".1143", 4
  %".1145" = and i64 %".1144", 1
  %".1146" = add i64 %".1142", %".1145"
  %".1147" = mul i64 %".1146", 4
  %".1148" = add i64 %".1147", 4
  %".1149" = getelementptr i8, ptr %"hdr.14", i64 %".1148"
  %".1150" = icmp ugt ptr %".1149", %"data_end"
  br i1 %".1150", label %"exit.43", label %"cont.43"
exit.43:
  %".1152" = trunc i64 %"cursor.34" to i16
  %".1153" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1152", ptr %".1153", align 2
  br label %"return"
cont.43:
  %"end.5" = add i64 %"cursor.34", %".1148"
  %".1156" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1156", align 1
  %".1158" = and i32 %"flags", 4
  %".1159" = icmp ne i32 %".1158", 0
  br i1 %".1159", label %"exit.44", label %"cont.44"
exit.44:
  %".1161" = trunc i64 %"end.5" to i16
  %".1162" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1161", ptr %".1162", align 2
  br label %"return"
cont.44:
  %".1165" = getelementptr i8, ptr %"hdr.14", i64 2
  %".1166" = load i16, ptr %".1165", align 2
  %".1167" = call i16 @"llvm.bswap.i16"(i16 %".1166")
  %".1168" = zext i16 %".1167" to i64
  switch i64 %".1168", label %"unknown.11" [i64 2048, label %"to_ipv4.11" i64 34525, label %"to_ipv6.11" i64 25944, label %"to_ethernet.1"]
unknown.11:
  %".1170" = trunc i64 %"end.5" to i16
  %".1171" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1170", ptr %".1171", align 2
  br label %"return"
to_ipv4.11:
  %".1174" = trunc i64 %"end.5" to i16
  %".1175" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1174", ptr %".1175", align 2
  br label %"return"
to_ipv6.11:
  %".1178" = trunc i64 %"end.5" to i16
  %".1179" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1178", ptr %".1179", align 2
  br label %"return"
to_ethernet.1:
  %".1182" = trunc i64 %"end.5" to i16
  %".1183" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1182", ptr %".1183", align 2
  br label %"return"
exit.45:
  %".1189" = trunc i64 %"cursor.36" to i16
  %".1190" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1189", ptr %".1190", align 2
  br label %"return"
cont.45:
  %".1193" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1194" = load i8, ptr %".1193", align 1
  %".1195" = zext i8 %".1194" to i64
  %".1196" = trunc i64 %".1195" to i8
  %".1197" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1196", ptr %".1197", align 1
  %".1199" = add i64 %"cursor.36", 2
  %".1200" = getelementptr i8, ptr %"hdr.15", i64 1
  %".1201" = load i8, ptr %".1200", align 1
  %".1202" = zext i8 %".1201" to i64
  %".1203" = mul i64 %".1202", 8
  %".1204" = add i64 %".1203", 6
  %".1205" = add i64 %".1204", 2
  %".1206" = getelementptr i8, ptr %"hdr.15", i64 %".1205"
  %".1207" = icmp ugt ptr %".1206", %"data_end"
  br i1 %".1207", label %"exit.46", label %"cont.46"
exit.46:
  %".1209" = trunc i64 %"cursor.36" to i16
  %".1210" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1209", ptr %".1210", align 2
  br label %"return"
cont.46:
  %"end.6" = add i64 %"cursor.36", %".1205"
  %".1213" = zext i8 %".1194" to i64
  switch i64 %".1213", label %"unknown.12" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 4, label %"to_ipv4.12" i64 41, label %"to_ipv6.12"]
unknown.12:
  %".1215" = trunc i64 %"end.6" to i16
  %".1216" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1215", ptr %".1216", align 2
  br label %"return"
to_ipv6_opts.12:
  %".1219" = getelementptr i8, ptr %"keys", i64 2
  %".1220" = trunc i64 %"end.6" to i16
  store volatile i16 %".1220", ptr %".1219", align 2
  %".1222" = load volatile i16, ptr %".1219", align 2
  %".1223" = zext i16 %".1222" to i64
  %"cursor.74" = and i64 %".1223", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  %".1225" = getelementptr i8, ptr %"keys", i64 2
  %".1226" = trunc i64 %"end.6" to i16
  store volatile i16 %".1226", ptr %".1225", align 2
  %".1228" = load volatile i16, ptr %".1225", align 2
  %".1229" = zext i16 %".1228" to i64
  %"cursor.75" = and i64 %".1229", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  %".1231" = getelementptr i8, ptr %"keys", i64 2
  %".1232" = trunc i64 %"end.6" to i16
  store volatile i16 %".1232", ptr %".1231", align 2
  %".1234" = load volatile i16, ptr %".1231", align 2
  %".1235" = zext i16 %".1234" to i64
  %"cursor.76" = and i64 %".1235", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  %".1237" = getelementptr i8, ptr %"keys", i64 2
  %".1238" = trunc i64 %"end.6" to i16
  store volatile i16 %".1238", ptr %".1237", align 2
  %".1240" = load volatile i16, ptr %".1237", align 2
  %".1241" = zext i16 %".1240" to i64
  %"cursor.78" = and i64 %".1241", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  %".1243" = getelementptr i8, ptr %"keys", i64 2
  %".1244" = trunc i64 %"end.6" to i16
  store volatile i16 %".1244", ptr %".1243", align 2
  %".1246" = load volatile i16, ptr %".1243", align 2
  %".1247" = zext i16 %".1246" to i64
  %"cursor.79" = and i64 %".1247", 16383
  br label %"tcp"
to_udp.6:
  %".1249" = getelementptr i8, ptr %"keys", i64 2
  %".1250" = trunc i64 %"end.6" to i16
  store volatile i16 %".1250", ptr %".1249", align 2
  %".1252" = load volatile i16, ptr %".1249", align 2
  %".1253" = zext i16 %".1252" to i64
  %"cursor.80" = and i64 %".1253", 16383
  br label %"udp"
to_udplite.6:
  %".1255" = getelementptr i8, ptr %"keys", i64 2
  %".1256" = trunc i64 %"end.6" to i16
  store volatile i16 %".1256", ptr %".1255", align 2
  %".1258" = load volatile i16, ptr %".1255", align 2
  %".1259" = zext i16 %".1258" to i64
  %"cursor.81" = and i64 %".1259", 16383
  br label %"udplite"
to_gre.6:
  %".1261" = getelementptr i8, ptr %"keys", i64 2
  %".1262" = trunc i64 %"end.6" to i16
  store volatile i16 %".1262", ptr %".1261", align 2
  %".1264" = load volatile i16, ptr %".1261", align 2
  %".1265" = zext i16 %".1264" to i64
  %"cursor.82" = and i64 %".1265", 16383
  br label %"gre_d1"
to_ipv4.12:
  %".1267" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1267", align 1
  %".1269" = and i32 %"flags", 4
  %".1270" = icmp ne i32 %".1269", 0
  br i1 %".1270", label %"exit.47", label %"cont.47"
to_ipv6.12:
  %".1280" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1280", align 1
  %".1282" = and i32 %"flags", 4
  %".1283" = icmp ne i32 %".1282", 0
  br i1 %".1283", label %"exit.48", label %"cont.48"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.73" = phi  i64 [%"cursor.74", %"to_ipv6_opts.12"], [%"cursor.75", %"to_ipv6_opts.13"], [%"cursor.76", %"to_ipv6_opts.14"], [%"cursor.83", %"to_ipv6_opts.15"], [%"cursor.84", %"to_ipv6_opts.16"], [%"cursor.85", %"to_ipv6_opts.17"]
  %"hdr.20" = getelementptr i8, ptr %"data", i64 %"cursor.73"
  %".1688" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1689" = icmp ugt ptr %".1688", %"data_end"
  br i1 %".1689", label %"exit.62", label %"cont.62"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.77" = phi  i64 [%"cursor.78", %"to_ipv6_frag.4"], [%"cursor.86", %"to_ipv6_frag.5"]
  %"hdr.21" = getelementptr i8, ptr %"data", i64 %"cursor.77"
  %".1795" = getelementptr i8, ptr %"hdr.21", i64 8
  %".1796" = icmp ugt ptr %".1795", %"data_end"
  br i1 %".1796", label %"exit.66", label %"cont.66"
exit.47:
  %".1272" = trunc i64 %"end.6" to i16
  %".1273" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1272", ptr %".1273", align 2
  br label %"return"
cont.47:
  %".1276" = trunc i64 %"end.6" to i16
  %".1277" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1276", ptr %".1277", align 2
  br label %"return"
exit.48:
  %".1285" = trunc i64 %"end.6" to i16
  %".1286" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1285", ptr %".1286", align 2
  br label %"return"
cont.48:
  %".1289" = trunc i64 %"end.6" to i16
  %".1290" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1289", ptr %".1290", align 2
  br label %"return"
exit.49:
  %".1296" = trunc i64 %"cursor.40" to i16
  %".1297" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1296", ptr %".1297", align 2
  br label %"return"
cont.49:
  %".1300" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1301" = load i8, ptr %".1300", align 1
  %".1302" = zext i8 %".1301" to i64
  %".1303" = trunc i64 %".1302" to i8
  %".1304" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1303", ptr %".1304", align 1
  %".1306" = add i64 %"cursor.40", 8
  %".1307" = icmp ne i64 1, 0
  %".1308" = getelementptr i8, ptr %"hdr.16", i64 2
  %".1309" = load i16, ptr %".1308", align 2
  %".1310" = call i16 @"llvm.bswap.i16"(i16 %".1309")
  %".1311" = zext i16 %".1310" to i64
  %".1312" = and i64 %".1311", 65528
  %".1313" = icmp eq i64 %".1312", 0
  br i1 %".1307", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".1315" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1315", align 1
  br i1 %".1313", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".1333" = zext i8 %".1301" to i64
  switch i64 %".1333", label %"unknown.13" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.13"]
first_fragment.3:
  %".1322" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1322", align 1
  %".1324" = and i32 %"flags", 1
  %".1325" = icmp ne i32 %".1324", 0
  %".1326" = xor i1 %".1325", -1
  br i1 %".1326", label %"exit.50", label %"cont.50"
later_fragment.3:
  %".1318" = trunc i64 %".1306" to i16
  %".1319" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1318", ptr %".1319", align 2
  br label %"return"
exit.50:
  %".1328" = trunc i64 %".1306" to i16
  %".1329" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1328", ptr %".1329", align 2
  br label %"return"
cont.50:
  br label %"not_fragment.3"
unknown.13:
  %".1335" = trunc i64 %".1306" to i16
  %".1336" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1335", ptr %".1336", align 2
  br label %"return"
to_ipv6_opts.15:
  %".1339" = getelementptr i8, ptr %"keys", i64 2
  %".1340" = trunc i64 %".1306" to i16
  store volatile i16 %".1340", ptr %".1339", align 2
  %".1342" = load volatile i16, ptr %".1339", align 2
  %".1343" = zext i16 %".1342" to i64
  %"cursor.83" = and i64 %".1343", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  %".1345" = getelementptr i8, ptr %"keys", i64 2
  %".1346" = trunc i64 %".1306" to i16
  store volatile i16 %".1346", ptr %".1345", align 2
  %".1348" = load volatile i16, ptr %".1345", align 2
  %".1349" = zext i16 %".1348" to i64
  %"cursor.84" = and i64 %".1349", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  %".1351" = getelementptr i8, ptr %"keys", i64 2
  %".1352" = trunc i64 %".1306" to i16
  store volatile i16 %".1352", ptr %".1351", align 2
  %".1354" = load volatile i16, ptr %".1351", align 2
  %".1355" = zext i16 %".1354" to i64
  %"cursor.85" = and i64 %".1355", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  %".1357" = getelementptr i8, ptr %"keys", i64 2
  %".1358" = trunc i64 %".1306" to i16
  store volatile i16 %".1358", ptr %".1357", align 2
  %".1360" = load volatile i16, ptr %".1357", align 2
  %".1361" = zext i16 %".1360" to i64
  %"cursor.86" = and i64 %".1361", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  %".1363" = getelementptr i8, ptr %"keys", i64 2
  %".1364" = trunc i64 %".1306" to i16
  store volatile i16 %".1364", ptr %".1363", align 2
  %".1366" = load volatile i16, ptr %".1363", align 2
  %".1367" = zext i16 %".1366" to i64
  %"cursor.87" = and i64 %".1367", 16383
  br label %"tcp"
to_udp.7:
  %".1369" = getelementptr i8, ptr %"keys", i64 2
  %".1370" = trunc i64 %".1306" to i16
  store volatile i16 %".1370", ptr %".1369", align 2
  %".1372" = load volatile i16, ptr %".1369", align 2
  %".1373" = zext i16 %".1372" to i64
  %"cursor.88" = and i64 %".1373", 16383
  br label %"udp"
to_udplite.7:
  %".1375" = getelementptr i8, ptr %"keys", i64 2
  %".1376" = trunc i64 %".1306" to i16
  store volatile i16 %".1376", ptr %".1375", align 2
  %".1378" = load volatile i16, ptr %".1375", align 2
  %".1379" = zext i16 %".1378" to i64
  %"cursor.89" = and i64 %".1379", 16383
  br label %"udplite"
to_gre.7:
  %".1381" = getelementptr i8, ptr %"keys", i64 2
  %".1382" = trunc i64 %".1306" to i16
  store volatile i16 %".1382", ptr %".1381", align 2
  %".1384" = load volatile i16, ptr %".1381", align 2
  %".1385" = zext i16 %".1384" to i64
  %"cursor.90" = and i64 %".1385", 16383
  br label %"gre_d1"
to_ipv4.13:
  %".1387" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1387", align 1
  %".1389" = and i32 %"flags", 4
  %".1390" = icmp ne i32 %".1389", 0
  br i1 %".1390", label %"exit.51", label %"cont.51"
to_ipv6.13:
  %".1400" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1400", align 1
  %".1402" = and i32 %"flags", 4
  %".1403" = icmp ne i32 %".1402", 0
  br i1 %".1403", label %"exit.52", label %"cont.52"
exit.51:
  %".1392" = trunc i64 %".1306" to i16
  %".1393" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1392", ptr %".1393", align 2
  br label %"return"
cont.51:
  %".1396" = trunc i64 %".1306" to i16
  %".1397" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1396", ptr %".1397", align 2
  br label %"return"
exit.52:
  %".1405" = trunc i64 %".1306" to i16
  %".1406" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1405", ptr %".1406", align 2
  br label %"return"
cont.52:
  %".1409" = trunc i64 %".1306" to i16
  %".1410" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1409", ptr %".1410", align 2
  br label %"return"
exit.53:
  %".1416" = trunc i64 %"cursor.46" to i16
  %".1417" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1416", ptr %".1417", align 2
  br label %"return"
cont.53:
  %".1420" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1421" = load i8, ptr %".1420", align 1
  %".1422" = zext i8 %".1421" to i64
  %".1423" = trunc i64 %".1422" to i8
  %".1424" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1423", ptr %".1424", align 1
  %".1426" = add i64 %"cursor.46", 2
  %".1427" = getelementptr i8, ptr %"hdr.17", i64 1
  %".1428" = load i8, ptr %".1427", align 1
  %".1429" = zext i8 %".1428" to i64
  %".1430" = mul i64 %".1429", 8
  %".1431" = add i64 %".1430", 6
  %".1432" = add i64 %".1431", 2
  %".1433" = getelementptr i8, ptr %"hdr.17", i64 %".1432"
  %".1434" = icmp ugt ptr %".1433", %"data_end"
  br i1 %".1434", label %"exit.54", label %"cont.54"
exit.54:
  %".1436" = trunc i64 %"cursor.46" to i16
  %".1437" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1436", ptr %".1437", align 2
  br label %"return"
cont.54:
  %"end.7" = add i64 %"cursor.46", %".1432"
  %".1440" = zext i8 %".1421" to i64
  switch i64 %".1440", label %"unknown.14" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 4, label %"to_ipv4.14" i64 41, label %"to_ipv6.14"]
unknown.14:
  %".1442" = trunc i64 %"end.7" to i16
  %".1443" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1442", ptr %".1443", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  %".1447" = getelementptr i8, ptr %"keys", i64 2
  %".1448" = trunc i64 %"end.7" to i16
  store volatile i16 %".1448", ptr %".1447", align 2
  %".1450" = load volatile i16, ptr %".1447", align 2
  %".1451" = zext i16 %".1450" to i64
  %"cursor.92" = and i64 %".1451", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  %".1453" = getelementptr i8, ptr %"keys", i64 2
  %".1454" = trunc i64 %"end.7" to i16
  store volatile i16 %".1454", ptr %".1453", align 2
  %".1456" = load volatile i16, ptr %".1453", align 2
  %".1457" = zext i16 %".1456" to i64
  %"cursor.93" = and i64 %".1457", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  %".1460" = getelementptr i8, ptr %"keys", i64 2
  %".1461" = trunc i64 %"end.7" to i16
  store volatile i16 %".1461", ptr %".1460", align 2
  %".1463" = load volatile i16, ptr %".1460", align 2
  %".1464" = zext i16 %".1463" to i64
  %"cursor.95" = and i64 %".1464", 16383
  br label %"tcp"
to_udp.8:
  %".1466" = getelementptr i8, ptr %"keys", i64 2
  %".1467" = trunc i64 %"end.7" to i16
  store volatile i16 %".1467", ptr %".1466", align 2
  %".1469" = load volatile i16, ptr %".1466", align 2
  %".1470" = zext i16 %".1469" to i64
  %"cursor.96" = and i64 %".1470", 16383
  br label %"udp"
to_udplite.8:
  %".1472" = getelementptr i8, ptr %"keys", i64 2
  %".1473" = trunc i64 %"end.7" to i16
  store volatile i16 %".1473", ptr %".1472", align 2
  %".1475" = load volatile i16, ptr %".1472", align 2
  %".1476" = zext i16 %".1475" to i64
  %"cursor.97" = and i64 %".1476", 16383
  br label %"udplite"
to_gre.8:
  %".1478" = getelementptr i8, ptr %"keys", i64 2
  %".1479" = trunc i64 %"end.7" to i16
  store volatile i16 %".1479", ptr %".1478", align 2
  %".1481" = load volatile i16, ptr %".1478", align 2
  %".1482" = zext i16 %".1481" to i64
  %"cursor.98" = and i64 %".1482", 16383
  br label %"gre_d0"
to_ipv4.14:
  %".1484" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1484", align 1
  %".1486" = and i32 %"flags", 4
  %".1487" = icmp ne i32 %".1486", 0
  br i1 %".1487", label %"exit.55", label %"cont.55"
to_ipv6.14:
  %".1499" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1499", align 1
  %".1501" = and i32 %"flags", 4
  %".1502" = icmp ne i32 %".1501", 0
  br i1 %".1502", label %"exit.56", label %"cont.56"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.91" = phi  i64 [%"end.7", %"to_ipv6_opts.18"], [%"cursor.92", %"to_ipv6_opts.19"], [%"cursor.93", %"to_ipv6_opts.20"], [%"cursor.101", %"to_ipv6_opts.21"], [%"cursor.102", %"to_ipv6_opts.22"], [%"cursor.103", %"to_ipv6_opts.23"]
  %"hdr.22" = getelementptr i8, ptr %"data", i64 %"cursor.91"
  %".1915" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1916" = icmp ugt ptr %".1915", %"data_end"
  br i1 %".1916", label %"exit.70", label %"cont.70"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.94" = phi  i64 [%"end.7", %"to_ipv6_frag.6"], [%"cursor.104", %"to_ipv6_frag.7"]
  %"hdr.23" = getelementptr i8, ptr %"data", i64 %"cursor.94"
  %".2018" = getelementptr i8, ptr %"hdr.23", i64 8
  %".2019" = icmp ugt ptr %".2018", %"data_end"
  br i1 %".2019", label %"exit.74", label %"cont.74"
exit.55:
  %".1489" = trunc i64 %"end.7" to i16
  %".1490" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1489", ptr %".1490", align 2
  br label %"return"
cont.55:
  %".1493" = getelementptr i8, ptr %"keys", i64 2
  %".1494" = trunc i64 %"end.7" to i16
  store volatile i16 %".1494", ptr %".1493", align 2
  %".1496" = load volatile i16, ptr %".1493", align 2
  %".1497" = zext i16 %".1496" to i64
  %"cursor.99" = and i64 %".1497", 16383
  br label %"ipv4_d1"
exit.56:
  %".1504" = trunc i64 %"end.7" to i16
  %".1505" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1504", ptr %".1505", align 2
  br label %"return"
cont.56:
  %".1508" = getelementptr i8, ptr %"keys", i64 2
  %".1509" = trunc i64 %"end.7" to i16
  store volatile i16 %".1509", ptr %".1508", align 2
  %".1511" = load volatile i16, ptr %".1508", align 2
  %".1512" = zext i16 %".1511" to i64
  %"cursor.100" = and i64 %".1512", 16383
  br label %"ipv6_d1"
exit.57:
  %".1517" = trunc i64 %"cursor.49" to i16
  %".1518" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1517", ptr %".1518", align 2
  br label %"return"
cont.57:
  %".1521" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1522" = load i8, ptr %".1521", align 1
  %".1523" = zext i8 %".1522" to i64
  %".1524" = trunc i64 %".1523" to i8
  %".1525" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1524", ptr %".1525", align 1
  %".1527" = add i64 %"cursor.49", 8
  %".1528" = icmp ne i64 1, 0
  %".1529" = getelementptr i8, ptr %"hdr.18", i64 2
  %".1530" = load i16, ptr %".1529", align 2
  %".1531" = call i16 @"llvm.bswap.i16"(i16 %".1530")
  %".1532" = zext i16 %".1531" to i64
  %".1533" = and i64 %".1532", 65528
  %".1534" = icmp eq i64 %".1533", 0
  br i1 %".1528", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".1536" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1536", align 1
  br i1 %".1534", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".1554" = zext i8 %".1522" to i64
  switch i64 %".1554", label %"unknown.15" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 4, label %"to_ipv4.15" i64 41, label %"to_ipv6.15"]
first_fragment.4:
  %".1543" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1543", align 1
  %".1545" = and i32 %"flags", 1
  %".1546" = icmp ne i32 %".1545", 0
  %".1547" = xor i1 %".1546", -1
  br i1 %".1547", label %"exit.58", label %"cont.58"
later_fragment.4:
  %".1539" = trunc i64 %".1527" to i16
  %".1540" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1539", ptr %".1540", align 2
  br label %"return"
exit.58:
  %".1549" = trunc i64 %".1527" to i16
  %".1550" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1549", ptr %".1550", align 2
  br label %"return"
cont.58:
  br label %"not_fragment.4"
unknown.15:
  %".1556" = trunc i64 %".1527" to i16
  %".1557" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1556", ptr %".1557", align 2
  br label %"return"
to_ipv6_opts.21:
  %".1560" = getelementptr i8, ptr %"keys", i64 2
  %".1561" = trunc i64 %".1527" to i16
  store volatile i16 %".1561", ptr %".1560", align 2
  %".1563" = load volatile i16, ptr %".1560", align 2
  %".1564" = zext i16 %".1563" to i64
  %"cursor.101" = and i64 %".1564", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  %".1566" = getelementptr i8, ptr %"keys", i64 2
  %".1567" = trunc i64 %".1527" to i16
  store volatile i16 %".1567", ptr %".1566", align 2
  %".1569" = load volatile i16, ptr %".1566", align 2
  %".1570" = zext i16 %".1569" to i64
  %"cursor.102" = and i64 %".1570", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  %".1572" = getelementptr i8, ptr %"keys", i64 2
  %".1573" = trunc i64 %".1527" to i16
  store volatile i16 %".1573", ptr %".1572", align 2
  %".1575" = load volatile i16, ptr %".1572", align 2
  %".1576" = zext i16 %".1575" to i64
  %"cursor.103" = and i64 %".1576", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  %".1578" = getelementptr i8, ptr %"keys", i64 2
  %".1579" = trunc i64 %".1527" to i16
  store volatile i16 %".1579", ptr %".1578", align 2
  %".1581" = load volatile i16, ptr %".1578", align 2
  %".1582" = zext i16 %".1581" to i64
  %"cursor.104" = and i64 %".1582", 16383
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  %".1584" = getelementptr i8, ptr %"keys", i64 2
  %".1585" = trunc i64 %".1527" to i16
  store volatile i16 %".1585", ptr %".1584", align 2
  %".1587" = load volatile i16, ptr %".1584", align 2
  %".1588" = zext i16 %".1587" to i64
  %"cursor.105" = and i64 %".1588", 16383
  br label %"tcp"
to_udp.9:
  %".1590" = getelementptr i8, ptr %"keys", i64 2
  %".1591" = trunc i64 %".1527" to i16
  store volatile i16 %".1591", ptr %".1590", align 2
  %".1593" = load volatile i16, ptr %".1590", align 2
  %".1594" = zext i16 %".1593" to i64
  %"cursor.106" = and i64 %".1594", 16383
  br label %"udp"
to_udplite.9:
  %".1596" = getelementptr i8, ptr %"keys", i64 2
  %".1597" = trunc i64 %".1527" to i16
  store volatile i16 %".1597", ptr %".1596", align 2
  %".1599" = load volatile i16, ptr %".1596", align 2
  %".1600" = zext i16 %".1599" to i64
  %"cursor.107" = and i64 %".1600", 16383
  br label %"udplite"
to_gre.9:
  %".1602" = getelementptr i8, ptr %"keys", i64 2
  %".1603" = trunc i64 %".1527" to i16
  store volatile i16 %".1603", ptr %".1602", align 2
  %".1605" = load volatile i16, ptr %".1602", align 2
  %".1606" = zext i16 %".1605" to i64
  %"cursor.108" = and i64 %".1606", 16383
  br label %"gre_d0"
to_ipv4.15:
  %".1608" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1608", align 1
  %".1610" = and i32 %"flags", 4
  %".1611" = icmp ne i32 %".1610", 0
  br i1 %".1611", label %"exit.59", label %"cont.59"
to_ipv6.15:
  %".1623" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1623", align 1
  %".1625" = and i32 %"flags", 4
  %".1626" = icmp ne i32 %".1625", 0
  br i1 %".1626", label %"exit.60", label %"cont.60"
exit.59:
  %".1613" = trunc i64 %".1527" to i16
  %".1614" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1613", ptr %".1614", align 2
  br label %"return"
cont.59:
  %".1617" = getelementptr i8, ptr %"keys", i64 2
  %".1618" = trunc i64 %".1527" to i16
  store volatile i16 %".1618", ptr %".1617", align 2
  %".1620" = load volatile i16, ptr %".1617", align 2
  %".1621" = zext i16 %".1620" to i64
  %"cursor.109" = and i64 %".1621", 16383
  br label %"ipv4_d1"
exit.60:
  %".1628" = trunc i64 %".1527" to i16
  %".1629" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1628", ptr %".1629", align 2
  br label %"return"
cont.60:
  %".1632" = getelementptr i8, ptr %"keys", i64 2
  %".1633" = trunc i64 %".1527" to i16
  store volatile i16 %".1633", ptr %".1632", align 2
  %".1635" = load volatile i16, ptr %".1632", align 2
  %".1636" = zext i16 %".1635" to i64
  %"cursor.110" = and i64 %".1636", 16383
  br label %"ipv6_d1"
exit.61:
  %".1641" = trunc i64 %"cursor.70" to i16
  %".1642" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1641", ptr %".1642", align 2
  br label %"return"
cont.61:
  %".1645" = getelementptr i8, ptr %"hdr.19", i64 2
  %".1646" = load i16, ptr %".1645", align 2
  %".1647" = call i16 @"llvm.bswap.i16"(i16 %".1646")
  %".1648" = zext i16 %".1647" to i64
  %".1649" = trunc i64 %".1648" to i16
  %".1650" = call i16 @"llvm.bswap.i16"(i16 %".1649")
  %".1651" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1650", ptr %".1651", align 2
  %".1653" = add i64 %"cursor.70", 4
  %".1654" = trunc i64 %".1653" to i16
  %".1655" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1654", ptr %".1655", align 2
  %".1657" = call i16 @"llvm.bswap.i16"(i16 %".1646")
  %".1658" = zext i16 %".1657" to i64
  switch i64 %".1658", label %"unknown.16" [i64 2048, label %"to_ipv4.16" i64 34525, label %"to_ipv6.16" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9"]
unknown.16:
  %".1660" = trunc i64 %".1653" to i16
  %".1661" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1660", ptr %".1661", align 2
  br label %"return"
to_ipv4.16:
  %".1664" = getelementptr i8, ptr %"keys", i64 2
  %".1665" = trunc i64 %".1653" to i16
  store volatile i16 %".1665", ptr %".1664", align 2
  %".1667" = load volatile i16, ptr %".1664", align 2
  %".1668" = zext i16 %".1667" to i64
  %"cursor.111" = and i64 %".1668", 16383
  br label %"ipv4_d1"
to_ipv6.16:
  %".1670" = getelementptr i8, ptr %"keys", i64 2
  %".1671" = trunc i64 %".1653" to i16
  store volatile i16 %".1671", ptr %".1670", align 2
  %".1673" = load volatile i16, ptr %".1670", align 2
  %".1674" = zext i16 %".1673" to i64
  %"cursor.112" = and i64 %".1674", 16383
  br label %"ipv6_d1"
to_vlan.8:
  %".1676" = getelementptr i8, ptr %"keys", i64 2
  %".1677" = trunc i64 %".1653" to i16
  store volatile i16 %".1677", ptr %".1676", align 2
  %".1679" = load volatile i16, ptr %".1676", align 2
  %".1680" = zext i16 %".1679" to i64
  %"cursor.114" = and i64 %".1680", 16383
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  %".1682" = getelementptr i8, ptr %"keys", i64 2
  %".1683" = trunc i64 %".1653" to i16
  store volatile i16 %".1683", ptr %".1682", align 2
  %".1685" = load volatile i16, ptr %".1682", align 2
  %".1686" = zext i16 %".1685" to i64
  %"cursor.115" = and i64 %".1686", 16383
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags2:
  %"cursor.113" = phi  i64 [%"cursor.114", %"to_vlan.8"], [%"cursor.115", %"to_vlan.9"]
  %"hdr.24" = getelementptr i8, ptr %"data", i64 %"cursor.113"
  %".2134" = getelementptr i8, ptr %"hdr.24", i64 4
  %".2135" = icmp ugt ptr %".2134", %"data_end"
  br i1 %".2135", label %"exit.78", label %"cont.78"
exit.62:
  %".1691" = trunc i64 %"cursor.73" to i16
  %".1692" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1691", ptr %".1692", align 2
  br label %"return"
cont.62:
  %".1695" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1696" = load i8, ptr %".1695", align 1
  %".1697" = zext i8 %".1696" to i64
  %".1698" = trunc i64 %".1697" to i8
  %".1699" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1698", ptr %".1699", align 1
  %".1701" = add i64 %"cursor.73", 2
  %".1702" = getelementptr i8, ptr %"hdr.20", i64 1
  %".1703" = load i8, ptr %".1702", align 1
  %".1704" = zext i8 %".1703" to i64
  %".1705" = mul i64 %".1704", 8
  %".1706" = add i64 %".1705", 6
  %".1707" = add i64 %".1706", 2
  %".1708" = getelementptr i8, ptr %"hdr.20", i64 %".1707"
  %".1709" = icmp ugt ptr %".1708", %"data_end"
  br i1 %".1709", label %"exit.63", label %"cont.63"
exit.63:
  %".1711" = trunc i64 %"cursor.73" to i16
  %".1712" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1711", ptr %".1712", align 2
  br label %"return"
cont.63:
  %"end.8" = add i64 %"cursor.73", %".1707"
  %".1715" = zext i8 %".1696" to i64
  switch i64 %".1715", label %"unknown.17" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 4, label %"to_ipv4.17" i64 41, label %"to_ipv6.17"]
unknown.17:
  %".1717" = trunc i64 %"end.8" to i16
  %".1718" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1717", ptr %".1718", align 2
  br label %"return"
to_ipv6_opts.24:
  %".1721" = getelementptr i8, ptr %"keys", i64 2
  %".1722" = trunc i64 %"end.8" to i16
  store volatile i16 %".1722", ptr %".1721", align 2
  %".1724" = load volatile i16, ptr %".1721", align 2
  %".1725" = zext i16 %".1724" to i64
  %"cursor.117" = and i64 %".1725", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  %".1727" = getelementptr i8, ptr %"keys", i64 2
  %".1728" = trunc i64 %"end.8" to i16
  store volatile i16 %".1728", ptr %".1727", align 2
  %".1730" = load volatile i16, ptr %".1727", align 2
  %".1731" = zext i16 %".1730" to i64
  %"cursor.118" = and i64 %".1731", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  %".1733" = getelementptr i8, ptr %"keys", i64 2
  %".1734" = trunc i64 %"end.8" to i16
  store volatile i16 %".1734", ptr %".1733", align 2
  %".1736" = load volatile i16, ptr %".1733", align 2
  %".1737" = zext i16 %".1736" to i64
  %"cursor.119" = and i64 %".1737", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  %".1739" = getelementptr i8, ptr %"keys", i64 2
  %".1740" = trunc i64 %"end.8" to i16
  store volatile i16 %".1740", ptr %".1739", align 2
  %".1742" = load volatile i16, ptr %".1739", align 2
  %".1743" = zext i16 %".1742" to i64
  %"cursor.121" = and i64 %".1743", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  %".1745" = getelementptr i8, ptr %"keys", i64 2
  %".1746" = trunc i64 %"end.8" to i16
  store volatile i16 %".1746", ptr %".1745", align 2
  %".1748" = load volatile i16, ptr %".1745", align 2
  %".1749" = zext i16 %".1748" to i64
  %"cursor.122" = and i64 %".1749", 16383
  br label %"tcp"
to_udp.10:
  %".1751" = getelementptr i8, ptr %"keys", i64 2
  %".1752" = trunc i64 %"end.8" to i16
  store volatile i16 %".1752", ptr %".1751", align 2
  %".1754" = load volatile i16, ptr %".1751", align 2
  %".1755" = zext i16 %".1754" to i64
  %"cursor.123" = and i64 %".1755", 16383
  br label %"udp"
to_udplite.10:
  %".1757" = getelementptr i8, ptr %"keys", i64 2
  %".1758" = trunc i64 %"end.8" to i16
  store volatile i16 %".1758", ptr %".1757", align 2
  %".1760" = load volatile i16, ptr %".1757", align 2
  %".1761" = zext i16 %".1760" to i64
  %"cursor.124" = and i64 %".1761", 16383
  br label %"udplite"
to_gre.10:
  %".1763" = getelementptr i8, ptr %"keys", i64 2
  %".1764" = trunc i64 %"end.8" to i16
  store volatile i16 %".1764", ptr %".1763", align 2
  %".1766" = load volatile i16, ptr %".1763", align 2
  %".1767" = zext i16 %".1766" to i64
  %"cursor.125" = and i64 %".1767", 16383
  br label %"gre_d1"
to_ipv4.17:
  %".1769" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1769", align 1
  %".1771" = and i32 %"flags", 4
  %".1772" = icmp ne i32 %".1771", 0
  br i1 %".1772", label %"exit.64", label %"cont.64"
to_ipv6.17:
  %".1782" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1782", align 1
  %".1784" = and i32 %"flags", 4
  %".1785" = icmp ne i32 %".1784", 0
  br i1 %".1785", label %"exit.65", label %"cont.65"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.116" = phi  i64 [%"cursor.117", %"to_ipv6_opts.24"], [%"cursor.118", %"to_ipv6_opts.25"], [%"cursor.119", %"to_ipv6_opts.26"], [%"cursor.126", %"to_ipv6_opts.27"], [%"cursor.127", %"to_ipv6_opts.28"], [%"cursor.128", %"to_ipv6_opts.29"]
  %"hdr.25" = getelementptr i8, ptr %"data", i64 %"cursor.116"
  %".2180" = getelementptr i8, ptr %"hdr.25", i64 2
  %".2181" = icmp ugt ptr %".2180", %"data_end"
  br i1 %".2181", label %"exit.79", label %"cont.79"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.120" = phi  i64 [%"cursor.121", %"to_ipv6_frag.8"], [%"cursor.129", %"to_ipv6_frag.9"]
  %"hdr.26" = getelementptr i8, ptr %"data", i64 %"cursor.120"
  %".2279" = getelementptr i8, ptr %"hdr.26", i64 8
  %".2280" = icmp ugt ptr %".2279", %"data_end"
  br i1 %".2280", label %"exit.83", label %"cont.83"
exit.64:
  %".1774" = trunc i64 %"end.8" to i16
  %".1775" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1774", ptr %".1775", align 2
  br label %"return"
cont.64:
  %".1778" = trunc i64 %"end.8" to i16
  %".1779" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1778", ptr %".1779", align 2
  br label %"return"
exit.65:
  %".1787" = trunc i64 %"end.8" to i16
  %".1788" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1787", ptr %".1788", align 2
  br label %"return"
cont.65:
  %".1791" = trunc i64 %"end.8" to i16
  %".1792" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1791", ptr %".1792", align 2
  br label %"return"
exit.66:
  %".1798" = trunc i64 %"cursor.77" to i16
  %".1799" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1798", ptr %".1799", align 2
  br label %"return"
cont.66:
  %".1802" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1803" = load i8, ptr %".1802", align 1
  %".1804" = zext i8 %".1803" to i64
  %".1805" = trunc i64 %".1804" to i8
  %".1806" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1805", ptr %".1806", align 1
  %".1808" = add i64 %"cursor.77", 8
  %".1809" = icmp ne i64 1, 0
  %".1810" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1811" = load i16, ptr %".1810", align 2
  %".1812" = call i16 @"llvm.bswap.i16"(i16 %".1811")
  %".1813" = zext i16 %".1812" to i64
  %".1814" = and i64 %".1813", 65528
  %".1815" = icmp eq i64 %".1814", 0
  br i1 %".1809", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".1817" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1817", align 1
  br i1 %".1815", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".1835" = zext i8 %".1803" to i64
  switch i64 %".1835", label %"unknown.18" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 4, label %"to_ipv4.18" i64 41, label %"to_ipv6.18"]
first_fragment.5:
  %".1824" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1824", align 1
  %".1826" = and i32 %"flags", 1
  %".1827" = icmp ne i32 %".1826", 0
  %".1828" = xor i1 %".1827", -1
  br i1 %".1828", label %"exit.67", label %"cont.67"
later_fragment.5:
  %".1820" = trunc i64 %".1808" to i16
  %".1821" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1820", ptr %".1821", align 2
  br label %"return"
exit.67:
  %".1830" = trunc i64 %".1808" to i16
  %".1831" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1830", ptr %".1831", align 2
  br label %"return"
cont.67:
  br label %"not_fragment.5"
unknown.18:
  %".1837" = trunc i64 %".1808" to i16
  %".1838" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1837", ptr %".1838", align 2
  br label %"return"
to_ipv6_opts.27:
  %".1841" = getelementptr i8, ptr %"keys", i64 2
  %".1842" = trunc i64 %".1808" to i16
  store volatile i16 %".1842", ptr %".1841", align 2
  %".1844" = load volatile i16, ptr %".1841", align 2
  %".1845" = zext i16 %".1844" to i64
  %"cursor.126" = and i64 %".1845", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  %".1847" = getelementptr i8, ptr %"keys", i64 2
  %".1848" = trunc i64 %".1808" to i16
  store volatile i16 %".1848", ptr %".1847", align 2
  %".1850" = load volatile i16, ptr %".1847", align 2
  %".1851" = zext i16 %".1850" to i64
  %"cursor.127" = and i64 %".1851", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  %".1853" = getelementptr i8, ptr %"keys", i64 2
  %".1854" = trunc i64 %".1808" to i16
  store volatile i16 %".1854", ptr %".1853", align 2
  %".1856" = load volatile i16, ptr %".1853", align 2
  %".1857" = zext i16 %".1856" to i64
  %"cursor.128" = and i64 %".1857", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  %".1859" = getelementptr i8, ptr %"keys", i64 2
  %".1860" = trunc i64 %".1808" to i16
  store volatile i16 %".1860", ptr %".1859", align 2
  %".1862" = load volatile i16, ptr %".1859", align 2
  %".1863" = zext i16 %".1862" to i64
  %"cursor.129" = and i64 %".1863", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  %".1865" = getelementptr i8, ptr %"keys", i64 2
  %".1866" = trunc i64 %".1808" to i16
  store volatile i16 %".1866", ptr %".1865", align 2
  %".1868" = load volatile i16, ptr %".1865", align 2
  %".1869" = zext i16 %".1868" to i64
  %"cursor.130" = and i64 %".1869", 16383
  br label %"tcp"
to_udp.11:
  %".1871" = getelementptr i8, ptr %"keys", i64 2
  %".1872" = trunc i64 %".1808" to i16
  store volatile i16 %".1872", ptr %".1871", align 2
  %".1874" = load volatile i16, ptr %".1871", align 2
  %".1875" = zext i16 %".1874" to i64
  %"cursor.131" = and i64 %".1875", 16383
  br label %"udp"
to_udplite.11:
  %".1877" = getelementptr i8, ptr %"keys", i64 2
  %".1878" = trunc i64 %".1808" to i16
  store volatile i16 %".1878", ptr %".1877", align 2
  %".1880" = load volatile i16, ptr %".1877", align 2
  %".1881" = zext i16 %".1880" to i64
  %"cursor.132" = and i64 %".1881", 16383
  br label %"udplite"
to_gre.11:
  %".1883" = getelementptr i8, ptr %"keys", i64 2
  %".1884" = trunc i64 %".1808" to i16
  store volatile i16 %".1884", ptr %".1883", align 2
  %".1886" = load volatile i16, ptr %".1883", align 2
  %".1887" = zext i16 %".1886" to i64
  %"cursor.133" = and i64 %".1887", 16383
  br label %"gre_d1"
to_ipv4.18:
  %".1889" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1889", align 1
  %".1891" = and i32 %"flags", 4
  %".1892" = icmp ne i32 %".1891", 0
  br i1 %".1892", label %"exit.68", label %"cont.68"
to_ipv6.18:
  %".1902" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1902", align 1
  %".1904" = and i32 %"flags", 4
  %".1905" = icmp ne i32 %".1904", 0
  br i1 %".1905", label %"exit.69", label %"cont.69"
exit.68:
  %".1894" = trunc i64 %".1808" to i16
  %".1895" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1894", ptr %".1895", align 2
  br label %"return"
cont.68:
  %".1898" = trunc i64 %".1808" to i16
  %".1899" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1898", ptr %".1899", align 2
  br label %"return"
exit.69:
  %".1907" = trunc i64 %".1808" to i16
  %".1908" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1907", ptr %".1908", align 2
  br label %"return"
cont.69:
  %".1911" = trunc i64 %".1808" to i16
  %".1912" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1911", ptr %".1912", align 2
  br label %"return"
exit.70:
  %".1918" = trunc i64 %"cursor.91" to i16
  %".1919" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1918", ptr %".1919", align 2
  br label %"return"
cont.70:
  %".1922" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1923" = load i8, ptr %".1922", align 1
  %".1924" = zext i8 %".1923" to i64
  %".1925" = trunc i64 %".1924" to i8
  %".1926" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1925", ptr %".1926", align 1
  %".1928" = add i64 %"cursor.91", 2
  %".1929" = getelementptr i8, ptr %"hdr.22", i64 1
  %".1930" = load i8, ptr %".1929", align 1
  %".1931" = zext i8 %".1930" to i64
  %".1932" = mul i64 %".1931", 8
  %".1933" = add i64 %".1932", 6
  %".1934" = add i64 %".1933", 2
  %".1935" = getelementptr i8, ptr %"hdr.22", i64 %".1934"
  %".1936" = icmp ugt ptr %".1935", %"data_end"
  br i1 %".1936", label %"exit.71", label %"cont.71"
exit.71:
  %".1938" = trunc i64 %"cursor.91" to i16
  %".1939" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1938", ptr %".1939", align 2
  br label %"return"
cont.71:
  %"end.9" = add i64 %"cursor.91", %".1934"
  %".1942" = zext i8 %".1923" to i64
  switch i64 %".1942", label %"unknown.19" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.19"]
unknown.19:
  %".1944" = trunc i64 %"end.9" to i16
  %".1945" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1944", ptr %".1945", align 2
  br label %"return"
to_ipv6_opts.30:
  %".1948" = trunc i64 %"end.9" to i16
  %".1949" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1948", ptr %".1949", align 2
  br label %"return"
to_ipv6_opts.31:
  %".1952" = trunc i64 %"end.9" to i16
  %".1953" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1952", ptr %".1953", align 2
  br label %"return"
to_ipv6_opts.32:
  %".1956" = trunc i64 %"end.9" to i16
  %".1957" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1956", ptr %".1957", align 2
  br label %"return"
to_ipv6_frag.10:
  %".1960" = trunc i64 %"end.9" to i16
  %".1961" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1960", ptr %".1961", align 2
  br label %"return"
to_tcp.12:
  %".1964" = getelementptr i8, ptr %"keys", i64 2
  %".1965" = trunc i64 %"end.9" to i16
  store volatile i16 %".1965", ptr %".1964", align 2
  %".1967" = load volatile i16, ptr %".1964", align 2
  %".1968" = zext i16 %".1967" to i64
  %"cursor.134" = and i64 %".1968", 16383
  br label %"tcp"
to_udp.12:
  %".1970" = getelementptr i8, ptr %"keys", i64 2
  %".1971" = trunc i64 %"end.9" to i16
  store volatile i16 %".1971", ptr %".1970", align 2
  %".1973" = load volatile i16, ptr %".1970", align 2
  %".1974" = zext i16 %".1973" to i64
  %"cursor.135" = and i64 %".1974", 16383
  br label %"udp"
to_udplite.12:
  %".1976" = getelementptr i8, ptr %"keys", i64 2
  %".1977" = trunc i64 %"end.9" to i16
  store volatile i16 %".1977", ptr %".1976", align 2
  %".1979" = load volatile i16, ptr %".1976", align 2
  %".1980" = zext i16 %".1979" to i64
  %"cursor.136" = and i64 %".1980", 16383
  br label %"udplite"
to_gre.12:
  %".1982" = getelementptr i8, ptr %"keys", i64 2
  %".1983" = trunc i64 %"end.9" to i16
  store volatile i16 %".1983", ptr %".1982", align 2
  %".1985" = load volatile i16, ptr %".1982", align 2
  %".1986" = zext i16 %".1985" to i64
  %"cursor.137" = and i64 %".1986", 16383
  br label %"gre_d0"
to_ipv4.19:
  %".1988" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1988", align 1
  %".1990" = and i32 %"flags", 4
  %".1991" = icmp ne i32 %".1990", 0
  br i1 %".1991", label %"exit.72", label %"cont.72"
to_ipv6.19:
  %".2003" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2003", align 1
  %".2005" = and i32 %"flags", 4
  %".2006" = icmp ne i32 %".2005", 0
  br i1 %".2006", label %"exit.73", label %"cont.73"
exit.72:
  %".1993" = trunc i64 %"end.9" to i16
  %".1994" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1993", ptr %".1994", align 2
  br label %"return"
cont.72:
  %".1997" = getelementptr i8, ptr %"keys", i64 2
  %".1998" = trunc i64 %"end.9" to i16
  store volatile i16 %".1998", ptr %".1997", align 2
  %".2000" = load volatile i16, ptr %".1997", align 2
  %".2001" = zext i16 %".2000" to i64
  %"cursor.138" = and i64 %".2001", 16383
  br label %"ipv4_d1"
exit.73:
  %".2008" = trunc i64 %"end.9" to i16
  %".2009" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2008", ptr %".2009", align 2
  br label %"return"
cont.73:
  %".2012" = getelementptr i8, ptr %"keys", i64 2
  %".2013" = trunc i64 %"end.9" to i16
  store volatile i16 %".2013", ptr %".2012", align 2
  %".2015" = load volatile i16, ptr %".2012", align 2
  %".2016" = zext i16 %".2015" to i64
  %"cursor.139" = and i64 %".2016", 16383
  br label %"ipv6_d1"
exit.74:
  %".2021" = trunc i64 %"cursor.94" to i16
  %".2022" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2021", ptr %".2022", align 2
  br label %"return"
cont.74:
  %".2025" = getelementptr i8, ptr %"hdr.23", i64 0
  %".2026" = load i8, ptr %".2025", align 1
  %".2027" = zext i8 %".2026" to i64
  %".2028" = trunc i64 %".2027" to i8
  %".2029" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2028", ptr %".2029", align 1
  %".2031" = add i64 %"cursor.94", 8
  %".2032" = icmp ne i64 1, 0
  %".2033" = getelementptr i8, ptr %"hdr.23", i64 2
  %".2034" = load i16, ptr %".2033", align 2
  %".2035" = call i16 @"llvm.bswap.i16"(i16 %".2034")
  %".2036" = zext i16 %".2035" to i64
  %".2037" = and i64 %".2036", 65528
  %".2038" = icmp eq i64 %".2037", 0
  br i1 %".2032", label %"fragment.6", label %"not_fragment.6"
fragment.6:
  %".2040" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2040", align 1
  br i1 %".2038", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".2058" = zext i8 %".2026" to i64
  switch i64 %".2058", label %"unknown.20" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.20"]
first_fragment.6:
  %".2047" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2047", align 1
  %".2049" = and i32 %"flags", 1
  %".2050" = icmp ne i32 %".2049", 0
  %".2051" = xor i1 %".2050", -1
  br i1 %".2051", label %"exit.75", label %"cont.75"
later_fragment.6:
  %".2043" = trunc i64 %".2031" to i16
  %".2044" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2043", ptr %".2044", align 2
  br label %"return"
exit.75:
  %".2053" = trunc i64 %".2031" to i16
  %".2054" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2053", ptr %".2054", align 2
  br label %"return"
cont.75:
  br label %"not_fragment.6"
unknown.20:
  %".2060" = trunc i64 %".2031" to i16
  %".2061" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2060", ptr %".2061", align 2
  br label %"return"
to_ipv6_opts.33:
  %".2064" = trunc i64 %".2031" to i16
  %".2065" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2064", ptr %".2065", align 2
  br label %"return"
to_ipv6_opts.34:
  %".2068" = trunc i64 %".2031" to i16
  %".2069" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2068", ptr %".2069", align 2
  br label %"return"
to_ipv6_opts.35:
  %".2072" = trunc i64 %".2031" to i16
  %".2073" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2072", ptr %".2073", align 2
  br label %"return"
to_ipv6_frag.11:
  %".2076" = trunc i64 %".2031" to i16
  %".2077" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2076", ptr %".2077", align 2
  br label %"return"
to_tcp.13:
  %".2080" = getelementptr i8, ptr %"keys", i64 2
  %".2081" = trunc i64 %".2031" to i16
  store volatile i16 %".2081", ptr %".2080", align 2
  %".2083" = load volatile i16, ptr %".2080", align 2
  %".2084" = zext i16 %".2083" to i64
  %"cursor.140" = and i64 %".2084", 16383
  br label %"tcp"
to_udp.13:
  %".2086" = getelementptr i8, ptr %"keys", i64 2
  %".2087" = trunc i64 %".2031" to i16
  store volatile i16 %".2087", ptr %".2086", align 2
  %".2089" = load volatile i16, ptr %".2086", align 2
  %".2090" = zext i16 %".2089" to i64
  %"cursor.141" = and i64 %".2090", 16383
  br label %"udp"
to_udplite.13:
  %".2092" = getelementptr i8, ptr %"keys", i64 2
  %".2093" = trunc i64 %".2031" to i16
  store volatile i16 %".2093", ptr %".2092", align 2
  %".2095" = load volatile i16, ptr %".2092", align 2
  %".2096" = zext i16 %".2095" to i64
  %"cursor.142" = and i64 %".2096", 16383
  br label %"udplite"
to_gre.13:
  %".2098" = getelementptr i8, ptr %"keys", i64 2
  %".2099" = trunc i64 %".2031" to i16
  store volatile i16 %".2099", ptr %".2098", align 2
  %".2101" = load volatile i16, ptr %".2098", align 2
  %".2102" = zext i16 %".2101" to i64
  %"cursor.143" = and i64 %".2102", 16383
  br label %"gre_d0"
to_ipv4.20:
  %".2104" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2104", align 1
  %".2106" = and i32 %"flags", 4
  %".2107" = icmp ne i32 %".2106", 0
  br i1 %".2107", label %"exit.76", label %"cont.76"
to_ipv6.20:
  %".2119" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2119", align 1
  %".2121" = and i32 %"flags", 4
  %".2122" = icmp ne i32 %".2121", 0
  br i1 %".2122", label %"exit.77", label %"cont.77"
exit.76:
  %".2109" = trunc i64 %".2031" to i16
  %".2110" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2109", ptr %".2110", align 2
  br label %"return"
cont.76:
  %".2113" = getelementptr i8, ptr %"keys", i64 2
  %".2114" = trunc i64 %".2031" to i16
  store volatile i16 %".2114", ptr %".2113", align 2
  %".2116" = load volatile i16, ptr %".2113", align 2
  %".2117" = zext i16 %".2116" to i64
  %"cursor.144" = and i64 %".2117", 16383
  br label %"ipv4_d1"
exit.77:
  %".2124" = trunc i64 %".2031" to i16
  %".2125" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2124", ptr %".2125", align 2
  br label %"return"
cont.77:
  %".2128" = getelementptr i8, ptr %"keys", i64 2
  %".2129" = trunc i64 %".2031" to i16
  store volatile i16 %".2129", ptr %".2128", align 2
  %".2131" = load volatile i16, ptr %".2128", align 2
  %".2132" = zext i16 %".2131" to i64
  %"cursor.145" = and i64 %".2132", 16383
  br label %"ipv6_d1"
exit.78:
  %".2137" = trunc i64 %"cursor.113" to i16
  %".2138" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2137", ptr %".2138", align 2
  br label %"return"
cont.78:
  %".2141" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2142" = load i16, ptr %".2141", align 2
  %".2143" = call i16 @"llvm.bswap.i16"(i16 %".2142")
  %".2144" = zext i16 %".2143" to i64
  %".2145" = trunc i64 %".2144" to i16
  %".2146" = call i16 @"llvm.bswap.i16"(i16 %".2145")
  %".2147" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".2146", ptr %".2147", align 2
  %".2149" = add i64 %"cursor.113", 4
  %".2150" = trunc i64 %".2149" to i16
  %".2151" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".2150", ptr %".2151", align 2
  %".2153" = call i16 @"llvm.bswap.i16"(i16 %".2142")
  %".2154" = zext i16 %".2153" to i64
  switch i64 %".2154", label %"unknown.21" [i64 2048, label %"to_ipv4.21" i64 34525, label %"to_ipv6.21" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11"]
unknown.21:
  %".2156" = trunc i64 %".2149" to i16
  %".2157" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2156", ptr %".2157", align 2
  br label %"return"
to_ipv4.21:
  %".2160" = getelementptr i8, ptr %"keys", i64 2
  %".2161" = trunc i64 %".2149" to i16
  store volatile i16 %".2161", ptr %".2160", align 2
  %".2163" = load volatile i16, ptr %".2160", align 2
  %".2164" = zext i16 %".2163" to i64
  %"cursor.146" = and i64 %".2164", 16383
  br label %"ipv4_d1"
to_ipv6.21:
  %".2166" = getelementptr i8, ptr %"keys", i64 2
  %".2167" = trunc i64 %".2149" to i16
  store volatile i16 %".2167", ptr %".2166", align 2
  %".2169" = load volatile i16, ptr %".2166", align 2
  %".2170" = zext i16 %".2169" to i64
  %"cursor.147" = and i64 %".2170", 16383
  br label %"ipv6_d1"
to_vlan.10:
  %".2172" = trunc i64 %".2149" to i16
  %".2173" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2172", ptr %".2173", align 2
  br label %"return"
to_vlan.11:
  %".2176" = trunc i64 %".2149" to i16
  %".2177" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2176", ptr %".2177", align 2
  br label %"return"
exit.79:
  %".2183" = trunc i64 %"cursor.116" to i16
  %".2184" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2183", ptr %".2184", align 2
  br label %"return"
cont.79:
  %".2187" = getelementptr i8, ptr %"hdr.25", i64 0
  %".2188" = load i8, ptr %".2187", align 1
  %".2189" = zext i8 %".2188" to i64
  %".2190" = trunc i64 %".2189" to i8
  %".2191" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2190", ptr %".2191", align 1
  %".2193" = add i64 %"cursor.116", 2
  %".2194" = getelementptr i8, ptr %"hdr.25", i64 1
  %".2195" = load i8, ptr %".2194", align 1
  %".2196" = zext i8 %".2195" to i64
  %".2197" = mul i64 %".2196", 8
  %".2198" = add i64 %".2197", 6
  %".2199" = add i64 %".2198", 2
  %".2200" = getelementptr i8, ptr %"hdr.25", i64 %".2199"
  %".2201" = icmp ugt ptr %".2200", %"data_end"
  br i1 %".2201", label %"exit.80", label %"cont.80"
exit.80:
  %".2203" = trunc i64 %"cursor.116" to i16
  %".2204" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2203", ptr %".2204", align 2
  br label %"return"
cont.80:
  %"end.10" = add i64 %"cursor.116", %".2199"
  %".2207" = zext i8 %".2188" to i64
  switch i64 %".2207", label %"unknown.22" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 4, label %"to_ipv4.22" i64 41, label %"to_ipv6.22"]
unknown.22:
  %".2209" = trunc i64 %"end.10" to i16
  %".2210" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2209", ptr %".2210", align 2
  br label %"return"
to_ipv6_opts.36:
  %".2213" = trunc i64 %"end.10" to i16
  %".2214" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2213", ptr %".2214", align 2
  br label %"return"
to_ipv6_opts.37:
  %".2217" = trunc i64 %"end.10" to i16
  %".2218" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2217", ptr %".2218", align 2
  br label %"return"
to_ipv6_opts.38:
  %".2221" = trunc i64 %"end.10" to i16
  %".2222" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2221", ptr %".2222", align 2
  br label %"return"
to_ipv6_frag.12:
  %".2225" = trunc i64 %"end.10" to i16
  %".2226" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2225", ptr %".2226", align 2
  br label %"return"
to_tcp.14:
  %".2229" = getelementptr i8, ptr %"keys", i64 2
  %".2230" = trunc i64 %"end.10" to i16
  store volatile i16 %".2230", ptr %".2229", align 2
  %".2232" = load volatile i16, ptr %".2229", align 2
  %".2233" = zext i16 %".2232" to i64
  %"cursor.148" = and i64 %".2233", 16383
  br label %"tcp"
to_udp.14:
  %".2235" = getelementptr i8, ptr %"keys", i64 2
  %".2236" = trunc i64 %"end.10" to i16
  store volatile i16 %".2236", ptr %".2235", align 2
  %".2238" = load volatile i16, ptr %".2235", align 2
  %".2239" = zext i16 %".2238" to i64
  %"cursor.149" = and i64 %".2239", 16383
  br label %"udp"
to_udplite.14:
  %".2241" = getelementptr i8, ptr %"keys", i64 2
  %".2242" = trunc i64 %"end.10" to i16
  store volatile i16 %".2242", ptr %".2241", align 2
  %".2244" = load volatile i16, ptr %".2241", align 2
  %".2245" = zext i16 %".2244" to i64
  %"cursor.150" = and i64 %".2245", 16383
  br label %"udplite"
to_gre.14:
  %".2247" = getelementptr i8, ptr %"keys", i64 2
  %".2248" = trunc i64 %"end.10" to i16
  store volatile i16 %".2248", ptr %".2247", align 2
  %".2250" = load volatile i16, ptr %".2247", align 2
  %".2251" = zext i16 %".2250" to i64
  %"cursor.151" = and i64 %".2251", 16383
  br label %"gre_d1"
to_ipv4.22:
  %".2253" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2253", align 1
  %".2255" = and i32 %"flags", 4
  %".2256" = icmp ne i32 %".2255", 0
  br i1 %".2256", label %"exit.81", label %"cont.81"
to_ipv6.22:
  %".2266" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2266", align 1
  %".2268" = and i32 %"flags", 4
  %".2269" = icmp ne i32 %".2268", 0
  br i1 %".2269", label %"exit.82", label %"cont.82"
exit.81:
  %".2258" = trunc i64 %"end.10" to i16
  %".2259" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2258", ptr %".2259", align 2
  br label %"return"
cont.81:
  %".2262" = trunc i64 %"end.10" to i16
  %".2263" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2262", ptr %".2263", align 2
  br label %"return"
exit.82:
  %".2271" = trunc i64 %"end.10" to i16
  %".2272" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2271", ptr %".2272", align 2
  br label %"return"
cont.82:
  %".2275" = trunc i64 %"end.10" to i16
  %".2276" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2275", ptr %".2276", align 2
  br label %"return"
exit.83:
  %".2282" = trunc i64 %"cursor.120" to i16
  %".2283" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2282", ptr %".2283", align 2
  br label %"return"
cont.83:
  %".2286" = getelementptr i8, ptr %"hdr.26", i64 0
  %".2287" = load i8, ptr %".2286", align 1
  %".2288" = zext i8 %".2287" to i64
  %".2289" = trunc i64 %".2288" to i8
  %".2290" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".2289", ptr %".2290", align 1
  %".2292" = add i64 %"cursor.120", 8
  %".2293" = icmp ne i64 1, 0
  %".2294" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2295" = load i16, ptr %".2294", align 2
  %".2296" = call i16 @"llvm.bswap.i16"(i16 %".2295")
  %".2297" = zext i16 %".2296" to i64
  %".2298" = and i64 %".2297", 65528
  %".2299" = icmp eq i64 %".2298", 0
  br i1 %".2293", label %"fragment.7", label %"not_fragment.7"
fragment.7:
  %".2301" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".2301", align 1
  br i1 %".2299", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".2319" = zext i8 %".2287" to i64
  switch i64 %".2319", label %"unknown.23" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 4, label %"to_ipv4.23" i64 41, label %"to_ipv6.23"]
first_fragment.7:
  %".2308" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".2308", align 1
  %".2310" = and i32 %"flags", 1
  %".2311" = icmp ne i32 %".2310", 0
  %".2312" = xor i1 %".2311", -1
  br i1 %".2312", label %"exit.84", label %"cont.84"
later_fragment.7:
  %".2304" = trunc i64 %".2292" to i16
  %".2305" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2304", ptr %".2305", align 2
  br label %"return"
exit.84:
  %".2314" = trunc i64 %".2292" to i16
  %".2315" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2314", ptr %".2315", align 2
  br label %"return"
cont.84:
  br label %"not_fragment.7"
unknown.23:
  %".2321" = trunc i64 %".2292" to i16
  %".2322" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2321", ptr %".2322", align 2
  br label %"return"
to_ipv6_opts.39:
  %".2325" = trunc i64 %".2292" to i16
  %".2326" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2325", ptr %".2326", align 2
  br label %"return"
to_ipv6_opts.40:
  %".2329" = trunc i64 %".2292" to i16
  %".2330" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2329", ptr %".2330", align 2
  br label %"return"
to_ipv6_opts.41:
  %".2333" = trunc i64 %".2292" to i16
  %".2334" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2333", ptr %".2334", align 2
  br label %"return"
to_ipv6_frag.13:
  %".2337" = trunc i64 %".2292" to i16
  %".2338" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2337", ptr %".2338", align 2
  br label %"return"
to_tcp.15:
  %".2341" = getelementptr i8, ptr %"keys", i64 2
  %".2342" = trunc i64 %".2292" to i16
  store volatile i16 %".2342", ptr %".2341", align 2
  %".2344" = load volatile i16, ptr %".2341", align 2
  %".2345" = zext i16 %".2344" to i64
  %"cursor.152" = and i64 %".2345", 16383
  br label %"tcp"
to_udp.15:
  %".2347" = getelementptr i8, ptr %"keys", i64 2
  %".2348" = trunc i64 %".2292" to i16
  store volatile i16 %".2348", ptr %".2347", align 2
  %".2350" = load volatile i16, ptr %".2347", align 2
  %".2351" = zext i16 %".2350" to i64
  %"cursor.153" = and i64 %".2351", 16383
  br label %"udp"
to_udplite.15:
  %".2353" = getelementptr i8, ptr %"keys", i64 2
  %".2354" = trunc i64 %".2292" to i16
  store volatile i16 %".2354", ptr %".2353", align 2
  %".2356" = load volatile i16, ptr %".2353", align 2
  %".2357" = zext i16 %".2356" to i64
  %"cursor.154" = and i64 %".2357", 16383
  br label %"udplite"
to_gre.15:
  %".2359" = getelementptr i8, ptr %"keys", i64 2
  %".2360" = trunc i64 %".2292" to i16
  store volatile i16 %".2360", ptr %".2359", align 2
  %".2362" = load volatile i16, ptr %".2359", align 2
  %".2363" = zext i16 %".2362" to i64
  %"cursor.155" = and i64 %".2363", 16383
  br label %"gre_d1"
to_ipv4.23:
  %".2365" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2365", align 1
  %".2367" = and i32 %"flags", 4
  %".2368" = icmp ne i32 %".2367", 0
  br i1 %".2368", label %"exit.85", label %"cont.85"
to_ipv6.23:
  %".2378" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".2378", align 1
  %".2380" = and i32 %"flags", 4
  %".2381" = icmp ne i32 %".2380", 0
  br i1 %".2381", label %"exit.86", label %"cont.86"
exit.85:
  %".2370" = trunc i64 %".2292" to i16
  %".2371" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2370", ptr %".2371", align 2
  br label %"return"
cont.85:
  %".2374" = trunc i64 %".2292" to i16
  %".2375" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2374", ptr %".2375", align 2
  br label %"return"
exit.86:
  %".2383" = trunc i64 %".2292" to i16
  %".2384" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2383", ptr %".2384", align 2
  br label %"return"
cont.86:
  %".2387" = trunc i64 %".2292" to i16
  %".2388" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".2387", ptr %".2388", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
