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
  switch i64 %"n_proto", label %"entry_d0.unknown" [i64 34997, label %"entry_d0.to_outer"]
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
  %".37" = load i16, ptr %".36", align 2
  %".38" = getelementptr i8, ptr %"hdr", i64 2
  %".39" = load i16, ptr %".38", align 2
  br label %"outer_d0.header"
outer_d0.header:
  %"w0_2" = phi  i16 [%".37", %"outer_d0.linear"], [%".58", %"outer_d0.copy_failed.endif"]
  %"w2_2" = phi  i16 [%".39", %"outer_d0.linear"], [%".60", %"outer_d0.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"outer_d0.linear"], [%"data.3", %"outer_d0.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"outer_d0.linear"], [%"data_end.3", %"outer_d0.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"outer_d0.linear"], [%"keys.3", %"outer_d0.copy_failed.endif"]
  %".62" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".63" = zext i16 %".62" to i64
  %".64" = trunc i64 %".63" to i16
  %".65" = call i16 @"llvm.bswap.i16"(i16 %".64")
  %".66" = getelementptr i8, ptr %"keys.4", i64 12
  store i16 %".65", ptr %".66", align 2
  %".68" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".69" = zext i16 %".68" to i64
  %".70" = trunc i64 %".69" to i16
  %".71" = call i16 @"llvm.bswap.i16"(i16 %".70")
  %".72" = getelementptr i8, ptr %"keys.4", i64 14
  store i16 %".71", ptr %".72", align 2
  %".74" = add i64 %"cursor.1", 4
  %".75" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".76" = zext i16 %".75" to i64
  switch i64 %".76", label %"outer_d0.unknown" [i64 1, label %"outer_d0.to_tunnel" i64 2, label %"outer_d0.to_ports"]
outer_d0.to_tunnel:
  br label %"tunnel_d0"
tunnel_d0:
  %"cursor.2" = phi  i64 [%".74", %"outer_d0.to_tunnel"]
  %"data.5" = phi  ptr [%"data.4", %"outer_d0.to_tunnel"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"outer_d0.to_tunnel"]
  %"keys.5" = phi  ptr [%"keys.4", %"outer_d0.to_tunnel"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".96" = getelementptr i8, ptr %"hdr.1", i64 4
  %".97" = icmp ugt ptr %".96", %"data_end.5"
  br i1 %".97", label %"tunnel_d0.copy", label %"tunnel_d0.linear", !prof !0
tunnel_d0.linear:
  %".99" = getelementptr i8, ptr %"hdr.1", i64 0
  %".100" = load i16, ptr %".99", align 2
  br label %"tunnel_d0.header"
tunnel_d0.header:
  %"w0_2.1" = phi  i16 [%".100", %"tunnel_d0.linear"], [%".119", %"tunnel_d0.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"tunnel_d0.linear"], [%"data.7", %"tunnel_d0.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"tunnel_d0.linear"], [%"data_end.7", %"tunnel_d0.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"tunnel_d0.linear"], [%"keys.7", %"tunnel_d0.copy_failed.endif"]
  %".121" = add i64 %"cursor.2", 4
  %".122" = getelementptr i8, ptr %"keys.8", i64 8
  store i8 1, ptr %".122", align 1
  %".124" = getelementptr i8, ptr %"keys.8", i64 48
  %"flags.1" = load volatile i32, ptr %".124", align 4
  %".125" = and i32 %"flags.1", 4
  %".126" = icmp ne i32 %".125", 0
  br i1 %".126", label %"tunnel_d0.stop_at_encap", label %"tunnel_d0.stop_at_encap.endif"
entry_d0.unknown:
  %".28" = trunc i64 %".26" to i16
  %".29" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".28", ptr %".29", align 2
  br label %"return"
outer_d0.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".41" = trunc i64 %"cursor.1" to i32
  %".42" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".41", [4 x i8]* %"header_copy", i32 4)
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
  br i1 %".51", label %"outer_d0.copy_failed", label %"outer_d0.copy_failed.endif"
outer_d0.copy_failed:
  %".53" = trunc i64 %"cursor.1" to i16
  %".54" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".53", ptr %".54", align 2
  br label %"return"
outer_d0.copy_failed.endif:
  %".57" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".58" = load volatile i16, [4 x i8]* %".57", align 2
  %".59" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".60" = load volatile i16, [4 x i8]* %".59", align 2
  br label %"outer_d0.header"
outer_d0.unknown:
  %".78" = trunc i64 %".74" to i16
  %".79" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".78", ptr %".79", align 2
  br label %"return"
outer_d0.to_ports:
  %".83" = getelementptr i8, ptr %"keys.4", i64 8
  store i8 1, ptr %".83", align 1
  %".85" = getelementptr i8, ptr %"keys.4", i64 48
  %"flags" = load volatile i32, ptr %".85", align 4
  %".86" = and i32 %"flags", 4
  %".87" = icmp ne i32 %".86", 0
  br i1 %".87", label %"outer_d0.stop_at_encap", label %"outer_d0.stop_at_encap.endif"
outer_d0.stop_at_encap:
  %".89" = trunc i64 %".74" to i16
  %".90" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".89", ptr %".90", align 2
  br label %"return"
outer_d0.stop_at_encap.endif:
  %".93" = getelementptr i8, ptr %"keys.4", i64 12
  store i32 0, ptr %".93", align 4
  br label %"ports"
ports:
  %"cursor.3" = phi  i64 [%".74", %"outer_d0.stop_at_encap.endif"], [%".121", %"tunnel_d0.to_ports"]
  %"data.6" = phi  ptr [%"data.4", %"outer_d0.stop_at_encap.endif"], [%"data.8", %"tunnel_d0.to_ports"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"outer_d0.stop_at_encap.endif"], [%"data_end.8", %"tunnel_d0.to_ports"]
  %"keys.6" = phi  ptr [%"keys.4", %"outer_d0.stop_at_encap.endif"], [%"keys.8", %"tunnel_d0.to_ports"]
  %"hdr.2" = getelementptr i8, ptr %"data.6", i64 %"cursor.3"
  %".148" = getelementptr i8, ptr %"hdr.2", i64 4
  %".149" = icmp ugt ptr %".148", %"data_end.6"
  br i1 %".149", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".151" = getelementptr i8, ptr %"hdr.2", i64 0
  %".152" = load i16, ptr %".151", align 2
  %".153" = getelementptr i8, ptr %"hdr.2", i64 2
  %".154" = load i16, ptr %".153", align 2
  br label %"ports.header"
ports.header:
  %"w0_2.2" = phi  i16 [%".152", %"ports.linear"], [%".173", %"ports.copy_failed.endif"]
  %"w2_2.1" = phi  i16 [%".154", %"ports.linear"], [%".175", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.6", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.6", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.6", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".177" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".178" = zext i16 %".177" to i64
  %".179" = trunc i64 %".178" to i16
  %".180" = call i16 @"llvm.bswap.i16"(i16 %".179")
  %".181" = getelementptr i8, ptr %"keys.10", i64 12
  store i16 %".180", ptr %".181", align 2
  %".183" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".184" = zext i16 %".183" to i64
  %".185" = trunc i64 %".184" to i16
  %".186" = call i16 @"llvm.bswap.i16"(i16 %".185")
  %".187" = getelementptr i8, ptr %"keys.10", i64 14
  store i16 %".186", ptr %".187", align 2
  %".189" = add i64 %"cursor.3", 4
  %".190" = trunc i64 %"cursor.3" to i16
  %".191" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".190", ptr %".191", align 2
  br label %"return"
tunnel_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".102" = trunc i64 %"cursor.2" to i32
  %".103" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".102", [4 x i8]* %"header_copy", i32 4)
  %".104" = icmp eq i64 %".103", 0
  %".105" = getelementptr i8, ptr %"ctx.2", i64 76
  %".106" = load i32, ptr %".105", align 4
  %".107" = zext i32 %".106" to i64
  %"data.7" = inttoptr i64 %".107" to ptr
  %".108" = getelementptr i8, ptr %"ctx.2", i64 80
  %".109" = load i32, ptr %".108", align 4
  %".110" = zext i32 %".109" to i64
  %"data_end.7" = inttoptr i64 %".110" to ptr
  %".111" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".111", align 8
  %".112" = xor i1 %".104", -1
  br i1 %".112", label %"tunnel_d0.copy_failed", label %"tunnel_d0.copy_failed.endif"
tunnel_d0.copy_failed:
  %".114" = trunc i64 %"cursor.2" to i16
  %".115" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".114", ptr %".115", align 2
  br label %"return"
tunnel_d0.copy_failed.endif:
  %".118" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".119" = load volatile i16, [4 x i8]* %".118", align 2
  br label %"tunnel_d0.header"
tunnel_d0.stop_at_encap:
  %".128" = trunc i64 %".121" to i16
  %".129" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".128", ptr %".129", align 2
  br label %"return"
tunnel_d0.stop_at_encap.endif:
  %".132" = getelementptr i8, ptr %"keys.8", i64 12
  store i32 0, ptr %".132", align 4
  %".134" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".135" = zext i16 %".134" to i64
  %".136" = trunc i64 %".135" to i16
  %".137" = call i16 @"llvm.bswap.i16"(i16 %".136")
  %".138" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %".137", ptr %".138", align 2
  %".140" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".141" = zext i16 %".140" to i64
  switch i64 %".141", label %"tunnel_d0.unknown" [i64 6, label %"tunnel_d0.to_ports"]
tunnel_d0.to_ports:
  br label %"ports"
tunnel_d0.unknown:
  %".143" = trunc i64 %".121" to i16
  %".144" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".143", ptr %".144", align 2
  br label %"return"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".156" = trunc i64 %"cursor.3" to i32
  %".157" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".156", [4 x i8]* %"header_copy", i32 4)
  %".158" = icmp eq i64 %".157", 0
  %".159" = getelementptr i8, ptr %"ctx.3", i64 76
  %".160" = load i32, ptr %".159", align 4
  %".161" = zext i32 %".160" to i64
  %"data.9" = inttoptr i64 %".161" to ptr
  %".162" = getelementptr i8, ptr %"ctx.3", i64 80
  %".163" = load i32, ptr %".162", align 4
  %".164" = zext i32 %".163" to i64
  %"data_end.9" = inttoptr i64 %".164" to ptr
  %".165" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".165", align 8
  %".166" = xor i1 %".158", -1
  br i1 %".166", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".168" = trunc i64 %"cursor.3" to i16
  %".169" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".168", ptr %".169", align 2
  br label %"return"
ports.copy_failed.endif:
  %".172" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".173" = load volatile i16, [4 x i8]* %".172", align 2
  %".174" = getelementptr i8, [4 x i8]* %"header_copy", i64 2
  %".175" = load volatile i16, [4 x i8]* %".174", align 2
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }