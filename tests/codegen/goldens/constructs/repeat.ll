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
  switch i16 %".15", label %"entry.unknown" [i16 46472, label %"entry.to_tag"]
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
  %".58" = getelementptr i8, ptr %"keys.4", i64 10
  store i16 %"w2_2", ptr %".58", align 2
  %".60" = add i64 %"cursor.1", 4
  %".61" = trunc i64 %".60" to i16
  %".62" = getelementptr i8, ptr %"keys.4", i64 0
  store i16 %".61", ptr %".62", align 2
  %".64" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".65" = zext i16 %".64" to i64
  switch i16 %"w2_2", label %"tag_tags1.unknown" [i16 46472, label %"tag_tags1.to_tag" i16 1536, label %"tag_tags1.to_ports"]
tag_tags1.to_tag:
  br label %"tag_tags2"
tag_tags2:
  %"cursor.2" = phi  i64 [%".60", %"tag_tags1.to_tag"]
  %"data.5" = phi  ptr [%"data.4", %"tag_tags1.to_tag"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"tag_tags1.to_tag"]
  %"keys.5" = phi  ptr [%"keys.4", %"tag_tags1.to_tag"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".73" = getelementptr i8, ptr %"hdr.1", i64 4
  %".74" = icmp ugt ptr %".73", %"data_end.5"
  br i1 %".74", label %"tag_tags2.copy", label %"tag_tags2.linear", !prof !0
tag_tags2.linear:
  %".76" = getelementptr i8, ptr %"hdr.1", i64 2
  %".77" = load i16, ptr %".76", align 2
  br label %"tag_tags2.header"
tag_tags2.header:
  %"w2_2.1" = phi  i16 [%".77", %"tag_tags2.linear"], [%".96", %"tag_tags2.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"tag_tags2.linear"], [%"data.7", %"tag_tags2.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"tag_tags2.linear"], [%"data_end.7", %"tag_tags2.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"tag_tags2.linear"], [%"keys.7", %"tag_tags2.copy_failed.endif"]
  %".98" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %"w2_2.1", ptr %".98", align 2
  %".100" = add i64 %"cursor.2", 4
  %".101" = trunc i64 %".100" to i16
  %".102" = getelementptr i8, ptr %"keys.8", i64 0
  store i16 %".101", ptr %".102", align 2
  %".104" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".105" = zext i16 %".104" to i64
  switch i16 %"w2_2.1", label %"tag_tags2.unknown" [i16 46472, label %"tag_tags2.to_tag" i16 1536, label %"tag_tags2.to_ports"]
tag_tags2.to_tag:
  %".111" = trunc i64 %".100" to i16
  %".112" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".111", ptr %".112", align 2
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
  %".67" = trunc i64 %".60" to i16
  %".68" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".67", ptr %".68", align 2
  br label %"return"
tag_tags1.to_ports:
  br label %"ports"
ports:
  %"cursor.3" = phi  i64 [%".60", %"tag_tags1.to_ports"], [%".100", %"tag_tags2.to_ports"]
  %"data.6" = phi  ptr [%"data.4", %"tag_tags1.to_ports"], [%"data.8", %"tag_tags2.to_ports"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"tag_tags1.to_ports"], [%"data_end.8", %"tag_tags2.to_ports"]
  %"keys.6" = phi  ptr [%"keys.4", %"tag_tags1.to_ports"], [%"keys.8", %"tag_tags2.to_ports"]
  %"hdr.2" = getelementptr i8, ptr %"data.6", i64 %"cursor.3"
  %".116" = getelementptr i8, ptr %"hdr.2", i64 4
  %".117" = icmp ugt ptr %".116", %"data_end.6"
  br i1 %".117", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".119" = getelementptr i8, ptr %"hdr.2", i64 0
  %".120" = load i32, ptr %".119", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".120", %"ports.linear"], [%".139", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.6", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.6", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.6", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".141" = getelementptr i8, ptr %"keys.10", i64 12
  store i32 %"w0_4", ptr %".141", align 4
  %".143" = add i64 %"cursor.3", 4
  %".144" = trunc i64 %"cursor.3" to i16
  %".145" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".144", ptr %".145", align 2
  br label %"return"
tag_tags2.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".79" = trunc i64 %"cursor.2" to i32
  %".80" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".79", [4 x i8]* %"header_copy", i32 4)
  %".81" = icmp eq i64 %".80", 0
  %".82" = getelementptr i8, ptr %"ctx.2", i64 76
  %".83" = load i32, ptr %".82", align 4
  %".84" = zext i32 %".83" to i64
  %"data.7" = inttoptr i64 %".84" to ptr
  %".85" = getelementptr i8, ptr %"ctx.2", i64 80
  %".86" = load i32, ptr %".85", align 4
  %".87" = zext i32 %".86" to i64
  %"data_end.7" = inttoptr i64 %".87" to ptr
  %".88" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".88", align 8
  %".89" = xor i1 %".81", -1
  br i1 %".89", label %"tag_tags2.copy_failed", label %"tag_tags2.copy_failed.endif"
tag_tags2.copy_failed:
  %".91" = trunc i64 %"cursor.2" to i16
  %".92" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".91", ptr %".92", align 2
  br label %"return"
tag_tags2.copy_failed.endif:
  %".95" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".96" = load volatile i16, [4 x i8]* %".95", align 2
  br label %"tag_tags2.header"
tag_tags2.unknown:
  %".107" = trunc i64 %".100" to i16
  %".108" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".107", ptr %".108", align 2
  br label %"return"
tag_tags2.to_ports:
  br label %"ports"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".122" = trunc i64 %"cursor.3" to i32
  %".123" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".122", [4 x i8]* %"header_copy", i32 4)
  %".124" = icmp eq i64 %".123", 0
  %".125" = getelementptr i8, ptr %"ctx.3", i64 76
  %".126" = load i32, ptr %".125", align 4
  %".127" = zext i32 %".126" to i64
  %"data.9" = inttoptr i64 %".127" to ptr
  %".128" = getelementptr i8, ptr %"ctx.3", i64 80
  %".129" = load i32, ptr %".128", align 4
  %".130" = zext i32 %".129" to i64
  %"data_end.9" = inttoptr i64 %".130" to ptr
  %".131" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".131", align 8
  %".132" = xor i1 %".124", -1
  br i1 %".132", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".134" = trunc i64 %"cursor.3" to i16
  %".135" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".134", ptr %".135", align 2
  br label %"return"
ports.copy_failed.endif:
  %".138" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".139" = load volatile i32, [4 x i8]* %".138", align 4
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }