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
  %"verdict" = phi  i32 [129, %"exit"], [2, %"unknown"], [2, %"exit.1"], [2, %"exit.2"], [2, %"exit.3"], [0, %"later_fragment"], [0, %"exit.4"], [0, %"unknown.1"], [2, %"exit.5"], [0, %"exit.6"], [0, %"unknown.2"], [2, %"exit.7"], [2, %"exit.8"], [2, %"exit.9"], [0, %"cont.9"], [2, %"exit.10"], [0, %"unknown.3"], [2, %"exit.11"], [0, %"cont.11"], [2, %"exit.12"], [2, %"exit.13"], [0, %"unknown.4"], [2, %"exit.14"], [0, %"later_fragment.1"], [0, %"exit.15"], [0, %"unknown.5"], [2, %"exit.16"], [0, %"exit.17"], [0, %"unknown.6"], [2, %"exit.18"], [2, %"exit.19"], [0, %"unknown.7"], [2, %"exit.20"], [0, %"later_fragment.2"], [0, %"exit.21"], [0, %"unknown.8"], [2, %"exit.22"], [2, %"exit.23"], [2, %"exit.24"], [0, %"later_fragment.3"], [0, %"exit.25"], [0, %"unknown.9"], [2, %"exit.26"], [2, %"exit.27"], [0, %"unknown.10"], [0, %"to_ipv6_opts.15"], [0, %"to_ipv6_opts.16"], [0, %"to_ipv6_opts.17"], [0, %"to_ipv6_frag.5"], [2, %"exit.28"], [0, %"later_fragment.4"], [0, %"exit.29"], [0, %"unknown.11"], [0, %"to_ipv6_opts.18"], [0, %"to_ipv6_opts.19"], [0, %"to_ipv6_opts.20"], [0, %"to_ipv6_frag.6"], [2, %"exit.30"], [0, %"unknown.12"], [2, %"exit.31"], [0, %"exit.32"], [0, %"unknown.13"], [2, %"exit.33"], [2, %"exit.34"], [2, %"exit.35"], [0, %"later_fragment.5"], [0, %"exit.36"], [0, %"unknown.14"], [2, %"exit.37"], [0, %"unknown.15"], [2, %"exit.38"], [0, %"exit.39"], [0, %"unknown.16"], [0, %"to_ipv4.3"]
  ret i32 %"verdict"
exit:
  br label %"return"
cont:
  br label %"entry_d0"
entry_d0:
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
  br label %"ipv4_d0"
to_ipv6:
  br label %"ipv6_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"]
  %"hdr.1" = getelementptr i8, ptr %"data", i64 %"cursor.1"
  %".29" = getelementptr i8, ptr %"hdr.1", i64 20
  %".30" = icmp ugt ptr %".29", %"data_end"
  br i1 %".30", label %"exit.1", label %"cont.1"
ipv6_d0:
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
  br label %"udp_d0"
to_udplite:
  br label %"udplite"
tcp:
  %"cursor.3" = phi  i64 [%"end", %"to_tcp"], [%".156", %"to_tcp.1"], [%"end.2", %"to_tcp.2"], [%".348", %"to_tcp.3"], [%"end.3", %"to_tcp.4"], [%".468", %"to_tcp.5"], [%"end.4", %"to_tcp.6"], [%"end.5", %"to_tcp.7"], [%".659", %"to_tcp.8"], [%"end.6", %"to_tcp.9"]
  %"hdr.3" = getelementptr i8, ptr %"data", i64 %"cursor.3"
  %".182" = getelementptr i8, ptr %"hdr.3", i64 20
  %".183" = icmp ugt ptr %".182", %"data_end"
  br i1 %".183", label %"exit.7", label %"cont.7"
udp_d0:
  %"cursor.4" = phi  i64 [%"end", %"to_udp"], [%".156", %"to_udp.1"], [%"end.2", %"to_udp.2"], [%".348", %"to_udp.3"], [%"end.3", %"to_udp.4"], [%".468", %"to_udp.5"], [%"end.5", %"to_udp.7"], [%".659", %"to_udp.8"]
  %"hdr.4" = getelementptr i8, ptr %"data", i64 %"cursor.4"
  %".235" = getelementptr i8, ptr %"hdr.4", i64 8
  %".236" = icmp ugt ptr %".235", %"data_end"
  br i1 %".236", label %"exit.10", label %"cont.10"
udplite:
  %"cursor.5" = phi  i64 [%"end", %"to_udplite"], [%".156", %"to_udplite.1"], [%"end.2", %"to_udplite.2"], [%".348", %"to_udplite.3"], [%"end.3", %"to_udplite.4"], [%".468", %"to_udplite.5"], [%"end.4", %"to_udplite.6"], [%"end.5", %"to_udplite.7"], [%".659", %"to_udplite.8"], [%"end.6", %"to_udplite.9"]
  %"hdr.5" = getelementptr i8, ptr %"data", i64 %"cursor.5"
  %".267" = getelementptr i8, ptr %"hdr.5", i64 8
  %".268" = icmp ugt ptr %".267", %"data_end"
  br i1 %".268", label %"exit.11", label %"cont.11"
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
ipv6_opts_d0_ipv6_ext1:
  %"cursor.6" = phi  i64 [%".156", %"to_ipv6_opts"], [%".156", %"to_ipv6_opts.1"], [%".156", %"to_ipv6_opts.2"]
  %"hdr.6" = getelementptr i8, ptr %"data", i64 %"cursor.6"
  %".295" = getelementptr i8, ptr %"hdr.6", i64 2
  %".296" = icmp ugt ptr %".295", %"data_end"
  br i1 %".296", label %"exit.12", label %"cont.12"
ipv6_frag_d0_ipv6_ext1:
  %"cursor.7" = phi  i64 [%".156", %"to_ipv6_frag"]
  %"hdr.7" = getelementptr i8, ptr %"data", i64 %"cursor.7"
  %".335" = getelementptr i8, ptr %"hdr.7", i64 8
  %".336" = icmp ugt ptr %".335", %"data_end"
  br i1 %".336", label %"exit.14", label %"cont.14"
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
  %".259" = call i16 @"llvm.bswap.i16"(i16 %".251")
  %".260" = zext i16 %".259" to i64
  switch i64 %".260", label %"unknown.3" [i64 7777, label %"to_shim"]
unknown.3:
  %".262" = trunc i64 %"cursor.4" to i16
  %".263" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".262", ptr %".263", align 2
  br label %"return"
to_shim:
  br label %"shim_d0"
shim_d0:
  %"cursor.8" = phi  i64 [%".258", %"to_shim"]
  %"hdr.8" = getelementptr i8, ptr %"data", i64 %"cursor.8"
  %".388" = getelementptr i8, ptr %"hdr.8", i64 8
  %".389" = icmp ugt ptr %".388", %"data_end"
  br i1 %".389", label %"exit.16", label %"cont.16"
exit.11:
  %".270" = trunc i64 %"cursor.5" to i16
  %".271" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".270", ptr %".271", align 2
  br label %"return"
cont.11:
  %".274" = getelementptr i8, ptr %"hdr.5", i64 0
  %".275" = load i16, ptr %".274", align 2
  %".276" = call i16 @"llvm.bswap.i16"(i16 %".275")
  %".277" = zext i16 %".276" to i64
  %".278" = trunc i64 %".277" to i16
  %".279" = call i16 @"llvm.bswap.i16"(i16 %".278")
  %".280" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".279", ptr %".280", align 2
  %".282" = getelementptr i8, ptr %"hdr.5", i64 2
  %".283" = load i16, ptr %".282", align 2
  %".284" = call i16 @"llvm.bswap.i16"(i16 %".283")
  %".285" = zext i16 %".284" to i64
  %".286" = trunc i64 %".285" to i16
  %".287" = call i16 @"llvm.bswap.i16"(i16 %".286")
  %".288" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".287", ptr %".288", align 2
  %".290" = add i64 %"cursor.5", 8
  %".291" = trunc i64 %"cursor.5" to i16
  %".292" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".291", ptr %".292", align 2
  br label %"return"
exit.12:
  %".298" = trunc i64 %"cursor.6" to i16
  %".299" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".298", ptr %".299", align 2
  br label %"return"
cont.12:
  %".302" = getelementptr i8, ptr %"hdr.6", i64 0
  %".303" = load i8, ptr %".302", align 1
  %".304" = zext i8 %".303" to i64
  %".305" = trunc i64 %".304" to i8
  %".306" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".305", ptr %".306", align 1
  %".308" = add i64 %"cursor.6", 2
  %".309" = getelementptr i8, ptr %"hdr.6", i64 1
  %".310" = load i8, ptr %".309", align 1
  %".311" = zext i8 %".310" to i64
  %".312" = mul i64 %".311", 8
  %".313" = add i64 %".312", 6
  %".314" = add i64 %".313", 2
  %".315" = getelementptr i8, ptr %"hdr.6", i64 %".314"
  %".316" = icmp ugt ptr %".315", %"data_end"
  br i1 %".316", label %"exit.13", label %"cont.13"
exit.13:
  %".318" = trunc i64 %"cursor.6" to i16
  %".319" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".318", ptr %".319", align 2
  br label %"return"
cont.13:
  %"end.2" = add i64 %"cursor.6", %".314"
  %".322" = zext i8 %".303" to i64
  switch i64 %".322", label %"unknown.4" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2"]
unknown.4:
  %".324" = trunc i64 %"end.2" to i16
  %".325" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".324", ptr %".325", align 2
  br label %"return"
to_ipv6_opts.3:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.4:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.5:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.1:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.2:
  br label %"tcp"
to_udp.2:
  br label %"udp_d0"
to_udplite.2:
  br label %"udplite"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.9" = phi  i64 [%"end.2", %"to_ipv6_opts.3"], [%"end.2", %"to_ipv6_opts.4"], [%"end.2", %"to_ipv6_opts.5"], [%".348", %"to_ipv6_opts.6"], [%".348", %"to_ipv6_opts.7"], [%".348", %"to_ipv6_opts.8"]
  %"hdr.9" = getelementptr i8, ptr %"data", i64 %"cursor.9"
  %".415" = getelementptr i8, ptr %"hdr.9", i64 2
  %".416" = icmp ugt ptr %".415", %"data_end"
  br i1 %".416", label %"exit.18", label %"cont.18"
ipv6_frag_d0_ipv6_ext2:
  %"cursor.10" = phi  i64 [%"end.2", %"to_ipv6_frag.1"], [%".348", %"to_ipv6_frag.2"]
  %"hdr.10" = getelementptr i8, ptr %"data", i64 %"cursor.10"
  %".455" = getelementptr i8, ptr %"hdr.10", i64 8
  %".456" = icmp ugt ptr %".455", %"data_end"
  br i1 %".456", label %"exit.20", label %"cont.20"
exit.14:
  %".338" = trunc i64 %"cursor.7" to i16
  %".339" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".338", ptr %".339", align 2
  br label %"return"
cont.14:
  %".342" = getelementptr i8, ptr %"hdr.7", i64 0
  %".343" = load i8, ptr %".342", align 1
  %".344" = zext i8 %".343" to i64
  %".345" = trunc i64 %".344" to i8
  %".346" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".345", ptr %".346", align 1
  %".348" = add i64 %"cursor.7", 8
  %".349" = icmp ne i64 1, 0
  %".350" = getelementptr i8, ptr %"hdr.7", i64 2
  %".351" = load i16, ptr %".350", align 2
  %".352" = call i16 @"llvm.bswap.i16"(i16 %".351")
  %".353" = zext i16 %".352" to i64
  %".354" = and i64 %".353", 65528
  %".355" = icmp eq i64 %".354", 0
  br i1 %".349", label %"fragment.1", label %"not_fragment.1"
fragment.1:
  %".357" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".357", align 1
  br i1 %".355", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".375" = zext i8 %".343" to i64
  switch i64 %".375", label %"unknown.5" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3"]
first_fragment.1:
  %".364" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".364", align 1
  %".366" = and i32 %"flags", 1
  %".367" = icmp ne i32 %".366", 0
  %".368" = xor i1 %".367", -1
  br i1 %".368", label %"exit.15", label %"cont.15"
later_fragment.1:
  %".360" = trunc i64 %".348" to i16
  %".361" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".360", ptr %".361", align 2
  br label %"return"
exit.15:
  %".370" = trunc i64 %".348" to i16
  %".371" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".370", ptr %".371", align 2
  br label %"return"
cont.15:
  br label %"not_fragment.1"
unknown.5:
  %".377" = trunc i64 %".348" to i16
  %".378" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".377", ptr %".378", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.3:
  br label %"tcp"
to_udp.3:
  br label %"udp_d0"
to_udplite.3:
  br label %"udplite"
exit.16:
  %".391" = trunc i64 %"cursor.8" to i16
  %".392" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".391", ptr %".392", align 2
  br label %"return"
cont.16:
  %".395" = add i64 %"cursor.8", 8
  %".396" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".396", align 1
  %".398" = and i32 %"flags", 4
  %".399" = icmp ne i32 %".398", 0
  br i1 %".399", label %"exit.17", label %"cont.17"
exit.17:
  %".401" = trunc i64 %".395" to i16
  %".402" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".401", ptr %".402", align 2
  br label %"return"
cont.17:
  %".405" = getelementptr i8, ptr %"hdr.8", i64 2
  %".406" = load i16, ptr %".405", align 2
  %".407" = call i16 @"llvm.bswap.i16"(i16 %".406")
  %".408" = zext i16 %".407" to i64
  switch i64 %".408", label %"unknown.6" [i64 2048, label %"to_ipv4.1"]
unknown.6:
  %".410" = trunc i64 %".395" to i16
  %".411" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".410", ptr %".411", align 2
  br label %"return"
to_ipv4.1:
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.11" = phi  i64 [%".395", %"to_ipv4.1"]
  %"hdr.11" = getelementptr i8, ptr %"data", i64 %"cursor.11"
  %".508" = getelementptr i8, ptr %"hdr.11", i64 20
  %".509" = icmp ugt ptr %".508", %"data_end"
  br i1 %".509", label %"exit.22", label %"cont.22"
exit.18:
  %".418" = trunc i64 %"cursor.9" to i16
  %".419" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".418", ptr %".419", align 2
  br label %"return"
cont.18:
  %".422" = getelementptr i8, ptr %"hdr.9", i64 0
  %".423" = load i8, ptr %".422", align 1
  %".424" = zext i8 %".423" to i64
  %".425" = trunc i64 %".424" to i8
  %".426" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".425", ptr %".426", align 1
  %".428" = add i64 %"cursor.9", 2
  %".429" = getelementptr i8, ptr %"hdr.9", i64 1
  %".430" = load i8, ptr %".429", align 1
  %".431" = zext i8 %".430" to i64
  %".432" = mul i64 %".431", 8
  %".433" = add i64 %".432", 6
  %".434" = add i64 %".433", 2
  %".435" = getelementptr i8, ptr %"hdr.9", i64 %".434"
  %".436" = icmp ugt ptr %".435", %"data_end"
  br i1 %".436", label %"exit.19", label %"cont.19"
exit.19:
  %".438" = trunc i64 %"cursor.9" to i16
  %".439" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".438", ptr %".439", align 2
  br label %"return"
cont.19:
  %"end.3" = add i64 %"cursor.9", %".434"
  %".442" = zext i8 %".423" to i64
  switch i64 %".442", label %"unknown.7" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4"]
unknown.7:
  %".444" = trunc i64 %"end.3" to i16
  %".445" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".444", ptr %".445", align 2
  br label %"return"
to_ipv6_opts.9:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.10:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.11:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.3:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.4:
  br label %"tcp"
to_udp.4:
  br label %"udp_d0"
to_udplite.4:
  br label %"udplite"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.12" = phi  i64 [%"end.3", %"to_ipv6_opts.9"], [%"end.3", %"to_ipv6_opts.10"], [%"end.3", %"to_ipv6_opts.11"], [%".468", %"to_ipv6_opts.12"], [%".468", %"to_ipv6_opts.13"], [%".468", %"to_ipv6_opts.14"]
  %"hdr.12" = getelementptr i8, ptr %"data", i64 %"cursor.12"
  %".594" = getelementptr i8, ptr %"hdr.12", i64 2
  %".595" = icmp ugt ptr %".594", %"data_end"
  br i1 %".595", label %"exit.26", label %"cont.26"
ipv6_frag_d0_ipv6_ext3:
  %"cursor.13" = phi  i64 [%"end.3", %"to_ipv6_frag.3"], [%".468", %"to_ipv6_frag.4"]
  %"hdr.13" = getelementptr i8, ptr %"data", i64 %"cursor.13"
  %".646" = getelementptr i8, ptr %"hdr.13", i64 8
  %".647" = icmp ugt ptr %".646", %"data_end"
  br i1 %".647", label %"exit.28", label %"cont.28"
exit.20:
  %".458" = trunc i64 %"cursor.10" to i16
  %".459" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".458", ptr %".459", align 2
  br label %"return"
cont.20:
  %".462" = getelementptr i8, ptr %"hdr.10", i64 0
  %".463" = load i8, ptr %".462", align 1
  %".464" = zext i8 %".463" to i64
  %".465" = trunc i64 %".464" to i8
  %".466" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".465", ptr %".466", align 1
  %".468" = add i64 %"cursor.10", 8
  %".469" = icmp ne i64 1, 0
  %".470" = getelementptr i8, ptr %"hdr.10", i64 2
  %".471" = load i16, ptr %".470", align 2
  %".472" = call i16 @"llvm.bswap.i16"(i16 %".471")
  %".473" = zext i16 %".472" to i64
  %".474" = and i64 %".473", 65528
  %".475" = icmp eq i64 %".474", 0
  br i1 %".469", label %"fragment.2", label %"not_fragment.2"
fragment.2:
  %".477" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".477", align 1
  br i1 %".475", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".495" = zext i8 %".463" to i64
  switch i64 %".495", label %"unknown.8" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5"]
first_fragment.2:
  %".484" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".484", align 1
  %".486" = and i32 %"flags", 1
  %".487" = icmp ne i32 %".486", 0
  %".488" = xor i1 %".487", -1
  br i1 %".488", label %"exit.21", label %"cont.21"
later_fragment.2:
  %".480" = trunc i64 %".468" to i16
  %".481" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".480", ptr %".481", align 2
  br label %"return"
exit.21:
  %".490" = trunc i64 %".468" to i16
  %".491" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".490", ptr %".491", align 2
  br label %"return"
cont.21:
  br label %"not_fragment.2"
unknown.8:
  %".497" = trunc i64 %".468" to i16
  %".498" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".497", ptr %".498", align 2
  br label %"return"
to_ipv6_opts.12:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.13:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.14:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.4:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.5:
  br label %"tcp"
to_udp.5:
  br label %"udp_d0"
to_udplite.5:
  br label %"udplite"
exit.22:
  %".511" = trunc i64 %"cursor.11" to i16
  %".512" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".511", ptr %".512", align 2
  br label %"return"
cont.22:
  %".515" = getelementptr i8, ptr %"hdr.11", i64 0
  %".516" = load i8, ptr %".515", align 1
  %".517" = zext i8 %".516" to i64
  %".518" = and i64 %".517", 15
  %".519" = icmp uge i64 %".518", 5
  %".520" = xor i1 %".519", -1
  br i1 %".520", label %"exit.23", label %"cont.23"
exit.23:
  %".522" = trunc i64 %"cursor.11" to i16
  %".523" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".522", ptr %".523", align 2
  br label %"return"
cont.23:
  %".526" = trunc i64 2048 to i16
  %".527" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".526", ptr %".527", align 2
  %".529" = getelementptr i8, ptr %"hdr.11", i64 12
  %".530" = load i32, ptr %".529", align 4
  %".531" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".530", ptr %".531", align 4
  %".533" = getelementptr i8, ptr %"hdr.11", i64 16
  %".534" = load i32, ptr %".533", align 4
  %".535" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".534", ptr %".535", align 4
  %".537" = getelementptr i8, ptr %"hdr.11", i64 9
  %".538" = load i8, ptr %".537", align 1
  %".539" = zext i8 %".538" to i64
  %".540" = trunc i64 %".539" to i8
  %".541" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".540", ptr %".541", align 1
  %".543" = add i64 %"cursor.11", 20
  %".544" = zext i8 %".516" to i64
  %".545" = and i64 %".544", 15
  %".546" = mul i64 %".545", 4
  %".547" = sub i64 %".546", 20
  %".548" = add i64 %".547", 20
  %".549" = getelementptr i8, ptr %"hdr.11", i64 %".548"
  %".550" = icmp ugt ptr %".549", %"data_end"
  br i1 %".550", label %"exit.24", label %"cont.24"
exit.24:
  %".552" = trunc i64 %"cursor.11" to i16
  %".553" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".552", ptr %".553", align 2
  br label %"return"
cont.24:
  %"end.4" = add i64 %"cursor.11", %".548"
  %".556" = getelementptr i8, ptr %"hdr.11", i64 6
  %".557" = load i16, ptr %".556", align 2
  %".558" = call i16 @"llvm.bswap.i16"(i16 %".557")
  %".559" = zext i16 %".558" to i64
  %".560" = and i64 %".559", 16383
  %".561" = icmp ne i64 %".560", 0
  %".562" = call i16 @"llvm.bswap.i16"(i16 %".557")
  %".563" = zext i16 %".562" to i64
  %".564" = and i64 %".563", 8191
  %".565" = icmp eq i64 %".564", 0
  br i1 %".561", label %"fragment.3", label %"not_fragment.3"
fragment.3:
  %".567" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".567", align 1
  br i1 %".565", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".585" = zext i8 %".538" to i64
  switch i64 %".585", label %"unknown.9" [i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6"]
first_fragment.3:
  %".574" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".574", align 1
  %".576" = and i32 %"flags", 1
  %".577" = icmp ne i32 %".576", 0
  %".578" = xor i1 %".577", -1
  br i1 %".578", label %"exit.25", label %"cont.25"
later_fragment.3:
  %".570" = trunc i64 %"end.4" to i16
  %".571" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".570", ptr %".571", align 2
  br label %"return"
exit.25:
  %".580" = trunc i64 %"end.4" to i16
  %".581" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".580", ptr %".581", align 2
  br label %"return"
cont.25:
  br label %"not_fragment.3"
unknown.9:
  %".587" = trunc i64 %"end.4" to i16
  %".588" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".587", ptr %".588", align 2
  br label %"return"
to_tcp.6:
  br label %"tcp"
to_udp.6:
  br label %"udp_d1"
to_udplite.6:
  br label %"udplite"
udp_d1:
  %"cursor.14" = phi  i64 [%"end.4", %"to_udp.6"]
  %"hdr.14" = getelementptr i8, ptr %"data", i64 %"cursor.14"
  %".711" = getelementptr i8, ptr %"hdr.14", i64 8
  %".712" = icmp ugt ptr %".711", %"data_end"
  br i1 %".712", label %"exit.30", label %"cont.30"
exit.26:
  %".597" = trunc i64 %"cursor.12" to i16
  %".598" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".597", ptr %".598", align 2
  br label %"return"
cont.26:
  %".601" = getelementptr i8, ptr %"hdr.12", i64 0
  %".602" = load i8, ptr %".601", align 1
  %".603" = zext i8 %".602" to i64
  %".604" = trunc i64 %".603" to i8
  %".605" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".604", ptr %".605", align 1
  %".607" = add i64 %"cursor.12", 2
  %".608" = getelementptr i8, ptr %"hdr.12", i64 1
  %".609" = load i8, ptr %".608", align 1
  %".610" = zext i8 %".609" to i64
  %".611" = mul i64 %".610", 8
  %".612" = add i64 %".611", 6
  %".613" = add i64 %".612", 2
  %".614" = getelementptr i8, ptr %"hdr.12", i64 %".613"
  %".615" = icmp ugt ptr %".614", %"data_end"
  br i1 %".615", label %"exit.27", label %"cont.27"
exit.27:
  %".617" = trunc i64 %"cursor.12" to i16
  %".618" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".617", ptr %".618", align 2
  br label %"return"
cont.27:
  %"end.5" = add i64 %"cursor.12", %".613"
  %".621" = zext i8 %".602" to i64
  switch i64 %".621", label %"unknown.10" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7"]
unknown.10:
  %".623" = trunc i64 %"end.5" to i16
  %".624" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".623", ptr %".624", align 2
  br label %"return"
to_ipv6_opts.15:
  %".627" = trunc i64 %"end.5" to i16
  %".628" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".627", ptr %".628", align 2
  br label %"return"
to_ipv6_opts.16:
  %".631" = trunc i64 %"end.5" to i16
  %".632" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".631", ptr %".632", align 2
  br label %"return"
to_ipv6_opts.17:
  %".635" = trunc i64 %"end.5" to i16
  %".636" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".635", ptr %".636", align 2
  br label %"return"
to_ipv6_frag.5:
  %".639" = trunc i64 %"end.5" to i16
  %".640" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".639", ptr %".640", align 2
  br label %"return"
to_tcp.7:
  br label %"tcp"
to_udp.7:
  br label %"udp_d0"
to_udplite.7:
  br label %"udplite"
exit.28:
  %".649" = trunc i64 %"cursor.13" to i16
  %".650" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".649", ptr %".650", align 2
  br label %"return"
cont.28:
  %".653" = getelementptr i8, ptr %"hdr.13", i64 0
  %".654" = load i8, ptr %".653", align 1
  %".655" = zext i8 %".654" to i64
  %".656" = trunc i64 %".655" to i8
  %".657" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".656", ptr %".657", align 1
  %".659" = add i64 %"cursor.13", 8
  %".660" = icmp ne i64 1, 0
  %".661" = getelementptr i8, ptr %"hdr.13", i64 2
  %".662" = load i16, ptr %".661", align 2
  %".663" = call i16 @"llvm.bswap.i16"(i16 %".662")
  %".664" = zext i16 %".663" to i64
  %".665" = and i64 %".664", 65528
  %".666" = icmp eq i64 %".665", 0
  br i1 %".660", label %"fragment.4", label %"not_fragment.4"
fragment.4:
  %".668" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".668", align 1
  br i1 %".666", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".686" = zext i8 %".654" to i64
  switch i64 %".686", label %"unknown.11" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8"]
first_fragment.4:
  %".675" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".675", align 1
  %".677" = and i32 %"flags", 1
  %".678" = icmp ne i32 %".677", 0
  %".679" = xor i1 %".678", -1
  br i1 %".679", label %"exit.29", label %"cont.29"
later_fragment.4:
  %".671" = trunc i64 %".659" to i16
  %".672" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".671", ptr %".672", align 2
  br label %"return"
exit.29:
  %".681" = trunc i64 %".659" to i16
  %".682" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".681", ptr %".682", align 2
  br label %"return"
cont.29:
  br label %"not_fragment.4"
unknown.11:
  %".688" = trunc i64 %".659" to i16
  %".689" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".688", ptr %".689", align 2
  br label %"return"
to_ipv6_opts.18:
  %".692" = trunc i64 %".659" to i16
  %".693" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".692", ptr %".693", align 2
  br label %"return"
to_ipv6_opts.19:
  %".696" = trunc i64 %".659" to i16
  %".697" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".696", ptr %".697", align 2
  br label %"return"
to_ipv6_opts.20:
  %".700" = trunc i64 %".659" to i16
  %".701" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".700", ptr %".701", align 2
  br label %"return"
to_ipv6_frag.6:
  %".704" = trunc i64 %".659" to i16
  %".705" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".704", ptr %".705", align 2
  br label %"return"
to_tcp.8:
  br label %"tcp"
to_udp.8:
  br label %"udp_d0"
to_udplite.8:
  br label %"udplite"
exit.30:
  %".714" = trunc i64 %"cursor.14" to i16
  %".715" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".714", ptr %".715", align 2
  br label %"return"
cont.30:
  %".718" = getelementptr i8, ptr %"hdr.14", i64 0
  %".719" = load i16, ptr %".718", align 2
  %".720" = call i16 @"llvm.bswap.i16"(i16 %".719")
  %".721" = zext i16 %".720" to i64
  %".722" = trunc i64 %".721" to i16
  %".723" = call i16 @"llvm.bswap.i16"(i16 %".722")
  %".724" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".723", ptr %".724", align 2
  %".726" = getelementptr i8, ptr %"hdr.14", i64 2
  %".727" = load i16, ptr %".726", align 2
  %".728" = call i16 @"llvm.bswap.i16"(i16 %".727")
  %".729" = zext i16 %".728" to i64
  %".730" = trunc i64 %".729" to i16
  %".731" = call i16 @"llvm.bswap.i16"(i16 %".730")
  %".732" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".731", ptr %".732", align 2
  %".734" = add i64 %"cursor.14", 8
  %".735" = call i16 @"llvm.bswap.i16"(i16 %".727")
  %".736" = zext i16 %".735" to i64
  switch i64 %".736", label %"unknown.12" [i64 7777, label %"to_shim.1"]
unknown.12:
  %".738" = trunc i64 %"cursor.14" to i16
  %".739" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".738", ptr %".739", align 2
  br label %"return"
to_shim.1:
  br label %"shim_d1"
shim_d1:
  %"cursor.15" = phi  i64 [%".734", %"to_shim.1"]
  %"hdr.15" = getelementptr i8, ptr %"data", i64 %"cursor.15"
  %".743" = getelementptr i8, ptr %"hdr.15", i64 8
  %".744" = icmp ugt ptr %".743", %"data_end"
  br i1 %".744", label %"exit.31", label %"cont.31"
exit.31:
  %".746" = trunc i64 %"cursor.15" to i16
  %".747" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".746", ptr %".747", align 2
  br label %"return"
cont.31:
  %".750" = add i64 %"cursor.15", 8
  %".751" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".751", align 1
  %".753" = and i32 %"flags", 4
  %".754" = icmp ne i32 %".753", 0
  br i1 %".754", label %"exit.32", label %"cont.32"
exit.32:
  %".756" = trunc i64 %".750" to i16
  %".757" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".756", ptr %".757", align 2
  br label %"return"
cont.32:
  %".760" = getelementptr i8, ptr %"hdr.15", i64 2
  %".761" = load i16, ptr %".760", align 2
  %".762" = call i16 @"llvm.bswap.i16"(i16 %".761")
  %".763" = zext i16 %".762" to i64
  switch i64 %".763", label %"unknown.13" [i64 2048, label %"to_ipv4.2"]
unknown.13:
  %".765" = trunc i64 %".750" to i16
  %".766" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".765", ptr %".766", align 2
  br label %"return"
to_ipv4.2:
  br label %"ipv4_d2"
ipv4_d2:
  %"cursor.16" = phi  i64 [%".750", %"to_ipv4.2"]
  %"hdr.16" = getelementptr i8, ptr %"data", i64 %"cursor.16"
  %".770" = getelementptr i8, ptr %"hdr.16", i64 20
  %".771" = icmp ugt ptr %".770", %"data_end"
  br i1 %".771", label %"exit.33", label %"cont.33"
exit.33:
  %".773" = trunc i64 %"cursor.16" to i16
  %".774" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".773", ptr %".774", align 2
  br label %"return"
cont.33:
  %".777" = getelementptr i8, ptr %"hdr.16", i64 0
  %".778" = load i8, ptr %".777", align 1
  %".779" = zext i8 %".778" to i64
  %".780" = and i64 %".779", 15
  %".781" = icmp uge i64 %".780", 5
  %".782" = xor i1 %".781", -1
  br i1 %".782", label %"exit.34", label %"cont.34"
exit.34:
  %".784" = trunc i64 %"cursor.16" to i16
  %".785" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".784", ptr %".785", align 2
  br label %"return"
cont.34:
  %".788" = trunc i64 2048 to i16
  %".789" = getelementptr i8, ptr %"keys", i64 4
  store i16 %".788", ptr %".789", align 2
  %".791" = getelementptr i8, ptr %"hdr.16", i64 12
  %".792" = load i32, ptr %".791", align 4
  %".793" = getelementptr i8, ptr %"keys", i64 16
  store i32 %".792", ptr %".793", align 4
  %".795" = getelementptr i8, ptr %"hdr.16", i64 16
  %".796" = load i32, ptr %".795", align 4
  %".797" = getelementptr i8, ptr %"keys", i64 20
  store i32 %".796", ptr %".797", align 4
  %".799" = getelementptr i8, ptr %"hdr.16", i64 9
  %".800" = load i8, ptr %".799", align 1
  %".801" = zext i8 %".800" to i64
  %".802" = trunc i64 %".801" to i8
  %".803" = getelementptr i8, ptr %"keys", i64 9
  store i8 %".802", ptr %".803", align 1
  %".805" = add i64 %"cursor.16", 20
  %".806" = zext i8 %".778" to i64
  %".807" = and i64 %".806", 15
  %".808" = mul i64 %".807", 4
  %".809" = sub i64 %".808", 20
  %".810" = add i64 %".809", 20
  %".811" = getelementptr i8, ptr %"hdr.16", i64 %".810"
  %".812" = icmp ugt ptr %".811", %"data_end"
  br i1 %".812", label %"exit.35", label %"cont.35"
exit.35:
  %".814" = trunc i64 %"cursor.16" to i16
  %".815" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".814", ptr %".815", align 2
  br label %"return"
cont.35:
  %"end.6" = add i64 %"cursor.16", %".810"
  %".818" = getelementptr i8, ptr %"hdr.16", i64 6
  %".819" = load i16, ptr %".818", align 2
  %".820" = call i16 @"llvm.bswap.i16"(i16 %".819")
  %".821" = zext i16 %".820" to i64
  %".822" = and i64 %".821", 16383
  %".823" = icmp ne i64 %".822", 0
  %".824" = call i16 @"llvm.bswap.i16"(i16 %".819")
  %".825" = zext i16 %".824" to i64
  %".826" = and i64 %".825", 8191
  %".827" = icmp eq i64 %".826", 0
  br i1 %".823", label %"fragment.5", label %"not_fragment.5"
fragment.5:
  %".829" = getelementptr i8, ptr %"keys", i64 6
  store i8 1, ptr %".829", align 1
  br i1 %".827", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".847" = zext i8 %".800" to i64
  switch i64 %".847", label %"unknown.14" [i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9"]
first_fragment.5:
  %".836" = getelementptr i8, ptr %"keys", i64 7
  store i8 1, ptr %".836", align 1
  %".838" = and i32 %"flags", 1
  %".839" = icmp ne i32 %".838", 0
  %".840" = xor i1 %".839", -1
  br i1 %".840", label %"exit.36", label %"cont.36"
later_fragment.5:
  %".832" = trunc i64 %"end.6" to i16
  %".833" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".832", ptr %".833", align 2
  br label %"return"
exit.36:
  %".842" = trunc i64 %"end.6" to i16
  %".843" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".842", ptr %".843", align 2
  br label %"return"
cont.36:
  br label %"not_fragment.5"
unknown.14:
  %".849" = trunc i64 %"end.6" to i16
  %".850" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".849", ptr %".850", align 2
  br label %"return"
to_tcp.9:
  br label %"tcp"
to_udp.9:
  br label %"udp_d2"
to_udplite.9:
  br label %"udplite"
udp_d2:
  %"cursor.17" = phi  i64 [%"end.6", %"to_udp.9"]
  %"hdr.17" = getelementptr i8, ptr %"data", i64 %"cursor.17"
  %".856" = getelementptr i8, ptr %"hdr.17", i64 8
  %".857" = icmp ugt ptr %".856", %"data_end"
  br i1 %".857", label %"exit.37", label %"cont.37"
exit.37:
  %".859" = trunc i64 %"cursor.17" to i16
  %".860" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".859", ptr %".860", align 2
  br label %"return"
cont.37:
  %".863" = getelementptr i8, ptr %"hdr.17", i64 0
  %".864" = load i16, ptr %".863", align 2
  %".865" = call i16 @"llvm.bswap.i16"(i16 %".864")
  %".866" = zext i16 %".865" to i64
  %".867" = trunc i64 %".866" to i16
  %".868" = call i16 @"llvm.bswap.i16"(i16 %".867")
  %".869" = getelementptr i8, ptr %"keys", i64 12
  store i16 %".868", ptr %".869", align 2
  %".871" = getelementptr i8, ptr %"hdr.17", i64 2
  %".872" = load i16, ptr %".871", align 2
  %".873" = call i16 @"llvm.bswap.i16"(i16 %".872")
  %".874" = zext i16 %".873" to i64
  %".875" = trunc i64 %".874" to i16
  %".876" = call i16 @"llvm.bswap.i16"(i16 %".875")
  %".877" = getelementptr i8, ptr %"keys", i64 14
  store i16 %".876", ptr %".877", align 2
  %".879" = add i64 %"cursor.17", 8
  %".880" = call i16 @"llvm.bswap.i16"(i16 %".872")
  %".881" = zext i16 %".880" to i64
  switch i64 %".881", label %"unknown.15" [i64 7777, label %"to_shim.2"]
unknown.15:
  %".883" = trunc i64 %"cursor.17" to i16
  %".884" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".883", ptr %".884", align 2
  br label %"return"
to_shim.2:
  br label %"shim_d2"
shim_d2:
  %"cursor.18" = phi  i64 [%".879", %"to_shim.2"]
  %"hdr.18" = getelementptr i8, ptr %"data", i64 %"cursor.18"
  %".888" = getelementptr i8, ptr %"hdr.18", i64 8
  %".889" = icmp ugt ptr %".888", %"data_end"
  br i1 %".889", label %"exit.38", label %"cont.38"
exit.38:
  %".891" = trunc i64 %"cursor.18" to i16
  %".892" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".891", ptr %".892", align 2
  br label %"return"
cont.38:
  %".895" = add i64 %"cursor.18", 8
  %".896" = getelementptr i8, ptr %"keys", i64 8
  store i8 1, ptr %".896", align 1
  %".898" = and i32 %"flags", 4
  %".899" = icmp ne i32 %".898", 0
  br i1 %".899", label %"exit.39", label %"cont.39"
exit.39:
  %".901" = trunc i64 %".895" to i16
  %".902" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".901", ptr %".902", align 2
  br label %"return"
cont.39:
  %".905" = getelementptr i8, ptr %"hdr.18", i64 2
  %".906" = load i16, ptr %".905", align 2
  %".907" = call i16 @"llvm.bswap.i16"(i16 %".906")
  %".908" = zext i16 %".907" to i64
  switch i64 %".908", label %"unknown.16" [i64 2048, label %"to_ipv4.3"]
unknown.16:
  %".910" = trunc i64 %".895" to i16
  %".911" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".910", ptr %".911", align 2
  br label %"return"
to_ipv4.3:
  %".914" = trunc i64 %".895" to i16
  %".915" = getelementptr i8, ptr %"keys", i64 2
  store i16 %".914", ptr %".915", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")
