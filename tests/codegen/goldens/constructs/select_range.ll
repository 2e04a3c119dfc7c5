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
  %".27" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".15")
  %".28" = icmp eq i16 %".27", 46472
  br i1 %".28", label %"entry.to_shim", label %"entry.select"
entry.to_shim:
  br label %"shim"
shim:
  %"cursor.1" = phi  i64 [%".26", %"entry.to_shim"]
  %"data.2" = phi  ptr [%"data.1", %"entry.to_shim"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry.to_shim"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry.to_shim"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".36" = getelementptr i8, ptr %"hdr", i64 2
  %".37" = icmp ugt ptr %".36", %"data_end.2"
  br i1 %".37", label %"shim.copy", label %"shim.linear", !prof !0
shim.linear:
  %".39" = getelementptr i8, ptr %"hdr", i64 0
  %".40" = load i8, ptr %".39", align 1
  br label %"shim.header"
shim.header:
  %"w0_1" = phi  i8 [%".40", %"shim.linear"], [%".59", %"shim.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"shim.linear"], [%"data.3", %"shim.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"shim.linear"], [%"data_end.3", %"shim.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"shim.linear"], [%"keys.3", %"shim.copy_failed.endif"]
  %".61" = add i64 %"cursor.1", 2
  %".62" = zext i8 %"w0_1" to i64
  %".63" = icmp uge i64 %".62", 32
  %".64" = icmp ule i64 %".62", 47
  %".65" = and i1 %".63", %".64"
  br i1 %".65", label %"shim.to_ports", label %"shim.select"
entry.unknown:
  %".31" = trunc i64 %".26" to i16
  %".32" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".31", ptr %".32", align 2
  br label %"return"
entry.select:
  br label %"entry.unknown"
shim.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".42" = trunc i64 %"cursor.1" to i32
  %".43" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".42", [4 x i8]* %"header_copy", i32 2)
  %".44" = icmp eq i64 %".43", 0
  %".45" = getelementptr i8, ptr %"ctx.1", i64 76
  %".46" = load i32, ptr %".45", align 4
  %".47" = zext i32 %".46" to i64
  %"data.3" = inttoptr i64 %".47" to ptr
  %".48" = getelementptr i8, ptr %"ctx.1", i64 80
  %".49" = load i32, ptr %".48", align 4
  %".50" = zext i32 %".49" to i64
  %"data_end.3" = inttoptr i64 %".50" to ptr
  %".51" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.3" = load ptr, ptr %".51", align 8
  %".52" = xor i1 %".44", -1
  br i1 %".52", label %"shim.copy_failed", label %"shim.copy_failed.endif"
shim.copy_failed:
  %".54" = trunc i64 %"cursor.1" to i16
  %".55" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".54", ptr %".55", align 2
  br label %"return"
shim.copy_failed.endif:
  %".58" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".59" = load volatile i8, [4 x i8]* %".58", align 1
  br label %"shim.header"
shim.unknown:
  %".71" = trunc i64 %".61" to i16
  %".72" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".71", ptr %".72", align 2
  br label %"return"
shim.to_ports:
  br label %"ports"
shim.select:
  %".67" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".62")
  %".68" = icmp eq i64 %".67", 1
  br i1 %".68", label %"shim.to_ports.1", label %"shim.select.1"
shim.to_ports.1:
  br label %"ports"
shim.select.1:
  br label %"shim.unknown"
ports:
  %"cursor.2" = phi  i64 [%".61", %"shim.to_ports"], [%".61", %"shim.to_ports.1"]
  %"data.5" = phi  ptr [%"data.4", %"shim.to_ports"], [%"data.4", %"shim.to_ports.1"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"shim.to_ports"], [%"data_end.4", %"shim.to_ports.1"]
  %"keys.5" = phi  ptr [%"keys.4", %"shim.to_ports"], [%"keys.4", %"shim.to_ports.1"]
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

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }