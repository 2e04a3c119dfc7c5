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
  %".27" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".15")
  %".28" = icmp eq i16 %".27", 46472
  br i1 %".28", label %"entry.to_frag", label %"entry.select"
entry.to_frag:
  br label %"frag"
frag:
  %"cursor.1" = phi  i64 [%".26", %"entry.to_frag"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_frag"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_frag"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_frag"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".36" = getelementptr i8, ptr %"hdr", i64 4
  %".37" = icmp ugt ptr %".36", %"data_end.2"
  br i1 %".37", label %"frag.copy", label %"frag.linear", !prof !0
frag.linear:
  %".39" = getelementptr i8, ptr %"hdr", i64 0
  %".40" = load i16, ptr %".39", align 2
  %".41" = getelementptr i8, ptr %"hdr", i64 2
  %".42" = load i16, ptr %".41", align 2
  br label %"frag.header"
frag.header:
  %"w0_2" = phi  i16 [%".40", %"frag.linear"], [%".61", %"frag.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".42", %"frag.linear"], [%".63", %"frag.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"frag.linear"], [%"data.3", %"frag.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"frag.linear"], [%"data_end.3", %"frag.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"frag.linear"], [%"keys.3", %"frag.copy_failed.endif"]
  %".65" = add i64 %"cursor.1", 4
  %".66" = and i16 %"w0_2", 65343
  %".67" = icmp ne i16 %".66", 0
  %".68" = and i16 %"w0_2", 65311
  %".69" = icmp eq i16 %".68", 0
  br i1 %".67", label %"frag.fragment", label %"frag.fragment.endif", !prof !0
frag.fragment.endif:
  %".91" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".92" = zext i16 %".91" to i64
  %".93" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w2_2")
  %".94" = icmp eq i16 %".93", 1536
  br i1 %".94", label %"frag.to_ports", label %"frag.select"
frag.to_ports:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%".65", %"frag.to_ports"]
  %"data.5" = phi  ptr [%"data.4", %"frag.to_ports"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"frag.to_ports"]
  %"keys.5" = phi  ptr [%"keys.4", %"frag.to_ports"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".102" = getelementptr i8, ptr %"hdr.1", i64 4
  %".103" = icmp ugt ptr %".102", %"data_end.5"
  br i1 %".103", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".105" = getelementptr i8, ptr %"hdr.1", i64 0
  %".106" = load i32, ptr %".105", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".106", %"ports.linear"], [%".125", %"ports.copy_failed.endif"]
  %"data.7" = phi  ptr [%"data.5", %"ports.linear"], [%"data.6", %"ports.copy_failed.endif"]
  %"data_end.7" = phi  ptr [%"data_end.5", %"ports.linear"], [%"data_end.6", %"ports.copy_failed.endif"]
  %"keys.7" = phi  ptr [%"keys.5", %"ports.linear"], [%"keys.6", %"ports.copy_failed.endif"]
  %".127" = getelementptr i8, ptr %"keys.7", i64 12
  store i32 %"w0_4", ptr %".127", align 4
  %".129" = add i64 %"cursor.2", 4
  %".130" = trunc i64 %"cursor.2" to i16
  %".131" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".130", ptr %".131", align 2
  br label %"return"
entry.unknown:
  %".31" = trunc i64 %".26" to i16
  %".32" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".31", ptr %".32", align 2
  br label %"return"
entry.select:
  br label %"entry.unknown"
frag.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".44" = trunc i64 %"cursor.1" to i32
  %".45" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".44", [4 x i8]* %"header_copy", i32 4)
  %".46" = icmp eq i64 %".45", 0
  %".47" = getelementptr i8, ptr %"ctx.1", i64 76
  %".48" = load i32, ptr %".47", align 4
  %".49" = zext i32 %".48" to i64
  %"data.3" = inttoptr i64 %".49" to ptr
  %".50" = getelementptr i8, ptr %"ctx.1", i64 80
  %".51" = load i32, ptr %".50", align 4
  %".52" = zext i32 %".51" to i64
  %"data_end.3" = inttoptr i64 %".52" to ptr
  %".53" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".53", align 8
  %".54" = xor i1 %".46", -1
  br i1 %".54", label %"frag.copy_failed", label %"frag.copy_failed.endif"
frag.copy_failed:
  %".56" = trunc i64 %"cursor.1" to i16
  %".57" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".56", ptr %".57", align 2
  br label %"return"
frag.copy_failed.endif:
  %".60" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".61" = load volatile i16, [4 x i8]* %".60", align 2
  %".62" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".63" = load volatile i16, [4 x i8]* %".62", align 2
  br label %"frag.header"
frag.fragment:
  %".71" = getelementptr i8, ptr %"keys.4", i64 6
  store i8 1, ptr %".71", align 1
  br i1 %".69", label %"frag.first_fragment", label %"frag.later_fragment"
frag.first_fragment:
  %".74" = getelementptr i8, ptr %"keys.4", i64 7
  store i8 1, ptr %".74", align 1
  %".76" = getelementptr i8, ptr %"keys.4", i64 48
  %"flags" = load volatile i32, ptr %".76", align 4
  %".77" = and i32 %"flags", 1
  %".78" = icmp ne i32 %".77", 0
  %".79" = xor i1 %".78", -1
  br i1 %".79", label %"frag.no_parse_1st_frag", label %"frag.no_parse_1st_frag.endif"
frag.later_fragment:
  %".86" = trunc i64 %".65" to i16
  %".87" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".86", ptr %".87", align 2
  br label %"return"
frag.first_fragment.endif:
  br label %"frag.fragment.endif"
frag.no_parse_1st_frag:
  %".81" = trunc i64 %".65" to i16
  %".82" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".81", ptr %".82", align 2
  br label %"return"
frag.no_parse_1st_frag.endif:
  br label %"frag.first_fragment.endif"
frag.unknown:
  %".97" = trunc i64 %".65" to i16
  %".98" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".97", ptr %".98", align 2
  br label %"return"
frag.select:
  br label %"frag.unknown"
ports.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".108" = trunc i64 %"cursor.2" to i32
  %".109" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".108", [4 x i8]* %"header_copy", i32 4)
  %".110" = icmp eq i64 %".109", 0
  %".111" = getelementptr i8, ptr %"ctx.2", i64 76
  %".112" = load i32, ptr %".111", align 4
  %".113" = zext i32 %".112" to i64
  %"data.6" = inttoptr i64 %".113" to ptr
  %".114" = getelementptr i8, ptr %"ctx.2", i64 80
  %".115" = load i32, ptr %".114", align 4
  %".116" = zext i32 %".115" to i64
  %"data_end.6" = inttoptr i64 %".116" to ptr
  %".117" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.6" = load ptr, ptr %".117", align 8
  %".118" = xor i1 %".110", -1
  br i1 %".118", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".120" = trunc i64 %"cursor.2" to i16
  %".121" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".120", ptr %".121", align 2
  br label %"return"
ports.copy_failed.endif:
  %".124" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".125" = load volatile i32, [4 x i8]* %".124", align 4
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }