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
  %".27" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".15")
  %".28" = icmp eq i16 %".27", 46472
  br i1 %".28", label %"entry.to_options", label %"entry.select"
entry.to_options:
  br label %"options"
options:
  %"cursor.1" = phi  i64 [%".26", %"entry.to_options"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_options"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_options"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_options"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".36" = getelementptr i8, ptr %"hdr", i64 2
  %".37" = icmp ugt ptr %".36", %"data_end.2"
  br i1 %".37", label %"options.copy", label %"options.linear", !prof !0
options.linear:
  %".39" = getelementptr i8, ptr %"hdr", i64 0
  %".40" = load i8, ptr %".39", align 1
  %".41" = getelementptr i8, ptr %"hdr", i64 1
  %".42" = load i8, ptr %".41", align 1
  br label %"options.header"
options.header:
  %"w0_1" = phi  i8 [%".40", %"options.linear"], [%".61", %"options.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".42", %"options.linear"], [%".63", %"options.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"options.linear"], [%"data.3", %"options.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"options.linear"], [%"data_end.3", %"options.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"options.linear"], [%"keys.3", %"options.copy_failed.endif"]
  %".65" = zext i8 %"w0_1" to i64
  %".66" = icmp ne i64 %".65", 3
  %".67" = xor i1 %".66", -1
  br i1 %".67", label %"options.require", label %"options.require.endif"
entry.unknown:
  %".31" = trunc i64 %".26" to i16
  %".32" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".31", ptr %".32", align 2
  br label %"return"
entry.select:
  br label %"entry.unknown"
options.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".44" = trunc i64 %"cursor.1" to i32
  %".45" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".44", [4 x i8]* %"header_copy", i32 2)
  %".46" = icmp eq i64 %".45", 0
  %".47" = getelementptr i8, ptr %"ctx.1", i64 76
  %".48" = load i32, ptr %".47", align 4
  %".49" = zext i32 %".48" to i64
  %"data.3" = inttoptr i64 %".49" to ptr
  %".50" = getelementptr i8, ptr %"ctx.1", i64 80
  %".51" = load i32, ptr %".50", align 4
  %".52" = zext i32 %".51" to i64
  %"data_end.3" = inttoptr i64 %".52" to ptr
  %".53" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".53", align 8
  %".54" = xor i1 %".46", -1
  br i1 %".54", label %"options.copy_failed", label %"options.copy_failed.endif"
options.copy_failed:
  %".56" = trunc i64 %"cursor.1" to i16
  %".57" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".56", ptr %".57", align 2
  br label %"return"
options.copy_failed.endif:
  %".60" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".61" = load volatile i8, [4 x i8]* %".60", align 1
  %".62" = getelementptr i8, [4 x i8]* %"header_copy", i64 1
  %".63" = load volatile i8, [4 x i8]* %".62", align 1
  br label %"options.header"
options.require:
  %".69" = trunc i64 %"cursor.1" to i16
  %".70" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".69", ptr %".70", align 2
  br label %"return"
options.require.endif:
  %".73" = add i64 %"cursor.1", 2
  %".74" = and i8 %"w0_1", 255
  %".75" = icmp eq i8 %".74", 0
  %".76" = xor i1 %".75", -1
  br i1 %".76", label %"options.variable", label %"options.no_variable", !prof !0
options.no_variable:
  br label %"options.variable.endif"
options.variable.endif:
  %"end" = phi  i64 [%".73", %"options.no_variable"], [%".111", %"options.variable_part"]
  %"data.7" = phi  ptr [%"data.4", %"options.no_variable"], [%"data.6", %"options.variable_part"]
  %"data_end.7" = phi  ptr [%"data_end.4", %"options.no_variable"], [%"data_end.6", %"options.variable_part"]
  %"keys.7" = phi  ptr [%"keys.4", %"options.no_variable"], [%"keys.6", %"options.variable_part"]
  %".113" = zext i8 %"w1_1" to i64
  %".114" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".113")
  %".115" = icmp eq i64 %".114", 6
  br i1 %".115", label %"options.to_ports", label %"options.select"
options.to_ports:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%"end", %"options.to_ports"], [%".165", %"widening.test"]
  %"data.8" = phi  ptr [%"data.7", %"options.to_ports"], [%"data.11", %"widening.test"]
  %"data_end.8" = phi  ptr [%"data_end.7", %"options.to_ports"], [%"data_end.11", %"widening.test"]
  %"keys.8" = phi  ptr [%"keys.7", %"options.to_ports"], [%"keys", %"widening.test"]
  %"hdr.1" = getelementptr i8, ptr %"data.8", i64 %"cursor.2"
  %".123" = getelementptr i8, ptr %"hdr.1", i64 4
  %".124" = icmp ugt ptr %".123", %"data_end.8"
  br i1 %".124", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".126" = getelementptr i8, ptr %"hdr.1", i64 0
  %".127" = load i32, ptr %".126", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".127", %"ports.linear"], [%".146", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.8", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.8", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.8", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".148" = getelementptr i8, ptr %"keys.10", i64 12
  store i32 %"w0_4", ptr %".148", align 4
  %".150" = add i64 %"cursor.2", 4
  %".151" = trunc i64 %"cursor.2" to i16
  %".152" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".151", ptr %".152", align 2
  br label %"return"
options.variable:
  %".79" = zext i8 %"w0_1" to i64
  %".80" = mul i64 %".79", 4
  %".81" = icmp ugt i64 %".80", 8
  br i1 %".81", label %"options.var_max", label %"options.var_max.endif"
options.var_max:
  %".83" = trunc i64 %"cursor.1" to i16
  %".84" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".83", ptr %".84", align 2
  br label %"return"
options.var_max.endif:
  %".87" = add i64 %".80", 2
  %".88" = getelementptr i8, ptr %"data.4", i64 %"cursor.1"
  %".89" = getelementptr i8, ptr %".88", i64 %".87"
  %".90" = icmp ugt ptr %".89", %"data_end.4"
  br i1 %".90", label %"options.copy_last_byte", label %"options.variable_part", !prof !0
options.variable_part:
  %"data.6" = phi  ptr [%"data.4", %"options.var_max.endif"], [%"data.5", %"options.copy_last_byte_failed.endif"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"options.var_max.endif"], [%"data_end.5", %"options.copy_last_byte_failed.endif"]
  %"keys.6" = phi  ptr [%"keys.4", %"options.var_max.endif"], [%"keys.5", %"options.copy_last_byte_failed.endif"]
  %".111" = add i64 %"cursor.1", %".87"
  br label %"options.variable.endif"
options.copy_last_byte:
  %".92" = add i64 %"cursor.1", %".87"
  %".93" = sub i64 %".92", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".94" = trunc i64 %".93" to i32
  %".95" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".94", i64* %"last_byte", i32 1)
  %".96" = icmp eq i64 %".95", 0
  %".97" = getelementptr i8, ptr %"ctx.2", i64 76
  %".98" = load i32, ptr %".97", align 4
  %".99" = zext i32 %".98" to i64
  %"data.5" = inttoptr i64 %".99" to ptr
  %".100" = getelementptr i8, ptr %"ctx.2", i64 80
  %".101" = load i32, ptr %".100", align 4
  %".102" = zext i32 %".101" to i64
  %"data_end.5" = inttoptr i64 %".102" to ptr
  %".103" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.5" = load ptr, ptr %".103", align 8
  %".104" = xor i1 %".96", -1
  br i1 %".104", label %"options.copy_last_byte_failed", label %"options.copy_last_byte_failed.endif"
options.copy_last_byte_failed:
  %".106" = trunc i64 %"cursor.1" to i16
  %".107" = getelementptr i8, ptr %"keys.5", i64 2
  store i16 %".106", ptr %".107", align 2
  br label %"return"
options.copy_last_byte_failed.endif:
  br label %"options.variable_part"
options.unknown:
  %".118" = trunc i64 %"end" to i16
  %".119" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".118", ptr %".119", align 2
  br label %"return"
options.select:
  br label %"options.unknown"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".129" = trunc i64 %"cursor.2" to i32
  %".130" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".129", [4 x i8]* %"header_copy", i32 4)
  %".131" = icmp eq i64 %".130", 0
  %".132" = getelementptr i8, ptr %"ctx.3", i64 76
  %".133" = load i32, ptr %".132", align 4
  %".134" = zext i32 %".133" to i64
  %"data.9" = inttoptr i64 %".134" to ptr
  %".135" = getelementptr i8, ptr %"ctx.3", i64 80
  %".136" = load i32, ptr %".135", align 4
  %".137" = zext i32 %".136" to i64
  %"data_end.9" = inttoptr i64 %".137" to ptr
  %".138" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".138", align 8
  %".139" = xor i1 %".131", -1
  br i1 %".139", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".141" = trunc i64 %"cursor.2" to i16
  %".142" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".141", ptr %".142", align 2
  br label %"return"
ports.copy_failed.endif:
  %".145" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".146" = load volatile i32, [4 x i8]* %".145", align 4
  br label %"ports.header"
widening.test:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".157" = getelementptr i8, ptr %"ctx.4", i64 76
  %".158" = load i32, ptr %".157", align 4
  %".159" = zext i32 %".158" to i64
  %"data.11" = inttoptr i64 %".159" to ptr
  %".160" = getelementptr i8, ptr %"ctx.4", i64 80
  %".161" = load i32, ptr %".160", align 4
  %".162" = zext i32 %".161" to i64
  %"data_end.11" = inttoptr i64 %".162" to ptr
  %".163" = getelementptr i8, ptr %"keys", i64 0
  %".164" = load volatile i16, ptr %".163", align 2
  %".165" = zext i16 %".164" to i64
  %".166" = icmp ugt i64 %".165", 265
  br i1 %".166", label %"widening.beyond", label %"ports"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }