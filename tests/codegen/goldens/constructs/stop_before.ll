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
  %".27" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".15")
  %".28" = icmp eq i16 %".27", 46472
  br i1 %".28", label %"entry.to_versioned", label %"entry.select"
entry.to_versioned:
  br label %"versioned"
versioned:
  %"cursor.1" = phi  i64 [%".26", %"entry.to_versioned"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_versioned"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_versioned"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_versioned"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".36" = getelementptr i8, ptr %"hdr", i64 2
  %".37" = icmp ugt ptr %".36", %"data_end.2"
  br i1 %".37", label %"versioned.copy", label %"versioned.linear", !prof !0
versioned.linear:
  %".39" = getelementptr i8, ptr %"hdr", i64 0
  %".40" = load i8, ptr %".39", align 1
  %".41" = getelementptr i8, ptr %"hdr", i64 1
  %".42" = load i8, ptr %".41", align 1
  br label %"versioned.header"
versioned.header:
  %"w0_1" = phi  i8 [%".40", %"versioned.linear"], [%".61", %"versioned.copy_failed.endif"]
  %"w1_1" = phi  i8 [%".42", %"versioned.linear"], [%".63", %"versioned.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"versioned.linear"], [%"data.3", %"versioned.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"versioned.linear"], [%"data_end.3", %"versioned.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"versioned.linear"], [%"keys.3", %"versioned.copy_failed.endif"]
  %".65" = zext i8 %"w0_1" to i64
  %".66" = icmp ne i64 %".65", 0
  br i1 %".66", label %"versioned.stop_before", label %"versioned.stop_before.endif", !prof !0
versioned.stop_before.endif:
  %".72" = add i64 %"cursor.1", 2
  %".73" = zext i8 %"w1_1" to i64
  %".74" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".73")
  %".75" = icmp eq i64 %".74", 6
  br i1 %".75", label %"versioned.to_ports", label %"versioned.select"
versioned.to_ports:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%".72", %"versioned.to_ports"]
  %"data.5" = phi  ptr [%"data.4", %"versioned.to_ports"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"versioned.to_ports"]
  %"keys.5" = phi  ptr [%"keys.4", %"versioned.to_ports"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".83" = getelementptr i8, ptr %"hdr.1", i64 4
  %".84" = icmp ugt ptr %".83", %"data_end.5"
  br i1 %".84", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".86" = getelementptr i8, ptr %"hdr.1", i64 0
  %".87" = load i32, ptr %".86", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".87", %"ports.linear"], [%".106", %"ports.copy_failed.endif"]
  %"data.7" = phi  ptr [%"data.5", %"ports.linear"], [%"data.6", %"ports.copy_failed.endif"]
  %"data_end.7" = phi  ptr [%"data_end.5", %"ports.linear"], [%"data_end.6", %"ports.copy_failed.endif"]
  %"keys.7" = phi  ptr [%"keys.5", %"ports.linear"], [%"keys.6", %"ports.copy_failed.endif"]
  %".108" = getelementptr i8, ptr %"keys.7", i64 12
  store i32 %"w0_4", ptr %".108", align 4
  %".110" = add i64 %"cursor.2", 4
  %".111" = trunc i64 %"cursor.2" to i16
  %".112" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".111", ptr %".112", align 2
  br label %"return"
entry.unknown:
  %".31" = trunc i64 %".26" to i16
  %".32" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".31", ptr %".32", align 2
  br label %"return"
entry.select:
  br label %"entry.unknown"
versioned.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".44" = trunc i64 %"cursor.1" to i32
  %".45" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".44", [4 x i8]* %"header_copy", i32 2)
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
  br i1 %".54", label %"versioned.copy_failed", label %"versioned.copy_failed.endif"
versioned.copy_failed:
  %".56" = trunc i64 %"cursor.1" to i16
  %".57" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".56", ptr %".57", align 2
  br label %"return"
versioned.copy_failed.endif:
  %".60" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".61" = load volatile i8, [4 x i8]* %".60", align 1
  %".62" = getelementptr i8, [4 x i8]* %"header_copy", i64 1
  %".63" = load volatile i8, [4 x i8]* %".62", align 1
  br label %"versioned.header"
versioned.stop_before:
  %".68" = trunc i64 %"cursor.1" to i16
  %".69" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".68", ptr %".69", align 2
  br label %"return"
versioned.unknown:
  %".78" = trunc i64 %".72" to i16
  %".79" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".78", ptr %".79", align 2
  br label %"return"
versioned.select:
  br label %"versioned.unknown"
ports.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".89" = trunc i64 %"cursor.2" to i32
  %".90" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".89", [4 x i8]* %"header_copy", i32 4)
  %".91" = icmp eq i64 %".90", 0
  %".92" = getelementptr i8, ptr %"ctx.2", i64 76
  %".93" = load i32, ptr %".92", align 4
  %".94" = zext i32 %".93" to i64
  %"data.6" = inttoptr i64 %".94" to ptr
  %".95" = getelementptr i8, ptr %"ctx.2", i64 80
  %".96" = load i32, ptr %".95", align 4
  %".97" = zext i32 %".96" to i64
  %"data_end.6" = inttoptr i64 %".97" to ptr
  %".98" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.6" = load ptr, ptr %".98", align 8
  %".99" = xor i1 %".91", -1
  br i1 %".99", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".101" = trunc i64 %"cursor.2" to i16
  %".102" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".101", ptr %".102", align 2
  br label %"return"
ports.copy_failed.endif:
  %".105" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".106" = load volatile i32, [4 x i8]* %".105", align 4
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }