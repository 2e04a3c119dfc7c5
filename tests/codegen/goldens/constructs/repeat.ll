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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry.unknown"], [2, %"tag_tags1.copy_failed"], [2, %"tag_tags1.unknown"], [2, %"tag_tags2.copy_failed"], [2, %"tag_tags2.unknown"], [2, %"tag_tags2.to_tag"], [2, %"ports.copy_failed"], [0, %"ports.header"], [129, %"widening.beyond"]
  ret i32 %"verdict"
entry.continue:
  br label %"return"
entry.1:
  %"cursor" = phi  i64 [%"nhoff", %"program"]
  %"data.1" = phi  ptr [%"data", %"program"]
  %"data_end.1" = phi  ptr [%"data_end", %"program"]
  %"keys.1" = phi  ptr [%"keys", %"program"]
  %".26" = add i64 %"cursor", 0
  switch i64 %"n_proto", label %"entry.unknown" [i64 34997, label %"entry.to_tag"]
entry.to_tag:
  br label %"tag_tags1"
tag_tags1:
  %"cursor.1" = phi  i64 [%".26", %"entry.to_tag"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_tag"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_tag"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_tag"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".33" = getelementptr i8, ptr %"hdr", i64 4
  %".34" = icmp ugt ptr %".33", %"data_end.2"
  br i1 %".34", label %"tag_tags1.copy", label %"tag_tags1.linear", !prof !0
tag_tags1.linear:
  %".36" = getelementptr i8, ptr %"hdr", i64 2
  %".37" = load i16, ptr %".36", align 2
  br label %"tag_tags1.header"
tag_tags1.header:
  %"w2_2" = phi  i16 [%".37", %"tag_tags1.linear"], [%".56", %"tag_tags1.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"tag_tags1.linear"], [%"data.3", %"tag_tags1.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"tag_tags1.linear"], [%"data_end.3", %"tag_tags1.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"tag_tags1.linear"], [%"keys.3", %"tag_tags1.copy_failed.endif"]
  %".58" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".59" = zext i16 %".58" to i64
  %".60" = trunc i64 %".59" to i16
  %".61" = call i16 @"llvm.bswap.i16"(i16 %".60")
  %".62" = getelementptr i8, ptr %"keys.4", i64 10
  store i16 %".61", ptr %".62", align 2
  %".64" = add i64 %"cursor.1", 4
  %".65" = trunc i64 %".64" to i16
  %".66" = getelementptr i8, ptr %"keys.4", i64 0
  store i16 %".65", ptr %".66", align 2
  %".68" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".69" = zext i16 %".68" to i64
  switch i64 %".69", label %"tag_tags1.unknown" [i64 34997, label %"tag_tags1.to_tag" i64 6, label %"tag_tags1.to_ports"]
tag_tags1.to_tag:
  br label %"tag_tags2"
tag_tags2:
  %"cursor.2" = phi  i64 [%".64", %"tag_tags1.to_tag"]
  %"data.5" = phi  ptr [%"data.4", %"tag_tags1.to_tag"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"tag_tags1.to_tag"]
  %"keys.5" = phi  ptr [%"keys.4", %"tag_tags1.to_tag"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".77" = getelementptr i8, ptr %"hdr.1", i64 4
  %".78" = icmp ugt ptr %".77", %"data_end.5"
  br i1 %".78", label %"tag_tags2.copy", label %"tag_tags2.linear", !prof !0
tag_tags2.linear:
  %".80" = getelementptr i8, ptr %"hdr.1", i64 2
  %".81" = load i16, ptr %".80", align 2
  br label %"tag_tags2.header"
tag_tags2.header:
  %"w2_2.1" = phi  i16 [%".81", %"tag_tags2.linear"], [%".100", %"tag_tags2.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"tag_tags2.linear"], [%"data.7", %"tag_tags2.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"tag_tags2.linear"], [%"data_end.7", %"tag_tags2.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"tag_tags2.linear"], [%"keys.7", %"tag_tags2.copy_failed.endif"]
  %".102" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".103" = zext i16 %".102" to i64
  %".104" = trunc i64 %".103" to i16
  %".105" = call i16 @"llvm.bswap.i16"(i16 %".104")
  %".106" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %".105", ptr %".106", align 2
  %".108" = add i64 %"cursor.2", 4
  %".109" = trunc i64 %".108" to i16
  %".110" = getelementptr i8, ptr %"keys.8", i64 0
  store i16 %".109", ptr %".110", align 2
  %".112" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".113" = zext i16 %".112" to i64
  switch i64 %".113", label %"tag_tags2.unknown" [i64 34997, label %"tag_tags2.to_tag" i64 6, label %"tag_tags2.to_ports"]
tag_tags2.to_tag:
  %".119" = trunc i64 %".108" to i16
  %".120" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".119", ptr %".120", align 2
  br label %"return"
entry.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
  br label %"return"
tag_tags1.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".39" = trunc i64 %"cursor.1" to i32
  %".40" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".39", [4 x i8]* %"header_copy", i32 4)
  %".41" = icmp eq i64 %".40", 0
  %".42" = getelementptr i8, ptr %"ctx.1", i64 76
  %".43" = load i32, ptr %".42", align 4
  %".44" = zext i32 %".43" to i64
  %"data.3" = inttoptr i64 %".44" to ptr
  %".45" = getelementptr i8, ptr %"ctx.1", i64 80
  %".46" = load i32, ptr %".45", align 4
  %".47" = zext i32 %".46" to i64
  %"data_end.3" = inttoptr i64 %".47" to ptr
  %".48" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".48", align 8
  %".49" = xor i1 %".41", -1
  br i1 %".49", label %"tag_tags1.copy_failed", label %"tag_tags1.copy_failed.endif"
tag_tags1.copy_failed:
  %".51" = trunc i64 %"cursor.1" to i16
  %".52" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".51", ptr %".52", align 2
  br label %"return"
tag_tags1.copy_failed.endif:
  %".55" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".56" = load volatile i16, [4 x i8]* %".55", align 2
  br label %"tag_tags1.header"
tag_tags1.unknown:
  %".71" = trunc i64 %".64" to i16
  %".72" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".71", ptr %".72", align 2
  br label %"return"
tag_tags1.to_ports:
  br label %"ports"
ports:
  %"cursor.3" = phi  i64 [%".64", %"tag_tags1.to_ports"], [%".108", %"tag_tags2.to_ports"]
  %"data.6" = phi  ptr [%"data.4", %"tag_tags1.to_ports"], [%"data.8", %"tag_tags2.to_ports"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"tag_tags1.to_ports"], [%"data_end.8", %"tag_tags2.to_ports"]
  %"keys.6" = phi  ptr [%"keys.4", %"tag_tags1.to_ports"], [%"keys.8", %"tag_tags2.to_ports"]
  %"hdr.2" = getelementptr i8, ptr %"data.6", i64 %"cursor.3"
  %".124" = getelementptr i8, ptr %"hdr.2", i64 4
  %".125" = icmp ugt ptr %".124", %"data_end.6"
  br i1 %".125", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".127" = getelementptr i8, ptr %"hdr.2", i64 0
  %".128" = load i16, ptr %".127", align 2
  %".129" = getelementptr i8, ptr %"hdr.2", i64 2
  %".130" = load i16, ptr %".129", align 2
  br label %"ports.header"
ports.header:
  %"w0_2" = phi  i16 [%".128", %"ports.linear"], [%".149", %"ports.copy_failed.endif"]
  %"w2_2.2" = phi  i16 [%".130", %"ports.linear"], [%".151", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.6", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.6", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.6", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".153" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".154" = zext i16 %".153" to i64
  %".155" = trunc i64 %".154" to i16
  %".156" = call i16 @"llvm.bswap.i16"(i16 %".155")
  %".157" = getelementptr i8, ptr %"keys.10", i64 12
  store i16 %".156", ptr %".157", align 2
  %".159" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".160" = zext i16 %".159" to i64
  %".161" = trunc i64 %".160" to i16
  %".162" = call i16 @"llvm.bswap.i16"(i16 %".161")
  %".163" = getelementptr i8, ptr %"keys.10", i64 14
  store i16 %".162", ptr %".163", align 2
  %".165" = add i64 %"cursor.3", 4
  %".166" = trunc i64 %"cursor.3" to i16
  %".167" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".166", ptr %".167", align 2
  br label %"return"
tag_tags2.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".83" = trunc i64 %"cursor.2" to i32
  %".84" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".83", [4 x i8]* %"header_copy", i32 4)
  %".85" = icmp eq i64 %".84", 0
  %".86" = getelementptr i8, ptr %"ctx.2", i64 76
  %".87" = load i32, ptr %".86", align 4
  %".88" = zext i32 %".87" to i64
  %"data.7" = inttoptr i64 %".88" to ptr
  %".89" = getelementptr i8, ptr %"ctx.2", i64 80
  %".90" = load i32, ptr %".89", align 4
  %".91" = zext i32 %".90" to i64
  %"data_end.7" = inttoptr i64 %".91" to ptr
  %".92" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".92", align 8
  %".93" = xor i1 %".85", -1
  br i1 %".93", label %"tag_tags2.copy_failed", label %"tag_tags2.copy_failed.endif"
tag_tags2.copy_failed:
  %".95" = trunc i64 %"cursor.2" to i16
  %".96" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".95", ptr %".96", align 2
  br label %"return"
tag_tags2.copy_failed.endif:
  %".99" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".100" = load volatile i16, [4 x i8]* %".99", align 2
  br label %"tag_tags2.header"
tag_tags2.unknown:
  %".115" = trunc i64 %".108" to i16
  %".116" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".115", ptr %".116", align 2
  br label %"return"
tag_tags2.to_ports:
  br label %"ports"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".132" = trunc i64 %"cursor.3" to i32
  %".133" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".132", [4 x i8]* %"header_copy", i32 4)
  %".134" = icmp eq i64 %".133", 0
  %".135" = getelementptr i8, ptr %"ctx.3", i64 76
  %".136" = load i32, ptr %".135", align 4
  %".137" = zext i32 %".136" to i64
  %"data.9" = inttoptr i64 %".137" to ptr
  %".138" = getelementptr i8, ptr %"ctx.3", i64 80
  %".139" = load i32, ptr %".138", align 4
  %".140" = zext i32 %".139" to i64
  %"data_end.9" = inttoptr i64 %".140" to ptr
  %".141" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".141", align 8
  %".142" = xor i1 %".134", -1
  br i1 %".142", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".144" = trunc i64 %"cursor.3" to i16
  %".145" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".144", ptr %".145", align 2
  br label %"return"
ports.copy_failed.endif:
  %".148" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".149" = load volatile i16, [4 x i8]* %".148", align 2
  %".150" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".151" = load volatile i16, [4 x i8]* %".150", align 2
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }