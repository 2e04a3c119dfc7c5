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
  %".27" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".15")
  %".28" = icmp eq i16 %".27", 46472
  br i1 %".28", label %"entry_d0.to_outer", label %"entry_d0.select"
entry_d0.to_outer:
  br label %"outer_d0"
outer_d0:
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_outer"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_outer"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_outer"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_outer"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".36" = getelementptr i8, ptr %"hdr", i64 4
  %".37" = icmp ugt ptr %".36", %"data_end.2"
  br i1 %".37", label %"outer_d0.copy", label %"outer_d0.linear", !prof !0
outer_d0.linear:
  %".39" = getelementptr i8, ptr %"hdr", i64 0
  %".40" = load i32, ptr %".39", align 4
  br label %"outer_d0.header"
outer_d0.header:
  %"w0_4" = phi  i32 [%".40", %"outer_d0.linear"], [%".59", %"outer_d0.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"outer_d0.linear"], [%"data.3", %"outer_d0.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"outer_d0.linear"], [%"data_end.3", %"outer_d0.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"outer_d0.linear"], [%"keys.3", %"outer_d0.copy_failed.endif"]
  %".61" = getelementptr i8, ptr %"keys.4", i64 12
  store i32 %"w0_4", ptr %".61", align 4
  %".63" = add i64 %"cursor.1", 4
  %".64" = lshr i32 %"w0_4", 16
  %".65" = trunc i32 %".64" to i16
  %".66" = call i16 @"llvm.bswap.i16"(i16 %".65")
  %".67" = zext i16 %".66" to i64
  %".68" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".65")
  %".69" = icmp eq i16 %".68", 256
  br i1 %".69", label %"outer_d0.to_tunnel", label %"outer_d0.select"
outer_d0.to_tunnel:
  br label %"tunnel_d0"
tunnel_d0:
  %"cursor.2" = phi  i64 [%".63", %"outer_d0.to_tunnel"]
  %"data.5" = phi  ptr [%"data.4", %"outer_d0.to_tunnel"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"outer_d0.to_tunnel"]
  %"keys.5" = phi  ptr [%"keys.4", %"outer_d0.to_tunnel"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".93" = getelementptr i8, ptr %"hdr.1", i64 4
  %".94" = icmp ugt ptr %".93", %"data_end.5"
  br i1 %".94", label %"tunnel_d0.copy", label %"tunnel_d0.linear", !prof !0
tunnel_d0.linear:
  %".96" = getelementptr i8, ptr %"hdr.1", i64 0
  %".97" = load i16, ptr %".96", align 2
  br label %"tunnel_d0.header"
tunnel_d0.header:
  %"w0_2" = phi  i16 [%".97", %"tunnel_d0.linear"], [%".116", %"tunnel_d0.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"tunnel_d0.linear"], [%"data.7", %"tunnel_d0.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"tunnel_d0.linear"], [%"data_end.7", %"tunnel_d0.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"tunnel_d0.linear"], [%"keys.7", %"tunnel_d0.copy_failed.endif"]
  %".118" = add i64 %"cursor.2", 4
  %".119" = getelementptr i8, ptr %"keys.8", i64 8
  store i8 1, ptr %".119", align 1
  %".121" = getelementptr i8, ptr %"keys.8", i64 48
  %"flags.1" = load volatile i32, ptr %".121", align 4
  %".122" = and i32 %"flags.1", 4
  %".123" = icmp ne i32 %".122", 0
  br i1 %".123", label %"tunnel_d0.stop_at_encap", label %"tunnel_d0.stop_at_encap.endif", !prof !0
tunnel_d0.stop_at_encap.endif:
  %".129" = getelementptr i8, ptr %"keys.8", i64 12
  store i32 0, ptr %".129", align 4
  %".131" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %"w0_2", ptr %".131", align 2
  %".133" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".134" = zext i16 %".133" to i64
  %".135" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w0_2")
  %".136" = icmp eq i16 %".135", 1536
  br i1 %".136", label %"tunnel_d0.to_ports", label %"tunnel_d0.select"
tunnel_d0.to_ports:
  br label %"ports"
entry_d0.unknown:
  %".31" = trunc i64 %".26" to i16
  %".32" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".31", ptr %".32", align 2
  br label %"return"
entry_d0.select:
  br label %"entry_d0.unknown"
outer_d0.copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".42" = trunc i64 %"cursor.1" to i32
  %".43" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".42", [4 x i8]* %"header_copy", i32 4)
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
  br i1 %".52", label %"outer_d0.copy_failed", label %"outer_d0.copy_failed.endif"
outer_d0.copy_failed:
  %".54" = trunc i64 %"cursor.1" to i16
  %".55" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".54", ptr %".55", align 2
  br label %"return"
outer_d0.copy_failed.endif:
  %".58" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".59" = load volatile i32, [4 x i8]* %".58", align 4
  br label %"outer_d0.header"
outer_d0.unknown:
  %".75" = trunc i64 %".63" to i16
  %".76" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".75", ptr %".76", align 2
  br label %"return"
outer_d0.to_ports:
  %".80" = getelementptr i8, ptr %"keys.4", i64 8
  store i8 1, ptr %".80", align 1
  %".82" = getelementptr i8, ptr %"keys.4", i64 48
  %"flags" = load volatile i32, ptr %".82", align 4
  %".83" = and i32 %"flags", 4
  %".84" = icmp ne i32 %".83", 0
  br i1 %".84", label %"outer_d0.stop_at_encap", label %"outer_d0.stop_at_encap.endif", !prof !0
outer_d0.stop_at_encap.endif:
  %".90" = getelementptr i8, ptr %"keys.4", i64 12
  store i32 0, ptr %".90", align 4
  br label %"ports"
outer_d0.select:
  %".71" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 1, i16 %".65")
  %".72" = icmp eq i16 %".71", 512
  br i1 %".72", label %"outer_d0.to_ports", label %"outer_d0.select.1"
outer_d0.select.1:
  br label %"outer_d0.unknown"
outer_d0.stop_at_encap:
  %".86" = trunc i64 %".63" to i16
  %".87" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".86", ptr %".87", align 2
  br label %"return"
ports:
  %"cursor.3" = phi  i64 [%".63", %"outer_d0.stop_at_encap.endif"], [%".118", %"tunnel_d0.to_ports"]
  %"data.6" = phi  ptr [%"data.4", %"outer_d0.stop_at_encap.endif"], [%"data.8", %"tunnel_d0.to_ports"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"outer_d0.stop_at_encap.endif"], [%"data_end.8", %"tunnel_d0.to_ports"]
  %"keys.6" = phi  ptr [%"keys.4", %"outer_d0.stop_at_encap.endif"], [%"keys.8", %"tunnel_d0.to_ports"]
  %"hdr.2" = getelementptr i8, ptr %"data.6", i64 %"cursor.3"
  %".144" = getelementptr i8, ptr %"hdr.2", i64 4
  %".145" = icmp ugt ptr %".144", %"data_end.6"
  br i1 %".145", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".147" = getelementptr i8, ptr %"hdr.2", i64 0
  %".148" = load i32, ptr %".147", align 4
  br label %"ports.header"
ports.header:
  %"w0_4.1" = phi  i32 [%".148", %"ports.linear"], [%".167", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.6", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.6", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.6", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".169" = getelementptr i8, ptr %"keys.10", i64 12
  store i32 %"w0_4.1", ptr %".169", align 4
  %".171" = add i64 %"cursor.3", 4
  %".172" = trunc i64 %"cursor.3" to i16
  %".173" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".172", ptr %".173", align 2
  br label %"return"
tunnel_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".99" = trunc i64 %"cursor.2" to i32
  %".100" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".99", [4 x i8]* %"header_copy", i32 4)
  %".101" = icmp eq i64 %".100", 0
  %".102" = getelementptr i8, ptr %"ctx.2", i64 76
  %".103" = load i32, ptr %".102", align 4
  %".104" = zext i32 %".103" to i64
  %"data.7" = inttoptr i64 %".104" to ptr
  %".105" = getelementptr i8, ptr %"ctx.2", i64 80
  %".106" = load i32, ptr %".105", align 4
  %".107" = zext i32 %".106" to i64
  %"data_end.7" = inttoptr i64 %".107" to ptr
  %".108" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".108", align 8
  %".109" = xor i1 %".101", -1
  br i1 %".109", label %"tunnel_d0.copy_failed", label %"tunnel_d0.copy_failed.endif"
tunnel_d0.copy_failed:
  %".111" = trunc i64 %"cursor.2" to i16
  %".112" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".111", ptr %".112", align 2
  br label %"return"
tunnel_d0.copy_failed.endif:
  %".115" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".116" = load volatile i16, [4 x i8]* %".115", align 2
  br label %"tunnel_d0.header"
tunnel_d0.stop_at_encap:
  %".125" = trunc i64 %".118" to i16
  %".126" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".125", ptr %".126", align 2
  br label %"return"
tunnel_d0.unknown:
  %".139" = trunc i64 %".118" to i16
  %".140" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".139", ptr %".140", align 2
  br label %"return"
tunnel_d0.select:
  br label %"tunnel_d0.unknown"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".150" = trunc i64 %"cursor.3" to i32
  %".151" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".150", [4 x i8]* %"header_copy", i32 4)
  %".152" = icmp eq i64 %".151", 0
  %".153" = getelementptr i8, ptr %"ctx.3", i64 76
  %".154" = load i32, ptr %".153", align 4
  %".155" = zext i32 %".154" to i64
  %"data.9" = inttoptr i64 %".155" to ptr
  %".156" = getelementptr i8, ptr %"ctx.3", i64 80
  %".157" = load i32, ptr %".156", align 4
  %".158" = zext i32 %".157" to i64
  %"data_end.9" = inttoptr i64 %".158" to ptr
  %".159" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".159", align 8
  %".160" = xor i1 %".152", -1
  br i1 %".160", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".162" = trunc i64 %"cursor.3" to i16
  %".163" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".162", ptr %".163", align 2
  br label %"return"
ports.copy_failed.endif:
  %".166" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".167" = load volatile i32, [4 x i8]* %".166", align 4
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }