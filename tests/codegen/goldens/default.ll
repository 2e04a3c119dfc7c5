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
  %"verdict" = phi  i32 [129, %"exit"], [2, %"unknown"], [2, %"exit.1"], [2, %"exit.2"], [2, %"exit.3"], [0, %"later_fragment"], [0, %"exit.4"], [0, %"unknown.1"], [2, %"exit.5"], [0, %"exit.6"], [0, %"unknown.2"], [2, %"exit.7"], [2, %"exit.8"], [2, %"exit.9"], [0, %"cont.9"], [2, %"exit.10"], [0, %"cont.10"], [2, %"exit.11"], [0, %"cont.11"], [2, %"exit.12"], [2, %"exit.13"], [0, %"unknown.3"], [2, %"exit.14"], [0, %"later_fragment.1"], [0, %"exit.15"], [0, %"unknown.4"], [2, %"exit.16"], [2, %"exit.17"], [0, %"unknown.5"], [2, %"exit.18"], [0, %"later_fragment.2"], [0, %"exit.19"], [0, %"unknown.6"], [2, %"exit.20"], [2, %"exit.21"], [0, %"unknown.7"], [0, %"to_ipv6_opts.15"], [0, %"to_ipv6_opts.16"], [0, %"to_ipv6_opts.17"], [0, %"to_ipv6_frag.5"], [2, %"exit.22"], [0, %"later_fragment.3"], [0, %"exit.23"], [0, %"unknown.8"], [0, %"to_ipv6_opts.18"], [0, %"to_ipv6_opts.19"], [0, %"to_ipv6_opts.20"], [0, %"to_ipv6_frag.6"]
  ret i32 %"verdict"
exit:
  br label %"return"
cont:
  br label %"entry.1"
entry.1:
  %"cursor" = phi  i64 [%"nhoff", %"cont"]
  %"hdr" = getelementptr i8, ptr %"data", i64 %"cursor"
  %".21" = add i64 %"cursor", 0
  switch i64 %"n_proto", label %"unknown" [i64 2048, label %"to_ipv4" i64 34525, label %"to_ipv6"]
unknown:
  %".23" = trunc i64 %".21" to i16
  %".24" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".23", ptr %".24", align 2
  br label %"return"
to_ipv4:
  br label %"ipv4"
to_ipv6:
  br label %"ipv6"
ipv4:
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".29" = getelementptr i8, ptr %"hdr.1", i64 20
  %".30" = icmp ugt ptr %".29", %"data_end"
  br i1 %".30", label %"exit.1", label %"cont.1"
ipv6:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"]
  %"hdr.2" = getelementptr i8, ptr %"data", i64 %"cursor.2"
  %".115" = getelementptr i8, ptr %"hdr.2", i64 40
  %".116" = icmp ugt ptr %".115", %"data_end"
  br i1 %".116", label %"exit.5", label %"cont.5"
exit.1:
  %".32" = trunc i64 %"cursor.1" to i16
  %".33" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".32", ptr %".33", align 2
  br label %"return"
cont.1:
  %".36" = getelementptr i8, ptr %"hdr.1", i64 0
  %".37" = load i8, ptr %".36", align 1
  %".38" = zext i8 %".37" to i64
  %".39" = and i64 %".38", 15
  %".40" = icmp uge i64 %".39", 5
  %".41" = xor i1 %".40", -1
  br i1 %".41", label %"exit.2", label %"cont.2"
exit.2:
  %".43" = trunc i64 %"cursor.1" to i16
  %".44" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".43", ptr %".44", align 2
  br label %"return"
cont.2:
  %".47" = trunc i64 2048 to i16
  %".48" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".47", ptr %".48", align 2
  %".50" = getelementptr i8, ptr %"hdr.1", i64 12
  %".51" = load i32, ptr %".50", align 4
  %".52" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".51", ptr %".52", align 4
  %".54" = getelementptr i8, ptr %"hdr.1", i64 16
  %".55" = load i32, ptr %".54", align 4
  %".56" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".55", ptr %".56", align 4
  %".58" = getelementptr i8, ptr %"hdr.1", i64 9
  %".59" = load i8, ptr %".58", align 1
  %".60" = zext i8 %".59" to i64
  %".61" = trunc i64 %".60" to i8
  %".62" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".61", ptr %".62", align 1
  %".64" = add i64 %"cursor.1", 20
  %".65" = zext i8 %".37" to i64
  %".66" = and i64 %".65", 15
  %".67" = mul i64 %".66", 4
  %".68" = sub i64 %".67", 20
  %".69" = add i64 %".68", 20
  %".70" = getelementptr i8, ptr %"hdr.1", i64 %".69"
  %".71" = icmp ugt ptr %".70", %"data_end"
  br i1 %".71", label %"exit.3", label %"cont.3"
exit.3:
  %".73" = trunc i64 %"cursor.1" to i16
  %".74" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".73", ptr %".74", align 2
  br label %"return"
cont.3:
  %"end" = add i64 %"cursor.1", %".69"
  %".77" = getelementptr i8, ptr %"hdr.1", i64 6
  %".78" = load i16, ptr %".77", align 2
  %".79" = call i16 @"llvm.bswap.i16"(i16 %".78")
  %".80" = zext i16 %".79" to i64
  %".81" = and i64 %".80", 16383
  %".82" = icmp ne i64 %".81", 0
  %".83" = call i16 @"llvm.bswap.i16"(i16 %".78")
  %".84" = zext i16 %".83" to i64
  %".85" = and i64 %".84", 8191
  %".86" = icmp eq i64 %".85", 0
  br i1 %".82", label %"fragment", label %"not_fragment"
fragment:
  %".88" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".88", align 1
  br i1 %".86", label %"first_fragment", label %"later_fragment"
not_fragment:
  %".106" = zext i8 %".59" to i64
  switch i64 %".106", label %"unknown.1" [i64 6, label %"to_tcp" i64 17, label %"to_udp" i64 136, label %"to_udplite"]
first_fragment:
  %".95" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".95", align 1
  %".97" = and i32 %"flags", 1
  %".98" = icmp ne i32 %".97", 0
  %".99" = xor i1 %".98", -1
  br i1 %".99", label %"exit.4", label %"cont.4"
later_fragment:
  %".91" = trunc i64 %"end" to i16
  %".92" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".91", ptr %".92", align 2
  br label %"return"
exit.4:
  %".101" = trunc i64 %"end" to i16
  %".102" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".101", ptr %".102", align 2
  br label %"return"
cont.4:
  br label %"not_fragment"
unknown.1:
  %".108" = trunc i64 %"end" to i16
  %".109" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".108", ptr %".109", align 2
  br label %"return"
to_tcp:
  br label %"tcp"
to_udp:
  br label %"udp"
to_udplite:
  br label %"udplite"
tcp:
  %"cursor.3" = phi  i64 [%"end", %"to_tcp"], [%".156", %"to_tcp.1"], [%"end.2", %"to_tcp.2"], [%".344", %"to_tcp.3"], [%"end.3", %"to_tcp.4"], [%".437", %"to_tcp.5"], [%"end.4", %"to_tcp.6"], [%".542", %"to_tcp.7"]
  %"hdr.3" = getelementptr i8, ptr %"data", i64 %"cursor.3"
  %".182" = getelementptr i8, ptr %"hdr.3", i64 20
  %".183" = icmp ugt ptr %".182", %"data_end"
  br i1 %".183", label %"exit.7", label %"cont.7"
udp:
  %"cursor.4" = phi  i64 [%"end", %"to_udp"], [%".156", %"to_udp.1"], [%"end.2", %"to_udp.2"], [%".344", %"to_udp.3"], [%"end.3", %"to_udp.4"], [%".437", %"to_udp.5"], [%"end.4", %"to_udp.6"], [%".542", %"to_udp.7"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.4"
  %".235" = getelementptr i8, ptr %"hdr.4", i64 8
  %".236" = icmp ugt ptr %".235", %"data_end"
  br i1 %".236", label %"exit.10", label %"cont.10"
udplite:
  %"cursor.5" = phi  i64 [%"end", %"to_udplite"], [%".156", %"to_udplite.1"], [%"end.2", %"to_udplite.2"], [%".344", %"to_udplite.3"], [%"end.3", %"to_udplite.4"], [%".437", %"to_udplite.5"], [%"end.4", %"to_udplite.6"], [%".542", %"to_udplite.7"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".263" = getelementptr i8, ptr %"hdr.5", i64 8
  %".264" = icmp ugt ptr %".263", %"data_end"
  br i1 %".264", label %"exit.11", label %"cont.11"
exit.5:
  %".118" = trunc i64 %"cursor.2" to i16
  %".119" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".118", ptr %".119", align 2
  br label %"return"
cont.5:
  %".122" = trunc i64 34525 to i16
  %".123" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".122", ptr %".123", align 2
  %".125" = getelementptr i8, ptr %"hdr.2", i64 8
  %".126" = load i64, ptr %".125", align 8
  %".127" = getelementptr i8, ptr %"keys", i64 16
  store i64 %".126", ptr %".127", align 8
  %".129" = getelementptr i8, ptr %"hdr.2", i64 16
  %".130" = load i64, ptr %".129", align 8
  %".131" = getelementptr i8, ptr %"keys", i64 24
  store i64 %".130", ptr %".131", align 8
  %".133" = getelementptr i8, ptr %"hdr.2", i64 24
  %".134" = load i64, ptr %".133", align 8
  %".135" = getelementptr i8, ptr %"keys", i64 32
  store i64 %".134", ptr %".135", align 8
  %".137" = getelementptr i8, ptr %"hdr.2", i64 32
  %".138" = load i64, ptr %".137", align 8
  %".139" = getelementptr i8, ptr %"keys", i64 40
  store i64 %".138", ptr %".139", align 8
  %".141" = getelementptr i8, ptr %"hdr.2", i64 6
  %".142" = load i8, ptr %".141", align 1
  %".143" = zext i8 %".142" to i64
  %".144" = trunc i64 %".143" to i8
  %".145" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".144", ptr %".145", align 1
  %".147" = getelementptr i8, ptr %"hdr.2", i64 0
  %".148" = load i32, ptr %".147", align 4
  %".149" = call i32 @"llvm.bswap.i32"(i32 %".148")
  %".150" = zext i32 %".149" to i64
  %".151" = and i64 %".150", 1048575
  %".152" = trunc i64 %".151" to i32
  %".153" = call i32 @"llvm.bswap.i32"(i32 %".152")
  %".154" = getelementptr i8, ptr %"keys", i64 52
  store i32 %".153", ptr %".154", align 4
  %".156" = add i64 %"cursor.2", 40
  %".157" = call i32 @"llvm.bswap.i32"(i32 %".148")
  %".158" = zext i32 %".157" to i64
  %".159" = and i64 %".158", 1048575
  %".160" = icmp ne i64 %".159", 0
  %".161" = and i32 %"flags", 2
  %".162" = icmp ne i32 %".161", 0
  %".163" = and i1 %".160", %".162"
  br i1 %".163", label %"exit.6", label %"cont.6"
exit.6:
  %".165" = trunc i64 %".156" to i16
  %".166" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".165", ptr %".166", align 2
  br label %"return"
cont.6:
  %".169" = zext i8 %".142" to i64
  switch i64 %".169", label %"unknown.2" [i64 0, label %"to_ipv6_opts" i64 43, label %"to_ipv6_opts.1" i64 60, label %"to_ipv6_opts.2" i64 44, label %"to_ipv6_frag" i64 6, label %"to_tcp.1" i64 17, label %"to_udp.1" i64 136, label %"to_udplite.1"]
unknown.2:
  %".171" = trunc i64 %".156" to i16
  %".172" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".171", ptr %".172", align 2
  br label %"return"
to_ipv6_opts:
  br label %"ipv6_opts_ipv6_ext1"
to_ipv6_opts.1:
  br label %"ipv6_opts_ipv6_ext1"
to_ipv6_opts.2:
  br label %"ipv6_opts_ipv6_ext1"
to_ipv6_frag:
  br label %"ipv6_frag_ipv6_ext1"
to_tcp.1:
  br label %"tcp"
to_udp.1:
  br label %"udp"
to_udplite.1:
  br label %"udplite"
ipv6_opts_ipv6_ext1:
  %"cursor.6" = phi  i64 [%".156", %"to_ipv6_opts"], [%".156", %"to_ipv6_opts.1"], [%".156", %"to_ipv6_opts.2"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.6"
  %".291" = getelementptr i8, ptr %"hdr.6", i64 2
  %".292" = icmp ugt ptr %".291", %"data_end"
  br i1 %".292", label %"exit.12", label %"cont.12"
ipv6_frag_ipv6_ext1:
  %"cursor.7" = phi  i64 [%".156", %"to_ipv6_frag"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".331" = getelementptr i8, ptr %"hdr.7", i64 8
  %".332" = icmp ugt ptr %".331", %"data_end"
  br i1 %".332", label %"exit.14", label %"cont.14"
exit.7:
  %".185" = trunc i64 %"cursor.3" to i16
  %".186" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".185", ptr %".186", align 2
  br label %"return"
cont.7:
  %".189" = getelementptr i8, ptr %"hdr.3", i64 12
  %".190" = load i8, ptr %".189", align 1
  %".191" = zext i8 %".190" to i64
  %".192" = lshr i64 %".191", 4
  %".193" = and i64 %".192", 15
  %".194" = icmp uge i64 %".193", 5
  %".195" = xor i1 %".194", -1
  br i1 %".195", label %"exit.8", label %"cont.8"
exit.8:
  %".197" = trunc i64 %"cursor.3" to i16
  %".198" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".197", ptr %".198", align 2
  br label %"return"
cont.8:
  %".201" = getelementptr i8, ptr %"hdr.3", i64 0
  %".202" = load i16, ptr %".201", align 2
  %".203" = call i16 @"llvm.bswap.i16"(i16 %".202")
  %".204" = zext i16 %".203" to i64
  %".205" = trunc i64 %".204" to i16
  %".206" = call i16 @"llvm.bswap.i16"(i16 %".205")
  %".207" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".206", ptr %".207", align 2
  %".209" = getelementptr i8, ptr %"hdr.3", i64 2
  %".210" = load i16, ptr %".209", align 2
  %".211" = call i16 @"llvm.bswap.i16"(i16 %".210")
  %".212" = zext i16 %".211" to i64
  %".213" = trunc i64 %".212" to i16
  %".214" = call i16 @"llvm.bswap.i16"(i16 %".213")
  %".215" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".214", ptr %".215", align 2
  %".217" = add i64 %"cursor.3", 20
  %".218" = zext i8 %".190" to i64
  %".219" = lshr i64 %".218", 4
  %".220" = and i64 %".219", 15
  %".221" = mul i64 %".220", 4
  %".222" = sub i64 %".221", 20
  %".223" = add i64 %".222", 20
  %".224" = getelementptr i8, ptr %"hdr.3", i64 %".223"
  %".225" = icmp ugt ptr %".224", %"data_end"
  br i1 %".225", label %"exit.9", label %"cont.9"
exit.9:
  %".227" = trunc i64 %"cursor.3" to i16
  %".228" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".227", ptr %".228", align 2
  br label %"return"
cont.9:
  %"end.1" = add i64 %"cursor.3", %".223"
  %".231" = trunc i64 %"cursor.3" to i16
  %".232" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".231", ptr %".232", align 2
  br label %"return"
exit.10:
  %".238" = trunc i64 %"cursor.4" to i16
  %".239" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".238", ptr %".239", align 2
  br label %"return"
cont.10:
  %".242" = getelementptr i8, ptr %"hdr.4", i64 0
  %".243" = load i16, ptr %".242", align 2
  %".244" = call i16 @"llvm.bswap.i16"(i16 %".243")
  %".245" = zext i16 %".244" to i64
  %".246" = trunc i64 %".245" to i16
  %".247" = call i16 @"llvm.bswap.i16"(i16 %".246")
  %".248" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".247", ptr %".248", align 2
  %".250" = getelementptr i8, ptr %"hdr.4", i64 2
  %".251" = load i16, ptr %".250", align 2
  %".252" = call i16 @"llvm.bswap.i16"(i16 %".251")
  %".253" = zext i16 %".252" to i64
  %".254" = trunc i64 %".253" to i16
  %".255" = call i16 @"llvm.bswap.i16"(i16 %".254")
  %".256" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".255", ptr %".256", align 2
  %".258" = add i64 %"cursor.4", 8
  %".259" = trunc i64 %"cursor.4" to i16
  %".260" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".259", ptr %".260", align 2
  br label %"return"
exit.11:
  %".266" = trunc i64 %"cursor.5" to i16
  %".267" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".266", ptr %".267", align 2
  br label %"return"
cont.11:
  %".270" = getelementptr i8, ptr %"hdr.5", i64 0
  %".271" = load i16, ptr %".270", align 2
  %".272" = call i16 @"llvm.bswap.i16"(i16 %".271")
  %".273" = zext i16 %".272" to i64
  %".274" = trunc i64 %".273" to i16
  %".275" = call i16 @"llvm.bswap.i16"(i16 %".274")
  %".276" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".275", ptr %".276", align 2
  %".278" = getelementptr i8, ptr %"hdr.5", i64 2
  %".279" = load i16, ptr %".278", align 2
  %".280" = call i16 @"llvm.bswap.i16"(i16 %".279")
  %".281" = zext i16 %".280" to i64
  %".282" = trunc i64 %".281" to i16
  %".283" = call i16 @"llvm.bswap.i16"(i16 %".282")
  %".284" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".283", ptr %".284", align 2
  %".286" = add i64 %"cursor.5", 8
  %".287" = trunc i64 %"cursor.5" to i16
  %".288" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".287", ptr %".288", align 2
  br label %"return"
exit.12:
  %".294" = trunc i64 %"cursor.6" to i16
  %".295" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".294", ptr %".295", align 2
  br label %"return"
cont.12:
  %".298" = getelementptr i8, ptr %"hdr.6", i64 0
  %".299" = load i8, ptr %".298", align 1
  %".300" = zext i8 %".299" to i64
  %".301" = trunc i64 %".300" to i8
  %".302" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".301", ptr %".302", align 1
  %".304" = add i64 %"cursor.6", 2
  %".305" = getelementptr i8, ptr %"hdr.6", i64 1
  %".306" = load i8, ptr %".305", align 1
  %".307" = zext i8 %".306" to i64
  %".308" = mul i64 %".307", 8
  %".309" = add i64 %".308", 6
  %".310" = add i64 %".309", 2
  %".311" = getelementptr i8, ptr %"hdr.6", i64 %".310"
  %".312" = icmp ugt ptr %".311", %"data_end"
  br i1 %".312", label %"exit.13", label %"cont.13"
exit.13:
  %".314" = trunc i64 %"cursor.6" to i16
  %".315" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".314", ptr %".315", align 2
  br label %"return"
cont.13:
  %"end.2" = add i64 %"cursor.6", %".310"
  %".318" = zext i8 %".299" to i64
  switch i64 %".318", label %"unknown.3" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2"]
unknown.3:
  %".320" = trunc i64 %"end.2" to i16
  %".321" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".320", ptr %".321", align 2
  br label %"return"
to_ipv6_opts.3:
  br label %"ipv6_opts_ipv6_ext2"
to_ipv6_opts.4:
  br label %"ipv6_opts_ipv6_ext2"
to_ipv6_opts.5:
  br label %"ipv6_opts_ipv6_ext2"
to_ipv6_frag.1:
  br label %"ipv6_frag_ipv6_ext2"
to_tcp.2:
  br label %"tcp"
to_udp.2:
  br label %"udp"
to_udplite.2:
  br label %"udplite"
ipv6_opts_ipv6_ext2:
  %"cursor.8" = phi  i64 [%"end.2", %"to_ipv6_opts.3"], [%"end.2", %"to_ipv6_opts.4"], [%"end.2", %"to_ipv6_opts.5"], [%".344", %"to_ipv6_opts.6"], [%".344", %"to_ipv6_opts.7"], [%".344", %"to_ipv6_opts.8"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".384" = getelementptr i8, ptr %"hdr.8", i64 2
  %".385" = icmp ugt ptr %".384", %"data_end"
  br i1 %".385", label %"exit.16", label %"cont.16"
ipv6_frag_ipv6_ext2:
  %"cursor.9" = phi  i64 [%"end.2", %"to_ipv6_frag.1"], [%".344", %"to_ipv6_frag.2"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".424" = getelementptr i8, ptr %"hdr.9", i64 8
  %".425" = icmp ugt ptr %".424", %"data_end"
  br i1 %".425", label %"exit.18", label %"cont.18"
exit.14:
  %".334" = trunc i64 %"cursor.7" to i16
  %".335" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".334", ptr %".335", align 2
  br label %"return"
cont.14:
  %".338" = getelementptr i8, ptr %"hdr.7", i64 0
  %".339" = load i8, ptr %".338", align 1
  %".340" = zext i8 %".339" to i64
  %".341" = trunc i64 %".340" to i8
  %".342" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".341", ptr %".342", align 1
  %".344" = add i64 %"cursor.7", 8
  %".345" = icmp ne i64 1, 0
  %".346" = getelementptr i8, ptr %"hdr.7", i64 2
  %".347" = load i16, ptr %".346", align 2
  %".348" = call i16 @"llvm.bswap.i16"(i16 %".347")
  %".349" = zext i16 %".348" to i64
  %".350" = and i64 %".349", 65528
  %".351" = icmp eq i64 %".350", 0
  br i1 %".345", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".353" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".353", align 1
  br i1 %".351", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".371" = zext i8 %".339" to i64
  switch i64 %".371", label %"unknown.4" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3"]
first_fragment.1:
  %".360" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".360", align 1
  %".362" = and i32 %"flags", 1
  %".363" = icmp ne i32 %".362", 0
  %".364" = xor i1 %".363", -1
  br i1 %".364", label %"exit.15", label %"cont.15"
later_fragment.1:
  %".356" = trunc i64 %".344" to i16
  %".357" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".356", ptr %".357", align 2
  br label %"return"
exit.15:
  %".366" = trunc i64 %".344" to i16
  %".367" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".366", ptr %".367", align 2
  br label %"return"
cont.15:
  br label %"not_fragment.1"
unknown.4:
  %".373" = trunc i64 %".344" to i16
  %".374" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".373", ptr %".374", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_ipv6_ext2"
to_ipv6_opts.7:
  br label %"ipv6_opts_ipv6_ext2"
to_ipv6_opts.8:
  br label %"ipv6_opts_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_ipv6_ext2"
to_tcp.3:
  br label %"tcp"
to_udp.3:
  br label %"udp"
to_udplite.3:
  br label %"udplite"
exit.16:
  %".387" = trunc i64 %"cursor.8" to i16
  %".388" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".387", ptr %".388", align 2
  br label %"return"
cont.16:
  %".391" = getelementptr i8, ptr %"hdr.8", i64 0
  %".392" = load i8, ptr %".391", align 1
  %".393" = zext i8 %".392" to i64
  %".394" = trunc i64 %".393" to i8
  %".395" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".394", ptr %".395", align 1
  %".397" = add i64 %"cursor.8", 2
  %".398" = getelementptr i8, ptr %"hdr.8", i64 1
  %".399" = load i8, ptr %".398", align 1
  %".400" = zext i8 %".399" to i64
  %".401" = mul i64 %".400", 8
  %".402" = add i64 %".401", 6
  %".403" = add i64 %".402", 2
  %".404" = getelementptr i8, ptr %"hdr.8", i64 %".403"
  %".405" = icmp ugt ptr %".404", %"data_end"
  br i1 %".405", label %"exit.17", label %"cont.17"
exit.17:
  %".407" = trunc i64 %"cursor.8" to i16
  %".408" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".407", ptr %".408", align 2
  br label %"return"
cont.17:
  %"end.3" = add i64 %"cursor.8", %".403"
  %".411" = zext i8 %".392" to i64
  switch i64 %".411", label %"unknown.5" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4"]
unknown.5:
  %".413" = trunc i64 %"end.3" to i16
  %".414" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".413", ptr %".414", align 2
  br label %"return"
to_ipv6_opts.9:
  br label %"ipv6_opts_ipv6_ext3"
to_ipv6_opts.10:
  br label %"ipv6_opts_ipv6_ext3"
to_ipv6_opts.11:
  br label %"ipv6_opts_ipv6_ext3"
to_ipv6_frag.3:
  br label %"ipv6_frag_ipv6_ext3"
to_tcp.4:
  br label %"tcp"
to_udp.4:
  br label %"udp"
to_udplite.4:
  br label %"udplite"
ipv6_opts_ipv6_ext3:
  %"cursor.10" = phi  i64 [%"end.3", %"to_ipv6_opts.9"], [%"end.3", %"to_ipv6_opts.10"], [%"end.3", %"to_ipv6_opts.11"], [%".437", %"to_ipv6_opts.12"], [%".437", %"to_ipv6_opts.13"], [%".437", %"to_ipv6_opts.14"]
  %"hdr.10" = getelementptr i8, ptr %"data", i64 %"cursor.10"
  %".477" = getelementptr i8, ptr %"hdr.10", i64 2
  %".478" = icmp ugt ptr %".477", %"data_end"
  br i1 %".478", label %"exit.20", label %"cont.20"
ipv6_frag_ipv6_ext3:
  %"cursor.11" = phi  i64 [%"end.3", %"to_ipv6_frag.3"], [%".437", %"to_ipv6_frag.4"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".529" = getelementptr i8, ptr %"hdr.11", i64 8
  %".530" = icmp ugt ptr %".529", %"data_end"
  br i1 %".530", label %"exit.22", label %"cont.22"
exit.18:
  %".427" = trunc i64 %"cursor.9" to i16
  %".428" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".427", ptr %".428", align 2
  br label %"return"
cont.18:
  %".431" = getelementptr i8, ptr %"hdr.9", i64 0
  %".432" = load i8, ptr %".431", align 1
  %".433" = zext i8 %".432" to i64
  %".434" = trunc i64 %".433" to i8
  %".435" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".434", ptr %".435", align 1
  %".437" = add i64 %"cursor.9", 8
  %".438" = icmp ne i64 1, 0
  %".439" = getelementptr i8, ptr %"hdr.9", i64 2
  %".440" = load i16, ptr %".439", align 2
  %".441" = call i16 @"llvm.bswap.i16"(i16 %".440")
  %".442" = zext i16 %".441" to i64
  %".443" = and i64 %".442", 65528
  %".444" = icmp eq i64 %".443", 0
  br i1 %".438", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".446" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".446", align 1
  br i1 %".444", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".464" = zext i8 %".432" to i64
  switch i64 %".464", label %"unknown.6" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5"]
first_fragment.2:
  %".453" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".453", align 1
  %".455" = and i32 %"flags", 1
  %".456" = icmp ne i32 %".455", 0
  %".457" = xor i1 %".456", -1
  br i1 %".457", label %"exit.19", label %"cont.19"
later_fragment.2:
  %".449" = trunc i64 %".437" to i16
  %".450" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".449", ptr %".450", align 2
  br label %"return"
exit.19:
  %".459" = trunc i64 %".437" to i16
  %".460" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".459", ptr %".460", align 2
  br label %"return"
cont.19:
  br label %"not_fragment.2"
unknown.6:
  %".466" = trunc i64 %".437" to i16
  %".467" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".466", ptr %".467", align 2
  br label %"return"
to_ipv6_opts.12:
  br label %"ipv6_opts_ipv6_ext3"
to_ipv6_opts.13:
  br label %"ipv6_opts_ipv6_ext3"
to_ipv6_opts.14:
  br label %"ipv6_opts_ipv6_ext3"
to_ipv6_frag.4:
  br label %"ipv6_frag_ipv6_ext3"
to_tcp.5:
  br label %"tcp"
to_udp.5:
  br label %"udp"
to_udplite.5:
  br label %"udplite"
exit.20:
  %".480" = trunc i64 %"cursor.10" to i16
  %".481" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".480", ptr %".481", align 2
  br label %"return"
cont.20:
  %".484" = getelementptr i8, ptr %"hdr.10", i64 0
  %".485" = load i8, ptr %".484", align 1
  %".486" = zext i8 %".485" to i64
  %".487" = trunc i64 %".486" to i8
  %".488" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".487", ptr %".488", align 1
  %".490" = add i64 %"cursor.10", 2
  %".491" = getelementptr i8, ptr %"hdr.10", i64 1
  %".492" = load i8, ptr %".491", align 1
  %".493" = zext i8 %".492" to i64
  %".494" = mul i64 %".493", 8
  %".495" = add i64 %".494", 6
  %".496" = add i64 %".495", 2
  %".497" = getelementptr i8, ptr %"hdr.10", i64 %".496"
  %".498" = icmp ugt ptr %".497", %"data_end"
  br i1 %".498", label %"exit.21", label %"cont.21"
exit.21:
  %".500" = trunc i64 %"cursor.10" to i16
  %".501" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".500", ptr %".501", align 2
  br label %"return"
cont.21:
  %"end.4" = add i64 %"cursor.10", %".496"
  %".504" = zext i8 %".485" to i64
  switch i64 %".504", label %"unknown.7" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6"]
unknown.7:
  %".506" = trunc i64 %"end.4" to i16
  %".507" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".506", ptr %".507", align 2
  br label %"return"
to_ipv6_opts.15:
  %".510" = trunc i64 %"end.4" to i16
  %".511" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".510", ptr %".511", align 2
  br label %"return"
to_ipv6_opts.16:
  %".514" = trunc i64 %"end.4" to i16
  %".515" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".514", ptr %".515", align 2
  br label %"return"
to_ipv6_opts.17:
  %".518" = trunc i64 %"end.4" to i16
  %".519" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".518", ptr %".519", align 2
  br label %"return"
to_ipv6_frag.5:
  %".522" = trunc i64 %"end.4" to i16
  %".523" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".522", ptr %".523", align 2
  br label %"return"
to_tcp.6:
  br label %"tcp"
to_udp.6:
  br label %"udp"
to_udplite.6:
  br label %"udplite"
exit.22:
  %".532" = trunc i64 %"cursor.11" to i16
  %".533" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".532", ptr %".533", align 2
  br label %"return"
cont.22:
  %".536" = getelementptr i8, ptr %"hdr.11", i64 0
  %".537" = load i8, ptr %".536", align 1
  %".538" = zext i8 %".537" to i64
  %".539" = trunc i64 %".538" to i8
  %".540" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".539", ptr %".540", align 1
  %".542" = add i64 %"cursor.11", 8
  %".543" = icmp ne i64 1, 0
  %".544" = getelementptr i8, ptr %"hdr.11", i64 2
  %".545" = load i16, ptr %".544", align 2
  %".546" = call i16 @"llvm.bswap.i16"(i16 %".545")
  %".547" = zext i16 %".546" to i64
  %".548" = and i64 %".547", 65528
  %".549" = icmp eq i64 %".548", 0
  br i1 %".543", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".551" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".551", align 1
  br i1 %".549", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".569" = zext i8 %".537" to i64
  switch i64 %".569", label %"unknown.8" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7"]
first_fragment.3:
  %".558" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".558", align 1
  %".560" = and i32 %"flags", 1
  %".561" = icmp ne i32 %".560", 0
  %".562" = xor i1 %".561", -1
  br i1 %".562", label %"exit.23", label %"cont.23"
later_fragment.3:
  %".554" = trunc i64 %".542" to i16
  %".555" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".554", ptr %".555", align 2
  br label %"return"
exit.23:
  %".564" = trunc i64 %".542" to i16
  %".565" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".564", ptr %".565", align 2
  br label %"return"
cont.23:
  br label %"not_fragment.3"
unknown.8:
  %".571" = trunc i64 %".542" to i16
  %".572" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".571", ptr %".572", align 2
  br label %"return"
to_ipv6_opts.18:
  %".575" = trunc i64 %".542" to i16
  %".576" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".575", ptr %".576", align 2
  br label %"return"
to_ipv6_opts.19:
  %".579" = trunc i64 %".542" to i16
  %".580" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".579", ptr %".580", align 2
  br label %"return"
to_ipv6_opts.20:
  %".583" = trunc i64 %".542" to i16
  %".584" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".583", ptr %".584", align 2
  br label %"return"
to_ipv6_frag.6:
  %".587" = trunc i64 %".542" to i16
  %".588" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".587", ptr %".588", align 2
  br label %"return"
to_tcp.7:
  br label %"tcp"
to_udp.7:
  br label %"udp"
to_udplite.7:
  br label %"udplite"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
