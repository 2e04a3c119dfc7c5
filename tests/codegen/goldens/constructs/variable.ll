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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry.unknown"], [2, %"options.copy_failed"], [2, %"options.require"], [2, %"options.var_max"], [2, %"options.copy_last_byte_failed"], [0, %"options.unknown"], [2, %"ports.copy_failed"], [0, %"ports.header"], [129, %"widening.beyond"]
  ret i32 %"verdict"
entry.continue:
  br label %"return"
entry.1:
  %"cursor" = phi  i64 [%"nhoff", %"program"]
  %"data.1" = phi  ptr [%"data", %"program"]
  %"data_end.1" = phi  ptr [%"data_end", %"program"]
  %"keys.1" = phi  ptr [%"keys", %"program"]
  %".26" = add i64 %"cursor", 0
  switch i64 %"n_proto", label %"entry.unknown" [i64 34997, label %"entry.to_options"]
entry.to_options:
  br label %"options"
options:
  %"cursor.1" = phi  i64 [%".26", %"entry.to_options"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_options"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_options"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_options"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".33" = getelementptr i8, ptr %"hdr", i64 2
  %".34" = icmp ugt ptr %".33", %"data_end.2"
  br i1 %".34", label %"options.copy", label %"options.linear", !prof !0
options.linear:
  %".36" = getelementptr i8, ptr %"hdr", i64 0
  %".37" = load i8, ptr %".36", align 1
  %".38" = getelementptr i8, ptr %"hdr", i64 1
  %".39" = load i8, ptr %".38", align 1
  br label %"options.header"
options.header:
  %"w0_1" = phi  i8 [%".37", %"options.linear"], [%".58", %"options.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".39", %"options.linear"], [%".60", %"options.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"options.linear"], [%"data.3", %"options.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"options.linear"], [%"data_end.3", %"options.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"options.linear"], [%"keys.3", %"options.copy_failed.endif"]
  %".62" = zext i8 %"w0_1" to i64
  %".63" = icmp ne i64 %".62", 3
  %".64" = xor i1 %".63", -1
  br i1 %".64", label %"options.require", label %"options.require.endif"
entry.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
  br label %"return"
options.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".41" = trunc i64 %"cursor.1" to i32
  %".42" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".41", [4 x i8]* %"header_copy", i32 2)
  %".43" = icmp eq i64 %".42", 0
  %".44" = getelementptr i8, ptr %"ctx.1", i64 76
  %".45" = load i32, ptr %".44", align 4
  %".46" = zext i32 %".45" to i64
  %"data.3" = inttoptr i64 %".46" to ptr
  %".47" = getelementptr i8, ptr %"ctx.1", i64 80
  %".48" = load i32, ptr %".47", align 4
  %".49" = zext i32 %".48" to i64
  %"data_end.3" = inttoptr i64 %".49" to ptr
  %".50" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".50", align 8
  %".51" = xor i1 %".43", -1
  br i1 %".51", label %"options.copy_failed", label %"options.copy_failed.endif"
options.copy_failed:
  %".53" = trunc i64 %"cursor.1" to i16
  %".54" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".53", ptr %".54", align 2
  br label %"return"
options.copy_failed.endif:
  %".57" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".58" = load volatile i8, [4 x i8]* %".57", align 1
  %".59" = getelementptr i8, [4 x i8]* %"header_copy", i64 1
  %".60" = load volatile i8, [4 x i8]* %".59", align 1
  br label %"options.header"
options.require:
  %".66" = trunc i64 %"cursor.1" to i16
  %".67" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".66", ptr %".67", align 2
  br label %"return"
options.require.endif:
  %".70" = add i64 %"cursor.1", 2
  %".71" = zext i8 %"w0_1" to i64
  %".72" = mul i64 %".71", 4
  %".73" = icmp ugt i64 %".72", 8
  br i1 %".73", label %"options.var_max", label %"options.var_max.endif"
options.var_max:
  %".75" = trunc i64 %"cursor.1" to i16
  %".76" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".75", ptr %".76", align 2
  br label %"return"
options.var_max.endif:
  %".79" = add i64 %".72", 2
  %".80" = getelementptr i8, ptr %"data.4", i64 %"cursor.1"
  %".81" = getelementptr i8, ptr %".80", i64 %".79"
  %".82" = icmp ugt ptr %".81", %"data_end.4"
  br i1 %".82", label %"options.copy_last_byte", label %"options.variable_part", !prof !0
options.variable_part:
  %"data.6" = phi  ptr [%"data.4", %"options.var_max.endif"], [%"data.5", %"options.copy_last_byte_failed.endif"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"options.var_max.endif"], [%"data_end.5", %"options.copy_last_byte_failed.endif"]
  %"keys.6" = phi  ptr [%"keys.4", %"options.var_max.endif"], [%"keys.5", %"options.copy_last_byte_failed.endif"]
  %".103" = add i64 %"cursor.1", %".79"
  %".104" = add i64 %"cursor.1", 2
  %".105" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".104")
  %".106" = icmp eq i64 %".72", 0
  %"end" = select  i1 %".106", i64 %".105", i64 %".103"
  %".107" = zext i8 %"w1_1" to i64
  switch i64 %".107", label %"options.unknown" [i64 6, label %"options.to_ports"]
options.to_ports:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%"end", %"options.to_ports"]
  %"data.7" = phi  ptr [%"data.6", %"options.to_ports"]
  %"data_end.7" = phi  ptr [%"data_end.6", %"options.to_ports"]
  %"keys.7" = phi  ptr [%"keys.6", %"options.to_ports"]
  %"hdr.1" = getelementptr i8, ptr %"data.7", i64 %"cursor.2"
  %".114" = getelementptr i8, ptr %"hdr.1", i64 4
  %".115" = icmp ugt ptr %".114", %"data_end.7"
  br i1 %".115", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".117" = getelementptr i8, ptr %"hdr.1", i64 0
  %".118" = load i16, ptr %".117", align 2
  %".119" = getelementptr i8, ptr %"hdr.1", i64 2
  %".120" = load i16, ptr %".119", align 2
  br label %"ports.header"
ports.header:
  %"w0_2" = phi  i16 [%".118", %"ports.linear"], [%".139", %"ports.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".120", %"ports.linear"], [%".141", %"ports.copy_failed.endif"]
  %"data.9" = phi  ptr [%"data.7", %"ports.linear"], [%"data.8", %"ports.copy_failed.endif"]
  %"data_end.9" = phi  ptr [%"data_end.7", %"ports.linear"], [%"data_end.8", %"ports.copy_failed.endif"]
  %"keys.9" = phi  ptr [%"keys.7", %"ports.linear"], [%"keys.8", %"ports.copy_failed.endif"]
  %".143" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".144" = zext i16 %".143" to i64
  %".145" = trunc i64 %".144" to i16
  %".146" = call i16 @"llvm.bswap.i16"(i16 %".145")
  %".147" = getelementptr i8, ptr %"keys.9", i64 12
  store i16 %".146", ptr %".147", align 2
  %".149" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".150" = zext i16 %".149" to i64
  %".151" = trunc i64 %".150" to i16
  %".152" = call i16 @"llvm.bswap.i16"(i16 %".151")
  %".153" = getelementptr i8, ptr %"keys.9", i64 14
  store i16 %".152", ptr %".153", align 2
  %".155" = add i64 %"cursor.2", 4
  %".156" = trunc i64 %"cursor.2" to i16
  %".157" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".156", ptr %".157", align 2
  br label %"return"
options.copy_last_byte:
  %".84" = add i64 %"cursor.1", %".79"
  %".85" = sub i64 %".84", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".86" = trunc i64 %".85" to i32
  %".87" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".86", i64* %"last_byte", i32 1)
  %".88" = icmp eq i64 %".87", 0
  %".89" = getelementptr i8, ptr %"ctx.2", i64 76
  %".90" = load i32, ptr %".89", align 4
  %".91" = zext i32 %".90" to i64
  %"data.5" = inttoptr i64 %".91" to ptr
  %".92" = getelementptr i8, ptr %"ctx.2", i64 80
  %".93" = load i32, ptr %".92", align 4
  %".94" = zext i32 %".93" to i64
  %"data_end.5" = inttoptr i64 %".94" to ptr
  %".95" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.5" = load ptr, ptr %".95", align 8
  %".96" = xor i1 %".88", -1
  br i1 %".96", label %"options.copy_last_byte_failed", label %"options.copy_last_byte_failed.endif"
options.copy_last_byte_failed:
  %".98" = trunc i64 %"cursor.1" to i16
  %".99" = getelementptr i8, ptr %"keys.5", i64 2
  store i16 %".98", ptr %".99", align 2
  br label %"return"
options.copy_last_byte_failed.endif:
  br label %"options.variable_part"
options.unknown:
  %".109" = trunc i64 %"end" to i16
  %".110" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".109", ptr %".110", align 2
  br label %"return"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".122" = trunc i64 %"cursor.2" to i32
  %".123" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".122", [4 x i8]* %"header_copy", i32 4)
  %".124" = icmp eq i64 %".123", 0
  %".125" = getelementptr i8, ptr %"ctx.3", i64 76
  %".126" = load i32, ptr %".125", align 4
  %".127" = zext i32 %".126" to i64
  %"data.8" = inttoptr i64 %".127" to ptr
  %".128" = getelementptr i8, ptr %"ctx.3", i64 80
  %".129" = load i32, ptr %".128", align 4
  %".130" = zext i32 %".129" to i64
  %"data_end.8" = inttoptr i64 %".130" to ptr
  %".131" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.8" = load ptr, ptr %".131", align 8
  %".132" = xor i1 %".124", -1
  br i1 %".132", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".134" = trunc i64 %"cursor.2" to i16
  %".135" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".134", ptr %".135", align 2
  br label %"return"
ports.copy_failed.endif:
  %".138" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".139" = load volatile i16, [4 x i8]* %".138", align 2
  %".140" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".141" = load volatile i16, [4 x i8]* %".140", align 2
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }