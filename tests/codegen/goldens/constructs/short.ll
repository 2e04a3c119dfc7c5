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
  br label %"widening.test"
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
  switch i16 %".15", label %"entry.unknown" [i16 46472, label %"entry.to_cut"]
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
  %".64" = and i8 %"w1_1", 255
  %".65" = icmp eq i8 %".64", 0
  %".66" = xor i1 %".65", -1
  br i1 %".66", label %"cut.variable", label %"cut.no_variable", !prof !0
cut.no_variable:
  br label %"cut.variable.endif"
cut.variable.endif:
  %"end" = phi  i64 [%".63", %"cut.no_variable"], [%".102", %"cut.variable_part"]
  %"data.7" = phi  ptr [%"data.4", %"cut.no_variable"], [%"data.6", %"cut.variable_part"]
  %"data_end.7" = phi  ptr [%"data_end.4", %"cut.no_variable"], [%"data_end.6", %"cut.variable_part"]
  %"keys.7" = phi  ptr [%"keys.4", %"cut.no_variable"], [%"keys.6", %"cut.variable_part"]
  %".104" = zext i8 %"w0_1" to i64
  switch i64 %".104", label %"cut.unknown" [i64 6, label %"cut.to_short_ports"]
cut.to_short_ports:
  br label %"short_ports"
short_ports:
  %"cursor.2" = phi  i64 [%"end", %"cut.to_short_ports"], [%".153", %"widening.test"]
  %"data.8" = phi  ptr [%"data.7", %"cut.to_short_ports"], [%"data.11", %"widening.test"]
  %"data_end.8" = phi  ptr [%"data_end.7", %"cut.to_short_ports"], [%"data_end.11", %"widening.test"]
  %"keys.8" = phi  ptr [%"keys.7", %"cut.to_short_ports"], [%"keys", %"widening.test"]
  %"hdr.1" = getelementptr i8, ptr %"data.8", i64 %"cursor.2"
  %".111" = getelementptr i8, ptr %"hdr.1", i64 4
  %".112" = icmp ugt ptr %".111", %"data_end.8"
  br i1 %".112", label %"short_ports.copy", label %"short_ports.linear", !prof !0
short_ports.linear:
  %".114" = getelementptr i8, ptr %"hdr.1", i64 0
  %".115" = load i32, ptr %".114", align 4
  br label %"short_ports.header"
short_ports.header:
  %"w0_4" = phi  i32 [%".115", %"short_ports.linear"], [%".134", %"short_ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.8", %"short_ports.linear"], [%"data.9", %"short_ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.8", %"short_ports.linear"], [%"data_end.9", %"short_ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.8", %"short_ports.linear"], [%"keys.9", %"short_ports.copy_failed.endif"]
  %".136" = getelementptr i8, ptr %"keys.10", i64 12
  store i32 %"w0_4", ptr %".136", align 4
  %".138" = add i64 %"cursor.2", 4
  %".139" = trunc i64 %"cursor.2" to i16
  %".140" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".139", ptr %".140", align 2
  br label %"return"
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
cut.variable:
  %".69" = zext i8 %"w1_1" to i64
  %".70" = mul i64 %".69", 4
  %".71" = icmp ugt i64 %".70", 8
  br i1 %".71", label %"cut.var_max", label %"cut.var_max.endif"
cut.var_max:
  %".73" = trunc i64 %"cursor.1" to i16
  %".74" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".73", ptr %".74", align 2
  br label %"return"
cut.var_max.endif:
  %".77" = add i64 %".70", 2
  %".78" = add i64 %"cursor.1", %".77"
  %".79" = getelementptr i8, ptr %"data.4", i64 %"cursor.1"
  %".80" = getelementptr i8, ptr %".79", i64 %".77"
  %".81" = icmp ugt ptr %".80", %"data_end.4"
  br i1 %".81", label %"cut.copy_last_byte", label %"cut.variable_part", !prof !0
cut.variable_part:
  %"data.6" = phi  ptr [%"data.4", %"cut.var_max.endif"], [%"data.5", %"cut.copy_last_byte_failed.endif"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"cut.var_max.endif"], [%"data_end.5", %"cut.copy_last_byte_failed.endif"]
  %"keys.6" = phi  ptr [%"keys.4", %"cut.var_max.endif"], [%"keys.5", %"cut.copy_last_byte_failed.endif"]
  %".102" = add i64 %"cursor.1", %".77"
  br label %"cut.variable.endif"
cut.copy_last_byte:
  %".83" = add i64 %"cursor.1", %".77"
  %".84" = sub i64 %".83", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".85" = trunc i64 %".84" to i32
  %".86" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".85", i64* %"last_byte", i32 1)
  %".87" = icmp eq i64 %".86", 0
  %".88" = getelementptr i8, ptr %"ctx.2", i64 76
  %".89" = load i32, ptr %".88", align 4
  %".90" = zext i32 %".89" to i64
  %"data.5" = inttoptr i64 %".90" to ptr
  %".91" = getelementptr i8, ptr %"ctx.2", i64 80
  %".92" = load i32, ptr %".91", align 4
  %".93" = zext i32 %".92" to i64
  %"data_end.5" = inttoptr i64 %".93" to ptr
  %".94" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.5" = load ptr, ptr %".94", align 8
  %".95" = xor i1 %".87", -1
  br i1 %".95", label %"cut.copy_last_byte_failed", label %"cut.copy_last_byte_failed.endif"
cut.copy_last_byte_failed:
  %".97" = trunc i64 %".78" to i16
  %".98" = getelementptr i8, ptr %"keys.5", i64 2
  store i16 %".97", ptr %".98", align 2
  br label %"return"
cut.copy_last_byte_failed.endif:
  br label %"cut.variable_part"
cut.unknown:
  %".106" = trunc i64 %"end" to i16
  %".107" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".106", ptr %".107", align 2
  br label %"return"
short_ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".117" = trunc i64 %"cursor.2" to i32
  %".118" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".117", [4 x i8]* %"header_copy", i32 4)
  %".119" = icmp eq i64 %".118", 0
  %".120" = getelementptr i8, ptr %"ctx.3", i64 76
  %".121" = load i32, ptr %".120", align 4
  %".122" = zext i32 %".121" to i64
  %"data.9" = inttoptr i64 %".122" to ptr
  %".123" = getelementptr i8, ptr %"ctx.3", i64 80
  %".124" = load i32, ptr %".123", align 4
  %".125" = zext i32 %".124" to i64
  %"data_end.9" = inttoptr i64 %".125" to ptr
  %".126" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".126", align 8
  %".127" = xor i1 %".119", -1
  br i1 %".127", label %"short_ports.copy_failed", label %"short_ports.copy_failed.endif"
short_ports.copy_failed:
  %".129" = trunc i64 %"cursor.2" to i16
  %".130" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".129", ptr %".130", align 2
  br label %"return"
short_ports.copy_failed.endif:
  %".133" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".134" = load volatile i32, [4 x i8]* %".133", align 4
  br label %"short_ports.header"
widening.test:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".145" = getelementptr i8, ptr %"ctx.4", i64 76
  %".146" = load i32, ptr %".145", align 4
  %".147" = zext i32 %".146" to i64
  %"data.11" = inttoptr i64 %".147" to ptr
  %".148" = getelementptr i8, ptr %"ctx.4", i64 80
  %".149" = load i32, ptr %".148", align 4
  %".150" = zext i32 %".149" to i64
  %"data_end.11" = inttoptr i64 %".150" to ptr
  %".151" = getelementptr i8, ptr %"keys", i64 0
  %".152" = load volatile i16, ptr %".151", align 2
  %".153" = zext i16 %".152" to i64
  %".154" = icmp ugt i64 %".153", 265
  br i1 %".154", label %"widening.beyond", label %"short_ports"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }