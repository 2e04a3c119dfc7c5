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
  %"ctx_slot" = alloca ptr
  store volatile ptr %"ctx", ptr %"ctx_slot", align 8
  %"header_copy" = alloca [4 x i8], align 8
  %"last_byte" = alloca i64
  %".12" = getelementptr i8, ptr %"keys", i64 0
  %".13" = load i16, ptr %".12", align 2
  %"nhoff" = zext i16 %".13" to i64
  %".14" = getelementptr i8, ptr %"keys", i64 10
  %".15" = load i16, ptr %".14", align 2
  %".16" = call i16 @"llvm.bswap.i16"(i16 %".15")
  %"n_proto" = zext i16 %".16" to i64
  %".17" = icmp ugt i64 %"nhoff", 255
  br i1 %".17", label %"entry.nhoff_max", label %"entry.nhoff_max.endif"
return:
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry_d0.unknown"], [2, %"outer_d0.copy_failed"], [0, %"outer_d0.unknown"], [0, %"outer_d0.stop_at_encap"], [2, %"tunnel_d0.copy_failed"], [0, %"tunnel_d0.stop_at_encap"], [0, %"tunnel_d0.unknown"], [2, %"ports.copy_failed"], [0, %"ports.header"]
  ret i32 %"verdict"
entry.nhoff_max:
  br label %"return"
entry.nhoff_max.endif:
  br label %"entry_d0"
entry_d0:
  %"cursor" = phi  i64 [%"nhoff", %"entry.nhoff_max.endif"]
  %"data.1" = phi  ptr [%"data", %"entry.nhoff_max.endif"]
  %"data_end.1" = phi  ptr [%"data_end", %"entry.nhoff_max.endif"]
  %"keys.1" = phi  ptr [%"keys", %"entry.nhoff_max.endif"]
  %".21" = add i64 %"cursor", 0
  switch i64 %"n_proto", label %"entry_d0.unknown" [i64 34997, label %"entry_d0.to_outer"]
entry_d0.unknown:
  %".23" = trunc i64 %".21" to i16
  %".24" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".23", ptr %".24", align 2
  br label %"return"
entry_d0.to_outer:
  br label %"outer_d0"
outer_d0:
  %"cursor.1" = phi  i64 [%".21", %"entry_d0.to_outer"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_outer"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_outer"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_outer"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".28" = getelementptr i8, ptr %"hdr", i64 4
  %".29" = icmp ugt ptr %".28", %"data_end.2"
  br i1 %".29", label %"outer_d0.copy", label %"outer_d0.linear", !prof !0
outer_d0.linear:
  %".31" = getelementptr i8, ptr %"hdr", i64 0
  %".32" = load i16, ptr %".31", align 2
  %".33" = getelementptr i8, ptr %"hdr", i64 2
  %".34" = load i16, ptr %".33", align 2
  br label %"outer_d0.header"
outer_d0.header:
  %"w0_2" = phi  i16 [%".32", %"outer_d0.linear"], [%".53", %"outer_d0.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".34", %"outer_d0.linear"], [%".55", %"outer_d0.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"outer_d0.linear"], [%"data.3", %"outer_d0.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"outer_d0.linear"], [%"data_end.3", %"outer_d0.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"outer_d0.linear"], [%"keys.3", %"outer_d0.copy_failed.endif"]
  %".57" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".58" = zext i16 %".57" to i64
  %".59" = trunc i64 %".58" to i16
  %".60" = call i16 @"llvm.bswap.i16"(i16 %".59")
  %".61" = getelementptr i8, ptr %"keys.4", i64 12
  store i16 %".60", ptr %".61", align 2
  %".63" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".64" = zext i16 %".63" to i64
  %".65" = trunc i64 %".64" to i16
  %".66" = call i16 @"llvm.bswap.i16"(i16 %".65")
  %".67" = getelementptr i8, ptr %"keys.4", i64 14
  store i16 %".66", ptr %".67", align 2
  %".69" = add i64 %"cursor.1", 4
  %".70" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".71" = zext i16 %".70" to i64
  switch i64 %".71", label %"outer_d0.unknown" [i64 1, label %"outer_d0.to_tunnel" i64 2, label %"outer_d0.to_ports"]
outer_d0.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".36" = trunc i64 %"cursor.1" to i32
  %".37" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".36", [4 x i8]* %"header_copy", i32 4)
  %".38" = icmp eq i64 %".37", 0
  %".39" = getelementptr i8, ptr %"ctx.1", i64 76
  %".40" = load i32, ptr %".39", align 4
  %".41" = zext i32 %".40" to i64
  %"data.3" = inttoptr i64 %".41" to ptr
  %".42" = getelementptr i8, ptr %"ctx.1", i64 80
  %".43" = load i32, ptr %".42", align 4
  %".44" = zext i32 %".43" to i64
  %"data_end.3" = inttoptr i64 %".44" to ptr
  %".45" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".45", align 8
  %".46" = xor i1 %".38", -1
  br i1 %".46", label %"outer_d0.copy_failed", label %"outer_d0.copy_failed.endif"
outer_d0.copy_failed:
  %".48" = trunc i64 %"cursor.1" to i16
  %".49" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".48", ptr %".49", align 2
  br label %"return"
outer_d0.copy_failed.endif:
  %".52" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".53" = load volatile i16, [4 x i8]* %".52", align 2
  %".54" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".55" = load volatile i16, [4 x i8]* %".54", align 2
  br label %"outer_d0.header"
outer_d0.unknown:
  %".73" = trunc i64 %".69" to i16
  %".74" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".73", ptr %".74", align 2
  br label %"return"
outer_d0.to_tunnel:
  br label %"tunnel_d0"
outer_d0.to_ports:
  %".78" = getelementptr i8, ptr %"keys.4", i64 8
  store i8 1, ptr %".78", align 1
  %".80" = getelementptr i8, ptr %"keys.4", i64 48
  %"flags" = load volatile i32, ptr %".80", align 4
  %".81" = and i32 %"flags", 4
  %".82" = icmp ne i32 %".81", 0
  br i1 %".82", label %"outer_d0.stop_at_encap", label %"outer_d0.stop_at_encap.endif"
tunnel_d0:
  %"cursor.2" = phi  i64 [%".69", %"outer_d0.to_tunnel"]
  %"data.5" = phi  ptr [%"data.4", %"outer_d0.to_tunnel"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"outer_d0.to_tunnel"]
  %"keys.5" = phi  ptr [%"keys.4", %"outer_d0.to_tunnel"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".91" = getelementptr i8, ptr %"hdr.1", i64 4
  %".92" = icmp ugt ptr %".91", %"data_end.5"
  br i1 %".92", label %"tunnel_d0.copy", label %"tunnel_d0.linear", !prof !0
tunnel_d0.linear:
  %".94" = getelementptr i8, ptr %"hdr.1", i64 0
  %".95" = load i16, ptr %".94", align 2
  br label %"tunnel_d0.header"
tunnel_d0.header:
  %"w0_2.1" = phi  i16 [%".95", %"tunnel_d0.linear"], [%".114", %"tunnel_d0.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"tunnel_d0.linear"], [%"data.7", %"tunnel_d0.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"tunnel_d0.linear"], [%"data_end.7", %"tunnel_d0.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"tunnel_d0.linear"], [%"keys.7", %"tunnel_d0.copy_failed.endif"]
  %".116" = add i64 %"cursor.2", 4
  %".117" = getelementptr i8, ptr %"keys.8", i64 8
  store i8 1, ptr %".117", align 1
  %".119" = getelementptr i8, ptr %"keys.8", i64 48
  %"flags.1" = load volatile i32, ptr %".119", align 4
  %".120" = and i32 %"flags.1", 4
  %".121" = icmp ne i32 %".120", 0
  br i1 %".121", label %"tunnel_d0.stop_at_encap", label %"tunnel_d0.stop_at_encap.endif"
outer_d0.stop_at_encap:
  %".84" = trunc i64 %".69" to i16
  %".85" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".84", ptr %".85", align 2
  br label %"return"
outer_d0.stop_at_encap.endif:
  %".88" = getelementptr i8, ptr %"keys.4", i64 12
  store i32 0, ptr %".88", align 4
  br label %"ports"
ports:
  %"cursor.3" = phi  i64 [%".69", %"outer_d0.stop_at_encap.endif"], [%".116", %"tunnel_d0.to_ports"]
  %"data.6" = phi  ptr [%"data.4", %"outer_d0.stop_at_encap.endif"], [%"data.8", %"tunnel_d0.to_ports"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"outer_d0.stop_at_encap.endif"], [%"data_end.8", %"tunnel_d0.to_ports"]
  %"keys.6" = phi  ptr [%"keys.4", %"outer_d0.stop_at_encap.endif"], [%"keys.8", %"tunnel_d0.to_ports"]
  %"hdr.2" = getelementptr i8, ptr %"data.6", i64 %"cursor.3"
  %".143" = getelementptr i8, ptr %"hdr.2", i64 4
  %".144" = icmp ugt ptr %".143", %"data_end.6"
  br i1 %".144", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".146" = getelementptr i8, ptr %"hdr.2", i64 0
  %".147" = load i16, ptr %".146", align 2
  %".148" = getelementptr i8, ptr %"hdr.2", i64 2
  %".149" = load i16, ptr %".148", align 2
  br label %"ports.header"
ports.header:
  %"w0_2.2" = phi  i16 [%".147", %"ports.linear"], [%".168", %"ports.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".149", %"ports.linear"], [%".170", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.6", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.6", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.6", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".172" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".173" = zext i16 %".172" to i64
  %".174" = trunc i64 %".173" to i16
  %".175" = call i16 @"llvm.bswap.i16"(i16 %".174")
  %".176" = getelementptr i8, ptr %"keys.10", i64 12
  store i16 %".175", ptr %".176", align 2
  %".178" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".179" = zext i16 %".178" to i64
  %".180" = trunc i64 %".179" to i16
  %".181" = call i16 @"llvm.bswap.i16"(i16 %".180")
  %".182" = getelementptr i8, ptr %"keys.10", i64 14
  store i16 %".181", ptr %".182", align 2
  %".184" = add i64 %"cursor.3", 4
  %".185" = trunc i64 %"cursor.3" to i16
  %".186" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".185", ptr %".186", align 2
  br label %"return"
tunnel_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".97" = trunc i64 %"cursor.2" to i32
  %".98" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".97", [4 x i8]* %"header_copy", i32 4)
  %".99" = icmp eq i64 %".98", 0
  %".100" = getelementptr i8, ptr %"ctx.2", i64 76
  %".101" = load i32, ptr %".100", align 4
  %".102" = zext i32 %".101" to i64
  %"data.7" = inttoptr i64 %".102" to ptr
  %".103" = getelementptr i8, ptr %"ctx.2", i64 80
  %".104" = load i32, ptr %".103", align 4
  %".105" = zext i32 %".104" to i64
  %"data_end.7" = inttoptr i64 %".105" to ptr
  %".106" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".106", align 8
  %".107" = xor i1 %".99", -1
  br i1 %".107", label %"tunnel_d0.copy_failed", label %"tunnel_d0.copy_failed.endif"
tunnel_d0.copy_failed:
  %".109" = trunc i64 %"cursor.2" to i16
  %".110" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".109", ptr %".110", align 2
  br label %"return"
tunnel_d0.copy_failed.endif:
  %".113" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".114" = load volatile i16, [4 x i8]* %".113", align 2
  br label %"tunnel_d0.header"
tunnel_d0.stop_at_encap:
  %".123" = trunc i64 %".116" to i16
  %".124" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".123", ptr %".124", align 2
  br label %"return"
tunnel_d0.stop_at_encap.endif:
  %".127" = getelementptr i8, ptr %"keys.8", i64 12
  store i32 0, ptr %".127", align 4
  %".129" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".130" = zext i16 %".129" to i64
  %".131" = trunc i64 %".130" to i16
  %".132" = call i16 @"llvm.bswap.i16"(i16 %".131")
  %".133" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %".132", ptr %".133", align 2
  %".135" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".136" = zext i16 %".135" to i64
  switch i64 %".136", label %"tunnel_d0.unknown" [i64 6, label %"tunnel_d0.to_ports"]
tunnel_d0.unknown:
  %".138" = trunc i64 %".116" to i16
  %".139" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".138", ptr %".139", align 2
  br label %"return"
tunnel_d0.to_ports:
  br label %"ports"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".151" = trunc i64 %"cursor.3" to i32
  %".152" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".151", [4 x i8]* %"header_copy", i32 4)
  %".153" = icmp eq i64 %".152", 0
  %".154" = getelementptr i8, ptr %"ctx.3", i64 76
  %".155" = load i32, ptr %".154", align 4
  %".156" = zext i32 %".155" to i64
  %"data.9" = inttoptr i64 %".156" to ptr
  %".157" = getelementptr i8, ptr %"ctx.3", i64 80
  %".158" = load i32, ptr %".157", align 4
  %".159" = zext i32 %".158" to i64
  %"data_end.9" = inttoptr i64 %".159" to ptr
  %".160" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".160", align 8
  %".161" = xor i1 %".153", -1
  br i1 %".161", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".163" = trunc i64 %"cursor.3" to i16
  %".164" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".163", ptr %".164", align 2
  br label %"return"
ports.copy_failed.endif:
  %".167" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".168" = load volatile i16, [4 x i8]* %".167", align 2
  %".169" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".170" = load volatile i16, [4 x i8]* %".169", align 2
  br label %"ports.header"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }