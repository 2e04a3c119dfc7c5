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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry.unknown"], [2, %"options.copy_failed"], [2, %"options.require"], [2, %"options.var_max"], [2, %"options.copy_last_byte_failed"], [0, %"options.unknown"], [2, %"ports.copy_failed"], [0, %"ports.header"]
  ret i32 %"verdict"
entry.nhoff_max:
  br label %"return"
entry.nhoff_max.endif:
  br label %"entry.1"
entry.1:
  %"cursor" = phi  i64 [%"nhoff", %"entry.nhoff_max.endif"]
  %"data.1" = phi  ptr [%"data", %"entry.nhoff_max.endif"]
  %"data_end.1" = phi  ptr [%"data_end", %"entry.nhoff_max.endif"]
  %"keys.1" = phi  ptr [%"keys", %"entry.nhoff_max.endif"]
  %".21" = add i64 %"cursor", 0
  switch i64 %"n_proto", label %"entry.unknown" [i64 34997, label %"entry.to_options"]
entry.unknown:
  %".23" = trunc i64 %".21" to i16
  %".24" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".23", ptr %".24", align 2
  br label %"return"
entry.to_options:
  br label %"options"
options:
  %"cursor.1" = phi  i64 [%".21", %"entry.to_options"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_options"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_options"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_options"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".28" = getelementptr i8, ptr %"hdr", i64 2
  %".29" = icmp ugt ptr %".28", %"data_end.2"
  br i1 %".29", label %"options.copy", label %"options.linear", !prof !0
options.linear:
  %".31" = getelementptr i8, ptr %"hdr", i64 0
  %".32" = load i8, ptr %".31", align 1
  %".33" = getelementptr i8, ptr %"hdr", i64 1
  %".34" = load i8, ptr %".33", align 1
  br label %"options.header"
options.header:
  %"w0_1" = phi  i8 [%".32", %"options.linear"], [%".53", %"options.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".34", %"options.linear"], [%".55", %"options.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"options.linear"], [%"data.3", %"options.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"options.linear"], [%"data_end.3", %"options.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"options.linear"], [%"keys.3", %"options.copy_failed.endif"]
  %".57" = zext i8 %"w0_1" to i64
  %".58" = icmp ne i64 %".57", 3
  %".59" = xor i1 %".58", -1
  br i1 %".59", label %"options.require", label %"options.require.endif"
options.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".36" = trunc i64 %"cursor.1" to i32
  %".37" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".36", [4 x i8]* %"header_copy", i32 2)
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
  br i1 %".46", label %"options.copy_failed", label %"options.copy_failed.endif"
options.copy_failed:
  %".48" = trunc i64 %"cursor.1" to i16
  %".49" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".48", ptr %".49", align 2
  br label %"return"
options.copy_failed.endif:
  %".52" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".53" = load volatile i8, [4 x i8]* %".52", align 1
  %".54" = getelementptr i8, [4 x i8]* %"header_copy", i64 1
  %".55" = load volatile i8, [4 x i8]* %".54", align 1
  br label %"options.header"
options.require:
  %".61" = trunc i64 %"cursor.1" to i16
  %".62" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".61", ptr %".62", align 2
  br label %"return"
options.require.endif:
  %".65" = add i64 %"cursor.1", 2
  %".66" = zext i8 %"w0_1" to i64
  %".67" = mul i64 %".66", 4
  %".68" = icmp ugt i64 %".67", 8
  br i1 %".68", label %"options.var_max", label %"options.var_max.endif"
options.var_max:
  %".70" = trunc i64 %"cursor.1" to i16
  %".71" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".70", ptr %".71", align 2
  br label %"return"
options.var_max.endif:
  %".74" = add i64 %".67", 2
  %".75" = getelementptr i8, ptr %"data.4", i64 %"cursor.1"
  %".76" = getelementptr i8, ptr %".75", i64 %".74"
  %".77" = icmp ugt ptr %".76", %"data_end.4"
  br i1 %".77", label %"options.copy_last_byte", label %"options.variable_part", !prof !0
options.variable_part:
  %"data.6" = phi  ptr [%"data.4", %"options.var_max.endif"], [%"data.5", %"options.copy_last_byte_failed.endif"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"options.var_max.endif"], [%"data_end.5", %"options.copy_last_byte_failed.endif"]
  %"keys.6" = phi  ptr [%"keys.4", %"options.var_max.endif"], [%"keys.5", %"options.copy_last_byte_failed.endif"]
  %"end" = add i64 %"cursor.1", %".74"
  %".98" = zext i8 %"w1_1" to i64
  switch i64 %".98", label %"options.unknown" [i64 6, label %"options.to_ports"]
options.copy_last_byte:
  %".79" = add i64 %"cursor.1", %".74"
  %".80" = sub i64 %".79", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".81" = trunc i64 %".80" to i32
  %".82" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".81", i64* %"last_byte", i32 1)
  %".83" = icmp eq i64 %".82", 0
  %".84" = getelementptr i8, ptr %"ctx.2", i64 76
  %".85" = load i32, ptr %".84", align 4
  %".86" = zext i32 %".85" to i64
  %"data.5" = inttoptr i64 %".86" to ptr
  %".87" = getelementptr i8, ptr %"ctx.2", i64 80
  %".88" = load i32, ptr %".87", align 4
  %".89" = zext i32 %".88" to i64
  %"data_end.5" = inttoptr i64 %".89" to ptr
  %".90" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.5" = load ptr, ptr %".90", align 8
  %".91" = xor i1 %".83", -1
  br i1 %".91", label %"options.copy_last_byte_failed", label %"options.copy_last_byte_failed.endif"
options.copy_last_byte_failed:
  %".93" = trunc i64 %"cursor.1" to i16
  %".94" = getelementptr i8, ptr %"keys.5", i64 2
  store i16 %".93", ptr %".94", align 2
  br label %"return"
options.copy_last_byte_failed.endif:
  br label %"options.variable_part"
options.unknown:
  %".100" = trunc i64 %"end" to i16
  %".101" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".100", ptr %".101", align 2
  br label %"return"
options.to_ports:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%"end", %"options.to_ports"]
  %"data.7" = phi  ptr [%"data.6", %"options.to_ports"]
  %"data_end.7" = phi  ptr [%"data_end.6", %"options.to_ports"]
  %"keys.7" = phi  ptr [%"keys.6", %"options.to_ports"]
  %"hdr.1" = getelementptr i8, ptr %"data.7", i64 %"cursor.2"
  %".105" = getelementptr i8, ptr %"hdr.1", i64 4
  %".106" = icmp ugt ptr %".105", %"data_end.7"
  br i1 %".106", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".108" = getelementptr i8, ptr %"hdr.1", i64 0
  %".109" = load i16, ptr %".108", align 2
  %".110" = getelementptr i8, ptr %"hdr.1", i64 2
  %".111" = load i16, ptr %".110", align 2
  br label %"ports.header"
ports.header:
  %"w0_2" = phi  i16 [%".109", %"ports.linear"], [%".130", %"ports.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".111", %"ports.linear"], [%".132", %"ports.copy_failed.endif"]
  %"data.9" = phi  ptr [%"data.7", %"ports.linear"], [%"data.8", %"ports.copy_failed.endif"]
  %"data_end.9" = phi  ptr [%"data_end.7", %"ports.linear"], [%"data_end.8", %"ports.copy_failed.endif"]
  %"keys.9" = phi  ptr [%"keys.7", %"ports.linear"], [%"keys.8", %"ports.copy_failed.endif"]
  %".134" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".135" = zext i16 %".134" to i64
  %".136" = trunc i64 %".135" to i16
  %".137" = call i16 @"llvm.bswap.i16"(i16 %".136")
  %".138" = getelementptr i8, ptr %"keys.9", i64 12
  store i16 %".137", ptr %".138", align 2
  %".140" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".141" = zext i16 %".140" to i64
  %".142" = trunc i64 %".141" to i16
  %".143" = call i16 @"llvm.bswap.i16"(i16 %".142")
  %".144" = getelementptr i8, ptr %"keys.9", i64 14
  store i16 %".143", ptr %".144", align 2
  %".146" = add i64 %"cursor.2", 4
  %".147" = trunc i64 %"cursor.2" to i16
  %".148" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".147", ptr %".148", align 2
  br label %"return"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".113" = trunc i64 %"cursor.2" to i32
  %".114" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".113", [4 x i8]* %"header_copy", i32 4)
  %".115" = icmp eq i64 %".114", 0
  %".116" = getelementptr i8, ptr %"ctx.3", i64 76
  %".117" = load i32, ptr %".116", align 4
  %".118" = zext i32 %".117" to i64
  %"data.8" = inttoptr i64 %".118" to ptr
  %".119" = getelementptr i8, ptr %"ctx.3", i64 80
  %".120" = load i32, ptr %".119", align 4
  %".121" = zext i32 %".120" to i64
  %"data_end.8" = inttoptr i64 %".121" to ptr
  %".122" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.8" = load ptr, ptr %".122", align 8
  %".123" = xor i1 %".115", -1
  br i1 %".123", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".125" = trunc i64 %"cursor.2" to i16
  %".126" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".125", ptr %".126", align 2
  br label %"return"
ports.copy_failed.endif:
  %".129" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".130" = load volatile i16, [4 x i8]* %".129", align 2
  %".131" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".132" = load volatile i16, [4 x i8]* %".131", align 2
  br label %"ports.header"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }