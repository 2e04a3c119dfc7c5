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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry.unknown"], [2, %"shim.copy_failed"], [0, %"shim.unknown"], [2, %"ports.copy_failed"], [0, %"ports.header"], [129, %"widening.beyond"]
  ret i32 %"verdict"
entry.continue:
  br label %"return"
entry.1:
  %"cursor" = phi  i64 [%"nhoff", %"program"]
  %"data.1" = phi  ptr [%"data", %"program"]
  %"data_end.1" = phi  ptr [%"data_end", %"program"]
  %"keys.1" = phi  ptr [%"keys", %"program"]
  %".26" = add i64 %"cursor", 0
  switch i16 %".15", label %"entry.unknown" [i16 46472, label %"entry.to_shim"]
entry.to_shim:
  br label %"shim"
shim:
  %"cursor.1" = phi  i64 [%".26", %"entry.to_shim"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_shim"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_shim"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_shim"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".33" = getelementptr i8, ptr %"hdr", i64 2
  %".34" = icmp ugt ptr %".33", %"data_end.2"
  br i1 %".34", label %"shim.copy", label %"shim.linear", !prof !0
shim.linear:
  %".36" = getelementptr i8, ptr %"hdr", i64 0
  %".37" = load i8, ptr %".36", align 1
  br label %"shim.header"
shim.header:
  %"w0_1" = phi  i8 [%".37", %"shim.linear"], [%".56", %"shim.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"shim.linear"], [%"data.3", %"shim.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"shim.linear"], [%"data_end.3", %"shim.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"shim.linear"], [%"keys.3", %"shim.copy_failed.endif"]
  %".58" = add i64 %"cursor.1", 2
  %".59" = zext i8 %"w0_1" to i64
  %".60" = icmp uge i64 %".59", 32
  %".61" = icmp ule i64 %".59", 47
  %".62" = and i1 %".60", %".61"
  br i1 %".62", label %"shim.to_ports", label %"shim.select"
entry.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
  br label %"return"
shim.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".39" = trunc i64 %"cursor.1" to i32
  %".40" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".39", [4 x i8]* %"header_copy", i32 2)
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
  br i1 %".49", label %"shim.copy_failed", label %"shim.copy_failed.endif"
shim.copy_failed:
  %".51" = trunc i64 %"cursor.1" to i16
  %".52" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".51", ptr %".52", align 2
  br label %"return"
shim.copy_failed.endif:
  %".55" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".56" = load volatile i8, [4 x i8]* %".55", align 1
  br label %"shim.header"
shim.unknown:
  %".65" = trunc i64 %".58" to i16
  %".66" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".65", ptr %".66", align 2
  br label %"return"
shim.to_ports:
  br label %"ports"
shim.select:
  switch i64 %".59", label %"shim.unknown" [i64 1, label %"shim.to_ports.1"]
shim.to_ports.1:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%".58", %"shim.to_ports"], [%".58", %"shim.to_ports.1"]
  %"data.5" = phi  ptr [%"data.4", %"shim.to_ports"], [%"data.4", %"shim.to_ports.1"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"shim.to_ports"], [%"data_end.4", %"shim.to_ports.1"]
  %"keys.5" = phi  ptr [%"keys.4", %"shim.to_ports"], [%"keys.4", %"shim.to_ports.1"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".71" = getelementptr i8, ptr %"hdr.1", i64 4
  %".72" = icmp ugt ptr %".71", %"data_end.5"
  br i1 %".72", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".74" = getelementptr i8, ptr %"hdr.1", i64 0
  %".75" = load i32, ptr %".74", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".75", %"ports.linear"], [%".94", %"ports.copy_failed.endif"]
  %"data.7" = phi  ptr [%"data.5", %"ports.linear"], [%"data.6", %"ports.copy_failed.endif"]
  %"data_end.7" = phi  ptr [%"data_end.5", %"ports.linear"], [%"data_end.6", %"ports.copy_failed.endif"]
  %"keys.7" = phi  ptr [%"keys.5", %"ports.linear"], [%"keys.6", %"ports.copy_failed.endif"]
  %".96" = getelementptr i8, ptr %"keys.7", i64 12
  store i32 %"w0_4", ptr %".96", align 4
  %".98" = add i64 %"cursor.2", 4
  %".99" = trunc i64 %"cursor.2" to i16
  %".100" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".99", ptr %".100", align 2
  br label %"return"
ports.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".77" = trunc i64 %"cursor.2" to i32
  %".78" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".77", [4 x i8]* %"header_copy", i32 4)
  %".79" = icmp eq i64 %".78", 0
  %".80" = getelementptr i8, ptr %"ctx.2", i64 76
  %".81" = load i32, ptr %".80", align 4
  %".82" = zext i32 %".81" to i64
  %"data.6" = inttoptr i64 %".82" to ptr
  %".83" = getelementptr i8, ptr %"ctx.2", i64 80
  %".84" = load i32, ptr %".83", align 4
  %".85" = zext i32 %".84" to i64
  %"data_end.6" = inttoptr i64 %".85" to ptr
  %".86" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.6" = load ptr, ptr %".86", align 8
  %".87" = xor i1 %".79", -1
  br i1 %".87", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".89" = trunc i64 %"cursor.2" to i16
  %".90" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".89", ptr %".90", align 2
  br label %"return"
ports.copy_failed.endif:
  %".93" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".94" = load volatile i32, [4 x i8]* %".93", align 4
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }