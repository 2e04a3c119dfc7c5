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
  %"header_copy" = alloca [40 x i8], align 8
  %"last_byte" = alloca i64
  %".12" = getelementptr i8, ptr %"keys", i64 0
  %".13" = load i16, ptr %".12", align 2
  %"nhoff" = zext i16 %".13" to i64
  %".14" = getelementptr i8, ptr %"keys", i64 10
  %".15" = load i16, ptr %".14", align 2
  %".16" = call i16 @"llvm.bswap.i16"(i16 %".15")
  %"n_proto" = zext i16 %".16" to i64
  %".17" = icmp ugt i64 %"nhoff", 255
  br i1 %".17", label %"exit", label %"cont"
return:
  %"verdict" = phi  i32 [129, %"exit"], [2, %"unknown"], [2, %"exit.1"], [2, %"exit.2"], [2, %"exit.3"], [0, %"later_fragment"], [0, %"exit.4"], [0, %"unknown.1"], [0, %"exit.5"], [0, %"exit.6"], [2, %"exit.7"], [0, %"exit.8"], [0, %"unknown.2"], [0, %"exit.9"], [0, %"exit.10"], [2, %"exit.11"], [2, %"unknown.3"], [2, %"exit.12"], [0, %"unknown.4"], [2, %"exit.13"], [2, %"exit.14"], [2, %"unknown.5"], [2, %"exit.15"], [0, %"unknown.6"], [2, %"exit.16"], [2, %"exit.17"], [0, %"variable_part.1"], [2, %"exit.18"], [2, %"exit.19"], [0, %"variable_part.2"], [2, %"exit.20"], [0, %"exit.21"], [2, %"exit.22"], [0, %"exit.23"], [2, %"unknown.7"], [2, %"exit.24"], [0, %"header.9"], [2, %"exit.25"], [0, %"header.10"], [2, %"exit.26"], [0, %"header.11"], [2, %"exit.27"], [0, %"header.12"], [2, %"exit.28"], [0, %"header.13"], [2, %"exit.29"], [2, %"exit.30"], [2, %"exit.31"], [0, %"later_fragment.1"], [0, %"exit.32"], [0, %"unknown.8"], [0, %"exit.33"], [0, %"cont.33"], [0, %"exit.34"], [0, %"cont.34"], [2, %"exit.35"], [0, %"exit.36"], [0, %"unknown.9"], [0, %"exit.37"], [0, %"cont.37"], [0, %"exit.38"], [0, %"cont.38"], [2, %"exit.39"], [2, %"exit.40"], [0, %"unknown.10"], [0, %"exit.41"], [0, %"exit.42"], [2, %"exit.43"], [0, %"later_fragment.2"], [0, %"exit.44"], [0, %"unknown.11"], [0, %"exit.45"], [0, %"exit.46"], [2, %"exit.47"], [0, %"header.18"], [2, %"exit.48"], [2, %"unknown.12"], [0, %"to_vlan.4"], [0, %"to_vlan.5"], [2, %"exit.49"], [0, %"unknown.13"], [2, %"exit.50"], [2, %"exit.51"], [2, %"exit.52"], [0, %"variable_part.6"], [2, %"exit.53"], [2, %"unknown.14"], [2, %"exit.54"], [0, %"exit.55"], [2, %"exit.56"], [0, %"exit.57"], [2, %"unknown.15"], [0, %"to_ipv4.12"], [0, %"to_ipv6.12"], [0, %"to_ethernet.1"], [0, %"to_mpls.20"], [0, %"to_mpls.21"], [2, %"exit.58"], [2, %"exit.59"], [0, %"unknown.16"], [0, %"exit.60"], [0, %"cont.60"], [0, %"exit.61"], [0, %"cont.61"], [2, %"exit.62"], [0, %"later_fragment.3"], [0, %"exit.63"], [0, %"unknown.17"], [0, %"exit.64"], [0, %"cont.64"], [0, %"exit.65"], [0, %"cont.65"], [2, %"exit.66"], [2, %"exit.67"], [0, %"unknown.18"], [0, %"exit.68"], [0, %"exit.69"], [2, %"exit.70"], [0, %"later_fragment.4"], [0, %"exit.71"], [0, %"unknown.19"], [0, %"exit.72"], [0, %"exit.73"], [2, %"exit.74"], [0, %"unknown.20"], [2, %"exit.75"], [2, %"unknown.21"], [2, %"exit.76"], [2, %"exit.77"], [2, %"unknown.22"], [2, %"exit.78"], [2, %"exit.79"], [0, %"unknown.23"], [0, %"exit.80"], [0, %"cont.80"], [0, %"exit.81"], [0, %"cont.81"], [2, %"exit.82"], [0, %"later_fragment.5"], [0, %"exit.83"], [0, %"unknown.24"], [0, %"exit.84"], [0, %"cont.84"], [0, %"exit.85"], [0, %"cont.85"], [2, %"exit.86"], [2, %"exit.87"], [0, %"unknown.25"], [0, %"to_ipv6_opts.30"], [0, %"to_ipv6_opts.31"], [0, %"to_ipv6_opts.32"], [0, %"to_ipv6_frag.10"], [0, %"exit.88"], [0, %"exit.89"], [2, %"exit.90"], [0, %"later_fragment.6"], [0, %"exit.91"], [0, %"unknown.26"], [0, %"to_ipv6_opts.33"], [0, %"to_ipv6_opts.34"], [0, %"to_ipv6_opts.35"], [0, %"to_ipv6_frag.11"], [0, %"exit.92"], [0, %"exit.93"], [2, %"exit.94"], [0, %"unknown.27"], [0, %"to_mpls.35"], [2, %"exit.95"], [2, %"unknown.28"], [0, %"to_vlan.10"], [0, %"to_vlan.11"], [2, %"exit.96"], [2, %"exit.97"], [0, %"unknown.29"], [0, %"to_ipv6_opts.36"], [0, %"to_ipv6_opts.37"], [0, %"to_ipv6_opts.38"], [0, %"to_ipv6_frag.12"], [0, %"exit.98"], [0, %"cont.98"], [0, %"exit.99"], [0, %"cont.99"], [2, %"exit.100"], [0, %"later_fragment.7"], [0, %"exit.101"], [0, %"unknown.30"], [0, %"to_ipv6_opts.39"], [0, %"to_ipv6_opts.40"], [0, %"to_ipv6_opts.41"], [0, %"to_ipv6_frag.13"], [0, %"exit.102"], [0, %"cont.102"], [0, %"exit.103"], [0, %"cont.103"]
  ret i32 %"verdict"
exit:
  br label %"return"
cont:
  br label %"entry_d0"
entry_d0:
  %"cursor" = phi  i64 [%"nhoff", %"cont"]
  %"data.1" = phi  ptr [%"data", %"cont"]
  %"data_end.1" = phi  ptr [%"data_end", %"cont"]
  %"keys.1" = phi  ptr [%"keys", %"cont"]
  %".21" = add i64 %"cursor", 0
  switch i64 %"n_proto", label %"unknown" [i64 2048, label %"to_ipv4" i64 34525, label %"to_ipv6" i64 33024, label %"to_vlan" i64 34984, label %"to_vlan.1" i64 34887, label %"to_mpls" i64 34888, label %"to_mpls.1" i64 34916, label %"to_pppoe"]
unknown:
  %".23" = trunc i64 %".21" to i16
  %".24" = getelementptr i8, ptr %"keys.1", i64 2
  store i16 %".23", ptr %".24", align 2
  br label %"return"
to_ipv4:
  br label %"ipv4_d0"
to_ipv6:
  br label %"ipv6_d0"
to_vlan:
  br label %"vlan_d0_vlan_tags1"
to_vlan.1:
  br label %"vlan_d0_vlan_tags1"
to_mpls:
  br label %"mpls_mpls_labels1"
to_mpls.1:
  br label %"mpls_mpls_labels1"
to_pppoe:
  br label %"pppoe_d0"
ipv4_d0:
  %"cursor.1" = phi  i64 [%".21", %"to_ipv4"], [%".395", %"to_ipv4.3"], [%"cursor.31", %"to_ipv4.4"], [%"cursor.97", %"to_ipv4.10"]
  %"data.2" = phi  ptr [%"data.1", %"to_ipv4"], [%"data.28", %"to_ipv4.3"], [%"data.34", %"to_ipv4.4"], [%"data.81", %"to_ipv4.10"]
  %"data_end.2" = phi  ptr [%"data_end.1", %"to_ipv4"], [%"data_end.28", %"to_ipv4.3"], [%"data_end.34", %"to_ipv4.4"], [%"data_end.81", %"to_ipv4.10"]
  %"keys.2" = phi  ptr [%"keys.1", %"to_ipv4"], [%"keys.28", %"to_ipv4.3"], [%"keys.34", %"to_ipv4.4"], [%"keys.81", %"to_ipv4.10"]
  %"hdr" = getelementptr i8, ptr %"data.2", i64 %"cursor.1"
  %".34" = getelementptr i8, ptr %"hdr", i64 20
  %".35" = icmp ugt ptr %".34", %"data_end.2"
  br i1 %".35", label %"copy", label %"linear", !prof !0
linear:
  %".37" = getelementptr i8, ptr %"hdr", i64 0
  %".38" = load i8, ptr %".37", align 1
  %".39" = getelementptr i8, ptr %"hdr", i64 6
  %".40" = load i16, ptr %".39", align 2
  %".41" = getelementptr i8, ptr %"hdr", i64 9
  %".42" = load i8, ptr %".41", align 1
  %".43" = getelementptr i8, ptr %"hdr", i64 12
  %".44" = load i32, ptr %".43", align 4
  %".45" = getelementptr i8, ptr %"hdr", i64 16
  %".46" = load i32, ptr %".45", align 4
  br label %"header"
header:
  %"w0_1" = phi  i8 [%".38", %"linear"], [%".65", %"cont.1"]
  %"w6_2" = phi  i16 [%".40", %"linear"], [%".67", %"cont.1"]
  %"w9_1" = phi  i8 [%".42", %"linear"], [%".69", %"cont.1"]
  %"w12_4" = phi  i32 [%".44", %"linear"], [%".71", %"cont.1"]
  %"w16_4" = phi  i32 [%".46", %"linear"], [%".73", %"cont.1"]
  %"data.8" = phi  ptr [%"data.2", %"linear"], [%"data.7", %"cont.1"]
  %"data_end.8" = phi  ptr [%"data_end.2", %"linear"], [%"data_end.7", %"cont.1"]
  %"keys.8" = phi  ptr [%"keys.2", %"linear"], [%"keys.7", %"cont.1"]
  %".75" = zext i8 %"w0_1" to i64
  %".76" = and i64 %".75", 15
  %".77" = icmp uge i64 %".76", 5
  %".78" = xor i1 %".77", -1
  br i1 %".78", label %"exit.2", label %"cont.2"
ipv6_d0:
  %"cursor.2" = phi  i64 [%".21", %"to_ipv6"], [%".395", %"to_ipv6.3"], [%"cursor.32", %"to_ipv6.4"], [%"cursor.98", %"to_ipv6.10"]
  %"data.3" = phi  ptr [%"data.1", %"to_ipv6"], [%"data.28", %"to_ipv6.3"], [%"data.34", %"to_ipv6.4"], [%"data.81", %"to_ipv6.10"]
  %"data_end.3" = phi  ptr [%"data_end.1", %"to_ipv6"], [%"data_end.28", %"to_ipv6.3"], [%"data_end.34", %"to_ipv6.4"], [%"data_end.81", %"to_ipv6.10"]
  %"keys.3" = phi  ptr [%"keys.1", %"to_ipv6"], [%"keys.28", %"to_ipv6.3"], [%"keys.34", %"to_ipv6.4"], [%"keys.81", %"to_ipv6.10"]
  %"hdr.1" = getelementptr i8, ptr %"data.3", i64 %"cursor.2"
  %".213" = getelementptr i8, ptr %"hdr.1", i64 40
  %".214" = icmp ugt ptr %".213", %"data_end.3"
  br i1 %".214", label %"copy.1", label %"linear.1", !prof !0
linear.1:
  %".216" = getelementptr i8, ptr %"hdr.1", i64 0
  %".217" = load i32, ptr %".216", align 4
  %".218" = getelementptr i8, ptr %"hdr.1", i64 6
  %".219" = load i8, ptr %".218", align 1
  %".220" = getelementptr i8, ptr %"hdr.1", i64 8
  %".221" = load i64, ptr %".220", align 8
  %".222" = getelementptr i8, ptr %"hdr.1", i64 16
  %".223" = load i64, ptr %".222", align 8
  %".224" = getelementptr i8, ptr %"hdr.1", i64 24
  %".225" = load i64, ptr %".224", align 8
  %".226" = getelementptr i8, ptr %"hdr.1", i64 32
  %".227" = load i64, ptr %".226", align 8
  br label %"header.1"
header.1:
  %"w0_4" = phi  i32 [%".217", %"linear.1"], [%".246", %"cont.7"]
  %"w6_1" = phi  i8 [%".219", %"linear.1"], [%".248", %"cont.7"]
  %"w8_8" = phi  i64 [%".221", %"linear.1"], [%".250", %"cont.7"]
  %"w16_8" = phi  i64 [%".223", %"linear.1"], [%".252", %"cont.7"]
  %"w24_8" = phi  i64 [%".225", %"linear.1"], [%".254", %"cont.7"]
  %"w32_8" = phi  i64 [%".227", %"linear.1"], [%".256", %"cont.7"]
  %"data.23" = phi  ptr [%"data.3", %"linear.1"], [%"data.22", %"cont.7"]
  %"data_end.23" = phi  ptr [%"data_end.3", %"linear.1"], [%"data_end.22", %"cont.7"]
  %"keys.23" = phi  ptr [%"keys.3", %"linear.1"], [%"keys.22", %"cont.7"]
  %".258" = trunc i64 34525 to i16
  %".259" = getelementptr i8, ptr %"keys.23", i64 4
  store i16 %".258", ptr %".259", align 2
  %".261" = trunc i64 34525 to i16
  %".262" = call i16 @"llvm.bswap.i16"(i16 %".261")
  %".263" = getelementptr i8, ptr %"keys.23", i64 10
  store i16 %".262", ptr %".263", align 2
  %".265" = getelementptr i8, ptr %"keys.23", i64 16
  store i64 %"w8_8", ptr %".265", align 8
  %".267" = getelementptr i8, ptr %"keys.23", i64 24
  store i64 %"w16_8", ptr %".267", align 8
  %".269" = getelementptr i8, ptr %"keys.23", i64 32
  store i64 %"w24_8", ptr %".269", align 8
  %".271" = getelementptr i8, ptr %"keys.23", i64 40
  store i64 %"w32_8", ptr %".271", align 8
  %".273" = zext i8 %"w6_1" to i64
  %".274" = trunc i64 %".273" to i8
  %".275" = getelementptr i8, ptr %"keys.23", i64 9
  store i8 %".274", ptr %".275", align 1
  %".277" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".278" = zext i32 %".277" to i64
  %".279" = and i64 %".278", 1048575
  %".280" = trunc i64 %".279" to i32
  %".281" = call i32 @"llvm.bswap.i32"(i32 %".280")
  %".282" = getelementptr i8, ptr %"keys.23", i64 52
  store i32 %".281", ptr %".282", align 4
  %".284" = add i64 %"cursor.2", 40
  %".285" = call i32 @"llvm.bswap.i32"(i32 %"w0_4")
  %".286" = zext i32 %".285" to i64
  %".287" = and i64 %".286", 1048575
  %".288" = icmp ne i64 %".287", 0
  %".289" = getelementptr i8, ptr %"keys.23", i64 48
  %"flags.3" = load volatile i32, ptr %".289", align 4
  %".290" = and i32 %"flags.3", 2
  %".291" = icmp ne i32 %".290", 0
  %".292" = and i1 %".288", %".291"
  br i1 %".292", label %"exit.8", label %"cont.8"
vlan_d0_vlan_tags1:
  %"cursor.3" = phi  i64 [%".21", %"to_vlan"], [%".21", %"to_vlan.1"]
  %"data.4" = phi  ptr [%"data.1", %"to_vlan"], [%"data.1", %"to_vlan.1"]
  %"data_end.4" = phi  ptr [%"data_end.1", %"to_vlan"], [%"data_end.1", %"to_vlan.1"]
  %"keys.4" = phi  ptr [%"keys.1", %"to_vlan"], [%"keys.1", %"to_vlan.1"]
  %"hdr.2" = getelementptr i8, ptr %"data.4", i64 %"cursor.3"
  %".364" = getelementptr i8, ptr %"hdr.2", i64 4
  %".365" = icmp ugt ptr %".364", %"data_end.4"
  br i1 %".365", label %"copy.2", label %"linear.2", !prof !0
linear.2:
  %".367" = getelementptr i8, ptr %"hdr.2", i64 2
  %".368" = load i16, ptr %".367", align 2
  br label %"header.2"
header.2:
  %"w2_2" = phi  i16 [%".368", %"linear.2"], [%".387", %"cont.11"]
  %"data.28" = phi  ptr [%"data.4", %"linear.2"], [%"data.27", %"cont.11"]
  %"data_end.28" = phi  ptr [%"data_end.4", %"linear.2"], [%"data_end.27", %"cont.11"]
  %"keys.28" = phi  ptr [%"keys.4", %"linear.2"], [%"keys.27", %"cont.11"]
  %".389" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".390" = zext i16 %".389" to i64
  %".391" = trunc i64 %".390" to i16
  %".392" = call i16 @"llvm.bswap.i16"(i16 %".391")
  %".393" = getelementptr i8, ptr %"keys.28", i64 10
  store i16 %".392", ptr %".393", align 2
  %".395" = add i64 %"cursor.3", 4
  %".396" = trunc i64 %".395" to i16
  %".397" = getelementptr i8, ptr %"keys.28", i64 0
  store i16 %".396", ptr %".397", align 2
  %".399" = call i16 @"llvm.bswap.i16"(i16 %"w2_2")
  %".400" = zext i16 %".399" to i64
  switch i64 %".400", label %"unknown.3" [i64 2048, label %"to_ipv4.3" i64 34525, label %"to_ipv6.3" i64 33024, label %"to_vlan.2" i64 34984, label %"to_vlan.3" i64 34887, label %"to_mpls.4" i64 34888, label %"to_mpls.5" i64 34916, label %"to_pppoe.1"]
mpls_mpls_labels1:
  %"cursor.4" = phi  i64 [%".21", %"to_mpls"], [%".21", %"to_mpls.1"], [%"cursor.15", %"to_mpls.2"], [%"cursor.24", %"to_mpls.3"], [%"cursor.28", %"to_mpls.4"], [%"cursor.29", %"to_mpls.5"], [%"cursor.33", %"to_mpls.7"], [%"cursor.34", %"to_mpls.8"], [%"cursor.40", %"to_mpls.9"], [%"cursor.41", %"to_mpls.10"], [%"cursor.51", %"to_mpls.11"], [%"cursor.66", %"to_mpls.12"], [%"cursor.79", %"to_mpls.13"], [%"cursor.94", %"to_mpls.14"], [%"cursor.99", %"to_mpls.15"], [%"cursor.100", %"to_mpls.16"], [%"cursor.108", %"to_mpls.18"], [%"cursor.109", %"to_mpls.19"], [%"cursor.127", %"to_mpls.22"], [%"cursor.141", %"to_mpls.23"], [%"cursor.154", %"to_mpls.24"], [%"cursor.169", %"to_mpls.25"], [%"cursor.178", %"to_mpls.27"], [%"cursor.179", %"to_mpls.28"], [%"cursor.183", %"to_mpls.29"], [%"cursor.184", %"to_mpls.30"], [%"cursor.200", %"to_mpls.31"], [%"cursor.214", %"to_mpls.32"], [%"cursor.224", %"to_mpls.33"], [%"cursor.236", %"to_mpls.34"], [%"cursor.241", %"to_mpls.36"], [%"cursor.242", %"to_mpls.37"], [%"cursor.253", %"to_mpls.38"], [%"cursor.263", %"to_mpls.39"]
  %"data.5" = phi  ptr [%"data.1", %"to_mpls"], [%"data.1", %"to_mpls.1"], [%"data.10", %"to_mpls.2"], [%"data.23", %"to_mpls.3"], [%"data.28", %"to_mpls.4"], [%"data.28", %"to_mpls.5"], [%"data.34", %"to_mpls.7"], [%"data.34", %"to_mpls.8"], [%"data.49", %"to_mpls.9"], [%"data.49", %"to_mpls.10"], [%"data.64", %"to_mpls.11"], [%"data.67", %"to_mpls.12"], [%"data.73", %"to_mpls.13"], [%"data.77", %"to_mpls.14"], [%"data.81", %"to_mpls.15"], [%"data.81", %"to_mpls.16"], [%"data.90", %"to_mpls.18"], [%"data.90", %"to_mpls.19"], [%"data.100", %"to_mpls.22"], [%"data.104", %"to_mpls.23"], [%"data.108", %"to_mpls.24"], [%"data.112", %"to_mpls.25"], [%"data.117", %"to_mpls.27"], [%"data.117", %"to_mpls.28"], [%"data.120", %"to_mpls.29"], [%"data.120", %"to_mpls.30"], [%"data.124", %"to_mpls.31"], [%"data.128", %"to_mpls.32"], [%"data.132", %"to_mpls.33"], [%"data.134", %"to_mpls.34"], [%"data.138", %"to_mpls.36"], [%"data.138", %"to_mpls.37"], [%"data.142", %"to_mpls.38"], [%"data.144", %"to_mpls.39"]
  %"data_end.5" = phi  ptr [%"data_end.1", %"to_mpls"], [%"data_end.1", %"to_mpls.1"], [%"data_end.10", %"to_mpls.2"], [%"data_end.23", %"to_mpls.3"], [%"data_end.28", %"to_mpls.4"], [%"data_end.28", %"to_mpls.5"], [%"data_end.34", %"to_mpls.7"], [%"data_end.34", %"to_mpls.8"], [%"data_end.49", %"to_mpls.9"], [%"data_end.49", %"to_mpls.10"], [%"data_end.64", %"to_mpls.11"], [%"data_end.67", %"to_mpls.12"], [%"data_end.73", %"to_mpls.13"], [%"data_end.77", %"to_mpls.14"], [%"data_end.81", %"to_mpls.15"], [%"data_end.81", %"to_mpls.16"], [%"data_end.90", %"to_mpls.18"], [%"data_end.90", %"to_mpls.19"], [%"data_end.100", %"to_mpls.22"], [%"data_end.104", %"to_mpls.23"], [%"data_end.108", %"to_mpls.24"], [%"data_end.112", %"to_mpls.25"], [%"data_end.117", %"to_mpls.27"], [%"data_end.117", %"to_mpls.28"], [%"data_end.120", %"to_mpls.29"], [%"data_end.120", %"to_mpls.30"], [%"data_end.124", %"to_mpls.31"], [%"data_end.128", %"to_mpls.32"], [%"data_end.132", %"to_mpls.33"], [%"data_end.134", %"to_mpls.34"], [%"data_end.138", %"to_mpls.36"], [%"data_end.138", %"to_mpls.37"], [%"data_end.142", %"to_mpls.38"], [%"data_end.144", %"to_mpls.39"]
  %"keys.5" = phi  ptr [%"keys.1", %"to_mpls"], [%"keys.1", %"to_mpls.1"], [%"keys.10", %"to_mpls.2"], [%"keys.23", %"to_mpls.3"], [%"keys.28", %"to_mpls.4"], [%"keys.28", %"to_mpls.5"], [%"keys.34", %"to_mpls.7"], [%"keys.34", %"to_mpls.8"], [%"keys.49", %"to_mpls.9"], [%"keys.49", %"to_mpls.10"], [%"keys.64", %"to_mpls.11"], [%"keys.67", %"to_mpls.12"], [%"keys.73", %"to_mpls.13"], [%"keys.77", %"to_mpls.14"], [%"keys.81", %"to_mpls.15"], [%"keys.81", %"to_mpls.16"], [%"keys.90", %"to_mpls.18"], [%"keys.90", %"to_mpls.19"], [%"keys.100", %"to_mpls.22"], [%"keys.104", %"to_mpls.23"], [%"keys.108", %"to_mpls.24"], [%"keys.112", %"to_mpls.25"], [%"keys.117", %"to_mpls.27"], [%"keys.117", %"to_mpls.28"], [%"keys.120", %"to_mpls.29"], [%"keys.120", %"to_mpls.30"], [%"keys.124", %"to_mpls.31"], [%"keys.128", %"to_mpls.32"], [%"keys.132", %"to_mpls.33"], [%"keys.134", %"to_mpls.34"], [%"keys.138", %"to_mpls.36"], [%"keys.138", %"to_mpls.37"], [%"keys.142", %"to_mpls.38"], [%"keys.144", %"to_mpls.39"]
  %"hdr.3" = getelementptr i8, ptr %"data.5", i64 %"cursor.4"
  %".423" = getelementptr i8, ptr %"hdr.3", i64 4
  %".424" = icmp ugt ptr %".423", %"data_end.5"
  br i1 %".424", label %"copy.3", label %"linear.3", !prof !0
linear.3:
  %".426" = getelementptr i8, ptr %"hdr.3", i64 2
  %".427" = load i8, ptr %".426", align 1
  br label %"header.3"
header.3:
  %"w2_1" = phi  i8 [%".427", %"linear.3"], [%".446", %"cont.12"]
  %"data.31" = phi  ptr [%"data.5", %"linear.3"], [%"data.30", %"cont.12"]
  %"data_end.31" = phi  ptr [%"data_end.5", %"linear.3"], [%"data_end.30", %"cont.12"]
  %"keys.31" = phi  ptr [%"keys.5", %"linear.3"], [%"keys.30", %"cont.12"]
  %".448" = add i64 %"cursor.4", 4
  %".449" = zext i8 %"w2_1" to i64
  %".450" = and i64 %".449", 1
  switch i64 %".450", label %"unknown.4" [i64 0, label %"to_mpls.6"]
pppoe_d0:
  %"cursor.5" = phi  i64 [%".21", %"to_pppoe"], [%".395", %"to_pppoe.1"], [%"cursor.101", %"to_pppoe.2"]
  %"data.6" = phi  ptr [%"data.1", %"to_pppoe"], [%"data.28", %"to_pppoe.1"], [%"data.81", %"to_pppoe.2"]
  %"data_end.6" = phi  ptr [%"data_end.1", %"to_pppoe"], [%"data_end.28", %"to_pppoe.1"], [%"data_end.81", %"to_pppoe.2"]
  %"keys.6" = phi  ptr [%"keys.1", %"to_pppoe"], [%"keys.28", %"to_pppoe.1"], [%"keys.81", %"to_pppoe.2"]
  %"hdr.4" = getelementptr i8, ptr %"data.6", i64 %"cursor.5"
  %".457" = getelementptr i8, ptr %"hdr.4", i64 8
  %".458" = icmp ugt ptr %".457", %"data_end.6"
  br i1 %".458", label %"copy.4", label %"linear.4", !prof !0
linear.4:
  %".460" = getelementptr i8, ptr %"hdr.4", i64 0
  %".461" = load i8, ptr %".460", align 1
  %".462" = getelementptr i8, ptr %"hdr.4", i64 1
  %".463" = load i8, ptr %".462", align 1
  %".464" = getelementptr i8, ptr %"hdr.4", i64 6
  %".465" = load i16, ptr %".464", align 2
  br label %"header.4"
header.4:
  %"w0_1.1" = phi  i8 [%".461", %"linear.4"], [%".484", %"cont.13"]
  %"w1_1" = phi  i8 [%".463", %"linear.4"], [%".486", %"cont.13"]
  %"w6_2.1" = phi  i16 [%".465", %"linear.4"], [%".488", %"cont.13"]
  %"data.34" = phi  ptr [%"data.6", %"linear.4"], [%"data.33", %"cont.13"]
  %"data_end.34" = phi  ptr [%"data_end.6", %"linear.4"], [%"data_end.33", %"cont.13"]
  %"keys.34" = phi  ptr [%"keys.6", %"linear.4"], [%"keys.33", %"cont.13"]
  %".490" = zext i8 %"w0_1.1" to i64
  %".491" = lshr i64 %".490", 4
  %".492" = and i64 %".491", 15
  %".493" = icmp eq i64 %".492", 1
  %".494" = zext i8 %"w0_1.1" to i64
  %".495" = and i64 %".494", 15
  %".496" = icmp eq i64 %".495", 1
  %".497" = and i1 %".493", %".496"
  %".498" = zext i8 %"w1_1" to i64
  %".499" = icmp eq i64 %".498", 0
  %".500" = and i1 %".497", %".499"
  %".501" = xor i1 %".500", -1
  br i1 %".501", label %"exit.14", label %"cont.14"
copy:
  %"ctx.1" = load volatile ptr, ptr %"ctx_slot", align 8
  %".48" = trunc i64 %"cursor.1" to i32
  %".49" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.1", i32 %".48", [40 x i8]* %"header_copy", i32 20)
  %".50" = icmp eq i64 %".49", 0
  %".51" = getelementptr i8, ptr %"ctx.1", i64 76
  %".52" = load i32, ptr %".51", align 4
  %".53" = zext i32 %".52" to i64
  %"data.7" = inttoptr i64 %".53" to ptr
  %".54" = getelementptr i8, ptr %"ctx.1", i64 80
  %".55" = load i32, ptr %".54", align 4
  %".56" = zext i32 %".55" to i64
  %"data_end.7" = inttoptr i64 %".56" to ptr
  %".57" = getelementptr i8, ptr %"ctx.1", i64 144
  %"keys.7" = load ptr, ptr %".57", align 8
  %".58" = xor i1 %".50", -1
  br i1 %".58", label %"exit.1", label %"cont.1"
exit.1:
  %".60" = trunc i64 %"cursor.1" to i16
  %".61" = getelementptr i8, ptr %"keys.7", i64 2
  store i16 %".60", ptr %".61", align 2
  br label %"return"
cont.1:
  %".64" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".65" = load volatile i8, [40 x i8]* %".64", align 1
  %".66" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".67" = load volatile i16, [40 x i8]* %".66", align 2
  %".68" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".69" = load volatile i8, [40 x i8]* %".68", align 1
  %".70" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".71" = load volatile i32, [40 x i8]* %".70", align 4
  %".72" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".73" = load volatile i32, [40 x i8]* %".72", align 4
  br label %"header"
exit.2:
  %".80" = trunc i64 %"cursor.1" to i16
  %".81" = getelementptr i8, ptr %"keys.8", i64 2
  store i16 %".80", ptr %".81", align 2
  br label %"return"
cont.2:
  %".84" = trunc i64 2048 to i16
  %".85" = getelementptr i8, ptr %"keys.8", i64 4
  store i16 %".84", ptr %".85", align 2
  %".87" = trunc i64 2048 to i16
  %".88" = call i16 @"llvm.bswap.i16"(i16 %".87")
  %".89" = getelementptr i8, ptr %"keys.8", i64 10
  store i16 %".88", ptr %".89", align 2
  %".91" = getelementptr i8, ptr %"keys.8", i64 16
  store i32 %"w12_4", ptr %".91", align 4
  %".93" = getelementptr i8, ptr %"keys.8", i64 20
  store i32 %"w16_4", ptr %".93", align 4
  %".95" = zext i8 %"w9_1" to i64
  %".96" = trunc i64 %".95" to i8
  %".97" = getelementptr i8, ptr %"keys.8", i64 9
  store i8 %".96", ptr %".97", align 1
  %".99" = add i64 %"cursor.1", 20
  %".100" = zext i8 %"w0_1" to i64
  %".101" = and i64 %".100", 15
  %".102" = mul i64 %".101", 4
  %".103" = sub i64 %".102", 20
  %".104" = add i64 %".103", 20
  %".105" = getelementptr i8, ptr %"data.8", i64 %"cursor.1"
  %".106" = getelementptr i8, ptr %".105", i64 %".104"
  %".107" = icmp ugt ptr %".106", %"data_end.8"
  br i1 %".107", label %"copy_last_byte", label %"variable_part", !prof !0
variable_part:
  %"data.10" = phi  ptr [%"data.8", %"cont.2"], [%"data.9", %"cont.3"]
  %"data_end.10" = phi  ptr [%"data_end.8", %"cont.2"], [%"data_end.9", %"cont.3"]
  %"keys.10" = phi  ptr [%"keys.8", %"cont.2"], [%"keys.9", %"cont.3"]
  %"end" = add i64 %"cursor.1", %".104"
  %".128" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".129" = zext i16 %".128" to i64
  %".130" = and i64 %".129", 16383
  %".131" = icmp ne i64 %".130", 0
  %".132" = call i16 @"llvm.bswap.i16"(i16 %"w6_2")
  %".133" = zext i16 %".132" to i64
  %".134" = and i64 %".133", 8191
  %".135" = icmp eq i64 %".134", 0
  br i1 %".131", label %"fragment", label %"not_fragment"
copy_last_byte:
  %".109" = add i64 %"cursor.1", %".104"
  %".110" = sub i64 %".109", 1
  %"ctx.2" = load volatile ptr, ptr %"ctx_slot", align 8
  %".111" = trunc i64 %".110" to i32
  %".112" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.2", i32 %".111", i64* %"last_byte", i32 1)
  %".113" = icmp eq i64 %".112", 0
  %".114" = getelementptr i8, ptr %"ctx.2", i64 76
  %".115" = load i32, ptr %".114", align 4
  %".116" = zext i32 %".115" to i64
  %"data.9" = inttoptr i64 %".116" to ptr
  %".117" = getelementptr i8, ptr %"ctx.2", i64 80
  %".118" = load i32, ptr %".117", align 4
  %".119" = zext i32 %".118" to i64
  %"data_end.9" = inttoptr i64 %".119" to ptr
  %".120" = getelementptr i8, ptr %"ctx.2", i64 144
  %"keys.9" = load ptr, ptr %".120", align 8
  %".121" = xor i1 %".113", -1
  br i1 %".121", label %"exit.3", label %"cont.3"
exit.3:
  %".123" = trunc i64 %"cursor.1" to i16
  %".124" = getelementptr i8, ptr %"keys.9", i64 2
  store i16 %".123", ptr %".124", align 2
  br label %"return"
cont.3:
  br label %"variable_part"
fragment:
  %".137" = getelementptr i8, ptr %"keys.10", i64 6
  store i8 1, ptr %".137", align 1
  br i1 %".135", label %"first_fragment", label %"later_fragment"
not_fragment:
  %".156" = zext i8 %"w9_1" to i64
  switch i64 %".156", label %"unknown.1" [i64 6, label %"to_tcp" i64 17, label %"to_udp" i64 136, label %"to_udplite" i64 47, label %"to_gre" i64 132, label %"to_sctp" i64 33, label %"to_dccp" i64 50, label %"to_esp" i64 51, label %"to_ah" i64 1, label %"to_icmp" i64 137, label %"to_mpls.2" i64 4, label %"to_ipv4.1" i64 41, label %"to_ipv6.1"]
first_fragment:
  %".144" = getelementptr i8, ptr %"keys.10", i64 7
  store i8 1, ptr %".144", align 1
  %".146" = getelementptr i8, ptr %"keys.10", i64 48
  %"flags" = load volatile i32, ptr %".146", align 4
  %".147" = and i32 %"flags", 1
  %".148" = icmp ne i32 %".147", 0
  %".149" = xor i1 %".148", -1
  br i1 %".149", label %"exit.4", label %"cont.4"
later_fragment:
  %".140" = trunc i64 %"end" to i16
  %".141" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".140", ptr %".141", align 2
  br label %"return"
exit.4:
  %".151" = trunc i64 %"end" to i16
  %".152" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".151", ptr %".152", align 2
  br label %"return"
cont.4:
  br label %"not_fragment"
unknown.1:
  %".158" = trunc i64 %"end" to i16
  %".159" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".158", ptr %".159", align 2
  br label %"return"
to_tcp:
  br label %"tcp"
to_udp:
  br label %"udp"
to_udplite:
  br label %"udplite"
to_gre:
  br label %"gre_d0"
to_sctp:
  br label %"sctp"
to_dccp:
  br label %"dccp"
to_esp:
  br label %"esp"
to_ah:
  br label %"ah"
to_icmp:
  br label %"icmp"
to_mpls.2:
  %".171" = trunc i64 34887 to i16
  %".172" = call i16 @"llvm.bswap.i16"(i16 %".171")
  %".173" = getelementptr i8, ptr %"keys.10", i64 10
  store i16 %".172", ptr %".173", align 2
  %".175" = getelementptr i8, ptr %"keys.10", i64 2
  %".176" = trunc i64 %"end" to i16
  store volatile i16 %".176", ptr %".175", align 2
  %".178" = load volatile i16, ptr %".175", align 2
  %".179" = zext i16 %".178" to i64
  %"cursor.15" = and i64 %".179", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.1:
  %".181" = getelementptr i8, ptr %"keys.10", i64 8
  store i8 1, ptr %".181", align 1
  %".183" = getelementptr i8, ptr %"keys.10", i64 48
  %"flags.1" = load volatile i32, ptr %".183", align 4
  %".184" = and i32 %"flags.1", 4
  %".185" = icmp ne i32 %".184", 0
  br i1 %".185", label %"exit.5", label %"cont.5"
to_ipv6.1:
  %".197" = getelementptr i8, ptr %"keys.10", i64 8
  store i8 1, ptr %".197", align 1
  %".199" = getelementptr i8, ptr %"keys.10", i64 48
  %"flags.2" = load volatile i32, ptr %".199", align 4
  %".200" = and i32 %"flags.2", 4
  %".201" = icmp ne i32 %".200", 0
  br i1 %".201", label %"exit.6", label %"cont.6"
tcp:
  %"cursor.6" = phi  i64 [%"end", %"to_tcp"], [%".284", %"to_tcp.1"], [%"cursor.42", %"to_tcp.2"], [%"cursor.58", %"to_tcp.3"], [%"cursor.70", %"to_tcp.4"], [%"cursor.85", %"to_tcp.5"], [%"cursor.118", %"to_tcp.6"], [%"cursor.132", %"to_tcp.7"], [%"cursor.145", %"to_tcp.8"], [%"cursor.160", %"to_tcp.9"], [%"cursor.191", %"to_tcp.10"], [%"cursor.205", %"to_tcp.11"], [%"cursor.215", %"to_tcp.12"], [%"cursor.227", %"to_tcp.13"], [%"cursor.244", %"to_tcp.14"], [%"cursor.254", %"to_tcp.15"]
  %"data.11" = phi  ptr [%"data.10", %"to_tcp"], [%"data.23", %"to_tcp.1"], [%"data.64", %"to_tcp.2"], [%"data.67", %"to_tcp.3"], [%"data.73", %"to_tcp.4"], [%"data.77", %"to_tcp.5"], [%"data.100", %"to_tcp.6"], [%"data.104", %"to_tcp.7"], [%"data.108", %"to_tcp.8"], [%"data.112", %"to_tcp.9"], [%"data.124", %"to_tcp.10"], [%"data.128", %"to_tcp.11"], [%"data.132", %"to_tcp.12"], [%"data.134", %"to_tcp.13"], [%"data.142", %"to_tcp.14"], [%"data.144", %"to_tcp.15"]
  %"data_end.11" = phi  ptr [%"data_end.10", %"to_tcp"], [%"data_end.23", %"to_tcp.1"], [%"data_end.64", %"to_tcp.2"], [%"data_end.67", %"to_tcp.3"], [%"data_end.73", %"to_tcp.4"], [%"data_end.77", %"to_tcp.5"], [%"data_end.100", %"to_tcp.6"], [%"data_end.104", %"to_tcp.7"], [%"data_end.108", %"to_tcp.8"], [%"data_end.112", %"to_tcp.9"], [%"data_end.124", %"to_tcp.10"], [%"data_end.128", %"to_tcp.11"], [%"data_end.132", %"to_tcp.12"], [%"data_end.134", %"to_tcp.13"], [%"data_end.142", %"to_tcp.14"], [%"data_end.144", %"to_tcp.15"]
  %"keys.11" = phi  ptr [%"keys.10", %"to_tcp"], [%"keys.23", %"to_tcp.1"], [%"keys.64", %"to_tcp.2"], [%"keys.67", %"to_tcp.3"], [%"keys.73", %"to_tcp.4"], [%"keys.77", %"to_tcp.5"], [%"keys.100", %"to_tcp.6"], [%"keys.104", %"to_tcp.7"], [%"keys.108", %"to_tcp.8"], [%"keys.112", %"to_tcp.9"], [%"keys.124", %"to_tcp.10"], [%"keys.128", %"to_tcp.11"], [%"keys.132", %"to_tcp.12"], [%"keys.134", %"to_tcp.13"], [%"keys.142", %"to_tcp.14"], [%"keys.144", %"to_tcp.15"]
  %"hdr.5" = getelementptr i8, ptr %"data.11", i64 %"cursor.6"
  %".550" = getelementptr i8, ptr %"hdr.5", i64 4
  %".551" = icmp ugt ptr %".550", %"data_end.11"
  br i1 %".551", label %"copy.5", label %"linear.5", !prof !0
linear.5:
  %".553" = getelementptr i8, ptr %"hdr.5", i64 0
  %".554" = load i16, ptr %".553", align 2
  %".555" = getelementptr i8, ptr %"hdr.5", i64 2
  %".556" = load i16, ptr %".555", align 2
  br label %"header.5"
header.5:
  %"w0_2" = phi  i16 [%".554", %"linear.5"], [%".575", %"cont.15"]
  %"w2_2.1" = phi  i16 [%".556", %"linear.5"], [%".577", %"cont.15"]
  %"data.36" = phi  ptr [%"data.11", %"linear.5"], [%"data.35", %"cont.15"]
  %"data_end.36" = phi  ptr [%"data_end.11", %"linear.5"], [%"data_end.35", %"cont.15"]
  %"keys.36" = phi  ptr [%"keys.11", %"linear.5"], [%"keys.35", %"cont.15"]
  %".579" = call i16 @"llvm.bswap.i16"(i16 %"w0_2")
  %".580" = zext i16 %".579" to i64
  %".581" = trunc i64 %".580" to i16
  %".582" = call i16 @"llvm.bswap.i16"(i16 %".581")
  %".583" = getelementptr i8, ptr %"keys.36", i64 12
  store i16 %".582", ptr %".583", align 2
  %".585" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.1")
  %".586" = zext i16 %".585" to i64
  %".587" = trunc i64 %".586" to i16
  %".588" = call i16 @"llvm.bswap.i16"(i16 %".587")
  %".589" = getelementptr i8, ptr %"keys.36", i64 14
  store i16 %".588", ptr %".589", align 2
  switch i64 0, label %"unknown.6" [i64 0, label %"to_tcp_header"]
udp:
  %"cursor.7" = phi  i64 [%"end", %"to_udp"], [%".284", %"to_udp.1"], [%"cursor.43", %"to_udp.2"], [%"cursor.59", %"to_udp.3"], [%"cursor.71", %"to_udp.4"], [%"cursor.86", %"to_udp.5"], [%"cursor.119", %"to_udp.6"], [%"cursor.133", %"to_udp.7"], [%"cursor.146", %"to_udp.8"], [%"cursor.161", %"to_udp.9"], [%"cursor.192", %"to_udp.10"], [%"cursor.206", %"to_udp.11"], [%"cursor.216", %"to_udp.12"], [%"cursor.228", %"to_udp.13"], [%"cursor.245", %"to_udp.14"], [%"cursor.255", %"to_udp.15"]
  %"data.12" = phi  ptr [%"data.10", %"to_udp"], [%"data.23", %"to_udp.1"], [%"data.64", %"to_udp.2"], [%"data.67", %"to_udp.3"], [%"data.73", %"to_udp.4"], [%"data.77", %"to_udp.5"], [%"data.100", %"to_udp.6"], [%"data.104", %"to_udp.7"], [%"data.108", %"to_udp.8"], [%"data.112", %"to_udp.9"], [%"data.124", %"to_udp.10"], [%"data.128", %"to_udp.11"], [%"data.132", %"to_udp.12"], [%"data.134", %"to_udp.13"], [%"data.142", %"to_udp.14"], [%"data.144", %"to_udp.15"]
  %"data_end.12" = phi  ptr [%"data_end.10", %"to_udp"], [%"data_end.23", %"to_udp.1"], [%"data_end.64", %"to_udp.2"], [%"data_end.67", %"to_udp.3"], [%"data_end.73", %"to_udp.4"], [%"data_end.77", %"to_udp.5"], [%"data_end.100", %"to_udp.6"], [%"data_end.104", %"to_udp.7"], [%"data_end.108", %"to_udp.8"], [%"data_end.112", %"to_udp.9"], [%"data_end.124", %"to_udp.10"], [%"data_end.128", %"to_udp.11"], [%"data_end.132", %"to_udp.12"], [%"data_end.134", %"to_udp.13"], [%"data_end.142", %"to_udp.14"], [%"data_end.144", %"to_udp.15"]
  %"keys.12" = phi  ptr [%"keys.10", %"to_udp"], [%"keys.23", %"to_udp.1"], [%"keys.64", %"to_udp.2"], [%"keys.67", %"to_udp.3"], [%"keys.73", %"to_udp.4"], [%"keys.77", %"to_udp.5"], [%"keys.100", %"to_udp.6"], [%"keys.104", %"to_udp.7"], [%"keys.108", %"to_udp.8"], [%"keys.112", %"to_udp.9"], [%"keys.124", %"to_udp.10"], [%"keys.128", %"to_udp.11"], [%"keys.132", %"to_udp.12"], [%"keys.134", %"to_udp.13"], [%"keys.142", %"to_udp.14"], [%"keys.144", %"to_udp.15"]
  %"hdr.6" = getelementptr i8, ptr %"data.12", i64 %"cursor.7"
  %".597" = getelementptr i8, ptr %"hdr.6", i64 4
  %".598" = icmp ugt ptr %".597", %"data_end.12"
  br i1 %".598", label %"copy.6", label %"linear.6", !prof !0
linear.6:
  %".600" = getelementptr i8, ptr %"hdr.6", i64 0
  %".601" = load i16, ptr %".600", align 2
  %".602" = getelementptr i8, ptr %"hdr.6", i64 2
  %".603" = load i16, ptr %".602", align 2
  br label %"header.6"
header.6:
  %"w0_2.1" = phi  i16 [%".601", %"linear.6"], [%".622", %"cont.16"]
  %"w2_2.2" = phi  i16 [%".603", %"linear.6"], [%".624", %"cont.16"]
  %"data.39" = phi  ptr [%"data.12", %"linear.6"], [%"data.38", %"cont.16"]
  %"data_end.39" = phi  ptr [%"data_end.12", %"linear.6"], [%"data_end.38", %"cont.16"]
  %"keys.39" = phi  ptr [%"keys.12", %"linear.6"], [%"keys.38", %"cont.16"]
  %".626" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.1")
  %".627" = zext i16 %".626" to i64
  %".628" = trunc i64 %".627" to i16
  %".629" = call i16 @"llvm.bswap.i16"(i16 %".628")
  %".630" = getelementptr i8, ptr %"keys.39", i64 12
  store i16 %".629", ptr %".630", align 2
  %".632" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.2")
  %".633" = zext i16 %".632" to i64
  %".634" = trunc i64 %".633" to i16
  %".635" = call i16 @"llvm.bswap.i16"(i16 %".634")
  %".636" = getelementptr i8, ptr %"keys.39", i64 14
  store i16 %".635", ptr %".636", align 2
  %".638" = add i64 %"cursor.7", 4
  %".639" = add i64 4, 4
  %".640" = getelementptr i8, ptr %"data.39", i64 %"cursor.7"
  %".641" = getelementptr i8, ptr %".640", i64 %".639"
  %".642" = icmp ugt ptr %".641", %"data_end.39"
  br i1 %".642", label %"copy_last_byte.1", label %"variable_part.1", !prof !0
variable_part.1:
  %"data.41" = phi  ptr [%"data.39", %"header.6"], [%"data.40", %"cont.17"]
  %"data_end.41" = phi  ptr [%"data_end.39", %"header.6"], [%"data_end.40", %"cont.17"]
  %"keys.41" = phi  ptr [%"keys.39", %"header.6"], [%"keys.40", %"cont.17"]
  %"end.1" = add i64 %"cursor.7", %".639"
  %".663" = trunc i64 %"cursor.7" to i16
  %".664" = getelementptr i8, ptr %"keys.41", i64 2
  store i16 %".663", ptr %".664", align 2
  br label %"return"
udplite:
  %"cursor.8" = phi  i64 [%"end", %"to_udplite"], [%".284", %"to_udplite.1"], [%"cursor.44", %"to_udplite.2"], [%"cursor.60", %"to_udplite.3"], [%"cursor.72", %"to_udplite.4"], [%"cursor.87", %"to_udplite.5"], [%"cursor.120", %"to_udplite.6"], [%"cursor.134", %"to_udplite.7"], [%"cursor.147", %"to_udplite.8"], [%"cursor.162", %"to_udplite.9"], [%"cursor.193", %"to_udplite.10"], [%"cursor.207", %"to_udplite.11"], [%"cursor.217", %"to_udplite.12"], [%"cursor.229", %"to_udplite.13"], [%"cursor.246", %"to_udplite.14"], [%"cursor.256", %"to_udplite.15"]
  %"data.13" = phi  ptr [%"data.10", %"to_udplite"], [%"data.23", %"to_udplite.1"], [%"data.64", %"to_udplite.2"], [%"data.67", %"to_udplite.3"], [%"data.73", %"to_udplite.4"], [%"data.77", %"to_udplite.5"], [%"data.100", %"to_udplite.6"], [%"data.104", %"to_udplite.7"], [%"data.108", %"to_udplite.8"], [%"data.112", %"to_udplite.9"], [%"data.124", %"to_udplite.10"], [%"data.128", %"to_udplite.11"], [%"data.132", %"to_udplite.12"], [%"data.134", %"to_udplite.13"], [%"data.142", %"to_udplite.14"], [%"data.144", %"to_udplite.15"]
  %"data_end.13" = phi  ptr [%"data_end.10", %"to_udplite"], [%"data_end.23", %"to_udplite.1"], [%"data_end.64", %"to_udplite.2"], [%"data_end.67", %"to_udplite.3"], [%"data_end.73", %"to_udplite.4"], [%"data_end.77", %"to_udplite.5"], [%"data_end.100", %"to_udplite.6"], [%"data_end.104", %"to_udplite.7"], [%"data_end.108", %"to_udplite.8"], [%"data_end.112", %"to_udplite.9"], [%"data_end.124", %"to_udplite.10"], [%"data_end.128", %"to_udplite.11"], [%"data_end.132", %"to_udplite.12"], [%"data_end.134", %"to_udplite.13"], [%"data_end.142", %"to_udplite.14"], [%"data_end.144", %"to_udplite.15"]
  %"keys.13" = phi  ptr [%"keys.10", %"to_udplite"], [%"keys.23", %"to_udplite.1"], [%"keys.64", %"to_udplite.2"], [%"keys.67", %"to_udplite.3"], [%"keys.73", %"to_udplite.4"], [%"keys.77", %"to_udplite.5"], [%"keys.100", %"to_udplite.6"], [%"keys.104", %"to_udplite.7"], [%"keys.108", %"to_udplite.8"], [%"keys.112", %"to_udplite.9"], [%"keys.124", %"to_udplite.10"], [%"keys.128", %"to_udplite.11"], [%"keys.132", %"to_udplite.12"], [%"keys.134", %"to_udplite.13"], [%"keys.142", %"to_udplite.14"], [%"keys.144", %"to_udplite.15"]
  %"hdr.7" = getelementptr i8, ptr %"data.13", i64 %"cursor.8"
  %".667" = getelementptr i8, ptr %"hdr.7", i64 4
  %".668" = icmp ugt ptr %".667", %"data_end.13"
  br i1 %".668", label %"copy.7", label %"linear.7", !prof !0
linear.7:
  %".670" = getelementptr i8, ptr %"hdr.7", i64 0
  %".671" = load i16, ptr %".670", align 2
  %".672" = getelementptr i8, ptr %"hdr.7", i64 2
  %".673" = load i16, ptr %".672", align 2
  br label %"header.7"
header.7:
  %"w0_2.2" = phi  i16 [%".671", %"linear.7"], [%".692", %"cont.18"]
  %"w2_2.3" = phi  i16 [%".673", %"linear.7"], [%".694", %"cont.18"]
  %"data.43" = phi  ptr [%"data.13", %"linear.7"], [%"data.42", %"cont.18"]
  %"data_end.43" = phi  ptr [%"data_end.13", %"linear.7"], [%"data_end.42", %"cont.18"]
  %"keys.43" = phi  ptr [%"keys.13", %"linear.7"], [%"keys.42", %"cont.18"]
  %".696" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.2")
  %".697" = zext i16 %".696" to i64
  %".698" = trunc i64 %".697" to i16
  %".699" = call i16 @"llvm.bswap.i16"(i16 %".698")
  %".700" = getelementptr i8, ptr %"keys.43", i64 12
  store i16 %".699", ptr %".700", align 2
  %".702" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.3")
  %".703" = zext i16 %".702" to i64
  %".704" = trunc i64 %".703" to i16
  %".705" = call i16 @"llvm.bswap.i16"(i16 %".704")
  %".706" = getelementptr i8, ptr %"keys.43", i64 14
  store i16 %".705", ptr %".706", align 2
  %".708" = add i64 %"cursor.8", 4
  %".709" = add i64 4, 4
  %".710" = getelementptr i8, ptr %"data.43", i64 %"cursor.8"
  %".711" = getelementptr i8, ptr %".710", i64 %".709"
  %".712" = icmp ugt ptr %".711", %"data_end.43"
  br i1 %".712", label %"copy_last_byte.2", label %"variable_part.2", !prof !0
variable_part.2:
  %"data.45" = phi  ptr [%"data.43", %"header.7"], [%"data.44", %"cont.19"]
  %"data_end.45" = phi  ptr [%"data_end.43", %"header.7"], [%"data_end.44", %"cont.19"]
  %"keys.45" = phi  ptr [%"keys.43", %"header.7"], [%"keys.44", %"cont.19"]
  %"end.2" = add i64 %"cursor.8", %".709"
  %".733" = trunc i64 %"cursor.8" to i16
  %".734" = getelementptr i8, ptr %"keys.45", i64 2
  store i16 %".733", ptr %".734", align 2
  br label %"return"
gre_d0:
  %"cursor.9" = phi  i64 [%"end", %"to_gre"], [%".284", %"to_gre.1"], [%"cursor.73", %"to_gre.4"], [%"cursor.88", %"to_gre.5"], [%"cursor.148", %"to_gre.8"], [%"cursor.163", %"to_gre.9"], [%"cursor.218", %"to_gre.12"], [%"cursor.230", %"to_gre.13"]
  %"data.14" = phi  ptr [%"data.10", %"to_gre"], [%"data.23", %"to_gre.1"], [%"data.73", %"to_gre.4"], [%"data.77", %"to_gre.5"], [%"data.108", %"to_gre.8"], [%"data.112", %"to_gre.9"], [%"data.132", %"to_gre.12"], [%"data.134", %"to_gre.13"]
  %"data_end.14" = phi  ptr [%"data_end.10", %"to_gre"], [%"data_end.23", %"to_gre.1"], [%"data_end.73", %"to_gre.4"], [%"data_end.77", %"to_gre.5"], [%"data_end.108", %"to_gre.8"], [%"data_end.112", %"to_gre.9"], [%"data_end.132", %"to_gre.12"], [%"data_end.134", %"to_gre.13"]
  %"keys.14" = phi  ptr [%"keys.10", %"to_gre"], [%"keys.23", %"to_gre.1"], [%"keys.73", %"to_gre.4"], [%"keys.77", %"to_gre.5"], [%"keys.108", %"to_gre.8"], [%"keys.112", %"to_gre.9"], [%"keys.132", %"to_gre.12"], [%"keys.134", %"to_gre.13"]
  %"hdr.8" = getelementptr i8, ptr %"data.14", i64 %"cursor.9"
  %".737" = getelementptr i8, ptr %"hdr.8", i64 4
  %".738" = icmp ugt ptr %".737", %"data_end.14"
  br i1 %".738", label %"copy.8", label %"linear.8", !prof !0
linear.8:
  %".740" = getelementptr i8, ptr %"hdr.8", i64 0
  %".741" = load i8, ptr %".740", align 1
  %".742" = getelementptr i8, ptr %"hdr.8", i64 1
  %".743" = load i8, ptr %".742", align 1
  %".744" = getelementptr i8, ptr %"hdr.8", i64 2
  %".745" = load i16, ptr %".744", align 2
  br label %"header.8"
header.8:
  %"w0_1.2" = phi  i8 [%".741", %"linear.8"], [%".764", %"cont.20"]
  %"w1_1.1" = phi  i8 [%".743", %"linear.8"], [%".766", %"cont.20"]
  %"w2_2.4" = phi  i16 [%".745", %"linear.8"], [%".768", %"cont.20"]
  %"data.47" = phi  ptr [%"data.14", %"linear.8"], [%"data.46", %"cont.20"]
  %"data_end.47" = phi  ptr [%"data_end.14", %"linear.8"], [%"data_end.46", %"cont.20"]
  %"keys.47" = phi  ptr [%"keys.14", %"linear.8"], [%"keys.46", %"cont.20"]
  %".770" = zext i8 %"w1_1.1" to i64
  %".771" = and i64 %".770", 7
  %".772" = icmp ne i64 %".771", 0
  %".773" = zext i8 %"w0_1.2" to i64
  %".774" = lshr i64 %".773", 6
  %".775" = and i64 %".774", 1
  %".776" = icmp ne i64 %".775", 0
  %".777" = or i1 %".772", %".776"
  br i1 %".777", label %"exit.21", label %"cont.21"
sctp:
  %"cursor.10" = phi  i64 [%"end", %"to_sctp"], [%".284", %"to_sctp.1"], [%"cursor.47", %"to_sctp.2"], [%"cursor.62", %"to_sctp.3"], [%"cursor.74", %"to_sctp.4"], [%"cursor.89", %"to_sctp.5"], [%"cursor.122", %"to_sctp.6"], [%"cursor.136", %"to_sctp.7"], [%"cursor.149", %"to_sctp.8"], [%"cursor.164", %"to_sctp.9"], [%"cursor.195", %"to_sctp.10"], [%"cursor.209", %"to_sctp.11"], [%"cursor.219", %"to_sctp.12"], [%"cursor.231", %"to_sctp.13"], [%"cursor.248", %"to_sctp.14"], [%"cursor.258", %"to_sctp.15"]
  %"data.15" = phi  ptr [%"data.10", %"to_sctp"], [%"data.23", %"to_sctp.1"], [%"data.64", %"to_sctp.2"], [%"data.67", %"to_sctp.3"], [%"data.73", %"to_sctp.4"], [%"data.77", %"to_sctp.5"], [%"data.100", %"to_sctp.6"], [%"data.104", %"to_sctp.7"], [%"data.108", %"to_sctp.8"], [%"data.112", %"to_sctp.9"], [%"data.124", %"to_sctp.10"], [%"data.128", %"to_sctp.11"], [%"data.132", %"to_sctp.12"], [%"data.134", %"to_sctp.13"], [%"data.142", %"to_sctp.14"], [%"data.144", %"to_sctp.15"]
  %"data_end.15" = phi  ptr [%"data_end.10", %"to_sctp"], [%"data_end.23", %"to_sctp.1"], [%"data_end.64", %"to_sctp.2"], [%"data_end.67", %"to_sctp.3"], [%"data_end.73", %"to_sctp.4"], [%"data_end.77", %"to_sctp.5"], [%"data_end.100", %"to_sctp.6"], [%"data_end.104", %"to_sctp.7"], [%"data_end.108", %"to_sctp.8"], [%"data_end.112", %"to_sctp.9"], [%"data_end.124", %"to_sctp.10"], [%"data_end.128", %"to_sctp.11"], [%"data_end.132", %"to_sctp.12"], [%"data_end.134", %"to_sctp.13"], [%"data_end.142", %"to_sctp.14"], [%"data_end.144", %"to_sctp.15"]
  %"keys.15" = phi  ptr [%"keys.10", %"to_sctp"], [%"keys.23", %"to_sctp.1"], [%"keys.64", %"to_sctp.2"], [%"keys.67", %"to_sctp.3"], [%"keys.73", %"to_sctp.4"], [%"keys.77", %"to_sctp.5"], [%"keys.100", %"to_sctp.6"], [%"keys.104", %"to_sctp.7"], [%"keys.108", %"to_sctp.8"], [%"keys.112", %"to_sctp.9"], [%"keys.124", %"to_sctp.10"], [%"keys.128", %"to_sctp.11"], [%"keys.132", %"to_sctp.12"], [%"keys.134", %"to_sctp.13"], [%"keys.142", %"to_sctp.14"], [%"keys.144", %"to_sctp.15"]
  %"hdr.9" = getelementptr i8, ptr %"data.15", i64 %"cursor.10"
  %".873" = getelementptr i8, ptr %"hdr.9", i64 4
  %".874" = icmp ugt ptr %".873", %"data_end.15"
  br i1 %".874", label %"copy.9", label %"linear.9", !prof !0
linear.9:
  %".876" = getelementptr i8, ptr %"hdr.9", i64 0
  %".877" = load i16, ptr %".876", align 2
  %".878" = getelementptr i8, ptr %"hdr.9", i64 2
  %".879" = load i16, ptr %".878", align 2
  br label %"header.9"
header.9:
  %"w0_2.3" = phi  i16 [%".877", %"linear.9"], [%".898", %"cont.24"]
  %"w2_2.5" = phi  i16 [%".879", %"linear.9"], [%".900", %"cont.24"]
  %"data.52" = phi  ptr [%"data.15", %"linear.9"], [%"data.51", %"cont.24"]
  %"data_end.52" = phi  ptr [%"data_end.15", %"linear.9"], [%"data_end.51", %"cont.24"]
  %"keys.52" = phi  ptr [%"keys.15", %"linear.9"], [%"keys.51", %"cont.24"]
  %".902" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.3")
  %".903" = zext i16 %".902" to i64
  %".904" = trunc i64 %".903" to i16
  %".905" = call i16 @"llvm.bswap.i16"(i16 %".904")
  %".906" = getelementptr i8, ptr %"keys.52", i64 12
  store i16 %".905", ptr %".906", align 2
  %".908" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.5")
  %".909" = zext i16 %".908" to i64
  %".910" = trunc i64 %".909" to i16
  %".911" = call i16 @"llvm.bswap.i16"(i16 %".910")
  %".912" = getelementptr i8, ptr %"keys.52", i64 14
  store i16 %".911", ptr %".912", align 2
  %".914" = add i64 %"cursor.10", 4
  %".915" = trunc i64 %"cursor.10" to i16
  %".916" = getelementptr i8, ptr %"keys.52", i64 2
  store i16 %".915", ptr %".916", align 2
  br label %"return"
dccp:
  %"cursor.11" = phi  i64 [%"end", %"to_dccp"], [%".284", %"to_dccp.1"], [%"cursor.48", %"to_dccp.2"], [%"cursor.63", %"to_dccp.3"], [%"cursor.75", %"to_dccp.4"], [%"cursor.90", %"to_dccp.5"], [%"cursor.123", %"to_dccp.6"], [%"cursor.137", %"to_dccp.7"], [%"cursor.150", %"to_dccp.8"], [%"cursor.165", %"to_dccp.9"], [%"cursor.196", %"to_dccp.10"], [%"cursor.210", %"to_dccp.11"], [%"cursor.220", %"to_dccp.12"], [%"cursor.232", %"to_dccp.13"], [%"cursor.249", %"to_dccp.14"], [%"cursor.259", %"to_dccp.15"]
  %"data.16" = phi  ptr [%"data.10", %"to_dccp"], [%"data.23", %"to_dccp.1"], [%"data.64", %"to_dccp.2"], [%"data.67", %"to_dccp.3"], [%"data.73", %"to_dccp.4"], [%"data.77", %"to_dccp.5"], [%"data.100", %"to_dccp.6"], [%"data.104", %"to_dccp.7"], [%"data.108", %"to_dccp.8"], [%"data.112", %"to_dccp.9"], [%"data.124", %"to_dccp.10"], [%"data.128", %"to_dccp.11"], [%"data.132", %"to_dccp.12"], [%"data.134", %"to_dccp.13"], [%"data.142", %"to_dccp.14"], [%"data.144", %"to_dccp.15"]
  %"data_end.16" = phi  ptr [%"data_end.10", %"to_dccp"], [%"data_end.23", %"to_dccp.1"], [%"data_end.64", %"to_dccp.2"], [%"data_end.67", %"to_dccp.3"], [%"data_end.73", %"to_dccp.4"], [%"data_end.77", %"to_dccp.5"], [%"data_end.100", %"to_dccp.6"], [%"data_end.104", %"to_dccp.7"], [%"data_end.108", %"to_dccp.8"], [%"data_end.112", %"to_dccp.9"], [%"data_end.124", %"to_dccp.10"], [%"data_end.128", %"to_dccp.11"], [%"data_end.132", %"to_dccp.12"], [%"data_end.134", %"to_dccp.13"], [%"data_end.142", %"to_dccp.14"], [%"data_end.144", %"to_dccp.15"]
  %"keys.16" = phi  ptr [%"keys.10", %"to_dccp"], [%"keys.23", %"to_dccp.1"], [%"keys.64", %"to_dccp.2"], [%"keys.67", %"to_dccp.3"], [%"keys.73", %"to_dccp.4"], [%"keys.77", %"to_dccp.5"], [%"keys.100", %"to_dccp.6"], [%"keys.104", %"to_dccp.7"], [%"keys.108", %"to_dccp.8"], [%"keys.112", %"to_dccp.9"], [%"keys.124", %"to_dccp.10"], [%"keys.128", %"to_dccp.11"], [%"keys.132", %"to_dccp.12"], [%"keys.134", %"to_dccp.13"], [%"keys.142", %"to_dccp.14"], [%"keys.144", %"to_dccp.15"]
  %"hdr.10" = getelementptr i8, ptr %"data.16", i64 %"cursor.11"
  %".919" = getelementptr i8, ptr %"hdr.10", i64 4
  %".920" = icmp ugt ptr %".919", %"data_end.16"
  br i1 %".920", label %"copy.10", label %"linear.10", !prof !0
linear.10:
  %".922" = getelementptr i8, ptr %"hdr.10", i64 0
  %".923" = load i16, ptr %".922", align 2
  %".924" = getelementptr i8, ptr %"hdr.10", i64 2
  %".925" = load i16, ptr %".924", align 2
  br label %"header.10"
header.10:
  %"w0_2.4" = phi  i16 [%".923", %"linear.10"], [%".944", %"cont.25"]
  %"w2_2.6" = phi  i16 [%".925", %"linear.10"], [%".946", %"cont.25"]
  %"data.54" = phi  ptr [%"data.16", %"linear.10"], [%"data.53", %"cont.25"]
  %"data_end.54" = phi  ptr [%"data_end.16", %"linear.10"], [%"data_end.53", %"cont.25"]
  %"keys.54" = phi  ptr [%"keys.16", %"linear.10"], [%"keys.53", %"cont.25"]
  %".948" = call i16 @"llvm.bswap.i16"(i16 %"w0_2.4")
  %".949" = zext i16 %".948" to i64
  %".950" = trunc i64 %".949" to i16
  %".951" = call i16 @"llvm.bswap.i16"(i16 %".950")
  %".952" = getelementptr i8, ptr %"keys.54", i64 12
  store i16 %".951", ptr %".952", align 2
  %".954" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.6")
  %".955" = zext i16 %".954" to i64
  %".956" = trunc i64 %".955" to i16
  %".957" = call i16 @"llvm.bswap.i16"(i16 %".956")
  %".958" = getelementptr i8, ptr %"keys.54", i64 14
  store i16 %".957", ptr %".958", align 2
  %".960" = add i64 %"cursor.11", 4
  %".961" = trunc i64 %"cursor.11" to i16
  %".962" = getelementptr i8, ptr %"keys.54", i64 2
  store i16 %".961", ptr %".962", align 2
  br label %"return"
esp:
  %"cursor.12" = phi  i64 [%"end", %"to_esp"], [%".284", %"to_esp.1"], [%"cursor.49", %"to_esp.2"], [%"cursor.64", %"to_esp.3"], [%"cursor.76", %"to_esp.4"], [%"cursor.91", %"to_esp.5"], [%"cursor.124", %"to_esp.6"], [%"cursor.138", %"to_esp.7"], [%"cursor.151", %"to_esp.8"], [%"cursor.166", %"to_esp.9"], [%"cursor.197", %"to_esp.10"], [%"cursor.211", %"to_esp.11"], [%"cursor.221", %"to_esp.12"], [%"cursor.233", %"to_esp.13"], [%"cursor.250", %"to_esp.14"], [%"cursor.260", %"to_esp.15"]
  %"data.17" = phi  ptr [%"data.10", %"to_esp"], [%"data.23", %"to_esp.1"], [%"data.64", %"to_esp.2"], [%"data.67", %"to_esp.3"], [%"data.73", %"to_esp.4"], [%"data.77", %"to_esp.5"], [%"data.100", %"to_esp.6"], [%"data.104", %"to_esp.7"], [%"data.108", %"to_esp.8"], [%"data.112", %"to_esp.9"], [%"data.124", %"to_esp.10"], [%"data.128", %"to_esp.11"], [%"data.132", %"to_esp.12"], [%"data.134", %"to_esp.13"], [%"data.142", %"to_esp.14"], [%"data.144", %"to_esp.15"]
  %"data_end.17" = phi  ptr [%"data_end.10", %"to_esp"], [%"data_end.23", %"to_esp.1"], [%"data_end.64", %"to_esp.2"], [%"data_end.67", %"to_esp.3"], [%"data_end.73", %"to_esp.4"], [%"data_end.77", %"to_esp.5"], [%"data_end.100", %"to_esp.6"], [%"data_end.104", %"to_esp.7"], [%"data_end.108", %"to_esp.8"], [%"data_end.112", %"to_esp.9"], [%"data_end.124", %"to_esp.10"], [%"data_end.128", %"to_esp.11"], [%"data_end.132", %"to_esp.12"], [%"data_end.134", %"to_esp.13"], [%"data_end.142", %"to_esp.14"], [%"data_end.144", %"to_esp.15"]
  %"keys.17" = phi  ptr [%"keys.10", %"to_esp"], [%"keys.23", %"to_esp.1"], [%"keys.64", %"to_esp.2"], [%"keys.67", %"to_esp.3"], [%"keys.73", %"to_esp.4"], [%"keys.77", %"to_esp.5"], [%"keys.100", %"to_esp.6"], [%"keys.104", %"to_esp.7"], [%"keys.108", %"to_esp.8"], [%"keys.112", %"to_esp.9"], [%"keys.124", %"to_esp.10"], [%"keys.128", %"to_esp.11"], [%"keys.132", %"to_esp.12"], [%"keys.134", %"to_esp.13"], [%"keys.142", %"to_esp.14"], [%"keys.144", %"to_esp.15"]
  %"hdr.11" = getelementptr i8, ptr %"data.17", i64 %"cursor.12"
  %".965" = getelementptr i8, ptr %"hdr.11", i64 4
  %".966" = icmp ugt ptr %".965", %"data_end.17"
  br i1 %".966", label %"copy.11", label %"linear.11", !prof !0
linear.11:
  %".968" = getelementptr i8, ptr %"hdr.11", i64 0
  %".969" = load i32, ptr %".968", align 4
  br label %"header.11"
header.11:
  %"w0_4.1" = phi  i32 [%".969", %"linear.11"], [%".988", %"cont.26"]
  %"data.56" = phi  ptr [%"data.17", %"linear.11"], [%"data.55", %"cont.26"]
  %"data_end.56" = phi  ptr [%"data_end.17", %"linear.11"], [%"data_end.55", %"cont.26"]
  %"keys.56" = phi  ptr [%"keys.17", %"linear.11"], [%"keys.55", %"cont.26"]
  %".990" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".991" = zext i32 %".990" to i64
  %".992" = lshr i64 %".991", 16
  %".993" = trunc i64 %".992" to i16
  %".994" = call i16 @"llvm.bswap.i16"(i16 %".993")
  %".995" = getelementptr i8, ptr %"keys.56", i64 12
  store i16 %".994", ptr %".995", align 2
  %".997" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.1")
  %".998" = zext i32 %".997" to i64
  %".999" = and i64 %".998", 65535
  %".1000" = trunc i64 %".999" to i16
  %".1001" = call i16 @"llvm.bswap.i16"(i16 %".1000")
  %".1002" = getelementptr i8, ptr %"keys.56", i64 14
  store i16 %".1001", ptr %".1002", align 2
  %".1004" = add i64 %"cursor.12", 4
  %".1005" = trunc i64 %"cursor.12" to i16
  %".1006" = getelementptr i8, ptr %"keys.56", i64 2
  store i16 %".1005", ptr %".1006", align 2
  br label %"return"
ah:
  %"cursor.13" = phi  i64 [%"end", %"to_ah"], [%".284", %"to_ah.1"], [%"cursor.50", %"to_ah.2"], [%"cursor.65", %"to_ah.3"], [%"cursor.77", %"to_ah.4"], [%"cursor.92", %"to_ah.5"], [%"cursor.125", %"to_ah.6"], [%"cursor.139", %"to_ah.7"], [%"cursor.152", %"to_ah.8"], [%"cursor.167", %"to_ah.9"], [%"cursor.198", %"to_ah.10"], [%"cursor.212", %"to_ah.11"], [%"cursor.222", %"to_ah.12"], [%"cursor.234", %"to_ah.13"], [%"cursor.251", %"to_ah.14"], [%"cursor.261", %"to_ah.15"]
  %"data.18" = phi  ptr [%"data.10", %"to_ah"], [%"data.23", %"to_ah.1"], [%"data.64", %"to_ah.2"], [%"data.67", %"to_ah.3"], [%"data.73", %"to_ah.4"], [%"data.77", %"to_ah.5"], [%"data.100", %"to_ah.6"], [%"data.104", %"to_ah.7"], [%"data.108", %"to_ah.8"], [%"data.112", %"to_ah.9"], [%"data.124", %"to_ah.10"], [%"data.128", %"to_ah.11"], [%"data.132", %"to_ah.12"], [%"data.134", %"to_ah.13"], [%"data.142", %"to_ah.14"], [%"data.144", %"to_ah.15"]
  %"data_end.18" = phi  ptr [%"data_end.10", %"to_ah"], [%"data_end.23", %"to_ah.1"], [%"data_end.64", %"to_ah.2"], [%"data_end.67", %"to_ah.3"], [%"data_end.73", %"to_ah.4"], [%"data_end.77", %"to_ah.5"], [%"data_end.100", %"to_ah.6"], [%"data_end.104", %"to_ah.7"], [%"data_end.108", %"to_ah.8"], [%"data_end.112", %"to_ah.9"], [%"data_end.124", %"to_ah.10"], [%"data_end.128", %"to_ah.11"], [%"data_end.132", %"to_ah.12"], [%"data_end.134", %"to_ah.13"], [%"data_end.142", %"to_ah.14"], [%"data_end.144", %"to_ah.15"]
  %"keys.18" = phi  ptr [%"keys.10", %"to_ah"], [%"keys.23", %"to_ah.1"], [%"keys.64", %"to_ah.2"], [%"keys.67", %"to_ah.3"], [%"keys.73", %"to_ah.4"], [%"keys.77", %"to_ah.5"], [%"keys.100", %"to_ah.6"], [%"keys.104", %"to_ah.7"], [%"keys.108", %"to_ah.8"], [%"keys.112", %"to_ah.9"], [%"keys.124", %"to_ah.10"], [%"keys.128", %"to_ah.11"], [%"keys.132", %"to_ah.12"], [%"keys.134", %"to_ah.13"], [%"keys.142", %"to_ah.14"], [%"keys.144", %"to_ah.15"]
  %"hdr.12" = getelementptr i8, ptr %"data.18", i64 %"cursor.13"
  %".1009" = getelementptr i8, ptr %"hdr.12", i64 8
  %".1010" = icmp ugt ptr %".1009", %"data_end.18"
  br i1 %".1010", label %"copy.12", label %"linear.12", !prof !0
linear.12:
  %".1012" = getelementptr i8, ptr %"hdr.12", i64 4
  %".1013" = load i32, ptr %".1012", align 4
  br label %"header.12"
header.12:
  %"w4_4" = phi  i32 [%".1013", %"linear.12"], [%".1032", %"cont.27"]
  %"data.58" = phi  ptr [%"data.18", %"linear.12"], [%"data.57", %"cont.27"]
  %"data_end.58" = phi  ptr [%"data_end.18", %"linear.12"], [%"data_end.57", %"cont.27"]
  %"keys.58" = phi  ptr [%"keys.18", %"linear.12"], [%"keys.57", %"cont.27"]
  %".1034" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1035" = zext i32 %".1034" to i64
  %".1036" = lshr i64 %".1035", 16
  %".1037" = trunc i64 %".1036" to i16
  %".1038" = call i16 @"llvm.bswap.i16"(i16 %".1037")
  %".1039" = getelementptr i8, ptr %"keys.58", i64 12
  store i16 %".1038", ptr %".1039", align 2
  %".1041" = call i32 @"llvm.bswap.i32"(i32 %"w4_4")
  %".1042" = zext i32 %".1041" to i64
  %".1043" = and i64 %".1042", 65535
  %".1044" = trunc i64 %".1043" to i16
  %".1045" = call i16 @"llvm.bswap.i16"(i16 %".1044")
  %".1046" = getelementptr i8, ptr %"keys.58", i64 14
  store i16 %".1045", ptr %".1046", align 2
  %".1048" = add i64 %"cursor.13", 8
  %".1049" = trunc i64 %"cursor.13" to i16
  %".1050" = getelementptr i8, ptr %"keys.58", i64 2
  store i16 %".1049", ptr %".1050", align 2
  br label %"return"
icmp:
  %"cursor.14" = phi  i64 [%"end", %"to_icmp"], [%"end.4", %"to_icmp.1"]
  %"data.19" = phi  ptr [%"data.10", %"to_icmp"], [%"data.64", %"to_icmp.1"]
  %"data_end.19" = phi  ptr [%"data_end.10", %"to_icmp"], [%"data_end.64", %"to_icmp.1"]
  %"keys.19" = phi  ptr [%"keys.10", %"to_icmp"], [%"keys.64", %"to_icmp.1"]
  %"hdr.13" = getelementptr i8, ptr %"data.19", i64 %"cursor.14"
  %".1053" = getelementptr i8, ptr %"hdr.13", i64 4
  %".1054" = icmp ugt ptr %".1053", %"data_end.19"
  br i1 %".1054", label %"copy.13", label %"linear.13", !prof !0
linear.13:
  br label %"header.13"
header.13:
  %"data.60" = phi  ptr [%"data.19", %"linear.13"], [%"data.59", %"cont.28"]
  %"data_end.60" = phi  ptr [%"data_end.19", %"linear.13"], [%"data_end.59", %"cont.28"]
  %"keys.60" = phi  ptr [%"keys.19", %"linear.13"], [%"keys.59", %"cont.28"]
  %".1074" = add i64 %"cursor.14", 4
  %".1075" = trunc i64 %"cursor.14" to i16
  %".1076" = getelementptr i8, ptr %"keys.60", i64 2
  store i16 %".1075", ptr %".1076", align 2
  br label %"return"
exit.5:
  %".187" = trunc i64 %"end" to i16
  %".188" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".187", ptr %".188", align 2
  br label %"return"
cont.5:
  %".191" = getelementptr i8, ptr %"keys.10", i64 2
  %".192" = trunc i64 %"end" to i16
  store volatile i16 %".192", ptr %".191", align 2
  %".194" = load volatile i16, ptr %".191", align 2
  %".195" = zext i16 %".194" to i64
  %"cursor.17" = and i64 %".195", 16383
  br label %"ipv4_d1"
ipv4_d1:
  %"cursor.16" = phi  i64 [%"cursor.17", %"cont.5"], [%"cursor.25", %"cont.9"], [%"cursor.36", %"to_ipv4.5"], [%"cursor.80", %"cont.41"], [%"cursor.95", %"cont.45"], [%"cursor.103", %"to_ipv4.11"], [%"cursor.155", %"cont.68"], [%"cursor.170", %"cont.72"], [%"cursor.173", %"to_ipv4.17"], [%"cursor.181", %"to_ipv4.18"], [%"cursor.225", %"cont.88"], [%"cursor.237", %"cont.92"], [%"cursor.239", %"to_ipv4.23"]
  %"data.20" = phi  ptr [%"data.10", %"cont.5"], [%"data.23", %"cont.9"], [%"data.49", %"to_ipv4.5"], [%"data.73", %"cont.41"], [%"data.77", %"cont.45"], [%"data.90", %"to_ipv4.11"], [%"data.108", %"cont.68"], [%"data.112", %"cont.72"], [%"data.117", %"to_ipv4.17"], [%"data.120", %"to_ipv4.18"], [%"data.132", %"cont.88"], [%"data.134", %"cont.92"], [%"data.138", %"to_ipv4.23"]
  %"data_end.20" = phi  ptr [%"data_end.10", %"cont.5"], [%"data_end.23", %"cont.9"], [%"data_end.49", %"to_ipv4.5"], [%"data_end.73", %"cont.41"], [%"data_end.77", %"cont.45"], [%"data_end.90", %"to_ipv4.11"], [%"data_end.108", %"cont.68"], [%"data_end.112", %"cont.72"], [%"data_end.117", %"to_ipv4.17"], [%"data_end.120", %"to_ipv4.18"], [%"data_end.132", %"cont.88"], [%"data_end.134", %"cont.92"], [%"data_end.138", %"to_ipv4.23"]
  %"keys.20" = phi  ptr [%"keys.10", %"cont.5"], [%"keys.23", %"cont.9"], [%"keys.49", %"to_ipv4.5"], [%"keys.73", %"cont.41"], [%"keys.77", %"cont.45"], [%"keys.90", %"to_ipv4.11"], [%"keys.108", %"cont.68"], [%"keys.112", %"cont.72"], [%"keys.117", %"to_ipv4.17"], [%"keys.120", %"to_ipv4.18"], [%"keys.132", %"cont.88"], [%"keys.134", %"cont.92"], [%"keys.138", %"to_ipv4.23"]
  %"hdr.14" = getelementptr i8, ptr %"data.20", i64 %"cursor.16"
  %".1079" = getelementptr i8, ptr %"hdr.14", i64 20
  %".1080" = icmp ugt ptr %".1079", %"data_end.20"
  br i1 %".1080", label %"copy.14", label %"linear.14", !prof !0
linear.14:
  %".1082" = getelementptr i8, ptr %"hdr.14", i64 0
  %".1083" = load i8, ptr %".1082", align 1
  %".1084" = getelementptr i8, ptr %"hdr.14", i64 6
  %".1085" = load i16, ptr %".1084", align 2
  %".1086" = getelementptr i8, ptr %"hdr.14", i64 9
  %".1087" = load i8, ptr %".1086", align 1
  %".1088" = getelementptr i8, ptr %"hdr.14", i64 12
  %".1089" = load i32, ptr %".1088", align 4
  %".1090" = getelementptr i8, ptr %"hdr.14", i64 16
  %".1091" = load i32, ptr %".1090", align 4
  br label %"header.14"
header.14:
  %"w0_1.3" = phi  i8 [%".1083", %"linear.14"], [%".1110", %"cont.29"]
  %"w6_2.2" = phi  i16 [%".1085", %"linear.14"], [%".1112", %"cont.29"]
  %"w9_1.1" = phi  i8 [%".1087", %"linear.14"], [%".1114", %"cont.29"]
  %"w12_4.1" = phi  i32 [%".1089", %"linear.14"], [%".1116", %"cont.29"]
  %"w16_4.1" = phi  i32 [%".1091", %"linear.14"], [%".1118", %"cont.29"]
  %"data.62" = phi  ptr [%"data.20", %"linear.14"], [%"data.61", %"cont.29"]
  %"data_end.62" = phi  ptr [%"data_end.20", %"linear.14"], [%"data_end.61", %"cont.29"]
  %"keys.62" = phi  ptr [%"keys.20", %"linear.14"], [%"keys.61", %"cont.29"]
  %".1120" = zext i8 %"w0_1.3" to i64
  %".1121" = and i64 %".1120", 15
  %".1122" = icmp uge i64 %".1121", 5
  %".1123" = xor i1 %".1122", -1
  br i1 %".1123", label %"exit.30", label %"cont.30"
exit.6:
  %".203" = trunc i64 %"end" to i16
  %".204" = getelementptr i8, ptr %"keys.10", i64 2
  store i16 %".203", ptr %".204", align 2
  br label %"return"
cont.6:
  %".207" = getelementptr i8, ptr %"keys.10", i64 2
  %".208" = trunc i64 %"end" to i16
  store volatile i16 %".208", ptr %".207", align 2
  %".210" = load volatile i16, ptr %".207", align 2
  %".211" = zext i16 %".210" to i64
  %"cursor.19" = and i64 %".211", 16383
  br label %"ipv6_d1"
ipv6_d1:
  %"cursor.18" = phi  i64 [%"cursor.19", %"cont.6"], [%"cursor.26", %"cont.10"], [%"cursor.37", %"to_ipv6.5"], [%"cursor.81", %"cont.42"], [%"cursor.96", %"cont.46"], [%"cursor.104", %"to_ipv6.11"], [%"cursor.156", %"cont.69"], [%"cursor.171", %"cont.73"], [%"cursor.174", %"to_ipv6.17"], [%"cursor.182", %"to_ipv6.18"], [%"cursor.226", %"cont.89"], [%"cursor.238", %"cont.93"], [%"cursor.240", %"to_ipv6.23"]
  %"data.21" = phi  ptr [%"data.10", %"cont.6"], [%"data.23", %"cont.10"], [%"data.49", %"to_ipv6.5"], [%"data.73", %"cont.42"], [%"data.77", %"cont.46"], [%"data.90", %"to_ipv6.11"], [%"data.108", %"cont.69"], [%"data.112", %"cont.73"], [%"data.117", %"to_ipv6.17"], [%"data.120", %"to_ipv6.18"], [%"data.132", %"cont.89"], [%"data.134", %"cont.93"], [%"data.138", %"to_ipv6.23"]
  %"data_end.21" = phi  ptr [%"data_end.10", %"cont.6"], [%"data_end.23", %"cont.10"], [%"data_end.49", %"to_ipv6.5"], [%"data_end.73", %"cont.42"], [%"data_end.77", %"cont.46"], [%"data_end.90", %"to_ipv6.11"], [%"data_end.108", %"cont.69"], [%"data_end.112", %"cont.73"], [%"data_end.117", %"to_ipv6.17"], [%"data_end.120", %"to_ipv6.18"], [%"data_end.132", %"cont.89"], [%"data_end.134", %"cont.93"], [%"data_end.138", %"to_ipv6.23"]
  %"keys.21" = phi  ptr [%"keys.10", %"cont.6"], [%"keys.23", %"cont.10"], [%"keys.49", %"to_ipv6.5"], [%"keys.73", %"cont.42"], [%"keys.77", %"cont.46"], [%"keys.90", %"to_ipv6.11"], [%"keys.108", %"cont.69"], [%"keys.112", %"cont.73"], [%"keys.117", %"to_ipv6.17"], [%"keys.120", %"to_ipv6.18"], [%"keys.132", %"cont.89"], [%"keys.134", %"cont.93"], [%"keys.138", %"to_ipv6.23"]
  %"hdr.15" = getelementptr i8, ptr %"data.21", i64 %"cursor.18"
  %".1294" = getelementptr i8, ptr %"hdr.15", i64 40
  %".1295" = icmp ugt ptr %".1294", %"data_end.21"
  br i1 %".1295", label %"copy.15", label %"linear.15", !prof !0
linear.15:
  %".1297" = getelementptr i8, ptr %"hdr.15", i64 0
  %".1298" = load i32, ptr %".1297", align 4
  %".1299" = getelementptr i8, ptr %"hdr.15", i64 6
  %".1300" = load i8, ptr %".1299", align 1
  %".1301" = getelementptr i8, ptr %"hdr.15", i64 8
  %".1302" = load i64, ptr %".1301", align 8
  %".1303" = getelementptr i8, ptr %"hdr.15", i64 16
  %".1304" = load i64, ptr %".1303", align 8
  %".1305" = getelementptr i8, ptr %"hdr.15", i64 24
  %".1306" = load i64, ptr %".1305", align 8
  %".1307" = getelementptr i8, ptr %"hdr.15", i64 32
  %".1308" = load i64, ptr %".1307", align 8
  br label %"header.15"
header.15:
  %"w0_4.2" = phi  i32 [%".1298", %"linear.15"], [%".1327", %"cont.35"]
  %"w6_1.1" = phi  i8 [%".1300", %"linear.15"], [%".1329", %"cont.35"]
  %"w8_8.1" = phi  i64 [%".1302", %"linear.15"], [%".1331", %"cont.35"]
  %"w16_8.1" = phi  i64 [%".1304", %"linear.15"], [%".1333", %"cont.35"]
  %"w24_8.1" = phi  i64 [%".1306", %"linear.15"], [%".1335", %"cont.35"]
  %"w32_8.1" = phi  i64 [%".1308", %"linear.15"], [%".1337", %"cont.35"]
  %"data.67" = phi  ptr [%"data.21", %"linear.15"], [%"data.66", %"cont.35"]
  %"data_end.67" = phi  ptr [%"data_end.21", %"linear.15"], [%"data_end.66", %"cont.35"]
  %"keys.67" = phi  ptr [%"keys.21", %"linear.15"], [%"keys.66", %"cont.35"]
  %".1339" = trunc i64 34525 to i16
  %".1340" = getelementptr i8, ptr %"keys.67", i64 4
  store i16 %".1339", ptr %".1340", align 2
  %".1342" = trunc i64 34525 to i16
  %".1343" = call i16 @"llvm.bswap.i16"(i16 %".1342")
  %".1344" = getelementptr i8, ptr %"keys.67", i64 10
  store i16 %".1343", ptr %".1344", align 2
  %".1346" = getelementptr i8, ptr %"keys.67", i64 16
  store i64 %"w8_8.1", ptr %".1346", align 8
  %".1348" = getelementptr i8, ptr %"keys.67", i64 24
  store i64 %"w16_8.1", ptr %".1348", align 8
  %".1350" = getelementptr i8, ptr %"keys.67", i64 32
  store i64 %"w24_8.1", ptr %".1350", align 8
  %".1352" = getelementptr i8, ptr %"keys.67", i64 40
  store i64 %"w32_8.1", ptr %".1352", align 8
  %".1354" = zext i8 %"w6_1.1" to i64
  %".1355" = trunc i64 %".1354" to i8
  %".1356" = getelementptr i8, ptr %"keys.67", i64 9
  store i8 %".1355", ptr %".1356", align 1
  %".1358" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1359" = zext i32 %".1358" to i64
  %".1360" = and i64 %".1359", 1048575
  %".1361" = trunc i64 %".1360" to i32
  %".1362" = call i32 @"llvm.bswap.i32"(i32 %".1361")
  %".1363" = getelementptr i8, ptr %"keys.67", i64 52
  store i32 %".1362", ptr %".1363", align 4
  %".1365" = add i64 %"cursor.18", 40
  %".1366" = call i32 @"llvm.bswap.i32"(i32 %"w0_4.2")
  %".1367" = zext i32 %".1366" to i64
  %".1368" = and i64 %".1367", 1048575
  %".1369" = icmp ne i64 %".1368", 0
  %".1370" = getelementptr i8, ptr %"keys.67", i64 48
  %"flags.10" = load volatile i32, ptr %".1370", align 4
  %".1371" = and i32 %"flags.10", 2
  %".1372" = icmp ne i32 %".1371", 0
  %".1373" = and i1 %".1369", %".1372"
  br i1 %".1373", label %"exit.36", label %"cont.36"
copy.1:
  %"ctx.3" = load volatile ptr, ptr %"ctx_slot", align 8
  %".229" = trunc i64 %"cursor.2" to i32
  %".230" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.3", i32 %".229", [40 x i8]* %"header_copy", i32 40)
  %".231" = icmp eq i64 %".230", 0
  %".232" = getelementptr i8, ptr %"ctx.3", i64 76
  %".233" = load i32, ptr %".232", align 4
  %".234" = zext i32 %".233" to i64
  %"data.22" = inttoptr i64 %".234" to ptr
  %".235" = getelementptr i8, ptr %"ctx.3", i64 80
  %".236" = load i32, ptr %".235", align 4
  %".237" = zext i32 %".236" to i64
  %"data_end.22" = inttoptr i64 %".237" to ptr
  %".238" = getelementptr i8, ptr %"ctx.3", i64 144
  %"keys.22" = load ptr, ptr %".238", align 8
  %".239" = xor i1 %".231", -1
  br i1 %".239", label %"exit.7", label %"cont.7"
exit.7:
  %".241" = trunc i64 %"cursor.2" to i16
  %".242" = getelementptr i8, ptr %"keys.22", i64 2
  store i16 %".241", ptr %".242", align 2
  br label %"return"
cont.7:
  %".245" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".246" = load volatile i32, [40 x i8]* %".245", align 4
  %".247" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".248" = load volatile i8, [40 x i8]* %".247", align 1
  %".249" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".250" = load volatile i64, [40 x i8]* %".249", align 8
  %".251" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".252" = load volatile i64, [40 x i8]* %".251", align 8
  %".253" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".254" = load volatile i64, [40 x i8]* %".253", align 8
  %".255" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".256" = load volatile i64, [40 x i8]* %".255", align 8
  br label %"header.1"
exit.8:
  %".294" = trunc i64 %".284" to i16
  %".295" = getelementptr i8, ptr %"keys.23", i64 2
  store i16 %".294", ptr %".295", align 2
  br label %"return"
cont.8:
  %".298" = zext i8 %"w6_1" to i64
  switch i64 %".298", label %"unknown.2" [i64 0, label %"to_ipv6_opts" i64 43, label %"to_ipv6_opts.1" i64 60, label %"to_ipv6_opts.2" i64 44, label %"to_ipv6_frag" i64 6, label %"to_tcp.1" i64 17, label %"to_udp.1" i64 136, label %"to_udplite.1" i64 47, label %"to_gre.1" i64 132, label %"to_sctp.1" i64 33, label %"to_dccp.1" i64 50, label %"to_esp.1" i64 51, label %"to_ah.1" i64 58, label %"to_icmpv6" i64 137, label %"to_mpls.3" i64 4, label %"to_ipv4.2" i64 41, label %"to_ipv6.2"]
unknown.2:
  %".300" = trunc i64 %".284" to i16
  %".301" = getelementptr i8, ptr %"keys.23", i64 2
  store i16 %".300", ptr %".301", align 2
  br label %"return"
to_ipv6_opts:
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.1:
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_opts.2:
  %".306" = getelementptr i8, ptr %"keys.23", i64 2
  %".307" = trunc i64 %".284" to i16
  store volatile i16 %".307", ptr %".306", align 2
  %".309" = load volatile i16, ptr %".306", align 2
  %".310" = zext i16 %".309" to i64
  %"cursor.21" = and i64 %".310", 16383
  br label %"ipv6_opts_d0_ipv6_ext1"
to_ipv6_frag:
  br label %"ipv6_frag_d0_ipv6_ext1"
to_tcp.1:
  br label %"tcp"
to_udp.1:
  br label %"udp"
to_udplite.1:
  br label %"udplite"
to_gre.1:
  br label %"gre_d0"
to_sctp.1:
  br label %"sctp"
to_dccp.1:
  br label %"dccp"
to_esp.1:
  br label %"esp"
to_ah.1:
  br label %"ah"
to_icmpv6:
  br label %"icmpv6"
to_mpls.3:
  %".322" = trunc i64 34887 to i16
  %".323" = call i16 @"llvm.bswap.i16"(i16 %".322")
  %".324" = getelementptr i8, ptr %"keys.23", i64 10
  store i16 %".323", ptr %".324", align 2
  %".326" = getelementptr i8, ptr %"keys.23", i64 2
  %".327" = trunc i64 %".284" to i16
  store volatile i16 %".327", ptr %".326", align 2
  %".329" = load volatile i16, ptr %".326", align 2
  %".330" = zext i16 %".329" to i64
  %"cursor.24" = and i64 %".330", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.2:
  %".332" = getelementptr i8, ptr %"keys.23", i64 8
  store i8 1, ptr %".332", align 1
  %".334" = getelementptr i8, ptr %"keys.23", i64 48
  %"flags.4" = load volatile i32, ptr %".334", align 4
  %".335" = and i32 %"flags.4", 4
  %".336" = icmp ne i32 %".335", 0
  br i1 %".336", label %"exit.9", label %"cont.9"
to_ipv6.2:
  %".348" = getelementptr i8, ptr %"keys.23", i64 8
  store i8 1, ptr %".348", align 1
  %".350" = getelementptr i8, ptr %"keys.23", i64 48
  %"flags.5" = load volatile i32, ptr %".350", align 4
  %".351" = and i32 %"flags.5", 4
  %".352" = icmp ne i32 %".351", 0
  br i1 %".352", label %"exit.10", label %"cont.10"
ipv6_opts_d0_ipv6_ext1:
  %"cursor.20" = phi  i64 [%".284", %"to_ipv6_opts"], [%".284", %"to_ipv6_opts.1"], [%"cursor.21", %"to_ipv6_opts.2"]
  %"data.24" = phi  ptr [%"data.23", %"to_ipv6_opts"], [%"data.23", %"to_ipv6_opts.1"], [%"data.23", %"to_ipv6_opts.2"]
  %"data_end.24" = phi  ptr [%"data_end.23", %"to_ipv6_opts"], [%"data_end.23", %"to_ipv6_opts.1"], [%"data_end.23", %"to_ipv6_opts.2"]
  %"keys.24" = phi  ptr [%"keys.23", %"to_ipv6_opts"], [%"keys.23", %"to_ipv6_opts.1"], [%"keys.23", %"to_ipv6_opts.2"]
  %"hdr.16" = getelementptr i8, ptr %"data.24", i64 %"cursor.20"
  %".1496" = getelementptr i8, ptr %"hdr.16", i64 2
  %".1497" = icmp ugt ptr %".1496", %"data_end.24"
  br i1 %".1497", label %"copy.16", label %"linear.16", !prof !0
linear.16:
  %".1499" = getelementptr i8, ptr %"hdr.16", i64 0
  %".1500" = load i8, ptr %".1499", align 1
  %".1501" = getelementptr i8, ptr %"hdr.16", i64 1
  %".1502" = load i8, ptr %".1501", align 1
  br label %"header.16"
header.16:
  %"w0_1.4" = phi  i8 [%".1500", %"linear.16"], [%".1521", %"cont.39"]
  %"w1_1.2" = phi  i8 [%".1502", %"linear.16"], [%".1523", %"cont.39"]
  %"data.71" = phi  ptr [%"data.24", %"linear.16"], [%"data.70", %"cont.39"]
  %"data_end.71" = phi  ptr [%"data_end.24", %"linear.16"], [%"data_end.70", %"cont.39"]
  %"keys.71" = phi  ptr [%"keys.24", %"linear.16"], [%"keys.70", %"cont.39"]
  %".1525" = zext i8 %"w0_1.4" to i64
  %".1526" = trunc i64 %".1525" to i8
  %".1527" = getelementptr i8, ptr %"keys.71", i64 9
  store i8 %".1526", ptr %".1527", align 1
  %".1529" = add i64 %"cursor.20", 2
  %".1530" = zext i8 %"w1_1.2" to i64
  %".1531" = mul i64 %".1530", 8
  %".1532" = add i64 %".1531", 6
  %".1533" = add i64 %".1532", 2
  %".1534" = getelementptr i8, ptr %"data.71", i64 %"cursor.20"
  %".1535" = getelementptr i8, ptr %".1534", i64 %".1533"
  %".1536" = icmp ugt ptr %".1535", %"data_end.71"
  br i1 %".1536", label %"copy_last_byte.5", label %"variable_part.5", !prof !0
variable_part.5:
  %"data.73" = phi  ptr [%"data.71", %"header.16"], [%"data.72", %"cont.40"]
  %"data_end.73" = phi  ptr [%"data_end.71", %"header.16"], [%"data_end.72", %"cont.40"]
  %"keys.73" = phi  ptr [%"keys.71", %"header.16"], [%"keys.72", %"cont.40"]
  %"end.5" = add i64 %"cursor.20", %".1533"
  %".1557" = zext i8 %"w0_1.4" to i64
  switch i64 %".1557", label %"unknown.10" [i64 0, label %"to_ipv6_opts.6" i64 43, label %"to_ipv6_opts.7" i64 60, label %"to_ipv6_opts.8" i64 44, label %"to_ipv6_frag.2" i64 6, label %"to_tcp.4" i64 17, label %"to_udp.4" i64 136, label %"to_udplite.4" i64 47, label %"to_gre.4" i64 132, label %"to_sctp.4" i64 33, label %"to_dccp.4" i64 50, label %"to_esp.4" i64 51, label %"to_ah.4" i64 58, label %"to_icmpv6.2" i64 137, label %"to_mpls.13" i64 4, label %"to_ipv4.8" i64 41, label %"to_ipv6.8"]
ipv6_frag_d0_ipv6_ext1:
  %"cursor.22" = phi  i64 [%".284", %"to_ipv6_frag"]
  %"data.25" = phi  ptr [%"data.23", %"to_ipv6_frag"]
  %"data_end.25" = phi  ptr [%"data_end.23", %"to_ipv6_frag"]
  %"keys.25" = phi  ptr [%"keys.23", %"to_ipv6_frag"]
  %"hdr.17" = getelementptr i8, ptr %"data.25", i64 %"cursor.22"
  %".1668" = getelementptr i8, ptr %"hdr.17", i64 8
  %".1669" = icmp ugt ptr %".1668", %"data_end.25"
  br i1 %".1669", label %"copy.17", label %"linear.17", !prof !0
linear.17:
  %".1671" = getelementptr i8, ptr %"hdr.17", i64 0
  %".1672" = load i8, ptr %".1671", align 1
  %".1673" = getelementptr i8, ptr %"hdr.17", i64 2
  %".1674" = load i16, ptr %".1673", align 2
  br label %"header.17"
header.17:
  %"w0_1.5" = phi  i8 [%".1672", %"linear.17"], [%".1693", %"cont.43"]
  %"w2_2.7" = phi  i16 [%".1674", %"linear.17"], [%".1695", %"cont.43"]
  %"data.77" = phi  ptr [%"data.25", %"linear.17"], [%"data.76", %"cont.43"]
  %"data_end.77" = phi  ptr [%"data_end.25", %"linear.17"], [%"data_end.76", %"cont.43"]
  %"keys.77" = phi  ptr [%"keys.25", %"linear.17"], [%"keys.76", %"cont.43"]
  %".1697" = zext i8 %"w0_1.5" to i64
  %".1698" = trunc i64 %".1697" to i8
  %".1699" = getelementptr i8, ptr %"keys.77", i64 9
  store i8 %".1698", ptr %".1699", align 1
  %".1701" = add i64 %"cursor.22", 8
  %".1702" = icmp ne i64 1, 0
  %".1703" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.7")
  %".1704" = zext i16 %".1703" to i64
  %".1705" = and i64 %".1704", 65528
  %".1706" = icmp eq i64 %".1705", 0
  br i1 %".1702", label %"fragment.2", label %"not_fragment.2"
icmpv6:
  %"cursor.23" = phi  i64 [%".284", %"to_icmpv6"], [%".1365", %"to_icmpv6.1"], [%"cursor.78", %"to_icmpv6.2"], [%"cursor.93", %"to_icmpv6.3"], [%"cursor.126", %"to_icmpv6.4"], [%"cursor.140", %"to_icmpv6.5"], [%"cursor.153", %"to_icmpv6.6"], [%"cursor.168", %"to_icmpv6.7"], [%"cursor.199", %"to_icmpv6.8"], [%"cursor.213", %"to_icmpv6.9"], [%"cursor.223", %"to_icmpv6.10"], [%"cursor.235", %"to_icmpv6.11"], [%"cursor.252", %"to_icmpv6.12"], [%"cursor.262", %"to_icmpv6.13"]
  %"data.26" = phi  ptr [%"data.23", %"to_icmpv6"], [%"data.67", %"to_icmpv6.1"], [%"data.73", %"to_icmpv6.2"], [%"data.77", %"to_icmpv6.3"], [%"data.100", %"to_icmpv6.4"], [%"data.104", %"to_icmpv6.5"], [%"data.108", %"to_icmpv6.6"], [%"data.112", %"to_icmpv6.7"], [%"data.124", %"to_icmpv6.8"], [%"data.128", %"to_icmpv6.9"], [%"data.132", %"to_icmpv6.10"], [%"data.134", %"to_icmpv6.11"], [%"data.142", %"to_icmpv6.12"], [%"data.144", %"to_icmpv6.13"]
  %"data_end.26" = phi  ptr [%"data_end.23", %"to_icmpv6"], [%"data_end.67", %"to_icmpv6.1"], [%"data_end.73", %"to_icmpv6.2"], [%"data_end.77", %"to_icmpv6.3"], [%"data_end.100", %"to_icmpv6.4"], [%"data_end.104", %"to_icmpv6.5"], [%"data_end.108", %"to_icmpv6.6"], [%"data_end.112", %"to_icmpv6.7"], [%"data_end.124", %"to_icmpv6.8"], [%"data_end.128", %"to_icmpv6.9"], [%"data_end.132", %"to_icmpv6.10"], [%"data_end.134", %"to_icmpv6.11"], [%"data_end.142", %"to_icmpv6.12"], [%"data_end.144", %"to_icmpv6.13"]
  %"keys.26" = phi  ptr [%"keys.23", %"to_icmpv6"], [%"keys.67", %"to_icmpv6.1"], [%"keys.73", %"to_icmpv6.2"], [%"keys.77", %"to_icmpv6.3"], [%"keys.100", %"to_icmpv6.4"], [%"keys.104", %"to_icmpv6.5"], [%"keys.108", %"to_icmpv6.6"], [%"keys.112", %"to_icmpv6.7"], [%"keys.124", %"to_icmpv6.8"], [%"keys.128", %"to_icmpv6.9"], [%"keys.132", %"to_icmpv6.10"], [%"keys.134", %"to_icmpv6.11"], [%"keys.142", %"to_icmpv6.12"], [%"keys.144", %"to_icmpv6.13"]
  %"hdr.18" = getelementptr i8, ptr %"data.26", i64 %"cursor.23"
  %".1848" = getelementptr i8, ptr %"hdr.18", i64 4
  %".1849" = icmp ugt ptr %".1848", %"data_end.26"
  br i1 %".1849", label %"copy.18", label %"linear.18", !prof !0
linear.18:
  br label %"header.18"
header.18:
  %"data.79" = phi  ptr [%"data.26", %"linear.18"], [%"data.78", %"cont.47"]
  %"data_end.79" = phi  ptr [%"data_end.26", %"linear.18"], [%"data_end.78", %"cont.47"]
  %"keys.79" = phi  ptr [%"keys.26", %"linear.18"], [%"keys.78", %"cont.47"]
  %".1869" = add i64 %"cursor.23", 4
  %".1870" = trunc i64 %"cursor.23" to i16
  %".1871" = getelementptr i8, ptr %"keys.79", i64 2
  store i16 %".1870", ptr %".1871", align 2
  br label %"return"
exit.9:
  %".338" = trunc i64 %".284" to i16
  %".339" = getelementptr i8, ptr %"keys.23", i64 2
  store i16 %".338", ptr %".339", align 2
  br label %"return"
cont.9:
  %".342" = getelementptr i8, ptr %"keys.23", i64 2
  %".343" = trunc i64 %".284" to i16
  store volatile i16 %".343", ptr %".342", align 2
  %".345" = load volatile i16, ptr %".342", align 2
  %".346" = zext i16 %".345" to i64
  %"cursor.25" = and i64 %".346", 16383
  br label %"ipv4_d1"
exit.10:
  %".354" = trunc i64 %".284" to i16
  %".355" = getelementptr i8, ptr %"keys.23", i64 2
  store i16 %".354", ptr %".355", align 2
  br label %"return"
cont.10:
  %".358" = getelementptr i8, ptr %"keys.23", i64 2
  %".359" = trunc i64 %".284" to i16
  store volatile i16 %".359", ptr %".358", align 2
  %".361" = load volatile i16, ptr %".358", align 2
  %".362" = zext i16 %".361" to i64
  %"cursor.26" = and i64 %".362", 16383
  br label %"ipv6_d1"
copy.2:
  %"ctx.4" = load volatile ptr, ptr %"ctx_slot", align 8
  %".370" = trunc i64 %"cursor.3" to i32
  %".371" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.4", i32 %".370", [40 x i8]* %"header_copy", i32 4)
  %".372" = icmp eq i64 %".371", 0
  %".373" = getelementptr i8, ptr %"ctx.4", i64 76
  %".374" = load i32, ptr %".373", align 4
  %".375" = zext i32 %".374" to i64
  %"data.27" = inttoptr i64 %".375" to ptr
  %".376" = getelementptr i8, ptr %"ctx.4", i64 80
  %".377" = load i32, ptr %".376", align 4
  %".378" = zext i32 %".377" to i64
  %"data_end.27" = inttoptr i64 %".378" to ptr
  %".379" = getelementptr i8, ptr %"ctx.4", i64 144
  %"keys.27" = load ptr, ptr %".379", align 8
  %".380" = xor i1 %".372", -1
  br i1 %".380", label %"exit.11", label %"cont.11"
exit.11:
  %".382" = trunc i64 %"cursor.3" to i16
  %".383" = getelementptr i8, ptr %"keys.27", i64 2
  store i16 %".382", ptr %".383", align 2
  br label %"return"
cont.11:
  %".386" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".387" = load volatile i16, [40 x i8]* %".386", align 2
  br label %"header.2"
unknown.3:
  %".402" = trunc i64 %".395" to i16
  %".403" = getelementptr i8, ptr %"keys.28", i64 2
  store i16 %".402", ptr %".403", align 2
  br label %"return"
to_ipv4.3:
  br label %"ipv4_d0"
to_ipv6.3:
  br label %"ipv6_d0"
to_vlan.2:
  br label %"vlan_d0_vlan_tags2"
to_vlan.3:
  br label %"vlan_d0_vlan_tags2"
to_mpls.4:
  %".410" = getelementptr i8, ptr %"keys.28", i64 2
  %".411" = trunc i64 %".395" to i16
  store volatile i16 %".411", ptr %".410", align 2
  %".413" = load volatile i16, ptr %".410", align 2
  %".414" = zext i16 %".413" to i64
  %"cursor.28" = and i64 %".414", 16383
  br label %"mpls_mpls_labels1"
to_mpls.5:
  %".416" = getelementptr i8, ptr %"keys.28", i64 2
  %".417" = trunc i64 %".395" to i16
  store volatile i16 %".417", ptr %".416", align 2
  %".419" = load volatile i16, ptr %".416", align 2
  %".420" = zext i16 %".419" to i64
  %"cursor.29" = and i64 %".420", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.1:
  br label %"pppoe_d0"
vlan_d0_vlan_tags2:
  %"cursor.27" = phi  i64 [%".395", %"to_vlan.2"], [%".395", %"to_vlan.3"]
  %"data.29" = phi  ptr [%"data.28", %"to_vlan.2"], [%"data.28", %"to_vlan.3"]
  %"data_end.29" = phi  ptr [%"data_end.28", %"to_vlan.2"], [%"data_end.28", %"to_vlan.3"]
  %"keys.29" = phi  ptr [%"keys.28", %"to_vlan.2"], [%"keys.28", %"to_vlan.3"]
  %"hdr.19" = getelementptr i8, ptr %"data.29", i64 %"cursor.27"
  %".1874" = getelementptr i8, ptr %"hdr.19", i64 4
  %".1875" = icmp ugt ptr %".1874", %"data_end.29"
  br i1 %".1875", label %"copy.19", label %"linear.19", !prof !0
linear.19:
  %".1877" = getelementptr i8, ptr %"hdr.19", i64 2
  %".1878" = load i16, ptr %".1877", align 2
  br label %"header.19"
header.19:
  %"w2_2.8" = phi  i16 [%".1878", %"linear.19"], [%".1897", %"cont.48"]
  %"data.81" = phi  ptr [%"data.29", %"linear.19"], [%"data.80", %"cont.48"]
  %"data_end.81" = phi  ptr [%"data_end.29", %"linear.19"], [%"data_end.80", %"cont.48"]
  %"keys.81" = phi  ptr [%"keys.29", %"linear.19"], [%"keys.80", %"cont.48"]
  %".1899" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1900" = zext i16 %".1899" to i64
  %".1901" = trunc i64 %".1900" to i16
  %".1902" = call i16 @"llvm.bswap.i16"(i16 %".1901")
  %".1903" = getelementptr i8, ptr %"keys.81", i64 10
  store i16 %".1902", ptr %".1903", align 2
  %".1905" = add i64 %"cursor.27", 4
  %".1906" = trunc i64 %".1905" to i16
  %".1907" = getelementptr i8, ptr %"keys.81", i64 0
  store i16 %".1906", ptr %".1907", align 2
  %".1909" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.8")
  %".1910" = zext i16 %".1909" to i64
  switch i64 %".1910", label %"unknown.12" [i64 2048, label %"to_ipv4.10" i64 34525, label %"to_ipv6.10" i64 33024, label %"to_vlan.4" i64 34984, label %"to_vlan.5" i64 34887, label %"to_mpls.15" i64 34888, label %"to_mpls.16" i64 34916, label %"to_pppoe.2"]
copy.3:
  %"ctx.5" = load volatile ptr, ptr %"ctx_slot", align 8
  %".429" = trunc i64 %"cursor.4" to i32
  %".430" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.5", i32 %".429", [40 x i8]* %"header_copy", i32 4)
  %".431" = icmp eq i64 %".430", 0
  %".432" = getelementptr i8, ptr %"ctx.5", i64 76
  %".433" = load i32, ptr %".432", align 4
  %".434" = zext i32 %".433" to i64
  %"data.30" = inttoptr i64 %".434" to ptr
  %".435" = getelementptr i8, ptr %"ctx.5", i64 80
  %".436" = load i32, ptr %".435", align 4
  %".437" = zext i32 %".436" to i64
  %"data_end.30" = inttoptr i64 %".437" to ptr
  %".438" = getelementptr i8, ptr %"ctx.5", i64 144
  %"keys.30" = load ptr, ptr %".438", align 8
  %".439" = xor i1 %".431", -1
  br i1 %".439", label %"exit.12", label %"cont.12"
exit.12:
  %".441" = trunc i64 %"cursor.4" to i16
  %".442" = getelementptr i8, ptr %"keys.30", i64 2
  store i16 %".441", ptr %".442", align 2
  br label %"return"
cont.12:
  %".445" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".446" = load volatile i8, [40 x i8]* %".445", align 1
  br label %"header.3"
unknown.4:
  %".452" = trunc i64 %".448" to i16
  %".453" = getelementptr i8, ptr %"keys.31", i64 2
  store i16 %".452", ptr %".453", align 2
  br label %"return"
to_mpls.6:
  br label %"mpls_mpls_labels2"
mpls_mpls_labels2:
  %"cursor.30" = phi  i64 [%".448", %"to_mpls.6"]
  %"data.32" = phi  ptr [%"data.31", %"to_mpls.6"]
  %"data_end.32" = phi  ptr [%"data_end.31", %"to_mpls.6"]
  %"keys.32" = phi  ptr [%"keys.31", %"to_mpls.6"]
  %"hdr.20" = getelementptr i8, ptr %"data.32", i64 %"cursor.30"
  %".1954" = getelementptr i8, ptr %"hdr.20", i64 4
  %".1955" = icmp ugt ptr %".1954", %"data_end.32"
  br i1 %".1955", label %"copy.20", label %"linear.20", !prof !0
linear.20:
  %".1957" = getelementptr i8, ptr %"hdr.20", i64 2
  %".1958" = load i8, ptr %".1957", align 1
  br label %"header.20"
header.20:
  %"w2_1.1" = phi  i8 [%".1958", %"linear.20"], [%".1977", %"cont.49"]
  %"data.83" = phi  ptr [%"data.32", %"linear.20"], [%"data.82", %"cont.49"]
  %"data_end.83" = phi  ptr [%"data_end.32", %"linear.20"], [%"data_end.82", %"cont.49"]
  %"keys.83" = phi  ptr [%"keys.32", %"linear.20"], [%"keys.82", %"cont.49"]
  %".1979" = add i64 %"cursor.30", 4
  %".1980" = zext i8 %"w2_1.1" to i64
  %".1981" = and i64 %".1980", 1
  switch i64 %".1981", label %"unknown.13" [i64 0, label %"to_mpls.17"]
copy.4:
  %"ctx.6" = load volatile ptr, ptr %"ctx_slot", align 8
  %".467" = trunc i64 %"cursor.5" to i32
  %".468" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.6", i32 %".467", [40 x i8]* %"header_copy", i32 8)
  %".469" = icmp eq i64 %".468", 0
  %".470" = getelementptr i8, ptr %"ctx.6", i64 76
  %".471" = load i32, ptr %".470", align 4
  %".472" = zext i32 %".471" to i64
  %"data.33" = inttoptr i64 %".472" to ptr
  %".473" = getelementptr i8, ptr %"ctx.6", i64 80
  %".474" = load i32, ptr %".473", align 4
  %".475" = zext i32 %".474" to i64
  %"data_end.33" = inttoptr i64 %".475" to ptr
  %".476" = getelementptr i8, ptr %"ctx.6", i64 144
  %"keys.33" = load ptr, ptr %".476", align 8
  %".477" = xor i1 %".469", -1
  br i1 %".477", label %"exit.13", label %"cont.13"
exit.13:
  %".479" = trunc i64 %"cursor.5" to i16
  %".480" = getelementptr i8, ptr %"keys.33", i64 2
  store i16 %".479", ptr %".480", align 2
  br label %"return"
cont.13:
  %".483" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".484" = load volatile i8, [40 x i8]* %".483", align 1
  %".485" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".486" = load volatile i8, [40 x i8]* %".485", align 1
  %".487" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".488" = load volatile i16, [40 x i8]* %".487", align 2
  br label %"header.4"
exit.14:
  %".503" = trunc i64 %"cursor.5" to i16
  %".504" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".503", ptr %".504", align 2
  br label %"return"
cont.14:
  %".507" = add i64 %"cursor.5", 8
  %".508" = trunc i64 %".507" to i16
  %".509" = getelementptr i8, ptr %"keys.34", i64 0
  store i16 %".508", ptr %".509", align 2
  %".511" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.1")
  %".512" = zext i16 %".511" to i64
  switch i64 %".512", label %"unknown.5" [i64 33, label %"to_ipv4.4" i64 87, label %"to_ipv6.4" i64 641, label %"to_mpls.7" i64 643, label %"to_mpls.8"]
unknown.5:
  %".514" = trunc i64 %".507" to i16
  %".515" = getelementptr i8, ptr %"keys.34", i64 2
  store i16 %".514", ptr %".515", align 2
  br label %"return"
to_ipv4.4:
  %".518" = getelementptr i8, ptr %"keys.34", i64 2
  %".519" = trunc i64 %".507" to i16
  store volatile i16 %".519", ptr %".518", align 2
  %".521" = load volatile i16, ptr %".518", align 2
  %".522" = zext i16 %".521" to i64
  %"cursor.31" = and i64 %".522", 16383
  br label %"ipv4_d0"
to_ipv6.4:
  %".524" = getelementptr i8, ptr %"keys.34", i64 2
  %".525" = trunc i64 %".507" to i16
  store volatile i16 %".525", ptr %".524", align 2
  %".527" = load volatile i16, ptr %".524", align 2
  %".528" = zext i16 %".527" to i64
  %"cursor.32" = and i64 %".528", 16383
  br label %"ipv6_d0"
to_mpls.7:
  %".530" = trunc i64 34887 to i16
  %".531" = call i16 @"llvm.bswap.i16"(i16 %".530")
  %".532" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %".531", ptr %".532", align 2
  %".534" = getelementptr i8, ptr %"keys.34", i64 2
  %".535" = trunc i64 %".507" to i16
  store volatile i16 %".535", ptr %".534", align 2
  %".537" = load volatile i16, ptr %".534", align 2
  %".538" = zext i16 %".537" to i64
  %"cursor.33" = and i64 %".538", 16383
  br label %"mpls_mpls_labels1"
to_mpls.8:
  %".540" = trunc i64 34888 to i16
  %".541" = call i16 @"llvm.bswap.i16"(i16 %".540")
  %".542" = getelementptr i8, ptr %"keys.34", i64 10
  store i16 %".541", ptr %".542", align 2
  %".544" = getelementptr i8, ptr %"keys.34", i64 2
  %".545" = trunc i64 %".507" to i16
  store volatile i16 %".545", ptr %".544", align 2
  %".547" = load volatile i16, ptr %".544", align 2
  %".548" = zext i16 %".547" to i64
  %"cursor.34" = and i64 %".548", 16383
  br label %"mpls_mpls_labels1"
copy.5:
  %"ctx.7" = load volatile ptr, ptr %"ctx_slot", align 8
  %".558" = trunc i64 %"cursor.6" to i32
  %".559" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.7", i32 %".558", [40 x i8]* %"header_copy", i32 4)
  %".560" = icmp eq i64 %".559", 0
  %".561" = getelementptr i8, ptr %"ctx.7", i64 76
  %".562" = load i32, ptr %".561", align 4
  %".563" = zext i32 %".562" to i64
  %"data.35" = inttoptr i64 %".563" to ptr
  %".564" = getelementptr i8, ptr %"ctx.7", i64 80
  %".565" = load i32, ptr %".564", align 4
  %".566" = zext i32 %".565" to i64
  %"data_end.35" = inttoptr i64 %".566" to ptr
  %".567" = getelementptr i8, ptr %"ctx.7", i64 144
  %"keys.35" = load ptr, ptr %".567", align 8
  %".568" = xor i1 %".560", -1
  br i1 %".568", label %"exit.15", label %"cont.15"
exit.15:
  %".570" = trunc i64 %"cursor.6" to i16
  %".571" = getelementptr i8, ptr %"keys.35", i64 2
  store i16 %".570", ptr %".571", align 2
  br label %"return"
cont.15:
  %".574" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".575" = load volatile i16, [40 x i8]* %".574", align 2
  %".576" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".577" = load volatile i16, [40 x i8]* %".576", align 2
  br label %"header.5"
unknown.6:
  %".592" = trunc i64 %"cursor.6" to i16
  %".593" = getelementptr i8, ptr %"keys.36", i64 2
  store i16 %".592", ptr %".593", align 2
  br label %"return"
to_tcp_header:
  br label %"tcp_header"
tcp_header:
  %"cursor.35" = phi  i64 [%"cursor.6", %"to_tcp_header"]
  %"data.37" = phi  ptr [%"data.36", %"to_tcp_header"]
  %"data_end.37" = phi  ptr [%"data_end.36", %"to_tcp_header"]
  %"keys.37" = phi  ptr [%"keys.36", %"to_tcp_header"]
  %"hdr.21" = getelementptr i8, ptr %"data.37", i64 %"cursor.35"
  %".1988" = getelementptr i8, ptr %"hdr.21", i64 20
  %".1989" = icmp ugt ptr %".1988", %"data_end.37"
  br i1 %".1989", label %"copy.21", label %"linear.21", !prof !0
linear.21:
  %".1991" = getelementptr i8, ptr %"hdr.21", i64 12
  %".1992" = load i8, ptr %".1991", align 1
  br label %"header.21"
header.21:
  %"w12_1" = phi  i8 [%".1992", %"linear.21"], [%".2011", %"cont.50"]
  %"data.86" = phi  ptr [%"data.37", %"linear.21"], [%"data.85", %"cont.50"]
  %"data_end.86" = phi  ptr [%"data_end.37", %"linear.21"], [%"data_end.85", %"cont.50"]
  %"keys.86" = phi  ptr [%"keys.37", %"linear.21"], [%"keys.85", %"cont.50"]
  %".2013" = zext i8 %"w12_1" to i64
  %".2014" = lshr i64 %".2013", 4
  %".2015" = and i64 %".2014", 15
  %".2016" = icmp uge i64 %".2015", 5
  %".2017" = xor i1 %".2016", -1
  br i1 %".2017", label %"exit.51", label %"cont.51"
copy.6:
  %"ctx.8" = load volatile ptr, ptr %"ctx_slot", align 8
  %".605" = trunc i64 %"cursor.7" to i32
  %".606" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.8", i32 %".605", [40 x i8]* %"header_copy", i32 4)
  %".607" = icmp eq i64 %".606", 0
  %".608" = getelementptr i8, ptr %"ctx.8", i64 76
  %".609" = load i32, ptr %".608", align 4
  %".610" = zext i32 %".609" to i64
  %"data.38" = inttoptr i64 %".610" to ptr
  %".611" = getelementptr i8, ptr %"ctx.8", i64 80
  %".612" = load i32, ptr %".611", align 4
  %".613" = zext i32 %".612" to i64
  %"data_end.38" = inttoptr i64 %".613" to ptr
  %".614" = getelementptr i8, ptr %"ctx.8", i64 144
  %"keys.38" = load ptr, ptr %".614", align 8
  %".615" = xor i1 %".607", -1
  br i1 %".615", label %"exit.16", label %"cont.16"
exit.16:
  %".617" = trunc i64 %"cursor.7" to i16
  %".618" = getelementptr i8, ptr %"keys.38", i64 2
  store i16 %".617", ptr %".618", align 2
  br label %"return"
cont.16:
  %".621" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".622" = load volatile i16, [40 x i8]* %".621", align 2
  %".623" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".624" = load volatile i16, [40 x i8]* %".623", align 2
  br label %"header.6"
copy_last_byte.1:
  %".644" = add i64 %"cursor.7", %".639"
  %".645" = sub i64 %".644", 1
  %"ctx.9" = load volatile ptr, ptr %"ctx_slot", align 8
  %".646" = trunc i64 %".645" to i32
  %".647" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.9", i32 %".646", i64* %"last_byte", i32 1)
  %".648" = icmp eq i64 %".647", 0
  %".649" = getelementptr i8, ptr %"ctx.9", i64 76
  %".650" = load i32, ptr %".649", align 4
  %".651" = zext i32 %".650" to i64
  %"data.40" = inttoptr i64 %".651" to ptr
  %".652" = getelementptr i8, ptr %"ctx.9", i64 80
  %".653" = load i32, ptr %".652", align 4
  %".654" = zext i32 %".653" to i64
  %"data_end.40" = inttoptr i64 %".654" to ptr
  %".655" = getelementptr i8, ptr %"ctx.9", i64 144
  %"keys.40" = load ptr, ptr %".655", align 8
  %".656" = xor i1 %".648", -1
  br i1 %".656", label %"exit.17", label %"cont.17"
exit.17:
  %".658" = trunc i64 %"cursor.7" to i16
  %".659" = getelementptr i8, ptr %"keys.40", i64 2
  store i16 %".658", ptr %".659", align 2
  br label %"return"
cont.17:
  br label %"variable_part.1"
copy.7:
  %"ctx.10" = load volatile ptr, ptr %"ctx_slot", align 8
  %".675" = trunc i64 %"cursor.8" to i32
  %".676" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.10", i32 %".675", [40 x i8]* %"header_copy", i32 4)
  %".677" = icmp eq i64 %".676", 0
  %".678" = getelementptr i8, ptr %"ctx.10", i64 76
  %".679" = load i32, ptr %".678", align 4
  %".680" = zext i32 %".679" to i64
  %"data.42" = inttoptr i64 %".680" to ptr
  %".681" = getelementptr i8, ptr %"ctx.10", i64 80
  %".682" = load i32, ptr %".681", align 4
  %".683" = zext i32 %".682" to i64
  %"data_end.42" = inttoptr i64 %".683" to ptr
  %".684" = getelementptr i8, ptr %"ctx.10", i64 144
  %"keys.42" = load ptr, ptr %".684", align 8
  %".685" = xor i1 %".677", -1
  br i1 %".685", label %"exit.18", label %"cont.18"
exit.18:
  %".687" = trunc i64 %"cursor.8" to i16
  %".688" = getelementptr i8, ptr %"keys.42", i64 2
  store i16 %".687", ptr %".688", align 2
  br label %"return"
cont.18:
  %".691" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".692" = load volatile i16, [40 x i8]* %".691", align 2
  %".693" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".694" = load volatile i16, [40 x i8]* %".693", align 2
  br label %"header.7"
copy_last_byte.2:
  %".714" = add i64 %"cursor.8", %".709"
  %".715" = sub i64 %".714", 1
  %"ctx.11" = load volatile ptr, ptr %"ctx_slot", align 8
  %".716" = trunc i64 %".715" to i32
  %".717" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.11", i32 %".716", i64* %"last_byte", i32 1)
  %".718" = icmp eq i64 %".717", 0
  %".719" = getelementptr i8, ptr %"ctx.11", i64 76
  %".720" = load i32, ptr %".719", align 4
  %".721" = zext i32 %".720" to i64
  %"data.44" = inttoptr i64 %".721" to ptr
  %".722" = getelementptr i8, ptr %"ctx.11", i64 80
  %".723" = load i32, ptr %".722", align 4
  %".724" = zext i32 %".723" to i64
  %"data_end.44" = inttoptr i64 %".724" to ptr
  %".725" = getelementptr i8, ptr %"ctx.11", i64 144
  %"keys.44" = load ptr, ptr %".725", align 8
  %".726" = xor i1 %".718", -1
  br i1 %".726", label %"exit.19", label %"cont.19"
exit.19:
  %".728" = trunc i64 %"cursor.8" to i16
  %".729" = getelementptr i8, ptr %"keys.44", i64 2
  store i16 %".728", ptr %".729", align 2
  br label %"return"
cont.19:
  br label %"variable_part.2"
copy.8:
  %"ctx.12" = load volatile ptr, ptr %"ctx_slot", align 8
  %".747" = trunc i64 %"cursor.9" to i32
  %".748" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.12", i32 %".747", [40 x i8]* %"header_copy", i32 4)
  %".749" = icmp eq i64 %".748", 0
  %".750" = getelementptr i8, ptr %"ctx.12", i64 76
  %".751" = load i32, ptr %".750", align 4
  %".752" = zext i32 %".751" to i64
  %"data.46" = inttoptr i64 %".752" to ptr
  %".753" = getelementptr i8, ptr %"ctx.12", i64 80
  %".754" = load i32, ptr %".753", align 4
  %".755" = zext i32 %".754" to i64
  %"data_end.46" = inttoptr i64 %".755" to ptr
  %".756" = getelementptr i8, ptr %"ctx.12", i64 144
  %"keys.46" = load ptr, ptr %".756", align 8
  %".757" = xor i1 %".749", -1
  br i1 %".757", label %"exit.20", label %"cont.20"
exit.20:
  %".759" = trunc i64 %"cursor.9" to i16
  %".760" = getelementptr i8, ptr %"keys.46", i64 2
  store i16 %".759", ptr %".760", align 2
  br label %"return"
cont.20:
  %".763" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".764" = load volatile i8, [40 x i8]* %".763", align 1
  %".765" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".766" = load volatile i8, [40 x i8]* %".765", align 1
  %".767" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".768" = load volatile i16, [40 x i8]* %".767", align 2
  br label %"header.8"
exit.21:
  %".779" = trunc i64 %"cursor.9" to i16
  %".780" = getelementptr i8, ptr %"keys.47", i64 2
  store i16 %".779", ptr %".780", align 2
  br label %"return"
cont.21:
  %".783" = add i64 %"cursor.9", 4
  %".784" = zext i8 %"w0_1.2" to i64
  %".785" = lshr i64 %".784", 7
  %".786" = and i64 %".785", 1
  %".787" = zext i8 %"w0_1.2" to i64
  %".788" = lshr i64 %".787", 5
  %".789" = and i64 %".788", 1
  %".790" = add i64 %".786", %".789"
  %".791" = zext i8 %"w0_1.2" to i64
  %".792" = lshr i64 %".791", 4
  %".793" = and i64 %".792", 1
  %".794" = add i64 %".790", %".793"
  %".795" = mul i64 %".794", 4
  %".796" = add i64 %".795", 4
  %".797" = getelementptr i8, ptr %"data.47", i64 %"cursor.9"
  %".798" = getelementptr i8, ptr %".797", i64 %".796"
  %".799" = icmp ugt ptr %".798", %"data_end.47"
  br i1 %".799", label %"copy_last_byte.3", label %"variable_part.3", !prof !0
variable_part.3:
  %"data.49" = phi  ptr [%"data.47", %"cont.21"], [%"data.48", %"cont.22"]
  %"data_end.49" = phi  ptr [%"data_end.47", %"cont.21"], [%"data_end.48", %"cont.22"]
  %"keys.49" = phi  ptr [%"keys.47", %"cont.21"], [%"keys.48", %"cont.22"]
  %"end.3" = add i64 %"cursor.9", %".796"
  %".820" = getelementptr i8, ptr %"keys.49", i64 8
  store i8 1, ptr %".820", align 1
  %".822" = getelementptr i8, ptr %"keys.49", i64 48
  %"flags.6" = load volatile i32, ptr %".822", align 4
  %".823" = and i32 %"flags.6", 4
  %".824" = icmp ne i32 %".823", 0
  br i1 %".824", label %"exit.23", label %"cont.23"
copy_last_byte.3:
  %".801" = add i64 %"cursor.9", %".796"
  %".802" = sub i64 %".801", 1
  %"ctx.13" = load volatile ptr, ptr %"ctx_slot", align 8
  %".803" = trunc i64 %".802" to i32
  %".804" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.13", i32 %".803", i64* %"last_byte", i32 1)
  %".805" = icmp eq i64 %".804", 0
  %".806" = getelementptr i8, ptr %"ctx.13", i64 76
  %".807" = load i32, ptr %".806", align 4
  %".808" = zext i32 %".807" to i64
  %"data.48" = inttoptr i64 %".808" to ptr
  %".809" = getelementptr i8, ptr %"ctx.13", i64 80
  %".810" = load i32, ptr %".809", align 4
  %".811" = zext i32 %".810" to i64
  %"data_end.48" = inttoptr i64 %".811" to ptr
  %".812" = getelementptr i8, ptr %"ctx.13", i64 144
  %"keys.48" = load ptr, ptr %".812", align 8
  %".813" = xor i1 %".805", -1
  br i1 %".813", label %"exit.22", label %"cont.22"
exit.22:
  %".815" = trunc i64 %"cursor.9" to i16
  %".816" = getelementptr i8, ptr %"keys.48", i64 2
  store i16 %".815", ptr %".816", align 2
  br label %"return"
cont.22:
  br label %"variable_part.3"
exit.23:
  %".826" = trunc i64 %"end.3" to i16
  %".827" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".826", ptr %".827", align 2
  br label %"return"
cont.23:
  %".830" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".831" = zext i16 %".830" to i64
  %".832" = trunc i64 %".831" to i16
  %".833" = call i16 @"llvm.bswap.i16"(i16 %".832")
  %".834" = getelementptr i8, ptr %"keys.49", i64 10
  store i16 %".833", ptr %".834", align 2
  %".836" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.4")
  %".837" = zext i16 %".836" to i64
  switch i64 %".837", label %"unknown.7" [i64 2048, label %"to_ipv4.5" i64 34525, label %"to_ipv6.5" i64 25944, label %"to_ethernet" i64 34887, label %"to_mpls.9" i64 34888, label %"to_mpls.10"]
unknown.7:
  %".839" = trunc i64 %"end.3" to i16
  %".840" = getelementptr i8, ptr %"keys.49", i64 2
  store i16 %".839", ptr %".840", align 2
  br label %"return"
to_ipv4.5:
  %".843" = getelementptr i8, ptr %"keys.49", i64 2
  %".844" = trunc i64 %"end.3" to i16
  store volatile i16 %".844", ptr %".843", align 2
  %".846" = load volatile i16, ptr %".843", align 2
  %".847" = zext i16 %".846" to i64
  %"cursor.36" = and i64 %".847", 16383
  br label %"ipv4_d1"
to_ipv6.5:
  %".849" = getelementptr i8, ptr %"keys.49", i64 2
  %".850" = trunc i64 %"end.3" to i16
  store volatile i16 %".850", ptr %".849", align 2
  %".852" = load volatile i16, ptr %".849", align 2
  %".853" = zext i16 %".852" to i64
  %"cursor.37" = and i64 %".853", 16383
  br label %"ipv6_d1"
to_ethernet:
  %".855" = getelementptr i8, ptr %"keys.49", i64 2
  %".856" = trunc i64 %"end.3" to i16
  store volatile i16 %".856", ptr %".855", align 2
  %".858" = load volatile i16, ptr %".855", align 2
  %".859" = zext i16 %".858" to i64
  %"cursor.39" = and i64 %".859", 16383
  br label %"ethernet_d1"
to_mpls.9:
  %".861" = getelementptr i8, ptr %"keys.49", i64 2
  %".862" = trunc i64 %"end.3" to i16
  store volatile i16 %".862", ptr %".861", align 2
  %".864" = load volatile i16, ptr %".861", align 2
  %".865" = zext i16 %".864" to i64
  %"cursor.40" = and i64 %".865", 16383
  br label %"mpls_mpls_labels1"
to_mpls.10:
  %".867" = getelementptr i8, ptr %"keys.49", i64 2
  %".868" = trunc i64 %"end.3" to i16
  store volatile i16 %".868", ptr %".867", align 2
  %".870" = load volatile i16, ptr %".867", align 2
  %".871" = zext i16 %".870" to i64
  %"cursor.41" = and i64 %".871", 16383
  br label %"mpls_mpls_labels1"
ethernet_d1:
  %"cursor.38" = phi  i64 [%"cursor.39", %"to_ethernet"]
  %"data.50" = phi  ptr [%"data.49", %"to_ethernet"]
  %"data_end.50" = phi  ptr [%"data_end.49", %"to_ethernet"]
  %"keys.50" = phi  ptr [%"keys.49", %"to_ethernet"]
  %"hdr.22" = getelementptr i8, ptr %"data.50", i64 %"cursor.38"
  %".2057" = getelementptr i8, ptr %"hdr.22", i64 14
  %".2058" = icmp ugt ptr %".2057", %"data_end.50"
  br i1 %".2058", label %"copy.22", label %"linear.22", !prof !0
linear.22:
  %".2060" = getelementptr i8, ptr %"hdr.22", i64 12
  %".2061" = load i16, ptr %".2060", align 2
  br label %"header.22"
header.22:
  %"w12_2" = phi  i16 [%".2061", %"linear.22"], [%".2080", %"cont.53"]
  %"data.90" = phi  ptr [%"data.50", %"linear.22"], [%"data.89", %"cont.53"]
  %"data_end.90" = phi  ptr [%"data_end.50", %"linear.22"], [%"data_end.89", %"cont.53"]
  %"keys.90" = phi  ptr [%"keys.50", %"linear.22"], [%"keys.89", %"cont.53"]
  %".2082" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".2083" = zext i16 %".2082" to i64
  %".2084" = trunc i64 %".2083" to i16
  %".2085" = call i16 @"llvm.bswap.i16"(i16 %".2084")
  %".2086" = getelementptr i8, ptr %"keys.90", i64 10
  store i16 %".2085", ptr %".2086", align 2
  %".2088" = add i64 %"cursor.38", 14
  %".2089" = call i16 @"llvm.bswap.i16"(i16 %"w12_2")
  %".2090" = zext i16 %".2089" to i64
  switch i64 %".2090", label %"unknown.14" [i64 2048, label %"to_ipv4.11" i64 34525, label %"to_ipv6.11" i64 33024, label %"to_vlan.6" i64 34984, label %"to_vlan.7" i64 34887, label %"to_mpls.18" i64 34888, label %"to_mpls.19" i64 34916, label %"to_pppoe.3"]
copy.9:
  %"ctx.14" = load volatile ptr, ptr %"ctx_slot", align 8
  %".881" = trunc i64 %"cursor.10" to i32
  %".882" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.14", i32 %".881", [40 x i8]* %"header_copy", i32 4)
  %".883" = icmp eq i64 %".882", 0
  %".884" = getelementptr i8, ptr %"ctx.14", i64 76
  %".885" = load i32, ptr %".884", align 4
  %".886" = zext i32 %".885" to i64
  %"data.51" = inttoptr i64 %".886" to ptr
  %".887" = getelementptr i8, ptr %"ctx.14", i64 80
  %".888" = load i32, ptr %".887", align 4
  %".889" = zext i32 %".888" to i64
  %"data_end.51" = inttoptr i64 %".889" to ptr
  %".890" = getelementptr i8, ptr %"ctx.14", i64 144
  %"keys.51" = load ptr, ptr %".890", align 8
  %".891" = xor i1 %".883", -1
  br i1 %".891", label %"exit.24", label %"cont.24"
exit.24:
  %".893" = trunc i64 %"cursor.10" to i16
  %".894" = getelementptr i8, ptr %"keys.51", i64 2
  store i16 %".893", ptr %".894", align 2
  br label %"return"
cont.24:
  %".897" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".898" = load volatile i16, [40 x i8]* %".897", align 2
  %".899" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".900" = load volatile i16, [40 x i8]* %".899", align 2
  br label %"header.9"
copy.10:
  %"ctx.15" = load volatile ptr, ptr %"ctx_slot", align 8
  %".927" = trunc i64 %"cursor.11" to i32
  %".928" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.15", i32 %".927", [40 x i8]* %"header_copy", i32 4)
  %".929" = icmp eq i64 %".928", 0
  %".930" = getelementptr i8, ptr %"ctx.15", i64 76
  %".931" = load i32, ptr %".930", align 4
  %".932" = zext i32 %".931" to i64
  %"data.53" = inttoptr i64 %".932" to ptr
  %".933" = getelementptr i8, ptr %"ctx.15", i64 80
  %".934" = load i32, ptr %".933", align 4
  %".935" = zext i32 %".934" to i64
  %"data_end.53" = inttoptr i64 %".935" to ptr
  %".936" = getelementptr i8, ptr %"ctx.15", i64 144
  %"keys.53" = load ptr, ptr %".936", align 8
  %".937" = xor i1 %".929", -1
  br i1 %".937", label %"exit.25", label %"cont.25"
exit.25:
  %".939" = trunc i64 %"cursor.11" to i16
  %".940" = getelementptr i8, ptr %"keys.53", i64 2
  store i16 %".939", ptr %".940", align 2
  br label %"return"
cont.25:
  %".943" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".944" = load volatile i16, [40 x i8]* %".943", align 2
  %".945" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".946" = load volatile i16, [40 x i8]* %".945", align 2
  br label %"header.10"
copy.11:
  %"ctx.16" = load volatile ptr, ptr %"ctx_slot", align 8
  %".971" = trunc i64 %"cursor.12" to i32
  %".972" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.16", i32 %".971", [40 x i8]* %"header_copy", i32 4)
  %".973" = icmp eq i64 %".972", 0
  %".974" = getelementptr i8, ptr %"ctx.16", i64 76
  %".975" = load i32, ptr %".974", align 4
  %".976" = zext i32 %".975" to i64
  %"data.55" = inttoptr i64 %".976" to ptr
  %".977" = getelementptr i8, ptr %"ctx.16", i64 80
  %".978" = load i32, ptr %".977", align 4
  %".979" = zext i32 %".978" to i64
  %"data_end.55" = inttoptr i64 %".979" to ptr
  %".980" = getelementptr i8, ptr %"ctx.16", i64 144
  %"keys.55" = load ptr, ptr %".980", align 8
  %".981" = xor i1 %".973", -1
  br i1 %".981", label %"exit.26", label %"cont.26"
exit.26:
  %".983" = trunc i64 %"cursor.12" to i16
  %".984" = getelementptr i8, ptr %"keys.55", i64 2
  store i16 %".983", ptr %".984", align 2
  br label %"return"
cont.26:
  %".987" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".988" = load volatile i32, [40 x i8]* %".987", align 4
  br label %"header.11"
copy.12:
  %"ctx.17" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1015" = trunc i64 %"cursor.13" to i32
  %".1016" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.17", i32 %".1015", [40 x i8]* %"header_copy", i32 8)
  %".1017" = icmp eq i64 %".1016", 0
  %".1018" = getelementptr i8, ptr %"ctx.17", i64 76
  %".1019" = load i32, ptr %".1018", align 4
  %".1020" = zext i32 %".1019" to i64
  %"data.57" = inttoptr i64 %".1020" to ptr
  %".1021" = getelementptr i8, ptr %"ctx.17", i64 80
  %".1022" = load i32, ptr %".1021", align 4
  %".1023" = zext i32 %".1022" to i64
  %"data_end.57" = inttoptr i64 %".1023" to ptr
  %".1024" = getelementptr i8, ptr %"ctx.17", i64 144
  %"keys.57" = load ptr, ptr %".1024", align 8
  %".1025" = xor i1 %".1017", -1
  br i1 %".1025", label %"exit.27", label %"cont.27"
exit.27:
  %".1027" = trunc i64 %"cursor.13" to i16
  %".1028" = getelementptr i8, ptr %"keys.57", i64 2
  store i16 %".1027", ptr %".1028", align 2
  br label %"return"
cont.27:
  %".1031" = getelementptr i8, [40 x i8]* %"header_copy", i64 4
  %".1032" = load volatile i32, [40 x i8]* %".1031", align 4
  br label %"header.12"
copy.13:
  %"ctx.18" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1057" = trunc i64 %"cursor.14" to i32
  %".1058" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.18", i32 %".1057", [40 x i8]* %"header_copy", i32 4)
  %".1059" = icmp eq i64 %".1058", 0
  %".1060" = getelementptr i8, ptr %"ctx.18", i64 76
  %".1061" = load i32, ptr %".1060", align 4
  %".1062" = zext i32 %".1061" to i64
  %"data.59" = inttoptr i64 %".1062" to ptr
  %".1063" = getelementptr i8, ptr %"ctx.18", i64 80
  %".1064" = load i32, ptr %".1063", align 4
  %".1065" = zext i32 %".1064" to i64
  %"data_end.59" = inttoptr i64 %".1065" to ptr
  %".1066" = getelementptr i8, ptr %"ctx.18", i64 144
  %"keys.59" = load ptr, ptr %".1066", align 8
  %".1067" = xor i1 %".1059", -1
  br i1 %".1067", label %"exit.28", label %"cont.28"
exit.28:
  %".1069" = trunc i64 %"cursor.14" to i16
  %".1070" = getelementptr i8, ptr %"keys.59", i64 2
  store i16 %".1069", ptr %".1070", align 2
  br label %"return"
cont.28:
  br label %"header.13"
copy.14:
  %"ctx.19" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1093" = trunc i64 %"cursor.16" to i32
  %".1094" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.19", i32 %".1093", [40 x i8]* %"header_copy", i32 20)
  %".1095" = icmp eq i64 %".1094", 0
  %".1096" = getelementptr i8, ptr %"ctx.19", i64 76
  %".1097" = load i32, ptr %".1096", align 4
  %".1098" = zext i32 %".1097" to i64
  %"data.61" = inttoptr i64 %".1098" to ptr
  %".1099" = getelementptr i8, ptr %"ctx.19", i64 80
  %".1100" = load i32, ptr %".1099", align 4
  %".1101" = zext i32 %".1100" to i64
  %"data_end.61" = inttoptr i64 %".1101" to ptr
  %".1102" = getelementptr i8, ptr %"ctx.19", i64 144
  %"keys.61" = load ptr, ptr %".1102", align 8
  %".1103" = xor i1 %".1095", -1
  br i1 %".1103", label %"exit.29", label %"cont.29"
exit.29:
  %".1105" = trunc i64 %"cursor.16" to i16
  %".1106" = getelementptr i8, ptr %"keys.61", i64 2
  store i16 %".1105", ptr %".1106", align 2
  br label %"return"
cont.29:
  %".1109" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1110" = load volatile i8, [40 x i8]* %".1109", align 1
  %".1111" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1112" = load volatile i16, [40 x i8]* %".1111", align 2
  %".1113" = getelementptr i8, [40 x i8]* %"header_copy", i64 9
  %".1114" = load volatile i8, [40 x i8]* %".1113", align 1
  %".1115" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".1116" = load volatile i32, [40 x i8]* %".1115", align 4
  %".1117" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1118" = load volatile i32, [40 x i8]* %".1117", align 4
  br label %"header.14"
exit.30:
  %".1125" = trunc i64 %"cursor.16" to i16
  %".1126" = getelementptr i8, ptr %"keys.62", i64 2
  store i16 %".1125", ptr %".1126", align 2
  br label %"return"
cont.30:
  %".1129" = trunc i64 2048 to i16
  %".1130" = getelementptr i8, ptr %"keys.62", i64 4
  store i16 %".1129", ptr %".1130", align 2
  %".1132" = trunc i64 2048 to i16
  %".1133" = call i16 @"llvm.bswap.i16"(i16 %".1132")
  %".1134" = getelementptr i8, ptr %"keys.62", i64 10
  store i16 %".1133", ptr %".1134", align 2
  %".1136" = getelementptr i8, ptr %"keys.62", i64 16
  store i32 %"w12_4.1", ptr %".1136", align 4
  %".1138" = getelementptr i8, ptr %"keys.62", i64 20
  store i32 %"w16_4.1", ptr %".1138", align 4
  %".1140" = zext i8 %"w9_1.1" to i64
  %".1141" = trunc i64 %".1140" to i8
  %".1142" = getelementptr i8, ptr %"keys.62", i64 9
  store i8 %".1141", ptr %".1142", align 1
  %".1144" = add i64 %"cursor.16", 20
  %".1145" = zext i8 %"w0_1.3" to i64
  %".1146" = and i64 %".1145", 15
  %".1147" = mul i64 %".1146", 4
  %".1148" = sub i64 %".1147", 20
  %".1149" = add i64 %".1148", 20
  %".1150" = getelementptr i8, ptr %"data.62", i64 %"cursor.16"
  %".1151" = getelementptr i8, ptr %".1150", i64 %".1149"
  %".1152" = icmp ugt ptr %".1151", %"data_end.62"
  br i1 %".1152", label %"copy_last_byte.4", label %"variable_part.4", !prof !0
variable_part.4:
  %"data.64" = phi  ptr [%"data.62", %"cont.30"], [%"data.63", %"cont.31"]
  %"data_end.64" = phi  ptr [%"data_end.62", %"cont.30"], [%"data_end.63", %"cont.31"]
  %"keys.64" = phi  ptr [%"keys.62", %"cont.30"], [%"keys.63", %"cont.31"]
  %"end.4" = add i64 %"cursor.16", %".1149"
  %".1173" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1174" = zext i16 %".1173" to i64
  %".1175" = and i64 %".1174", 16383
  %".1176" = icmp ne i64 %".1175", 0
  %".1177" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.2")
  %".1178" = zext i16 %".1177" to i64
  %".1179" = and i64 %".1178", 8191
  %".1180" = icmp eq i64 %".1179", 0
  br i1 %".1176", label %"fragment.1", label %"not_fragment.1"
copy_last_byte.4:
  %".1154" = add i64 %"cursor.16", %".1149"
  %".1155" = sub i64 %".1154", 1
  %"ctx.20" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1156" = trunc i64 %".1155" to i32
  %".1157" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.20", i32 %".1156", i64* %"last_byte", i32 1)
  %".1158" = icmp eq i64 %".1157", 0
  %".1159" = getelementptr i8, ptr %"ctx.20", i64 76
  %".1160" = load i32, ptr %".1159", align 4
  %".1161" = zext i32 %".1160" to i64
  %"data.63" = inttoptr i64 %".1161" to ptr
  %".1162" = getelementptr i8, ptr %"ctx.20", i64 80
  %".1163" = load i32, ptr %".1162", align 4
  %".1164" = zext i32 %".1163" to i64
  %"data_end.63" = inttoptr i64 %".1164" to ptr
  %".1165" = getelementptr i8, ptr %"ctx.20", i64 144
  %"keys.63" = load ptr, ptr %".1165", align 8
  %".1166" = xor i1 %".1158", -1
  br i1 %".1166", label %"exit.31", label %"cont.31"
exit.31:
  %".1168" = trunc i64 %"cursor.16" to i16
  %".1169" = getelementptr i8, ptr %"keys.63", i64 2
  store i16 %".1168", ptr %".1169", align 2
  br label %"return"
cont.31:
  br label %"variable_part.4"
fragment.1:
  %".1182" = getelementptr i8, ptr %"keys.64", i64 6
  store i8 1, ptr %".1182", align 1
  br i1 %".1180", label %"first_fragment.1", label %"later_fragment.1"
not_fragment.1:
  %".1201" = zext i8 %"w9_1.1" to i64
  switch i64 %".1201", label %"unknown.8" [i64 6, label %"to_tcp.2" i64 17, label %"to_udp.2" i64 136, label %"to_udplite.2" i64 47, label %"to_gre.2" i64 132, label %"to_sctp.2" i64 33, label %"to_dccp.2" i64 50, label %"to_esp.2" i64 51, label %"to_ah.2" i64 1, label %"to_icmp.1" i64 137, label %"to_mpls.11" i64 4, label %"to_ipv4.6" i64 41, label %"to_ipv6.6"]
first_fragment.1:
  %".1189" = getelementptr i8, ptr %"keys.64", i64 7
  store i8 1, ptr %".1189", align 1
  %".1191" = getelementptr i8, ptr %"keys.64", i64 48
  %"flags.7" = load volatile i32, ptr %".1191", align 4
  %".1192" = and i32 %"flags.7", 1
  %".1193" = icmp ne i32 %".1192", 0
  %".1194" = xor i1 %".1193", -1
  br i1 %".1194", label %"exit.32", label %"cont.32"
later_fragment.1:
  %".1185" = trunc i64 %"end.4" to i16
  %".1186" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1185", ptr %".1186", align 2
  br label %"return"
exit.32:
  %".1196" = trunc i64 %"end.4" to i16
  %".1197" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1196", ptr %".1197", align 2
  br label %"return"
cont.32:
  br label %"not_fragment.1"
unknown.8:
  %".1203" = trunc i64 %"end.4" to i16
  %".1204" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1203", ptr %".1204", align 2
  br label %"return"
to_tcp.2:
  %".1207" = getelementptr i8, ptr %"keys.64", i64 2
  %".1208" = trunc i64 %"end.4" to i16
  store volatile i16 %".1208", ptr %".1207", align 2
  %".1210" = load volatile i16, ptr %".1207", align 2
  %".1211" = zext i16 %".1210" to i64
  %"cursor.42" = and i64 %".1211", 16383
  br label %"tcp"
to_udp.2:
  %".1213" = getelementptr i8, ptr %"keys.64", i64 2
  %".1214" = trunc i64 %"end.4" to i16
  store volatile i16 %".1214", ptr %".1213", align 2
  %".1216" = load volatile i16, ptr %".1213", align 2
  %".1217" = zext i16 %".1216" to i64
  %"cursor.43" = and i64 %".1217", 16383
  br label %"udp"
to_udplite.2:
  %".1219" = getelementptr i8, ptr %"keys.64", i64 2
  %".1220" = trunc i64 %"end.4" to i16
  store volatile i16 %".1220", ptr %".1219", align 2
  %".1222" = load volatile i16, ptr %".1219", align 2
  %".1223" = zext i16 %".1222" to i64
  %"cursor.44" = and i64 %".1223", 16383
  br label %"udplite"
to_gre.2:
  %".1225" = getelementptr i8, ptr %"keys.64", i64 2
  %".1226" = trunc i64 %"end.4" to i16
  store volatile i16 %".1226", ptr %".1225", align 2
  %".1228" = load volatile i16, ptr %".1225", align 2
  %".1229" = zext i16 %".1228" to i64
  %"cursor.46" = and i64 %".1229", 16383
  br label %"gre_d1"
to_sctp.2:
  %".1231" = getelementptr i8, ptr %"keys.64", i64 2
  %".1232" = trunc i64 %"end.4" to i16
  store volatile i16 %".1232", ptr %".1231", align 2
  %".1234" = load volatile i16, ptr %".1231", align 2
  %".1235" = zext i16 %".1234" to i64
  %"cursor.47" = and i64 %".1235", 16383
  br label %"sctp"
to_dccp.2:
  %".1237" = getelementptr i8, ptr %"keys.64", i64 2
  %".1238" = trunc i64 %"end.4" to i16
  store volatile i16 %".1238", ptr %".1237", align 2
  %".1240" = load volatile i16, ptr %".1237", align 2
  %".1241" = zext i16 %".1240" to i64
  %"cursor.48" = and i64 %".1241", 16383
  br label %"dccp"
to_esp.2:
  %".1243" = getelementptr i8, ptr %"keys.64", i64 2
  %".1244" = trunc i64 %"end.4" to i16
  store volatile i16 %".1244", ptr %".1243", align 2
  %".1246" = load volatile i16, ptr %".1243", align 2
  %".1247" = zext i16 %".1246" to i64
  %"cursor.49" = and i64 %".1247", 16383
  br label %"esp"
to_ah.2:
  %".1249" = getelementptr i8, ptr %"keys.64", i64 2
  %".1250" = trunc i64 %"end.4" to i16
  store volatile i16 %".1250", ptr %".1249", align 2
  %".1252" = load volatile i16, ptr %".1249", align 2
  %".1253" = zext i16 %".1252" to i64
  %"cursor.50" = and i64 %".1253", 16383
  br label %"ah"
to_icmp.1:
  br label %"icmp"
to_mpls.11:
  %".1256" = trunc i64 34887 to i16
  %".1257" = call i16 @"llvm.bswap.i16"(i16 %".1256")
  %".1258" = getelementptr i8, ptr %"keys.64", i64 10
  store i16 %".1257", ptr %".1258", align 2
  %".1260" = getelementptr i8, ptr %"keys.64", i64 2
  %".1261" = trunc i64 %"end.4" to i16
  store volatile i16 %".1261", ptr %".1260", align 2
  %".1263" = load volatile i16, ptr %".1260", align 2
  %".1264" = zext i16 %".1263" to i64
  %"cursor.51" = and i64 %".1264", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.6:
  %".1266" = getelementptr i8, ptr %"keys.64", i64 8
  store i8 1, ptr %".1266", align 1
  %".1268" = getelementptr i8, ptr %"keys.64", i64 48
  %"flags.8" = load volatile i32, ptr %".1268", align 4
  %".1269" = and i32 %"flags.8", 4
  %".1270" = icmp ne i32 %".1269", 0
  br i1 %".1270", label %"exit.33", label %"cont.33"
to_ipv6.6:
  %".1280" = getelementptr i8, ptr %"keys.64", i64 8
  store i8 1, ptr %".1280", align 1
  %".1282" = getelementptr i8, ptr %"keys.64", i64 48
  %"flags.9" = load volatile i32, ptr %".1282", align 4
  %".1283" = and i32 %"flags.9", 4
  %".1284" = icmp ne i32 %".1283", 0
  br i1 %".1284", label %"exit.34", label %"cont.34"
gre_d1:
  %"cursor.45" = phi  i64 [%"cursor.46", %"to_gre.2"], [%"cursor.61", %"to_gre.3"], [%"cursor.121", %"to_gre.6"], [%"cursor.135", %"to_gre.7"], [%"cursor.194", %"to_gre.10"], [%"cursor.208", %"to_gre.11"], [%"cursor.247", %"to_gre.14"], [%"cursor.257", %"to_gre.15"]
  %"data.65" = phi  ptr [%"data.64", %"to_gre.2"], [%"data.67", %"to_gre.3"], [%"data.100", %"to_gre.6"], [%"data.104", %"to_gre.7"], [%"data.124", %"to_gre.10"], [%"data.128", %"to_gre.11"], [%"data.142", %"to_gre.14"], [%"data.144", %"to_gre.15"]
  %"data_end.65" = phi  ptr [%"data_end.64", %"to_gre.2"], [%"data_end.67", %"to_gre.3"], [%"data_end.100", %"to_gre.6"], [%"data_end.104", %"to_gre.7"], [%"data_end.124", %"to_gre.10"], [%"data_end.128", %"to_gre.11"], [%"data_end.142", %"to_gre.14"], [%"data_end.144", %"to_gre.15"]
  %"keys.65" = phi  ptr [%"keys.64", %"to_gre.2"], [%"keys.67", %"to_gre.3"], [%"keys.100", %"to_gre.6"], [%"keys.104", %"to_gre.7"], [%"keys.124", %"to_gre.10"], [%"keys.128", %"to_gre.11"], [%"keys.142", %"to_gre.14"], [%"keys.144", %"to_gre.15"]
  %"hdr.23" = getelementptr i8, ptr %"data.65", i64 %"cursor.45"
  %".2138" = getelementptr i8, ptr %"hdr.23", i64 4
  %".2139" = icmp ugt ptr %".2138", %"data_end.65"
  br i1 %".2139", label %"copy.23", label %"linear.23", !prof !0
linear.23:
  %".2141" = getelementptr i8, ptr %"hdr.23", i64 0
  %".2142" = load i8, ptr %".2141", align 1
  %".2143" = getelementptr i8, ptr %"hdr.23", i64 1
  %".2144" = load i8, ptr %".2143", align 1
  %".2145" = getelementptr i8, ptr %"hdr.23", i64 2
  %".2146" = load i16, ptr %".2145", align 2
  br label %"header.23"
header.23:
  %"w0_1.6" = phi  i8 [%".2142", %"linear.23"], [%".2165", %"cont.54"]
  %"w1_1.3" = phi  i8 [%".2144", %"linear.23"], [%".2167", %"cont.54"]
  %"w2_2.9" = phi  i16 [%".2146", %"linear.23"], [%".2169", %"cont.54"]
  %"data.94" = phi  ptr [%"data.65", %"linear.23"], [%"data.93", %"cont.54"]
  %"data_end.94" = phi  ptr [%"data_end.65", %"linear.23"], [%"data_end.93", %"cont.54"]
  %"keys.94" = phi  ptr [%"keys.65", %"linear.23"], [%"keys.93", %"cont.54"]
  %".2171" = zext i8 %"w1_1.3" to i64
  %".2172" = and i64 %".2171", 7
  %".2173" = icmp ne i64 %".2172", 0
  %".2174" = zext i8 %"w0_1.6" to i64
  %".2175" = lshr i64 %".2174", 6
  %".2176" = and i64 %".2175", 1
  %".2177" = icmp ne i64 %".2176", 0
  %".2178" = or i1 %".2173", %".2177"
  br i1 %".2178", label %"exit.55", label %"cont.55"
exit.33:
  %".1272" = trunc i64 %"end.4" to i16
  %".1273" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1272", ptr %".1273", align 2
  br label %"return"
cont.33:
  %".1276" = trunc i64 %"end.4" to i16
  %".1277" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1276", ptr %".1277", align 2
  br label %"return"
exit.34:
  %".1286" = trunc i64 %"end.4" to i16
  %".1287" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1286", ptr %".1287", align 2
  br label %"return"
cont.34:
  %".1290" = trunc i64 %"end.4" to i16
  %".1291" = getelementptr i8, ptr %"keys.64", i64 2
  store i16 %".1290", ptr %".1291", align 2
  br label %"return"
copy.15:
  %"ctx.21" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1310" = trunc i64 %"cursor.18" to i32
  %".1311" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.21", i32 %".1310", [40 x i8]* %"header_copy", i32 40)
  %".1312" = icmp eq i64 %".1311", 0
  %".1313" = getelementptr i8, ptr %"ctx.21", i64 76
  %".1314" = load i32, ptr %".1313", align 4
  %".1315" = zext i32 %".1314" to i64
  %"data.66" = inttoptr i64 %".1315" to ptr
  %".1316" = getelementptr i8, ptr %"ctx.21", i64 80
  %".1317" = load i32, ptr %".1316", align 4
  %".1318" = zext i32 %".1317" to i64
  %"data_end.66" = inttoptr i64 %".1318" to ptr
  %".1319" = getelementptr i8, ptr %"ctx.21", i64 144
  %"keys.66" = load ptr, ptr %".1319", align 8
  %".1320" = xor i1 %".1312", -1
  br i1 %".1320", label %"exit.35", label %"cont.35"
exit.35:
  %".1322" = trunc i64 %"cursor.18" to i16
  %".1323" = getelementptr i8, ptr %"keys.66", i64 2
  store i16 %".1322", ptr %".1323", align 2
  br label %"return"
cont.35:
  %".1326" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1327" = load volatile i32, [40 x i8]* %".1326", align 4
  %".1328" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".1329" = load volatile i8, [40 x i8]* %".1328", align 1
  %".1330" = getelementptr i8, [40 x i8]* %"header_copy", i64 8
  %".1331" = load volatile i64, [40 x i8]* %".1330", align 8
  %".1332" = getelementptr i8, [40 x i8]* %"header_copy", i64 16
  %".1333" = load volatile i64, [40 x i8]* %".1332", align 8
  %".1334" = getelementptr i8, [40 x i8]* %"header_copy", i64 24
  %".1335" = load volatile i64, [40 x i8]* %".1334", align 8
  %".1336" = getelementptr i8, [40 x i8]* %"header_copy", i64 32
  %".1337" = load volatile i64, [40 x i8]* %".1336", align 8
  br label %"header.15"
exit.36:
  %".1375" = trunc i64 %".1365" to i16
  %".1376" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1375", ptr %".1376", align 2
  br label %"return"
cont.36:
  %".1379" = zext i8 %"w6_1.1" to i64
  switch i64 %".1379", label %"unknown.9" [i64 0, label %"to_ipv6_opts.3" i64 43, label %"to_ipv6_opts.4" i64 60, label %"to_ipv6_opts.5" i64 44, label %"to_ipv6_frag.1" i64 6, label %"to_tcp.3" i64 17, label %"to_udp.3" i64 136, label %"to_udplite.3" i64 47, label %"to_gre.3" i64 132, label %"to_sctp.3" i64 33, label %"to_dccp.3" i64 50, label %"to_esp.3" i64 51, label %"to_ah.3" i64 58, label %"to_icmpv6.1" i64 137, label %"to_mpls.12" i64 4, label %"to_ipv4.7" i64 41, label %"to_ipv6.7"]
unknown.9:
  %".1381" = trunc i64 %".1365" to i16
  %".1382" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1381", ptr %".1382", align 2
  br label %"return"
to_ipv6_opts.3:
  %".1385" = getelementptr i8, ptr %"keys.67", i64 2
  %".1386" = trunc i64 %".1365" to i16
  store volatile i16 %".1386", ptr %".1385", align 2
  %".1388" = load volatile i16, ptr %".1385", align 2
  %".1389" = zext i16 %".1388" to i64
  %"cursor.53" = and i64 %".1389", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.4:
  %".1391" = getelementptr i8, ptr %"keys.67", i64 2
  %".1392" = trunc i64 %".1365" to i16
  store volatile i16 %".1392", ptr %".1391", align 2
  %".1394" = load volatile i16, ptr %".1391", align 2
  %".1395" = zext i16 %".1394" to i64
  %"cursor.54" = and i64 %".1395", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_opts.5:
  %".1397" = getelementptr i8, ptr %"keys.67", i64 2
  %".1398" = trunc i64 %".1365" to i16
  store volatile i16 %".1398", ptr %".1397", align 2
  %".1400" = load volatile i16, ptr %".1397", align 2
  %".1401" = zext i16 %".1400" to i64
  %"cursor.55" = and i64 %".1401", 16383
  br label %"ipv6_opts_d1_ipv6_ext1"
to_ipv6_frag.1:
  %".1403" = getelementptr i8, ptr %"keys.67", i64 2
  %".1404" = trunc i64 %".1365" to i16
  store volatile i16 %".1404", ptr %".1403", align 2
  %".1406" = load volatile i16, ptr %".1403", align 2
  %".1407" = zext i16 %".1406" to i64
  %"cursor.57" = and i64 %".1407", 16383
  br label %"ipv6_frag_d1_ipv6_ext1"
to_tcp.3:
  %".1409" = getelementptr i8, ptr %"keys.67", i64 2
  %".1410" = trunc i64 %".1365" to i16
  store volatile i16 %".1410", ptr %".1409", align 2
  %".1412" = load volatile i16, ptr %".1409", align 2
  %".1413" = zext i16 %".1412" to i64
  %"cursor.58" = and i64 %".1413", 16383
  br label %"tcp"
to_udp.3:
  %".1415" = getelementptr i8, ptr %"keys.67", i64 2
  %".1416" = trunc i64 %".1365" to i16
  store volatile i16 %".1416", ptr %".1415", align 2
  %".1418" = load volatile i16, ptr %".1415", align 2
  %".1419" = zext i16 %".1418" to i64
  %"cursor.59" = and i64 %".1419", 16383
  br label %"udp"
to_udplite.3:
  %".1421" = getelementptr i8, ptr %"keys.67", i64 2
  %".1422" = trunc i64 %".1365" to i16
  store volatile i16 %".1422", ptr %".1421", align 2
  %".1424" = load volatile i16, ptr %".1421", align 2
  %".1425" = zext i16 %".1424" to i64
  %"cursor.60" = and i64 %".1425", 16383
  br label %"udplite"
to_gre.3:
  %".1427" = getelementptr i8, ptr %"keys.67", i64 2
  %".1428" = trunc i64 %".1365" to i16
  store volatile i16 %".1428", ptr %".1427", align 2
  %".1430" = load volatile i16, ptr %".1427", align 2
  %".1431" = zext i16 %".1430" to i64
  %"cursor.61" = and i64 %".1431", 16383
  br label %"gre_d1"
to_sctp.3:
  %".1433" = getelementptr i8, ptr %"keys.67", i64 2
  %".1434" = trunc i64 %".1365" to i16
  store volatile i16 %".1434", ptr %".1433", align 2
  %".1436" = load volatile i16, ptr %".1433", align 2
  %".1437" = zext i16 %".1436" to i64
  %"cursor.62" = and i64 %".1437", 16383
  br label %"sctp"
to_dccp.3:
  %".1439" = getelementptr i8, ptr %"keys.67", i64 2
  %".1440" = trunc i64 %".1365" to i16
  store volatile i16 %".1440", ptr %".1439", align 2
  %".1442" = load volatile i16, ptr %".1439", align 2
  %".1443" = zext i16 %".1442" to i64
  %"cursor.63" = and i64 %".1443", 16383
  br label %"dccp"
to_esp.3:
  %".1445" = getelementptr i8, ptr %"keys.67", i64 2
  %".1446" = trunc i64 %".1365" to i16
  store volatile i16 %".1446", ptr %".1445", align 2
  %".1448" = load volatile i16, ptr %".1445", align 2
  %".1449" = zext i16 %".1448" to i64
  %"cursor.64" = and i64 %".1449", 16383
  br label %"esp"
to_ah.3:
  %".1451" = getelementptr i8, ptr %"keys.67", i64 2
  %".1452" = trunc i64 %".1365" to i16
  store volatile i16 %".1452", ptr %".1451", align 2
  %".1454" = load volatile i16, ptr %".1451", align 2
  %".1455" = zext i16 %".1454" to i64
  %"cursor.65" = and i64 %".1455", 16383
  br label %"ah"
to_icmpv6.1:
  br label %"icmpv6"
to_mpls.12:
  %".1458" = trunc i64 34887 to i16
  %".1459" = call i16 @"llvm.bswap.i16"(i16 %".1458")
  %".1460" = getelementptr i8, ptr %"keys.67", i64 10
  store i16 %".1459", ptr %".1460", align 2
  %".1462" = getelementptr i8, ptr %"keys.67", i64 2
  %".1463" = trunc i64 %".1365" to i16
  store volatile i16 %".1463", ptr %".1462", align 2
  %".1465" = load volatile i16, ptr %".1462", align 2
  %".1466" = zext i16 %".1465" to i64
  %"cursor.66" = and i64 %".1466", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.7:
  %".1468" = getelementptr i8, ptr %"keys.67", i64 8
  store i8 1, ptr %".1468", align 1
  %".1470" = getelementptr i8, ptr %"keys.67", i64 48
  %"flags.11" = load volatile i32, ptr %".1470", align 4
  %".1471" = and i32 %"flags.11", 4
  %".1472" = icmp ne i32 %".1471", 0
  br i1 %".1472", label %"exit.37", label %"cont.37"
to_ipv6.7:
  %".1482" = getelementptr i8, ptr %"keys.67", i64 8
  store i8 1, ptr %".1482", align 1
  %".1484" = getelementptr i8, ptr %"keys.67", i64 48
  %"flags.12" = load volatile i32, ptr %".1484", align 4
  %".1485" = and i32 %"flags.12", 4
  %".1486" = icmp ne i32 %".1485", 0
  br i1 %".1486", label %"exit.38", label %"cont.38"
ipv6_opts_d1_ipv6_ext1:
  %"cursor.52" = phi  i64 [%"cursor.53", %"to_ipv6_opts.3"], [%"cursor.54", %"to_ipv6_opts.4"], [%"cursor.55", %"to_ipv6_opts.5"]
  %"data.68" = phi  ptr [%"data.67", %"to_ipv6_opts.3"], [%"data.67", %"to_ipv6_opts.4"], [%"data.67", %"to_ipv6_opts.5"]
  %"data_end.68" = phi  ptr [%"data_end.67", %"to_ipv6_opts.3"], [%"data_end.67", %"to_ipv6_opts.4"], [%"data_end.67", %"to_ipv6_opts.5"]
  %"keys.68" = phi  ptr [%"keys.67", %"to_ipv6_opts.3"], [%"keys.67", %"to_ipv6_opts.4"], [%"keys.67", %"to_ipv6_opts.5"]
  %"hdr.24" = getelementptr i8, ptr %"data.68", i64 %"cursor.52"
  %".2264" = getelementptr i8, ptr %"hdr.24", i64 2
  %".2265" = icmp ugt ptr %".2264", %"data_end.68"
  br i1 %".2265", label %"copy.24", label %"linear.24", !prof !0
linear.24:
  %".2267" = getelementptr i8, ptr %"hdr.24", i64 0
  %".2268" = load i8, ptr %".2267", align 1
  %".2269" = getelementptr i8, ptr %"hdr.24", i64 1
  %".2270" = load i8, ptr %".2269", align 1
  br label %"header.24"
header.24:
  %"w0_1.7" = phi  i8 [%".2268", %"linear.24"], [%".2289", %"cont.58"]
  %"w1_1.4" = phi  i8 [%".2270", %"linear.24"], [%".2291", %"cont.58"]
  %"data.98" = phi  ptr [%"data.68", %"linear.24"], [%"data.97", %"cont.58"]
  %"data_end.98" = phi  ptr [%"data_end.68", %"linear.24"], [%"data_end.97", %"cont.58"]
  %"keys.98" = phi  ptr [%"keys.68", %"linear.24"], [%"keys.97", %"cont.58"]
  %".2293" = zext i8 %"w0_1.7" to i64
  %".2294" = trunc i64 %".2293" to i8
  %".2295" = getelementptr i8, ptr %"keys.98", i64 9
  store i8 %".2294", ptr %".2295", align 1
  %".2297" = add i64 %"cursor.52", 2
  %".2298" = zext i8 %"w1_1.4" to i64
  %".2299" = mul i64 %".2298", 8
  %".2300" = add i64 %".2299", 6
  %".2301" = add i64 %".2300", 2
  %".2302" = getelementptr i8, ptr %"data.98", i64 %"cursor.52"
  %".2303" = getelementptr i8, ptr %".2302", i64 %".2301"
  %".2304" = icmp ugt ptr %".2303", %"data_end.98"
  br i1 %".2304", label %"copy_last_byte.8", label %"variable_part.8", !prof !0
variable_part.8:
  %"data.100" = phi  ptr [%"data.98", %"header.24"], [%"data.99", %"cont.59"]
  %"data_end.100" = phi  ptr [%"data_end.98", %"header.24"], [%"data_end.99", %"cont.59"]
  %"keys.100" = phi  ptr [%"keys.98", %"header.24"], [%"keys.99", %"cont.59"]
  %"end.8" = add i64 %"cursor.52", %".2301"
  %".2325" = zext i8 %"w0_1.7" to i64
  switch i64 %".2325", label %"unknown.16" [i64 0, label %"to_ipv6_opts.12" i64 43, label %"to_ipv6_opts.13" i64 60, label %"to_ipv6_opts.14" i64 44, label %"to_ipv6_frag.4" i64 6, label %"to_tcp.6" i64 17, label %"to_udp.6" i64 136, label %"to_udplite.6" i64 47, label %"to_gre.6" i64 132, label %"to_sctp.6" i64 33, label %"to_dccp.6" i64 50, label %"to_esp.6" i64 51, label %"to_ah.6" i64 58, label %"to_icmpv6.4" i64 137, label %"to_mpls.22" i64 4, label %"to_ipv4.13" i64 41, label %"to_ipv6.13"]
ipv6_frag_d1_ipv6_ext1:
  %"cursor.56" = phi  i64 [%"cursor.57", %"to_ipv6_frag.1"]
  %"data.69" = phi  ptr [%"data.67", %"to_ipv6_frag.1"]
  %"data_end.69" = phi  ptr [%"data_end.67", %"to_ipv6_frag.1"]
  %"keys.69" = phi  ptr [%"keys.67", %"to_ipv6_frag.1"]
  %"hdr.25" = getelementptr i8, ptr %"data.69", i64 %"cursor.56"
  %".2447" = getelementptr i8, ptr %"hdr.25", i64 8
  %".2448" = icmp ugt ptr %".2447", %"data_end.69"
  br i1 %".2448", label %"copy.25", label %"linear.25", !prof !0
linear.25:
  %".2450" = getelementptr i8, ptr %"hdr.25", i64 0
  %".2451" = load i8, ptr %".2450", align 1
  %".2452" = getelementptr i8, ptr %"hdr.25", i64 2
  %".2453" = load i16, ptr %".2452", align 2
  br label %"header.25"
header.25:
  %"w0_1.8" = phi  i8 [%".2451", %"linear.25"], [%".2472", %"cont.62"]
  %"w2_2.10" = phi  i16 [%".2453", %"linear.25"], [%".2474", %"cont.62"]
  %"data.104" = phi  ptr [%"data.69", %"linear.25"], [%"data.103", %"cont.62"]
  %"data_end.104" = phi  ptr [%"data_end.69", %"linear.25"], [%"data_end.103", %"cont.62"]
  %"keys.104" = phi  ptr [%"keys.69", %"linear.25"], [%"keys.103", %"cont.62"]
  %".2476" = zext i8 %"w0_1.8" to i64
  %".2477" = trunc i64 %".2476" to i8
  %".2478" = getelementptr i8, ptr %"keys.104", i64 9
  store i8 %".2477", ptr %".2478", align 1
  %".2480" = add i64 %"cursor.56", 8
  %".2481" = icmp ne i64 1, 0
  %".2482" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.10")
  %".2483" = zext i16 %".2482" to i64
  %".2484" = and i64 %".2483", 65528
  %".2485" = icmp eq i64 %".2484", 0
  br i1 %".2481", label %"fragment.3", label %"not_fragment.3"
exit.37:
  %".1474" = trunc i64 %".1365" to i16
  %".1475" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1474", ptr %".1475", align 2
  br label %"return"
cont.37:
  %".1478" = trunc i64 %".1365" to i16
  %".1479" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1478", ptr %".1479", align 2
  br label %"return"
exit.38:
  %".1488" = trunc i64 %".1365" to i16
  %".1489" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1488", ptr %".1489", align 2
  br label %"return"
cont.38:
  %".1492" = trunc i64 %".1365" to i16
  %".1493" = getelementptr i8, ptr %"keys.67", i64 2
  store i16 %".1492", ptr %".1493", align 2
  br label %"return"
copy.16:
  %"ctx.22" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1504" = trunc i64 %"cursor.20" to i32
  %".1505" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.22", i32 %".1504", [40 x i8]* %"header_copy", i32 2)
  %".1506" = icmp eq i64 %".1505", 0
  %".1507" = getelementptr i8, ptr %"ctx.22", i64 76
  %".1508" = load i32, ptr %".1507", align 4
  %".1509" = zext i32 %".1508" to i64
  %"data.70" = inttoptr i64 %".1509" to ptr
  %".1510" = getelementptr i8, ptr %"ctx.22", i64 80
  %".1511" = load i32, ptr %".1510", align 4
  %".1512" = zext i32 %".1511" to i64
  %"data_end.70" = inttoptr i64 %".1512" to ptr
  %".1513" = getelementptr i8, ptr %"ctx.22", i64 144
  %"keys.70" = load ptr, ptr %".1513", align 8
  %".1514" = xor i1 %".1506", -1
  br i1 %".1514", label %"exit.39", label %"cont.39"
exit.39:
  %".1516" = trunc i64 %"cursor.20" to i16
  %".1517" = getelementptr i8, ptr %"keys.70", i64 2
  store i16 %".1516", ptr %".1517", align 2
  br label %"return"
cont.39:
  %".1520" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1521" = load volatile i8, [40 x i8]* %".1520", align 1
  %".1522" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".1523" = load volatile i8, [40 x i8]* %".1522", align 1
  br label %"header.16"
copy_last_byte.5:
  %".1538" = add i64 %"cursor.20", %".1533"
  %".1539" = sub i64 %".1538", 1
  %"ctx.23" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1540" = trunc i64 %".1539" to i32
  %".1541" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.23", i32 %".1540", i64* %"last_byte", i32 1)
  %".1542" = icmp eq i64 %".1541", 0
  %".1543" = getelementptr i8, ptr %"ctx.23", i64 76
  %".1544" = load i32, ptr %".1543", align 4
  %".1545" = zext i32 %".1544" to i64
  %"data.72" = inttoptr i64 %".1545" to ptr
  %".1546" = getelementptr i8, ptr %"ctx.23", i64 80
  %".1547" = load i32, ptr %".1546", align 4
  %".1548" = zext i32 %".1547" to i64
  %"data_end.72" = inttoptr i64 %".1548" to ptr
  %".1549" = getelementptr i8, ptr %"ctx.23", i64 144
  %"keys.72" = load ptr, ptr %".1549", align 8
  %".1550" = xor i1 %".1542", -1
  br i1 %".1550", label %"exit.40", label %"cont.40"
exit.40:
  %".1552" = trunc i64 %"cursor.20" to i16
  %".1553" = getelementptr i8, ptr %"keys.72", i64 2
  store i16 %".1552", ptr %".1553", align 2
  br label %"return"
cont.40:
  br label %"variable_part.5"
unknown.10:
  %".1559" = trunc i64 %"end.5" to i16
  %".1560" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1559", ptr %".1560", align 2
  br label %"return"
to_ipv6_opts.6:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.7:
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.8:
  %".1565" = getelementptr i8, ptr %"keys.73", i64 2
  %".1566" = trunc i64 %"end.5" to i16
  store volatile i16 %".1566", ptr %".1565", align 2
  %".1568" = load volatile i16, ptr %".1565", align 2
  %".1569" = zext i16 %".1568" to i64
  %"cursor.68" = and i64 %".1569", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.2:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.4:
  %".1572" = getelementptr i8, ptr %"keys.73", i64 2
  %".1573" = trunc i64 %"end.5" to i16
  store volatile i16 %".1573", ptr %".1572", align 2
  %".1575" = load volatile i16, ptr %".1572", align 2
  %".1576" = zext i16 %".1575" to i64
  %"cursor.70" = and i64 %".1576", 16383
  br label %"tcp"
to_udp.4:
  %".1578" = getelementptr i8, ptr %"keys.73", i64 2
  %".1579" = trunc i64 %"end.5" to i16
  store volatile i16 %".1579", ptr %".1578", align 2
  %".1581" = load volatile i16, ptr %".1578", align 2
  %".1582" = zext i16 %".1581" to i64
  %"cursor.71" = and i64 %".1582", 16383
  br label %"udp"
to_udplite.4:
  %".1584" = getelementptr i8, ptr %"keys.73", i64 2
  %".1585" = trunc i64 %"end.5" to i16
  store volatile i16 %".1585", ptr %".1584", align 2
  %".1587" = load volatile i16, ptr %".1584", align 2
  %".1588" = zext i16 %".1587" to i64
  %"cursor.72" = and i64 %".1588", 16383
  br label %"udplite"
to_gre.4:
  %".1590" = getelementptr i8, ptr %"keys.73", i64 2
  %".1591" = trunc i64 %"end.5" to i16
  store volatile i16 %".1591", ptr %".1590", align 2
  %".1593" = load volatile i16, ptr %".1590", align 2
  %".1594" = zext i16 %".1593" to i64
  %"cursor.73" = and i64 %".1594", 16383
  br label %"gre_d0"
to_sctp.4:
  %".1596" = getelementptr i8, ptr %"keys.73", i64 2
  %".1597" = trunc i64 %"end.5" to i16
  store volatile i16 %".1597", ptr %".1596", align 2
  %".1599" = load volatile i16, ptr %".1596", align 2
  %".1600" = zext i16 %".1599" to i64
  %"cursor.74" = and i64 %".1600", 16383
  br label %"sctp"
to_dccp.4:
  %".1602" = getelementptr i8, ptr %"keys.73", i64 2
  %".1603" = trunc i64 %"end.5" to i16
  store volatile i16 %".1603", ptr %".1602", align 2
  %".1605" = load volatile i16, ptr %".1602", align 2
  %".1606" = zext i16 %".1605" to i64
  %"cursor.75" = and i64 %".1606", 16383
  br label %"dccp"
to_esp.4:
  %".1608" = getelementptr i8, ptr %"keys.73", i64 2
  %".1609" = trunc i64 %"end.5" to i16
  store volatile i16 %".1609", ptr %".1608", align 2
  %".1611" = load volatile i16, ptr %".1608", align 2
  %".1612" = zext i16 %".1611" to i64
  %"cursor.76" = and i64 %".1612", 16383
  br label %"esp"
to_ah.4:
  %".1614" = getelementptr i8, ptr %"keys.73", i64 2
  %".1615" = trunc i64 %"end.5" to i16
  store volatile i16 %".1615", ptr %".1614", align 2
  %".1617" = load volatile i16, ptr %".1614", align 2
  %".1618" = zext i16 %".1617" to i64
  %"cursor.77" = and i64 %".1618", 16383
  br label %"ah"
to_icmpv6.2:
  %".1620" = getelementptr i8, ptr %"keys.73", i64 2
  %".1621" = trunc i64 %"end.5" to i16
  store volatile i16 %".1621", ptr %".1620", align 2
  %".1623" = load volatile i16, ptr %".1620", align 2
  %".1624" = zext i16 %".1623" to i64
  %"cursor.78" = and i64 %".1624", 16383
  br label %"icmpv6"
to_mpls.13:
  %".1626" = trunc i64 34887 to i16
  %".1627" = call i16 @"llvm.bswap.i16"(i16 %".1626")
  %".1628" = getelementptr i8, ptr %"keys.73", i64 10
  store i16 %".1627", ptr %".1628", align 2
  %".1630" = getelementptr i8, ptr %"keys.73", i64 2
  %".1631" = trunc i64 %"end.5" to i16
  store volatile i16 %".1631", ptr %".1630", align 2
  %".1633" = load volatile i16, ptr %".1630", align 2
  %".1634" = zext i16 %".1633" to i64
  %"cursor.79" = and i64 %".1634", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.8:
  %".1636" = getelementptr i8, ptr %"keys.73", i64 8
  store i8 1, ptr %".1636", align 1
  %".1638" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.13" = load volatile i32, ptr %".1638", align 4
  %".1639" = and i32 %"flags.13", 4
  %".1640" = icmp ne i32 %".1639", 0
  br i1 %".1640", label %"exit.41", label %"cont.41"
to_ipv6.8:
  %".1652" = getelementptr i8, ptr %"keys.73", i64 8
  store i8 1, ptr %".1652", align 1
  %".1654" = getelementptr i8, ptr %"keys.73", i64 48
  %"flags.14" = load volatile i32, ptr %".1654", align 4
  %".1655" = and i32 %"flags.14", 4
  %".1656" = icmp ne i32 %".1655", 0
  br i1 %".1656", label %"exit.42", label %"cont.42"
ipv6_opts_d0_ipv6_ext2:
  %"cursor.67" = phi  i64 [%"end.5", %"to_ipv6_opts.6"], [%"end.5", %"to_ipv6_opts.7"], [%"cursor.68", %"to_ipv6_opts.8"], [%"cursor.82", %"to_ipv6_opts.9"], [%"cursor.83", %"to_ipv6_opts.10"], [%"cursor.84", %"to_ipv6_opts.11"]
  %"data.74" = phi  ptr [%"data.73", %"to_ipv6_opts.6"], [%"data.73", %"to_ipv6_opts.7"], [%"data.73", %"to_ipv6_opts.8"], [%"data.77", %"to_ipv6_opts.9"], [%"data.77", %"to_ipv6_opts.10"], [%"data.77", %"to_ipv6_opts.11"]
  %"data_end.74" = phi  ptr [%"data_end.73", %"to_ipv6_opts.6"], [%"data_end.73", %"to_ipv6_opts.7"], [%"data_end.73", %"to_ipv6_opts.8"], [%"data_end.77", %"to_ipv6_opts.9"], [%"data_end.77", %"to_ipv6_opts.10"], [%"data_end.77", %"to_ipv6_opts.11"]
  %"keys.74" = phi  ptr [%"keys.73", %"to_ipv6_opts.6"], [%"keys.73", %"to_ipv6_opts.7"], [%"keys.73", %"to_ipv6_opts.8"], [%"keys.77", %"to_ipv6_opts.9"], [%"keys.77", %"to_ipv6_opts.10"], [%"keys.77", %"to_ipv6_opts.11"]
  %"hdr.26" = getelementptr i8, ptr %"data.74", i64 %"cursor.67"
  %".2628" = getelementptr i8, ptr %"hdr.26", i64 2
  %".2629" = icmp ugt ptr %".2628", %"data_end.74"
  br i1 %".2629", label %"copy.26", label %"linear.26", !prof !0
linear.26:
  %".2631" = getelementptr i8, ptr %"hdr.26", i64 0
  %".2632" = load i8, ptr %".2631", align 1
  %".2633" = getelementptr i8, ptr %"hdr.26", i64 1
  %".2634" = load i8, ptr %".2633", align 1
  br label %"header.26"
header.26:
  %"w0_1.9" = phi  i8 [%".2632", %"linear.26"], [%".2653", %"cont.66"]
  %"w1_1.5" = phi  i8 [%".2634", %"linear.26"], [%".2655", %"cont.66"]
  %"data.106" = phi  ptr [%"data.74", %"linear.26"], [%"data.105", %"cont.66"]
  %"data_end.106" = phi  ptr [%"data_end.74", %"linear.26"], [%"data_end.105", %"cont.66"]
  %"keys.106" = phi  ptr [%"keys.74", %"linear.26"], [%"keys.105", %"cont.66"]
  %".2657" = zext i8 %"w0_1.9" to i64
  %".2658" = trunc i64 %".2657" to i8
  %".2659" = getelementptr i8, ptr %"keys.106", i64 9
  store i8 %".2658", ptr %".2659", align 1
  %".2661" = add i64 %"cursor.67", 2
  %".2662" = zext i8 %"w1_1.5" to i64
  %".2663" = mul i64 %".2662", 8
  %".2664" = add i64 %".2663", 6
  %".2665" = add i64 %".2664", 2
  %".2666" = getelementptr i8, ptr %"data.106", i64 %"cursor.67"
  %".2667" = getelementptr i8, ptr %".2666", i64 %".2665"
  %".2668" = icmp ugt ptr %".2667", %"data_end.106"
  br i1 %".2668", label %"copy_last_byte.9", label %"variable_part.9", !prof !0
variable_part.9:
  %"data.108" = phi  ptr [%"data.106", %"header.26"], [%"data.107", %"cont.67"]
  %"data_end.108" = phi  ptr [%"data_end.106", %"header.26"], [%"data_end.107", %"cont.67"]
  %"keys.108" = phi  ptr [%"keys.106", %"header.26"], [%"keys.107", %"cont.67"]
  %"end.9" = add i64 %"cursor.67", %".2665"
  %".2689" = zext i8 %"w0_1.9" to i64
  switch i64 %".2689", label %"unknown.18" [i64 0, label %"to_ipv6_opts.18" i64 43, label %"to_ipv6_opts.19" i64 60, label %"to_ipv6_opts.20" i64 44, label %"to_ipv6_frag.6" i64 6, label %"to_tcp.8" i64 17, label %"to_udp.8" i64 136, label %"to_udplite.8" i64 47, label %"to_gre.8" i64 132, label %"to_sctp.8" i64 33, label %"to_dccp.8" i64 50, label %"to_esp.8" i64 51, label %"to_ah.8" i64 58, label %"to_icmpv6.6" i64 137, label %"to_mpls.24" i64 4, label %"to_ipv4.15" i64 41, label %"to_ipv6.15"]
ipv6_frag_d0_ipv6_ext2:
  %"cursor.69" = phi  i64 [%"end.5", %"to_ipv6_frag.2"], [%".1701", %"to_ipv6_frag.3"]
  %"data.75" = phi  ptr [%"data.73", %"to_ipv6_frag.2"], [%"data.77", %"to_ipv6_frag.3"]
  %"data_end.75" = phi  ptr [%"data_end.73", %"to_ipv6_frag.2"], [%"data_end.77", %"to_ipv6_frag.3"]
  %"keys.75" = phi  ptr [%"keys.73", %"to_ipv6_frag.2"], [%"keys.77", %"to_ipv6_frag.3"]
  %"hdr.27" = getelementptr i8, ptr %"data.75", i64 %"cursor.69"
  %".2800" = getelementptr i8, ptr %"hdr.27", i64 8
  %".2801" = icmp ugt ptr %".2800", %"data_end.75"
  br i1 %".2801", label %"copy.27", label %"linear.27", !prof !0
linear.27:
  %".2803" = getelementptr i8, ptr %"hdr.27", i64 0
  %".2804" = load i8, ptr %".2803", align 1
  %".2805" = getelementptr i8, ptr %"hdr.27", i64 2
  %".2806" = load i16, ptr %".2805", align 2
  br label %"header.27"
header.27:
  %"w0_1.10" = phi  i8 [%".2804", %"linear.27"], [%".2825", %"cont.70"]
  %"w2_2.11" = phi  i16 [%".2806", %"linear.27"], [%".2827", %"cont.70"]
  %"data.112" = phi  ptr [%"data.75", %"linear.27"], [%"data.111", %"cont.70"]
  %"data_end.112" = phi  ptr [%"data_end.75", %"linear.27"], [%"data_end.111", %"cont.70"]
  %"keys.112" = phi  ptr [%"keys.75", %"linear.27"], [%"keys.111", %"cont.70"]
  %".2829" = zext i8 %"w0_1.10" to i64
  %".2830" = trunc i64 %".2829" to i8
  %".2831" = getelementptr i8, ptr %"keys.112", i64 9
  store i8 %".2830", ptr %".2831", align 1
  %".2833" = add i64 %"cursor.69", 8
  %".2834" = icmp ne i64 1, 0
  %".2835" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.11")
  %".2836" = zext i16 %".2835" to i64
  %".2837" = and i64 %".2836", 65528
  %".2838" = icmp eq i64 %".2837", 0
  br i1 %".2834", label %"fragment.4", label %"not_fragment.4"
exit.41:
  %".1642" = trunc i64 %"end.5" to i16
  %".1643" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1642", ptr %".1643", align 2
  br label %"return"
cont.41:
  %".1646" = getelementptr i8, ptr %"keys.73", i64 2
  %".1647" = trunc i64 %"end.5" to i16
  store volatile i16 %".1647", ptr %".1646", align 2
  %".1649" = load volatile i16, ptr %".1646", align 2
  %".1650" = zext i16 %".1649" to i64
  %"cursor.80" = and i64 %".1650", 16383
  br label %"ipv4_d1"
exit.42:
  %".1658" = trunc i64 %"end.5" to i16
  %".1659" = getelementptr i8, ptr %"keys.73", i64 2
  store i16 %".1658", ptr %".1659", align 2
  br label %"return"
cont.42:
  %".1662" = getelementptr i8, ptr %"keys.73", i64 2
  %".1663" = trunc i64 %"end.5" to i16
  store volatile i16 %".1663", ptr %".1662", align 2
  %".1665" = load volatile i16, ptr %".1662", align 2
  %".1666" = zext i16 %".1665" to i64
  %"cursor.81" = and i64 %".1666", 16383
  br label %"ipv6_d1"
copy.17:
  %"ctx.24" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1676" = trunc i64 %"cursor.22" to i32
  %".1677" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.24", i32 %".1676", [40 x i8]* %"header_copy", i32 8)
  %".1678" = icmp eq i64 %".1677", 0
  %".1679" = getelementptr i8, ptr %"ctx.24", i64 76
  %".1680" = load i32, ptr %".1679", align 4
  %".1681" = zext i32 %".1680" to i64
  %"data.76" = inttoptr i64 %".1681" to ptr
  %".1682" = getelementptr i8, ptr %"ctx.24", i64 80
  %".1683" = load i32, ptr %".1682", align 4
  %".1684" = zext i32 %".1683" to i64
  %"data_end.76" = inttoptr i64 %".1684" to ptr
  %".1685" = getelementptr i8, ptr %"ctx.24", i64 144
  %"keys.76" = load ptr, ptr %".1685", align 8
  %".1686" = xor i1 %".1678", -1
  br i1 %".1686", label %"exit.43", label %"cont.43"
exit.43:
  %".1688" = trunc i64 %"cursor.22" to i16
  %".1689" = getelementptr i8, ptr %"keys.76", i64 2
  store i16 %".1688", ptr %".1689", align 2
  br label %"return"
cont.43:
  %".1692" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".1693" = load volatile i8, [40 x i8]* %".1692", align 1
  %".1694" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1695" = load volatile i16, [40 x i8]* %".1694", align 2
  br label %"header.17"
fragment.2:
  %".1708" = getelementptr i8, ptr %"keys.77", i64 6
  store i8 1, ptr %".1708", align 1
  br i1 %".1706", label %"first_fragment.2", label %"later_fragment.2"
not_fragment.2:
  %".1727" = zext i8 %"w0_1.5" to i64
  switch i64 %".1727", label %"unknown.11" [i64 0, label %"to_ipv6_opts.9" i64 43, label %"to_ipv6_opts.10" i64 60, label %"to_ipv6_opts.11" i64 44, label %"to_ipv6_frag.3" i64 6, label %"to_tcp.5" i64 17, label %"to_udp.5" i64 136, label %"to_udplite.5" i64 47, label %"to_gre.5" i64 132, label %"to_sctp.5" i64 33, label %"to_dccp.5" i64 50, label %"to_esp.5" i64 51, label %"to_ah.5" i64 58, label %"to_icmpv6.3" i64 137, label %"to_mpls.14" i64 4, label %"to_ipv4.9" i64 41, label %"to_ipv6.9"]
first_fragment.2:
  %".1715" = getelementptr i8, ptr %"keys.77", i64 7
  store i8 1, ptr %".1715", align 1
  %".1717" = getelementptr i8, ptr %"keys.77", i64 48
  %"flags.15" = load volatile i32, ptr %".1717", align 4
  %".1718" = and i32 %"flags.15", 1
  %".1719" = icmp ne i32 %".1718", 0
  %".1720" = xor i1 %".1719", -1
  br i1 %".1720", label %"exit.44", label %"cont.44"
later_fragment.2:
  %".1711" = trunc i64 %".1701" to i16
  %".1712" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1711", ptr %".1712", align 2
  br label %"return"
exit.44:
  %".1722" = trunc i64 %".1701" to i16
  %".1723" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1722", ptr %".1723", align 2
  br label %"return"
cont.44:
  br label %"not_fragment.2"
unknown.11:
  %".1729" = trunc i64 %".1701" to i16
  %".1730" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1729", ptr %".1730", align 2
  br label %"return"
to_ipv6_opts.9:
  %".1733" = getelementptr i8, ptr %"keys.77", i64 2
  %".1734" = trunc i64 %".1701" to i16
  store volatile i16 %".1734", ptr %".1733", align 2
  %".1736" = load volatile i16, ptr %".1733", align 2
  %".1737" = zext i16 %".1736" to i64
  %"cursor.82" = and i64 %".1737", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.10:
  %".1739" = getelementptr i8, ptr %"keys.77", i64 2
  %".1740" = trunc i64 %".1701" to i16
  store volatile i16 %".1740", ptr %".1739", align 2
  %".1742" = load volatile i16, ptr %".1739", align 2
  %".1743" = zext i16 %".1742" to i64
  %"cursor.83" = and i64 %".1743", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_opts.11:
  %".1745" = getelementptr i8, ptr %"keys.77", i64 2
  %".1746" = trunc i64 %".1701" to i16
  store volatile i16 %".1746", ptr %".1745", align 2
  %".1748" = load volatile i16, ptr %".1745", align 2
  %".1749" = zext i16 %".1748" to i64
  %"cursor.84" = and i64 %".1749", 16383
  br label %"ipv6_opts_d0_ipv6_ext2"
to_ipv6_frag.3:
  br label %"ipv6_frag_d0_ipv6_ext2"
to_tcp.5:
  %".1752" = getelementptr i8, ptr %"keys.77", i64 2
  %".1753" = trunc i64 %".1701" to i16
  store volatile i16 %".1753", ptr %".1752", align 2
  %".1755" = load volatile i16, ptr %".1752", align 2
  %".1756" = zext i16 %".1755" to i64
  %"cursor.85" = and i64 %".1756", 16383
  br label %"tcp"
to_udp.5:
  %".1758" = getelementptr i8, ptr %"keys.77", i64 2
  %".1759" = trunc i64 %".1701" to i16
  store volatile i16 %".1759", ptr %".1758", align 2
  %".1761" = load volatile i16, ptr %".1758", align 2
  %".1762" = zext i16 %".1761" to i64
  %"cursor.86" = and i64 %".1762", 16383
  br label %"udp"
to_udplite.5:
  %".1764" = getelementptr i8, ptr %"keys.77", i64 2
  %".1765" = trunc i64 %".1701" to i16
  store volatile i16 %".1765", ptr %".1764", align 2
  %".1767" = load volatile i16, ptr %".1764", align 2
  %".1768" = zext i16 %".1767" to i64
  %"cursor.87" = and i64 %".1768", 16383
  br label %"udplite"
to_gre.5:
  %".1770" = getelementptr i8, ptr %"keys.77", i64 2
  %".1771" = trunc i64 %".1701" to i16
  store volatile i16 %".1771", ptr %".1770", align 2
  %".1773" = load volatile i16, ptr %".1770", align 2
  %".1774" = zext i16 %".1773" to i64
  %"cursor.88" = and i64 %".1774", 16383
  br label %"gre_d0"
to_sctp.5:
  %".1776" = getelementptr i8, ptr %"keys.77", i64 2
  %".1777" = trunc i64 %".1701" to i16
  store volatile i16 %".1777", ptr %".1776", align 2
  %".1779" = load volatile i16, ptr %".1776", align 2
  %".1780" = zext i16 %".1779" to i64
  %"cursor.89" = and i64 %".1780", 16383
  br label %"sctp"
to_dccp.5:
  %".1782" = getelementptr i8, ptr %"keys.77", i64 2
  %".1783" = trunc i64 %".1701" to i16
  store volatile i16 %".1783", ptr %".1782", align 2
  %".1785" = load volatile i16, ptr %".1782", align 2
  %".1786" = zext i16 %".1785" to i64
  %"cursor.90" = and i64 %".1786", 16383
  br label %"dccp"
to_esp.5:
  %".1788" = getelementptr i8, ptr %"keys.77", i64 2
  %".1789" = trunc i64 %".1701" to i16
  store volatile i16 %".1789", ptr %".1788", align 2
  %".1791" = load volatile i16, ptr %".1788", align 2
  %".1792" = zext i16 %".1791" to i64
  %"cursor.91" = and i64 %".1792", 16383
  br label %"esp"
to_ah.5:
  %".1794" = getelementptr i8, ptr %"keys.77", i64 2
  %".1795" = trunc i64 %".1701" to i16
  store volatile i16 %".1795", ptr %".1794", align 2
  %".1797" = load volatile i16, ptr %".1794", align 2
  %".1798" = zext i16 %".1797" to i64
  %"cursor.92" = and i64 %".1798", 16383
  br label %"ah"
to_icmpv6.3:
  %".1800" = getelementptr i8, ptr %"keys.77", i64 2
  %".1801" = trunc i64 %".1701" to i16
  store volatile i16 %".1801", ptr %".1800", align 2
  %".1803" = load volatile i16, ptr %".1800", align 2
  %".1804" = zext i16 %".1803" to i64
  %"cursor.93" = and i64 %".1804", 16383
  br label %"icmpv6"
to_mpls.14:
  %".1806" = trunc i64 34887 to i16
  %".1807" = call i16 @"llvm.bswap.i16"(i16 %".1806")
  %".1808" = getelementptr i8, ptr %"keys.77", i64 10
  store i16 %".1807", ptr %".1808", align 2
  %".1810" = getelementptr i8, ptr %"keys.77", i64 2
  %".1811" = trunc i64 %".1701" to i16
  store volatile i16 %".1811", ptr %".1810", align 2
  %".1813" = load volatile i16, ptr %".1810", align 2
  %".1814" = zext i16 %".1813" to i64
  %"cursor.94" = and i64 %".1814", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.9:
  %".1816" = getelementptr i8, ptr %"keys.77", i64 8
  store i8 1, ptr %".1816", align 1
  %".1818" = getelementptr i8, ptr %"keys.77", i64 48
  %"flags.16" = load volatile i32, ptr %".1818", align 4
  %".1819" = and i32 %"flags.16", 4
  %".1820" = icmp ne i32 %".1819", 0
  br i1 %".1820", label %"exit.45", label %"cont.45"
to_ipv6.9:
  %".1832" = getelementptr i8, ptr %"keys.77", i64 8
  store i8 1, ptr %".1832", align 1
  %".1834" = getelementptr i8, ptr %"keys.77", i64 48
  %"flags.17" = load volatile i32, ptr %".1834", align 4
  %".1835" = and i32 %"flags.17", 4
  %".1836" = icmp ne i32 %".1835", 0
  br i1 %".1836", label %"exit.46", label %"cont.46"
exit.45:
  %".1822" = trunc i64 %".1701" to i16
  %".1823" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1822", ptr %".1823", align 2
  br label %"return"
cont.45:
  %".1826" = getelementptr i8, ptr %"keys.77", i64 2
  %".1827" = trunc i64 %".1701" to i16
  store volatile i16 %".1827", ptr %".1826", align 2
  %".1829" = load volatile i16, ptr %".1826", align 2
  %".1830" = zext i16 %".1829" to i64
  %"cursor.95" = and i64 %".1830", 16383
  br label %"ipv4_d1"
exit.46:
  %".1838" = trunc i64 %".1701" to i16
  %".1839" = getelementptr i8, ptr %"keys.77", i64 2
  store i16 %".1838", ptr %".1839", align 2
  br label %"return"
cont.46:
  %".1842" = getelementptr i8, ptr %"keys.77", i64 2
  %".1843" = trunc i64 %".1701" to i16
  store volatile i16 %".1843", ptr %".1842", align 2
  %".1845" = load volatile i16, ptr %".1842", align 2
  %".1846" = zext i16 %".1845" to i64
  %"cursor.96" = and i64 %".1846", 16383
  br label %"ipv6_d1"
copy.18:
  %"ctx.25" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1852" = trunc i64 %"cursor.23" to i32
  %".1853" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.25", i32 %".1852", [40 x i8]* %"header_copy", i32 4)
  %".1854" = icmp eq i64 %".1853", 0
  %".1855" = getelementptr i8, ptr %"ctx.25", i64 76
  %".1856" = load i32, ptr %".1855", align 4
  %".1857" = zext i32 %".1856" to i64
  %"data.78" = inttoptr i64 %".1857" to ptr
  %".1858" = getelementptr i8, ptr %"ctx.25", i64 80
  %".1859" = load i32, ptr %".1858", align 4
  %".1860" = zext i32 %".1859" to i64
  %"data_end.78" = inttoptr i64 %".1860" to ptr
  %".1861" = getelementptr i8, ptr %"ctx.25", i64 144
  %"keys.78" = load ptr, ptr %".1861", align 8
  %".1862" = xor i1 %".1854", -1
  br i1 %".1862", label %"exit.47", label %"cont.47"
exit.47:
  %".1864" = trunc i64 %"cursor.23" to i16
  %".1865" = getelementptr i8, ptr %"keys.78", i64 2
  store i16 %".1864", ptr %".1865", align 2
  br label %"return"
cont.47:
  br label %"header.18"
copy.19:
  %"ctx.26" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1880" = trunc i64 %"cursor.27" to i32
  %".1881" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.26", i32 %".1880", [40 x i8]* %"header_copy", i32 4)
  %".1882" = icmp eq i64 %".1881", 0
  %".1883" = getelementptr i8, ptr %"ctx.26", i64 76
  %".1884" = load i32, ptr %".1883", align 4
  %".1885" = zext i32 %".1884" to i64
  %"data.80" = inttoptr i64 %".1885" to ptr
  %".1886" = getelementptr i8, ptr %"ctx.26", i64 80
  %".1887" = load i32, ptr %".1886", align 4
  %".1888" = zext i32 %".1887" to i64
  %"data_end.80" = inttoptr i64 %".1888" to ptr
  %".1889" = getelementptr i8, ptr %"ctx.26", i64 144
  %"keys.80" = load ptr, ptr %".1889", align 8
  %".1890" = xor i1 %".1882", -1
  br i1 %".1890", label %"exit.48", label %"cont.48"
exit.48:
  %".1892" = trunc i64 %"cursor.27" to i16
  %".1893" = getelementptr i8, ptr %"keys.80", i64 2
  store i16 %".1892", ptr %".1893", align 2
  br label %"return"
cont.48:
  %".1896" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1897" = load volatile i16, [40 x i8]* %".1896", align 2
  br label %"header.19"
unknown.12:
  %".1912" = trunc i64 %".1905" to i16
  %".1913" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1912", ptr %".1913", align 2
  br label %"return"
to_ipv4.10:
  %".1916" = getelementptr i8, ptr %"keys.81", i64 2
  %".1917" = trunc i64 %".1905" to i16
  store volatile i16 %".1917", ptr %".1916", align 2
  %".1919" = load volatile i16, ptr %".1916", align 2
  %".1920" = zext i16 %".1919" to i64
  %"cursor.97" = and i64 %".1920", 16383
  br label %"ipv4_d0"
to_ipv6.10:
  %".1922" = getelementptr i8, ptr %"keys.81", i64 2
  %".1923" = trunc i64 %".1905" to i16
  store volatile i16 %".1923", ptr %".1922", align 2
  %".1925" = load volatile i16, ptr %".1922", align 2
  %".1926" = zext i16 %".1925" to i64
  %"cursor.98" = and i64 %".1926", 16383
  br label %"ipv6_d0"
to_vlan.4:
  %".1928" = trunc i64 %".1905" to i16
  %".1929" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1928", ptr %".1929", align 2
  br label %"return"
to_vlan.5:
  %".1932" = trunc i64 %".1905" to i16
  %".1933" = getelementptr i8, ptr %"keys.81", i64 2
  store i16 %".1932", ptr %".1933", align 2
  br label %"return"
to_mpls.15:
  %".1936" = getelementptr i8, ptr %"keys.81", i64 2
  %".1937" = trunc i64 %".1905" to i16
  store volatile i16 %".1937", ptr %".1936", align 2
  %".1939" = load volatile i16, ptr %".1936", align 2
  %".1940" = zext i16 %".1939" to i64
  %"cursor.99" = and i64 %".1940", 16383
  br label %"mpls_mpls_labels1"
to_mpls.16:
  %".1942" = getelementptr i8, ptr %"keys.81", i64 2
  %".1943" = trunc i64 %".1905" to i16
  store volatile i16 %".1943", ptr %".1942", align 2
  %".1945" = load volatile i16, ptr %".1942", align 2
  %".1946" = zext i16 %".1945" to i64
  %"cursor.100" = and i64 %".1946", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.2:
  %".1948" = getelementptr i8, ptr %"keys.81", i64 2
  %".1949" = trunc i64 %".1905" to i16
  store volatile i16 %".1949", ptr %".1948", align 2
  %".1951" = load volatile i16, ptr %".1948", align 2
  %".1952" = zext i16 %".1951" to i64
  %"cursor.101" = and i64 %".1952", 16383
  br label %"pppoe_d0"
copy.20:
  %"ctx.27" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1960" = trunc i64 %"cursor.30" to i32
  %".1961" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.27", i32 %".1960", [40 x i8]* %"header_copy", i32 4)
  %".1962" = icmp eq i64 %".1961", 0
  %".1963" = getelementptr i8, ptr %"ctx.27", i64 76
  %".1964" = load i32, ptr %".1963", align 4
  %".1965" = zext i32 %".1964" to i64
  %"data.82" = inttoptr i64 %".1965" to ptr
  %".1966" = getelementptr i8, ptr %"ctx.27", i64 80
  %".1967" = load i32, ptr %".1966", align 4
  %".1968" = zext i32 %".1967" to i64
  %"data_end.82" = inttoptr i64 %".1968" to ptr
  %".1969" = getelementptr i8, ptr %"ctx.27", i64 144
  %"keys.82" = load ptr, ptr %".1969", align 8
  %".1970" = xor i1 %".1962", -1
  br i1 %".1970", label %"exit.49", label %"cont.49"
exit.49:
  %".1972" = trunc i64 %"cursor.30" to i16
  %".1973" = getelementptr i8, ptr %"keys.82", i64 2
  store i16 %".1972", ptr %".1973", align 2
  br label %"return"
cont.49:
  %".1976" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".1977" = load volatile i8, [40 x i8]* %".1976", align 1
  br label %"header.20"
unknown.13:
  %".1983" = trunc i64 %".1979" to i16
  %".1984" = getelementptr i8, ptr %"keys.83", i64 2
  store i16 %".1983", ptr %".1984", align 2
  br label %"return"
to_mpls.17:
  br label %"mpls_mpls_labels3"
mpls_mpls_labels3:
  %"cursor.102" = phi  i64 [%".1979", %"to_mpls.17"]
  %"data.84" = phi  ptr [%"data.83", %"to_mpls.17"]
  %"data_end.84" = phi  ptr [%"data_end.83", %"to_mpls.17"]
  %"keys.84" = phi  ptr [%"keys.83", %"to_mpls.17"]
  %"hdr.28" = getelementptr i8, ptr %"data.84", i64 %"cursor.102"
  %".2980" = getelementptr i8, ptr %"hdr.28", i64 4
  %".2981" = icmp ugt ptr %".2980", %"data_end.84"
  br i1 %".2981", label %"copy.28", label %"linear.28", !prof !0
linear.28:
  %".2983" = getelementptr i8, ptr %"hdr.28", i64 2
  %".2984" = load i8, ptr %".2983", align 1
  br label %"header.28"
header.28:
  %"w2_1.2" = phi  i8 [%".2984", %"linear.28"], [%".3003", %"cont.74"]
  %"data.114" = phi  ptr [%"data.84", %"linear.28"], [%"data.113", %"cont.74"]
  %"data_end.114" = phi  ptr [%"data_end.84", %"linear.28"], [%"data_end.113", %"cont.74"]
  %"keys.114" = phi  ptr [%"keys.84", %"linear.28"], [%"keys.113", %"cont.74"]
  %".3005" = add i64 %"cursor.102", 4
  %".3006" = zext i8 %"w2_1.2" to i64
  %".3007" = and i64 %".3006", 1
  switch i64 %".3007", label %"unknown.20" [i64 0, label %"to_mpls.26"]
copy.21:
  %"ctx.28" = load volatile ptr, ptr %"ctx_slot", align 8
  %".1994" = trunc i64 %"cursor.35" to i32
  %".1995" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.28", i32 %".1994", [40 x i8]* %"header_copy", i32 20)
  %".1996" = icmp eq i64 %".1995", 0
  %".1997" = getelementptr i8, ptr %"ctx.28", i64 76
  %".1998" = load i32, ptr %".1997", align 4
  %".1999" = zext i32 %".1998" to i64
  %"data.85" = inttoptr i64 %".1999" to ptr
  %".2000" = getelementptr i8, ptr %"ctx.28", i64 80
  %".2001" = load i32, ptr %".2000", align 4
  %".2002" = zext i32 %".2001" to i64
  %"data_end.85" = inttoptr i64 %".2002" to ptr
  %".2003" = getelementptr i8, ptr %"ctx.28", i64 144
  %"keys.85" = load ptr, ptr %".2003", align 8
  %".2004" = xor i1 %".1996", -1
  br i1 %".2004", label %"exit.50", label %"cont.50"
exit.50:
  %".2006" = trunc i64 %"cursor.35" to i16
  %".2007" = getelementptr i8, ptr %"keys.85", i64 2
  store i16 %".2006", ptr %".2007", align 2
  br label %"return"
cont.50:
  %".2010" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2011" = load volatile i8, [40 x i8]* %".2010", align 1
  br label %"header.21"
exit.51:
  %".2019" = trunc i64 %"cursor.35" to i16
  %".2020" = getelementptr i8, ptr %"keys.86", i64 2
  store i16 %".2019", ptr %".2020", align 2
  br label %"return"
cont.51:
  %".2023" = add i64 %"cursor.35", 20
  %".2024" = zext i8 %"w12_1" to i64
  %".2025" = lshr i64 %".2024", 4
  %".2026" = and i64 %".2025", 15
  %".2027" = mul i64 %".2026", 4
  %".2028" = sub i64 %".2027", 20
  %".2029" = add i64 %".2028", 20
  %".2030" = getelementptr i8, ptr %"data.86", i64 %"cursor.35"
  %".2031" = getelementptr i8, ptr %".2030", i64 %".2029"
  %".2032" = icmp ugt ptr %".2031", %"data_end.86"
  br i1 %".2032", label %"copy_last_byte.6", label %"variable_part.6", !prof !0
variable_part.6:
  %"data.88" = phi  ptr [%"data.86", %"cont.51"], [%"data.87", %"cont.52"]
  %"data_end.88" = phi  ptr [%"data_end.86", %"cont.51"], [%"data_end.87", %"cont.52"]
  %"keys.88" = phi  ptr [%"keys.86", %"cont.51"], [%"keys.87", %"cont.52"]
  %"end.6" = add i64 %"cursor.35", %".2029"
  %".2053" = trunc i64 %"cursor.35" to i16
  %".2054" = getelementptr i8, ptr %"keys.88", i64 2
  store i16 %".2053", ptr %".2054", align 2
  br label %"return"
copy_last_byte.6:
  %".2034" = add i64 %"cursor.35", %".2029"
  %".2035" = sub i64 %".2034", 1
  %"ctx.29" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2036" = trunc i64 %".2035" to i32
  %".2037" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.29", i32 %".2036", i64* %"last_byte", i32 1)
  %".2038" = icmp eq i64 %".2037", 0
  %".2039" = getelementptr i8, ptr %"ctx.29", i64 76
  %".2040" = load i32, ptr %".2039", align 4
  %".2041" = zext i32 %".2040" to i64
  %"data.87" = inttoptr i64 %".2041" to ptr
  %".2042" = getelementptr i8, ptr %"ctx.29", i64 80
  %".2043" = load i32, ptr %".2042", align 4
  %".2044" = zext i32 %".2043" to i64
  %"data_end.87" = inttoptr i64 %".2044" to ptr
  %".2045" = getelementptr i8, ptr %"ctx.29", i64 144
  %"keys.87" = load ptr, ptr %".2045", align 8
  %".2046" = xor i1 %".2038", -1
  br i1 %".2046", label %"exit.52", label %"cont.52"
exit.52:
  %".2048" = trunc i64 %"cursor.35" to i16
  %".2049" = getelementptr i8, ptr %"keys.87", i64 2
  store i16 %".2048", ptr %".2049", align 2
  br label %"return"
cont.52:
  br label %"variable_part.6"
copy.22:
  %"ctx.30" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2063" = trunc i64 %"cursor.38" to i32
  %".2064" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.30", i32 %".2063", [40 x i8]* %"header_copy", i32 14)
  %".2065" = icmp eq i64 %".2064", 0
  %".2066" = getelementptr i8, ptr %"ctx.30", i64 76
  %".2067" = load i32, ptr %".2066", align 4
  %".2068" = zext i32 %".2067" to i64
  %"data.89" = inttoptr i64 %".2068" to ptr
  %".2069" = getelementptr i8, ptr %"ctx.30", i64 80
  %".2070" = load i32, ptr %".2069", align 4
  %".2071" = zext i32 %".2070" to i64
  %"data_end.89" = inttoptr i64 %".2071" to ptr
  %".2072" = getelementptr i8, ptr %"ctx.30", i64 144
  %"keys.89" = load ptr, ptr %".2072", align 8
  %".2073" = xor i1 %".2065", -1
  br i1 %".2073", label %"exit.53", label %"cont.53"
exit.53:
  %".2075" = trunc i64 %"cursor.38" to i16
  %".2076" = getelementptr i8, ptr %"keys.89", i64 2
  store i16 %".2075", ptr %".2076", align 2
  br label %"return"
cont.53:
  %".2079" = getelementptr i8, [40 x i8]* %"header_copy", i64 12
  %".2080" = load volatile i16, [40 x i8]* %".2079", align 2
  br label %"header.22"
unknown.14:
  %".2092" = trunc i64 %".2088" to i16
  %".2093" = getelementptr i8, ptr %"keys.90", i64 2
  store i16 %".2092", ptr %".2093", align 2
  br label %"return"
to_ipv4.11:
  %".2096" = getelementptr i8, ptr %"keys.90", i64 2
  %".2097" = trunc i64 %".2088" to i16
  store volatile i16 %".2097", ptr %".2096", align 2
  %".2099" = load volatile i16, ptr %".2096", align 2
  %".2100" = zext i16 %".2099" to i64
  %"cursor.103" = and i64 %".2100", 16383
  br label %"ipv4_d1"
to_ipv6.11:
  %".2102" = getelementptr i8, ptr %"keys.90", i64 2
  %".2103" = trunc i64 %".2088" to i16
  store volatile i16 %".2103", ptr %".2102", align 2
  %".2105" = load volatile i16, ptr %".2102", align 2
  %".2106" = zext i16 %".2105" to i64
  %"cursor.104" = and i64 %".2106", 16383
  br label %"ipv6_d1"
to_vlan.6:
  %".2108" = getelementptr i8, ptr %"keys.90", i64 2
  %".2109" = trunc i64 %".2088" to i16
  store volatile i16 %".2109", ptr %".2108", align 2
  %".2111" = load volatile i16, ptr %".2108", align 2
  %".2112" = zext i16 %".2111" to i64
  %"cursor.106" = and i64 %".2112", 16383
  br label %"vlan_d1_vlan_tags1"
to_vlan.7:
  %".2114" = getelementptr i8, ptr %"keys.90", i64 2
  %".2115" = trunc i64 %".2088" to i16
  store volatile i16 %".2115", ptr %".2114", align 2
  %".2117" = load volatile i16, ptr %".2114", align 2
  %".2118" = zext i16 %".2117" to i64
  %"cursor.107" = and i64 %".2118", 16383
  br label %"vlan_d1_vlan_tags1"
to_mpls.18:
  %".2120" = getelementptr i8, ptr %"keys.90", i64 2
  %".2121" = trunc i64 %".2088" to i16
  store volatile i16 %".2121", ptr %".2120", align 2
  %".2123" = load volatile i16, ptr %".2120", align 2
  %".2124" = zext i16 %".2123" to i64
  %"cursor.108" = and i64 %".2124", 16383
  br label %"mpls_mpls_labels1"
to_mpls.19:
  %".2126" = getelementptr i8, ptr %"keys.90", i64 2
  %".2127" = trunc i64 %".2088" to i16
  store volatile i16 %".2127", ptr %".2126", align 2
  %".2129" = load volatile i16, ptr %".2126", align 2
  %".2130" = zext i16 %".2129" to i64
  %"cursor.109" = and i64 %".2130", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.3:
  %".2132" = getelementptr i8, ptr %"keys.90", i64 2
  %".2133" = trunc i64 %".2088" to i16
  store volatile i16 %".2133", ptr %".2132", align 2
  %".2135" = load volatile i16, ptr %".2132", align 2
  %".2136" = zext i16 %".2135" to i64
  %"cursor.111" = and i64 %".2136", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags1:
  %"cursor.105" = phi  i64 [%"cursor.106", %"to_vlan.6"], [%"cursor.107", %"to_vlan.7"]
  %"data.91" = phi  ptr [%"data.90", %"to_vlan.6"], [%"data.90", %"to_vlan.7"]
  %"data_end.91" = phi  ptr [%"data_end.90", %"to_vlan.6"], [%"data_end.90", %"to_vlan.7"]
  %"keys.91" = phi  ptr [%"keys.90", %"to_vlan.6"], [%"keys.90", %"to_vlan.7"]
  %"hdr.29" = getelementptr i8, ptr %"data.91", i64 %"cursor.105"
  %".3014" = getelementptr i8, ptr %"hdr.29", i64 4
  %".3015" = icmp ugt ptr %".3014", %"data_end.91"
  br i1 %".3015", label %"copy.29", label %"linear.29", !prof !0
linear.29:
  %".3017" = getelementptr i8, ptr %"hdr.29", i64 2
  %".3018" = load i16, ptr %".3017", align 2
  br label %"header.29"
header.29:
  %"w2_2.12" = phi  i16 [%".3018", %"linear.29"], [%".3037", %"cont.75"]
  %"data.117" = phi  ptr [%"data.91", %"linear.29"], [%"data.116", %"cont.75"]
  %"data_end.117" = phi  ptr [%"data_end.91", %"linear.29"], [%"data_end.116", %"cont.75"]
  %"keys.117" = phi  ptr [%"keys.91", %"linear.29"], [%"keys.116", %"cont.75"]
  %".3039" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3040" = zext i16 %".3039" to i64
  %".3041" = trunc i64 %".3040" to i16
  %".3042" = call i16 @"llvm.bswap.i16"(i16 %".3041")
  %".3043" = getelementptr i8, ptr %"keys.117", i64 10
  store i16 %".3042", ptr %".3043", align 2
  %".3045" = add i64 %"cursor.105", 4
  %".3046" = trunc i64 %".3045" to i16
  %".3047" = getelementptr i8, ptr %"keys.117", i64 0
  store i16 %".3046", ptr %".3047", align 2
  %".3049" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.12")
  %".3050" = zext i16 %".3049" to i64
  switch i64 %".3050", label %"unknown.21" [i64 2048, label %"to_ipv4.17" i64 34525, label %"to_ipv6.17" i64 33024, label %"to_vlan.8" i64 34984, label %"to_vlan.9" i64 34887, label %"to_mpls.27" i64 34888, label %"to_mpls.28" i64 34916, label %"to_pppoe.4"]
pppoe_d1:
  %"cursor.110" = phi  i64 [%"cursor.111", %"to_pppoe.3"], [%"cursor.180", %"to_pppoe.4"], [%"cursor.243", %"to_pppoe.5"]
  %"data.92" = phi  ptr [%"data.90", %"to_pppoe.3"], [%"data.117", %"to_pppoe.4"], [%"data.138", %"to_pppoe.5"]
  %"data_end.92" = phi  ptr [%"data_end.90", %"to_pppoe.3"], [%"data_end.117", %"to_pppoe.4"], [%"data_end.138", %"to_pppoe.5"]
  %"keys.92" = phi  ptr [%"keys.90", %"to_pppoe.3"], [%"keys.117", %"to_pppoe.4"], [%"keys.138", %"to_pppoe.5"]
  %"hdr.30" = getelementptr i8, ptr %"data.92", i64 %"cursor.110"
  %".3098" = getelementptr i8, ptr %"hdr.30", i64 8
  %".3099" = icmp ugt ptr %".3098", %"data_end.92"
  br i1 %".3099", label %"copy.30", label %"linear.30", !prof !0
linear.30:
  %".3101" = getelementptr i8, ptr %"hdr.30", i64 0
  %".3102" = load i8, ptr %".3101", align 1
  %".3103" = getelementptr i8, ptr %"hdr.30", i64 1
  %".3104" = load i8, ptr %".3103", align 1
  %".3105" = getelementptr i8, ptr %"hdr.30", i64 6
  %".3106" = load i16, ptr %".3105", align 2
  br label %"header.30"
header.30:
  %"w0_1.11" = phi  i8 [%".3102", %"linear.30"], [%".3125", %"cont.76"]
  %"w1_1.6" = phi  i8 [%".3104", %"linear.30"], [%".3127", %"cont.76"]
  %"w6_2.3" = phi  i16 [%".3106", %"linear.30"], [%".3129", %"cont.76"]
  %"data.120" = phi  ptr [%"data.92", %"linear.30"], [%"data.119", %"cont.76"]
  %"data_end.120" = phi  ptr [%"data_end.92", %"linear.30"], [%"data_end.119", %"cont.76"]
  %"keys.120" = phi  ptr [%"keys.92", %"linear.30"], [%"keys.119", %"cont.76"]
  %".3131" = zext i8 %"w0_1.11" to i64
  %".3132" = lshr i64 %".3131", 4
  %".3133" = and i64 %".3132", 15
  %".3134" = icmp eq i64 %".3133", 1
  %".3135" = zext i8 %"w0_1.11" to i64
  %".3136" = and i64 %".3135", 15
  %".3137" = icmp eq i64 %".3136", 1
  %".3138" = and i1 %".3134", %".3137"
  %".3139" = zext i8 %"w1_1.6" to i64
  %".3140" = icmp eq i64 %".3139", 0
  %".3141" = and i1 %".3138", %".3140"
  %".3142" = xor i1 %".3141", -1
  br i1 %".3142", label %"exit.77", label %"cont.77"
copy.23:
  %"ctx.31" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2148" = trunc i64 %"cursor.45" to i32
  %".2149" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.31", i32 %".2148", [40 x i8]* %"header_copy", i32 4)
  %".2150" = icmp eq i64 %".2149", 0
  %".2151" = getelementptr i8, ptr %"ctx.31", i64 76
  %".2152" = load i32, ptr %".2151", align 4
  %".2153" = zext i32 %".2152" to i64
  %"data.93" = inttoptr i64 %".2153" to ptr
  %".2154" = getelementptr i8, ptr %"ctx.31", i64 80
  %".2155" = load i32, ptr %".2154", align 4
  %".2156" = zext i32 %".2155" to i64
  %"data_end.93" = inttoptr i64 %".2156" to ptr
  %".2157" = getelementptr i8, ptr %"ctx.31", i64 144
  %"keys.93" = load ptr, ptr %".2157", align 8
  %".2158" = xor i1 %".2150", -1
  br i1 %".2158", label %"exit.54", label %"cont.54"
exit.54:
  %".2160" = trunc i64 %"cursor.45" to i16
  %".2161" = getelementptr i8, ptr %"keys.93", i64 2
  store i16 %".2160", ptr %".2161", align 2
  br label %"return"
cont.54:
  %".2164" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2165" = load volatile i8, [40 x i8]* %".2164", align 1
  %".2166" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2167" = load volatile i8, [40 x i8]* %".2166", align 1
  %".2168" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2169" = load volatile i16, [40 x i8]* %".2168", align 2
  br label %"header.23"
exit.55:
  %".2180" = trunc i64 %"cursor.45" to i16
  %".2181" = getelementptr i8, ptr %"keys.94", i64 2
  store i16 %".2180", ptr %".2181", align 2
  br label %"return"
cont.55:
  %".2184" = add i64 %"cursor.45", 4
  %".2185" = zext i8 %"w0_1.6" to i64
  %".2186" = lshr i64 %".2185", 7
  %".2187" = and i64 %".2186", 1
  %".2188" = zext i8 %"w0_1.6" to i64
  %".2189" = lshr i64 %".2188", 5
  %".2190" = and i64 %".2189", 1
  %".2191" = add i64 %".2187", %".2190"
  %".2192" = zext i8 %"w0_1.6" to i64
  %".2193" = lshr i64 %".2192", 4
  %".2194" = and i64 %".2193", 1
  %".2195" = add i64 %".2191", %".2194"
  %".2196" = mul i64 %".2195", 4
  %".2197" = add i64 %".2196", 4
  %".2198" = getelementptr i8, ptr %"data.94", i64 %"cursor.45"
  %".2199" = getelementptr i8, ptr %".2198", i64 %".2197"
  %".2200" = icmp ugt ptr %".2199", %"data_end.94"
  br i1 %".2200", label %"copy_last_byte.7", label %"variable_part.7", !prof !0
variable_part.7:
  %"data.96" = phi  ptr [%"data.94", %"cont.55"], [%"data.95", %"cont.56"]
  %"data_end.96" = phi  ptr [%"data_end.94", %"cont.55"], [%"data_end.95", %"cont.56"]
  %"keys.96" = phi  ptr [%"keys.94", %"cont.55"], [%"keys.95", %"cont.56"]
  %"end.7" = add i64 %"cursor.45", %".2197"
  %".2221" = getelementptr i8, ptr %"keys.96", i64 8
  store i8 1, ptr %".2221", align 1
  %".2223" = getelementptr i8, ptr %"keys.96", i64 48
  %"flags.18" = load volatile i32, ptr %".2223", align 4
  %".2224" = and i32 %"flags.18", 4
  %".2225" = icmp ne i32 %".2224", 0
  br i1 %".2225", label %"exit.57", label %"cont.57"
copy_last_byte.7:
  %".2202" = add i64 %"cursor.45", %".2197"
  %".2203" = sub i64 %".2202", 1
  %"ctx.32" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2204" = trunc i64 %".2203" to i32
  %".2205" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.32", i32 %".2204", i64* %"last_byte", i32 1)
  %".2206" = icmp eq i64 %".2205", 0
  %".2207" = getelementptr i8, ptr %"ctx.32", i64 76
  %".2208" = load i32, ptr %".2207", align 4
  %".2209" = zext i32 %".2208" to i64
  %"data.95" = inttoptr i64 %".2209" to ptr
  %".2210" = getelementptr i8, ptr %"ctx.32", i64 80
  %".2211" = load i32, ptr %".2210", align 4
  %".2212" = zext i32 %".2211" to i64
  %"data_end.95" = inttoptr i64 %".2212" to ptr
  %".2213" = getelementptr i8, ptr %"ctx.32", i64 144
  %"keys.95" = load ptr, ptr %".2213", align 8
  %".2214" = xor i1 %".2206", -1
  br i1 %".2214", label %"exit.56", label %"cont.56"
exit.56:
  %".2216" = trunc i64 %"cursor.45" to i16
  %".2217" = getelementptr i8, ptr %"keys.95", i64 2
  store i16 %".2216", ptr %".2217", align 2
  br label %"return"
cont.56:
  br label %"variable_part.7"
exit.57:
  %".2227" = trunc i64 %"end.7" to i16
  %".2228" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2227", ptr %".2228", align 2
  br label %"return"
cont.57:
  %".2231" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2232" = zext i16 %".2231" to i64
  %".2233" = trunc i64 %".2232" to i16
  %".2234" = call i16 @"llvm.bswap.i16"(i16 %".2233")
  %".2235" = getelementptr i8, ptr %"keys.96", i64 10
  store i16 %".2234", ptr %".2235", align 2
  %".2237" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.9")
  %".2238" = zext i16 %".2237" to i64
  switch i64 %".2238", label %"unknown.15" [i64 2048, label %"to_ipv4.12" i64 34525, label %"to_ipv6.12" i64 25944, label %"to_ethernet.1" i64 34887, label %"to_mpls.20" i64 34888, label %"to_mpls.21"]
unknown.15:
  %".2240" = trunc i64 %"end.7" to i16
  %".2241" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2240", ptr %".2241", align 2
  br label %"return"
to_ipv4.12:
  %".2244" = trunc i64 %"end.7" to i16
  %".2245" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2244", ptr %".2245", align 2
  br label %"return"
to_ipv6.12:
  %".2248" = trunc i64 %"end.7" to i16
  %".2249" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2248", ptr %".2249", align 2
  br label %"return"
to_ethernet.1:
  %".2252" = trunc i64 %"end.7" to i16
  %".2253" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2252", ptr %".2253", align 2
  br label %"return"
to_mpls.20:
  %".2256" = trunc i64 %"end.7" to i16
  %".2257" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2256", ptr %".2257", align 2
  br label %"return"
to_mpls.21:
  %".2260" = trunc i64 %"end.7" to i16
  %".2261" = getelementptr i8, ptr %"keys.96", i64 2
  store i16 %".2260", ptr %".2261", align 2
  br label %"return"
copy.24:
  %"ctx.33" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2272" = trunc i64 %"cursor.52" to i32
  %".2273" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.33", i32 %".2272", [40 x i8]* %"header_copy", i32 2)
  %".2274" = icmp eq i64 %".2273", 0
  %".2275" = getelementptr i8, ptr %"ctx.33", i64 76
  %".2276" = load i32, ptr %".2275", align 4
  %".2277" = zext i32 %".2276" to i64
  %"data.97" = inttoptr i64 %".2277" to ptr
  %".2278" = getelementptr i8, ptr %"ctx.33", i64 80
  %".2279" = load i32, ptr %".2278", align 4
  %".2280" = zext i32 %".2279" to i64
  %"data_end.97" = inttoptr i64 %".2280" to ptr
  %".2281" = getelementptr i8, ptr %"ctx.33", i64 144
  %"keys.97" = load ptr, ptr %".2281", align 8
  %".2282" = xor i1 %".2274", -1
  br i1 %".2282", label %"exit.58", label %"cont.58"
exit.58:
  %".2284" = trunc i64 %"cursor.52" to i16
  %".2285" = getelementptr i8, ptr %"keys.97", i64 2
  store i16 %".2284", ptr %".2285", align 2
  br label %"return"
cont.58:
  %".2288" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2289" = load volatile i8, [40 x i8]* %".2288", align 1
  %".2290" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2291" = load volatile i8, [40 x i8]* %".2290", align 1
  br label %"header.24"
copy_last_byte.8:
  %".2306" = add i64 %"cursor.52", %".2301"
  %".2307" = sub i64 %".2306", 1
  %"ctx.34" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2308" = trunc i64 %".2307" to i32
  %".2309" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.34", i32 %".2308", i64* %"last_byte", i32 1)
  %".2310" = icmp eq i64 %".2309", 0
  %".2311" = getelementptr i8, ptr %"ctx.34", i64 76
  %".2312" = load i32, ptr %".2311", align 4
  %".2313" = zext i32 %".2312" to i64
  %"data.99" = inttoptr i64 %".2313" to ptr
  %".2314" = getelementptr i8, ptr %"ctx.34", i64 80
  %".2315" = load i32, ptr %".2314", align 4
  %".2316" = zext i32 %".2315" to i64
  %"data_end.99" = inttoptr i64 %".2316" to ptr
  %".2317" = getelementptr i8, ptr %"ctx.34", i64 144
  %"keys.99" = load ptr, ptr %".2317", align 8
  %".2318" = xor i1 %".2310", -1
  br i1 %".2318", label %"exit.59", label %"cont.59"
exit.59:
  %".2320" = trunc i64 %"cursor.52" to i16
  %".2321" = getelementptr i8, ptr %"keys.99", i64 2
  store i16 %".2320", ptr %".2321", align 2
  br label %"return"
cont.59:
  br label %"variable_part.8"
unknown.16:
  %".2327" = trunc i64 %"end.8" to i16
  %".2328" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2327", ptr %".2328", align 2
  br label %"return"
to_ipv6_opts.12:
  %".2331" = getelementptr i8, ptr %"keys.100", i64 2
  %".2332" = trunc i64 %"end.8" to i16
  store volatile i16 %".2332", ptr %".2331", align 2
  %".2334" = load volatile i16, ptr %".2331", align 2
  %".2335" = zext i16 %".2334" to i64
  %"cursor.113" = and i64 %".2335", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.13:
  %".2337" = getelementptr i8, ptr %"keys.100", i64 2
  %".2338" = trunc i64 %"end.8" to i16
  store volatile i16 %".2338", ptr %".2337", align 2
  %".2340" = load volatile i16, ptr %".2337", align 2
  %".2341" = zext i16 %".2340" to i64
  %"cursor.114" = and i64 %".2341", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.14:
  %".2343" = getelementptr i8, ptr %"keys.100", i64 2
  %".2344" = trunc i64 %"end.8" to i16
  store volatile i16 %".2344", ptr %".2343", align 2
  %".2346" = load volatile i16, ptr %".2343", align 2
  %".2347" = zext i16 %".2346" to i64
  %"cursor.115" = and i64 %".2347", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.4:
  %".2349" = getelementptr i8, ptr %"keys.100", i64 2
  %".2350" = trunc i64 %"end.8" to i16
  store volatile i16 %".2350", ptr %".2349", align 2
  %".2352" = load volatile i16, ptr %".2349", align 2
  %".2353" = zext i16 %".2352" to i64
  %"cursor.117" = and i64 %".2353", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.6:
  %".2355" = getelementptr i8, ptr %"keys.100", i64 2
  %".2356" = trunc i64 %"end.8" to i16
  store volatile i16 %".2356", ptr %".2355", align 2
  %".2358" = load volatile i16, ptr %".2355", align 2
  %".2359" = zext i16 %".2358" to i64
  %"cursor.118" = and i64 %".2359", 16383
  br label %"tcp"
to_udp.6:
  %".2361" = getelementptr i8, ptr %"keys.100", i64 2
  %".2362" = trunc i64 %"end.8" to i16
  store volatile i16 %".2362", ptr %".2361", align 2
  %".2364" = load volatile i16, ptr %".2361", align 2
  %".2365" = zext i16 %".2364" to i64
  %"cursor.119" = and i64 %".2365", 16383
  br label %"udp"
to_udplite.6:
  %".2367" = getelementptr i8, ptr %"keys.100", i64 2
  %".2368" = trunc i64 %"end.8" to i16
  store volatile i16 %".2368", ptr %".2367", align 2
  %".2370" = load volatile i16, ptr %".2367", align 2
  %".2371" = zext i16 %".2370" to i64
  %"cursor.120" = and i64 %".2371", 16383
  br label %"udplite"
to_gre.6:
  %".2373" = getelementptr i8, ptr %"keys.100", i64 2
  %".2374" = trunc i64 %"end.8" to i16
  store volatile i16 %".2374", ptr %".2373", align 2
  %".2376" = load volatile i16, ptr %".2373", align 2
  %".2377" = zext i16 %".2376" to i64
  %"cursor.121" = and i64 %".2377", 16383
  br label %"gre_d1"
to_sctp.6:
  %".2379" = getelementptr i8, ptr %"keys.100", i64 2
  %".2380" = trunc i64 %"end.8" to i16
  store volatile i16 %".2380", ptr %".2379", align 2
  %".2382" = load volatile i16, ptr %".2379", align 2
  %".2383" = zext i16 %".2382" to i64
  %"cursor.122" = and i64 %".2383", 16383
  br label %"sctp"
to_dccp.6:
  %".2385" = getelementptr i8, ptr %"keys.100", i64 2
  %".2386" = trunc i64 %"end.8" to i16
  store volatile i16 %".2386", ptr %".2385", align 2
  %".2388" = load volatile i16, ptr %".2385", align 2
  %".2389" = zext i16 %".2388" to i64
  %"cursor.123" = and i64 %".2389", 16383
  br label %"dccp"
to_esp.6:
  %".2391" = getelementptr i8, ptr %"keys.100", i64 2
  %".2392" = trunc i64 %"end.8" to i16
  store volatile i16 %".2392", ptr %".2391", align 2
  %".2394" = load volatile i16, ptr %".2391", align 2
  %".2395" = zext i16 %".2394" to i64
  %"cursor.124" = and i64 %".2395", 16383
  br label %"esp"
to_ah.6:
  %".2397" = getelementptr i8, ptr %"keys.100", i64 2
  %".2398" = trunc i64 %"end.8" to i16
  store volatile i16 %".2398", ptr %".2397", align 2
  %".2400" = load volatile i16, ptr %".2397", align 2
  %".2401" = zext i16 %".2400" to i64
  %"cursor.125" = and i64 %".2401", 16383
  br label %"ah"
to_icmpv6.4:
  %".2403" = getelementptr i8, ptr %"keys.100", i64 2
  %".2404" = trunc i64 %"end.8" to i16
  store volatile i16 %".2404", ptr %".2403", align 2
  %".2406" = load volatile i16, ptr %".2403", align 2
  %".2407" = zext i16 %".2406" to i64
  %"cursor.126" = and i64 %".2407", 16383
  br label %"icmpv6"
to_mpls.22:
  %".2409" = trunc i64 34887 to i16
  %".2410" = call i16 @"llvm.bswap.i16"(i16 %".2409")
  %".2411" = getelementptr i8, ptr %"keys.100", i64 10
  store i16 %".2410", ptr %".2411", align 2
  %".2413" = getelementptr i8, ptr %"keys.100", i64 2
  %".2414" = trunc i64 %"end.8" to i16
  store volatile i16 %".2414", ptr %".2413", align 2
  %".2416" = load volatile i16, ptr %".2413", align 2
  %".2417" = zext i16 %".2416" to i64
  %"cursor.127" = and i64 %".2417", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.13:
  %".2419" = getelementptr i8, ptr %"keys.100", i64 8
  store i8 1, ptr %".2419", align 1
  %".2421" = getelementptr i8, ptr %"keys.100", i64 48
  %"flags.19" = load volatile i32, ptr %".2421", align 4
  %".2422" = and i32 %"flags.19", 4
  %".2423" = icmp ne i32 %".2422", 0
  br i1 %".2423", label %"exit.60", label %"cont.60"
to_ipv6.13:
  %".2433" = getelementptr i8, ptr %"keys.100", i64 8
  store i8 1, ptr %".2433", align 1
  %".2435" = getelementptr i8, ptr %"keys.100", i64 48
  %"flags.20" = load volatile i32, ptr %".2435", align 4
  %".2436" = and i32 %"flags.20", 4
  %".2437" = icmp ne i32 %".2436", 0
  br i1 %".2437", label %"exit.61", label %"cont.61"
ipv6_opts_d1_ipv6_ext2:
  %"cursor.112" = phi  i64 [%"cursor.113", %"to_ipv6_opts.12"], [%"cursor.114", %"to_ipv6_opts.13"], [%"cursor.115", %"to_ipv6_opts.14"], [%"cursor.128", %"to_ipv6_opts.15"], [%"cursor.129", %"to_ipv6_opts.16"], [%"cursor.130", %"to_ipv6_opts.17"]
  %"data.101" = phi  ptr [%"data.100", %"to_ipv6_opts.12"], [%"data.100", %"to_ipv6_opts.13"], [%"data.100", %"to_ipv6_opts.14"], [%"data.104", %"to_ipv6_opts.15"], [%"data.104", %"to_ipv6_opts.16"], [%"data.104", %"to_ipv6_opts.17"]
  %"data_end.101" = phi  ptr [%"data_end.100", %"to_ipv6_opts.12"], [%"data_end.100", %"to_ipv6_opts.13"], [%"data_end.100", %"to_ipv6_opts.14"], [%"data_end.104", %"to_ipv6_opts.15"], [%"data_end.104", %"to_ipv6_opts.16"], [%"data_end.104", %"to_ipv6_opts.17"]
  %"keys.101" = phi  ptr [%"keys.100", %"to_ipv6_opts.12"], [%"keys.100", %"to_ipv6_opts.13"], [%"keys.100", %"to_ipv6_opts.14"], [%"keys.104", %"to_ipv6_opts.15"], [%"keys.104", %"to_ipv6_opts.16"], [%"keys.104", %"to_ipv6_opts.17"]
  %"hdr.31" = getelementptr i8, ptr %"data.101", i64 %"cursor.112"
  %".3191" = getelementptr i8, ptr %"hdr.31", i64 2
  %".3192" = icmp ugt ptr %".3191", %"data_end.101"
  br i1 %".3192", label %"copy.31", label %"linear.31", !prof !0
linear.31:
  %".3194" = getelementptr i8, ptr %"hdr.31", i64 0
  %".3195" = load i8, ptr %".3194", align 1
  %".3196" = getelementptr i8, ptr %"hdr.31", i64 1
  %".3197" = load i8, ptr %".3196", align 1
  br label %"header.31"
header.31:
  %"w0_1.12" = phi  i8 [%".3195", %"linear.31"], [%".3216", %"cont.78"]
  %"w1_1.7" = phi  i8 [%".3197", %"linear.31"], [%".3218", %"cont.78"]
  %"data.122" = phi  ptr [%"data.101", %"linear.31"], [%"data.121", %"cont.78"]
  %"data_end.122" = phi  ptr [%"data_end.101", %"linear.31"], [%"data_end.121", %"cont.78"]
  %"keys.122" = phi  ptr [%"keys.101", %"linear.31"], [%"keys.121", %"cont.78"]
  %".3220" = zext i8 %"w0_1.12" to i64
  %".3221" = trunc i64 %".3220" to i8
  %".3222" = getelementptr i8, ptr %"keys.122", i64 9
  store i8 %".3221", ptr %".3222", align 1
  %".3224" = add i64 %"cursor.112", 2
  %".3225" = zext i8 %"w1_1.7" to i64
  %".3226" = mul i64 %".3225", 8
  %".3227" = add i64 %".3226", 6
  %".3228" = add i64 %".3227", 2
  %".3229" = getelementptr i8, ptr %"data.122", i64 %"cursor.112"
  %".3230" = getelementptr i8, ptr %".3229", i64 %".3228"
  %".3231" = icmp ugt ptr %".3230", %"data_end.122"
  br i1 %".3231", label %"copy_last_byte.10", label %"variable_part.10", !prof !0
variable_part.10:
  %"data.124" = phi  ptr [%"data.122", %"header.31"], [%"data.123", %"cont.79"]
  %"data_end.124" = phi  ptr [%"data_end.122", %"header.31"], [%"data_end.123", %"cont.79"]
  %"keys.124" = phi  ptr [%"keys.122", %"header.31"], [%"keys.123", %"cont.79"]
  %"end.10" = add i64 %"cursor.112", %".3228"
  %".3252" = zext i8 %"w0_1.12" to i64
  switch i64 %".3252", label %"unknown.23" [i64 0, label %"to_ipv6_opts.24" i64 43, label %"to_ipv6_opts.25" i64 60, label %"to_ipv6_opts.26" i64 44, label %"to_ipv6_frag.8" i64 6, label %"to_tcp.10" i64 17, label %"to_udp.10" i64 136, label %"to_udplite.10" i64 47, label %"to_gre.10" i64 132, label %"to_sctp.10" i64 33, label %"to_dccp.10" i64 50, label %"to_esp.10" i64 51, label %"to_ah.10" i64 58, label %"to_icmpv6.8" i64 137, label %"to_mpls.31" i64 4, label %"to_ipv4.19" i64 41, label %"to_ipv6.19"]
ipv6_frag_d1_ipv6_ext2:
  %"cursor.116" = phi  i64 [%"cursor.117", %"to_ipv6_frag.4"], [%"cursor.131", %"to_ipv6_frag.5"]
  %"data.102" = phi  ptr [%"data.100", %"to_ipv6_frag.4"], [%"data.104", %"to_ipv6_frag.5"]
  %"data_end.102" = phi  ptr [%"data_end.100", %"to_ipv6_frag.4"], [%"data_end.104", %"to_ipv6_frag.5"]
  %"keys.102" = phi  ptr [%"keys.100", %"to_ipv6_frag.4"], [%"keys.104", %"to_ipv6_frag.5"]
  %"hdr.32" = getelementptr i8, ptr %"data.102", i64 %"cursor.116"
  %".3374" = getelementptr i8, ptr %"hdr.32", i64 8
  %".3375" = icmp ugt ptr %".3374", %"data_end.102"
  br i1 %".3375", label %"copy.32", label %"linear.32", !prof !0
linear.32:
  %".3377" = getelementptr i8, ptr %"hdr.32", i64 0
  %".3378" = load i8, ptr %".3377", align 1
  %".3379" = getelementptr i8, ptr %"hdr.32", i64 2
  %".3380" = load i16, ptr %".3379", align 2
  br label %"header.32"
header.32:
  %"w0_1.13" = phi  i8 [%".3378", %"linear.32"], [%".3399", %"cont.82"]
  %"w2_2.13" = phi  i16 [%".3380", %"linear.32"], [%".3401", %"cont.82"]
  %"data.128" = phi  ptr [%"data.102", %"linear.32"], [%"data.127", %"cont.82"]
  %"data_end.128" = phi  ptr [%"data_end.102", %"linear.32"], [%"data_end.127", %"cont.82"]
  %"keys.128" = phi  ptr [%"keys.102", %"linear.32"], [%"keys.127", %"cont.82"]
  %".3403" = zext i8 %"w0_1.13" to i64
  %".3404" = trunc i64 %".3403" to i8
  %".3405" = getelementptr i8, ptr %"keys.128", i64 9
  store i8 %".3404", ptr %".3405", align 1
  %".3407" = add i64 %"cursor.116", 8
  %".3408" = icmp ne i64 1, 0
  %".3409" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.13")
  %".3410" = zext i16 %".3409" to i64
  %".3411" = and i64 %".3410", 65528
  %".3412" = icmp eq i64 %".3411", 0
  br i1 %".3408", label %"fragment.5", label %"not_fragment.5"
exit.60:
  %".2425" = trunc i64 %"end.8" to i16
  %".2426" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2425", ptr %".2426", align 2
  br label %"return"
cont.60:
  %".2429" = trunc i64 %"end.8" to i16
  %".2430" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2429", ptr %".2430", align 2
  br label %"return"
exit.61:
  %".2439" = trunc i64 %"end.8" to i16
  %".2440" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2439", ptr %".2440", align 2
  br label %"return"
cont.61:
  %".2443" = trunc i64 %"end.8" to i16
  %".2444" = getelementptr i8, ptr %"keys.100", i64 2
  store i16 %".2443", ptr %".2444", align 2
  br label %"return"
copy.25:
  %"ctx.35" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2455" = trunc i64 %"cursor.56" to i32
  %".2456" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.35", i32 %".2455", [40 x i8]* %"header_copy", i32 8)
  %".2457" = icmp eq i64 %".2456", 0
  %".2458" = getelementptr i8, ptr %"ctx.35", i64 76
  %".2459" = load i32, ptr %".2458", align 4
  %".2460" = zext i32 %".2459" to i64
  %"data.103" = inttoptr i64 %".2460" to ptr
  %".2461" = getelementptr i8, ptr %"ctx.35", i64 80
  %".2462" = load i32, ptr %".2461", align 4
  %".2463" = zext i32 %".2462" to i64
  %"data_end.103" = inttoptr i64 %".2463" to ptr
  %".2464" = getelementptr i8, ptr %"ctx.35", i64 144
  %"keys.103" = load ptr, ptr %".2464", align 8
  %".2465" = xor i1 %".2457", -1
  br i1 %".2465", label %"exit.62", label %"cont.62"
exit.62:
  %".2467" = trunc i64 %"cursor.56" to i16
  %".2468" = getelementptr i8, ptr %"keys.103", i64 2
  store i16 %".2467", ptr %".2468", align 2
  br label %"return"
cont.62:
  %".2471" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2472" = load volatile i8, [40 x i8]* %".2471", align 1
  %".2473" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2474" = load volatile i16, [40 x i8]* %".2473", align 2
  br label %"header.25"
fragment.3:
  %".2487" = getelementptr i8, ptr %"keys.104", i64 6
  store i8 1, ptr %".2487", align 1
  br i1 %".2485", label %"first_fragment.3", label %"later_fragment.3"
not_fragment.3:
  %".2506" = zext i8 %"w0_1.8" to i64
  switch i64 %".2506", label %"unknown.17" [i64 0, label %"to_ipv6_opts.15" i64 43, label %"to_ipv6_opts.16" i64 60, label %"to_ipv6_opts.17" i64 44, label %"to_ipv6_frag.5" i64 6, label %"to_tcp.7" i64 17, label %"to_udp.7" i64 136, label %"to_udplite.7" i64 47, label %"to_gre.7" i64 132, label %"to_sctp.7" i64 33, label %"to_dccp.7" i64 50, label %"to_esp.7" i64 51, label %"to_ah.7" i64 58, label %"to_icmpv6.5" i64 137, label %"to_mpls.23" i64 4, label %"to_ipv4.14" i64 41, label %"to_ipv6.14"]
first_fragment.3:
  %".2494" = getelementptr i8, ptr %"keys.104", i64 7
  store i8 1, ptr %".2494", align 1
  %".2496" = getelementptr i8, ptr %"keys.104", i64 48
  %"flags.21" = load volatile i32, ptr %".2496", align 4
  %".2497" = and i32 %"flags.21", 1
  %".2498" = icmp ne i32 %".2497", 0
  %".2499" = xor i1 %".2498", -1
  br i1 %".2499", label %"exit.63", label %"cont.63"
later_fragment.3:
  %".2490" = trunc i64 %".2480" to i16
  %".2491" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2490", ptr %".2491", align 2
  br label %"return"
exit.63:
  %".2501" = trunc i64 %".2480" to i16
  %".2502" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2501", ptr %".2502", align 2
  br label %"return"
cont.63:
  br label %"not_fragment.3"
unknown.17:
  %".2508" = trunc i64 %".2480" to i16
  %".2509" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2508", ptr %".2509", align 2
  br label %"return"
to_ipv6_opts.15:
  %".2512" = getelementptr i8, ptr %"keys.104", i64 2
  %".2513" = trunc i64 %".2480" to i16
  store volatile i16 %".2513", ptr %".2512", align 2
  %".2515" = load volatile i16, ptr %".2512", align 2
  %".2516" = zext i16 %".2515" to i64
  %"cursor.128" = and i64 %".2516", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.16:
  %".2518" = getelementptr i8, ptr %"keys.104", i64 2
  %".2519" = trunc i64 %".2480" to i16
  store volatile i16 %".2519", ptr %".2518", align 2
  %".2521" = load volatile i16, ptr %".2518", align 2
  %".2522" = zext i16 %".2521" to i64
  %"cursor.129" = and i64 %".2522", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_opts.17:
  %".2524" = getelementptr i8, ptr %"keys.104", i64 2
  %".2525" = trunc i64 %".2480" to i16
  store volatile i16 %".2525", ptr %".2524", align 2
  %".2527" = load volatile i16, ptr %".2524", align 2
  %".2528" = zext i16 %".2527" to i64
  %"cursor.130" = and i64 %".2528", 16383
  br label %"ipv6_opts_d1_ipv6_ext2"
to_ipv6_frag.5:
  %".2530" = getelementptr i8, ptr %"keys.104", i64 2
  %".2531" = trunc i64 %".2480" to i16
  store volatile i16 %".2531", ptr %".2530", align 2
  %".2533" = load volatile i16, ptr %".2530", align 2
  %".2534" = zext i16 %".2533" to i64
  %"cursor.131" = and i64 %".2534", 16383
  br label %"ipv6_frag_d1_ipv6_ext2"
to_tcp.7:
  %".2536" = getelementptr i8, ptr %"keys.104", i64 2
  %".2537" = trunc i64 %".2480" to i16
  store volatile i16 %".2537", ptr %".2536", align 2
  %".2539" = load volatile i16, ptr %".2536", align 2
  %".2540" = zext i16 %".2539" to i64
  %"cursor.132" = and i64 %".2540", 16383
  br label %"tcp"
to_udp.7:
  %".2542" = getelementptr i8, ptr %"keys.104", i64 2
  %".2543" = trunc i64 %".2480" to i16
  store volatile i16 %".2543", ptr %".2542", align 2
  %".2545" = load volatile i16, ptr %".2542", align 2
  %".2546" = zext i16 %".2545" to i64
  %"cursor.133" = and i64 %".2546", 16383
  br label %"udp"
to_udplite.7:
  %".2548" = getelementptr i8, ptr %"keys.104", i64 2
  %".2549" = trunc i64 %".2480" to i16
  store volatile i16 %".2549", ptr %".2548", align 2
  %".2551" = load volatile i16, ptr %".2548", align 2
  %".2552" = zext i16 %".2551" to i64
  %"cursor.134" = and i64 %".2552", 16383
  br label %"udplite"
to_gre.7:
  %".2554" = getelementptr i8, ptr %"keys.104", i64 2
  %".2555" = trunc i64 %".2480" to i16
  store volatile i16 %".2555", ptr %".2554", align 2
  %".2557" = load volatile i16, ptr %".2554", align 2
  %".2558" = zext i16 %".2557" to i64
  %"cursor.135" = and i64 %".2558", 16383
  br label %"gre_d1"
to_sctp.7:
  %".2560" = getelementptr i8, ptr %"keys.104", i64 2
  %".2561" = trunc i64 %".2480" to i16
  store volatile i16 %".2561", ptr %".2560", align 2
  %".2563" = load volatile i16, ptr %".2560", align 2
  %".2564" = zext i16 %".2563" to i64
  %"cursor.136" = and i64 %".2564", 16383
  br label %"sctp"
to_dccp.7:
  %".2566" = getelementptr i8, ptr %"keys.104", i64 2
  %".2567" = trunc i64 %".2480" to i16
  store volatile i16 %".2567", ptr %".2566", align 2
  %".2569" = load volatile i16, ptr %".2566", align 2
  %".2570" = zext i16 %".2569" to i64
  %"cursor.137" = and i64 %".2570", 16383
  br label %"dccp"
to_esp.7:
  %".2572" = getelementptr i8, ptr %"keys.104", i64 2
  %".2573" = trunc i64 %".2480" to i16
  store volatile i16 %".2573", ptr %".2572", align 2
  %".2575" = load volatile i16, ptr %".2572", align 2
  %".2576" = zext i16 %".2575" to i64
  %"cursor.138" = and i64 %".2576", 16383
  br label %"esp"
to_ah.7:
  %".2578" = getelementptr i8, ptr %"keys.104", i64 2
  %".2579" = trunc i64 %".2480" to i16
  store volatile i16 %".2579", ptr %".2578", align 2
  %".2581" = load volatile i16, ptr %".2578", align 2
  %".2582" = zext i16 %".2581" to i64
  %"cursor.139" = and i64 %".2582", 16383
  br label %"ah"
to_icmpv6.5:
  %".2584" = getelementptr i8, ptr %"keys.104", i64 2
  %".2585" = trunc i64 %".2480" to i16
  store volatile i16 %".2585", ptr %".2584", align 2
  %".2587" = load volatile i16, ptr %".2584", align 2
  %".2588" = zext i16 %".2587" to i64
  %"cursor.140" = and i64 %".2588", 16383
  br label %"icmpv6"
to_mpls.23:
  %".2590" = trunc i64 34887 to i16
  %".2591" = call i16 @"llvm.bswap.i16"(i16 %".2590")
  %".2592" = getelementptr i8, ptr %"keys.104", i64 10
  store i16 %".2591", ptr %".2592", align 2
  %".2594" = getelementptr i8, ptr %"keys.104", i64 2
  %".2595" = trunc i64 %".2480" to i16
  store volatile i16 %".2595", ptr %".2594", align 2
  %".2597" = load volatile i16, ptr %".2594", align 2
  %".2598" = zext i16 %".2597" to i64
  %"cursor.141" = and i64 %".2598", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.14:
  %".2600" = getelementptr i8, ptr %"keys.104", i64 8
  store i8 1, ptr %".2600", align 1
  %".2602" = getelementptr i8, ptr %"keys.104", i64 48
  %"flags.22" = load volatile i32, ptr %".2602", align 4
  %".2603" = and i32 %"flags.22", 4
  %".2604" = icmp ne i32 %".2603", 0
  br i1 %".2604", label %"exit.64", label %"cont.64"
to_ipv6.14:
  %".2614" = getelementptr i8, ptr %"keys.104", i64 8
  store i8 1, ptr %".2614", align 1
  %".2616" = getelementptr i8, ptr %"keys.104", i64 48
  %"flags.23" = load volatile i32, ptr %".2616", align 4
  %".2617" = and i32 %"flags.23", 4
  %".2618" = icmp ne i32 %".2617", 0
  br i1 %".2618", label %"exit.65", label %"cont.65"
exit.64:
  %".2606" = trunc i64 %".2480" to i16
  %".2607" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2606", ptr %".2607", align 2
  br label %"return"
cont.64:
  %".2610" = trunc i64 %".2480" to i16
  %".2611" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2610", ptr %".2611", align 2
  br label %"return"
exit.65:
  %".2620" = trunc i64 %".2480" to i16
  %".2621" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2620", ptr %".2621", align 2
  br label %"return"
cont.65:
  %".2624" = trunc i64 %".2480" to i16
  %".2625" = getelementptr i8, ptr %"keys.104", i64 2
  store i16 %".2624", ptr %".2625", align 2
  br label %"return"
copy.26:
  %"ctx.36" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2636" = trunc i64 %"cursor.67" to i32
  %".2637" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.36", i32 %".2636", [40 x i8]* %"header_copy", i32 2)
  %".2638" = icmp eq i64 %".2637", 0
  %".2639" = getelementptr i8, ptr %"ctx.36", i64 76
  %".2640" = load i32, ptr %".2639", align 4
  %".2641" = zext i32 %".2640" to i64
  %"data.105" = inttoptr i64 %".2641" to ptr
  %".2642" = getelementptr i8, ptr %"ctx.36", i64 80
  %".2643" = load i32, ptr %".2642", align 4
  %".2644" = zext i32 %".2643" to i64
  %"data_end.105" = inttoptr i64 %".2644" to ptr
  %".2645" = getelementptr i8, ptr %"ctx.36", i64 144
  %"keys.105" = load ptr, ptr %".2645", align 8
  %".2646" = xor i1 %".2638", -1
  br i1 %".2646", label %"exit.66", label %"cont.66"
exit.66:
  %".2648" = trunc i64 %"cursor.67" to i16
  %".2649" = getelementptr i8, ptr %"keys.105", i64 2
  store i16 %".2648", ptr %".2649", align 2
  br label %"return"
cont.66:
  %".2652" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2653" = load volatile i8, [40 x i8]* %".2652", align 1
  %".2654" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".2655" = load volatile i8, [40 x i8]* %".2654", align 1
  br label %"header.26"
copy_last_byte.9:
  %".2670" = add i64 %"cursor.67", %".2665"
  %".2671" = sub i64 %".2670", 1
  %"ctx.37" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2672" = trunc i64 %".2671" to i32
  %".2673" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.37", i32 %".2672", i64* %"last_byte", i32 1)
  %".2674" = icmp eq i64 %".2673", 0
  %".2675" = getelementptr i8, ptr %"ctx.37", i64 76
  %".2676" = load i32, ptr %".2675", align 4
  %".2677" = zext i32 %".2676" to i64
  %"data.107" = inttoptr i64 %".2677" to ptr
  %".2678" = getelementptr i8, ptr %"ctx.37", i64 80
  %".2679" = load i32, ptr %".2678", align 4
  %".2680" = zext i32 %".2679" to i64
  %"data_end.107" = inttoptr i64 %".2680" to ptr
  %".2681" = getelementptr i8, ptr %"ctx.37", i64 144
  %"keys.107" = load ptr, ptr %".2681", align 8
  %".2682" = xor i1 %".2674", -1
  br i1 %".2682", label %"exit.67", label %"cont.67"
exit.67:
  %".2684" = trunc i64 %"cursor.67" to i16
  %".2685" = getelementptr i8, ptr %"keys.107", i64 2
  store i16 %".2684", ptr %".2685", align 2
  br label %"return"
cont.67:
  br label %"variable_part.9"
unknown.18:
  %".2691" = trunc i64 %"end.9" to i16
  %".2692" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2691", ptr %".2692", align 2
  br label %"return"
to_ipv6_opts.18:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.19:
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.20:
  %".2697" = getelementptr i8, ptr %"keys.108", i64 2
  %".2698" = trunc i64 %"end.9" to i16
  store volatile i16 %".2698", ptr %".2697", align 2
  %".2700" = load volatile i16, ptr %".2697", align 2
  %".2701" = zext i16 %".2700" to i64
  %"cursor.143" = and i64 %".2701", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.6:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.8:
  %".2704" = getelementptr i8, ptr %"keys.108", i64 2
  %".2705" = trunc i64 %"end.9" to i16
  store volatile i16 %".2705", ptr %".2704", align 2
  %".2707" = load volatile i16, ptr %".2704", align 2
  %".2708" = zext i16 %".2707" to i64
  %"cursor.145" = and i64 %".2708", 16383
  br label %"tcp"
to_udp.8:
  %".2710" = getelementptr i8, ptr %"keys.108", i64 2
  %".2711" = trunc i64 %"end.9" to i16
  store volatile i16 %".2711", ptr %".2710", align 2
  %".2713" = load volatile i16, ptr %".2710", align 2
  %".2714" = zext i16 %".2713" to i64
  %"cursor.146" = and i64 %".2714", 16383
  br label %"udp"
to_udplite.8:
  %".2716" = getelementptr i8, ptr %"keys.108", i64 2
  %".2717" = trunc i64 %"end.9" to i16
  store volatile i16 %".2717", ptr %".2716", align 2
  %".2719" = load volatile i16, ptr %".2716", align 2
  %".2720" = zext i16 %".2719" to i64
  %"cursor.147" = and i64 %".2720", 16383
  br label %"udplite"
to_gre.8:
  %".2722" = getelementptr i8, ptr %"keys.108", i64 2
  %".2723" = trunc i64 %"end.9" to i16
  store volatile i16 %".2723", ptr %".2722", align 2
  %".2725" = load volatile i16, ptr %".2722", align 2
  %".2726" = zext i16 %".2725" to i64
  %"cursor.148" = and i64 %".2726", 16383
  br label %"gre_d0"
to_sctp.8:
  %".2728" = getelementptr i8, ptr %"keys.108", i64 2
  %".2729" = trunc i64 %"end.9" to i16
  store volatile i16 %".2729", ptr %".2728", align 2
  %".2731" = load volatile i16, ptr %".2728", align 2
  %".2732" = zext i16 %".2731" to i64
  %"cursor.149" = and i64 %".2732", 16383
  br label %"sctp"
to_dccp.8:
  %".2734" = getelementptr i8, ptr %"keys.108", i64 2
  %".2735" = trunc i64 %"end.9" to i16
  store volatile i16 %".2735", ptr %".2734", align 2
  %".2737" = load volatile i16, ptr %".2734", align 2
  %".2738" = zext i16 %".2737" to i64
  %"cursor.150" = and i64 %".2738", 16383
  br label %"dccp"
to_esp.8:
  %".2740" = getelementptr i8, ptr %"keys.108", i64 2
  %".2741" = trunc i64 %"end.9" to i16
  store volatile i16 %".2741", ptr %".2740", align 2
  %".2743" = load volatile i16, ptr %".2740", align 2
  %".2744" = zext i16 %".2743" to i64
  %"cursor.151" = and i64 %".2744", 16383
  br label %"esp"
to_ah.8:
  %".2746" = getelementptr i8, ptr %"keys.108", i64 2
  %".2747" = trunc i64 %"end.9" to i16
  store volatile i16 %".2747", ptr %".2746", align 2
  %".2749" = load volatile i16, ptr %".2746", align 2
  %".2750" = zext i16 %".2749" to i64
  %"cursor.152" = and i64 %".2750", 16383
  br label %"ah"
to_icmpv6.6:
  %".2752" = getelementptr i8, ptr %"keys.108", i64 2
  %".2753" = trunc i64 %"end.9" to i16
  store volatile i16 %".2753", ptr %".2752", align 2
  %".2755" = load volatile i16, ptr %".2752", align 2
  %".2756" = zext i16 %".2755" to i64
  %"cursor.153" = and i64 %".2756", 16383
  br label %"icmpv6"
to_mpls.24:
  %".2758" = trunc i64 34887 to i16
  %".2759" = call i16 @"llvm.bswap.i16"(i16 %".2758")
  %".2760" = getelementptr i8, ptr %"keys.108", i64 10
  store i16 %".2759", ptr %".2760", align 2
  %".2762" = getelementptr i8, ptr %"keys.108", i64 2
  %".2763" = trunc i64 %"end.9" to i16
  store volatile i16 %".2763", ptr %".2762", align 2
  %".2765" = load volatile i16, ptr %".2762", align 2
  %".2766" = zext i16 %".2765" to i64
  %"cursor.154" = and i64 %".2766", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.15:
  %".2768" = getelementptr i8, ptr %"keys.108", i64 8
  store i8 1, ptr %".2768", align 1
  %".2770" = getelementptr i8, ptr %"keys.108", i64 48
  %"flags.24" = load volatile i32, ptr %".2770", align 4
  %".2771" = and i32 %"flags.24", 4
  %".2772" = icmp ne i32 %".2771", 0
  br i1 %".2772", label %"exit.68", label %"cont.68"
to_ipv6.15:
  %".2784" = getelementptr i8, ptr %"keys.108", i64 8
  store i8 1, ptr %".2784", align 1
  %".2786" = getelementptr i8, ptr %"keys.108", i64 48
  %"flags.25" = load volatile i32, ptr %".2786", align 4
  %".2787" = and i32 %"flags.25", 4
  %".2788" = icmp ne i32 %".2787", 0
  br i1 %".2788", label %"exit.69", label %"cont.69"
ipv6_opts_d0_ipv6_ext3:
  %"cursor.142" = phi  i64 [%"end.9", %"to_ipv6_opts.18"], [%"end.9", %"to_ipv6_opts.19"], [%"cursor.143", %"to_ipv6_opts.20"], [%"cursor.157", %"to_ipv6_opts.21"], [%"cursor.158", %"to_ipv6_opts.22"], [%"cursor.159", %"to_ipv6_opts.23"]
  %"data.109" = phi  ptr [%"data.108", %"to_ipv6_opts.18"], [%"data.108", %"to_ipv6_opts.19"], [%"data.108", %"to_ipv6_opts.20"], [%"data.112", %"to_ipv6_opts.21"], [%"data.112", %"to_ipv6_opts.22"], [%"data.112", %"to_ipv6_opts.23"]
  %"data_end.109" = phi  ptr [%"data_end.108", %"to_ipv6_opts.18"], [%"data_end.108", %"to_ipv6_opts.19"], [%"data_end.108", %"to_ipv6_opts.20"], [%"data_end.112", %"to_ipv6_opts.21"], [%"data_end.112", %"to_ipv6_opts.22"], [%"data_end.112", %"to_ipv6_opts.23"]
  %"keys.109" = phi  ptr [%"keys.108", %"to_ipv6_opts.18"], [%"keys.108", %"to_ipv6_opts.19"], [%"keys.108", %"to_ipv6_opts.20"], [%"keys.112", %"to_ipv6_opts.21"], [%"keys.112", %"to_ipv6_opts.22"], [%"keys.112", %"to_ipv6_opts.23"]
  %"hdr.33" = getelementptr i8, ptr %"data.109", i64 %"cursor.142"
  %".3555" = getelementptr i8, ptr %"hdr.33", i64 2
  %".3556" = icmp ugt ptr %".3555", %"data_end.109"
  br i1 %".3556", label %"copy.33", label %"linear.33", !prof !0
linear.33:
  %".3558" = getelementptr i8, ptr %"hdr.33", i64 0
  %".3559" = load i8, ptr %".3558", align 1
  %".3560" = getelementptr i8, ptr %"hdr.33", i64 1
  %".3561" = load i8, ptr %".3560", align 1
  br label %"header.33"
header.33:
  %"w0_1.14" = phi  i8 [%".3559", %"linear.33"], [%".3580", %"cont.86"]
  %"w1_1.8" = phi  i8 [%".3561", %"linear.33"], [%".3582", %"cont.86"]
  %"data.130" = phi  ptr [%"data.109", %"linear.33"], [%"data.129", %"cont.86"]
  %"data_end.130" = phi  ptr [%"data_end.109", %"linear.33"], [%"data_end.129", %"cont.86"]
  %"keys.130" = phi  ptr [%"keys.109", %"linear.33"], [%"keys.129", %"cont.86"]
  %".3584" = zext i8 %"w0_1.14" to i64
  %".3585" = trunc i64 %".3584" to i8
  %".3586" = getelementptr i8, ptr %"keys.130", i64 9
  store i8 %".3585", ptr %".3586", align 1
  %".3588" = add i64 %"cursor.142", 2
  %".3589" = zext i8 %"w1_1.8" to i64
  %".3590" = mul i64 %".3589", 8
  %".3591" = add i64 %".3590", 6
  %".3592" = add i64 %".3591", 2
  %".3593" = getelementptr i8, ptr %"data.130", i64 %"cursor.142"
  %".3594" = getelementptr i8, ptr %".3593", i64 %".3592"
  %".3595" = icmp ugt ptr %".3594", %"data_end.130"
  br i1 %".3595", label %"copy_last_byte.11", label %"variable_part.11", !prof !0
variable_part.11:
  %"data.132" = phi  ptr [%"data.130", %"header.33"], [%"data.131", %"cont.87"]
  %"data_end.132" = phi  ptr [%"data_end.130", %"header.33"], [%"data_end.131", %"cont.87"]
  %"keys.132" = phi  ptr [%"keys.130", %"header.33"], [%"keys.131", %"cont.87"]
  %"end.11" = add i64 %"cursor.142", %".3592"
  %".3616" = zext i8 %"w0_1.14" to i64
  switch i64 %".3616", label %"unknown.25" [i64 0, label %"to_ipv6_opts.30" i64 43, label %"to_ipv6_opts.31" i64 60, label %"to_ipv6_opts.32" i64 44, label %"to_ipv6_frag.10" i64 6, label %"to_tcp.12" i64 17, label %"to_udp.12" i64 136, label %"to_udplite.12" i64 47, label %"to_gre.12" i64 132, label %"to_sctp.12" i64 33, label %"to_dccp.12" i64 50, label %"to_esp.12" i64 51, label %"to_ah.12" i64 58, label %"to_icmpv6.10" i64 137, label %"to_mpls.33" i64 4, label %"to_ipv4.21" i64 41, label %"to_ipv6.21"]
ipv6_frag_d0_ipv6_ext3:
  %"cursor.144" = phi  i64 [%"end.9", %"to_ipv6_frag.6"], [%".2833", %"to_ipv6_frag.7"]
  %"data.110" = phi  ptr [%"data.108", %"to_ipv6_frag.6"], [%"data.112", %"to_ipv6_frag.7"]
  %"data_end.110" = phi  ptr [%"data_end.108", %"to_ipv6_frag.6"], [%"data_end.112", %"to_ipv6_frag.7"]
  %"keys.110" = phi  ptr [%"keys.108", %"to_ipv6_frag.6"], [%"keys.112", %"to_ipv6_frag.7"]
  %"hdr.34" = getelementptr i8, ptr %"data.110", i64 %"cursor.144"
  %".3734" = getelementptr i8, ptr %"hdr.34", i64 8
  %".3735" = icmp ugt ptr %".3734", %"data_end.110"
  br i1 %".3735", label %"copy.34", label %"linear.34", !prof !0
linear.34:
  %".3737" = getelementptr i8, ptr %"hdr.34", i64 0
  %".3738" = load i8, ptr %".3737", align 1
  %".3739" = getelementptr i8, ptr %"hdr.34", i64 2
  %".3740" = load i16, ptr %".3739", align 2
  br label %"header.34"
header.34:
  %"w0_1.15" = phi  i8 [%".3738", %"linear.34"], [%".3759", %"cont.90"]
  %"w2_2.14" = phi  i16 [%".3740", %"linear.34"], [%".3761", %"cont.90"]
  %"data.134" = phi  ptr [%"data.110", %"linear.34"], [%"data.133", %"cont.90"]
  %"data_end.134" = phi  ptr [%"data_end.110", %"linear.34"], [%"data_end.133", %"cont.90"]
  %"keys.134" = phi  ptr [%"keys.110", %"linear.34"], [%"keys.133", %"cont.90"]
  %".3763" = zext i8 %"w0_1.15" to i64
  %".3764" = trunc i64 %".3763" to i8
  %".3765" = getelementptr i8, ptr %"keys.134", i64 9
  store i8 %".3764", ptr %".3765", align 1
  %".3767" = add i64 %"cursor.144", 8
  %".3768" = icmp ne i64 1, 0
  %".3769" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.14")
  %".3770" = zext i16 %".3769" to i64
  %".3771" = and i64 %".3770", 65528
  %".3772" = icmp eq i64 %".3771", 0
  br i1 %".3768", label %"fragment.6", label %"not_fragment.6"
exit.68:
  %".2774" = trunc i64 %"end.9" to i16
  %".2775" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2774", ptr %".2775", align 2
  br label %"return"
cont.68:
  %".2778" = getelementptr i8, ptr %"keys.108", i64 2
  %".2779" = trunc i64 %"end.9" to i16
  store volatile i16 %".2779", ptr %".2778", align 2
  %".2781" = load volatile i16, ptr %".2778", align 2
  %".2782" = zext i16 %".2781" to i64
  %"cursor.155" = and i64 %".2782", 16383
  br label %"ipv4_d1"
exit.69:
  %".2790" = trunc i64 %"end.9" to i16
  %".2791" = getelementptr i8, ptr %"keys.108", i64 2
  store i16 %".2790", ptr %".2791", align 2
  br label %"return"
cont.69:
  %".2794" = getelementptr i8, ptr %"keys.108", i64 2
  %".2795" = trunc i64 %"end.9" to i16
  store volatile i16 %".2795", ptr %".2794", align 2
  %".2797" = load volatile i16, ptr %".2794", align 2
  %".2798" = zext i16 %".2797" to i64
  %"cursor.156" = and i64 %".2798", 16383
  br label %"ipv6_d1"
copy.27:
  %"ctx.38" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2808" = trunc i64 %"cursor.69" to i32
  %".2809" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.38", i32 %".2808", [40 x i8]* %"header_copy", i32 8)
  %".2810" = icmp eq i64 %".2809", 0
  %".2811" = getelementptr i8, ptr %"ctx.38", i64 76
  %".2812" = load i32, ptr %".2811", align 4
  %".2813" = zext i32 %".2812" to i64
  %"data.111" = inttoptr i64 %".2813" to ptr
  %".2814" = getelementptr i8, ptr %"ctx.38", i64 80
  %".2815" = load i32, ptr %".2814", align 4
  %".2816" = zext i32 %".2815" to i64
  %"data_end.111" = inttoptr i64 %".2816" to ptr
  %".2817" = getelementptr i8, ptr %"ctx.38", i64 144
  %"keys.111" = load ptr, ptr %".2817", align 8
  %".2818" = xor i1 %".2810", -1
  br i1 %".2818", label %"exit.70", label %"cont.70"
exit.70:
  %".2820" = trunc i64 %"cursor.69" to i16
  %".2821" = getelementptr i8, ptr %"keys.111", i64 2
  store i16 %".2820", ptr %".2821", align 2
  br label %"return"
cont.70:
  %".2824" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".2825" = load volatile i8, [40 x i8]* %".2824", align 1
  %".2826" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".2827" = load volatile i16, [40 x i8]* %".2826", align 2
  br label %"header.27"
fragment.4:
  %".2840" = getelementptr i8, ptr %"keys.112", i64 6
  store i8 1, ptr %".2840", align 1
  br i1 %".2838", label %"first_fragment.4", label %"later_fragment.4"
not_fragment.4:
  %".2859" = zext i8 %"w0_1.10" to i64
  switch i64 %".2859", label %"unknown.19" [i64 0, label %"to_ipv6_opts.21" i64 43, label %"to_ipv6_opts.22" i64 60, label %"to_ipv6_opts.23" i64 44, label %"to_ipv6_frag.7" i64 6, label %"to_tcp.9" i64 17, label %"to_udp.9" i64 136, label %"to_udplite.9" i64 47, label %"to_gre.9" i64 132, label %"to_sctp.9" i64 33, label %"to_dccp.9" i64 50, label %"to_esp.9" i64 51, label %"to_ah.9" i64 58, label %"to_icmpv6.7" i64 137, label %"to_mpls.25" i64 4, label %"to_ipv4.16" i64 41, label %"to_ipv6.16"]
first_fragment.4:
  %".2847" = getelementptr i8, ptr %"keys.112", i64 7
  store i8 1, ptr %".2847", align 1
  %".2849" = getelementptr i8, ptr %"keys.112", i64 48
  %"flags.26" = load volatile i32, ptr %".2849", align 4
  %".2850" = and i32 %"flags.26", 1
  %".2851" = icmp ne i32 %".2850", 0
  %".2852" = xor i1 %".2851", -1
  br i1 %".2852", label %"exit.71", label %"cont.71"
later_fragment.4:
  %".2843" = trunc i64 %".2833" to i16
  %".2844" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2843", ptr %".2844", align 2
  br label %"return"
exit.71:
  %".2854" = trunc i64 %".2833" to i16
  %".2855" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2854", ptr %".2855", align 2
  br label %"return"
cont.71:
  br label %"not_fragment.4"
unknown.19:
  %".2861" = trunc i64 %".2833" to i16
  %".2862" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2861", ptr %".2862", align 2
  br label %"return"
to_ipv6_opts.21:
  %".2865" = getelementptr i8, ptr %"keys.112", i64 2
  %".2866" = trunc i64 %".2833" to i16
  store volatile i16 %".2866", ptr %".2865", align 2
  %".2868" = load volatile i16, ptr %".2865", align 2
  %".2869" = zext i16 %".2868" to i64
  %"cursor.157" = and i64 %".2869", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.22:
  %".2871" = getelementptr i8, ptr %"keys.112", i64 2
  %".2872" = trunc i64 %".2833" to i16
  store volatile i16 %".2872", ptr %".2871", align 2
  %".2874" = load volatile i16, ptr %".2871", align 2
  %".2875" = zext i16 %".2874" to i64
  %"cursor.158" = and i64 %".2875", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_opts.23:
  %".2877" = getelementptr i8, ptr %"keys.112", i64 2
  %".2878" = trunc i64 %".2833" to i16
  store volatile i16 %".2878", ptr %".2877", align 2
  %".2880" = load volatile i16, ptr %".2877", align 2
  %".2881" = zext i16 %".2880" to i64
  %"cursor.159" = and i64 %".2881", 16383
  br label %"ipv6_opts_d0_ipv6_ext3"
to_ipv6_frag.7:
  br label %"ipv6_frag_d0_ipv6_ext3"
to_tcp.9:
  %".2884" = getelementptr i8, ptr %"keys.112", i64 2
  %".2885" = trunc i64 %".2833" to i16
  store volatile i16 %".2885", ptr %".2884", align 2
  %".2887" = load volatile i16, ptr %".2884", align 2
  %".2888" = zext i16 %".2887" to i64
  %"cursor.160" = and i64 %".2888", 16383
  br label %"tcp"
to_udp.9:
  %".2890" = getelementptr i8, ptr %"keys.112", i64 2
  %".2891" = trunc i64 %".2833" to i16
  store volatile i16 %".2891", ptr %".2890", align 2
  %".2893" = load volatile i16, ptr %".2890", align 2
  %".2894" = zext i16 %".2893" to i64
  %"cursor.161" = and i64 %".2894", 16383
  br label %"udp"
to_udplite.9:
  %".2896" = getelementptr i8, ptr %"keys.112", i64 2
  %".2897" = trunc i64 %".2833" to i16
  store volatile i16 %".2897", ptr %".2896", align 2
  %".2899" = load volatile i16, ptr %".2896", align 2
  %".2900" = zext i16 %".2899" to i64
  %"cursor.162" = and i64 %".2900", 16383
  br label %"udplite"
to_gre.9:
  %".2902" = getelementptr i8, ptr %"keys.112", i64 2
  %".2903" = trunc i64 %".2833" to i16
  store volatile i16 %".2903", ptr %".2902", align 2
  %".2905" = load volatile i16, ptr %".2902", align 2
  %".2906" = zext i16 %".2905" to i64
  %"cursor.163" = and i64 %".2906", 16383
  br label %"gre_d0"
to_sctp.9:
  %".2908" = getelementptr i8, ptr %"keys.112", i64 2
  %".2909" = trunc i64 %".2833" to i16
  store volatile i16 %".2909", ptr %".2908", align 2
  %".2911" = load volatile i16, ptr %".2908", align 2
  %".2912" = zext i16 %".2911" to i64
  %"cursor.164" = and i64 %".2912", 16383
  br label %"sctp"
to_dccp.9:
  %".2914" = getelementptr i8, ptr %"keys.112", i64 2
  %".2915" = trunc i64 %".2833" to i16
  store volatile i16 %".2915", ptr %".2914", align 2
  %".2917" = load volatile i16, ptr %".2914", align 2
  %".2918" = zext i16 %".2917" to i64
  %"cursor.165" = and i64 %".2918", 16383
  br label %"dccp"
to_esp.9:
  %".2920" = getelementptr i8, ptr %"keys.112", i64 2
  %".2921" = trunc i64 %".2833" to i16
  store volatile i16 %".2921", ptr %".2920", align 2
  %".2923" = load volatile i16, ptr %".2920", align 2
  %".2924" = zext i16 %".2923" to i64
  %"cursor.166" = and i64 %".2924", 16383
  br label %"esp"
to_ah.9:
  %".2926" = getelementptr i8, ptr %"keys.112", i64 2
  %".2927" = trunc i64 %".2833" to i16
  store volatile i16 %".2927", ptr %".2926", align 2
  %".2929" = load volatile i16, ptr %".2926", align 2
  %".2930" = zext i16 %".2929" to i64
  %"cursor.167" = and i64 %".2930", 16383
  br label %"ah"
to_icmpv6.7:
  %".2932" = getelementptr i8, ptr %"keys.112", i64 2
  %".2933" = trunc i64 %".2833" to i16
  store volatile i16 %".2933", ptr %".2932", align 2
  %".2935" = load volatile i16, ptr %".2932", align 2
  %".2936" = zext i16 %".2935" to i64
  %"cursor.168" = and i64 %".2936", 16383
  br label %"icmpv6"
to_mpls.25:
  %".2938" = trunc i64 34887 to i16
  %".2939" = call i16 @"llvm.bswap.i16"(i16 %".2938")
  %".2940" = getelementptr i8, ptr %"keys.112", i64 10
  store i16 %".2939", ptr %".2940", align 2
  %".2942" = getelementptr i8, ptr %"keys.112", i64 2
  %".2943" = trunc i64 %".2833" to i16
  store volatile i16 %".2943", ptr %".2942", align 2
  %".2945" = load volatile i16, ptr %".2942", align 2
  %".2946" = zext i16 %".2945" to i64
  %"cursor.169" = and i64 %".2946", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.16:
  %".2948" = getelementptr i8, ptr %"keys.112", i64 8
  store i8 1, ptr %".2948", align 1
  %".2950" = getelementptr i8, ptr %"keys.112", i64 48
  %"flags.27" = load volatile i32, ptr %".2950", align 4
  %".2951" = and i32 %"flags.27", 4
  %".2952" = icmp ne i32 %".2951", 0
  br i1 %".2952", label %"exit.72", label %"cont.72"
to_ipv6.16:
  %".2964" = getelementptr i8, ptr %"keys.112", i64 8
  store i8 1, ptr %".2964", align 1
  %".2966" = getelementptr i8, ptr %"keys.112", i64 48
  %"flags.28" = load volatile i32, ptr %".2966", align 4
  %".2967" = and i32 %"flags.28", 4
  %".2968" = icmp ne i32 %".2967", 0
  br i1 %".2968", label %"exit.73", label %"cont.73"
exit.72:
  %".2954" = trunc i64 %".2833" to i16
  %".2955" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2954", ptr %".2955", align 2
  br label %"return"
cont.72:
  %".2958" = getelementptr i8, ptr %"keys.112", i64 2
  %".2959" = trunc i64 %".2833" to i16
  store volatile i16 %".2959", ptr %".2958", align 2
  %".2961" = load volatile i16, ptr %".2958", align 2
  %".2962" = zext i16 %".2961" to i64
  %"cursor.170" = and i64 %".2962", 16383
  br label %"ipv4_d1"
exit.73:
  %".2970" = trunc i64 %".2833" to i16
  %".2971" = getelementptr i8, ptr %"keys.112", i64 2
  store i16 %".2970", ptr %".2971", align 2
  br label %"return"
cont.73:
  %".2974" = getelementptr i8, ptr %"keys.112", i64 2
  %".2975" = trunc i64 %".2833" to i16
  store volatile i16 %".2975", ptr %".2974", align 2
  %".2977" = load volatile i16, ptr %".2974", align 2
  %".2978" = zext i16 %".2977" to i64
  %"cursor.171" = and i64 %".2978", 16383
  br label %"ipv6_d1"
copy.28:
  %"ctx.39" = load volatile ptr, ptr %"ctx_slot", align 8
  %".2986" = trunc i64 %"cursor.102" to i32
  %".2987" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.39", i32 %".2986", [40 x i8]* %"header_copy", i32 4)
  %".2988" = icmp eq i64 %".2987", 0
  %".2989" = getelementptr i8, ptr %"ctx.39", i64 76
  %".2990" = load i32, ptr %".2989", align 4
  %".2991" = zext i32 %".2990" to i64
  %"data.113" = inttoptr i64 %".2991" to ptr
  %".2992" = getelementptr i8, ptr %"ctx.39", i64 80
  %".2993" = load i32, ptr %".2992", align 4
  %".2994" = zext i32 %".2993" to i64
  %"data_end.113" = inttoptr i64 %".2994" to ptr
  %".2995" = getelementptr i8, ptr %"ctx.39", i64 144
  %"keys.113" = load ptr, ptr %".2995", align 8
  %".2996" = xor i1 %".2988", -1
  br i1 %".2996", label %"exit.74", label %"cont.74"
exit.74:
  %".2998" = trunc i64 %"cursor.102" to i16
  %".2999" = getelementptr i8, ptr %"keys.113", i64 2
  store i16 %".2998", ptr %".2999", align 2
  br label %"return"
cont.74:
  %".3002" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3003" = load volatile i8, [40 x i8]* %".3002", align 1
  br label %"header.28"
unknown.20:
  %".3009" = trunc i64 %".3005" to i16
  %".3010" = getelementptr i8, ptr %"keys.114", i64 2
  store i16 %".3009", ptr %".3010", align 2
  br label %"return"
to_mpls.26:
  br label %"mpls_mpls_labels4"
mpls_mpls_labels4:
  %"cursor.172" = phi  i64 [%".3005", %"to_mpls.26"]
  %"data.115" = phi  ptr [%"data.114", %"to_mpls.26"]
  %"data_end.115" = phi  ptr [%"data_end.114", %"to_mpls.26"]
  %"keys.115" = phi  ptr [%"keys.114", %"to_mpls.26"]
  %"hdr.35" = getelementptr i8, ptr %"data.115", i64 %"cursor.172"
  %".3911" = getelementptr i8, ptr %"hdr.35", i64 4
  %".3912" = icmp ugt ptr %".3911", %"data_end.115"
  br i1 %".3912", label %"copy.35", label %"linear.35", !prof !0
linear.35:
  %".3914" = getelementptr i8, ptr %"hdr.35", i64 2
  %".3915" = load i8, ptr %".3914", align 1
  br label %"header.35"
header.35:
  %"w2_1.3" = phi  i8 [%".3915", %"linear.35"], [%".3934", %"cont.94"]
  %"data.136" = phi  ptr [%"data.115", %"linear.35"], [%"data.135", %"cont.94"]
  %"data_end.136" = phi  ptr [%"data_end.115", %"linear.35"], [%"data_end.135", %"cont.94"]
  %"keys.136" = phi  ptr [%"keys.115", %"linear.35"], [%"keys.135", %"cont.94"]
  %".3936" = add i64 %"cursor.172", 4
  %".3937" = zext i8 %"w2_1.3" to i64
  %".3938" = and i64 %".3937", 1
  switch i64 %".3938", label %"unknown.27" [i64 0, label %"to_mpls.35"]
copy.29:
  %"ctx.40" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3020" = trunc i64 %"cursor.105" to i32
  %".3021" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.40", i32 %".3020", [40 x i8]* %"header_copy", i32 4)
  %".3022" = icmp eq i64 %".3021", 0
  %".3023" = getelementptr i8, ptr %"ctx.40", i64 76
  %".3024" = load i32, ptr %".3023", align 4
  %".3025" = zext i32 %".3024" to i64
  %"data.116" = inttoptr i64 %".3025" to ptr
  %".3026" = getelementptr i8, ptr %"ctx.40", i64 80
  %".3027" = load i32, ptr %".3026", align 4
  %".3028" = zext i32 %".3027" to i64
  %"data_end.116" = inttoptr i64 %".3028" to ptr
  %".3029" = getelementptr i8, ptr %"ctx.40", i64 144
  %"keys.116" = load ptr, ptr %".3029", align 8
  %".3030" = xor i1 %".3022", -1
  br i1 %".3030", label %"exit.75", label %"cont.75"
exit.75:
  %".3032" = trunc i64 %"cursor.105" to i16
  %".3033" = getelementptr i8, ptr %"keys.116", i64 2
  store i16 %".3032", ptr %".3033", align 2
  br label %"return"
cont.75:
  %".3036" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3037" = load volatile i16, [40 x i8]* %".3036", align 2
  br label %"header.29"
unknown.21:
  %".3052" = trunc i64 %".3045" to i16
  %".3053" = getelementptr i8, ptr %"keys.117", i64 2
  store i16 %".3052", ptr %".3053", align 2
  br label %"return"
to_ipv4.17:
  %".3056" = getelementptr i8, ptr %"keys.117", i64 2
  %".3057" = trunc i64 %".3045" to i16
  store volatile i16 %".3057", ptr %".3056", align 2
  %".3059" = load volatile i16, ptr %".3056", align 2
  %".3060" = zext i16 %".3059" to i64
  %"cursor.173" = and i64 %".3060", 16383
  br label %"ipv4_d1"
to_ipv6.17:
  %".3062" = getelementptr i8, ptr %"keys.117", i64 2
  %".3063" = trunc i64 %".3045" to i16
  store volatile i16 %".3063", ptr %".3062", align 2
  %".3065" = load volatile i16, ptr %".3062", align 2
  %".3066" = zext i16 %".3065" to i64
  %"cursor.174" = and i64 %".3066", 16383
  br label %"ipv6_d1"
to_vlan.8:
  %".3068" = getelementptr i8, ptr %"keys.117", i64 2
  %".3069" = trunc i64 %".3045" to i16
  store volatile i16 %".3069", ptr %".3068", align 2
  %".3071" = load volatile i16, ptr %".3068", align 2
  %".3072" = zext i16 %".3071" to i64
  %"cursor.176" = and i64 %".3072", 16383
  br label %"vlan_d1_vlan_tags2"
to_vlan.9:
  %".3074" = getelementptr i8, ptr %"keys.117", i64 2
  %".3075" = trunc i64 %".3045" to i16
  store volatile i16 %".3075", ptr %".3074", align 2
  %".3077" = load volatile i16, ptr %".3074", align 2
  %".3078" = zext i16 %".3077" to i64
  %"cursor.177" = and i64 %".3078", 16383
  br label %"vlan_d1_vlan_tags2"
to_mpls.27:
  %".3080" = getelementptr i8, ptr %"keys.117", i64 2
  %".3081" = trunc i64 %".3045" to i16
  store volatile i16 %".3081", ptr %".3080", align 2
  %".3083" = load volatile i16, ptr %".3080", align 2
  %".3084" = zext i16 %".3083" to i64
  %"cursor.178" = and i64 %".3084", 16383
  br label %"mpls_mpls_labels1"
to_mpls.28:
  %".3086" = getelementptr i8, ptr %"keys.117", i64 2
  %".3087" = trunc i64 %".3045" to i16
  store volatile i16 %".3087", ptr %".3086", align 2
  %".3089" = load volatile i16, ptr %".3086", align 2
  %".3090" = zext i16 %".3089" to i64
  %"cursor.179" = and i64 %".3090", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.4:
  %".3092" = getelementptr i8, ptr %"keys.117", i64 2
  %".3093" = trunc i64 %".3045" to i16
  store volatile i16 %".3093", ptr %".3092", align 2
  %".3095" = load volatile i16, ptr %".3092", align 2
  %".3096" = zext i16 %".3095" to i64
  %"cursor.180" = and i64 %".3096", 16383
  br label %"pppoe_d1"
vlan_d1_vlan_tags2:
  %"cursor.175" = phi  i64 [%"cursor.176", %"to_vlan.8"], [%"cursor.177", %"to_vlan.9"]
  %"data.118" = phi  ptr [%"data.117", %"to_vlan.8"], [%"data.117", %"to_vlan.9"]
  %"data_end.118" = phi  ptr [%"data_end.117", %"to_vlan.8"], [%"data_end.117", %"to_vlan.9"]
  %"keys.118" = phi  ptr [%"keys.117", %"to_vlan.8"], [%"keys.117", %"to_vlan.9"]
  %"hdr.36" = getelementptr i8, ptr %"data.118", i64 %"cursor.175"
  %".3948" = getelementptr i8, ptr %"hdr.36", i64 4
  %".3949" = icmp ugt ptr %".3948", %"data_end.118"
  br i1 %".3949", label %"copy.36", label %"linear.36", !prof !0
linear.36:
  %".3951" = getelementptr i8, ptr %"hdr.36", i64 2
  %".3952" = load i16, ptr %".3951", align 2
  br label %"header.36"
header.36:
  %"w2_2.15" = phi  i16 [%".3952", %"linear.36"], [%".3971", %"cont.95"]
  %"data.138" = phi  ptr [%"data.118", %"linear.36"], [%"data.137", %"cont.95"]
  %"data_end.138" = phi  ptr [%"data_end.118", %"linear.36"], [%"data_end.137", %"cont.95"]
  %"keys.138" = phi  ptr [%"keys.118", %"linear.36"], [%"keys.137", %"cont.95"]
  %".3973" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3974" = zext i16 %".3973" to i64
  %".3975" = trunc i64 %".3974" to i16
  %".3976" = call i16 @"llvm.bswap.i16"(i16 %".3975")
  %".3977" = getelementptr i8, ptr %"keys.138", i64 10
  store i16 %".3976", ptr %".3977", align 2
  %".3979" = add i64 %"cursor.175", 4
  %".3980" = trunc i64 %".3979" to i16
  %".3981" = getelementptr i8, ptr %"keys.138", i64 0
  store i16 %".3980", ptr %".3981", align 2
  %".3983" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.15")
  %".3984" = zext i16 %".3983" to i64
  switch i64 %".3984", label %"unknown.28" [i64 2048, label %"to_ipv4.23" i64 34525, label %"to_ipv6.23" i64 33024, label %"to_vlan.10" i64 34984, label %"to_vlan.11" i64 34887, label %"to_mpls.36" i64 34888, label %"to_mpls.37" i64 34916, label %"to_pppoe.5"]
copy.30:
  %"ctx.41" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3108" = trunc i64 %"cursor.110" to i32
  %".3109" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.41", i32 %".3108", [40 x i8]* %"header_copy", i32 8)
  %".3110" = icmp eq i64 %".3109", 0
  %".3111" = getelementptr i8, ptr %"ctx.41", i64 76
  %".3112" = load i32, ptr %".3111", align 4
  %".3113" = zext i32 %".3112" to i64
  %"data.119" = inttoptr i64 %".3113" to ptr
  %".3114" = getelementptr i8, ptr %"ctx.41", i64 80
  %".3115" = load i32, ptr %".3114", align 4
  %".3116" = zext i32 %".3115" to i64
  %"data_end.119" = inttoptr i64 %".3116" to ptr
  %".3117" = getelementptr i8, ptr %"ctx.41", i64 144
  %"keys.119" = load ptr, ptr %".3117", align 8
  %".3118" = xor i1 %".3110", -1
  br i1 %".3118", label %"exit.76", label %"cont.76"
exit.76:
  %".3120" = trunc i64 %"cursor.110" to i16
  %".3121" = getelementptr i8, ptr %"keys.119", i64 2
  store i16 %".3120", ptr %".3121", align 2
  br label %"return"
cont.76:
  %".3124" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3125" = load volatile i8, [40 x i8]* %".3124", align 1
  %".3126" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3127" = load volatile i8, [40 x i8]* %".3126", align 1
  %".3128" = getelementptr i8, [40 x i8]* %"header_copy", i64 6
  %".3129" = load volatile i16, [40 x i8]* %".3128", align 2
  br label %"header.30"
exit.77:
  %".3144" = trunc i64 %"cursor.110" to i16
  %".3145" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3144", ptr %".3145", align 2
  br label %"return"
cont.77:
  %".3148" = add i64 %"cursor.110", 8
  %".3149" = trunc i64 %".3148" to i16
  %".3150" = getelementptr i8, ptr %"keys.120", i64 0
  store i16 %".3149", ptr %".3150", align 2
  %".3152" = call i16 @"llvm.bswap.i16"(i16 %"w6_2.3")
  %".3153" = zext i16 %".3152" to i64
  switch i64 %".3153", label %"unknown.22" [i64 33, label %"to_ipv4.18" i64 87, label %"to_ipv6.18" i64 641, label %"to_mpls.29" i64 643, label %"to_mpls.30"]
unknown.22:
  %".3155" = trunc i64 %".3148" to i16
  %".3156" = getelementptr i8, ptr %"keys.120", i64 2
  store i16 %".3155", ptr %".3156", align 2
  br label %"return"
to_ipv4.18:
  %".3159" = getelementptr i8, ptr %"keys.120", i64 2
  %".3160" = trunc i64 %".3148" to i16
  store volatile i16 %".3160", ptr %".3159", align 2
  %".3162" = load volatile i16, ptr %".3159", align 2
  %".3163" = zext i16 %".3162" to i64
  %"cursor.181" = and i64 %".3163", 16383
  br label %"ipv4_d1"
to_ipv6.18:
  %".3165" = getelementptr i8, ptr %"keys.120", i64 2
  %".3166" = trunc i64 %".3148" to i16
  store volatile i16 %".3166", ptr %".3165", align 2
  %".3168" = load volatile i16, ptr %".3165", align 2
  %".3169" = zext i16 %".3168" to i64
  %"cursor.182" = and i64 %".3169", 16383
  br label %"ipv6_d1"
to_mpls.29:
  %".3171" = trunc i64 34887 to i16
  %".3172" = call i16 @"llvm.bswap.i16"(i16 %".3171")
  %".3173" = getelementptr i8, ptr %"keys.120", i64 10
  store i16 %".3172", ptr %".3173", align 2
  %".3175" = getelementptr i8, ptr %"keys.120", i64 2
  %".3176" = trunc i64 %".3148" to i16
  store volatile i16 %".3176", ptr %".3175", align 2
  %".3178" = load volatile i16, ptr %".3175", align 2
  %".3179" = zext i16 %".3178" to i64
  %"cursor.183" = and i64 %".3179", 16383
  br label %"mpls_mpls_labels1"
to_mpls.30:
  %".3181" = trunc i64 34888 to i16
  %".3182" = call i16 @"llvm.bswap.i16"(i16 %".3181")
  %".3183" = getelementptr i8, ptr %"keys.120", i64 10
  store i16 %".3182", ptr %".3183", align 2
  %".3185" = getelementptr i8, ptr %"keys.120", i64 2
  %".3186" = trunc i64 %".3148" to i16
  store volatile i16 %".3186", ptr %".3185", align 2
  %".3188" = load volatile i16, ptr %".3185", align 2
  %".3189" = zext i16 %".3188" to i64
  %"cursor.184" = and i64 %".3189", 16383
  br label %"mpls_mpls_labels1"
copy.31:
  %"ctx.42" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3199" = trunc i64 %"cursor.112" to i32
  %".3200" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.42", i32 %".3199", [40 x i8]* %"header_copy", i32 2)
  %".3201" = icmp eq i64 %".3200", 0
  %".3202" = getelementptr i8, ptr %"ctx.42", i64 76
  %".3203" = load i32, ptr %".3202", align 4
  %".3204" = zext i32 %".3203" to i64
  %"data.121" = inttoptr i64 %".3204" to ptr
  %".3205" = getelementptr i8, ptr %"ctx.42", i64 80
  %".3206" = load i32, ptr %".3205", align 4
  %".3207" = zext i32 %".3206" to i64
  %"data_end.121" = inttoptr i64 %".3207" to ptr
  %".3208" = getelementptr i8, ptr %"ctx.42", i64 144
  %"keys.121" = load ptr, ptr %".3208", align 8
  %".3209" = xor i1 %".3201", -1
  br i1 %".3209", label %"exit.78", label %"cont.78"
exit.78:
  %".3211" = trunc i64 %"cursor.112" to i16
  %".3212" = getelementptr i8, ptr %"keys.121", i64 2
  store i16 %".3211", ptr %".3212", align 2
  br label %"return"
cont.78:
  %".3215" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3216" = load volatile i8, [40 x i8]* %".3215", align 1
  %".3217" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3218" = load volatile i8, [40 x i8]* %".3217", align 1
  br label %"header.31"
copy_last_byte.10:
  %".3233" = add i64 %"cursor.112", %".3228"
  %".3234" = sub i64 %".3233", 1
  %"ctx.43" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3235" = trunc i64 %".3234" to i32
  %".3236" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.43", i32 %".3235", i64* %"last_byte", i32 1)
  %".3237" = icmp eq i64 %".3236", 0
  %".3238" = getelementptr i8, ptr %"ctx.43", i64 76
  %".3239" = load i32, ptr %".3238", align 4
  %".3240" = zext i32 %".3239" to i64
  %"data.123" = inttoptr i64 %".3240" to ptr
  %".3241" = getelementptr i8, ptr %"ctx.43", i64 80
  %".3242" = load i32, ptr %".3241", align 4
  %".3243" = zext i32 %".3242" to i64
  %"data_end.123" = inttoptr i64 %".3243" to ptr
  %".3244" = getelementptr i8, ptr %"ctx.43", i64 144
  %"keys.123" = load ptr, ptr %".3244", align 8
  %".3245" = xor i1 %".3237", -1
  br i1 %".3245", label %"exit.79", label %"cont.79"
exit.79:
  %".3247" = trunc i64 %"cursor.112" to i16
  %".3248" = getelementptr i8, ptr %"keys.123", i64 2
  store i16 %".3247", ptr %".3248", align 2
  br label %"return"
cont.79:
  br label %"variable_part.10"
unknown.23:
  %".3254" = trunc i64 %"end.10" to i16
  %".3255" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3254", ptr %".3255", align 2
  br label %"return"
to_ipv6_opts.24:
  %".3258" = getelementptr i8, ptr %"keys.124", i64 2
  %".3259" = trunc i64 %"end.10" to i16
  store volatile i16 %".3259", ptr %".3258", align 2
  %".3261" = load volatile i16, ptr %".3258", align 2
  %".3262" = zext i16 %".3261" to i64
  %"cursor.186" = and i64 %".3262", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.25:
  %".3264" = getelementptr i8, ptr %"keys.124", i64 2
  %".3265" = trunc i64 %"end.10" to i16
  store volatile i16 %".3265", ptr %".3264", align 2
  %".3267" = load volatile i16, ptr %".3264", align 2
  %".3268" = zext i16 %".3267" to i64
  %"cursor.187" = and i64 %".3268", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.26:
  %".3270" = getelementptr i8, ptr %"keys.124", i64 2
  %".3271" = trunc i64 %"end.10" to i16
  store volatile i16 %".3271", ptr %".3270", align 2
  %".3273" = load volatile i16, ptr %".3270", align 2
  %".3274" = zext i16 %".3273" to i64
  %"cursor.188" = and i64 %".3274", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.8:
  %".3276" = getelementptr i8, ptr %"keys.124", i64 2
  %".3277" = trunc i64 %"end.10" to i16
  store volatile i16 %".3277", ptr %".3276", align 2
  %".3279" = load volatile i16, ptr %".3276", align 2
  %".3280" = zext i16 %".3279" to i64
  %"cursor.190" = and i64 %".3280", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.10:
  %".3282" = getelementptr i8, ptr %"keys.124", i64 2
  %".3283" = trunc i64 %"end.10" to i16
  store volatile i16 %".3283", ptr %".3282", align 2
  %".3285" = load volatile i16, ptr %".3282", align 2
  %".3286" = zext i16 %".3285" to i64
  %"cursor.191" = and i64 %".3286", 16383
  br label %"tcp"
to_udp.10:
  %".3288" = getelementptr i8, ptr %"keys.124", i64 2
  %".3289" = trunc i64 %"end.10" to i16
  store volatile i16 %".3289", ptr %".3288", align 2
  %".3291" = load volatile i16, ptr %".3288", align 2
  %".3292" = zext i16 %".3291" to i64
  %"cursor.192" = and i64 %".3292", 16383
  br label %"udp"
to_udplite.10:
  %".3294" = getelementptr i8, ptr %"keys.124", i64 2
  %".3295" = trunc i64 %"end.10" to i16
  store volatile i16 %".3295", ptr %".3294", align 2
  %".3297" = load volatile i16, ptr %".3294", align 2
  %".3298" = zext i16 %".3297" to i64
  %"cursor.193" = and i64 %".3298", 16383
  br label %"udplite"
to_gre.10:
  %".3300" = getelementptr i8, ptr %"keys.124", i64 2
  %".3301" = trunc i64 %"end.10" to i16
  store volatile i16 %".3301", ptr %".3300", align 2
  %".3303" = load volatile i16, ptr %".3300", align 2
  %".3304" = zext i16 %".3303" to i64
  %"cursor.194" = and i64 %".3304", 16383
  br label %"gre_d1"
to_sctp.10:
  %".3306" = getelementptr i8, ptr %"keys.124", i64 2
  %".3307" = trunc i64 %"end.10" to i16
  store volatile i16 %".3307", ptr %".3306", align 2
  %".3309" = load volatile i16, ptr %".3306", align 2
  %".3310" = zext i16 %".3309" to i64
  %"cursor.195" = and i64 %".3310", 16383
  br label %"sctp"
to_dccp.10:
  %".3312" = getelementptr i8, ptr %"keys.124", i64 2
  %".3313" = trunc i64 %"end.10" to i16
  store volatile i16 %".3313", ptr %".3312", align 2
  %".3315" = load volatile i16, ptr %".3312", align 2
  %".3316" = zext i16 %".3315" to i64
  %"cursor.196" = and i64 %".3316", 16383
  br label %"dccp"
to_esp.10:
  %".3318" = getelementptr i8, ptr %"keys.124", i64 2
  %".3319" = trunc i64 %"end.10" to i16
  store volatile i16 %".3319", ptr %".3318", align 2
  %".3321" = load volatile i16, ptr %".3318", align 2
  %".3322" = zext i16 %".3321" to i64
  %"cursor.197" = and i64 %".3322", 16383
  br label %"esp"
to_ah.10:
  %".3324" = getelementptr i8, ptr %"keys.124", i64 2
  %".3325" = trunc i64 %"end.10" to i16
  store volatile i16 %".3325", ptr %".3324", align 2
  %".3327" = load volatile i16, ptr %".3324", align 2
  %".3328" = zext i16 %".3327" to i64
  %"cursor.198" = and i64 %".3328", 16383
  br label %"ah"
to_icmpv6.8:
  %".3330" = getelementptr i8, ptr %"keys.124", i64 2
  %".3331" = trunc i64 %"end.10" to i16
  store volatile i16 %".3331", ptr %".3330", align 2
  %".3333" = load volatile i16, ptr %".3330", align 2
  %".3334" = zext i16 %".3333" to i64
  %"cursor.199" = and i64 %".3334", 16383
  br label %"icmpv6"
to_mpls.31:
  %".3336" = trunc i64 34887 to i16
  %".3337" = call i16 @"llvm.bswap.i16"(i16 %".3336")
  %".3338" = getelementptr i8, ptr %"keys.124", i64 10
  store i16 %".3337", ptr %".3338", align 2
  %".3340" = getelementptr i8, ptr %"keys.124", i64 2
  %".3341" = trunc i64 %"end.10" to i16
  store volatile i16 %".3341", ptr %".3340", align 2
  %".3343" = load volatile i16, ptr %".3340", align 2
  %".3344" = zext i16 %".3343" to i64
  %"cursor.200" = and i64 %".3344", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.19:
  %".3346" = getelementptr i8, ptr %"keys.124", i64 8
  store i8 1, ptr %".3346", align 1
  %".3348" = getelementptr i8, ptr %"keys.124", i64 48
  %"flags.29" = load volatile i32, ptr %".3348", align 4
  %".3349" = and i32 %"flags.29", 4
  %".3350" = icmp ne i32 %".3349", 0
  br i1 %".3350", label %"exit.80", label %"cont.80"
to_ipv6.19:
  %".3360" = getelementptr i8, ptr %"keys.124", i64 8
  store i8 1, ptr %".3360", align 1
  %".3362" = getelementptr i8, ptr %"keys.124", i64 48
  %"flags.30" = load volatile i32, ptr %".3362", align 4
  %".3363" = and i32 %"flags.30", 4
  %".3364" = icmp ne i32 %".3363", 0
  br i1 %".3364", label %"exit.81", label %"cont.81"
ipv6_opts_d1_ipv6_ext3:
  %"cursor.185" = phi  i64 [%"cursor.186", %"to_ipv6_opts.24"], [%"cursor.187", %"to_ipv6_opts.25"], [%"cursor.188", %"to_ipv6_opts.26"], [%"cursor.201", %"to_ipv6_opts.27"], [%"cursor.202", %"to_ipv6_opts.28"], [%"cursor.203", %"to_ipv6_opts.29"]
  %"data.125" = phi  ptr [%"data.124", %"to_ipv6_opts.24"], [%"data.124", %"to_ipv6_opts.25"], [%"data.124", %"to_ipv6_opts.26"], [%"data.128", %"to_ipv6_opts.27"], [%"data.128", %"to_ipv6_opts.28"], [%"data.128", %"to_ipv6_opts.29"]
  %"data_end.125" = phi  ptr [%"data_end.124", %"to_ipv6_opts.24"], [%"data_end.124", %"to_ipv6_opts.25"], [%"data_end.124", %"to_ipv6_opts.26"], [%"data_end.128", %"to_ipv6_opts.27"], [%"data_end.128", %"to_ipv6_opts.28"], [%"data_end.128", %"to_ipv6_opts.29"]
  %"keys.125" = phi  ptr [%"keys.124", %"to_ipv6_opts.24"], [%"keys.124", %"to_ipv6_opts.25"], [%"keys.124", %"to_ipv6_opts.26"], [%"keys.128", %"to_ipv6_opts.27"], [%"keys.128", %"to_ipv6_opts.28"], [%"keys.128", %"to_ipv6_opts.29"]
  %"hdr.37" = getelementptr i8, ptr %"data.125", i64 %"cursor.185"
  %".4028" = getelementptr i8, ptr %"hdr.37", i64 2
  %".4029" = icmp ugt ptr %".4028", %"data_end.125"
  br i1 %".4029", label %"copy.37", label %"linear.37", !prof !0
linear.37:
  %".4031" = getelementptr i8, ptr %"hdr.37", i64 0
  %".4032" = load i8, ptr %".4031", align 1
  %".4033" = getelementptr i8, ptr %"hdr.37", i64 1
  %".4034" = load i8, ptr %".4033", align 1
  br label %"header.37"
header.37:
  %"w0_1.16" = phi  i8 [%".4032", %"linear.37"], [%".4053", %"cont.96"]
  %"w1_1.9" = phi  i8 [%".4034", %"linear.37"], [%".4055", %"cont.96"]
  %"data.140" = phi  ptr [%"data.125", %"linear.37"], [%"data.139", %"cont.96"]
  %"data_end.140" = phi  ptr [%"data_end.125", %"linear.37"], [%"data_end.139", %"cont.96"]
  %"keys.140" = phi  ptr [%"keys.125", %"linear.37"], [%"keys.139", %"cont.96"]
  %".4057" = zext i8 %"w0_1.16" to i64
  %".4058" = trunc i64 %".4057" to i8
  %".4059" = getelementptr i8, ptr %"keys.140", i64 9
  store i8 %".4058", ptr %".4059", align 1
  %".4061" = add i64 %"cursor.185", 2
  %".4062" = zext i8 %"w1_1.9" to i64
  %".4063" = mul i64 %".4062", 8
  %".4064" = add i64 %".4063", 6
  %".4065" = add i64 %".4064", 2
  %".4066" = getelementptr i8, ptr %"data.140", i64 %"cursor.185"
  %".4067" = getelementptr i8, ptr %".4066", i64 %".4065"
  %".4068" = icmp ugt ptr %".4067", %"data_end.140"
  br i1 %".4068", label %"copy_last_byte.12", label %"variable_part.12", !prof !0
variable_part.12:
  %"data.142" = phi  ptr [%"data.140", %"header.37"], [%"data.141", %"cont.97"]
  %"data_end.142" = phi  ptr [%"data_end.140", %"header.37"], [%"data_end.141", %"cont.97"]
  %"keys.142" = phi  ptr [%"keys.140", %"header.37"], [%"keys.141", %"cont.97"]
  %"end.12" = add i64 %"cursor.185", %".4065"
  %".4089" = zext i8 %"w0_1.16" to i64
  switch i64 %".4089", label %"unknown.29" [i64 0, label %"to_ipv6_opts.36" i64 43, label %"to_ipv6_opts.37" i64 60, label %"to_ipv6_opts.38" i64 44, label %"to_ipv6_frag.12" i64 6, label %"to_tcp.14" i64 17, label %"to_udp.14" i64 136, label %"to_udplite.14" i64 47, label %"to_gre.14" i64 132, label %"to_sctp.14" i64 33, label %"to_dccp.14" i64 50, label %"to_esp.14" i64 51, label %"to_ah.14" i64 58, label %"to_icmpv6.12" i64 137, label %"to_mpls.38" i64 4, label %"to_ipv4.24" i64 41, label %"to_ipv6.24"]
ipv6_frag_d1_ipv6_ext3:
  %"cursor.189" = phi  i64 [%"cursor.190", %"to_ipv6_frag.8"], [%"cursor.204", %"to_ipv6_frag.9"]
  %"data.126" = phi  ptr [%"data.124", %"to_ipv6_frag.8"], [%"data.128", %"to_ipv6_frag.9"]
  %"data_end.126" = phi  ptr [%"data_end.124", %"to_ipv6_frag.8"], [%"data_end.128", %"to_ipv6_frag.9"]
  %"keys.126" = phi  ptr [%"keys.124", %"to_ipv6_frag.8"], [%"keys.128", %"to_ipv6_frag.9"]
  %"hdr.38" = getelementptr i8, ptr %"data.126", i64 %"cursor.189"
  %".4203" = getelementptr i8, ptr %"hdr.38", i64 8
  %".4204" = icmp ugt ptr %".4203", %"data_end.126"
  br i1 %".4204", label %"copy.38", label %"linear.38", !prof !0
linear.38:
  %".4206" = getelementptr i8, ptr %"hdr.38", i64 0
  %".4207" = load i8, ptr %".4206", align 1
  %".4208" = getelementptr i8, ptr %"hdr.38", i64 2
  %".4209" = load i16, ptr %".4208", align 2
  br label %"header.38"
header.38:
  %"w0_1.17" = phi  i8 [%".4207", %"linear.38"], [%".4228", %"cont.100"]
  %"w2_2.16" = phi  i16 [%".4209", %"linear.38"], [%".4230", %"cont.100"]
  %"data.144" = phi  ptr [%"data.126", %"linear.38"], [%"data.143", %"cont.100"]
  %"data_end.144" = phi  ptr [%"data_end.126", %"linear.38"], [%"data_end.143", %"cont.100"]
  %"keys.144" = phi  ptr [%"keys.126", %"linear.38"], [%"keys.143", %"cont.100"]
  %".4232" = zext i8 %"w0_1.17" to i64
  %".4233" = trunc i64 %".4232" to i8
  %".4234" = getelementptr i8, ptr %"keys.144", i64 9
  store i8 %".4233", ptr %".4234", align 1
  %".4236" = add i64 %"cursor.189", 8
  %".4237" = icmp ne i64 1, 0
  %".4238" = call i16 @"llvm.bswap.i16"(i16 %"w2_2.16")
  %".4239" = zext i16 %".4238" to i64
  %".4240" = and i64 %".4239", 65528
  %".4241" = icmp eq i64 %".4240", 0
  br i1 %".4237", label %"fragment.7", label %"not_fragment.7"
exit.80:
  %".3352" = trunc i64 %"end.10" to i16
  %".3353" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3352", ptr %".3353", align 2
  br label %"return"
cont.80:
  %".3356" = trunc i64 %"end.10" to i16
  %".3357" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3356", ptr %".3357", align 2
  br label %"return"
exit.81:
  %".3366" = trunc i64 %"end.10" to i16
  %".3367" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3366", ptr %".3367", align 2
  br label %"return"
cont.81:
  %".3370" = trunc i64 %"end.10" to i16
  %".3371" = getelementptr i8, ptr %"keys.124", i64 2
  store i16 %".3370", ptr %".3371", align 2
  br label %"return"
copy.32:
  %"ctx.44" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3382" = trunc i64 %"cursor.116" to i32
  %".3383" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.44", i32 %".3382", [40 x i8]* %"header_copy", i32 8)
  %".3384" = icmp eq i64 %".3383", 0
  %".3385" = getelementptr i8, ptr %"ctx.44", i64 76
  %".3386" = load i32, ptr %".3385", align 4
  %".3387" = zext i32 %".3386" to i64
  %"data.127" = inttoptr i64 %".3387" to ptr
  %".3388" = getelementptr i8, ptr %"ctx.44", i64 80
  %".3389" = load i32, ptr %".3388", align 4
  %".3390" = zext i32 %".3389" to i64
  %"data_end.127" = inttoptr i64 %".3390" to ptr
  %".3391" = getelementptr i8, ptr %"ctx.44", i64 144
  %"keys.127" = load ptr, ptr %".3391", align 8
  %".3392" = xor i1 %".3384", -1
  br i1 %".3392", label %"exit.82", label %"cont.82"
exit.82:
  %".3394" = trunc i64 %"cursor.116" to i16
  %".3395" = getelementptr i8, ptr %"keys.127", i64 2
  store i16 %".3394", ptr %".3395", align 2
  br label %"return"
cont.82:
  %".3398" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3399" = load volatile i8, [40 x i8]* %".3398", align 1
  %".3400" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3401" = load volatile i16, [40 x i8]* %".3400", align 2
  br label %"header.32"
fragment.5:
  %".3414" = getelementptr i8, ptr %"keys.128", i64 6
  store i8 1, ptr %".3414", align 1
  br i1 %".3412", label %"first_fragment.5", label %"later_fragment.5"
not_fragment.5:
  %".3433" = zext i8 %"w0_1.13" to i64
  switch i64 %".3433", label %"unknown.24" [i64 0, label %"to_ipv6_opts.27" i64 43, label %"to_ipv6_opts.28" i64 60, label %"to_ipv6_opts.29" i64 44, label %"to_ipv6_frag.9" i64 6, label %"to_tcp.11" i64 17, label %"to_udp.11" i64 136, label %"to_udplite.11" i64 47, label %"to_gre.11" i64 132, label %"to_sctp.11" i64 33, label %"to_dccp.11" i64 50, label %"to_esp.11" i64 51, label %"to_ah.11" i64 58, label %"to_icmpv6.9" i64 137, label %"to_mpls.32" i64 4, label %"to_ipv4.20" i64 41, label %"to_ipv6.20"]
first_fragment.5:
  %".3421" = getelementptr i8, ptr %"keys.128", i64 7
  store i8 1, ptr %".3421", align 1
  %".3423" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.31" = load volatile i32, ptr %".3423", align 4
  %".3424" = and i32 %"flags.31", 1
  %".3425" = icmp ne i32 %".3424", 0
  %".3426" = xor i1 %".3425", -1
  br i1 %".3426", label %"exit.83", label %"cont.83"
later_fragment.5:
  %".3417" = trunc i64 %".3407" to i16
  %".3418" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3417", ptr %".3418", align 2
  br label %"return"
exit.83:
  %".3428" = trunc i64 %".3407" to i16
  %".3429" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3428", ptr %".3429", align 2
  br label %"return"
cont.83:
  br label %"not_fragment.5"
unknown.24:
  %".3435" = trunc i64 %".3407" to i16
  %".3436" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3435", ptr %".3436", align 2
  br label %"return"
to_ipv6_opts.27:
  %".3439" = getelementptr i8, ptr %"keys.128", i64 2
  %".3440" = trunc i64 %".3407" to i16
  store volatile i16 %".3440", ptr %".3439", align 2
  %".3442" = load volatile i16, ptr %".3439", align 2
  %".3443" = zext i16 %".3442" to i64
  %"cursor.201" = and i64 %".3443", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.28:
  %".3445" = getelementptr i8, ptr %"keys.128", i64 2
  %".3446" = trunc i64 %".3407" to i16
  store volatile i16 %".3446", ptr %".3445", align 2
  %".3448" = load volatile i16, ptr %".3445", align 2
  %".3449" = zext i16 %".3448" to i64
  %"cursor.202" = and i64 %".3449", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_opts.29:
  %".3451" = getelementptr i8, ptr %"keys.128", i64 2
  %".3452" = trunc i64 %".3407" to i16
  store volatile i16 %".3452", ptr %".3451", align 2
  %".3454" = load volatile i16, ptr %".3451", align 2
  %".3455" = zext i16 %".3454" to i64
  %"cursor.203" = and i64 %".3455", 16383
  br label %"ipv6_opts_d1_ipv6_ext3"
to_ipv6_frag.9:
  %".3457" = getelementptr i8, ptr %"keys.128", i64 2
  %".3458" = trunc i64 %".3407" to i16
  store volatile i16 %".3458", ptr %".3457", align 2
  %".3460" = load volatile i16, ptr %".3457", align 2
  %".3461" = zext i16 %".3460" to i64
  %"cursor.204" = and i64 %".3461", 16383
  br label %"ipv6_frag_d1_ipv6_ext3"
to_tcp.11:
  %".3463" = getelementptr i8, ptr %"keys.128", i64 2
  %".3464" = trunc i64 %".3407" to i16
  store volatile i16 %".3464", ptr %".3463", align 2
  %".3466" = load volatile i16, ptr %".3463", align 2
  %".3467" = zext i16 %".3466" to i64
  %"cursor.205" = and i64 %".3467", 16383
  br label %"tcp"
to_udp.11:
  %".3469" = getelementptr i8, ptr %"keys.128", i64 2
  %".3470" = trunc i64 %".3407" to i16
  store volatile i16 %".3470", ptr %".3469", align 2
  %".3472" = load volatile i16, ptr %".3469", align 2
  %".3473" = zext i16 %".3472" to i64
  %"cursor.206" = and i64 %".3473", 16383
  br label %"udp"
to_udplite.11:
  %".3475" = getelementptr i8, ptr %"keys.128", i64 2
  %".3476" = trunc i64 %".3407" to i16
  store volatile i16 %".3476", ptr %".3475", align 2
  %".3478" = load volatile i16, ptr %".3475", align 2
  %".3479" = zext i16 %".3478" to i64
  %"cursor.207" = and i64 %".3479", 16383
  br label %"udplite"
to_gre.11:
  %".3481" = getelementptr i8, ptr %"keys.128", i64 2
  %".3482" = trunc i64 %".3407" to i16
  store volatile i16 %".3482", ptr %".3481", align 2
  %".3484" = load volatile i16, ptr %".3481", align 2
  %".3485" = zext i16 %".3484" to i64
  %"cursor.208" = and i64 %".3485", 16383
  br label %"gre_d1"
to_sctp.11:
  %".3487" = getelementptr i8, ptr %"keys.128", i64 2
  %".3488" = trunc i64 %".3407" to i16
  store volatile i16 %".3488", ptr %".3487", align 2
  %".3490" = load volatile i16, ptr %".3487", align 2
  %".3491" = zext i16 %".3490" to i64
  %"cursor.209" = and i64 %".3491", 16383
  br label %"sctp"
to_dccp.11:
  %".3493" = getelementptr i8, ptr %"keys.128", i64 2
  %".3494" = trunc i64 %".3407" to i16
  store volatile i16 %".3494", ptr %".3493", align 2
  %".3496" = load volatile i16, ptr %".3493", align 2
  %".3497" = zext i16 %".3496" to i64
  %"cursor.210" = and i64 %".3497", 16383
  br label %"dccp"
to_esp.11:
  %".3499" = getelementptr i8, ptr %"keys.128", i64 2
  %".3500" = trunc i64 %".3407" to i16
  store volatile i16 %".3500", ptr %".3499", align 2
  %".3502" = load volatile i16, ptr %".3499", align 2
  %".3503" = zext i16 %".3502" to i64
  %"cursor.211" = and i64 %".3503", 16383
  br label %"esp"
to_ah.11:
  %".3505" = getelementptr i8, ptr %"keys.128", i64 2
  %".3506" = trunc i64 %".3407" to i16
  store volatile i16 %".3506", ptr %".3505", align 2
  %".3508" = load volatile i16, ptr %".3505", align 2
  %".3509" = zext i16 %".3508" to i64
  %"cursor.212" = and i64 %".3509", 16383
  br label %"ah"
to_icmpv6.9:
  %".3511" = getelementptr i8, ptr %"keys.128", i64 2
  %".3512" = trunc i64 %".3407" to i16
  store volatile i16 %".3512", ptr %".3511", align 2
  %".3514" = load volatile i16, ptr %".3511", align 2
  %".3515" = zext i16 %".3514" to i64
  %"cursor.213" = and i64 %".3515", 16383
  br label %"icmpv6"
to_mpls.32:
  %".3517" = trunc i64 34887 to i16
  %".3518" = call i16 @"llvm.bswap.i16"(i16 %".3517")
  %".3519" = getelementptr i8, ptr %"keys.128", i64 10
  store i16 %".3518", ptr %".3519", align 2
  %".3521" = getelementptr i8, ptr %"keys.128", i64 2
  %".3522" = trunc i64 %".3407" to i16
  store volatile i16 %".3522", ptr %".3521", align 2
  %".3524" = load volatile i16, ptr %".3521", align 2
  %".3525" = zext i16 %".3524" to i64
  %"cursor.214" = and i64 %".3525", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.20:
  %".3527" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3527", align 1
  %".3529" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.32" = load volatile i32, ptr %".3529", align 4
  %".3530" = and i32 %"flags.32", 4
  %".3531" = icmp ne i32 %".3530", 0
  br i1 %".3531", label %"exit.84", label %"cont.84"
to_ipv6.20:
  %".3541" = getelementptr i8, ptr %"keys.128", i64 8
  store i8 1, ptr %".3541", align 1
  %".3543" = getelementptr i8, ptr %"keys.128", i64 48
  %"flags.33" = load volatile i32, ptr %".3543", align 4
  %".3544" = and i32 %"flags.33", 4
  %".3545" = icmp ne i32 %".3544", 0
  br i1 %".3545", label %"exit.85", label %"cont.85"
exit.84:
  %".3533" = trunc i64 %".3407" to i16
  %".3534" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3533", ptr %".3534", align 2
  br label %"return"
cont.84:
  %".3537" = trunc i64 %".3407" to i16
  %".3538" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3537", ptr %".3538", align 2
  br label %"return"
exit.85:
  %".3547" = trunc i64 %".3407" to i16
  %".3548" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3547", ptr %".3548", align 2
  br label %"return"
cont.85:
  %".3551" = trunc i64 %".3407" to i16
  %".3552" = getelementptr i8, ptr %"keys.128", i64 2
  store i16 %".3551", ptr %".3552", align 2
  br label %"return"
copy.33:
  %"ctx.45" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3563" = trunc i64 %"cursor.142" to i32
  %".3564" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.45", i32 %".3563", [40 x i8]* %"header_copy", i32 2)
  %".3565" = icmp eq i64 %".3564", 0
  %".3566" = getelementptr i8, ptr %"ctx.45", i64 76
  %".3567" = load i32, ptr %".3566", align 4
  %".3568" = zext i32 %".3567" to i64
  %"data.129" = inttoptr i64 %".3568" to ptr
  %".3569" = getelementptr i8, ptr %"ctx.45", i64 80
  %".3570" = load i32, ptr %".3569", align 4
  %".3571" = zext i32 %".3570" to i64
  %"data_end.129" = inttoptr i64 %".3571" to ptr
  %".3572" = getelementptr i8, ptr %"ctx.45", i64 144
  %"keys.129" = load ptr, ptr %".3572", align 8
  %".3573" = xor i1 %".3565", -1
  br i1 %".3573", label %"exit.86", label %"cont.86"
exit.86:
  %".3575" = trunc i64 %"cursor.142" to i16
  %".3576" = getelementptr i8, ptr %"keys.129", i64 2
  store i16 %".3575", ptr %".3576", align 2
  br label %"return"
cont.86:
  %".3579" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3580" = load volatile i8, [40 x i8]* %".3579", align 1
  %".3581" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".3582" = load volatile i8, [40 x i8]* %".3581", align 1
  br label %"header.33"
copy_last_byte.11:
  %".3597" = add i64 %"cursor.142", %".3592"
  %".3598" = sub i64 %".3597", 1
  %"ctx.46" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3599" = trunc i64 %".3598" to i32
  %".3600" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.46", i32 %".3599", i64* %"last_byte", i32 1)
  %".3601" = icmp eq i64 %".3600", 0
  %".3602" = getelementptr i8, ptr %"ctx.46", i64 76
  %".3603" = load i32, ptr %".3602", align 4
  %".3604" = zext i32 %".3603" to i64
  %"data.131" = inttoptr i64 %".3604" to ptr
  %".3605" = getelementptr i8, ptr %"ctx.46", i64 80
  %".3606" = load i32, ptr %".3605", align 4
  %".3607" = zext i32 %".3606" to i64
  %"data_end.131" = inttoptr i64 %".3607" to ptr
  %".3608" = getelementptr i8, ptr %"ctx.46", i64 144
  %"keys.131" = load ptr, ptr %".3608", align 8
  %".3609" = xor i1 %".3601", -1
  br i1 %".3609", label %"exit.87", label %"cont.87"
exit.87:
  %".3611" = trunc i64 %"cursor.142" to i16
  %".3612" = getelementptr i8, ptr %"keys.131", i64 2
  store i16 %".3611", ptr %".3612", align 2
  br label %"return"
cont.87:
  br label %"variable_part.11"
unknown.25:
  %".3618" = trunc i64 %"end.11" to i16
  %".3619" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3618", ptr %".3619", align 2
  br label %"return"
to_ipv6_opts.30:
  %".3622" = trunc i64 %"end.11" to i16
  %".3623" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3622", ptr %".3623", align 2
  br label %"return"
to_ipv6_opts.31:
  %".3626" = trunc i64 %"end.11" to i16
  %".3627" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3626", ptr %".3627", align 2
  br label %"return"
to_ipv6_opts.32:
  %".3630" = trunc i64 %"end.11" to i16
  %".3631" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3630", ptr %".3631", align 2
  br label %"return"
to_ipv6_frag.10:
  %".3634" = trunc i64 %"end.11" to i16
  %".3635" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3634", ptr %".3635", align 2
  br label %"return"
to_tcp.12:
  %".3638" = getelementptr i8, ptr %"keys.132", i64 2
  %".3639" = trunc i64 %"end.11" to i16
  store volatile i16 %".3639", ptr %".3638", align 2
  %".3641" = load volatile i16, ptr %".3638", align 2
  %".3642" = zext i16 %".3641" to i64
  %"cursor.215" = and i64 %".3642", 16383
  br label %"tcp"
to_udp.12:
  %".3644" = getelementptr i8, ptr %"keys.132", i64 2
  %".3645" = trunc i64 %"end.11" to i16
  store volatile i16 %".3645", ptr %".3644", align 2
  %".3647" = load volatile i16, ptr %".3644", align 2
  %".3648" = zext i16 %".3647" to i64
  %"cursor.216" = and i64 %".3648", 16383
  br label %"udp"
to_udplite.12:
  %".3650" = getelementptr i8, ptr %"keys.132", i64 2
  %".3651" = trunc i64 %"end.11" to i16
  store volatile i16 %".3651", ptr %".3650", align 2
  %".3653" = load volatile i16, ptr %".3650", align 2
  %".3654" = zext i16 %".3653" to i64
  %"cursor.217" = and i64 %".3654", 16383
  br label %"udplite"
to_gre.12:
  %".3656" = getelementptr i8, ptr %"keys.132", i64 2
  %".3657" = trunc i64 %"end.11" to i16
  store volatile i16 %".3657", ptr %".3656", align 2
  %".3659" = load volatile i16, ptr %".3656", align 2
  %".3660" = zext i16 %".3659" to i64
  %"cursor.218" = and i64 %".3660", 16383
  br label %"gre_d0"
to_sctp.12:
  %".3662" = getelementptr i8, ptr %"keys.132", i64 2
  %".3663" = trunc i64 %"end.11" to i16
  store volatile i16 %".3663", ptr %".3662", align 2
  %".3665" = load volatile i16, ptr %".3662", align 2
  %".3666" = zext i16 %".3665" to i64
  %"cursor.219" = and i64 %".3666", 16383
  br label %"sctp"
to_dccp.12:
  %".3668" = getelementptr i8, ptr %"keys.132", i64 2
  %".3669" = trunc i64 %"end.11" to i16
  store volatile i16 %".3669", ptr %".3668", align 2
  %".3671" = load volatile i16, ptr %".3668", align 2
  %".3672" = zext i16 %".3671" to i64
  %"cursor.220" = and i64 %".3672", 16383
  br label %"dccp"
to_esp.12:
  %".3674" = getelementptr i8, ptr %"keys.132", i64 2
  %".3675" = trunc i64 %"end.11" to i16
  store volatile i16 %".3675", ptr %".3674", align 2
  %".3677" = load volatile i16, ptr %".3674", align 2
  %".3678" = zext i16 %".3677" to i64
  %"cursor.221" = and i64 %".3678", 16383
  br label %"esp"
to_ah.12:
  %".3680" = getelementptr i8, ptr %"keys.132", i64 2
  %".3681" = trunc i64 %"end.11" to i16
  store volatile i16 %".3681", ptr %".3680", align 2
  %".3683" = load volatile i16, ptr %".3680", align 2
  %".3684" = zext i16 %".3683" to i64
  %"cursor.222" = and i64 %".3684", 16383
  br label %"ah"
to_icmpv6.10:
  %".3686" = getelementptr i8, ptr %"keys.132", i64 2
  %".3687" = trunc i64 %"end.11" to i16
  store volatile i16 %".3687", ptr %".3686", align 2
  %".3689" = load volatile i16, ptr %".3686", align 2
  %".3690" = zext i16 %".3689" to i64
  %"cursor.223" = and i64 %".3690", 16383
  br label %"icmpv6"
to_mpls.33:
  %".3692" = trunc i64 34887 to i16
  %".3693" = call i16 @"llvm.bswap.i16"(i16 %".3692")
  %".3694" = getelementptr i8, ptr %"keys.132", i64 10
  store i16 %".3693", ptr %".3694", align 2
  %".3696" = getelementptr i8, ptr %"keys.132", i64 2
  %".3697" = trunc i64 %"end.11" to i16
  store volatile i16 %".3697", ptr %".3696", align 2
  %".3699" = load volatile i16, ptr %".3696", align 2
  %".3700" = zext i16 %".3699" to i64
  %"cursor.224" = and i64 %".3700", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.21:
  %".3702" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3702", align 1
  %".3704" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.34" = load volatile i32, ptr %".3704", align 4
  %".3705" = and i32 %"flags.34", 4
  %".3706" = icmp ne i32 %".3705", 0
  br i1 %".3706", label %"exit.88", label %"cont.88"
to_ipv6.21:
  %".3718" = getelementptr i8, ptr %"keys.132", i64 8
  store i8 1, ptr %".3718", align 1
  %".3720" = getelementptr i8, ptr %"keys.132", i64 48
  %"flags.35" = load volatile i32, ptr %".3720", align 4
  %".3721" = and i32 %"flags.35", 4
  %".3722" = icmp ne i32 %".3721", 0
  br i1 %".3722", label %"exit.89", label %"cont.89"
exit.88:
  %".3708" = trunc i64 %"end.11" to i16
  %".3709" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3708", ptr %".3709", align 2
  br label %"return"
cont.88:
  %".3712" = getelementptr i8, ptr %"keys.132", i64 2
  %".3713" = trunc i64 %"end.11" to i16
  store volatile i16 %".3713", ptr %".3712", align 2
  %".3715" = load volatile i16, ptr %".3712", align 2
  %".3716" = zext i16 %".3715" to i64
  %"cursor.225" = and i64 %".3716", 16383
  br label %"ipv4_d1"
exit.89:
  %".3724" = trunc i64 %"end.11" to i16
  %".3725" = getelementptr i8, ptr %"keys.132", i64 2
  store i16 %".3724", ptr %".3725", align 2
  br label %"return"
cont.89:
  %".3728" = getelementptr i8, ptr %"keys.132", i64 2
  %".3729" = trunc i64 %"end.11" to i16
  store volatile i16 %".3729", ptr %".3728", align 2
  %".3731" = load volatile i16, ptr %".3728", align 2
  %".3732" = zext i16 %".3731" to i64
  %"cursor.226" = and i64 %".3732", 16383
  br label %"ipv6_d1"
copy.34:
  %"ctx.47" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3742" = trunc i64 %"cursor.144" to i32
  %".3743" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.47", i32 %".3742", [40 x i8]* %"header_copy", i32 8)
  %".3744" = icmp eq i64 %".3743", 0
  %".3745" = getelementptr i8, ptr %"ctx.47", i64 76
  %".3746" = load i32, ptr %".3745", align 4
  %".3747" = zext i32 %".3746" to i64
  %"data.133" = inttoptr i64 %".3747" to ptr
  %".3748" = getelementptr i8, ptr %"ctx.47", i64 80
  %".3749" = load i32, ptr %".3748", align 4
  %".3750" = zext i32 %".3749" to i64
  %"data_end.133" = inttoptr i64 %".3750" to ptr
  %".3751" = getelementptr i8, ptr %"ctx.47", i64 144
  %"keys.133" = load ptr, ptr %".3751", align 8
  %".3752" = xor i1 %".3744", -1
  br i1 %".3752", label %"exit.90", label %"cont.90"
exit.90:
  %".3754" = trunc i64 %"cursor.144" to i16
  %".3755" = getelementptr i8, ptr %"keys.133", i64 2
  store i16 %".3754", ptr %".3755", align 2
  br label %"return"
cont.90:
  %".3758" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".3759" = load volatile i8, [40 x i8]* %".3758", align 1
  %".3760" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3761" = load volatile i16, [40 x i8]* %".3760", align 2
  br label %"header.34"
fragment.6:
  %".3774" = getelementptr i8, ptr %"keys.134", i64 6
  store i8 1, ptr %".3774", align 1
  br i1 %".3772", label %"first_fragment.6", label %"later_fragment.6"
not_fragment.6:
  %".3793" = zext i8 %"w0_1.15" to i64
  switch i64 %".3793", label %"unknown.26" [i64 0, label %"to_ipv6_opts.33" i64 43, label %"to_ipv6_opts.34" i64 60, label %"to_ipv6_opts.35" i64 44, label %"to_ipv6_frag.11" i64 6, label %"to_tcp.13" i64 17, label %"to_udp.13" i64 136, label %"to_udplite.13" i64 47, label %"to_gre.13" i64 132, label %"to_sctp.13" i64 33, label %"to_dccp.13" i64 50, label %"to_esp.13" i64 51, label %"to_ah.13" i64 58, label %"to_icmpv6.11" i64 137, label %"to_mpls.34" i64 4, label %"to_ipv4.22" i64 41, label %"to_ipv6.22"]
first_fragment.6:
  %".3781" = getelementptr i8, ptr %"keys.134", i64 7
  store i8 1, ptr %".3781", align 1
  %".3783" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.36" = load volatile i32, ptr %".3783", align 4
  %".3784" = and i32 %"flags.36", 1
  %".3785" = icmp ne i32 %".3784", 0
  %".3786" = xor i1 %".3785", -1
  br i1 %".3786", label %"exit.91", label %"cont.91"
later_fragment.6:
  %".3777" = trunc i64 %".3767" to i16
  %".3778" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3777", ptr %".3778", align 2
  br label %"return"
exit.91:
  %".3788" = trunc i64 %".3767" to i16
  %".3789" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3788", ptr %".3789", align 2
  br label %"return"
cont.91:
  br label %"not_fragment.6"
unknown.26:
  %".3795" = trunc i64 %".3767" to i16
  %".3796" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3795", ptr %".3796", align 2
  br label %"return"
to_ipv6_opts.33:
  %".3799" = trunc i64 %".3767" to i16
  %".3800" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3799", ptr %".3800", align 2
  br label %"return"
to_ipv6_opts.34:
  %".3803" = trunc i64 %".3767" to i16
  %".3804" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3803", ptr %".3804", align 2
  br label %"return"
to_ipv6_opts.35:
  %".3807" = trunc i64 %".3767" to i16
  %".3808" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3807", ptr %".3808", align 2
  br label %"return"
to_ipv6_frag.11:
  %".3811" = trunc i64 %".3767" to i16
  %".3812" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3811", ptr %".3812", align 2
  br label %"return"
to_tcp.13:
  %".3815" = getelementptr i8, ptr %"keys.134", i64 2
  %".3816" = trunc i64 %".3767" to i16
  store volatile i16 %".3816", ptr %".3815", align 2
  %".3818" = load volatile i16, ptr %".3815", align 2
  %".3819" = zext i16 %".3818" to i64
  %"cursor.227" = and i64 %".3819", 16383
  br label %"tcp"
to_udp.13:
  %".3821" = getelementptr i8, ptr %"keys.134", i64 2
  %".3822" = trunc i64 %".3767" to i16
  store volatile i16 %".3822", ptr %".3821", align 2
  %".3824" = load volatile i16, ptr %".3821", align 2
  %".3825" = zext i16 %".3824" to i64
  %"cursor.228" = and i64 %".3825", 16383
  br label %"udp"
to_udplite.13:
  %".3827" = getelementptr i8, ptr %"keys.134", i64 2
  %".3828" = trunc i64 %".3767" to i16
  store volatile i16 %".3828", ptr %".3827", align 2
  %".3830" = load volatile i16, ptr %".3827", align 2
  %".3831" = zext i16 %".3830" to i64
  %"cursor.229" = and i64 %".3831", 16383
  br label %"udplite"
to_gre.13:
  %".3833" = getelementptr i8, ptr %"keys.134", i64 2
  %".3834" = trunc i64 %".3767" to i16
  store volatile i16 %".3834", ptr %".3833", align 2
  %".3836" = load volatile i16, ptr %".3833", align 2
  %".3837" = zext i16 %".3836" to i64
  %"cursor.230" = and i64 %".3837", 16383
  br label %"gre_d0"
to_sctp.13:
  %".3839" = getelementptr i8, ptr %"keys.134", i64 2
  %".3840" = trunc i64 %".3767" to i16
  store volatile i16 %".3840", ptr %".3839", align 2
  %".3842" = load volatile i16, ptr %".3839", align 2
  %".3843" = zext i16 %".3842" to i64
  %"cursor.231" = and i64 %".3843", 16383
  br label %"sctp"
to_dccp.13:
  %".3845" = getelementptr i8, ptr %"keys.134", i64 2
  %".3846" = trunc i64 %".3767" to i16
  store volatile i16 %".3846", ptr %".3845", align 2
  %".3848" = load volatile i16, ptr %".3845", align 2
  %".3849" = zext i16 %".3848" to i64
  %"cursor.232" = and i64 %".3849", 16383
  br label %"dccp"
to_esp.13:
  %".3851" = getelementptr i8, ptr %"keys.134", i64 2
  %".3852" = trunc i64 %".3767" to i16
  store volatile i16 %".3852", ptr %".3851", align 2
  %".3854" = load volatile i16, ptr %".3851", align 2
  %".3855" = zext i16 %".3854" to i64
  %"cursor.233" = and i64 %".3855", 16383
  br label %"esp"
to_ah.13:
  %".3857" = getelementptr i8, ptr %"keys.134", i64 2
  %".3858" = trunc i64 %".3767" to i16
  store volatile i16 %".3858", ptr %".3857", align 2
  %".3860" = load volatile i16, ptr %".3857", align 2
  %".3861" = zext i16 %".3860" to i64
  %"cursor.234" = and i64 %".3861", 16383
  br label %"ah"
to_icmpv6.11:
  %".3863" = getelementptr i8, ptr %"keys.134", i64 2
  %".3864" = trunc i64 %".3767" to i16
  store volatile i16 %".3864", ptr %".3863", align 2
  %".3866" = load volatile i16, ptr %".3863", align 2
  %".3867" = zext i16 %".3866" to i64
  %"cursor.235" = and i64 %".3867", 16383
  br label %"icmpv6"
to_mpls.34:
  %".3869" = trunc i64 34887 to i16
  %".3870" = call i16 @"llvm.bswap.i16"(i16 %".3869")
  %".3871" = getelementptr i8, ptr %"keys.134", i64 10
  store i16 %".3870", ptr %".3871", align 2
  %".3873" = getelementptr i8, ptr %"keys.134", i64 2
  %".3874" = trunc i64 %".3767" to i16
  store volatile i16 %".3874", ptr %".3873", align 2
  %".3876" = load volatile i16, ptr %".3873", align 2
  %".3877" = zext i16 %".3876" to i64
  %"cursor.236" = and i64 %".3877", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.22:
  %".3879" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".3879", align 1
  %".3881" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.37" = load volatile i32, ptr %".3881", align 4
  %".3882" = and i32 %"flags.37", 4
  %".3883" = icmp ne i32 %".3882", 0
  br i1 %".3883", label %"exit.92", label %"cont.92"
to_ipv6.22:
  %".3895" = getelementptr i8, ptr %"keys.134", i64 8
  store i8 1, ptr %".3895", align 1
  %".3897" = getelementptr i8, ptr %"keys.134", i64 48
  %"flags.38" = load volatile i32, ptr %".3897", align 4
  %".3898" = and i32 %"flags.38", 4
  %".3899" = icmp ne i32 %".3898", 0
  br i1 %".3899", label %"exit.93", label %"cont.93"
exit.92:
  %".3885" = trunc i64 %".3767" to i16
  %".3886" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3885", ptr %".3886", align 2
  br label %"return"
cont.92:
  %".3889" = getelementptr i8, ptr %"keys.134", i64 2
  %".3890" = trunc i64 %".3767" to i16
  store volatile i16 %".3890", ptr %".3889", align 2
  %".3892" = load volatile i16, ptr %".3889", align 2
  %".3893" = zext i16 %".3892" to i64
  %"cursor.237" = and i64 %".3893", 16383
  br label %"ipv4_d1"
exit.93:
  %".3901" = trunc i64 %".3767" to i16
  %".3902" = getelementptr i8, ptr %"keys.134", i64 2
  store i16 %".3901", ptr %".3902", align 2
  br label %"return"
cont.93:
  %".3905" = getelementptr i8, ptr %"keys.134", i64 2
  %".3906" = trunc i64 %".3767" to i16
  store volatile i16 %".3906", ptr %".3905", align 2
  %".3908" = load volatile i16, ptr %".3905", align 2
  %".3909" = zext i16 %".3908" to i64
  %"cursor.238" = and i64 %".3909", 16383
  br label %"ipv6_d1"
copy.35:
  %"ctx.48" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3917" = trunc i64 %"cursor.172" to i32
  %".3918" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.48", i32 %".3917", [40 x i8]* %"header_copy", i32 4)
  %".3919" = icmp eq i64 %".3918", 0
  %".3920" = getelementptr i8, ptr %"ctx.48", i64 76
  %".3921" = load i32, ptr %".3920", align 4
  %".3922" = zext i32 %".3921" to i64
  %"data.135" = inttoptr i64 %".3922" to ptr
  %".3923" = getelementptr i8, ptr %"ctx.48", i64 80
  %".3924" = load i32, ptr %".3923", align 4
  %".3925" = zext i32 %".3924" to i64
  %"data_end.135" = inttoptr i64 %".3925" to ptr
  %".3926" = getelementptr i8, ptr %"ctx.48", i64 144
  %"keys.135" = load ptr, ptr %".3926", align 8
  %".3927" = xor i1 %".3919", -1
  br i1 %".3927", label %"exit.94", label %"cont.94"
exit.94:
  %".3929" = trunc i64 %"cursor.172" to i16
  %".3930" = getelementptr i8, ptr %"keys.135", i64 2
  store i16 %".3929", ptr %".3930", align 2
  br label %"return"
cont.94:
  %".3933" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3934" = load volatile i8, [40 x i8]* %".3933", align 1
  br label %"header.35"
unknown.27:
  %".3940" = trunc i64 %".3936" to i16
  %".3941" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3940", ptr %".3941", align 2
  br label %"return"
to_mpls.35:
  %".3944" = trunc i64 %".3936" to i16
  %".3945" = getelementptr i8, ptr %"keys.136", i64 2
  store i16 %".3944", ptr %".3945", align 2
  br label %"return"
copy.36:
  %"ctx.49" = load volatile ptr, ptr %"ctx_slot", align 8
  %".3954" = trunc i64 %"cursor.175" to i32
  %".3955" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.49", i32 %".3954", [40 x i8]* %"header_copy", i32 4)
  %".3956" = icmp eq i64 %".3955", 0
  %".3957" = getelementptr i8, ptr %"ctx.49", i64 76
  %".3958" = load i32, ptr %".3957", align 4
  %".3959" = zext i32 %".3958" to i64
  %"data.137" = inttoptr i64 %".3959" to ptr
  %".3960" = getelementptr i8, ptr %"ctx.49", i64 80
  %".3961" = load i32, ptr %".3960", align 4
  %".3962" = zext i32 %".3961" to i64
  %"data_end.137" = inttoptr i64 %".3962" to ptr
  %".3963" = getelementptr i8, ptr %"ctx.49", i64 144
  %"keys.137" = load ptr, ptr %".3963", align 8
  %".3964" = xor i1 %".3956", -1
  br i1 %".3964", label %"exit.95", label %"cont.95"
exit.95:
  %".3966" = trunc i64 %"cursor.175" to i16
  %".3967" = getelementptr i8, ptr %"keys.137", i64 2
  store i16 %".3966", ptr %".3967", align 2
  br label %"return"
cont.95:
  %".3970" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".3971" = load volatile i16, [40 x i8]* %".3970", align 2
  br label %"header.36"
unknown.28:
  %".3986" = trunc i64 %".3979" to i16
  %".3987" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".3986", ptr %".3987", align 2
  br label %"return"
to_ipv4.23:
  %".3990" = getelementptr i8, ptr %"keys.138", i64 2
  %".3991" = trunc i64 %".3979" to i16
  store volatile i16 %".3991", ptr %".3990", align 2
  %".3993" = load volatile i16, ptr %".3990", align 2
  %".3994" = zext i16 %".3993" to i64
  %"cursor.239" = and i64 %".3994", 16383
  br label %"ipv4_d1"
to_ipv6.23:
  %".3996" = getelementptr i8, ptr %"keys.138", i64 2
  %".3997" = trunc i64 %".3979" to i16
  store volatile i16 %".3997", ptr %".3996", align 2
  %".3999" = load volatile i16, ptr %".3996", align 2
  %".4000" = zext i16 %".3999" to i64
  %"cursor.240" = and i64 %".4000", 16383
  br label %"ipv6_d1"
to_vlan.10:
  %".4002" = trunc i64 %".3979" to i16
  %".4003" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4002", ptr %".4003", align 2
  br label %"return"
to_vlan.11:
  %".4006" = trunc i64 %".3979" to i16
  %".4007" = getelementptr i8, ptr %"keys.138", i64 2
  store i16 %".4006", ptr %".4007", align 2
  br label %"return"
to_mpls.36:
  %".4010" = getelementptr i8, ptr %"keys.138", i64 2
  %".4011" = trunc i64 %".3979" to i16
  store volatile i16 %".4011", ptr %".4010", align 2
  %".4013" = load volatile i16, ptr %".4010", align 2
  %".4014" = zext i16 %".4013" to i64
  %"cursor.241" = and i64 %".4014", 16383
  br label %"mpls_mpls_labels1"
to_mpls.37:
  %".4016" = getelementptr i8, ptr %"keys.138", i64 2
  %".4017" = trunc i64 %".3979" to i16
  store volatile i16 %".4017", ptr %".4016", align 2
  %".4019" = load volatile i16, ptr %".4016", align 2
  %".4020" = zext i16 %".4019" to i64
  %"cursor.242" = and i64 %".4020", 16383
  br label %"mpls_mpls_labels1"
to_pppoe.5:
  %".4022" = getelementptr i8, ptr %"keys.138", i64 2
  %".4023" = trunc i64 %".3979" to i16
  store volatile i16 %".4023", ptr %".4022", align 2
  %".4025" = load volatile i16, ptr %".4022", align 2
  %".4026" = zext i16 %".4025" to i64
  %"cursor.243" = and i64 %".4026", 16383
  br label %"pppoe_d1"
copy.37:
  %"ctx.50" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4036" = trunc i64 %"cursor.185" to i32
  %".4037" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.50", i32 %".4036", [40 x i8]* %"header_copy", i32 2)
  %".4038" = icmp eq i64 %".4037", 0
  %".4039" = getelementptr i8, ptr %"ctx.50", i64 76
  %".4040" = load i32, ptr %".4039", align 4
  %".4041" = zext i32 %".4040" to i64
  %"data.139" = inttoptr i64 %".4041" to ptr
  %".4042" = getelementptr i8, ptr %"ctx.50", i64 80
  %".4043" = load i32, ptr %".4042", align 4
  %".4044" = zext i32 %".4043" to i64
  %"data_end.139" = inttoptr i64 %".4044" to ptr
  %".4045" = getelementptr i8, ptr %"ctx.50", i64 144
  %"keys.139" = load ptr, ptr %".4045", align 8
  %".4046" = xor i1 %".4038", -1
  br i1 %".4046", label %"exit.96", label %"cont.96"
exit.96:
  %".4048" = trunc i64 %"cursor.185" to i16
  %".4049" = getelementptr i8, ptr %"keys.139", i64 2
  store i16 %".4048", ptr %".4049", align 2
  br label %"return"
cont.96:
  %".4052" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4053" = load volatile i8, [40 x i8]* %".4052", align 1
  %".4054" = getelementptr i8, [40 x i8]* %"header_copy", i64 1
  %".4055" = load volatile i8, [40 x i8]* %".4054", align 1
  br label %"header.37"
copy_last_byte.12:
  %".4070" = add i64 %"cursor.185", %".4065"
  %".4071" = sub i64 %".4070", 1
  %"ctx.51" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4072" = trunc i64 %".4071" to i32
  %".4073" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.51", i32 %".4072", i64* %"last_byte", i32 1)
  %".4074" = icmp eq i64 %".4073", 0
  %".4075" = getelementptr i8, ptr %"ctx.51", i64 76
  %".4076" = load i32, ptr %".4075", align 4
  %".4077" = zext i32 %".4076" to i64
  %"data.141" = inttoptr i64 %".4077" to ptr
  %".4078" = getelementptr i8, ptr %"ctx.51", i64 80
  %".4079" = load i32, ptr %".4078", align 4
  %".4080" = zext i32 %".4079" to i64
  %"data_end.141" = inttoptr i64 %".4080" to ptr
  %".4081" = getelementptr i8, ptr %"ctx.51", i64 144
  %"keys.141" = load ptr, ptr %".4081", align 8
  %".4082" = xor i1 %".4074", -1
  br i1 %".4082", label %"exit.97", label %"cont.97"
exit.97:
  %".4084" = trunc i64 %"cursor.185" to i16
  %".4085" = getelementptr i8, ptr %"keys.141", i64 2
  store i16 %".4084", ptr %".4085", align 2
  br label %"return"
cont.97:
  br label %"variable_part.12"
unknown.29:
  %".4091" = trunc i64 %"end.12" to i16
  %".4092" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4091", ptr %".4092", align 2
  br label %"return"
to_ipv6_opts.36:
  %".4095" = trunc i64 %"end.12" to i16
  %".4096" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4095", ptr %".4096", align 2
  br label %"return"
to_ipv6_opts.37:
  %".4099" = trunc i64 %"end.12" to i16
  %".4100" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4099", ptr %".4100", align 2
  br label %"return"
to_ipv6_opts.38:
  %".4103" = trunc i64 %"end.12" to i16
  %".4104" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4103", ptr %".4104", align 2
  br label %"return"
to_ipv6_frag.12:
  %".4107" = trunc i64 %"end.12" to i16
  %".4108" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4107", ptr %".4108", align 2
  br label %"return"
to_tcp.14:
  %".4111" = getelementptr i8, ptr %"keys.142", i64 2
  %".4112" = trunc i64 %"end.12" to i16
  store volatile i16 %".4112", ptr %".4111", align 2
  %".4114" = load volatile i16, ptr %".4111", align 2
  %".4115" = zext i16 %".4114" to i64
  %"cursor.244" = and i64 %".4115", 16383
  br label %"tcp"
to_udp.14:
  %".4117" = getelementptr i8, ptr %"keys.142", i64 2
  %".4118" = trunc i64 %"end.12" to i16
  store volatile i16 %".4118", ptr %".4117", align 2
  %".4120" = load volatile i16, ptr %".4117", align 2
  %".4121" = zext i16 %".4120" to i64
  %"cursor.245" = and i64 %".4121", 16383
  br label %"udp"
to_udplite.14:
  %".4123" = getelementptr i8, ptr %"keys.142", i64 2
  %".4124" = trunc i64 %"end.12" to i16
  store volatile i16 %".4124", ptr %".4123", align 2
  %".4126" = load volatile i16, ptr %".4123", align 2
  %".4127" = zext i16 %".4126" to i64
  %"cursor.246" = and i64 %".4127", 16383
  br label %"udplite"
to_gre.14:
  %".4129" = getelementptr i8, ptr %"keys.142", i64 2
  %".4130" = trunc i64 %"end.12" to i16
  store volatile i16 %".4130", ptr %".4129", align 2
  %".4132" = load volatile i16, ptr %".4129", align 2
  %".4133" = zext i16 %".4132" to i64
  %"cursor.247" = and i64 %".4133", 16383
  br label %"gre_d1"
to_sctp.14:
  %".4135" = getelementptr i8, ptr %"keys.142", i64 2
  %".4136" = trunc i64 %"end.12" to i16
  store volatile i16 %".4136", ptr %".4135", align 2
  %".4138" = load volatile i16, ptr %".4135", align 2
  %".4139" = zext i16 %".4138" to i64
  %"cursor.248" = and i64 %".4139", 16383
  br label %"sctp"
to_dccp.14:
  %".4141" = getelementptr i8, ptr %"keys.142", i64 2
  %".4142" = trunc i64 %"end.12" to i16
  store volatile i16 %".4142", ptr %".4141", align 2
  %".4144" = load volatile i16, ptr %".4141", align 2
  %".4145" = zext i16 %".4144" to i64
  %"cursor.249" = and i64 %".4145", 16383
  br label %"dccp"
to_esp.14:
  %".4147" = getelementptr i8, ptr %"keys.142", i64 2
  %".4148" = trunc i64 %"end.12" to i16
  store volatile i16 %".4148", ptr %".4147", align 2
  %".4150" = load volatile i16, ptr %".4147", align 2
  %".4151" = zext i16 %".4150" to i64
  %"cursor.250" = and i64 %".4151", 16383
  br label %"esp"
to_ah.14:
  %".4153" = getelementptr i8, ptr %"keys.142", i64 2
  %".4154" = trunc i64 %"end.12" to i16
  store volatile i16 %".4154", ptr %".4153", align 2
  %".4156" = load volatile i16, ptr %".4153", align 2
  %".4157" = zext i16 %".4156" to i64
  %"cursor.251" = and i64 %".4157", 16383
  br label %"ah"
to_icmpv6.12:
  %".4159" = getelementptr i8, ptr %"keys.142", i64 2
  %".4160" = trunc i64 %"end.12" to i16
  store volatile i16 %".4160", ptr %".4159", align 2
  %".4162" = load volatile i16, ptr %".4159", align 2
  %".4163" = zext i16 %".4162" to i64
  %"cursor.252" = and i64 %".4163", 16383
  br label %"icmpv6"
to_mpls.38:
  %".4165" = trunc i64 34887 to i16
  %".4166" = call i16 @"llvm.bswap.i16"(i16 %".4165")
  %".4167" = getelementptr i8, ptr %"keys.142", i64 10
  store i16 %".4166", ptr %".4167", align 2
  %".4169" = getelementptr i8, ptr %"keys.142", i64 2
  %".4170" = trunc i64 %"end.12" to i16
  store volatile i16 %".4170", ptr %".4169", align 2
  %".4172" = load volatile i16, ptr %".4169", align 2
  %".4173" = zext i16 %".4172" to i64
  %"cursor.253" = and i64 %".4173", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.24:
  %".4175" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".4175", align 1
  %".4177" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.39" = load volatile i32, ptr %".4177", align 4
  %".4178" = and i32 %"flags.39", 4
  %".4179" = icmp ne i32 %".4178", 0
  br i1 %".4179", label %"exit.98", label %"cont.98"
to_ipv6.24:
  %".4189" = getelementptr i8, ptr %"keys.142", i64 8
  store i8 1, ptr %".4189", align 1
  %".4191" = getelementptr i8, ptr %"keys.142", i64 48
  %"flags.40" = load volatile i32, ptr %".4191", align 4
  %".4192" = and i32 %"flags.40", 4
  %".4193" = icmp ne i32 %".4192", 0
  br i1 %".4193", label %"exit.99", label %"cont.99"
exit.98:
  %".4181" = trunc i64 %"end.12" to i16
  %".4182" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4181", ptr %".4182", align 2
  br label %"return"
cont.98:
  %".4185" = trunc i64 %"end.12" to i16
  %".4186" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4185", ptr %".4186", align 2
  br label %"return"
exit.99:
  %".4195" = trunc i64 %"end.12" to i16
  %".4196" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4195", ptr %".4196", align 2
  br label %"return"
cont.99:
  %".4199" = trunc i64 %"end.12" to i16
  %".4200" = getelementptr i8, ptr %"keys.142", i64 2
  store i16 %".4199", ptr %".4200", align 2
  br label %"return"
copy.38:
  %"ctx.52" = load volatile ptr, ptr %"ctx_slot", align 8
  %".4211" = trunc i64 %"cursor.189" to i32
  %".4212" = call i64 inttoptr (i64 26 to ptr)(ptr %"ctx.52", i32 %".4211", [40 x i8]* %"header_copy", i32 8)
  %".4213" = icmp eq i64 %".4212", 0
  %".4214" = getelementptr i8, ptr %"ctx.52", i64 76
  %".4215" = load i32, ptr %".4214", align 4
  %".4216" = zext i32 %".4215" to i64
  %"data.143" = inttoptr i64 %".4216" to ptr
  %".4217" = getelementptr i8, ptr %"ctx.52", i64 80
  %".4218" = load i32, ptr %".4217", align 4
  %".4219" = zext i32 %".4218" to i64
  %"data_end.143" = inttoptr i64 %".4219" to ptr
  %".4220" = getelementptr i8, ptr %"ctx.52", i64 144
  %"keys.143" = load ptr, ptr %".4220", align 8
  %".4221" = xor i1 %".4213", -1
  br i1 %".4221", label %"exit.100", label %"cont.100"
exit.100:
  %".4223" = trunc i64 %"cursor.189" to i16
  %".4224" = getelementptr i8, ptr %"keys.143", i64 2
  store i16 %".4223", ptr %".4224", align 2
  br label %"return"
cont.100:
  %".4227" = getelementptr i8, [40 x i8]* %"header_copy", i64 0
  %".4228" = load volatile i8, [40 x i8]* %".4227", align 1
  %".4229" = getelementptr i8, [40 x i8]* %"header_copy", i64 2
  %".4230" = load volatile i16, [40 x i8]* %".4229", align 2
  br label %"header.38"
fragment.7:
  %".4243" = getelementptr i8, ptr %"keys.144", i64 6
  store i8 1, ptr %".4243", align 1
  br i1 %".4241", label %"first_fragment.7", label %"later_fragment.7"
not_fragment.7:
  %".4262" = zext i8 %"w0_1.17" to i64
  switch i64 %".4262", label %"unknown.30" [i64 0, label %"to_ipv6_opts.39" i64 43, label %"to_ipv6_opts.40" i64 60, label %"to_ipv6_opts.41" i64 44, label %"to_ipv6_frag.13" i64 6, label %"to_tcp.15" i64 17, label %"to_udp.15" i64 136, label %"to_udplite.15" i64 47, label %"to_gre.15" i64 132, label %"to_sctp.15" i64 33, label %"to_dccp.15" i64 50, label %"to_esp.15" i64 51, label %"to_ah.15" i64 58, label %"to_icmpv6.13" i64 137, label %"to_mpls.39" i64 4, label %"to_ipv4.25" i64 41, label %"to_ipv6.25"]
first_fragment.7:
  %".4250" = getelementptr i8, ptr %"keys.144", i64 7
  store i8 1, ptr %".4250", align 1
  %".4252" = getelementptr i8, ptr %"keys.144", i64 48
  %"flags.41" = load volatile i32, ptr %".4252", align 4
  %".4253" = and i32 %"flags.41", 1
  %".4254" = icmp ne i32 %".4253", 0
  %".4255" = xor i1 %".4254", -1
  br i1 %".4255", label %"exit.101", label %"cont.101"
later_fragment.7:
  %".4246" = trunc i64 %".4236" to i16
  %".4247" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4246", ptr %".4247", align 2
  br label %"return"
exit.101:
  %".4257" = trunc i64 %".4236" to i16
  %".4258" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4257", ptr %".4258", align 2
  br label %"return"
cont.101:
  br label %"not_fragment.7"
unknown.30:
  %".4264" = trunc i64 %".4236" to i16
  %".4265" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4264", ptr %".4265", align 2
  br label %"return"
to_ipv6_opts.39:
  %".4268" = trunc i64 %".4236" to i16
  %".4269" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4268", ptr %".4269", align 2
  br label %"return"
to_ipv6_opts.40:
  %".4272" = trunc i64 %".4236" to i16
  %".4273" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4272", ptr %".4273", align 2
  br label %"return"
to_ipv6_opts.41:
  %".4276" = trunc i64 %".4236" to i16
  %".4277" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4276", ptr %".4277", align 2
  br label %"return"
to_ipv6_frag.13:
  %".4280" = trunc i64 %".4236" to i16
  %".4281" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4280", ptr %".4281", align 2
  br label %"return"
to_tcp.15:
  %".4284" = getelementptr i8, ptr %"keys.144", i64 2
  %".4285" = trunc i64 %".4236" to i16
  store volatile i16 %".4285", ptr %".4284", align 2
  %".4287" = load volatile i16, ptr %".4284", align 2
  %".4288" = zext i16 %".4287" to i64
  %"cursor.254" = and i64 %".4288", 16383
  br label %"tcp"
to_udp.15:
  %".4290" = getelementptr i8, ptr %"keys.144", i64 2
  %".4291" = trunc i64 %".4236" to i16
  store volatile i16 %".4291", ptr %".4290", align 2
  %".4293" = load volatile i16, ptr %".4290", align 2
  %".4294" = zext i16 %".4293" to i64
  %"cursor.255" = and i64 %".4294", 16383
  br label %"udp"
to_udplite.15:
  %".4296" = getelementptr i8, ptr %"keys.144", i64 2
  %".4297" = trunc i64 %".4236" to i16
  store volatile i16 %".4297", ptr %".4296", align 2
  %".4299" = load volatile i16, ptr %".4296", align 2
  %".4300" = zext i16 %".4299" to i64
  %"cursor.256" = and i64 %".4300", 16383
  br label %"udplite"
to_gre.15:
  %".4302" = getelementptr i8, ptr %"keys.144", i64 2
  %".4303" = trunc i64 %".4236" to i16
  store volatile i16 %".4303", ptr %".4302", align 2
  %".4305" = load volatile i16, ptr %".4302", align 2
  %".4306" = zext i16 %".4305" to i64
  %"cursor.257" = and i64 %".4306", 16383
  br label %"gre_d1"
to_sctp.15:
  %".4308" = getelementptr i8, ptr %"keys.144", i64 2
  %".4309" = trunc i64 %".4236" to i16
  store volatile i16 %".4309", ptr %".4308", align 2
  %".4311" = load volatile i16, ptr %".4308", align 2
  %".4312" = zext i16 %".4311" to i64
  %"cursor.258" = and i64 %".4312", 16383
  br label %"sctp"
to_dccp.15:
  %".4314" = getelementptr i8, ptr %"keys.144", i64 2
  %".4315" = trunc i64 %".4236" to i16
  store volatile i16 %".4315", ptr %".4314", align 2
  %".4317" = load volatile i16, ptr %".4314", align 2
  %".4318" = zext i16 %".4317" to i64
  %"cursor.259" = and i64 %".4318", 16383
  br label %"dccp"
to_esp.15:
  %".4320" = getelementptr i8, ptr %"keys.144", i64 2
  %".4321" = trunc i64 %".4236" to i16
  store volatile i16 %".4321", ptr %".4320", align 2
  %".4323" = load volatile i16, ptr %".4320", align 2
  %".4324" = zext i16 %".4323" to i64
  %"cursor.260" = and i64 %".4324", 16383
  br label %"esp"
to_ah.15:
  %".4326" = getelementptr i8, ptr %"keys.144", i64 2
  %".4327" = trunc i64 %".4236" to i16
  store volatile i16 %".4327", ptr %".4326", align 2
  %".4329" = load volatile i16, ptr %".4326", align 2
  %".4330" = zext i16 %".4329" to i64
  %"cursor.261" = and i64 %".4330", 16383
  br label %"ah"
to_icmpv6.13:
  %".4332" = getelementptr i8, ptr %"keys.144", i64 2
  %".4333" = trunc i64 %".4236" to i16
  store volatile i16 %".4333", ptr %".4332", align 2
  %".4335" = load volatile i16, ptr %".4332", align 2
  %".4336" = zext i16 %".4335" to i64
  %"cursor.262" = and i64 %".4336", 16383
  br label %"icmpv6"
to_mpls.39:
  %".4338" = trunc i64 34887 to i16
  %".4339" = call i16 @"llvm.bswap.i16"(i16 %".4338")
  %".4340" = getelementptr i8, ptr %"keys.144", i64 10
  store i16 %".4339", ptr %".4340", align 2
  %".4342" = getelementptr i8, ptr %"keys.144", i64 2
  %".4343" = trunc i64 %".4236" to i16
  store volatile i16 %".4343", ptr %".4342", align 2
  %".4345" = load volatile i16, ptr %".4342", align 2
  %".4346" = zext i16 %".4345" to i64
  %"cursor.263" = and i64 %".4346", 16383
  br label %"mpls_mpls_labels1"
to_ipv4.25:
  %".4348" = getelementptr i8, ptr %"keys.144", i64 8
  store i8 1, ptr %".4348", align 1
  %".4350" = getelementptr i8, ptr %"keys.144", i64 48
  %"flags.42" = load volatile i32, ptr %".4350", align 4
  %".4351" = and i32 %"flags.42", 4
  %".4352" = icmp ne i32 %".4351", 0
  br i1 %".4352", label %"exit.102", label %"cont.102"
to_ipv6.25:
  %".4362" = getelementptr i8, ptr %"keys.144", i64 8
  store i8 1, ptr %".4362", align 1
  %".4364" = getelementptr i8, ptr %"keys.144", i64 48
  %"flags.43" = load volatile i32, ptr %".4364", align 4
  %".4365" = and i32 %"flags.43", 4
  %".4366" = icmp ne i32 %".4365", 0
  br i1 %".4366", label %"exit.103", label %"cont.103"
exit.102:
  %".4354" = trunc i64 %".4236" to i16
  %".4355" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4354", ptr %".4355", align 2
  br label %"return"
cont.102:
  %".4358" = trunc i64 %".4236" to i16
  %".4359" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4358", ptr %".4359", align 2
  br label %"return"
exit.103:
  %".4368" = trunc i64 %".4236" to i16
  %".4369" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4368", ptr %".4369", align 2
  br label %"return"
cont.103:
  %".4372" = trunc i64 %".4236" to i16
  %".4373" = getelementptr i8, ptr %"keys.144", i64 2
  store i16 %".4372", ptr %".4373", align 2
  br label %"return"
}

@"_license" = constant [4 x i8] c"GPL\00", section "license"
declare i16 @"llvm.bswap.i16"(i16 %".1")

declare i32 @"llvm.bswap.i32"(i32 %".1")

!0 = !{ !"branch_weights", i32 1, i32 65536 }