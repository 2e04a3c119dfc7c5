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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry.unknown"], [2, %"shim.copy_failed"], [0, %"shim.select.1"], [2, %"ports.copy_failed"], [0, %"ports.header"], [0, %"leaf"], [129, %"widening.beyond"]
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
  %".60" = and i64 %".59", 255
  %".61" = icmp eq i64 %".60", 17
  br i1 %".61", label %"shim.to_ports.1", label %"shim.select"
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
  %".64" = and i64 %".59", 1
  %".65" = icmp eq i64 %".64", 1
  br i1 %".65", label %"shim.to_leaf", label %"shim.select.1"
shim.to_ports.1:
  br label %"ports"
shim.to_leaf:
  br label %"leaf"
shim.select:
  switch i64 %".59", label %"shim.unknown" [i64 1, label %"shim.to_ports"]
shim.to_ports:
  br label %"ports"
ports:
  %"cursor.2" = phi  i64 [%".58", %"shim.to_ports"], [%".58", %"shim.to_ports.1"]
  %"data.5" = phi  ptr [%"data.4", %"shim.to_ports"], [%"data.4", %"shim.to_ports.1"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"shim.to_ports"], [%"data_end.4", %"shim.to_ports.1"]
  %"keys.5" = phi  ptr [%"keys.4", %"shim.to_ports"], [%"keys.4", %"shim.to_ports.1"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".74" = getelementptr i8, ptr %"hdr.1", i64 4
  %".75" = icmp ugt ptr %".74", %"data_end.5"
  br i1 %".75", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".77" = getelementptr i8, ptr %"hdr.1", i64 0
  %".78" = load i32, ptr %".77", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".78", %"ports.linear"], [%".97", %"ports.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"ports.linear"], [%"data.7", %"ports.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"ports.linear"], [%"data_end.7", %"ports.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"ports.linear"], [%"keys.7", %"ports.copy_failed.endif"]
  %".99" = getelementptr i8, ptr %"keys.8", i64 12
  store i32 %"w0_4", ptr %".99", align 4
  %".101" = add i64 %"cursor.2", 4
  %".102" = trunc i64 %"cursor.2" to i16
  %".103" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".102", ptr %".103", align 2
  br label %"return"
shim.select.1:
  %".67" = trunc i64 %".58" to i16
  %".68" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".67", ptr %".68", align 2
  br label %"return"
leaf:
  %"cursor.3" = phi  i64 [%".58", %"shim.to_leaf"]
  %"data.6" = phi  ptr [%"data.4", %"shim.to_leaf"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"shim.to_leaf"]
  %"keys.6" = phi  ptr [%"keys.4", %"shim.to_leaf"]
  %".106" = add i64 %"cursor.3", 0
  %".107" = trunc i64 %".106" to i16
  %".108" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".107", ptr %".108", align 2
  br label %"return"
ports.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".80" = trunc i64 %"cursor.2" to i32
  %".81" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".80", [4 x i8]* %"header_copy", i32 4)
  %".82" = icmp eq i64 %".81", 0
  %".83" = getelementptr i8, ptr %"ctx.2", i64 76
  %".84" = load i32, ptr %".83", align 4
  %".85" = zext i32 %".84" to i64
  %"data.7" = inttoptr i64 %".85" to ptr
  %".86" = getelementptr i8, ptr %"ctx.2", i64 80
  %".87" = load i32, ptr %".86", align 4
  %".88" = zext i32 %".87" to i64
  %"data_end.7" = inttoptr i64 %".88" to ptr
  %".89" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".89", align 8
  %".90" = xor i1 %".82", -1
  br i1 %".90", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".92" = trunc i64 %"cursor.2" to i16
  %".93" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".92", ptr %".93", align 2
  br label %"return"
ports.copy_failed.endif:
  %".96" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".97" = load volatile i32, [4 x i8]* %".96", align 4
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }