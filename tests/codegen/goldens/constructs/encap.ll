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
  br label %"entry_d0"
return:
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry_d0.unknown"], [2, %"shim_d0.copy_failed"], [0, %"shim_d0.unknown"], [0, %"shim_d0.stop_at_encap"], [2, %"tunnel_d0.copy_failed"], [0, %"tunnel_d0.stop_at_encap"], [0, %"tunnel_d0.unknown"], [2, %"ports.copy_failed"], [0, %"ports.header"], [129, %"widening.beyond"]
  ret i32 %"verdict"
entry.continue:
  br label %"return"
entry_d0:
  %"cursor" = phi  i64 [%"nhoff", %"program"]
  %"data.1" = phi  ptr [%"data", %"program"]
  %"data_end.1" = phi  ptr [%"data_end", %"program"]
  %"keys.1" = phi  ptr [%"keys", %"program"]
  %".26" = add i64 %"cursor", 0
  switch i16 %".15", label %"entry_d0.unknown" [i16 46472, label %"entry_d0.to_shim"]
entry_d0.to_shim:
  br label %"shim_d0"
shim_d0:
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_shim"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_shim"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_shim"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_shim"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".33" = getelementptr i8, ptr %"hdr", i64 2
  %".34" = icmp ugt ptr %".33", %"data_end.2"
  br i1 %".34", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".36" = getelementptr i8, ptr %"hdr", i64 0
  %".37" = load i8, ptr %".36", align 1
  br label %"shim_d0.header"
shim_d0.header:
  %"w0_1" = phi  i8 [%".37", %"shim_d0.linear"], [%".56", %"shim_d0.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"shim_d0.linear"], [%"data.3", %"shim_d0.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"shim_d0.linear"], [%"data_end.3", %"shim_d0.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"shim_d0.linear"], [%"keys.3", %"shim_d0.copy_failed.endif"]
  %".58" = add i64 %"cursor.1", 2
  %".59" = zext i8 %"w0_1" to i64
  switch i64 %".59", label %"shim_d0.unknown" [i64 1, label %"shim_d0.to_tunnel" i64 2, label %"shim_d0.to_ports"]
shim_d0.to_tunnel:
  br label %"tunnel_d0"
tunnel_d0:
  %"cursor.2" = phi  i64 [%".58", %"shim_d0.to_tunnel"]
  %"data.5" = phi  ptr [%"data.4", %"shim_d0.to_tunnel"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"shim_d0.to_tunnel"]
  %"keys.5" = phi  ptr [%"keys.4", %"shim_d0.to_tunnel"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".77" = getelementptr i8, ptr %"hdr.1", i64 4
  %".78" = icmp ugt ptr %".77", %"data_end.5"
  br i1 %".78", label %"tunnel_d0.copy", label %"tunnel_d0.linear", !prof !0
tunnel_d0.linear:
  %".80" = getelementptr i8, ptr %"hdr.1", i64 0
  %".81" = load i16, ptr %".80", align 2
  br label %"tunnel_d0.header"
tunnel_d0.header:
  %"w0_2" = phi  i16 [%".81", %"tunnel_d0.linear"], [%".100", %"tunnel_d0.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"tunnel_d0.linear"], [%"data.7", %"tunnel_d0.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"tunnel_d0.linear"], [%"data_end.7", %"tunnel_d0.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"tunnel_d0.linear"], [%"keys.7", %"tunnel_d0.copy_failed.endif"]
  %".102" = add i64 %"cursor.2", 4
  %".103" = getelementptr i8, ptr %"keys.8", i64 8
  store i8 1, ptr %".103", align 1
  %".105" = getelementptr i8, ptr %"keys.8", i64 48
  %"flags.1" = load volatile i32, ptr %".105", align 4
  %".106" = and i32 %"flags.1", 4
  %".107" = icmp ne i32 %".106", 0
  br i1 %".107", label %"tunnel_d0.stop_at_encap", label %"tunnel_d0.stop_at_encap.endif"
entry_d0.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
  br label %"return"
shim_d0.copy:
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
  br i1 %".49", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".51" = trunc i64 %"cursor.1" to i16
  %".52" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".51", ptr %".52", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".55" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".56" = load volatile i8, [4 x i8]* %".55", align 1
  br label %"shim_d0.header"
shim_d0.unknown:
  %".61" = trunc i64 %".58" to i16
  %".62" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".61", ptr %".62", align 2
  br label %"return"
shim_d0.to_ports:
  %".66" = getelementptr i8, ptr %"keys.4", i64 8
  store i8 1, ptr %".66", align 1
  %".68" = getelementptr i8, ptr %"keys.4", i64 48
  %"flags" = load volatile i32, ptr %".68", align 4
  %".69" = and i32 %"flags", 4
  %".70" = icmp ne i32 %".69", 0
  br i1 %".70", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
shim_d0.stop_at_encap:
  %".72" = trunc i64 %".58" to i16
  %".73" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".72", ptr %".73", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  br label %"ports"
ports:
  %"cursor.3" = phi  i64 [%".58", %"shim_d0.stop_at_encap.endif"], [%".102", %"tunnel_d0.to_ports"]
  %"data.6" = phi  ptr [%"data.4", %"shim_d0.stop_at_encap.endif"], [%"data.8", %"tunnel_d0.to_ports"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"shim_d0.stop_at_encap.endif"], [%"data_end.8", %"tunnel_d0.to_ports"]
  %"keys.6" = phi  ptr [%"keys.4", %"shim_d0.stop_at_encap.endif"], [%"keys.8", %"tunnel_d0.to_ports"]
  %"hdr.2" = getelementptr i8, ptr %"data.6", i64 %"cursor.3"
  %".123" = getelementptr i8, ptr %"hdr.2", i64 4
  %".124" = icmp ugt ptr %".123", %"data_end.6"
  br i1 %".124", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".126" = getelementptr i8, ptr %"hdr.2", i64 0
  %".127" = load i32, ptr %".126", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".127", %"ports.linear"], [%".146", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.6", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.6", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.6", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".148" = getelementptr i8, ptr %"keys.10", i64 12
  store i32 %"w0_4", ptr %".148", align 4
  %".150" = add i64 %"cursor.3", 4
  %".151" = trunc i64 %"cursor.3" to i16
  %".152" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".151", ptr %".152", align 2
  br label %"return"
tunnel_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".83" = trunc i64 %"cursor.2" to i32
  %".84" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".83", [4 x i8]* %"header_copy", i32 4)
  %".85" = icmp eq i64 %".84", 0
  %".86" = getelementptr i8, ptr %"ctx.2", i64 76
  %".87" = load i32, ptr %".86", align 4
  %".88" = zext i32 %".87" to i64
  %"data.7" = inttoptr i64 %".88" to ptr
  %".89" = getelementptr i8, ptr %"ctx.2", i64 80
  %".90" = load i32, ptr %".89", align 4
  %".91" = zext i32 %".90" to i64
  %"data_end.7" = inttoptr i64 %".91" to ptr
  %".92" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".92", align 8
  %".93" = xor i1 %".85", -1
  br i1 %".93", label %"tunnel_d0.copy_failed", label %"tunnel_d0.copy_failed.endif"
tunnel_d0.copy_failed:
  %".95" = trunc i64 %"cursor.2" to i16
  %".96" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".95", ptr %".96", align 2
  br label %"return"
tunnel_d0.copy_failed.endif:
  %".99" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".100" = load volatile i16, [4 x i8]* %".99", align 2
  br label %"tunnel_d0.header"
tunnel_d0.stop_at_encap:
  %".109" = trunc i64 %".102" to i16
  %".110" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".109", ptr %".110", align 2
  br label %"return"
tunnel_d0.stop_at_encap.endif:
  %".113" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %"w0_2", ptr %".113", align 2
  %".115" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".116" = zext i16 %".115" to i64
  switch i16 %"w0_2", label %"tunnel_d0.unknown" [i16 1536, label %"tunnel_d0.to_ports"]
tunnel_d0.to_ports:
  br label %"ports"
tunnel_d0.unknown:
  %".118" = trunc i64 %".102" to i16
  %".119" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".118", ptr %".119", align 2
  br label %"return"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".129" = trunc i64 %"cursor.3" to i32
  %".130" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".129", [4 x i8]* %"header_copy", i32 4)
  %".131" = icmp eq i64 %".130", 0
  %".132" = getelementptr i8, ptr %"ctx.3", i64 76
  %".133" = load i32, ptr %".132", align 4
  %".134" = zext i32 %".133" to i64
  %"data.9" = inttoptr i64 %".134" to ptr
  %".135" = getelementptr i8, ptr %"ctx.3", i64 80
  %".136" = load i32, ptr %".135", align 4
  %".137" = zext i32 %".136" to i64
  %"data_end.9" = inttoptr i64 %".137" to ptr
  %".138" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".138", align 8
  %".139" = xor i1 %".131", -1
  br i1 %".139", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".141" = trunc i64 %"cursor.3" to i16
  %".142" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".141", ptr %".142", align 2
  br label %"return"
ports.copy_failed.endif:
  %".145" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".146" = load volatile i32, [4 x i8]* %".145", align 4
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }