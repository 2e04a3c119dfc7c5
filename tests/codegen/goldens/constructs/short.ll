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
  %".27" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".15")
  %".28" = icmp eq i16 %".27", 46472
  br i1 %".28", label %"entry.to_cut", label %"entry.select"
entry.to_cut:
  br label %"cut"
cut:
  %"cursor.1" = phi  i64 [%".26", %"entry.to_cut"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_cut"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_cut"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_cut"]
  %".36" = add i64 %"cursor.1", 2
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".37" = getelementptr i8, ptr %"hdr", i64 2
  %".38" = icmp ugt ptr %".37", %"data_end.2"
  br i1 %".38", label %"cut.copy", label %"cut.linear", !prof !0
cut.linear:
  %".40" = getelementptr i8, ptr %"hdr", i64 0
  %".41" = load i8, ptr %".40", align 1
  %".42" = getelementptr i8, ptr %"hdr", i64 1
  %".43" = load i8, ptr %".42", align 1
  br label %"cut.header"
cut.header:
  %"w0_1" = phi  i8 [%".41", %"cut.linear"], [%".62", %"cut.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".43", %"cut.linear"], [%".64", %"cut.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"cut.linear"], [%"data.3", %"cut.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"cut.linear"], [%"data_end.3", %"cut.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"cut.linear"], [%"keys.3", %"cut.copy_failed.endif"]
  %".66" = add i64 %"cursor.1", 2
  %".67" = and i8 %"w1_1", 255
  %".68" = icmp eq i8 %".67", 0
  %".69" = xor i1 %".68", -1
  br i1 %".69", label %"cut.variable", label %"cut.no_variable", !prof !0
cut.no_variable:
  br label %"cut.variable.endif"
cut.variable.endif:
  %"end" = phi  i64 [%".66", %"cut.no_variable"], [%".105", %"cut.variable_part"]
  %"data.7" = phi  ptr [%"data.4", %"cut.no_variable"], [%"data.6", %"cut.variable_part"]
  %"data_end.7" = phi  ptr [%"data_end.4", %"cut.no_variable"], [%"data_end.6", %"cut.variable_part"]
  %"keys.7" = phi  ptr [%"keys.4", %"cut.no_variable"], [%"keys.6", %"cut.variable_part"]
  %".107" = zext i8 %"w0_1" to i64
  %".108" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".107")
  %".109" = icmp eq i64 %".108", 6
  br i1 %".109", label %"cut.to_short_ports", label %"cut.select"
cut.to_short_ports:
  br label %"short_ports"
short_ports:
  %"cursor.2" = phi  i64 [%"end", %"cut.to_short_ports"], [%".159", %"widening.test"]
  %"data.8" = phi  ptr [%"data.7", %"cut.to_short_ports"], [%"data.11", %"widening.test"]
  %"data_end.8" = phi  ptr [%"data_end.7", %"cut.to_short_ports"], [%"data_end.11", %"widening.test"]
  %"keys.8" = phi  ptr [%"keys.7", %"cut.to_short_ports"], [%"keys", %"widening.test"]
  %"hdr.1" = getelementptr i8, ptr %"data.8", i64 %"cursor.2"
  %".117" = getelementptr i8, ptr %"hdr.1", i64 4
  %".118" = icmp ugt ptr %".117", %"data_end.8"
  br i1 %".118", label %"short_ports.copy", label %"short_ports.linear", !prof !0
short_ports.linear:
  %".120" = getelementptr i8, ptr %"hdr.1", i64 0
  %".121" = load i32, ptr %".120", align 4
  br label %"short_ports.header"
short_ports.header:
  %"w0_4" = phi  i32 [%".121", %"short_ports.linear"], [%".140", %"short_ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.8", %"short_ports.linear"], [%"data.9", %"short_ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.8", %"short_ports.linear"], [%"data_end.9", %"short_ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.8", %"short_ports.linear"], [%"keys.9", %"short_ports.copy_failed.endif"]
  %".142" = getelementptr i8, ptr %"keys.10", i64 12
  store i32 %"w0_4", ptr %".142", align 4
  %".144" = add i64 %"cursor.2", 4
  %".145" = trunc i64 %"cursor.2" to i16
  %".146" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".145", ptr %".146", align 2
  br label %"return"
entry.unknown:
  %".31" = trunc i64 %".26" to i16
  %".32" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".31", ptr %".32", align 2
  br label %"return"
entry.select:
  br label %"entry.unknown"
cut.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".45" = trunc i64 %"cursor.1" to i32
  %".46" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".45", [4 x i8]* %"header_copy", i32 2)
  %".47" = icmp eq i64 %".46", 0
  %".48" = getelementptr i8, ptr %"ctx.1", i64 76
  %".49" = load i32, ptr %".48", align 4
  %".50" = zext i32 %".49" to i64
  %"data.3" = inttoptr i64 %".50" to ptr
  %".51" = getelementptr i8, ptr %"ctx.1", i64 80
  %".52" = load i32, ptr %".51", align 4
  %".53" = zext i32 %".52" to i64
  %"data_end.3" = inttoptr i64 %".53" to ptr
  %".54" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".54", align 8
  %".55" = xor i1 %".47", -1
  br i1 %".55", label %"cut.copy_failed", label %"cut.copy_failed.endif"
cut.copy_failed:
  %".57" = trunc i64 %".36" to i16
  %".58" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".57", ptr %".58", align 2
  br label %"return"
cut.copy_failed.endif:
  %".61" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".62" = load volatile i8, [4 x i8]* %".61", align 1
  %".63" = getelementptr i8, [4 x i8]* %"header_copy", i64 1
  %".64" = load volatile i8, [4 x i8]* %".63", align 1
  br label %"cut.header"
cut.variable:
  %".72" = zext i8 %"w1_1" to i64
  %".73" = mul i64 %".72", 4
  %".74" = icmp ugt i64 %".73", 8
  br i1 %".74", label %"cut.var_max", label %"cut.var_max.endif"
cut.var_max:
  %".76" = trunc i64 %"cursor.1" to i16
  %".77" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".76", ptr %".77", align 2
  br label %"return"
cut.var_max.endif:
  %".80" = add i64 %".73", 2
  %".81" = add i64 %"cursor.1", %".80"
  %".82" = getelementptr i8, ptr %"data.4", i64 %"cursor.1"
  %".83" = getelementptr i8, ptr %".82", i64 %".80"
  %".84" = icmp ugt ptr %".83", %"data_end.4"
  br i1 %".84", label %"cut.copy_last_byte", label %"cut.variable_part", !prof !0
cut.variable_part:
  %"data.6" = phi  ptr [%"data.4", %"cut.var_max.endif"], [%"data.5", %"cut.copy_last_byte_failed.endif"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"cut.var_max.endif"], [%"data_end.5", %"cut.copy_last_byte_failed.endif"]
  %"keys.6" = phi  ptr [%"keys.4", %"cut.var_max.endif"], [%"keys.5", %"cut.copy_last_byte_failed.endif"]
  %".105" = add i64 %"cursor.1", %".80"
  br label %"cut.variable.endif"
cut.copy_last_byte:
  %".86" = add i64 %"cursor.1", %".80"
  %".87" = sub i64 %".86", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".88" = trunc i64 %".87" to i32
  %".89" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".88", i64* %"last_byte", i32 1)
  %".90" = icmp eq i64 %".89", 0
  %".91" = getelementptr i8, ptr %"ctx.2", i64 76
  %".92" = load i32, ptr %".91", align 4
  %".93" = zext i32 %".92" to i64
  %"data.5" = inttoptr i64 %".93" to ptr
  %".94" = getelementptr i8, ptr %"ctx.2", i64 80
  %".95" = load i32, ptr %".94", align 4
  %".96" = zext i32 %".95" to i64
  %"data_end.5" = inttoptr i64 %".96" to ptr
  %".97" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.5" = load ptr, ptr %".97", align 8
  %".98" = xor i1 %".90", -1
  br i1 %".98", label %"cut.copy_last_byte_failed", label %"cut.copy_last_byte_failed.endif"
cut.copy_last_byte_failed:
  %".100" = trunc i64 %".81" to i16
  %".101" = getelementptr i8, ptr %"keys.5", i64 2
  store i16 %".100", ptr %".101", align 2
  br label %"return"
cut.copy_last_byte_failed.endif:
  br label %"cut.variable_part"
cut.unknown:
  %".112" = trunc i64 %"end" to i16
  %".113" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".112", ptr %".113", align 2
  br label %"return"
cut.select:
  br label %"cut.unknown"
short_ports.copy:
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
  br i1 %".133", label %"short_ports.copy_failed", label %"short_ports.copy_failed.endif"
short_ports.copy_failed:
  %".135" = trunc i64 %"cursor.2" to i16
  %".136" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".135", ptr %".136", align 2
  br label %"return"
short_ports.copy_failed.endif:
  %".139" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".140" = load volatile i32, [4 x i8]* %".139", align 4
  br label %"short_ports.header"
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
  br i1 %".160", label %"widening.beyond", label %"short_ports"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }