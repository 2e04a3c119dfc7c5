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
  br label %"vlan_d0_vlan_tags1"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%".249", %"to_ipv4.3"], [%".808", %"to_ipv4.9"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".31" = getelementptr i8, ptr %"hdr.1", i64 20
  %".32" = icmp ugt ptr %".31", %"data_end"
  br i1 %".32", label %"exit.1", label %"cont.1"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%".249", %"to_ipv6.3"], [%".808", %"to_ipv6.9"]
  %"hdr.2" = getelementptr i8, ptr %"data", i64 %"cursor.2"
  %".142" = getelementptr i8, ptr %"hdr.2", i64 40
  %".143" = icmp ugt ptr %".142", %"data_end"
  br i1 %".143", label %"exit.7", label %"cont.7"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"to_vlan"], [%".21", %"to_vlan.1"]
  %"hdr.3" = getelementptr i8, ptr %"data", i64 %"cursor.3"
  %".234" = getelementptr i8, ptr %"hdr.3", i64 4
  %".235" = icmp ugt ptr %".234", %"data_end"
  br i1 %".235", label %"exit.11", label %"cont.11"
exit.1:
  %".34" = trunc i64 %"cursor.1" to i16
  %".35" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".34", ptr %".35", align 2
  br label %"return"
cont.1:
  %".38" = getelementptr i8, ptr %"hdr.1", i64 0
  %".39" = load i8, ptr %".38", align 1
  %".40" = zext i8 %".39" to i64
  %".41" = and i64 %".40", 15
  %".42" = icmp uge i64 %".41", 5
  %".43" = xor i1 %".42", -1
  br i1 %".43", label %"exit.2", label %"cont.2"
exit.2:
  %".45" = trunc i64 %"cursor.1" to i16
  %".46" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".45", ptr %".46", align 2
  br label %"return"
cont.2:
  %".49" = trunc i64 2048 to i16
  %".50" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".49", ptr %".50", align 2
  %".52" = trunc i64 2048 to i16
  %".53" = call i16 @"llvm.bswap.i16"(i16 %".52")
  %".54" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".53", ptr %".54", align 2
  %".56" = getelementptr i8, ptr %"hdr.1", i64 12
  %".57" = load i32, ptr %".56", align 4
  %".58" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".57", ptr %".58", align 4
  %".60" = getelementptr i8, ptr %"hdr.1", i64 16
  %".61" = load i32, ptr %".60", align 4
  %".62" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".61", ptr %".62", align 4
  %".64" = getelementptr i8, ptr %"hdr.1", i64 9
  %".65" = load i8, ptr %".64", align 1
  %".66" = zext i8 %".65" to i64
  %".67" = trunc i64 %".66" to i8
  %".68" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".67", ptr %".68", align 1
  %".70" = add i64 %"cursor.1", 20
  %".71" = zext i8 %".39" to i64
  %".72" = and i64 %".71", 15
  %".73" = mul i64 %".72", 4
  %".74" = sub i64 %".73", 20
  %".75" = add i64 %".74", 20
  %".76" = getelementptr i8, ptr %"hdr.1", i64 %".75"
  %".77" = icmp ugt ptr %".76", %"data_end"
  br i1 %".77", label %"exit.3", label %"cont.3"
exit.3:
  %".79" = trunc i64 %"cursor.1" to i16
  %".80" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".79", ptr %".80", align 2
  br label %"return"
cont.3:
  %"end" = add i64 %"cursor.1", %".75"
  %".83" = getelementptr i8, ptr %"hdr.1", i64 6
  %".84" = load i16, ptr %".83", align 2
  %".85" = call i16 @"llvm.bswap.i16"(i16 %".84")
  %".86" = zext i16 %".85" to i64
  %".87" = and i64 %".86", 16383
  %".88" = icmp ne i64 %".87", 0
  %".89" = call i16 @"llvm.bswap.i16"(i16 %".84")
  %".90" = zext i16 %".89" to i64
  %".91" = and i64 %".90", 8191
  %".92" = icmp eq i64 %".91", 0
  br i1 %".88", label %"fragment", label %"not_fragment"
fragment:
  %".94" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".94", align 1
  br i1 %".92", label %"first_fragment", label %"later_fragment"
not_fragment:
  %".112" = zext i8 %".65" to i64
  switch i64 %".112", label %"unknown.1" [i64 6, label %"to_tcp" i64 17, label %"to_udp" i64 136, label %"to_udplite" i64 47, label %"to_gre" i64 4, label %"to_ipv4.1" i64 41, label %"to_ipv6.1"]
first_fragment:
  %".101" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".101", align 1
  %".103" = and i32 %"flags", 1
  %".104" = icmp ne i32 %".103", 0
  %".105" = xor i1 %".104", -1
  br i1 %".105", label %"exit.4", label %"cont.4"
later_fragment:
  %".97" = trunc i64 %"end" to i16
  %".98" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".97", ptr %".98", align 2
  br label %"return"
exit.4:
  %".107" = trunc i64 %"end" to i16
  %".108" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".107", ptr %".108", align 2
  br label %"return"
cont.4:
  br label %"not_fragment"
unknown.1:
  %".114" = trunc i64 %"end" to i16
  %".115" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".114", ptr %".115", align 2
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
  %".122" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".122", align 1
  %".124" = and i32 %"flags", 4
  %".125" = icmp ne i32 %".124", 0
  br i1 %".125", label %"exit.5", label %"cont.5"
to_ipv6.1:
  %".132" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".132", align 1
  %".134" = and i32 %"flags", 4
  %".135" = icmp ne i32 %".134", 0
  br i1 %".135", label %"exit.6", label %"cont.6"
tcp:
  %"cursor.4" = phi  i64 [%"end", %"to_tcp"], [%".187", %"to_tcp.1"], [%"end.3", %"to_tcp.2"], [%".605", %"to_tcp.3"], [%"end.4", %"to_tcp.4"], [%".732", %"to_tcp.5"], [%"end.6", %"to_tcp.6"], [%".1064", %"to_tcp.7"], [%"end.7", %"to_tcp.8"], [%".1205", %"to_tcp.9"], [%"end.8", %"to_tcp.10"], [%".1406", %"to_tcp.11"], [%"end.9", %"to_tcp.12"], [%".1559", %"to_tcp.13"], [%"end.10", %"to_tcp.14"], [%".1760", %"to_tcp.15"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.4"
  %".264" = getelementptr i8, ptr %"hdr.4", i64 20
  %".265" = icmp ugt ptr %".264", %"data_end"
  br i1 %".265", label %"exit.12", label %"cont.12"
udp_d0:
  %"cursor.5" = phi  i64 [%"end", %"to_udp"], [%".187", %"to_udp.1"], [%"end.4", %"to_udp.4"], [%".732", %"to_udp.5"], [%"end.7", %"to_udp.8"], [%".1205", %"to_udp.9"], [%"end.9", %"to_udp.12"], [%".1559", %"to_udp.13"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".317" = getelementptr i8, ptr %"hdr.5", i64 8
  %".318" = icmp ugt ptr %".317", %"data_end"
  br i1 %".318", label %"exit.15", label %"cont.15"
udplite:
  %"cursor.6" = phi  i64 [%"end", %"to_udplite"], [%".187", %"to_udplite.1"], [%"end.3", %"to_udplite.2"], [%".605", %"to_udplite.3"], [%"end.4", %"to_udplite.4"], [%".732", %"to_udplite.5"], [%"end.6", %"to_udplite.6"], [%".1064", %"to_udplite.7"], [%"end.7", %"to_udplite.8"], [%".1205", %"to_udplite.9"], [%"end.8", %"to_udplite.10"], [%".1406", %"to_udplite.11"], [%"end.9", %"to_udplite.12"], [%".1559", %"to_udplite.13"], [%"end.10", %"to_udplite.14"], [%".1760", %"to_udplite.15"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.6"
  %".349" = getelementptr i8, ptr %"hdr.6", i64 8
  %".350" = icmp ugt ptr %".349", %"data_end"
  br i1 %".350", label %"exit.16", label %"cont.16"
gre_d0:
  %"cursor.7" = phi  i64 [%"end", %"to_gre"], [%".187", %"to_gre.1"], [%"end.4", %"to_gre.4"], [%".732", %"to_gre.5"], [%"end.7", %"to_gre.8"], [%".1205", %"to_gre.9"], [%"end.9", %"to_gre.12"], [%".1559", %"to_gre.13"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".377" = getelementptr i8, ptr %"hdr.7", i64 4
  %".378" = icmp ugt ptr %".377", %"data_end"
  br i1 %".378", label %"exit.17", label %"cont.17"
exit.5:
  %".127" = trunc i64 %"end" to i16
  %".128" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".127", ptr %".128", align 2
  br label %"return"
cont.5:
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.8" = phi  i64 [%"end", %"cont.5"], [%".187", %"cont.9"], [%"end.2", %"to_ipv4.4"], [%"end.4", %"cont.33"], [%".732", %"cont.37"], [%".836", %"to_ipv4.10"], [%".863", %"to_ipv4.11"], [%"end.7", %"cont.58"], [%".1205", %"cont.62"], [%".1281", %"to_ipv4.17"], [%"end.9", %"cont.77"], [%".1559", %"cont.81"], [%".1647", %"to_ipv4.23"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".443" = getelementptr i8, ptr %"hdr.8", i64 20
  %".444" = icmp ugt ptr %".443", %"data_end"
  br i1 %".444", label %"exit.21", label %"cont.21"
exit.6:
  %".137" = trunc i64 %"end" to i16
  %".138" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".137", ptr %".138", align 2
  br label %"return"
cont.6:
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.9" = phi  i64 [%"end", %"cont.6"], [%".187", %"cont.10"], [%"end.2", %"to_ipv6.4"], [%"end.4", %"cont.34"], [%".732", %"cont.38"], [%".863", %"to_ipv6.10"], [%"end.7", %"cont.59"], [%".1205", %"cont.63"], [%".1281", %"to_ipv6.16"], [%"end.9", %"cont.78"], [%".1559", %"cont.82"], [%".1647", %"to_ipv6.21"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".560" = getelementptr i8, ptr %"hdr.9", i64 40
  %".561" = icmp ugt ptr %".560", %"data_end"
  br i1 %".561", label %"exit.27", label %"cont.27"
exit.7:
  %".145" = trunc i64 %"cursor.2" to i16
  %".146" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".145", ptr %".146", align 2
  br label %"return"
cont.7:
  %".149" = trunc i64 34525 to i16
  %".150" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".149", ptr %".150", align 2
  %".152" = trunc i64 34525 to i16
  %".153" = call i16 @"llvm.bswap.i16"(i16 %".152")
  %".154" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".153", ptr %".154", align 2
  %".156" = getelementptr i8, ptr %"hdr.2", i64 8
  %".157" = load i64, ptr %".156", align 8
  %".158" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".157", ptr %".158", align 8
  %".160" = getelementptr i8, ptr %"hdr.2", i64 16
  %".161" = load i64, ptr %".160", align 8
  %".162" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".161", ptr %".162", align 8
  %".164" = getelementptr i8, ptr %"hdr.2", i64 24
  %".165" = load i64, ptr %".164", align 8
  %".166" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".165", ptr %".166", align 8
  %".168" = getelementptr i8, ptr %"hdr.2", i64 32
  %".169" = load i64, ptr %".168", align 8
  %".170" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".169", ptr %".170", align 8
  %".172" = getelementptr i8, ptr %"hdr.2", i64 6
  %".173" = load i8, ptr %".172", align 1
  %".174" = zext i8 %".173" to i64
  %".175" = trunc i64 %".174" to i8
  %".176" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".175", ptr %".176", align 1
  %".178" = getelementptr i8, ptr %"hdr.2", i64 0
  %".179" = load i32, ptr %".178", align 4
  %".180" = call i32 @"llvm.bswap.i32"(i32 %".179")
  %".181" = zext i32 %".180" to i64
  %".182" = and i64 %".181", 1048575
  %".183" = trunc i64 %".182" to i32
  %".184" = call i32 @"llvm.bswap.i32"(i32 %".183")
  %".185" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".184", ptr %".185", align 4
  %".187" = add i64 %"cursor.2", 40
  %".188" = call i32 @"llvm.bswap.i32"(i32 %".179")
  %".189" = zext i32 %".188" to i64
  %".190" = and i64 %".189", 1048575
  %".191" = icmp ne i64 %".190", 0
  %".192" = and i32 %"flags", 2
  %".193" = icmp ne i32 %".192", 0
  %".194" = and i1 %".191", %".193"
  br i1 %".194", label %"exit.8", label %"cont.8"
exit.8:
  %".196" = trunc i64 %".187" to i16
  %".197" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".196", ptr %".197", align 2
  br label %"return"
cont.8:
  %".200" = zext i8 %".173" to i64
  switch i64 %".200", label %"unknown.2" [i64 0, label %"to_ipv6_opts" i64 43, label %"to_ipv6_opts.1" i64 60, label %"to_ipv6_opts.2" i64 44, label %"to_ipv6_frag" i64 6, label %"to_tcp.1" i64 17, label %"to_udp.1" i64 136, label %"to_udplite.1" i64 47, label %"to_gre.1" i64 4, label %"to_ipv4.2" i64 41, label %"to_ipv6.2"]
unknown.2:
  %".202" = trunc i64 %".187" to i16
  %".203" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".202", ptr %".203", align 2
  br label %"return"
to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.2:
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
to_ipv4.2:
  %".214" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".214", align 1
  %".216" = and i32 %"flags", 4
  %".217" = icmp ne i32 %".216", 0
  br i1 %".217", label %"exit.9", label %"cont.9"
to_ipv6.2:
  %".224" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".224", align 1
  %".226" = and i32 %"flags", 4
  %".227" = icmp ne i32 %".226", 0
  br i1 %".227", label %"exit.10", label %"cont.10"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.10" = phi  i64 [%".187", %"to_ipv6_opts"], [%".187", %"to_ipv6_opts.1"], [%".187", %"to_ipv6_opts.2"]
  %"hdr.10" = getelementptr i8, ptr %"data", i64 %"cursor.10"
  %".658" = getelementptr i8, ptr %"hdr.10", i64 2
  %".659" = icmp ugt ptr %".658", %"data_end"
  br i1 %".659", label %"exit.31", label %"cont.31"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.11" = phi  i64 [%".187", %"to_ipv6_frag"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".719" = getelementptr i8, ptr %"hdr.11", i64 8
  %".720" = icmp ugt ptr %".719", %"data_end"
  br i1 %".720", label %"exit.35", label %"cont.35"
exit.9:
  %".219" = trunc i64 %".187" to i16
  %".220" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".219", ptr %".220", align 2
  br label %"return"
cont.9:
  br label %"ipv4_d1"
exit.10:
  %".229" = trunc i64 %".187" to i16
  %".230" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".229", ptr %".230", align 2
  br label %"return"
cont.10:
  br label %"ipv6_d1"
exit.11:
  %".237" = trunc i64 %"cursor.3" to i16
  %".238" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".237", ptr %".238", align 2
  br label %"return"
cont.11:
  %".241" = getelementptr i8, ptr %"hdr.3", i64 2
  %".242" = load i16, ptr %".241", align 2
  %".243" = call i16 @"llvm.bswap.i16"(i16 %".242")
  %".244" = zext i16 %".243" to i64
  %".245" = trunc i64 %".244" to i16
  %".246" = call i16 @"llvm.bswap.i16"(i16 %".245")
  %".247" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".246", ptr %".247", align 2
  %".249" = add i64 %"cursor.3", 4
  %".250" = trunc i64 %".249" to i16
  %".251" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".250", ptr %".251", align 2
  %".253" = call i16 @"llvm.bswap.i16"(i16 %".242")
  %".254" = zext i16 %".253" to i64
  switch i64 %".254", label %"unknown.3" [i64 2048, label %"to_ipv4.3" i64 34525, label %"to_ipv6.3" i64 33024, label %"to_vlan.2" i64 34984, label %"to_vlan.3"]
unknown.3:
  %".256" = trunc i64 %".249" to i16
  %".257" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".256", ptr %".257", align 2
  br label %"return"
to_ipv4.3:
  br label %"ipv4_d0"
to_ipv6.3:
  br label %"ipv6_d0"
to_vlan.2:
  br label %"vlan_d0_vlan_tags2"
to_vlan.3:
  br label %"vlan_d0_vlan_tags2"
vlan_d0_vlan_tags2:
  %"cursor.12" = phi  i64 [%".249", %"to_vlan.2"], [%".249", %"to_vlan.3"]
  %"hdr.12" = getelementptr i8, ptr %"data", i64 %"cursor.12"
  %".793" = getelementptr i8, ptr %"hdr.12", i64 4
  %".794" = icmp ugt ptr %".793", %"data_end"
  br i1 %".794", label %"exit.39", label %"cont.39"
exit.12:
  %".267" = trunc i64 %"cursor.4" to i16
  %".268" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".267", ptr %".268", align 2
  br label %"return"
cont.12:
  %".271" = getelementptr i8, ptr %"hdr.4", i64 12
  %".272" = load i8, ptr %".271", align 1
  %".273" = zext i8 %".272" to i64
  %".274" = lshr i64 %".273", 4
  %".275" = and i64 %".274", 15
  %".276" = icmp uge i64 %".275", 5
  %".277" = xor i1 %".276", -1
  br i1 %".277", label %"exit.13", label %"cont.13"
exit.13:
  %".279" = trunc i64 %"cursor.4" to i16
  %".280" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".279", ptr %".280", align 2
  br label %"return"
cont.13:
  %".283" = getelementptr i8, ptr %"hdr.4", i64 0
  %".284" = load i16, ptr %".283", align 2
  %".285" = call i16 @"llvm.bswap.i16"(i16 %".284")
  %".286" = zext i16 %".285" to i64
  %".287" = trunc i64 %".286" to i16
  %".288" = call i16 @"llvm.bswap.i16"(i16 %".287")
  %".289" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".288", ptr %".289", align 2
  %".291" = getelementptr i8, ptr %"hdr.4", i64 2
  %".292" = load i16, ptr %".291", align 2
  %".293" = call i16 @"llvm.bswap.i16"(i16 %".292")
  %".294" = zext i16 %".293" to i64
  %".295" = trunc i64 %".294" to i16
  %".296" = call i16 @"llvm.bswap.i16"(i16 %".295")
  %".297" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".296", ptr %".297", align 2
  %".299" = add i64 %"cursor.4", 20
  %".300" = zext i8 %".272" to i64
  %".301" = lshr i64 %".300", 4
  %".302" = and i64 %".301", 15
  %".303" = mul i64 %".302", 4
  %".304" = sub i64 %".303", 20
  %".305" = add i64 %".304", 20
  %".306" = getelementptr i8, ptr %"hdr.4", i64 %".305"
  %".307" = icmp ugt ptr %".306", %"data_end"
  br i1 %".307", label %"exit.14", label %"cont.14"
exit.14:
  %".309" = trunc i64 %"cursor.4" to i16
  %".310" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".309", ptr %".310", align 2
  br label %"return"
cont.14:
  %"end.1" = add i64 %"cursor.4", %".305"
  %".313" = trunc i64 %"cursor.4" to i16
  %".314" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".313", ptr %".314", align 2
  br label %"return"
exit.15:
  %".320" = trunc i64 %"cursor.5" to i16
  %".321" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".320", ptr %".321", align 2
  br label %"return"
cont.15:
  %".324" = getelementptr i8, ptr %"hdr.5", i64 0
  %".325" = load i16, ptr %".324", align 2
  %".326" = call i16 @"llvm.bswap.i16"(i16 %".325")
  %".327" = zext i16 %".326" to i64
  %".328" = trunc i64 %".327" to i16
  %".329" = call i16 @"llvm.bswap.i16"(i16 %".328")
  %".330" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".329", ptr %".330", align 2
  %".332" = getelementptr i8, ptr %"hdr.5", i64 2
  %".333" = load i16, ptr %".332", align 2
  %".334" = call i16 @"llvm.bswap.i16"(i16 %".333")
  %".335" = zext i16 %".334" to i64
  %".336" = trunc i64 %".335" to i16
  %".337" = call i16 @"llvm.bswap.i16"(i16 %".336")
  %".338" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".337", ptr %".338", align 2
  %".340" = add i64 %"cursor.5", 8
  %".341" = call i16 @"llvm.bswap.i16"(i16 %".333")
  %".342" = zext i16 %".341" to i64
  switch i64 %".342", label %"unknown.4" [i64 7777, label %"to_shim"]
unknown.4:
  %".344" = trunc i64 %"cursor.5" to i16
  %".345" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".344", ptr %".345", align 2
  br label %"return"
to_shim:
  br label %"shim_d0"
shim_d0:
  %"cursor.13" = phi  i64 [%".340", %"to_shim"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.13"
  %".829" = getelementptr i8, ptr %"hdr.13", i64 8
  %".830" = icmp ugt ptr %".829", %"data_end"
  br i1 %".830", label %"exit.40", label %"cont.40"
exit.16:
  %".352" = trunc i64 %"cursor.6" to i16
  %".353" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".352", ptr %".353", align 2
  br label %"return"
cont.16:
  %".356" = getelementptr i8, ptr %"hdr.6", i64 0
  %".357" = load i16, ptr %".356", align 2
  %".358" = call i16 @"llvm.bswap.i16"(i16 %".357")
  %".359" = zext i16 %".358" to i64
  %".360" = trunc i64 %".359" to i16
  %".361" = call i16 @"llvm.bswap.i16"(i16 %".360")
  %".362" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".361", ptr %".362", align 2
  %".364" = getelementptr i8, ptr %"hdr.6", i64 2
  %".365" = load i16, ptr %".364", align 2
  %".366" = call i16 @"llvm.bswap.i16"(i16 %".365")
  %".367" = zext i16 %".366" to i64
  %".368" = trunc i64 %".367" to i16
  %".369" = call i16 @"llvm.bswap.i16"(i16 %".368")
  %".370" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".369", ptr %".370", align 2
  %".372" = add i64 %"cursor.6", 8
  %".373" = trunc i64 %"cursor.6" to i16
  %".374" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".373", ptr %".374", align 2
  br label %"return"
exit.17:
  %".380" = trunc i64 %"cursor.7" to i16
  %".381" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".380", ptr %".381", align 2
  br label %"return"
cont.17:
  %".384" = getelementptr i8, ptr %"hdr.7", i64 1
  %".385" = load i8, ptr %".384", align 1
  %".386" = zext i8 %".385" to i64
  %".387" = and i64 %".386", 7
  %".388" = icmp ne i64 %".387", 0
  %".389" = getelementptr i8, ptr %"hdr.7", i64 0
  %".390" = load i8, ptr %".389", align 1
  %".391" = zext i8 %".390" to i64
  %".392" = lshr i64 %".391", 6
  %".393" = and i64 %".392", 1
  %".394" = icmp ne i64 %".393", 0
  %".395" = or i1 %".388", %".394"
  br i1 %".395", label %"exit.18", label %"cont.18"
exit.18:
  %".397" = trunc i64 %"cursor.7" to i16
  %".398" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".397", ptr %".398", align 2
  br label %"return"
cont.18:
  %".401" = add i64 %"cursor.7", 4
  %".402" = zext i8 %".390" to i64
  %".403" = lshr i64 %".402", 7
  %".404" = and i64 %".403", 1
  %".405" = zext i8 %".390" to i64
  %".406" = lshr i64 %".405", 5
  %".407" = and i64 %".406", 1
  %".408" = add i64 %".404", %".407"
  %".409" = zext i8 %".390" to i64
  %".410" = lshr i64 %".409", 4
  %".411" = and i64 %".410", 1
  %".412" = add i64 %".408", %".411"
  %".413" = mul i64 %".412", 4
  %".414" = add i64 %".413", 4
  %".415" = getelementptr i8, ptr %"hdr.7", i64 %".414"
  %".416" = icmp ugt ptr %".415", %"data_end"
  br i1 %".416", label %"exit.19", label %"cont.19"
exit.19:
  %".418" = trunc i64 %"cursor.7" to i16
  %".419" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".418", ptr %".419", align 2
  br label %"return"
cont.19:
  %"end.2" = add i64 %"cursor.7", %".414"
  %".422" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".422", align 1
  %".424" = and i32 %"flags", 4
  %".425" = icmp ne i32 %".424", 0
  br i1 %".425", label %"exit.20", label %"cont.20"
exit.20:
  %".427" = trunc i64 %"end.2" to i16
  %".428" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".427", ptr %".428", align 2
  br label %"return"
cont.20:
  %".431" = getelementptr i8, ptr %"hdr.7", i64 2
  %".432" = load i16, ptr %".431", align 2
  %".433" = call i16 @"llvm.bswap.i16"(i16 %".432")
  %".434" = zext i16 %".433" to i64
  switch i64 %".434", label %"unknown.5" [i64 2048, label %"to_ipv4.4" i64 34525, label %"to_ipv6.4" i64 25944, label %"to_ethernet"]
unknown.5:
  %".436" = trunc i64 %"end.2" to i16
  %".437" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".436", ptr %".437", align 2
  br label %"return"
to_ipv4.4:
  br label %"ipv4_d1"
to_ipv6.4:
  br label %"ipv6_d1"
to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.14" = phi  i64 [%"end.2", %"to_ethernet"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.14"
  %".856" = getelementptr i8, ptr %"hdr.14", i64 14
  %".857" = icmp ugt ptr %".856", %"data_end"
  br i1 %".857", label %"exit.42", label %"cont.42"
exit.21:
  %".446" = trunc i64 %"cursor.8" to i16
  %".447" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".446", ptr %".447", align 2
  br label %"return"
cont.21:
  %".450" = getelementptr i8, ptr %"hdr.8", i64 0
  %".451" = load i8, ptr %".450", align 1
  %".452" = zext i8 %".451" to i64
  %".453" = and i64 %".452", 15
  %".454" = icmp uge i64 %".453", 5
  %".455" = xor i1 %".454", -1
  br i1 %".455", label %"exit.22", label %"cont.22"
exit.22:
  %".457" = trunc i64 %"cursor.8" to i16
  %".458" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".457", ptr %".458", align 2
  br label %"return"
cont.22:
  %".461" = trunc i64 2048 to i16
  %".462" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".461", ptr %".462", align 2
  %".464" = trunc i64 2048 to i16
  %".465" = call i16 @"llvm.bswap.i16"(i16 %".464")
  %".466" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".465", ptr %".466", align 2
  %".468" = getelementptr i8, ptr %"hdr.8", i64 12
  %".469" = load i32, ptr %".468", align 4
  %".470" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".469", ptr %".470", align 4
  %".472" = getelementptr i8, ptr %"hdr.8", i64 16
  %".473" = load i32, ptr %".472", align 4
  %".474" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".473", ptr %".474", align 4
  %".476" = getelementptr i8, ptr %"hdr.8", i64 9
  %".477" = load i8, ptr %".476", align 1
  %".478" = zext i8 %".477" to i64
  %".479" = trunc i64 %".478" to i8
  %".480" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".479", ptr %".480", align 1
  %".482" = add i64 %"cursor.8", 20
  %".483" = zext i8 %".451" to i64
  %".484" = and i64 %".483", 15
  %".485" = mul i64 %".484", 4
  %".486" = sub i64 %".485", 20
  %".487" = add i64 %".486", 20
  %".488" = getelementptr i8, ptr %"hdr.8", i64 %".487"
  %".489" = icmp ugt ptr %".488", %"data_end"
  br i1 %".489", label %"exit.23", label %"cont.23"
exit.23:
  %".491" = trunc i64 %"cursor.8" to i16
  %".492" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".491", ptr %".492", align 2
  br label %"return"
cont.23:
  %"end.3" = add i64 %"cursor.8", %".487"
  %".495" = getelementptr i8, ptr %"hdr.8", i64 6
  %".496" = load i16, ptr %".495", align 2
  %".497" = call i16 @"llvm.bswap.i16"(i16 %".496")
  %".498" = zext i16 %".497" to i64
  %".499" = and i64 %".498", 16383
  %".500" = icmp ne i64 %".499", 0
  %".501" = call i16 @"llvm.bswap.i16"(i16 %".496")
  %".502" = zext i16 %".501" to i64
  %".503" = and i64 %".502", 8191
  %".504" = icmp eq i64 %".503", 0
  br i1 %".500", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".506" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".506", align 1
  br i1 %".504", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".524" = zext i8 %".477" to i64
  switch i64 %".524", label %"unknown.6" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 4, label %"to_ipv4.5" i64 41, label %"to_ipv6.5"]
first_fragment.1:
  %".513" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".513", align 1
  %".515" = and i32 %"flags", 1
  %".516" = icmp ne i32 %".515", 0
  %".517" = xor i1 %".516", -1
  br i1 %".517", label %"exit.24", label %"cont.24"
later_fragment.1:
  %".509" = trunc i64 %"end.3" to i16
  %".510" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".509", ptr %".510", align 2
  br label %"return"
exit.24:
  %".519" = trunc i64 %"end.3" to i16
  %".520" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".519", ptr %".520", align 2
  br label %"return"
cont.24:
  br label %"not_fragment.1"
unknown.6:
  %".526" = trunc i64 %"end.3" to i16
  %".527" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".526", ptr %".527", align 2
  br label %"return"
to_tcp.2:
  br label %"tcp"
to_udp.2:
  br label %"udp_d1"
to_udplite.2:
  br label %"udplite"
to_gre.2:
  br label %"gre_d1"
to_ipv4.5:
  %".534" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".534", align 1
  %".536" = and i32 %"flags", 4
  %".537" = icmp ne i32 %".536", 0
  br i1 %".537", label %"exit.25", label %"cont.25"
to_ipv6.5:
  %".547" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".547", align 1
  %".549" = and i32 %"flags", 4
  %".550" = icmp ne i32 %".549", 0
  br i1 %".550", label %"exit.26", label %"cont.26"
udp_d1:
  %"cursor.15" = phi  i64 [%"end.3", %"to_udp.2"], [%".605", %"to_udp.3"], [%"end.6", %"to_udp.6"], [%".1064", %"to_udp.7"], [%"end.8", %"to_udp.10"], [%".1406", %"to_udp.11"], [%"end.10", %"to_udp.14"], [%".1760", %"to_udp.15"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.15"
  %".877" = getelementptr i8, ptr %"hdr.15", i64 8
  %".878" = icmp ugt ptr %".877", %"data_end"
  br i1 %".878", label %"exit.43", label %"cont.43"
gre_d1:
  %"cursor.16" = phi  i64 [%"end.3", %"to_gre.2"], [%".605", %"to_gre.3"], [%"end.6", %"to_gre.6"], [%".1064", %"to_gre.7"], [%"end.8", %"to_gre.10"], [%".1406", %"to_gre.11"], [%"end.10", %"to_gre.14"], [%".1760", %"to_gre.15"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.16"
  %".909" = getelementptr i8, ptr %"hdr.16", i64 4
  %".910" = icmp ugt ptr %".909", %"data_end"
  br i1 %".910", label %"exit.44", label %"cont.44"
exit.25:
  %".539" = trunc i64 %"end.3" to i16
  %".540" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".539", ptr %".540", align 2
  br label %"return"
cont.25:
  %".543" = trunc i64 %"end.3" to i16
  %".544" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".543", ptr %".544", align 2
  br label %"return"
exit.26:
  %".552" = trunc i64 %"end.3" to i16
  %".553" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".552", ptr %".553", align 2
  br label %"return"
cont.26:
  %".556" = trunc i64 %"end.3" to i16
  %".557" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".556", ptr %".557", align 2
  br label %"return"
exit.27:
  %".563" = trunc i64 %"cursor.9" to i16
  %".564" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".563", ptr %".564", align 2
  br label %"return"
cont.27:
  %".567" = trunc i64 34525 to i16
  %".568" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".567", ptr %".568", align 2
  %".570" = trunc i64 34525 to i16
  %".571" = call i16 @"llvm.bswap.i16"(i16 %".570")
  %".572" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".571", ptr %".572", align 2
  %".574" = getelementptr i8, ptr %"hdr.9", i64 8
  %".575" = load i64, ptr %".574", align 8
  %".576" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".575", ptr %".576", align 8
  %".578" = getelementptr i8, ptr %"hdr.9", i64 16
  %".579" = load i64, ptr %".578", align 8
  %".580" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".579", ptr %".580", align 8
  %".582" = getelementptr i8, ptr %"hdr.9", i64 24
  %".583" = load i64, ptr %".582", align 8
  %".584" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".583", ptr %".584", align 8
  %".586" = getelementptr i8, ptr %"hdr.9", i64 32
  %".587" = load i64, ptr %".586", align 8
  %".588" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".587", ptr %".588", align 8
  %".590" = getelementptr i8, ptr %"hdr.9", i64 6
  %".591" = load i8, ptr %".590", align 1
  %".592" = zext i8 %".591" to i64
  %".593" = trunc i64 %".592" to i8
  %".594" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".593", ptr %".594", align 1
  %".596" = getelementptr i8, ptr %"hdr.9", i64 0
  %".597" = load i32, ptr %".596", align 4
  %".598" = call i32 @"llvm.bswap.i32"(i32 %".597")
  %".599" = zext i32 %".598" to i64
  %".600" = and i64 %".599", 1048575
  %".601" = trunc i64 %".600" to i32
  %".602" = call i32 @"llvm.bswap.i32"(i32 %".601")
  %".603" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".602", ptr %".603", align 4
  %".605" = add i64 %"cursor.9", 40
  %".606" = call i32 @"llvm.bswap.i32"(i32 %".597")
  %".607" = zext i32 %".606" to i64
  %".608" = and i64 %".607", 1048575
  %".609" = icmp ne i64 %".608", 0
  %".610" = and i32 %"flags", 2
  %".611" = icmp ne i32 %".610", 0
  %".612" = and i1 %".609", %".611"
  br i1 %".612", label %"exit.28", label %"cont.28"
exit.28:
  %".614" = trunc i64 %".605" to i16
  %".615" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".614", ptr %".615", align 2
  br label %"return"
cont.28:
  %".618" = zext i8 %".591" to i64
  switch i64 %".618", label %"unknown.7" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
unknown.7:
  %".620" = trunc i64 %".605" to i16
  %".621" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".620", ptr %".621", align 2
  br label %"return"
to_ipv6_opts.3:
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  br label %"tcp"
to_udp.3:
  br label %"udp_d1"
to_udplite.3:
  br label %"udplite"
to_gre.3:
  br label %"gre_d1"
to_ipv4.6:
  %".632" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".632", align 1
  %".634" = and i32 %"flags", 4
  %".635" = icmp ne i32 %".634", 0
  br i1 %".635", label %"exit.29", label %"cont.29"
to_ipv6.6:
  %".645" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".645", align 1
  %".647" = and i32 %"flags", 4
  %".648" = icmp ne i32 %".647", 0
  br i1 %".648", label %"exit.30", label %"cont.30"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.17" = phi  i64 [%".605", %"to_ipv6_opts.3"], [%".605", %"to_ipv6_opts.4"], [%".605", %"to_ipv6_opts.5"]
  %"hdr.17" = getelementptr i8, ptr %"data", i64 %"cursor.17"
  %".984" = getelementptr i8, ptr %"hdr.17", i64 2
  %".985" = icmp ugt ptr %".984", %"data_end"
  br i1 %".985", label %"exit.48", label %"cont.48"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.18" = phi  i64 [%".605", %"to_ipv6_frag.1"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.18"
  %".1051" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1052" = icmp ugt ptr %".1051", %"data_end"
  br i1 %".1052", label %"exit.52", label %"cont.52"
exit.29:
  %".637" = trunc i64 %".605" to i16
  %".638" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".637", ptr %".638", align 2
  br label %"return"
cont.29:
  %".641" = trunc i64 %".605" to i16
  %".642" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".641", ptr %".642", align 2
  br label %"return"
exit.30:
  %".650" = trunc i64 %".605" to i16
  %".651" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".650", ptr %".651", align 2
  br label %"return"
cont.30:
  %".654" = trunc i64 %".605" to i16
  %".655" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".654", ptr %".655", align 2
  br label %"return"
exit.31:
  %".661" = trunc i64 %"cursor.10" to i16
  %".662" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".661", ptr %".662", align 2
  br label %"return"
cont.31:
  %".665" = getelementptr i8, ptr %"hdr.10", i64 0
  %".666" = load i8, ptr %".665", align 1
  %".667" = zext i8 %".666" to i64
  %".668" = trunc i64 %".667" to i8
  %".669" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".668", ptr %".669", align 1
  %".671" = add i64 %"cursor.10", 2
  %".672" = getelementptr i8, ptr %"hdr.10", i64 1
  %".673" = load i8, ptr %".672", align 1
  %".674" = zext i8 %".673" to i64
  %".675" = mul i64 %".674", 8
  %".676" = add i64 %".675", 6
  %".677" = add i64 %".676", 2
  %".678" = getelementptr i8, ptr %"hdr.10", i64 %".677"
  %".679" = icmp ugt ptr %".678", %"data_end"
  br i1 %".679", label %"exit.32", label %"cont.32"
exit.32:
  %".681" = trunc i64 %"cursor.10" to i16
  %".682" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".681", ptr %".682", align 2
  br label %"return"
cont.32:
  %"end.4" = add i64 %"cursor.10", %".677"
  %".685" = zext i8 %".666" to i64
  switch i64 %".685", label %"unknown.8" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.8:
  %".687" = trunc i64 %"end.4" to i16
  %".688" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".687", ptr %".688", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  br label %"tcp"
to_udp.4:
  br label %"udp_d0"
to_udplite.4:
  br label %"udplite"
to_gre.4:
  br label %"gre_d0"
to_ipv4.7:
  %".699" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".699", align 1
  %".701" = and i32 %"flags", 4
  %".702" = icmp ne i32 %".701", 0
  br i1 %".702", label %"exit.33", label %"cont.33"
to_ipv6.7:
  %".709" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".709", align 1
  %".711" = and i32 %"flags", 4
  %".712" = icmp ne i32 %".711", 0
  br i1 %".712", label %"exit.34", label %"cont.34"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.19" = phi  i64 [%"end.4", %"to_ipv6_opts.6"], [%"end.4", %"to_ipv6_opts.7"], [%"end.4", %"to_ipv6_opts.8"], [%".732", %"to_ipv6_opts.9"], [%".732", %"to_ipv6_opts.10"], [%".732", %"to_ipv6_opts.11"]
  %"hdr.19" = getelementptr i8, ptr %"data", i64 %"cursor.19"
  %".1131" = getelementptr i8, ptr %"hdr.19", i64 2
  %".1132" = icmp ugt ptr %".1131", %"data_end"
  br i1 %".1132", label %"exit.56", label %"cont.56"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.20" = phi  i64 [%"end.4", %"to_ipv6_frag.2"], [%".732", %"to_ipv6_frag.3"]
  %"hdr.20" = getelementptr i8, ptr %"data", i64 %"cursor.20"
  %".1192" = getelementptr i8, ptr %"hdr.20", i64 8
  %".1193" = icmp ugt ptr %".1192", %"data_end"
  br i1 %".1193", label %"exit.60", label %"cont.60"
exit.33:
  %".704" = trunc i64 %"end.4" to i16
  %".705" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".704", ptr %".705", align 2
  br label %"return"
cont.33:
  br label %"ipv4_d1"
exit.34:
  %".714" = trunc i64 %"end.4" to i16
  %".715" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".714", ptr %".715", align 2
  br label %"return"
cont.34:
  br label %"ipv6_d1"
exit.35:
  %".722" = trunc i64 %"cursor.11" to i16
  %".723" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".722", ptr %".723", align 2
  br label %"return"
cont.35:
  %".726" = getelementptr i8, ptr %"hdr.11", i64 0
  %".727" = load i8, ptr %".726", align 1
  %".728" = zext i8 %".727" to i64
  %".729" = trunc i64 %".728" to i8
  %".730" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".729", ptr %".730", align 1
  %".732" = add i64 %"cursor.11", 8
  %".733" = icmp ne i64 1, 0
  %".734" = getelementptr i8, ptr %"hdr.11", i64 2
  %".735" = load i16, ptr %".734", align 2
  %".736" = call i16 @"llvm.bswap.i16"(i16 %".735")
  %".737" = zext i16 %".736" to i64
  %".738" = and i64 %".737", 65528
  %".739" = icmp eq i64 %".738", 0
  br i1 %".733", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".741" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".741", align 1
  br i1 %".739", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".759" = zext i8 %".727" to i64
  switch i64 %".759", label %"unknown.9" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
first_fragment.2:
  %".748" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".748", align 1
  %".750" = and i32 %"flags", 1
  %".751" = icmp ne i32 %".750", 0
  %".752" = xor i1 %".751", -1
  br i1 %".752", label %"exit.36", label %"cont.36"
later_fragment.2:
  %".744" = trunc i64 %".732" to i16
  %".745" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".744", ptr %".745", align 2
  br label %"return"
exit.36:
  %".754" = trunc i64 %".732" to i16
  %".755" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".754", ptr %".755", align 2
  br label %"return"
cont.36:
  br label %"not_fragment.2"
unknown.9:
  %".761" = trunc i64 %".732" to i16
  %".762" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".761", ptr %".762", align 2
  br label %"return"
to_ipv6_opts.9:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  br label %"tcp"
to_udp.5:
  br label %"udp_d0"
to_udplite.5:
  br label %"udplite"
to_gre.5:
  br label %"gre_d0"
to_ipv4.8:
  %".773" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".773", align 1
  %".775" = and i32 %"flags", 4
  %".776" = icmp ne i32 %".775", 0
  br i1 %".776", label %"exit.37", label %"cont.37"
to_ipv6.8:
  %".783" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".783", align 1
  %".785" = and i32 %"flags", 4
  %".786" = icmp ne i32 %".785", 0
  br i1 %".786", label %"exit.38", label %"cont.38"
exit.37:
  %".778" = trunc i64 %".732" to i16
  %".779" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".778", ptr %".779", align 2
  br label %"return"
cont.37:
  br label %"ipv4_d1"
exit.38:
  %".788" = trunc i64 %".732" to i16
  %".789" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".788", ptr %".789", align 2
  br label %"return"
cont.38:
  br label %"ipv6_d1"
exit.39:
  %".796" = trunc i64 %"cursor.12" to i16
  %".797" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".796", ptr %".797", align 2
  br label %"return"
cont.39:
  %".800" = getelementptr i8, ptr %"hdr.12", i64 2
  %".801" = load i16, ptr %".800", align 2
  %".802" = call i16 @"llvm.bswap.i16"(i16 %".801")
  %".803" = zext i16 %".802" to i64
  %".804" = trunc i64 %".803" to i16
  %".805" = call i16 @"llvm.bswap.i16"(i16 %".804")
  %".806" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".805", ptr %".806", align 2
  %".808" = add i64 %"cursor.12", 4
  %".809" = trunc i64 %".808" to i16
  %".810" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".809", ptr %".810", align 2
  %".812" = call i16 @"llvm.bswap.i16"(i16 %".801")
  %".813" = zext i16 %".812" to i64
  switch i64 %".813", label %"unknown.10" [i64 2048, label %"to_ipv4.9" i64 34525, label %"to_ipv6.9" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5"]
unknown.10:
  %".815" = trunc i64 %".808" to i16
  %".816" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".815", ptr %".816", align 2
  br label %"return"
to_ipv4.9:
  br label %"ipv4_d0"
to_ipv6.9:
  br label %"ipv6_d0"
to_vlan.4:
  %".821" = trunc i64 %".808" to i16
  %".822" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".821", ptr %".822", align 2
  br label %"return"
to_vlan.5:
  %".825" = trunc i64 %".808" to i16
  %".826" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".825", ptr %".826", align 2
  br label %"return"
exit.40:
  %".832" = trunc i64 %"cursor.13" to i16
  %".833" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".832", ptr %".833", align 2
  br label %"return"
cont.40:
  %".836" = add i64 %"cursor.13", 8
  %".837" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".837", align 1
  %".839" = and i32 %"flags", 4
  %".840" = icmp ne i32 %".839", 0
  br i1 %".840", label %"exit.41", label %"cont.41"
exit.41:
  %".842" = trunc i64 %".836" to i16
  %".843" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".842", ptr %".843", align 2
  br label %"return"
cont.41:
  %".846" = getelementptr i8, ptr %"hdr.13", i64 2
  %".847" = load i16, ptr %".846", align 2
  %".848" = call i16 @"llvm.bswap.i16"(i16 %".847")
  %".849" = zext i16 %".848" to i64
  switch i64 %".849", label %"unknown.11" [i64 2048, label %"to_ipv4.10"]
unknown.11:
  %".851" = trunc i64 %".836" to i16
  %".852" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".851", ptr %".852", align 2
  br label %"return"
to_ipv4.10:
  br label %"ipv4_d1"
exit.42:
  %".859" = trunc i64 %"cursor.14" to i16
  %".860" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".859", ptr %".860", align 2
  br label %"return"
cont.42:
  %".863" = add i64 %"cursor.14", 14
  %".864" = getelementptr i8, ptr %"hdr.14", i64 12
  %".865" = load i16, ptr %".864", align 2
  %".866" = call i16 @"llvm.bswap.i16"(i16 %".865")
  %".867" = zext i16 %".866" to i64
  switch i64 %".867", label %"unknown.12" [i64 2048, label %"to_ipv4.11" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7"]
unknown.12:
  %".869" = trunc i64 %".863" to i16
  %".870" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".869", ptr %".870", align 2
  br label %"return"
to_ipv4.11:
  br label %"ipv4_d1"
to_ipv6.10:
  br label %"ipv6_d1"
to_vlan.6:
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.21" = phi  i64 [%".863", %"to_vlan.6"], [%".863", %"to_vlan.7"]
  %"hdr.21" = getelementptr i8, ptr %"data", i64 %"cursor.21"
  %".1266" = getelementptr i8, ptr %"hdr.21", i64 4
  %".1267" = icmp ugt ptr %".1266", %"data_end"
  br i1 %".1267", label %"exit.64", label %"cont.64"
exit.43:
  %".880" = trunc i64 %"cursor.15" to i16
  %".881" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".880", ptr %".881", align 2
  br label %"return"
cont.43:
  %".884" = getelementptr i8, ptr %"hdr.15", i64 0
  %".885" = load i16, ptr %".884", align 2
  %".886" = call i16 @"llvm.bswap.i16"(i16 %".885")
  %".887" = zext i16 %".886" to i64
  %".888" = trunc i64 %".887" to i16
  %".889" = call i16 @"llvm.bswap.i16"(i16 %".888")
  %".890" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".889", ptr %".890", align 2
  %".892" = getelementptr i8, ptr %"hdr.15", i64 2
  %".893" = load i16, ptr %".892", align 2
  %".894" = call i16 @"llvm.bswap.i16"(i16 %".893")
  %".895" = zext i16 %".894" to i64
  %".896" = trunc i64 %".895" to i16
  %".897" = call i16 @"llvm.bswap.i16"(i16 %".896")
  %".898" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".897", ptr %".898", align 2
  %".900" = add i64 %"cursor.15", 8
  %".901" = call i16 @"llvm.bswap.i16"(i16 %".893")
  %".902" = zext i16 %".901" to i64
  switch i64 %".902", label %"unknown.13" [i64 7777, label %"to_shim.1"]
unknown.13:
  %".904" = trunc i64 %"cursor.15" to i16
  %".905" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".904", ptr %".905", align 2
  br label %"return"
to_shim.1:
  br label %"shim_d1"
shim_d1:
  %"cursor.22" = phi  i64 [%".900", %"to_shim.1"]
  %"hdr.22" = getelementptr i8, ptr %"data", i64 %"cursor.22"
  %".1296" = getelementptr i8, ptr %"hdr.22", i64 8
  %".1297" = icmp ugt ptr %".1296", %"data_end"
  br i1 %".1297", label %"exit.65", label %"cont.65"
exit.44:
  %".912" = trunc i64 %"cursor.16" to i16
  %".913" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".912", ptr %".913", align 2
  br label %"return"
cont.44:
  %".916" = getelementptr i8, ptr %"hdr.16", i64 1
  %".917" = load i8, ptr %".916", align 1
  %".918" = zext i8 %".917" to i64
  %".919" = and i64 %".918", 7
  %".920" = icmp ne i64 %".919", 0
  %".921" = getelementptr i8, ptr %"hdr.16", i64 0
  %".922" = load i8, ptr %".921", align 1
  %".923" = zext i8 %".922" to i64
  %".924" = lshr i64 %".923", 6
  %".925" = and i64 %".924", 1
  %".926" = icmp ne i64 %".925", 0
  %".927" = or i1 %".920", %".926"
  br i1 %".927", label %"exit.45", label %"cont.45"
exit.45:
  %".929" = trunc i64 %"cursor.16" to i16
  %".930" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".929", ptr %".930", align 2
  br label %"return"
cont.45:
  %".933" = add i64 %"cursor.16", 4
  %".934" = zext i8 %".922" to i64
  %".935" = lshr i64 %".934", 7
  %".936" = and i64 %".935", 1
  %".937" = zext i8 %".922" to i64
  %".938" = lshr i64 %".937", 5
  %".939" = and i64 %".938", 1
  %".940" = add i64 %".936", %".939"
  %".941" = zext i8 %".922" to i64
  %".942" = lshr i64 %".941", 4
  %".943" = and i64 %".942", 1
  %".944" = add i64 %".940", %".943"
  %".945" = mul i64 %".944", 4
  %".946" = add i64 %".945", 4
  %".947" = getelementptr i8, ptr %"hdr.16", i64 %".946"
  %".948" = icmp ugt ptr %".947", %"data_end"
  br i1 %".948", label %"exit.46", label %"cont.46"
exit.46:
  %".950" = trunc i64 %"cursor.16" to i16
  %".951" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".950", ptr %".951", align 2
  br label %"return"
cont.46:
  %"end.5" = add i64 %"cursor.16", %".946"
  %".954" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".954", align 1
  %".956" = and i32 %"flags", 4
  %".957" = icmp ne i32 %".956", 0
  br i1 %".957", label %"exit.47", label %"cont.47"
exit.47:
  %".959" = trunc i64 %"end.5" to i16
  %".960" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".959", ptr %".960", align 2
  br label %"return"
cont.47:
  %".963" = getelementptr i8, ptr %"hdr.16", i64 2
  %".964" = load i16, ptr %".963", align 2
  %".965" = call i16 @"llvm.bswap.i16"(i16 %".964")
  %".966" = zext i16 %".965" to i64
  switch i64 %".966", label %"unknown.14" [i64 2048, label %"to_ipv4.12" i64 34525, label %"to_ipv6.11" i64 25944, label %"to_ethernet.1"]
unknown.14:
  %".968" = trunc i64 %"end.5" to i16
  %".969" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".968", ptr %".969", align 2
  br label %"return"
to_ipv4.12:
  %".972" = trunc i64 %"end.5" to i16
  %".973" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".972", ptr %".973", align 2
  br label %"return"
to_ipv6.11:
  %".976" = trunc i64 %"end.5" to i16
  %".977" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".976", ptr %".977", align 2
  br label %"return"
to_ethernet.1:
  %".980" = trunc i64 %"end.5" to i16
  %".981" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".980", ptr %".981", align 2
  br label %"return"
exit.48:
  %".987" = trunc i64 %"cursor.17" to i16
  %".988" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".987", ptr %".988", align 2
  br label %"return"
cont.48:
  %".991" = getelementptr i8, ptr %"hdr.17", i64 0
  %".992" = load i8, ptr %".991", align 1
  %".993" = zext i8 %".992" to i64
  %".994" = trunc i64 %".993" to i8
  %".995" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".994", ptr %".995", align 1
  %".997" = add i64 %"cursor.17", 2
  %".998" = getelementptr i8, ptr %"hdr.17", i64 1
  %".999" = load i8, ptr %".998", align 1
  %".1000" = zext i8 %".999" to i64
  %".1001" = mul i64 %".1000", 8
  %".1002" = add i64 %".1001", 6
  %".1003" = add i64 %".1002", 2
  %".1004" = getelementptr i8, ptr %"hdr.17", i64 %".1003"
  %".1005" = icmp ugt ptr %".1004", %"data_end"
  br i1 %".1005", label %"exit.49", label %"cont.49"
exit.49:
  %".1007" = trunc i64 %"cursor.17" to i16
  %".1008" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1007", ptr %".1008", align 2
  br label %"return"
cont.49:
  %"end.6" = add i64 %"cursor.17", %".1003"
  %".1011" = zext i8 %".992" to i64
  switch i64 %".1011", label %"unknown.15" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.12"]
unknown.15:
  %".1013" = trunc i64 %"end.6" to i16
  %".1014" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1013", ptr %".1014", align 2
  br label %"return"
to_ipv6_opts.12:
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  br label %"tcp"
to_udp.6:
  br label %"udp_d1"
to_udplite.6:
  br label %"udplite"
to_gre.6:
  br label %"gre_d1"
to_ipv4.13:
  %".1025" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1025", align 1
  %".1027" = and i32 %"flags", 4
  %".1028" = icmp ne i32 %".1027", 0
  br i1 %".1028", label %"exit.50", label %"cont.50"
to_ipv6.12:
  %".1038" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1038", align 1
  %".1040" = and i32 %"flags", 4
  %".1041" = icmp ne i32 %".1040", 0
  br i1 %".1041", label %"exit.51", label %"cont.51"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.23" = phi  i64 [%"end.6", %"to_ipv6_opts.12"], [%"end.6", %"to_ipv6_opts.13"], [%"end.6", %"to_ipv6_opts.14"], [%".1064", %"to_ipv6_opts.15"], [%".1064", %"to_ipv6_opts.16"], [%".1064", %"to_ipv6_opts.17"]
  %"hdr.23" = getelementptr i8, ptr %"data", i64 %"cursor.23"
  %".1326" = getelementptr i8, ptr %"hdr.23", i64 2
  %".1327" = icmp ugt ptr %".1326", %"data_end"
  br i1 %".1327", label %"exit.67", label %"cont.67"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.24" = phi  i64 [%"end.6", %"to_ipv6_frag.4"], [%".1064", %"to_ipv6_frag.5"]
  %"hdr.24" = getelementptr i8, ptr %"data", i64 %"cursor.24"
  %".1393" = getelementptr i8, ptr %"hdr.24", i64 8
  %".1394" = icmp ugt ptr %".1393", %"data_end"
  br i1 %".1394", label %"exit.71", label %"cont.71"
exit.50:
  %".1030" = trunc i64 %"end.6" to i16
  %".1031" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1030", ptr %".1031", align 2
  br label %"return"
cont.50:
  %".1034" = trunc i64 %"end.6" to i16
  %".1035" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1034", ptr %".1035", align 2
  br label %"return"
exit.51:
  %".1043" = trunc i64 %"end.6" to i16
  %".1044" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1043", ptr %".1044", align 2
  br label %"return"
cont.51:
  %".1047" = trunc i64 %"end.6" to i16
  %".1048" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1047", ptr %".1048", align 2
  br label %"return"
exit.52:
  %".1054" = trunc i64 %"cursor.18" to i16
  %".1055" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1054", ptr %".1055", align 2
  br label %"return"
cont.52:
  %".1058" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1059" = load i8, ptr %".1058", align 1
  %".1060" = zext i8 %".1059" to i64
  %".1061" = trunc i64 %".1060" to i8
  %".1062" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1061", ptr %".1062", align 1
  %".1064" = add i64 %"cursor.18", 8
  %".1065" = icmp ne i64 1, 0
  %".1066" = getelementptr i8, ptr %"hdr.18", i64 2
  %".1067" = load i16, ptr %".1066", align 2
  %".1068" = call i16 @"llvm.bswap.i16"(i16 %".1067")
  %".1069" = zext i16 %".1068" to i64
  %".1070" = and i64 %".1069", 65528
  %".1071" = icmp eq i64 %".1070", 0
  br i1 %".1065", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".1073" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1073", align 1
  br i1 %".1071", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".1091" = zext i8 %".1059" to i64
  switch i64 %".1091", label %"unknown.16" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 4, label %"to_ipv4.14" i64 41, label %"to_ipv6.13"]
first_fragment.3:
  %".1080" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1080", align 1
  %".1082" = and i32 %"flags", 1
  %".1083" = icmp ne i32 %".1082", 0
  %".1084" = xor i1 %".1083", -1
  br i1 %".1084", label %"exit.53", label %"cont.53"
later_fragment.3:
  %".1076" = trunc i64 %".1064" to i16
  %".1077" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1076", ptr %".1077", align 2
  br label %"return"
exit.53:
  %".1086" = trunc i64 %".1064" to i16
  %".1087" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1086", ptr %".1087", align 2
  br label %"return"
cont.53:
  br label %"not_fragment.3"
unknown.16:
  %".1093" = trunc i64 %".1064" to i16
  %".1094" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1093", ptr %".1094", align 2
  br label %"return"
to_ipv6_opts.15:
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  br label %"tcp"
to_udp.7:
  br label %"udp_d1"
to_udplite.7:
  br label %"udplite"
to_gre.7:
  br label %"gre_d1"
to_ipv4.14:
  %".1105" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1105", align 1
  %".1107" = and i32 %"flags", 4
  %".1108" = icmp ne i32 %".1107", 0
  br i1 %".1108", label %"exit.54", label %"cont.54"
to_ipv6.13:
  %".1118" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1118", align 1
  %".1120" = and i32 %"flags", 4
  %".1121" = icmp ne i32 %".1120", 0
  br i1 %".1121", label %"exit.55", label %"cont.55"
exit.54:
  %".1110" = trunc i64 %".1064" to i16
  %".1111" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1110", ptr %".1111", align 2
  br label %"return"
cont.54:
  %".1114" = trunc i64 %".1064" to i16
  %".1115" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1114", ptr %".1115", align 2
  br label %"return"
exit.55:
  %".1123" = trunc i64 %".1064" to i16
  %".1124" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1123", ptr %".1124", align 2
  br label %"return"
cont.55:
  %".1127" = trunc i64 %".1064" to i16
  %".1128" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1127", ptr %".1128", align 2
  br label %"return"
exit.56:
  %".1134" = trunc i64 %"cursor.19" to i16
  %".1135" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1134", ptr %".1135", align 2
  br label %"return"
cont.56:
  %".1138" = getelementptr i8, ptr %"hdr.19", i64 0
  %".1139" = load i8, ptr %".1138", align 1
  %".1140" = zext i8 %".1139" to i64
  %".1141" = trunc i64 %".1140" to i8
  %".1142" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1141", ptr %".1142", align 1
  %".1144" = add i64 %"cursor.19", 2
  %".1145" = getelementptr i8, ptr %"hdr.19", i64 1
  %".1146" = load i8, ptr %".1145", align 1
  %".1147" = zext i8 %".1146" to i64
  %".1148" = mul i64 %".1147", 8
  %".1149" = add i64 %".1148", 6
  %".1150" = add i64 %".1149", 2
  %".1151" = getelementptr i8, ptr %"hdr.19", i64 %".1150"
  %".1152" = icmp ugt ptr %".1151", %"data_end"
  br i1 %".1152", label %"exit.57", label %"cont.57"
exit.57:
  %".1154" = trunc i64 %"cursor.19" to i16
  %".1155" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1154", ptr %".1155", align 2
  br label %"return"
cont.57:
  %"end.7" = add i64 %"cursor.19", %".1150"
  %".1158" = zext i8 %".1139" to i64
  switch i64 %".1158", label %"unknown.17" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 4, label %"to_ipv4.15" i64 41, label %"to_ipv6.14"]
unknown.17:
  %".1160" = trunc i64 %"end.7" to i16
  %".1161" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1160", ptr %".1161", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  br label %"tcp"
to_udp.8:
  br label %"udp_d0"
to_udplite.8:
  br label %"udplite"
to_gre.8:
  br label %"gre_d0"
to_ipv4.15:
  %".1172" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1172", align 1
  %".1174" = and i32 %"flags", 4
  %".1175" = icmp ne i32 %".1174", 0
  br i1 %".1175", label %"exit.58", label %"cont.58"
to_ipv6.14:
  %".1182" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1182", align 1
  %".1184" = and i32 %"flags", 4
  %".1185" = icmp ne i32 %".1184", 0
  br i1 %".1185", label %"exit.59", label %"cont.59"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.25" = phi  i64 [%"end.7", %"to_ipv6_opts.18"], [%"end.7", %"to_ipv6_opts.19"], [%"end.7", %"to_ipv6_opts.20"], [%".1205", %"to_ipv6_opts.21"], [%".1205", %"to_ipv6_opts.22"], [%".1205", %"to_ipv6_opts.23"]
  %"hdr.25" = getelementptr i8, ptr %"data", i64 %"cursor.25"
  %".1473" = getelementptr i8, ptr %"hdr.25", i64 2
  %".1474" = icmp ugt ptr %".1473", %"data_end"
  br i1 %".1474", label %"exit.75", label %"cont.75"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.26" = phi  i64 [%"end.7", %"to_ipv6_frag.6"], [%".1205", %"to_ipv6_frag.7"]
  %"hdr.26" = getelementptr i8, ptr %"data", i64 %"cursor.26"
  %".1546" = getelementptr i8, ptr %"hdr.26", i64 8
  %".1547" = icmp ugt ptr %".1546", %"data_end"
  br i1 %".1547", label %"exit.79", label %"cont.79"
exit.58:
  %".1177" = trunc i64 %"end.7" to i16
  %".1178" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1177", ptr %".1178", align 2
  br label %"return"
cont.58:
  br label %"ipv4_d1"
exit.59:
  %".1187" = trunc i64 %"end.7" to i16
  %".1188" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1187", ptr %".1188", align 2
  br label %"return"
cont.59:
  br label %"ipv6_d1"
exit.60:
  %".1195" = trunc i64 %"cursor.20" to i16
  %".1196" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1195", ptr %".1196", align 2
  br label %"return"
cont.60:
  %".1199" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1200" = load i8, ptr %".1199", align 1
  %".1201" = zext i8 %".1200" to i64
  %".1202" = trunc i64 %".1201" to i8
  %".1203" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1202", ptr %".1203", align 1
  %".1205" = add i64 %"cursor.20", 8
  %".1206" = icmp ne i64 1, 0
  %".1207" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1208" = load i16, ptr %".1207", align 2
  %".1209" = call i16 @"llvm.bswap.i16"(i16 %".1208")
  %".1210" = zext i16 %".1209" to i64
  %".1211" = and i64 %".1210", 65528
  %".1212" = icmp eq i64 %".1211", 0
  br i1 %".1206", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".1214" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1214", align 1
  br i1 %".1212", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".1232" = zext i8 %".1200" to i64
  switch i64 %".1232", label %"unknown.18" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 4, label %"to_ipv4.16" i64 41, label %"to_ipv6.15"]
first_fragment.4:
  %".1221" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1221", align 1
  %".1223" = and i32 %"flags", 1
  %".1224" = icmp ne i32 %".1223", 0
  %".1225" = xor i1 %".1224", -1
  br i1 %".1225", label %"exit.61", label %"cont.61"
later_fragment.4:
  %".1217" = trunc i64 %".1205" to i16
  %".1218" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1217", ptr %".1218", align 2
  br label %"return"
exit.61:
  %".1227" = trunc i64 %".1205" to i16
  %".1228" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1227", ptr %".1228", align 2
  br label %"return"
cont.61:
  br label %"not_fragment.4"
unknown.18:
  %".1234" = trunc i64 %".1205" to i16
  %".1235" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1234", ptr %".1235", align 2
  br label %"return"
to_ipv6_opts.21:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  br label %"tcp"
to_udp.9:
  br label %"udp_d0"
to_udplite.9:
  br label %"udplite"
to_gre.9:
  br label %"gre_d0"
to_ipv4.16:
  %".1246" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1246", align 1
  %".1248" = and i32 %"flags", 4
  %".1249" = icmp ne i32 %".1248", 0
  br i1 %".1249", label %"exit.62", label %"cont.62"
to_ipv6.15:
  %".1256" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1256", align 1
  %".1258" = and i32 %"flags", 4
  %".1259" = icmp ne i32 %".1258", 0
  br i1 %".1259", label %"exit.63", label %"cont.63"
exit.62:
  %".1251" = trunc i64 %".1205" to i16
  %".1252" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1251", ptr %".1252", align 2
  br label %"return"
cont.62:
  br label %"ipv4_d1"
exit.63:
  %".1261" = trunc i64 %".1205" to i16
  %".1262" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1261", ptr %".1262", align 2
  br label %"return"
cont.63:
  br label %"ipv6_d1"
exit.64:
  %".1269" = trunc i64 %"cursor.21" to i16
  %".1270" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1269", ptr %".1270", align 2
  br label %"return"
cont.64:
  %".1273" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1274" = load i16, ptr %".1273", align 2
  %".1275" = call i16 @"llvm.bswap.i16"(i16 %".1274")
  %".1276" = zext i16 %".1275" to i64
  %".1277" = trunc i64 %".1276" to i16
  %".1278" = call i16 @"llvm.bswap.i16"(i16 %".1277")
  %".1279" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1278", ptr %".1279", align 2
  %".1281" = add i64 %"cursor.21", 4
  %".1282" = trunc i64 %".1281" to i16
  %".1283" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1282", ptr %".1283", align 2
  %".1285" = call i16 @"llvm.bswap.i16"(i16 %".1274")
  %".1286" = zext i16 %".1285" to i64
  switch i64 %".1286", label %"unknown.19" [i64 2048, label %"to_ipv4.17" i64 34525, label %"to_ipv6.16" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9"]
unknown.19:
  %".1288" = trunc i64 %".1281" to i16
  %".1289" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1288", ptr %".1289", align 2
  br label %"return"
to_ipv4.17:
  br label %"ipv4_d1"
to_ipv6.16:
  br label %"ipv6_d1"
to_vlan.8:
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags2:
  %"cursor.27" = phi  i64 [%".1281", %"to_vlan.8"], [%".1281", %"to_vlan.9"]
  %"hdr.27" = getelementptr i8, ptr %"data", i64 %"cursor.27"
  %".1632" = getelementptr i8, ptr %"hdr.27", i64 4
  %".1633" = icmp ugt ptr %".1632", %"data_end"
  br i1 %".1633", label %"exit.83", label %"cont.83"
exit.65:
  %".1299" = trunc i64 %"cursor.22" to i16
  %".1300" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1299", ptr %".1300", align 2
  br label %"return"
cont.65:
  %".1303" = add i64 %"cursor.22", 8
  %".1304" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1304", align 1
  %".1306" = and i32 %"flags", 4
  %".1307" = icmp ne i32 %".1306", 0
  br i1 %".1307", label %"exit.66", label %"cont.66"
exit.66:
  %".1309" = trunc i64 %".1303" to i16
  %".1310" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1309", ptr %".1310", align 2
  br label %"return"
cont.66:
  %".1313" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1314" = load i16, ptr %".1313", align 2
  %".1315" = call i16 @"llvm.bswap.i16"(i16 %".1314")
  %".1316" = zext i16 %".1315" to i64
  switch i64 %".1316", label %"unknown.20" [i64 2048, label %"to_ipv4.18"]
unknown.20:
  %".1318" = trunc i64 %".1303" to i16
  %".1319" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1318", ptr %".1319", align 2
  br label %"return"
to_ipv4.18:
  %".1322" = trunc i64 %".1303" to i16
  %".1323" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1322", ptr %".1323", align 2
  br label %"return"
exit.67:
  %".1329" = trunc i64 %"cursor.23" to i16
  %".1330" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1329", ptr %".1330", align 2
  br label %"return"
cont.67:
  %".1333" = getelementptr i8, ptr %"hdr.23", i64 0
  %".1334" = load i8, ptr %".1333", align 1
  %".1335" = zext i8 %".1334" to i64
  %".1336" = trunc i64 %".1335" to i8
  %".1337" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1336", ptr %".1337", align 1
  %".1339" = add i64 %"cursor.23", 2
  %".1340" = getelementptr i8, ptr %"hdr.23", i64 1
  %".1341" = load i8, ptr %".1340", align 1
  %".1342" = zext i8 %".1341" to i64
  %".1343" = mul i64 %".1342", 8
  %".1344" = add i64 %".1343", 6
  %".1345" = add i64 %".1344", 2
  %".1346" = getelementptr i8, ptr %"hdr.23", i64 %".1345"
  %".1347" = icmp ugt ptr %".1346", %"data_end"
  br i1 %".1347", label %"exit.68", label %"cont.68"
exit.68:
  %".1349" = trunc i64 %"cursor.23" to i16
  %".1350" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1349", ptr %".1350", align 2
  br label %"return"
cont.68:
  %"end.8" = add i64 %"cursor.23", %".1345"
  %".1353" = zext i8 %".1334" to i64
  switch i64 %".1353", label %"unknown.21" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.17"]
unknown.21:
  %".1355" = trunc i64 %"end.8" to i16
  %".1356" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1355", ptr %".1356", align 2
  br label %"return"
to_ipv6_opts.24:
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  br label %"tcp"
to_udp.10:
  br label %"udp_d1"
to_udplite.10:
  br label %"udplite"
to_gre.10:
  br label %"gre_d1"
to_ipv4.19:
  %".1367" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1367", align 1
  %".1369" = and i32 %"flags", 4
  %".1370" = icmp ne i32 %".1369", 0
  br i1 %".1370", label %"exit.69", label %"cont.69"
to_ipv6.17:
  %".1380" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1380", align 1
  %".1382" = and i32 %"flags", 4
  %".1383" = icmp ne i32 %".1382", 0
  br i1 %".1383", label %"exit.70", label %"cont.70"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.28" = phi  i64 [%"end.8", %"to_ipv6_opts.24"], [%"end.8", %"to_ipv6_opts.25"], [%"end.8", %"to_ipv6_opts.26"], [%".1406", %"to_ipv6_opts.27"], [%".1406", %"to_ipv6_opts.28"], [%".1406", %"to_ipv6_opts.29"]
  %"hdr.28" = getelementptr i8, ptr %"data", i64 %"cursor.28"
  %".1668" = getelementptr i8, ptr %"hdr.28", i64 2
  %".1669" = icmp ugt ptr %".1668", %"data_end"
  br i1 %".1669", label %"exit.84", label %"cont.84"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.29" = phi  i64 [%"end.8", %"to_ipv6_frag.8"], [%".1406", %"to_ipv6_frag.9"]
  %"hdr.29" = getelementptr i8, ptr %"data", i64 %"cursor.29"
  %".1747" = getelementptr i8, ptr %"hdr.29", i64 8
  %".1748" = icmp ugt ptr %".1747", %"data_end"
  br i1 %".1748", label %"exit.88", label %"cont.88"
exit.69:
  %".1372" = trunc i64 %"end.8" to i16
  %".1373" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1372", ptr %".1373", align 2
  br label %"return"
cont.69:
  %".1376" = trunc i64 %"end.8" to i16
  %".1377" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1376", ptr %".1377", align 2
  br label %"return"
exit.70:
  %".1385" = trunc i64 %"end.8" to i16
  %".1386" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1385", ptr %".1386", align 2
  br label %"return"
cont.70:
  %".1389" = trunc i64 %"end.8" to i16
  %".1390" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1389", ptr %".1390", align 2
  br label %"return"
exit.71:
  %".1396" = trunc i64 %"cursor.24" to i16
  %".1397" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1396", ptr %".1397", align 2
  br label %"return"
cont.71:
  %".1400" = getelementptr i8, ptr %"hdr.24", i64 0
  %".1401" = load i8, ptr %".1400", align 1
  %".1402" = zext i8 %".1401" to i64
  %".1403" = trunc i64 %".1402" to i8
  %".1404" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1403", ptr %".1404", align 1
  %".1406" = add i64 %"cursor.24", 8
  %".1407" = icmp ne i64 1, 0
  %".1408" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1409" = load i16, ptr %".1408", align 2
  %".1410" = call i16 @"llvm.bswap.i16"(i16 %".1409")
  %".1411" = zext i16 %".1410" to i64
  %".1412" = and i64 %".1411", 65528
  %".1413" = icmp eq i64 %".1412", 0
  br i1 %".1407", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".1415" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1415", align 1
  br i1 %".1413", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".1433" = zext i8 %".1401" to i64
  switch i64 %".1433", label %"unknown.22" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.18"]
first_fragment.5:
  %".1422" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1422", align 1
  %".1424" = and i32 %"flags", 1
  %".1425" = icmp ne i32 %".1424", 0
  %".1426" = xor i1 %".1425", -1
  br i1 %".1426", label %"exit.72", label %"cont.72"
later_fragment.5:
  %".1418" = trunc i64 %".1406" to i16
  %".1419" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1418", ptr %".1419", align 2
  br label %"return"
exit.72:
  %".1428" = trunc i64 %".1406" to i16
  %".1429" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1428", ptr %".1429", align 2
  br label %"return"
cont.72:
  br label %"not_fragment.5"
unknown.22:
  %".1435" = trunc i64 %".1406" to i16
  %".1436" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1435", ptr %".1436", align 2
  br label %"return"
to_ipv6_opts.27:
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  br label %"tcp"
to_udp.11:
  br label %"udp_d1"
to_udplite.11:
  br label %"udplite"
to_gre.11:
  br label %"gre_d1"
to_ipv4.20:
  %".1447" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1447", align 1
  %".1449" = and i32 %"flags", 4
  %".1450" = icmp ne i32 %".1449", 0
  br i1 %".1450", label %"exit.73", label %"cont.73"
to_ipv6.18:
  %".1460" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1460", align 1
  %".1462" = and i32 %"flags", 4
  %".1463" = icmp ne i32 %".1462", 0
  br i1 %".1463", label %"exit.74", label %"cont.74"
exit.73:
  %".1452" = trunc i64 %".1406" to i16
  %".1453" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1452", ptr %".1453", align 2
  br label %"return"
cont.73:
  %".1456" = trunc i64 %".1406" to i16
  %".1457" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1456", ptr %".1457", align 2
  br label %"return"
exit.74:
  %".1465" = trunc i64 %".1406" to i16
  %".1466" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1465", ptr %".1466", align 2
  br label %"return"
cont.74:
  %".1469" = trunc i64 %".1406" to i16
  %".1470" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1469", ptr %".1470", align 2
  br label %"return"
exit.75:
  %".1476" = trunc i64 %"cursor.25" to i16
  %".1477" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1476", ptr %".1477", align 2
  br label %"return"
cont.75:
  %".1480" = getelementptr i8, ptr %"hdr.25", i64 0
  %".1481" = load i8, ptr %".1480", align 1
  %".1482" = zext i8 %".1481" to i64
  %".1483" = trunc i64 %".1482" to i8
  %".1484" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1483", ptr %".1484", align 1
  %".1486" = add i64 %"cursor.25", 2
  %".1487" = getelementptr i8, ptr %"hdr.25", i64 1
  %".1488" = load i8, ptr %".1487", align 1
  %".1489" = zext i8 %".1488" to i64
  %".1490" = mul i64 %".1489", 8
  %".1491" = add i64 %".1490", 6
  %".1492" = add i64 %".1491", 2
  %".1493" = getelementptr i8, ptr %"hdr.25", i64 %".1492"
  %".1494" = icmp ugt ptr %".1493", %"data_end"
  br i1 %".1494", label %"exit.76", label %"cont.76"
exit.76:
  %".1496" = trunc i64 %"cursor.25" to i16
  %".1497" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1496", ptr %".1497", align 2
  br label %"return"
cont.76:
  %"end.9" = add i64 %"cursor.25", %".1492"
  %".1500" = zext i8 %".1481" to i64
  switch i64 %".1500", label %"unknown.23" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 4, label %"to_ipv4.21" i64 41, label %"to_ipv6.19"]
unknown.23:
  %".1502" = trunc i64 %"end.9" to i16
  %".1503" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1502", ptr %".1503", align 2
  br label %"return"
to_ipv6_opts.30:
  %".1506" = trunc i64 %"end.9" to i16
  %".1507" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1506", ptr %".1507", align 2
  br label %"return"
to_ipv6_opts.31:
  %".1510" = trunc i64 %"end.9" to i16
  %".1511" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1510", ptr %".1511", align 2
  br label %"return"
to_ipv6_opts.32:
  %".1514" = trunc i64 %"end.9" to i16
  %".1515" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1514", ptr %".1515", align 2
  br label %"return"
to_ipv6_frag.10:
  %".1518" = trunc i64 %"end.9" to i16
  %".1519" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1518", ptr %".1519", align 2
  br label %"return"
to_tcp.12:
  br label %"tcp"
to_udp.12:
  br label %"udp_d0"
to_udplite.12:
  br label %"udplite"
to_gre.12:
  br label %"gre_d0"
to_ipv4.21:
  %".1526" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1526", align 1
  %".1528" = and i32 %"flags", 4
  %".1529" = icmp ne i32 %".1528", 0
  br i1 %".1529", label %"exit.77", label %"cont.77"
to_ipv6.19:
  %".1536" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1536", align 1
  %".1538" = and i32 %"flags", 4
  %".1539" = icmp ne i32 %".1538", 0
  br i1 %".1539", label %"exit.78", label %"cont.78"
exit.77:
  %".1531" = trunc i64 %"end.9" to i16
  %".1532" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1531", ptr %".1532", align 2
  br label %"return"
cont.77:
  br label %"ipv4_d1"
exit.78:
  %".1541" = trunc i64 %"end.9" to i16
  %".1542" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1541", ptr %".1542", align 2
  br label %"return"
cont.78:
  br label %"ipv6_d1"
exit.79:
  %".1549" = trunc i64 %"cursor.26" to i16
  %".1550" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1549", ptr %".1550", align 2
  br label %"return"
cont.79:
  %".1553" = getelementptr i8, ptr %"hdr.26", i64 0
  %".1554" = load i8, ptr %".1553", align 1
  %".1555" = zext i8 %".1554" to i64
  %".1556" = trunc i64 %".1555" to i8
  %".1557" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1556", ptr %".1557", align 1
  %".1559" = add i64 %"cursor.26", 8
  %".1560" = icmp ne i64 1, 0
  %".1561" = getelementptr i8, ptr %"hdr.26", i64 2
  %".1562" = load i16, ptr %".1561", align 2
  %".1563" = call i16 @"llvm.bswap.i16"(i16 %".1562")
  %".1564" = zext i16 %".1563" to i64
  %".1565" = and i64 %".1564", 65528
  %".1566" = icmp eq i64 %".1565", 0
  br i1 %".1560", label %"fragment.6", label %"not_fragment.6"
fragment.6:
  %".1568" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1568", align 1
  br i1 %".1566", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".1586" = zext i8 %".1554" to i64
  switch i64 %".1586", label %"unknown.24" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 4, label %"to_ipv4.22" i64 41, label %"to_ipv6.20"]
first_fragment.6:
  %".1575" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1575", align 1
  %".1577" = and i32 %"flags", 1
  %".1578" = icmp ne i32 %".1577", 0
  %".1579" = xor i1 %".1578", -1
  br i1 %".1579", label %"exit.80", label %"cont.80"
later_fragment.6:
  %".1571" = trunc i64 %".1559" to i16
  %".1572" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1571", ptr %".1572", align 2
  br label %"return"
exit.80:
  %".1581" = trunc i64 %".1559" to i16
  %".1582" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1581", ptr %".1582", align 2
  br label %"return"
cont.80:
  br label %"not_fragment.6"
unknown.24:
  %".1588" = trunc i64 %".1559" to i16
  %".1589" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1588", ptr %".1589", align 2
  br label %"return"
to_ipv6_opts.33:
  %".1592" = trunc i64 %".1559" to i16
  %".1593" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1592", ptr %".1593", align 2
  br label %"return"
to_ipv6_opts.34:
  %".1596" = trunc i64 %".1559" to i16
  %".1597" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1596", ptr %".1597", align 2
  br label %"return"
to_ipv6_opts.35:
  %".1600" = trunc i64 %".1559" to i16
  %".1601" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1600", ptr %".1601", align 2
  br label %"return"
to_ipv6_frag.11:
  %".1604" = trunc i64 %".1559" to i16
  %".1605" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1604", ptr %".1605", align 2
  br label %"return"
to_tcp.13:
  br label %"tcp"
to_udp.13:
  br label %"udp_d0"
to_udplite.13:
  br label %"udplite"
to_gre.13:
  br label %"gre_d0"
to_ipv4.22:
  %".1612" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1612", align 1
  %".1614" = and i32 %"flags", 4
  %".1615" = icmp ne i32 %".1614", 0
  br i1 %".1615", label %"exit.81", label %"cont.81"
to_ipv6.20:
  %".1622" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1622", align 1
  %".1624" = and i32 %"flags", 4
  %".1625" = icmp ne i32 %".1624", 0
  br i1 %".1625", label %"exit.82", label %"cont.82"
exit.81:
  %".1617" = trunc i64 %".1559" to i16
  %".1618" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1617", ptr %".1618", align 2
  br label %"return"
cont.81:
  br label %"ipv4_d1"
exit.82:
  %".1627" = trunc i64 %".1559" to i16
  %".1628" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1627", ptr %".1628", align 2
  br label %"return"
cont.82:
  br label %"ipv6_d1"
exit.83:
  %".1635" = trunc i64 %"cursor.27" to i16
  %".1636" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1635", ptr %".1636", align 2
  br label %"return"
cont.83:
  %".1639" = getelementptr i8, ptr %"hdr.27", i64 2
  %".1640" = load i16, ptr %".1639", align 2
  %".1641" = call i16 @"llvm.bswap.i16"(i16 %".1640")
  %".1642" = zext i16 %".1641" to i64
  %".1643" = trunc i64 %".1642" to i16
  %".1644" = call i16 @"llvm.bswap.i16"(i16 %".1643")
  %".1645" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1644", ptr %".1645", align 2
  %".1647" = add i64 %"cursor.27", 4
  %".1648" = trunc i64 %".1647" to i16
  %".1649" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1648", ptr %".1649", align 2
  %".1651" = call i16 @"llvm.bswap.i16"(i16 %".1640")
  %".1652" = zext i16 %".1651" to i64
  switch i64 %".1652", label %"unknown.25" [i64 2048, label %"to_ipv4.23" i64 34525, label %"to_ipv6.21" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11"]
unknown.25:
  %".1654" = trunc i64 %".1647" to i16
  %".1655" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1654", ptr %".1655", align 2
  br label %"return"
to_ipv4.23:
  br label %"ipv4_d1"
to_ipv6.21:
  br label %"ipv6_d1"
to_vlan.10:
  %".1660" = trunc i64 %".1647" to i16
  %".1661" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1660", ptr %".1661", align 2
  br label %"return"
to_vlan.11:
  %".1664" = trunc i64 %".1647" to i16
  %".1665" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1664", ptr %".1665", align 2
  br label %"return"
exit.84:
  %".1671" = trunc i64 %"cursor.28" to i16
  %".1672" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1671", ptr %".1672", align 2
  br label %"return"
cont.84:
  %".1675" = getelementptr i8, ptr %"hdr.28", i64 0
  %".1676" = load i8, ptr %".1675", align 1
  %".1677" = zext i8 %".1676" to i64
  %".1678" = trunc i64 %".1677" to i8
  %".1679" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1678", ptr %".1679", align 1
  %".1681" = add i64 %"cursor.28", 2
  %".1682" = getelementptr i8, ptr %"hdr.28", i64 1
  %".1683" = load i8, ptr %".1682", align 1
  %".1684" = zext i8 %".1683" to i64
  %".1685" = mul i64 %".1684", 8
  %".1686" = add i64 %".1685", 6
  %".1687" = add i64 %".1686", 2
  %".1688" = getelementptr i8, ptr %"hdr.28", i64 %".1687"
  %".1689" = icmp ugt ptr %".1688", %"data_end"
  br i1 %".1689", label %"exit.85", label %"cont.85"
exit.85:
  %".1691" = trunc i64 %"cursor.28" to i16
  %".1692" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1691", ptr %".1692", align 2
  br label %"return"
cont.85:
  %"end.10" = add i64 %"cursor.28", %".1687"
  %".1695" = zext i8 %".1676" to i64
  switch i64 %".1695", label %"unknown.26" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 4, label %"to_ipv4.24" i64 41, label %"to_ipv6.22"]
unknown.26:
  %".1697" = trunc i64 %"end.10" to i16
  %".1698" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1697", ptr %".1698", align 2
  br label %"return"
to_ipv6_opts.36:
  %".1701" = trunc i64 %"end.10" to i16
  %".1702" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1701", ptr %".1702", align 2
  br label %"return"
to_ipv6_opts.37:
  %".1705" = trunc i64 %"end.10" to i16
  %".1706" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1705", ptr %".1706", align 2
  br label %"return"
to_ipv6_opts.38:
  %".1709" = trunc i64 %"end.10" to i16
  %".1710" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1709", ptr %".1710", align 2
  br label %"return"
to_ipv6_frag.12:
  %".1713" = trunc i64 %"end.10" to i16
  %".1714" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1713", ptr %".1714", align 2
  br label %"return"
to_tcp.14:
  br label %"tcp"
to_udp.14:
  br label %"udp_d1"
to_udplite.14:
  br label %"udplite"
to_gre.14:
  br label %"gre_d1"
to_ipv4.24:
  %".1721" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1721", align 1
  %".1723" = and i32 %"flags", 4
  %".1724" = icmp ne i32 %".1723", 0
  br i1 %".1724", label %"exit.86", label %"cont.86"
to_ipv6.22:
  %".1734" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1734", align 1
  %".1736" = and i32 %"flags", 4
  %".1737" = icmp ne i32 %".1736", 0
  br i1 %".1737", label %"exit.87", label %"cont.87"
exit.86:
  %".1726" = trunc i64 %"end.10" to i16
  %".1727" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1726", ptr %".1727", align 2
  br label %"return"
cont.86:
  %".1730" = trunc i64 %"end.10" to i16
  %".1731" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1730", ptr %".1731", align 2
  br label %"return"
exit.87:
  %".1739" = trunc i64 %"end.10" to i16
  %".1740" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1739", ptr %".1740", align 2
  br label %"return"
cont.87:
  %".1743" = trunc i64 %"end.10" to i16
  %".1744" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1743", ptr %".1744", align 2
  br label %"return"
exit.88:
  %".1750" = trunc i64 %"cursor.29" to i16
  %".1751" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1750", ptr %".1751", align 2
  br label %"return"
cont.88:
  %".1754" = getelementptr i8, ptr %"hdr.29", i64 0
  %".1755" = load i8, ptr %".1754", align 1
  %".1756" = zext i8 %".1755" to i64
  %".1757" = trunc i64 %".1756" to i8
  %".1758" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1757", ptr %".1758", align 1
  %".1760" = add i64 %"cursor.29", 8
  %".1761" = icmp ne i64 1, 0
  %".1762" = getelementptr i8, ptr %"hdr.29", i64 2
  %".1763" = load i16, ptr %".1762", align 2
  %".1764" = call i16 @"llvm.bswap.i16"(i16 %".1763")
  %".1765" = zext i16 %".1764" to i64
  %".1766" = and i64 %".1765", 65528
  %".1767" = icmp eq i64 %".1766", 0
  br i1 %".1761", label %"fragment.7", label %"not_fragment.7"
fragment.7:
  %".1769" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1769", align 1
  br i1 %".1767", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".1787" = zext i8 %".1755" to i64
  switch i64 %".1787", label %"unknown.27" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 4, label %"to_ipv4.25" i64 41, label %"to_ipv6.23"]
first_fragment.7:
  %".1776" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1776", align 1
  %".1778" = and i32 %"flags", 1
  %".1779" = icmp ne i32 %".1778", 0
  %".1780" = xor i1 %".1779", -1
  br i1 %".1780", label %"exit.89", label %"cont.89"
later_fragment.7:
  %".1772" = trunc i64 %".1760" to i16
  %".1773" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1772", ptr %".1773", align 2
  br label %"return"
exit.89:
  %".1782" = trunc i64 %".1760" to i16
  %".1783" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1782", ptr %".1783", align 2
  br label %"return"
cont.89:
  br label %"not_fragment.7"
unknown.27:
  %".1789" = trunc i64 %".1760" to i16
  %".1790" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1789", ptr %".1790", align 2
  br label %"return"
to_ipv6_opts.39:
  %".1793" = trunc i64 %".1760" to i16
  %".1794" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1793", ptr %".1794", align 2
  br label %"return"
to_ipv6_opts.40:
  %".1797" = trunc i64 %".1760" to i16
  %".1798" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1797", ptr %".1798", align 2
  br label %"return"
to_ipv6_opts.41:
  %".1801" = trunc i64 %".1760" to i16
  %".1802" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1801", ptr %".1802", align 2
  br label %"return"
to_ipv6_frag.13:
  %".1805" = trunc i64 %".1760" to i16
  %".1806" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1805", ptr %".1806", align 2
  br label %"return"
to_tcp.15:
  br label %"tcp"
to_udp.15:
  br label %"udp_d1"
to_udplite.15:
  br label %"udplite"
to_gre.15:
  br label %"gre_d1"
to_ipv4.25:
  %".1813" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1813", align 1
  %".1815" = and i32 %"flags", 4
  %".1816" = icmp ne i32 %".1815", 0
  br i1 %".1816", label %"exit.90", label %"cont.90"
to_ipv6.23:
  %".1826" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1826", align 1
  %".1828" = and i32 %"flags", 4
  %".1829" = icmp ne i32 %".1828", 0
  br i1 %".1829", label %"exit.91", label %"cont.91"
exit.90:
  %".1818" = trunc i64 %".1760" to i16
  %".1819" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1818", ptr %".1819", align 2
  br label %"return"
cont.90:
  %".1822" = trunc i64 %".1760" to i16
  %".1823" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1822", ptr %".1823", align 2
  br label %"return"
exit.91:
  %".1831" = trunc i64 %".1760" to i16
  %".1832" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1831", ptr %".1832", align 2
  br label %"return"
cont.91:
  %".1835" = trunc i64 %".1760" to i16
  %".1836" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1835", ptr %".1836", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
