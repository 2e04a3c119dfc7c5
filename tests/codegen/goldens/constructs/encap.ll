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
  %"verdict" = phi  i32 [129, %"entry.nhoff_max"], [2, %"entry_d0.unknown"], [2, %"shim_d0.copy_failed"], [0, %"shim_d0.unknown"], [0, %"shim_d0.stop_at_encap"], [2, %"tunnel_d0.copy_failed"], [0, %"tunnel_d0.stop_at_encap"], [0, %"tunnel_d0.unknown"], [2, %"ports.copy_failed"], [0, %"ports.header"]
  ret i32 %"verdict"
entry.nhoff_max:
  br label %"return"
entry.nhoff_max.endif:
  br label %"entry_d0"
entry_d0:
  %"cursor" = phi  i64 [%"nhoff", %"entry.nhoff_max.endif"]
  %"data.1" = phi  ptr [%"data", %"entry.nhoff_max.endif"]
  %"data_end.1" = phi  ptr [%"data_end", %"entry.nhoff_max.endif"]
  %"keys.1" = phi  ptr [%"keys", %"entry.nhoff_max.endif"]
  %".21" = add i64 %"cursor", 0
  switch i64 %"n_proto", label %"entry_d0.unknown" [i64 34997, label %"entry_d0.to_shim"]
entry_d0.unknown:
  %".23" = trunc i64 %".21" to i16
  %".24" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".23", ptr %".24", align 2
  br label %"return"
entry_d0.to_shim:
  br label %"shim_d0"
shim_d0:
  %"cursor.1" = phi  i64 [%".21", %"entry_d0.to_shim"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_shim"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_shim"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_shim"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".28" = getelementptr i8, ptr %"hdr", i64 2
  %".29" = icmp ugt ptr %".28", %"data_end.2"
  br i1 %".29", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".31" = getelementptr i8, ptr %"hdr", i64 0
  %".32" = load i8, ptr %".31", align 1
  br label %"shim_d0.header"
shim_d0.header:
  %"w0_1" = phi  i8 [%".32", %"shim_d0.linear"], [%".51", %"shim_d0.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"shim_d0.linear"], [%"data.3", %"shim_d0.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"shim_d0.linear"], [%"data_end.3", %"shim_d0.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"shim_d0.linear"], [%"keys.3", %"shim_d0.copy_failed.endif"]
  %".53" = add i64 %"cursor.1", 2
  %".54" = zext i8 %"w0_1" to i64
  switch i64 %".54", label %"shim_d0.unknown" [i64 1, label %"shim_d0.to_tunnel" i64 2, label %"shim_d0.to_ports"]
shim_d0.copy:
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
  br i1 %".44", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".46" = trunc i64 %"cursor.1" to i16
  %".47" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".46", ptr %".47", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".50" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".51" = load volatile i8, [4 x i8]* %".50", align 1
  br label %"shim_d0.header"
shim_d0.unknown:
  %".56" = trunc i64 %".53" to i16
  %".57" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".56", ptr %".57", align 2
  br label %"return"
shim_d0.to_tunnel:
  br label %"tunnel_d0"
shim_d0.to_ports:
  %".61" = getelementptr i8, ptr %"keys.4", i64 8
  store i8 1, ptr %".61", align 1
  %".63" = getelementptr i8, ptr %"keys.4", i64 48
  %"flags" = load volatile i32, ptr %".63", align 4
  %".64" = and i32 %"flags", 4
  %".65" = icmp ne i32 %".64", 0
  br i1 %".65", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif"
tunnel_d0:
  %"cursor.2" = phi  i64 [%".53", %"shim_d0.to_tunnel"]
  %"data.5" = phi  ptr [%"data.4", %"shim_d0.to_tunnel"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"shim_d0.to_tunnel"]
  %"keys.5" = phi  ptr [%"keys.4", %"shim_d0.to_tunnel"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".72" = getelementptr i8, ptr %"hdr.1", i64 4
  %".73" = icmp ugt ptr %".72", %"data_end.5"
  br i1 %".73", label %"tunnel_d0.copy", label %"tunnel_d0.linear", !prof !0
tunnel_d0.linear:
  %".75" = getelementptr i8, ptr %"hdr.1", i64 0
  %".76" = load i16, ptr %".75", align 2
  br label %"tunnel_d0.header"
tunnel_d0.header:
  %"w0_2" = phi  i16 [%".76", %"tunnel_d0.linear"], [%".95", %"tunnel_d0.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"tunnel_d0.linear"], [%"data.7", %"tunnel_d0.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"tunnel_d0.linear"], [%"data_end.7", %"tunnel_d0.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"tunnel_d0.linear"], [%"keys.7", %"tunnel_d0.copy_failed.endif"]
  %".97" = add i64 %"cursor.2", 4
  %".98" = getelementptr i8, ptr %"keys.8", i64 8
  store i8 1, ptr %".98", align 1
  %".100" = getelementptr i8, ptr %"keys.8", i64 48
  %"flags.1" = load volatile i32, ptr %".100", align 4
  %".101" = and i32 %"flags.1", 4
  %".102" = icmp ne i32 %".101", 0
  br i1 %".102", label %"tunnel_d0.stop_at_encap", label %"tunnel_d0.stop_at_encap.endif"
shim_d0.stop_at_encap:
  %".67" = trunc i64 %".53" to i16
  %".68" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".67", ptr %".68", align 2
  br label %"return"
shim_d0.stop_at_encap.endif:
  br label %"ports"
ports:
  %"cursor.3" = phi  i64 [%".53", %"shim_d0.stop_at_encap.endif"], [%".97", %"tunnel_d0.to_ports"]
  %"data.6" = phi  ptr [%"data.4", %"shim_d0.stop_at_encap.endif"], [%"data.8", %"tunnel_d0.to_ports"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"shim_d0.stop_at_encap.endif"], [%"data_end.8", %"tunnel_d0.to_ports"]
  %"keys.6" = phi  ptr [%"keys.4", %"shim_d0.stop_at_encap.endif"], [%"keys.8", %"tunnel_d0.to_ports"]
  %"hdr.2" = getelementptr i8, ptr %"data.6", i64 %"cursor.3"
  %".122" = getelementptr i8, ptr %"hdr.2", i64 4
  %".123" = icmp ugt ptr %".122", %"data_end.6"
  br i1 %".123", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".125" = getelementptr i8, ptr %"hdr.2", i64 0
  %".126" = load i16, ptr %".125", align 2
  %".127" = getelementptr i8, ptr %"hdr.2", i64 2
  %".128" = load i16, ptr %".127", align 2
  br label %"ports.header"
ports.header:
  %"w0_2.1" = phi  i16 [%".126", %"ports.linear"], [%".147", %"ports.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".128", %"ports.linear"], [%".149", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.6", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.6", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.6", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".151" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".152" = zext i16 %".151" to i64
  %".153" = trunc i64 %".152" to i16
  %".154" = call i16 @"llvm.bswap.i16"(i16 %".153")
  %".155" = getelementptr i8, ptr %"keys.10", i64 12
  store i16 %".154", ptr %".155", align 2
  %".157" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".158" = zext i16 %".157" to i64
  %".159" = trunc i64 %".158" to i16
  %".160" = call i16 @"llvm.bswap.i16"(i16 %".159")
  %".161" = getelementptr i8, ptr %"keys.10", i64 14
  store i16 %".160", ptr %".161", align 2
  %".163" = add i64 %"cursor.3", 4
  %".164" = trunc i64 %"cursor.3" to i16
  %".165" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".164", ptr %".165", align 2
  br label %"return"
tunnel_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".78" = trunc i64 %"cursor.2" to i32
  %".79" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".78", [4 x i8]* %"header_copy", i32 4)
  %".80" = icmp eq i64 %".79", 0
  %".81" = getelementptr i8, ptr %"ctx.2", i64 76
  %".82" = load i32, ptr %".81", align 4
  %".83" = zext i32 %".82" to i64
  %"data.7" = inttoptr i64 %".83" to ptr
  %".84" = getelementptr i8, ptr %"ctx.2", i64 80
  %".85" = load i32, ptr %".84", align 4
  %".86" = zext i32 %".85" to i64
  %"data_end.7" = inttoptr i64 %".86" to ptr
  %".87" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".87", align 8
  %".88" = xor i1 %".80", -1
  br i1 %".88", label %"tunnel_d0.copy_failed", label %"tunnel_d0.copy_failed.endif"
tunnel_d0.copy_failed:
  %".90" = trunc i64 %"cursor.2" to i16
  %".91" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".90", ptr %".91", align 2
  br label %"return"
tunnel_d0.copy_failed.endif:
  %".94" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".95" = load volatile i16, [4 x i8]* %".94", align 2
  br label %"tunnel_d0.header"
tunnel_d0.stop_at_encap:
  %".104" = trunc i64 %".97" to i16
  %".105" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".104", ptr %".105", align 2
  br label %"return"
tunnel_d0.stop_at_encap.endif:
  %".108" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".109" = zext i16 %".108" to i64
  %".110" = trunc i64 %".109" to i16
  %".111" = call i16 @"llvm.bswap.i16"(i16 %".110")
  %".112" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %".111", ptr %".112", align 2
  %".114" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".115" = zext i16 %".114" to i64
  switch i64 %".115", label %"tunnel_d0.unknown" [i64 6, label %"tunnel_d0.to_ports"]
tunnel_d0.unknown:
  %".117" = trunc i64 %".97" to i16
  %".118" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".117", ptr %".118", align 2
  br label %"return"
tunnel_d0.to_ports:
  br label %"ports"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".130" = trunc i64 %"cursor.3" to i32
  %".131" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".130", [4 x i8]* %"header_copy", i32 4)
  %".132" = icmp eq i64 %".131", 0
  %".133" = getelementptr i8, ptr %"ctx.3", i64 76
  %".134" = load i32, ptr %".133", align 4
  %".135" = zext i32 %".134" to i64
  %"data.9" = inttoptr i64 %".135" to ptr
  %".136" = getelementptr i8, ptr %"ctx.3", i64 80
  %".137" = load i32, ptr %".136", align 4
  %".138" = zext i32 %".137" to i64
  %"data_end.9" = inttoptr i64 %".138" to ptr
  %".139" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".139", align 8
  %".140" = xor i1 %".132", -1
  br i1 %".140", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".142" = trunc i64 %"cursor.3" to i16
  %".143" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".142", ptr %".143", align 2
  br label %"return"
ports.copy_failed.endif:
  %".146" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".147" = load volatile i16, [4 x i8]* %".146", align 2
  %".148" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".149" = load volatile i16, [4 x i8]* %".148", align 2
  br label %"ports.header"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }