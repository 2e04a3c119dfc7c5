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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry.unknown"], [2, %"frag.copy_failed"], [0, %"frag.no_parse_1st_frag"], [0, %"frag.later_fragment"], [0, %"frag.unknown"], [2, %"ports.copy_failed"], [0, %"ports.header"]
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
  switch i64 %"n_proto", label %"entry.unknown" [i64 34997, label %"entry.to_frag"]
entry.unknown:
  %".23" = trunc i64 %".21" to i16
  %".24" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".23", ptr %".24", align 2
  br label %"return"
entry.to_frag:
  br label %"frag"
frag:
  %"cursor.1" = phi  i64 [%".21", %"entry.to_frag"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_frag"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_frag"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_frag"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".28" = getelementptr i8, ptr %"hdr", i64 4
  %".29" = icmp ugt ptr %".28", %"data_end.2"
  br i1 %".29", label %"frag.copy", label %"frag.linear", !prof !0
frag.linear:
  %".31" = getelementptr i8, ptr %"hdr", i64 0
  %".32" = load i16, ptr %".31", align 2
  %".33" = getelementptr i8, ptr %"hdr", i64 2
  %".34" = load i16, ptr %".33", align 2
  br label %"frag.header"
frag.header:
  %"w0_2" = phi  i16 [%".32", %"frag.linear"], [%".53", %"frag.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".34", %"frag.linear"], [%".55", %"frag.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"frag.linear"], [%"data.3", %"frag.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"frag.linear"], [%"data_end.3", %"frag.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"frag.linear"], [%"keys.3", %"frag.copy_failed.endif"]
  %".57" = add i64 %"cursor.1", 4
  %".58" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".59" = zext i16 %".58" to i64
  %".60" = and i64 %".59", 16383
  %".61" = icmp ne i64 %".60", 0
  %".62" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".63" = zext i16 %".62" to i64
  %".64" = and i64 %".63", 8191
  %".65" = icmp eq i64 %".64", 0
  br i1 %".61", label %"frag.fragment", label %"frag.fragment.endif"
frag.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".36" = trunc i64 %"cursor.1" to i32
  %".37" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".36", [4 x i8]* %"header_copy", i32 4)
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
  br i1 %".46", label %"frag.copy_failed", label %"frag.copy_failed.endif"
frag.copy_failed:
  %".48" = trunc i64 %"cursor.1" to i16
  %".49" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".48", ptr %".49", align 2
  br label %"return"
frag.copy_failed.endif:
  %".52" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".53" = load volatile i16, [4 x i8]* %".52", align 2
  %".54" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".55" = load volatile i16, [4 x i8]* %".54", align 2
  br label %"frag.header"
frag.fragment:
  %".67" = getelementptr i8, ptr %"keys.4", i64 6
  store i8 1, ptr %".67", align 1
  br i1 %".65", label %"frag.first_fragment", label %"frag.later_fragment"
frag.fragment.endif:
  %".87" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".88" = zext i16 %".87" to i64
  switch i64 %".88", label %"frag.unknown" [i64 6, label %"frag.to_ports"]
frag.first_fragment:
  %".70" = getelementptr i8, ptr %"keys.4", i64 7
  store i8 1, ptr %".70", align 1
  %".72" = getelementptr i8, ptr %"keys.4", i64 48
  %"flags" = load volatile i32, ptr %".72", align 4
  %".73" = and i32 %"flags", 1
  %".74" = icmp ne i32 %".73", 0
  %".75" = xor i1 %".74", -1
  br i1 %".75", label %"frag.no_parse_1st_frag", label %"frag.no_parse_1st_frag.endif"
frag.later_fragment:
  %".82" = trunc i64 %".57" to i16
  %".83" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".82", ptr %".83", align 2
  br label %"return"
frag.first_fragment.endif:
  br label %"frag.fragment.endif"
frag.no_parse_1st_frag:
  %".77" = trunc i64 %".57" to i16
  %".78" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".77", ptr %".78", align 2
  br label %"return"
frag.no_parse_1st_frag.endif:
  br label %"frag.first_fragment.endif"
frag.unknown:
  %".90" = trunc i64 %".57" to i16
  %".91" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".90", ptr %".91", align 2
  br label %"return"
frag.to_ports:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%".57", %"frag.to_ports"]
  %"data.5" = phi  ptr [%"data.4", %"frag.to_ports"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"frag.to_ports"]
  %"keys.5" = phi  ptr [%"keys.4", %"frag.to_ports"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".95" = getelementptr i8, ptr %"hdr.1", i64 4
  %".96" = icmp ugt ptr %".95", %"data_end.5"
  br i1 %".96", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".98" = getelementptr i8, ptr %"hdr.1", i64 0
  %".99" = load i16, ptr %".98", align 2
  %".100" = getelementptr i8, ptr %"hdr.1", i64 2
  %".101" = load i16, ptr %".100", align 2
  br label %"ports.header"
ports.header:
  %"w0_2.1" = phi  i16 [%".99", %"ports.linear"], [%".120", %"ports.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".101", %"ports.linear"], [%".122", %"ports.copy_failed.endif"]
  %"data.7" = phi  ptr [%"data.5", %"ports.linear"], [%"data.6", %"ports.copy_failed.endif"]
  %"data_end.7" = phi  ptr [%"data_end.5", %"ports.linear"], [%"data_end.6", %"ports.copy_failed.endif"]
  %"keys.7" = phi  ptr [%"keys.5", %"ports.linear"], [%"keys.6", %"ports.copy_failed.endif"]
  %".124" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".125" = zext i16 %".124" to i64
  %".126" = trunc i64 %".125" to i16
  %".127" = call i16 @"llvm.bswap.i16"(i16 %".126")
  %".128" = getelementptr i8, ptr %"keys.7", i64 12
  store i16 %".127", ptr %".128", align 2
  %".130" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".131" = zext i16 %".130" to i64
  %".132" = trunc i64 %".131" to i16
  %".133" = call i16 @"llvm.bswap.i16"(i16 %".132")
  %".134" = getelementptr i8, ptr %"keys.7", i64 14
  store i16 %".133", ptr %".134", align 2
  %".136" = add i64 %"cursor.2", 4
  %".137" = trunc i64 %"cursor.2" to i16
  %".138" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".137", ptr %".138", align 2
  br label %"return"
ports.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".103" = trunc i64 %"cursor.2" to i32
  %".104" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".103", [4 x i8]* %"header_copy", i32 4)
  %".105" = icmp eq i64 %".104", 0
  %".106" = getelementptr i8, ptr %"ctx.2", i64 76
  %".107" = load i32, ptr %".106", align 4
  %".108" = zext i32 %".107" to i64
  %"data.6" = inttoptr i64 %".108" to ptr
  %".109" = getelementptr i8, ptr %"ctx.2", i64 80
  %".110" = load i32, ptr %".109", align 4
  %".111" = zext i32 %".110" to i64
  %"data_end.6" = inttoptr i64 %".111" to ptr
  %".112" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.6" = load ptr, ptr %".112", align 8
  %".113" = xor i1 %".105", -1
  br i1 %".113", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".115" = trunc i64 %"cursor.2" to i16
  %".116" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".115", ptr %".116", align 2
  br label %"return"
ports.copy_failed.endif:
  %".119" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".120" = load volatile i16, [4 x i8]* %".119", align 2
  %".121" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".122" = load volatile i16, [4 x i8]* %".121", align 2
  br label %"ports.header"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }