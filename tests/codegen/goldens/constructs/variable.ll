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
  switch i16 %".15", label %"entry.unknown" [i16 46472, label %"entry.to_options"]
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
  %".71" = and i8 %"w0_1", 255
  %".72" = icmp eq i8 %".71", 0
  %".73" = xor i1 %".72", -1
  br i1 %".73", label %"options.variable", label %"options.no_variable", !prof !0
options.no_variable:
  br label %"options.variable.endif"
options.variable.endif:
  %"end" = phi  i64 [%".70", %"options.no_variable"], [%".108", %"options.variable_part"]
  %"data.7" = phi  ptr [%"data.4", %"options.no_variable"], [%"data.6", %"options.variable_part"]
  %"data_end.7" = phi  ptr [%"data_end.4", %"options.no_variable"], [%"data_end.6", %"options.variable_part"]
  %"keys.7" = phi  ptr [%"keys.4", %"options.no_variable"], [%"keys.6", %"options.variable_part"]
  %".110" = zext i8 %"w1_1" to i64
  switch i64 %".110", label %"options.unknown" [i64 6, label %"options.to_ports"]
options.to_ports:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%"end", %"options.to_ports"], [%".159", %"widening.test"]
  %"data.8" = phi  ptr [%"data.7", %"options.to_ports"], [%"data.11", %"widening.test"]
  %"data_end.8" = phi  ptr [%"data_end.7", %"options.to_ports"], [%"data_end.11", %"widening.test"]
  %"keys.8" = phi  ptr [%"keys.7", %"options.to_ports"], [%"keys", %"widening.test"]
  %"hdr.1" = getelementptr i8, ptr %"data.8", i64 %"cursor.2"
  %".117" = getelementptr i8, ptr %"hdr.1", i64 4
  %".118" = icmp ugt ptr %".117", %"data_end.8"
  br i1 %".118", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".120" = getelementptr i8, ptr %"hdr.1", i64 0
  %".121" = load i32, ptr %".120", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".121", %"ports.linear"], [%".140", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.8", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.8", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.8", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".142" = getelementptr i8, ptr %"keys.10", i64 12
  store i32 %"w0_4", ptr %".142", align 4
  %".144" = add i64 %"cursor.2", 4
  %".145" = trunc i64 %"cursor.2" to i16
  %".146" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".145", ptr %".146", align 2
  br label %"return"
options.variable:
  %".76" = zext i8 %"w0_1" to i64
  %".77" = mul i64 %".76", 4
  %".78" = icmp ugt i64 %".77", 8
  br i1 %".78", label %"options.var_max", label %"options.var_max.endif"
options.var_max:
  %".80" = trunc i64 %"cursor.1" to i16
  %".81" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".80", ptr %".81", align 2
  br label %"return"
options.var_max.endif:
  %".84" = add i64 %".77", 2
  %".85" = getelementptr i8, ptr %"data.4", i64 %"cursor.1"
  %".86" = getelementptr i8, ptr %".85", i64 %".84"
  %".87" = icmp ugt ptr %".86", %"data_end.4"
  br i1 %".87", label %"options.copy_last_byte", label %"options.variable_part", !prof !0
options.variable_part:
  %"data.6" = phi  ptr [%"data.4", %"options.var_max.endif"], [%"data.5", %"options.copy_last_byte_failed.endif"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"options.var_max.endif"], [%"data_end.5", %"options.copy_last_byte_failed.endif"]
  %"keys.6" = phi  ptr [%"keys.4", %"options.var_max.endif"], [%"keys.5", %"options.copy_last_byte_failed.endif"]
  %".108" = add i64 %"cursor.1", %".84"
  br label %"options.variable.endif"
options.copy_last_byte:
  %".89" = add i64 %"cursor.1", %".84"
  %".90" = sub i64 %".89", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".91" = trunc i64 %".90" to i32
  %".92" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".91", i64* %"last_byte", i32 1)
  %".93" = icmp eq i64 %".92", 0
  %".94" = getelementptr i8, ptr %"ctx.2", i64 76
  %".95" = load i32, ptr %".94", align 4
  %".96" = zext i32 %".95" to i64
  %"data.5" = inttoptr i64 %".96" to ptr
  %".97" = getelementptr i8, ptr %"ctx.2", i64 80
  %".98" = load i32, ptr %".97", align 4
  %".99" = zext i32 %".98" to i64
  %"data_end.5" = inttoptr i64 %".99" to ptr
  %".100" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.5" = load ptr, ptr %".100", align 8
  %".101" = xor i1 %".93", -1
  br i1 %".101", label %"options.copy_last_byte_failed", label %"options.copy_last_byte_failed.endif"
options.copy_last_byte_failed:
  %".103" = trunc i64 %"cursor.1" to i16
  %".104" = getelementptr i8, ptr %"keys.5", i64 2
  store i16 %".103", ptr %".104", align 2
  br label %"return"
options.copy_last_byte_failed.endif:
  br label %"options.variable_part"
options.unknown:
  %".112" = trunc i64 %"end" to i16
  %".113" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".112", ptr %".113", align 2
  br label %"return"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".123" = trunc i64 %"cursor.2" to i32
  %".124" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".123", [4 x i8]* %"header_copy", i32 4)
  %".125" = icmp eq i64 %".124", 0
  %".126" = getelementptr i8, ptr %"ctx.3", i64 76
  %".127" = load i32, ptr %".126", align 4
  %".128" = zext i32 %".127" to i64
  %"data.9" = inttoptr i64 %".128" to ptr
  %".129" = getelementptr i8, ptr %"ctx.3", i64 80
  %".130" = load i32, ptr %".129", align 4
  %".131" = zext i32 %".130" to i64
  %"data_end.9" = inttoptr i64 %".131" to ptr
  %".132" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".132", align 8
  %".133" = xor i1 %".125", -1
  br i1 %".133", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".135" = trunc i64 %"cursor.2" to i16
  %".136" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".135", ptr %".136", align 2
  br label %"return"
ports.copy_failed.endif:
  %".139" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".140" = load volatile i32, [4 x i8]* %".139", align 4
  br label %"ports.header"
widening.test:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".151" = getelementptr i8, ptr %"ctx.4", i64 76
  %".152" = load i32, ptr %".151", align 4
  %".153" = zext i32 %".152" to i64
  %"data.11" = inttoptr i64 %".153" to ptr
  %".154" = getelementptr i8, ptr %"ctx.4", i64 80
  %".155" = load i32, ptr %".154", align 4
  %".156" = zext i32 %".155" to i64
  %"data_end.11" = inttoptr i64 %".156" to ptr
  %".157" = getelementptr i8, ptr %"keys", i64 0
  %".158" = load volatile i16, ptr %".157", align 2
  %".159" = zext i16 %".158" to i64
  %".160" = icmp ugt i64 %".159", 265
  br i1 %".160", label %"widening.beyond", label %"ports"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }