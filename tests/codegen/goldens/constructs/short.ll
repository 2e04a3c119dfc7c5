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
  br i1 %".17", label %"entry.nhoff_max", label %"program"
entry.nhoff_max:
  %".19" = getelementptr i8, ptr %"keys", i64 2
  %".20" = load volatile i16, ptr %".19", align 2
  %".21" = zext i16 %".20" to i64
  %".22" = icmp ne i64 %".21", %"nhoff"
  br i1 %".22", label %"widening", label %"entry.continue"
widening:
  br label %"widening.beyond"
program:
  br label %"entry.1"
return:
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry.unknown"], [0, %"cut.copy_failed"], [2, %"cut.var_max"], [0, %"cut.copy_last_byte_failed"], [0, %"cut.unknown"], [0, %"short_ports.copy_failed"], [0, %"short_ports.header"], [129, %"widening.beyond"]
  ret i32 %"verdict"
entry.continue:
  br label %"return"
entry.1:
  %"cursor" = phi  i64 [%"nhoff", %"program"]
  %"data.1" = phi  ptr [%"data", %"program"]
  %"data_end.1" = phi  ptr [%"data_end", %"program"]
  %"keys.1" = phi  ptr [%"keys", %"program"]
  %".26" = add i64 %"cursor", 0
  switch i64 %"n_proto", label %"entry.unknown" [i64 34997, label %"entry.to_cut"]
entry.to_cut:
  br label %"cut"
cut:
  %"cursor.1" = phi  i64 [%".26", %"entry.to_cut"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_cut"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_cut"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_cut"]
  %".33" = add i64 %"cursor.1", 2
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".34" = getelementptr i8, ptr %"hdr", i64 2
  %".35" = icmp ugt ptr %".34", %"data_end.2"
  br i1 %".35", label %"cut.copy", label %"cut.linear", !prof !0
cut.linear:
  %".37" = getelementptr i8, ptr %"hdr", i64 0
  %".38" = load i8, ptr %".37", align 1
  %".39" = getelementptr i8, ptr %"hdr", i64 1
  %".40" = load i8, ptr %".39", align 1
  br label %"cut.header"
cut.header:
  %"w0_1" = phi  i8 [%".38", %"cut.linear"], [%".59", %"cut.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".40", %"cut.linear"], [%".61", %"cut.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"cut.linear"], [%"data.3", %"cut.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"cut.linear"], [%"data_end.3", %"cut.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"cut.linear"], [%"keys.3", %"cut.copy_failed.endif"]
  %".63" = add i64 %"cursor.1", 2
  %".64" = zext i8 %"w1_1" to i64
  %".65" = mul i64 %".64", 4
  %".66" = icmp ugt i64 %".65", 8
  br i1 %".66", label %"cut.var_max", label %"cut.var_max.endif"
entry.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
  br label %"return"
cut.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".42" = trunc i64 %"cursor.1" to i32
  %".43" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".42", [4 x i8]* %"header_copy", i32 2)
  %".44" = icmp eq i64 %".43", 0
  %".45" = getelementptr i8, ptr %"ctx.1", i64 76
  %".46" = load i32, ptr %".45", align 4
  %".47" = zext i32 %".46" to i64
  %"data.3" = inttoptr i64 %".47" to ptr
  %".48" = getelementptr i8, ptr %"ctx.1", i64 80
  %".49" = load i32, ptr %".48", align 4
  %".50" = zext i32 %".49" to i64
  %"data_end.3" = inttoptr i64 %".50" to ptr
  %".51" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".51", align 8
  %".52" = xor i1 %".44", -1
  br i1 %".52", label %"cut.copy_failed", label %"cut.copy_failed.endif"
cut.copy_failed:
  %".54" = trunc i64 %".33" to i16
  %".55" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".54", ptr %".55", align 2
  br label %"return"
cut.copy_failed.endif:
  %".58" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".59" = load volatile i8, [4 x i8]* %".58", align 1
  %".60" = getelementptr i8, [4 x i8]* %"header_copy", i64 1
  %".61" = load volatile i8, [4 x i8]* %".60", align 1
  br label %"cut.header"
cut.var_max:
  %".68" = trunc i64 %"cursor.1" to i16
  %".69" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".68", ptr %".69", align 2
  br label %"return"
cut.var_max.endif:
  %".72" = add i64 %".65", 2
  %".73" = add i64 %"cursor.1", %".72"
  %".74" = getelementptr i8, ptr %"data.4", i64 %"cursor.1"
  %".75" = getelementptr i8, ptr %".74", i64 %".72"
  %".76" = icmp ugt ptr %".75", %"data_end.4"
  br i1 %".76", label %"cut.copy_last_byte", label %"cut.variable_part", !prof !0
cut.variable_part:
  %"data.6" = phi  ptr [%"data.4", %"cut.var_max.endif"], [%"data.5", %"cut.copy_last_byte_failed.endif"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"cut.var_max.endif"], [%"data_end.5", %"cut.copy_last_byte_failed.endif"]
  %"keys.6" = phi  ptr [%"keys.4", %"cut.var_max.endif"], [%"keys.5", %"cut.copy_last_byte_failed.endif"]
  %".97" = add i64 %"cursor.1", %".72"
  %".98" = add i64 %"cursor.1", 2
  %".99" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".98")
  %".100" = icmp eq i64 %".65", 0
  %"end" = select  i1 %".100", i64 %".99", i64 %".97"
  %".101" = zext i8 %"w0_1" to i64
  switch i64 %".101", label %"cut.unknown" [i64 6, label %"cut.to_short_ports"]
cut.to_short_ports:
  br label %"short_ports"
short_ports:
  %"cursor.2" = phi  i64 [%"end", %"cut.to_short_ports"]
  %"data.7" = phi  ptr [%"data.6", %"cut.to_short_ports"]
  %"data_end.7" = phi  ptr [%"data_end.6", %"cut.to_short_ports"]
  %"keys.7" = phi  ptr [%"keys.6", %"cut.to_short_ports"]
  %"hdr.1" = getelementptr i8, ptr %"data.7", i64 %"cursor.2"
  %".108" = getelementptr i8, ptr %"hdr.1", i64 4
  %".109" = icmp ugt ptr %".108", %"data_end.7"
  br i1 %".109", label %"short_ports.copy", label %"short_ports.linear", !prof !0
short_ports.linear:
  %".111" = getelementptr i8, ptr %"hdr.1", i64 0
  %".112" = load i16, ptr %".111", align 2
  %".113" = getelementptr i8, ptr %"hdr.1", i64 2
  %".114" = load i16, ptr %".113", align 2
  br label %"short_ports.header"
short_ports.header:
  %"w0_2" = phi  i16 [%".112", %"short_ports.linear"], [%".133", %"short_ports.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".114", %"short_ports.linear"], [%".135", %"short_ports.copy_failed.endif"]
  %"data.9" = phi  ptr [%"data.7", %"short_ports.linear"], [%"data.8", %"short_ports.copy_failed.endif"]
  %"data_end.9" = phi  ptr [%"data_end.7", %"short_ports.linear"], [%"data_end.8", %"short_ports.copy_failed.endif"]
  %"keys.9" = phi  ptr [%"keys.7", %"short_ports.linear"], [%"keys.8", %"short_ports.copy_failed.endif"]
  %".137" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".138" = zext i16 %".137" to i64
  %".139" = trunc i64 %".138" to i16
  %".140" = call i16 @"llvm.bswap.i16"(i16 %".139")
  %".141" = getelementptr i8, ptr %"keys.9", i64 12
  store i16 %".140", ptr %".141", align 2
  %".143" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".144" = zext i16 %".143" to i64
  %".145" = trunc i64 %".144" to i16
  %".146" = call i16 @"llvm.bswap.i16"(i16 %".145")
  %".147" = getelementptr i8, ptr %"keys.9", i64 14
  store i16 %".146", ptr %".147", align 2
  %".149" = add i64 %"cursor.2", 4
  %".150" = trunc i64 %"cursor.2" to i16
  %".151" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".150", ptr %".151", align 2
  br label %"return"
cut.copy_last_byte:
  %".78" = add i64 %"cursor.1", %".72"
  %".79" = sub i64 %".78", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".80" = trunc i64 %".79" to i32
  %".81" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".80", i64* %"last_byte", i32 1)
  %".82" = icmp eq i64 %".81", 0
  %".83" = getelementptr i8, ptr %"ctx.2", i64 76
  %".84" = load i32, ptr %".83", align 4
  %".85" = zext i32 %".84" to i64
  %"data.5" = inttoptr i64 %".85" to ptr
  %".86" = getelementptr i8, ptr %"ctx.2", i64 80
  %".87" = load i32, ptr %".86", align 4
  %".88" = zext i32 %".87" to i64
  %"data_end.5" = inttoptr i64 %".88" to ptr
  %".89" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.5" = load ptr, ptr %".89", align 8
  %".90" = xor i1 %".82", -1
  br i1 %".90", label %"cut.copy_last_byte_failed", label %"cut.copy_last_byte_failed.endif"
cut.copy_last_byte_failed:
  %".92" = trunc i64 %".73" to i16
  %".93" = getelementptr i8, ptr %"keys.5", i64 2
  store i16 %".92", ptr %".93", align 2
  br label %"return"
cut.copy_last_byte_failed.endif:
  br label %"cut.variable_part"
cut.unknown:
  %".103" = trunc i64 %"end" to i16
  %".104" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".103", ptr %".104", align 2
  br label %"return"
short_ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".116" = trunc i64 %"cursor.2" to i32
  %".117" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".116", [4 x i8]* %"header_copy", i32 4)
  %".118" = icmp eq i64 %".117", 0
  %".119" = getelementptr i8, ptr %"ctx.3", i64 76
  %".120" = load i32, ptr %".119", align 4
  %".121" = zext i32 %".120" to i64
  %"data.8" = inttoptr i64 %".121" to ptr
  %".122" = getelementptr i8, ptr %"ctx.3", i64 80
  %".123" = load i32, ptr %".122", align 4
  %".124" = zext i32 %".123" to i64
  %"data_end.8" = inttoptr i64 %".124" to ptr
  %".125" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.8" = load ptr, ptr %".125", align 8
  %".126" = xor i1 %".118", -1
  br i1 %".126", label %"short_ports.copy_failed", label %"short_ports.copy_failed.endif"
short_ports.copy_failed:
  %".128" = trunc i64 %"cursor.2" to i16
  %".129" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".128", ptr %".129", align 2
  br label %"return"
short_ports.copy_failed.endif:
  %".132" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".133" = load volatile i16, [4 x i8]* %".132", align 2
  %".134" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".135" = load volatile i16, [4 x i8]* %".134", align 2
  br label %"short_ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }