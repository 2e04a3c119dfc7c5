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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry.unknown"], [2, %"versioned.copy_failed"], [0, %"versioned.stop_before"], [0, %"versioned.unknown"], [2, %"ports.copy_failed"], [0, %"ports.header"], [129, %"widening.beyond"]
  ret i32 %"verdict"
entry.continue:
  br label %"return"
entry.1:
  %"cursor" = phi  i64 [%"nhoff", %"program"]
  %"data.1" = phi  ptr [%"data", %"program"]
  %"data_end.1" = phi  ptr [%"data_end", %"program"]
  %"keys.1" = phi  ptr [%"keys", %"program"]
  %".26" = add i64 %"cursor", 0
  switch i16 %".15", label %"entry.unknown" [i16 46472, label %"entry.to_versioned"]
entry.to_versioned:
  br label %"versioned"
versioned:
  %"cursor.1" = phi  i64 [%".26", %"entry.to_versioned"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_versioned"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_versioned"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_versioned"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".33" = getelementptr i8, ptr %"hdr", i64 2
  %".34" = icmp ugt ptr %".33", %"data_end.2"
  br i1 %".34", label %"versioned.copy", label %"versioned.linear", !prof !0
versioned.linear:
  %".36" = getelementptr i8, ptr %"hdr", i64 0
  %".37" = load i8, ptr %".36", align 1
  %".38" = getelementptr i8, ptr %"hdr", i64 1
  %".39" = load i8, ptr %".38", align 1
  br label %"versioned.header"
versioned.header:
  %"w0_1" = phi  i8 [%".37", %"versioned.linear"], [%".58", %"versioned.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".39", %"versioned.linear"], [%".60", %"versioned.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"versioned.linear"], [%"data.3", %"versioned.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"versioned.linear"], [%"data_end.3", %"versioned.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"versioned.linear"], [%"keys.3", %"versioned.copy_failed.endif"]
  %".62" = zext i8 %"w0_1" to i64
  %".63" = icmp ne i64 %".62", 0
  br i1 %".63", label %"versioned.stop_before", label %"versioned.stop_before.endif", !prof !0
versioned.stop_before.endif:
  %".69" = add i64 %"cursor.1", 2
  %".70" = zext i8 %"w1_1" to i64
  switch i64 %".70", label %"versioned.unknown" [i64 6, label %"versioned.to_ports"]
versioned.to_ports:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%".69", %"versioned.to_ports"]
  %"data.5" = phi  ptr [%"data.4", %"versioned.to_ports"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"versioned.to_ports"]
  %"keys.5" = phi  ptr [%"keys.4", %"versioned.to_ports"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".77" = getelementptr i8, ptr %"hdr.1", i64 4
  %".78" = icmp ugt ptr %".77", %"data_end.5"
  br i1 %".78", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".80" = getelementptr i8, ptr %"hdr.1", i64 0
  %".81" = load i32, ptr %".80", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".81", %"ports.linear"], [%".100", %"ports.copy_failed.endif"]
  %"data.7" = phi  ptr [%"data.5", %"ports.linear"], [%"data.6", %"ports.copy_failed.endif"]
  %"data_end.7" = phi  ptr [%"data_end.5", %"ports.linear"], [%"data_end.6", %"ports.copy_failed.endif"]
  %"keys.7" = phi  ptr [%"keys.5", %"ports.linear"], [%"keys.6", %"ports.copy_failed.endif"]
  %".102" = getelementptr i8, ptr %"keys.7", i64 12
  store i32 %"w0_4", ptr %".102", align 4
  %".104" = add i64 %"cursor.2", 4
  %".105" = trunc i64 %"cursor.2" to i16
  %".106" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".105", ptr %".106", align 2
  br label %"return"
entry.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
  br label %"return"
versioned.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".41" = trunc i64 %"cursor.1" to i32
  %".42" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".41", [4 x i8]* %"header_copy", i32 2)
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
  br i1 %".51", label %"versioned.copy_failed", label %"versioned.copy_failed.endif"
versioned.copy_failed:
  %".53" = trunc i64 %"cursor.1" to i16
  %".54" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".53", ptr %".54", align 2
  br label %"return"
versioned.copy_failed.endif:
  %".57" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".58" = load volatile i8, [4 x i8]* %".57", align 1
  %".59" = getelementptr i8, [4 x i8]* %"header_copy", i64 1
  %".60" = load volatile i8, [4 x i8]* %".59", align 1
  br label %"versioned.header"
versioned.stop_before:
  %".65" = trunc i64 %"cursor.1" to i16
  %".66" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".65", ptr %".66", align 2
  br label %"return"
versioned.unknown:
  %".72" = trunc i64 %".69" to i16
  %".73" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".72", ptr %".73", align 2
  br label %"return"
ports.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".83" = trunc i64 %"cursor.2" to i32
  %".84" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".83", [4 x i8]* %"header_copy", i32 4)
  %".85" = icmp eq i64 %".84", 0
  %".86" = getelementptr i8, ptr %"ctx.2", i64 76
  %".87" = load i32, ptr %".86", align 4
  %".88" = zext i32 %".87" to i64
  %"data.6" = inttoptr i64 %".88" to ptr
  %".89" = getelementptr i8, ptr %"ctx.2", i64 80
  %".90" = load i32, ptr %".89", align 4
  %".91" = zext i32 %".90" to i64
  %"data_end.6" = inttoptr i64 %".91" to ptr
  %".92" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.6" = load ptr, ptr %".92", align 8
  %".93" = xor i1 %".85", -1
  br i1 %".93", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".95" = trunc i64 %"cursor.2" to i16
  %".96" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".95", ptr %".96", align 2
  br label %"return"
ports.copy_failed.endif:
  %".99" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".100" = load volatile i32, [4 x i8]* %".99", align 4
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }