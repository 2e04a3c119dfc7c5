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
  %".27" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".15")
  %".28" = icmp eq i16 %".27", 46472
  br i1 %".28", label %"entry.to_tag", label %"entry.select"
entry.to_tag:
  br label %"tag_tags1"
tag_tags1:
  %"cursor.1" = phi  i64 [%".26", %"entry.to_tag"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_tag"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_tag"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_tag"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".36" = getelementptr i8, ptr %"hdr", i64 4
  %".37" = icmp ugt ptr %".36", %"data_end.2"
  br i1 %".37", label %"tag_tags1.copy", label %"tag_tags1.linear", !prof !0
tag_tags1.linear:
  %".39" = getelementptr i8, ptr %"hdr", i64 2
  %".40" = load i16, ptr %".39", align 2
  br label %"tag_tags1.header"
tag_tags1.header:
  %"w2_2" = phi  i16 [%".40", %"tag_tags1.linear"], [%".59", %"tag_tags1.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"tag_tags1.linear"], [%"data.3", %"tag_tags1.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"tag_tags1.linear"], [%"data_end.3", %"tag_tags1.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"tag_tags1.linear"], [%"keys.3", %"tag_tags1.copy_failed.endif"]
  %".61" = getelementptr i8, ptr %"keys.4", i64 10
  store i16 %"w2_2", ptr %".61", align 2
  %".63" = add i64 %"cursor.1", 4
  %".64" = trunc i64 %".63" to i16
  %".65" = getelementptr i8, ptr %"keys.4", i64 0
  store i16 %".64", ptr %".65", align 2
  %".67" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".68" = zext i16 %".67" to i64
  %".69" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2")
  %".70" = icmp eq i16 %".69", 46472
  br i1 %".70", label %"tag_tags1.to_tag", label %"tag_tags1.select"
tag_tags1.to_tag:
  br label %"tag_tags2"
tag_tags2:
  %"cursor.2" = phi  i64 [%".63", %"tag_tags1.to_tag"]
  %"data.5" = phi  ptr [%"data.4", %"tag_tags1.to_tag"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"tag_tags1.to_tag"]
  %"keys.5" = phi  ptr [%"keys.4", %"tag_tags1.to_tag"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".82" = getelementptr i8, ptr %"hdr.1", i64 4
  %".83" = icmp ugt ptr %".82", %"data_end.5"
  br i1 %".83", label %"tag_tags2.copy", label %"tag_tags2.linear", !prof !0
tag_tags2.linear:
  %".85" = getelementptr i8, ptr %"hdr.1", i64 2
  %".86" = load i16, ptr %".85", align 2
  br label %"tag_tags2.header"
tag_tags2.header:
  %"w2_2.1" = phi  i16 [%".86", %"tag_tags2.linear"], [%".105", %"tag_tags2.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"tag_tags2.linear"], [%"data.7", %"tag_tags2.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"tag_tags2.linear"], [%"data_end.7", %"tag_tags2.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"tag_tags2.linear"], [%"keys.7", %"tag_tags2.copy_failed.endif"]
  %".107" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %"w2_2.1", ptr %".107", align 2
  %".109" = add i64 %"cursor.2", 4
  %".110" = trunc i64 %".109" to i16
  %".111" = getelementptr i8, ptr %"keys.8", i64 0
  store i16 %".110", ptr %".111", align 2
  %".113" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".114" = zext i16 %".113" to i64
  %".115" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2.1")
  %".116" = icmp eq i16 %".115", 46472
  br i1 %".116", label %"tag_tags2.to_tag", label %"tag_tags2.select"
tag_tags2.to_tag:
  %".126" = trunc i64 %".109" to i16
  %".127" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".126", ptr %".127", align 2
  br label %"return"
entry.unknown:
  %".31" = trunc i64 %".26" to i16
  %".32" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".31", ptr %".32", align 2
  br label %"return"
entry.select:
  br label %"entry.unknown"
tag_tags1.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".42" = trunc i64 %"cursor.1" to i32
  %".43" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".42", [4 x i8]* %"header_copy", i32 4)
  %".44" = icmp eq i64 %".43", 0
  %".45" = getelementptr i8, ptr %"ctx.1", i64 76
  %".46" = load i32, ptr %".45", align 4
  %".47" = zext i32 %".46" to i64
  %"data.3" = inttoptr i64 %".47" to ptr
  %".48" = getelementptr i8, ptr %"ctx.1", i64 80
  %".49" = load i32, ptr %".48", align 4
  %".50" = zext i32 %".49" to i64
  %"data_end.3" = inttoptr i64 %".50" to ptr
  %".51" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".51", align 8
  %".52" = xor i1 %".44", -1
  br i1 %".52", label %"tag_tags1.copy_failed", label %"tag_tags1.copy_failed.endif"
tag_tags1.copy_failed:
  %".54" = trunc i64 %"cursor.1" to i16
  %".55" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".54", ptr %".55", align 2
  br label %"return"
tag_tags1.copy_failed.endif:
  %".58" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".59" = load volatile i16, [4 x i8]* %".58", align 2
  br label %"tag_tags1.header"
tag_tags1.unknown:
  %".76" = trunc i64 %".63" to i16
  %".77" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".76", ptr %".77", align 2
  br label %"return"
tag_tags1.to_ports:
  br label %"ports"
tag_tags1.select:
  %".72" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2")
  %".73" = icmp eq i16 %".72", 1536
  br i1 %".73", label %"tag_tags1.to_ports", label %"tag_tags1.select.1"
tag_tags1.select.1:
  br label %"tag_tags1.unknown"
ports:
  %"cursor.3" = phi  i64 [%".63", %"tag_tags1.to_ports"], [%".109", %"tag_tags2.to_ports"]
  %"data.6" = phi  ptr [%"data.4", %"tag_tags1.to_ports"], [%"data.8", %"tag_tags2.to_ports"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"tag_tags1.to_ports"], [%"data_end.8", %"tag_tags2.to_ports"]
  %"keys.6" = phi  ptr [%"keys.4", %"tag_tags1.to_ports"], [%"keys.8", %"tag_tags2.to_ports"]
  %"hdr.2" = getelementptr i8, ptr %"data.6", i64 %"cursor.3"
  %".131" = getelementptr i8, ptr %"hdr.2", i64 4
  %".132" = icmp ugt ptr %".131", %"data_end.6"
  br i1 %".132", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".134" = getelementptr i8, ptr %"hdr.2", i64 0
  %".135" = load i32, ptr %".134", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".135", %"ports.linear"], [%".154", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.6", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.6", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.6", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".156" = getelementptr i8, ptr %"keys.10", i64 12
  store i32 %"w0_4", ptr %".156", align 4
  %".158" = add i64 %"cursor.3", 4
  %".159" = trunc i64 %"cursor.3" to i16
  %".160" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".159", ptr %".160", align 2
  br label %"return"
tag_tags2.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".88" = trunc i64 %"cursor.2" to i32
  %".89" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".88", [4 x i8]* %"header_copy", i32 4)
  %".90" = icmp eq i64 %".89", 0
  %".91" = getelementptr i8, ptr %"ctx.2", i64 76
  %".92" = load i32, ptr %".91", align 4
  %".93" = zext i32 %".92" to i64
  %"data.7" = inttoptr i64 %".93" to ptr
  %".94" = getelementptr i8, ptr %"ctx.2", i64 80
  %".95" = load i32, ptr %".94", align 4
  %".96" = zext i32 %".95" to i64
  %"data_end.7" = inttoptr i64 %".96" to ptr
  %".97" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".97", align 8
  %".98" = xor i1 %".90", -1
  br i1 %".98", label %"tag_tags2.copy_failed", label %"tag_tags2.copy_failed.endif"
tag_tags2.copy_failed:
  %".100" = trunc i64 %"cursor.2" to i16
  %".101" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".100", ptr %".101", align 2
  br label %"return"
tag_tags2.copy_failed.endif:
  %".104" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".105" = load volatile i16, [4 x i8]* %".104", align 2
  br label %"tag_tags2.header"
tag_tags2.unknown:
  %".122" = trunc i64 %".109" to i16
  %".123" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".122", ptr %".123", align 2
  br label %"return"
tag_tags2.to_ports:
  br label %"ports"
tag_tags2.select:
  %".118" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %"w2_2.1")
  %".119" = icmp eq i16 %".118", 1536
  br i1 %".119", label %"tag_tags2.to_ports", label %"tag_tags2.select.1"
tag_tags2.select.1:
  br label %"tag_tags2.unknown"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".137" = trunc i64 %"cursor.3" to i32
  %".138" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".137", [4 x i8]* %"header_copy", i32 4)
  %".139" = icmp eq i64 %".138", 0
  %".140" = getelementptr i8, ptr %"ctx.3", i64 76
  %".141" = load i32, ptr %".140", align 4
  %".142" = zext i32 %".141" to i64
  %"data.9" = inttoptr i64 %".142" to ptr
  %".143" = getelementptr i8, ptr %"ctx.3", i64 80
  %".144" = load i32, ptr %".143", align 4
  %".145" = zext i32 %".144" to i64
  %"data_end.9" = inttoptr i64 %".145" to ptr
  %".146" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".146", align 8
  %".147" = xor i1 %".139", -1
  br i1 %".147", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".149" = trunc i64 %"cursor.3" to i16
  %".150" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".149", ptr %".150", align 2
  br label %"return"
ports.copy_failed.endif:
  %".153" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".154" = load volatile i32, [4 x i8]* %".153", align 4
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }