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
  %".27" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %".15")
  %".28" = icmp eq i16 %".27", 46472
  br i1 %".28", label %"entry_d0.to_shim", label %"entry_d0.select"
entry_d0.to_shim:
  br label %"shim_d0"
shim_d0:
  %"cursor.1" = phi  i64 [%".26", %"entry_d0.to_shim"]
  %"data.2" = phi  ptr [%"data.1", %"entry_d0.to_shim"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"entry_d0.to_shim"]
  %"keys.2" = phi  ptr [%"keys.1", %"entry_d0.to_shim"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".36" = getelementptr i8, ptr %"hdr", i64 2
  %".37" = icmp ugt ptr %".36", %"data_end.2"
  br i1 %".37", label %"shim_d0.copy", label %"shim_d0.linear", !prof !0
shim_d0.linear:
  %".39" = getelementptr i8, ptr %"hdr", i64 0
  %".40" = load i8, ptr %".39", align 1
  br label %"shim_d0.header"
shim_d0.header:
  %"w0_1" = phi  i8 [%".40", %"shim_d0.linear"], [%".59", %"shim_d0.copy_failed.endif"]
  %"data.4" = phi  ptr [%"data.2", %"shim_d0.linear"], [%"data.3", %"shim_d0.copy_failed.endif"]
  %"data_end.4" = phi  ptr [%"data_end.2", %"shim_d0.linear"], [%"data_end.3", %"shim_d0.copy_failed.endif"]
  %"keys.4" = phi  ptr [%"keys.2", %"shim_d0.linear"], [%"keys.3", %"shim_d0.copy_failed.endif"]
  %".61" = add i64 %"cursor.1", 2
  %".62" = zext i8 %"w0_1" to i64
  %".63" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 0, i64 %".62")
  %".64" = icmp eq i64 %".63", 1
  br i1 %".64", label %"shim_d0.to_tunnel", label %"shim_d0.select"
shim_d0.to_tunnel:
  br label %"tunnel_d0"
tunnel_d0:
  %"cursor.2" = phi  i64 [%".61", %"shim_d0.to_tunnel"]
  %"data.5" = phi  ptr [%"data.4", %"shim_d0.to_tunnel"]
  %"data_end.5" = phi  ptr [%"data_end.4", %"shim_d0.to_tunnel"]
  %"keys.5" = phi  ptr [%"keys.4", %"shim_d0.to_tunnel"]
  %"hdr.1" = getelementptr i8, ptr %"data.5", i64 %"cursor.2"
  %".86" = getelementptr i8, ptr %"hdr.1", i64 4
  %".87" = icmp ugt ptr %".86", %"data_end.5"
  br i1 %".87", label %"tunnel_d0.copy", label %"tunnel_d0.linear", !prof !0
tunnel_d0.linear:
  %".89" = getelementptr i8, ptr %"hdr.1", i64 0
  %".90" = load i16, ptr %".89", align 2
  br label %"tunnel_d0.header"
tunnel_d0.header:
  %"w0_2" = phi  i16 [%".90", %"tunnel_d0.linear"], [%".109", %"tunnel_d0.copy_failed.endif"]
  %"data.8" = phi  ptr [%"data.5", %"tunnel_d0.linear"], [%"data.7", %"tunnel_d0.copy_failed.endif"]
  %"data_end.8" = phi  ptr [%"data_end.5", %"tunnel_d0.linear"], [%"data_end.7", %"tunnel_d0.copy_failed.endif"]
  %"keys.8" = phi  ptr [%"keys.5", %"tunnel_d0.linear"], [%"keys.7", %"tunnel_d0.copy_failed.endif"]
  %".111" = add i64 %"cursor.2", 4
  %".112" = getelementptr i8, ptr %"keys.8", i64 8
  store i8 1, ptr %".112", align 1
  %".114" = getelementptr i8, ptr %"keys.8", i64 48
  %"flags.1" = load volatile i32, ptr %".114", align 4
  %".115" = and i32 %"flags.1", 4
  %".116" = icmp ne i32 %".115", 0
  br i1 %".116", label %"tunnel_d0.stop_at_encap", label %"tunnel_d0.stop_at_encap.endif", !prof !0
tunnel_d0.stop_at_encap.endif:
  %".122" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %"w0_2", ptr %".122", align 2
  %".124" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".125" = zext i16 %".124" to i64
  %".126" = call i16 @"llvm.bpf.passthrough.i16.i16"(i32 0, i16 %"w0_2")
  %".127" = icmp eq i16 %".126", 1536
  br i1 %".127", label %"tunnel_d0.to_ports", label %"tunnel_d0.select"
tunnel_d0.to_ports:
  br label %"ports"
entry_d0.unknown:
  %".31" = trunc i64 %".26" to i16
  %".32" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".31", ptr %".32", align 2
  br label %"return"
entry_d0.select:
  br label %"entry_d0.unknown"
shim_d0.copy:
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
  br i1 %".52", label %"shim_d0.copy_failed", label %"shim_d0.copy_failed.endif"
shim_d0.copy_failed:
  %".54" = trunc i64 %"cursor.1" to i16
  %".55" = getelementptr i8, ptr %"keys.3", i64 2
  store i16 %".54", ptr %".55", align 2
  br label %"return"
shim_d0.copy_failed.endif:
  %".58" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".59" = load volatile i8, [4 x i8]* %".58", align 1
  br label %"shim_d0.header"
shim_d0.unknown:
  %".70" = trunc i64 %".61" to i16
  %".71" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".70", ptr %".71", align 2
  br label %"return"
shim_d0.to_ports:
  %".75" = getelementptr i8, ptr %"keys.4", i64 8
  store i8 1, ptr %".75", align 1
  %".77" = getelementptr i8, ptr %"keys.4", i64 48
  %"flags" = load volatile i32, ptr %".77", align 4
  %".78" = and i32 %"flags", 4
  %".79" = icmp ne i32 %".78", 0
  br i1 %".79", label %"shim_d0.stop_at_encap", label %"shim_d0.stop_at_encap.endif", !prof !0
shim_d0.stop_at_encap.endif:
  br label %"ports"
shim_d0.select:
  %".66" = call i64 @"llvm.bpf.passthrough.i64.i64"(i32 1, i64 %".62")
  %".67" = icmp eq i64 %".66", 2
  br i1 %".67", label %"shim_d0.to_ports", label %"shim_d0.select.1"
shim_d0.select.1:
  br label %"shim_d0.unknown"
shim_d0.stop_at_encap:
  %".81" = trunc i64 %".61" to i16
  %".82" = getelementptr i8, ptr %"keys.4", i64 2
  store i16 %".81", ptr %".82", align 2
  br label %"return"
ports:
  %"cursor.3" = phi  i64 [%".61", %"shim_d0.stop_at_encap.endif"], [%".111", %"tunnel_d0.to_ports"]
  %"data.6" = phi  ptr [%"data.4", %"shim_d0.stop_at_encap.endif"], [%"data.8", %"tunnel_d0.to_ports"]
  %"data_end.6" = phi  ptr [%"data_end.4", %"shim_d0.stop_at_encap.endif"], [%"data_end.8", %"tunnel_d0.to_ports"]
  %"keys.6" = phi  ptr [%"keys.4", %"shim_d0.stop_at_encap.endif"], [%"keys.8", %"tunnel_d0.to_ports"]
  %"hdr.2" = getelementptr i8, ptr %"data.6", i64 %"cursor.3"
  %".135" = getelementptr i8, ptr %"hdr.2", i64 4
  %".136" = icmp ugt ptr %".135", %"data_end.6"
  br i1 %".136", label %"ports.copy", label %"ports.linear", !prof !0
ports.linear:
  %".138" = getelementptr i8, ptr %"hdr.2", i64 0
  %".139" = load i32, ptr %".138", align 4
  br label %"ports.header"
ports.header:
  %"w0_4" = phi  i32 [%".139", %"ports.linear"], [%".158", %"ports.copy_failed.endif"]
  %"data.10" = phi  ptr [%"data.6", %"ports.linear"], [%"data.9", %"ports.copy_failed.endif"]
  %"data_end.10" = phi  ptr [%"data_end.6", %"ports.linear"], [%"data_end.9", %"ports.copy_failed.endif"]
  %"keys.10" = phi  ptr [%"keys.6", %"ports.linear"], [%"keys.9", %"ports.copy_failed.endif"]
  %".160" = getelementptr i8, ptr %"keys.10", i64 12
  store i32 %"w0_4", ptr %".160", align 4
  %".162" = add i64 %"cursor.3", 4
  %".163" = trunc i64 %"cursor.3" to i16
  %".164" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".163", ptr %".164", align 2
  br label %"return"
tunnel_d0.copy:
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".92" = trunc i64 %"cursor.2" to i32
  %".93" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".92", [4 x i8]* %"header_copy", i32 4)
  %".94" = icmp eq i64 %".93", 0
  %".95" = getelementptr i8, ptr %"ctx.2", i64 76
  %".96" = load i32, ptr %".95", align 4
  %".97" = zext i32 %".96" to i64
  %"data.7" = inttoptr i64 %".97" to ptr
  %".98" = getelementptr i8, ptr %"ctx.2", i64 80
  %".99" = load i32, ptr %".98", align 4
  %".100" = zext i32 %".99" to i64
  %"data_end.7" = inttoptr i64 %".100" to ptr
  %".101" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.7" = load ptr, ptr %".101", align 8
  %".102" = xor i1 %".94", -1
  br i1 %".102", label %"tunnel_d0.copy_failed", label %"tunnel_d0.copy_failed.endif"
tunnel_d0.copy_failed:
  %".104" = trunc i64 %"cursor.2" to i16
  %".105" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".104", ptr %".105", align 2
  br label %"return"
tunnel_d0.copy_failed.endif:
  %".108" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".109" = load volatile i16, [4 x i8]* %".108", align 2
  br label %"tunnel_d0.header"
tunnel_d0.stop_at_encap:
  %".118" = trunc i64 %".111" to i16
  %".119" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".118", ptr %".119", align 2
  br label %"return"
tunnel_d0.unknown:
  %".130" = trunc i64 %".111" to i16
  %".131" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".130", ptr %".131", align 2
  br label %"return"
tunnel_d0.select:
  br label %"tunnel_d0.unknown"
ports.copy:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".141" = trunc i64 %"cursor.3" to i32
  %".142" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".141", [4 x i8]* %"header_copy", i32 4)
  %".143" = icmp eq i64 %".142", 0
  %".144" = getelementptr i8, ptr %"ctx.3", i64 76
  %".145" = load i32, ptr %".144", align 4
  %".146" = zext i32 %".145" to i64
  %"data.9" = inttoptr i64 %".146" to ptr
  %".147" = getelementptr i8, ptr %"ctx.3", i64 80
  %".148" = load i32, ptr %".147", align 4
  %".149" = zext i32 %".148" to i64
  %"data_end.9" = inttoptr i64 %".149" to ptr
  %".150" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.9" = load ptr, ptr %".150", align 8
  %".151" = xor i1 %".143", -1
  br i1 %".151", label %"ports.copy_failed", label %"ports.copy_failed.endif"
ports.copy_failed:
  %".153" = trunc i64 %"cursor.3" to i16
  %".154" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".153", ptr %".154", align 2
  br label %"return"
ports.copy_failed.endif:
  %".157" = getelementptr i8, [4 x i8]* %"header_copy", i64 0
  %".158" = load volatile i32, [4 x i8]* %".157", align 4
  br label %"ports.header"
widening.beyond:
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i16 @"llvm.bpf.passthrough.i16.i16"(i32 %".1", i16 %".2")

declare i64 @"llvm.bpf.passthrough.i64.i64"(i32 %".1", i64 %".2")

!0 = !{ !"branch_weights", i32 1, i32 65536 }