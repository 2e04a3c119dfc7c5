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
  %".65" = and i8 %"w0_1", 255
  %".66" = icmp eq i8 %".65", 0
  %".67" = xor i1 %".66", -1
  br i1 %".67", label %"options.not_lowest", label %"options.not_lowest.endif", !prof !0
options.not_lowest.endif:
  %".78" = add i64 %"cursor.1", 2
  %".79" = and i8 %"w0_1", 255
  %".80" = icmp eq i8 %".79", 0
  %".81" = xor i1 %".80", -1
  br i1 %".81", label %"options.variable", label %"options.no_variable", !prof !0
options.no_variable:
  br label %"options.variable.endif"
options.variable.endif:
  %"end" = phi  i64 [%".78", %"options.no_variable"], [%".116", %"options.variable_part"]
  %"data.7" = phi  ptr [%"data.4", %"options.no_variable"], [%"data.6", %"options.variable_part"]
  %"data_end.7" = phi  ptr [%"data_end.4", %"options.no_variable"], [%"data_end.6", %"options.variable_part"]
  %"keys.7" = phi  ptr [%"keys.4", %"options.no_variable"], [%"keys.6", %"options.variable_part"]
  %".118" = zext i8 %"w1_1" to i64
  %".119" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".118")
  %".120" = icmp eq i64 %".119", 6
  br i1 %".120", label %"options.to_ports", label %"options.select"
options.to_ports:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%"end", %"options.to_ports"], [%".170", %"widening.test"]
  %"data.8" = phi  ptr [%"data.7", %"options.to_ports"], [%"data.11", %"widening.test"]
  %"data_end.8" = phi  ptr [%"data_end.7", %"options.to_ports"], [%"data_end.11", %"widening.test"]
  %"keys.8" = phi  ptr [%"keys.7", %"options.to_ports"], [%"keys", %"widening.test"]
  %"hdr.1" = getelementptr i8, ptr %"data.8", i64 %"cursor.2"
  %".128" = getelementptr i8, ptr %"hdr.1", i64 4
  %".129" = icmp ugt ptr %".128", %"data_end.8"
  br i1 %".129", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".131" = getelementptr i8, ptr %"hdr.1", i64 0
  %".132" = load i32, ptr %".131", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".132", %"ports.linear"], [%".151", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.8", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.8", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.8", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".153" = getelementptr i8, ptr %"keys.10", i64 12
  store i32 %"w0_4", ptr %".153", align 4
  %".155" = add i64 %"cursor.2", 4
  %".156" = trunc i64 %"cursor.2" to i16
  %".157" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".156", ptr %".157", align 2
  br label %"return"
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
options.not_lowest:
  %".69" = zext i8 %"w0_1" to i64
  %".70" = icmp ne i64 %".69", 3
  %".71" = xor i1 %".70", -1
  br i1 %".71", label %"options.require", label %"options.require.endif"
options.require:
  %".73" = trunc i64 %"cursor.1" to i16
  %".74" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".73", ptr %".74", align 2
  br label %"return"
options.require.endif:
  br label %"options.not_lowest.endif"
options.variable:
  %".84" = zext i8 %"w0_1" to i64
  %".85" = mul i64 %".84", 4
  %".86" = icmp ugt i64 %".85", 8
  br i1 %".86", label %"options.var_max", label %"options.var_max.endif"
options.var_max:
  %".88" = trunc i64 %"cursor.1" to i16
  %".89" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".88", ptr %".89", align 2
  br label %"return"
options.var_max.endif:
  %".92" = add i64 %".85", 2
  %".93" = getelementptr i8, ptr %"data.4", i64 %"cursor.1"
  %".94" = getelementptr i8, ptr %".93", i64 %".92"
  %".95" = icmp ugt ptr %".94", %"data_end.4"
  br i1 %".95", label %"options.copy_last_byte", label %"options.variable_part", !prof !0
options.variable_part:
  %"data.6" = phi  ptr [%"data.4", %"options.var_max.endif"], [%"data.5", %"options.copy_last_byte_failed.endif"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"options.var_max.endif"], [%"data_end.5", %"options.copy_last_byte_failed.endif"]
  %"keys.6" = phi  ptr [%"keys.4", %"options.var_max.endif"], [%"keys.5", %"options.copy_last_byte_failed.endif"]
  %".116" = add i64 %"cursor.1", %".92"
  br label %"options.variable.endif"
options.copy_last_byte:
  %".97" = add i64 %"cursor.1", %".92"
  %".98" = sub i64 %".97", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".99" = trunc i64 %".98" to i32
  %".100" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".99", i64* %"last_byte", i32 1)
  %".101" = icmp eq i64 %".100", 0
  %".102" = getelementptr i8, ptr %"ctx.2", i64 76
  %".103" = load i32, ptr %".102", align 4
  %".104" = zext i32 %".103" to i64
  %"data.5" = inttoptr i64 %".104" to ptr
  %".105" = getelementptr i8, ptr %"ctx.2", i64 80
  %".106" = load i32, ptr %".105", align 4
  %".107" = zext i32 %".106" to i64
  %"data_end.5" = inttoptr i64 %".107" to ptr
  %".108" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.5" = load ptr, ptr %".108", align 8
  %".109" = xor i1 %".101", -1
  br i1 %".109", label %"options.copy_last_byte_failed", label %"options.copy_last_byte_failed.endif"
options.copy_last_byte_failed:
  %".111" = trunc i64 %"cursor.1" to i16
  %".112" = getelementptr i8, ptr %"keys.5", i64 2
  store i16 %".111", ptr %".112", align 2
  br label %"return"
options.copy_last_byte_failed.endif:
  br label %"options.variable_part"
options.unknown:
  %".123" = trunc i64 %"end" to i16
  %".124" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".123", ptr %".124", align 2
  br label %"return"
options.select:
  br label %"options.unknown"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".134" = trunc i64 %"cursor.2" to i32
  %".135" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".134", [4 x i8]* %"header_copy", i32 4)
  %".136" = icmp eq i64 %".135", 0
  %".137" = getelementptr i8, ptr %"ctx.3", i64 76
  %".138" = load i32, ptr %".137", align 4
  %".139" = zext i32 %".138" to i64
  %"data.9" = inttoptr i64 %".139" to ptr
  %".140" = getelementptr i8, ptr %"ctx.3", i64 80
  %".141" = load i32, ptr %".140", align 4
  %".142" = zext i32 %".141" to i64
  %"data_end.9" = inttoptr i64 %".142" to ptr
  %".143" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".143", align 8
  %".144" = xor i1 %".136", -1
  br i1 %".144", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".146" = trunc i64 %"cursor.2" to i16
  %".147" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".146", ptr %".147", align 2
  br label %"return"
ports.copy_failed.endif:
  %".150" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".151" = load volatile i32, [4 x i8]* %".150", align 4
  br label %"ports.header"
widening.test:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".162" = getelementptr i8, ptr %"ctx.4", i64 76
  %".163" = load i32, ptr %".162", align 4
  %".164" = zext i32 %".163" to i64
  %"data.11" = inttoptr i64 %".164" to ptr
  %".165" = getelementptr i8, ptr %"ctx.4", i64 80
  %".166" = load i32, ptr %".165", align 4
  %".167" = zext i32 %".166" to i64
  %"data_end.11" = inttoptr i64 %".167" to ptr
  %".168" = getelementptr i8, ptr %"keys", i64 0
  %".169" = load volatile i16, ptr %".168", align 2
  %".170" = zext i16 %".169" to i64
  %".171" = icmp ugt i64 %".170", 265
  br i1 %".171", label %"widening.beyond", label %"ports"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }