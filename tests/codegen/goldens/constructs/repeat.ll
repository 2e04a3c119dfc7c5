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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry.unknown"], [2, %"tag_tags1.copy_failed"], [2, %"tag_tags1.unknown"], [2, %"tag_tags2.copy_failed"], [2, %"tag_tags2.unknown"], [2, %"tag_tags2.to_tag"], [2, %"ports.copy_failed"], [0, %"ports.header"]
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
  switch i64 %"n_proto", label %"entry.unknown" [i64 34997, label %"entry.to_tag"]
entry.unknown:
  %".23" = trunc i64 %".21" to i16
  %".24" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".23", ptr %".24", align 2
  br label %"return"
entry.to_tag:
  br label %"tag_tags1"
tag_tags1:
  %"cursor.1" = phi  i64 [%".21", %"entry.to_tag"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_tag"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_tag"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_tag"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".28" = getelementptr i8, ptr %"hdr", i64 4
  %".29" = icmp ugt ptr %".28", %"data_end.2"
  br i1 %".29", label %"tag_tags1.copy", label %"tag_tags1.linear", !prof !0
tag_tags1.linear:
  %".31" = getelementptr i8, ptr %"hdr", i64 2
  %".32" = load i16, ptr %".31", align 2
  br label %"tag_tags1.header"
tag_tags1.header:
  %"w2_2" = phi  i16 [%".32", %"tag_tags1.linear"], [%".51", %"tag_tags1.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"tag_tags1.linear"], [%"data.3", %"tag_tags1.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"tag_tags1.linear"], [%"data_end.3", %"tag_tags1.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"tag_tags1.linear"], [%"keys.3", %"tag_tags1.copy_failed.endif"]
  %".53" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".54" = zext i16 %".53" to i64
  %".55" = trunc i64 %".54" to i16
  %".56" = call i16 @"llvm.bswap.i16"(i16 %".55")
  %".57" = getelementptr i8, ptr %"keys.4", i64 10
  store i16 %".56", ptr %".57", align 2
  %".59" = add i64 %"cursor.1", 4
  %".60" = trunc i64 %".59" to i16
  %".61" = getelementptr i8, ptr %"keys.4", i64 0
  store i16 %".60", ptr %".61", align 2
  %".63" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".64" = zext i16 %".63" to i64
  switch i64 %".64", label %"tag_tags1.unknown" [i64 34997, label %"tag_tags1.to_tag" i64 6, label %"tag_tags1.to_ports"]
tag_tags1.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".34" = trunc i64 %"cursor.1" to i32
  %".35" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".34", [4 x i8]* %"header_copy", i32 4)
  %".36" = icmp eq i64 %".35", 0
  %".37" = getelementptr i8, ptr %"ctx.1", i64 76
  %".38" = load i32, ptr %".37", align 4
  %".39" = zext i32 %".38" to i64
  %"data.3" = inttoptr i64 %".39" to ptr
  %".40" = getelementptr i8, ptr %"ctx.1", i64 80
  %".41" = load i32, ptr %".40", align 4
  %".42" = zext i32 %".41" to i64
  %"data_end.3" = inttoptr i64 %".42" to ptr
  %".43" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".43", align 8
  %".44" = xor i1 %".36", -1
  br i1 %".44", label %"tag_tags1.copy_failed", label %"tag_tags1.copy_failed.endif"
tag_tags1.copy_failed:
  %".46" = trunc i64 %"cursor.1" to i16
  %".47" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".46", ptr %".47", align 2
  br label %"return"
tag_tags1.copy_failed.endif:
  %".50" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".51" = load volatile i16, [4 x i8]* %".50", align 2
  br label %"tag_tags1.header"
tag_tags1.unknown:
  %".66" = trunc i64 %".59" to i16
  %".67" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".66", ptr %".67", align 2
  br label %"return"
tag_tags1.to_tag:
  br label %"tag_tags2"
tag_tags1.to_ports:
  br label %"ports"
tag_tags2:
  %"cursor.2" = phi  i64 [%".59", %"tag_tags1.to_tag"]
  %"data.5" = phi  ptr [%"data.4", %"tag_tags1.to_tag"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"tag_tags1.to_tag"]
  %"keys.5" = phi  ptr [%"keys.4", %"tag_tags1.to_tag"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".72" = getelementptr i8, ptr %"hdr.1", i64 4
  %".73" = icmp ugt ptr %".72", %"data_end.5"
  br i1 %".73", label %"tag_tags2.copy", label %"tag_tags2.linear", !prof !0
tag_tags2.linear:
  %".75" = getelementptr i8, ptr %"hdr.1", i64 2
  %".76" = load i16, ptr %".75", align 2
  br label %"tag_tags2.header"
tag_tags2.header:
  %"w2_2.1" = phi  i16 [%".76", %"tag_tags2.linear"], [%".95", %"tag_tags2.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"tag_tags2.linear"], [%"data.7", %"tag_tags2.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"tag_tags2.linear"], [%"data_end.7", %"tag_tags2.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"tag_tags2.linear"], [%"keys.7", %"tag_tags2.copy_failed.endif"]
  %".97" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".98" = zext i16 %".97" to i64
  %".99" = trunc i64 %".98" to i16
  %".100" = call i16 @"llvm.bswap.i16"(i16 %".99")
  %".101" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %".100", ptr %".101", align 2
  %".103" = add i64 %"cursor.2", 4
  %".104" = trunc i64 %".103" to i16
  %".105" = getelementptr i8, ptr %"keys.8", i64 0
  store i16 %".104", ptr %".105", align 2
  %".107" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".108" = zext i16 %".107" to i64
  switch i64 %".108", label %"tag_tags2.unknown" [i64 34997, label %"tag_tags2.to_tag" i64 6, label %"tag_tags2.to_ports"]
ports:
  %"cursor.3" = phi  i64 [%".59", %"tag_tags1.to_ports"], [%".103", %"tag_tags2.to_ports"]
  %"data.6" = phi  ptr [%"data.4", %"tag_tags1.to_ports"], [%"data.8", %"tag_tags2.to_ports"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"tag_tags1.to_ports"], [%"data_end.8", %"tag_tags2.to_ports"]
  %"keys.6" = phi  ptr [%"keys.4", %"tag_tags1.to_ports"], [%"keys.8", %"tag_tags2.to_ports"]
  %"hdr.2" = getelementptr i8, ptr %"data.6", i64 %"cursor.3"
  %".119" = getelementptr i8, ptr %"hdr.2", i64 4
  %".120" = icmp ugt ptr %".119", %"data_end.6"
  br i1 %".120", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".122" = getelementptr i8, ptr %"hdr.2", i64 0
  %".123" = load i16, ptr %".122", align 2
  %".124" = getelementptr i8, ptr %"hdr.2", i64 2
  %".125" = load i16, ptr %".124", align 2
  br label %"ports.header"
ports.header:
  %"w0_2" = phi  i16 [%".123", %"ports.linear"], [%".144", %"ports.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".125", %"ports.linear"], [%".146", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.6", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.6", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.6", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".148" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".149" = zext i16 %".148" to i64
  %".150" = trunc i64 %".149" to i16
  %".151" = call i16 @"llvm.bswap.i16"(i16 %".150")
  %".152" = getelementptr i8, ptr %"keys.10", i64 12
  store i16 %".151", ptr %".152", align 2
  %".154" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".155" = zext i16 %".154" to i64
  %".156" = trunc i64 %".155" to i16
  %".157" = call i16 @"llvm.bswap.i16"(i16 %".156")
  %".158" = getelementptr i8, ptr %"keys.10", i64 14
  store i16 %".157", ptr %".158", align 2
  %".160" = add i64 %"cursor.3", 4
  %".161" = trunc i64 %"cursor.3" to i16
  %".162" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".161", ptr %".162", align 2
  br label %"return"
tag_tags2.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".78" = trunc i64 %"cursor.2" to i32
  %".79" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".78", [4 x i8]* %"header_copy", i32 4)
  %".80" = icmp eq i64 %".79", 0
  %".81" = getelementptr i8, ptr %"ctx.2", i64 76
  %".82" = load i32, ptr %".81", align 4
  %".83" = zext i32 %".82" to i64
  %"data.7" = inttoptr i64 %".83" to ptr
  %".84" = getelementptr i8, ptr %"ctx.2", i64 80
  %".85" = load i32, ptr %".84", align 4
  %".86" = zext i32 %".85" to i64
  %"data_end.7" = inttoptr i64 %".86" to ptr
  %".87" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".87", align 8
  %".88" = xor i1 %".80", -1
  br i1 %".88", label %"tag_tags2.copy_failed", label %"tag_tags2.copy_failed.endif"
tag_tags2.copy_failed:
  %".90" = trunc i64 %"cursor.2" to i16
  %".91" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".90", ptr %".91", align 2
  br label %"return"
tag_tags2.copy_failed.endif:
  %".94" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".95" = load volatile i16, [4 x i8]* %".94", align 2
  br label %"tag_tags2.header"
tag_tags2.unknown:
  %".110" = trunc i64 %".103" to i16
  %".111" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".110", ptr %".111", align 2
  br label %"return"
tag_tags2.to_tag:
  %".114" = trunc i64 %".103" to i16
  %".115" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".114", ptr %".115", align 2
  br label %"return"
tag_tags2.to_ports:
  br label %"ports"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".127" = trunc i64 %"cursor.3" to i32
  %".128" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".127", [4 x i8]* %"header_copy", i32 4)
  %".129" = icmp eq i64 %".128", 0
  %".130" = getelementptr i8, ptr %"ctx.3", i64 76
  %".131" = load i32, ptr %".130", align 4
  %".132" = zext i32 %".131" to i64
  %"data.9" = inttoptr i64 %".132" to ptr
  %".133" = getelementptr i8, ptr %"ctx.3", i64 80
  %".134" = load i32, ptr %".133", align 4
  %".135" = zext i32 %".134" to i64
  %"data_end.9" = inttoptr i64 %".135" to ptr
  %".136" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".136", align 8
  %".137" = xor i1 %".129", -1
  br i1 %".137", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".139" = trunc i64 %"cursor.3" to i16
  %".140" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".139", ptr %".140", align 2
  br label %"return"
ports.copy_failed.endif:
  %".143" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".144" = load volatile i16, [4 x i8]* %".143", align 2
  %".145" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".146" = load volatile i16, [4 x i8]* %".145", align 2
  br label %"ports.header"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }