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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry.unknown"], [2, %"shim.copy_failed"], [0, %"shim.select.1"], [2, %"ports.copy_failed"], [0, %"ports.header"], [0, %"leaf"]
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
  switch i64 %"n_proto", label %"entry.unknown" [i64 34997, label %"entry.to_shim"]
entry.unknown:
  %".23" = trunc i64 %".21" to i16
  %".24" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".23", ptr %".24", align 2
  br label %"return"
entry.to_shim:
  br label %"shim"
shim:
  %"cursor.1" = phi  i64 [%".21", %"entry.to_shim"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_shim"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_shim"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_shim"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".28" = getelementptr i8, ptr %"hdr", i64 2
  %".29" = icmp ugt ptr %".28", %"data_end.2"
  br i1 %".29", label %"shim.copy", label %"shim.linear", !prof !0
shim.linear:
  %".31" = getelementptr i8, ptr %"hdr", i64 0
  %".32" = load i8, ptr %".31", align 1
  br label %"shim.header"
shim.header:
  %"w0_1" = phi  i8 [%".32", %"shim.linear"], [%".51", %"shim.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"shim.linear"], [%"data.3", %"shim.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"shim.linear"], [%"data_end.3", %"shim.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"shim.linear"], [%"keys.3", %"shim.copy_failed.endif"]
  %".53" = add i64 %"cursor.1", 2
  %".54" = zext i8 %"w0_1" to i64
  %".55" = and i64 %".54", 255
  %".56" = icmp eq i64 %".55", 17
  br i1 %".56", label %"shim.to_ports.1", label %"shim.select"
shim.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".34" = trunc i64 %"cursor.1" to i32
  %".35" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".34", [4 x i8]* %"header_copy", i32 2)
  %".36" = icmp eq i64 %".35", 0
  %".37" = getelementptr i8, ptr %"ctx.1", i64 76
  %".38" = load i32, ptr %".37", align 4
  %".39" = zext i32 %".38" to i64
  %"data.3" = inttoptr i64 %".39" to ptr
  %".40" = getelementptr i8, ptr %"ctx.1", i64 80
  %".41" = load i32, ptr %".40", align 4
  %".42" = zext i32 %".41" to i64
  %"data_end.3" = inttoptr i64 %".42" to ptr
  %".43" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".43", align 8
  %".44" = xor i1 %".36", -1
  br i1 %".44", label %"shim.copy_failed", label %"shim.copy_failed.endif"
shim.copy_failed:
  %".46" = trunc i64 %"cursor.1" to i16
  %".47" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".46", ptr %".47", align 2
  br label %"return"
shim.copy_failed.endif:
  %".50" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".51" = load volatile i8, [4 x i8]* %".50", align 1
  br label %"shim.header"
shim.unknown:
  %".59" = and i64 %".54", 1
  %".60" = icmp eq i64 %".59", 1
  br i1 %".60", label %"shim.to_leaf", label %"shim.select.1"
shim.to_ports:
  br label %"ports"
shim.to_ports.1:
  br label %"ports"
shim.to_leaf:
  br label %"leaf"
shim.select:
  switch i64 %".54", label %"shim.unknown" [i64 1, label %"shim.to_ports"]
shim.select.1:
  %".62" = trunc i64 %".53" to i16
  %".63" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".62", ptr %".63", align 2
  br label %"return"
ports:
  %"cursor.2" = phi  i64 [%".53", %"shim.to_ports"], [%".53", %"shim.to_ports.1"]
  %"data.5" = phi  ptr [%"data.4", %"shim.to_ports"], [%"data.4", %"shim.to_ports.1"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"shim.to_ports"], [%"data_end.4", %"shim.to_ports.1"]
  %"keys.5" = phi  ptr [%"keys.4", %"shim.to_ports"], [%"keys.4", %"shim.to_ports.1"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".69" = getelementptr i8, ptr %"hdr.1", i64 4
  %".70" = icmp ugt ptr %".69", %"data_end.5"
  br i1 %".70", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".72" = getelementptr i8, ptr %"hdr.1", i64 0
  %".73" = load i16, ptr %".72", align 2
  %".74" = getelementptr i8, ptr %"hdr.1", i64 2
  %".75" = load i16, ptr %".74", align 2
  br label %"ports.header"
ports.header:
  %"w0_2" = phi  i16 [%".73", %"ports.linear"], [%".94", %"ports.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".75", %"ports.linear"], [%".96", %"ports.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"ports.linear"], [%"data.7", %"ports.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"ports.linear"], [%"data_end.7", %"ports.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"ports.linear"], [%"keys.7", %"ports.copy_failed.endif"]
  %".98" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".99" = zext i16 %".98" to i64
  %".100" = trunc i64 %".99" to i16
  %".101" = call i16 @"llvm.bswap.i16"(i16 %".100")
  %".102" = getelementptr i8, ptr %"keys.8", i64 12
  store i16 %".101", ptr %".102", align 2
  %".104" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".105" = zext i16 %".104" to i64
  %".106" = trunc i64 %".105" to i16
  %".107" = call i16 @"llvm.bswap.i16"(i16 %".106")
  %".108" = getelementptr i8, ptr %"keys.8", i64 14
  store i16 %".107", ptr %".108", align 2
  %".110" = add i64 %"cursor.2", 4
  %".111" = trunc i64 %"cursor.2" to i16
  %".112" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".111", ptr %".112", align 2
  br label %"return"
leaf:
  %"cursor.3" = phi  i64 [%".53", %"shim.to_leaf"]
  %"data.6" = phi  ptr [%"data.4", %"shim.to_leaf"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"shim.to_leaf"]
  %"keys.6" = phi  ptr [%"keys.4", %"shim.to_leaf"]
  %".115" = add i64 %"cursor.3", 0
  %".116" = trunc i64 %".115" to i16
  %".117" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".116", ptr %".117", align 2
  br label %"return"
ports.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".77" = trunc i64 %"cursor.2" to i32
  %".78" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".77", [4 x i8]* %"header_copy", i32 4)
  %".79" = icmp eq i64 %".78", 0
  %".80" = getelementptr i8, ptr %"ctx.2", i64 76
  %".81" = load i32, ptr %".80", align 4
  %".82" = zext i32 %".81" to i64
  %"data.7" = inttoptr i64 %".82" to ptr
  %".83" = getelementptr i8, ptr %"ctx.2", i64 80
  %".84" = load i32, ptr %".83", align 4
  %".85" = zext i32 %".84" to i64
  %"data_end.7" = inttoptr i64 %".85" to ptr
  %".86" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".86", align 8
  %".87" = xor i1 %".79", -1
  br i1 %".87", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".89" = trunc i64 %"cursor.2" to i16
  %".90" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".89", ptr %".90", align 2
  br label %"return"
ports.copy_failed.endif:
  %".93" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".94" = load volatile i16, [4 x i8]* %".93", align 2
  %".95" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".96" = load volatile i16, [4 x i8]* %".95", align 2
  br label %"ports.header"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }