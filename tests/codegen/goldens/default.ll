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
  br label %"vlan_d0_vlan_tags1"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%".249", %"to_ipv4.3"], [%".804", %"to_ipv4.9"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".31" = getelementptr i8, ptr %"hdr.1", i64 20
  %".32" = icmp ugt ptr %".31", %"data_end"
  br i1 %".32", label %"exit.1", label %"cont.1"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%".249", %"to_ipv6.3"], [%".804", %"to_ipv6.9"]
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
  br label %"udp"
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
  %"cursor.4" = phi  i64 [%"end", %"to_tcp"], [%".187", %"to_tcp.1"], [%"end.3", %"to_tcp.2"], [%".601", %"to_tcp.3"], [%"end.4", %"to_tcp.4"], [%".728", %"to_tcp.5"], [%"end.6", %"to_tcp.6"], [%".1001", %"to_tcp.7"], [%"end.7", %"to_tcp.8"], [%".1142", %"to_tcp.9"], [%"end.8", %"to_tcp.10"], [%".1313", %"to_tcp.11"], [%"end.9", %"to_tcp.12"], [%".1466", %"to_tcp.13"], [%"end.10", %"to_tcp.14"], [%".1667", %"to_tcp.15"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.4"
  %".264" = getelementptr i8, ptr %"hdr.4", i64 20
  %".265" = icmp ugt ptr %".264", %"data_end"
  br i1 %".265", label %"exit.12", label %"cont.12"
udp:
  %"cursor.5" = phi  i64 [%"end", %"to_udp"], [%".187", %"to_udp.1"], [%"end.3", %"to_udp.2"], [%".601", %"to_udp.3"], [%"end.4", %"to_udp.4"], [%".728", %"to_udp.5"], [%"end.6", %"to_udp.6"], [%".1001", %"to_udp.7"], [%"end.7", %"to_udp.8"], [%".1142", %"to_udp.9"], [%"end.8", %"to_udp.10"], [%".1313", %"to_udp.11"], [%"end.9", %"to_udp.12"], [%".1466", %"to_udp.13"], [%"end.10", %"to_udp.14"], [%".1667", %"to_udp.15"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".317" = getelementptr i8, ptr %"hdr.5", i64 8
  %".318" = icmp ugt ptr %".317", %"data_end"
  br i1 %".318", label %"exit.15", label %"cont.15"
udplite:
  %"cursor.6" = phi  i64 [%"end", %"to_udplite"], [%".187", %"to_udplite.1"], [%"end.3", %"to_udplite.2"], [%".601", %"to_udplite.3"], [%"end.4", %"to_udplite.4"], [%".728", %"to_udplite.5"], [%"end.6", %"to_udplite.6"], [%".1001", %"to_udplite.7"], [%"end.7", %"to_udplite.8"], [%".1142", %"to_udplite.9"], [%"end.8", %"to_udplite.10"], [%".1313", %"to_udplite.11"], [%"end.9", %"to_udplite.12"], [%".1466", %"to_udplite.13"], [%"end.10", %"to_udplite.14"], [%".1667", %"to_udplite.15"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.6"
  %".345" = getelementptr i8, ptr %"hdr.6", i64 8
  %".346" = icmp ugt ptr %".345", %"data_end"
  br i1 %".346", label %"exit.16", label %"cont.16"
gre_d0:
  %"cursor.7" = phi  i64 [%"end", %"to_gre"], [%".187", %"to_gre.1"], [%"end.4", %"to_gre.4"], [%".728", %"to_gre.5"], [%"end.7", %"to_gre.8"], [%".1142", %"to_gre.9"], [%"end.9", %"to_gre.12"], [%".1466", %"to_gre.13"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".373" = getelementptr i8, ptr %"hdr.7", i64 4
  %".374" = icmp ugt ptr %".373", %"data_end"
  br i1 %".374", label %"exit.17", label %"cont.17"
exit.5:
  %".127" = trunc i64 %"end" to i16
  %".128" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".127", ptr %".128", align 2
  br label %"return"
cont.5:
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.8" = phi  i64 [%"end", %"cont.5"], [%".187", %"cont.9"], [%"end.2", %"to_ipv4.4"], [%"end.4", %"cont.33"], [%".728", %"cont.37"], [%".832", %"to_ipv4.10"], [%"end.7", %"cont.55"], [%".1142", %"cont.59"], [%".1218", %"to_ipv4.16"], [%"end.9", %"cont.72"], [%".1466", %"cont.76"], [%".1554", %"to_ipv4.21"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".439" = getelementptr i8, ptr %"hdr.8", i64 20
  %".440" = icmp ugt ptr %".439", %"data_end"
  br i1 %".440", label %"exit.21", label %"cont.21"
exit.6:
  %".137" = trunc i64 %"end" to i16
  %".138" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".137", ptr %".138", align 2
  br label %"return"
cont.6:
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.9" = phi  i64 [%"end", %"cont.6"], [%".187", %"cont.10"], [%"end.2", %"to_ipv6.4"], [%"end.4", %"cont.34"], [%".728", %"cont.38"], [%".832", %"to_ipv6.10"], [%"end.7", %"cont.56"], [%".1142", %"cont.60"], [%".1218", %"to_ipv6.16"], [%"end.9", %"cont.73"], [%".1466", %"cont.77"], [%".1554", %"to_ipv6.21"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".556" = getelementptr i8, ptr %"hdr.9", i64 40
  %".557" = icmp ugt ptr %".556", %"data_end"
  br i1 %".557", label %"exit.27", label %"cont.27"
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
  br label %"udp"
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
  %".654" = getelementptr i8, ptr %"hdr.10", i64 2
  %".655" = icmp ugt ptr %".654", %"data_end"
  br i1 %".655", label %"exit.31", label %"cont.31"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.11" = phi  i64 [%".187", %"to_ipv6_frag"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".715" = getelementptr i8, ptr %"hdr.11", i64 8
  %".716" = icmp ugt ptr %".715", %"data_end"
  br i1 %".716", label %"exit.35", label %"cont.35"
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
  %".789" = getelementptr i8, ptr %"hdr.12", i64 4
  %".790" = icmp ugt ptr %".789", %"data_end"
  br i1 %".790", label %"exit.39", label %"cont.39"
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
  %".341" = trunc i64 %"cursor.5" to i16
  %".342" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".341", ptr %".342", align 2
  br label %"return"
exit.16:
  %".348" = trunc i64 %"cursor.6" to i16
  %".349" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".348", ptr %".349", align 2
  br label %"return"
cont.16:
  %".352" = getelementptr i8, ptr %"hdr.6", i64 0
  %".353" = load i16, ptr %".352", align 2
  %".354" = call i16 @"llvm.bswap.i16"(i16 %".353")
  %".355" = zext i16 %".354" to i64
  %".356" = trunc i64 %".355" to i16
  %".357" = call i16 @"llvm.bswap.i16"(i16 %".356")
  %".358" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".357", ptr %".358", align 2
  %".360" = getelementptr i8, ptr %"hdr.6", i64 2
  %".361" = load i16, ptr %".360", align 2
  %".362" = call i16 @"llvm.bswap.i16"(i16 %".361")
  %".363" = zext i16 %".362" to i64
  %".364" = trunc i64 %".363" to i16
  %".365" = call i16 @"llvm.bswap.i16"(i16 %".364")
  %".366" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".365", ptr %".366", align 2
  %".368" = add i64 %"cursor.6", 8
  %".369" = trunc i64 %"cursor.6" to i16
  %".370" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".369", ptr %".370", align 2
  br label %"return"
exit.17:
  %".376" = trunc i64 %"cursor.7" to i16
  %".377" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".376", ptr %".377", align 2
  br label %"return"
cont.17:
  %".380" = getelementptr i8, ptr %"hdr.7", i64 1
  %".381" = load i8, ptr %".380", align 1
  %".382" = zext i8 %".381" to i64
  %".383" = and i64 %".382", 7
  %".384" = icmp ne i64 %".383", 0
  %".385" = getelementptr i8, ptr %"hdr.7", i64 0
  %".386" = load i8, ptr %".385", align 1
  %".387" = zext i8 %".386" to i64
  %".388" = lshr i64 %".387", 6
  %".389" = and i64 %".388", 1
  %".390" = icmp ne i64 %".389", 0
  %".391" = or i1 %".384", %".390"
  br i1 %".391", label %"exit.18", label %"cont.18"
exit.18:
  %".393" = trunc i64 %"cursor.7" to i16
  %".394" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".393", ptr %".394", align 2
  br label %"return"
cont.18:
  %".397" = add i64 %"cursor.7", 4
  %".398" = zext i8 %".386" to i64
  %".399" = lshr i64 %".398", 7
  %".400" = and i64 %".399", 1
  %".401" = zext i8 %".386" to i64
  %".402" = lshr i64 %".401", 5
  %".403" = and i64 %".402", 1
  %".404" = add i64 %".400", %".403"
  %".405" = zext i8 %".386" to i64
  %".406" = lshr i64 %".405", 4
  %".407" = and i64 %".406", 1
  %".408" = add i64 %".404", %".407"
  %".409" = mul i64 %".408", 4
  %".410" = add i64 %".409", 4
  %".411" = getelementptr i8, ptr %"hdr.7", i64 %".410"
  %".412" = icmp ugt ptr %".411", %"data_end"
  br i1 %".412", label %"exit.19", label %"cont.19"
exit.19:
  %".414" = trunc i64 %"cursor.7" to i16
  %".415" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".414", ptr %".415", align 2
  br label %"return"
cont.19:
  %"end.2" = add i64 %"cursor.7", %".410"
  %".418" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".418", align 1
  %".420" = and i32 %"flags", 4
  %".421" = icmp ne i32 %".420", 0
  br i1 %".421", label %"exit.20", label %"cont.20"
exit.20:
  %".423" = trunc i64 %"end.2" to i16
  %".424" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".423", ptr %".424", align 2
  br label %"return"
cont.20:
  %".427" = getelementptr i8, ptr %"hdr.7", i64 2
  %".428" = load i16, ptr %".427", align 2
  %".429" = call i16 @"llvm.bswap.i16"(i16 %".428")
  %".430" = zext i16 %".429" to i64
  switch i64 %".430", label %"unknown.4" [i64 2048, label %"to_ipv4.4" i64 34525, label %"to_ipv6.4" i64 25944, label %"to_ethernet"]
unknown.4:
  %".432" = trunc i64 %"end.2" to i16
  %".433" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".432", ptr %".433", align 2
  br label %"return"
to_ipv4.4:
  br label %"ipv4_d1"
to_ipv6.4:
  br label %"ipv6_d1"
to_ethernet:
  br label %"ethernet_d1"
ethernet_d1:
  %"cursor.13" = phi  i64 [%"end.2", %"to_ethernet"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.13"
  %".825" = getelementptr i8, ptr %"hdr.13", i64 14
  %".826" = icmp ugt ptr %".825", %"data_end"
  br i1 %".826", label %"exit.40", label %"cont.40"
exit.21:
  %".442" = trunc i64 %"cursor.8" to i16
  %".443" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".442", ptr %".443", align 2
  br label %"return"
cont.21:
  %".446" = getelementptr i8, ptr %"hdr.8", i64 0
  %".447" = load i8, ptr %".446", align 1
  %".448" = zext i8 %".447" to i64
  %".449" = and i64 %".448", 15
  %".450" = icmp uge i64 %".449", 5
  %".451" = xor i1 %".450", -1
  br i1 %".451", label %"exit.22", label %"cont.22"
exit.22:
  %".453" = trunc i64 %"cursor.8" to i16
  %".454" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".453", ptr %".454", align 2
  br label %"return"
cont.22:
  %".457" = trunc i64 2048 to i16
  %".458" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".457", ptr %".458", align 2
  %".460" = trunc i64 2048 to i16
  %".461" = call i16 @"llvm.bswap.i16"(i16 %".460")
  %".462" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".461", ptr %".462", align 2
  %".464" = getelementptr i8, ptr %"hdr.8", i64 12
  %".465" = load i32, ptr %".464", align 4
  %".466" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".465", ptr %".466", align 4
  %".468" = getelementptr i8, ptr %"hdr.8", i64 16
  %".469" = load i32, ptr %".468", align 4
  %".470" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".469", ptr %".470", align 4
  %".472" = getelementptr i8, ptr %"hdr.8", i64 9
  %".473" = load i8, ptr %".472", align 1
  %".474" = zext i8 %".473" to i64
  %".475" = trunc i64 %".474" to i8
  %".476" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".475", ptr %".476", align 1
  %".478" = add i64 %"cursor.8", 20
  %".479" = zext i8 %".447" to i64
  %".480" = and i64 %".479", 15
  %".481" = mul i64 %".480", 4
  %".482" = sub i64 %".481", 20
  %".483" = add i64 %".482", 20
  %".484" = getelementptr i8, ptr %"hdr.8", i64 %".483"
  %".485" = icmp ugt ptr %".484", %"data_end"
  br i1 %".485", label %"exit.23", label %"cont.23"
exit.23:
  %".487" = trunc i64 %"cursor.8" to i16
  %".488" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".487", ptr %".488", align 2
  br label %"return"
cont.23:
  %"end.3" = add i64 %"cursor.8", %".483"
  %".491" = getelementptr i8, ptr %"hdr.8", i64 6
  %".492" = load i16, ptr %".491", align 2
  %".493" = call i16 @"llvm.bswap.i16"(i16 %".492")
  %".494" = zext i16 %".493" to i64
  %".495" = and i64 %".494", 16383
  %".496" = icmp ne i64 %".495", 0
  %".497" = call i16 @"llvm.bswap.i16"(i16 %".492")
  %".498" = zext i16 %".497" to i64
  %".499" = and i64 %".498", 8191
  %".500" = icmp eq i64 %".499", 0
  br i1 %".496", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".502" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".502", align 1
  br i1 %".500", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".520" = zext i8 %".473" to i64
  switch i64 %".520", label %"unknown.5" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 4, label %"to_ipv4.5" i64 41, label %"to_ipv6.5"]
first_fragment.1:
  %".509" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".509", align 1
  %".511" = and i32 %"flags", 1
  %".512" = icmp ne i32 %".511", 0
  %".513" = xor i1 %".512", -1
  br i1 %".513", label %"exit.24", label %"cont.24"
later_fragment.1:
  %".505" = trunc i64 %"end.3" to i16
  %".506" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".505", ptr %".506", align 2
  br label %"return"
exit.24:
  %".515" = trunc i64 %"end.3" to i16
  %".516" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".515", ptr %".516", align 2
  br label %"return"
cont.24:
  br label %"not_fragment.1"
unknown.5:
  %".522" = trunc i64 %"end.3" to i16
  %".523" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".522", ptr %".523", align 2
  br label %"return"
to_tcp.2:
  br label %"tcp"
to_udp.2:
  br label %"udp"
to_udplite.2:
  br label %"udplite"
to_gre.2:
  br label %"gre_d1"
to_ipv4.5:
  %".530" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".530", align 1
  %".532" = and i32 %"flags", 4
  %".533" = icmp ne i32 %".532", 0
  br i1 %".533", label %"exit.25", label %"cont.25"
to_ipv6.5:
  %".543" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".543", align 1
  %".545" = and i32 %"flags", 4
  %".546" = icmp ne i32 %".545", 0
  br i1 %".546", label %"exit.26", label %"cont.26"
gre_d1:
  %"cursor.14" = phi  i64 [%"end.3", %"to_gre.2"], [%".601", %"to_gre.3"], [%"end.6", %"to_gre.6"], [%".1001", %"to_gre.7"], [%"end.8", %"to_gre.10"], [%".1313", %"to_gre.11"], [%"end.10", %"to_gre.14"], [%".1667", %"to_gre.15"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.14"
  %".846" = getelementptr i8, ptr %"hdr.14", i64 4
  %".847" = icmp ugt ptr %".846", %"data_end"
  br i1 %".847", label %"exit.41", label %"cont.41"
exit.25:
  %".535" = trunc i64 %"end.3" to i16
  %".536" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".535", ptr %".536", align 2
  br label %"return"
cont.25:
  %".539" = trunc i64 %"end.3" to i16
  %".540" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".539", ptr %".540", align 2
  br label %"return"
exit.26:
  %".548" = trunc i64 %"end.3" to i16
  %".549" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".548", ptr %".549", align 2
  br label %"return"
cont.26:
  %".552" = trunc i64 %"end.3" to i16
  %".553" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".552", ptr %".553", align 2
  br label %"return"
exit.27:
  %".559" = trunc i64 %"cursor.9" to i16
  %".560" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".559", ptr %".560", align 2
  br label %"return"
cont.27:
  %".563" = trunc i64 34525 to i16
  %".564" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".563", ptr %".564", align 2
  %".566" = trunc i64 34525 to i16
  %".567" = call i16 @"llvm.bswap.i16"(i16 %".566")
  %".568" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".567", ptr %".568", align 2
  %".570" = getelementptr i8, ptr %"hdr.9", i64 8
  %".571" = load i64, ptr %".570", align 8
  %".572" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".571", ptr %".572", align 8
  %".574" = getelementptr i8, ptr %"hdr.9", i64 16
  %".575" = load i64, ptr %".574", align 8
  %".576" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".575", ptr %".576", align 8
  %".578" = getelementptr i8, ptr %"hdr.9", i64 24
  %".579" = load i64, ptr %".578", align 8
  %".580" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".579", ptr %".580", align 8
  %".582" = getelementptr i8, ptr %"hdr.9", i64 32
  %".583" = load i64, ptr %".582", align 8
  %".584" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".583", ptr %".584", align 8
  %".586" = getelementptr i8, ptr %"hdr.9", i64 6
  %".587" = load i8, ptr %".586", align 1
  %".588" = zext i8 %".587" to i64
  %".589" = trunc i64 %".588" to i8
  %".590" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".589", ptr %".590", align 1
  %".592" = getelementptr i8, ptr %"hdr.9", i64 0
  %".593" = load i32, ptr %".592", align 4
  %".594" = call i32 @"llvm.bswap.i32"(i32 %".593")
  %".595" = zext i32 %".594" to i64
  %".596" = and i64 %".595", 1048575
  %".597" = trunc i64 %".596" to i32
  %".598" = call i32 @"llvm.bswap.i32"(i32 %".597")
  %".599" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".598", ptr %".599", align 4
  %".601" = add i64 %"cursor.9", 40
  %".602" = call i32 @"llvm.bswap.i32"(i32 %".593")
  %".603" = zext i32 %".602" to i64
  %".604" = and i64 %".603", 1048575
  %".605" = icmp ne i64 %".604", 0
  %".606" = and i32 %"flags", 2
  %".607" = icmp ne i32 %".606", 0
  %".608" = and i1 %".605", %".607"
  br i1 %".608", label %"exit.28", label %"cont.28"
exit.28:
  %".610" = trunc i64 %".601" to i16
  %".611" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".610", ptr %".611", align 2
  br label %"return"
cont.28:
  %".614" = zext i8 %".587" to i64
  switch i64 %".614", label %"unknown.6" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
unknown.6:
  %".616" = trunc i64 %".601" to i16
  %".617" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".616", ptr %".617", align 2
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
  br label %"udp"
to_udplite.3:
  br label %"udplite"
to_gre.3:
  br label %"gre_d1"
to_ipv4.6:
  %".628" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".628", align 1
  %".630" = and i32 %"flags", 4
  %".631" = icmp ne i32 %".630", 0
  br i1 %".631", label %"exit.29", label %"cont.29"
to_ipv6.6:
  %".641" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".641", align 1
  %".643" = and i32 %"flags", 4
  %".644" = icmp ne i32 %".643", 0
  br i1 %".644", label %"exit.30", label %"cont.30"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.15" = phi  i64 [%".601", %"to_ipv6_opts.3"], [%".601", %"to_ipv6_opts.4"], [%".601", %"to_ipv6_opts.5"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.15"
  %".921" = getelementptr i8, ptr %"hdr.15", i64 2
  %".922" = icmp ugt ptr %".921", %"data_end"
  br i1 %".922", label %"exit.45", label %"cont.45"
ipv6_frag_d1_ipv6_ext1:
  %"cursor.16" = phi  i64 [%".601", %"to_ipv6_frag.1"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.16"
  %".988" = getelementptr i8, ptr %"hdr.16", i64 8
  %".989" = icmp ugt ptr %".988", %"data_end"
  br i1 %".989", label %"exit.49", label %"cont.49"
exit.29:
  %".633" = trunc i64 %".601" to i16
  %".634" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".633", ptr %".634", align 2
  br label %"return"
cont.29:
  %".637" = trunc i64 %".601" to i16
  %".638" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".637", ptr %".638", align 2
  br label %"return"
exit.30:
  %".646" = trunc i64 %".601" to i16
  %".647" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".646", ptr %".647", align 2
  br label %"return"
cont.30:
  %".650" = trunc i64 %".601" to i16
  %".651" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".650", ptr %".651", align 2
  br label %"return"
exit.31:
  %".657" = trunc i64 %"cursor.10" to i16
  %".658" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".657", ptr %".658", align 2
  br label %"return"
cont.31:
  %".661" = getelementptr i8, ptr %"hdr.10", i64 0
  %".662" = load i8, ptr %".661", align 1
  %".663" = zext i8 %".662" to i64
  %".664" = trunc i64 %".663" to i8
  %".665" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".664", ptr %".665", align 1
  %".667" = add i64 %"cursor.10", 2
  %".668" = getelementptr i8, ptr %"hdr.10", i64 1
  %".669" = load i8, ptr %".668", align 1
  %".670" = zext i8 %".669" to i64
  %".671" = mul i64 %".670", 8
  %".672" = add i64 %".671", 6
  %".673" = add i64 %".672", 2
  %".674" = getelementptr i8, ptr %"hdr.10", i64 %".673"
  %".675" = icmp ugt ptr %".674", %"data_end"
  br i1 %".675", label %"exit.32", label %"cont.32"
exit.32:
  %".677" = trunc i64 %"cursor.10" to i16
  %".678" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".677", ptr %".678", align 2
  br label %"return"
cont.32:
  %"end.4" = add i64 %"cursor.10", %".673"
  %".681" = zext i8 %".662" to i64
  switch i64 %".681", label %"unknown.7" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.7:
  %".683" = trunc i64 %"end.4" to i16
  %".684" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".683", ptr %".684", align 2
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
  br label %"udp"
to_udplite.4:
  br label %"udplite"
to_gre.4:
  br label %"gre_d0"
to_ipv4.7:
  %".695" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".695", align 1
  %".697" = and i32 %"flags", 4
  %".698" = icmp ne i32 %".697", 0
  br i1 %".698", label %"exit.33", label %"cont.33"
to_ipv6.7:
  %".705" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".705", align 1
  %".707" = and i32 %"flags", 4
  %".708" = icmp ne i32 %".707", 0
  br i1 %".708", label %"exit.34", label %"cont.34"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.17" = phi  i64 [%"end.4", %"to_ipv6_opts.6"], [%"end.4", %"to_ipv6_opts.7"], [%"end.4", %"to_ipv6_opts.8"], [%".728", %"to_ipv6_opts.9"], [%".728", %"to_ipv6_opts.10"], [%".728", %"to_ipv6_opts.11"]
  %"hdr.17" = getelementptr i8, ptr %"data", i64 %"cursor.17"
  %".1068" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1069" = icmp ugt ptr %".1068", %"data_end"
  br i1 %".1069", label %"exit.53", label %"cont.53"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.18" = phi  i64 [%"end.4", %"to_ipv6_frag.2"], [%".728", %"to_ipv6_frag.3"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.18"
  %".1129" = getelementptr i8, ptr %"hdr.18", i64 8
  %".1130" = icmp ugt ptr %".1129", %"data_end"
  br i1 %".1130", label %"exit.57", label %"cont.57"
exit.33:
  %".700" = trunc i64 %"end.4" to i16
  %".701" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".700", ptr %".701", align 2
  br label %"return"
cont.33:
  br label %"ipv4_d1"
exit.34:
  %".710" = trunc i64 %"end.4" to i16
  %".711" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".710", ptr %".711", align 2
  br label %"return"
cont.34:
  br label %"ipv6_d1"
exit.35:
  %".718" = trunc i64 %"cursor.11" to i16
  %".719" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".718", ptr %".719", align 2
  br label %"return"
cont.35:
  %".722" = getelementptr i8, ptr %"hdr.11", i64 0
  %".723" = load i8, ptr %".722", align 1
  %".724" = zext i8 %".723" to i64
  %".725" = trunc i64 %".724" to i8
  %".726" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".725", ptr %".726", align 1
  %".728" = add i64 %"cursor.11", 8
  %".729" = icmp ne i64 1, 0
  %".730" = getelementptr i8, ptr %"hdr.11", i64 2
  %".731" = load i16, ptr %".730", align 2
  %".732" = call i16 @"llvm.bswap.i16"(i16 %".731")
  %".733" = zext i16 %".732" to i64
  %".734" = and i64 %".733", 65528
  %".735" = icmp eq i64 %".734", 0
  br i1 %".729", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".737" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".737", align 1
  br i1 %".735", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".755" = zext i8 %".723" to i64
  switch i64 %".755", label %"unknown.8" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
first_fragment.2:
  %".744" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".744", align 1
  %".746" = and i32 %"flags", 1
  %".747" = icmp ne i32 %".746", 0
  %".748" = xor i1 %".747", -1
  br i1 %".748", label %"exit.36", label %"cont.36"
later_fragment.2:
  %".740" = trunc i64 %".728" to i16
  %".741" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".740", ptr %".741", align 2
  br label %"return"
exit.36:
  %".750" = trunc i64 %".728" to i16
  %".751" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".750", ptr %".751", align 2
  br label %"return"
cont.36:
  br label %"not_fragment.2"
unknown.8:
  %".757" = trunc i64 %".728" to i16
  %".758" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".757", ptr %".758", align 2
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
  br label %"udp"
to_udplite.5:
  br label %"udplite"
to_gre.5:
  br label %"gre_d0"
to_ipv4.8:
  %".769" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".769", align 1
  %".771" = and i32 %"flags", 4
  %".772" = icmp ne i32 %".771", 0
  br i1 %".772", label %"exit.37", label %"cont.37"
to_ipv6.8:
  %".779" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".779", align 1
  %".781" = and i32 %"flags", 4
  %".782" = icmp ne i32 %".781", 0
  br i1 %".782", label %"exit.38", label %"cont.38"
exit.37:
  %".774" = trunc i64 %".728" to i16
  %".775" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".774", ptr %".775", align 2
  br label %"return"
cont.37:
  br label %"ipv4_d1"
exit.38:
  %".784" = trunc i64 %".728" to i16
  %".785" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".784", ptr %".785", align 2
  br label %"return"
cont.38:
  br label %"ipv6_d1"
exit.39:
  %".792" = trunc i64 %"cursor.12" to i16
  %".793" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".792", ptr %".793", align 2
  br label %"return"
cont.39:
  %".796" = getelementptr i8, ptr %"hdr.12", i64 2
  %".797" = load i16, ptr %".796", align 2
  %".798" = call i16 @"llvm.bswap.i16"(i16 %".797")
  %".799" = zext i16 %".798" to i64
  %".800" = trunc i64 %".799" to i16
  %".801" = call i16 @"llvm.bswap.i16"(i16 %".800")
  %".802" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".801", ptr %".802", align 2
  %".804" = add i64 %"cursor.12", 4
  %".805" = trunc i64 %".804" to i16
  %".806" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".805", ptr %".806", align 2
  %".808" = call i16 @"llvm.bswap.i16"(i16 %".797")
  %".809" = zext i16 %".808" to i64
  switch i64 %".809", label %"unknown.9" [i64 2048, label %"to_ipv4.9" i64 34525, label %"to_ipv6.9" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5"]
unknown.9:
  %".811" = trunc i64 %".804" to i16
  %".812" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".811", ptr %".812", align 2
  br label %"return"
to_ipv4.9:
  br label %"ipv4_d0"
to_ipv6.9:
  br label %"ipv6_d0"
to_vlan.4:
  %".817" = trunc i64 %".804" to i16
  %".818" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".817", ptr %".818", align 2
  br label %"return"
to_vlan.5:
  %".821" = trunc i64 %".804" to i16
  %".822" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".821", ptr %".822", align 2
  br label %"return"
exit.40:
  %".828" = trunc i64 %"cursor.13" to i16
  %".829" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".828", ptr %".829", align 2
  br label %"return"
cont.40:
  %".832" = add i64 %"cursor.13", 14
  %".833" = getelementptr i8, ptr %"hdr.13", i64 12
  %".834" = load i16, ptr %".833", align 2
  %".835" = call i16 @"llvm.bswap.i16"(i16 %".834")
  %".836" = zext i16 %".835" to i64
  switch i64 %".836", label %"unknown.10" [i64 2048, label %"to_ipv4.10" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7"]
unknown.10:
  %".838" = trunc i64 %".832" to i16
  %".839" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".838", ptr %".839", align 2
  br label %"return"
to_ipv4.10:
  br label %"ipv4_d1"
to_ipv6.10:
  br label %"ipv6_d1"
to_vlan.6:
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  br label %"vlan_d1_vlan_tags1"
vlan_d1_vlan_tags1:
  %"cursor.19" = phi  i64 [%".832", %"to_vlan.6"], [%".832", %"to_vlan.7"]
  %"hdr.19" = getelementptr i8, ptr %"data", i64 %"cursor.19"
  %".1203" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1204" = icmp ugt ptr %".1203", %"data_end"
  br i1 %".1204", label %"exit.61", label %"cont.61"
exit.41:
  %".849" = trunc i64 %"cursor.14" to i16
  %".850" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".849", ptr %".850", align 2
  br label %"return"
cont.41:
  %".853" = getelementptr i8, ptr %"hdr.14", i64 1
  %".854" = load i8, ptr %".853", align 1
  %".855" = zext i8 %".854" to i64
  %".856" = and i64 %".855", 7
  %".857" = icmp ne i64 %".856", 0
  %".858" = getelementptr i8, ptr %"hdr.14", i64 0
  %".859" = load i8, ptr %".858", align 1
  %".860" = zext i8 %".859" to i64
  %".861" = lshr i64 %".860", 6
  %".862" = and i64 %".861", 1
  %".863" = icmp ne i64 %".862", 0
  %".864" = or i1 %".857", %".863"
  br i1 %".864", label %"exit.42", label %"cont.42"
exit.42:
  %".866" = trunc i64 %"cursor.14" to i16
  %".867" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".866", ptr %".867", align 2
  br label %"return"
cont.42:
  %".870" = add i64 %"cursor.14", 4
  %".871" = zext i8 %".859" to i64
  %".872" = lshr i64 %".871", 7
  %".873" = and i64 %".872", 1
  %".874" = zext i8 %".859" to i64
  %".875" = lshr i64 %".874", 5
  %".876" = and i64 %".875", 1
  %".877" = add i64 %".873", %".876"
  %".878" = zext i8 %".859" to i64
  %".879" = lshr i64 %".878", 4
  %".880" = and i64 %".879", 1
  %".881" = add i64 %".877", %".880"
  %".882" = mul i64 %".881", 4
  %".883" = add i64 %".882", 4
  %".884" = getelementptr i8, ptr %"hdr.14", i64 %".883"
  %".885" = icmp ugt ptr %".884", %"data_end"
  br i1 %".885", label %"exit.43", label %"cont.43"
exit.43:
  %".887" = trunc i64 %"cursor.14" to i16
  %".888" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".887", ptr %".888", align 2
  br label %"return"
cont.43:
  %"end.5" = add i64 %"cursor.14", %".883"
  %".891" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".891", align 1
  %".893" = and i32 %"flags", 4
  %".894" = icmp ne i32 %".893", 0
  br i1 %".894", label %"exit.44", label %"cont.44"
exit.44:
  %".896" = trunc i64 %"end.5" to i16
  %".897" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".896", ptr %".897", align 2
  br label %"return"
cont.44:
  %".900" = getelementptr i8, ptr %"hdr.14", i64 2
  %".901" = load i16, ptr %".900", align 2
  %".902" = call i16 @"llvm.bswap.i16"(i16 %".901")
  %".903" = zext i16 %".902" to i64
  switch i64 %".903", label %"unknown.11" [i64 2048, label %"to_ipv4.11" i64 34525, label %"to_ipv6.11" i64 25944, label %"to_ethernet.1"]
unknown.11:
  %".905" = trunc i64 %"end.5" to i16
  %".906" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".905", ptr %".906", align 2
  br label %"return"
to_ipv4.11:
  %".909" = trunc i64 %"end.5" to i16
  %".910" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".909", ptr %".910", align 2
  br label %"return"
to_ipv6.11:
  %".913" = trunc i64 %"end.5" to i16
  %".914" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".913", ptr %".914", align 2
  br label %"return"
to_ethernet.1:
  %".917" = trunc i64 %"end.5" to i16
  %".918" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".917", ptr %".918", align 2
  br label %"return"
exit.45:
  %".924" = trunc i64 %"cursor.15" to i16
  %".925" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".924", ptr %".925", align 2
  br label %"return"
cont.45:
  %".928" = getelementptr i8, ptr %"hdr.15", i64 0
  %".929" = load i8, ptr %".928", align 1
  %".930" = zext i8 %".929" to i64
  %".931" = trunc i64 %".930" to i8
  %".932" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".931", ptr %".932", align 1
  %".934" = add i64 %"cursor.15", 2
  %".935" = getelementptr i8, ptr %"hdr.15", i64 1
  %".936" = load i8, ptr %".935", align 1
  %".937" = zext i8 %".936" to i64
  %".938" = mul i64 %".937", 8
  %".939" = add i64 %".938", 6
  %".940" = add i64 %".939", 2
  %".941" = getelementptr i8, ptr %"hdr.15", i64 %".940"
  %".942" = icmp ugt ptr %".941", %"data_end"
  br i1 %".942", label %"exit.46", label %"cont.46"
exit.46:
  %".944" = trunc i64 %"cursor.15" to i16
  %".945" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".944", ptr %".945", align 2
  br label %"return"
cont.46:
  %"end.6" = add i64 %"cursor.15", %".940"
  %".948" = zext i8 %".929" to i64
  switch i64 %".948", label %"unknown.12" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 4, label %"to_ipv4.12" i64 41, label %"to_ipv6.12"]
unknown.12:
  %".950" = trunc i64 %"end.6" to i16
  %".951" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".950", ptr %".951", align 2
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
  br label %"udp"
to_udplite.6:
  br label %"udplite"
to_gre.6:
  br label %"gre_d1"
to_ipv4.12:
  %".962" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".962", align 1
  %".964" = and i32 %"flags", 4
  %".965" = icmp ne i32 %".964", 0
  br i1 %".965", label %"exit.47", label %"cont.47"
to_ipv6.12:
  %".975" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".975", align 1
  %".977" = and i32 %"flags", 4
  %".978" = icmp ne i32 %".977", 0
  br i1 %".978", label %"exit.48", label %"cont.48"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.20" = phi  i64 [%"end.6", %"to_ipv6_opts.12"], [%"end.6", %"to_ipv6_opts.13"], [%"end.6", %"to_ipv6_opts.14"], [%".1001", %"to_ipv6_opts.15"], [%".1001", %"to_ipv6_opts.16"], [%".1001", %"to_ipv6_opts.17"]
  %"hdr.20" = getelementptr i8, ptr %"data", i64 %"cursor.20"
  %".1233" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1234" = icmp ugt ptr %".1233", %"data_end"
  br i1 %".1234", label %"exit.62", label %"cont.62"
ipv6_frag_d1_ipv6_ext2:
  %"cursor.21" = phi  i64 [%"end.6", %"to_ipv6_frag.4"], [%".1001", %"to_ipv6_frag.5"]
  %"hdr.21" = getelementptr i8, ptr %"data", i64 %"cursor.21"
  %".1300" = getelementptr i8, ptr %"hdr.21", i64 8
  %".1301" = icmp ugt ptr %".1300", %"data_end"
  br i1 %".1301", label %"exit.66", label %"cont.66"
exit.47:
  %".967" = trunc i64 %"end.6" to i16
  %".968" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".967", ptr %".968", align 2
  br label %"return"
cont.47:
  %".971" = trunc i64 %"end.6" to i16
  %".972" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".971", ptr %".972", align 2
  br label %"return"
exit.48:
  %".980" = trunc i64 %"end.6" to i16
  %".981" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".980", ptr %".981", align 2
  br label %"return"
cont.48:
  %".984" = trunc i64 %"end.6" to i16
  %".985" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".984", ptr %".985", align 2
  br label %"return"
exit.49:
  %".991" = trunc i64 %"cursor.16" to i16
  %".992" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".991", ptr %".992", align 2
  br label %"return"
cont.49:
  %".995" = getelementptr i8, ptr %"hdr.16", i64 0
  %".996" = load i8, ptr %".995", align 1
  %".997" = zext i8 %".996" to i64
  %".998" = trunc i64 %".997" to i8
  %".999" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".998", ptr %".999", align 1
  %".1001" = add i64 %"cursor.16", 8
  %".1002" = icmp ne i64 1, 0
  %".1003" = getelementptr i8, ptr %"hdr.16", i64 2
  %".1004" = load i16, ptr %".1003", align 2
  %".1005" = call i16 @"llvm.bswap.i16"(i16 %".1004")
  %".1006" = zext i16 %".1005" to i64
  %".1007" = and i64 %".1006", 65528
  %".1008" = icmp eq i64 %".1007", 0
  br i1 %".1002", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".1010" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1010", align 1
  br i1 %".1008", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".1028" = zext i8 %".996" to i64
  switch i64 %".1028", label %"unknown.13" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.13"]
first_fragment.3:
  %".1017" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1017", align 1
  %".1019" = and i32 %"flags", 1
  %".1020" = icmp ne i32 %".1019", 0
  %".1021" = xor i1 %".1020", -1
  br i1 %".1021", label %"exit.50", label %"cont.50"
later_fragment.3:
  %".1013" = trunc i64 %".1001" to i16
  %".1014" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1013", ptr %".1014", align 2
  br label %"return"
exit.50:
  %".1023" = trunc i64 %".1001" to i16
  %".1024" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1023", ptr %".1024", align 2
  br label %"return"
cont.50:
  br label %"not_fragment.3"
unknown.13:
  %".1030" = trunc i64 %".1001" to i16
  %".1031" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1030", ptr %".1031", align 2
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
  br label %"udp"
to_udplite.7:
  br label %"udplite"
to_gre.7:
  br label %"gre_d1"
to_ipv4.13:
  %".1042" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1042", align 1
  %".1044" = and i32 %"flags", 4
  %".1045" = icmp ne i32 %".1044", 0
  br i1 %".1045", label %"exit.51", label %"cont.51"
to_ipv6.13:
  %".1055" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1055", align 1
  %".1057" = and i32 %"flags", 4
  %".1058" = icmp ne i32 %".1057", 0
  br i1 %".1058", label %"exit.52", label %"cont.52"
exit.51:
  %".1047" = trunc i64 %".1001" to i16
  %".1048" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1047", ptr %".1048", align 2
  br label %"return"
cont.51:
  %".1051" = trunc i64 %".1001" to i16
  %".1052" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1051", ptr %".1052", align 2
  br label %"return"
exit.52:
  %".1060" = trunc i64 %".1001" to i16
  %".1061" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1060", ptr %".1061", align 2
  br label %"return"
cont.52:
  %".1064" = trunc i64 %".1001" to i16
  %".1065" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1064", ptr %".1065", align 2
  br label %"return"
exit.53:
  %".1071" = trunc i64 %"cursor.17" to i16
  %".1072" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1071", ptr %".1072", align 2
  br label %"return"
cont.53:
  %".1075" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1076" = load i8, ptr %".1075", align 1
  %".1077" = zext i8 %".1076" to i64
  %".1078" = trunc i64 %".1077" to i8
  %".1079" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1078", ptr %".1079", align 1
  %".1081" = add i64 %"cursor.17", 2
  %".1082" = getelementptr i8, ptr %"hdr.17", i64 1
  %".1083" = load i8, ptr %".1082", align 1
  %".1084" = zext i8 %".1083" to i64
  %".1085" = mul i64 %".1084", 8
  %".1086" = add i64 %".1085", 6
  %".1087" = add i64 %".1086", 2
  %".1088" = getelementptr i8, ptr %"hdr.17", i64 %".1087"
  %".1089" = icmp ugt ptr %".1088", %"data_end"
  br i1 %".1089", label %"exit.54", label %"cont.54"
exit.54:
  %".1091" = trunc i64 %"cursor.17" to i16
  %".1092" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1091", ptr %".1092", align 2
  br label %"return"
cont.54:
  %"end.7" = add i64 %"cursor.17", %".1087"
  %".1095" = zext i8 %".1076" to i64
  switch i64 %".1095", label %"unknown.14" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 4, label %"to_ipv4.14" i64 41, label %"to_ipv6.14"]
unknown.14:
  %".1097" = trunc i64 %"end.7" to i16
  %".1098" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1097", ptr %".1098", align 2
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
  br label %"udp"
to_udplite.8:
  br label %"udplite"
to_gre.8:
  br label %"gre_d0"
to_ipv4.14:
  %".1109" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1109", align 1
  %".1111" = and i32 %"flags", 4
  %".1112" = icmp ne i32 %".1111", 0
  br i1 %".1112", label %"exit.55", label %"cont.55"
to_ipv6.14:
  %".1119" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1119", align 1
  %".1121" = and i32 %"flags", 4
  %".1122" = icmp ne i32 %".1121", 0
  br i1 %".1122", label %"exit.56", label %"cont.56"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.22" = phi  i64 [%"end.7", %"to_ipv6_opts.18"], [%"end.7", %"to_ipv6_opts.19"], [%"end.7", %"to_ipv6_opts.20"], [%".1142", %"to_ipv6_opts.21"], [%".1142", %"to_ipv6_opts.22"], [%".1142", %"to_ipv6_opts.23"]
  %"hdr.22" = getelementptr i8, ptr %"data", i64 %"cursor.22"
  %".1380" = getelementptr i8, ptr %"hdr.22", i64 2
  %".1381" = icmp ugt ptr %".1380", %"data_end"
  br i1 %".1381", label %"exit.70", label %"cont.70"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.23" = phi  i64 [%"end.7", %"to_ipv6_frag.6"], [%".1142", %"to_ipv6_frag.7"]
  %"hdr.23" = getelementptr i8, ptr %"data", i64 %"cursor.23"
  %".1453" = getelementptr i8, ptr %"hdr.23", i64 8
  %".1454" = icmp ugt ptr %".1453", %"data_end"
  br i1 %".1454", label %"exit.74", label %"cont.74"
exit.55:
  %".1114" = trunc i64 %"end.7" to i16
  %".1115" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1114", ptr %".1115", align 2
  br label %"return"
cont.55:
  br label %"ipv4_d1"
exit.56:
  %".1124" = trunc i64 %"end.7" to i16
  %".1125" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1124", ptr %".1125", align 2
  br label %"return"
cont.56:
  br label %"ipv6_d1"
exit.57:
  %".1132" = trunc i64 %"cursor.18" to i16
  %".1133" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1132", ptr %".1133", align 2
  br label %"return"
cont.57:
  %".1136" = getelementptr i8, ptr %"hdr.18", i64 0
  %".1137" = load i8, ptr %".1136", align 1
  %".1138" = zext i8 %".1137" to i64
  %".1139" = trunc i64 %".1138" to i8
  %".1140" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1139", ptr %".1140", align 1
  %".1142" = add i64 %"cursor.18", 8
  %".1143" = icmp ne i64 1, 0
  %".1144" = getelementptr i8, ptr %"hdr.18", i64 2
  %".1145" = load i16, ptr %".1144", align 2
  %".1146" = call i16 @"llvm.bswap.i16"(i16 %".1145")
  %".1147" = zext i16 %".1146" to i64
  %".1148" = and i64 %".1147", 65528
  %".1149" = icmp eq i64 %".1148", 0
  br i1 %".1143", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".1151" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1151", align 1
  br i1 %".1149", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".1169" = zext i8 %".1137" to i64
  switch i64 %".1169", label %"unknown.15" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 4, label %"to_ipv4.15" i64 41, label %"to_ipv6.15"]
first_fragment.4:
  %".1158" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1158", align 1
  %".1160" = and i32 %"flags", 1
  %".1161" = icmp ne i32 %".1160", 0
  %".1162" = xor i1 %".1161", -1
  br i1 %".1162", label %"exit.58", label %"cont.58"
later_fragment.4:
  %".1154" = trunc i64 %".1142" to i16
  %".1155" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1154", ptr %".1155", align 2
  br label %"return"
exit.58:
  %".1164" = trunc i64 %".1142" to i16
  %".1165" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1164", ptr %".1165", align 2
  br label %"return"
cont.58:
  br label %"not_fragment.4"
unknown.15:
  %".1171" = trunc i64 %".1142" to i16
  %".1172" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1171", ptr %".1172", align 2
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
  br label %"udp"
to_udplite.9:
  br label %"udplite"
to_gre.9:
  br label %"gre_d0"
to_ipv4.15:
  %".1183" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1183", align 1
  %".1185" = and i32 %"flags", 4
  %".1186" = icmp ne i32 %".1185", 0
  br i1 %".1186", label %"exit.59", label %"cont.59"
to_ipv6.15:
  %".1193" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1193", align 1
  %".1195" = and i32 %"flags", 4
  %".1196" = icmp ne i32 %".1195", 0
  br i1 %".1196", label %"exit.60", label %"cont.60"
exit.59:
  %".1188" = trunc i64 %".1142" to i16
  %".1189" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1188", ptr %".1189", align 2
  br label %"return"
cont.59:
  br label %"ipv4_d1"
exit.60:
  %".1198" = trunc i64 %".1142" to i16
  %".1199" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1198", ptr %".1199", align 2
  br label %"return"
cont.60:
  br label %"ipv6_d1"
exit.61:
  %".1206" = trunc i64 %"cursor.19" to i16
  %".1207" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1206", ptr %".1207", align 2
  br label %"return"
cont.61:
  %".1210" = getelementptr i8, ptr %"hdr.19", i64 2
  %".1211" = load i16, ptr %".1210", align 2
  %".1212" = call i16 @"llvm.bswap.i16"(i16 %".1211")
  %".1213" = zext i16 %".1212" to i64
  %".1214" = trunc i64 %".1213" to i16
  %".1215" = call i16 @"llvm.bswap.i16"(i16 %".1214")
  %".1216" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1215", ptr %".1216", align 2
  %".1218" = add i64 %"cursor.19", 4
  %".1219" = trunc i64 %".1218" to i16
  %".1220" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1219", ptr %".1220", align 2
  %".1222" = call i16 @"llvm.bswap.i16"(i16 %".1211")
  %".1223" = zext i16 %".1222" to i64
  switch i64 %".1223", label %"unknown.16" [i64 2048, label %"to_ipv4.16" i64 34525, label %"to_ipv6.16" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9"]
unknown.16:
  %".1225" = trunc i64 %".1218" to i16
  %".1226" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1225", ptr %".1226", align 2
  br label %"return"
to_ipv4.16:
  br label %"ipv4_d1"
to_ipv6.16:
  br label %"ipv6_d1"
to_vlan.8:
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  br label %"vlan_d1_vlan_tags2"
vlan_d1_vlan_tags2:
  %"cursor.24" = phi  i64 [%".1218", %"to_vlan.8"], [%".1218", %"to_vlan.9"]
  %"hdr.24" = getelementptr i8, ptr %"data", i64 %"cursor.24"
  %".1539" = getelementptr i8, ptr %"hdr.24", i64 4
  %".1540" = icmp ugt ptr %".1539", %"data_end"
  br i1 %".1540", label %"exit.78", label %"cont.78"
exit.62:
  %".1236" = trunc i64 %"cursor.20" to i16
  %".1237" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1236", ptr %".1237", align 2
  br label %"return"
cont.62:
  %".1240" = getelementptr i8, ptr %"hdr.20", i64 0
  %".1241" = load i8, ptr %".1240", align 1
  %".1242" = zext i8 %".1241" to i64
  %".1243" = trunc i64 %".1242" to i8
  %".1244" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1243", ptr %".1244", align 1
  %".1246" = add i64 %"cursor.20", 2
  %".1247" = getelementptr i8, ptr %"hdr.20", i64 1
  %".1248" = load i8, ptr %".1247", align 1
  %".1249" = zext i8 %".1248" to i64
  %".1250" = mul i64 %".1249", 8
  %".1251" = add i64 %".1250", 6
  %".1252" = add i64 %".1251", 2
  %".1253" = getelementptr i8, ptr %"hdr.20", i64 %".1252"
  %".1254" = icmp ugt ptr %".1253", %"data_end"
  br i1 %".1254", label %"exit.63", label %"cont.63"
exit.63:
  %".1256" = trunc i64 %"cursor.20" to i16
  %".1257" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1256", ptr %".1257", align 2
  br label %"return"
cont.63:
  %"end.8" = add i64 %"cursor.20", %".1252"
  %".1260" = zext i8 %".1241" to i64
  switch i64 %".1260", label %"unknown.17" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 4, label %"to_ipv4.17" i64 41, label %"to_ipv6.17"]
unknown.17:
  %".1262" = trunc i64 %"end.8" to i16
  %".1263" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1262", ptr %".1263", align 2
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
  br label %"udp"
to_udplite.10:
  br label %"udplite"
to_gre.10:
  br label %"gre_d1"
to_ipv4.17:
  %".1274" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1274", align 1
  %".1276" = and i32 %"flags", 4
  %".1277" = icmp ne i32 %".1276", 0
  br i1 %".1277", label %"exit.64", label %"cont.64"
to_ipv6.17:
  %".1287" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1287", align 1
  %".1289" = and i32 %"flags", 4
  %".1290" = icmp ne i32 %".1289", 0
  br i1 %".1290", label %"exit.65", label %"cont.65"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.25" = phi  i64 [%"end.8", %"to_ipv6_opts.24"], [%"end.8", %"to_ipv6_opts.25"], [%"end.8", %"to_ipv6_opts.26"], [%".1313", %"to_ipv6_opts.27"], [%".1313", %"to_ipv6_opts.28"], [%".1313", %"to_ipv6_opts.29"]
  %"hdr.25" = getelementptr i8, ptr %"data", i64 %"cursor.25"
  %".1575" = getelementptr i8, ptr %"hdr.25", i64 2
  %".1576" = icmp ugt ptr %".1575", %"data_end"
  br i1 %".1576", label %"exit.79", label %"cont.79"
ipv6_frag_d1_ipv6_ext3:
  %"cursor.26" = phi  i64 [%"end.8", %"to_ipv6_frag.8"], [%".1313", %"to_ipv6_frag.9"]
  %"hdr.26" = getelementptr i8, ptr %"data", i64 %"cursor.26"
  %".1654" = getelementptr i8, ptr %"hdr.26", i64 8
  %".1655" = icmp ugt ptr %".1654", %"data_end"
  br i1 %".1655", label %"exit.83", label %"cont.83"
exit.64:
  %".1279" = trunc i64 %"end.8" to i16
  %".1280" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1279", ptr %".1280", align 2
  br label %"return"
cont.64:
  %".1283" = trunc i64 %"end.8" to i16
  %".1284" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1283", ptr %".1284", align 2
  br label %"return"
exit.65:
  %".1292" = trunc i64 %"end.8" to i16
  %".1293" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1292", ptr %".1293", align 2
  br label %"return"
cont.65:
  %".1296" = trunc i64 %"end.8" to i16
  %".1297" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1296", ptr %".1297", align 2
  br label %"return"
exit.66:
  %".1303" = trunc i64 %"cursor.21" to i16
  %".1304" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1303", ptr %".1304", align 2
  br label %"return"
cont.66:
  %".1307" = getelementptr i8, ptr %"hdr.21", i64 0
  %".1308" = load i8, ptr %".1307", align 1
  %".1309" = zext i8 %".1308" to i64
  %".1310" = trunc i64 %".1309" to i8
  %".1311" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1310", ptr %".1311", align 1
  %".1313" = add i64 %"cursor.21", 8
  %".1314" = icmp ne i64 1, 0
  %".1315" = getelementptr i8, ptr %"hdr.21", i64 2
  %".1316" = load i16, ptr %".1315", align 2
  %".1317" = call i16 @"llvm.bswap.i16"(i16 %".1316")
  %".1318" = zext i16 %".1317" to i64
  %".1319" = and i64 %".1318", 65528
  %".1320" = icmp eq i64 %".1319", 0
  br i1 %".1314", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".1322" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1322", align 1
  br i1 %".1320", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".1340" = zext i8 %".1308" to i64
  switch i64 %".1340", label %"unknown.18" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 4, label %"to_ipv4.18" i64 41, label %"to_ipv6.18"]
first_fragment.5:
  %".1329" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1329", align 1
  %".1331" = and i32 %"flags", 1
  %".1332" = icmp ne i32 %".1331", 0
  %".1333" = xor i1 %".1332", -1
  br i1 %".1333", label %"exit.67", label %"cont.67"
later_fragment.5:
  %".1325" = trunc i64 %".1313" to i16
  %".1326" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1325", ptr %".1326", align 2
  br label %"return"
exit.67:
  %".1335" = trunc i64 %".1313" to i16
  %".1336" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1335", ptr %".1336", align 2
  br label %"return"
cont.67:
  br label %"not_fragment.5"
unknown.18:
  %".1342" = trunc i64 %".1313" to i16
  %".1343" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1342", ptr %".1343", align 2
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
  br label %"udp"
to_udplite.11:
  br label %"udplite"
to_gre.11:
  br label %"gre_d1"
to_ipv4.18:
  %".1354" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1354", align 1
  %".1356" = and i32 %"flags", 4
  %".1357" = icmp ne i32 %".1356", 0
  br i1 %".1357", label %"exit.68", label %"cont.68"
to_ipv6.18:
  %".1367" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1367", align 1
  %".1369" = and i32 %"flags", 4
  %".1370" = icmp ne i32 %".1369", 0
  br i1 %".1370", label %"exit.69", label %"cont.69"
exit.68:
  %".1359" = trunc i64 %".1313" to i16
  %".1360" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1359", ptr %".1360", align 2
  br label %"return"
cont.68:
  %".1363" = trunc i64 %".1313" to i16
  %".1364" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1363", ptr %".1364", align 2
  br label %"return"
exit.69:
  %".1372" = trunc i64 %".1313" to i16
  %".1373" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1372", ptr %".1373", align 2
  br label %"return"
cont.69:
  %".1376" = trunc i64 %".1313" to i16
  %".1377" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1376", ptr %".1377", align 2
  br label %"return"
exit.70:
  %".1383" = trunc i64 %"cursor.22" to i16
  %".1384" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1383", ptr %".1384", align 2
  br label %"return"
cont.70:
  %".1387" = getelementptr i8, ptr %"hdr.22", i64 0
  %".1388" = load i8, ptr %".1387", align 1
  %".1389" = zext i8 %".1388" to i64
  %".1390" = trunc i64 %".1389" to i8
  %".1391" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1390", ptr %".1391", align 1
  %".1393" = add i64 %"cursor.22", 2
  %".1394" = getelementptr i8, ptr %"hdr.22", i64 1
  %".1395" = load i8, ptr %".1394", align 1
  %".1396" = zext i8 %".1395" to i64
  %".1397" = mul i64 %".1396", 8
  %".1398" = add i64 %".1397", 6
  %".1399" = add i64 %".1398", 2
  %".1400" = getelementptr i8, ptr %"hdr.22", i64 %".1399"
  %".1401" = icmp ugt ptr %".1400", %"data_end"
  br i1 %".1401", label %"exit.71", label %"cont.71"
exit.71:
  %".1403" = trunc i64 %"cursor.22" to i16
  %".1404" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1403", ptr %".1404", align 2
  br label %"return"
cont.71:
  %"end.9" = add i64 %"cursor.22", %".1399"
  %".1407" = zext i8 %".1388" to i64
  switch i64 %".1407", label %"unknown.19" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.19"]
unknown.19:
  %".1409" = trunc i64 %"end.9" to i16
  %".1410" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1409", ptr %".1410", align 2
  br label %"return"
to_ipv6_opts.30:
  %".1413" = trunc i64 %"end.9" to i16
  %".1414" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1413", ptr %".1414", align 2
  br label %"return"
to_ipv6_opts.31:
  %".1417" = trunc i64 %"end.9" to i16
  %".1418" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1417", ptr %".1418", align 2
  br label %"return"
to_ipv6_opts.32:
  %".1421" = trunc i64 %"end.9" to i16
  %".1422" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1421", ptr %".1422", align 2
  br label %"return"
to_ipv6_frag.10:
  %".1425" = trunc i64 %"end.9" to i16
  %".1426" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1425", ptr %".1426", align 2
  br label %"return"
to_tcp.12:
  br label %"tcp"
to_udp.12:
  br label %"udp"
to_udplite.12:
  br label %"udplite"
to_gre.12:
  br label %"gre_d0"
to_ipv4.19:
  %".1433" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1433", align 1
  %".1435" = and i32 %"flags", 4
  %".1436" = icmp ne i32 %".1435", 0
  br i1 %".1436", label %"exit.72", label %"cont.72"
to_ipv6.19:
  %".1443" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1443", align 1
  %".1445" = and i32 %"flags", 4
  %".1446" = icmp ne i32 %".1445", 0
  br i1 %".1446", label %"exit.73", label %"cont.73"
exit.72:
  %".1438" = trunc i64 %"end.9" to i16
  %".1439" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1438", ptr %".1439", align 2
  br label %"return"
cont.72:
  br label %"ipv4_d1"
exit.73:
  %".1448" = trunc i64 %"end.9" to i16
  %".1449" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1448", ptr %".1449", align 2
  br label %"return"
cont.73:
  br label %"ipv6_d1"
exit.74:
  %".1456" = trunc i64 %"cursor.23" to i16
  %".1457" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1456", ptr %".1457", align 2
  br label %"return"
cont.74:
  %".1460" = getelementptr i8, ptr %"hdr.23", i64 0
  %".1461" = load i8, ptr %".1460", align 1
  %".1462" = zext i8 %".1461" to i64
  %".1463" = trunc i64 %".1462" to i8
  %".1464" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1463", ptr %".1464", align 1
  %".1466" = add i64 %"cursor.23", 8
  %".1467" = icmp ne i64 1, 0
  %".1468" = getelementptr i8, ptr %"hdr.23", i64 2
  %".1469" = load i16, ptr %".1468", align 2
  %".1470" = call i16 @"llvm.bswap.i16"(i16 %".1469")
  %".1471" = zext i16 %".1470" to i64
  %".1472" = and i64 %".1471", 65528
  %".1473" = icmp eq i64 %".1472", 0
  br i1 %".1467", label %"fragment.6", label %"not_fragment.6"
fragment.6:
  %".1475" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1475", align 1
  br i1 %".1473", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".1493" = zext i8 %".1461" to i64
  switch i64 %".1493", label %"unknown.20" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.20"]
first_fragment.6:
  %".1482" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1482", align 1
  %".1484" = and i32 %"flags", 1
  %".1485" = icmp ne i32 %".1484", 0
  %".1486" = xor i1 %".1485", -1
  br i1 %".1486", label %"exit.75", label %"cont.75"
later_fragment.6:
  %".1478" = trunc i64 %".1466" to i16
  %".1479" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1478", ptr %".1479", align 2
  br label %"return"
exit.75:
  %".1488" = trunc i64 %".1466" to i16
  %".1489" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1488", ptr %".1489", align 2
  br label %"return"
cont.75:
  br label %"not_fragment.6"
unknown.20:
  %".1495" = trunc i64 %".1466" to i16
  %".1496" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1495", ptr %".1496", align 2
  br label %"return"
to_ipv6_opts.33:
  %".1499" = trunc i64 %".1466" to i16
  %".1500" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1499", ptr %".1500", align 2
  br label %"return"
to_ipv6_opts.34:
  %".1503" = trunc i64 %".1466" to i16
  %".1504" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1503", ptr %".1504", align 2
  br label %"return"
to_ipv6_opts.35:
  %".1507" = trunc i64 %".1466" to i16
  %".1508" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1507", ptr %".1508", align 2
  br label %"return"
to_ipv6_frag.11:
  %".1511" = trunc i64 %".1466" to i16
  %".1512" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1511", ptr %".1512", align 2
  br label %"return"
to_tcp.13:
  br label %"tcp"
to_udp.13:
  br label %"udp"
to_udplite.13:
  br label %"udplite"
to_gre.13:
  br label %"gre_d0"
to_ipv4.20:
  %".1519" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1519", align 1
  %".1521" = and i32 %"flags", 4
  %".1522" = icmp ne i32 %".1521", 0
  br i1 %".1522", label %"exit.76", label %"cont.76"
to_ipv6.20:
  %".1529" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1529", align 1
  %".1531" = and i32 %"flags", 4
  %".1532" = icmp ne i32 %".1531", 0
  br i1 %".1532", label %"exit.77", label %"cont.77"
exit.76:
  %".1524" = trunc i64 %".1466" to i16
  %".1525" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1524", ptr %".1525", align 2
  br label %"return"
cont.76:
  br label %"ipv4_d1"
exit.77:
  %".1534" = trunc i64 %".1466" to i16
  %".1535" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1534", ptr %".1535", align 2
  br label %"return"
cont.77:
  br label %"ipv6_d1"
exit.78:
  %".1542" = trunc i64 %"cursor.24" to i16
  %".1543" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1542", ptr %".1543", align 2
  br label %"return"
cont.78:
  %".1546" = getelementptr i8, ptr %"hdr.24", i64 2
  %".1547" = load i16, ptr %".1546", align 2
  %".1548" = call i16 @"llvm.bswap.i16"(i16 %".1547")
  %".1549" = zext i16 %".1548" to i64
  %".1550" = trunc i64 %".1549" to i16
  %".1551" = call i16 @"llvm.bswap.i16"(i16 %".1550")
  %".1552" = getelementptr i8, ptr %"keys", i64 10
  store i16 %".1551", ptr %".1552", align 2
  %".1554" = add i64 %"cursor.24", 4
  %".1555" = trunc i64 %".1554" to i16
  %".1556" = getelementptr i8, ptr %"keys", i64 0
  store i16 %".1555", ptr %".1556", align 2
  %".1558" = call i16 @"llvm.bswap.i16"(i16 %".1547")
  %".1559" = zext i16 %".1558" to i64
  switch i64 %".1559", label %"unknown.21" [i64 2048, label %"to_ipv4.21" i64 34525, label %"to_ipv6.21" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11"]
unknown.21:
  %".1561" = trunc i64 %".1554" to i16
  %".1562" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1561", ptr %".1562", align 2
  br label %"return"
to_ipv4.21:
  br label %"ipv4_d1"
to_ipv6.21:
  br label %"ipv6_d1"
to_vlan.10:
  %".1567" = trunc i64 %".1554" to i16
  %".1568" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1567", ptr %".1568", align 2
  br label %"return"
to_vlan.11:
  %".1571" = trunc i64 %".1554" to i16
  %".1572" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1571", ptr %".1572", align 2
  br label %"return"
exit.79:
  %".1578" = trunc i64 %"cursor.25" to i16
  %".1579" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1578", ptr %".1579", align 2
  br label %"return"
cont.79:
  %".1582" = getelementptr i8, ptr %"hdr.25", i64 0
  %".1583" = load i8, ptr %".1582", align 1
  %".1584" = zext i8 %".1583" to i64
  %".1585" = trunc i64 %".1584" to i8
  %".1586" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1585", ptr %".1586", align 1
  %".1588" = add i64 %"cursor.25", 2
  %".1589" = getelementptr i8, ptr %"hdr.25", i64 1
  %".1590" = load i8, ptr %".1589", align 1
  %".1591" = zext i8 %".1590" to i64
  %".1592" = mul i64 %".1591", 8
  %".1593" = add i64 %".1592", 6
  %".1594" = add i64 %".1593", 2
  %".1595" = getelementptr i8, ptr %"hdr.25", i64 %".1594"
  %".1596" = icmp ugt ptr %".1595", %"data_end"
  br i1 %".1596", label %"exit.80", label %"cont.80"
exit.80:
  %".1598" = trunc i64 %"cursor.25" to i16
  %".1599" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1598", ptr %".1599", align 2
  br label %"return"
cont.80:
  %"end.10" = add i64 %"cursor.25", %".1594"
  %".1602" = zext i8 %".1583" to i64
  switch i64 %".1602", label %"unknown.22" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 4, label %"to_ipv4.22" i64 41, label %"to_ipv6.22"]
unknown.22:
  %".1604" = trunc i64 %"end.10" to i16
  %".1605" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1604", ptr %".1605", align 2
  br label %"return"
to_ipv6_opts.36:
  %".1608" = trunc i64 %"end.10" to i16
  %".1609" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1608", ptr %".1609", align 2
  br label %"return"
to_ipv6_opts.37:
  %".1612" = trunc i64 %"end.10" to i16
  %".1613" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1612", ptr %".1613", align 2
  br label %"return"
to_ipv6_opts.38:
  %".1616" = trunc i64 %"end.10" to i16
  %".1617" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1616", ptr %".1617", align 2
  br label %"return"
to_ipv6_frag.12:
  %".1620" = trunc i64 %"end.10" to i16
  %".1621" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1620", ptr %".1621", align 2
  br label %"return"
to_tcp.14:
  br label %"tcp"
to_udp.14:
  br label %"udp"
to_udplite.14:
  br label %"udplite"
to_gre.14:
  br label %"gre_d1"
to_ipv4.22:
  %".1628" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1628", align 1
  %".1630" = and i32 %"flags", 4
  %".1631" = icmp ne i32 %".1630", 0
  br i1 %".1631", label %"exit.81", label %"cont.81"
to_ipv6.22:
  %".1641" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1641", align 1
  %".1643" = and i32 %"flags", 4
  %".1644" = icmp ne i32 %".1643", 0
  br i1 %".1644", label %"exit.82", label %"cont.82"
exit.81:
  %".1633" = trunc i64 %"end.10" to i16
  %".1634" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1633", ptr %".1634", align 2
  br label %"return"
cont.81:
  %".1637" = trunc i64 %"end.10" to i16
  %".1638" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1637", ptr %".1638", align 2
  br label %"return"
exit.82:
  %".1646" = trunc i64 %"end.10" to i16
  %".1647" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1646", ptr %".1647", align 2
  br label %"return"
cont.82:
  %".1650" = trunc i64 %"end.10" to i16
  %".1651" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1650", ptr %".1651", align 2
  br label %"return"
exit.83:
  %".1657" = trunc i64 %"cursor.26" to i16
  %".1658" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1657", ptr %".1658", align 2
  br label %"return"
cont.83:
  %".1661" = getelementptr i8, ptr %"hdr.26", i64 0
  %".1662" = load i8, ptr %".1661", align 1
  %".1663" = zext i8 %".1662" to i64
  %".1664" = trunc i64 %".1663" to i8
  %".1665" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".1664", ptr %".1665", align 1
  %".1667" = add i64 %"cursor.26", 8
  %".1668" = icmp ne i64 1, 0
  %".1669" = getelementptr i8, ptr %"hdr.26", i64 2
  %".1670" = load i16, ptr %".1669", align 2
  %".1671" = call i16 @"llvm.bswap.i16"(i16 %".1670")
  %".1672" = zext i16 %".1671" to i64
  %".1673" = and i64 %".1672", 65528
  %".1674" = icmp eq i64 %".1673", 0
  br i1 %".1668", label %"fragment.7", label %"not_fragment.7"
fragment.7:
  %".1676" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".1676", align 1
  br i1 %".1674", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".1694" = zext i8 %".1662" to i64
  switch i64 %".1694", label %"unknown.23" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 4, label %"to_ipv4.23" i64 41, label %"to_ipv6.23"]
first_fragment.7:
  %".1683" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".1683", align 1
  %".1685" = and i32 %"flags", 1
  %".1686" = icmp ne i32 %".1685", 0
  %".1687" = xor i1 %".1686", -1
  br i1 %".1687", label %"exit.84", label %"cont.84"
later_fragment.7:
  %".1679" = trunc i64 %".1667" to i16
  %".1680" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1679", ptr %".1680", align 2
  br label %"return"
exit.84:
  %".1689" = trunc i64 %".1667" to i16
  %".1690" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1689", ptr %".1690", align 2
  br label %"return"
cont.84:
  br label %"not_fragment.7"
unknown.23:
  %".1696" = trunc i64 %".1667" to i16
  %".1697" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1696", ptr %".1697", align 2
  br label %"return"
to_ipv6_opts.39:
  %".1700" = trunc i64 %".1667" to i16
  %".1701" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1700", ptr %".1701", align 2
  br label %"return"
to_ipv6_opts.40:
  %".1704" = trunc i64 %".1667" to i16
  %".1705" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1704", ptr %".1705", align 2
  br label %"return"
to_ipv6_opts.41:
  %".1708" = trunc i64 %".1667" to i16
  %".1709" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1708", ptr %".1709", align 2
  br label %"return"
to_ipv6_frag.13:
  %".1712" = trunc i64 %".1667" to i16
  %".1713" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1712", ptr %".1713", align 2
  br label %"return"
to_tcp.15:
  br label %"tcp"
to_udp.15:
  br label %"udp"
to_udplite.15:
  br label %"udplite"
to_gre.15:
  br label %"gre_d1"
to_ipv4.23:
  %".1720" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1720", align 1
  %".1722" = and i32 %"flags", 4
  %".1723" = icmp ne i32 %".1722", 0
  br i1 %".1723", label %"exit.85", label %"cont.85"
to_ipv6.23:
  %".1733" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".1733", align 1
  %".1735" = and i32 %"flags", 4
  %".1736" = icmp ne i32 %".1735", 0
  br i1 %".1736", label %"exit.86", label %"cont.86"
exit.85:
  %".1725" = trunc i64 %".1667" to i16
  %".1726" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1725", ptr %".1726", align 2
  br label %"return"
cont.85:
  %".1729" = trunc i64 %".1667" to i16
  %".1730" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1729", ptr %".1730", align 2
  br label %"return"
exit.86:
  %".1738" = trunc i64 %".1667" to i16
  %".1739" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1738", ptr %".1739", align 2
  br label %"return"
cont.86:
  %".1742" = trunc i64 %".1667" to i16
  %".1743" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".1742", ptr %".1743", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
