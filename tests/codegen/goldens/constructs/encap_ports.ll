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
  %"verdict" = phi  i32 [129, %"entry.continue"], [2, %"entry_d0.unknown"], [2, %"outer_d0.copy_failed"], [0, %"outer_d0.unknown"], [0, %"outer_d0.stop_at_encap"], [2, %"tunnel_d0.copy_failed"], [0, %"tunnel_d0.stop_at_encap"], [0, %"tunnel_d0.unknown"], [2, %"ports.copy_failed"], [0, %"ports.header"], [129, %"widening.beyond"]
  ret i32 %"verdict"
entry.continue:
  br label %"return"
entry_d0:
  %"cursor" = phi  i64 [%"nhoff", %"program"]
  %"data.1" = phi  ptr [%"data", %"program"]
  %"data_end.1" = phi  ptr [%"data_end", %"program"]
  %"keys.1" = phi  ptr [%"keys", %"program"]
  %".26" = add i64 %"cursor", 0
  switch i16 %".15", label %"entry_d0.unknown" [i16 46472, label %"entry_d0.to_outer"]
entry_d0.to_outer:
  br label %"outer_d0"
outer_d0:
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_outer"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_outer"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_outer"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_outer"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".33" = getelementptr i8, ptr %"hdr", i64 4
  %".34" = icmp ugt ptr %".33", %"data_end.2"
  br i1 %".34", label %"outer_d0.copy", label %"outer_d0.linear", !prof !0
outer_d0.linear:
  %".36" = getelementptr i8, ptr %"hdr", i64 0
  %".37" = load i32, ptr %".36", align 4
  br label %"outer_d0.header"
outer_d0.header:
  %"w0_4" = phi  i32 [%".37", %"outer_d0.linear"], [%".56", %"outer_d0.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"outer_d0.linear"], [%"data.3", %"outer_d0.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"outer_d0.linear"], [%"data_end.3", %"outer_d0.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"outer_d0.linear"], [%"keys.3", %"outer_d0.copy_failed.endif"]
  %".58" = getelementptr i8, ptr %"keys.4", i64 12
  store i32 %"w0_4", ptr %".58", align 4
  %".60" = add i64 %"cursor.1", 4
  %".61" = lshr i32 %"w0_4", 16
  %".62" = trunc i32 %".61" to i16
  %".63" = call i16 @"llvm.bswap.i16"(i16 %".62")
  %".64" = zext i16 %".63" to i64
  switch i16 %".62", label %"outer_d0.unknown" [i16 256, label %"outer_d0.to_tunnel" i16 512, label %"outer_d0.to_ports"]
outer_d0.to_tunnel:
  br label %"tunnel_d0"
tunnel_d0:
  %"cursor.2" = phi  i64 [%".60", %"outer_d0.to_tunnel"]
  %"data.5" = phi  ptr [%"data.4", %"outer_d0.to_tunnel"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"outer_d0.to_tunnel"]
  %"keys.5" = phi  ptr [%"keys.4", %"outer_d0.to_tunnel"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".84" = getelementptr i8, ptr %"hdr.1", i64 4
  %".85" = icmp ugt ptr %".84", %"data_end.5"
  br i1 %".85", label %"tunnel_d0.copy", label %"tunnel_d0.linear", !prof !0
tunnel_d0.linear:
  %".87" = getelementptr i8, ptr %"hdr.1", i64 0
  %".88" = load i16, ptr %".87", align 2
  br label %"tunnel_d0.header"
tunnel_d0.header:
  %"w0_2" = phi  i16 [%".88", %"tunnel_d0.linear"], [%".107", %"tunnel_d0.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"tunnel_d0.linear"], [%"data.7", %"tunnel_d0.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"tunnel_d0.linear"], [%"data_end.7", %"tunnel_d0.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"tunnel_d0.linear"], [%"keys.7", %"tunnel_d0.copy_failed.endif"]
  %".109" = add i64 %"cursor.2", 4
  %".110" = getelementptr i8, ptr %"keys.8", i64 8
  store i8 1, ptr %".110", align 1
  %".112" = getelementptr i8, ptr %"keys.8", i64 48
  %"flags.1" = load volatile i32, ptr %".112", align 4
  %".113" = and i32 %"flags.1", 4
  %".114" = icmp ne i32 %".113", 0
  br i1 %".114", label %"tunnel_d0.stop_at_encap", label %"tunnel_d0.stop_at_encap.endif"
entry_d0.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
  br label %"return"
outer_d0.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".39" = trunc i64 %"cursor.1" to i32
  %".40" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".39", [4 x i8]* %"header_copy", i32 4)
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
  br i1 %".49", label %"outer_d0.copy_failed", label %"outer_d0.copy_failed.endif"
outer_d0.copy_failed:
  %".51" = trunc i64 %"cursor.1" to i16
  %".52" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".51", ptr %".52", align 2
  br label %"return"
outer_d0.copy_failed.endif:
  %".55" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".56" = load volatile i32, [4 x i8]* %".55", align 4
  br label %"outer_d0.header"
outer_d0.unknown:
  %".66" = trunc i64 %".60" to i16
  %".67" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".66", ptr %".67", align 2
  br label %"return"
outer_d0.to_ports:
  %".71" = getelementptr i8, ptr %"keys.4", i64 8
  store i8 1, ptr %".71", align 1
  %".73" = getelementptr i8, ptr %"keys.4", i64 48
  %"flags" = load volatile i32, ptr %".73", align 4
  %".74" = and i32 %"flags", 4
  %".75" = icmp ne i32 %".74", 0
  br i1 %".75", label %"outer_d0.stop_at_encap", label %"outer_d0.stop_at_encap.endif"
outer_d0.stop_at_encap:
  %".77" = trunc i64 %".60" to i16
  %".78" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".77", ptr %".78", align 2
  br label %"return"
outer_d0.stop_at_encap.endif:
  %".81" = getelementptr i8, ptr %"keys.4", i64 12
  store i32 0, ptr %".81", align 4
  br label %"ports"
ports:
  %"cursor.3" = phi  i64 [%".60", %"outer_d0.stop_at_encap.endif"], [%".109", %"tunnel_d0.to_ports"]
  %"data.6" = phi  ptr [%"data.4", %"outer_d0.stop_at_encap.endif"], [%"data.8", %"tunnel_d0.to_ports"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"outer_d0.stop_at_encap.endif"], [%"data_end.8", %"tunnel_d0.to_ports"]
  %"keys.6" = phi  ptr [%"keys.4", %"outer_d0.stop_at_encap.endif"], [%"keys.8", %"tunnel_d0.to_ports"]
  %"hdr.2" = getelementptr i8, ptr %"data.6", i64 %"cursor.3"
  %".132" = getelementptr i8, ptr %"hdr.2", i64 4
  %".133" = icmp ugt ptr %".132", %"data_end.6"
  br i1 %".133", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".135" = getelementptr i8, ptr %"hdr.2", i64 0
  %".136" = load i32, ptr %".135", align 4
  br label %"ports.header"
ports.header:
  %"w0_4.1" = phi  i32 [%".136", %"ports.linear"], [%".155", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.6", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.6", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.6", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".157" = getelementptr i8, ptr %"keys.10", i64 12
  store i32 %"w0_4.1", ptr %".157", align 4
  %".159" = add i64 %"cursor.3", 4
  %".160" = trunc i64 %"cursor.3" to i16
  %".161" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".160", ptr %".161", align 2
  br label %"return"
tunnel_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".90" = trunc i64 %"cursor.2" to i32
  %".91" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".90", [4 x i8]* %"header_copy", i32 4)
  %".92" = icmp eq i64 %".91", 0
  %".93" = getelementptr i8, ptr %"ctx.2", i64 76
  %".94" = load i32, ptr %".93", align 4
  %".95" = zext i32 %".94" to i64
  %"data.7" = inttoptr i64 %".95" to ptr
  %".96" = getelementptr i8, ptr %"ctx.2", i64 80
  %".97" = load i32, ptr %".96", align 4
  %".98" = zext i32 %".97" to i64
  %"data_end.7" = inttoptr i64 %".98" to ptr
  %".99" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".99", align 8
  %".100" = xor i1 %".92", -1
  br i1 %".100", label %"tunnel_d0.copy_failed", label %"tunnel_d0.copy_failed.endif"
tunnel_d0.copy_failed:
  %".102" = trunc i64 %"cursor.2" to i16
  %".103" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".102", ptr %".103", align 2
  br label %"return"
tunnel_d0.copy_failed.endif:
  %".106" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".107" = load volatile i16, [4 x i8]* %".106", align 2
  br label %"tunnel_d0.header"
tunnel_d0.stop_at_encap:
  %".116" = trunc i64 %".109" to i16
  %".117" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".116", ptr %".117", align 2
  br label %"return"
tunnel_d0.stop_at_encap.endif:
  %".120" = getelementptr i8, ptr %"keys.8", i64 12
  store i32 0, ptr %".120", align 4
  %".122" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %"w0_2", ptr %".122", align 2
  %".124" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".125" = zext i16 %".124" to i64
  switch i16 %"w0_2", label %"tunnel_d0.unknown" [i16 1536, label %"tunnel_d0.to_ports"]
tunnel_d0.to_ports:
  br label %"ports"
tunnel_d0.unknown:
  %".127" = trunc i64 %".109" to i16
  %".128" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".127", ptr %".128", align 2
  br label %"return"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".138" = trunc i64 %"cursor.3" to i32
  %".139" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".138", [4 x i8]* %"header_copy", i32 4)
  %".140" = icmp eq i64 %".139", 0
  %".141" = getelementptr i8, ptr %"ctx.3", i64 76
  %".142" = load i32, ptr %".141", align 4
  %".143" = zext i32 %".142" to i64
  %"data.9" = inttoptr i64 %".143" to ptr
  %".144" = getelementptr i8, ptr %"ctx.3", i64 80
  %".145" = load i32, ptr %".144", align 4
  %".146" = zext i32 %".145" to i64
  %"data_end.9" = inttoptr i64 %".146" to ptr
  %".147" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".147", align 8
  %".148" = xor i1 %".140", -1
  br i1 %".148", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".150" = trunc i64 %"cursor.3" to i16
  %".151" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".150", ptr %".151", align 2
  br label %"return"
ports.copy_failed.endif:
  %".154" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".155" = load volatile i32, [4 x i8]* %".154", align 4
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }