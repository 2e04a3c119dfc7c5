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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry.unknown"], [2, %"shim.copy_failed"], [0, %"shim.unknown"], [2, %"ports.copy_failed"], [0, %"ports.header"]
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
  %".55" = icmp uge i64 %".54", 32
  %".56" = icmp ule i64 %".54", 47
  %".57" = and i1 %".55", %".56"
  br i1 %".57", label %"shim.to_ports", label %"shim.select"
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
  %".60" = trunc i64 %".53" to i16
  %".61" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".60", ptr %".61", align 2
  br label %"return"
shim.to_ports:
  br label %"ports"
shim.to_ports.1:
  br label %"ports"
shim.select:
  switch i64 %".54", label %"shim.unknown" [i64 1, label %"shim.to_ports.1"]
ports:
  %"cursor.2" = phi  i64 [%".53", %"shim.to_ports"], [%".53", %"shim.to_ports.1"]
  %"data.5" = phi  ptr [%"data.4", %"shim.to_ports"], [%"data.4", %"shim.to_ports.1"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"shim.to_ports"], [%"data_end.4", %"shim.to_ports.1"]
  %"keys.5" = phi  ptr [%"keys.4", %"shim.to_ports"], [%"keys.4", %"shim.to_ports.1"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".66" = getelementptr i8, ptr %"hdr.1", i64 4
  %".67" = icmp ugt ptr %".66", %"data_end.5"
  br i1 %".67", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".69" = getelementptr i8, ptr %"hdr.1", i64 0
  %".70" = load i16, ptr %".69", align 2
  %".71" = getelementptr i8, ptr %"hdr.1", i64 2
  %".72" = load i16, ptr %".71", align 2
  br label %"ports.header"
ports.header:
  %"w0_2" = phi  i16 [%".70", %"ports.linear"], [%".91", %"ports.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".72", %"ports.linear"], [%".93", %"ports.copy_failed.endif"]
  %"data.7" = phi  ptr [%"data.5", %"ports.linear"], [%"data.6", %"ports.copy_failed.endif"]
  %"data_end.7" = phi  ptr [%"data_end.5", %"ports.linear"], [%"data_end.6", %"ports.copy_failed.endif"]
  %"keys.7" = phi  ptr [%"keys.5", %"ports.linear"], [%"keys.6", %"ports.copy_failed.endif"]
  %".95" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".96" = zext i16 %".95" to i64
  %".97" = trunc i64 %".96" to i16
  %".98" = call i16 @"llvm.bswap.i16"(i16 %".97")
  %".99" = getelementptr i8, ptr %"keys.7", i64 12
  store i16 %".98", ptr %".99", align 2
  %".101" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".102" = zext i16 %".101" to i64
  %".103" = trunc i64 %".102" to i16
  %".104" = call i16 @"llvm.bswap.i16"(i16 %".103")
  %".105" = getelementptr i8, ptr %"keys.7", i64 14
  store i16 %".104", ptr %".105", align 2
  %".107" = add i64 %"cursor.2", 4
  %".108" = trunc i64 %"cursor.2" to i16
  %".109" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".108", ptr %".109", align 2
  br label %"return"
ports.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".74" = trunc i64 %"cursor.2" to i32
  %".75" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".74", [4 x i8]* %"header_copy", i32 4)
  %".76" = icmp eq i64 %".75", 0
  %".77" = getelementptr i8, ptr %"ctx.2", i64 76
  %".78" = load i32, ptr %".77", align 4
  %".79" = zext i32 %".78" to i64
  %"data.6" = inttoptr i64 %".79" to ptr
  %".80" = getelementptr i8, ptr %"ctx.2", i64 80
  %".81" = load i32, ptr %".80", align 4
  %".82" = zext i32 %".81" to i64
  %"data_end.6" = inttoptr i64 %".82" to ptr
  %".83" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.6" = load ptr, ptr %".83", align 8
  %".84" = xor i1 %".76", -1
  br i1 %".84", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".86" = trunc i64 %"cursor.2" to i16
  %".87" = getelementptr i8, ptr %"keys.6", i64 2
  store i16 %".86", ptr %".87", align 2
  br label %"return"
ports.copy_failed.endif:
  %".90" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".91" = load volatile i16, [4 x i8]* %".90", align 2
  %".92" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".93" = load volatile i16, [4 x i8]* %".92", align 2
  br label %"ports.header"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }