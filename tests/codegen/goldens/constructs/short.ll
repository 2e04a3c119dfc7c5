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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry.unknown"], [0, %"cut.copy_failed"], [2, %"cut.var_max"], [0, %"cut.copy_last_byte_failed"], [0, %"cut.unknown"], [0, %"short_ports.copy_failed"], [0, %"short_ports.header"]
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
  switch i64 %"n_proto", label %"entry.unknown" [i64 34997, label %"entry.to_cut"]
entry.unknown:
  %".23" = trunc i64 %".21" to i16
  %".24" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".23", ptr %".24", align 2
  br label %"return"
entry.to_cut:
  br label %"cut"
cut:
  %"cursor.1" = phi  i64 [%".21", %"entry.to_cut"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_cut"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_cut"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_cut"]
  %".28" = add i64 %"cursor.1", 2
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".29" = getelementptr i8, ptr %"hdr", i64 2
  %".30" = icmp ugt ptr %".29", %"data_end.2"
  br i1 %".30", label %"cut.copy", label %"cut.linear", !prof !0
cut.linear:
  %".32" = getelementptr i8, ptr %"hdr", i64 0
  %".33" = load i8, ptr %".32", align 1
  %".34" = getelementptr i8, ptr %"hdr", i64 1
  %".35" = load i8, ptr %".34", align 1
  br label %"cut.header"
cut.header:
  %"w0_1" = phi  i8 [%".33", %"cut.linear"], [%".54", %"cut.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".35", %"cut.linear"], [%".56", %"cut.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"cut.linear"], [%"data.3", %"cut.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"cut.linear"], [%"data_end.3", %"cut.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"cut.linear"], [%"keys.3", %"cut.copy_failed.endif"]
  %".58" = add i64 %"cursor.1", 2
  %".59" = zext i8 %"w1_1" to i64
  %".60" = mul i64 %".59", 4
  %".61" = icmp ugt i64 %".60", 8
  br i1 %".61", label %"cut.var_max", label %"cut.var_max.endif"
cut.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".37" = trunc i64 %"cursor.1" to i32
  %".38" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".37", [4 x i8]* %"header_copy", i32 2)
  %".39" = icmp eq i64 %".38", 0
  %".40" = getelementptr i8, ptr %"ctx.1", i64 76
  %".41" = load i32, ptr %".40", align 4
  %".42" = zext i32 %".41" to i64
  %"data.3" = inttoptr i64 %".42" to ptr
  %".43" = getelementptr i8, ptr %"ctx.1", i64 80
  %".44" = load i32, ptr %".43", align 4
  %".45" = zext i32 %".44" to i64
  %"data_end.3" = inttoptr i64 %".45" to ptr
  %".46" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".46", align 8
  %".47" = xor i1 %".39", -1
  br i1 %".47", label %"cut.copy_failed", label %"cut.copy_failed.endif"
cut.copy_failed:
  %".49" = trunc i64 %".28" to i16
  %".50" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".49", ptr %".50", align 2
  br label %"return"
cut.copy_failed.endif:
  %".53" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".54" = load volatile i8, [4 x i8]* %".53", align 1
  %".55" = getelementptr i8, [4 x i8]* %"header_copy", i64 1
  %".56" = load volatile i8, [4 x i8]* %".55", align 1
  br label %"cut.header"
cut.var_max:
  %".63" = trunc i64 %"cursor.1" to i16
  %".64" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".63", ptr %".64", align 2
  br label %"return"
cut.var_max.endif:
  %".67" = add i64 %".60", 2
  %".68" = add i64 %"cursor.1", %".67"
  %".69" = getelementptr i8, ptr %"data.4", i64 %"cursor.1"
  %".70" = getelementptr i8, ptr %".69", i64 %".67"
  %".71" = icmp ugt ptr %".70", %"data_end.4"
  br i1 %".71", label %"cut.copy_last_byte", label %"cut.variable_part", !prof !0
cut.variable_part:
  %"data.6" = phi  ptr [%"data.4", %"cut.var_max.endif"], [%"data.5", %"cut.copy_last_byte_failed.endif"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"cut.var_max.endif"], [%"data_end.5", %"cut.copy_last_byte_failed.endif"]
  %"keys.6" = phi  ptr [%"keys.4", %"cut.var_max.endif"], [%"keys.5", %"cut.copy_last_byte_failed.endif"]
  %"end" = add i64 %"cursor.1", %".67"
  %".92" = zext i8 %"w0_1" to i64
  switch i64 %".92", label %"cut.unknown" [i64 6, label %"cut.to_short_ports"]
cut.copy_last_byte:
  %".73" = add i64 %"cursor.1", %".67"
  %".74" = sub i64 %".73", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".75" = trunc i64 %".74" to i32
  %".76" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".75", i64* %"last_byte", i32 1)
  %".77" = icmp eq i64 %".76", 0
  %".78" = getelementptr i8, ptr %"ctx.2", i64 76
  %".79" = load i32, ptr %".78", align 4
  %".80" = zext i32 %".79" to i64
  %"data.5" = inttoptr i64 %".80" to ptr
  %".81" = getelementptr i8, ptr %"ctx.2", i64 80
  %".82" = load i32, ptr %".81", align 4
  %".83" = zext i32 %".82" to i64
  %"data_end.5" = inttoptr i64 %".83" to ptr
  %".84" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.5" = load ptr, ptr %".84", align 8
  %".85" = xor i1 %".77", -1
  br i1 %".85", label %"cut.copy_last_byte_failed", label %"cut.copy_last_byte_failed.endif"
cut.copy_last_byte_failed:
  %".87" = trunc i64 %".68" to i16
  %".88" = getelementptr i8, ptr %"keys.5", i64 2
  store i16 %".87", ptr %".88", align 2
  br label %"return"
cut.copy_last_byte_failed.endif:
  br label %"cut.variable_part"
cut.unknown:
  %".94" = trunc i64 %"end" to i16
  %".95" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".94", ptr %".95", align 2
  br label %"return"
cut.to_short_ports:
  br label %"short_ports"
short_ports:
  %"cursor.2" = phi  i64 [%"end", %"cut.to_short_ports"]
  %"data.7" = phi  ptr [%"data.6", %"cut.to_short_ports"]
  %"data_end.7" = phi  ptr [%"data_end.6", %"cut.to_short_ports"]
  %"keys.7" = phi  ptr [%"keys.6", %"cut.to_short_ports"]
  %"hdr.1" = getelementptr i8, ptr %"data.7", i64 %"cursor.2"
  %".99" = getelementptr i8, ptr %"hdr.1", i64 4
  %".100" = icmp ugt ptr %".99", %"data_end.7"
  br i1 %".100", label %"short_ports.copy", label %"short_ports.linear", !prof !0
short_ports.linear:
  %".102" = getelementptr i8, ptr %"hdr.1", i64 0
  %".103" = load i16, ptr %".102", align 2
  %".104" = getelementptr i8, ptr %"hdr.1", i64 2
  %".105" = load i16, ptr %".104", align 2
  br label %"short_ports.header"
short_ports.header:
  %"w0_2" = phi  i16 [%".103", %"short_ports.linear"], [%".124", %"short_ports.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".105", %"short_ports.linear"], [%".126", %"short_ports.copy_failed.endif"]
  %"data.9" = phi  ptr [%"data.7", %"short_ports.linear"], [%"data.8", %"short_ports.copy_failed.endif"]
  %"data_end.9" = phi  ptr [%"data_end.7", %"short_ports.linear"], [%"data_end.8", %"short_ports.copy_failed.endif"]
  %"keys.9" = phi  ptr [%"keys.7", %"short_ports.linear"], [%"keys.8", %"short_ports.copy_failed.endif"]
  %".128" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".129" = zext i16 %".128" to i64
  %".130" = trunc i64 %".129" to i16
  %".131" = call i16 @"llvm.bswap.i16"(i16 %".130")
  %".132" = getelementptr i8, ptr %"keys.9", i64 12
  store i16 %".131", ptr %".132", align 2
  %".134" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".135" = zext i16 %".134" to i64
  %".136" = trunc i64 %".135" to i16
  %".137" = call i16 @"llvm.bswap.i16"(i16 %".136")
  %".138" = getelementptr i8, ptr %"keys.9", i64 14
  store i16 %".137", ptr %".138", align 2
  %".140" = add i64 %"cursor.2", 4
  %".141" = trunc i64 %"cursor.2" to i16
  %".142" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".141", ptr %".142", align 2
  br label %"return"
short_ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".107" = trunc i64 %"cursor.2" to i32
  %".108" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".107", [4 x i8]* %"header_copy", i32 4)
  %".109" = icmp eq i64 %".108", 0
  %".110" = getelementptr i8, ptr %"ctx.3", i64 76
  %".111" = load i32, ptr %".110", align 4
  %".112" = zext i32 %".111" to i64
  %"data.8" = inttoptr i64 %".112" to ptr
  %".113" = getelementptr i8, ptr %"ctx.3", i64 80
  %".114" = load i32, ptr %".113", align 4
  %".115" = zext i32 %".114" to i64
  %"data_end.8" = inttoptr i64 %".115" to ptr
  %".116" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.8" = load ptr, ptr %".116", align 8
  %".117" = xor i1 %".109", -1
  br i1 %".117", label %"short_ports.copy_failed", label %"short_ports.copy_failed.endif"
short_ports.copy_failed:
  %".119" = trunc i64 %"cursor.2" to i16
  %".120" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".119", ptr %".120", align 2
  br label %"return"
short_ports.copy_failed.endif:
  %".123" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".124" = load volatile i16, [4 x i8]* %".123", align 2
  %".125" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".126" = load volatile i16, [4 x i8]* %".125", align 2
  br label %"short_ports.header"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }