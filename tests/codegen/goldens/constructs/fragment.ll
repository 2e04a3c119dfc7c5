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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry.unknown"], [2, %"frag.copy_failed"], [0, %"frag.no_parse_1st_frag"], [0, %"frag.later_fragment"], [0, %"frag.unknown"], [2, %"ports.copy_failed"], [0, %"ports.header"], [129, %"widening.beyond"]
  ret i32 %"verdict"
entry.continue:
  br label %"return"
entry.1:
  %"cursor" = phi  i64 [%"nhoff", %"program"]
  %"data.1" = phi  ptr [%"data", %"program"]
  %"data_end.1" = phi  ptr [%"data_end", %"program"]
  %"keys.1" = phi  ptr [%"keys", %"program"]
  %".26" = add i64 %"cursor", 0
  switch i16 %".15", label %"entry.unknown" [i16 46472, label %"entry.to_frag"]
entry.to_frag:
  br label %"frag"
frag:
  %"cursor.1" = phi  i64 [%".26", %"entry.to_frag"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_frag"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_frag"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_frag"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".33" = getelementptr i8, ptr %"hdr", i64 4
  %".34" = icmp ugt ptr %".33", %"data_end.2"
  br i1 %".34", label %"frag.copy", label %"frag.linear", !prof !0
frag.linear:
  %".36" = getelementptr i8, ptr %"hdr", i64 0
  %".37" = load i16, ptr %".36", align 2
  %".38" = getelementptr i8, ptr %"hdr", i64 2
  %".39" = load i16, ptr %".38", align 2
  br label %"frag.header"
frag.header:
  %"w0_2" = phi  i16 [%".37", %"frag.linear"], [%".58", %"frag.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".39", %"frag.linear"], [%".60", %"frag.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"frag.linear"], [%"data.3", %"frag.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"frag.linear"], [%"data_end.3", %"frag.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"frag.linear"], [%"keys.3", %"frag.copy_failed.endif"]
  %".62" = add i64 %"cursor.1", 4
  %".63" = and i16 %"w0_2", 65343
  %".64" = icmp ne i16 %".63", 0
  %".65" = and i16 %"w0_2", 65311
  %".66" = icmp eq i16 %".65", 0
  br i1 %".64", label %"frag.fragment", label %"frag.fragment.endif", !prof !0
frag.fragment.endif:
  %".88" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".89" = zext i16 %".88" to i64
  switch i16 %"w2_2", label %"frag.unknown" [i16 1536, label %"frag.to_ports"]
frag.to_ports:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%".62", %"frag.to_ports"]
  %"data.5" = phi  ptr [%"data.4", %"frag.to_ports"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"frag.to_ports"]
  %"keys.5" = phi  ptr [%"keys.4", %"frag.to_ports"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".96" = getelementptr i8, ptr %"hdr.1", i64 4
  %".97" = icmp ugt ptr %".96", %"data_end.5"
  br i1 %".97", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".99" = getelementptr i8, ptr %"hdr.1", i64 0
  %".100" = load i32, ptr %".99", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".100", %"ports.linear"], [%".119", %"ports.copy_failed.endif"]
  %"data.7" = phi  ptr [%"data.5", %"ports.linear"], [%"data.6", %"ports.copy_failed.endif"]
  %"data_end.7" = phi  ptr [%"data_end.5", %"ports.linear"], [%"data_end.6", %"ports.copy_failed.endif"]
  %"keys.7" = phi  ptr [%"keys.5", %"ports.linear"], [%"keys.6", %"ports.copy_failed.endif"]
  %".121" = getelementptr i8, ptr %"keys.7", i64 12
  store i32 %"w0_4", ptr %".121", align 4
  %".123" = add i64 %"cursor.2", 4
  %".124" = trunc i64 %"cursor.2" to i16
  %".125" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".124", ptr %".125", align 2
  br label %"return"
entry.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
  br label %"return"
frag.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".41" = trunc i64 %"cursor.1" to i32
  %".42" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".41", [4 x i8]* %"header_copy", i32 4)
  %".43" = icmp eq i64 %".42", 0
  %".44" = getelementptr i8, ptr %"ctx.1", i64 76
  %".45" = load i32, ptr %".44", align 4
  %".46" = zext i32 %".45" to i64
  %"data.3" = inttoptr i64 %".46" to ptr
  %".47" = getelementptr i8, ptr %"ctx.1", i64 80
  %".48" = load i32, ptr %".47", align 4
  %".49" = zext i32 %".48" to i64
  %"data_end.3" = inttoptr i64 %".49" to ptr
  %".50" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".50", align 8
  %".51" = xor i1 %".43", -1
  br i1 %".51", label %"frag.copy_failed", label %"frag.copy_failed.endif"
frag.copy_failed:
  %".53" = trunc i64 %"cursor.1" to i16
  %".54" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".53", ptr %".54", align 2
  br label %"return"
frag.copy_failed.endif:
  %".57" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".58" = load volatile i16, [4 x i8]* %".57", align 2
  %".59" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".60" = load volatile i16, [4 x i8]* %".59", align 2
  br label %"frag.header"
frag.fragment:
  %".68" = getelementptr i8, ptr %"keys.4", i64 6
  store i8 1, ptr %".68", align 1
  br i1 %".66", label %"frag.first_fragment", label %"frag.later_fragment"
frag.first_fragment:
  %".71" = getelementptr i8, ptr %"keys.4", i64 7
  store i8 1, ptr %".71", align 1
  %".73" = getelementptr i8, ptr %"keys.4", i64 48
  %"flags" = load volatile i32, ptr %".73", align 4
  %".74" = and i32 %"flags", 1
  %".75" = icmp ne i32 %".74", 0
  %".76" = xor i1 %".75", -1
  br i1 %".76", label %"frag.no_parse_1st_frag", label %"frag.no_parse_1st_frag.endif"
frag.later_fragment:
  %".83" = trunc i64 %".62" to i16
  %".84" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".83", ptr %".84", align 2
  br label %"return"
frag.first_fragment.endif:
  br label %"frag.fragment.endif"
frag.no_parse_1st_frag:
  %".78" = trunc i64 %".62" to i16
  %".79" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".78", ptr %".79", align 2
  br label %"return"
frag.no_parse_1st_frag.endif:
  br label %"frag.first_fragment.endif"
frag.unknown:
  %".91" = trunc i64 %".62" to i16
  %".92" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".91", ptr %".92", align 2
  br label %"return"
ports.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".102" = trunc i64 %"cursor.2" to i32
  %".103" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".102", [4 x i8]* %"header_copy", i32 4)
  %".104" = icmp eq i64 %".103", 0
  %".105" = getelementptr i8, ptr %"ctx.2", i64 76
  %".106" = load i32, ptr %".105", align 4
  %".107" = zext i32 %".106" to i64
  %"data.6" = inttoptr i64 %".107" to ptr
  %".108" = getelementptr i8, ptr %"ctx.2", i64 80
  %".109" = load i32, ptr %".108", align 4
  %".110" = zext i32 %".109" to i64
  %"data_end.6" = inttoptr i64 %".110" to ptr
  %".111" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.6" = load ptr, ptr %".111", align 8
  %".112" = xor i1 %".104", -1
  br i1 %".112", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".114" = trunc i64 %"cursor.2" to i16
  %".115" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".114", ptr %".115", align 2
  br label %"return"
ports.copy_failed.endif:
  %".118" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".119" = load volatile i32, [4 x i8]* %".118", align 4
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }