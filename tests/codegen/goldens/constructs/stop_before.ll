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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry.unknown"], [2, %"versioned.copy_failed"], [0, %"versioned.stop_before"], [0, %"versioned.unknown"], [2, %"ports.copy_failed"], [0, %"ports.header"]
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
  switch i64 %"n_proto", label %"entry.unknown" [i64 34997, label %"entry.to_versioned"]
entry.unknown:
  %".23" = trunc i64 %".21" to i16
  %".24" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".23", ptr %".24", align 2
  br label %"return"
entry.to_versioned:
  br label %"versioned"
versioned:
  %"cursor.1" = phi  i64 [%".21", %"entry.to_versioned"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_versioned"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_versioned"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_versioned"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".28" = getelementptr i8, ptr %"hdr", i64 2
  %".29" = icmp ugt ptr %".28", %"data_end.2"
  br i1 %".29", label %"versioned.copy", label %"versioned.linear", !prof !0
versioned.linear:
  %".31" = getelementptr i8, ptr %"hdr", i64 0
  %".32" = load i8, ptr %".31", align 1
  %".33" = getelementptr i8, ptr %"hdr", i64 1
  %".34" = load i8, ptr %".33", align 1
  br label %"versioned.header"
versioned.header:
  %"w0_1" = phi  i8 [%".32", %"versioned.linear"], [%".53", %"versioned.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".34", %"versioned.linear"], [%".55", %"versioned.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"versioned.linear"], [%"data.3", %"versioned.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"versioned.linear"], [%"data_end.3", %"versioned.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"versioned.linear"], [%"keys.3", %"versioned.copy_failed.endif"]
  %".57" = zext i8 %"w0_1" to i64
  %".58" = icmp ne i64 %".57", 0
  br i1 %".58", label %"versioned.stop_before", label %"versioned.stop_before.endif"
versioned.copy:
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
  br i1 %".46", label %"versioned.copy_failed", label %"versioned.copy_failed.endif"
versioned.copy_failed:
  %".48" = trunc i64 %"cursor.1" to i16
  %".49" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".48", ptr %".49", align 2
  br label %"return"
versioned.copy_failed.endif:
  %".52" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".53" = load volatile i8, [4 x i8]* %".52", align 1
  %".54" = getelementptr i8, [4 x i8]* %"header_copy", i64 1
  %".55" = load volatile i8, [4 x i8]* %".54", align 1
  br label %"versioned.header"
versioned.stop_before:
  %".60" = trunc i64 %"cursor.1" to i16
  %".61" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".60", ptr %".61", align 2
  br label %"return"
versioned.stop_before.endif:
  %".64" = add i64 %"cursor.1", 2
  %".65" = zext i8 %"w1_1" to i64
  switch i64 %".65", label %"versioned.unknown" [i64 6, label %"versioned.to_ports"]
versioned.unknown:
  %".67" = trunc i64 %".64" to i16
  %".68" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".67", ptr %".68", align 2
  br label %"return"
versioned.to_ports:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%".64", %"versioned.to_ports"]
  %"data.5" = phi  ptr [%"data.4", %"versioned.to_ports"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"versioned.to_ports"]
  %"keys.5" = phi  ptr [%"keys.4", %"versioned.to_ports"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".72" = getelementptr i8, ptr %"hdr.1", i64 4
  %".73" = icmp ugt ptr %".72", %"data_end.5"
  br i1 %".73", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".75" = getelementptr i8, ptr %"hdr.1", i64 0
  %".76" = load i16, ptr %".75", align 2
  %".77" = getelementptr i8, ptr %"hdr.1", i64 2
  %".78" = load i16, ptr %".77", align 2
  br label %"ports.header"
ports.header:
  %"w0_2" = phi  i16 [%".76", %"ports.linear"], [%".97", %"ports.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".78", %"ports.linear"], [%".99", %"ports.copy_failed.endif"]
  %"data.7" = phi  ptr [%"data.5", %"ports.linear"], [%"data.6", %"ports.copy_failed.endif"]
  %"data_end.7" = phi  ptr [%"data_end.5", %"ports.linear"], [%"data_end.6", %"ports.copy_failed.endif"]
  %"keys.7" = phi  ptr [%"keys.5", %"ports.linear"], [%"keys.6", %"ports.copy_failed.endif"]
  %".101" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".102" = zext i16 %".101" to i64
  %".103" = trunc i64 %".102" to i16
  %".104" = call i16 @"llvm.bswap.i16"(i16 %".103")
  %".105" = getelementptr i8, ptr %"keys.7", i64 12
  store i16 %".104", ptr %".105", align 2
  %".107" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".108" = zext i16 %".107" to i64
  %".109" = trunc i64 %".108" to i16
  %".110" = call i16 @"llvm.bswap.i16"(i16 %".109")
  %".111" = getelementptr i8, ptr %"keys.7", i64 14
  store i16 %".110", ptr %".111", align 2
  %".113" = add i64 %"cursor.2", 4
  %".114" = trunc i64 %"cursor.2" to i16
  %".115" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".114", ptr %".115", align 2
  br label %"return"
ports.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".80" = trunc i64 %"cursor.2" to i32
  %".81" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".80", [4 x i8]* %"header_copy", i32 4)
  %".82" = icmp eq i64 %".81", 0
  %".83" = getelementptr i8, ptr %"ctx.2", i64 76
  %".84" = load i32, ptr %".83", align 4
  %".85" = zext i32 %".84" to i64
  %"data.6" = inttoptr i64 %".85" to ptr
  %".86" = getelementptr i8, ptr %"ctx.2", i64 80
  %".87" = load i32, ptr %".86", align 4
  %".88" = zext i32 %".87" to i64
  %"data_end.6" = inttoptr i64 %".88" to ptr
  %".89" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.6" = load ptr, ptr %".89", align 8
  %".90" = xor i1 %".82", -1
  br i1 %".90", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".92" = trunc i64 %"cursor.2" to i16
  %".93" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".92", ptr %".93", align 2
  br label %"return"
ports.copy_failed.endif:
  %".96" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".97" = load volatile i16, [4 x i8]* %".96", align 2
  %".98" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".99" = load volatile i16, [4 x i8]* %".98", align 2
  br label %"ports.header"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }